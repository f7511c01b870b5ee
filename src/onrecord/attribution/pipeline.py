"""The attribution pipeline: a spaCy English model plus onrecord's components, in this order.

    onrecord_acronym_norms text            -> token.norm of acronyms spelled like words (before the tagger)
    onrecord_paragraphs  text              -> sentence starts at line breaks (before the parser)
    attribute_ruler      tags, parse       -> token.pos, .morph, .lemma (onrecord_tag_attributes: the model's rules)
    onrecord_quotes      text              -> doc._.quotes
    onrecord_cues        parse, quotes     -> doc._.cues
    onrecord_statements  parse, cues       -> doc._.statements
    onrecord_speakers    statements, ents  -> statement.speaker, doc._.people
    onrecord_confidence  statements        -> statement.confidence (the calibrated probability)

Importing this module registers the components, so ``nlp.add_pipe("onrecord_cues")`` works in a
user's own pipeline too.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from onrecord.attribution import (
    acronyms,  # noqa: F401  (registers the factories)
    confidence,  # noqa: F401
    statements,  # noqa: F401
)
from onrecord.attribution.extensions import ensure_extensions
from onrecord.attribution.tag_attributes import look_up_tag_attributes
from onrecord.attribution.weights import spacy_model_name
from onrecord.errors import ModelError

COMPONENTS = ("onrecord_quotes", "onrecord_cues", "onrecord_statements", "onrecord_speakers", "onrecord_confidence")
MAX_CHARS = 2_000_000


def build(model: str | None = None, attribution: bool = True) -> Language:
    """The spaCy model with onrecord's components; ``attribution=False`` stops after the parse
    (with line breaks as sentence breaks), as training needs."""
    ensure_extensions()
    name = model or spacy_model_name()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from exc
    nlp.max_length = MAX_CHARS + 1
    look_up_tag_attributes(nlp)  # the model's attribute ruler, the same annotations, faster
    nlp.add_pipe("onrecord_acronym_norms", first=True)
    nlp.add_pipe("onrecord_paragraphs", before="parser")
    if attribution:
        for component in COMPONENTS:
            nlp.add_pipe(component)
    return nlp


@lru_cache(maxsize=2)
def shared(model: str | None = None) -> Language:
    """One pipeline per process (a server, a Spark executor), loaded on first use."""
    return build(model)
