"""Write the three synthetic wire articles and articles/expected.csv for probe 16.

Asserts: 300-350 words of body text, every fragment occurs exactly once in its article,
relative dates resolve (datetime) to what the grade assumes, fact ids exist.

    python3 src/make_articles.py
"""
import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"
FACTS = pd.read_csv(ROOT / "facts.csv", dtype=str, keep_default_na=False).set_index("id")

SRC = "probe16 synthetic wire copy (written for claimcheck testing; not a real agency story)"

A1 = ("noaa_2022_review_2023-01-10.md",
      "Ian tops a costly year as US tallies its 2022 billion-dollar disasters", "2023-01-10", """\
WASHINGTON (Wire) - Hurricane Ian, which made landfall in southwest Florida on Sept. 28, caused about $112 billion in damage, making it by far the costliest weather disaster to hit the United States in 2022, according to an annual accounting released by the National Oceanic and Atmospheric Administration.

The storm killed 152 people, the agency's figures show, more than any other event on its list. Forecasters had struggled to pin down where Ian would come ashore, and many residents of Fort Myers Beach and Sanibel Island stayed put.

Less than two weeks before Ian, Hurricane Fiona swept across Puerto Rico, knocking out power to the entire island. NOAA put Fiona's death toll at 52.

In the nation's midsection and in Appalachia, flooding that began in Missouri and Kentucky in early June killed 42 people, many of them in eastern Kentucky hollows where creeks rose in the middle of the night and swept away houses.

Last month's winter storm and cold snap, which began on Dec. 21, brought blizzard conditions to Buffalo and sent temperatures plunging across the central and eastern states. It killed 87 people and caused an estimated $8.4 billion in damage, the tally shows.

Hurricane Nicole, a rare November storm that came ashore on Florida's Atlantic coast on Nov. 10, was blamed for five deaths and further eroded beaches already battered by Ian.

Drought and heat gripped much of the West and the central states through the year, drying up reservoirs and stranding barges on the Mississippi River. NOAA blamed 136 deaths on the drought and heat wave.

Scientists who compile the list say the count of billion-dollar events has risen sharply since the 1980s, even after adjusting for inflation, as more people and property sit in harm's way and a warming climate loads the dice toward extreme heat and heavy rain.

"We are seeing these events stack up, one after another, with less time to recover in between," one of the report's authors told reporters.
""")

A2 = ("lahaina_anniversary_2024-08-07.md",
      "A year after Lahaina burned, a string of 2023 disasters still weighs on the US", "2024-08-07", """\
LAHAINA, Hawaii (Wire) - A year after a wind-driven wildfire tore through this historic town on the west coast of Maui, residents are preparing to mark the anniversary with a paddle-out and a moment of silence at the banyan tree that survived the flames.

The fire on Aug. 8, 2023, killed 100 people, according to the National Oceanic and Atmospheric Administration's list of billion-dollar disasters, which puts the damage at $5.5 billion. More than 2,200 structures were destroyed, most of them homes.

Many families are still living in hotel rooms paid for by the federal government, and the pace of rebuilding has frustrated residents who say the town's character is slipping away.

The Maui fire was only one of a long run of costly disasters that hit the United States last year.

A month before Lahaina burned, floodwaters that began on July 9 swamped Vermont's capital, Montpelier, part of a Northeast flooding event that left 10 people dead.

Three weeks after the fire, Hurricane Idalia came ashore in Florida's Big Bend as a major hurricane. The storm killed 15 people, according to the NOAA tally.

Across the Pacific, Typhoon Mawar battered Guam in June last year, tearing roofs off homes and leaving much of the island without water for weeks. NOAA put the damage at about $4.3 billion.

Earlier in the spring, a tornado outbreak that began on March 24 flattened much of Rolling Fork, Mississippi, as storms across the South killed 23 people.

The list also includes the drought and heat wave that baked the South and Midwest from spring into fall, which NOAA says killed 247 people, the deadliest event on the 2023 list.

In Lahaina, officials have cleared most of the burned lots of debris, and the first permits to rebuild homes were issued this spring. Water and power have been restored to much of the burn area, but the main commercial strip along Front Street remains fenced off.

"Every day you drive past it, and you remember," said a fisherman whose family has lived in Lahaina for four generations.
""")

