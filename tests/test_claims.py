"""extract_claims: clauses typed as events or as what cannot be checked, with their slots."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck.claims as claims_module
from claimcheck.articles import read_article
from claimcheck.claims import extract_claims
from claimcheck.errors import ArticleError
from claimcheck.models import ClaimKind, EntityKind, Sentence
from claimcheck.reference import load_reference
from claimcheck.rules import claims as rules
from claimcheck.seeds import SEED_ARTICLE


def claims_of(text, reference, published="2020-02-05"):
    return extract_claims(read_article(text, published=published), reference)


def only_checkable(text, reference, published="2020-02-05"):
    found = [c for c in claims_of(text, reference, published) if c.checkworthy]
    assert len(found) == 1, [(c.text, c.kind) for c in claims_of(text, reference, published)]
    return found[0]


# The seed article's checkable claims: (words in the claim, event type, value of its event time).
SEED_CLAIMS = [
    ("Soleimani was killed in a drone strike", "air_drone_strike", "2020-01-03"),
    ("missile attack against a US base", "missile_attack", "2020-01-05/2020-01-16"),
    ("Trump announced a US plan last month", "policy_announcement", "2020-01"),
    ("parliamentary elections on February 21", "election", "2020-02-21"),
    ("Rouhani lashed out at hardliners", "statement", "2020-W05"),
    ("pulled out of a multilateral nuclear deal", "policy_announcement", "2018"),
]


@pytest.mark.parametrize(("words", "event_type", "value"), SEED_CLAIMS)
def test_claims_seed_article_event_claims(words, event_type, value, reference):
    claims = extract_claims(read_article(SEED_ARTICLE), reference)
    claim = next(c for c in claims if words in c.text)
    assert claim.checkworthy and claim.kind is ClaimKind.EVENT
    assert claim.event_type == event_type
    assert claim.times[0].value == value


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("as much as it can, Iran’s Supreme Leader said", ClaimKind.PREDICTION),
        ("We believe Palestinian armed organisations", ClaimKind.QUOTE),
        ("Palestinian leaders reject it as biased", ClaimKind.CHARACTERISATION),
        ("Palestinians should confront the deal", ClaimKind.EXHORTATION),
        ("traitorous Arab leaders", ClaimKind.QUOTE),
        ("broadly seen as a gauge", ClaimKind.CHARACTERISATION),
        ("will not work", ClaimKind.PREDICTION),
        ("This is impossible for the Iranian people", ClaimKind.QUOTE),
    ],
)
def test_claims_seed_article_quotes_and_judgements_are_not_checkable(words, kind, reference):
    claims = extract_claims(read_article(SEED_ARTICLE), reference)
    claim = next(c for c in claims if words in c.text)
    assert not claim.checkworthy
    assert claim.kind is kind and claim.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # predictions and intentions
        ("Iran will hold parliamentary elections next year.", ClaimKind.PREDICTION),
        ("The United States is expected to impose new sanctions on Iran.", ClaimKind.PREDICTION),
        ("Officials said the elections could be postponed.", ClaimKind.PREDICTION),
        # calls to act
        ("Iran must release the detained sailors.", ClaimKind.EXHORTATION),
        ("Voters should go to the polls.", ClaimKind.EXHORTATION),
        # opinions and characterisations
        ("We believe the sanctions are unjust.", ClaimKind.OPINION),
        ("The deal was widely seen as a betrayal.", ClaimKind.CHARACTERISATION),
        ("The plan is a disgraceful surrender.", ClaimKind.CHARACTERISATION),
        # quotations
        ("“We will never surrender,” the minister said.", ClaimKind.QUOTE),
        ('"They lied about the strike," he told reporters.', ClaimKind.QUOTE),
        # nothing to check
        ("Tensions remain high in the region.", ClaimKind.OTHER),
    ],
)
def test_claims_not_checkable_kinds(text, kind, reference):
    claims = claims_of(text, reference)
    assert [c.kind for c in claims] == [kind]
    assert not claims[0].checkworthy and claims[0].reason


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A US drone strike killed the commander in Baghdad on January 3.", "air_drone_strike"),
        ("Iran fired ballistic missiles at the air base on January 8.", "missile_attack"),
        ("The Revolutionary Guards shot down the airliner on January 8.", "aircraft_shootdown"),
        ("Iran held parliamentary elections on February 21.", "election"),
        ("Washington re-imposed sanctions on Iran in November 2018.", "sanctions"),
        ("The United States withdrew from the nuclear deal in 2018.", "policy_announcement"),
        ("Trump unveiled his peace plan on January 28.", "policy_announcement"),
        ("The Guardian Council disqualified 90 lawmakers on January 13.", "disqualification"),
        ("Protesters stormed the embassy compound on December 31.", "storming"),
        ("Rouhani criticised the council on January 15.", "statement"),
        ("Two people were killed on Monday.", "killing"),
        ("Militants firebombed the draft board on August 17.", "arson"),
        ("Guerrillas kidnapped the ambassador on Tuesday.", "hostage_taking"),
        ("Palestinian guerrillas hijacked the airliner on September 6.", "hijacking"),
        ("Special forces launched their final assault on January 19.", "attack"),
        ("Australians rejected the Voice on Saturday, with 60% voting No.", "election"),
        # a bomb that did the deed; a crush in a stadium or a crowd
        ("A bomb brought down the bridge on August 1, killing 13.", "bombing"),
        ("A stadium crush in Malang killed 135 people on Saturday.", "stampede"),
        # the sense of a word by what is around it: a coach slams into a wall, a ferry
        # overturns with no object, a court overturns a ruling, fires erupt, talks collapse
        ("The coach slammed into a tunnel wall near Sierre on 13 March 2012.", "crash"),
        ("The ferry overturned near the dock at Ukara on Thursday.", "crash"),
        ("The appeals court overturned the conviction on Thursday.", "court_ruling"),
        ("The fires that erupted near Ruidoso on June 17 killed two people.", "fire"),
        ("The constitution was rejected by 55.8% of voters on 4 September 2022.", "election"),
        ("The Hanoi talks between Trump and Kim collapsed on Friday.", "summit"),
        ("The Fed cut its benchmark rate by a full percentage point on Sunday.", "statistic"),
    ],
)
def test_claims_event_type_from_cue_words(text, event_type, reference):
    assert only_checkable(text, reference).event_type == event_type


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Iran will hold parliamentary elections on February 21.", "2020-02-21"),
        ("The new rules are due to take effect on March 1.", "2020-03-01"),
        ("The cathedral will reopen on Dec. 14 after five years of work.", "2020-12-14"),
    ],
)
def test_claims_a_schedule_with_a_day_is_checked_not_predicted(text, value, reference):
    """A firm modal with a day on the calendar states a schedule: checked against the record
    of that event, where a guess ("next year", "will probably") stays a prediction."""
    claim = only_checkable(text, reference)
    assert claim.times[0].value == value


@pytest.mark.parametrize(
    "text",
    [
        "Iran will probably hold parliamentary elections on February 21.",
        "Analysts said elections could be held on February 21.",
        "Iran will hold another election in the spring.",
    ],
)
def test_claims_a_guess_about_a_day_stays_a_prediction(text, reference):
    claims = claims_of(text, reference)
    assert [c.kind for c in claims] == [ClaimKind.PREDICTION]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Trump announced on May 8 that the United States would withdraw from the deal.",
            "policy_announcement",
        ),
        (
            "The ministry confirmed on Monday that sanctions would take effect in August.",
            "sanctions",
        ),
    ],
)
def test_claims_a_reported_decision_is_not_a_prediction(text, event_type, reference):
    assert only_checkable(text, reference).event_type == event_type


@pytest.mark.parametrize(
    ("text", "first_value"),
    [
        # the time after the cue dates the event, not the day someone spoke of it
        (
            "Khamenei urged Iranians on February 5 to vote in the elections on February 21.",
            "2020-02-21",
        ),
        ("On January 3, a US drone strike killed Soleimani in Baghdad.", "2020-01-03"),
        # a day counted from a date: the day, not the date it is counted from
        ("A US drone strike killed Soleimani the day before January 3.", "2020-01-02"),
    ],
)
def test_claims_event_time_comes_first(text, first_value, reference):
    assert only_checkable(text, reference).times[0].value == first_value


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        (
            "Soleimani was killed on January 3, and Iran fired missiles at a US base days later.",
            ("2020-01-04", "2020-01-16"),
        ),
        (
            "Iran fired missiles at the Ain al-Asad base five days after the January 3 drone strike.",
            ("2020-01-08", "2020-01-08"),  # "N days after <event>" leans on the date after it
        ),
    ],
)
def test_claims_event_relative_time_resolves_against_the_previous_date(text, interval, reference):
    claims = [c for c in claims_of(text, reference) if c.event_type == "missile_attack"]
    relative = [t for c in claims for t in c.times if t.anchor == "event"]
    assert relative, claims
    low, high = interval
    assert relative[0].first.isoformat() >= low and relative[0].last.isoformat() <= high


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Khamenei called for a high turnout in the elections on February 21.", "Khamenei"),
        ("Iran held parliamentary elections on February 21, Rouhani said.", "Rouhani"),
    ],
)
def test_claims_speaker_is_not_an_actor_of_the_event(text, speaker, reference):
    claim = only_checkable(text, reference)
    assert all(speaker not in e.text for e in claim.entities)


@pytest.mark.parametrize(
    ("text", "low"),
    [("Turnout in Iran's February 21 parliamentary election was 62 percent.", 62)],
)
def test_claims_keep_a_count_whose_phrase_holds_a_date(text, low, reference):
    assert [c.low for c in only_checkable(text, reference).counts] == [low]


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not fire missiles at the air base on January 8.",
        "Iran denied shooting down the plane on January 8.",
    ],
)
def test_claims_negated_events_are_marked(text, reference):
    assert only_checkable(text, reference).negated


@pytest.mark.parametrize(
    "text", ["Khamenei said on Wednesday that Palestinians should confront the plan."]
)
def test_claims_have_ids_in_article_order(text, reference):
    claims = claims_of(text + " " + text, reference)
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Soleimani",
                "was killed",
                "on January 3",
                ",",
                ".",
                "“",
                "”",
                "Iran",
                "said",
                "will",
                "days later",
                "no one",
                "in Baghdad",
                "\n\n",
                "10",
                "people",
                "should",
                "after",
                ";",
            ]
        )
        | st.text(max_size=12),
        max_size=40,
    )
)
def test_claims_offsets_hold_on_any_text(reference, words):
    try:
        article = read_article(" ".join(words), published="2020-02-05")
    except ArticleError:
        return  # empty or binary text is refused with a clear error (tests/test_articles.py)
    for claim in extract_claims(article, reference):
        assert article.text[claim.start : claim.end] == claim.text
        for mention in (*claim.times, *claim.counts, *claim.entities):
            assert article.text[mention.start : mention.end] == mention.text
            assert claim.start <= mention.start and mention.end <= claim.end


@pytest.mark.parametrize(
    ("text", "kind", "checkworthy"),
    [
        # a known event named and dated, with no cue word for it
        ("The Iran nuclear deal took effect in January 2016.", ClaimKind.EVENT, True),
        # a vague head count does not make a judgement checkable
        (
            "The decision was a grave injustice to millions of Iranians.",
            ClaimKind.CHARACTERISATION,
            False,
        ),
        # a company announcing its own decision is no prediction
        (
            "Microsoft said on Monday it would buy LinkedIn for $26.2 billion.",
            ClaimKind.EVENT,
            True,
        ),
    ],
)
def test_claims_named_events_judgements_and_announcements(text, kind, checkworthy, reference):
    claims = claims_of(text, reference)
    assert [(c.kind, c.checkworthy) for c in claims] == [(kind, checkworthy)]


@pytest.mark.parametrize(
    ("text", "not_a_slot"),
    [
        ("BAGHDAD (Reuters) - A US drone strike killed Soleimani on January 3.", "Reuters"),
        ("Iran fired missiles at the base on Christmas Day.", "Christmas Day"),
        # the word after a dateline opens the sentence: a common noun there is no name
        ("LE BOURGET, France — Negotiators adopted the accord on 12 December 2015.", "Negotiators"),
        (
            "GENEVA (AP) - Scientists said on 4 July 2012 they had found a new particle.",
            "Scientists",
        ),
    ],
)
def test_claims_datelines_and_dates_are_not_names(text, not_a_slot, reference):
    claim = only_checkable(text, reference)
    assert all(not_a_slot not in e.text for e in claim.entities)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a Reuters dateline gives the day the story was filed, not the day of its event
        (
            "PERM, Russia, Sept 15 (Reuters) - An Aeroflot jet crashed near Perm on Sunday, "
            "killing all 88 people on board.",
            "2008-09-15",
            "2008-09-14",
        ),
        (
            "MADRID, Aug 21 (Reuters) - A Spanair jet crashed on take-off at Madrid on Wednesday.",
            "2008-08-21",
            "2008-08-20",
        ),
    ],
)
def test_claims_a_datelines_day_is_not_the_events(text, published, day, reference):
    claim = claims_of(text, reference, published=published)[0]
    assert [t.value for t in claim.times] == [day]
    # nor are its place and its region places of the event
    assert not any(e.text in {"PERM", "Russia", "MADRID"} for e in claim.entities)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # "after" opens a clause of its own only before a clause
        ("Tensions spiked between Iran and the US after Soleimani was killed on January 3.", 2),
        ("Cameron announced his resignation after the 2016 general election.", 1),
        ("The plane crashed six minutes after take-off on March 10, 2019.", 1),
    ],
)
def test_claims_after_cuts_only_before_a_clause(text, pieces, reference):
    assert len(claims_of(text, reference)) == pieces


@pytest.mark.parametrize(
    ("text", "first_value"),
    [
        # a written date outranks a named day beside it
        (
            "A truck hit Bastille Day crowds in Nice on July 14, 2016, killing 86 people.",
            "2016-07-14",
        ),
    ],
)
def test_claims_a_written_date_outranks_a_named_day(text, first_value, reference):
    assert only_checkable(text, reference, published="2019-04-17").times[0].value == first_value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # "that March" is March of the year the story is in, not of the published year
        (
            "Flight 370 vanished in March 2014. That March, rockets hit the base.",
            "2019-03-14",
            "2014-03",
        ),
        # a leap day in the published year must not break it
        (
            "The ceasefire collapsed in 2019. That February, rockets hit the base.",
            "2020-03-01",
            "2019-02",
        ),
    ],
)
def test_claims_that_month_is_of_the_year_last_named(text, published, value, reference):
    claims = claims_of(text, reference, published)
    assert claims[-1].times[0].value == value


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # a named day used as a label names an event, not a day of the published year
        ("A Halloween crowd crush in Itaewon killed 159 people.", False),
        ("Rockets hit the base on Christmas Day, killing three.", True),
    ],
)
def test_claims_a_named_day_used_as_a_label_is_not_placed(text, placed, reference):
    # a label is no time of the claim at all: it can neither confirm nor contradict a date
    times = only_checkable(text, reference, published="2022-11-05").times
    assert bool(times and times[0].first is not None) is placed


@pytest.mark.parametrize("copies", [60])
def test_claims_keep_offsets_on_a_long_article(copies, reference):
    """A long article (the seed many times over) keeps every span where it was found."""
    text = "\n\n".join([read_article(SEED_ARTICLE).text] * copies)
    claims = extract_claims(read_article(text, published="2020-02-05"), reference)
    assert len(claims) == copies * len(extract_claims(read_article(SEED_ARTICLE), reference))
    for claim in claims[-30:]:
        for mention in (*claim.times, *claim.counts, *claim.entities):
            assert claim.start <= mention.start and mention.end <= claim.end
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name listed with a place is one more place, known or not
        ("Bombs hit churches in Colombo, Negombo and Zarbutia on Sunday, killing 250.", "Zarbutia"),
        # a designator between the preposition and the name ("the northern city of")
        ("The storm made landfall near the northern city of Zarbutia on Wednesday.", "Zarbutia"),
        # a kind of place before the name, whatever comes before it
        ("The wildfire destroyed much of the town of Zarbutia on Tuesday.", "Zarbutia"),
        ("The quake struck the island of Zarbutia on Tuesday, killing 12.", "Zarbutia"),
        ("The prime minister was shot in the capital, Zarbutia, on Tuesday.", "Zarbutia"),
    ],
)
def test_claims_an_unknown_name_placed_by_its_words_is_a_place(text, name, reference):
    claim = only_checkable(text, reference, published="2019-04-25")
    (entity,) = [e for e in claim.entities if e.text == name]
    assert entity.kind is EntityKind.PLACE


def test_claims_an_unknown_name_after_a_place_but_not_listed_stays_a_party(reference):
    claim = only_checkable(
        "In Colombo, Zarbutia fired three rockets on Sunday.", reference, published="2019-04-25"
    )
    (entity,) = [e for e in claim.entities if e.text == "Zarbutia"]
    assert entity.kind is not EntityKind.PLACE


@pytest.mark.parametrize(
    ("text", "checkable"),
    [
        # a number of any kind about a named thing is a statement of fact
        ("The Zarbutia rover travelled about 100 metres across the surface.", True),
        ("A submarine built by Elon Musk's engineers carried two of the boys out.", True),
        # a vague amount is no number, and a number about nothing named says nothing to check
        ("Several of the boys could not swim.", False),
        ("The operation took three tries.", False),
    ],
)
def test_claims_a_number_about_a_named_thing_is_checkable(text, checkable, reference):
    claims = extract_claims(read_article(text, published="2018-07-11"), reference)
    assert any(c.checkworthy for c in claims) is checkable


@pytest.mark.parametrize(
    "text",
    [
        "Ninety-seven Liverpool supporters died in the crush in Sheffield on April 15, 1989.",
        # a clause of no cue word the rules know, and a people noun of the count rules
        "Ninety-seven Liverpool schoolgirls were freed in Sheffield on April 15, 1989.",
    ],
)
def test_claims_a_place_before_a_noun_of_people_says_where_they_are_from(text):
    known = load_reference(
        pd.DataFrame(
            {
                "id": ["crush", "derby"],
                "statement": ["A crush at a stadium killed 97.", "A match was played."],
                "date": ["1989-04-15", "1989-05-01"],
                "location": ["Sheffield", "Liverpool"],
            }
        ),
        name="places",
    )
    claim = only_checkable(text, known, published="1989-04-20")
    assert "Sheffield" in {e.text for e in claim.entities}
    assert "Liverpool" not in {e.text for e in claim.entities}
    assert "Liverpool" in {e.text for e in claim.context}


@pytest.mark.parametrize(
    "text",
    [
        "The US withdrawal from the Paris accord took effect on November 4, 2020.",
        "The US withdrawal from the Paris climate agreement took effect on November 4, 2020.",
    ],
)
def test_claims_a_place_before_a_text_names_the_text_not_where(text, reference):
    """A place that names a text agreed there ("the Paris accord") is not where the clause's
    event happened: it helps find the record, and is not compared."""
    claim = only_checkable(text, reference, published="2021-01-01")
    assert "Paris" not in {e.text for e in claim.entities}
    assert "Paris" in {e.text for e in claim.context}


def test_claims_a_prison_term_is_a_figure_not_a_time(reference):
    claim = only_checkable(
        "Francesco Schettino was sentenced to 16 years in prison on 11 February 2015.",
        reference,
        published="2015-03-01",
    )
    assert [t.text for t in claim.times] == ["11 February 2015"]
    assert [(c.text, c.low) for c in claim.counts] == [("16 years", 16.0)]


def test_claims_a_possessive_time_in_a_revision_dates_the_event_not_the_revision(reference):
    text = "Officials on Sunday lowered the death toll from Friday's train crash to 275."
    claim = only_checkable(text, reference, published="2023-06-05")
    assert [(t.text, t.of_another_phase) for t in claim.times] == [
        ("Sunday", False),
        ("Friday", True),
    ]


def test_claims_a_possessive_time_of_the_claims_own_event_is_its_date(reference):
    claim = only_checkable("Turnout in Sunday's election reached 82.5 percent.", reference)
    assert [(t.text, t.of_another_phase) for t in claim.times] == [("Sunday", False)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the start of a state is not the date of the clause's event
        ("The party lost the majority it had held since 1994 in the vote on Sunday.", "Sunday"),
        # a relative clause about someone dates something else
        ("Andrew Devine, who was injured in Sheffield in 1989, died on Tuesday.", "Tuesday"),
    ],
)
def test_claims_a_time_that_dates_something_else_comes_after_the_events(text, first, reference):
    claim = only_checkable(text, reference)
    assert claim.times[0].text == first


def test_claims_names_in_a_relative_clause_are_context_not_slots(reference):
    text = "Andrew Devine, who was injured in Sheffield in 1989, died on Tuesday."
    claim = only_checkable(text, reference)
    assert "Sheffield" not in [e.text for e in claim.entities]
    assert "Sheffield" in [e.text for e in claim.context]


@pytest.mark.parametrize(
    "text",
    [
        "The Cutro shipwreck happened off the coast of Sicily.",
        "Colonial Pipeline was hit by the REvil ransomware gang.",
        "Silicon Valley Bank was closed by New York regulators.",
    ],
)
def test_claims_a_place_or_party_of_a_named_thing_is_checkable(text, reference):
    """No date and no number, but a place or a party stated of a named thing: a statement of
    fact, unverifiable at worst, never "not checkable"."""
    assert only_checkable(text, reference).kind is ClaimKind.EVENT


@pytest.mark.parametrize(
    "text",
    [
        "The Beslan siege was the darkest chapter of Vladimir Putin's presidency.",
        "The Doha deal amounted to a surrender to the Taliban.",
        "Tensions rose between Iran and the United States.",
        # what ought to be, of an event it names and dates
        "Everyone charged over January 6 deserves a pardon.",
    ],
)
def test_claims_names_in_a_judgement_or_a_mood_are_not_checkable(text, reference):
    assert not any(c.checkworthy for c in claims_of(text, reference))


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("A rocket hit a military base just north of Baghdad on January 8.", "Baghdad"),
        ("A freight train derailed near the Pennsylvania line on Friday.", "Pennsylvania"),
    ],
)
def test_claims_a_place_the_event_was_near_is_a_landmark_not_its_place(text, landmark, reference):
    claim = only_checkable(text, reference)
    assert [e.text for e in claim.landmarks] == [landmark]
    assert landmark not in [e.text for e in claim.entities]


def test_claims_off_the_coast_of_a_place_is_in_its_waters(reference):
    """Off the coast of Norway is in Norway's waters: Norway is where, compared as a place."""
    claim = only_checkable(
        "A fire broke out on a platform off the coast of Norway on July 6, 1988.", reference
    )
    assert "Norway" in [e.text for e in claim.entities]
    assert "Norway" not in [e.text for e in claim.landmarks]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a year right after a name is part of it: Euro 2020 was played in 2021
        ("Italy won Euro 2020 on penalties on July 11, 2021.", ["2021-07-11"]),
        ("In 2020 Iran held elections.", ["2020"]),
        # at the start of a sentence too
        ("Rio 2016 closed on August 21.", ["2019-08-21"]),
        ("Both of Hollywood's 2023 strikes ended in September.", ["2023", "2019-09"]),
    ],
)
def test_claims_a_year_in_a_name_is_no_date(text, values, reference):
    claims = [c for c in claims_of(text, reference) if c.checkworthy]
    assert sorted(t.value for c in claims for t in c.times) == sorted(values)


