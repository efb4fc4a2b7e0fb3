"""Benchmark: ``find_times`` on the TempEval-3 training corpora (TimeBank, AQUAINT), scored as Task A.

Usage (from the repository root)::

    python3 benchmarks/tempeval.py                  # scores and speed for both sets
    python3 benchmarks/tempeval.py --errors 50      # and 50 error examples per set
    python3 benchmarks/tempeval.py --shared /path/to/shared --out /tmp/preds --sample-docs 20

For each set it runs ``find_times(text, dct)`` on every document, writes the predictions as
JSON Lines (``<out>/<set>.pred.jsonl``), scores them with ``shared/tools/timex_score.py``
(imported by path, not copied) and prints strict P/R/F1, relaxed F1, value accuracy, value F1
and type accuracy. It then times ``find_times`` over all TimeBank text (characters per second,
best of three runs) and, side by side, dateparser's ``search_dates`` on a sample of documents
(dateparser is a benchmark-only dependency: ``pip install claimcheck-workbench[bench]``).

Targets: value F1 >= 85 and strict F1 >= 85 on each set; >= 500,000 characters/s.
Last measured (2 shared cores): TimeBank strict F1 90.3, relaxed 94.6, value accuracy 89.1,
value F1 84.3; AQUAINT strict F1 86.8, relaxed 94.6, value accuracy 82.0, value F1 77.6;
find_times about 600,000-890,000 characters/s against dateparser's 50,000-140,000 (the range
is the machine's load).

``--errors N`` also sorts the value errors into kinds (``ERROR_KINDS``): slips in the gold
(a "Tuesday" dated on a Wednesday, "1968" written ``1968-XX``, "weeks" given a month),
conventions on which the two sets disagree with each other or with TimeML ("Friday night" as a
DATE in AQUAINT and a TIME in TimeBank, weeks written ``1989-WXX`` or as months, decades
``198X`` or ``198``, quarters for "a year ago" in some earnings stories and years in others),
and "other": claimcheck's own errors, with the odd gold slip no test recognises. It prints the
value F1 each set would reach if every "other" error were fixed (87.2 on TimeBank, 81.1 on
AQUAINT), and with no spurious prediction either (90.0, 84.7). On AQUAINT the target cannot be
met by putting claimcheck's own errors right; it would take copying that set's conventions,
which TimeBank contradicts, or its slips.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

from claimcheck.times import find_times

DEFAULT_SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SETS = ("timebank", "aquaint")


def _load_scorer(shared: Path) -> ModuleType:
    path = shared / "tools" / "timex_score.py"
    if not path.is_file():
        sys.exit(f"timex_score.py not found at {path}; pass --shared PATH to the shared folder.")
    spec = importlib.util.spec_from_file_location("timex_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load_docs(shared: Path, name: str) -> list[dict]:
    path = shared / "data" / "tempeval3-train" / f"{name}.jsonl"
    if not path.is_file():
        sys.exit(f"{path} not found; pass --shared PATH to the shared folder.")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(docs: list[dict]) -> list[dict]:
    """One prediction record per document, in the scorer's format."""
    out = []
    for doc in docs:
        published = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        mentions = find_times(doc["text"], published)
        timexes = [
            {"start": m.start, "end": m.end, "value": m.value, "type": str(m.type)}
            for m in mentions
        ]
        out.append({"id": doc["id"], "timexes": timexes})
    return out


# --------------------------------------------------------------------------- value errors by kind
# Each value error (a prediction overlapping a gold TIMEX3 with another value) goes to the first
# kind whose test holds. The kinds say whose convention the gold follows, so that what is left
# under "other" is where claimcheck itself is wrong. A test sees the gold and predicted texts,
# values and types, and the document date.

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b|tonight", re.IGNORECASE)
_FULL_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


def _named_weekday(text: str) -> int | None:
    """The weekday a text names, when the text is that day (not "the day before Tuesday")."""
    words = re.findall(r"[a-z]+", text.lower())
    if {"before", "after", "day", "last", "next", "this"} & set(words):
        return None
    named = [i for i, day in enumerate(_WEEKDAYS) if day in words]
    return named[0] if len(named) == 1 else None


