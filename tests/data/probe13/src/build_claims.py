"""Build probe13/claims.jsonl.

Each claim is graded strictly against probe13/facts.csv.  Relative dates are
checked here with datetime: every claim that uses one carries a `chk` that
asserts how the expression resolves against its article_date, following the
devset rules (a bare weekday = most recent such day strictly before the
article date; "last week" = previous Monday-Sunday; "last month" = previous
calendar month; "N years ago today" = same day N years earlier).
Run:  python3 src/build_claims.py
"""
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
D = dt.date.fromisoformat
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def facts():
    with open(os.path.join(ROOT, "facts.csv"), encoding="utf-8") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


F = facts()


def fdate(fid):
    return D(F[fid]["date"])


def weekday_before(ad, name):
    ad = D(ad)
    target = WEEKDAYS.index(name)
    for k in range(1, 8):
        d = ad - dt.timedelta(days=k)
        if d.weekday() == target:
            return d
    raise AssertionError


def last_week(ad):
    ad = D(ad)
    this_monday = ad - dt.timedelta(days=ad.weekday())
    mon = this_monday - dt.timedelta(days=7)
    return mon, mon + dt.timedelta(days=6)


def last_month(ad):
    ad = D(ad)
    first = ad.replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.year, prev.month


def years_ago_today(ad, n):
    ad = D(ad)
    return ad.replace(year=ad.year - n)


# ---- small assertion helpers used in `chk` ------------------------------------
def wd_is(ad, name, fid):          # weekday resolves to the fact's date
    return weekday_before(ad, name) == fdate(fid)


def wd_not(ad, name, fid):         # weekday resolves to some other date
    return weekday_before(ad, name) != fdate(fid)


def lm_is(ad, fid):
    d = fdate(fid)
    return last_month(ad) == (d.year, d.month)


def lm_not(ad, fid):
    return not lm_is(ad, fid)


def lw_is(ad, fid):
    a, b = last_week(ad)
    return a <= fdate(fid) <= b


def lw_not(ad, fid):
    return not lw_is(ad, fid)


C = []


def add(text, ad, v, fact="", wf="", notes="", chk=None):
    if chk is not None:
        assert chk(ad), f"relative-date check failed: {text!r}"
    C.append(dict(text=text, article_date=ad, expected_verdict=v,
                  fact_id=fact, wrong_field=wf, notes=notes))


S, X, M, U, N = "supported", "contradicted", "misleading", "unverifiable", "not_checkable"

# =============================================================== oil spills
add("Rescuers were searching the Gulf of Mexico for 11 missing workers after a blast late Tuesday aboard the Deepwater Horizon rig off Louisiana, in which 17 others were injured.",
    "2010-04-21", S, "dwh-2010-explosion",
    notes="'late Tuesday' = 2010-04-20 (article is a Wednesday). 11 missing were later presumed dead.",
    chk=lambda ad: wd_is(ad, "Tuesday", "dwh-2010-explosion"))
add("The Deepwater Horizon explosion killed 17 workers.",
    "2020-04-20", X, "dwh-2010-explosion", "count", "17 is the injury count; 11 died.")
add("The Deepwater Horizon rig, which was drilling for BP, exploded on April 22, 2010.",
    "2011-01-10", X, "dwh-2010-explosion", "date", "22 April is the day the rig sank (not a row); the explosion was 20 April.")
add("The blast on the Deepwater Horizon rig off the coast of Texas unleashed the worst offshore spill in US history.",
    "2012-04-20", X, "dwh-2010-explosion", "place", "Rig was about 40 mi southeast of the Louisiana coast.")
add("The Deepwater Horizon, drilling for ExxonMobil at the Macondo prospect, exploded on 20 April 2010.",
    "2013-04-20", X, "dwh-2010-explosion", "actor", "Well operator was BP; rig owner Transocean.")
add("No oil has escaped from BP's well since a temporary cap was fitted last Thursday, officials said.",
    "2010-07-20", S, "dwh-2010-capped", notes="'last Thursday' = 2010-07-15.",
    chk=lambda ad: wd_is(ad, "Thursday", "dwh-2010-capped"))
add("NEW ORLEANS (AP) — BP's blown-out Macondo well was declared 'effectively dead' on Sunday by National Incident Commander Thad Allen.",
    "2010-09-20", S, "dwh-2010-declared-dead", notes="'on Sunday' = 2010-09-19.",
    chk=lambda ad: wd_is(ad, "Sunday", "dwh-2010-declared-dead"))
add("The Macondo well was permanently sealed on July 15, 2010.",
    "2010-12-01", X, "dwh-2010-declared-dead", "date",
    "Phase error: 15 July is when the temporary cap stopped the flow; the well was declared permanently sealed on 19 Sept 2010.")
add("A federal judge in New Orleans ruled that 3.19 million barrels of oil were spilled in the 2010 Gulf disaster.",
    "2015-01-16", S, "dwh-2015-volume-ruling")
add("Judge Carl Barbier found on Thursday that 4.2 million barrels of oil had poured into the Gulf of Mexico.",
    "2015-01-17", X, "dwh-2015-volume-ruling", "count",
    "Thursday = 2015-01-15 (correct day); 4.2 million was the government's figure, the court found 3.19 million.",
    chk=lambda ad: wd_is(ad, "Thursday", "dwh-2015-volume-ruling"))
