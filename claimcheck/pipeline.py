"""The whole flow in one call: article -> claims -> candidates -> verdicts -> CheckResult."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from typing import TYPE_CHECKING

from claimcheck.articles import parse_published, read_article
from claimcheck.candidates import find_candidates
from claimcheck.claims import extract_claims
from claimcheck.models import Article, Claim
from claimcheck.reference import Reference, load_reference
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.settings import Settings
from claimcheck.times import shift_date
from claimcheck.verdicts import decide_verdict

if TYPE_CHECKING:
    import pandas as pd


def check(
    article: str | os.PathLike[str] | bytes | Article,
    reference: Reference | str | os.PathLike[str] | pd.DataFrame | None = None,
    *,
    published: date | str | None = None,
    settings: Settings | None = None,
) -> CheckResult:
    """Check every claim of an article against a reference dataset.

    Parameters
    ----------
    article
        The article: its text, a path to a ``.txt``/``.md``/``.json`` file, or an ``Article``.
    reference
        A loaded ``Reference``, a path to a CSV/Parquet/JSON Lines file, a DataFrame in the
        reference schema, or ``None`` for the shipped reference.
    published
        The publication date that relative dates resolve against; overrides the article's own.
        Without any, relative dates stay unresolved and claims that rest on them are unverifiable.
    settings
        Thresholds and options; recorded in the result.

    Returns
    -------
    CheckResult
        Every claim with its verdict, and the provenance of the check.

    Examples
    --------
    >>> result = check("Soleimani was killed in a drone strike in Baghdad on January 3.",
    ...                published="2020-02-05")
    >>> [(claim.id, str(claim.verdict.label)) for claim in result.claims]
    [('c1', 'supported')]
    """
    settings = settings or Settings()
    if isinstance(article, Article):
        override = parse_published(published, what="published")
        if override is not None:
            article = dataclasses.replace(article, published=override)
    else:
        article = read_article(article, published=published, settings=settings)
    if not isinstance(reference, Reference):
        reference = load_reference(reference)

    claims = []
    for claim in extract_claims(article, reference, settings=settings):
        candidates = (
            find_candidates(claim, reference, settings=settings) if claim.checkworthy else []
        )
        verdict = decide_verdict(claim, candidates, reference, settings=settings)
        beyond = _beyond_the_calendar(claim, article.published)
        if beyond:
            # Not an error: the date is left unplaced, and the verdict says why.
            named = ", ".join(map(repr, beyond))
            note = (
                f"The date {named} falls outside the calendar (years 1-9999), so it is not "
                "compared."
                if len(beyond) == 1
                else f"The dates {named} fall outside the calendar (years 1-9999), so they are "
                "not compared."
            )
            verdict = dataclasses.replace(
                verdict, explanation=f"{verdict.explanation} {note}".strip()
            )
        claims.append(dataclasses.replace(claim, verdict=verdict))
    return CheckResult(
        article=article,
        reference=ReferenceInfo(name=reference.name, sha256=reference.sha256, rows=reference.rows),
        settings=settings,
        claims=tuple(claims),
    )


def _beyond_the_calendar(claim: Claim, published: date | None) -> list[str]:
    """The claim's relative dates that no day in years 1-9999 can be ("130473.811 weeks
    earlier"), judged from the publication date, near which the story's own dates lie."""
    if published is None:
        return []
    return [
        time.text
        for time in claim.times
        if time.first is None
        and time.offset_days is not None
        and any(shift_date(published, days) is None for days in time.offset_days)
    ]
