"""What a poll found, as a reporter opens a sentence with it: "*In* a CNN/ORC poll released Monday, | 31% of
Republicans ... said they were extremely enthusiastic". PolNeAR marks the opening "In" as the cue, the poll as
the source and the clause after the comma as the content: 16 of the 19 sentences of this shape in PolNeAR train
(the other three are not marked at all). A poll's figures are nobody's words, so the statement is "unsaid": it
counts in PolNeAR's broad scope and stays off the record."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from onrecord.attribution.content import prep_object
from onrecord.attribution.cues import saying_words
from onrecord.attribution.token_spans import trim_tokens
from onrecord.records import Span as TextSpan
from onrecord.records import Statement

POLLS = frozenset({"poll", "survey"})  # lemmas; not "study" or "data", which PolNeAR does not mark so


def _not_the_finding(first: Token, poll: Token) -> bool:
    """Whether the clause is not what the poll found: a survey that is no opinion poll (no name of who ran it: "In a
    survey of the damage, officials found ..."), a poll someone else is said to have made or cited ("In a poll *he
    cited* at the rally, Trump said ...", "In a poll *of his own making*"), or a clause in which a person speaks
    ("Trump claimed ...", not "Clinton led Trump by 5 points")."""
    phrase = list(first.subtree)
    if poll.lemma_.lower() == "survey" and not any(t.pos_ == "PROPN" for t in phrase):
        return True
    if any(t.dep_ == "relcl" or t.lower_ == "own" for t in phrase):
        return True
    verb = first.head
    return verb.lemma_.lower() in saying_words() and any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in verb.children)


def poll_findings(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A statement for each sentence that opens "In <a poll>, <clause>", where "In" hangs on the clause's verb;
    none where a statement found already holds the clause."""
    out = []
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ != "in" or first.dep_ != "prep" or first.head.dep_ != "ROOT":
            continue
        poll = prep_object(first)
        if poll is None or poll.lemma_.lower() not in POLLS or _not_the_finding(first, poll):
            continue
        comma = first.right_edge.i + 1
        if comma >= sent.end or doc[comma].text != "," or first.head.i <= comma:
            continue
        start, end = trim_tokens(doc, comma + 1, sent.end)
        if start >= end:
            continue
        clause, poll_phrase = doc[start:end], doc[slice(*trim_tokens(doc, first.i + 1, comma))]
        if any(c.start <= clause.start_char and clause.end_char <= c.end for st in statements for c in st.content):
            continue
        out.append(Statement(kind="indirect", cue=_text_span(doc[first.i:first.i + 1]), source=_text_span(poll_phrase),
                             content=[_text_span(clause)], confidence=0.5, signals={"origin": "poll", "unsaid": True}))
    return out


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text)
