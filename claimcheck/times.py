"""Mentions step: find time expressions in article text and normalise them to TimeML values.

The patterns and tables live in :mod:`claimcheck.rules.times`; this module compiles them once
into a single alternation, scans the text in one pass, and turns each match into a
:class:`~claimcheck.models.TimeMention` with its TIMEX3 value, the calendar interval it covers and
what that value is anchored to (nothing, the published date, or another event).
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, overload

from claimcheck._patterns import FOLD, SIGNAL_TO_A_FOLLOWING_DATE, alternation, match_prefixes
from claimcheck.errors import ArticleError, SettingsError
from claimcheck.models import Anchor, Precision, TimeMention, TimeType
from claimcheck.rules import sentences as SENTENCE_RULES
from claimcheck.rules import times as R
from claimcheck.settings import Settings

__all__ = ["find_times", "join_day_ranges", "shift_date"]

_DEFAULT_SETTINGS = Settings()

# How far (characters) a reported quarter stays the period "the quarter" and "a year ago" mean:
# about two paragraphs of an earnings story.
_QUARTER_REACH = 1200


# --------------------------------------------------------------------------- compiling the rules


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand(pattern: str) -> str:
    def substitute(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.isupper():
            return alternation(getattr(R, name))
        return "(?:" + _expand(R.FRAGMENTS[name]) + ")"

    return _PLACEHOLDER.sub(substitute, pattern)


_SLOT = re.compile(r"\(\?P<([a-z0-9]+)>")
_BACKREF = re.compile(r"\(\?P=([a-z0-9]+)\)")


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    kind: str
    slots: tuple[tuple[str, str], ...]  # (slot name in the rule, group name in the master regex)
    index: int
    alone: re.Pattern[str]  # the rule by itself, tried when an earlier rule's match is refused


def _compile_rules() -> dict[str, _Rule]:
    rules: dict[str, _Rule] = {}
    for index, (name, kind, pattern) in enumerate(R.RULES):
        group = f"r{index}"
        body = _expand(pattern)
        slots = tuple(dict.fromkeys(_SLOT.findall(body)))
        # Every rule's slots get the rule's prefix: a slot's group names its rule.
        body = _SLOT.sub(rf"(?P<{group}_\1>", body)
        body = _BACKREF.sub(rf"(?P={group}_\1)", body)
        alone = re.compile(rf"(?<![\w])(?P<{group}>{body})(?![\w])", re.IGNORECASE)
        rules[group] = _Rule(name, kind, tuple((s, f"{group}_{s}") for s in slots), index, alone)
    return rules


_RULES = _compile_rules()
_RULE_ORDER = sorted(_RULES.values(), key=lambda rule: rule.index)

# How much of the text where a trigger stands tells the rules apart before any is tried: six
# characters ("the la" of "the last two weeks", "the pa" of "the past year") leave two or three
# of the 75 rules to try, where one alternation of them all tried each (three to ten times
# slower; most triggers, "the" and "a", begin no expression at all).
_KEY_LENGTH = 6


@functools.cache
def _rules_by_prefix() -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """Which rules can match where the folded text begins with a prefix; and the rules that can
    match anywhere (their patterns say too little). Read from the patterns once, when first used."""
    by_prefix: dict[str, set[int]] = {}
    anywhere: set[int] = set()
    for rule in _RULE_ORDER:
        found = match_prefixes(rule.alone.pattern, rule.alone.flags, length=_KEY_LENGTH)
        if found is None:
            anywhere.add(rule.index)
            continue
        for prefix in found[1]:
            by_prefix.setdefault(prefix, set()).add(rule.index)
    return {k: frozenset(v) for k, v in by_prefix.items()}, frozenset(anywhere)


@functools.lru_cache(maxsize=1 << 14)
def _rules_at(key: str) -> tuple[_Rule, ...]:
    """The rules, in order, that may match where the text, folded, begins with ``key``."""
    if not key.isascii():
        return tuple(_RULE_ORDER)  # the folding knows ASCII only
    by_prefix, anywhere = _rules_by_prefix()
    indexes = set(anywhere)
    for size in range(len(key) + 1):
        indexes.update(by_prefix.get(key[:size], ()))
    return tuple(_RULE_ORDER[i] for i in sorted(indexes))


def _trigger_words() -> set[str]:
    tables = (
        R.MONTHS, R.WEEKDAYS, R.NUMBER_WORDS, R.ORDINALS, R.UNITS, R.SEASONS, R.DAY_WORDS,
        R.REF_WORDS, R.RELATIVE_WORDS, R.SET_ADVERBS, R.VAGUE_QUANTITIES, R.EVENT_DAY_PHRASES,
        R.HOLIDAYS,
    )  # fmt: skip
    return {key.split()[0] for table in tables for key in table} | set(R.FIRST_WORDS)


# Where an expression can start: a digit, "'90", or a word that begins some rule. Trying the
# rules only there skips about four words in five.
def _trigger(words: set[str], flags: int) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.,:/])\d|(?<![\w])(?:'\d|(?:" + alternation(words) + r")(?![\w]))", flags
    )


_TRIGGER = _trigger(_trigger_words(), re.IGNORECASE)
# ASCII text lower-cased keeps every offset, and is scanned without IGNORECASE twice as fast;
# only ASCII words, which no other letter folds onto, may be looked for so
_LOWER_TRIGGER = (
    _trigger({w.lower() for w in _trigger_words()}, 0)
    if all(w.isascii() for w in _trigger_words())
    else None
)

_CALENDAR_MOD_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<mod>" + alternation(R.CALENDAR_MODS) + r")(?:\s*-\s*|\s+)$",
    re.IGNORECASE,
)
_BOUND_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<bound>" + alternation(R.BOUND_SIGNALS) + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BOUND_ADVERB_RE = re.compile(r"\b(?:" + alternation(R.BOUND_ADVERBS) + r")\s+$", re.IGNORECASE)
_QUANTITY_MOD_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<mod>" + alternation(R.QUANTITY_MODS) + r")\s+$", re.IGNORECASE
)
_WORD_RE = re.compile(r"[A-Za-z']+")
_CUE_RE = re.compile(
    r"(?<![\w'])(?!(?:"
    + alternation(R.NOT_CUES)
    + r")(?![\w']))(?:(?P<future>"
    + alternation(R.FUTURE_CUES)
    + r")|(?P<past>"
    + alternation(R.PAST_CUES)
    # Lower case only: "United" is a name, not a past tense.
    + r")|(?P<ed>(?-i:[a-z]{3,}ed)))(?![\w'])",
    re.IGNORECASE,
)
_PERIOD_END_RE = re.compile(
    r"\s+(?:"
    + alternation(R.PERIOD_END_WORDS)
    + r")\s+(?:on\s+|in\s+)?(?:"
    + alternation(R.MONTHS)
    + r"|\d|today|tomorrow|yesterday)\b",
    re.IGNORECASE,
)
_QUARTER_END_RE = re.compile(
    r"\s+(?:"
    + alternation(R.PERIOD_END_WORDS)
    + r")\s+(?:on\s+)?(?P<month>"
    + alternation(R.MONTHS)
    + r")\.?\s+(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)",
    re.IGNORECASE,
)
_GENERIC_TODAY_RE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:" + alternation(R.GENERIC_TODAY_NOUNS) + r")\b", re.IGNORECASE
)
# A capitalised word right before, itself not opening a sentence ("read USA Today").
_NAME_BEFORE_RE = re.compile(r"(?<![.!?\n\"“])\s[A-Z][\w.]*[ \t]+$")
_BE_BEFORE_RE = re.compile(r"\bbe\s+$", re.IGNORECASE)
# An "-ed" word after a determiner is an adjective, not a past tense ("an unspecified date").
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(R.ADJECTIVE_MARKERS) + r")\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
_CLAUSE_BREAK_RE = re.compile(r"[.!?;:\n\"“”]\s|\n")
# A full stop after an initial, a dotted acronym or an abbreviation ("Daniel P. Davison",
# "the U.S. ultimatum", "Mr. Bush") does not end the clause whose verb gives the tense.
_ABBREVIATION_BEFORE_RE = re.compile(
    r"(?:\b[A-Za-z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:"
    + alternation(SENTENCE_RULES.TITLES | SENTENCE_RULES.MAY_END)
    + r"))$",
    re.IGNORECASE,
)
_SPACES_RE = re.compile(r"\s+")
_DIGIT_AFTER_RE = re.compile(r"\s+\d")
_COORDINATION_RE = re.compile(r"\b(?:and|but|or|while|whereas)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- calendar values


@dataclass(frozen=True, slots=True)
class _Cal:
    """A calendar interval with its TIMEX3 value."""

    value: str
    precision: Precision
    first: date
    last: date


@overload
def shift_date(day: date, days: int, *, clamp: Literal[True]) -> date: ...
@overload
def shift_date(day: date, days: int, *, clamp: bool = False) -> date | None: ...
def shift_date(day: date, days: int, *, clamp: bool = False) -> date | None:
    """``day`` moved by ``days``; outside the calendar (years 1-9999), ``None`` or the nearest end.

    Offsets come from the text ("130473.811 weeks earlier"), so they can be any size: a date
    past what ``datetime`` holds is not an error but a day no record can be on.

    >>> shift_date(date(2020, 2, 5), -1), shift_date(date(1, 1, 3), -7)
    (datetime.date(2020, 2, 4), None)
    >>> shift_date(date(9999, 12, 30), 7, clamp=True)
    datetime.date(9999, 12, 31)
    """
    ordinal = day.toordinal() + days
    if 1 <= ordinal <= date.max.toordinal():
        return date.fromordinal(ordinal)
    if not clamp:
        return None
    return date.min if ordinal < 1 else date.max


def _day(d: date) -> _Cal:
    return _Cal(d.isoformat(), Precision.DAY, d, d)


def _month(year: int, month: int) -> _Cal:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return _Cal(
        f"{year:04d}-{month:02d}", Precision.MONTH, date(year, month, 1), date(year, month, last)
    )


def _year(year: int) -> _Cal:
    return _Cal(f"{year:04d}", Precision.YEAR, date(year, 1, 1), date(year, 12, 31))


def _quarter(year: int, quarter: int) -> _Cal:
    year, quarter = year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
    first = date(year, 3 * quarter - 2, 1)
    last = _month(year, 3 * quarter).last
    return _Cal(f"{year:04d}-Q{quarter}", Precision.QUARTER, first, last)


def _half(year: int, half: int) -> _Cal:
    first = date(year, 1 if half == 1 else 7, 1)
    last = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return _Cal(f"{year:04d}-H{half}", Precision.MONTH, first, last)


def _week(d: date) -> _Cal:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return _Cal(f"{iso[0]:04d}-W{iso[1]:02d}", Precision.WEEK, monday, monday + timedelta(days=6))


def _weekend(d: date) -> _Cal:
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    iso = saturday.isocalendar()
    return _Cal(
        f"{iso[0]:04d}-W{iso[1]:02d}-WE", Precision.DAY, saturday, saturday + timedelta(days=1)
    )


def _season(year: int, code: str) -> _Cal:
    lo, hi = R.SEASON_MONTHS[code]
    return _Cal(f"{year:04d}-{code}", Precision.SEASON, date(year, lo, 1), _month(year, hi).last)


def _decade(start_year: int) -> _Cal:
    return _Cal(
        f"{start_year // 10:03d}",
        Precision.DECADE,
        date(start_year, 1, 1),
        date(start_year + 9, 12, 31),
    )


def _century(first_year: int) -> _Cal:
    return _Cal(
        f"{first_year // 100:02d}",
        Precision.CENTURY,
        date(max(first_year, 1), 1, 1),
        date(first_year + 99, 12, 31),
    )


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _shift(cal: _Cal, n: int, unit: str) -> _Cal:
    """The interval ``n`` units after ``cal`` (before it when ``n`` is negative), at cal's grain."""
    anchor = cal.first
    if unit == "day":
        moved = anchor + timedelta(days=n)
    elif unit == "week":
        moved = anchor + timedelta(weeks=n)
    elif unit in ("month", "quarter", "year", "decade", "century"):
        factor = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
        moved = _shift_months(anchor, n * factor)
    else:  # clock units move within the day
        moved = anchor
    return _at_precision(moved, cal)


