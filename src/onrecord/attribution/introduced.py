"""Quotations a sentence introduces without a speech verb: "Collins saw compromise as the best way for
the two nations: "I think that those countries should compromise ..."", "Bolton gave a different
account of events, also speaking via Twitter: "I offered to resign ..."". The sentence before the colon
is the reporter's; the quotation is the words of the person it is about, its subject; or of the one it
names as their owner right before a colon or a comma ("in the words of the patient: "..."").

Only a person named (or "he"/"she") as the subject of the sentence's main verb, in the active voice,
before a colon that the quotation opens right after, or a comma after a verb of the act of speaking or posting
that takes no words of its own ('Graham spoke on Fox News, "..."', 'Trump took to social media, posting at
12:54 am on Twitter, "..."'); the quotation must be free (no statement holds it)
and long enough to be someone's words. A sign's or a banner's text ("Protesters carried banners: "...""),
and what a thing "reads" or "shows", have no person as subject and stay out. After a full stop
(``_subject_before``), a quotation of whole sentences that opens right after a sentence about one person by name,
which holds no statement ('Betsy Ebeling shook her head. "Tom's much better about it than I am."').

Before a colon (``_lead_name``), also the name in the possessive before a noun for one's words ("Brown's 64 words of
support:", ``own_words_nouns.txt``), the one named with "by" or "from" after such a noun ending the clause ("how the
website rated this statement by Trump on June 11:", even over a paragraph break; before a quotation, not a block),
the name after "From" ("From Erich Jao of the Philippines:") and a clause that is only a name ("Jonathan Sanchez
@Maskus:"); not a verb of another's words or of a thing shown ("translated some teacher's comments:", "added a comic
by Sherif Arafa:", ``cues.names_others_words``), nor a platform ("Twitter is an integral part of the campaign:").

``introduced_blocks``: a page's block quote (no quotation marks) that the line before brings in with a colon, the
same way: the words of that line's subject after a verb of speaking, of going on or of ``block_lead_verbs.txt``
("Bahraini blogger Mahmood Al Yousif wonders out aloud on the speech venue:", "Kopgli doubts Bongo's death will bring
change:") whose object, if any, is one's own words (not "Maria Lopez received a letter:"), or of the other shapes
above; "he" only where the sentence before goes on with him. Not a block that a verb of saying brings in (the
statement finder's: "Zeinobia wrote:") or that a credit line follows.

``verb_beside_quotes``: a free quotation with a verb of saying right beside it and a name beside the verb, which
the parse did not join ('"..." tweeted Mayor of London Sadiq Khan', 'Remarked ... scientist Tierra Curry, "..."').
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution import persons
from onrecord.attribution.block_quotes import BLOCKS_KEY, block_lines, claimed_from_outside, credited_after
from onrecord.attribution.content import prep_object, when_said
from onrecord.attribution.cues import introducing_verbs, names_others_words, saying_words
from onrecord.attribution.layout_lines import SIGN_OFF
from onrecord.attribution.name_shapes import HANDLE, name_read_as_noun
from onrecord.attribution.quotes import Quote
from onrecord.records import Span as TextSpan
from onrecord.records import Statement

MIN_WORDS = 4
_SPOKEN = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")  # a speaker's or a listener's words
_ACTS = frozenset({"speak", "post", "tweet", "write", "comment", "respond", "reply"})  # no object of their own


def _person(tok: Token) -> bool:
    """A person or body by name ("Collins", tagged as no entity at all; "Jomra writes about García:", a name the
    tagger took for a common noun at its sentence's start, written as a name elsewhere), or "he"/"she"."""
    return tok.lower_ in ("he", "she") or (tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "")) \
        or name_read_as_noun(tok)


