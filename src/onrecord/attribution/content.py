"""Where a statement's content is, by rules on the parse: the rules' pick among the places it may be.

``content_choice.candidates`` lists the places a cue's content may be; the rules of ``first_choice``
pick one, in this order (the first that applies wins):

  1. "according to X": the clause the phrase hangs on, without the phrase;
  2. a quotation right before or after the cue, with only its source or small modifiers between;
  3. what follows "said:" to the end of the paragraph, or the quotation opening after it;
  4. a clausal complement of the cue;
  5. a cue inside its own content: the clause around it, without the cue's part;
  6. an object (with the complements that hang on the verb), open complement, attribute;
  7. the subject of a passive cue with an agent; a prepositional object.

``content_choice.choose`` then lets a linear ranker trained on PolNeAR (``onrecord train``) move to
another candidate; ``content_ends`` sets the chosen content's last edges.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.antecedents import relative_subject
from onrecord.attribution.cues import (
    Cue,
    after_quotation,
    introducing_verbs,
    made_clear_content,
    said_by_way,
    saying_words,
)
from onrecord.attribution.naming import can_speak
from onrecord.attribution.persons import may_speak, personal
from onrecord.attribution.quotes import names_a_work
from onrecord.attribution.token_spans import breaks_line, minus, subtree_bounds, trim_tokens

SUBJECTS = ("nsubj", "csubj", "expl")
CLAUSAL = ("ccomp",)
OBJECTS = ("dobj", "xcomp", "attr", "oprd", "acomp")
MAX_BRIDGE = 40  # tokens between a cue and an adjacent quotation, at most
OWN_ATTRIBUTION = 8  # tokens between a quotation and the cue of its own attribution ('"...," Interior Minister X said')
CONTRASTS = frozenset({"but", "yet"})  # a coordinating conjunction that opens a contrast
BRIDGE_DEPS = ("dative", "npadvmod", "prep", "advmod", "aux", "neg")
ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "warn", "remind", "assure", "urge", "advise"})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})  # that open a relative clause set off after a noun
SUBORDINATING = frozenset({"when", "whenever", "while", "because", "after", "before", "since", "until", "if",
                           "unless", "although", "though", "whereas", "once"})  # not "as": "as the minister said"
Parts = list[tuple[int, int]]


def according_object(cue_tok: Token) -> Token | None:
    """The object of "according to" ("according to *the mayor*"), however the parse hung it."""
    return next((o for c in cue_tok.children if c.dep_ in ("pobj", "prep")
                 and (o := c if c.dep_ == "pobj" else prep_object(c)) is not None), None)


def run_on_name(obj: Token) -> Token | None:
    """The name before the subject of the clause an "according to" object ran into for want of a comma:
    "according to *Wasef* archaeologists have not yet turned up" (a plural noun right before a verb
    that has no subject of its own is that verb's subject); None for any other object, and for a noun a
    participle describes ("according to Kremlin officials speaking on condition of anonymity")."""
    doc = obj.doc
    if obj.tag_ != "NNS" or obj.i + 1 >= len(doc) or doc[obj.i + 1].tag_ not in ("VBD", "VBZ", "VBP", "MD") \
            or doc[obj.i + 1].dep_ in ("acl", "relcl"):  # not "Kremlin officials *speaking* on condition ..."
        return None
    verb = doc[obj.i + 1].head if doc[obj.i + 1].dep_ in ("aux", "auxpass") else doc[obj.i + 1]
    names = list(obj.lefts)
    if len(names) != 1 or names[0].dep_ != "compound" or names[0].pos_ != "PROPN" or any(
            c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return names[0]


def list_of_things(src: Token) -> int:
    """Where an "according to" object ends before a comma that goes on with things that cannot speak:
    "according to a fire service statement*, as well as an aerial ladder platform*" (the list of what was
    sent goes on, not a second source); "according to police, the mayor and witnesses" stays whole."""
    for c in src.children:
        if c.dep_ == "conj" and c.i > src.i and not (c.pos_ in ("PRON", "PROPN") or can_speak(c) or may_speak(c)):
            commas = [t.i for t in src.doc[src.i + 1:c.left_edge.i] if t.text == ","]
            if commas:
                return commas[0]
    return len(src.doc)


def _in_list(tok: Token) -> bool:
    """Whether a word ends a list's last item, with no comma after it ("appliances from Dolgellau, Bala, and
    Blaenau *Ffestiniog* according to ..."): not "was shot in the *back*, according to ..."."""
    return tok.text != "," and (tok.dep_ == "conj" or tok.head.dep_ == "conj")


def after_root_according(cue_tok: Token) -> tuple[int, int] | None:
    """What follows the comma after an "According to X" that the parse made its sentence's root, hanging the clause
    on X ("According to radio host Rush Limbaugh, *the move reeks of "fear" and desperation*"); past a name set off
    in commas after a role ("According to the mayor, Dee Margo, ..."), not after a name ("According to Rush
    Limbaugh, *Nancy Pelosi, the speaker, reeks of ...*")."""
    doc, sent = cue_tok.doc, cue_tok.sent
    obj = according_object(cue_tok)
    if obj is None or cue_tok.i != sent.start:
        return None
    comma = next((t.i for t in doc[obj.i + 1:sent.end] if t.text == ","), None)
    if comma is not None and obj.ent_type_ != "PERSON" and doc[comma + 1].ent_type_ == "PERSON" \
            and doc[comma + 1].ent_iob_ == "B":  # the role's holder; not the clause's subject after a name
        comma = next((t.i for t in doc[comma + 1:sent.end] if t.text == ","), None)
    if comma is None:
        return None
    rest = trim_tokens(doc, comma + 1, sent.end)
    return rest if rest[1] - rest[0] > 2 else None


def subject_apposition(cue_tok: Token, obj: Token) -> Token | None:
    """The common noun the parse hung on an "according to" object as its apposition that is the subject of
    the clause the phrase goes with: "According to U.S. Attorney John Bash, *the manifesto* if proven
    authentic could lead to ...", "According to the researchers, *sacrifice and mummification* of sacred ibises
    was common", "According to the FBI summary, *Mills* and another aide asked ..." (a conjunct there, a name
    too; set off by a comma before it, or by an aside after it: "*Wednesday's earthquake*, at 6.3, was the
    strongest"; its verb with no subject of its own);
    None for a real apposition ("according to the mayor, Dee Margo, police were ...")."""
    doc, gov = obj.doc, cue_tok.head
    while gov.dep_ in ("prep", "pobj") and gov.head.i != gov.i:
        gov = gov.head
    authors = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    for c in [k for one in (obj, *authors) for k in one.children]:  # also on the author of a document: "According
        # to a Twitter post by Amy Cook, director of ..., *the ... tusk* came from the wall"
        after = c.right_edge.i + 1
        if (c.pos_ == "NOUN" and c.dep_ in ("appos", "conj") or c.pos_ == "PROPN" and c.dep_ == "conj") \
                and doc[c.left_edge.i - 1].text == "," \
                and after < len(doc) and (not doc[after].is_punct or _aside_to(doc, after, gov)) and c.i < gov.i \
                and gov.pos_ in ("VERB", "AUX") \
                and not any(k.dep_ in SUBJECTS or k.dep_ == "nsubjpass" for k in gov.children):
            return c
    return None


def _aside_to(doc: Doc, comma: int, verb: Token) -> bool:
    """Whether an aside in commas runs from ``comma`` to the verb (", at 6.3, was"): not "a historian, among the
    victims were" (an inverted clause, its subject after the verb)."""
    close = next((t.i for t in doc[comma + 1:verb.i] if t.text == ","), None)
    return doc[comma].text == "," and close is not None and doc[close + 1:verb.i + 1].root.i == verb.i and all(
        t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.i == verb.i for t in doc[close + 1:verb.i + 1])


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition ("to *reporters*", "by *the police*")."""
    for g in prep.children:
        if g.dep_ in ("pobj", "pcomp"):
            return g
    return None


TRAILING_CUT = ("parataxis",)


def content_bounds(tok: Token) -> tuple[int, int]:
    """A content's subtree, less a trailing aside set off by a comma (", the footage showed")."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    for c in tok.rights:
        if c.dep_ in TRAILING_CUT:
            cut = c.left_edge.i
            if cut > start and doc[cut - 1].text in (",", "—", "--", "-") and c.right_edge.i + 1 >= end - 1:
                end = cut - 1
                break
    return start, end


OBJECT_COMPLEMENTS = frozenset({"oprd", "ccomp", "xcomp", "prep"})


def _object_complements(cue_tok: Token, obj: Token, end: int) -> int:
    """An object's own complements hang on the verb: "called *the charges unsubstantiated*",
    "blocked *a company from abandoning ...*"."""
    for c in cue_tok.rights:
        if c.i >= end and c.dep_ in OBJECT_COMPLEMENTS and not cue_tok.doc[end].is_punct:
            end = c.right_edge.i + 1
    return end


def _subject_read_as_object(cue_tok: Token, start: int) -> int:
    """Where a reported clause starts when the parse made the first words of its subject the object of
    "said" ("said *hundreds of ISIS (...)* fighters escaped"): an object right before the clause, not a
    person's or a pronoun, nor one with its own "and" or quotation marks ('say "friend" and the door opens')."""
    doc = cue_tok.doc
    if (about := about_quantity(cue_tok)) is not None and about.right_edge.i + 1 == start:
        return about.i  # "said *about half of* the adjustment reflected ...": "about", read as the cue's preposition
    if cue_tok.lemma_.lower() != "say":
        return start
    for c in cue_tok.rights:
        if (c.dep_ == "dobj" and c.right_edge.i < start and c.pos_ not in ("PRON", "PROPN")
                and c.ent_type_ not in ("PERSON", "ORG", "NORP") and not any(t.is_quote for t in c.subtree)
                and not any(t.dep_ == "cc" for t in c.children)
                and all(t.text in (")", "]") for t in doc[c.right_edge.i + 1:start])):  # not 'say "friend" and'
            return c.left_edge.i
    return start


_QUANTITIES = frozenset({"half", "third", "quarter", "dozen", "percent", "hundred", "thousand", "million", "billion"})


def about_quantity(cue_tok: Token) -> Token | None:
    """The "about" (approximately) that opens the subject of a reported clause, which the parse made the cue's
    preposition: "said *about half of* the adjustment reflected revenue losses" (a number or an amount after it, and
    right after its phrase a clause of the cue's with no subject of its own)."""
    about = next((c for c in cue_tok.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
    obj = None if about is None else prep_object(about)
    if obj is None or not (obj.tag_ == "CD" or obj.lemma_.lower() in _QUANTITIES):
        return None
    clause = next((c for c in cue_tok.rights if c.dep_ == "ccomp" and c.left_edge.i == about.right_edge.i + 1), None)
    if clause is None or any(k.dep_ in (*SUBJECTS, "nsubjpass") for k in clause.children):
        return None
    return about


def two_complements(cue_tok: Token) -> tuple[Token, Token] | None:
    """The one called and what they are called when the parse read both as complements of a verb of naming
    ("called *Trump* *a "climate arsonist"*"): the first and the last complement after the verb."""
    after = [c for c in cue_tok.rights if c.dep_ == "oprd"]
    if len(after) == 1:  # "called *Trump a clown*", parsed as one complement: a name before its article
        article = next((c for c in after[0].lefts if c.dep_ == "det"), None)
        named = next((c for c in after[0].lefts if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")), None)
        return (named, after[0]) if article is not None and named is not None and named.i < article.i else None
    return (after[0], after[-1]) if len(after) > 1 else None


# a clause the reporter sets against the main one, not part of what a source said
_CONCEDING = frozenset({"though", "although", "because", "since", "if", "unless", "while", "whereas"})
_DRAWN = frozenset({"so", "hence", "thus", "therefore"})  # what a clause after "according to X" draws from before it


_WHEN = frozenset({"on", "in", "at", "last", "this"})  # the words that bring in a date: "on Thursday", "this week"


def when_said(tok: Token) -> bool:
    """Whether a word tells when something was said: a date or time, or a word that brings one in."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WHEN


def _after_trailing(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end], after an "according to" phrase, is only when it was said and then a comma with "and",
    "but" or "while" and more ("... according to Philippine officials *on Thursday, and leaving ...*"); not a list
    that goes on ("..., as well as ...")."""
    i = start
    while i < end and when_said(doc[i]):
        i += 1
    return i < end - 2 and doc[i].text == "," and doc[i + 1].lower_ in ("and", "but", "while")


def first_choice(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    doc = cue_tok.doc
    if cue_tok.lower_ == "according":
        gov = cue_tok.head
        while gov.dep_ in ("prep", "pobj", "amod") and gov.head.i != gov.i:  # amod: a verb the parse made an
            gov = gov.head  # adjective ("According to the study, skulls ... often *accompanied* frogs eating ...")
        phrase = subtree_bounds(cue_tok)
        if gov.dep_ in ("acl", "advcl", "csubj") and gov.tag_ in ("VBG", "VBN") and doc[phrase[0] - 1].text == "," \
                and subtree_bounds(gov)[1] <= phrase[1]:  # "Rescuers, working in the cold, according to the ministry
            verb = gov.head.head if gov.dep_ == "acl" and gov.head.dep_ in SUBJECTS else gov.head  # recovered ...":
            gov = verb if verb.i >= phrase[1] else gov  # the sentence that goes on after it, not the participle
        if gov.i == cue_tok.i and (rest := after_root_according(cue_tok)) is not None:
            return [rest]
        if (obj := according_object(cue_tok)) is not None and (named := run_on_name(obj)) is not None:
            phrase = (phrase[0], named.right_edge.i + 1)  # "according to Wasef*, archaeologists* have not"
        elif obj is not None and (subject := subject_apposition(cue_tok, obj)) is not None:
            phrase = (phrase[0], subject.left_edge.i)  # "According to John Bash, *the manifesto* if proven ..."
        elif obj is not None and (comma := list_of_things(obj)) < phrase[1] and _in_list(doc[phrase[0] - 1]) and all(
                t.is_punct or t.is_space for t in doc[phrase[1]:obj.sent.end]):  # a list the phrase stands in goes on
            phrase = (phrase[0], comma)  # to the sentence's end: "A and B according to a statement*, as well as C*"
        while gov.dep_ == "advcl" and gov.head.i < gov.i < phrase[0] and gov.head.dep_ == "ROOT" and not any(
                c.dep_ == "mark" and c.lower_ in _CONCEDING for c in gov.children):  # "A mother called the police
            gov = gov.head  # after her daughter found a bag, according to police": all of it; not "even though"
        if gov.dep_ in ("advcl", "ccomp") and gov.i < gov.head.i and gov.head.dep_ == "ROOT" and not any(
                c.dep_ == "mark" for c in gov.children) and all(t.is_punct for t in doc[gov.sent.start:phrase[0]]) \
                and all(c.pos_ == "PRON" for c in gov.head.children if c.dep_ in SUBJECTS):
            gov = gov.head  # "According to reports, A was polling *so low* nationally, he was in danger of ...":
            # the clause the parse hung before the main one, with no word of its own to set it apart, whose
            # subject is a pronoun (not a source's own verb: "..., analysts say", "..., economists expect")
        while gov.dep_ == "conj" and gov.head.i < gov.i < phrase[0]:  # "A died and B were rescued, according
            gov = gov.head  # to officials": the whole coordination before it
        if gov.dep_ == "conj" and gov.head.i < phrase[0] < gov.i and (rel := relative_subject(gov)) is not None \
                and rel.i >= phrase[1]:
            return [trim_tokens(doc, subtree_bounds(gov.head)[0], phrase[0])]  # "A began at 10:39, according to
            # police, *who said* officers arrived ...": the relative clause the parse joined to A is the police's own
        if gov.dep_ == "conj" and gov.head.i < phrase[0] and doc[phrase[1] - 1].dep_ == "cc" and all(
                t.i >= phrase[1] for t in gov.subtree if not phrase[0] <= t.i < phrase[1]) and not any(
                c.dep_ in SUBJECTS for c in gov.children):  # "A, according to sources who spoke
            return [trim_tokens(doc, subtree_bounds(gov.head)[0], phrase[0])]  # to Fox *but were not authorized* ...":
            # the second verb of the sources' relative clause, which the parse joined to A
        if gov.dep_ == "conj" and gov.head.i < phrase[0] and all(
                t.i >= phrase[1] for t in gov.subtree if not phrase[0] <= t.i < phrase[1]) and any(
                c.lower_ in _DRAWN and c.dep_ in ("advmod", "cc", "mark") for c in gov.children if c.i < gov.i):
            return [trim_tokens(doc, subtree_bounds(gov.head)[0], phrase[0])]  # "A, according to The Wrap, *so it's
            # possible* ...": what the reporter draws from A, which the parse hung the phrase on, is not the source's
        if 0 < phrase[0] and phrase[1] < len(doc) and doc[phrase[0] - 1].text == "," and doc[phrase[1]].text == ";":
            start = doc[phrase[0]].sent.start  # "A, according to X; B": the phrase closes A
            start = max([start] + [t.i + 1 for t in doc[start:phrase[0]] if t.text == ";"])
            closed = trim_tokens(doc, start, phrase[0])
            return [closed] if closed[0] < closed[1] else []
        subjects = [c for c in gov.children if c.dep_ in SUBJECTS and c.i >= phrase[1]]
        # two subjects, the first set off by commas, is a source's apposition or a second source read
        # as a subject: "According to the mayor, *Dee Margo,* police were ...", "According to A, *and B,* ..."
        if len(subjects) > 1 and (doc[phrase[1] - 1].dep_ == "cc" or "," in (
                doc[subjects[0].right_edge.i].text, doc[subjects[0].right_edge.i + 1].text)):  # its comma or the next
            return [trim_tokens(doc, subjects[-1].left_edge.i, gov.right_edge.i + 1)]
        outer = subtree_bounds(gov)
        if (own := next((c for c in gov.children if c.left_edge.i in (phrase[1], phrase[1] + 1) and c.i > gov.i
                         and c.dep_ != "csubj" and (rel := relative_subject(c)) is not None
                         and rel.lower_ in ("who", "which")), None)) is not None:  # not "what", "whoever"
            outer = (outer[0], own.left_edge.i)  # "... according to CNN *who reported that* ...": the source's own
            # report, which the parse hung on the clause as its complement, is no part of what the phrase sources
        if phrase[1] < len(doc) and doc[phrase[1]].lower_ in ("that", "which") and doc[phrase[1] - 1].pos_ in (
                "NOUN", "PROPN", "NUM"):  # "A, according to documents *that the agency released on Friday*": a
            rest = doc[phrase[1]:doc[phrase[1]].sent.end]  # relative clause on the source, however the parse hung it
            phrase = (phrase[0], next((t.i for t in rest if t.text in (",", ";", ":") or t.is_quote), rest.end))
        if 0 < phrase[0] and doc[phrase[0] - 1].text == ";":  # "A; according to X, B": the phrase opens B, and A
            outer = (phrase[0], outer[1])  # is the reporter's ("there were reportedly four on board; according to")
        contrast = [c for c in gov.children if c.dep_ == "cc" and c.lower_ in CONTRASTS and c.i >= phrase[1]
                    and any(v.dep_ == "conj" and v.i > c.i and any(k.dep_ in SUBJECTS for k in v.children)
                            for v in gov.children)]
        if contrast:  # "A, according to prosecutors, *but the Justice Department maintains ...*": the reporter's
            outer = (outer[0], contrast[0].i)
        if doc[phrase[0] - 1].text != "," and any(t.pos_ in ("VERB", "AUX") for t in doc[outer[0]:phrase[0]]) \
                and _after_trailing(doc, phrase[1], outer[1]):
            return [trim_tokens(doc, outer[0], phrase[0])]  # "A according to officials on Thursday, *and B*": the
            # phrase, with no comma before it, closes A; what goes on after its comma is the reporter's
        colons = [t.i for t in doc[outer[0]:phrase[0]] if t.text == ":"]
        if colons and obj is not None and (listed := next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i
                                                           and c.pos_ == "NUM"), None)) is not None:
            outer, phrase = (colons[-1] + 1, outer[1]), (phrase[0], listed.left_edge.i)  # "... from other places:
            # potentially, according to Al Jazeera, *US$3.6 billion from ...*": what follows the colon, hung on the name
        return minus(doc, outer, phrase)
    if (told := quoted_how(cue_tok, quotes)) is not None:
        return [told]
    if (answer := answer_word(cue_tok)) is not None:
        return [(answer.i, answer.i + 1)]
    adjacent = adjacent_quotes(cue_tok, cue, quotes)
    if adjacent:
        return adjacent
    after_colon = colon_content(cue_tok, cue, quotes)
    if after_colon:
        return [after_colon]
    if (clear := made_clear_content(cue_tok)) is not None:  # "made it clear | that ...", on "clear" or not
        return [trim_tokens(doc, *clear)]
    clausal = [c for c in cue_tok.children if c.dep_ in CLAUSAL and not _relative_aside(c) and not joined_on(c)
               and not _reduced_relative(c) and not _dangling_conjunction(c) and not source_read_as_clause(c)]
    if clausal:  # of two, the one after the cue: "Some were critical; Tory suggested *a probe may be required*"
        clause = next((c for c in clausal if c.i > cue_tok.i), clausal[0])
        start, end = content_bounds(clause)
        return [(_subject_read_as_object(cue_tok, start), end)]
    head = cue_tok.head
    if head.i != cue_tok.i and (cue_tok.dep_ == "parataxis"
                                or cue_tok.dep_ in ("ccomp", "advcl") and head.i < cue_tok.i):
        inner = subtree_bounds(cue_tok)
        return minus(doc, subtree_bounds(head), inner)
    objects = OBJECTS
    if cue_tok.lemma_.lower() in ADDRESSEE_VERBS:
        objects = ("xcomp", "ccomp") + OBJECTS  # "asked the candidates *to discuss ...*"
    for dep in objects:
        for c in cue_tok.children:
            if c.dep_ == dep and not (dep == "dobj" and _apposition_read_as_object(cue_tok, c)):
                start, end = content_bounds(c)
                if dep == "dobj" and cue_tok.lemma_.lower() not in ADDRESSEE_VERBS:
                    end = _object_complements(cue_tok, c, end)
                elif dep == "oprd" and (pair := two_complements(cue_tok)) is not None and pair[0].i == c.i:
                    end = content_bounds(pair[1])[1]  # "called *Trump a "climate arsonist"*"
                return [(start, end)]
    if any(c.dep_ == "agent" for c in cue_tok.children):
        for c in cue_tok.children:
            if c.dep_ == "nsubjpass":  # "a different story was told by X"
                return [subtree_bounds(c)]
    for c in cue_tok.children:
        if c.dep_ == "prep" and c.i > cue_tok.i and (obj := prep_object(c)) is not None:
            return [subtree_bounds(obj)]
    return []


def _apposition_read_as_object(cue_tok: Token, obj: Token) -> bool:
    """Whether the parse made the cue's object of a noun phrase that stands after a comma closing the cue's own
    prepositional object, an apposition to that object ("The IMF pointed to Britain's decision to leave the
    European Union as an example of ..., *a key factor* driving the world economy"): the object is the
    preposition's, not this."""
    doc = cue_tok.doc
    comma = obj.left_edge.i - 1
    return comma > cue_tok.i and doc[comma].text == "," and any(
        p.dep_ == "prep" and cue_tok.i < p.i < comma and p.right_edge.i == comma - 1 and prep_object(p) is not None
        and doc[p.i - 1].text != "," for p in cue_tok.children)  # not an aside: "understood, for the first time, the"


def colon_content(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"He added: It's typical ..." / "She wrote:" + a quotation: what follows the colon, to the
    end of its paragraph, or the quotation that opens right after it (even in the next paragraph). Past
    the cue's own topic only to a quotation: "spoke of the collaboration with SpaceX: "It's fun ..."."""
    doc = cue_tok.doc
    i, topic = cue.end, False
    while i < len(doc) and i - cue.end < 16 and doc[i].text != ":" and doc[i].head == cue_tok \
            and doc[i].dep_ in ("nsubj", "npadvmod", "advmod", "prep", "dative", "compound", "dobj"):
        if doc[i].right_edge.i > i:  # a phrase: "of the collaboration between his agency and SpaceX"
            topic = True
        i = doc[i].right_edge.i + 1
    if i >= len(doc) or doc[i].text != ":" or (i - cue.end >= 6 and not topic):
        return None
    start = i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    for q in quotes:
        if q[0] == start:
            return q
    if topic:
        return None
    end = start
    while end < len(doc) and not breaks_line(doc[end].text):
        end += 1
    last = end - 1
    while last > start and doc[last].is_space:
        last -= 1
    if doc[last].text == ":" and any(t.dep_ == "ROOT" and t.lemma_.lower() in introducing_verbs() and any(
            c.dep_ == "nsubj" for c in t.children) for t in doc[start:end]):  # a line that brings in words of its
        return None  # own ("He Quoting remarks:" then "She continued in her post:") is not the first line's content
    return (start, end) if end > start else None


ANSWERS = frozenset({"yes", "no"})


def answer_word(cue_tok: Token) -> Token | None:
    """The "yes" or "no" right after the cue ("Asked if he was ever bullied, Trump said *no*"): what was said, not
    the question before it."""
    doc = cue_tok.doc
    return next((c for c in cue_tok.children if c.dep_ == "intj" and c.i == cue_tok.i + 1 and c.lower_ in ANSWERS
                 and (c.i + 1 == len(doc) or doc[c.i + 1].text in (".", ",", ";"))), None)  # not "said no to the
    # war" (opposed it), nor "said yes and took the opportunity ...: "..."" (the words that follow)


def quoted_how(cue_tok: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that is the subject of "was how X put it" ('"A total disaster" is how one official put it',
    '"...," was how Ford described it to friends'): the words the "how" clause says were put so."""
    head, doc = cue_tok.head, cue_tok.doc
    if not (head.i < cue_tok.i and head.lemma_ == "be" and cue_tok.dep_ in ("ccomp", "attr", "advcl") and any(
            c.dep_ == "advmod" and c.lower_ == "how" and c.i < cue_tok.i for c in cue_tok.children)):
        return None
    before = max((q for q in quotes if q[1] <= head.i), key=lambda q: q[1], default=None)
    if before is None or before[0] < head.sent.start or not all(t.is_punct for t in doc[before[1]:head.i]):
        return None
    return before


def adjacent_quotes(cue_tok: Token, cue: Cue, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations right before and/or right after the cue, with only its source, punctuation or
    small modifiers between ("'...', he told reporters on Tuesday, '...'")."""
    if not quotes:
        return []
    doc = cue_tok.doc
    bridge = set(range(cue.start, cue.end))
    addressee_object = cue_tok.lemma_.lower() in ADDRESSEE_VERBS
    acting = []  # '"...," Sanders said, *invoking the 2008 race*. "..."': a bridge; one with a person in it
    # ("introducing Gov. Tim Walz", "interrupting the mayor", whose words may follow) only to a quotation that goes on
    # in lower case, and none after "asked" (the answer is another's)
    for c in cue_tok.children:
        if c.dep_ == "prep" and any(said_by_way(k) for k in c.children):
            continue  # '"...," Blige sings to Clinton *before asking her*, "...": what she asks is a cue's own
        if c.dep_ in SUBJECTS or c.dep_ in BRIDGE_DEPS or (addressee_object and c.dep_ == "dobj") \
                or _reduced_relative(c):
            bridge.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > cue_tok.i and cue_tok.lemma_ != "ask" and not any(
                k.dep_ in SUBJECTS or k.is_quote for k in c.subtree):
            if any((k.ent_type_ == "PERSON" or k.pos_ == "NOUN" and personal(k.text))
                   and "poss" not in (k.dep_, k.head.dep_) for k in c.subtree):  # not "referring to her father's ..."
                acting.append(c)
            else:
                bridge.update(range(c.left_edge.i, c.right_edge.i + 1))
    if after_quotation(cue_tok):  # '"...," the patient described': the noun the parse hung it on is its subject
        bridge.update(range(cue_tok.head.left_edge.i, cue_tok.head.i + 1))
    asides = [c for c in cue_tok.children if c.i > cue.end and _relative_aside(c)]
    for c in asides:  # "commented on the matter — which the BBC noted as unusual — "...""
        bridge.update(range(c.left_edge.i - 1, c.right_edge.i + 2))

    def clear(a: int, b: int) -> bool:
        if a < b and breaks_line(doc[a:b].text):
            return False
        return all(i in bridge or doc[i].is_punct or doc[i].is_space for i in range(a, b))

    # only the nearest quotation on each side can be adjacent: a farther one has the nearer between
    before = max((q for q in quotes if q[1] <= cue.start), key=lambda q: q[1], default=None)
    after = min((q for q in quotes if q[0] >= cue.end), key=lambda q: q[0], default=None)
    title = after if after is not None and before is not None and cue.start - before[1] <= MAX_BRIDGE \
        and names_a_work(doc[after[0]:after[1]]) else None  # '"...," he said on CBS's "Face the Nation."': where
    after = None if title else after
    if after is not None and acting and (first := next((t for t in doc[after[0]:after[1]] if t.is_alpha), None)) \
            is not None and first.text[:1].islower():  # '"Every time you say that," Tester said, turning to Warren,
        for c in acting:  # "you give ammunition ..."': one sentence
            bridge.update(range(c.left_edge.i, c.right_edge.i + 1))
    verbs = [cue_tok, *(c for c in cue_tok.children if c.dep_ in ("advcl", "xcomp") and c.i == cue.end + 1
                        and doc[cue.end].lower_ == "to" and c.lemma_.lower() in saying_words())]  # "went on *to
    # say* he was ...": the clause of the infinitive of saying
    brought = [q for q in quotes if q[0] >= cue.end and _brought_in(doc, cue.end, q[0])]  # another cue's
    if title:  # and no clause of the cue's: the parse may read "''Face the Nation''" as one
        brought.append(title)
    own = [c for v in verbs for c in v.children if c.dep_ in (CLAUSAL + OBJECTS if v is cue_tok else CLAUSAL)
           and c.i > cue.end and not (addressee_object and c.dep_ == "dobj") and c not in asides
           and not _reduced_relative(c) and not any(q[0] <= c.i < q[1] for q in brought)]
    # not "went on to ask reporters", "to say it again": the quotation before is what was asked or said; nor a clause
    # in a quotation a participle brings in, which the parse hung on the cue ('"...," Sanders said, *suggesting* a few
    # questions, including, "Mr. Trump, do you really *think* ..."')
    if own and before is not None and clear(before[1], cue.start):  # the cue closes a quotation before it: not
        inverted = not any(c.dep_ in SUBJECTS and c.i < cue_tok.i for c in cue_tok.children)
        own = [c for c in own if not (inverted and c.left_edge.i == cue.end) and not set_off_object(c)]
        # '"...," said *the woman, who ... did not want to be named*': the source the parse read as the subject of a
        # clause of the cue's, not what she said
    if own and not (before and after and split_quotation(doc, before, after, own)):
        return []
    out = []
    introduces = after is not None and doc[after[0] - 1].text in (",", ":") and clear(cue.end, after[0])
    if before and cue.start - before[1] <= MAX_BRIDGE and clear(before[1], cue.start) \
            and not _inside_clause(cue_tok, before) and not (introduces and _goes_on_before(cue_tok, before)) \
            and not _ends_other_sentence(doc, before):
        out.append(before)
    if after and after[0] - cue.end <= MAX_BRIDGE and clear(cue.end, after[0]) \
            and not _attributed_apart(doc, cue, after) and after not in brought:
        out.append(after)  # not one another cue brings in: '"...," she said, *recalling* her own experience: "..."'
    return out


def source_read_as_clause(clause: Token) -> bool:
    """A clause the parse hung on a cue right after it, whose subject is the source with a relative clause or an
    apposition set off by a comma, when the cue has no subject before it and closes a quotation or a clause of its
    own ('"...," said *the woman, who ... did not want* to be named', 'He had a voice in decisions, said *a former
    spokesman, Oleg Voloshyn, who ran in the bloc Mr. Manafort helped form*') or its subject is set off by the
    comma before it ('And Trump, said *Sunshine, who remains friendly with him, doesn't forgive*'): the source the
    parse took apart, not what was said."""
    cue_tok, doc = clause.head, clause.doc
    i = cue_tok.i
    if not (clause.dep_ in CLAUSAL and clause.left_edge.i == i + 1 and i > 1):
        return False
    subject = next((c for c in cue_tok.children if c.dep_ in SUBJECTS and c.i < i), None)
    wrapped = subject is not None and doc[i - 1].text == "," and subject.right_edge.i in (i - 2, i - 1)
    return (subject is None or wrapped) and any(
        k.dep_ == "nsubj" and k.left_edge.i == i + 1 and k.pos_ in ("NOUN", "PROPN") and any(
            t.lower_ in ("who", "whose", "which") and doc[t.i - 1].text == ","
            or wrapped and t.dep_ == "appos" and t.head == k for t in k.subtree) for k in clause.children) \
        and (wrapped or doc[i - 1].tag_ == "''" or doc[i - 1].text == "," and any(
            c.dep_ in CLAUSAL and c.i < i for c in cue_tok.children))


def set_off_object(obj: Token) -> bool:
    """An object the parse gave the cue that stands after a comma and quotes nothing: an apposition to the
    quotation before the cue ('"...," Anthony says, *a job especially important for a president ...*'), not what
    was said (an object never follows a comma right after its verb)."""
    doc = obj.doc
    return obj.dep_ == "dobj" and obj.left_edge.i == obj.head.i + 2 and doc[obj.head.i + 1].text == "," \
        and not any(t.is_quote for t in obj.subtree)


def _brought_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a participle that is a cue of its own ("recalling", "suggesting"; not "including", "airing") stands
    between the cue and a quotation opening at ``end`` in a capital, which a colon or a participle brings in right
    before it ("recalling her own experience: "...", "adding "...", "including, "...""); not an aside in a sentence
    that goes on ('"We have a plan," the mayor said, pointing to a map, "And it starts here."', '"Every time you say
    that," Tester said, turning to Warren, "you give ammunition ..."'), nor one whose own words end before the
    quotation ('Hughes said, pointing out where the pharmacy used to be. "But those days are never coming back."')."""
    lead = end - 1 - (end - 1 > start and doc[end - 1].text == ",")  # the word before the mark, past a comma
    if not (doc[lead].text == ":" or doc[lead].tag_ == "VBG"):
        return False  # the cheap tests first: this is asked of every quotation after every cue
    first = next((t for t in doc[end:min(end + 3, len(doc))] if t.is_alpha), None)
    if first is None or first.text[:1].islower():
        return False
    heads = {c.head for c in doc._.cues or []}
    at = next((i for i in range(start, end) if doc[i].tag_ == "VBG" and i in heads), None)
    return at is not None and not any(doc[i].text in (".", "!", "?") for i in range(at, end))


def _dangling_conjunction(clause: Token) -> bool:
    """A clause before a parenthetical cue that ends on "and" or "but" (and an adverb): the reporter's, whose
    conjunction the attribution cuts off ("There was no photograph ..., in keeping with Vatican protocol *and also*,
    Sanders said, "to make clear that there is no endorsement here.""): the source says only what follows."""
    doc = clause.doc
    end = clause.right_edge.i
    while end > clause.left_edge.i and doc[end].is_punct:
        end -= 1
    last = [doc[end - 1], doc[end]] if end > clause.left_edge.i else [doc[end]]
    return clause.i < clause.head.i and (last[-1].dep_ == "cc" or (
        last[-1].dep_ == "advmod" and last[0].dep_ == "cc"))


def _reduced_relative(clause: Token) -> bool:
    """A past participle with no subject, auxiliary, conjunction or object of its own (only when, where or by
    whom) right after a noun, which the parse hung on the cue as its clause ('Sanders said in an interview with
    CNN's Gloria Borger *aired Monday on "New Day."*'): it tells of the noun, not what was said; so does a clause
    that opens on a relative word right after a noun ('"...," he said of people *whose voting rights were
    restored*, "..."')."""
    doc = clause.doc
    left = clause.left_edge.i
    word = left + (doc[left].dep_ == "prep" and left + 1 < len(doc))  # "*in which* he could tell stories"
    if clause.dep_ == "ccomp" and 0 < left and doc[word].lower_ in RELATIVE_WORDS \
            and (doc[left - 1].pos_ in ("NOUN", "PROPN") or doc[left - 1].text == ",") \
            and (doc[left - 1].text == "," or clause.head.lemma_.lower() not in ADDRESSEE_VERBS):
        return True  # (not the question put to the one asked: "asked Rubio *which states he could win*")
    return clause.dep_ == "ccomp" and clause.tag_ in ("VBN", "VBD") and clause.left_edge.i == clause.i > 0 \
        and doc[clause.i - 1].pos_ in ("NOUN", "PROPN") and clause.lemma_ != "be" and all(
            k.dep_ in ("npadvmod", "prep", "advmod", "agent", "punct") for k in clause.children)


def _relative_aside(clause: Token) -> bool:
    """A relative clause set off by dashes or brackets ("— which the BBC noted as an unusual move —"): the
    reporter's aside, whatever the parse hung it on, never what was said."""
    doc, left, right = clause.doc, clause.left_edge.i, clause.right_edge.i
    return 0 < left and right + 1 < len(doc) and doc[left].tag_ in ("WDT", "WP") \
        and doc[left - 1].text in ("\u2014", "\u2013", "(") and doc[right + 1].text in ("\u2014", "\u2013", ")")


def joined_on(clause: Token) -> bool:
    """A clause with a subject of its own that the parse hung on the cue, joined by "and" or "but" onto the cue's
    quoted object ('The travelers say "friend" *and the door opens*'): what happens next; the object is what was
    said (``content_conjuncts.after_quotation_closes`` ends the content there)."""
    left, doc = clause.left_edge.i, clause.doc
    obj = doc[left - 1].head if left > 0 and doc[left - 1].dep_ == "cc" and doc[left - 1].lower_ in ("and", "but") \
        else None
    return (obj is not None and obj.dep_ == "dobj" and obj.head == clause.head and clause.dep_ == "ccomp"
            and any(t.is_quote for t in obj.subtree) and doc[left].lower_ != "that"
            and any(c.dep_ in SUBJECTS for c in clause.children))


def _attributed_apart(doc: Doc, cue: Cue, quote: tuple[int, int]) -> bool:
    """Whether a quotation that opens a sentence after the cue's has an attribution of its own right after it
    ('"...," Smith said. "...," *he added*.'): that cue's, not this one's."""
    if not any(doc[i].text in (".", "!", "?") for i in range(cue.end, quote[0])) or doc[quote[1] - 2].text == ".":
        return False  # a quotation ended with a full stop has no attribution after it ('"... NASA." He also said')
    return any(quote[1] <= c.start <= quote[1] + OWN_ATTRIBUTION and not any(
        t.text in (".", "!", "?") or t.is_space for t in doc[quote[1]:c.start])
        and not any(k.dep_ in CLAUSAL + OBJECTS and k.i > c.head for k in doc[c.head].children)  # not "He said his ..."
        for c in doc._.cues or [])


def _goes_on_before(cue_tok: Token, quote: tuple[int, int]) -> bool:
    """Whether a finished quotation before the cue's own subject goes on with the sentence before it, in the
    same line ('... after the run. "... together." *He* posted on Twitter, "..."'): not this cue's, when the
    cue introduces a quotation of its own after a comma."""
    doc, (start, end) = cue_tok.doc, quote
    return start > 0 and doc[start - 1].text == "." and not breaks_line(doc[start - 1].whitespace_) \
        and doc[end - 2].text in (".", "!", "?") and any(c.dep_ in SUBJECTS and end <= c.i < cue_tok.i
                                                       for c in cue_tok.children)


def _ends_other_sentence(doc: Doc, quote: tuple[int, int]) -> bool:
    """Whether a quotation before the cue ends, with a full stop, a sentence that words before it began, and a
    capital opens the next ('Gutierrez was described by the CBCP as "a strong advocate ... interests." *Under
    him, the diocese had protested*'): that sentence's, not the next cue's; not 'Why is the city "doing
    nothing?" asked resident Jane Doe' nor 'And "we will never give up!" President Volodymyr Zelensky said'."""
    start, end = quote
    after = end + (end < len(doc) and doc[end].text == ".")
    return start > 0 and not (doc[start - 1].is_punct or doc[start - 1].is_space) and (
        doc[end - 2].text == "." or after > end) and after < len(doc) and doc[after].text[:1].isupper()


def _inside_clause(cue_tok: Token, quote: tuple[int, int]) -> bool:
    """Whether a quotation before the cue is only the end of the clause reported ('Persson took the
    decision to "discontinue the investigation", the authority said'): the clause, with its words before
    the quotation (three or more), is the content."""
    doc = cue_tok.doc
    for c in cue_tok.children:
        if c.dep_ in CLAUSAL and c.i < cue_tok.i and c.left_edge.i < quote[0] <= c.right_edge.i + 1:
            return sum(1 for t in doc[c.left_edge.i:quote[0]] if not (t.is_punct or t.is_space)) >= 3
    return False


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its sentence: the parse's sentence start, or after a full stop, a "!" or "?",
    or a line break or run of spaces."""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?")


def split_quotation(doc: Doc, before: tuple[int, int], after: tuple[int, int], own: list[Token]) -> bool:
    """A quotation split by its attribution ('"I have ... and all that," Day said in her autobiography,
    "so I'm afraid ..."'): the first part ends on a comma, the attribution on a comma before the second
    part, and what the parse hangs on the cue as its object lies inside the second part. The first part
    opens its sentence, after a connective or not ("But ''the more interesting issue,'' ..."): a quotation
    inside a phrase ('In the post announcing "youtube-dl is back", GitHub said, "..."') is named, not said."""
    start = before[0] - (before[0] > 0 and doc[before[0] - 1].lower_ in wordlists.word_set("leading_connectives.txt"))
    if not opens_sentence(doc, start):  # "But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is ...''"
        return False
    first_end = doc[before[0]:before[1]]
    comma_in = len(first_end) > 1 and first_end[-2].text == ","
    comma_out = before[1] < len(doc) and doc[before[1]].text == ","
    return (comma_in or comma_out) and after[0] > 0 and doc[after[0] - 1].text == "," and all(
        after[0] <= c.left_edge.i and c.right_edge.i < after[1] for c in own)


