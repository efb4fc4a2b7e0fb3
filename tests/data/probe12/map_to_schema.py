"""Map the Mother Jones mass-shootings rows in raw/ to the claimcheck schema.

Usage:  python map_to_schema.py            (writes facts.csv next to this file)

This is the kind of small pandas script a user would write: it renames and
reformats columns, pulls the shooter's name out of the publisher's summary,
and adds hand-written aliases and notes.  The publisher's own spellings
(location "Hedingham, North Carolina", case name "Harry Pratt Co.", typos in
case names) are kept as they are.
"""
import re
from datetime import datetime
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "mother_jones_mass_shootings_1982-2023_rows_1-58.csv"
OUT = HERE / "facts.csv"

SCHEMA = ["id", "statement", "date", "date_precision", "event_type", "location",
          "country", "actors", "aliases", "deaths", "injuries", "source"]
EXTRA = ["total_victims", "shooter_age", "venue", "weapon_type", "latitude",
         "longitude", "summary", "notes"]

# Shooter names the regex below cannot take from the summary.
ACTOR_OVERRIDES = {
    "Sacramento County church shooting": "",  # publisher does not name him
    "Jersey City kosher market shooting": "David N. Anderson (shooter); Francine Graham (shooter)",
}

ALIASES = {
    "Maine bowling alley and bar shootings": "Lewiston shootings; Just-In-Time Recreation; Schemengees Bar & Grille; Lewiston, ME",
    "Jacksonville Dollar General store shooting": "Jacksonville Dollar General shooting; Dollar General; Jacksonville, FL",
    "Orange County biker bar shooting": "Cook's Corner shooting; Cook's Corner; Cooks Corner; Orange County, California",
    "Philidelphia neighborhood shooting": "Philadelphia neighborhood shooting; Kingsessing shooting; Kingsessing; Philly",
    "New Mexico neighborhood shooting": "Farmington shooting; Farmington, NM",
    "Texas outlet mall shooting": "Allen mall shooting; Allen Premium Outlets; Allen, TX",
    "Louisville bank shooting": "Old National Bank shooting; Old National Bank; Louisville, KY",
    "Nashville Christian school shooting": "Covenant School shooting; The Covenant School; Nashville, TN",
    "Michigan State University shooting": "MSU shooting; Berkey Hall; MSU Union; Michigan State",
    "Half Moon Bay spree shooting": "Half Moon Bay shootings; Half Moon Bay, CA",
    "LA dance studio mass shooting": "Monterey Park shooting; Star Ballroom Dance Studio; Monterey Park, CA",
    "Virginia Walmart shooting": "Chesapeake Walmart shooting; Chesapeake, VA",
    "LGBTQ club shooting": "Club Q shooting; Club Q; Colorado Springs nightclub shooting",
    "University of Virginia shooting": "UVA shooting; UVA; Charlottesville, VA",
    "Raleigh spree shooting": "Hedingham shooting; Raleigh; Raleigh, North Carolina; Neuse River Greenway",
    "Greenwood Park Mall shooting": "Greenwood mall shooting; Greenwood Park Mall; Greenwood, IN",
    "Highland Park July 4 parade shooting": "Highland Park parade shooting; Fourth of July parade shooting; Highland Park, IL",
    "Church potluck dinner shooting": "St. Stephen's Episcopal Church shooting; Saint Stephen's Episcopal Church; Vestavia Hills",
    "Concrete company shooting": "Columbia Machine shooting; Columbia Machine; Smithsburg, MD",
    "Tulsa medical center shooting": "Saint Francis Hospital shooting; Natalie Medical Building; Tulsa hospital shooting; Tulsa, OK",
    "Robb Elementary School massacre": "Uvalde school shooting; Robb Elementary School shooting; Robb Elementary; Uvalde, TX",
    "Buffalo supermarket massacre": "Tops supermarket shooting; Tops Friendly Markets; Buffalo, NY",
    "Sacramento County church shooting": "Sacramento church shooting; Sacramento County",
    "Oxford High School shooting": "Oxford school shooting; Oxford Township; Oxford, MI",
    "San Jose VTA shooting": "VTA rail yard shooting; Valley Transportation Authority; Guadalupe rail yard; San Jose, CA",
    "FedEx warehouse shooting": "Indianapolis FedEx shooting; FedEx Ground facility; Indianapolis, IN",
    "Orange office complex shooting": "Unified Homes shooting; Unified Homes; Orange, CA",
    "Boulder supermarket shooting": "King Soopers shooting; King Soopers; Table Mesa; Boulder, CO",
    "Atlanta massage parlor shootings": "Atlanta spa shootings; Gold Spa; Aromatherapy Spa; Young's Asian Massage; Acworth; Cherokee County",
    "Springfield convenience store shooting": "Kum & Go shooting; Kum & Go; Springfield, MO",
    "Molson Coors shooting": "Milwaukee brewery shooting; Molson Coors campus; Milwaukee, WI",
    "Jersey City kosher market shooting": "JC Kosher Supermarket shooting; JC Kosher Supermarket; Jersey City, NJ",
    "Pensacola Naval base shooting": "Naval Air Station Pensacola shooting; NAS Pensacola; Pensacola, FL",
    "Odessa-Midland shooting spree": "Midland-Odessa shooting; Midland; Odessa, TX; West Texas",
    "Dayton entertainment district shooting": "Oregon District shooting; Oregon District; Ned Peppers; Dayton, OH",
    "El Paso Walmart mass shooting": "El Paso shooting; Cielo Vista Walmart; Cielo Vista Mall; El Paso, TX",
    "Gilroy garlic festival shooting": "Gilroy Garlic Festival shooting; Christmas Hill Park; Gilroy, CA",
    "Virginia Beach municipal building shooting": "Virginia Beach shooting; Virginia Beach Municipal Center; Building 2; Virginia Beach, VA",
    "Harry Pratt Co. warehouse shooting": "Henry Pratt Company shooting; Henry Pratt Company; Aurora warehouse shooting; Aurora, IL",
    "Pennsylvania hotel bar shooting": "State College shooting; Ramada hotel bar; Penn State; State College, PA",
    "SunTrust bank shooting": "Sebring bank shooting; SunTrust Bank; Sebring, FL",
    "Mercy Hospital shooting": "Chicago hospital shooting; Mercy Hospital & Medical Center; Chicago, IL",
    "Thousand Oaks nightclub shooting": "Borderline Bar & Grill shooting; Borderline Bar and Grill; Borderline; Thousand Oaks, CA",
    "Tree of Life synagogue shooting": "Pittsburgh synagogue shooting; Tree of Life; Squirrel Hill; Pittsburgh, PA",
    "Rite Aid warehouse shooting": "Harford County Rite Aid shooting; Rite Aid distribution center; Aberdeen; Perryman, MD",
    "T&T Trucking shooting": "Bakersfield shooting; T&T Trucking; Bakersfield, CA",
    "Fifth Third Center shooting": "Cincinnati shooting; Fifth Third Center; Fountain Square; Cincinnati, OH",
    "Capital Gazette shooting": "Capital Gazette newsroom shooting; Capital Gazette; The Capital; Annapolis newsroom shooting; Annapolis, MD",
    "Santa Fe High School shooting": "Santa Fe school shooting; Santa Fe, TX; Galveston County",
    "Waffle House shooting": "Antioch Waffle House shooting; Nashville Waffle House shooting; Antioch; Nashville, TN",
    "Yountville veterans home shooting": "Veterans Home of California shooting; Veterans Home of California; The Pathway Home; Yountville, CA; Napa Valley",
    "Marjory Stoneman Douglas High School shooting": "Parkland school shooting; Stoneman Douglas; MSD; Parkland, FL",
    "Pennsylvania carwash shooting": "Melcroft car wash shooting; car wash shooting; Fayette County",
    "Rancho Tehama shooting spree": "Rancho Tehama shooting; Rancho Tehama Reserve; Rancho Tehama Elementary School; Tehama County",
    "Texas First Baptist Church massacre": "Sutherland Springs church shooting; First Baptist Church of Sutherland Springs; Sutherland Springs, TX; Wilson County",
    "Walmart shooting in suburban Denver": "Thornton Walmart shooting; Thornton, CO",
    "Edgewood businees park shooting": "Edgewood business park shooting; Advance Granite Solutions shooting; Advance Granite Solutions; Harford County; Edgewood, MD",
    "Las Vegas Strip massacre": "Las Vegas shooting; Route 91 Harvest festival shooting; 1 October; Mandalay Bay; Las Vegas, NV",
}

