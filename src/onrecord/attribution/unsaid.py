"""Cues whose words report no speech, whatever PolNeAR counts: statements.py keeps their statements for
PolNeAR's scope and marks them "unsaid", off the record. A participle that names or describes its noun
("*When asked* to clarify ...", "also called Easter Island"), a verb that only gives a name ("often
referred to as "The Lion Man""), and a verb whose object or particle makes it an act ("claimed 3000
lives", "called off its search"; ``unsaid_objects.tsv``). And contents that say nothing: only a date, only
someone saying ("He said, she said"), only a document ("wrote the letter himself"), only the one addressed,
a noun cue in a heading (``in_heading``), the main clause of a cue in a subordinate clause (``about_main_clause``:
"..., when, in fact, *he responded* quickly"), an act someone is accused of (``accused_act``: "accused
Avenatti of trying to pressure Nike, *threatening* to ..."), or a concession, a time, a reason or a purpose the
cue's verb governs (``in_own_subordinate``: "Biden denied, *though Trump said it is on tape*")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.content import SUBJECTS, SUBORDINATING, Parts, two_complements
from onrecord.attribution.content_edges import DATES
from onrecord.attribution.cues import after_quotation, quote_flags
from onrecord.attribution.naming import lexicon
from onrecord.attribution.token_spans import subtree_bounds, trim_tokens


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


def authorship(cue_tok: Token) -> bool:
    """Whether a cue only says who wrote a work: a passive of "write" with its writer as agent and a subject with
    no quotation mark ("Dear Abby *is written by* Abigail Van Buren"): the work is no words of theirs reported."""
    return cue_tok.lemma_.lower() in ("write", "author", "pen") and any(c.dep_ == "agent" for c in cue_tok.children) \
        and any(c.dep_ == "nsubjpass" and not any(t.is_quote for t in c.subtree) for c in cue_tok.children)


@cache
def _accused() -> frozenset[str]:
    """The pronouns that name the accused (``pronouns.tsv``: a person's or people's, third person, not reflexive)."""
    return frozenset(w for w, (gender, _, person) in lexicon().pronouns.items()
                     if person == "3" and gender != "n" and not w.endswith(("self", "selves")))


def accused_act(cue_tok: Token) -> bool:
    """Whether a cue is a participle of acting that tells what someone is accused of ("The government accused
    Avenatti of trying to pressure Nike, *threatening* to give a news conference"; ``accusing_verbs.txt``): hung
    on the act after "of", or on the verb when "of" holds an act ("of trying") and the participle neither names the
    accused nor reports a clause; the accused's act, not the accuser's words. A participle of plain saying ("accused
    Smith of fraud, *saying* he stole"), one that names the accused ("*calling* him a liar") or one with a clause of
    its own ("*claiming* that evidence was destroyed") is the accuser's."""
    if cue_tok.tag_ != "VBG" or cue_tok.dep_ not in ("advcl", "conj") or \
            cue_tok.lemma_.lower() in wordlists.word_set("reporting_participles.txt"):
        return False
    accusing, head = wordlists.word_set("accusing_verbs.txt"), cue_tok
    if cue_tok.head.lemma_.lower() in accusing and any(  # "accused Avenatti of trying ..., threatening to ...",
            c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "VBG" for g in c.children)
            for c in cue_tok.head.children) and not any(t.lower_ in _accused() for t in cue_tok.subtree) \
            and not any(c.dep_ == "ccomp" for c in cue_tok.children):
        return True  # hung on the verb, after an act in "of": one more act; not "calling *him* a liar", the accuser's
    while head.dep_ in ("pcomp", "pobj", "advcl", "xcomp", "conj") and head.head.i != head.i:
        head = head.head
        if head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in accusing:
            return True
    return False


def asked_by_the_writer(cue_tok: Token) -> bool:
    """Whether a cue stands in a question the writer asks, outside quotation marks ("Would Adam Schiff have
    pleaded to keep the identity secret?", "Did the mayor say so?"): an auxiliary before its subject and a question
    mark ending the sentence; nothing is reported said."""
    subject = next((c for c in cue_tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in cue_tok.children if c.dep_ in ("aux", "auxpass") and subject is not None
                and c.i < subject.i), None)
    sent, quoted = cue_tok.sent, quote_flags(cue_tok.doc)
    if aux is None or quoted[cue_tok.i] or not all(t.tag_ in ("WRB", "WP", "WDT") for t in sent[:aux.i - sent.start]):
        return False  # the auxiliary opens the question, or a question word before it ("Why did ..."); not "Only
        # then did Ana Ruiz tell the crowd, "Who is going to pay?"" (an inversion, the question hers)
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?" and not quoted[last.i]


def in_heading(cue_tok: Token) -> bool:
    """Whether a noun cue stands in a line with no verb and no quotation mark, a heading or a standfirst ("A mother's
    testimony on the emotional and financial costs."): a story's label, not its report of words."""
    if cue_tok.pos_ != "NOUN":
        return False
    doc, start, end = cue_tok.doc, cue_tok.i, cue_tok.i + 1  # its line's tokens (not Doc.text, built at every call)
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[start:end])


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
    "wrote the novel Obsession", "has written hundreds of songs" (an amount of them), "acknowledged Haitham as
    the new Sultan" (someone as something: an act), or its particle does ("called off the search")."""
    objects = _unsaid_objects().get(cue_tok.lemma_.lower())
    if not objects or any(c.dep_ == "oprd" for c in cue_tok.children):  # "called the police "an occupying
        return False  # force"": a verdict on it
    dobj = [c for c in cue_tok.children if c.dep_ == "dobj"]
    someone = any(c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
                  for c in dobj)  # a person, not a country or a thing ("acknowledged Russia as the main danger")
    # the object's word, or a noun before a title ("the novel Obsession"; not "the police chief")
    words = [t for c in dobj for t in (c, *(k for k in c.children if k.dep_ == "compound" and c.pos_ == "PROPN"))]
    words += [o for c in dobj if c.lemma_.lower() in _AMOUNTS or c.pos_ == "NUM"  # "wrote *hundreds of songs*"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    said = any(c.dep_ == "ccomp" for c in cue_tok.children)  # "wrote for The Atlantic *that ...*": words
    return any(t.lemma_.lower() in objects for t in words) or any(
        (c.dep_ == "prep" and ((f"{c.lower_}+" in objects and not said)
                               or (someone and f"{c.lower_}+someone" in objects)))
        or (c.dep_ == "prt" and f"~{c.lower_}" in objects) for c in cue_tok.children)


# amounts looked through to their "of" noun; not "a couple of points", "a number of points": "point" is a basket's,
# and those are a speaker's points too
_AMOUNTS = frozenset({"hundred", "thousand", "dozen", "million", "lot", "handful", "slew", "raft"})


@cache
def _unsaid_objects() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in wordlists.rows("unsaid_objects.tsv")}