# -- what a claim's words say beyond its slots, read once for the verdict -------------------

# fmt: off
READINGS = pd.DataFrame(
    [
        ["quit-1974", "President Arthur Adams resigns, and Vice President Bea Brook is sworn in.",
         "1974-08-09", "resignation", "Strelsau", "Ruritania", "Arthur Adams;Bea Brook", "Flight 17"],
        ["strike-2020", "A drone strike by Ruritania kills General Karimi and his aide.",
         "2020-01-03", "air_drone_strike", "Zenda", "Ruritania", "General Karimi;Ruritania", ""],
    ],
    columns=["id", "statement", "date", "event_type", "location", "country", "actors", "aliases"],
)
# fmt: on


@pytest.fixture(scope="module")
def readings():
    return load_reference(READINGS, name="readings")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the name right before a verb cue, the cue's kind, and whether the name undergoes it
        ("Arthur Adams resigned on August 9, 1974.", ("Arthur Adams", False, "resignation", None)),
        ("General Karimi was killed in a drone strike on January 3, 2020.",
         ("General Karimi", True, "killing", None)),
        # a verb no cue names: its stem
        ("Bea Brook walked to Strelsau on August 9, 1974.", ("Bea Brook", False, None, "walk")),
        # no name before the verb
        ("A drone strike killed General Karimi on January 3, 2020.", None),
    ],
)  # fmt: skip
def test_claims_read_who_does_the_verb(text, subject, readings):
    found = only_checkable(text, readings, "2024-01-01").subject
    if subject is None:
        assert found is None
    else:
        assert (found.entity.name, found.passive, found.event_type, found.stem) == subject


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("Arthur Adams won the vote on June 23, 2016.", [("winner", "Arthur Adams", ())]),
        ("Bea Brook lost the vote on June 23, 2016.", [("loser", "Bea Brook", ())]),
        ("Ruritania voted to leave the Union on June 23, 2016.",
         [("result", "to leave the Union", ())]),
        ("The court ruled by a 5-4 vote on June 23, 2016.", [("tally", "5-4", ("5", "4"))]),
        # a share of the vote is no victory
        ("Arthur Adams won 48.4% of the vote on June 23, 2016.", []),
    ],
)  # fmt: skip
def test_claims_read_the_outcomes_stated(text, outcomes, readings):
    found = only_checkable(text, readings, "2024-01-01").outcomes
    assert [(o.role, o.stated, o.digits) for o in found] == outcomes


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Bea Brook resigned after the 2016 referendum.",
         [("after the 2016 referendum", ("after", "refer"))]),
        # a clause of its own ("before fleeing the country")
        ("Bea Brook resigned on August 9, 1974 before fleeing the country.",
         [("before fleeing the country", ("befor", "fleei", "count"))]),
        # a date is no other event
        ("Bea Brook resigned after August 9, 1974.", []),
    ],
)  # fmt: skip
def test_claims_read_the_other_events_a_claim_is_dated_by(text, qualifiers, readings):
    found = only_checkable(text, readings, "2024-01-01").qualifiers
    assert [(q.text, q.stems) for q in found] == qualifiers


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("The two people killed in the crash on June 2, 2017 were a father and son.",
         ("a father and son", ("fathe", "son"))),
        ("The jet in Saturday's incident had a cracked windshield.",
         ("a cracked windshield", ("crack", "winds"))),
        ("The pilot in the Payson accident on June 4, 2017 was a teenage student, police said.",
         ("a teenage student", ("teena", "stude"))),
        # a passive, a progressive, a share of the dead, a perfect: the slots read those
        ("Two people were killed in the crash on June 2, 2017.", None),
        ("The pilot was flying over a lake on June 2, 2017.", None),
        ("A flight instructor was among the four killed on June 2, 2017.", None),
        ("Two people had died in the crash on June 2, 2017.", None),
        # a figure or a date is a slot
        ("Turnout in the referendum on June 23, 2016 was 72.2%.", None),
    ],
)  # fmt: skip
def test_claims_read_what_a_claim_says_its_event_was(text, attribute, readings):
    found = only_checkable(text, readings, "2024-01-01").attribute
    assert (found.text, found.stems) == attribute if attribute else found is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Bea Brook said Flight 17 crashed on August 9, 1974.", ("Flight 17",)),
        # a named event after a temporal preposition dates the claim: it is not its event
        ("Bea Brook resigned on the day after Flight 17.", ()),
    ],
)
def test_claims_named_events_leave_out_those_that_date_the_claim(text, named, readings):
    assert only_checkable(text, readings, "2024-01-01").named_events == named


