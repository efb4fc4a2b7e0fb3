"""Generate claims.jsonl for probe 12 (Mother Jones mass-shootings table).

Relative dates are checked with datetime: every claim that uses a bare weekday,
"last week", "last month", "earlier this month", "a year ago today" or
"N days after <other event>" carries a `rel` spec, and the script asserts that it
resolves to the fact's date (supported) or to a different date (contradicted, date).
"""
import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
facts = pd.read_csv(HERE / "facts.csv", dtype=str, keep_default_na=False)
FDATE = {r.id: date.fromisoformat(r.date) for r in facts.itertuples()}
IDS = set(FDATE)

def F(key):
    hits = [i for i in IDS if i.endswith("-" + key)]
    assert len(hits) == 1, (key, hits)
    return hits[0]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def weekday_before(art, name):
    d = art - timedelta(days=1)
    while WEEKDAYS[d.weekday()] != name:
        d -= timedelta(days=1)
    return d

def resolve(art, rel):
    kind = rel[0]
    if kind == "weekday":
        return ("day", weekday_before(art, rel[1]))
    if kind == "lastweek":
        monday = art - timedelta(days=art.weekday())
        return ("range", monday - timedelta(days=7), monday - timedelta(days=1))
    if kind == "lastmonth":
        first = art.replace(day=1)
        prev_last = first - timedelta(days=1)
        return ("range", prev_last.replace(day=1), prev_last)
    if kind == "thismonth":
        return ("range", art.replace(day=1), art - timedelta(days=1))
    if kind == "yearago":
        return ("day", art.replace(year=art.year - 1))
    if kind == "after":  # ("after", anchor_key, days)
        return ("day", FDATE[F(rel[1])] + timedelta(days=rel[2]))
    if kind == "before":
        return ("day", FDATE[F(rel[1])] - timedelta(days=rel[2]))
    raise ValueError(rel)

def matches(res, d):
    if res[0] == "day":
        return res[1] == d
    return res[1] <= d <= res[2]

CLAIMS = []

def c(key, verdict, wf, art, text, notes, rel=None):
    fid = F(key) if key else ""
    art_d = date.fromisoformat(art)
    if fid:
        assert art_d >= FDATE[fid], (text, art)
    if rel is not None:
        res = resolve(art_d, rel)
        ok = matches(res, FDATE[fid])
        if verdict == "supported":
            assert ok, (text, res, FDATE[fid])
        elif verdict == "contradicted" and wf == "date":
            assert not ok, (text, res, FDATE[fid])
        r = res[1].isoformat() if res[0] == "day" else f"{res[1]}..{res[2]}"
        notes = f"{notes} [relative date resolves to {r}]".strip()
    CLAIMS.append({"text": text, "article_date": art, "expected_verdict": verdict,
                   "fact_id": fid, "wrong_field": wf, "notes": notes})

S, X, M, U, N = "supported", "contradicted", "misleading", "unverifiable", "not_checkable"