add("BP has so far spent $9.5 billion on its response to the Gulf spill, the company said.",
    "2010-09-20", U, "", "", "True in reality (OGJ) but response costs are not in the table (only in a note).")
add("The Macondo well was drilled in about 5,000 feet of water.",
    "2011-04-20", U, "", "", "Water depth is not in the table.")
add("The Exxon Valdez ran aground on Bligh Reef in Prince William Sound, Alaska, on March 24, 1989.",
    "2019-03-24", S, "exxon-valdez-1989")
add("The Exxon Valdez spilled roughly 257,000 barrels of crude oil into Prince William Sound.",
    "2010-06-01", S, "exxon-valdez-1989")
add("Twenty-five years ago, the Exxon Valdez spilled about 11 million barrels of crude off Alaska.",
    "2014-03-24", X, "exxon-valdez-1989", "count",
    "Unit slip: about 11 million US gallons = about 257,000 barrels. '25 years ago' = 1989 is correct.")
add("The Exxon Valdez disaster began when the tanker struck Bligh Reef on March 23, 1989.",
    "2009-03-24", X, "exxon-valdez-1989", "date", "The ship left Valdez on the 23rd; it struck the reef just after midnight on 24 March.")

# =============================================================== nuclear
add("Chernobyl's No. 4 reactor blew up 31 years ago today.",
    "2016-04-26", X, "chernobyl-1986", "date", "31 years before 2016-04-26 is 1985; the explosion was in 1986.",
    chk=lambda ad: years_ago_today(ad, 31) != fdate("chernobyl-1986"))
add("Chernobyl's No. 4 reactor blew up 30 years ago today, near the Soviet town of Pripyat.",
    "2016-04-26", S, "chernobyl-1986", notes="30 years before 2016-04-26 = 1986-04-26.",
    chk=lambda ad: years_ago_today(ad, 30) == fdate("chernobyl-1986"))
add("The 1986 reactor explosion at Chernobyl, in Soviet Belarus, spread fallout across Europe.",
    "2006-04-26", X, "chernobyl-1986", "place", "Plant was in the Ukrainian SSR (much fallout landed in Belarus).")
add("Thirty-one people died in the immediate aftermath of the Chernobyl explosion.",
    "2011-04-26", U, "chernobyl-1986", "", "Deaths cell is empty on purpose (30 or 31 in sources; long-term estimates vary).")
add("The evacuation of Pripyat began on 27 April 1986, a day after the explosion.",
    "2019-06-01", U, "", "", "True in reality, but the evacuation is only mentioned in a note, not a row.")
add("No one was killed in the partial meltdown of the Unit 2 reactor at Three Mile Island, near Middletown, Pa., in March 1979.",
    "2019-03-28", S, "tmi-1979", notes="deaths = 0 (verified zero).")
add("A fire destroyed the Unit 2 reactor at Three Mile Island in March 1979.",
    "1999-03-28", X, "tmi-1979", "event", "The accident was a partial meltdown, not a fire.")
add("The tsunami of March 11, 2011, knocked out cooling at the Fukushima Daiichi plant run by Tokyo Electric Power.",
    "2021-03-11", S, "fukushima-2011-accident")
add("Tokyo raised the severity rating of the Fukushima crisis to level 7, the same as Chernobyl, on Tuesday.",
    "2011-04-14", S, "fukushima-2011-level7",
    notes="Capital for state: 'Tokyo' = the Japanese authorities (NISA). Tuesday = 2011-04-12.",
    chk=lambda ad: wd_is(ad, "Tuesday", "fukushima-2011-level7"))
add("Japan rated the Fukushima accident at level 7 on the day the tsunami struck.",
    "2012-03-11", X, "fukushima-2011-level7", "date",
    "Phase error: accident 11 March, level 7 rating 12 April 2011.")
add("The International Atomic Energy Agency raised the Fukushima accident to level 7 on April 12, 2011.",
    "2012-04-12", X, "fukushima-2011-level7", "actor", "Japan's NISA made the rating; the IAEA was notified.")
add("About 150,000 people were evacuated from around the Fukushima plant.",
    "2013-03-11", U, "", "", "Number evacuated is not in the table.")

# =============================================================== epidemics
add("Guinea notified the World Health Organization of an Ebola outbreak on 23 March 2014, reporting 49 cases and 29 deaths.",
    "2014-03-24", S, "ebola-wa-2014-notified")
add("GENEVA (Reuters) — Guinea's health ministry told the WHO on Sunday of a fast-moving Ebola outbreak in the country's forested south-east.",
    "2014-03-25", S, "ebola-wa-2014-notified", notes="Sunday = 2014-03-23.",
    chk=lambda ad: wd_is(ad, "Sunday", "ebola-wa-2014-notified"))
add("Guinea's first Ebola report to the WHO listed 29 cases, 49 of them fatal.",
    "2014-03-26", X, "ebola-wa-2014-notified", "count", "Cases and deaths swapped (49 cases, 29 deaths).")
