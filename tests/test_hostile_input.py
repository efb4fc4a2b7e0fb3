"""Hostile input (issue 11): no traceback, no hang, no silent loss, whatever a user gives.

The catalogue is every input a campaign against the CLI tried as a hostile user would, as one
table: each must exit 2 with a one-paragraph message naming the problem, print no traceback and
write nothing. Inputs that are odd but valid (a 309-digit number, a date in December 9999) must
check normally. Then property tests over ``check()``, ClaimReview inside a real HTML page, and
the review log's faults.
"""

from __future__ import annotations

import contextlib
import hashlib
import html.parser
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
import fuzz_check

from claimcheck import check
from claimcheck.batch import read_corpus
from claimcheck.cases import load_cases
from claimcheck.claimreview import dumps_claimreview
from claimcheck.cli import main
from claimcheck.errors import ArticleError, CaseFileError, ReviewLogError
from claimcheck.models import Label, Review
from claimcheck.reviews import ReviewLog
from claimcheck.seeds import DEFAULT_REFERENCE

GOOD = "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.\n"
SECOND = "Iran held parliamentary elections on February 21.\n"
PUBLISHED = "2020-02-05"


# -- making hostile files ----------------------------------------------------------------------


def _write(name: str, content: bytes | str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)

    return make


def _fifo(name: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(folder / name)

    return make


def _read_only(name: str, content: str = "keep me\n") -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / name).write_text(content, encoding="utf-8")
        (folder / name).chmod(0o444)

    return make


def _folder(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir()


def _reference(change: Callable[[list[dict[str, str]]], None], name: str = "ref.csv"):
    """A copy of the shipped reference with ``change`` applied to its first rows."""

    def make(folder: Path) -> None:
        import csv

        with DEFAULT_REFERENCE.open(encoding="utf-8", newline="") as source:
            reader = csv.DictReader(source)
            fields, rows = list(reader.fieldnames or []), list(reader)[:3]
        change(rows)
        with (folder / name).open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)

    return make


def _set(column: str, value: str) -> Callable[[list[dict[str, str]]], None]:
    def change(rows: list[dict[str, str]]) -> None:
        rows[0][column] = value
        if column == "date":
            rows[0]["date_precision"] = ""

    return change


