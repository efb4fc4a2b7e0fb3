"""The claim and verdict rule tables are well formed: patterns compile, names line up."""

from __future__ import annotations

import re

import pytest

from claimcheck.event_types import KNOWN_EVENT_TYPES
from claimcheck.rules import claims as rules
from claimcheck.rules import verdicts as verdict_rules

PATTERN_TABLES = [
    "CLAUSE_BOUNDARIES",
    "PREDICTION_MARKERS",
    "CASE_SENSITIVE_PREDICTION_MARKERS",
    "REPORTED_DECISION_VERBS",
    "EXHORTATION_MARKERS",
    "CHARACTERISATION_MARKERS",
    "OPINION_MARKERS",
    "NEGATION_MARKERS",
    "SPEAKER_VERBS",
]


@pytest.mark.parametrize("name", PATTERN_TABLES)
def test_rules_claims_patterns_compile_and_match_no_empty_text(name):
    for pattern in getattr(rules, name):
        compiled = re.compile(pattern)
        assert not compiled.fullmatch(""), pattern


@pytest.mark.parametrize("cues", [rules.EVENT_CUES])
def test_rules_claims_event_cues_are_well_formed(cues):
    for pattern, event_type, priority in cues:
        re.compile(pattern)
        assert re.fullmatch(r"[a-z_]+", event_type), event_type
        assert priority in (1, 2, 3), pattern
        # written in lower case (escapes aside): ASCII text lower-cased is matched without
        # IGNORECASE (claims._LOWER_CUES), which needs no capital in the pattern
        assert not re.search(r"[A-Z]|\(\?[a-z]*-?[a-z]*i", re.sub(r"\\.", "", pattern)), pattern


@pytest.mark.parametrize(
    "patterns", [[*rules.CLAUSE_BOUNDARIES, *(p for p, _ in rules.MARKED_CLAUSE_BOUNDARIES)]]
)
def test_rules_claims_clause_boundaries_are_lower_case(patterns):
    # ASCII text is cut lower-cased without IGNORECASE (claims._LOWER_BOUNDARIES)
    for pattern in patterns:
        assert not re.search(r"[A-Z]|\(\?[a-z]*-?[a-z]*i", re.sub(r"\\.", "", pattern)), pattern


@pytest.mark.parametrize("families", [rules.EVENT_TYPE_FAMILIES])
def test_rules_claims_families_name_known_types(families):
    for generic, members in families.items():
        assert generic in KNOWN_EVENT_TYPES and members <= KNOWN_EVENT_TYPES
        assert generic not in members


@pytest.mark.parametrize("reasons", [rules.NOT_CHECKABLE_REASONS])
def test_rules_claims_every_marked_clause_kind_has_a_reason(reasons):
    assert {kind for _, kind in rules.MARKED_CLAUSE_BOUNDARIES} <= set(reasons)
    assert all(reason and reason == reason.strip() for reason in reasons.values())


@pytest.mark.parametrize("columns", [verdict_rules.OUTCOME_COLUMNS])
def test_rules_verdicts_every_outcome_has_columns(columns):
    for pattern, role in verdict_rules.OUTCOME_PATTERNS:
        re.compile(pattern)
        assert columns[role], role


def test_rules_verdicts_vote_sides_are_two_and_no_outcome_columns():
    for pattern, _ in verdict_rules.VOTE_SIDE_PATTERNS:
        re.compile(pattern)
    roles = {role for _, role in verdict_rules.VOTE_SIDE_PATTERNS}
    assert roles == {"approved", "rejected"}
    assert not roles & set(verdict_rules.OUTCOME_COLUMNS)


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [("AMBIGUITY_MARGIN", 0, 20), ("PERCENT_TOLERANCE", 0, 5), ("SAME_EVENT_DAYS", 1, 366)],
)
def test_rules_verdicts_tolerances_in_range(name, low, high):
    assert low < getattr(verdict_rules, name) <= high
