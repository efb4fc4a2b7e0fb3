"""Write ../facts.csv from facts_data.FACTS (run from anywhere)."""
import csv
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts_data import FACTS, EXTRA  # noqa: E402

BASE = ["id", "statement", "date", "date_precision", "event_type", "location",
        "country", "actors", "aliases", "deaths", "injuries", "source", "notes"]
COLUMNS = BASE + EXTRA


def main():
    ids = set()
    for f in FACTS:
        assert f["id"] not in ids, f["id"]
        ids.add(f["id"])
        dt.date.fromisoformat(f["date"])  # every date is a real YYYY-MM-DD
        assert f["date_precision"] == "day"
        for k in f:
            assert k in COLUMNS, (f["id"], k)
    out = os.path.join(os.path.dirname(HERE), "facts.csv")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for f in FACTS:
            w.writerow({c: f.get(c, "") for c in COLUMNS})
    print(f"wrote {out}: {len(FACTS)} facts")


if __name__ == "__main__":
    main()
