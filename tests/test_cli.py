"""The `claimcheck` command: output on good input, exit 2 and one clear paragraph on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimcheck.cli import main
from claimcheck.seeds import SEED_ARTICLE


def run(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
    )


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_cli_claims_lists_the_seed_claims(fmt, capsys):
    assert main(["claims", str(SEED_ARTICLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        claims = json.loads(out)["claims"]
        assert any(t["value"] == "2020-01-03" for c in claims for t in c["times"])
    else:
        assert "2020-01-03" in out and "not checkable" in out


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "claimreview"])
def test_cli_check_writes_every_format(fmt, capsys):
    assert main(["check", str(SEED_ARTICLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    marker = {
        "table": "SUPPORTED",
        "json": '"schema"',
        "markdown": "supported",
        "html": "<html",
        "claimreview": "ClaimReview",
    }[fmt]
    assert marker.lower() in out.lower()


@pytest.mark.parametrize("fmt", ["table"])
def test_cli_check_table_fits_80_columns(fmt, capsys):
    assert main(["check", str(SEED_ARTICLE), "--format", fmt]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 80


@pytest.mark.parametrize(
    "article", ["Soleimani was killed in a drone strike in Baghdad on January 3."]
)
def test_cli_check_reads_standard_input(article):
    done = run(
        "check", "-", "--published", "2020-02-05", "--format", "json", stdin=article.encode()
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["claims"][0]["verdict"]["label"] == "supported"


@pytest.mark.parametrize(
    ("setup", "args", "says"),
    [
        # articles
        (lambda d: (d / "a.txt").write_text(""), ["check", "a.txt"], "empty"),
        (
            lambda d: (d / "a.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50),
            ["check", "a.txt"],
            "binary",
        ),
        (
            lambda d: (d / "a.txt").write_bytes("Café in Tehran".encode("latin-1")),
            ["check", "a.txt"],
            "UTF-8",
        ),
        (lambda d: None, ["check", "missing.txt"], "missing.txt"),
        (
            lambda d: (d / "a.txt").write_text("Soleimani was killed."),
            ["check", "a.txt", "--published", "2020-02-30"],
            "--published",
        ),
        (
            lambda d: (d / "a.txt").write_text("Soleimani was killed."),
            ["claims", "a.txt", "--published", "yesterday"],
            "--published",
        ),
        # references
        (
            lambda d: (
                (d / "a.txt").write_text("Soleimani was killed.")
                and (d / "r.csv").write_text("id,statement\nx,y\n")
            ),
            ["check", "a.txt", "--reference", "r.csv"],
            "date",
        ),
        (
            lambda d: (d / "r.csv").write_text(
                "id,statement,date\nx,Strike.,2020-01-03\nx,Attack.,2020-02-30\n"
            ),
            ["reference", "validate", "r.csv"],
            "2020-02-30",
        ),
        # results
        (lambda d: (d / "r.json").write_text("{not json"), ["cases", "r.json"], "JSON"),
    ],
    ids=[
        "empty",
        "binary",
        "latin-1",
        "missing",
        "impossible-published",
        "word-published",
        "reference-without-date",
        "reference-duplicate-and-impossible-date",
        "broken-result",
    ],
)
def test_cli_bad_input_exits_2_with_one_paragraph(setup, args, says, tmp_path):
    setup(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    done = (
        run(*args, "--format", "json", cwd=tmp_path)
        if args[0] == "check"
        else run(*args, cwd=tmp_path)
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert says in done.stderr
    assert done.stderr.startswith("claimcheck: ") and done.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


@pytest.mark.parametrize("problems", [("duplicate", "2020-02-30")])
def test_cli_reference_validate_names_every_problem_at_once(problems, tmp_path):
    (tmp_path / "r.csv").write_text(
        "id,statement,date\nx,Strike.,2020-01-03\nx,Attack.,2020-02-30\n"
    )
    done = run("reference", "validate", "r.csv", cwd=tmp_path)
    assert done.returncode == 2
    for problem in problems:
        assert problem in done.stderr


@pytest.mark.parametrize("fmt", ["json"])
def test_cli_out_writes_the_file_only_when_the_check_succeeds(fmt, tmp_path):
    done = run("check", str(SEED_ARTICLE), "--format", fmt, "--out", "result.json", cwd=tmp_path)
    assert done.returncode == 0 and json.loads((tmp_path / "result.json").read_text())["claims"]
    failed = run("check", "missing.txt", "--out", "other.json", cwd=tmp_path)
    assert failed.returncode == 2 and not (tmp_path / "other.json").exists()


@pytest.mark.parametrize("label", ["misleading"])
def test_cli_check_carries_the_reviews_of_a_review_log(label, tmp_path, capsys):
    from claimcheck.models import Label, Review
    from claimcheck.pipeline import check
    from claimcheck.reviews import ReviewLog

    log = tmp_path / "reviews.sqlite"
    result = check(SEED_ARTICLE)
    claim = next(c for c in result.claims if c.checkworthy)
    ReviewLog(log).record(
        result, claim, Review(Label(label), note="a reviewer's note", reviewer="desk")
    )
    assert main(["check", str(SEED_ARTICLE), "--format", "json", "--reviews", str(log)]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    reviewed = next(c for c in claims if c["id"] == claim.id)
    assert reviewed["review"]["label"] == label and reviewed["verdict"]["label"] != label
    assert main(["check", str(SEED_ARTICLE), "--reviews", str(tmp_path / "typo.sqlite")]) == 2
    assert not (tmp_path / "typo.sqlite").exists()


@pytest.mark.parametrize("command", ["check", "claims"])
def test_cli_article_without_publication_date_checks_with_a_note(command, tmp_path):
    (tmp_path / "a.txt").write_text("Soleimani was killed in a drone strike in Baghdad last month.")
    done = run(command, "a.txt", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["claims"]
    assert "no publication date" in done.stderr and "--published" in done.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["check", "a.txt", "--publshed", "2020-02-05"], "did you mean --published?"),
        (["check", "a.txt", "--fromat=json"], "did you mean --format?"),
        (["claims", "a.txt", "--refrence", "x.csv"], "did you mean --reference?"),
    ],
)
def test_cli_mistyped_flag_gets_a_hint(args, hint, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    assert hint in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "claims"])
def test_cli_format_has_help(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "table: one line per claim" in capsys.readouterr().out
