"""Reading a check: a CheckResult as a Markdown or a self-contained HTML report.

Both reports hold the same things in the same order: a summary of the labels, every claim with
its published label (the reviewer's when reviewed, beside the computed one), the evidence (record,
score, sources, slot-by-slot comparisons, candidates), and the provenance of the check. The HTML
report also shows the article itself, each claim marked in place and linked to its verdict.

The HTML comes from the Jinja2 templates in ``claimcheck/templates`` with autoescaping on; the
workbench renders the article and the evidence from the same templates (:func:`article_html`,
:func:`evidence_html`), so they look the same in both. The Markdown escapes every untrusted
string so that no markup or HTML in it is rendered.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from claimcheck.errors import OutputError
from claimcheck.models import Claim, Label, Record, Verdict
from claimcheck.result import CheckResult

_LABEL_TITLES = {
    Label.SUPPORTED: "Supported",
    Label.MISLEADING: "Misleading",
    Label.CONTRADICTED: "Contradicted",
    Label.UNVERIFIABLE: "Unverifiable",
    Label.NOT_CHECKABLE: "Not checkable",
}
_AGREES = {True: "✓ agrees", False: "✗ disagrees", None: "? not compared"}
# Colour is never the only cue: each label also has a text marker (colour-blind readers, print).
LABEL_MARKERS: dict[Label, str] = {
    Label.SUPPORTED: "✓",
    Label.MISLEADING: "≈",
    Label.CONTRADICTED: "✗",
    Label.UNVERIFIABLE: "?",
    Label.NOT_CHECKABLE: "–",
}
REVIEWED_MARKER = "✎"
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

# --- shared facts -----------------------------------------------------------------------------


def _summary(result: CheckResult) -> list[tuple[str, int]]:
    counts = Counter(result.label_of(claim) for claim in result.claims)
    return [(_LABEL_TITLES[label], counts[label]) for label in Label if counts[label]]


def _provenance(result: CheckResult) -> list[tuple[str, list[tuple[str, str]]]]:
    """Groups of (name, value) pairs, in a fixed order; values are untrusted text."""
    article, reference = result.article, result.reference
    published = article.published.isoformat() if article.published else "unknown"
    return [
        (
            "Article",
            [
                ("title", article.title),
                ("published", published),
                ("outlet", article.outlet),
                ("dateline", article.dateline),
                ("source", article.source),
                ("url", article.url),
                ("sha256", article.sha256),
            ],
        ),
        (
            "Reference",
            [
                ("name", reference.name),
                ("sha256", reference.sha256),
                ("rows", str(reference.rows)),
            ],
        ),
        (
            "Check",
            [
                ("claimcheck version", result.claimcheck_version),
                ("rules version", result.rules_version),
            ]
            + [(name, _value(value)) for name, value in result.settings.to_dict().items()],
        ),
    ]


def _value(value: object) -> str:
    if value is None:
        return "not given"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def split_sources(source: str) -> list[str]:
    """A verdict's source cell as its URLs: split on ';' as the reference itself splits it.

    >>> split_sources("https://a.example/x ; https://b.example/y;https://c.example/z")
    ['https://a.example/x', 'https://b.example/y', 'https://c.example/z']
    """
    return [part.strip() for part in source.split(";") if part.strip()]


def display_score(verdict: Verdict) -> float:
    """The verdict's score as views show it: 0-100 (the one scale of candidates, thresholds
    and the JSON), to one decimal.

    >>> display_score(Verdict(Label.SUPPORTED, score=93.14))
    93.1
    """
    return round(verdict.score, 1)


def score_text(verdict: Verdict | None) -> str:
    """A verdict's score, 0-100 with one decimal, or a dash when there is no verdict or record.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> verdict = result.claims[0].verdict
    >>> score_text(verdict) == f"{verdict.score:.1f}", score_text(None)
    (True, '–')
    """
    if verdict is None or not verdict.record_id:
        return "–"
    return f"{display_score(verdict):.1f}"


def _explanation(result: CheckResult, claim: Claim) -> str:
    """The explanation of the evidence in force; marked as claimcheck's own when a reviewer
    set another label than that evidence gives.

    The reviewer's note is in the review line above it: a reader must not take the computed
    reasoning for the reason of the label published. Against a record the reviewer chose, the
    verdict is claimcheck's judgement of that record, and its explanation stands as it is.
    """
    verdict = result.verdict_of(claim)
    explanation = (verdict.explanation if verdict else "") or claim.reason
    if explanation and claim.review is not None and verdict and claim.review.label != verdict.label:
        return f"claimcheck's own reasoning, for the computed {verdict.label.value}: {explanation}"
    return explanation


def _reviewed_line(result: CheckResult) -> str:
    """How many published labels a reviewer set: said even when none, so a reader knows."""
    return f"{result.reviewed_labels()} of {len(result.claims)} label(s) set by a reviewer."


def _is_web_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _review_line(result: CheckResult, claim: Claim) -> str | None:
    review = claim.review
    if review is None:
        return None
    by = f" by {review.reviewer}" if review.reviewer else ""
    at = f" on {review.reviewed_at}" if review.reviewed_at else ""
    note = f": {review.note}" if review.note else ""
    computed = claim.verdict.label if claim.verdict else "nothing"
    chosen = (
        f" against record {review.record_id}, chosen by the reviewer" if review.record_id else ""
    )
    return f"Reviewed{by}{at} as {review.label}{chosen} (computed: {computed}){note}"


def timeline_rows(result: CheckResult) -> list[dict[str, object]]:
    """Every dated claim as a row for a timeline: the claimed interval beside its record's date.

    ``first``/``last`` bound the days the claim's first calendar time can mean (ISO dates);
    ``record_date`` is the date the verdict in force compared it with (``None`` when there was
    none). Only ids, labels and dates, no article text; ids may still come from a user's file,
    and Vega escapes them when it draws.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> row = timeline_rows(result)[0]
    >>> row["id"], row["first"], row["last"], row["record_date"]
    ('c1', '2020-01-03', '2020-01-03', '2020-01-03')
    """
    rows: list[dict[str, object]] = []
    for claim in result.claims:
        time = next((t for t in claim.times if t.first and t.last), None)
        if time is None or time.first is None or time.last is None:
            continue
        label = result.label_of(claim)
        verdict = result.verdict_of(claim)
        compared = next(
            (c for c in (verdict.comparisons if verdict else ()) if c.field == "date"), None
        )
        record_date = compared.reference.strip() if compared is not None else ""
        if not _ISO_DATE.fullmatch(record_date):
            record_date = None
        rows.append(
            {
                "id": claim.id,
                "row": f"{claim.id} {LABEL_MARKERS[label]}",
                "label": label.value,
                "first": time.first.isoformat(),
                "last": time.last.isoformat(),
                "record_date": record_date,
                "record_id": verdict.record_id if verdict else None,
            }
        )
    return rows


# --- timeline ----------------------------------------------------------------------------------

# The label colours of shared.css, for the timeline's bars.
LABEL_COLOURS: dict[Label, str] = {
    Label.SUPPORTED: "#1a7f37",
    Label.MISLEADING: "#b35900",
    Label.CONTRADICTED: "#cf222e",
    Label.UNVERIFIABLE: "#57606a",
    Label.NOT_CHECKABLE: "#8c959f",
}
TIMELINE_PICK = "pick"  # the click selection on a claimed interval
TIMELINE_PICK_RECORD = "pick_record"  # and on a record's date
TIMELINE_SELECTED = "selected"  # the parameter naming the claim selected elsewhere
_TOOLTIP = [
    {"field": "id", "type": "nominal", "title": "claim"},
    {"field": "label", "type": "nominal"},
    {"field": "first", "type": "temporal", "title": "claimed from", "format": "%Y-%m-%d"},
    {"field": "last", "type": "temporal", "title": "claimed to", "format": "%Y-%m-%d"},
    {"field": "record_date", "type": "temporal", "title": "record", "format": "%Y-%m-%d"},
    {"field": "record_id", "type": "nominal", "title": "record id"},
]


def timeline_spec(rows: list[dict[str, object]]) -> dict[str, object]:
    """The timeline of :func:`timeline_rows` as a Vega-Lite spec: the one chart the workbench
    shows (Altair's JupyterChart) and the HTML report draws (an SVG from vl-convert).

    Plain data, not an Altair chart: Altair imports Jupyter packages, which the core never does.
    Each dated claim's interval is a thick round-capped rule coloured by label (a single day
    shows as a dot) beside its record's date (a diamond); the ``pick`` and ``pick_record`` click
    selections and the ``selected`` parameter link it to a selection in the workbench.

    >>> spec = timeline_spec([{"id": "c1", "row": "c1 ✓", "label": "supported",
    ...     "first": "2020-01-03", "last": "2020-01-03", "record_date": "2020-01-03",
    ...     "record_id": "r1"}])
    >>> spec["data"]["values"][0]["end"], [layer["name"] for layer in spec["layer"]]
    ('2020-01-03T23:59', ['claimed', 'record'])
    """
    y = {
        "field": "row",
        "type": "nominal",
        "sort": None,
        "title": None,
        "axis": {"labelFontSize": 11},
    }
    legend = ", ".join(f"'{lb.value}': '{LABEL_MARKERS[lb]} {lb.value}'" for lb in Label)
    claimed = {
        "name": "claimed",
        "mark": {"type": "rule", "strokeCap": "round"},
        "encoding": {
            "x": {
                "field": "first",
                "type": "temporal",
                "title": "claimed interval (by label) and the record's date (◆)",
            },
            "x2": {"field": "end"},
            "y": y,
            "color": {
                "field": "label",
                "type": "nominal",
                "title": "label",
                "scale": {
                    "domain": [label.value for label in Label],
                    "range": [LABEL_COLOURS[label] for label in Label],
                },
                "legend": {"orient": "bottom", "labelExpr": f"{{{legend}}}[datum.label]"},
            },
            "strokeWidth": {
                "condition": {"test": f"datum.id == {TIMELINE_SELECTED}", "value": 15},
                "value": 8,
            },
            "tooltip": _TOOLTIP,
        },
    }
    record = {
        "name": "record",
        "transform": [{"filter": "isValid(datum.record_date)"}],
        "mark": {
            "type": "point",
            "shape": "diamond",
            "filled": True,
            "size": 60,
            "color": "#1b1b1b",
            "opacity": 0.9,
        },
        "encoding": {
            "x": {"field": "record_date", "type": "temporal"},
            "y": y,
            "tooltip": _TOOLTIP,
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        # Selections at the top, naming their layer: the form Altair reads and writes back.
        "params": [
            {"name": TIMELINE_SELECTED, "value": ""},
            _click(TIMELINE_PICK, "claimed"),
            _click(TIMELINE_PICK_RECORD, "record"),
        ],
        # "end" closes the last day, so a one-day interval has a length.
        "data": {"values": [{**row, "end": f"{row['last']}T23:59"} for row in rows]},
        # A fixed width: "container" measures the view before JupyterLab attaches it (0 px).
        # 600 px fits beside JupyterLab's sidebar at 1280 px.
        "width": 600,
        "height": timeline_height(rows),
        "layer": [claimed, record],
    }


def timeline_height(rows: list[dict[str, object]]) -> int:
    """The timeline's height in pixels: a band of 22 px a claim."""
    return max(60, 22 * len(rows))


