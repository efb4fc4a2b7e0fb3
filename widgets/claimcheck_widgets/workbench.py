"""The workbench: a CheckResult shown and reviewed in ipywidgets 8; it computes no verdict.

The article (flowing paragraphs, claims highlighted by label) and the table rows select the same
claim; the evidence panel explains it; the review form appends an override to the ReviewLog; the
inputs re-run ``claimcheck.check``. Parts carry CSS classes (``cc-*``, set with ``add_class``) so
tests and stylesheets can find them.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from claimcheck.errors import ClaimcheckError
from claimcheck.models import Claim, Label, Record, Review
from claimcheck.reference import Reference
from claimcheck.report import timeline_rows
from claimcheck.result import CheckResult
from claimcheck.reviews import ReviewLog
from claimcheck.settings import parse_iso_date
from claimcheck_widgets import timeline as _timeline
from claimcheck_widgets.article import ArticleView
from claimcheck_widgets.render import (
    LABEL_MARKERS,
    REVIEWED_MARKER,
    TABLE_HEADER,
    article_html,
    display_score,
    escape,
    evidence_html,
    label_marker,
    message_html,
    table_row,
    workbench_stylesheet,
)

ALL = "all"
SORTS = {
    "article order": None,
    "score, high first": "score-desc",
    "score, low first": "score-asc",
    "label": "label",
    "kind": "kind",
}

_CLASS_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def _css_name(text: str) -> str:
    return _CLASS_UNSAFE.sub("_", text)


class Workbench(widgets.VBox):
    """Review a check: the article with claims highlighted, a claims table, evidence, review.

    Parameters
    ----------
    result
        The check to show. Reviews already in the log are attached on display.
    reference
        The reference the check used (a loaded ``Reference`` or a path). It supplies the record
        statements shown as evidence and is what the inputs re-check against; ``None`` means the
        shipped reference.
    review_log
        Where reviews are appended: a ``ReviewLog`` or a path. ``None``: ``claimcheck-reviews.sqlite``
        in the working directory (beside the notebook).
    export_dir
        Where the export buttons write files; ``None``: ``claimcheck-exports/`` in the working
        directory (a folder the repository's .gitignore names, so exports are not committed).
    reviewer
        The name that fills the review form's reviewer field; a review needs one.
    timeline
        Show the timeline of dated claims (needs Altair and vl-convert); ``None``: when they
        are installed.

    Examples
    --------
    >>> import tempfile
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> bench = Workbench(result, review_log=tempfile.mkdtemp() + "/reviews.sqlite")
    >>> bench.select("c1")
    >>> bench.record_review(Label.MISLEADING, note="3 a.m. local time", reviewer="ed").label.value
    'misleading'
    >>> 'cc-claim-c1 cc-label-misleading cc-reviewed' in bench.article.html
    True
    """

    def __init__(
        self,
        result: CheckResult,
        *,
        reference: Reference | str | os.PathLike[str] | None = None,
        review_log: ReviewLog | str | os.PathLike[str] | None = None,
        export_dir: str | os.PathLike[str] | None = None,
        reviewer: str = "",
        timeline: bool | None = None,
    ) -> None:
        super().__init__()
        if timeline is None:
            timeline = _timeline.available()
        self.timeline = _timeline.Timeline([]) if timeline else None
        if self.timeline is not None:
            self.timeline.on_pick(self._on_timeline_pick)
        self.add_class("cc-workbench")
        if not isinstance(review_log, ReviewLog):
            review_log = ReviewLog() if review_log is None else ReviewLog(review_log)
        self.review_log = review_log
        self.export_dir = (
            Path(export_dir) if export_dir is not None else Path.cwd() / "claimcheck-exports"
        )
        self._reference = reference
        self._reference_shown = (
            reference.name if isinstance(reference, Reference) else str(reference or "")
        )
        self._records: dict[str, Record] = {}
        self._set_result(self.review_log.apply(result))
        self.selected: str | None = None
        self.opened: str | None = None
        self.stale = False
        self._syncing = False
        self._build(reviewer)
        self._show(self.result)

    # -- public actions ----------------------------------------------------------------------

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id in the result shown; ``KeyError`` when there is none."""
        try:
            return self._by_id[claim_id]
        except KeyError:
            raise KeyError(f"no claim {claim_id!r} in this check") from None

    def select(self, claim_id: str | None) -> None:
        """Select a claim everywhere: the article, its table row, the evidence and the review form."""
        if claim_id is not None:
            self.claim(claim_id)  # refuse unknown ids before changing anything
        self.selected = claim_id
        if self.timeline is not None:
            self.timeline.show_selected(claim_id)
        self._syncing = True
        try:
            self.article.selected = claim_id
            values = [value for _, value in self.table.options]
            self.table.value = claim_id if claim_id in values else None
        finally:
            self._syncing = False
        self._show_evidence()
        if claim_id is not None:
            self.review_label.value = self.result.label_of(self.claim(claim_id)).value
            self.review_note.value = ""
        self.record_button.disabled = claim_id is None

    def open_evidence(self, claim_id: str) -> None:
        """Select a claim and open its evidence (Enter in the article); the page scrolls to it."""
        self.select(claim_id)
        self.opened = claim_id

    def move(self, step: int) -> str | None:
        """Move the selection ``step`` claims down (up when negative) in the table's order.

        The keys do the same in the page (down/j: 1, up/k: -1); this is their Python twin.
        """
        order = list(self.article.order)
        if not order:
            return self.selected
        if self.selected in order:
            at = min(len(order) - 1, max(0, order.index(self.selected) + step))
        else:
            at = 0 if step > 0 else len(order) - 1
        self.select(order[at])
        return self.selected

    def visible_claims(self) -> list[Claim]:
        """The claims the table shows, after its filters and in its sort order."""
        return [self.claim(value) for _, value in self.table.options]

    def record_review(self, label: Label | str, *, note: str = "", reviewer: str = "") -> Review:
        """Append a review of the selected claim to the log and show the label it sets.

        Raises
        ------
        ClaimcheckError
            When no claim is selected, no reviewer is named, or the review log refuses it.
        """
        if self.selected is None:
            raise ClaimcheckError("Select a claim (in the article or the table) before reviewing.")
        reviewer = " ".join(reviewer.split())
        if not reviewer:
            raise ClaimcheckError(
                "Name the reviewer before recording a review: published exports say who "
                "overrode the computed label."
            )
        review = Review(label=Label(label), note=note, reviewer=reviewer)
        entry = self.review_log.record(self.result, self.selected, review)
        self._set_result(self.result.with_reviews({self.selected: entry.review}))
        claim = self.claim(self.selected)
        self._build_article()
        if self.timeline is not None:
            self.timeline.set_rows(timeline_rows(self.result))
        self._fill_table()
        self._show_evidence()
        self._show_review_info()
        self.review_status.value = message_html(
            f"Recorded {label_marker(entry.review.label)} for {claim.id} in {self.review_log.path}."
        )
        return entry.review

    def rerun(self) -> None:
        """Re-check the article with the published date, reference file and threshold shown."""
        from claimcheck import check, load_reference

        path = self.reference_path.value.strip()
        threshold = float(self.threshold.value)
        published_text = self.published.value.strip()
        settings = self.result.settings
        settings_args = {"match_threshold": threshold}
        if settings.suggest_threshold > threshold:
            settings_args["suggest_threshold"] = threshold
        # The input still shows the reference we hold: reuse it (it may be a DataFrame's, with no
        # file to load again). Otherwise load what was typed; empty means the shipped reference.
        source = self._reference if path == self._reference_shown else (path or None)
        try:
            published = parse_iso_date(published_text, what="Published") if published_text else None
            reference = source if isinstance(source, Reference) else load_reference(source)
            result = check(
                self.result.article,
                reference,
                published=published,
                settings=dataclasses.replace(settings, **settings_args),
            )
        except ClaimcheckError as error:
            # What is shown no longer matches the inputs: say so until a re-run succeeds.
            self.stale = True
            self.add_class("cc-stale")
            self.status.value = (
                '<span class="cc-stale-note">Stale: the results below are from the previous '
                "inputs; fix the input to re-check.</span> "
                + message_html(" ".join(str(error).split()), error=True)
            )
            return
        self.stale = False
        self.remove_class("cc-stale")
        self._reference, self._reference_shown, self._records = reference, path, {}
        self._show(self.review_log.apply(result))
        self.status.value = message_html(
            f"Re-checked against {reference.name} at threshold {threshold:g}."
        )

    def export(self, kind: str) -> Path:
        """Write the result shown as ``json``, ``markdown`` or ``claimreview``; return the file."""
        stem = _css_name(self.result.article.title.lower().replace(" ", "-"))[:60] or "article"
        stem = f"{stem}-{self.result.article.sha256[:8]}"
        if kind == "json":
            path, text = self.export_dir / f"{stem}.claimcheck.json", self.result.to_json()
        elif kind == "markdown":
            from claimcheck.report import to_markdown

            path, text = self.export_dir / f"{stem}.md", to_markdown(self.result)
        elif kind == "claimreview":
            from claimcheck.claimreview import dumps_claimreview

            url = self.result.article.url or None
            author = " ".join(self.reviewer.value.split()) or None
            path = self.export_dir / f"{stem}.claimreview.json"
            text = dumps_claimreview(self.result, url=url, author=author)
        else:
            raise ClaimcheckError(
                f"Unknown export {kind!r}; choose one of json, markdown, claimreview."
            )
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    # -- building ----------------------------------------------------------------------------

    def _build(self, reviewer: str) -> None:
        article = self.result.article
        self.header = widgets.HTML().add_class("cc-header")
        self.status = widgets.HTML().add_class("cc-status")

        # A text box, not a DatePicker: the browser's date input shows its locale (02/05/2020)
        # while everything else in claimcheck says 2020-02-05.
        self.published = widgets.Text(
            description="Published",
            value=article.published.isoformat() if article.published else "",
            placeholder="YYYY-MM-DD",
            continuous_update=False,
            layout=widgets.Layout(width="220px"),
        ).add_class("cc-published")
        self.reference_path = widgets.Text(
            description="Reference",
            placeholder="shipped reference (or a CSV / Parquet / JSONL path)",
            value=self._reference_shown,
            continuous_update=False,
        ).add_class("cc-reference")
        self.threshold = widgets.FloatSlider(
            description="Match ≥",
            value=self.result.settings.match_threshold,
            min=0.0,
            max=100.0,
            step=1.0,
            continuous_update=False,
        ).add_class("cc-threshold")
        for control in (self.published, self.reference_path, self.threshold):
            control.observe(self._on_input, names="value")

        self.article = ArticleView().add_class("cc-article-box")
        self.article.observe(self._on_article, names="selected")
        self.article.on_open(self.open_evidence)

        self.evidence = widgets.HTML().add_class("cc-evidence-panel")
        self.review_label = widgets.Dropdown(
            description="Label", options=[(label_marker(lb), lb.value) for lb in Label]
        ).add_class("cc-review-label")
        self.review_note = widgets.Textarea(
            description="Note", placeholder="why the label is overridden"
        ).add_class("cc-review-note")
        self.reviewer = widgets.Text(
            description="Reviewer", value=reviewer, placeholder="required: your name"
        ).add_class("cc-reviewer")
        self.review_info = widgets.HTML().add_class("cc-review-info")
        self.record_button = widgets.Button(
            description="Record review", button_style="primary", disabled=True
        ).add_class("cc-record-review")
        self.record_button.on_click(self._on_record)
        self.review_status = widgets.HTML().add_class("cc-review-status")
        review_box = widgets.VBox(
            [
                self.review_label,
                self.review_note,
                self.reviewer,
                self.record_button,
                self.review_status,
                self.review_info,
            ]
        ).add_class("cc-review")
        side = widgets.VBox([self.evidence, review_box]).add_class("cc-side")

        self.label_filter = widgets.Dropdown(
            description="Label", options=[ALL, *(lb.value for lb in Label)]
        ).add_class("cc-filter-label")
        self.kind_filter = widgets.Dropdown(description="Kind", options=[ALL]).add_class(
            "cc-filter-kind"
        )
        self.min_score = widgets.BoundedFloatText(
            description="Score ≥",
            value=0.0,
            min=0.0,
            max=100.0,
            step=1.0,
            tooltip="the match score, 0-100 (the same scale as the threshold and the candidates)",
        ).add_class("cc-filter-score")
        self.sort = widgets.Dropdown(description="Sort", options=list(SORTS)).add_class("cc-sort")
        for control in (self.label_filter, self.kind_filter, self.min_score, self.sort):
            control.observe(self._on_filter, names="value")
        self.table = widgets.Select(
            options=[], rows=10, layout=widgets.Layout(width="auto")
        ).add_class("cc-table")
        self.table.observe(self._on_table, names="value")
        table_header = widgets.Label(TABLE_HEADER).add_class("cc-table-header")

        self.export_buttons = {}
        available = {
            "json": True,
            "markdown": importlib.util.find_spec("claimcheck.report") is not None,
            "claimreview": importlib.util.find_spec("claimcheck.claimreview") is not None,
        }
        for kind, caption in (
            ("json", "Export JSON"),
            ("markdown", "Export Markdown"),
            ("claimreview", "Export ClaimReview"),
        ):
            button = widgets.Button(
                description=caption,
                layout=widgets.Layout(width="auto"),
                disabled=not available[kind],
                tooltip="" if available[kind] else "this claimcheck has no such export",
            ).add_class(f"cc-export-{kind}")
            button.on_click(lambda _button, kind=kind: self._on_export(kind))
            self.export_buttons[kind] = button
        self.export_status = widgets.HTML().add_class("cc-export-status")

        legend = " ".join(f"[{LABEL_MARKERS[lb]} {lb.value}]" for lb in Label)
        self.children = [
            widgets.HTML(workbench_stylesheet()),
            self.header,
            widgets.HBox([self.published, self.reference_path, self.threshold]).add_class(
                "cc-inputs"
            ),
            self.status,
            widgets.HTML(
                escape(
                    f"Claims by label: {legend}   {REVIEWED_MARKER} reviewed · click a highlight, "
                    "or up/down (j/k) and Enter in the article"
                )
            ).add_class("cc-legend"),
            widgets.HBox([self.article, side]).add_class("cc-main"),
            *(
                [
                    widgets.HTML(
                        "<b>Timeline</b>: each dated claim's interval (bar, by label) and its "
                        "record's date (◆); click a bar to select the claim"
                    ).add_class("cc-timeline-title"),
                    self.timeline.widget,
                ]
                if self.timeline is not None
                else []
            ),
            widgets.HBox(
                [self.label_filter, self.kind_filter, self.min_score, self.sort]
            ).add_class("cc-filters"),
            table_header,
            self.table,
            widgets.HBox([*self.export_buttons.values(), self.export_status]).add_class(
                "cc-exports"
            ),
        ]

    def _show(self, result: CheckResult) -> None:
        """Show a (new) result everywhere, keeping the selection when its claim is still there."""
        keep = self.selected
        self._set_result(result)
        self._records = {}
        self.selected = None
        article = result.article
        counts: dict[Label, int] = {}
        for claim in result.claims:
            label = result.label_of(claim)
            counts[label] = counts.get(label, 0) + 1
        summary = ", ".join(f"{counts[lb]} {label_marker(lb)}" for lb in Label if lb in counts)
        title = article.title or "Untitled article"
        published = article.published.isoformat() if article.published else "unknown"
        self.header.value = (
            f"<h3>{escape(title)}</h3><p>Published {escape(published)} · reference "
            f"{escape(result.reference.name)} ({result.reference.rows} records) · "
            f"{len(result.claims)} claims: {escape(summary or 'none')}</p>"
        )
        kinds = sorted({claim.kind.value for claim in result.claims})
        self._syncing = True
        try:
            if self.kind_filter.value not in (ALL, *kinds):
                self.kind_filter.value = ALL
            self.kind_filter.options = [ALL, *kinds]
        finally:
            self._syncing = False
        self._build_article()
        self._fill_table()
        self._show_review_info()
        if self.timeline is not None:
            self.timeline.set_rows(timeline_rows(result))
        ids = {claim.id for claim in result.claims}
        self.select(keep if keep in ids else None)

    def _set_result(self, result: CheckResult) -> None:
        self.result = result
        self._by_id = {claim.id: claim for claim in result.claims}

    def _build_article(self) -> None:
        """The article's paragraphs with claims highlighted, from claimcheck's template."""
        self.article.html = article_html(self.result)

    def _show_review_info(self) -> None:
        reviewed = sum(claim.review is not None for claim in self.result.claims)
        self.review_info.value = (
            f"Review log: <code>{escape(self.review_log.path)}</code> · {reviewed} of "
            f"{len(self.result.claims)} claim(s) of this article reviewed"
        )

    def _fill_table(self) -> None:
        result = self.result
        claims = [
            claim
            for claim in result.claims
            if self.label_filter.value in (ALL, result.label_of(claim).value)
            and self.kind_filter.value in (ALL, claim.kind.value)
            and (display_score(verdict) if (verdict := result.verdict_of(claim)) else 0.0)
            >= (self.min_score.value or 0.0)
        ]
        order = SORTS[self.sort.value]
        if order in ("score-desc", "score-asc"):
            claims.sort(
                key=lambda c: v.score if (v := result.verdict_of(c)) else -1.0,
                reverse=order == "score-desc",
            )
        elif order == "label":
            ranks = {label: n for n, label in enumerate(Label)}
            claims.sort(key=lambda c: ranks[result.label_of(c)])
        elif order == "kind":
            claims.sort(key=lambda c: c.kind.value)
        self._syncing = True
        try:
            self.article.order = [claim.id for claim in claims]
            self.table.options = [(table_row(result, claim), claim.id) for claim in claims]
            visible = {claim.id for claim in claims}
            self.table.value = self.selected if self.selected in visible else None
        finally:
            self._syncing = False

    def _show_evidence(self) -> None:
        if self.selected is None:
            self.evidence.value = message_html(
                "Select a claim in the article or the table to see its evidence."
            )
            return
        claim = self.claim(self.selected)
        record_id = claim.verdict.record_id if claim.verdict else None
        self.evidence.value = evidence_html(self.result, claim, record=self._record(record_id))

    def _record(self, record_id: str | None) -> Record | None:
        """The matched record from the reference, when the reference is at hand and has it."""
        if record_id is None:
            return None
        if record_id not in self._records:
            reference = self._loaded_reference()
            try:
                self._records[record_id] = reference.record(record_id) if reference else None
            except KeyError:
                self._records[record_id] = None
        return self._records[record_id]

    def _loaded_reference(self) -> Reference | None:
        """The Reference the check used, loaded once; ``None`` when it cannot be had."""
        if not isinstance(self._reference, Reference):
            from claimcheck import load_reference

            try:
                reference = load_reference(self._reference)
            except ClaimcheckError:
                return None
            self._reference = reference
        if self._reference.sha256 != self.result.reference.sha256:
            return None  # another reference than the check's: its records would mislead
        return self._reference

    # -- events ------------------------------------------------------------------------------

    def _on_input(self, change: dict[str, Any]) -> None:
        self.rerun()

    def _on_filter(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self._fill_table()

    def _on_article(self, change: dict[str, Any]) -> None:
        if not self._syncing and change["new"] is not None and change["new"] in self._by_id:
            self.select(change["new"])

    def _on_timeline_pick(self, claim_id: str) -> None:
        if claim_id in self._by_id and claim_id != self.selected:
            self.select(claim_id)

    def _on_table(self, change: dict[str, Any]) -> None:
        if not self._syncing and change["new"] is not None:
            self.select(change["new"])

    def _on_record(self, _button: widgets.Button) -> None:
        try:
            self.record_review(
                self.review_label.value, note=self.review_note.value, reviewer=self.reviewer.value
            )
        except ClaimcheckError as error:
            self.review_status.value = message_html(str(error), error=True)

    def _on_export(self, kind: str) -> None:
        try:
            path = self.export(kind)
        except (ClaimcheckError, OSError) as error:
            self.export_status.value = message_html(str(error), error=True)
            return
        self.export_status.value = message_html(f"Wrote {path}")
