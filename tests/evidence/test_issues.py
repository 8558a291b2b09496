"""Issues read from enumerations and topics: coordinated noun phrases kept whole, clauses
that are no issues dropped, common negotiation topics. Short texts written for each rule."""

from __future__ import annotations

import pytest

from zopa.evidence.issues import find_issues, is_fragment
from zopa.evidence.units import sentence_units


def issues(text: str) -> dict[str, str]:
    return {key: issue.name for key, issue in
            find_issues(text, sentence_units(text), set(), "a.txt").items()}


def test_a_coordinated_phrase_stays_one_issue() -> None:
    found = issues("The two sides are negotiating on four points: self-government for the "
                   "province, a share of oil and gas revenues for the province, the "
                   "management of arms and armies and local elections.")
    assert "revenue-sharing" in found
    assert not any(name.startswith(("Share of oil", "Gas revenues")) for name in found.values())
    assert any("arms and armies" in name.lower() or key == "cantonment"
               for key, name in found.items())
    assert {"power-sharing", "elections"} <= set(found)


def test_coordination_of_two_topics_is_split() -> None:
    found = issues("The agenda covers the ceasefire and prisoner exchanges, sanctions and "
                   "the nuclear programme.")
    assert {"ceasefire", "hostages", "sanctions", "nuclear"} <= set(found)


@pytest.mark.parametrize("phrase", [
    "end nearly three decades of conflict in the province", "mediated by the European Union",
    "talks without preconditions", "Tuesday", "as diplomats sought a way out"])
def test_clauses_that_are_no_issues(phrase: str) -> None:
    assert is_fragment(phrase)


def test_the_aim_of_the_talks_is_no_issue() -> None:
    found = issues("The parties agreed to end nearly three decades of conflict in the "
                   "province. Talks resumed on Tuesday, mediated by the European Union, as "
                   "diplomats sought a way to restore the deal.")
    assert not any("conflict" in n.lower() or "mediated" in n.lower() for n in found.values())


@pytest.mark.parametrize(("sentence", "topic"), [
    ("The talks stalled over the name dispute.", "name"),
    ("Negotiators discussed the cantonment of rebel fighters.", "cantonment"),
    ("The rebels dropped their demand for independence for the region in the talks.",
     "independence"),
    ("Talks on self-determination for the territory resumed.", "independence"),
    ("The deal provides for revenue sharing between the regions.", "revenue-sharing"),
    ("Negotiators agreed on the demarcation of the border.", "border"),
    ("The talks covered the return of refugees to their villages.", "refugees"),
    ("The agreement provides for compensation for the victims.", "compensation"),
    ("Negotiators discussed the release of hostages.", "hostages"),
    ("The talks stalled over the timetable for elections.", "elections"),
    ("Negotiators discussed sanctions relief for the regime.", "sanctions"),
    ("The talks on constitutional reform resumed.", "constitution"),
    ("The deal provides for power-sharing in a unity government.", "power-sharing"),
    ("The talks covered the mutual recognition of the two states.", "recognition"),
    ("The accord gives the rebels three cabinet posts.", "power-sharing"),
    ("The rebels want a share of the gold mines in the talks.", "resources"),
    ("Negotiators discussed mine clearance along the border.", "demining"),
    ("The talks will lead to a national dialogue next year.", "dialogue"),
    ("Negotiators could not agree on a federal system for the islands.", "federalism"),
    ("The talks stalled over the separation of religion and state.", "religion"),
    ("The deal asks both armies to hold their troop positions.", "positions"),
    ("The talks set no timetable for the handover.", "timetable"),
    ("The deal needs ratification by the national assembly.", "ratification"),
    ("Both sides agreed to recover the remains of soldiers missing in the war.", "remains"),
    ("The accord bars interference in each other's internal affairs.", "interference"),
    ("The talks covered indigenous rights in the highlands.", "indigenous"),
    ("The deal provides for the reduction of the army by half.", "army-reform"),
    ("The accord sets up a development fund for the valley.", "development"),
    ("The mediators kept the talks open to the non-signatories.", "inclusion"),
    ("The deal sets up a joint commission to watch the truce line.", "committees"),
    ("The treaty sets out arrangements for the sharing of the waters of the river.", "water"),
    ("The accord eases restrictions on fishing along the coast.", "fishing"),
    ("Under the deal the highway to the north is to reopen to civilian traffic.", "roads"),
    ("The deal asks troops to vacate occupied temples and schools.", "public-buildings"),
    ("The treaty provides for economic cooperation between the two states.",
     "economic-cooperation"),
    ("The treaty provides for security cooperation and the fight against terrorism.",
     "security-cooperation"),
    ("The rebels want the lifting of the ban on the movement before the talks.", "bans"),
    ("The deal lets the northern municipalities form an association.", "local-government"),
])
def test_common_topics(sentence: str, topic: str) -> None:
    assert topic in issues(sentence)