@pytest.mark.parametrize(
    ("text", "word", "demonym"),
    [
        ("Iranian missiles struck a US base on January 8, 2020.", "Iranian", True),
        ("Iran fired missiles at a US base on January 8, 2020.", "Iran", False),
    ],
)
def test_claims_mark_a_state_named_by_its_peoples_word(text, word, demonym, reference):
    claim = only_checkable(text, reference)
    assert next(e for e in claim.entities if e.text == word).demonym is demonym


def test_claims_the_ruling_party_is_no_court_ruling(reference):
    text = "Lai Ching-te of the ruling Democratic Progressive Party won the election on Saturday."
    assert only_checkable(text, reference).event_type == "election"


_CUE_WORDS = sorted(
    {w for pattern, _, _ in rules.EVENT_CUES for w in re.findall(r"[a-z]{3,}", pattern)}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_CUE_WORDS).flatmap(
                lambda w: st.sampled_from([w, w.upper(), w.title(), w[:-1] + w[-1].upper()])
            ),
            st.sampled_from([" ", "  ", "-", ", ", ". ", "'s ", "é", "K", "ſ", "İ", "1", "the"]),
        ),
        max_size=30,
    ).map("".join)
)
def test_claims_cues_of_lowered_ascii_are_the_cues_of_the_text(text):
    # the fast path (ASCII lower-cased, each pattern only where a word it needs is) finds what
    # the rules' patterns find
    expected = [
        (m.start() + 7, m.end() + 7, event_type, priority)
        for pattern, event_type, priority in claims_module._CUES
        for m in pattern.finditer(text)
    ]
    found = [(c.start, c.end, c.event_type, c.priority) for c in claims_module._cues(text, 7)]
    assert found == expected


