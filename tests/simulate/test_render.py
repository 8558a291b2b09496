"""Figures: what they show, and how they are written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zopa.render.simulation import session_figure, tournament_figure, write_html
from zopa.scenario import Scenario
from zopa.simulate.arena import Arena
from zopa.simulate.protocols import SessionSettings
from zopa.simulate.session import play
from zopa.simulate.tournament import TournamentSettings, run_tournament


def test_session_figure_marks_frontier_nash_and_agreement(hand_checked: Scenario):
    arena = Arena.build(hand_checked)
    played = play(arena, ["hardliner", "boulware:e=0.5"], SessionSettings(rounds=10))
    names = [t.name for t in session_figure(played, arena).data]
    assert "Pareto frontier" in names
    assert "Nash point" in names
    assert any(n.startswith("agreement") for n in names)
    assert any(n.startswith("a offers") for n in names)
    nash = next(t for t in session_figure(played, arena).data if t.name == "Nash point")
    assert (nash.x[0], nash.y[0]) == (0.5, 1.0)


def test_tournament_figure_has_the_table_and_the_means(hand_checked: Scenario):
    t = run_tournament([hand_checked], TournamentSettings(("boulware", "conceder",
                                                           "hardliner"), repetitions=2))
    fig = tournament_figure(t)
    kinds = [type(trace).__name__ for trace in fig.data]
    assert kinds == ["Heatmap", "Bar", "Table"]
    assert list(fig.data[1].x) == ["boulware", "conceder", "hardliner"]


def test_html_is_self_contained_and_written_atomically(tmp_path: Path,
                                                       hand_checked: Scenario):
    arena = Arena.build(hand_checked)
    fig = session_figure(play(arena, ["linear", "linear"]), arena)
    path = write_html(fig, tmp_path / "deep" / "s.html")
    text = path.read_text()
    assert "<script" in text
    assert "plotly.js" in text.lower()
    assert 'src="http' not in text
    assert [p.name for p in path.parent.iterdir()] == ["s.html"]
    assert oct(path.stat().st_mode & 0o777) != oct(0o600)
    with pytest.raises(AttributeError):
        write_html(object(), tmp_path / "broken.html")  # type: ignore[arg-type]
    assert not (tmp_path / "broken.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["deep"]


def test_mediated_session_figure_follows_the_text(hand_checked: Scenario):
    arena = Arena.build(hand_checked)
    played = play(arena, ["linear", "conceder"], SessionSettings(rounds=20,
                                                                 protocol="mediated"), 3)
    fig = session_figure(played, arena)
    path = next(t for t in fig.data if t.name == "single text, as adopted")
    assert len(path.x) == 21  # the first text and the text after each round
    final = played.events[-1].outcome
    assert (path.x[-1], path.y[-1]) == tuple(arena.space.utilities(np.array([final]))[0])
