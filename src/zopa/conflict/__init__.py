"""Conflict analysis by the Graph Model for Conflict Resolution (Fang, Hipel and Kilgour,
1993): decision makers, options, states, preferences and stability.

A small model of its own beside the negotiation scenario: conflict files (zopa's YAML or
``.gmcr``) are read by :mod:`~zopa.conflict.load`, compiled by
:func:`~zopa.conflict.model.compile_states`, analysed by
:func:`~zopa.conflict.stability.analyse`; :func:`~zopa.conflict.brief.brief` gathers
everything a reader sees.
"""

from .load import load_conflict, parse_conflict, parse_gmcr
from .model import Conflict, DecisionMaker, Option, States, compile_states
from .stability import CONCEPTS, Stability, analyse

__all__ = ["CONCEPTS", "Conflict", "DecisionMaker", "Option", "Stability", "States",
           "analyse", "compile_states", "load_conflict", "parse_conflict", "parse_gmcr"]
