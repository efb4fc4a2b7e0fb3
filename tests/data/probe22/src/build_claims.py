"""Writes ../claims.jsonl.  Every relative date in a claim is asserted with
datetime (see reldate.py) against facts.csv before anything is written."""
import csv
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from reldate import d, last_weekday, last_week, last_month, this_month, add_days  # noqa: E402

HERE = os.path.dirname(__file__)
FACTS = {r["id"]: r for r in csv.DictReader(open(os.path.join(HERE, "..", "facts.csv"), encoding="utf-8"))}
OUT = os.path.join(HERE, "..", "claims.jsonl")

VERDICTS = {"supported", "contradicted", "misleading", "unverifiable", "not_checkable"}
FIELDS = {"date", "count", "place", "actor", "event"}
CLAIMS = []


def C(text, article_date, verdict, fact_id=None, wrong_field=None, notes="", rel=()):
    assert verdict in VERDICTS, verdict
    d(article_date)
    if verdict in ("supported", "contradicted", "misleading"):
        assert fact_id in FACTS, (text, fact_id)
    if verdict in ("contradicted", "misleading"):
        assert wrong_field in FIELDS, (text, wrong_field)
    else:
        assert wrong_field is None, text
    if verdict in ("unverifiable", "not_checkable"):
        assert fact_id is None, text
    fact = FACTS.get(fact_id)
    if fact:
        assert d(fact["date"]) <= d(article_date), (text, "article predates the fact")
    for r in rel:
        kind = r[0]
        if kind == "wd":  # bare weekday -> most recent such day before article_date
            _, name, expect = r[:3]
            got = last_weekday(article_date, name)
            assert got == d(expect), (text, name, got, expect)
            assert name in text, (text, name)
            if len(r) == 4:  # weekday refers to another (phase) row
                assert d(FACTS[r[3]]["date"]) == got, (text, r[3])
            elif fact and verdict == "supported":
                assert d(fact["date"]) == got, (text, fact["date"], got)
            if fact and verdict == "contradicted" and wrong_field == "date":
                assert d(fact["date"]) != got, text
        elif kind == "lastweek":
            _, expect = r
            a, b = last_week(article_date)
            assert a <= d(expect) <= b, (text, a, b, expect)
            if fact and verdict == "supported":
                assert a <= d(fact["date"]) <= b, text
        elif kind == "lastmonth":
            _, y, m = r
            assert last_month(article_date) == (y, m), (text, last_month(article_date))
            if fact and verdict == "supported":
                fd = d(fact["date"])
                assert (fd.year, fd.month) == (y, m), text
        elif kind == "thismonth":
            _, y, m = r
            assert this_month(article_date) == (y, m), text
            fd = d(fact["date"])
            assert (fd.year, fd.month) == (y, m) and fd < d(article_date), text
        elif kind == "after":  # "<n> days after <other fact>"
            _, other, n, expect = r
            got = add_days(FACTS[other]["date"], n)
            assert got == d(expect), (text, got, expect)
            if fact and verdict == "supported":
                assert d(fact["date"]) == got, (text, fact["date"], got)
        elif kind == "span":  # days from fact a to fact b within [lo, hi]
            _, a, b, lo, hi = r
            n = (d(FACTS[b]["date"]) - d(FACTS[a]["date"])).days
            assert lo <= n <= hi, (text, n)
        elif kind == "yearsago":  # "<n> years ago" / "two decades ago"
            _, n = r
            n_got = d(article_date).year - d(fact["date"]).year
            assert n_got == n, (text, n_got, n)
        elif kind == "before_article":
            assert d(fact["date"]) < d(article_date), text
        else:
            raise ValueError(kind)
    CLAIMS.append(dict(text=text, article_date=article_date, expected_verdict=verdict,
                       fact_id=fact_id, wrong_field=wrong_field, notes=notes))


# ================================================================ strikes / lockouts
C("Britain's year-long miners' strike began on 6 March 1984 with a walkout at Cortonwood Colliery in South Yorkshire.",
  "2014-03-06", "supported", "uk-miners-strike-1984-start", notes="date and place match")
C("At its height the 1984-85 miners' strike drew out some 142,000 mineworkers.",
  "2024-03-05", "supported", "uk-miners-strike-1984-start", notes="workers_involved = 142000 (peak)")
C("The miners' strike that began in March 1985 ended a year later in defeat for the union.",
  "2015-03-03", "contradicted", "uk-miners-strike-1984-start", "date", notes="wrong year: began March 1984")
C("Delegates voted 98 to 91 at TUC headquarters in London on Sunday to call off the miners' strike.",
  "1985-03-04", "supported", "uk-miners-strike-1985-end", rel=[("wd", "Sunday", "1985-03-03")],
  notes="'Sunday' -> 1985-03-03")
C("The NUM voted in Sheffield on 3 March 1985 to end the year-long strike.",
  "1995-03-03", "contradicted", "uk-miners-strike-1985-end", "place", notes="the vote was at TUC headquarters in London")
C("Police shot dead 34 striking miners at Marikana on 16 August 2012.",
  "2012-08-20", "supported", "marikana-massacre-2012")
C("Thirty-four miners were killed and 78 wounded when police opened fire near Rustenburg on Thursday.",
  "2012-08-18", "supported", "marikana-massacre-2012", rel=[("wd", "Thursday", "2012-08-16")],
  notes="'Thursday' -> 2012-08-16; counts as words and digits")
C("Police killed 78 miners at Marikana in August 2012.",
  "2013-08-16", "contradicted", "marikana-massacre-2012", "count", notes="78 is the number injured; 34 were killed")
C("The Marikana shootings took place at a platinum mine in Limpopo province.",
  "2014-08-16", "contradicted", "marikana-massacre-2012", "place", notes="North West province")
C("The wildcat strike at Lonmin's Marikana mine had begun six days before the shooting, on 10 August.",
  "2012-08-25", "supported", "marikana-strike-2012-start", rel=[("after", "marikana-massacre-2012", -6, "2012-08-10")],
  notes="anchored to the shooting: 16 Aug - 6 days = strike start 10 Aug")
C("Police fired on the Marikana strikers some time between 15 and 17 August 2012.",
  "2012-09-01", "supported", "marikana-massacre-2012", notes="date range contains 16 Aug")
C("Workers at Gdansk's Lenin Shipyard downed tools on 14 August 1980 after crane operator Anna Walentynowicz was sacked.",
  "2020-08-14", "supported", "gdansk-strike-1980-start")
C("The Gdansk Agreement was signed on 31 August 1980 by Lech Walesa and deputy prime minister Mieczyslaw Jagielski.",
  "2020-08-31", "supported", "gdansk-agreement-1980")
C("Seventeen days after the shipyard strike began, the government conceded the right to form independent unions.",
  "1990-08-31", "supported", "gdansk-agreement-1980", rel=[("after", "gdansk-strike-1980-start", 17, "1980-08-31")],
  notes="anchored to the strike start: 14 Aug + 17 days = 31 Aug 1980")
C("The August 1980 agreement with Walesa's strikers was signed in Szczecin.",
  "2000-08-31", "contradicted", "gdansk-agreement-1980", "place", notes="signed in Gdansk (a separate Szczecin accord is not in the table)")