def _gold_weekday_is_not_named(e: dict) -> bool:
    named, m = _named_weekday(e["gold_text"]), _FULL_DATE.match(e["gold"])
    return named is not None and m is not None and date(*map(int, m.groups())).weekday() != named


def _gold_year_is_not_written(e: dict) -> bool:
    written = re.findall(r"\b(1[89]\d\d|20\d\d)\b", e["gold_text"])
    return (
        bool(written) and re.match(r"\d{4}", e["gold"]) is not None and e["gold"][:4] not in written
    )


def _a_week_apart(e: dict) -> bool:
    g, p = _FULL_DATE.match(e["gold"]), _FULL_DATE.match(e["pred"])
    if not (g and p and _named_weekday(e["gold_text"]) is not None):
        return False
    return abs((date(*map(int, g.groups())) - date(*map(int, p.groups()))).days) == 7


ERROR_KINDS: tuple[tuple[str, Callable[[dict], bool]], ...] = (
    ("gold: a weekday's date falls on another weekday", _gold_weekday_is_not_named),
    ("gold: a year other than the one written", _gold_year_is_not_written),
    ("gold: a plural unit ('days', 'weeks') given a calendar date",
     lambda e: re.fullmatch(r"(?:the\s+)?(?:days|weeks|months|years)", e["gold_text"].strip(), re.I)
     is not None and e["gold_type"] == "DATE"),
    ("gold: a year written YYYY-XX (no TimeML meaning beyond the year)",
     lambda e: re.fullmatch(r"\d{4}(?:-XX)+", e["gold"]) is not None and e["pred"] == e["gold"][:4]),
    ("gold: a weekday a week off the nearest one the verb's tense allows", _a_week_apart),
    ("convention: a weekday with a part of day as DATE, not TIME",
     lambda e: _named_weekday(e["pred_text"]) is not None and bool(_PART_OF_DAY.search(e["pred_text"]))
     and e["gold_type"] != e["pred_type"]),
    ("convention: a week given as a month, WXX, an unpadded week or a duration",
     lambda e: "week" in e["gold_text"].lower() and "W" in e["pred"]
     and re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", e["gold"]) is None),
    ("convention: decades and centuries (199 / 199X / 19XX / P100Y, PXDE / PXY / PXE)",
     lambda e: re.fullmatch(r"\d{2,3}", e["pred"]) is not None
     or re.search(r"(?:DE|CE|ML)$", e["pred"]) is not None),
    ("convention: earnings periods (quarter or year, 'a year ago', 'the period')",
     lambda e: "Q" in e["gold"] + e["pred"]
     or re.search(r"quarter|period|fiscal|year[- ](?:ago|earlier|end)", e["gold_text"], re.I) is not None),
    ("convention: vague periods as PAST_REF/FUTURE_REF or as durations",
     lambda e: "_REF" in e["gold"] + e["pred"]),
)  # fmt: skip


def value_errors_by_kind(
    scorer: ModuleType, docs: list[dict], preds: list[dict]
) -> dict[str, list[str]]:
    """The value errors under each of ``ERROR_KINDS`` (the rest under "other"), as text."""
    by_id = {rec["id"]: rec["timexes"] for rec in preds}
    kinds: dict[str, list[str]] = {}
    for doc in docs:
        pred = scorer.clean_preds(doc["text"], by_id.get(doc["id"], []))
        for i, j in scorer.match_relaxed(doc["gold"], pred):
            g, p = doc["gold"][i], pred[j]
            if p["value"] == g["value"]:
                continue
            error = {
                "gold_text": g["text"], "gold": g["value"], "gold_type": g["type"],
                "pred_text": doc["text"][p["start"] : p["end"]], "pred": p["value"] or "",
                "pred_type": p["type"],
            }  # fmt: skip
            kind = next((name for name, test in ERROR_KINDS if test(error)), "other")
            kinds.setdefault(kind, []).append(
                f"{doc['id']} ({doc['dct'][:10]}): gold {g['text']!r} {g['type']} {g['value']}"
                f" | claimcheck {error['pred_text']!r} {p['type']} {p['value']}"
            )
    return kinds


def _speed_find_times(docs: list[dict]) -> tuple[int, float]:
    chars = sum(len(d["text"]) for d in docs)
    dates = [date.fromisoformat(d["dct"][:10]) for d in docs]
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for doc, published in zip(docs, dates, strict=True):
            find_times(doc["text"], published)
        best = min(best, time.perf_counter() - t0)
    return chars, best


def _speed_dateparser(docs: list[dict]) -> tuple[int, float] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: skipping the comparison "
              "(pip install 'claimcheck-workbench[bench]' or pip install dateparser).")  # fmt: skip
        return None
    chars = sum(len(d["text"]) for d in docs)
    t0 = time.perf_counter()
    for doc in docs:
        search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": _base(doc)})
    return chars, time.perf_counter() - t0