def _quoted_spans_char_by_char(text: str) -> list[tuple[int, int]]:
    """The quotation spans read one character at a time: what the fast path must give."""
    spans: list[tuple[int, int]] = []
    opened = None
    for i, char in enumerate(text):
        if opened is None and not spans and char in rules.UNAMBIGUOUS_CLOSING_QUOTES:
            spans.append((0, i + 1))
        elif opened is None:
            if char in rules.QUOTE_PAIRS and not (char == "‘" and i and text[i - 1].isalpha()):
                opened = (char, i)
        elif char == rules.QUOTE_PAIRS[opened[0]]:
            spans.append((opened[1], i + 1))
            opened = None
    if opened is not None:
        spans.append((opened[1], len(text)))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab '\"“”‘’«»„.x"), max_size=40))
def test_claims_quoted_spans_are_read_at_the_quotation_marks(text):
    sentence = Sentence(0, 0, len(text), text)
    assert claims_module._quoted_spans(sentence) == _quoted_spans_char_by_char(text)


_BOUNDARY_TEXT = st.lists(
    st.sampled_from(
        ["The", "strike", "killed", "ten", ";", ",", " but ", " BUT ", " and ", " And ", " while ",
         " which ", " said ", " Said ", " after ", " After ", " the ", " was ", " é ", ". ", " K",
         " because ", " Because ", ", prompting ", ", NOTING ", " although ", ", seen as "]
    ),
    max_size=25,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_BOUNDARY_TEXT)