add("The West African Ebola outbreak was first reported to the WHO from Sierra Leone's Kenema district in March 2014.",
    "2015-03-23", X, "ebola-wa-2014-notified", "place", "First notified by Guinea (Guéckédou, Macenta, Nzérékoré, Kissidougou).")
add("The World Health Organization declared the West African Ebola epidemic an international public health emergency on Aug. 8, 2014.",
    "2014-08-09", S, "ebola-wa-2014-pheic")
add("When the WHO declared the emergency, 932 people had died among 1,711 reported cases.",
    "2014-08-09", S, "ebola-wa-2014-pheic")
add("The WHO declared Ebola an international health emergency last Thursday.",
    "2014-08-11", X, "ebola-wa-2014-pheic", "date", "Thursday = 2014-08-07; declaration was Friday 8 Aug.",
    chk=lambda ad: wd_not(ad, "Thursday", "ebola-wa-2014-pheic"))
add("The WHO declared Liberia free of Ebola on 9 May 2015 after 42 days without a new case.",
    "2015-05-10", S, "ebola-wa-2015-liberia-free")
add("Liberia was declared Ebola-free last month.",
    "2015-07-02", X, "ebola-wa-2015-liberia-free", "date", "'last month' = June 2015; declared 9 May 2015.",
    chk=lambda ad: lm_not(ad, "ebola-wa-2015-liberia-free"))
add("The Ebola epidemic in West Africa was declared over in May 2015.",
    "2015-06-15", M, "ebola-wa-2015-liberia-free", "date",
    "Only Liberia was declared free in May 2015 (and cases returned); the region-wide end came on 14 Jan 2016.")
add("The WHO declared West Africa's Ebola outbreak over on Thursday, when Liberia's latest flare-up was declared ended.",
    "2016-01-16", S, "ebola-wa-2016-end", notes="Thursday = 2016-01-14.",
    chk=lambda ad: wd_is(ad, "Thursday", "ebola-wa-2016-end"))
add("The West African epidemic infected 28,657 people and killed 11,325, according to WHO figures from April 2016.",
    "2016-05-01", S, "ebola-wa-2016-04-tally")
add("More than 11,000 people died in the West African Ebola epidemic.",
    "2017-01-01", S, "ebola-wa-2016-04-tally", notes="Bound: 11,325 > 11,000.")
add("The West African Ebola epidemic killed 28,657 people.",
    "2017-06-01", X, "ebola-wa-2016-04-tally", "count", "28,657 is the case count; 11,325 died.")
add("Congo on Thursday declared the end of the Ebola epidemic in its east, almost two years after it began in North Kivu.",
    "2020-06-26", S, "ebola-kivu-2020-end", notes="Thursday = 2020-06-25.",
    chk=lambda ad: wd_is(ad, "Thursday", "ebola-kivu-2020-end"))
add("The Kivu Ebola epidemic killed 2,287 people before Congo declared it over on June 25, 2020.",
    "2020-07-01", U, "ebola-kivu-2020-end", "",
    "Date matches, but the deaths cell is empty on purpose (2,287 minister / 2,280 WHO-AP / 2,277 AFP), so the count cannot be decided.")

# =============================================================== tornadoes, blizzard
add("More than a thousand people were hurt when the twister tore through Joplin, Mo.",
    "2011-06-01", S, "joplin-2011", notes="Bound: 1,150 injured.")
add("Between 150 and 160 people died in the Joplin tornado.",
    "2012-05-22", S, "joplin-2011", notes="Range contains 158.")
add("The tornado that flattened much of Joplin in 2011 killed 185 people.",
    "2016-05-22", X, "joplin-2011", "count", "Transposed digits: 158.")
add("The EF4 tornado that hit Tuscaloosa and Birmingham, Alabama, on April 27, 2011, injured some 1,500 people.",
    "2012-04-27", S, "tuscaloosa-2011")
add("The Tuscaloosa–Birmingham tornado killed 64 people.",
    "2012-04-27", U, "tuscaloosa-2011", "", "Deaths cell empty on purpose: NWS 65 vs Wikipedia 64.")
add("Twenty-four people, including seven children at Plaza Towers Elementary, died when an EF5 tornado ripped through Moore, Okla., on May 20, 2013.",
    "2013-06-01", S, "moore-2013", notes="Sub-count (7 children) is in the statement; total 24.")
add("The Moore tornado injured 212 people.",
    "2014-05-20", U, "moore-2013", "", "Injuries cell empty on purpose (212 vs 353/377).")
add("The blizzard that paralysed Buffalo from Dec. 23, 2022, eventually claimed 47 lives.",
    "2023-01-20", S, "buffalo-blizzard-2022")
add("Erie County's blizzard death toll rose to 37 on Wednesday, County Executive Mark Poloncarz said.",
    "2022-12-30", S, "buffalo-blizzard-2022-12-28-toll", notes="Wednesday = 2022-12-28.",
    chk=lambda ad: wd_is(ad, "Wednesday", "buffalo-blizzard-2022-12-28-toll"))
add("By December 28, Erie County had confirmed 47 blizzard deaths.",
    "2023-01-02", X, "buffalo-blizzard-2022-12-28-toll", "count",
    "On 28 Dec the Erie County count was 37; 47 (overall) was reached on 19 Jan 2023.")
