"""Whether a name or a description stands for a person, where the tagger or the words leave it open
(speakers.py): a described source named on the spot ("a student *named Wong*"), a name the tagger took
for a body set beside a person's role (``person_by_apposition``) or one that ends in a person's full name
after a place it swallowed (``person_in_body``), a person's name it took for a place ("Kate York":
``person_as_place``), an unnamed description that can be "he" or "she" (``personal``), the names the
article gives relatives (``kin_names``), which are never a fuller form of another person's name, and the
one longer name a two-word name ends ("Eriksson Ek": ``longer_form``); the person the article is about
(``principal``), for an unclear "his" ("his publicist"), and a surname written another way once ("Saree" for
"Sarea": ``respelled``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution.cues import introducing_verbs
from onrecord.attribution.name_shapes import name_read_as_noun, written_as_name
from onrecord.attribution.naming import (
    AFTER_NAME,
    NOT_PEOPLE,
    after_place,
    agent_noun,
    animate,
    credit_word,
    lexicon,
    norm,
    particle_name,
    role_word,
)

_PROPER = {"NNP", "NNPS"}
PRINCIPAL = 3  # times at least that the article's subject is named by surname (``principal``)
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def name_word(root: Token) -> bool:
    """Whether a source's head word is a name: written as one and tagged a proper noun or a named entity, or a name
    the tagger took for a common noun ("*Jomra* writes about García:", ``name_shapes.name_read_as_noun``), or a
    surname's particle, or a name the tagger took for a pronoun, a word no English pronoun is ("fellow Bahraini
    *Esra'a* explains"); not a plural capitalised only to open its sentence ("Observers noted")."""
    capital = written_as_name(root) or (root.i > 0 and root.nbor(-1).tag_ == "HYPH")
    if capitalised_plural(root):
        return False
    return (capital and (root.tag_ in _PROPER or root.ent_type_ in _NAMED or name_read_as_noun(root)
                         or (root.tag_ == "PRP" and not root.is_stop))) or particle_name(root)


def saying_participle(tok: Token) -> bool:
    """A verb of saying's "-ing" form written with a capital right after a pronoun, which the tagger took for a name
    ("He *Quoting* remarks:", a Global Voices page's garbled line): no one's name. Not a name that only looks so
    ("Manning", "Reading", "Telling")."""
    word = tok.lower_
    if tok.pos_ != "PROPN" or not word.endswith("ing") or len(word) < 6 or tok.ent_type_ == "PERSON":
        return False  # "writing at South Jerusalem Gershom Gorenberg": the parse's subject, not a name
    if tok.i == 0 or tok.nbor(-1).pos_ != "PRON":
        return False  # only right after a pronoun; "READING, Pa. (AP) —", "Lord Reading", "Telling said": names
    stem = word[:-3]
    return bool({stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem} & introducing_verbs())


def personal(description: str) -> bool:
    """Whether an unnamed source's description can be "he" or "she": its head word, before any "of", is a
    word for a person ("a spokesman", "the head of the team", "the commissioner"; "One of the victims": one
    of a group of people, by a word of the speaker lists, never a thing or a document: not "One of the
    letters"), not a thing that carried words ("The November 4 issue of Magyar Nemzet", "the statement")."""
    parts = re.split(r"\s(?:of|for|from|at|in|with)\s", description.lower(), maxsplit=1)
    head = parts[0].split()
    if not head:
        return False
    word = head[-1].strip(",.'’")
    lex = lexicon()
    if head == ["one"] and len(parts) > 1 and (group := parts[1].split()):  # "One of the victims": a victim
        plural = group[-1].strip(",.'’")
        return any((w in lex.role_words or w in lex.gendered or w in lex.speaking) and w not in lex.owned
                   and not lex.has_org_word(w) for w in (plural[:-1], plural[:-2]) if plural.endswith("s") and w)
    return (word in lex.role_words or word in lex.gendered
            or (agent_noun(word) and word not in lex.owned))


