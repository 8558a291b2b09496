"""From a news reading to proposed changes of a case's scenario, and applying those accepted.

:func:`propose_updates` reads the JSON contract of ``zopa read`` (a mapping with
``documents``, ``actors``, ``issues`` and ``statements``) against a scenario and proposes,
each with an id, a plain description and the statements it rests on:

- ``statement``: a statement the scenario does not have (same speaker and quote, compared
  without regard to case and spacing, counts as had), with the next free id ``sN``;
- ``red_line``: a ``red_line`` statement of a negotiator on an issue of the scenario, as a
  ``forbid`` entry citing it. The options are found by matching the quote against the
  issue's option ids and labels (:func:`match_options`): refused options are forbidden;
  when the quote insists on what it names, the other options are;
- ``evidence``: the same, when the party already has that red line: the statement is
  added to its ``evidence``;
- ``position``: a ``demand`` that names an option other than the party's current best:
  its value is raised to the party's best value on that issue, citing the statement.

What cannot become a proposal is listed in ``Proposals.unresolved`` with the reason.
Nothing changes until :meth:`Proposals.apply` is called with the accepted ids: a pure
function from the scenario's YAML text to the new text, editing in place (comments and
layout kept) and falling back to writing the document out again when it cannot
(:mod:`zopa.evidence._yamledit`).

>>> from zopa.examples import example_path
>>> reading = {"documents": [{"file": "a.txt", "title": "T", "date": "2022-03-21"}],
...            "actors": [{"id": "russia", "name": "Russia", "kind": "party", "aliases": []}],
...            "issues": [{"id": "crimea", "name": "Crimea", "evidence": []}],
...            "statements": [{"id": "s1", "speaker": "Sergei Lavrov", "side": "russia",
...                            "date": "2022-03-21", "kind": "red_line", "issues": ["crimea"],
...                            "quote": "We will never accept Ukrainian sovereignty there",
...                            "source": {"file": "a.txt", "start": 0, "end": 48}}]}
>>> text = example_path().read_text(encoding="utf-8")
>>> from zopa.scenario import parse_scenario
>>> found = propose_updates(parse_scenario(text), reading)
>>> [(p.id, p.kind) for p in found.proposals]
[('p1', 'statement'), ('p2', 'red_line')]
>>> new = parse_scenario(found.apply(text, ["p2"]))
>>> new.preferences["russia"].red_lines[-1].forbid, new.statements[-1].id
({'crimea': ('ukrainian-sovereignty',)}, 's10')
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Literal

from ..errors import ScenarioError
from ..scenario.model import Issue, Points, Scenario, midpoint
from ._yamledit import Edit, apply_edits

__all__ = ["Proposal", "Proposals", "match_options", "propose_updates"]

Kind = Literal["statement", "red_line", "evidence", "position"]
Polarity = Literal["refuse", "insist"]


@dataclass(frozen=True)
class Proposal:
    """One change the analyst may accept. ``statements``: the scenario statement ids it
    rests on (new ones included); ``requires``: the proposals that must come with it
    (the new statements it cites); ``edits``: what it does to the document."""

    id: str
    kind: Kind
    description: str
    statements: tuple[str, ...]
    requires: tuple[str, ...] = ()
    edits: tuple[Edit, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "description": self.description,
                "statements": list(self.statements), "requires": list(self.requires)}


@dataclass(frozen=True)
class Cited:
    """A statement a proposal rests on, as the version note names it."""

    id: str
    speaker: str
    date: datetime.date | None
    file: str | None
    new: bool


@dataclass(frozen=True)
class Proposals:
    """What a reading proposes for a scenario; :meth:`apply` applies the accepted ones."""

    proposals: tuple[Proposal, ...]
    unresolved: tuple[str, ...]
    known: tuple[str, ...]
    cited: Mapping[str, Cited]
    files: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"proposals": [p.to_dict() for p in self.proposals],
                "unresolved": list(self.unresolved), "known": list(self.known),
                "files": list(self.files)}

    def by_id(self, proposal_id: str) -> Proposal:
        for p in self.proposals:
            if p.id == proposal_id:
                return p
        ids = ", ".join(p.id for p in self.proposals) or "none"
        raise ScenarioError(f"no proposal '{proposal_id}' (proposals: {ids})",
                            file=", ".join(self.files) or "the reading")

    def closure(self, accepted: Iterable[str]) -> tuple[Proposal, ...]:
        """The accepted proposals and those they require, in proposal order."""
        wanted = {p for a in accepted for p in (a, *self.by_id(a).requires)}
        return tuple(p for p in self.proposals if p.id in wanted)

    def apply(self, text: str, accepted: Iterable[str]) -> str:
        """The scenario text with the accepted proposals (and those they require) applied;
        ``text`` itself when none is accepted."""
        chosen = self.closure(accepted)
        if not chosen:
            return text
        return apply_edits(text, [e for p in chosen for e in p.edits])

    def note(self, accepted: Iterable[str]) -> str:
        """A version note citing the sources of the accepted proposals: the files, and
        each statement's id, speaker and date."""
        chosen = self.closure(accepted)
        ids = list(dict.fromkeys(s for p in chosen for s in p.statements))
        files = list(dict.fromkeys(PurePath(c.file).name for i in ids
                                   if (c := self.cited[i]).file))
        cites = "; ".join(_cite(self.cited[i]) for i in ids)
        what = ", ".join(f"{p.id} {p.kind.replace('_', ' ')}" for p in chosen)
        named = files or [PurePath(f).name for f in self.files]
        return (f"add-statements from {', '.join(named) or 'text'}: "
                f"{what}. Statements: {cites}.")


