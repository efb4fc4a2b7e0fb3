"""Writes the three synthetic wire articles and articles/expected.csv.
Each fragment is asserted to occur exactly once in its article body; relative dates are asserted."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from facts_data import F
from reldate import resolve
FACTS = {r["id"]: r for r in F}
ADIR = os.path.join(os.path.dirname(__file__), "..", "articles")

ARTICLES = []

# ---------------------------------------------------------------- article 1
A1 = dict(
  file="banking_2023-05-02.md",
  title="Regulators hand First Republic to JPMorgan as third U.S. lender falls",
  published="2023-05-02",
  source="synthetic wire copy written for claimcheck probe 15 (contains deliberate errors)",
  body="""SAN FRANCISCO (Wire) - Regulators seized First Republic Bank early on Monday and sold its deposits and most of its assets to JPMorgan Chase, ending weeks of frantic efforts to keep the struggling lender independent.

The San Francisco-based bank had about $229 billion in assets, according to the Federal Deposit Insurance Corp., making its collapse the second-largest bank failure in the country's history. Its branches opened on Monday morning under the JPMorgan name, and customers were told that their deposits were safe.

The seizure caps a turbulent spring for mid-sized American banks. Silicon Valley Bank, the Palo Alto lender to technology start-ups, was shut by California regulators on 10 March after depositors tried to pull billions of dollars in a single day. Signature Bank followed three days later, when New York officials closed the lender, which had courted cryptocurrency clients.

The turmoil quickly crossed the Atlantic. On 19 March the Swiss government brokered a takeover of Credit Suisse by its larger rival UBS for 3 billion francs, with the central bank promising billions in emergency liquidity.

First Republic's shares had lost more than 97 per cent of their value this year before Monday's seizure, as wealthy clients moved money to bigger institutions. A group of 11 large banks had deposited $30 billion with the lender in March in an attempt to shore up confidence, but the cash failed to stop the outflow.

JPMorgan chief executive Jamie Dimon told analysts that this part of the crisis was over, although he cautioned that higher interest rates could still squeeze smaller lenders. Officials in Washington said taxpayers would not bear any losses from the deal, which the FDIC expects to cost its deposit insurance fund about $13 billion.

Analysts said the focus would now shift to regional banks with large amounts of uninsured deposits and commercial property loans, and to whether Congress would revisit the rules that were relaxed for mid-sized banks in 2018.
""",
  frags=[
    ("Regulators seized First Republic Bank early on Monday", "supported", "us-first-republic-seized-2023", None,
     "'Monday' -> 2023-05-01", ("wd", "Monday"), "2023-05-01"),
    ("The San Francisco-based bank had about $229 billion in assets", "supported", "us-first-republic-seized-2023", None, "assets 229.1", None, None),
    ("Silicon Valley Bank, the Palo Alto lender to technology start-ups, was shut by California regulators on 10 March",
     "contradicted", "us-svb-closed-2023", "place", "PLANTED: SVB was based in Santa Clara; date is right", None, None),
    ("Signature Bank followed three days later, when New York officials closed the lender", "contradicted", "us-signature-closed-2023", "date",
     "PLANTED: anchored to SVB (10 March) + 3 = 13 March; Signature closed 12 March", ("anchor", "us-svb-closed-2023", 3), "2023-03-13"),
    ("On 19 March the Swiss government brokered a takeover of Credit Suisse by its larger rival UBS for 3 billion francs",
     "supported", "ch-ubs-credit-suisse-2023", None, "year from article date (2023)", None, None),
    ("First Republic's shares had lost more than 97 per cent of their value this year", "unverifiable", "us-first-republic-seized-2023", None,
     "share price not held", None, None),
    ("A group of 11 large banks had deposited $30 billion with the lender in March", "unverifiable", "us-first-republic-seized-2023", None,
     "rescue deposits not held", None, None),
  ])
ARTICLES.append(A1)

# ---------------------------------------------------------------- article 2
A2 = dict(
  file="hollywood_2023-11-10.md",
  title="Cameras roll again as Hollywood actors end their strike",
  published="2023-11-10",
  source="synthetic wire copy written for claimcheck probe 15 (contains deliberate errors)",
  body="""LOS ANGELES (Wire) - Hollywood actors returned to work on Thursday after their union's 118-day strike officially ended at one minute past midnight, clearing the way for stalled film and television productions to restart before the end of the year.

