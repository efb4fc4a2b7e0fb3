"""Writing output files whole or not at all: the CLI's ``--out`` and batch results share it.

Output is written to a hidden file beside the target and renamed over it once complete, so a
failed or killed run never leaves half a file. The target's own permissions are respected: a
read-only file is refused (even for root, who could write it), a folder is refused before any
byte is written, and a replaced file keeps its mode. Whatever fails, the hidden file is removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from claimcheck.errors import OutputError


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, what: str = "--out") -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the ``with`` block succeeds.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_writer(target) as out:
    ...     _ = out.write("done")
    >>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('done', ['out.txt'])
    """
    target = Path(path)
    mode = _writable_mode(target, what=what)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        # O_EXCL: never follow or reuse someone else's file; 0o666 lets the umask decide.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise OutputError(
            f"{what}: cannot create a file in {str(target.parent)!r} ({error.strerror}). "
            "Check that the folder exists and is writable, or write elsewhere."
        ) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(partial, mode)
        os.replace(partial, target)
    except OSError as error:
        raise OutputError(
            f"{what}: cannot write {str(target)!r} ({error.strerror}); nothing was written. "
            "Check the file and its folder's permissions (an immutable file cannot be replaced), "
            "or write elsewhere."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _writable_mode(target: Path, *, what: str) -> int | None:
    """The permission bits the written file should keep (``None``: a new file), or an error."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise OutputError(
            f"{what}: cannot inspect {str(target)!r} ({error.strerror}). Check the path."
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(
            f"{what}: {str(target)!r} is a folder, not a file; nothing was written. "
            "Give a file name, e.g. results.json inside it."
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(
            f"{what}: {str(target)!r} is not a regular file (a pipe or a device); nothing was "
            "written. Give the path of a file, or leave out --out to write to standard output."
        )
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o222:
        raise OutputError(
            f"{what}: {str(target)!r} is read-only (mode {mode:o}); nothing was written. Make it "
            "writable if it should be replaced (chmod u+w), or write to another file."
        )
    if not os.access(target, os.W_OK):
        raise OutputError(
            f"{what}: {str(target)!r} cannot be written (mode {mode:o}: another user's, or an "
            "immutable file); nothing was written. Write to another file."
        )
    return mode


def read_regular_text(path: str | os.PathLike[str], *, limit: int) -> str:
    """The UTF-8 text of a regular file of at most ``limit`` bytes.

    Raises ``OSError`` for a missing file, a pipe or device (whose reading could block or never
    end) or a longer file, and ``UnicodeDecodeError`` for other text; callers turn both into
    their own error with a message about what the file should be.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(0, "not a regular file (a folder, pipe or device)", str(path))
        os.set_blocking(stream.fileno(), True)
        raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise OSError(0, f"larger than {limit:,} bytes", str(path))
    return raw.decode("utf-8-sig")
