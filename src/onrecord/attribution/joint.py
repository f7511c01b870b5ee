"""Joint sources: one source phrase that names two or more speakers acting together ("Biden and Sanders
said", "Both the council and the government said", "Two sex workers, Akram Pasha, and Jaya, said").

The guide (GUIDE.md): two sources acting together are both the statement's speakers. A phrase is joint
when its head word has conjuncts joined by "and" (or, for a plural common noun, its apposition has:
"Two sex workers, Akram Pasha, and Jaya"; or the parse made both subjects of the verb, ``split_subject``)
and each conjunct is a possible speaker (``possible``): a name, a personal pronoun ("Both he and ..."),
or a noun for people or a body (``naming.animate``) with a determiner or a possessive, or in the plural
("the council", "his supporters"). Not joint:

- an "and" inside one name: an organization's or a place's entity goes on over it ("Procter & Gamble",
  "Johns Hopkins Center for Systems Science and Engineering"), unless each member is a person the
  article names ("Biden and Sanders" tagged as one organization, or as a title), or one word after "the"
  comes before the rest of an organization's name ("The Bill and Melinda Gates Foundation", ``_one_name``),
  or a place follows a name with "of" ("The Islamic State of Iraq and the Levant", ``_place_of``);
- conjuncts below the head word ("researchers from the University of Washington and Stanford
  University", "New Orleans and Jefferson Parish officials", "projections by CNN and NPR"): one group;
- a role and the name of one person ("Conservative Party leader and Prime Minister Boris Johnson",
  "Researcher and co-author of the study Thomas Rivinius"): a bare singular common noun, or a role
  word written like a name ("Director of ..."), is no member;
- "or", "but"; things ("these videos and NPR", "witness accounts and authorities").

``parts`` finds the members' phrases; speakers.py resolves each like any source (full names,
surnames completed, roles to descriptors, "the council" to the council the article names) and
``speaker`` makes the joint speaker of them: a group named by its members' names joined ("Dick
Durbin and Adam Schiff"), with the members. When a member names nobody, two name the same speaker or
every one is only a description, the phrase is no joint source and is read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Span, Token

from onrecord.attribution import naming
from onrecord.records import Speaker

_ALONG = ("along", "together")
_AND = {"and", "&"}
_EDGE = {"both", "all", "each", "and", "&", "together", "jointly"}  # "both A and B", "A, B and C all"
_PROPER = {"NNP", "NNPS"}
_NAMED = {"PERSON", "ORG", "NORP"}
_PLURAL = {"NNS", "NNPS"}
_ONE_NAME = {"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "LAW"}  # not PERSON: "Biden and Sanders"
_OWNERS = {"det", "poss", "nummod"}
_NOT_AGENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}  # a country may speak


class _Member(Protocol):
    name: str
    kind: str
    descriptors: list[str]
    members: list[Any]
    plural: bool

    def add(self, items: list[str], value: str) -> None: ...


@dataclass
class Parts:
    """A joint source phrase: each member's phrase, and what the phrase says of them all ("Two sex
    workers" of "Two sex workers, Akram Pasha, and Jaya")."""

    spans: list[Span]
    shared: str | None = None
    in_name: bool = False  # the "and" is inside an organization's or a place's entity: people only


def joined_subject(head: Token) -> bool:
    """Whether an active verb's subject has conjuncts joined by "and" ("Holcomb and leaders of the Legislature
    have avoided")."""
    return head.dep_ == "nsubj" and any(c.dep_ == "conj" for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in _AND for c in head.children)


def split_subject(first: Token) -> Token | None:
    """The second subject of a verb, when the parse did not join it to the first, which holds a relative clause and
    the ", and" between them ("Kimberly-Clark, which makes Kleenex, *and* Solaris Paper which makes Sorbent,
    emphasized"): both speak. Not a clause's subject before "and" ("Toomey has not endorsed *Trump and* Kirk
    withdrew", "*Millions dwell* in slums, and ... activists claimed")."""
    verb = first.head
    if first.dep_ != "nsubj" or not possible(first) or any(c.dep_ == "conj" for c in first.children) or not any(
            c.dep_ == "relcl" for c in first.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "nsubj" and first.i < c.i and c.right_edge.i < verb.i), None)
    return second if second is not None and possible(second) and any(
        c.dep_ == "cc" and c.lower_ in _AND and c.i == second.left_edge.i - 1 and c.nbor(-1).text == ","
        for c in first.children) else None