add("Three more deaths confirmed on Thursday raised the toll from last month's blizzard to 47, officials in Buffalo said.",
    "2023-01-20", S, "buffalo-blizzard-2023-01-19-toll",
    notes="Thursday = 2023-01-19; 'last month's blizzard' = December 2022 (anchored to buffalo-blizzard-2022).",
    chk=lambda ad: wd_is(ad, "Thursday", "buffalo-blizzard-2023-01-19-toll") and lm_is(ad, "buffalo-blizzard-2022"))
add("Erie County Executive Byron Brown said on Wednesday that the county's blizzard toll had reached 37.",
    "2022-12-29", X, "buffalo-blizzard-2022-12-28-toll", "actor",
    "Byron Brown is the Mayor of Buffalo; the County Executive is Mark Poloncarz. Wednesday = 2022-12-28 is right.",
    chk=lambda ad: wd_is(ad, "Wednesday", "buffalo-blizzard-2022-12-28-toll"))

# =============================================================== landslides, avalanches
add("Forty-three people died when the hillside collapsed onto the Steelhead Haven neighborhood in Snohomish County.",
    "2014-09-17", S, "oso-2014")
add("The Oso mudslide in the Pacific Northwest killed 34 people.",
    "2015-01-01", X, "oso-2014", "count", "43 (transposed).")
add("A year ago a hillside gave way near Oso, Oregon, burying dozens of homes.",
    "2015-03-22", X, "oso-2014", "place", "Oso, Washington. 'A year ago' (March 2014) is fine.")
add("An avalanche struck the Hotel Rigopiano in Farindola, Abruzzo, on 18 January 2017, killing 29 people.",
    "2018-01-18", S, "rigopiano-2017")
add("Rescuers dug through the ruins of the Hotel Rigopiano, which was buried by an avalanche on Wednesday evening.",
    "2017-01-21", S, "rigopiano-2017", notes="Wednesday = 2017-01-18.",
    chk=lambda ad: wd_is(ad, "Wednesday", "rigopiano-2017"))
add("The Rigopiano avalanche killed 40 people.",
    "2017-02-01", X, "rigopiano-2017", "count", "40 were inside; 29 died.")
add("The avalanche at the Hotel Rigopiano left eleven people injured.",
    "2017-01-25", M, "rigopiano-2017", "count",
    "Literally matches injuries = 11 but omits the 29 deaths (the 11 were the only survivors).")
add("Sixteen Nepali guides were killed when an ice avalanche swept the Khumbu Icefall on Mount Everest on 18 April 2014.",
    "2014-04-19", S, "everest-2014")
add("Sherpas called off the rest of the 2014 climbing season after the avalanche.",
    "2014-05-01", U, "", "", "Not in the table.")

# =============================================================== bridges and tunnels
add("German Chancellor Angela Merkel, French President François Hollande and Italian Prime Minister Matteo Renzi attended the opening of the Gotthard Base Tunnel on Wednesday.",
    "2016-06-03", S, "gotthard-2016-opening", notes="Wednesday = 2016-06-01.",
    chk=lambda ad: wd_is(ad, "Wednesday", "gotthard-2016-opening"))
add("Regular passenger trains began running through the Gotthard Base Tunnel on 1 June 2016.",
    "2017-01-01", X, "gotthard-2016-service", "date", "Phase error: 1 June was the ceremony; scheduled service began 11 Dec 2016.")
add("Scheduled services through the Gotthard Base Tunnel will begin on December 11, the Swiss railways said.",
    "2016-06-02", S, "gotthard-2016-service", notes="Future tense with a stated date; year from article date.")
add("Swiss President Doris Leuthard inaugurated the Gotthard Base Tunnel on 1 June 2016.",
    "2016-06-02", X, "gotthard-2016-opening", "actor",
    "President of the Confederation in 2016 was Johann Schneider-Ammann; Leuthard was transport minister.")
add("Chinese President Xi Jinping declared the Hong Kong-Zhuhai-Macau Bridge open on Tuesday at a ceremony in Zhuhai.",
    "2018-10-24", S, "hzmb-2018-ceremony", notes="Tuesday = 2018-10-23.",
    chk=lambda ad: wd_is(ad, "Tuesday", "hzmb-2018-ceremony"))
add("ZHUHAI, China, Oct 20 (Reuters) - The bridge linking Hong Kong, Macau and Zhuhai will open to traffic on Wednesday, October 24.",
    "2018-10-20", S, "hzmb-2018-traffic", notes="Future tense with a stated date.")
add("The Hong Kong–Zhuhai–Macau Bridge opened to traffic on October 23, 2018.",
    "2019-01-01", X, "hzmb-2018-traffic", "date", "Phase error: 23 Oct was the ceremony; traffic from 24 Oct.")
add("Xi Jinping declared the Hong Kong–Zhuhai–Macau Bridge open at a ceremony in Hong Kong.",
    "2018-10-24", X, "hzmb-2018-ceremony", "place", "Ceremony was in Zhuhai, Guangdong.")
add("Turkish President Recep Tayyip Erdoğan opened the 1915 Çanakkale Bridge across the Dardanelles on 18 March 2022.",
    "2022-03-19", S, "canakkale-2022")
