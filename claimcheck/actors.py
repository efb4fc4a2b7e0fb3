"""Actors as people write them, read at load: names apart from the roles written beside them.

``"Sohel Rana (building owner)"`` is the actor Sohel Rana with the role "building owner";
``"Jet Propulsion Laboratory (JPL)"`` is the Jet Propulsion Laboratory, also called JPL (a
bracket that is an abbreviation is another name, not a role). Who did the deed comes from a
``perpetrator`` column when the reference has one, else from roles such as "claimed
responsibility" or "gunman" (``rules.actors``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.rules import actors as rules

__all__ = ["Actor", "parse_actors", "perpetrators"]

_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*")


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor's name, the other name written in brackets, and its role ("" when none)."""

    name: str
    role: str = ""
    alias: str = ""


def parse_actors(value: str) -> tuple[Actor, ...]:
    """The actors of an ``actors`` cell (``;``-separated), names apart from roles.

    >>> parse_actors("Sohel Rana (building owner); Jet Propulsion Laboratory (JPL)")
    (Actor(name='Sohel Rana', role='building owner', alias=''), Actor(name='Jet Propulsion Laboratory', role='', alias='JPL'))
    """
    actors = []
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        brackets = _BRACKET.findall(part)
        name = " ".join(_BRACKET.sub(" ", part).split())
        role = alias = ""
        for inside in brackets:
            if _abbreviates(inside, name):
                alias = inside
            else:
                role = "; ".join(r for r in (role, inside) if r)
        actors.append(Actor(name or part, role, alias))
    return tuple(actors)


def perpetrators(
    actors: tuple[Actor, ...], columns: dict[str, str], *, attack: bool = False
) -> tuple[str, ...]:
    """Who did the deed: a perpetrator column's names, else the actors whose role says so,
    else, for an attack, the first actor (tables list the main actor first).

    >>> perpetrators(parse_actors("Islamic State (claimed responsibility); Belgium"), {})
    ('Islamic State',)
    """
    for column in rules.PERPETRATOR_COLUMNS:
        named = [n.strip() for n in columns.get(column, "").split(";") if n.strip()]
        if named:
            return tuple(named)
    named = tuple(
        a.name
        for a in actors
        if any(word in a.role.lower() for word in rules.PERPETRATOR_ROLE_WORDS)
    )
    if named or not (attack and actors):
        return named
    return (actors[0].name,)


def _abbreviates(inside: str, name: str) -> bool:
    """Whether a bracket is the name's abbreviation ("JPL", "AFAD", "Moo Pa" is not)."""
    letters = inside.replace(".", "").replace(" ", "")
    return letters.isupper() and 2 <= len(letters) <= 8