def introduced_quotes(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    taken = [(c.start, c.end) for st in statements for c in st.content]
    out = []
    for q in doc._.quotes or []:
        if not _free(text, q, taken):
            continue
        before = text[:q.start].rstrip(" \t\u00a0")
        if before[-1:] == "\n" and (lined := before.rstrip(" \t\u00a0\r\n"))[-1:] == ":":
            if text.count("\n", len(lined), q.start) > 1:  # over a paragraph break ("has proof:"), only words
                colon = doc.char_span(len(lined) - 1, len(lined), alignment_mode="expand")  # named as someone's
                words = [t for t in colon[0].sent if t.i < colon.start and not t.is_space] if colon else []
                if words and (who := _from_person(words[1:]) if words[0].lower_ == "from" else _author_last(words)):
                    out.append(_statement(doc, text, q, *who))  # "... rated this statement by Trump on June 11:"
                continue
            before = lined  # 'reflects this view in Ballot Access News comments:' and the quotation on the next line
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand") if before[-1:] in ":," else None
        if colon is None:
            if (who := _subject_before(doc, text, q, before, statements)) is not None:
                out.append(_statement(doc, text, q, *who))  # 'Aderholt returned to the issue. "What ...?"'
            continue
        if (owner := _words_of(colon[0])) is not None:  # "in the words of the patient: "...""
            start, end = owner.left_edge.i, owner.right_edge.i + 1
            out.append(_statement(doc, text, q, start, end))
            continue
        sent = colon[0].sent
        who = _lead_name(doc, sent.start, colon.start, block=False) if before[-1] == ":" \
            else _actor(doc, q, sent.start, colon.start)
        if who is None:
            continue
        if any(a <= sent.start_char < b or a < colon.start_char <= b for a, b in taken):
            continue  # the sentence is itself what someone said
        out.append(_statement(doc, text, q, *who))
    return out


def _actor(doc: Doc, q: Quote, start: int, end: int) -> tuple[int, int] | None:
    """The subject of the clause doc[start:end] before a comma and a quotation, when a verb of the act itself in
    the main clause, with no object of its own and outside any quotation, comes before the comma: 'Graham spoke on
    Fox News, "..."'; not 'posted a Twitter comment, "..."'."""
    root = _main_verb(doc, start, end)
    if root is None or any(o.start < q.start and q.end <= o.end for o in doc._.quotes) or not any(
            t.lemma_.lower() in _ACTS and not any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors])
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < end for c in t.children)
            for t in doc[start:end]):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    return None if subject is None or not _person(subject) else (subject.left_edge.i, subject.right_edge.i + 1)


