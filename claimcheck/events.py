"""Mentions step: the phase of an event a text states, read alike in claims and in records.

The phases and their words are data (``rules.events``); one pass of one pattern finds them all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from claimcheck._patterns import required_words
from claimcheck.rules import events as rules

__all__ = [
    "anchor_phase",
    "anchor_span",
    "anchors_another_event",
    "claim_phase",
    "phase_words",
    "possessed_phase",
    "record_phases",
]

_PHASES = re.compile(
    "|".join(rf"\b(?P<{phase}>{pattern})\b" for phase, pattern in rules.PHASES), re.IGNORECASE
)
# The phase patterns are written in lower case (a test holds them to it): ASCII text is read
# lower-cased without IGNORECASE, about three times faster, at the same offsets.
_LOWER_PHASES = re.compile(
    "|".join(rf"\b(?P<{phase}>{pattern})\b" for phase, pattern in rules.PHASES)
)
# Most clauses state no phase: looking for the words a phase needs tells so about eight times
# faster than the scan, which tries every pattern at every position. (A phase pattern needing no
# word would leave nothing to look for: then every clause is scanned.)
_PHASE_WORDS = required_words(_LOWER_PHASES) or ("",)
_LABELS = re.compile(
    "|".join(rf"\b(?P<{phase}>{pattern})\b" for phase, pattern in rules.PHASE_LABELS),
    re.IGNORECASE,
)
_ANCHOR_PHRASE = re.compile(
    rf"\s*(?:{'|'.join(rules.ANCHORING_WORDS)})\s+(?P<phrase>[^,;:.()]{{1,80}})", re.IGNORECASE
)
# The noun phrase a possessive time dates ("last month's Lahaina fire"): up to a few words,
# never past punctuation or the preposition that follows it ("... fire to 97").
_POSSESSED = re.compile(
    rf"(?:['’]s)\s+(?P<phrase>(?:(?!(?:{'|'.join(rules.PHRASE_ENDS)})\b)[^\s,;:.()]+\s*){{1,4}})",
    re.IGNORECASE,
)
_ANCHORED = re.compile(
    rf"\b(?:{'|'.join(rules.ANCHORING_WORDS)})\s+(?:[^\s,;:.]+\s+){{0,4}}$", re.IGNORECASE
)
_CAUSED = re.compile(
    rf"\b(?:{'|'.join(rules.CAUSE_WORDS)})\s+(?:the|an?|his|her|its|their)\s+"
    r"(?:[^\s,;:.]+\s+){0,3}$",
    re.IGNORECASE,
)


def claim_phase(text: str, *, fits: Callable[[str], bool] | None = None) -> str | None:
    """The phase a clause states: the first phase word in it, or ``None``. A phase of one
    family of events (the rounds of an election) is read only where ``fits(family)`` holds.

    >>> claim_phase("Sweden joined NATO on 26 February 2024, when Hungary ratified its bid.")
    'took_effect'
    >>> claim_phase("A magnitude 7.8 earthquake struck southern Turkey.") is None
    True
    """
    phases, scanned = (_LOWER_PHASES, text.lower()) if text.isascii() else (_PHASES, text)
    if phases is _LOWER_PHASES and not any(map(scanned.__contains__, _PHASE_WORDS)):
        return None
    for match in phases.finditer(scanned):
        family = rules.PHASE_FAMILIES.get(str(match.lastgroup))
        if family and fits is not None and not fits(family):
            continue  # "the first round of sanctions" is no round of an election
        if not anchors_another_event(text, match.start()):
            return match.lastgroup
    return None


@functools.cache
def phase_words(phase: str) -> re.Pattern[str]:
    """The words of one phase alone: a text whose first phase is ``phase`` (by
    :func:`claim_phase`) always matches, so a text that does not can be passed over unread.

    >>> bool(phase_words("signing").search("The treaty was signed in Rome."))
    True
    """
    words = [rf"\b(?:{pattern})\b" for name, pattern in rules.PHASES if name == phase]
    return re.compile("|".join(words) or r"(?!)", re.IGNORECASE)


def anchors_another_event(text: str, at: int) -> bool:
    """Whether the words at ``at`` follow "after", "before", "since"... closely: they name
    another event that dates the clause's own ("a week after Lula's inauguration").

    >>> anchors_another_event("They stayed aboard for weeks after the collapse.", 39)
    True
    >>> anchors_another_event("after Trump pulled out of the deal", 12)
    False
    >>> anchors_another_event("Officials were detained over the collapse of the dams.", 33)
    True
    """
    anchor = _ANCHORED.search(text, max(0, at - 60), at)
    if anchor is None and not text[at:].split(maxsplit=1)[0].endswith("ed"):
        # the event named as a cause ("over the collapse"); a verb is no name of one ("storms
        # over the weekend killed")
        anchor = _CAUSED.search(text, max(0, at - 60), at)
    # a clause that opens with "after" ("after Trump pulled out of the deal") is about that event
    return anchor is not None and bool(text[: anchor.start()].strip())


def anchor_phase(text: str, at: int) -> str | None:
    """The phase of the other event that a length ending at ``at`` counts from: "ten days
    after the collapse" counts from the event itself (``rules.THE_EVENT``), "a week after
    Lula's inauguration" from its inauguration; ``None`` when no "after"/"before" phrase follows.

    >>> text = "Sweden joined almost two years after it applied for membership."
    >>> anchor_phase(text, text.index(" after"))
    'application'
    >>> anchor_phase("demolished ten days after the collapse", 19)
    'event'
    >>> anchor_phase("ten days later", 8) is None
    True
    """
    follows = _ANCHOR_PHRASE.match(text, at)
    if follows is None:
        return None
    phrase = follows.group("phrase")
    found = _PHASES.search(phrase) or _LABELS.search(phrase)
    return str(found.lastgroup) if found else rules.THE_EVENT


def anchor_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the "after"/"before" phrase a length ending at ``at`` counts from stands ("six
    days after the Atlanta-area spa shootings"), up to the next punctuation; ``None`` when
    none follows. What it names is the other event's, not the clause's own.

    >>> text = "The Boulder shooting came six days after the Atlanta spa shootings."
    >>> start, end = anchor_span(text, text.index(" after"))
    >>> text[start:end]
    'after the Atlanta spa shootings'
    """
    follows = _ANCHOR_PHRASE.match(text, at)
    if follows is None:
        return None
    return follows.start() + len(follows.group(0)) - len(follows.group(0).lstrip()), follows.end()


