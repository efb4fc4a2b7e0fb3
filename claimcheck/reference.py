"""Reference step: load the dataset of known facts (CSV, Parquet, JSON Lines), validate, hash, index.

pandas stays here, at the edge: the rest of claimcheck sees records as ``models.Record`` and finds
them through the indexes built once at load (names -> rows, event type -> rows, rows by date,
rare statement words -> rows).
"""

from __future__ import annotations

import calendar
import csv
import functools
import hashlib
import io
import itertools
import json
import math
import os
import re
import threading
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from claimcheck.actors import parse_actors, perpetrators, states_of
from claimcheck.claims import event_kinds, find_cues
from claimcheck.counts import MAX_COUNT_DIGITS, duration_seconds, find_counts, find_shares
from claimcheck.entities import Gazetteer, build_gazetteer, match_variant, normalise_name
from claimcheck.errors import ReferenceDataError
from claimcheck.event_types import relate_event_types, relate_to_kinds
from claimcheck.events import record_phases
from claimcheck.locations import parse_countries, parse_locations, read_record_places
from claimcheck.models import CountRole, EntityKind, Precision, Quantity, Record, Wording
from claimcheck.places import RecordPlaces, place_kind
from claimcheck.rules import entities as entity_rules
from claimcheck.rules import quantities as quantity_rules
from claimcheck.rules import verdicts as verdict_rules
from claimcheck.settings import MAX_DAYS
from claimcheck.store import (
    ReferenceArrays,
    cache_limit,
    known_sha256,
    read_store,
    write_store,
)
from claimcheck.wording import (
    content_words,
    digit_runs,
    read_crafts,
    read_rate_moves,
    read_verbs,
    read_wording,
    word_stems,
)

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "Problem", "Reference", "label_phases", "load_reference"]

REQUIRED_COLUMNS = ("id", "statement", "date")
COLUMNS = (
    "id",
    "statement",
    "date",
    "date_precision",
    "event_type",
    "location",
    "country",
    "actors",
    "aliases",
    "deaths",
    "injuries",
    "source",
    "date_tolerance_days",
)
_COUNT_COLUMNS = ("deaths", "injuries", "date_tolerance_days")
_LIST_COLUMNS = ("location", "actors", "aliases")
_PRECISIONS = {"year": Precision.YEAR, "month": Precision.MONTH, "day": Precision.DAY}
_DATE_FORMS = ((re.compile(r"\d{4}"), "year"), (re.compile(r"\d{4}-\d{2}"), "month"))
_DAY_FORM = re.compile(r"\d{4}-\d{2}-\d{2}")
# A statement word found in more rows than this is too common to find a record by.
_RARE_WORD_ROWS = 2000

