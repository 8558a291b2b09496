"""KTAB's pseudo-random generator, bit for bit: a 64-bit Mersenne Twister behind a
quadratic bijection.

KTAB (``KTAB/kutils/libsrc/prng.cpp``) seeds ``std::mt19937_64`` with the scenario's
64-bit seed, draws a full-range ``uint64``, and passes it through
``qTrans(n) = (n + C) * (2 n + 3) mod 2**64`` with ``C = 0xE08C1D668B756F83`` (a
permutation of the 64-bit words without fixed points). ``uniform(a, b)`` scales that word
by ``1 / (2**64 - 1)`` (as a double); ``probSel`` draws one uniform and returns the first
index whose running sum of probabilities reaches it. The SMP draws from it only for
stochastic state transitions, once per actor per turn, in actor order.

numpy has no ``mt19937_64``; :class:`KtabPRNG` is the standard algorithm (Matsumoto and
Nishimura, 2000, 64-bit variant) in plain Python: the SMP draws a few numbers a turn.

>>> g = KtabPRNG(5489)
>>> [g.next_raw() for _ in range(1)] == [14514284786278117030]
True
>>> 0.0 <= KtabPRNG(3507583219545544127).uniform() <= 1.0
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["KTAB_DEFAULT_SEED", "KtabPRNG"]

_MASK = (1 << 64) - 1
_NN, _MM = 312, 156
_MATRIX_A = 0xB5026F5AA96619E9
_UPPER, _LOWER = 0xFFFFFFFF80000000, 0x7FFFFFFF
_Q64C = 0xE08C1D668B756F83
_WORD_MAX = float(0xFFFFFFFFFFFFFFFF)

#: KTAB's default seed (``KBase::dSeed``), used when a file gives none.
KTAB_DEFAULT_SEED = 0xD67CC16FE69C185C


class KtabPRNG:
    """``std::mt19937_64`` seeded with ``seed``, with KTAB's ``qTrans`` on every draw."""

    def __init__(self, seed: int) -> None:
        state = [seed & _MASK]
        for i in range(1, _NN):
            prev = state[-1]
            state.append((6364136223846793005 * (prev ^ (prev >> 62)) + i) & _MASK)
        self._state = state
        self._index = _NN

    def _twist(self) -> None:
        mt = self._state
        for i in range(_NN):
            x = (mt[i] & _UPPER) | (mt[(i + 1) % _NN] & _LOWER)
            xa = x >> 1
            if x & 1:
                xa ^= _MATRIX_A
            mt[i] = mt[(i + _MM) % _NN] ^ xa
        self._index = 0

    def next_raw(self) -> int:
        """The Mersenne Twister's next 64-bit output (tempered, before ``qTrans``)."""
        if self._index >= _NN:
            self._twist()
        x = self._state[self._index]
        self._index += 1
        x ^= (x >> 29) & 0x5555555555555555
        x ^= (x << 17) & 0x71D67FFFEDA60000
        x ^= (x << 37) & 0xFFF7EEE000000000
        x ^= x >> 43
        return x & _MASK

    def next_word(self) -> int:
        """KTAB's ``PRNG::uniform()``: the twister's word through ``qTrans``."""
        n = self.next_raw()
        return ((n + _Q64C) * (2 * n + 3)) & _MASK

    def uniform(self, low: float = 0.0, high: float = 1.0) -> float:
        """KTAB's ``PRNG::uniform(a, b)``."""
        x = float(self.next_word()) / _WORD_MAX
        return low + (high - low) * x

    def prob_select(self, probabilities: Sequence[float]) -> int:
        """KTAB's ``PRNG::probSel``: the first index whose running sum reaches a uniform draw."""
        p = self.uniform(0.0, 1.0)
        total = 0.0
        for index, value in enumerate(probabilities):
            total = total + float(value)
            if p <= total:
                return index
        return len(probabilities) - 1
