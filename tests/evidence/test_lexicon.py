"""Red lines, demands and offers by their cue words."""

from __future__ import annotations

import pytest

from zopa.evidence.lexicon import kind_of


@pytest.mark.parametrize("text", [
    "We will not compromise on any issues related to sovereignty and territorial integrity",
    "Israel will never accept a Palestinian state on these terms",
    "The territorial integrity of Ethiopia is not negotiable",
    "Under no circumstances will we hand over our weapons",
    "Crossing that red line would end the talks",
    "Hamas must release all hostages before any ceasefire",
    "There will be no peace until the militias withdraw",
    "the group will not take part in talks until its prisoners are freed",
    "I will not sign anything that means recognition of Kosovo",
    "He ruled out any special status for the region",
    "There is no question of Turkish troops being deployed",
    "Moscow has set out its conditions for ending the operation",
    "The islands will remain Japanese territory under Japan's sovereignty",
    "Nobody in the region will be allowed to redraw the map",
    "Any partition of the country is off the table",
    "The capital is one and indivisible",
    "The ceasefire line cannot be changed by force",
])
def test_red_lines(text: str) -> None:
    assert kind_of(text) == "red_line"


@pytest.mark.parametrize(("text", "kind"), [
    ("The minister did not rule out further talks", "other"),
    ("Talks without preconditions are welcome", "other"),
    ("Iran is ready to cap enrichment at 3.67 percent", "offer"),
    ("We proposed a prisoner exchange", "offer"),
    ("The RSF demanded that the army stop air strikes", "demand"),
    ("Both sides must show restraint", "demand"),
    ("The talks were constructive", "other"),
    ("Weather conditions delayed the delegation", "other"),
    ("Britain did not sign the declaration in 2019", "other"),
    ("A new round of sanctions is not off the table", "other"),
    ("Everything is on the table", "other"),
])
def test_other_kinds(text: str, kind: str) -> None:
    assert kind_of(text) == kind
