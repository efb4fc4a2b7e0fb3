"""Tests for claimcheck_widgets: the workbench's state after selecting, filtering and reviewing."""

from __future__ import annotations

import itertools
import json
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import ipywidgets as widgets
import markupsafe
import pytest
from claimcheck_widgets import Workbench
from claimcheck_widgets.render import (
    LABEL_MARKERS,
    claim_caption,
    evidence_html,
    label_marker,
    safe_url,
    table_row,
)
from claimcheck_widgets.submit import SubmitButton
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError
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
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.reviews import ReviewLog
from claimcheck.settings import Settings

PAYLOAD = (
    '<img src=x onerror="window.__cc_pwned=1"> <script>window.__cc_pwned=2</script> '
    '<iframe srcdoc="<script>parent.__cc_pwned=3</script>"></iframe>'
)

# (sentence, kind, label, score, record, comparisons)
SENTENCES = [
    (
        "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.",
        ClaimKind.EVENT,
        Label.SUPPORTED,
        0.93,
        "soleimani-strike-2020-01-03",
        (Comparison("date", "2020-01-03", "2020-01-03", True, "same day"),),
    ),
    (
        "Iran retaliated with a missile attack against a US base in Iraq days later.",
        ClaimKind.EVENT,
        Label.MISLEADING,
        0.71,
        "iran-missiles-2020-01-08",
        (Comparison("injuries", "no casualties", "110", False, "110 injured"),),
    ),
    (
        "Khamenei said the plan would die before Trump does.",
        ClaimKind.QUOTE,
        Label.NOT_CHECKABLE,
        0.0,
        None,
        (),
    ),
    (
        "Parliamentary elections were held on February 28.",
        ClaimKind.EVENT,
        Label.CONTRADICTED,
        0.82,
        "iran-election-2020-02-21",
        (Comparison("date", "2020-02-28", "2020-02-21", False, "a week apart"),),
    ),
    (
        f"The statement {PAYLOAD} was posted online.",
        ClaimKind.EVENT,
        Label.UNVERIFIABLE,
        0.12,
        None,
        (),
    ),
]


def _result(sentences=SENTENCES) -> CheckResult:
    """A check result built from models, in the shape the pipeline gives."""
    text = sentences[0][0] + " " + sentences[1][0] + "\n\n" + " ".join(s[0] for s in sentences[2:])
    claims, position = [], 0
    for index, (sentence, kind, label, score, record, comparisons) in enumerate(sentences):
        start = text.index(sentence, position)
        position = start + len(sentence)
        candidates = (Candidate(record, score * 100),) if record else ()
        candidates += (Candidate("another-record", 41.5),)
        claims.append(
            Claim(
                id=f"c{index + 1}",
                sentence=index,
                start=start,
                end=position,
                text=sentence,
                kind=kind,
                checkworthy=kind is ClaimKind.EVENT,
                verdict=Verdict(
                    label=label,
                    score=score * 100,
                    record_id=record,
                    source="https://www.reuters.com/world/" if record else "",
                    comparisons=comparisons,
                    explanation=f"Because of {sentence[:20]} <b>bold</b>",
                    candidates=candidates,
                ),
            )
        )
    return CheckResult(
        article=Article(text=text, title="Tensions <rise>", published=None),
        reference=ReferenceInfo(name="events.csv", sha256="f" * 64, rows=17),
        settings=Settings(),
        claims=tuple(claims),
    )


@pytest.fixture
def bench(tmp_path):
    return Workbench(_result(), review_log=tmp_path / "reviews.sqlite", export_dir=tmp_path)


