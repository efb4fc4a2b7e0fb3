"""Reference step, on disk: a built reference kept as flat columns and memory-mapped when loaded again.

A reference read from a file is known by the sha256 of the file's bytes. Its validated rows and
indexes (``ReferenceArrays``) are written once to a cache folder, keyed by that sha256 and by the
version of the code and rules that built them; the next load of the same bytes maps the stored
columns instead of reading, validating and indexing the file again. Every stored file's sha256 is
checked before it is used: a damaged or half-written cache is rebuilt, never trusted.

What every process builds alike whatever its reference (the world gazetteer of ``places``) is
kept the same way, as one file per version (``read_kept``, ``keep``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from claimcheck.entities import GazetteerArrays
from claimcheck.errors import SettingsError

__all__ = [
    "ReferenceArrays",
    "cache_dir",
    "cache_limit",
    "file_sha256",
    "index_version",
    "keep",
    "kept_dir",
    "known_sha256",
    "read_kept",
    "read_store",
    "write_store",
]

_BLOCK = 1 << 20
# Bumped when the layout of the stored files changes; code and rule changes bump index_version.
_FORMAT = 2
_MANIFEST = "manifest.json"
_SCRATCH = ".building-"
# A scratch folder this old belongs to a build that was killed: no store takes this long to write.
_ABANDONED_S = 3600
# The cache keeps the references used last within this many bytes (a million rows take about
# 500 MB); ``$CLAIMCHECK_CACHE_MAX_MB`` changes it.
_DEFAULT_MAX_MB = 4096
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
    too common to search by has no postings, only its count) and for each row's kin (the rows of
    its event, see ``Reference.kin``; none when it has no other).
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
    kin_offsets: np.ndarray
    kin_rows: np.ndarray
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


# A file's sha256 by what the operating system says of it: hashing a 1M-row file takes a
# fraction of a second, and every task of a Dask worker asks for the reference again.
_HASHED: dict[tuple[str, int, int, int, int, int], str] = {}
# A file changed within this many seconds of being hashed may change again within the same
# timestamp tick, unseen: its hash is not remembered (git's "racy" files).
_SETTLED_S = 2.0


def known_sha256(path: str | os.PathLike[str]) -> str:
    """``file_sha256(path)``, remembered in this process while the file's device, inode, size,
    modification and change times stay the same (the change time cannot be set back by hand,
    as the modification time can), so asking again does not read the file again."""
    status = os.stat(path)
    key = (
        str(Path(path).resolve()),
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
    )
    digest = _HASHED.get(key)
    if digest is None:
        started = time.time_ns()
        digest = file_sha256(path)
        if max(status.st_mtime_ns, status.st_ctime_ns) < started - _SETTLED_S * 1e9:
            _HASHED[key] = digest
    return digest


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
    return _user_cache() / "references"


def kept_dir() -> Path:
    """Where what ``keep`` stores goes: the user's cache folder, beside the references'.

    Not under ``$CLAIMCHECK_CACHE_DIR``, which holds references only (and is pruned as such).
    """
    return _user_cache() / "kept"


def _user_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimcheck"


def cache_limit() -> int:
    """The most bytes the cache keeps: ``$CLAIMCHECK_CACHE_MAX_MB`` megabytes, else 4096."""
    value = os.environ.get("CLAIMCHECK_CACHE_MAX_MB", "").strip()
    if not value:
        return _DEFAULT_MAX_MB << 20
    try:
        megabytes = int(value)
    except ValueError:
        megabytes = -1
    if megabytes < 0:
        raise SettingsError(
            f"CLAIMCHECK_CACHE_MAX_MB must be a whole number of megabytes, 0 or more, not "
            f"{value!r}. Set it to the size the reference cache may take (0 keeps only the "
            "reference stored last), or unset it for 4096."
        )
    return megabytes << 20


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
        # when it was used last, for pruning the cache (a read-only cache is simply not marked)
        with contextlib.suppress(OSError):
            os.utime(folder / _MANIFEST)
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
    Then the cache is pruned to ``cache_limit()``: the references used longest ago go first,
    never the one just stored.
    """
    final = _entry(file_digest)
    limit = cache_limit()
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(dir=final.parent, prefix=_SCRATCH))
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
    with contextlib.suppress(OSError):  # pruning is best effort: another process may prune too
        _prune(final, limit)
    return final


