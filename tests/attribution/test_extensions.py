"""``extensions.entities``: the document's entities made once while the speaker resolver runs, and nothing kept
after it."""

from __future__ import annotations

from onrecord.attribution import extensions
from onrecord.attribution.extensions import entities, entities_kept


def test_entities_are_made_once_within_the_resolver_and_forgotten_after(reader):
    doc = reader.nlp("Mayor Maria Lopez met Robert Baker in Paris on Monday.")
    assert [e.text for e in entities(doc)] == [e.text for e in doc.ents] and entities(doc) is not entities(doc)
    with entities_kept(doc):
        kept = entities(doc)
        assert entities(doc) is kept and [e.text for e in kept] == [e.text for e in doc.ents]
        other = reader.nlp("Robert Baker spoke.")
        assert [e.text for e in entities(other)] == ["Robert Baker"]  # another document: its own
    assert id(doc) not in extensions._ENTITIES
