#!/usr/bin/env python3
"""Self-check for probe27. Prints OK when every check passes, otherwise lists problems.

Checks:
* facts.csv: exact devset columns, unique slug ids, date format vs date_precision,
  integer-or-empty deaths/injuries, http(s) sources separated by ' ; '.
* claims.jsonl: exact keys, ids c001.., ISO article dates, verdict vocabulary,
  verdict / wrong_field / fact_id consistency, known fact ids.
* relative dates: every note annotation  REL '<phrase>' -> <date or range> [anchor=<id> +Nd]
  must quote a phrase that occurs in the claim, must resolve (with datetime) to the stated
  date/range from the article_date (or from the anchor fact's date), and the resolved date
  must agree with the fact date for supported claims (and claims whose wrong field is not
  the date) and disagree for at least one date of claims whose wrong field is the date.
* absolute dates written in claims ("Aug. 5, 2010", "13 May 2014", "in March 2024",
  "Nov. 16" = article year) are compared with the fact date at their own precision in the
  same way.
* articles: front matter (title/published/source), 8 fragments each in expected.csv,
  every fragment occurs exactly once in its article, consistent labels, and relative dates
  in fragment notes ('phrase' -> date) resolved against the article's published date.
"""
import csv, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
def bad(msg):
    problems.append(msg)

FACT_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
             "actors", "aliases", "deaths", "injuries", "source", "notes"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12}

# ---------------------------------------------------------------- facts
facts = {}
with open(os.path.join(HERE, "facts.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != FACT_COLS:
        bad(f"facts.csv columns {rd.fieldnames} != {FACT_COLS}")
    for n, row in enumerate(rd, 2):
        fid = row["id"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fid or ""):
            bad(f"facts.csv line {n}: bad id {fid!r}")
        if fid in facts:
            bad(f"facts.csv: duplicate id {fid}")
        prec, d = row["date_precision"], row["date"]
        fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(prec)
        if fmt is None:
            bad(f"{fid}: unknown precision {prec!r}")
        else:
            try:
                parsed = dt.datetime.strptime(d, fmt).date()
                if parsed.strftime(fmt) != d:
                    raise ValueError
            except ValueError:
                bad(f"{fid}: date {d!r} does not match precision {prec}")
        for col in ("deaths", "injuries"):
            if row[col] and not re.fullmatch(r"\d+", row[col]):
                bad(f"{fid}: {col} not an integer: {row[col]!r}")
        for col in ("statement", "event_type", "country", "source"):
            if not row[col].strip():
                bad(f"{fid}: empty {col}")
        for url in row["source"].split(" ; "):
            if not re.fullmatch(r"https?://\S+", url):
                bad(f"{fid}: bad source URL {url!r}")
        facts[fid] = row

def fact_span(fid):
    """(first day, last day) covered by the fact date at its precision."""
    r = facts[fid]
    p, d = r["date_precision"], r["date"]
    if p == "day":
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        y, m = map(int, d.split("-"))
        return month_span(y, m)
    y = int(d)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)

def month_span(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)

def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

# ---------------------------------------------------------------- relative dates
NUMWORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

def resolve_unanchored(phrase, base):
    """Resolve a relative phrase against the article date; returns (start, end)."""
    p = phrase.lower()
    if "yesterday" in p:
        x = base - dt.timedelta(days=1)
        return x, x
    if "last week" in p:
        monday = base - dt.timedelta(days=base.weekday())
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if "last month" in p:
        y, m = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
        return month_span(y, m)
    if "earlier this month" in p:
        return dt.date(base.year, base.month, 1), base - dt.timedelta(days=1)
    for i, wd in enumerate(WEEKDAYS):
        if re.search(r"\b" + wd + r"\b", p):
            back = (base.weekday() - i) % 7 or 7      # most recent such day BEFORE base
            x = base - dt.timedelta(days=back)
            return x, x
    return None

REL_RE = re.compile(r"REL '([^']+)' -> (\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?"
                    r"(?: \[anchor=([a-z0-9-]+) \+(\d+)d\])?")

def check_rel(where, text, base, m):
    phrase, d1, d2, anchor, plus = m.groups()
    stated = (dt.date.fromisoformat(d1), dt.date.fromisoformat(d2 or d1))
    if phrase.lower() not in text.lower():
        bad(f"{where}: REL phrase {phrase!r} not in text")
    if anchor:
        if anchor not in facts:
            bad(f"{where}: unknown anchor {anchor}")
            return stated
        a = fact_span(anchor)[0] + dt.timedelta(days=int(plus))
        got = (a, a)
        # the number in the phrase must match +Nd (weeks/months allowed)
        pl = phrase.lower()
        nm = re.search(r"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|days|week|weeks|month)\b", pl)
        if nm:
            k = int(nm.group(1)) if nm.group(1).isdigit() else NUMWORDS[nm.group(1)]
            unit = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 31}[nm.group(2)]
            if k * unit != int(plus):
                bad(f"{where}: phrase {phrase!r} does not match +{plus}d")
        elif ("day after" in pl or "morning after" in pl) and int(plus) != 1:
            bad(f"{where}: phrase {phrase!r} does not match +{plus}d")
    else:
        got = resolve_unanchored(phrase, base)
        if got is None:
            bad(f"{where}: cannot resolve phrase {phrase!r}")
            return stated
    if got != stated:
        bad(f"{where}: {phrase!r} resolves to {got[0]}..{got[1]}, notes say {stated[0]}..{stated[1]}")
    return got

