"""Open-vocabulary actors: movements, coalitions and organisations the gazetteer does not
know, on short texts written for each rule (invented names, not the gold set)."""

from __future__ import annotations

import datetime

import pytest

from zopa.evidence import Reading, read_text
from zopa.evidence.openactors import find_local_actors

DAY = datetime.date(2024, 5, 15)


def one(text: str) -> Reading:
    return read_text(text, date=DAY)


def roles(reading: Reading) -> dict[str, str]:
    return {a.id: a.kind for a in reading.actors if a.kind != "other"}


def sides(reading: Reading) -> list[tuple[str, str | None]]:
    return [(s.speaker, s.side) for s in reading.statements]


# -- candidates (no pipeline needed) --------------------------------------------------------

def test_long_name_and_acronym_are_one_actor() -> None:
    local = find_local_actors("Leaders of the Southern Liberation Front (SLF) met. Later the "
                              "SLF said more. SLF's envoy left.", [])
    assert local.names == {"slf": "Southern Liberation Front"}
    assert local.first_actor("SLF's envoy") == "slf"
    assert local.first_actor("the Southern Liberation Front") == "slf"


def test_named_by_head_word() -> None:
    local = find_local_actors("The Movement for Democratic Renewal and the Coastal Peoples "
                              "Alliance met the Harbour Peace Initiative.", [])
    assert set(local.names) == {"movement-for-democratic-renewal",
                                "coastal-peoples-alliance", "harbour-peace-initiative"}
    assert local.movements == {"movement-for-democratic-renewal", "coastal-peoples-alliance"}


def test_a_long_name_keeps_its_whole_slug() -> None:
    local = find_local_actors("Envoys of the International Organisation of the Coastal Peoples "
                              "Alliance met.", [])
    assert "international-organisation-of-the-coastal-peoples-alliance" in local.names


def test_state_bodies_media_and_gazetteer_are_not_new() -> None:
    local = find_local_actors("The Indonesian Armed Forces, Reuters (RTR) and the Kurdish-led "
                              "Syrian Democratic Forces. European Commission President Ann Roe "
                              "spoke; the Security Council met.", [])
    assert local.names == {}
    assert local.first_actor("the Security Council") == "united-nations"


def test_acronym_used_alone() -> None:
    text = "An ONLF spokesman said the group would talk. ONLF fighters left."
    assert find_local_actors(text, []).names == {"onlf": "ONLF"}
    # a dateline city in capitals is no acronym
    assert find_local_actors("NAIROBI, May 3 - Talks ended.", []).names == {}
    assert find_local_actors("ADDIS ABABA - The ABC said so.", [(17, 20, "ORG", "ABC")]
                             ).names == {"abc": "ABC"}


# -- roles and sides (the pipeline) ---------------------------------------------------------

@pytest.mark.usefixtures("nlp")
def test_rebel_movement_is_a_party_ngo_the_mediator() -> None:
    r = one("GENEVA, May 14 - The government of Chad and the Front for Change and Concord "
            "(FACT) agreed on Tuesday to a ceasefire, in talks facilitated by former Swiss "
            "envoy Anna Keller's Lakeside Dialogue Foundation.\n\n"
            "FACT's chief negotiator, Timothy Mwangi, said the rebels would never disarm "
            "before elections. The movement, backed by the Sahel Solidarity Network, "
            "demands a seat in the transitional council.")
    assert roles(r) == {"chad": "party", "fact": "party",
                        "lakeside-dialogue-foundation": "mediator"}
    names = {a.id: a.name for a in r.actors}
    assert names["fact"] == "Front for Change and Concord"
    assert ("Timothy Mwangi", "fact") in sides(r)
    assert "switzerland" not in roles(r)


@pytest.mark.usefixtures("nlp")
def test_two_movements_talks_between_and_a_backer() -> None:
    r = one("Talks between the Northern Unity Coalition (NUC) and the People's Democratic "
            "Party resumed in Nairobi on Monday, mediated by the Council of Elders "
            "Initiative. The NUC is backed by the Greenfield Relief Foundation, which "
            "supplied food.\n\n"
            "\"We will not accept any deal that leaves out the north,\" an NUC spokesman, "
            "Omar Diallo, said. A People's Democratic Party delegate, Grace Amani, said the "
            "party wanted a new constitution.")
    got = roles(r)
    assert got.get("nuc") == "party"
    assert got.get("people-s-democratic-party") == "party"
    assert got.get("council-of-elders-initiative") == "mediator"
    assert "greenfield-relief-foundation" not in got
    assert ("Omar Diallo", "nuc") in sides(r)
    assert ("Grace Amani", "people-s-democratic-party") in sides(r)


