"""Acronyms an article defines or uses for an organization it names, each with its full name: how a
speaker written "WHO" or "the CDC" gets the name the article spells out (speakers.py); and the
``onrecord_acronym_norms`` component, which has the parser read an acronym spelled like a word as a name."""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from onrecord import wordlists
from onrecord.attribution.naming import norm

_PROPER = {"NNP", "NNPS"}
_CONNECTORS = {"of", "for", "and", "on", "&", "de"}


def acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms the article defines, folded, with the full name: "the World Health Organization (WHO)"
    gives "who" -> "World Health Organization"; the acronym starts with the name's first letter
    ("Phivolcs" of "Philippine Institute of Volcanology and Seismology"); and those that name one body the
    world over (``known_acronyms.tsv``: "EU" -> "European Union")."""
    out: dict[str, str] = {}
    for t in doc[1:-2]:
        short = t.nbor(1)
        if t.text != "(" or t.nbor(2).text != ")" or not short.text[:1].isupper() or not short.text.replace(
                "&", "").isalnum():  # "Pacific Gas and Electric (PG&E)"
            continue
        start = t.i
        while start > 0:
            prev = doc[start - 1]
            if prev.text[:1].isupper() and prev.tag_ in _PROPER:
                start -= 1
            elif (prev.lower_ in _CONNECTORS or prev.text == "," or (prev.lower_ == "the" and start > 1
                                                   and doc[start - 2].lower_ in _CONNECTORS)) and start > 1:
                start -= 1
            else:
                break
        while start < t.i and not doc[start].text[:1].isupper():
            start += 1
        name = _owned_name(doc, start, t.i, short.text) or _initialled_words(doc, t.i, short.text) or doc[start:t.i]
        if len(name) > 1 and name[0].text[:1].lower() == short.text[:1].lower() and ("," not in name.text or len(
                short) >= sum(w[:1].isupper() for w in name.text.split())):  # "Trade, Industry and Energy" (MOTIE)
            out.setdefault(short.lower_, name.text)
    _initialled(doc, out)
    for short, full in wordlists.rows("known_acronyms.tsv"):  # "The EU said": European Union
        out.setdefault(norm(short), full)
    return out


def _owned_name(doc: Doc, start: int, end: int, short: str) -> Span | None:
    """The name before an acronym grown over a possessive inside it, where the acronym's letters are the name's
    initials: "Catholic Bishops' Conference of the Philippines (CBCP)", not "Conference of the Philippines"."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].tag_ not in _PROPER:
        return None
    first = start - 2
    while first > 0 and doc[first - 1].tag_ in _PROPER and doc[first - 1].text[:1].isupper():
        first -= 1
    initials = "".join(w.text[0] for w in doc[first:end] if w.text[:1].isupper() and w.lower_ not in _CONNECTORS)
    return doc[first:end] if initials == short else None


def _initialled_words(doc: Doc, end: int, short: str) -> Span | None:
    """The words right before an acronym whose initials it is, letter for letter, whatever their tags, the
    first capitalised and the others capitalised or connectors: "Transport for London (TfL)"."""
    start = end - len(short)
    if start < 0 or not short.isalpha() or not doc[start].text[:1].isupper():
        return None
    words = doc[start:end]
    if "".join(w.text[0] for w in words) != short or not all(
            w.is_alpha and (w.text[:1].isupper() or w.lower_ in _CONNECTORS) for w in words):
        return None
    return words


def _initialled(doc: Doc, out: dict[str, str]) -> None:
    """Acronyms the article writes without defining them, each spelled out by the one organization it names
    whose capitalised words begin with the acronym's letters of three or more, the first word aside or not
    ("the Chinese CDC": "Chinese Center for Disease Control and Prevention"), or are two, the acronym's two."""
    names = {e.text.removeprefix("the ").removeprefix("The "): e for e in doc.ents if e.label_ == "ORG"}
    if not names:
        return
    initials = {n: "".join(t.text[0] for t in e if t.text[:1].isupper() and t.lower_ not in (*_CONNECTORS, "the"))
                for n, e in names.items()}
    flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])  # the words in capitals, without a Token for each word
    capitals = ((flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] >= 2)).nonzero()[0]
    for short in {doc[int(i)].text for i in capitals} - {s for s, _ in wordlists.rows("known_acronyms.tsv")}:
        if norm(short) in out:
            continue
        fits = {n for n, i in initials.items() if (i.startswith(short) or i[1:].startswith(short)) and (
            len(short) > 2 or i == short)}  # two letters: all of a two-word name's ("LN": "Live Nation")
        if len(fits) == 1:
            out[norm(short)] = fits.pop()


NAME_NORM = "nato"  # the norm of an acronym the parser reads as a name


@Language.component("onrecord_acronym_norms", assigns=["token.norm"])
def acronym_norms(doc: Doc) -> Doc:
    """Before the parse: an acronym spelled like a word (``word_acronyms.txt``: "the official *WHO* report")
    gets the norm of one the parser reads as a name, unless the words beside it are in capitals too (a
    headline: "WHO WILL PAY?")."""
    words = wordlists.word_set("word_acronyms.txt")
    for t in doc:
        if t.text in words and not any(0 <= j < len(doc) and doc[j].is_upper and len(doc[j]) > 1 and doc[j].is_alpha
                                       for j in (t.i - 1, t.i + 1)):
            t.norm_ = NAME_NORM
    return doc