def _at_precision(d: date, like: _Cal) -> _Cal:
    if like.value.endswith("-WE"):
        return _weekend(d)
    if like.value[4:6] == "-H":
        return _half(d.year, 1 if d.month <= 6 else 2)
    return _cal_for(
        d, like.precision, season=like.value[5:] if like.precision is Precision.SEASON else ""
    )


def _cal_for(d: date, precision: Precision, *, season: str = "") -> _Cal:
    if precision is Precision.MONTH:
        return _month(d.year, d.month)
    if precision is Precision.YEAR:
        return _year(d.year)
    if precision is Precision.QUARTER:
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if precision is Precision.WEEK:
        return _week(d)
    if precision is Precision.SEASON:
        return _season(d.year, season or "SU")
    if precision is Precision.DECADE:
        return _decade(d.year - d.year % 10)
    if precision is Precision.CENTURY:
        return _century(d.year - d.year % 100)
    return _day(d)


_GRAIN: dict[str, Precision] = {
    "second": Precision.DAY, "minute": Precision.DAY, "hour": Precision.DAY, "day": Precision.DAY,
    "week": Precision.WEEK, "month": Precision.MONTH, "quarter": Precision.QUARTER,
    "year": Precision.YEAR, "decade": Precision.DECADE, "century": Precision.CENTURY,
}  # fmt: skip

# Unresolved TimeML values for each precision when there is no published date to resolve against.
_UNRESOLVED: dict[Precision, str] = {
    Precision.MINUTE: "XXXX-XX-XX", Precision.HOUR: "XXXX-XX-XX", Precision.DAY: "XXXX-XX-XX",
    Precision.WEEK: "XXXX-WXX", Precision.MONTH: "XXXX-XX", Precision.QUARTER: "XXXX-QX",
    Precision.SEASON: "XXXX", Precision.YEAR: "XXXX", Precision.DECADE: "XXX",
    Precision.CENTURY: "XX",
}  # fmt: skip


# --------------------------------------------------------------------------- reading a match


@dataclass(frozen=True, slots=True)
class _Out:
    """What a normaliser makes of a match, before it becomes a TimeMention."""

    type: TimeType
    value: str
    precision: Precision | None = None
    first: date | None = None
    last: date | None = None
    anchor: Anchor = Anchor.NONE
    offset_days: tuple[int, int] | None = None
    mod: str | None = None
    calendar_mods: bool = False  # "early 2020": START/MID/END words may join the span
    quantity_mods: bool = False  # "nearly two years": APPROX/LESS_THAN/... words may join
    rounded_offsets: tuple[int, int] | None = None  # offset_days when no mod says otherwise
    trim_start: int = 0  # characters to leave out at the start ("a [five-year] plan")
    end: int | None = None  # where the span ends, when it is shorter than the match
    topic: bool = False  # a quarter that later "the quarter" / "a year ago" may refer to


@dataclass(slots=True)
class _Ctx:
    text: str
    start: int
    end: int
    slots: dict[str, str]
    published: date | None
    settings: Settings
    reference: _Cal | None  # the latest calendar mention before this one, for event phrases
    last_quarter: _Cal | None  # the latest quarter mentioned, for "the quarter", "a year ago"
    rule_name: str = ""

    def tense(self) -> int:
        """+1 when the clause around the match speaks of the future, -1 of the past, 0 unknown."""
        text = self.text
        before = text[max(0, self.start - 100) : self.start]
        breaks = _clause_breaks(before)
        if breaks:
            before = before[breaks[-1].end() :]
        cues = _tense_cues(before)
        after = text[self.end : self.end + 100]
        breaks = _clause_breaks(after)
        if breaks:
            after = after[: breaks[0].start()]
        later = next(iter(_tense_cues(after)), None)
        if not cues:
            cues = [later] if later else []
        elif (
            later
            and not later.group("future")
            # "a demonstration on Saturday and were planning to drive": another clause's verb
            and not _COORDINATION_RE.search(after, 0, later.start())
            and later.group(0).lower() not in R.REPORTING_VERBS
            and cues[-1].group(0).lower() in R.WEAK_FUTURE_CUES
        ):
            # "Until Thursday, they had not called him": the verb after decides.
            return -1
        if not cues:
            return 0
        if (
            cues[-1].group("future")
            and len(cues) > 1
            and cues[-2].group(0).lower() in ("had", "been")
        ):
            return -1  # "had been due to expire Friday": a future seen from a past time
        return 1 if cues[-1].group("future") else -1

    def word_before(self) -> str:
        words = _WORD_RE.findall(self.text[max(0, self.start - 30) : self.start])
        return words[-1].lower() if words else ""

    def word_after(self) -> str:
        m = _WORD_RE.search(self.text, self.end, min(len(self.text), self.end + 30))
        return m.group(0).lower() if m and not self.text[self.end : m.start()].strip(" \t") else ""

    def char_before(self) -> str:
        head = self.text[max(0, self.start - 3) : self.start].rstrip()
        return head[-1:] if head else ""


def _clause_breaks(text: str) -> list[re.Match[str]]:
    return [
        b
        for b in _CLAUSE_BREAK_RE.finditer(text)
        if not (b.group(0)[0] == "." and _ABBREVIATION_BEFORE_RE.search(text, 0, b.start()))
    ]


def _tense_cues(clause: str) -> list[re.Match[str]]:
    """The words of a clause that tell its tense, in order."""
    return [
        cue
        for cue in _CUE_RE.finditer(clause)
        # A participle after "be" is passive, not past: "will be named ... in December".
        if not (
            (cue.group("ed") or cue.group("past")) and _BE_BEFORE_RE.search(clause, 0, cue.start())
        )
        and not (
            cue.group(0).lower().endswith("ed")  # a past tense, or a plan word ("planned")
            and (
                cue.group(0).lower() in R.NOT_PAST_ED
                or _DETERMINER_BEFORE_RE.search(clause, 0, cue.start())
            )
        )
    ]


def _number(raw: str | None) -> float | None:
    """The value of a number in digits or words; ``None`` for vague ones ("several")."""
    if raw is None:
        return None
    text = _SPACES_RE.sub(" ", raw.lower().replace("-", " ")).strip()
    if not text or text in R.VAGUE_QUANTITIES or text == "few":
        return None
    if text.endswith(" 1/2"):
        base = _number(text[:-4])
        return None if base is None else base + 0.5
    half = text.endswith(" and a half")
    if half:
        text = text[: -len(" and a half")]
    if text in ("a half", "half a", "half an"):
        return 0.5
    try:
        return float(text.replace(",", "")) + (0.5 if half else 0.0)
    except ValueError:
        pass
    words = [w for w in text.split() if w != "of"]
    if len(words) > 1 and words[0] in ("a", "an"):
        words = words[1:]  # "a couple of", "a dozen", "a hundred"
    total, current = 0, 0
    for word in words:
        value = R.NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return float(total + current) + (0.5 if half else 0.0)


def _unit(raw: str) -> tuple[str, bool, str]:
    return R.UNITS[raw.lower()]


# The next smaller unit and how many of it make one: for halves ("a minute and a half").
_CLOCK_SMALLER: dict[str, tuple[str, int]] = {"H": ("M", 60), "M": ("S", 60)}
_DATE_SMALLER: dict[str, tuple[str, int]] = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
}


