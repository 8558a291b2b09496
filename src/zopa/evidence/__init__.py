"""Evidence in: reading news text offline into actors, issues and attributed statements, and
drafting a scenario from them.

``read_text`` and ``read_files`` return a :class:`Reading` whose ``to_dict()`` is the JSON
contract of ``zopa read --json`` (docs/scenario-format.md, "Reading news text");
``draft_scenario`` turns a reading into the YAML of a scenario skeleton (``zopa draft``).
spaCy is imported only when text is read.
"""

from __future__ import annotations

from .draft import draft_scenario
from .model import Actor, Document, Issue, Reading, Source, Statement
from .reader import read_documents, read_files, read_text

__all__ = ["Actor", "Document", "Issue", "Reading", "Source", "Statement", "draft_scenario",
           "read_documents", "read_files", "read_text"]