def _review_log(name: str, damage: str) -> Callable[[Path], None]:
    """A review log holding one review, then damaged: zero, truncated, garbage or future."""

    def make(folder: Path) -> None:
        path = folder / name
        result = check(GOOD, published=PUBLISHED)
        ReviewLog(path).record(result, "c1", Review(Label.MISLEADING, note="kept"))
        data = path.read_bytes()
        if damage == "zero":
            path.write_bytes(b"")
        elif damage == "truncated":
            path.write_bytes(data[: len(data) // 3])
        elif damage == "garbage":
            path.write_bytes(b"this is not a database " * 200)
        elif damage == "future":
            connection = sqlite3.connect(path)
            connection.execute("PRAGMA user_version = 99")
            connection.commit()
            connection.close()

    return make


def _all(*makers: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        for maker in makers:
            maker(folder)

    return make


@dataclass(frozen=True)
class Hostile:
    """One catalogue case: the files to make, the command, and a word the message must hold."""

    name: str
    argv: tuple[str, ...]
    expect: str  # a fragment of the message, lower case
    make: Callable[[Path], None] = lambda folder: None
    stdin: str | None = None  # a path to feed as standard input
    process: bool = False  # run in a fresh process (a case that would hang if it regressed)


_GOOD = _write("a.txt", GOOD)
_OK_LOG = _review_log("ok.sqlite", "none")

CATALOGUE = [
    # -- the article ---------------------------------------------------------------------------
    Hostile("dev-zero", ("check", "/dev/zero"), "not a regular file"),
    Hostile("stdin-dev-zero", ("check", "-"), "more than", stdin="/dev/zero"),
    Hostile("stdin-dev-zero-claims", ("claims", "-"), "more than", stdin="/dev/zero"),
    Hostile("fifo-article", ("check", "fifo.txt"), "pipe", _fifo("fifo.txt"), process=True),
    Hostile("fifo-article-claims", ("claims", "f.md"), "pipe", _fifo("f.md"), process=True),
    Hostile("missing-article", ("check", "missing.txt"), "does not exist"),
    Hostile("missing-article-no-suffix", ("check", "Soleimani"), "does not exist"),
    Hostile("empty-article-argument", ("check", " "), "argument is empty"),
    Hostile(
        "symlink-loop",
        ("check", "loop"),
        "symbolic links",
        lambda f: (f / "loop").symlink_to("loop"),
    ),
    Hostile("folder-article", ("check", "dir"), "directory", _folder("dir")),
    Hostile("nul-bytes", ("check", "b.txt"), "nul byte", _write("b.txt", b"Iran\x00\x01" * 50)),
    Hostile(
        "latin-1",
        ("check", "l.txt"),
        "not utf-8",
        _write("l.txt", "Café bombing.".encode("latin-1")),
    ),
    Hostile("empty", ("check", "e.txt"), "empty", _write("e.txt", "")),
    Hostile("whitespace", ("check", "w.txt"), "empty", _write("w.txt", " \n\t\n")),
    Hostile("bad-utf16", ("check", "u.txt"), "utf-16", _write("u.txt", b"\xff\xfeI\x00\x00\xd8")),
    Hostile(
        "controls", ("check", "c.txt"), "control characters", _write("c.txt", "\x01\x02\x03a" * 100)
    ),
    Hostile(
        "too-long", ("check", "long.txt"), "max_article_chars", _write("long.txt", "a " * 2_100_000)
    ),
    Hostile(
        "front-matter-open",
        ("check", "fm.md"),
        "never closed",
        _write("fm.md", "---\ntitle: x\n" + GOOD),
    ),
    Hostile(
        "front-matter-key",
        ("check", "fk.md"),
        "unknown front matter key",
        _write("fk.md", "---\nauthor: x\n---\n" + GOOD),
    ),
    Hostile(
        "front-matter-date",
        ("check", "fd.md"),
        "calendar date",
        _write("fd.md", "---\npublished: 2020-02-31\n---\n" + GOOD),
    ),
    Hostile("json-invalid", ("check", "j.json"), "not valid json", _write("j.json", '{"text": ')),
    Hostile("json-text-number", ("check", "n.json"), '"text"', _write("n.json", '{"text": 5}')),
    Hostile("json-list", ("check", "l.json"), "one json object", _write("l.json", "[1, 2]")),
    Hostile(
        "json-unknown-key",
        ("check", "k.json"),
        "unknown key",
        _write("k.json", '{"text": "Iran voted.", "x": 1}'),
    ),
    # -- options --------------------------------------------------------------------------------
    Hostile(
        "published-impossible",
        ("check", "a.txt", "--published", "2020-02-30"),
        "calendar date",
        _GOOD,
    ),
    Hostile(
        "published-garbage", ("check", "a.txt", "--published", "yesterday"), "yyyy-mm-dd", _GOOD
    ),
    Hostile(
        "published-year-10000",
        ("check", "a.txt", "--published", "10000-01-01"),
        "yyyy-mm-dd",
        _GOOD,
    ),
    Hostile(
        "check-date-month-13",
        ("check", "a.txt", "--check-date", "2020-13-01"),
        "--check-date",
        _GOOD,
    ),
    Hostile(
        "threshold-150", ("check", "a.txt", "--match-threshold", "150"), "match_threshold", _GOOD
    ),
    Hostile(
        "claimreview-bad-url",
        ("check", "a.txt", "--format", "claimreview", "--url", "javascript:alert(1)"),
        "url",
        _GOOD,
    ),
    Hostile(
        "claimreview-bad-url-no-published",
        ("check", "a.txt", "--format", "claimreview", "--url", "x"),
        "url",
        _GOOD,
    ),
    # -- the review log -------------------------------------------------------------------------
    Hostile(
        "reviews-missing", ("check", "a.txt", "--reviews", "none.sqlite"), "no review log", _GOOD
    ),
    Hostile(
        "reviews-zero-bytes",
        ("check", "a.txt", "--reviews", "z.sqlite"),
        "0 bytes",
        _all(_GOOD, _review_log("z.sqlite", "zero")),
    ),
    Hostile(
        "reviews-truncated",
        ("check", "a.txt", "--reviews", "t.sqlite"),
        "damaged",
        _all(_GOOD, _review_log("t.sqlite", "truncated")),
    ),
    Hostile(
        "reviews-garbage",
        ("check", "a.txt", "--reviews", "g.sqlite"),
        "damaged",
        _all(_GOOD, _review_log("g.sqlite", "garbage")),
    ),
    Hostile(
        "reviews-future-schema",
        ("check", "a.txt", "--reviews", "f.sqlite"),
        "newer claimcheck",
        _all(_GOOD, _review_log("f.sqlite", "future")),
    ),
    Hostile(
        "reviews-folder",
        ("check", "a.txt", "--reviews", "dir"),
        "folder",
        _all(_GOOD, _folder("dir")),
    ),
    # -- output ---------------------------------------------------------------------------------
    Hostile(
        "out-read-only",
        ("check", "a.txt", "--out", "ro.json"),
        "read-only",
        _all(_GOOD, _read_only("ro.json")),
    ),
    Hostile(
        "out-folder", ("check", "a.txt", "--out", "dir"), "folder", _all(_GOOD, _folder("dir"))
    ),
    Hostile(
        "out-missing-folder", ("check", "a.txt", "--out", "nowhere/x.json"), "cannot create", _GOOD
    ),
    Hostile(
        "out-fifo",
        ("check", "a.txt", "--out", "o.fifo"),
        "not a regular file",
        _all(_GOOD, _fifo("o.fifo")),
    ),
    Hostile(
        "out-claims-read-only",
        ("claims", "a.txt", "--out", "ro.json"),
        "read-only",
        _all(_GOOD, _read_only("ro.json")),
    ),
    # -- the reference --------------------------------------------------------------------------
    Hostile(
        "ref-count-20-digits",
        ("check", "a.txt", "--reference", "ref.csv"),
        "count_too_large",
        _all(_GOOD, _reference(_set("deaths", "99999999999999999999"))),
    ),
    Hostile(
        "ref-count-inf",
        ("check", "a.txt", "--reference", "ref.csv"),
        "not_an_integer",
        _all(_GOOD, _reference(_set("injuries", "inf"))),
    ),
    Hostile(
        "ref-date-month-13",
        ("check", "a.txt", "--reference", "ref.csv"),
        "impossible_date",
        _all(_GOOD, _reference(_set("date", "9999-13"))),
    ),
    Hostile(
        "ref-date-year-0",
        ("check", "a.txt", "--reference", "ref.csv"),
        "impossible_date",
        _all(_GOOD, _reference(_set("date", "0000-01-01"))),
    ),
    Hostile(
        "ref-csv-field-200k",
        ("check", "a.txt", "--reference", "ref.csv"),
        "longer than",
        _all(_GOOD, _reference(_set("statement", "x" * 200_000))),
    ),
    Hostile(
        "ref-csv-source-200k",
        ("reference", "validate", "ref.csv"),
        "longer than",
        _reference(_set("source", "https://e.org/" + "a" * 200_000)),
    ),
    Hostile(
        "ref-parquet-corrupt",
        ("check", "a.txt", "--reference", "r.parquet"),
        "not a readable parquet",
        _all(_GOOD, _write("r.parquet", b"PAR1" + b"\x00" * 64 + b"PAR1")),
    ),
    Hostile(
        "ref-latin-1",
        ("reference", "validate", "r.csv"),
        "utf-8",
        _write("r.csv", "id,statement,date\nx,Café,2020\n".encode("latin-1")),
    ),
    Hostile("ref-missing", ("check", "a.txt", "--reference", "none.csv"), "no such file", _GOOD),
    Hostile(
        "ref-fifo",
        ("reference", "validate", "r.csv"),
        "not a regular file",
        _fifo("r.csv"),
        process=True,
    ),
    Hostile(
        "ref-extension",
        ("reference", "validate", "r.xlsx"),
        "unknown_format",
        _write("r.xlsx", "id"),
    ),
    Hostile(
        "ref-no-columns",
        ("reference", "validate", "r.csv"),
        "missing_column",
        _write("r.csv", "a,b\n1,2\n"),
    ),
    Hostile(
        "ref-tolerance-huge",
        ("check", "a.txt", "--reference", "ref.csv"),
        "tolerance_too_large",
        _all(_GOOD, _reference(_set("date_tolerance_days", "99999999999999"))),
    ),
    # -- batch ----------------------------------------------------------------------------------
    Hostile("batch-missing", ("batch", "none", "--out", "r.jsonl"), "no corpus"),
    Hostile(
        "batch-empty-folder",
        ("batch", "dir", "--out", "r.jsonl"),
        "no article files",
        _folder("dir"),
    ),
    Hostile(
        "batch-corpus-fifo",
        ("batch", "c.jsonl", "--out", "r.jsonl"),
        "pipe",
        _fifo("c.jsonl"),
        process=True,
    ),
    Hostile(
        "batch-out-folder",
        ("batch", "corpus", "--out", "dir"),
        "folder",
        _all(_write("corpus/a.txt", GOOD), _folder("dir")),
    ),
    Hostile(
        "batch-out-read-only",
        ("batch", "corpus", "--out", "ro.jsonl"),
        "read-only",
        _all(_write("corpus/a.txt", GOOD), _read_only("ro.jsonl")),
    ),
    # -- claim cases ----------------------------------------------------------------------------
    Hostile(
        "cases-result-fifo",
        ("cases", "r.json"),
        "not a regular file",
        _fifo("r.json"),
        process=True,
    ),
    Hostile("cases-result-not-json", ("cases", "r.json"), "json", _write("r.json", "not json")),
]


def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every entry under ``folder``: its mode and, for a regular file, its content's hash."""
    shot = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        digest = ""
        if stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        shot[str(path.relative_to(folder))] = (info.st_mode, digest)
    return shot


def _run(case: Hostile, folder: Path, monkeypatch, capsys) -> tuple[int, str, str]:
    if case.process:
        stdin = open(case.stdin, "rb") if case.stdin else subprocess.DEVNULL  # noqa: SIM115
        try:
            done = subprocess.run(
                [sys.executable, "-m", "claimcheck.cli", *case.argv],
                stdin=stdin,
                capture_output=True,
                text=True,
                cwd=folder,
                timeout=120,
            )
        finally:
            if case.stdin:
                stdin.close()  # type: ignore[union-attr]
        return done.returncode, done.stdout, done.stderr
    monkeypatch.chdir(folder)
    with contextlib.ExitStack() as stack:
        if case.stdin:
            stream = stack.enter_context(open(case.stdin, "rb"))
            monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=stream))
        code = main(list(case.argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_paragraph(message: str) -> bool:
    return message.startswith("claimcheck: ") and "\n\n" not in message.strip()


@pytest.mark.parametrize("case", CATALOGUE, ids=[case.name for case in CATALOGUE])
def test_hostile_input_exits_2_with_one_paragraph_and_writes_nothing(
    case, tmp_path, monkeypatch, capsys
):
    folder = tmp_path / "work"
    folder.mkdir()
    case.make(folder)
    before = _snapshot(folder)
    code, out, err = _run(case, folder, monkeypatch, capsys)
    assert code == 2, (out, err)
    assert out == ""
    assert "Traceback" not in err
    assert _one_paragraph(err), err
    assert case.expect in err.lower(), err
    assert len(err) < 4000, err  # a message, not a dump
    assert _snapshot(folder) == before


@pytest.mark.parametrize("count", [len(CATALOGUE)])
def test_hostile_input_catalogue_is_large(count):
    assert count >= 40


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("immutable-out", lambda f: (f / "imm.json").write_text("keep\n")),
    ],
)
def test_hostile_input_out_onto_an_immutable_file(name, make, tmp_path, monkeypatch, capsys):
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    (tmp_path / "a.txt").write_text(GOOD)
    make(tmp_path)
    target = tmp_path / "imm.json"
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file immutable here (needs root on ext4 or alike)")
    try:
        before = _snapshot(tmp_path)
        monkeypatch.chdir(tmp_path)
        code = main(["check", "a.txt", "--out", "imm.json"])
        err = capsys.readouterr().err
        assert code == 2 and _one_paragraph(err) and "Traceback" not in err
        assert _snapshot(tmp_path) == before
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=False)


