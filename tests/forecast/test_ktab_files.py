"""KTAB's CSV and XML files: reading, writing, and the errors bad files raise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zopa.errors import ScenarioError
from zopa.forecast.ktab import read_ktab, write_ktab_csv
from zopa.forecast.smp import run_smp

DATA = Path(__file__).parent.parent / "data" / "ktab"
CSV = (DATA / "dummyData_3Dim.csv").read_text()
XML = (DATA / "smpExample-52.8.xml").read_text(encoding="utf-8-sig")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_reads_the_csv(tmp_path: Path) -> None:
    k = read_ktab(DATA / "dummyData_3Dim.csv")
    assert k.model.n_actors == 7 and k.model.dimensions == ("Pstn1", "Pstn2", "Pstn3")
    assert k.model.capability[0] == 102.543
    assert k.model.position[2].tolist() == [82.45, 90.89, 0.07]
    assert k.model.salience[0, 0] == pytest.approx(0.4953)
    assert k.params.seed is None


def test_by_content_when_no_extension(tmp_path: Path) -> None:
    assert read_ktab(_write(tmp_path, "scen", XML)).model.n_actors == 5
    assert read_ktab(_write(tmp_path, "scen2", CSV)).model.n_actors == 7


def test_csv_round_trip(tmp_path: Path) -> None:
    k = read_ktab(DATA / "dummyData_3Dim.csv")
    out = tmp_path / "back.csv"
    write_ktab_csv(k.model, out, description="round trip")
    again = read_ktab(out)
    assert again.model.actors == k.model.actors
    assert np.allclose(again.model.position, k.model.position)
    assert np.allclose(again.model.salience, k.model.salience)
    assert np.array_equal(run_smp(again.model).history, run_smp(k.model).history)
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace(",7,3,", ",8,3,"), r":1: the first line says 8 actors, the file has 7"),
    (lambda t: t.replace("20.76", "140"),
     r"dummy.csv:6: actor 'SActor-03', Sal1: salience 140 is over 100"),
    (lambda t: t.replace(" 75.920,", " ,"), r":6: actor 'SActor-03': the capability is missing"),
    (lambda t: t.replace("62.52", "abc"),
     r":6: actor 'SActor-03', Pstn1: the position 'abc' is not a number"),
    (lambda t: t.replace(" 62.33, 22.21,", ""), r":6: actor 'SActor-03': 7 columns, 9 expected"),
    (lambda t: t.replace(",7,3,", ",seven,3,"), r":1: the number of actors 'seven'"),
    (lambda t: t.replace("62.52", "162.52"), r":6: actor 'SActor-03', Pstn1: position 162.52"),
])
def test_bad_csv(tmp_path: Path, edit: object, message: str) -> None:
    path = _write(tmp_path, "dummy.csv", edit(CSV))  # type: ignore[operator]
    with pytest.raises(ScenarioError, match=message):
        read_ktab(path)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace("</Scenario>", ""), r"invalid XML"),
    (lambda t: t.replace("<dCoord>15.9</dCoord>", "<dCoord>x</dCoord>"),
     r"actor 'Bob', Position: <dCoord> 'x' is not a decimal"),
    (lambda t: t.replace("<dSal>25.2</dSal>", "<dSal>125.2</dSal>"),
     r"actor 'Bob', Salience: dSal 125.2 is over 100"),
    (lambda t: t.replace("<capability>93.2</capability>", ""),
     r"Actor: <capability> is required"),
    (lambda t: t.replace("<VotingRule>PropCbc</VotingRule>", "<VotingRule>Loud</VotingRule>"),
     r"VotingRule 'Loud' is not one of"),
    (lambda t: t.replace("<referencePos>David</referencePos>",
                         "<referencePos>Zed</referencePos>"), r"'Zed' is not an actor"),
    (lambda t: t.replace("<prngSeed>03507583219545544127</prngSeed>",
                         "<prngSeed>seed</prngSeed>"), r"prngSeed 'seed'"),
    (lambda t: t.replace("<dName>YADN</dName>", ""), r"Dimensions: 2 names for 3"),
    (lambda t: t.replace("<desc>", "<oops/><desc>"), r"unexpected element <oops>"),
])
def test_bad_xml(tmp_path: Path, edit: object, message: str) -> None:
    path = _write(tmp_path, "s.xml", edit(XML))  # type: ignore[operator]
    with pytest.raises(ScenarioError, match=message) as info:
        read_ktab(path)
    assert str(info.value).startswith(str(path) + ":")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        read_ktab(tmp_path / "none.csv")


def test_writes_other_axes_on_0_100(tmp_path: Path) -> None:
    from zopa.forecast.spatial import SpatialModel

    model = SpatialModel.build(actors=["Kyiv, gov", "Moscow", "Ankara"],
                               dimensions=["troops (k)"], capability=[50, 90, 40],
                               position=[[0.0], [200.0], [50.0]],
                               salience=[[0.9], [0.6], [0.3]], bounds=[[0.0, 200.0]],
                               name="March 2022")
    out = tmp_path / "m.csv"
    write_ktab_csv(model, out)
    text = out.read_text()
    assert text.splitlines()[0] == "March 2022,,3,1,"
    back = read_ktab(out)
    assert back.model.actors == ("Kyiv gov", "Moscow", "Ankara")
    assert back.model.position[:, 0].tolist() == [0.0, 100.0, 25.0]
    assert back.model.salience[:, 0].tolist() == pytest.approx([0.9, 0.6, 0.3])


def test_older_xml_without_parameters_reads_as_the_csv() -> None:
    """KTAB's older ``dummyData_3Dim.xml``: a hexadecimal seed, no model parameters (KTAB's
    defaults), the same actors as the CSV, so the same run."""
    xml = read_ktab(DATA / "dummyData_3Dim.xml")
    csv = read_ktab(DATA / "dummyData_3Dim.csv")
    assert xml.params.seed == 0x89B9E56731783372
    assert xml.params.voting_rule == "Proportional" and xml.params.accommodation is None
    assert np.array_equal(xml.model.position, csv.model.position)
    assert np.array_equal(xml.model.salience, csv.model.salience)
    assert np.array_equal(run_smp(xml.model, xml.params).history,
                          run_smp(csv.model, csv.params).history)


def test_an_extra_actor_line_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "dummy.csv", CSV.replace(",7,3,", ",6,3,"))
    with pytest.raises(ScenarioError, match=r"dummy.csv:9: the first line says 6 actors, "
                                            r"the file has 7"):
        read_ktab(path)


def test_ktab_takes_three_to_250_actors(tmp_path: Path) -> None:
    text = "T,,2,1,\nActor,Description,Power,P,S,\nA,,1,20,50,\nB,,1,80,50,\n"
    with pytest.raises(ScenarioError, match=r"t.csv:1: KTAB takes 3 to 250 actors"):
        read_ktab(_write(tmp_path, "t.csv", text))
