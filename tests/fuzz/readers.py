"""Every input surface the fuzz suite attacks, one line each.

A :class:`Reader` names a surface, the file suffixes it takes, the function that reads a
file's bytes the way zopa does (raising :class:`~zopa.errors.ScenarioError` on bad input)
and the valid files its mutations start from. Adding a reader (the article, KTAB or
``.gmcr`` readers, say) is one more line in :data:`READERS`: the corpus, the mutation and
the CLI tests pick it up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zopa.examples import example_path, names

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "corpus"
GENIUS = ROOT / "tests" / "data" / "genius" / "anac" / "y2010" / "ItexvsCypress"


@dataclass(frozen=True)
class Reader:
    """One input surface: how zopa reads its files, and valid files to start from."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, bytes], Any]
    seeds: Callable[[], dict[str, bytes]]
    #: ``zopa`` arguments that read such a file given as the last argument, if any.
    command: tuple[str, ...] | None = None
    #: Files read together with the one under test (a GENIUS profile needs its domain).
    companions: Callable[[], dict[str, bytes]] = field(default=lambda: {})


def _scenario(name: str, data: bytes) -> Any:
    from zopa.scenario.load import decode_text, parse_scenario

    return parse_scenario(decode_text(data, file=name), file=name)


def _yaml_seeds() -> dict[str, bytes]:
    return {f"{n}.yaml": example_path(n).read_bytes() for n in names()}


def _json_seeds() -> dict[str, bytes]:
    from zopa.scenario import load_scenario

    return {f"{n}.json": json.dumps(load_scenario(example_path(n)).to_dict(),
                                    ensure_ascii=False).encode() for n in names()}


def _genius(name: str, data: bytes) -> Any:
    from zopa.interop.genius import scenario_from_genius_files

    files = {k: v for k, v in _genius_seeds().items() if k != name}
    return scenario_from_genius_files({**files, name: data})


def _genius_seeds() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(GENIUS.glob("*.xml"))}


def _geniusweb(name: str, data: bytes) -> Any:
    from zopa.interop._shared import json_document
    from zopa.interop.geniusweb import convert_geniusweb

    documents = {k: json_document(v, k) for k, v in _geniusweb_seeds().items() if k != name}
    return convert_geniusweb({**documents, name: json_document(data, name)})


def _geniusweb_seeds() -> dict[str, bytes]:
    from zopa.interop.geniusweb import export_geniusweb
    from zopa.scenario import load_scenario

    return dict(export_geniusweb(load_scenario(example_path("job-offer"))).files)


def _upload(name: str, data: bytes) -> Any:
    from zopa.store.uploads import read_upload

    return read_upload({name: data})


READERS: tuple[Reader, ...] = (
    Reader("scenario-yaml", (".yaml", ".yml"), _scenario, _yaml_seeds, ("validate",)),
    Reader("scenario-json", (".json",), _scenario, _json_seeds, ("validate",)),
    Reader("genius-xml", (".xml",), _genius, _genius_seeds),
    Reader("geniusweb-json", (".json",), _geniusweb, _geniusweb_seeds),
    Reader("upload", (".yaml", ".json", ".xml"), _upload, _yaml_seeds),
)


def readers_for(path: Path) -> list[Reader]:
    """The readers a corpus file is meant for (by its suffix)."""
    return [r for r in READERS if path.suffix.lower() in r.suffixes]
