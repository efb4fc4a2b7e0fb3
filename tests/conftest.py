"""Shared fixtures: the seed article, the shipped reference, and a runner for the CLI."""

from __future__ import annotations

import pytest
from hypothesis import settings

from claimcheck.seeds import DEFAULT_REFERENCE, SEED_ARTICLE

# No property test is a timed test: on a small shared machine one slow example says nothing of
# the code (speed is measured in benchmarks/, side by side).
settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")

# The sets under tests/data carry their writers' own scripts (a probe's map_to_schema.py): data,
# not tests, and two of them share a name.
collect_ignore_glob = ["data/*"]


@pytest.fixture(scope="session")
def seed_article_path():
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def reference():
    """The shipped reference, loaded once: loading builds the indexes every check uses."""
    from claimcheck.reference import load_reference

    return load_reference(DEFAULT_REFERENCE)


@pytest.fixture(scope="session")
def seed_result(reference):
    """The check of the seed article against the shipped reference."""
    from claimcheck.pipeline import check

    return check(SEED_ARTICLE, reference)
