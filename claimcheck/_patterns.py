"""Building regular expressions from the rule tables' word lists (shared by the mention steps)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.rules import times as time_rules


def alternation(phrases: Iterable[object], *, joiner: str = r"\s+") -> str:
    """A regex alternation of literal phrases, longest first, ``joiner`` between their words.

    Longest first, so "sept" is tried before "sep" and "the past" before "past"; an apostrophe
    matches its curly form too.

    >>> alternation(["sep", "sept", "new year's"])
    "new\\\\s+year['’]s|sept|sep"
    """
    ordered = sorted({str(p) for p in phrases}, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(
        joiner.join(re.escape(word) for word in phrase.split(" ")).replace("'", "['’]")
        for phrase in ordered
    )


# What stands between a relative phrase and the date it counts from ("the day | after |
# Christmas"): the time step places the phrase by it, the claim step ranks the phrase first.
SIGNAL_TO_A_FOLLOWING_DATE = re.compile(
    r"\s+(?:" + alternation(time_rules.SIGNALS_TO_A_FOLLOWING_DATE) + r")\s+", re.IGNORECASE
)
