"""The first step of a check: read an article (file, bytes or text) into an :class:`Article`.

What counts as a path
---------------------
``source`` may be a path (``str`` or ``os.PathLike``), the raw bytes of an article, or the article
text itself. A ``str`` is read as a path only when it is a single line of at most
:data:`_MAX_PATH_CHARS` characters and it either names something that exists on disk or ends in
``.txt``, ``.md`` or ``.json`` (so a mistyped file name is reported as missing rather than checked
as a one-line article). Any other ``str`` is the article text.

Formats
-------
``.txt`` and ``.md`` files (and text or bytes given directly) may open with front matter between two
``---`` lines holding ``key: value`` lines for ``title``, ``published``, ``source``, ``url``,
``outlet`` and ``dateline``; the article text is everything after the closing ``---``, unchanged.
A ``.json`` file holds one object with a ``text`` key and optionally the same metadata keys.

Text is decoded as UTF-8 (with or without a byte-order mark) or as UTF-16 with a byte-order mark.
CRLF and CR line ends become LF and nothing else is changed, so every offset computed later is an
offset into this normalised text (``Article.text``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import stat
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from claimcheck.errors import ArticleError, SettingsError
from claimcheck.models import Article
from claimcheck.settings import Settings, parse_iso_date

_MAX_PATH_CHARS = 4096
_PATH_SUFFIXES = (".txt", ".md", ".json")
_METADATA_KEYS = ("title", "published", "source", "url", "outlet", "dateline")
_FRONT_MATTER_FENCE = "---"
# Above this share of control characters a text is binary data, not an article.
_MAX_CONTROL_SHARE = 0.1
# Unicode category Cc less the whitespace controls (tab, LF, VT, FF, CR).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_article(
    source: str | os.PathLike[str] | bytes,
    *,
    published: date | str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Read an article and its metadata from a file, bytes or text.

    Parameters
    ----------
    source
        A path to a ``.txt``/``.md``/``.json`` file, the article's bytes, or its text (see the
        module docstring for when a ``str`` is taken as a path).
    published
        The publication date (``date`` or ``YYYY-MM-DD``); overrides the front matter's.
    settings
        Only ``max_article_chars`` is used: longer articles are refused, never truncated.

    Returns
    -------
    Article
        The normalised text (LF line ends) with its metadata.

    Raises
    ------
    ArticleError
        The file is missing or a directory; the text is empty, binary, undecodable, too long, or
        its front matter / JSON is malformed.

    Examples
    --------
    >>> article = read_article("Soleimani was killed in Baghdad.", published="2020-02-05")
    >>> article.published, article.text[:9]
    (datetime.date(2020, 2, 5), 'Soleimani')
    """
    settings = settings if settings is not None else Settings()
    override = parse_published(published, what="published")
    path = _as_path(source)
    if path is None:
        if isinstance(source, bytes):
            text = _decode(source, what="the article bytes")
        else:
            text = str(source)
        article = _from_text(text, what="the article text", path="")
    else:
        raw = _read_bytes(path, settings=settings)
        text = _decode(raw, what=str(path))
        if path.suffix.lower() == ".json":
            article = _from_json(text, what=str(path), path=str(path))
        else:
            article = _from_text(text, what=str(path), path=str(path))
    _check_text(article.text, what=article.path or "the article text", settings=settings)
    if override is not None:
        article = dataclasses.replace(article, published=override)
    return article


