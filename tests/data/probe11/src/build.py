"""Generate probe 11 files from facts.py, claims.py and articles.py.

    python3 src/build.py      (from /work/probe11)

Relative dates in claims and articles are resolved with datetime and asserted against
the fact table, so a typo in a weekday or offset fails the build.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from facts import FACTS, COLUMNS  # noqa: E402
from claims import CLAIMS  # noqa: E402
from articles import ARTICLES, FRAGMENTS, DATE_NOTES  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BY_ID = {f["id"]: f for f in FACTS}


def d(s):
    return dt.date.fromisoformat(s)


def last_weekday(name, ad):
    """Most recent `name` strictly before article date ad."""
    target = WEEKDAYS.index(name)
    x = ad - dt.timedelta(days=1)
    while x.weekday() != target:
        x -= dt.timedelta(days=1)
    return x


def last_month(ad):
    first = ad.replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.strftime("%Y-%m")


def last_week(ad):
    monday_this = ad - dt.timedelta(days=ad.weekday())
    start = monday_this - dt.timedelta(days=7)
    return start, start + dt.timedelta(days=6)


def run_checks(c):
    fact = BY_ID[c["fact_id"]]
    fdate = fact["date"]
    ad = d(c["article_date"])
    for chk in c["chk"]:
        kind, mode = chk[0], chk[-1]
        if kind == "wd":
            got = last_weekday(chk[1], ad).isoformat()
            ok = got == fdate
        elif kind == "after":
            got = (d(BY_ID[chk[1]]["date"]) + dt.timedelta(days=chk[2])).isoformat()
            ok = got == fdate
        elif kind == "lastmonth":
            got = last_month(ad)
            ok = fdate.startswith(got)
        elif kind == "thismonth":
            got = ad.strftime("%Y-%m")
            ok = fdate.startswith(got)
        elif kind == "lastweek":
            a, b = last_week(ad)
            got = f"{a}..{b}"
            ok = a <= d(fdate) <= b
        else:
            raise ValueError(chk)
        want = mode == "eq"
        assert ok == want, (c["text"], chk, got, fdate)


def main():
    # ---- facts.csv
    with open(os.path.join(ROOT, "facts.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for f in FACTS:
            w.writerow(f)

    # ---- claims.jsonl
    keys = ["id", "text", "article_date", "expected_verdict", "fact_id", "wrong_field", "notes"]
    with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as fh:
        for i, c in enumerate(CLAIMS, 1):
            if c["fact_id"] is not None:
                assert c["fact_id"] in BY_ID, c["fact_id"]
            if c["chk"]:
                run_checks(c)
            row = {"id": f"p11-c{i:03d}", **{k: c[k] for k in keys[1:]}}
            fh.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")

    # ---- articles
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for name, a in ARTICLES.items():
        body = a["body"].strip() + "\n"
        words = len(re.findall(r"\S+", body))
        assert 300 <= words <= 350, (name, words)
        with open(os.path.join(adir, name), "w", encoding="utf-8") as fh:
            fh.write("---\n")
            fh.write(f"title: {a['title']}\n")
            fh.write(f"published: {a['published']}\n")
            fh.write(f"source: {a['source']}\n")
            fh.write("---\n\n")
            fh.write(body)
        print(name, words, "words")
    with open(os.path.join(adir, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        for art, frag, v, fid, wf, notes in FRAGMENTS:
            body = ARTICLES[art]["body"]
            assert body.count(frag) == 1, (art, frag, body.count(frag))
            assert fid in BY_ID, fid
            w.writerow([art, frag, v, fid, wf or "", notes])
    with open(os.path.join(adir, "date_notes.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "phrase", "anchor", "resolved_date", "notes"])
        for art, phrase, anchor, resolved, notes in DATE_NOTES:
            body = ARTICLES[art]["body"]
            assert phrase in body, (art, phrase)
            pub = d(ARTICLES[art]["published"])
            m = re.match(r"(?:on |Officials on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", phrase)
            m2 = re.match(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) night", phrase)
            wd = (m or m2).group(1) if (m or m2) else None
            if wd:
                assert last_weekday(wd, pub).isoformat() == resolved, (phrase, resolved)
            elif phrase == "last month":
                assert last_month(pub) == resolved
            elif "three weeks after" in phrase:
                assert (d(BY_ID["za-2024-polling"]["date"]) + dt.timedelta(days=21)).isoformat() == resolved
            elif "a week after" in phrase:
                assert (d(BY_ID["colonial-pipeline-attack"]["date"]) + dt.timedelta(days=7)).isoformat() == resolved
            w.writerow([art, phrase, anchor, resolved, notes])

    from collections import Counter
    print("facts", len(FACTS), "claims", len(CLAIMS))
    print(Counter(c["expected_verdict"] for c in CLAIMS))
    print(Counter(c["wrong_field"] for c in CLAIMS if c["wrong_field"]))
    print(Counter(f[2] for f in FRAGMENTS))


if __name__ == "__main__":
    main()
