#!/usr/bin/env python3
"""Self-check for probe31. Prints OK when every check passes, else lists problems and exits 1.

Checks
  * facts.csv: exact header, unique slug ids, ISO dates, integer deaths/injuries, numeric extra
    columns, a source URL on every row, a note on every row whose deaths cell is empty but whose
    event kills people (disaster/attack rows).
  * claims.jsonl: exact keys, ids c001.. in order, verdict / wrong_field / fact_id consistency.
  * dates: every date expression in a claim (absolute, weekday, 'yesterday', 'last week',
    'last month', 'earlier this month', 'last year', 'N days after <event>', 'the day after')
    is resolved with datetime against article_date (or against an anchor fact) and compared
    with the fact's date at the precision the claim uses. Supported / misleading-not-on-date /
    unverifiable-with-fact / contradicted-on-another-field claims must agree on every date;
    wrong_field == 'date' claims must disagree on at least one. A guard rejects relative
    phrases the resolver does not understand ('ago', 'next week', 'months later', ...).
  * articles: front matter shape, 8 fragments per article, each occurring verbatim exactly once,
    same verdict and date rules with the article's published date as reference.
Run with -v to print every resolved date.
"""
import calendar
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv

BASE_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country", "actors",
             "aliases", "deaths", "injuries", "source", "notes"]
EXTRA_COLS = ["people_on_board", "miners_trapped", "evacuated", "people_affected", "systems_affected",
              "workers_on_strike", "turnout_percent", "winning_percent", "winning_votes",
              "sentence_years", "ban_months", "attendance"]
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}

# Anchored relative expressions: key -> list of anchor fact ids, consumed in order of appearance.
ANCHORS = {
    "c014": ["east-palestine-2023-derailment"],   # Three days after the derailment
    "c029": ["copiapo-2010-collapse"],            # Seventeen days after the collapse
    "c032": ["copiapo-2010-collapse"],            # 17 days after the collapse
    "c033": ["copiapo-2010-collapse"],            # 69 days after the mine caved in
    "c151": ["colonial-2021-ransomware"],         # Five days after the attack
    "c191": ["tempi-2023-collision"],             # the day after the Tempi crash
}
# Date expressions that refer to a different fact than the claim's fact_id.
OVERRIDES = {
    "c087": {"November 2015": "paris-2015-attacks"},
    "c123": {"July 2020": "perseverance-2020-launch"},
    "c130": {"April 2021": "chauvin-2021-conviction"},
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ date resolver
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
        "Oct": 10, "Nov": 11, "Dec": 12}
MON = r"(" + "|".join(MONTHS) + r"|(?:" + "|".join(sorted(ABBR, key=len, reverse=True)) + r")(?:\.|\b))"
WEEKDAYS = {d: i for i, d in enumerate(calendar.day_name)}
NUMWORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
            "nineteen": 19, "twenty": 20}
NUM = r"(\d+|" + "|".join(NUMWORDS) + r")"


def month_no(tok):
    tok = tok.rstrip(".")
    return MONTHS.get(tok) or ABBR[tok]


def infer_year(month, day, ref):
    d = dt.date(ref.year, month, day)
    return d if d <= ref else dt.date(ref.year - 1, month, day)


