"""Markdown and HTML reports: what they show, and that hostile article text stays inert."""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.models import (
    Article,
    Candidate,
    Claim,
    ClaimKind,
    Comparison,
    Label,
    Review,
    Verdict,
)
from claimcheck.report import to_html, to_markdown
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.settings import Settings

_SCRIPT = "<script>alert('x')</script>"
_IMG = '<img src=x onerror="alert(1)">'
_PAYLOADS = (_SCRIPT, _IMG, '"><svg onload=alert(2)>', "javascript:alert(3)")


def _result(text: str, *, hostile: str = "") -> CheckResult:
    """A one-claim check of ``text``; ``hostile`` goes into every other untrusted string."""
    verdict = Verdict(
        label=Label.CONTRADICTED,
        score=90.0,
        record_id=f"ain-al-asad-2020{hostile}",
        source=f"https://records.example/a ; {hostile or 'https://records.example/b'}",
        comparisons=(
            Comparison("deaths", f"80{hostile}", "0", False, f"no one died{hostile}"),
            Comparison("location", "Ain al-Asad", "Ain al-Asad", True),
            Comparison("injuries", "", "110", None),
        ),
        explanation=f"Deaths disagree: claimed 80, the record says 0.{hostile}",
        candidates=(Candidate(f"ain-al-asad-2020{hostile}", 91.5), Candidate("erbil-2020", 60.0)),
    )
    claim = Claim(
        id="c0",
        sentence=0,
        start=0,
        end=len(text),
        text=text,
        kind=ClaimKind.EVENT,
        event_type="missile_attack",
        checkworthy=True,
        verdict=verdict,
    )
    opinion = Claim(
        id="c1",
        sentence=1,
        start=len(text),
        end=len(text),
        text="",
        kind=ClaimKind.OPINION,
        reason=f"an opinion, nothing to check{hostile}",
        verdict=Verdict(label=Label.NOT_CHECKABLE),
    )
    return CheckResult(
        article=Article(
            text=text,
            published=date(2020, 2, 5),
            title=f"Iran strikes back{hostile}",
            source=f"Reuters{hostile}",
            url=hostile or "https://news.example/iran",
            outlet=f"Reuters{hostile}",
            dateline=f"DUBAI{hostile}",
        ),
        reference=ReferenceInfo(name=f"events.csv{hostile}", sha256="cd" * 32, rows=14),
        settings=Settings(check_date=date(2020, 2, 7)),
        claims=(claim, opinion),
    )


_CLAIM = "Iran retaliated with a missile attack that killed 80 American soldiers."


