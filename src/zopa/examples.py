"""The scenarios that ship with zopa (also in the repository's ``examples/`` folder).

>>> "ukraine-russia-2022-03" in names()
True
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .scenario import Scenario, load_scenario

__all__ = ["DEFAULT", "example_path", "load_example", "names"]

#: The example ``zopa analyze`` reads when given no file: the March 2022 talks.
DEFAULT = "ukraine-russia-2022-03"


def names() -> list[str]:
    """The bundled examples, by name (the file name without ``.yaml``)."""
    folder = resources.files("zopa").joinpath("data", "examples")
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir()
                  if p.name.endswith(".yaml"))


def example_path(name: str = DEFAULT) -> Path:
    """The path of a bundled example."""
    path = Path(str(resources.files("zopa").joinpath("data", "examples", f"{name}.yaml")))
    if not path.is_file():
        raise KeyError(f"no bundled example '{name}' (examples: {', '.join(names())})")
    return path


def load_example(name: str = DEFAULT) -> Scenario:
    """Load and check a bundled example."""
    return load_scenario(example_path(name))
