"""Validate probe 16: schema, ids, date formats, verdict/wrong_field consistency,
article front matter and fragments occurring exactly once. Prints OK or raises.

    python3 check.py
"""
import csv
import json
import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location", "country", "actors",
          "aliases", "deaths", "injuries", "source"]
EXTRA = ["end_date", "CPI-Adjusted Cost", "Unadjusted Cost"]
VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
WRONG = {"date", "count", "place", "actor", "event", "quantity"}
CLAIM_KEYS = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]


def iso(s):
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), s
    date.fromisoformat(s)


def check_facts():
    with (ROOT / "facts.csv").open(newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        assert r.fieldnames == SCHEMA + EXTRA, r.fieldnames
        rows = list(r)
    with (ROOT / "raw" / "events-US-1980-2024_slice.csv").open(newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    assert len(rows) == len(raw) and 60 <= len(raw) <= 90, (len(rows), len(raw))
    ids = [x["id"] for x in rows]
    assert len(set(ids)) == len(ids), "duplicate fact ids"
    for x, src in zip(rows, raw):
        assert re.fullmatch(r"bdd-\d{8}-[a-z0-9-]+", x["id"]), x["id"]
        assert x["statement"] and x["event_type"] and x["country"] and x["source"]
        if x["date_precision"] == "day":
            iso(x["date"])
        elif x["date_precision"] == "month":
            assert re.fullmatch(r"\d{4}-\d{2}", x["date"]), x["date"]
            date.fromisoformat(x["date"] + "-01")
        else:
            raise AssertionError(x["date_precision"])
        iso(x["end_date"])
        assert x["end_date"] >= x["date"], x["id"]
        for col in ("deaths", "injuries"):
            assert x[col] == "" or re.fullmatch(r"\d+", x[col]), (x["id"], col, x[col])
        for col in ("CPI-Adjusted Cost", "Unadjusted Cost"):
            assert x[col] == "TBD" or re.fullmatch(r"\d+(\.\d+)?", x[col]), (x["id"], col)
            assert x[col] == src[col], (x["id"], col, "differs from raw")
        # values kept as published
        assert x["deaths"] == src["Deaths"] and x["event_type"] == src["Disaster"] and x["aliases"] == src["Name"]
        assert x["date"].replace("-", "") == src["Begin Date"][:len(x["date"].replace("-", ""))]
        assert x["end_date"].replace("-", "") == src["End Date"]
    return set(ids)


def check_claims(fact_ids):
    seen, texts = set(), set()
    n = 0
    for line in (ROOT / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        n += 1
        assert list(c) == CLAIM_KEYS, list(c)
        assert re.fullmatch(r"p16-c\d{3}", c["id"]) and c["id"] not in seen, c["id"]
        seen.add(c["id"])
        assert c["text"] and c["text"] not in texts, c["text"]
        texts.add(c["text"])
        iso(c["article_date"])
        v = c["expected_verdict"]
        assert v in VERDICTS, v
        if v in ("supported", "contradicted", "misleading"):
            assert c["fact_id"] in fact_ids, (c["id"], c["fact_id"])
        else:
            assert c["fact_id"] is None, c["id"]
        if v in ("contradicted", "misleading"):
            assert c["wrong_field"] in WRONG, (c["id"], c["wrong_field"])
        else:
            assert c["wrong_field"] is None, c["id"]
        assert isinstance(c["notes"], str)
    return n


def check_articles(fact_ids):
    bodies = {}
    for p in sorted((ROOT / "articles").glob("*.md")):
        text = p.read_text(encoding="utf-8")
        m = re.match(r"---\ntitle: .+\npublished: (\d{4}-\d{2}-\d{2})\nsource: .+\n---\n", text)
        assert m, p.name
        iso(m.group(1))
        body = text[m.end():]
        assert 300 <= len(body.split()) <= 350, (p.name, len(body.split()))
        bodies[p.name] = body
    assert len(bodies) == 3
    with (ROOT / "articles" / "expected.csv").open(newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        assert r.fieldnames == ["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]
        rows = list(r)
    per = {}
    for x in rows:
        assert x["article"] in bodies, x["article"]
        assert bodies[x["article"]].count(x["fragment"]) == 1, (x["article"], x["fragment"])
        v = x["expected_verdict"]
        assert v in VERDICTS, v
        if v in ("supported", "contradicted", "misleading"):
            assert x["fact_id"] in fact_ids, x["fact_id"]
        else:
            assert x["fact_id"] == "", x
        if v in ("contradicted", "misleading"):
            assert x["wrong_field"] in WRONG, x
        else:
            assert x["wrong_field"] == "", x
        per.setdefault(x["article"], []).append(x)
    for a, xs in per.items():
        assert 6 <= len(xs) <= 9, (a, len(xs))
        planted = sum(x["notes"].startswith("PLANTED") for x in xs)
        assert 2 <= planted <= 3, (a, planted)
    assert set(per) == set(bodies)
    return len(rows)


def main():
    fact_ids = check_facts()
    n_claims = check_claims(fact_ids)
    n_frag = check_articles(fact_ids)
    print(f"facts {len(fact_ids)}, claims {n_claims}, fragments {n_frag}")
    print("OK")


if __name__ == "__main__":
    main()