class _Tags(HTMLParser):
    """Every tag and attribute a browser would build from a page, and its visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


_ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section",
    "span", "blockquote", "ul", "li", "a", "table", "tr", "th", "td", "dl", "dt", "dd", "div",
    "b", "code",
}  # fmt: skip

# --- HTML: hostile text stays text --------------------------------------------------------


def _review_of(hostile: str) -> Review:
    return Review(Label.MISLEADING, f"note{hostile}", f"amina{hostile}", f"2020-02-06{hostile}")


@pytest.mark.parametrize("payload", _PAYLOADS)
def test_report_html_escapes_every_untrusted_string(payload: str) -> None:
    text = f"Iran said {payload} 80 soldiers died."
    result = _result(text, hostile=payload).with_reviews({"c0": _review_of(payload)})
    page = to_html(result)
    parsed = _parse(page)
    assert {tag for tag, _ in parsed.tags} <= _ALLOWED_TAGS
    for _tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.startswith("on")
            if name == "href":
                # a source on the web, or a claim's own anchor in the page
                assert value.startswith("https://") or value in ("#c0", "#c1")
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<svg" not in page.lower()
    # Shown to the reader as it was written, not dropped.
    visible = "".join(parsed.text)
    assert text in visible
    assert f"note{payload}" in visible


@pytest.mark.parametrize("payload", [_SCRIPT, _IMG])
def test_report_html_is_self_contained(payload: str) -> None:
    page = to_html(_result(f"{payload} was said.", hostile=payload))
    parsed = _parse(page)
    # Nothing to fetch: no src anywhere, no stylesheet link, and a CSP that forbids both.
    assert all(name != "src" for _tag, attrs in parsed.tags for name, _ in attrs)
    assert "link" not in {tag for tag, _ in parsed.tags}
    csp = [dict(attrs)["content"] for tag, attrs in parsed.tags if tag == "meta" and
           dict(attrs).get("http-equiv") == "Content-Security-Policy"]  # fmt: skip
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"]


# --- Markdown: hostile text renders literally ---------------------------------------------


@pytest.mark.parametrize("payload", [*_PAYLOADS, "**bold** [link](javascript:alert(4))", "| a |"])
def test_report_markdown_renders_untrusted_text_literally(payload: str) -> None:
    mistune = pytest.importorskip("mistune")
    text = f"Iran said {payload} 80 soldiers died."
    result = _result(text, hostile=payload).with_reviews({"c0": _review_of(payload)})
    markdown = to_markdown(result)
    # A renderer that passes raw HTML through, as many Markdown viewers do.
    rendered = mistune.create_markdown(escape=False, plugins=["table"])(markdown)
    parsed = _parse(rendered)
    assert {tag for tag, _ in parsed.tags} <= _ALLOWED_TAGS | {"strong", "em", "thead", "tbody"}
    assert all(not name.startswith("on") for _tag, attrs in parsed.tags for name, _ in attrs)
    assert "a" not in {tag for tag, _ in parsed.tags}
    assert text in "".join(parsed.text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("1. Iran fired 12 missiles.", "> 1\\. Iran fired 12 missiles."),
        ("- 80 killed, Iran TV said.", "> \\- 80 killed, Iran TV said."),
        ("Line one\nline two | pipe", "> Line one line two \\| pipe"),
    ],
)
def test_report_markdown_escapes_block_markup(text: str, line: str) -> None:
    assert line in to_markdown(_result(text)).splitlines()


@pytest.mark.parametrize(
    "line", ["| claimcheck version | 0.1.0 |", "| match_threshold | 70.0 |", "| rows | 14 |"]
)
def test_report_markdown_table_cells_stay_plain(line: str) -> None:
    # A number inside a cell starts no list, so it needs no escaping.
    assert line in to_markdown(_result(_CLAIM)).splitlines()


# --- what the reports show ----------------------------------------------------------------


@pytest.mark.parametrize("render", [to_markdown, to_html])
@pytest.mark.parametrize(
    "expected",
    [
        _CLAIM,
        "Contradicted",  # the label
        "Not checkable",
        "ain-al-asad-2020",  # the record
        "https://records.example/a",  # a source
        "https://records.example/b",  # the second source of the same cell
        "Deaths disagree: claimed 80, the record says 0.",  # the explanation
        "disagrees",  # the comparison
        "not compared",
        "erbil-2020",  # a candidate
        "an opinion, nothing to check",  # why a claim is not checkable
        "Iran strikes back",  # provenance
        "cd" * 32,
        "events.csv",
        "max_candidates",
    ],
)
def test_report_shows_claims_evidence_and_provenance(render, expected: str) -> None:
    assert expected in render(_result(_CLAIM))


@pytest.mark.parametrize("render", [to_markdown, to_html])
@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            Review(Label.MISLEADING, "omits the 110 injured", "amina", "2020-02-06T10:00:00Z"),
            "Reviewed by amina on 2020-02-06T10:00:00Z as misleading (computed: contradicted): "
            "omits the 110 injured",
        ),
        (Review(Label.SUPPORTED), "Reviewed as supported (computed: contradicted)"),
    ],
)
def test_report_shows_review_beside_computed_label(render, review: Review, expected: str) -> None:
    shown = render(_result(_CLAIM).with_reviews({"c0": review}))
    plain = shown.replace("\\", "")
    assert expected in plain
    assert f"{review.label.value.capitalize()}" in shown
    assert render(_result(_CLAIM)).count("Reviewed") == 0


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "DUBAI (Reuters) - Iran retaliated with a missile attack that killed 80 American "
            "soldiers.\n\nKhamenei spoke on Wednesday.",
            "Iran retaliated with a missile attack that killed 80 American soldiers.",
        ),
    ],
)
def test_report_html_marks_claims_in_the_article(text: str, claim: str) -> None:
    start = text.index(claim)
    result = _result(claim)
    claims = (
        dataclasses.replace(result.claims[0], start=start, end=start + len(claim)),
        # an overlapping claim is left unmarked rather than breaking the markup
        dataclasses.replace(result.claims[1], start=start + 5, end=start + 20, text=claim[5:20]),
    )
    result = dataclasses.replace(
        result, article=dataclasses.replace(result.article, text=text), claims=claims
    )
    page = to_html(result)
    start_tag = '<div class="cc-article">'
    article = page[page.index(start_tag) : page.index("</div>", page.index(start_tag)) + 6]
    parsed = _parse(article)
    marks = [dict(attrs) for tag, attrs in parsed.tags if tag == "a"]
    assert [(m["class"], m["href"], m["data-claim"]) for m in marks] == [
        ("cc-claim cc-claim-c0 cc-label-contradicted", "#c0", "c0")
    ]
    # Paragraphs as paragraphs; the text marker of the label leads the highlight.
    assert [tag for tag, _ in parsed.tags].count("p") == 2
    shown = "".join(parsed.text)
    assert "✗" + claim in shown
    assert shown.replace("✗", "").split() == text.split()


@pytest.mark.parametrize("claim_id", ["c0"])
def test_report_html_anchors_each_claim(claim_id: str) -> None:
    anchors = [
        dict(a)["id"] for tag, a in _parse(to_html(_result(_CLAIM))).tags if tag == "section"
    ]
    assert claim_id in anchors
    assert len(anchors) == len(set(anchors)) == 2


@pytest.mark.parametrize("render", [to_markdown, to_html])
def test_report_handles_no_claims_and_unknown_date(render) -> None:
    result = dataclasses.replace(
        _result(_CLAIM),
        claims=(),
        article=Article(text=_CLAIM),
    )
    shown = render(result)
    assert "0 claim(s)" in shown
    assert "unknown" in shown


# --- determinism and robustness -----------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=80))
def test_report_any_text_renders_deterministically(text: str) -> None:
    result = _result(text, hostile=text)
    page = to_html(result)
    assert page == to_html(result)
    assert to_markdown(result) == to_markdown(result)
    parsed = _parse(page)
    assert {tag for tag, _ in parsed.tags} <= _ALLOWED_TAGS


# --- the seed article, checked for real -----------------------------------------------------


@pytest.mark.parametrize("render", [to_markdown, to_html])
def test_report_seed_check_lists_every_claim(seed_result, render) -> None:
    shown = render(seed_result)
    # Curly quotes and apostrophes of the wire copy are shown as written.
    plain = shown.replace("\\", "") if render is to_markdown else html.unescape(shown)
    for claim in seed_result.claims:
        assert " ".join(claim.text.split()) in plain
    assert seed_result.article.sha256 in shown
    assert seed_result.reference.sha256 in shown


@pytest.mark.parametrize("render", [to_markdown, to_html])
def test_report_overridden_claim_marks_the_computed_explanation(render) -> None:
    review = Review(Label.SUPPORTED, "the wire copy confirms it", "amina", "2020-02-06")
    shown = html.unescape(render(_result(_CLAIM).with_reviews({"c0": review}))).replace("\\", "")
    assert "claimcheck's own reasoning, for the computed contradicted: Deaths disagree" in shown
    assert "1 of 2 label(s) set by a reviewer." in shown


# --- the timeline, drawn into the HTML report -------------------------------------------------

_SVG_TAGS = {"svg", "g", "path", "rect", "line", "text", "defs", "clippath", "title", "desc"}


def _dated(result: CheckResult, hostile: str) -> CheckResult:
    """``result`` with its first claim dated January 3 and a hostile claim id (a stored JSON
    result can carry any id)."""
    from claimcheck.models import Precision, TimeMention, TimeType

    day = date(2020, 1, 3)
    time = TimeMention("January 3", 0, 9, TimeType.DATE, "2020-01-03", Precision.DAY, day, day)
    first = result.claims[0]
    verdict = dataclasses.replace(
        first.verdict,
        comparisons=(
            Comparison("date", "2020-01-03", "2020-01-04", False),
            *first.verdict.comparisons,
        ),
    )
    dated = dataclasses.replace(first, id=f"c0{hostile}", times=(time,), verdict=verdict)
    return dataclasses.replace(result, claims=(dated, *result.claims[1:]))


@pytest.mark.parametrize("payload", [*_PAYLOADS, "</svg><script>alert(5)</script>", "'\"</figure>"])
def test_report_timeline_svg_is_inline_and_inert(payload: str) -> None:
    result = _dated(_result(f"Iran said {payload} on January 3.", hostile=payload), payload)
    page = to_html(result)
    parsed = _parse(page)
    svgs = [tag for tag, _ in parsed.tags if tag == "svg"]
    assert len(svgs) == 1, "the timeline is one inline SVG, and no payload opened another"
    assert {tag for tag, _ in parsed.tags} <= _ALLOWED_TAGS | _SVG_TAGS | {"figure"}
    for _tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name, _ in attrs)
    assert "<script" not in page.lower()
    # The claim's interval and its record's date are drawn: a rule and a diamond.
    assert 'class="mark-rule role-mark claimed_marks"' in page
    assert 'class="mark-symbol role-mark record_marks"' in page


@pytest.mark.parametrize("payload", ["</svg><script>alert(5)</script>"])
def test_report_timeline_spec_is_the_workbench_chart(payload: str) -> None:
    from claimcheck.report import timeline_rows, timeline_spec

    rows = timeline_rows(_dated(_result(_CLAIM), payload))
    spec = timeline_spec(rows)
    assert [row["id"] for row in spec["data"]["values"]] == [f"c0{payload}"]
    assert spec["data"]["values"][0]["record_date"] == "2020-01-04"
    assert [layer["name"] for layer in spec["layer"]] == ["claimed", "record"]
    assert timeline_spec(rows) == spec  # deterministic: no generated view names


@pytest.mark.parametrize("claims", [()])
def test_report_without_dated_claims_has_no_timeline(claims) -> None:
    page = to_html(dataclasses.replace(_result(_CLAIM), claims=claims))
    assert "<svg" not in page and 'id="timeline"' not in page


@pytest.mark.parametrize("found", ["<script>alert(1)</script>", '<a href="javascript:x"/>'])
def test_report_refuses_an_svg_that_could_run(found: str) -> None:
    from claimcheck.errors import OutputError
    from claimcheck.report import _check_svg

    with pytest.raises(OutputError, match="could run in a browser"):
        _check_svg(f'<svg xmlns="http://www.w3.org/2000/svg"><g>{found}</g></svg>')