def capitalised_plural(root: Token) -> bool:
    """Whether a plural the tagger read as a name is a common noun, capitalised only because it opens its sentence:
    for people ("Observers noted", also where the tagger took it for a person), or for documents ("Reports said", also
    where the tagger took it for a body), also after a run of capitalised words that opens it (a heading run into
    "Summary Studies show", tagged nothing; not "Doobie Brothers said", "Consumer Reports said")."""
    word = root.lower_
    one = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    if root.tag_ == "NNS" and root.is_sent_start and (
            root.ent_type_ == "PERSON" and root.i + 1 < len(root.doc) and not root.nbor().ent_type_ and personal(one)
            or root.ent_type_ == "ORG" and one in lexicon().owned) and not any(
            t.text == root.text and not t.is_sent_start for t in root.doc):
        return True  # "Observers noted", tagged a person; "Reports said", tagged a body: not "Sellers said", written
        # so inside a sentence too
    return root.tag_ == "NNPS" and root.ent_type_ not in ("NORP", "PERSON") and (
        root.is_sent_start and personal(one) or one in lexicon().owned and not root.ent_type_ and all(
            t.text[:1].isupper() for t in root.doc[root.sent.start:root.i + 1]))


def named_as(root: Token) -> Token | None:
    """The name a described source is given: "A university student *named Wong*", "a man identified as
    John Smith", "a woman called Maria Lopez"; the one named as an example of one ("A strong student association
    such as *Tahkim Vahdat*"; not of many: "groups such as ...")."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "as" and root.tag_ == "NN" and any(a.lower_ == "such" for a in c.children):
            name = next((o for o in c.children if o.dep_ == "pobj"), None)
            if name is not None and name.tag_ in _PROPER and not any(o.dep_ == "conj" for o in name.children):
                return name
        if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call", "identify"):
            for g in c.children:
                name = next((o for o in g.children if o.dep_ == "pobj"), None) if g.lower_ == "as" else g
                if name is not None and name.dep_ in ("oprd", "attr", "dobj", "pobj") and name.tag_ in _PROPER \
                        and name.text[:1].isupper():
                    return name
    return None


_NOT_NAMES = frozenset({"ADV", "ADJ", "ADP", "SCONJ", "CCONJ", "DET", "AUX", "VERB", "NUM", "PART", "INTJ"})


def full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the person names the article writes in full ("Early" of "Chris Early"), as written; once a
    document."""
    if (found := doc.user_data.get("onrecord.surnames")) is None:
        found = doc.user_data["onrecord.surnames"] = frozenset(
            e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    return found


def word_read_as_person(ent: Span, surnames: Iterable[str]) -> bool:
    """Whether a one-word person entity is a word the parse reads as no name ("*Nationally*, about a quarter of
    students ..."): an adverb, an adjective, a preposition ...; or an organization's word written in capitals, as
    a body's name ends ("the USA TODAY *NETWORK*"); unless the article's surname of someone ("From" of "Al From")."""
    return len(ent) == 1 and (ent.root.pos_ in _NOT_NAMES or ent.text.isupper() and len(ent.text) > 3
                              and lexicon().has_org_word(ent.text)) and norm(ent.text) not in surnames


def named_thing(ent: Span, things: Iterable[str] = ()) -> bool:
    """Whether a name is a thing's: one of ``things`` (``thing_names``, any case), or one a naming verb with no
    object gives a thing ("a sample came in called Glasgow", "the song, named Jolene"): the verb's noun (the one
    its clause hangs on, or its subject, or the subject of the clause it sits in) is a thing's (``named_things.txt``:
    a song, a ship, a storm). Not "a woman called Maria Lopez", "a neighbour called Tom Reed"."""
    if {ent.text, ent.text.lower()} & set(things):
        return True
    root = ent.root
    verb = root.head
    if root.dep_ not in ("oprd", "attr") or verb.lemma_.lower() not in wordlists.word_set("naming_verbs.txt") \
            or any(c.dep_ == "dobj" for c in verb.children):
        return False
    noun, up = (verb.head if verb.dep_ == "acl" else None), verb
    while noun is None:
        noun = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if up.head.i == up.i:
            break
        up = up.head
    return noun is not None and noun.lemma_.lower() in wordlists.word_set("named_things.txt")


def person_by_apposition(ent: Span) -> bool:
    """A name the tagger took for a body or a place that the article sets beside a person's role, after it
    or before it: "Gáspár Maróth, the Hungarian Government commissioner responsible for defence" (ORG) and
    "The current president of Namibia, Hage Geingob" (ORG) are persons."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART") or len(ent) < 2 \
            or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in ent) or lexicon().has_org_word(ent.text):
        return False
    role = ent.root.head  # "The current president of Namibia, Hage Geingob" (ORG), however the parse hung it
    role = role.head.head if role.dep_ == "pobj" and role.head.lower_ in ("of", "for") else role
    return any(c.dep_ == "appos" and c.i > ent.root.i and _role_noun(c) for c in ent.root.children) or (
        ent.root.dep_ == "appos" and role.i < ent.root.i and _role_noun(role))


def untagged_person(tok: Token) -> Span | None:
    """A person's name the tagger drew no entity for, set beside a word for a person: "*Naureen Jahangir*, a Sanders
    supporter from Hemet, California, is among ..." (two or more capitalised proper nouns, the last the head of an
    apposition that is a role, a gendered noun or an agent noun, or one opening its sentence: "*Adel*, a 23-year-old
    blogger, took a break"); or a given name alone, whatever the tagger made of it, set after such a word: "Trump's
    wife, *Melania*," (GPE)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" and personal(tok.head.text) \
            and tok.ent_type_ in ("", "GPE", "ORG", "NORP", "LOC") and tok.lower_ in lexicon().given_genders:
        last = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"  # the first word of a longer name
        return None if last else tok.doc[tok.i:tok.i + 1]
    if tok.ent_type_ or not any(c.dep_ == "appos" and c.pos_ == "NOUN" and personal(c.text) for c in tok.children):
        return None
    start = tok.i
    while start > 0 and (t := tok.doc[start - 1]).dep_ == "compound" and t.head.i == tok.i and t.pos_ == "PROPN" \
            and t.text[:1].isupper() and not t.ent_type_ and lexicon().title(t.text) is None:
        start -= 1
    if start == tok.i and not (tok.i + 1 < len(tok.doc) and tok.nbor().text == "," and tok.is_sent_start):
        return None  # one word alone only opening its sentence, a comma after it: "*Adel*, a 23-year-old blogger,"
    return tok.doc[start:tok.i + 1]


def name_head(tok: Token) -> Token:
    """The last word of the name a word of it opens ("Chris" of "Former Rep. Chris Shays": "Shays", whose phrase
    begins at "Former")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def untagged_people(doc: Doc) -> list[Span]:
    """The people's names the tagger drew no person for (``untagged_person``, ``namesakes``)."""
    return [*(name for t in doc if (name := untagged_person(t)) is not None), *namesakes(doc)]


def namesakes(doc: Doc) -> list[Span]:
    """Relatives the tagger drew no person for, named in full with a given name and the surname of a person it
    did tag: "*Ivanka Trump* strode across the stage" (no entity, or a product) beside "Donald Trump's eldest
    daughter". Not a word of a person entity or of a place or body ("Virginia Beach"), nor the end of a longer name
    ("Eva-Marie Persson", "Mary Ann Jones"), nor one set beside a noun of family ("The senator's wife, Edythe Booker,":
    the senator is the principal); "Mrs. Melania Trump" is."""
    surnames: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and len(words := [t for t in e if t.tag_ != "POS" and not t.is_punct]) > 1:
            surnames.setdefault(words[-1].lower_, set()).add(words[0].lower_)  # "Donald Trump's": Trump
    given, kin = lexicon().given, wordlists.word_set("kin_nouns.txt")
    found = []
    for tok in doc[:-1]:
        last = tok.nbor()
        if tok.lower_ in given and tok.lower_ not in surnames.get(last.lower_, {tok.lower_}) \
                and all(t.tag_ in _PROPER and t.text[:1].isupper() for t in (tok, last)) \
                and tok.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC", "ORG") and last.ent_type_ != "PERSON" \
                and not (last.dep_ == "appos" and last.head.lower_ in kin) and not _ends_longer_name(tok):
            found.append(doc[tok.i:tok.i + 2])
    return found


def _ends_longer_name(tok: Token) -> bool:
    """Whether a word goes on a name before it: a capitalised proper noun that is no title ("Mary *Ann*"; not
    "Mrs. *Melania*"), or a word written onto it ("Eva-*Marie*")."""
    if tok.i == 0:
        return False
    before = tok.nbor(-1)
    return not before.whitespace_ or (before.tag_ in _PROPER and before.text[:1].isupper()
                                      and lexicon().title(before.text) is None)


def person_in_body(ent: Span) -> Span | None:
    """A person's full name at the end of a name the tagger took for a body after a place or a role word it
    swallowed: "special envoy to *Ukraine Kurt Volker*" (ORG) holds "Kurt Volker" (a common given name and
    one more word), when the words before it are a place the article names, role words, a body's possessive
    ("*National Review's Ian Tuttle*"), or come right after a role's "to" or "for"; not a body with no words
    before the given name ("Morgan Stanley"), nor a place ("Residents of San Luis Obispo")."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(ent) < 3 or lexicon().has_org_word(ent.text) \
            or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in ent[-2:]):
        return None
    if ent[-2].lower_ not in lexicon().given:
        return None
    before, doc = ent[:-2], ent.doc  # a place or a role the tagger drew into the name: not "San" of "San Luis Obispo"
    to_role = ent.start > 0 and doc[ent.start - 1].lower_ in ("to", "for") and role_word(doc[ent.start - 1].head)
    fits = to_role or all(role_word(t) for t in before) or before[-1].tag_ == "POS" or before.text in {  # "envoy
        # to Ukraine ...", "National Review's Ian Tuttle"
        e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")}
    return ent[-2:] if fits else None


def person_after_body(ent: Span) -> Span | None:
    """A person's name at the end of a body's name the tagger drew over it after a role's "of": "director of
    *Amnesty International Man-kei Tam*" (ORG) holds "Man-kei Tam": two or more capitalized words after the
    body's last organization word, none a place the article names ("director of Amnesty International Hong
    Kong": its branch)."""
    doc, org_words = ent.doc, lexicon().org_words
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of" or not role_word(doc[ent.start - 2]):
        return None
    last = max((t.i for t in ent if t.lower_ in org_words), default=None)
    tail = doc[last + 1:ent.end] if last is not None else None
    if tail is None or len([t for t in tail if t.tag_ != "HYPH"]) < 2 or not tail[0].text[:1].isupper() or any(
            t.tag_ not in (*_PROPER, "HYPH") for t in tail):
        return None
    return None if tail.text in {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} else tail


def person_as_place(ent: Span) -> Span | None:
    """A two-word person's name the tagger took for a place or a body, "Caitlyn Smith and *Kate York*" (GPE):
    a common given name and a surname the article also tags alone as a person ("York said")."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(ent) != 2 or ent[0].lower_ not in lexicon().given \
            or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in ent):
        return None
    people = [e for e in ent.doc.ents if e.label_ == "PERSON" and e[-1].text == ent[-1].text]
    return ent if people and all(len(e) == 1 for e in people) else None  # not "Virginia Beach" beside "Tom Beach"


def hidden_person(ent: Span) -> Span | None:
    """A person's full name in an entity the tagger took for a body or a place."""
    return person_in_body(ent) or person_as_place(ent) or person_after_body(ent)


def headline_name(ent: Span) -> Span | None:
    """A person entity in a line written in headline case ("Glenn Beck Blasts Drudge for Mocking His Fast"), where
    the tagger runs the name on over the capitalised words after it (or before it): the name from the first word
    to the last that the story's other lines write with a capital, or that is a given name ("Glenn Beck"); None
    when less than two words are left. An entity in any other line is itself."""
    doc = ent.doc
    if not any(a <= ent.start_char < b for a, b in _headline_lines(doc)):
        return ent
    rest, lowered = _story_words(doc)
    given = lexicon().given
    start = ent.start  # nor over a word before it the story writes in lower case: "Senator *Endorsed* Trump, The ..."
    # ("endorsing"); not "Xochitl"
    while start < ent.end - 1 and doc[start].text not in rest and doc[start].lower_ not in given and (
            len(doc[start]) <= 4 or doc[start].lower_[:5] in lowered or doc[start].lower_.endswith(("ed", "ing"))):
        start += 1  # a short word or a verb's form ("Lawmakers *Rip* Donald Trump")
    end = start + 1
    while end < ent.end and (doc[end].text in rest or doc[end].lower_ in given):
        end += 1
    return doc[start:end] if end - start > 1 else None


def people_ents(doc: Doc) -> list[Span]:
    """The article's PERSON entities as ``headline_name`` cuts them (not "Senator *Endorsed* Trump, The ..."), and
    its other entities."""
    return [cut for e in doc.ents if (cut := headline_name(e) if e.label_ == "PERSON" else e) is not None]


def _story_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The words the lines not in headline case write with a capital, and the first five letters of the words of five
    letters or more written in lower case anywhere (once a document)."""
    if (found := doc.user_data.get("onrecord.story_words")) is None:
        lines = _headline_lines(doc)
        found = doc.user_data["onrecord.story_words"] = (
            frozenset(t.text for t in doc if t.text[:1].isupper() and not any(a <= t.idx < b for a, b in lines)),
            frozenset(t.lower_[:5] for t in doc if t.text[:1].islower() and len(t) >= 5))
    return found


def _headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The lines in headline case: four words or more of four letters or more, nearly all capitalised."""
    if (found := doc.user_data.get("onrecord.headline_lines")) is None:
        found = []
        for m in re.finditer(r"[^\n]+", doc.text):
            words = re.findall(r"[^\W\d_]{4,}", m.group())
            if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
                found.append(m.span())
        doc.user_data["onrecord.headline_lines"] = found
    return found


def _role_noun(t: Token) -> bool:
    return t.tag_ == "NN" and (role_word(t) or t.lower_ in lexicon().gendered)


def kin_names(doc: Doc) -> frozenset[str]:
    """The names the article sets beside a noun of family (``kin_nouns.txt``): "her widowed mother, Gloria
    Morgan Vanderbilt" is a relative of Gloria Vanderbilt, not her fuller name."""
    if (found := doc.user_data.get("onrecord.kin_names")) is None:
        kin = wordlists.word_set("kin_nouns.txt")
        found = doc.user_data["onrecord.kin_names"] = frozenset(
            e.text for e in doc.ents if e.label_ == "PERSON" and e.root.dep_ == "appos" and e.root.head.lower_ in kin)
    return found


_AUXILIARIES = frozenset({"will", "can", "may", "might", "should", "would", "could", "did", "does", "is", "was"})


def longer_form(name: str, full_names: Iterable[str]) -> str | None:
    """The one longer full name that ends in a two-word (or longer) ``name`` with a word before it ("Eriksson
    Ek": "Joel Eriksson Ek"); None when there is none or there are two."""
    words = lexicon()
    longer = {n for n in full_names if n.endswith(" " + name) and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in words.roles and w.lower() not in words.role_words
        and w.lower() not in _AUXILIARIES for w in n[:-len(name)].split())}  # not "Will Red Hat" of a question
    return longer.pop() if len(name.split()) > 1 and len(longer) == 1 else None


