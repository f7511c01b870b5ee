"""The words in apposition to a source's head (speakers.py): the name beside a role ("The foreign minister, *Jeyhun
Bayramov*"), also the one the parse hung on a later noun of "one of the ..." ("One of the indigenous leaders of the
protest group, *Alberto Pizango*")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord import wordlists
from onrecord.attribution.extensions import entities
from onrecord.attribution.naming import after_and, animate, given_name_first, lexicon, role_word


def within(span: Span, root: Token) -> list[Token]:
    """The heads in apposition to ``root`` inside ``span``, and their conjuncts there ("The chancellor,
    Pradeep Khosla"; "the lawyers, Ann Lee and Tom Hart")."""
    heads = [c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end]
    return [h for a in heads for h in (a, *a.conjuncts) if span.start <= h.i < span.end]


def appositions(root: Token) -> list[tuple[Token, Token]]:
    """The words in apposition to a source's head, each with the noun it stands beside: "The foreign
    minister, *Jeyhun Bayramov*"; also beside a role the parse joined to the head by a comma alone
    ("University of California, San Diego's *chancellor*, *Pradeep Khosla*": the chancellor's name, not
    a second source); not a name after "and", which the parse hung on the head ("researchers from the
    Georgia Institute of Technology and *University of South Carolina Beaufort*": both are theirs)."""
    beside = [root] + [c for c in root.children if c.dep_ == "conj" and role_word(c)
                       and not any(k.dep_ == "cc" for k in root.children)]
    found = [(c, noun) for noun in beside for c in noun.children if c.dep_ == "appos" and not after_and(c)]
    found += [(n, c) for c, _ in found if c.pos_ == "NOUN" and (role_word(c) or c.lower_ in wordlists.word_set(
              "kin_nouns.txt")) for n in c.children  # "The other man, his cousin *James York*": the man's name
              if n.dep_ == "appos" and n.ent_type_ == "PERSON" and not after_and(n)]
    return found or _one_of_named(root)


def _one_of_named(root: Token) -> list[tuple[Token, Token]]:
    """The person named after "one of the ..." and a comma, whatever noun of the phrase the parse hung the name on
    ("One of the indigenous leaders of the protest group, *Alberto Pizango*, stated": no group's name), not a name
    beside a later noun for a person ("One of the daughters of the slain activist, Berta Caceres": the activist's)."""
    if root.lower_ != "one":
        return []
    nouns, tok = [], root
    while (of := next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None \
            and (tok := next((c for c in of.children if c.dep_ == "pobj"), None)) is not None:
        nouns.append(tok)
    if not nouns or not animate(nouns[0]):
        return []
    return [(c, nouns[0]) for noun in nouns for c in noun.children if c.dep_ == "appos" and not after_and(c)
            and (noun is nouns[0] or lexicon().has_org_word(noun.text))  # not "the daughters of the activist, X"
            and (c.ent_type_ == "PERSON" or given_name_first(root.doc[c.left_edge.i:c.i + 1].text))
            and c.right_edge.i == root.right_edge.i - root.doc[root.right_edge.i].is_punct]


def introduces(ent: Span) -> bool:
    """Whether a person's name of two words or more is the article's first of that surname and has a role beside it
    after a comma ("*Henry Crespo*, president of the ... Caucus")."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc) or doc[ent.end].text != "," or not any(
            c.dep_ == "appos" and c.i > ent.end and c.pos_ == "NOUN" and role_word(c) for c in ent.root.children):
        return False
    return not any(e.label_ == "PERSON" and e[-1].text == ent[-1].text for e in entities(doc) if e.end <= ent.start)
