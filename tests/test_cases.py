"""YAML claim cases: reading and validating case files, judging a check, writing cases from one."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.cases import (
    FIELDS,
    Case,
    CaseFileError,
    describe_outcome,
    judge_case,
    load_cases,
    to_cases_yaml,
    write_cases,
)
from claimcheck.errors import ResultError
from claimcheck.models import Article, Claim, ClaimKind, Comparison, Label, Review, Verdict
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.seeds import DEFAULT_REFERENCE
from claimcheck.settings import Settings

_STRIKE = "Qassem Soleimani was killed in a drone strike in Baghdad on January 4."
_ATTACK = "No one was killed when Iranian missiles hit the Ain al-Asad base on January 8."
_SPEECH = "Khamenei said the deal would die before Trump does."


def _claim(cid: str, text: str, verdict: Verdict, *, offset: int = 0) -> Claim:
    return Claim(
        id=cid,
        sentence=int(cid[1:]),
        start=offset,
        end=offset + len(text),
        text=text,
        kind=ClaimKind.EVENT if verdict.label != Label.NOT_CHECKABLE else ClaimKind.PREDICTION,
        verdict=verdict,
    )


_CONTRADICTED = Verdict(
    label=Label.CONTRADICTED,
    score=91.0,
    record_id="soleimani-strike-2020",
    comparisons=(
        Comparison("location", "Baghdad", "Baghdad", True),
        Comparison("date", "2020-01-04", "2020-01-03", False, "one day off"),
    ),
    explanation="The date disagrees.",
)
_SUPPORTED = Verdict(
    label=Label.SUPPORTED,
    score=95.0,
    record_id="ain-al-asad-2020",
    comparisons=(Comparison("deaths", "0", "0", True),),
)
_NOT_CHECKABLE = Verdict(label=Label.NOT_CHECKABLE, explanation="a prediction")


def _result(*claims: tuple[str, Verdict], published: date | None = date(2020, 2, 5)) -> CheckResult:
    text = " ".join(t for t, _ in claims)
    built, offset = [], 0
    for index, (sentence, verdict) in enumerate(claims):
        built.append(_claim(f"c{index}", sentence, verdict, offset=offset))
        offset += len(sentence) + 1
    return CheckResult(
        article=Article(text=text, published=published, title="Iran: a week of strikes"),
        reference=ReferenceInfo(name="events.csv", sha256="ef" * 32, rows=14),
        settings=Settings(),
        claims=tuple(built),
    )


def _write(folder: Path, text: str, name: str = "claims_x.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


_GOOD = f"""\
reference: {DEFAULT_REFERENCE.name}
published: 2020-02-05
cases:
  - text: {_STRIKE}
    verdict: contradicted
    field: date
  - text: {_ATTACK}
    verdict: supported
    record: ain-al-asad-2020