def shared_surname(doc: Doc, word: str) -> str | None:
    """The full name of a given name printed before a relative's full name, whose surname it shares
    ("Cherie" of "Cherie and Sean O'Donnell", "Bill" of "Bill and Hillary Clinton"); None unless exactly one
    such pair starts with ``word`` and both first words are given names (``Lexicon.given``)."""
    given = lexicon().given
    if word.lower() not in given:
        return None
    starts = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    found = {f"{word} {other[-1].text}" for t in doc[:-2] if t.text == word and t.ent_type_ in ("PERSON", "")
             and t.nbor().lower_ in ("and", "&") and (other := starts.get(t.i + 2)) is not None
             and 2 <= len(other) <= 3 and other[0].lower_ in given and other[-1].text[:1].isupper()}
    return found.pop() if len(found) == 1 else None


def honorific_gender(doc: Doc, i: int) -> str | None:
    """The gender the honorific right before token ``i`` gives ("*Mrs.* Clinton": f), else None."""
    title = lexicon().title(doc[i - 1].text) if i > 0 else None
    return title[0] if title and title[1] == "honorific" and title[0] in ("m", "f") else None


def name_gender(doc: Doc, name: str) -> str | None:
    """A full name's gender by the article: its given name ("Hillary Clinton": f), else a gendered noun set beside
    it ("his wife, Ghazala Khan"; "Khizr Khan, her husband") or the pronoun that owns the noun joined to it ("Khizr
    Khan and *his* wife"); None when none tells."""
    lex = lexicon()
    if (given := lex.given_genders.get(norm(name).split()[0])) is not None:
        return given
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text == name:
            nouns = [ent.root.head] if ent.root.dep_ == "appos" else []
            for noun in [*nouns, *(c for c in ent.root.children if c.dep_ == "appos")]:
                if (gender := lex.gendered.get(noun.lower_)) is not None:
                    return gender
            owners = [p.lower_ for c in ent.root.children if c.dep_ == "conj" for p in c.children if p.dep_ == "poss"]
            if owners and owners[0] in ("his", "her"):
                return "m" if owners[0] == "his" else "f"
    return None


