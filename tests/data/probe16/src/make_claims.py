"""Generate claims.jsonl for probe 16 (NOAA NCEI billion-dollar disasters, 2021-2024 rows).

Every claim carries, where it states them, the slots it asserts (resolved date, month,
death count, cost range) and these are asserted against facts.csv, so the expected
verdicts cannot silently drift from the table. Relative dates are resolved here with
datetime and asserted.

    python3 src/make_claims.py
"""
import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FACTS = pd.read_csv(ROOT / "facts.csv", dtype=str, keep_default_na=False).set_index("id")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s):
    return date.fromisoformat(s)


def last_weekday(article_date, name):
    """Most recent `name` strictly before the article date."""
    ad = d(article_date)
    back = (ad.weekday() - WEEKDAYS.index(name)) % 7 or 7
    return ad - timedelta(days=back)


def last_week(article_date):
    ad = d(article_date)
    monday = ad - timedelta(days=ad.weekday() + 7)
    return monday, monday + timedelta(days=6)


def span(fid):
    f = FACTS.loc[fid]
    if f["date_precision"] == "month":
        b = d(f["date"] + "-01")
    else:
        b = d(f["date"])
    return b, d(f["end_date"])


def costs(fid):
    f = FACTS.loc[fid]
    return [float(f[c]) for c in ("CPI-Adjusted Cost", "Unadjusted Cost") if f[c] != "TBD"]


CLAIMS = []


def C(text, ad, verdict, fid=None, wf=None, notes="", on=None, month=None, deaths=None,
      cost=None, rel=None):
    """on: ISO date the claim asserts; month: 'YYYY-MM'; deaths: (lo, hi) implied by the
    wording (inclusive); cost: (lo, hi) in millions of dollars; rel: (kind, arg) relative
    expression whose resolution must equal `on`."""
    if rel:
        kind, arg = rel
        if kind == "weekday":
            got = last_weekday(ad, arg)
        elif kind == "days_before":  # (anchor ISO, n)
            got = d(arg[0]) - timedelta(days=arg[1])
        elif kind == "last_week":  # 'on' = Monday of the previous Mon-Sun week
            got, sunday = last_week(ad)
            b, e = span(fid)
            assert sunday < b or got > e, (text, "last week overlaps the event")
        elif kind == "days_after":
            got = d(arg[0]) + timedelta(days=arg[1])
        else:
            raise ValueError(kind)
        assert got.isoformat() == on, (text, got, on)
    if verdict in ("supported", "contradicted"):
        assert fid in FACTS.index, fid
        f = FACTS.loc[fid]
        b, e = span(fid)
        checks = {}
        if on:
            if f["date_precision"] == "month":
                checks["date"] = on[:7] == f["date"]
            else:
                checks["date"] = d(on) == b
            if verdict == "contradicted" and wf == "date":
                # a wrong date must lie outside the whole Begin-End span, except
                # explicit wrong-phase claims (noted) which give the End Date as the start
                assert not (b <= d(on) <= e) or "PHASE" in notes, (text, on, b, e)
        if month:
            checks["date"] = checks.get("date", True) and (
                month == (f["date"] if f["date_precision"] == "month" else f["date"][:7]))
        if deaths:
            lo, hi = deaths
            checks["count"] = lo <= int(f["deaths"]) <= hi
        if cost:
            lo, hi = cost
            cs = costs(fid)
            assert cs, (text, "cost TBD in table: cannot be graded")
            checks["quantity"] = any(lo <= c <= hi for c in cs)
        if verdict == "supported":
            assert all(checks.values()), (text, checks)
            assert wf is None
        else:
            assert wf, text
            if wf in checks:
                assert checks[wf] is False, (text, checks)
            others = {k: v for k, v in checks.items() if k != wf}
            assert all(others.values()), (text, checks)
    else:
        assert fid is None and wf is None, text
    CLAIMS.append({"text": text, "article_date": ad, "expected_verdict": verdict,
                   "fact_id": fid, "wrong_field": wf, "notes": notes})


