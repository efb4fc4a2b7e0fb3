#!/usr/bin/env python3
"""Consistency checks for this evaluation set. Prints OK when everything holds."""
import sys
sys.dont_write_bytecode = True
import csv
import datetime as dt
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
          "actors", "aliases", "deaths", "injuries", "source"]
VERDICTS = ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]
FIELDS = {"date", "count", "place", "actor", "event"}
RAW = ROOT / "raw" / "GEDEvent_v23_1_CAR_lines039-100.geojson.txt"
RAW_SHA256 = "05e586a22173570a82e335ecec4e2b52f7785acf1bfd035c0a11b15c657149e1"
errors = []


def err(msg):
    errors.append(msg)


def iso(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None


# ------------------------------------------------------------------ raw + facts
raw_bytes = RAW.read_bytes()
if hashlib.sha256(raw_bytes).hexdigest() != RAW_SHA256:
    err("raw file changed (sha256 differs from PROVENANCE.md)")
raw_lines = raw_bytes.decode("utf-8").splitlines()
if len(raw_lines) != 62:
    err(f"raw has {len(raw_lines)} lines, expected 62")

facts = pd.read_csv(ROOT / "facts.csv", dtype=str, keep_default_na=False)
if list(facts.columns[:12]) != SCHEMA:
    err(f"facts.csv columns must start with {SCHEMA}")
if not facts["id"].is_unique:
    err("duplicate fact ids")
for _, r in facts.iterrows():
    fid, date, prec = r["id"], r["date"], r["date_precision"]
    pat = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}.get(prec)
    if pat is None or not re.match(pat, date):
        err(f"{fid}: date {date!r} does not fit precision {prec!r}")
    elif prec == "day" and iso(date) is None:
        err(f"{fid}: invalid date {date}")
    start, end = r["date_start"][:10], r["date_end"][:10]
    if prec == "day" and not (date == start == end and r["date_prec"] == "1"):
        err(f"{fid}: day precision but start/end/date_prec disagree")
    if prec != "day" and not (start.startswith(date) and end.startswith(date)):
        err(f"{fid}: {prec} {date} does not hold {start}..{end}")
    for c in ("deaths", "injuries"):
        if r[c] != "" and not re.match(r"^\d+$", r[c]):
            err(f"{fid}: {c} not an integer: {r[c]!r}")
    if r["deaths"] != r["best"]:
        err(f"{fid}: deaths must equal UCDP best")
    if r["id"] != "ged-" + r["ged_id"]:
        err(f"{fid}: id does not match ged_id")
    for c in ("statement", "event_type", "location", "country", "actors", "source"):
        if not r[c].strip():
            err(f"{fid}: empty {c}")

# facts.csv must be exactly what map_to_schema.py makes from raw/
import map_to_schema  # noqa: E402
regen = map_to_schema.to_facts(map_to_schema.load_raw())
tmp = ROOT / ".regen_facts.csv"
regen.to_csv(tmp, index=False, encoding="utf-8")
if tmp.read_text(encoding="utf-8") != (ROOT / "facts.csv").read_text(encoding="utf-8"):
    err("facts.csv differs from map_to_schema.py output")
tmp.unlink()
fact_ids = set(facts["id"])