# A kept file: this line, a JSON line with its version and the sha256 of the rest, then a pickle.
_KEPT_MAGIC = b"claimcheck kept 1\n"
# The versions of one name kept at once, used last first: two checkouts of different code (or
# rules) on one machine each find their own, instead of rebuilding over each other.
_KEPT_VERSIONS = 4


def read_kept(name: str, version: str) -> Any | None:
    """What ``keep(name, version, value)`` stored, or ``None`` when nothing is kept for this
    version or what is kept is damaged (then it is removed, so the caller's rebuild replaces it).

    The bytes are checked against the sha256 written with them before they are unpickled: a
    torn or altered file is rebuilt, never read. The folder is the user's own (``kept_dir``).
    """
    path = _kept_path(name, version)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        magic, header, payload = data.split(b"\n", 2)
        fields = json.loads(header)
        if magic + b"\n" != _KEPT_MAGIC or fields["version"] != version:
            raise ValueError("not a kept file of this version")
        if hashlib.sha256(payload).hexdigest() != fields["sha256"]:
            raise ValueError("the bytes do not have the sha256 written with them")
        value = pickle.loads(payload)
    except (
        pickle.UnpicklingError,
        ValueError,
        KeyError,
        TypeError,
        EOFError,
        AttributeError,
        ImportError,
    ):
        # a torn header, another layout, or a pickle naming code that has moved: rebuilt
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    # when it was used last, for keeping the versions used last (a read-only cache is not marked)
    with contextlib.suppress(OSError):
        os.utime(path)
    return value


def keep(name: str, version: str, value: Any) -> Path | None:
    """Store ``value`` (picklable) for ``read_kept(name, version)`` in later processes; the file
    written, or ``None`` when the cache folder cannot be written (nothing is kept, no error).

    Written to a scratch file and renamed into place, so a reader sees all of it or none; then
    only the ``_KEPT_VERSIONS`` versions of ``name`` used last are kept.
    """
    path = _kept_path(name, version)
    payload = pickle.dumps(value, protocol=5)
    header = json.dumps({"version": version, "sha256": hashlib.sha256(payload).hexdigest()})
    try:
        # the user's alone: a pickle from a folder others may write to could run their code
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, scratch = tempfile.mkstemp(dir=path.parent, prefix=_SCRATCH)
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "wb") as fh:
            fh.write(_KEPT_MAGIC + header.encode() + b"\n" + payload)
        os.replace(scratch, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
        return None
    with contextlib.suppress(OSError):  # best effort: another process may prune too
        versions = sorted(
            path.parent.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        killed = [
            p
            for p in path.parent.glob(f"{_SCRATCH}*")
            if time.time() - p.stat().st_mtime > _ABANDONED_S
        ]
        for stale in (*versions[_KEPT_VERSIONS:], *killed):
            stale.unlink()
    return path


def _kept_path(name: str, version: str) -> Path:
    return kept_dir() / f"{name}-{version}.pickle"


def _prune(kept: Path, limit: int) -> None:
    """Remove stored references used longest ago until the cache holds at most ``limit`` bytes,
    and the scratch folders of builds that were killed before they finished."""
    now = time.time()
    entries = []
    for folder in kept.parent.iterdir():
        try:
            if folder.name.startswith(_SCRATCH):
                if now - folder.stat().st_mtime > _ABANDONED_S:
                    shutil.rmtree(folder, ignore_errors=True)
            elif folder != kept and (folder / _MANIFEST).is_file():
                used = (folder / _MANIFEST).stat().st_mtime
                entries.append((used, sum(f.stat().st_size for f in folder.iterdir()), folder))
        except OSError:
            continue  # another process removed it meanwhile
    total = sum(f.stat().st_size for f in kept.iterdir()) + sum(size for _, size, _ in entries)
    for _, size, folder in sorted(entries, key=lambda entry: entry[0]):
        if total <= limit:
            break
        shutil.rmtree(folder, ignore_errors=True)
        total -= size


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