IDA = "bdd-20210829-hurricane-ida"
NICHOLAS = "bdd-20210914-hurricane-nicholas"
DEC10 = "bdd-20211210-southeast-central-tornado-outbreak"
DEC15 = "bdd-20211215-midwest-derecho-and-tornado-outbreak"
WF21 = "bdd-20210601-western-wildfires"
DR21 = "bdd-20210101-western-drought-and-heat-wave"
TXHAIL22 = "bdd-20220221-texas-hail-storms"
SOTOR22 = "bdd-20220330-southern-tornado-outbreak"
SETOR22 = "bdd-20220404-southeast-tornado-outbreak"
NCHAIL0509 = "bdd-20220509-north-central-hail-storms"
NCHAIL0519 = "bdd-20220519-north-central-hail-storms"
DERECHO22 = "bdd-20220613-central-derecho"
KYMO = "bdd-20220726-kentucky-and-missouri-flooding"
FIONA = "bdd-20220917-hurricane-fiona"
IAN = "bdd-20220928-hurricane-ian"
NICOLE = "bdd-20221110-hurricane-nicole"
WF22 = "bdd-20220401-western-wildfires"
XMAS22 = "bdd-20221221-central-and-eastern-winter-storm-and-cold-wave"
DR22 = "bdd-20220101-western-central-drought-and-heat-wave"
NEFEB23 = "bdd-20230202-northeastern-winter-storm-cold-wave"
MAR2_23 = "bdd-20230302-southern-and-eastern-severe-weather"
CAFLOOD = "bdd-20221226-california-flooding"
ROLLING = "bdd-20230324-southern-and-eastern-severe-weather"
MAR31_23 = "bdd-20230331-central-tornado-outbreak-and-eastern-severe-weather"
FTL = "bdd-20230412-fort-lauderdale-flash-flood"
TXHAIL23 = "bdd-20230518-texas-hail-storms"
MAWAR = "bdd-20230524-typhoon-mawar"
ROCKIES23 = "bdd-20230621-rockies-hail-storms-and-central-and-eastern-severe-weather"
NEFLOOD23 = "bdd-20230709-northeastern-flooding-and-north-central-severe-weather"
MAUI = "bdd-20230808-hawaii-firestorm"
MNHAIL = "bdd-20230811-minnesota-hail-storms"
IDALIA = "bdd-20230829-hurricane-idalia"
DR23 = "bdd-20230401-southern-midwestern-drought-and-heatwave"
EC23 = "bdd-20231216-east-coast-storm-and-flooding"
NW24 = "bdd-20240112-northwest-winter-storm"
JAN14_24 = "bdd-20240114-central-southern-northeastern-winter-storm-and-cold-wave"
MAR12_24 = "bdd-20240312-central-and-southern-severe-weather"
APR26_24 = "bdd-20240426-central-and-southern-tornado-outbreak"
DERECHO24 = "bdd-20240516-southern-derecho"
MEMDAY24 = "bdd-20240525-central-tornado-outbreak"
NMFIRE = "bdd-20240617-new-mexico-wildfires"
BERYL = "bdd-20240708-hurricane-beryl"
DEBBY = "bdd-20240805-hurricane-debby"
HELENE = "bdd-20240924-hurricane-helene"
MILTON = "bdd-20241009-hurricane-milton"

S, X, U, N = "supported", "contradicted", "unverifiable", "not_checkable"
BG = "place/background detail not recorded for named cyclones (location empty); graded on the stated date/count"

# ---------------------------------------------------------------- supported
C("Hurricane Ida roared ashore in Louisiana on Sunday, packing winds of 150 mph.", "2021-08-31", S, IDA,
  on="2021-08-29", rel=("weekday", "Sunday"), notes="'Sunday' -> 2021-08-29 = Begin Date; " + BG)
C("Ida killed 96 people in the United States, according to NOAA's tally of billion-dollar disasters.",
  "2022-01-10", S, IDA, deaths=(96, 96))
C("Damage from Hurricane Ida topped $70 billion.", "2022-01-10", S, IDA, cost=(70000, 10**9),
  notes="unadjusted 73,572 and CPI-adjusted 84,608.1 (millions) are both above $70bn")
C("Hurricane Nicholas, which came ashore in Texas in mid-September 2021, caused no deaths but more than $1 billion in losses.",
  "2022-01-10", S, NICHOLAS, month="2021-09", deaths=(0, 0), cost=(1000, 10**9),
  notes="deaths 0 is a recorded zero; cost 1,016 / 1,168.5 million")
C("The tornado outbreak of Dec. 10, 2021, which leveled much of Mayfield, Kentucky, killed 93 people.",
  "2022-01-10", S, DEC10, on="2021-12-10", deaths=(93, 93),
  notes="Mayfield, Kentucky lies in the region the table names (Southeast; Central)")
C("Friday night's tornadoes killed dozens of people across several states.", "2021-12-13", S, DEC10,
  on="2021-12-10", rel=("weekday", "Friday"), deaths=(24, 10**6),
  notes="'Friday' -> 2021-12-10; 'dozens' vs 93")
C("A rare December derecho raced across the Midwest on Wednesday, killing one person.", "2021-12-17", S, DEC15,
  on="2021-12-15", rel=("weekday", "Wednesday"), deaths=(1, 1))
C("Wildfires across the West in 2021 killed eight people and cost more than $10 billion.", "2022-01-10", S, WF21,
  month="2021-06", deaths=(8, 8), cost=(10000, 10**9),
  notes="'in 2021' vs a June-December 2021 season row (month precision 2021-06); cost 10,400 / 12,064")
C("NOAA blamed 229 deaths on the drought and heat wave that gripped the West in 2021.", "2022-01-10", S, DR21,
  month="2021-01", deaths=(229, 229), notes="year-long row, month precision 2021-01")
C("Hail storms that pelted Texas on Feb. 21, 2022, caused about $1 billion in damage.", "2022-06-01", S, TXHAIL22,
  on="2022-02-21", cost=(950, 1150), notes="unadjusted 1,008; CPI-adjusted 1,118.9 million")
C("A tornado outbreak swept across the South on March 30, 2022, killing two people.", "2022-04-05", S, SOTOR22,
  on="2022-03-30", deaths=(2, 2))
C("Three people were killed as tornadoes tore through the Southeast beginning April 4, 2022.", "2022-05-01", S, SETOR22,
  on="2022-04-04", deaths=(3, 3), notes="passive voice")
