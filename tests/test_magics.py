"""Tests for claimcheck_widgets.magics: %load_ext, %%claimcheck and %claimcheck in IPython's shell."""

from __future__ import annotations

import pytest
from claimcheck_widgets import Workbench
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from claimcheck import check
from claimcheck.seeds import SEED_ARTICLE

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
CSV = """id,statement,date,event_type,location,actors,deaths
kabul-blast,A suicide bombing at Kabul airport kills 183 people.,2021-08-26,bombing,Kabul;Kabul airport,Islamic State,183
"""


@pytest.fixture
def shell(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the review log goes beside "the notebook"
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "claimcheck_widgets")
    yield ip
    ip.run_line_magic("unload_ext", "claimcheck_widgets")


def _run(ip: InteractiveShell, source: str):
    with capture_output() as captured:
        outcome = ip.run_cell(source, store_history=True)
    return outcome, captured


# -- registration ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["line", "cell"])
def test_magics_load_and_unload(shell, kind):
    assert "claimcheck" in shell.magics_manager.magics[kind]
    shell.run_line_magic("unload_ext", "claimcheck_widgets")
    assert "claimcheck" not in shell.magics_manager.magics[kind]
    result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    data, _ = shell.display_formatter.format(result)
    assert WIDGET_MIME not in data
    shell.run_line_magic("load_ext", "claimcheck_widgets")
    assert "claimcheck" in shell.magics_manager.magics[kind]


@pytest.mark.parametrize(
    "article", ["Qassem Soleimani was killed in a drone strike in Baghdad on January 3."]
)
def test_magics_check_result_displays_as_workbench(shell, article):
    result = check(article, published="2020-02-05")
    data, _ = shell.display_formatter.format(result)
    assert data[WIDGET_MIME]["model_id"]


# -- the magics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body", "label"),
    [
        (
            "--published 2020-02-05",
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.",
            "supported",
        ),
        (
            "--published 2020-02-05",
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 9.",
            "contradicted",
        ),
    ],
)
def test_magics_cell_body_is_checked(shell, line, body, label):
    outcome, _ = _run(shell, f"%%claimcheck {line}\n{body}\n")
    assert outcome.success, outcome.error_in_exec
    bench = outcome.result
    assert isinstance(bench, Workbench)
    assert bench.result.article.published.isoformat() == "2020-02-05"
    labels = {str(claim.verdict.label) for claim in bench.result.claims}
    assert label in labels


@pytest.mark.parametrize("name", ["article.txt", "my article.txt"])
def test_magics_line_magic_checks_a_file(shell, tmp_path, name):
    (tmp_path / name).write_bytes(SEED_ARTICLE.read_bytes())
    outcome, _ = _run(shell, f"bench = %claimcheck '{tmp_path / name}'")
    assert outcome.success, outcome.error_in_exec
    bench = shell.user_ns["bench"]
    assert bench.result.article.title == "Iranian support for Palestine"
    assert bench.article.html.count("data-claim=") == len(bench.result.claims) > 5


@pytest.mark.parametrize(
    "body", ["A suicide bombing at Kabul airport killed 183 people on August 26, 2021."]
)
def test_magics_reference_option_is_used(shell, tmp_path, body):
    (tmp_path / "mine.csv").write_text(CSV, encoding="utf-8")
    outcome, _ = _run(shell, f"%%claimcheck --reference mine.csv\n{body}\n")
    assert outcome.success, outcome.error_in_exec
    bench = outcome.result
    assert bench.result.reference.name == "mine.csv"
    assert bench.result.reference.rows == 1


@pytest.mark.parametrize("log", ["desk reviews.sqlite"])
def test_magics_review_log_option_is_used(shell, tmp_path, log):
    body = "Qassem Soleimani was killed in a drone strike in Baghdad on January 3."
    outcome, _ = _run(shell, f"%%claimcheck --published 2020-02-05 --review-log '{log}'\n{body}\n")
    assert outcome.success, outcome.error_in_exec
    assert outcome.result.review_log.path == tmp_path / log
    assert not (tmp_path / "claimcheck-reviews.sqlite").exists()


# -- bad input: one line, no traceback -------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("%%claimcheck --published 2020-13-45\nSoleimani was killed.\n", "--published"),
        ("%%claimcheck --published\nSoleimani was killed.\n", "expected one argument"),
        ("%%claimcheck --colour red\nSoleimani was killed.\n", "unrecognized arguments"),
        ("%%claimcheck --reference missing.csv\nSoleimani was killed.\n", "missing.csv"),
        ("%%claimcheck\n   \n", "empty"),
        ("%claimcheck", "needs an article file"),
        ("%claimcheck no-such-article.txt", "no-such-article.txt"),
        ("%%claimcheck article.txt\nSoleimani was killed.\n", "cell body"),
        ("%%claimcheck --review-log .\nSoleimani was killed.\n", "is a folder"),
    ],
)
def test_magics_bad_arguments_give_one_line_error(shell, source, message):
    outcome, captured = _run(shell, source)
    assert not outcome.success
    shown = captured.stdout + captured.stderr
    assert "Traceback" not in shown
    lines = [line for line in shown.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("UsageError:"), shown
    assert message.lower() in lines[0].lower()