# -- odd but valid input: the reproductions that crashed now check ------------------------------

VALID = [
    (
        "digits-309",
        "Ten people were killed in Baghdad on January 3, and "
        + "9" * 309
        + " people were injured.",
        PUBLISHED,
    ),
    ("digits-5000", "At least " + "1" * 5000 + " people were killed in Baghdad.", PUBLISHED),
    (
        "digits-with-scale",
        "9" * 300 + " trillion dollars were lost and 9" + "9" * 20 + " billion people were killed.",
        PUBLISHED,
    ),
    (
        "offset-weeks",
        "Five people were killed in Baghdad yesterday, 130473.811 weeks earlier.",
        PUBLISHED,
    ),
    (
        "offset-days-later",
        "Soleimani was killed on January 3. Iran retaliated 99999999 days later.",
        PUBLISHED,
    ),
    ("offset-years-ago", "Iran was attacked 9999 years ago, 3000000 days before.", PUBLISHED),
    ("published-year-1", "Soleimani was killed in Baghdad on January 3.", "0001-01-01"),
    (
        "published-year-1-yesterday",
        "Soleimani was killed in Baghdad yesterday, days earlier.",
        "0001-01-02",
    ),
    (
        "published-year-9999",
        "Soleimani was killed in Baghdad on December 31. Two days later Iran retaliated.",
        "9999-12-31",
    ),
    (
        "published-year-9999-tomorrow",
        "Iran will hold elections tomorrow, the day after December 31.",
        "9999-12-31",
    ),
]