def _duration_value(n: float | None, unit_word: str) -> str:
    letter, clock, _grain = _unit(unit_word)
    n = None if n is None else n * R.UNIT_MULTIPLIERS.get(unit_word.lower(), 1)
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if n != int(n):
        # TIMEX3 values are whole numbers: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
        sub, factor = (_CLOCK_SMALLER if clock else _DATE_SMALLER).get(letter, (None, 0))
        if sub is not None:
            whole, part = int(n), round((n - int(n)) * factor)
            head = f"{whole}{letter}" if whole else ""
            if not clock and sub == "H":
                return f"P{head}T{part}H"
            return f"{prefix}{head}{part}{sub}"
    if letter in _IN_YEARS:
        # ISO 8601 has no decade or century: "two decades" is P20Y.
        return f"P{int(n) * _IN_YEARS[letter]}Y"
    return f"{prefix}{int(n)}{letter}"


_IN_YEARS = {"DE": 10, "CE": 100}


def _month_number(raw: str) -> int:
    return R.MONTHS[raw.lower().rstrip(".")]


def _is_capitalised(raw: str) -> bool:
    return raw[:1].isupper()


def _year_number(raw: str, published: date | None) -> int | None:
    raw = raw.strip()
    if raw.isdigit() and len(raw) == 4:
        return int(raw)
    if raw.startswith("'") or (raw.isdigit() and len(raw) == 2):
        two = int(raw.lstrip("'"))
        if published is None:
            return 1900 + two if two > 30 else 2000 + two
        century = published.year - published.year % 100
        year = century + two
        return year - 100 if year > published.year + 10 else year
    return _spoken_year(raw)


def _spoken_year(raw: str) -> int | None:
    words = _SPACES_RE.sub(" ", raw.lower().replace("-", " ")).split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(_number(" ".join(rest)) or 0) if rest else 2000
    head = R.NUMBER_WORDS.get(words[0])
    tail = _number(" ".join(words[1:]))
    if head is None or tail is None:
        return None
    return head * 100 + (0 if words[1:] == ["hundred"] else int(tail))


def _place_year(published: date, tense: int, interval: Callable[[int], tuple[date, date]]) -> int:
    """The year of a date named without one, from the published date and the clause's tense.

    ``interval(year)`` gives the days the expression covers in a year. The published year
    wins unless its interval lies too far on the wrong side of the published date for the
    tense (``YEAR_PLACEMENT_DAYS``): "in December", in a past clause written in April, is last
    December; "Dec. 29" written on 2020-01-05 is 2019-12-29.
    """
    year = published.year
    first, last = interval(year)
    ahead_limit, behind_limit = R.YEAR_PLACEMENT_DAYS[_TENSE_NAMES[tense]]
    if (first - published).days > ahead_limit:
        return year - 1
    if (published - last).days > behind_limit:
        return year + 1
    return year


def _month_day(month: int, day: int | None) -> Callable[[int], tuple[date, date]]:
    def interval(year: int) -> tuple[date, date]:
        last_day = calendar.monthrange(year, month)[1]
        if day is None:
            return date(year, month, 1), date(year, month, last_day)
        return (date(year, month, min(day, last_day)),) * 2

    return interval


_TENSE_NAMES = {-1: "past", 0: "none", 1: "future"}


def _replace(out: _Out, **changes: object) -> _Out:
    return dataclasses.replace(out, **changes)  # type: ignore[arg-type]


def _calendar_out(cal: _Cal, *, anchor: Anchor = Anchor.NONE, mod: str | None = None) -> _Out:
    return _Out(
        TimeType.DATE,
        cal.value,
        cal.precision,
        cal.first,
        cal.last,
        anchor,
        mod=mod,
        calendar_mods=True,
    )


def _unresolved(precision: Precision, value: str | None = None) -> _Out:
    return _Out(
        TimeType.DATE,
        value or _UNRESOLVED[precision],
        precision,
        anchor=Anchor.PUBLISHED,
        calendar_mods=True,
    )


# --------------------------------------------------------------------------- normalisers


def _n_date(c: _Ctx) -> _Out | None:
    g = c.slots
    if g.get("month") and not _is_capitalised(g["month"]):
        return None
    if g.get("weekday") and not g.get("month") and not g.get("monthnum"):
        return None
    month = int(g["monthnum"]) if g.get("monthnum") else _month_number(g["month"])
    if g.get("dayord"):
        day = R.ORDINALS[g["dayord"].lower()]
        if g["month"].lower().rstrip(".") in R.AMBIGUOUS_MONTHS and not g.get("weekday"):
            return None  # "may first", "march second": too often a verb and an ordinal
    else:
        day = int(re.match(r"\d+", g["day"]).group(0))  # type: ignore[union-attr]
    if g.get("weekof"):
        # "the week of March 6": the week holding that day.
        if g.get("year"):
            year = int(g["year"])
        elif c.published is None:
            return _unresolved(Precision.WEEK)
        else:
            year = _place_year(c.published, c.tense(), _month_day(month, day))
        if day > calendar.monthrange(year, month)[1]:
            return None
        anchor = Anchor.NONE if g.get("year") else Anchor.PUBLISHED
        return _calendar_out(_week(date(year, month, day)), anchor=anchor)
    if g.get("year"):
        year = int(g["year"])
        if day > calendar.monthrange(year, month)[1]:
            return None
        cal = _day(date(year, month, day))
        if g.get("hh"):
            return _Out(
                TimeType.TIME,
                f"{cal.value}T{g['hh']}:{g['mm']}",
                Precision.MINUTE,
                cal.first,
                cal.last,
            )
        return _calendar_out(cal)
    if g.get("rel"):
        if c.published is None:
            return _unresolved(Precision.DAY, f"XXXX-{month:02d}-{day:02d}")
        year = c.published.year + R.RELATIVE_WORDS[g["rel"].lower()]
        if day > calendar.monthrange(year, month)[1]:
            return None
        return _calendar_out(_day(date(year, month, day)), anchor=Anchor.PUBLISHED)
    if c.published is None:
        return _unresolved(Precision.DAY, f"XXXX-{month:02d}-{day:02d}")
    year = _place_year(c.published, c.tense(), _month_day(month, day))
    if day > calendar.monthrange(year, month)[1]:
        return None
    return _calendar_out(_day(date(year, month, day)), anchor=Anchor.PUBLISHED)


def _n_numeric(c: _Ctx) -> _Out | None:
    g = c.slots
    a, b, raw_year = int(g["a"]), int(g["b"]), g["year"]
    if len(raw_year) == 2 and g["sep"] != "/":
        return None
    day, month = (a, b) if c.settings.day_first else (b, a)
    year = _year_number(raw_year, c.published) if len(raw_year) == 2 else int(raw_year)
    if year is None or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return _calendar_out(_day(date(year, month, day)))


def _n_month(c: _Ctx) -> _Out | None:
    g = c.slots
    raw = g["month"]
    key = raw.lower().rstrip(".")
    if not _is_capitalised(raw):
        return None
    month = _month_number(raw)
    if g.get("year"):
        year = _year_number(g["year"], c.published)
        if year is None:
            return None
        return _calendar_out(_month(year, month))
    if g.get("rel"):
        if c.published is None:
            return _unresolved(Precision.MONTH, f"XXXX-{month:02d}")
        return _calendar_out(
            _month(c.published.year + R.RELATIVE_WORDS[g["rel"].lower()], month),
            anchor=Anchor.PUBLISHED,
        )
    # A month alone: full names only, and an ambiguous one ("May", "March") only after a word
    # that introduces a time ("in May"), since alone it is more often a verb or a name.
    if len(key) <= 4 and key not in ("june", "july", "may"):
        return None
    if key in R.AMBIGUOUS_MONTHS and c.word_before() not in R.MONTH_INTRODUCERS:
        return None
    if c.published is None:
        return _unresolved(Precision.MONTH, f"XXXX-{month:02d}")
    year = _place_year(c.published, c.tense(), _month_day(month, None))
    return _calendar_out(_month(year, month), anchor=Anchor.PUBLISHED)


def _n_rel_month(c: _Ctx) -> _Out | None:
    g = c.slots
    if not _is_capitalised(g["month"]):
        return None
    month = _month_number(g["month"])
    if c.published is None:
        return _unresolved(Precision.MONTH, f"XXXX-{month:02d}")
    rel = _SPACES_RE.sub(" ", g["rel"].lower())
    step = R.RELATIVE_WORDS[rel]
    year = c.published.year
    if step < 0:
        year = year if month < c.published.month else year - 1
    elif step > 0 or rel == "this coming":
        year = year if month > c.published.month else year + 1
    return _calendar_out(_month(year, month), anchor=Anchor.PUBLISHED)


def _n_year(c: _Ctx) -> _Out | None:
    g = c.slots
    if g.get("spoken"):
        year = _spoken_year(g["spoken"])
        return None if year is None else _calendar_out(_year(year))
    raw = g["year"]
    if (
        len(raw.lstrip("'")) == 2
        and not g.get("fiscal")
        and "fy" not in c.text[c.start : c.end].lower()
    ):
        return None
    year = _year_number(raw, c.published)
    if year is None:
        return None
    if not g.get("fiscal") and c.rule_name == "year":
        before = c.word_before()
        if before in R.YEAR_PREVENTERS:
            return None
        if c.char_before() in ("$", "#", "£", "€") or (
            c.word_after() in R.YEAR_BLOCKERS and before not in R.YEAR_INTRODUCERS
        ):
            return None
    return _calendar_out(_year(year))


def _n_year_end(c: _Ctx) -> _Out | None:
    if c.slots.get("year"):
        return _calendar_out(_year(int(c.slots["year"])), mod="END")
    if c.published is None:
        return _unresolved(Precision.YEAR)
    return _calendar_out(_year(c.published.year), anchor=Anchor.PUBLISHED, mod="END")


def _n_decade(c: _Ctx) -> _Out | None:
    g = c.slots
    if g.get("decadeword"):
        tens = (
            R.NUMBER_WORDS[g["decadeword"].lower()[:-3] + "y"]
            if g["decadeword"].lower() != "twenties"
            else 20
        )
        start = 1900 + tens
    else:
        raw = g["decade"]
        start = 1900 + int(raw[1:]) if raw.startswith("'") else int(raw)
    mod = R.CALENDAR_MODS.get(g["cmod"].lower()) if g.get("cmod") else None
    return _calendar_out(_decade(start), mod=mod)


