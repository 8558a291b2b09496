"""Issue by issue: what each party can live with, and where that leaves the issue.

For each party with role ``party``, the options of an issue that its single-issue red
lines do not exclude; their intersection is the issue's common ground. The issue is

- ``blocked`` when the common ground is empty (then no agreement exists at all);
- ``agreed`` when one option in the common ground is a best option (highest value, within
  1e-9) for every negotiator whose ``values`` name the issue;
- ``open`` otherwise.

Red lines that name several issues are not looked at here: they exclude combinations,
not options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from ..scenario.model import OptionId
from ..space import Space
from ._tolerance import TOL

__all__ = ["IssueStatus", "issue_statuses"]

Status = Literal["blocked", "open", "agreed"]


@dataclass(frozen=True)
class IssueStatus:
    """Where one issue stands.

    ``acceptable[p]`` are the options party ``p`` has not ruled out; ``preferred[p]`` its
    best options (for the negotiators whose values name the issue); ``red_lines`` the
    names of the single-issue red lines on this issue, in scenario order.
    """

    id: str
    status: Status
    common_ground: tuple[OptionId, ...]
    acceptable: dict[str, tuple[OptionId, ...]]
    preferred: dict[str, tuple[OptionId, ...]]
    red_lines: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "common_ground": list(self.common_ground)}


def issue_statuses(space: Space) -> tuple[IssueStatus, ...]:
    """The status of every issue, in file order."""
    out = []
    for i, iid in enumerate(space.issues):
        n = space.sizes[i]
        acceptable = {p: np.ones(n, dtype=bool) for p in space.parties}
        lines = []
        for red_line in space.red_lines:
            if red_line.issues == (i,):
                acceptable[red_line.party] &= ~red_line.forbidden[0]
                lines.append(red_line.name)
        common = np.logical_and.reduce(list(acceptable.values()))
        best = {}
        for k, p in enumerate(space.parties):
            if iid in space.scenario.preferences[p].values:
                column = space.values[i][:, k]
                best[p] = column >= column.max() - TOL
        if not common.any():
            status: Status = "blocked"
        elif np.logical_and.reduce([common, *best.values()]).any():
            status = "agreed"
        else:
            status = "open"
        options = space.options[i]
        out.append(IssueStatus(
            id=iid,
            status=status,
            common_ground=tuple(options[j] for j in np.flatnonzero(common)),
            acceptable={p: tuple(options[j] for j in np.flatnonzero(m))
                        for p, m in acceptable.items()},
            preferred={p: tuple(options[j] for j in np.flatnonzero(m)) for p, m in best.items()},
            red_lines=tuple(lines),
        ))
    return tuple(out)
