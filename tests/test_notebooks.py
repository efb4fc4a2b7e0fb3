"""Tests for notebooks 01 and 02: run headless with nbclient in a real kernel, outputs checked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from claimcheck_widgets.render import article_html
from nbclient import NotebookClient

from claimcheck import check, load_reference
from claimcheck.seeds import SEED_ARTICLE

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def _run(name: str, workdir: Path) -> nbformat.NotebookNode:
    """Execute a copy of the notebook in ``workdir`` (its review log and files land there)."""
    shutil.copy(NOTEBOOKS / name, workdir / name)
    notebook = nbformat.read(workdir / name, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=180,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    return notebook


def _texts(notebook: nbformat.NotebookNode) -> list[str]:
    """Each code cell's outputs as one text: streams and text/plain results, errors included."""
    texts = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        parts = []
        for output in cell.outputs:
            if output.output_type == "stream":
                parts.append(output.text)
            elif output.output_type in ("execute_result", "display_data"):
                parts.append(output.data.get("text/plain", ""))
            elif output.output_type == "error":
                parts.append(f"{output.ename}: {output.evalue}")
        texts.append("".join(parts))
    return texts


def _widget_values(notebook: nbformat.NotebookNode, model: str, trait: str) -> list[str]:
    """A trait of every saved widget of one model type (e.g. every Button's description)."""
    state = notebook.metadata["widgets"][WIDGET_STATE]["state"]
    return [
        widget["state"][trait]
        for widget in state.values()
        if widget["model_name"] == model and trait in widget["state"]
    ]


def _shows_workbench(notebook: nbformat.NotebookNode) -> bool:
    return any(
        WIDGET_MIME in output.get("data", {})
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )


@pytest.mark.slow
@pytest.mark.parametrize("name", ["01_check_the_seed_article.ipynb"])
def test_notebooks_01_checks_seed_article_and_shows_workbench(tmp_path, name):
    notebook = _run(name, tmp_path)
    texts = "\n".join(_texts(notebook))
    expected = check(SEED_ARTICLE, load_reference())
    assert f"'{expected.article.title}'" in texts
    assert f"{len(expected.claims)} claims" in texts
    counts = pd.Series([str(c.verdict.label) for c in expected.claims]).value_counts()
    for label, count in counts.items():
        assert re.search(rf"^{label}\s+{count}$", texts, re.MULTILINE), (label, texts)
    # The workbench shows the article with every claim highlighted (saved widget state).
    assert _shows_workbench(notebook)
    assert article_html(expected) in _widget_values(notebook, "AnyModel", "html")
    assert (tmp_path / "claimcheck-reviews.sqlite").exists()  # the review log sits beside it


@pytest.mark.slow
@pytest.mark.parametrize("name", ["02_bring_your_own_reference.ipynb"])
def test_notebooks_02_maps_validates_and_checks_own_reference(tmp_path, name):
    notebook = _run(name, tmp_path)
    texts = _texts(notebook)
    joined = "\n".join(texts)
    assert (tmp_path / "my_facts.csv").exists()
    assert "Reference(name='my_facts.csv', rows=3" in joined
    # The broken copy is reported with every bad row at once.
    report = next(text for text in texts if "broken_facts.csv" in text)
    for found in ("2020-02-30", "about 176", "duplicate_id"):
        assert found in report
    # The notebook's verdicts are the library's for the same mapped file and article.
    frame = pd.read_csv(tmp_path / "my_facts.csv", dtype=str, keep_default_na=False)
    mapping = {"fact_id": "id", "what_happened": "statement", "when": "date", "kind": "event_type"}
    mapping |= {"where": "location", "who": "actors", "killed": "deaths", "wounded": "injuries"}
    reference = load_reference(frame.rename(columns=mapping | {"link": "source"}))
    article = _notebook_article(notebook)
    expected = check(article, reference, published="2021-09-01")
    table = next(text for text in texts if "record_id" in text and "label" in text)
    for claim in expected.claims:
        row = re.search(rf"^\d+\s+{claim.id}\s+(\w+)", table, re.MULTILINE)
        assert row is not None and row.group(1) == str(claim.verdict.label), table
    assert {str(c.verdict.label) for c in expected.claims} >= {"supported", "contradicted"}
    assert _shows_workbench(notebook)


def _notebook_article(notebook: nbformat.NotebookNode) -> str:
    source = next(cell.source for cell in notebook.cells if "ARTICLE = " in cell.source)
    return source.split('"""')[1]
