#!/usr/bin/env python3
"""Validate probe23: schema, ids, dates vs precision, verdict/wrong_field/fact_id
consistency, article fragments, and relative/absolute dates against facts.csv.

Prints OK (plus a summary) when everything passes; otherwise lists problems and
exits with status 1.  Uses only the standard library.
"""
import calendar
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


BASE_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
             "actors", "aliases", "deaths", "injuries", "source"]
EXTRA_NUMERIC = ["evacuated", "trapped", "missing", "temp_c", "rate_change_bp",
                 "amount_usd_m", "amount_eur_m", "votes_pct", "devices_affected"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}

# ----------------------------------------------------------------------------- dates


def month_range(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def fact_range(f):
    d, p = f["date"], f["date_precision"]
    if p == "day":
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        y, m = map(int, d.split("-"))
        return month_range(y, m)
    if p == "year":
        y = int(d)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    raise ValueError(p)


def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def resolve_rel(spec, ref, facts):
    """Resolve a relative-date spec against reference date `ref` (article date)."""
    kind, _, arg = spec.partition(":")
    if kind == "weekday":
        target = WEEKDAYS.index(arg)
        back = (ref.weekday() - target) % 7 or 7      # strictly before the article date
        d = ref - dt.timedelta(days=back)
        return d, d
    if kind == "yesterday":
        d = ref - dt.timedelta(days=1)
        return d, d
    if kind == "days_ago":
        d = ref - dt.timedelta(days=int(arg))
        return d, d
    if kind == "last_week":
        monday = ref - dt.timedelta(days=ref.weekday())
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if kind == "last_month":
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return month_range(y, m)
    if kind == "this_month":
        return dt.date(ref.year, ref.month, 1), ref - dt.timedelta(days=1)
    if kind == "last_year":
        return dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31)
    if kind in ("after", "before"):
        fid, n = arg.rsplit(":", 1)
        if fid not in facts:
            raise KeyError("anchor fact %s not in facts.csv" % fid)
        lo, hi = fact_range(facts[fid])
        delta = dt.timedelta(days=int(n)) * (1 if kind == "after" else -1)
        return lo + delta, hi + delta
    raise ValueError("unknown rel spec %r" % spec)


REL_RE = re.compile(r'rel:"((?:[^"\\]|\\.)*)"=([a-z_]+(?::[A-Za-z0-9:_-]+)?)(?:@([a-z0-9-]+))?')

MON = "(" + "|".join(MONTHS) + ")"
ABS_PATTERNS = [  # (regex, builder(match, ref_year) -> range)
    (re.compile(r"\b(\d{1,2}) " + MON + r" (\d{4})\b"),
     lambda m, y: (lambda d: (d, d))(dt.date(int(m[3]), MONTHS[m[2]], int(m[1])))),
    (re.compile(MON + r" (\d{1,2}), (\d{4})\b"),
     lambda m, y: (lambda d: (d, d))(dt.date(int(m[3]), MONTHS[m[1]], int(m[2])))),
    (re.compile(r"\b(\d{1,2}) " + MON + r"\b(?!,? \d{4})"),
     lambda m, y: (lambda d: (d, d))(dt.date(y, MONTHS[m[2]], int(m[1])))),
    (re.compile(MON + r" (\d{1,2})\b(?!,? \d{4})(?!\d)"),
     lambda m, y: (lambda d: (d, d))(dt.date(y, MONTHS[m[1]], int(m[2])))),
    (re.compile(r"(?<!\d )" + MON + r" (\d{4})\b"),
     lambda m, y: month_range(int(m[2]), MONTHS[m[1]])),
    (re.compile(r"\b(?:in|the|of) (\d{4})\b(?! (?:people|miners|workers|structures))"),
     lambda m, y: (dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31))),
]


def absolute_dates(text, ref_year):
    """Explicit calendar dates in text, most specific pattern first, non-overlapping."""
    found, used = [], []
    for rx, build in ABS_PATTERNS:
        for m in rx.finditer(text):
            span = m.span()
            if any(s < span[1] and span[0] < e for s, e in used):
                continue
            used.append(span)
            found.append((m.group(0), build(m, ref_year)))
    return found


# "Good Friday" is part of an event name, not a relative weekday.
RELATIVE_WORDS = re.compile(
    r"(?<!Good )\b(" + "|".join(WEEKDAYS) + r")('s)?\b|\byesterday\b|\blast (week|month|year)\b|"
    r"\bearlier this month\b|\b\w+ days? (after|later|before|earlier)\b|\bthe next day\b|\bdays? ago\b",
    re.IGNORECASE)


