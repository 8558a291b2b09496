"""Uploaded files to the text of a case version: one YAML or JSON scenario file, or the
XML files of a GENIUS domain (a domain file and its profiles).

GENIUS XML is read by ``zopa.interop.genius.scenario_from_genius_files`` when that module
is installed; XML that declares a document type (``<!DOCTYPE``, ``<!ENTITY``) is refused
before any parser sees it, so no entity is ever expanded.

>>> read_upload({"talks.json": b'{"zopa": 1}'})
Traceback (most recent call last):
...
zopa.errors.ScenarioError: talks.json: missing required key 'parties'
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import cast

from ..errors import ScenarioError
from ..scenario import Scenario, dump_scenario
from .cases import check_scenario_text

__all__ = ["GENIUS_MODULE", "Upload", "genius_available", "read_upload"]

GENIUS_MODULE = "zopa.interop.genius"


@dataclass(frozen=True)
class Upload:
    """An upload read and checked: the scenario and the YAML text to store."""

    scenario: Scenario
    text: str
    kind: str


def genius_available() -> bool:
    """Whether this installation can read GENIUS XML."""
    try:
        return importlib.util.find_spec(GENIUS_MODULE) is not None
    except ModuleNotFoundError:
        return False


def read_upload(files: Mapping[str, bytes]) -> Upload:
    """Read one scenario file (YAML or JSON), or several GENIUS XML files."""
    if not files:
        raise ScenarioError("no file was uploaded")
    xml = {name: data for name, data in files.items() if _is_xml(name, data)}
    if xml:
        if len(xml) != len(files):
            raise ScenarioError("upload either GENIUS XML files or one YAML/JSON file, not both")
        return _genius(xml)
    if len(files) > 1:
        raise ScenarioError(f"upload one YAML or JSON scenario file, not {len(files)}")
    ((name, data),) = files.items()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"not UTF-8 text (byte {exc.start})", file=name) from None
    scenario, stored = check_scenario_text(text, file=name)
    return Upload(scenario, stored, "json" if stored is not text else "yaml")


def _is_xml(name: str, data: bytes) -> bool:
    return name.lower().endswith(".xml") or data.lstrip()[:5].lower() == b"<?xml"


def _genius(files: Mapping[str, bytes]) -> Upload:
    for name, data in files.items():
        head = data[:65536].upper()
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise ScenarioError("XML with a document type declaration is refused "
                                "(no entities are expanded)", file=name)
    if not genius_available():
        raise ScenarioError("reading GENIUS XML needs zopa.interop.genius, which this "
                            "installation does not have", file=next(iter(files)))
    module = importlib.import_module(GENIUS_MODULE)
    reader = cast(Callable[[dict[str, bytes]], Scenario], module.scenario_from_genius_files)
    scenario, text = check_scenario_text(dump_scenario(reader(dict(files))),
                                         file=" + ".join(files))
    return Upload(scenario, text, "genius")
