"""zopa's Pareto frontier and Nash point against NegMAS's, on every bilateral ANAC domain
small enough for NegMAS's exact enumeration (up to 400,000 outcomes here; AMPOvsCity,
1.9 million, is left to benchmarks/vs_negmas.py).

NegMAS's frontier is read with the format's tolerance (utilities within 1e-9 are the
same point): NegMAS compares doubles exactly and keeps a few points dominated but for a
1e-16 rounding difference. Both read the domain by GENIUS's rule (GENIUS's rule applied
to NegMAS's loaded values, see ``_negmas_side``). Nash compares like with like: zopa's
Nash point is chosen on its frontier with NegMAS's disagreement point, max(reserved value,
minimum utility) per party.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from zopa.analysis import choose, frontier_points
from zopa.analysis._tolerance import keys
from zopa.analysis.pareto import nondominated
from zopa.interop import import_genius_folder
from zopa.space import compile_space

from ._genius_rule import folders

pytest.importorskip("negmas")

from ._negmas_side import frontier_and_nash, load_by_genius_rule

MAX_OUTCOMES = 400_000


def _bilateral() -> list[Path]:
    out = []
    for folder in folders():
        space = compile_space(import_genius_folder(folder).scenario)
        if space.party_count == 2 and space.outcome_count <= MAX_OUTCOMES:
            out.append(folder)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("folder", _bilateral(), ids=lambda f: f.name)
def test_frontier_and_nash_match_negmas(folder: Path) -> None:
    scenario = import_genius_folder(folder).scenario
    space = compile_space(scenario)
    ours = frontier_points(space)
    theirs, sums = load_by_genius_rule(folder)
    # NegMAS parties follow its sorted file order, as zopa's folder reading does.
    assert [u.name for u in theirs.ufuns] == [p.name for p in scenario.parties]
    frontier, nash = frontier_and_nash(theirs)
    scale = np.array(sums)  # zopa normalises weights; NegMAS keeps them as written
    their_points = np.array(frontier) / scale
    # NegMAS compares doubles exactly (eps 1e-12), so it keeps points that another one
    # dominates but for a 1e-16 rounding difference (6 of Energy's 210). The format reads
    # utilities within 1e-9 as equal: read NegMAS's frontier the same way.
    their = np.unique(keys(their_points), axis=0)
    their = their[nondominated(their)]
    assert len(their) >= 0.95 * len(frontier)
    assert {tuple(k) for k in ours.keys.tolist()} == {tuple(k) for k in their.tolist()}

    low = np.array([sum(float(t[:, p].min()) for t in space.contributions)
                    for p in range(space.party_count)])
    disagreement = np.maximum(space.reservations, low)
    k = choose(ours, disagreement)["nash"]
    assert k is not None
    mine = ours.utility[k]
    product = math.prod(mine - disagreement)
    best = [math.prod(np.array(p) / scale - disagreement) for p in nash]
    assert product == pytest.approx(max(best), rel=1e-9, abs=1e-15)
    assert any(np.allclose(mine, np.array(p) / scale, atol=1e-9) for p in nash)
