"""The core library stays free of Jupyter: a newsroom batch job must not need a notebook stack."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

JUPYTER_PACKAGES = (
    "ipywidgets",
    "IPython",
    "traitlets",
    "jupyterlab",
    "ipykernel",
    "jupyter_client",
)


@pytest.mark.parametrize(
    "statement",
    [
        "import claimcheck",
        "from claimcheck import check; check('Soleimani was killed in Baghdad on January 3.', published='2020-02-05')",
        "import claimcheck.cli",
    ],
)
def test_boundaries_core_imports_no_jupyter_package(statement):
    code = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert not [name for name in JUPYTER_PACKAGES if name in loaded]


@pytest.mark.parametrize("module", ["ipywidgets", "IPython.display", "traitlets", "jupyterlab"])
def test_boundaries_ruff_rejects_jupyter_import_in_core(module):
    """The ban is a lint rule too, so a stray import fails review before any test runs."""
    root = Path(__file__).parents[1]
    lint = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            "TID251",
            "--stdin-filename",
            "claimcheck/probe.py",
            "-",
        ],
        input=f"import {module}\n",
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert lint.returncode == 1
    assert "TID251" in lint.stdout


# The modules that read text (and the reading half of the reference step); the verdict compares
# what they read as data and never reads text itself.
EXTRACTION_MODULES = (
    "claimcheck.articles",
    "claimcheck.sentences",
    "claimcheck.times",
    "claimcheck.counts",
    "claimcheck.entities",
    "claimcheck.events",
    "claimcheck.claims",
    "claimcheck.wording",
    "claimcheck.locations",
    "claimcheck.actors",
    "claimcheck.reference",
    "claimcheck._patterns",
)
VERDICTS = Path(__file__).parents[1] / "claimcheck" / "verdicts.py"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("module", EXTRACTION_MODULES)
def test_boundaries_verdicts_import_no_extraction_module(module):
    """Text is read once, by extraction and at load: the verdict compares data with data.
    (``reference`` is imported for type hints only, under TYPE_CHECKING.)"""
    imported = _imports(VERDICTS)
    if module == "claimcheck.reference":
        assert "claimcheck.reference.Reference" in imported  # the type, not the reading
        tree = ast.parse(VERDICTS.read_text(encoding="utf-8"))
        guarded = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        ]
        assert any("claimcheck.reference" in ast.unparse(node) for node in guarded)
        return
    assert not [name for name in imported if name == module or name.startswith(f"{module}.")]


def test_boundaries_verdicts_load_no_extraction_module():
    """Importing the verdict step alone loads no module that reads text."""
    code = "import claimcheck.verdicts, json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert not [name for name in EXTRACTION_MODULES if name in loaded]


def test_boundaries_verdicts_hold_no_regex():
    imported = _imports(VERDICTS)
    assert "re" not in imported and "regex" not in imported
    assert not re.search(r"\bre\.", VERDICTS.read_text(encoding="utf-8"))