C("Qantas grounded its entire fleet on Saturday, stranding tens of thousands of passengers around the world.",
  "2011-10-30", "supported", "qantas-grounding-2011", rel=[("wd", "Saturday", "2011-10-29")],
  notes="'Saturday' -> 2011-10-29; vague amount")
C("Qantas chief executive Alan Joyce grounded the airline's fleet on 29 October 2011.",
  "2012-10-29", "supported", "qantas-grounding-2011")
C("Virgin Australia chief executive John Borghetti grounded the airline's fleet on 29 October 2011 in a dispute with three unions.",
  "2011-11-05", "contradicted", "qantas-grounding-2011", "actor", notes="it was Qantas and Alan Joyce")
C("Fair Work Australia ordered an end to the Qantas dispute two days after the grounding.",
  "2011-11-10", "supported", "qantas-fwa-order-2011", rel=[("after", "qantas-grounding-2011", 2, "2011-10-31")],
  notes="29 Oct + 2 days = 31 Oct")
C("Fair Work Australia terminated all industrial action at Qantas on 1 November 2011.",
  "2011-12-01", "contradicted", "qantas-fwa-order-2011", "date", notes="order came at about 2am on 31 October")
C("Qantas's fleet was grounded in the last week of October 2011.",
  "2012-01-15", "supported", "qantas-grounding-2011", notes="date range 25-31 Oct contains 29 Oct")
C("Around 130 Tesla mechanics in Sweden walked out on 27 October 2023.",
  "2023-11-10", "supported", "tesla-sweden-strike-2023")
C("IF Metall's strike at Tesla's Swedish workshops began last month.",
  "2023-11-16", "supported", "tesla-sweden-strike-2023", rel=[("lastmonth", 2023, 10)],
  notes="'last month' -> October 2023 (month precision)")
C("Some 1,300 Tesla mechanics in Sweden went on strike in October 2023.",
  "2023-12-01", "contradicted", "tesla-sweden-strike-2023", "count", notes="about 130")
C("IF Metall began its strike against Tesla's workshops in Norway in October 2023.",
  "2023-12-05", "contradicted", "tesla-sweden-strike-2023", "place", notes="Sweden")
C("Tesla finally signed a collective agreement with IF Metall in spring 2024.",
  "2024-06-01", "unverifiable", notes="not in the table (and false in reality)")
C("The Qantas dispute had already cost the airline A$68 million before the grounding.",
  "2011-11-02", "unverifiable", notes="detail not in the table")
C("Unions must never again let a single airline hold a whole country to ransom.",
  "2011-11-01", "not_checkable", notes="opinion / call to act")

# ================================================================ first vaccine doses
C("Ninety-year-old Margaret Keenan became the first person to receive the Pfizer jab in Britain's programme on Tuesday, at University Hospital Coventry.",
  "2020-12-09", "supported", "vax-uk-first-dose-2020", rel=[("wd", "Tuesday", "2020-12-08")], notes="'Tuesday' -> 2020-12-08")
C("Margaret Keenan, 91, received the first jab in Coventry on 8 December 2020.",
  "2020-12-20", "contradicted", "vax-uk-first-dose-2020", "count", notes="recipient_age is 90 (she turned 91 the following week)")
C("Britain's COVID-19 vaccine rollout began at a hospital in Birmingham on 8 December 2020.",
  "2021-01-08", "contradicted", "vax-uk-first-dose-2020", "place", notes="Coventry")
C("Britain started vaccinating against COVID-19 in December 2020.",
  "2021-06-01", "supported", "vax-uk-first-dose-2020", notes="month precision")
C("Canada administered its first COVID-19 vaccine doses on Monday, in Toronto and Quebec City.",
  "2020-12-16", "supported", "vax-canada-first-dose-2020", rel=[("wd", "Monday", "2020-12-14")], notes="'Monday' -> 2020-12-14")
C("Canada began vaccinating six days after Britain gave its first dose.",
  "2020-12-20", "supported", "vax-canada-first-dose-2020", rel=[("after", "vax-uk-first-dose-2020", 6, "2020-12-14")],
  notes="anchored to another fact: 8 Dec + 6 = 14 Dec")
C("Personal support worker Anita Quidangen became the first person in Canada to be vaccinated against COVID-19.",
  "2020-12-15", "misleading", "vax-canada-first-dose-2020", "actor",
  notes="she was the first in Ontario; Gisele Levesque was vaccinated in Quebec City about half an hour earlier")
C("Edith Kwoizalla, 101, received Germany's first COVID-19 vaccine dose in Halberstadt on Saturday.",
  "2020-12-28", "supported", "vax-germany-first-dose-2020", rel=[("wd", "Saturday", "2020-12-26")], notes="'Saturday' -> 2020-12-26")
C("Germany's first vaccine shot was given to a 101-year-old in Magdeburg on 26 December 2020.",
  "2021-01-05", "contradicted", "vax-germany-first-dose-2020", "place", notes="Halberstadt (Magdeburg is the state capital)")
C("The first German to be vaccinated against COVID-19 was 99-year-old Edith Kwoizalla.",
  "2021-01-10", "contradicted", "vax-germany-first-dose-2020", "count", notes="recipient_age 101")
C("Germany's first COVID-19 jab was administered on 27 December 2020.",
  "2021-12-27", "contradicted", "vax-germany-first-dose-2020", "date",
  notes="wrong phase: 27 Dec was the official national start; the first dose was on 26 Dec")
C("India launched its COVID-19 vaccination drive on 16 January 2021, with a sanitation worker at AIIMS Delhi receiving the first shot.",
  "2021-01-17", "supported", "vax-india-launch-2021")
C("India vaccinated nearly 200,000 people on the first day of its drive.",
  "2021-01-18", "supported", "vax-india-launch-2021", notes="191,181 ~ 'nearly 200,000' (doses_day_one)")
C("More than 300,000 people were vaccinated on the opening day of India's drive.",
  "2021-01-20", "contradicted", "vax-india-launch-2021", "count", notes="191,181")
C("Prime Minister Narendra Modi received the first dose of India's vaccination drive on 16 January 2021.",
  "2021-02-01", "contradicted", "vax-india-launch-2021", "actor", notes="Modi launched the drive; Manish Kumar got the first dose")
C("Brazil's first COVID-19 shot went to nurse Monica Calazans in Sao Paulo on Sunday.",
  "2021-01-18", "supported", "vax-brazil-first-dose-2021", rel=[("wd", "Sunday", "2021-01-17")], notes="'Sunday' -> 2021-01-17")
C("Brazil began vaccinating a day after India launched its drive.",
  "2021-01-25", "supported", "vax-brazil-first-dose-2021", rel=[("after", "vax-india-launch-2021", 1, "2021-01-17")],
  notes="anchored to another fact: 16 Jan + 1 = 17 Jan")
C("Brazil administered its first COVID-19 vaccine in Rio de Janeiro.",
  "2021-01-20", "contradicted", "vax-brazil-first-dose-2021", "place", notes="Sao Paulo")