@pytest.mark.parametrize(("name", "text", "published"), VALID, ids=[v[0] for v in VALID])
def test_hostile_input_odd_but_valid_text_checks(name, text, published):
    result = check(text, published=published)
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.verdict is not None
    for count in (c for claim in result.claims for c in claim.counts):
        assert count.low < 1e16


@pytest.mark.parametrize(
    ("name", "change", "text"),
    [
        ("ref-date-9999-12", _set("date", "9999-12"), "Soleimani was killed in December 9999."),
        (
            "ref-date-9999-12-31",
            _set("date", "9999-12-31"),
            "Soleimani was killed on December 31, 9999.",
        ),
        ("ref-date-0001-01", _set("date", "0001-01"), "Soleimani was killed in January 1."),
    ],
)
def test_hostile_input_reference_at_the_ends_of_the_calendar_checks(name, change, text, tmp_path):
    _reference(change)(tmp_path)
    result = check(text, tmp_path / "ref.csv", published="9999-12-31")
    assert all(claim.verdict is not None for claim in result.claims)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_hostile_input_cli_checks_at_the_ends_of_the_calendar(
    published, tmp_path, monkeypatch, capsys
):
    (tmp_path / "a.txt").write_text(
        GOOD + "Two days later, 130473.811 weeks earlier, Iran voted.\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.txt", "--published", published, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["claims"] and captured.err == ""


@pytest.mark.parametrize("argv", [("check", "a.txt", "--format", "claimreview", "--url", "x")])
def test_hostile_input_no_note_before_an_error(argv, tmp_path, monkeypatch, capsys):
    """Without --published a note is due, but a run that fails prints its error alone."""
    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert "note:" not in err and err.count("claimcheck:") == 1


@pytest.mark.parametrize("fmt", ["table"])
def test_hostile_input_note_after_a_successful_run(fmt, tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.txt", "--format", fmt]) == 0
    assert "no publication date" in capsys.readouterr().err


# -- output files: modes kept, nothing left behind ---------------------------------------------


@pytest.mark.parametrize("mode", [0o640, 0o664])
def test_hostile_input_out_keeps_the_mode_of_the_file_it_replaces(
    mode, tmp_path, monkeypatch, capsys
):
    (tmp_path / "a.txt").write_text(GOOD)
    target = tmp_path / "out.json"
    target.write_text("old\n")
    target.chmod(mode)
    monkeypatch.chdir(tmp_path)
    assert (
        main(["check", "a.txt", "--published", PUBLISHED, "--format", "json", "--out", "out.json"])
        == 0
    )
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert json.loads(target.read_text())["claims"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.json"]


# -- batch: the rules of the single-article path -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        (b'{"text": 5}', '"text"'),
        (b'{"text": null}', '"text"'),
        (b'{"text": ["Iran voted."]}', '"text"'),
        (b'{"text": "Caf\xe9 bombing killed 5 on January 3."}', "not utf-8"),
        (b'{"text": "   "}', "empty"),
        (b'{"text": "Iran voted.", "published": 2020}', "published"),
        (b'{"text": "Iran voted.", "published": "2020-02-30"}', "calendar date"),
        (b'{"text": "Iran voted.", "colour": "red"}', "unknown key"),
        (b'{"text": "a.txt"}', None),  # a text naming a file is text, never read as a path
        (b"[1, 2]", "one json object"),
        (b"not json", "not valid json"),
    ],
)
def test_hostile_input_batch_lines_follow_the_article_rules(line, expect, tmp_path):
    (tmp_path / "a.txt").write_text("SECRET\n")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b'{"text": "Iran voted."}\n' + line + b"\n")
    first, item = read_corpus(corpus)
    assert first.text == "Iran voted."
    if expect is None:
        assert item.text == "a.txt"
    else:
        assert expect in item.error.lower(), item.error
        assert item.source == f"{corpus}:2"
        with pytest.raises(ArticleError):  # the .json file path says the same
            (tmp_path / "one.json").write_bytes(line)
            from claimcheck import read_article

            read_article(tmp_path / "one.json")


