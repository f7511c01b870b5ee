"""The custom attributes onrecord's spaCy components read and write.

- ``doc._.quotes``: list of ``Quote`` (quotes.py), the paired quotation marks;
- ``doc._.cues``: list of ``Cue`` (cues.py);
- ``doc._.statements``: list of ``records.Statement`` with character offsets into ``doc.text``;
- ``doc._.people``: list of ``records.Person``, each speaker once.

And ``entities(doc)``: ``doc.ents``, made once while the speaker resolver runs (``entities_kept``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span

_ENTITIES: dict[int, tuple[Span, ...]] = {}  # id(doc): its entities, while ``entities_kept`` runs


def ensure_extensions() -> None:
    for name in ("quotes", "cues", "statements", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@contextmanager
def entities_kept(doc: Doc) -> Iterator[None]:
    """Within it, ``entities(doc)`` gives ``doc.ents`` made once: spaCy builds every span anew at each ``doc.ents``
    (the speaker resolver asks for them hundreds of times a document), and nothing sets them after the tagger.
    Kept beside the Doc for the while, not in ``doc.user_data``, which must stay serializable."""
    _ENTITIES[id(doc)] = tuple(doc.ents)
    try:
        yield
    finally:
        _ENTITIES.pop(id(doc), None)


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once within ``entities_kept(doc)``, else anew."""
    found = _ENTITIES.get(id(doc))
    return found if found is not None and (not found or found[0].doc is doc) else tuple(doc.ents)
