"""Tests for claimcheck.sentences: splitting news text into sentences with offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.articles import read_article
from claimcheck.models import Article
from claimcheck.rules import sentences as rules
from claimcheck.seeds import SEED_ARTICLE
from claimcheck.sentences import split_sentences

CASES = [
    # --- plain sentence ends -------------------------------------------------------------------
    (
        "Iran fired missiles at a US base. No one was killed.",
        ["Iran fired missiles at a US base.", "No one was killed."],
    ),
    (
        "Was the strike legal? Experts disagree! The debate goes on.",
        ["Was the strike legal?", "Experts disagree!", "The debate goes on."],
    ),
    (
        "Turnout fell to 42.57% in 2020. It was the lowest since 1979.",
        ["Turnout fell to 42.57% in 2020.", "It was the lowest since 1979."],
    ),
    ("Khamenei spoke in Tehran", ["Khamenei spoke in Tehran"]),
    ("  Rouhani spoke on state TV.  \n", ["Rouhani spoke on state TV."]),
    # --- abbreviations that never end a sentence ------------------------------------------------
    (
        "Mr. Trump spoke to Dr. Fauci on Tuesday.",
        ["Mr. Trump spoke to Dr. Fauci on Tuesday."],
    ),
    (
        "Gen. Qassem Soleimani was killed. Lt. Col. Smith confirmed it.",
        ["Gen. Qassem Soleimani was killed.", "Lt. Col. Smith confirmed it."],
    ),
    (
        "Protesters gathered in St. Petersburg on Sunday.",
        ["Protesters gathered in St. Petersburg on Sunday."],
    ),
    (
        "The case is Iran vs. United States. It opens today.",
        ["The case is Iran vs. United States.", "It opens today."],
    ),
    (
        "He spoke outside No. 10 Downing Street. Reporters waited.",
        ["He spoke outside No. 10 Downing Street.", "Reporters waited."],
    ),
    (
        "Sen. Warren and Rep. Omar criticised the strike.",
        ["Sen. Warren and Rep. Omar criticised the strike."],
    ),
    (
        "Iran (pop. 83 million) votes on Friday. Turnout may be low.",
        ["Iran (pop. 83 million) votes on Friday.", "Turnout may be low."],
    ),
    # --- abbreviations and acronyms that may end a sentence -------------------------------------
    (
        "The U.S. and the U.N. condemned the attack.",
        ["The U.S. and the U.N. condemned the attack."],
    ),
    (
        "Iran blamed the U.S. The Pentagon did not comment.",
        ["Iran blamed the U.S.", "The Pentagon did not comment."],
    ),
    (
        "The missiles struck at about 1:30 a.m. local time on Jan. 8.",
        ["The missiles struck at about 1:30 a.m. local time on Jan. 8."],
    ),
    (
        "The strike came at 5:30 p.m. The base had been warned.",
        ["The strike came at 5:30 p.m.", "The base had been warned."],
    ),
    (
        "Voting ends on Feb. 21 in all provinces.",
        ["Voting ends on Feb. 21 in all provinces."],
    ),
    (
        "Shares of Boeing Co. fell 3%. Analysts were surprised.",
        ["Shares of Boeing Co. fell 3%.", "Analysts were surprised."],
    ),
    (
        "The deal was signed with Acme Inc. The terms were not disclosed.",
        ["The deal was signed with Acme Inc.", "The terms were not disclosed."],
    ),
    (
        "The U.S. Defense Department said 34 troops were hurt.",
        ["The U.S. Defense Department said 34 troops were hurt."],
    ),
    (
        "The vote is set for Feb. It was postponed from January.",
        ["The vote is set for Feb.", "It was postponed from January."],
    ),
    # --- initials -----------------------------------------------------------------------------
    (
        "George W. Bush ordered the invasion in 2003.",
        ["George W. Bush ordered the invasion in 2003."],
    ),
    (
        "J.R.R. Tolkien's books were banned. Fans protested.",
        ["J.R.R. Tolkien's books were banned.", "Fans protested."],
    ),
    (
        "Supporters of Franklin D. Roosevelt rallied.",
        ["Supporters of Franklin D. Roosevelt rallied."],
    ),
    # --- decimals and thousands separators ------------------------------------------------------
    (
        "The budget rose to $3.2 million. Officials defended it.",
        ["The budget rose to $3.2 million.", "Officials defended it."],
    ),
    (
        "Some 24,512,404 people voted. Turnout was 42.57 percent.",
        ["Some 24,512,404 people voted.", "Turnout was 42.57 percent."],
    ),
    (
        "Oil rose 1.5 percent to $68.27 a barrel.",
        ["Oil rose 1.5 percent to $68.27 a barrel."],
    ),
    # --- quotations -----------------------------------------------------------------------------
    ('"We will win." Khamenei said.', ['"We will win." Khamenei said.']),
    (
        "“We will win. They will lose.” Khamenei said. Iran agreed.",
        ["“We will win.", "They will lose.” Khamenei said.", "Iran agreed."],
    ),
    (
        "“They want us to surrender,” Rouhani said. He spoke on state TV.",
        ["“They want us to surrender,” Rouhani said.", "He spoke on state TV."],
    ),
    (
        "“Is this war?” he asked. Nobody answered.",
        ["“Is this war?” he asked.", "Nobody answered."],
    ),
    (
        "“We will respond.” Iran’s foreign minister said on Tuesday.",
        ["“We will respond.” Iran’s foreign minister said on Tuesday."],
    ),
    (
        "“It is over.” Ayatollah Ali Khamenei told reporters in Tehran.",
        ["“It is over.” Ayatollah Ali Khamenei told reporters in Tehran."],
    ),
    (
        "“It is over.” The war began a year later.",
        ["“It is over.”", "The war began a year later."],
    ),
    (
        "Rouhani said. “They want us to surrender.” Nobody clapped.",
        ["Rouhani said.", "“They want us to surrender.”", "Nobody clapped."],
    ),
    (
        "‘Death to America,’ the crowd chanted. Police watched.",
        ["‘Death to America,’ the crowd chanted.", "Police watched."],
    ),
    (
        "The plan (announced in January.) was rejected. Leaders objected.",
        ["The plan (announced in January.) was rejected.", "Leaders objected."],
    ),
    # --- ellipses -------------------------------------------------------------------------------
    (
        "He said the deal was... dead. Others disagreed.",
        ["He said the deal was... dead.", "Others disagreed."],
    ),
    (
        "We waited… Then the sirens started.",
        ["We waited…", "Then the sirens started."],
    ),
    # --- paragraphs, headlines and datelines ----------------------------------------------------
    (
        "Iranian support for Palestine\n\nIran will support Palestinian groups.",
        ["Iranian support for Palestine", "Iran will support Palestinian groups."],
    ),
    (
        "Khamenei said the plan would fail\n\nHe spoke in Tehran.",
        ["Khamenei said the plan would fail", "He spoke in Tehran."],
    ),
    (
        "DUBAI (Reuters) - Iran will support Palestinian groups. Khamenei said so.",
        ["DUBAI (Reuters) - Iran will support Palestinian groups.", "Khamenei said so."],
    ),
    (
        "The strike killed\nseven people in Baghdad.\nIraq protested.",
        ["The strike killed\nseven people in Baghdad.", "Iraq protested."],
    ),
    (
        "First paragraph ends here.\n \n\nSecond paragraph.",
        ["First paragraph ends here.", "Second paragraph."],
    ),
    (
        "By Parisa Hafezi\n\nDUBAI, Feb 5 (Reuters) - Iran's leader spoke.",
        ["By Parisa Hafezi", "DUBAI, Feb 5 (Reuters) - Iran's leader spoke."],
    ),
    # --- bullet lists ---------------------------------------------------------------------------
    (
        "Key facts:\n- 176 people died\n- the jet was a Boeing 737\n* Iran admitted fault",
        ["Key facts:", "176 people died", "the jet was a Boeing 737", "Iran admitted fault"],
    ),
    (
        "What happened:\n1. Soleimani was killed.\n2. Iran retaliated.",
        ["What happened:", "Soleimani was killed.", "Iran retaliated."],
    ),
    (
        "• Turnout was 42.57%\n• 290 seats were contested",
        ["Turnout was 42.57%", "290 seats were contested"],
    ),
    # --- text with no sentence in it ------------------------------------------------------------
    ("", []),
    ("   \n\n  \t", []),
    ("Iran said.\n\n* * *\n\nMore later.", ["Iran said.", "More later."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("count", [18])
def test_sentences_seed_article(count):
    article = read_article(SEED_ARTICLE)
    sentences = split_sentences(article)
    assert len(sentences) == count
    assert sentences[1].text.endswith("Ayatollah Ali Khamenei said in a speech.")
    assert sentences[8].text.endswith("has no importance,” Khamenei said.")
    assert sentences[6].text.startswith("Tensions spiked between Iran and the US")
    assert split_sentences(article) == split_sentences(article.text)


@pytest.mark.parametrize(
    ("text", "starts"),
    [("Iran fired missiles. No one was killed.", [0, 21])],
)
def test_sentences_accepts_article(text, starts):
    assert [s.start for s in split_sentences(Article(text=text))] == starts


# --- the rule tables --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        rules.TITLES,
        rules.BEFORE_NUMBER,
        rules.MAY_END,
        rules.STARTERS,
        rules.SPEECH_VERBS,
        rules.ATTRIBUTION_FOLLOWERS,
    ],
)
def test_sentences_rule_tables_well_formed(table):
    assert isinstance(table, frozenset)
    assert table
    for word in table:
        assert word == word.strip().lower()
        assert word and not word.endswith(".")
        assert " " not in word


@pytest.mark.parametrize(("first", "second"), [("TITLES", "MAY_END"), ("TITLES", "STARTERS")])
def test_sentences_rule_tables_disjoint(first, second):
    assert not getattr(rules, first) & getattr(rules, second)


@pytest.mark.parametrize(
    "marks", [rules.OPENING_MARKS, rules.CLOSING_MARKS, rules.TERMINATORS, rules.BULLETS]
)
def test_sentences_rule_marks_well_formed(marks):
    assert marks and len(set(marks)) == len(marks)
    assert not any(ch.isspace() or ch.isalnum() for ch in marks)


# --- properties -------------------------------------------------------------------------------

_NEWSY = st.lists(
    st.sampled_from([*"aAzZ19 .,!?…\"'“”‘’()-*•\n\t", "U.S.", "Mr.", " said", "No. 1"]),
    max_size=120,
).map("".join)


@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_sentences_offsets_hold_on_any_text(text):
    sentences = split_sentences(text)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
    assert split_sentences(text) == sentences


@pytest.mark.parametrize("size", [1_000_000])
def test_sentences_of_a_large_article(size):
    # its speed is measured side by side in benchmarks/bench_adversarial.py, not timed here
    text = (read_article(SEED_ARTICLE).text * (size // 2000 + 1))[:size]
    sentences = split_sentences(text)
    assert len(sentences) > size // 400
