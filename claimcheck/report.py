"""Reading a check: a CheckResult as a Markdown or a self-contained HTML report.

Both reports hold the same things in the same order: a summary of the labels, every claim with
its published label (the reviewer's when reviewed, beside the computed one), the evidence (record,
score, sources, slot-by-slot comparisons, candidates), and the provenance of the check. The HTML
report also shows the article itself, each claim marked in place and linked to its verdict. Every
string that came from outside (article, reference, reviews) is escaped: the HTML with
``html.escape(quote=True)``, the Markdown so that no markup or HTML in it is rendered.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import urlsplit

from claimcheck.models import Claim, Label
from claimcheck.result import CheckResult

_LABEL_TITLES = {
    Label.SUPPORTED: "Supported",
    Label.MISLEADING: "Misleading",
    Label.CONTRADICTED: "Contradicted",
    Label.UNVERIFIABLE: "Unverifiable",
    Label.NOT_CHECKABLE: "Not checkable",
}
_AGREES = {True: "agrees", False: "disagrees", None: "not compared"}

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


def _sources(source: str) -> list[str]:
    # The reference keeps several URLs in one cell, separated by ';' (DESIGN.md).
    return [part.strip() for part in source.split(";") if part.strip()]


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
    return f"Reviewed{by}{at} as {review.label} (computed: {computed}){note}"


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
    lines += [f"{len(result.claims)} claim(s). {summary}", "", "## Claims", ""]
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
    verdict = claim.verdict
    if verdict is None:
        if claim.reason:
            lines += [f"Not checked: {_md(claim.reason)}", ""]
        return lines
    if verdict.explanation:
        lines += [_md(verdict.explanation, line_start=True), ""]
    elif claim.reason:
        lines += [_md(claim.reason, line_start=True), ""]
    if verdict.record_id:
        lines += [f"Record: {_md(verdict.record_id)} (score {verdict.score:g})", ""]
    for source in _sources(verdict.source):
        lines.append(f"- Source: {_md(source)}")
    if verdict.source:
        lines.append("")
    if verdict.comparisons:
        lines += ["| field | claimed | reference | agrees | note |", "|---|---|---|---|---|"]
        lines += [
            f"| {_md(c.field)} | {_md(c.claimed)} | {_md(c.reference)} | {_AGREES[c.agrees]} "
            f"| {_md(c.note)} |"
            for c in verdict.comparisons
        ]
        lines.append("")
    if verdict.candidates:
        shown = ", ".join(f"{_md(c.record_id)} ({c.score:g})" for c in verdict.candidates)
        lines += [f"Candidates: {shown}", ""]
    return lines


# --- HTML ---------------------------------------------------------------------------------------

# No script, no external resource: the file opens offline and its CSP refuses anything else.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"
_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
.claim { border-left: 6px solid #888; padding: .25rem 1rem; margin: 1rem 0; background: #fafafa; }
.claim blockquote { margin: .5rem 0; font-size: 1.05rem; }
.label { font-weight: 600; padding: 0 .4rem; border-radius: 3px; color: #fff; background: #666; }
.label.label-supported { background: #1a7f37; } .claim.label-supported { border-color: #1a7f37; }
.label.label-misleading { background: #b35900; } .claim.label-misleading { border-color: #b35900; }
.label.label-contradicted { background: #cf222e; } .claim.label-contradicted { border-color: #cf222e; }
.label.label-unverifiable { background: #57606a; } .claim.label-unverifiable { border-color: #57606a; }
.label.label-not_checkable { background: #8c959f; }
.claim.label-not_checkable { border-color: #8c959f; }
.review { background: #fff8c5; padding: .25rem .5rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; vertical-align: top; }
.disagrees { color: #cf222e; font-weight: 600; }
.article { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: .5rem 1rem; }
.article a { color: inherit; text-decoration: none; border-bottom: 3px solid #888; }
.article a.label-supported { border-color: #1a7f37; }
.article a.label-misleading { border-color: #b35900; }
.article a.label-contradicted { border-color: #cf222e; }
.article a.label-unverifiable { border-color: #57606a; }
.article a.label-not_checkable { border-color: #d0d7de; }
dl { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(url: str) -> str:
    # Only web addresses become links: a javascript: or data: "source" stays inert text.
    if _is_web_url(url):
        return f'<a href="{_h(url)}" rel="noopener noreferrer">{_h(url)}</a>'
    return _h(url)


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
    >>> "<b>" in to_html(result), "&lt;b&gt;Baghdad" in to_html(result)
    (False, True)
    """
    title = result.article.title or "untitled article"
    summary = ", ".join(f"{name}: {count}" for name, count in _summary(result))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_h(_CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Check: {_h(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>Check: {_h(title)}</h1>",
        f'<p class="summary">{len(result.claims)} claim(s). {_h(summary)}</p>',
        '<h2 id="article">Article</h2>',
        _html_article(result),
        '<h2 id="claims">Claims</h2>',
    ]
    for claim in result.claims:
        parts.append(_html_claim(result, claim))
    parts.append('<h2 id="provenance">Provenance</h2>')
    for group, pairs in _provenance(result):
        parts.append(f"<h3>{_h(group)}</h3>")
        parts.append("<dl>")
        for name, value in pairs:
            shown = _link(value) if name == "url" else _h(value) if value else "—"
            parts.append(f"<dt>{_h(name)}</dt><dd>{shown}</dd>")
        parts.append("</dl>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _html_article(result: CheckResult) -> str:
    """The article's text with each claim marked where it stands, linked to its verdict."""
    text = result.article.text
    out, at = ['<div class="article">'], 0
    for claim in sorted(result.claims, key=lambda c: (c.start, c.end)):
        # Offsets are the contract (text[start:end] == claim.text); a claim overlapping the one
        # before it is left unmarked rather than cutting the markup.
        if claim.start < at or claim.end <= claim.start or claim.end > len(text):
            continue
        css = f"label-{result.label_of(claim).value}"
        out.append(_h(text[at : claim.start]))
        out.append(
            f'<a class="{_h(css)}" href="#{_h(claim.id)}" title="{_h(claim.id)}">'
            f"{_h(text[claim.start : claim.end])}</a>"
        )
        at = claim.end
    out.append(_h(text[at:]))
    out.append("</div>")
    return "".join(out)


def _html_claim(result: CheckResult, claim: Claim) -> str:
    label = result.label_of(claim)
    css = f"label-{label.value}"
    out = [
        f'<section class="claim {_h(css)}" id="{_h(claim.id)}">',
        f'<h3>{_h(claim.id)} <span class="label {_h(css)}">{_h(_LABEL_TITLES[label])}</span></h3>',
        f"<blockquote>{_h(claim.text)}</blockquote>",
    ]
    kind = f"kind: {claim.kind}" + (f"; event type: {claim.event_type}" if claim.event_type else "")
    out.append(f'<p class="kind">{_h(kind)}</p>')
    review = _review_line(result, claim)
    if review:
        out.append(f'<p class="review">{_h(review)}</p>')
    verdict = claim.verdict
    explanation = (verdict.explanation if verdict else "") or claim.reason
    if explanation:
        out.append(f'<p class="explanation">{_h(explanation)}</p>')
    if verdict is not None:
        if verdict.record_id:
            out.append(
                f'<p class="record">Record: {_h(verdict.record_id)} (score {verdict.score:g})</p>'
            )
        sources = _sources(verdict.source)
        if sources:
            items = "".join(f"<li>{_link(source)}</li>" for source in sources)
            out.append(f'<ul class="sources">{items}</ul>')
        if verdict.comparisons:
            out.append(
                "<table><tr><th>field</th><th>claimed</th><th>reference</th><th>agrees</th>"
                "<th>note</th></tr>"
            )
            for c in verdict.comparisons:
                agrees = _AGREES[c.agrees]
                out.append(
                    f"<tr><td>{_h(c.field)}</td><td>{_h(c.claimed)}</td>"
                    f'<td>{_h(c.reference)}</td><td class="{agrees.replace(" ", "-")}">'
                    f"{agrees}</td><td>{_h(c.note)}</td></tr>"
                )
            out.append("</table>")
        if verdict.candidates:
            shown = ", ".join(f"{c.record_id} ({c.score:g})" for c in verdict.candidates)
            out.append(f'<p class="candidates">Candidates: {_h(shown)}</p>')
    out.append("</section>")
    return "\n".join(out)
