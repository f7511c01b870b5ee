"""From cues to statements: the ``onrecord_statements`` component.

Reads the parse, ``doc._.quotes`` and ``doc._.cues``; writes ``doc._.statements`` (records.Statement,
character offsets into ``doc.text``, speaker not yet resolved).

For each cue, the source and the content are found in the parse. What wins, in order:

content
  1. "according to X": the clause the phrase hangs on, without the phrase;
  2. a clausal complement of the cue ("said *that ...*");
  3. a cue inside its own content ("..., he said, ..."): the clause around it, without the cue's part;
  4. a quotation next to the cue in its sentence;
  5. an object, open complement or prepositional object of the cue.
source
  1. the object of "according to" / of an agent "by";
  2. the cue's subject, or the subject of the verb it is coordinated with or complements;
  3. a possessive on a noun cue ("Obama's claim").
Quoted paragraphs with no cue of their own continue the previous statement (floating quotes).
"""

from __future__ import annotations

import math
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from .boundaries import cue_span
from .cues import Cue
from .extensions import ensure_extensions
from .linear import BinaryPerceptron
from .records import Span as TextSpan
from .records import Statement

SUBJECTS = ("nsubj", "csubj", "expl")
CLAUSAL = ("ccomp",)
OBJECTS = ("dobj", "xcomp", "attr", "oprd", "acomp")
INHERIT = ("xcomp", "conj", "advcl", "pcomp")
EDGE_PUNCT = set(" \t\n\r\u00a0,;:—–-")


def _subtree_bounds(tok: Token, skip: Token | None = None) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct and not doc[start].is_quote or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].is_space):
        end -= 1
    return start, end


def _char_span(doc: Doc, start: int, end: int) -> TextSpan | None:
    start, end = _trim(doc, start, end)
    if start >= end:
        return None
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return TextSpan(s, e, doc[start:end].text)  # never doc.text: it joins the whole document


def _minus(doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[int, int]]:
    parts = [(outer[0], max(outer[0], inner[0])), (min(outer[1], inner[1]), outer[1])]
    return [p for p in (_trim(doc, *p) for p in parts) if p[0] < p[1]]


TRAILING_CUT = ("parataxis",)


def _content_bounds(tok: Token) -> tuple[int, int]:
    """A content's subtree, less a trailing aside set off by a comma (", the footage showed")."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    for c in tok.rights:
        if c.dep_ in TRAILING_CUT:
            cut = c.left_edge.i
            if cut > start and doc[cut - 1].text in (",", "—", "--", "-") and c.right_edge.i + 1 >= end - 1:
                end = cut - 1
                break
    return start, end


OBJECT_COMPLEMENTS = frozenset({"oprd", "ccomp", "xcomp", "prep"})


def _object_complements(cue_tok: Token, obj: Token, end: int) -> int:
    """An object's own complements hang on the verb: "called *the charges unsubstantiated*",
    "blocked *a company from abandoning ...*"."""
    for c in cue_tok.rights:
        if c.i >= end and c.dep_ in OBJECT_COMPLEMENTS and not cue_tok.doc[end].is_punct:
            end = c.right_edge.i + 1
    return end


def find_source(cue_tok: Token) -> Token | None:
    if cue_tok.lower_ == "according":
        for c in cue_tok.children:
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
            if c.dep_ == "pobj":
                return c
        return None
    tok = cue_tok
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in SUBJECTS and c.dep_ != "expl":
                return c
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "poss":
                    return c
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ in INHERIT and tok.head is not tok:
            tok = tok.head
            continue
        break
    return None


def source_range(cue_tok: Token) -> tuple[int, int] | None:
    """The source as written: its head's subtree (only the head for a possessive, or when the
    subtree holds the cue itself, as in "the man who said")."""
    src = find_source(cue_tok)
    if src is None:
        return None
    start, end = _subtree_bounds(src)
    if src.dep_ == "poss" or start <= cue_tok.i < end:
        start, end = src.i, src.i + 1
    return start, end


def find_addressee(cue_tok: Token, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Whom it was said to: "told *OC Media*", "said *to reporters*", "wrote *to the board*"."""
    def outside(tok: Token) -> bool:
        return not any(s <= tok.i < e for s, e in parts)

    if cue_tok.lower_ == "according":
        return None
    for c in cue_tok.children:
        if c.dep_ == "dobj" and cue_tok.lemma_.lower() in ADDRESSEE_VERBS and outside(c):
            return _subtree_bounds(c)
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i > cue_tok.i and outside(c):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return _subtree_bounds(objs[0])
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") and outside(c):
            return _subtree_bounds(c)
    return None