C("Thursday's hail storms across the north-central U.S. caused an estimated $2.4 billion in losses.", "2022-05-24", S,
  NCHAIL0519, on="2022-05-19", rel=("weekday", "Thursday"), cost=(2350, 2450),
  notes="'Thursday' -> 2022-05-19 (the second 'North Central Hail Storms (May 2022)' row; the 9 May row is a Monday); unadjusted 2,431")
C("A derecho tore across the central U.S. on June 13, 2022, killing one person.", "2022-07-01", S, DERECHO22,
  on="2022-06-13", deaths=(1, 1))
C("The July 2022 floods in Kentucky and Missouri killed 42 people.", "2023-01-10", S, KYMO, month="2022-07",
  deaths=(42, 42))
C("Floodwaters began rising in the St. Louis area on Tuesday, days before torrential rain swamped eastern Kentucky.",
  "2022-07-29", S, KYMO, on="2022-07-26", rel=("weekday", "Tuesday"),
  notes="'Tuesday' -> 2022-07-26 = Begin Date; St. Louis is in Missouri")
C("Hurricane Fiona, which battered Puerto Rico in September 2022, was blamed for 25 deaths.", "2023-01-10", S, FIONA,
  month="2022-09", deaths=(25, 25), notes=BG)
C("Hurricane Ian made landfall in southwest Florida on Wednesday.", "2022-10-03", S, IAN, on="2022-09-28",
  rel=("weekday", "Wednesday"), notes="'Wednesday' -> 2022-09-28; " + BG)
C("NOAA counts 152 deaths from Hurricane Ian.", "2023-01-10", S, IAN, deaths=(152, 152))
C("Hurricane Ian caused about $112 billion in damage.", "2023-01-10", S, IAN, cost=(111000, 113000),
  notes="unadjusted 111,800 million")
C("Adjusted for inflation, Hurricane Ian's losses come to about $118.5 billion.", "2024-06-01", S, IAN,
  cost=(118400, 118600), notes="CPI-adjusted 118,508 million")
C("Hurricane Nicole, a rare November hurricane, came ashore on Florida's east coast on Nov. 10, 2022.", "2022-11-15",
  S, NICOLE, on="2022-11-10", notes=BG)
C("Western wildfires killed 17 people in 2022, NOAA said.", "2023-01-10", S, WF22, month="2022-04", deaths=(17, 17),
  notes="'in 2022' vs an April-November 2022 season row")
C("The winter storm and cold wave that began on Dec. 21, 2022, killed 87 people, including dozens in the Buffalo area.",
  "2023-01-10", S, XMAS22, on="2022-12-21", deaths=(87, 87),
  notes="Buffalo sub-count not recorded; total and start date agree")
C("The storm, which began sweeping across the country four days before Christmas, caused an estimated $8.4 billion in damage.",
  "2023-01-10", S, XMAS22, on="2022-12-21", rel=("days_before", ("2022-12-25", 4)), cost=(8400, 8500),
  notes="four days before Christmas -> 2022-12-21; unadjusted 8,445")
C("87 killed in December's arctic blast, NOAA says", "2023-01-15", S, XMAS22, month="2022-12", deaths=(87, 87),
  notes="headline; 'December' in a January 2023 article -> December 2022")
C("The drought and heat wave that gripped the West and central U.S. through 2022 cost $23.5 billion after adjusting for inflation.",
  "2024-01-10", S, DR22, month="2022-01", cost=(23450, 23550), notes="CPI-adjusted 23,480.6")
C("A blast of Arctic air brought record cold to the Northeast in early February 2023 and was blamed for one death.",
  "2023-03-01", S, NEFEB23, month="2023-02", deaths=(1, 1))
C("Severe storms that swept the South and East on March 2, 2023, killed 13 people.", "2023-04-01", S, MAR2_23,
  on="2023-03-02", deaths=(13, 13))
C("A parade of atmospheric rivers that began on Dec. 26, 2022, and lasted into March killed 22 Californians.",
  "2023-04-01", S, CAFLOOD, on="2022-12-26", deaths=(22, 22), notes="demonym 'Californians' -> location California")
C("The storms that began on the night of March 24, 2023, flattening Rolling Fork, Mississippi, killed 23 people across the South.",
  "2023-04-10", S, ROLLING, on="2023-03-24", deaths=(23, 23),
  notes="row is named '(April 2023)' but begins 2023-03-24; Mississippi is in the 'Southern' region")
C("A violent tornado tore through the Mississippi Delta town of Rolling Fork late Friday.", "2023-03-26", S, ROLLING,
  on="2023-03-24", rel=("weekday", "Friday"), notes="'Friday' -> 2023-03-24 = Begin Date")
C("A tornado outbreak across the central U.S. on March 31, 2023, killed 33 people.", "2023-04-10", S, MAR31_23,
  on="2023-03-31", deaths=(33, 33))
C("Friday's twisters were part of an outbreak that killed more than 30 people.", "2023-04-03", S, MAR31_23,
  on="2023-03-31", rel=("weekday", "Friday"), deaths=(31, 10**6), notes="'Friday' -> 2023-03-31; 33 > 30")
