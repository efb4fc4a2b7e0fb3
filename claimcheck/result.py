"""The end of the flow: a CheckResult (claims + verdicts + provenance) as JSON or a DataFrame.

The JSON document is a contract (DESIGN.md, "JSON result"). It is deterministic: no wall-clock
time, fixed key order, so the same inputs give byte-identical output in any process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck import __version__
from claimcheck.errors import ResultError
from claimcheck.models import Article, Claim, Label, Review, Verdict
from claimcheck.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

SCHEMA = "claimcheck.result/1"


@dataclass(frozen=True, slots=True)
class ReferenceInfo:
    """Which reference dataset a check used: enough to tell whether a re-run used the same one."""

    name: str
    sha256: str
    rows: int


@cache
def rules_version() -> str:
    """A short hash of the rule tables, so a result says which rules produced it.

    Derived from the rule modules' bytes rather than bumped by hand, so it cannot be forgotten.
    """
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "rules").glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything a check found, with what it was made from.

    ``claims`` are in article order; each carries its ``verdict`` and, once a reviewer has
    overridden it, its ``review``.
    """

    article: Article
    reference: ReferenceInfo
    settings: Settings
    claims: tuple[Claim, ...]
    claimcheck_version: str = __version__
    rules_version: str = dataclasses.field(default_factory=rules_version)

    def label_of(self, claim: Claim) -> Label:
        """The label to publish: the reviewer's when there is a review, else the computed one."""
        if claim.review is not None:
            return claim.review.label
        if claim.verdict is not None:
            return claim.verdict.label
        return Label.UNVERIFIABLE

    def verdict_of(self, claim: Claim) -> Verdict | None:
        """The evidence to publish: the verdict against the record a reviewer chose, when one
        did ("use this record"), else the computed verdict."""
        if claim.review is not None and claim.review.verdict is not None:
            return claim.review.verdict
        return claim.verdict

    def reviewed_labels(self) -> int:
        """How many of the claims' published labels come from a reviewer."""
        return sum(claim.review is not None for claim in self.claims)

    def with_reviews(self, reviews: typing.Mapping[str, Review]) -> CheckResult:
        """A copy with the given reviews (claim id -> review) attached to their claims."""
        claims = tuple(
            dataclasses.replace(claim, review=reviews[claim.id]) if claim.id in reviews else claim
            for claim in self.claims
        )
        return dataclasses.replace(self, claims=claims)

    def to_claimreview(
        self, *, url: str | None = None, author: str | None = None
    ) -> list[dict[str, Any]]:
        """One schema.org ClaimReview per checkable claim (see :mod:`claimcheck.claimreview`)."""
        from claimcheck.claimreview import to_claimreview

        return to_claimreview(self, url=url, author=author)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document as Python values, keys in contract order."""
        article = self.article
        return {
            "schema": SCHEMA,
            "claimcheck_version": self.claimcheck_version,
            "rules_version": self.rules_version,
            "article": {
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                "source": article.source,
                "url": article.url,
                "outlet": article.outlet,
                "dateline": article.dateline,
                "sha256": article.sha256,
                "text": article.text,
            },
            "reference": to_jsonable(self.reference),
            "settings": self.settings.to_dict(),
            "claims": [to_jsonable(claim) for claim in self.claims],
            # Said outright, so a reader of the document need not count the reviews.
            "reviewed_labels": self.reviewed_labels(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The result as the JSON document of DESIGN.md; byte-identical for the same inputs.

        >>> from claimcheck import check
        >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
        >>> CheckResult.from_json(result.to_json()) == result
        True
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    @classmethod
    def from_json(cls, document: str | bytes) -> CheckResult:
        """Read back what :meth:`to_json` wrote; a damaged document raises :class:`ResultError`."""
        try:
            data = json.loads(document)
        except (ValueError, TypeError) as error:
            raise ResultError(
                f"Expected a claimcheck result as JSON, but it does not parse ({error}). "
                "Write it again with `claimcheck check --format json`."
            ) from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise ResultError(
                f"Expected a document with schema {SCHEMA!r}, found {found!r}. "
                "Only results written by `claimcheck check --format json` can be read back."
            )
        try:
            meta = data["article"]
            article = Article(
                text=meta["text"],
                published=date.fromisoformat(meta["published"]) if meta["published"] else None,
                title=meta["title"],
                source=meta["source"],
                url=meta["url"],
                outlet=meta["outlet"],
                dateline=meta["dateline"],
            )
            return cls(
                article=article,
                reference=from_jsonable(ReferenceInfo, data["reference"]),
                settings=Settings.from_dict(data["settings"]),
                claims=tuple(from_jsonable(Claim, claim) for claim in data["claims"]),
                claimcheck_version=data["claimcheck_version"],
                rules_version=data["rules_version"],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ResultError(
                f"The result document is incomplete or damaged: {type(error).__name__}: {error}. "
                "Re-run the check to write a fresh one."
            ) from None

    def to_frame(self) -> pd.DataFrame:
        """One row per claim: what it says, its computed label, its review and the evidence
        (against the record a reviewer chose, when one did)."""
        import pandas as pd

        rows = []
        for claim in self.claims:
            # The evidence in force: against the record a reviewer chose, when one did.
            verdict, review = self.verdict_of(claim), claim.review
            rows.append(
                {
                    "id": claim.id,
                    "sentence": claim.sentence,
                    "start": claim.start,
                    "end": claim.end,
                    "text": claim.text,
                    "kind": str(claim.kind),
                    "event_type": claim.event_type,
                    "checkworthy": claim.checkworthy,
                    "label": str(self.label_of(claim)),
                    "computed_label": str(claim.verdict.label) if claim.verdict else None,
                    "score": verdict.score if verdict else None,
                    "record_id": verdict.record_id if verdict else None,
                    "source": verdict.source if verdict else None,
                    "explanation": verdict.explanation if verdict else claim.reason,
                    "reviewed_label": str(review.label) if review else None,
                    "reviewer": review.reviewer if review else None,
                    "review_note": review.note if review else None,
                    "reviewed_record_id": (review.record_id or None) if review else None,
                }
            )
        return pd.DataFrame(rows)


def to_jsonable(value: Any) -> Any:
    """Any model value as JSON-ready data: dataclasses to dicts in field order, enums to their
    values, dates to ISO strings, tuples to lists.

    >>> from claimcheck.models import Comparison
    >>> to_jsonable(Comparison("date", "2020-01-03", "2020-01-03", True, "same day"))["agrees"]
    True
    """
    names = field_names(type(value))
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_jsonable(item) for item in value]
    return value


@cache
def field_names(cls: type) -> tuple[str, ...] | None:
    """The names of a dataclass's fields in order, ``None`` for any other class; looked up
    once per class (``dataclasses.fields`` builds its tuple anew on every call, most of the
    time of writing a result, or pickling one, went there).

    >>> from claimcheck.models import Comparison
    >>> field_names(Comparison)[:3], field_names(str)
    (('field', 'claimed', 'reference'), None)
    """
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(field.name for field in dataclasses.fields(cls))


def from_jsonable(kind: Any, value: Any) -> Any:
    """The inverse of :func:`to_jsonable`, guided by the type hints of the target type.

    >>> from claimcheck.models import Comparison
    >>> from_jsonable(Comparison, {"field": "date", "claimed": "2020", "reference": "2020-01-03",
    ...                            "agrees": True, "note": ""}).field
    'date'
    """
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return from_jsonable(options[0], value)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], item) for item in value)
        return tuple(from_jsonable(arg, item) for arg, item in zip(args, value, strict=True))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{name: from_jsonable(hints[name], item) for name, item in value.items()})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is float and isinstance(value, int):
        return float(value)
    return value