# ---------------------------------------------------------------- absolute dates in text
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"

def month_num(tok):
    t = tok.lower().rstrip(".")
    return MONTHS.get(t) or ABBR[t]

def absolute_dates(text, base):
    spans, used = [], []
    def take(m, span):
        if any(m.start() < e and s < m.end() for s, e in used):
            return
        used.append((m.start(), m.end()))
        spans.append((m.group(0), span))
    for m in re.finditer(r"\b(\d{1,2}) " + MON + r" (\d{4})\b", text):
        x = dt.date(int(m.group(3)), month_num(m.group(2)), int(m.group(1)))
        take(m, (x, x))
    for m in re.finditer(MON + r" (\d{1,2}),? (\d{4})\b", text):
        x = dt.date(int(m.group(3)), month_num(m.group(1)), int(m.group(2)))
        take(m, (x, x))
    for m in re.finditer(r"(New Year's Eve|Christmas Day) (\d{4})", text):
        x = dt.date(int(m.group(2)), 12, 31 if m.group(1).startswith("New") else 25)
        take(m, (x, x))
    for m in re.finditer(MON + r" (\d{1,2})\b(?!,? \d{4})", text):
        x = dt.date(base.year, month_num(m.group(1)), int(m.group(2)))
        take(m, (x, x))
    for m in re.finditer(MON + r" (\d{4})\b", text):
        take(m, month_span(int(m.group(2)), month_num(m.group(1))))
    for m in re.finditer(r"\bin (\d{4})\b", text):
        y = int(m.group(1))
        take(m, (dt.date(y, 1, 1), dt.date(y, 12, 31)))
    return spans

# dates written in a claim that refer to something other than its own fact (by design)
OTHER_DATE_OK = {
    "set in Cambridge in 2019": "previous record's year",
}

# ---------------------------------------------------------------- claims
claims = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"claims.jsonl line {n}: {e}")
            continue
        if list(obj.keys()) != CLAIM_KEYS:
            bad(f"claims.jsonl line {n}: keys {list(obj.keys())}")
        claims.append(obj)

ids = [c["id"] for c in claims]
if ids != [f"c{i:03d}" for i in range(1, len(claims) + 1)]:
    bad("claim ids are not c001..cNNN in order")
if not 200 <= len(claims) <= 230:
    bad(f"{len(claims)} claims (want 200-230)")
if len(set(c["text"] for c in claims)) != len(claims):
    bad("duplicate claim texts")

