"""Writes ../articles/*.md and ../articles/expected.csv.

Before writing, asserts: body length 300-350 words; every graded fragment
occurs exactly once in its article; every relative date in a graded fragment
resolves (with datetime) to the intended date / year and agrees with facts.csv
for supported fragments and disagrees for planted date errors."""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from reldate import d, last_weekday  # noqa: E402

HERE = os.path.dirname(__file__)
ADIR = os.path.join(HERE, "..", "articles")
FACTS = {r["id"]: r for r in csv.DictReader(open(os.path.join(HERE, "..", "facts.csv"), encoding="utf-8"))}
SOURCE = "synthetic wire copy written for the probe22 evaluation set (not a real agency story)"

ARTICLES = []


def article(fname, title, published, body, fragments):
    ARTICLES.append(dict(fname=fname, title=title, published=published, body=body.strip(), fragments=fragments))


def G(fragment, verdict, fact_id=None, wrong_field=None, notes="", rel=()):
    return dict(fragment=fragment, expected_verdict=verdict, fact_id=fact_id or "",
                wrong_field=wrong_field or "", notes=notes, rel=rel)


# ------------------------------------------------------------------ article 1
article(
    "marmolada_2022-07-05.md",
    "Glacier collapse on Italy's Marmolada kills climbers as heat grips the Alps",
    "2022-07-05",
    """
CANAZEI, Italy, July 5 (Synthetic Wire) - Rescuers using drones and helicopters resumed the search on Tuesday for climbers still missing after a huge slab of the Marmolada glacier broke away on Sunday, sending ice, snow and rock down the mountain's normal route.

The serac gave way near Punta Rocca, on the border between Trentino and Veneto, shortly after lunchtime, catching several roped parties on the ascent. Officials said at least seven people had been killed and that the toll was likely to rise, with more than a dozen people still unaccounted for.

Emergency services said eight people were taken to hospitals in Belluno, Treviso and Trento, two of them in a serious condition. Experts noted that the collapse came a day after a record temperature of 10C was measured at the summit, far above freezing for a glacier at that height.

Prime Minister Mario Draghi, who flew to Canazei on Monday, said the disaster was linked to the deterioration of the environment and of the climate. The area around the glacier has been closed to hikers until further notice.

It is the deadliest mountain accident in Italy since January 2017, when an avalanche buried the Hotel Rigopiano in the Dolomites, killing 29 people.

Mountain guides compared Sunday's scenes with the ice avalanche that swept the Khumbu Icefall on Everest in April 2015, killing 16 Nepali guides, and with the collapse of the Kolka glacier in Russia's North Ossetia two decades ago, which left about 125 people dead or missing.

"We have never seen such a large mass of ice come down here," one rescuer said. Glaciologists warned that more of the Marmolada's ice could break away while temperatures stay high this week.

The Marmolada, at 3,343 metres the highest peak of the Dolomites, has lost much of its ice over recent decades, and researchers say the glacier could disappear within 30 years if the trend continues.
""",
    [
        G("a huge slab of the Marmolada glacier broke away on Sunday", "supported", "marmolada-collapse-2022",
          notes="'Sunday' -> 2022-07-03", rel=[("wd", "Sunday")]),
        G("The serac gave way near Punta Rocca, on the border between Trentino and Veneto", "supported",
          "marmolada-collapse-2022", notes="place matches location"),
        G("Officials said at least seven people had been killed", "supported", "marmolada-collapse-2022",
          notes="lower bound; final toll 11"),
        G("eight people were taken to hospitals in Belluno, Treviso and Trento", "unverifiable",
          notes="injuries left empty in the table (sources give 8 and 7)"),
        G("the collapse came a day after a record temperature of 10C was measured at the summit", "unverifiable",
          notes="detail not in the table (true in reality)"),
        G("an avalanche buried the Hotel Rigopiano in the Dolomites, killing 29 people", "contradicted",
          "rigopiano-avalanche-2017", "place",
          notes="PLANTED ERROR: Rigopiano is at Farindola, Abruzzo (Gran Sasso), not the Dolomites; count and month are right"),
        G("the ice avalanche that swept the Khumbu Icefall on Everest in April 2015, killing 16 Nepali guides",
          "contradicted", "everest-icefall-2014", "date",
          notes="PLANTED ERROR: April 2014, not 2015; count and place are right"),
        G("the collapse of the Kolka glacier in Russia's North Ossetia two decades ago, which left about 125 people dead or missing",
          "supported", "kolka-glacier-2002", notes="'two decades ago' from 2022 -> 2002", rel=[("yearsago", 20)]),
        G("researchers say the glacier could disappear within 30 years if the trend continues", "not_checkable",
          notes="prediction"),
    ])

