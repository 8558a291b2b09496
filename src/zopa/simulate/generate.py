"""Random scenarios of a chosen size, for tests, tournaments and benchmarks.

Each issue gets ``options`` options; each negotiator random weights and values, with the
values of the two first negotiators opposed on every issue (what one likes, the other
dislikes, as in most ANAC domains) so that there is something to bargain about. Red lines
and reservations are optional. Deterministic for a seed.

>>> s = random_scenario(issues=3, options=10, seed=1)
>>> len(s.issues), [p.id for p in s.negotiators]
(3, ['a', 'b'])
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..scenario import Scenario, parse_scenario

__all__ = ["random_scenario"]


def random_scenario(*, issues: int, options: int, parties: int = 2, seed: int = 0,
                    reservation: float = 0.0, red_lines: int = 0,
                    opposition: float = 0.8) -> Scenario:
    """A scenario with ``options ** issues`` outcomes.

    ``red_lines`` single-issue red lines are drawn per negotiator (each forbids one
    option of a random issue); ``opposition`` in [0, 1] is how strongly the first two
    negotiators' values run against each other.
    """
    from ..seeds import generator

    rng = generator(seed)
    ids = [chr(ord("a") + k) for k in range(parties)]
    issue_ids = [f"i{k}" for k in range(issues)]
    option_ids = [f"o{k}" for k in range(options)]
    base = np.linspace(0.0, 1.0, options)
    prefs: dict[str, Any] = {}
    for p, pid in enumerate(ids):
        weights = {iid: float(round(rng.uniform(0.1, 1.0), 3)) for iid in issue_ids}
        values: dict[str, dict[str, float]] = {}
        for iid in issue_ids:
            noise = rng.uniform(0.0, 1.0, options)
            trend = base if p == 0 else (base[::-1] if p == 1 else rng.permutation(base))
            v = opposition * trend + (1 - opposition) * noise
            values[iid] = {o: float(round(x, 4)) for o, x in zip(option_ids, v, strict=True)}
        lines = []
        for _ in range(red_lines):
            iid = issue_ids[int(rng.integers(issues))]
            worst = min(values[iid], key=values[iid].__getitem__)
            lines.append({"forbid": {iid: [worst]}})
        prefs[pid] = {"weights": weights, "values": values, "red_lines": lines}
    return parse_scenario({
        "zopa": 1,
        "name": f"random {issues}x{options} seed {seed}",
        "parties": [{"id": pid, "reservation": reservation} for pid in ids],
        "issues": [{"id": iid, "options": option_ids} for iid in issue_ids],
        "preferences": prefs,
    })