for c in claims:
    cid, v, fid, wf = c["id"], c["expected_verdict"], c["fact_id"], c["wrong_field"]
    try:
        base = dt.date.fromisoformat(c["article_date"])
    except (TypeError, ValueError):
        bad(f"{cid}: bad article_date {c['article_date']!r}")
        continue
    if v not in VERDICTS:
        bad(f"{cid}: verdict {v!r}")
        continue
    if fid is not None and fid not in facts:
        bad(f"{cid}: unknown fact_id {fid}")
        continue
    if v in ("supported", "contradicted", "misleading") and fid is None:
        bad(f"{cid}: {v} needs a fact_id")
    if v in ("contradicted", "misleading"):
        if wf not in FIELDS:
            bad(f"{cid}: {v} needs wrong_field in {FIELDS}, got {wf!r}")
    elif wf is not None:
        bad(f"{cid}: {v} must have wrong_field null")
    if v == "not_checkable" and fid is not None:
        bad(f"{cid}: not_checkable should have fact_id null")
    if not c["text"].strip() or not isinstance(c["notes"], str):
        bad(f"{cid}: empty text or non-string notes")

    # gather date evidence
    rels = [check_rel(cid, c["text"], base, m) for m in REL_RE.finditer(c["notes"])]
    if "REL" in c["notes"] and not rels:
        bad(f"{cid}: malformed REL annotation")
    abss = []
    for s, span in absolute_dates(c["text"], base):
        if any(k in c["text"] and s in k for k in OTHER_DATE_OK):
            continue
        abss.append((s, span))
    # unannotated relative words must not slip through
    low = c["text"].lower().replace("black saturday", "")   # event name, not a weekday
    for w in WEEKDAYS + ["yesterday", "last week", "last month", "earlier this month"]:
        if re.search(r"\b" + w + r"\b", low) and not any(
                w in m.group(1).lower() for m in REL_RE.finditer(c["notes"])):
            bad(f"{cid}: relative expression {w!r} not resolved by a REL note")
    if fid is None or v in ("unverifiable", "not_checkable"):
        continue
    fs = fact_span(fid)
    ev = [("REL", r) for r in rels] + abss
    if v == "supported" or wf != "date":
        for s, span in ev:
            if not overlaps(span, fs):
                bad(f"{cid}: date {s!r} -> {span[0]}..{span[1]} disagrees with {fid} {fs[0]} ({v}/{wf})")
    else:  # wrong_field == date
        if not ev:
            bad(f"{cid}: date error claimed but no date found in text")
        elif all(overlaps(span, fs) for s, span in ev):
            bad(f"{cid}: wrong_field=date but every date agrees with {fid}")

# ---------------------------------------------------------------- articles
adir = os.path.join(HERE, "articles")
published = {}
texts = {}
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".md"):
        continue
    raw = open(os.path.join(adir, fn), encoding="utf-8").read()
    m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n", raw)
    if not m:
        bad(f"{fn}: bad front matter")
        continue
    published[fn] = dt.date.fromisoformat(m.group(2))
    texts[fn] = raw[m.end():]
if len(texts) != 3:
    bad(f"{len(texts)} articles (want 3)")

EXP_COLS = ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]
per_article = {}
with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != EXP_COLS:
        bad(f"expected.csv columns {rd.fieldnames}")
    for n, row in enumerate(rd, 2):
        art, frag, v, fid, wf = (row[k] for k in EXP_COLS[:5])
        where = f"expected.csv line {n}"
        per_article[art] = per_article.get(art, 0) + 1
        if art not in texts:
            bad(f"{where}: unknown article {art}")
            continue
        cnt = texts[art].count(frag)
        if cnt != 1:
            bad(f"{where}: fragment occurs {cnt} times: {frag!r}")
        if v not in VERDICTS:
            bad(f"{where}: verdict {v!r}")
        if fid and fid not in facts:
            bad(f"{where}: unknown fact {fid}")
        if v in ("supported", "contradicted", "misleading") and not fid:
            bad(f"{where}: {v} needs fact_id")
        if v in ("contradicted", "misleading"):
            if wf not in FIELDS:
                bad(f"{where}: needs wrong_field")
        elif wf:
            bad(f"{where}: {v} must have empty wrong_field")
        # relative date in notes: 'phrase' -> YYYY-MM-DD (anchor <id> +Nd)
        for rm in re.finditer(r"'([^']+)' -> (\d{4}-\d{2}-\d{2})(?: \(anchor ([a-z0-9-]+) \+(\d+)d\))?", row["notes"]):
            phrase, d, anchor, plus = rm.groups()
            fake = re.match(REL_RE, f"REL '{phrase}' -> {d}" + (f" [anchor={anchor} +{plus}d]" if anchor else ""))
            got = check_rel(where, frag, published[art], fake)
            if fid and v in ("supported",) or (v == "contradicted" and wf != "date"):
                if not overlaps(got, fact_span(fid)):
                    bad(f"{where}: relative date {got[0]} disagrees with {fid}")
            if v == "contradicted" and wf == "date" and overlaps(got, fact_span(fid)):
                bad(f"{where}: wrong_field=date but relative date agrees with {fid}")
        for s, span in absolute_dates(frag, published[art]):
            if fid and v != "unverifiable":
                agree = overlaps(span, fact_span(fid))
                if (wf == "date") == agree:
                    bad(f"{where}: date {s!r} vs {fid} inconsistent with label {v}/{wf}")
for art, k in per_article.items():
    if k != 8:
        bad(f"{art}: {k} fragments (want 8)")

if not os.path.exists(os.path.join(HERE, "README.md")):
    bad("README.md missing")

if problems:
    print("\n".join(problems))
    print(f"FAILED: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(facts)} facts, {len(claims)} claims, {len(texts)} articles, "
      f"{sum(per_article.values())} fragments")
