"""Self-check for probe28. Prints OK or raises AssertionError with the reason."""
import csv
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET_COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
               "actors", "aliases", "deaths", "injuries", "source", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
RAW = HERE / "raw" / "mother_jones_mass_shootings_rows_1-61.csv"

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
MONTHS.update({"jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12})
MONTHS.update({"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12})
NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}


def d(s):
    return dt.date.fromisoformat(s)


def prev_weekday(name, ad):
    w = WEEKDAYS.index(name)
    k = (ad.weekday() - w) % 7 or 7
    return ad - dt.timedelta(days=k)


def thanksgiving(y):
    first = dt.date(y, 11, 1)
    first_thu = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return first_thu + dt.timedelta(days=21)


def month_year(m, ad, allow_current=True):
    if m < ad.month or (allow_current and m == ad.month):
        return ad.year
    return ad.year - 1


def resolve(expr, ad, facts, anchor=None):
    """Return a value string: YYYY-MM-DD, YYYY-MM, YYYY or A..B."""
    if anchor:
        fid, off = anchor
        return (d(facts[fid]["date"]) + dt.timedelta(days=off)).isoformat()
    e = expr.lower().replace("’", "'").strip()
    e = re.sub(r"^(on|the|in|early on)\s+", "", e)
    if e == "yesterday":
        return (ad - dt.timedelta(days=1)).isoformat()
    if e == "last week":
        mon = ad - dt.timedelta(days=ad.weekday() + 7)
        return f"{mon.isoformat()}..{(mon + dt.timedelta(days=6)).isoformat()}"
    if e == "last month":
        y, m = (ad.year, ad.month - 1) if ad.month > 1 else (ad.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    if e == "earlier this year":
        return f"{ad.year:04d}"
    if e in ("fourth of july", "independence day"):
        x = dt.date(ad.year, 7, 4)
        return (x if x <= ad else dt.date(ad.year - 1, 7, 4)).isoformat()
    m = re.fullmatch(r"valentine's day(?: (\d{4}))?", e)
    if m:
        return dt.date(int(m.group(1)) if m.group(1) else ad.year, 2, 14).isoformat()
    m = re.fullmatch(r"(\w+) days before thanksgiving", e)
    if m:
        return (thanksgiving(ad.year) - dt.timedelta(days=NUMWORDS[m.group(1)])).isoformat()
    if e in WEEKDAYS:
        return prev_weekday(e, ad).isoformat()
    m = re.fullmatch(r"last (\w+)", e)
    if m and m.group(1) in MONTHS:
        mo = MONTHS[m.group(1)]
        return f"{month_year(mo, ad, allow_current=False):04d}-{mo:02d}"
    if e in MONTHS:
        mo = MONTHS[e]
        return f"{month_year(mo, ad):04d}-{mo:02d}"
    m = re.fullmatch(r"(\d{4})", e)
    if m:
        return m.group(1)
    m = re.fullmatch(r"([a-zä.]+) (\d{4})", e)
    if m and m.group(1) in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    # optional weekday prefix, then Month D[, YYYY]
    m = re.fullmatch(r"(?:(\w+), )?([a-z.]+) (\d{1,2})(?:, (\d{4}))?", e)
    if m and m.group(2) in MONTHS:
        mo, day = MONTHS[m.group(2)], int(m.group(3))
        if m.group(4):
            x = dt.date(int(m.group(4)), mo, day)
        else:
            x = dt.date(ad.year, mo, day)
            if x > ad:
                x = dt.date(ad.year - 1, mo, day)
        if m.group(1):
            assert m.group(1) in WEEKDAYS and WEEKDAYS[x.weekday()] == m.group(1), (expr, x)
        return x.isoformat()
    m = re.fullmatch(r"(\d{1,2})\. ([a-zä]+) (\d{4})", e)  # German: 1. Oktober 2017
    if m and m.group(2) in MONTHS:
        return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))).isoformat()
    raise AssertionError(f"cannot resolve date expression {expr!r}")


def consistent(value, fact_date):
    if ".." in value:
        a, b = value.split("..")
        return d(a) <= fact_date <= d(b)
    if len(value) == 10:
        return d(value) == fact_date
    if len(value) == 7:
        return value == fact_date.isoformat()[:7]
    return value == str(fact_date.year)


MARK = re.compile(r"(date|otherdate): '([^']+(?:'s [^']*)?)' -> (\S+?)(?: \[anchor (\S+) ([+-]\d+)\])?(?=[;,)]|$| \()")
SAME = re.compile(r"sameday: '(\w+)'")
DATEWORDS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|last month|"
                       r"january|february|march|april|june|july|august|september|october|november|december|"
                       r"jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|valentine|thanksgiving|independence day|"
                       r"fourth of july|oktober|(?:19|20)\d\d)\b", re.I)


def markers(notes):
    out = []
    for m in MARK.finditer(notes):
        kind, expr, val, aid, off = m.groups()
        out.append((kind, expr, val, (aid, int(off)) if aid else None))
    return out


