"""A scenario as a spatial model: axes, positions, saliences, limits from red lines."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from zopa.errors import ScenarioError
from zopa.examples import load_example
from zopa.forecast.from_scenario import axes, spatial_model, uncertain_model
from zopa.scenario.load import parse_scenario
from zopa.space import compile_space


def _scenario(issues: list[dict[str, Any]], prefs: dict[str, Any],
              parties: list[dict[str, Any]] | None = None) -> Any:
    return parse_scenario({
        "zopa": 1,
        "parties": parties or [{"id": "a"}, {"id": "b"}],
        "issues": issues,
        "preferences": prefs,
    })


ABC = {"id": "x", "options": ["p", "q", "r", "s", "t"]}


def _prefs(best: str, red: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"weights": {"x": 1}, "values": {"x": {best: 1.0}}}
    if red:
        out["red_lines"] = [{"forbid": {"x": red}}]
    return out


def test_the_march_2022_example() -> None:
    u = uncertain_model(load_example("ukraine-russia-2022-03"))
    m = u.midpoint()
    assert m.actors == ("ukraine", "russia", "turkey", "united-states", "european-union",
                        "china")
    assert m.roles == ("party", "party", "mediator", "observer", "observer", "observer")
    np.testing.assert_allclose(m.salience[:3].sum(axis=1), 1.0)   # weights, normalised
    k = m.dimensions.index("armed-forces")
    assert m.position[0, k] == 250000 and m.position[1, k] == 50000
    assert m.limits[0, k].tolist() == [100000, 250000]      # forbid {max: 75000}
    assert m.bounds[k].tolist() == [50000, 250000]
    crimea = m.dimensions.index("crimea")
    assert m.limits[0, crimea].tolist() == [0, 50]
    assert m.limits[1, crimea].tolist() == [100, 100]
    assert m.limits[3, crimea].tolist() == [0, 100]         # observers have no red lines
    assert "ukraine.capability" in u.intervals()


def test_observers_do_not_change_the_negotiation_analysis() -> None:
    s = load_example("ukraine-russia-2022-03")
    space = compile_space(s)
    assert space.parties == ("ukraine", "russia")
    assert set(space.others) == {"turkey"}


def test_discrete_axes_by_order_or_by_position() -> None:
    placed = {"id": "y", "options": [{"id": "lo", "position": 10},
                                     {"id": "mid", "position": 35},
                                     {"id": "hi", "position": 90}]}
    s = _scenario([ABC, placed], {"a": _prefs("p"), "b": _prefs("t")})
    first, second = axes(s)
    assert first.points == (0.0, 25.0, 50.0, 75.0, 100.0)
    assert second.points == (10.0, 35.0, 90.0)


def test_limits_stop_at_the_nearest_forbidden_option() -> None:
    # a at p (0); forbids r (50): it may move over p..q only; b at t forbids p: q..t and beyond
    s = _scenario([ABC], {"a": _prefs("p", ["r"]), "b": _prefs("t", ["p"])})
    m = spatial_model(s)
    assert m.limits[0, 0].tolist() == [0.0, 25.0]
    assert m.limits[1, 0].tolist() == [25.0, 100.0]


def test_non_contiguous_allowed_options_the_barrier_holds() -> None:
    # a at r (50) forbids q and s: allowed p, r, t, but p and t lie beyond a red line
    s = _scenario([ABC], {"a": _prefs("r", ["q", "s"]), "b": _prefs("t")})
    assert spatial_model(s).limits[0, 0].tolist() == [50.0, 50.0]


def test_a_nominal_issue_needs_positions() -> None:
    nominal = {"id": "x", "ordered": False, "options": ["p", "q", "r"]}
    s = _scenario([nominal], {"a": _prefs("p"), "b": _prefs("r")})
    with pytest.raises(ScenarioError, match="no order"):
        spatial_model(s)


def test_positions_and_saliences_given() -> None:
    parties = [{"id": "a", "capability": 2}, {"id": "b", "capability": [1, 3]},
               {"id": "o", "role": "observer", "capability": 5,
                "positions": {"x": "q", "n": [10, 20]}, "salience": {"x": 0.3}}]
    s = _scenario([ABC, {"id": "n", "range": {"min": 0, "max": 40, "step": 10}}],
                  {"a": _prefs("p"), "b": _prefs("t")}, parties)
    m = spatial_model(s)
    assert m.capability.tolist() == [2, 2, 5]
    assert m.position[2].tolist() == [25.0, 15.0]
    assert m.salience[2].tolist() == [0.3, 0.0]
    assert m.position[0, 1] == 20.0   # no values on n: the middle of its axis


def test_some_capabilities_missing_is_an_error() -> None:
    parties = [{"id": "a", "capability": 2}, {"id": "b"}]
    s = _scenario([ABC], {"a": _prefs("p"), "b": _prefs("t")}, parties)
    with pytest.raises(ScenarioError, match="'b' has no capability") as err:
        spatial_model(s)
    assert err.value.path == ("parties", 1)


def test_a_position_across_its_own_red_line_is_an_error() -> None:
    parties = [{"id": "a", "positions": {"x": "r"}}, {"id": "b"}]
    s = _scenario([ABC], {"a": _prefs("p", ["r"]), "b": _prefs("t")}, parties)
    with pytest.raises(ScenarioError, match="red line"):
        spatial_model(s)


@pytest.mark.parametrize(("party", "message"), [
    ({"id": "a", "positions": {"x": "zz"}}, "not an option"),
    ({"id": "a", "positions": {"nope": "p"}}, "not an issue"),
    ({"id": "a", "positions": {"x": 120}}, "outside the axis"),
    ({"id": "a", "salience": {"x": 1.5}}, "outside"),
    ({"id": "a", "capability": -1}, ">= 0"),
])
def test_bad_forecast_keys(party: dict[str, Any], message: str) -> None:
    with pytest.raises(ScenarioError, match=message):
        _scenario([ABC], {"a": _prefs("p"), "b": _prefs("t")}, [party, {"id": "b"}])


def test_some_option_positions_missing_is_an_error() -> None:
    issue = {"id": "x", "options": [{"id": "p", "position": 0}, "q"]}
    with pytest.raises(ScenarioError, match="has no position"):
        _scenario([issue], {"a": _prefs("p"), "b": _prefs("q")})


def test_the_forecasting_keys_leave_the_analysis_unchanged() -> None:
    from zopa.analysis import analyze

    s = load_example("ukraine-russia-2022-03")
    data = s.to_dict()
    data["parties"] = [{k: v for k, v in p.items() if k not in ("capability", "positions",
                                                                  "salience")}
                       for p in data["parties"] if p.get("role") != "observer"]
    plain = parse_scenario(data)
    assert len(plain.parties) == 3
    assert analyze(plain).to_dict() == analyze(s).to_dict()
