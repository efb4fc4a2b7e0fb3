#!/usr/bin/env python3
"""Validate the probe13 evaluation set and print OK.

Checks facts.csv, claims.jsonl, articles/*.md, articles/expected.csv and
articles/date_notes.csv for format and internal consistency.  It does not run
or score any fact-checking library.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
BASE = ["id", "statement", "date", "date_precision", "event_type", "location",
        "country", "actors", "aliases", "deaths", "injuries", "source", "notes"]
EXTRA = ["cases", "spill_barrels", "value_usd_bn", "length_km", "finish_time",
         "zeros_removed", "units"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

errors = []


def err(msg):
    errors.append(msg)


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_facts():
    path = os.path.join(ROOT, "facts.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    if header != BASE + EXTRA:
        err(f"facts.csv header {header} != {BASE + EXTRA}")
    if not 55 <= len(rows) <= 65:
        err(f"facts.csv has {len(rows)} rows (want 55-65)")
    ids = set()
    for r in rows:
        fid = r["id"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", fid):
            err(f"bad fact id {fid!r}")
        if fid in ids:
            err(f"duplicate fact id {fid}")
        ids.add(fid)
        for col in ("statement", "date", "date_precision", "event_type", "country", "source"):
            if not r[col].strip():
                err(f"{fid}: empty {col}")
        prec = r["date_precision"]
        if prec == "day":
            if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) and is_date(r["date"])):
                err(f"{fid}: date {r['date']!r} is not YYYY-MM-DD")
        elif prec == "month":
            if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", r["date"]):
                err(f"{fid}: date {r['date']!r} is not YYYY-MM")
        else:
            err(f"{fid}: date_precision {prec!r}")
        for col in ("deaths", "injuries", "cases", "spill_barrels", "zeros_removed", "units"):
            v = r[col]
            if v != "" and not re.fullmatch(r"\d+", v):
                err(f"{fid}: {col}={v!r} is not an integer or empty")
        for col in ("value_usd_bn", "length_km"):
            v = r[col]
            if v != "" and not re.fullmatch(r"\d+(\.\d+)?", v):
                err(f"{fid}: {col}={v!r} is not a number or empty")
        if r["finish_time"] and not re.fullmatch(r"\d:\d{2}:\d{2}", r["finish_time"]):
            err(f"{fid}: finish_time {r['finish_time']!r}")
        for url in r["source"].split(" ; "):
            if not re.match(r"https?://\S+$", url):
                err(f"{fid}: bad source entry {url!r}")
        for col in ("location", "country", "actors", "aliases"):
            if r[col] != r[col].strip() or ";;" in r[col]:
                err(f"{fid}: whitespace/separator problem in {col}")
    return {r["id"]: r for r in rows}


def weekday_before(ad, name):
    for k in range(1, 8):
        d = ad - dt.timedelta(days=k)
        if d.weekday() == WEEKDAYS.index(name):
            return d
    return None


def check_claims(facts):
    path = os.path.join(ROOT, "claims.jsonl")
    counts = {}
    ids = set()
    texts = set()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                err(f"claims.jsonl line {ln}: blank line")
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"claims.jsonl line {ln}: {e}")
                continue
            n += 1
            if list(c.keys()) != CLAIM_KEYS:
                err(f"claims.jsonl line {ln}: keys {list(c.keys())}")
                continue
            cid, v, fid, wf = c["id"], c["expected_verdict"], c["fact_id"], c["wrong_field"]
            if cid in ids:
                err(f"duplicate claim id {cid}")
            ids.add(cid)
            if c["text"] in texts:
                err(f"{cid}: duplicate text")
            texts.add(c["text"])
            if not is_date(c["article_date"]):
                err(f"{cid}: article_date {c['article_date']!r}")
            if v not in VERDICTS:
                err(f"{cid}: verdict {v!r}")
            counts[v] = counts.get(v, 0) + 1
            if v in ("supported", "contradicted", "misleading"):
                if fid not in facts:
                    err(f"{cid}: fact_id {fid!r} not in facts.csv")
            elif fid and fid not in facts:
                err(f"{cid}: fact_id {fid!r} not in facts.csv")
            if v in ("contradicted", "misleading"):
                if wf not in FIELDS:
                    err(f"{cid}: wrong_field {wf!r} for {v}")
            elif wf:
                err(f"{cid}: wrong_field set for {v}")
            if v == "not_checkable" and fid:
                err(f"{cid}: not_checkable claim with fact_id")
            # notes like "Sunday = 2010-09-19" must be the most recent such weekday before article_date
            if is_date(c["article_date"]):
                ad = dt.date.fromisoformat(c["article_date"])
                for name, day in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) = (\d{4}-\d{2}-\d{2})", c["notes"]):
                    if weekday_before(ad, name) != dt.date.fromisoformat(day):
                        err(f"{cid}: note says {name} = {day}, but that is not the {name} before {ad}")
    if not 150 <= n <= 180:
        err(f"claims.jsonl has {n} claims (want 150-180)")
    return n, counts


def read_article(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n(.*)\Z", text, re.S)
    if not m:
        err(f"{os.path.basename(path)}: front matter must be ---/title/published/source/---")
        return None, text
    if not is_date(m.group(2)):
        err(f"{os.path.basename(path)}: published {m.group(2)!r}")
    return m.group(2), m.group(4)


def check_articles(facts):
    adir = os.path.join(ROOT, "articles")
    bodies = {}
    for fn in sorted(os.listdir(adir)):
        if fn.endswith(".md"):
            pub, body = read_article(os.path.join(adir, fn))
            bodies[fn] = body
            words = len(re.findall(r"\S+", body))
            if not 300 <= words <= 350:
                err(f"{fn}: {words} words (want 300-350)")
    if len(bodies) != 3:
        err(f"expected 3 articles, found {len(bodies)}")
    with open(os.path.join(adir, "expected.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field"]:
            err(f"expected.csv header {reader.fieldnames}")
        rows = list(reader)
    per = {fn: [] for fn in bodies}
    for r in rows:
        fn = r["article"]
        if fn not in bodies:
            err(f"expected.csv: unknown article {fn}")
            continue
        per[fn].append(r)
        cnt = bodies[fn].count(r["fragment"])
        if cnt != 1:
            err(f"expected.csv: fragment occurs {cnt} times in {fn}: {r['fragment']!r}")
        v, fid, wf = r["expected_verdict"], r["fact_id"], r["wrong_field"]
        if v not in VERDICTS:
            err(f"expected.csv: verdict {v!r}")
        if v in ("supported", "contradicted", "misleading") and fid not in facts:
            err(f"expected.csv: fact_id {fid!r}")
        if v in ("contradicted", "misleading") and wf not in FIELDS:
            err(f"expected.csv: wrong_field {wf!r}")
        if v not in ("contradicted", "misleading") and wf:
            err(f"expected.csv: wrong_field set for {v}")
    for fn, rs in per.items():
        if not 6 <= len(rs) <= 9:
            err(f"{fn}: {len(rs)} graded fragments (want 6-9)")
        planted = sum(r["expected_verdict"] in ("contradicted", "misleading") for r in rs)
        if not 2 <= planted <= 3:
            err(f"{fn}: {planted} planted errors (want 2-3)")
    with open(os.path.join(adir, "date_notes.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["article", "fragment", "expression", "resolves_to", "rule", "fact_id"]:
            err(f"date_notes.csv header {reader.fieldnames}")
        for r in reader:
            if r["article"] not in bodies:
                err(f"date_notes.csv: unknown article {r['article']}")
                continue
            if bodies[r["article"]].count(r["fragment"]) != 1:
                err(f"date_notes.csv: fragment not unique/found in {r['article']}: {r['fragment']!r}")
            if r["expression"] not in r["fragment"]:
                err(f"date_notes.csv: expression not inside fragment: {r['expression']!r}")
            if r["fact_id"] and r["fact_id"] not in facts:
                err(f"date_notes.csv: fact_id {r['fact_id']!r}")
    return len(rows)


def main():
    facts = check_facts()
    n, counts = check_claims(facts)
    frags = check_articles(facts)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    summary = ", ".join(f"{k} {counts.get(k, 0)}" for k in
                        ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"])
    print(f"facts {len(facts)}; claims {n} ({summary}); article fragments {frags}")
    print("OK")


if __name__ == "__main__":
    main()