def check_dates(where, text, ad, notes, verdict, fid, wf, facts):
    ms = markers(notes)
    sd = SAME.findall(notes)
    for w in sd:
        assert w in text, (where, w)
        assert WEEKDAYS[ad.weekday()] == w.lower(), (where, "sameday weekday is not the article's weekday")
    words = {x.lower() for x in DATEWORDS.findall(text)}
    if words:
        assert ms or sd, (where, "dated text without a date marker in notes", words)
    bad_event_date = False
    for kind, expr, val, anchor in ms:
        assert expr in text, (where, f"marker expression {expr!r} not in text")
        if anchor:
            assert anchor[0] in facts, (where, anchor)
        got = resolve(expr, ad, facts, anchor)
        assert got == val, (where, expr, got, val)
        if kind == "date":
            assert fid, (where, "date marker without fact")
            ok = consistent(val, d(facts[fid]["date"]))
            if verdict == "supported" or (verdict in ("contradicted", "misleading") and wf != "date"):
                assert ok, (where, f"claimed date {val} disagrees with fact date but verdict is {verdict}/{wf}")
            if not ok:
                bad_event_date = True
    if wf == "date":
        assert bad_event_date, (where, "wrong_field is date but no date marker disagrees with the fact")


def main():
    # raw provenance
    prov = (HERE / "raw" / "PROVENANCE.md").read_text(encoding="utf-8")
    sha = hashlib.sha256(RAW.read_bytes()).hexdigest()
    assert sha in prov, "raw sha256 not recorded in PROVENANCE.md"
    raw = list(csv.DictReader(RAW.open(encoding="utf-8", newline="")))
    assert len(raw) == 61

    # facts
    with (HERE / "facts.csv").open(encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        cols = rd.fieldnames
        facts_rows = list(rd)
    assert cols[:13] == DEVSET_COLS, cols[:13]
    for c in raw[0].keys():
        if c not in ("date", "location"):
            assert c in cols, c
    assert "date_as_published" in cols
    facts = {}
    for r, rr in zip(facts_rows, raw):
        assert r["id"] not in facts, r["id"]
        facts[r["id"]] = r
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) and r["date_precision"] == "day"
        assert r["deaths"] == rr["fatalities"] and r["injuries"] == rr["injured"], r["id"]
        assert r["location"] == rr["location"] and r["case"] == rr["case"] and r["date_as_published"] == rr["date"]
        mo, da, yr = (int(x) for x in rr["date"].split("/"))
        assert d(r["date"]) == dt.date(yr + 2000 if yr < 100 else yr, mo, da)
        assert int(r["total_victims"]) == int(r["deaths"]) + int(r["injuries"]), r["id"]

    # claims
    claims = [json.loads(l) for l in (HERE / "claims.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    keys = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
    ids, texts = set(), set()
    real = 0
    for c in claims:
        assert list(c.keys()) == keys, c
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["text"] not in texts, c["text"]
        texts.add(c["text"])
        v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
        assert v in VERDICTS, c
        if v in ("supported", "contradicted", "misleading"):
            assert fid in facts, c
        else:
            assert fid is None, c
        if v in ("contradicted", "misleading"):
            assert wf in FIELDS, c
        else:
            assert wf is None, c
        ad = d(c["article_date"])
        if fid:
            assert d(facts[fid]["date"]) <= ad, (c["id"], "article predates event")
        if c["notes"].startswith("real prose, verbatim from "):
            real += 1
            assert re.match(r"real prose, verbatim from https?://\S+;", c["notes"]), c["id"]
        check_dates(c["id"], c["text"], ad, c["notes"], v, fid, wf, facts)
    assert 200 <= len(claims) <= 240, len(claims)
    assert 50 <= real <= 70, real

    # articles
    exp = list(csv.DictReader((HERE / "articles" / "expected.csv").open(encoding="utf-8", newline="")))
    assert list(exp[0].keys()) == ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]
    per = {}
    for e in exp:
        per.setdefault(e["article"], []).append(e)
    assert len(per) == 3, per.keys()
    for art, rows in per.items():
        text = (HERE / "articles" / art).read_text(encoding="utf-8")
        fm = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", text)
        assert fm, art
        ad = d(fm.group(1))
        assert len(rows) == 8, (art, len(rows))
        planted = 0
        for e in rows:
            assert text.count(e["fragment"]) == 1, (art, e["fragment"])
            v, fid, wf = e["expected_verdict"], e["fact_id"] or None, e["wrong_field"] or None
            assert v in VERDICTS
            if v in ("supported", "contradicted", "misleading"):
                assert fid in facts, e
            else:
                assert fid is None, e
            if v in ("contradicted", "misleading"):
                assert wf in FIELDS, e
                planted += e["notes"].startswith("PLANTED ERROR")
            else:
                assert wf is None, e
            check_dates(f"{art}: {e['fragment'][:30]}", e["fragment"], ad, e["notes"], v, fid, wf, facts)
        assert 2 <= planted <= 3, (art, planted)
    print("OK")


if __name__ == "__main__":
    main()