def of_gender(doc: Doc, positions: list[int], names: list[str], gender: str | None) -> tuple[list[int], list[str]]:
    """Of the people who share a surname, those an honorific of ``gender`` may stand for ("Mrs. Clinton" is Hillary,
    not Bill Clinton; "Mr. Khan" Khizr, not "his wife, Ghazala Khan"): the names (with their positions) whose
    gender is not the other one; all of them when ``gender`` is None. (Not only those the article tells of that
    gender: "Mr. Bush" is Jeb, whose given name tells nothing, as well as George W. Bush.) Given names worn by men
    and women alike ("Lindsey", "Kelly", "Ali") are not in ``given_name_genders.tsv``: "Ms. Vonn" is Lindsey Vonn."""
    if gender is None:
        return positions, names
    kept = [(p, n) for p, n in zip(positions, names) if name_gender(doc, n) in (gender, None)]
    return [p for p, _ in kept], [n for _, n in kept]


def office_end(doc: Doc, root: Token, right: int, end: int) -> int:
    """Where the name of an office a role word heads ends: over "for" and the capitalised words after it
    ("United Nations High Commissioner *for Human Rights*", "Minister *for Foreign Affairs*"), up to ``end``;
    ``right`` for any other name."""
    if not (right + 1 < end and doc[right].lower_ == "for" and role_word(root)):
        return right
    names, after = ("NNP", "NNPS"), right + 1
    while after < end and (doc[after].tag_ in names or (
            doc[after].lower_ == "and" and after + 1 < end and doc[after + 1].tag_ in names)):
        after += 1
    return after if after > right + 1 else right


