"""``zopa read`` and ``zopa draft`` as a user runs them, and what they refuse."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.evidence.source import MAX_BYTES

from .conftest import ARTICLES

runner = CliRunner()
SEED = ARTICLES / "seed-article-2022-03-20.txt"


def test_no_spacy_for_commands_that_read_no_text() -> None:
    code = ("import sys, zopa.cli; from typer.testing import CliRunner; "
            "r = CliRunner().invoke(zopa.cli.app, ['analyze']); assert r.exit_code == 0; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.usefixtures("nlp")
def test_read_prints_a_summary() -> None:
    result = runner.invoke(app, ["read", str(SEED)])
    assert result.exit_code == 0, result.output
    for word in ("Actors", "Issues", "Statements", "Zelensky", "red_line", "mediator"):
        assert word in result.output


@pytest.mark.usefixtures("nlp")
def test_read_json_is_the_documented_contract() -> None:
    result = runner.invoke(app, ["read", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "actors", "issues", "statements"}
    assert {"file", "title", "date"} <= set(data["documents"][0])
    assert all({"id", "name", "kind", "aliases"} <= set(a) for a in data["actors"])
    assert all(a["kind"] in ("party", "mediator", "other") for a in data["actors"])
    assert all({"id", "name", "evidence"} <= set(i) for i in data["issues"])
    text = SEED.read_text(encoding="utf-8")
    for s in data["statements"]:
        assert {"id", "speaker", "side", "date", "quote", "kind", "issues", "source"} <= set(s)
        assert text[s["source"]["start"]:s["source"]["end"]] == s["quote"]
    assert [s["id"] for s in data["statements"]] == [
        f"s{k}" for k in range(1, len(data["statements"]) + 1)]


@pytest.mark.usefixtures("nlp")
def test_read_a_folder(tmp_path: Path) -> None:
    for name in ("seed-article-2022-03-20.txt", "minsk-2015-02-12.txt"):
        (tmp_path / name).write_bytes((ARTICLES / name).read_bytes())
    (tmp_path / "notes.yaml").write_text("not an article\n")
    result = runner.invoke(app, ["read", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["documents"]) == 2


@pytest.mark.usefixtures("nlp")
def test_draft_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "talks.yaml"
    result = runner.invoke(app, ["draft", str(SEED), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Drafted by `zopa draft`")
    assert [p.name for p in tmp_path.iterdir()] == ["talks.yaml"]


@pytest.mark.usefixtures("nlp")
def test_html_is_stripped(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Doha</title><style>p{}</style>"
        '<meta property="article:published_time" content="2023-11-22T09:30:00Z">'
        "<script>var said = 'Trump said';</script></head><body><nav>Home | World</nav>"
        "<p>Israel and Hamas agreed to a truce, in talks mediated by Qatar.</p>"
        "<p>\"We will not stop until the hostages are home,\" Netanyahu said.</p>"
        "<footer>Kremlin spokesman said nothing</footer></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["read", str(page), "--json"])
    data = json.loads(result.stdout)
    assert data["documents"][0]["title"] == "Talks in Doha"
    assert data["documents"][0]["date"] == "2023-11-22"
    assert data["statements"][0]["date"] == "2023-11-22"
    assert [s["speaker"] for s in data["statements"]] == ["Netanyahu"]
    assert "russia" not in {a["id"] for a in data["actors"]}


@pytest.mark.usefixtures("nlp")
def test_an_article_about_no_negotiation_is_a_valid_empty_result(tmp_path: Path) -> None:
    page = tmp_path / "markets.txt"
    page.write_text("Markets rallied on Friday.\n\nThe index rose 2 percent as bond yields "
                    "fell and investors bought shares of technology companies.\n")
    result = runner.invoke(app, ["read", str(page)])
    assert result.exit_code == 0
    assert "No negotiation found" in result.output


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x00\x01\x02binary\xff" * 20, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("Die Verhandlungen zwischen den beiden Delegationen wurden am Montag in Genf "
     "fortgesetzt, wie ein Sprecher des Auswärtigen Amtes mitteilte. Eine Einigung über "
     "die strittigen Punkte sei noch nicht in Sicht.".encode(), "English"),
    ("Переговоры между делегациями продолжились в понедельник в Стамбуле".encode(),
     "English"),
    (b"\xff\xfe\xfa caf\xe9", "UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str
                                          ) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2
    assert message in result.output and str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_files_over_the_limit_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2 and "limit" in result.output


def test_missing_files_and_empty_folders(tmp_path: Path) -> None:
    assert runner.invoke(app, ["read", str(tmp_path / "nope.txt")]).exit_code == 2
    result = runner.invoke(app, ["draft", str(tmp_path)])
    assert result.exit_code == 2 and "no text or HTML files" in result.output


def test_without_spacy_the_command_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    from zopa.evidence.nlp import pipeline

    path = tmp_path / "a.txt"
    path.write_text("Talks between Iran and the United States resumed in Vienna on Monday.")
    monkeypatch.setitem(sys.modules, "spacy", None)
    pipeline.cache_clear()
    try:
        result = runner.invoke(app, ["read", str(path)])
    finally:
        pipeline.cache_clear()
    assert result.exit_code == 2
    assert "zopa[text]" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.usefixtures("nlp")
def test_a_large_folder_reads_on_two_processes_as_on_one(tmp_path: Path) -> None:
    """``zopa read DIR/`` as a user runs it (its own process, a progress bar's thread
    running, so the workers are spawned): 70 articles, more than four chunks, give the
    reading the library gives on one process."""
    from zopa.evidence import read_files

    articles = sorted(ARTICLES.glob("*.txt"))
    folder = tmp_path / "news"
    folder.mkdir()
    for k in range(70):
        source = articles[k % len(articles)]
        (folder / f"{k:03d}-{source.name}").write_bytes(source.read_bytes())
    out = subprocess.run([sys.executable, "-m", "zopa", "read", str(folder), "--json"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    alone = read_files(sorted(folder.glob("*.txt")), processes=1)
    assert json.loads(out.stdout) == alone.to_dict()