# ---------------------------------------------------------------- supported
c("lewiston", S, "", "2023-10-27", "A gunman killed 18 people at a bowling alley and a bar in Lewiston, Maine, on Wednesday night.", "18 deaths; 25 Oct 2023 was a Wednesday.", ("weekday", "Wednesday"))
c("lewiston", S, "", "2023-11-02", "Thirteen people were wounded in last week's shootings in Lewiston.", "injuries 13; last week = 23-29 Oct.", ("lastweek",))
c("lewiston", S, "", "2023-12-15", "Robert Card, a 40-year-old Army reservist, carried out the Lewiston massacre in October.", "actor and age 40; 'Army reservist' is in the summary; month only.")
c("jacksonville", S, "", "2023-08-28", "Three Black people were shot dead at a Dollar General store in Jacksonville, Florida, on Saturday.", "3 deaths; summary says three Black victims.", ("weekday", "Saturday"))
c("trabuco-canyon", S, "", "2023-08-25", "A retired police sergeant opened fire at Cook's Corner, a biker bar in Orange County, on Wednesday night, killing three people and wounding six.", "Cook's Corner / Orange County are aliases; 3 dead, 6 injured.", ("weekday", "Wednesday"))
c("philadelphia", S, "", "2023-07-05", "Five people were killed and two wounded in a shooting in southwest Philadelphia on Monday.", "5/2; location Philadelphia (summary: southwestern neighborhood).", ("weekday", "Monday"))
c("allen", S, "", "2023-05-08", "Eight people were killed when a gunman opened fire at an outlet mall in Allen, Texas, on Saturday afternoon.", "8 deaths.", ("weekday", "Saturday"))
c("allen", S, "", "2023-05-09", "The Allen gunman, Mauricio Garcia, 33, was shot dead by a police officer who happened to be nearby.", "actor, age and fate from summary.")
c("louisville", S, "", "2023-04-12", "Five people died after a gunman opened fire at Old National Bank in downtown Louisville on Monday.", "5 deaths; Old National Bank alias.", ("weekday", "Monday"))
c("louisville", S, "", "2023-05-01", "More than a dozen people were shot in the Louisville bank attack in April.", "bound: 5 killed + 8 injured = 13 (total_victims).")
c("20230327-nashville", S, "", "2023-03-28", "Three 9-year-old children and three adults were killed at the Covenant School in Nashville on Monday.", "sub-counts 3+3 = 6 deaths, stated in summary.", ("weekday", "Monday"))
c("east-lansing", S, "", "2023-02-15", "Three people were killed and five wounded at Michigan State University in East Lansing on Monday night.", "3/5.", ("weekday", "Monday"))
c("half-moon-bay", S, "", "2023-01-25", "Seven people were killed in Half Moon Bay, California, two days after the Monterey Park dance studio shooting.", "7 deaths; anchored to Monterey Park (21 Jan) + 2 days.", ("after", "monterey-park", 2))
c("monterey-park", S, "", "2023-01-23", "Eleven people were killed at a dance studio in Monterey Park, California, on Saturday night.", "11 deaths.", ("weekday", "Saturday"))
c("monterey-park", S, "", "2023-01-24", "The Monterey Park gunman, 72-year-old Huu Can Tran, shot himself as police closed in.", "actor, age, fate (summary).")
c("chesapeake", S, "", "2022-11-24", "A Walmart supervisor shot dead six people at a store in Chesapeake, Virginia, on Tuesday night.", "6 deaths; supervisor per summary.", ("weekday", "Tuesday"))
c("colorado-springs", S, "", "2022-11-21", "Five people were killed and 25 injured at an LGBTQ nightclub in Colorado Springs on Saturday night.", "5/25.", ("weekday", "Saturday"))
c("colorado-springs", S, "", "2022-11-23", "Patrons tackled and subdued the Club Q gunman, Anderson Lee Aldrich, 22.", "table writes 'Anderson L. Aldrich'; middle name spelled out.")
c("charlottesville", S, "", "2022-11-15", "Three University of Virginia football players were killed and two other people were injured in a shooting in Charlottesville on Sunday night.", "3/2; football players per summary.", ("weekday", "Sunday"))
c("hedingham", S, "", "2022-10-14", "A 15-year-old killed five people in a shooting spree in Raleigh, North Carolina, on Thursday.", "publisher location is 'Hedingham, North Carolina'; Raleigh is an alias (Hedingham is a Raleigh neighbourhood).", ("weekday", "Thursday"))
c("greenwood", S, "", "2022-07-19", "An armed bystander shot dead a gunman who had killed three people at the Greenwood Park Mall in Indiana on Sunday.", "3 deaths; state-level place.", ("weekday", "Sunday"))
c("highland-park", S, "", "2022-07-06", "Seven people were killed and dozens wounded when a gunman fired from a rooftop on a Fourth of July parade in Highland Park, Illinois.", "7 deaths; 46 injured = dozens.")
c("highland-park", S, "", "2023-07-04", "A year ago today, a gunman killed seven people at the Independence Day parade in Highland Park.", "'a year ago today' = 2022-07-04.", ("yearago",))
c("birmingham", S, "", "2022-06-18", "A 70-year-old man killed three people at a church potluck dinner in suburban Birmingham on Thursday.", "3 deaths; age 70; church is in Vestavia Hills, filed under Birmingham.", ("weekday", "Thursday"))
c("tulsa", S, "", "2022-06-03", "A gunman killed four people, including two doctors, at a Tulsa medical building on Wednesday.", "4 deaths; 'two doctors' in summary.", ("weekday", "Wednesday"))
c("uvalde", S, "", "2022-05-26", "Nineteen children and two teachers were killed at Robb Elementary School in Uvalde, Texas, on Tuesday.", "sub-counts 19+2 = 21 deaths (breakdown in notes).", ("weekday", "Tuesday"))
c("uvalde", S, "", "2022-06-10", "Salvador Ramos, 18, killed 21 people at a Uvalde elementary school last month.", "actor, age, count; last month = May 2022.", ("lastmonth",))
c("buffalo", S, "", "2022-05-16", "Ten people were killed at a Tops supermarket in Buffalo, New York, on Saturday.", "10 deaths.", ("weekday", "Saturday"))
c("buffalo", S, "", "2022-05-30", "Earlier this month, an 18-year-old gunman who livestreamed his attack killed 10 people at a Buffalo supermarket.", "earlier this month = 1-29 May 2022.", ("thismonth",))
c("sacramento", S, "", "2022-03-01", "A father fatally shot his three children and another adult at a church near Sacramento on Monday before killing himself.", "3 children + 1 adult = 4 deaths.", ("weekday", "Monday"))
c("oxford", S, "", "2021-12-02", "A 15-year-old student killed four people and wounded seven at Oxford High School in Michigan on Tuesday.", "4/7; age 15.", ("weekday", "Tuesday"))
c("san-jose", S, "", "2021-05-28", "Nine people were killed when a transit worker opened fire at a VTA rail yard in San Jose on Wednesday.", "9 deaths.", ("weekday", "Wednesday"))
c("indianapolis", S, "", "2021-04-17", "A 19-year-old gunman killed eight people at a FedEx facility in Indianapolis late on Thursday.", "8 deaths; 11 p.m. per summary.", ("weekday", "Thursday"))
c("boulder", S, "", "2021-03-24", "Ten people, among them police officer Eric Talley, were killed at a King Soopers supermarket in Boulder on Monday.", "10 deaths; Talley in summary.", ("weekday", "Monday"))
c("boulder", S, "", "2021-03-25", "The Boulder supermarket shooting came six days after the Atlanta-area spa shootings.", "16 Mar + 6 = 22 Mar.", ("after", "atlanta", 6))
c("atlanta", S, "", "2021-03-18", "A 21-year-old man killed eight people at three Atlanta-area spas on Tuesday.", "8 deaths; age 21; three massage parlors.", ("weekday", "Tuesday"))
c("springfield", S, "", "2020-03-20", "Four people, including a police officer, were killed at a Kum & Go in Springfield, Missouri, this week.", "4 deaths; 'this week' of Fri 20 Mar covers 16 Mar (Mon).")
c("jersey-city", S, "", "2019-12-12", "Four people, including a police officer, were killed in a shooting spree that ended at a kosher market in Jersey City on Tuesday.", "4 deaths incl. police officer (summary); type Spree.", ("weekday", "Tuesday"))
c("jersey-city", S, "", "2019-12-16", "The Jersey City attack came four days after the shooting at the Pensacola naval air station.", "6 Dec + 4 = 10 Dec.", ("after", "pensacola", 4))
c("pensacola", S, "", "2019-12-08", "A Saudi military trainee killed three people at the Pensacola naval air station on Friday.", "3 deaths; Saudi trainee per summary.", ("weekday", "Friday"))
c("odessa", S, "", "2019-09-02", "Seven people were killed and about two dozen wounded in a shooting spree across Odessa and Midland on Saturday.", "7 deaths; 25 injured ~ two dozen; Midland alias.", ("weekday", "Saturday"))
c("odessa", S, "", "2019-09-05", "Four weeks after El Paso, a gunman killed seven people in Odessa, Texas.", "3 Aug + 28 days = 31 Aug.", ("after", "el-paso", 28))
c("dayton", S, "", "2019-08-06", "Nine people were killed in the Oregon District of Dayton, Ohio, early Sunday.", "9 deaths (shooter excluded); Oregon District alias.", ("weekday", "Sunday"))
c("dayton", S, "", "2019-08-07", "The Dayton shooting happened less than a day after the El Paso Walmart attack.", "El Paso 3 Aug, Dayton 4 Aug (next day); day-level check.", ("after", "el-paso", 1))
c("el-paso", S, "", "2019-08-05", "Twenty-two people were killed at a Walmart in El Paso on Saturday.", "22 deaths (publisher's figure).", ("weekday", "Saturday"))
c("el-paso", S, "", "2019-08-10", "Last week's Walmart shooting in El Paso killed 22 people and wounded 26.", "last week = 29 Jul-4 Aug.", ("lastweek",))
c("gilroy", S, "", "2019-07-30", "Three people, including a six-year-old boy, were killed at the Gilroy Garlic Festival on Sunday.", "3 deaths; Stephen Romero, 6, in summary.", ("weekday", "Sunday"))
c("gilroy", S, "", "2019-08-06", "The Gilroy Garlic Festival shooting happened six days before the El Paso massacre.", "3 Aug - 6 = 28 Jul.", ("before", "el-paso", 6))
c("virginia-beach", S, "", "2019-06-01", "A city employee killed 12 people at the Virginia Beach municipal center on Friday.", "12 deaths.", ("weekday", "Friday"))
c("aurora", S, "", "2019-02-20", "Five workers were killed and five police officers were among the wounded at the Henry Pratt plant in Aurora, Illinois, last week.", "5 deaths; five injured officers in summary (6 injured total); Henry Pratt alias; last week = 11-17 Feb.", ("lastweek",))
c("state-college", S, "", "2019-01-26", "A 21-year-old Army veteran killed three people near Penn State on Thursday night, a day after the Sebring bank shooting.", "3 deaths; age 21; 24 Jan = Sebring + 1.", ("weekday", "Thursday"))
c("sebring", S, "", "2019-01-25", "Five women were shot dead inside a SunTrust bank in Sebring, Florida, on Wednesday.", "5 deaths (women per summary).", ("weekday", "Wednesday"))
c("chicago", S, "", "2018-11-21", "Three people, including a police officer and an emergency room doctor, were killed at Mercy Hospital in Chicago on Monday.", "3 deaths, named in summary.", ("weekday", "Monday"))
c("thousand-oaks", S, "", "2018-11-09", "Twelve people were killed at the Borderline Bar & Grill in Thousand Oaks late on Wednesday.", "12 deaths; table date 7 Nov (close to midnight).", ("weekday", "Wednesday"))
c("pittsburgh", S, "", "2018-10-29", "Eleven worshippers were killed at the Tree of Life synagogue in Pittsburgh on Saturday.", "11 deaths.", ("weekday", "Saturday"))
c("perryman", S, "", "2018-10-02", "Three people were killed by a female employee at a Rite Aid distribution center in Maryland last month.", "3 deaths; shooter Snochia Moseley (F); last month = Sept 2018.", ("lastmonth",))
c("cincinnati", S, "", "2018-09-07", "A gunman killed three people in the lobby of the Fifth Third Center in downtown Cincinnati on Thursday morning.", "3 deaths.", ("weekday", "Thursday"))
c("annapolis", S, "", "2018-06-30", "Five people were killed at the Capital Gazette newsroom in Annapolis, Maryland, on Thursday.", "5 deaths.", ("weekday", "Thursday"))
c("santa-fe", S, "", "2018-05-21", "Ten people were killed at Santa Fe High School in Texas, about three months after the Parkland massacre.", "10 deaths; 14 Feb -> 18 May (about three months, month-level).")
c("20180422-nashville", S, "", "2018-04-24", "Four people were killed at a Waffle House in Antioch, Tennessee, on Sunday.", "4 deaths; Antioch alias of the Nashville row.", ("weekday", "Sunday"))
c("yountville", S, "", "2018-03-12", "Three women were killed at a veterans home in Yountville, California, on Friday.", "3 deaths; three women per summary.", ("weekday", "Friday"))
c("parkland", S, "", "2018-02-16", "Seventeen people were killed at Marjory Stoneman Douglas High School in Parkland, Florida, on Wednesday.", "17 deaths.", ("weekday", "Wednesday"))
c("parkland", S, "", "2018-03-10", "Last month's massacre at Stoneman Douglas left 17 dead and 17 wounded.", "17/17; last month = Feb 2018.", ("lastmonth",))
c("rancho-tehama", S, "", "2017-11-16", "A gunman killed five people in Rancho Tehama, Northern California, on Tuesday before being killed by deputies.", "5 deaths; killed by law enforcement per summary.", ("weekday", "Tuesday"))
c("sutherland-springs", S, "", "2017-11-06", "Twenty-six people were killed at the First Baptist Church in Sutherland Springs, Texas, during Sunday services.", "26 deaths; 'Sunday services' = 5 Nov 2017.", ("weekday", "Sunday"))
c("sutherland-springs", S, "", "2017-11-08", "The Sutherland Springs massacre came four days after a gunman killed three people at a Walmart in Thornton, Colorado.", "1 Nov + 4 = 5 Nov; Thornton 3 deaths.", ("after", "thornton", 4))
c("edgewood", S, "", "2017-10-20", "Three people were killed at a granite company in Edgewood, Maryland, on Wednesday.", "3 deaths; Advance Granite Solutions per summary.", ("weekday", "Wednesday"))
c("las-vegas", S, "", "2017-10-03", "Fifty-eight people were killed when a gunman opened fire on a country music festival on the Las Vegas Strip on Sunday night.", "58 deaths; local date 1 Oct.", ("weekday", "Sunday"))
c("las-vegas", S, "", "2017-10-05", "More than 500 people were injured in the Las Vegas shooting.", "bound: 546 injured.")
c("las-vegas", S, "", "2017-10-04", "Stephen Paddock, 64, fired from a suite on the 32nd floor of the Mandalay Bay hotel.", "actor 'Stephen Craig Paddock', age 64; details in summary.")

