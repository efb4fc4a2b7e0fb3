"""Map the raw Mother Jones rows (raw/*.csv, byte-for-byte copy) to the claimcheck
facts schema, the way a user would: keep the publisher's spellings, place forms and
columns; fill the 12 devset columns (+ notes) from them.

Usage: python map_to_schema.py   (writes facts.csv next to this file)
"""
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "mother_jones_mass_shootings_rows_1-61.csv"
REPO = "gu-enia5120/enia5120-fall-2025"
COMMIT = "09566d669e213b3075f8abdbbc84453ac04ad081"
SOURCE = ("https://www.motherjones.com/politics/2012/12/mass-shootings-mother-jones-full-data/ ; "
          f"https://github.com/{REPO}/blob/{COMMIT}/mass_shootings.csv")

# case (as published) -> (id, actors, aliases, row notes)
MANUAL = {
    "Apalachee High School shooting": ("mj-apalachee-2024", "Colt Gray (shooter, 14)", "Apalachee High School; Winder school shooting", ""),
    "Arkansas grocery store shooting": ("mj-fordyce-2024", "Travis Posey (shooter, 44)", "Fordyce shooting; Mad Butcher grocery store shooting", ""),
    "UNLV shooting": ("mj-unlv-2023", "Anthony Polito (shooter, 67; former university professor)", "University of Nevada, Las Vegas shooting", "same city as mj-lasvegas-2017"),
    "Maine bowling alley and bar shootings": ("mj-lewiston-2023", "Robert Card (shooter, 40; Army reservist and firearms instructor)", "Lewiston shootings; Lewiston mass shooting", "publisher type: Spree"),
    "Jacksonville Dollar General store shooting": ("mj-jacksonville-2023", "Ryan Palmeter (shooter, 21)", "Jacksonville Dollar General shooting", ""),
    "Orange County biker bar shooting": ("mj-trabuco-2023", "John Snowling (shooter, 59; retired Ventura Police Department sergeant)", "Cook's Corner shooting", "not the same event as mj-orange-2021 (city of Orange)"),
    "Philidelphia neighborhood shooting": ("mj-philadelphia-2023", "Kimbrady Carriker (shooter, 40)", "", "case name spelled 'Philidelphia' by the publisher; kept"),
    "New Mexico neighborhood shooting": ("mj-farmington-2023", "Beau Wilson (shooter, 18)", "Farmington shooting", ""),
    "Texas outlet mall shooting": ("mj-allen-2023", "Mauricio Garcia (shooter, 33)", "Allen Premium Outlets shooting; Allen mall shooting", "summary places Allen 'just north of Dallas'"),
    "Louisville bank shooting": ("mj-louisville-2023", "Connor Sturgeon (shooter, 25)", "Old National Bank shooting", ""),
    "Nashville Christian school shooting": ("mj-nashville-2023", "Audrey Hale (shooter, 28)", "Covenant School shooting", "summary: three adults and three 9-year-old children killed"),
    "Michigan State University shooting": ("mj-msu-2023", "Anthony D. McRae (shooter, 43)", "MSU shooting", ""),
    "Half Moon Bay spree shooting": ("mj-halfmoonbay-2023", "Chunli Zhao (shooter, 67)", "Half Moon Bay shootings", "two days after mj-montereypark-2023"),
    "LA dance studio mass shooting": ("mj-montereypark-2023", "Huu Can Tran (shooter, 72)", "Monterey Park shooting; Star Ballroom Dance Studio shooting; Lunar New Year shooting", "first reports gave 10 dead; publisher's figure is 11"),
    "Virginia Walmart shooting": ("mj-chesapeake-2022", "Andre Bing (shooter, 31; store supervisor)", "Chesapeake Walmart shooting", ""),
    "LGBTQ club shooting": ("mj-coloradosprings-2022", "Anderson L. Aldrich (shooter, 22)", "Club Q shooting", ""),
    "University of Virginia shooting": ("mj-uva-2022", "Christopher Darnell Jones Jr. (shooter, 22)", "UVA shooting", ""),
    "Raleigh spree shooting": ("mj-raleigh-2022", "Austin Thompson (shooter, 15)", "Hedingham shooting", "publisher's location is the Hedingham neighbourhood ('Hedingham, North Carolina'); the case name says Raleigh"),
    "Greenwood Park Mall shooting": ("mj-greenwood-2022", "Jonathan Sapirman (shooter, 20); armed civilian (stopped the shooter)", "", ""),
    "Highland Park July 4 parade shooting": ("mj-highlandpark-2022", 'Robert "Bobby" Crimo (shooter, 21)', "Highland Park parade shooting; Fourth of July parade shooting", ""),
    "Church potluck dinner shooting": ("mj-birmingham-2022", "Robert Findlay Smith (shooter, 70)", "", ""),
    "Concrete company shooting": ("mj-smithsburg-2022", "Joe Louis Esquivel (shooter, 23)", "Smithsburg shooting", ""),
    "Tulsa medical center shooting": ("mj-tulsa-2022", "Michael Louis (shooter, 45)", "Saint Francis hospital shooting", ""),
    "Robb Elementary School massacre": ("mj-uvalde-2022", "Salvador Ramos (shooter, 18)", "Uvalde school shooting; Robb Elementary shooting", ""),
    "Buffalo supermarket massacre": ("mj-buffalo-2022", "Payton S. Gendron (shooter, 18)", "Tops supermarket shooting; Tops Friendly Markets shooting", ""),
    "Sacramento County church shooting": ("mj-sacramento-2022", "unnamed father (shooter; not named in the row)", "", "perpetrator not named by the publisher; age empty"),
    "Oxford High School shooting": ("mj-oxford-2021", "Ethan Crumbley (shooter, 15)", "Oxford school shooting", ""),
    "San Jose VTA shooting": ("mj-sanjose-2021", "Samuel Cassidy (shooter, 57; Valley Transportation Authority employee)", "VTA rail yard shooting", ""),
    "FedEx warehouse shooting": ("mj-indianapolis-2021", "Brandon Scott Hole (shooter, 19)", "Indianapolis FedEx shooting", "summary: opened fire around 11 p.m."),
    "Orange office complex shooting": ("mj-orange-2021", "Aminadab Gaxiola Gonzalez (shooter, 44)", "", "city of Orange, California; not mj-trabuco-2023"),
    "Boulder supermarket shooting": ("mj-boulder-2021", "Ahmad Al Aliwi Alissa (shooter, 21)", "King Soopers shooting", ""),
    "Atlanta massage parlor shootings": ("mj-atlanta-2021", "Robert Aaron Long (shooter, 21)", "Atlanta spa shootings", ""),
    "Springfield convenience store shooting": ("mj-springfield-2020", "Joaquin S. Roman (shooter, 31)", "Kum & Go shooting", "exactly one year before mj-atlanta-2021"),
    "Molson Coors shooting": ("mj-milwaukee-2020", "Anthony Ferrill (shooter, 51; employee)", "", ""),
    "Jersey City kosher market shooting": ("mj-jerseycity-2019", "David N. Anderson (shooter, 47); Francine Graham (shooter, 50)", "JC Kosher Supermarket shooting", "two perpetrators (both killed), not counted in fatalities; age_of_shooter empty"),
    "Pensacola Naval base shooting": ("mj-pensacola-2019", "Ahmed Mohammed al-Shamrani (shooter, 21; Saudi Arabian military pilot trainee)", "Naval Air Station Pensacola shooting", ""),
    "Odessa-Midland shooting spree": ("mj-odessa-2019", "Seth A. Ator (shooter, 36)", "Midland–Odessa shooting", ""),
    "Dayton entertainment district shooting": ("mj-dayton-2019", "Connor Betts (shooter, 24)", "Oregon District shooting; Dayton shooting", "began about 1 a.m. Sunday, the night after mj-elpaso-2019"),
    "El Paso Walmart mass shooting": ("mj-elpaso-2019", "Patrick Crusius (shooter, 21)", "El Paso Walmart shooting", "first reports gave 20 dead; publisher's figure is 22"),
    "Gilroy garlic festival shooting": ("mj-gilroy-2019", "Santino William LeGan (shooter, 19)", "Gilroy Garlic Festival shooting", ""),
    "Virginia Beach municipal building shooting": ("mj-virginiabeach-2019", "DeWayne Craddock (shooter, 40; municipal city worker)", "Virginia Beach shooting", ""),
    "Harry Pratt Co. warehouse shooting": ("mj-aurora-2019", "Gary Martin (shooter, 45)", "Henry Pratt Company shooting; Aurora warehouse shooting", "publisher writes 'Harry Pratt Co.'; kept. Summary: five dead coworkers and five injured police officers"),
    "Pennsylvania hotel bar shooting": ("mj-statecollege-2019", "Jordan Witmer (shooter, 21)", "State College shooting", ""),
    "SunTrust bank shooting": ("mj-sebring-2019", "Zephen A. Xaver (shooter, 21)", "Sebring bank shooting", ""),
    "Mercy Hospital shooting": ("mj-chicago-2018", "Juan Lopez (shooter, 32)", "", "shooter killed, not counted"),
    "Thousand Oaks nightclub shooting": ("mj-thousandoaks-2018", "Ian David Long (shooter, 28)", "Borderline Bar & Grill shooting", ""),
    "Tree of Life synagogue shooting": ("mj-pittsburgh-2018", "Robert D. Bowers (shooter, 46)", "Pittsburgh synagogue shooting", ""),
    "Rite Aid warehouse shooting": ("mj-perryman-2018", "Snochia Moseley (shooter, 26)", "", "publisher gender: F"),
    "T&T Trucking shooting": ("mj-bakersfield-2018", "Javier Casarez (shooter, 54)", "", ""),
    "Fifth Third Center shooting": ("mj-cincinnati-2018", "Omar Enrique Santa Perez (shooter, 29)", "", ""),
    "Capital Gazette shooting": ("mj-annapolis-2018", "Jarrod W. Ramos (shooter, 38)", "Annapolis newsroom shooting", ""),
    "Santa Fe High School shooting": ("mj-santafe-2018", "Dimitrios Pagourtzis (shooter, 17)", "", "Santa Fe, Texas (not New Mexico)"),
    "Waffle House shooting": ("mj-wafflehouse-2018", "Travis Reinking (shooter, 29); bystander (disarmed the shooter)", "Antioch Waffle House shooting; Nashville Waffle House shooting", "location published as 'Nashville, Tennessee'; summary says Antioch"),
    "Yountville veterans home shooting": ("mj-yountville-2018", "Albert Cheung Wong (shooter, 36; Army veteran)", "", ""),
    "Marjory Stoneman Douglas High School shooting": ("mj-parkland-2018", "Nikolas J. Cruz (shooter, 19)", "Parkland shooting; Stoneman Douglas shooting; MSD shooting", ""),
    "Pennsylvania carwash shooting": ("mj-melcroft-2018", "Timothy O'Brien Smith (shooter, 28)", "", ""),
    "Rancho Tehama shooting spree": ("mj-ranchotehama-2017", "Kevin Janson Neal (shooter, 44)", "Rancho Tehama Reserve shooting", ""),
    "Texas First Baptist Church massacre": ("mj-sutherlandsprings-2017", "Devin Patrick Kelley (shooter, 26)", "Sutherland Springs church shooting", ""),
    "Walmart shooting in suburban Denver": ("mj-thornton-2017", "Scott Allen Ostrem (shooter, 47)", "Thornton Walmart shooting", ""),
    "Edgewood businees park shooting": ("mj-edgewood-2017", "Radee Labeeb Prince (shooter, 37)", "", "case name spelled 'businees' by the publisher; kept. A sixth person was wounded in Wilmington, Delaware (summary)"),
    "Las Vegas Strip massacre": ("mj-lasvegas-2017", "Stephen Craig Paddock (shooter, 64)", "Route 91 Harvest festival shooting; Mandalay Bay shooting; 1 October shooting", "publisher gives 60 fatalities: 58 per the LVMPD report of 1-18-18 plus 2 later deaths ('fatality count updated +2 in 2020', in its sources cell); many reports say 58"),
}


