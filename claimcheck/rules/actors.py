"""Rules for reading a reference's actors: which roles say who did the deed, as data.

``actors`` cells carry roles in parentheses as people write them ("Sohel Rana (building owner)",
"Islamic State (claimed responsibility)"); optional ``perpetrator`` and ``target`` columns say it
outright. A role holding one of these words names who acted.
"""

PERPETRATOR_ROLE_WORDS: tuple[str, ...] = (
    "claimed responsibility", "perpetrator", "perpetrators", "gunman", "gunmen", "shooter",
    "attacker", "attackers", "bomber", "bombers", "hijacker", "hijackers", "assailant",
    "killer", "suspect", "accused", "convicted",
)  # fmt: skip

# Columns that name who acted and who was hit, when a reference has them.
PERPETRATOR_COLUMNS: tuple[str, ...] = ("perpetrator", "perpetrators", "attacker", "shooter")
TARGET_COLUMNS: tuple[str, ...] = ("target", "targets", "victim", "victims")