NOTES = {
    "Maine bowling alley and bar shootings": "Two sites in Lewiston (bowling alley, bar). Per summary the shooter was found dead two days later (2023-10-27); the table date is the attack.",
    "Orange County biker bar shooting": "Trabuco Canyon is unincorporated Orange County; the bar is Cook's Corner (alias added by hand).",
    "Philidelphia neighborhood shooting": "Publisher's case name misspells Philadelphia; kept. Neighbourhood (Kingsessing) added as alias by hand.",
    "Half Moon Bay spree shooting": "Two sites (mushroom farm; near a trucking facility). Two days after the Monterey Park row.",
    "LA dance studio mass shooting": "Publisher calls it 'LA dance studio' but location is Monterey Park (Los Angeles County).",
    "Raleigh spree shooting": "Publisher's location 'Hedingham, North Carolina' is a neighbourhood of Raleigh; kept as written, Raleigh added as alias.",
    "Church potluck dinner shooting": "Publisher gives Birmingham; the church is in Vestavia Hills, a Birmingham suburb (alias added by hand).",
    "Robb Elementary School massacre": "21 killed: 19 children and 2 teachers (breakdown not in the publisher's row; known from the record).",
    "Sacramento County church shooting": "Publisher does not name the shooter and gives no age; actors left empty. Summary is a quotation from the NYT.",
    "Oxford High School shooting": "Shooter was 15; summary says the pistol was bought four days earlier by his father.",
    "Atlanta massage parlor shootings": "Publisher's location is Atlanta; the first of three spas is near Acworth, Cherokee County (alias). Same calendar date one year after the Springfield row.",
    "Springfield convenience store shooting": "Victims include a police officer (per summary).",
    "Jersey City kosher market shooting": "Two shooters (publisher: gender 'Male & Female', age '-'). Deaths include the police officer killed at a cemetery.",
    "Pensacola Naval base shooting": "Shooter was a Saudi Arabian military trainee (per summary).",
    "Dayton entertainment district shooting": "Early hours of 4 August local time, the day after the El Paso row. Deaths exclude the shooter (publisher convention).",
    "El Paso Walmart mass shooting": "Publisher still gives 22 deaths; a 23rd victim died in April 2020, which this table does not reflect. Claims are graded against 22.",
    "Harry Pratt Co. warehouse shooting": "Publisher writes 'Harry Pratt Co.'; the company is the Henry Pratt Company (alias). Injured include five police officers (per summary).",
    "Pennsylvania hotel bar shooting": "Publisher type 'Spree': bar near Penn State, then a house. One day after the Sebring row.",
    "SunTrust bank shooting": "Five women killed; no one injured (0 is the publisher's figure).",
    "Thousand Oaks nightclub shooting": "Shooting began close to midnight on 7 November local time; many reports are dated 8 November.",
    "Tree of Life synagogue shooting": "Total victims 17 = 11 killed + 6 injured.",
    "Rite Aid warehouse shooting": "Shooter was a woman (Snochia Moseley).",
    "Edgewood businees park shooting": "Publisher's case name misspells 'business'. Injuries include a sixth person shot in Wilmington, Delaware, hours later.",
    "Waffle House shooting": "Location per publisher is Nashville; the restaurant is in Antioch (summary). Shooter captured the following day (2018-04-23).",
    "Pennsylvania carwash shooting": "The one injured person was not shot (per summary).",
    "Rancho Tehama shooting spree": "Deaths include the shooter's wife, killed at home (per summary).",
    "Texas First Baptist Church massacre": "Sunday morning service.",
    "Las Vegas Strip massacre": "Late on Sunday night 1 October local time (2 October UTC). Table keeps the publisher's 546 injured; the publisher's own source note cites the LVMPD report: 'deaths of 58 ... and injuring more than 700'.",
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def shooter(case: str, summary: str) -> str:
    if case in ACTOR_OVERRIDES:
        return ACTOR_OVERRIDES[case]
    m = re.match(r'^(?:Suspected gunman |Army veteran )?(.+?),', summary)
    name = m.group(1).replace('"', "") if m else ""
    return f"{name} (shooter)" if name else ""


def num(v: str) -> str:
    v = (v or "").strip()
    return "" if v in {"", "-", "TBD"} else v


def main() -> None:
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False)
    # pandas renames the publisher's second 'location' header (the venue) to 'location.1'
    raw = raw.rename(columns={"location.1": "venue"})
    rows = []
    for _, r in raw.iterrows():
        d = datetime.strptime(r["date"], "%m/%d/%y").date()
        assert str(d.year) == r["year"], (r["case"], r["date"], r["year"])
        city = r["location"].split(",")[0]
        kind = r["type"].strip().lower()  # publisher mixes 'Mass', 'mass', 'Spree'
        srcs = [s.strip() for s in r["sources"].replace("\n", " ").split(";")]
        urls = [s for s in srcs if s.startswith("http")]
        extra_note = [s for s in srcs if s and not s.startswith("http")]
        notes = NOTES.get(r["case"], "")
        if extra_note:
            notes = (notes + " Publisher's source note: " + " ".join(extra_note)).strip()
        rows.append({
            "id": f"mj-{d:%Y%m%d}-{slug(city)}",
            "statement": f"{r['case']}: {r['fatalities']} killed and {r['injured']} injured in "
                         f"{r['location']} on {d:%B} {d.day}, {d.year}.",
            "date": d.isoformat(),
            "date_precision": "day",
            "event_type": f"{kind} shooting",
            "location": r["location"],
            "country": "United States",
            "actors": shooter(r["case"], r["summary"]),
            "aliases": ALIASES.get(r["case"], ""),
            "deaths": num(r["fatalities"]),
            "injuries": num(r["injured"]),
            "source": " ; ".join(urls),
            "total_victims": num(r["total_victims"]),
            "shooter_age": num(r["age_of_shooter"]),
            "venue": r["venue"].strip(),
            "weapon_type": num(r["weapon_type"]).strip(),
            "latitude": num(r["latitude"]),
            "longitude": num(r["longitude"]),
            "summary": r["summary"].strip(),
            "notes": notes,
        })
    out = pd.DataFrame(rows, columns=SCHEMA + EXTRA)
    assert out["id"].is_unique
    out.to_csv(OUT, index=False)
    print(f"wrote {len(out)} rows to {OUT.name}")


if __name__ == "__main__":
    main()
