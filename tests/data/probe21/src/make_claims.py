#!/usr/bin/env python3
"""Generate ../claims.jsonl. Every stated slot (date, count, place, actor, event)
of every claim is asserted against ../facts.csv, and every relative date is
resolved with datetime from the article date or from the anchor fact."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, assert_verdict, fact_interval, load_facts, norm, d  # noqa: E402

F = load_facts()
CLAIMS = []


def C(text, article_date, verdict, fact=None, wrong=None, notes="", **slots):
    spec = dict(text=text, article_date=article_date, verdict=verdict,
                fact=("ged-" + fact) if fact else None, wrong=wrong, notes=notes, **slots)
    CLAIMS.append(spec)


def no_actor(*names):
    return lambda facts: all(norm(n) not in norm(f["actors"] + ";" + f["aliases"]) for f in facts.values() for n in names)


def no_place(*names):
    return lambda facts: all(norm(n) not in norm(f["location"] + ";" + f["aliases"]) for f in facts.values() for n in names)


def no_word(*words):
    return lambda facts: all(norm(w) not in norm(" ".join(f.values())) for f in facts.values() for w in words)


def no_fact_between(a, b):
    return lambda facts: all(fact_interval(f)[1] < d(a) or fact_interval(f)[0] > d(b) for f in facts.values())


def both(*preds):
    return lambda facts: all(p(facts) for p in preds)


def injuries_empty(*ids):
    return lambda facts: all(facts["ged-" + i]["injuries"] == "" for i in ids)


DAY = lambda s: ("day", s)          # noqa: E731
SPAN = lambda a, b: ("span", a, b)  # noqa: E731
MON = lambda s: ("month", s)        # noqa: E731
YEAR = lambda s: ("year", s)        # noqa: E731
GOV = "Government of Central African Republic"
KOL = "forces of André Kolingba"
BOZ = "Forces of Francois Bozize"

# ===================================================================== 2001 coup attempt (Kolingba)
C("Twelve people were killed in Bangui on Sunday when soldiers loyal to former president André Kolingba launched a coup attempt, officials said.",
  "2001-05-29", "supported", "22895", notes="'Sunday' -> 2001-05-27 (article Tue 29 May)",
  date=DAY("2001-05-27"), rel=("weekday", "Sunday"), count=[("eq", 12)], place=["Bangui"], actor=["Kolingba"])
C("In all, 162 people were killed in Bangui between 27 May and 3 June 2001 as the army fought off forces loyal to André Kolingba.",
  "2001-06-20", "supported", "22762", notes="span equals date_start..date_end of the row (date_precision year in facts.csv)",
  date=SPAN("2001-05-27", "2001-06-03"), count=[("eq", 162)], place=["Bangui"], actor=["Kolingba"])
C("Some 160 people died in Bangui in 2001 in fighting between the army and forces loyal to André Kolingba.",
  "2002-01-15", "supported", "22762", notes="'some 160' ~ 162 (within 10%)",
  date=YEAR("2001"), count=[("about", 160)], place=["Bangui"], actor=[GOV, "Kolingba"])
C("Four fighters on the government side were killed in Bangui on 5 June 2001, nine days after the coup attempt began.",
  "2001-06-07", "supported", "22809", notes="anchored: 27 May (ged-22895) + 9 days = 5 June; deaths_a = 4",
  date=DAY("2001-06-05"), rel=("days_after", "ged-22895", 9), count=[("eq", 4, "deaths_a"), ("eq", 4)], place=["Bangui"])
C("Two people died in fighting around the Camp Kassai barracks in Bangui on Friday.",
  "2001-06-02", "supported", "22786", notes="'Friday' -> 2001-06-01; Camp Kassai is in the row's where_description (aliases)",
  date=DAY("2001-06-01"), rel=("weekday", "Friday"), count=[("eq", 2)], place=["Camp Kassai", "Bangui"])
C("Seven bodies lay in the streets of Bangui after fresh fighting on 1 June 2001.",
  "2001-06-02", "supported", "22898", notes="two rows on 1 June (2 and 7 dead); the count picks ged-22898",
  date=DAY("2001-06-01"), count=[("eq", 7)], place=["Bangui"])
C("Eight people were killed as shooting shook Bangui on 27 and 28 May 2001.",
  "2001-05-30", "supported", "22750", notes="row spans 27-28 May (date_prec 2)",
  date=SPAN("2001-05-27", "2001-05-28"), count=[("eq", 8)], place=["Bangui"])
C("Fighting sparked by the 2001 coup attempt killed 126 people in Bangui.",
  "2001-07-01", "contradicted", "22762", "count", notes="transposed digits: 162",
  date=YEAR("2001"), count=[("eq", 126)], place=["Bangui"])
C("Four soldiers defending the government died in Bangui on 6 June 2001.",
  "2001-06-08", "contradicted", "22809", "date", notes="5 June, not 6 June",
  date=DAY("2001-06-06"), count=[("eq", 4, "deaths_a")], place=["Bangui"], actor=[GOV])
C("Kolingba's men killed 12 people in Bossangoa on 27 May 2001.",
  "2001-05-30", "contradicted", "22895", "place", notes="Bangui, not Bossangoa",
  date=DAY("2001-05-27"), count=[("eq", 12)], place=["Bossangoa"], actor=["Kolingba"])
C("Government troops battled forces loyal to François Bozizé in Bangui on 27 May 2001, leaving 12 dead.",
  "2001-05-30", "contradicted", "22895", "actor", notes="the 27 May 2001 attackers were Kolingba's faction; Bozizé's rebellion came in 2002",
  date=DAY("2001-05-27"), count=[("eq", 12)], place=["Bangui"], actor=["Bozize"])
C("At least 20 people were killed in Bangui on 27 May 2001 as the coup attempt began.",
  "2001-05-29", "contradicted", "22895", "count", notes="12 < 20",
  date=DAY("2001-05-27"), count=[("ge", 20)], place=["Bangui"])
C("The coup attempt began on Monday 28 May 2001, when 12 people were killed in Bangui.",
  "2001-06-01", "contradicted", "22895", "date", notes="it was Sunday 27 May",
  date=DAY("2001-05-28"), count=[("eq", 12)], place=["Bangui"])
C("UCDP's best estimate for the fighting in Bangui between 27 May and 6 June 2001 is zero deaths: the coup attempt was bloodless.",
  "2001-07-10", "misleading", "22744", "count",
  notes="row ged-22744 does carry best 0 (high 100), but ged-22762 and ged-22895 record 162 and 12 deaths in the same days",
  date=SPAN("2001-05-27", "2001-06-06"), count=[("eq", 0)], place=["Bangui"],
  why=lambda F: int(F["ged-22762"]["deaths"]) > 0 and int(F["ged-22744"]["high"]) > 0)

# ===================================================================== 2002-2003 Bozizé rebellion
C("A hospital count put the death toll from the rebel assault on Bangui in late October 2002 at 68.",
  "2002-11-05", "supported", "22759", notes="row spans 25-30 Oct 2002; checked to the month",
  date=MON("2002-10"), count=[("eq", 68)], place=["Bangui"])
C("Sixteen civilians were among those killed in Bangui during the Bozizé rebels' offensive in the last week of October 2002.",
  "2002-11-05", "supported", "22792", notes="deaths_civilians 16 (best 16, high 44); 25-30 Oct lies in the last week",
  date=SPAN("2002-10-25", "2002-10-31"), count=[("eq", 16, "deaths_civilians")], place=["Bangui"], actor=["Bozize"])
C("Scores of people were killed in Bangui during the October 2002 rebel offensive.",
  "2002-11-10", "supported", "22759", notes="scores ~ 40+ ; 68",
  date=MON("2002-10"), count=[("vague", "scores")], place=["Bangui"])
C("Rebels loyal to François Bozizé killed 86 people in Bangui in October 2002.",
  "2002-11-05", "contradicted", "22759", "count", notes="transposed digits: 68",
  date=MON("2002-10"), count=[("eq", 86)], place=["Bangui"], actor=["Bozize"])
C("The October 2002 rebel attack on Bangui killed 68 people, hospital officials said, in fighting that began on 15 October.",
  "2002-11-05", "contradicted", "22759", "date", notes="fighting ran 25-30 Oct",
  date=DAY("2002-10-15"), count=[("eq", 68)], place=["Bangui"])
C("Eleven people, seven of them rebels, died in Bangui on Sunday as government forces counter-attacked.",
  "2002-10-29", "supported", "22805", notes="'Sunday' -> 2002-10-27; deaths_b 7",
  date=DAY("2002-10-27"), rel=("weekday", "Sunday"), count=[("eq", 11), ("eq", 7, "deaths_b")], place=["Bangui"])
C("Eleven people, four of them civilians, were killed in Bangui last week as the army pushed back Bozizé's rebels.",
  "2002-10-31", "supported", "22805", notes="'last week' -> Mon 21 - Sun 27 Oct 2002; the row is 27 Oct",
  date=SPAN("2002-10-21", "2002-10-27"), rel=("last_week",), count=[("eq", 11), ("eq", 4, "deaths_civilians")], place=["Bangui"], actor=["Bozize"])
C("Two civilians died in renewed fighting in Bangui on Monday, a day after eleven people were killed.",
  "2002-10-30", "supported", "22947", notes="'Monday' -> 28 Oct = ged-22805 (27 Oct) + 1",
  date=DAY("2002-10-28"), rel=("weekday", "Monday"), rel2=("days_after", "ged-22805", 1), count=[("eq", 2, "deaths_civilians")], place=["Bangui"])
C("Fighting between the army and Bozizé's forces in Bangui on 26 October 2002 killed 30.",
  "2002-10-28", "contradicted", "22829", "count", notes="3 dead on 26 Oct",
  date=DAY("2002-10-26"), count=[("eq", 30)], place=["Bangui"], actor=[GOV, "Bozize"])
C("Rebels loyal to Bozizé attacked Bossangoa on 20 November 2002, and 16 people died.",
  "2002-11-23", "supported", "22814",
  date=DAY("2002-11-20"), count=[("eq", 16)], place=["Bossangoa"], actor=["Bozize"])
C("Sixteen people were killed when rebels attacked the northern town of Bozoum on 20 November 2002.",
  "2002-11-23", "contradicted", "22814", "place", notes="Bossangoa, not Bozoum",
  date=DAY("2002-11-20"), count=[("eq", 16)], place=["Bozoum"])
C("Sixteen people died when rebels attacked Bossangoa on 20 December 2002.",
  "2002-12-23", "contradicted", "22814", "date", notes="wrong month (November)",
  date=DAY("2002-12-20"), count=[("eq", 16)], place=["Bossangoa"])
C("Three soldiers and five rebels died when the army retook Bossembélé on 25 November 2002.",
  "2002-11-27", "supported", "22872",
  date=DAY("2002-11-25"), count=[("eq", 3, "deaths_a"), ("eq", 5, "deaths_b"), ("eq", 8)], place=["Bossembele"])
C("Five soldiers and three rebels were killed as the army retook Bossembélé, 157 km from Bangui, on 25 November 2002.",
  "2002-11-27", "contradicted", "22872", "count", notes="swapped: 3 soldiers (side A), 5 rebels (side B)",
  date=DAY("2002-11-25"), count=[("eq", 5, "deaths_a"), ("eq", 3, "deaths_b")], place=["Bossembele"])
C("Clashes in Bossembele on Monday left eight dead, state radio said.",
  "2002-11-27", "supported", "22872", notes="'Monday' -> 2002-11-25",
  date=DAY("2002-11-25"), rel=("weekday", "Monday"), count=[("eq", 8)], place=["Bossembele"])
C("Fighting in Bossembele on 25 October 2002 left eight people dead.",
  "2002-11-27", "contradicted", "22872", "date", notes="wrong month (November)",
  date=DAY("2002-10-25"), count=[("eq", 8)], place=["Bossembele"])
C("The army retook Bossembele from Kolingba's men on 25 November 2002.",
  "2002-11-28", "contradicted", "22872", "actor", notes="the rebels there were Bozizé's forces",
  date=DAY("2002-11-25"), place=["Bossembele"], actor=["Kolingba"])
C("At least two civilians were killed when rebels attacked Bozoum, some 390 km north-west of Bangui, on 19 December 2002.",
  "2002-12-21", "supported", "22864", notes="best 2 (low 0, high 12)",
  date=DAY("2002-12-19"), count=[("ge", 2), ("eq", 2, "deaths_civilians")], place=["Bozoum"])
C("As many as twelve people may have been killed when rebels attacked Bozoum on 19 December 2002.",
  "2002-12-21", "misleading", "22864", "count",
  notes="'as many as 12' is only UCDP's high estimate; the best estimate is 2",
  date=DAY("2002-12-19"), count=[("le", 12)], place=["Bozoum"],
  why=lambda F: int(F["ged-22864"]["deaths"]) == 2 and int(F["ged-22864"]["high"]) == 12)
C("Thirteen people were killed in Bangui between 15 and 17 March 2003 as Bozizé's forces took the capital.",
  "2003-03-20", "supported", "22937", notes="span equals the row; low 8, high 50",
  date=SPAN("2003-03-15", "2003-03-17"), count=[("eq", 13)], place=["Bangui"], actor=["Bozize"])
C("Bozizé's rebels seized Bangui in March 2003 after fighting that killed fifty people.",
  "2003-03-25", "contradicted", "22937", "count", notes="best estimate 13; 50 is only the high estimate",
  date=MON("2003-03"), count=[("eq", 50)], place=["Bangui"], actor=["Bozize"])

# ===================================================================== 2006-2007 (rebels coded as Seleka by UCDP)
C("Rebels who seized the north-eastern town of Birao on Monday killed 13 soldiers, in fighting that left 15 dead.",
  "2006-11-01", "supported", "22797", notes="'Monday' -> 2006-10-30; deaths_a 13, best 15",
  date=DAY("2006-10-30"), rel=("weekday", "Monday"), count=[("eq", 15), ("eq", 13, "deaths_a")], place=["Birao"])
C("In 2006 rebels killed 13 soldiers in a single attack on Birao.",
  "2007-01-10", "supported", "22797", notes="year precision",
  date=YEAR("2006"), count=[("eq", 13, "deaths_a")], place=["Birao"])
C("Fifteen people died when rebels overran Birao on 30 September 2006.",
  "2006-10-05", "contradicted", "22797", "date", notes="30 October, not September",
  date=DAY("2006-09-30"), count=[("eq", 15)], place=["Birao"])
C("Rebels overran Birao in Vakaga province on 30 October 2006; forty people were killed.",
  "2006-11-02", "contradicted", "22797", "count", notes="best 15; 40 is the high estimate",
  date=DAY("2006-10-30"), count=[("eq", 40)], place=["Birao", "Vakaga"])
C("Three rebels were killed when the group took Ouanda Djallé on 10 November 2006.",
  "2006-11-12", "supported", "22865",
  date=DAY("2006-11-10"), count=[("eq", 3, "deaths_b"), ("eq", 3)], place=["Ouanda Djalle"])
C("Twenty-three rebels were killed when Ouanda Djallé fell on 10 November 2006.",
  "2006-11-12", "contradicted", "22865", "count", notes="best 3 (high 23)",
  date=DAY("2006-11-10"), count=[("eq", 23, "deaths_b")], place=["Ouanda Djalle"])
C("Fifteen people were reported killed around the village of Gordil, in Vakaga, in the second half of November 2006.",
  "2006-12-05", "supported", "22862", notes="row spans 15-30 Nov 2006",
  date=SPAN("2006-11-15", "2006-11-30"), count=[("eq", 15)], place=["Gordil", "Vakaga"])
C("Fifteen people were killed in Gordil in November 2007.",
  "2007-12-05", "contradicted", "22862", "date", notes="wrong year (2006)",
  date=MON("2007-11"), count=[("eq", 15)], place=["Gordil"])
C("Four people, including a soldier, died when rebels attacked N'Délé on 25 November 2006.",
  "2006-11-27", "supported", "22795", notes="N'Délé ~ N'délé; deaths_a 1",
  date=DAY("2006-11-25"), count=[("eq", 4), ("eq", 1, "deaths_a")], place=["N'délé"])
C("Fifty-three people died when rebels attacked Ndélé on 25 November 2006.",
  "2006-11-28", "contradicted", "22795", "count", notes="best 4 (high 53)",
  date=DAY("2006-11-25"), count=[("eq", 53)], place=["Ndele"])
C("The army said it killed seven rebels near Birao on 27-28 November 2006 as it retook the town.",
  "2006-11-30", "supported", "22752",
  date=SPAN("2006-11-27", "2006-11-28"), count=[("eq", 7, "deaths_b")], place=["Birao"])
C("Seven rebels were killed near Bria as the army retook the town on 27-28 November 2006.",
  "2006-11-30", "contradicted", "22752", "place", notes="near Birao, not Bria",
  date=SPAN("2006-11-27", "2006-11-28"), count=[("eq", 7, "deaths_b")], place=["Bria"])
C("Nobody was killed when government forces retook Sam Ouandja on 1 December 2006.",
  "2006-12-04", "misleading", "22889", "count",
  notes="best estimate 0 but UCDP's high estimate is 28: 'nobody was killed' overstates certainty",
  date=DAY("2006-12-01"), count=[("eq", 0)], place=["Sam Ouandja"], actor=[GOV],
  why=lambda F: int(F["ged-22889"]["high"]) == 28)
C("Three rebels were killed in clashes in Birao on Sunday, a rebel spokesman said.",
  "2007-03-06", "supported", "22855", notes="'Sunday' -> 2007-03-04",
  date=DAY("2007-03-04"), rel=("weekday", "Sunday"), count=[("eq", 3, "deaths_b")], place=["Birao"])
C("Four government soldiers were killed in Birao on 5 March 2007, the day after three rebels died there.",
  "2007-03-07", "supported", "22796", notes="anchored: ged-22855 (4 March) + 1",
  date=DAY("2007-03-05"), rel=("days_after", "ged-22855", 1), count=[("eq", 4, "deaths_a")], place=["Birao"], actor=[GOV])
C("A handful of soldiers died in Birao on 5 March 2007.",
  "2007-03-08", "supported", "22796", notes="handful ~ 2-6; 4",
  date=DAY("2007-03-05"), count=[("vague", "a handful", "deaths_a")], place=["Birao"])
C("Four government soldiers were killed in Birao on 5 May 2007.",
  "2007-05-08", "contradicted", "22796", "date", notes="March, not May",
  date=DAY("2007-05-05"), count=[("eq", 4, "deaths_a")], place=["Birao"], actor=[GOV])
C("Four government soldiers were killed on 5 March 2007 in Ndélé.",
  "2007-03-08", "contradicted", "22796", "place", notes="Birao, not Ndélé",
  date=DAY("2007-03-05"), count=[("eq", 4, "deaths_a")], place=["Ndele"], actor=[GOV])
C("Two soldiers were killed in Birao in March 2007 in clashes with the CPJP.",
  "2007-04-02", "contradicted", "22794", "actor", notes="UCDP codes the 2007 Birao rebels as Seleka (side_b); CPJP is another dyad",
  date=MON("2007-03"), count=[("eq", 2, "deaths_a")], place=["Birao"], actor=["CPJP"])

# ===================================================================== Seleka offensive 2012-2013
C("Seleka rebels attacked N'Délé on 10 December 2012, killing two soldiers.",
  "2012-12-12", "supported", "45226",
  date=DAY("2012-12-10"), count=[("eq", 2, "deaths_a")], place=["N'délé"], actor=["Seleka"])
C("Two soldiers were also killed in Sam Ouandja on the same day the rebels struck Ndélé.",
  "2012-12-12", "supported", "120209", notes="anchored: same day as ged-45226 (10 Dec 2012)",
  date=DAY("2012-12-10"), rel=("days_after", "ged-45226", 0), count=[("eq", 2, "deaths_a")], place=["Sam Ouandja"])
C("Two soldiers were killed when Seleka attacked Ndélé on Monday.",
  "2012-12-19", "contradicted", "45226", "date", notes="'Monday' -> 17 Dec 2012; the attack was Monday 10 Dec",
  date=DAY("2012-12-17"), rel=("weekday", "Monday"), count=[("eq", 2, "deaths_a")], place=["Ndele"], actor=["Seleka"])
C("Two soldiers were killed in Sam Ouandja on 10 December 2012 in a raid by the LRA.",
  "2012-12-13", "contradicted", "120209", "actor", notes="Seleka, not the LRA",
  date=DAY("2012-12-10"), count=[("eq", 2, "deaths_a")], place=["Sam Ouandja"], actor=["LRA"])
C("Between 10 and 18 December 2012, fighting in the north killed 11 soldiers, according to the army.",
  "2012-12-20", "supported", "45229", notes="row 'Northern Central African Republic', 10-18 Dec, deaths_a 11",
  date=SPAN("2012-12-10", "2012-12-18"), count=[("eq", 11, "deaths_a")], place=["Northern"])
C("Seleka's December 2012 advance through the north cost the army 11 soldiers.",
  "2013-01-05", "misleading", "45229", "count",
  notes="11 is one row (10-18 Dec); Bria (15) and Kabo (12) are separate rows in the same month",
  date=MON("2012-12"), count=[("eq", 11, "deaths_a")], place=["Northern"], actor=["Seleka"],
  why=lambda F: sum(int(f["deaths_a"]) for f in F.values() if f["side_b"] == "Seleka" and f["date_start"].startswith("2012-12")) > 11)
C("Fifteen soldiers were killed when Seleka rebels captured Bria, the mining town in Haute-Kotto, on Tuesday.",
  "2012-12-20", "supported", "45230", notes="'Tuesday' -> 2012-12-18",
  date=DAY("2012-12-18"), rel=("weekday", "Tuesday"), count=[("eq", 15, "deaths_a")], place=["Bria", "Haute-Kotto"], actor=["Seleka"])
C("More than a dozen soldiers died when Seleka took Bria in December 2012.",
  "2013-01-10", "supported", "45230", notes="15 > 12",
  date=MON("2012-12"), count=[("gt", 12, "deaths_a")], place=["Bria"], actor=["Seleka"])
C("Fifteen soldiers were killed when Seleka rebels captured Bria on 18 November 2012.",
  "2012-12-20", "contradicted", "45230", "date", notes="December, not November",
  date=DAY("2012-11-18"), count=[("eq", 15, "deaths_a")], place=["Bria"], actor=["Seleka"])
C("Fifty-one soldiers were killed when the rebels took Bria on 18 December 2012.",
  "2012-12-20", "contradicted", "45230", "count", notes="15",
  date=DAY("2012-12-18"), count=[("eq", 51, "deaths_a")], place=["Bria"])
C("Fighters loyal to André Kolingba killed 15 soldiers in Bria on 18 December 2012.",
  "2012-12-20", "contradicted", "45230", "actor", notes="the row's side_b is Seleka; Kolingba's faction is the 2001 dyad",
  date=DAY("2012-12-18"), count=[("eq", 15, "deaths_a")], place=["Bria"], actor=["Kolingba"])
C("Seleka fighters fought the army at Bambari on 18 December 2012, the same day they took Bria.",
  "2012-12-22", "contradicted", "45241", "date", notes="confuses two events: the Bambari fighting in the table is 28 Dec; Bria is 18 Dec",
  date=DAY("2012-12-18"), rel=("days_after", "ged-45230", 0), place=["Bambari"], actor=["Seleka", GOV])
C("The rebels pushed on to Kabo, some 400 km north of Bangui, the next day, killing a dozen soldiers.",
  "2012-12-21", "supported", "45234", notes="anchored: the day after Bria (ged-45230, 18 Dec) = 19 Dec",
  date=DAY("2012-12-19"), rel=("days_after", "ged-45230", 1), count=[("eq", 12, "deaths_a")], place=["Kabo"])
C("Rebels seized Kabo yesterday after clashes that killed 12 soldiers.",
  "2012-12-20", "supported", "45234", notes="'yesterday' -> 2012-12-19",
  date=DAY("2012-12-19"), rel=("yesterday",), count=[("eq", 12, "deaths_a")], place=["Kabo"])
C("Fewer than 20 people were killed when Seleka seized Kabo on 19 December 2012.",
  "2012-12-22", "supported", "45234", notes="12 < 20",
  date=DAY("2012-12-19"), count=[("lt", 20)], place=["Kabo"], actor=["Seleka"])
C("A dozen soldiers were killed when rebels seized Kabo, in Ouaka province, on 19 December 2012.",
  "2012-12-21", "contradicted", "45234", "place", notes="Kabo is in Ouham province per the table",
  date=DAY("2012-12-19"), count=[("eq", 12, "deaths_a")], place=["Kabo", "Ouaka"])
C("Dozens of soldiers were killed when Seleka took Kabo on 19 December 2012.",
  "2012-12-22", "contradicted", "45234", "count", notes="12 soldiers is not dozens",
  date=DAY("2012-12-19"), count=[("vague", "dozens", "deaths_a")], place=["Kabo"], actor=["Seleka"])
C("Three people, two of them soldiers, died on Friday when the army tried and failed to recapture Bambari from Seleka.",
  "2012-12-30", "supported", "45241", notes="'Friday' -> 2012-12-28",
  date=DAY("2012-12-28"), rel=("weekday", "Friday"), count=[("eq", 3), ("eq", 2, "deaths_a")], place=["Bambari"], actor=["Seleka"])
C("Three people died on 28 December 2012 when the army tried to recapture Bangassou from Seleka.",
  "2012-12-30", "contradicted", "45241", "place", notes="Bambari, not Bangassou",
  date=DAY("2012-12-28"), count=[("eq", 3)], place=["Bangassou"], actor=["Seleka"])
C("The army's failed bid to retake Bambari on 28 December 2012 killed three people, all of them civilians.",
  "2012-12-31", "contradicted", "45241", "count", notes="deaths_civilians 0 (2 soldiers, 1 rebel)",
  date=DAY("2012-12-28"), count=[("eq", 3), ("eq", 3, "deaths_civilians")], place=["Bambari"])
C("Four people, three of them soldiers, were killed when Seleka took Mobaye on 8 March 2013.",
  "2013-03-10", "supported", "68647",
  date=DAY("2013-03-08"), count=[("eq", 4), ("eq", 3, "deaths_a")], place=["Mobaye"], actor=["Seleka"])
C("Earlier this month, Seleka fighters captured Mobaye, killing three soldiers and a civilian.",
  "2013-03-20", "supported", "68647", notes="'earlier this month' -> 1-19 March 2013",
  date=SPAN("2013-03-01", "2013-03-19"), rel=("earlier_this_month",), count=[("eq", 3, "deaths_a"), ("eq", 1, "deaths_civilians")], place=["Mobaye"], actor=["Seleka"])
C("Seleka fighters killed four people in Mobaye on 18 March 2013.",
  "2013-03-20", "contradicted", "68647", "date", notes="8 March",
  date=DAY("2013-03-18"), count=[("eq", 4)], place=["Mobaye"], actor=["Seleka"])
C("Four people were killed in Mobaye on 8 March 2013 in clashes between rival militias, with no army involvement.",
  "2013-03-12", "contradicted", "68647", "event", notes="the row is state-based conflict (army vs Seleka), not a non-state clash",
  date=DAY("2013-03-08"), count=[("eq", 4)], place=["Mobaye"], event="non-state conflict")
C("Three days after Mobaye fell, the rebels captured Bangassou; seven people died, including four soldiers and two civilians.",
  "2013-03-14", "supported", "45149", notes="anchored: ged-68647 (8 March) + 3 = 11 March",
  date=DAY("2013-03-11"), rel=("days_after", "ged-68647", 3), count=[("eq", 7), ("eq", 4, "deaths_a"), ("eq", 2, "deaths_civilians")], place=["Bangassou"])
C("Seven soldiers were among the dead when Seleka captured Bangassou on 11 March 2013.",
  "2013-03-14", "contradicted", "45149", "count", notes="7 dead in all, 4 of them soldiers (side A)",
  date=DAY("2013-03-11"), count=[("eq", 7, "deaths_a")], place=["Bangassou"], actor=["Seleka"])
C("Ten Seleka fighters were killed on Saturday, the day before the rebels entered Bangui.",
  "2013-03-25", "supported", "45162", notes="'Saturday' -> 23 March = ged-45150 (24 March) - 1; location is country-level",
  date=DAY("2013-03-23"), rel=("weekday", "Saturday"), rel2=("days_before", "ged-45150", 1), count=[("eq", 10, "deaths_b")], actor=["Seleka"])
C("Ten Seleka fighters were killed on 22 March 2013, two days before the rebels entered Bangui.",
  "2013-03-26", "contradicted", "45162", "date", notes="23 March (one day before)",
  date=DAY("2013-03-22"), rel=("days_before", "ged-45150", 2), count=[("eq", 10, "deaths_b")], actor=["Seleka"])
C("Government forces killed 10 Lord's Resistance Army fighters on 23 March 2013.",
  "2013-03-26", "contradicted", "45162", "actor", notes="Seleka, not the LRA",
  date=DAY("2013-03-23"), count=[("eq", 10, "deaths_b")], actor=["Lord's Resistance Army"])
C("Seleka rebels captured Bangui on Sunday in fighting that killed 93 people, including 15 soldiers on the government side.",
  "2013-03-26", "supported", "45150", notes="'Sunday' -> 2013-03-24; deaths_a 15",
  date=DAY("2013-03-24"), rel=("weekday", "Sunday"), count=[("eq", 93), ("eq", 15, "deaths_a")], place=["Bangui"], actor=["Seleka"])
C("At least 90 people were killed when Seleka stormed Bangui on 24 March 2013.",
  "2013-03-27", "supported", "45150", notes="93 >= 90",
  date=DAY("2013-03-24"), count=[("ge", 90)], place=["Bangui"], actor=["Seleka"])
C("The toll from the fall of Bangui on 24 March 2013 is put at between 91 and 141.",
  "2013-04-02", "supported", "45150", notes="best 93 (low 91, high 141)",
  date=DAY("2013-03-24"), count=[("range", 91, 141)], place=["Bangui"])
C("Dozens of people died when the capital fell to Seleka on 24 March 2013.",
  "2013-03-28", "supported", "45150", notes="'the capital' = Bangui; dozens ~ 93",
  date=DAY("2013-03-24"), count=[("vague", "dozens")], place=["Bangui"], actor=["Seleka"])
C("Nearly 100 people were killed as Seleka took Bangui on 24 March 2013.",
  "2013-03-30", "supported", "45150", notes="nearly 100 ~ 93",
  date=DAY("2013-03-24"), count=[("nearly", 100)], place=["Bangui"], actor=["Seleka"])
C("The fall of Bangui last month left 93 dead.",
  "2013-04-15", "supported", "45150", notes="'last month' -> March 2013",
  date=SPAN("2013-03-01", "2013-03-31"), rel=("last_month",), count=[("eq", 93)], place=["Bangui"])
C("Thirteen days after taking Bangassou, Seleka fighters were in Bangui, where 93 people died as the capital fell.",
  "2013-04-01", "supported", "45150", notes="anchored: ged-45149 (11 March) + 13 = 24 March",
  date=DAY("2013-03-24"), rel=("days_after", "ged-45149", 13), count=[("eq", 93)], place=["Bangui"], actor=["Seleka"])
C("Fifteen soldiers fighting on the government side were killed in Bangui on 24 March 2013.",
  "2013-03-27", "supported", "45150", notes="deaths_a 15 (UCDP counts allied troops on side A)",
  date=DAY("2013-03-24"), count=[("eq", 15, "deaths_a")], place=["Bangui"], actor=[GOV])
C("Seleka captured Bangui on 23 March 2013 after fighting that killed 93 people.",
  "2013-03-27", "contradicted", "45150", "date", notes="24 March",
  date=DAY("2013-03-23"), count=[("eq", 93)], place=["Bangui"], actor=["Seleka"])
C("The rebel seizure of Bangui on 24 March 2013 killed 39 people.",
  "2013-03-28", "contradicted", "45150", "count", notes="transposed digits: 93",
  date=DAY("2013-03-24"), count=[("eq", 39)], place=["Bangui"])
C("Fighting in Bangui on 24 March 2013 killed 141 people.",
  "2013-03-29", "contradicted", "45150", "count", notes="best 93; 141 is the high estimate",
  date=DAY("2013-03-24"), count=[("eq", 141)], place=["Bangui"])
C("Hundreds were killed when Bangui fell on 24 March 2013.",
  "2013-03-29", "contradicted", "45150", "count", notes="93 is not hundreds",
  date=DAY("2013-03-24"), count=[("vague", "hundreds")], place=["Bangui"])
C("All of the 93 people killed when Bangui fell on 24 March 2013 were government-side soldiers.",
  "2013-04-03", "contradicted", "45150", "count", notes="sub-count: deaths_a 15, deaths_unknown 78",
  date=DAY("2013-03-24"), count=[("eq", 93), ("eq", 93, "deaths_a")], place=["Bangui"])
C("The battle for Bangui on 24 March 2013 pitted the army against fighters loyal to François Bozizé, leaving 93 dead.",
  "2013-03-28", "contradicted", "45150", "actor", notes="the attackers were Seleka; Bozizé was then president",
  date=DAY("2013-03-24"), count=[("eq", 93)], place=["Bangui"], actor=["Bozize"])
C("Seleka took Bossangoa on 24 March 2013, in fighting that left 93 people dead.",
  "2013-03-28", "contradicted", "45150", "place", notes="Bangui",
  date=DAY("2013-03-24"), count=[("eq", 93)], place=["Bossangoa"], actor=["Seleka"])
C("The rebels entered the capital on Sunday; 93 people died in the fighting.",
  "2013-04-03", "contradicted", "45150", "date", notes="article of Wed 3 April: 'Sunday' -> 31 March, but Bangui fell on 24 March",
  date=DAY("2013-03-31"), rel=("weekday", "Sunday"), count=[("eq", 93)], place=["Bangui"])
C("Ninety-three people were killed when Seleka captured Bangui in March 2012.",
  "2012-04-02", "contradicted", "45150", "date", notes="wrong year (2013)",
  date=MON("2012-03"), count=[("eq", 93)], place=["Bangui"], actor=["Seleka"])

# ===================================================================== CPJP 2009-2011
C("CPJP rebels said they clashed with the army in the Ndélé region on 20 March 2009.",
  "2009-03-22", "supported", "22737", notes="no count stated (row best 0, high 2)",
  date=DAY("2009-03-20"), place=["Ndele region"], actor=["CPJP", GOV])
C("Ten people, including three soldiers, died in a clash with CPJP rebels around Akoursoulbak, in the Ndélé region, on 12 June 2009.",
  "2009-06-15", "supported", "22740",
  date=DAY("2009-06-12"), count=[("eq", 10), ("eq", 3, "deaths_a")], place=["Akoursoulbak", "Ndele region"], actor=["CPJP"])
C("Ten people died in a clash with LRA rebels near Akoursoulbak on 12 June 2009.",
  "2009-06-15", "contradicted", "22740", "actor", notes="CPJP, not the LRA",
  date=DAY("2009-06-12"), count=[("eq", 10)], place=["Akoursoulbak"], actor=["LRA"])
C("Twenty-one people died in a clash between the army and CPJP rebels near Akoursoulbak on 12 June 2009.",
  "2009-06-16", "contradicted", "22740", "count", notes="best 10 (high 21)",
  date=DAY("2009-06-12"), count=[("eq", 21)], place=["Akoursoulbak"], actor=["CPJP"])
C("Rebels killed two soldiers in N'délé on Thursday, the day the CPJP claimed to have taken the town.",
  "2009-11-28", "supported", "22787", notes="'Thursday' -> 2009-11-26",
  date=DAY("2009-11-26"), rel=("weekday", "Thursday"), count=[("eq", 2, "deaths_a")], place=["N'délé"], actor=["CPJP"])
C("Three CPJP fighters were killed in N'Délé on 26 November 2009.",
  "2009-11-30", "supported", "22738", notes="deaths_b 3 (high 12)",
  date=DAY("2009-11-26"), count=[("eq", 3, "deaths_b")], place=["N'dele"], actor=["CPJP"])
C("Three CPJP fighters were killed in N'Délé on 26 October 2009.",
  "2009-11-30", "contradicted", "22738", "date", notes="November",
  date=DAY("2009-10-26"), count=[("eq", 3, "deaths_b")], place=["N'dele"], actor=["CPJP"])
C("Four people, two soldiers and two rebels, died in fighting in the Garba area north of Ndélé on 7 December 2009.",
  "2009-12-09", "supported", "22741",
  date=DAY("2009-12-07"), count=[("eq", 4), ("eq", 2, "deaths_a"), ("eq", 2, "deaths_b")], place=["Garba"])
C("Fighting in the Garba area on 7 December 2009 killed two soldiers and four rebels.",
  "2009-12-09", "contradicted", "22741", "count", notes="2 rebels",
  date=DAY("2009-12-07"), count=[("eq", 2, "deaths_a"), ("eq", 4, "deaths_b")], place=["Garba"])
C("The day after the Garba clash, two civilians were killed in Akoursoulbak.",
  "2009-12-12", "supported", "255864", notes="anchored: ged-22741 (7 Dec 2009) + 1 = 8 Dec",
  date=DAY("2009-12-08"), rel=("days_after", "ged-22741", 1), count=[("eq", 2, "deaths_civilians")], place=["Akoursoulbak"])
C("Two civilians were killed in Akoursoulbak on 8 December 2010.",
  "2010-12-10", "contradicted", "255864", "date", notes="wrong year (2009)",
  date=DAY("2010-12-08"), count=[("eq", 2, "deaths_civilians")], place=["Akoursoulbak"])
C("Seven rebels and a civilian were killed in the Ndélé region on 2 April 2010.",
  "2010-04-05", "supported", "20899",
  date=DAY("2010-04-02"), count=[("eq", 7, "deaths_b"), ("eq", 1, "deaths_civilians"), ("eq", 8)], place=["Ndele region"])
C("Eight soldiers were killed in the Ndélé region on 2 April 2010.",
  "2010-04-05", "contradicted", "20899", "count", notes="8 dead, none of them soldiers (7 rebels, 1 civilian)",
  date=DAY("2010-04-02"), count=[("eq", 8), ("eq", 8, "deaths_a")], place=["Ndele region"])
C("Government troops killed three CPJP rebels in the Ndélé region on Friday, an officer said.",
  "2010-04-04", "supported", "22857", notes="'Friday' -> 2010-04-02",
  date=DAY("2010-04-02"), rel=("weekday", "Friday"), count=[("eq", 3, "deaths_b")], place=["Ndele region"], actor=["CPJP", GOV])
C("In late May and early June 2010, two people were killed in the Ndélé region.",
  "2010-06-20", "supported", "22858", notes="row spans 23 May - 8 June 2010",
  date=SPAN("2010-05-20", "2010-06-10"), count=[("eq", 2)], place=["Ndele region"])
C("One soldier was killed in a rebel attack on Birao on 19 July 2010.",
  "2010-07-21", "supported", "22793", notes="best 1 (high 13)",
  date=DAY("2010-07-19"), count=[("eq", 1, "deaths_a"), ("eq", 1)], place=["Birao"])
C("Thirteen soldiers were killed in a rebel attack on Birao on 19 July 2010.",
  "2010-07-21", "contradicted", "22793", "count", notes="1 (13 is the high estimate)",
  date=DAY("2010-07-19"), count=[("eq", 13, "deaths_a")], place=["Birao"])
C("Two people, a soldier and a rebel, were killed when the CPJP attacked Birao on 8 November 2010.",
  "2010-11-10", "supported", "22804",
  date=DAY("2010-11-08"), count=[("eq", 2), ("eq", 1, "deaths_a"), ("eq", 1, "deaths_b")], place=["Birao"], actor=["CPJP"])
C("A soldier and a rebel were killed when the CPJP attacked Birao on 18 November 2010.",
  "2010-11-20", "contradicted", "22804", "date", notes="8 November",
  date=DAY("2010-11-18"), count=[("eq", 1, "deaths_a"), ("eq", 1, "deaths_b")], place=["Birao"], actor=["CPJP"])
C("Four soldiers and a rebel died when CPJP fighters overran Birao on Wednesday.",
  "2010-11-25", "supported", "22748", notes="'Wednesday' -> 2010-11-24",
  date=DAY("2010-11-24"), rel=("weekday", "Wednesday"), count=[("eq", 4, "deaths_a"), ("eq", 1, "deaths_b")], place=["Birao"], actor=["CPJP"])
C("Sixteen days after an earlier raid, the CPJP overran Birao, killing five people.",
  "2010-11-27", "supported", "22748", notes="anchored: ged-22804 (8 Nov) + 16 = 24 Nov",
  date=DAY("2010-11-24"), rel=("days_after", "ged-22804", 16), count=[("eq", 5)], place=["Birao"], actor=["CPJP"])
C("Three people, two soldiers and a civilian, were also reported dead in Birao on 24 November 2010.",
  "2010-11-27", "supported", "22860",
  date=DAY("2010-11-24"), count=[("eq", 3), ("eq", 2, "deaths_a"), ("eq", 1, "deaths_civilians")], place=["Birao"])
C("The CPJP overran Birao on 24 November 2010, killing 65 people.",
  "2010-11-28", "contradicted", "22870", "count", notes="no 24 Nov Birao row has 65 as best estimate; ged-22870 has best 0, high 65",
  date=DAY("2010-11-24"), count=[("eq", 65)], place=["Birao"], actor=["CPJP"])
C("Seleka rebels overran Birao on 24 November 2010, killing five people.",
  "2010-11-28", "contradicted", "22748", "actor", notes="CPJP",
  date=DAY("2010-11-24"), count=[("eq", 5)], place=["Birao"], actor=["Seleka"])
C("CPJP rebels overran Bria on 24 November 2010, killing four soldiers and a rebel.",
  "2010-11-28", "contradicted", "22748", "place", notes="Birao",
  date=DAY("2010-11-24"), count=[("eq", 4, "deaths_a"), ("eq", 1, "deaths_b")], place=["Bria"], actor=["CPJP"])
C("The CPJP assault on Birao on 24 November 2010 killed just one person, a civilian.",
  "2010-12-01", "misleading", "22896", "count",
  notes="ged-22896 does record 1 civilian, but three other rows for Birao that day record 5, 3 and 0 (high 65)",
  date=DAY("2010-11-24"), count=[("eq", 1), ("eq", 1, "deaths_civilians")], place=["Birao"], actor=["CPJP"],
  why=lambda F: sum(int(f["deaths"]) for f in F.values() if f["date"] == "2010-11-24" and "Birao" in f["location"]) > 1)
C("Three soldiers were killed near Birao in February 2011.",
  "2011-03-05", "supported", "29574", notes="row spans 1-27 Feb 2011, deaths_a 3",
  date=MON("2011-02"), count=[("eq", 3, "deaths_a")], place=["Birao"])
C("Four rebels were killed near the village of Gbama, near Bria, on 9 February 2011.",
  "2011-02-11", "supported", "29580", notes="deaths_b 4 (high 7); Bria is in the where_description and adm_2",
  date=DAY("2011-02-09"), count=[("eq", 4, "deaths_b")], place=["Gbama", "Bria"])
C("Four rebels were killed near Gbama, in Vakaga province, on 9 February 2011.",
  "2011-02-12", "contradicted", "29580", "place", notes="Gbama is in Haute-Kotto per the table",
  date=DAY("2011-02-09"), count=[("eq", 4, "deaths_b")], place=["Gbama", "Vakaga"])
C("UCDP recorded no deaths in fighting between the army and the CPJP in the Ndélé region in March 2011.",
  "2011-04-20", "misleading", "29560", "count",
  notes="ged-29560 (March 2011) has best 0 (high 32), but ged-28932 and ged-255983 record 2 and 5 civilian deaths near Ndélé that month",
  date=MON("2011-03"), count=[("eq", 0)], place=["Ndele region"], actor=["CPJP", GOV],
  why=lambda F: int(F["ged-28932"]["deaths"]) + int(F["ged-255983"]["deaths"]) > 0)
C("Two civilians were killed in the village of Léména near Ndélé on Sunday 20 March 2011.",
  "2011-03-23", "supported", "28932", notes="Léména is in where_description (aliases); location says 'Lemana 2 village'",
  date=DAY("2011-03-20"), count=[("eq", 2, "deaths_civilians")], place=["Lemena", "Ndele"])
C("Five civilians were killed two days later in Gozbeida, another village near Ndélé.",
  "2011-03-25", "supported", "255983", notes="anchored: ged-28932 (20 March) + 2 = 22 March; Gozbeida ~ Gozbaïda",
  date=DAY("2011-03-22"), rel=("days_after", "ged-28932", 2), count=[("eq", 5, "deaths_civilians")], place=["Gozbeida"])
C("Five civilians were killed in Gozbaïda on 22 February 2011.",
  "2011-03-25", "contradicted", "255983", "date", notes="March",
  date=DAY("2011-02-22"), count=[("eq", 5, "deaths_civilians")], place=["Gozbaida"])
C("Fighting near Birao on Sunday killed 27 people, including five rebels.",
  "2011-04-12", "supported", "29581", notes="'Sunday' -> 2011-04-10; deaths_b 5, deaths_unknown 22",
  date=DAY("2011-04-10"), rel=("weekday", "Sunday"), count=[("eq", 27), ("eq", 5, "deaths_b")], place=["Birao"])
C("Twenty-seven people were killed near Birao on 10 April 2011, rebels said.",
  "2011-04-12", "supported", "29581",
  date=DAY("2011-04-10"), count=[("eq", 27)], place=["Birao"])
C("Fighting near Birao on 10 April 2011 killed 72 people.",
  "2011-04-13", "contradicted", "29581", "count", notes="transposed: 27",
  date=DAY("2011-04-10"), count=[("eq", 72)], place=["Birao"])
C("Twenty-seven people were killed in fighting near Ndélé on 10 April 2011.",
  "2011-04-13", "contradicted", "29581", "place", notes="near Birao",
  date=DAY("2011-04-10"), count=[("eq", 27)], place=["Ndele"])
C("The deaths of 27 people near Birao on 10 April 2011 were the result of an attack on civilians, not a battle.",
  "2011-04-15", "contradicted", "29581", "event", notes="state-based conflict (army vs CPJP), deaths_civilians 0; one-sided violence claimed",
  date=DAY("2011-04-10"), count=[("eq", 27)], place=["Birao"], event="one-sided violence")
C("Government troops killed 27 CPJP rebels near Birao on 10 April 2011.",
  "2011-04-14", "misleading", "29581", "count",
  notes="27 is the total; only 5 are coded as rebel (side B) deaths, 22 are unknown",
  date=DAY("2011-04-10"), count=[("eq", 27)], place=["Birao"], actor=["CPJP", GOV],
  why=lambda F: int(F["ged-29581"]["deaths_b"]) == 5 and int(F["ged-29581"]["deaths_unknown"]) == 22)

# ----- a few more supported claims with other syntax
C("Clashes between the army and the CPJP near Birao killed three people in the first ten days of February 2011.",
  "2011-02-15", "supported", "29573", notes="row spans 1-10 Feb 2011 (3 deaths, side unknown)",
  date=SPAN("2011-02-01", "2011-02-10"), count=[("eq", 3)], place=["Birao"], actor=[GOV, "CPJP"])
C("The army lost 13 men at Birao on 30 October 2006, eleven days before the rebels took Ouanda Djallé.",
  "2006-11-14", "supported", "22797", notes="anchored: ged-22865 (10 Nov) - 11 = 30 Oct",
  date=DAY("2006-10-30"), rel=("days_before", "ged-22865", 11), count=[("eq", 13, "deaths_a")], place=["Birao"], actor=[GOV])
C("Sixteen people died in Bossangoa last month when Bozizé's rebels attacked the town.",
  "2002-12-05", "supported", "22814", notes="'last month' -> November 2002",
  date=SPAN("2002-11-01", "2002-11-30"), rel=("last_month",), count=[("eq", 16)], place=["Bossangoa"], actor=["Bozize"])

C("The coup attempt began on Tuesday 5 June 2001, when fighting in Bangui killed 12 people.",
  "2001-06-08", "contradicted", "22895", "date", notes="wrong phase: 5 June is the date of a later episode (ged-22809); the coup attempt and its 12 dead were on 27 May",
  date=DAY("2001-06-05"), count=[("eq", 12)], place=["Bangui"])
C("Seleka opened its offensive on 10 December 2012 by storming Bria, where 15 soldiers died.",
  "2012-12-21", "contradicted", "45230", "date", notes="wrong phase: 10 Dec was the attack on N'délé (ged-45226); Bria fell on 18 Dec",
  date=DAY("2012-12-10"), count=[("eq", 15, "deaths_a")], place=["Bria"], actor=["Seleka"])
C("Rebels seized Birao on 30 October 2006 in an attack that killed fifteen people, two of them rebels.",
  "2006-11-03", "supported", "22797", notes="best 15, deaths_b 2",
  date=DAY("2006-10-30"), count=[("eq", 15), ("eq", 2, "deaths_b")], place=["Birao"])

# ===================================================================== unverifiable (no record decides)
U = "unverifiable"
C("LRA fighters killed 21 people near Obo on 8 September 2009.", "2009-09-12", U,
  notes="LRA events (GED rows 6-38 of the same file) are outside the selected rows; true in GED",
  absent=both(no_actor("LRA"), no_place("Obo")))
C("Ugandan troops killed 14 LRA fighters near the village of Kono on 30 June 2014.", "2014-07-03", U,
  notes="not in the table (GED Uganda-LRA dyad)", absent=both(no_actor("Uganda"), no_place("Kono")))
C("Anti-balaka militiamen killed 63 civilians in Bangui on 5 December 2013.", "2013-12-20", U,
  notes="one-sided violence, not in the table", absent=both(no_actor("anti-Balaka"), no_fact_between("2013-04-01", "2013-12-31")))
C("Chadian peacekeepers killed some 30 people in Bangui at the end of March 2014.", "2014-04-05", U,
  notes="not in the table", absent=both(no_actor("Chad"), no_fact_between("2014-01-01", "2014-12-31")))
C("About 80 people were killed in Boda between 29 January and 3 February 2014.", "2014-02-10", U,
  notes="non-state violence, not in the table", absent=no_place("Boda"))
C("The May 2001 coup attempt also left 98 people wounded in Bangui.", "2001-06-15", U,
  notes="injuries are empty in the table; false in reality as far as the set knows (98 wounded was a preliminary toll of the October 2002 fighting)",
  absent=injuries_empty("22744", "22750", "22762", "22895"))
C("Twenty-two soldiers were captured when Seleka attacked N'Délé on 10 December 2012.", "2012-12-12", U,
  notes="captives are not in the table", absent=no_word("captur"))
C("Michel Djotodia declared himself president after Seleka took Bangui.", "2013-03-26", U,
  notes="not in the table", absent=no_word("Djotodia"))
C("France sent reinforcements to Birao in March 2007.", "2007-03-08", U,
  notes="not in the table (actors are the CAR government and the rebels)", absent=no_actor("France", "French"))
C("Chad sent troops to help the Central African army halt the Seleka advance in December 2012.", "2012-12-20", U,
  notes="not in the table", absent=no_actor("Chad"))
C("Thirty people were abducted by rebels in Nzako on 13 March 2011.", "2011-03-16", U,
  notes="abductions and Nzako are not in the table", absent=no_place("Nzako"))
C("CPJP leader Charles Massi died in custody in early 2010.", "2010-02-10", U,
  notes="not in the table", absent=no_word("Massi"))
C("Seleka fighters killed 12 people in Damara on 22 March 2013.", "2013-03-25", U,
  notes="no Damara row in the table", absent=no_place("Damara"))
C("More than 400,000 people had been displaced by the fighting by the end of 2013.", "2014-01-10", U,
  notes="displacement is not in the table", absent=no_word("displac"))
C("Congolese fighters of Jean-Pierre Bemba's MLC backed Bozizé's October 2002 offensive on Bangui.", "2002-11-05", U,
  notes="not in the table; false in reality (the MLC fought for Patassé's government)", absent=no_word("Bemba"))
C("Two Ugandan soldiers were killed 30 km from Zemio on 15 January 2017.", "2017-01-17", U,
  notes="not in the table (GED Uganda-LRA dyad)", absent=no_place("Zemio"))
C("Libyan troops patrolled the streets of Bangui after the May 2001 coup attempt.", "2001-06-10", U,
  notes="not in the table", absent=no_actor("Libya"))
C("Seleka fighters killed 40 people around Bossangoa in September 2013.", "2013-10-01", U,
  notes="no row after 24 March 2013", absent=no_fact_between("2013-04-01", "2013-12-31"))
C("French troops of Operation Sangaris deployed to Bangui on 5 December 2013.", "2013-12-08", U,
  notes="not in the table", absent=no_word("Sangaris"))
C("The International Criminal Court opened an investigation into crimes committed in the Central African Republic since 2012.", "2014-09-30", U,
  notes="not in the table", absent=no_word("Criminal Court"))
C("Forty people were wounded when Seleka took Bangui on 24 March 2013.", "2013-03-27", U,
  notes="injuries are empty for ged-45150", absent=injuries_empty("45150"))

# ===================================================================== not checkable
N = "not_checkable"
for i, (t, ad) in enumerate([
    ("The international community must act now to protect civilians in the Central African Republic.", "2013-03-26"),
    ("Seleka's victory will plunge the country into years of chaos, analysts predict.", "2013-03-27"),
    ("Bozizé's government only has itself to blame for the collapse of the army.", "2013-03-28"),
    ("The African Union should deploy a larger force to Birao immediately.", "2010-11-26"),
    ("Peace talks in Libreville are unlikely to hold.", "2013-01-12"),
    ("It is a disgrace that the world ignored the fighting in Vakaga for so long.", "2006-12-05"),
    ("Donors ought to double humanitarian aid to the north-east.", "2011-04-20"),
    ("The CPJP will probably sign a ceasefire before the end of the year.", "2011-05-02"),
    ("Patassé's reliance on foreign troops is a dangerous mistake.", "2002-11-02"),
    ("Will the capital be next?", "2012-12-21"),
    ("Residents of Ndélé deserve better protection from their government.", "2009-12-01"),
    ("The next few weeks will decide whether the country holds together.", "2013-01-05"),
    ("Journalists should be allowed into Birao to report freely.", "2011-04-15"),
    ("The fall of Bangui is a tragedy for the whole region.", "2013-03-25"),
    ("Let those responsible for the killings in Bossangoa be brought to justice.", "2002-11-25"),
]):
    C(t, ad, N, notes="opinion / prediction / call to act" if "?" not in t else "question")


def main():
    out = []
    for i, spec in enumerate(CLAIMS, 1):
        assert_verdict(spec, F, spec["article_date"])
        out.append({"id": f"c{i:03d}", "text": spec["text"], "article_date": spec["article_date"],
                    "expected_verdict": spec["verdict"], "fact_id": spec["fact"],
                    "wrong_field": spec["wrong"], "notes": spec["notes"]})
    texts = [o["text"] for o in out]
    assert len(set(texts)) == len(texts), "duplicate claim text"
    with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(o["expected_verdict"] for o in out)
    n = len(out)
    for k in ["supported", "contradicted", "misleading", "unverifiable", "not_checkable"]:
        print(f"{k:14s} {c[k]:4d} {100 * c[k] / n:5.1f}%")
    print("total", n)
    print("wrong_field:", dict(Counter(o["wrong_field"] for o in out if o["wrong_field"])))


if __name__ == "__main__":
    main()