def parse_date(s: str) -> str:
    m, d, y = (int(x) for x in s.split("/"))
    if y < 100:
        y += 2000
    return f"{y:04d}-{m:02d}-{d:02d}"


def name_of(actors: str) -> str:
    names = [re.sub(r"\s*\(.*", "", a).strip() for a in actors.split(";") if "(shooter" in a]
    return " and ".join(names)


def main() -> None:
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False, encoding="utf-8")
    assert len(raw) == 61, len(raw)
    out = []
    for _, r in raw.iterrows():
        fid, actors, aliases, rnotes = MANUAL[r["case"]]
        iso = parse_date(r["date"])
        y, m, d = (int(x) for x in iso.split("-"))
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        who = name_of(actors)
        age = f", {r['age_of_shooter']}," if r["age_of_shooter"] else ""
        statement = (f"{r['case']}: in {r['location']} on {d} {months[m-1]} {y}, {who}{age} "
                     f"killed {r['fatalities']} people and injured {r['injured']} "
                     f"(Mother Jones, {r['type'].lower()} shooting; site: {r['site']}).")
        notes = ("row copied from the Mother Jones mass-shootings data (course-repo copy); "
                 "fatalities/injured as published (perpetrators not counted)")
        if rnotes:
            notes += "; " + rnotes
        row = {
            "id": fid,
            "statement": statement,
            "date": iso,
            "date_precision": "day",
            "event_type": f"{r['type'].lower()} shooting",
            "location": r["location"],
            "country": "United States",
            "actors": actors,
            "aliases": aliases,
            "deaths": r["fatalities"],
            "injuries": r["injured"],
            "source": SOURCE,
            "notes": notes,
            # publisher's columns, under their own names (date kept raw as date_as_published,
            # because `date` is taken by the schema; `location` is shared and identical)
            "case": r["case"],
            "date_as_published": r["date"],
        }
        for col in raw.columns:
            if col in ("case", "date", "location"):
                continue
            row[col] = r[col]
        out.append(row)
    df = pd.DataFrame(out)
    assert df["id"].is_unique
    df.to_csv(HERE / "facts.csv", index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {len(df)} facts")


if __name__ == "__main__":
    main()