# ---------------------------------------------------------------- contradicted: date
c("lewiston", X, "date", "2023-11-01", "The Lewiston shootings took place on October 27, 2023.", "27 Oct is when the gunman was found dead (summary: two days later); attack 25 Oct.")
c("jacksonville", X, "date", "2023-08-29", "Three people were killed at a Dollar General store in Jacksonville on Sunday.", "Sunday = 27 Aug; table 26 Aug (Saturday).", ("weekday", "Sunday"))
c("allen", X, "date", "2023-05-20", "The Allen outlet mall shooting occurred on May 7, 2023.", "table 6 May (NYT story dated 7 May).")
c("20230327-nashville", X, "date", "2023-03-29", "Six people were killed at the Covenant School in Nashville on Tuesday.", "Tuesday = 28 Mar; table 27 Mar.", ("weekday", "Tuesday"))
c("monterey-park", X, "date", "2023-02-01", "The Monterey Park dance studio massacre happened on January 22, 2023.", "table 21 Jan (LA Times story dated 22 Jan).")
c("half-moon-bay", X, "date", "2023-01-30", "The Half Moon Bay shootings came a day after the Monterey Park massacre.", "21 Jan + 1 = 22 Jan; table 23 Jan.", ("after", "monterey-park", 1))
c("colorado-springs", X, "date", "2022-12-01", "Last week's shooting at Club Q left five people dead.", "last week = 21-27 Nov; table 19 Nov.", ("lastweek",))
c("chesapeake", X, "date", "2022-11-30", "The Chesapeake Walmart shooting came two days after the Club Q attack.", "19 Nov + 2 = 21 Nov; table 22 Nov.", ("after", "colorado-springs", 2))
c("uvalde", X, "date", "2022-06-01", "The Uvalde school massacre came a week after the Buffalo supermarket shooting.", "14 May + 7 = 21 May; table 24 May (ten days).", ("after", "buffalo", 7))
c("buffalo", X, "date", "2022-06-01", "The Buffalo supermarket massacre took place on May 24, 2022.", "24 May is Uvalde's date; Buffalo 14 May.")
c("oxford", X, "date", "2022-01-10", "The Oxford High School shooting happened in December 2021.", "table 30 Nov 2021 (month wrong).")
c("boulder", X, "date", "2021-03-25", "Ten people died in the King Soopers shooting on Tuesday.", "Tuesday = 23 Mar; table 22 Mar.", ("weekday", "Tuesday"))
c("atlanta", X, "date", "2021-06-01", "The Atlanta spa shootings happened in March 2020.", "table 16 Mar 2021 (year wrong; 16 Mar 2020 is the Springfield row).")
c("dayton", X, "date", "2019-08-12", "The Dayton Oregon District shooting happened on August 3, 2019, the same day as El Paso.", "table 4 Aug (early hours).")
c("el-paso", X, "date", "2019-08-20", "The El Paso Walmart shooting happened last month.", "last month = July 2019; table 3 Aug.", ("lastmonth",))
c("gilroy", X, "date", "2019-08-01", "The Gilroy Garlic Festival shooting took place on July 27, 2019.", "table 28 Jul.")
c("virginia-beach", X, "date", "2019-06-10", "The Virginia Beach municipal building shooting happened on Thursday, May 30, 2019.", "table Friday 31 May (summary: 'on a Friday').")
c("thousand-oaks", X, "date", "2018-11-09", "Twelve people were killed at the Borderline Bar & Grill in Thousand Oaks on Thursday.", "Thursday = 8 Nov; table 7 Nov (close to midnight) - judgement call, see notes of the fact.", ("weekday", "Thursday"))
c("pittsburgh", X, "date", "2018-11-05", "The Tree of Life synagogue attack took place on Sunday, October 28, 2018.", "table Saturday 27 Oct.")
c("parkland", X, "date", "2019-03-01", "The Parkland school shooting took place on Valentine's Day 2019.", "table 14 Feb 2018 (year wrong).")
c("las-vegas", X, "date", "2017-10-20", "The Las Vegas Strip massacre happened on October 2, 2017.", "table uses local date 1 Oct (2 Oct is UTC / next-day reports).")
c("20180422-nashville", X, "date", "2018-04-25", "A gunman killed four people at a Waffle House near Nashville on Monday.", "Monday = 23 Apr (day the gunman was captured); table 22 Apr.", ("weekday", "Monday"))
c("sutherland-springs", X, "date", "2018-12-01", "The Sutherland Springs church massacre happened in November 2018.", "table 5 Nov 2017 (year wrong).")
c("santa-fe", X, "date", "2018-06-01", "The Santa Fe High School shooting happened a month after the Parkland massacre.", "14 Feb + 1 month = mid-March; table 18 May.")

