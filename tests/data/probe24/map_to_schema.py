"""Map the raw NTSB rows (raw/AviationData_excerpt.csv) to the claimcheck facts schema.

Written the way a user would do it with pandas: the publisher's strings, codes and
figures are kept as they are (Location "Rexberg, ID", Make "PIPER", Injury.Severity
"Fatal(2)", Broad.Phase.of.Flight "MANEUVERING", ...). Only what the schema needs is
derived:

* id            = "ntsb-" + Accident.Number (lower case)
* date          = Event.Date (already YYYY-MM-DD), date_precision = "day"
* event_type    = Investigation.Type as published ("Accident" / "Incident")
* location      = Location as published; country = Country as published
* actors        = Air.Carrier (operator) first when present, then the aircraft
                  "Make Model (Aircraft.Category, Registration.Number)"
* aliases       = NTSB numbers, registration, airport code and name
* deaths        = Total.Fatal.Injuries; the publisher leaves zero counts blank, so a
                  blank count is 0 when Injury.Severity says "Non-Fatal" or "Incident"
                  and stays empty when it says "Unavailable"
* injuries      = Total.Serious.Injuries + Total.Minor.Injuries (blank counted as 0)
                  when the row carries any casualty count or a non-fatal/incident
                  severity; empty otherwise, and empty for Report.Status "Foreign" rows
                  whose serious/minor cells are both blank (summary records)
* statement     = one sentence built from the row
All 31 publisher columns are carried along after the schema columns, under their own
names, so nothing is lost.

Run:  python map_to_schema.py            (writes facts.csv next to this file)
      python map_to_schema.py --stdout   (prints instead)
"""
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "AviationData_excerpt.csv"
REPO_URL = "https://github.com/johnkarigi/AvaitionData-Analysis/blob/37e4df707aed05ba30335278b3fda83059f69d1d/AviationData.csv"
NTSB_URL = "https://www.ntsb.gov/Pages/AviationQuery.aspx"

SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location",
          "country", "actors", "aliases", "deaths", "injuries", "source"]
COUNT_COLS = ["Total.Fatal.Injuries", "Total.Serious.Injuries",
              "Total.Minor.Injuries", "Total.Uninjured"]


def _num(v):
    return int(v) if str(v).strip() != "" else None


def deaths_of(r):
    v = _num(r["Total.Fatal.Injuries"])
    if v is not None:
        return v
    if r["Injury.Severity"] in ("Non-Fatal", "Incident"):
        return 0
    return None


def injuries_of(r):
    counts = [_num(r[c]) for c in COUNT_COLS]
    serious_minor = [_num(r["Total.Serious.Injuries"]), _num(r["Total.Minor.Injuries"])]
    if r["Report.Status"] == "Foreign" and all(c is None for c in serious_minor):
        # foreign-investigation rows are summaries: a blank here is not a known zero
        return None
    if all(c is None for c in counts) and r["Injury.Severity"] not in ("Non-Fatal", "Incident"):
        return None
    return (_num(r["Total.Serious.Injuries"]) or 0) + (_num(r["Total.Minor.Injuries"]) or 0)


def actors_of(r):
    parts = []
    if r["Air.Carrier"]:
        parts.append(f"{r['Air.Carrier']} (operator)")
    detail = ", ".join(x for x in [r["Aircraft.Category"], r["Registration.Number"]] if x)
    aircraft = f"{r['Make']} {r['Model']}".strip()
    parts.append(f"{aircraft} ({detail})" if detail else aircraft)
    return "; ".join(parts)


def aliases_of(r):
    vals = [r["Accident.Number"], r["Event.Id"], r["Registration.Number"],
            r["Airport.Code"], r["Airport.Name"]]
    out = []
    for v in vals:
        if v and v not in ("N/A", "NA", "UNK", "PVT") and v not in out:
            out.append(v)
    return "; ".join(out)


def statement_of(r):
    kind = r["Aircraft.Category"].lower() if r["Aircraft.Category"] else "aircraft"
    art = "an" if kind[0] in "aeiou" else "a"
    what = r["Investigation.Type"].lower()
    s = (f"On {r['Event.Date']} {art} {kind} ({r['Make']} {r['Model']})"
         + (f" operated by {r['Air.Carrier']}" if r["Air.Carrier"] else "")
         + f" was involved in an {what} at {r['Location']}, {r['Country']}")
    if r["Airport.Name"] and r["Airport.Name"] != "N/A":
        s += f" ({r['Airport.Name']})"
    if r["Broad.Phase.of.Flight"]:
        s += f" during {r['Broad.Phase.of.Flight'].lower()}"
    s += f"; injury severity {r['Injury.Severity']}"
    counts = []
    for col, label in [("Total.Fatal.Injuries", "fatal"), ("Total.Serious.Injuries", "serious"),
                       ("Total.Minor.Injuries", "minor"), ("Total.Uninjured", "uninjured")]:
        if r[col]:
            counts.append(f"{r[col]} {label}")
    if counts:
        s += " (" + ", ".join(counts) + ")"
    if r["Aircraft.Damage"]:
        s += f", aircraft damage {r['Aircraft.Damage']}"
    s += "."
    return s


def build():
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False, encoding="utf-8")
    out = pd.DataFrame({
        "id": "ntsb-" + raw["Accident.Number"].str.lower(),
        "statement": raw.apply(statement_of, axis=1),
        "date": raw["Event.Date"],
        "date_precision": "day",
        "event_type": raw["Investigation.Type"],
        "location": raw["Location"],
        "country": raw["Country"],
        "actors": raw.apply(actors_of, axis=1),
        "aliases": raw.apply(aliases_of, axis=1),
        "deaths": raw.apply(deaths_of, axis=1).astype("Int64"),
        "injuries": raw.apply(injuries_of, axis=1).astype("Int64"),
        "source": "NTSB aviation accident database, Event.Id " + raw["Event.Id"]
                  + " ; " + NTSB_URL + " ; " + REPO_URL,
    })
    extra = raw.copy()
    return pd.concat([out[SCHEMA], extra], axis=1)


if __name__ == "__main__":
    facts = build()
    if "--stdout" in sys.argv:
        sys.stdout.write(facts.to_csv(index=False))
    else:
        facts.to_csv(HERE / "facts.csv", index=False)
        print(f"wrote {len(facts)} rows to {HERE / 'facts.csv'}")
