#!/usr/bin/env python3
"""Self-check for probe29. Prints OK or a list of problems.

Checks: facts.csv columns/ids/dates; claim ids, verdicts, fact_id / wrong_field
consistency; every date expression written in a claim (absolute or relative) is
found, resolved with datetime, matches what the notes say, and agrees / disagrees
with the fact date as the label requires; article fragments occur verbatim exactly
once and pass the same date checks against the article's published date.
"""
import csv, json, re, sys, os, calendar
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda *a: os.path.join(HERE, *a)
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

COLS = ["id","statement","date","date_precision","event_type","location","country",
        "actors","aliases","deaths","injuries","source","notes"]
VERDICTS = {"supported","contradicted","misleading","unverifiable","not_checkable"}
FIELDS = {"date","count","place","actor","event"}

# ---------- facts ----------
with open(P("facts.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != COLS: err("facts.csv columns", rd.fieldnames)
    facts = list(rd)
FD = {}
for f in facts:
    if f["id"] in FD: err("duplicate fact id", f["id"])
    FD[f["id"]] = f
    prec = f["date_precision"]
    try:
        if prec == "day": date.fromisoformat(f["date"])
        elif prec == "month": assert re.fullmatch(r"\d{4}-\d\d", f["date"])
        elif prec == "year": assert re.fullmatch(r"\d{4}", f["date"])
        else: raise ValueError(prec)
    except Exception as e: err("bad fact date", f["id"], f["date"], e)
    for k in ("deaths","injuries"):
        if f[k] and not f[k].isdigit(): err("non-integer", k, f["id"])
    if not f["source"].startswith("http"): err("source", f["id"])

# ---------- date expressions ----------
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
for ab, i in [("Jan",1),("Feb",2),("Mar",3),("Apr",4),("Jun",6),("Jul",7),("Aug",8),
              ("Sep",9),("Sept",9),("Oct",10),("Nov",11),("Dec",12)]:
    MONTHS[ab + "."] = i
MRE = "(" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + ")"
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
NUMW = {"a":1,"an":1,"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,
        "nine":9,"ten":10,"eleven":11,"twelve":12,"twenty":20,"thirty":30}
def numword(w):
    w = w.lower()
    if w.isdigit(): return int(w)
    if w in NUMW: return NUMW[w]
    if "-" in w:
        a, b = w.split("-", 1)
        return NUMW[a] + NUMW[b]
    raise KeyError(w)
NUMRE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
PATTERNS = [
    ("dmy", rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {MRE},? (\d{{4}})\b"),
    ("mdy", rf"\b{MRE} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"),
    ("dm",  rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {MRE}(?=\W|$)"),
    ("md",  rf"\b{MRE} (\d{{1,2}})(?:st|nd|rd|th)?\b"),
    ("my",  rf"\b{MRE},? (\d{{4}})\b"),
    ("y",   r"\b(1[89]\d\d|20\d\d)\b"),
    ("wd",  r"\b(" + "|".join(WD) + r")\b"),
    ("rel", r"\b(yesterday|today|tomorrow|tonight|last week|next week|last month|next month|earlier this month|this month|last year|this year|next year)\b"),
    ("anc", rf"\b(?:exactly )?({NUMRE}) (day|days|week|weeks|month|months|year|years) (after|later|before|earlier)\b"),
    ("anc1", r"\b(the next day|the following day|the day after|the day before)\b"),
]
RX = [(k, re.compile(p, re.I if k in ("rel", "anc", "anc1") else 0)) for k, p in PATTERNS]

def find_exprs(text):
    """return list of (kind, span, match) without overlaps (earlier patterns win)"""
    taken, out = [], []
    for kind, rx in RX:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken): continue
            taken.append((s, e)); out.append((kind, (s, e), m))
    return out

NOTE_ARROW = re.compile(r"'([^']+)' -> (\d{4}(?:-\d\d){0,2}(?:\.\.\d{4}-\d\d-\d\d)?)(?: \[([a-z0-9-]+) ([+-]\d+)([dwmy])\])?")
NOTE_OTHER = re.compile(r"other\(([a-z0-9-]+)\): '([^']+)'")
NOTE_NOT = re.compile(r"not-a-date: '([^']+)'")

def add_offset(d, n, unit):
    if unit == "d": return d + timedelta(days=n)
    if unit == "w": return d + timedelta(days=7 * n)
    y, m = d.year, d.month
    if unit == "m": m += n
    if unit == "y": y += n
    y += (m - 1) // 12; m = (m - 1) % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def agrees(value, fdate):
    if ".." in value:
        a, b = value.split("..")
        return len(fdate) == 10 and a <= fdate <= b
    return fdate.startswith(value) or value.startswith(fdate)

def resolve_all(ident, text, ad_s, notes):
    """returns list of (value, other_fact_or_None); records errors"""
    ad = date.fromisoformat(ad_s)
    arrows = NOTE_ARROW.findall(notes)
    others = NOTE_OTHER.findall(notes)
    nots = NOTE_NOT.findall(notes)
    for ph, *_ in arrows:
        if ph not in text: err(ident, "note phrase not in text:", ph)
    for _, ph in others:
        if ph not in text: err(ident, "other() phrase not in text:", ph)
    for ph in nots:
        if ph not in text: err(ident, "not-a-date phrase not in text:", ph)
    def cover(span, table):
        s, e = span
        for row in table:
            ph = row[0] if table is arrows else (row[1] if table is others else row)
            i = text.find(ph)
            if i >= 0 and i <= s and e <= i + len(ph): return row
        return None
    res = []
    for kind, span, m in find_exprs(text):
        expr = m.group(0)
        if cover(span, nots): continue
        oth = cover(span, others)
        arrow = cover(span, arrows)
        val = None
        try:
            if kind == "dmy": val = date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))).isoformat()
            elif kind == "mdy": val = date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat()
            elif kind == "my": val = f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}"
            elif kind == "y": val = m.group(1)
            elif kind in ("dm", "md"):
                d_, mo = (int(m.group(1)), MONTHS[m.group(2)]) if kind == "dm" else (int(m.group(2)), MONTHS[m.group(1)])
                if not arrow: err(ident, "year-less date needs a note:", expr); continue
                v = arrow[1]; dv = date.fromisoformat(v)
                if (dv.month, dv.day) != (mo, d_) or abs(dv.year - ad.year) > 1:
                    err(ident, "year-less date note mismatch:", expr, v)
                val = v
            elif kind == "wd":
                if not arrow: err(ident, "weekday needs a note:", expr); continue
                wd = WD.index(m.group(1))
                pre = text[max(0, span[0] - 5):span[0]].lower()
                if pre.endswith("next "):
                    k = (wd - ad.weekday()) % 7 or 7; dv = ad + timedelta(days=k)
                else:
                    k = (ad.weekday() - wd) % 7 or 7; dv = ad - timedelta(days=k)
                val = dv.isoformat()
            elif kind == "rel":
                w = m.group(1).lower()
                if w == "yesterday": val = (ad - timedelta(1)).isoformat()
                elif w in ("today", "tonight"): val = ad.isoformat()
                elif w == "tomorrow": val = (ad + timedelta(1)).isoformat()
                elif w == "last week":
                    mon = ad - timedelta(days=ad.weekday() + 7); val = f"{mon}..{mon + timedelta(6)}"
                elif w == "next week":
                    mon = ad + timedelta(days=7 - ad.weekday()); val = f"{mon}..{mon + timedelta(6)}"
                elif w == "last month": val = add_offset(ad.replace(day=1), -1, "m").isoformat()[:7]
                elif w == "next month": val = add_offset(ad.replace(day=1), 1, "m").isoformat()[:7]
                elif w in ("earlier this month", "this month"): val = ad.isoformat()[:7]
                elif w == "last year": val = str(ad.year - 1)
                elif w == "this year": val = str(ad.year)
                elif w == "next year": val = str(ad.year + 1)
                if not arrow: err(ident, "relative date needs a note:", expr, "->", val); continue
            elif kind in ("anc", "anc1"):
                if not arrow or not arrow[2]: err(ident, "anchored date needs '[FACT +N]' note:", expr); continue
                if kind == "anc":
                    n = numword(m.group(1)); unit = m.group(2).lower()[0]
                    sign = 1 if m.group(3).lower() in ("after", "later") else -1
                else:
                    n, unit, sign = 1, "d", (-1 if "before" in m.group(1).lower() else 1)
                fid, off, u = arrow[2], int(arrow[3]), arrow[4]
                if fid not in FD: err(ident, "anchor fact unknown", fid); continue
                ok_unit = (u == unit) or (u == "d" and unit == "w" and off == 7 * n * sign)
                if not ok_unit or (u == unit and off != n * sign):
                    err(ident, "anchor offset does not match wording:", expr, off, u)
                val = add_offset(date.fromisoformat(FD[fid]["date"]), off, u).isoformat()
        except Exception as e:
            err(ident, "cannot resolve", expr, e); continue
        if arrow and arrow[1] != val:
            err(ident, f"note says {arrow[1]} but '{expr}' resolves to {val}")
        res.append((val, oth[0] if oth else None, expr))
    return res