# ------------------------------------------------------------------ claims
claims = [json.loads(l) for l in (ROOT / "claims.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
if len(claims) < 160:
    err(f"only {len(claims)} claims")
ids = [c.get("id") for c in claims]
if len(set(ids)) != len(ids):
    err("duplicate claim ids")
if len({c["text"] for c in claims}) != len(claims):
    err("duplicate claim texts")
for c in claims:
    cid = c.get("id")
    if list(c.keys()) != KEYS:
        err(f"{cid}: keys {list(c.keys())}")
        continue
    if iso(c["article_date"]) is None:
        err(f"{cid}: bad article_date")
    v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
    if v not in VERDICTS:
        err(f"{cid}: bad verdict {v}")
    if v in ("supported", "contradicted", "misleading"):
        if fid not in fact_ids:
            err(f"{cid}: fact_id {fid} not in facts.csv")
    elif fid is not None:
        err(f"{cid}: {v} claims carry no fact_id")
    if v in ("contradicted", "misleading"):
        if wf not in FIELDS:
            err(f"{cid}: {v} needs wrong_field in {sorted(FIELDS)}")
    elif wf is not None:
        err(f"{cid}: wrong_field must be null for {v}")
    if not c["text"].strip():
        err(f"{cid}: empty text")

# the generator's slot assertions must still pass and reproduce claims.jsonl
import common  # noqa: E402
import make_claims  # noqa: E402
if len(make_claims.CLAIMS) != len(claims):
    err("claims.jsonl is out of date with src/make_claims.py")
for spec, c in zip(make_claims.CLAIMS, claims):
    try:
        common.assert_verdict(spec, make_claims.F, spec["article_date"])
    except AssertionError as e:
        err(f"{c['id']}: slot assertion fails: {e}")
    if (spec["text"], spec["verdict"], spec["fact"], spec["wrong"]) != (c["text"], c["expected_verdict"], c["fact_id"], c["wrong_field"]):
        err(f"{c['id']}: claims.jsonl differs from generator")

# ------------------------------------------------------------------ articles
adir = ROOT / "articles"
bodies = {}
for md in sorted(adir.glob("*.md")):
    t = md.read_text(encoding="utf-8")
    m = re.match(r"^---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n\n(.*)$", t, re.S)
    if not m:
        err(f"{md.name}: bad front matter")
        continue
    if iso(m.group(2)) is None:
        err(f"{md.name}: bad published date")
    body = m.group(4)
    n = len(body.split())
    if not 300 <= n <= 350:
        err(f"{md.name}: {n} words")
    bodies[md.name] = body
if len(bodies) != 3:
    err(f"{len(bodies)} articles, expected 3")
with open(adir / "expected.csv", encoding="utf-8", newline="") as fh:
    rows = list(csv.DictReader(fh))
per = Counter()
planted = Counter()
for i, r in enumerate(rows, 2):
    a = r["article"]
    if a not in bodies:
        err(f"expected.csv line {i}: unknown article {a}")
        continue
    per[a] += 1
    k = bodies[a].count(r["fragment"])
    if k != 1:
        err(f"expected.csv line {i}: fragment occurs {k} times")
    v, fid, wf = r["expected_verdict"], r["fact_id"], r["wrong_field"]
    if v not in VERDICTS:
        err(f"expected.csv line {i}: bad verdict")
    if v in ("supported", "contradicted", "misleading") and fid not in fact_ids:
        err(f"expected.csv line {i}: fact_id {fid!r} not in facts")
    if v in ("unverifiable", "not_checkable") and fid:
        err(f"expected.csv line {i}: {v} carries a fact_id")
    if v in ("contradicted", "misleading") and wf not in FIELDS:
        err(f"expected.csv line {i}: bad wrong_field")
    if v not in ("contradicted", "misleading") and wf:
        err(f"expected.csv line {i}: wrong_field must be empty")
    if v == "contradicted":
        planted[a] += 1
for a in bodies:
    if not 6 <= per[a] <= 9:
        err(f"{a}: {per[a]} fragments (need 6-9)")
    if not 2 <= planted[a] <= 3:
        err(f"{a}: {planted[a]} planted errors (need 2-3)")

import make_articles  # noqa: E402
for fr in make_articles.FRAGS:
    try:
        common.assert_verdict(fr, make_articles.F, make_articles.ARTICLES[fr["article"]]["published"])
    except AssertionError as e:
        err(f"fragment {fr['text'][:40]!r}: slot assertion fails: {e}")

# ------------------------------------------------------------------ report
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
cnt = Counter(c["expected_verdict"] for c in claims)
print("claims:", len(claims), {k: cnt[k] for k in VERDICTS})
print("fragments:", len(rows), dict(Counter(r["expected_verdict"] for r in rows)))
print("OK")