def _click(name: str, layer: str) -> dict[str, object]:
    select = {"type": "point", "fields": ["id"], "on": "click"}
    return {"name": name, "select": select, "views": [layer]}


# An SVG drawn by Vega from our spec: its elements, with no script, no foreign HTML, no handler.
_SVG_UNSAFE_TAGS = frozenset({"script", "foreignObject", "iframe", "object", "embed"})


def timeline_svg(result: CheckResult) -> str | None:
    """The timeline of a check as a static SVG drawn by vl-convert, ready to inline in HTML.

    ``None`` when the check has no dated claim, or when vl-convert is not installed (the report
    then goes without it). Vega escapes the text it draws (claim and record ids, dates); the SVG
    is parsed before it is returned and refused if it holds a script, foreign HTML or an event
    handler, so nothing in it can run when it is inlined.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> timeline_svg(result).startswith("<svg")
    True
    """
    rows = timeline_rows(result)
    if not rows:
        return None
    try:
        import vl_convert
    except ImportError:
        return None
    # The workbench's spec as it is: its selections simply find no click in a static picture.
    svg = vl_convert.vegalite_to_svg(timeline_spec(rows))
    _check_svg(svg)
    return svg


def _check_svg(svg: str) -> None:
    """Refuse an SVG that could run anything once inlined (defence in depth: Vega escapes)."""
    import xml.etree.ElementTree as ElementTree

    found = "a DTD" if "<!DOCTYPE" in svg or "<!ENTITY" in svg else None
    if found is None:
        for element in ElementTree.fromstring(svg).iter():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag in _SVG_UNSAFE_TAGS:
                found = f"a <{tag}> element"
            for name, value in element.attrib.items():
                local = name.rsplit("}", 1)[-1].lower()
                if local.startswith("on") or (local == "href" and not value.startswith("#")):
                    found = f"an {local} attribute"
    if found is not None:
        raise OutputError(
            f"The timeline drawn for the report holds {found}, which could run in a browser; "
            "the report was not made. Report this as a claimcheck bug, with the reference used."
        )


