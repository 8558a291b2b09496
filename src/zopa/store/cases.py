"""The case library: negotiations an analyst follows, each with every version of its scenario.

A *case* is one negotiation followed over time ("Russia-Ukraine talks"); each save of its
scenario is a new *version*, numbered 1, 2, 3 ... within the case, with the date of the
save, its author and a note ("after Kalin's interview, 20 March"). Versions are never
updated in place and never deleted: the history is the record of how the analyst's
reading of the talks moved.

Every version holds the scenario as YAML text (a JSON upload is stored as the equivalent
YAML), checked against the format before anything is written: an invalid scenario raises
:class:`~zopa.errors.ScenarioError` and the database is left as it was.

Concurrent saves of one case never lose a version: the next number is taken by an
``UPDATE cases SET latest = latest + 1 ... RETURNING latest`` in the same transaction as
the insert (a row lock on PostgreSQL, the write lock on SQLite), and ``(case_id, number)``
is unique, so two saves can never share a number; a save that meets a transient conflict
is retried.

>>> from zopa.store.db import connect
>>> from zopa.examples import example_path
>>> db = connect("sqlite://")
>>> first = create_case(db, example_path().read_text(), author="analyst", note="first reading")
>>> first.info.number, get_case(db, first.info.case_id).name
(1, 'Russia-Ukraine talks, March 2022')
>>> add_version(db, first.info.case_id, first.text, note="unchanged").info.number
2
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, mapped_column

from ..errors import ScenarioError
from ..scenario import Scenario, dump_scenario, parse_scenario
from .db import Base, Database

__all__ = [
    "Case",
    "CaseNotFoundError",
    "CaseRow",
    "Version",
    "VersionInfo",
    "VersionNotFoundError",
    "VersionRow",
    "add_version",
    "check_scenario_text",
    "create_case",
    "delete_case",
    "get_case",
    "get_version",
    "list_cases",
    "list_versions",
    "rename_case",
]

MAX_NAME = 200
_RETRIES = 8


class CaseRow(Base):
    """Table ``cases``: one negotiation followed over time."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(MAX_NAME))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    latest: Mapped[int] = mapped_column(Integer, default=0)
    #: Set when the case is deleted (softly: its versions stay; migration 0004).
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                        nullable=True, default=None)


class VersionRow(Base):
    """Table ``scenario_versions``: one saved scenario of a case, never updated."""

    __tablename__ = "scenario_versions"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_scenario_versions_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    scenario: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author: Mapped[str] = mapped_column(String(MAX_NAME), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    parent: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseNotFoundError(LookupError):
    """No case has this id."""

    def __init__(self, case_id: int) -> None:
        super().__init__(f"no case {case_id}")
        self.case_id = case_id


class VersionNotFoundError(LookupError):
    """The case has no version with this number."""

    def __init__(self, case_id: int, number: int) -> None:
        super().__init__(f"case {case_id} has no version {number}")
        self.case_id = case_id
        self.number = number


@dataclass(frozen=True)
class VersionInfo:
    """What is known about a version without reading its scenario. ``parent`` is the
    version it was edited from, when the save said so."""

    case_id: int
    number: int
    created_at: datetime
    author: str
    note: str
    parent: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "number": self.number,
                "created_at": self.created_at.isoformat(), "author": self.author,
                "note": self.note, "parent": self.parent}


@dataclass(frozen=True)
class Version:
    """A version with its scenario, as the YAML text stored."""

    info: VersionInfo
    text: str

    @cached_property
    def scenario(self) -> Scenario:
        """The checked scenario (every stored text passed the same check when saved)."""
        return parse_scenario(self.text, file=f"case {self.info.case_id} v{self.info.number}")

    def to_dict(self) -> dict[str, Any]:
        return {**self.info.to_dict(), "scenario": self.text}


@dataclass(frozen=True)
class Case:
    """A case and its latest version."""

    id: int
    name: str
    created_at: datetime
    latest: VersionInfo
    #: When the case was deleted (softly), or ``None``.
    deleted_at: datetime | None = None

    @property
    def versions(self) -> int:
        return self.latest.number

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "created_at": self.created_at.isoformat(),
                "versions": self.versions, "latest": self.latest.to_dict()}


def check_scenario_text(text: str, *, file: str | None = None) -> tuple[Scenario, str]:
    """Check a scenario given as YAML or JSON text; return it and the YAML text to store.

    YAML is kept as written (comments and all); JSON is stored as the equivalent YAML.
    The text is read by the one guarded reader the command line uses too
    (:func:`zopa.scenario.load.read_document`: size, depth, aliases, duplicate keys,
    numbers, dates and text are all checked there).

    >>> check_scenario_text("zopa: 1")[0]
    Traceback (most recent call last):
    ...
    zopa.errors.ScenarioError: <scenario>:1: missing required key 'parties'
    """
    is_json = text.lstrip().startswith("{")
    scenario = parse_scenario(text, file=file)
    return scenario, dump_scenario(scenario) if is_json else text


def create_case(db: Database, text: str, *, name: str | None = None, author: str = "",
                note: str = "") -> Version:
    """Start a case with ``text`` as its version 1; its name defaults to the scenario's."""
    scenario, stored = check_scenario_text(text)
    title = _clip(name or scenario.name or "Untitled case", "name")
    now = _now()
    with db.session.begin() as session:
        case = CaseRow(name=title, created_at=now, latest=1)
        session.add(case)
        session.flush()
        row = VersionRow(case_id=case.id, number=1, scenario=stored, created_at=now,
                         author=_clip(author, "author"), note=note, parent=None)
        session.add(row)
    return Version(_info(row), stored)


