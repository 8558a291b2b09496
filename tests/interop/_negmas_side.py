"""NegMAS's side of the cross-checks (a test and benchmark dependency only: NegMAS is
AGPL and is never imported by zopa itself).

NegMAS's GENIUS loader keeps the raw evaluations (41..370 in Travel) instead of applying
GENIUS's per-issue rule. :func:`load_by_genius_rule` loads a folder with NegMAS and then
applies GENIUS's rule (``EvaluatorDiscrete``) to the values NegMAS loaded, so that both
tools work on the same utility functions.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any


def load_by_genius_rule(folder: Path) -> tuple[Any, list[float]]:
    """NegMAS's scenario of ``folder`` with GENIUS's discrete rule applied to its values,
    and each party's weight sum (zopa's utilities are NegMAS's divided by it)."""
    from negmas.inout import Scenario
    from negmas.preferences import LinearAdditiveUtilityFunction
    from negmas.preferences.value_fun import TableFun

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            loaded = Scenario.from_genius_folder(folder, ignore_discount=True)
        except Exception:  # NegMAS cannot read AMPOvsCity (its issue indices start at 2)
            import tempfile

            from zopa.interop import read_genius_folder, write_genius

            copy = Path(tempfile.mkdtemp()) / folder.name
            write_genius(read_genius_folder(folder), copy)
            loaded = Scenario.from_genius_folder(copy, ignore_discount=True)
    assert loaded is not None
    ufuns, sums = [], []
    for u in loaded.ufuns:
        values = []
        for issue, fun in zip(loaded.outcome_space.issues, u.values, strict=True):
            if not hasattr(fun, "mapping"):
                # An integer issue: NegMAS evaluates bias + slope * x, GENIUS
                # clamp(offset + slope * (x - lowerbound), 0, 1) (EvaluatorInteger).
                low, bias = issue.min_value, getattr(fun, "bias", 0.0)
                values.append(TableFun({x: min(1.0, max(0.0, bias + fun.slope * (x - low)))
                                        for x in issue.all}))
                continue
            mapping = dict(fun.mapping)
            top = math.floor(max(mapping.values()) + 0.5)
            if top > 1:
                mapping = {k: math.floor(v + 0.5) / top for k, v in mapping.items()}
            values.append(TableFun(mapping))
        ufuns.append(LinearAdditiveUtilityFunction(
            values=values, weights=list(u.weights), outcome_space=loaded.outcome_space,
            reserved_value=u.reserved_value, name=u.name))
        sums.append(float(sum(u.weights)))
    return loaded.__class__(outcome_space=loaded.outcome_space, ufuns=tuple(ufuns)), sums


def frontier_and_nash(scenario: Any) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """NegMAS's default Pareto frontier (exact enumeration) and its Nash points, whose
    disagreement point is, per party, max(reserved value, minimum utility)."""
    from negmas.preferences.ops import nash_points, pareto_frontier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frontier, _ = pareto_frontier(scenario.ufuns, issues=scenario.outcome_space.issues)
        nash = nash_points(scenario.ufuns, frontier, outcome_space=scenario.outcome_space)
    return [tuple(p) for p in frontier], [tuple(p) for p, _ in nash]
