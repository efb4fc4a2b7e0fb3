"""Reference step, on disk: a built reference kept as flat columns and memory-mapped when loaded again.

A reference read from a file is known by the sha256 of the file's bytes. Its validated rows and
indexes (``ReferenceArrays``) are written once to a cache folder, keyed by that sha256 and by the
version of the code and rules that built them; the next load of the same bytes maps the stored
columns instead of reading, validating and indexing the file again. Every stored file's sha256 is
checked before it is used: a damaged or half-written cache is rebuilt, never trusted.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from claimcheck.entities import GazetteerArrays

__all__ = [
    "ReferenceArrays",
    "cache_dir",
    "file_sha256",
    "index_version",
    "read_store",
    "write_store",
]

_BLOCK = 1 << 20
# Bumped when the layout of the stored files changes; code and rule changes bump index_version.
_FORMAT = 1
_MANIFEST = "manifest.json"
# The modules whose code decides what is stored: a change to any of them is a new cache.
_BUILDERS = (
    "reference.py",
    "entities.py",
    "index.py",
    "locations.py",
    "places.py",
    "actors.py",
    "store.py",
)
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class ReferenceArrays:
    """A reference's validated rows and indexes as flat columns: what is stored and mapped.

    ``table`` holds the rows (text columns, counts as nullable integers). Date bounds are day
    ordinals. Postings are ragged: the rows naming ``name_keys[i]`` are
    ``name_rows[name_offsets[i]:name_offsets[i + 1]]``, and likewise for statement words (a word
    too common to search by has no postings, only its count).
    """

    table: pa.Table
    sha256: str
    firsts: np.ndarray
    lasts: np.ndarray
    name_keys: pa.Array
    name_offsets: np.ndarray
    name_rows: np.ndarray
    word_keys: pa.Array
    word_counts: np.ndarray
    word_offsets: np.ndarray
    word_rows: np.ndarray
    gazetteer: GazetteerArrays


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The sha256 of a file's bytes, read in blocks (a 1M-row file is a few hundred MB).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(delete=False) as fh:
    ...     _ = fh.write(b"id,statement,date\\n")
    >>> file_sha256(fh.name)[:12]
    '0f69190c8db4'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


@functools.cache
def index_version() -> str:
    """A hash of the rules and of the code that builds a reference's indexes.

    Derived from the files' bytes, never bumped by hand: a stored index built by other rules or
    code is never read.
    """
    digest = hashlib.sha256(f"format {_FORMAT}, pyarrow {pa.__version__}".encode())
    files = [*sorted((_PACKAGE / "rules").glob("*.py")), *(_PACKAGE / m for m in _BUILDERS)]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Where built references are kept: ``$CLAIMCHECK_CACHE_DIR``, else the user's cache folder."""
    folder = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if folder:
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimcheck" / "references"


def _entry(file_digest: str) -> Path:
    return cache_dir() / f"{file_digest[:32]}-{index_version()}"


def read_store(file_digest: str) -> ReferenceArrays | None:
    """The stored arrays of the file with these bytes, memory-mapped; ``None`` when there are
    none for this code and these rules, or when what is stored is damaged (then it is removed,
    so the caller's rebuild replaces it)."""
    folder = _entry(file_digest)
    if not (folder / _MANIFEST).is_file():
        return None
    try:
        manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
        if manifest["key"] != [file_digest, index_version()]:
            raise ValueError("the manifest names other bytes or another index version")
        for name, expected in manifest["files"].items():
            if file_sha256(folder / name) != expected:
                raise ValueError(f"{name} does not have the sha256 the manifest gives")
        # keyed by field: "firsts.npy" is the field firsts, "gazetteer.names.arrow" gazetteer.names
        columns = {
            name.rsplit(".", 1)[0]: _read_column(folder / name) for name in manifest["files"]
        }
        gazetteer = GazetteerArrays(
            **{f.name: columns[f"gazetteer.{f.name}"] for f in _fields(GazetteerArrays)}
        )
        return ReferenceArrays(
            **{
                f.name: columns[f.name]
                for f in _fields(ReferenceArrays)
                if f.name not in ("sha256", "gazetteer")
            },
            sha256=manifest["sha256"],
            gazetteer=gazetteer,
        )
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        shutil.rmtree(folder, ignore_errors=True)
        return None


def write_store(file_digest: str, arrays: ReferenceArrays) -> Path | None:
    """Keep ``arrays`` for the next load of the file with these bytes; the folder written, or
    ``None`` when the cache folder cannot be written (the load goes on without a cache).

    Written in a scratch folder and renamed into place, so a reader sees all of it or none.
    """
    final = _entry(file_digest)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(dir=final.parent, prefix=".building-"))
    except OSError:
        return None
    try:
        columns = {
            f.name: getattr(arrays, f.name)
            for f in _fields(ReferenceArrays)
            if f.name not in ("sha256", "gazetteer")
        }
        columns |= {
            f"gazetteer.{f.name}": getattr(arrays.gazetteer, f.name)
            for f in _fields(GazetteerArrays)
        }
        files = {}
        for name, value in columns.items():
            path = _write_column(scratch, name, value)
            files[path.name] = file_sha256(path)
        manifest = {"key": [file_digest, index_version()], "sha256": arrays.sha256, "files": files}
        (scratch / _MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        os.rename(scratch, final)
    except OSError:
        # Another process stored the same reference first, or the disk is full: no cache.
        shutil.rmtree(scratch, ignore_errors=True)
        return final if (final / _MANIFEST).is_file() else None
    return final


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


def _write_column(folder: Path, name: str, value: Any) -> Path:
    if isinstance(value, np.ndarray):
        path = folder / f"{name}.npy"
        np.save(path, np.ascontiguousarray(value), allow_pickle=False)
        return path
    table = value if isinstance(value, pa.Table) else pa.table({"values": value})
    path = folder / f"{name}.arrow"
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return path


def _read_column(path: Path) -> Any:
    if path.suffix == ".npy":
        # a plain read-only view of the mapped file: np.memmap's own slicing runs in Python,
        # and postings are sliced a few hundred times per article
        return np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
    table = pa.ipc.open_file(pa.memory_map(str(path), "r")).read_all()
    if path.stem == "table":
        return table
    column = table.column("values")
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
