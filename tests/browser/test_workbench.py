"""Real-browser tests of the workbench: a real JupyterLab driven in Debian's Chromium.

One JupyterLab server and one browser serve the whole module; each test gets its own notebook
folder (so its own review log) and a fresh workspace. A screenshot is kept for every test in
``artifacts/browser/``; ``CLAIMCHECK_UPDATE_SCREENSHOT=1`` also refreshes ``docs/workbench.png``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from claimcheck_widgets.render import label_marker
from lab import (
    CHROMIUM_ARGS,
    LabServer,
    chromium_or_skip,
    restart_and_run_all,
    run_all,
    write_notebook,
)

from claimcheck import check, load_reference
from claimcheck.models import Label
from claimcheck.seeds import SEED_ARTICLE

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts" / "browser"
NOTEBOOK_01 = "01_check_the_seed_article.ipynb"
WIDGET_TIMEOUT = 30_000
HIGHLIGHT = ".cc-article-view .cc-claim"  # a claim highlighted in the article

PAYLOADS = {
    "img": '<img src=x onerror="window.__cc_pwned = 1">',
    "script": "<script>window.__cc_pwned = 2</script>",
    "iframe": '<iframe srcdoc="<script>parent.__cc_pwned = 3</script>"></iframe>',
}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    chromium = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    server = LabServer(tmp_path_factory.mktemp("lab-root"), tmp_path_factory.mktemp("lab-home"))
    server.start()
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        yield server, browser
        browser.close()
    finally:
        playwright.stop()
        server.stop()
    runtime = str(server.home / "jupyter_runtime_dir")
    survivors = [
        pid for pid in os.listdir("/proc") if pid.isdigit() and runtime.encode() in _cmdline(pid)
    ]
    assert not survivors, f"kernels outlived the server: {survivors}"


def _cmdline(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.fixture
def page(lab, request):
    _, browser = lab
    context = browser.new_context(viewport={"width": 1600, "height": 1500})
    page = context.new_page()
    page.set_default_timeout(WIDGET_TIMEOUT)
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{_slug(request.node.name)}.png", full_page=True)
    context.close()


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name)[:80]


def _open(page, lab, request, folder: str, notebook: str) -> None:
    server, _ = lab
    page.goto(server.notebook_url(f"{folder}/{notebook}", f"ws-{_slug(request.node.name)}"))
    page.locator(".jp-NotebookPanel").first.wait_for(state="visible", timeout=60_000)


def _copy_notebook_01(lab, folder: str) -> int:
    """Copy notebook 01 into its own folder of the server root; return its code cell count."""
    server, _ = lab
    target = server.root / folder
    target.mkdir()
    shutil.copy(REPO / "notebooks" / NOTEBOOK_01, target / NOTEBOOK_01)
    notebook = json.loads((target / NOTEBOOK_01).read_text(encoding="utf-8"))
    return sum(cell["cell_type"] == "code" for cell in notebook["cells"])


def _claim_id(chip) -> str:
    match = re.search(r"\bcc-claim-(\S+)", chip.get_attribute("class") or "")
    assert match, chip.get_attribute("class")
    return match.group(1)


# -- notebook 01 ------------------------------------------------------------------------------


def test_browser_notebook_01_renders_and_click_shows_evidence(lab, page, request):
    from playwright.sync_api import expect

    cells = _copy_notebook_01(lab, "render")
    _open(page, lab, request, "render", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    bench = page.locator(".cc-workbench")
    expect(bench).to_be_visible(timeout=WIDGET_TIMEOUT)
    expected = check(SEED_ARTICLE, load_reference())
    expect(page.locator(HIGHLIGHT)).to_have_count(len(expected.claims))
    supported = next(c for c in expected.claims if str(c.verdict.label) == "supported")
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-{supported.id}")
    expect(chip).to_have_class(re.compile(r"\bcc-label-supported\b"))
    expect(chip).to_contain_text("✓" + supported.text[:20])
    chip.click()
    expect(chip).to_have_class(re.compile(r"\bcc-selected\b"))
    evidence = page.locator(".cc-evidence-panel")
    expect(evidence).to_contain_text(supported.verdict.record_id)
    expect(evidence.locator("table.cc-comparisons")).to_be_visible()
    expect(evidence.locator("a[href^='http']").first).to_be_visible()
    # The table row of the same claim is selected too.
    expect(page.locator(".cc-table select option:checked")).to_contain_text(f" {supported.id} ")
    # Tall enough for the whole workbench: the notebook's own scroll would cut the picture.
    page.set_viewport_size({"width": 1600, "height": 3200})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    bench.screenshot(path=ARTIFACTS / "workbench.png")
    if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copy(ARTIFACTS / "workbench.png", REPO / "docs" / "workbench.png")


def test_browser_table_row_selects_chip(lab, page, request):
    from playwright.sync_api import expect

    cells = _copy_notebook_01(lab, "table")
    _open(page, lab, request, "table", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    expect(page.locator(".cc-workbench")).to_be_visible(timeout=WIDGET_TIMEOUT)
    page.locator(".cc-filter-label select").select_option("supported")
    options = page.locator(".cc-table select option")
    expect(options.first).to_contain_text("✓ supported")
    row = options.first.get_attribute("value")
    page.locator(".cc-table select").select_option(row)
    selected = page.locator(f"{HIGHLIGHT}.cc-selected")
    expect(selected).to_have_count(1)
    claim_id = _claim_id(selected)
    assert f" {claim_id} " in row
    expect(selected).to_have_class(re.compile(r"\bcc-label-supported\b"))
    expect(page.locator(".cc-evidence-panel")).to_contain_text(claim_id)


def test_browser_review_survives_kernel_restart(lab, page, request):
    from playwright.sync_api import expect

    cells = _copy_notebook_01(lab, "review")
    _open(page, lab, request, "review", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    chip = page.locator(f"{HIGHLIGHT}.cc-label-supported").first
    expect(chip).to_be_visible(timeout=WIDGET_TIMEOUT)
    claim_id = _claim_id(chip)
    chip.click()
    page.locator(".cc-review-label select").select_option(label=label_marker(Label.CONTRADICTED))
    page.locator(".cc-review-note textarea").fill("The wire copy gives another date.")
    page.locator(".cc-reviewer input").fill("night desk")
    page.locator(".cc-record-review").click()
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-{claim_id}")
    expect(chip).to_have_class(re.compile(r"\bcc-label-contradicted\b.*\bcc-reviewed\b"))
    expect(chip).to_contain_text("✗")
    expect(page.locator(".cc-evidence-panel")).to_contain_text("night desk")
    expect(page.locator(".cc-review-info")).to_contain_text("1 of ")

    restart_and_run_all(page, code_cells=cells)
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-{claim_id}")
    expect(chip).to_have_class(
        re.compile(r"\bcc-label-contradicted\b.*\bcc-reviewed\b"), timeout=WIDGET_TIMEOUT
    )
    # The notebook's last cell lists the review read back from the log.
    expect(page.locator(".jp-CodeCell").last.locator(".jp-OutputArea")).to_contain_text(
        "night desk"
    )


def _row_id(row: str) -> str:
    """The claim id in a row of the claims table (its label, kind, score, id and text)."""
    match = re.search(r"\s(c\d+)\s", row)
    assert match, row
    return match.group(1)


def test_browser_article_flows_and_keys_move_the_selection(lab, page, request):
    from playwright.sync_api import expect

    cells = _copy_notebook_01(lab, "keys")
    _open(page, lab, request, "keys", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    view = page.locator(".cc-article-view")
    expect(view).to_be_visible(timeout=WIDGET_TIMEOUT)
    expected = check(SEED_ARTICLE, load_reference())
    paragraphs = [p for p in re.split(r"\n\s*\n", expected.article.text) if p.strip()]
    # The article as an article: its paragraphs, claims inline, no box for a lone comma.
    expect(view.locator("p")).to_have_count(len(paragraphs))
    assert view.locator(".cc-claim").count() == len(expected.claims)
    lone = page.evaluate(
        """() => [...document.querySelectorAll('.cc-article-view p *:not(.cc-marker)')]
            .filter(e => /^[\\s,.;:–-]*$/.test(e.textContent)).length"""
    )
    assert lone == 0
    # One scroll (the notebook's): the article view has no scroll box of its own.
    sizes = view.evaluate("e => [e.scrollHeight, e.clientHeight]")
    assert sizes[0] <= sizes[1] + 1, sizes
    # The next claim goes on in the line where the one before it ends (inline, not stacked boxes).
    lines = (
        view.locator("p")
        .first.locator(":scope > .cc-claim")
        .evaluate_all("es => es.map(e => [...e.getClientRects()].map(r => r.top))")
    )
    assert len(lines) >= 2 and abs(lines[0][-1] - lines[1][0]) < 2, lines

    order = [_row_id(o.inner_text()) for o in page.locator(".cc-table select option").all()]
    view.locator(f".cc-claim-{order[0]}").first.click()
    expect(page.locator(f"{HIGHLIGHT}.cc-selected").first).to_have_class(
        re.compile(rf"\bcc-claim-{order[0]}\b")
    )
    for key, index in (("ArrowDown", 1), ("j", 2), ("ArrowUp", 1), ("k", 0), ("j", 1)):
        page.keyboard.press(key)
        expect(page.locator(f"{HIGHLIGHT}.cc-selected").first).to_have_class(
            re.compile(rf"\bcc-claim-{order[index]}\b")
        )
        expect(page.locator(".cc-table select option:checked")).to_contain_text(f" {order[index]} ")
    page.keyboard.press("Enter")
    evidence = page.locator(".cc-evidence-panel")
    expect(evidence.locator(f".cc-evidence-{order[1]}")).to_be_visible()
    expect(evidence).to_be_in_viewport()
    # The keys stayed in the article: the notebook did not move to another cell or edit one.
    assert page.locator(".jp-Notebook .jp-mod-editMode").count() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".cc-main").screenshot(path=ARTIFACTS / "article_keys.png")


def test_browser_no_clipping_at_1280_with_sidebar(lab, request):
    from playwright.sync_api import expect

    _, browser = lab
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(WIDGET_TIMEOUT)
    try:
        cells = _copy_notebook_01(lab, "narrow")
        _open(page, lab, request, "narrow", NOTEBOOK_01)
        if not page.locator("#filebrowser").is_visible():
            page.get_by_role("tab", name=re.compile("File Browser")).first.click()
        expect(page.locator("#filebrowser")).to_be_visible()
        run_all(page, code_cells=cells)
        bench = page.locator(".cc-workbench")
        expect(bench).to_be_visible(timeout=WIDGET_TIMEOUT)
        page.locator(f"{HIGHLIGHT}.cc-label-supported").first.click()
        expect(page.locator(".cc-evidence-panel table.cc-comparisons")).to_be_visible()
        right = (
            page.locator(".jp-OutputArea-output")
            .filter(has=bench)
            .evaluate("e => e.getBoundingClientRect().right")
        )
        clipped = bench.evaluate(
            """(bench, right) => [...bench.querySelectorAll(
                    '.cc-evidence table, .cc-article-view, .cc-side, .cc-inputs > *, .cc-filters > *, '
                    + '.cc-exports > *, .cc-search-panel *, .cc-fact-form *, .cc-timeline')]
                .filter(e => e.getBoundingClientRect().right > right + 1)
                .map(e => e.className)""",
            right,
        )
        assert clipped == []
        wider = bench.evaluate(
            """b => [...b.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > b.getBoundingClientRect().right + 1)
                .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
        )
        assert wider == []
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / "workbench_1280.png")
        context.close()


