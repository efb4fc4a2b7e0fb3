"""Names as people type them: the same name with or without its accents."""

from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """A text with its accents dropped, so names compare as people type them ("Londoño" is
    "Londono").

    >>> without_accents("Londoño, Kahramanmaraş")
    'Londono, Kahramanmaras'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
