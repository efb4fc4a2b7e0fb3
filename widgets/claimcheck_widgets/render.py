"""The workbench's pure renderers: check results to escaped HTML and plain text, nothing else.

Every piece of untrusted text (article, reference data, reviewer notes, URLs) goes through
:func:`escape` before it reaches markup; markup is built only by joining escaped fragments with
our own tags. ipywidgets.HTML does not sanitise, so one missed escape would run an article's
``<img onerror=...>`` in JupyterLab's origin.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from urllib.parse import urlsplit

from claimcheck.models import Claim, Label, Record
from claimcheck.result import CheckResult

# Colour is never the only cue: each label also has a text marker (colour-blind readers, print).
LABEL_MARKERS: dict[Label, str] = {
    Label.SUPPORTED: "✓",
    Label.MISLEADING: "≈",
    Label.CONTRADICTED: "✗",
    Label.UNVERIFIABLE: "?",
    Label.NOT_CHECKABLE: "–",
}
LABEL_COLOURS: dict[Label, str] = {
    Label.SUPPORTED: "#cdeccf",
    Label.MISLEADING: "#ffe2a8",
    Label.CONTRADICTED: "#f8c4c4",
    Label.UNVERIFIABLE: "#d9e2f1",
    Label.NOT_CHECKABLE: "#e8e8e8",
}
REVIEWED_MARKER = "✎"

# Our own stylesheet, scoped to the workbench; it carries no untrusted text.
WORKBENCH_CSS = """
.cc-workbench .cc-claim { white-space: normal; height: auto; text-align: left;
  line-height: 1.45; padding: 2px 6px; margin: 1px 2px; border: 2px solid transparent;
  max-width: 100%; }