def only_a_date(doc: Doc, parts: Parts) -> bool:
    """Whether the content is nothing but a date or time ("first announced *October 6*")."""
    return len(parts) == 1 and all(t.ent_type_ in DATES or t.is_punct for t in doc[parts[0][0]:parts[0][1]])


_SAYING = frozenset({"say", "tell"})
_THIRD_PERSON = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def only_a_saying(doc: Doc, parts: Parts) -> bool:
    """Whether the content is nothing but someone else saying or telling ("He said, *she said*", a heading's
    idiom; "he said he told them"): third-person pronouns and "say" or "tell" alone, not "I agree"."""
    words = [t for s, e in parts for t in doc[s:e] if not t.is_punct]
    return any(t.lemma_.lower() in _SAYING for t in words) and all(
        t.lower_ in _THIRD_PERSON or t.lemma_.lower() in _SAYING for t in words)


def only_a_pronoun(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content is nothing but a word that points back ("Google confirmed *this* in a statement",
    "denied *it*"), with at most where it was said after it: no words of what was said."""
    doc, settings = cue_tok.doc, wordlists.word_set("setting_prepositions.txt")
    words = [t for s, e in parts for t in doc[s:e] if not t.is_punct]
    return bool(words) and words[0].lower_ in ("this", "that", "it", "so", "these", "those") and not list(
        words[0].children) and all(t.i == words[0].i or any(a.dep_ == "prep" and a.head == cue_tok and a.lower_ in
                                                             settings for a in [t, *t.ancestors]) for t in words)


def only_a_document(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content of a verb that makes a document (``document_kinds.txt`` [issue]: "write", "issue",
    "publish") is nothing but the document, no clause and no quotation: "had written *the letter himself*",
    "issued *a statement*": the act of making it, not what it says (``source_nouns.txt`` [documents]; works,
    "wrote handbooks", are ``unsaid_objects.tsv``'s). Not "criticized *a court ruling*"."""
    doc = cue_tok.doc
    if len(parts) != 1 or cue_tok.lemma_.lower() not in wordlists.section_set("document_kinds.txt", "issue"):
        return False
    span = doc[parts[0][0]:parts[0][1]]
    root = span.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in wordlists.section_set("source_nouns.txt", "documents") \
        and not any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in span)  # not "a letter ... urging him to"


