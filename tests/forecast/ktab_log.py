"""A reader of KTAB's SMP run logs (``smpc`` of May 2017), for the reproduction tests.

It collects every number the log prints that a run determines, each with the number of
decimals it is printed to, in the order KTAB prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NUM = r"[+-]?\d+\.\d+"


def _decimals(token: str) -> int:
    return len(token.split(".")[1])


def _row(line: str) -> list[tuple[float, int]]:
    return [(float(t), _decimals(t)) for t in re.findall(NUM, line)]


@dataclass
class Turn:
    targets: dict[int, tuple[int, float, int]] = field(default_factory=dict)
    estimates: list[tuple[int, int, int, int, float, float, int]] = field(default_factory=list)
    proposals: list[tuple[int, int, list[tuple[float, int]], list[tuple[float, int]]]] = field(
        default_factory=list)
    receiver_views: list[tuple[int, int, list[tuple[float, int]], list[tuple[float, int]]]] = (
        field(default_factory=list))
    compromises: list[tuple[int, int, list[tuple[float, int]], list[tuple[float, int]]]] = (
        field(default_factory=list))
    queues: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    draw_order: list[int] = field(default_factory=list)
    u_im: dict[int, list[list[tuple[float, int]]]] = field(default_factory=dict)
    probability: dict[int, list[tuple[float, int]]] = field(default_factory=dict)
    chosen: dict[int, int] = field(default_factory=dict)
    ideals: dict[int, list[tuple[float, int]]] = field(default_factory=dict)
    fraction: tuple[float, int] | None = None


@dataclass
class Log:
    n: int
    seed: int
    values: list[list[list[tuple[float, int]]]] = field(default_factory=list)
    risk: list[list[tuple[float, int]]] = field(default_factory=list)
    utility: list[list[list[tuple[float, int]]]] = field(default_factory=list)
    estimates: list[list[list[list[tuple[float, int]]]]] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    states: int = 0
    history: dict[tuple[str, str], list[tuple[float, int]]] = field(default_factory=dict)
    probabilities: dict[str, list[tuple[float, int]]] = field(default_factory=dict)

    def queue_order(self) -> tuple[tuple[int, ...], ...]:
        """Per turn, an order of initiators consistent with every printed queue."""
        out = []
        for turn in self.turns:
            before: dict[int, set[int]] = {i: set() for i in range(self.n)}
            for queue in turn.queues.values():
                inits = [i for i, r in queue[1:]]
                for x in range(len(inits)):
                    for y in range(x + 1, len(inits)):
                        if inits[x] != inits[y]:
                            before[inits[y]].add(inits[x])
            order: list[int] = []
            left = set(range(self.n))
            while left:
                a = min(a for a in left if not (before[a] & left))
                order.append(a)
                left.remove(a)
            out.append(tuple(order))
        return tuple(out)

    def draw_order(self) -> tuple[tuple[int, ...], ...]:
        return tuple(tuple(t.draw_order) for t in self.turns)


def _matrix(lines: list[str], at: int, rows: int) -> list[list[tuple[float, int]]]:
    return [_row(lines[at + r]) for r in range(rows)]


def parse_log(text: str) -> Log:
    lines = text.splitlines()
    n = 0
    for line in lines:
        m = re.match(r"(?:Found (\d+) actors|Number of actors: (\d+))", line.strip())
        if m:
            n = int(m.group(1) or m.group(2))
            break
    seed_match = re.search(r"Using PRNG seed:\s+(\d+)", text)
    log = Log(n=n, seed=int(seed_match.group(1)) if seed_match else 0)
    turn: Turn | None = None
    current_k = -1
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("Raw actor-pos value matrix"):
            log.values.append(_matrix(lines, i + 1, n))
            i += n
        elif s.startswith("Inferred risk attitudes"):
            log.risk.append([_row(lines[i + 1 + r])[0] for r in range(n)])
            i += n
        elif s.startswith("Risk-aware actor-pos utility matrix"):
            log.utility.append(_matrix(lines, i + 1, n))
            log.estimates.append([])
            i += n
        elif s.startswith("Estimate by"):
            log.estimates[-1].append(_matrix(lines, i + 1, n))
            i += n
        elif s.startswith("Starting Model::run iteration"):
            turn = Turn()
            log.turns.append(turn)
        elif turn is not None and (m := re.match(
                r"In turn \d+ actor (\d+) has most advantageous target (\d+) worth (\S+)", s)):
            turn.targets[int(m.group(1))] = (int(m.group(2)), float(m.group(3)),
                                              _decimals(m.group(3)))
        elif turn is not None and (m := re.match(r"In turn \d+ Actor (\d+) has no adv", s)):
            turn.targets[int(m.group(1))] = (-1, 0.0, 0)
        elif turn is not None and (m := re.match(
                r"Est by\s+(\d+) of prob (\S+) that \[\s*(\d+)>\s*(\d+)\], with expected gain "
                r"to\s+(\d+) of (\S+)", s)):
            h, p, a, b, k, g = m.groups()
            turn.estimates.append((int(h), int(k), int(a), int(b), float(p), float(g),
                                   _decimals(p)))
        elif turn is not None and (m := re.match(r"Bargain \[\d+, (\d+):(\d+)\] from (\d+)'s", s)):
            a, b, who = (int(x) for x in m.groups())
            # other threads' lines can interleave: take the next two proposals
            found = [lines[x] for x in range(i + 1, min(i + 8, len(lines)))
                     if re.match(rf"\s*{who} proposes", lines[x])][:2]
            entry = (a, b, _row(found[0].split(":", 1)[1]), _row(found[1].split(":", 1)[1]))
            # the initiator's own interpolation, or the receiver's
            (turn.proposals if who == a else turn.receiver_views).append(entry)
        elif turn is not None and (m := re.match(
                r"Power-weighted compromise\s+\[\d+, (\d+):(\d+)\]", s)):
            a, b = int(m.group(1)), int(m.group(2))
            found = [lines[x] for x in range(i + 1, min(i + 8, len(lines)))
                     if re.match(r"\s*compromise proposes", lines[x])][:2]
            turn.compromises.append((a, b, _row(found[0].split(":", 1)[1]),
                                     _row(found[1].split(":", 1)[1])))
        elif turn is not None and (m := re.match(r"Bargains involving actor\s+(\d+): (.*)", s)):
            turn.queues[int(m.group(1))] = [
                (int(x), int(y)) for x, y in re.findall(r"\[\d+, (\d+):(\d+)\]", m.group(2))]
        elif turn is not None and s.startswith("u_im:"):
            rows = _matrix(lines, i + 1, n)
            m2 = re.match(r"Doing scalarPCE for the \d+ bargains of actor (\d+)",
                          lines[i + 1 + n].strip())
            assert m2, lines[i + 1 + n]
            current_k = int(m2.group(1))
            turn.draw_order.append(current_k)
            turn.u_im[current_k] = rows
            i += n
        elif turn is not None and s == "Probability Opt_i":
            count = len(turn.u_im[current_k][0])
            turn.probability[current_k] = [_row(lines[i + 1 + r])[0] for r in range(count)]
            i += count
        elif turn is not None and (m := re.match(r"Chosen bargain \(.*\): \d+ (\d+) out of", s)):
            turn.chosen[current_k] = int(m.group(1)) - 1
        elif turn is not None and (m := re.match(r"ideal\s+(\d+)\s*,\s*\d+\s*:", s)):
            turn.ideals[int(m.group(1))] = _row(lines[i + 1])
        elif turn is not None and (m := re.match(r"Fractional change compared to first step: "
                                                 r"(\S+)", s)):
            turn.fraction = (float(m.group(1)), _decimals(m.group(1)))
        elif m := re.match(r"There were (\d+) states", s):
            log.states = int(m.group(1))
        elif m := re.match(r"(.+?), prob :(.*)", s):
            log.probabilities[m.group(1)] = _row(m.group(2))
        elif (m := re.match(r"(.+?), (.+?):\s+(\d.*)", s)) and log.states:
            log.history[(m.group(1), m.group(2))] = _row(m.group(3))
        i += 1
    return log
