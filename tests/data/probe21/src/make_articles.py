#!/usr/bin/env python3
"""Write ../articles/*.md (synthetic wire copy with planted errors) and
../articles/expected.csv. Every graded fragment must occur exactly once in its
article; its stated slots and relative dates are asserted against ../facts.csv."""
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, assert_verdict, load_facts, norm  # noqa: E402

F = load_facts()
SRC = "synthetic wire copy written for the claimcheck UCDP-GED evaluation set (not a real agency story)"
GOV = "Government of Central African Republic"

ARTICLES = {}
FRAGS = []


def article(name, title, published, body):
    ARTICLES[name] = dict(title=title, published=published, body=body.strip() + "\n")


def frag(name, fragment, verdict, fact=None, wrong=None, notes="", **slots):
    FRAGS.append(dict(article=name, text=fragment, verdict=verdict, fact=("ged-" + fact) if fact else None,
                      wrong=wrong, notes=notes, **slots))


def no_word(*words):
    return lambda facts: all(norm(w) not in norm(" ".join(f.values())) for f in facts.values() for w in words)


# ---------------------------------------------------------------------------------------------- 1
A1 = "seleka_bangui_2013-03-26.md"
article(A1, "Seleka rebels seize Bangui as Bozizé flees", "2013-03-26", """
BANGUI, March 26 - Seleka rebels captured Bangui on Sunday in fighting that killed 93 people, among them 15 soldiers fighting on the government side, according to tallies compiled after the battle. President François Bozizé fled the capital as rebel columns reached the presidential palace.

Ten rebel fighters had been killed the day before, as the alliance swept aside the last army positions on the road into the city. South African President Jacob Zuma said at least 13 South African soldiers had died defending the city, the heaviest loss for his country's military since the end of apartheid.

The fall of the capital crowns an advance that began in the north more than three months ago. Two soldiers were killed when Seleka attacked N'Délé on 10 December. Fifteen soldiers were killed in Bria on 10 December, and Kabo fell on 19 December with the loss of 12 soldiers. An army counter-attack on Bambari on 28 December collapsed after three people were killed.

A January peace deal signed in Libreville briefly halted the fighting and brought rebel leaders into a unity government, but the coalition accused Bozizé of breaking his promises and resumed its march this month. They took Mobaye earlier this month, killing three soldiers and a civilian, and three days later captured Bangassou after fighting that left nine people dead.

Residents described looting across several districts on Monday as fighters and civilians ransacked shops, pharmacies and government offices. Many families spent the night in churches and at the airport, where French troops were guarding the runway.

The United Nations Security Council was due to hold emergency consultations, and the African Union suspended the country's membership. Seleka's leaders have promised elections within three years, but diplomats in the region doubt the loose coalition can hold together once the spoils of victory are divided. Shops in the city centre remained shuttered on Tuesday.
""")
frag(A1, "Seleka rebels captured Bangui on Sunday in fighting that killed 93 people", "supported", "45150",
     notes="'Sunday' -> 2013-03-24", date=("day", "2013-03-24"), rel=("weekday", "Sunday"), count=[("eq", 93)], place=["Bangui"], actor=["Seleka"])
frag(A1, "among them 15 soldiers fighting on the government side", "supported", "45150",
     notes="same sentence (Bangui, Sunday 24 March); deaths_a 15", date=("day", "2013-03-24"), rel=("weekday", "Sunday"), count=[("eq", 15, "deaths_a")])
frag(A1, "Ten rebel fighters had been killed the day before", "supported", "45162",
     notes="the day before 24 March = 23 March; deaths_b 10", date=("day", "2013-03-23"), rel=("days_before", "ged-45150", 1), count=[("eq", 10, "deaths_b")])
frag(A1, "South African President Jacob Zuma said at least 13 South African soldiers had died defending the city", "unverifiable",
     notes="the table has 15 deaths on the government side but no nationality breakdown", absent=no_word("South Africa"))
frag(A1, "Two soldiers were killed when Seleka attacked N'Délé on 10 December", "supported", "45226",
     notes="year 2012 from context", date=("day", "2012-12-10"), count=[("eq", 2, "deaths_a")], place=["N'dele"], actor=["Seleka"])
frag(A1, "Fifteen soldiers were killed in Bria on 10 December", "contradicted", "45230", "date",
     notes="PLANTED ERROR: Bria fell on 18 December (10 December is the N'délé attack)", date=("day", "2012-12-10"), count=[("eq", 15, "deaths_a")], place=["Bria"])
frag(A1, "Kabo fell on 19 December with the loss of 12 soldiers", "supported", "45234",
     date=("day", "2012-12-19"), count=[("eq", 12, "deaths_a")], place=["Kabo"])
