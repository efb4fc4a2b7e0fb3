"""claimcheck: an offline fact and claim checking workbench.

The flow (one module per step)::

    article text + published date                         articles.read_article
      -> sentences with character offsets                 sentences.split_sentences
      -> mentions: times, counts, entities                times / counts / entities
      -> claims (event type + slots, or not checkable)    claims.extract_claims
      -> candidates (blocking + rapidfuzz)                candidates.find_candidates
      -> verdict (slot-by-slot comparison)                verdicts.decide_verdict
      -> CheckResult (JSON, DataFrame, reports)           pipeline.check, result
"""

__version__ = "0.1.0"