def test_the_end_of_the_conflict_as_an_agenda_point_is_an_issue() -> None:
    found = issues("The two sides are negotiating a four-point agenda: rural development, "
                   "the end of the conflict, illicit drugs and victims' rights.")
    assert "end-of-conflict" in found and "drugs" in found
    found = issues("The leaders agreed to hold a referendum on any deal and to set up a joint "
                   "committee on missing persons.")
    assert any(name.startswith("Joint committee") for name in found.values())


def test_a_list_set_out_line_by_line() -> None:
    found = issues("Yemen's government and the Houthis opened talks on Monday. The draft "
                   "agenda covers the following points:\n- a prisoner exchange;\n- the "
                   "reopening of Sanaa airport;\n- the payment of public salaries.\nThe talks "
                   "resume on Tuesday.")
    assert "hostages" in found
    assert {"Reopening of Sanaa airport", "Payment of public salaries"} <= set(found.values())


def test_an_issue_is_named_by_its_noun_phrase() -> None:
    found = issues("The two sides agreed to negotiate a peace treaty. The accord provides for "
                   "the return of the government to the capital within a week. The rebels "
                   "agreed to hand over their weapons.")
    names = {name.lower() for name in found.values()}
    assert "peace treaty" in names and "return of the government" in names
    assert any("weapons" in name for name in names)


def test_clauses_and_people_are_no_issues() -> None:
    found = issues("The talks ended in a deal that left the general in power. Both sides "
                   "agreed to thank President Okonkwo. The deal provides for a truce.")
    assert set(found) == {"ceasefire"}


@pytest.mark.parametrize(("text", "wanted"), [
    ('The fishing quota, the envoy said, was "not on the table".', "fishing quota"),
    ("The pay of the militias is the main sticking point in the talks.", "pay of the militias"),
    ("After the talks, the sequencing of the reforms remained unresolved.",
     "sequencing of the reforms"),
])
def test_the_subject_of_an_issue_cue_is_an_issue(text: str, wanted: str) -> None:
    assert wanted in {name.lower() for name in issues(text).values()}


def test_what_the_talks_cover_is_listed() -> None:
    found = issues("The talks cover grazing rights, the river port and the airport.")
    assert {"grazing rights", "river port", "airport"} <= {n.lower() for n in found.values()}


def test_a_topic_in_the_papers_of_the_talks() -> None:
    found = issues("The region will keep 60 percent of the revenue from its gold fields, "
                   "according to the memorandum.")
    assert "revenue-sharing" in found


def test_what_is_a_red_line_or_non_negotiable_is_an_issue() -> None:
    found = issues("The minister said the unity of the federation is a red line. The grazing "
                   'rights, he added, "are non-negotiable" in the talks.')
    names = {n.lower() for n in found.values()}
    assert any(n.startswith("unity") for n in names) and any("grazing" in n for n in names)


def test_a_long_list_of_what_the_deal_provides_is_trimmed_to_noun_phrases() -> None:
    found = issues("The accord provides for the creation of a council of elders drawn equally "
                   "from the two valleys within thirty days, the return of the governor to the "
                   "old capital within a week, and the reopening of the markets.")
    names = {n.lower() for n in found.values()}
    assert {"return of the governor", "reopening of the markets"} <= names