def _subject_before(doc: Doc, text: str, q: Quote, before: str, statements: list[Statement]) -> tuple[int, int] | None:
    """The person a free quotation of whole sentences is about, when it opens right after a sentence of the same
    paragraph that is about that person alone and says no one's words ('Aderholt returned to the issue later in the
    hearing. "What commercial launch vehicles exist today ...?"'): the subject, by name, of that sentence's one main
    verb (active, not a verb of saying), with no other person named in it; not when the quotation goes on past its
    sentence ('"Stop the war" was painted ...') or the sentence holds a statement or a quotation."""
    inner, after = text[q.inner_start:q.inner_end].rstrip(), text[q.end:q.end + 2].strip()
    ends = inner[-1:] in ".!?" or text[q.inner_end:q.end + 1].strip()[-1:] in ".!?"  # '... here?”', '... it”.'
    if before[-1:] not in (".", "!", "?") or not inner[:1].isupper() or not ends or after[:1].islower() \
            or not (_SPOKEN.search(inner) or inner[-1:] == "?"):  # no title, score or card: "I", "we", "you" or a
        return None  # question are someone's words
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return None
    sent = last[0].sent
    if any(sent.start_char <= o.start < sent.end_char for o in doc._.quotes or []) or any(
            st.cue is not None and sent.start_char <= st.cue.start < sent.end_char or any(
                c.start < sent.end_char and sent.start_char < c.end for c in st.content) for st in statements):
        return None
    verb = _main_verb(doc, sent.start, last.start)
    if verb is None or any(t.pos_ == "VERB" and t.lemma_.lower() in saying_words() for t in sent):
        return None  # not "Greta Thunberg listened as the minister spoke."
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i != subject.i
                              and persons.may_speak(t) for t in sent):
        return None  # another who may have said it
    if subject.lower_ in ("he", "she") and not any(e.label_ == "PERSON" for e in sent.ents):
        return subject.i, subject.i + 1  # 'She paused.'
    surname = subject.text in persons.full_name_surnames(doc) and subject.ent_type_ in ("", "ORG", "GPE", "NORP")
    if subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON" and not surname \
            or any(e.label_ == "PERSON" and not e.start <= subject.i < e.end for e in sent.ents):
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _main_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The one main verb of the clause doc[start:end] in the active voice (the parse may hang the clause on the
    words after it), else None."""
    tops = [t for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and (not start <= t.head.i < end or t.head.i == t.i)]
    root = tops[0] if len(tops) == 1 else None
    return None if root is None or any(c.dep_ == "auxpass" for c in root.children) else root


def introduced_blocks(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    """A block quote after a line ending with a colon that names whose words it brings in ("Zeinobia wrote:");
    after a handle's line ("Jonathan Sanchez @Maskus:"), each block of the run right after it: a list of one
    user's posts (each with its translation, Global Voices' way)."""
    taken = [(c.start, c.end) for st in statements for c in st.content]
    out = []
    posts: tuple[TextSpan, int] | None = None  # a handle's line's source, and the end of its last block so far
    for start, end in sorted(doc.user_data.get(BLOCKS_KEY) or []):
        before = text[:start].rstrip()
        if claimed_from_outside(statements, start, end) or not (lines := block_lines(text, start, end)):
            posts = None
            continue
        if posts is not None and not text[posts[1]:start].strip() and not credited_after(text, end) \
                and not _names_its_own(doc, text, start, end, statements):
            source, posts = posts[0], (posts[0], end)  # the same user's next post
        else:
            posts = None
            if before[-1:] != ":" or text.count("\n", len(before), start) > 2 or credited_after(text, end):
                continue
            colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            sent = colon.sent if colon is not None else None
            if sent is None or any(a <= sent.start_char < b for a, b in taken):
                continue
            who = _lead_name(doc, sent.start, colon.start, block=True)
            if who is None:
                continue
            source = TextSpan(doc[who[0]].idx, doc[who[1] - 1].idx + len(doc[who[1] - 1]), doc[who[0]:who[1]].text)
            if any(HANDLE.fullmatch(t.text) for t in doc[sent.start:colon.start]) \
                    and who[1] >= colon.start - 1:
                posts = (source, end)
        out.append(Statement(kind="direct", cue=None, source=source, confidence=0.6,
                             content=[TextSpan(a, b, text[a:b]) for a, b in lines], signals={"origin": "introduced"}))
    return out


def _names_its_own(doc: Doc, text: str, start: int, end: int, statements: list[Statement]) -> bool:
    """Whether a block says whose words it holds itself: a verb of speaking inside it with a source named in
    capitals ("Ana Ruiz replied: ...", "..., said Ana Ruiz."), or a sign-off ending it ("... — Tom Becker",
    ``layout_lines.SIGN_OFF``)."""
    last = text[start:end].rstrip().rsplit("\n", 1)[-1]
    if any(not last[m.end():].strip() for m in SIGN_OFF.finditer(last)):
        return True
    for st in statements:
        if st.cue is None or st.source is None or not start <= st.cue.start < end or not any(
                w[:1].isupper() for w in st.source.text.split()):
            continue
        cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        if cue is not None and cue.root.lemma_.lower() in saying_words():
            return True
    return False


def _lead_name(doc: Doc, start: int, end: int, block: bool) -> tuple[int, int] | None:
    """Whose words the clause doc[start:end] before a colon brings in: its subject's, a possessor's before a noun
    for one's words, the person named after "From", or the clause's own words when they are only a person's name.
    Before a ``block`` quote, which no mark sets off as words, only after a verb that brings in one's own words
    (``_brings_in_block``), and "he" or "she" only where the sentence before goes on with them."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words:
        return None
    if words[0].lower_ == "from":
        return _from_person(words[1:])
    if block and words[0].lower_ == "for" and (named := _for_name(words[1:])) is not None \
            and _judgement(doc, named[1], end):
        return named  # "For Leite de Cobra, the way the disaster has been treated is outrageous:" and a block
    named = [t for t in words if not t.text.startswith("@")]  # "Jonathan Sanchez @Maskus:": one person's name
    if not named or _one_person(named):  # and a handle, or a handle alone; not "Elizabeth Warren Hammers Wells
        named = named or words  # Fargo CEO:"
        return named[0].i, named[-1].i + 1
    if not block and (author := _author_last(words)) is not None:  # a quotation's marks set it off as those
        return author  # words: "... how the website rated this statement by Trump on June 11:"
    verb = _main_verb(doc, start, end)
    if verb is None:  # "Brown's 64 words of support:"
        return _owner(next((t for t in words if t.head.i == t.i or not start <= t.head.i < end), None))
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in wordlists.section_set("media_venues.txt", "platforms"):
        return None  # "Twitter is an integral part of the campaign:" says where, not whose, the words are
    if not _person(subject):
        if block and (name := persons.named_as(subject)) is not None and _brings_in_block(verb):
            return name.left_edge.i, name.right_edge.i + 1  # "a Gabonese reader named Ogwera left a comment ...:"
        return _owner(subject) if verb.lemma_ == "include" else None  # "Shokeir's other observations included:"
    if block and (not _brings_in_block(verb) or subject.pos_ == "PRON" and not _goes_on_with(doc, start, subject)):
        return None  # "Maria Lopez received a letter:"; "Another blogger, Ha'er fi donia Allah, ... He was worried:"
    return subject.left_edge.i, subject.right_edge.i + 1


