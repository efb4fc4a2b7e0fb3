"""Benchmark: check() stays linear in the article's length on adversarial text (issue 11).

    python3 benchmarks/bench_adversarial.py [--sizes 10000 100000 1000000] [--kinds ones ...]

Each kind repeats one short piece up to each size (a text of "1 " repeated took 9 s at 50k
characters and 67 s at 400k before the fix). For every kind it prints characters per second at
each size and the ratio of the largest size's rate to the smallest's: the goal is a ratio of at
least 0.5 (chars/s at 1M within 2x of chars/s at 10k). A benchmark, not a timed test: the machine
is small and shared, so read the ratios, and rerun a kind alone when one looks off.
"""

from __future__ import annotations

import argparse
import sys
import time

from claimcheck import check, load_reference
from claimcheck.settings import Settings

#: The pieces repeated: each is a shape that once made (or could make) some step super-linear.
KINDS = {
    "ones": "1 ",  # numbers everywhere: every count looks back over many clause ends
    "words": "the attack in Baghdad ",  # one clause with no sentence end
    "names": "Soleimani Baghdad Iran ",  # one capitalised run: entity windows
    "sentences": "Iran fired missiles at a US base in Iraq on January 8. ",  # many claims
    "numbers_in_words": "one hundred and ",  # number words that never end
    "relative_dates": "two days later ",  # event-anchored times, each on the one before
    "brackets": "(1 ",  # opened, never closed
}
DEFAULT_KINDS = ("ones", "words", "names", "sentences")


def text_of(kind: str, size: int) -> str:
    piece = KINDS[kind]
    return (piece * (size // len(piece) + 1))[:size]


def chars_per_second(text: str, reference, settings: Settings) -> float:
    start = time.perf_counter()
    check(text, reference, published="2020-02-05", settings=settings)
    return len(text) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(DEFAULT_KINDS))
    args = parser.parse_args(argv)
    reference = load_reference(None)
    settings = Settings(max_article_chars=max(args.sizes))
    check("Warm-up: Soleimani was killed on January 3.", reference, published="2020-02-05")
    print(f"{'kind':<18}" + "".join(f"{size:>14,}" for size in args.sizes) + "   ratio  flat")
    flat = True
    for kind in args.kinds:
        rates = []
        for size in args.sizes:
            rates.append(chars_per_second(text_of(kind, size), reference, settings))
        ratio = rates[-1] / rates[0]
        ok = ratio >= 0.5
        flat &= ok
        cells = "".join(f"{rate:>12,.0f}/s" for rate in rates)
        print(f"{kind:<18}{cells}   {ratio:5.2f}  {'yes' if ok else 'NO'}", flush=True)
    print("chars/s at the largest size within 2x of the smallest for every kind:", flat)
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
