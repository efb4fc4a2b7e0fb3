"""Write ../articles/*.md and ../articles/expected.csv from articles_data.py,
asserting relative dates, fragment uniqueness and word counts."""
import csv, os, re, datetime as dt
from facts_data import FACTS
from articles_data import ARTICLES
from relative_dates import resolve

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "..", "articles")
FACT = {f["id"]: f for f in FACTS}
FACT_DATES = {f["id"]: f["date"] for f in FACTS if f["date_precision"] == "day"}

rows = []
for a in ARTICLES:
    body = a["body"]
    words = len(re.findall(r"\S+", body))
    assert 300 <= words <= 350, (a["filename"], words)
    pub = dt.date.fromisoformat(a["published"])
    assert a["filename"].endswith(a["published"] + ".md")
    errors = 0
    assert 6 <= len(a["fragments"]) <= 9, a["filename"]
    for frag, verdict, fid, wf, notes, rel in a["fragments"]:
        assert body.count(frag) == 1, (a["filename"], frag, body.count(frag))
        if verdict in ("supported", "contradicted", "misleading"):
            assert fid in FACT, fid
            f = FACT[fid]
            fd = f["date"] if f["date_precision"] == "day" else f["date"] + "-01"
            assert dt.date.fromisoformat(fd) <= pub, (frag, "event after publication")
        else:
            assert fid is None and wf is None
        if verdict == "contradicted":
            assert wf in ("date", "count", "place", "actor", "event")
            assert "PLANTED ERROR" in notes
            errors += 1
        if rel:
            lo, hi = resolve(rel, a["published"], FACT_DATES)
            f = FACT[fid]
            if f["date_precision"] == "day":
                flo = fhi = dt.date.fromisoformat(f["date"])
            else:
                y, m = map(int, f["date"].split("-"))
                flo = dt.date(y, m, 1)
                fhi = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            ok = lo <= flo and fhi <= hi
            if verdict == "contradicted" and wf == "date":
                assert not ok, frag
            else:
                assert ok, (frag, lo, hi, flo)
            assert lo < pub
        rows.append(dict(article=a["filename"], fragment=frag, expected_verdict=verdict,
                         fact_id=fid or "", wrong_field=wf or "", notes=notes))
    assert 2 <= errors <= 3, (a["filename"], errors)
    with open(os.path.join(OUTDIR, a["filename"]), "w", encoding="utf-8") as fh:
        fh.write("---\n")
        fh.write("title: %s\n" % a["title"])
        fh.write("published: %s\n" % a["published"])
        fh.write("source: Probe Wire (synthetic article written for probe18; not real agency copy)\n")
        fh.write("---\n\n")
        fh.write(body.strip() + "\n")
    print("%-24s %d words, %d fragments, %d planted errors" % (a["filename"], words, len(a["fragments"]), errors))

with open(os.path.join(OUTDIR, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
    w.writeheader()
    for r in rows:
        w.writerow(r)
print("wrote expected.csv with", len(rows), "fragments")
