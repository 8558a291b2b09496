"""ANAC 2014's nonlinear GENIUS domains: read with GENIUS's normalisation, analysed
exactly, and compared with the reference frontier that ships beside them.

GENIUS's utility is written again here from its classes (``InclusiveHyperRectangle``,
``NonlinearUtilitySpace.getUtility``: the sum of the utilities of the rectangles a bid
falls in, divided by ``maxutility``, capped at 1), reading the XML with ElementTree,
independently of :mod:`zopa.interop`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from zopa.analysis import analyze, frontier_points
from zopa.cli import app
from zopa.errors import ScenarioError
from zopa.interop import import_genius_folder
from zopa.interop.genius import read_reference
from zopa.space import compile_space

DATA = Path(__file__).parents[1] / "data" / "genius" / "anac" / "y2014"
DOMAINS = sorted(DATA.iterdir())


def _genius_utility(profile: Path, bids: np.ndarray, indices: list[int]) -> np.ndarray:
    """GENIUS's utility of each bid (rows of integer values, issues in domain order)."""
    root = ET.parse(profile).getroot()
    utility = root.find("./objective/utility")
    assert utility is not None
    top = float(utility.get("maxutility", ""))
    column = {index: k for k, index in enumerate(indices)}
    total = np.zeros(len(bids))
    for rect in utility.iter("hyperRectangle"):
        inside = np.ones(len(bids), dtype=bool)
        for bound in rect.findall("INCLUDES"):
            values = bids[:, column[int(bound.get("index", ""))]]
            inside &= (values >= int(bound.get("min", ""))) & (values <= int(bound.get("max", "")))
        total += np.where(inside, float(rect.get("utility", "")), 0.0)
    return np.minimum(total / top, 1.0)


@pytest.mark.parametrize("folder", DOMAINS, ids=lambda f: f.name)
def test_utilities_are_geniuss(folder: Path) -> None:
    space = compile_space(import_genius_folder(folder).scenario)
    domain = next(folder.glob("*domain*.xml"))
    indices = [int(i.get("index", "")) for i in ET.parse(domain).getroot().iter("issue")]
    rng = np.random.default_rng(7)
    rows = rng.integers(0, 10, size=(2_000, len(indices)))
    ours = space.utilities(rows)
    for p, profile in enumerate(sorted(folder.glob("profile-*.xml"))):
        assert np.allclose(ours[:, p], _genius_utility(profile, rows, indices), atol=1e-12)


@pytest.mark.parametrize("folder", DOMAINS, ids=lambda f: f.name)
def test_reference_points_are_whole_sums_over_maxutility(folder: Path) -> None:
    """How GENIUS normalises, checked on its own output: every point of pareto.xml times
    the profile's maxutility is a whole number (a sum of rectangle utilities, which are
    integers), and each party's best point is exactly 1."""
    reference = read_reference(folder, 2)
    assert reference is not None
    points = np.array(reference.points)
    tops = [float(ET.parse(p).getroot().find("./objective/utility").get("maxutility", ""))
            for p in sorted(folder.glob("profile-*.xml"))]
    for p, top in enumerate(tops):
        sums = points[:, p] * top
        assert np.allclose(sums, np.rint(sums), atol=1e-3)
        assert points[:, p].max() == 1.0


def test_small_domain_frontier_is_exact_and_covers_the_reference() -> None:
    folder = DATA / "10issues"
    scenario = import_genius_folder(folder).scenario
    reference = read_reference(folder, 2)
    assert reference is not None
    result = analyze(scenario, reference=reference.points, reference_source="pareto.xml")
    assert result.frontier_exact and result.frontier_method == "milp"
    assert result.reference is not None
    assert result.reference.covered == result.reference.points == 10
    data = result.to_dict()
    assert data["frontier_exact"] is True
    assert data["reference_frontier"]["uncovered"] == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["30issues", "50issues"])
def test_large_domains_cover_the_reference(name: str) -> None:
    folder = DATA / name
    space = compile_space(import_genius_folder(folder).scenario)
    points = frontier_points(space)
    reference = read_reference(folder, 2)
    assert reference is not None and points.exact
    for q in reference.points:
        assert (points.utility >= np.array(q) - 1e-6).all(axis=1).any(), q


def test_analyze_folder_on_the_command_line() -> None:
    result = CliRunner().invoke(app, ["analyze", str(DATA / "10issues")])
    assert result.exit_code == 0, result.output
    assert "frontier is exact (method milp)" in result.output
    assert "Reference frontier (pareto.xml): 10 points, 10 covered" in result.output


def _copy(tmp_path: Path, edit: dict[str, tuple[str, str]] | None = None) -> Path:
    folder = tmp_path / "domain"
    folder.mkdir()
    for path in (DATA / "10issues").iterdir():
        text = path.read_text()
        if edit and path.name in edit:
            old, new = edit[path.name]
            assert old in text
            text = text.replace(old, new, 1)
        (folder / path.name).write_text(text)
    return folder


@pytest.mark.parametrize(("old", "new", "message"), [
    ('<INCLUDES index="2" min="7" max="9"/>', '<INCLUDES index="12" min="7" max="9"/>',
     "names issue index 12, which is not an integer issue of the domain"),
    ('<INCLUDES index="2" min="7" max="9"/>', '<INCLUDES index="2" min="7" max="12"/>',
     "lies outside its range [0, 9]"),
    ('<hyperRectangle utility="97">', '<hyperRectangle utility="-97">', "is negative"),
    ('<utility maxutility="662">', '<utility maxutility="0">', "maxutility must be positive"),
])
def test_bad_rectangles_are_one_line_naming_file_and_line(tmp_path: Path, old: str, new: str,
                                                          message: str) -> None:
    folder = _copy(tmp_path, {"profile-1.xml": (old, new)})
    with pytest.raises(ScenarioError) as caught:
        import_genius_folder(folder)
    text = str(caught.value)
    assert message in text and "profile-1.xml:" in text and "\n" not in text
    result = CliRunner().invoke(app, ["analyze", str(folder)])
    assert result.exit_code == 2
    assert message in result.output


def test_empty_reference_file_is_one_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "pareto.xml").write_text("\n\n")
    result = CliRunner().invoke(app, ["analyze", str(folder)])
    assert result.exit_code == 2
    assert "pareto.xml" in result.output and "reference frontier is empty" in result.output
    (folder / "pareto.xml").write_text("0.5, 1.0\n0.7\n")
    result = CliRunner().invoke(app, ["analyze", str(folder)])
    assert result.exit_code == 2 and "pareto.xml:2:" in result.output


def test_strategies_see_the_interacting_utilities() -> None:
    """A negotiator's own view and its candidate pool use the space's one utility
    function; the pool of a space too coupled for stages is built by ascent, never by
    enumerating its 10^10 packages."""
    from zopa.simulate.own import own_preferences
    from zopa.simulate.pool import candidate_pool

    space = compile_space(import_genius_folder(DATA / "10issues").scenario)
    rows = np.random.default_rng(3).integers(0, 10, size=(500, 10))
    for p in range(2):
        own = own_preferences(space, p)
        assert np.array_equal(own.utility(rows), space.utilities(rows)[:, p])
        assert own.value(rows[0].tolist()) == pytest.approx(space.utilities(rows[:1])[0, p])
        pool = candidate_pool(space, p)
        assert not pool.exact and 0 < len(pool) <= 100_000
        assert pool.best >= 0.9  # ascent reaches (near) the party's best
        assert np.allclose(pool.utility, space.utilities(pool.outcomes)[:, p])
