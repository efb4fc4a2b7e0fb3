#!/usr/bin/env python3
"""Validate the probe20 evaluation set.  Prints OK when everything holds.

Checks the written files (facts.csv, claims.jsonl, articles/) on their own,
re-runs the generators' datetime assertions for every relative date, and
checks that the written files are exactly what src/ would generate.
"""
import csv
import datetime as dt
import io
import json
import os
import re
import sys
from collections import Counter
from contextlib import redirect_stdout

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
sys.path.insert(0, SRC)

BASE = ["id", "statement", "date", "date_precision", "event_type", "location",
        "country", "actors", "aliases", "deaths", "injuries", "source", "notes"]
VERDICTS = ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]
SHARES = {  # allowed share of claims per verdict (brief: ~40/35/3-5/12/8 %)
    "supported": (0.36, 0.44), "contradicted": (0.31, 0.39), "misleading": (0.03, 0.05),
    "unverifiable": (0.10, 0.14), "not_checkable": (0.06, 0.10),
}
FIELDS = {None, "date", "count", "place", "actor", "event"}
errors = []


def fail(msg):
    errors.append(msg)


def check_facts():
    path = os.path.join(ROOT, "facts.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    if header[:len(BASE)] != BASE:
        fail(f"facts.csv: header must start with {BASE}")
    extra = header[len(BASE):]
    if not 4 <= len(extra) <= 8:
        fail(f"facts.csv: {len(extra)} extra columns (want 4-8)")
    if not 60 <= len(rows) <= 75:
        fail(f"facts.csv: {len(rows)} rows (want 60-75)")
    ids = Counter(r["id"] for r in rows)
    for k, v in ids.items():
        if v > 1:
            fail(f"facts.csv: duplicate id {k}")
    for r in rows:
        rid = r["id"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rid):
            fail(f"{rid}: bad id")
        try:
            dt.date.fromisoformat(r["date"])
        except ValueError:
            fail(f"{rid}: bad date {r['date']!r}")
        if r["date_precision"] not in ("day", "month", "year"):
            fail(f"{rid}: bad date_precision")
        for col in ("deaths", "injuries"):
            if r[col] and not re.fullmatch(r"\d+", r[col]):
                fail(f"{rid}: {col} not an integer: {r[col]!r}")
        for col in extra:
            if r[col]:
                try:
                    float(r[col])
                except ValueError:
                    fail(f"{rid}: {col} not numeric: {r[col]!r}")
        for col in ("statement", "event_type", "location", "country", "actors", "aliases", "source"):
            if not r[col].strip():
                fail(f"{rid}: empty {col}")
        for url in r["source"].split(" ; "):
            if not url.startswith(("http://", "https://")) or " " in url:
                fail(f"{rid}: source is not ' ; '-separated URLs: {url!r}")
        # a figure that the statement spells out must match the column
        if r["deaths"] and r["deaths"] != "0":
            n = int(r["deaths"])
            words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                     "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                     "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
            spelled = words[n] if n < len(words) else None
            st = r["statement"].lower()
            if f"{n:,}" not in st and str(n) not in st and not (spelled and spelled in st):
                fail(f"{rid}: deaths {n} not stated in the statement")
    return {r["id"]: r for r in rows}, extra


def check_claims(facts):
    path = os.path.join(ROOT, "claims.jsonl")
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"claims.jsonl line {ln}: {e}")
    keys = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
    if len(recs) < 170:
        fail(f"claims.jsonl: {len(recs)} claims (want >= 170)")
    seen = set()
    for r in recs:
        cid = r.get("id")
        if list(r.keys()) != keys:
            fail(f"{cid}: keys {list(r.keys())}")
            continue
        if cid in seen:
            fail(f"{cid}: duplicate id")
        seen.add(cid)
        try:
            a = dt.date.fromisoformat(r["article_date"])
        except ValueError:
            fail(f"{cid}: bad article_date")
            continue
        v = r["expected_verdict"]
        if v not in VERDICTS:
            fail(f"{cid}: bad verdict {v}")
        if r["fact_id"] is not None:
            if r["fact_id"] not in facts:
                fail(f"{cid}: unknown fact_id {r['fact_id']}")
            elif dt.date.fromisoformat(facts[r["fact_id"]]["date"]) > a:
                fail(f"{cid}: article predates its fact")
        if r["wrong_field"] not in FIELDS:
            fail(f"{cid}: bad wrong_field")
        if v in ("contradicted", "misleading") and not r["wrong_field"]:
            fail(f"{cid}: {v} needs wrong_field")
        if v not in ("contradicted", "misleading") and r["wrong_field"]:
            fail(f"{cid}: {v} must not have wrong_field")
        if v in ("supported", "contradicted", "misleading") and not r["fact_id"]:
            fail(f"{cid}: {v} needs fact_id")
        if v == "not_checkable" and r["fact_id"]:
            fail(f"{cid}: not_checkable must have no fact_id")
    counts = Counter(r["expected_verdict"] for r in recs)
    for v, (lo, hi) in SHARES.items():
        share = counts[v] / max(1, len(recs))
        if not lo <= share <= hi:
            fail(f"claims: {v} share {share:.1%} outside {lo:.0%}-{hi:.0%}")
    return recs, counts