# ------------------------------------------------------------------ article 2
article(
    "olkiluoto_2023-04-18.md",
    "Finland's long-delayed Olkiluoto 3 reactor starts regular output",
    "2023-04-18",
    """
HELSINKI, April 18 (Synthetic Wire) - Finland's Olkiluoto 3 reactor, the most powerful in Europe, began regular electricity production on Sunday, some 14 years later than first planned, operator Teollisuuden Voima (TVO) said.

The 1,600-megawatt reactor at Eurajoki on Finland's west coast first fed power into the national grid in March last year, but a string of breakdowns during testing pushed back the start of regular output several times. Built by the French-German Areva-Siemens consortium, it is expected to cover about 14 percent of Finland's electricity needs.

"Olkiluoto 3's production stabilises electricity prices," TVO chief executive Jarmo Tanhua said. The start comes as Finland replaces electricity that it used to import from Russia, whose supplies ended last May.

It also came a day after Germany shut down its last three nuclear reactors, a contrast that both critics and supporters of nuclear power were quick to point out.

Olkiluoto 3 is only the latest large power project to come on stream after long delays. In the United Arab Emirates, the Barakah plant, whose first unit began commercial operation in April 2020, now supplies a growing share of the country's power. China's Three Gorges Dam, the world's largest power station, reached its full capacity of 25,200 megawatts in July 2012, nine years after its first generator started.

In Africa, Ethiopia began generating power last year at its Grand Renaissance Dam on the White Nile, starting with a single 375-megawatt turbine, and plans to export electricity to its neighbours.

France's own EPR at Flamanville, built to the same design as Olkiluoto 3, has yet to produce any electricity and remains years behind schedule.

Industry groups said the Finnish government should now move quickly to approve further reactors. TVO expects the new unit to operate for at least 60 years, and says the three Olkiluoto units together will produce about 30 percent of the country's electricity.
""",
    [
        G("began regular electricity production on Sunday", "supported", "olkiluoto3-regular-2023",
          notes="'Sunday' -> 2023-04-16", rel=[("wd", "Sunday")]),
        G("first fed power into the national grid in March last year", "supported", "olkiluoto3-grid-2022",
          notes="'March last year' -> March 2022 (grid connection 12 March 2022)", rel=[("month_last_year", 3)]),
        G("The 1,600-megawatt reactor at Eurajoki on Finland's west coast", "supported", "olkiluoto3-regular-2023",
          notes="capacity_MW 1600; location Eurajoki"),
        G("Built by the French-German Areva-Siemens consortium", "supported", "olkiluoto3-regular-2023",
          notes="actor matches"),
        G("a day after Germany shut down its last three nuclear reactors", "unverifiable",
          notes="event not in the table (true in reality: 15 April 2023)"),
        G("the Barakah plant, whose first unit began commercial operation in April 2020", "contradicted",
          "barakah-unit1-commercial-2021", "date", notes="PLANTED ERROR: April 2021, not 2020"),
        G("reached its full capacity of 25,200 megawatts in July 2012", "contradicted", "three-gorges-full-2012",
          "count", notes="PLANTED ERROR: 22,500 MW (digits transposed); date is right"),
        G("Ethiopia began generating power last year at its Grand Renaissance Dam on the White Nile", "contradicted",
          "gerd-first-power-2022", "place",
          notes="PLANTED ERROR: the dam is on the Blue Nile; 'last year' -> 2022 is right", rel=[("lastyear",)]),
        G("the Finnish government should now move quickly to approve further reactors", "not_checkable",
          notes="reported call to act"),
    ])

