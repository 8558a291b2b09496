"""The records the reader keeps while it reads one document (not part of the API)."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .dates import DateMention
from .issues import FoundIssue
from .model import Document

__all__ = ["Found", "Mention", "Person", "Said"]


@dataclass(frozen=True)
class Mention:
    """A span naming an actor (``actor``) or a person."""

    start: int
    end: int
    text: str
    actor: str | None = None          # gazetteer actor
    person: bool = False


@dataclass
class Person:
    """A person the text introduces: full name, title, the side spoken for."""

    name: str
    title: str
    side: str | None


@dataclass
class Said:
    """A statement while a document is read."""

    speaker: str
    title: str
    side: str | None
    verb: str
    file: str
    quote: str = ""
    start: int = 0
    end: int = 0
    unit: str = ""
    quoted: bool = False
    mention: DateMention | None = None
    date: datetime.date | None = None
    kind: str = "other"
    about: list[str] = field(default_factory=list)
    about_text: str = ""


@dataclass
class Found:
    """What one document yields before actors and issues are merged over documents."""

    doc: Document
    statements: list[Said] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mediator: Counter[str] = field(default_factory=Counter)
    party: Counter[str] = field(default_factory=Counter)
    said: Counter[str] = field(default_factory=Counter)
    others: dict[str, str] = field(default_factory=dict)
    issues: dict[str, FoundIssue] = field(default_factory=dict)
    units: list[tuple[int, int, str]] = field(default_factory=list)
    #: display names of the document's own actors (not in the gazetteer).
    names: dict[str, str] = field(default_factory=dict)
    #: the document's own actors that are never parties (aid agencies, think tanks).
    bystanders: set[str] = field(default_factory=set)
    #: per actor, where the text first names it or one of its officials (0 at the start,
    #: 1 at the end).
    first: dict[str, float] = field(default_factory=dict)

    def rename(self, old: str, new: str) -> None:
        """Read the actor ``old`` as ``new`` throughout: counts added, aliases joined,
        statements' sides and subjects renamed."""
        for counter in (self.mentions, self.mediator, self.party, self.said):
            if old in counter:
                counter[new] += counter.pop(old)
        if old in self.aliases:
            self.aliases[new] |= self.aliases.pop(old)
        if old in self.first:
            at = self.first.pop(old)
            self.first[new] = min(at, self.first.get(new, at))
        if old in self.bystanders:
            self.bystanders = (self.bystanders - {old}) | {new}
        for said in self.statements:
            if said.side == old:
                said.side = new
            said.about = list(dict.fromkeys(new if a == old else a for a in said.about))