@pytest.mark.usefixtures("nlp")
def test_the_opposition_stands_for_the_one_coalition_named() -> None:
    r = one("The government of Togo and the Alliance for National Change agreed on Friday "
            "to hold talks, brokered by the Accra Mediation Group.\n\n"
            "\"There can be no talks while our leaders are in prison,\" the opposition "
            "negotiator said. News agency AFP (Agence France-Presse) reported the talks.")
    assert roles(r) == {"togo": "party", "alliance-for-national-change": "party",
                        "accra-mediation-group": "mediator"}
    assert sides(r)[0][1] == "alliance-for-national-change"
    assert not any(a.id in ("afp", "agence-france-presse") for a in r.actors)


@pytest.mark.usefixtures("nlp")
def test_acronym_alone_speaks_for_its_side() -> None:
    r = one("Ethiopia and the ONLF signed a peace deal in Asmara on Sunday. \"We have "
            "waited for this day,\" an ONLF spokesman said. Ethiopian Prime Minister Abiy "
            "Ahmed said the deal would hold.")
    assert roles(r) == {"ethiopia": "party", "onlf": "party"}
    assert sides(r)[0] == ("ONLF spokesman", "onlf")


def test_acronym_matches_the_one_name_with_its_initials() -> None:
    local = find_local_actors("The Kivu Liberation Army met the Lake Farmers Union. An KLA "
                              "spokesman said KLA fighters would stay.", [])
    assert local.names["kla"] == "Kivu Liberation Army"
    assert local.first_actor("the Kivu Liberation Army") == "kla"
    assert "kivu-liberation-army" not in local.names


@pytest.mark.usefixtures("nlp")
def test_organisation_of_a_founder_mediates_not_the_dateline() -> None:
    r = one("OSLO, May 14 (Reuters) - The Philippine government and the Mindoro Freedom "
            "Movement (MFM) signed a framework deal on Tuesday, in talks facilitated by "
            "former Norwegian premier Kari Nordby's Fjord Peace Centre.\n\n"
            "\"We will never accept partition,\" Philippine President Rodrigo Santos told "
            "reporters. The MFM's chief negotiator in exile, Luis Bautista, said the rebels "
            "were ready to drop their demand for independence.")
    assert roles(r) == {"philippines": "party", "mfm": "party",
                        "fjord-peace-centre": "mediator"}
    assert ("Luis Bautista", "mfm") in sides(r)
    assert not any(a.id == "reuters" for a in r.actors)


@pytest.mark.usefixtures("nlp")
def test_coalition_with_an_appositive_and_a_state_government() -> None:
    r = one("Sudan's military government and the Four Rivers Alliance, a coalition of armed "
            "groups, agreed to a truce on Friday in talks brokered by Qatar.\n\n"
            "\"There can be no return to war,\" the opposition negotiator said. The "
            "Coastal Relief Foundation, which is funded by Norway, said aid was needed.")
    assert roles(r) == {"sudan": "party", "four-rivers-alliance": "party",
                        "qatar": "mediator"}
    assert sides(r)[0][1] == "four-rivers-alliance"


@pytest.mark.usefixtures("nlp")
def test_guarantors_named_by_verb_dateline_and_government_spokesman() -> None:
    r = one("OSLO, May 14 - Negotiators for the government of Peru and the Andean Peoples "
            "Front (APF) resumed talks on Monday, with the Catholic Church and Chile as "
            "guarantors.\n\n"
            "\"There will be no ceasefire until prisoners are freed,\" an APF commander, "
            "Mario Quispe, said. Government spokesman Luis Paredes said Lima would never "
            "accept autonomy. Bolivia and Ecuador, which guarantee the process, sent "
            "delegations.")
    got = roles(r)
    assert got == {"peru": "party", "apf": "party", "catholic-church": "mediator",
                   "chile": "mediator", "bolivia": "mediator", "ecuador": "mediator"}
    assert ("Luis Paredes", "peru") in sides(r)
    assert "norway" not in got


