"""Building regular expressions from the rule tables' word lists (shared by the mention steps)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from re import _compiler, _parser
from re import _constants as _c

from claimcheck.rules import times as time_rules


def alternation(phrases: Iterable[object], *, joiner: str = r"\s+") -> str:
    """A regex alternation of literal phrases, longest first, ``joiner`` between their words.

    Longest first, so "sept" is tried before "sep" and "the past" before "past"; an apostrophe
    matches its curly form too. Phrases are grouped by their first letter, each group behind a
    look at that letter: the regex engine tries each phrase in turn at every position, so a
    position that starts no phrase is passed after a test per letter, not one per phrase
    (three to four times faster on a list of 200 words). At any position only one group can
    match, and within it the order is kept: the matches are those of the flat alternation.

    >>> alternation(["sep", "sept", "new year's", "$"])
    "(?=[nN])(?:new\\\\s+year['’]s)|(?=[sS])(?:sept|sep)|\\\\$"
    """
    ordered = sorted({str(p) for p in phrases}, key=lambda phrase: (-len(phrase), phrase))
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        first = phrase[:1]
        if not first.isascii():
            # "ſ" matches "s" when case is ignored: which group comes first would matter
            return _flat(ordered, joiner)
        groups.setdefault(first.lower() if first.isalnum() else "", []).append(phrase)
    # a phrase opening with a sign ("$", "'") matches only that sign: it stays as it is
    return "|".join(
        f"(?=[{first}{first.upper()}])(?:{_flat(group, joiner)})" if first else _flat(group, joiner)
        for first, group in groups.items()
    )


def _flat(ordered: list[str], joiner: str) -> str:
    return "|".join(
        joiner.join(re.escape(word) for word in phrase.split(" ")).replace("'", "['’]")
        for phrase in ordered
    )


# What stands between a relative phrase and the date it counts from ("the day | after |
# Christmas"): the time step places the phrase by it, the claim step ranks the phrase first.
SIGNAL_TO_A_FOLLOWING_DATE = re.compile(
    r"\s+(?:" + alternation(time_rules.SIGNALS_TO_A_FOLLOWING_DATE) + r")\s+", re.IGNORECASE
)


# What stands between two dates of one list ("26 October | and on | 25 November").
LISTED_DATE = re.compile(
    r"\s*,?\s+(?:" + alternation(time_rules.LISTED_DATE_JOINERS) + r")\s+(?:on\s+|in\s+)?",
    re.IGNORECASE,
)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which is in every text ``pattern`` matches in; ``()`` when none is known.

    A text holding none of them cannot match, so a scan of it can be skipped: ``in`` on a
    string costs a fraction of what a pattern that opens with ``\\b`` costs, which Python's
    regex engine tries at every position. Read from the pattern's parse; only literal runs
    that every match must pass through count, so the answer is never wrong, only sometimes
    empty (character classes, optional parts, inline flags).

    For a pattern that ignores case the strings are in lower case, to be looked for in the
    text lower-cased, and only in ASCII text ("ſ" matches "s" regardless of case).

    >>> required_words(re.compile(r"\\b(?:drone (?:strike|attack)s?|air raids?)\\b"))
    ('air raid', 'drone ')
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _required(parsed.data, fold=bool(pattern.flags & re.IGNORECASE))
    except Exception:  # the private parser changed: no gate, the same answers
        return ()
    if not found:
        return ()
    # a text holding "launched" holds "launch": only the shortest need be looked for
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def patterns_needing(needs: Sequence[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each word of ``needs`` (the ``required_words`` of patterns, in order), the positions
    of the patterns that need it: the words a text holds then name the patterns to scan.

    >>> patterns_needing([("drone ", "air raid"), (), ("drone ",)])
    {'drone ': (0, 2), 'air raid': (0,)}
    """
    needing: dict[str, tuple[int, ...]] = {}
    for position, words in enumerate(needs):
        for word in words:
            needing[word] = (*needing.get(word, ()), position)
    return needing


