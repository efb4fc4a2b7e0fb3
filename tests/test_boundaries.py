"""The core library stays free of Jupyter: a newsroom batch job must not need a notebook stack."""

from __future__ import annotations

import json
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
