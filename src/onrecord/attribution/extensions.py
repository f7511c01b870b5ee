"""The custom attributes onrecord's spaCy components read and write.

- ``doc._.quotes``: list of ``Quote`` (quotes.py), the paired quotation marks;
- ``doc._.cues``: list of ``Cue`` (cues.py);
- ``doc._.statements``: list of ``records.Statement`` with character offsets into ``doc.text``;
- ``doc._.people``: list of ``records.Person``, each speaker once.
"""

from __future__ import annotations

from spacy.tokens import Doc


def ensure_extensions() -> None:
    for name in ("quotes", "cues", "statements", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