def check_articles(facts):
    adir = os.path.join(ROOT, "articles")
    with open(os.path.join(adir, "expected.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
            fail("expected.csv: bad header")
        rows = list(reader)
    mds = sorted(f for f in os.listdir(adir) if f.endswith(".md"))
    if len(mds) != 3:
        fail(f"articles: {len(mds)} .md files (want 3)")
    per = Counter(r["article"] for r in rows)
    for md in mds:
        text = open(os.path.join(adir, md), encoding="utf-8").read()
        m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", text)
        if not m:
            fail(f"{md}: bad front matter")
            continue
        body = text[m.end():]
        n = len(re.findall(r"\S+", body))
        if not 300 <= n <= 350:
            fail(f"{md}: {n} words (want 300-350)")
        if not 6 <= per[md] <= 9:
            fail(f"{md}: {per[md]} fragments (want 6-9)")
        planted = 0
        for r in (r for r in rows if r["article"] == md):
            c = body.count(r["fragment"])
            if c != 1:
                fail(f"{md}: fragment occurs {c}x: {r['fragment'][:50]!r}")
            if r["fact_id"] not in facts:
                fail(f"{md}: unknown fact_id {r['fact_id']}")
            if r["expected_verdict"] not in VERDICTS:
                fail(f"{md}: bad verdict")
            if r["expected_verdict"] in ("contradicted", "misleading"):
                planted += 1
                if not r["wrong_field"]:
                    fail(f"{md}: planted error without wrong_field")
        if not 2 <= planted <= 3:
            fail(f"{md}: {planted} planted errors (want 2-3)")
    for a in per:
        if a not in mds:
            fail(f"expected.csv: unknown article {a}")
    return rows


def check_generators():
    """Re-run the datetime assertions and compare generated output with the files."""
    import gen_claims
    import gen_articles
    import gen_facts  # noqa: F401
    try:
        gen_claims.validate()
        gen_articles.validate()
    except AssertionError as e:
        fail(f"generator assertion: {e}")
        return
    # regenerate into memory and compare byte for byte
    import tempfile
    import shutil
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(SRC, os.path.join(tmp, "src"))
        env_root = tmp
        buf = io.StringIO()
        with redirect_stdout(buf):
            for mod in ("gen_facts", "gen_claims", "gen_articles"):
                code = compile(open(os.path.join(env_root, "src", mod + ".py")).read(),
                               os.path.join(env_root, "src", mod + ".py"), "exec")
                g = {"__name__": "__main__", "__file__": os.path.join(env_root, "src", mod + ".py")}
                exec(code, g)
        for rel in ["facts.csv", "claims.jsonl", os.path.join("articles", "expected.csv")] + \
                [os.path.join("articles", f) for f in os.listdir(os.path.join(ROOT, "articles")) if f.endswith(".md")]:
            want = open(os.path.join(env_root, rel), encoding="utf-8").read()
            have = open(os.path.join(ROOT, rel), encoding="utf-8").read()
            if want != have:
                fail(f"{rel}: differs from what src/ generates (re-run the generators)")
    finally:
        shutil.rmtree(tmp)


def main():
    facts, extra = check_facts()
    recs, counts = check_claims(facts)
    check_articles(facts)
    check_generators()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    total = len(recs)
    shares = ", ".join(f"{v} {counts[v]} ({counts[v] / total:.1%})" for v in VERDICTS)
    print(f"facts: {len(facts)} rows, extra columns: {', '.join(extra)}")
    print(f"claims: {total}: {shares}")
    print("OK")


if __name__ == "__main__":
    main()
