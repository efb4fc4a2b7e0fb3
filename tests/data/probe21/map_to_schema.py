#!/usr/bin/env python3
"""Map the raw UCDP GED 23.1 rows (raw/) to the claimcheck facts schema.

The raw file holds 62 GeoJSON feature lines exactly as stored in
optgeo/ucdp-23.1-482 (GEDEvent_v23_1.geojson, lines 39-100). Each line is one
feature followed by a trailing comma. This script only *maps columns*: place
names, actor names, the dyad/conflict names and all figures are copied as the
publisher (UCDP) wrote them. The few derived cells are documented below.

Derived cells (not copied verbatim):
  id             "ged-" + UCDP event id
  statement      a fixed template filled with the publisher's own strings
  date/date_precision
                 date_prec 1 (exact day)  -> date_start as YYYY-MM-DD, "day"
                 date_prec 2-5 (a span)    -> the smallest calendar unit that
                 holds date_start..date_end: YYYY-MM "month" or YYYY "year"
  event_type     UCDP codebook label of type_of_violence (1 = "state-based conflict")
  location       where_coordinates, adm_2, adm_1 joined with ", " (specific to
                 general, duplicates dropped), exactly as spelled in the data
  actors         side_a; side_b
  aliases        dyad_name; conflict_name; where_description (publisher strings)
  deaths         best (UCDP best estimate); injuries: empty (GED has none)
  source         UCDP download page and the GitHub copy
The publisher's citation columns (source_article, source_office, source_date,
source_headline, source_original) stay in raw/ only: they quote news headlines,
not coded values, and are not part of the reference table.
"""
import json
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "GEDEvent_v23_1_CAR_lines039-100.geojson.txt"
OUT = HERE / "facts.csv"

TYPE_OF_VIOLENCE = {1: "state-based conflict", 2: "non-state conflict", 3: "one-sided violence"}
SOURCE = ("https://ucdp.uu.se/downloads/index.html#ged_global ; "
          "https://github.com/optgeo/ucdp-23.1-482/blob/b0d1d425a4bc3db44f56ad068295472a70fa8ded/GEDEvent_v23_1.geojson")


def load_raw(path=RAW):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        feat = json.loads(line.rstrip().rstrip(","))
        props = dict(feat["properties"])
        lon, lat = feat["geometry"]["coordinates"]
        props["longitude"], props["latitude"] = lon, lat
        rows.append(props)
    return pd.DataFrame(rows)


def _date(r):
    start, end = r["date_start"][:10], r["date_end"][:10]
    if int(r["date_prec"]) == 1 and start == end:
        return start, "day"
    if start[:7] == end[:7]:
        return start[:7], "month"
    if start[:4] == end[:4]:
        return start[:4], "year"
    raise ValueError(f"span over two years: {r['id']}")


def _join_unique(parts, sep):
    out = []
    for p in parts:
        p = (p or "").strip()
        if p and p not in out:
            out.append(p)
    return sep.join(out)


def _statement(r):
    start, end = r["date_start"][:10], r["date_end"][:10]
    when = start if start == end else f"between {start} and {end}"
    place = _join_unique([r["where_coordinates"], r["adm_1"]], ", ")
    return (f"{r['dyad_name']} ({r['conflict_name']}): event at {place}, {r['country']}, {when}; "
            f"UCDP best estimate {r['best']} deaths (low {r['low']}, high {r['high']}; "
            f"side A {r['deaths_a']}, side B {r['deaths_b']}, civilians {r['deaths_civilians']}, "
            f"unknown {r['deaths_unknown']}).")


def to_facts(raw: pd.DataFrame) -> pd.DataFrame:
    recs = []
    for _, r in raw.iterrows():
        date, prec = _date(r)
        recs.append({
            "id": f"ged-{r['id']}",
            "statement": _statement(r),
            "date": date,
            "date_precision": prec,
            "event_type": TYPE_OF_VIOLENCE[int(r["type_of_violence"])],
            "location": _join_unique([r["where_coordinates"], r["adm_2"], r["adm_1"]], ", "),
            "country": r["country"],
            "actors": _join_unique([r["side_a"], r["side_b"]], "; "),
            "aliases": _join_unique([r["dyad_name"], r["conflict_name"], r["where_description"]], "; "),
            "deaths": int(r["best"]),
            "injuries": None,
            "source": SOURCE,
        })
    facts = pd.DataFrame(recs)
    keep = ["id", "year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id",
            "dyad_name", "side_a", "side_b", "where_prec", "where_coordinates", "where_description",
            "adm_1", "adm_2", "latitude", "longitude", "event_clarity", "date_prec", "date_start",
            "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
            "high", "number_of_sources"]
    extra = raw[keep].rename(columns={"id": "ged_id"}).reset_index(drop=True)
    facts = pd.concat([facts, extra], axis=1)
    facts["injuries"] = facts["injuries"].astype("Int64")
    return facts


def main():
    raw = load_raw()
    assert len(raw) == 62, len(raw)
    facts = to_facts(raw)
    assert facts["id"].is_unique
    facts.to_csv(OUT, index=False, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(facts)} rows, {len(facts.columns)} columns")


if __name__ == "__main__":
    main()
