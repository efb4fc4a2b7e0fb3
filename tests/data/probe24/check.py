"""Self-check for probe24. Run: python check.py  -> prints OK or raises AssertionError.

Checks: raw file hash vs PROVENANCE.md; facts.csv schema, ids, dates vs precision,
counts; facts.csv == output of map_to_schema.py; claims.jsonl fields, ids, verdict /
wrong_field / fact_id consistency and mix; relative and explicit dates in claims and
article fragments resolved with datetime against the fact dates; articles' front
matter; expected.csv fragments occurring exactly once.
"""
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import map_to_schema  # noqa: E402

SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location",
          "country", "actors", "aliases", "deaths", "injuries", "source"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_RE = "|".join(m.capitalize() for m in MONTHS)
WD_RE = "|".join(w.capitalize() for w in WEEKDAYS)


# ---------------------------------------------------------------- date resolver
def _month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(text, art):
    """Return a list of (start, end) date intervals the text asserts, relative to art."""
    out = []
    spans = []  # explicit dates consume weekday words written next to them
    # "June 3, 2017" / "June 3" (optionally preceded by "Sunday, ")
    for m in re.finditer(rf"(?:({WD_RE}),\s+)?\b({MON_RE})\s+(\d{{1,2}})(?:,\s+(\d{{4}}))?\b", text):
        y = int(m.group(4)) if m.group(4) else art.year
        d = dt.date(y, MONTHS.index(m.group(2).lower()) + 1, int(m.group(3)))
        if m.group(1):
            assert WEEKDAYS[d.weekday()] == m.group(1).lower(), f"weekday/date mismatch: {m.group(0)}"
        out.append((d, d))
        spans.append(m.span())
    # "in April 2017" / "in May 2017"
    for m in re.finditer(rf"\bin ({MON_RE}) (\d{{4}})\b", text):
        y, mo = int(m.group(2)), MONTHS.index(m.group(1).lower()) + 1
        out.append((dt.date(y, mo, 1), _month_end(y, mo)))
        spans.append(m.span())
    # "early June"
    for m in re.finditer(rf"\bearly ({MON_RE})\b", text):
        mo = MONTHS.index(m.group(1).lower()) + 1
        out.append((dt.date(art.year, mo, 1), dt.date(art.year, mo, 10)))
        spans.append(m.span())
    # bare weekdays: most recent such day strictly before the article date
    for m in re.finditer(rf"\b({WD_RE})\b", text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if text[m.end():m.end() + 7].startswith(" (") or "Easter" in text[max(0, m.start() - 8):m.start()]:
            continue
        wd = WEEKDAYS.index(m.group(1).lower())
        back = (art.weekday() - wd) % 7 or 7
        d = art - dt.timedelta(days=back)
        out.append((d, d))
    low = text.lower()
    monday_this = art - dt.timedelta(days=art.weekday())
    if "last weekend" in low:
        sat = monday_this - dt.timedelta(days=2)
        out.append((sat, sat + dt.timedelta(days=1)))
    if re.search(r"\blast week\b", low):
        start = monday_this - dt.timedelta(days=7)
        out.append((start, start + dt.timedelta(days=6)))
    if "last month" in low:
        first = art.replace(day=1)
        prev_end = first - dt.timedelta(days=1)
        out.append((prev_end.replace(day=1), prev_end))
    if "earlier this month" in low:
        out.append((art.replace(day=1), art - dt.timedelta(days=1)))
    return out


def _d(s):
    return dt.date.fromisoformat(s)


def check_dates(label, text, art, verdict, wrong_field, fact_date, anchored=False, require=True):
    iv = resolve(text, art)
    inside = [a <= fact_date <= b for a, b in iv]
    if verdict == "supported" or (verdict in ("contradicted", "misleading") and wrong_field != "date"):
        assert all(inside), f"{label}: date {fact_date} not in {iv} for: {text}"
        if verdict == "supported" and not anchored and require:
            assert iv, f"{label}: supported claim states no resolvable date: {text}"
    elif wrong_field == "date":
        if anchored:
            return
        assert iv and not all(inside), f"{label}: date claim does not differ from {fact_date}: {text}"


# ---------------------------------------------------------------- facts
def check_facts():
    prov = (HERE / "raw" / "PROVENANCE.md").read_text(encoding="utf-8")
    raw_bytes = (HERE / "raw" / "AviationData_excerpt.csv").read_bytes()
    sha = hashlib.sha256(raw_bytes).hexdigest()
    assert sha in prov, "raw file hash not recorded in PROVENANCE.md"
    raw = pd.read_csv(io.BytesIO(raw_bytes), dtype=str, keep_default_na=False)
    assert 60 <= len(raw) <= 80, len(raw)

    text = (HERE / "facts.csv").read_text(encoding="utf-8")
    built = map_to_schema.build().to_csv(index=False)
    assert text == built, "facts.csv differs from map_to_schema.py output"

    facts = pd.read_csv(HERE / "facts.csv", dtype=str, keep_default_na=False)
    assert list(facts.columns[:12]) == SCHEMA, facts.columns[:12]
    assert facts["id"].is_unique
    assert len(facts) == len(raw)
    for _, r in facts.iterrows():
        assert re.fullmatch(r"ntsb-[a-z0-9]+", r["id"]), r["id"]
        assert r["date_precision"] == "day"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), r["date"]
        dt.date.fromisoformat(r["date"])
        assert r["date"] == r["Event.Date"]
        assert r["event_type"] in ("Accident", "Incident")
        assert r["location"] == r["Location"] and r["country"] == r["Country"]
        for col in ("deaths", "injuries"):
            assert r[col] == "" or re.fullmatch(r"\d+", r[col]), (r["id"], col, r[col])
        if r["Total.Fatal.Injuries"]:
            assert r["deaths"] == r["Total.Fatal.Injuries"]
        if r["Injury.Severity"].startswith("Fatal("):
            assert r["deaths"] == r["Injury.Severity"][6:-1]
        assert r["statement"] and r["source"].startswith("NTSB")
    return facts.set_index("id")