def only_an_addressee(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content is nothing but whom it was said to ("wrote *to the US Embassy in London*", "had
    asked *the United States District Court for the Southern District of New York* intervene")."""
    if len(parts) == 1 and cue_tok.lemma_.lower() == "ask" and any(
            c.dep_ == "dobj" and c.left_edge.i == parts[0][0] for c in cue_tok.children) and all(
            t.pos_ in ("PROPN", "DET", "ADP", "PUNCT") for t in cue_tok.doc[parts[0][0]:parts[0][1]]):
        return True
    return len(parts) == 1 and any(
        c.dep_ == "prep" and c.lower_ == "to" and trim_tokens(cue_tok.doc, *subtree_bounds(c)) == parts[0]
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in c.children)  # not "confessed
        and not any(t.pos_ == "VERB" for t in c.subtree) for c in cue_tok.children)  # to acting alone"


def about_main_clause(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content is the main clause of the sentence while the cue is in a clause a subordinating
    word opens (``SUBORDINATING``): the reporter's sentence, not what the cue's subject said."""
    head = cue_tok.head
    return (cue_tok.dep_ == "advcl" and head.i != cue_tok.i
            and any((c.dep_ == "mark" and c.lower_ in SUBORDINATING) or (c.dep_ == "advmod" and c.lower_ in (
                "when", "whenever")) for c in cue_tok.children if c.i < cue_tok.i)
            and any(s <= head.i < e for s, e in parts))


def in_own_subordinate(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content lies in a clause the cue's verb governs as a concession, a time, a reason or a
    purpose (``SUBORDINATING`` but "if", which may open what was asked; "so"): "Biden denied, *though Trump
    said it is on tape*", "declared a state of emergency *so he could fund a wall*" say nothing of what was
    said (the parse may make a "so" clause a complement)."""
    return len(parts) == 1 and any(
        c.dep_ in ("advcl", "ccomp") and c.left_edge.i <= parts[0][0] and parts[0][1] <= c.right_edge.i + 1
        and any(m.dep_ == "mark" and m.i == c.left_edge.i and m.lower_ != "if" and (
            m.lower_ == "so" or (m.lower_ in SUBORDINATING and c.dep_ == "advcl")) for m in c.children)
        and not any(t.dep_ == "mark" and t.lower_ == "that" for t in c.subtree)  # "told reporters before she left
        for c in cue_tok.children)  # the meeting that the budget would be cut": the parse hung what was said there
