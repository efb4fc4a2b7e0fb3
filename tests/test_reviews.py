"""Tests for claimcheck.reviews: the append-only SQLite review log."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, ReviewLogError
from claimcheck.models import Article, Claim, ClaimKind, Label, Review, Verdict
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.reviews import DEFAULT_REVIEW_LOG, ReviewLog
from claimcheck.settings import Settings

ARTICLE = (
    "Qassem Soleimani was killed in a drone strike in Baghdad on January 3. "
    "Iran retaliated with a missile attack against a US base in Iraq days later. "
    "Parliamentary elections will be held on February 21."
)
LABELS = (Label.SUPPORTED, Label.SUPPORTED, Label.NOT_CHECKABLE)


def _result(text: str = ARTICLE, labels: tuple[Label, ...] = LABELS) -> CheckResult:
    """A check result whose claims are the text's sentences, as the pipeline would give them."""
    claims, start = [], 0
    for index, label in enumerate(labels):
        end = text.index(".", start) + 1
        claims.append(
            Claim(
                id=f"c{index + 1}",
                sentence=index,
                start=start,
                end=end,
                text=text[start:end],
                kind=ClaimKind.EVENT,
                verdict=Verdict(label=label, score=80.0),
            )
        )
        start = end + 1
    return CheckResult(
        article=Article(text=text, title="Tensions"),
        reference=ReferenceInfo(name="events.csv", sha256="0" * 64, rows=3),
        settings=Settings(),
        claims=tuple(claims),
    )


# -- recording and reading back -------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim_id", "label", "note"),
    [
        ("c1", Label.CONTRADICTED, "The strike was on January 3 local time, 2 a.m."),
        ("c2", Label.MISLEADING, "“Days later” was five days: January 8."),
        ("c3", Label.UNVERIFIABLE, "<script>alert(1)</script> kept as typed"),
    ],
)
def test_reviews_latest_review_is_attached(tmp_path, claim_id, label, note):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    result = _result()
    entry = log.record(result, claim_id, Review(label, note=note, reviewer="desk"))
    reviewed = log.apply(result)
    claim = next(c for c in reviewed.claims if c.id == claim_id)
    assert claim.review == entry.review
    assert reviewed.label_of(claim) is label
    assert claim.review.note == note
    assert entry.review.reviewed_at  # filled in when the reviewer gave none
    assert [c.review for c in reviewed.claims if c.id != claim_id] == [None, None]


@pytest.mark.parametrize("labels", [(Label.SUPPORTED, Label.CONTRADICTED, Label.MISLEADING)])
def test_reviews_latest_wins_and_history_is_kept(tmp_path, labels):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    result = _result()
    for n, label in enumerate(labels):
        log.record(result, "c1", Review(label, reviewer=f"r{n}", reviewed_at=f"2020-02-0{n + 5}"))
    assert log.apply(result).claims[0].review.label is labels[-1]
    history = log.history(result, "c1")
    assert [entry.review.label for entry in history] == list(labels)
    assert [entry.seq for entry in history] == sorted(entry.seq for entry in history)
    assert {entry.computed_label for entry in history} == {Label.SUPPORTED}


@pytest.mark.parametrize("reviewed_at", ["2020-02-05T10:00:00+00:00"])
def test_reviews_latest_is_by_insertion_not_by_clock(tmp_path, reviewed_at):
    # A reviewer's clock can be wrong; the review recorded last is the one in force.
    log = ReviewLog(tmp_path / "reviews.sqlite")
    result = _result()
    log.record(result, "c1", Review(Label.CONTRADICTED, reviewed_at=reviewed_at))
    log.record(result, "c1", Review(Label.SUPPORTED, reviewed_at="2019-01-01T00:00:00+00:00"))
    assert log.latest(result)["c1"].label is Label.SUPPORTED


# -- finding a review again ------------------------------------------------------------------


@pytest.mark.parametrize("claim_id", ["c1", "c2"])
def test_reviews_found_again_when_the_article_is_rechecked(tmp_path, claim_id):
    path = tmp_path / "reviews.sqlite"
    ReviewLog(path).record(_result(), claim_id, Review(Label.CONTRADICTED, reviewer="ed"))
    # A fresh process would build a new result and a new log object from the same inputs.
    rechecked = _result(labels=(Label.UNVERIFIABLE, Label.UNVERIFIABLE, Label.NOT_CHECKABLE))
    reviewed = ReviewLog(path).apply(rechecked)
    assert {c.id: c.review.label for c in reviewed.claims if c.review} == {
        claim_id: Label.CONTRADICTED
    }


