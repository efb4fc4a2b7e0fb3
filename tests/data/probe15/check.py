#!/usr/bin/env python3
"""Validator for claimcheck probe 15. Run: python3 check.py  (prints OK or the problems)."""
import csv, datetime as dt, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
        "actors", "aliases", "deaths", "injuries", "source"]
EXTRA_INT = ["hostages", "strikers", "attendance", "items_stolen"]
EXTRA_NUM = ["rate_percent", "prison_years", "temperature_c", "assets_usd_bn", "yes_percent"]
COLUMNS = BASE + ["hostages", "strikers", "attendance", "result", "rate_percent", "prison_years",
                  "temperature_c", "assets_usd_bn", "yes_percent", "items_stolen", "notes"]
CLAIM_KEYS = {"id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"}
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
WRONG = {"date", "phase", "count", "quantity", "result", "place", "actor", "event"}
errors = []
def err(m): errors.append(m)

def valid_date(s, prec):
    pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(prec)
    if not pat or not re.fullmatch(pat, s): return False
    try:
        if prec == "day": dt.date.fromisoformat(s)
        elif prec == "month": dt.date.fromisoformat(s + "-01")
        return True
    except ValueError:
        return False

# ---- facts.csv
facts = {}
with open(os.path.join(HERE, "facts.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != COLUMNS: err("facts.csv header mismatch: %s" % rd.fieldnames)
    for n, r in enumerate(rd, 2):
        fid = r["id"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", fid): err("line %d: bad id %r" % (n, fid))
        if fid in facts: err("duplicate fact id %s" % fid)
        facts[fid] = r
        for k in ["statement", "date", "date_precision", "event_type", "location", "country", "actors", "source"]:
            if not r[k].strip(): err("%s: empty %s" % (fid, k))
        if not valid_date(r["date"], r["date_precision"]): err("%s: bad date %r / precision %r" % (fid, r["date"], r["date_precision"]))
        for k in ["deaths", "injuries"] + EXTRA_INT:
            if r[k] and not re.fullmatch(r"\d+", r[k]): err("%s: %s not an integer: %r" % (fid, k, r[k]))
        for k in EXTRA_NUM:
            if r[k]:
                try: float(r[k])
                except ValueError: err("%s: %s not numeric: %r" % (fid, k, r[k]))
        for u in [x.strip() for x in r["source"].split(" ; ")]:
            if not u.startswith("http"): err("%s: bad source url %r" % (fid, u))
        if " ;" not in r["source"] and ";" in r["source"]: err("%s: sources must be separated by ' ; '" % fid)

# ---- claims.jsonl
ids = set()
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try: c = json.loads(line)
        except json.JSONDecodeError as e: err("claims line %d: bad json %s" % (n, e)); continue
        if set(c) != CLAIM_KEYS: err("claims line %d: keys %s" % (n, sorted(c)))
        cid = c.get("id")
        if cid in ids: err("duplicate claim id %s" % cid)
        ids.add(cid)
        if not valid_date(c.get("article_date", ""), "day"): err("%s: bad article_date" % cid)
        v, fid, wf = c.get("expected_verdict"), c.get("fact_id"), c.get("wrong_field")
        if v not in VERDICTS: err("%s: bad verdict %r" % (cid, v))
        if fid is not None and fid not in facts: err("%s: unknown fact_id %r" % (cid, fid))
        if v in ("supported", "contradicted", "misleading") and fid is None: err("%s: %s needs fact_id" % (cid, v))
        if v in ("contradicted", "misleading"):
            if wf not in WRONG: err("%s: wrong_field %r not allowed" % (cid, wf))
        elif wf is not None: err("%s: wrong_field set on a %s claim" % (cid, v))
        if v in ("supported", "contradicted") and fid in facts:
            if c["article_date"] < facts[fid]["date"][:10]: err("%s: article_date before the event" % cid)
        if not c.get("text", "").strip(): err("%s: empty text" % cid)

# ---- articles
adir = os.path.join(HERE, "articles")
bodies = {}
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".md"): continue
    txt = open(os.path.join(adir, fn), encoding="utf-8").read()
    m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n(.*)\Z", txt, re.S)
    if not m: err("%s: bad front matter" % fn); continue
    if not valid_date(m.group(2), "day"): err("%s: bad published date" % fn)
    if not fn.endswith("_%s.md" % m.group(2)): err("%s: file name does not carry the published date" % fn)
    body = m.group(4)
    nw = len(re.findall(r"\S+", body))
    if not 300 <= nw <= 350: err("%s: %d words (want 300-350)" % (fn, nw))
    bodies[fn] = body
per = {fn: [] for fn in bodies}
with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
        err("expected.csv header mismatch: %s" % rd.fieldnames)
    for n, r in enumerate(rd, 2):
        fn = r["article"]
        if fn not in bodies: err("expected.csv line %d: unknown article %s" % (n, fn)); continue
        k = bodies[fn].count(r["fragment"])
        if k != 1: err("expected.csv line %d: fragment occurs %d times in %s" % (n, k, fn))
        v, fid, wf = r["expected_verdict"], r["fact_id"], r["wrong_field"]
        if v not in VERDICTS: err("expected.csv line %d: bad verdict" % n)
        if fid and fid not in facts: err("expected.csv line %d: unknown fact_id %s" % (n, fid))
        if v in ("supported", "contradicted", "misleading") and not fid: err("expected.csv line %d: needs fact_id" % n)
        if v in ("contradicted", "misleading"):
            if wf not in WRONG: err("expected.csv line %d: wrong_field %r" % (n, wf))
        elif wf: err("expected.csv line %d: wrong_field on %s" % (n, v))
        per[fn].append(v)
for fn, vs in per.items():
    if not 6 <= len(vs) <= 9: err("%s: %d graded fragments (want 6-9)" % (fn, len(vs)))
    nc = vs.count("contradicted")
    if not 2 <= nc <= 3: err("%s: %d planted errors (want 2-3)" % (fn, nc))

if errors:
    print("\n".join(errors)); print("%d problem(s)" % len(errors)); sys.exit(1)
print("facts %d, claims %d, articles %d, fragments %d" % (len(facts), len(ids), len(bodies), sum(map(len, per.values()))))
print("OK")
