#!/usr/bin/env python3
"""Self-check for the probe25 evaluation set. Standard library only.

Validates facts.csv (schema, ids, dates vs precision, counts), claims.jsonl
(ids, verdict / wrong_field / fact_id consistency, explicit and relative dates),
and articles/ (front matter, fragments occurring exactly once, relative dates).
Prints OK when everything passes.
"""
import csv, datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(msg): ERR.append(msg)

BASE_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
             "actors", "aliases", "deaths", "injuries", "source"]
EXTRA_INT = ["missing", "votes_for", "votes_against", "sentence_years", "people_affected"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# relative-date expressions in claims.jsonl: id -> (kind, args..., phrase)
REL = {
    'c001': ('years_ago_today', 30, 'Thirty years ago today'),
    'c005': ('weekday', 'Wednesday'),
    'c012': ('weekday', 'Wednesday'),
    'c017': ('weekday', 'Saturday'),
    'c020': ('last_week', 'last week'),
    'c029': ('weekday', 'Friday'),
    'c036': ('weekday', 'Sunday'),
    'c048': ('last_month', 'last month'),
    'c052': ('weekday', 'Wednesday'),
    'c060': ('yesterday', 'yesterday'),
    'c066': ('weekday', 'Monday'),
    'c075': ('weekday', 'Thursday'),
    'c078': ('weekday', 'Monday'),
    'c083': ('weekday', 'Saturday'),
    'c085': ('weekday', 'Sunday'),
    'c089': ('weekday', 'Friday'),
    'c092': ('weekday', 'Friday'),
    'c099': ('weekday', 'Friday'),
    'c102': ('weekday', 'Wednesday'),
    'c104': ('weekday', 'Sunday'),
    'c110': ('weekday', 'Thursday'),
    'c116': ('weekday', 'Saturday'),
    'c121': ('weekday', 'Monday'),
    'c123': ('weekday', 'Monday'),
    'c127': ('weekday', 'Wednesday'),
    'c128': ('days_after', 'benedict-2013-resignation-effective', 13, '13 days after'),
    'c132': ('weekday', 'Friday'),
    'c138': ('weekday', 'Thursday'),
    'c142': ('weekday', 'Monday'),
    'c149': ('weekday', 'Monday'),
    'c150': ('weekday', 'Tuesday'),
    'c152': ('weekday', 'Monday'),
    'c155': ('weekday', 'Monday'),
    'c159': ('weekday', 'Thursday'),
    'c164': ('weekday', 'Tuesday'),
    'c172': ('weekday', 'Tuesday'),
    'c173': ('years_after', 'hillsborough-1989-disaster', 32, '32 years after'),
    'c177': ('earlier_this_month', 'earlier this month'),
    'c179': ('weekday', 'Wednesday'),
    'c188': ('weekday', 'Monday'),
    'c199': ('weekday', 'Sunday'),
    'c205': ('weekday', 'Saturday'),
    'c207': ('weekday', 'Wednesday'),
}

# relative-date expressions in article fragments: (article, phrase) -> (kind, arg)
ART_REL = {
    ("kanjuruhan_2022-10-03.md", "on Saturday night"): ("weekday", "Saturday"),
    ("morbi_2022-11-01.md", "collapsed on Sunday evening"): ("weekday", "Sunday"),
    ("chibok_2017-05-08.md", "were freed on Saturday"): ("weekday", "Saturday"),
}

# ---------------------------------------------------------------- facts
def parse_fact_date(s, prec):
    if prec == "day":
        return dt.date.fromisoformat(s)
    if prec == "month":
        if not re.fullmatch(r"\d{4}-\d{2}", s):
            raise ValueError("month precision needs YYYY-MM")
        y, m = map(int, s.split("-")); return dt.date(y, m, 1)
    if prec == "year":
        if not re.fullmatch(r"\d{4}", s):
            raise ValueError("year precision needs YYYY")
        return dt.date(int(s), 1, 1)
    raise ValueError("bad precision " + prec)

with open(os.path.join(HERE, "facts.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    cols = rd.fieldnames
    facts = list(rd)
if cols[:len(BASE_COLS)] != BASE_COLS or "notes" not in cols:
    err(f"facts.csv columns wrong: {cols}")
for c in cols:
    if c not in BASE_COLS + ["notes"] + EXTRA_INT:
        err(f"unexpected column {c}")
if not 60 <= len(facts) <= 70:
    err(f"facts.csv has {len(facts)} rows (want 60-70)")
F = {}
for r in facts:
    fid = r["id"]
    if fid in F: err(f"duplicate fact id {fid}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", fid): err(f"bad id {fid}")
    F[fid] = r
    try:
        r["_date"] = parse_fact_date(r["date"], r["date_precision"])
    except Exception as e:
        err(f"{fid}: date {r['date']!r}/{r['date_precision']}: {e}")
        continue
    for c in ["statement", "event_type", "location", "country", "actors", "aliases", "source"]:
        if not r[c].strip(): err(f"{fid}: empty {c}")
    for c in ["deaths", "injuries"] + [c for c in EXTRA_INT if c in r]:
        v = r[c]
        if v != "" and not re.fullmatch(r"\d+", v): err(f"{fid}: {c}={v!r} not an integer")
    if not all(u.strip().startswith("http") for u in r["source"].split(" ; ")):
        err(f"{fid}: source must be URLs separated by ' ; '")
    # the year of a day/month-precision date should appear in the statement
    if r["date"][:4] not in r["statement"]:
        err(f"{fid}: year {r['date'][:4]} not in statement")
    if r["date_precision"] == "day":
        d = r["_date"]
        mon = MONTHS[d.month-1].capitalize()
        if not re.search(rf"\b{d.day}(-\d{{1,2}})? {mon} {d.year}\b", r["statement"]):
            err(f"{fid}: statement does not spell out {d.day} {mon} {d.year}")
    if r["date_precision"] == "month":
        d = r["_date"]
        if MONTHS[d.month-1].capitalize() not in r["statement"] and "mid-" not in r["statement"]:
            err(f"{fid}: month not in statement")

# ---------------------------------------------------------------- date helpers
def prev_weekday(ref, name):
    """most recent `name` strictly before ref"""
    target = WEEKDAYS.index(name.lower())
    d = ref - dt.timedelta(days=1)
    while d.weekday() != target: d -= dt.timedelta(days=1)
    return d

def resolve(kind, args, ref):
    """returns (date, precision)"""
    if kind == "weekday":
        return prev_weekday(ref, args[0]), "day"
    if kind == "yesterday":
        return ref - dt.timedelta(days=1), "day"
    if kind == "last_week":
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        return (monday, monday + dt.timedelta(days=6)), "week"
    if kind == "last_month":
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if kind == "earlier_this_month":
        return ref.replace(day=1), "month"
    if kind == "years_ago_today":
        return ref.replace(year=ref.year - args[0]), "day"
    if kind == "days_after":
        return F[args[0]]["_date"] + dt.timedelta(days=args[1]), "day"
    if kind == "years_after":
        return dt.date(F[args[0]]["_date"].year + args[1], 1, 1), "year"
    raise ValueError(kind)

def agrees(resolved, prec, fact):
    fd, fp = fact["_date"], fact["date_precision"]
    if prec == "week":
        lo, hi = resolved
        return fp == "day" and lo <= fd <= hi
    if prec == "year" or fp == "year":
        return resolved.year == fd.year
    if prec == "month" or fp == "month":
        return (resolved.year, resolved.month) == (fd.year, fd.month)
    return resolved == fd

MON_RE = "|".join(m.capitalize() for m in MONTHS)
ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
def explicit_dates(text):
    """full dates written out in the text -> list of (date, 'day') and month-year mentions"""
    out = []
    for d, m, y in re.findall(rf"\b(\d{{1,2}}) ({MON_RE}) (\d{{4}})\b", text):
        out.append((dt.date(int(y), MONTHS.index(m.lower()) + 1, int(d)), "day"))
    for m, d, y in re.findall(rf"\b({MON_RE}) (\d{{1,2}}), (\d{{4}})\b", text):
        out.append((dt.date(int(y), MONTHS.index(m.lower()) + 1, int(d)), "day"))
    stripped = re.sub(rf"\b\d{{1,2}} ({MON_RE}) \d{{4}}\b|\b({MON_RE}) \d{{1,2}}, \d{{4}}\b", "", text)
    for m, y in re.findall(rf"\b({MON_RE}) (\d{{4}})\b", stripped):
        out.append((dt.date(int(y), MONTHS.index(m.lower()) + 1, 1), "month"))
    return out

# ---------------------------------------------------------------- claims
claims = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            claims.append(json.loads(line))
        except Exception as e:
            err(f"claims.jsonl line {n}: {e}")
if not 180 <= len(claims) <= 220:
    err(f"{len(claims)} claims (want 180-220)")
KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
seen = set()
for i, c in enumerate(claims, 1):
    cid = c.get("id")
    if list(c.keys()) != KEYS: err(f"{cid}: keys {list(c.keys())}")
    if cid != f"c{i:03d}": err(f"claim {i}: id {cid} not sequential")
    if cid in seen: err(f"duplicate claim id {cid}")
    seen.add(cid)
    v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
    try:
        ad = dt.date.fromisoformat(c["article_date"])
    except Exception:
        err(f"{cid}: bad article_date"); continue
    if v not in VERDICTS: err(f"{cid}: verdict {v}")
    if v in ("supported", "contradicted", "misleading"):
        if fid not in F: err(f"{cid}: fact_id {fid!r} missing")
    if v == "not_checkable" and fid is not None: err(f"{cid}: not_checkable with fact_id")
    if fid is not None and fid not in F: err(f"{cid}: unknown fact_id {fid}")
    if v in ("contradicted", "misleading"):
        if wf not in FIELDS: err(f"{cid}: wrong_field {wf!r}")
    elif wf is not None:
        err(f"{cid}: wrong_field set on {v}")
    if not c["notes"] and v != "supported": err(f"{cid}: notes empty")
    if fid in F:
        fact = F[fid]
        if ad < fact["_date"]: err(f"{cid}: article_date before the event")
        # explicit written dates: must agree for supported, and for contradicted non-date claims
        for d, p in explicit_dates(c["text"]):
            ok = agrees(d, p, fact)
            if v == "supported" and not ok:
                err(f"{cid}: explicit date {d} does not match {fact['date']}")
            if v == "contradicted" and wf != "date" and not ok:
                err(f"{cid}: contradicted on {wf} but explicit date {d} also differs")
            if v == "contradicted" and wf == "date" and ok:
                err(f"{cid}: date-contradiction but explicit date {d} matches")
    if cid in REL:
        spec = REL[cid]
        kind, args, phrase = spec[0], spec[1:-1], spec[-1]
        if kind == "weekday": args, phrase = (spec[1],), spec[1]
        if phrase not in c["text"]: err(f"{cid}: phrase {phrase!r} not in text")
        res, prec = resolve(kind, args, ad)
        ok = agrees(res, prec, F[fid])
        if v == "contradicted" and wf == "date":
            if ok: err(f"{cid}: relative date resolves to the fact date but claim is date-contradicted")
        elif not ok:
            err(f"{cid}: relative date {spec} from {ad} -> {res} != fact {F[fid]['date']}")
    else:
        # a weekday word in a checkable claim must have a spec (except a weekday written next to a full date)
        for w in WEEKDAYS:
            if re.search(rf"\b{w}\b", c["text"], re.I) and fid and not explicit_dates(c["text"]) \
                    and "a " + w.capitalize() not in c["text"]:
                err(f"{cid}: weekday {w} without a resolution spec")

cnt = Counter(c["expected_verdict"] for c in claims)
share = {k: cnt[k] / len(claims) for k in VERDICTS}
for k, lo, hi in [("supported", .30, .40), ("contradicted", .25, .35), ("misleading", .03, .07),
                  ("unverifiable", .15, .25), ("not_checkable", .07, .13)]:
    if not lo <= share[k] <= hi: err(f"share of {k} = {share[k]:.1%}")
wfc = Counter(c["wrong_field"] for c in claims if c["expected_verdict"] == "contradicted")
for f in FIELDS:
    if wfc[f] < 3: err(f"only {wfc[f]} contradicted claims with wrong_field {f}")

# ---------------------------------------------------------------- articles
AD = os.path.join(HERE, "articles")
with open(os.path.join(AD, "expected.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
        err(f"expected.csv columns {rd.fieldnames}")
    exp = list(rd)
arts = sorted(f for f in os.listdir(AD) if f.endswith(".md"))
if len(arts) != 3: err(f"{len(arts)} articles")
bodies, pubs = {}, {}
for a in arts:
    txt = open(os.path.join(AD, a), encoding="utf-8").read()
    m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", txt)
    if not m: err(f"{a}: front matter"); continue
    pubs[a] = dt.date.fromisoformat(m.group(1))
    if not a.endswith(m.group(1) + ".md"): err(f"{a}: file name does not carry the published date")
    bodies[a] = txt[m.end():]
per = Counter()
for e in exp:
    a, frag, v = e["article"], e["fragment"], e["expected_verdict"]
    per[a] += 1
    if a not in bodies: err(f"expected.csv: unknown article {a}"); continue
    n = bodies[a].count(frag)
    if n != 1: err(f"{a}: fragment occurs {n} times: {frag!r}")
    if v not in VERDICTS: err(f"{a}: verdict {v}")
    if v in ("supported", "contradicted", "misleading") and e["fact_id"] not in F:
        err(f"{a}: fact {e['fact_id']!r}")
    if v in ("contradicted", "misleading") and e["wrong_field"] not in FIELDS:
        err(f"{a}: wrong_field {e['wrong_field']!r}")
    if v not in ("contradicted", "misleading") and e["wrong_field"]:
        err(f"{a}: wrong_field on {v}")
    if e["fact_id"] in F:
        fact = F[e["fact_id"]]
        for d, p in explicit_dates(frag):
            ok = agrees(d, p, fact)
            if (v == "supported" and not ok) or (v == "contradicted" and (e["wrong_field"] == "date") == ok):
                err(f"{a}: explicit date in {frag!r} inconsistent with verdict")
    for (aa, phrase), (kind, arg) in ART_REL.items():
        if aa == a and phrase in frag:
            res, prec = resolve(kind, (arg,), pubs[a])
            ok = agrees(res, prec, F[e["fact_id"]])
            if ok == (v == "contradicted" and e["wrong_field"] == "date"):
                err(f"{a}: relative {phrase!r} -> {res} vs {F[e['fact_id']]['date']}")
for a in arts:
    if not 6 <= per[a] <= 9: err(f"{a}: {per[a]} fragments (want 6-9)")
    planted = sum(1 for e in exp if e["article"] == a and e["notes"].startswith("PLANTED"))
    wrong = sum(1 for e in exp if e["article"] == a and e["expected_verdict"] == "contradicted")
    if not 2 <= planted <= 3 or planted != wrong: err(f"{a}: {planted} planted errors / {wrong} contradicted")
for (aa, phrase) in ART_REL:
    if phrase not in bodies.get(aa, ""): err(f"ART_REL phrase {phrase!r} missing from {aa}")

if ERR:
    print("\n".join(ERR)); print(f"{len(ERR)} problem(s)"); sys.exit(1)
print(f"facts {len(facts)}, claims {len(claims)} {dict(cnt)}, contradicted fields {dict(wfc)}, "
      f"fragments {len(exp)}")
print("OK")