def check_item(ident, text, ad, verdict, fid, wf, notes):
    if verdict not in VERDICTS: err(ident, "bad verdict", verdict)
    if verdict in ("supported", "contradicted", "misleading"):
        if fid not in FD: err(ident, "fact_id missing/unknown", fid)
    elif fid is not None and fid != "": err(ident, "fact_id should be empty for", verdict)
    if verdict in ("contradicted", "misleading"):
        if wf not in FIELDS: err(ident, "wrong_field missing/bad", wf)
    elif wf not in (None, ""): err(ident, "wrong_field should be empty for", verdict)
    try: date.fromisoformat(ad)
    except Exception: err(ident, "bad article_date", ad)
    res = resolve_all(ident, text, ad, notes or "")
    if fid not in FD: return
    fdate = FD[fid]["date"]
    prim = []
    for val, oth, expr in res:
        if oth:
            if oth not in FD: err(ident, "other() fact unknown", oth)
            elif not agrees(val, FD[oth]["date"]): err(ident, f"'{expr}' does not match other fact {oth}")
        else: prim.append((val, expr, agrees(val, fdate)))
    if verdict == "supported" or (verdict in ("contradicted", "misleading") and wf != "date"):
        for val, expr, ok in prim:
            if not ok: err(ident, f"{verdict}/{wf}: '{expr}' -> {val} disagrees with fact date {fdate}")
    if verdict in ("contradicted", "misleading") and wf == "date":
        if not prim or all(ok for _, _, ok in prim):
            err(ident, f"wrong_field=date but no date in the text disagrees with {fdate}")
    # future-tense schedule claims must be written before the event
    if re.search(r"\b(will|is due to|are expected to|is scheduled to|is set to)\b", text) and verdict == "supported":
        if not ad < fdate: err(ident, "future claim dated after the event")

