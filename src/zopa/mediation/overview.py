"""The mediator's toolkit run on one scenario, as the report and the workbench show it.

:func:`mediate` runs, on a compiled space and its analysis:

- Adjusted Winner within the red lines (:mod:`~zopa.mediation.division`) on the
  negotiators' weights, when there are exactly two negotiators;
- the single negotiating text (:mod:`~zopa.mediation.single_text`). When no package is
  acceptable to every party, there is no first draft; the text is then written on the
  space the first minimal concession would open (its red lines set aside, and named in
  ``dropped``), and is ``None`` only when no concession of up to the analysis's
  ``max_concessions`` red lines opens one;
- the trades (:mod:`~zopa.mediation.trades`) of the scenario as it stands;
- the Monte Carlo sensitivity (:mod:`~zopa.mediation.sensitivity`) with ``samples``
  samples from ``seed``, its solution statistics taken on the same space as the text.

Same scenario, samples and seed: the same result. Cost on the March 2022 example: a
millisecond or two for the text, the trades and Adjusted Winner; the rest is the
sensitivity, about 0.2 ms per sample (``benchmarks/mediation.py``).

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> result = mediate(compile_space(load_example()), samples=100, seed=1)
>>> result.dropped, result.division is not None, len(result.text.drafts) > 0
(('russia#0', 'russia#1'), True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..analysis import Analysis, analyze
from ..space import Space
from .division import ScenarioDivision, divide
from .packages import relax
from .sensitivity import Sensitivity, sensitivity
from .single_text import NoAcceptablePackageError, SingleText, single_text
from .trades import Trade, trades

__all__ = ["Mediation", "mediate"]


@dataclass(frozen=True, eq=False)
class Mediation:
    """The procedures' results for one scenario (see the module docstring).

    ``division`` is ``None`` unless there are exactly two negotiators; ``text`` is ``None``
    when no package is acceptable even after the first minimal concession; ``dropped``
    names the red lines set aside for the text and the solution statistics.
    """

    space: Space
    analysis: Analysis
    division: ScenarioDivision | None
    text: SingleText | None
    trades: tuple[Trade, ...]
    sensitivity: Sensitivity
    dropped: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Each result as the JSON of its own command (``zopa adjusted-winner --json``,
        ``zopa single-text --json``, the ``trades`` of ``zopa trades --json``, ``zopa
        sensitivity --json``), with the red lines set aside."""
        return {
            "dropped_red_lines": list(self.dropped),
            "adjusted_winner": self.division.to_dict() if self.division is not None else None,
            "single_text": self.text.to_dict() if self.text is not None else None,
            "trades": [t.to_dict() for t in self.trades],
            "sensitivity": self.sensitivity.to_dict(),
        }


def mediate(space: Space, analysis: Analysis | None = None, *, samples: int = 2000,
            seed: int = 1, top: int = 3) -> Mediation:
    """Run the procedures on ``space`` (``analysis`` is computed when not given); ``top``
    packages per bargaining solution are kept in the sensitivity statistics."""
    analysis = analysis if analysis is not None else analyze(space)
    dropped: Sequence[str] = ()
    if not analysis.has_agreement and analysis.concessions:
        dropped = analysis.concessions[0].red_lines
    text: SingleText | None
    try:
        text = single_text(relax(space, dropped), dropped=dropped)
    except NoAcceptablePackageError:
        text = None
    division = divide(space) if space.party_count == 2 else None
    return Mediation(
        space=space, analysis=analysis, division=division, text=text,
        trades=tuple(trades(space)),
        sensitivity=sensitivity(space, samples=samples, seed=seed, drop=dropped, top=top),
        dropped=tuple(dropped))
