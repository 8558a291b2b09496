"""GENIUS's utility rule, written again for the tests from GENIUS's classes
(``EvaluatorDiscrete``, ``EvaluatorInteger``, ``AdditiveUtilitySpace.getUtility``),
independently of :mod:`zopa.interop.genius`: it reads the XML with ElementTree (these are
trusted test files) and builds, for each issue, a table of ``w_i * e_i(value)``."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

DATA = Path(__file__).parents[1] / "data" / "genius"


def folders() -> list[Path]:
    """Every folder of linear (additive) GENIUS files under tests/data/genius; the
    nonlinear ANAC 2014 ones (``anac/y2014``) have tests of their own."""
    return sorted({p.parent for p in DATA.rglob("*.xml") if "y2014" not in p.parts})


def split(folder: Path) -> tuple[Path, list[Path]]:
    """The domain file and the profiles (file-name order) of a folder."""
    domain, profiles = None, []
    for path in sorted(folder.glob("*.xml")):
        tag = ET.parse(path).getroot().tag
        if tag == "negotiation_template":
            domain = path
        elif tag == "utility_space":
            profiles.append(path)
    assert domain is not None
    return domain, profiles


def domain_values(domain: Path) -> list[tuple[int, list[str] | list[int]]]:
    """(index, values) of each issue, in file order (the test files are flat)."""
    out: list[tuple[int, list[str] | list[int]]] = []
    for issue in ET.parse(domain).getroot().iter("issue"):
        if issue.get("type", "discrete") == "integer":
            lb, ub = int(issue.get("lowerbound", "")), int(issue.get("upperbound", ""))
            out.append((int(issue.get("index", "")), list(range(lb, ub + 1))))
        else:
            out.append((int(issue.get("index", "")),
                        [item.get("value", "") for item in issue.findall("item")]))
    return out


def _round(x: float) -> int:
    return math.floor(x + 0.5)  # Java's Math.round


def profile_tables(domain: Path, profile: Path) -> tuple[list[np.ndarray], float, float]:
    """Per issue, ``w_i * e_i`` of each domain value; the weight sum; the reservation."""
    root = ET.parse(profile).getroot()
    weights = {int(w.get("index", "")): float(w.get("value", "")) for w in root.iter("weight")}
    issues = {int(i.get("index", "")): i for i in root.iter("issue")}
    tables = []
    for index, values in domain_values(domain):
        issue = issues[index]
        if issue.get("type", "discrete") == "integer":
            lb = int(issue.get("lowerbound", ""))
            ev = issue.find("evaluator")
            slope = float(ev.get("slope", "0")) if ev is not None else 0.0
            offset = float(ev.get("offset", "0")) if ev is not None else 0.0
            e = [min(1.0, max(0.0, offset + slope * (x - lb))) for x in values]  # type: ignore[operator]
        else:
            evals: dict[str, float] = {}
            for item in issue.findall("item"):  # direct children: not similarity_function's
                if item.get("evaluation") is not None:
                    evals[item.get("value", "")] = float(item.get("evaluation", ""))
            top = _round(max(evals.values()))
            if top > 1:
                e = [_round(evals.get(str(v), 0.0)) / top for v in values]
            else:
                e = [evals[str(v)] for v in values]
        tables.append(weights[index] * np.array(e))
    reservation = 0.0
    for r in root.iter("reservation"):
        reservation = float(r.get("value", ""))
    return tables, sum(weights.values()), reservation


def outcome_rows(sizes: list[int], limit: int, seed: int = 0) -> np.ndarray:
    """Every outcome (last issue fastest) when there are at most ``limit``; else a
    seeded random sample of ``limit`` of them."""
    total = math.prod(sizes)
    if total <= limit:
        grids = np.meshgrid(*[np.arange(n) for n in sizes], indexing="ij")
        return np.stack([g.ravel() for g in grids], axis=1)
    rng = np.random.default_rng(seed)
    return np.stack([rng.integers(0, n, size=limit) for n in sizes], axis=1)


def genius_utilities(tables: list[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """GENIUS's utility of each outcome: the weighted sum, capped at 1."""
    total = sum(t[rows[:, i]] for i, t in enumerate(tables))
    return np.minimum(1.0, np.asarray(total))