def test_claims_clauses_of_lowered_ascii_are_the_clauses_of_the_text(text):
    sentence = Sentence(0, 0, len(text), text)
    found = claims_module._clauses(sentence, [])
    fast = claims_module._LOWER_BOUNDARIES
    claims_module._LOWER_BOUNDARIES = claims_module._BOUNDARIES  # IGNORECASE, as on the text
    try:
        assert found == claims_module._clauses(sentence, [])
    finally:
        claims_module._LOWER_BOUNDARIES = fast


@pytest.mark.parametrize(
    ("text", "slots", "passing"),
    [
        # the ends of a journey are not where its event happened
        ("A plane carrying 90 people to Tehran crashed near Bishkek on August 24, 2008.",
         ["Bishkek"], ["Tehran"]),
        ("The Air Iberia jet bound for Paris went down on June 1, 2009.", ["Air Iberia"],
         ["Paris"]),
        # any name where a journey goes or comes from, known to a gazetteer or not
        ("The Air Iberia jet bound for the Zarbutia Islands went down on June 1, 2009.",
         ["Air Iberia"], ["Zarbutia Islands"]),
        ("An Air Iberia Boeing 737 from Istanbul crashed near Bishkek on June 1, 2009.",
         ["Air Iberia Boeing", "Bishkek"], ["Istanbul"]),
    ],
)  # fmt: skip
def test_claims_the_end_of_a_journey_is_said_in_passing(text, slots, passing, reference):
    claim = only_checkable(text, reference, published="2010-01-01")
    assert [e.text for e in claim.entities + claim.landmarks] == slots
    assert [e.text for e in claim.context if e.text in passing] == passing


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the operator of a craft is named by the words before its model
        ("A Hewa Bora Airways DC-9 crashed in Goma on April 15, 2008.", ["Hewa Bora Airways"]),
        # a flight's number is part of its name
        ("Malaysia Airlines Flight MH370 vanished on March 8, 2014.",
         ["Malaysia Airlines Flight MH370"]),
    ],
)  # fmt: skip
def test_claims_a_craft_is_named_by_its_operator(text, names, reference):
    claim = only_checkable(text, reference, published="2015-01-01")
    assert [e.text for e in claim.entities if e.kind is not EntityKind.PLACE] == names


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # a place's facility is near the place: Narita airport serves Tokyo from 60 km away
        ("The jet crashed at Bozeman airport on March 22, 2009.", "Bozeman"),
        ("A rocket hit the Baghdad airport on January 5, 2020.", "Baghdad"),
    ],
)
def test_claims_a_facility_of_a_place_puts_the_event_near_it(text, landmark, reference):
    claim = only_checkable(text, reference, published="2022-01-01")
    assert [e.text for e in claim.landmarks] == [landmark]