@pytest.mark.parametrize(
    "changed",
    [
        ARTICLE.replace("January 3", "January 4"),  # same claim id and offsets, other text
        "Breaking. " + ARTICLE,  # every claim moved
    ],
)
def test_reviews_not_attached_to_another_article(tmp_path, changed):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    log.record(_result(), "c1", Review(Label.CONTRADICTED))
    other = _result(text=changed)
    assert log.latest(other) == {}
    assert all(claim.review is None for claim in log.apply(other).claims)


@pytest.mark.parametrize("claim_id", ["c2"])
def test_reviews_claim_with_other_text_at_same_offsets_is_not_matched(tmp_path, claim_id):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    result = _result()
    log.record(result, claim_id, Review(Label.CONTRADICTED))
    claims = tuple(
        dataclasses.replace(c, text=c.text.upper()) if c.id == claim_id else c
        for c in result.claims
    )
    assert log.latest(dataclasses.replace(result, claims=claims)) == {}


# -- append-only -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement", ["UPDATE reviews SET label = 'supported'", "DELETE FROM reviews"]
)
def test_reviews_log_refuses_update_and_delete(tmp_path, statement):
    path = tmp_path / "reviews.sqlite"
    ReviewLog(path).record(_result(), "c1", Review(Label.CONTRADICTED))
    with sqlite3.connect(path) as connection, pytest.raises(sqlite3.DatabaseError, match="append"):
        connection.execute(statement)
    assert ReviewLog(path).latest(_result())["c1"].label is Label.CONTRADICTED


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "review", "message"),
    [
        ("c9", Review(Label.SUPPORTED), "not one of this check's claims"),
        ("c1", Review("true"), "must be one of supported"),  # type: ignore[arg-type]
        ("c1", Review(Label.SUPPORTED, note=3), "note must be text"),  # type: ignore[arg-type]
        ("c1", "supported", "Expected a claimcheck.models.Review"),
    ],
)
def test_reviews_bad_review_is_refused_clearly(tmp_path, claim, review, message):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    with pytest.raises(ReviewLogError, match=message):
        log.record(_result(), claim, review)
    assert log.history(_result()) == []


@pytest.mark.parametrize("label", ["contradicted"])
def test_reviews_label_given_as_text_is_stored_as_label(tmp_path, label):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    entry = log.record(_result(), "c1", Review(label))  # type: ignore[arg-type]
    assert entry.review.label is Label(label)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b"not a database at all" * 100), "cannot be used"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            "another program",
        ),
    ],
)
def test_reviews_bad_log_path_is_refused_clearly(tmp_path, make, message):
    path = tmp_path / "reviews.sqlite"
    make(path)
    with pytest.raises(ReviewLogError, match=message) as caught:
        ReviewLog(path)
    assert isinstance(caught.value, ClaimcheckError)


@pytest.mark.parametrize("timeout", [0, -1, "soon"])
def test_reviews_bad_timeout_is_refused(tmp_path, timeout):
    with pytest.raises(ReviewLogError, match="timeout"):
        ReviewLog(tmp_path / "reviews.sqlite", timeout=timeout)


@pytest.mark.parametrize("name", [DEFAULT_REVIEW_LOG])
def test_reviews_default_path_is_in_the_working_directory(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    assert ReviewLog().path == tmp_path / name


# -- any text survives the round trip ----------------------------------------------------------


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(), reviewer=st.text(max_size=40))
def test_reviews_any_note_round_trips(tmp_path, note, reviewer):
    log = ReviewLog(tmp_path / "reviews.sqlite")
    result = _result()
    log.record(result, "c2", Review(Label.MISLEADING, note=note, reviewer=reviewer))
    review = log.latest(result)["c2"]
    assert (review.note, review.reviewer) == (note, reviewer)