def _n_century(c: _Ctx) -> _Out | None:
    g = c.slots
    n = R.ORDINALS[g["ordinal"].lower()]
    mod = R.CALENDAR_MODS.get(g["cmod"].lower()) if g.get("cmod") else None
    return _calendar_out(_century((n - 1) * 100), mod=mod)


def _current_quarter(d: date) -> _Cal:
    return _quarter(d.year, (d.month - 1) // 3 + 1)


def _n_quarter(c: _Ctx) -> _Out | None:
    g = c.slots
    yearrel = _SPACES_RE.sub(" ", (g.get("yearrel") or "").lower())
    qrel = _SPACES_RE.sub(" ", (g.get("qrel") or "").lower())
    year_back = (
        -1
        if (
            "ago" in yearrel
            or "earlier" in yearrel
            or "last" in yearrel
            or qrel in ("year-ago", "year-earlier")
        )
        else (1 if "next" in yearrel else 0)
    )
    matched = c.text[c.start : c.end]
    # "the third-quarter loss": TimeML leaves the determiner of an adjective out of the span.
    hyphenated = "-quarter" in matched.lower() and " " in matched.strip()
    trim = len(matched) - len(matched.split(None, 1)[-1]) if hyphenated else 0
    if g.get("ordinal") and g.get("yrel"):
        # "the first quarter of next year"
        q = R.ORDINALS[g["ordinal"].lower()]
        if q > 4:
            return None
        if c.published is None:
            return _unresolved(Precision.QUARTER, f"XXXX-Q{q}")
        year = c.published.year + R.RELATIVE_WORDS[g["yrel"].lower()]
        out = _calendar_out(_quarter(year, q), anchor=Anchor.PUBLISHED)
        return _replace(out, trim_start=trim, topic=True)
    if g.get("ordinal") and g.get("year"):
        q = R.ORDINALS[g["ordinal"].lower()]
        if q > 4:
            return None
        return _replace(_calendar_out(_quarter(int(g["year"]), q)), trim_start=trim, topic=True)
    if g.get("year") and c.rule_name == "year_period" and c.last_quarter is None:
        # "the 1988 period" with no quarter under discussion: the period is that year's.
        return _calendar_out(_year(int(g["year"])))
    if g.get("year"):
        # "the 1988 quarter": the quarter under discussion, in the year named.
        q = int(c.last_quarter.value[-1]) if c.last_quarter else 4
        return _replace(_calendar_out(_quarter(int(g["year"]), q)), topic=False)
    if g.get("ordinal"):
        q = R.ORDINALS[g["ordinal"].lower()]
        if q > 4:
            return None
        if c.published is None:
            return _unresolved(Precision.QUARTER, f"XXXX-Q{q}")
        year = c.published.year
        if (
            year_back == 0
            and not g.get("fiscal")
            and _quarter(year, q).first > c.published
            and c.tense() <= 0
        ):
            year -= 1
        out = _calendar_out(_quarter(year + year_back, q), anchor=Anchor.PUBLISHED)
        return _replace(out, trim_start=trim, topic=not year_back)
    # A quarter without a number: the one the text is speaking of, else the latest one reported.
    if (
        not qrel
        and not yearrel
        and not c.text[c.start : c.end].lower().startswith(("the", "its", "this", "that"))
    ):
        return None
    if (
        not qrel
        and not yearrel
        and c.last_quarter is None
        and (ended := _QUARTER_END_RE.match(c.text, c.end))
    ):
        # Only when no quarter is under discussion: after "the fiscal first quarter", "the
        # quarter ended Sept. 30" is that fiscal quarter, whose calendar months are unknown.
        return _quarter_ended(c, ended)
    if c.rule_name == "period" or (
        c.rule_name == "quarter_year_ago" and matched.lower().split()[1] == "period"
    ):
        # "the latest period", "the period a year ago": only in a text reporting a quarter.
        if c.last_quarter is None:
            return None
        base = _shift(c.last_quarter, year_back, "year")
        return _replace(_calendar_out(base, anchor=Anchor.PUBLISHED), topic=not year_back)
    if c.published is None:
        return _unresolved(Precision.QUARTER)
    current = _current_quarter(c.published)
    if qrel in ("current",) or (c.text[c.start : c.start + 4].lower() == "this" and not yearrel):
        base = current
    elif qrel in ("next", "coming"):
        base = _shift(current, 1, "quarter")
    elif qrel in ("latest", "recent", "most recent") or (
        qrel in ("previous", "past", "last") and c.last_quarter is None
    ):
        base = _shift(current, -1, "quarter")
    else:
        base = c.last_quarter or _shift(current, -1, "quarter")
    if year_back:
        base = _shift(base, year_back, "year")
    return _replace(_calendar_out(base, anchor=Anchor.PUBLISHED), topic=not year_back)


def _quarter_ended(c: _Ctx, ended: re.Match[str]) -> _Out | None:
    """The calendar quarter holding most of the months of "the quarter ended July 31"."""
    month = _month_number(ended.group("month"))
    if c.published is None:
        return _unresolved(Precision.QUARTER)
    year = _place_year(c.published, c.tense(), _month_day(month, None))
    # The middle month of the three that end on that day decides ("ended July 31": May-July).
    middle = _shift_months(date(year, month, 1), -1)
    out = _calendar_out(_current_quarter(middle), anchor=Anchor.PUBLISHED)
    return _replace(out, topic=True)


def _n_half(c: _Ctx) -> _Out | None:
    g = c.slots
    half = 2 if g["ordinal"].lower() in ("second", "2nd", "latter", "last") else 1
    if g.get("year"):
        return _calendar_out(_half(int(g["year"]), half))
    if c.published is None:
        return _unresolved(Precision.MONTH, f"XXXX-H{half}")
    step = R.RELATIVE_WORDS[g["yrel"].lower()] if g.get("yrel") else 0
    return _calendar_out(_half(c.published.year + step, half), anchor=Anchor.PUBLISHED)


def _n_season(c: _Ctx) -> _Out | None:
    g = c.slots
    code = R.SEASONS[g["season"].lower()]
    if g.get("year"):
        raw = g["year"]
        year = int(raw) if raw.isdigit() else _spoken_year(raw)
        return None if year is None else _calendar_out(_season(year, code))
    rel = _SPACES_RE.sub(" ", (g.get("rel") or g.get("rel2") or "").lower())
    if not rel and c.word_before() not in R.MONTH_INTRODUCERS | {"over", "all", "for"}:
        return None
    if c.published is None:
        return _unresolved(Precision.SEASON, f"XXXX-{code}")
    year = c.published.year
    this = _season(year, code)
    if g.get("rel2"):
        year += R.RELATIVE_WORDS[rel]
    elif rel in ("last", "past", "previous", "this past"):
        year = year if this.last < c.published else year - 1
    elif rel in ("next", "coming", "this coming", "following", "upcoming"):
        year = year if this.first > c.published else year + 1
    elif rel not in ("this", "current", "same") and c.tense() < 0 and this.first > c.published:
        year -= 1
    elif code == "WI" and c.published.month <= 2:
        year -= 1  # the winter that began last December
    mod = R.CALENDAR_MODS.get(g["cmod"].lower()) if g.get("cmod") else None
    return _calendar_out(_season(year, code), anchor=Anchor.PUBLISHED, mod=mod)


def _part_code(raw: str) -> str:
    part = raw.lower().rstrip("s")
    return R.PARTS_OF_DAY[part]


def _with_part(cal: _Cal, part: str | None, anchor: Anchor) -> _Out:
    # "late Monday" stays "Monday": TimeML leaves such words out of day names' spans.
    if not part:
        return _Out(TimeType.DATE, cal.value, cal.precision, cal.first, cal.last, anchor)
    code = _part_code(part)
    return _Out(TimeType.TIME, f"{cal.value}T{code}", cal.precision, cal.first, cal.last, anchor)


def _n_dayword(c: _Ctx) -> _Out | None:
    g = c.slots
    part = g.get("part")
    if g.get("dayword", "").startswith("Today") and _NAME_BEFORE_RE.search(
        c.text, max(0, c.start - 30), c.start
    ):
        return None  # "USA Today", "VOA Today": a title after a name, mid-sentence
    mod = R.CALENDAR_MODS[g["cmod"].lower()] if g.get("cmod") else None
    if (g.get("dayword") or "").lower() == "today" and _GENERIC_TODAY_RE.match(c.text, c.end):
        # "today's youth": nowadays, not a day a claim could be checked against
        return _Out(TimeType.DATE, "PRESENT_REF", anchor=Anchor.PUBLISHED)
    if g.get("rel"):
        rel = g["rel"].lower()
        # "last night" is the night before publication; "this morning" the published day's.
        offset = {"last": -1, "this": 0, "tomorrow": 1, "yesterday": -1}[rel]
    elif not g.get("dayword"):
        offset = 0  # "by mid-afternoon": the published day's, as "this afternoon"
    else:
        offset, code = R.DAY_WORDS[_SPACES_RE.sub(" ", g["dayword"].lower())]
        if code and not part:
            part = "night"
    if c.published is None:
        value = "XXXX-XX-XX" + (f"T{_part_code(part)}" if part else "")
        return _Out(
            TimeType.TIME if part else TimeType.DATE,
            value,
            Precision.DAY,
            anchor=Anchor.PUBLISHED,
            mod=mod,
        )
    out = _with_part(_day(c.published + timedelta(days=offset)), part, Anchor.PUBLISHED)
    return _replace(out, mod=mod) if mod else out


def _n_weekday(c: _Ctx) -> _Out | None:
    g = c.slots
    raw = g["weekday"].lower().rstrip(".")
    if raw in R.AMBIGUOUS_WEEKDAYS or (raw in ("tues", "thurs") and not g["weekday"].endswith(".")):
        return None
    if not _is_capitalised(g["weekday"]):
        return None
    weekday = R.WEEKDAYS[raw]
    rel = _SPACES_RE.sub(" ", (g.get("rel") or "").lower())
    part = g.get("part")
    if rel in ("every", "each") or g.get("plural") or (part and part.lower().endswith("s")):
        suffix = f"T{_part_code(part)}" if part else ""
        return _Out(TimeType.SET, f"XXXX-WXX-{weekday + 1}{suffix}")
    if c.rule_name == "weekday_weekend":
        if c.published is None:
            return _unresolved(Precision.DAY, "XXXX-WXX-WE")
        return _calendar_out(
            _weekend(c.published - timedelta(days=(c.published.weekday() - 5) % 7)),
            anchor=Anchor.PUBLISHED,
        )
    if c.published is None:
        value = f"XXXX-WXX-{weekday + 1}" + (f"T{_part_code(part)}" if part else "")
        return _Out(
            TimeType.TIME if part else TimeType.DATE, value, Precision.DAY, anchor=Anchor.PUBLISHED
        )
    if rel in ("previous", "preceding", "following"):
        # "the following Monday": the first Monday after the day the text is speaking of.
        forward = rel == "following"
        day = c.reference if c.reference and c.reference.precision is Precision.DAY else None
        base = day.first if day else c.published
        step = (
            (weekday - base.weekday()) % 7 or 7
            if forward
            else -((base.weekday() - weekday) % 7 or 7)
        )
        value = _day(base + timedelta(days=step)).value
        offsets = (1, 7) if forward else (-7, -1)
        return _Out(TimeType.DATE, value, Precision.DAY, anchor=Anchor.EVENT, offset_days=offsets)
    pub = c.published
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if rel in ("last", "this past"):
        d = pub - timedelta(days=back or 7)
    elif rel in ("next", "this coming"):
        d = pub + timedelta(days=ahead or 7)
    elif rel == "this":
        d = pub - timedelta(days=pub.weekday()) + timedelta(days=weekday)
    elif c.text.startswith(("'s", "’s"), c.end):
        d = pub - timedelta(days=back)  # "Wednesday's ruling" names what has happened
    else:
        d = pub + timedelta(days=ahead) if c.tense() > 0 else pub - timedelta(days=back)
    return _with_part(_day(d), part, Anchor.PUBLISHED)


_CLOCK_RE = re.compile(r"(\d{1,2})(?:[:.](\d\d))?(a|p)?")


def _n_clock(c: _Ctx) -> _Out | None:
    g = c.slots
    raw = _SPACES_RE.sub("", g["clock"].lower())
    if raw == "noon" and c.word_before() == "high":
        return None  # "High Noon", "high noon comes today": the film, the idiom
    if raw in ("noon", "midday"):
        hh, mm = 12, 0
    elif raw == "midnight":
        hh, mm = 24, 0
    else:
        m = _CLOCK_RE.match(raw)
        if m is None:
            return None
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        # "4 in the morning" is a.m.; "in the afternoon/evening" p.m.
        half = m.group(3) or ("a" if raw.endswith("morning") else "p" if "inthe" in raw else None)
        if half == "p" and hh < 12:
            hh += 12
        elif half == "a" and hh == 12:
            hh = 0
        if half is None and ":" not in raw:
            return None
    clock = f"T{hh:02d}:{mm:02d}"
    day: _Cal | None = None
    if g.get("month"):
        out = _n_date(
            dataclasses.replace(c, slots={k: g[k] for k in ("month", "day", "year") if k in g})
        )
        if out is None:
            return None
        if out.first is None:
            return _Out(TimeType.TIME, out.value + clock, Precision.MINUTE, anchor=Anchor.PUBLISHED)
        day = _day(out.first)
    elif g.get("weekday"):
        slots = {"weekday": g["weekday"], "rel": g.get("rel") or ""}
        out = _n_weekday(dataclasses.replace(c, slots=slots, rule_name="weekday"))
        if out is None:
            return None
        if out.first is None:
            return _Out(TimeType.TIME, out.value + clock, Precision.MINUTE, anchor=Anchor.PUBLISHED)
        day = _day(out.first)
    elif g.get("dayword"):
        offset = R.DAY_WORDS[g["dayword"].lower()][0]
        if c.published is None:
            return _Out(
                TimeType.TIME, "XXXX-XX-XX" + clock, Precision.MINUTE, anchor=Anchor.PUBLISHED
            )
        day = _day(c.published + timedelta(days=offset))
    elif c.reference is not None and c.reference.precision is Precision.DAY:
        # "He was shot at 10 p.m.": on the day the text is speaking of, so the claim step
        # dates it from that day (an event anchor, no offset); the value reads it the same way.
        value = _day(c.reference.first).value + clock
        return _Out(
            TimeType.TIME,
            value,
            Precision.MINUTE,
            anchor=Anchor.EVENT,
            offset_days=(0, 0),
            quantity_mods=True,
        )
    elif c.published is not None:
        day = _day(c.published)
    if day is None:
        return _Out(
            TimeType.TIME,
            "XXXX-XX-XX" + clock,
            Precision.MINUTE,
            anchor=Anchor.PUBLISHED,
            quantity_mods=True,
        )
    anchor = Anchor.NONE if g.get("year") else Anchor.PUBLISHED
    first, last = day.first, day.last
    if (g.get("tz") or "").lower() in R.UNIVERSAL_TIME_ZONES and first and last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    return _Out(
        TimeType.TIME, day.value + clock, Precision.MINUTE, first, last, anchor, quantity_mods=True
    )


def _n_ref(c: _Ctx) -> _Out | None:
    word = _SPACES_RE.sub(" ", c.slots["ref"].lower())
    if c.slots["ref"] == "Now" and c.text.startswith(",", c.end):
        return None  # "Now, he says, ...": a discourse marker opening a sentence, not a time
    after = c.word_after()
    counted = (after in R.NUMBER_WORDS and after not in ("a", "an")) or after in R.VAGUE_QUANTITIES
    if word.startswith("the ") and (counted or _DIGIT_AFTER_RE.match(c.text, c.end)):
        return None  # "the past three summers": a count of periods follows, not the past itself
    return _Out(TimeType.DATE, R.REF_WORDS[word], anchor=Anchor.PUBLISHED)


def _accounting_year(c: _Ctx, unit: str) -> _Out | None:
    """A year-long period ending on a date ("the year ended March 31"), not a calendar year."""
    if unit == "year" and _PERIOD_END_RE.match(c.text, c.end):
        return _Out(TimeType.DURATION, "P1Y")
    return None


def _n_the_unit(c: _Ctx) -> _Out | None:
    unit = c.slots["unit"].lower()
    if period := _accounting_year(c, unit):
        return period
    if c.published is None:
        return _unresolved(Precision.DAY if unit == "weekend" else _GRAIN.get(unit, Precision.YEAR))
    pub = c.published
    if unit == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if c.tense() > 0:
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
        return _calendar_out(_weekend(saturday), anchor=Anchor.PUBLISHED)
    if unit == "day":
        return None
    return _calendar_out(_cal_for(pub, _GRAIN[unit]), anchor=Anchor.PUBLISHED)


def _n_rel_unit(c: _Ctx) -> _Out | None:
    g = c.slots
    if g["unit"][:1].isupper() and g["unit"][1:2].islower():
        return None  # "This Week", "Next Year": a title, not a time
    unit = g["unit"].lower()
    rel = _SPACES_RE.sub(" ", (g.get("rel") or "this").lower().strip())
    step = R.RELATIVE_WORDS[rel]
    if g.get("beyond"):
        # "the week before last" is two weeks back; "the year after next" two years ahead.
        step = -2 if g["beyond"].lower().startswith("before") else 2
    if g.get("full"):
        if period := _accounting_year(c, unit):
            return period
        step, rel = 0, "this"
    the = c.text[c.start : c.start + 4].lower() == "the "
    if the and rel in ("next", "coming") and unit not in ("weekend",) and not g.get("edge"):
        # "the coming year" is a stretch of time from now, not the calendar year after.
        return _duration_out(c, 1.0, unit, rel)
    if the and rel == "past" and unit in ("decade", "century") and c.word_after() != "of":
        # "over the past decade" is the ten years up to now, not the 1980s.
        return _duration_out(c, 1.0, unit, rel)
    if unit == "day":
        return None
    if c.published is None:
        return _unresolved(Precision.DAY if unit == "weekend" else _GRAIN[unit])
    pub = c.published
    if unit == "weekend":
        saturday = pub - timedelta(days=pub.weekday()) + timedelta(days=5) + timedelta(weeks=step)
        if step < 0 and pub.weekday() >= 5:
            saturday = pub - timedelta(days=pub.weekday() - 5)
        return _calendar_out(_weekend(saturday), anchor=Anchor.PUBLISHED)
    cal = _shift(_cal_for(pub, _GRAIN[unit]), step, unit)
    mod = None
    edge = (g.get("edge") or "").lower()
    if edge:
        mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(edge)
    return _calendar_out(cal, anchor=Anchor.PUBLISHED, mod=mod)


def _duration_out(
    c: _Ctx, n: float | None, unit_word: str, rel: str = "", *, reach: float | None = None
) -> _Out:
    """A length of time; after "past"/"next" also the stretch it covers, ``reach`` units long."""
    value = _duration_value(n, unit_word)
    unit = _unit(unit_word)[2]
    first = last = None
    anchor = Anchor.NONE
    reach = n if reach is None else reach
    if c.published is not None and reach is not None and reach == int(reach) and rel in _SPAN_WORDS:
        # "the past three months" ends at the published date; "the next two weeks" starts there.
        forward = _SPAN_WORDS[rel]
        if unit not in ("second", "minute", "hour"):
            far = _shift(_day(c.published), int(reach) * forward, unit).first
            first, last = (c.published, far) if forward > 0 else (far, c.published)
            anchor = Anchor.PUBLISHED
    return _Out(TimeType.DURATION, value, None, first, last, anchor, quantity_mods=True)


# Words before a counted unit that make it a stretch ending (-1) or starting (+1) at publication.
_SPAN_WORDS: dict[str, int] = {
    "past": -1,
    "last": -1,
    "previous": -1,
    "recent": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}


def _is_vague(raw: str) -> bool:
    return raw.lower().strip() in R.VAGUE_QUANTITIES or raw.lower().strip() in ("few", "a few")


def _n_duration(c: _Ctx) -> _Out | None:
    g = c.slots
    unit_word = g["unit"].lower()
    rel = (g.get("rel") or "").lower()
    number = g.get("number")
    trim = 0
    reach: float | None = None
    if number is None:
        # "for weeks" is a length of time; "weeks of talks" may be, "weeks" alone is not told.
        if c.rule_name == "vague_units" and c.word_before() not in R.DURATION_INTRODUCERS:
            return None
        # "a day-long strike" lasts one day; "a decades-long feud" an unknown number of them.
        n = 1.0 if c.rule_name == "unit_long" and not unit_word.endswith("s") else None
    else:
        raw_number = _SPACES_RE.sub(" ", number.lower())
        n = _number(raw_number)
        if n is None and not _is_vague(raw_number):
            return None
        if raw_number in ("a", "an", "the") and (unit_word == "second" or unit_word.endswith("s")):
            return None  # "a second attack", "a years-long war"
        if raw_number == "one" and unit_word == "day" and c.word_before() in R.SOMEDAY_INTRODUCERS:
            return _Out(TimeType.DATE, "FUTURE_REF", anchor=Anchor.PUBLISHED)
        if g.get("low"):
            # "two to three weeks": TimeML gives the lower length; the stretch covered after
            # "the next" reaches the higher one.
            low = _number(g["low"])
            reach, n = n, (None if low is None else low)
        if g.get("half") and n is not None:
            n += 0.5
        if g.get("old") and g["old"].lower() == "old" and c.word_after() not in R.AGE_OF_EVENTS:
            return None  # "a 5-year-old boy" is an age, which TimeML does not tag
        after = c.word_after()
        fraction = unit_word.startswith("quarter") and after == "of" and n is not None and n <= 3
        if after == "old" or fraction:
            return None  # "52 years old" is an age; "a quarter of the vote" a fraction
        if unit_word.endswith("s") and f"-{unit_word}" in c.text[c.start : c.end].lower():
            return None  # "three-quarters", "two-thirds" are fractions
        det = (g.get("det") or "").lower()
        matched = c.text[c.start : c.end]
        if det and (not unit_word.endswith("s") and raw_number not in ("a", "an")):
            # "a five-year plan", "the two-day visit": an adjective's determiner stays out.
            trim = len(det) + len(matched[len(det) :]) - len(matched[len(det) :].lstrip())
    if unit_word in ("night", "nights") and n is None:
        return None
    return _replace(_duration_out(c, n, unit_word, rel, reach=reach), trim_start=trim)


def _n_vague_duration(c: _Ctx) -> _Out | None:
    phrase = _SPACES_RE.sub(" ", c.slots["phrase"].lower())
    return _Out(TimeType.DURATION, R.VAGUE_DURATIONS[phrase])


def _n_ago(c: _Ctx) -> _Out | None:
    g = c.slots
    unit = _unit(g["unit"])[2]
    raw = g.get("number") or ""
    n = _number(raw) if raw else None
    if raw and n is None and not _is_vague(raw):
        return None
    direction = R.AGO_WORDS[_SPACES_RE.sub(" ", g["ago"].lower())]
    grain = _GRAIN[unit]
    if n is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return _Out(TimeType.DATE, value, anchor=Anchor.PUBLISHED, quantity_mods=True)
    if c.published is None:
        return _Out(
            TimeType.DATE, _UNRESOLVED[grain], grain, anchor=Anchor.PUBLISHED, quantity_mods=True
        )
    whole = round(n)
    pub = c.published
    if unit in ("second", "minute", "hour"):
        cal = _day(pub)
    elif unit == "day" and R.UNIT_QUALIFIERS.get((g.get("qualifier") or "").lower()):
        # "three trading days ago": count weekdays only; a holiday may push it up to two
        # days further.
        day = pub
        for _ in range(whole):
            day += timedelta(days=direction)
            while day.weekday() >= 5:
                day += timedelta(days=direction)
        far = day + timedelta(days=2 * direction)
        first, last = (far, day) if direction < 0 else (day, far)
        return _Out(
            TimeType.DATE,
            day.isoformat(),
            Precision.DAY,
            first,
            last,
            Anchor.PUBLISHED,
            quantity_mods=True,
        )
    elif g.get("today") and unit in ("week", "month", "year", "decade"):
        # "ten years ago today": the anniversary, to the day
        cal = _shift(_day(pub), direction * whole, unit)
    elif unit in ("day", "week"):
        # "two weeks ago" names a day, two weeks before publication.
        cal = _day(pub + timedelta(days=direction * whole * (7 if unit == "week" else 1)))
    elif unit == "year" and whole == 1 and direction < 0 and c.last_quarter is not None:
        # "up from $3 million a year ago": the period under discussion, a year earlier.
        cal = _shift(c.last_quarter, -1, "year")
    else:
        cal = _shift(_cal_for(pub, grain), direction * whole, unit)
    return _Out(
        TimeType.DATE,
        cal.value,
        cal.precision,
        cal.first,
        cal.last,
        Anchor.PUBLISHED,
        quantity_mods=True,
    )


def _event_offsets(n: float | None, unit: str, direction: int) -> tuple[int, int]:
    if n is None:
        lo, hi = R.EVENT_VAGUE_OFFSETS.get(unit, (1, 36525))
    else:
        days = R.UNIT_DAYS.get(unit, (0, 1))
        lo, hi = math.floor(n * days[0]), math.ceil(n * days[1])
    return (lo, hi) if direction > 0 else (-hi, -lo)


def _rounded_offsets(n: float | None, unit: str, direction: int) -> tuple[int, int] | None:
    """What "five years after the fire" may mean unless a mod says more: whole months and
    years are said rounded (five years and eight months; a year and 51 weeks for "two")."""
    if n is None or n != int(n) or unit not in R.ROUNDED_UNITS:
        return None
    days = R.UNIT_DAYS[unit]
    below, above = R.ROUNDED_UNITS[unit]
    lo, hi = math.floor((n + below) * days[0]), math.ceil((n + above) * days[1])
    return (lo, hi) if direction > 0 else (-hi, -lo)


def _event_value(c: _Ctx, n: float | None, unit: str, direction: int) -> str:
    """The TimeML reading of an event-relative phrase, against the time the text last named.

    TimeML annotators resolve "a year earlier" against the time under discussion: the
    quarter being reported, else the latest calendar mention before it, else the published
    date. ``offset_days`` carries the relation itself for the claim step, which knows the
    event's own date.
    """
    if n is None:
        return "PAST_REF" if direction < 0 else "FUTURE_REF"
    grain = _GRAIN.get(unit, Precision.DAY)
    reference = c.reference or (_day(c.published) if c.published else None)
    if unit == "year" and c.last_quarter is not None:
        reference = c.last_quarter
    if reference is None or n != int(n) or unit in ("second", "minute", "hour"):
        return _UNRESOLVED[grain]
    if unit == "year":
        if reference.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH):
            reference = _year(reference.first.year)
        return _shift(reference, direction * int(n), "year").value
    if unit in ("day", "week"):
        # Days are counted from a day; after "in March" the published date is the best guess.
        if reference.precision is not Precision.DAY and c.published is not None:
            reference = _day(c.published)
        days = direction * int(n) * (7 if unit == "week" else 1)
        return _day(reference.first + timedelta(days=days)).value
    return _shift(_cal_for(reference.first, grain), direction * int(n), unit).value