frag(A1, "They took Mobaye earlier this month, killing three soldiers and a civilian", "supported", "68647",
     notes="'earlier this month' -> 1-25 March 2013; Mobaye fell on 8 March", date=("span", "2013-03-01", "2013-03-25"), rel=("earlier_this_month",),
     count=[("eq", 3, "deaths_a"), ("eq", 1, "deaths_civilians")], place=["Mobaye"])
frag(A1, "three days later captured Bangassou after fighting that left nine people dead", "contradicted", "45149", "count",
     notes="PLANTED ERROR: 7 dead; the date (8 + 3 = 11 March) is right", date=("day", "2013-03-11"), rel=("days_after", "ged-68647", 3), count=[("eq", 9)], place=["Bangassou"])

# ---------------------------------------------------------------------------------------------- 2
A2 = "bossembele_2002-11-27.md"
article(A2, "Central African army retakes Bossembele from Bozizé rebels", "2002-11-27", """
BANGUI, Nov 27 - Three soldiers and five rebels were killed on Monday when the Central African army retook Bossembele, a crossroads town 157 km from the capital, state radio said on Wednesday.

The recapture is the first significant success for President Ange-Félix Patassé's forces since fighters loyal to the sacked army chief François Bozizé launched their rebellion. Rebels attacked Bossangoa five days earlier, killing 61 people, according to local officials, and still hold much of the cotton-growing north-west.

The rebels first struck the capital on 5 October, pushing into the northern districts before being driven back after days of street fighting. A hospital count put the toll from the fighting in Bangui late last month at 68 dead, and eleven people were killed on 27 October alone as government aircraft bombed rebel positions near the Boy-Rabe neighbourhood.

The crisis is the second to shake Bangui in eighteen months. Last year, a coup attempt by soldiers loyal to François Bozizé left 162 people dead in Bangui before it was crushed, and hundreds of families from the Yakoma community fled across the river to Congo.

Libyan troops remain deployed in the capital to protect President Patassé, and a regional force from the Central African Economic and Monetary Community is expected to take over their duties in the coming weeks. Bozizé himself is in exile in Chad, whose government denies arming the rebels.

Aid agencies said tens of thousands of people had fled the fighting in the north-west, many of them hiding in the bush without shelter, and that fuel and food prices in Bangui had doubled since October. Schools in several northern towns have been closed for weeks.

Patassé, speaking on state radio, called on the rebels to lay down their arms and promised an amnesty to those who surrender before the end of the year. Diplomats in Bangui said talks on a ceasefire could open next month.
""")
frag(A2, "Three soldiers and five rebels were killed on Monday when the Central African army retook Bossembele", "supported", "22872",
     notes="'Monday' -> 2002-11-25", date=("day", "2002-11-25"), rel=("weekday", "Monday"), count=[("eq", 3, "deaths_a"), ("eq", 5, "deaths_b")], place=["Bossembele"], actor=[GOV])
frag(A2, "Rebels attacked Bossangoa five days earlier, killing 61 people", "contradicted", "22814", "count",
     notes="PLANTED ERROR: 16 dead (transposed); 25 - 5 = 20 November is right", date=("day", "2002-11-20"), rel=("days_before", "ged-22872", 5), count=[("eq", 61)], place=["Bossangoa"])
frag(A2, "The rebels first struck the capital on 5 October", "contradicted", "22759", "date",
     notes="PLANTED ERROR: the Bangui fighting ran 25-30 October 2002", date=("day", "2002-10-05"), place=["Bangui"])
frag(A2, "A hospital count put the toll from the fighting in Bangui late last month at 68 dead", "supported", "22759",
     notes="'last month' -> October 2002", date=("span", "2002-10-01", "2002-10-31"), rel=("last_month",), count=[("eq", 68)], place=["Bangui"])
frag(A2, "eleven people were killed on 27 October alone", "supported", "22805",
     notes="place from context (Bangui)", date=("day", "2002-10-27"), count=[("eq", 11)])
frag(A2, "Last year, a coup attempt by soldiers loyal to François Bozizé left 162 people dead in Bangui", "contradicted", "22762", "actor",
     notes="PLANTED ERROR: the May 2001 attempt was by forces of André Kolingba", date=("year", "2001"), count=[("eq", 162)], place=["Bangui"], actor=["Bozize"])
frag(A2, "Libyan troops remain deployed in the capital to protect President Patassé", "unverifiable",
     notes="not in the table", absent=no_word("Libya"))
frag(A2, "Bozizé himself is in exile in Chad", "unverifiable", notes="not in the table (its truth in reality is not established here)", absent=no_word("Chad", "exile"))