def check_dates(label, text, ref, notes, verdict, fid, wf, facts):
    """Relative + absolute date checks for one graded sentence/fragment."""
    if not fid:
        return
    own = fact_range(facts[fid])
    mismatch_own = 0
    rel_spans = []
    for m in REL_RE.finditer(notes or ""):
        phrase = m.group(1).replace("\\'", "'").replace('\\"', '"')
        spec, target = m.group(2), m.group(3) or fid
        pos = text.find(phrase)
        if pos < 0:
            err("%s: rel phrase %r not found in text" % (label, phrase))
            continue
        rel_spans.append((pos, pos + len(phrase)))
        if target not in facts:
            err("%s: rel target %s not in facts" % (label, target))
            continue
        try:
            rng = resolve_rel(spec, ref, facts)
        except Exception as e:  # noqa: BLE001
            err("%s: cannot resolve %r: %s" % (label, spec, e))
            continue
        tr = fact_range(facts[target])
        ok = overlaps(rng, tr)
        if target == fid and wf == "date":
            if not ok:
                mismatch_own += 1
        elif not ok:
            err("%s: %r resolves to %s..%s but %s is dated %s" % (label, phrase, rng[0], rng[1], target,
                                                               facts[target]["date"]))
        # the note also states the expected resolution after '->'; verify it if it is a day
        tail = (notes or "")[m.end():].split(";")[0]
        mm = re.match(r"\s*->\s*(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?", tail)
        if mm:
            lo = dt.date.fromisoformat(mm.group(1))
            hi = dt.date.fromisoformat(mm.group(2)) if mm.group(2) else lo
            if (lo, hi) != rng:
                err("%s: note says %r -> %s..%s but datetime gives %s..%s" % (label, phrase, lo, hi, rng[0], rng[1]))
    # every relative expression in the text must be covered by a rel token
    for m in RELATIVE_WORDS.finditer(text):
        if not any(s <= m.start() and m.end() <= e for s, e in rel_spans):
            err("%s: relative expression %r has no rel: token" % (label, m.group(0)))
    if "[nodate]" not in (notes or ""):
        for s, rng in absolute_dates(text, ref.year):
            ok = overlaps(rng, own)
            if wf == "date":
                if not ok:
                    mismatch_own += 1
            elif not ok:
                err("%s: explicit date %r (%s..%s) disagrees with %s (%s) but wrong_field is %s"
                    % (label, s, rng[0], rng[1], fid, facts[fid]["date"], wf))
    if wf == "date" and mismatch_own == 0:
        err("%s: wrong_field=date but no stated date disagrees with %s" % (label, fid))


def check_consistency(label, verdict, fid, wf, facts):
    if verdict not in VERDICTS:
        err("%s: bad verdict %r" % (label, verdict))
    if verdict in ("supported", "contradicted", "misleading"):
        if not fid or fid not in facts:
            err("%s: %s needs an existing fact_id (got %r)" % (label, verdict, fid))
    else:
        if fid:
            err("%s: %s must have no fact_id" % (label, verdict))
    if verdict in ("contradicted", "misleading"):
        if wf not in FIELDS:
            err("%s: %s needs wrong_field in %s (got %r)" % (label, verdict, sorted(FIELDS), wf))
    elif wf:
        err("%s: %s must have no wrong_field" % (label, verdict))
    if wf == "count" and fid in facts:
        f = facts[fid]
        if not any(f[c] for c in ["deaths", "injuries"] + EXTRA_NUMERIC):
            err("%s: wrong_field=count but %s has no numeric cell" % (label, fid))


# ----------------------------------------------------------------------------- facts


def load_facts():
    path = os.path.join(ROOT, "facts.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        cols = rd.fieldnames
        rows = list(rd)
    if cols[:len(BASE_COLS)] != BASE_COLS:
        err("facts.csv: first columns must be %s" % BASE_COLS)
    if "notes" not in cols:
        err("facts.csv: missing notes column")
    for c in cols:
        if c not in BASE_COLS + EXTRA_NUMERIC + ["notes"]:
            err("facts.csv: unexpected column %s" % c)
    facts = {}
    for r in rows:
        fid = r["id"]
        lab = "facts.csv[%s]" % fid
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fid):
            err("%s: bad id" % lab)
        if fid in facts:
            err("%s: duplicate id" % lab)
        facts[fid] = r
        p, d = r["date_precision"], r["date"]
        pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(p)
        if not pat or not re.fullmatch(pat, d):
            err("%s: date %r does not fit precision %r" % (lab, d, p))
        else:
            try:
                lo, _ = fact_range(r)
                if not (dt.date(1980, 1, 1) <= lo <= dt.date(2024, 12, 31)):
                    err("%s: date outside 1980-2024" % lab)
            except ValueError as e:
                err("%s: invalid date %r (%s)" % (lab, d, e))
            # the statement should name the same year
            if d[:4] not in r["statement"]:
                err("%s: statement does not mention year %s" % (lab, d[:4]))
        for c in ("statement", "event_type", "location", "country", "actors", "aliases", "source"):
            if not r[c].strip():
                err("%s: empty %s" % (lab, c))
        if not all(u.strip().startswith("http") for u in r["source"].split(" ; ")):
            err("%s: source must be URLs separated by ' ; '" % lab)
        for c in ("deaths", "injuries") + tuple(x for x in EXTRA_NUMERIC if x in r):
            v = r[c]
            if v == "":
                continue
            if c in ("deaths", "injuries", "evacuated", "trapped", "missing", "devices_affected"):
                if not re.fullmatch(r"\d+", v):
                    err("%s: %s must be a non-negative integer or empty (got %r)" % (lab, c, v))
            elif not re.fullmatch(r"-?\d+(\.\d+)?", v):
                err("%s: %s must be numeric or empty (got %r)" % (lab, c, v))
    return facts, rows


