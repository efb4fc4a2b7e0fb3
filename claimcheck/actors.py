"""Actors as people write them, read at load: names apart from the roles written beside them.

``"Sohel Rana (building owner)"`` is the actor Sohel Rana with the role "building owner";
``"Jet Propulsion Laboratory (JPL)"`` is the Jet Propulsion Laboratory, also called JPL (a
bracket that is an abbreviation is another name, not a role). Who did the deed comes from a
``perpetrator`` column when the reference has one, else from roles such as "claimed
responsibility" or "gunman" (``rules.actors``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck.places import demonyms
from claimcheck.rules import actors as rules
from claimcheck.rules import entities as entity_rules

__all__ = ["Actor", "parse_actors", "perpetrators", "states_of"]

_NAME_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")

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
    for part in _outside_brackets(value, ";"):
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


def _outside_brackets(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` that no bracket encloses: "Charles III (king;
    appointed him); Liz Truss" is two actors, the first with two roles.

    >>> _outside_brackets("A (x; y); B", ";")
    ['A (x; y)', ' B']
    """
    parts, depth, start = [], 0, 0
    for i, char in enumerate(value):
        depth += (char == "(") - (char == ")") if char in "()" else 0
        if char == separator and depth <= 0:
            parts.append(value[start:i])
            start, depth = i + 1, 0
    parts.append(value[start:])
    return parts


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


def states_of(names: tuple[str, ...]) -> tuple[str, ...]:
    """The states these actors are part of: an organisation belongs to the state its name
    names ("United States Central Command", "U.S. Army") or its demonym does ("Afghan
    civilians", "Royal Thai Navy SEALs").

    >>> states_of(("United States Central Command", "Afghan civilians", "Saman Kunan"))
    ('United States', 'Afghanistan')
    """
    found: dict[str, None] = {}
    for name in names:
        tokens = _NAME_WORDS.findall(name)
        words = [w.casefold() for w in tokens]
        # an organisation by its words, else a group only: "Jordan Peterson" is no part of Jordan
        organisation = name.replace(".", "").isupper() or any(
            w in entity_rules.ORGANISATION_CUES for w in words
        )
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                state = _state_words().get(" ".join(words[i : i + size]))
                group = all(t[:1].islower() for t in tokens[i + size :])
                if state and (organisation or group):
                    found[state] = None
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _state_words() -> dict[str, str]:
    forms = {name: name.title() for name in entity_rules.STATE_NAMES}
    for state, aliases in entity_rules.STATE_ALIASES.items():
        forms[state.casefold()] = state
        forms.update({alias.casefold(): state for alias in aliases})
    forms.update(demonyms())
    return forms


def _abbreviates(inside: str, name: str) -> bool:
    """Whether a bracket is the name's abbreviation ("JPL", "AFAD", "Moo Pa" is not)."""
    letters = inside.replace(".", "").replace(" ", "")
    return letters.isupper() and 2 <= len(letters) <= 8