# ---------------------------------------------------------------------------------------------- 3
A3 = "birao_2011-04-12.md"
article(A3, "Fighting near Birao kills 27 as CPJP rebellion flares", "2011-04-12", """
BANGUI, April 12 - Fighting between the Central African army and rebels of the Convention of Patriots for Justice and Peace (CPJP) near Birao on Sunday killed 27 people, including five rebels, according to rebel and military sources.

The clashes around the village of Sissikebe are among the deadliest in the remote north-east in years, and they come as President François Bozizé prepares to begin a new term after January's disputed elections.

The violence has spread well beyond Vakaga. Last month, two civilians were killed in the village of Léména on 20 March, and five more were killed three days later in Gozbaïda, another village near Ndélé, according to United Nations human rights officers. In February, seven rebels died near the village of Gbama, close to Bria, when the army ambushed a rebel column on the road south.

Birao itself changed hands late last year. Four soldiers and a rebel died when the CPJP overran Birao on 24 November, sixteen days after a raid on 8 November in which a soldier and a rebel were killed. Chadian troops later helped government forces retake the town, which lies close to the borders with Chad and Sudan.

The CPJP, which says it defends the interests of the Runga community, has refused to join the peace process that other rebel movements signed up to in Libreville. Its founder, Charles Massi, disappeared in custody in early 2010, and the group blames the government for his death.

Humanitarian agencies say thousands of people have fled their villages in the north-east and that many now depend on food aid. Aid workers warn that the coming rainy season will make many roads impassable for months, cutting off towns such as Birao and Ndélé from supplies.

A government spokesman said on Tuesday that the army was in control of the area and that reinforcements had been sent from Bangui. Neither side could be reached for comment on the casualty figures.
""")
frag(A3, "near Birao on Sunday killed 27 people, including five rebels", "supported", "29581",
     notes="'Sunday' -> 2011-04-10; deaths_b 5", date=("day", "2011-04-10"), rel=("weekday", "Sunday"), count=[("eq", 27), ("eq", 5, "deaths_b")], place=["Birao"])
frag(A3, "two civilians were killed in the village of Léména on 20 March", "supported", "28932",
     notes="Léména is in where_description (aliases)", date=("day", "2011-03-20"), count=[("eq", 2, "deaths_civilians")], place=["Lemena"])
frag(A3, "five more were killed three days later in Gozbaïda", "contradicted", "255983", "date",
     notes="PLANTED ERROR: Gozbaïda was two days later (22 March); 20 + 3 = 23 March", date=("day", "2011-03-23"), rel=("days_after", "ged-28932", 3),
     count=[("eq", 5, "deaths_civilians")], place=["Gozbaida"])
frag(A3, "In February, seven rebels died near the village of Gbama, close to Bria", "contradicted", "29580", "count",
     notes="PLANTED ERROR: 4 rebels (7 is the high estimate); February 2011", date=("month", "2011-02"), count=[("eq", 7, "deaths_b")], place=["Gbama", "Bria"])
frag(A3, "Four soldiers and a rebel died when the CPJP overran Birao on 24 November", "supported", "22748",
     notes="'late last year' -> 2010", date=("day", "2010-11-24"), count=[("eq", 4, "deaths_a"), ("eq", 1, "deaths_b")], place=["Birao"], actor=["CPJP"])
frag(A3, "a raid on 8 November in which a soldier and a rebel were killed", "supported", "22804",
     notes="2010; also 24 Nov - 16 days = 8 Nov", date=("day", "2010-11-08"), rel=("days_before", "ged-22748", 16), count=[("eq", 1, "deaths_a"), ("eq", 1, "deaths_b")])
frag(A3, "Chadian troops later helped government forces retake the town", "unverifiable", notes="not in the table", absent=no_word("Chad"))
frag(A3, "Its founder, Charles Massi, disappeared in custody in early 2010", "unverifiable", notes="not in the table", absent=no_word("Massi"))
frag(A3, "Aid workers warn that the coming rainy season will make many roads impassable for months", "not_checkable",
     notes="prediction attributed to aid workers")


def main():
    outdir = ROOT / "articles"
    outdir.mkdir(exist_ok=True)
    for name, a in ARTICLES.items():
        words = len(re.findall(r"\b[\w'’.-]+\b", a["body"]))
        assert 300 <= words <= 350, (name, words)
        text = f"---\ntitle: {a['title']}\npublished: {a['published']}\nsource: {SRC}\n---\n\n{a['body']}"
        (outdir / name).write_text(text, encoding="utf-8")
        print(name, words, "words")
    rows = []
    for fr in FRAGS:
        a = ARTICLES[fr["article"]]
        assert a["body"].count(fr["text"]) == 1, ("fragment must occur once", fr["text"])
        assert_verdict(fr, F, a["published"])
        rows.append([fr["article"], fr["text"], fr["verdict"], fr["fact"] or "", fr["wrong"] or "", fr["notes"]])
    with open(outdir / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        w.writerows(rows)
    from collections import Counter
    print(Counter(r[2] for r in rows), len(rows))


if __name__ == "__main__":
    main()