# --- Markdown -----------------------------------------------------------------------------------

# Every ASCII punctuation mark may be backslash-escaped in CommonMark; these are the ones that can
# start markup or raw HTML inside a line or a table cell.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!])")
_MD_LIST_START = re.compile(r"^([-+]|\d+[.)])")


def _md(text: str, *, line_start: bool = False) -> str:
    """Untrusted text as one line of Markdown that renders literally.

    ``line_start``: the text begins a line, where "1." or "-" would start a list.
    """
    line = _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    if not line_start:
        return line
    return _MD_LIST_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], line, count=1)


def to_markdown(result: CheckResult) -> str:
    """A check as a Markdown report: summary, claims with evidence and reviews, provenance.

    Parameters
    ----------
    result
        The check.

    Returns
    -------
    str
        Markdown text; untrusted strings are escaped so none of their markup renders.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> print(to_markdown(result).splitlines()[0])
    # Check: untitled article
    """
    title = result.article.title or "untitled article"
    lines = [f"# Check: {_md(title)}", ""]
    summary = ", ".join(f"{name}: {count}" for name, count in _summary(result))
    lines += [f"{len(result.claims)} claim(s). {summary}", "", _reviewed_line(result), ""]
    lines += ["## Claims", ""]
    for claim in result.claims:
        lines += _md_claim(result, claim)
    lines += ["## Provenance", ""]
    for group, pairs in _provenance(result):
        lines += [f"### {group}", "", "| | |", "|---|---|"]
        lines += [f"| {name} | {_md(value) if value else '—'} |" for name, value in pairs]
        lines.append("")
    return "\n".join(lines)