def month_range(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


PATTERNS = [
    # (regex, kind)
    (r"\b(\d{1,2}) " + MON + r",? (\d{4})\b", "dmy"),
    (r"\b" + MON + r" (\d{1,2}),? (\d{4})\b", "mdy"),
    (r"\b" + MON + r" (\d{4})\b", "my"),
    (r"\b(\d{1,2}) " + MON, "dm"),
    (r"\b" + MON + r" (\d{1,2})\b", "md"),
    (r"\b" + NUM + r" (days?|weeks?) (after|later|before|earlier)\b", "anchored"),
    (r"\bthe (day|week) (after|before)\b", "anchored1"),
    (r"\bthe (?:following|next) day\b", "anchored_next"),
    (r"\byesterday\b", "yesterday"),
    (r"\blast week\b", "lastweek"),
    (r"\blast month\b", "lastmonth"),
    (r"\bearlier this month\b", "thismonth"),
    (r"\blast year\b", "lastyear"),
    (r"\b(?:earlier )?this year\b", "thisyear"),
    (r"\b(?:last )?(" + "|".join(WEEKDAYS) + r")(?:'s)?\b", "weekday"),
    (r"\b(19\d{2}|20\d{2})\b", "year"),
]
GUARD = re.compile(r"\b(ago|tomorrow|tonight|this week|next (?:week|month|year)|"
                   r"(?:months?|years?) (?:later|after|before|earlier))\b", re.I)


def resolve(text, ref, key, facts):
    """Return [(expr, lo, hi, kind)] for every date expression in text."""
    taken = []
    out = []
    anchors = list(ANCHORS.get(key, []))
    hits = []
    for rx, kind in PATTERNS:
        flags = re.I if kind.startswith("anchored") else 0
        for m in re.finditer(rx, text, flags):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append((m.start(), m, kind))
    hits.sort(key=lambda h: h[0])
    for _, m, kind in hits:
        g = m.groups()
        expr = m.group(0)
        if kind == "dmy":
            d = dt.date(int(g[2]), month_no(g[1]), int(g[0])); lo = hi = d
        elif kind == "mdy":
            d = dt.date(int(g[2]), month_no(g[0]), int(g[1])); lo = hi = d
        elif kind == "my":
            lo, hi = month_range(int(g[1]), month_no(g[0]))
        elif kind == "dm":
            lo = hi = infer_year(month_no(g[1]), int(g[0]), ref)
        elif kind == "md":
            lo = hi = infer_year(month_no(g[0]), int(g[1]), ref)
        elif kind.startswith("anchored"):
            if not anchors:
                err("%s: anchored expression %r has no anchor in ANCHORS" % (key, expr))
                continue
            aid = anchors.pop(0)
            if aid not in facts:
                err("%s: anchor %s not a fact" % (key, aid))
                continue
            base = dt.date.fromisoformat(facts[aid]["date"])
            if kind == "anchored":
                n = int(g[0]) if g[0].isdigit() else NUMWORDS[g[0].lower()]
                days = n * (7 if g[1].lower().startswith("week") else 1)
                sign = 1 if g[2].lower() in ("after", "later") else -1
            elif kind == "anchored1":
                days = 7 if g[0].lower() == "week" else 1
                sign = 1 if g[1].lower() == "after" else -1
            else:
                days, sign = 1, 1
            lo = hi = base + dt.timedelta(days=sign * days)
            expr = "%s [anchor %s %s]" % (expr, aid, base.isoformat())
        elif kind == "yesterday":
            lo = hi = ref - dt.timedelta(days=1)
        elif kind == "lastweek":
            monday = ref - dt.timedelta(days=ref.weekday())
            lo, hi = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif kind == "lastmonth":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            lo, hi = month_range(y, mo)
        elif kind == "thismonth":
            lo, hi = dt.date(ref.year, ref.month, 1), ref - dt.timedelta(days=1)
        elif kind == "lastyear":
            lo, hi = dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31)
        elif kind == "thisyear":
            lo, hi = dt.date(ref.year, 1, 1), ref
        elif kind == "weekday":
            wd = WEEKDAYS[g[0]]
            delta = (ref.weekday() - wd) % 7 or 7      # most recent such day BEFORE the reference
            lo = hi = ref - dt.timedelta(days=delta)
        elif kind == "year":
            lo, hi = dt.date(int(g[0]), 1, 1), dt.date(int(g[0]), 12, 31)
        out.append((m.group(0), expr, lo, hi, kind))
    if anchors:
        err("%s: unused anchors %s" % (key, anchors))
    gm = GUARD.search(text)
    if gm:
        err("%s: unresolvable relative phrase %r" % (key, gm.group(0)))
    return out


def check_dates(key, text, ref, verdict, fact_id, wrong_field, facts):
    if verdict == "not_checkable":
        return 0
    res = resolve(text, ref, key, facts)
    if VERBOSE:
        for raw, expr, lo, hi, kind in res:
            print("  %s %-40s -> %s..%s (%s)" % (key, expr, lo, hi, kind))
    if not fact_id:
        return len(res)
    over = OVERRIDES.get(key, {})
    own_disagree = 0
    for raw, expr, lo, hi, kind in res:
        target = over.get(raw, fact_id)
        fd = dt.date.fromisoformat(facts[target]["date"])
        agree = lo <= fd <= hi
        if target != fact_id or wrong_field != "date":
            if not agree:
                err("%s: date %r -> %s..%s disagrees with %s (%s) but label does not say date"
                    % (key, expr, lo, hi, target, fd))
        elif not agree:
            own_disagree += 1
    if wrong_field == "date" and own_disagree == 0:
        err("%s: labelled wrong date but every date agrees with %s (found %d expressions)"
            % (key, fact_id, len(res)))
    for raw in over:
        if raw not in [r[0] for r in res]:
            err("%s: override expression %r not found" % (key, raw))
    return len(res)


def check_label(key, verdict, fact_id, wrong_field, facts):
    if verdict not in VERDICTS:
        err("%s: bad verdict %r" % (key, verdict)); return
    if verdict in ("supported", "contradicted", "misleading"):
        if fact_id not in facts:
            err("%s: %s needs an existing fact_id, got %r" % (key, verdict, fact_id))
    if verdict == "supported" and wrong_field:
        err("%s: supported with wrong_field" % key)
    if verdict in ("contradicted", "misleading") and wrong_field not in FIELDS:
        err("%s: %s needs wrong_field in %s" % (key, verdict, sorted(FIELDS)))
    if verdict == "unverifiable":
        if wrong_field:
            err("%s: unverifiable with wrong_field" % key)
        if fact_id and fact_id not in facts:
            err("%s: unknown fact_id %r" % (key, fact_id))
    if verdict == "not_checkable" and (fact_id or wrong_field):
        err("%s: not_checkable must have no fact_id / wrong_field" % key)


