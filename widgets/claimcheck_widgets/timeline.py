"""The timeline: every dated claim on a time axis, its claimed interval beside its record's date.

An Altair ``JupyterChart`` (an anywidget): clicking a claim's bar selects the claim in the
workbench, and selecting a claim elsewhere outlines its bar. The chart is
``claimcheck.report.timeline_spec`` (the HTML report draws the same spec as an SVG) of
``claimcheck.report.timeline_rows`` (ids, labels, dates only). Offline: when vl-convert is
installed the chart's JavaScript is bundled from it, so nothing is fetched from the network.
"""

from __future__ import annotations

import copy
import importlib.util
from collections.abc import Callable
from typing import Any

from claimcheck.report import (
    TIMELINE_PICK,
    TIMELINE_PICK_RECORD,
    TIMELINE_SELECTED,
    timeline_height,
    timeline_spec,
)


def available() -> bool:
    """Altair and vl-convert (the offline bundle of Vega) are both installed."""
    return all(importlib.util.find_spec(name) for name in ("altair", "vl_convert"))


class Timeline:
    """The timeline widget and its two-way link to a claim selection.

    ``widget`` is the JupyterChart to display. ``on_pick(handler)`` calls ``handler(claim_id)``
    when a claim's interval or record date is clicked; ``show_selected(claim_id)`` thickens that
    claim's interval.
    """

    def __init__(self, rows: list[dict[str, object]]) -> None:
        import altair as alt

        alt.JupyterChart.enable_offline()
        # SVG, not canvas: each bar is an element (crisp, and tests can click it); no menu.
        self.widget = alt.JupyterChart(
            alt.LayerChart.from_dict(timeline_spec([])),
            embed_options={"renderer": "svg", "actions": False},
        )
        # The chart is built and validated once; new rows only replace its data (validating a
        # 200-row spec again costs Altair about 0.3 s).
        self._template = copy.deepcopy(self.widget.spec)
        self.widget.add_class("cc-timeline")
        self._handlers: list[Callable[[str], None]] = []
        self.widget.selections.observe(self._on_selection, [TIMELINE_PICK, TIMELINE_PICK_RECORD])
        self.rows: list[dict[str, object]] = []
        self.set_rows(rows)

    def set_rows(self, rows: list[dict[str, object]]) -> None:
        """Show another check's rows (a re-run or a review), keeping the selection shown."""
        self.rows = rows
        spec = copy.deepcopy(self._template)
        spec["height"] = timeline_height(rows)
        spec.pop("datasets", None)  # Altair keeps the first rows there; these replace them
        spec["data"] = timeline_spec(rows)["data"]
        self.widget.spec = spec

    def on_pick(self, handler: Callable[[str], None]) -> None:
        self._handlers.append(handler)

    def pick(self, claim_id: str) -> None:
        """What a click on the claim's bar does (tests call it without a browser)."""
        for handler in self._handlers:
            handler(claim_id)

    def show_selected(self, claim_id: str | None) -> None:
        setattr(self.widget.params, TIMELINE_SELECTED, claim_id or "")

    @property
    def selected(self) -> str:
        return getattr(self.widget.params, TIMELINE_SELECTED)

    def _on_selection(self, change: dict[str, Any]) -> None:
        value = change["new"].value if change["new"] is not None else None
        if value:
            claim_id = value[0].get("id")
            if isinstance(claim_id, str):
                self.pick(claim_id)
