"""Tests for claimcheck.counts: stated counts as ranges with roles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.articles import read_article
from claimcheck.counts import find_counts, find_shares
from claimcheck.models import CountRole
from claimcheck.seeds import SEED_ARTICLE

D, INJ, C = CountRole.DEATHS, CountRole.INJURIES, CountRole.CASUALTIES
V, T, K, S = CountRole.VOTES, CountRole.TURNOUT, CountRole.CANDIDATES, CountRole.SEATS
M, P, OTH = CountRole.MISSILES, CountRole.PEOPLE, CountRole.OTHER
MONEY = CountRole.MONEY


def _found(text):
    return [(m.text, m.role, m.low, m.high) for m in find_counts(text)]


COUNT_CASES = [
    # --- exact numbers in digits, with their roles ----------------------------------------------
    ("Iranian state TV said 80 were killed.", [("80 were killed", D, 80, 80)]),
    ("The crash killed 176 people.", [("killed 176 people", D, 176, 176)]),
    # a number right after a name names a thing, unless a role follows it
    ("Apollo 11 landed on the Moon on 20 July 1969.", []),
    ("Sputnik 1 was launched in 1957.", []),
    ("In Baghdad 10 people were killed.", [("10 people were killed", D, 10, 10)]),
    # the year of a date is no count, even right before a role cue
    ("The crush in Itaewon on October 29, 2022 killed 159 people.", [("killed 159 people", D, 159, 159)]),
    ("The blast in Beirut on 4 August 2020 killed 218 people.", [("killed 218 people", D, 218, 218)]),
    # a number that names or dates something does not take the role cue of the count
    ("All 200 people aboard Flight 752 were killed.", [("All 200 people aboard Flight 752 were killed", D, 200, 200)]),
    ("Turnout in Iran's February 21 parliamentary election was 42.57 percent.", [
        ("Turnout in Iran's February 21 parliamentary election was 42.57 percent", T, 42.57, 42.57)]),
    ("The death toll rose to 176 on Wednesday.", [("death toll rose to 176", D, 176, 176)]),
    ("The Pentagon said 34 service members were injured.", [
        ("34 service members were injured", INJ, 34, 34)]),
    ("In all, 110 troops were diagnosed with brain injuries.", [
        ("110 troops were diagnosed with brain injuries", INJ, 110, 110)]),
    ("Eleven U.S. troops were hurt in the attack.", [("Eleven U.S. troops were hurt", INJ, 11, 11)]),
    ("The Pentagon said 109 U.S. service members have been diagnosed with mild traumatic brain "
     "injury.", [("109 U.S. service members have been diagnosed with mild traumatic brain injury",
                  INJ, 109, 109)]),
    ("Iranian state TV claimed 80 “American terrorists” were killed.", [
        ("80 “American terrorists” were killed", D, 80, 80)]),
    ("All 176 people on board Flight PS752 were killed.", [
        ("All 176 people on board Flight PS752 were killed", D, 176, 176)]),
    ("Three people were arrested for the killing.", [("Three people", P, 3, 3)]),
    ("The brain-injury count rose to 109.", [("brain-injury count rose to 109", INJ, 109, 109)]),
    ("Officials reported 50 casualties.", [("50 casualties", C, 50, 50)]),
    ("The election drew 24,512,404 votes.", [("24,512,404 votes", V, 24512404, 24512404)]),
    ("The council approved 7,148 candidates.", [("7,148 candidates", K, 7148, 7148)]),
    ("Conservatives won 221 seats.", [("221 seats", S, 221, 221)]),
    ("Iran fired 16 ballistic missiles at two bases.", [
        ("16 ballistic missiles", M, 16, 16)]),
    ("Some 2000 people marched in Tehran.", [("Some 2000 people", P, 1800, 2200)]),
    ("Oil rose 1.5 percent on Monday.", [("1.5 percent", OTH, 1.5, 1.5)]),
    # --- cues that do not count the number: negations and infinitives ---------------------------
    ("Some 57.9 million Iranians were eligible to vote.", [
        ("Some 57.9 million Iranians", P, 52110000, 63690000)]),
    ("Five people were sentenced to death.", [("Five people", P, 5, 5)]),
    ("In the second attack, 25 people were not hurt.", [("25 people", P, 25, 25)]),
    ("More than half of eligible voters did not cast ballots.", [
        ("More than half of eligible voters", P, 50, None)]),
    ("The death toll from the earthquake climbed to 1,200.", [
        ("death toll from the earthquake climbed to 1,200", D, 1200, 1200)]),
    # --- compounds that say what is counted ------------------------------------------------------
    ("Iran's 290-seat parliament is dominated by hardliners.", [("290-seat", S, 290, 290)]),
    ("A 10-person team inspected the site.", [("10-person", P, 10, 10)]),
    # --- number words ----------------------------------------------------------------------------
    ("Ninety people were wounded.", [("Ninety people were wounded", INJ, 90, 90)]),
    ("The blast killed two hundred and five people.", [
        ("killed two hundred and five people", D, 205, 205)]),
    ("A dozen rockets hit the Green Zone.", [("A dozen rockets", M, 12, 12)]),
    ("Half a dozen soldiers were hurt.", [("Half a dozen soldiers were hurt", INJ, 6, 6)]),
    ("Twenty-five people died.", [("Twenty-five people died", D, 25, 25)]),
    ("One person was killed and two were wounded.", [
        ("One person was killed", D, 1, 1), ("two were wounded", INJ, 2, 2)]),
    ("The attack killed three and injured seven.", [
        ("killed three", D, 3, 3), ("injured seven", INJ, 7, 7)]),
    # the first count's own noun between it and "and": still one toll, summed
    ("The bombing killed 170 Afghans and 13 soldiers.", [
        ("killed 170 Afghans and 13 soldiers", D, 183, 183)]),
    # --- scales ----------------------------------------------------------------------------------
    ("Some 3.2 million voters stayed home.", [("Some 3.2 million voters", P, 2880000, 3520000)]),
    ("Iran lost 2bn dollars in oil sales.", [("2bn dollars", MONEY, 2e9, 2e9)]),
    ("The package is worth $5m.", [("$5m", MONEY, 5e6, 5e6)]),
    ("Officials put the figure at 1.5 million people.", [
        ("1.5 million people", P, 1.5e6, 1.5e6)]),
    # --- ranges ----------------------------------------------------------------------------------
    ("The drone strike killed 7 to 10 people.", [("killed 7 to 10 people", D, 7, 10)]),
    ("Between 7 and 10 people were killed.", [("Between 7 and 10 people were killed", D, 7, 10)]),
    ("Officials said 7-10 people died.", [("7-10 people died", D, 7, 10)]),
    ("One or two people were hurt.", [("One or two people were hurt", INJ, 1, 2)]),
    ("From 3 to 4 million people voted.", [("From 3 to 4 million people voted", V, 3e6, 4e6)]),
    # --- modifiers -------------------------------------------------------------------------------
    ("At least 25 people were killed.", [("At least 25 people were killed", D, 25, None)]),
    ("More than 100 people were hurt.", [("More than 100 people were hurt", INJ, 101, None)]),
    ("More than a hundred people were hurt.", [
        ("More than a hundred people were hurt", INJ, 101, None)]),
    ("Over 50 people were killed or wounded.", [
        ("Over 50 people were killed or wounded", C, 51, None)]),
    ("Nearly 2,000 people were detained.", [("Nearly 2,000 people", P, 1800, 2000)]),
    ("Some 16,000 troops are deployed.", [("Some 16,000 troops", P, 14400, 17600)]),
    ("About 100 people were wounded.", [("About 100 people were wounded", INJ, 90, 110)]),
    ("Fewer than 10 people died.", [("Fewer than 10 people died", D, 0, 9)]),
    ("Up to 30 people may have been killed.", [
        ("Up to 30 people may have been killed", D, 0, 30)]),
    ("Just over 100 people were injured.", [("Just over 100 people were injured", INJ, 100, 110)]),
    ("Exactly 176 people were on board.", [("Exactly 176 people", P, 176, 176)]),
    ("All 176 on board were killed.", [("All 176 on board were killed", D, 176, 176)]),
    ("100 or more people were arrested.", [("100 or more people", P, 100, None)]),
    ("A dozen or so rockets landed.", [("A dozen or so rockets", M, 10, 14)]),
    # --- vague amounts ---------------------------------------------------------------------------
    ("Dozens of people were injured.", [("Dozens of people were injured", INJ, 24, 199)]),
    ("Hundreds of protesters were arrested.", [("Hundreds of protesters", P, 200, 1999)]),
    ("Scores were killed in the stampede.", [("Scores were killed", D, 40, 199)]),
    ("Tens of thousands of mourners gathered.", [
        ("Tens of thousands of mourners", P, 20000, 199999)]),
    ("A handful of demonstrators were hurt.", [
        ("A handful of demonstrators were hurt", INJ, 2, 9)]),
    # --- percentages and fractions ---------------------------------------------------------------
    ("Official turnout was 42.57%.", [("turnout was 42.57%", T, 42.57, 42.57)]),
    ("Turnout was 42.57 percent, the lowest since 1979.", [
        ("Turnout was 42.57 percent", T, 42.57, 42.57)]),
    ("Turnout stood at 42.57 per cent.", [("Turnout stood at 42.57 per cent", T, 42.57, 42.57)]),
    ("Roughly half of voters turned out.", [("Roughly half of voters turned out", T, 45, 55)]),
    ("Hardliners took two-thirds of the seats.", [
        ("two-thirds of the seats", S, 200 / 3, 200 / 3)]),
    ("Between 10 and 15 percent of ballots were blank.", [
        ("Between 10 and 15 percent of ballots", V, 10, 15)]),
    # --- zero expressions ------------------------------------------------------------------------
    ("No one was killed in the attack.", [("No one was killed", D, 0, 0)]),
    ("Nobody was hurt, officials said.", [("Nobody was hurt", INJ, 0, 0)]),
    ("There were no casualties, Trump said.", [("There were no casualties", C, 0, 0)]),
    ("The base reported no deaths.", [("no deaths", D, 0, 0)]),
    ("The strike ended without loss of life.", [("without loss of life", D, 0, 0)]),
    ("There were no injuries.", [("There were no injuries", INJ, 0, 0)]),
    ("No Americans were harmed in the strike.", [("No Americans were harmed", INJ, 0, 0)]),
    ("No U.S. troops were killed.", [("No U.S. troops were killed", D, 0, 0)]),
    ("No one was killed or injured.", [("No one was killed or injured", C, 0, 0)]),
    ("None of them were seriously hurt.", [("None of them were seriously hurt", INJ, 0, 0)]),
    ("The plane carried 176 people, none of whom survived.", [
        ("176 people, none of whom survived", D, 176, 176)]),
    ("The attack killed no one.", [("killed no one", D, 0, 0)]),
    ("Officials reported zero deaths.", [("zero deaths", D, 0, 0)]),
    # the others than the dead: still no one hurt
    ("Nobody else was hurt.", [("Nobody else was hurt", INJ, 0, 0)]),
    ("Everyone else aboard walked away uninjured.", [
        ("Everyone else aboard walked away uninjured", INJ, 0, 0)]),
    # --- several counts in one sentence ----------------------------------------------------------
    ("At least 25 people were killed and no one was hurt.", [
        ("At least 25 people were killed", D, 25, None), ("no one was hurt", INJ, 0, 0)]),
    ("No one was killed, but 34 troops suffered concussions.", [
        ("No one was killed", D, 0, 0), ("34 troops suffered concussions", INJ, 34, 34)]),
    ("Killing at least 25 and injuring 110.", [
        ("Killing at least 25", D, 25, None), ("injuring 110", INJ, 110, 110)]),
    ("Turnout was 42.57% with 24,512,404 votes cast.", [
        ("Turnout was 42.57%", T, 42.57, 42.57), ("24,512,404 votes", V, 24512404, 24512404)]),
    ("Iran has ninety missiles and two hundred and five rockets.", [
        ("ninety missiles", M, 90, 90), ("two hundred and five rockets", M, 205, 205)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_counts_found(text, expected):
    found = _found(text)
    assert [(t, r) for t, r, _, _ in found] == [(t, r) for t, r, _, _ in expected]
    for (_, _, low, high), (_, _, want_low, want_high) in zip(found, expected, strict=True):
        assert low == pytest.approx(want_low)
        assert (high is None) == (want_high is None)
        if want_high is not None:
            assert high == pytest.approx(want_high)


NOT_COUNTS = [
    # --- dates and times ---------------------------------------------------------------------
    "Soleimani was killed on January 3 in Baghdad.",
    "The vote was postponed to Feb. 21.",
    "The deal was signed on 3 January 2020.",
    "He died on January 3, 2020.",
    "Trump pulled out of the deal in 2018.",
    "The 2020 vote was marked by low turnout.",
    "The missiles hit at 5:30 pm on 2020-01-03.",
    "Missiles landed at 0130 GMT.",
    "Polls closed at 6 p.m. local time.",
    "The fire broke out on 01/03/2020.",
    "In the 2019-20 season, violence spread.",
    # --- ordinals, decades, durations and ages -----------------------------------------------
    "It was the 41st anniversary of the revolution.",
    "Protests marked the 1990s and the '80s.",
    "He was in power for 30 years.",
    "The 10-day ceasefire held.",
    "Ali Khamenei, 80, said the plan would fail.",
    "A 63-year-old man spoke.",
    "Talks lasted three hours.",
    # --- labels --------------------------------------------------------------------------------
    "Flight 752 crashed after take-off.",
    "F-35 jets flew over the COVID-19 ward.",
    "He spoke outside No. 10 Downing Street.",
    "Resolution 2231 endorsed the deal.",
    "Iran beat the U.S. 2-1 in 1998.",
    # --- number words that count nothing ----------------------------------------------------------
    "One of the two countries rejected the plan.",
    "The forty-first session opened.",
    "A few days later, talks resumed.",
    "No doubt the talks will fail.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_counts_not_counts(text):
    # a named person's age is a figure of age only, which only an age column meets
    assert [c for c in find_counts(text) if c.unit != "age"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Official turnout was 42.57%.", "percent"),
        ("Turnout was 42.57 percent.", "percent"),
        ("Roughly half of voters turned out.", "percent"),
        ("Support fell 3 percentage points.", "percentage points"),
        ("The Fed raised rates by 75 basis points.", "percentage points"),
        ("The Fed raised rates by half a percentage point.", "percentage points"),
        ("The deal is worth $2 billion.", "USD"),
        ("Iran lost 3.2 million rials.", "IRR"),
        ("Britain pledged £5m.", "GBP"),
        ("The election drew 24,512,404 votes.", ""),
    ],
)
def test_counts_unit(text, unit):
    (mention,) = find_counts(text)
    assert mention.unit == unit


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("About 100 people were wounded.", True),
        ("Nearly 2,000 people were detained.", True),
        ("Dozens of people were injured.", True),
        ("A dozen or so rockets landed.", True),
        ("At least 25 people were killed.", False),
        ("The crash killed 176 people.", False),
        ("No one was killed.", False),
    ],
)
def test_counts_approximate(text, approximate):
    (mention,) = find_counts(text)
    assert mention.approximate is approximate


@pytest.mark.parametrize(
    ("text", "value", "compatible"),
    [
        # "more than a hundred" must agree with 110 and not with 100
        ("More than a hundred people were hurt.", 110, True),
        ("More than a hundred people were hurt.", 100, False),
        ("At least 25 people were killed.", 25, True),
        ("Nearly 2,000 people were detained.", 2001, False),
        ("About 100 people were wounded.", 109, True),
        ("About 100 people were wounded.", 120, False),
    ],
)
def test_counts_range_agrees_with_value(text, value, compatible):
    (mention,) = find_counts(text)
    inside = mention.low <= value and (mention.high is None or value <= mention.high)
    assert inside is compatible


@pytest.mark.parametrize("count", [0])
def test_counts_seed_article_has_no_counts(count):
    # The seed article states no count: its numbers are dates ("January 3", "2018").
    assert len(find_counts(read_article(SEED_ARTICLE).text)) == count


# --- properties -------------------------------------------------------------------------------

_NEWSY = st.lists(
    st.sampled_from(
        [
            " ", ",", ".", "-", "%", "$", "1", "25", "2,000", "3.2", " million", " people",
            " killed", " injured", " no one was hurt", " at least", " about", " dozens",
            " between", " and", " to", " January", " 2018", " two", " hundred", " half of",
            " casualties", " votes", " turnout", "none of whom survived", "\n",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@given(st.one_of(st.text(max_size=200), _NEWSY))
def test_counts_offsets_hold_on_any_text(text):
    mentions = find_counts(text)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        assert mention.high is None or mention.low <= mention.high
        previous_end = mention.end
    assert find_counts(text) == mentions


@pytest.mark.parametrize("size", [1_000_000])
def test_counts_every_count_of_a_large_article(size):
    # its speed is measured side by side in benchmarks/bench_adversarial.py, not timed here
    paragraph = (
        "At least 25 people were killed and 110 injured, officials said on January 3, 2020. "
        "Turnout was 42.57% with 24,512,404 votes cast. No one was hurt in the second attack. "
    )
    text = (read_article(SEED_ARTICLE).text + paragraph) * (size // 3000)
    mentions = find_counts(text)
    assert len(mentions) >= 5 * (size // 3000)


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("Officials cut the death toll to 253 from 359.", [("359", D)]),
        ("They lowered the death toll to 97, down from the 115 they had reported.", [("115", D)]),
        # a bare "from" after no revised figure is no earlier figure
        ("The attack killed 12 people with support from 3 villages.", []),
    ],
)
def test_counts_the_figure_a_revision_replaced(text, previous):
    found = [(m.text, m.role) for m in find_counts(text) if m.previous]
    assert found == previous


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a price per unit is no amount of the event
        ("sold the company for $54.20 a share", [("$54.20 a share", CountRole.OTHER)]),
        ("selling stock at $38 apiece", [("$38 apiece", CountRole.OTHER)]),
        ("raised $16 billion", [("$16 billion", CountRole.MONEY)]),
        # the part counts what the whole counts; the whole is no figure of the event's
        ("won 159 of the 400 seats", [("159", CountRole.SEATS), ("400 seats", CountRole.OTHER)]),
    ],
)
def test_counts_prices_per_unit_and_wholes_keep_no_column_role(text, found):
    assert [(m.text, m.role) for m in find_counts(text)] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Fed raised rates by 75 basis points.", 0.75),
        ("The Fed raised rates by half a percentage point.", 0.5),
        ("The Fed raised its key rate by half a point.", 0.5),
        ("The bank cut by a quarter of a percentage point.", 0.25),
        ("It raised rates by three-quarters of a percentage point.", 0.75),
        ("The Fed cut its rate by a full percentage point.", 1.0),
        ("The Fed made a quarter-point cut.", 0.25),
    ],
)
def test_counts_a_rate_step_in_points(text, value):
    (step,) = find_counts(text)
    assert (step.unit, step.low, step.high) == ("percentage points", value, value)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the verb after the second count is the first's too
        ("Twenty-two Belgian schoolchildren and six adults were killed.", 28),
        ("Three soldiers and two civilians died in the blast.", 5),
    ],
)
def test_counts_victims_before_one_verb_are_one_toll(text, toll):
    (found,) = find_counts(text)
    assert (found.role, found.low, found.high) == (CountRole.DEATHS, toll, toll)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what else is counted, or what befell the first, is no victims' count
        ("Guinea reported 49 cases and 29 deaths.", [("49", CountRole.OTHER),
                                                     ("29 deaths", CountRole.DEATHS)]),
        ("A gunman killed 22 people and wounded 26.", [("killed 22 people", CountRole.DEATHS),
                                                       ("wounded 26", CountRole.INJURIES)]),
    ],
)  # fmt: skip
def test_counts_other_counts_before_and_are_not_joined(text, found):
    assert [(m.text, m.role) for m in find_counts(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "All 150 people on board — 144 passengers and six crew — were killed.",
        "All 150 people on board (144 passengers and 6 crew) were killed.",
    ],
)
def test_counts_a_breakdown_in_an_aside_gives_no_figures_of_its_own(text):
    assert [m.low for m in find_counts(text)] == [150]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # whom a part of a whole counts, past "of them"
        ("16 of the 29 aboard were killed (10 of them players).", ("player",)),
        # a name's words before the people noun: the noun says whom the number counts
        ("The crash killed 16 Humboldt Broncos players.", ("player", "humboldt", "bronco")),
    ],
)
def test_counts_whom_a_number_counts(text, counted):
    assert find_counts(text)[-1].counted == counted


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("The attack killed 30 people, mostly pilgrims.", [(16, 29, ("pilgrim",))]),
        ("A ferry carrying 476 people, most of them high school students, sank.",
         [(239, 475, ("student",))]),
        ("The blast killed 40 people, many of them workers.", [(1, 39, ("worker",))]),
        # no people noun: no share
        ("The quake killed 40 people, most of them in the old town.", []),
    ],
)  # fmt: skip
def test_counts_a_share_of_a_tolls_people(text, shares):
    found = find_shares(text, find_counts(text))
    assert [(m.low, m.high, m.counted) for m in found] == shares


@pytest.mark.parametrize(
    "text",
    ["The bomb killed 22 people, including the bomber.", "killing 50 people including the gunman"],
)
def test_counts_a_toll_that_counts_its_doer(text):
    (toll,) = find_counts(text)
    assert toll.role is CountRole.DEATHS and toll.counted[-1] in ("bomber", "gunman")


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The massacre was carried out by a 46-year-old gunman.", [46]),
        ("A 64-year-old retired shooter killed 58 people.", [64]),
        # a victim's age is no doer's
        ("A 9-year-old boy was killed.", []),
    ],
)
def test_counts_the_doers_age(text, ages):
    assert [m.low for m in find_counts(text) if m.unit == "age"] == ages


def test_counts_victims_joined_past_an_age_are_one_toll():
    (toll,) = find_counts("A gunman killed three 9-year-old children and three adults.")
    assert (toll.role, toll.low, toll.high) == (CountRole.DEATHS, 6, 6)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a preposition a number counts its own noun, not the verb's victims
        (
            "Eight were killed in shootings at three massage parlors.",
            [("Eight were killed", CountRole.DEATHS)],
        ),
        (
            "armed with two handguns, he killed five people",
            [("killed five people", CountRole.DEATHS)],
        ),
        (
            "killed 12 people in 3 attacks",
            [("killed 12 people", CountRole.DEATHS), ("3", CountRole.OTHER)],
        ),
        # a part of the toll is not the toll
        (
            "224 people died, including 27 children.",
            [("224 people died", CountRole.DEATHS), ("27", CountRole.OTHER)],
        ),
        # a level the toll stands at is the toll
        ("The death toll stood at 296.", [("death toll stood at 296", CountRole.DEATHS)]),
        # a part in words of a whole in figures: the part is the toll
        (
            "Eighteen of the 19 people aboard were killed.",
            [("Eighteen", CountRole.DEATHS), ("19 people aboard were killed", CountRole.OTHER)],
        ),
        ("Two of the three suspects were arrested.", []),
        # those who survived are no more victims
        ("Nine people died and four survived.", [("Nine people died", CountRole.DEATHS)]),
        # a measure is no toll, whatever verb follows it
        (
            "The magnitude 7.3 earthquake off Fukushima on March 16 killed four people.",
            [("7.3", CountRole.OTHER), ("killed four people", CountRole.DEATHS)],
        ),
        (
            "A quake measuring 5.9 killed 12 people.",
            [("5.9", CountRole.OTHER), ("killed 12 people", CountRole.DEATHS)],
        ),
    ],
)
def test_counts_a_number_after_a_preposition_or_a_part_is_no_toll(text, found):
    assert [(m.text, m.role) for m in find_counts(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Four people, including a 9-year-old boy, were killed on Wednesday.",
        "Eight people, six of them women, were killed on Tuesday.",
        "Ten people, among them a police officer, were killed.",
    ],
)
def test_counts_an_aside_does_not_part_a_count_from_its_verb(text):
    assert [str(c.role) for c in find_counts(text)][:1] == ["deaths"]


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("at a depth of 18 kilometres", ("depth", "km")),
        ("destroyed 30,000 houses", ("destroyed", "house")),
        ("a magnitude 7.5 quake", ("magnitude", "quake")),
        ("all 50 people aboard", ("board",)),
    ],
)
def test_counts_carry_the_words_that_say_what_they_count(text, nouns):
    assert find_counts(text)[0].nouns == nouns


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Host China won 48 gold medals in Beijing.", ("gold", "medal")),
        ("The collapse trapped 34 miners.", ("miner",)),
        ("It ended with 112 medals overall.", ("medal", "overall")),
        # an apposition says who all of them were
        ("The attack killed three people, all of them civilians.", ("civilian",)),
        ("Gunmen killed two people, both policemen, on Monday.", ("policemen",)),
    ],
)
def test_counts_carry_the_words_right_after_the_number(text, counted):
    assert find_counts(text)[0].counted == counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # temperatures, below zero too, and in either scale
        ("Lytton hit 47.9C on Tuesday.", [("47.9C", 47.9, ("lytton", "hit", "c"))]),
        ("Vostok recorded -89.2C.", [("-89.2C", -89.2, ("vostok", "recorded", "c"))]),
        ("temperatures reached 40.3C (104.5F)",
         [("40.3C", 40.3, ("temperature", "reached", "c")), ("104.5F", 104.5, ("reached", "f"))]),
        # a prison term, in figures or words
        ("He was sentenced to 26 years in prison.", [("26 years", 26.0, ("prison", "sentence", "year"))]),
        ("They were jailed for seventeen years.",
         [("seventeen years", 17.0, ("prison", "sentence", "year"))]),
        # a race time, in seconds
        ("Kipchoge clocked 2:01:09 in Berlin.", [("2:01:09", 7269.0, ("kipchoge", "clocked"))]),
        # a bound, another reading, a label: not the reading claimed
        ("Britain recorded a temperature above 40C.", []),
        ("Lytton beat the previous record of 45C.", []),
        ("Category 4C storms", []),
    ],
)  # fmt: skip
def test_counts_measures_temperatures_and_prison_terms(text, found):
    assert [(c.text, c.low, c.nouns) for c in find_counts(text)] == found


@pytest.mark.parametrize(
    "text", ["Exactly 31,000 workers walked off.", "Precisely 31,000 workers walked off."]
)
def test_counts_a_modifier_opening_a_sentence_is_no_name_the_number_labels(text):
    assert [c.low for c in find_counts(text)] == [31000.0]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Margaret Keenan, 91, received the first jab.", [91.0]),
        ("Patrons subdued the gunman, Anderson Lee Aldrich, 22.", [22.0]),
        # an age in a compound may be anyone's, a victim's: not read as one, but for the
        # doer's (test_counts_the_doers_age)
        ("A 9-year-old girl was among the three people killed.", []),
    ],
)
def test_counts_an_age_in_apposition_to_a_name_is_a_figure_of_age(text, ages):
    assert [c.low for c in find_counts(text) if c.unit == "age"] == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure glued after a number is its noun's, and it ends no clause
        (
            "A 6.0-magnitude quake near the town killed one person.",
            [("6.0", CountRole.OTHER, 6.0), ("killed one person", CountRole.DEATHS, 1.0)],
        ),
        ("A 7.0-magnitude quake struck the island.", [("7.0", CountRole.OTHER, 7.0)]),
        # a compound of time or size is still no count
        ("The 10-day visit to a 5-storey hotel ended.", []),
    ],
)
def test_counts_a_measure_glued_to_a_number(text, expected):
    assert [(m.text, m.role, m.low) for m in find_counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The final death toll from the collapse of the Morbi suspension bridge in Gujarat "
        "stood at 135.",
        "The death toll from the quake in the mountains of northern Afghanistan rose to 135.",
    ],
)
def test_counts_a_level_a_verb_sets_is_its_subjects_however_long(text):
    assert [(m.role, m.low) for m in find_counts(text)] == [(CountRole.DEATHS, 135.0)]
