"""The workbench's pure renderers: check results to escaped HTML and plain text, nothing else.

The article and the evidence come from claimcheck's Jinja2 templates (autoescaping on), the same
the HTML report uses. The few status lines built here go through :func:`escape`. ipywidgets.HTML
does not sanitise, so one missed escape would run an article's ``<img onerror=...>`` in
JupyterLab's origin.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from claimcheck.models import Candidate, Claim, Label, Record
from claimcheck.report import (
    LABEL_MARKERS,
    REVIEWED_MARKER,
    article_html,
    display_score,
    score_text,
    shared_css,
)
from claimcheck.report import evidence_html as _evidence_html
from claimcheck.result import CheckResult

__all__ = [
    "LABEL_MARKERS",
    "REVIEWED_MARKER",
    "TABLE_HEADER",
    "WORKBENCH_CSS",
    "article_html",
    "claim_caption",
    "display_score",
    "escape",
    "evidence_html",
    "label_marker",
    "message_html",
    "safe_url",
    "score_text",
    "search_row",
    "table_row",
    "workbench_stylesheet",
]

# The workbench's own layout; the article and evidence look comes from claimcheck's shared.css.
# One scroll (the notebook's): no fixed heights; rows wrap instead of clipping.
WORKBENCH_CSS = """
.cc-workbench { min-width: 0; }
.cc-workbench .cc-main { flex-flow: row wrap; align-items: flex-start; gap: 12px; }
.cc-workbench .cc-article-view { flex: 1 1 440px; min-width: 0; padding: 4px 8px;
  outline: none; border-radius: 4px; }
.cc-workbench .cc-article-view:focus-visible { box-shadow: 0 0 0 2px #1a56b8; }
.cc-workbench .cc-article-view .cc-article { font-size: 14px; }
.cc-workbench .cc-side { flex: 1 1 340px; min-width: 0; position: sticky; top: 0;
  align-self: flex-start; }
.cc-workbench .cc-inputs, .cc-workbench .cc-filters, .cc-workbench .cc-exports {
  flex-flow: row wrap; }
.cc-workbench .cc-table select, .cc-workbench .cc-table-header {
  font-family: var(--jp-code-font-family, monospace); font-size: 12px; }
.cc-workbench .cc-table-header { white-space: pre; padding-left: 4px; overflow: hidden; }
.cc-workbench .cc-table { align-self: stretch; min-width: 0; }
.cc-workbench .cc-evidence-panel { font-size: 12px; min-width: 0; }
.cc-workbench .cc-evidence-panel:focus { outline: 2px solid #1a56b8; }
.cc-workbench .cc-evidence a { word-break: break-all; }
.cc-workbench .cc-error { color: #a40000; white-space: pre-wrap; }
.cc-workbench.cc-stale .cc-main, .cc-workbench.cc-stale .cc-table { opacity: .55; }
.cc-workbench .cc-stale-note { color: #a40000; font-weight: 600; }
.cc-workbench .cc-review-info { color: #57606a; font-size: 12px; }
.cc-workbench .cc-search-panel, .cc-workbench .cc-fact-form { margin-top: 8px; min-width: 0; }
.cc-workbench .cc-search-bar, .cc-workbench .cc-fact-bar, .cc-workbench .cc-fact-fields {
  flex-flow: row wrap; min-width: 0; }
.cc-workbench .cc-side .widget-html-content, .cc-workbench .cc-fact-form .widget-html-content {
  line-height: 1.45; }
.cc-workbench .cc-search-results select { font-family: var(--jp-code-font-family, monospace);
  font-size: 12px; }
.cc-workbench .cc-timeline { align-self: stretch; min-width: 0; padding-right: 8px; }
.cc-workbench .cc-timeline .vega-embed { display: block; width: 100%; }
"""


def workbench_stylesheet() -> str:
    """The ``<style>`` element of the workbench: claimcheck's shared CSS and its own layout."""
    return f"<style>{shared_css()}{WORKBENCH_CSS}</style>"


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
    score = score_text(result.verdict_of(claim))
    return f"{label:<16} {claim.kind.value:<16} {score:>5}  {claim.id:<5} {text}"


def search_row(candidate: Candidate, record: Record, *, width: int = 90) -> str:
    """One record found by a search, as a line of the results list: score, id, date, statement.

    >>> from claimcheck import load_reference
    >>> record = load_reference().record("soleimani-strike-2020-01-03")
    >>> search_row(Candidate(record.id, 99.04), record, width=60)
    ' 99.0  soleimani-strike-2020-01-03  2020-01-03  A US drone …'
    """
    line = (
        f"{candidate.score:5.1f}  {record.id}  {record.date}  {' '.join(record.statement.split())}"
    )
    return line if len(line) <= width else line[: width - 1] + "…"


def evidence_html(result: CheckResult, claim: Claim, *, record: Record | None = None) -> str:
    """The evidence for one claim, rendered by claimcheck's template (the report's own).

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in <b>Baghdad</b> on January 3.", published="2020-02-05")
    >>> "Soleimani was killed in &lt;b&gt;Baghdad&lt;/b&gt;" in evidence_html(result, result.claims[0])
    True
    """
    return _evidence_html(result, claim, record=record)


def message_html(message: str, *, error: bool = False) -> str:
    """A status line; ``error`` marks it as a failure.

    >>> message_html("Reference file not found: <events>.csv", error=True)
    '<span class="cc-error">Reference file not found: &lt;events&gt;.csv</span>'
    """
    css = "cc-error" if error else "cc-message"
    return f'<span class="{css}">{escape(message)}</span>'
