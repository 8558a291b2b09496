"""The regression corpus: every input that ever made zopa hang, crash or lie, read by
every reader it is meant for and by the command line. Each must be refused with one clean
line (exit status 2) within seconds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests._process import SRC
from tests.fuzz.checks import clean_failure, outcome
from tests.fuzz.readers import CORPUS, READERS, readers_for
from zopa.cli import app
from zopa.errors import one_line

FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".json", ".xml"))
CASES = [(path, reader) for path in FILES for reader in readers_for(path)]


def test_the_corpus_is_there():
    assert len(FILES) >= 20
    assert {r.name for r in READERS} >= {"scenario-yaml", "scenario-json", "genius-xml",
                                         "geniusweb-json", "upload"}


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("path", "reader"), CASES,
                         ids=[f"{r.name}:{p.name}" for p, r in CASES])
def test_every_corpus_file_is_refused_cleanly(path: Path, reader):  # type: ignore[no-untyped-def]
    assert outcome(reader.read, path.name, path.read_bytes()) is None


COMMAND_FILES = [p for p in FILES if p.suffix in (".yaml", ".json")]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("path", COMMAND_FILES, ids=[p.name for p in COMMAND_FILES])
def test_the_command_line_prints_one_line_and_exits_2(path: Path):
    for command in ("validate", "analyze"):
        result = CliRunner().invoke(app, [command, str(path)])
        assert result.exit_code == 2, (result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
        assert lines[0] == one_line(lines[0])


def test_brackets_and_emoji_codes_are_printed_as_written():
    result = CliRunner().invoke(app, ["validate", str(CORPUS / "emoji-code-in-id.yaml")])
    assert "bad:100:id [bold]x[/bold]" in result.stderr


@pytest.mark.parametrize("name", ["escape-bytes-in-id.yaml", "lone-surrogate-name.yaml",
                                  "billion-laughs.yaml"])
def test_a_real_terminal_gets_one_line_and_no_escape_bytes(name: str):
    # A real process, so the real stderr encoding is in play (a lone surrogate crashed
    # the output once); no ESC byte may reach the terminal.
    done = subprocess.run([sys.executable, "-m", "zopa", "analyze", str(CORPUS / name)],
                          capture_output=True, timeout=60, env={"PYTHONPATH": SRC,
                                                                "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode("utf-8")
    assert len(err.strip().splitlines()) == 1 and "\x1b" not in err, err


def test_validate_reads_no_more_than_the_limit_of_an_endless_file():
    result = CliRunner().invoke(app, ["validate", "/dev/zero"])
    assert result.exit_code == 2
    assert "larger than" in result.stderr


@pytest.mark.parametrize("size", [150_000, 1_000_000])
def test_a_giant_list_of_options_is_refused_at_once(tmp_path: Path, size: int):
    options = "\n".join(f"      - o{k}" for k in range(size))
    path = tmp_path / "big.yaml"
    path.write_text(f"zopa: 1\nparties: [{{id: a}}, {{id: b}}]\nissues:\n  - id: x\n"
                    f"    options:\n{options}\n")
    reader = READERS[0]
    assert outcome(reader.read, path.name, path.read_bytes()) is None


def test_a_genius_domain_of_100_000_items_is_refused_at_once():
    items = "\n".join(f'<item index="{k + 1}" value="v{k}"/>' for k in range(100_000))
    domain = (f'<negotiation_template><utility_space><objective index="0" name="root">'
              f'<issue index="1" name="big" type="discrete">{items}</issue>'
              f'</objective></utility_space></negotiation_template>').encode()
    reader = next(r for r in READERS if r.name == "genius-xml")
    error = None
    try:
        reader.read("big_domain.xml", domain)
    except Exception as exc:
        error = exc
    from zopa.errors import ScenarioError

    assert isinstance(error, ScenarioError)
    clean_failure(error)
