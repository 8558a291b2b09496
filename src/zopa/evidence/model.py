"""What reading news text finds: documents, actors, issues and attributed statements.

Every part is a frozen dataclass with a ``to_dict()`` that gives the documented JSON
contract of ``zopa read --json`` (docs/scenario-format.md, "Reading news text").

>>> s = Source(file="a.txt", start=3, end=9)
>>> s.to_dict()
{'file': 'a.txt', 'start': 3, 'end': 9}
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Actor",
    "ActorKind",
    "Document",
    "Issue",
    "Reading",
    "Source",
    "Statement",
    "StatementKind",
]

ActorKind = Literal["party", "mediator", "other"]
StatementKind = Literal["red_line", "demand", "offer", "other"]


@dataclass(frozen=True)
class Source:
    """A span of a document's text as read (after HTML stripping): ``text[start:end]``."""

    file: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Document:
    """One text read: where it came from, its headline and its date (dateline or file name)."""

    file: str
    title: str
    date: datetime.date | None
    text: str = field(repr=False, compare=False, default="")

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "title": self.title,
                "date": self.date.isoformat() if self.date else None}


@dataclass(frozen=True)
class Actor:
    """A state, organisation or movement the text names, with the role the text gives it."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "aliases": list(self.aliases), "mentions": self.mentions}


@dataclass(frozen=True)
class Issue:
    """A point on the table, with the sentences it rests on. ``rank`` says how it was found:
    0 listed by the text (an enumeration, a region at stake), 1 a known negotiation topic,
    2 a phrase of what was agreed or disputed."""

    id: str
    name: str
    evidence: tuple[Source, ...] = ()
    territorial: bool = False
    rank: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Statement:
    """An attributed statement: who said it, for which side, when, what, and of which kind.

    ``about`` names the actors whose positions the statement reports ("Russia's request to
    recognise ..." said by a mediator is about Russia), ``about_issues`` the issues those
    reported positions bear on; ``title`` is the speaker's title.
    """

    id: str
    speaker: str
    side: str | None
    date: datetime.date | None
    quote: str
    kind: StatementKind
    issues: tuple[str, ...]
    source: Source
    title: str = ""
    quoted: bool = False
    about: tuple[str, ...] = ()
    about_issues: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "speaker": self.speaker, "side": self.side,
                "date": self.date.isoformat() if self.date else None, "quote": self.quote,
                "kind": self.kind, "issues": list(self.issues), "source": self.source.to_dict(),
                "title": self.title, "quoted": self.quoted, "about": list(self.about),
                "about_issues": list(self.about_issues)}


@dataclass(frozen=True)
class Reading:
    """Everything read from one or more documents."""

    documents: tuple[Document, ...] = ()
    actors: tuple[Actor, ...] = ()
    issues: tuple[Issue, ...] = ()
    statements: tuple[Statement, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": [d.to_dict() for d in self.documents],
                "actors": [a.to_dict() for a in self.actors],
                "issues": [i.to_dict() for i in self.issues],
                "statements": [s.to_dict() for s in self.statements]}
