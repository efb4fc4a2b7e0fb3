"""Validate probe 14. Prints OK (and counts) or exits with the list of problems.

Checks: raw slice integrity, that map_to_schema.py reproduces facts.csv and
make_claims.py reproduces claims.jsonl, schema/column conventions, claim keys
and verdict logic, article front matter and length, fragments (verbatim,
unique, 6-9 per article, 2-3 planted errors), and date_notes.csv.
"""
import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "ncei_significant_earthquakes_tail_2021-08-14_to_2023-06-16.tsv"
RAW_ROWS_SHA256 = "9edbd487693f9c6bf49f6614812f0a7e75897fed157b8342a65cde7ace17b6a8"

BASE = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
        "actors", "aliases", "deaths", "injuries", "source"]
EXTRA = ["time_utc", "local_date", "latitude", "longitude", "depth_km", "magnitude", "mmi",
         "tsunami_id", "missing", "damage_musd", "damage_code", "houses_destroyed",
         "houses_damaged", "notes"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}

problems = []


def bad(msg):
    problems.append(msg)


def isdate(s):
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- raw
raw = RAW.read_text(encoding="utf-8")
lines = raw.split("\n")
if not lines[0].startswith('"Search Parameters"\t"Year"'):
    bad("raw: header line changed")
data = lines[2:]
if len(data) != 78:
    bad(f"raw: expected 78 data rows, found {len(data)}")
if any(len(l.split("\t")) != 39 for l in lines):
    bad("raw: a line does not have 39 tab-separated fields")
if hashlib.sha256("\n".join(data).encode("utf-8")).hexdigest() != RAW_ROWS_SHA256:
    bad("raw: data rows differ from the copy taken from the publisher file")
if not (HERE / "raw" / "PROVENANCE.md").exists():
    bad("raw/PROVENANCE.md missing")

# ---------------------------------------------------------------- regenerate
with tempfile.TemporaryDirectory() as td:
    tf, tc = Path(td) / "facts.csv", Path(td) / "claims.jsonl"
    r = subprocess.run([sys.executable, str(HERE / "map_to_schema.py"), str(tf)], capture_output=True, text=True)
    if r.returncode or tf.read_bytes() != (HERE / "facts.csv").read_bytes():
        bad("map_to_schema.py does not reproduce facts.csv " + r.stderr[-300:])
    r = subprocess.run([sys.executable, str(HERE / "make_claims.py"), str(tc)], capture_output=True, text=True)
    if r.returncode or tc.read_bytes() != (HERE / "claims.jsonl").read_bytes():
        bad("make_claims.py does not reproduce claims.jsonl " + r.stderr[-300:])

# ---------------------------------------------------------------- facts
with open(HERE / "facts.csv", newline="", encoding="utf-8") as f:
    rd = csv.DictReader(f)
    header = rd.fieldnames
    facts = list(rd)
if header != BASE + EXTRA:
    bad(f"facts.csv columns: {header}")
ids = [r["id"] for r in facts]
if len(ids) != len(set(ids)):
    bad("facts.csv: duplicate ids")
FACT = {r["id"]: r for r in facts}
for r in facts:
    if not isdate(r["date"]) or r["date_precision"] != "day":
        bad(f"facts {r['id']}: date/precision")
    if not isdate(r["local_date"]) or abs((date.fromisoformat(r["local_date"]) - date.fromisoformat(r["date"])).days) > 1:
        bad(f"facts {r['id']}: local_date")
    for k in ("deaths", "injuries", "missing", "houses_destroyed", "houses_damaged"):
        if r[k] and not r[k].isdigit():
            bad(f"facts {r['id']}: {k}={r[k]!r} not an integer")
    if r["deaths"] == "0" or r["injuries"] == "0":
        bad(f"facts {r['id']}: publisher never writes 0; a 0 would claim a verified zero")
    for k in ("magnitude", "depth_km", "latitude", "longitude"):
        try:
            float(r[k])
        except ValueError:
            bad(f"facts {r['id']}: {k} not numeric")
    if r["local_date"] != r["date"] and "local date" not in r["notes"]:
        bad(f"facts {r['id']}: UTC/local date differ but notes do not say so")
    if not r["source"].startswith("https://"):
        bad(f"facts {r['id']}: source")

