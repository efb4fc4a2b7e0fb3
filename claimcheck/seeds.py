"""Where the shipped seed article and reference dataset are, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# A wheel carries the repository's top-level seeds/ as claimcheck/_seeds (pyproject.toml,
# force-include); an editable install or a checkout reads seeds/ where it is.
SEEDS_DIR = _PACKAGE / "_seeds" if (_PACKAGE / "_seeds").is_dir() else _PACKAGE.parent / "seeds"

SEED_ARTICLE = SEEDS_DIR / "articles" / "khamenei-palestinian-groups-2020-02-05.txt"
DEFAULT_REFERENCE = SEEDS_DIR / "reference" / "events.csv"