"""

# --- reading a case file --------------------------------------------------------------------


@pytest.mark.parametrize("published", ["2020-02-05", "'2020-02-05'"])
def test_cases_load_reads_design_format(tmp_path: Path, published: str) -> None:
    (tmp_path / DEFAULT_REFERENCE.name).write_text("id,statement,date\n", encoding="utf-8")
    path = _write(tmp_path, _GOOD.replace("2020-02-05", published))
    spec = load_cases(path)
    assert spec.reference == (tmp_path / DEFAULT_REFERENCE.name).resolve()
    assert spec.published == date(2020, 2, 5)
    assert spec.cases == (
        Case(_STRIKE, Label.CONTRADICTED, field="date"),
        Case(_ATTACK, Label.SUPPORTED, record="ain-al-asad-2020"),
    )


@pytest.mark.parametrize("document", ["cases:\n  - text: Iran voted.\n    verdict: unverifiable\n"])
def test_cases_load_defaults_reference_and_published(tmp_path: Path, document: str) -> None:
    spec = load_cases(_write(tmp_path, document))
    assert (spec.reference, spec.published) == (None, None)


@pytest.mark.parametrize(
    ("document", "messages"),
    [
        # YAML syntax
        ("cases: [\n", ["is not valid YAML"]),
        # the wrong shape
        ("- text: a\n", ["must be a mapping"]),
        ("", ["must be a mapping"]),
        # every problem at once, not just the first
        (
            "reference: missing.csv\npublished: 2020-02-30\ncolour: red\ncases:\n"
            "  - text: Turnout was 42.57%.\n    verdict: true\n"
            "  - text: Turnout was 42.57%.\n    verdict: supported\n    field: turnout\n"
            "  - just a sentence\n"
            "  - {text: '', verdict: supported, record: '', xfail: 3, source: x}\n",
            [
                "reference 'missing.csv' does not exist",
                "published must be a date as YYYY-MM-DD, found '2020-02-30'",
                "unknown key(s) colour",
                "cases[0]: verdict must be one of",
                "cases[1]: the same text as cases[0]",
                "cases[1]: field must be one of date, deaths",
                "cases[2] must be a mapping",
                "cases[3]: text must be the claim's words",
                "cases[3]: record must be non-empty text",
                "cases[3]: xfail must be non-empty text",
                "cases[3]: unknown key(s) source",
            ],
        ),
        ("cases: []\n", ["cases must be a non-empty list"]),
        ("published: [2020]\ncases:\n  - {text: a, verdict: [supported]}\n", ["published must"]),
    ],
)
def test_cases_load_reports_every_problem(
    tmp_path: Path, document: str, messages: list[str]
) -> None:
    path = _write(tmp_path, document)
    with pytest.raises(CaseFileError) as caught:
        load_cases(path)
    message = str(caught.value)
    assert str(path) in message
    for expected in messages:
        assert expected in message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("content", [b"\xff\xfe\x00bad", None])
def test_cases_load_unreadable_file_is_clear(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "claims_x.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CaseFileError, match="Cannot read the claim case file"):
        load_cases(path)


@settings(max_examples=80, deadline=None)
@given(document=st.text(max_size=200))
def test_cases_load_any_text_is_cases_or_clear_error(tmp_path_factory, document: str) -> None:
    path = _write(tmp_path_factory.mktemp("cases"), document)
    try:
        spec = load_cases(path)
    except CaseFileError as error:
        assert "claim case file" in str(error)
    else:
        assert spec.cases


# --- judging a check against a case ---------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "verdict", "problems"),
    [
        (Case(_STRIKE, Label.CONTRADICTED, field="date"), _CONTRADICTED, []),
        (Case(_STRIKE, Label.CONTRADICTED, record="soleimani-strike-2020"), _CONTRADICTED, []),
        (
            Case(_STRIKE, Label.SUPPORTED),
            _CONTRADICTED,
            ["expected verdict supported, got contradicted"],
        ),
        (
            Case(_STRIKE, Label.CONTRADICTED, record="baghdad-airport-2020", field="location"),
            _CONTRADICTED,
            [
                "expected record baghdad-airport-2020, got soleimani-strike-2020",
                "expected location to disagree, disagreeing slots: date",
            ],
        ),
        (
            Case(_ATTACK, Label.CONTRADICTED, field="deaths"),
            _SUPPORTED,
            [
                "expected verdict contradicted, got supported",
                "expected deaths to disagree, disagreeing slots: none",
            ],
        ),
    ],
)
def test_cases_judge_compares_label_record_and_field(
    case: Case, verdict: Verdict, problems: list[str]
) -> None:
    assert judge_case(case, _result((case.text, verdict))) == problems


@pytest.mark.parametrize("count", [0, 2])
def test_cases_judge_wants_exactly_one_claim(count: int) -> None:
    result = _result(*[(_STRIKE, _CONTRADICTED), (_ATTACK, _SUPPORTED)][:count])
    (problem,) = judge_case(Case(_STRIKE, Label.CONTRADICTED), result)
    assert f"found {count}" in problem


@pytest.mark.parametrize("case", [Case(_STRIKE, Label.SUPPORTED, field="date")])
def test_cases_describe_shows_claim_expected_actual_and_comparisons(case: Case) -> None:
    result = _result((case.text, _CONTRADICTED))
    text = describe_outcome(case, result, judge_case(case, result))
    lines = text.splitlines()
    assert lines[0] == f"claim:    {_STRIKE}"
    assert lines[1] == "expected: supported (date disagrees)"
    assert lines[2] == "actual:   contradicted (record soleimani-strike-2020, score 91)"
    assert (
        "  date      claimed '2020-01-04'  reference '2020-01-03'  DISAGREES (one day off)" in lines
    )
    assert "  location  claimed 'Baghdad'  reference 'Baghdad'  agrees" in lines
    assert "explanation: The date disagrees." in lines
    assert "  - expected verdict supported, got contradicted" in lines


# --- writing cases from a check -------------------------------------------------------------


@pytest.mark.parametrize("only_reviewed", [False])
def test_cases_yaml_round_trips_through_load(tmp_path: Path, only_reviewed: bool) -> None:
    result = _result((_STRIKE, _CONTRADICTED), (_ATTACK, _SUPPORTED), (_SPEECH, _NOT_CHECKABLE))
    (tmp_path / "events.csv").write_text("id,statement,date\n", encoding="utf-8")
    text = to_cases_yaml(result, reference_path="events.csv", only_reviewed=only_reviewed)
    spec = load_cases(_write(tmp_path, text))
    assert spec.published == date(2020, 2, 5)
    assert spec.reference == (tmp_path / "events.csv").resolve()
    assert spec.cases == (
        Case(_STRIKE, Label.CONTRADICTED, record="soleimani-strike-2020", field="date"),
        Case(_ATTACK, Label.SUPPORTED, record="ain-al-asad-2020"),
        Case(_SPEECH, Label.NOT_CHECKABLE),
    )
    assert text.startswith("# Claim cases written by `claimcheck cases`")


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # the reviewer overrules the rules: the gap is kept on record as an expected failure
        (
            Review(Label.MISLEADING, "omits the 110 injured", "amina"),
            Case(
                _ATTACK,
                Label.MISLEADING,
                xfail="reviewed by amina as misleading (omits the 110 injured); "
                "the check computed supported",
            ),
        ),
        # the reviewer agrees: an ordinary case with its evidence
        (Review(Label.SUPPORTED, "confirmed"), Case(_ATTACK, Label.SUPPORTED, "ain-al-asad-2020")),
    ],
)
def test_cases_yaml_keeps_reviewed_label(tmp_path: Path, review: Review, expected: Case) -> None:
    result = _result((_STRIKE, _CONTRADICTED), (_ATTACK, _SUPPORTED)).with_reviews({"c1": review})
    text = to_cases_yaml(result, reference_path="events.csv", only_reviewed=True)
    assert yaml.safe_load(text)["reference"] == "events.csv"
    assert load_cases(_write(tmp_path, text.replace("reference: events.csv\n", ""))).cases == (
        expected,
    )


_SENTENCE = (
    "Tensions spiked after Soleimani was killed in Baghdad on January 3, "
    "prompting Iran to retaliate with a missile attack days later."
)
_CLAUSE = "prompting Iran to retaliate with a missile attack days later."


def _clause_result() -> CheckResult:
    """One sentence read as two claims: a clause leaning on the date before it."""
    start = _SENTENCE.index(_CLAUSE)
    first = _claim("c0", _SENTENCE[: start - 2], _CONTRADICTED)
    second = dataclasses.replace(_claim("c1", _CLAUSE, _SUPPORTED, offset=start), sentence=0)
    return dataclasses.replace(
        _result((_SENTENCE, _SUPPORTED)),
        article=Article(text=_SENTENCE, published=date(2020, 2, 5)),
        claims=(first, second),
    )


@pytest.mark.parametrize(
    "context", ["Tensions spiked after Soleimani was killed in Baghdad on January 3, "]
)
def test_cases_yaml_gives_a_clause_its_context(tmp_path: Path, context: str) -> None:
    text = to_cases_yaml(_clause_result(), reference_path="r.csv")
    (tmp_path / "r.csv").write_text("id\n", encoding="utf-8")
    first, second = load_cases(_write(tmp_path, text)).cases
    assert first.context is None
    assert second == Case(_CLAUSE, Label.SUPPORTED, "ain-al-asad-2020", context=context)
    assert second.article_text == _SENTENCE


@pytest.mark.parametrize(
    ("context", "problems"),
    [
        # judged on the claim after the context, not on the one inside it
        ("Tensions spiked after Soleimani was killed in Baghdad on January 3, ", []),
        # without the context both claims are the case's: ambiguous, said so
        (None, ["expected the text to give one claim, the check found 2"]),
    ],
)
def test_cases_judge_skips_claims_in_context(context: str | None, problems: list[str]) -> None:
    case = Case(_CLAUSE, Label.SUPPORTED, context=context)
    assert [p.split(":")[0] for p in judge_case(case, _clause_result())] == problems


@pytest.mark.parametrize("repeated", [_ATTACK])
def test_cases_yaml_repeated_sentence_is_one_case(repeated: str) -> None:
    result = _result((repeated, _SUPPORTED), (_STRIKE, _CONTRADICTED), (repeated, _SUPPORTED))
    text = to_cases_yaml(result, reference_path="events.csv")
    assert [case["text"] for case in yaml.safe_load(text)["cases"]] == [repeated, _STRIKE]


@pytest.mark.parametrize("only_reviewed", [True])
def test_cases_yaml_without_reviews_is_clear(only_reviewed: bool) -> None:
    with pytest.raises(ResultError, match="no reviewed claims"):
        to_cases_yaml(
            _result((_STRIKE, _CONTRADICTED)), reference_path="x.csv", only_reviewed=only_reviewed
        )


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=60).filter(str.strip), field=st.sampled_from(FIELDS))
def test_cases_yaml_round_trips_any_text(tmp_path_factory, text: str, field: str) -> None:
    verdict = dataclasses.replace(_CONTRADICTED, comparisons=(Comparison(field, "1", "2", False),))
    document = to_cases_yaml(_result((text, verdict), published=None), reference_path="r.csv")
    assert document == to_cases_yaml(
        _result((text, verdict), published=None), reference_path="r.csv"
    )
    folder = tmp_path_factory.mktemp("cases")
    (folder / "r.csv").write_text("id\n", encoding="utf-8")
    (case,) = load_cases(_write(folder, document)).cases
    assert case == Case(text, Label.CONTRADICTED, record="soleimani-strike-2020", field=field)


# --- write_cases: what `claimcheck cases RESULT.json` calls ---------------------------------


_FACTS_CSV = (
    "id,statement,date,event_type,location,deaths\n"
    "soleimani-strike-2020,A US drone strike kills Qassem Soleimani in Baghdad,2020-01-03,"
    "air_drone_strike,Baghdad,10\n"
)


def _stored_check(folder: Path, reference: Path | None) -> Path:
    """A check stored as JSON, made against ``reference`` (its sha256 recorded)."""
    from claimcheck.reference import load_reference

    result = _result((_STRIKE, _CONTRADICTED))
    if reference is not None:
        used = load_reference(reference)
        info = ReferenceInfo(name=used.name, sha256=used.sha256, rows=used.rows)
        result = dataclasses.replace(result, reference=info)
    path = folder / "result.json"
    path.write_text(result.to_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("subfolder", ["claims", "deep/er"])
def test_cases_write_names_reference_relative_to_output(tmp_path: Path, subfolder: str) -> None:
    reference = tmp_path / "data" / "events.csv"
    reference.parent.mkdir()
    reference.write_text(_FACTS_CSV, encoding="utf-8")
    result_path = _stored_check(tmp_path, reference)
    out = tmp_path / subfolder / "claims_check.yaml"
    out.parent.mkdir(parents=True)
    text = write_cases(result_path, out, reference_path=reference)
    assert out.read_text(encoding="utf-8") == text
    assert load_cases(out).reference == reference.resolve()
    assert not Path(yaml.safe_load(text)["reference"]).is_absolute()
    assert "verdict: contradicted" in text


@pytest.mark.parametrize("out", [None])
def test_cases_write_defaults_to_shipped_reference(tmp_path: Path, out: Path | None) -> None:
    text = write_cases(_stored_check(tmp_path, DEFAULT_REFERENCE), out)
    assert yaml.safe_load(text)["reference"] == DEFAULT_REFERENCE.resolve().as_posix()


@pytest.mark.parametrize(
    ("content", "reference", "error", "message"),
    [
        (None, None, ResultError, "Cannot read the check result"),
        ("{not json", None, ResultError, "does not parse"),
        ('{"schema": "other/1"}', None, ResultError, "Expected a document with schema"),
        ("valid", "nowhere/events.csv", CaseFileError, "does not exist"),
        # cases against other facts than the check's would test nothing it found
        ("valid", "events.csv", CaseFileError, "is another dataset"),
        ("valid", None, CaseFileError, "is another dataset"),
    ],
)
def test_cases_write_bad_input_is_clear(
    tmp_path: Path, content: str | None, reference: str | None, error: type, message: str
) -> None:
    (tmp_path / "events.csv").write_text(_FACTS_CSV, encoding="utf-8")
    result_path = tmp_path / "result.json"
    if content == "valid":
        _stored_check(tmp_path, None)
    elif content is not None:
        result_path.write_text(content, encoding="utf-8")
    ref = tmp_path / reference if reference else None
    with pytest.raises(error, match=message):
        write_cases(result_path, reference_path=ref)