__all__ = ["kin_names", "longer_form", "named_as", "thing_names", "office_end", "person_by_apposition", "personal",
           "titled", "shared_surname"]


def thing_names(doc: Doc) -> frozenset[str]:
    """One-word names the article calls by a noun for no person twice or more, in apposition or after "is",
    tags as no person's at least once and never writes after a given name: a thing's, whatever the tagger
    took them for ("Minetest, his "longest ever project"", "Minetest was an attempt by Ahola", "Minetest is an
    open-source game"); not a person known by one name ("Pele, a legend of the sport")."""
    lex, called = lexicon(), Counter[str]()
    for t in doc:
        if t.dep_ in ("appos", "attr") and t.tag_ == "NN" and t.pos_ == "NOUN" and not personal(t.text):
            named = t.head if t.dep_ == "appos" else next(
                (c for c in t.head.children if c.dep_ == "nsubj") if t.head.lemma_ == "be" else iter(()), None)
            if named is not None and named.tag_ in _PROPER and named.left_edge.i == named.i:
                called[named.text] += 1
    if not any(n >= 2 for n in called.values()):
        return frozenset()
    given = {doc[t.i + 1].text for t in doc if t.i + 1 < len(doc) and t.tag_ in _PROPER and t.lower_ in lex.given}
    other = {t.text for t in doc if t.ent_type_ and t.ent_type_ != "PERSON"}  # the tagger unsure of it
    return frozenset(w for w, n in called.items() if n >= 2 and w in other and w not in given
                     and w.lower() not in lex.given)


