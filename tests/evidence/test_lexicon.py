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


@pytest.mark.parametrize("text", [
    "there was no question of changing the law",
    "There is no place for the king in a new republic",
    "The minister rejected outright any federal arrangement",
    "The government flatly rejected a transitional council",
    "The island's status cannot be part of any deal",
    "The old guarantee system belongs to the past",
    "An agreement could not be reached while troops occupied the town",
    "The militia will not hand over its weapons as long as the shelling continues",
    "Recognition is a red line for us",
    "No deal unless the blockade is lifted",
    "They demanded the release of prisoners as a precondition for talks",
    "We will not sign until the last soldier has left",
    "The return of the refugees is non-negotiable",
    "Israel would not end the war before Hamas was destroyed",
    "Independence is the only option our people would accept",
    "the rebels would not hand over the last batch of weapons until the troops left",
    "the government would accept no amendment to the text",
    "Cambodia will not retreat from any part of its territory",
    "We will not allow foreign troops on our soil",
    "We will not agree to disarm as a precondition",
    "No disarmament without integration",
    "The sanctions will remain until we are sure",
    "this is the only outcome that the United States will accept",
    "no force would be allowed to take power by arms",
    "the militia will not be disbanded by a signature",
    "The capital would block any route that changed the frontier",
    "There will be one army in this country",
    "the pardon does not apply to war crimes",
    "The island's status is not a subject for bargaining",
    "Without guarantees for our fighters there is no disarmament",
    "The presidency was not on the table",
    "Federalism is our bottom line",
    "Not one millimetre of our land will be given away",
    "We came to negotiate reforms, not our surrender",
    "nobody is going to take that right away from us",
    "The charter cannot be rewritten",
    "the ruling of the border commission was final and binding",
    "the order of the steps was not open to discussion",
    "the borders are a matter for the voters, not for a negotiating table",
    "the front would sign nothing that did not give the valley its own council",
    "his fighters will disarm only under an AU guarantee",
    "the ministry would not release the funds under any formula",
    "a vote in parliament is a condition before any other step",
])
def test_more_red_line_wordings(text: str) -> None:
    assert kind_of(text) == "red_line"


@pytest.mark.parametrize(("text", "kind"), [
    ("Recognition is not a precondition for the next round", "other"),
    ("Talks should begin without any precondition", "demand"),
    ("He declined to rule out new sanctions", "other"),
    ("The envoy did not rule out a second summit", "other"),
    ("The rebels are ready for talks", "offer"),
    ("Both delegations must show flexibility", "demand"),
    ("We offered a phased withdrawal of the brigades", "offer"),
    ("The sides must meet again before the end of the month", "demand"),
    ("The delegations would not meet before Friday", "other"),
    ("she had not made her eligibility a precondition for signing", "other"),
    ("We cannot verify what we are not allowed to see", "other"),
    ("The government has not set any precondition", "other"),
    ("troops would remain until a second phase", "other"),
    ("The only question left is when", "other"),
    ("Signing has never been the problem", "other"),
    ("The real test is not the signature but the implementation", "other"),
    ("Nobody yet knows who will pay for the road", "other"),
    ("There will be one more round of talks in May", "other"),
    ("The new rule does not apply to diplomats", "other"),
    ("This is the final round of talks", "other"),
    ("he would never accept foreign monitors, a position he dropped in March", "other"),
    ("in 2010 the party had refused to accept the count", "other"),
    ("nobody in the capital could point to a date for the vote", "other"),
])
def test_decoys_are_no_red_lines(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize("text", [
    # a precondition put as a demand
    "The rebels demanded that the checkpoints be dismantled before the count begins",
    # the only outcome a side would take
    "a federal union was the only acceptable outcome for the islanders",
    "the river was the only boundary the council was prepared to accept",
    # a threat bound to a condition, an ultimatum
    "Not one gun more will be surrendered if the list is not published",
    "the meeting would open with the prisoners, or it will not open at all",
    # kept out of any bargain
    "The pipelines are not part of any bargain",
    "The charter is not open to renegotiation by anyone",
    "this is the floor, not a starting point for bargaining",
    "The question of the border is not on the agenda and it will not be",
    "the capital's status will not be on the table",
    # a refusal in the first person, told in the past
    "We accepted the observers. We did not accept the army patrolling our towns",
    # a refusal to be coerced or to hand something over
    "Our fighters will not be herded into barracks while the militias roam free",
    "We will not be asked to go first",
    "the front would not hand the capital a veto over the budget",
    "The general will never hand the ports to the men who shelled them",
    # a sequence laid down, a condition on where and how
    "no elections before disarmament",
    "his men would lay down their arms only inside a new national force",
    "the government would release the prisoners only as part of a wider deal",
    "The bill must be passed before parliament votes on the budget",
    # "an X without Y is no X"
    "A parliament without powers is no parliament at all",
    # who is shut out
    "Anyone who served the junta is disqualified in our eyes",
])
def test_red_line_wordings_of_reported_news(text: str) -> None:
    assert kind_of(text) == "red_line"


@pytest.mark.parametrize(("text", "kind"), [
    ("The border will remain closed until the new year", "other"),
    ("The envoy expects no decision before the summit", "demand"),
    ("no vote before Friday", "other"),
    ("the deal must be put before the regional parliament", "demand"),
    ("the plan will go before the national assembly", "other"),
    ("it would never allow a vote on the island, a position the president abandoned in a week",
     "other"),
    ("for years it would never hand its oil to the ministry, a position it has now abandoned",
     "other"),
    ("Not a single shot was fired on Sunday", "other"),
    ("the only thing both sides accepted was the venue", "other"),
    ("They had not accepted the count in 2010", "other"),
    ("The figures will not be made public", "other"),
    ("He was not part of any delegation", "other"),
    ("Whether they come or not is up to them", "other"),
    ("The region without aid is not a priority", "other"),
    ("Never before has a minister spoken so openly", "other"),
    ("Anyone who is convicted is barred by law from office", "other"),
    ("There was no breakthrough until the last hour", "other"),
    ("We did not agree on the timing of the next round", "other"),
    ("The envoy would not hand out copies of the draft", "other"),
    ("The mediators saw no movement until the small hours", "other"),
    ("The region will not allow this to become another empty promise", "other"),
    ("We will not let the talks fail", "other"),
])
def test_decoys_of_those_wordings(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize("text", [
    "We will not step back a single step from our rights",
    "We will never renounce the principles for which our people fought",
    "Paris would not have accepted a text that left the reactor untouched",
    "such a demand had no place in the talks",
    "the guarantee was a requirement, not a bargaining chip",
    "the embargo must stay in place until Cuba holds free elections",
])
def test_refusals_and_conditions_in_other_words(text: str) -> None:
    assert kind_of(text) == "red_line"


@pytest.mark.parametrize("text", [
    "the delegations must wait until Monday for the text",
    "the minister stepped back from the podium to applause",
])
def test_their_decoys(text: str) -> None:
    assert kind_of(text) != "red_line"
