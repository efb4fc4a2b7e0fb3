"""Publishing a check: one schema.org ClaimReview (JSON-LD) per checkable claim of a CheckResult.

The rating follows DESIGN.md's label table, and a reviewer's label wins over the computed one.
A reviewed claim's review says so: its ``reviewBody`` and ``ratingExplanation`` are the
reviewer's note, its ``author`` lists the reviewer as a ``Person`` after the organisation, and
``claimcheck:review`` keeps who, when, the computed label and any record the reviewer chose, so
a reader can count the labels that come from reviews.
Nothing is invented: the review's ``datePublished`` comes only from the check date the user gave
(``Settings.check_date``), and a missing ``url`` or ``author`` becomes a visible placeholder,
listed under ``claimcheck:placeholders`` so no one publishes it unawares.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urldefrag, urlsplit

from claimcheck.errors import SettingsError
from claimcheck.models import Claim, Label
from claimcheck.result import CheckResult

CONTEXT = "https://schema.org"

#: DESIGN.md, "Verdict labels": label -> (reviewRating.alternateName, ratingValue on 1-5).
#: ``not_checkable`` has no rating, so a not checkable claim gets no ClaimReview.
RATINGS: dict[Label, tuple[str, int]] = {
    Label.SUPPORTED: ("True", 5),
    Label.MISLEADING: ("Misleading", 2),
    Label.CONTRADICTED: ("False", 1),
    Label.UNVERIFIABLE: ("Unverifiable", 3),
}
BEST_RATING = 5
WORST_RATING = 1

#: Stand-ins used when no url or author is given; ``.invalid`` can never resolve (RFC 2606).
PLACEHOLDER_URL = "https://example.invalid/claimcheck-placeholder-set-url"
PLACEHOLDER_AUTHOR = "PLACEHOLDER: set the fact-checking organisation (author)"
#: Characters that may end or confuse an HTML <script> element, as JSON escapes.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
#: The key listing which fields of a ClaimReview are placeholders or missing.
PLACEHOLDERS_KEY = "claimcheck:placeholders"
#: The key of a reviewed claim's review: reviewer, time, computed label, record chosen.
REVIEW_KEY = "claimcheck:review"


def to_claimreview(
    result: CheckResult, *, url: str | None = None, author: str | None = None
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per checkable claim, in article order.

    Parameters
    ----------
    result
        The check to publish.
    url
        The address of the page that publishes the fact check (absolute http or https); each
        review points at its claim's anchor on it (``url#<claim id>``). ``None``: a placeholder.
    author
        The fact-checking organisation publishing the reviews. ``None``: a placeholder.

    Returns
    -------
    list of dict
        JSON-LD objects, each complete with ``@context``; keys in a fixed order. A review that
        uses a placeholder, or lacks ``datePublished`` because the check has no check date,
        names those fields under ``claimcheck:placeholders``.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> review = to_claimreview(result, url="https://factcheck.example/soleimani", author="Desk")[0]
    >>> review["reviewRating"]["alternateName"], review["url"]
    ('True', 'https://factcheck.example/soleimani#c1')
    """
    if url is not None:
        _check_url(url)
    return [
        _review(result, claim, url=url, author=author)
        for claim in result.claims
        if result.label_of(claim) in RATINGS
    ]


def dumps_claimreview(
    result: CheckResult, *, url: str | None = None, author: str | None = None
) -> str:
    """The ClaimReviews of :func:`to_claimreview` as JSON-LD text: a JSON array, deterministic.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026``, so the text can
    be pasted into a ``<script type="application/ld+json">`` element as it is.

    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> '"@type": "ClaimReview"' in dumps_claimreview(result)
    True
    """
    reviews = to_claimreview(result, url=url, author=author)
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    # The text is pasted into <script type="application/ld+json">, where "</script>" or "<!--"
    # in an article's words would end or break the element. Outside strings JSON has none of
    # these characters, so escaping every one keeps the JSON-LD equal to what it was.
    return text.translate(_SCRIPT_SAFE) + "\n"


def _check_url(url: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(
            f"url: expected the absolute http(s) address of the page publishing the fact check, "
            f"found {url!r}. Give e.g. https://factcheck.example/2020/soleimani, or leave it out "
            "to get a marked placeholder."
        )


def _review(result: CheckResult, claim: Claim, *, url: str | None, author: str | None) -> dict:
    label = result.label_of(claim)
    alternate_name, rating_value = RATINGS[label]
    placeholders = []
    if url is None:
        placeholders.append("url")
    if author is None:
        placeholders.append("author")
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        # One page may carry several reviews: each points at its own claim's anchor.
        "url": f"{urldefrag(url or PLACEHOLDER_URL)[0]}#{claim.id}",
        "claimReviewed": claim.text,
        "itemReviewed": _item_reviewed(result),
        "author": {"@type": "Organization", "name": author or PLACEHOLDER_AUTHOR},
    }
    human = claim.review
    if human is not None and human.reviewer:
        # The organisation publishes; the reviewer who set the label is named beside it.
        review["author"] = [review["author"], {"@type": "Person", "name": human.reviewer}]
    if human is not None and human.note:
        review["reviewBody"] = human.note
    check_date = result.settings.check_date
    if check_date is not None:
        review["datePublished"] = check_date.isoformat()
    else:
        placeholders.append("datePublished")
    review["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": rating_value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": alternate_name,
        "ratingExplanation": human.note if human and human.note else _explanation(result, claim),
    }
    if human is not None:
        review[REVIEW_KEY] = {
            "reviewer": human.reviewer,
            "reviewedAt": human.reviewed_at,
            "computedLabel": claim.verdict.label.value if claim.verdict else None,
            "record": human.record_id or None,
        }
    if placeholders:
        review[PLACEHOLDERS_KEY] = placeholders
    return review


def _item_reviewed(result: CheckResult) -> dict[str, Any]:
    """The claim as it appeared: in the checked article, the only appearance the check knows."""
    article = result.article
    publisher = article.outlet or article.source
    item: dict[str, Any] = {"@type": "Claim"}
    if publisher:
        item["author"] = {"@type": "Organization", "name": publisher}
    if article.published is not None:
        item["datePublished"] = article.published.isoformat()
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    if article.url:
        appearance["url"] = article.url
    if article.title:
        appearance["headline"] = article.title
    if article.published is not None:
        appearance["datePublished"] = article.published.isoformat()
    if publisher:
        appearance["publisher"] = {"@type": "Organization", "name": publisher}
    # A date and a publisher alone do not say where the claim appeared.
    if article.url or article.title:
        item["appearance"] = appearance
        # The checked article is the first appearance known to the check; a reviewer who knows
        # an earlier one should say so in the published review.
        item["firstAppearance"] = appearance
    return item


def _explanation(result: CheckResult, claim: Claim) -> str:
    """The evidence in force in words, and the review when the reviewer left no note."""
    verdict, review = result.verdict_of(claim), claim.review
    parts = []
    if verdict is not None:
        if verdict.explanation:
            parts.append(verdict.explanation)
        if verdict.record_id:
            source = f" ({verdict.source})" if verdict.source else ""
            parts.append(f"Reference record {verdict.record_id}{source}.")
    elif claim.reason:
        parts.append(claim.reason)
    if review is not None:
        by = f" by {review.reviewer}" if review.reviewer else ""
        note = f": {review.note}" if review.note else ""
        computed = f" (claimcheck computed {claim.verdict.label})" if claim.verdict else ""
        chosen = f" against record {review.record_id}" if review.record_id else ""
        parts.append(f"Reviewed{by} as {review.label}{chosen}{note}{computed}.")
    return " ".join(parts)
