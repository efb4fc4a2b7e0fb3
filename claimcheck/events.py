"""Mentions step: the phase of an event a text states, read alike in claims and in records.

The phases and their words are data (``rules.events``); one pass of one pattern finds them all.
"""

from __future__ import annotations

import re

from claimcheck.rules import events as rules

__all__ = ["claim_phase", "record_phases"]

_PHASES = re.compile(
    "|".join(rf"\b(?P<{phase}>{pattern})\b" for phase, pattern in rules.PHASES), re.IGNORECASE
)
_LABELS = re.compile(
    "|".join(rf"\b(?P<{phase}>{pattern})\b" for phase, pattern in rules.PHASE_LABELS),
    re.IGNORECASE,
)
_ANCHORED = re.compile(
    rf"\b(?:{'|'.join(rules.ANCHORING_WORDS)})\s+(?:[^\s,;:.]+\s+){{0,4}}$", re.IGNORECASE
)


def claim_phase(text: str) -> str | None:
    """The phase a clause states: the first phase word in it, or ``None``.

    >>> claim_phase("Sweden joined NATO on 26 February 2024, when Hungary ratified its bid.")
    'took_effect'
    >>> claim_phase("A magnitude 7.8 earthquake struck southern Turkey.") is None
    True
    """
    for match in _PHASES.finditer(text):
        if not _ANCHORED.search(text, max(0, match.start() - 60), match.start()):
            return match.lastgroup
    return None


def record_phases(event_type: str, statement: str) -> tuple[str, ...]:
    """The phases a record is of: every phase its ``event_type`` names; without an
    ``event_type``, the first its statement states; else none (a record of the event itself).

    >>> record_phases("election (runoff) and result", "")
    ('runoff', 'result', 'polling')
    >>> record_phases("", "The GDPR entered into force on 24 May 2016.")
    ('entry_into_force',)
    >>> claim_phase("A week after Lula's inauguration, his opponents stormed Congress.") is None
    True
    """
    found = sorted([*_PHASES.finditer(event_type), *_LABELS.finditer(event_type)], key=_start)
    if found:
        phases = [str(m.lastgroup) for m in found]
        parents = [rules.PHASE_PARENTS[p] for p in phases if p in rules.PHASE_PARENTS]
        return tuple(dict.fromkeys([*phases, *parents]))
    if event_type.strip():
        return ()
    first = claim_phase(statement)
    return (first,) if first else ()


def _start(match: re.Match[str]) -> int:
    return match.start()
