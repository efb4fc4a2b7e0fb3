"""Building regular expressions from the rule tables' word lists (shared by the mention steps)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as _c
from re import _parser

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


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which is in every text ``pattern`` matches in; ``()`` when none is known.

    A text holding none of them cannot match, so a scan of it can be skipped: ``in`` on a
    string costs a fraction of what a pattern that opens with ``\\b`` costs, which Python's
    regex engine tries at every position. Read from the pattern's parse; only literal runs
    that every match must pass through count, so the answer is never wrong, only sometimes
    empty (case-insensitive patterns, character classes, optional parts).

    >>> required_words(re.compile(r"\\b(?:drone (?:strike|attack)s?|air raids?)\\b"))
    ('air raid', 'drone ')
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        found = _required(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # the private parser changed: no gate, the same answers
        return ()
    if not found:
        return ()
    # a text holding "launched" holds "launch": only the shortest need be looked for
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def _required(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    """The best set of literals one of which every text a parsed sequence matches in holds."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            found = _required(av[3].data)  # type: ignore[index]
        elif op is _c.ATOMIC_GROUP:
            found = _required(av.data)  # type: ignore[attr-defined]
        elif op is _c.BRANCH:
            branches = [_required(branch.data) for branch in av[1]]  # type: ignore[index]
            if all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            found = _required(av[2].data)  # type: ignore[index]
        elif op is _c.ASSERT:
            # what a lookaround looks at is in the text too, if not in the match
            found = _required(av[1].data)  # type: ignore[index]
        if found:
            choices.append(found)
        # anything else (a class, a lookaround, a boundary) requires no literal and ends the run
    if run:
        choices.append(frozenset([run]))
    # the fewest texts pass a set whose shortest member is longest
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)