add("Ankara's new bridge over the Dardanelles, 4.6 km long including its approach viaducts, opened on Friday.",
    "2022-03-21", S, "canakkale-2022", notes="Capital for state. Friday = 2022-03-18.",
    chk=lambda ad: wd_is(ad, "Friday", "canakkale-2022"))
add("The 1915 Çanakkale Bridge, which spans the Bosphorus, opened in March 2022.",
    "2022-04-01", X, "canakkale-2022", "place", "It spans the Dardanelles.")
add("Drivers pay a toll of 200 lira to cross the Çanakkale bridge.",
    "2022-03-20", U, "", "", "Toll is only in a note, not a column.")
add("The Channel Tunnel was formally opened by Queen Elizabeth II and President François Mitterrand on 6 May 1994.",
    "2014-05-06", S, "chunnel-1994")
add("Queen Elizabeth II and President Jacques Chirac opened the Channel Tunnel in May 1994.",
    "2004-05-06", X, "chunnel-1994", "actor", "François Mitterrand.")
add("The Channel Tunnel opened 25 years ago today.",
    "2014-05-06", X, "chunnel-1994", "date", "25 years before 2014-05-06 is 1989; opened 1994.",
    chk=lambda ad: years_ago_today(ad, 25) != fdate("chunnel-1994"))
add("The Øresund Bridge between Copenhagen and Malmö opened in 2001.",
    "2010-07-01", U, "", "", "Øresund is not in the table (and the claim is false in reality: opened 1 July 2000).")

# =============================================================== marathons
add("Kipchoge's 2:01:39 in Berlin on Sunday took 78 seconds off the old world record.",
    "2018-09-19", S, "kipchoge-2018-berlin", notes="Sunday = 2018-09-16; 1:18 = 78 s.",
    chk=lambda ad: wd_is(ad, "Sunday", "kipchoge-2018-berlin"))
add("Kenyan Eliud Kipchoge won the Berlin Marathon in a world record 2:01:40.",
    "2018-09-16", X, "kipchoge-2018-berlin", "count",
    "Provisional time first announced; official time 2:01:39 (note).")
add("Kipchoge became the first person to cover the marathon distance in under two hours, clocking 1:59:40 in Vienna on 12 October 2019.",
    "2019-10-13", S, "kipchoge-2019-vienna")
add("Kipchoge's 1:59:40 in Vienna is the official marathon world record.",
    "2020-01-01", M, "kipchoge-2019-vienna", "event", "Time and place right, but the run was not record-eligible.")
add("Kipchoge's sub-two-hour run in London in October 2019 made history.",
    "2019-11-01", X, "kipchoge-2019-vienna", "place", "Vienna.")
add("A day after Kipchoge's Vienna run, Brigid Kosgei broke Paula Radcliffe's world record, winning Chicago in 2:14:04.",
    "2019-10-14", S, "kosgei-2019-chicago", notes="Anchored: Vienna run 12 Oct + 1 day = 13 Oct.",
    chk=lambda ad: fdate("kipchoge-2019-vienna") + dt.timedelta(days=1) == fdate("kosgei-2019-chicago"))
add("Kipchoge lowered his own world record to 2:01:09 in Berlin on Sept. 25, 2022.",
    "2022-09-26", S, "kipchoge-2022-berlin")
add("BERLIN (AP) — Eliud Kipchoge clocked 2:01:19 on Sunday to break his own world record.",
    "2022-09-26", X, "kipchoge-2022-berlin", "count", "2:01:09. Sunday = 2022-09-25 is right.",
    chk=lambda ad: wd_is(ad, "Sunday", "kipchoge-2022-berlin"))
add("Ethiopia's Tigst Assefa smashed the women's marathon world record in Berlin on Sunday, running 2:11:53.",
    "2023-09-25", S, "assefa-2023-berlin", notes="Sunday = 2023-09-24.",
    chk=lambda ad: wd_is(ad, "Sunday", "assefa-2023-berlin"))
add("Kelvin Kiptum ran 2:00:35 at the Chicago Marathon on 8 October 2023, breaking Kipchoge's record by 34 seconds.",
    "2023-10-09", S, "kiptum-2023-chicago")
add("Kiptum's record-breaking run in Chicago last month stunned the athletics world.",
    "2023-12-05", X, "kiptum-2023-chicago", "date", "'last month' = November 2023; the race was 8 Oct 2023.",
    chk=lambda ad: lm_not(ad, "kiptum-2023-chicago"))
add("Kiptum broke the marathon world record in Chicago last month.",
    "2023-11-10", S, "kiptum-2023-chicago", notes="'last month' = October 2023.",
    chk=lambda ad: lm_is(ad, "kiptum-2023-chicago"))
add("World Athletics ratified Kiptum's Chicago time on October 8, 2023.",
    "2024-03-01", X, "kiptum-2024-ratified", "date", "Phase error: race day given for ratification (6 Feb 2024).")
add("Kiptum died in a car crash in Kenya less than a week after his record was ratified.",
    "2024-02-12", U, "", "", "True in reality (11 Feb 2024) but only in a note.")
add("Ruth Chepngetich became the first woman to break 2:10, winning Chicago in 2:09:56 on October 13, 2024.",
    "2024-10-14", S, "chepngetich-2024-chicago")
