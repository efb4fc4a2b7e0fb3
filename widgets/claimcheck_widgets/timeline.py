"""The timeline: every dated claim on a time axis, its claimed interval beside its record's date.

An Altair ``JupyterChart`` (an anywidget): clicking a claim's bar selects the claim in the
workbench, and selecting a claim elsewhere outlines its bar. The rows come from
``claimcheck.report.timeline_rows`` (ids, labels, dates only). Offline: when vl-convert is
installed the chart's JavaScript is bundled from it, so nothing is fetched from the network.
"""

from __future__ import annotations

import copy
import importlib.util
from collections.abc import Callable
from typing import Any

from claimcheck.models import Label
from claimcheck.report import LABEL_MARKERS

# The label colours of the report's and the workbench's shared.css.
LABEL_COLOURS = {
    Label.SUPPORTED: "#1a7f37",
    Label.MISLEADING: "#b35900",
    Label.CONTRADICTED: "#cf222e",
    Label.UNVERIFIABLE: "#57606a",
    Label.NOT_CHECKABLE: "#8c959f",
}
PICK = "pick"  # the chart's click selection on a claimed interval
PICK_RECORD = "pick_record"  # and on a record's date
SELECTED = "selected"  # the chart's parameter naming the claim selected elsewhere


def available() -> bool:
    """Altair and vl-convert (the offline bundle of Vega) are both installed."""
    return all(importlib.util.find_spec(name) for name in ("altair", "vl_convert"))


def timeline_chart(rows: list[dict[str, object]]) -> Any:
    """The timeline as an Altair chart of :func:`claimcheck.report.timeline_rows` rows.

    >>> chart = timeline_chart([{"id": "c1", "row": "c1 ✓", "label": "supported",
    ...     "first": "2020-01-03", "last": "2020-01-03", "record_date": "2020-01-03",
    ...     "record_id": "r1"}])
    >>> sorted(p.name for p in chart.params)
    ['pick', 'pick_record', 'selected']
    """
    import altair as alt

    data = alt.Data(values=_values(rows))
    pick = alt.selection_point(name=PICK, fields=["id"], on="click", empty=False)
    pick_record = alt.selection_point(name=PICK_RECORD, fields=["id"], on="click", empty=False)
    selected = alt.param(name=SELECTED, value="")
    colour = alt.Color(
        "label:N",
        title="label",
        scale=alt.Scale(
            domain=[label.value for label in Label],
            range=[LABEL_COLOURS[label] for label in Label],
        ),
        legend=alt.Legend(
            orient="bottom",
            labelExpr="{"
            + ", ".join(f"'{lb.value}': '{LABEL_MARKERS[lb]} {lb.value}'" for lb in Label)
            + "}[datum.label]",
        ),
    )
    y = alt.Y("row:N", sort=None, title=None, axis=alt.Axis(labelFontSize=11))
    tooltip = [
        alt.Tooltip("id:N", title="claim"),
        alt.Tooltip("label:N"),
        alt.Tooltip("first:T", title="claimed from", format="%Y-%m-%d"),
        alt.Tooltip("last:T", title="claimed to", format="%Y-%m-%d"),
        alt.Tooltip("record_date:T", title="record", format="%Y-%m-%d"),
        alt.Tooltip("record_id:N", title="record id"),
    ]
    # The claimed interval as a thick round-capped rule: a single day still shows, as a dot.
    claimed = (
        alt.Chart()
        .mark_rule(strokeCap="round")
        .encode(
            x=alt.X("first:T", title="claimed interval (by label) and the record's date (◆)"),
            x2="end:T",
            y=y,
            color=colour,
            strokeWidth=alt.condition(f"datum.id == {SELECTED}", alt.value(15), alt.value(8)),
            tooltip=tooltip,
        )
        .add_params(pick, selected)
    )
    record = (
        alt.Chart()
        .transform_filter("isValid(datum.record_date)")
        .mark_point(shape="diamond", filled=True, size=60, color="#1b1b1b", opacity=0.9)
        .encode(x="record_date:T", y=y, tooltip=tooltip)
        .add_params(pick_record)
    )
    # A fixed width: "container" measures the view before JupyterLab attaches it (0 px). 600 px
    # fits beside JupyterLab's sidebar at 1280 px.
    return alt.layer(claimed, record, data=data).properties(width=600, height=_height(rows))


def _values(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    # "end" closes the last day, so a one-day interval has a length.
    return [{**row, "end": f"{row['last']}T23:59"} for row in rows]


def _height(rows: list[dict[str, object]]) -> int:
    return max(60, 22 * len(rows))


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
            timeline_chart([]), embed_options={"renderer": "svg", "actions": False}
        )
        # The chart is built and validated once; new rows only replace its data (validating a
        # 200-row spec again costs Altair about 0.3 s).
        self._template = copy.deepcopy(self.widget.spec)
        self.widget.add_class("cc-timeline")
        self._handlers: list[Callable[[str], None]] = []
        self.widget.selections.observe(self._on_selection, [PICK, PICK_RECORD])
        self.rows: list[dict[str, object]] = []
        self.set_rows(rows)

    def set_rows(self, rows: list[dict[str, object]]) -> None:
        """Show another check's rows (a re-run or a review), keeping the selection shown."""
        self.rows = rows
        spec = copy.deepcopy(self._template)
        spec["height"] = _height(rows)
        name = spec.get("data", {}).get("name")
        if name and name in spec.get("datasets", {}):
            spec["datasets"][name] = _values(rows)
        else:
            spec["data"] = {"values": _values(rows)}
        self.widget.spec = spec

    def on_pick(self, handler: Callable[[str], None]) -> None:
        self._handlers.append(handler)

    def pick(self, claim_id: str) -> None:
        """What a click on the claim's bar does (tests call it without a browser)."""
        for handler in self._handlers:
            handler(claim_id)

    def show_selected(self, claim_id: str | None) -> None:
        setattr(self.widget.params, SELECTED, claim_id or "")

    @property
    def selected(self) -> str:
        return getattr(self.widget.params, SELECTED)

    def _on_selection(self, change: dict[str, Any]) -> None:
        value = change["new"].value if change["new"] is not None else None
        if value:
            claim_id = value[0].get("id")
            if isinstance(claim_id, str):
                self.pick(claim_id)
