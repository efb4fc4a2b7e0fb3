"""YAML claim cases: a check's verdicts written as regression cases, read back and judged.

A case file (DESIGN.md, "YAML claim cases") names a reference dataset (relative to the file),
the published date the case texts are read against, and one case per claim text with the verdict
it must get. :func:`to_cases_yaml` writes one from a :class:`~claimcheck.result.CheckResult`;
:func:`load_cases` reads and validates one; :func:`judge_case` compares a fresh check of a case
text with what the case expects. The pytest plugin (``claimcheck.pytest_plugin``) runs them.
"""

from __future__ import annotations

import os
import reprlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from claimcheck._files import atomic_writer, read_regular_text
from claimcheck.errors import CaseFileError, ResultError
from claimcheck.models import Claim, Label, Sentence
from claimcheck.result import CheckResult
from claimcheck.sentences import split_sentences

#: The slots a verdict compares (DESIGN.md, ``comparisons[].field``); a case's ``field`` is one.
FIELDS = ("date", "deaths", "injuries", "count", "location", "actor", "event_type")

_FILE_KEYS = ("reference", "published", "cases")
_CASE_KEYS = ("text", "verdict", "record", "field", "context", "xfail")
# A case's record and field name the evidence of a verdict that found a record.
_MATCHED = (Label.SUPPORTED, Label.MISLEADING, Label.CONTRADICTED)


class _CaseLoader(yaml.SafeLoader):
    """YAML's safe loader, but dates stay text: an impossible date is then a clear problem
    in the case file rather than a ValueError from deep inside the YAML library."""


class _CaseDumper(yaml.SafeDumper):
    """YAML's safe dumper, but text holding a line break or control character is double-quoted:
    in a plain or single-quoted scalar YAML would fold ``\x85`` or ``\u2028`` into a space,
    and the case would no longer name the claim's exact words."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = None if text.isprintable() else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_CaseDumper.add_representer(str, _represent_text)

_CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


#: Bounds on a case file: its size, the values it expands to (YAML aliases can make a small file
#: stand for billions of values), and how much of a wrong value or of a list of problems is shown.
_MAX_CASE_FILE_BYTES = 10_000_000
_MAX_RESULT_BYTES = 200_000_000
_MAX_YAML_VALUES = 100_000
_MAX_PROBLEMS_SHOWN = 20
_SHOWN = reprlib.Repr()
_SHOWN.maxlevel, _SHOWN.maxstring, _SHOWN.maxother = 2, 80, 80
_SHOWN.maxlist = _SHOWN.maxdict = _SHOWN.maxtuple = _SHOWN.maxset = 4


def _shown(value: Any) -> str:
    """A bounded repr for messages: a wrong value is named, never printed whole."""
    return _SHOWN.repr(value)


def _load_yaml(text: str, path: Path) -> Any:
    """YAML as with ``_CaseLoader``, refusing a document that expands past ``_MAX_YAML_VALUES``."""
    loader = _CaseLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        values = _expanded_size(node)
        if values > _MAX_YAML_VALUES:
            raise CaseFileError(
                f"The claim case file {path} expands to more than {_MAX_YAML_VALUES:,} values "
                "through YAML aliases (*name): a case file needs far fewer. Write the cases out "
                "without anchors and aliases."
            )
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(root: yaml.Node) -> int:
    """How many values the node stands for once aliases are expanded (stops past the bound)."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        if id(node) in sizes:  # an alias: the same node object again
            return sizes[id(node)]
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > _MAX_YAML_VALUES:
                break
        sizes[id(node)] = total
        return total

    return size(root)


@dataclass(frozen=True, slots=True)
class Case:
    """One claim text and the verdict a check of it must give.

    ``record`` is the reference record the verdict must rest on; ``field`` a slot that must
    disagree (for a contradicted or misleading claim); ``context`` the words of the sentence
    before the claim, when the claim is a clause that leans on them ("..., prompting Iran to
    retaliate days later"); ``xfail`` the reason a case is known to fail (the rules cannot yet
    reach a reviewer's label), or ``None``.
    """

    text: str
    verdict: Label
    record: str | None = None
    field: str | None = None
    context: str | None = None
    xfail: str | None = None

    @property
    def article_text(self) -> str:
        """What is checked: the context, if any, then the claim's own words."""
        return (self.context or "") + self.text