# ---------------------------------------------------------------- contradicted: count
c("lewiston", X, "count", "2023-10-28", "Eighteen people were killed and 31 wounded in the Lewiston shootings.", "injuries 13; 31 is total victims.")
c("monterey-park", X, "count", "2023-01-25", "Ten people were killed at the Monterey Park dance studio.", "deaths 11 (10 is the injured count).")
c("half-moon-bay", X, "count", "2023-01-26", "Eight people were killed in the Half Moon Bay shootings.", "deaths 7; 8 is total victims.")
c("colorado-springs", X, "count", "2022-11-22", "The Club Q gunman killed five people and wounded 30.", "injuries 25; 30 is total victims.")
c("highland-park", X, "count", "2022-07-08", "Seven people were killed and 53 injured at the Highland Park parade.", "injuries 46; 53 is total victims.")
c("uvalde", X, "count", "2022-05-27", "Nineteen people were killed at Robb Elementary School in Uvalde.", "deaths 21 (19 is the number of children, per notes).")
c("buffalo", X, "count", "2022-05-18", "Thirteen people were killed at the Tops supermarket in Buffalo.", "deaths 10; 13 is total victims.")
c("el-paso", X, "count", "2020-08-03", "Twenty-three people were killed in the El Paso Walmart shooting.", "table keeps the publisher's 22 (23rd victim died April 2020, not reflected) - graded strictly against the table.")
c("dayton", X, "count", "2019-08-08", "The Dayton gunman killed 27 people.", "deaths 9; 27 is the injured count.")
c("parkland", X, "count", "2018-02-20", "Fourteen people were killed at Marjory Stoneman Douglas High School.", "deaths 17.")
c("sutherland-springs", X, "count", "2017-11-10", "More than 30 people were killed at the First Baptist Church in Sutherland Springs.", "deaths 26.")
c("las-vegas", X, "count", "2018-10-01", "Sixty people were killed in the Las Vegas Strip shooting.", "table 58 (later tallies of 60 are not in the table).")
c("las-vegas", X, "count", "2018-10-02", "More than 850 people were injured in the Las Vegas massacre.", "table 546 (publisher's source note says 'more than 700'; 850+ matches neither).")
c("thousand-oaks", X, "count", "2018-11-12", "Thirteen people were killed at the Borderline Bar & Grill.", "deaths 12 (13 counts the gunman).")
c("virginia-beach", X, "count", "2019-06-03", "Twelve people were killed and 16 injured in the Virginia Beach shooting.", "injuries 4; 16 is total victims.")
c("odessa", X, "count", "2019-09-04", "The Odessa-Midland rampage left 32 people dead.", "deaths 7; 32 is total victims.")

