"""Where the mixed-integer frontier sweep and enumeration disagree under HiGHS 1.12.

The scenarios in ``benchmarks/data/milp-highs/`` were found by hypothesis
(``tests/core/test_crosscheck.py::test_milp_finds_the_points_of_enumeration`` under the
explore profile; CI's derandomised examples do not reach them). On each, this prints
whether ``frontier_points(method="milp")`` finds enumeration's points, and what it claims
(exact, or approximate with its bound). Fixed since: see that folder's README.

    PYTHONPATH=src python benchmarks/milp_highs.py
"""

from __future__ import annotations

import json
from pathlib import Path

import scipy

from zopa.analysis import frontier_points
from zopa.scenario import parse_scenario
from zopa.space import compile_space

CASES = Path(__file__).resolve().parent / "data" / "milp-highs"


def main() -> None:
    print(f"SciPy {scipy.__version__}")
    wrong = 0
    for path in sorted(CASES.glob("*.json")):
        space = compile_space(parse_scenario(json.loads(path.read_text(encoding="utf-8"))))
        reference = frontier_points(space, method="enumerate")
        found = frontier_points(space, method="milp")
        if found.exact:  # the test's check: exact means enumeration's points
            honest = found.keys.tolist() == reference.keys.tolist()
        else:  # approximate: no point missed by more than a small bound it states
            honest = 0 <= found.bound < 1e-3 and all(
                (found.utility >= point - found.bound - 1e-9).all(axis=1).any()
                for point in reference.utility)
        wrong += not honest
        claim = "exact" if found.exact else f"approximate, bound {found.bound:g}"
        print(f"{path.stem:14} enumeration {len(reference.keys)} points, milp "
              f"{len(found.keys)} ({claim}): {'ok' if honest else 'WRONG'}")
    print(f"{wrong} of {len(list(CASES.glob('*.json')))} cases wrong")


if __name__ == "__main__":
    main()