def _required(items: Iterable[tuple[object, object]], *, fold: bool) -> frozenset[str] | None:
    """The best set of literals one of which every text a parsed sequence matches in holds
    (lower-cased when ``fold``: the pattern ignores case)."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL and not (fold and av >= 128):  # type: ignore[operator]
            run += chr(av).lower() if fold else chr(av)  # type: ignore[arg-type]
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            found = _required(av[3].data, fold=fold)  # type: ignore[index]
        elif op is _c.ATOMIC_GROUP:
            found = _required(av.data, fold=fold)  # type: ignore[attr-defined]
        elif op is _c.BRANCH:
            branches = [_required(branch.data, fold=fold) for branch in av[1]]  # type: ignore[index]
            if all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            found = _required(av[2].data, fold=fold)  # type: ignore[index]
        elif op is _c.ASSERT:
            # what a lookaround looks at is in the text too, if not in the match
            found = _required(av[1].data, fold=fold)  # type: ignore[index]
        if found:
            choices.append(found)
        # anything else (a class, a lookaround, a boundary) requires no literal and ends the run
    if run:
        choices.append(frozenset([run]))
    # the fewest texts pass a set whose shortest member is longest
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


# ASCII characters folded into the classes prefixes are read in: letters in either case, any
# digit, any white space. Folded alike, a text's characters and a pattern's meet in few prefixes.
FOLD = str.maketrans(
    {
        chr(code): "0" if chr(code).isdigit() else " " if chr(code).isspace() else chr(code).lower()
        for code in range(128)
    }
)
_ASCII = [chr(code) for code in range(128)]


def match_prefixes(
    pattern: str, flags: int, *, length: int, limit: int = 2000
) -> tuple[int, frozenset[str]] | None:
    """How a match of ``pattern`` can begin: ``(n, prefixes)``, where the first ``n`` characters
    of any match over ASCII text, folded by ``FOLD``, are one of ``prefixes`` (or, for a match
    shorter than ``n``, the whole match is); ``None`` when the pattern's parse says too little.

    ``n`` is ``length`` unless there would be more than ``limit`` prefixes: then it is the
    longest that keeps to ``limit``. Lookarounds and boundaries are passed over, so the set may
    hold prefixes no match has, never lack one a match has.

    >>> n, prefixes = match_prefixes(r"(?:the\\s+)?(?:day|week)s?", re.IGNORECASE, length=3)
    >>> n, sorted(prefixes)
    (3, ['day', 'the', 'wee'])
    """
    try:
        items = _parser.parse(pattern, flags).data
    except Exception:  # the private parser changed: nothing known, every match possible
        return None
    for n in range(length, 0, -1):
        try:
            return n, frozenset(_prefixes(items, flags, n, limit))
        except _TooMany:
            continue
    return None


class _TooMany(Exception):
    """More prefixes than the limit, or a construct the analysis does not read."""


def _prefixes(items: Iterable[tuple[object, object]], flags: int, n: int, limit: int) -> set[str]:
    """The folded first ``n`` characters (or all, when fewer) of a parsed sequence's matches."""
    done: set[str] = set()  # prefixes already ``n`` long: what follows cannot change them
    growing = {""}
    for op, av in items:
        if not growing:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width
        if op is _c.LITERAL and av < 128:  # type: ignore[operator]
            char = chr(av).translate(FOLD)  # type: ignore[arg-type]
            grown = {s + char for s in growing}
        else:
            grown = set()
            for size in {len(s) for s in growing}:
                tails = _item_prefixes(op, av, flags, n - size, limit)
                grown.update(s + t for s in growing if len(s) == size for t in tails)
        done.update(s for s in grown if len(s) >= n)
        growing = {s for s in grown if len(s) < n}
        if len(done) + len(growing) > limit:
            raise _TooMany
    return done | growing


def _item_prefixes(op: object, av: object, flags: int, n: int, limit: int) -> set[str]:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
        return set(_atom_classes(op, av, flags))
    if op is _c.SUBPATTERN:
        _, add, remove, sub = av  # type: ignore[misc]
        return _prefixes(sub.data, (flags | add) & ~remove, n, limit)
    if op is _c.ATOMIC_GROUP:
        return _prefixes(av.data, flags, n, limit)  # type: ignore[attr-defined]
    if op is _c.BRANCH:
        return set().union(*(_prefixes(b.data, flags, n, limit) for b in av[1]))  # type: ignore[index]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av  # type: ignore[misc]
        found: set[str] = set()
        current = {""}
        for count in itertools.count():
            if count >= low:
                found |= current
            if count == high:
                break
            grown = {s for s in current if len(s) >= n}
            for s in current - grown:
                grown.update(s + t for t in _prefixes(sub.data, flags, n - len(s), limit))
            if len(grown) > limit:
                raise _TooMany
            if grown == current:
                break
            current = grown
        return found
    raise _TooMany


_ATOMS: dict[tuple[object, str, int], frozenset[str]] = {}


def _atom_classes(op: object, av: object, flags: int) -> frozenset[str]:
    """The folded classes of the ASCII characters one character of a pattern matches."""
    key = (op, repr(av), flags)
    if key not in _ATOMS:
        atom = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), flags)
        _ATOMS[key] = frozenset(char.translate(FOLD) for char in _ASCII if atom.fullmatch(char))
    return _ATOMS[key]
