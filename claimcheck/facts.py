"""A fact-checker's own facts: rows added one at a time to a reference CSV of their own.

What the shipped reference lacks, a fact-checker adds to a CSV file of their own (never to the
shipped one), one validated row at a time, with who added it and when (``added_by``,
``added_at``: extra columns, kept and shown like any other). :func:`load_with_facts` then reads
that file together with the reference a check uses, as one reference, so a re-check sees both.
Validation is the reference's own (:func:`claimcheck.reference.load_reference`): a row that
would make the file fail to load is refused, with every problem named, and the file is left
as it was.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from claimcheck.errors import OutputError, ReferenceDataError
from claimcheck.models import Record
from claimcheck.reference import COLUMNS, REQUIRED_COLUMNS, Problem, Reference, load_reference
from claimcheck.seeds import SEEDS_DIR

__all__ = ["PROVENANCE_COLUMNS", "add_fact", "load_with_facts"]

#: Who added a fact and when (ISO 8601, UTC), as the last columns of a facts file.
PROVENANCE_COLUMNS = ("added_by", "added_at")


def add_fact(
    path: str | os.PathLike[str],
    fact: Mapping[str, object],
    *,
    added_by: str,
    alongside: Reference | None = None,
    now: Callable[[], datetime] | None = None,
) -> Record:
    """Append one fact to a reference CSV of the user's, validated, with who added it and when.

    Parameters
    ----------
    path
        The user's CSV file; created with the schema's columns when it does not exist. Never the
        shipped reference.
    fact
        Column -> value, in the reference schema (``id``, ``statement`` and ``date`` required;
        ``location``, ``actors``... as in ``seeds/reference/README.md``). Empty values are left
        empty.
    added_by
        Who adds the fact; required, recorded in the ``added_by`` column.
    alongside
        The reference the facts are used with: the new id must not be one of its ids either.
    now
        The clock for ``added_at`` (tests pass a fixed one); the current UTC time by default.

    Returns
    -------
    Record
        The fact as the reference reads it.

    Raises
    ------
    ReferenceDataError
        When the fact (or the file it goes into) is not valid reference data: every problem is
        named, and the file is left untouched.
    OutputError
        When the path is the shipped reference, not a CSV, or cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> from datetime import datetime, UTC
    >>> path = tempfile.mkdtemp() + "/my-facts.csv"
    >>> record = add_fact(path, {"id": "beirut-port-2020", "date": "2020-08-04",
    ...     "statement": "An explosion at the port of Beirut kills 218 people."},
    ...     added_by="night desk", now=lambda: datetime(2020, 8, 5, 9, 30, tzinfo=UTC))
    >>> record.first, dict(record.extra)["added_at"]
    (datetime.date(2020, 8, 4), '2020-08-05T09:30:00+00:00')
    """
    target = _writable_facts_file(path)
    who = " ".join(str(added_by).split())
    if not who:
        raise ReferenceDataError(
            "Name who adds the fact (added_by): a fact in a reference says who added it. "
            f"Nothing was written to {target.name}."
        )
    header, rows = _read_rows(target)
    row = {
        str(column).strip(): " ".join(str(value).split()) if value is not None else ""
        for column, value in fact.items()
    }
    when = (now or _utc_now)()
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    row |= {"added_by": who, "added_at": when.isoformat(timespec="seconds")}
    # The schema's columns in schema order, then any other the fact fills, provenance last.
    wanted = [c for c in (*COLUMNS, *row) if row.get(c, "") and c not in PROVENANCE_COLUMNS]
    new_header = list(dict.fromkeys([*header, *REQUIRED_COLUMNS, *wanted, *PROVENANCE_COLUMNS]))
    _validate(target, new_header, rows, row, alongside)
    if new_header == header:
        text = _csv_line([row.get(c, "") for c in header])
        existing = target.read_text(encoding="utf-8-sig") if target.exists() else ""
        _write(target, existing + ("" if not existing or existing.endswith("\n") else "\n") + text)
    else:
        # A new column: every row gets it (empty), so the file stays one table.
        padded = [values + [""] * (len(new_header) - len(values)) for values in rows]
        lines = [new_header, *padded, [row.get(c, "") for c in new_header]]
        _write(target, "".join(_csv_line(values) for values in lines))
    return load_reference(target).record(row["id"])


def load_with_facts(base: Reference, path: str | os.PathLike[str]) -> Reference:
    """The reference ``base`` and the user's facts file read as one reference.

    Named ``"<base> + <file>"``; its hash is the content's, so a result says exactly which facts
    it was checked against. A fact whose id ``base`` already has is refused (ReferenceDataError).

    >>> import tempfile
    >>> path = tempfile.mkdtemp() + "/my-facts.csv"
    >>> _ = add_fact(path, {"id": "x-2020", "date": "2020", "statement": "X happened."},
    ...              added_by="ed")
    >>> combined = load_with_facts(load_reference(), path)
    >>> combined.name, combined.rows == load_reference().rows + 1
    ('events.csv + my-facts.csv', True)
    """
    facts = load_reference(path)
    frame = pd.concat([base.frame, facts.frame], ignore_index=True)
    return load_reference(frame, name=f"{base.name} + {facts.name}")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _writable_facts_file(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser()
    if target.suffix.lower() != ".csv":
        raise OutputError(
            f"Facts are added to a CSV file; {str(target)!r} is not one. Give a path ending in "
            ".csv, e.g. my-facts.csv (it is created if it does not exist)."
        )
    shipped = SEEDS_DIR.resolve()
    if target.resolve().is_relative_to(shipped):
        raise OutputError(
            f"{str(target)!r} is part of claimcheck's shipped reference, which is never changed. "
            "Add your facts to a CSV of your own, e.g. my-facts.csv: it is checked together "
            "with the shipped reference."
        )
    if target.exists() and not target.is_file():
        raise OutputError(
            f"{str(target)!r} is not a regular file (a folder, pipe or device). Give the path "
            "of a CSV file."
        )
    return target


def _read_rows(target: Path) -> tuple[list[str], list[list[str]]]:
    """The file's header and rows as written; a file that does not load is refused first."""
    if not target.exists():
        return [], []
    load_reference(target)  # the file must already be valid reference data
    reader = csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""))
    header = [column.strip() for column in next(reader)]
    return header, [values for values in reader if any(v.strip() for v in values)]


