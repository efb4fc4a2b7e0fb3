"""The ``%%claimcheck`` cell magic and ``%claimcheck PATH`` line magic, and the result display.

``%%claimcheck [--published DATE] [--reference PATH] [--review-log PATH]`` checks the cell body
as an article; ``%claimcheck PATH [same options]`` checks an article file. Both show the
workbench. A mistake in the arguments or the input is a one-line ``UsageError``, not a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring

from claimcheck.errors import ClaimcheckError
from claimcheck.result import CheckResult
from claimcheck.settings import parse_iso_date
from claimcheck_widgets.workbench import Workbench

MAGIC_NAME = "claimcheck"


@magics_class
class ClaimcheckMagics(Magics):
    """Check an article from a notebook cell and open the workbench on the result."""

    @magic_arguments()
    @argument("path", nargs="?", help="an article file (line magic); omit in a cell magic")
    @argument("--published", help="publication date, YYYY-MM-DD; relative dates resolve from it")
    @argument("--reference", help="reference dataset (CSV, Parquet, JSONL); default: shipped")
    @argument(
        "--review-log",
        help="SQLite review log; default: claimcheck-reviews.sqlite beside the notebook",
    )
    @line_cell_magic
    def claimcheck(self, line: str, cell: str | None = None) -> Workbench:
        """Check an article and show the workbench.

        Examples
        --------
        In a notebook cell, after ``%load_ext claimcheck_widgets``::

            %%claimcheck --published 2020-02-05
            Soleimani was killed in a drone strike in Baghdad on January 3.
        """
        args = parse_argstring(self.claimcheck, line)
        if cell is None and not args.path:
            raise UsageError(
                "%claimcheck needs an article file, e.g. %claimcheck article.txt; "
                "or use %%claimcheck with the article as the cell body."
            )
        if cell is not None and args.path:
            raise UsageError(
                f"%%claimcheck takes the article from the cell body, but a path was also given "
                f"({args.path!r}). Remove the path, or use the line magic %claimcheck PATH."
            )
        from claimcheck import check, load_reference

        try:
            published = (
                parse_iso_date(args.published, what="--published") if args.published else None
            )
            reference = load_reference(_unquoted(args.reference) if args.reference else None)
            article = cell if cell is not None else Path(_unquoted(args.path))
            result = check(article, reference, published=published)
            review_log = _unquoted(args.review_log) if args.review_log else None
            return Workbench(result, reference=reference, review_log=review_log)
        except ClaimcheckError as error:
            raise UsageError(" ".join(str(error).split())) from None


def _unquoted(value: str) -> str:
    """IPython splits magic arguments keeping their quotes: 'my article.txt' -> my article.txt."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _workbench_bundle(result: CheckResult, include: Any = None, exclude: Any = None) -> Any:
    return Workbench(result)._repr_mimebundle_(include=include, exclude=exclude)


def register(ipython: Any) -> None:
    """Register the magics and display every CheckResult as a workbench."""
    ipython.register_magics(ClaimcheckMagics)
    formatter = ipython.display_formatter.mimebundle_formatter
    formatter.for_type(CheckResult, _workbench_bundle)


def unregister(ipython: Any) -> None:
    """Remove what :func:`register` added."""
    for kind in ("line", "cell"):
        ipython.magics_manager.magics[kind].pop(MAGIC_NAME, None)
    ipython.magics_manager.registry.pop(ClaimcheckMagics.__name__, None)
    ipython.display_formatter.mimebundle_formatter.pop(CheckResult, None)
