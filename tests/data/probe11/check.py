#!/usr/bin/env python3
"""Validate probe 11 (facts.csv, claims.jsonl, articles/) and print OK.

Standalone: uses only the files in this directory, not the claimcheck library.
"""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
BASE = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
        "actors", "aliases", "deaths", "injuries", "source"]
NUMERIC_EXTRA = ["missing", "people_affected", "seats", "votes", "vote_percent", "turnout_percent",
                 "duration_days", "amount_usd", "temperature_c"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
WRONG = {"date", "count", "place", "actor", "event"}
errors = []


def err(msg):
    errors.append(msg)


def check_facts():
    path = os.path.join(ROOT, "facts.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
        fh.seek(0)
        header = next(csv.reader(fh))
    if header[:len(BASE)] != BASE:
        err(f"facts.csv: base columns wrong: {header[:len(BASE)]}")
    if "notes" not in header:
        err("facts.csv: no notes column")
    if not 55 <= len(rows) <= 65:
        err(f"facts.csv: {len(rows)} rows, expected 55-65")
    ids = set()
    for r in rows:
        fid = r["id"]
        if not fid or fid in ids:
            err(f"facts.csv: empty or duplicate id {fid!r}")
        ids.add(fid)
        prec = r["date_precision"]
        pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(prec)
        if not pat or not re.fullmatch(pat, r["date"]):
            err(f"{fid}: date {r['date']!r} does not fit precision {prec!r}")
        elif prec == "day":
            dt.date.fromisoformat(r["date"])
        for k in ("statement", "event_type", "location", "country", "actors", "source"):
            if not r[k].strip():
                err(f"{fid}: empty {k}")
        for k in ("deaths", "injuries"):
            if r[k] and not re.fullmatch(r"\d+", r[k]):
                err(f"{fid}: {k} not an integer: {r[k]!r}")
        for k in NUMERIC_EXTRA:
            if k in r and r[k] and not re.fullmatch(r"\d+(\.\d+)?", r[k]):
                err(f"{fid}: {k} not numeric: {r[k]!r}")
        for url in r["source"].split(" ; "):
            if not url.startswith("http"):
                err(f"{fid}: bad source entry {url!r}")
    return {r["id"]: r for r in rows}


def check_claims(facts):
    path = os.path.join(ROOT, "claims.jsonl")
    ids = set()
    verdicts = Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            obj = json.loads(line)
            n += 1
            if list(obj.keys()) != CLAIM_KEYS:
                err(f"claims.jsonl:{ln}: keys/order {list(obj.keys())}")
                continue
            if obj["id"] in ids:
                err(f"claims.jsonl:{ln}: duplicate id")
            ids.add(obj["id"])
            dt.date.fromisoformat(obj["article_date"])
            v = obj["expected_verdict"]
            verdicts[v] += 1
            if v not in VERDICTS:
                err(f"{obj['id']}: bad verdict {v}")
            fid = obj["fact_id"]
            if fid is not None and fid not in facts:
                err(f"{obj['id']}: unknown fact_id {fid}")
            if v in ("supported", "contradicted", "misleading") and fid is None:
                err(f"{obj['id']}: {v} needs a fact_id")
            if v == "not_checkable" and fid is not None:
                err(f"{obj['id']}: not_checkable with a fact_id")
            wf = obj["wrong_field"]
            if v in ("contradicted", "misleading"):
                if wf not in WRONG:
                    err(f"{obj['id']}: wrong_field {wf!r} for {v}")
            elif wf is not None:
                err(f"{obj['id']}: wrong_field set for {v}")
            if not obj["text"].strip():
                err(f"{obj['id']}: empty text")
    if not 150 <= n <= 180:
        err(f"claims.jsonl: {n} claims, expected 150-180")
    for v in VERDICTS:
        if verdicts[v] == 0:
            err(f"claims.jsonl: no {v} claims")
    return verdicts


def check_articles(facts):
    adir = os.path.join(ROOT, "articles")
    arts = {}
    for name in sorted(os.listdir(adir)):
        if not name.endswith(".md"):
            continue
        text = open(os.path.join(adir, name), encoding="utf-8").read()
        m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n", text)
        if not m:
            err(f"{name}: bad front matter")
            continue
        body = text[m.end():]
        words = len(re.findall(r"\S+", body))
        if not 300 <= words <= 350:
            err(f"{name}: {words} words")
        arts[name] = body
    if len(arts) != 3:
        err(f"articles: {len(arts)} articles, expected 3")
    per = Counter()
    wrong = Counter()
    with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
        rdr = csv.DictReader(fh)
        if rdr.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
            err(f"expected.csv header {rdr.fieldnames}")
        for r in rdr:
            a = r["article"]
            if a not in arts:
                err(f"expected.csv: unknown article {a}")
                continue
            c = arts[a].count(r["fragment"])
            if c != 1:
                err(f"expected.csv: fragment occurs {c} times in {a}: {r['fragment']!r}")
            if r["expected_verdict"] not in VERDICTS:
                err(f"expected.csv: bad verdict {r['expected_verdict']}")
            if r["fact_id"] and r["fact_id"] not in facts:
                err(f"expected.csv: unknown fact {r['fact_id']}")
            if r["expected_verdict"] == "contradicted":
                wrong[a] += 1
                if r["wrong_field"] not in WRONG:
                    err(f"expected.csv: contradicted without wrong_field: {r['fragment']!r}")
            per[a] += 1
    for a in arts:
        if not 6 <= per[a] <= 9:
            err(f"{a}: {per[a]} graded fragments, expected 6-9")
        if not 2 <= wrong[a] <= 3:
            err(f"{a}: {wrong[a]} planted errors, expected 2-3")
    with open(os.path.join(adir, "date_notes.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["article"] not in arts or r["phrase"] not in arts[r["article"]]:
                err(f"date_notes.csv: phrase not found: {r['phrase']!r} in {r['article']}")
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", r["resolved_date"]):
                err(f"date_notes.csv: bad resolved_date {r['resolved_date']!r}")


def main():
    facts = check_facts()
    check_claims(facts)
    check_articles(facts)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