def find_content(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    doc = cue_tok.doc
    if cue_tok.lower_ == "according":
        gov = cue_tok.head
        while gov.dep_ in ("prep", "pobj") and gov.head is not gov:
            gov = gov.head
        phrase = _subtree_bounds(cue_tok)
        return _minus(doc, _subtree_bounds(gov), phrase)
    adjacent = adjacent_quotes(cue_tok, cue, quotes)
    if adjacent:
        return adjacent
    after_colon = colon_content(cue_tok, cue, quotes)
    if after_colon:
        return [after_colon]
    for c in cue_tok.children:
        if c.dep_ in CLAUSAL:
            return [_content_bounds(c)]
    head = cue_tok.head
    if head is not cue_tok and (cue_tok.dep_ == "parataxis"
                                or cue_tok.dep_ in ("ccomp", "advcl") and head.i < cue_tok.i):
        inner = _subtree_bounds(cue_tok)
        return _minus(doc, _subtree_bounds(head), inner)
    objects = OBJECTS
    if cue_tok.lemma_.lower() in ADDRESSEE_VERBS:
        objects = ("xcomp", "ccomp") + OBJECTS  # "asked the candidates *to discuss ...*"
    for dep in objects:
        for c in cue_tok.children:
            if c.dep_ == dep:
                start, end = _content_bounds(c)
                if dep == "dobj" and cue_tok.lemma_.lower() not in ADDRESSEE_VERBS:
                    end = _object_complements(cue_tok, c, end)
                return [(start, end)]
    if any(c.dep_ == "agent" for c in cue_tok.children):
        for c in cue_tok.children:
            if c.dep_ == "nsubjpass":  # "a different story was told by X"
                return [_subtree_bounds(c)]
    for c in cue_tok.children:
        if c.dep_ == "prep" and c.i > cue_tok.i:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return [_subtree_bounds(g)]
    return []


def colon_content(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"He added: It's typical ..." / "She wrote:" + a quotation: what follows the colon, to the
    end of its paragraph, or the quotation that opens right after it (even in the next paragraph)."""
    doc = cue_tok.doc
    i = cue.end
    while i < len(doc) and i - cue.end < 6 and doc[i].text != ":" and doc[i].head == cue_tok \
            and doc[i].dep_ in ("nsubj", "npadvmod", "advmod", "prep", "dative", "compound"):
        i += 1
    if i >= len(doc) or doc[i].text != ":":
        return None
    start = i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    for q in quotes:
        if q[0] == start:
            return q
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return (start, end) if end > start else None


BRIDGE_DEPS = ("dative", "npadvmod", "prep", "advmod", "aux", "neg")
ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "warn", "remind", "assure", "urge", "advise"})


def adjacent_quotes(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations right before and/or right after the cue, with only its source, punctuation or
    small modifiers between ("'...', he told reporters on Tuesday, '...'")."""
    if not quotes:
        return []
    doc = cue_tok.doc
    bridge = set(range(cue.start, cue.end))
    addressee_object = cue_tok.lemma_.lower() in ADDRESSEE_VERBS
    for c in cue_tok.children:
        if c.dep_ in SUBJECTS or c.dep_ in BRIDGE_DEPS or (addressee_object and c.dep_ == "dobj"):
            bridge.update(range(c.left_edge.i, c.right_edge.i + 1))

    def clear(a: int, b: int) -> bool:
        if a < b and "\n" in doc[a:b].text:
            return False
        return all(i in bridge or doc[i].is_punct or doc[i].is_space for i in range(a, b))

    own_object = any(c.dep_ in CLAUSAL + OBJECTS and c.i > cue.end
                     and not (addressee_object and c.dep_ == "dobj") for c in cue_tok.children)
    if own_object:
        return []
    before = [q for q in quotes if q[1] <= cue.start and clear(q[1], cue.start)]
    after = [q for q in quotes if q[0] >= cue.end and clear(cue.end, q[0])]
    out = []
    if before:
        out.append(max(before, key=lambda q: q[1]))
    if after:
        out.append(min(after, key=lambda q: q[0]))
    return out


CUE_GROWS_OVER = frozenset({"npadvmod", "prep"})


def cue_extended_end(tok: Token, cue: Cue, parts: list[tuple[int, int]]) -> int:
    """A cue reaches up to its content: "said in an interview with CNN", "called on", "made a
    strong condemnation of" (PolNeAR's convention: what stands between head and content is cue)."""
    if not parts or parts[0][0] < cue.end:
        return cue.end
    doc = tok.doc
    stop = parts[0][0]
    end = cue.end
    grown = set()
    for c in tok.children:
        if cue.end <= c.i < stop and c.dep_ in CUE_GROWS_OVER:
            grown.update(range(c.left_edge.i, min(c.right_edge.i + 1, stop)))
    while end < stop and (end in grown or doc[end].dep_ in ("aux", "prep") and doc[end].head == tok):
        end += 1
    while end > cue.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def quote_token_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for q in doc._.quotes or []:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.append((span.start, span.end))
    return out


LEAD_WORDS = re.compile(r"^\W*(?:that|:)?\W*$", re.IGNORECASE)


def _kind(content: list[TextSpan], quotes: list[tuple[int, int]]) -> str:
    """direct: all of the content is quoted (a leading "that" aside); mixed: part of it; else indirect."""
    quoted = unquoted = False
    for c in content:
        covered = sorted((max(qs, c.start), min(qe, c.end)) for qs, qe in quotes if qs < c.end and c.start < qe)
        at = c.start
        rest = []
        for qs, qe in covered:
            if qs > at:
                rest.append(c.text[at - c.start:qs - c.start])
            at = max(at, qe)
            quoted = True
        rest.append(c.text[at - c.start:])
        if not LEAD_WORDS.match(" ".join(rest)):
            unquoted = True
    if quoted:
        return "mixed" if unquoted else "direct"
    return "indirect"


def cue_limits(tok: Token, parts: list[tuple[int, int]], source: tuple[int, int] | None) -> tuple[int, int]:
    """How far a cue may grow: not over its source, not into its content."""
    left, right = -1, len(tok.doc)
    for s, e in parts + ([source] if source else []):
        if e <= tok.i:
            left = max(left, e - 1)
        elif s > tok.i:
            right = min(right, s)
    return left, right


def find_statements(doc: Doc, models: dict[str, BinaryPerceptron] | None = None) -> list[Statement]:
    models = models or {}
    extent_model = models.get("cue_extent")
    cues: list[Cue] = doc._.cues or []
    quotes = quote_token_spans(doc)
    char_quotes = [(q.start, q.end) for q in doc._.quotes or []]
    statements = []
    for cue in cues:
        tok = doc[cue.head]
        parts = find_content(tok, cue, quotes)
        content = [c for c in (_char_span(doc, s, e) for s, e in parts) if c is not None]
        if not content:
            continue
        src_range = source_range(tok)
        source = _char_span(doc, *src_range) if src_range else None
        if src_range is None and any(c.dep_ == "auxpass" for c in tok.children):
            continue  # "crimes have been documented": a passive with no agent is the reporter's voice
        if extent_model is not None and tok.lower_ != "according":
            cue_start, cue_end = cue_span(tok, *cue_limits(tok, parts, src_range), extent_model)
        else:
            cue_start, cue_end = cue.start, cue_extended_end(tok, cue, parts)
        addressee = find_addressee(tok, parts)
        statements.append(Statement(
            kind=_kind(content, char_quotes),
            cue=_char_span(doc, cue_start, cue_end),
            source=source,
            content=content,
            addressee=_char_span(doc, *addressee) if addressee else None,
            confidence=round(1 / (1 + math.exp(-cue.score / 12)), 3),
        ))
    statements.extend(floating_quotes(doc, statements))
    exclude = doc.user_data.get("onrecord.exclude") or []
    if exclude:
        statements = [s for s in statements if not any(a <= s.start < b for a, b in exclude)]
    statements.sort(key=lambda s: s.start)
    return statements


def floating_quotes(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A paragraph that is one quotation with no cue of its own continues the last speaker."""
    text = doc.text
    taken = [(c.start, c.end) for st in statements for c in st.content]
    firsts = sorted(st.start for st in statements)
    out = []
    for q in doc._.quotes or []:
        para_start = text.rfind("\n", 0, q.start) + 1
        para_end = text.find("\n", q.end)
        para_end = len(text) if para_end < 0 else para_end
        if text[para_start:q.start].strip() or text[q.end:para_end].strip(" \t.,;:!?\u00a0"):
            continue
        if not firsts or firsts[0] > q.start:
            continue
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        content = TextSpan(q.inner_start, q.inner_end, text[q.inner_start:q.inner_end])
        if len(content.text.split()) < 4:
            continue
        out.append(Statement(kind="direct", cue=None, source=None, content=[content], confidence=0.6))
    return out


class StatementFinder:
    def __init__(self, models: dict[str, BinaryPerceptron] | None = None) -> None:
        ensure_extensions()
        self.models = models or {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = find_statements(doc, self.models)
        return doc


@Language.factory("onrecord_statements", requires=["doc._.cues", "doc._.quotes"], assigns=["doc._.statements"])
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    from .models import load_attribution_models

    return StatementFinder(load_attribution_models())


__all__ = ["StatementFinder", "find_content", "find_source", "find_statements", "source_range"]