A3 = ("us_disasters_2024_review_2025-01-13.md",
      "Helene and Milton cap a year of deadly US weather disasters", "2025-01-13", """\
WASHINGTON (Wire) - Hurricane Helene, which came ashore in Florida's Big Bend in late September before unleashing catastrophic flooding in the mountains of western North Carolina, killed 225 people, according to figures from the National Oceanic and Atmospheric Administration.

That made Helene the deadliest hurricane to strike the U.S. mainland since Katrina in 2005.

Hurricane Milton made landfall near Siesta Key on Oct. 9, killing 24 people, just two weeks after Helene. NOAA has yet to put a price on either storm, listing their costs as still to be determined.

Earlier in the season, Hurricane Beryl struck the Texas coast on July 8, knocking out power to millions of homes and businesses in the Houston area during a sweltering heat wave. The storm killed 54 people in the United States.

Houston had already been hit once. The derecho that tore through the city on May 6 shattered windows in downtown office towers and killed eight people.

Hurricane Debby, which made landfall in Florida's Big Bend on Aug. 5, caused about $2.5 billion in damage as it crawled up the East Coast, dumping more than a foot of rain in parts of Georgia and the Carolinas.

The June wildfires in Arizona killed two people and caused $1.7 billion in damage, destroying more than 1,400 structures in and around the mountain village.

Tornadoes were a persistent threat through the spring. An outbreak that began on May 25, over the Memorial Day weekend, killed 16 people across the central states, and storms from March 12 caused about $6 billion in damage across the central and southern U.S.

Insurers and emergency managers say the string of storms has strained budgets at every level of government.

Federal scientists who maintain the billion-dollar disaster list have cautioned that losses are likely to keep climbing as more people move into harm's way along the coasts and in fire-prone foothills.

"You can't look at this year and call it an outlier anymore," said a risk analyst who studies disaster costs.
""")

# article file -> list of (fragment, verdict, fact_id, wrong_field, notes)
EXPECTED = {
    A1[0]: [
        ("Hurricane Ian, which made landfall in southwest Florida on Sept. 28, caused about $112 billion in damage",
         "supported", "bdd-20220928-hurricane-ian", "",
         "Sept. 28 (2022 from context) = Begin Date; unadjusted cost 111,800 million; place not recorded for named cyclones"),
        ("The storm killed 152 people", "supported", "bdd-20220928-hurricane-ian", "", "deaths 152"),
        ("Less than two weeks before Ian, Hurricane Fiona swept across Puerto Rico", "supported",
         "bdd-20220917-hurricane-fiona", "", "relative anchor: Fiona 2022-09-17 is 11 days before Ian 2022-09-28"),
        ("knocking out power to the entire island", "unverifiable", "", "", "power outages not recorded"),
        ("NOAA put Fiona's death toll at 52", "contradicted", "bdd-20220917-hurricane-fiona", "count",
         "PLANTED ERROR: table says 25 (digits swapped)"),
        ("flooding that began in Missouri and Kentucky in early June killed 42 people", "contradicted",
         "bdd-20220726-kentucky-and-missouri-flooding", "date",
         "PLANTED ERROR: began 2022-07-26 (late July), not early June; count and places agree"),
        ("Last month's winter storm and cold snap, which began on Dec. 21", "supported",
         "bdd-20221221-central-and-eastern-winter-storm-and-cold-wave", "",
         "'last month' in a 2023-01-10 article -> December 2022; Dec. 21 = Begin Date"),
        ("It killed 87 people and caused an estimated $8.4 billion in damage", "supported",
         "bdd-20221221-central-and-eastern-winter-storm-and-cold-wave", "", "deaths 87; unadjusted 8,445 million"),
        ("Hurricane Nicole, a rare November storm that came ashore on Florida's Atlantic coast on Nov. 10, was blamed for five deaths",
         "supported", "bdd-20221110-hurricane-nicole", "", "2022-11-10; deaths 5"),
    ],
    A2[0]: [
        ("The fire on Aug. 8, 2023, killed 100 people", "supported", "bdd-20230808-hawaii-firestorm", "",
         "deaths 100 as published (later public counts: 102)"),
        ("which puts the damage at $5.5 billion", "supported", "bdd-20230808-hawaii-firestorm", "",
         "unadjusted 5,500 million"),
        ("More than 2,200 structures were destroyed", "unverifiable", "", "", "structures not recorded"),
        ("A month before Lahaina burned, floodwaters that began on July 9 swamped Vermont's capital, Montpelier",
         "supported", "bdd-20230709-northeastern-flooding-and-north-central-severe-weather", "",
         "2023-07-09 is 30 days before 2023-08-08; Vermont is in the 'Northeastern' region"),
        ("Three weeks after the fire, Hurricane Idalia came ashore in Florida's Big Bend", "supported",
         "bdd-20230829-hurricane-idalia", "", "relative anchor: 2023-08-08 + 21 days = 2023-08-29 = Begin Date"),
        ("The storm killed 15 people, according to the NOAA tally", "contradicted", "bdd-20230829-hurricane-idalia",
         "count", "PLANTED ERROR: table says 5"),
        ("Typhoon Mawar battered Guam in June last year", "contradicted", "bdd-20230524-typhoon-mawar", "date",
         "PLANTED ERROR: 'last year' in a 2024 article = 2023; Mawar began 2023-05-24 (May)"),
        ("a tornado outbreak that began on March 24 flattened much of Rolling Fork, Mississippi, as storms across the South killed 23 people",
         "supported", "bdd-20230324-southern-and-eastern-severe-weather", "",
         "2023 from context ('last year'); row named '(April 2023)' begins 2023-03-24; deaths 23"),
        ("which NOAA says killed 247 people", "supported", "bdd-20230401-southern-midwestern-drought-and-heatwave", "",
         "deaths 247"),
    ],
    A3[0]: [
        ("killed 225 people, according to figures from the National Oceanic and Atmospheric Administration",
         "supported", "bdd-20240924-hurricane-helene", "", "deaths 225; 'late September' (2024) matches"),
        ("That made Helene the deadliest hurricane to strike the U.S. mainland since Katrina in 2005", "unverifiable",
         "", "", "Katrina (2005) is outside the slice; the comparison cannot be decided from the table"),
        ("Hurricane Milton made landfall near Siesta Key on Oct. 9, killing 24 people", "supported",
         "bdd-20241009-hurricane-milton", "",
         "2024-10-09 = Begin Date (the Name says '(August 2024)', a publisher slip); deaths 24"),
        ("Hurricane Beryl struck the Texas coast on July 8", "supported", "bdd-20240708-hurricane-beryl", "",
         "2024-07-08"),
        ("The storm killed 54 people in the United States", "contradicted", "bdd-20240708-hurricane-beryl", "count",
         "PLANTED ERROR: table says 45"),
        ("The derecho that tore through the city on May 6 shattered windows in downtown office towers and killed eight people",
         "contradicted", "bdd-20240516-southern-derecho", "date",
         "PLANTED ERROR: 2024-05-16, not May 6; deaths 8 agree"),
        ("Hurricane Debby, which made landfall in Florida's Big Bend on Aug. 5, caused about $2.5 billion in damage",
         "supported", "bdd-20240805-hurricane-debby", "", "2024-08-05; cost 2,476 million"),
        ("The June wildfires in Arizona killed two people and caused $1.7 billion in damage", "contradicted",
         "bdd-20240617-new-mexico-wildfires", "place",
         "PLANTED ERROR: the row is New Mexico Wildfires (June 2024); date, deaths and cost agree"),
        ("An outbreak that began on May 25, over the Memorial Day weekend, killed 16 people across the central states",
         "supported", "bdd-20240525-central-tornado-outbreak", "", "2024-05-25; deaths 16"),
    ],
}