def _md_claim(result: CheckResult, claim: Claim) -> list[str]:
    label = result.label_of(claim)
    lines = [
        f"### {_md(claim.id)}: {_LABEL_TITLES[label]}",
        "",
        f"> {_md(claim.text, line_start=True)}",
        "",
    ]
    kind = f"kind: {_md(claim.kind)}"
    if claim.event_type:
        kind += f"; event type: {_md(claim.event_type)}"
    lines += [kind, ""]
    review = _review_line(result, claim)
    if review:
        lines += [f"**{_md(review)}**", ""]
    verdict = result.verdict_of(claim)
    if verdict is None:
        if claim.reason:
            lines += [f"Not checked: {_md(claim.reason)}", ""]
        return lines
    if _explanation(result, claim):
        lines += [_md(_explanation(result, claim), line_start=True), ""]
    if verdict.record_id:
        lines += [f"Record: {_md(verdict.record_id)} (score {score_text(verdict)})", ""]
    for source in split_sources(verdict.source):
        lines.append(f"- Source: {_md(source)}")
    if verdict.source:
        lines.append("")
    if verdict.comparisons:
        lines += ["| field | claimed | reference | agrees | note |", "|---|---|---|---|---|"]
        lines += [
            f"| {_md(c.field)} | {_md(c.claimed)} | {_md(c.reference)} | {_AGREES[c.agrees][2:]} "
            f"| {_md(c.note)} |"
            for c in verdict.comparisons
        ]
        lines.append("")
    if verdict.candidates:
        shown = ", ".join(f"{_md(c.record_id)} ({c.score:.1f})" for c in verdict.candidates)
        lines += [f"Candidates: {shown}", ""]
    return lines


