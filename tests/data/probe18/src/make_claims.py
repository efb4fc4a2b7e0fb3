"""Write ../claims.jsonl from claims_data.py, asserting every relative and
explicit date against facts.csv data with datetime before writing."""
import json, os, datetime as dt
from collections import Counter
from facts_data import FACTS
from claims_data import CLAIMS
from relative_dates import resolve

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "claims.jsonl")
FACT = {f["id"]: f for f in FACTS}
FACT_DATES = {f["id"]: f["date"] for f in FACTS if f["date_precision"] == "day"}


def fact_interval(f):
    if f["date_precision"] == "day":
        x = dt.date.fromisoformat(f["date"])
        return x, x
    y, m = map(int, f["date"].split("-"))
    lo = dt.date(y, m, 1)
    hi = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return lo, hi


def explicit_interval(s):
    parts = s.split("-")
    if len(parts) == 3:
        x = dt.date.fromisoformat(s)
        return x, x
    if len(parts) == 2:
        y, m = map(int, parts)
        return dt.date(y, m, 1), dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    y = int(s)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def matches(claim_iv, fact_iv):
    """Claim (at its own precision) agrees with the fact if the fact's interval
    lies inside the claim's interval."""
    return claim_iv[0] <= fact_iv[0] and fact_iv[1] <= claim_iv[1]


rows = []
for i, c in enumerate(CLAIMS, 1):
    cid = "c%03d" % i
    v, fid, wf = c["expected_verdict"], c["fact_id"], c["wrong_field"]
    a = dt.date.fromisoformat(c["article_date"])
    if v in ("supported", "contradicted", "misleading"):
        assert fid in FACT, (cid, fid)
    if fid is not None:
        assert fid in FACT, (cid, fid)
    if v == "supported":
        assert wf is None, cid
    if v in ("contradicted", "misleading"):
        assert wf in ("date", "count", "place", "actor", "event"), (cid, wf)
    if v in ("unverifiable", "not_checkable"):
        assert wf is None, cid
    if fid and v in ("supported", "contradicted", "misleading"):
        fiv = fact_interval(FACT[fid])
        assert a >= fiv[0], (cid, "article before the event")
        for kind, iv in (("rel", resolve(c["rel"], c["article_date"], FACT_DATES) if c["rel"] else None),
                         ("date", explicit_interval(c["date"]) if c["date"] else None)):
            if iv is None:
                continue
            ok = matches(iv, fiv)
            if v == "contradicted" and wf == "date":
                assert not ok, (cid, kind, iv, fiv)
            elif v == "misleading" and wf == "date":
                pass
            else:
                assert ok, (cid, kind, iv, fiv, c["text"])
            if kind == "rel":
                if c["rel"][0] in ("this_month", "within_days_after"):
                    assert iv[0] < a, (cid, "relative interval starts after article")
                else:
                    assert iv[1] < a, (cid, "relative date not before article")
    elif c["rel"] or c["date"]:
        raise AssertionError((cid, "date checks only for fact-bound claims"))
    rows.append(dict(id=cid, text=c["text"], article_date=c["article_date"],
                     expected_verdict=v, fact_id=fid, wrong_field=wf,
                     notes=c["notes"]))

with open(OUT, "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

cnt = Counter(r["expected_verdict"] for r in rows)
n = len(rows)
print("wrote", OUT, n, "claims")
for k in ("supported", "contradicted", "misleading", "unverifiable", "not_checkable"):
    print("  %-14s %3d  %5.1f%%" % (k, cnt[k], 100.0 * cnt[k] / n))
print("  wrong_field:", dict(Counter(r["wrong_field"] for r in rows if r["wrong_field"])))
print("  relative-date claims:", sum(1 for c in CLAIMS if c["rel"]))