def _base(doc: dict) -> datetime:
    return datetime.fromisoformat(doc["dct"][:10])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    parser.add_argument(
        "--out", type=Path, default=Path("/tmp/claimcheck-tempeval"), help="where predictions go"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print up to N error examples per set"
    )
    parser.add_argument(
        "--sample-docs", type=int, default=15, help="TimeBank documents timed with dateparser"
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    args = parser.parse_args(argv)

    scorer = _load_scorer(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SETS:
        docs = _load_docs(args.shared, name)
        preds = predict(docs)
        pred_path = args.out / f"{name}.pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as fh:
            for rec in preds:
                fh.write(json.dumps(rec) + "\n")
        res = scorer.score(docs, preds, keep_errors=bool(args.errors))
        s, r, v, t = res["strict"], res["relaxed"], res["value"], res["type"] or {}
        print(
            f"== {name}: docs {res['docs']}, gold {res['gold']}, predicted {res['pred']}  ({pred_path})"
        )
        print(f"   strict  P {100 * s['P']:5.1f}  R {100 * s['R']:5.1f}  F1 {100 * s['F1']:5.1f}")
        print(f"   relaxed P {100 * r['P']:5.1f}  R {100 * r['R']:5.1f}  F1 {100 * r['F1']:5.1f}")
        print(f"   value   accuracy {100 * v['accuracy']:5.1f}  F1 {100 * v['F1']:5.1f}")
        print(f"   type    accuracy {100 * t.get('accuracy', 0.0):5.1f}")
        errors = res.get("errors", [])
        if errors:
            kinds: dict[str, int] = {}
            for err in errors:
                kinds[err["kind"]] = kinds.get(err["kind"], 0) + 1
            print("   errors  " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        if args.errors:
            print("   value errors by kind:")
            kinds = value_errors_by_kind(scorer, docs, preds)
            for kind, examples in sorted(kinds.items(), key=lambda item: -len(item[1])):
                print(f"     {len(examples):4d}  {kind}")
                for example in examples[: args.errors]:
                    print(f"             {example}")
            # What value F1 would be if every error left under "other" were put right and the
            # gold's own conventions and slips stayed as they are.
            ours = len(kinds.get("other", []))
            ceiling = 2 * (res["value_match"] + ours) / (res["pred"] + res["gold"])
            unpadded = 2 * (res["value_match"] + ours) / (res["relaxed_match"] + res["gold"])
            print(f"   value F1 with every 'other' value error fixed: {100 * ceiling:5.1f}; "
                  f"and no spurious prediction: {100 * unpadded:5.1f}")  # fmt: skip
        for err in errors[: args.errors]:
            print(f"     [{err['kind']:8}] {err['id']}: gold {err['gold']}  | pred {err['pred']}")

    if not args.no_speed:
        docs = _load_docs(args.shared, "timebank")
        chars, seconds = _speed_find_times(docs)
        print(
            f"== speed: find_times {chars / seconds:,.0f} chars/s ({chars:,} chars of TimeBank in {seconds:.3f} s)"
        )
        sample = docs[: args.sample_docs]
        measured = _speed_dateparser(sample)
        if measured:
            chars, seconds = measured
            print(f"   dateparser search_dates {chars / seconds:,.0f} chars/s "
                  f"({chars:,} chars, first {len(sample)} documents, {seconds:.2f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
