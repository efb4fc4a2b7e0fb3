#!/usr/bin/env python3
"""Validator for the probe22 evaluation set.  Run from anywhere:

    python3 check.py

Prints OK when every structural and consistency check passes, otherwise lists
the problems and exits with status 1."""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda *a: os.path.join(HERE, *a)  # noqa: E731
errors = []


def err(msg):
    errors.append(msg)


BASE_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
             "actors", "aliases", "deaths", "injuries", "source", "notes"]
EXTRA_COLS = ["depth_m", "capacity_MW", "altitude_m", "yes_vote_pct", "workers_involved",
              "survivors", "recipient_age", "doses_day_one"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# events used by the project's devset (from its README) - must not be reused
DEVSET_EVENTS = ["Kahramanmara", "Hurricane Maria", "Surfside", "Champlain Towers", "Morandi", "Rana Plaza",
                 "Sewol", "Tham Luang", "Easter bombings", "Maelbeek", "Abbey Gate", "Capitol", "Shinzo Abe",
                 "Calabasas", "Air France 447", "AF447", "US Airways 1549", "Lula", "GDPR", "Chandrayaan",
                 "Ever Given", "Francis Scott Key", "Uvalde", "Robb Elementary", "El Paso", "Tops supermarket",
                 "Finland joined NATO", "NATO accession"]


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def last_weekday(article_date, name):
    x = article_date - dt.timedelta(days=1)
    while x.weekday() != WEEKDAYS.index(name):
        x -= dt.timedelta(days=1)
    return x


# ------------------------------------------------------------------ facts.csv
with open(P("facts.csv"), encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    header = reader.fieldnames
    facts = list(reader)
if header[:13] != BASE_COLS:
    err(f"facts.csv: first 13 columns must be {BASE_COLS}, got {header[:13]}")
extras = header[13:]
if not 4 <= len(extras) <= 8:
    err(f"facts.csv: expected 4-8 extra columns, got {len(extras)}")
if extras != EXTRA_COLS:
    err(f"facts.csv: extra columns changed: {extras}")
if not 60 <= len(facts) <= 70:
    err(f"facts.csv: expected 60-70 rows, got {len(facts)}")
ids = [r["id"] for r in facts]
for k, v in Counter(ids).items():
    if v > 1:
        err(f"facts.csv: duplicate id {k}")
FACTS = {r["id"]: r for r in facts}
for r in facts:
    rid = r["id"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]+", rid):
        err(f"{rid}: bad id")
    for c in ["statement", "date", "date_precision", "event_type", "location", "country", "actors", "source"]:
        if not r[c].strip():
            err(f"{rid}: empty {c}")
    if r["date_precision"] == "day":
        if not parse_date(r["date"]):
            err(f"{rid}: date {r['date']!r} is not YYYY-MM-DD")
    elif r["date_precision"] == "month":
        if not re.fullmatch(r"\d{4}-\d{2}", r["date"]):
            err(f"{rid}: month-precision date must be YYYY-MM")
    else:
        err(f"{rid}: date_precision must be day or month")
    for c in ["deaths", "injuries"] + extras:
        v = r[c].strip()
        if v and not re.fullmatch(r"\d+(\.\d+)?", v):
            err(f"{rid}: {c}={v!r} is not a plain number")
    for c in ["deaths", "injuries", "survivors", "recipient_age", "doses_day_one", "workers_involved"]:
        if r.get(c, "").strip() and "." in r[c]:
            err(f"{rid}: {c} must be an integer")
    urls = [u.strip() for u in r["source"].split(" ; ")]
    if not all(u.startswith("http") for u in urls):
        err(f"{rid}: every source must be a URL separated by ' ; '")
    # a weekday written just before the row's own day number must match the date
    pd = parse_date(r["date"]) if r["date_precision"] == "day" else None
    for wd in WEEKDAYS:
        for m in re.finditer(wd + r" (\d{1,2}) ", r["statement"]):
            if pd and int(m.group(1)) == pd.day and WEEKDAYS[pd.weekday()] != wd:
                err(f"{rid}: statement says {wd} but {r['date']} is a {WEEKDAYS[pd.weekday()]}")
    blob = " ".join(r[c] for c in ["statement", "aliases", "event_type"])
    for ev in DEVSET_EVENTS:
        if ev.lower() in blob.lower():
            err(f"{rid}: mentions devset event {ev!r}")

# ------------------------------------------------------------------ claims.jsonl
VERDICTS = ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]
FIELDS = {"date", "count", "place", "actor", "event"}
claims = []
with open(P("claims.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            claims.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"claims.jsonl line {i}: {e}")
KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
for c in claims:
    cid = c.get("id", "?")
    if list(c.keys()) != KEYS:
        err(f"{cid}: keys must be {KEYS}")
        continue
    if not parse_date(c["article_date"]):
        err(f"{cid}: bad article_date")
        continue
    v = c["expected_verdict"]
    if v not in VERDICTS:
        err(f"{cid}: bad verdict {v}")
    if v in ("supported", "contradicted", "misleading"):
        if c["fact_id"] not in FACTS:
            err(f"{cid}: fact_id {c['fact_id']!r} not in facts.csv")
        else:
            fd = FACTS[c["fact_id"]]["date"]
            if parse_date(fd) and parse_date(fd) > parse_date(c["article_date"]):
                err(f"{cid}: article_date is before the fact's own date")
    elif c["fact_id"] is not None:
        err(f"{cid}: fact_id must be null for {v}")
    if v in ("contradicted", "misleading"):
        if c["wrong_field"] not in FIELDS:
            err(f"{cid}: wrong_field must be one of {sorted(FIELDS)}")
    elif c["wrong_field"] is not None:
        err(f"{cid}: wrong_field must be null for {v}")
    # notes of the form "'Sunday' -> 2022-07-03" are re-resolved here
    ad = parse_date(c["article_date"])
    for wd, target in re.findall(r"'(" + "|".join(WEEKDAYS) + r")' -> (\d{4}-\d{2}-\d{2})", c["notes"]):
        if last_weekday(ad, wd) != parse_date(target):
            err(f"{cid}: '{wd}' from {c['article_date']} is {last_weekday(ad, wd)}, notes say {target}")
        if wd not in c["text"]:
            err(f"{cid}: notes resolve '{wd}' but the text does not contain it")
    if "'last month'" in c["notes"]:
        first = ad.replace(day=1)
        prev = first - dt.timedelta(days=1)
        fd = parse_date(FACTS[c["fact_id"]]["date"])
        if v == "supported" and (fd.year, fd.month) != (prev.year, prev.month):
            err(f"{cid}: 'last month' does not match the fact's month")
    if "'last week'" in c["notes"]:
        mon = ad - dt.timedelta(days=ad.weekday() + 7)
        fd = parse_date(FACTS[c["fact_id"]]["date"])
        if v == "supported" and not (mon <= fd <= mon + dt.timedelta(days=6)):
            err(f"{cid}: 'last week' does not contain the fact's date")
for k, n in Counter(c.get("id") for c in claims).items():
    if n > 1:
        err(f"duplicate claim id {k}")
for k, n in Counter(c.get("text") for c in claims).items():
    if n > 1:
        err(f"duplicate claim text {k!r}")
N = len(claims)
if N < 160:
    err(f"claims.jsonl: need at least 160 claims, got {N}")
cnt = Counter(c.get("expected_verdict") for c in claims)
RANGES = {"supported": (36, 44), "contradicted": (31, 39), "misleading": (3, 5),
          "unverifiable": (10, 14), "not_checkable": (6, 10)}
for k, (lo, hi) in RANGES.items():
    share = 100 * cnt[k] / max(N, 1)
    if not lo <= share <= hi:
        err(f"claims.jsonl: {k} share {share:.1f}% outside {lo}-{hi}%")

# ------------------------------------------------------------------ articles
adir = P("articles")
arts = {}
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".md"):
        continue
    text = open(os.path.join(adir, fn), encoding="utf-8").read()
    m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n(.*)\Z", text, re.S)
    if not m:
        err(f"{fn}: front matter must be ---/title:/published:/source:/---")
        continue
    body = m.group(4).strip()
    words = len(re.findall(r"\S+", body))
    if not 300 <= words <= 350:
        err(f"{fn}: body has {words} words, expected 300-350")
    if not fn.endswith(m.group(2) + ".md"):
        err(f"{fn}: file name should end with the published date")
    arts[fn] = (parse_date(m.group(2)), body)
if len(arts) != 3:
    err(f"expected 3 articles, found {len(arts)}")
with open(os.path.join(adir, "expected.csv"), encoding="utf-8", newline="") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
        err("expected.csv: bad header")
    exp = list(rd)
per = defaultdict(list)
for r in exp:
    per[r["article"]].append(r)
    if r["article"] not in arts:
        err(f"expected.csv: unknown article {r['article']}")
        continue
    pub, body = arts[r["article"]]
    n = body.count(r["fragment"])
    if n != 1:
        err(f"expected.csv: fragment occurs {n} times in {r['article']}: {r['fragment'][:60]!r}")
    v = r["expected_verdict"]
    if v not in VERDICTS:
        err(f"expected.csv: bad verdict {v}")
    if v in ("supported", "contradicted", "misleading"):
        if r["fact_id"] not in FACTS:
            err(f"expected.csv: unknown fact_id {r['fact_id']!r}")
    elif r["fact_id"]:
        err(f"expected.csv: fact_id must be empty for {v}")
    if v in ("contradicted", "misleading") and r["wrong_field"] not in FIELDS:
        err(f"expected.csv: bad wrong_field for {r['fragment'][:50]!r}")
    for wd, target in re.findall(r"'(" + "|".join(WEEKDAYS) + r")' -> (\d{4}-\d{2}-\d{2})", r["notes"]):
        if last_weekday(pub, wd) != parse_date(target):
            err(f"expected.csv: '{wd}' from {pub} is not {target}")
        if v == "supported" and FACTS[r["fact_id"]]["date"] != target:
            err(f"expected.csv: '{wd}' resolves to {target}, fact date is {FACTS[r['fact_id']]['date']}")
for fn in arts:
    rows = per.get(fn, [])
    if not 6 <= len(rows) <= 9:
        err(f"{fn}: {len(rows)} graded fragments, expected 6-9")
    planted = sum("PLANTED ERROR" in r["notes"] for r in rows)
    if not 2 <= planted <= 3:
        err(f"{fn}: {planted} planted errors, expected 2-3")

# ------------------------------------------------------------------ report
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"facts: {len(facts)} rows, {len(extras)} extra columns; claims: {N} "
      + ", ".join(f"{k} {cnt[k]} ({100*cnt[k]/N:.1f}%)" for k in VERDICTS)
      + f"; articles: {len(arts)}, fragments: {len(exp)}")
print("OK")
