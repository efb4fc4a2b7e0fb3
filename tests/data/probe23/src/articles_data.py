"""Three synthetic wire-style articles with planted errors, and their graded fragments.

Fragment notes use the same rel:"..."=spec[@fact] tokens as claims_data.py; relative
dates resolve against the article's `published` date.
"""

SOURCE = "probe23 synthetic wire copy (written for this set; not a real agency story)"

ARTICLES = [
    dict(
        file="maui_2023-09-16.md",
        title="Maui wildfire death toll lowered to 97 after DNA tests",
        published="2023-09-16",
        body="""HONOLULU (Wire) - Hawaii Governor Josh Green said on Friday that the confirmed death toll from the wildfire that destroyed Lahaina last month had been revised down to 97, after DNA analysis showed that some remains had been counted more than once.

Green said the earlier figure of 110 had been inflated by commingled remains recovered from burned-out cars and homes. Police said 31 people were still listed as missing.

The fire broke out on August 8 and raced through the historic town on Maui's west coast, driven by strong winds from a passing hurricane. It is the deadliest U.S. wildfire in more than a century, surpassing the 2017 Camp Fire, which killed 85 people in and around Paradise, California.

Hawaiian Electric, whose power lines have been linked to the blaze, faces a growing number of lawsuits. Officials said roughly 2,200 structures were damaged or destroyed in Lahaina.

"Thank God, fewer people have passed away," Green said in a video message. Community leaders said Lahaina must be rebuilt for the people who live there, not for tourists.
""",
        fragments=[
            ("Hawaii Governor Josh Green said on Friday that the confirmed death toll from the wildfire that destroyed Lahaina last month had been revised down to 97",
             "supported", "lahaina-toll-revised-2023", None,
             'rel:"on Friday"=weekday:Friday -> 2023-09-15; rel:"last month"=last_month@lahaina-fire-2023 -> August 2023'),
            ("the earlier figure of 110", "contradicted", "lahaina-toll-revised-2023", "count",
             "PLANTED ERROR: the toll was revised from 115, not 110"),
            ("Police said 31 people were still listed as missing", "supported", "lahaina-toll-revised-2023", None,
             "missing = 31"),
            ("The fire broke out on August 8", "supported", "lahaina-fire-2023", None,
             "'August 8' without year -> 2023 (article year)"),
            ("surpassing the 2017 Camp Fire, which killed 85 people in and around Paradise, California",
             "contradicted", "camp-fire-2018", "date",
             "PLANTED ERROR: the Camp Fire was in 2018 (toll and place are right)"),
            ("Hawaiian Electric, whose power lines have been linked to the blaze", "supported", "lahaina-fire-2023", None,
             "actors: Hawaiian Electric (power lines linked to the fire)"),
            ("It is the deadliest U.S. wildfire in more than a century", "unverifiable", None, None,
             "ranking not in the table"),
            ("Officials said roughly 2,200 structures were damaged or destroyed in Lahaina", "unverifiable", None, None,
             "structure count not in the table"),
            ("Lahaina must be rebuilt for the people who live there, not for tourists", "not_checkable", None, None,
             "opinion"),
        ],
    ),
    dict(
        file="boj_2024-03-20.md",
        title="Bank of Japan ends negative rates in first hike in 17 years",
        published="2024-03-20",
        body="""TOKYO (Wire) - The Bank of Japan raised interest rates for the first time in 17 years on Tuesday, ending the negative interest rate policy it had used to fight deflation.

Governor Haruhiko Kuroda said the bank would guide its short-term policy rate to a range of 0 to 0.1%, up from minus 0.1%, and would scrap yield curve control.

Japan was the last major economy with negative rates. The Swiss National Bank pushed its deposit rate to minus 0.75% in January 2015, the same day it abandoned its cap of 1.20 francs per euro.

In the United States, the Federal Reserve raised rates by three-quarters of a point in June 2022, its largest increase since 1994, having cut them to near zero in an emergency move on March 3, 2020.

Japanese wages rose 5.28% in this year's spring negotiations, according to the Rengo union federation. Economists expect the BoJ to raise rates again before the end of the year.
""",
        fragments=[
            ("The Bank of Japan raised interest rates for the first time in 17 years on Tuesday", "supported",
             "boj-ends-negative-2024", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2024-03-19'),
            ("Governor Haruhiko Kuroda said the bank would guide its short-term policy rate to a range of 0 to 0.1%",
             "contradicted", "boj-ends-negative-2024", "actor",
             "PLANTED ERROR: the governor is Kazuo Ueda (Kuroda left in April 2023); the rate range is right"),
            ("The Swiss National Bank pushed its deposit rate to minus 0.75% in January 2015", "supported",
             "snb-floor-2015", None, "month precision"),
            ("the same day it abandoned its cap of 1.20 francs per euro", "supported", "snb-floor-2015", None,
             "same-day phrasing: floor removal and rate cut are in the same row"),
            ("the Federal Reserve raised rates by three-quarters of a point in June 2022, its largest increase since 1994",
             "supported", "fed-75bp-2022", None, "rate_change_bp = 75"),
            ("having cut them to near zero in an emergency move on March 3, 2020", "contradicted",
             "fed-emergency-cut-2020", "date",
             "PLANTED ERROR: the cut to near zero was on 15 March 2020 (3 March was a smaller 0.5-point cut)"),
            ("Japanese wages rose 5.28% in this year's spring negotiations, according to the Rengo union federation",
             "unverifiable", None, None, "wage data not in the table"),
            ("Economists expect the BoJ to raise rates again before the end of the year", "not_checkable", None, None,
             "forecast"),
        ],
    ),
    dict(
        file="odisha_2023-06-05.md",
        title="Odisha lowers train crash toll to 275, citing double counting",
        published="2023-06-05",
        body="""BALASORE, India (Wire) - Authorities in the eastern Indian state of Odisha on Sunday revised the death toll from Friday's three-train collision to 275 from 288, saying some bodies had been counted twice.

Chief Secretary Pradeep Jena said 1,715 people had been taken to hospitals, of whom 793 had been discharged.

The Coromandel Express, travelling from Shalimar near Kolkata to Chennai, ploughed into a stationary goods train near Bahanaga Bazar station in Cuttack district on Friday evening; derailed coaches were then struck by the Bengaluru-Howrah Superfast Express.

It was India's deadliest rail accident in more than two decades. In Europe, the worst high-speed rail crash remains the 1999 Eschede disaster in Germany, in which an ICE train derailed and struck a road bridge, killing 101 people.

Railway Minister Ashwini Vaishnaw said the Central Bureau of Investigation would take over the inquiry.
""",
        fragments=[
            ("on Sunday revised the death toll from Friday's three-train collision to 275 from 288", "supported",
             "odisha-toll-revised-2023", None,
             'rel:"on Sunday"=weekday:Sunday -> 2023-06-04; rel:"Friday\'s"=weekday:Friday@odisha-collision-2023 -> 2023-06-02'),
            ("said 1,715 people had been taken to hospitals", "contradicted", "odisha-toll-revised-2023", "count",
             "PLANTED ERROR: 1,175 injured were taken to hospital (transposed digits)"),
            ("of whom 793 had been discharged", "unverifiable", None, None, "discharge figure not in the table"),
            ("ploughed into a stationary goods train near Bahanaga Bazar station in Cuttack district on Friday evening",
             "contradicted", "odisha-collision-2023", "place",
             'PLANTED ERROR: Bahanaga Bazar is in Balasore district, not Cuttack; rel:"on Friday evening"=weekday:Friday -> 2023-06-02 (date right)'),
            ("It was India's deadliest rail accident in more than two decades", "unverifiable", None, None,
             "ranking not in the table"),
            ("the 1999 Eschede disaster in Germany", "contradicted", "eschede-1998", "date",
             "PLANTED ERROR: Eschede was in 1998"),
            ("in which an ICE train derailed and struck a road bridge, killing 101 people", "supported", "eschede-1998", None,
             "deaths = 101"),
            ("Railway Minister Ashwini Vaishnaw said the Central Bureau of Investigation would take over the inquiry",
             "unverifiable", None, None, "CBI inquiry not in the table"),
        ],
    ),
]
