"""Statements over options: the conditions of option prioritisation and of infeasible states.

A statement is a small logical formula over a conflict's options, read from text
(Fraser and Hipel, 1988; Fang, Hipel and Kilgour, 1993, ch. 6): an option's id is true in
the states where the option is taken; ``-x`` or ``not x`` negates; ``and``, ``or`` and
``if`` combine (``a if b`` is true unless ``b`` holds and ``a`` does not). ``not`` binds
tightest, then ``and``, ``or``, ``if``; parentheses group.

>>> e = parse_statement("release and -escalate", ["release", "escalate", "attack"])
>>> import numpy as np
>>> holds(e, np.arange(8)).tolist()
[False, True, False, False, False, True, False, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

__all__ = ["And", "Expr", "Literal", "Not", "Or", "holds", "literal_text", "parse_statement",
           "statement_text"]


@dataclass(frozen=True)
class Literal:
    """Option ``option`` (its position) taken (``taken=True``) or not."""

    option: int
    taken: bool = True


@dataclass(frozen=True)
class Not:
    body: Expr


@dataclass(frozen=True)
class And:
    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class Or:
    parts: tuple[Expr, ...]


Expr = Literal | Not | And | Or

_TOKEN = re.compile(r"\s*(\(|\)|-|[A-Za-z_][A-Za-z0-9_]*)")


def parse_statement(text: str, option_ids: Sequence[str]) -> Expr:
    """Read ``text`` over the options named ``option_ids`` (``ValueError`` saying what is
    wrong: an unknown option, a dangling operator, an unclosed parenthesis)."""
    tokens = _tokens(text)
    index = {name: k for k, name in enumerate(option_ids)}
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError(f"statement {text!r} ends too early")
        pos += 1
        return tokens[pos - 1]

    def implication() -> Expr:
        left = disjunction()
        while peek() == "if":
            take()
            right = disjunction()
            left = Or((left, Not(right)))
        return left

    def disjunction() -> Expr:
        parts = [conjunction()]
        while peek() == "or":
            take()
            parts.append(conjunction())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def conjunction() -> Expr:
        parts = [negation()]
        while peek() == "and":
            take()
            parts.append(negation())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def negation() -> Expr:
        token = take()
        if token in ("-", "not"):
            inner = negation()
            if isinstance(inner, Literal):
                return Literal(inner.option, not inner.taken)
            return Not(inner)
        if token == "(":
            inner = implication()
            if take() != ")":
                raise ValueError(f"statement {text!r}: expected ')'")
            return inner
        if token in ("and", "or", "if", ")"):
            raise ValueError(f"statement {text!r}: unexpected '{token}'")
        if token not in index:
            raise ValueError(f"statement {text!r} names an option that does not exist: "
                             f"'{token}'")
        return Literal(index[token])

    result = implication()
    if pos != len(tokens):
        raise ValueError(f"statement {text!r}: unexpected '{tokens[pos]}'")
    return result


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    stripped = text.rstrip()
    if not stripped.strip():
        raise ValueError("a statement cannot be empty")
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if match is None:
            raise ValueError(f"statement {text!r}: cannot read {stripped[pos:].strip()!r}")
        out.append(match.group(1))
        pos = match.end()
    return out


def holds(expr: Expr, codes: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Where ``expr`` is true, for states given by their codes (option k is bit k)."""
    if isinstance(expr, Literal):
        bit = ((codes >> expr.option) & 1).astype(bool)
        return bit if expr.taken else ~bit
    if isinstance(expr, Not):
        return ~holds(expr.body, codes)
    parts = [holds(p, codes) for p in expr.parts]
    out = parts[0].copy()
    for part in parts[1:]:
        if isinstance(expr, And):
            out &= part
        else:
            out |= part
    return out


def literal_text(lit: Literal, option_ids: Sequence[str]) -> str:
    return ("" if lit.taken else "-") + option_ids[lit.option]


def statement_text(expr: Expr, option_ids: Sequence[str]) -> str:
    """The statement written back in the syntax :func:`parse_statement` reads."""
    if isinstance(expr, Literal):
        return literal_text(expr, option_ids)
    if isinstance(expr, Not):
        return f"not ({statement_text(expr.body, option_ids)})"
    joiner = " and " if isinstance(expr, And) else " or "
    return joiner.join(
        f"({statement_text(p, option_ids)})" if isinstance(p, And | Or) else
        statement_text(p, option_ids) for p in expr.parts)
