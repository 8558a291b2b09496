"""``derive``: the option phrase a statement gives on an issue, and whose option it is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.evidence.model import Issue
from zopa.evidence.options import derive, mention

CRIMEA = Issue("crimea", "Status of Crimea", territorial=True)
REFUGEES = Issue("refugees", "Refugees")
BORDER = Issue("border", "Borders")


@pytest.mark.parametrize(("quote", "issue", "text", "keeps"), [
    ("Russia's request to recognize the Crimean peninsula belonging to Russia, recognize the "
     "independence of two breakaway regions in the Donbass", CRIMEA,
     "recognize the Crimean peninsula belonging to Russia", True),
    ("Kiev will not compromise on the issue of territorial integrity", CRIMEA,
     "territorial integrity", True),
    ("he would not accept the return of refugees to Israel proper", REFUGEES,
     "the return of refugees to Israel", False),
    ("There can be no lasting peace without the return of refugees", REFUGEES,
     "the return of refugees", True),
    ("there would be no hard border on the island of Ireland", BORDER,
     "no hard border on the island of Ireland", True),
    ("Ukraine will never give up its control over the border with Russia", BORDER,
     "its control over the border", True),
    ("We will never allow foreign refugees to cross the border", REFUGEES,
     "foreign refugees to cross the border", False),
    ("Arafat rejected a proposal on refugees", REFUGEES, "a proposal on refugees", False),
])
def test_known_phrases(nlp: object, quote: str, issue: Issue, text: str, keeps: bool) -> None:
    derived = derive(quote, issue, ())
    assert derived is not None
    assert (derived.text, derived.keeps) == (text, keeps)


def test_a_quote_that_does_not_name_the_issue_gives_nothing(nlp: object) -> None:
    assert derive("We will talk again next week", REFUGEES, ()) is None
    assert mention("We will talk again next week", CRIMEA) is None


def test_a_trailing_and_of_another_issue_is_cut(nlp: object) -> None:
    derived = derive("Moscow wants the return of refugees and a new border", REFUGEES,
                     (REFUGEES, BORDER))
    assert derived is not None and "border" not in derived.text


_PARTY = st.sampled_from(["Russia", "The government", "The rebels", "Kiev", "Our side"])
_NOUN = st.sampled_from(["annexation", "status", "control", "return", "partition"])
_FORM = st.sampled_from([
    ("{p} will never accept {x}", False), ("{p} would not agree to {x}", False),
    ("{p} will not give up {x}", True), ("{p} insisted on {x}", True),
    ("{p} rejected {x}", False), ("There will be no peace without {x}", True)])


@settings(max_examples=25, deadline=None)
@given(party=_PARTY, noun=_NOUN, form=_FORM)
def test_the_phrase_is_the_argument_and_its_owner_follows_the_verb(
        nlp: object, party: str, noun: str, form: tuple[str, bool]) -> None:
    template, keeps = form
    thing = f"the {noun} of Crimea"
    derived = derive(template.format(p=party, x=thing), CRIMEA, ())
    assert derived is not None
    assert derived.text == thing
    assert derived.keeps is keeps


@pytest.mark.timeout(30)
@pytest.mark.parametrize("quote", ["No disarmament without integration",
                                   "Refugees first, then the border"])
def test_a_quote_without_a_verb_ends(nlp: object, quote: str) -> None:
    """The climb from the issue's words to their verb stops at the root of the parse (it
    once looped for ever on a quote with no verb, taking all memory)."""
    issue = Issue("disarmament", "Disarmament") if "disarm" in quote else REFUGEES
    derive(quote, issue, ())
