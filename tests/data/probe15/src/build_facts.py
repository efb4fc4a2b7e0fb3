import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from facts_data import F, COLUMNS
OUT = os.path.join(os.path.dirname(__file__), "..", "facts.csv")
ids = set()
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=COLUMNS)
    w.writeheader()
    for r in F:
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        for k in r: assert k in COLUMNS, k
        w.writerow({c: r.get(c, "") for c in COLUMNS})
print("facts:", len(F))
