"""Fuzz check() with generated hostile texts; report crashes, slow calls and offset violations.

    python3 benchmarks/fuzz_check.py [--texts 10000] [--seed 11] [--slow 5.0]

Texts are drawn with a fixed seed (so a run can be repeated exactly) from news words, numbers of
up to 400 digits, relative dates with huge offsets, odd dates (day 0, year 0 or 12000), control,
bidirectional and other unusual characters, quotes, brackets and blank lines; the publication
date is drawn from none, the ends of the calendar and any day. For each text it records:

- a crash: any exception but ``ArticleError`` (the article step's clear refusal of binary-looking
  or empty text, counted apart);
- a slow call: ``check()`` taking more than ``--slow`` seconds;
- an offset violation: a claim or mention with ``text[start:end] != mention.text``.

Prints the counts and the first few failures with their seed index, and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from datetime import date

from claimcheck import check, load_reference
from claimcheck.errors import ArticleError
from claimcheck.settings import Settings

WORDS = (  # noqa: SIM905 (a sentence reads better than a list)
    "Soleimani was killed in a drone strike in Baghdad on January 3 . Iran fired missiles at "
    "US base Iraq days later people injured wounded dead at least about nearly more than "
    "dozens hundreds of protesters said officials told Reuters yesterday last month last week "
    "on Friday in 2020 the day before after the attack Khamenei Trump election turnout percent "
    "votes seats $ 5m 1,000 3.2 million 42% no one was hurt none survived , ; : ( ) \" ' - — "
).split()
WEIRD = (
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200e",
    "\u2066",
    "\u2069",
    "\u200b",
    "\ufeff",
    "\x07",
    "\x1b",
    "\x85",
    "\u2028",
    "\u2029",
    "\t",
    "\r",
    "\r\n",
    "\n\n",
    "\u05d0\u05d1\u05d2",
    "\u0627\u0644\u0639\u0631\u0627\u0642",
    "\U0001f4a5",
    "e\u0301",
    "\u00a0",
    "\u3000",
    "ǅ",
    "İ",
    "ß",
    "\ufffd",
    "\ud7ff",
    "…",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
)
UNITS = ("days", "weeks", "months", "years", "decades", "centuries", "hours")
WAYS = ("earlier", "later", "ago", "before", "after the attack", "from now")
MONTHS = ("January", "February", "March", "December", "Feb.", "Sept.", "Dec")
PUBLISHED = (None, date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(2020, 2, 5))


def piece(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        return rng.choice(WORDS)
    if kind < 0.63:
        return rng.choice("123456789") + "".join(
            rng.choice("0123456789,") for _ in range(rng.randint(1, 400))
        )
    if kind < 0.71:
        amount = rng.choice(
            (str(rng.randint(0, 10 ** rng.randint(1, 15))), f"{rng.uniform(0, 1e9):.3f}")
        )
        return f"{amount} {rng.choice(UNITS)} {rng.choice(WAYS)}"
    if kind < 0.79:
        day, year = rng.randint(0, 40), rng.randint(0, 12000)
        return rng.choice(
            (
                f"{rng.choice(MONTHS)} {day}, {year}",
                f"{year:04d}-{rng.randint(0, 13):02d}-{day:02d}",
                f"{day}/{rng.randint(0, 13)}/{year}",
                f"in {year}",
            )
        )
    if kind < 0.93:
        return rng.choice(WEIRD)
    return chr(rng.randint(1, 0x2FFFF))


def text_of(rng: random.Random) -> str:
    return " ".join(piece(rng) for _ in range(rng.randint(1, 80)))


def published_of(rng: random.Random) -> date | None:
    if rng.random() < 0.6:
        return rng.choice(PUBLISHED)
    return date.fromordinal(rng.randint(1, date.max.toordinal()))


def offset_violations(result) -> list[str]:
    body = result.article.text
    bad = []
    for claim in result.claims:
        for item in (claim, *claim.times, *claim.counts, *claim.entities):
            if body[item.start : item.end] != item.text:
                bad.append(f"{type(item).__name__} {item.start}:{item.end} {item.text[:40]!r}")
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--slow", type=float, default=5.0, help="seconds a call may take")
    parser.add_argument("--show", type=int, default=5, help="failures printed of each kind")
    args = parser.parse_args(argv)
    reference = load_reference(None)
    settings = (
        Settings(),
        Settings(day_first=True),
        Settings(date_tolerance_days=3, date_window_days=400),
        Settings(date_tolerance_days=36_525, match_threshold=0, suggest_threshold=0),
    )
    crashes: list[tuple[int, str]] = []
    slow: list[tuple[int, float]] = []
    offsets: list[tuple[int, str]] = []
    refused = claims = characters = 0
    slowest = 0.0
    started = time.perf_counter()
    for index in range(args.texts):
        rng = random.Random(f"{args.seed}:{index}")  # each text can be redrawn alone
        text, published = text_of(rng), published_of(rng)
        characters += len(text)
        start = time.perf_counter()
        try:
            result = check(text, reference, published=published, settings=rng.choice(settings))
        except ArticleError:
            refused += 1
            continue
        except Exception:
            crashes.append((index, traceback.format_exc(limit=-3)))
            continue
        finally:
            took = time.perf_counter() - start
            slowest = max(slowest, took)
            if took > args.slow:
                slow.append((index, took))
        claims += len(result.claims)
        offsets.extend((index, bad) for bad in offset_violations(result))
        if (index + 1) % 1000 == 0:
            print(f"  {index + 1:,} texts, {time.perf_counter() - started:,.0f} s", flush=True)
    print(
        f"seed {args.seed}: {args.texts:,} texts ({characters:,} characters, {claims:,} claims) in "
        f"{time.perf_counter() - started:,.0f} s; refused as not an article: {refused:,}\n"
        f"crashes: {len(crashes)}; calls over {args.slow:g} s: {len(slow)} (slowest "
        f"{slowest:.2f} s); offset violations: {len(offsets)}"
    )
    for index, trace in crashes[: args.show]:
        print(f"--- crash at text {index}:\n{trace}")
    for index, took in slow[: args.show]:
        print(f"--- slow: text {index} took {took:.1f} s")
    for index, bad in offsets[: args.show]:
        print(f"--- offsets: text {index}: {bad}")
    return 1 if crashes or slow or offsets else 0


if __name__ == "__main__":
    sys.exit(main())