# ---------- claims ----------
ids = set()
claims = [json.loads(l) for l in open(P("claims.jsonl"), encoding="utf-8") if l.strip()]
for c in claims:
    if set(c) != {"id","text","article_date","expected_verdict","fact_id","wrong_field","notes"}: err("keys", c.get("id"))
    if c["id"] in ids or not re.fullmatch(r"c\d{3}", c["id"]): err("bad/duplicate id", c["id"])
    ids.add(c["id"])
    check_item(c["id"], c["text"], c["article_date"], c["expected_verdict"], c["fact_id"], c["wrong_field"], c["notes"])

# ---------- articles ----------
FM = re.compile(r"\A---\ntitle: (.+)\npublished: (\d{4}-\d\d-\d\d)\nsource: (.+)\n---\n", re.M)
arts = {}
for fn in sorted(os.listdir(P("articles"))):
    if fn.endswith(".md"):
        t = open(P("articles", fn), encoding="utf-8").read()
        m = FM.match(t)
        if not m: err("front matter", fn); continue
        arts[fn] = (m.group(2), t[m.end():])
with open(P("articles", "expected.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["article","fragment","expected_verdict","fact_id","wrong_field","notes"]: err("expected.csv columns")
    rows = list(rd)
from collections import Counter
per = Counter(r["article"] for r in rows)
planted = Counter(r["article"] for r in rows if "PLANTED ERROR" in r["notes"])
for fn in arts:
    if per[fn] != 8: err(fn, "should have 8 fragments, has", per[fn])
    if not 2 <= planted[fn] <= 3: err(fn, "should have 2-3 planted errors, has", planted[fn])
for i, r in enumerate(rows, 1):
    fn = r["article"]
    if fn not in arts: err("expected.csv unknown article", fn); continue
    pub, body = arts[fn]
    n = body.count(r["fragment"])
    if n != 1: err(fn, f"fragment occurs {n} times:", r["fragment"][:60])
    if "PLANTED ERROR" in r["notes"] and r["expected_verdict"] not in ("contradicted", "misleading"):
        err(fn, "planted error must be contradicted/misleading")
    check_item(f"{fn}#{i}", r["fragment"], pub, r["expected_verdict"], r["fact_id"] or None, r["wrong_field"] or None, r["notes"])

if errs:
    print("\n".join(errs)); print(len(errs), "problem(s)"); sys.exit(1)
print("OK")