# ---------------------------------------------------------------- contradicted: place
c("jacksonville", X, "place", "2023-08-30", "Three people were killed at a Dollar General store in Tallahassee in August.", "location Jacksonville, Florida.")
c("allen", X, "place", "2023-05-10", "Eight people died in the shooting at an outlet mall in Plano, Texas, on May 6.", "location Allen, Texas.")
c("greenwood", X, "place", "2022-07-20", "Three people were killed at the Greenwood Park Mall in Greenwood, South Carolina.", "Greenwood, Indiana.")
c("colorado-springs", X, "place", "2022-11-25", "Five people were killed at an LGBTQ nightclub in Denver in November.", "location Colorado Springs.")
c("santa-fe", X, "place", "2018-05-22", "Ten people were killed at Santa Fe High School in New Mexico.", "Santa Fe, Texas.")
c("20180422-nashville", X, "place", "2018-04-26", "Four people were killed at a Waffle House in Memphis on April 22.", "location Nashville (Antioch).")
c("pittsburgh", X, "place", "2018-10-30", "Eleven people were killed at a synagogue in Philadelphia on October 27.", "location Pittsburgh.")
c("pensacola", X, "place", "2019-12-09", "A Saudi trainee killed three people at the naval air station in Jacksonville, Florida, on December 6.", "location Pensacola.")
c("annapolis", X, "place", "2018-07-02", "Five people were killed at the Capital Gazette newsroom in Baltimore on June 28.", "location Annapolis, Maryland.")
c("cincinnati", X, "place", "2018-09-10", "Three people were killed at the Fifth Third Center in Columbus, Ohio, on September 6.", "location Cincinnati.")

