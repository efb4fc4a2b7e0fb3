"""Write a synthetic reference of N rows to a file, for the scale benchmarks.

    python3 benchmarks/make_reference.py 1000000 /tmp/ref-1m.parquet

The rows are ``bench_candidates.synthetic_reference`` (deterministic for a size and seed); the
format follows the suffix (``.parquet``, ``.csv`` or ``.jsonl``). Building 1M rows takes about a
minute on 2 shared cores, so the benchmarks take a path and build the file once.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench_candidates import synthetic_reference


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    frame = synthetic_reference(args.rows, seed=args.seed)
    suffix = args.out.suffix.lower()
    if suffix == ".parquet":
        frame.to_parquet(args.out, index=False)
    elif suffix == ".csv":
        frame.to_csv(args.out, index=False)
    elif suffix == ".jsonl":
        frame.to_json(args.out, orient="records", lines=True, force_ascii=False)
    else:
        sys.exit(f"unknown format {suffix!r}: give a .parquet, .csv or .jsonl path")
    print(f"{args.rows:,} rows -> {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