def test_claims_a_name_with_a_number_is_no_town(reference):
    """ "Line 5", "Terminal 2": one of a series, not a place even after "into"."""
    claim = only_checkable("Floodwater poured into Line 5 on July 20, 2021.", reference)
    assert all(e.kind is not EntityKind.PLACE for e in claim.entities)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militants seized a school in Beslan on September 1, 2004.", "Militants"),
        ("Explosions at a warehouse in Tianjin killed 173 people in August 2015.", "Explosions"),
    ],
)
def test_claims_a_common_noun_opening_a_sentence_is_no_name(text, word, reference):
    claim = only_checkable(text, reference, published="2016-01-01")
    assert word not in [e.text for e in (*claim.entities, *claim.context)]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Colombian voters rejected the peace deal in a plebiscite on Sunday.", ["rejected"]),
        ("Irish voters approved the amendment in a referendum in May 1998.", ["approved"]),
        # in a claim of no vote, approving is no vote's outcome
        ("The board approved the takeover on Monday.", []),
    ],
)
def test_claims_which_way_a_vote_went(text, roles, reference):
    claim = only_checkable(text, reference)
    assert [o.role for o in claim.outcomes if o.role in ("approved", "rejected")] == roles


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Two quakes hit the region on 26 October and on 25 November.", ["25 November"]),
        ("The polls were held in 2015 or 2016, officials said.", ["2016"]),
        # a date beside another that says something else of it is no list
        ("The Fed raised rates on Wednesday, its first hike since 2018.", []),
        ("The quake struck on a Sunday evening in September 2018.", []),
    ],
)
def test_claims_a_date_listed_beside_another_is_marked(text: str, listed: list[str]) -> None:
    [claim] = extract_claims(read_article(text, published="2019-01-01"))
    assert [t.text for t in claim.times if t.listed] == listed