def parts(span: Span, root: Token) -> Parts | None:
    """The members' phrases of a joint source (``span``, its head ``root``), or None when it is not one."""
    shared, base = None, root
    conjuncts = _inside(root.conjuncts, span) or _inside([s] if (s := split_subject(root)) is not None else [], span)
    if not conjuncts and (listed := _included(span, root)) is not None:  # "German firms including A, B and C"
        base, conjuncts = listed, _inside(listed.conjuncts, span)
        shared = naming.as_written([t for t in span if t.i < root.right_edge.i and t.i <= root.i]) or None
    elif not conjuncts and root.tag_ in _PLURAL and root.pos_ == "NOUN":  # "Two sex workers, Akram Pasha, and Jaya"
        named = [c for c in root.children if c.dep_ == "appos" and c.tag_ in _PROPER and _inside(c.conjuncts, span)
                 and span.start <= c.i < span.end]
        if not named:
            return None
        base = named[0]
        conjuncts = _inside(base.conjuncts, span)
        before = [t for t in span if t.i < base.left_edge.i]
        shared = naming.as_written(before[1:] if before and before[0].dep_ == "det" else before) or None
    along = _along_with(span, root) if not conjuncts else None
    if along is not None:  # "Planned Parenthood, along with the American Civil Liberties Union, have announced"
        conjuncts = [along]
    if not conjuncts:
        return None
    heads = sorted([base, *conjuncts], key=lambda t: t.i)
    links = [c for h in heads for c in h.children if c.dep_ == "cc" and span.start <= c.i < span.end]
    if along is None and (not links or any(c.lower_ not in _AND for c in links)):  # "or", "but"
        return None
    in_name = any(c.ent_iob_ == "I" and c.ent_type_ in _ONE_NAME for c in links)  # "Procter & Gamble"
    if not all(possible(h) for h in heads):
        return None
    spans = [_phrase(span, h, heads) for h in heads]
    if any(s is None for s in spans) or _one_name(spans) or _place_of(spans):  # type: ignore[arg-type]
        return None
    return Parts([s for s in spans if s is not None], shared, in_name)


def _along_with(span: Span, root: Token) -> Token | None:
    """The name after "along with" or "together with" set off by a comma after the head ("Planned Parenthood,
    along with the American Civil Liberties Union, have announced"): it acts with the head."""
    for c in root.children:
        if c.lower_ in _ALONG and c.i > root.i and c.nbor(-1).text == "," and span.start <= c.i < span.end:
            with_ = next((g for g in c.children if g.lower_ == "with"), None)
            obj = next((g for g in with_.children if g.dep_ == "pobj"), None) if with_ is not None else None
            if obj is not None and obj.tag_ in _PROPER:
                return obj
    return None


def _included(span: Span, root: Token) -> Token | None:
    """The first of the names a plural noun lists with "including" or "such as", however the parse hangs
    "such" ("German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced"):
    the named members spoke."""
    if root.tag_ not in _PLURAL:
        return None
    for c in root.children:
        such_as = c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "such"  # "such" may hang on "as"
        if c.dep_ == "prep" and (c.lower_ in ("including", "such") or such_as) and span.start <= c.i < span.end:
            objects = [g for g in c.subtree if g.dep_ == "pobj" and g.head.i in (c.i, c.i + 1)]
            if objects and naming.lexicon().title(objects[0].text):  # "including Sens. John McCain, Kelly Ayotte
                objects = [a for a in root.children if a.dep_ == "appos" and a.tag_ in _PROPER  # and ...": the title
                           and a.i > objects[0].i and span.start <= a.i < span.end]  # the pobj, the names after it
            if objects and objects[0].tag_ in _PROPER:
                return objects[0]
    return None


