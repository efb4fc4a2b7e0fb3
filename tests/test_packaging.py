"""The installed package: the seeds ship inside the wheel, and the console script is declared."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
        ],
        check=True,
    )
    return next(out.glob("claimcheck_workbench-*.whl"))


@pytest.mark.parametrize(
    "member",
    [
        "claimcheck/_seeds/articles/khamenei-palestinian-groups-2020-02-05.txt",
        "claimcheck/_seeds/reference/events.csv",
        "claimcheck/rules/times.py",
        "claimcheck_widgets/__init__.py",
    ],
)
def test_packaging_wheel_carries(member, wheel):
    assert member in zipfile.ZipFile(wheel).namelist()


@pytest.mark.parametrize(
    "entry", ["claimcheck = claimcheck.cli:main", "claimcheck = claimcheck.pytest_plugin"]
)
def test_packaging_wheel_declares_entry_points(entry, wheel):
    names = zipfile.ZipFile(wheel).namelist()
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert entry in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.parametrize("published", ["2020-02-05"])
def test_packaging_seeds_read_from_an_unpacked_wheel(published, wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r})\n"
        "from claimcheck.seeds import SEED_ARTICLE, DEFAULT_REFERENCE\n"
        "from claimcheck import read_article, load_reference\n"
        "assert str(SEED_ARTICLE).startswith(sys.path[0]), SEED_ARTICLE\n"
        "print(read_article(SEED_ARTICLE).published, load_reference(None).rows)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == published and int(done.stdout.split()[1]) > 0
