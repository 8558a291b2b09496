"""What ``zopa read`` found, for the terminal: documents, actors, issues and statements."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..evidence.model import Reading

__all__ = ["summary"]

_KIND_STYLE = {"red_line": "bold red", "demand": "yellow", "offer": "green", "other": ""}
_ROLE_STYLE = {"party": "bold", "mediator": "cyan", "other": "dim"}


def summary(reading: Reading) -> Group:
    """The reading as rich renderables, ready for ``Console.print``."""
    parts: list[RenderableType] = []
    docs = Table(title="Documents", title_justify="left")
    for column in ("File", "Title", "Date"):
        docs.add_column(column)
    for d in reading.documents:
        docs.add_row(d.file, d.title, d.date.isoformat() if d.date else "-")
    parts.append(docs)
    if not reading.statements and not any(a.kind != "other" for a in reading.actors):
        parts.append(Text("No negotiation found: no parties, mediators or attributed "
                          "statements.", style="yellow"))
    actors = Table(title="Actors", title_justify="left")
    for column in ("Id", "Name", "Role", "Also called"):
        actors.add_column(column)
    for a in reading.actors:
        if a.kind == "other" and a.mentions == 0:
            continue
        actors.add_row(a.id, a.name, Text(a.kind, style=_ROLE_STYLE[a.kind]),
                       ", ".join(a.aliases))
    others = [a.name for a in reading.actors if a.kind == "other" and a.mentions == 0]
    parts.append(actors)
    if others:
        parts.append(Text("Also named: " + ", ".join(others), style="dim"))
    issues = Table(title="Issues", title_justify="left")
    for column in ("Id", "Name", "Sentences"):
        issues.add_column(column)
    for i in reading.issues:
        issues.add_row(i.id, i.name, str(len(i.evidence)))
    parts.append(issues)
    statements = Table(title="Statements", title_justify="left", show_lines=True, expand=True)
    statements.add_column("Id", no_wrap=True)
    statements.add_column("Speaker", ratio=2)
    statements.add_column("Side", ratio=1)
    statements.add_column("Date", no_wrap=True)
    statements.add_column("Kind", no_wrap=True)
    statements.add_column("Issues", ratio=2)
    statements.add_column("Quote", ratio=5)
    for s in reading.statements:
        speaker = Text(s.speaker)
        if s.title and s.title != s.speaker:
            speaker.append(f"\n{s.title}", style="dim")
        quote = s.quote if len(s.quote) <= 200 else s.quote[:197] + "..."
        statements.add_row(s.id, speaker, s.side or "-",
                           s.date.isoformat() if s.date else "-",
                           Text(s.kind, style=_KIND_STYLE[s.kind]), ", ".join(s.issues),
                           quote)
    parts.append(statements)
    return Group(*parts)