C("Fort Lauderdale was deluged by record rain on April 12, 2023, causing more than $1 billion in damage.",
  "2023-05-01", S, FTL, on="2023-04-12", cost=(1000, 10**9), notes="1,100 / 1,133 million")
C("No one was killed in the April 2023 Fort Lauderdale flash flood.", "2023-05-01", S, FTL, month="2023-04",
  deaths=(0, 0), notes="deaths 0 is a recorded zero")
C("Hail storms in Texas on May 18, 2023, caused $1.6 billion in damage.", "2023-07-01", S, TXHAIL23, on="2023-05-18",
  cost=(1600, 1650), notes="unadjusted 1,625")
C("Typhoon Mawar, the strongest storm to hit Guam in decades, struck on May 24, 2023.", "2023-06-01", S, MAWAR,
  on="2023-05-24", notes=BG)
C("Typhoon Mawar battered Guam on Wednesday, ripping roofs off homes.", "2023-05-26", S, MAWAR, on="2023-05-24",
  rel=("weekday", "Wednesday"), notes="'Wednesday' -> 2023-05-24; " + BG)
C("Mawar was blamed for two deaths and about $4.3 billion in damage.", "2024-02-01", S, MAWAR, deaths=(2, 2),
  cost=(4200, 4400), notes="unadjusted 4,250; CPI-adjusted 4,377.5")
C("Storms that began with hail in the Rockies on June 21, 2023, killed eight people.", "2023-08-01", S, ROCKIES23,
  on="2023-06-21", deaths=(8, 8))
C("The flooding that hit Vermont and the Northeast beginning July 9, 2023, left 10 people dead.", "2023-08-01", S,
  NEFLOOD23, on="2023-07-09", deaths=(10, 10), notes="Vermont is in the 'Northeastern' region")
C("Torrential rain that began Sunday sent rivers over their banks across Vermont.", "2023-07-12", S, NEFLOOD23,
  on="2023-07-09", rel=("weekday", "Sunday"), notes="'Sunday' -> 2023-07-09")
C("The Aug. 8, 2023, wildfire on Maui killed 100 people, according to NOAA.", "2024-01-10", S, MAUI, on="2023-08-08",
  deaths=(100, 100), notes="Maui is in Hawaii")
C("The wind-driven fire that swept through Lahaina on Tuesday destroyed much of the historic town.", "2023-08-11", S,
  MAUI, on="2023-08-08", rel=("weekday", "Tuesday"), notes="'Tuesday' -> 2023-08-08; destruction detail not recorded")
C("The Hawaii firestorm caused $5.5 billion in damage.", "2024-01-10", S, MAUI, cost=(5500, 5500),
  notes="unadjusted 5,500")
C("A hail storm in Minnesota on Aug. 11, 2023, caused roughly $1.8 billion in damage.", "2023-10-01", S, MNHAIL,
  on="2023-08-11", cost=(1750, 1850), notes="1,775 / 1,828.3")
C("Hurricane Idalia, which came ashore in Florida's Big Bend in late August 2023, killed five people.", "2023-10-01",
  S, IDALIA, month="2023-08", deaths=(5, 5), notes=BG)
C("The 2023 drought and heat wave across the South and Midwest killed 247 people, NOAA says.", "2024-01-10", S, DR23,
  month="2023-04", deaths=(247, 247))
C("A pre-Christmas storm that drenched the East Coast starting Dec. 16, 2023, killed five people.", "2024-01-10", S,
  EC23, on="2023-12-16", deaths=(5, 5))
C("An ice storm that paralyzed Portland, Oregon, beginning Jan. 12, 2024, was part of a Northwest winter storm blamed for 20 deaths.",
  "2024-02-15", S, NW24, on="2024-01-12", deaths=(20, 20), notes="Portland, Oregon is in the Northwest")
C("A winter storm and bitter cold that gripped the central, southern and northeastern states from Jan. 14, 2024, killed 41 people.",
  "2024-02-15", S, JAN14_24, on="2024-01-14", deaths=(41, 41))
C("Storms across the central and southern U.S. from March 12, 2024, caused about $6 billion in damage.", "2024-05-01",
  S, MAR12_24, on="2024-03-12", cost=(5900, 6100), notes="unadjusted 6,031; CPI 6,091.4")
C("Tornadoes that hit Nebraska and Iowa on April 26, 2024, as part of an outbreak across the central and southern states, killed three people.",
  "2024-06-01", S, APR26_24, on="2024-04-26", deaths=(3, 3))
C("The derecho that smashed windows in downtown Houston on Thursday killed at least seven people.", "2024-05-20", S,
  DERECHO24, on="2024-05-16", rel=("weekday", "Thursday"), deaths=(7, 10**6),
  notes="'Thursday' -> 2024-05-16; 'at least seven' vs 8; Houston is in the 'Southern' region")
C("Memorial Day weekend tornadoes that began on May 25, 2024, killed 16 people across the central U.S.", "2024-06-15",
  S, MEMDAY24, on="2024-05-25", deaths=(16, 16))
C("Tornadoes that began tearing across the nation's midsection on Saturday killed at least 15 people.", "2024-05-28",
  S, MEMDAY24, on="2024-05-25", rel=("weekday", "Saturday"), deaths=(15, 10**6), notes="'Saturday' -> 2024-05-25")
