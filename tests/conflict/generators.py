"""Small random conflicts for the cross-checks (hypothesis strategies)."""

from __future__ import annotations

from hypothesis import strategies as st

from zopa.conflict.expr import And, Expr, Literal, Or
from zopa.conflict.model import Conflict, DecisionMaker, Option


@st.composite
def literals(draw: st.DrawFn, m: int) -> Expr:
    lits = [Literal(k, draw(st.booleans())) for k in
            draw(st.lists(st.integers(0, m - 1), min_size=1, max_size=2, unique=True))]
    return lits[0] if len(lits) == 1 else And(tuple(lits))


@st.composite
def statements(draw: st.DrawFn, m: int) -> Expr:
    parts = draw(st.lists(literals(m), min_size=1, max_size=2))
    return parts[0] if len(parts) == 1 else Or(tuple(parts))


@st.composite
def conflicts(draw: st.DrawFn, max_options: int = 6, max_dms: int = 3,
              rankings: bool = True) -> Conflict:
    m = draw(st.integers(1, max_options))
    n_dm = draw(st.integers(1, min(max_dms, m)))
    owner = [k % n_dm for k in range(m)]
    owner = draw(st.permutations(owner))
    options = tuple(Option(f"o{k}", direction=draw(st.sampled_from(
        ["both", "both", "fwd", "back"]))) for k in range(m))
    infeasible = tuple(draw(st.lists(literals(m), max_size=2)))
    dms = []
    for i in range(n_dm):
        own = tuple(k for k in range(m) if owner[k] == i)
        if rankings and draw(st.booleans()):
            # a payoff per code; turned into a ranking of the feasible states later
            values = draw(st.lists(st.integers(0, 3), min_size=1 << m, max_size=1 << m))
            dms.append((own, None, values))
        else:
            dms.append((own, tuple(draw(st.lists(statements(m), min_size=1, max_size=4))),
                        None))
    feasible = [c for c in range(1 << m) if not any(_holds(e, c) for e in infeasible)]
    out = []
    for i, (own, stmts, values) in enumerate(dms):
        if values is not None:
            levels = sorted({values[c] for c in feasible}, reverse=True)
            ranking = tuple(tuple(c for c in feasible if values[c] == v) for v in levels)
            out.append(DecisionMaker(f"d{i}", own, ranking=ranking if feasible else ((),)))
        else:
            assert stmts is not None
            out.append(DecisionMaker(f"d{i}", own, statements=stmts))
    return Conflict("random", options, tuple(out), infeasible)


def _holds(expr: Expr, code: int) -> bool:
    if isinstance(expr, Literal):
        return bool((code >> expr.option) & 1) == expr.taken
    if isinstance(expr, And):
        return all(_holds(p, code) for p in expr.parts)
    if isinstance(expr, Or):
        return any(_holds(p, code) for p in expr.parts)
    return not _holds(expr.body, code)