def _entry(raw: Mapping[str, Any], sid: str, scenario: Scenario,
           documents: Mapping[str, Mapping[str, Any]], sides: Mapping[str, str],
           issue_map: Mapping[str, str], actor_words: frozenset[str]) -> dict[str, Any]:
    """A reading's statement as the scenario's ``statements`` entry ``sid``: its side
    mapped to a party, its issues to the scenario's (or those its quote names), the
    document's date when it has none, the document's title in its source."""
    raw_source = raw.get("source")
    source: Mapping[str, Any] = raw_source if isinstance(raw_source, Mapping) else {}
    document = documents.get(str(source.get("file")), {})
    quote = str(raw["quote"])
    date = _date(raw.get("date")) or _date(document.get("date"))
    side = sides.get(str(raw.get("side"))) if raw.get("side") is not None else None
    issues = list(dict.fromkeys(issue_map[i] for i in raw.get("issues") or ()
                                if isinstance(i, str) and i in issue_map))
    entry: dict[str, Any] = {"id": sid, "speaker": raw["speaker"]}
    if side:
        entry["side"] = side
    if isinstance(raw.get("title"), str) and raw["title"]:
        entry["title"] = raw["title"]
    if date:
        entry["date"] = date
    kind = raw.get("kind")
    entry.update({"quote": quote,
                  "kind": kind if kind in ("red_line", "demand", "offer") else "other"})
    issues = issues or _issues_named(scenario, quote, actor_words)
    if issues:
        entry["issues"] = issues
    src = _source(source, document)
    if src:
        entry["source"] = src
    return entry


def _cite(cited: Cited) -> str:
    date = cited.date
    return f"{cited.id} {cited.speaker}" + (f", {date.isoformat()}" if date else "")


