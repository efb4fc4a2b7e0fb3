#!/usr/bin/env python3
"""Self-check for probe26.  Prints OK when everything is consistent.

Checks: facts schema and ids, dates vs precision, local date = NCEI UTC time + offset,
publisher columns byte-identical to raw/, claims schema and ids, verdict / wrong_field /
fact_id consistency, relative dates (weekday, yesterday, one week ago, last month,
"N days after <fact>") resolved with datetime and compared with the fact dates,
explicit calendar dates in claim texts, article front matter and fragments occurring
exactly once.
"""
import csv
import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ERR = []


def err(msg):
    ERR.append(msg)


SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
          "actors", "aliases", "deaths", "injuries", "source", "notes"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ---------------------------------------------------------------- facts
with open(HERE / "facts.csv", newline="", encoding="utf-8") as f:
    rd = csv.DictReader(f)
    header = rd.fieldnames
    facts = list(rd)
if header[:len(SCHEMA)] != SCHEMA:
    err(f"facts.csv: first columns {header[:len(SCHEMA)]} != {SCHEMA}")
with open(HERE / "raw" / "ncei_signif_eq_2015-09_2016-12.tsv", newline="", encoding="utf-8") as f:
    raw_rows = list(csv.reader(f, delimiter="\t"))
raw_head, raw_rows = raw_rows[0], raw_rows[1:]
pub_cols = raw_head[1:]                      # "Search Parameters" is an empty export column
for col in pub_cols:
    if col not in header:
        err(f"facts.csv: publisher column {col!r} missing")
if len(facts) != len(raw_rows):
    err(f"facts.csv has {len(facts)} rows, raw has {len(raw_rows)}")
FACT = {}
for i, r in enumerate(facts):
    fid = r["id"]
    if not re.fullmatch(r"eq-\d{4}-\d{2}-\d{2}-[a-z0-9-]+", fid):
        err(f"fact id {fid!r} malformed")
    if fid in FACT:
        err(f"duplicate fact id {fid}")
    FACT[fid] = r
    prec = r["date_precision"]
    pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(prec)
    if not pat or not re.fullmatch(pat, r["date"]):
        err(f"{fid}: date {r['date']!r} does not fit precision {prec!r}")
        continue
    for k in ("deaths", "injuries"):
        if r[k] and not r[k].isdigit():
            err(f"{fid}: {k} {r[k]!r} not an integer")
    if not r["statement"] or not r["source"] or not r["location"] or not r["country"]:
        err(f"{fid}: empty statement/source/location/country")
    # publisher columns identical to raw row i
    if i < len(raw_rows):
        for col, val in zip(pub_cols, raw_rows[i][1:]):
            if r.get(col, None) != val:
                err(f"{fid}: publisher column {col!r} {r.get(col)!r} != raw {val!r}")
    # local date = UTC + offset
    utc = datetime(int(r["Year"]), int(r["Mo"]), int(r["Dy"]), int(r["Hr"]), int(r["Mn"]))
    loc = utc + timedelta(hours=float(r["utc_offset_hours"]))
    if loc.date().isoformat() != r["date"]:
        err(f"{fid}: date {r['date']} != UTC {utc} + {r['utc_offset_hours']} h")
    if r["deaths"] != r["Total Deaths"] or r["injuries"] != r["Total Injuries"]:
        err(f"{fid}: deaths/injuries differ from Total Deaths/Total Injuries")
    if not re.match(r"eq-" + r["date"], fid):
        err(f"{fid}: id does not start with the local date")


def fdate(fid, utc=False):
    r = FACT[fid]
    if utc:
        return date(int(r["Year"]), int(r["Mo"]), int(r["Dy"]))
    return date.fromisoformat(r["date"])


# ---------------------------------------------------------------- relative-date tokens
TOK = re.compile(r"\[(rel|dow|anchor) ([^\]=]+)=(\d{4}-\d{2}(?:-\d{2})?)((?: [a-z]+)*)\]")


