"""Token spans of a parsed article: their edges trimmed of punctuation and space, the span of a token's subtree,
a span less another, a closing bracket taken in, and the quotations' token spans."""

from __future__ import annotations

from spacy.tokens import Doc, Token

TRIM: frozenset[str] = frozenset(" \t\n\r\u00a0.,;:!?\"'‘’“”«»()[]—–-")
UNITS = frozenset({"%", "‰", "°"})  # signs the lexeme calls punctuation that belong to the number before them
_BRACKETS = {")": "(", "]": "["}


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without whitespace and punctuation at its ends, as the scorers compare spans."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def subtree_bounds(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span without punctuation and space at its edges; quotation marks stay, and so does an editor's
    bracket that opens the first word ("[w]e have never")."""
    while start < end and (doc[start].is_punct and not doc[start].is_quote and not _edited_letter(doc, start)
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and not (doc[end - 1].is_quote or doc[end - 1].tag_ == "''")
                           and doc[end - 1].text not in UNITS or doc[end - 1].is_space  # "’’" is a closing mark
                           or _opening_mark(doc, start, end - 1)):  # the lexeme does not know; "fell to 5%" keeps
        end -= 1  # its sign; the mark that opens the next quotation goes ("... used to be. *''*But those days")
    return start, end


def _opening_mark(doc: Doc, start: int, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens a quotation after a stop, colon or comma: a space before it, none
    after ("be. ''But"), and the marks before it in the span balanced; not an apostrophe ("story from '90s"), nor a
    closing mark typed with a space before it ('"We are ready. "', '"The plan is dead, "Smith said')."""
    def mark(t: Token) -> bool:
        return t.is_quote or t.tag_ in ("''", "``")
    return i > start and mark(doc[i]) and bool(doc[i - 1].whitespace_) and not doc[i].whitespace_ \
        and doc[i - 1].text in (".", "!", "?", ":", ",") and sum(mark(t) for t in doc[start:i]) % 2 == 0


def through_bracket(doc: Doc, start: int, end: int) -> int:
    """The end of ``doc[start:end]`` past the word after it when that word closes a bracket the span opens
    and does not close ("Universal Basic Income (UBI*)*", not "(UBI")."""
    opening = _BRACKETS.get(doc[end].text) if end < len(doc) else None
    closes = opening is not None and sum(t.text == opening for t in doc[start:end]) > sum(
        t.text == doc[end].text for t in doc[start:end])
    return end + 1 if closes else end


def _edited_letter(doc: Doc, i: int) -> bool:
    return doc[i].text == "[" and not doc[i].whitespace_ and i + 1 < len(doc) and "]" in doc[i + 1].text[:3]


def minus(doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[int, int]]:
    parts = [(outer[0], max(outer[0], inner[0])), (min(outer[1], inner[1]), outer[1])]
    return [p for p in (trim_tokens(doc, *p) for p in parts) if p[0] < p[1]]


def breaks_line(text: str) -> bool:
    return "\n" in text or "\r" in text


def quote_token_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for q in doc._.quotes or []:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.append((span.start, span.end))
    return out