add("Exactly five years after Brigid Kosgei's record there, Ruth Chepngetich ran under 2:10 on the Chicago course.",
    "2024-10-14", S, "chepngetich-2024-chicago", notes="Anchored: 13 Oct 2019 + 5 years = 13 Oct 2024.",
    chk=lambda ad: fdate("kosgei-2019-chicago").replace(year=2024) == fdate("chepngetich-2024-chicago"))
add("Chepngetich took nearly two minutes off the 2:11:53 world record set by Brigid Kosgei.",
    "2024-10-14", X, "assefa-2023-berlin", "actor", "2:11:53 was Tigist Assefa's record (Kosgei's was 2:14:04).")

# =============================================================== Nobel prizes
add("Malala Yousafzai and Kailash Satyarthi were named joint winners of the Nobel Peace Prize on Friday.",
    "2014-10-11", S, "nobel-peace-2014-announced", notes="Friday = 2014-10-10.",
    chk=lambda ad: wd_is(ad, "Friday", "nobel-peace-2014-announced"))
add("The 2014 Nobel Peace Prize went to the Pakistani schoolgirl and the Indian children's rights campaigner, committee chair Berit Reiss-Andersen announced in Oslo.",
    "2014-10-10", X, "nobel-peace-2014-announced", "actor", "Chair in 2014 was Thorbjørn Jagland (Reiss-Andersen chaired from 2017).")
add("Yousafzai and Satyarthi received their Nobel Peace Prize at Oslo City Hall on 10 December 2014.",
    "2014-12-11", S, "nobel-peace-2014-ceremony")
add("Malala Yousafzai received the Nobel Peace Prize at a ceremony in Stockholm.",
    "2014-12-11", X, "nobel-peace-2014-ceremony", "place", "Oslo City Hall.")
add("Malala Yousafzai was handed her Nobel medal at Oslo City Hall on 10 October 2014.",
    "2015-01-01", X, "nobel-peace-2014-ceremony", "date", "Phase error: announcement date given for the ceremony (10 Dec).")
add("STOCKHOLM (Reuters) - The Swedish Academy announced on Thursday that Bob Dylan had won the Nobel Prize in Literature.",
    "2016-10-14", S, "nobel-lit-2016-announced", notes="Thursday = 2016-10-13.",
    chk=lambda ad: wd_is(ad, "Thursday", "nobel-lit-2016-announced"))
add("Bob Dylan finally collected his Nobel diploma and medal on Saturday at a private gathering in Stockholm.",
    "2017-04-03", S, "nobel-lit-2016-dylan-accepts", notes="Saturday = 2017-04-01.",
    chk=lambda ad: wd_is(ad, "Saturday", "nobel-lit-2016-dylan-accepts"))
add("Bob Dylan accepted his Nobel Prize in person at the December 10, 2016 ceremony in Stockholm.",
    "2017-01-01", X, "nobel-lit-2016-dylan-accepts", "date", "He skipped the December ceremony and collected the prize on 1 April 2017.")

# =============================================================== mergers and IPOs
add("Alibaba's shares began trading on the New York Stock Exchange on 19 September 2014 after an IPO that raised $21.8 billion.",
    "2014-09-20", S, "alibaba-ipo-2014")
add("Alibaba made its stock market debut on the Nasdaq in September 2014.",
    "2014-10-01", X, "alibaba-ipo-2014", "place", "New York Stock Exchange.")
add("RIYADH, Dec 12 (Reuters) - Saudi Aramco shares started trading on the Tadawul on Wednesday after an IPO that raised $25.6 billion.",
    "2019-12-12", S, "aramco-ipo-2019", notes="Wednesday = 2019-12-11.",
    chk=lambda ad: wd_is(ad, "Wednesday", "aramco-ipo-2019"))
add("Aramco shares began trading in Riyadh on December 5, 2019.",
    "2020-01-01", X, "aramco-ipo-2019", "date", "Phase error: 5 Dec was the pricing; trading began 11 Dec.")
add("Aramco shares will start trading on the Saudi exchange on December 12, the bourse said.",
    "2019-12-07", X, "aramco-ipo-2019", "date", "Future tense with a stated date: trading started 11 Dec.")
add("Aramco raised $29.4 billion when it priced its initial public offering.",
    "2019-12-06", X, "aramco-ipo-2019", "count",
    "At pricing it raised $25.6 bn; $29.4 bn only after the later greenshoe (note).")
add("Microsoft closed its $68.7 billion purchase of Activision Blizzard on Oct. 13, 2023.",
    "2023-10-14", S, "msft-activision-2023")
add("Microsoft completed its takeover of Activision Blizzard in January 2022.",
    "2023-01-01", X, "msft-activision-2023", "date", "January 2022 was the announcement; completion 13 Oct 2023.")
add("Elon Musk completed his $44 billion takeover of Twitter on Thursday and fired chief executive Parag Agrawal.",
    "2022-10-28", S, "musk-twitter-2022", notes="Thursday = 2022-10-27.",
    chk=lambda ad: wd_is(ad, "Thursday", "musk-twitter-2022"))