# ------------------------------------------------------------------ article 3
article(
    "van_gogh_2023-09-13.md",
    "Van Gogh stolen in lockdown heist comes home in an IKEA bag",
    "2023-09-13",
    """
AMSTERDAM, Sept 13 (Synthetic Wire) - A Vincent van Gogh painting stolen from a Dutch museum during the first coronavirus lockdown is back in safe hands after an art detective received it, wrapped in bubble wrap and a pillowcase, in a blue IKEA bag.

Arthur Brand, a Dutch investigator known for tracing stolen art, said The Parsonage Garden at Nuenen in Spring was handed over to him at his Amsterdam home on Monday by a man who had not been involved in the theft. Police confirmed on Tuesday that it was the original.

The 1884 painting was taken from the Singer Laren museum in the early hours of 30 March 2020, Van Gogh's birthday, when a thief smashed through a glass door with a sledgehammer. It was on loan from the Van Gogh Museum in Amsterdam at the time. A man was later sentenced to eight years in prison for the theft.

A Frans Hals painting stolen by the same thief from a museum in Leerdam is still missing. The Van Gogh is valued at between 3 and 6 million euros.

The return is the latest in a series of recoveries of famous stolen works. Two Van Gogh canvases stolen from the Van Gogh Museum in December 2002 turned up in a Camorra hideout near Naples in 2016, and Gustav Klimt's Portrait of a Lady was found by gardeners inside a wall of a gallery in Parma in December 2019, 22 years after it vanished.

In Norway, The Scream and Madonna, taken at gunpoint from the Munch Museum in 2004, were recovered by Oslo police in August 2007 with less damage than had been feared.

Experts said the case showed how hard it is for thieves to sell famous works, which often end up as bargaining chips in the underworld instead. "Museums will have to rethink how they protect paintings they send out on loan," one curator said. The painting will be examined by restorers before it goes back on display.
""",
    [
        G("was handed over to him at his Amsterdam home on Monday", "supported", "parsonage-garden-return-2023",
          notes="'Monday' -> 2023-09-11", rel=[("wd", "Monday")]),
        G("was taken from the Singer Laren museum in the early hours of 30 March 2020", "supported",
          "parsonage-garden-theft-2020"),
        G("It was on loan from the Van Gogh Museum in Amsterdam at the time", "contradicted",
          "parsonage-garden-theft-2020", "actor", notes="PLANTED ERROR: the lender/owner was the Groninger Museum"),
        G("A Frans Hals painting stolen by the same thief from a museum in Leerdam is still missing", "unverifiable",
          notes="not in the table"),
        G("The Van Gogh is valued at between 3 and 6 million euros", "unverifiable",
          notes="value is not a table field"),
        G("Two Van Gogh canvases stolen from the Van Gogh Museum in December 2002 turned up in a Camorra hideout near Naples in 2016",
          "supported", "van-gogh-museum-recovery-2016", notes="Castellammare di Stabia is in the Metropolitan City of Naples"),
        G("found by gardeners inside a wall of a gallery in Parma in December 2019", "contradicted", "klimt-found-2019",
          "place", notes="PLANTED ERROR: Piacenza, not Parma; month is right"),
        G("taken at gunpoint from the Munch Museum in 2004, were recovered by Oslo police in August 2007", "contradicted",
          "munch-museum-recovery-2006", "date", notes="PLANTED ERROR: recovered 31 August 2006"),
        G("Museums will have to rethink how they protect paintings they send out on loan", "not_checkable",
          notes="quoted opinion / prediction"),
    ])


def check_rel(art, g):
    pub = d(art["published"])
    fact = FACTS.get(g["fact_id"])
    for r in g["rel"]:
        if r[0] == "wd":
            got = last_weekday(pub, r[1])
            assert r[1] in g["fragment"]
            assert d(fact["date"]) == got, (g["fragment"], got, fact["date"])
        elif r[0] == "yearsago":
            assert pub.year - d(fact["date"]).year == r[1], g["fragment"]
        elif r[0] == "lastyear":
            assert d(fact["date"]).year == pub.year - 1, g["fragment"]
        elif r[0] == "month_last_year":
            fd = d(fact["date"])
            assert (fd.year, fd.month) == (pub.year - 1, r[1]), g["fragment"]
        else:
            raise ValueError(r)


def main():
    rows = []
    for art in ARTICLES:
        body = art["body"]
        words = len(re.findall(r"\S+", body))
        assert 300 <= words <= 350, (art["fname"], words)
        assert 6 <= len(art["fragments"]) <= 9, art["fname"]
        planted = sum("PLANTED ERROR" in g["notes"] for g in art["fragments"])
        assert 2 <= planted <= 3, (art["fname"], planted)
        for g in art["fragments"]:
            assert body.count(g["fragment"]) == 1, (art["fname"], g["fragment"], body.count(g["fragment"]))
            if g["expected_verdict"] in ("supported", "contradicted", "misleading"):
                assert g["fact_id"] in FACTS, g
            if g["expected_verdict"] in ("contradicted", "misleading"):
                assert g["wrong_field"], g
            check_rel(art, g)
            rows.append(dict(article=art["fname"], fragment=g["fragment"], expected_verdict=g["expected_verdict"],
                             fact_id=g["fact_id"], wrong_field=g["wrong_field"], notes=g["notes"]))
        text = f"---\ntitle: {art['title']}\npublished: {art['published']}\nsource: {SOURCE}\n---\n\n{body}\n"
        with open(os.path.join(ADIR, art["fname"]), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{art['fname']}: {words} words, {len(art['fragments'])} fragments, {planted} planted errors")
    with open(os.path.join(ADIR, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} fragments to articles/expected.csv")


if __name__ == "__main__":
    main()
