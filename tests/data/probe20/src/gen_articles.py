"""Write ../articles/*.md and ../articles/expected.csv from articles_data.

Asserts before writing: body length 300-350 words, every fragment occurs
exactly once in its article, 2-3 planted errors per article, and every
relative date (weekday / anchored) resolves as the notes say (datetime).
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts_data import FACTS  # noqa: E402
from articles_data import ARTICLES  # noqa: E402
from reldates import resolve  # noqa: E402


def words(text):
    return len(re.findall(r"\S+", text))


def validate():
    by_id = {f["id"]: f for f in FACTS}
    for art in ARTICLES:
        pub = art["published"]
        dt.date.fromisoformat(pub)
        n = words(art["body"])
        assert 300 <= n <= 350, f"{art['file']}: {n} words"
        frags = art["fragments"]
        assert 6 <= len(frags) <= 9, art["file"]
        planted = sum(1 for f in frags if "PLANTED" in f[4])
        assert 2 <= planted <= 3, (art["file"], planted)
        for frag, verdict, fid, wf, notes, rel in frags:
            cnt = art["body"].count(frag)
            assert cnt == 1, f"{art['file']}: fragment occurs {cnt}x: {frag!r}"
            assert fid in by_id, fid
            assert (verdict in ("contradicted", "misleading")) == (wf is not None), frag
            if verdict in ("contradicted", "misleading"):
                assert "PLANTED" in notes, frag
            fdate = dt.date.fromisoformat(by_id[fid]["date"])
            assert fdate <= dt.date.fromisoformat(pub), frag
            for kind, *args, meant in rel:
                lo, hi = resolve(kind, pub, by_id, *args)
                m = dt.date.fromisoformat(meant)
                assert lo <= m <= hi, (frag, kind, lo, hi, m)
                if verdict == "supported":
                    assert m == fdate, frag
                if verdict == "contradicted" and wf == "date":
                    assert m != fdate, frag
        for kind, *args, meant in art.get("extra_rel", []):
            lo, hi = resolve(kind, pub, by_id, *args)
            assert lo <= dt.date.fromisoformat(meant) <= hi, (art["file"], kind)


def main():
    validate()
    root = os.path.join(os.path.dirname(HERE), "articles")
    os.makedirs(root, exist_ok=True)
    rows = []
    for art in ARTICLES:
        text = ("---\n"
                f"title: {art['title']}\n"
                f"published: {art['published']}\n"
                f"source: {art['source']}\n"
                "---\n\n" + art["body"])
        with open(os.path.join(root, art["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        for frag, verdict, fid, wf, notes, rel in art["fragments"]:
            rows.append({"article": art["file"], "fragment": frag, "expected_verdict": verdict,
                         "fact_id": fid, "wrong_field": wf or "", "notes": notes})
        print(f"wrote {art['file']}: {words(art['body'])} words, {len(art['fragments'])} fragments")
    with open(os.path.join(root, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["article", "fragment", "expected_verdict", "fact_id",
                                           "wrong_field", "notes"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote expected.csv: {len(rows)} fragments")


if __name__ == "__main__":
    main()
