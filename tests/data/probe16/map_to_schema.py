"""Map the NOAA NCEI billion-dollar disaster rows (raw/) to the claimcheck facts.csv schema.

Written the way a user bringing their own table would do it: one output row per
published row, the publisher's names and values kept, only what the schema needs derived.

    python3 map_to_schema.py        # writes facts.csv next to this file
"""
import re
from datetime import date
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "events-US-1980-2024_slice.csv"
OUT = HERE / "facts.csv"

SOURCE = ("https://www.ncei.noaa.gov/access/billions/events ; "
          "https://github.com/computationalUncertaintyLab/dexp_book/blob/"
          "5f944ecb1114f5d651c6d96a5b7409b745cec175/events-US-1980-2024.csv")

# Words in NOAA's event names that describe the hazard rather than the place.
HAZARD = re.compile(
    r"\b(Severe Weather|Severe Storms?|Tornado Outbreak|Tornadoes|Hail Storms?|"
    r"Flash Flood|Flooding|Winter Storm|Cold Wave|Derecho|Drought|Heat ?[Ww]ave|"
    r"Wildfires|Firestorm|Storm)\b")


def ymd(s):
    return date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def location_from_name(name):
    """Region words of the NOAA name, e.g. 'Kentucky and Missouri Flooding (July 2022)'
    -> 'Kentucky; Missouri'. Named cyclones carry no place in the name -> ''."""
    base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    if re.match(r"^(Hurricane|Tropical Storm|Typhoon)\b", base):
        return ""
    parts = HAZARD.sub("|", base)
    out = []
    for chunk in parts.split("|"):
        for piece in re.split(r",| and ", chunk):
            piece = piece.strip(" -/")
            if piece and piece.lower() not in {"and", "-"}:
                out.append(piece)
    return "; ".join(dict.fromkeys(out))


def money(v):
    return v if v == "TBD" else f"${v} million"


def main():
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False)
    rows = []
    for _, r in raw.iterrows():
        b, e = ymd(r["Begin Date"]), ymd(r["End Date"])
        span = (e - b).days
        # Season/year-long entries start on a nominal first-of-month: keep them at month precision.
        if b.day == 1 and span > 31:
            d, prec = b.strftime("%Y-%m"), "month"
        else:
            d, prec = b.isoformat(), "day"
        base = re.sub(r"\s*\([^)]*\)\s*$", "", r["Name"])
        fid = f"bdd-{r['Begin Date']}-{slug(base)}"
        when = (b.strftime("%-d %B %Y") if span == 0
                else f"{b.strftime('%-d %B %Y')} to {e.strftime('%-d %B %Y')}")
        cost = (f"CPI-adjusted cost {money(r['CPI-Adjusted Cost'])} (unadjusted {money(r['Unadjusted Cost'])})"
                if r["CPI-Adjusted Cost"] != "TBD" else "cost TBD")
        statement = (f"{r['Name']}: {r['Disaster']} event in the U.S., {when}; {cost}; "
                     f"{r['Deaths']} deaths (NOAA NCEI billion-dollar disasters list).")
        rows.append({
            "id": fid,
            "statement": statement,
            "date": d,
            "date_precision": prec,
            "event_type": r["Disaster"],
            "location": location_from_name(r["Name"]),
            "country": "U.S.",
            "actors": "",
            "aliases": r["Name"],
            "deaths": r["Deaths"],
            "injuries": "",
            "source": SOURCE,
            "end_date": e.isoformat(),
            "CPI-Adjusted Cost": r["CPI-Adjusted Cost"],
            "Unadjusted Cost": r["Unadjusted Cost"],
        })
    facts = pd.DataFrame(rows)
    assert facts["id"].is_unique, facts[facts["id"].duplicated(keep=False)]
    facts.to_csv(OUT, index=False)
    print(f"wrote {len(facts)} rows to {OUT}")


if __name__ == "__main__":
    main()