def _venue(tok: Token) -> int:
    """1 when a capitalised word is a programme's or a medium's ("Show", ``media_venues.txt``), which no name
    ends with; else 0."""
    return int(tok.text[:1].isupper() and tok.lower_ in wordlists.section_set("media_venues.txt", "venues"))


def name_forms(doc: Doc, person_words: set[str], places: set[str]) -> list[tuple[int, str]]:
    """Full names written outside any name the resolver reads, with their positions: the full name of a
    lone surname when nothing better is known. "Given name + surname" as proper nouns ("Adam Schiff" of
    "Represenative Adam Schiff"; 'John "Tig" Tiegen' past the nickname), and an entity of two or three proper
    nouns, whatever its tag, whose last word the tagger takes for a person elsewhere ("Brock Pierce" tagged ORG
    once, "Pierce" PERSON), without a place before it ("from Vermont Bernie Sanders", ``after_place``)."""
    lex, out = lexicon(), []
    for t in doc:
        if t.tag_ != "NNP" or not t.text[:1].isupper() or t.lower_ not in lex.given:
            continue
        if 0 < t.i < len(doc) - 2 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" \
                and doc[t.i + 2].tag_ in _PROPER and doc[t.i + 2].text[:1].isupper():  # "Coach (Frank) Vogel"
            out.append((t.idx, f"{t.text} {doc[t.i + 2].text}"))
        if t.i < len(doc) - 4 and doc[t.i + 1].is_quote and doc[t.i + 3].is_quote and doc[t.i + 2].text[:1].isupper() \
                and doc[t.i + 4].tag_ in _PROPER and doc[t.i + 4].text[:1].isupper():  # 'John "Tig" Tiegen'
            out.append((t.idx, f"{t.text} {doc[t.i + 4].text}"))
        end = t.i + 1
        while end < len(doc) and doc[end].tag_ in _PROPER and doc[end].text[:1].isupper() and end - t.i < 3:
            end += 1
        end -= credit_word(doc, end - 1) or _venue(doc[end - 1])  # "Rachel Maddow" of "The Rachel Maddow Show"
        start = t.i
        if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ + doc[t.i - 1].whitespace_ \
                and doc[t.i - 2].text[:1].isupper():
            start = t.i - 2  # "Eva-Marie Persson", not "Marie Persson"
        if end > t.i + 1 and (doc[end - 1].ent_type_ not in NOT_PEOPLE | {"ORG"} or _name_alone(doc[t.i:end])):
            out.append((doc[start].idx, doc[start:end].text))
    for e in doc.ents:
        if (e.label_ not in NOT_PEOPLE and 2 <= len(e) <= 3 and norm(e[-1].text) in person_words
                and all(t.tag_ in _PROPER and t.text[:1].isupper() for t in e) and not lex.has_org_word(e.text)):
            start, end = after_place(doc, e.start, e[-1], places), e.end - credit_word(doc, e.end - 1)
            while start < end and (lex.title(doc[start].text) or ("", ""))[1] == "honorific":  # "Honour Cherie"
                start += 1
            if end - start >= 2:
                out.append((doc[start].idx, doc[start:end].text))
    return sorted(out)