add("Elon Musk bought Twitter for $44 billion in April 2022.",
    "2023-01-01", M, "musk-twitter-2022", "date", "The deal was agreed in April 2022 but completed on 27 Oct 2022.")
add("Twitter had about 7,500 employees when Musk took over.",
    "2022-10-30", U, "", "", "Headcount is not in the table.")

# =============================================================== recall
add("Samsung announced a global recall of 2.5 million Galaxy Note 7 smartphones on 2 September 2016.",
    "2016-09-03", S, "note7-recall-2016")
add("Samsung recalled 1 million Galaxy Note 7 phones worldwide on 2 September 2016.",
    "2016-09-10", X, "note7-recall-2016", "count", "2.5 million worldwide; ~1 million was the later US CPSC figure (note).")
add("SEOUL — Samsung permanently stopped production of the Galaxy Note 7 on Tuesday.",
    "2016-10-13", S, "note7-discontinued-2016", notes="Tuesday = 2016-10-11.",
    chk=lambda ad: wd_is(ad, "Tuesday", "note7-discontinued-2016"))
add("Samsung killed off the Galaxy Note 7 last week.",
    "2016-10-14", X, "note7-discontinued-2016", "date", "'last week' = 3-9 Oct 2016; discontinued 11 Oct (this week).",
    chk=lambda ad: lw_not(ad, "note7-discontinued-2016"))
add("Samsung scrapped the Note 7 last week after replacement phones also caught fire.",
    "2016-10-20", S, "note7-discontinued-2016", notes="'last week' = 10-16 Oct 2016.",
    chk=lambda ad: lw_is(ad, "note7-discontinued-2016"))

# =============================================================== piracy
add("Navy snipers killed three pirates and freed Captain Richard Phillips on Sunday.",
    "2009-04-13", S, "maersk-alabama-2009-rescue", notes="Sunday = 2009-04-12.",
    chk=lambda ad: wd_is(ad, "Sunday", "maersk-alabama-2009-rescue"))
add("Navy SEAL snipers killed all four pirates holding Captain Phillips.",
    "2009-04-14", X, "maersk-alabama-2009-rescue", "count", "Three killed, one captured.")

# =============================================================== prison break
add("Joaquín 'El Chapo' Guzmán escaped from the Altiplano maximum-security prison through a tunnel from his shower on July 11, 2015.",
    "2015-07-13", S, "chapo-2015-escape")
add("Mexico's most wanted drug lord, who broke out of Altiplano in July, was recaptured in Los Mochis, Sinaloa, on Friday.",
    "2016-01-09", S, "chapo-2016-recapture", notes="Friday = 2016-01-08; 'in July' = July 2015.",
    chk=lambda ad: wd_is(ad, "Friday", "chapo-2016-recapture") and fdate("chapo-2015-escape").month == 7)
add("El Chapo was recaptured in Culiacán in January 2016.",
    "2016-02-01", X, "chapo-2016-recapture", "place", "Los Mochis, Sinaloa.")
add("Five marines were killed in the raid in which El Chapo was recaptured.",
    "2016-01-10", X, "chapo-2016-recapture", "actor", "The five dead were gunmen; one marine was wounded.")
add("El Chapo was extradited to the United States in January 2017.",
    "2017-02-01", U, "", "", "Not in the table.")

# =============================================================== summits
add("Trump and Kim Jong Un met at the Capella hotel on Sentosa island on June 12, 2018.",
    "2018-06-13", S, "singapore-summit-2018")
add("Trump and Kim held their first summit in Hanoi in June 2018.",
    "2018-07-01", X, "singapore-summit-2018", "place", "Singapore (Hanoi was the second summit).")
add("The Hanoi talks between Trump and Kim collapsed on Friday.",
    "2019-03-02", X, "hanoi-summit-2019", "date", "Friday = 2019-03-01; talks collapsed Thursday 28 Feb.",
    chk=lambda ad: wd_not(ad, "Friday", "hanoi-summit-2019"))
add("Donald Trump became the first sitting U.S. president to set foot in North Korea on June 30, 2019, at Panmunjom.",
    "2019-07-01", S, "dmz-meeting-2019")

# =============================================================== papal
add("VATICAN CITY — Benedict XVI, who stunned the Church on Monday by announcing his resignation, will step down at 8 p.m. on Feb. 28.",
    "2013-02-13", S, "benedict-2013-announcement",
    notes="Monday = 2013-02-11; the future-tense schedule (28 Feb, 20:00) matches benedict-2013-resignation.",
    chk=lambda ad: wd_is(ad, "Monday", "benedict-2013-announcement"))
add("Benedict XVI's papacy ended at 8 p.m. on February 28, 2013.",
    "2013-03-01", S, "benedict-2013-resignation")
add("Benedict XVI stepped down as pope on 11 February 2013.",
    "2014-02-11", X, "benedict-2013-resignation", "date", "Phase error: announcement day given for the resignation (28 Feb).")
add("Cardinal Jorge Mario Bergoglio of Buenos Aires was elected pope on Wednesday, taking the name Francis.",
    "2013-03-14", S, "francis-2013-election", notes="Wednesday = 2013-03-13.",
    chk=lambda ad: wd_is(ad, "Wednesday", "francis-2013-election"))
