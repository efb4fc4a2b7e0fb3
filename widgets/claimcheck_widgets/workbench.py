"""The workbench: a CheckResult shown and reviewed in ipywidgets 8; it computes no verdict.

The article (flowing paragraphs, claims highlighted by label) and the table rows select the same
claim; the evidence panel explains it; the review form appends an override to the ReviewLog; the
search box finds records in the reference and "use this record" records the claim judged against
the one chosen; the fact form appends a fact to the user's own CSV and re-checks; the inputs
re-run ``claimcheck.check``. Parts carry CSS classes (``cc-*``, set with ``add_class``) so
tests and stylesheets can find them.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from claimcheck.errors import ClaimcheckError
from claimcheck.facts import add_fact, load_with_facts
from claimcheck.models import Candidate, Claim, Label, Record, Review
from claimcheck.pipeline import judge_with_record, search_reference
from claimcheck.reference import COLUMNS, REQUIRED_COLUMNS, Reference
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
    search_row,
    table_row,
    workbench_stylesheet,
)
from claimcheck_widgets.submit import SubmitButton

ALL = "all"
SORTS = {
    "article order": None,
    "score, high first": "score-desc",
    "score, low first": "score-asc",
    "label": "label",
    "kind": "kind",
}

_CLASS_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
# What each field of the fact form takes (the schema of seeds/reference/README.md).
_FACT_HINTS = {
    "id": "a unique id, e.g. beirut-port-explosion-2020-08-04",
    "statement": "the fact in one sentence",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD",
    "date_precision": "year, month or day (else from the date)",
    "event_type": "e.g. explosion, election, missile_attack",
    "location": "places, specific first; several ;-separated",
    "country": "one or several, ;-separated",
    "actors": "people, organisations, states; ;-separated",
    "aliases": "other names of the event; ;-separated",
    "deaths": "a whole number; empty when unknown",
    "injuries": "a whole number; empty when unknown",
    "source": "URL(s), ' ; '-separated",
    "date_tolerance_days": "days a date may differ (optional)",
}


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
    facts
        The CSV file of the user's own facts that the fact form adds to; ``None``:
        ``my-facts.csv`` in the working directory. Never the shipped reference.
    clock
        The clock that dates an added fact (``added_at``); the current UTC time by default.

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
        facts: str | os.PathLike[str] | None = None,
        clock: Callable[[], datetime] | None = None,
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
        # The reference before any fact of the user's was added: facts are read beside it.
        self._base = reference
        self._base_path: Path | None = None  # the file the base was read from, when it was
        self._clock = clock
        self.found: list[Candidate] = []  # the last search's records, best first
        self._records: dict[str, Record] = {}
        self._set_result(self.review_log.apply(result))
        self.selected: str | None = None
        self.opened: str | None = None
        self.stale = False
        self._syncing = False
        self._build(reviewer, Path(facts) if facts is not None else Path.cwd() / "my-facts.csv")
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
        self._enable_use()

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
        return self._append_review(Review(label=Label(label), note=note, reviewer=_named(reviewer)))

    def search(self, query: str | None = None) -> list[Candidate]:
        """Search the reference the check used: the best records for ``query`` (the search box's
        text when ``None``), each with its 0-100 score, listed for "use this record".

        Raises
        ------
        ClaimcheckError
            When the query is empty or the check's reference cannot be loaded.
        """
        if query is not None:
            self._syncing = True
            try:
                self.search_query.value = query
            finally:
                self._syncing = False
        text = " ".join(self.search_query.value.split())
        if not text:
            raise ClaimcheckError(
                "Type what to look for: a name, a place, a date or a few words of the claim."
            )
        reference = self._reference_or_error()
        self.found = search_reference(
            text,
            reference,
            published=self.result.article.published,
            settings=self.result.settings,
        )
        self.search_results.options = [
            (search_row(c, reference.record(c.record_id)), c.record_id) for c in self.found
        ]
        self.search_results.value = self.found[0].record_id if self.found else None
        self.search_status.value = message_html(
            f"{len(self.found)} record(s) of {reference.name} for “{text}”, best first."
            if self.found
            else f"No record of {reference.name} matches “{text}”. Try other words, or add "
            "the fact below."
        )
        self._enable_use()
        return self.found

    def use_record(
        self, record_id: str | None = None, *, note: str = "", reviewer: str = ""
    ) -> Review:
        """Judge the selected claim against a record the search found, and record that as the
        claim's review: the label, the record chosen and the verdict against it (its evidence
        is what exports publish). ``record_id``: the search result selected when ``None``.

        Raises
        ------
        ClaimcheckError
            When no claim or record is selected, no reviewer is named, or the log refuses it.
        """
        record_id = record_id if record_id is not None else self.search_results.value
        chosen = next((c for c in self.found if c.record_id == record_id), None)
        if chosen is None:
            raise ClaimcheckError(
                "Search the reference and select one of the records found before using it."
            )
        if self.selected is None:
            raise ClaimcheckError("Select the claim to judge (in the article or the table) first.")
        reviewer = _named(reviewer)
        claim = self.claim(self.selected)
        verdict = judge_with_record(
            claim, chosen, self._reference_or_error(), settings=self.result.settings
        )
        if verdict.record_id != chosen.record_id:
            # Not checkable, or a record of another phase of the event: it decides nothing.
            raise ClaimcheckError(
                f"Record {chosen.record_id} cannot decide {claim.id}: {verdict.explanation} "
                "Nothing was recorded; override the label instead if you know better."
            )
        return self._append_review(
            Review(
                label=verdict.label,
                note=note,
                reviewer=reviewer,
                record_id=chosen.record_id,
                verdict=verdict,
            )
        )

    def add_fact(
        self,
        fact: Mapping[str, object] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
    ) -> Record:
        """Append a fact (the form's fields when ``None``) to the user's facts file, added by the
        reviewer named, and re-check the article against the reference with the user's facts.

        Raises
        ------
        ClaimcheckError
            When the fact is not valid reference data (the file is left untouched), no one is
            named, or the file is the shipped reference.
        """
        if fact is None:
            fact = {column: field.value for column, field in self.fact_fields.items()}
        target = Path(path if path is not None else self.facts_path.value.strip())
        base = self._base_reference()
        # When the reference itself is the facts file, its facts are read once, not twice.
        own = _same_file(self._base_path, target)
        record = add_fact(
            target,
            fact,
            added_by=self.reviewer.value,
            alongside=None if own else base,
            now=self._clock,
        )
        from claimcheck import check, load_reference

        reference = load_reference(target) if own else load_with_facts(base, target)
        before = {claim.id: self.result.label_of(claim) for claim in self.result.claims}
        result = check(self.result.article, reference, settings=self.result.settings)
        self._fresh()
        self._reference, self._records = reference, {}
        self._set_reference_shown(reference.name)
        self._show(self.review_log.apply(result))
        changed = [
            f"{claim.id} {label_marker(before[claim.id])} → {label_marker(result.label_of(claim))}"
            for claim in self.result.claims
            if claim.id in before and before[claim.id] != self.result.label_of(claim)
        ]
        self.status.value = message_html(f"Re-checked against {reference.name}.")
        self.fact_status.value = message_html(
            f"Added {record.id} to {target} (by {' '.join(self.reviewer.value.split())}, "
            f"{dict(record.extra).get('added_at', '')}). Re-checked against {reference.name}: "
            + ("; ".join(changed) if changed else "no label changed")
            + "."
        )
        return record

    def _append_review(self, review: Review) -> Review:
        """Append a review of the selected claim and show the label (and evidence) it sets."""
        assert self.selected is not None  # the public actions refuse to review nothing
        entry = self.review_log.record(self.result, self.selected, review)
        self._set_result(self.result.with_reviews({self.selected: entry.review}))
        claim = self.claim(self.selected)
        self._build_article()
        if self.timeline is not None:
            self.timeline.set_rows(timeline_rows(self.result))
        self._fill_table()
        self._show_evidence()
        self._show_review_info()
        self.review_label.value = entry.review.label.value  # the label in force now
        chosen = f" against {entry.review.record_id}" if entry.review.record_id else ""
        self.review_status.value = message_html(
            f"Recorded {label_marker(entry.review.label)}{chosen} for {claim.id} in "
            f"{self.review_log.path}."
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
        fresh = not isinstance(source, Reference)
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
        self._fresh()
        self._reference, self._reference_shown, self._records = reference, path, {}
        if fresh:  # another reference typed in: the user's facts are read beside it from now on
            self._base = reference
            self._base_path = Path(path) if path else None
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

    def _build(self, reviewer: str, facts: Path) -> None:
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
        # The note and the name are sent when the box is left, not keystroke by keystroke; the
        # buttons that record them carry them too (``SubmitButton``), so no click outruns them.
        self.review_note = widgets.Textarea(
            description="Note", placeholder="why the label is overridden", continuous_update=False
        ).add_class("cc-review-note")
        self.reviewer = widgets.Text(
            description="Reviewer",
            value=reviewer,
            placeholder="required: your name",
            continuous_update=False,
        ).add_class("cc-reviewer")
        reviewer_field = (self.reviewer, "value")
        self.review_info = widgets.HTML().add_class("cc-review-info")
        self.record_button = SubmitButton(
            description="Record review",
            button_style="primary",
            disabled=True,
            fields=[(self.review_label, "index"), (self.review_note, "value"), reviewer_field],
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
        self.search_query = widgets.Text(
            placeholder="names, places, dates or words of the claim",
            continuous_update=False,
            layout=widgets.Layout(flex="1 1 160px", width="auto"),
        ).add_class("cc-search-query")
        # Enter (or leaving the box) searches, like the button. So the button needs no
        # ``SubmitButton``: should its click outrun the query, the query's arrival searches again.
        self.search_query.observe(self._on_search, names="value")
        self.search_button = widgets.Button(
            description="Search", layout=widgets.Layout(width="auto")
        ).add_class("cc-search")
        self.search_button.on_click(self._on_search)
        self.search_status = widgets.HTML().add_class("cc-search-status")
        self.search_results = widgets.Select(
            options=[], rows=5, layout=widgets.Layout(width="auto")
        ).add_class("cc-search-results")
        self.search_results.observe(lambda _change: self._enable_use(), names="value")
        self.use_button = SubmitButton(
            description="Use this record",
            tooltip="judge the selected claim against this record and record it as its review",
            disabled=True,
            fields=[(self.search_results, "index"), (self.review_note, "value"), reviewer_field],
        ).add_class("cc-use-record")
        self.use_button.on_click(self._on_use)
        search_box = widgets.VBox(
            [
                widgets.HTML(
                    "<b>Search the reference</b>: the best records, scored 0-100; “Use this "
                    "record” judges the selected claim against the one chosen (the reviewer "
                    "and note above are recorded with it)."
                ),
                widgets.HBox([self.search_query, self.search_button]).add_class("cc-search-bar"),
                self.search_status,
                self.search_results,
                self.use_button,
            ]
        ).add_class("cc-search-panel")
        side = widgets.VBox([self.evidence, review_box, search_box]).add_class("cc-side")

        self.facts_path = widgets.Text(
            description="Facts file",
            value=str(facts),
            placeholder="your own CSV, e.g. my-facts.csv (never the shipped reference)",
            layout=widgets.Layout(width="auto", flex="1 1 300px"),
        ).add_class("cc-facts-path")
        self.fact_fields = {
            column: widgets.Text(
                description=column,
                style={"description_width": "initial"},  # the schema's names, not cut short
                placeholder=("required: " if column in REQUIRED_COLUMNS else "")
                + _FACT_HINTS.get(column, ""),
                layout=widgets.Layout(width="auto", flex="1 1 300px"),
            ).add_class(f"cc-fact-{column}")
            for column in COLUMNS
        }
        self.add_fact_button = SubmitButton(
            description="Add fact and re-check",
            tooltip="append the fact to your facts file, added by the reviewer named, and re-check",
            fields=[
                (self.facts_path, "value"),
                *((field, "value") for field in self.fact_fields.values()),
                reviewer_field,
            ],
        ).add_class("cc-add-fact")
        self.add_fact_button.on_click(self._on_add_fact)
        self.fact_status = widgets.HTML().add_class("cc-fact-status")
        fact_box = widgets.VBox(
            [
                widgets.HTML(
                    "<b>Add a missing fact</b> to a reference file of your own (the reviewer "
                    "named above is recorded as who added it, with the time); the article is "
                    "then re-checked with your facts beside the reference."
                ),
                widgets.HBox([self.facts_path, self.add_fact_button]).add_class("cc-fact-bar"),
                widgets.HBox(list(self.fact_fields.values())).add_class("cc-fact-fields"),
                self.fact_status,
            ]
        ).add_class("cc-fact-form")

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
            button = SubmitButton(
                description=caption,
                disabled=not available[kind],
                tooltip="" if available[kind] else "this claimcheck has no such export",
                fields=[reviewer_field],  # the exports name the reviewer as their author
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
            fact_box,
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
        verdict = self.result.verdict_of(claim)  # against the record a reviewer chose, if any
        record_id = verdict.record_id if verdict else None
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

    def _reference_or_error(self) -> Reference:
        reference = self._loaded_reference()
        if reference is None:
            raise ClaimcheckError(
                f"The reference this check used ({self.result.reference.name}) is not at hand: "
                "give it to the workbench (reference=...) or re-check with a reference file."
            )
        return reference

    def _base_reference(self) -> Reference:
        """The reference the user's facts are read beside: the one given, before any fact."""
        if not isinstance(self._base, Reference):
            from claimcheck import load_reference
            from claimcheck.seeds import DEFAULT_REFERENCE

            self._base_path = Path(self._base) if self._base else DEFAULT_REFERENCE
            self._base = load_reference(self._base)
        return self._base

    def _set_reference_shown(self, name: str) -> None:
        """Show which reference the results are from, without re-checking."""
        self._reference_shown = name
        self._syncing = True
        try:
            self.reference_path.value = name
        finally:
            self._syncing = False

    def _fresh(self) -> None:
        self.stale = False
        self.remove_class("cc-stale")

    def _enable_use(self) -> None:
        self.use_button.disabled = not (self.selected and self.search_results.value)

    # -- events ------------------------------------------------------------------------------

    def _on_input(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self.rerun()

    def _on_search(self, _event: Any) -> None:
        if self._syncing:
            return
        try:
            self.search()
        except ClaimcheckError as error:
            self.search_status.value = message_html(str(error), error=True)

    def _on_use(self, _button: SubmitButton) -> None:
        try:
            self.use_record(note=self.review_note.value, reviewer=self.reviewer.value)
        except (ClaimcheckError, KeyError) as error:
            self.search_status.value = message_html(str(error).strip("'\""), error=True)

    def _on_add_fact(self, _button: SubmitButton) -> None:
        try:
            self.add_fact()
        except ClaimcheckError as error:
            self.fact_status.value = message_html(str(error), error=True)

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

    def _on_record(self, _button: SubmitButton) -> None:
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


def _named(reviewer: str) -> str:
    """The reviewer's name with its spaces tidied; a review needs one."""
    name = " ".join(reviewer.split())
    if not name:
        raise ClaimcheckError(
            "Name the reviewer before recording a review: published exports say who "
            "overrode the computed label."
        )
    return name


def _same_file(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False
