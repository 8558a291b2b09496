"""Who a speaker speaks for when the introduction does not say: a later mention that ties the
person to an actor, "his office", the dateline of wire copy in title case, a government
office in talks between one state and a movement. Short texts written for each rule."""

from __future__ import annotations

import datetime

import pytest

from zopa.evidence import Reading, read_text

pytestmark = pytest.mark.usefixtures("nlp")

DAY = datetime.date(2021, 6, 9)


def one(text: str) -> Reading:
    return read_text(text, date=DAY)


def sides(reading: Reading) -> dict[str, str | None]:
    return {s.speaker: s.side for s in reading.statements}


@pytest.mark.parametrize("tie", [
    "Timan Erdimi, leader of the Northern Liberation Front (NLF), ",
    "Timan Erdimi's Northern Liberation Front (NLF) ",
])
def test_a_later_mention_gives_the_side(tie: str) -> None:
    reading = one(
        "The government of Chad and the rebels met in Doha on Tuesday. Timan Erdimi met "
        f"President Idriss Deby there. {tie}has fought the army since 2016.\n\n"
        "Erdimi said his fighters would not disarm until the army left the north.")
    assert sides(reading)["Timan Erdimi"] == "nlf"


def test_who_leads_the_negotiators() -> None:
    reading = one(
        "Talks between the Party of National Unity (PNU) and the Orange Democratic Movement "
        "(ODM) resumed on Tuesday. Justice Minister Wanjiru Kamau, who leads the PNU "
        "negotiators, said the cabinet posts could be shared.")
    assert sides(reading)["Wanjiru Kamau"] == "pnu"


def test_his_office_speaks_for_the_person_named_last() -> None:
    reading = one(
        "Ukrainian President Volodymyr Zelensky watched the talks in Istanbul. In a "
        "statement, his office said the delegation would not discuss territory.")
    [statement] = reading.statements
    assert statement.speaker == "Volodymyr Zelensky's office"
    assert statement.side == "ukraine"


def test_a_title_case_dateline_is_the_home_of_a_bare_president() -> None:
    reading = one(
        "Kathmandu, June 9, 2021 - Prime Minister Bhola Karki and the leaders of the armed "
        "movement signed a ceasefire with Nepal's parliament watching. Karki said the "
        "agreement would hold.")
    assert sides(reading)["Bhola Karki"] == "nepal"


def test_a_government_office_speaks_for_the_one_state_party() -> None:
    reading = one(
        "The Indonesian government and the Free Aceh Movement (GAM) signed a peace accord "
        "on Tuesday after talks between Indonesia and GAM.\n\n"
        "Human Rights Minister Hamid Awaluddin said the government had given up nothing. "
        "Former minister Budi Santoso said the deal was weak.")
    got = sides(reading)
    assert got["Hamid Awaluddin"] == "indonesia"
    assert got["Budi Santoso"] is None  # a former office speaks for no one