C("The South Fork and Salt fires that erupted near Ruidoso, New Mexico, on June 17, 2024, killed two people.",
  "2024-08-01", S, NMFIRE, on="2024-06-17", deaths=(2, 2), notes="fire names not recorded; the row is 'New Mexico Wildfires (June 2024)'")
C("Beryl came ashore near Matagorda, Texas, on Monday as a Category 1 hurricane.", "2024-07-10", S, BERYL,
  on="2024-07-08", rel=("weekday", "Monday"), notes="'Monday' -> 2024-07-08; " + BG)
C("Hurricane Debby made landfall in Florida's Big Bend on Aug. 5, 2024, and was blamed for 10 deaths.", "2024-10-01",
  S, DEBBY, on="2024-08-05", deaths=(10, 10), notes=BG)
C("Hurricane Helene killed 225 people, NOAA says.", "2025-01-15", S, HELENE, deaths=(225, 225),
  notes="NCEI count; other tallies run higher")
C("Helene, which devastated western North Carolina in late September 2024, was by far the deadliest U.S. disaster of the year.",
  "2025-01-15", S, HELENE, month="2024-09",
  notes="comparative: 225 deaths vs next-highest 2024 row Beryl 45; " + BG)
C("Hurricane Milton made landfall near Siesta Key on Oct. 9, 2024.", "2024-10-15", S, MILTON, on="2024-10-09",
  notes="the table's Name says '(August 2024)' but Begin Date is 20241009: graded on the date column; " + BG)
C("Milton, which struck Florida on Wednesday night, spawned dozens of tornadoes.", "2024-10-12", S, MILTON,
  on="2024-10-09", rel=("weekday", "Wednesday"), notes="'Wednesday' -> 2024-10-09; tornado count not recorded")
C("Nearly 100 people died in Hurricane Ida, which swept from Louisiana to the Northeast.", "2022-03-01", S, IDA,
  deaths=(90, 99), notes="'nearly 100' vs 96")

# ------------------------------------------------------------- contradicted
C("Hurricane Ida struck Louisiana on Aug. 26, 2021.", "2021-10-01", X, IDA, "date", on="2021-08-26",
  notes="Begin Date 2021-08-29")
C("Ida killed 69 people nationwide.", "2022-01-10", X, IDA, "count", deaths=(69, 69), notes="transposed digits (96)")
C("Hurricane Ida caused an estimated $17 billion in damage.", "2022-01-10", X, IDA, "quantity", cost=(16500, 17500),
  notes="73,572 / 84,608.1 million")
C("Hurricane Nicholas killed four people when it struck Texas in September 2021.", "2021-10-20", X, NICHOLAS, "count",
  month="2021-09", deaths=(4, 4), notes="deaths 0 (recorded zero)")
C("The Dec. 10, 2021, tornado outbreak killed 39 people.", "2022-01-10", X, DEC10, "count", on="2021-12-10",
  deaths=(39, 39), notes="93")
C("The Kentucky tornadoes that killed 93 people on Friday left entire towns in ruins.", "2021-12-20", X, DEC10, "date",
  on="2021-12-17", rel=("weekday", "Friday"), deaths=(93, 93),
  notes="'Friday' before Monday 2021-12-20 is 2021-12-17; the outbreak was 2021-12-10 (a week earlier)")
C("The December 2021 derecho across the Midwest killed 15 people.", "2022-01-10", X, DEC15, "count",
  month="2021-12", deaths=(15, 15), notes="1 death")
C("Hail storms that pelted Oklahoma on Feb. 21, 2022, caused more than $1 billion in damage.", "2022-06-01", X,
  TXHAIL22, "place", on="2022-02-21", cost=(1000, 10**9), notes="location Texas")
C("A tornado outbreak that swept the South on March 3, 2022, killed two people.", "2022-04-05", X, SOTOR22, "date",
  on="2022-03-03", deaths=(2, 2), notes="2022-03-30")
C("The May 19, 2022, hail storms in the north-central states caused $4.2 billion in damage.", "2022-08-01", X,
  NCHAIL0519, "quantity", on="2022-05-19", cost=(4150, 4250), notes="2,431 / 2,625.4 million")
C("The derecho that raced across the central U.S. on July 13, 2022, killed one person.", "2022-08-01", X, DERECHO22,
  "date", on="2022-07-13", deaths=(1, 1), notes="2022-06-13 (wrong month)")
C("The July 2022 flooding in Kentucky and Missouri killed 24 people.", "2023-01-10", X, KYMO, "count",
  month="2022-07", deaths=(24, 24), notes="42 (transposed)")
C("Flooding in Kentucky and West Virginia in late July 2022 killed 42 people.", "2023-01-10", X, KYMO, "place",
  month="2022-07", deaths=(42, 42), notes="location Kentucky; Missouri")
C("Record rain started flooding the St. Louis area on Monday, before the storms moved east into Kentucky.",
  "2022-07-29", X, KYMO, "date", on="2022-07-25", rel=("weekday", "Monday"),
  notes="'Monday' -> 2022-07-25; Begin Date 2022-07-26 (Tuesday)")
C("Hurricane Fiona killed 52 people.", "2023-01-10", X, FIONA, "count", deaths=(52, 52), notes="25")
C("Hurricane Fiona slammed into Puerto Rico on Nov. 10, 2022.", "2023-01-10", X, FIONA, "date", on="2022-11-10",
  notes="Nicole's date; Fiona 2022-09-17")
