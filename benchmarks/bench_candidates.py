"""Benchmark candidate search: blocking + scoring against brute-force rapidfuzz, at scale.

Builds synthetic reference datasets (deterministic, realistic: people, organisations, towns and
countries, event types, dates spread over five decades, spelling-variant aliases), then checks a
set of claims about known records (true claims, and claims with a wrong date or place, or no
date) two ways in the same run:

- ``find_candidates`` (blocking on names, type, date window and rare words, then scoring);
- brute force: ``process.extractOne(claim, statements, scorer=fuzz.token_set_ratio)`` over
  every statement.

For each it reports time per claim, peak memory of the search (tracemalloc), scorer calls per
claim and recall (the true record ranked first, and anywhere in the list). Each size runs in its
own process, so the peak resident memory of loading is reported too.

Usage::

    python benchmarks/bench_candidates.py                      # 10k and 100k rows
    python benchmarks/bench_candidates.py --sizes 1000000 --brute-claims 20

Measured on 2 shared cores (200 claims; brute force on 20 of them)::

    rows       blocked ms/claim  scored/claim  recall@1  brute ms/claim  brute recall@1
    10,000          1.07             128         1.000         14.9           0.80
    100,000         1.62             154         0.995        158             0.90
    1,000,000       4.28             289         0.985       1591             0.95

Blocking kept the true record for every claim at every size; at 1M the misses are claims
that name a wrong town and nothing else specific (they stay below the match threshold).
Brute-force memory is allocated inside rapidfuzz's C++ code, which tracemalloc does not see.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process, utils

from claimcheck.candidates import candidate_rows, find_candidates
from claimcheck.entities import find_entities
from claimcheck.models import Claim, ClaimKind, Precision, TimeMention, TimeType
from claimcheck.reference import load_reference
from claimcheck.settings import Settings

_ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "sh",
    "kh",
    "gh",
    "br",
    "dr",
    "tr",
]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "ou", "ei"]
_CODAS = ["", "", "n", "r", "l", "m", "s", "d", "ni", "ri"]
_COUNTRIES = [
    "Iran", "Iraq", "Syria", "Lebanon", "Yemen", "Israel", "Egypt", "Jordan", "Turkey", "Libya",
    "Sudan", "Nigeria", "Kenya", "Ethiopia", "Somalia", "Mali", "Pakistan", "Afghanistan",
    "India", "Bangladesh", "Myanmar", "Philippines", "Indonesia", "Ukraine", "Russia",
    "Georgia", "Armenia", "Colombia", "Mexico", "Venezuela",
]  # fmt: skip
_EVENTS = {
    "air_drone_strike": "A drone strike in {place}, {country}, kills {actor} and {n} others",
    "missile_attack": "{org} fires missiles at {place} in {country}, killing {n} people",
    "bombing": "A car bomb in {place}, {country}, kills {n} people; {org} is blamed",
    "election": "{country} holds a parliamentary election; {actor} wins in {place}",
    "sanctions": "New sanctions on {country} take effect, targeting {actor} and {org}",
    "statement": "{actor} condemns {org} in a statement from {place}, {country}",
    "speech": "{actor} gives a speech in {place} urging {country} to resist",
    "agreement": "{actor} and {org} sign a ceasefire agreement in {place}, {country}",
    "stampede": "A stampede at a funeral in {place}, {country}, kills {n} mourners",
    "protest": "Protesters clash with police in {place}, {country}; {actor} calls for calm",
    "aircraft_shootdown": "{org} shoots down an airliner near {place}, {country}, killing {n}",
}
_CLAIMS = {
    "air_drone_strike": "{actor} was killed in a drone strike in {place} on {when}.",
    "missile_attack": "{org} fired missiles at {place} on {when}, killing {n} people.",
    "bombing": "A car bomb blamed on {org} killed {n} people in {place} on {when}.",
    "election": "{actor} won the parliamentary election in {place} on {when}.",
    "sanctions": "Sanctions against {actor} and {org} took effect on {when}.",
    "statement": "{actor} condemned {org} on {when}.",
    "speech": "In a speech in {place} on {when}, {actor} urged resistance.",
    "agreement": "{actor} signed a ceasefire with {org} in {place} on {when}.",
    "stampede": "A stampede in {place}, {country}, killed {n} mourners on {when}.",
    "protest": "{actor} called for calm after protests in {place} on {when}.",
    "aircraft_shootdown": "{org} shot down an airliner near {place} on {when}.",
}


def _word(rng: np.random.Generator, syllables: int) -> str:
    parts = [
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    ]
    return "".join(parts).capitalize()


def _pool(rng: np.random.Generator, size: int, syllables: tuple[int, int]) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < size:
        seen.setdefault(_word(rng, int(rng.integers(syllables[0], syllables[1] + 1))), None)
    return list(seen)


def _variant(name: str) -> str:
    """A spelling variant as transliterations make them: a doubled or a swapped vowel."""
    for plain, other in (("ou", "u"), ("ei", "ai"), ("ss", "s"), ("i", "ee"), ("a", "aa")):
        if plain in name[1:]:
            return name[0] + name[1:].replace(plain, other, 1)
    return name + "h"


def synthetic_reference(rows: int, *, seed: int = 7) -> pd.DataFrame:
    """A reference of ``rows`` made-up but realistic events, the same for the same arguments."""
    rng = np.random.default_rng(seed)
    firsts = _pool(rng, 400, (2, 2))
    lasts = _pool(rng, max(500, rows // 20), (2, 4))
    towns = _pool(rng, max(300, rows // 30), (2, 3))
    orgs = [
        f"{w} {rng.choice(['Brigade', 'Front', 'Movement', 'Council', 'Army'])}"
        for w in _pool(rng, max(100, rows // 200), (2, 3))
    ]
    types = list(_EVENTS)
    start = date(1975, 1, 1).toordinal()
    span = date(2025, 12, 31).toordinal() - start
    records = []
    for i in range(rows):
        kind = types[int(rng.integers(len(types)))]
        person = f"{firsts[int(rng.integers(len(firsts)))]} {lasts[int(rng.integers(len(lasts)))]}"
        org = orgs[int(rng.integers(len(orgs)))]
        place = towns[int(rng.integers(len(towns)))]
        country = _COUNTRIES[int(rng.integers(len(_COUNTRIES)))]
        day = date.fromordinal(start + int(rng.integers(span)))
        grain = rng.random()
        when = (
            day.isoformat()
            if grain < 0.85
            else day.isoformat()[:7]
            if grain < 0.95
            else str(day.year)
        )
        n = int(rng.integers(0, 300))
        records.append(
            {
                "id": f"ev-{i:07d}",
                "statement": _EVENTS[kind].format(actor=person, org=org, place=place, country=country, n=n) + ".",
                "date": when,
                "event_type": kind,
                "location": place,
                "country": country,
                "actors": f"{person};{org}",
                "aliases": _variant(person) if rng.random() < 0.2 else "",
                "deaths": str(n) if kind in ("air_drone_strike", "missile_attack", "bombing", "stampede", "aircraft_shootdown") else "",
            }
        )  # fmt: skip
    return pd.DataFrame.from_records(records)


@dataclass(frozen=True, slots=True)
class _Case:
    claim: Claim
    record_id: str
    variant: str


def synthetic_claims(frame: pd.DataFrame, reference, count: int, *, seed: int = 11) -> list[_Case]:
    """Claims about ``count`` records: true, wrong date, wrong place, no date (a quarter each)."""
    rng = np.random.default_rng(seed)
    towns = frame["location"].unique().tolist()
    cases = []
    for k, i in enumerate(rng.choice(len(frame), size=count, replace=False)):
        row = frame.iloc[int(i)]
        person, org = row["actors"].split(";")
        variant = ("true", "wrong_date", "wrong_place", "no_date")[k % 4]
        day = date.fromisoformat((row["date"] + "-01-01")[:10])
        if variant == "wrong_date":
            day += timedelta(days=int(rng.integers(3, 800)))
        place = (
            row["location"] if variant != "wrong_place" else towns[int(rng.integers(len(towns)))]
        )
        if variant != "no_date" and rng.random() < 0.3 and row["aliases"]:
            person = row["aliases"]  # the claim spells the name another way
        when = day.strftime("%B %-d, %Y") if variant != "no_date" else "that day"
        text = _CLAIMS[row["event_type"]].format(
            actor=person, org=org, place=place, country=row["country"], when=when, n=7
        )
        times = ()
        if variant != "no_date":
            times = (
                TimeMention(when, 0, 0, TimeType.DATE, day.isoformat(), Precision.DAY, day, day),
            )
        claim = Claim(
            id=f"c{k}", sentence=0, start=0, end=len(text), text=text, kind=ClaimKind.EVENT,
            event_type=row["event_type"], checkworthy=True, times=times,
            entities=tuple(find_entities(text, reference.gazetteer)),
        )  # fmt: skip
        cases.append(_Case(claim, row["id"], variant))
    return cases


def _peak(work) -> int:
    """Peak bytes Python allocated while doing ``work`` (tracemalloc)."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _run_size(rows: int, claims: int, brute_claims: int, queue) -> None:
    started = time.perf_counter()
    frame = synthetic_reference(rows)
    generated = time.perf_counter()
    reference = load_reference(frame, name=f"synthetic-{rows}")
    loaded = time.perf_counter()
    cases = synthetic_claims(frame, reference, claims)
    entities_time = time.perf_counter() - loaded
    statements = reference.statements_at(np.arange(reference.rows))
    match_threshold = Settings().match_threshold

    # timings first, without tracemalloc (it slows every allocation); memory in a second pass
    t0 = time.perf_counter()
    results = [find_candidates(case.claim, reference) for case in cases]
    blocked_time = (time.perf_counter() - t0) / len(cases)
    blocked_peak = _peak(lambda: [find_candidates(case.claim, reference) for case in cases])
    first_hits, any_hits, matched, false_matches = [], [], [], []
    per_variant: dict[str, list[bool]] = {}
    for case, found in zip(cases, results, strict=True):
        ids = [c.record_id for c in found]
        first_hits.append(bool(ids) and ids[0] == case.record_id)
        any_hits.append(case.record_id in ids)
        decisive = bool(found) and found[0].score >= match_threshold
        matched.append(decisive and first_hits[-1])
        false_matches.append(decisive and not first_hits[-1])
        per_variant.setdefault(case.variant, []).append(first_hits[-1])
    # every blocked row is scored once by each scorer
    blocked = [candidate_rows(case.claim, reference) for case in cases]
    blocked_calls = [len(rows) for rows in blocked]
    blocked_recall = [
        case.record_id in {reference.ids[i] for i in rows}
        for case, rows in zip(cases, blocked, strict=True)
    ]

    subset = cases[:brute_claims]

    def brute() -> list:
        return [
            process.extractOne(
                case.claim.text,
                statements,
                scorer=fuzz.token_set_ratio,
                processor=utils.default_process,
            )
            for case in subset
        ]

    t0 = time.perf_counter()
    best = brute()
    brute_time = (time.perf_counter() - t0) / max(1, len(subset))
    brute_peak = _peak(brute) if subset else 0
    brute_hits = [
        b is not None and reference.ids[b[2]] == case.record_id
        for case, b in zip(subset, best, strict=True)
    ]

    queue.put(
        {
            "rows": rows,
            "generate_s": generated - started,
            "load_s": loaded - generated,
            "find_entities_ms": 1000 * entities_time / len(cases),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "claims": len(cases),
            "blocked_ms": 1000 * blocked_time,
            "blocked_calls": float(np.mean(blocked_calls)),
            "blocked_peak_mb": blocked_peak / 2**20,
            "recall_at_1": float(np.mean(first_hits)),
            "recall_in_list": float(np.mean(any_hits)),
            "blocking_recall": float(np.mean(blocked_recall)),
            "matched": float(np.mean(matched)),
            "false_match": float(np.mean(false_matches)),
            "by_variant": {k: float(np.mean(v)) for k, v in sorted(per_variant.items())},
            "brute_claims": len(subset),
            "brute_ms": 1000 * brute_time,
            "brute_calls": rows,
            "brute_peak_mb": brute_peak / 2**20,
            "brute_recall_at_1": float(np.mean(brute_hits)) if brute_hits else float("nan"),
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated row counts")
    parser.add_argument("--claims", type=int, default=200, help="claims per size")
    parser.add_argument(
        "--brute-claims", type=int, default=50, help="claims checked by brute force per size"
    )
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    context = multiprocessing.get_context("spawn")
    results = []
    for rows in sizes:
        queue = context.Queue()
        worker = context.Process(
            target=_run_size, args=(rows, args.claims, args.brute_claims, queue)
        )
        worker.start()
        results.append(queue.get())
        worker.join()
        r = results[-1]
        print(
            f"{r['rows']:>9,} rows: generated {r['generate_s']:.1f}s, loaded {r['load_s']:.1f}s, "
            f"peak RSS {r['rss_mb']:.0f} MB, find_entities {r['find_entities_ms']:.2f} ms/claim"
        )
        print(
            f"   blocked: {r['blocked_ms']:8.3f} ms/claim  {r['blocked_calls']:9.1f} scored/claim  "
            f"peak {r['blocked_peak_mb']:6.1f} MB  recall@1 {r['recall_at_1']:.3f}  "
            f"in list {r['recall_in_list']:.3f}  ({r['claims']} claims)"
        )
        print(
            f"            blocking kept the true record {r['blocking_recall']:.3f}; top at or above "
            f"match threshold: right {r['matched']:.3f}, wrong {r['false_match']:.3f}"
        )
        print(f"            recall@1 by claim variant: {r['by_variant']}")
        print(
            f"   brute:   {r['brute_ms']:8.3f} ms/claim  {r['brute_calls']:9,} scored/claim  "
            f"peak {r['brute_peak_mb']:6.1f} MB  recall@1 {r['brute_recall_at_1']:.3f}  "
            f"({r['brute_claims']} claims)"
        )
        print(
            f"   ratio brute/blocked: time x{r['brute_ms'] / r['blocked_ms']:.0f}, "
            f"scorer calls x{r['brute_calls'] / max(r['blocked_calls'], 1):.0f}"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
