#!/usr/bin/env python3
"""Validator for probe18: schema, ids, dates vs precision, verdict/wrong_field
consistency, article fragments occurring exactly once.  Prints OK on success."""
import csv, json, os, re, sys, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


BASE = ["id", "statement", "date", "date_precision", "event_type", "location",
        "country", "actors", "aliases", "deaths", "injuries", "source", "notes"]  # notes last
EXTRA = ["value_usd_bn", "tariff_pct", "yes_pct", "turnout_pct", "finish_time_s",
         "survivors", "zeros_removed", "devaluation_pct"]
VERDICTS = ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]
FIELDS = {"date", "count", "place", "actor", "event"}

# ------------------------------------------------------------------ facts
with open(os.path.join(HERE, "facts.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    header = rd.fieldnames
    facts = list(rd)
if header[:len(BASE)] != BASE or header[len(BASE):] != EXTRA:
    err("facts.csv header mismatch: %s" % header)
n_extra = len(header) - len(BASE)   # columns after `notes`
if not 4 <= n_extra <= 8:
    err("want 4-8 extra numeric columns after notes, found %d" % n_extra)
if not 60 <= len(facts) <= 75:
    err("facts.csv has %d rows (want 60-75)" % len(facts))
ids = [f["id"] for f in facts]
if len(ids) != len(set(ids)):
    err("duplicate fact ids: %s" % [k for k, v in Counter(ids).items() if v > 1])
FACT = {f["id"]: f for f in facts}
for f in facts:
    fid = f["id"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fid):
        err("bad id %r" % fid)
    p, d = f["date_precision"], f["date"]
    try:
        if p == "day":
            dt.date.fromisoformat(d)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)
        elif p == "month":
            assert re.fullmatch(r"\d{4}-\d{2}", d)
            dt.datetime.strptime(d, "%Y-%m")
        elif p == "year":
            assert re.fullmatch(r"\d{4}", d)
        else:
            raise AssertionError
    except Exception:
        err("%s: date %r does not fit precision %r" % (fid, d, p))
    for k in ("statement", "event_type", "location", "country", "actors", "aliases", "source"):
        if not f[k].strip():
            err("%s: empty %s" % (fid, k))
    for url in f["source"].split(" ; "):
        if not re.match(r"https?://\S+$", url.strip()):
            err("%s: bad source URL %r" % (fid, url))
    for k in ("deaths", "injuries"):
        if f[k] and not re.fullmatch(r"\d+", f[k]):
            err("%s: %s not an integer: %r" % (fid, k, f[k]))
    for k in EXTRA:
        if f[k]:
            try:
                float(f[k])
            except ValueError:
                err("%s: %s not numeric: %r" % (fid, k, f[k]))
    for k in ("yes_pct", "turnout_pct", "tariff_pct", "devaluation_pct"):
        if f[k] and not 0 <= float(f[k]) <= 1000:
            err("%s: %s out of range" % (fid, k))
    if f["date"] > "2025-12-31":
        err("%s: date in the future" % fid)

# ------------------------------------------------------------------ claims
KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
claims = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            err("claims.jsonl: blank line %d" % n)
            continue
        c = json.loads(line)
        claims.append(c)
        if list(c.keys()) != KEYS:
            err("claims line %d keys %s" % (n, list(c.keys())))
cids = [c["id"] for c in claims]
if len(cids) != len(set(cids)):
    err("duplicate claim ids")
if len(claims) < 170:
    err("only %d claims" % len(claims))
texts = [c["text"] for c in claims]
if len(texts) != len(set(texts)):
    err("duplicate claim texts")
for c in claims:
    cid, v, fid, wf = c["id"], c["expected_verdict"], c["fact_id"], c["wrong_field"]
    if not re.fullmatch(r"c\d{3}", cid):
        err("bad claim id %s" % cid)
    try:
        ad = dt.date.fromisoformat(c["article_date"])
    except Exception:
        err("%s: bad article_date" % cid)
        continue
    if v not in VERDICTS:
        err("%s: bad verdict %r" % (cid, v))
    if v in ("supported", "contradicted", "misleading"):
        if fid not in FACT:
            err("%s: fact_id %r not in facts.csv" % (cid, fid))
            continue
        fd = FACT[fid]["date"]
        fd = fd if len(fd) == 10 else (fd + "-01" if len(fd) == 7 else fd + "-01-01")
        if ad < dt.date.fromisoformat(fd):
            err("%s: article_date before the event" % cid)
    elif fid is not None and fid not in FACT:
        err("%s: fact_id %r not in facts.csv" % (cid, fid))
    if v == "supported" and wf is not None:
        err("%s: supported with wrong_field" % cid)
    if v in ("contradicted", "misleading") and wf not in FIELDS:
        err("%s: %s needs wrong_field in %s" % (cid, v, sorted(FIELDS)))
    if v in ("unverifiable", "not_checkable") and wf is not None:
        err("%s: %s with wrong_field" % (cid, v))
    if v == "not_checkable" and fid is not None:
        err("%s: not_checkable with fact_id" % cid)
    if not c["text"].strip():
        err("%s: empty text" % cid)

# ------------------------------------------------------------------ articles
adir = os.path.join(HERE, "articles")
with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
        err("expected.csv header %s" % rd.fieldnames)
    frags = list(rd)
md_files = sorted(x for x in os.listdir(adir) if x.endswith(".md"))
if len(md_files) != 3:
    err("want 3 articles, found %s" % md_files)
per = Counter(r["article"] for r in frags)
bodies = {}
for name in md_files:
    text = open(os.path.join(adir, name), encoding="utf-8").read()
    m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n", text)
    if not m:
        err("%s: bad front matter" % name)
        continue
    body = text[m.end():]
    bodies[name] = (body, m.group(2))
    words = len(re.findall(r"\S+", body))
    if not 300 <= words <= 350:
        err("%s: %d words" % (name, words))
    if not 6 <= per[name] <= 9:
        err("%s: %d fragments" % (name, per[name]))
planted = Counter()
for r in frags:
    name, frag, v = r["article"], r["fragment"], r["expected_verdict"]
    if name not in bodies:
        err("expected.csv: unknown article %s" % name)
        continue
    body, pub = bodies[name]
    k = body.count(frag)
    if k != 1:
        err("%s: fragment occurs %d times: %r" % (name, k, frag[:60]))
    if v not in VERDICTS:
        err("%s: bad verdict %s" % (name, v))
    if v in ("supported", "contradicted", "misleading") and r["fact_id"] not in FACT:
        err("%s: fact_id %r unknown" % (name, r["fact_id"]))
    if v in ("contradicted", "misleading") and r["wrong_field"] not in FIELDS:
        err("%s: %s without wrong_field" % (name, v))
    if v in ("supported", "unverifiable", "not_checkable") and r["wrong_field"]:
        err("%s: %s with wrong_field" % (name, v))
    if v == "contradicted":
        planted[name] += 1
for name in bodies:
    if not 2 <= planted[name] <= 3:
        err("%s: %d planted errors" % (name, planted[name]))

if not os.path.exists(os.path.join(HERE, "README.md")):
    err("README.md missing")

if ERR:
    for e in ERR:
        print("ERROR:", e)
    sys.exit(1)
cnt = Counter(c["expected_verdict"] for c in claims)
print("facts: %d  claims: %d  fragments: %d" % (len(facts), len(claims), len(frags)))
for v in VERDICTS:
    print("  %-14s %3d  %5.1f%%" % (v, cnt[v], 100.0 * cnt[v] / len(claims)))
print("OK")
