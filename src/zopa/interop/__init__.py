"""Interoperability with the automated-negotiation community's formats.

GENIUS XML (the ANAC domains) and GeniusWeb JSON profiles read into a zopa
:class:`~zopa.scenario.Scenario`, and scenarios written back; every place where the
formats cannot follow each other exactly is returned as a warning, never lost silently.
"""

from ._shared import Conversion, Export
from .genius import (
    DEFAULT_REAL_STEPS,
    convert_genius_files,
    export_genius,
    import_genius,
    import_genius_folder,
    read_genius,
    read_genius_folder,
    scenario_from_genius_files,
    write_genius,
)
from .geniusweb import convert_geniusweb, export_geniusweb, import_geniusweb, write_geniusweb

__all__ = [
    "DEFAULT_REAL_STEPS",
    "Conversion",
    "Export",
    "convert_genius_files",
    "convert_geniusweb",
    "export_genius",
    "export_geniusweb",
    "import_genius",
    "import_genius_folder",
    "import_geniusweb",
    "read_genius",
    "read_genius_folder",
    "scenario_from_genius_files",
    "write_genius",
    "write_geniusweb",
]