def main():
    # ---------------- facts
    with open(os.path.join(HERE, "facts.csv"), newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != BASE_COLS + EXTRA_COLS:
            err("facts.csv header mismatch: %s" % rd.fieldnames)
        frows = list(rd)
    facts = {}
    for r in frows:
        i = r["id"]
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i):
            err("fact id not a slug: %r" % i)
        if i in facts:
            err("duplicate fact id %s" % i)
        facts[i] = r
        for c in ("statement", "date", "date_precision", "event_type", "location", "country", "actors",
                  "aliases", "source"):
            if not r[c].strip():
                err("%s: empty %s" % (i, c))
        try:
            dt.date.fromisoformat(r["date"])
        except ValueError:
            err("%s: bad date %r" % (i, r["date"]))
        if r["date_precision"] != "day":
            err("%s: unexpected precision %r" % (i, r["date_precision"]))
        if not all(u.strip().startswith("http") for u in r["source"].split(" ; ")):
            err("%s: source must be URLs separated by ' ; '" % i)
        for c in ("deaths", "injuries"):
            if r[c] and not re.fullmatch(r"\d+", r[c]):
                err("%s: %s not an integer: %r" % (i, c, r[c]))
        for c in EXTRA_COLS:
            if r[c]:
                try:
                    float(r[c])
                except ValueError:
                    err("%s: %s not numeric: %r" % (i, c, r[c]))
        lethal = re.search(r"disaster|collision|derail|crash|collapse|explosion|fire|attack|bombing|"
                           r"shooting|leak|flood|failure", r["event_type"])
        if lethal and not r["deaths"] and "empty" not in r["notes"].lower() and "not applicable" not in r["notes"].lower():
            if r["event_type"] not in ("rocket test flight failure",):
                err("%s: deaths empty without a note saying why" % i)

    # ---------------- claims
    claims = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            d = json.loads(line)
            if list(d.keys()) != CLAIM_KEYS:
                err("line %d: keys %s" % (n, list(d.keys())))
            if d.get("id") != "c%03d" % n:
                err("line %d: id %r out of sequence" % (n, d.get("id")))
            claims.append(d)
    ids = [c["id"] for c in claims]
    if len(set(ids)) != len(ids):
        err("duplicate claim ids")
    texts = [c["text"] for c in claims]
    if len(set(texts)) != len(texts):
        err("duplicate claim texts")
    ndates = 0
    for c in claims:
        try:
            ref = dt.date.fromisoformat(c["article_date"])
        except ValueError:
            err("%s: bad article_date" % c["id"]); continue
        check_label(c["id"], c["expected_verdict"], c["fact_id"], c["wrong_field"], facts)
        if c["fact_id"] in facts and c["expected_verdict"] != "not_checkable":
            if dt.date.fromisoformat(facts[c["fact_id"]]["date"]) > ref:
                err("%s: article_date before the event" % c["id"])
        ndates += check_dates(c["id"], c["text"], ref, c["expected_verdict"], c["fact_id"],
                              c["wrong_field"], facts)
    for k in list(ANCHORS) + list(OVERRIDES):
        if k.startswith("c") and k not in ids:
            err("ANCHORS/OVERRIDES key %s is not a claim" % k)

    # ---------------- articles
    adir = os.path.join(HERE, "articles")
    with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
            err("expected.csv header mismatch: %s" % rd.fieldnames)
        erows = list(rd)
    md = sorted(f for f in os.listdir(adir) if f.endswith(".md"))
    per = {}
    for n, r in enumerate(erows, 2):
        per.setdefault(r["article"], []).append(r)
        path = os.path.join(adir, r["article"])
        if not os.path.exists(path):
            err("expected.csv line %d: no article %s" % (n, r["article"])); continue
        raw = open(path, encoding="utf-8").read()
        lines = raw.split("\n")
        if not (lines[0] == "---" and lines[1].startswith("title: ") and lines[2].startswith("published: ")
                and lines[3].startswith("source: ") and lines[4] == "---"):
            err("%s: front matter shape" % r["article"])
        pub = dt.date.fromisoformat(lines[2][len("published: "):].strip())
        body = "\n".join(lines[5:])
        cnt = body.count(r["fragment"])
        if cnt != 1:
            err("%s: fragment occurs %d times: %r" % (r["article"], cnt, r["fragment"][:60]))
        key = "%s#%d" % (r["article"], n)
        fid = r["fact_id"] or None
        wf = r["wrong_field"] or None
        check_label(key, r["expected_verdict"], fid, wf, facts)
        ndates += check_dates(key, r["fragment"], pub, r["expected_verdict"], fid, wf, facts)
    if sorted(per) != md:
        err("articles in expected.csv %s != files %s" % (sorted(per), md))
    for a, rs in per.items():
        if len(rs) != 8:
            err("%s: %d fragments (want 8)" % (a, len(rs)))

    from collections import Counter
    print("facts %d | claims %d %s | fragments %d %s | date expressions resolved %d"
          % (len(facts), len(claims), dict(Counter(c["expected_verdict"] for c in claims)),
             len(erows), dict(Counter(r["expected_verdict"] for r in erows)), ndates))
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
