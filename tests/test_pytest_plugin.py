"""The pytest plugin over YAML claim cases, run in a temporary directory with pytester."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck import check
from claimcheck.cases import write_cases
from claimcheck.models import Label, Review
from claimcheck.seeds import DEFAULT_REFERENCE, SEED_ARTICLE
from claimcheck.settings import Settings

pytest_plugins = ["pytester"]

# pytester's in-process runs drop the modules they imported when they end, and numpy cannot be
# imported twice in one process: `check` (pandas, numpy) is imported above, before any run.

# Load the plugin by module whether or not the package's pytest11 entry point is installed.
# (Loaded by -p after the outer run imported it, it cannot be assertion-rewritten: say nothing.)
_PLUGIN = (
    *("-p", "no:claimcheck", "-p", "claimcheck.pytest_plugin", "-p", "no:cacheprovider"),
    *("-W", "ignore::pytest.PytestAssertRewriteWarning"),
)

_STRIKE = "Qassem Soleimani was killed in a drone strike in Baghdad on January 3."


def _reference(folder: Path) -> str:
    return Path(os.path.relpath(DEFAULT_REFERENCE, folder)).as_posix()


def _case_file(folder: Path, cases: str, *, published: str = "2020-02-05") -> str:
    return f"reference: {_reference(folder)}\npublished: {published}\ncases:\n{cases}"


@pytest.fixture(scope="module")
def check_text(reference):
    """Check one sentence against the shipped reference, as the plugin does."""

    def run(text: str, published: str = "2020-02-05"):
        return check(text, reference, published=published)

    return run


# --- passing and failing cases ------------------------------------------------------------


@pytest.mark.parametrize(("text", "verdict"), [(_STRIKE, "supported")])
def test_pytest_plugin_passing_case_passes(pytester, text: str, verdict: str) -> None:
    pytester.makefile(
        ".yaml",
        claims_strike=_case_file(pytester.path, f"  - text: {text}\n    verdict: {verdict}\n"),
    )
    run = pytester.runpytest(*_PLUGIN, "-v")
    run.assert_outcomes(passed=1)
    run.stdout.fnmatch_lines([f"*claims_strike.yaml::{text} PASSED*"])


@pytest.mark.parametrize("text", [_STRIKE, "Iran held parliamentary elections on February 21."])
def test_pytest_plugin_wrong_expectation_fails_with_message(pytester, check_text, text) -> None:
    result = check_text(text)
    (claim,) = result.claims
    actual = result.label_of(claim)
    wrong = Label.CONTRADICTED if actual != Label.CONTRADICTED else Label.SUPPORTED
    pytester.makefile(
        ".yaml",
        claims_wrong=_case_file(pytester.path, f"  - text: {text}\n    verdict: {wrong}\n"),
    )
    run = pytester.runpytest(*_PLUGIN)
    run.assert_outcomes(failed=1)
    output = run.stdout.str()
    run.stdout.fnmatch_lines(
        [
            f"claim:    {text}",
            f"expected: {wrong}",
            f"actual:   {actual}*",
            "comparisons:*",
            f"*expected verdict {wrong}, got {actual}",
        ]
    )
    for comparison in claim.verdict.comparisons:
        assert f"  {comparison.field}" in output
    # The case's own words, no traceback into the plugin.
    assert "Traceback" not in output
    assert "pytest_plugin.py" not in output
    assert "def runtest" not in output


@pytest.mark.parametrize(
    "reason", ["reviewed by amina as contradicted; the check computed supported"]
)
def test_pytest_plugin_xfail_case_is_expected_failure(pytester, reason: str) -> None:
    pytester.makefile(
        ".yaml",
        claims_gap=_case_file(
            pytester.path, f"  - text: {_STRIKE}\n    verdict: contradicted\n    xfail: {reason}\n"
        ),
    )
    run = pytester.runpytest(*_PLUGIN, "-rx")
    run.assert_outcomes(xfailed=1)
    run.stdout.fnmatch_lines([f"*{reason}*"])


# --- malformed files: one clear collection error ------------------------------------------


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("cases:\n  - text: [unclosed\n", "*is not valid YAML*"),
        ("cases:\n  - text: Iran voted.\n    verdict: true-ish\n", "*verdict must be one of*"),
        (
            "reference: nowhere.csv\ncases:\n  - {text: Iran voted., verdict: supported}\n",
            "*nowhere.csv*",
        ),
    ],
)
def test_pytest_plugin_malformed_yaml_is_one_collection_error(
    pytester, document: str, message: str
) -> None:
    pytester.makefile(".yaml", claims_broken=document)
    pytester.makepyfile(test_other="def test_other_still_collected():\n    assert True\n")
    run = pytester.runpytest(*_PLUGIN)
    run.assert_outcomes(errors=1)
    run.stdout.fnmatch_lines(["*ERROR collecting claims_broken.yaml*", message])
    output = run.stdout.str()
    assert output.count("ERROR collecting") == 1
    assert "Traceback" not in output
    assert "yaml/constructor.py" not in output


@pytest.mark.parametrize("csv", ["id,statement\nx,no date column\n"])
def test_pytest_plugin_bad_reference_fails_cases_clearly(pytester, csv: str) -> None:
    (pytester.path / "facts.csv").write_text(csv, encoding="utf-8")
    pytester.makefile(
        ".yaml",
        claims_facts=f"reference: facts.csv\ncases:\n  - text: {_STRIKE}\n    verdict: supported\n",
    )
    run = pytester.runpytest(*_PLUGIN)
    run.assert_outcomes(failed=1)
    run.stdout.fnmatch_lines(["*Reference data*facts.csv*", "*date*"])
    assert "Traceback" not in run.stdout.str()


# --- the plugin stays out of everything else ------------------------------------------------


@pytest.mark.parametrize("name", ["config.yaml", "claims.yaml", "my_claims_x.yaml", "claims_x.txt"])
def test_pytest_plugin_ignores_other_files(pytester, name: str) -> None:
    (pytester.path / name).write_text("not: [a case file\n", encoding="utf-8")
    pytester.makepyfile(test_plain="def test_plain():\n    assert 1 + 1 == 2\n")
    run = pytester.runpytest(*_PLUGIN)
    run.assert_outcomes(passed=1)


# --- `claimcheck cases` output, run through pytest ------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("reviewed_id_index", [0])
def test_pytest_plugin_runs_cases_written_from_a_check(
    pytester, reference, reviewed_id_index: int
) -> None:
    result = check(SEED_ARTICLE, reference, settings=Settings(check_date=None))
    checkable = [c for c in result.claims if c.verdict and c.verdict.label != Label.NOT_CHECKABLE]
    claim = checkable[reviewed_id_index] if checkable else result.claims[0]
    # A reviewer overrules one verdict: its case must be recorded as a known gap, not a failure.
    overrule = Label.MISLEADING if claim.verdict.label != Label.MISLEADING else Label.SUPPORTED
    result = result.with_reviews({claim.id: Review(overrule, "checked by hand", "amina")})
    (pytester.path / "result.json").write_text(result.to_json(), encoding="utf-8")
    out = pytester.path / "claims" / "claims_published.yaml"
    out.parent.mkdir()
    write_cases(pytester.path / "result.json", out)
    run = pytester.runpytest(*_PLUGIN, "claims")
    outcomes = run.parseoutcomes()
    assert outcomes.get("failed", 0) == 0, run.stdout.str()
    assert outcomes.get("errors", 0) == 0, run.stdout.str()
    assert outcomes.get("xfailed") == 1
    assert outcomes.get("passed", 0) + 1 == len(result.claims)
