"""Map the raw NCEI rows (raw/ncei_signif_eq_2015-09_2016-12.tsv) to the claimcheck
fact schema.  Publisher spellings are kept; only what the schema needs is derived.
Run:  python map_to_schema.py   (writes facts.csv next to this file)
"""
import re
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "ncei_signif_eq_2015-09_2016-12.tsv"

SOURCE = ("NCEI/WDS Global Significant Earthquake Database, doi:10.7289/V5TD9V7K ; "
          "https://www.ngdc.noaa.gov/hazel/view/hazards/earthquake/search ; "
          "https://github.com/Collaborative-AI/Earthquake-Forecasting/blob/"
          "2ba537f1ff1a5125e7ea11fb3c0cf9c0de759ce4/src/scrapers/NOAA/NCEI-WDS-Earthquakes.tsv")

# UTC offset (hours) of the civil time in force at the epicentre's country on that day,
# keyed by the publisher's UTC date-time "Y-M-D H:M".  Looked up by hand (standard/DST
# rules of 2015-2016); see README "Derivations".
UTC_OFFSET = {
    "2015-9-16 22:55": -3,    # Chile (UTC-3 all year in 2015)
    "2015-9-24 15:53": 9,     # Indonesia, Sorong (WIT)
    "2015-10-17 11:33": -3,   # Argentina
    "2015-10-26 9:9": 4.5,    # Afghanistan
    "2015-11-4 3:44": 8,      # Indonesia, Alor (WITA)
    "2015-11-7 6:58": -4.5,   # Venezuela (UTC-4:30 until May 2016)
    "2015-11-11 1:54": -3,    # Chile
    "2015-11-13 20:51": 9,    # Japan
    "2015-11-17 7:10": 2,     # Greece (EET)
    "2015-11-17 17:29": 6,    # Kyrgyzstan
    "2015-11-18 18:31": 11,   # Solomon Islands
    "2015-11-22 20:38": -4.5, # Venezuela
    "2015-11-24 22:45": -5,   # Peru
    "2015-11-24 22:50": -5,   # Peru
    "2015-12-7 7:51": 5,      # Tajikistan
    "2015-12-17 19:49": -6,   # Mexico, Chiapas (CST)
    "2015-12-25 19:14": 4.5,  # Afghanistan (epicentre in Badakhshan)
    "2016-1-3 23:5": 5.5,     # India (IST)
    "2016-1-16 23:22": 9,     # Indonesia, Maluku (WIT)
    "2016-1-24 10:30": -9,    # Alaska (AKST)
    "2016-1-25 4:23": 0,      # Morocco (WET)
    "2016-2-5 19:57": 8,      # Taiwan
    "2016-3-2 12:49": 7,      # Indonesia, Sumatra (WIB)
    "2016-4-10 10:29": 4.5,   # Afghanistan
    "2016-4-13 13:55": 5.5,   # India (IST)
    "2016-4-15 16:25": 9,     # Japan
    "2016-4-16 23:58": -5,    # Ecuador
    "2016-4-28 19:33": 11,    # Vanuatu
    "2016-5-11 1:15": 8,      # China
    "2016-5-17 17:5": 8,      # China
    "2016-5-18 16:47": -5,    # Ecuador
    "2016-5-28 23:54": 1,     # Algeria
    "2016-6-1 22:56": 7,      # Indonesia, West Sumatra (WIB)
    "2016-6-7 19:15": 9,      # Indonesia, Ternate (WIT)
    "2016-7-1 14:59": 5,      # Tajikistan
    "2016-7-29 21:19": 10,    # Northern Mariana Islands (ChST)
    "2016-7-31 9:18": 8,      # China
    "2016-7-31 23:41": 8,     # Indonesia, Sumbawa (WITA)
    "2016-8-12 1:26": 11,     # New Caledonia
    "2016-8-15 2:58": -5,     # Peru
    "2016-8-19 7:33": -2,     # South Georgia & South Sandwich Is.
    "2016-8-20 9:1": 9,       # Japan
    "2016-8-24 1:36": 2,      # Italy (CEST)
    "2016-8-24 10:34": 6.5,   # Myanmar
    "2016-9-1 16:37": 12,     # New Zealand (NZST; NZDT began 25 Sep)
    "2016-9-10 12:27": 3,     # Tanzania
    "2016-9-11 13:10": 2,     # Macedonia (CEST)
    "2016-9-12 11:33": 9,     # South Korea
    "2016-9-23 16:12": 2,     # Rwanda
    "2016-9-28 16:49": -6,    # Nicaragua
    "2016-10-1 8:4": 5,       # Pakistan
    "2016-10-21 5:8": 9,      # Japan
    "2016-10-26 19:18": 2,    # Italy (CEST)
    "2016-10-30 6:40": 1,     # Italy (CET from 01:00 UTC that day)
    "2016-11-7 1:44": -6,     # Oklahoma (CST from 6 Nov)
    "2016-11-13 11:2": 13,    # New Zealand (NZDT)
    "2016-11-21 20:59": 9,    # Japan
    "2016-11-24 18:43": -6,   # Nicaragua / El Salvador offshore
    "2016-11-25 14:25": 8,    # China (Beijing time used officially in Xinjiang)
    "2016-11-27 23:35": 5.75, # Nepal
    "2016-11-29 20:9": 1,     # Poland
    "2016-12-1 0:25": -6,     # Costa Rica
    "2016-12-1 22:40": -5,    # Peru
    "2016-12-6 22:3": 7,      # Indonesia, Aceh (WIB)
    "2016-12-8 5:15": 8,      # China
    "2016-12-8 17:38": 11,    # Solomon Islands
    "2016-12-9 19:11": 11,    # Solomon Islands
    "2016-12-17 10:51": 10,   # Papua New Guinea
    "2016-12-19 7:11": -5,    # Ecuador
    "2016-12-25 14:22": -3,   # Chile (UTC-3 from 14 Aug 2016)
}