def test_a_counted_list_of_baskets_or_files_is_an_enumeration() -> None:
    found = issues("The framework deals with three baskets: power sharing, wealth sharing and "
                   "security arrangements.")
    assert {"power-sharing", "revenue-sharing", "security-guarantees"} <= set(found)
    assert not any("basket" in key for key in found)
    found = issues("The envoys say two files remain: the sharing of oil wealth and the "
                   "status of the capital.")
    assert "revenue-sharing" in found


def test_semicolon_items_end_where_a_clause_about_them_starts() -> None:
    found = issues("The pact settles three questions: the return of the deputies to parliament, "
                   "which they left in May; a special prosecutor for the tapes; and the date of "
                   "the vote, set for June next year after a long campaign.")
    names = " | ".join(found.values()).lower()
    assert "parliament" in names and "prosecutor" in names


def test_what_is_set_up_in_semicolons_is_listed() -> None:
    found = issues("The charter sets up a ruling council of ten members; a prime minister "
                   "nominated by the unions; and a legislative council with 300 seats.")
    assert "legislature" in found
    assert any("prime minister" in name.lower() for name in found.values())


def test_not_up_for_discussion_names_its_subject() -> None:
    found = issues("The appointment of the interior minister is not up for discussion, the army "
                   "said at the talks.")
    assert any("interior minister" in name.lower() for name in found.values())


@pytest.mark.parametrize(("text", "topic"), [
    ("The deal would have the president hand power to his deputy.", "transfer-of-power"),
    ("The agreement postpones any decision on the region's status.", "political-status"),
    ("Under the deal the army is to hand back the three occupied districts.", "territory"),
    ("The talks will turn to the new electoral law.", "elections"),
    ("The accord names a caretaker government until the vote.", "governance"),
    ("The rebels agreed to lay down their weapons.", "disarmament"),
])
def test_topics_of_peace_talks(text: str, topic: str) -> None:
    assert topic in issues(text)


def test_a_hyphenated_number_may_open_a_noun_phrase() -> None:
    assert not is_fragment("30-member national unity cabinet")
    assert is_fragment("30 members")


def test_a_list_runs_on_past_an_abbreviated_month() -> None:
    found = issues("The accord covers four areas: a truce from Mar. 3, the return of grazing "
                   "land in the hills, the merger of the two police forces and the release "
                   "of the detainees.")
    assert any("grazing land" in name.lower() or "land" in key for key, name in found.items())
    assert not any(key in ("areas", "main-areas") for key in found)


def test_two_heads_share_one_complement() -> None:
    found = issues("The talks cover three questions: the reduction and purge of the armed "
                   "forces, the ceasefire and the release of the detainees.")
    assert "army-reform" in found  # "the reduction of the armed forces"


def test_a_list_after_are_open() -> None:
    found = issues("Four questions are open: the number and location of the camps for the "
                   "fighters; the size of a monitoring force; the future of the police; the "
                   "date of the vote.")
    assert "number" not in found
    assert any("camps" in name.lower() for name in found.values())


def test_what_a_protocol_covers() -> None:
    found = issues("The protocol covers the recognition of school certificates issued in the "
                   "enclave, the reopening of the ferry across the lake, and access for "
                   "shepherds to their pastures.")
    names = " ".join(found.values()).lower()
    assert "certificates" in names and "ferry" in names and "shepherds" in names


def test_what_is_still_to_be_negotiated() -> None:
    found = issues("Still to be negotiated are a fishing harbour for the island, the "
                   "release of prisoners and the reopening of the bridge.")
    assert any("harbour" in name.lower() for name in found.values())
    assert "hostages" in found


def test_an_item_named_after_its_ordinal() -> None:
    found = issues("The mediators listed three points: water rights, the ferry timetable "
                   "and grazing permits. A fourth item, the licensing of river boats, was "
                   "left for later.")
    assert any("river boats" in name.lower() for name in found.values())
    found = issues("The minister arrived on Monday. A second, the deputy speaker, came later.")
    assert not any("speaker" in name.lower() for name in found.values())


def test_the_election_of_a_person_as_president_is_the_choice_of_leader() -> None:
    found = issues("The accord covers three points: the election of the army chief, General "
                   "Ruiz, as president; a unity cabinet; and a new electoral law.")
    assert "leadership" in found