SAG-AFTRA, which represents about 160,000 performers, reached a tentative three-year agreement with the studios on Wednesday after weeks of talks with the Alliance of Motion Picture and Television Producers. The union's national board still has to approve the deal, which will then go to a vote of the full membership.

The actors had walked off the job on 14 June, joining screenwriters who were already picketing outside studio gates in Burbank, Culver City and New York. It was the first time the two unions had been on strike together in more than six decades.

The Writers Guild of America, whose roughly 15,000 members struck on 2 May, settled first. Its leaders ended the walkout with effect from 27 September, and writers went back to their desks while the actors stayed out for another six weeks.

The deal includes protections against the use of artificial intelligence to replicate performers without their consent, a central demand throughout the dispute. Negotiators also won higher minimum pay and a new bonus tied to the popularity of streaming shows.

The economic cost has been heavy. Studio executives and economists estimate that the twin strikes cost the California economy more than $6 billion, hitting caterers, costume makers, prop houses and other businesses that depend on production.

Release dates for several major films were pushed into next year while the actors were out, because performers were barred from promotional work during the strike. Studios now face a crowded schedule as they try to restart hit series.

Union leaders said members would be briefed on the details of the contract at meetings in Los Angeles and New York over the coming days.
""",
  frags=[
    ("Hollywood actors returned to work on Thursday after their union's 118-day strike officially ended", "supported", "us-sag-aftra-strike-ends-2023", None,
     "'Thursday' -> 2023-11-09", ("wd", "Thursday"), "2023-11-09"),
    ("SAG-AFTRA, which represents about 160,000 performers, reached a tentative three-year agreement with the studios on Wednesday",
     "supported", "us-sag-aftra-strike-ends-2023", None, "'Wednesday' -> 2023-11-08 (tentative deal, stated in the record)", ("wd", "Wednesday"), "2023-11-08"),
    ("The actors had walked off the job on 14 June", "contradicted", "us-sag-aftra-strike-begins-2023", "date", "PLANTED: strike began 14 July", None, None),
    ("The Writers Guild of America, whose roughly 15,000 members struck on 2 May", "contradicted", "us-wga-strike-begins-2023", "count",
     "PLANTED: about 11,500 members; date right", None, None),
    ("Its leaders ended the walkout with effect from 27 September", "supported", "us-wga-strike-ends-2023", None, "year from article date", None, None),
    ("The deal includes protections against the use of artificial intelligence to replicate performers", "unverifiable", "us-sag-aftra-strike-ends-2023", None,
     "contract terms not held", None, None),
    ("the twin strikes cost the California economy more than $6 billion", "unverifiable", None, None, "economic cost not held", None, None),
  ])
ARTICLES.append(A2)

# ---------------------------------------------------------------- article 3
A3 = dict(
  file="heat_records_2024-02-01.md",
  title="UN weather agency confirms Sicily's 48.8C as Europe's hottest reading",
  published="2024-02-01",
  source="synthetic wire copy written for claimcheck probe 15 (contains deliberate errors)",
  body="""GENEVA (Wire) - The World Meteorological Organization said on Tuesday it had verified a reading of 48.8C taken near Syracuse, Sicily, as the highest temperature ever recorded in Europe.

The reading was logged on 11 August 2021 by an automatic station of the island's agrometeorological service during a heatwave that fuelled wildfires across southern Italy. A panel of international experts checked the instruments and the site before accepting the figure, the agency said.

Other national records have tumbled in recent summers. Britain passed 40C for the first time on 19 July 2022, when Coningsby in Lincolnshire reached 40.3C, beating the previous record of 38.7C set in Cambridge three years earlier.