US_STATES = {"ALASKA", "OKLAHOMA", "CALIFORNIA", "HAWAII"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def countries(loc: str) -> str:
    out = []
    for seg in loc.split(";"):
        seg = seg.strip()
        if not seg:
            continue
        head = seg.split(":")[0].strip()
        if head.startswith("BALKANS"):          # "BALKANS NW:  MACEDONIA"
            head = seg.split(":")[1].strip()
        if head in US_STATES:
            head = "USA"
        for part in head.split("-") if head == "PERU-BRAZIL" else [head]:
            if part and part not in out:
                out.append(part)
    return "; ".join(out)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def as_int(v):
    return "" if pd.isna(v) else str(int(v))


def main():
    raw = pd.read_csv(RAW, sep="\t", dtype=str, keep_default_na=False)
    raw = raw.drop(columns=["Search Parameters"])          # empty export column
    rows = []
    ids_seen = {}
    for _, r in raw.iterrows():
        key = f"{r['Year']}-{r['Mo']}-{r['Dy']} {r['Hr']}:{r['Mn']}"
        off = UTC_OFFSET[key]
        utc = datetime(int(r["Year"]), int(r["Mo"]), int(r["Dy"]), int(r["Hr"]), int(r["Mn"]))
        loc_dt = utc + timedelta(hours=off)
        loc = re.sub(r"\s+", " ", r["Location Name"]).strip()
        ctry = countries(r["Location Name"])
        base = f"eq-{loc_dt:%Y-%m-%d}-{slug(ctry.split(';')[0])}"
        ids_seen[base] = ids_seen.get(base, 0) + 1
        rows.append((base, utc, loc_dt, off, loc, ctry, r))
    out = []
    for base, utc, loc_dt, off, loc, ctry, r in rows:
        fid = base if ids_seen[base] == 1 else f"{base}-{utc:%H%M}z"
        deaths = r["Total Deaths"]
        injuries = r["Total Injuries"]
        offs = f"UTC{'+' if off >= 0 else '-'}{int(abs(off))}" + (
            f":{int(round(abs(off) % 1 * 60)):02d}" if abs(off) % 1 else "")
        stmt = (f"A magnitude {r['Mag']} earthquake ({loc}) struck at {utc:%H:%M} UTC on "
                f"{utc.day} {MONTHS[utc.month-1]} {utc.year}, i.e. {loc_dt:%H:%M} on "
                f"{loc_dt.day} {MONTHS[loc_dt.month-1]} {loc_dt.year} local time ({offs}); "
                f"NCEI total deaths: {deaths or 'not given'}; total injuries: {injuries or 'not given'}.")
        notes = []
        if loc_dt.date() != utc.date():
            notes.append(f"local date {loc_dt:%Y-%m-%d} differs from the UTC date {utc:%Y-%m-%d} in the NCEI row")
        for col, dcol in (("Total Deaths", "Total Death Description"),
                          ("Total Injuries", "Total Injuries Description"),
                          ("Total Missing", "Total Missing Description")):
            if not r[col] and r[dcol]:
                notes.append(f"{col} empty but '{dcol}' = {r[dcol]} (NCEI code: 1 = 1-50, 2 = 51-100, 3 = 101-1000, 4 = over 1000)")
        if r["Deaths"] != r["Total Deaths"]:
            notes.append(f"earthquake-only Deaths = {r['Deaths'] or 'empty'}; Total Deaths (incl. tsunami etc.) = {deaths}")
        if r["Tsu"]:
            notes.append(f"linked NCEI tsunami event id {r['Tsu']}")
        rec = {
            "id": fid,
            "statement": stmt,
            "date": f"{loc_dt:%Y-%m-%d}",
            "date_precision": "day",
            "event_type": "earthquake; tsunami" if r["Tsu"] else "earthquake",
            "location": loc,
            "country": ctry,
            "actors": "",
            "aliases": "",
            "deaths": deaths,
            "injuries": injuries,
            "source": SOURCE,
            "notes": "; ".join(notes),
            "utc_offset_hours": off,
        }
        for c in raw.columns:                       # all publisher columns, own names
            rec[c] = r[c]
        out.append(rec)
    df = pd.DataFrame(out)
    assert df["id"].is_unique
    df.to_csv(HERE / "facts.csv", index=False)
    print(f"wrote {len(df)} facts")


if __name__ == "__main__":
    main()
