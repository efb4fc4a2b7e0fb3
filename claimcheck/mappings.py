"""Edge of the flow: tables kept in other well-known layouts, mapped to the reference schema.

A newsroom's facts often come as an export of an event database rather than in claimcheck's
schema. ``from_acled`` maps the layout of ACLED (the Armed Conflict Location & Event Data
project) as its exports write it, so such a table loads with ``load_reference`` unchanged.
"""

from __future__ import annotations

import pandas as pd

from claimcheck.errors import ReferenceDataError

__all__ = ["ACLED_COLUMNS", "from_acled"]

# The ACLED columns the mapping reads; others are kept as extra columns.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "country", "admin1", "location", "fatalities", "notes", "source",
)  # fmt: skip


def from_acled(frame: pd.DataFrame) -> pd.DataFrame:
    """An ACLED-layout table in the reference schema.

    ``actor1`` (with ``assoc_actor_1``) is who acted and becomes the ``perpetrator`` column as
    well as the first actors; ``actor2`` is who was hit (``target``); ``location`` and
    ``admin1`` become places; ``fatalities`` becomes ``deaths``; ``notes`` the statement; the
    event is typed by its ``sub_event_type`` ("Suicide bomb"), else its ``event_type``.

    Examples
    --------
    >>> acled = pd.DataFrame({"event_id_cnty": ["AFG1"], "event_date": ["26 August 2021"],
    ...     "event_type": ["Explosions/Remote violence"], "sub_event_type": ["Suicide bomb"],
    ...     "actor1": ["Islamic State (Khorasan Province)"], "assoc_actor_1": [""],
    ...     "actor2": ["Civilians (Afghanistan)"], "country": ["Afghanistan"],
    ...     "admin1": ["Kabul"], "location": ["Kabul - Hamid Karzai International Airport"],
    ...     "fatalities": ["183"], "notes": ["Suicide bombing at the airport."], "source": [""]})
    >>> from_acled(acled).loc[0, ["date", "event_type", "perpetrator", "deaths"]].tolist()
    ['2021-08-26', 'Suicide bomb', 'Islamic State (Khorasan Province)', '183']
    """
    missing = [c for c in ACLED_COLUMNS if c not in frame.columns]
    if missing:
        raise ReferenceDataError(
            f"An ACLED table needs the columns {', '.join(missing)}; found "
            f"{', '.join(map(str, frame.columns))}. Export the table with ACLED's standard "
            "columns, or map it to the reference schema yourself (see the README)."
        )
    text = frame.astype("string").fillna("")
    dates = pd.to_datetime(text["event_date"], format="mixed", dayfirst=True, errors="coerce")
    out = pd.DataFrame(
        {
            "id": text["event_id_cnty"],
            "statement": text["notes"],
            # a date ACLED gives in a form pandas cannot read is kept, so validation names it
            "date": [
                d.date().isoformat() if not pd.isna(d) else raw
                for d, raw in zip(dates, text["event_date"], strict=True)
            ],
            "event_type": text["sub_event_type"].where(
                text["sub_event_type"] != "", text["event_type"]
            ),
            "location": _joined(text["location"], text["admin1"]),
            "country": text["country"],
            "actors": _joined(text["actor1"], text["assoc_actor_1"], text["actor2"]),
            "perpetrator": _joined(text["actor1"], text["assoc_actor_1"]),
            "target": text["actor2"],
            "deaths": text["fatalities"],
            "source": text["source"],
        }
    )
    extra = [c for c in frame.columns if c not in ACLED_COLUMNS]
    return pd.concat([out, text[extra]], axis=1)


def _joined(*columns: pd.Series) -> list[str]:
    """The non-empty values of several ``;``-separated columns, row by row, each once."""
    rows = []
    for values in zip(*columns, strict=True):
        parts = [p.strip() for value in values for p in str(value).split(";") if p.strip()]
        rows.append("; ".join(dict.fromkeys(parts)))
    return rows