def parse_published(value: date | str | None, *, what: str) -> date | None:
    """Read a publication date given as a ``date``, an ISO string, or nothing.

    An ISO timestamp (``2020-02-05T09:30:00Z``) gives its date. Empty text means unknown.

    >>> parse_published("2020-02-05", what="published")
    datetime.date(2020, 2, 5)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ArticleError(
            f"{what}: expected a date or YYYY-MM-DD text, found {type(value).__name__} {value!r}. "
            "Give the publication date as YYYY-MM-DD, e.g. 2020-02-05."
        )
    text = value.strip().strip("\"'")
    if not text:
        return None
    if len(text) > 10 and text[10] in "T ":
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    try:
        return parse_iso_date(text, what=what)
    except SettingsError as exc:
        raise ArticleError(str(exc)) from None


def _as_path(source: str | os.PathLike[str] | bytes) -> Path | None:
    if isinstance(source, bytes):
        return None
    if isinstance(source, os.PathLike):
        return Path(source)
    if not isinstance(source, str):
        raise ArticleError(
            f"Expected an article as a path, text or bytes, found {type(source).__name__}. "
            "Pass the file's path or the article text."
        )
    candidate = source.strip()
    if not candidate or "\n" in candidate or len(candidate) > _MAX_PATH_CHARS:
        return None
    try:
        exists = Path(candidate).exists()
    except (OSError, ValueError):
        exists = False
    if exists or candidate.lower().endswith(_PATH_SUFFIXES):
        return Path(candidate)
    return None


def _max_bytes(settings: Settings) -> int:
    # No encoding needs more than 4 bytes a character (and a BOM), so more is too long for sure.
    return 4 * settings.max_article_chars + 4


def _read_bytes(path: Path, *, settings: Settings) -> bytes:
    if path.is_dir():
        raise ArticleError(
            f"{path} is a directory, not an article file. Give the path of one .txt, .md or "
            ".json file inside it."
        )
    try:
        # Non-blocking, so opening a FIFO with no writer returns at once and is refused below.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ArticleError(
            f"Article file {path} does not exist. Check the path (relative paths are read from "
            f"{Path.cwd()})."
        ) from None
    except OSError as exc:
        raise ArticleError(
            f"Cannot read article file {path}: {exc.strerror or exc}. Check that it is readable."
        ) from None
    with os.fdopen(descriptor, "rb") as stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(mode):
            kind = "a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or special file"
            raise ArticleError(
                f"{path} is {kind}, not a regular file: reading it could block or never end. "
                "Save the article to a .txt, .md or .json file, or pipe it to `claimcheck ... -`."
            )
        os.set_blocking(stream.fileno(), True)
        return read_limited(stream, what=f"Article file {path}", settings=settings)


def read_limited(stream: BinaryIO, *, what: str, settings: Settings | None = None) -> bytes:
    """At most the bytes an article of ``max_article_chars`` can take; more is an error.

    The limit holds while reading, so an endless stream (``- < /dev/zero``) or a multi-gigabyte
    file never fills memory: reading stops one byte past the limit.

    >>> import io
    >>> read_limited(io.BytesIO(b"Soleimani was killed."), what="standard input")
    b'Soleimani was killed.'
    """
    settings = settings if settings is not None else Settings()
    limit = _max_bytes(settings)
    try:
        raw = stream.read(limit + 1)
    except OSError as exc:
        raise ArticleError(
            f"Cannot read {what}: {exc.strerror or exc}. Check that it is readable."
        ) from None
    if len(raw) > limit:
        raise ArticleError(
            f"{what} holds more than {limit:,} bytes, more than the "
            f"{settings.max_article_chars:,} characters allowed (max_article_chars); reading "
            "stopped there. Split the article or raise max_article_chars; it is never truncated."
        )
    return raw


def article_from_json_line(raw: bytes, *, what: str, settings: Settings | None = None) -> Article:
    """One article from one JSON object (a line of a JSON Lines corpus), by the rules of a
    ``.json`` article file: UTF-8, a string ``text``, string metadata, no unknown keys.

    >>> article_from_json_line(b'{"text": "Soleimani was killed.", "published": "2020-02-05"}',
    ...                        what="corpus.jsonl:1").published
    datetime.date(2020, 2, 5)
    """
    settings = settings if settings is not None else Settings()
    if len(raw) > _max_bytes(settings):
        raise ArticleError(
            f"{what} has {len(raw):,} bytes, more than the {settings.max_article_chars:,} "
            "characters allowed (max_article_chars). Split the article or raise "
            "max_article_chars; it is never truncated."
        )
    article = _from_json(_decode(raw, what=what), what=what, path=what)
    _check_text(article.text, what=what, settings=settings)
    return article


def _decode(raw: bytes, *, what: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"{what} starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                f"(bad bytes at offset {exc.start}). Re-save it as UTF-8, e.g. "
                "`iconv -f UTF-16 -t UTF-8 in.txt > out.txt`."
            ) from None
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise ArticleError(
            f"{what} looks binary, not text: it holds a NUL byte at offset {offset}. Give the "
            "article as plain text (UTF-8); export documents (PDF, Word) to .txt first."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 4].hex(" ")
        raise ArticleError(
            f"{what} is not UTF-8 text: undecodable byte(s) {bad} at byte offset {exc.start}. "
            "Convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt` "
            "(use the file's real encoding)."
        ) from None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_text(text: str, *, what: str, path: str) -> Article:
    text = _normalise_newlines(text)
    metadata, body = _split_front_matter(text, what=what)
    return _build(body, metadata, what=what, path=path)


def _split_front_matter(text: str, *, what: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if lines[0].strip() != _FRONT_MATTER_FENCE:
        return {}, text
    closing = next(
        (i for i in range(1, len(lines)) if lines[i].strip() == _FRONT_MATTER_FENCE), None
    )
    if closing is None:
        raise ArticleError(
            f"{what}: front matter opened with `---` on line 1 but never closed. Add a `---` line "
            "after the metadata, or remove the opening `---` if the text has no front matter."
        )
    metadata: dict[str, str] = {}
    for line_number, line in enumerate(lines[1:closing], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, colon, value = stripped.partition(":")
        key = key.strip().lower()
        if not colon or not key:
            raise ArticleError(
                f"{what}: front matter line {line_number} is {line!r}, not `key: value`. "
                f"Write one `key: value` per line, with keys among {', '.join(_METADATA_KEYS)}."
            )
        if key not in _METADATA_KEYS:
            raise ArticleError(
                f"{what}: unknown front matter key {key!r} on line {line_number}. Allowed keys: "
                f"{', '.join(_METADATA_KEYS)}. Fix the spelling or remove the line."
            )
        if key in metadata:
            raise ArticleError(
                f"{what}: front matter key {key!r} appears twice (line {line_number}). "
                "Keep one value per key."
            )
        metadata[key] = _unquote(value.strip())
    return metadata, "\n".join(lines[closing + 1 :])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _from_json(text: str, *, what: str, path: str) -> Article:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(
            f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}. "
            'Fix the JSON; it must be one object like {"text": "...", "published": "2020-02-05"}.'
        ) from None
    if not isinstance(document, dict):
        raise ArticleError(
            f'{what}: expected one JSON object with a "text" key, found a '
            f'{type(document).__name__}. Wrap the article as {{"text": "..."}}.'
        )
    if not isinstance(document.get("text"), str):
        found = "no" if "text" not in document else f"a {type(document['text']).__name__}"
        raise ArticleError(
            f'{what}: expected a "text" key holding the article as a string, found {found} '
            '"text". Put the article text under "text".'
        )
    unknown = sorted(set(document) - {"text", *_METADATA_KEYS})
    if unknown:
        raise ArticleError(
            f"{what}: unknown key(s) {', '.join(map(repr, unknown))}. Allowed: text, "
            f"{', '.join(_METADATA_KEYS)}. Remove or rename them."
        )
    metadata: dict[str, str] = {}
    for key in _METADATA_KEYS:
        value = document.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ArticleError(
                f'{what}: "{key}" must be a string, found {type(value).__name__} {value!r}. '
                "Quote the value."
            )
        metadata[key] = value
    return _build(_normalise_newlines(document["text"]), metadata, what=what, path=path)


def _build(body: str, metadata: dict[str, str], *, what: str, path: str) -> Article:
    published = parse_published(metadata.get("published"), what=f"{what}: published")
    return Article(
        text=body,
        published=published,
        title=metadata.get("title", ""),
        source=metadata.get("source", ""),
        url=metadata.get("url", ""),
        outlet=metadata.get("outlet", ""),
        dateline=metadata.get("dateline", ""),
        path=path,
    )


def _check_text(text: str, *, what: str, settings: Settings) -> None:
    if not text.strip():
        raise ArticleError(
            f"{what} is empty (found {len(text)} whitespace character(s) and no words). "
            "Give an article with text."
        )
    if len(text) > settings.max_article_chars:
        raise ArticleError(
            f"{what} has {len(text):,} characters, more than the {settings.max_article_chars:,} "
            "allowed (max_article_chars). Split the article or raise max_article_chars; it is "
            "never truncated."
        )
    if "\x00" in text:
        raise ArticleError(
            f"{what} looks binary, not text: it holds a NUL character at offset "
            f"{text.index(chr(0))}. Give the article as plain text."
        )
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        # no file holds one: it comes from text decoded with errors="surrogateescape" or cut
        # inside a UTF-16 pair, and no result could be written out (UTF-8 cannot encode it)
        raise ArticleError(
            f"{what} is not valid Unicode text: it holds a lone surrogate "
            f"U+{ord(surrogate.group()):04X} at offset {surrogate.start()}. Decode the article "
            "as UTF-8 without errors='surrogateescape', or give its file's path."
        )
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ArticleError(
            f"{what} looks binary, not text: {controls} of its {len(text)} characters are "
            "control characters. Give the article as plain text (UTF-8)."
        )
