"""What-if and version comparison (``zopa.whatif``, ``zopa.history``): known answers on
the March 2022 example and properties over random what-ifs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.analysis import analyze
from zopa.errors import ScenarioError
from zopa.examples import load_example
from zopa.history import diff_scenarios, standing
from zopa.whatif import WhatIf, apply_whatif

EXAMPLE = load_example("ukraine-russia-2022-03")
BASE = analyze(EXAMPLE)
NAMES = [r.name for r in BASE.space.red_lines]


def test_no_change_is_the_same_scenario() -> None:
    assert apply_whatif(EXAMPLE, WhatIf()).scenario == EXAMPLE
    assert diff_scenarios(EXAMPLE, EXAMPLE).changes == ()


def test_known_answer_both_territorial_red_lines_of_russia() -> None:
    # Dropping Russia's red lines on Crimea and on Donbas is the first minimal concession
    # the analysis reports; with both gone the agreement space opens.
    assert BASE.concessions[0].red_lines == ("russia#0", "russia#1")
    opened = analyze(apply_whatif(EXAMPLE, WhatIf(disabled=("russia#0", "russia#1"))).scenario)
    assert opened.agreement_space == BASE.concessions[0].opens
    assert standing(opened).blocked == ()
    assert standing(opened).nash is not None
    assert standing(BASE).to_dict()["blocked"] == ["donbas", "crimea"]


def test_diff_names_positions_and_red_lines() -> None:
    changed = apply_whatif(EXAMPLE, WhatIf(disabled=("ukraine#3",),
                                           weights={"russia": {"crimea": 30}},
                                           reservations={"ukraine": 0.25})).scenario
    texts = [c.describe() for c in diff_scenarios(EXAMPLE, changed).changes]
    assert texts == ["ukraine: reservation [0.3, 0.4] -> 0.25",
                     "russia: weight of crimea 20 -> 30",
                     "ukraine: red line switched off: armed-forces <= 75000"]
    back = [c.describe() for c in diff_scenarios(changed, EXAMPLE).changes]
    assert back[-1] == "ukraine: red line switched back on: armed-forces <= 75000"


@pytest.mark.parametrize("whatif", [
    WhatIf(disabled=("russia#4",)), WhatIf(disabled=("russia",)),
    WhatIf(weights={"nobody": {"crimea": 1}}), WhatIf(weights={"russia": {"atlantis": 1}}),
    WhatIf(reservations={"nobody": 0.1}), WhatIf(reservations={"russia": -0.1}),
    WhatIf(weights={"russia": {i.id: 0 for i in EXAMPLE.issues}}),
])
def test_bad_whatifs_are_refused(whatif: WhatIf) -> None:
    with pytest.raises(ScenarioError):
        apply_whatif(EXAMPLE, whatif)


@settings(max_examples=30, deadline=None)
@given(st.sets(st.sampled_from(NAMES)))
def test_switching_red_lines_off_only_opens(disabled: set[str]) -> None:
    changed = apply_whatif(EXAMPLE, WhatIf(disabled=tuple(sorted(disabled))))
    result = analyze(changed.scenario)
    assert result.agreement_space is not None
    assert BASE.agreement_space is not None
    assert result.agreement_space >= BASE.agreement_space
    assert {i.id for i in result.blocked} <= {i.id for i in BASE.blocked}
    # Red lines switched off keep their place: the others keep their names.
    assert sorted(r.name for r in result.space.red_lines) == sorted(
        n for n in NAMES if n not in disabled)
    diff = diff_scenarios(EXAMPLE, changed.scenario)
    assert len(diff.changes) == len(disabled)
    assert all(c.section == "red_lines" and "switched off" in c.describe()
               for c in diff.changes)


@settings(max_examples=30, deadline=None)
@given(st.floats(0, 1), st.floats(0, 1))
def test_lower_reservations_never_shrink_the_space(a: float, b: float) -> None:
    low, high = sorted((a, b))
    opened = WhatIf(disabled=("russia#0", "russia#1"))
    spaces = []
    for r in (low, high):
        whatif = WhatIf(disabled=opened.disabled, reservations={"ukraine": r, "russia": r})
        spaces.append(analyze(apply_whatif(EXAMPLE, whatif).scenario).agreement_space)
    assert spaces[0] is not None
    assert spaces[1] is not None
    assert spaces[0] >= spaces[1]
