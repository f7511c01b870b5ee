"""The full names of bodies named short, as the article writes them elsewhere (speakers.py, rule 5):

- ``full_company``: a company by its first words ("Ford": "Ford Motor Company", ``legal_form_of``) or a body by its
  noun alone ("The Department": "California Department of Corrections and Rehabilitation");
- ``longer_org``: a name that ends a longer one ("Air Force": "United States Air Force"), a newspaper by its last
  word ("the Chronicle": "San Francisco Chronicle"; not "In London, The Times");
- ``org_start``: where a name the parse cut short starts ("Sustainable | Australia"), by ``org_names``;
- ``with_place_owner``: a public body's name with the place that owns it ("Taiwan's Constitutional Court").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.extensions import entities
from onrecord.attribution.naming import norm

_PROPER = {"NNP", "NNPS"}


def bare(ent: Span) -> str:
    """An entity's name without "the"."""
    return ent.text.removeprefix("the ").removeprefix("The ")


def org_start(doc: Doc, span_start: int, left: int, right: int, org_names: set[str]) -> int:
    """Where an organization's name the parse cut short starts: "Sustainable Australia" of "Sustainable
    Australia describes itself", where "Sustainable" was read as an adjective (words not read as proper
    nouns: not "India" of "Prime Minister of India Narendra Modi"), when the article names that
    organization in full elsewhere (``org_names``, folded); else ``left``."""
    if doc[left].ent_type_ == "PERSON" or left >= right:
        return left
    for k in range(span_start, left):
        if (doc[k].text[:1].isupper() and all(t.tag_ not in _PROPER and not naming.role_word(t) for t in doc[k:left])
                and norm(doc[k:right].text) in org_names):
            return k
    return left


def org_names(doc: Doc) -> set[str]:
    """The organizations the article names, folded, without "the"."""
    return {norm(bare(e)) for e in doc.ents if e.label_ == "ORG"}


def full_company(name: str, doc: Doc, acronyms: dict[str, str], kinds: Collection[str] = ()) -> str:
    """The article's one full name of a body named short: a company ("Ford": "Ford Motor Company", an ORG
    entity or a name spelled out before an acronym; not a branch in a place: "Facebook Ireland Limited"), or
    a body by one of the nouns ``kinds`` alone ("The Department": "California Department of Corrections and
    Rehabilitation"), else ``name``."""
    names = {*(e.text.removeprefix("the ").removeprefix("The ") for e in entities(doc) if e.label_ == "ORG"),
             *acronyms.values()}
    places = {w for e in entities(doc) if e.label_ in ("GPE", "NORP") for w in norm(e.text).split()}
    alone = " " not in name and norm(name) in kinds
    fuller = {n for n in names if (legal_form_of(name, n)
                                   and not places & set(norm(n).split()[len(name.split()):]))
              or (alone and n != name and norm(name) in norm(n).split())}
    return fuller.pop() if len(fuller) == 1 else name


def longer_org(name: str, doc: Doc, at: int | None = None) -> str:
    """The one longer organization name in the article that a name of two words or more ends ("Air Force":
    "United States Air Force", also from "the United States Air Force's range"), or a newspaper's last word
    ("Chronicle": "San Francisco Chronicle", ``organization_descriptors.txt`` [mastheads]); ``name`` when there is
    none or there are two ("Court of Justice" beside "European Court of Justice" and "Supreme Court of Justice"),
    and never over an owner ("The Palestinians' Health Ministry" is the Health Ministry). A newspaper's last word
    after a capital "The" inside its sentence (token ``at``) is a paper so named ("In London, The Times said") when
    the article writes the longer name after a small "the" ("the Los Angeles Times"), not in a house style that
    capitalises it ("a Washington Post analysis ... reported by The Post")."""
    if len(name.split()) < 2 and name not in wordlists.section_set("organization_descriptors.txt", "mastheads"):
        return name
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    names = (bare(e).removesuffix("'s").removesuffix("’s") for e in ents)
    longer = {n for n in names if n.endswith(" " + name)
              and all(w[:1].isupper() and not {"'", "’"} & set(w) for w in n[:-len(name)].split())}
    if at and len(name.split()) < 2 and _capital_the(doc, at) and any(
            (i := e.start - 1 + (e[0].lower_ == "the")) >= 0 and doc[i].text == "the"
            for e in ents if bare(e).endswith(" " + name)):
        return name
    return longer.pop() if len(longer) == 1 else name


def _capital_the(doc: Doc, at: int) -> bool:
    """Whether the name at token ``at`` has "The" with a capital before it inside its sentence."""
    return at > 0 and doc[at - 1].text == "The" and not doc[at - 1].is_sent_start


def with_place_owner(doc: Doc, span_start: int, left: int, name: str, written: str) -> tuple[str, str]:
    """A public body's name as written (a word of ``public_bodies.txt``; ``name`` is ``written`` when the article
    gives no fuller one) with the place that owns it, both as the name and as written: "South Dakota's Department of
    Social Services", "Taiwan's Constitutional Court", where the name alone is many bodies (one a country, a state or
    a city). The place is the source phrase's, else the one place the article names as the owner of a body so named
    ("The Constitutional Court also said" after "Taiwan's Constitutional Court"). Only a place (not "the company's
    Ethics Committee", nor a people's plural: "The Palestinians' Health Ministry"); ``name`` and ``written``
    otherwise."""
    if name != written or not set(norm(name).split()) & wordlists.word_set("public_bodies.txt"):
        return name, written
    place = _owning_place(doc, left, span_start)
    if place is None:
        places = {norm(p): p for e in doc.ents if e.label_ == "ORG" and norm(bare(e)) == norm(name)
                  and (p := _owning_place(doc, e.start + (e[0].lower_ == "the"), 0)) is not None}
        place = places.popitem()[1] if len(places) == 1 else None
    if place is None:
        return name, written
    owned = f"{place} {name}"
    return owned, owned


def _owning_place(doc: Doc, left: int, lowest: int) -> str | None:
    """The place whose possessive stands right before token ``left`` ("Taiwan's", "the Philippines'"), as written,
    not before token ``lowest``; None for none."""
    owner = left - 2
    if owner < lowest or doc[left - 1].tag_ != "POS" or doc[owner].ent_type_ != "GPE":
        return None
    place = next((e for e in doc.ents if e.start <= owner < e.end), None)
    if place is None or place.end not in (left - 1, left) or place.start < lowest:  # with its "'s" or not
        return None
    start = place.start + (place[0].lower_ == "the")
    the = start > lowest and doc[start - 1].lower_ == "the"
    return f"{'the ' if the else ''}{doc[start:left].text}"  # "the Philippines' Department of Health"


def legal_form_of(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with only capitalised words and a legal form added at its end
    ("Ford" -> "Ford Motor Company")."""
    a, b = short.split(), full.split()
    if len(b) <= len(a) or [w.lower() for w in b[:len(a)]] != [w.lower() for w in a]:
        return False
    extra = b[len(a):]
    return extra[-1].lower().rstrip(".") in naming.lexicon().forms and all(w[:1].isupper() for w in extra)