def propose_updates(scenario: Scenario, reading: Mapping[str, Any]) -> Proposals:
    """The proposals a reading (the JSON contract of ``zopa read``) makes for
    ``scenario``."""
    documents = {str(d.get("file")): d for d in _items(reading, "documents")}
    sides = _side_map(scenario, _items(reading, "actors"))
    builder = _Builder(scenario)
    issue_map = _issue_map(scenario, _items(reading, "issues"), builder.actor_words)
    had = {(_norm(s.speaker), _norm(s.quote)): s.id for s in scenario.statements or ()}
    taken = {s.id for s in scenario.statements or ()}
    known: list[str] = []
    cited = {s.id: Cited(s.id, s.speaker, s.date, s.source.file if s.source else None, False)
             for s in scenario.statements or ()}
    for raw in _items(reading, "statements"):
        speaker, quote = raw.get("speaker"), raw.get("quote")
        if not isinstance(speaker, str) or not isinstance(quote, str) or not (
                speaker.strip() and quote.strip()):
            continue
        key = (_norm(speaker), _norm(quote))
        if key in had:
            known.append(f"{had[key]} ({speaker}: \u201c{_clip(quote)}\u201d) is already recorded")
            continue
        sid = _next_id(taken)
        taken.add(sid)
        had[key] = sid
        entry = _entry(raw, sid, scenario, documents, sides, issue_map, builder.actor_words)
        date, side, kind = entry.get("date"), entry.get("side"), entry["kind"]
        issues = entry.get("issues", [])
        src = entry.get("source", {})
        cited[sid] = Cited(sid, speaker, date, src.get("file"), True)
        who = speaker + (f" ({raw['title']})" if entry.get("title") else "")
        statement = builder.add(
            "statement",
            f"Record {sid}: {who}, {date.isoformat() if date else 'undated'}, "
            f"{kind.replace('_', ' ')}: \u201c{_clip(quote)}\u201d",
            (sid,), (), (Edit("append", ("statements",), entry),))
        if side is None or scenario.party(side).role != "party":
            continue
        if kind == "red_line":
            for iid in issues:
                builder.red_line(side, scenario.issue(iid), sid, quote, statement,
                                 f"{speaker}, {date.isoformat() if date else 'undated'}")
        elif kind == "demand":
            for iid in issues:
                builder.position(side, scenario.issue(iid), sid, quote, statement)
    return Proposals(tuple(builder.proposals), tuple(builder.unresolved), tuple(known),
                     cited, tuple(documents))