# ---------------------------------------------------------------- claims
def check_claims(facts):
    claims = [json.loads(line) for line in (HERE / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 170 <= len(claims) <= 230, len(claims)
    ids = [c["id"] for c in claims]
    assert len(set(ids)) == len(ids)
    assert ids == [f"c{i:03d}" for i in range(1, len(ids) + 1)]
    texts = [c["text"] for c in claims]
    assert len(set(texts)) == len(texts), "duplicate claim text"
    for c in claims:
        assert set(c) == {"id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"}, c
        v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
        assert v in VERDICTS, c
        art = _d(c["article_date"])
        if v in ("supported", "contradicted", "misleading"):
            assert fid in facts.index, c
            fact_date = _d(facts.loc[fid, "date"])
            assert fact_date <= art or (v != "supported"), c  # a supported claim cannot predate its event
        else:
            assert fid is None, c
        if v == "supported":
            assert wf is None, c
        elif v in ("contradicted", "misleading"):
            assert wf in FIELDS, c
        else:
            assert wf is None, c
        if fid:
            check_dates(c["id"], c["text"], art, v, wf, _d(facts.loc[fid, "date"]))
        assert c["notes"], c
    mix = Counter(c["expected_verdict"] for c in claims)
    share = {k: mix[k] / len(claims) for k in VERDICTS}
    assert 0.30 <= share["supported"] <= 0.40, share
    assert 0.25 <= share["contradicted"] <= 0.35, share
    assert 0.03 <= share["misleading"] <= 0.07, share
    assert 0.15 <= share["unverifiable"] <= 0.25, share
    assert 0.07 <= share["not_checkable"] <= 0.13, share
    wfs = Counter(c["wrong_field"] for c in claims if c["expected_verdict"] == "contradicted")
    assert all(wfs[f] >= 3 for f in FIELDS), wfs
    return mix, wfs


# ---------------------------------------------------------------- articles
ANCHORS = {  # fragment -> (anchor fact id, day offset): dates stated relative to another fact
    "A day earlier": ("ntsb-cen17la210", -1),
    "On the same day": ("ntsb-era17fa190", 0),
    "the same day near Delta Junction": ("ntsb-wpr17fa108", 0),
}


def check_articles(facts):
    rows = list(csv.DictReader((HERE / "articles" / "expected.csv").open(encoding="utf-8")))
    assert list(rows[0].keys()) == ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]
    per = Counter(r["article"] for r in rows)
    mds = sorted(p.name for p in (HERE / "articles").glob("*.md"))
    assert sorted(per) == mds and len(mds) == 3, (per, mds)
    assert all(6 <= n <= 9 for n in per.values()), per
    published = {}
    for name in mds:
        t = (HERE / "articles" / name).read_text(encoding="utf-8")
        m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", t)
        assert m, f"bad front matter in {name}"
        published[name] = (_d(m.group(1)), t[m.end():])
        assert m.group(1) in name
    planted = Counter()
    for r in rows:
        art, body = published[r["article"]]
        assert body.count(r["fragment"]) == 1, f"fragment not found exactly once: {r['fragment']}"
        v, fid, wf = r["expected_verdict"], r["fact_id"], r["wrong_field"]
        assert v in ("supported", "contradicted", "unverifiable"), r
        if v == "unverifiable":
            assert fid == "" and wf == "", r
            continue
        assert fid in facts.index, r
        fact_date = _d(facts.loc[fid, "date"])
        if v == "contradicted":
            assert wf in FIELDS and r["notes"].startswith("PLANTED ERROR"), r
            planted[r["article"]] += 1
        else:
            assert wf == "", r
        # sentence-level context for anchored phrases
        sentence = next(s for s in re.split(r"(?<=[.;])\s+", body) if r["fragment"] in s)
        anchor = next((k for k in ANCHORS if k in sentence), None)
        if anchor:
            afid, off = ANCHORS[anchor]
            adate = _d(facts.loc[afid, "date"]) + dt.timedelta(days=off)
            if wf != "date":
                assert adate == fact_date, (r, adate)
        check_dates(r["fragment"][:30], r["fragment"], art, v, wf,
                    fact_date, anchored=bool(anchor), require=False)
    assert all(2 <= planted[a] <= 3 for a in mds), planted
    return Counter(r["expected_verdict"] for r in rows)


if __name__ == "__main__":
    facts = check_facts()
    mix, wfs = check_claims(facts)
    arts = check_articles(facts)
    print(f"facts: {len(facts)}  claims: {sum(mix.values())} {dict(mix)}  wrong_field: {dict(wfs)}")
    print(f"article fragments: {sum(arts.values())} {dict(arts)}")
    print("OK")
