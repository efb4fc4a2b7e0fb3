"""After the check: reviewers' overrides of verdicts, appended to a SQLite review log.

A review is keyed by what it reviewed, not by where it was made: the article's sha256, the claim's
character offsets and the sha256 of the claim's text. Re-checking the same article therefore finds
every review again, while a changed article or a differently split claim never inherits one.
Rows are only ever inserted (triggers refuse UPDATE and DELETE); the latest review of a claim wins
in the view and the history stays. WAL, a busy timeout and one short transaction per write let two
notebooks write at once, and a write is durable once :meth:`ReviewLog.record` returns.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.errors import ReviewLogError
from claimcheck.models import Claim, Label, Review, Verdict
from claimcheck.result import CheckResult, from_jsonable, to_jsonable

DEFAULT_REVIEW_LOG = "claimcheck-reviews.sqlite"

# Marks the file as ours, so a path that points at some other SQLite database is refused
# instead of having a table added to it.
_APPLICATION_ID = 0x43434B52  # "CCKR"
_SCHEMA_VERSION = 2
# Version 2 added the record a reviewer chose ("use this record") and the verdict against it.
_MIGRATE_FROM_1 = (
    "ALTER TABLE reviews ADD COLUMN record_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE reviews ADD COLUMN verdict TEXT",
    f"PRAGMA user_version = {_SCHEMA_VERSION}",
)

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS reviews (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        article_sha256 TEXT    NOT NULL,
        claim_start    INTEGER NOT NULL,
        claim_end      INTEGER NOT NULL,
        claim_sha256   TEXT    NOT NULL,
        claim_id       TEXT    NOT NULL,
        computed_label TEXT,
        label          TEXT    NOT NULL,
        note           TEXT    NOT NULL,
        reviewer       TEXT    NOT NULL,
        reviewed_at    TEXT    NOT NULL,
        record_id      TEXT    NOT NULL DEFAULT '',
        verdict        TEXT
    )""",
    """CREATE INDEX IF NOT EXISTS reviews_by_claim
        ON reviews (article_sha256, claim_start, claim_end, claim_sha256, seq)""",
    """CREATE TRIGGER IF NOT EXISTS reviews_append_only_update BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'the claimcheck review log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS reviews_append_only_delete BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'the claimcheck review log is append-only'); END""",
    f"PRAGMA application_id = {_APPLICATION_ID}",
    f"PRAGMA user_version = {_SCHEMA_VERSION}",
)

# The files SQLite keeps beside a log in WAL mode.
_SIDE_FILES = ("-wal", "-shm", "-journal")

_COLUMNS = (
    "seq, article_sha256, claim_start, claim_end, claim_sha256, claim_id, computed_label, "
    "label, note, reviewer, reviewed_at, record_id, verdict"
)
# A version 1 log opened read-only cannot be migrated: its rows are read with no chosen record.
_COLUMNS_V1 = _COLUMNS.replace("record_id, verdict", "'' AS record_id, NULL AS verdict")


@dataclass(frozen=True, slots=True)
class LoggedReview:
    """One row of the review log: a review and the claim it was made on."""

    seq: int  # insertion order; the latest review of a claim is the one with the highest seq
    article_sha256: str
    claim_start: int
    claim_end: int
    claim_sha256: str
    claim_id: str
    computed_label: Label | None  # the label the check gave when the review was made
    review: Review


