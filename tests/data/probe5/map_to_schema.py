"""Map the Mother Jones mass-shootings sheet (raw/mother_jones_mass_shootings.csv)
to the fact-table schema, writing facts.csv next to this script.

This is an ordinary user's mapping: rename, parse the date, keep the publisher's
place strings ("Dayton, Ohio", "Baton Rouge, Lousiana") and text as they are.
Run:  python map_to_schema.py
"""
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "mother_jones_mass_shootings.csv"
OUT = HERE / "facts.csv"

# The sheet has two columns called "location": the first is "City, State",
# the second is the venue type (School, Workplace, Religious, Other ...).
# pandas names the second one "location.1".
raw = pd.read_csv(RAW, dtype=str, keep_default_na=False)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def to_int(value):
    """Counts are integers; anything else ("TK", "-", "(TK - ...") is unknown."""
    value = value.strip()
    return int(value) if value.isdigit() else None


def to_float(value):
    try:
        return float(value)
    except ValueError:
        return None


# Perpetrator names are not a column of their own; the summaries open with them
# ("Connor Betts, 24, died during ..."), so take the leading capitalised name.
NAME = re.compile(
    r"^(?:Suspected gunman |Army veteran )?"
    r"((?:[A-Z][\w.'-]*)(?: (?:[A-Z][\w.'-]*|al-[A-Z][\w'-]*|\"\w+\")){1,4})"
    r"(?=,| left )"
)
# Attacks with two perpetrators: the second one is named later in the summary.
SECOND_SHOOTER = {
    "Jersey City kosher market shooting": "Francine Graham",
    "San Bernardino mass shooting": "Tashfeen Malik",
}


def actors(row):
    found = NAME.match(row["summary"].strip())
    # drop a quoted nickname: Robert "Bobby" Crimo -> Robert Crimo
    names = [re.sub(r' "\w+"', "", found.group(1))] if found else []
    if row["case"] in SECOND_SHOOTER:
        names.append(SECOND_SHOOTER[row["case"]])
    return ";".join(names)


def sources(text):
    urls = re.findall(r"https?://[^\s;]+", text)
    return " ; ".join(urls)


def event_type(row):
    kind = row["type"].strip().lower()  # "mass" or "spree"
    venue = row["location.1"].strip().lower()
    words = f"{kind} shooting"
    if venue and venue not in ("other", "-"):
        words = f"{venue} {words}"
    return words


dates = pd.to_datetime(raw["date"], format="%m/%d/%Y")

facts = pd.DataFrame(
    {
        "id": [f"mj-{d:%Y-%m-%d}-{slug(c)}" for d, c in zip(dates, raw["case"])],
        "statement": raw["summary"].str.strip(),
        "date": dates.dt.strftime("%Y-%m-%d"),
        "date_precision": "day",
        "event_type": raw.apply(event_type, axis=1),
        "location": raw["location"],
        "country": "United States",
        "actors": raw.apply(actors, axis=1),
        "aliases": raw["case"],
        "deaths": raw["fatalities"].map(to_int).astype("Int64"),
        "injuries": raw["injured"].map(to_int).astype("Int64"),
        "source": raw["sources"].map(sources),
        "total_victims": raw["total_victims"].map(to_int).astype("Int64"),
        "shooter_age": raw["age_of_shooter"].map(to_int).astype("Int64"),
        "latitude": raw["latitude"].map(to_float),
        "longitude": raw["longitude"].map(to_float),
    }
)

assert facts["id"].is_unique
facts.to_csv(OUT, index=False)
print(f"wrote {len(facts)} facts to {OUT}")
