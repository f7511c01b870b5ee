"""Quotations a sentence introduces without a speech verb: "Collins saw compromise as the best way for
the two nations: "I think that those countries should compromise ..."", "Bolton gave a different
account of events, also speaking via Twitter: "I offered to resign ..."". The sentence before the colon
is the reporter's; the quotation is the words of the person it is about, its subject; or of the one it
names as their owner right before a colon or a comma ("in the words of the patient: "..."").

Only a person named (or "he"/"she") as the subject of the sentence's main verb, in the active voice,
before a colon that the quotation opens right after, or a comma after a verb of the act of speaking or posting
that takes no words of its own ('Graham spoke on Fox News, "..."', 'Trump took to social media, posting at
12:54 am on Twitter, "..."'); the quotation must be free (no statement holds it)
and long enough to be someone's words. A sign's or a banner's text ("Protesters carried banners: "...""),
and what a thing "reads" or "shows", have no person as subject and stay out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord.attribution.content import prep_object
from onrecord.attribution.quotes import Quote
from onrecord.records import Span as TextSpan
from onrecord.records import Statement

MIN_WORDS = 4
_ACTS = frozenset({"speak", "post", "tweet", "write", "comment", "respond", "reply"})  # no object of their own


def _person(tok: Token) -> bool:
    """A person or body by name ("Collins", tagged as no entity at all), or "he"/"she"."""
    return tok.lower_ in ("he", "she") or (tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", ""))


def introduced_quotes(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    taken = [(c.start, c.end) for st in statements for c in st.content]
    out = []
    for q in doc._.quotes or []:
        if len(text[q.inner_start:q.inner_end].split()) < MIN_WORDS or any(
                a < q.end and q.start < b and not q.inner_start < a < b <= q.inner_end for a, b in taken):
            continue  # held by a statement (words someone quotes inside it do not count: "… Trump said, '…'")
        before = text[:q.start].rstrip(" \t\u00a0")
        if before[-1:] == "\n" and (lined := before.rstrip(" \t\u00a0\r\n"))[-1:] == ":" \
                and text.count("\n", len(lined), q.start) == 1:  # not over a paragraph break ("has proof:")
            before = lined  # 'reflects this view in Ballot Access News comments:' and the quotation on the next line
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand") if before[-1:] in ":," else None
        if colon is None:
            continue
        if (owner := _words_of(colon[0])) is not None:  # "in the words of the patient: "...""
            start, end = owner.left_edge.i, owner.right_edge.i + 1
            out.append(_statement(doc, text, q, start, end))
            continue
        sent = colon[0].sent
        tops = [t for t in doc[sent.start:colon.start] if t.pos_ in ("VERB", "AUX")
                and (not sent.start <= t.head.i < colon.start or t.head.i == t.i)]
        root = tops[0] if len(tops) == 1 else None  # the clause before the colon (the parse may hang it on the quote)
        if root is None or any(c.dep_ == "auxpass" for c in root.children):
            continue
        if before[-1] != ":" and (any(o.start < q.start and q.end <= o.end for o in doc._.quotes) or not any(
                t.lemma_.lower() in _ACTS and not any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors])
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < colon.start for c in t.children)
                for t in doc[sent.start:colon.start])):
            continue  # a comma only after a verb of the act itself in the main clause, with no object of its own,
            # outside any quotation: 'Graham spoke on Fox News, "..."'; not 'posted a Twitter comment, "..."'
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subject is None or not _person(subject):
            continue
        if any(a <= sent.start_char < b or a < colon.start_char <= b for a, b in taken):
            continue  # the sentence is itself what someone said
        out.append(_statement(doc, text, q, subject.left_edge.i, subject.right_edge.i + 1))
    return out


def _statement(doc: Doc, text: str, q: Quote, start: int, end: int) -> Statement:
    source = TextSpan(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
    return Statement(kind="direct", cue=None, source=source,
                     content=[TextSpan(q.inner_start, q.inner_end, text[q.inner_start:q.inner_end])],
                     confidence=0.6, signals={"origin": "introduced"})


def _words_of(mark: Token) -> Token | None:
    """Whose words a quotation is when the phrase right before its colon or comma says so: "in the words of
    the patient:", "in her own words,": the owner's phrase (its head), else None."""
    doc, k = mark.doc, mark.i - 1
    for t in doc[max(mark.sent.start, k - 12):mark.i]:
        if t.lower_ != "words" or t.dep_ != "pobj" or t.head.lower_ != "in":
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = (prep_object(of) if of is not None else None) or next(
            (c for c in t.children if c.dep_ == "poss"), None)  # "in her own words"
        if owner is not None and max(owner.right_edge.i, t.i) == k:
            return owner
    return None


__all__ = ["introduced_quotes"]
