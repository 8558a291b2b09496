"""The outcome space as a product of independent stages.

Utilities are additive, so the outcome space factors issue by issue, except where a red
line or an interaction term names several issues: it couples the issues it names. A stage is one
issue, or one group of issues coupled by multi-issue red lines, given as the list of its
allowed choices (an option per issue of the group) with the utility each choice adds.
Red lines on single issues just remove options; red lines across issues remove
combinations inside their group; an interaction term adds its value to the choices of
its group that fall in its box. The space of outcomes that cross no red line is then
the product of the stages (DESIGN.md: "red lines across issues split the space into a
few separable parts").

With ``track`` set, red lines remove nothing: each choice instead records, as a bit mask,
which of the tracked red lines it crosses (the minimal-concession search needs that).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..space import CompiledRedLine, Space

__all__ = ["MAX_BOXES", "MAX_GROUP_CHOICES", "Stage", "TooCoupled", "build_boxes",
           "build_stages"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: The most combinations one group of coupled issues may have before the space is cut
#: into boxes instead (:func:`build_boxes`).
MAX_GROUP_CHOICES = 1 << 22
#: The most boxes :func:`build_boxes` cuts the space into before it gives up.
MAX_BOXES = 4096


class TooCoupled(Exception):
    """Multi-issue red lines couple so many issues that a stage would be too large."""


@dataclass(frozen=True, eq=False)
class Stage:
    """One factor of the outcome space.

    ``choices[c]`` gives, for each issue of ``issues``, the option index of choice ``c``;
    choices are in the lexicographic order of those issues. ``utility[c]`` is what the
    choice adds to each negotiator's utility; ``crossed[c]`` the bit mask of tracked red
    lines it crosses (0 when nothing is tracked).
    """

    issues: tuple[int, ...]
    choices: IntArray
    utility: FloatArray
    crossed: IntArray

    def __len__(self) -> int:
        return len(self.choices)


def build_stages(space: Space, active: Iterable[int] | None = None,
                 track: Sequence[int] = ()) -> list[Stage]:
    """The stages of ``space``, ordered by their first issue.

    ``active`` are the indices (into ``space.red_lines``) of the red lines in force, all by
    default; they remove options and combinations. ``track`` are red lines whose crossing
    is recorded in ``Stage.crossed`` instead (at most 62), and must not be active.
    """
    red_lines = space.red_lines
    active_set = set(range(len(red_lines)) if active is None else active)
    if len(track) > 62:
        raise ValueError("at most 62 red lines can be tracked")
    bit = {r: 1 << k for k, r in enumerate(track)}
    allowed = [np.ones(n, dtype=bool) for n in space.sizes]
    for r in active_set:
        red_line = red_lines[r]
        if red_line.single_issue:
            allowed[red_line.issues[0]] &= ~red_line.forbidden[0]
    coupling = [red_lines[r].issues for r in sorted(active_set | set(track))
                if not red_lines[r].single_issue]
    coupling += [term.issues for term in space.interactions]
    groups = _groups(len(space.issues), coupling)
    stages = []
    for group in groups:
        if len(group) == 1 and not track:
            # The common case: one issue, its allowed options as they stand.
            stages.append(_single(space, group[0], np.flatnonzero(allowed[group[0]])))
            continue
        choices = _choices(group, allowed)
        if len(choices):
            keep = np.ones(len(choices), dtype=bool)
            for r in active_set:
                red_line = red_lines[r]
                if not red_line.single_issue and set(red_line.issues) <= set(group):
                    keep &= ~_crosses(red_line, group, choices)
            choices = choices[keep]
        crossed = np.zeros(len(choices), dtype=np.int64)
        for r in track:
            red_line = red_lines[r]
            if set(red_line.issues) <= set(group):
                crossed[_crosses(red_line, group, choices)] |= bit[r]
        utility = np.zeros((len(choices), space.party_count))
        for k, issue in enumerate(group):
            utility += space.contributions[issue][choices[:, k]]
        for term in space.interactions:
            if term.issues[0] in group:
                utility[:, term.column] += np.where(term.hits_choices(group, choices),
                                                    term.amount, 0.0)
        stages.append(Stage(issues=group, choices=choices, utility=utility, crossed=crossed))
    return stages


def build_boxes(space: Space, active: Iterable[int] | None = None) -> list[list[Stage]]:
    """The outcomes that cross none of the ``active`` red lines as disjoint products of
    stages ("boxes"), whose union they are.

    Usually one box: the stages of :func:`build_stages`. When multi-issue red lines chain
    so many issues together that one stage would be too large, each multi-issue red line
    instead cuts every box it meets into at most one piece per issue it names (the
    options it does not forbid on the first issue; those it forbids on the first but not
    on the second; ...), dropping the piece it forbids. The pieces are products of
    single-issue stages. Raises :class:`TooCoupled` past :data:`MAX_BOXES` boxes.
    """
    try:
        return [build_stages(space, active)]
    except TooCoupled:
        if space.interactions:
            raise  # boxes of single issues cannot carry a value of several issues
    red_lines = space.red_lines
    chosen = sorted(set(range(len(red_lines)) if active is None else active))
    allowed = [np.ones(n, dtype=bool) for n in space.sizes]
    for r in chosen:
        if red_lines[r].single_issue:
            allowed[red_lines[r].issues[0]] &= ~red_lines[r].forbidden[0]
    boxes = [allowed]
    for r in chosen:
        red_line = red_lines[r]
        if red_line.single_issue:
            continue
        cut: list[list[NDArray[np.bool_]]] = []
        for box in boxes:
            if not all((box[i] & f).any() for i, f in zip(red_line.issues,
                                                          red_line.forbidden, strict=True)):
                cut.append(box)
                continue
            rest = list(box)
            for i, forbidden in zip(red_line.issues, red_line.forbidden, strict=True):
                piece = list(rest)
                piece[i] = rest[i] & ~forbidden
                if piece[i].any():
                    cut.append(piece)
                rest[i] = rest[i] & forbidden
        boxes = cut
        if len(boxes) > MAX_BOXES:
            raise TooCoupled(f"red lines cut the space into more than {MAX_BOXES} boxes")
    return [[_single(space, i, np.flatnonzero(mask)) for i, mask in enumerate(box)]
            for box in boxes]


def _single(space: Space, issue: int, options: IntArray) -> Stage:
    return Stage(issues=(issue,), choices=options[:, None],
                 utility=space.contributions[issue][options],
                 crossed=np.zeros(len(options), dtype=np.int64))


def _groups(issue_count: int, coupling: Sequence[tuple[int, ...]]) -> list[tuple[int, ...]]:
    parent = list(range(issue_count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for issues in coupling:
        first = root(issues[0])
        for other in issues[1:]:
            parent[root(other)] = first
    members: dict[int, list[int]] = {}
    for i in range(issue_count):
        members.setdefault(root(i), []).append(i)
    return sorted((tuple(sorted(m)) for m in members.values()), key=lambda g: g[0])


def _choices(group: tuple[int, ...], allowed: Sequence[NDArray[np.bool_]]) -> IntArray:
    per_issue = [np.flatnonzero(allowed[i]) for i in group]
    total = math.prod(len(p) for p in per_issue)
    if total > MAX_GROUP_CHOICES:
        raise TooCoupled(
            f"red lines couple issues {list(group)} into {total:,} combinations"
        )
    if total == 0:
        return np.empty((0, len(group)), dtype=np.int64)
    if len(group) == 1:
        return per_issue[0].reshape(-1, 1).astype(np.int64)
    grid = np.array(list(itertools.product(*per_issue)), dtype=np.int64) if total < 4096 else (
        np.stack(np.meshgrid(*per_issue, indexing="ij"), axis=-1).reshape(-1, len(group))
    )
    return grid.astype(np.int64)


def _crosses(red_line: CompiledRedLine, group: tuple[int, ...], choices: IntArray
             ) -> NDArray[np.bool_]:
    hit = np.ones(len(choices), dtype=bool)
    for issue, mask in zip(red_line.issues, red_line.forbidden, strict=True):
        hit &= mask[choices[:, group.index(issue)]]
    return hit
