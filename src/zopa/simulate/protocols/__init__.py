"""Negotiation protocols, each played a round at a time or to the end.

- :class:`AlternatingOffers` (``alternating``): Rubinstein's alternating offers as
  GENIUS's SAOP, for two negotiators, and for more taking turns (an offer stands when
  all the others accept it);
- :class:`SingleTextProtocol` (``mediated``): a mediator's single negotiating text revised by
  feedback (Klein et al. 2003; GENIUS's MediatorFeedbackBasedProtocol);
- :func:`play_batch`: alternating offers for a batch of sessions at once, when no
  strategy reacts to the others (same sessions as turn by turn).
"""

from .alternating import AlternatingOffers
from .base import PROTOCOLS, Played, ProtocolError, ProtocolName, SessionSettings, party_rng
from .batched import batchable, play_batch
from .mediated import MEDIATOR, SingleTextProtocol

__all__ = [
    "MEDIATOR",
    "PROTOCOLS",
    "AlternatingOffers",
    "Played",
    "ProtocolError",
    "ProtocolName",
    "SessionSettings",
    "SingleTextProtocol",
    "batchable",
    "party_rng",
    "play_batch",
]
