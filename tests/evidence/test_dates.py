"""Dates written several ways, resolved against the article's date."""

from __future__ import annotations

import datetime

import pytest

from zopa.evidence.dates import dateline, find_dates, resolve_relative

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
    ("today", WEDNESDAY),
])
def test_absolute_and_weekdays(text: str, expected: datetime.date) -> None:
    mention = find_dates(f"Officials said {text} that talks would resume.", WEDNESDAY)[0]
    assert mention.date == expected


def test_a_date_without_year_after_the_article_is_last_year() -> None:
    [mention] = find_dates("on December 30", datetime.date(2022, 1, 5))
    assert mention.date == datetime.date(2021, 12, 30)


@pytest.mark.parametrize(("text", "shift"), [
    ("On the same day", 0), ("later that day", 0), ("the day before", -1),
    ("the next day", 1), ("the following day", 1)])
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
