"""Validate probe 12. Prints OK or raises AssertionError."""
import csv
import io
import json
import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location",
          "country", "actors", "aliases", "deaths", "injuries", "source"]
EXTRA = ["total_victims", "shooter_age", "venue", "weapon_type", "latitude",
         "longitude", "summary", "notes"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]


def check_raw():
    raw = HERE / "raw" / "mother_jones_mass_shootings_1982-2023_rows_1-58.csv"
    header = next(csv.reader(open(raw, newline="", encoding="utf-8")))
    assert header.count("location") == 2, "publisher's duplicate 'location' header expected"
    df = pd.read_csv(raw, dtype=str, keep_default_na=False)
    assert df.shape == (58, 24), df.shape
    assert df["case"].iloc[0] == "Maine bowling alley and bar shootings"
    assert df["case"].iloc[-1] == "Las Vegas Strip massacre"
    assert (HERE / "raw" / "PROVENANCE.md").exists()


def check_mapping():
    sys.path.insert(0, str(HERE))
    import map_to_schema as m
    with tempfile.TemporaryDirectory() as td:
        m.OUT = Path(td) / "facts.csv"
        import contextlib
        with contextlib.redirect_stdout(io.StringIO()):
            m.main()
        assert m.OUT.read_bytes() == (HERE / "facts.csv").read_bytes(), "facts.csv differs from map_to_schema.py output"


def check_facts():
    f = pd.read_csv(HERE / "facts.csv", dtype=str, keep_default_na=False)
    assert list(f.columns) == SCHEMA + EXTRA, list(f.columns)
    assert len(f) == 58 and f["id"].is_unique
    for r in f.itertuples():
        date.fromisoformat(r.date)
        assert r.date_precision == "day"
        assert r.country and r.location and r.statement
        for v in (r.deaths, r.injuries, r.total_victims, r.shooter_age):
            assert v == "" or re.fullmatch(r"\d+", v), (r.id, v)
        if r.deaths and r.injuries and r.total_victims:
            assert int(r.deaths) + int(r.injuries) == int(r.total_victims), r.id
        assert all(u.startswith("http") for u in r.source.split(" ; ")), r.id
    return {r.id: date.fromisoformat(r.date) for r in f.itertuples()}


def check_claims(fdates):
    rows = [json.loads(l) for l in open(HERE / "claims.jsonl", encoding="utf-8") if l.strip()]
    assert 140 <= len(rows) <= 170, len(rows)
    ids = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids
        ids.add(r["id"])
        v, wf, fid = r["expected_verdict"], r["wrong_field"], r["fact_id"]
        assert v in VERDICTS, r
        ad = date.fromisoformat(r["article_date"])
        if v in {"contradicted", "misleading"}:
            assert wf in FIELDS, r
        else:
            assert wf == "", r
        if v in {"supported", "contradicted", "misleading"}:
            assert fid in fdates, r
        if fid:
            assert fid in fdates, r
            assert ad >= fdates[fid], r
        assert r["text"].strip() and r["notes"].strip()
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate claim text"
    return Counter(r["expected_verdict"] for r in rows)


def check_articles(fdates):
    adir = HERE / "articles"
    texts = {}
    for p in sorted(adir.glob("*.md")):
        t = p.read_text(encoding="utf-8")
        m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", t)
        assert m, p.name
        date.fromisoformat(m.group(1))
        body = t[m.end():]
        n = len(body.split())
        assert 300 <= n <= 350, (p.name, n)
        texts[p.name] = t
    assert len(texts) == 3
    exp = list(csv.DictReader(open(adir / "expected.csv", newline="", encoding="utf-8")))
    per = Counter(e["article"] for e in exp)
    errs = Counter(e["article"] for e in exp if e["expected_verdict"] in {"contradicted", "misleading"})
    for a in texts:
        assert 6 <= per[a] <= 9, (a, per[a])
        assert 2 <= errs[a] <= 3, (a, errs[a])
    for e in exp:
        assert texts[e["article"]].count(e["fragment"]) == 1, e
        assert e["expected_verdict"] in VERDICTS - {"not_checkable"}, e
        if e["expected_verdict"] in {"contradicted", "misleading"}:
            assert e["wrong_field"] in FIELDS, e
        else:
            assert e["wrong_field"] == "", e
        if e["expected_verdict"] != "unverifiable":
            assert e["fact_id"] in fdates, e
        elif e["fact_id"]:
            assert e["fact_id"] in fdates, e
    for d in csv.DictReader(open(adir / "date_notes.csv", newline="", encoding="utf-8")):
        assert texts[d["article"]].count(d["fragment"]) == 1, d
        assert d["expression"] in d["fragment"], d


def main():
    check_raw()
    check_mapping()
    fdates = check_facts()
    check_claims(fdates)
    check_articles(fdates)
    print("OK")


if __name__ == "__main__":
    main()
