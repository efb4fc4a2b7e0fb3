"""Benchmark the batch: one local process against Dask with 2 worker processes, in one run.

    python3 benchmarks/bench_batch.py [--reference PATH] [--docs 40] [--copies 5] [--repeat 3]

The corpus is the TimeBank texts (``shared/data/tempeval3-train/timebank.jsonl``), each checked
``--copies`` times so the run is long enough to time. Reported, side by side:

- the reference's load time in this process (the local engine's share of a run);
- the local engine: ``check_corpus(articles, reference)`` with the reference already loaded,
  articles per second (median of ``--repeat`` runs);
- the Dask engine on a ``LocalCluster`` of ``--workers`` processes of one thread each, made as
  the engine makes its own (``batch._local_cluster``), given the reference's *path*: its first
  run (the workers load the reference) and its later runs (median), each run alternating with a
  local one;
- the ratio Dask / local, and whether the two outputs are byte-identical as JSON Lines;
- how many cores as many busy processes as workers get before and after the runs (the cap
  on any speed-up on a shared machine), and the CPU seconds each engine spent (this process for local; each worker, and this process, for
  Dask) and how many cores each run got: on a shared machine a ratio under 2 with the same CPU
  seconds is other work holding the cores, not the engine's overhead. The speed-up the workers
  would give on cores of their own is the local CPU seconds over a worker's share of theirs
  (split evenly), or over the busiest worker's (split as in this run: partitions go to the
  worker that is free, so a worker that got less of the shared cores did fewer).

Cluster start-up is reported apart: a newsroom starts its cluster once. The machine is small and
shared: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from claimcheck import load_reference, read_article
from claimcheck.batch import _local_cluster, check_corpus, write_results

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def timed(run):
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def _spin(seconds: float, ready, out) -> None:
    ready.wait()  # all start together, once imported
    before = cpu_seconds()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
    out.put(cpu_seconds() - before)


def cores_free(processes: int, seconds: float = 2.0) -> float:
    """How many cores ``processes`` busy processes get together right now: on a shared machine
    the speed-up Dask can show is capped by it, whatever the engine does."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ready, out = context.Barrier(processes), context.Queue()
    spinners = [context.Process(target=_spin, args=(seconds, ready, out)) for _ in range(processes)]
    for spinner in spinners:
        spinner.start()
    used = sum(out.get() for _ in spinners)
    for spinner in spinners:
        spinner.join()
    return used / seconds


def cpu_seconds() -> float:
    """CPU seconds this process has spent (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reference", help="reference file (default: the shipped one)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--docs", type=int, default=40, help="TimeBank documents")
    parser.add_argument("--copies", type=int, default=5, help="times each document is checked")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from dask.distributed import Client

    timebank = args.shared / "data" / "tempeval3-train" / "timebank.jsonl"
    docs = [json.loads(line) for line in timebank.read_text().splitlines() if line.strip()]
    docs = [d for d in docs if d["text"].strip()][: args.docs]
    articles = [read_article(d["text"], published=d["dct"]) for d in docs] * args.copies
    path = args.reference
    if path is None:
        from claimcheck.seeds import DEFAULT_REFERENCE

        path = str(DEFAULT_REFERENCE)

    load_s, reference = timed(lambda: load_reference(path))
    print(f"reference {Path(path).name}: {reference.rows:,} rows, loaded in {load_s:.2f} s")
    print(f"corpus: {len(docs)} TimeBank texts x {args.copies} = {len(articles)} articles")

    start_s, cluster = timed(lambda: _local_cluster(args.workers))  # as the dask engine starts one
    load_before = os.getloadavg()[0]
    free_before = cores_free(args.workers)
    local_times, dask_times, local_cpu, worker_cpu, client_cpu = [], [], [], [], []
    with cluster, Client(cluster) as client:
        first_s, on_dask = timed(lambda: check_corpus(articles, path, engine="dask", client=client))
        # Alternately, so a burst of other work on the shared machine hits both engines alike.
        for _ in range(args.repeat):
            before = cpu_seconds()
            seconds, local = timed(lambda: check_corpus(articles, reference))
            local_times.append(seconds)
            local_cpu.append(cpu_seconds() - before)
            workers_before = client.run(cpu_seconds)
            before = cpu_seconds()
            seconds, on_dask = timed(
                lambda: check_corpus(articles, path, engine="dask", client=client)
            )
            client_cpu.append(cpu_seconds() - before)
            workers_after = client.run(cpu_seconds)
            worker_cpu.append(sorted(workers_after[w] - workers_before[w] for w in workers_after))
            dask_times.append(seconds)
    local_s = statistics.median(local_times)
    dask_s = statistics.median(dask_times)

    with tempfile.TemporaryDirectory() as folder:
        write_results(local, Path(folder) / "local.jsonl")
        write_results(on_dask, Path(folder) / "dask.jsonl")
        same = (Path(folder) / "local.jsonl").read_bytes() == (
            Path(folder) / "dask.jsonl"
        ).read_bytes()

    n = len(articles)
    print(f"cluster of {args.workers} processes started in {start_s:.1f} s (once, not counted)")
    print(f"{'engine':<34}{'seconds':>10}{'articles/s':>12}")
    print(f"{'local, 1 process (median)':<34}{local_s:>10.2f}{n / local_s:>12.1f}")
    print(f"{'dask, first run (workers load)':<34}{first_s:>10.2f}{n / first_s:>12.1f}")
    print(f"{'dask, later runs (median)':<34}{dask_s:>10.2f}{n / dask_s:>12.1f}")
    print(
        f"dask / local speed: {local_s / dask_s:.2f}x later runs, {local_s / first_s:.2f}x first "
        f"run (goal >= 1.7x); byte-identical output: {same}"
    )
    print(
        f"local runs {[round(t, 2) for t in local_times]}, dask runs "
        f"{[round(t, 2) for t in dask_times]}; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after (2 cores)"
    )
    print(
        f"{args.workers} busy processes got {free_before:.2f} cores before the runs, "
        f"{cores_free(args.workers):.2f} after: the most Dask can gain here"
    )
    for k in range(args.repeat):
        workers = worker_cpu[k]
        print(
            f"run {k + 1}: CPU s local {local_cpu[k]:.2f} (got {local_cpu[k] / local_times[k]:.2f} "
            f"cores); dask workers {' + '.join(f'{w:.2f}' for w in workers)} = {sum(workers):.2f}"
            f", this process {client_cpu[k]:.2f} (got {(sum(workers) + client_cpu[k]) / dask_times[k]:.2f} "
            f"cores); on cores of their own: {local_cpu[k] / (sum(workers) / len(workers)):.2f}x "
            f"split evenly, {local_cpu[k] / max(workers):.2f}x split as here"
        )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