def _n_count_event(c: _Ctx) -> _Out | None:
    g = c.slots
    unit_word = g["unit"].lower()
    unit = _unit(unit_word)[2]
    raw = (g.get("number") or "").lower().strip()
    n = _number(raw) if raw else None
    if raw and n is None and not _is_vague(raw):
        return None
    word = g["direction"].lower()
    direction = R.EVENT_WORDS[word]
    offsets = _event_offsets(n, unit, direction)
    if (
        n is not None
        and unit == "day"
        and R.UNIT_QUALIFIERS.get((g.get("qualifier") or "").lower())
    ):
        # Trading or business days skip weekends: the calendar distance is longer.
        far = round(n * 7 / 5) + 2
        offsets = (offsets[0], far) if direction > 0 else (-far, offsets[1])
    if word in ("before", "after") and _WORD_AHEAD_RE.match(c.text, c.end):
        # "two days after the attack": TimeML tags the length and leaves "after" as a signal.
        end = c.start + len(c.text[c.start : c.end].rsplit(None, 1)[0])
        value = _duration_value(n, unit_word)
        return _Out(
            TimeType.DURATION,
            value,
            None,
            anchor=Anchor.EVENT,
            offset_days=offsets,
            rounded_offsets=_rounded_offsets(n, unit, direction),
            quantity_mods=True,
            end=end,
        )
    value = _event_value(c, n, unit, direction)
    return _Out(
        TimeType.DATE,
        value,
        _GRAIN.get(unit),
        anchor=Anchor.EVENT,
        offset_days=offsets,
        rounded_offsets=_rounded_offsets(n, unit, direction),
        quantity_mods=True,
    )


