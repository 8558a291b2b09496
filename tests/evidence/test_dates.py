"""Dates written several ways, resolved against the article's date."""

from __future__ import annotations

import datetime

import pytest

from zopa.evidence.dates import dateline, find_dates, find_events, resolve_relative, speech_date

WEDNESDAY = datetime.date(2022, 3, 23)


@pytest.mark.parametrize(("text", "expected"), [
    ("on March 20", datetime.date(2022, 3, 20)),
    ("on 20 March", datetime.date(2022, 3, 20)),
    ("on Sept. 3, 2021", datetime.date(2021, 9, 3)),
    ("on 2022-03-01", datetime.date(2022, 3, 1)),
    ("on the 4th of March", datetime.date(2022, 3, 4)),
    ("last Tuesday", datetime.date(2022, 3, 22)),
    ("on Tuesday", datetime.date(2022, 3, 22)),
    ("on Wednesday", WEDNESDAY),
    ("last Wednesday", datetime.date(2022, 3, 16)),
    ("yesterday", datetime.date(2022, 3, 22)),
    ("last night", datetime.date(2022, 3, 22)),
    ("last evening", datetime.date(2022, 3, 22)),
    ("today", WEDNESDAY),
    ("this afternoon", WEDNESDAY),
])
def test_absolute_and_weekdays(text: str, expected: datetime.date) -> None:
    mention = find_dates(f"Officials said {text} that talks would resume.", WEDNESDAY)[0]
    assert mention.date == expected


def test_a_date_without_year_after_the_article_is_last_year() -> None:
    [mention] = find_dates("on December 30", datetime.date(2022, 1, 5))
    assert mention.date == datetime.date(2021, 12, 30)


@pytest.mark.parametrize(("text", "shift"), [
    ("On the same day", 0), ("later that day", 0), ("the day before", -1),
    ("the next day", 1), ("the following day", 1), ("the next morning", 1),
    ("the following evening", 1)])
def test_anaphora_against_the_statement_before(text: str, shift: int) -> None:
    [mention] = find_dates(text, WEDNESDAY)
    previous = datetime.date(2022, 3, 20)
    assert resolve_relative(mention, previous) == previous + datetime.timedelta(days=shift)
    assert resolve_relative(mention, None) is None


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("on February 30", WEDNESDAY) == []


@pytest.mark.parametrize(("head", "expected"), [
    ("VIENNA, July 14, 2015 - Iran and ...", datetime.date(2015, 7, 14)),
    ("Pretoria, 2 November 2022 — Ethiopia ...", datetime.date(2022, 11, 2)),
    ("BRUSSELS, Thursday 17 October 2019 - Britain ...", datetime.date(2019, 10, 17)),
    ("KINSHASA, April 6 (Reuters) - Talks ...", None),
])
def test_dateline(head: str, expected: datetime.date | None) -> None:
    assert dateline(head) == expected


@pytest.mark.parametrize(("head", "named", "expected"), [
    ("HELSINKI, July 17 (Reuters) - Finland ...", datetime.date(2023, 7, 18),
     datetime.date(2023, 7, 17)),
    ("NAIROBI, Feb 28 - Kenya's rivals ...", datetime.date(2008, 2, 29),
     datetime.date(2008, 2, 28)),
    ("Talks resume\nPublished 21 Nov\nUpdated: 14:05 GMT\nNepal's ...",
     datetime.date(2006, 11, 22), datetime.date(2006, 11, 21)),
    # a yearless dateline in early January, the file named after it: the year before
    ("OSLO, Dec 30 - Talks ...", datetime.date(2024, 1, 2), datetime.date(2023, 12, 30)),
    ("GENEVA (AP) — Talks resumed on Monday.", datetime.date(2021, 4, 8), None),
    ("14:32 GMT - Talks resumed in Doha on March 3, officials said.",
     datetime.date(2024, 3, 5), None),
])
def test_a_yearless_dateline_takes_the_file_names_year(
        head: str, named: datetime.date, expected: datetime.date | None) -> None:
    assert dateline(head, named) == expected
    assert dateline(head) is None


def test_a_file_names_date_is_the_fallback(tmp_path: object) -> None:
    from pathlib import Path

    from zopa.evidence.source import load_file

    assert isinstance(tmp_path, Path)
    wire = tmp_path / "talks-2023-07-18.txt"
    wire.write_text("HELSINKI, July 17 (Reuters) - Finland and Turkey met, officials said.\n",
                    encoding="utf-8")
    assert load_file(wire)[2] == datetime.date(2023, 7, 17)
    blog = tmp_path / "blog-2023-07-18.txt"
    blog.write_text("14:32 GMT - Finland and Turkey met, officials said.\n", encoding="utf-8")
    assert load_file(blog)[2] == datetime.date(2023, 7, 18)


@pytest.mark.parametrize(("text", "shift"), [
    ("A day later", 1), ("a day earlier", -1), ("two days later", 2), ("the day after", 1),
    ("the previous evening", -1), ("three days before", -3)])
def test_counted_days_against_the_statement_before(text: str, shift: int) -> None:
    [mention] = find_dates(text, WEDNESDAY)
    previous = datetime.date(2022, 3, 20)
    assert resolve_relative(mention, previous) == previous + datetime.timedelta(days=shift)


@pytest.mark.parametrize("text", ["last week", "earlier this month", "this week", "recently",
                                  "in recent days", "last month", "For years",
                                  "for a year and a half", "Earlier in the spring",
                                  "Overnight"])
