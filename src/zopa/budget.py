"""Work budgets: an exact computation that would explode stops with a clear answer.

Some computations grow with the product of the issues' options (enumeration fallbacks,
dominance filters, counting, validation of big grids, stability analysis of large
conflicts). Each charges the units of work it is about to do to a :class:`WorkBudget`;
when the total would pass the limit it raises :class:`BudgetExceeded`, a
:class:`~zopa.errors.ScenarioError` that says what was too large and how to go on, so
the command line prints one line and exits 2 instead of running unbounded. Work, not
time, is budgeted: the same input gives the same answer on any machine.

>>> budget = WorkBudget(1_000, what="an exact frontier")
>>> budget.charge(600)
>>> budget.spent
600
>>> budget.charge(600)
Traceback (most recent call last):
...
zopa.budget.BudgetExceeded: <scenario>: too large for an exact frontier (1,200 units of work, \
limit 1,000); use --budget to raise it
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zopa.errors import ScenarioError

__all__ = ["DEFAULT_WORK", "BudgetExceeded", "WorkBudget"]

#: The default limit: about a few seconds of vectorised numpy work on one core.
DEFAULT_WORK = 200_000_000


class BudgetExceeded(ScenarioError):
    """An exact computation would take more work than its budget allows."""


@dataclass
class WorkBudget:
    """A limit on units of work (array elements touched, outcomes visited, ...).

    ``what`` names the computation in the message; ``hint`` says how to go on.
    """

    limit: int = DEFAULT_WORK
    what: str = "this computation"
    hint: str = "use --budget to raise it"
    spent: int = field(default=0)

    def charge(self, units: int) -> None:
        """Count ``units`` of work about to be done; raise if the limit would be passed."""
        total = self.spent + int(units)
        if total > self.limit:
            default = " in the default budget" if self.limit == DEFAULT_WORK else ""
            raise BudgetExceeded(
                f"too large for {self.what}{default} ({total:,} units of work, "
                f"limit {self.limit:,}); {self.hint}")
        self.spent = total

    def fits(self, units: int) -> bool:
        """Would ``units`` more work fit? (Charges nothing.)"""
        return self.spent + int(units) <= self.limit