C("Hurricane Ian killed 125 people.", "2023-01-10", X, IAN, "count", deaths=(125, 125), notes="152")
C("Hurricane Ian made landfall on Sept. 28, 2021.", "2022-10-20", X, IAN, "date", on="2021-09-28",
  notes="wrong year (2022)")
C("Hurricane Ian, which made landfall last week, has left hundreds of thousands of Floridians without power.",
  "2022-10-12", X, IAN, "date", on="2022-10-03", rel=("last_week", None),
  notes="'last week' before Wed 2022-10-12 = Mon 3 - Sun 9 Oct 2022; Ian began 2022-09-28 (two weeks earlier). 'on' is the start of that week; the whole week lies outside 28-30 Sep")
C("Ian caused $11.2 billion in damage.", "2023-01-10", X, IAN, "quantity", cost=(11100, 11300),
  notes="misplaced decimal; 111,800 million")
C("Hurricane Nicole came ashore in Florida on Oct. 10, 2022.", "2022-11-20", X, NICOLE, "date", on="2022-10-10",
  notes="2022-11-10 (wrong month)")
C("Nicole killed 25 people.", "2023-01-10", X, NICOLE, "count", deaths=(25, 25), notes="5 (25 is Fiona's toll)")
C("Wildfires in the West killed 71 people in 2022.", "2023-01-10", X, WF22, "count", month="2022-04",
  deaths=(71, 71), notes="17")
C("The arctic storm that began on Dec. 26, 2022, killed 87 people.", "2023-01-10", X, XMAS22, "date",
  on="2022-12-26", deaths=(87, 87),
  notes="PHASE: 26 Dec is the End Date; the storm began 2022-12-21")
C("The Arctic blast that brought record cold to the Northeast in early February 2022 killed one person.",
  "2023-03-01", X, NEFEB23, "date", month="2022-02", deaths=(1, 1), notes="February 2023")
C("Storms across the South and East on March 2, 2023, killed 31 people.", "2023-04-01", X, MAR2_23, "count",
  on="2023-03-02", deaths=(31, 31), notes="13")
C("The winter storms that battered California from late December 2022 into March 2023 killed 222 people.",
  "2023-04-01", X, CAFLOOD, "count", month="2022-12", deaths=(222, 222), notes="22")
C("The Rolling Fork tornado outbreak of March 31, 2023, killed 23 people.", "2023-05-01", X, ROLLING, "date",
  on="2023-03-31", deaths=(23, 23),
  notes="Rolling Fork was 2023-03-24; 31 March is the other (Central) outbreak's date")
C("The storms that struck Rolling Fork, Mississippi, on March 24, 2023, killed 33 people across the South.",
  "2023-05-01", X, ROLLING, "count", on="2023-03-24", deaths=(33, 33),
  notes="23; 33 is the 31 March outbreak's toll")
C("The March 31, 2023, tornado outbreak caused $2.8 billion in damage.", "2023-05-01", X, MAR31_23, "quantity",
  on="2023-03-31", cost=(2750, 2850), notes="5,628 / 5,853.2 million")
C("The April 12, 2023, flash flood in Miami caused more than $1 billion in damage.", "2023-05-01", X, FTL, "place",
  on="2023-04-12", cost=(1000, 10**9), notes="location Fort Lauderdale")
C("The tornado that struck Fort Lauderdale on April 12, 2023, caused more than $1 billion in damage.", "2023-05-01",
  X, FTL, "event", on="2023-04-12", cost=(1000, 10**9), notes="event_type Flooding (flash flood), not a tornado")
C("Hail storms in Oklahoma on May 18, 2023, caused $1.6 billion in damage.", "2023-07-01", X, TXHAIL23, "place",
  on="2023-05-18", cost=(1600, 1650), notes="location Texas")
C("Typhoon Mawar killed 20 people on Guam.", "2023-07-01", X, MAWAR, "count", deaths=(20, 20), notes="2")
C("Typhoon Mawar struck Guam in late June 2023.", "2023-08-01", X, MAWAR, "date", month="2023-06",
  notes="2023-05-24")
C("The July 2023 flooding in Vermont and the Northeast killed 19 people.", "2023-08-01", X, NEFLOOD23, "count",
  month="2023-07", deaths=(19, 19), notes="10")
C("The Maui wildfire of Aug. 8, 2023, killed 115 people.", "2023-09-01", X, MAUI, "count", on="2023-08-08",
  deaths=(115, 115), notes="100 in the table")
C("The Lahaina fire killed 102 people.", "2024-08-08", X, MAUI, "count", deaths=(102, 102),
  notes="102 is the later official count in the public record; the table (as published) says 100, so graded contradicted")
C("The Aug. 8, 2023, firestorm that killed 100 people in California was the deadliest U.S. wildfire in more than a century.",
  "2024-01-10", X, MAUI, "place", on="2023-08-08", deaths=(100, 100), notes="location Hawaii")