def _author_last(words: list[Token]) -> tuple[int, int] | None:
    """The person or body named with "by" or "from" after a noun for one's own words that ends the clause before a
    colon, but for when it was said ("this statement by Trump on June 11:", "a comment from Senator Mary Smith:");
    not a thing named so ("a statement by the campaign", a common noun), nor words for someone ("a letter from
    Smith to the governor:")."""
    own = wordlists.word_set("own_words_nouns.txt")
    for noun in reversed(words):
        if noun.lemma_.lower() not in own or noun.pos_ != "NOUN":
            continue
        after = noun.i + 1  # the parse may hang "by Trump" on the verb ("rated this statement by Trump")
        prep = noun.doc[after] if after < len(noun.doc) and noun.doc[after].lower_ in ("by", "from") else None
        name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG"):
            return None
        rest = [t for t in words if t.i > name.right_edge.i]
        if any(not (when_said(t) or t.is_punct) for t in rest):
            return None
        first = next((c for c in name.subtree if c.pos_ == "PROPN"), name)
        return first.i, name.right_edge.i + 1
    return None


def _one_person(words: list[Token]) -> bool:
    """Whether the words are one person's name and nothing else: one PERSON entity, whole, word after word."""
    return words[0].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in words) and all(
        t.ent_iob_ == "I" and t.i == p.i + 1 for p, t in zip(words, words[1:]))


def _from_person(words: list[Token]) -> tuple[int, int] | None:
    """The person named after "From" ("From Erich Jao of the Philippines:"), with nothing after the name but where
    they are or write ("From Andrea Peyser writing at The New York Post:"); not "From Becker's lawyer:", "From CNN's
    interview with ...:", "From Twitter:"."""
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.ent_type_ == "PERSON", words))
    rest = words[len(name):]
    if len(rest) > 1 and rest[0].lower_ in ("writing", "writes") and rest[1].lower_ in ("at", "in", "for"):
        rest = []  # "From Andrea Peyser writing at The New York Post:", where the column ran
    if not name or rest and (rest[0].lower_ not in ("of", "in", "at", ",") or any(
            t.ent_type_ == "PERSON" or t.tag_ == "POS" for t in rest)):
        return None
    return name[0].i, name[-1].i + 1


