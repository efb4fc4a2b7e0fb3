"""Benchmark the workbench's render time in a real browser: a 200-claim article with its timeline.

Starts a throwaway JupyterLab (the browser tests' harness, ``tests/browser/lab.py``), opens a
notebook in Debian's Chromium, runs it once to warm the kernel and the page, then times fresh
displays of the workbench: from Ctrl+Enter on the cell to every highlight of the article drawn,
and to every claim's interval drawn in the timeline. A measured figure, not a test: the goal is
under 2 s for both, and the spread on a small shared machine is wide.

Usage::

    python3 benchmarks/bench_render.py              # 200 claims, 3 timed displays
    python3 benchmarks/bench_render.py --claims 400 --repeat 5

Needs Chromium (/usr/bin/chromium), playwright, JupyterLab, Altair and vl-convert.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))

from lab import (  # noqa: E402  (the harness lives beside the browser tests)
    CHROMIUM_ARGS,
    LabServer,
    chromium_or_skip,
    run_all,
    wait_all_run,
    write_notebook,
)

_PLACES = ("Baghdad", "Kabul", "Tehran", "Beirut", "Damascus", "Sanaa", "Mosul", "Aleppo")

# Runs in the page: records when the new view's last highlight has a size and when the new
# timeline has one interval per claim; the old views are marked stale before the run.
_WAIT = """([n, t0]) => {
    window.__cc_t = window.__cc_t || {};
    const now = performance.now() - t0;
    const chips = document.querySelectorAll('.cc-article-view .cc-claim:not([data-cc-stale])');
    const last = chips[chips.length - 1];
    if (!window.__cc_t.article && chips.length === n && last.getBoundingClientRect().height > 0)
        window.__cc_t.article = now;
    const points = document.querySelectorAll(
        '.cc-timeline:not([data-cc-stale]) .mark-rule.role-mark line');
    if (!window.__cc_t.timeline && points.length === n) window.__cc_t.timeline = now;
    return window.__cc_t.article && window.__cc_t.timeline && window.__cc_t;
}"""


def _article(claims: int) -> str:
    return " ".join(
        f"A drone strike in {_PLACES[n % len(_PLACES)]} killed {n % 17 + 2} people "
        f"on January {n % 28 + 1}, 2020."
        for n in range(claims)
    )


def measure(claims: int, repeat: int) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    chromium = chromium_or_skip()
    with tempfile.TemporaryDirectory() as root, tempfile.TemporaryDirectory() as home:
        server = LabServer(Path(root), Path(home))
        server.start()
        try:
            write_notebook(
                Path(root) / "speed.ipynb",
                [
                    "from claimcheck import check\n"
                    "from claimcheck_widgets import Workbench\n"
                    f"result = check({_article(claims)!r}, published='2020-02-05')\n"
                    "len(result.claims)",
                    "Workbench(result)",
                ],
            )
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, headless=True, args=CHROMIUM_ARGS
                )
                page = browser.new_page(viewport={"width": 1600, "height": 1500})
                page.set_default_timeout(60_000)
                page.goto(server.notebook_url("speed.ipynb", "bench-render"))
                page.locator(".jp-NotebookPanel").first.wait_for(state="visible")
                run_all(page, code_cells=2)
                found = int(
                    page.locator(".jp-CodeCell").first.locator(".jp-OutputArea-output").inner_text()
                )
                timings = [_time_display(page, found) for _ in range(repeat)]
                browser.close()
        finally:
            server.stop()
    article = [t["article"] for t in timings]
    timeline = [t["timeline"] for t in timings]
    return {
        "claims": found,
        "article_seconds": article,
        "timeline_seconds": timeline,
        "article_median": statistics.median(article),
        "timeline_median": statistics.median(timeline),
    }


def _time_display(page, claims: int) -> dict[str, float]:
    """Display the workbench again (new models, new views) and time it."""
    page.locator(".jp-CodeCell").nth(1).locator(".jp-InputArea-editor").click()
    page.evaluate(
        "() => { window.__cc_t = {}; document.querySelectorAll("
        "'.cc-article-view .cc-claim, .cc-timeline')"
        ".forEach(c => c.setAttribute('data-cc-stale', '1')); }"
    )
    started = page.evaluate("() => performance.now()")
    page.keyboard.press("Control+Enter")
    timed = page.wait_for_function(
        _WAIT, arg=[claims, started], polling="raf", timeout=60_000
    ).json_value()
    wait_all_run(page, code_cells=2, timeout=60_000)
    return {part: round(timed[part] / 1000, 3) for part in ("article", "timeline")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=200, help="sentences in the article")
    parser.add_argument("--repeat", type=int, default=3, help="timed displays")
    args = parser.parse_args()
    figures = measure(args.claims, args.repeat)
    print(json.dumps(figures, indent=2))
    print(
        f"{figures['claims']} claims: article drawn in {figures['article_median']} s, "
        f"timeline in {figures['timeline_median']} s (median of {args.repeat}; goal < 2 s)"
    )


if __name__ == "__main__":
    main()
