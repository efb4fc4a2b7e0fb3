"""Phases of an event read alike in claims and records (claimcheck.events)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck.events as events_module
from claimcheck.event_types import relate_event_types
from claimcheck.events import anchor_phase, anchors_another_event, claim_phase, record_phases
from claimcheck.rules import events as rules

_PHASE_WORDS = sorted({w for _, p in rules.PHASES for w in re.findall(r"[a-z]{3,}", p)})


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("Finland formally joined NATO on Tuesday.", "took_effect"),
        ("Finland and Sweden formally applied to join NATO on Wednesday.", "application"),
        ("The GDPR entered into force on 24 May 2016.", "entry_into_force"),
        (
            "The Treaty of Lisbon, in force since 1 December 2009, reshaped the EU.",
            "entry_into_force",
        ),
        ("Lula was sworn in as president on Sunday.", "inauguration"),
        ("Brazil's electoral court declared Lula the winner on 30 October.", "result"),
        ("The last round of voting in the election was held on June 1.", "polling"),
        ("The referendum took place on June 23, 2016.", "polling"),
        ("Chandrayaan-3 lifted off from Sriharikota on Friday.", "launch"),
        ("The lander touched down near the south pole.", "landing"),
        ("Officials cut the death toll to 253 from 359.", "toll_revision"),
        ("Microsoft completed its takeover of Activision Blizzard in October 2023.", "took_effect"),
        ("Microsoft agreed to buy Activision Blizzard in January 2022.", "announcement"),
        ("Twitter's board agreed on Monday to sell the company to Elon Musk.", "announcement"),
        ("Microsoft said on Tuesday it would buy Activision Blizzard.", "announcement"),
        ("Twitter's board accepted Elon Musk's $44 billion offer on Monday.", "announcement"),
        ("Elon Musk took control of Twitter on 27 October 2022.", "took_effect"),
        ("Musk completed his $44 billion takeover of Twitter.", "took_effect"),
        ("Elon Musk completes his $44 billion takeover of Twitter.", "took_effect"),
        ("The inquiry published its final report on Wednesday.", "report"),
        ("The final report of the Grenfell Tower inquiry was published in 2024.", "report"),
        # the end of what lasted, said of the lasting thing, not of any clause
        ("The IC 814 hijacking ended at Kandahar on 31 December 1999.", "end"),
        ("Police stormed the cafe early on Tuesday, ending the siege.", "end"),
        ("The WHO declared the Zika emergency over in November 2016.", "end"),
        ("A rampage that ended at a convenience store killed four people.", None),
        ("Samoa declared a state of emergency over measles in November 2019.", None),
        ("The last troops left Iraq on Sunday, ending a war of almost nine years.", None),
        # a phase of another event that dates this one is not its own
        ("A week after Lula's inauguration, rioters stormed Congress.", None),
        ("A magnitude 7.8 earthquake struck southern Turkey.", None),
        ("Trump pulled out of the nuclear deal in 2018.", None),
        # "freed" is a ship's refloating only when a ship is what was freed
        ("The container ship Ever Given was freed on 29 March 2021.", "refloating"),
        ("Navy snipers killed three pirates and freed Captain Richard Phillips.", None),
        ("Eighty-two Chibok schoolgirls were freed on Saturday.", None),
    ],
)
def test_events_claim_phase(text, phase):
    assert claim_phase(text) == phase


def test_events_rounds_are_read_only_in_their_family():
    def fits(family):
        return relate_event_types("sanctions", family) is not False

    assert (
        claim_phase("The first round of sanctions took effect in August.", fits=fits)
        == "took_effect"
    )


@pytest.mark.parametrize(
    ("label", "statement", "phases"),
    [
        ("election (runoff) and result", "", ("runoff", "result", "polling")),
        ("moon_landing", "", ("landing",)),
        ("acquisition agreement announced", "", ("announcement",)),
        ("acquisition (agreed)", "", ("announcement",)),
        ("acquisition (completed)", "", ("took_effect",)),
        ("death toll revision", "", ("toll_revision",)),
        ("inquiry report", "", ("report",)),
        ("hijacking ends (hostages exchanged for prisoners)", "", ("end",)),
        ("end of health emergency", "", ("end",)),
        ("epidemic declared over (region)", "", ("end",)),
        ("building collapse", "The tower collapsed; it was demolished ten days later.", ()),
        ("sanctions", "US sanctions on Iran take effect on August 7.", ("took_effect",)),
    ],
)
def test_events_record_phases_from_label_then_main_clause(label, statement, phases):
    assert record_phases(label, statement) == phases


def test_events_a_label_phase_of_another_family_is_not_read():
    """A bank's "rescue" is no rescue of people from a disaster: with the label's kind
    (an acquisition) the family does not fit, and the statement gives the phase."""

    def fits(family):
        return relate_event_types("acquisition", family) is not False

    label, statement = "bank rescue takeover", "UBS agreed to take over Credit Suisse."
    assert record_phases(label, statement) == ("rescue",)
    assert record_phases(label, statement, fits=fits) == ("announcement",)


@pytest.mark.parametrize(
    ("text", "word", "anchored"),
    [
        ("They stayed aboard for weeks after the collapse.", "collapse", True),
        ("after Trump pulled out of the deal", "pulled", False),
    ],
)
def test_events_anchoring_words(text, word, anchored):
    assert anchors_another_event(text, text.index(word)) is anchored


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("The rest was demolished ten days after the collapse.", "event"),
        ("Sweden joined almost two years after it applied for membership.", "application"),
        ("They stormed Congress a week after Lula's inauguration.", "inauguration"),
        ("The boys were found nine days after they went missing.", "event"),
        ("The boys were found nine days later.", None),
    ],
)
def test_anchor_phase_reads_what_a_length_counts_from(text: str, phase: str | None) -> None:
    length_end = text.index(" after") if " after" in text else text.index(" later")
    assert anchor_phase(text, length_end) == phase


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        # a criminal trial opens, reaches a verdict, passes a sentence: three rows, three phases
        ("The trial of the former officer opened on March 8.", "trial_opening"),
        ("A jury found him guilty of murder on April 20.", "verdict"),
        ("He was sentenced to 22 1/2 years in prison on June 25.", "sentencing"),
    ],
)
def test_claim_phase_of_a_trial(text: str, phase: str) -> None:
    assert claim_phase(text) == phase


def test_record_phases_of_a_trial_row_that_gives_both() -> None:
    assert record_phases("criminal verdict and sentencing", "") == ("verdict", "sentencing")


@pytest.mark.parametrize("phases", [rules.PHASES])
def test_events_phase_patterns_are_lower_case(phases):
    # ASCII text is read lower-cased without IGNORECASE (events._LOWER_PHASES)
    for _, pattern in phases:
        assert not re.search(r"[A-Z]|\(\?[a-z]*-?[a-z]*i", re.sub(r"\\.", "", pattern)), pattern


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_PHASE_WORDS).flatmap(
                lambda w: st.sampled_from([w, w.upper(), w.title()])
            ),
            st.sampled_from([" ", " the ", " after ", ", ", ". ", "é", "K", "ſ", "İ", "3"]),
        ),
        max_size=25,
    ).map("".join)
)
def test_events_claim_phase_of_lowered_ascii_is_the_phase_of_the_text(text):
    expected = next(
        (
            m.lastgroup
            for m in events_module._PHASES.finditer(text)
            if not anchors_another_event(text, m.start())
        ),
        None,
    )
    assert claim_phase(text) == expected