def _validate(
    target: Path,
    header: list[str],
    rows: list[list[str]],
    row: dict[str, str],
    alongside: Reference | None,
) -> None:
    """Refuse the fact unless the file with it, and beside ``alongside``, loads as a reference."""
    padded = [values + [""] * (len(header) - len(values)) for values in rows]
    frame = pd.DataFrame([*padded, [row.get(c, "") for c in header]], columns=header, dtype=object)
    problems = []
    try:
        load_reference(frame, name=target.name)
    except ReferenceDataError as error:
        found = error.problems  # type: ignore[attr-defined]
        # The file loaded before this row: what is wrong is in the row (or the columns).
        problems = [_said(p, target) for p in found if p.row in (len(frame), None)]
        problems = problems or [_said(p, target) for p in found]
    if alongside is not None and row.get("id", "") in alongside.ids:
        problems.append(
            f"id {row['id']!r}: {alongside.name} already has a record with this id; choose another"
        )
    if problems:
        raise _refused(target, problems)


def _said(problem: Problem, target: Path) -> str:
    if problem.code == "duplicate_id":
        return (
            f"id {problem.value!r}: {target.name} already has a record with this id; choose another"
        )
    field = problem.column or "the row"
    value = f" {problem.value!r}" if problem.value else ""
    return f"{field}{value}: {problem.message}"


def _refused(target: Path, problems: list[str]) -> ReferenceDataError:
    noun = "problem" if len(problems) == 1 else "problems"
    return ReferenceDataError(
        f"The fact was not added to {target.name} ({len(problems)} {noun}; the file is "
        "unchanged):\n" + "\n".join(f"  - {problem}" for problem in problems) + "\nFix the "
        "fields named and add it again: id, statement and date are required; dates are YYYY, "
        "YYYY-MM or YYYY-MM-DD; counts are whole numbers of 0 or more, empty when unknown."
    )


def _csv_line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


def _write(target: Path, text: str) -> None:
    """Write the whole file beside its place and move it there: never half a file."""
    fresh = target.with_name(f".{target.name}.new")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh.write_text(text, encoding="utf-8")
        os.replace(fresh, target)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise OutputError(
            f"Cannot write the facts file {str(target)!r}: {error.strerror or error}. Check that "
            "it and its folder are writable, or choose another path. It was left as it was."
        ) from None
