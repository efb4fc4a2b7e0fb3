"""claimcheck: an offline fact and claim checking workbench.

The flow, one module per step, each a plain function from the previous step's frozen
dataclasses (``claimcheck.models``) to the next::

    article text + published date                          articles.read_article
      -> sentences with character offsets                  sentences.split_sentences
      -> mentions: times, counts, entities                 times.find_times, counts.find_counts,
                                                           entities.find_entities
      -> claims: event type + slots, or not checkable      claims.extract_claims
      -> candidate records: blocking + rapidfuzz           candidates.find_candidates
      -> verdict: slot-by-slot comparison                  verdicts.decide_verdict
      -> CheckResult: JSON, DataFrame, reports             pipeline.check, result.CheckResult

>>> from claimcheck import check
>>> result = check("Soleimani was killed in a drone strike in Baghdad on January 3.",
...                published="2020-02-05")
>>> str(result.claims[0].verdict.label)
'supported'
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public names -> the module that defines them. Loaded on first use, so `claimcheck --version`
# and a notebook that needs one step do not pay for pandas and every rule table.
_EXPORTS = {
    "Article": "models",
    "CheckResult": "result",
    "Claim": "models",
    "ClaimcheckError": "errors",
    "Label": "models",
    "Reference": "reference",
    "ReferenceDataError": "errors",
    "ArticleError": "errors",
    "SettingsError": "errors",
    "Settings": "settings",
    "Verdict": "models",
    "check": "pipeline",
    "decide_verdict": "verdicts",
    "extract_claims": "claims",
    "find_candidates": "candidates",
    "find_counts": "counts",
    "find_entities": "entities",
    "find_times": "times",
    "load_reference": "reference",
    "read_article": "articles",
    "split_sentences": "sentences",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"claimcheck.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