# "killing all 228 people on board": a toll of everyone on board (rules.quantities)
_EVERYONE_ON_BOARD = re.compile(
    rf"\b(?:{'|'.join(quantity_rules.EVERYONE_WORDS)})\b.*"
    rf"\b(?:{'|'.join(quantity_rules.ON_BOARD_WORDS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a reference dataset, with a stable reason code.

    ``row`` is numbered as in the file: the line number in CSV (the header is line 1) and JSON
    Lines, the row number counted from 1 in Parquet and DataFrames; ``None`` for the whole file.
    """

    row: int | None
    column: str
    value: str
    code: str
    message: str


# Up to this many rows, reading each cell costs less than one call of pyarrow's ``take``, whose
# own cost (70-100 microseconds in a check, measured) is most of what a few rows cost.
_FEW_ROWS = 32


def _cells_at(column: pa.ChunkedArray, rows: np.ndarray) -> list[Any]:
    """A column's values at these row positions, as Python values."""
    if len(rows) <= _FEW_ROWS:
        return [column[i].as_py() for i in np.asarray(rows).tolist()]
    return column.take(np.asarray(rows, dtype=np.int64)).to_pylist()


# The cells of the rows a claim's search meets, read when asked for: a million rows repeat few
# places, and the same rows come back for claim after claim, so each cell is read once.
_read_places = functools.lru_cache(maxsize=1 << 16)(read_record_places)


class Reference:
    """A validated, hashed and indexed reference dataset; build it with :func:`load_reference`.

    Attributes
    ----------
    name
        What the data is called (the file name, or the ``name`` given).
    sha256
        The hash of the canonical content: the same facts give the same hash whether they come
        from CSV, Parquet, JSON Lines or a DataFrame (see ``seeds/reference/README.md``).
    rows
        How many records.
    frame
        The validated DataFrame (see the property).
    gazetteer
        The names of the records' actors, places, countries and events, for ``find_entities``.
    path
        The file the records were read from (resolved), or ``None`` for a DataFrame.
    file_sha256
        The sha256 of that file's bytes (``None`` for a DataFrame): a Dask worker given the
        path checks it reads the same bytes.
    """

    __slots__ = (
        "_date_order",
        "_firsts",
        "_firsts_sorted",
        "_frame",
        "_ids",
        "_kin_offsets",
        "_kin_rows",
        "_kind_values",
        "_label_codes",
        "_label_phase_values",
        "_label_values",
        "_lasts",
        "_max_span",
        "_name_index",
        "_name_offsets",
        "_name_rows",
        "_position",
        "_records",
        "_statements",
        "_table",
        "_tolerances",
        "_types",
        "_types_by_date",
        "_word_counts",
        "_word_index",
        "_word_offsets",
        "_word_rows",
        "file_sha256",
        "gazetteer",
        "name",
        "path",
        "rows",
        "sha256",
    )

    def __init__(
        self,
        arrays: ReferenceArrays,
        *,
        name: str,
        path: str | None = None,
        file_sha256: str | None = None,
    ) -> None:
        table = arrays.table
        self._table = table
        self._frame: pd.DataFrame | None = None
        self.name = name
        self.sha256 = arrays.sha256
        self.path = path
        self.file_sha256 = file_sha256
        self.rows = table.num_rows
        self._ids = tuple(table.column("id").to_pylist())
        self._position = _positions(self._ids)
        self._records: dict[int, Record] = {}
        self._kin_offsets = arrays.kin_offsets
        self._kin_rows = arrays.kin_rows
        self._firsts = firsts = arrays.firsts
        self._lasts = lasts = arrays.lasts
        self._statements = table.column("statement")
        # Event types as codes into the few distinct labels: a million rows, a dozen strings.
        labels = table.column("event_type").combine_chunks().dictionary_encode()
        self._label_codes = labels.indices.to_numpy(zero_copy_only=False)
        self._label_values = labels.dictionary.to_pylist()
        self._kind_values = [event_kinds(label) for label in self._label_values]
        self._label_phase_values = [label_phases(label, "") for label in self._label_values]
        tolerances = table.column("date_tolerance_days").fill_null(0)
        self._tolerances = tolerances.to_numpy().astype(np.int64, copy=False)
        self._date_order = np.argsort(firsts, kind="stable")
        self._firsts_sorted = firsts[self._date_order]
        self._max_span = int((lasts - firsts).max()) if self.rows else 0
        self._types = _group_rows(self._kind_values, self._label_codes)
        self._types_by_date: dict[str, tuple[np.ndarray, np.ndarray, int]] = {}
        self.gazetteer = Gazetteer.from_arrays(arrays.gazetteer)
        # The records' names are the gazetteer's names, unless two differed only in spacing.
        same = arrays.name_keys.equals(arrays.gazetteer.names)
        self._name_index = (
            self.gazetteer.positions if same else _positions(arrays.name_keys.to_pylist())
        )
        self._name_offsets = arrays.name_offsets
        self._name_rows = arrays.name_rows
        self._word_index = _positions(arrays.word_keys.to_pylist())
        self._word_counts = arrays.word_counts
        self._word_offsets = arrays.word_offsets
        self._word_rows = arrays.word_rows

    @property
    def frame(self) -> pd.DataFrame:
        """The validated DataFrame: every column as text, counts as nullable integers,
        ``date_precision`` filled in (made from the stored columns when first asked for)."""
        if self._frame is None:
            self._frame = self._table.to_pandas()
        return self._frame

    def __len__(self) -> int:
        return self.rows

    def __iter__(self) -> Iterator[Record]:
        return self.records

    def __repr__(self) -> str:
        return f"Reference(name={self.name!r}, rows={self.rows}, sha256={self.sha256[:12]!r})"

    @property
    def records(self) -> Iterator[Record]:
        """Every record, in file order."""
        return (self.record_at(i) for i in range(self.rows))

    @property
    def ids(self) -> tuple[str, ...]:
        """Every record id, in file order."""
        return self._ids

    def record(self, record_id: str) -> Record:
        """The record with this id; ``KeyError`` naming the id when there is none."""
        try:
            return self.record_at(self._position[record_id])
        except KeyError:
            raise KeyError(f"no record with id {record_id!r} in reference {self.name!r}") from None

    def position(self, record_id: str) -> int:
        """The row position (0-based, file order) of the record with this id."""
        return self._position[record_id]

    def record_at(self, position: int) -> Record:
        """The record at a row position (0-based, file order), read once and kept: its places,
        actors, phases and figures are parsed the first time it is asked for, never again."""
        position = int(position)
        record = self._records.get(position)
        if record is None:
            first = date.fromordinal(int(self._firsts[position]))
            last = date.fromordinal(int(self._lasts[position]))
            row = self._table.slice(position, 1).to_pylist()[0]
            record = self._records[position] = _record(row, first, last)
        return record

    def kin(self, record_id: str) -> tuple[str, ...]:
        """The ids of the records of the same event as this one, itself included, in file
        order: its phases and revised tolls, the rows of another kind that share an alias or
        the site they place it at ("Champlain Towers South" for a collapse and a demolition)."""
        position = self._position.get(record_id)
        if position is None or not self.has_kin(np.array([position]))[0]:
            return (record_id,)
        return tuple(self._ids[i] for i in self.kin_at(position).tolist())

    def kin_at(self, position: int) -> np.ndarray:
        """Row positions of the records of the same event as the one at this position (see
        :meth:`kin`), itself included, sorted."""
        lo, hi = self._kin_offsets[position], self._kin_offsets[position + 1]
        return self._kin_rows[lo:hi] if hi > lo else np.array([position], dtype=np.int32)

    def has_kin(self, rows: np.ndarray) -> np.ndarray:
        """Which of the records at these row positions have kin besides themselves."""
        rows = np.asarray(rows, dtype=np.int64)
        return self._kin_offsets[rows + 1] > self._kin_offsets[rows]

    def rows_named(self, name: str) -> np.ndarray:
        """Row positions of the records that name this gazetteer name (actor, place or event)."""
        i = self._name_index.get(name)
        if i is None:
            return _NO_ROWS
        return self._name_rows[self._name_offsets[i] : self._name_offsets[i + 1]]

    def rows_of_type(self, event_type: str) -> np.ndarray:
        """Row positions of the records of one event type (among the kinds their labels name)."""
        return self._types.get(event_type, _NO_ROWS)

    def rows_of_type_between(self, event_type: str, first: int, last: int) -> np.ndarray:
        """Row positions of the records of one event type whose dates overlap ``first..last``
        (day ordinals, inclusive), sorted: ``rows_of_type`` within ``rows_between``, found by
        binary search in the type's rows ordered by date (kept once made), not by reading the
        dates of a type's hundred thousand rows in a million."""
        index = self._types_by_date.get(event_type)
        if index is None:
            rows = self.rows_of_type(event_type)
            by_date = rows[np.argsort(self._firsts[rows], kind="stable")]
            span = int((self._lasts[rows] - self._firsts[rows]).max()) if len(rows) else 0
            index = self._types_by_date[event_type] = (by_date, self._firsts[by_date], span)
        by_date, firsts, span = index
        start = np.searchsorted(firsts, first - span, side="left")
        stop = np.searchsorted(firsts, last, side="right")
        found = by_date[start:stop]
        return np.sort(found[self._lasts[found] >= first])

    def rows_between(self, first: date, last: date) -> np.ndarray:
        """Row positions of the records whose dates overlap ``first..last`` (inclusive), sorted."""
        lo, hi = first.toordinal(), last.toordinal()
        start = np.searchsorted(self._firsts_sorted, lo - self._max_span, side="left")
        stop = np.searchsorted(self._firsts_sorted, hi, side="right")
        rows = self._date_order[start:stop]
        return np.sort(rows[self._lasts[rows] >= lo])

    def rows_with_word(self, word: str) -> np.ndarray:
        """Row positions of statements with this (lower-case) word; empty when it is too common."""
        i = self._word_index.get(word)
        if i is None:
            return _NO_ROWS
        return self._word_rows[self._word_offsets[i] : self._word_offsets[i + 1]]

    def statements_at(self, rows: np.ndarray) -> list[str]:
        """The statements of the records at these row positions."""
        return _cells_at(self._statements, rows)

    def event_kinds_at(self, rows: np.ndarray) -> list[tuple[str, ...]]:
        """The event types (``claims.event_kinds`` of their labels, the main one first) of the
        records at these row positions (``("",)`` when not given)."""
        kinds = self._kind_values
        return [kinds[code] for code in self._label_codes[np.asarray(rows, dtype=np.int64)]]

    def label_phases_at(self, rows: np.ndarray) -> list[tuple[str, ...]]:
        """The phases the ``event_type`` labels of the records at these row positions name
        (``label_phases`` of the label alone; empty when a label names none)."""
        phases = self._label_phase_values
        return [phases[code] for code in self._label_codes[np.asarray(rows, dtype=np.int64)]]

    def labels_at(self, rows: np.ndarray) -> list[str]:
        """The ``event_type`` labels as the reference writes them, at these row positions."""
        labels = self._label_values
        return [labels[code] for code in self._label_codes[np.asarray(rows, dtype=np.int64)]]

    def bounds_at(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """First and last day (as ``date.toordinal()``) the date of each record at these row
        positions covers, without tolerance (``rows_between`` searches by them)."""
        rows = np.asarray(rows, dtype=np.int64)
        return self._firsts[rows], self._lasts[rows]

    def places_at(self, rows: np.ndarray) -> list[RecordPlaces]:
        """The places of the records at these row positions (``Record.places``), without
        building the records: each distinct pair of ``location`` and ``country`` is read once."""
        cells = list(
            zip(
                _cells_at(self._table.column("location"), rows),
                _cells_at(self._table.column("country"), rows),
                strict=True,
            )
        )
        read = {cell: _read_places(*cell) for cell in set(cells)}
        return [read[cell] for cell in cells]

    def spans_at(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """First and last day (as ``date.toordinal()``) each record accepts, tolerance included.

        The tolerance is the record's own ``date_tolerance_days``.
        """
        rows = np.asarray(rows, dtype=np.int64)
        tolerance = self._tolerances[rows]
        return self._firsts[rows] - tolerance, self._lasts[rows] + tolerance

    def word_rows(self, word: str) -> int:
        """How many statements contain this (lower-case) word."""
        i = self._word_index.get(word)
        return 0 if i is None else int(self._word_counts[i])

    def name_rows(self, name: str) -> int:
        """How many records name this gazetteer name."""
        return len(self.rows_named(name))


_NO_ROWS = np.zeros(0, dtype=np.int32)

# References read from files, kept for the life of the process and keyed by the file's bytes:
# `check(text)` without a reference, and every task a Dask worker runs, reuse one load. A few
# are kept, the oldest dropped first, so a notebook that tries many files does not grow forever.
_LOADED: dict[tuple[str, str, str], Reference] = {}
_KEEP_LOADED = 4
# Smaller files are read and indexed faster than their stored columns are checked and mapped.
_STORE_MIN_ROWS = 10_000
_LOADING = threading.Lock()


def load_reference(
    source: str | os.PathLike[str] | pd.DataFrame | None = None, *, name: str | None = None
) -> Reference:
    """Load, validate and index a reference dataset of known facts.

    Parameters
    ----------
    source
        A CSV, Parquet (``.parquet``) or JSON Lines (``.jsonl``) file, a DataFrame, or ``None``
        for the shipped dataset (``claimcheck.seeds.DEFAULT_REFERENCE``).
    name
        What to call the data in results; defaults to the file name (``"dataframe"`` for one).

    Returns
    -------
    Reference
        The validated records with their indexes and content hash. A file already loaded in
        this process with the same bytes and name gives the same (read-only) ``Reference``.

    Raises
    ------
    ReferenceDataError
        Listing every problem at once (``err.problems``): missing columns, duplicate or empty
        ids, malformed or impossible dates, precisions that contradict the date, counts that are
        not whole numbers of 0 or more, empty statements, unreadable or empty files.

    Examples
    --------
    >>> ref = load_reference(pd.DataFrame({"id": ["strike"], "date": ["2020-01-03"],
    ...     "statement": ["A US drone strike kills Qassem Soleimani in Baghdad."]}))
    >>> ref.record("strike").first
    datetime.date(2020, 1, 3)
    """
    if isinstance(source, pd.DataFrame):
        frame, rows = _text_frame(source), list(range(1, len(source) + 1))
        label = name or "dataframe"
    else:
        if source is None:
            from claimcheck.seeds import DEFAULT_REFERENCE

            source = DEFAULT_REFERENCE
        return _load_file(Path(source), name or Path(source).name)
    return Reference(_build(_validate(frame, rows, label)), name=label)


def _load_file(path: Path, label: str) -> Reference:
    _check_file(path)
    try:
        digest = known_sha256(path)
    except OSError as exc:
        reason = f"cannot be read ({exc.strerror or exc}); check that the file is readable"
        raise _fail(path.name, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    key = (str(path.resolve()), label, digest)
    # One load at a time: two threads asking for the same file wait for one load, not two.
    with _LOADING:
        reference = _LOADED.get(key)
        if reference is None:
            arrays = read_store(digest)
            if arrays is None:
                cache_limit()  # a bad setting of the cache is told before the build, not after
                arrays = _build(_validate(*_read(path), label))
                if arrays.table.num_rows >= _STORE_MIN_ROWS:
                    write_store(digest, arrays)
            reference = Reference(arrays, name=label, path=key[0], file_sha256=digest)
            _LOADED[key] = reference
            while len(_LOADED) > _KEEP_LOADED:
                del _LOADED[next(iter(_LOADED))]
        return reference


# --- reading ---------------------------------------------------------------------------------


def _fail(label: str, problems: list[Problem]) -> ReferenceDataError:
    header = ("row", "column", "value", "problem")
    table = [header] + [
        (
            "-" if p.row is None else str(p.row),
            p.column,
            _clip(p.value),
            f"{p.code}: {p.message}",
        )
        for p in problems
    ]
    widths = [max(len(line[k]) for line in table) for k in range(3)]
    lines = [
        "  "
        + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
        + "  "
        + line[3]
        for line in table
    ]
    noun = "problem" if len(problems) == 1 else "problems"
    message = (
        f"Reference data {label!r} has {len(problems)} {noun}:\n"
        + "\n".join(line.rstrip() for line in lines)
        + "\nFix every row listed (rows are numbered as in the file: in CSV the header is row 1) "
        "and load again. Required columns: " + ", ".join(REQUIRED_COLUMNS) + "; dates are "
        "YYYY, YYYY-MM or YYYY-MM-DD; counts are whole numbers of 0 or more, empty when unknown."
    )
    error = ReferenceDataError(message)
    error.problems = tuple(problems)  # type: ignore[attr-defined]
    return error


def _clip(value: str) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= 40 else value[:37] + "..."


def _check_file(path: Path) -> None:
    """A regular file of a known format, or the error saying what to give instead."""
    label = path.name
    if path.suffix.lower() not in _READERS:
        raise _fail(
            label,
            [
                Problem(
                    None,
                    "",
                    str(path),
                    "unknown_format",
                    "expected a .csv, .parquet or .jsonl file; rename the file or convert it",
                )
            ],
        )
    if not path.is_file():
        # A FIFO or a device would block or never end: only regular files are read.
        reason = (
            "not a regular file (a folder, pipe or device); give the path of a reference file"
            if path.exists()
            else "no such file; check the path"
        )
        raise _fail(label, [Problem(None, "", str(path), "unreadable_file", reason)])


def _read(path: Path) -> tuple[pd.DataFrame, list[int]]:
    label = path.name
    suffix = path.suffix.lower()
    try:
        frame, rows = _READERS[suffix](path)
    except ReferenceDataError:
        raise
    except UnicodeDecodeError as exc:
        reason = (
            f"not UTF-8 text (byte {exc.object[exc.start : exc.start + 1].hex()} at byte offset "
            f"{exc.start}); save it as UTF-8"
        )
        raise _fail(label, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    except OSError as exc:
        reason = f"cannot be read ({exc.strerror or exc}); check that the file is readable"
        raise _fail(label, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    except ValueError as exc:
        reason = f"cannot be read as {suffix[1:]} ({type(exc).__name__}: {exc})"
        raise _fail(label, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    if len(frame) == 0:
        raise _fail(
            label,
            [Problem(None, "", str(path), "empty_file", "no records; add one row per fact")],
        )
    return frame, rows


def _read_csv(path: Path) -> tuple[pd.DataFrame, list[int]]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return pd.DataFrame(), []
    header = [column.strip() for column in header]
    records, rows, problems = [], [], []
    line = reader.line_num
    for fields in _csv_rows(reader, path):
        row_line = line + 1
        line = reader.line_num
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            problems.append(
                Problem(
                    row_line,
                    "",
                    ",".join(fields),
                    "wrong_field_count",
                    f"{len(fields)} fields where the header has {len(header)}; quote fields "
                    "that contain commas",
                )
            )
            continue
        records.append([field.strip() for field in fields])
        rows.append(row_line)
    if problems:
        raise _fail(path.name, problems)
    return pd.DataFrame(records, columns=header, dtype=object), rows


def _csv_rows(reader: Any, path: Path) -> Iterator[list[str]]:
    """The reader's rows; a row the csv module refuses is one clear problem, not a csv.Error."""
    try:
        yield from reader
    except csv.Error as exc:
        if "field limit" in str(exc):
            reason = (
                f"a field is longer than {csv.field_size_limit():,} characters; a reference "
                "field is a sentence, a few names or URLs: shorten it, or check for an "
                "unclosed quote"
            )
        else:
            reason = f"not valid CSV ({exc}); check the quoting of this row"
        raise _fail(
            path.name, [Problem(reader.line_num, "", "", "malformed_csv", reason)]
        ) from None


def _read_jsonl(path: Path) -> tuple[pd.DataFrame, list[int]]:
    records, rows, problems = [], [], []
    with path.open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(
                    Problem(
                        number,
                        "",
                        line.strip(),
                        "malformed_json",
                        f"not JSON ({exc.msg}); write one JSON object per line (JSON Lines)",
                    )
                )
                continue
            if not isinstance(value, dict):
                problems.append(
                    Problem(
                        number,
                        "",
                        line.strip(),
                        "malformed_json",
                        "expected one JSON object per line (JSON Lines), not a list or a value",
                    )
                )
                continue
            records.append(value)
            rows.append(number)
    if problems:
        raise _fail(path.name, problems)
    return _text_frame(pd.DataFrame.from_records(records)), rows


def _read_parquet(path: Path) -> tuple[pd.DataFrame, list[int]]:
    try:
        frame = pd.read_parquet(path)
    except ImportError as exc:
        reason = f"reading Parquet needs pyarrow ({exc}); pip install pyarrow, or give a CSV"
        raise _fail(path.name, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    except Exception as exc:  # pyarrow raises its own kinds for a damaged file
        reason = (
            f"not a readable Parquet file ({type(exc).__name__}: {_clip(str(exc))}); the file is "
            "damaged or of another format: export it again, or give a CSV"
        )
        raise _fail(path.name, [Problem(None, "", str(path), "unreadable_file", reason)]) from None
    return _text_frame(frame), list(range(1, len(frame) + 1))


_READERS: dict[str, Callable[[Path], tuple[pd.DataFrame, list[int]]]] = {
    ".csv": _read_csv,
    ".parquet": _read_parquet,
    ".pq": _read_parquet,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".json": _read_jsonl,
}


def _text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, so files of every format validate and hash the same way."""
    out = pd.DataFrame(index=range(len(frame)))
    for column in frame.columns:
        out[str(column).strip()] = [_as_text(value) for value in frame[column].tolist()]
    return out


def _as_text(value: Any) -> str:
    if isinstance(value, list | tuple | np.ndarray):
        return ";".join(_as_text(v) for v in value if _as_text(v))
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return ""
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


# --- validation ------------------------------------------------------------------------------


def _validate(frame: pd.DataFrame, rows: list[int], label: str) -> pd.DataFrame:
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    problems = [
        Problem(None, column, "", "missing_column", f"required column {column!r} is absent")
        for column in missing
    ]
    duplicated = [c for c in dict.fromkeys(frame.columns) if list(frame.columns).count(c) > 1]
    problems += [
        Problem(None, column, "", "duplicate_column", "the column appears twice; keep one")
        for column in duplicated
    ]
    if problems:
        raise _fail(label, problems)
    for column in COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    precisions: list[str] = []
    for i, (record_id, statement, when, stated) in enumerate(
        zip(
            frame["id"].tolist(),
            frame["statement"].tolist(),
            frame["date"].tolist(),
            frame["date_precision"].str.lower().tolist(),
            strict=True,
        )
    ):
        row = rows[i]
        if not record_id:
            problems.append(Problem(row, "id", "", "empty_id", "every record needs an id"))
        if not statement:
            problems.append(
                Problem(row, "statement", "", "empty_statement", "say the fact in one sentence")
            )
        form, problem = _date_form(when)
        if problem:
            problems.append(Problem(row, "date", when, *problem))
        if stated and stated not in _PRECISIONS:
            problems.append(
                Problem(
                    row,
                    "date_precision",
                    stated,
                    "unknown_precision",
                    "expected year, month or day (or leave it empty)",
                )
            )
        elif stated and form and stated != form:
            problems.append(
                Problem(
                    row,
                    "date_precision",
                    stated,
                    "precision_mismatch",
                    f"the date {when!r} is a {form}; write the date to that precision",
                )
            )
        precisions.append(stated if stated in _PRECISIONS else form or "")
    problems += _duplicate_ids(frame["id"].tolist(), rows)
    for column in _COUNT_COLUMNS:
        for i, value in enumerate(frame[column].tolist()):
            if value:
                problem = _count_problem(value)
                if problem is None and column == "date_tolerance_days" and float(value) > MAX_DAYS:
                    problem = ("tolerance_too_large", f"at most {MAX_DAYS:,} days (a century)")
                if problem:
                    problems.append(Problem(rows[i], column, value, *problem))
    if problems:
        order = {c: k for k, c in enumerate(frame.columns)}
        problems.sort(key=lambda p: (p.row or 0, order.get(p.column, -1)))
        raise _fail(label, problems)
    frame["date_precision"] = precisions
    for column in _COUNT_COLUMNS:
        frame[column] = pd.array(
            [int(float(v)) if v else None for v in frame[column].tolist()], dtype="Int64"
        )
    return frame.reset_index(drop=True)


def _duplicate_ids(ids: list[str], rows: list[int]) -> list[Problem]:
    first_row: dict[str, int] = {}
    problems = []
    for i, record_id in enumerate(ids):
        if not record_id:
            continue
        if record_id in first_row:
            problems.append(
                Problem(
                    rows[i],
                    "id",
                    record_id,
                    "duplicate_id",
                    f"the id is already used on row {first_row[record_id]}; ids must be unique",
                )
            )
        else:
            first_row[record_id] = rows[i]
    return problems


def _date_form(value: str) -> tuple[str | None, tuple[str, str] | None]:
    """The precision a date is written at, or the reason code and message of what is wrong."""
    if not value:
        return None, ("empty_date", "every record needs a date: YYYY, YYYY-MM or YYYY-MM-DD")
    for pattern, form in _DATE_FORMS:
        if pattern.fullmatch(value):
            month = int(value[5:7]) if form == "month" else 1
            if not 1 <= month <= 12 or int(value[:4]) == 0:
                return None, ("impossible_date", "no such month; check the year and month")
            return form, None
    if _DAY_FORM.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return None, ("impossible_date", "no such day in the calendar; check day and month")
        return "day", None
    return None, ("malformed_date", "expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-01-03)")


def _count_problem(value: str) -> tuple[str, str] | None:
    try:
        number = float(value)
    except ValueError:
        return "not_an_integer", "expected a whole number (e.g. 7), or empty when unknown"
    if not math.isfinite(number):
        return "not_an_integer", "expected a whole number (e.g. 7), or empty when unknown"
    if number < 0:
        return "negative_count", "a count cannot be below 0"
    if not number.is_integer():
        return "fractional_count", "a count must be a whole number"
    if number >= 10**MAX_COUNT_DIGITS:
        return "count_too_large", f"a count must have at most {MAX_COUNT_DIGITS} digits"
    return None


# --- records, hash and indexes ---------------------------------------------------------------


def _split(value: str, separator: str = ";") -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(separator) if part.strip())


def _bounds(dates: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """First and last day (as ordinals) each date covers at its precision."""
    cache: dict[str, tuple[int, int]] = {}
    firsts = np.empty(len(dates), dtype=np.int64)
    lasts = np.empty(len(dates), dtype=np.int64)
    for i, value in enumerate(dates):
        if value not in cache:
            cache[value] = _interval(value)
        firsts[i], lasts[i] = cache[value]
    return firsts, lasts


def _spans(
    frame: pd.DataFrame, firsts: np.ndarray, lasts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The days each record covers where a table's columns give its first and last day
    (``rules.verdicts.SPAN_COLUMNS``) within its date's month or year ("2001-05": from
    2001-05-27 to 2001-05-28). A date of a day keeps its day: a claim of the day an event
    began is of that day, not of the days it lasted."""
    columns = {c.lower(): c for c in frame.columns}
    pair = next(
        (
            (columns[a], columns[b])
            for a, b in verdict_rules.SPAN_COLUMNS
            if a in columns and b in columns
        ),
        None,
    )
    if pair is None:
        return firsts, lasts
    firsts, lasts = firsts.copy(), lasts.copy()
    starts, ends = frame[pair[0]].tolist(), frame[pair[1]].tolist()
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        days = _day_of(start), _day_of(end)
        if (
            None in days
            or days[0] > days[1]
            or firsts[i] == lasts[i]
            or not firsts[i] <= days[0] <= days[1] <= lasts[i]
        ):
            continue  # no span, a date of a day, or a span outside the record's date
        firsts[i], lasts[i] = days
    return firsts, lasts


def _day_of(value: object) -> int | None:
    """A day's ordinal from an ISO day ("2001-05-27", a timestamp's first ten characters)."""
    text = str(value).strip()[:10]
    if not _DAY_FORM.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None


def _interval(value: str) -> tuple[int, int]:
    year = int(value[:4])
    if len(value) == 4:
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    month = int(value[5:7])
    if len(value) == 7:
        last = calendar.monthrange(year, month)[1]  # December of 9999 has no next month
        return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
    day = date.fromisoformat(value).toordinal()
    return day, day


def _record(row: dict[str, Any], first: date, last: date) -> Record:
    """A record from its row as plain values (text, and ``None`` for an unknown count)."""
    value = row["date"]
    extra = tuple((str(column), str(row[column])) for column in row if column not in COLUMNS)
    tolerance = row["date_tolerance_days"]
    actors = parse_actors(row["actors"])
    kinds = event_kinds(row["event_type"])
    statement = row["statement"]
    names = tuple(a.name for a in actors)
    aliases, locations = _split(row["aliases"]), _split(row["location"])
    columns = {name.lower(): text for name, text in extra}
    cells = (statement, row["event_type"], row["actors"], row["aliases"], row["location"],
             row["country"], *columns.values())  # fmt: skip
    return Record(
        id=row["id"],
        statement=statement,
        date=value,
        date_precision=_PRECISIONS[row["date_precision"]],
        first=first,
        last=last,
        event_type=row["event_type"],
        locations=locations,
        country=row["country"],
        actors=names,
        aliases=aliases,
        deaths=row["deaths"],
        injuries=row["injuries"],
        sources=_split(row["source"]),
        date_tolerance_days=tolerance or 0,
        extra=extra,
        places=read_record_places(row["location"], row["country"]),
        phases=label_phases(row["event_type"], statement),
        event_kinds=kinds,
        quantities=_quantities(row, extra),
        perpetrators=perpetrators(
            actors, dict(extra), attack=bool(relate_event_types(kinds[0], "attack"))
        ),
        parties=states_of(names),
        other_dates=_other_dates(extra),
        verbs=read_verbs(statement, find_cues(statement)),
        stems=word_stems(statement),
        # the actors cell as written too: a role may name who stood for an actor ("World Health
        # Organization (Tedros Adhanom Ghebreyesus, Director-General)")
        wordings=tuple(
            read_wording(text)
            for text in (statement, *names, *aliases, *locations, row["country"], row["actors"])
        ),
        outcome_wordings=_outcome_wordings(columns),
        tallies=_tallies(columns),
        crafts=read_crafts(*cells),
        rate_moves=read_rate_moves(statement, row["event_type"]),
        cell_stems=word_stems(*cells),
    )


def _other_dates(extra: tuple[tuple[str, str], ...]) -> tuple[date, ...]:
    """The other days reliable sources give for the event (``rules.verdicts.OTHER_DATES_COLUMN``);
    what is no ISO day is left out."""
    dates = []
    for text in dict(extra).get(verdict_rules.OTHER_DATES_COLUMN, "").split(";"):
        try:
            dates.append(date.fromisoformat(text.strip()))
        except ValueError:
            continue
    return tuple(dates)


def _outcome_wordings(columns: dict[str, str]) -> tuple[tuple[str, Wording], ...]:
    """Who won or lost by the record's outcome columns (``rules.verdicts.OUTCOME_COLUMNS``),
    read for whole names; ``columns`` holds the extra columns by lower-case name."""
    outcomes = verdict_rules.OUTCOME_COLUMNS
    return tuple(
        (name, read_wording(columns[name]))
        for name in (*outcomes["winner"], *outcomes["loser"])
        if name in columns
    )


def _tallies(columns: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The numbers of the record's tally columns ("52-48"), compared digit for digit."""
    return tuple(
        (name, digit_runs(columns[name]))
        for name in verdict_rules.OUTCOME_COLUMNS["tally"]
        if name in columns
    )


def _kin_index(
    aliases: list[str], locations: list[str], labels: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Each record's kin: the rows that share an alias or a site with it and are of another
    kind (their ``event_type`` labels differ). The phases of one event differ in kind (a
    collapse, a demolition, a final toll); two rows of one kind that share a name are two
    events of a recurring kind (two inaugurations of a "President Bush", two World Cup finals).

    Ragged, as the postings are: the kin of row ``i``, itself included and in file order, are
    ``rows[offsets[i]:offsets[i + 1]]``, empty when it has none but itself. Built at load and
    stored: on a million rows this takes seconds, too long for a worker's first check.
    """
    rows_with: dict[str, list[int]] = {}
    for i, (alias_cell, location_cell) in enumerate(zip(aliases, locations, strict=True)):
        # a site is the specific end of a path that names a wider place too ("Abbey Gate,
        # ..., Kabul") and is no town or region the gazetteer knows: a city is shared by many
        # events, not one ("Orlando, Florida")
        paths = parse_locations(location_cell or "")
        sites = [p[0] for p in paths if len(p) > 1 and place_kind(p[0]) is None]
        for key in {k.casefold() for k in (*_split(alias_cell or ""), *sites)}:
            rows_with.setdefault(key, []).append(i)
    folded = [label.casefold().strip() for label in labels]
    linked: dict[int, set[int]] = {}
    for rows in rows_with.values():
        if 1 < len(rows) <= _KIN_LIMIT:
            for i in rows:
                linked.setdefault(i, set()).update(j for j in rows if folded[j] != folded[i])
    kin = {i: sorted({i, *others}) for i, others in linked.items() if others}
    sizes = np.zeros(len(labels) + 1, dtype=np.int64)
    for i, group in kin.items():
        sizes[i + 1] = len(group)
    flat = [j for i in sorted(kin) for j in kin[i]]
    return np.cumsum(sizes), np.array(flat, dtype=np.int32)


# An alias more rows share than this is a word of the table ("inflation"), not an event's name.
_KIN_LIMIT = 20


def _quantities(row: dict[str, Any], extra: tuple[tuple[str, str], ...]) -> tuple[Quantity, ...]:
    """A record's figures: every numeric column whose name gives a role (rules.quantities),
    its ``<column>_low`` widening the range, then the counts its statement states."""
    values = {"deaths": row["deaths"], "injuries": row["injuries"], **dict(extra)}
    # the sides of a conflict table ("side_a": the government), by their keys
    sides = {
        column.lower().removeprefix(quantity_rules.SIDE_PREFIX): str(value)
        for column, value in values.items()
        if column.lower().startswith(quantity_rules.SIDE_PREFIX) and str(value).strip()
    }
    found = []
    for column, value in values.items():
        # a length of time written h:mm:ss ("2:01:09", a race time) is a figure in seconds
        duration = duration_seconds(value) if isinstance(value, str) else None
        high = _number(value) if duration is None else duration
        if (
            high is None
            or column in quantity_rules.NOT_QUANTITIES
            or column.endswith(quantity_rules.LOW_SUFFIX)
        ):
            continue
        # a column whose name gives no role is a figure of its own ("depth_km")
        role = _column_role(column) or CountRole.OTHER
        low = _number(values.get(column + quantity_rules.LOW_SUFFIX))
        words = [w for w in re.split(r"[\W_]+", column.lower()) if w]
        unit = "percent" if set(words) & set(quantity_rules.PERCENT_WORDS) else ""
        unit = "age" if quantity_rules.AGE_WORD in words else unit
        points = set(words) & set(quantity_rules.POINT_WORDS)
        unit = "percentage points" if points else unit
        unit = "s" if duration is not None else unit
        low = min(low, high) if low is not None else high
        # a scale word qualifies another ("damage_usd_mn"); alone it is a name ("Mn", minutes)
        scale = math.prod(quantity_rules.SCALE_WORDS.get(w, 1.0) for w in words if len(words) > 1)
        scale *= math.prod(quantity_rules.POINT_WORDS[w] for w in points)
        low, high = low * scale, high * scale
        names = tuple(dict.fromkeys(n for n in map(quantity_rules.counted_word, words) if n))
        if role is not None and words[-1] in sides:
            names = (*names, *_side_names(sides[words[-1]]))
        found.append(Quantity(CountRole(role), low, high, column, unit, names=names))
    counts = find_counts(row["statement"])
    for stated in [*counts, *find_shares(row["statement"], counts)]:
        high = stated.high if stated.high is not None else stated.low
        roles = [stated.role]
        if stated.role is CountRole.DEATHS and _EVERYONE_ON_BOARD.search(stated.text):
            roles.append(CountRole.PEOPLE)
        found.extend(
            Quantity(
                role,
                stated.low,
                high,
                stated.text,
                stated.unit,
                False,
                stated.approximate,
                names=stated.counted,
            )
            for role in roles
        )
    return tuple(found)


def _column_role(column: str) -> str | None:
    if column in quantity_rules.NOT_QUANTITIES:
        return None
    words = set(re.split(r"[\W_]+", column.lower()))
    return next(
        (role for role, names in quantity_rules.COLUMN_ROLE_WORDS if words & set(names)), None
    )


def _side_names(side: str) -> tuple[str, ...]:
    """The words a toll of a conflict's side is said by: "soldiers" for a state's forces,
    "rebels" for the side fighting them."""
    state = any(w in side.lower() for w in quantity_rules.STATE_SIDE_WORDS)
    return quantity_rules.STATE_SIDE_NAMES if state else quantity_rules.OTHER_SIDE_NAMES


def _number(value: Any) -> float | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).replace(",", "").strip().rstrip("%")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _content_hash(frame: pd.DataFrame) -> str:
    """sha256 of a canonical CSV: known columns in schema order, then extra columns by name.

    Columns empty in every row are left out, so a file that lacks an optional column and one
    that has it empty hash alike, whatever the format.
    """
    extras = sorted(c for c in frame.columns if c not in COLUMNS)
    columns = [
        c for c in (*COLUMNS, *extras) if frame[c].astype("string").fillna("").str.len().any()
    ]
    canonical = frame[columns].astype("string").fillna("")
    text = canonical.to_csv(index=False, lineterminator="\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _positions(keys: Sequence[str]) -> dict[str, int]:
    """Each key's position (built with zip: a third faster than a comprehension on 1M keys)."""
    return dict(zip(keys, range(len(keys)), strict=True))


def label_phases(label: str, statement: str) -> tuple[str, ...]:
    """The phases of a record of this ``event_type`` label and statement
    (``events.record_phases``), a phase of one family read only for a label of its family."""
    kinds = event_kinds(label)
    return record_phases(
        label, statement, fits=lambda family: relate_to_kinds(family, kinds) is not False
    )


def _group_rows(values: list[tuple[str, ...]], codes: np.ndarray) -> dict[str, np.ndarray]:
    """Row positions by value, the rows whose ``values[codes[row]]`` holds it, in row order;
    the empty value is left out. Several codes may share a value."""
    groups: dict[str, list[int]] = {}
    for code, held in enumerate(values):
        for value in held:
            if value:
                groups.setdefault(value, []).append(code)
    return {
        value: np.flatnonzero(np.isin(codes, group)).astype(np.int32)
        for value, group in groups.items()
    }


def _build(frame: pd.DataFrame) -> ReferenceArrays:
    """The validated rows as Arrow columns, with every index built from them."""
    firsts, lasts = _spans(frame, *_bounds(frame["date"].tolist()))
    gazetteer, names = _names_and_gazetteer(frame)
    counts, postings = _word_index(frame["statement"].tolist())
    words = list(counts)
    kin_offsets, kin_rows = _kin_index(
        frame["aliases"].tolist(), frame["location"].tolist(), frame["event_type"].tolist()
    )
    return ReferenceArrays(
        table=pa.Table.from_pandas(frame, preserve_index=False),
        sha256=_content_hash(frame),
        firsts=firsts,
        lasts=lasts,
        name_keys=pa.array(list(names), type=pa.large_string()),
        name_offsets=np.cumsum([0, *map(len, names.values())], dtype=np.int64),
        name_rows=np.concatenate([_NO_ROWS, *names.values()]),
        word_keys=pa.array(words, type=pa.large_string()),
        word_counts=np.array([counts[word] for word in words], dtype=np.int64),
        word_offsets=np.cumsum(
            [0, *(len(postings.get(word, ())) for word in words)], dtype=np.int64
        ),
        word_rows=np.concatenate(
            [
                _NO_ROWS,
                *(
                    np.frombuffer(postings[word], dtype=np.int32)
                    for word in words
                    if word in postings
                ),
            ]
        ),
        kin_offsets=kin_offsets,
        kin_rows=kin_rows,
        gazetteer=gazetteer.arrays,
    )


def _actor_kind(name: str) -> EntityKind:
    words = normalise_name(name).split()
    if " ".join(words) in entity_rules.STATE_NAMES or name in entity_rules.STATE_ALIASES:
        return EntityKind.STATE
    if name.replace(".", "").isupper() or any(w in entity_rules.ORGANISATION_CUES for w in words):
        return EntityKind.ORGANISATION
    return EntityKind.PERSON


def _place_kind(name: str) -> EntityKind:
    normal = normalise_name(name)
    if normal in entity_rules.STATE_NAMES or place_kind(name) == "country":
        return EntityKind.STATE
    return EntityKind.PLACE


def _event_kind(name: str) -> EntityKind:
    return EntityKind.EVENT


def _names_and_gazetteer(frame: pd.DataFrame) -> tuple[Gazetteer, dict[str, np.ndarray]]:
    """Gazetteer entries from actors, places, countries and aliases, and which rows name each.

    An alias is attached to the actor or place of its row that it is a variant of ("Qasem
    Soleimani" of "Qassem Soleimani"); otherwise it names the event itself (kind EVENT).
    """
    kinds: dict[str, EntityKind] = {}
    aliases: dict[str, list[str]] = {}
    rows: dict[str, array[int]] = {}
    variants: dict[tuple[str, tuple[str, ...]], str | None] = {}
    # One name however a row spells it: "HAITI" in a location, "Haiti" in a country cell and
    # "Haïti" in the aliases are one entry (the first spelling), not three that tie when linked.
    spellings: dict[str, str] = {}

    def add(name: str, kind_of: Callable[[str], EntityKind], i: int) -> str:
        name = spellings.setdefault(normalise_name(name) or name, name)
        if name not in kinds:
            kinds[name] = kind_of(name)
            aliases[name] = []
        postings = rows.setdefault(name, array("i"))
        if not postings or postings[-1] != i:
            postings.append(i)
        return name

    columns = zip(
        frame["actors"].tolist(),
        frame["location"].tolist(),
        frame["country"].tolist(),
        frame["aliases"].tolist(),
        strict=True,
    )
    for i, (actors, locations, country, row_aliases) in enumerate(columns):
        names: list[str] = []
        # an actor by its name, roles set aside ("Sohel Rana (building owner)")
        for actor in parse_actors(actors):
            name = add(actor.name, _actor_kind, i)
            names.append(name)
            if actor.alias and actor.alias not in aliases[name]:
                aliases[name].append(actor.alias)
        # a place as written ("Surfside, Florida") and each of its names, so "in Florida"
        # finds the record too; the country cell may hold several ("Turkey; Syria")
        # (a site written from the country in, "ITALY: NORCIA", is no name anyone writes)
        sites = [site for site in _split(locations) if ":" not in site]
        parts = [n for path in parse_locations(locations) for n in path]
        for place in dict.fromkeys((*sites, *parts, *parse_countries(country))):
            names.append(add(place, _place_kind, i))
        key_names = tuple(names)
        for alias in _split(row_aliases):
            key = (alias, key_names)
            if key not in variants:
                variants[key] = match_variant(alias, key_names)
            owner = variants[key]
            if owner is None:
                add(alias, _event_kind, i)
            elif alias not in aliases[owner]:
                aliases[owner].append(alias)
    # An alias one row gives a place or an actor of another row ("Taitung" of "T'AIT-TUNG") is
    # that place or actor in every row that gives it, not an event of its own that ties with it.
    owners = {
        normalise_name(alias): name
        for name, kind in kinds.items()
        if kind is not EntityKind.EVENT
        for alias in aliases[name]
    }
    for name in [name for name, kind in kinds.items() if kind is EntityKind.EVENT]:
        owner = owners.get(normalise_name(name))
        if owner is not None:
            rows[owner] = array("i", sorted({*rows[owner], *rows.pop(name)}))
            del kinds[name], aliases[name]
    _name_the_named(kinds, rows)
    gazetteer = build_gazetteer((name, aliases[name], kinds[name]) for name in kinds)
    return gazetteer, {name: np.frombuffer(r, dtype=np.int32) for name, r in rows.items()}


def _name_the_named(kinds: dict[str, EntityKind], rows: dict[str, array[int]]) -> None:
    """Add to each event's name the rows of the event names that hold it whole and say what
    befell it in lower-case words or who told of it in an acronym ("QM2 maiden voyage" and "DSB
    final report MH17" hold "QM2" and "MH17", "euro changeover" holds "euro"): those rows speak
    of the named thing too, so a claim naming it finds them all and its words and its phase
    tell them apart. "Queen Mary 2" is another ship than "Queen Mary"."""
    events = {
        normalise_name(name): name for name, kind in kinds.items() if kind is EntityKind.EVENT
    }
    # the spans of a name are looked up by its normalised words, normalised once; a name whose
    # words normalise to more or fewer ("al-Asad") has no spans that line up, and is left be
    held_by: dict[str, list[array[int]]] = {}
    for key, name in events.items():
        words, keys = name.split(), key.split()
        if len(words) != len(keys):
            continue
        for i, j in itertools.combinations(range(len(words) + 1), 2):
            rest = words[:i] + words[j:]
            held = events.get(" ".join(keys[i:j]))
            if rest and held not in (None, name) and all(_common_or_acronym(w) for w in rest):
                held_by.setdefault(held, []).append(rows[name])
    # merged once per name held, from the postings as read (not as grown by this pass)
    for held, postings in held_by.items():
        rows[held] = array("i", sorted(set(rows[held]).union(*postings)))


def _common_or_acronym(word: str) -> bool:
    return word.isalpha() and (word.islower() or (word.isupper() and len(word) > 1))


def _word_index(statements: list[str]) -> tuple[dict[str, int], dict[str, array[int]]]:
    """How many statements hold each word, and which ones for the words rare enough to search."""
    counts: dict[str, int] = {}
    postings: dict[str, array[int]] = {}
    for i, statement in enumerate(statements):
        for word in set(content_words(statement)):
            seen = counts.get(word, 0) + 1
            counts[word] = seen
            if seen <= _RARE_WORD_ROWS:
                postings.setdefault(word, array("i")).append(i)
            elif seen == _RARE_WORD_ROWS + 1:
                del postings[word]
    return counts, postings