C("The fire that destroyed Lahaina on Wednesday was fanned by winds from a passing hurricane.", "2023-08-11", X, MAUI,
  "date", on="2023-08-09", rel=("weekday", "Wednesday"),
  notes="'Wednesday' before Fri 2023-08-11 -> 2023-08-09; the row is the single day 2023-08-08 (Tuesday)")
C("The hurricane that devastated Maui on Aug. 8, 2023, killed 100 people.", "2024-01-10", X, MAUI, "event",
  on="2023-08-08", deaths=(100, 100), notes="event_type Wildfire ('Hawaii Firestorm'), not a hurricane")
C("A hail storm in Wisconsin on Aug. 11, 2023, caused roughly $1.8 billion in damage.", "2023-10-01", X, MNHAIL,
  "place", on="2023-08-11", cost=(1750, 1850), notes="location Minnesota")
C("Hurricane Idalia killed 15 people.", "2023-10-01", X, IDALIA, "count", deaths=(15, 15), notes="5")
C("Hurricane Idalia made landfall in Florida's Big Bend on Sept. 29, 2023.", "2023-10-15", X, IDALIA, "date",
  on="2023-09-29", notes="2023-08-29 (wrong month)")
C("The 2023 drought and heat wave across the South and Midwest killed 427 people.", "2024-01-10", X, DR23, "count",
  month="2023-04", deaths=(427, 427), notes="247 (transposed)")
C("The January 2024 ice storm in the Pacific Northwest was blamed for 41 deaths.", "2024-02-15", X, NW24, "count",
  month="2024-01", deaths=(41, 41), notes="20; 41 is the 14-18 January central/southern/northeastern storm")
C("The winter storm and deep freeze that began on Jan. 4, 2024, across the central, southern and northeastern states killed 41 people.",
  "2024-02-15", X, JAN14_24, "date", on="2024-01-04", deaths=(41, 41), notes="2024-01-14")
C("Storms across the central and southern U.S. from March 12, 2024, caused about $16 billion in damage.",
  "2024-05-01", X, MAR12_24, "quantity", on="2024-03-12", cost=(15500, 16500), notes="6,031 / 6,091.4 million")
C("The derecho that blew out windows in downtown Houston on May 6, 2024, killed eight people.", "2024-06-01", X,
  DERECHO24, "date", on="2024-05-06", deaths=(8, 8), notes="2024-05-16")
C("The Houston derecho of May 16, 2024, killed 18 people.", "2024-06-01", X, DERECHO24, "count", on="2024-05-16",
  deaths=(18, 18), notes="8")
C("The Memorial Day weekend tornado outbreak that began May 25, 2024, killed 26 people.", "2024-06-15", X, MEMDAY24,
  "count", on="2024-05-25", deaths=(26, 26), notes="16")
C("The June 2024 wildfires in Arizona killed two people and caused $1.7 billion in damage.", "2024-08-01", X, NMFIRE,
  "place", month="2024-06", deaths=(2, 2), cost=(1700, 1700), notes="location New Mexico")
C("The South Fork and Salt fires in New Mexico in June 2024 killed 12 people.", "2024-08-01", X, NMFIRE, "count",
  month="2024-06", deaths=(12, 12), notes="2")
C("Hurricane Beryl made landfall in Texas on June 8, 2024.", "2024-08-01", X, BERYL, "date", on="2024-06-08",
  notes="2024-07-08 (wrong month)")
C("Beryl, which hit the Texas coast on Sunday, left more than 2 million homes and businesses in the dark.",
  "2024-07-10", X, BERYL, "date", on="2024-07-07", rel=("weekday", "Sunday"),
  notes="'Sunday' before Wed 2024-07-10 -> 2024-07-07; Beryl's row is the single day 2024-07-08 (Monday)")
C("Beryl killed 54 people in the U.S.", "2025-01-15", X, BERYL, "count", deaths=(54, 54), notes="45 (transposed)")
C("Hurricane Debby caused about $24.8 billion in damage.", "2024-12-01", X, DEBBY, "quantity", cost=(24700, 24900),
  notes="misplaced decimal: 2,476 million = $2.5 billion")
C("Hurricane Helene killed 252 people.", "2025-01-15", X, HELENE, "count", deaths=(252, 252),
  notes="table 225 (NCEI); some later public tallies are near 250, but the table is graded as published")
C("Hurricane Milton struck Florida in August 2024.", "2025-01-15", X, MILTON, "date", month="2024-08",
  notes="the table's Begin Date is 2024-10-09; its Name says '(August 2024)', a publisher slip. Graded on the date column")

# ------------------------------------------------------------ unverifiable
C("Hurricane Harvey dumped more than 60 inches of rain on parts of southeast Texas in August 2017.", "2018-01-10", U,
  notes="Harvey (2017) is in NOAA's full file but not in this 2021-2024 slice")
C("Harvey killed 89 people, NOAA says.", "2018-01-10", U,
  notes="true per the full NOAA file (89), but the row is outside the slice")
C("Hurricane Laura killed 42 people when it struck Louisiana in August 2020.", "2021-01-10", U,
  notes="outside the slice (2020)")
C("The February 2021 winter storm that crippled the Texas power grid killed 262 people.", "2022-01-10", U,
  notes="Feb 2021 row is in the full file but outside the slice")
C("Hurricane Francine made landfall in Louisiana on Sept. 11, 2024.", "2024-10-01", U,
  notes="not in this edition's rows")
