"""The command-line names of the built-in negotiation strategies, known without importing
them: ``zopa simulate --help`` and ``zopa tournament --help`` list them at start-up, and
importing the strategies (numpy, the simulation package) would add about 0.3 s to every
``zopa`` command. The strategies register themselves by being defined
(:data:`zopa.simulate.strategies.REGISTRY`); ``tests/simulate/test_cli.py`` fails when
this list and the built-in registry differ.

>>> "nash-seeker" in STRATEGY_NAMES
True
>>> strategy_list()[:30]
'boulware, linear, conceder, ha'
"""

from __future__ import annotations

#: The built-in strategies' names, in the order the help lists them.
STRATEGY_NAMES: tuple[str, ...] = (
    "boulware", "linear", "conceder", "hardliner", "tit-for-tat", "absolute-tit-for-tat",
    "random", "frequency", "nash-seeker",
)


def strategy_list() -> str:
    """The names as the help prints them: comma-separated."""
    return ", ".join(STRATEGY_NAMES)
