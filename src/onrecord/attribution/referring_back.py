"""A definite description that stands for the speaker just quoted, for speakers.py: "said study co-author Karen
Alley. The Wooster professor added" (``data/referring_back.txt``); "Sen. Marco Rubio of Florida said ... The Florida
senator told reporters", a role the speaker was named with.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from spacy.tokens import Span, Token

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.antecedents import SUBJECTS
from onrecord.attribution.body_names import bare
from onrecord.attribution.naming import norm

_NAMES = {"NNP", "NNPS"}


@lru_cache(maxsize=1)
def _referring_back() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The cue verbs that go on with the same speaker's words; the nouns for a news outlet or any organization;
    the words that make a description another's."""
    sections = wordlists.sections("referring_back.txt")
    other = {w.lower() for w in sections["other"]} | naming.lexicon().prefixes
    return (frozenset(w.lower() for w in sections["continuing"]),
            frozenset(w.lower() for w in sections["media"] + sections["any body"]), frozenset(other))


class Spoken(Protocol):
    """The speaker of the statement before, as speakers.py knows it."""
    name: str
    kind: str
    gender: str | None
    descriptors: list[str]
    roles: set[str]


def refers_back(span: Span, root: Token, previous: Spoken, last: int, cue: int | None) -> bool:
    """Whether a definite description is the speaker of the statement just before (``previous``, its source at
    character ``last``): "The Wooster professor added" after "said study
    co-author Karen Alley", "The industry publication stated" after "The Aviation Herald reported", "The
    organization also points out" after "The Heritage Foundation notes". It is
    "the", words that describe (adjectives, nouns, names) and a singular head: a role for a person, and
    then with a cue that goes on with the same words ("added", ``referring_back.txt``), or any cue if it is
    still that person's turn (``_still_speaking``); a news
    outlet's noun for an organization ("publication"). It stands in the sentence after that statement's
    source or the same one, with no other person (organization) the subject of a clause, or its owner, in
    between, and no word makes it someone else's ("The other professor", "the deputy minister")."""
    doc, lex, kind, name, gender = span.doc, naming.lexicon(), previous.kind, previous.name, previous.gender
    continuing, media, other = _referring_back()
    words = [t for t in span if t.i != root.i and not t.is_punct]
    if root.tag_ != "NN" or root.ent_type_ or not words or words[0].lower_ != "the" or any(
            t.i > root.i or t.dep_ not in ("det", "amod", "compound") or t.lower_ in other for t in words):
        return False
    if kind == "person":
        cue_tok = doc.char_span(cue, cue + 1, alignment_mode="expand") if cue is not None else None
        if not naming.role_word(root) or gender and lex.gendered.get(root.lower_, gender) != gender:
            return False
        if not (cue_tok and cue_tok.root.lemma_.lower() in continuing):
            return _still_speaking(span, root, previous, last)
    elif kind != "organization" or root.lower_ not in media:
        return False
    sent = span.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    if not start <= last < span.start_char:
        return False
    label, own = ("PERSON" if kind == "person" else "ORG"), set(norm(name).split())
    generic = kind == "organization" and root.lower_ in wordlists.section_set("referring_back.txt", "any body")
    # "The organization": no other body between
    return not any(e.label_ == label and last < e.start_char < span.start_char
                   and not set(norm(bare(e)).split()) <= own
                   and (generic or e.root.dep_ in SUBJECTS or (e.root.dep_ == "poss" and e.root.head.dep_ in SUBJECTS))
                   for e in doc.ents)  # "Vessel Tracker's database had ...": another's; after "The NAACP accused the
    # National Rifle Association", "The organization" may be either


def _still_speaking(span: Span, root: Token, previous: Spoken, last: int) -> bool:
    """Whether a person's role said with any cue is the speaker just quoted ("Florida Sen. Marco Rubio said ... The
    Florida senator said"): a role the speaker was named with, every word before it said of them too (in their
    descriptors or around their name: not "The Texas senator" after "Sen. Marco Rubio", nor "The local health
    minister" after "Civil Aviation Minister Hardeep Singh Puri"), when that speaker's source stands at most three
    sentences before, no other person is named in between, and the words of the role are not all said of another
    person ("Republican nominee Donald Trump ... The Democratic nominee said")."""
    doc, own = span.doc, set(norm(previous.name).split())
    if naming.role_key(root, naming.lexicon().role) not in previous.roles:
        return False
    if not spoke_just_before(span, last):
        return False
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    others = [e for e in people if not set(norm(bare(e)).split()) <= own]
    if any(last < e.start_char < span.start_char for e in others):
        return False
    words = {norm(t.text) for t in span if t.dep_ in ("amod", "compound")}
    said = set(norm(" ".join(previous.descriptors)).split()).union(*(_said_of(e) for e in people if e not in others))
    return words <= said and not any(words | {norm(root.text)} <= _said_of(e) for e in others)


def spoke_just_before(span: Span, last: int, back: int = 3) -> bool:
    """Whether a source at character ``last`` stands before ``span``, at most ``back`` sentences back."""
    starts = [s.start_char for s in span.doc.sents if s.start_char <= span.start_char]
    return not (len(starts) > back and last < starts[-back - 1]) and last < span.start_char


def _said_of(person: Span) -> set[str]:
    """The words a person is named with: their phrase and its appositions ("Democratic nominee Hillary Clinton",
    "Hillary Clinton, the Democratic nominee")."""
    doc = person.doc
    return {norm(t.text) for a in [person.root, *(c for c in person.root.children if c.dep_ == "appos")]
            for t in doc[a.left_edge.i:a.right_edge.i + 1]}
