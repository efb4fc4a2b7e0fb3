"""ClaimReview JSON-LD export: Google's field list, JSON-LD structure, the label table, reviews."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claimreview import (
    BEST_RATING,
    CONTEXT,
    PLACEHOLDER_AUTHOR,
    PLACEHOLDERS_KEY,
    RATINGS,
    REVIEW_KEY,
    WORST_RATING,
    dumps_claimreview,
    to_claimreview,
)
from claimcheck.errors import SettingsError
from claimcheck.models import Article, Claim, ClaimKind, Comparison, Label, Review, Verdict
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.settings import Settings

_TEXT = (
    "Qassem Soleimani was killed in a drone strike in Baghdad on January 3. "
    "Iran retaliated with a missile attack that killed 80 American soldiers. "
    "The deal will die before Trump does. "
    "Officials said 500 people attended a rally in Qom."
)


def _claim(cid: str, sentence: str, label: Label, **verdict: object) -> Claim:
    start = _TEXT.index(sentence)
    kind = ClaimKind.PREDICTION if label == Label.NOT_CHECKABLE else ClaimKind.EVENT
    return Claim(
        id=cid,
        sentence=int(cid[1:]),
        start=start,
        end=start + len(sentence),
        text=sentence,
        kind=kind,
        checkworthy=kind == ClaimKind.EVENT,
        verdict=Verdict(label=label, **verdict),
    )


def _result(*, check_date: date | None = date(2020, 2, 7), **article: str) -> CheckResult:
    """A check of a four-sentence wire report, one claim per label the table knows."""
    meta = {
        "title": "Iranian support for Palestine",
        "outlet": "Reuters",
        "url": "https://news.example/iran-palestine",
    }
    meta.update(article)
    claims = (
        _claim(
            "c0",
            "Qassem Soleimani was killed in a drone strike in Baghdad on January 3.",
            Label.SUPPORTED,
            score=93.0,
            record_id="soleimani-strike-2020",
            source="https://records.example/soleimani",
            comparisons=(Comparison("date", "2020-01-03", "2020-01-03", True, "same day"),),
            explanation="Every stated slot agrees with the record.",
        ),
        _claim(
            "c1",
            "Iran retaliated with a missile attack that killed 80 American soldiers.",
            Label.CONTRADICTED,
            score=88.0,
            record_id="ain-al-asad-2020",
            comparisons=(Comparison("deaths", "80", "0", False, "the record says no one died"),),
            explanation="Deaths disagree: claimed 80, the record says 0.",
        ),
        _claim("c2", "The deal will die before Trump does.", Label.NOT_CHECKABLE),
        _claim(
            "c3",
            "Officials said 500 people attended a rally in Qom.",
            Label.UNVERIFIABLE,
            explanation="No reference record matches well enough.",
        ),
    )
    return CheckResult(
        article=Article(text=_TEXT, published=date(2020, 2, 5), **meta),
        reference=ReferenceInfo(name="events.csv", sha256="ab" * 32, rows=14),
        settings=Settings(check_date=check_date),
        claims=claims,
    )


_URL = "https://factcheck.example/2020/iran"

# --- Google's fact-check field list: required and recommended properties ---------------------


def _get(node: dict, path: tuple[str, ...]) -> object:
    for key in path:
        node = node[key]
    return node


@pytest.mark.parametrize(
    "path",
    [
        # required by Google
        ("claimReviewed",),
        ("reviewRating", "alternateName"),
        ("url",),
        # recommended
        ("author", "name"),
        ("datePublished",),
        ("itemReviewed", "author", "name"),
        ("itemReviewed", "datePublished"),
        ("itemReviewed", "appearance", "url"),
        ("itemReviewed", "firstAppearance", "url"),
        ("reviewRating", "ratingValue"),
        ("reviewRating", "bestRating"),
        ("reviewRating", "worstRating"),
        ("reviewRating", "ratingExplanation"),
    ],
)
def test_claimreview_has_google_fields(path: tuple[str, ...]) -> None:
    reviews = to_claimreview(_result(), url=_URL, author="Fact Desk")
    assert reviews
    for review in reviews:
        value = _get(review, path)
        assert value not in (None, ""), (review["claimReviewed"], path)


# --- JSON-LD structure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "schema_type"),
    [
        ((), "ClaimReview"),
        (("itemReviewed",), "Claim"),
        (("itemReviewed", "author"), "Organization"),
        (("itemReviewed", "appearance"), "NewsArticle"),
        (("itemReviewed", "firstAppearance"), "NewsArticle"),
        (("author",), "Organization"),
        (("reviewRating",), "Rating"),
    ],
)
def test_claimreview_nodes_are_typed(path: tuple[str, ...], schema_type: str) -> None:
    for review in to_claimreview(_result(), url=_URL, author="Fact Desk"):
        assert review["@context"] == CONTEXT == "https://schema.org"
        assert _get(review, path)["@type"] == schema_type


# The schema.org properties each type may carry here (schema.org/ClaimReview, /Claim,
# /NewsArticle, /Organization, /Rating): a misspelt property would be dropped by every consumer.
_PROPERTIES = {
    "ClaimReview": {
        "url",
        "claimReviewed",
        "itemReviewed",
        "author",
        "datePublished",
        "reviewRating",
        "reviewBody",
    },
    "Person": {"name"},
    "Claim": {"author", "datePublished", "appearance", "firstAppearance"},
    "NewsArticle": {"url", "headline", "datePublished", "publisher"},
    "Organization": {"name"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
}


def _walk(node: dict, *, top: bool) -> None:
    keys = set(node) - {"@type", PLACEHOLDERS_KEY, REVIEW_KEY} - ({"@context"} if top else set())
    assert "@context" not in node or top
    assert keys <= _PROPERTIES[node["@type"]], (node["@type"], keys)
    for key, value in node.items():
        if key == REVIEW_KEY:
            continue
        for item in value if isinstance(value, list) and key == "author" else [value]:
            if isinstance(item, dict):
                _walk(item, top=False)
            else:
                assert isinstance(item, str | int | list), item


@pytest.mark.parametrize(("url", "author"), [(_URL, "Fact Desk"), (None, None)])
def test_claimreview_uses_only_schema_org_properties(url: str | None, author: str | None) -> None:
    review = Review(Label.SUPPORTED, "ok", "amina")
    result = _result(check_date=None).with_reviews({"c2": review})
    for review in to_claimreview(result, url=url, author=author):
        _walk(review, top=True)


@pytest.mark.parametrize("author", ["Fact Desk", None])
def test_claimreview_dumps_is_json_ld_array(author: str | None) -> None:
    text = dumps_claimreview(_result(), url=_URL, author=author)
    document = json.loads(text)
    assert isinstance(document, list)
    assert document == to_claimreview(_result(), url=_URL, author=author)
    assert all(node["@context"] == "https://schema.org" for node in document)
    assert text.endswith("\n")


# --- the label table: one review per checkable claim, rating per DESIGN.md -----------------


@pytest.mark.parametrize(
    ("claim_id", "alternate_name", "rating_value"),
    [
        ("c0", "True", 5),
        ("c1", "False", 1),
        ("c3", "Unverifiable", 3),
    ],
)
def test_claimreview_rating_follows_label_table(
    claim_id: str, alternate_name: str, rating_value: int
) -> None:
    reviews = {r["url"].rsplit("#", 1)[1]: r for r in to_claimreview(_result(), url=_URL)}
    rating = reviews[claim_id]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"]) == (alternate_name, rating_value)
    assert (rating["bestRating"], rating["worstRating"]) == (5, 1)


@pytest.mark.parametrize("label", [label for label in Label if label != Label.NOT_CHECKABLE])
def test_claimreview_table_rates_every_checkable_label(label: Label) -> None:
    name, value = RATINGS[label]
    assert name
    assert WORST_RATING <= value <= BEST_RATING


@pytest.mark.parametrize("skipped", ["The deal will die before Trump does."])
def test_claimreview_skips_not_checkable_claims(skipped: str) -> None:
    reviewed = [r["claimReviewed"] for r in to_claimreview(_result(), url=_URL)]
    assert skipped not in reviewed
    assert reviewed == [c.text for c in _result().claims if c.verdict.label != "not_checkable"]


@pytest.mark.parametrize(
    "text",
    ["Iran retaliated with a missile attack that killed 80 American soldiers."],
)
def test_claimreview_explains_with_record_and_reason(text: str) -> None:
    (review,) = [r for r in to_claimreview(_result(), url=_URL) if r["claimReviewed"] == text]
    explanation = review["reviewRating"]["ratingExplanation"]
    assert "claimed 80" in explanation
    assert "ain-al-asad-2020" in explanation


# --- reviews: a reviewer's label wins, both labels are told -------------------------------


@pytest.mark.parametrize(
    ("claim_id", "review", "alternate_name", "rating_value"),
    [
        # the computed "True" overruled: the record is right but the claim leaves out injuries
        (
            "c0",
            Review(Label.MISLEADING, "omits the wounded", "amina", "2020-02-06"),
            "Misleading",
            2,
        ),
        # a fail-closed "Unverifiable" confirmed false by a reviewer with a source
        ("c3", Review(Label.CONTRADICTED, "police counted 50", "omar"), "False", 1),
    ],
)
def test_claimreview_review_overrides_label(
    claim_id: str, review: Review, alternate_name: str, rating_value: int
) -> None:
    result = _result().with_reviews({claim_id: review})
    reviews = {r["url"].rsplit("#", 1)[1]: r for r in to_claimreview(result, url=_URL)}
    rating = reviews[claim_id]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"]) == (alternate_name, rating_value)
    computed = _result().claims[int(claim_id[1:])].verdict.label
    # The reviewer's note is the explanation; the reviewer is named as a Person.
    assert rating["ratingExplanation"] == reviews[claim_id]["reviewBody"] == review.note
    assert reviews[claim_id]["author"][1] == {"@type": "Person", "name": review.reviewer}
    assert reviews[claim_id][REVIEW_KEY]["computedLabel"] == computed.value
    # The other claims' labels are the check's: no review key, one Organization as author.
    others = [r for key, r in reviews.items() if key != claim_id]
    assert all(REVIEW_KEY not in r and r["author"]["@type"] == "Organization" for r in others)


@pytest.mark.parametrize("note", ["</script><script>alert(1)</script><!--"])
def test_claimreview_note_cannot_leave_its_script_element(note: str) -> None:
    review = Review(Label.CONTRADICTED, note, "night desk </script>", "2020-02-07")
    text = dumps_claimreview(_result().with_reviews({"c0": review}), url=_URL)
    page = f'<script type="application/ld+json">{text}</script>'
    # One script element: the note's "</script>" and "<!--" are JSON escapes, not markup.
    assert page.lower().count("</script") == 1 and "<!--" not in page
    (published,) = [r for r in json.loads(text) if r["url"].endswith("#c0")]
    assert published["reviewBody"] == note
    assert published["author"][1]["name"] == "night desk </script>"


@pytest.mark.parametrize("note", [""])
def test_claimreview_review_without_note_explains_with_the_evidence(note: str) -> None:
    result = _result().with_reviews({"c0": Review(Label.MISLEADING, note, "amina")})
    (review,) = [r for r in to_claimreview(result, url=_URL) if r["url"].endswith("#c0")]
    assert "reviewBody" not in review
    assert "Reviewed by amina as misleading" in review["reviewRating"]["ratingExplanation"]


@pytest.mark.parametrize("claim_id", ["c2"])
def test_claimreview_review_can_make_claim_checkable(claim_id: str) -> None:
    result = _result().with_reviews({claim_id: Review(Label.CONTRADICTED, "Trump is alive")})
    texts = [r["claimReviewed"] for r in to_claimreview(result)]
    assert result.claims[2].text in texts


# --- placeholders and dates: said clearly, never invented ---------------------------------


@pytest.mark.parametrize(
    ("url", "author", "check_date", "expected"),
    [
        (_URL, "Fact Desk", date(2020, 2, 7), None),
        (None, "Fact Desk", date(2020, 2, 7), ["url"]),
        (_URL, None, date(2020, 2, 7), ["author"]),
        (None, None, None, ["url", "author", "datePublished"]),
    ],
)
def test_claimreview_marks_placeholders(
    url: str | None, author: str | None, check_date: date | None, expected: list[str] | None
) -> None:
    for review in to_claimreview(_result(check_date=check_date), url=url, author=author):
        assert review.get(PLACEHOLDERS_KEY) == expected
        assert ("invalid" in review["url"]) == (url is None)
        assert (review["author"]["name"] == PLACEHOLDER_AUTHOR) == (author is None)
        assert ("PLACEHOLDER" in review["author"]["name"]) == (author is None)
        assert review.get("datePublished") == (check_date.isoformat() if check_date else None)


@pytest.mark.parametrize(
    "url",
    ["https://factcheck.example/2020/iran", "https://factcheck.example/2020/iran#top"],
)
def test_claimreview_url_points_at_each_claim(url: str) -> None:
    urls = [r["url"] for r in to_claimreview(_result(), url=url)]
    assert urls == [
        "https://factcheck.example/2020/iran#c0",
        "https://factcheck.example/2020/iran#c1",
        "https://factcheck.example/2020/iran#c3",
    ]


@pytest.mark.parametrize(
    "url", ["factcheck.example/iran", "javascript:alert(1)", "", "ftp://factcheck.example/x"]
)
def test_claimreview_rejects_bad_url(url: str) -> None:
    with pytest.raises(SettingsError, match="absolute http"):
        to_claimreview(_result(), url=url)


@pytest.mark.parametrize(
    ("article", "absent"),
    [
        ({"url": "", "title": "", "outlet": "", "source": ""}, ["appearance", "author"]),
        ({"outlet": "", "source": "AP"}, []),
    ],
)
def test_claimreview_omits_unknown_appearance(article: dict, absent: list[str]) -> None:
    (first, *_) = to_claimreview(_result(**article), url=_URL)
    for key in absent:
        assert key not in first["itemReviewed"]
    if not absent:
        assert first["itemReviewed"]["author"]["name"] == "AP"


# --- determinism ------------------------------------------------------------------------------


@given(note=st.text(max_size=40), reviewer=st.text(max_size=20))
def test_claimreview_is_deterministic_and_valid_json(note: str, reviewer: str) -> None:
    result = _result().with_reviews({"c1": Review(Label.MISLEADING, note, reviewer)})
    first = dumps_claimreview(result, url=_URL, author="Desk")
    assert first == dumps_claimreview(result, url=_URL, author="Desk")
    assert json.loads(first)[1]["reviewRating"]["alternateName"] == "Misleading"


# --- the seed article, checked for real -----------------------------------------------------


@pytest.mark.parametrize("url", [_URL])
def test_claimreview_seed_check_reviews_each_checkable_claim(seed_result, url: str) -> None:
    reviews = to_claimreview(seed_result, url=url, author="Fact Desk")
    checkable = [c for c in seed_result.claims if seed_result.label_of(c) != Label.NOT_CHECKABLE]
    assert [r["claimReviewed"] for r in reviews] == [c.text for c in checkable]
    assert [r["url"] for r in reviews] == [f"{url}#{c.id}" for c in checkable]
    for review in reviews:
        _walk(review, top=True)
        assert review["itemReviewed"]["datePublished"] == "2020-02-05"
        assert review["itemReviewed"]["appearance"]["url"] == seed_result.article.url