@pytest.mark.parametrize(
    ("text", "sole"),
    [
        ("The earthquake struck only Tanzania, killing 23 people in 2016.", ["Tanzania"]),
        ("The floods hit solely in Kenya in May 2018.", ["Kenya"]),
        ("The earthquake struck Tanzania and Uganda in 2016.", []),
    ],
)
def test_claims_a_place_said_to_be_the_only_one_is_read(text: str, sole: list[str]) -> None:
    [claim] = extract_claims(read_article(text, published="2019-01-01"))
    assert [e.text for e in claim.sole_places] == sole


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("Finland and Sweden both joined NATO in 2023.", [["Finland"], ["Sweden"]]),
        ("Both Kipchoge and Kiptum set world records in Berlin.", [["Kipchoge"], ["Kiptum"]]),
        ("The El Paso and Dayton shootings each killed people in 2019.", [["El Paso"], ["Dayton"]]),
        # a possessive keeps a phrase's names together; auxiliaries may stand before "both"
        (
            "Japan's Kumamoto and Ecuador's coast were both struck by earthquakes in April 2016.",
            [["Japan", "Kumamoto"], ["Ecuador"]],
        ),
        # "each other" gives nothing to each; without the word, "and" may join doers of one deed
        ("Israel and Hamas accused each other of breaking the truce in 2014.", []),
        ("Israel and Hamas agreed a ceasefire in August 2014.", []),
    ],
)
def test_claims_names_given_the_verb_each_are_read(text: str, each: list[list[str]]) -> None:
    [claim] = extract_claims(read_article(text, published="2024-05-01"))
    assert [[e.text for e in group] for group in claim.conjuncts] == each