def possible(head: Token) -> bool:
    """Whether a conjunct can be a speaker of its own: a name (not a role written like one), a personal
    pronoun, or a noun for people or a body with a determiner or a possessive, or in the plural."""
    if head.ent_type_ in _NOT_AGENTS:
        return False
    if head.pos_ == "PRON":
        return head.lower_ in naming.lexicon().pronouns
    if head.text[:1].isupper() and (head.tag_ in _PROPER or head.ent_type_ in _NAMED or head.is_sent_start):
        return head.ent_type_ in _NAMED or not naming.role_word(head)  # not "Director of ..."
    if head.pos_ != "NOUN" or not naming.animate(head) or naming.thing(head):
        return False
    return head.tag_ in _PLURAL or any(c.dep_ in _OWNERS and c.i < head.i for c in head.children)


def _one_name(spans: list[Span]) -> bool:
    """A name with an "and" the parse split: one word after "the", then the rest of an organization's name
    with no article of its own ("The Bill and Melinda Gates Foundation", "the Search and Rescue Agency"); not an
    acronym, a name of its own ("the AP and NBC News")."""
    first, rest = spans[0], spans[1:]
    return (len(first) == 2 and first[0].lower_ == "the" and first[1].tag_ in _PROPER and not first[1].is_upper
            and all(s[0].lower_ != "the" for s in rest) and naming.lexicon().has_org_word(rest[-1].text))


def _place_of(spans: list[Span]) -> bool:
    """A place joined to a name with "of" or "for" is the rest of that name ("The Islamic State of Iraq and
    the Levant"; ``naming.org_bounds`` reads it so), not a second speaker ("the US and China" are two)."""
    return any(s.root.ent_type_ in ("GPE", "LOC") and any(t.lower_ in ("of", "for") for t in before)
               for before, s in zip(spans, spans[1:]))


def speaker(found: Parts, resolve: Callable[[Span], _Member | None], make: Callable[[str], _Member]
            ) -> _Member | None:
    """The joint speaker of ``found``'s members, each resolved by ``resolve``; made by ``make`` (its name)
    as a plural group with its members. None when a member names nobody, two name the same speaker, or
    each is only a description."""
    members: list[_Member] = []
    for part in found.spans:
        member = resolve(part)
        if member is None or any(member is m for m in members) or member.members:
            return None
        members.append(member)
    if all(m.kind == "unnamed" for m in members) or (found.in_name and any(m.kind != "person" for m in members)):
        return None
    if found.shared:
        for m in members:
            m.add(m.descriptors, found.shared)
    entity = make(joined([m.name for m in members]))
    entity.kind, entity.members, entity.plural = "group", members, True
    return entity


def joined(names: Sequence[str]) -> str:
    """Names joined as a sentence lists them: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def as_speaker(entity: _Member) -> Speaker:
    """The record of a resolved speaker, with its members when it is a joint one."""
    return Speaker(entity.name, entity.kind, list(entity.descriptors),
                   [Speaker(m.name, m.kind, list(m.descriptors)) for m in entity.members])


def _inside(tokens: Sequence[Token], span: Span) -> list[Token]:
    return [t for t in tokens if span.start <= t.i < span.end]


def _phrase(span: Span, head: Token, heads: list[Token]) -> Span | None:
    """One member's phrase: the words of ``head``'s subtree around it, without the other members' words,
    the "and" and the commas between them, and "both" or "all" at its edges."""
    others = {t.i for h in heads if h is not head and h.i > head.i for t in h.subtree}
    own = {t.i for t in head.subtree if span.start <= t.i < span.end} - others
    own -= {c.i for h in heads for c in h.children if c.dep_ in ("cc", "preconj")}
    own -= {t.i for c in head.children if c.lower_ in _ALONG for t in (c, *c.children)}  # "along with"
    start = end = head.i
    while start - 1 in own:
        start -= 1
    while end + 1 in own:
        end += 1
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in _EDGE):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].lower_ in _EDGE):
        end -= 1
    return doc[start:end + 1] if start <= head.i <= end else None
