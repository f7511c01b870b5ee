"""How a name may be written in a source phrase beyond a capitalised word (naming.py, speakers.py): a social network's
handle ("Twitter user *@2Twenty3*"), a surname after the Arabic article and an apostrophe ("Abdelhak *al'Koush*"), a
people's word set before a person's name, no part of it ("*Syrian* Khaldoun Jarbou"), another name set right before
a person's ("writing at *South Jerusalem* Gresghom Gorenberg"), an adjective that opens the sentence before a name
("*Recent* Samsung smart TVs", tagged a person), a station's number after its name ("*News 12* reported") or inside
it ("The Lost *52* Project", ``number_inside``), "Al" as a given name ("Al From"), not the article of a surname ("Al
Yousif"), and a "The" that is part of a name ("The Guardian", ``with_article``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from spacy.tokens import Token

from onrecord import wordlists

HANDLE = re.compile(r"@\w{2,30}")  # a social network's user name
ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)['’][A-Z]")  # "al'Koush" (with a hyphen,
# "al-Sisi", the tokenizer keeps the capital apart)
_PEOPLE_ADJECTIVE = re.compile(r"[a-z](?:ian|ean|ese|ish|i)$")  # "Syrian", "Togolese", "Bahraini"


def written_as_name(tok: Token) -> bool:
    """Whether a word is written as a name: capitalised, a handle or a surname after the Arabic article."""
    return tok.text[:1].isupper() or HANDLE.fullmatch(tok.text) is not None or ARTICLE_NAME.match(tok.text) is not None


def name_read_as_noun(tok: Token) -> bool:
    """A name the tagger took for a singular common noun at its sentence's start ("*Jomra* writes about García:"):
    a word alone, which the article writes elsewhere as a name of its own, a proper noun standing alone as a clause's
    subject ("Peruvian ex-pat in Spain, *Jomra* unequivocally criticizes ..."), and never in lower case. Not a word
    of a longer name ("Prosecution said" after "the Crown Prosecution Service", "Board writes:" after "The Board of
    Directors met"), nor "Banks, which had lobbied" after "Rep. Jim Banks" (read as a plural), nor "Transport for
    London"."""
    if not (tok.is_sent_start and tok.is_title and tok.tag_ == "NN" and not tok.ent_type_
            and tok.left_edge.i == tok.i == tok.right_edge.i):
        return False
    same = [t for t in tok.doc if t.lower_ == tok.lower_ and t.i != tok.i]
    return not any(t.is_lower for t in same) and any(
        t.pos_ == "PROPN" and not t.is_sent_start and t.dep_ in ("nsubj", "nsubjpass") and t.right_edge.i == t.i
        and not any(n.pos_ == "PROPN" for n in (t.nbor(-1), *([t.nbor(1)] if t.i + 1 < len(t.doc) else [])))
        for t in same)


def demonym_before_name(tok: Token, given: frozenset[str]) -> bool:
    """A word for a people set before a person's name, no part of it ("*Syrian* Khaldoun Jarbou"): tagged as a
    people, ending like one's name and none of the ``given`` names ("Christian"); the ending alone would take given
    names the list lacks ("Sami Abu Zuhri", "Tsai Ing-wen"). One of ``demonyms.txt`` is one whatever its tag
    ("*Bahraini* Ali Hassan"), before a person's name or a given name (not "American Express Co", "Korean Air Lines"),
    and not after "the" ("The Chilean Armed Forces")."""
    nxt, peoples = (tok.nbor(1) if tok.i + 1 < len(tok.doc) else None), wordlists.word_set("demonyms.txt")
    if nxt is None or not tok.text[:1].isupper() or not nxt.text[:1].isupper() or tok.lower_ in given \
            or nxt.lower_ in peoples:  # "Saudi Arabian Oil Co"
        return False
    if tok.lower_ in peoples and nxt.pos_ == "PROPN" and (nxt.ent_type_ == "PERSON" or nxt.lower_ in given) \
            and (tok.i == 0 or tok.nbor(-1).lower_ != "the"):
        return True  # a person's name after it, not "American Express Co", "The Chilean Armed Forces"
    return tok.ent_type_ == "NORP" and tok.ent_iob_ == "B" and nxt.ent_type_ != "NORP" \
        and bool(_PEOPLE_ADJECTIVE.search(tok.text))


def name_end(root: Token, end: int, stops: Callable[[int], bool]) -> int:
    """Where the name ending at ``root`` ends, before ``end``: an entity the tagger drew goes on to the right
    ("Ministry of Defence") up to where ``stops`` says; a number the name counts by is part of it ("News 12",
    "Channel 4"), not of a person's ("Smith 2")."""
    doc, right = root.doc, root.i + 1
    if root.ent_iob_ in ("B", "I"):
        while right < end and doc[right].ent_iob_ == "I" and not stops(right):
            right += 1
    if right < end and root.ent_type_ != "PERSON" and doc[right].dep_ == "nummod" and doc[right].head == root \
            and doc[right].text.isdigit() and root.tag_ in ("NNP", "NNPS"):
        right += 1
    return right


def number_inside(tok: Token, root: Token) -> bool:
    """Whether a number stands between capitalised words of a name that is no person's ("The Lost *52* Project")."""
    return (tok.tag_ == "CD" and tok.head.i == root.i > tok.i and root.ent_type_ != "PERSON" and tok.i > 0
            and tok.nbor(-1).tag_ in ("NNP", "NNPS") and tok.nbor(-1).head.i == root.i)


def after_other_name(root: Token, left: int) -> int:
    """Where the PERSON entity of ``root`` starts when another name the tagger drew (a place, a building, an
    organization) stands right before it, from ``left``, with no word between ("writing at South Jerusalem
    *Gresghom Gorenberg*": a blog, then its writer); else ``left``. Two words or more each, the person's opening
    with a capital: one word tagged apart is too often the person's own given name or title ("Arnel dela Vega",
    "Monsenor Jorge Eduardo Scheinig")."""
    doc = root.doc
    own = next((k for k in range(root.i, left, -1) if doc[k].ent_iob_ == "B"), left)
    other = own - left >= 2 and doc[left].ent_iob_ == "B" and doc[own].text[:1].isupper() and root.i > own and all(
        t.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for t in doc[left:own])
    return own if root.ent_type_ == "PERSON" and own > left and other else left


def opening_adjective(tok: Token, given: frozenset[str]) -> bool:
    """An adjective that opens its sentence, capitalised only for that, before a name the tagger drew with it
    ("*Recent* Samsung smart TVs": no person "Recent Samsung"); not one of the ``given`` names."""
    return tok.is_sent_start and tok.tag_ in ("JJ", "JJR", "JJS") and tok.lower_ not in given


def given_al(name: str, names: Iterable[str]) -> bool:
    """Whether "Al" opens a person's full name as the given name ("Al From", "Al Gore"), not as the article of a
    surname ("Al Yousif" of "Mahmood Al Yousif", which the article names longer), nor a news outlet's ("Al Jazeera")."""
    words = name.split()
    return len(words) == 2 and words[0] == "Al" and not any(m.endswith(" " + name) for m in names) \
        and name not in wordlists.word_set("news_outlets.txt")


def with_article(name: str) -> str:
    """A name whose "The" is part of it, as its owner writes it (``names_with_the.txt``): "Guardian" and "the
    Guardian" are "The Guardian"; any other name as it is."""
    return _with_the().get(" ".join(name.removeprefix("the ").removeprefix("The ").split()).casefold(), name)


@cache
def _with_the() -> dict[str, str]:
    return {n.removeprefix("The ").casefold(): n for n in wordlists.entries("names_with_the.txt")}