# --- HTML ---------------------------------------------------------------------------------------

# No script, no external resource: the file opens offline and its CSP refuses anything else.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"
_PAGE_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
.claim { border-left: 6px solid #888; padding: .25rem 1rem; margin: 1rem 0; background: #fafafa; }
.claim.cc-label-supported { border-color: #1a7f37; }
.claim.cc-label-misleading { border-color: #b35900; }
.claim.cc-label-contradicted { border-color: #cf222e; }
.claim.cc-label-unverifiable { border-color: #57606a; }
.claim.cc-label-not_checkable { border-color: #8c959f; }
.cc-article { max-width: none; }
dl { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
.cc-timeline { margin: 0; overflow-x: auto; } .cc-timeline svg { max-width: 100%; height: auto; }
"""

# Autoescaping is on for every template: escaping is the default, not a discipline. Only our own
# fragments (a rendered template, our stylesheet) are passed on as Markup.
_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("claimcheck", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def _render(name: str, **context: object) -> Markup:
    return Markup(_TEMPLATES.get_template(name).render(**context))


def shared_css() -> str:
    """The stylesheet of the article and the evidence, used by the report and the workbench."""
    return _TEMPLATES.loader.get_source(_TEMPLATES, "shared.css")[0]  # type: ignore[union-attr]


def _paragraphs(result: CheckResult) -> list[list[dict[str, object]]]:
    """The article cut into paragraphs of pieces: plain text, or a part of a claim.

    A blank line ends a paragraph. A claim that overlaps the one before it is left unmarked
    (it is still in the claims list); a claim across a blank line is marked in both paragraphs.
    """
    text = result.article.text
    marks: list[tuple[int, int, Claim]] = []
    at = 0
    for claim in sorted(result.claims, key=lambda c: (c.start, c.end)):
        if claim.start < at or claim.end <= claim.start or claim.end > len(text):
            continue
        marks.append((claim.start, claim.end, claim))
        at = claim.end
    cuts = [(0, 0)] + [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    cuts.append((len(text), len(text)))
    paragraphs: list[list[dict[str, object]]] = []
    for (_, begin), (end, _) in itertools.pairwise(cuts):
        pieces: list[dict[str, object]] = []
        position = begin
        for start, stop, claim in marks:
            start, stop = max(start, begin), min(stop, end)
            if start >= stop:
                continue
            if start > position:
                pieces.append({"text": text[position:start], "claim": None})
            label = result.label_of(claim)
            pieces.append(
                {
                    "text": text[start:stop],
                    "claim": claim.id,
                    "label": label.value,
                    "marker": LABEL_MARKERS[label],
                    "reviewed": claim.review is not None,
                    "title": f"{claim.id}: {LABEL_MARKERS[label]} {label.value}"
                    + (f" {REVIEWED_MARKER} reviewed" if claim.review is not None else ""),
                }
            )
            position = stop
        if position < end:
            pieces.append({"text": text[position:end], "claim": None})
        if any(piece["claim"] or str(piece["text"]).strip() for piece in pieces):
            paragraphs.append(pieces)
    return paragraphs


def article_html(result: CheckResult, *, link: bool = False) -> str:
    """The article as paragraphs of flowing text, each claim highlighted by its label.

    Parameters
    ----------
    result
        The check.
    link
        ``True``: each highlight is a link to the claim's section (the report); ``False``: a span
        with ``data-claim`` (the workbench makes it clickable).

    Returns
    -------
    str
        HTML in which every piece of text is escaped.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in <b>Baghdad</b> on January 3.", published="2020-02-05")
    >>> page = article_html(result)
    >>> 'data-claim="c1"' in page, "&lt;b&gt;Baghdad" in page, "<b>" in page
    (True, True, False)
    """
    return str(_render("article.html.j2", paragraphs=_paragraphs(result), link=link))


def _link_of(url: str) -> dict[str, str | None]:
    # Only web addresses become links: a javascript: or data: "source" stays inert text.
    return {"text": url, "href": url if _is_web_url(url) else None}


def evidence_html(result: CheckResult, claim: Claim, *, record: Record | None = None) -> str:
    """The evidence for one claim: label, review, explanation, record, sources, comparisons.

    The report and the workbench show this same markup.

    Parameters
    ----------
    result
        The check the claim belongs to.
    claim
        The claim to explain.
    record
        The matched reference record, when the caller has the reference; its statement and
        sources are shown.

    Returns
    -------
    str
        HTML in which every piece of text is escaped.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in <b>Baghdad</b> on January 3.", published="2020-02-05")
    >>> "Soleimani was killed in &lt;b&gt;Baghdad&lt;/b&gt;" in evidence_html(result, result.claims[0])
    True
    """
    label = result.label_of(claim)
    verdict = result.verdict_of(claim)
    kind = f"kind: {claim.kind}" + (f"; event type: {claim.event_type}" if claim.event_type else "")
    sources = split_sources(verdict.source) if verdict is not None else []
    if record is not None:
        sources += [url for url in record.sources if url not in sources]
    context = {
        "claim": claim,
        "label": label.value,
        "title": _LABEL_TITLES[label],
        "marker": LABEL_MARKERS[label],
        "reviewed_marker": REVIEWED_MARKER,
        "kind": kind,
        "review": _review_line(result, claim),
        "explanation": _explanation(result, claim),
        "record_id": verdict.record_id if verdict else None,
        "score": score_text(verdict),
        "statement": record.statement if record is not None else "",
        "sources": [_link_of(url) for url in sources],
        "comparisons": [
            {
                "field": c.field,
                "claimed": c.claimed,
                "reference": c.reference,
                "agrees": _AGREES[c.agrees],
                "css": {True: "yes", False: "no", None: "unknown"}[c.agrees],
                "note": c.note,
            }
            for c in (verdict.comparisons if verdict else ())
        ],
        "candidates": [
            {
                "record_id": c.record_id,
                "score": f"{c.score:.1f}",
                "matched": c.record_id == verdict.record_id,
            }
            for c in (verdict.candidates if verdict else ())
        ],
    }
    return str(_render("evidence.html.j2", **context))


def to_html(result: CheckResult) -> str:
    """A check as one self-contained HTML page: no script, no external resource, all text escaped.

    Parameters
    ----------
    result
        The check.

    Returns
    -------
    str
        A complete HTML document. Each claim has the anchor ``#<claim id>`` that
        :func:`claimcheck.claimreview.to_claimreview` points its ``url`` at.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in <b>Baghdad</b> on January 3.", published="2020-02-05")
    >>> "<b>Baghdad" in to_html(result), "&lt;b&gt;Baghdad" in to_html(result)
    (False, True)
    """
    provenance = [
        (
            group,
            [
                (name, value, value if name == "url" and _is_web_url(value) else None)
                for name, value in pairs
            ],
        )
        for group, pairs in _provenance(result)
    ]
    return str(
        _render(
            "report.html.j2",
            csp=_CSP,
            style=Markup(shared_css() + _PAGE_STYLE),
            title=result.article.title or "untitled article",
            summary=", ".join(f"{name}: {count}" for name, count in _summary(result)),
            reviewed=_reviewed_line(result),
            article=Markup(article_html(result, link=True)),
            # Drawn by vl-convert from timeline_spec and checked by _check_svg: text in it is
            # escaped by Vega, and nothing in it can run.
            timeline=Markup(svg) if (svg := timeline_svg(result)) else None,
            claims=[
                {
                    "id": claim.id,
                    "label": result.label_of(claim).value,
                    "evidence": Markup(evidence_html(result, claim)),
                }
                for claim in result.claims
            ],
            provenance=provenance,
        )
    )