# ---------------------------------------------------------------- contradicted: actor
c("buffalo", X, "actor", "2022-05-25", "The Buffalo supermarket gunman was Salvador Ramos.", "actor Payton S. Gendron (Ramos is the Uvalde shooter).")
c("atlanta", X, "actor", "2021-03-19", "Robert Bowers, 21, killed eight people at three Atlanta-area spas.", "actor Robert Aaron Long (Bowers is the Pittsburgh shooter).")
c("dayton", X, "actor", "2019-08-06", "Patrick Crusius opened fire in Dayton's Oregon District.", "actor Connor Betts.")
c("perryman", X, "actor", "2018-09-25", "Javier Casarez shot three people dead at the Rite Aid warehouse in Perryman, Maryland.", "actor Snochia Moseley (Casarez is the Bakersfield shooter).")
c("parkland", X, "actor", "2018-05-20", "Dimitrios Pagourtzis opened fire at Marjory Stoneman Douglas High School.", "actor Nikolas J. Cruz (Pagourtzis is the Santa Fe shooter).")
c("boulder", X, "actor", "2021-03-26", "The King Soopers gunman, Anthony Ferrill, killed ten people.", "actor Ahmad Al Aliwi Alissa (Ferrill is the Molson Coors shooter).")

# ---------------------------------------------------------------- contradicted: event
c("annapolis", X, "event", "2018-07-05", "Five people were killed in a bombing at the Capital Gazette newsroom in Annapolis in June.", "event type is a shooting.")
c("san-jose", X, "event", "2021-06-01", "Nine people died in an arson attack at the VTA rail yard in San Jose last week.", "event is a shooting (the shooter set fire to his own house, per summary).")

