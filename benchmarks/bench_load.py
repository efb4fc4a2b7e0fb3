"""Benchmark loading a reference: the first load (read, validate, index, store) and warm loads.

    python3 benchmarks/bench_load.py PATH [PATH ...] [--warm 3]

Each load runs in a fresh process, so its time and peak resident memory (``ru_maxrss``) are its
own and nothing is shared through memory: the first against an empty cache folder, then
``--warm`` loads that map what the first one stored. Times include importing claimcheck
(reported apart). Build the files with ``make_reference.py``; a row count between the sizes
measured gives a rough estimate for another (``--estimate 10000000``), by a straight line
through the two largest, which is what the flat columns should give.
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
import json, resource, sys, time
started = time.perf_counter()
import claimcheck.reference
imported = time.perf_counter()
reference = claimcheck.reference.load_reference(sys.argv[1])
loaded = time.perf_counter()
print(json.dumps({
    "rows": reference.rows, "import_s": imported - started, "load_s": loaded - imported,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def _load(path: str, cache: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, path],
        env={**os.environ, "CLAIMCHECK_CACHE_DIR": cache},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--warm", type=int, default=3, help="warm loads per file")
    parser.add_argument("--estimate", type=int, default=10_000_000, help="rows to estimate")
    args = parser.parse_args(argv)
    print(
        f"{'rows':>10}  {'first load s':>12}  {'first RSS MB':>12}  {'warm load s':>11}  "
        f"{'warm RSS MB':>11}  {'import s':>8}"
    )
    seen = []
    for path in args.paths:
        with tempfile.TemporaryDirectory() as cache:
            first = _load(path, cache)
            warm = [_load(path, cache) for _ in range(args.warm)]
        row = {
            "rows": first["rows"],
            "first_s": first["load_s"],
            "first_mb": first["rss_mb"],
            "warm_s": statistics.median(w["load_s"] for w in warm),
            "warm_mb": statistics.median(w["rss_mb"] for w in warm),
            "import_s": statistics.median(w["import_s"] for w in warm),
        }
        seen.append(row)
        print(
            f"{row['rows']:>10,}  {row['first_s']:>12.1f}  {row['first_mb']:>12.0f}  "
            f"{row['warm_s']:>11.2f}  {row['warm_mb']:>11.0f}  {row['import_s']:>8.2f}"
        )
        sys.stdout.flush()
    if len(seen) >= 2:
        a, b = sorted(seen, key=lambda r: r["rows"])[-2:]
        scale = (args.estimate - b["rows"]) / (b["rows"] - a["rows"])
        guess = {
            k: b[k] + (b[k] - a[k]) * scale for k in ("first_s", "first_mb", "warm_s", "warm_mb")
        }
        print(
            f"{args.estimate:>10,}  {guess['first_s']:>12.0f}  {guess['first_mb']:>12.0f}  "
            f"{guess['warm_s']:>11.1f}  {guess['warm_mb']:>11.0f}  (estimated, straight line)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
