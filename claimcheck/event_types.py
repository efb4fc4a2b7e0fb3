"""The event types the rules know, and how two of them relate: compared as data.

Claims get their type from cue words (``claims``), records from their ``event_type`` label
(``claims.event_kinds``, at load); candidates and verdicts then relate the two here, by the
families of ``rules.claims``, without reading any text.
"""

from __future__ import annotations

import functools

from claimcheck.rules import claims as rules

__all__ = ["KNOWN_EVENT_TYPES", "relate_event_types", "relate_to_kinds", "type_key"]

KNOWN_EVENT_TYPES = frozenset(
    {event_type for _, event_type, _ in rules.EVENT_CUES}
    | set(rules.EVENT_TYPE_FAMILIES)
    | {member for family in rules.EVENT_TYPE_FAMILIES.values() for member in family}
    | rules.SCHEMA_EVENT_TYPES
)


def relate_event_types(claimed: str, recorded: str) -> bool | None:
    """Whether a claim's event type and a record's may name the same kind of event.

    ``True`` when they are the same or one's family covers the other ("killing" and
    "plane_crash"); ``False`` when both are known and differ; ``None`` when the record uses a
    type these rules do not know: another reference's vocabulary is not ours to judge.

    >>> relate_event_types("killing", "air_drone_strike"), relate_event_types("missile_attack",
    ...     "air_drone_strike"), relate_event_types("election", "by-election")
    (True, False, None)
    """
    claimed, recorded = type_key(claimed), type_key(recorded)
    if claimed == recorded:
        return True
    if claimed not in KNOWN_EVENT_TYPES or recorded not in KNOWN_EVENT_TYPES:
        return None
    families = rules.EVENT_TYPE_FAMILIES
    return recorded in families.get(claimed, ()) or claimed in families.get(recorded, ())


def relate_to_kinds(claimed: str, kinds: tuple[str, ...]) -> bool | None:
    """Whether a claim's event type may name the event of a record of these kinds (a label may
    name several: "train derailment and explosion"): ``True`` when it relates to any of them,
    ``False`` when it differs from a known one and relates to none, ``None`` otherwise.

    >>> relate_to_kinds("explosion", ("derailment", "explosion")), relate_to_kinds(
    ...     "election", ("derailment", "explosion")), relate_to_kinds("election", ("by-election",))
    (True, False, None)
    """
    related = [relate_event_types(claimed, kind) for kind in kinds if kind]
    if any(related):
        return True
    return False if False in related else None


# a few labels, asked for for every candidate row
@functools.lru_cache(maxsize=4096)
def type_key(event_type: str) -> str:
    """An event type as the rules write it: references write "plane crash", "Plane-Crash" or
    "plane_crash" for one type (each run of spaces and hyphens is one underscore).

    >>> type_key(" Plane - Crash ")
    'plane_crash'
    """
    key: list[str] = []
    gap = False
    for char in event_type.strip().lower():
        if char.isspace() or char == "-":
            if not gap:
                key.append("_")
            gap = True
        else:
            key.append(char)
            gap = False
    return "".join(key)