def _for_name(words: list[Token]) -> tuple[int, int] | None:
    """The name right after a line's opening "For" and before its comma, when it is a whole person or body
    ("For Eu, Você e Todo Mundo, the search for specialists is a problem:"); not "For the government, ..." nor
    "For years, ..."."""
    if not words or words[0].ent_iob_ != "B" or words[0].ent_type_ not in ("PERSON", "ORG"):
        return None
    end = words[0].i + 1
    while end < len(words[0].doc) and words[0].doc[end].ent_iob_ == "I":
        end += 1
    doc = words[0].doc
    return (words[0].i, end) if end < len(doc) and doc[end].text == "," and doc[end - 1].pos_ == "PROPN" else None


def _judgement(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause after "For X," is a judgement of X's own: its verb "be" with an adjective or a noun
    ("... is outrageous:", "... is also a problem:"), no one else named in it and no words or document it points
    to ("For Joe Biden, Donald Trump had a blunt message:", "For Donald Trump, the last straw was a tweet from Nancy
    Pelosi:", "For Maria Lopez, the most telling line of the police memo is this one:")."""
    clause = doc[start:end]
    root = clause.root
    if root.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN") for c in root.children):
        return False
    things = wordlists.word_set("own_words_nouns.txt") | wordlists.section_set("source_nouns.txt", "documents")
    return not any(t.ent_type_ == "PERSON" or t.lemma_.lower() in things
                   or t.lower_ in ("this", "these", "following") for t in clause)


def _owner(noun: Token | None) -> tuple[int, int] | None:
    """The person in the possessive before a noun for their own words ("Brown's 64 words of support:",
    ``own_words_nouns.txt``); not words they got from another ("Becker's letter from the state housing agency:")."""
    if noun is None or noun.lemma_.lower() not in wordlists.word_set("own_words_nouns.txt") or any(
            c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and _person(c)), None)
    return None if owner is None else (owner.left_edge.i, owner.i + 1)


def _brings_in_block(verb: Token) -> bool:
    """Whether the last verb before a colon brings in its subject's own words set as a block: one of speaking or
    going on, or of ``block_lead_verbs.txt`` ("wonders out aloud", "doubts ...", "offered a different opinion",
    "launched into one of his riffs"), whose object, if any, is their words ("this", "the following" or one of
    ``own_words_nouns.txt``); not one of another's words or a thing shown (``cues.names_others_words``)."""
    verb = max([verb, *(c for c in verb.children if c.dep_ in ("conj", "dep") and c.pos_ == "VERB")],
               key=lambda t: t.i)  # "published videos of both speeches, then commented:" (parsed "dep")
    lemma, own = verb.lemma_.lower(), wordlists.word_set("own_words_nouns.txt")
    if lemma not in introducing_verbs() and lemma not in wordlists.word_set("block_lead_verbs.txt"):
        return False
    return not names_others_words(verb) and not any(
        c.dep_ == "dobj" and c.lemma_.lower() not in own and c.lower_ not in ("this", "following")
        for c in verb.children)


def _goes_on_with(doc: Doc, start: int, pronoun: Token) -> bool:
    """Whether the sentence before doc[start] goes on with the one a "he" or "she" stands for: its subject is the
    same pronoun ('"...," he wrote. Then ... he launched into one of his riffs:'), or a person's name, the only
    person it names ("Mayor Tom Becker attacked Ana Ruiz ... She was not impressed:" may be either)."""
    if start == 0:
        return False
    before = doc[start - 1].sent
    people = {e.start for e in before.ents if e.label_ == "PERSON"}
    return any(t.dep_ == "nsubj" and (t.lower_ == pronoun.lower_ or t.ent_type_ == "PERSON" and len(people) == 1)
               for t in before)


def verb_beside_quotes(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    """A free quotation with a verb of saying and a name right beside it that the parse did not join:
    '"I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq Khan (no relation).'
    (no comma after the quotation), 'Remarked Center for Biological Diversity scientist Tierra Curry, "..."' (the
    verb opening the sentence). The name runs to the next punctuation and must hold a proper noun and no verb."""
    taken = [(c.start, c.end) for st in statements for c in st.content]
    speech = wordlists.word_set("communication_cues.txt")
    out = []
    for q in doc._.quotes or []:
        if not _free(text, q, taken):
            continue
        inside = doc.char_span(q.start, q.end, alignment_mode="expand")
        if inside is None:
            continue
        for verb, name in _verb_and_name(doc, text, q, inside):
            if verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in speech and any(t.pos_ == "PROPN" for t in name) \
                    and name[0].pos_ != "ADP" and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in name):
                break
        else:
            continue
        st = _statement(doc, text, q, *_name_in(name))
        out.append(replace(st, cue=TextSpan(verb.idx, verb.idx + len(verb), verb.text), signals={"origin": "beside"}))
    return out


def _verb_and_name(doc: Doc, text: str, q: Quote, inside: Span) -> list[tuple[Token, Span]]:
    """The verb and the phrase after it right after a quotation (on its line), and the capitalised word opening the
    quotation's sentence with the phrase up to the comma or colon before the quotation."""
    out = []
    if inside.end < len(doc) and doc[inside.end].is_alpha and text[q.end:doc[inside.end].idx] in ("", " "):
        verb = doc[inside.end]
        stop = next((t.i for t in doc[verb.i + 1:verb.sent.end] if t.is_punct or t.is_space), verb.sent.end)
        out.append((verb, doc[verb.i + 1:stop]))
    if inside.start > 1 and doc[inside.start - 1].text in ",:" and (verb := doc[inside.start - 1].sent[0]).i \
            < inside.start - 2 and verb.text[:1].isupper():
        out.append((verb, doc[verb.i + 1:inside.start - 1]))
    return out


def _name_in(phrase: Span) -> tuple[int, int]:
    """The first person's name in a phrase (else the first body's), with the proper nouns the tagger left out
    before it: "Mayor of London *Sadiq Khan*", "*Sadiq Khan* of the Labour Party"; the whole phrase when it holds
    none."""
    ents = sorted((e for e in phrase.ents if e.label_ in ("PERSON", "ORG")),
                  key=lambda e: (e.label_ != "PERSON", e.start))
    if not ents:
        return phrase.start, phrase.end
    start, doc = ents[0].start, phrase.doc
    while start > phrase.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in ("", ents[0].label_):
        start -= 1
    return start, ents[0].end


def _free(text: str, q: Quote, taken: list[tuple[int, int]]) -> bool:
    """Long enough to be someone's words and held by no statement (words someone quotes inside one do not count:
    "… Trump said, '…'")."""
    return len(text[q.inner_start:q.inner_end].split()) >= MIN_WORDS and not any(
        a < q.end and q.start < b and not q.inner_start < a < b <= q.inner_end for a, b in taken)


def _statement(doc: Doc, text: str, q: Quote, start: int, end: int) -> Statement:
    source = TextSpan(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
    return Statement(kind="direct", cue=None, source=source,
                     content=[TextSpan(q.inner_start, q.inner_end, text[q.inner_start:q.inner_end])],
                     confidence=0.6, signals={"origin": "introduced"})


def _words_of(mark: Token) -> Token | None:
    """Whose words a quotation is when the phrase right before its colon or comma says so: "in the words of
    the patient:", "in her own words,": the owner's phrase (its head), else None."""
    doc, k = mark.doc, mark.i - 1
    for t in doc[max(mark.sent.start, k - 12):mark.i]:
        if t.lower_ != "words" or t.dep_ != "pobj" or t.head.lower_ != "in":
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = (prep_object(of) if of is not None else None) or next(
            (c for c in t.children if c.dep_ == "poss"), None)  # "in her own words"
        if owner is not None and max(owner.right_edge.i, t.i) == k:
            return owner
    return None


__all__ = ["introduced_blocks", "introduced_quotes", "verb_beside_quotes"]
