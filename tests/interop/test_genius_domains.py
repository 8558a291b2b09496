"""Every GENIUS domain of tests/data/genius (ANAC 2010, 2011, 2016 and AMPOvsCity) imports,
analyses, gives GENIUS's utilities for every outcome, and survives an export round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zopa.analysis import analyze
from zopa.interop import convert_genius_files, export_genius, import_genius_folder, read_genius
from zopa.space import compile_space

from ._genius_rule import DATA, folders, genius_utilities, outcome_rows, profile_tables, split

FOLDERS = folders()
LIMIT = 200_000  # all outcomes up to this many, else a seeded sample of this many


def test_every_shared_domain_is_here() -> None:
    # The copies in tests/data must cover the ANAC domains the project ships.
    names = {f.name for f in FOLDERS}
    assert {"Travel", "Energy", "Car", "AMPOvsCity", "AgentHp2", "parsCat"} <= names
    assert len(FOLDERS) == 28


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_utilities_follow_genius_rule(folder: Path) -> None:
    converted = import_genius_folder(folder)
    scenario = converted.scenario
    space = compile_space(scenario)
    domain, profiles = split(folder)
    assert [p.name for p in scenario.parties] == [p.stem for p in profiles]
    rows = outcome_rows(list(space.sizes), LIMIT)
    zopa = space.utilities(rows)
    for k, profile in enumerate(profiles):
        tables, total, reservation = profile_tables(domain, profile)
        genius = genius_utilities(tables, rows)
        if total <= 1 + 1e-9:
            np.testing.assert_allclose(zopa[:, k], genius, rtol=0, atol=1e-9)
            assert space.reservations[k] == pytest.approx(max(reservation, 0.0), abs=1e-12)
        else:
            # GENIUS caps min(1, sum); zopa keeps the uncapped sum, normalised, and says so.
            uncapped = sum(t[rows[:, i]] for i, t in enumerate(tables))
            np.testing.assert_allclose(zopa[:, k] * total, uncapped, rtol=0, atol=1e-9)
            np.testing.assert_allclose(np.minimum(1.0, zopa[:, k] * total), genius, atol=1e-9)
            assert space.reservations[k] == pytest.approx(reservation / total, abs=1e-12)
            assert any(profile.name in w and "> 1" in w for w in converted.warnings)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_imports_and_analyses(folder: Path) -> None:
    result = analyze(import_genius_folder(folder).scenario)
    assert result.outcomes == compile_space(result.scenario).outcome_count
    assert (len(result.frontier) > 0) == (result.agreement_space != 0)
    utilities = np.array([p.utilities for p in result.frontier]).reshape(
        len(result.frontier), len(result.parties))
    for u in utilities:  # no frontier point dominates another
        dominated = (utilities >= u - 1e-9).all(axis=1) & (utilities > u + 1e-9).any(axis=1)
        assert not dominated.any()


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_export_import_round_trip(folder: Path) -> None:
    scenario = import_genius_folder(folder).scenario
    exported = export_genius(scenario)
    again = convert_genius_files(exported.files).scenario
    assert not any("dropped" in w for w in exported.warnings)
    a, b = compile_space(scenario), compile_space(again)
    assert a.sizes == b.sizes
    rows = outcome_rows(list(a.sizes), 20_000, seed=1)
    # The folder's profiles are read back in file-name order: the party ids.
    order = [scenario.negotiators.index(scenario.party(p)) for p in b.parties]
    np.testing.assert_allclose(b.utilities(rows), a.utilities(rows)[:, order], atol=1e-12)
    np.testing.assert_allclose(b.reservations, a.reservations[order], atol=1e-12)
    assert [again.party(p).discount for p in b.parties] == [
        scenario.party(p).discount for p in b.parties]


def test_car_ignores_similarity_function_items() -> None:
    # Car nests <item>s in <similarity_function>; only the issue's own items count.
    folder = DATA / "anac" / "y2011" / "Car"
    scenario = read_genius(folder / "adg.xml", [folder / "adg_deal.xml", folder / "adg_deal2.xml"])
    assert [o.id for o in scenario.issue("cd-player").options or ()] == [
        "good", "fairly good", "standard", "meager", "none"]
    assert scenario.preferences["adg_deal"].values["cd-player"] == {
        "good": 1.0, "fairly good": 0.98, "standard": 0.92, "meager": 0.75, "none": 0.0}


def test_known_answers_travel_and_ampo() -> None:
    # Travel: evaluations 41..370 round to themselves; divided by the rounded maximum 370.
    travel = import_genius_folder(DATA / "anac" / "y2010" / "Travel").scenario
    assert travel.preferences["travel_chox"].values["atmosphere"]["Hospitality"] == 1.0
    assert travel.preferences["travel_chox"].values["atmosphere"]["Cultural heritage"] == (
        41 / 370)
    # AMPO lists the value "0" twice (0 then 8): the last counts, as in a Java HashMap.
    ampo = import_genius_folder(DATA / "AMPOvsCity")
    values = ampo.scenario.preferences["ampo_vs_city_ampo_space"].values
    assert values["increase-in-starting-salaries"]["0"] == 0.08
    assert any("twice" in w for w in ampo.warnings)
    # Its profile lists Commisioner Daniels' values in another order than the domain.
    assert values["commisioner-daniels"] == {"Fire": 1.0, "Keep": 0.0}


def test_discount_factors_are_kept() -> None:
    laptop = import_genius_folder(DATA / "anac" / "y2011" / "Laptop").scenario
    assert [p.discount for p in laptop.parties] == [0.42441038, 0.42441038]
    travel = import_genius_folder(DATA / "anac" / "y2010" / "Travel").scenario
    assert [p.discount for p in travel.parties] == [None, None]  # no <discount_factor>