@pytest.mark.parametrize("name", ["pipe.txt"])
def test_hostile_input_fifo_inside_a_batch_folder_is_an_error_line(name, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    os.mkfifo(tmp_path / name)
    items = read_corpus(tmp_path)
    assert items[0].text == GOOD and "pipe" in items[1].error


# -- YAML claim cases ----------------------------------------------------------------------------

_BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (_BOMB + "cases: *i\n", "aliases"),
        ("cases:\n" + "  - " * 1 + "[" * 5000 + "]" * 5000 + "\n", "too deeply"),
        (
            "published: 2020-02-05\ncases:\n"
            + "".join(f"  - text: t{i}\n    verdict: nope\n" for i in range(500)),
            "and 480 more",
        ),
        ("cases: " + "x" * 100_000 + "\n", "cases must be"),
    ],
    ids=["alias-bomb", "deep-nesting", "many-problems", "long-value"],
)
def test_hostile_input_case_files_are_bounded(content, expect, tmp_path):
    path = tmp_path / "claims_bomb.yaml"
    path.write_text(content)
    with pytest.raises(CaseFileError) as caught:
        load_cases(path)
    message = str(caught.value)
    assert expect in message and len(message) < 5000, message[:500]


@pytest.mark.parametrize("name", ["claims_fifo.yaml"])
def test_hostile_input_case_file_fifo_is_refused(name, tmp_path):
    os.mkfifo(tmp_path / name)
    with pytest.raises(CaseFileError, match="not a regular file"):
        load_cases(tmp_path / name)


