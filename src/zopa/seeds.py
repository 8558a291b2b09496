"""Seeds become random generators in one place.

Every random procedure in zopa takes an explicit seed; :func:`generator` turns it (with
the positions of a sub-stream, such as a seat, a block of samples) into a numpy
generator, ``PCG64(SeedSequence(seed, spawn_key=...))`` (O'Neill 2014; numpy's
``SeedSequence`` mixes the key so that sub-streams are independent). The same seed and
key give the same numbers on every machine and backend, whatever the number of workers.
Tournaments number their sessions with a counter-based ``Philox`` stream instead
(:func:`zopa.simulate.tournament.session_seeds`), so that any session's seed is computed
directly from its number.

>>> generator(7).integers(100, size=3).tolist() == generator(7).integers(100, size=3).tolist()
True
>>> generator(7, 1).random() != generator(7, 2).random()
True
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["generator"]


def generator(seed: int | Sequence[int], *key: int) -> np.random.Generator:
    """The generator of ``seed`` (an int, or a list of ints such as ``[seed, block]``),
    sub-stream ``key`` (none: the seed's own stream, as ``numpy.random.default_rng``)."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=key)))