C("Israel began its vaccination campaign on 19 December 2020, with Benjamin Netanyahu among the first to be jabbed.",
  "2020-12-21", "unverifiable", notes="event not in the table")
C("The first COVID-19 vaccine in the United States went to nurse Sandra Lindsay in New York on 14 December 2020.",
  "2020-12-15", "unverifiable", notes="event not in the table (true in reality)")
C("Every government should have put care-home residents at the very front of the queue.",
  "2021-01-05", "not_checkable", notes="opinion")

# ================================================================ avalanches / glacier collapses
C("A chunk of the Marmolada glacier collapsed on Sunday, killing at least six climbers.",
  "2022-07-04", "supported", "marmolada-collapse-2022", rel=[("wd", "Sunday", "2022-07-03")],
  notes="'Sunday' -> 2022-07-03; 'at least six' is a lower bound, 11 satisfies it")
C("Eleven climbers died when a serac broke off the Marmolada glacier on 3 July 2022.",
  "2022-07-20", "supported", "marmolada-collapse-2022")
C("The Marmolada collapse on 3 July 2022 killed 17 people.",
  "2022-08-01", "contradicted", "marmolada-collapse-2022", "count", notes="11")
C("The Marmolada glacier gave way in the Swiss Alps in July 2022.",
  "2022-08-01", "contradicted", "marmolada-collapse-2022", "place", notes="Italian Dolomites")
C("A serac fell from the Marmolada glacier in June 2022, killing eleven.",
  "2022-12-01", "contradicted", "marmolada-collapse-2022", "date", notes="July")
C("Fewer than 20 people died in the Marmolada collapse.",
  "2023-07-03", "supported", "marmolada-collapse-2022", notes="upper bound; 11")
C("The avalanche that buried the Hotel Rigopiano on Wednesday left eleven survivors.",
  "2017-01-26", "contradicted", "rigopiano-avalanche-2017", "date",
  rel=[("wd", "Wednesday", "2017-01-25")],
  notes="'Wednesday' -> 2017-01-25 (article is a Thursday a week later); the avalanche was on 18 Jan")
C("The avalanche that buried the Hotel Rigopiano on Wednesday has left at least eleven survivors, rescuers said.",
  "2017-01-20", "supported", "rigopiano-avalanche-2017", rel=[("wd", "Wednesday", "2017-01-18")],
  notes="'Wednesday' -> 2017-01-18; survivors 11")
C("The hotel avalanche at Rigopiano, in Abruzzo, killed 29 people in January 2017.",
  "2018-01-18", "supported", "rigopiano-avalanche-2017")
C("The Hotel Rigopiano was buried by an avalanche in the Dolomites in 2017.",
  "2019-01-18", "contradicted", "rigopiano-avalanche-2017", "place", notes="Farindola, Abruzzo (Gran Sasso, Apennines)")
C("Nobody survived the avalanche that destroyed the Hotel Rigopiano.",
  "2017-02-01", "contradicted", "rigopiano-avalanche-2017", "count", notes="11 survivors")
C("A fire destroyed the Hotel Rigopiano in January 2017, killing 29.",
  "2017-03-01", "contradicted", "rigopiano-avalanche-2017", "event", notes="event type: avalanche, not fire")
C("Sixteen Nepali guides were killed by an ice avalanche in Everest's Khumbu Icefall on 18 April 2014.",
  "2014-04-20", "supported", "everest-icefall-2014")
C("The April 2014 icefall avalanche killed 13 Sherpas.",
  "2014-05-01", "supported", "everest-icefall-2014", notes="sub-count: 13 of the 16 dead were Sherpas (statement)")
C("The deadliest accident on Everest until then struck the Khumbu Icefall in April 2015.",
  "2016-04-18", "contradicted", "everest-icefall-2014", "date", notes="2014")
C("The Kolka glacier collapse of 20 September 2002 left about 125 people dead or missing, among them Sergei Bodrov Jr.",
  "2012-09-20", "supported", "kolka-glacier-2002")
C("Sergei Bodrov Jr. and his crew were lost when the Kolka glacier collapsed in Chechnya.",
  "2022-09-20", "contradicted", "kolka-glacier-2002", "place", notes="North Ossetia-Alania")
C("The Chamoli disaster in Uttarakhand in February 2021 killed more than 200 people.",
  "2021-03-01", "unverifiable", notes="event not in the table")
C("The Galtur avalanche in Austria killed 31 people in February 1999.",
  "2019-02-23", "unverifiable", notes="event not in the table")
C("Authorities must close glacier routes whenever summit temperatures climb above freezing.",
  "2022-07-06", "not_checkable", notes="call to act")

# ================================================================ stampedes at religious gatherings
C("At least 717 pilgrims were killed in a crush at Mina on Thursday, Saudi officials said.",
  "2015-09-25", "supported", "mina-stampede-2015", rel=[("wd", "Thursday", "2015-09-24")],
  notes="'Thursday' -> 2015-09-24; lower bound 717 satisfied by 769")
C("Saudi Arabia's health minister said on Saturday that the Mina death toll had risen to 769.",
  "2015-09-28", "supported", "mina-toll-revision-2015", rel=[("wd", "Saturday", "2015-09-26")],
  notes="'Saturday' -> 2015-09-26")
C("The Mina stampede killed 769 pilgrims and injured 934.",
  "2015-10-05", "supported", "mina-stampede-2015")
C("The Hajj crush in Mina on 24 September 2015 killed 934 people.",
  "2015-10-05", "contradicted", "mina-stampede-2015", "count", notes="934 is the number injured")
C("The Mina stampede killed 717 pilgrims, according to the Saudi official count.",
  "2015-10-10", "misleading", "mina-stampede-2015", "count",
  notes="outdated official figure: raised to 769 on 26 Sep 2015")
C("The Hajj stampede of 2015 struck pilgrims in Medina.",
  "2016-09-10", "contradicted", "mina-stampede-2015", "place", notes="Mina, near Mecca")
C("More than 1,000 pilgrims died in the Mina crush, according to Saudi figures.",
  "2015-10-20", "contradicted", "mina-stampede-2015", "count", notes="official Saudi figure 769")
C("A stampede at Bhole Baba's satsang in Hathras district killed 121 people on Tuesday.",
  "2024-07-04", "supported", "hathras-stampede-2024", rel=[("wd", "Tuesday", "2024-07-02")], notes="'Tuesday' -> 2024-07-02")
C("Between 100 and 130 people, most of them women, died in the Hathras crush on 2 July 2024.",
  "2024-07-10", "supported", "hathras-stampede-2024", notes="range contains 121")
C("The Hathras stampede killed 212 people.",
  "2024-07-05", "contradicted", "hathras-stampede-2024", "count", notes="121 (digits transposed)")
C("The satsang stampede that killed 121 people happened in Bihar.",
  "2024-07-06", "contradicted", "hathras-stampede-2024", "place", notes="Hathras district, Uttar Pradesh")
C("Forty-five people were killed in the crush at Mount Meron on Lag BaOmer in April 2021.",
  "2021-05-01", "supported", "meron-crush-2021")
C("Dozens of pilgrims were crushed to death at Mount Meron on 30 April 2021.",
  "2021-05-02", "supported", "meron-crush-2021", notes="vague amount; 45")
