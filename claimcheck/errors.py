"""Every error claimcheck raises on bad input, with messages that say what to do about it.

Each message names what was expected, what was found and how to fix it. Each leaf also subclasses
the builtin it resembles, so callers that already catch ``ValueError`` or ``OSError`` keep working.
A problem met in the data *during* a check (no candidate, an unreadable number) is not an error:
it becomes a reason on the verdict.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """The base of every error claimcheck raises on purpose; the CLI prints its message alone."""


class ArticleError(ClaimcheckError, ValueError):
    """The article cannot be read: missing, empty, binary, undecodable, too large or malformed."""


class ReferenceDataError(ClaimcheckError, ValueError):
    """The reference dataset is malformed; the message lists every bad row and column at once."""


class SettingsError(ClaimcheckError, ValueError):
    """A setting or option has a value it cannot take; the message names the setting."""


class ResultError(ClaimcheckError, ValueError):
    """A stored check result (JSON) cannot be read back."""


class CaseFileError(ClaimcheckError, ValueError):
    """A YAML claim case file is malformed; the message lists every problem in it at once."""


class ReviewLogError(ClaimcheckError, OSError):
    """The review log cannot be opened or written."""


class ClusterError(ClaimcheckError, ConnectionError):
    """The Dask cluster a batch was sent to cannot be reached or cannot run it."""


class OutputError(ClaimcheckError, OSError):
    """An output file cannot be written (a folder, read-only, no room); nothing was written."""