def check_tokens(where, text, notes, anchor_date, verdict, fid, wf):
    for kind, expr, val, flags in TOK.findall(notes):
        flags = flags.split()
        low = text.lower()
        if kind == "rel":
            if expr.lower() in DAYS:
                wd = DAYS.index(expr.lower())
                d = anchor_date - timedelta(days=1)
                while d.weekday() != wd:
                    d -= timedelta(days=1)
                if expr.lower() not in low:
                    err(f"{where}: weekday {expr} not in text")
                got = d
            elif expr == "yesterday":
                got = anchor_date - timedelta(days=1)
                if "yesterday" not in low:
                    err(f"{where}: 'yesterday' not in text")
            elif expr == "weekago":
                got = anchor_date - timedelta(days=7)
                if "week ago" not in low:
                    err(f"{where}: 'week ago' not in text")
            elif expr == "lastmonth":
                first = anchor_date.replace(day=1) - timedelta(days=1)
                got = first.strftime("%Y-%m")
                if "last month" not in low:
                    err(f"{where}: 'last month' not in text")
            else:
                err(f"{where}: unknown rel expression {expr}")
                continue
            if str(got) != val:
                err(f"{where}: {expr} resolves to {got}, notes say {val}")
        elif kind == "dow":
            d = date.fromisoformat(val)
            if DAYS[d.weekday()] != expr.lower():
                err(f"{where}: {val} is a {DAYS[d.weekday()]}, not {expr}")
            if expr.lower() not in low:
                err(f"{where}: weekday {expr} not in text")
            got = d
        else:  # anchor
            m = re.fullmatch(r"(eq-[a-z0-9-]+)\+(\d+)d", expr)
            if not m or m.group(1) not in FACT:
                err(f"{where}: bad anchor {expr}")
                continue
            got = fdate(m.group(1)) + timedelta(days=int(m.group(2)))
            if str(got) != val:
                err(f"{where}: anchor {expr} gives {got}, notes say {val}")
        if "event" in flags and fid:
            ref = fdate(fid, "utc" in flags)
            same = (str(ref)[:len(val)] == val)
            if verdict == "contradicted" and wf == "date":
                if same:
                    err(f"{where}: date-contradicted claim resolves to the fact date {ref}")
            elif verdict in ("supported", "misleading", "contradicted"):
                if not same:
                    err(f"{where}: resolved date {val} != fact date {ref}")


DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(m.capitalize() for m in MONTHS) + r") (\d{4})\b|\b("
                     + "|".join(m.capitalize() for m in MONTHS) + r") (\d{1,2}), (\d{4})\b")


def text_dates(text):
    out = []
    for m in DATE_RE.finditer(text):
        if m.group(1):
            out.append(date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1))))
        else:
            out.append(date(int(m.group(6)), MONTHS.index(m.group(4).lower()) + 1, int(m.group(5))))
    return out


