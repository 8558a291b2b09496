"""The single negotiating text's drafts as Markdown a mediator can circulate.

Each draft is written issue by issue (the option's label, marked where it changed and
what it replaced), with the requests the parties made on the draft before, why the
mediator adopted what it adopted, and each party's utility with its change.

>>> from zopa.examples import load_example
>>> option_text(load_example(), "crimea", "consultations-15-years")
'Status left to fifteen years of consultations, no force used (consultations-15-years)'
"""

from __future__ import annotations

from ..mediation.single_text import Change, Draft, SingleText
from ..scenario.model import OptionId, Scenario

__all__ = ["option_text", "single_text_markdown"]


def single_text_markdown(result: SingleText, scenario: Scenario) -> str:
    """All the drafts, as one Markdown document."""
    title = scenario.name or "the negotiation"
    lines = [f"# Single negotiating text: {title}", ""]
    if result.dropped:
        lines += [f"Red lines set aside for this text: {', '.join(result.dropped)}.", ""]
    lines += [f"{len(result.drafts)} draft{'s' if len(result.drafts) != 1 else ''}; the last "
              "is on the Pareto frontier: no package is better for one party without being "
              "worse for another.", ""]
    previous: Draft | None = None
    for draft in result.drafts:
        lines += _draft(draft, previous, result, scenario)
        previous = draft
    return "\n".join(lines).rstrip() + "\n"


def _draft(draft: Draft, previous: Draft | None, result: SingleText,
           scenario: Scenario) -> list[str]:
    lines = [f"## Draft {draft.number}", ""]
    if draft.requests:
        lines.append(f"Requests on draft {draft.number - 1}:")
        lines.append("")
        for request in draft.requests:
            who = scenario.party(request.party).title
            if request.change is None:
                lines.append(f"- {who}: no acceptable change of one issue would help it.")
                continue
            status = "adopted" if request.adopted else "not adopted as asked"
            lines.append(f"- {who} asked to move *{_issue(scenario, request.change.issue)}* "
                         f"to {option_text(scenario, request.change.issue, request.change.after)}"
                         f" ({_effects(result, scenario, request.change)}): {status}.")
        lines.append("")
    lines += [draft.reason, ""]
    changed = {c.issue: c for c in draft.changes}
    header = f"| Issue | Draft {draft.number} |" + (" Change |" if previous else "")
    lines += [header, "|---|---|" + ("---|" if previous else "")]
    for issue in scenario.issues:
        option = draft.package.outcome[issue.id]
        cell = option_text(scenario, issue.id, option)
        if previous is None:
            lines.append(f"| {_cell(issue.title)} | {_cell(cell)} |")
            continue
        change = changed.get(issue.id)
        note = (f"**changed** (was: {_cell(option_text(scenario, issue.id, change.before))})"
                if change else "")
        lines.append(f"| {_cell(issue.title)} | {_cell(cell)} | {note} |")
    lines.append("")
    parts = []
    for k, party in enumerate(result.parties):
        text = f"{scenario.party(party).title} {draft.package.utilities[k]:.3f}"
        if previous is not None:
            text += f" ({draft.package.utilities[k] - previous.package.utilities[k]:+.3f})"
        parts.append(text)
    lines += ["Utilities: " + ", ".join(parts) + ".", ""]
    return lines


def option_text(scenario: Scenario, issue_id: str, option: OptionId) -> str:
    """An option as a reader wants it: its label (and its id when they differ)."""
    issue = scenario.issue(issue_id)
    label = issue.label(option)
    return label if issue.numeric or label == str(option) else f"{label} ({option})"


def _issue(scenario: Scenario, issue_id: str) -> str:
    return scenario.issue(issue_id).title


def _effects(result: SingleText, scenario: Scenario, change: Change) -> str:
    return ", ".join(f"{scenario.party(p).title} {e:+.3f}"
                     for p, e in zip(result.parties, change.effect, strict=True))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
