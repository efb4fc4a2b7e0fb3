#!/usr/bin/env python3
"""Validates probe17: schema, ids, dates, verdict/wrong_field consistency, article fragments. Prints OK."""
import csv, json, os, re, sys, datetime as dt
H = os.path.dirname(os.path.abspath(__file__))
BASE = ["id", "statement", "date", "date_precision", "event_type", "location", "country", "actors",
        "aliases", "deaths", "injuries", "source", "notes"]
EXTRA = ["capacity", "attendance", "height_m", "length_km", "speed_kmh", "sentence_years", "visitors",
         "gold_medals", "people_affected"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
WRONG = {"date", "count", "place", "actor", "event"}
err = []
def e(m): err.append(m)

with open(os.path.join(H, "facts.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh); cols = rd.fieldnames; facts = list(rd)
if cols != BASE + EXTRA: e(f"facts.csv header {cols}")
ids = set()
for r in facts:
    i = r["id"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", i): e(f"bad id {i}")
    if i in ids: e(f"dup id {i}")
    ids.add(i)
    p = r["date_precision"]
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(p)
    if not fmt: e(f"{i}: precision {p}")
    else:
        try: dt.datetime.strptime(r["date"], fmt)
        except ValueError: e(f"{i}: date {r['date']} vs {p}")
    for k in ("statement", "event_type", "location", "country", "source"):
        if not r[k].strip(): e(f"{i}: empty {k}")
    if not all(u.strip().startswith("http") for u in r["source"].split(" ; ")): e(f"{i}: source")
    for k in ["deaths", "injuries"] + EXTRA:
        v = r[k]
        if v and not re.fullmatch(r"\d+(\.\d+)?", v): e(f"{i}: {k}={v!r} not numeric")
    for k in ["deaths", "injuries", "capacity", "attendance", "visitors", "gold_medals", "people_affected"]:
        if r[k] and not r[k].isdigit(): e(f"{i}: {k} must be integer")

def check_item(tag, v, fid, wf, allow_empty_fid=False):
    if v not in VERDICTS: e(f"{tag}: verdict {v}")
    if v in ("contradicted", "misleading"):
        if wf not in WRONG: e(f"{tag}: wrong_field {wf!r}")
        if fid not in ids: e(f"{tag}: fact_id {fid!r}")
    else:
        if wf: e(f"{tag}: wrong_field set for {v}")
    if v == "supported" and fid not in ids: e(f"{tag}: supported needs fact_id")
    if v == "not_checkable" and fid: e(f"{tag}: not_checkable with fact_id")
    if v == "unverifiable" and fid and fid not in ids: e(f"{tag}: unknown fact_id {fid}")

cids = set(); n = 0
with open(os.path.join(H, "claims.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        o = json.loads(line); n += 1
        keys = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
        if list(o) != keys: e(f"line {ln}: keys {list(o)}")
        if o["id"] in cids: e(f"dup claim id {o['id']}")
        cids.add(o["id"])
        try: dt.date.fromisoformat(o["article_date"])
        except ValueError: e(f"{o['id']}: article_date")
        if not o["text"].strip(): e(f"{o['id']}: empty text")
        check_item(o["id"], o["expected_verdict"], o["fact_id"], o["wrong_field"])

AD = os.path.join(H, "articles"); arts = {}
for fn in sorted(os.listdir(AD)):
    if not fn.endswith(".md"): continue
    t = open(os.path.join(AD, fn), encoding="utf-8").read()
    m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n\n", t)
    if not m: e(f"{fn}: front matter"); continue
    dt.date.fromisoformat(m.group(1))
    arts[fn] = t[m.end():]
    wc = len(arts[fn].split())
    if not 300 <= wc <= 350: e(f"{fn}: {wc} words")
nf = 0
with open(os.path.join(AD, "expected.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]: e("expected.csv header")
    per = {}
    for r in rd:
        nf += 1
        if r["article"] not in arts: e(f"unknown article {r['article']}"); continue
        c = arts[r["article"]].count(r["fragment"])
        if c != 1: e(f"{r['article']}: fragment occurs {c}x: {r['fragment'][:50]}")
        check_item(r["fragment"][:30], r["expected_verdict"], r["fact_id"] or None, r["wrong_field"] or None)
        per.setdefault(r["article"], []).append(r["expected_verdict"])
    for a, vs in per.items():
        if not 6 <= len(vs) <= 9: e(f"{a}: {len(vs)} fragments")
        if not 2 <= vs.count("contradicted") <= 3: e(f"{a}: planted errors {vs.count('contradicted')}")

if err:
    print("\n".join(err)); sys.exit(1)
print(f"OK  facts={len(facts)} claims={n} articles={len(arts)} fragments={nf}")