class _Builder:
    """Collects proposals, numbering them, merging red lines the reading repeats."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.proposals: list[Proposal] = []
        self.unresolved: list[str] = []
        self._red_lines: dict[tuple[str, str, frozenset[str]], int] = {}
        #: Words that name the parties: never evidence of an option or an issue
        #: ("Ukrainian sovereignty" must not match every quote that says "Ukraine").
        self.actor_words = frozenset(w for p in scenario.parties
                                     for w in _stems(f"{p.id} {p.name}"))

    def add(self, kind: Kind, description: str, statements: tuple[str, ...],
            requires: tuple[str, ...], edits: tuple[Edit, ...]) -> str:
        pid = f"p{len(self.proposals) + 1}"
        self.proposals.append(Proposal(pid, kind, description, statements, requires, edits))
        return pid

    def red_line(self, party: str, issue: Issue, sid: str, quote: str, statement: str,
                 source: str) -> None:
        who = self.scenario.party(party).title
        if issue.numeric:
            self.unresolved.append(f"{sid} ({who}) draws a red line on {issue.id}, a numeric "
                                   "issue: write its interval by hand")
            return
        matched, polarity = match_options(issue, quote, ignore=self.actor_words)
        if not matched or polarity is None:
            reason = ("names none of its options" if not matched
                      else "does not say whether it refuses or insists on "
                           + ", ".join(matched))
            self.unresolved.append(f"{sid} ({who}) draws a red line on {issue.id} but the "
                                   f"quote {reason}: add it by hand if it is one")
            return
        options = [str(o) for o in issue.option_ids]
        forbid = ([o for o in options if o in matched] if polarity == "refuse"
                  else [o for o in options if o not in matched])
        if not forbid or len(forbid) == len(options):
            self.unresolved.append(f"{sid} ({who}) on {issue.id}: the matched options would "
                                   "rule out none or all of them; not proposed")
            return
        key = (party, issue.id, frozenset(forbid))
        if key in self._red_lines:  # the reading repeats a red line it already proposes
            k = self._red_lines[key]
            old = self.proposals[k]
            edit = old.edits[0]
            value = dict(edit.value)
            value["evidence"] = [*value["evidence"], sid]
            self.proposals[k] = Proposal(old.id, old.kind, old.description + f"; also {sid}",
                                         (*old.statements, sid), (*old.requires, statement),
                                         (Edit(edit.op, edit.path, value),))
            return
        why = (f"refuses {', '.join(forbid)}" if polarity == "refuse"
               else f"insists on {', '.join(o for o in options if o in matched)}")
        prefs = self.scenario.preferences[party]
        for k, existing in enumerate(prefs.red_lines):
            spec = existing.forbid.get(issue.id)
            if len(existing.forbid) == 1 and isinstance(spec, tuple) and \
                    {str(o) for o in spec} == set(forbid):
                self.add("evidence", f"{sid} backs {party}#{k} ({who} rules out "
                         f"{issue.id} {', '.join(forbid)}): the quote {why}",
                         (sid,), (statement,),
                         (Edit("append", ("preferences", party, "red_lines", k, "evidence"),
                               sid),))
                return
        self._red_lines[key] = len(self.proposals)
        line = {"forbid": {issue.id: forbid}, "note": quote, "source": source,
                "evidence": [sid]}
        self.add("red_line", f"New red line for {who}: rule out {issue.id} "
                 f"{', '.join(forbid)} (the quote {why}; {sid})", (sid,), (statement,),
                 (Edit("append", ("preferences", party, "red_lines"), line),))

    def position(self, party: str, issue: Issue, sid: str, quote: str, statement: str) -> None:
        who = self.scenario.party(party).title
        values = self.scenario.preferences[party].values.get(issue.id)
        if issue.numeric or isinstance(values, Points):
            self.unresolved.append(f"{sid} ({who}) demands something on {issue.id}, a numeric "
                                   "issue: revise its points by hand")
            return
        if values is None:
            self.unresolved.append(f"{sid} ({who}) demands something on {issue.id}, which "
                                   f"{who} gives no values: add them by hand")
            return
        matched, polarity = match_options(issue, quote, ignore=self.actor_words)
        if len(matched) != 1 or polarity == "refuse":
            self.unresolved.append(f"{sid} ({who}) on {issue.id}: the demand does not name "
                                   "one option; not proposed")
            return
        option = matched[0]
        current = {str(o): midpoint(values.get(str(o), 0.0)) for o in issue.option_ids}
        best = max(current.values())
        if current[option] >= best - 1e-9:
            return
        edits = (Edit("set", ("preferences", party, "values", issue.id, option), best),
                 Edit("append", ("preferences", party, "evidence", "values", issue.id), sid))
        self.add("position", f"{who} demands {issue.id} {option} ({sid}): raise its value from "
                 f"{current[option]:g} to {best:g}, {who}'s best on {issue.id} (a proposal: "
                 "check the number)", (sid,), (statement,), edits)


_STOP = frozenset(("a", "an", "and", "any", "are", "as", "at", "be", "been", "by", "for",
                   "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or",
                   "that", "the", "their", "there", "this", "to", "was", "were", "will",
                   "with", "would", "status", "issue", "issues", "left", "no", "not", "never"))

_INSIST = re.compile(r"\b(must|only|insists?|insisting|demands?|demanding|requires?|"
                     r"non-negotiable|not negotiable|(?:will|would|can)\s?not compromise on|"
                     r"won't compromise on|no compromise on|precondition|has to|have to|"
                     r"needs? to)\b")
_REFUSE = re.compile(r"\b(never|not|no|won't|cannot|can't|rejects?|rejected|refuses?|"
                     r"refused|rules? out|ruled out|opposes?|opposed|unacceptable)\b")


def match_options(issue: Issue, quote: str, *,
                  ignore: frozenset[str] = frozenset()) -> tuple[list[str], Polarity | None]:
    """The options of a discrete issue a quote names (those sharing the most distinctive
    words with their id and label; words every option shares, the issue's own name and
    ``ignore`` do not count), and whether the quote refuses or insists on them (the cue
    nearest before the first word matched; ``None`` when it has none).

    >>> from zopa.examples import load_example
    >>> crimea = load_example().issue("crimea")
    >>> match_options(crimea, "Crimea must be recognised as Russian")
    (['recognised-russian'], 'insist')
    >>> match_options(crimea, "We will never accept consultations on Crimea")
    (['consultations-15-years'], 'refuse')
    """
    assert issue.options is not None
    own = _stems(f"{issue.id} {issue.name}") | ignore
    words = {o.id: _stems(f"{o.id} {o.label}") - own for o in issue.options}
    common = frozenset.intersection(*words.values()) if words else frozenset()
    found = _positions(quote)
    scores = {oid: len((w - common) & found.keys()) for oid, w in words.items()}
    top = max(scores.values(), default=0)
    if top == 0:
        return [], None
    matched = [oid for oid, n in scores.items() if n == top]
    first = min(found[w] for oid in matched for w in (words[oid] - common) & found.keys())
    return matched, _polarity(quote.casefold(), first)


def _polarity(text: str, at: int) -> Polarity | None:
    cues: list[tuple[int, Polarity]] = []
    insist_spans = []
    for m in _INSIST.finditer(text):
        cues.append((m.start(), "insist"))
        insist_spans.append(m.span())
    for m in _REFUSE.finditer(text):
        if not any(a <= m.start() < b for a, b in insist_spans):
            cues.append((m.start(), "refuse"))
    before = [c for c in cues if c[0] < at]
    if before:
        return max(before)[1]
    return min(cues)[1] if cues else None


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", text.casefold())
                     if w not in _STOP and len(w) > 2)


def _positions(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in re.finditer(r"[a-z]+", text.casefold()):
        w = m.group(0)
        if w not in _STOP and len(w) > 2:
            out.setdefault(_stem(w), m.start())
    return out


def _issues_named(scenario: Scenario, quote: str, ignore: frozenset[str]) -> list[str]:
    """The issues whose id a quote names (``crimea`` in "Crimean"), for a statement the
    reading ties to no issue; party names do not count."""
    found = _positions(quote)
    return [i.id for i in scenario.issues if (_stems(i.id) - ignore) & found.keys()]


def _side_map(scenario: Scenario, actors: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Reading actor id -> scenario party id, by id, name or alias."""
    names: dict[str, str] = {}
    for p in scenario.parties:
        names.setdefault(_norm(p.id), p.id)
        names.setdefault(_norm(p.title), p.id)
    out = {p.id: p.id for p in scenario.parties}
    for actor in actors:
        aid = str(actor.get("id"))
        labels = [aid, actor.get("name"), *(actor.get("aliases") or ())]
        for label in labels:
            if isinstance(label, str) and _norm(label) in names:
                out[aid] = names[_norm(label)]
                break
    return out


