# writes facts.csv from facts_src.py
import csv
from facts_src import F
COLS=["id","statement","date","date_precision","event_type","location","country","actors","aliases","deaths","injuries","source","notes"]
with open("facts.csv","w",newline="",encoding="utf-8") as fh:
    w=csv.DictWriter(fh,fieldnames=COLS)
    w.writeheader()
    for r in F:
        assert set(r)==set(COLS),(r["id"],set(COLS)^set(r))
        w.writerow(r)
print(len(F),"facts")