# ---------------------------------------------------------------- misleading
c("sebring", M, "count", "2019-02-01", "Nobody was hurt in the shooting at a SunTrust bank in Sebring, Florida, in January.", "injuries 0 is right but five people were killed.")
c("atlanta", M, "count", "2021-04-01", "The Boulder and Atlanta-area shootings last month each left ten people dead.", "Boulder 10 is right; Atlanta 8.")
c("dayton", M, "date", "2019-08-15", "The El Paso and Dayton shootings both happened on Saturday, August 3.", "El Paso 3 Aug right; Dayton 4 Aug.")
c("buffalo", M, "place", "2022-06-02", "The Buffalo and Uvalde massacres, ten days apart in May, both took place in Texas.", "dates right (14 and 24 May), Uvalde in Texas, Buffalo in New York.")
c("charlottesville", M, "count", "2022-12-01", "The University of Virginia and Chesapeake Walmart shootings last month each killed six people.", "Chesapeake 6 right; UVA 3.")

# ---------------------------------------------------------------- unverifiable
c("", U, "", "2016-06-20", "The Pulse nightclub shooting in Orlando killed 49 people in June 2016.", "not in the table (2016 rows not taken); true in reality.")
c("", U, "", "2017-06-16", "A UPS employee killed three co-workers at a package facility in San Francisco on Wednesday.", "San Francisco UPS shooting is row 59 of the file, not taken; true in reality.")
c("", U, "", "2012-12-20", "The Sandy Hook Elementary School shooting in Newtown, Connecticut, killed 26 people in December 2012.", "not in the table; true in reality.")
c("sacramento", U, "", "2022-03-02", "The gunman in the Sacramento church shooting was identified as David Mora.", "publisher does not name the shooter; actors empty.")
c("uvalde", U, "", "2022-07-18", "Police waited 77 minutes before confronting the Uvalde gunman.", "police response not in the table.")
c("el-paso", U, "", "2023-07-08", "Patrick Crusius was sentenced to 90 consecutive life terms in federal court.", "sentencing not in the table.")
c("lewiston", U, "", "2023-10-30", "The Lewiston gunman's body was found at a recycling plant in Lisbon, Maine.", "summary says found two days later, not where.")
c("highland-park", U, "", "2022-12-20", "The father of the Highland Park parade gunman was charged over his son's gun permit application.", "not in the table.")
c("las-vegas", U, "", "2018-01-20", "The Las Vegas gunman fired more than 1,000 rounds into the crowd.", "rounds fired not in the table.")
c("annapolis", U, "", "2021-10-01", "The Capital Gazette gunman was sentenced to five life terms in September.", "sentencing not in the table.")
c("", U, "", "2021-06-10", "A gunman killed nine people at a Walmart in Tucson, Arizona, in 2021.", "no such row; false in reality.")
c("oxford", U, "", "2024-04-15", "The parents of the Oxford High School shooter were both convicted of involuntary manslaughter.", "not in the table.")
c("monterey-park", U, "", "2023-01-26", "The Monterey Park gunman had been a regular at the dance studio years earlier.", "not in the table.")
c("buffalo", U, "", "2022-05-20", "Payton Gendron drove about 200 miles from his home in Conklin to reach the Buffalo supermarket.", "not in the table.")
c("", U, "", "2017-06-20", "A gunman wounded four people at a congressional baseball practice in Alexandria, Virginia, on June 14.", "not in the table.")
c("colorado-springs", U, "", "2022-11-28", "The Club Q shooting was the deadliest attack on an LGBTQ venue in Colorado's history.", "comparative claim the table cannot decide.")