# ----------------------------------------------------------------------------- claims


def check_claims(facts):
    path = os.path.join(ROOT, "claims.jsonl")
    seen = set()
    verdicts = Counter()
    fields = Counter()
    keys = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                err("claims.jsonl line %d: bad JSON (%s)" % (n, e))
                continue
            lab = "claim %s" % c.get("id")
            if list(c) != keys:
                err("%s: keys must be %s" % (lab, keys))
                continue
            if not re.fullmatch(r"c\d{3}", c["id"]) or c["id"] in seen:
                err("%s: bad or duplicate id" % lab)
            seen.add(c["id"])
            try:
                ref = dt.date.fromisoformat(c["article_date"])
            except ValueError:
                err("%s: bad article_date" % lab)
                continue
            v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
            verdicts[v] += 1
            if wf:
                fields[wf] += 1
            check_consistency(lab, v, fid, wf, facts)
            if fid in facts:
                if ref < fact_range(facts[fid])[0]:
                    err("%s: article_date %s precedes the event (%s)" % (lab, ref, facts[fid]["date"]))
                check_dates(lab, c["text"], ref, c["notes"], v, fid, wf, facts)
    return verdicts, fields


# ----------------------------------------------------------------------------- articles


def check_articles(facts):
    adir = os.path.join(ROOT, "articles")
    bodies = {}
    for name in sorted(os.listdir(adir)):
        if not name.endswith(".md"):
            continue
        raw = open(os.path.join(adir, name), encoding="utf-8").read()
        m = re.match(r"---\ntitle: (.+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n---\n(.*)\Z", raw, re.S)
        if not m:
            err("%s: bad front matter" % name)
            continue
        bodies[name] = (dt.date.fromisoformat(m.group(2)), m.group(4))
    if len(bodies) != 3:
        err("articles: expected 3 .md files, found %d" % len(bodies))
    per_article = Counter()
    planted = Counter()
    verdicts = Counter()
    with open(os.path.join(adir, "expected.csv"), newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]:
            err("expected.csv: bad header %s" % rd.fieldnames)
        for i, r in enumerate(rd, 2):
            lab = "expected.csv line %d" % i
            name = r["article"]
            if name not in bodies:
                err("%s: unknown article %s" % (lab, name))
                continue
            pub, body = bodies[name]
            cnt = body.count(r["fragment"])
            if cnt != 1:
                err("%s: fragment occurs %d times in %s" % (lab, cnt, name))
            per_article[name] += 1
            v, fid, wf = r["expected_verdict"], r["fact_id"] or None, r["wrong_field"] or None
            verdicts[v] += 1
            if v == "contradicted":
                planted[name] += 1
            check_consistency(lab, v, fid, wf, facts)
            if fid in facts:
                check_dates(lab, r["fragment"], pub, r["notes"], v, fid, wf, facts)
    for name in bodies:
        if not 6 <= per_article[name] <= 9:
            err("%s: %d fragments (want 6-9)" % (name, per_article[name]))
        if not 2 <= planted[name] <= 3:
            err("%s: %d planted errors (want 2-3)" % (name, planted[name]))
    return verdicts, sum(per_article.values())


def main():
    facts, rows = load_facts()
    if not 65 <= len(rows) <= 75:
        err("facts.csv: %d rows (want 65-75)" % len(rows))
    verdicts, fields = check_claims(facts)
    total = sum(verdicts.values())
    if not 180 <= total <= 240:
        err("claims.jsonl: %d claims (want 180-240)" % total)
    aver, nfrag = check_articles(facts)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("facts: %d rows" % len(rows))
    print("claims: %d  " % total + "  ".join("%s %d (%.1f%%)" % (k, verdicts[k], 100.0 * verdicts[k] / total)
                                            for k in ["supported", "contradicted", "misleading",
                                                      "unverifiable", "not_checkable"]))
    print("wrong_field: " + ", ".join("%s %d" % kv for kv in fields.most_common()))
    print("article fragments: %d  " % nfrag + ", ".join("%s %d" % kv for kv in sorted(aver.items())))
    print("OK")


if __name__ == "__main__":
    main()