.cc-workbench .cc-claim.cc-selected { border-color: #1a56b8; box-shadow: 0 0 0 1px #1a56b8; }
.cc-workbench .cc-paragraph { flex-wrap: wrap; flex-shrink: 0; margin-bottom: 8px; }
.cc-workbench .cc-claim, .cc-workbench .cc-gap, .cc-workbench .cc-side > * { flex-shrink: 0; }
.cc-workbench .cc-gap { white-space: pre-wrap; }
.cc-workbench .cc-table select, .cc-workbench .cc-table-header {
  font-family: var(--jp-code-font-family, monospace); font-size: 12px; }
.cc-workbench .cc-table-header { white-space: pre; padding-left: 4px; }
.cc-workbench .cc-evidence { font-size: 12px; line-height: 1.4; }
.cc-workbench .cc-evidence p { margin: 4px 0; }
.cc-workbench .cc-evidence blockquote { margin: 4px 0; padding-left: 8px;
  border-left: 3px solid #999; }
.cc-workbench .cc-evidence table { border-collapse: collapse; margin: 4px 0; width: 100%; }
.cc-workbench .cc-evidence td, .cc-workbench .cc-evidence th {
  border: 1px solid #ccc; padding: 1px 4px; text-align: left; vertical-align: top;
  line-height: 1.3; }
.cc-workbench .cc-evidence a { word-break: break-all; }
.cc-workbench .cc-error { color: #a40000; white-space: pre-wrap; }
"""

_AGREES = {True: "✓ agrees", False: "✗ differs", None: "? not in record"}


def escape(text: object) -> str:
    """Text made safe for HTML content and attribute values alike.

    >>> escape('Khamenei said <img src=x onerror="alert(1)">')
    'Khamenei said &lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(text), quote=True)


def safe_url(url: str) -> str | None:
    """``url`` when it is an http(s) link, else ``None`` (no ``javascript:`` or ``data:`` hrefs).

    >>> safe_url("https://www.reuters.com/article/us-iran-khamenei"), safe_url("javascript:alert(1)")
    ('https://www.reuters.com/article/us-iran-khamenei', None)
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def label_marker(label: Label) -> str:
    """The text marker and name of a label, as shown beside a claim.

    >>> label_marker(Label.CONTRADICTED)
    '✗ contradicted'
    """
    return f"{LABEL_MARKERS[label]} {label.value}"


def claim_caption(result: CheckResult, claim: Claim) -> str:
    """A claim's text led by the label in force and a mark when a reviewer set it.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> claim_caption(result, result.claims[0])
    '[✓ supported] Soleimani was killed in Baghdad on January 3.'
    """
    reviewed = f" {REVIEWED_MARKER}" if claim.review is not None else ""
    return f"[{label_marker(result.label_of(claim))}{reviewed}] {claim.text}"


def score_text(claim: Claim) -> str:
    """The verdict's score with two decimals, or a dash when the claim has no verdict.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> score_text(result.claims[0]) == f"{result.claims[0].verdict.score:.2f}"
    True
    """
    return f"{claim.verdict.score:.2f}" if claim.verdict is not None else "–"


TABLE_HEADER = f"{'label':<16} {'kind':<16} {'score':>5}  {'id':<5} text"


def table_row(result: CheckResult, claim: Claim, *, width: int = 90) -> str:
    """One line of the claims table, in columns under :data:`TABLE_HEADER`.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> row = table_row(result, result.claims[0], width=20)
    >>> row.split()[:3], row.split()[-4:]
    (['✓', 'supported', 'event'], ['c1', 'Soleimani', 'was', 'kille…'])
    """
    label = label_marker(result.label_of(claim))
    if claim.review is not None:
        label += f" {REVIEWED_MARKER}"
    text = " ".join(claim.text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{label:<16} {claim.kind.value:<16} {score_text(claim):>5}  {claim.id:<5} {text}"


def _link(url: str) -> str:
    target = safe_url(url)
    if target is None:
        return escape(url)
    return f'<a href="{escape(target)}" target="_blank" rel="noopener noreferrer">{escape(url)}</a>'


def _table(css_class: str, header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table from already-escaped cells."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css_class}"><tr>{head}</tr>{body}</table>'


def evidence_html(result: CheckResult, claim: Claim, *, record: Record | None = None) -> str:
    """The evidence for one claim: record and sources, slot comparisons, candidates, explanation.

    Parameters
    ----------
    result
        The check the claim belongs to.
    claim
        The claim to explain.
    record
        The matched reference record, when the caller has the reference; its statement is shown.

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
    verdict = claim.verdict
    label = result.label_of(claim)
    parts = [
        f'<div class="cc-evidence cc-evidence-{escape(claim.id)}">',
        f"<h4>{escape(claim.id)} · {escape(label_marker(label))}</h4>",
        f'<blockquote class="cc-evidence-claim">{escape(claim.text)}</blockquote>',
    ]
    if claim.review is not None:
        review = claim.review
        computed = label_marker(verdict.label) if verdict else "none"
        who = f" by {escape(review.reviewer)}" if review.reviewer else ""
        when = f" at {escape(review.reviewed_at)}" if review.reviewed_at else ""
        note = f": “{escape(review.note)}”" if review.note else ""
        parts.append(
            f'<p class="cc-evidence-review">{REVIEWED_MARKER} Reviewed{who}{when} as '
            f"<b>{escape(label_marker(review.label))}</b> (computed: {escape(computed)}){note}</p>"
        )
    if verdict is None:
        reason = claim.reason or "The check gave this claim no verdict."
        parts.append(f'<p class="cc-evidence-explanation">{escape(reason)}</p></div>')
        return "".join(parts)
    if verdict.record_id:
        statement = f": {escape(record.statement)}" if record is not None else ""
        parts.append(
            f'<p class="cc-evidence-record"><b>Record</b> <code>{escape(verdict.record_id)}</code>'
            f"{statement}</p>"
        )
    # A verdict's source holds the record's URLs joined with " ; " (the reference contract).
    sources = [url.strip() for url in verdict.source.split(" ; ") if url.strip()]
    if record is not None:
        sources += [url for url in record.sources if url not in sources]
    if sources:
        links = " · ".join(_link(source) for source in sources)
        parts.append(f'<p class="cc-evidence-source"><b>Source</b> {links}</p>')
    if verdict.comparisons:
        rows = [
            (
                escape(c.field),
                escape(c.claimed),
                escape(c.reference),
                escape(_AGREES[c.agrees]),
                escape(c.note),
            )
            for c in verdict.comparisons
        ]
        parts.append(
            _table("cc-comparisons", ("slot", "claimed", "reference", "agrees", "note"), rows)
        )
    explanation = verdict.explanation or claim.reason
    if explanation:
        parts.append(f'<p class="cc-evidence-explanation">{escape(explanation)}</p>')
    others = [c for c in verdict.candidates if c.record_id != verdict.record_id]
    if others:
        rows = [(f"<code>{escape(c.record_id)}</code>", f"{c.score:.1f}") for c in others]
        parts.append("<p><b>Other candidates</b></p>")
        parts.append(_table("cc-candidates", ("record", "score"), rows))
    parts.append(f'<p class="cc-evidence-score">score {escape(score_text(claim))}</p></div>')
    return "".join(parts)


def message_html(message: str, *, error: bool = False) -> str:
    """A status line; ``error`` marks it as a failure.

    >>> message_html("Reference file not found: <events>.csv", error=True)
    '<span class="cc-error">Reference file not found: &lt;events&gt;.csv</span>'
    """
    css = "cc-error" if error else "cc-message"
    return f'<span class="{css}">{escape(message)}</span>'
