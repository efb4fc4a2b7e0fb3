"""pytest over YAML claim cases: each case of a ``claims_*.yaml`` file is a test item.

Installed as the ``pytest11`` entry point ``claimcheck``, so a newsroom's ``pytest`` picks up its
case files with nothing to configure. Collection only reads and validates the YAML; the reference
dataset is loaded once per file, when its first case runs. A failing case prints the claim, the
expected and the actual verdict and the verdict's comparisons, without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cases import Case, CaseFileError, describe_outcome, judge_case, load_cases
from claimcheck.errors import ClaimcheckError


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ClaimCaseFile | None:
    """Collect ``claims_*.yaml`` (or ``.yml``) files as claim case files."""
    if file_path.name.startswith("claims_") and file_path.suffix in (".yaml", ".yml"):
        return ClaimCaseFile.from_parent(parent, path=file_path)
    return None


class CaseFailure(Exception):
    """A case's check did not give what the case expects; the message says how."""


class ClaimCaseFile(pytest.File):
    """A YAML claim case file; a malformed one is one collection error with every problem."""

    def collect(self) -> Iterator[ClaimCaseItem]:
        spec = load_cases(self.path)
        self._spec = spec
        self._reference: Any = None
        for case in spec.cases:
            item = ClaimCaseItem.from_parent(self, name=case.text, case=case)
            if case.xfail:
                # Strict: a case that starts passing must lose its xfail, or the gap is forgotten.
                item.add_marker(pytest.mark.xfail(reason=case.xfail, strict=True))
            yield item

    def reference(self) -> Any:
        """The file's reference dataset, loaded on first use and shared by its cases."""
        if self._reference is None:
            from claimcheck import load_reference

            self._reference = load_reference(self._spec.reference)
        return self._reference

    # A collector's repr_failure takes no style, unlike an item's (mypy sees only Node's).
    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> Any:  # type: ignore[override]
        if isinstance(excinfo.value, CaseFileError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ClaimCaseItem(pytest.Item):
    """One case: check its text (after its context, if any) and compare the verdict."""

    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        from claimcheck import check

        parent = self.parent
        assert isinstance(parent, ClaimCaseFile)
        result = check(
            self.case.article_text, reference=parent.reference(), published=parent._spec.published
        )
        problems = judge_case(self.case, result)
        if problems:
            raise CaseFailure(describe_outcome(self.case, result, problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        # The case's own words are the report; a traceback into the plugin helps nobody.
        if isinstance(excinfo.value, CaseFailure | ClaimcheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"claim case: {self.case.text}"
