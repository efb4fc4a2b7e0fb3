"""The ``claimcheck`` command: the flow from a terminal, for people and for scripts.

Exit status 0 on success, 2 on bad input (a one-paragraph message on stderr, no traceback).
Output goes to stdout, or to ``--out`` only once the whole output is ready, so a failed run never
leaves a half-written file.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from claimcheck import __version__
from claimcheck._files import atomic_writer
from claimcheck.errors import ArticleError, ClaimcheckError, SettingsError
from claimcheck.models import Claim, Label
from claimcheck.result import CheckResult, rules_version
from claimcheck.settings import Settings, parse_iso_date

WIDTH = 80

# How each label is marked in a terminal table: a word, not a colour, so it reads everywhere.
_MARKS = {
    Label.SUPPORTED: "SUPPORTED",
    Label.MISLEADING: "MISLEADING",
    Label.CONTRADICTED: "CONTRADICTED",
    Label.UNVERIFIABLE: "UNVERIFIABLE",
    Label.NOT_CHECKABLE: "not checkable",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    args.notes = []
    try:
        output = args.run(args)
        if args.out:
            _write(Path(args.out), output)
        else:
            sys.stdout.write(output)
    except ClaimcheckError as error:
        print(f"claimcheck: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f"claimcheck: cannot read or write {error.filename or 'a file'}: {error.strerror}. "
            "Check the path and its permissions.",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        return 130
    # Notes only once the run has succeeded: a failed run prints its error alone.
    for note in args.notes:
        print(f"claimcheck: note: {note}", file=sys.stderr)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse with a "did you mean" for a mistyped flag (Python 3.11 has no suggest_on_error)."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments:"):
            known = sorted(_option_strings(self._root()))
            for word in message.split(":", 1)[1].split():
                flag = word.split("=", 1)[0]
                if flag.startswith("--"):
                    close = difflib.get_close_matches(flag, known, n=1, cutoff=0.6)
                    if close:
                        message += f" (did you mean {close[0]}?)"
        super().error(message)

    def _root(self) -> argparse.ArgumentParser:
        return getattr(self, "_claimcheck_root", self)


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        found.update(option for option in action.option_strings if option.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _option_strings(sub)
    return found


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimcheck", description="Check the claims of a news article against known facts."
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    claims = commands.add_parser("claims", help="list an article's claims and what they state")
    _add_article_options(claims)
    claims.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table: one line per claim (default); json: the claims with their slots",
    )
    claims.set_defaults(run=_run_claims)

    check = commands.add_parser("check", help="check an article's claims against a reference")
    _add_article_options(check)
    check.add_argument(
        "--format",
        choices=("table", "json", "markdown", "html", "claimreview"),
        default="table",
        help="table: one line per claim (default); json: the full result (claimcheck cases "
        "reads it); markdown, html: a report to read; claimreview: schema.org JSON-LD",
    )
    check.add_argument(
        "--match-threshold", type=float, help="score (0-100) a record needs to decide a verdict"
    )
    check.add_argument(
        "--check-date", help="the date of the check (YYYY-MM-DD), for published reviews"
    )
    check.add_argument(
        "--reviews", help="a review log (SQLite) whose reviewers' overrides the output carries"
    )
    check.add_argument("--url", help="ClaimReview: the page that publishes this fact check")
    check.add_argument("--author", help="ClaimReview: the fact-checking organisation")
    check.set_defaults(run=_run_check)

    batch = commands.add_parser("batch", help="check every article of a corpus")
    batch.add_argument("corpus", help="a folder of articles, or a JSON Lines file of articles")
    batch.add_argument("--out", dest="batch_out", required=True, help="JSON Lines file of results")
    batch.add_argument("--engine", choices=("local", "dask"), default="local")
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="engine dask: a running Dask scheduler (tcp://host:8786) instead of a local cluster; "
        "its workers must see the reference file at the same path",
    )
    batch.add_argument("--reference", help="reference dataset (default: the shipped one)")
    batch.add_argument("--day-first", action="store_true", help="read 01/03/2020 as 1 March")
    batch.set_defaults(run=_run_batch, out=None)

    reference = commands.add_parser("reference", help="work with reference datasets")
    reference_commands = reference.add_subparsers(
        dest="reference_command", required=True, metavar="ACTION"
    )
    validate = reference_commands.add_parser(
        "validate", help="check a reference file against the schema"
    )
    validate.add_argument("path", help="CSV, Parquet or JSON Lines file")
    validate.set_defaults(run=_run_validate, out=None)

    cases = commands.add_parser("cases", help="turn a check's verdicts into YAML claim cases")
    cases.add_argument("result", help="a result written by `claimcheck check --format json`")
    cases.add_argument(
        "--reference", help="the reference the check used (default: the shipped one)"
    )
    cases.add_argument("--only-reviewed", action="store_true", help="write only reviewed claims")
    cases.add_argument(
        "--out", dest="cases_out", help="write the cases here (name it claims_*.yaml)"
    )
    cases.set_defaults(run=_run_cases, out=None)
    for sub in (claims, check, batch, reference, validate, cases):
        sub._claimcheck_root = parser  # type: ignore[attr-defined]
    return parser


def _add_article_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", help="article file (.txt, .md, .json), or - for standard input")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (overrides the file's)")
    parser.add_argument("--reference", help="reference dataset (default: the shipped one)")
    parser.add_argument("--day-first", action="store_true", help="read 01/03/2020 as 1 March")
    parser.add_argument("--out", help="write the output to this file instead of standard output")


def _settings(args: argparse.Namespace) -> Settings:
    values: dict[str, object] = {"day_first": args.day_first}
    if getattr(args, "match_threshold", None) is not None:
        values["match_threshold"] = args.match_threshold
        values["suggest_threshold"] = min(Settings().suggest_threshold, args.match_threshold)
    if getattr(args, "check_date", None):
        values["check_date"] = parse_iso_date(args.check_date, what="--check-date")
    return Settings(**values)  # type: ignore[arg-type]


def _article_source(args: argparse.Namespace) -> Path | bytes:
    # Bytes from standard input are decoded by read_article, with its checks for encodings;
    # the size limit holds while reading, so `- < /dev/zero` stops at once.
    if args.article == "-":
        from claimcheck.articles import read_limited

        return read_limited(sys.stdin.buffer, what="standard input", settings=_settings(args))
    if not args.article.strip():
        raise ArticleError(
            "The article argument is empty. Give the path of a .txt, .md or .json file, or - to "
            "read standard input."
        )
    # Always a path here: a mistyped file name must be reported missing, not checked as a
    # one-word article (read_article takes a plain str without a suffix as the text itself).
    return Path(args.article)


def _published(args: argparse.Namespace) -> str | None:
    if args.published is None:
        return None
    return parse_iso_date(args.published, what="--published").isoformat()


def _run_claims(args: argparse.Namespace) -> str:
    from claimcheck.articles import read_article
    from claimcheck.claims import extract_claims
    from claimcheck.reference import load_reference

    settings = _settings(args)
    article = read_article(_article_source(args), published=_published(args), settings=settings)
    claims = extract_claims(article, load_reference(args.reference), settings=settings)
    if article.published is None:
        _note_missing_published(args)
    if args.format == "json":
        from claimcheck.result import to_jsonable

        document = {
            "published": article.published.isoformat() if article.published else None,
            "rules_version": rules_version(),
            "claims": [to_jsonable(claim) for claim in claims],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return _claims_table(
        claims, published=article.published.isoformat() if article.published else None
    )


def _run_check(args: argparse.Namespace) -> str:
    from claimcheck.pipeline import check

    settings = _settings(args)
    result = check(
        _article_source(args), args.reference, published=_published(args), settings=settings
    )
    if result.article.published is None:
        _note_missing_published(args)
    if args.reviews:
        from claimcheck.reviews import ReviewLog

        result = ReviewLog(_existing(args.reviews, what="--reviews")).apply(result)
    renderers: dict[str, Callable[[CheckResult], str]] = {
        "table": _check_table,
        "json": lambda r: r.to_json(),
        "markdown": _markdown,
        "html": _html,
        "claimreview": lambda r: _claimreview(r, url=args.url, author=args.author),
    }
    return renderers[args.format](result)


def _note_missing_published(args: argparse.Namespace) -> None:
    # Not an error: absolute dates still check. But "last month" cannot be placed, and the
    # claims that rest on it come out unverifiable; say why once.
    args.notes.append(
        "the article has no publication date, so relative dates such as "
        "'last month' cannot be placed and claims resting on them are unverifiable. Give "
        "--published YYYY-MM-DD, or a 'published:' line in the article's front matter."
    )


def _existing(path: str, *, what: str) -> str:
    # Opening a log that is not there would create an empty one: a typo must not pass silently.
    if Path(path).is_dir():
        raise SettingsError(
            f"{what}: {path!r} is a folder, not a review log. Give the path of the log file in it."
        )
    if not Path(path).is_file():
        raise SettingsError(f"{what}: no review log at {path!r}. Give the path of an existing one.")
    return path


def _markdown(result: CheckResult) -> str:
    from claimcheck.report import to_markdown

    return to_markdown(result)


def _html(result: CheckResult) -> str:
    from claimcheck.report import to_html

    return to_html(result)


def _claimreview(result: CheckResult, *, url: str | None, author: str | None) -> str:
    from claimcheck.claimreview import dumps_claimreview

    return dumps_claimreview(result, url=url, author=author)


def _run_batch(args: argparse.Namespace) -> str:
    from claimcheck.batch import check_corpus, read_corpus, write_results

    settings = _settings(args)
    if args.scheduler and args.engine != "dask":
        raise SettingsError("--scheduler runs the batch on a Dask cluster: add --engine dask.")
    # A progress line only where someone watches: a terminal, not a log file or a pipe.
    progress = _draw_progress if sys.stderr.isatty() else None
    results = check_corpus(
        read_corpus(args.corpus),
        args.reference,
        settings=settings,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=progress,
    )
    if progress is not None:
        sys.stderr.write("\n")
    checked, failed = write_results(results, args.batch_out)
    return f"checked {checked} articles, {failed} could not be read: results in {args.batch_out}\n"


def _draw_progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles")
    sys.stderr.flush()


def _run_validate(args: argparse.Namespace) -> str:
    from claimcheck.reference import load_reference

    reference = load_reference(args.path)
    return f"{args.path}: valid, {reference.rows} rows (sha256 {reference.sha256[:12]})\n"


def _run_cases(args: argparse.Namespace) -> str:
    from claimcheck.cases import write_cases

    # write_cases writes the file itself: the reference path in it is relative to where it goes.
    text = write_cases(
        args.result, args.cases_out, reference_path=args.reference, only_reviewed=args.only_reviewed
    )
    return f"wrote {args.cases_out}\n" if args.cases_out else text


def _write(path: Path, text: str) -> None:
    # Written beside the target and renamed, so a failure never leaves half a file behind.
    with atomic_writer(path, what="--out") as out:
        out.write(text)


def _claims_table(claims: list[Claim], *, published: str | None) -> str:
    lines = [f"{len(claims)} claims (published {published or 'unknown'})", ""]
    for claim in claims:
        status = "checkable" if claim.checkworthy else "not checkable"
        head = f"{claim.id:<4} {claim.kind:<16} {claim.event_type or '-':<20} {status}"
        lines.append(head)
        lines.extend(_wrap(claim.text, quote=True))
        slots = [f"when {t.text!r} = {t.value}" for t in claim.times]
        slots += [f"{c.role} {c.text!r} = {_range(c.low, c.high)}" for c in claim.counts]
        slots += [
            f"{e.kind} {e.text!r}" + (f" = {e.name}" if e.name and e.name != e.text else "")
            for e in claim.entities
        ]
        if claim.reason:
            slots.append(f"why: {claim.reason}")
        lines.extend(_wrap("; ".join(slots)) if slots else [])
        lines.append("")
    return "\n".join(lines)


def _check_table(result: CheckResult) -> str:
    article = result.article
    published = article.published.isoformat() if article.published else "unknown"
    lines = [
        f"{article.title or 'Article'} (published {published})",
        f"reference {result.reference.name}: {result.reference.rows} records",
        "",
    ]
    for claim in result.claims:
        label = result.label_of(claim)
        verdict = claim.verdict
        record = verdict.record_id if verdict and verdict.record_id else "-"
        reviewed = " (reviewed)" if claim.review else ""
        lines.append(f"{claim.id:<4} {_MARKS[label] + reviewed:<24} record: {record}")
        lines.extend(_wrap(claim.text, quote=True))
        if verdict and verdict.explanation:
            lines.extend(_wrap(verdict.explanation))
        lines.append("")
    tally = Counter(str(result.label_of(c)) for c in result.claims)
    lines.append(", ".join(f"{tally[str(label)]} {label}" for label in Label if tally[str(label)]))
    return "\n".join(lines) + "\n"


def _wrap(text: str, *, quote: bool = False) -> list[str]:
    shown = f"“{text}”" if quote else text
    return textwrap.wrap(shown, WIDTH, initial_indent="     ", subsequent_indent="     ")


def _range(low: float, high: float | None) -> str:
    def number(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else f"{value:g}"

    if high is None:
        return f">= {number(low)}"
    return number(low) if low == high else f"{number(low)}-{number(high)}"


if __name__ == "__main__":
    raise SystemExit(main())