def possessed_phase(text: str, at: int) -> str | None:
    """The phase of the event a possessive time ending at ``at`` dates ("Friday's verdict"
    dates the verdict, "last month's Lahaina fire" the event itself); ``None`` when the time
    is not possessive.

    >>> text = "lowered the death toll from last month's Lahaina fire to 97"
    >>> possessed_phase(text, text.index("'s"))
    'event'
    >>> possessed_phase("Sunday's runoff", 6)
    'runoff'
    >>> possessed_phase("on Sunday", 9) is None
    True
    """
    follows = _POSSESSED.match(text, at)
    if follows is None:
        return None
    phrase = follows.group("phrase")
    found = _PHASES.search(phrase) or _LABELS.search(phrase)
    return str(found.lastgroup) if found else rules.THE_EVENT


def record_phases(
    event_type: str, statement: str, *, fits: Callable[[str], bool] | None = None
) -> tuple[str, ...]:
    """The phases a record is of: every phase its ``event_type`` names, else the first its
    statement's main clause states, else none (a record of the event itself). A phase of one
    family of events is read only where ``fits(family)`` holds ("bank rescue takeover" is no
    rescue from a disaster).

    >>> record_phases("election (runoff) and result", "")
    ('runoff', 'result', 'polling')
    >>> record_phases("", "The GDPR entered into force on 24 May 2016.")
    ('entry_into_force',)
    >>> claim_phase("A week after Lula's inauguration, his opponents stormed Congress.") is None
    True
    """
    label = event_type.replace("_", " ")  # "moon_landing" is a label of words too
    found = sorted([*_PHASES.finditer(label), *_LABELS.finditer(label)], key=_start)
    phases = [
        str(m.lastgroup)
        for m in found
        if fits is None
        or str(m.lastgroup) not in rules.PHASE_FAMILIES
        or fits(rules.PHASE_FAMILIES[str(m.lastgroup)])
    ]
    if phases:
        parents = [rules.PHASE_PARENTS[p] for p in phases if p in rules.PHASE_PARENTS]
        return tuple(dict.fromkeys([*phases, *parents]))
    # the statement's main clause, before any ";" that adds what came later
    first = claim_phase(statement.split(";", 1)[0], fits=fits)
    return (first,) if first else ()


def _start(match: re.Match[str]) -> int:
    return match.start()
