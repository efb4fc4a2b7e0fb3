"""Benchmark the full check against a floor: what any rule-based reader of the same texts costs.

    python3 benchmarks/bench_floor.py [--shared PATH] [--docs 40] [--repeat 5]

The floor reads each text the way a rule-based checker must at the least, and does nothing with
what it finds: it splits the text into sentences (one compiled pattern), runs 50 compiled
patterns over every sentence (the size of claimcheck's closed vocabularies: months, weekdays,
number words, cue words, casualty phrases, units...), and looks every word n-gram of one to three
words up in a dictionary of the shipped reference's names. The full check is ``check(article,
reference)`` against the shipped reference, already loaded. Both run on the same TimeBank texts
in one process, alternately, ``--repeat`` times; reported: articles per second of each (median)
and the ratio full / floor (goal: at most 3).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from claimcheck import check, load_reference, read_article
from claimcheck.rules import numbers, times

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_WORD = re.compile(r"[^\W_]+")


def _patterns() -> list[re.Pattern[str]]:
    """50 patterns of the kinds claimcheck runs: word lists as alternations, and number shapes."""
    words = [
        *times.MONTHS,
        *getattr(times, "WEEKDAYS", ()),
        *numbers.UNITS,
        *numbers.TENS,
    ]
    words = sorted({str(w).lower() for w in words if str(w).isalpha()})
    groups = [words[i::40] for i in range(40)]
    patterns = [re.compile(r"\b(?:" + "|".join(map(re.escape, g)) + r")\b", re.I) for g in groups]
    shapes = [
        r"\d+", r"\d{4}", r"\d{1,2}/\d{1,2}/\d{2,4}", r"\d+(?:,\d{3})+", r"\d+(?:\.\d+)?%",
        r"\$\d+", r"\b[A-Z][a-z]+\b", r"\b[A-Z]{2,}\b", r"\b(?:killed|dead|died)\b",
        r"\b(?:injured|wounded|hurt)\b",
    ]  # fmt: skip
    return patterns + [re.compile(shape) for shape in shapes]


def floor(texts: list[str], patterns: list[re.Pattern[str]], names: set[str]) -> int:
    """Work a rule-based reader cannot skip; returns a count so nothing is optimised away."""
    found = 0
    for text in texts:
        for sentence in _SENTENCE.findall(text):
            for pattern in patterns:
                found += sum(1 for _ in pattern.finditer(sentence))
            words = _WORD.findall(sentence.lower())
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    found += " ".join(words[i : i + n]) in names
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    timebank = args.shared / "data" / "tempeval3-train" / "timebank.jsonl"
    docs = [json.loads(line) for line in timebank.read_text().splitlines() if line.strip()]
    docs = [d for d in docs if d["text"].strip()][: args.docs]
    reference = load_reference(None)
    articles = [read_article(d["text"], published=d["dct"]) for d in docs]
    texts = [d["text"] for d in docs]
    patterns = _patterns()
    names = {
        " ".join(_WORD.findall(name.lower()))
        for entry in reference.gazetteer.entries
        for name in (entry.name, *entry.aliases)
    }
    assert len(patterns) == 50, len(patterns)
    for article in articles:  # warm the caches both ways: steady state is what is compared
        check(article, reference)
    floor(texts, patterns, names)
    full_times, floor_times = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for article in articles:
            check(article, reference)
        full_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor(texts, patterns, names)
        floor_times.append(time.perf_counter() - start)
    full, low = statistics.median(full_times), statistics.median(floor_times)
    n = len(articles)
    print(f"{n} TimeBank texts, {sum(map(len, texts)):,} chars, shipped reference")
    print(
        f"full check: {n / full:7.1f} articles/s   floor: {n / low:7.1f} articles/s   "
        f"full / floor = {full / low:.1f}x (goal <= 3x)"
    )
    print(
        f"runs (s): full {[round(t, 3) for t in full_times]}, floor "
        f"{[round(t, 3) for t in floor_times]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
