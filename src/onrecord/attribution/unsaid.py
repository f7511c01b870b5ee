"""Cues whose words report no speech, whatever PolNeAR counts: statements.py keeps their statements for
PolNeAR's scope and marks them "unsaid", off the record. A participle that names or describes its noun
("*When asked* to clarify ...", "also called Easter Island"), a verb that only gives a name ("often
referred to as "The Lion Man""), and a verb whose object or particle makes it an act ("claimed 3000
lives", "called off its search"; ``unsaid_objects.tsv``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from onrecord import wordlists
from onrecord.attribution.content import SUBJECTS, two_complements
from onrecord.attribution.cues import after_quotation


def passive_participle(cue_tok: Token) -> bool:
    """Whether a cue is a participle with no subject, auxiliary or agent of its own that modifies a clause
    or a noun ("*When asked* to clarify ..., he said no", "the island, *also called* Easter Island"): the
    noun or subject it goes with is the one asked or named, not a speaker; nor is a noun's participle with an
    agent ("the unilateral move *announced* on Monday by Mike Pompeo"): the noun is a thing, not his words."""
    if cue_tok.tag_ != "VBN" or cue_tok.dep_ not in ("advcl", "acl") or after_quotation(cue_tok):
        return False
    own = {c.dep_ for c in cue_tok.children}
    return not own & {*SUBJECTS, "nsubjpass", "aux", "auxpass"} and (
        "agent" not in own or (cue_tok.dep_ == "acl" and cue_tok.head.pos_ == "NOUN"))


def names_only(cue_tok: Token) -> bool:
    """Whether a naming verb (``naming_verbs.txt``) only gives a name: a complement but no object nor agent
    ("the island of Rapa Nui, *also called* Easter Island", "*often referred to as* "The Lion Man""), or a
    relative word as object and a one-word name ("what WalesOnline called "fury""), not "called *the
    charges* a hoax", "which the New York Times called "the steamiest book ever written ..."" (a verdict)."""
    after = [t.lower_ for t in cue_tok.doc[cue_tok.i + 1:cue_tok.i + 3]]
    if cue_tok.lemma_.lower() == "refer" and after == ["to", "as"]:  # "X, often referred to as Y", not
        return not list(cue_tok.nbor(1).children)  # "which he referred to as Y" (a verdict)
    names = [c for c in cue_tok.children if c.dep_ == "oprd"]
    objects = [c for c in cue_tok.children if c.dep_ in ("dobj", "agent")]
    if (pair := two_complements(cue_tok)) is not None:  # "called Trump a "climate arsonist"": Trump is the object
        objects.append(pair[0])
    return cue_tok.lemma_.lower() in wordlists.word_set("naming_verbs.txt") and bool(names) and (not objects or (
        all(c.tag_ in ("WP", "WDT") for c in objects) and names[0].pos_ in ("NOUN", "PROPN")
        and sum(not t.is_punct for t in names[0].subtree) == 1))  # not a verdict: 'which he called "outrageous"'


def unsaid_object(cue_tok: Token) -> bool:
    """Whether the verb's object makes it no speech (``unsaid_objects.tsv``): "claimed about 3000 lives",
    "wrote the novel Obsession", "acknowledged Haitham as the new Sultan" (someone as something: an act), or
    its particle does ("called off the search")."""
    objects = _unsaid_objects().get(cue_tok.lemma_.lower())
    if not objects or any(c.dep_ == "oprd" for c in cue_tok.children):  # "called the police "an occupying
        return False  # force"": a verdict on it
    dobj = [c for c in cue_tok.children if c.dep_ == "dobj"]
    someone = any(c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
                  for c in dobj)  # a person, not a country or a thing ("acknowledged Russia as the main danger")
    # the object's word, or a noun before a title ("the novel Obsession"; not "the police chief")
    words = [t for c in dobj for t in (c, *(k for k in c.children if k.dep_ == "compound" and c.pos_ == "PROPN"))]
    return any(t.lemma_.lower() in objects for t in words) or any(
        (c.dep_ == "prep" and (f"{c.lower_}+" in objects or (someone and f"{c.lower_}+someone" in objects)))
        or (c.dep_ == "prt" and f"~{c.lower_}" in objects) for c in cue_tok.children)


@cache
def _unsaid_objects() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in wordlists.rows("unsaid_objects.tsv")}
