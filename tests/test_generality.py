"""Sets written apart from the code: no false claim is supported, and the accuracy holds.

tests/data/devset (written from the public record by someone who never read the code),
tests/data/probe4 (other domains), tests/data/probe5 (a real public dataset, the Mother Jones
mass-shootings sheet, mapped as a user would), tests/data/probe6, probe7 and probe8 (each written
after the judge it was first scored on; probe8 scored once, on the judge of 2026-12-07),
probe9 (a real public dataset: planecrashinfo.com's air-crash table as published, mapped as a
user would) and probe10 (volcanoes, floods, mines, crushes, ferries, fires, treaties, royals)
were scored before any change was made for them; since then they guard against regressions.
So were probes 11 to 18 and 20 to 22, written later in other domains (probe14 and probe16 are
NOAA NCEI's tables as published, probe21 rows of UCDP's GED, CC BY 4.0), and probes 23 to 28
(probe26 NOAA NCEI's significant earthquakes, probe28 Mother Jones' sheet again with 66 real
sentences quoted from news and encyclopaedia pages), probe29 (aviation, attacks outside the US,
industrial accidents, elections, laws and rulings, sport, space, storms) and probe31 (rail and
road, mines, dams, health emergencies, cyberattacks, courts, strikes, royal events, referendums;
counts in columns of their own). benchmarks/devset.py reports them in full.

The false claims each set still calls supported are listed by id with the kind of failure: they
are strict expected failures, so a fix shows as an unexpected pass and the list must shrink.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from claimcheck import check, load_reference
from claimcheck.mappings import from_acled

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from devset import grade_articles, grade_sentences, main, sentence_label  # noqa: E402

SETS = (
    "devset", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "probe11",
    "probe12", "probe13", "probe14", "probe15", "probe16", "probe17", "probe18", "probe20",
    "probe21", "probe22", "probe23", "probe24", "probe25", "probe26", "probe27", "probe28",
    "probe29", "probe31",
)  # fmt: skip
# Accuracy each set reached when this test was last tightened (share of sentences right).
FLOORS = {
    "devset": 0.78, "probe4": 0.65, "probe5": 0.68, "probe6": 0.59, "probe7": 0.60,
    "probe8": 0.63, "probe9": 0.67, "probe10": 0.61, "probe11": 0.60, "probe12": 0.75,
    "probe13": 0.63, "probe14": 0.60, "probe15": 0.70, "probe16": 0.52, "probe17": 0.63,
    "probe18": 0.64, "probe20": 0.64, "probe21": 0.55, "probe22": 0.60, "probe23": 0.65,
    "probe24": 0.65, "probe25": 0.60, "probe26": 0.59,
    "probe27": 0.65, "probe28": 0.72, "probe29": 0.63, "probe31": 0.55,
}  # fmt: skip
# False claims still called supported, by set and id, with the kind of failure (see
# benchmarks/devset.py).
KNOWN = {
    "devset:c165": "a place written in lower case ('near the Moon's north pole') is not compared",
    "probe5:p5-101": "a place written in lower case ('at a church') is not compared",
    "probe5:p5-105": "a second attacker the claim leaves out is not weighed",
    "probe5:p5-106": "a later event in the main clause ('was shot dead by a neighbour') is not compared",
    "probe5:p5-111": "a different victim ('his grandmother') is not compared",
    "probe5:p5-116": "a victim not in the record ('Sgt. Ron Helus') is not compared",
    "probe6:p6c064": "a line of a metro ('Line 2' for Line 5) is no place the judge compares",
    "probe6:p6c087": "a vote failed on one ballot and won on the next the same day: not weighed",
    "probe6:p6c089": "an early toll given as the final one ('this summer killed 25'): not weighed",
    "probe7:p7-c074": "a later landfall the record's statement names ('Leyte') passes as its place",
    "probe7:p7-c101": "a claim of no phase ('abdicated') is decided by the row of its announcement",
    "probe7:p7-c113": "'both strikes ended in September': one of two subjects is not weighed",
    "probe7:p7-c118": "'all imports' where only seaborne crude was banned: scope is not weighed",
    "probe7:p7-c120": "'all 298 were Dutch citizens': a part given as the whole is not weighed",
    "probe8:p8-c109": "a second clause ('after a tanker truck exploded') is not compared",
    "probe8:p8-c112": "a partial toll (bodies recovered) given as the toll is not weighed",
    "probe8:p8-c113": "a detail no slot holds ('through a tunnel') is not compared",
    "probe8:p8-c117": "'only minor injuries' against a seriously wounded victim is not weighed",
    "probe9:p9-c095": "'hit power lines and crashed' against a mid-air collision: kinds of crash "
    "within one family are not told apart",
    "probe10:p10-c009": "a row told from its sibling only by the word before the event's noun "
    "('summit eruption', 'fissure eruption'): the date chooses the row",
    "probe10:p10-c069": "a true subordinate clause ('after the Adriana sank') rates the sentence while "
    "its main clause ('pulled 140 survivors') finds no record",
    "probe11:p11-c075": "one side's interim toll given as the whole ('the flooding killed 16')",
    "probe11:p11-c085": "'the dam collapsed' against a record of an evacuation, a kind the rules do "
    "not know",
    "probe11:p11-c096": "a length ('set to last 14 days') is not compared with a duration column",
    "probe11:p11-c022": "'the new capital, Nusantara' against the Nusantara Building in Jakarta: a "
    "place named as a site of the record's is taken for it",
    "probe12:p12-141": "a later event ('the father was charged') is decided by the shooting's row",
    "probe13:p13-c023": "a kind of event ('a fire destroyed the reactor') against a label in the "
    "table's own words naming no kind the rules know ('nuclear accident (partial meltdown)'): "
    "the kinds are not compared",
    "probe13:p13-c044": "a true clause ('Congo declared it over on June 25') rates the sentence while "
    "the other's figure finds no column",
    "probe13:p13-c054": "'by December 28' (on or before) lets the event's own row decide a toll a "
    "later row gives",
    "probe13:p13-c063": "'left eleven people injured', the record's figure, graded misleading for its "
    "scope: not weighed",
    "probe13:p13-c085": "'the official world record' for a time the record says was no official "
    "record: a qualification not weighed",
    "probe13:p13-c128": "'five marines were killed' where the five dead were gunmen: a toll's subject",
    "probe13:p13-c143": "a count written in words of no known role ('six zeros') is not read",
    "probe14:p14-c126": "the toll of Turkey and Syria together given for Turkey alone: scope not weighed",
    "probe14:p14-c127": "a count of events in words ('Two magnitude 7.8 earthquakes') is not "
    "read: one record of a 7.8 quake that day passes it",
    "probe15:p15c021": "'formally gave up the throne', a deed no cue names, is decided by the row "
    "announcing it",
    "probe15:p15c069": "'three hostages were killed' against a toll of three with the gunman: a toll's "
    "subject",
    "probe15:p15c142": "a range of shares ('0.50%-0.75%') is read as its first share",
    "probe15:p15c148": "'released to customers' against the row of its unveiling: a launch's phases",
    "probe17:p17c113": "where an event began ('began when a line failed in Ontario') against a record "
    "of all its places",
    "probe17:p17c153": "the winner ('1917 won best picture'), a title no slot reads, is not compared",
    "probe10:p10-c010": "'began erupting on April 14' after a first eruption in March: not weighed",
    "probe10:p10-c171": "'every country in the world signed': a universal quantifier is not weighed",
    "probe18:c034": "the dead a clause names ('killed both Rabin and one of his bodyguards') "
    "are not counted against the toll",
    "probe18:c089": "a row told from its sibling only by the word before its noun ('full "
    "approval', 'accelerated approval'): the date chooses the row",
    "probe18:c095": "a superlative ('the first country to approve') is not weighed",
    "probe18:c171": "a doer in lower case ('Egypt's finance ministry') is not compared with "
    "the record's (the central bank)",
    "probe18:c173": "a figure in words of no role ('six zeros') is not read, so not compared "
    "with the zeros_removed column",
    "probe18:c210": "a toll the record's notes call only the bodies recovered, given as the "
    "toll ('killed 82'): the table's deaths are that figure",
    "probe20:c083": "a product named as the doer ('a faulty Microsoft Defender update'), of a "
    "party the record names, passes as the record's actor",
    "probe20:c100": "a detail no slot holds ('a state funeral', for a ceremonial one) is not "
    "compared",
    "probe20:c113": "a doer given by its state's adjective ('sunk by a British submarine') is "
    "not compared",
    "probe20:c151": "a second clause's place ('crossing into Burkina Faso') is not compared",
    "probe20:c188": "whose figure ('Jos Buttler's unbeaten 84', Stokes's) is not weighed",
    "probe21:c060": "a toll worded as a cost ('cost the army 11 soldiers') is not read",
    "probe21:c078": "a denied detail ('with no army involvement') is not compared",
    "probe21:c126": "whose dead ('just one person, a civilian') is not weighed",
    "probe22:c043": "who underwent the deed ('Modi received the first dose', given by another) "
    "is not compared when the record names the claimed person",
    "probe22:c060": "'nobody survived' is not compared with a survivors column",
    "probe22:c164": "a doer given in the possessive ('Parks Canada's research vessel') is not "
    "compared",
    "probe22:c251": "a part given as the whole ('all of them on the ascending train') is not "
    "weighed",
    "probe6:p6c059": "a disease named in capitals with digits ('the COVID-19 global health "
    "emergency') is no name, so another emergency's end on the claimed day decides",
    "probe10:p10-c091": "'declared the pandemic over' where the WHO ended its emergency: the "
    "scope of what ended is not weighed",
    "probe23:c011": "how a train crashed ('a head-on collision between two trains') against a "
    "runaway train's derailment: a crash's manner is not compared",
    "probe23:c032": "how a bus crashed ('skidded off an icy highway') against a collision with a "
    "truck: a crash's manner is not compared",
    "probe23:c120": "who killed ('111 prisoners died in a riot', killed by police): a toll's "
    "cause is not weighed",
    "probe23:c126": "'hardly anyone was hurt' against 194 injured: a vague none is not compared",
    "probe23:c155": "an early official toll given as the toll ('killed 2,259'): the row's "
    "figure is that toll",
    "probe23:c211": "'formally left the treaty' on the day notice was given: a notice and the "
    "withdrawal it starts are not told apart",
    "probe24:c123": "'near Oxnard' for a crash at Ventura, ten miles away: nearness is loose",
    "probe24:c148": "'left no survivors' against a record of one person injured: survivors are "
    "not counted against the injured",
    "probe24:c159": "who the dead were ('a flight instructor was among the four') is not weighed",
    "probe24:c175": "a consequence no slot holds ('a brush fire started by the crash') is not "
    "compared",
    "probe24:c177": "a superlative-like ordinal ('the third crop-duster accident this year') "
    "is not weighed",
    "probe24:c187": "a detail no slot holds ('stalled shortly after takeoff') is not compared",
    "probe24:c191": "a detail no slot holds ('was being refueled') is not compared",
    "probe25:c037": "a contractor named in a relative clause ('renovated by the Tata Group') is "
    "not compared with the record's",
    "probe25:c054": "'caused little disruption' against flights grounded across Europe: a "
    "judgement of scale is not weighed",
    "probe25:c065": "the region of a named town ('Armero, in Caldas department') is not "
    "compared where the record names the town",
    "probe25:c067": "who fired ('Ohio state troopers' for the National Guard), in lower case "
    "words, is not compared",
    "probe25:c086": "'the Senate removed her' on the day of the lower house's vote: the "
    "chambers' phases are not told apart",
    "probe25:c135": "the other party of a collision ('a Chinese weather satellite' for Kosmos "
    "2251), in lower case words, is not compared",
    "probe25:c140": "'the crew went on to dock as planned' after an abort: a later event in a "
    "second clause is not compared",
    "probe25:c165": "a breach's scope ('one billion accounts' in the row of the three billion "
    "revision): the row's figure is read for the other",
    "probe25:c212": "'an avalanche swept hikers' for an eruption: one disaster may set off the "
    "other, so the kinds are not contradicted",
    "probe27:c067": "a journey's direction ('from Stockholm to Tallinn' for the reverse) is not "
    "compared",
    "probe27:c101": "who stormed it, in lower case ('Australian army commandos' for police), is "
    "not compared",
    "probe27:c139": "two phases in one clause ('both launched and landed in 2020'): one is weighed",
    "probe27:c155": "a person the record names in another role ('Eliud Kipchoge set a world "
    "record', the record holder Kiptum broke): a verb no cue names gives no doer",
    "probe27:c173": "two events in one clause ('the writers' and actors' strikes both began'): "
    "one is weighed",
    "probe27:c175": "how long it lasted ('the strike lasted 148 days') is not compared",
    "probe28:c026": "'killed six children' where the six dead were three children and three "
    "adults: a toll's subject",
    "probe28:c093": "'five police officers were killed' where five co-workers died and five "
    "officers were hurt: a toll's subject",
    "probe28:c104": "'carried out by a man' against the table's gender column: a doer's sex is not "
    "compared",
    "probe28:c130": "a deed no slot holds ('livestreamed the attack') is not compared",
    "probe28:c211": "a later phase ('Crimo's arrest ended a manhunt') is decided by the "
    "shooting's row",
    "probe29:c143": "an interim toll ('put the death toll at 125') is decided by the record of "
    "its revision; the later figure is not weighed",
    "probe29:c147": "a deed no slot holds ('scored twice', 'a hat-trick') is not compared",
    "probe31:c009": "a toll later revised ('275, according to the official count') is decided by "
    "the record of the revision, not the final toll",
    "probe31:c015": "a kind the table's label names in no words the rules know ('controlled "
    "release and burn') is not compared: 'an accidental explosion' passes",
    "probe31:c034": "a deed no slot holds ('the last to be winched up') is not compared",
    "probe31:c046": "a superlative ('remains Brazil's deadliest') is not weighed",
    "probe31:c052": "a kind the label gives in parentheses only ('dam spillway crisis "
    "(evacuation order)') is not compared: 'the dam burst' passes",
    "probe31:c057": "'declared the pandemic over' against the end of an emergency declaration: "
    "not told apart",
    "probe31:c067": "a cause the claim gives ('because of a bomb threat') is not compared",
    "probe31:c110": "a consequence the claim draws ('keeps her off the ice until 2028') is not "
    "weighed",
    "probe31:c154": "a first figure the company gave (143 million) is not weighed against its "
    "later revision",
    "probe31:c160": "a ceremony's kind ('crowned') against a proclamation: not told apart",
    "probe31:c166": "a second clause's consequence ('immediately stopped following EU rules') is "
    "not compared",
    "probe31:c174": "a quantifier over places ('every state and territory voted No') is not "
    "weighed",
    "probe31:c180": "a condition the claim adds ('once every country had ratified it') is not "
    "compared",
}


@pytest.fixture(scope="module")
def references():
    return {name: load_reference(DATA / name / "facts.csv") for name in SETS}


def _false_claims():
    for name in SETS:
        for line in (DATA / name / "claims.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["expected_verdict"] in ("contradicted", "misleading", "unverifiable"):
                marks = (
                    [pytest.mark.xfail(reason=KNOWN[f"{name}:{row['id']}"], strict=True)]
                    if f"{name}:{row['id']}" in KNOWN
                    else []
                )
                yield pytest.param(name, row, id=f"{name}:{row['id']}", marks=marks)


@pytest.mark.parametrize(("name", "row"), list(_false_claims()))
def test_generality_false_claim_is_never_supported(name, row, references):
    result = check(row["text"], references[name], published=row["article_date"])
    assert sentence_label(result.claims)[0] != "supported", row["text"]


@pytest.mark.parametrize("name", SETS)
def test_generality_accuracy_holds(name, references):
    graded = grade_sentences(DATA / name, references[name])
    right = sum(item.right for item in graded) / len(graded)
    assert right >= FLOORS[name], f"{name}: {right:.1%} right, below {FLOORS[name]:.0%}"


@pytest.mark.parametrize("name", ["devset", "probe6"])
def test_generality_planted_errors_in_articles_are_never_supported(name, references):
    graded = grade_articles(DATA / name, references[name])
    assert graded, "the set's articles/expected.csv lists fragments"
    wrong = [g.text for g in graded if g.expected == "contradicted" and g.got == "supported"]
    assert not wrong


def test_generality_acled_layout_loads_and_finds_the_same_events(references):
    """The devset's ACLED-shaped table, mapped by from_acled, loads and decides the claims of its
    events on the same records as facts.csv wherever both decide them."""
    acled = pd.read_csv(DATA / "devset" / "facts_acled_style.csv", dtype=str, keep_default_na=False)
    mapped = load_reference(from_acled(acled), name="acled")
    ids = set(acled.event_id_cnty)
    facts = pd.read_csv(DATA / "devset" / "facts.csv", dtype=str, keep_default_na=False)
    own = load_reference(facts[facts.id.isin(ids)].reset_index(drop=True), name="facts")
    compared = 0
    for line in (DATA / "devset" / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["fact_id"] not in ids:
            continue
        a = sentence_label(check(row["text"], own, published=row["article_date"]).claims)
        b = sentence_label(check(row["text"], mapped, published=row["article_date"]).claims)
        decided = {"supported", "contradicted", "misleading"}
        if a[0] in decided and b[0] in decided:
            assert a == b, row["text"]
            compared += 1
    # the mapped table must decide claims at all, or the comparison above says nothing
    assert compared >= 14, f"only {compared} claims decided with both tables (14 when written)"


@pytest.mark.parametrize("name", ["devset"])
def test_generality_a_sealed_set_is_scored_without_showing_its_items(name, capsys):
    """An end measure is scored with ``--sealed``: the counts, never a claim's text."""
    rows = [
        json.loads(line)
        for line in (DATA / name / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert main(["--set", str(DATA / name)]) == 0
    shown = capsys.readouterr().out
    assert any(row["text"] in shown for row in rows)  # the set's false claims, explained
    assert main(["--set", str(DATA / name), "--sealed"]) == 0
    sealed = capsys.readouterr().out
    assert "sentences: " in sealed and "FALSE OR UNDECIDABLE CLAIMS CALLED SUPPORTED" in sealed
    assert not any(row["text"] in sealed for row in rows)
