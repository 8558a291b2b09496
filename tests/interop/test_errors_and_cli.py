"""Bad GENIUS input gives one clear error naming the file and the place; the commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.errors import ScenarioError
from zopa.interop import read_genius, scenario_from_genius_files

from ._genius_rule import DATA

LAPTOP = DATA / "anac" / "y2011" / "Laptop"
DOMAIN = (LAPTOP / "laptop_domain.xml").read_bytes()
BUYER = (LAPTOP / "laptop_buyer_utility.xml").read_bytes()
SELLER = (LAPTOP / "laptop_seller_utility.xml").read_bytes()


def _error(files: dict[str, bytes]) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        scenario_from_genius_files(files)
    return info.value


def test_bytes_variant_reads_uploads() -> None:
    scenario = scenario_from_genius_files({"seller.xml": SELLER, "buyer.xml": BUYER,
                                           "laptop_domain.xml": DOMAIN})
    assert [p.id for p in scenario.parties] == ["seller", "buyer"]  # the order given


def test_entities_are_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><utility_space>&lol2;</utility_space>')
    err = _error({"d.xml": DOMAIN, "bomb.xml": bomb, "s.xml": SELLER})
    assert err.file == "bomb.xml"
    assert "DOCTYPE" in err.message
    external = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    assert _error({"x.xml": external}).file == "x.xml"


@pytest.mark.parametrize(("change", "where", "message"), [
    (lambda s: s.replace(b'<weight index="2"', b'<weight index="7"'), "buyer.xml",
     "has no <weight>"),
    (lambda s: s.replace(b'evaluation="12"', b'evaluation="twelve"'), "buyer.xml",
     "must be a number"),
    (lambda s: s.replace(b'evaluation="12"', b'evaluation="-12"'), "buyer.xml",
     "is negative"),
    (lambda s: s.replace(b"</issue>", b"", 1), "buyer.xml", "invalid XML"),
    (lambda s: s.replace(b'<issue index="3"', b'<issue index="9"'), "buyer.xml",
     "has no <weight>"),
])
def test_bad_profiles_name_file_and_line(change: object, where: str, message: str) -> None:
    assert callable(change)
    err = _error({"laptop_domain.xml": DOMAIN, "buyer.xml": change(BUYER),
                  "seller.xml": SELLER})
    assert err.file == where
    assert message in err.message
    assert err.line is not None or "weight" in message


def test_folder_problems() -> None:
    assert "no GENIUS domain file" in _error({"a.xml": BUYER, "b.xml": SELLER}).message
    assert "at least two" in _error({"d.xml": DOMAIN, "a.xml": BUYER}).message
    err = _error({"d.xml": DOMAIN, "e.xml": DOMAIN, "a.xml": BUYER, "b.xml": SELLER})
    assert "more than one" in err.message


def test_wrong_kind_of_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="looks like a profile"):
        read_genius(LAPTOP / "laptop_buyer_utility.xml", [LAPTOP / "laptop_buyer_utility.xml"])
    with pytest.raises(ScenarioError, match="no such file"):
        read_genius(tmp_path / "missing.xml", [])


runner = CliRunner()


@pytest.mark.parametrize("command", [["import", "genius"], ["import", "geniusweb"],
                                     ["export", "genius"], ["export", "geniusweb"]])
def test_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output


def test_import_export_analyze(tmp_path: Path) -> None:
    out = tmp_path / "laptop.yaml"
    result = runner.invoke(app, ["import", "genius", str(LAPTOP / "laptop_domain.xml"),
                                 str(LAPTOP / "laptop_buyer_utility.xml"),
                                 str(LAPTOP / "laptop_seller_utility.xml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "zopa: 1" in out.read_text()
    assert "discount: 0.42441038" in out.read_text()
    folder = tmp_path / "genius"
    result = runner.invoke(app, ["export", "genius", str(out), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == [
        "domain.xml", "laptop_buyer_utility.xml", "laptop_seller_utility.xml"]
    result = runner.invoke(app, ["export", "genius", str(out), "-o", str(folder)])
    assert result.exit_code != 0  # would overwrite: needs --force
    result = runner.invoke(app, ["analyze", "--json", str(LAPTOP)])
    assert result.exit_code == 0, result.output
    assert '"outcomes": 27' in result.output


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "d.xml").write_bytes(DOMAIN)
    (tmp_path / "b.xml").write_bytes(BUYER.replace(b'evaluation="12"', b'evaluation="x"'))
    (tmp_path / "s.xml").write_bytes(SELLER)
    done = subprocess.run([sys.executable, "-c", "from zopa.cli import main; main()",
                           "analyze", str(tmp_path)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2
    assert "b.xml:" in done.stderr
    assert "Traceback" not in done.stderr
