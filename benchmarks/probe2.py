"""Accuracy of claimcheck on the second probe: facts and sentences from domains outside the first.

    python benchmarks/probe2.py [--show-misses]

The probe reference (tests/data/probe2_reference.csv) holds court rulings, summits and treaties,
inaugurations, appointments and resignations, company acquisitions (amounts in `amount_usd`),
product launches, space missions and disasters, pandemic declarations, wildfires, protests (crowd
sizes in `crowd_size`), speeches, football finals (`winner`, `score`) and monthly economic figures
(`rate_percent`); the probe claims (tests/data/probe2_claims.csv) are news sentences about them,
with look-alikes (two Bushes, two ECB presidents, two shuttle disasters, two pandemic
declarations). Same report as claim_table.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from claim_table import main

DATA = Path(__file__).parents[1] / "tests" / "data"

if __name__ == "__main__":
    sys.exit(
        main(
            table=DATA / "probe2_claims.csv",
            reference=DATA / "probe2_reference.csv",
            description=__doc__,
        )
    )
