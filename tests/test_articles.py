"""Tests for claimcheck.articles: reading articles from files, bytes and text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.articles import parse_published, read_article
from claimcheck.errors import ArticleError, ClaimcheckError
from claimcheck.seeds import SEED_ARTICLE
from claimcheck.settings import Settings

BODY = "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.\n"


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


# --- the seed article -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Iranian support for Palestine"),
        ("published", date(2020, 2, 5)),
        ("outlet", "Reuters"),
        ("dateline", "DUBAI"),
        ("source", "Reuters, reprinted by defenceWeb"),
    ],
)
def test_articles_seed_reads_with_metadata(field, expected):
    article = read_article(SEED_ARTICLE)
    assert getattr(article, field) == expected
    assert article.text.startswith("Iran will support Palestinian armed groups")
    assert "---" not in article.text[:10]
    assert article.path == str(SEED_ARTICLE)


@pytest.mark.parametrize("as_str", [True, False])
def test_articles_seed_path_as_str_or_pathlike(as_str):
    source = str(SEED_ARTICLE) if as_str else SEED_ARTICLE
    assert read_article(source).published == date(2020, 2, 5)


# --- front matter and metadata ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "title", "published", "text"),
    [
        (
            f"---\ntitle: Strike\npublished: 2020-01-04\n---\n{BODY}",
            "Strike",
            date(2020, 1, 4),
            BODY,
        ),
        (f'---\ntitle: "Quoted: title"\n\n# a comment\n---\n{BODY}', "Quoted: title", None, BODY),
        (BODY, "", None, BODY),
        (f"---\npublished: 2020-02-05T09:30:00Z\n---\n{BODY}", "", date(2020, 2, 5), BODY),
        (f"---\npublished:\n---\n{BODY}", "", None, BODY),
    ],
)
def test_articles_front_matter(tmp_path, content, title, published, text):
    for name in ("a.txt", "a.md"):
        article = read_article(_write(tmp_path, name, content))
        assert (article.title, article.published, article.text) == (title, published, text)


@pytest.mark.parametrize(
    ("document", "title", "published"),
    [
        ({"text": BODY, "title": "Strike", "published": "2020-01-04"}, "Strike", date(2020, 1, 4)),
        ({"text": BODY, "published": None}, "", None),
        ({"text": BODY, "url": "https://example.org/a"}, "", None),
    ],
)
def test_articles_json(tmp_path, document, title, published):
    article = read_article(_write(tmp_path, "a.json", json.dumps(document)))
    assert (article.text, article.title, article.published) == (BODY, title, published)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-02-06", date(2020, 2, 6)),
        (date(2021, 3, 1), date(2021, 3, 1)),
        (None, date(2020, 1, 4)),
    ],
)
def test_articles_published_overrides_front_matter(tmp_path, published, expected):
    path = _write(tmp_path, "a.txt", f"---\npublished: 2020-01-04\n---\n{BODY}")
    assert read_article(path, published=published).published == expected


# --- text given directly and the path rule ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles at a US base in Iraq.",
        "Turnout was 42.57%.\nThe lowest since 1979.",
        "Khamenei said the plan would fail",
    ],
)
def test_articles_text_given_directly(text):
    article = read_article(text, published="2020-02-05")
    assert article.text == text
    assert article.path == ""
    assert article.published == date(2020, 2, 5)


@pytest.mark.parametrize("raw", [BODY.encode("utf-8"), b"\xef\xbb\xbf" + BODY.encode("utf-8")])
def test_articles_bytes_given_directly(raw):
    assert read_article(raw).text == BODY


# --- encodings and line ends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“Quoted,” he said.".encode(), "“Quoted,” he said."),
        (b"\xef\xbb\xbf" + b"Rouhani said.", "Rouhani said."),
        ("Rouhani’s speech.".encode("utf-16"), "Rouhani’s speech."),
        (b"\xfe\xff" + "Rouhani’s speech.".encode("utf-16-be"), "Rouhani’s speech."),
        (b"Line one.\r\nLine two.\rLine three.\n", "Line one.\nLine two.\nLine three.\n"),
        (b"---\r\ntitle: T\r\n---\r\nBody.\r\n", "Body.\n"),
    ],
)
def test_articles_decoding_and_newlines(tmp_path, raw, expected):
    assert read_article(_write(tmp_path, "a.txt", raw)).text == expected


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "needles"),
    [
        ("empty.txt", "", ["empty"]),
        ("blank.txt", "  \n\t\n", ["empty", "whitespace"]),
        ("fm-only.txt", "---\ntitle: T\n---\n\n", ["empty"]),
        ("nul.txt", b"Iran\x00\x01\x02", ["binary", "NUL", "offset 4"]),
        ("ctrl.txt", b"\x01\x02\x03\x04abc\x05\x06", ["binary", "control"]),
        ("latin1.txt", "Khamenei’s".encode("cp1252"), ["UTF-8", "offset 8", "iconv"]),
        ("bad.json", "{not json", ["not valid JSON", "line 1"]),
        (
            "surrogate.json",
            '{"text": "Iran \\ud800 strike"}',
            ["lone surrogate", "U+D800", "offset 5"],
        ),
        ("list.json", "[1, 2]", ["JSON object", "list"]),
        ("notext.json", '{"title": "T"}', ['"text"']),
        ("extra.json", '{"text": "a", "author": "x"}', ["unknown", "author"]),
        ("num.json", '{"text": "a", "title": 5}', ['"title"', "string"]),
        ("key.txt", f"---\nheadline: T\n---\n{BODY}", ["unknown front matter key", "headline"]),
        ("date.txt", f"---\npublished: 2020-02-30\n---\n{BODY}", ["2020-02-30", "YYYY-MM-DD"]),
        ("noval.txt", f"---\njust text\n---\n{BODY}", ["key: value", "line 2"]),
        ("twice.txt", f"---\ntitle: A\ntitle: B\n---\n{BODY}", ["twice"]),
        ("open.txt", f"---\ntitle: A\n{BODY}", ["never closed"]),
    ],
)
def test_articles_bad_file_raises_article_error(tmp_path, name, content, needles):
    with pytest.raises(ArticleError) as info:
        read_article(_write(tmp_path, name, content))
    for needle in needles:
        assert needle in str(info.value)


@pytest.mark.parametrize("name", ["missing.txt", "missing.json", "no/such/dir/article.md"])
def test_articles_missing_file(tmp_path, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError, match="does not exist"):
        read_article(name)


@pytest.mark.parametrize("as_str", [True, False])
def test_articles_directory(tmp_path, as_str):
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(str(tmp_path) if as_str else tmp_path)


@pytest.mark.parametrize("size", [101, 1000])
def test_articles_oversized_refused_not_truncated(tmp_path, size):
    settings = Settings(max_article_chars=100)
    with pytest.raises(ArticleError, match="more than the 100"):
        read_article("x" * size, settings=settings)
    with pytest.raises(ArticleError, match="max_article_chars"):
        read_article(_write(tmp_path, "big.txt", "y" * size), settings=settings)


@pytest.mark.parametrize("size", [100])
def test_articles_at_the_limit_is_read(size):
    assert len(read_article("x" * size, settings=Settings(max_article_chars=size)).text) == size


@pytest.mark.parametrize("value", ["2020-13-01", "yesterday", "05/02/2020", 20200205])
def test_articles_bad_published_option(value):
    with pytest.raises(ArticleError):
        read_article(BODY, published=value)


@pytest.mark.parametrize("error", [ArticleError])
def test_articles_error_is_claimcheck_and_value_error(error):
    assert issubclass(error, ClaimcheckError)
    assert issubclass(error, ValueError)


# --- parse_published --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-05", date(2020, 2, 5)),
        (" 2020-02-05 ", date(2020, 2, 5)),
        ("", None),
        (None, None),
        (date(2020, 1, 3), date(2020, 1, 3)),
        ("2020-01-03T23:59:00+03:30", date(2020, 1, 3)),
    ],
)
def test_articles_parse_published(value, expected):
    assert parse_published(value, what="published") == expected


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        # as bytes decoded with errors="surrogateescape" leave a stray byte
        (b"Iran \xff strike".decode("utf-8", "surrogateescape"), ["U+DCFF", "offset 5"]),
        # half a UTF-16 pair
        ("Strike in Baghdad \ud83d.", ["U+D83D", "offset 18"]),
    ],
)
def test_articles_a_lone_surrogate_is_refused_as_not_unicode(text, needles):
    with pytest.raises(ArticleError, match="lone surrogate") as info:
        read_article(text)
    for needle in needles:
        assert needle in str(info.value)


# --- properties -------------------------------------------------------------------------------


@given(st.text(max_size=300).map(lambda t: t + "\n"))
def test_articles_any_text_reads_or_raises_article_error(text):
    try:
        article = read_article(text)
    except ArticleError:
        return
    assert "\r" not in article.text
    assert article.text.strip()
