"""A scenario skeleton drawn from a reading, for the analyst to confirm (``zopa draft``).

What the text gives is kept as it is; what it does not give is guessed and marked:

- **Parties** are the actors read as parties, the mediators keep ``role: mediator``.
- **Issues** are the issues read (at most :data:`MAX_ISSUES`: those a party's red line bears
  on first, then those the text lists, then known topics, then phrases, each by the number
  of sentences behind it).
- **Options.** Each issue has one option per party, a ``compromise`` option (a compromise or
  a deferral, to confirm) and a ``status-quo`` option where a sentence about the issue
  speaks of the status quo. A party's option is drawn from the words of its statements on
  the issue (:func:`zopa.evidence.options.derive`: the phrase of the quote that holds the
  issue, cut at clause boundaries): first its demands and offers (its own, or reported as
  its demands by another: the mediator's "Russia's request to recognize the Crimean
  peninsula belonging to Russia" is Russia's option "Recognize the Crimean peninsula
  belonging to Russia"), then what its red lines keep ("will not give up its control over
  the border"). A territorial red line that names the issue only by words of territory
  ("will not compromise on territorial integrity") keeps "<region> remains part of <party>";
  one that keeps a place alone ("No Arab leader can give up Jerusalem") reads "<party> keeps
  Jerusalem". What a red line rules out ("would not accept the return of refugees to
  Israel") is the option of a party that has none of its own, and the party that rules it
  out keeps the generic ``<party>-position`` ("Israel's position (to confirm)"), as does
  every party whose statements give nothing. Labels are at most 80 characters; ids are slugs
  of the first content words (``recognize-crimean-peninsula-belonging``), unique within the
  issue. The format gives options no ``evidence``, so a YAML comment under each derived
  option names the statement it comes from (``# from Ibrahim Kalin, ..., 2022-03-20 (s4)``).
- **Red lines.** A red-line statement of a party (said by it, or reported as its demand by
  another) bearing on an issue becomes a ``forbid`` entry excluding every option but the
  party's own, with the statement's words as ``note`` and its id in ``evidence``.
  A red line that names no issue ("Moscow has set conditions") applies to the issues on which
  the party's demands are reported.
- **Numbers** (weights, values, reservations) are guesses, each marked ``# guess: confirm``:
  weight 2 on an issue where the party has a red line, else 1; value 1 for the party's own
  option, 0.5 for the compromise, 0 for another party's option, 0.3 for the status quo;
  reservation 0.
- **Statements** are listed under ``statements:`` with their sources, so that every red line
  cites the words it rests on.

>>> from zopa.evidence.model import Actor, Reading
>>> text = draft_scenario(Reading(actors=(Actor("a", "A", "party"), Actor("b", "B", "party"))))
>>> "parties:" in text and "# guess: confirm" in text
True
"""

from __future__ import annotations

import datetime
import json
import re
from collections import defaultdict
from dataclasses import dataclass

from .gazetteer import words
from .issues import slug
from .model import Issue, Reading, Statement
from .options import Derived, derive

__all__ = ["MAX_ISSUES", "draft_scenario"]

#: The most issues a draft carries (the outcome space grows with every issue).
MAX_ISSUES = 8
GUESS = "# guess: confirm"
COMPROMISE = "A compromise or deferral between the positions (to confirm)"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 2]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]).rstrip(" ,;:") + "..."


def _positions(reading: Reading, parties: list[str], issues: list[Issue]
               ) -> tuple[dict[tuple[str, str], list[Statement]],
                          dict[tuple[str, str], list[Statement]]]:
    """For each (party, issue): the red-line statements and the demands behind its position."""
    ids = {i.id for i in issues}
    red: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    demands: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    general: dict[str, list[Statement]] = defaultdict(list)
    for s in reading.statements:
        if s.side in parties:
            bears = [i for i in s.issues if i in ids]
            if s.kind == "red_line":
                if bears:
                    for issue in bears:
                        red[(s.side, issue)].append(s)
                else:
                    general[s.side].append(s)
            elif s.kind in ("demand", "offer"):
                for issue in bears:
                    demands[(s.side, issue)].append(s)
        for actor in s.about:
            if actor in parties and actor != s.side:
                for issue in (i for i in s.about_issues if i in ids):
                    demands[(actor, issue)].append(s)
    for party, said in general.items():
        for issue in sorted({i for (p, i) in demands if p == party}):
            for x in [*said, *demands[(party, issue)]]:
                if x not in red[(party, issue)]:
                    red[(party, issue)].append(x)
    return red, demands