def titled(doc: Doc) -> list[tuple[Token, Span]]:
    """Each name of two or three proper nouns written after a person's title that the tagger did not take
    for a person ("Princess *Ubolratana Mahidol*", "King *Maha Vajiralongkorn*"), with its title: the title
    says a person is named, so a later "Princess Ubolratana" or "the princess" is her."""
    lex, out = lexicon(), []
    for t in doc[:-2]:
        title = lex.title(t.text)  # (gender, kind) of a title word
        if title is None or title[1] in AFTER_NAME or not t.text[:1].isupper() or lex.title(t.nbor().text):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].tag_ in _PROPER and doc[end].text[:1].isupper() \
                and doc[end].text.isalpha() and not doc[end].ent_type_ and not lex.title(doc[end].text):
            end += 1
        if 2 <= end - t.i - 1 <= 3 and (end == len(doc) or doc[end].tag_ not in _PROPER) \
                and not lex.has_org_word(doc[t.i + 1:end].text):
            out.append((t, doc[t.i + 1:end]))
    return out


def _name_alone(run: Span) -> bool:
    """Whether the tagger takes a run of a given name and proper nouns, as a whole, for an organization
    ("Wanda Vázquez Garced", "Antoine Quirin"): the entity is exactly the run and no word of it is an
    organization's, so it is a person's name (a firm named like a person, "Morgan Stanley", could only
    complete a lone "Stanley" that speaks)."""
    ents = {t.ent_iob_ + t.ent_type_ for t in run}
    return (run[0].ent_iob_ == "B" and ents <= {"BORG", "IORG"} and (run.end == len(run.doc)
            or run.doc[run.end].ent_iob_ != "I") and not lexicon().has_org_word(run.text)
            and run[0].text.lower().rstrip(".") not in lexicon().particles)  # "Al Jazeera"


