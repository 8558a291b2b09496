"""The statements behind each red line and each blocked issue, for every reader of a brief.

A red line, a weight or a value may cite statements by id (``evidence: [s3, s7]``; the
scenario format's "Statements and evidence"). :func:`red_line_evidence` resolves the
citations of every red line the analysis names (``russia#0``), in force or not binding,
and :func:`blocked_evidence` groups them by blocked issue: the terminal brief, the HTML
report, the workbench and ``zopa analyze --json`` all show these results, computed once
here.

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> lines = red_line_evidence(compile_space(load_example()))
>>> [(s.speaker, s.date.isoformat()) for s in lines[0].statements]
[('Volodymyr Zelensky', '2022-03-20')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..scenario.model import Scenario, Statement
from ..space import CompiledRedLine, Space
from .issues import IssueStatus

__all__ = ["BlockedEvidence", "RedLineEvidence", "StatementOrigin", "blocked_evidence",
           "red_line_evidence", "statement_dict", "statement_origins", "statements_cited"]


@dataclass(frozen=True)
class RedLineEvidence:
    """A red line as the analysis names it, with its note, source and the statements it
    cites (in the order cited). ``binding`` is False for a mediator's or an observer's."""

    name: str
    party: str
    issues: tuple[str, ...]
    binding: bool
    note: str | None
    source: str | None
    statements: tuple[Statement, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "party": self.party, "issues": list(self.issues),
                "binding": self.binding, "note": self.note, "source": self.source,
                "evidence": [statement_dict(s) for s in self.statements]}


@dataclass(frozen=True)
class BlockedEvidence:
    """A blocked issue and the single-issue red lines that together rule out every option."""

    issue: str
    red_lines: tuple[RedLineEvidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "red_lines": [r.to_dict() for r in self.red_lines]}


def statement_dict(statement: Statement) -> dict[str, Any]:
    """A statement as the JSON results carry it: the file's keys, dates as ISO text."""
    data: dict[str, Any] = statement.model_dump(mode="json", exclude_none=True)
    return data


def statements_cited(scenario: Scenario, ids: tuple[str, ...] | None) -> tuple[Statement, ...]:
    """The statements with these ids, in the order given (a checked scenario has them
    all)."""
    return tuple(scenario.statement(i) for i in ids or ())


def red_line_evidence(space: Space) -> tuple[RedLineEvidence, ...]:
    """Every red line of the compiled scenario with the statements it cites: those in
    force first (the analysis's names), then those that bind nobody, in file order."""
    s = space.scenario
    return tuple(_evidence(s, space, r, binding)
                 for binding, group in ((True, space.red_lines),
                                        (False, space.nonbinding_red_lines))
                 for r in group)


def blocked_evidence(space: Space, issues: tuple[IssueStatus, ...]) -> tuple[BlockedEvidence,
                                                                            ...]:
    """For every blocked issue (from :func:`zopa.analysis.issue_statuses`), its red lines
    with the statements behind them."""
    by_name = {r.name: r for r in red_line_evidence(space)}
    return tuple(BlockedEvidence(st.id, tuple(by_name[n] for n in st.red_lines))
                 for st in issues if st.status == "blocked")


def _evidence(scenario: Scenario, space: Space, red_line: CompiledRedLine,
              binding: bool) -> RedLineEvidence:
    source = red_line.source
    return RedLineEvidence(
        name=red_line.name, party=red_line.party,
        issues=tuple(space.issues[i] for i in red_line.issues), binding=binding,
        note=source.note, source=source.source,
        statements=statements_cited(scenario, source.evidence),
    )


@dataclass(frozen=True)
class StatementOrigin:
    """A statement of a case's latest version, and the version that first recorded it
    (the same id with the same speaker and quote)."""

    statement: Statement
    version: int

    def to_dict(self) -> dict[str, Any]:
        return {"statement": statement_dict(self.statement), "version": self.version}


def statement_origins(versions: Sequence[tuple[int, Scenario]]) -> list[StatementOrigin]:
    """For the statements of the last of ``versions`` (number and scenario, oldest
    first), the first version that has each, ordered by date (undated last), then id.

    >>> from zopa.examples import load_example
    >>> s = load_example()
    >>> [o.version for o in statement_origins([(1, s), (2, s)])][:2]
    [1, 1]
    """
    if not versions:
        return []
    first: dict[tuple[str, str, str], int] = {}
    for number, scenario in versions:
        for st in scenario.statements or ():
            first.setdefault((st.id, st.speaker, st.quote), number)
    latest = versions[-1][1].statements or ()
    out = [StatementOrigin(st, first[(st.id, st.speaker, st.quote)]) for st in latest]
    return sorted(out, key=lambda o: (o.statement.date is None,
                                      o.statement.date.isoformat() if o.statement.date else "",
                                      o.statement.id))