class ReviewLog:
    """An append-only SQLite log of reviewers' overrides.

    Parameters
    ----------
    path
        The SQLite file; created on first use. Defaults to ``claimcheck-reviews.sqlite`` in the
        current directory, which in a notebook is the notebook's own folder.
    timeout
        Seconds a write waits for another writer before giving up.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> log = ReviewLog(pathlib.Path(tempfile.mkdtemp()) / "reviews.sqlite")
    >>> entry = log.record(result, result.claims[0], Review(Label.CONTRADICTED, reviewer="ed"))
    >>> log.apply(result).claims[0].review.label
    <Label.CONTRADICTED: 'contradicted'>
    """

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_REVIEW_LOG, *, timeout: float = 30.0
    ) -> None:
        if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
            raise ReviewLogError(
                f"The review log's timeout must be a positive number of seconds, found {timeout!r}."
            )
        self.path = Path(path).expanduser().resolve()
        self.timeout = float(timeout)
        if self.path.is_dir():
            raise ReviewLogError(
                f"The review log path {str(self.path)!r} is a folder. "
                "Give a file name, e.g. claimcheck-reviews.sqlite."
            )
        #: False when the log (or its folder) cannot be written: reviews can be read, not recorded.
        self.writable = True
        self._columns = _COLUMNS
        if not self.path.exists():
            self._create()
        self._check_file()
        try:
            with self._connect() as connection:
                self._prepare(connection)
        except _ReadOnly:
            self.writable = False
            with self._connect() as connection:
                self._check_readable(connection)

    def __repr__(self) -> str:
        return f"ReviewLog({str(self.path)!r})"

    def record(self, result: CheckResult, claim: Claim | str, review: Review) -> LoggedReview:
        """Append a review of one claim of ``result``; it is on disk when this returns.

        Parameters
        ----------
        result
            The check the claim belongs to.
        claim
            The claim, or its id in ``result``.
        review
            The override. An empty ``reviewed_at`` is filled with the current UTC time.

        Returns
        -------
        LoggedReview
            The row as stored.

        Examples
        --------
        >>> import tempfile
        >>> from claimcheck import check
        >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
        >>> log = ReviewLog(tempfile.mkdtemp() + "/reviews.sqlite")
        >>> entry = log.record(result, "c1", Review(Label.MISLEADING, note="3 a.m. local time"))
        >>> entry.claim_id, entry.computed_label, entry.review.label
        ('c1', <Label.SUPPORTED: 'supported'>, <Label.MISLEADING: 'misleading'>)
        """
        found = self._claim_of(result, claim)
        review = self._validated(review)
        if not self.writable:
            raise ReviewLogError(
                f"The review log {str(self.path)!r} is read-only (the file or its folder cannot "
                "be written): its reviews can be read, but this one was not recorded. Make the "
                "file and its folder writable, or record to another log."
            )
        row = (
            result.article.sha256,
            found.start,
            found.end,
            _text_sha256(found.text),
            found.id,
            str(found.verdict.label) if found.verdict else None,
            str(review.label),
            review.note,
            review.reviewer,
            review.reviewed_at,
            review.record_id,
            json.dumps(to_jsonable(review.verdict), ensure_ascii=False) if review.verdict else None,
        )
        with self._connect() as connection, _transaction(connection):
            cursor = connection.execute(
                "INSERT INTO reviews (article_sha256, claim_start, claim_end, claim_sha256, "
                "claim_id, computed_label, label, note, reviewer, reviewed_at, record_id, verdict) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            seq = cursor.lastrowid
        assert seq is not None  # an INSERT into a rowid table always has one
        return _logged((seq, *row))

    def history(self, result: CheckResult, claim: Claim | str | None = None) -> list[LoggedReview]:
        """Every review of ``result``'s claims (or of one claim), oldest first.

        >>> import tempfile
        >>> from claimcheck import check
        >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
        >>> log = ReviewLog(tempfile.mkdtemp() + "/reviews.sqlite")
        >>> for label in (Label.CONTRADICTED, Label.SUPPORTED):
        ...     _ = log.record(result, "c1", Review(label, reviewer="desk"))
        >>> [entry.review.label.value for entry in log.history(result, "c1")]
        ['contradicted', 'supported']
        """
        keys = {_key(c): c for c in result.claims}
        if claim is not None:
            wanted = self._claim_of(result, claim)
            keys = {_key(wanted): wanted}
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {self._columns} FROM reviews WHERE article_sha256 = ? ORDER BY seq",
                (result.article.sha256,),
            ).fetchall()
        return [
            dataclasses.replace(entry, claim_id=keys[key].id)
            for entry in map(_logged, rows)
            if (key := (entry.claim_start, entry.claim_end, entry.claim_sha256)) in keys
        ]

    def latest(self, result: CheckResult) -> dict[str, Review]:
        """The latest review of each reviewed claim of ``result``, by claim id, in claim order.

        >>> import tempfile
        >>> from claimcheck import check
        >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
        >>> log = ReviewLog(tempfile.mkdtemp() + "/reviews.sqlite")
        >>> _ = log.record(result, "c1", Review(Label.MISLEADING, note="3 a.m. local time"))
        >>> {claim_id: review.note for claim_id, review in log.latest(result).items()}
        {'c1': '3 a.m. local time'}
        """
        latest: dict[str, Review] = {}
        for entry in self.history(result):
            latest[entry.claim_id] = entry.review
        order = {claim.id: index for index, claim in enumerate(result.claims)}
        return dict(sorted(latest.items(), key=lambda item: order[item[0]]))

    def apply(self, result: CheckResult) -> CheckResult:
        """``result`` with the latest logged review attached to each reviewed claim.

        Claims with no review in the log keep whatever review they already carry.

        >>> import tempfile
        >>> from claimcheck import check
        >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
        >>> log = ReviewLog(tempfile.mkdtemp() + "/reviews.sqlite")
        >>> _ = log.record(result, "c1", Review(Label.MISLEADING, reviewer="desk"))
        >>> reviewed = log.apply(result)
        >>> reviewed.label_of(reviewed.claims[0]), reviewed.claims[0].verdict.label
        (<Label.MISLEADING: 'misleading'>, <Label.SUPPORTED: 'supported'>)
        """
        return result.with_reviews(self.latest(result))

    # -- storage ---------------------------------------------------------------------------

    def _create(self) -> None:
        """A new, empty log, made whole beside its path and linked into place.

        The file appears only once it holds the schema, so an empty file at the path is never a
        log being created: it is a damaged one (see :meth:`_check_file`).
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ReviewLogError(
                f"Cannot create the review log {str(self.path)!r}: {error.strerror}. Check that "
                "its folder can be created and written, or choose another path."
            ) from None
        fresh = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.new")
        try:
            connection = sqlite3.connect(fresh, isolation_level=None)
            try:
                with _transaction(connection):
                    for statement in _SCHEMA:
                        connection.execute(statement)
                connection.execute("PRAGMA journal_mode = WAL")
            finally:
                connection.close()
            try:
                os.link(fresh, self.path)  # never over a log another process made first
            except FileExistsError:
                pass
            except OSError:
                if not self.path.exists():  # a file system without hard links
                    os.replace(fresh, self.path)
        except (OSError, sqlite3.Error) as error:
            raise ReviewLogError(
                f"Cannot create the review log {str(self.path)!r}: {error}. Check that its "
                "folder is writable, or choose another path."
            ) from None
        finally:
            for leftover in (fresh, *(fresh.with_name(fresh.name + s) for s in _SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()

    def _check_file(self) -> None:
        """Refuse what cannot be a log: a pipe or device, or an empty (truncated) file."""
        try:
            info = self.path.stat()
        except OSError as error:
            raise ReviewLogError(
                f"Cannot open the review log {str(self.path)!r}: {error.strerror}. Check the path."
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise ReviewLogError(
                f"The review log path {str(self.path)!r} is not a regular file (a pipe or a "
                "device). Give the path of a review log file."
            )
        if info.st_size == 0:
            raise ReviewLogError(
                f"The review log {str(self.path)!r} is empty (0 bytes): claimcheck never leaves "
                "a log empty, so it was truncated or replaced, and its reviews are not in it. "
                "Restore it from a backup (keep any -wal file beside it); to start a new log "
                "instead, delete the empty file or choose another path. It was left untouched."
            )

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A short-lived connection: nothing stays open between calls, so a kernel may die."""
        try:
            if self.writable:
                connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            else:
                # Nothing can change a log no one can write, so SQLite need not make its -shm.
                uri = f"{self.path.as_uri()}?mode=ro&immutable=1"
                connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise ReviewLogError(
                f"Cannot open the review log {str(self.path)!r}: {error}. "
                "Check that the file is readable, or choose another path."
            ) from None
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            yield connection
        except sqlite3.DatabaseError as error:
            raise self._error(error) from None
        finally:
            connection.close()

    def _error(self, error: sqlite3.DatabaseError) -> Exception:
        """The error an SQLite failure means for the user, named by its cause."""
        name = getattr(error, "sqlite_errorname", "")
        where = str(self.path)
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return ReviewLogError(
                f"The review log {where!r} cannot be used now: another program holds it "
                f"({error}). Wait and retry."
            )
        if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            return _ReadOnly(
                f"The review log {where!r} cannot be written ({error}): the file or its folder "
                "is read-only. Nothing was recorded. Make both writable, or use another log."
            )
        if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
            return ReviewLogError(
                f"The review log {where!r} cannot be used: it is damaged or not an SQLite file "
                f"({error}). It was left untouched. Restore it from a backup (keep any -wal file "
                "beside it), or choose another path for a new log."
            )
        return ReviewLogError(
            f"The review log {where!r} cannot be used: {error}. If it is not a claimcheck "
            "review log, choose another path."
        )

    def _check_readable(self, connection: sqlite3.Connection) -> None:
        """What :meth:`_prepare` checks, for a log opened read-only (nothing is written)."""
        self._check_identity(connection)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version < 1:
            raise ReviewLogError(
                f"The review log {str(self.path)!r} is read-only and was never set up (schema "
                f"{version}). Make it writable once, or choose another path."
            )
        if version < _SCHEMA_VERSION:
            self._columns = _COLUMNS_V1
        connection.execute("SELECT count(*) FROM reviews").fetchone()

    def _check_identity(self, connection: sqlite3.Connection) -> None:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id != _APPLICATION_ID and tables:
            raise ReviewLogError(
                f"{str(self.path)!r} is an SQLite database of another program (it has {tables} "
                "schema objects and no claimcheck mark). Choose another path for the review log."
            )
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > _SCHEMA_VERSION:
            raise ReviewLogError(
                f"The review log {str(self.path)!r} was written by a newer claimcheck (schema "
                f"{version}, this one reads {_SCHEMA_VERSION}). It was left untouched; upgrade "
                "claimcheck to read it."
            )

    def _prepare(self, connection: sqlite3.Connection) -> None:
        """Turn on WAL and create the table, once per file; refuse other programs' databases."""
        self._check_identity(connection)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        # WAL lets readers go on while one writer commits; FULL sync makes a returned record()
        # survive a killed process and a power cut alike.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        if application_id == _APPLICATION_ID and version == _SCHEMA_VERSION:
            return
        if application_id == _APPLICATION_ID and version == 1:
            with _transaction(connection):
                for statement in _MIGRATE_FROM_1:
                    connection.execute(statement)
            return
        with _transaction(connection):
            for statement in _SCHEMA:
                connection.execute(statement)

    @staticmethod
    def _claim_of(result: CheckResult, claim: Claim | str) -> Claim:
        """The claim of ``result`` meant by a claim or an id; a stranger is refused."""
        wanted = claim.id if isinstance(claim, Claim) else claim
        for candidate in result.claims:
            if candidate.id == wanted and (
                not isinstance(claim, Claim) or _key(candidate) == _key(claim)
            ):
                return candidate
        ids = ", ".join(c.id for c in result.claims[:12]) or "none"
        raise ReviewLogError(
            f"The claim {wanted!r} is not one of this check's claims (its ids: {ids}). "
            "Review a claim of the result you are recording against."
        )

    @staticmethod
    def _validated(review: Review) -> Review:
        """The review with its label as a Label and its time filled in, or a clear error."""
        if not isinstance(review, Review):
            raise ReviewLogError(
                f"Expected a claimcheck.models.Review, found {type(review).__name__}. "
                "Make one with Review(label, note=..., reviewer=...)."
            )
        try:
            label = Label(review.label)
        except ValueError:
            raise ReviewLogError(
                f"A review's label must be one of {', '.join(label.value for label in Label)}, "
                f"found {review.label!r}."
            ) from None
        if review.verdict is not None and (
            not isinstance(review.verdict, Verdict) or review.verdict.record_id != review.record_id
        ):
            raise ReviewLogError(
                "A review's verdict must be a claimcheck.models.Verdict against the record it "
                f"names (record_id {review.record_id!r}); make it with "
                "claimcheck.pipeline.judge_with_record."
            )
        for name in ("note", "reviewer", "reviewed_at", "record_id"):
            if not isinstance(getattr(review, name), str):
                raise ReviewLogError(
                    f"A review's {name} must be text, found {type(getattr(review, name)).__name__}."
                )
        reviewed_at = review.reviewed_at or datetime.now(UTC).isoformat(timespec="seconds")
        return dataclasses.replace(review, label=label, reviewed_at=reviewed_at)


class _ReadOnly(ReviewLogError):
    """The log cannot be written here; on opening, it is then opened for reading only."""


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One short write transaction that takes the write lock at once (no upgrade deadlock)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(claim: Claim) -> tuple[int, int, str]:
    """What identifies a claim across re-checks of the same article."""
    return (claim.start, claim.end, _text_sha256(claim.text))


def _logged(row: tuple) -> LoggedReview:
    seq, article, start, end, text_hash, claim_id, computed, label, note, reviewer, at, *chosen = (
        row
    )
    record_id, verdict = chosen
    return LoggedReview(
        seq=seq,
        article_sha256=article,
        claim_start=start,
        claim_end=end,
        claim_sha256=text_hash,
        claim_id=claim_id,
        computed_label=Label(computed) if computed else None,
        review=Review(
            label=Label(label),
            note=note,
            reviewer=reviewer,
            reviewed_at=at,
            record_id=record_id,
            verdict=from_jsonable(Verdict, json.loads(verdict)) if verdict else None,
        ),
    )