C("The Meron disaster of 30 April 2021 left about 150 people injured.",
  "2021-05-03", "supported", "meron-crush-2021")
C("The Meron crush on 30 April 2021 killed 54 people.",
  "2021-05-03", "contradicted", "meron-crush-2021", "count", notes="45 (transposed)")
C("Forty-five pilgrims died at Mount Meron on 30 May 2021.",
  "2021-06-10", "contradicted", "meron-crush-2021", "date", notes="30 April")
C("A pre-dawn stampede at the Maha Kumbh in Prayagraj on Wednesday killed 30 people and injured 60, police said.",
  "2025-01-30", "supported", "kumbh-stampede-2025", rel=[("wd", "Wednesday", "2025-01-29")], notes="'Wednesday' -> 2025-01-29")
C("The Kumbh stampede in Prayagraj killed 60 people.",
  "2025-02-01", "contradicted", "kumbh-stampede-2025", "count", notes="60 is the number injured; 30 died")
C("The Kumbh Mela crush on 29 January 2025 struck bathers at Haridwar.",
  "2025-02-02", "contradicted", "kumbh-stampede-2025", "place", notes="Prayagraj")
C("The 1990 tunnel stampede at Mina killed 1,426 pilgrims.",
  "2015-09-25", "unverifiable", notes="event not in the table")
C("A stampede for darshan tokens at Tirupati killed six devotees in January 2025.",
  "2025-01-10", "unverifiable", notes="event not in the table")
C("Organisers of mass pilgrimages ought to cap attendance at the number the police have approved.",
  "2024-07-08", "not_checkable", notes="opinion / call to act")

# ================================================================ cable car and ski lift accidents
C("Fourteen people died when a cable car plunged to the ground near the top of Mottarone on Sunday.",
  "2021-05-24", "supported", "mottarone-cable-car-2021", rel=[("wd", "Sunday", "2021-05-23")], notes="'Sunday' -> 2021-05-23")
C("The only survivor of the Stresa-Mottarone crash was a five-year-old boy.",
  "2021-05-25", "supported", "mottarone-cable-car-2021", notes="survivors 1")
C("More than a dozen people died in the Mottarone cable car crash.",
  "2021-06-01", "supported", "mottarone-cable-car-2021", notes="lower bound; 14")
C("Fifteen people died in the Mottarone cable car crash.",
  "2021-05-30", "contradicted", "mottarone-cable-car-2021", "count", notes="15 were aboard, 14 died")
C("The cable car crashed on a mountain above Lake Como.",
  "2021-05-25", "contradicted", "mottarone-cable-car-2021", "place", notes="Stresa, Lake Maggiore, Piedmont")
C("Luigi Nerini, owner of operator Ferrovie del Mottarone, was among three men arrested over the crash.",
  "2021-05-27", "supported", "mottarone-cable-car-2021", notes="actor with role")
C("Twenty people died on 3 February 1998 when a US Marine jet cut the cable of the Cermis cable car at Cavalese.",
  "2008-02-03", "supported", "cavalese-cable-car-1998")
C("A US Air Force F-16 severed the Cavalese cable car's line in February 1998.",
  "2018-02-03", "contradicted", "cavalese-cable-car-1998", "actor", notes="US Marine Corps EA-6B Prowler")
C("The Cavalese cable car disaster killed 42 people in February 1998.",
  "1998-03-01", "contradicted", "cavalese-cable-car-1998", "count", notes="20 (42 was the 1976 accident, not in the table)")
C("The Cermis cable car, in the first week of February 1998, fell after a jet cut its cable, killing 20.",
  "1999-01-01", "supported", "cavalese-cable-car-1998", notes="date range 1-7 Feb contains 3 Feb")
C("In 1976 a cable car on the same Cermis line fell, killing 42 people.",
  "1998-02-04", "unverifiable", notes="the 1976 accident is not in the table (true in reality)")
C("155 people died in the fire on the Kaprun glacier funicular on 11 November 2000.",
  "2010-11-11", "supported", "kaprun-funicular-fire-2000")
C("Only twelve passengers escaped from the burning Kaprun train.",
  "2000-11-20", "supported", "kaprun-funicular-fire-2000", notes="survivors 12")
C("Scores of skiers died when the Kaprun funicular caught fire in its tunnel.",
  "2001-11-11", "supported", "kaprun-funicular-fire-2000", notes="vague amount; 155")
C("The Kaprun funicular fire killed 155 people in November 2001.",
  "2002-01-01", "contradicted", "kaprun-funicular-fire-2000", "date", notes="2000")
C("The Kaprun tunnel disaster happened on the Stubai glacier in Tyrol.",
  "2010-11-12", "contradicted", "kaprun-funicular-fire-2000", "place", notes="Kitzsteinhorn, Kaprun, Salzburg")
C("An explosion tore through the Kaprun funicular on 11 November 2000.",
  "2000-11-13", "contradicted", "kaprun-funicular-fire-2000", "event", notes="event type: fire, not explosion")
C("Cable cars on the Trikut ropeway in Deoghar collided on Sunday, leaving dozens of tourists stranded in mid-air.",
  "2022-04-11", "supported", "deoghar-ropeway-2022", rel=[("wd", "Sunday", "2022-04-10")], notes="'Sunday' -> 2022-04-10")
C("Three people died in the Deoghar ropeway accident and the rescue that followed.",
  "2022-04-13", "supported", "deoghar-ropeway-2022")
C("The rescue at the Trikut ropeway ended two days after the collision.",
  "2022-04-14", "supported", "deoghar-rescue-end-2022", rel=[("after", "deoghar-ropeway-2022", 2, "2022-04-12")],
  notes="phase row: 10 Apr + 2 = 12 Apr")
C("The Trikut ropeway accident happened in Odisha.",
  "2022-04-12", "contradicted", "deoghar-ropeway-2022", "place", notes="Deoghar district, Jharkhand")
C("The Indian Navy flew the helicopter rescue of tourists stranded on the Trikut ropeway.",
  "2022-04-13", "contradicted", "deoghar-rescue-end-2022", "actor", notes="Indian Air Force")
C("A chairlift at Georgia's Gudauri resort ran backwards on Friday, injuring 11 people.",
  "2018-03-18", "supported", "gudauri-chairlift-2018", rel=[("wd", "Friday", "2018-03-16")], notes="'Friday' -> 2018-03-16")
C("The Gudauri chairlift accident caused no casualties.",
  "2018-03-20", "misleading", "gudauri-chairlift-2018", "count",
  notes="no one died but 11 were injured ('casualties' includes injured)")
C("The Gudauri ski-lift accident killed two skiers.",
  "2018-03-19", "contradicted", "gudauri-chairlift-2018", "count", notes="0 deaths (verified zero)")
C("A chairlift accident at Gudauri left eleven people hurt on 16 March 2019.",
  "2019-04-01", "contradicted", "gudauri-chairlift-2018", "date", notes="2018")
C("A cabin on the Antalya cable car fell in April 2024, killing one person.",
  "2024-04-15", "unverifiable", notes="event not in the table")
C("Cable car operators who disable safety brakes deserve the harshest sentences the law allows.",
  "2021-05-28", "not_checkable", notes="opinion")

