"""Benchmark a process's start: the first check of the seed article, first and warm start side by side.

    python3 benchmarks/bench_startup.py [--rounds 5]

Each start is a fresh process that imports claimcheck, builds or reads the world gazetteer
(``places._world``, which every process, each Dask worker too, needs at its first place) and
checks the seed article against the shipped reference. A first start finds an empty user
cache folder (``$XDG_CACHE_HOME``) and builds the gazetteer; a warm start reads what the first
kept. The two alternate, ``--rounds`` times each, so both meet the same load on a shared
machine; reported are the medians and the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

_CHILD = r"""
import json, sys, time
started = time.perf_counter()
from claimcheck import check, load_reference, read_article, places
from claimcheck.seeds import SEED_ARTICLE
imported = time.perf_counter()
places._world()
world = time.perf_counter()
check(read_article(SEED_ARTICLE), load_reference(None))
checked = time.perf_counter()
print(json.dumps({
    "import_s": imported - started, "world_s": world - imported,
    "check_s": checked - world, "total_s": checked - started,
}))
"""


def _start(cache: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD],
        env={**os.environ, "XDG_CACHE_HOME": cache},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="first and warm starts each")
    args = parser.parse_args(argv)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    first, warm = [], []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as cache:
            first.append(_start(cache))  # an empty cache: the gazetteer is built and kept
            warm.append(_start(cache))  # then read back by the next process
    print(f"{'start':<6}  {'import s':>8}  {'world s':>8}  {'check s':>8}  {'total s':>8}")
    for label, runs in (("first", first), ("warm", warm)):
        cells = [statistics.median(r[k] for r in runs) for k in ("import_s", "world_s")]
        cells += [statistics.median(r[k] for r in runs) for k in ("check_s", "total_s")]
        print(f"{label:<6}  " + "  ".join(f"{c:>8.3f}" for c in cells))
    ratio = statistics.median(f["world_s"] / w["world_s"] for f, w in zip(first, warm, strict=True))
    print(f"world gazetteer, first / warm (median of pairs): {ratio:.1f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
