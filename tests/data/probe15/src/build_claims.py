import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from facts_data import F
from claims_data import C
from reldate import resolve
FACTS = {r["id"]: r for r in F}
OUT = os.path.join(os.path.dirname(__file__), "..", "claims.jsonl")
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
DATE_RE = re.compile(r"\b(\d{1,2}) (%s) (\d{4})\b" % "|".join(MONTHS))

out = []
for i, cl in enumerate(C, 1):
    v, fid, wf = cl["expected_verdict"], cl["fact_id"], cl["wrong_field"]
    assert v in ("supported", "contradicted", "unverifiable", "not_checkable", "misleading"), v
    if v in ("supported", "contradicted"):
        assert fid in FACTS, (i, fid)
    if fid is not None:
        assert fid in FACTS, (i, fid)
    assert (wf is not None) == (v in ("contradicted", "misleading")), (i, cl["text"])
    fact_date = FACTS[fid]["date"] if fid else None
    if cl["rel"]:
        got = resolve(cl["rel"], cl["article_date"], FACTS)
        assert got == cl["res"], (i, cl["text"], got, cl["res"])
        if v == "supported":
            assert fact_date.startswith(got), (i, got, fact_date)
        if v == "contradicted" and wf in ("date", "phase"):
            assert not fact_date.startswith(got), (i, got, fact_date)
    for m in DATE_RE.finditer(cl["text"]):
        d = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        if v == "supported":
            assert d == fact_date, (i, cl["text"], d, fact_date)
        if v == "contradicted" and wf in ("date", "phase"):
            assert d != fact_date, (i, cl["text"])
    # claims must not be dated before the event they report (except unverifiable/opinion)
    if v in ("supported", "contradicted"):
        assert cl["article_date"] >= fact_date, (i, cl["text"], cl["article_date"], fact_date)
    out.append({"id": "p15c%03d" % i, "text": cl["text"], "article_date": cl["article_date"],
                "expected_verdict": v, "fact_id": fid, "wrong_field": wf, "notes": cl["notes"]})
with open(OUT, "w", encoding="utf-8") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
cnt = collections.Counter(o["expected_verdict"] for o in out)
wfc = collections.Counter(o["wrong_field"] for o in out if o["wrong_field"])
print(len(out), dict(cnt), {k: "%.1f%%" % (100 * n / len(out)) for k, n in cnt.items()})
print(dict(wfc))