def _issue_map(scenario: Scenario, issues: Sequence[Mapping[str, Any]],
               ignore: frozenset[str]) -> dict[str, str]:
    """Reading issue id -> scenario issue id: the same id, else the one issue sharing the
    most words of id and name, party names aside (none when two tie)."""
    out = {i.id: i.id for i in scenario.issues}
    ours = {i.id: _stems(f"{i.id} {i.name}") - ignore for i in scenario.issues}
    for raw in issues:
        rid = str(raw.get("id"))
        if rid in out:
            continue
        theirs = _stems(f"{rid} {raw.get('name') or ''}") - ignore
        scores = {iid: len(w & theirs) for iid, w in ours.items()}
        top = max(scores.values(), default=0)
        best = [iid for iid, n in scores.items() if n == top]
        if top and len(best) == 1:
            out[rid] = best[0]
    return out


def _items(reading: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = reading.get(key) if isinstance(reading, Mapping) else None
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _source(source: Mapping[str, Any], document: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(document.get("title"), str) and document["title"]:
        out["title"] = document["title"]
    if isinstance(source.get("file"), str) and source["file"]:
        out["file"] = source["file"]
    start, end = source.get("start"), source.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        out.update({"start": start, "end": end})
    return out


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _next_id(taken: set[str]) -> str:
    n = 1 + max((int(t[1:]) for t in taken if re.fullmatch(r"s\d+", t)), default=0)
    while f"s{n}" in taken:
        n += 1
    return f"s{n}"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).removeprefix("the ")


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"
