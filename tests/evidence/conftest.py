"""The reader's tests load the English pipeline once per session (``pipeline`` is cached),
and are skipped where the text extra is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="session")
def nlp() -> object:
    pytest.importorskip("spacy")
    from zopa.errors import ScenarioError
    from zopa.evidence.nlp import pipeline

    try:
        return pipeline()
    except ScenarioError as exc:  # pragma: no cover - the model is part of the text extra
        pytest.skip(str(exc))