def _joins_roles(span: Span, cc: int, name: int) -> bool:
    """Whether the "and" at ``cc`` joins roles before the name at ``name``, not names: only lower-case words
    follow it, none a preposition or a plural ("agent and *terrorism specialist* Ali Soufan"; not "Brit Hume and
    Chris Wallace", nor "Family members and neighbours of murdered journalist Jamal Khashoggi")."""
    return cc < name - 1 and all((t.is_lower or t.tag_ == "HYPH") and t.pos_ != "ADP" and t.tag_ != "NNS"
                                 for t in span[cc + 1:name])  # "Early retiree and self-made millionaire X"


def trailing_name(span: Span, person_words: set[str]) -> Span | None:
    """The person's name a description ends with ("Others, including Fox News reporter *Jennifer Griffin*"):
    two proper nouns or more, one the article tags as a person's; never one of a list ("such as Brit Hume
    and Chris Wallace"), an organization's name, nor a name after a preposition (whose role it is). Roles may
    be joined: "Retired FBI agent and terrorism specialist *Ali Soufan*"."""
    run = len(span)
    while run > 0 and span[run - 1].tag_ in _PROPER and span[run - 1].text[:1].isupper():
        run -= 1
    joins = [t.i - span.start for t in span if t.dep_ == "cc"]
    if len(span) - run < 2 or run == 0 or (joins and not _joins_roles(span, joins[-1], run)):
        return None
    if span[run - 1].pos_ == "ADP":
        return None  # "the Chief Technological Officer of Red Hat", "A spokesperson for President X": whose
    name = span[run:]
    if len(name) < 2 or lexicon().has_org_word(name.text) or not (
            any(t.ent_type_ == "PERSON" for t in name) or norm(span[-1].text) in person_words):
        return None
    return name


def may_speak(tok: Token) -> bool:
    """Whether a subject can be the one who speaks: a pronoun, a name, a noun for people or a body
    ("experts", "the ministry"), a role ("the professor") or a document ("the report")."""
    return (tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or animate(tok) or role_word(tok) or tok.lemma_.lower() in lexicon().owned)


def respelled(key: str, surnames: Mapping[str, object], *others: Mapping[str, object]) -> str:
    """``key`` (a folded name) if a name index knows it, else the one surname in ``surnames`` that it
    misspells by one letter ("saree" for "sarea": five letters or more, the first two the same, one letter
    changed) or, in six letters or more, by two letters swapped ("shokeir" for "shokier"), else ``key``. Not by one
    letter left out or put in: "Carson" and "Carlson", "Conway" and "Conaway", "Matthews" and "Mathews" are other
    people as often as they are slips (session 52's review)."""
    if len(key) < 5 or key in surnames or any(key in o for o in others):
        return key
    near = [k for k in surnames if len(k) == len(key) and k[:2] == key[:2] and (
            len(diff := [i for i, (a, b) in enumerate(zip(k, key)) if a != b]) == 1
            or (len(key) >= 6 and len(diff) == 2 and diff[1] == diff[0] + 1 and k[diff[0]] == key[diff[1]]
                and k[diff[1]] == key[diff[0]]))]
    return near[0] if len(near) == 1 else key


def principal(doc: Doc, full_names: list[tuple[int, str]], surname: Callable[[str], str]) -> str | None:
    """The surname (folded) of the person the article is about, whom an unclear "his" or "her" before a
    noun refers to ("According to his publicist, Mendez died"): the only person it names in full, else of
    those the one whose surname it writes most, at least ``PRINCIPAL`` times and more than twice as often
    as any other's; None when no one stands out so."""
    keys = {norm(surname(n)) for _, n in full_names}
    counts = Counter(norm(t.text) for t in doc if t.text[:1].isupper())
    ranked = sorted(keys, key=lambda k: -counts[k])
    if len(ranked) == 1:
        return ranked[0]
    if not ranked or counts[ranked[0]] < PRINCIPAL or 2 * counts[ranked[1]] >= counts[ranked[0]]:
        return None
    return ranked[0]
