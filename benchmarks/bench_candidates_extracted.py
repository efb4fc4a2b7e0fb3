"""Benchmark candidate search as a check meets it: claims extracted from news-like sentences.

    python3 benchmarks/make_reference.py 1000000 /tmp/ref-1m.parquet      # once
    python3 benchmarks/bench_candidates_extracted.py /tmp/ref-1m.parquet [--sentences 400]

``bench_candidates.py`` hands ``find_candidates`` claims whose event type and date are copied
from the true record. Here nothing is copied: each sentence is written about a record of the
synthetic reference in words of its own (not the statement's template), its date as a reader
would say it ("on March 3, 1998", "in March 1998", "on Tuesday" a few days before the article's
date, or none), its person now and then spelt as the record's alias spells them. A quarter of
the sentences are true, a quarter give a wrong date, a quarter a wrong town, a quarter no date.
claimcheck then reads each sentence as an article: times resolved against the published date,
names linked through the gazetteer (the spelling index), event words read, and every checkworthy
claim's candidates found. Reported, side by side in one run:

- the blocked path per sentence: reading + linking + extraction, and candidate search, apart;
- brute force per sentence: ``process.extractOne(sentence, statements,
  scorer=fuzz.token_set_ratio)`` over every statement (on ``--brute`` of the sentences);
- recall: the true record first among the candidates of one of the sentence's claims (a
  sentence may hold two: "X called for calm on Friday after protesters clashed in Y"), among
  the five a check keeps, and kept by blocking at all; how often a claim's top candidate
  reaches the match threshold on another record that scores above the true one (false
  matches: the verdict would rest on it), and how often on one that ties with it (the claim
  fits both: at a million rows a town has had several protests);
- the ratio of the two times, linking counted (goal: brute force 1,000 times slower or more,
  recall >= 0.99).

The reference must be a file made by ``make_reference.py`` (loaded once, mapped from the cache
on later runs); the machine is small and shared: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process, utils

from claimcheck.articles import read_article
from claimcheck.candidates import candidate_rows, find_candidates
from claimcheck.claims import extract_claims
from claimcheck.reference import load_reference
from claimcheck.settings import Settings

# Sentences as a reporter writes them, not as the reference's statements are written.
_SENTENCES = {
    "air_drone_strike": "{actor} died {when} when a drone hit a car in {place}, officials said.",
    "missile_attack": "Missiles launched by the {org} struck {place} {when}, killing {n} people.",
    "bombing": "{n} people died {when} when a car bomb went off in {place}; the {org} was blamed.",
    "election": "{actor} won the vote in {place} {when}, election officials said.",
    "sanctions": "Sanctions on {actor} and the {org} came into force {when}.",
    "statement": "{actor} condemned the {org} {when} in a statement.",
    "speech": "{actor} urged {country} to resist in a speech in {place} {when}.",
    "agreement": "{actor} and the {org} signed a ceasefire in {place} {when}.",
    "stampede": "{n} mourners were killed in a stampede in {place} {when}.",
    "protest": "{actor} called for calm {when} after protesters clashed with police in {place}.",
    "aircraft_shootdown": "The {org} shot down a passenger plane near {place} {when}.",
}
_VARIANTS = ("true", "wrong_date", "wrong_place", "no_date")


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    published: date
    record_id: str
    variant: str


def _when(record_date: str, day: date, rng: np.random.Generator) -> tuple[str, date]:
    """The date as a reporter says it, at the record's precision, and the article's date."""
    if len(record_date) == 4:
        return f"in {day.year}", date(day.year + 1, 2, 1)
    if len(record_date) == 7:
        return f"in {day:%B} {day.year}", (day.replace(day=28) + timedelta(days=10))
    published = day + timedelta(days=int(rng.integers(1, 7)))
    if rng.random() < 0.3:  # a weekday, resolved against the article's date
        return f"on {day:%A}", published
    return f"on {day:%B} {day.day}, {day.year}", published + timedelta(days=int(rng.integers(30)))


def sentences_about(frame: pd.DataFrame, count: int, *, seed: int = 13) -> list[_Sentence]:
    """``count`` sentences about records of ``frame``, a quarter of each variant."""
    rng = np.random.default_rng(seed)
    towns = frame["location"].unique()
    out = []
    for k, i in enumerate(rng.choice(len(frame), size=count, replace=False)):
        row = frame.iloc[int(i)]
        variant = _VARIANTS[k % len(_VARIANTS)]
        person, org = row["actors"].split(";")
        if row["aliases"] and rng.random() < 0.3:
            person = row["aliases"]  # the sentence spells the name as the alias does
        place = row["location"]
        if variant == "wrong_place":
            place = towns[int(rng.integers(len(towns)))]
        day = date.fromisoformat((row["date"] + "-01-01")[:10])
        if variant == "wrong_date":
            day += timedelta(days=int(rng.integers(20, 800)))
        when, published = _when(row["date"], day, rng)
        if variant == "no_date":
            when = "this week" if rng.random() < 0.5 else ""
        text = _SENTENCES[row["event_type"]].format(
            actor=person, org=org, place=place, country=row["country"],
            n=int(rng.integers(2, 90)), when=when,
        )  # fmt: skip
        out.append(_Sentence(" ".join(text.split()), published, row["id"], variant))
    return out


def _wrong_top(candidates: list, record_id: str, threshold: float) -> str | None:
    """``"above"`` when another record is first at the match threshold or over and scores more
    than the true one; ``"tied"`` when it scores the same; else ``None``."""
    if not candidates or candidates[0].record_id == record_id:
        return None
    top = candidates[0].score
    true = next((c.score for c in candidates if c.record_id == record_id), None)
    if top < threshold:
        return None
    return "tied" if true == top else "above"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("reference", help="a file made by make_reference.py")
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--brute", type=int, default=20, help="sentences run by brute force")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    reference = load_reference(args.reference)
    loaded = time.perf_counter() - started
    frame = pd.read_parquet(args.reference, columns=["id", "date", "event_type", "location",
                                                     "country", "actors", "aliases"])  # fmt: skip
    sentences = sentences_about(frame, args.sentences)
    settings = Settings()
    print(f"{reference.rows:,} rows, loaded in {loaded:.1f} s; {len(sentences)} sentences")

    # warm the per-process caches (rules, the first mapped pages) on sentences not measured
    for sentence in sentences_about(frame, 8, seed=99):
        article = read_article(sentence.text, published=sentence.published)
        for claim in extract_claims(article, reference):
            find_candidates(claim, reference)

    read_s, search_s, first, top5, blocked, false_match, tied = [], [], [], [], [], [], []
    claimless = 0
    by_variant: dict[str, list[bool]] = {}
    for sentence in sentences:
        t0 = time.perf_counter()
        article = read_article(sentence.text, published=sentence.published)
        claims = [c for c in extract_claims(article, reference) if c.checkworthy]
        t1 = time.perf_counter()
        found = [find_candidates(claim, reference, settings=settings) for claim in claims]
        t2 = time.perf_counter()
        read_s.append(t1 - t0)
        search_s.append(t2 - t1)
        claimless += not claims
        tops = [candidates[0] for candidates in found if candidates]
        first.append(any(top.record_id == sentence.record_id for top in tops))
        top5.append(any(c.record_id == sentence.record_id for cs in found for c in cs))
        wrong = [_wrong_top(cs, sentence.record_id, settings.match_threshold) for cs in found]
        false_match.append("above" in wrong)
        tied.append("tied" in wrong and "above" not in wrong)
        kept = {reference.ids[i] for claim in claims for i in candidate_rows(claim, reference)}
        blocked.append(sentence.record_id in kept)
        by_variant.setdefault(sentence.variant, []).append(first[-1])

    statements = reference.statements_at(np.arange(reference.rows))
    brute_s, brute_first = [], []
    for sentence in sentences[: args.brute]:
        t0 = time.perf_counter()
        best = process.extractOne(
            sentence.text, statements, scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
        )  # fmt: skip
        brute_s.append(time.perf_counter() - t0)
        brute_first.append(best is not None and reference.ids[best[2]] == sentence.record_id)

    n = len(sentences)
    blocked_ms = 1000 * (sum(read_s) + sum(search_s)) / n
    brute_ms = 1000 * statistics.mean(brute_s)
    print(f"blocked path, per sentence: {blocked_ms:.2f} ms (reading, linking and extraction "
          f"{1000 * statistics.mean(read_s):.2f} ms, candidate search "
          f"{1000 * statistics.mean(search_s):.2f} ms; median "
          f"{1000 * statistics.median(np.add(read_s, search_s)):.2f} ms)")  # fmt: skip
    print(f"  recall@1 {np.mean(first):.3f}, in the five kept {np.mean(top5):.3f}, kept by "
          f"blocking {np.mean(blocked):.3f}; false matches {np.mean(false_match):.3f} (tied with "
          f"the true record {np.mean(tied):.3f}); "
          f"sentences with no checkworthy claim {claimless}")  # fmt: skip
    print(
        "  recall@1 by variant: "
        + ", ".join(f"{v} {np.mean(hits):.3f}" for v, hits in sorted(by_variant.items()))
    )
    print(f"brute force, per sentence: {brute_ms:.0f} ms, recall@1 {np.mean(brute_first):.3f} "
          f"({len(brute_s)} sentences)")  # fmt: skip
    print(f"brute / blocked time, linking counted: {brute_ms / blocked_ms:.0f}x "
          f"(goal >= 1000x, recall >= 0.99)")  # fmt: skip
    misses = Counter(s.variant for s, hit in zip(sentences, first, strict=True) if not hit)
    print(f"misses by variant: {dict(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