def add_version(db: Database, case_id: int, text: str, *, author: str = "", note: str = "",
                parent: int | None = None) -> Version:
    """Save ``text`` as the next version of the case. Nothing is written when the
    scenario is invalid (:class:`ScenarioError`) or the case does not exist
    (:class:`CaseNotFoundError`)."""
    _, stored = check_scenario_text(text)
    author = _clip(author, "author")
    for attempt in range(_RETRIES):
        try:
            return _insert(db, case_id, stored, author, note, parent)
        except (IntegrityError, OperationalError):
            if attempt == _RETRIES - 1:
                raise
            time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


def _insert(db: Database, case_id: int, stored: str, author: str, note: str,
            parent: int | None) -> Version:
    with db.session.begin() as session:
        # Taking the number is the transaction's first statement, so it takes the write
        # lock (SQLite) or the row lock (PostgreSQL) before anything is read.
        number = session.execute(
            update(CaseRow).where(CaseRow.id == case_id)
            .values(latest=CaseRow.latest + 1).returning(CaseRow.latest),
            execution_options={"synchronize_session": False},
        ).scalar_one_or_none()
        if number is None:
            raise CaseNotFoundError(case_id)
        if parent is not None and not 1 <= parent < number:
            raise VersionNotFoundError(case_id, parent)
        row = VersionRow(case_id=case_id, number=number, scenario=stored, created_at=_now(),
                         author=author, note=note, parent=parent)
        session.add(row)
    return Version(_info(row), stored)


def list_cases(db: Database, *, deleted: bool = False) -> list[Case]:
    """Every case with its latest version, most recently changed first: those in the
    library, or (``deleted=True``) those deleted."""
    query = (select(CaseRow, VersionRow)
             .join(VersionRow, (VersionRow.case_id == CaseRow.id)
                   & (VersionRow.number == CaseRow.latest))
             .where(CaseRow.deleted_at.is_not(None) if deleted else CaseRow.deleted_at.is_(None))
             .order_by(VersionRow.created_at.desc(), CaseRow.id.desc()))
    with db.session() as session:
        return [_case(case, row) for case, row in session.execute(query).all()]


def get_case(db: Database, case_id: int) -> Case:
    """One case with its latest version."""
    query = (select(CaseRow, VersionRow)
             .join(VersionRow, (VersionRow.case_id == CaseRow.id)
                   & (VersionRow.number == CaseRow.latest))
             .where(CaseRow.id == case_id))
    with db.session() as session:
        found = session.execute(query).first()
    if found is None:
        raise CaseNotFoundError(case_id)
    return _case(*found)


def rename_case(db: Database, case_id: int, name: str) -> Case:
    """Give a case a new name (the versions do not change)."""
    title = _clip(name.strip(), "name")
    if not title:
        raise ScenarioError("a case's name cannot be empty", path=("name",))
    with db.session() as session, session.begin():
        row = session.get(CaseRow, case_id)
        if row is None:
            raise CaseNotFoundError(case_id)
        row.name = title
    return get_case(db, case_id)


def delete_case(db: Database, case_id: int, *, restore: bool = False) -> Case:
    """Delete a case softly: it leaves the library's list, its versions stay and can still
    be read by number; ``restore=True`` brings it back."""
    with db.session() as session, session.begin():
        row = session.get(CaseRow, case_id)
        if row is None:
            raise CaseNotFoundError(case_id)
        row.deleted_at = None if restore else _now()
    return get_case(db, case_id)


def list_versions(db: Database, case_id: int, *, offset: int = 0,
                  limit: int | None = None) -> list[VersionInfo]:
    """The versions of a case, oldest first; ``offset`` and ``limit`` page through them."""
    query = (select(VersionRow.case_id, VersionRow.number, VersionRow.created_at,
                    VersionRow.author, VersionRow.note, VersionRow.parent)
             .where(VersionRow.case_id == case_id).order_by(VersionRow.number)
             .offset(offset).limit(limit))
    with db.session() as session:
        rows = session.execute(query).all()
    if not rows:
        get_case(db, case_id)
    return [VersionInfo(case_id=r.case_id, number=r.number, created_at=_utc(r.created_at),
                        author=r.author or "", note=r.note or "", parent=r.parent)
            for r in rows]


def get_version(db: Database, case_id: int, number: int | None = None) -> Version:
    """A version of a case: the latest when ``number`` is None."""
    if number is None:
        number = get_case(db, case_id).latest.number
    query = select(VersionRow).where(VersionRow.case_id == case_id,
                                     VersionRow.number == number)
    with db.session() as session:
        row = session.scalars(query).first()
    if row is None:
        get_case(db, case_id)
        raise VersionNotFoundError(case_id, number)
    return Version(_info(row), row.scenario)


def _case(case: CaseRow, row: VersionRow) -> Case:
    return Case(id=case.id, name=case.name, created_at=_utc(case.created_at), latest=_info(row),
                deleted_at=_utc(case.deleted_at) if case.deleted_at is not None else None)


def _info(row: VersionRow) -> VersionInfo:
    return VersionInfo(case_id=row.case_id, number=row.number, created_at=_utc(row.created_at),
                       author=row.author or "", note=row.note or "", parent=row.parent)


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored one is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _clip(value: str, what: str) -> str:
    if len(value) > MAX_NAME:
        raise ScenarioError(f"the {what} is longer than {MAX_NAME} characters")
    return value