In Canada, the village of Lytton, Alberta, hit 49.6C on 29 June 2021, the highest temperature in the country's history. Lytton had first broken the national record two days earlier with 46.9C, ending a mark of 45C that had stood since 1937. A day after the final record, a wildfire swept through the village and destroyed most of its homes.

At the other extreme, the coldest reading on record remains -89.2C, measured at the Soviet Vostok station in Antarctica in July 1993, during the long polar night.

Climate scientists say such records are likely to keep falling as the planet warms. The WMO is also examining whether Cyclone Freddy, which struck Madagascar, Mozambique and Malawi last year, was the longest-lasting tropical cyclone on record.

Verification can take years. Investigators must rule out faulty sensors, poorly sited stations and transcription errors before a reading enters the agency's archive of weather and climate extremes, which also lists the heaviest hailstones and the longest lightning flashes.

The agency said the Sicilian figure would now replace the previous European mark in the archive and urged governments to prepare for more frequent and intense heatwaves.
""",
  frags=[
    ("The World Meteorological Organization said on Tuesday it had verified a reading of 48.8C taken near Syracuse, Sicily",
     "supported", "wmo-sicily-record-confirmed-2024", None, "'Tuesday' -> 2024-01-30", ("wd", "Tuesday"), "2024-01-30"),
    ("The reading was logged on 11 August 2021", "supported", "it-sicily-record-2021", None, "", None, None),
    ("Britain passed 40C for the first time on 19 July 2022, when Coningsby in Lincolnshire reached 40.3C", "supported", "uk-coningsby-record-2022", None, "", None, None),
    ("the village of Lytton, Alberta, hit 49.6C on 29 June 2021", "contradicted", "ca-lytton-record-2021-06-29", "place", "PLANTED: Lytton is in British Columbia", None, None),
    ("Lytton had first broken the national record two days earlier with 46.9C", "contradicted", "ca-lytton-record-2021-06-27", "quantity",
     "PLANTED: 46.1C; 'two days earlier' -> 27 June is right", ("anchor", "ca-lytton-record-2021-06-29", -2), "2021-06-27"),
    ("the coldest reading on record remains -89.2C, measured at the Soviet Vostok station in Antarctica in July 1993", "contradicted", "aq-vostok-record-1983", "date",
     "PLANTED: July 1983", None, None),
    ("The WMO is also examining whether Cyclone Freddy", "unverifiable", None, None, "not in the table", None, None),
    ("A day after the final record, a wildfire swept through the village and destroyed most of its homes", "supported", "ca-lytton-record-2021-06-29", None,
     "the record's statement says a wildfire destroyed most of the village the next day", None, None),
  ])
ARTICLES.append(A3)

rows = []
for a in ARTICLES:
    body = a["body"]
    words = len(re.findall(r"\S+", body))
    assert 300 <= words <= 350, (a["file"], words)
    for (frag, v, fid, wf, notes, rel, res) in a["frags"]:
        assert body.count(frag) == 1, (a["file"], frag, body.count(frag))
        if fid: assert fid in FACTS, fid
        assert (wf is not None) == (v == "contradicted"), frag
        if rel:
            got = resolve(rel, a["published"], FACTS)
            assert got == res, (frag, got, res)
            if v == "supported" and rel[0] != "anchor":
                fd = FACTS[fid]["date"]
                # the Wednesday fragment refers to the tentative deal stated in the record (8 Nov), one day before the row date
                assert fd.startswith(got) or fid == "us-sag-aftra-strike-ends-2023", (frag, got, fd)
        rows.append(dict(article=a["file"], fragment=frag, expected_verdict=v, fact_id=fid or "",
                         wrong_field=wf or "", notes=notes))
    with open(os.path.join(ADIR, a["file"]), "w", encoding="utf-8") as fh:
        fh.write("---\ntitle: %s\npublished: %s\nsource: %s\n---\n\n%s" % (a["title"], a["published"], a["source"], body))
    print(a["file"], words, "words,", len(a["frags"]), "fragments")
with open(os.path.join(ADIR, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
    w.writeheader(); w.writerows(rows)
print("fragments:", len(rows))
