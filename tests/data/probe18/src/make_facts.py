"""Write ../facts.csv from facts_data.py."""
import csv, os, datetime as dt
from facts_data import FACTS, COLUMNS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "facts.csv")

for f in FACTS:
    if f["date_precision"] == "day":
        dt.date.fromisoformat(f["date"])
    elif f["date_precision"] == "month":
        dt.datetime.strptime(f["date"], "%Y-%m")
    else:
        raise AssertionError(f["id"])

with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=COLUMNS)
    w.writeheader()
    for f in FACTS:
        w.writerow(f)
print("wrote", OUT, len(FACTS), "facts")
