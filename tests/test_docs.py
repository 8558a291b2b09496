"""The documentation's worked examples are computed by zopa: every ``>>>`` in docs/ runs."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if ">>>" in p.read_text(encoding="utf-8"))


def test_there_are_worked_examples():
    assert len(PAGES) >= 8


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_the_examples_of_a_page_hold(page: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(DOCS.parent)  # the pages name files from the repository's root
    result = doctest.testfile(str(page), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} example(s) of {page.name} fail"