def test_browser_timeline_point_and_article_select_the_same_claim(lab, page, request):
    from playwright.sync_api import expect

    cells = _copy_notebook_01(lab, "timeline")
    _open(page, lab, request, "timeline", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    bars = page.locator(".cc-timeline .mark-rule.role-mark line")
    expected = check(SEED_ARTICLE, load_reference())
    dated = [c.id for c in expected.claims if any(t.first for t in c.times)]
    expect(bars).to_have_count(len(dated), timeout=WIDGET_TIMEOUT)
    # a record's date beside every dated claim that has a record
    recorded = [
        c.id for c in expected.claims if any(t.first for t in c.times) and c.verdict.record_id
    ]
    records = page.locator(".cc-timeline .mark-symbol.role-mark path")
    expect(records).to_have_count(len(recorded))
    # A point selects its claim everywhere.
    page.locator(".cc-timeline").scroll_into_view_if_needed()
    records.nth(1).click()
    expect(page.locator(f"{HIGHLIGHT}.cc-selected").first).to_have_class(
        re.compile(rf"\bcc-claim-{recorded[1]}\b")
    )
    expect(page.locator(".cc-table select option:checked")).to_contain_text(f" {recorded[1]} ")
    expect(page.locator(".cc-evidence-panel")).to_contain_text(recorded[1])
    # And the reverse: a highlight thickens its interval in the timeline.
    page.locator(f"{HIGHLIGHT}.cc-claim-{dated[0]}").first.click()
    expect(bars.nth(0)).to_have_attribute("stroke-width", "15")
    expect(bars.nth(1)).to_have_attribute("stroke-width", "8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".cc-timeline").screenshot(path=ARTIFACTS / "timeline.png")
    if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1":
        shutil.copy(ARTIFACTS / "timeline.png", REPO / "docs" / "timeline.png")


# -- untrusted text -----------------------------------------------------------------------------


def test_browser_payloads_show_as_text_and_run_nothing(lab, page, request):
    from playwright.sync_api import expect

    server, _ = lab
    folder = server.root / "payloads"
    folder.mkdir()
    article = (
        f"Officials said {PAYLOADS['img']} was posted in Baghdad on January 3.\n\n"
        f"A drone strike killed 10 people {PAYLOADS['script']} in Baghdad on January 3.\n\n"
        f"Witnesses saw {PAYLOADS['iframe']} near the airport on January 4."
    )
    write_notebook(
        folder / "payloads.ipynb",
        [
            "%load_ext claimcheck_widgets",
            f"%%claimcheck --published 2020-02-05\n{article}",
            # A control: the same kind of payload in raw ipywidgets.HTML does run, which proves
            # the flag below would have caught an unescaped one.
            "import ipywidgets\nipywidgets.HTML('<img src=x onerror=\"window.__cc_control = 1\">')",
        ],
    )
    _open(page, lab, request, "payloads", "payloads.ipynb")
    run_all(page, code_cells=3)
    expect(page.locator(".cc-workbench")).to_be_visible(timeout=WIDGET_TIMEOUT)
    page.wait_for_function("() => window.__cc_control === 1")

    for chip in page.locator(HIGHLIGHT).all():  # render each claim's evidence
        chip.click()
        expect(page.locator(".cc-evidence-panel blockquote")).to_be_visible()
    page.locator(".cc-review-note textarea").fill(PAYLOADS["img"] + PAYLOADS["iframe"])
    page.locator(".cc-reviewer input").fill(PAYLOADS["script"])
    page.locator(".cc-record-review").click()
    expect(page.locator(".cc-evidence-panel")).to_contain_text(PAYLOADS["iframe"])

    workbench = page.locator(".cc-workbench")
    for payload in PAYLOADS.values():
        expect(workbench.get_by_text(payload, exact=False).first).to_be_attached()
    assert workbench.locator("img, script, iframe").count() == 0
    # onerror fires as soon as an <img src=x> fails to load; give any such handler time to run.
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__cc_pwned") is None


# -- searching the reference, adding a fact, publishing a review -------------------------------

UNMATCHED = "The commander died in the attack in January."
BEIRUT = "The Beirut port explosion killed 218 people on August 4, 2020."


def _workbench_notebook(lab, folder: str, text: str, published: str) -> None:
    """A notebook of one cell that checks ``text`` and shows the workbench, in its own folder."""
    server, _ = lab
    (server.root / folder).mkdir()
    write_notebook(
        server.root / folder / "bench.ipynb",
        [
            "from claimcheck import check\n"
            "from claimcheck_widgets import Workbench\n"
            f"result = check({text!r}, published={published!r})\n"
            "Workbench(result, reviewer='night desk', facts='my-facts.csv')"
        ],
    )


def test_browser_search_and_use_this_record_rejudges_the_claim(lab, page, request):
    from playwright.sync_api import expect

    server, _ = lab
    _workbench_notebook(lab, "search", UNMATCHED, "2020-02-05")
    _open(page, lab, request, "search", "bench.ipynb")
    run_all(page, code_cells=1)
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-c1")
    expect(chip).to_have_class(re.compile(r"\bcc-label-unverifiable\b"), timeout=WIDGET_TIMEOUT)
    chip.click()
    page.locator(".cc-search-query input").fill("Soleimani drone strike")
    page.locator(".cc-search").click()
    results = page.locator(".cc-search-results select option")
    expect(results.first).to_contain_text("soleimani-strike-2020-01-03")
    expect(results.first).to_have_text(re.compile(r"^\s*\d{1,3}\.\d\s+soleimani"))
    page.locator(".cc-review-note textarea").fill("The wire names the general; same strike.")
    page.locator(".cc-use-record").click()
    expect(chip).to_have_class(re.compile(r"\bcc-label-supported\b.*\bcc-reviewed\b"))
    evidence = page.locator(".cc-evidence-panel")
    expect(evidence).to_contain_text("against record soleimani-strike-2020-01-03")
    expect(evidence.locator("table.cc-comparisons")).to_contain_text("2020-01-03")
    # The log kept the record chosen, and the exports publish the verdict against it.
    page.locator(".cc-export-claimreview").click()
    expect(page.locator(".cc-export-status")).to_contain_text("Wrote")
    (exported,) = (server.root / "search" / "claimcheck-exports").glob("*.claimreview.json")
    (review,) = json.loads(exported.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "True"
    assert review["reviewBody"] == "The wire names the general; same strike."
    assert review["claimcheck:review"]["record"] == "soleimani-strike-2020-01-03"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".cc-main").screenshot(path=ARTIFACTS / "search.png")
    if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1":
        shutil.copy(ARTIFACTS / "search.png", REPO / "docs" / "search.png")


def test_browser_add_fact_decides_an_unverifiable_claim(lab, page, request):
    from playwright.sync_api import expect

    server, _ = lab
    _workbench_notebook(lab, "fact", BEIRUT, "2020-08-10")
    _open(page, lab, request, "fact", "bench.ipynb")
    run_all(page, code_cells=1)
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-c1")
    expect(chip).to_have_class(re.compile(r"\bcc-label-unverifiable\b"), timeout=WIDGET_TIMEOUT)
    facts = server.root / "fact" / "my-facts.csv"
    fields = {
        "id": "beirut-port-explosion-2020-08-04",
        "statement": "An explosion at the port of Beirut kills 218 people.",
        "date": "2020-13-45",  # first a date that cannot be: refused, the file not written
        "event_type": "explosion",
        "location": "Port of Beirut; Beirut",
        "country": "Lebanon",
        "aliases": "Beirut port explosion",
        "deaths": "218",
    }
    for column, value in fields.items():
        page.locator(f".cc-fact-{column} input").fill(value)
    page.locator(".cc-add-fact").click()
    status = page.locator(".cc-fact-status")
    expect(status.locator(".cc-error")).to_contain_text("date '2020-13-45': no such day")
    expect(status).not_to_contain_text("Traceback")
    assert not facts.exists()
    expect(chip).to_have_class(re.compile(r"\bcc-label-unverifiable\b"))

    page.locator(".cc-fact-date input").fill("2020-08-04")
    page.locator(".cc-add-fact").click()
    expect(chip).to_have_class(re.compile(r"\bcc-label-supported\b"))
    expect(status).to_contain_text("c1 ? unverifiable → ✓ supported")
    expect(page.locator(".cc-reference input")).to_have_value("events.csv + my-facts.csv")
    chip.click()
    expect(page.locator(".cc-evidence-panel")).to_contain_text("beirut-port-explosion-2020-08-04")
    (row,) = load_reference(facts).frame.to_dict("records")  # the file validates
    assert row["id"] == "beirut-port-explosion-2020-08-04" and row["added_by"] == "night desk"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", row["added_at"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".cc-fact-form").screenshot(path=ARTIFACTS / "add_fact.png")
    if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1":
        shutil.copy(ARTIFACTS / "add_fact.png", REPO / "docs" / "add_fact.png")


def test_browser_override_note_is_the_claimreview_explanation(lab, page, request):
    from playwright.sync_api import expect

    server, _ = lab
    cells = _copy_notebook_01(lab, "publish")
    _open(page, lab, request, "publish", NOTEBOOK_01)
    run_all(page, code_cells=cells)
    chip = page.locator(f"{HIGHLIGHT}.cc-label-supported").first
    expect(chip).to_be_visible(timeout=WIDGET_TIMEOUT)
    claim_id = _claim_id(chip)
    chip = page.locator(f"{HIGHLIGHT}.cc-claim-{claim_id}")
    chip.click()
    note = "The wire copy gives another date. </script><script>window.__cc_pwned = 4</script>"
    page.locator(".cc-review-label select").select_option(label=label_marker(Label.CONTRADICTED))
    page.locator(".cc-review-note textarea").fill(note)
    page.locator(".cc-reviewer input").fill("night desk")
    page.locator(".cc-record-review").click()
    expect(chip).to_have_class(re.compile(r"\bcc-label-contradicted\b"))
    page.locator(".cc-export-claimreview").click()
    expect(page.locator(".cc-export-status")).to_contain_text("Wrote")
    (exported,) = (server.root / "publish" / "claimcheck-exports").glob("*.claimreview.json")
    text = exported.read_text(encoding="utf-8")
    assert "</script" not in text  # safe to paste into a script element as it is
    reviews = {r["url"].rsplit("#", 1)[1]: r for r in json.loads(text)}
    published = reviews[claim_id]
    assert published["reviewRating"]["alternateName"] == "False"
    assert published["reviewRating"]["ratingExplanation"] == published["reviewBody"] == note
    assert published["author"][1] == {"@type": "Person", "name": "night desk"}
    assert sum("claimcheck:review" in r for r in reviews.values()) == 1
    assert page.evaluate("() => window.__cc_pwned") is None


def test_browser_payloads_in_search_and_fact_form_run_nothing(lab, page, request):
    from playwright.sync_api import expect

    _workbench_notebook(lab, "hostile", UNMATCHED, "2020-02-05")
    _open(page, lab, request, "hostile", "bench.ipynb")
    run_all(page, code_cells=1)
    workbench = page.locator(".cc-workbench")
    expect(workbench).to_be_visible(timeout=WIDGET_TIMEOUT)
    page.locator(f"{HIGHLIGHT}.cc-claim-c1").click()
    for payload in PAYLOADS.values():
        page.locator(".cc-search-query input").fill(f"Soleimani {payload}")
        page.locator(".cc-search-query input").press("Enter")
        expect(page.locator(".cc-search-status")).to_contain_text(payload)
    every = " ".join(PAYLOADS.values())
    for column in ("id", "statement", "location", "actors", "source"):
        page.locator(f".cc-fact-{column} input").fill(every)
    page.locator(".cc-fact-date input").fill(every)
    page.locator(".cc-add-fact").click()
    expect(page.locator(".cc-fact-status .cc-error")).to_contain_text(PAYLOADS["img"])
    assert not (lab[0].root / "hostile" / "my-facts.csv").exists()
    assert workbench.locator("img, script, iframe").count() == 0
    page.wait_for_timeout(500)  # an onerror handler would have run by now
    assert page.evaluate("() => window.__cc_pwned") is None


# -- without Chromium ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("require", "outcome"), [(None, pytest.skip.Exception), ("1", pytest.fail.Exception)]
)
def test_browser_missing_chromium_skips_unless_required(monkeypatch, require, outcome):
    import lab as harness

    monkeypatch.setattr(harness.shutil, "which", lambda name: None)
    monkeypatch.setattr(harness.os.path, "exists", lambda path: False)
    if require is None:
        monkeypatch.delenv("CLAIMCHECK_REQUIRE_BROWSER", raising=False)
    else:
        monkeypatch.setenv("CLAIMCHECK_REQUIRE_BROWSER", require)
    with pytest.raises(outcome, match="apt-get install -y chromium"):
        chromium_or_skip()