class _Article(HTMLParser):
    """The article view's markup read back: paragraphs, highlights and the text shown."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[tuple[str | None, str]]] = []
        self.highlights: dict[str, set[str]] = {}
        self._claim: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p":
            self.paragraphs.append([])
        elif "data-claim" in attrs:
            self._claim.append(attrs["data-claim"])
            self.highlights[attrs["data-claim"]] = set(attrs["class"].split())
        elif tag == "span":
            self._claim.append(self._claim[-1] if self._claim else None)

    def handle_endtag(self, tag):
        if tag == "span" and self._claim:
            self._claim.pop()

    def handle_data(self, data):
        if self.paragraphs:
            self.paragraphs[-1].append((self._claim[-1] if self._claim else None, data))


def _article(bench) -> _Article:
    parsed = _Article()
    parsed.feed(bench.article.html)
    return parsed


def _html_of(widget: widgets.Widget) -> list[str]:
    """Every HTML string the workbench hands to the browser."""
    found = []
    if isinstance(widget, widgets.HTML):
        found.append(widget.value)
    if hasattr(widget, "article") and hasattr(widget.article, "html"):
        found.append(widget.article.html)
    for child in getattr(widget, "children", ()):
        found.extend(_html_of(child))
    return found


# -- the article ----------------------------------------------------------------------------


@pytest.mark.parametrize(("claim_id", "label"), [("c1", "supported"), ("c4", "contradicted")])
def test_widgets_every_claim_is_highlighted_with_label_class_and_marker(bench, claim_id, label):
    article = _article(bench)
    classes = article.highlights[claim_id]
    assert {"cc-claim", f"cc-claim-{claim_id}", f"cc-label-{label}"} <= classes
    shown = [text for paragraph in article.paragraphs for cid, text in paragraph if cid == claim_id]
    assert shown == ["✓" if label == "supported" else "✗", bench.claim(claim_id).text]


@pytest.mark.parametrize("paragraphs", [2])
def test_widgets_article_flows_in_paragraphs(bench, paragraphs):
    article = _article(bench)
    assert len(article.paragraphs) == paragraphs
    # Claims inline in flowing text: the space between two claims stays a space, not a box.
    assert [sorted({cid for cid, _ in p if cid}) for p in article.paragraphs] == [
        ["c1", "c2"],
        ["c3", "c4", "c5"],
    ]
    assert (None, " ") in article.paragraphs[0]
    assert bench.article.order == ["c1", "c2", "c3", "c4", "c5"]


# -- selecting ------------------------------------------------------------------------------


@pytest.mark.parametrize("claim_id", ["c2", "c4"])
def test_widgets_clicking_a_highlight_selects_it_in_the_table(bench, claim_id):
    bench.article.selected = claim_id  # what a click in the page sets
    assert bench.selected == claim_id
    assert bench.table.value == claim_id
    assert f"cc-evidence-{claim_id}" in bench.evidence.value


@pytest.mark.parametrize(("first", "then"), [("c1", "c4")])
def test_widgets_choosing_a_table_row_selects_its_highlight(bench, first, then):
    bench.table.value = first
    bench.table.value = then
    assert bench.selected == then
    assert bench.article.selected == then
    assert bench.review_label.value == "contradicted"


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([1], "c1"),  # nothing selected: down starts at the top
        ([-1], "c5"),  # up starts at the bottom
        ([1, 1, 1], "c3"),
        ([1, -1, -1], "c1"),  # stops at the ends
        ([-1, 1], "c5"),
    ],
)
def test_widgets_keys_move_through_claims_in_table_order(bench, steps, expected):
    for step in steps:
        bench.move(step)
    assert bench.selected == expected == bench.article.selected == bench.table.value


@pytest.mark.parametrize(("sort", "expected"), [("score, high first", ["c1", "c4", "c2"])])
def test_widgets_keys_follow_the_tables_filter_and_sort(bench, sort, expected):
    bench.sort.value = sort
    bench.kind_filter.value = "event"
    bench.min_score.value = 50
    assert bench.article.order == expected
    assert [bench.move(1) for _ in expected] == expected


@pytest.mark.parametrize("claim_id", ["c4"])
def test_widgets_enter_opens_the_evidence(bench, claim_id):
    bench.article.receive({"event": "open", "claim": claim_id})  # Enter in the page
    assert bench.opened == bench.selected == claim_id
    assert f"cc-evidence-{claim_id}" in bench.evidence.value


@pytest.mark.parametrize("claim_id", ["c1"])
def test_widgets_evidence_shows_record_comparisons_candidates(bench, claim_id):
    bench.select(claim_id)
    html = bench.evidence.value
    assert "soleimani-strike-2020-01-03" in html
    assert '<a href="https://www.reuters.com/world/"' in html
    assert (
        '<td>date</td><td>2020-01-03</td><td>2020-01-03</td><td class="cc-agrees-yes">✓ agrees</td>'
        in html
    )
    assert "another-record" in html and "41.5" in html
    assert "(score 93.0)" in html  # the verdict's score on the candidates' 0-100 scale
    assert "&lt;b&gt;bold&lt;/b&gt;" in html  # explanations are text, never markup


@pytest.mark.parametrize("unknown", ["c99"])
def test_widgets_selecting_an_unknown_claim_changes_nothing(bench, unknown):
    bench.select("c2")
    with pytest.raises(KeyError, match=unknown):
        bench.select(unknown)
    assert bench.selected == "c2"


# -- filtering and sorting ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind", "min_score", "expected"),
    [
        ("all", "all", 0.0, ["c1", "c2", "c3", "c4", "c5"]),
        ("contradicted", "all", 0.0, ["c4"]),
        ("all", "quote", 0.0, ["c3"]),
        ("all", "event", 50, ["c1", "c2", "c4"]),  # one scale, 0-100: 0.71 shows as 71.0
        ("all", "all", 80, ["c1", "c4"]),
        ("supported", "quote", 0.0, []),
    ],
)
def test_widgets_table_filters_by_label_kind_and_score(bench, label, kind, min_score, expected):
    bench.label_filter.value = label
    bench.kind_filter.value = kind
    bench.min_score.value = min_score
    assert [claim.id for claim in bench.visible_claims()] == expected


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("score, high first", ["c1", "c4", "c2", "c5", "c3"]),
        ("score, low first", ["c3", "c5", "c2", "c4", "c1"]),
        ("label", ["c1", "c2", "c4", "c5", "c3"]),
        ("article order", ["c1", "c2", "c3", "c4", "c5"]),
    ],
)
def test_widgets_table_sorts(bench, sort, expected):
    bench.sort.value = sort
    assert [claim.id for claim in bench.visible_claims()] == expected


@pytest.mark.parametrize("claim_id", ["c4"])
def test_widgets_filtering_keeps_selection_of_hidden_claim(bench, claim_id):
    bench.select(claim_id)
    bench.label_filter.value = "supported"
    assert bench.table.value is None and bench.selected == claim_id
    bench.label_filter.value = "all"
    assert bench.table.value == claim_id


# -- reviewing -------------------------------------------------------------------------------


@pytest.mark.parametrize(("claim_id", "label"), [("c1", "contradicted"), ("c5", "supported")])
def test_widgets_review_changes_label_shown_and_is_logged(bench, tmp_path, claim_id, label):
    bench.article.selected = claim_id
    bench.review_label.value = label
    bench.review_note.value = "Checked <the> wire copy"
    bench.reviewer.value = "night desk"
    bench.record_button.click()
    assert {f"cc-label-{label}", "cc-reviewed"} <= _article(bench).highlights[claim_id]
    assert table_row(bench.result, bench.claim(claim_id)).startswith(
        f"{label_marker(Label(label))} ✎"
    )
    assert "1 of 5 claim(s) of this article reviewed" in bench.review_info.value
    assert "reviews.sqlite" in bench.review_info.value
    assert table_row(bench.result, bench.claim(claim_id)) in dict(bench.table.options)
    assert "Checked &lt;the&gt; wire copy" in bench.evidence.value
    stored = ReviewLog(tmp_path / "reviews.sqlite").latest(_result())
    assert stored[claim_id].label == label and stored[claim_id].reviewer == "night desk"


def _click_in_page(button, typed):
    """The message the page sends for a click on ``button``: each field's state in the page,
    which is what was typed (``typed``, by widget) or else what the kernel already has."""
    states = [{key: typed.get(field, field.get_state(key)[key])} for field, key in button.fields]
    button.receive({"event": "click", "states": states})


@pytest.mark.parametrize("note", ["Checked <the> wire copy"])
def test_widgets_page_click_records_the_review_typed_before_it(bench, tmp_path, note):
    # The edits' own messages have not reached the kernel: the click carries them.
    bench.select("c1")
    contradicted = [value for _, value in bench.review_label.options].index("contradicted")
    typed = {bench.review_label: contradicted, bench.review_note: note, bench.reviewer: "ed"}
    _click_in_page(bench.record_button, typed)
    review = ReviewLog(tmp_path / "reviews.sqlite").latest(_result())["c1"]
    assert (review.label, review.note, review.reviewer) == ("contradicted", note, "ed")
    assert bench.review_note.value == note  # the kernel's form now says what the page says


@pytest.mark.parametrize("note", ["the wire names the general"])
def test_widgets_page_click_uses_the_record_and_note_chosen_in_the_page(unmatched, note):
    unmatched.select("c1")
    found = unmatched.search("Soleimani drone strike")
    assert len(found) > 1 and unmatched.search_results.index == 0
    typed = {unmatched.search_results: 1, unmatched.review_note: note, unmatched.reviewer: "ed"}
    _click_in_page(unmatched.use_button, typed)
    review = unmatched.claim("c1").review
    assert (review.record_id, review.note, review.reviewer) == (found[1].record_id, note, "ed")


@pytest.mark.parametrize(
    "states",
    [
        [{"value": "typed"}, {"value": "extra"}],  # not one state per field
        [{"description": "typed"}],  # not the field's attribute
        [{"value": "typed", "disabled": True}],  # more than it
        "typed",
    ],
)
def test_widgets_submit_button_applies_only_the_fields_it_names(states):
    note = widgets.Textarea(value="kernel")
    button = SubmitButton(description="Record", fields=[(note, "value")])
    seen = []
    button.on_click(lambda _button: seen.append(note.value))
    button.receive({"event": "click", "states": states})
    button.receive({"event": "hover"})
    assert seen == ["kernel"] and not note.disabled and note.description == ""


@pytest.mark.parametrize("claim_id", ["c2"])
def test_widgets_review_is_shown_by_a_new_workbench(tmp_path, claim_id):
    log = tmp_path / "reviews.sqlite"
    first = Workbench(_result(), review_log=log, export_dir=tmp_path)
    first.select(claim_id)
    first.record_review(Label.CONTRADICTED, note="110 were injured", reviewer="ed")
    again = Workbench(_result(), review_log=log, export_dir=tmp_path)  # e.g. after a restart
    assert "cc-label-contradicted" in _article(again).highlights[claim_id]
    assert "1 of 5 claim(s)" in again.review_info.value
    assert again.result.label_of(again.claim(claim_id)) is Label.CONTRADICTED


@pytest.mark.parametrize("label", ["contradicted"])
def test_widgets_review_without_selection_is_refused(bench, label):
    with pytest.raises(ClaimcheckError, match="Select a claim"):
        bench.record_review(label)
    bench.record_button.click()  # disabled in the page; a stray click only reports
    assert bench.record_button.disabled


@pytest.mark.parametrize("reviewer", ["", "   "])
def test_widgets_review_without_reviewer_is_refused(bench, tmp_path, reviewer):
    bench.select("c1")
    bench.reviewer.value = reviewer
    bench.record_button.click()
    assert "Name the reviewer" in bench.review_status.value
    assert "cc-error" in bench.review_status.value
    assert ReviewLog(tmp_path / "reviews.sqlite").latest(_result()) == {}
    assert bench.claim("c1").review is None


# -- exports ---------------------------------------------------------------------------------


@pytest.mark.parametrize("claim_id", ["c4"])
def test_widgets_json_export_carries_the_review(bench, claim_id):
    bench.select(claim_id)
    bench.record_review(Label.SUPPORTED, note="correction issued", reviewer="ed")
    bench.export_buttons["json"].click()
    assert "Wrote" in bench.export_status.value
    path = bench.export("json")
    document = json.loads(path.read_text(encoding="utf-8"))
    claim = next(c for c in document["claims"] if c["id"] == claim_id)
    assert claim["review"]["label"] == "supported"
    assert claim["verdict"]["label"] == "contradicted"
    assert CheckResult.from_json(path.read_text(encoding="utf-8")) == bench.result


@pytest.mark.parametrize(("kind", "suffix"), [("markdown", ".md"), ("claimreview", ".json")])
def test_widgets_other_exports_write_files(bench, kind, suffix):
    if bench.export_buttons[kind].disabled:
        pytest.skip(f"claimcheck has no {kind} export in this checkout")
    path = bench.export(kind)
    assert path.suffix == suffix and path.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("kind", ["pdf"])
def test_widgets_unknown_export_is_refused(bench, kind):
    with pytest.raises(ClaimcheckError, match="Unknown export"):
        bench.export(kind)


# -- untrusted text --------------------------------------------------------------------------

_RAW_TAG = re.compile(r"<(img|script|iframe)\b", re.IGNORECASE)


@pytest.mark.parametrize("claim_id", ["c5"])
def test_widgets_payload_reaches_html_only_escaped(bench, claim_id):
    bench.select(claim_id)
    bench.record_review(Label.UNVERIFIABLE, note=PAYLOAD, reviewer=PAYLOAD)
    for markup in _html_of(bench):
        assert not _RAW_TAG.search(markup), markup
    assert str(markupsafe.escape(PAYLOAD)) in bench.evidence.value
    shown = "".join(text for p in _article(bench).paragraphs for cid, text in p if cid == claim_id)
    assert PAYLOAD in shown  # in the article as text, never as markup


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.reuters.com/article/x", True),
        ("http://www.defenceweb.co.za/a?b=1&c=2", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example/x", False),
    ],
)
def test_widgets_only_web_links_become_hrefs(url, safe):
    assert (safe_url(url) is not None) is safe


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=80))
def test_widgets_any_text_is_escaped_in_evidence(text):
    claim = Claim(
        id="c1",
        sentence=0,
        start=0,
        end=len(text),
        text=text,
        kind=ClaimKind.EVENT,
        verdict=Verdict(
            Label.CONTRADICTED,
            record_id=text,
            source=text,
            explanation=text,
            comparisons=(Comparison("actor", text, text, False, text),),
            candidates=(Candidate(text + "x", 50.0),),
        ),
        review=Review(Label.SUPPORTED, note=text, reviewer=text),
    )
    result = CheckResult(
        article=Article(text=text),
        reference=ReferenceInfo("r", "0" * 64, 1),
        settings=Settings(),
        claims=(claim,),
    )
    html = evidence_html(result, claim)
    own_tags = r"</?(div|h3|span|blockquote|p|b|code|ul|li|table|tr|th|td|a)\b[^<>]*>"
    assert "<" not in re.sub(own_tags, "", html)
    assert claim_caption(result, claim).endswith(text)


# -- inputs re-run the check -----------------------------------------------------------------

NEWS = (
    "Qassem Soleimani was killed in a drone strike in Baghdad on January 3. "
    "Iran fired missiles at a US base in Iraq days later."
)
OWN_CSV = (
    "id,statement,date,event_type,location,actors,deaths\n"
    "kerman-stampede,A stampede at Qassem Soleimani's funeral in Kerman kills 56 people.,"
    "2020-01-07,stampede,Kerman,Qassem Soleimani,56\n"
)


@pytest.fixture
def live(tmp_path):
    from claimcheck import check, load_reference

    reference = load_reference()
    result = check(NEWS, reference, published="2020-02-05")
    return Workbench(result, reference=reference, review_log=tmp_path / "r.sqlite")


@pytest.mark.parametrize("threshold", [100.0])
def test_widgets_threshold_reruns_check_and_keeps_reviews(live, threshold):
    supported = [c.id for c in live.result.claims if str(c.verdict.label) == "supported"]
    assert supported
    live.select(supported[0])
    live.record_review(Label.MISLEADING, note="kept across re-runs", reviewer="ed")
    live.threshold.value = threshold
    assert live.result.settings.match_threshold == threshold
    computed = {c.id: str(c.verdict.label) for c in live.result.claims}
    assert "supported" not in computed.values()  # nothing reaches 100: the check fails closed
    assert live.result.label_of(live.claim(supported[0])) is Label.MISLEADING
    assert live.selected == supported[0]
    assert "Re-checked" in live.status.value


@pytest.mark.parametrize("published", [date(2021, 2, 5)])
def test_widgets_published_date_reruns_check(live, published):
    live.published.value = published.isoformat()  # ISO text, never the browser's locale
    assert live.result.article.published == published
    assert f"Published {published.isoformat()}" in live.header.value


@pytest.mark.parametrize("name", ["own facts.csv"])
def test_widgets_reference_path_reruns_against_it(live, tmp_path, name):
    (tmp_path / name).write_text(OWN_CSV, encoding="utf-8")
    live.reference_path.value = str(tmp_path / name)
    assert (live.result.reference.name, live.result.reference.rows) == (name, 1)
    live.threshold.value = 60.0  # the next re-run keeps using the reference now shown
    assert live.result.reference.name == name


@pytest.mark.parametrize("path", ["/no/such/facts.csv"])
def test_widgets_bad_reference_path_reports_and_keeps_result(live, path):
    before = live.result
    live.reference_path.value = path
    assert live.result is before
    assert "cc-error" in live.status.value and "facts.csv" in live.status.value


@pytest.mark.parametrize("threshold", [75.0])
def test_widgets_dataframe_reference_is_reused_on_rerun(tmp_path, threshold):
    import io

    import pandas as pd

    from claimcheck import check, load_reference

    reference = load_reference(pd.read_csv(io.StringIO(OWN_CSV), dtype=str), name="desk facts")
    result = check("A stampede in Kerman killed 40 people on January 7, 2020.", reference)
    bench = Workbench(result, reference=reference, review_log=tmp_path / "r.sqlite")
    assert bench.reference_path.value == "desk facts"
    bench.threshold.value = threshold
    assert bench.result.reference.name == "desk facts"
    assert bench.result.settings.match_threshold == threshold


# -- nothing of the article is lost ----------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=120),
    cuts=st.lists(st.integers(min_value=0, max_value=120), max_size=8),
)
def test_widgets_article_shows_every_character_once(tmp_path_factory, text, cuts):
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    spans = [(a, b) for a, b in itertools.pairwise(bounds) if a < b][::2]
    claims = tuple(
        Claim(id=f"c{n}", sentence=n, start=a, end=b, text=text[a:b], kind=ClaimKind.OTHER)
        for n, (a, b) in enumerate(spans, start=1)
    )
    result = CheckResult(
        article=Article(text=text),
        reference=ReferenceInfo("r", "0" * 64, 0),
        settings=Settings(),
        claims=claims,
    )
    bench = Workbench(result, review_log=tmp_path_factory.mktemp("log") / "r.sqlite")
    shown = []
    article = _article(bench)
    markers = set(LABEL_MARKERS.values())
    for paragraph in article.paragraphs:
        for n, (claim_id, part) in enumerate(paragraph):
            # a highlight opens with its label's marker, then the claim's own text
            if claim_id and part in markers and (n == 0 or paragraph[n - 1][0] != claim_id):
                continue
            shown.append(part)
    assert "".join("".join(shown).split()) == "".join(text.split())
    # every claim with words is highlighted; one of blank space only may fall in a paragraph break
    assert (
        {c.id for c in claims if c.text.strip()}
        <= set(article.highlights)
        <= {c.id for c in claims}
    )


@pytest.mark.parametrize("typed", ["02/05/2020", "2020-13-01"])
def test_widgets_failed_rerun_marks_results_stale_until_a_good_one(live, typed):
    before = live.result
    live.published.value = typed
    assert live.result is before
    assert live.stale and "cc-stale" in live._dom_classes
    assert "Stale" in live.status.value and "cc-error" in live.status.value
    live.published.value = "2020-02-05"
    assert not live.stale and "cc-stale" not in live._dom_classes
    assert "Re-checked" in live.status.value


@pytest.mark.parametrize("published", ["2020-02-05"])
def test_widgets_published_date_is_shown_as_iso(live, published):
    assert live.published.value == published
    assert live.published.placeholder == "YYYY-MM-DD"


@pytest.mark.parametrize("folder", ["claimcheck-exports"])
def test_widgets_exports_default_to_a_folder_git_ignores(tmp_path, monkeypatch, folder):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    bench = Workbench(_result(), review_log=tmp_path / "r.sqlite")
    assert bench.export("json").parent == tmp_path / folder
    gitignore = Path(__file__).resolve().parents[1] / ".gitignore"
    assert f"{folder}/" in gitignore.read_text(encoding="utf-8").splitlines()


# -- the timeline ----------------------------------------------------------------------------

needs_timeline = pytest.mark.skipif(
    not __import__("claimcheck_widgets.timeline").timeline.available(),
    reason="the timeline needs altair and vl-convert-python (the test extra installs them)",
)


@needs_timeline
@pytest.mark.parametrize("claim_id", ["c1"])
def test_widgets_timeline_and_selection_follow_each_other(live, claim_id):
    rows = live.timeline.rows
    assert [row["id"] for row in rows] == ["c1", "c2"]  # "on January 3", "days later"
    assert rows[0]["first"] == rows[0]["last"] == rows[0]["record_date"] == "2020-01-03"
    live.timeline.pick(claim_id)  # a click on the claim's bar
    assert live.selected == claim_id == live.article.selected == live.table.value
    live.select(None)
    assert live.timeline.selected == ""
    live.move(1)
    assert live.timeline.selected == live.selected


@needs_timeline
@pytest.mark.parametrize("threshold", [100.0])
def test_widgets_timeline_follows_a_rerun(live, threshold):
    live.threshold.value = threshold
    labels = {row["id"]: row["label"] for row in live.timeline.rows}
    assert set(labels.values()) == {"unverifiable"}  # the check failed closed at 100


@pytest.mark.parametrize("timeline", [False])
def test_widgets_timeline_can_be_left_out(tmp_path, timeline):
    bench = Workbench(_result(), review_log=tmp_path / "r.sqlite", timeline=timeline)
    assert bench.timeline is None
    bench.move(1)
    assert bench.selected == "c1"


# -- searching the reference and "use this record" --------------------------------------------

UNMATCHED = "The commander died in the attack in January."  # no name: no record matches


@pytest.fixture
def unmatched(tmp_path):
    from claimcheck import check, load_reference

    reference = load_reference()
    result = check(UNMATCHED, reference, published="2020-02-05")
    assert result.claims[0].verdict.label == Label.UNVERIFIABLE
    return Workbench(
        result,
        reference=reference,
        review_log=tmp_path / "r.sqlite",
        export_dir=tmp_path / "exports",
        facts=tmp_path / "my-facts.csv",
        timeline=False,
    )


@pytest.mark.parametrize("query", ["Soleimani drone strike"])
def test_widgets_search_lists_records_with_scores(unmatched, query):
    found = unmatched.search(query)
    assert found[0].record_id == "soleimani-strike-2020-01-03"
    assert [value for _, value in unmatched.search_results.options] == [c.record_id for c in found]
    first = unmatched.search_results.options[0][0]
    assert first.startswith(f"{found[0].score:5.1f}  soleimani-strike-2020-01-03  2020-01-03")
    assert all(0 <= c.score <= 100 for c in found)
    assert unmatched.search_results.value == found[0].record_id
    assert "best first" in unmatched.search_status.value
    # Nothing selected yet: the record cannot be used.
    assert unmatched.use_button.disabled
    unmatched.select("c1")
    assert not unmatched.use_button.disabled


@pytest.mark.parametrize("query", ["", "   ", "zzzqqq xxyyzz", PAYLOAD])
def test_widgets_search_without_result_says_so_escaped(unmatched, query):
    unmatched.search_query.value = query  # as typed
    unmatched.search_button.click()
    status = unmatched.search_status.value
    assert unmatched.search_results.options == ()
    assert "<img" not in status and "<script" not in status and "<iframe" not in status
    assert "Type what to look for" in status or "No record of events.csv matches" in status


@pytest.mark.parametrize("note", ["the wire says the general died in the strike"])
def test_widgets_use_this_record_rejudges_and_records_the_choice(unmatched, note):
    unmatched.select("c1")
    unmatched.search("Soleimani drone strike")
    unmatched.review_note.value = note
    unmatched.reviewer.value = "night desk"
    unmatched.use_button.click()
    claim = unmatched.claim("c1")
    assert claim.review.record_id == "soleimani-strike-2020-01-03"
    assert claim.review.label == claim.review.verdict.label == Label.SUPPORTED
    assert claim.review.reviewer == "night desk" and claim.review.note == note
    assert unmatched.result.label_of(claim) == Label.SUPPORTED
    assert claim.verdict.label == Label.UNVERIFIABLE  # the computed verdict stays beside it
    # The evidence shown is the verdict against the chosen record.
    assert "soleimani-strike-2020-01-03" in unmatched.evidence.value
    assert "cc-comparisons" in unmatched.evidence.value
    assert "cc-label-supported cc-reviewed" in unmatched.article.html
    # The log keeps which record the reviewer chose; a new workbench reads it back.
    (entry,) = unmatched.review_log.history(unmatched.result)
    assert entry.review.record_id == "soleimani-strike-2020-01-03"
    assert entry.review.verdict == claim.review.verdict
    again = Workbench(unmatched.result, review_log=unmatched.review_log.path, timeline=False)
    assert again.claim("c1").review.verdict == claim.review.verdict


@pytest.mark.parametrize("kind", ["json", "claimreview", "markdown"])
def test_widgets_exports_carry_the_rejudged_verdict(unmatched, kind):
    unmatched.select("c1")
    unmatched.search("Soleimani drone strike")
    unmatched.use_record(note="confirmed by the wire", reviewer="night desk")
    text = unmatched.export(kind).read_text(encoding="utf-8")
    if kind == "json":
        document = json.loads(text)
        (claim,) = document["claims"]
        assert document["reviewed_labels"] == 1
        assert claim["verdict"]["label"] == "unverifiable"
        assert claim["review"]["record_id"] == "soleimani-strike-2020-01-03"
        assert claim["review"]["verdict"]["label"] == "supported"
    elif kind == "claimreview":
        (review,) = json.loads(text)
        assert review["reviewRating"]["alternateName"] == "True"
        assert review["reviewBody"] == "confirmed by the wire"
        assert review["author"][1] == {"@type": "Person", "name": "night desk"}
        assert review["claimcheck:review"]["record"] == "soleimani-strike-2020-01-03"
    else:
        assert "Record: soleimani-strike-2020-01-03" in text
        assert "1 of 1 label(s) set by a reviewer." in text


@pytest.mark.parametrize(
    ("reviewer", "select", "search", "message"),
    [
        ("", True, True, "Name the reviewer"),
        ("ed", False, True, "Select the claim"),
        ("ed", True, False, "Search the reference"),
    ],
)
def test_widgets_use_this_record_refuses_what_is_missing(
    unmatched, reviewer, select, search, message
):
    if search:
        unmatched.search("Soleimani drone strike")
    if select:
        unmatched.select("c1")
    with pytest.raises(ClaimcheckError, match=message):
        unmatched.use_record("soleimani-strike-2020-01-03", reviewer=reviewer)
    assert unmatched.review_log.history(unmatched.result) == []


# -- adding a missing fact ------------------------------------------------------------------------

BEIRUT = "The Beirut port explosion killed 218 people on August 4, 2020."
# the missing fact test_facts.py adds too
BEIRUT_FACT = json.loads(
    (Path(__file__).parent / "data" / "beirut_fact.json").read_text(encoding="utf-8")
)
CLOCK = lambda: datetime(2020, 8, 5, 9, 30, tzinfo=UTC)  # noqa: E731


@pytest.fixture
def beirut(tmp_path):
    from claimcheck import check

    result = check(BEIRUT, published="2020-08-10")
    assert result.claims[0].verdict.label == Label.UNVERIFIABLE
    return Workbench(
        result,
        review_log=tmp_path / "r.sqlite",
        facts=tmp_path / "my-facts.csv",
        reviewer="night desk",
        clock=CLOCK,
        timeline=False,
    )


def _fill(bench, fact):
    for column, field in bench.fact_fields.items():
        field.value = fact.get(column, "")


@pytest.mark.parametrize("fact", [BEIRUT_FACT])
def test_widgets_add_fact_appends_a_row_and_rechecks(beirut, fact, tmp_path):
    import csv

    from claimcheck import load_reference

    _fill(beirut, fact)
    beirut.add_fact_button.click()
    assert beirut.result.label_of(beirut.claim("c1")) == Label.SUPPORTED
    assert beirut.claim("c1").verdict.record_id == fact["id"]
    assert beirut.result.reference.name == "events.csv + my-facts.csv"
    assert beirut.reference_path.value == "events.csv + my-facts.csv"
    status = beirut.fact_status.value
    assert f"Added {fact['id']}" in status and "c1 ? unverifiable → ✓ supported" in status
    text = (tmp_path / "my-facts.csv").read_text(encoding="utf-8")
    (row,) = list(csv.DictReader(text.splitlines()))
    assert row["added_by"] == "night desk" and row["added_at"] == "2020-08-05T09:30:00+00:00"
    assert {column: row[column] for column in fact} == fact
    assert load_reference(tmp_path / "my-facts.csv").rows == 1  # the file validates
    # A re-run (another threshold) keeps the user's facts.
    beirut.threshold.value = 65.0
    assert beirut.result.reference.name == "events.csv + my-facts.csv"
    assert beirut.result.label_of(beirut.claim("c1")) == Label.SUPPORTED


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"date": "2020-13-45"}, "date '2020-13-45': no such day"),
        ({"deaths": "many"}, "deaths 'many': expected a whole number"),
        ({"statement": ""}, "statement: say the fact in one sentence"),
        ({"id": "soleimani-strike-2020-01-03"}, "events.csv already has a record with this id"),
        ({"id": PAYLOAD, "deaths": "-1"}, "deaths '-1': a count cannot be below 0"),
    ],
)
def test_widgets_add_fact_refuses_invalid_input_file_untouched(beirut, change, expected, tmp_path):
    import html

    _fill(beirut, {**BEIRUT_FACT, **change})
    before = beirut.result
    beirut.add_fact_button.click()
    status = beirut.fact_status.value
    assert status.startswith('<span class="cc-error">') and expected in html.unescape(status)
    assert "<img" not in status and "<script" not in status and "Traceback" not in status
    assert "the file is unchanged" in status
    assert not (tmp_path / "my-facts.csv").exists()
    assert beirut.result is before


@pytest.mark.parametrize("reviewer", ["", "  "])
def test_widgets_add_fact_needs_who_adds_it(beirut, reviewer, tmp_path):
    _fill(beirut, BEIRUT_FACT)
    beirut.reviewer.value = reviewer
    beirut.add_fact_button.click()
    assert "Name who adds the fact" in beirut.fact_status.value
    assert not (tmp_path / "my-facts.csv").exists()


@pytest.mark.parametrize("shipped", ["events.csv"])
def test_widgets_add_fact_refuses_the_shipped_reference(beirut, shipped):
    from claimcheck.seeds import DEFAULT_REFERENCE

    before = DEFAULT_REFERENCE.read_bytes()
    _fill(beirut, BEIRUT_FACT)
    beirut.facts_path.value = str(DEFAULT_REFERENCE)
    beirut.add_fact_button.click()
    assert "shipped reference, which is never changed" in beirut.fact_status.value
    assert DEFAULT_REFERENCE.read_bytes() == before
    assert DEFAULT_REFERENCE.name == shipped


@pytest.mark.parametrize("text", ["The deal is a disgrace."])
def test_widgets_use_this_record_on_a_claim_with_nothing_to_check_records_nothing(tmp_path, text):
    from claimcheck import check

    bench = Workbench(
        check(text, published="2020-02-05"), review_log=tmp_path / "r.sqlite", timeline=False
    )
    assert bench.claim("c1").verdict.label == Label.NOT_CHECKABLE
    bench.select("c1")
    bench.search("Soleimani drone strike")
    with pytest.raises(ClaimcheckError, match="cannot decide c1: A characterisation"):
        bench.use_record(reviewer="ed")
    assert bench.review_log.history(bench.result) == []