@pytest.mark.usefixtures("nlp")
def test_aid_agencies_and_analysts_are_never_parties() -> None:
    r = one("DOHA, March 3 - The government of Yemen and the Southern Salvation Front agreed "
            "on Sunday to extend the truce, in a deal mediated by Oman.\n\n"
            "\"The blockade must end before any further release,\" said Sarah Hill, an "
            "analyst at the Gulf Policy Institute. The Highland Refugee Council and the "
            "Coastal Relief Network called for a permanent ceasefire, and the Highland "
            "Refugee Council demanded access. The Tihama Stock Exchange rose.")
    assert roles(r) == {"yemen": "party", "southern-salvation-front": "party",
                        "oman": "mediator"}
    kinds = {a.id: a.kind for a in r.actors}
    assert kinds["highland-refugee-council"] == "other"


def test_acronym_opening_a_longer_one_is_the_same_actor() -> None:
    local = find_local_actors("The NRC-AF said it would talk. An NRC spokesman agreed.", [])
    assert set(local.names) == {"nrc-af"}
    assert local.first_actor("An NRC spokesman") == "nrc-af"


@pytest.mark.usefixtures("nlp")
def test_talks_with_a_delegation_led_by_and_a_coalition_aside() -> None:
    r = one("NAIROBI, Feb 2 - Chadian President Mahamat Deby held talks with the leaders of "
            "the Lake Chad Revolutionary Front on Friday, in talks hosted by Kenya.\n\n"
            "The front's delegation, led by Hassan Abakar, presented its demands. \"We will "
            "not sign unless our fighters join the army,\" Abakar said. The Civic Forum "
            "Coalition, the civilian platform, said it had not been invited.")
    assert roles(r) == {"chad": "party", "lake-chad-revolutionary-front": "party",
                        "kenya": "mediator"}
    assert ("Hassan Abakar", "lake-chad-revolutionary-front") in sides(r)
    assert ("Civic Forum Coalition", "civic-forum-coalition") in sides(r)


@pytest.mark.usefixtures("nlp")
def test_coalition_partners_owned_by_their_state() -> None:
    r = one("VIENNA, Nov 24 - Austria's Social Democrats (SPO), the Greens and the New "
            "Liberals (NLP) agreed on Wednesday to form a government, ending two months "
            "of negotiations.\n\n"
            "NLP leader Karl Weber said his party had insisted there would be no tax "
            "increases. \"We will not accept any new debt,\" Weber told reporters.")
    got = roles(r)
    assert {"spo", "greens", "nlp"} <= set(got)
    assert {got["spo"], got["greens"], got["nlp"]} == {"party"}
    assert ("Karl Weber", "nlp") in sides(r)


@pytest.mark.usefixtures("nlp")
def test_party_of_a_leader_in_the_lede() -> None:
    r = one("Peru's interim government and the Movement Toward Renewal (MTR) party of "
            "ousted president Jorge Salas reached a deal on Saturday to hold elections, in "
            "talks facilitated by the Catholic Church.")
    assert roles(r) == {"peru": "party", "mtr": "party", "catholic-church": "mediator"}


@pytest.mark.usefixtures("nlp")
def test_auspices_guarantors_and_the_rebel_negotiator() -> None:
    r = one("ADDIS ABABA, March 4 - Government and rebel negotiators from the Benishangul "
            "People's Liberation Movement (BPLM) resumed talks on Tuesday under the auspices "
            "of the African Union, with Kenya and South Africa as guarantors.\n\n"
            "\"We will not lay down our arms until there is a transitional government,\" the "
            "rebel negotiator said. Opposition delegate Tesfaye Lemma said the movement "
            "wanted a federal arrangement. Ethiopian Prime Minister Abiy Ahmed said the unity "
            "of Ethiopia was non-negotiable. Sudan, which backs the rebels, was not present.")
    assert roles(r) == {"bplm": "party", "ethiopia": "party", "african-union": "mediator",
                        "kenya": "mediator", "south-africa": "mediator"}
    assert sides(r)[:2] == [("rebel negotiator", "bplm"), ("Tesfaye Lemma", "bplm")]


def test_a_body_of_a_known_organisation_is_that_organisation() -> None:
    local = find_local_actors("The co-chairs of the OSCE Minsk Group met the IGAD Council "
                              "of Ministers.", [])
    assert local.names == {}
    assert local.first_actor("the OSCE Minsk Group") == "osce"
    assert local.first_actor("IGAD Council of Ministers") == "igad"