C("The Palisades and Eaton fires that broke out in Los Angeles in January 2025 destroyed thousands of homes.",
  "2025-01-20", U, notes="after the end of the dataset")
C("Hurricane Otis struck Acapulco as a Category 5 storm in October 2023.", "2023-11-01", U,
  notes="Mexico; not a U.S. disaster")
C("Floods triggered by Storm Daniel killed thousands in Derna, Libya, in September 2023.", "2023-10-01", U,
  notes="not a U.S. event")
C("Monsoon floods submerged a third of Pakistan in the summer of 2022.", "2022-10-01", U, notes="not a U.S. event")
C("Ida left more than 1 million customers in Louisiana without power.", "2021-09-05", U,
  notes="power outages not recorded (Ida row exists)")
C("Hurricane Ian made landfall with sustained winds of 150 mph.", "2022-10-05", U, notes="wind speed not recorded")
C("Hurricane Ian made landfall in Texas.", "2022-10-05", U,
  notes="false in reality (Florida), but the Ian row has no location: the place cannot be decided from the table")
C("Helene caused about $79 billion in damage.", "2025-01-15", U,
  notes="Helene's cost columns say TBD in the table")
C("Milton caused an estimated $34 billion in losses.", "2025-01-15", U, notes="Milton's cost columns say TBD")
C("The Lahaina fire destroyed more than 2,200 structures.", "2023-09-01", U, notes="structures not recorded")
C("The Mayfield tornado was rated EF4 and stayed on the ground for about 165 miles.", "2022-01-10", U,
  notes="rating / path length not recorded")
C("At least 500 people were injured in the March 31, 2023, outbreak.", "2023-05-01", U,
  notes="injuries column empty (not in dataset)")
C("FEMA approved more than $100 million in aid after the eastern Kentucky floods.", "2022-09-01", U,
  notes="aid not recorded")
C("The April 26-28, 2024, outbreak produced more than 100 tornadoes.", "2024-06-01", U,
  notes="tornado counts not recorded")
C("Hilary became the first tropical storm to hit Southern California in 84 years.", "2023-08-25", U,
  notes="Hilary has no row in this edition")
C("The December 2022 blizzard dropped more than 50 inches of snow on parts of the Buffalo area.", "2023-01-10", U,
  notes="snowfall not recorded")
C("Idalia made landfall as a Category 3 hurricane.", "2023-09-01", U, notes="category not recorded")
C("Hurricane Lee made landfall in Nova Scotia in September 2023.", "2023-10-01", U, notes="not in table")
C("Smoke from Canadian wildfires turned New York City's skies orange in June 2023.", "2023-07-01", U,
  notes="not in table")
C("Tropical Storm Alberto drenched South Texas in June 2024.", "2024-07-01", U, notes="no row in this edition")
C("Hurricane Rafael struck western Cuba in November 2024.", "2024-12-01", U, notes="not a U.S. event; not in table")
C("The Smokehouse Creek fire, which began on Feb. 26, 2024, became the largest wildfire in Texas history.",
  "2024-04-01", U, notes="no separate row for it in this edition")
C("Remnants of Ida killed 13 people in New York City, most of them in flooded basement apartments.", "2021-09-10", U,
  notes="city sub-count not recorded (Ida total 96 only)")
C("Insured losses from Hurricane Ian reached about $60 billion.", "2023-01-10", U,
  notes="insured losses not recorded (table has total cost)")
C("Fiona knocked out power to the whole of Puerto Rico.", "2022-09-25", U, notes="outages not recorded")
C("The Houston derecho knocked out power to nearly 1 million customers.", "2024-05-20", U,
  notes="outages not recorded")
C("The Dixie Fire burned nearly 1 million acres in 2021.", "2022-01-10", U, notes="acreage / individual fires not recorded")
C("The Mississippi River fell to record lows near Memphis in October 2022.", "2022-11-01", U,
  notes="not recorded (the 2022 drought row has no such detail)")
C("Milton spawned 46 tornadoes across Florida.", "2024-11-01", U, notes="tornado count not recorded")

# ----------------------------------------------------------- not_checkable
C("Billion-dollar disasters will only become more frequent as the planet keeps warming.", "2024-01-10", N,
  notes="prediction")
C("Florida's leaders must do far more to harden the power grid before the next hurricane.", "2024-10-15", N,
  notes="call to act / opinion")
C("Residents of flood-prone neighborhoods should buy flood insurance now, officials urged.", "2023-05-01", N,
  notes="call to act")
C("The government's response to the Maui fire was a disgrace, one Lahaina resident said.", "2023-08-20", N,
  notes="opinion")
C("Next year's hurricane season could be even worse than this one.", "2024-11-30", N, notes="prediction")
C("NOAA's decision to stop updating its billion-dollar disaster database is a mistake.", "2025-06-01", N,
  notes="opinion")


def main():
    out = ROOT / "claims.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, c in enumerate(CLAIMS, 1):
            row = {"id": f"p16-c{i:03d}", **c}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CLAIMS), Counter(c["expected_verdict"] for c in CLAIMS),
          Counter(c["wrong_field"] for c in CLAIMS if c["wrong_field"]))


if __name__ == "__main__":
    main()