def test_claims_each_conjunct_is_the_claim_without_the_others_names() -> None:
    [claim] = extract_claims(read_article("Finland and Sweden both joined NATO in 2023.",
                                          published="2024-05-01"))  # fmt: skip
    finland, sweden = claims_module.each_conjunct(claim)
    assert [e.text for e in finland.entities] == ["Finland", "NATO"]
    assert [e.text for e in sweden.entities] == ["Sweden", "NATO"]
    assert finland.times == sweden.times == claim.times
    assert not finland.conjuncts and not sweden.conjuncts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a name its designator calls a place, whether capitalised or after it
        (
            "A quake jolted Alaska's Kenai Peninsula on 24 January 2016.",
            {"Kenai Peninsula", "Alaska"},
        ),
        (
            "A quake killed 50 people in Japan's Kagoshima prefecture on 16 April 2016.",
            {"Kagoshima", "Japan"},
        ),
        # a state whose possessive opens a place is where it happened, not a party
        ("A quake struck Iran's Hindu Kush region on 26 October 2015.", {"Iran"}),
        # an adjective before "island of" is no place: the name after "of" is
        ("The ship ran aground off the Tuscan island of Giglio in January 2012.", set()),
    ],
)
def test_claims_places_named_by_their_designators_and_containers(
    text: str, places: set[str]
) -> None:
    [claim] = extract_claims(read_article(text, published="2017-01-01"))
    stated = {
        e.text
        for e in (*claim.entities, *claim.context, *claim.landmarks)
        if e.kind is EntityKind.PLACE
    }
    assert places <= stated
    assert not {"Tuscan"} & stated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # what a disaster struck is where it happened, whether a table names it or not
        ("A magnitude 7.0 quake struck Fiji on 29 April 2016.", "Fiji"),
        ("Typhoon Mawar battered Guam on 24 May 2023.", "Guam"),
        ("Floods swept Kerala in August 2018.", "Kerala"),
    ],
)
def test_claims_what_a_disaster_struck_is_its_place(text: str, place: str) -> None:
    [claim] = extract_claims(read_article(text, published="2024-01-01"))
    assert [e.text for e in claim.entities if e.kind is EntityKind.PLACE] == [place]


@pytest.mark.parametrize(
    ("text", "places", "parties"),
    [
        # after "off", "on", "beneath"... a name is a place when it is known as one
        ("The ferry sank off Dakar in 2002, killing 1,800.", {"Dakar"}, set()),
        ("The MV Zarbutia capsized on Lake Tanganyika on Thursday.", {"Lake Tanganyika"}, set()),
        ("The dam, on the Yellow River, was finished in July 2012.", {"Yellow River"}, set()),
        # ... and a name of anything else follows them too
        ("Zarbutia Corp posted the video on Twitter on Thursday.", set(), {"Twitter"}),
        # a city or region before a local institution's noun is where it is
        ("A Shanghai court ordered the liquidation on 29 January 2024.", {"Shanghai"}, set()),
        ("The liner was launched at a Glasgow shipyard in 1911.", {"Glasgow"}, set()),
        # not before any noun: a surname that names a town too is still a person
        ("A Clinton aide resigned on 29 January 2024.", set(), {"Clinton"}),
    ],
)
def test_claims_a_known_place_after_its_words_is_a_place(text, places, parties):
    [claim] = extract_claims(read_article(text, published="2024-02-01"))
    named = {e.text: e.kind for e in (*claim.entities, *claim.landmarks)}
    assert {n for n, kind in named.items() if kind is EntityKind.PLACE} == places
    assert all(named[n] is not EntityKind.PLACE for n in parties)


@pytest.mark.parametrize(
    ("text", "stated", "context"),
    [
        # the sea names where on the coast of the place whose possessive opens it
        ("A quake struck off Mexico's Pacific coast on 17 December 2015.", {"Mexico"}, {"Pacific"}),
        # without the possessive, the coast's place is stated
        ("A rig exploded off the Louisiana coast on 20 April 2010.", {"Louisiana"}, set()),
    ],
)
def test_claims_a_named_coast_of_a_place(text: str, stated: set[str], context: set[str]) -> None:
    [claim] = extract_claims(read_article(text, published="2016-01-01"))
    places = {e.text for e in (*claim.entities, *claim.landmarks) if e.kind is EntityKind.PLACE}
    assert stated <= places and not context & places
    assert context <= {e.text for e in claim.context}