@pytest.mark.parametrize("name", ["claims_bomb.yaml"])
def test_hostile_input_pytest_reports_an_alias_bomb_briefly(name, tmp_path):
    (tmp_path / name).write_text(_BOMB + "cases: *i\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode != 0
    assert "aliases" in done.stdout and len(done.stdout) < 20_000


# -- properties of check() over hostile text ----------------------------------------------------

_HUGE_NUMBER = st.integers(min_value=15, max_value=400).map(lambda n: "9" * n)
_OFFSET = st.builds(
    lambda n, unit, way: f"{n} {unit} {way}",
    st.one_of(
        st.integers(0, 10**12).map(str),
        st.floats(0, 1e9, allow_nan=False).map(lambda f: f"{f:.3f}"),
    ),
    st.sampled_from(["days", "weeks", "months", "years", "decades", "centuries"]),
    st.sampled_from(["earlier", "later", "ago", "before", "after the attack"]),
)
_ODD_DATE = st.builds(
    lambda month, day, year: f"{month} {day}, {year}",
    st.sampled_from(["January", "February", "December", "Feb.", "Sept."]),
    st.integers(0, 40),
    st.integers(0, 12000),
)
# the same odd characters as the fuzz benchmark: control, bidirectional, zero-width, RTL, emoji
_WEIRD = st.sampled_from(fuzz_check.WEIRD)
_WORDS = st.sampled_from(
    [
        "Soleimani",
        "was",
        "killed",
        "in",
        "Baghdad",
        "on",
        "January 3",
        "people",
        "injured",
        "Iran",
        "yesterday",
        "last month",
        "two days later",
        "at least",
        "dozens",
        "said",
        ".",
        ",",
        "(",
        ")",
        '"',
        "-",
        "1",
        "1,000",
        "$5m",
        "42%",
        "\n\n",
    ]
)
_PIECE = st.one_of(_WORDS, _HUGE_NUMBER, _OFFSET, _ODD_DATE, _WEIRD)
_TEXT = st.lists(_PIECE, min_size=1, max_size=40).map(" ".join)
_PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from([date.min, date.max, date(2020, 2, 5), date(1, 1, 2), date(9999, 12, 30)]),
    st.dates(),
)


def _check_offsets(text: str, result) -> None:
    assert text == result.article.text or "\r" in text
    body = result.article.text
    for claim in result.claims:
        assert body[claim.start : claim.end] == claim.text
        for mention in (*claim.times, *claim.entities):
            assert body[mention.start : mention.end] == mention.text
        for count in claim.counts:
            assert body[count.start : count.end] == count.text
        assert claim.verdict is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, published=_PUBLISHED)
def test_hostile_input_check_never_crashes_and_keeps_offsets(text, published, reference):
    try:
        result = check(text, reference, published=published)
    except ArticleError:
        return  # binary-looking or empty text is refused by the article step, with a message
    _check_offsets(text, result)