def draft_scenario(reading: Reading) -> str:
    """The YAML text of a scenario skeleton for ``reading`` (see the module docstring)."""
    parties = [a for a in reading.actors if a.kind == "party"]
    mediators = [a for a in reading.actors if a.kind == "mediator"]
    placeholder_parties = len(parties) < 2
    party_rows = [(a.id, a.name) for a in parties]
    while len(party_rows) < 2:
        n = len(party_rows) + 1
        party_rows.append((f"party-{n}", f"Party {n} (not found in the text)"))
    party_ids = [p for p, _ in party_rows]
    # the issues a party's red line bears on first: a red line read on an issue the draft
    # left out would be applied to the party's other issues instead
    ruled = {i for s in reading.statements if s.kind == "red_line" and s.side in party_ids
             for i in s.issues}
    issues = sorted(reading.issues, key=lambda i: (i.id not in ruled, i.rank,
                                                   -len(i.evidence)))[:MAX_ISSUES]
    order = {i.id: k for k, i in enumerate(reading.issues)}
    issues.sort(key=lambda i: order[i.id])
    red, demands = _positions(reading, party_ids, issues)
    status_quo = _status_quo(reading, issues)
    dates = [d.date for d in reading.documents if d.date]
    date = max(dates) if dates else None
    title = next((d.title for d in reading.documents if d.title), "Negotiation")
    lines = ["# Drafted by `zopa draft` from news text. Every number marked `guess` is a",
             "# placeholder for the analyst to confirm; the statements are quoted as read.",
             "zopa: 1", f"name: {_q(_short(title, 100))}"]
    if date:
        lines.append(f"date: {date.isoformat()}")
    lines.append("description: " + _q(
        "Draft read from " + ", ".join(d.file for d in reading.documents)
        + ". Options, weights, values and reservations are guesses to confirm."))
    if reading.documents:
        lines.append("sources:")
        for d in reading.documents:
            lines.append(f"  - title: {_q(_short(d.title or d.file, 200))}")
            if d.date:
                lines.append(f"    date: {d.date.isoformat()}")
    lines.append("")
    lines.append("parties:")
    for pid, name in party_rows:
        lines += [f"  - id: {pid}", f"    name: {_q(name)}",
                  f"    reservation: 0.0           {GUESS}"]
    for m in mediators:
        lines += [f"  - id: {m.id}", f"    name: {_q(m.name)}", "    role: mediator"]
    if placeholder_parties:
        lines.insert(lines.index("parties:"), "# fewer than two parties found: placeholders")
    lines.append("")
    lines.append("issues:")
    issue_rows = issues or [Issue("issue-1", "Issue (none found in the text)")]
    names = dict(party_rows)
    table = {issue.id: _options(issue, issue_rows, party_ids, names, red, demands)
             for issue in issue_rows}
    for issue in issue_rows:
        lines += [f"  - id: {issue.id}", f"    name: {_q(issue.name)}", "    options:"]
        for option in table[issue.id].values():
            lines += [f"      - id: {option.id}", f"        label: {_q(option.label)}"]
            if option.comment:
                lines.append(f"        # {option.comment}")
        lines += ["      - id: compromise",
                  f"        label: {_q(COMPROMISE)}"]
        if issue.id in status_quo:
            label = _short("The status quo: " + status_quo[issue.id], 80)
            lines += ["      - id: status-quo", f"        label: {_q(label)}"]
    lines.append("")
    lines.append("preferences:")
    for pid in party_ids:
        lines.append(f"  {pid}:")
        lines.append("    weights:")
        for issue in issue_rows:
            weight = 2 if (pid, issue.id) in red else 1
            lines.append(f"      {issue.id}: {weight}    {GUESS}")
        lines.append("    values:")
        for issue in issue_rows:
            values = ", ".join(f"{o.id}: {1.0 if other == pid else 0.0}"
                               for other, o in table[issue.id].items())
            extra = ", status-quo: 0.3" if issue.id in status_quo else ""
            lines.append(f"      {issue.id}: {{{values}, compromise: 0.5{extra}}}    {GUESS}")
        rules = [(issue, red[(pid, issue.id)]) for issue in issue_rows
                 if red.get((pid, issue.id))]
        if rules:
            lines.append("    red_lines:")
        for issue, said in rules:
            others = [o.id for other, o in table[issue.id].items() if other != pid] + [
                "compromise"] + (
                ["status-quo"] if issue.id in status_quo else [])
            lines += [f"      - forbid: {{{issue.id}: [{', '.join(others)}]}}",
                      f"        note: {_q(_short(said[0].quote, 200))}",
                      f"        source: {_q(_source_line(said[0]))}",
                      f"        evidence: [{', '.join(s.id for s in said)}]"]
    statements = list(reading.statements)
    if statements:
        lines.append("")
        lines.append("statements:")
        known = set(party_ids) | {m.id for m in mediators}
        titles = {d.file: d.title for d in reading.documents}
        for s in statements:
            lines += [f"  - id: {s.id}", f"    speaker: {_q(s.speaker)}"]
            if s.side in known:
                lines.append(f"    side: {s.side}")
            if s.title:
                lines.append(f"    title: {_q(s.title)}")
            if s.date:
                lines.append(f"    date: {s.date.isoformat()}")
            lines += [f"    quote: {_q(s.quote)}", f"    kind: {s.kind}",
                      "    source:",
                      f"      title: {_q(_short(titles.get(s.source.file, s.source.file), 200))}",
                      f"      file: {_q(s.source.file)}",
                      f"      start: {s.source.start}", f"      end: {s.source.end}"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class _Option:
    """A party's option on an issue: id, label, and a comment naming the statements it
    rests on (options carry no ``evidence`` in the format, so the draft says it in YAML)."""

    id: str
    label: str
    comment: str = ""


def _options(issue: Issue, issues: list[Issue], parties: list[str], names: dict[str, str],
             red: dict[tuple[str, str], list[Statement]],
             demands: dict[tuple[str, str], list[Statement]]) -> dict[str, _Option]:
    """One option per party on ``issue``, in party order (see the module docstring)."""
    own: dict[str, tuple[Derived, Statement]] = {}
    ruled_out: list[tuple[str, Derived, Statement]] = []
    for pid in parties:
        for s in [*demands.get((pid, issue.id), []), *red.get((pid, issue.id), [])]:
            derived = derive(s.quote, issue, issues) if s.issues or s.about_issues else None
            if derived is None or (derived.umbrella and not (
                    s.kind == "red_line" and _TERRITORY.match(derived.text))):
                continue
            if derived.keeps:
                if pid not in own or (own[pid][0].bare and not derived.bare):
                    own[pid] = derived, s
            else:
                ruled_out.append((pid, derived, s))
    taken = {"compromise", "status-quo"}
    out: dict[str, _Option] = {}
    for pid in parties:
        picked: tuple[Derived, str] | None = None
        if pid in own:
            picked = own[pid][0], f"from {_source_line(own[pid][1])}"
        else:
            by = next(((p, d, s) for p, d, s in ruled_out if p != pid), None)
            if by is not None:
                ruled_out.remove(by)
                picked = by[1], f"what {names[by[0]]} rules out: {_source_line(by[2])}"
        if picked is not None and picked[0].bare and picked[0].keeps and pid in own:
            picked = Derived(f"{names[pid]} keeps {picked[0].text}", True, False), picked[1]
        if picked is None:
            # a long name ("Popular Front for the Renaissance of the Central African
            # Republic") gives way to its id ("FPRC") so that the label stays short
            who = names[pid] if len(names[pid]) <= 50 else pid.upper()
            out[pid] = _Option(f"{pid}-position", f"{who}'s position (to confirm)")
            taken.add(out[pid].id)
            continue
        derived, comment = picked
        if derived.umbrella and issue.territorial:
            core = f"{re.sub(r'^(?:future )?status of ', '', issue.name, flags=re.I)} " \
                   f"remains part of {names[pid]}"
            label = core + (f" ({derived.text})" if len(core) + len(derived.text) <= 77 else "")
        else:
            core = label = derived.text[:1].upper() + derived.text[1:]
        oid = _option_id(core) or f"{pid}-position"
        if oid in taken:
            oid = slug(f"{oid[:30]}-{pid}")
        if oid in taken:
            oid = f"{pid}-position"
        taken.add(oid)
        out[pid] = _Option(oid, _short(label, 80), comment)
    return out


#: What a territorial red line keeps when it names the issue only by these words.
_TERRITORY = re.compile(r"(?:(?:the|its|their|our|any|and|of|\w+al)\s+)*(?:territorial "
                        r"integrity|sovereignty|independence|territory)\b", re.IGNORECASE)
_ID_FILLER = words("the a an of to in on its their his her our for and with by any all from "
                       "at as")


def _option_id(text: str) -> str:
    """A slug of an option's first content words (at most five, whole words, 40 characters)."""
    out = ""
    for word in (w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _ID_FILLER):
        if len(out) + len(word) + 1 > 40 or out.count("-") >= 4:
            break
        out = f"{out}-{word}" if out else word
    return out


def _status_quo(reading: Reading, issues: list[Issue]) -> dict[str, str]:
    """For each issue whose sentences speak of the status quo, the first such sentence."""
    texts = {d.file: d.text for d in reading.documents}
    found: dict[str, str] = {}
    for issue in issues:
        for span in issue.evidence:
            sentence = texts.get(span.file, "")[span.start:span.end]
            if _STATUS_QUO.search(sentence):
                found[issue.id] = sentence
                break
    return found


_STATUS_QUO = re.compile(r"\bstatus quo\b|\bcurrent (?:arrangements?|situation|line|status)\b"
                         r"|\bas things stand\b|\bline of contact\b", re.IGNORECASE)


def _source_line(s: Statement) -> str:
    when = s.date.isoformat() if isinstance(s.date, datetime.date) else "undated"
    who = f"{s.speaker}, {s.title}" if s.title and s.title != s.speaker else s.speaker
    return f"{who}, {when} ({s.id})"
