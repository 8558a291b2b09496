"""From a negotiation to a conflict: would an agreement on a package be stable?

The construction (documented in ``docs/conflict-format.md``): every negotiating party
``p`` (role ``party``) gets two options, ``<p>_accepts`` (it accepts the package) and
``<p>_escalates`` (it walks away and escalates); taking both is infeasible, so each party
accepts, walks away (neither option) or escalates: ``3**n`` states. The package is the
one given, or the Nash bargaining package of :func:`zopa.analysis.analyze` (``ValueError``
when there is none, that is when no agreement is possible). A party's value of a state:

- everyone accepts: the package's utility for it, ``u_p``;
- otherwise there is no deal: its reservation ``r_p`` (the midpoint of an interval),
  minus ``harm`` for every other party that escalates, minus ``cost`` if it escalates
  itself. Escalation is a sanction: it never pays for itself, it only hurts.

Preferences are the ranking of the states by value (values equal within 1e-9 tie). The
status quo is "no one has accepted yet" (no option taken). So the agreement (all accept)
is Nash stable exactly when the package meets every reservation, and the stability
concepts say whether a party tempted to walk away could be deterred by the others'
escalation (GMR, SMR), credibly (SEQ) or at once (SIM).

>>> from zopa.examples import load_example
>>> model = conflict_from_scenario(load_example("job-offer"))
>>> [o.id for o in model.options]
['candidate_accepts', 'candidate_escalates', 'employer_accepts', 'employer_escalates']
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from ..scenario.model import OptionId, Scenario
from .expr import And, Literal
from .model import Conflict, DecisionMaker, Option

__all__ = ["DEFAULT_COST", "DEFAULT_HARM", "conflict_from_scenario"]

#: What one other party's escalation takes from a party's no-deal value (utility units).
DEFAULT_HARM = 0.1
#: What escalating costs the party that escalates.
DEFAULT_COST = 0.02


def conflict_from_scenario(scenario: Scenario, package: str | Mapping[str, OptionId] |
                           None = None, *, harm: float = DEFAULT_HARM,
                           cost: float = DEFAULT_COST) -> Conflict:
    """The accept / walk away / escalate conflict of ``scenario`` around ``package``
    (``issue=option,...``; default the Nash bargaining package)."""
    from ..analysis import analyze
    from ..mediation.packages import package as make_package
    from ..mediation.packages import parse_package
    from ..space import compile_space

    space = compile_space(scenario)
    if package is None:
        chosen = analyze(space).solutions.get("nash")
        if chosen is None:
            raise ValueError("no agreement is possible, so there is no Nash package: "
                             "give one with --package")
        utilities = np.array(chosen.utilities)
        described = chosen.outcome
    else:
        found = make_package(space, parse_package(space, package))
        utilities = np.array(found.utilities)
        described = found.outcome
    parties = space.parties
    n = len(parties)
    if n > 8:
        raise ValueError(f"{n} parties: the bridge builds 3**n states, at most 8 parties")
    ids = [_word(p) for p in parties]
    names = {p.id: p.name or p.id for p in scenario.parties}
    options: list[Option] = []
    for p, word in zip(parties, ids, strict=True):
        options.append(Option(f"{word}_accepts", f"{names[p]} accepts the package"))
        options.append(Option(f"{word}_escalates", f"{names[p]} walks away and escalates"))
    infeasible = tuple(And((Literal(2 * k), Literal(2 * k + 1))) for k in range(n))
    codes = [c for c in range(1 << (2 * n))
             if not any((c >> (2 * k)) & 1 and (c >> (2 * k + 1)) & 1 for k in range(n))]
    reservations = space.reservations
    dms = []
    for k, p in enumerate(parties):
        value: dict[int, int] = {}
        for code in codes:
            accepts = [(code >> (2 * j)) & 1 for j in range(n)]
            escalates = [(code >> (2 * j + 1)) & 1 for j in range(n)]
            if all(accepts):
                v = float(utilities[k])
            else:
                v = float(reservations[k]) - harm * (sum(escalates) - escalates[k]) - (
                    cost * escalates[k])
            value[code] = round(v * 1e9)
        levels = sorted(set(value.values()), reverse=True)
        ranking = tuple(tuple(c for c in codes if value[c] == level) for level in levels)
        dms.append(DecisionMaker(ids[k], (2 * k, 2 * k + 1), names[p], ranking=ranking))
    text = ", ".join(f"{issue}={option}" for issue, option in described.items())
    return Conflict(
        f"{scenario.name or 'negotiation'}: accept, walk away or escalate",
        tuple(options), tuple(dms), infeasible, status_quo=0,
        description=f"Package: {text}. Built by zopa.conflict.bridge (harm {harm}, "
                    f"cost {cost}).")


def _word(text: str) -> str:
    word = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_") or "party"
    return f"p_{word}" if word[0].isdigit() else word