# ================================================================ power plant commissionings
C("The Three Gorges Dam began working at full capacity on Wednesday, when the last of its 32 generators came online.",
  "2012-07-05", "supported", "three-gorges-full-2012", rel=[("wd", "Wednesday", "2012-07-04")], notes="'Wednesday' -> 2012-07-04")
C("With all its generators running, the Three Gorges Dam has a capacity of 22,500 megawatts.",
  "2012-07-10", "supported", "three-gorges-full-2012", notes="capacity_MW 22500")
C("The first Three Gorges generator started turning on 10 July 2003.",
  "2013-07-10", "supported", "three-gorges-first-unit-2003")
C("The Three Gorges Dam's first generator went into operation in 2006.",
  "2012-07-05", "contradicted", "three-gorges-first-unit-2003", "date", notes="2003 (the dam body was completed in 2006)")
C("The Three Gorges Dam, on the Yellow River, reached full capacity in July 2012.",
  "2013-01-01", "contradicted", "three-gorges-full-2012", "place", notes="Yangtze River")
C("Barakah's first reactor was hooked up to the UAE grid on Wednesday.",
  "2020-08-20", "supported", "barakah-unit1-grid-2020", rel=[("wd", "Wednesday", "2020-08-19")], notes="'Wednesday' -> 2020-08-19")
C("Barakah Unit 1 entered commercial operation in April 2021.",
  "2021-05-01", "supported", "barakah-unit1-commercial-2021", notes="month precision")
C("Barakah Unit 1 began commercial operation in August 2020.",
  "2021-06-01", "contradicted", "barakah-unit1-commercial-2021", "date",
  notes="wrong phase: August 2020 was the grid connection; commercial operation April 2021")
C("The first Barakah unit, rated at 5,600 MW, was connected to the grid on 19 August 2020.",
  "2020-09-01", "contradicted", "barakah-unit1-grid-2020", "count", notes="unit 1 ~1,400 MW; 5,600 MW is the four-unit total")
C("Barakah's first unit, built by France's EDF, began commercial operation in April 2021.",
  "2021-04-20", "contradicted", "barakah-unit1-commercial-2021", "actor", notes="ENEC/Nawah with KEPCO; EDF not involved")
C("Olkiluoto 3 was connected to Finland's grid on Saturday, at an output of 103 MW.",
  "2022-03-14", "supported", "olkiluoto3-grid-2022", rel=[("wd", "Saturday", "2022-03-12")], notes="'Saturday' -> 2022-03-12")
C("Olkiluoto 3 began regular output on Sunday.",
  "2023-04-17", "supported", "olkiluoto3-regular-2023", rel=[("wd", "Sunday", "2023-04-16")], notes="'Sunday' -> 2023-04-16")
C("Olkiluoto 3 was first connected to the Finnish grid in April 2023.",
  "2023-05-01", "contradicted", "olkiluoto3-grid-2022", "date",
  notes="wrong phase: April 2023 = regular production; grid connection was 12 March 2022")
C("The 1,600 MW Olkiluoto 3 reactor started regular production on 16 April 2023.",
  "2023-04-20", "supported", "olkiluoto3-regular-2023")
C("Sweden's Olkiluoto 3 reactor started regular production in April 2023.",
  "2023-04-20", "contradicted", "olkiluoto3-regular-2023", "place", notes="Finland")
C("Ethiopia began generating power at the Renaissance Dam on Sunday, from a single 375 MW turbine.",
  "2022-02-21", "supported", "gerd-first-power-2022", rel=[("wd", "Sunday", "2022-02-20")], notes="'Sunday' -> 2022-02-20")
C("Ethiopia inaugurated the completed Renaissance Dam last week.",
  "2025-09-15", "supported", "gerd-inauguration-2025", rel=[("lastweek", "2025-09-09")],
  notes="'last week' -> 8-14 Sep 2025, contains 9 Sep")
C("The GERD was inaugurated on 9 September 2025 with an installed capacity of 6,450 MW.",
  "2025-09-20", "contradicted", "gerd-inauguration-2025", "count", notes="5,150 MW")
C("EDF connected the Flamanville 3 reactor to the national grid on Saturday.",
  "2024-12-23", "supported", "flamanville3-grid-2024", rel=[("wd", "Saturday", "2024-12-21")], notes="'Saturday' -> 2024-12-21")
C("Flamanville 3 was connected to the grid on 20 December 2024.",
  "2025-01-10", "contradicted", "flamanville3-grid-2024", "date", notes="21 December (the 20 Dec plan was postponed)")
C("The Flamanville reactor, on the coast of Brittany, was connected to the grid in December 2024.",
  "2025-01-10", "contradicted", "flamanville3-grid-2024", "place", notes="Manche, Normandy")
C("Flamanville 3 and Olkiluoto 3 were both connected to their national grids in 2022.",
  "2025-02-01", "misleading", "flamanville3-grid-2024", "date",
  notes="true for Olkiluoto 3 (March 2022), false for Flamanville 3 (December 2024)")
C("Belarus's Astravets nuclear plant was first connected to the grid in November 2020.",
  "2020-12-01", "unverifiable", notes="event not in the table")
C("Brazil and Paraguay's Itaipu dam produced its first electricity in 1984.",
  "2014-05-05", "unverifiable", notes="event not in the table")
C("Europe should commission a new large reactor every year for the next two decades.",
  "2023-04-18", "not_checkable", notes="opinion / call to act")

# ================================================================ shipwreck discoveries
C("Robert Ballard's team found the Titanic on 1 September 1985, about 3,800 metres down.",
  "1995-09-01", "supported", "titanic-wreck-found-1985")
C("The wreck of the Titanic lies nearly 4,000 metres below the surface of the North Atlantic.",
  "2012-04-15", "supported", "titanic-wreck-found-1985", notes="'nearly 4,000' vs depth 3800")
C("The Titanic wreck was located in 1986 by Robert Ballard.",
  "2012-04-15", "contradicted", "titanic-wreck-found-1985", "date", notes="1985")
C("The Titanic lies some 2,800 metres down.",
  "2023-06-20", "contradicted", "titanic-wreck-found-1985", "count", notes="depth 3,800 m")
C("The Titanic's wreck was discovered by Jacques Cousteau in 1985.",
  "2005-09-01", "contradicted", "titanic-wreck-found-1985", "actor", notes="Ballard and Michel")
C("Shackleton's Endurance was found at a depth of 3,008 metres in the Weddell Sea.",
  "2022-03-10", "supported", "endurance-found-2022")
C("The wreck of Endurance was located on Saturday, the expedition said on Wednesday.",
  "2022-03-10", "supported", "endurance-found-2022",
  rel=[("wd", "Saturday", "2022-03-05"), ("wd", "Wednesday", "2022-03-09", "endurance-announced-2022")],
  notes="'Saturday' -> 2022-03-05 (find); 'Wednesday' -> 2022-03-09 (announcement row)")
C("Endurance's wreck was found on 9 March 2022.",
  "2022-04-01", "contradicted", "endurance-found-2022", "date",
  notes="wrong phase: 9 March was the announcement; found 5 March")