def test_sides_named_as_acronyms_or_before_a_head_word() -> None:
    text = ("Leaders of the ruling PKDP-NV and the royalist SOLMAR movement met the governing "
            "April 9 alliance and the Sunni Wifaq party. PKDP-NV would never accept it.")
    local = find_local_actors(text, [])
    assert {"pkdp-nv", "solmar", "april-9", "wifaq"} <= local.movements
    assert local.first_actor("the Wifaq party") == "wifaq"
    # a people or a creed before the head word names no actor
    assert find_local_actors("The Kurdish movement and the Islamist party met.", []).names == {}


def test_media_acronym_spelt_out_as_a_party_and_organs_of_a_side() -> None:
    local = find_local_actors("The Eastern Freedom Front (EFE) and AFP (AFP) reported. "
                              "The rebels' Supreme Revolutionary Council spoke.", [])
    assert local.names == {"efe": "Eastern Freedom Front"}


def test_a_longer_name_around_a_known_one_is_its_own_actor() -> None:
    local = find_local_actors("The delegation of the Southern Sudan Liberation Movement spoke.", [])
    assert local.names == {"southern-sudan-liberation-movement":
                           "Southern Sudan Liberation Movement"}


def test_a_person_before_of_the_is_no_part_of_the_name() -> None:
    local = find_local_actors("Talks with Etienne Tshisekedi of the Union for Democracy and "
                              "Social Progress (UDPS) resumed.", [])
    assert local.names == {"udps": "Union for Democracy and Social Progress"}


def test_all_opens_a_name_and_a_city_ends_it() -> None:
    local = find_local_actors("The talks were organised by the All Africa Conference of "
                              "Churches with the World Council of Churches in Geneva.", [])
    assert set(local.names) == {"all-africa-conference-of-churches", "world-council-of-churches"}


def test_an_acronym_with_a_faction_s_place_and_a_hyphenated_militia() -> None:
    local = find_local_actors("The Rwandan-backed RCD-Goma refused to sign. A spokesman for "
                              "RCD-Goma spoke, and the Mai-Mai militias stayed away.", [])
    assert {"rcd-goma", "mai-mai"} <= set(local.names)


def test_a_states_security_organ_is_no_actor_of_its_own() -> None:
    # written after the blind fresh31 round was scored (docs/evidence.md, 2026-12-04)
    local = find_local_actors(
        "Thailand's National Security Council (NSC) and the Barisan Revolusi Nasional (BRN) "
        "signed. Ali Shamkhani, the secretary of the Supreme National Security Council, "
        "spoke. The House of Representatives and the General National Congress met.", [])
    assert not {"nsc", "supreme-national-security-council"} & set(local.surfaces.values())
    assert "house-of-representatives" in set(local.surfaces.values())  # a side in a split


def test_a_creed_described_by_an_adverb_is_no_part_of_the_name() -> None:
    local = find_local_actors("John Hume, leader of the mainly Catholic Coastal Democratic and "
                              "Labour Party, welcomed the deal.", [])
    assert "coastal-democratic-and-labour-party" in local.names
    assert not any(a.startswith("catholic") for a in local.names)


def test_an_acronym_the_text_never_defines_is_the_long_name_it_spells() -> None:
    local = find_local_actors(
        "A ceasefire between the Interim Government of National Unity, the Patriotic Front "
        "and the United Liberation Movement of Narnia for Democracy was signed. Amos Sawyer "
        "signed for IGNU. ULIMO, the newest armed group, signed last.", [])
    assert local.surfaces["IGNU"] == local.surfaces["Interim Government of National Unity"]
    assert local.surfaces["ULIMO"] == local.surfaces[
        "United Liberation Movement of Narnia for Democracy"]
    assert local.names[local.surfaces["IGNU"]] == "Interim Government of National Unity"


def test_a_headline_in_capitals_names_no_acronym() -> None:
    text = "CEASEFIRE HOLDS IN NARNIA.\n\nThe Korean People's Army signed on Monday."
    local = find_local_actors(text, [(19, 25, "ORG", "NARNIA")])
    assert "NARNIA" not in local.surfaces
    # nor is a word of a capitalised line the first word of a long name it starts
    local = find_local_actors("Talks ended in KOREA.\n\nThe Korean People's Army signed.", [])
    assert "KOREA" not in local.surfaces
