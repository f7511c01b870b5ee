"""Line breaks are sentence breaks: the ``onrecord_paragraphs`` component.

Runs before the parser and marks the first token after a line break as a sentence start, so a
headline, a date line or a caption is never parsed into the next paragraph's first sentence
(the parser keeps boundaries that are already set). A bracketed sentence end, as editors write one
where a quotation is cut ("who are the victims[.]" She went on ...), ends its sentence too: the
parser does not read "[.]" as a full stop and runs the next sentence into the quoted one.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def _breaks(text: str) -> bool:
    return "\n" in text or "\r" in text


BRACKETED_ENDS = frozenset({".", "!", "?"})
CLOSING_MARKS = frozenset({'"', "'", "”", "’", "»"})


def _after_bracketed_end(doc: Doc, i: int) -> bool:
    """Whether doc[i] opens a sentence after "[.]" (and a closing quotation mark): a capital after a space."""
    j = i - 1
    if j >= 0 and doc[j].text in CLOSING_MARKS:
        j -= 1
    return (j >= 2 and doc[j].text == "]" and doc[j - 1].text in BRACKETED_ENDS and doc[j - 2].text == "["
            and bool(doc[i - 1].whitespace_) and doc[i].text[:1].isupper())


def mark_line_starts(doc: Doc) -> Doc:
    # set all starts in one array: setting Token.is_sent_start one by one re-checks the whole doc
    starts = doc.to_array([SENT_START])
    after_break = False
    text = doc.text  # built anew on each call
    bracketed = any(f"[{end}]" in text for end in BRACKETED_ENDS)  # most texts have none: no look-back
    for tok in doc:
        if after_break and not tok.is_space:
            starts[tok.i] = 1
            after_break = False
        elif bracketed and tok.i and _after_bracketed_end(doc, tok.i):
            starts[tok.i] = 1
        if _breaks(tok.whitespace_) or (tok.is_space and _breaks(tok.text)):
            after_break = True
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], starts)
    return doc


@Language.component("onrecord_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    return mark_line_starts(doc)