C("Endurance was found in the Ross Sea.",
  "2022-03-11", "contradicted", "endurance-found-2022", "place", notes="Weddell Sea")
C("Endurance lies about 10,000 feet down.",
  "2022-03-12", "supported", "endurance-found-2022", notes="3,008 m = 9,869 ft ~ 10,000 ft (unit conversion)")
C("Paul Allen's team found the USS Indianapolis on Friday, more than 18,000 feet below the surface of the Philippine Sea.",
  "2017-08-21", "supported", "indianapolis-found-2017", rel=[("wd", "Friday", "2017-08-18")],
  notes="'Friday' -> 2017-08-18; 5,500 m = 18,045 ft")
C("The USS Indianapolis was found in the South China Sea in August 2017.",
  "2017-09-01", "contradicted", "indianapolis-found-2017", "place", notes="Philippine Sea")
C("The discovery of the Indianapolis was announced a day after the find.",
  "2017-08-25", "supported", "indianapolis-announced-2017", rel=[("after", "indianapolis-found-2017", 1, "2017-08-19")],
  notes="18 Aug + 1 = 19 Aug")
C("HMS Erebus was found in 11 metres of water in the Queen Maud Gulf in September 2014.",
  "2014-10-02", "supported", "erebus-found-2014", notes="month precision (sidesteps the 2 vs 7 Sep conflict)")
C("Prime Minister Stephen Harper announced on 9 September 2014 that one of Franklin's ships had been found.",
  "2014-09-10", "supported", "erebus-announced-2014")
C("HMS Terror was found in Terror Bay on 3 September 2016, in 24 metres of water.",
  "2016-09-13", "supported", "terror-found-2016")
C("HMS Terror was located two years to the month after HMS Erebus.",
  "2016-09-20", "supported", "terror-found-2016", rel=[("span", "erebus-found-2014", "terror-found-2016", 720, 740)],
  notes="Sept 2014 -> Sept 2016")
C("HMS Terror was found at a depth of 240 metres.",
  "2016-09-14", "contradicted", "terror-found-2016", "count", notes="24 m")
C("HMS Terror was found on 2 September 2014.",
  "2016-09-14", "contradicted", "terror-found-2016", "date", notes="confuses two events: that is the Erebus find date")
C("The wreck of HMS Terror was found by Parks Canada's research vessel in 2016.",
  "2016-09-15", "contradicted", "terror-found-2016", "actor",
  notes="found by the Arctic Research Foundation (Martin Bergmann); Parks Canada only confirmed the identification")
C("Colombia found the San Jose galleon off Cartagena on 27 November 2015.",
  "2015-12-06", "supported", "san-jose-found-2015")
C("President Juan Manuel Santos announced the find of the San Jose galleon on Saturday.",
  "2015-12-07", "supported", "san-jose-announced-2015", rel=[("wd", "Saturday", "2015-12-05")], notes="'Saturday' -> 2015-12-05")
C("The San Jose galleon was found off Portobelo, Panama.",
  "2015-12-08", "contradicted", "san-jose-found-2015", "place", notes="off Cartagena, Colombia")
C("The San Jose was discovered at a depth of about 6,000 metres.",
  "2018-05-22", "contradicted", "san-jose-found-2015", "count", notes="about 600 m")
C("The Mary Rose was raised from the Solent on 11 October 1982.",
  "2012-10-11", "unverifiable", notes="event not in the table")
C("Alvin carried the first people down to the Titanic wreck in July 1986.",
  "2016-07-13", "unverifiable", notes="detail not in the table")
C("The treasure of the San Jose belongs to Colombia and should never leave it.",
  "2015-12-10", "not_checkable", notes="opinion")

# ================================================================ country name changes
C("King Mswati III renamed Swaziland the Kingdom of eSwatini on Thursday.",
  "2018-04-20", "supported", "eswatini-rename-2018", rel=[("wd", "Thursday", "2018-04-19")], notes="'Thursday' -> 2018-04-19")
C("Swaziland became eSwatini on 19 April 2019.",
  "2019-05-01", "contradicted", "eswatini-rename-2018", "date", notes="2018")
C("King Mswati III announced the new name at a stadium in Mbabane.",
  "2018-04-21", "contradicted", "eswatini-rename-2018", "place", notes="Manzini")
C("Swaziland's prime minister announced that the country would now be called eSwatini.",
  "2018-04-22", "contradicted", "eswatini-rename-2018", "actor", notes="King Mswati III")
C("Greece and Macedonia signed the Prespa Agreement at Psarades on 17 June 2018.",
  "2018-06-18", "supported", "prespa-agreement-signed-2018")
C("The Prespa name deal was signed in Ohrid.",
  "2018-06-20", "contradicted", "prespa-agreement-signed-2018", "place", notes="Psarades, Lake Prespa (Greece)")
C("More than 90 percent of those who voted in Macedonia's referendum on 30 September 2018 backed the name deal.",
  "2018-10-01", "supported", "macedonia-referendum-2018", notes="yes_vote_pct 94.18 (> 90 under any of the sourced figures)")
C("Only about a third of voters backed the Prespa deal in the September 2018 referendum.",
  "2018-10-02", "contradicted", "macedonia-referendum-2018", "count",
  notes="confuses turnout (~37%) with the Yes share (94%)")
C("Macedonia officially became North Macedonia on 12 February 2019.",
  "2019-02-13", "supported", "north-macedonia-in-force-2019")
C("North Macedonia's new name entered into force nearly eight months after the Prespa Agreement was signed.",
  "2019-02-20", "supported", "north-macedonia-in-force-2019",
  rel=[("span", "prespa-agreement-signed-2018", "north-macedonia-in-force-2019", 235, 245)],
  notes="17 Jun 2018 -> 12 Feb 2019 = 240 days")
C("North Macedonia's new name came into force on 12 February 2018.",
  "2019-03-01", "contradicted", "north-macedonia-in-force-2019", "date", notes="2019")
C("The UN started calling Turkey 'Turkiye' on Wednesday, after receiving a letter from foreign minister Mevlut Cavusoglu.",
  "2022-06-03", "supported", "turkiye-un-name-2022", rel=[("wd", "Wednesday", "2022-06-01")], notes="'Wednesday' -> 2022-06-01")
C("The United Nations accepted the name Turkiye in June 2023.",
  "2023-07-01", "contradicted", "turkiye-un-name-2022", "date", notes="June 2022")
C("The UN switched to 'Turkiye' after receiving a letter from President Erdogan.",
  "2022-06-05", "contradicted", "turkiye-un-name-2022", "actor",
  notes="the letter was from foreign minister Cavusoglu; Erdogan's role was the December 2021 circular")
C("Czechia was registered as the short name of the Czech Republic in 2016.",
  "2016-07-10", "unverifiable", notes="event not in the table")
C("Burma's military rulers renamed the country Myanmar in 1989.",
  "2019-06-18", "unverifiable", notes="event not in the table")
C("Other countries should follow Turkiye and insist on being called by their own names.",
  "2022-06-06", "not_checkable", notes="opinion")

# ================================================================ independence declarations since 1990
C("South Sudan became the world's newest country on 9 July 2011.",
  "2011-07-10", "supported", "south-sudan-independence-2011")