@dataclass(frozen=True, slots=True)
class CaseFile:
    """A validated case file; ``reference`` is resolved against the file's folder."""

    path: Path
    reference: Path | None  # None: the shipped default reference
    published: date | None
    cases: tuple[Case, ...]


def load_cases(path: str | os.PathLike[str]) -> CaseFile:
    """Read and validate a YAML claim case file.

    Every problem in the file is reported together in one :class:`CaseFileError`.

    Parameters
    ----------
    path
        The case file, e.g. ``tests/claims/claims_seed.yaml``.

    Returns
    -------
    CaseFile
        The cases, with the reference path resolved against the file's folder.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "claims_x.yaml").write_text(
    ...     "published: 2020-02-05\\n"
    ...     "cases:\\n"
    ...     "  - text: Soleimani was killed in Baghdad on January 3.\\n"
    ...     "    verdict: supported\\n"
    ... )
    >>> load_cases(folder / "claims_x.yaml").cases[0].verdict
    <Label.SUPPORTED: 'supported'>
    """
    path = Path(path)
    try:
        text = read_regular_text(path, limit=_MAX_CASE_FILE_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise CaseFileError(
            f"Cannot read the claim case file {path}: {error}. Give the path of a UTF-8 YAML file "
            f"of at most {_MAX_CASE_FILE_BYTES:,} bytes."
        ) from None
    try:
        data = _load_yaml(text, path)
    except RecursionError:
        raise CaseFileError(
            f"The claim case file {path} nests its values too deeply to read. A case file is a "
            "mapping of reference, published and a flat list of cases: write it out that way."
        ) from None
    except yaml.YAMLError as error:
        raise CaseFileError(
            f"The claim case file {path} is not valid YAML: {error}. "
            "Fix the syntax (indentation, quotes, colons) and run again."
        ) from None
    if not isinstance(data, dict):
        raise CaseFileError(
            f"The claim case file {path} must be a mapping with keys {', '.join(_FILE_KEYS)}, "
            f"found {type(data).__name__}. See DESIGN.md, 'YAML claim cases', for the format."
        )

    problems: list[str] = []
    unknown = sorted(str(key) for key in data if key not in _FILE_KEYS)
    if unknown:
        problems.append(
            f"unknown key(s) {', '.join(unknown)} (expected some of {', '.join(_FILE_KEYS)})"
        )
    reference = _read_reference(path, data.get("reference"), problems)
    published = _read_published(data.get("published"), problems)
    cases = _read_cases(data.get("cases"), problems)
    if problems:
        shown = [f"  - {problem}" for problem in problems[:_MAX_PROBLEMS_SHOWN]]
        if len(problems) > _MAX_PROBLEMS_SHOWN:
            shown.append(f"  - and {len(problems) - _MAX_PROBLEMS_SHOWN} more")
        raise CaseFileError(
            f"The claim case file {path} has {len(problems)} problem(s):\n"
            + "\n".join(shown)
            + "\nFix them; the format is in DESIGN.md, 'YAML claim cases'."
        )
    return CaseFile(path=path, reference=reference, published=published, cases=cases)


def _read_reference(path: Path, value: Any, problems: list[str]) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(
            f"reference must be a path relative to the case file, found {_shown(value)}"
        )
        return None
    # Relative to the YAML file, so a case folder can move with its reference data.
    reference = (path.parent / value).resolve()
    if not reference.is_file():
        problems.append(f"reference {_shown(value)} does not exist (looked for {reference})")
    return reference


def _read_published(value: Any, problems: list[str]) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append(f"published must be a date as YYYY-MM-DD, found {_shown(value)}")
    return None


def _read_cases(value: Any, problems: list[str]) -> tuple[Case, ...]:
    if not isinstance(value, list) or not value:
        problems.append(f"cases must be a non-empty list of cases, found {_shown(value)}")
        return ()
    cases: list[Case] = []
    seen: dict[str, int] = {}
    labels = ", ".join(label.value for label in Label)
    for index, item in enumerate(value):
        where = f"cases[{index}]"
        if not isinstance(item, dict):
            problems.append(
                f"{where} must be a mapping with text and verdict, found {_shown(item)}"
            )
            continue
        before = len(problems)
        unknown = sorted(str(key) for key in item if key not in _CASE_KEYS)
        if unknown:
            problems.append(
                f"{where}: unknown key(s) {', '.join(unknown)} "
                f"(expected some of {', '.join(_CASE_KEYS)})"
            )
        text: Any = item.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text must be the claim's words, found {_shown(text)}")
        elif text in seen:
            problems.append(
                f"{where}: the same text as cases[{seen[text]}]; keep one case per text"
            )
        else:
            seen[text] = index
        verdict: Any = item.get("verdict")
        # A list, not a set: a malformed verdict may be unhashable (a list or a mapping).
        if verdict not in [label.value for label in Label]:
            problems.append(f"{where}: verdict must be one of {labels}, found {_shown(verdict)}")
        for key in ("record", "context", "xfail"):
            if key in item and (not isinstance(item[key], str) or not item[key].strip()):
                problems.append(f"{where}: {key} must be non-empty text, found {_shown(item[key])}")
        field = item.get("field")
        if field is not None and field not in FIELDS:
            problems.append(
                f"{where}: field must be one of {', '.join(FIELDS)}, found {_shown(field)}"
            )
        if len(problems) == before:
            cases.append(
                Case(
                    text=text,
                    verdict=Label(verdict),
                    record=item.get("record"),
                    field=field,
                    context=item.get("context"),
                    xfail=item.get("xfail"),
                )
            )
    return tuple(cases)


def judge_case(case: Case, result: CheckResult) -> list[str]:
    """What is wrong with a fresh check of a case's text, measured against the case.

    Parameters
    ----------
    case
        The expectation.
    result
        A check of ``case.article_text`` (no reviews attached).

    Returns
    -------
    list of str
        One line per unmet expectation; empty when the case passes.

    Examples
    --------
    >>> from claimcheck import check
    >>> case = Case("Soleimani was killed in Baghdad on January 3.", Label.SUPPORTED)
    >>> judge_case(case, check(case.text, published="2020-02-05"))
    []
    """
    # The case's claim is what the check found in its own words, after any context.
    found = [claim for claim in result.claims if claim.start >= len(case.context or "")]
    if len(found) != 1:
        return [
            f"expected the text to give one claim, the check found {len(found)}: "
            "keep one claim per case, and what it leans on in its context"
        ]
    claim = found[0]
    verdict = claim.verdict
    problems = []
    actual = result.label_of(claim)
    if actual != case.verdict:
        problems.append(f"expected verdict {case.verdict}, got {actual}")
    if case.record is not None:
        record = verdict.record_id if verdict else None
        if record != case.record:
            problems.append(f"expected record {case.record}, got {record}")
    if case.field is not None:
        disagreeing = [c.field for c in verdict.comparisons if c.agrees is False] if verdict else []
        if case.field not in disagreeing:
            shown = ", ".join(disagreeing) or "none"
            problems.append(f"expected {case.field} to disagree, disagreeing slots: {shown}")
    return problems


def describe_outcome(case: Case, result: CheckResult, problems: list[str]) -> str:
    """A failed case as a reader needs it: the claim, expected and actual verdict, comparisons.

    >>> from claimcheck import check
    >>> case = Case("Soleimani was killed in Baghdad on January 4.", Label.SUPPORTED)
    >>> result = check(case.text, published="2020-02-05")
    >>> print(describe_outcome(case, result, judge_case(case, result)))  # doctest: +ELLIPSIS
    claim:    Soleimani was killed in Baghdad on January 4.
    expected: supported
    ...
    """
    expected = str(case.verdict)
    if case.record:
        expected += f" (record {case.record})"
    if case.field:
        expected += f" ({case.field} disagrees)"
    lines = [f"claim:    {case.text}"]
    if case.context:
        lines.append(f"context:  {case.context}")
    lines.append(f"expected: {expected}")
    for claim in result.claims:
        lines.extend(_describe_claim(result, claim, several=len(result.claims) > 1))
    lines.append("problems:")
    lines.extend(f"  - {problem}" for problem in problems)
    return "\n".join(lines)


def _describe_claim(result: CheckResult, claim: Claim, *, several: bool) -> list[str]:
    verdict = claim.verdict
    prefix = f"[{claim.id}] " if several else ""
    if verdict is None:
        return [f"actual:   {prefix}{result.label_of(claim)} (no verdict: {claim.reason})"]
    evidence = f"record {verdict.record_id}, score {verdict.score:g}" if verdict.record_id else ""
    lines = [f"actual:   {prefix}{verdict.label}" + (f" ({evidence})" if evidence else "")]
    if verdict.comparisons:
        lines.append("comparisons:")
        width = max(len(c.field) for c in verdict.comparisons)
        for c in verdict.comparisons:
            agrees = {True: "agrees", False: "DISAGREES", None: "not compared"}[c.agrees]
            note = f" ({c.note})" if c.note else ""
            lines.append(
                f"  {c.field:<{width}}  claimed {c.claimed!r}  reference {c.reference!r}"
                f"  {agrees}{note}"
            )
    else:
        lines.append("comparisons: none")
    if verdict.explanation:
        lines.append(f"explanation: {verdict.explanation}")
    return lines


def to_cases_yaml(result: CheckResult, *, reference_path: str, only_reviewed: bool = False) -> str:
    """A check's published verdicts as a YAML claim case file.

    Each claim becomes a case expecting its published label (the reviewer's when reviewed).
    Where a reviewer overrode the computed label, the case is marked ``xfail`` with the reason,
    so the rules' known gap is on record and the case starts passing when the rules catch up.

    Parameters
    ----------
    result
        The check.
    reference_path
        The reference dataset's path as the case file should name it (relative to the file).
    only_reviewed
        Write only the claims a reviewer has reviewed.

    Returns
    -------
    str
        The YAML text, deterministic for the same result.

    Examples
    --------
    >>> from claimcheck import check
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> print(to_cases_yaml(result, reference_path="events.csv"))  # doctest: +ELLIPSIS
    # Claim cases written by `claimcheck cases` from a check of ...
    reference: events.csv
    published: 2020-02-05
    cases:
    - text: Soleimani was killed in Baghdad on January 3.
      verdict: supported
    ...
    """
    sentences = split_sentences(result.article)
    claims, seen = [], set()
    for claim in result.claims:
        # A case file holds one case per text: a sentence repeated in an article is one case.
        if (claim.review is not None or not only_reviewed) and claim.text not in seen:
            seen.add(claim.text)
            claims.append(claim)
    if not claims:
        raise ResultError(
            "The check has no reviewed claims to write as cases "
            f"({len(result.claims)} claim(s), none reviewed). Review some claims first, "
            "or write every claim's verdict without only_reviewed."
        )
    article, reference = result.article, result.reference
    title = article.title or "an untitled article"
    header = (
        f"# Claim cases written by `claimcheck cases` from a check of {title!r}\n"
        f"# (article sha256 {article.sha256[:12]}, reference {reference.name!r} "
        f"sha256 {reference.sha256[:12]}, {reference.rows} rows). Run them with pytest.\n"
        f"# {result.reviewed_labels()} of {len(result.claims)} label(s) set by a reviewer.\n"
    )
    document = {
        "reference": reference_path,
        "published": article.published,
        "cases": [_case_of(result, claim, sentences) for claim in claims],
    }
    body = yaml.dump(document, Dumper=_CaseDumper, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def _case_of(result: CheckResult, claim: Claim, sentences: list[Sentence]) -> dict[str, str]:
    label = result.label_of(claim)
    case = {"text": claim.text, "verdict": label.value}
    # A clause is checked after the words of its sentence before it, which it may lean on; a
    # claim that leaned on the article before it (the state it is about, the event "days
    # later" follows) is checked after all of that text.
    sentence = sentences[claim.sentence] if claim.sentence < len(sentences) else None
    leans_on_article = bool(claim.context) or any(t.anchor == "event" for t in claim.times)
    if sentence is not None and sentence.start <= claim.start <= sentence.end:
        begin = 0 if leans_on_article else sentence.start
        context = result.article.text[begin : claim.start]
        if context.strip():
            case["context"] = context
    verdict, review = claim.verdict, claim.review
    computed = verdict.label if verdict else None
    if review is not None and review.label != computed:
        by = f" by {review.reviewer}" if review.reviewer else ""
        chosen = f" against record {review.record_id}" if review.record_id else ""
        note = f" ({review.note})" if review.note else ""
        case["xfail"] = f"reviewed{by} as {label}{chosen}{note}; the check computed {computed}"
        return case
    if verdict is not None and label in _MATCHED and verdict.record_id:
        case["record"] = verdict.record_id
        disagreeing = [c.field for c in verdict.comparisons if c.agrees is False]
        if label != Label.SUPPORTED and disagreeing:
            case["field"] = disagreeing[0]
    return case


def write_cases(
    result_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str] | None = None,
    *,
    reference_path: str | os.PathLike[str] | None = None,
    only_reviewed: bool = False,
) -> str:
    """``claimcheck cases RESULT.json [--out PATH]``: a stored check's verdicts as YAML cases.

    Parameters
    ----------
    result_path
        A result written by ``claimcheck check --format json``.
    out_path
        Where to write the case file; ``None`` only returns the text. Name it ``claims_*.yaml``
        so the pytest plugin collects it.
    reference_path
        The reference dataset the check used; default: the shipped one. It must be the same
        dataset (same sha256) as the check's, or the cases would test other facts. It is written
        relative to ``out_path``'s folder (absolute when there is no ``out_path``).
    only_reviewed
        Write only reviewed claims.

    Returns
    -------
    str
        The YAML text.

    Examples
    --------
    >>> from claimcheck import check
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> result = check("Soleimani was killed in Baghdad on January 3.", published="2020-02-05")
    >>> _ = (folder / "result.json").write_text(result.to_json())
    >>> "verdict: supported" in write_cases(folder / "result.json", folder / "claims_seed.yaml")
    True
    """
    # Loading a reference needs pandas: imported here, so reading case files stays light.
    from claimcheck.reference import load_reference
    from claimcheck.seeds import DEFAULT_REFERENCE

    result_path = Path(result_path)
    try:
        document = read_regular_text(result_path, limit=_MAX_RESULT_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise ResultError(
            f"Cannot read the check result {result_path}: {error}. "
            "Give a file written by `claimcheck check --format json`."
        ) from None
    result = CheckResult.from_json(document)
    reference = Path(reference_path) if reference_path is not None else DEFAULT_REFERENCE
    if not reference.is_file():
        raise CaseFileError(
            f"The reference dataset {reference} does not exist. "
            "Give the path of the reference the check used."
        )
    reference = reference.resolve()
    used = load_reference(reference)
    if used.sha256 != result.reference.sha256:
        checked = result.reference
        raise CaseFileError(
            f"The check used the reference {checked.name!r} (sha256 {checked.sha256[:12]}, "
            f"{checked.rows} rows), but {reference} is another dataset (sha256 "
            f"{used.sha256[:12]}, {used.rows} rows). Give the reference the check used, or "
            "check the article again against this one first."
        )
    if out_path is None:
        written = reference.as_posix()
    else:
        folder = Path(out_path).resolve().parent
        written = Path(os.path.relpath(reference, folder)).as_posix()
    text = to_cases_yaml(result, reference_path=written, only_reviewed=only_reviewed)
    if out_path is not None:
        with atomic_writer(out_path, what="--out") as out:
            out.write(text)
    return text
