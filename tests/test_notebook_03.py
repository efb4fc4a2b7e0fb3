"""Notebook 03 (publish a check) runs in a real kernel and publishes the same files every time."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from claimcheck.cases import load_cases
from claimcheck.result import CheckResult

_NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "03_publish_a_check.ipynb"
_PUBLISHED = (
    "claimreview.jsonld",
    "claims_khamenei-palestinian-groups-2020-02-05.yaml",
    "report.html",
    "result.json",
)


def _execute(folder: Path) -> dict[str, bytes]:
    """Run the notebook with ``folder`` as its working directory; the published files' bytes."""
    notebook = nbformat.read(_NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    published = folder / "published"
    # the review log kept beside the published files is the check's record, not a publication
    return {
        path.name: path.read_bytes()
        for path in sorted(published.iterdir())
        if path.suffix != ".sqlite"
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, bytes], dict[str, bytes]]:
    """Two runs in one folder (the second finds the review already logged), one in another."""
    folder = tmp_path_factory.mktemp("nb03")
    first = _execute(folder)
    second = _execute(folder)
    elsewhere = _execute(tmp_path_factory.mktemp("nb03-again"))
    return folder, first, second, elsewhere


# --- the notebook as stored -----------------------------------------------------------------


@pytest.mark.parametrize("path", [_NOTEBOOK])
def test_notebook_03_is_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)


# --- running it -------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("names", [_PUBLISHED])
def test_notebook_03_publishes_identical_files_twice(runs, names: tuple[str, ...]) -> None:
    _folder, first, second, _elsewhere = runs
    assert tuple(first) == names
    assert first == second


@pytest.mark.slow
@pytest.mark.parametrize("name", ["claimreview.jsonld", "report.html", "result.json"])
def test_notebook_03_same_files_in_another_folder(runs, name: str) -> None:
    _folder, first, _second, elsewhere = runs
    assert first[name] == elsewhere[name]


@pytest.mark.slow
@pytest.mark.parametrize("log", ["published/claimcheck-reviews.sqlite"])
def test_notebook_03_review_is_logged_once_in_its_own_log(runs, log: str) -> None:
    from claimcheck.reviews import ReviewLog

    folder, first, _second, _elsewhere = runs
    # not the log beside the notebooks that 01 and the workbench share
    assert not (folder / "claimcheck-reviews.sqlite").exists()
    result = CheckResult.from_json(first["result.json"])
    reviewed = [claim for claim in result.claims if claim.review is not None]
    assert reviewed
    history = ReviewLog(folder / log).history(result)
    assert len(history) == len(reviewed)


@pytest.mark.slow
@pytest.mark.parametrize("author", ["Example Fact Desk"])
def test_notebook_03_files_agree_with_each_other(runs, author: str) -> None:
    folder, first, _second, _elsewhere = runs
    result = CheckResult.from_json(first["result.json"])
    (reviewed,) = [claim for claim in result.claims if claim.review is not None]
    reviews = json.loads(first["claimreview.jsonld"])
    by_text = {review["claimReviewed"]: review for review in reviews}
    # The reviewer's label is what is published, explained by the note, the reviewer named,
    # and the computed label beside it.
    published = by_text[reviewed.text]
    assert published["reviewRating"]["ratingExplanation"] == reviewed.review.note
    assert published["reviewBody"] == reviewed.review.note
    assert published["author"][1] == {"@type": "Person", "name": reviewed.review.reviewer}
    assert published["claimcheck:review"]["computedLabel"] == reviewed.verdict.label
    organisations = [r["author"][0] if r is published else r["author"] for r in reviews]
    assert {organisation["name"] for organisation in organisations} == {author}
    assert f"1 of {len(result.claims)} label(s) set by a reviewer." in first["report.html"].decode()
    assert result.to_dict()["reviewed_labels"] == 1
    assert all(review["datePublished"] == "2020-02-07" for review in reviews)
    page = first["report.html"].decode("utf-8")
    assert "<script" not in page
    assert reviewed.review.note in page
    texts = [case.text for case in load_cases(folder / "published" / _PUBLISHED[1]).cases]
    assert reviewed.text in texts
