"""Line breaks are sentence breaks: the ``onrecord_paragraphs`` component.

Runs before the parser and marks the first token after a line break as a sentence start, so a
headline, a date line or a caption is never parsed into the next paragraph's first sentence
(the parser keeps boundaries that are already set).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    after_break = False
    for tok in doc:
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            after_break = True
    return doc


@Language.component("onrecord_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    return mark_line_starts(doc)