# ---------------------------------------------------------------- claims
claims = [json.loads(l) for l in open(HERE / "claims.jsonl", encoding="utf-8") if l.strip()]
seen = set()
for cl in claims:
    cid = cl.get("id")
    if list(cl.keys()) != CLAIM_KEYS:
        err(f"{cid}: keys {list(cl.keys())}")
        continue
    if not re.fullmatch(r"p26-c\d{3}", cid or "") or cid in seen:
        err(f"{cid}: bad or duplicate id")
    seen.add(cid)
    v, fid, wf, text, notes = (cl["expected_verdict"], cl["fact_id"], cl["wrong_field"],
                               cl["text"], cl["notes"])
    if not text.strip():
        err(f"{cid}: empty text")
    try:
        ad = date.fromisoformat(cl["article_date"])
    except Exception:
        err(f"{cid}: bad article_date")
        continue
    if v not in VERDICTS:
        err(f"{cid}: verdict {v}")
    if v in ("contradicted", "misleading"):
        if wf not in FIELDS:
            err(f"{cid}: {v} needs wrong_field")
    elif wf is not None:
        err(f"{cid}: wrong_field must be null for {v}")
    if v in ("supported", "contradicted", "misleading") and not fid:
        err(f"{cid}: {v} needs fact_id")
    if v == "not_checkable" and fid:
        err(f"{cid}: not_checkable should have no fact_id")
    if fid is not None and fid not in FACT:
        err(f"{cid}: unknown fact_id {fid}")
        continue
    if fid and ad < fdate(fid):
        err(f"{cid}: article_date {ad} before the event ({fdate(fid)})")
    if "real prose" in notes and not re.search(r"https?://", notes):
        err(f"{cid}: real prose without source address")
    check_tokens(cid, text, notes, ad, v, fid, wf)
    # explicit calendar dates in the text
    if fid:
        loc, utc = fdate(fid), fdate(fid, True)
        explicit_utc = bool(re.search(r"\b(UTC|GMT)\b", text))
        ds = text_dates(text)
        others = {fdate(x) for x in re.findall(r"eq-\d{4}-\d{2}-\d{2}-[a-z0-9-]+", notes) if x in FACT}
        for d in ds:
            ok = d == loc or (explicit_utc and d == utc) or d in others
            if v == "contradicted" and wf == "date":
                continue
            if not ok and v == "supported":
                err(f"{cid}: date {d} in text != fact date {loc}")
            if not ok and v in ("contradicted", "misleading") and wf != "date":
                err(f"{cid}: date {d} wrong although wrong_field={wf}")
        if v == "contradicted" and wf == "date" and ds:
            if all(d == loc or d == utc for d in ds):
                err(f"{cid}: date-contradicted claim has only right dates")

# ---------------------------------------------------------------- articles
with open(HERE / "articles" / "expected.csv", newline="", encoding="utf-8") as f:
    exp = list(csv.DictReader(f))
if list(exp[0].keys()) != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
    err("expected.csv header")
arts = {}
for p in sorted((HERE / "articles").glob("*.md")):
    txt = p.read_text(encoding="utf-8")
    m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", txt)
    if not m:
        err(f"{p.name}: front matter")
        continue
    arts[p.name] = (date.fromisoformat(m.group(1)), txt[m.end():])
if not 2 <= len(arts) <= 3:
    err(f"{len(arts)} articles")
per = {}
for i, r in enumerate(exp, 2):
    a = r["article"]
    where = f"expected.csv:{i}"
    if a not in arts:
        err(f"{where}: unknown article {a}")
        continue
    pub, body = arts[a]
    per[a] = per.get(a, 0) + 1
    n = body.count(r["fragment"])
    if n != 1:
        err(f"{where}: fragment occurs {n} times")
    v, fid, wf = r["expected_verdict"], r["fact_id"] or None, r["wrong_field"] or None
    if v not in VERDICTS:
        err(f"{where}: verdict")
    if v in ("contradicted", "misleading") and wf not in FIELDS:
        err(f"{where}: wrong_field")
    if v not in ("contradicted", "misleading") and wf:
        err(f"{where}: wrong_field must be empty")
    if v in ("supported", "contradicted", "misleading") and not fid:
        err(f"{where}: fact_id needed")
    if fid and fid not in FACT:
        err(f"{where}: unknown fact {fid}")
        continue
    if fid and pub < fdate(fid):
        err(f"{where}: article published before the event")
    check_tokens(where, r["fragment"], r["notes"], pub, v, fid, wf)
for a, n in per.items():
    if n != 8:
        err(f"{a}: {n} fragments (want 8)")
    planted = sum(1 for r in exp if r["article"] == a and r["expected_verdict"] == "contradicted")
    if planted < 2:
        err(f"{a}: only {planted} planted errors")

if ERR:
    print("\n".join(ERR))
    print(f"FAILED ({len(ERR)} problems)")
    sys.exit(1)
from collections import Counter
print(f"facts {len(facts)}, claims {len(claims)} {dict(Counter(c['expected_verdict'] for c in claims))}, "
      f"fragments {len(exp)}")
print("OK")