@settings(max_examples=40, deadline=None)
@given(text=_TEXT, published=_PUBLISHED)
def test_hostile_input_check_is_deterministic(text, published, reference):
    try:
        first = check(text, reference, published=published)
    except ArticleError:
        return
    assert check(text, reference, published=published).to_json() == first.to_json()


# -- ClaimReview inside an HTML page ---------------------------------------------------------------


class _Scripts(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.comments: list[str] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_comment(self, data):
        self.comments.append(data)


_PAYLOADS = [
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "</SCRIPT >&amp;",
    "a < b && c > d",
    "]]></script><img src=x onerror=alert(1)>",
]


@pytest.mark.parametrize("payload", _PAYLOADS)
def test_hostile_input_claimreview_stays_inside_its_script_element(payload, reference):
    text = f"Soleimani was killed in a drone strike in Baghdad on January 3, {payload} said."
    result = check(text, reference, published=PUBLISHED)
    result = type(result)(
        article=type(result.article)(
            text=result.article.text, published=result.article.published,
            title=payload, url="https://news.example/a?x=1&y=<2>", outlet=payload,
        ),
        reference=result.reference, settings=result.settings, claims=result.claims,
    )  # fmt: skip
    jsonld = dumps_claimreview(result, url="https://check.example/a?b=1&c=2", author=payload)
    assert "<" not in jsonld and ">" not in jsonld and "&" not in jsonld
    page = (
        "<!doctype html><html><head><title>check</title>"
        f'<script type="application/ld+json">{jsonld}</script>'
        "</head><body><p>after</p></body></html>"
    )
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    assert len(parser.scripts) == 1 and parser.comments == []
    attrs, body = parser.scripts[0]
    assert attrs == {"type": "application/ld+json"}
    reviews = json.loads(body)
    assert reviews == json.loads(jsonld)
    assert reviews[0]["author"]["name"] == payload
    assert reviews[0]["claimReviewed"] in text


# -- the review log's faults ------------------------------------------------------------------------


def _logged(tmp_path: Path, count: int = 3) -> tuple[Path, object, bytes]:
    path = tmp_path / "reviews.sqlite"
    result = check(GOOD + SECOND, published=PUBLISHED)
    log = ReviewLog(path)
    for n in range(count):
        log.record(result, "c1", Review(Label.CONTRADICTED, note=f"review {n}"))
    return path, result, path.read_bytes()


@pytest.mark.parametrize("damage", ["zero", "truncated-third", "truncated-header", "garbage"])
def test_hostile_input_review_log_damage_is_named_and_left_untouched(damage, tmp_path):
    path, result, whole = _logged(tmp_path)
    damaged = {
        "zero": b"",
        "truncated-third": whole[: len(whole) // 3],
        "truncated-header": whole[:60],
        "garbage": b"\x00garbage" * 512,
    }[damage]
    path.write_bytes(damaged)
    with pytest.raises(ReviewLogError) as caught:
        log = ReviewLog(path)
        log.history(result)
        log.record(result, "c1", Review(Label.SUPPORTED))
    message = str(caught.value)
    assert ("0 bytes" if damage == "zero" else "damaged") in message
    assert "backup" in message and "another program" not in message
    assert path.read_bytes() == damaged  # nothing written over what may be restored
    path.write_bytes(whole)  # restored from a backup: every review is there
    assert [e.review.note for e in ReviewLog(path).history(result)] == [
        "review 0", "review 1", "review 2"
    ]  # fmt: skip


@pytest.mark.parametrize("version", [3, 99])
def test_hostile_input_review_log_future_schema_is_left_untouched(version, tmp_path):
    path, _result, _ = _logged(tmp_path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ReviewLogError, match="newer claimcheck"):
        ReviewLog(path)
    assert path.read_bytes() == before
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM reviews").fetchone()[0] == 3
    connection.close()


def _immutable(path: Path) -> contextlib.AbstractContextManager[None]:
    @contextlib.contextmanager
    def frozen():
        if os.geteuid() != 0:
            mode = path.stat().st_mode
            path.chmod(mode & ~0o222)
            try:
                yield
            finally:
                path.chmod(mode)
            return
        if (
            shutil.which("chattr") is None
            or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode
        ):
            pytest.skip("root cannot be kept from writing here without chattr")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=False)

    return frozen()


@pytest.mark.parametrize("what", ["folder", "file-and-folder"])
def test_hostile_input_review_log_read_only_is_read_and_refuses_to_record(what, tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    path, result, _whole = _logged(folder)
    with contextlib.ExitStack() as stack:
        if what == "file-and-folder":
            stack.enter_context(_immutable(path))
        stack.enter_context(_immutable(folder))
        log = ReviewLog(path)
        assert not log.writable
        assert [e.review.note for e in log.history(result)] == ["review 0", "review 1", "review 2"]
        assert log.apply(result).claims[0].review.note == "review 2"
        with pytest.raises(ReviewLogError, match="read-only"):
            log.record(result, "c1", Review(Label.SUPPORTED, note="lost?"))
    assert sorted(p.name for p in folder.iterdir()) == ["reviews.sqlite"]
    assert [e.review.note for e in ReviewLog(path).history(result)][-1] == "review 2"


@pytest.mark.parametrize("name", ["reviews.sqlite"])
def test_hostile_input_review_log_read_only_through_the_cli(name, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "logs"
    folder.mkdir()
    path, _result, _ = _logged(folder)
    (tmp_path / "a.txt").write_text(GOOD + SECOND)
    monkeypatch.chdir(tmp_path)
    with _immutable(folder):
        code = main(
            ["check", "a.txt", "--published", PUBLISHED, "--format", "json", "--reviews", str(path)]
        )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(captured.out)["claims"][0]["review"]["note"] == "review 2"


@pytest.mark.parametrize("writers", [4])
def test_hostile_input_review_log_created_by_many_at_once_loses_nothing(writers, tmp_path):
    """A new log appears whole, so a writer never takes another's half-made log for damage."""
    path = tmp_path / "new.sqlite"
    script = (
        "import sys\n"
        "from claimcheck import check\n"
        "from claimcheck.models import Label, Review\n"
        "from claimcheck.reviews import ReviewLog\n"
        f"result = check({GOOD!r}, published={PUBLISHED!r})\n"
        "for n in range(5):\n"
        "    ReviewLog(sys.argv[1], timeout=60).record(result, 'c1', Review(Label.SUPPORTED, note=sys.argv[2] + str(n)))\n"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), f"w{i}-"], stderr=subprocess.PIPE, text=True
        )
        for i in range(writers)
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    result = check(GOOD, published=PUBLISHED)
    notes = sorted(e.review.note for e in ReviewLog(path).history(result))
    assert notes == sorted(f"w{i}-{n}" for i in range(writers) for n in range(5))
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("new.sqlite-")) == [
        "new.sqlite"
    ]


