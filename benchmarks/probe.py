"""Accuracy of claimcheck on the probe: facts and sentences outside the seed's domain.

    python benchmarks/probe.py [--show-misses]

The probe reference (tests/data/probe_reference.csv) holds aviation accidents, earthquakes,
attacks, crowd crushes, referendums, elections, treaties and resignations; the probe claims
(tests/data/probe_claims.csv) are news sentences about them. Same report as claim_table.py.
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
            table=DATA / "probe_claims.csv",
            reference=DATA / "probe_reference.csv",
            description=__doc__,
        )
    )