def test_a_gerund_and_its_object_stay_in_the_name() -> None:
    from zopa.evidence.phrases import noun_phrase

    sentence = "The plan sets a timetable for withdrawing the brigades from the valley."
    assert noun_phrase("a timetable for withdrawing the brigades from the valley",
                       sentence) == "timetable for withdrawing the brigades"


def test_points_set_out_by_ordinals_and_distinct_within_their_list() -> None:
    found = issues("The two ministers agreed on three points:\n"
                   "First, to mark out the land border on the basis of the survey of 1921 "
                   "and the maps of the joint commission;\n"
                   "Second, to fix the river border along the deepest channel of the "
                   "estuary;\n"
                   "Third, to stop the smuggling of cattle across the hills.")
    names = " ".join(found.values()).lower()
    assert "border" in found and "river border" in names and "smuggling" in names


def test_one_topic_twice_in_a_list_is_one_issue() -> None:
    found = issues("The accord covers four points: a ceasefire, the disarmament and "
                   "demobilisation of the militias, the return of refugees and elections.")
    assert "disarmament" in found
    assert not any(name.lower() == "demobilisation" for name in found.values())


def test_an_item_ends_before_alongside() -> None:
    found = issues("The draft covers three points: self-rule for the valley; the withdrawal "
                   "of the army; and a UN-led force of 9,000 troops to guard the deal, "
                   "alongside the demilitarisation of the militias.")
    assert any("UN-led force" in name for name in found.values())


def test_a_long_bullet_is_named_by_its_first_words() -> None:
    found = issues("The agreement covers three points:\n"
                   "1. a council of 21 ministers, 11 for the ruling party and 10 for the "
                   "opposition, chaired by the prime minister;\n"
                   "2. a new constitution;\n"
                   "3. a ceasefire.")
    assert any("council of 21 ministers" in name.lower() for name in found.values())


def test_reactors_warrants_blockades_and_travel_are_issues() -> None:
    found = issues("The two sides are negotiating on four points: two light-water reactors, "
                   "the arrest warrants of the International Criminal Court, the blockade of "
                   "the port and travel restrictions.")
    assert {"reactors", "warrants", "blockade", "travel"} <= set(found)


@pytest.mark.parametrize("phrase", ["General Khalifa Haftar", "a Nairobi-based analyst",
                                    "several", "analysts", "their positions"])
def test_people_quantities_and_positions_name_no_issue(phrase: str) -> None:
    assert is_fragment(phrase)


def test_lists_opened_by_measures_and_among_them() -> None:
    # written after the blind fresh28 round was scored; invented text
    found = issues("The presidents agreed on Friday. The governments are to put in place a "
                   "package of measures:\n\n- amnesty decrees for the rebels;\n\n- an end to "
                   "outside aid for irregular forces.\n\nTalks resume in May.")
    assert any("amnesty" in n.lower() for n in found.values())
    assert any("irregular" in n.lower() for n in found.values())
    text = ("The ministers signed the agreement. It commits the two governments to a set of "
            "obligations. Among them: the return of the museum collections; the reopening of "
            "the rail link; and the release of the fishing boats.")
    assert any("rail link" in n.lower() for n in issues(text).values())
    assert not any("rail link" in n.lower()
                   for n in issues(text.replace("Among them:", "Some said")).values())


def test_the_lachin_corridor_is_not_the_zangezur_corridor() -> None:
    found = issues("The issues on the table include:\n\n- the Lachin corridor linking the "
                   "enclave with Armenia;\n\n- a road through Meghri to Nakhchivan.")
    assert found.get("lachin") == "Status of Lachin corridor"
    assert found.get("zangezur") == "Status of Zangezur corridor"  # Meghri's


def test_a_counted_list_of_things_set_out_line_by_line() -> None:
    found = issues("Serbia and Montenegro resumed talks in Belgrade. Here is what is on the "
                   "table. Broadly three things:\n1. the name of the joint state;\n2. the "
                   "right to hold a referendum;\n3. who sits in the United Nations.\nThe talks "
                   "resume on Tuesday.")
    assert "Name of the joint state" in found.values()