add("Pope Francis celebrated his inauguration Mass in St Peter's Square on March 19, 2013.",
    "2013-03-20", U, "", "", "Inauguration appears only in a note, not as a row.")

# =============================================================== currency
add("Caracas knocked five zeros off the bolívar on Aug. 20, 2018, launching the bolívar soberano.",
    "2018-08-21", S, "venezuela-2018-redenomination", notes="Capital for state.")
add("Venezuela will introduce the new bolívar soberano on August 20, Maduro said.",
    "2018-07-26", S, "venezuela-2018-redenomination", notes="Future tense with a stated date.")
add("Venezuela removed three zeros from its currency in August 2018.",
    "2018-09-01", X, "venezuela-2018-redenomination", "count", "Five zeros; three was the March 2018 plan.")
add("In March 2018 Maduro announced that three zeros would be cut from the bolívar.",
    "2018-04-01", S, "venezuela-2018-03-plan", notes="Month-precision row; checked to the month.")
add("In March 2018 Maduro announced that six zeros would be cut from the bolívar.",
    "2018-04-01", X, "venezuela-2018-03-plan", "count", "Three.")
add("Venezuela's 'digital bolívar', which strips six zeros from the currency, took effect on 1 October 2021.",
    "2021-10-02", S, "venezuela-2021-redenomination")
add("The digital bolívar will take effect on November 1, Venezuela's central bank said.",
    "2021-08-06", X, "venezuela-2021-redenomination", "date", "Future schedule stated wrongly: 1 October 2021.")
add("Venezuela has removed 14 zeros from the bolívar since 2008.",
    "2021-10-02", U, "", "", "The 2008 cut is only in a note; the rows give 5 + 6 = 11 zeros (true in reality).")
add("Turkey dropped six zeros from the lira on 1 January 2005.",
    "2005-01-03", S, "turkey-2005-redenomination")
add("Turkey's new lira, launched in 2005, removed five zeros from the old currency.",
    "2010-01-01", X, "turkey-2005-redenomination", "count", "Six zeros.")

# =============================================================== riots
add("Rioting broke out in Tottenham, north London, on 6 August 2011 after a protest over the police shooting of Mark Duggan.",
    "2011-08-07", S, "england-riots-2011")
add("Five people died in the riots that spread across England in August 2011.",
    "2011-12-01", S, "england-riots-2011")
add("LONDON (Reuters) - Riots erupted in Tottenham on Sunday night after a peaceful protest.",
    "2011-08-08", X, "england-riots-2011", "date", "Sunday = 2011-08-07; rioting began Saturday 6 Aug.",
    chk=lambda ad: wd_not(ad, "Sunday", "england-riots-2011"))
add("The 2011 riots injured 16 people.",
    "2012-01-01", M, "england-riots-2011", "count", "16 is members of the public only; 205 in all incl. 186 police officers.")

# =============================================================== border
add("Colombia's Gustavo Petro and Venezuela's Nicolás Maduro reopened the border on Monday.",
    "2022-09-28", S, "colombia-venezuela-border-2022", notes="Monday = 2022-09-26.",
    chk=lambda ad: wd_is(ad, "Monday", "colombia-venezuela-border-2022"))

# =============================================================== not checkable
for text, ad in [
    ("BP should be banned from drilling in American waters.", "2010-06-01"),
    ("Deep-water drilling will never be truly safe.", "2010-09-20"),
    ("Nuclear power remains the safest way to cut carbon emissions.", "2016-04-26"),
    ("Japan must never restart another nuclear reactor.", "2012-03-11"),
    ("The world was far too slow to respond to Ebola in West Africa.", "2016-01-15"),
    ("Another Ebola outbreak in eastern Congo is only a matter of time.", "2020-06-26"),
    ("Every school in Oklahoma should have a storm shelter.", "2013-05-22"),
    ("Buffalo's snow removal during the blizzard was embarrassing.", "2022-12-29"),
    ("The Gotthard Base Tunnel is the greatest engineering feat of the century.", "2016-06-02"),
    ("A woman will run a marathon under 2:05 within a decade.", "2024-10-14"),
    ("Kiptum would have broken two hours if he had lived.", "2024-02-13"),
    ("The Swedish Academy should never have given the literature prize to a songwriter.", "2016-10-14"),
    ("Aramco shares are a bargain at the IPO price.", "2019-12-06"),
    ("Regulators should have blocked Microsoft's purchase of Activision.", "2023-10-14"),
    ("Summits with Kim Jong Un are a waste of time.", "2019-03-01"),
    ("Venezuela's currency reforms are doomed to fail.", "2021-10-02"),
]:
    add(text, ad, N, "", "", "Opinion, prediction or call to act.")


def main():
    out = os.path.join(ROOT, "claims.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, c in enumerate(C, 1):
            rec = {"id": f"p13-c{i:03d}", "text": c["text"], "article_date": c["article_date"],
                   "expected_verdict": c["expected_verdict"], "fact_id": c["fact_id"],
                   "wrong_field": c["wrong_field"], "notes": c["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(C), Counter(c["expected_verdict"] for c in C))
    print(Counter(c["wrong_field"] for c in C if c["wrong_field"]))


if __name__ == "__main__":
    main()