_WORD_AHEAD_RE = re.compile(r"[ \t]+[\w$]")


def _n_event_phrase(c: _Ctx) -> _Out | None:
    phrase = _SPACES_RE.sub(" ", c.slots["phrase"].lower())
    days = R.EVENT_DAY_PHRASES[phrase]
    reference = c.reference if c.reference and c.reference.precision is Precision.DAY else None
    if phrase.endswith((" before", " after")) and _WORD_AHEAD_RE.match(c.text, c.end):
        # "the day before the plunge": "before" is a signal to the event that follows, and
        # TimeML tags "the day". Set off by a comma after a date ("Oct. 12, the day before
        # the plunge") it is that date again.
        end = c.start + len(c.text[c.start : c.end].rsplit(None, 1)[0])
        if reference and c.text[max(0, c.start - 3) : c.start].rstrip().endswith(","):
            # Already placed: no event offset left for the claim step to apply.
            return _Out(
                TimeType.DATE,
                reference.value,
                Precision.DAY,
                reference.first,
                reference.last,
                Anchor.PUBLISHED if c.published else Anchor.NONE,
                end=end,
            )
        return _replace(_event_day(phrase, days, reference, c.published), end=end)
    return _event_day(phrase, days, reference, c.published)


def _event_day(phrase: str, days: int, reference: _Cal | None, published: date | None) -> _Out:
    reference = reference or (_day(published) if published else None)
    value = _day(reference.first + timedelta(days=days)).value if reference else "XXXX-XX-XX"
    part = next((p for p in ("morning", "night") if phrase.endswith(p)), None)
    type_ = TimeType.DATE
    if part:
        value, type_ = value + f"T{_part_code(part)}", TimeType.TIME
    return _Out(type_, value, Precision.DAY, anchor=Anchor.EVENT, offset_days=(days, days))


