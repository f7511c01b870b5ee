"""Line breaks are sentence breaks: the ``onrecord_paragraphs`` component.

Runs before the parser and marks the first token after a line break as a sentence start, so a
headline, a date line or a caption is never parsed into the next paragraph's first sentence
(the parser keeps boundaries that are already set).
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def _breaks(text: str) -> bool:
    return "\n" in text or "\r" in text


def mark_line_starts(doc: Doc) -> Doc:
    # set all starts in one array: setting Token.is_sent_start one by one re-checks the whole doc
    starts = doc.to_array([SENT_START])
    after_break = False
    for tok in doc:
        if after_break and not tok.is_space:
            starts[tok.i] = 1
            after_break = False
        if _breaks(tok.whitespace_) or (tok.is_space and _breaks(tok.text)):
            after_break = True
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], starts)
    return doc


@Language.component("onrecord_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    return mark_line_starts(doc)
