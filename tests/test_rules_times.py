"""Tests that the time-expression rule tables are well formed and every rule is exercised."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claimcheck.rules import times as R
from claimcheck.rules import verdicts as verdict_rules
from claimcheck.times import _NORMALISERS, _expand, _match_at, find_times

TIMEML_MODS = {
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
}  # fmt: skip

WORD_TABLES = [
    "MONTHS", "AMBIGUOUS_MONTHS", "MONTH_INTRODUCERS", "WEEKDAYS", "AMBIGUOUS_WEEKDAYS",
    "NUMBER_WORDS", "VAGUE_QUANTITIES", "ORDINALS", "UNITS", "UNIT_MULTIPLIERS", "SEASONS",
    "PARTS_OF_DAY", "DAY_WORDS", "REF_WORDS", "RELATIVE_WORDS", "AGO_WORDS", "EVENT_WORDS",
    "EVENT_DAY_PHRASES", "SET_ADVERBS", "RATE_CONTEXT_WORDS", "AGE_OF_EVENTS",
    "DURATION_INTRODUCERS", "CALENDAR_MODS", "QUANTITY_MODS", "MODS_OUTSIDE_SPAN",
    "YEAR_BLOCKERS", "YEAR_PREVENTERS", "YEAR_INTRODUCERS", "FUTURE_CUES", "PAST_CUES",
    "PERIOD_END_WORDS", "UNIT_QUALIFIERS", "WEAK_FUTURE_CUES", "REPORTING_VERBS",
    "ADJECTIVE_MARKERS", "VAGUE_DURATIONS", "NOT_PAST_ED", "NOT_CUES", "BOUND_SIGNALS",
    "BOUND_ADVERBS", "SIGNALS_TO_A_FOLLOWING_DATE",
    "SOMEDAY_INTRODUCERS", "GENERIC_TODAY_NOUNS",
]  # fmt: skip


# word tables
@pytest.mark.parametrize("name", WORD_TABLES)
def test_rules_times_words_are_lowercase_and_trimmed(name):
    table = getattr(R, name)
    assert table, f"{name} is empty"
    for word in table:
        assert isinstance(word, str) and word == word.strip().lower() and "  " not in word, (
            name,
            word,
        )


@pytest.mark.parametrize("name", ["REPORTING_PERIODS"])
def test_rules_times_reporting_periods_are_timeml_durations(name):
    for value in getattr(R, name):
        assert re.fullmatch(r"P\d+[YQM]", value), value


@pytest.mark.parametrize(
    ("subset", "superset"), [("WEAK_FUTURE_CUES", "FUTURE_CUES"), ("REPORTING_VERBS", "PAST_CUES")]
)
def test_rules_times_cue_subsets_are_cues(subset, superset):
    # A weak future cue is looked up among the cues the tense scan finds, so it must be one.
    assert getattr(R, subset) <= getattr(R, superset)


def test_rules_times_every_bound_is_one_the_verdicts_compare():
    # A bound mod the verdict step does not know would be compared as the day itself.
    assert set(R.BOUND_SIGNALS.values()) == set(verdict_rules.BOUND_MODS)


def test_rules_times_every_calendar_mod_names_a_part_the_verdicts_compare():
    # A part ("early", "the end of") the verdict step does not know would confirm any day.
    assert set(R.CALENDAR_MODS.values()) == set(verdict_rules.PART_MODS)
    assert set(verdict_rules.NOT_PART_WORDS) <= set(R.CALENDAR_MODS)


def test_rules_times_not_past_ed_words_end_in_ed():
    # They exist only to cancel the "-ed" past-tense cue, which needs no help elsewhere.
    assert all(word.endswith("ed") and " " not in word for word in R.NOT_PAST_ED)


def test_rules_times_not_cues_begin_with_a_cue():
    # A phrase here only cancels a cue it starts with; anything else would never be consulted.
    assert all(phrase.split()[0] in R.FUTURE_CUES | R.PAST_CUES for phrase in R.NOT_CUES)


@pytest.mark.parametrize(("table", "low", "high"), [("MONTHS", 1, 12), ("WEEKDAYS", 0, 6)])
def test_rules_times_calendar_names_cover_every_number(table, low, high):
    values = getattr(R, table).values()
    assert set(values) == set(range(low, high + 1))


@pytest.mark.parametrize(
    ("subset", "superset"),
    [
        ("AMBIGUOUS_MONTHS", "MONTHS"),
        ("AMBIGUOUS_WEEKDAYS", "WEEKDAYS"),
        ("MODS_OUTSIDE_SPAN", "QUANTITY_MODS"),
        ("UNIT_MULTIPLIERS", "UNITS"),
    ],
)
def test_rules_times_subtables_name_known_words(subset, superset):
    assert set(getattr(R, subset)) <= set(getattr(R, superset))


@pytest.mark.parametrize("name", ["CALENDAR_MODS", "QUANTITY_MODS", "BOUND_SIGNALS"])
def test_rules_times_mods_are_timeml_mods(name):
    assert set(getattr(R, name).values()) <= TIMEML_MODS


@pytest.mark.parametrize("name", ["UNITS"])
def test_rules_times_units_are_well_formed(name):
    for word, (letter, clock, grain) in getattr(R, name).items():
        assert letter in {"S", "M", "H", "D", "W", "Q", "Y", "DE", "CE"}, word
        assert isinstance(clock, bool) and clock == (grain in {"second", "minute", "hour"}), word
        assert grain in R.UNIT_DAYS or clock, word


@pytest.mark.parametrize("name", ["UNIT_DAYS", "EVENT_VAGUE_OFFSETS"])
def test_rules_times_day_ranges_are_ordered_and_positive(name):
    for unit, (low, high) in getattr(R, name).items():
        # under a day a unit may start on the same day (low 0), but it always reaches forward
        assert 0 <= low <= high and high > 0, unit


@pytest.mark.parametrize("name", ["SEASONS"])
def test_rules_times_seasons_have_months(name):
    codes = set(getattr(R, name).values())
    assert codes == set(R.SEASON_MONTHS)
    for low, high in R.SEASON_MONTHS.values():
        assert 1 <= low < high <= 14 and high - low == 2


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("REF_WORDS", {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}),
        ("RELATIVE_WORDS", {-1, 0, 1}),
        ("AGO_WORDS", {-1, 1}),
        ("EVENT_WORDS", {-1, 1}),
    ],
)
def test_rules_times_table_values_are_known(name, allowed):
    assert set(getattr(R, name).values()) <= allowed


@pytest.mark.parametrize("name", ["SET_ADVERBS"])
def test_rules_times_set_values_are_durations(name):
    for word, value in getattr(R, name).items():
        assert re.fullmatch(r"P(T?\d+[HDWMY])", value), word


@pytest.mark.parametrize(
    ("first", "second"), [("FUTURE_CUES", "PAST_CUES"), ("YEAR_BLOCKERS", "YEAR_INTRODUCERS")]
)
def test_rules_times_opposite_cues_do_not_overlap(first, second):
    assert not set(getattr(R, first)) & set(getattr(R, second))


@pytest.mark.parametrize("name", ["YEAR_PLACEMENT_DAYS"])
def test_rules_times_year_placement_covers_every_tense(name):
    table = getattr(R, name)
    assert set(table) == {"past", "none", "future"}
    assert all(ahead > 0 and behind > 0 for ahead, behind in table.values())


@pytest.mark.parametrize("name", ["HOLIDAYS"])
def test_rules_times_holidays_fall_in_their_year(name):
    from claimcheck.times import _holiday

    for key, rule in getattr(R, name).items():
        assert rule[0] in {"fixed", "nth", "easter"}, key
        for year in (1990, 2000, 2024, 2031):
            assert _holiday(rule, year).year == year, key


# rules and fragments
@pytest.mark.parametrize(("name", "kind", "pattern"), R.RULES, ids=[r[0] for r in R.RULES])
def test_rules_times_each_rule_compiles_and_has_a_normaliser(name, kind, pattern):
    assert kind in _NORMALISERS
    re.compile(_expand(pattern), re.IGNORECASE)


@pytest.mark.parametrize("rules", [R.RULES])
def test_rules_times_rule_names_are_unique(rules):
    names = [name for name, _, _ in rules]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("fragments", [R.FRAGMENTS])
def test_rules_times_every_fragment_is_used(fragments):
    text = " ".join(p for _, _, p in R.RULES) + " ".join(fragments.values())
    unused = [name for name in fragments if "{" + name + "}" not in text]
    assert not unused


# one real-news example per rule: the rule matches it, and find_times tags it
RULE_EXAMPLES = {
    "holiday": ("Voters go to the polls on Election Day.", "Election Day"),
    "event_same_unit": ("He was elected in 1998 and resigned that year.", "that year"),
    "units_ahead": ("Talks will be hard in the weeks ahead.", "the weeks ahead"),
    "year_end": ("The plant will close by year-end.", "year-end"),
    "period": ("Third-quarter sales rose 5%. The latest period had a gain.", "The latest period"),
    "clock_date": ("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6"),
    "clock_day_month": (
        "The quake struck at 01:54 GMT on 11 November 2015.",
        "01:54 GMT on 11 November 2015",
    ),
    "clock_weekday": ("Talks broke off at noon Thursday.", "noon Thursday"),
    "clock_dayword": ("The curfew starts at 9 a.m. tomorrow.", "9 a.m. tomorrow"),
    "clock_alone": ("The victim was shot at 7:15 p.m. near the store.", "7:15 p.m."),
    "iso_date": ("Figures released 2020-01-03 show a fall.", "2020-01-03"),
    "numeric_date": ("The memo is dated 01/03/2020.", "01/03/2020"),
    "month_day_year": ("Soleimani was killed on January 3, 2020.", "January 3, 2020"),
    "day_month_year": ("The attack took place on 3 January 2020.", "3 January 2020"),
    "month_day_relyear": ("The plant closed on March 5 last year.", "March 5 last year"),
    "month_relyear": ("He was arrested in July last year.", "July last year"),
    "month_year": ("Inflation rose in January 2019.", "January 2019"),
    "weekday_month_day": ("Tuesday, Jan. 14, was the deadline.", "Tuesday, Jan. 14"),
    "month_day": ("Soleimani was killed on January 3.", "January 3"),
    "day_month": ("Voting ends 21 February, officials said.", "21 February"),
    "decade": ("Growth was strong throughout the 1990s.", "the 1990s"),
    "decade_words": ("Music of the sixties is back.", "the sixties"),
    "century": ("The temple dates from the 11th century.", "the 11th century"),
    "spoken_year": (
        "He could have used protection in nineteen seventy-nine.",
        "nineteen seventy-nine",
    ),
    "quarter_year": ("Net fell in the fourth quarter of 2019.", "the fourth quarter of 2019"),
    "year_quarter": ("A charge was taken in the 1988 second quarter.", "the 1988 second quarter"),
    "rel_quarter": ("Profit rose in the third quarter.", "the third quarter"),
    "named_quarter": ("Profit fell 5% in the latest quarter.", "the latest quarter"),
    "half_year": ("Earnings rose in the first half of 2019.", "the first half of 2019"),
    "rel_half": ("Growth will slow in the second half of the year.", "the second half"),
    "fiscal_year": ("In fiscal 1989, Elco earned $7.8 million.", "fiscal 1989"),
    "fiscal_rel": ("Sales rose in the current fiscal year.", "the current fiscal year"),
    "fiscal_the": ("Sales for the full year were $6.6 billion.", "the full year"),
    "season_year": ("The offensive began in the spring of 2019.", "the spring of 2019"),
    "year_season": ("The 2019 summer was the hottest.", "2019 summer"),
    "rel_season": ("Employment gains began last fall.", "last fall"),
    "season_relyear": ("The plan was drafted in the summer of last year.", "summer of last year"),
    "edge_part": ("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday"),
    "dayword_part": ("Rebels attacked yesterday morning.", "yesterday morning"),
    "rel_part": ("CBS first reported last night that the tomb was found.", "last night"),
    "dayword": ("The minister said yesterday that talks had failed.", "yesterday"),
    "event_day": ("The next day, the city was calm.", "The next day"),
    "event_rel_unit": ("The following week, talks resumed.", "The following week"),
    "count_event": ("Two days later, troops withdrew.", "Two days later"),
    "units_event": ("Weeks later, the deal collapsed.", "Weeks later"),
    "count_ago": ("Five people died two days ago.", "two days ago"),
    "units_ago": ("The company was thriving months ago.", "months ago"),
    "year_ago": ("The year-ago results were restated.", "year-ago"),
    "weekday_part": ("The blast occurred Thursday evening.", "Thursday evening"),
    "weekday_weekend": ("Talks continue Saturday-Sunday in Doha.", "Saturday-Sunday"),
    "event_weekday": ("Markets fell 4.5% from the previous Friday.", "the previous Friday"),
    "weekday": ("Officials said Friday that the border was closed.", "Friday"),
    "rel_month": ("The loss came last April.", "last April"),
    "end_of_unit": ("Shares fell by the end of the year.", "the end of the year"),
    "year_period": (
        "Net rose in the third quarter. In the 1988 period, it earned $20 million.",
        "the 1988 period",
    ),
    "the_units": ("Over the years many more patients were saved.", "the years"),
    "quarter_year_ago": (
        "Columbia lost money. For the quarter a year ago, it earned $16 million.",
        "the quarter a year ago",
    ),
    "week_of": ("A hearing is set for the week of March 6.", "the week of March 6"),
    "month_dayword": ("The vote is on June twenty-first.", "June twenty-first"),
    "unit_long": ("A decades-long feud ended.", "decades-long"),
    "vague_duration": ("It will take a while to recover.", "a while"),
    "unit_beyond": ("He left the week before last.", "the week before last"),
    "rel_unit": ("Prices fell last month.", "last month"),
    "rel_count_unit": ("The rate fell over the past three months.", "the past three months"),
    "rel_units": ("Kidnappings have risen in recent years.", "recent years"),
    "the_unit": ("Sales rose 5% in the year.", "the year"),
    "duration_adj": ("The government approved a five-year plan.", "five-year"),
    "duration": ("The talks lasted three days.", "three days"),
    "vague_units": ("The fighting has gone on for weeks.", "weeks"),
    "every_unit": ("The council meets every week.", "every week"),
    "every_month": ("The march is held each July.", "each July"),
    "set_adverb": ("The paper is published daily.", "daily"),
    "rate_unit": ("The plant earns $33 million a year.", "a year"),
    "month_alone": ("Sales fell in December, the company said.", "December"),
    "year": ("The policy was introduced in 2018.", "2018"),
    "ref": ("Joblessness is now at its highest level.", "now"),
}


@pytest.mark.parametrize("rules", [R.RULES])
def test_rules_times_every_rule_has_an_example(rules):
    assert set(RULE_EXAMPLES) == {name for name, _, _ in rules}


@pytest.mark.parametrize(("rule", "text", "span"), [(k, *v) for k, v in RULE_EXAMPLES.items()])
def test_rules_times_example_is_matched_by_its_rule(rule, text, span):
    rule_found, m = _match_at(text, text.index(span))
    assert m is not None and rule_found is not None
    assert rule_found.name == rule
    assert span in [t.text for t in find_times(text, date(2020, 2, 5))]