def _n_event_unit(c: _Ctx) -> _Out | None:
    g = c.slots
    unit = g["unit"].lower()
    rel = _SPACES_RE.sub(" ", g["rel"].lower())
    grain = "week" if unit == "weekend" else unit
    reference = c.reference or (_day(c.published) if c.published else None)
    if rel in ("that", "the same"):
        # "later that year": the year of the time the text last named. How far from the event
        # is not said, so there is no offset for the claim step to apply.
        value = (
            _cal_for(reference.first, _GRAIN[grain]).value
            if reference
            else _UNRESOLVED[_GRAIN[grain]]
        )
        return _Out(TimeType.DATE, value, _GRAIN[grain], anchor=Anchor.EVENT, calendar_mods=True)
    direction = -1 if rel in ("previous", "preceding", "prior") else 1
    if reference is None:
        value = _UNRESOLVED[_GRAIN[grain]]
    elif unit == "weekend":
        value = _weekend(reference.first + timedelta(weeks=direction)).value
    else:
        value = _shift(_cal_for(reference.first, _GRAIN[grain]), direction, grain).value
    offsets = _event_offsets(1, grain, direction)
    return _Out(TimeType.DATE, value, _GRAIN[grain], anchor=Anchor.EVENT, offset_days=offsets)


def _n_ago_adj(c: _Ctx) -> _Out | None:
    g = c.slots
    unit = g["unit"].lower()
    noun = (g.get("noun") or "").lower()
    offsets = _event_offsets(1, unit, -1)
    if unit == "year" and (noun in ("quarter", "period", "") and c.last_quarter is not None):
        base: _Cal | None = c.last_quarter
    elif noun == "quarter" and c.published is not None:
        base = _shift(_current_quarter(c.published), -1, "quarter")
    else:
        base = (_cal_for(c.published, _GRAIN[unit]) if c.published else None) or c.reference
    if base is None:
        return _Out(
            TimeType.DATE,
            _UNRESOLVED[_GRAIN[unit]],
            _GRAIN[unit],
            anchor=Anchor.EVENT,
            offset_days=offsets,
        )
    if unit == "year" and base.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH):
        base = _year(base.first.year)
    cal = _shift(base, -1, unit)
    matched = c.text[c.start : c.end]
    # "The [year-ago] results": an adjective's determiner stays out of the span.
    trim = 4 if not noun and matched[:4].lower() == "the " else 0
    return _Out(
        TimeType.DATE,
        cal.value,
        cal.precision,
        anchor=Anchor.EVENT,
        offset_days=offsets,
        trim_start=trim,
    )


def _n_set(c: _Ctx) -> _Out | None:
    g = c.slots
    if g.get("adverb"):
        return _Out(TimeType.SET, R.SET_ADVERBS[g["adverb"].lower()])
    if g.get("month"):
        return (
            _Out(TimeType.SET, f"XXXX-{_month_number(g['month']):02d}")
            if _is_capitalised(g["month"])
            else None
        )
    if g.get("season"):
        return _Out(TimeType.SET, f"XXXX-{R.SEASONS[g['season'].lower()]}")
    unit_word = g["unit"].lower()
    raw = (g.get("number") or "").lower()
    n = 2.0 if raw == "other" else (_number(raw) if raw else 1.0)
    if n is None or (unit_word.endswith("s") and n == 1):
        return None
    return _Out(TimeType.SET, _duration_value(n, unit_word))


def _n_rate(c: _Ctx) -> _Out | None:
    """ "$33 million a year" is a rate (SET); any other "a year" is left to the duration rule."""
    before = c.word_before()
    prev = c.text[max(0, c.start - 2) : c.start].strip()
    if before in R.RATE_CONTEXT_WORDS or prev[-1:].isdigit() or prev[-1:] == "%":
        return _Out(TimeType.SET, _duration_value(1, c.slots["unit"].lower()))
    return None


def _easter(year: int) -> date:
    # The anonymous Gregorian computus (Meeus/Jones/Butcher).
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own names
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday(rule: tuple, year: int) -> date:
    if rule[0] == "fixed":
        return date(year, rule[1], rule[2])
    if rule[0] == "easter":
        return _easter(year) + timedelta(days=rule[1])
    _, month, weekday, n, after = rule
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = _month(year, month).last
        d = last - timedelta(days=(last.weekday() - weekday) % 7)
    return d + timedelta(days=after)


def _n_holiday(c: _Ctx) -> _Out | None:
    g = c.slots
    if not _is_capitalised(g["holiday"]):
        return None
    key = _SPACES_RE.sub(" ", g["holiday"].lower().replace("’", "'"))
    rule = R.HOLIDAYS[key]
    if g.get("year"):
        return _calendar_out(_day(_holiday(rule, int(g["year"]))))
    if c.published is None:
        return _unresolved(Precision.DAY)
    pub = c.published
    rel = (g.get("rel") or "").lower()
    this = _holiday(rule, pub.year)
    if rel == "last":
        year = pub.year if this < pub else pub.year - 1
    elif rel == "next":
        year = pub.year if this > pub else pub.year + 1
    else:
        year = _place_year(pub, c.tense(), lambda y: (_holiday(rule, y),) * 2)
    return _calendar_out(_day(_holiday(rule, year)), anchor=Anchor.PUBLISHED)


_NORMALISERS: dict[str, Callable[[_Ctx], _Out | None]] = {
    "date": _n_date, "numeric": _n_numeric, "month": _n_month, "rel_month": _n_rel_month,
    "year": _n_year, "decade": _n_decade, "century": _n_century, "quarter": _n_quarter,
    "half": _n_half, "season": _n_season, "dayword": _n_dayword, "weekday": _n_weekday,
    "clock": _n_clock, "ref": _n_ref, "the_unit": _n_the_unit, "rel_unit": _n_rel_unit,
    "duration": _n_duration, "ago": _n_ago, "count_event": _n_count_event,
    "event_phrase": _n_event_phrase, "event_unit": _n_event_unit, "ago_adj": _n_ago_adj,
    "set": _n_set, "rate": _n_rate, "holiday": _n_holiday, "year_end": _n_year_end,
    "vague_duration": _n_vague_duration,
}  # fmt: skip


# --------------------------------------------------------------------------- the scan


_NUMBER_START_RE = re.compile(
    r"\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a few|several|half)\b",
    re.IGNORECASE,
)


def _premod(text: str, start: int, floor: int, out: _Out) -> tuple[int, str | None]:
    """Extend a match backwards over a modifier word that belongs to it ("late", "nearly")."""
    window = text[max(floor, start - 24) : start]
    if out.calendar_mods and out.type is not TimeType.TIME:
        m = _CALENDAR_MOD_RE.search(window)
        if m:
            mod = R.CALENDAR_MODS[_SPACES_RE.sub(" ", m.group("mod").lower())]
            return start - (len(window) - m.start("mod")), mod
    # "nearly two years" but not "over [the last two weeks]": only before a number.
    if out.quantity_mods and _NUMBER_START_RE.match(text, start):
        m = _QUANTITY_MOD_RE.search(window)
        if m:
            word = _SPACES_RE.sub(" ", m.group("mod").lower())
            if word in R.MODS_OUTSIDE_SPAN:
                return start, R.QUANTITY_MODS[word]
            return start - (len(window) - m.start("mod")), R.QUANTITY_MODS[word]
    return start, None


def _modified_offsets(offsets: tuple[int, int] | None, mod: str | None) -> tuple[int, int] | None:
    """The days after (or before) an event that "almost two years after" may mean: the
    length's own range widened by its mod (``rules.times.OFFSET_MODS``)."""
    factors = R.OFFSET_MODS.get(mod or "")
    if offsets is None or factors is None:
        return None
    low, high = sorted(abs(day) for day in offsets)
    low, high = math.floor(low * factors[0]), math.ceil(high * factors[1])
    return (low, high) if offsets[0] >= 0 else (-high, -low)


def _bound(text: str, start: int, floor: int) -> str | None:
    """The mod of a bound word before a date ("before January 3": BEFORE), if there is one.

    Not after "between", whose date is one end of a range: "between" has no mod for it, and a
    range read as one bound would confirm too much.
    """
    window_start = max(floor, start - 40)
    m = _BOUND_RE.search(text, window_start, start)
    if m is None:
        return None
    head = text[window_start : m.start()]
    adverb = _BOUND_ADVERB_RE.search(head)
    if _BETWEEN_BEFORE_RE.search(head[: adverb.start()] if adverb else head):
        return None
    return R.BOUND_SIGNALS[_SPACES_RE.sub(" ", m.group("bound").lower())]