C("South Sudan declared its independence on Saturday in Juba.",
  "2011-07-11", "supported", "south-sudan-independence-2011", rel=[("wd", "Saturday", "2011-07-09")], notes="'Saturday' -> 2011-07-09")
C("Nearly 99 percent of southern Sudanese voted for secession in January 2011.",
  "2011-02-08", "supported", "south-sudan-referendum-2011", notes="yes 98.83")
C("South Sudan became independent in January 2011.",
  "2012-01-01", "contradicted", "south-sudan-independence-2011", "date",
  notes="wrong phase: January 2011 was the referendum; independence 9 July 2011")
C("Some 89 percent of southerners voted for secession in Sudan's January 2011 referendum.",
  "2011-02-10", "contradicted", "south-sudan-referendum-2011", "count", notes="98.83")
C("Salva Kiir was sworn in as South Sudan's first president on 9 July 2011.",
  "2011-07-12", "supported", "south-sudan-independence-2011")
C("South Sudan's independence was proclaimed at a ceremony in Khartoum.",
  "2011-07-12", "contradicted", "south-sudan-independence-2011", "place", notes="Juba")
C("Kosovo's parliament declared independence from Serbia on 17 February 2008.",
  "2018-02-17", "supported", "kosovo-independence-2008")
C("Kosovo's lawmakers voted 109 to 0 for independence on Sunday.",
  "2008-02-18", "supported", "kosovo-independence-2008", rel=[("wd", "Sunday", "2008-02-17")], notes="'Sunday' -> 2008-02-17")
C("Kosovo declared independence on 17 February 2007.",
  "2017-02-17", "contradicted", "kosovo-independence-2008", "date", notes="2008")
C("Kosovo's declaration of independence was read out by President Fatmir Sejdiu.",
  "2008-02-19", "contradicted", "kosovo-independence-2008", "actor", notes="read by Prime Minister Hashim Thaci")
C("Montenegro declared independence on 3 June 2006, two weeks after its referendum.",
  "2006-06-05", "supported", "montenegro-declaration-2006", rel=[("span", "montenegro-referendum-2006", "montenegro-declaration-2006", 13, 14)],
  notes="21 May -> 3 June = 13 days ('two weeks', loose)")
C("55.5 percent of Montenegrin voters backed independence on 21 May 2006.",
  "2006-05-23", "supported", "montenegro-referendum-2006")
C("Montenegro's independence referendum passed with 65.5 percent.",
  "2006-05-25", "contradicted", "montenegro-referendum-2006", "count", notes="55.5")
C("Montenegro formally declared independence on 21 May 2006.",
  "2016-05-21", "contradicted", "montenegro-declaration-2006", "date",
  notes="wrong phase: 21 May was the referendum; the declaration was on 3 June")
C("Montenegro and Kosovo both declared independence from Serbia in 2006.",
  "2010-01-01", "misleading", "kosovo-independence-2008", "date", notes="true for Montenegro (2006), Kosovo declared in 2008")
C("East Timor became independent on 20 May 2002, with Xanana Gusmao sworn in as president in Dili.",
  "2002-05-21", "supported", "east-timor-independence-2002")
C("78.5 percent of East Timorese voted for independence in the UN-run ballot of 30 August 1999.",
  "2019-08-30", "supported", "east-timor-referendum-1999")
C("East Timor voted for independence in a referendum in 2001.",
  "2002-05-20", "contradicted", "east-timor-referendum-1999", "date", notes="1999")
C("Timor-Leste's first president after independence was Jose Ramos-Horta.",
  "2012-05-20", "contradicted", "east-timor-independence-2002", "actor", notes="Xanana Gusmao")
C("Eritrea formally became independent on 24 May 1993.",
  "2013-05-24", "unverifiable", notes="event not in the table")
C("Catalonia's parliament declared independence on 27 October 2017.",
  "2017-10-28", "unverifiable", notes="event not in the table")
C("Kosovo is now recognised by more than 100 UN member states.",
  "2018-02-17", "unverifiable", notes="detail not in the table")
C("The international community must recognise Kosovo without further delay.",
  "2008-02-20", "not_checkable", notes="call to act")

# ================================================================ art thefts recovered
C("Thieves stole Munch's The Scream from the National Gallery in Oslo on Saturday, the day the Lillehammer Olympics opened.",
  "1994-02-14", "supported", "scream-theft-1994", rel=[("wd", "Saturday", "1994-02-12")], notes="'Saturday' -> 1994-02-12")
C("The Scream stolen from Oslo's National Gallery was recovered undamaged in Asgardstrand in May 1994.",
  "1994-05-10", "supported", "scream-recovery-1994")
C("The Scream was recovered almost three months after it was stolen.",
  "1994-05-09", "supported", "scream-recovery-1994", rel=[("span", "scream-theft-1994", "scream-recovery-1994", 80, 90)],
  notes="12 Feb -> 7 May = 84 days")
C("Police recovered the stolen Scream at a hotel in Bergen on 7 May 1994.",
  "1994-05-09", "contradicted", "scream-recovery-1994", "place", notes="Asgardstrand")
C("The National Gallery's Scream was stolen on 12 February 1995.",
  "2005-02-12", "contradicted", "scream-theft-1994", "date", notes="1994")
C("Armed men took The Scream and Madonna from the Munch Museum on Sunday.",
  "2004-08-23", "supported", "munch-museum-theft-2004", rel=[("wd", "Sunday", "2004-08-22")], notes="'Sunday' -> 2004-08-22")
C("The Scream and Madonna were recovered by Oslo police on 31 August 2006.",
  "2006-09-01", "supported", "munch-museum-recovery-2006")
C("The paintings taken from the Munch Museum were recovered in August 2005.",
  "2006-10-01", "contradicted", "munch-museum-recovery-2006", "date", notes="August 2006")
C("The Scream was stolen from the Munch Museum in both 1994 and 2004.",
  "2006-09-01", "misleading", "scream-theft-1994", "place",
  notes="true for 2004; the 1994 theft was from the National Gallery")
C("Two Van Goghs were taken from the Van Gogh Museum in Amsterdam on 7 December 2002.",
  "2002-12-08", "supported", "van-gogh-museum-theft-2002")
C("Italian police found the two Van Goghs at Castellammare di Stabia, near Naples, in September 2016.",
  "2016-10-01", "supported", "van-gogh-museum-recovery-2016")
C("The stolen Van Goghs were recovered by Italian police in Palermo.",
  "2016-10-01", "contradicted", "van-gogh-museum-recovery-2016", "place", notes="Castellammare di Stabia, near Naples")
C("The Van Gogh Museum paintings were found in 2016 in the hands of the Sicilian Mafia.",
  "2016-10-03", "contradicted", "van-gogh-museum-recovery-2016", "actor", notes="Camorra (Naples) traffickers")
C("Klimt's Portrait of a Lady was found hidden in a wall of the Ricci Oddi gallery in Piacenza on 10 December 2019.",
  "2020-01-17", "supported", "klimt-found-2019")
