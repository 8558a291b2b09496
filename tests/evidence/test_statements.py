"""Attribution, dates and kinds of statements in wordings the first rules missed: datelines
and time stamps, unnamed sources, adverbial openings, onlookers, "quoted as saying", a
pronoun after a speaker named by title only. Short texts written for each rule."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from zopa.evidence import Reading, read_files, read_text

pytestmark = pytest.mark.usefixtures("nlp")

DAY = datetime.date(2021, 6, 9)  # a Wednesday


def one(text: str) -> Reading:
    return read_text(text, date=DAY)


def rows(reading: Reading) -> list[tuple[str, str | None, str, str]]:
    return [(s.speaker, s.side, s.quote, s.kind) for s in reading.statements]


@pytest.mark.parametrize("head", ["HELSINKI, June 9 (Reuters) - ", "GENEVA (AP) — ",
                                  "Kathmandu, June 9, 2021 - ", "14:32 GMT - "])
def test_a_dateline_or_time_stamp_is_no_part_of_the_statement(head: str) -> None:
    reading = one(head + "Finnish President Sauli Niinisto said Helsinki was ready to "
                  "discuss the arms embargo.")
    assert rows(reading) == [("Sauli Niinisto", "finland",
                              "Helsinki was ready to discuss the arms embargo", "offer")]


@pytest.mark.parametrize("clause", [" who asked not to be named", ", who spoke on condition "
                                    "of anonymity,", " speaking on condition of anonymity"])
def test_an_unnamed_source(clause: str) -> None:
    reading = one(f"A senior Turkish official{clause} said Ankara's demands were "
                  "non-negotiable.")
    [(speaker, side, quote, kind)] = rows(reading)
    assert (speaker, side, quote, kind) == ("senior Turkish official", "turkey",
                                            "Ankara's demands were non-negotiable", "red_line")


@pytest.mark.parametrize("text", [
    "Earlier on Sunday, the chief negotiator said progress was slow.",
    "In a statement, the chief negotiator said progress was slow.",
    "The chief negotiator said on Sunday progress was slow.",
])
def test_an_opening_or_a_date_is_not_the_quote(text: str) -> None:
    assert [s.quote for s in one(text).statements] == ["progress was slow"]


def test_a_date_after_the_verb_dates_it_and_one_in_a_clause_does_not() -> None:
    reading = one("Russian Foreign Minister Sergei Lavrov, who arrived in Geneva on Monday, "
                  "said on Tuesday that talks would resume on Friday.\n\n"
                  "Turkish Foreign Minister Mevlut Cavusoglu, who arrived in Geneva on "
                  "Monday, said the talks were useful.\n\n"
                  "Lavrov said last week that Moscow wanted guarantees.")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 8), DAY, None]


def test_a_day_later() -> None:
    reading = one("Sudanese army chief Abdel Fattah al-Burhan said on Monday that the army "
                  "was ready for a truce.\n\nA day later, Burhan said the RSF had to leave "
                  "the cities first.")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7),
                                                    datetime.date(2021, 6, 8)]


def test_an_analyst_reports_positions_but_draws_no_red_line() -> None:
    reading = one("Talks between Iran and the United States resumed. An analyst at the "
                  "International Crisis Group, Ali Vaez, said Iran would never accept "
                  "limits beyond 2030.")
    assert [(s.speaker, s.kind) for s in reading.statements] == [("Ali Vaez", "other")]


def test_quoted_by_state_media_as_saying() -> None:
    reading = one("Azerbaijani President Ilham Aliyev was quoted by state media as saying "
                  "that there could be no talks about the status of Karabakh.")
    assert rows(reading) == [("Ilham Aliyev", "azerbaijan",
                              "there could be no talks about the status of Karabakh",
                              "red_line")]


def test_he_after_a_speaker_named_by_title_only() -> None:
    reading = one("Armenian Prime Minister Nikol Pashinyan said the talks would go on. "
                  "The chief negotiator said the talks had made no progress. He added that "
                  "a new meeting was planned.")
    assert [s.speaker for s in reading.statements] == [
        "Nikol Pashinyan", "chief negotiator", "chief negotiator"]


def test_a_quote_split_around_its_attribution_is_one_statement() -> None:
    reading = one('"The disarmament of the TPLF," Ethiopian government negotiator Redwan '
                  'Hussien said, "is not up for discussion."')
    [s] = reading.statements
    assert (s.speaker, s.side, s.kind) == ("Redwan Hussien", "ethiopia", "red_line")
    assert s.quote.startswith("The disarmament") and s.quote.endswith("for discussion")


def test_a_yearless_dateline_dates_the_statements(tmp_path: Path) -> None:
    path = tmp_path / "kenya-2008-02-29.txt"
    path.write_text("Kenya rivals sign deal\nNAIROBI, Feb 28 - Kenyan opposition leader "
                    "Raila Odinga said the deal was a new beginning.\n", encoding="utf-8")
    reading = read_files([path])
    assert reading.documents[0].date == datetime.date(2008, 2, 28)
    assert [s.date for s in reading.statements] == [datetime.date(2008, 2, 28)]


def test_he_after_an_official_of_a_side() -> None:
    reading = one("A Hamas official said the group would not release the hostages unless "
                  "Israel agreed to a permanent ceasefire. Israel must also withdraw from "
                  "Gaza, he said.")
    assert [(s.speaker, s.side, s.kind) for s in reading.statements] == [
        ("Hamas official", "hamas", "red_line"), ("Hamas official", "hamas", "demand")]


def test_a_document_after_according_to_is_the_channel_not_the_speaker() -> None:
    reading = one("Hamas leader Ismail Haniyeh said the movement was open to any proposal "
                  "that ended the war, according to a statement from the group.")
    assert rows(reading) == [("Ismail Haniyeh", "hamas",
                              "the movement was open to any proposal that ended the war",
                              "offer")]


def test_an_attribution_inside_the_sentence_and_a_date_before_that() -> None:
    reading = one("Bougainville President John Momis said on June 7 that independence was "
                  "the only option his people would accept. The result, he said, must be "
                  "ratified by the national parliament.")
    assert [(s.quote, s.kind, s.date) for s in reading.statements] == [
        ("independence was the only option his people would accept", "red_line",
         datetime.date(2021, 6, 7)),
        ("The result, he said, must be ratified by the national parliament", "demand",
         datetime.date(2021, 6, 7))]


@pytest.mark.parametrize(("paragraph", "head"), [
    ("YEREVAN, Armenia (Reuters) - Talks resumed.", "YEREVAN, Armenia (Reuters) - "),
    ("ARAWA, Papua New Guinea, Nov 22 - Talks resumed.", "ARAWA, Papua New Guinea, Nov 22 - "),
    ("NATO, the EU and the UN - all three - said talks resumed.", None),
    ("Mr Smith - the envoy - said talks resumed.", None),
])
def test_what_is_a_dateline(paragraph: str, head: str | None) -> None:
    from zopa.evidence.units import DATELINE

    found = DATELINE.match(paragraph)
    assert (found.group(0) if found else None) == head


def test_a_title_before_an_aside_is_no_quote() -> None:
    reading = one("A spokesman for Kosovo's government, Perparim Kryeziu, said Pristina "
                  "wanted recognition.")
    assert [(s.speaker, s.quote) for s in reading.statements] == [
        ("Perparim Kryeziu", "Pristina wanted recognition")]


def test_a_statement_at_an_occasion_the_text_dates() -> None:
    reading = one("The rivals signed the accord in Oslo late Monday, ending weeks of talks.\n\n"
                  '"We have turned the page," Mozambican President Filipe Nyusi said after the '
                  "ceremony.\n\n"
                  "Rebel leader Ossufo Momade struck a sombre note on Tuesday. "
                  '"Our fighters will not disarm without guarantees," he said.')
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7),
                                                    datetime.date(2021, 6, 8)]


def test_at_the_time_counts_from_the_date_just_given() -> None:
    reading = one("Norwegian envoy Dag Nylander said on Monday that the sides were close.\n\n"
                  "The talks were suspended on Saturday. "
                  '"Nobody is leaving the table," Nylander said at the time.')
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7),
                                                    datetime.date(2021, 6, 5)]


@pytest.mark.parametrize(("text", "quote"), [
    ('Mozambican President Filipe Nyusi called the accord "a new dawn for our country."',
     "a new dawn for our country"),
    ('Mozambican President Filipe Nyusi, speaking first, praised the mediator as '
     '"the man who kept us talking."',
     "the man who kept us talking"),
])
def test_a_quotation_after_the_object_of_calling_or_praising(text: str, quote: str) -> None:
    [statement] = one(text).statements
    assert (statement.speaker, statement.quote) == ("Filipe Nyusi", quote)


@pytest.mark.parametrize(("text", "quote"), [
    ("Rebel leader Ossufo Momade threatened on Sunday to walk out unless a date was set.",
     "threatened on Sunday to walk out unless a date was set"),
    ("Mozambican President Filipe Nyusi, who flew in for the ceremony, urged the rebels to "
     "join.", "urged the rebels to join"),
])
def test_an_act_reported_keeps_its_verb(text: str, quote: str) -> None:
    assert [s.quote for s in one(text).statements] == [quote]


def test_a_second_verb_or_a_statement_running_on_after_a_quoted_phrase() -> None:
    reading = one('Rebel leader Ossufo Momade said the movement had signed "for the sake of '
                  'the nation" and would press for the release of prisoners.\n\n'
                  '"We are ready for peace," Mozambican President Filipe Nyusi said, and '
                  "promised to return to Gorongosa within weeks.")
    assert [s.quote for s in reading.statements] == [
        "for the sake of the nation", "would press for the release of prisoners",
        "We are ready for peace", "promised to return to Gorongosa within weeks"]


def test_a_body_that_has_long_said() -> None:
    reading = one("Maputo has long said it will not sign until the rebels disarm.")
    assert [(s.speaker, s.quote) for s in reading.statements] == [
        ("Maputo", "it will not sign until the rebels disarm")]


def test_an_aside_after_according_to_is_no_part_of_the_statement() -> None:
    reading = one("According to rebel leader Ossufo Momade, speaking on Monday, the movement "
                  "will never accept an amnesty.")
    assert [(s.quote, s.date) for s in reading.statements] == [
        ("the movement will never accept an amnesty", datetime.date(2021, 6, 7))]


def test_a_quotation_after_a_name_and_a_colon() -> None:
    reading = one("Mozambican President Filipe Nyusi opened the session.\n\n"
                  'Nyusi: "Today we lay the first stone of a lasting peace."')
    assert [(s.speaker, s.quote) for s in reading.statements] == [
        ("Filipe Nyusi", "Today we lay the first stone of a lasting peace")]


def test_a_past_verb_before_that_keeps_the_clause_whole() -> None:
    reading = one("Rebel spokesman Andre Matsangaissa said the group rejected any accord "
                  "that left the president in power.")
    assert [s.quote for s in reading.statements] == [
        "the group rejected any accord that left the president in power"]


def test_an_appeal_is_a_statement() -> None:
    reading = one("Mozambican President Filipe Nyusi called on all fighters to lay down "
                  "their arms.")
    assert [s.quote for s in reading.statements] == [
        "called on all fighters to lay down their arms"]


def test_a_speakers_old_date_does_not_carry_over_paragraphs() -> None:
    reading = one("Rebel leader Ossufo Momade said on Monday that the movement would sign.\n\n"
                  "Fighting continued in the north.\n\n"
                  "Mozambican President Filipe Nyusi said the army was ready.\n\n"
                  "Momade said the movement would not disarm first.")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7), DAY, DAY]


def test_he_after_a_speaker_the_recogniser_missed() -> None:
    reading = one("Rebel leader Ossufo Momade spoke first.\n\n"
                  'Dhlakama praised the mediators as "the people who kept us talking." '
                  "He said the movement would hand over its weapons within a year if the "
                  "army withdrew from Gorongosa.")
    assert [s.speaker for s in reading.statements][-1] == "Dhlakama"


def test_an_offer_in_the_same_breath() -> None:
    reading = one('"This accord will hold, whatever happens," Mozambican President Filipe '
                  "Nyusi said, offering an amnesty to all fighters who disarm.")
    assert [s.quote for s in reading.statements] == [
        "This accord will hold, whatever happens",
        "offering an amnesty to all fighters who disarm"]


def test_words_reported_in_a_participle() -> None:
    reading = one("Norwegian envoy Dag Nylander suspended the talks on Monday, telling both "
                  "teams that he would take the dispute to the two leaders.")
    assert [(s.speaker, s.quote, s.date) for s in reading.statements] == [
        ("Dag Nylander", "he would take the dispute to the two leaders",
         datetime.date(2021, 6, 7))]


def test_a_name_after_the_verb_the_recogniser_missed() -> None:
    reading = one('"This deal rewards the men who burned the villages," said Corinne Dufka '
                  "of Human Rights Watch.")
    assert [s.speaker for s in reading.statements] == ["Corinne Dufka"]


def test_two_processes_read_as_one() -> None:
    """Chunks read in worker processes (forked when no other thread runs) give the reading
    of one process, actors' aliases in one order whatever the strings' hashes."""
    articles = sorted(Path(__file__).parent.parent.glob("data/articles/*.txt"))[:20]
    assert read_files(articles, processes=2) == read_files(articles, processes=1)


def test_a_speech_verb_in_a_relative_clause_is_an_earlier_statement() -> None:
    reading = one('Talks between Iran and the United States ended in Vienna on Wednesday. '
                  'The envoy, '
                  'Enrique Mora, who announced on Monday that the texts were agreed, told '
                  'the hall that the mediation would stay "until the last day of the deal".')
    [statement] = reading.statements
    assert statement.speaker == "Enrique Mora"
    assert statement.quote == "until the last day of the deal"
    assert statement.date == DAY


def test_reported_words_before_a_statement_at_a_named_occasion_share_its_date() -> None:
    reading = one("Talks between Iran and the United States ended in Vienna on Tuesday. "
                  "Javad Zarif, for his part, said Tehran had shown flexibility on the "
                  "centrifuges. He told the closing session that enrichment would never be "
                  "given up.\n\nAbbas Araghchi said the texts were long.")
    dates = [(s.speaker, s.date) for s in reading.statements]
    tuesday = DAY - datetime.timedelta(days=1)
    assert dates == [("Javad Zarif", tuesday), ("Javad Zarif", tuesday),
                     ("Abbas Araghchi", DAY)]


def test_a_plain_date_after_reported_words_dates_only_its_own_statement() -> None:
    reading = one('Javad Zarif said Tehran would not accept new sanctions. "There can be '
                  'no deal under pressure," he told reporters on Tuesday.')
    assert [s.date for s in reading.statements] == [DAY, DAY - datetime.timedelta(days=1)]


def test_a_statement_at_the_occasion_of_the_lede_after_a_byline() -> None:
    text = ("Rivals sign accord in Doha\n\nBy a correspondent | DOHA, June 9 | Filed "
            "09.06.2021\n\nThe ink was barely dry on the accord in Doha on Monday morning, "
            "after eighteen months of deadlock between the two camps.\n\n"
            '"We are turning a painful page," Saad Hariri said after the signing, adding '
            'that the deal was "a first step for the country".')
    reading = one(text)
    assert [s.date for s in reading.statements] == [DAY - datetime.timedelta(days=2)] * 2


def test_reported_speech_that_runs_into_a_quotation_is_one_statement() -> None:
    reading = one('Javad Zarif said the government had offered four seats on the council, '
                  '"which is more than any side could expect."')
    assert [s.quote for s in reading.statements] == [
        'the government had offered four seats on the council, "which is more than any '
        'side could expect']
    # a quotation named by its verb, or one after a short object, stays the statement
    reading = one('Javad Zarif called the deal "a step towards peace for the region".')
    assert [s.quote for s in reading.statements] == ["a step towards peace for the region"]


def test_a_name_after_an_official_introduced_by_title_only() -> None:
    reading = one("The secretary-general of the movement said at the ceremony that his "
                  "organisation had signed in good faith. Manuvakola called on the "
                  "government to halt its offensive against the movement's positions.")
    assert [s.speaker for s in reading.statements] == ["Manuvakola", "Manuvakola"]


def test_reported_speech_that_goes_on_after_a_quotation() -> None:
    reading = one('Javad Zarif said Tehran had come to Vienna to defend "every right of our '
                  'people" and that it would not give up enrichment.')
    assert [s.quote for s in reading.statements] == [
        'Tehran had come to Vienna to defend "every right of our people" and that it would '
        'not give up enrichment']


def test_according_to_a_speaker_then_reported_words_and_a_quotation() -> None:
    reading = one('According to Javad Zarif, the sides had settled the sequence of steps '
                  'and a swap of prisoners "without conditions and within days".')
    assert [s.quote for s in reading.statements] == [
        'the sides had settled the sequence of steps and a swap of prisoners "without '
        'conditions and within days']


def test_a_sentence_of_reported_speech_after_a_quotation_is_its_own_statement() -> None:
    reading = one('Javad Zarif called the accord "a foundation, not a roof." He said the '
                  "mediation would give the holdouts until the end of May.")
    assert [s.quote for s in reading.statements] == [
        "a foundation, not a roof",
        "the mediation would give the holdouts until the end of May"]


def test_he_in_an_attribution_is_not_a_name_in_the_words_reported() -> None:
    reading = one("Foreign Minister Abu Bakr al-Qirbi insisted on Wednesday that President "
                  'Ali Abdullah Saleh remained committed to the plan. Saleh was ready to sign '
                  '"at once, in a proper ceremony," he said.')
    assert [s.speaker for s in reading.statements] == ["Abu Bakr al-Qirbi"] * 2


def test_words_reported_in_a_participle_after_an_irregular_past_verb() -> None:
    reading = one("Interior Minister Ljube Boskovski went further on Tuesday, saying the "
                  "government would never hand the police to local councils.")
    assert [(s.speaker, s.quote) for s in reading.statements] == [
        ("Ljube Boskovski", "the government would never hand the police to local councils")]


def test_a_position_held_for_years_has_no_date() -> None:
    reading = one("Talks between Sudan and the SPLM ended in Naivasha on Tuesday. For years "
                  "Khartoum had insisted that no rebel army could survive a peace deal.")
    assert [s.date for s in reading.statements] == [None]


def test_a_quotation_named_after_a_longer_object() -> None:
    reading = one("Iran's foreign ministry spokesman, Mohammad Ali Hosseini, described the "
                  'agreement as proof that "the Lebanese can resolve their problems alone".')
    assert [(s.speaker, s.quote) for s in reading.statements] == [
        ("Mohammad Ali Hosseini", "the Lebanese can resolve their problems alone")]


def test_the_head_of_state_is_the_president_the_text_named() -> None:
    reading = one("The accord was signed in a ceremony presided over by the President of the "
                  "Republic, Filipe Nyusi.\n\nIn his speech, the Head of State said "
                  "that the war had ended and that the soldiers would be reintegrated.")
    assert [s.speaker for s in reading.statements] == ["Filipe Nyusi"]


def test_a_channel_quoting_a_speaker_as_saying() -> None:
    """"<channel> quoted <speaker> as saying": the speaker is the one quoted, not the
    channel, and the statement is dated by the words after "as saying"."""
    reading = one("Talks between Norland and Southia ended in Vienna.\n\nState radio quoted "
                  "Norland's foreign minister, Ana Velt, as saying last night that the "
                  "accord \"gives both peoples a border they can live with\".")
    [said] = reading.statements
    assert said.speaker == "Ana Velt"
    assert said.date == DAY - datetime.timedelta(days=1)
    assert "a border they can live with" in said.quote


def test_a_statement_issued_on_a_day_dates_what_it_says() -> None:
    reading = one("The Eastern Front, in a statement issued on Monday, said it would \"never "
                  "lay down its arms while the siege lasts\".")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7)]


def test_the_next_morning_counts_from_the_statement_before() -> None:
    reading = one("Talks between Norland and Southia resumed.\n\nNorland's envoy, Piet Maro, "
                  "said on Monday that the border was settled. Southia's negotiator, Dana "
                  "Ruel, answered the next morning. \"We will never accept a border drawn "
                  "by others,\" she said.")
    dates = {s.speaker: s.date for s in reading.statements}
    assert dates["Dana Ruel"] == datetime.date(2021, 6, 8)


def test_the_reported_words_before_a_quoted_fragment_give_its_kind() -> None:
    reading = one('The foreign minister of Ruritania said the talks would go on. He said '
                  'Ruritania would not accept "a deal that leaves the north outside the army".')
    assert [s.kind for s in reading.statements][-1] == "red_line"
    reading = one('The foreign minister of Ruritania said Ruritania had studied '
                  '"a deal that leaves the north outside the army".')
    assert [s.kind for s in reading.statements] == ["other"]


#: The opening sentence of the short texts below.
GHANA = "Ghana and the Volta Liberation Front (VLF) signed a ceasefire in Accra on Monday."


def ghana(rest: str) -> Reading:
    """A short text on talks between Ghana and the VLF: its opening sentence, then ``rest``."""
    return read_text(GHANA + rest, date=DAY)


def test_a_quotation_after_a_clause_its_speaker_opens() -> None:
    reading = ghana(
        "\n\n"
        "Kofi Mensah, the VLF's secretary-general, did not mince words: \"We will never accept "
        "an arrangement cooked up behind our backs.\"\n\n"
        "Mr Mensah, on the steps of the hall: \"We will study the text with an open mind.\"")
    quotes = {s.quote: s.speaker for s in reading.statements}
    assert any("cooked up behind our backs" in q and who == "Kofi Mensah"
               for q, who in quotes.items())
    assert any("study the text" in q and who == "Kofi Mensah" for q, who in quotes.items())


def test_a_quoted_predicate_keeps_its_reported_subject() -> None:
    reading = ghana(
        " "
        'Kofi Mensah said the army watchtowers in the north "have to come down" as part of '
        "any deal.")
    assert any("army watchtowers in the north" in s.quote for s in reading.statements)


def test_the_subject_of_the_reported_clause_is_no_speaker() -> None:
    reading = ghana(
        " "
        "Mensah's deputy, VLF president Ama Boateng, said the movement would take no part in "
        "any institution created under the deal. Ghana's ambassador-at-large for the talks "
        "said Accra would guarantee the ceasefire.")
    speakers = {s.speaker for s in reading.statements}
    assert "movement" not in speakers and "Accra" not in speakers
    assert any("ambassador-at-large" in s.speaker and s.side == "ghana"
               for s in reading.statements)


def test_reported_words_in_a_that_clause_run_into_their_quotation() -> None:
    reading = ghana(
        " "
        "Kofi Mensah demanded that the meeting set up a commission for the north, without "
        'which, in his words, "the roots of the conflict remain."')
    assert any("set up a commission for the north" in s.quote for s in reading.statements)


def test_welcomed_as_quotes_its_speaker_and_a_title_may_open_a_colon_clause() -> None:
    reading = ghana(
        " "
        'President Kofi Mensah welcomed the agreement as "a first step, not the last one."\n\n'
        'Finance Minister Ama Boateng, speaking after the signing: "The money will follow the '
        'peace."')
    quotes = {s.quote: s.speaker for s in reading.statements}
    assert any("a first step" in q and who == "Kofi Mensah" for q, who in quotes.items())
    assert any("money will follow" in q and who == "Ama Boateng" for q, who in quotes.items())


def test_a_clause_added_after_a_closing_quotation() -> None:
    reading = one(
        "MANILA, Sept. 2 - The Philippines and the MNLF signed a peace agreement.\n\n"
        "Manuel Yan, who led the government panel, told reporters that Manila had offered "
        '"everything the Constitution allows, and nothing beyond it," adding that the '
        "nation's sovereignty had been off the table from the first day of the talks.")
    quotes = [s.quote for s in reading.statements]
    assert any(q.startswith("the nation's sovereignty had been off the table") for q in quotes)
    assert [s.kind for s in reading.statements if "off the table" in s.quote] == ["red_line"]


def test_an_aside_in_mid_sentence_attributes_the_words_around_it() -> None:
    reading = one(
        "MOSCOW - Georgia and Russia signed an agreement on Wednesday.\n\n"
        '"Today we have taken the first real step," Mr. Yeltsin told reporters. Russia was '
        "ready to contribute battalions to the force within days, he said, but only on one "
        'condition: "The shooting must stop before a single Russian soldier goes in."\n\n'
        "The Georgian side, he went on, would judge the accord by its deeds.\n\n"
        "There could be no part of the country, he said, \"with two administrations and two "
        'flags."')
    quotes = {s.quote: s for s in reading.statements}
    assert "Russia was ready to contribute battalions to the force within days" in quotes
    assert any(q.startswith("The shooting must stop") for q in quotes)
    assert any(q.startswith("The Georgian side, he went on, would judge") for q in quotes)
    flags = [s for s in reading.statements if "two flags" in s.quote]
    assert len(flags) == 1 and flags[0].quote.startswith("There could be no part")
    assert flags[0].kind == "red_line"
    assert {s.speaker for s in reading.statements} == {"Yeltsin"}


def test_a_relative_clause_interrupted_by_an_aside_is_no_statement_of_its_own() -> None:
    reading = one(
        "BELFAST - The parties met the two governments on Friday.\n\n"
        "Mark Durkan of the SDLP wants the governments to resist changes to the code that, "
        'he said, would "hand the DUP a veto dressed up as accountability".')
    assert not [s for s in reading.statements if s.quote.startswith("Mark Durkan")]


def test_an_office_of_a_body_named_by_common_nouns_speaks() -> None:
    reading = one(
        "GENEVA - Iran and the six powers reached a deal on Sunday.\n\n"
        "The head of Iran's diplomatic apparatus added that the Islamic Republic will never "
        "accept any arrangement that deprives it of technology.\n\n"
        'Netanyahu added that Israel "is not bound by this agreement" and repeated his claim '
        "that Tel Aviv will not allow Iran to develop a military nuclear capability.")
    by_quote = {s.quote: (s.speaker, s.side, s.kind) for s in reading.statements}
    assert by_quote["the Islamic Republic will never accept any arrangement that deprives it "
                    "of technology"] == ("head of Iran's diplomatic apparatus", "iran", "red_line")
    assert by_quote["Tel Aviv will not allow Iran to develop a military nuclear capability"][2] \
        == "red_line"


def test_the_eve_of_an_occasion_and_an_occasion_named_by_its_place() -> None:
    reading = one("The rivals signed the accord at a ceremony in Skhirat on Wednesday.\n\n"
                  "The two speakers held their own meeting in Malta on Monday. Nouri "
                  "Abusahmain said after the Valletta meeting that the congress would never "
                  "accept a government imposed from abroad.\n\n"
                  "A spokesman for the congress, Omar Hmeidan, said the previous day, on the "
                  "eve of the ceremony, that the members had travelled in a personal "
                  "capacity.")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7),
                                                    datetime.date(2021, 6, 8)]


def test_an_occasion_the_sentence_before_names() -> None:
    reading = one("Erdogan told a joint news conference on Monday that peace was near.\n\n"
                  "At the news conference, Hassan Sheikh cast the outcome as a vindication. "
                  '"Our sovereignty is non-negotiable," he said, said Somali President Hassan '
                  "Sheikh Mohamud.")
    assert reading.statements[-1].date == datetime.date(2021, 6, 7)


def test_an_act_verb_with_a_date_aside_reports_the_words_after_it() -> None:
    reading = one("Once that is done, Lagos proposed the same day, an observer force drawn from "
                  "Commonwealth countries would supervise the laying down of arms.")
    assert [s.quote for s in reading.statements] == [
        "an observer force drawn from Commonwealth countries would supervise the laying down "
        "of arms"]


def test_the_office_a_person_holds_names_the_side_not_the_nationality() -> None:
    reading = one("Nigeria and Biafra held talks in Kampala. Between them sits Arnold Smith, "
                  "the Canadian diplomat who is Secretary-General of the Commonwealth. "
                  '"I am a go-between, not a judge," Mr. Smith told reporters.')
    assert [s.side for s in reading.statements] == ["commonwealth"]


# Written after the blind fresh28 round was scored (docs/evidence.md, 2026-12-04); invented.
def test_after_a_standfirst_and_byline_the_lede_dates_the_signing() -> None:
    reading = read_text(
        "ANALYSIS\n\nA peace signed in Washington\n\nThe agreement between Kinshasa and "
        "Kigali is the most ambitious attempt in years to end the war in the east.\n\n"
        "By Claire Mbemba\n\n9 June 2021\n\nWhen the foreign ministers of Congo and Rwanda "
        "put their signatures to a peace agreement on Monday, the mood was one of relief.\n\n"
        'For Kinshasa, the central issue is the troops. Foreign Minister Therese Kayikwamba '
        'Wagner made that clear at the signing. '
        '"There can be no peace without the withdrawal of Rwandan forces," she said.', date=DAY)
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7)]


def test_the_speaker_named_in_the_sentence_before_within_its_first_ten_words() -> None:
    reading = one("The five presidents signed the plan on Monday.\n\nThe architect of the "
                  "plan, President Oscar Arias Sanchez of Costa Rica, spoke to reporters on "
                  'Monday night. "Today we have decided our own history," Mr. Arias said.')
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7)]


def test_said_as_he_signed_is_the_signing_not_an_earlier_meeting() -> None:
    reading = one("The presidents signed the accord late on Monday.\n\nThe summit had opened "
                  'on Sunday. "We are ready," Mr. Ortega said as he signed.')
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7)]


def test_the_day_that_opens_the_sentence_before_frames_the_scene() -> None:
    reading = one(
        "Banjul, June 9 - The standoff began quietly.\n\nOn 2 June, in a telephone call "
        "broadcast on state television, the man who had ruled since 1994 congratulated his "
        'rival. "You are the elected president, and I wish you all the best," Mr Jammeh '
        "told Mr Barrow.")
    dated = {s.quote[:7]: s.date for s in reading.statements}
    assert dated["You are"] == datetime.date(2021, 6, 2)


def test_the_speaker_before_the_place_they_sit_in() -> None:
    reading = one(
        "Lesotho's government and the opposition signed the memorandum on Tuesday, with SADC "
        "mediating. A member of the SADC oversight committee in Maseru, who asked not to be "
        "named, said this week that the deadline for the reform roadmap \"is "
        "non-negotiable,\" and that sanctions had been discussed.")
    assert rows(reading)[0][:2] == ("member of the SADC oversight committee", "sadc")


def test_a_speaker_run_stops_at_a_quotation() -> None:
    reading = one(
        "Niger and the ORA signed the accord on Monday.\n\nA government spokesman read a "
        "statement on state radio. The unity of the state \"is not up for discussion, today "
        "or ever,\" the statement said.")
    assert [s.speaker for s in reading.statements] == ["statement"]


def test_a_place_opening_the_sentence_is_not_the_speaker() -> None:
    reading = one(
        "The Comoros government and Anjouan signed the agreement on Saturday, with the OAU "
        "mediating.\n\nFrom Addis Ababa, OAU Secretary-General Salim Ahmed Salim welcomed the "
        "agreement in a statement issued on Sunday, calling it \"a courageous step towards "
        "the restoration of unity\" and urging all signatories to honour it.")
    assert rows(reading)[0][:2] == ("Salim Ahmed Salim", "oau")


def test_a_name_set_off_after_a_title_is_a_person() -> None:
    reading = one(
        "The instrument was signed by the Minister of Foreign Relations, Haroldo Rodas "
        "Melgar, and by the Minister of Foreign Affairs of Belize, Wilfred Elrington, on "
        "Monday.\n\n\"Today Guatemala chooses the road of law,\" said Rodas Melgar.")
    assert rows(reading)[0][0] == "Haroldo Rodas Melgar"


def test_a_translation_subscribes_what_it_signs() -> None:
    reading = one(
        "GUATEMALA CITY, 9 June (AGN) -- The foreign ministers met in Washington on Friday. "
        "Guatemala and Belize then subscribed on Monday the Special Agreement to take their "
        "dispute to the Court.\n\n\"Today Guatemala chooses the road "
        "of law,\" said Chancellor Haroldo Rodas during the ceremony.")
    assert [s.date for s in reading.statements] == [datetime.date(2021, 6, 7)]