@pytest.mark.parametrize("raw", [io.BytesIO(b"x" * 10)])
def test_hostile_input_read_limited_stops_at_the_limit(raw):
    from claimcheck.articles import read_limited
    from claimcheck.settings import Settings

    with pytest.raises(ArticleError, match="reading stopped"):
        read_limited(raw, what="standard input", settings=Settings(max_article_chars=1))
    assert raw.tell() == 9  # 4 bytes a character and a mark, then one more: no further


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Five people were killed in Baghdad yesterday, 130473.811 weeks earlier.",
            "130473.811 weeks earlier",
        ),
        (
            "Five people were killed in Baghdad yesterday, 913316.5 days earlier.",
            "913316.5 days earlier",
        ),
    ],
)
def test_hostile_input_a_date_beyond_the_calendar_is_a_reason_on_the_verdict(text, phrase):
    result = check(text, published=PUBLISHED)
    explained = [c.verdict.explanation for c in result.claims if phrase in c.text]
    assert explained and "outside the calendar" in explained[0] and phrase in explained[0]


@pytest.mark.parametrize(
    ("published", "tolerance"), [("0001-01-05", 10), ("0001-01-01", 1), ("9999-12-20", 30)]
)
def test_hostile_input_date_tolerance_at_the_ends_of_the_calendar(published, tolerance):
    from claimcheck.settings import Settings

    settings = Settings(date_tolerance_days=tolerance, match_threshold=0, suggest_threshold=0)
    result = check(GOOD, published=published, settings=settings)
    assert all(claim.verdict is not None for claim in result.claims)


@pytest.mark.parametrize("name", ["date_tolerance_days", "date_window_days"])
def test_hostile_input_day_settings_are_bounded(name):
    from claimcheck.errors import SettingsError
    from claimcheck.settings import Settings

    with pytest.raises(SettingsError, match=name):
        Settings(**{name: 10**9})
