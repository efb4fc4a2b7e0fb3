"""The whole flow in one call: article -> claims -> candidates -> verdicts -> CheckResult.

Two more compositions of the same steps serve a reviewer: :func:`search_reference` finds the
records a free-text query speaks of, and :func:`judge_with_record` judges one claim against the
record a reviewer chose.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from typing import TYPE_CHECKING

from claimcheck.articles import parse_published, read_article
from claimcheck.candidates import find_candidates
from claimcheck.claims import each_conjunct, extract_claims
from claimcheck.models import Article, Candidate, Claim, Label, Verdict
from claimcheck.reference import Reference, load_reference
from claimcheck.result import CheckResult, ReferenceInfo
from claimcheck.settings import Settings
from claimcheck.times import shift_date
from claimcheck.verdicts import combine_each, decide_verdict

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
        verdict = _judge(claim, reference, settings)
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
    claims = _with_sentence_records(claims, reference, settings)
    return CheckResult(
        article=article,
        reference=ReferenceInfo(name=reference.name, sha256=reference.sha256, rows=reference.rows),
        settings=settings,
        claims=tuple(claims),
    )


def _judge(claim: Claim, reference: Reference, settings: Settings) -> Verdict:
    """The claim's verdict; a claim of several names each is judged for each of them."""
    if claim.checkworthy and claim.conjuncts:
        return combine_each(
            claim, [_judge(part, reference, settings) for part in each_conjunct(claim)]
        )
    candidates = find_candidates(claim, reference, settings=settings) if claim.checkworthy else []
    return decide_verdict(claim, candidates, reference, settings=settings)


def _with_sentence_records(
    claims: list[Claim], reference: Reference, settings: Settings | None
) -> list[Claim]:
    """A clause that names nothing and finds no record of its own, judged with its sentence's
    clause that decided on a record: "(Bozizé's rebels seized Bangui in March 2003) after
    fighting that killed fifty people" speaks of the same fighting, so it is judged against that
    record with the other clause's names and dates besides its own figures."""
    decided: dict[int, Claim] = {}
    for claim in claims:
        verdict = claim.verdict
        if verdict is not None and verdict.record_id and verdict.label in _DECIDED:
            decided.setdefault(claim.sentence, claim)
    out = []
    for claim in claims:
        sibling = decided.get(claim.sentence)
        if (
            sibling is not None
            and sibling.verdict is not None
            and claim.checkworthy
            and not claim.entities
            and claim.verdict is not None
            and claim.verdict.record_id is None
            and not claim.verdict.candidates
        ):
            record_id = str(sibling.verdict.record_id)
            joined = dataclasses.replace(
                claim, entities=sibling.entities, times=(*sibling.times, *claim.times)
            )
            chosen = Candidate(record_id=record_id, score=sibling.verdict.score)
            verdict = decide_verdict(joined, [chosen], reference, settings=settings)
            note = f"It names nothing of its own: judged with its sentence, against {record_id}."
            explained = dataclasses.replace(verdict, explanation=f"{verdict.explanation} {note}")
            claim = dataclasses.replace(claim, verdict=explained)
        out.append(claim)
    return out


_DECIDED = frozenset({Label.SUPPORTED, Label.CONTRADICTED, Label.MISLEADING})


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


def search_reference(
    query: str,
    reference: Reference,
    *,
    published: date | str | None = None,
    settings: Settings | None = None,
    limit: int = 10,
) -> list[Candidate]:
    """The records a free-text query speaks of, best first, scored 0-100 as candidates are.

    The query is read as an article (its names, dates, counts and event words) and each of its
    claims finds its candidates, with no score cut-off; a record found by several keeps its
    best score.

    Parameters
    ----------
    query
        What to look for: a claim's text, or a few words ("Soleimani drone strike").
    reference
        The reference to search.
    published
        The date relative dates in the query resolve against ("last month").
    settings
        The check's settings (date window and tolerance); thresholds do not apply.
    limit
        How many records to return at most.

    Returns
    -------
    list[Candidate]
        Sorted by score descending, then record id; empty when nothing in the query finds a
        record (no known name, no rare word).

    Examples
    --------
    >>> from claimcheck import load_reference
    >>> [c.record_id for c in search_reference("Soleimani drone strike", load_reference())][:1]
    ['soleimani-strike-2020-01-03']
    """
    settings = dataclasses.replace(
        settings or Settings(), suggest_threshold=0.0, max_candidates=max(1, limit)
    )
    if not query.strip():
        return []
    article = read_article(query, published=published, settings=settings)
    best: dict[str, Candidate] = {}
    for claim in extract_claims(article, reference, settings=settings):
        for candidate in find_candidates(claim, reference, settings=settings):
            kept = best.get(candidate.record_id)
            if kept is None or candidate.score > kept.score:
                best[candidate.record_id] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, c.record_id))[:limit]


def judge_with_record(
    claim: Claim,
    candidate: Candidate,
    reference: Reference,
    *,
    settings: Settings | None = None,
) -> Verdict:
    """Judge a claim against the one record a reviewer chose ("use this record").

    The reviewer has said which event the claim speaks of, so the match threshold does not
    apply; everything else does, as in :func:`check`: every stated slot is compared with the
    record, a record of another phase cannot decide the claim, and a claim with nothing to
    check stays not checkable.

    Parameters
    ----------
    claim
        A claim of a check.
    candidate
        The chosen record with its score (from :func:`search_reference`): the verdict's score.
    reference
        The reference the record is in.
    settings
        The check's settings.

    Raises
    ------
    KeyError
        When the reference has no record with the candidate's id.

    Examples
    --------
    >>> from claimcheck import load_reference
    >>> ref = load_reference()
    >>> result = check("Soleimani was killed on January 4.", ref, published="2020-02-05")
    >>> chosen = search_reference("Soleimani drone strike", ref)[0]
    >>> verdict = judge_with_record(result.claims[0], chosen, ref)
    >>> str(verdict.label), verdict.record_id
    ('contradicted', 'soleimani-strike-2020-01-03')
    """
    reference.record(candidate.record_id)  # an unknown id is a KeyError naming it
    settings = dataclasses.replace(
        settings or Settings(), suggest_threshold=0.0, match_threshold=0.0
    )
    return decide_verdict(claim, [candidate], reference, settings=settings)
