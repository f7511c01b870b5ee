"""A named speaker's kind (speakers.py, rule 5): a person, an organization or a group, from the word lists, the
titles and role nouns around the name, and the article's entity tags."""

from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord import wordlists
from onrecord.attribution import appositions, body_names, naming, persons, referents
from onrecord.attribution.naming import lexicon, norm

PERSON, ORGANIZATION, GROUP, UNNAMED = "person", "organization", "group", "unnamed"
_BODIES = ("ORG", "GPE", "FAC", "LOC")  # the entity tags of a body


def kind_of(name: str, span: Span, root: Token, left: int, role: Token | None, full_names: list[str],
            person_words: set[str]) -> str:
    """The kind of the speaker ``name`` that ``span`` names (``root`` its head word, its name from ``left``; ``role``
    a role noun it stands beside; ``full_names`` the article's full person names, ``person_words`` the words of its
    PERSON entities)."""
    lex, doc = lexicon(), span.doc
    if lex.has_org_word(name) or naming.written_as_body(name) \
            or norm(name) in wordlists.word_set("media_venues.txt"):  # a platform named as a source
        return ORGANIZATION  # "Ministry of Defence", "Znak.com", "Facebook"
    before = doc[max(span.start, root.left_edge.i):left]
    heads = [h for h in (*appositions.within(span, root), *before[-1:], *([role] if role else []))
             if h.tag_ in ("NN", "NNS")]
    if any(referents.collective(lex, h) == ORGANIZATION for h in heads):
        return ORGANIZATION  # "US-based software company Red Hat", "television broadcaster PBS"
    if any(lex.title(t.text) for t in before) or naming.after_role(doc, left):
        return PERSON
    if any(not referents.collective(lex, h) and persons.personal(h.lower_) for h in heads):
        return PERSON  # described by a role noun: "an investigative journalist"
    if naming.given_name_first(name):
        return PERSON  # "Jacqueline De León", whatever the tagger says
    if " " in name and _seated(root):
        return PERSON  # "Suman Haripriya of the Hajo assembly", tagged a body: one who sits in it
    if " " not in name and body_names.full_company(name, doc, {}) != name and not any(
            n.split()[-1] == name for n in full_names) and not any(
            t.text == name and t.i > 0 and (lex.title(t.nbor(-1).text) or t.nbor(-1).pos_ == "PROPN") for t in doc):
        return ORGANIZATION  # a company's short name: "Salling" after "retailer Salling Group"; not a person's surname
        # ("Estée Lauder", "Mr. Koch", "Guccio Gucci"); the article's words scanned only when a company fits
    if (plural := referents.plural_name(root, full_names)) is not None:
        return plural  # "the Tongs" (a family), "Liberal Democrats describes itself" (one body)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) and root.tag_ == "NNP":
        return ORGANIZATION  # a person is never "the X": "according to The Verge"
    labels = [e.label_ for e in doc.ents if norm(e.text.removesuffix("'s")).removeprefix("the ") == norm(name)]
    if (bodies := sum(label in _BODIES for label in labels)) >= 3 and bodies > 2 * labels.count("PERSON"):
        return ORGANIZATION  # the article's tags, by far: "Red Hat" twice a PERSON, ten times an ORG
    if root.ent_type_ == "PERSON" or norm(name).split()[-1] in person_words:
        return PERSON
    if bodies and not any(len(e) > len(name.split()) and e[-1].text == root.text and all(
            t.tag_ == "NNP" for t in e) for e in doc.ents):  # tagged a body and never a person: "a national Gallup
        return ORGANIZATION  # Poll ... Gallup's survey" (ORG); not a surname of "Witold Chrabaszcz" (ORG)
    if root.ent_type_ in _BODIES:
        return ORGANIZATION
    return GROUP if root.ent_type_ == "NORP" else PERSON


def _seated(root: Token) -> bool:
    """Whether a name is said to be "of" a body people sit in (``seated_bodies.txt``: "of the Hajo assembly"; not
    "Qatar Airways of the Oneworld alliance")."""
    seats = wordlists.word_set("seated_bodies.txt")
    return any(c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj" and o.lemma_.lower() in seats
               for c in root.children for o in c.children)

