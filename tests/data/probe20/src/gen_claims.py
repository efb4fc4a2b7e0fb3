"""Validate claims_data.CLAIMS against facts_data.FACTS and write ../claims.jsonl.

Every relative date in a claim carries a check in `rel`; each is resolved with
datetime (reldates.resolve) and asserted before anything is written.
"""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts_data import FACTS  # noqa: E402
from claims_data import CLAIMS  # noqa: E402
from reldates import resolve  # noqa: E402

VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {None, "date", "count", "place", "actor", "event"}


def validate():
    by_id = {f["id"]: f for f in FACTS}
    fact_dates = {f["date"] for f in FACTS}
    texts = set()
    for i, (text, adate, verdict, fid, wf, notes, rel) in enumerate(CLAIMS, 1):
        tag = f"claim {i}: {text[:60]!r}"
        assert text not in texts, "duplicate " + tag
        texts.add(text)
        a = dt.date.fromisoformat(adate)
        assert verdict in VERDICTS, tag
        assert wf in FIELDS, tag
        if fid is not None:
            assert fid in by_id, tag
            fdate = dt.date.fromisoformat(by_id[fid]["date"])
            # an article cannot report an event after its own date
            assert fdate <= a, f"{tag}: fact {fdate} after article {a}"
        if verdict in ("supported", "contradicted", "misleading"):
            assert fid is not None, tag
        if verdict in ("contradicted", "misleading"):
            assert wf is not None, tag
        else:
            assert wf is None, tag
        if verdict == "not_checkable":
            assert fid is None, tag
        for j, chk in enumerate(rel):
            kind, *args, meant = chk
            lo, hi = resolve(kind, adate, by_id, *args)
            m = dt.date.fromisoformat(meant)
            assert lo <= m <= hi, f"{tag}: {kind}{tuple(args)} -> {lo}..{hi}, not {m}"
            if not kind.startswith("after_"):  # anchored spans may point ahead
                assert m <= a, f"{tag}: relative date {m} is after the article date"
            if verdict == "supported":
                assert meant in fact_dates, f"{tag}: {meant} is no fact's date"
                if j == 0:
                    assert m == fdate, f"{tag}: first relative date {m} != fact date {fdate}"
            if verdict == "contradicted" and wf == "date" and j == 0:
                assert m != fdate, f"{tag}: contradicted date resolves to the fact date"
    return by_id


def main():
    validate()
    out = os.path.join(os.path.dirname(HERE), "claims.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, (text, adate, verdict, fid, wf, notes, rel) in enumerate(CLAIMS, 1):
            rec = {"id": f"c{i:03d}", "text": text, "article_date": adate,
                   "expected_verdict": verdict, "fact_id": fid,
                   "wrong_field": wf, "notes": notes}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(CLAIMS)} claims")


if __name__ == "__main__":
    main()