# -- several processes ---------------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_reviews import _result
    from claimcheck.models import Label, Review
    from claimcheck.reviews import ReviewLog

    log, who, count = ReviewLog(sys.argv[1], timeout=60), sys.argv[2], int(sys.argv[3])
    result = _result()
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        review = Review(Label.CONTRADICTED, note=f"{{who}} {{n}}")
        entry = log.record(result, "c" + str(n % 3 + 1), review)
        print(entry.seq, flush=True)
    """
).format(tests=str(Path(__file__).parent))


def _writer(path: Path, who: str, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), who, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


@pytest.mark.parametrize("count", [60])
def test_reviews_two_writers_lose_nothing(tmp_path, count):
    path = tmp_path / "reviews.sqlite"
    ReviewLog(path)
    writers = {who: _writer(path, who, count) for who in ("alice", "bob")}
    for process in writers.values():  # both start writing at the same moment
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in writers.values():
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    notes = sorted(entry.review.note for entry in ReviewLog(path).history(_result()))
    assert notes == sorted(f"{who} {n}" for who in writers for n in range(count))


@pytest.mark.parametrize("committed_before_kill", [25])
def test_reviews_killed_writer_keeps_every_committed_review(tmp_path, committed_before_kill):
    path = tmp_path / "reviews.sqlite"
    process = _writer(path, "killed", 100_000)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("go\n")
    process.stdin.flush()
    acknowledged = [int(process.stdout.readline()) for _ in range(committed_before_kill)]
    os.kill(process.pid, signal.SIGKILL)  # mid-stream: it is writing the next ones right now
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    stored = {entry.seq for entry in ReviewLog(path).history(_result())}
    assert set(acknowledged) <= stored
    # The log is still whole and writable after the kill.
    entry = ReviewLog(path).record(_result(), "c1", Review(Label.SUPPORTED, note="after"))
    assert ReviewLog(path).latest(_result())["c1"] == entry.review


# -- the record a reviewer chose ("use this record") -----------------------------------------

_CHOSEN = Verdict(label=Label.CONTRADICTED, score=88.5, record_id="ain-al-asad-attack-2020-01-08")


@pytest.mark.parametrize("claim_id", ["c2"])
def test_reviews_keep_the_record_chosen_and_its_verdict(tmp_path, claim_id):
    log = ReviewLog(tmp_path / "r.sqlite")
    review = Review(Label.CONTRADICTED, "", "ed", "", _CHOSEN.record_id, _CHOSEN)
    log.record(_result(), claim_id, review)
    (entry,) = ReviewLog(tmp_path / "r.sqlite").history(_result())
    assert entry.review.record_id == _CHOSEN.record_id
    assert entry.review.verdict == _CHOSEN
    applied = log.apply(_result())
    assert applied.verdict_of(applied.claims[1]) == _CHOSEN
    assert applied.verdict_of(applied.claims[0]) == applied.claims[0].verdict


@pytest.mark.parametrize("record_id", ["", "another-record"])
def test_reviews_refuse_a_verdict_against_another_record(tmp_path, record_id):
    log = ReviewLog(tmp_path / "r.sqlite")
    with pytest.raises(ReviewLogError, match=r"verdict must be a claimcheck\.models\.Verdict"):
        log.record(_result(), "c1", Review(Label.SUPPORTED, "", "ed", "", record_id, _CHOSEN))


def _version_1_log(path: Path) -> None:
    """A review log as claimcheck wrote it before reviews could name a record (schema 1)."""
    connection = sqlite3.connect(path)
    connection.executescript(
        """CREATE TABLE reviews (seq INTEGER PRIMARY KEY AUTOINCREMENT,
               article_sha256 TEXT NOT NULL, claim_start INTEGER NOT NULL,
               claim_end INTEGER NOT NULL, claim_sha256 TEXT NOT NULL, claim_id TEXT NOT NULL,
               computed_label TEXT, label TEXT NOT NULL, note TEXT NOT NULL,
               reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL);
           PRAGMA application_id = 1128483666;
           PRAGMA user_version = 1;"""
    )
    connection.close()


@pytest.mark.parametrize("writable", [True, False])
def test_reviews_version_1_log_is_read_and_migrated(tmp_path, writable):
    import hashlib

    path = tmp_path / "old.sqlite"
    _version_1_log(path)
    claim = _result().claims[0]
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO reviews (article_sha256, claim_start, claim_end, claim_sha256, claim_id, "
        "computed_label, label, note, reviewer, reviewed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            _result().article.sha256,
            claim.start,
            claim.end,
            hashlib.sha256(claim.text.encode()).hexdigest(),
            "c1",
            "supported",
            "misleading",
            "old note",
            "ed",
            "2020-02-06T00:00:00+00:00",
        ),
    )
    connection.commit()
    connection.close()
    if not writable:
        path.chmod(0o444)
        tmp_path.chmod(0o555)
    try:
        log = ReviewLog(path)
        (entry,) = log.history(_result())
        assert (entry.review.note, entry.review.record_id, entry.review.verdict) == (
            "old note",
            "",
            None,
        )
        if writable:
            log.record(_result(), "c2", Review(Label.CONTRADICTED, "", "ed", "", "r", _CHOSEN_R))
            assert [e.review.record_id for e in ReviewLog(path).history(_result())] == ["", "r"]
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


_CHOSEN_R = dataclasses.replace(_CHOSEN, record_id="r")
