"""One validated set of options for a check; change it with ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimcheck.errors import SettingsError

#: The longest date window or tolerance, in days (a century): more reaches past the calendar.
MAX_DAYS = 36_525


@dataclass(frozen=True, slots=True)
class Settings:
    """Options that change what a check finds. All are recorded in the result's provenance.

    Parameters
    ----------
    day_first
        Read ``01/03/2020`` as 1 March (``True``) rather than January 3 (``False``, US order).
    max_article_chars
        Longest article accepted, in characters; longer input is refused, never truncated.
    suggest_threshold, match_threshold
        Candidate scores (0-100). Below ``suggest_threshold`` a record is not shown; between the
        two it is shown as a suggestion but cannot decide a verdict; at or above
        ``match_threshold`` it can.
    date_window_days
        Days added on each side of a claim's dates when looking for candidate records.
    date_tolerance_days
        Days by which a claimed date may differ from a record's and still agree, for every record;
        a record can allow more in its own ``date_tolerance_days`` column.
    max_candidates
        How many candidates a verdict keeps as evidence.
    check_date
        The date the check is made, if the user gives one; never taken from the clock, so a
        re-run gives the same result.
    """

    day_first: bool = False
    max_article_chars: int = 1_000_000
    suggest_threshold: float = 50.0
    match_threshold: float = 70.0
    date_window_days: int = 7
    date_tolerance_days: int = 0
    max_candidates: int = 5
    check_date: date | None = None

    def __post_init__(self) -> None:
        problems = []
        for name in ("day_first",):
            if not isinstance(getattr(self, name), bool):
                problems.append(f"{name} must be true or false, not {getattr(self, name)!r}")
        for name in ("max_article_chars", "max_candidates"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.append(f"{name} must be a whole number of at least 1, not {value!r}")
        for name in ("date_window_days", "date_tolerance_days"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_DAYS:
                problems.append(
                    f"{name} must be a whole number of days from 0 to {MAX_DAYS:,}, not {value!r}"
                )
        for name in ("suggest_threshold", "match_threshold"):
            value = getattr(self, name)
            if (
                not isinstance(value, int | float)
                or isinstance(value, bool)
                or not 0 <= value <= 100
            ):
                problems.append(f"{name} must be a score from 0 to 100, not {value!r}")
        if not problems and self.suggest_threshold > self.match_threshold:
            problems.append(
                f"suggest_threshold ({self.suggest_threshold}) must not be above "
                f"match_threshold ({self.match_threshold})"
            )
        if self.check_date is not None and not isinstance(self.check_date, date):
            problems.append(f"check_date must be a date, not {self.check_date!r}")
        if problems:
            raise SettingsError(
                "Invalid settings: " + "; ".join(problems) + ". Fix the value(s) and run again."
            )

    def to_dict(self) -> dict[str, Any]:
        """The settings as JSON-ready values, in field order."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Settings:
        """Settings from :meth:`to_dict` output; unknown names are an error, not ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - names)
        if unknown:
            raise SettingsError(
                f"Unknown setting(s) {', '.join(unknown)}; expected some of {', '.join(sorted(names))}."
            )
        values = dict(values)
        if isinstance(values.get("check_date"), str):
            values["check_date"] = parse_iso_date(values["check_date"], what="check_date")
        return cls(**values)


def parse_iso_date(text: str, *, what: str) -> date:
    """Read a ``YYYY-MM-DD`` date given by a user, with a message that names the option.

    >>> parse_iso_date("2020-02-05", what="--published")
    datetime.date(2020, 2, 5)
    """
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise SettingsError(
            f"{what}: expected a real calendar date as YYYY-MM-DD (e.g. 2020-02-05), "
            f"found {text!r}. Check the year, month and day."
        ) from None