def body_words(text):
    return len(re.findall(r"\b[\w'$.,-]+\b", text))


def main():
    # relative-date anchors used in the grades
    assert date(2022, 9, 28) - date(2022, 9, 17) < timedelta(days=14)
    assert date(2023, 8, 8) - date(2023, 7, 9) == timedelta(days=30)
    assert date(2023, 8, 8) + timedelta(days=21) == date(2023, 8, 29)
    assert FACTS.loc["bdd-20230829-hurricane-idalia", "date"] == "2023-08-29"
    assert FACTS.loc["bdd-20221221-central-and-eastern-winter-storm-and-cold-wave", "date"][:7] == "2022-12"
    assert FACTS.loc["bdd-20230524-typhoon-mawar", "date"][:7] == "2023-05"
    ART.mkdir(exist_ok=True)
    rows = []
    for fname, title, published, body in (A1, A2, A3):
        n = len(body.split())
        assert 300 <= n <= 350, (fname, n)
        text = f"---\ntitle: {title}\npublished: {published}\nsource: {SRC}\n---\n\n{body}"
        (ART / fname).write_text(text, encoding="utf-8")
        planted = 0
        for frag, verdict, fid, wf, notes in EXPECTED[fname]:
            assert body.count(frag) == 1, (fname, frag, body.count(frag))
            if fid:
                assert fid in FACTS.index, fid
            assert (verdict == "contradicted") == bool(wf)
            planted += notes.startswith("PLANTED")
            rows.append([fname, frag, verdict, fid, wf, notes])
        assert 2 <= planted <= 3 and 6 <= len(EXPECTED[fname]) <= 9
        print(fname, n, "words", len(EXPECTED[fname]), "fragments", planted, "planted")
    with (ART / "expected.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