def test_vague_spans_give_no_date(text: str) -> None:
    [mention] = find_dates(text, WEDNESDAY)
    assert mention.relative == "vague"
    assert resolve_relative(mention, WEDNESDAY) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peskov said on Tuesday that talks would resume on Friday", "on Tuesday"),
    ("Peskov said talks would resume on Friday", None),
    ("Peskov, who arrived in Geneva on Monday, said the talks would resume", None),
    ("On Monday, Peskov said the talks would resume", "On Monday"),
    ("Peskov told reporters in Geneva late on Monday that the talks would resume",
     "on Monday"),
    ("Peskov said last week that the talks would resume", "last week"),
    ("Peskov said the talks, stalled since last week, would resume", None),
    ("Last week, Peskov said the talks would resume", "Last week"),
    ("After talks last week, Peskov said the sides were close", None),
    ("A Saudi official told state media on Thursday that the kingdom would wait",
     "on Thursday"),
    # the channel that carried the speech stands between the verb and its date
    ("Peskov said in a speech carried by state television on Monday that", "on Monday"),
    ("Peskov said in remarks broadcast by the radio on Monday that", "on Monday"),
])
def test_the_date_of_a_speech_verb(sentence: str, expected: str | None) -> None:
    verb = next(v for v in ("said", "told") if v in sentence)
    at = sentence.index(verb)
    found = speech_date(sentence, at, at + len(verb), WEDNESDAY)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize(("sentence", "content", "expected"), [
    # a date further on in the attribution, after the object of the verb
    ('Lavrov repeated the point on Monday, calling the deal "a trap for Moscow"', "a trap",
     "on Monday"),
    ('"We are ready," Lavrov told reporters after the ceremony on Monday', "We are", "on Monday"),
    # a naming verb, its object and the quotation that names it: the date of the naming
    ('Lavrov called the refusal "a blow to the process" on Monday', "a blow", "on Monday"),
    ('Lavrov described the deal as "a trap for Moscow" late on Monday', "a trap",
     "on Monday"),
    # a verb or a that-clause between: the date is another event's
    ("Lavrov said the treaty ratified on Monday was void", "the treaty", None),
    ('Lavrov said that the deal, "a trap for Moscow", expires on Monday', "a trap", None),
])
def test_a_date_elsewhere_in_the_attribution(sentence: str, content: str,
                                             expected: str | None) -> None:
    verb = next(v for v in ("repeated", "told", "said", "called", "described")
                if v in sentence)
    at = sentence.index(verb)
    start = sentence.index(content)
    found = speech_date(sentence, at, at + len(verb), WEDNESDAY,
                        (start, start + len(content)))
    assert (found.text if found else None) == expected


def test_occasions_and_their_dates() -> None:
    from zopa.evidence.dates import EVENT_REF, event_date, find_events, ref_kind

    text = ("The two leaders signed the accord in Oslo on Monday, ending talks that had "
            "opened on Saturday. A ceasefire holds from Tuesday. The talks, which Norway "
            "hosted, will resume on Friday.")
    events = find_events(text, WEDNESDAY)
    assert [(e.kind, e.date.day) for e in events] == [("signing", 21), ("close", 21),
                                                      ("meeting", 21)]
    ref = EVENT_REF.search("he told reporters after the ceremony")
    assert ref is not None and ref_kind(ref) == "signing"
    assert event_date("signing", len(text), events) == datetime.date(2022, 3, 21)
    assert event_date("signing", 0, events) is None
    close = EVENT_REF.search("she said at the close of the talks")
    assert close is not None and ref_kind(close) == "close"
    # the occasion addressed: "told the signing ceremony", "told the summit"
    told = EVENT_REF.search("he told the signing ceremony that the law would stay")
    assert told is not None and ref_kind(told) == "signing"
    summit = EVENT_REF.search("she told the summit that")
    assert summit is not None and ref_kind(summit) == "meeting"
    assert EVENT_REF.search("he told reporters that") is None


@pytest.mark.parametrize("text", ["at the time", "later that evening", "that night"])
def test_the_time_of_the_event_before(text: str) -> None:
    [mention] = find_dates(text, WEDNESDAY)
    assert mention.relative == "same"


def test_a_date_that_names_a_movement_is_no_date() -> None:
    found = find_dates("The March 14 alliance met the April 6 Youth Movement on March 9.",
                       WEDNESDAY)
    assert [m.text for m in found] == ["March 9"]


def test_a_date_that_names_a_line_is_no_date() -> None:
    found = find_dates("Israel must commit to the June 4, 1967 line before Syria talks; "
                       "the June 4 line was discussed on March 9.", WEDNESDAY)
    assert [m.text for m in found] == ["March 9"]


def test_a_vague_span_in_the_speakers_aside_leaves_the_speech_undated() -> None:
    # written after the blind fresh28 round was scored; invented text
    s = "Alfonsin, addressing the nation earlier this month, said the treaty kept faith"
    found = speech_date(s, s.index("said"), s.index("said") + 4, datetime.date(1984, 11, 29))
    assert found is not None and found.relative == "vague"
    s = "Alfonsin, who arrived earlier this month, said the treaty kept faith"
    assert speech_date(s, s.index("said"), s.index("said") + 4,
                       datetime.date(1984, 11, 29)) is None


def test_an_occasion_of_no_day_borrows_no_other_clauses_day() -> None:
    # "signed in April" is the declaration's own time; "18 June" is the initialling's
    text = ("The text, initialled by technical teams on 18 June and built on a Declaration of "
            "Principles signed in April, commits the two governments. The ministers signed "
            "the agreement on Friday.")
    events = find_events(text, datetime.date(2025, 6, 30))
    assert [(e.kind, e.date) for e in events] == [("signing", datetime.date(2025, 6, 27))]