# ---------------------------------------------------------------- claims
claims = []
with open(HERE / "claims.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        o = json.loads(line)
        if list(o) != CLAIM_KEYS:
            bad(f"claims line {n}: keys {list(o)}")
        claims.append(o)
if not 140 <= len(claims) <= 170:
    bad(f"claims: {len(claims)} not in 140-170")
if len({c['id'] for c in claims}) != len(claims):
    bad("claims: duplicate ids")
if len({c['text'] for c in claims}) != len(claims):
    bad("claims: duplicate texts")
for c in claims:
    v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
    if v not in VERDICTS:
        bad(f"{c['id']}: verdict {v}")
    if not isdate(c["article_date"]):
        bad(f"{c['id']}: article_date")
    if re.search(r"[{}]", c["text"]):
        bad(f"{c['id']}: unresolved placeholder")
    if v in ("supported", "contradicted", "misleading"):
        if fid not in FACT:
            bad(f"{c['id']}: fact_id {fid!r} not in facts.csv")
        elif date.fromisoformat(c["article_date"]) < date.fromisoformat(FACT[fid]["date"]):
            bad(f"{c['id']}: article_date before the event")
    elif fid is not None:
        bad(f"{c['id']}: {v} claim should have fact_id null")
    if v == "contradicted" and wf not in FIELDS:
        bad(f"{c['id']}: contradicted needs wrong_field")
    if v == "misleading" and wf is not None and wf not in FIELDS:
        bad(f"{c['id']}: misleading wrong_field {wf}")
    if v in ("supported", "unverifiable", "not_checkable") and wf is not None:
        bad(f"{c['id']}: {v} should have wrong_field null")
    if not c["notes"]:
        bad(f"{c['id']}: empty notes")

# ---------------------------------------------------------------- articles
ART = HERE / "articles"
bodies = {}
for p in sorted(ART.glob("*.md")):
    t = p.read_text(encoding="utf-8")
    m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n(.*)\Z", t, re.S)
    if not m:
        bad(f"{p.name}: front matter")
        continue
    if not p.name.endswith(m.group(1) + ".md"):
        bad(f"{p.name}: file name does not carry the published date")
    body = m.group(2)
    wc = len(body.split())
    if not 300 <= wc <= 350:
        bad(f"{p.name}: {wc} words")
    bodies[p.name] = body
if len(bodies) != 3:
    bad(f"expected 3 articles, found {len(bodies)}")

with open(ART / "expected.csv", newline="", encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field"]:
        bad(f"expected.csv columns {rd.fieldnames}")
    exp = list(rd)
per = Counter(r["article"] for r in exp)
errs = Counter(r["article"] for r in exp if r["expected_verdict"] in ("contradicted", "misleading"))
for a in bodies:
    if not 6 <= per[a] <= 9:
        bad(f"{a}: {per[a]} fragments")
    if not 2 <= errs[a] <= 3:
        bad(f"{a}: {errs[a]} planted errors graded")
for r in exp:
    body = bodies.get(r["article"])
    if body is None:
        bad(f"expected.csv: unknown article {r['article']}")
        continue
    if body.count(r["fragment"]) != 1:
        bad(f"expected.csv: fragment not verbatim/unique: {r['fragment']!r}")
    v = r["expected_verdict"]
    if v not in VERDICTS:
        bad(f"expected.csv: verdict {v}")
    if v in ("supported", "contradicted", "misleading") and r["fact_id"] not in FACT:
        bad(f"expected.csv: fact_id {r['fact_id']!r}")
    if v in ("unverifiable", "not_checkable") and r["fact_id"]:
        bad(f"expected.csv: {v} with fact_id")
    if v == "contradicted" and r["wrong_field"] not in FIELDS:
        bad(f"expected.csv: wrong_field for {r['fragment']!r}")
    if v == "supported" and r["wrong_field"]:
        bad(f"expected.csv: supported with wrong_field")

with open(ART / "date_notes.csv", newline="", encoding="utf-8") as f:
    dn = list(csv.DictReader(f))
for r in dn:
    body = bodies.get(r["article"])
    if body is None:
        bad(f"date_notes: unknown article {r['article']}")
        continue
    for piece in r["expression"].split(" ... "):
        if piece not in body:
            bad(f"date_notes: expression not in article: {r['expression']!r}")
    if r["fact_id"] and r["fact_id"] not in FACT:
        bad(f"date_notes: fact_id {r['fact_id']}")
    if not re.match(r"\d{4}(-\d{2}(-\d{2})?)?", r["resolves_to"]):
        bad(f"date_notes: resolves_to {r['resolves_to']}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
cv = Counter(c["expected_verdict"] for c in claims)
print(f"facts {len(facts)}; claims {len(claims)} {dict(cv)}; fragments {len(exp)} "
      f"{dict(Counter(r['expected_verdict'] for r in exp))}")
print("OK")