# Abbreviations whose final full stop belongs to the expression ("Sept.", "p.m."); after any
# other word a final full stop ends the sentence and stays out of the span.
_ABBREVIATED = frozenset(
    [k for k in R.MONTHS if len(k) <= 4 and k not in ("may", "june", "july")]
    + [k for k in R.WEEKDAYS if len(k) <= 5]
    + ["a.m", "p.m", "m"]
)


def _match_at(text: str, start: int, *, after: int = -1) -> tuple[_Rule | None, re.Match[str]]:
    """The first rule (after the rule of index ``after``) that matches at ``start``, and its
    match: what one alternation of all the rules, in order, would match."""
    for rule in _rules_at(text[start : start + _KEY_LENGTH].translate(FOLD)):
        if rule.index > after:
            m = rule.alone.match(text, start)
            if m is not None:
                return rule, m
    return None, None  # type: ignore[return-value]


def find_times(
    text: str, published: date | None, *, settings: Settings | None = None
) -> list[TimeMention]:
    """Find the time expressions in a text and normalise each to a TimeML TIMEX3 value.

    Parameters
    ----------
    text
        The article text (or any part of it); offsets in the result index into it.
    published
        The article's publication date, against which "yesterday", "last month", "Friday" and
        dates without a year are resolved. ``None`` keeps those unresolved (``XXXX-01-03``,
        no ``first``/``last``): a year is never invented.
    settings
        ``settings.day_first`` decides whether ``01/03/2020`` is 1 March or January 3.

    Returns
    -------
    list of TimeMention
        Sorted by ``start``, never overlapping, with ``text[m.start:m.end] == m.text``.
        Event-relative phrases ("two days later") have ``anchor == Anchor.EVENT`` and
        ``offset_days``; their ``value`` is the TimeML reading against the time the text last
        named (else the published date), and ``first``/``last`` stay ``None``. When the event
        is named right after the phrase ("two days after the attack"), the mention is the
        length alone, as TimeML tags it: ``type`` DURATION (``P2D``), still with
        ``Anchor.EVENT`` and ``offset_days``, and the event is what follows it.

    Examples
    --------
    >>> from datetime import date
    >>> [(m.text, m.value) for m in find_times("He was killed on January 3, officials said Friday.", date(2020, 2, 5))]
    [('January 3', '2020-01-03'), ('Friday', '2020-01-31')]
    """
    if not isinstance(text, str):
        raise ArticleError(
            f"find_times needs the article text as a str, found {type(text).__name__}. "
            "Pass the text itself (e.g. article.text), not a path or bytes."
        )
    if published is not None and (not isinstance(published, date) or hasattr(published, "hour")):
        raise SettingsError(
            f"published must be a datetime.date or None, found {published!r}. "
            "Convert it with datetime.date.fromisoformat('2020-02-05')."
        )
    settings = settings if settings is not None else _DEFAULT_SETTINGS
    mentions: list[TimeMention] = []
    reference: _Cal | None = None
    last_quarter: _Cal | None = None
    quarter_at = 0
    pos = 0
    triggers, scanned = (
        (_LOWER_TRIGGER, text.lower())
        if _LOWER_TRIGGER is not None and text.isascii()
        else (_TRIGGER, text)
    )
    while True:
        trigger = triggers.search(scanned, pos)
        if trigger is None:
            break
        start = trigger.start()
        rule, m = _match_at(text, start)
        if rule is None:
            pos = trigger.end()
            continue
        if last_quarter is not None and start - quarter_at > _QUARTER_REACH:
            last_quarter = None
        out = None
        while rule is not None:
            slots = {slot: v for slot, group in rule.slots if (v := m.group(group)) is not None}
            ctx = _Ctx(
                text, start, m.end(), slots, published, settings, reference, last_quarter, rule.name
            )
            try:
                out = _NORMALISERS[rule.kind](ctx)
            except (ValueError, OverflowError):
                out = None  # a day outside the calendar ("10,000 years ago" in year 1)
            if out is not None:
                break
            # Refused ("may" the verb): a later rule may still read the text at this position.
            rule, m = _match_at(text, start, after=rule.index)
        if out is None:
            pos = trigger.end()
            continue
        end = out.end if out.end is not None else m.end()
        start += out.trim_start
        last_word = (text[start : end - 1].rsplit(None, 1) or [""])[-1].lower()
        if text[end - 1] == "." and last_word and last_word not in _ABBREVIATED:
            end -= 1  # "in December." ends the sentence; "Sept." and "p.m." keep their stop
        floor = mentions[-1].end if mentions else 0
        start, mod = _premod(text, start, floor, out)
        if mod is None and out.first is not None and out.type is not TimeType.DURATION:
            mod = _bound(text, start, floor)
        offsets = (
            _modified_offsets(out.offset_days, mod) or (None if mod else out.rounded_offsets)
            if out.anchor is Anchor.EVENT
            else None
        )
        mentions.append(
            TimeMention(
                text=text[start:end], start=start, end=end, type=out.type, value=out.value,
                precision=out.precision, first=out.first, last=out.last, anchor=out.anchor,
                offset_days=offsets or out.offset_days, mod=mod or out.mod,
            )
        )  # fmt: skip
        if out.first is not None and out.type is not TimeType.DURATION:
            reference = _Cal(
                out.value, out.precision or Precision.DAY, out.first, out.last or out.first
            )
        if out.precision is Precision.QUARTER and out.topic and out.first is not None:
            if (
                last_quarter is None
                or published is None
                or last_quarter.first < out.first <= (out.last or out.first) < published
            ):
                # An earnings story reports the latest finished quarter; an earlier one ("after
                # a flat second quarter") or one still to come is a contrast, not the topic.
                last_quarter = _Cal(out.value, Precision.QUARTER, out.first, out.last or out.first)
            quarter_at = end
        elif (
            last_quarter is not None
            and out.type is TimeType.DURATION
            and out.value in R.REPORTING_PERIODS
        ):
            # In a report on a quarter, "For the nine months, ...": what follows compares
            # that period (of this year), not the quarter.
            last_quarter = None
            if published is not None:
                reference = _year(published.year)
        pos = end
    return _placed_on_following_dates(text, mentions)


def _placed_on_following_dates(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Put "the day before", "the night after" on the calendar when a date follows.

    The phrase was read against the time named before it; "the day after Christmas" and "the
    night before Nov. 3" are a day off the date that follows instead. TimeML keeps the two
    expressions apart, so the spans stay as they are and only the phrase's value changes.
    """
    placed = list(mentions)
    for i, (phrase, following) in enumerate(itertools.pairwise(mentions)):
        if phrase.anchor is not Anchor.EVENT or phrase.offset_days not in ((-1, -1), (1, 1)):
            continue
        if (
            not SIGNAL_TO_A_FOLLOWING_DATE.fullmatch(text, phrase.end, following.start)
            or following.precision is not Precision.DAY
            or following.first is None
            or following.first != following.last
        ):
            continue
        # The phrase ends in its signal ("the day before"), so its own offset counts the day.
        day = shift_date(following.first, phrase.offset_days[0])
        if day is None:
            continue  # "the day after December 31, 9999": no such day to place it on
        part = phrase.value[10:] if phrase.type is TimeType.TIME else ""
        placed[i] = dataclasses.replace(
            phrase,
            value=_day(day).value + part,
            precision=Precision.DAY,
            first=day,
            last=day,
            anchor=following.anchor,
            offset_days=None,
        )
    return placed


# A range of days as news copy writes it: "between 27 May and 3 June 2001", "from 10 to 18
# December", "27-28 November 2006", "on 27 and 28 May 2001". TimeML marks its two ends as two
# expressions (or the first not at all, a bare day number); a claim means the days between.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_DAY_BEFORE = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|\s(?:and|to|until|till|through)\s)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b\d{4}\b")


def join_day_ranges(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """Dates of single days that a text joins into a range, as one mention of the days between.

    >>> from datetime import date
    >>> text = "Fighting raged between 27 May and 3 June 2001, and on 27-28 November 2006."
    >>> [(t.text, t.value) for t in join_day_ranges(text, find_times(text, date(2013, 1, 1)))]
    [('27 May and 3 June 2001', '2001-05-27/2001-06-03'), ('27-28 November 2006', '2006-11-27/2006-11-28')]
    """
    out: list[TimeMention] = []
    for time in times:
        if time.precision is not Precision.DAY or time.first is None or time.last is None:
            out.append(time)
            continue
        before = out[-1] if out else None
        joined = before is not None and (
            _RANGE_JOIN.fullmatch(text, before.end, time.start)
            or (
                _AND_JOIN.fullmatch(text, before.end, time.start)
                and _RANGE_OPENER.search(text, max(0, before.start - 10), before.start)
            )
        )
        if before is not None and joined and before.precision is Precision.DAY and before.first:
            first = before.first
            if not _YEAR.search(before.text):  # "27 May" takes the year of "3 June 2001"
                first = _same_day_in(first, time.first.year)
            if first is not None and first <= time.first:
                out[-1] = _day_range(text, before.start, time.end, first, time.last, time)
                continue
        day = _DAY_BEFORE.search(text, max(0, time.start - 24), time.start)
        if day is not None and day.end() == time.start and 0 < int(day["day"]) < time.first.day:
            first = time.first.replace(day=int(day["day"]))
            out.append(_day_range(text, day.start(), time.end, first, time.last, time))
            continue
        out.append(time)
    return out


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _day_range(
    text: str, start: int, end: int, first: date, last: date, time: TimeMention
) -> TimeMention:
    return dataclasses.replace(
        time,
        text=text[start:end],
        start=start,
        end=end,
        value=f"{first.isoformat()}/{last.isoformat()}",
        first=first,
        last=last,
    )