C("Gardeners found the missing Klimt on Tuesday.",
  "2019-12-12", "supported", "klimt-found-2019", rel=[("wd", "Tuesday", "2019-12-10")], notes="'Tuesday' -> 2019-12-10")
C("The Klimt found in the gallery wall had been stolen in February 1998.",
  "2019-12-13", "contradicted", "klimt-theft-1997", "date", notes="February 1997")
C("The stolen Klimt turned up inside the wall of a museum in Bologna.",
  "2019-12-14", "contradicted", "klimt-found-2019", "place", notes="Piacenza")
C("Van Gogh's Parsonage Garden was stolen from the Singer Laren museum on 30 March 2020.",
  "2020-04-01", "supported", "parsonage-garden-theft-2020")
C("Art detective Arthur Brand handed the stolen Van Gogh back on Monday.",
  "2023-09-12", "supported", "parsonage-garden-return-2023", rel=[("wd", "Monday", "2023-09-11")], notes="'Monday' -> 2023-09-11")
C("The Parsonage Garden was stolen from the Groninger Museum in Groningen.",
  "2020-04-02", "contradicted", "parsonage-garden-theft-2020", "place",
  notes="stolen from Singer Laren in Laren; the Groninger Museum was the lender")
C("The Parsonage Garden theft took place in March 2021.",
  "2023-09-12", "contradicted", "parsonage-garden-theft-2020", "date", notes="March 2020")
C("The 13 works stolen from the Isabella Stewart Gardner Museum in 1990 are still missing.",
  "2020-03-18", "unverifiable", notes="event not in the table")
C("Frans Hals's Two Laughing Boys was stolen from a museum in Leerdam in August 2020.",
  "2020-08-27", "unverifiable", notes="event not in the table (mentioned only in a source)")
C("The recovered Van Gogh is worth between 3 and 6 million euros.",
  "2023-09-12", "unverifiable", notes="value is not a table field (only in notes)")
C("Museums must stop lending masterpieces to small regional venues.",
  "2020-04-03", "not_checkable", notes="opinion / call to act")
C("The Scream will surely be targeted by thieves again within a decade.",
  "2006-09-02", "not_checkable", notes="prediction")

# ================================================================ additions (balance of verdicts)
C("Police killed 44 people at Marikana on 16 August 2012.",
  "2013-08-16", "misleading", "marikana-massacre-2012", "count",
  notes="44 is the toll of the whole strike (10 died on 12-14 Aug); 34 were killed on 16 Aug")
C("Solidarity had nearly ten million members within months of the Gdansk Agreement.",
  "2010-08-31", "unverifiable", notes="detail not in the table")
C("Britain will never again see an industrial dispute on the scale of the 1984-85 miners' strike.",
  "2014-03-06", "not_checkable", notes="prediction")
C("Qantas management behaved recklessly and owes every stranded passenger an apology.",
  "2011-11-01", "not_checkable", notes="opinion")
C("Germany began vaccinating on 26 December 2020, on the same day as the rest of the European Union.",
  "2021-01-10", "misleading", "vax-germany-first-dose-2020", "date",
  notes="26 Dec is right for Halberstadt, but the EU-wide and German official start was 27 Dec")
C("Vaccine hesitancy is now the greatest threat to ending the pandemic.",
  "2021-02-01", "not_checkable", notes="opinion")
C("The owner of the Hotel Rigopiano, Roberto Del Rosso, was among the dead.",
  "2017-01-28", "unverifiable", notes="detail not in the table")
C("Discovery Channel cancelled Joby Ogwyn's planned Everest BASE jump after the avalanche.",
  "2014-04-22", "unverifiable", notes="detail not in the table (true in reality)")
C("The Marmolada glacier will have vanished within 30 years, researchers warn.",
  "2022-07-05", "not_checkable", notes="prediction")
C("The Hathras stampede killed 116 people, according to the official toll.",
  "2024-07-10", "misleading", "hathras-stampede-2024", "count",
  notes="outdated first-day figure: the final toll was 121")
C("The collapse of a crane at Mecca's Grand Mosque killed 109 people in September 2015.",
  "2015-09-25", "unverifiable", notes="event not in the table")
C("Hajj authorities must rethink crowd control before next year's pilgrimage.",
  "2015-09-27", "not_checkable", notes="call to act")
C("The Kaprun fire killed 155 people, all of them on the ascending train.",
  "2000-11-15", "misleading", "kaprun-funicular-fire-2000", "count",
  notes="155 is the total; 150 died on the ascending train, 2 on the descending one and 3 at the top station")
C("Eitan Biran, the sole survivor of the Mottarone crash, was taken to Israel by his grandfather in September 2021.",
  "2021-09-20", "unverifiable", notes="detail not in the table")
C("Every ski resort should have its lifts independently inspected before the season opens.",
  "2018-03-20", "not_checkable", notes="call to act")
C("Both Olkiluoto 3 and Barakah's first unit entered commercial operation in 2021.",
  "2023-06-01", "misleading", "olkiluoto3-regular-2023", "date",
  notes="true for Barakah (April 2021); Olkiluoto 3 started regular production in April 2023")
C("Finland's Loviisa plant, on the south-east coast, has two reactors.",
  "2023-04-18", "unverifiable", notes="detail not in the table")
C("Britain's Hinkley Point C sent its first power to the grid in 2025.",
  "2025-12-01", "unverifiable", notes="event not in the table (false in reality)")
C("Nuclear power is the only realistic way for Finland to meet its climate targets.",
  "2023-04-20", "not_checkable", notes="opinion")
C("The USS Indianapolis sank in about 12 minutes on 30 July 1945.",
  "2017-08-20", "unverifiable", notes="sinking not in the table (only the wreck discovery)")
C("The Vasa was found in Stockholm harbour in 1956.",
  "2016-08-25", "unverifiable", notes="event not in the table")
C("Endurance is the finest wooden shipwreck anyone has ever found.",
  "2022-03-10", "not_checkable", notes="opinion (quoted view)")
C("North Macedonia will join the European Union before the end of the decade.",
  "2019-02-13", "not_checkable", notes="prediction")
C("Kosovo declared independence with the votes of all 120 members of its assembly.",
  "2008-02-20", "misleading", "kosovo-independence-2008", "count",
  notes="unanimous among those present (109-0), but 11 minority deputies were absent")
C("Montenegro became the 192nd member of the United Nations on 28 June 2006.",
  "2006-06-29", "unverifiable", notes="event not in the table")
C("South Sudan's leaders have squandered the promise of independence.",
  "2016-07-09", "not_checkable", notes="opinion")


def main():
    out = []
    for i, c in enumerate(CLAIMS, 1):
        out.append(dict(id=f"c{i:03d}", **c))
    texts = [c["text"] for c in out]
    assert len(texts) == len(set(texts)), "duplicate claim text"
    n = len(out)
    assert n >= 160, n
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter(c["expected_verdict"] for c in out)
    print(f"wrote {n} claims to {os.path.normpath(OUT)}")
    for k in ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]:
        print(f"  {k:14s} {cnt[k]:4d}  {100*cnt[k]/n:5.1f}%")
    print(" wrong_field:", dict(Counter(c["wrong_field"] for c in out if c["wrong_field"])))


if __name__ == "__main__":
    main()
