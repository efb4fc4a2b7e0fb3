"""Rules for reading a reference's figures: which column holds which kind of count, as data.

Any numeric column is a quantity whose role comes from the words of its name: ``deaths`` and
``injuries`` of the schema, and a user's own ``turnout_percent``, ``people_on_board``,
``magnitude``, ``amount_usd``... The first role any of whose words is a word of the name wins;
a column whose name has none of them is kept as text, not compared. Adding a role is one row.
"""

# fmt: off
COLUMN_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deaths", ("deaths", "death", "dead", "killed", "fatalities", "fatality")),
    ("injuries", ("injuries", "injured", "wounded", "hurt")),
    ("turnout", ("turnout",)),
    ("votes", ("votes", "vote", "ballots")),
    ("seats", ("seats",)),
    ("candidates", ("candidates",)),
    ("missiles", ("missiles", "rockets")),
    ("money", ("usd", "amount", "price", "cost", "value", "eur", "gbp", "dollars")),
    ("people", ("people", "persons", "passengers", "aboard", "board", "crew", "attendance",
                "crowd", "participants", "occupants")),
    ("other", ("magnitude", "rate", "index", "score")),
)
# fmt: on

# Words of a column's name that say it holds a percentage (turnout_percent, rate, vote_share):
# a share is compared only with a share, never with an absolute figure.
PERCENT_WORDS: tuple[str, ...] = ("percent", "pct", "rate", "share")

# A record can give the lowest of several official figures in a `<column>_low` column
# (e.g. deaths 10, deaths_low 7): any claimed figure in that range agrees.
LOW_SUFFIX = "_low"

# Numeric columns of the schema that are no figure of the event.
NOT_QUANTITIES: frozenset[str] = frozenset({"date_tolerance_days"})
