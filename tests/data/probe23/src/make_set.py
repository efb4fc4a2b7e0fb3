"""Write facts.csv, claims.jsonl, articles/*.md and articles/expected.csv from the
hand-written data modules in this folder.  Run from anywhere:

    python3 src/make_set.py
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import facts_data      # noqa: E402
import claims_data     # noqa: E402
import articles_data   # noqa: E402


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def write_facts():
    path = os.path.join(ROOT, "facts.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(facts_data.COLUMNS)
        for f in facts_data.FACTS:
            unknown = set(f) - set(facts_data.COLUMNS)
            assert not unknown, (f["id"], unknown)
            w.writerow([cell(f.get(c)) for c in facts_data.COLUMNS])
    return len(facts_data.FACTS)


def write_claims():
    path = os.path.join(ROOT, "claims.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (text, adate, verdict, fid, wf, notes) in enumerate(claims_data.CLAIMS, 1):
            rec = dict(id="c%03d" % i, text=text, article_date=adate, expected_verdict=verdict,
                       fact_id=fid, wrong_field=wf, notes=notes)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(claims_data.CLAIMS)


def write_articles():
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    rows = []
    for a in articles_data.ARTICLES:
        text = "---\ntitle: %s\npublished: %s\nsource: %s\n---\n\n%s" % (
            a["title"], a["published"], articles_data.SOURCE, a["body"])
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        for frag, verdict, fid, wf, notes in a["fragments"]:
            rows.append([a["file"], frag, verdict, fid or "", wf or "", notes])
    with open(os.path.join(adir, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        w.writerows(rows)
    return len(articles_data.ARTICLES), len(rows)


if __name__ == "__main__":
    nf = write_facts()
    nc = write_claims()
    na, nr = write_articles()
    print("wrote %d facts, %d claims, %d articles, %d fragments" % (nf, nc, na, nr))