# ---------------------------------------------------------------- not checkable
c("", N, "", "2022-05-27", "Congress must pass a ban on assault weapons before another school is attacked.", "call to act.")
c("uvalde", N, "", "2022-07-19", "The police response in Uvalde was a disgrace.", "opinion.")
c("lewiston", N, "", "2023-10-28", "Lewiston will never be the same.", "opinion / prediction.")
c("", N, "", "2023-05-09", "Another mass shooting is almost certain to happen before the end of the year.", "prediction.")
c("", N, "", "2019-08-06", "Every American should call their senator and demand universal background checks.", "call to act.")
c("colorado-springs", N, "", "2022-11-21", "The Club Q patrons who tackled the gunman are true heroes.", "opinion.")
c("indianapolis", N, "", "2021-04-20", "Red-flag laws are the best way to prevent tragedies like the Indianapolis FedEx shooting.", "opinion.")
c("", N, "", "2019-09-04", "Walmart should stop selling ammunition altogether.", "call to act.")
c("el-paso", N, "", "2019-08-05", "The country must confront the hateful ideology behind the El Paso massacre.", "call to act.")
c("", N, "", "2018-05-20", "Within a decade, every school in America will have armed guards at its doors.", "prediction.")
c("parkland", N, "", "2018-03-24", "The Parkland students' activism will reshape American politics for a generation.", "prediction.")
c("sutherland-springs", N, "", "2017-11-06", "Let us pray for the families in Sutherland Springs.", "call to act / sentiment.")
c("", N, "", "2018-11-09", "Thoughts and prayers are not enough.", "opinion.")
c("las-vegas", N, "", "2017-10-10", "It is time to ban bump stocks for good.", "call to act.")
c("lewiston", N, "", "2023-11-05", "Maine's mental health services are badly underfunded and must be expanded.", "opinion / call to act.")
c("", N, "", "2023-04-11", "Bank lobbies should be redesigned so that attacks like this cannot happen again.", "opinion / call to act.")


def main():
    out = HERE / "claims.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, cl in enumerate(CLAIMS, 1):
            row = {"id": f"p12-{i:03d}", **cl}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CLAIMS), Counter(c["expected_verdict"] for c in CLAIMS))
    print(Counter(c["wrong_field"] for c in CLAIMS if c["wrong_field"]))


if __name__ == "__main__":
    main()
