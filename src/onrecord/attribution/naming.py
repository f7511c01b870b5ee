"""How a speaker is named within one article: the word lists and the rules about names that speakers.py
applies (speakers.py decides which rule comes first; these say what each rule sees in the words).

- ``Lexicon`` / ``lexicon()``: the word lists of speaker resolution, loaded once from ``data/``;
- where a name starts and ends: ``person_start`` (after the role and title words before a person's
  name, "Senate Minority Whip Dick Durbin": the roles of ``person_name_words.tsv``, not its modifiers,
  "National", "US", which open organizations' names too, and ``titles.txt``; only where what is left
  is a person's name), ``after_place`` ("Senator from Vermont Bernie Sanders"), ``particle_name``
  ("Arnel dela Vega"), ``lone_surname`` ("La Riva"), ``org_bounds`` ("of Montana", "and the
  Levant", "Disaster and Emergency Management Presidency"), ``bracket`` (never in a name);
- which fuller name the article gives: ``acronyms`` ("WHO" -> "World Health Organization"),
  ``body_names.full_company`` ("Ford" -> "Ford Motor Company"), ``persons.name_forms`` (a last resort for a lone
  surname: full names written anywhere, "Represenative Adam Schiff"), ``index_names``, ``same_person``
  (which full names sharing a surname are one person's: "Bill Brown", "Sheriff Bill Brown");
- roles: ``role_key`` ("vice president" is not "president"), ``role_keys`` (a holder's, "foreign secretary": minister
  and secretary), ``role_word``, ``after_role``, ``person_beside`` (the one person a role phrase names);
- what names nobody: ``no_source`` ("you", "one", "which specific individuals", "no cause of death"),
  ``thing`` (``source_nouns.txt`` [things]: "the data", "Findings"), ``owner`` (who owns a thing or a
  document: "Johns Hopkins University data", "her reasoning", "a Twitter post by Amy Cook"), ``whole_of``
  (the document a part of it stands for: "Part of the judge's statement"), ``possessive`` and
  ``owned_by`` (a phrase named by its owner: "His legal team" -> "Michael Avenatti's legal team"), ``owned_role``;
- kinds and plurals: ``given_name_first``, ``animate`` and ``plural_agent`` (what "they" may refer to);
- ``ent_name``: a PERSON entity's name without titles; ``as_written``: a phrase's tokens as the article
  writes them; ``clean_name``: no broken bracket."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution.extensions import entities
from onrecord.attribution.name_shapes import HANDLE, demonym_before_name, opening_adjective

_PROPER = {"NNP", "NNPS"}
AFTER_NAME = ("suffix", "post-nominal")  # kinds of titles.txt words written after a name, not before it
SEPARATORS = {",", ":", ".", "HYPH", "NFP"}  # punctuation tags trimmed off a phrase's edges
NOT_PEOPLE = {"GPE", "LOC", "FAC", "NORP"}
_PRONOUN_LIKE = {"PRON", "DET", "ADJ", "ADV"}  # "you", "that", "which", "many": no one in particular
_QUESTION = {"WDT", "WP", "WP$", "WRB"}  # "which specific individuals", "how many people": a question
_NONE = {"no", "neither"}
_NOT_AGENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of speaker resolution, loaded once from ``data/``."""

    pronouns: dict[str, tuple[str, str, str]]  # word -> (gender m/f/n/-, number sg/pl, person 1/3)
    titles: dict[str, tuple[str, str]]  # word -> (gender, honorific | title | suffix)
    group_nouns: frozenset[str]
    org_words: frozenset[str]
    gendered: dict[str, str]
    given_genders: dict[str, str]  # a given name -> m/f, the weakest sign of gender
    variants: dict[str, str]
    roles: frozenset[str]  # words after which a person's name starts: roles (not modifiers) and titles
    role_words: frozenset[str]  # every role word, modifiers too: a name cannot be all of these
    particles: frozenset[str]  # "de", "van", "dela", "bin", and the article "al"
    given: frozenset[str]  # common given names
    things: frozenset[str]  # source_nouns.txt [things]: never a source alone
    owned: frozenset[str]  # things and documents: their owner, when named, is the speaker
    documents: frozenset[str]  # source_nouns.txt [documents]: "statement", "report", "interview"
    data: frozenset[str]  # source_nouns.txt [data]: documents that speak only through their owner
    parts: frozenset[str]  # source_nouns.txt [parts]: "Part of the judge's statement" is the statement
    printed: frozenset[str]  # source_nouns.txt [printed]: "a report in the Argus Leader" is the paper's
    laws: frozenset[str]  # source_nouns.txt [laws]: "Republic Act No. 3846 states": a law's text, nobody speaks
    animate: frozenset[str]  # nouns for people or bodies that speak
    speaking: frozenset[str]  # source_nouns.txt [documents] and [speakers]: other nouns that can be a source
    forms: frozenset[str]  # organization_forms.txt: "Company", "Inc."
    prefixes: frozenset[str]  # role_prefixes.txt: "vice", "deputy"

    def title(self, word: str) -> tuple[str, str] | None:  # "Sen." and "Sen"; "Del." only with its stop
        return self.titles.get(word.lower()) or self.titles.get(word.lower().rstrip("."))

    def role(self, word: str) -> str:
        w = _key(word)  # "Gov." is "gov", which the variants make "governor"
        return self.variants.get(w, w)

    def has_org_word(self, text: str) -> bool:
        padded = f" {norm(text)} "
        return any(f" {w} " in padded for w in self.org_words)


def norm(name: str) -> str:
    """A name folded for comparing: NFKC, one kind of apostrophe, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold().split())


def _key(word: str) -> str:
    return word.lower().rstrip(".")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    variants: dict[str, str] = {}
    for row in wordlists.rows("speaker_spelling_variants.tsv"):
        variants.update({w.lower(): row[0].lower() for w in row})
    rows = wordlists.rows("person_name_words.tsv")
    roles = {_key(r[0]) for r in rows if r[1] in ("role", "role-surname") and "modifier" not in r[2:]}
    role_words = {_key(r[0]) for r in rows if r[1] in ("role", "role-surname")}
    modifiers = {_key(r[0]) for r in rows if "modifier" in r[2:]}
    titles = {r[0].lower(): (r[1], r[2]) for r in wordlists.rows("titles.txt")}
    title_words = {_key(w) for w, (_, kind) in titles.items() if kind not in AFTER_NAME and not w.endswith(".")}
    group_nouns = frozenset(r[0].lower() for r in wordlists.rows("group_nouns.txt"))
    org_words = frozenset(r[0].lower() for r in wordlists.rows("organization_words.txt"))
    gendered = {r[0].lower(): r[1] for r in wordlists.rows("speaker_gendered_nouns.tsv")}
    given_genders = {r[0].lower(): r[1] for r in wordlists.rows("given_name_genders.tsv")}
    nouns = wordlists.sections("source_nouns.txt")
    return Lexicon(
        pronouns={r[0].lower(): (r[1], r[2], r[3]) for r in wordlists.rows("pronouns.tsv")},
        titles=titles, group_nouns=group_nouns, org_words=org_words, gendered=gendered,
        given_genders=given_genders, variants=variants,
        roles=frozenset(roles | title_words), role_words=frozenset(role_words | title_words),
        particles=frozenset(_key(r[0]) for r in rows if r[1] in ("particle", "article")),
        given=frozenset([*(r[0].lower() for r in wordlists.rows("given_names.txt")), *given_genders,
                         *(w.lower() for r in wordlists.rows("nicknames.tsv") for w in r)]),
        things=frozenset(w.lower() for w in nouns["things"]), laws=frozenset(w.lower() for w in nouns["laws"]),
        owned=frozenset(w.lower() for w in nouns["things"] + nouns["documents"]),
        documents=frozenset(w.lower() for w in nouns["documents"]), data=frozenset(w.lower() for w in nouns["data"]),
        speaking=frozenset(w.lower() for w in nouns["documents"] + nouns["speakers"]),
        parts=frozenset(w.lower() for w in nouns["parts"]), printed=frozenset(w.lower() for w in nouns["printed"]),
        animate=frozenset(group_nouns | org_words | set(gendered) | (role_words - modifiers)),
        forms=frozenset(_key(w) for w in wordlists.entries("organization_forms.txt")),
        prefixes=frozenset(w.lower() for w in wordlists.entries("role_prefixes.txt")),
    )


def person_start(doc: Doc, left: int, root: Token, right: int, has_org_word: Callable[[str], bool]) -> int:
    """Where a person's name in ``doc[left:right]`` (``root`` its head word) starts: after the last role or
    title word before ``root``, when what follows is a person's name (two words, or one the tagger takes
    for a person), or after a people's word ("Syrian"); else ``left``."""
    if root.ent_type_ in NOT_PEOPLE:
        return left
    words = lexicon()
    for k in range(root.i - 1, left - 1, -1):
        if _key(doc[k].text) in words.roles:
            rest = doc[k + 1:right]  # no name of a person: "Syrian Democratic | Forces", "Democratic | Rally in Cyprus"
            handle = len(rest) == 1 and HANDLE.fullmatch(rest[0].text) is not None  # "Twitter user @2Twenty3"
            if (not has_org_word(rest.text) and any(_key(t.text) not in words.role_words for t in rest)
                    and (rest[0].text[:1].isupper() or handle)
                    and not any(t.lower_ in ("in", "of", "for") for t in rest)
                    and (len(rest) > 1 or root.ent_type_ == "PERSON" or handle)):
                return k + 1
            return left
    fellow = int(doc[left].lower_ == "fellow")  # "fellow Bahraini Ali Hassan"; after "fellow", one word: "Esra'a"
    need = 2 if fellow or left > 0 and doc[left - 1].lower_ == "fellow" else 3
    if right - left - fellow >= need and demonym_before_name(doc[left + fellow], words.given) \
            and not has_org_word(doc[left:right].text):
        return left + fellow + 1  # "Syrian Khaldoun Jarbou": not "Syrian Democratic Forces"
    return left


def particle_name(tok: Token) -> bool:
    """A lower-case surname particle inside a name: "dela" of "Arnel dela Vega"."""
    return (_key(tok.text) in lexicon().particles and tok.tag_ in _PROPER and tok.i + 1 < len(tok.doc)
            and tok.nbor(1).text[:1].isupper() and tok.nbor(1).tag_ in _PROPER)


def credit_word(doc: Doc, i: int) -> int:
    """1 for a caption's credit word before its colon, which no name ends with ("Tom Tancredo Image: US"); else 0."""
    return int(i + 1 < len(doc) and doc[i + 1].text == ":" and doc[i].lower_ in _credit_words())


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    """The one-word credit nouns of ``page_words.txt`` ("Image", "Photo")."""
    return frozenset(w.lower() for w in wordlists.sections("page_words.txt")["credit_nouns"] if " " not in w)


def no_source(root: Token) -> bool:
    """Whether a common-noun source names nobody who communicates: a pronoun-like head not resolved
    ("you", "that", "many"), a generic "one", a question ("which specific individuals"), a negation
    ("no cause of death"), or a thing (``not_sources.txt``)."""
    if root.pos_ in _PRONOUN_LIKE:  # but "some of the protesters", "all of these candidates" are people
        return not any(c.dep_ == "prep" and c.lower_ == "of" and any(animate(o) for o in c.children)
                       for c in root.children)
    if root.lower_ == "one" and not any(c.dep_ == "prep" for c in root.children):
        return True
    dets = {c.lower_ for c in root.children if c.dep_ == "det"}
    if dets & _NONE or any(t.tag_ in _QUESTION or t.lower_ == "neither" for t in root.subtree if t.i < root.i):
        return True
    return thing(root)


def thing(root: Token) -> bool:
    """A head noun of ``source_nouns.txt`` [things] ("the data"), capitalised only at a sentence's start ("Findings
    also suggested", whatever entity the tagger took it for); a hashtag ("#WrongTrump went viral, suggesting")."""
    words = lexicon().things
    if root.i > 0 and root.nbor(-1).text == "#" or root.text.startswith("#"):
        return True
    if root.ent_type_ and not (root.is_sent_start and root.ent_iob_ == "B"
                               and (root.i + 1 == len(root.doc) or root.nbor(1).ent_iob_ != "I")):
        return False
    return root.lower_ in words or root.lemma_.lower() in words


def data_document(root: Token) -> bool:
    """A head noun of ``source_nouns.txt`` [data] written as a common noun ("records", "polls"; capitalised
    only at a sentence's start): not a name ("the Congressional Record")."""
    if not root.is_sent_start and (root.ent_type_ or root.tag_ in _PROPER or root.text[:1].isupper()):
        return False
    return bool({root.lower_, root.lemma_.lower()} & lexicon().data)


def law_text(span: Span, root: Token) -> bool:
    """A source phrase that is a law ("the law", "the Constitution", "the Radio Control Law") or names one by
    its number ("Republic Act No. 3846", "17 U.S. Code § 1201 Circumvention of ..."): a word of ``source_nouns.txt``
    [laws] as its head, or followed in its name by a number and its signs. Not a body named after one ("Code Pink",
    "the North Atlantic Treaty Organization": their head is another word)."""
    laws = lexicon().laws
    if root.lemma_.lower() in laws or root.lower_ in laws:
        return True
    name = list(itertools.takewhile(lambda t: t.text != ",", span))
    for k, t in enumerate(name):
        if t.lower_ in laws and t.text[:1].isupper() and any(u.like_num for u in itertools.takewhile(  # "Code § 1201
                lambda u: u.like_num or u.is_punct or u.lower_ in ("no", "no.", "§", "section", "sec"), name[k + 1:])):
            return True
    return False


def owner(root: Token) -> Token | None:
    """Who owns a thing or a document named as a source: a name before it ("Johns Hopkins University
    data", "the NHC advisory"), a possessive ("her reasoning", "the party's website"), "by" or "from"
    ("a Twitter post by Amy Cook", "data from the Gun Violence Archive"), the paper a document is "in"
    ("a report in the Argus Leader") or the agent of "released by"
    ("a statement released by her family")."""
    lex = lexicon()
    if root.ent_type_ or not (root.lower_ in lex.owned or root.lemma_.lower() in lex.owned):
        return None
    for c in root.children:  # "a Twitter post by Amy Cook": Amy Cook; "data from the Gun Violence Archive"
        by = [a for a in c.children if a.dep_ == "agent" or (a.lower_ == "from" and any(k.dep_ == "poss" for o in
              a.children for k in o.children))] if c.dep_ == "acl" and c.tag_ == "VBN" else [c]  # "released by her
        # family", "sent from Biden's Twitter account" (something owned: not "postmarked from Massachusetts")
        for a in by:
            if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "from"):  # not "a study from March"
                return next((o for o in a.children if o.dep_ == "pobj" and o.ent_type_ not in _NOT_AGENTS), None)
            if a.dep_ == "prep" and a.lower_ == "in" and root.lower_ in lex.printed:  # "a report in the Argus Leader"
                found = next((o for o in a.children if o.dep_ == "pobj" and o.tag_ in _PROPER
                              and o.ent_type_ in ("", "ORG", "WORK_OF_ART")), None)
                if found is not None:
                    return found
    for c in root.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.tag_ in _PROPER and c.text[:1].isupper()
                                and c.ent_type_ not in _NOT_AGENTS):  # not "a March 14 NATO press release"
            return c
    return None


def whole_of(root: Token) -> Token:
    """The document a part of it stands for as a source ("Part of the judge's statement reads", "an
    excerpt from the ruling": the statement, the ruling), when ``root`` is a word of ``source_nouns.txt``
    [parts] and its object a thing or a document; else ``root``."""
    lex = lexicon()
    if root.lower_ not in lex.parts or root.ent_type_:
        return root
    return next((o for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children
                 if o.dep_ == "pobj" and (o.lower_ in lex.owned or o.lemma_.lower() in lex.owned)), root)


def possessive(root: Token) -> Token | None:
    """The singular possessive pronoun before a common noun ("His legal team", "her family", "its
    anonymous source"): the owner a reader names the phrase by; not "their" (a group owner's name does
    not make a name: "their government")."""
    return next((c for c in root.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its")
                 and c.i < root.i), None)


def owned_role(root: Token) -> bool:
    """A singular role noun a name owns ("Pagliano's lawyer", "Trump's campaign manager"): one known holder."""
    return root.tag_ == "NN" and role_word(root) and any(
        c.dep_ == "poss" and c.tag_ in _PROPER and c.i < root.i for c in root.children)


def owned_by(owner: str, pronoun: str, phrase: str) -> str:
    """``phrase`` with its opening possessive ``pronoun`` written as ``owner``'s ("His legal team" ->
    "Michael Avenatti's legal team")."""
    if not phrase.lower().startswith(pronoun.lower() + " "):
        return phrase
    mark = "'" if owner.endswith("s") else "'s"
    return f"{owner}{mark}{phrase[len(pronoun):]}"


def role_key(head: Token, role: Callable[[str], str]) -> str:
    """The role a role noun names, for referring back: its lemma (spellings made one by ``role``), or its spelling
    with the word before ("foreign secretary": "minister", ``speaker_spelling_variants.tsv``), with a prefix that
    makes it another role ("vice president" is not "president", nor "former governor" "governor"; "Lt. Gov.")."""
    key, j = role(head.lemma_), head.i - 2 if head.i > 1 and head.nbor(-1).text == "." else head.i - 1
    if j >= 0 and (pair := lexicon().variants.get(f"{head.doc[j].lower_} {head.lemma_.lower()}")):
        return pair  # a two-word spelling: "Foreign Secretary Marcelo Ebrard" is "the foreign minister"
    if j >= 0 and (before := head.doc[j]).lower_.rstrip("-.") in lexicon().prefixes:
        return f"{role(before.lower_.rstrip('-.'))} {key}"
    return "former " * any(c.dep_ == "amod" and c.lower_ in ("former", "onetime") for c in head.children) + key


def role_keys(head: Token, role: Callable[[str], str]) -> set[str]:
    """The keys a holder of a role noun is found by: ``role_key``, and for a two-word spelling the head's own too
    ("Foreign Secretary Dominic Raab" is "the foreign minister" and "the secretary"); a prefixed key, with its
    space, stays one role ("vice president" is never "the president")."""
    key, own = role_key(head, role), role(head.lemma_)
    return {key, own} if key != own and " " not in key else {key}


def bracket(tok: Token) -> bool:
    return tok.text in ("(", "[", "{")


def name_stop(doc: Doc, left: int, right: int) -> bool:
    """Where an entity the tagger drew on stops being a name: at a bracket ("World Health Organization
    (WHO"), and at "of" after a person's name ("Crystal C'Bearing of the Northern Arapaho": her people)."""
    return bracket(doc[right]) or (doc[right].lower_ == "of" and given_name_first(doc[left:right].text))


def org_bounds(doc: Doc, left: int, right: int, end: int, has_org_word: Callable[[str], bool],
               start: int = 0) -> tuple[int, int]:
    """An organization's name grown over what the parse left out, up to ``end``: "of Montana" after "American Civil
    Liberties Union", "in Iraq" after "United States Embassy", "and the Levant" after "Islamic State of Iraq" (a
    conjunct after an "of" that is no organization of its own: not "and Native American Rights Fund"), "Disaster and"
    before "Emergency Management Presidency" and "Search and" before "Rescue Agency" (inside one entity), and the
    organization a possessive names ("the University of Washington's Institute for Health Metrics and Evaluation": the
    institute), but a role's office is one name ("The Alachua Sheriff's Office"), and so is one entity that a kind of
    people owns ("the Catholic Bishops' Conference of the Philippines"); never before ``start`` (one member of a joint
    source: "Sanders" of "Biden and Sanders" tagged as one entity)."""
    if left - 2 >= start and doc[left - 1].tag_ == "POS" and doc[left - 2].text[:1].isupper() \
            and ((role_word(doc[left - 2]) and has_org_word(doc[left:right].text))  # "Alachua Sheriff's Office"
                 or (_plural_owner(doc[left - 2]) and doc[left].ent_iob_ == "I")):  # "Catholic Bishops' Conference"
        left -= 2
        while left > start and doc[left - 1].tag_ in _PROPER and doc[left - 1].text[:1].isupper():
            left -= 1
    k = left  # back over the entity's capitalised words and the "and" between them: "National Search and |
    while k > max(1, start + 1) and (doc[k - 1].ent_iob_ == "I" or doc[k].ent_iob_ == "I") and (  # Rescue Agency"
            _capital_name(doc[k - 1]) or (doc[k - 1].lower_ in ("and", "&") and _capital_name(doc[k - 2]))):
        k -= 1
    if any(t.lower_ in ("and", "&") for t in doc[k:left]):
        left = k
    if right + 1 < end and doc[right].tag_ == "POS" and doc[right + 1].text[:1].isupper():
        after = right + 1
        while after < end and doc[after].text[:1].isupper() and doc[after].tag_ in _PROPER:
            after += 1
        if after > right + 1 and has_org_word(doc[right + 1:after].text):
            left, right = right + 1, after
    of = any(t.lower_ in ("of", "for") for t in doc[left:right])
    while right < end:
        word = doc[right].lower_
        mission = word == "in" and doc[right - 1].lower_ in ("embassy", "consulate")  # "Embassy in Iraq"
        if (word not in ("of", "for", "on", "and", "&") and not mission) or (word in ("and", "&") and not of) or (
                word not in ("and", "&") and not has_org_word(doc[left:right].text)):  # not "Nikki Holland of"
            break
        nxt = right + 1
        if nxt < end and doc[nxt].lower_ == "the":
            nxt += 1
        run = nxt
        while run < end and doc[run].text[:1].isupper() and doc[run].tag_ in _PROPER:
            run += 1
        if run == nxt or doc[nxt].ent_type_ == "DATE" or (word in ("and", "&") and (  # not "Boeing on Monday"
                has_org_word(doc[nxt:run].text) or doc[nxt].ent_type_ == "PERSON")):
            break
        of, right = of or word in ("of", "for"), run
    if of and doc[left].lower_ == "university" and right + 1 < end and doc[right].text == "," \
            and doc[right + 1].ent_type_ == "GPE":  # a campus: "University of California, San Diego"
        after = next((t.i for t in doc[right + 2:end] if t.ent_iob_ != "I"), end)
        right = right if after < end and doc[after].tag_ == "POS" else after  # not "Toronto, Canada's largest"
    return left, right


def venue_after_on(tok: Token) -> bool:
    """Whether a word is a platform after "on" or "via" (``media_venues.txt``), where a comma was left out
    before a name: "The next day on *Twitter* West accused his wife" is West's."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("on", "via") and tok.lower_ in wordlists.section_set(
        "media_venues.txt", "platforms")


def animate(tok: Token) -> bool:
    """Whether a noun can stand for people or a body that speaks (for "they" to refer to). A lower-case
    word the tagger read as a proper plural is none ("the frequency of spiky *skulls*")."""
    if (tok.tag_ == "NNPS" and not tok.is_lower) or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    words = lexicon().animate
    lemma = tok.lemma_.lower()
    return tok.lower_ in words or lemma in words or lemma.rstrip("s") in words


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "person", "ess", "ster", "crat",
                  "ive", "ary")


def _title_case(root: Token) -> bool:
    """A phrase written as a name at a sentence's start ("Transport for London (TfL)"): two words or
    more, every one but the small ones capitalised."""
    words = [t for t in root.subtree if t.is_alpha and t.lower_ not in ("for", "of", "the", "and", "de")]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def can_speak(root: Token) -> bool:
    """Whether a common noun heading a source can be someone who communicates: a name or an entity
    tag, a noun of the speaker word lists (people, bodies, roles, documents, ``source_nouns.txt``
    [speakers]), a noun for an agent by its ending ("a researcher", "the resident", "the
    interviewee") or a part of a group (``part_of_many``); not "the trial", "margins", "the virus"."""
    if ((root.tag_ in _PROPER and not root.is_lower) or root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or animate(root) or (root.text[:1].isupper() and not root.is_sent_start) or _title_case(root)):
        lemma = ""
    else:
        lemma = root.lemma_.lower()
    if not lemma or part_of_many(root) or any(c.dep_ == "prep" and c.lower_ == "of" and any(
            animate(o) for o in c.children) for c in root.children):  # "two-thirds of senators"
        return True
    words = lexicon().speaking
    if root.lower_ in words or lemma in words:
        return True
    return agent_noun(lemma)


def part_of_many(root: Token) -> bool:
    """Whether a number heads a part of a group named by a noun that can speak ("*One* of the users": one
    of them, unnamed; not "One of them", the pronoun's group)."""
    return root.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.pos_ in ("NOUN", "PROPN") and can_speak(o) for o in c.children) for c in root.children)


def agent_noun(word: str) -> bool:
    """A noun for an agent by its ending ("researcher", "resident", "interviewee"), not "-ment" nor a word of
    ``source_nouns.txt`` [not agents] ("factor")."""
    return word.endswith(_AGENT_ENDINGS) and not word.endswith("ment") \
        and word not in wordlists.section_set("source_nouns.txt", "not agents")


DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # determiners of a noun the reader knows


_DOMAIN = re.compile(r"\w\.(com|org|net|info|ru|ua|by|de|fr|uk|in|ph|hu|pl|am|az|ge|kz)$", re.IGNORECASE)


def written_as_body(name: str) -> bool:
    """A name that is written as no person's is: a web address ("Znak.com", "Politics1.com"), one word
    in capitals ("ALDI", "FEC") or with a digit ("TVN24"), or a digit after its first word ("News 12", "Wi-Fi 6",
    "Samsung 4K Smart"; a stage name may open with one: "2 Chainz")."""
    word, rest = name.strip(), name.strip().partition(" ")[2]
    return bool(_DOMAIN.search(word)) or any(c.isdigit() for c in rest) or (" " not in word and (
        (len(word) >= 3 and word.isalpha() and word.isupper()) or any(c.isdigit() for c in word)))


def after_role(doc: Doc, start: int) -> bool:
    """Whether the word before a name starting at ``start`` is a person's role or title ("Assemblywoman Selena
    Torres") or a people's word ("Bahraini Mahmood Al Yousif", ``demonym_before_name``): the name is a person's."""
    return start > 0 and (_key(doc[start - 1].text) in lexicon().roles
                          or demonym_before_name(doc[start - 1], lexicon().given))


def tree_depth(tok: Token) -> int:
    """How many heads up the parse tree ``tok`` stands from its sentence's root."""
    depth = 0
    while tok.head.i != tok.i and depth < 64:
        tok, depth = tok.head, depth + 1
    return depth


_NOT_OWNERS = frozenset({"GPE", "LOC", "NORP"})
_PEOPLES = ("ians", "eans", "ese", "is")  # how the names of peoples end


def _capital_name(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.tag_ in _PROPER


def _plural_owner(tok: Token) -> bool:
    """A plural noun owning the next words by an apostrophe (or "'s" after an irregular plural), not a place or a
    people: "*Bishops'* Conference", "*Workers'* Party", "the *People's* Daily"; not "the *Philippines'* Department
    of Health", "The *Palestinians'* Health Ministry"."""
    return (tok.tag_ in ("NNS", "NNPS") and tok.nbor(1).text in ("'", "’", "'s", "’s")
            and tok.ent_type_ not in _NOT_OWNERS and not tok.lower_.endswith(_PEOPLES))  # "Palestinians'", "Iraqis'"


def role_word(tok: Token) -> bool:
    """A title or role word ("President", "Prime", "Minister"), modifiers included."""
    return _key(tok.text) in lexicon().role_words


def after_and(appos: Token) -> bool:
    """Whether an apposition is a conjunct the parse hung on the head: it follows an "and" ("researchers from
    A *and B*"), not a comma."""
    return appos.left_edge.i > 0 and appos.doc[appos.left_edge.i - 1].dep_ == "cc"


def _person_ending(ent: Span) -> Span | None:
    """The person's name at the end of an entity the tagger took whole for something else: "Scotland
    Nicola Sturgeon" (an ORG) → "Nicola Sturgeon", from its common given name on (its first word only after a
    role's "to the United Nations": "Nikki Haley", an ORG, is a name there, not "Tommy Hilfiger" anywhere)."""
    run_on = ent.start > 0 and ent.doc[ent.start - 1].ent_type_ in ("ORG", "GPE") and ent.doc[ent.start - 1].dep_ \
        == "compound" and ent.doc[ent.start - 1].head.i >= ent.start
    given = next((t.i for t in ent[0 if run_on else 1:] if t.lower_ in lexicon().given and t.tag_ in _PROPER), None)
    if given is None or ent.end - given < 2 or not all(t.tag_ in _PROPER for t in ent.doc[given:ent.end]):
        return None
    return ent.doc[given:ent.end]


def person_beside(span: Span, cue: int | None) -> tuple[Span, int] | None:
    """The one person a role phrase names, after a comma or an "and" and the titles before the name: "The
    governor of Ohio, Mike DeWine", "Daily Xtra's editorial director, Rachel Giese"; also just past the
    phrase, before its cue ("Conservative Party leader and | Prime Minister Boris Johnson said"). None when
    several people are named (a name that modifies a role is not one: "former Bill Clinton White House Press
    Secretary Joe Lockhart"), when the name hangs on a word ("a spokesperson for President Rodrigo
    Duterte", "quoting John Smith"; but a role of a place may stand right before it: "First Minister of
    Scotland Nicola Sturgeon"), or when words other than punctuation follow it. With the person, where
    the role's words end."""
    doc, limit, ents = span.doc, span.end, entities(span.doc)
    if cue is not None:
        while limit < len(doc) and doc[limit].idx < cue and (doc[limit].is_punct or doc[limit].is_space
                                                              or doc[limit].tag_ in _PROPER):
            limit += 1
    people = [e for e in ents if e.label_ == "PERSON" and span.start <= e.start and e.end <= limit
              and not e.end <= e.root.head.i < limit] or [  # not a name modifying a word after it
        p for e in ents if span.start <= e.start and e.end <= limit and (p := _person_ending(e)) is not None]
    if len(people) != 1:
        return None
    person = people[0]
    if person.end < limit and not doc[person.end].is_punct:
        return None
    k = person.start - 1
    while k > span.start and (role_word(doc[k]) or (doc[k].text[:1].isupper() and doc[k].tag_ in _PROPER
                                                     and doc[k].head.i >= person.start)
                              or (doc[k].dep_ in ("amod", "compound") and k < doc[k].head.i < person.end)):
        k -= 1  # the role's own words: "former White House Press Secretary"
    if k <= span.start:
        return None
    before = doc[k]
    if before.text in (",", ")") or (before.lower_ == "and" and k < person.start - 1):  # ")": "Member ... (MP) Kevin"
        return person, k
    place = person.start - 1  # "First Minister of Scotland Nicola Sturgeon", "Ambassador to the United Nations Nikki
    whole = next((e for e in ents if e.start < person.start < e.end), None)  # Haley"; "Scotland Nicola Sturgeon"
    while place > span.start and (doc[place].ent_type_ in ("GPE", "LOC", "ORG")  # (ORG)
                                  or (whole is not None and place >= whole.start)):
        place -= 1
    if place < person.start - 1 and place > span.start and (doc[place].lower_ in ("of", "to", "from", "in") or (
            doc[place].lower_ == "for" and doc[place + 1].ent_type_ != "ORG")):  # not "The lawyer for Acme Corp John"
        return person, person.start
    return None


def given_name_first(name: str) -> bool:
    """A name of two or more words whose first is a common given name ("Jacqueline De León"): a person."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in lexicon().given and _key(words[0]) not in lexicon().particles


def plural_agent(t: Token) -> Token | None:
    """A plural subject that can speak, for "they" to refer to, or the people owning it ("Protesters'
    demands": the protesters); None for things and questions ("Planets", "how many people")."""
    if no_source(t):
        return None
    if animate(t):
        return t
    return next((c for c in t.children if c.dep_ == "poss" and c.tag_ in ("NNS", "NNPS") and animate(c)), None)


def index_names(names: list[tuple[int, str]], part: Callable[[str], str]) -> dict[str, tuple[list[int], list[str]]]:
    """Position-sorted full names by a part of them (a surname, a first name): positions and names."""
    out: dict[str, tuple[list[int], list[str]]] = {}
    for p, n in names:
        positions, found = out.setdefault(part(n), ([], []))
        positions.append(p)
        found.append(n)
    return out


def index_inner(names: list[tuple[int, str]]) -> dict[str, tuple[list[int], list[str]]]:
    """Full names of three words or more by each capitalised inner word that is no particle: the first of
    two surnames ("Rosselló" of "Ricardo Rosselló Nevares", "Vázquez" of "Wanda Vázquez Garced")."""
    out: dict[str, tuple[list[int], list[str]]] = {}
    for p, n in names:
        for w in n.split()[1:-1]:
            if w[:1].isupper() and _key(w) not in lexicon().particles and lexicon().title(w) is None:
                positions, found = out.setdefault(norm(w), ([], []))
                positions.append(p)
                found.append(n)
    return out


def same_person(name: str, other: str, key: str) -> bool:
    """Two full names found by ``key`` are one person's when they share another word than ``key``,
    titles, initials and quotes aside ("Bill Brown", "Sheriff Bill Brown", 'Jeremy "Spike" Cohen', "Spike
    Cohen"); "Joe Biden" and "Hunter Biden" do not."""
    def words(n: str) -> set[str]:
        bare = (w.strip("\"'“”‘’()") for w in norm(n).replace(".", " ").split())
        return {w for w in bare if w != key and len(w) > 1 and lexicon().title(w) is None}
    return name == other or bool(words(name) & words(other))


def surname_subject(tok: Token, by_surname: dict[str, tuple[list[int], list[str]]]) -> bool:
    """A capitalised word that is the surname of a person the article names in full, standing as a name
    whatever the tagger says ("Honcharuk" tagged a place, "Fox" an organization, "Trump" a verb): not
    "the West", not one of several names ("Smith and Jones")."""
    return (tok.text[:1].isupper() and norm(tok.text) in by_surname and tok.ent_type_ != "NORP"
            and not any(c.dep_ in ("det", "conj") for c in tok.children))


def lone_surname(name: str) -> bool:
    """One word, or a surname with its particles ("La Riva", "dela Vega"): a name to look up in full."""
    words = name.split()
    return bool(words) and all(_key(w) in lexicon().particles for w in words[:-1])


def after_place(doc: Doc, left: int, root: Token, places: set[str]) -> int:
    """Where a person's name starts after the place a role is of ("Senator from Vermont Bernie Sanders",
    "Governor of New York Andrew Cuomo"), when a preposition stands right before the name: at its first
    common given name, else past the words the article tags as a place; two words or more are left."""
    if left == 0 or doc[left - 1].lower_ not in ("from", "of", "for", "in", "to"):
        return left
    if (given := next((k for k in range(left, root.i) if doc[k].lower_ in lexicon().given), None)) is not None:
        return given
    k = left
    while k < root.i and (doc[k].ent_type_ in ("GPE", "LOC") or norm(doc[k].text) in places):
        k += 1
    return k if k < root.i else left


def ent_name(ent: Span, places: set[str]) -> tuple[str, str | None]:
    """A PERSON entity's name without titles, and the gender its titles tell (``places``: the article's
    place words, folded, for ``after_place``)."""
    doc, lex, toks, gender = ent.doc, lexicon(), list(ent), None
    if ent.start > 0:
        toks.insert(0, doc[ent.start - 1])
    while toks and (lex.title(toks[0].text) or toks[0].is_punct or toks[0].i < ent.start or opening_adjective(
            toks[0], lex.given) or (role_word(toks[0]) and len(toks) > 2)):  # "Superintendent Graciano Mijares"
        title = lex.title(toks.pop(0).text)
        gender = title[0] if title and title[0] in "mf" else gender
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or credit_word(doc, toks[-1].i)):
        toks.pop()
    if toks and (start := max(after_place(doc, first := toks[0].i, ent.root, places), person_start(
            doc, first, ent.root, toks[-1].i + 1, lex.has_org_word))) > first and sum(  # "[Senator from] Vermont
            t.is_alpha and t.i >= start for t in toks) > 1:  # Bernie Sanders", "Browns DL Sheldon Richardson"; not
        toks = [t for t in toks if t.i >= start]  # "Jr." of "Martin Luther King Jr." ("King" a title)
    return as_written(toks), gender


def trim(span: Span | None) -> Span | None:
    """``span`` without punctuation or white space at either edge; None when nothing is left."""
    if span is None:
        return None
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def as_written(tokens: list[Token]) -> str:
    """The tokens as written, one space where a dropped piece or a run of spaces was, no separator at the edges."""
    tokens = [t for t in tokens if not t.is_space]  # "The  travelers": a second space is a token of its own
    while tokens and tokens[0].tag_ in SEPARATORS:
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ in SEPARATORS:
        tokens = tokens[:-1]
    out = []
    for k, t in enumerate(tokens):
        out.append(t.text)
        if k + 1 < len(tokens):
            out.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return "".join(out).strip()


_DROPPED = {"relcl", "appos"}  # never part of a descriptor, at any depth


def noun_phrase(head: Token, span: Span, whole: bool) -> str:
    """The noun phrase of ``head`` inside ``span`` without relative clauses, appositions and an owner's age ("47-year-
    old Matovič's office"); unless ``whole``, also without its own article and conjuncts (each one descriptor)."""
    keep, stack = [], [head]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if ((c.dep_ in _DROPPED and not (c.dep_ == "appos" and after_and(c))) or not span.start <= c.i < span.end
                    or (not whole and t is head and (c.dep_ in ("conj", "cc") or (c.dep_ == "det" and c.i < head.i)))
                    or (t.dep_ == "poss" and c.lower_ == "old" and c.ent_type_ == "DATE")  # "47-year-old Matovič's"
                    or (c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].text == ",")):  # "X, *with 300 staff*,"
                continue
            stack.append(c)
    kept = {t.i for t in keep}
    return as_written([t for t in sorted(keep, key=lambda t: t.i)  # no comma left by a dropped piece
                       if t.tag_ not in SEPARATORS or {t.i - 1, t.i + 1} <= kept])


def clean_name(name: str) -> str:
    """A name without broken brackets ("Transport for London (", "( )"), a stray "." (". Matt Harris") or ": ", or
    the markup a page left stuck to it ('">Sanders' of '<tweet tweet-author="...">Sanders said')."""
    name = re.sub(r"<[^<>]*>", " ", name).rsplit(">", 1)[-1].split("<", 1)[0].strip()  # no name holds a tag
    name = (cut := re.sub(r"\s*[(\[]\s*[)\]]", "", name)).rpartition(": ")[2] or cut  # a book title's words before X
    for opening, closing in ("()", "[]"):
        at = name.rfind(opening)
        if at >= 0 and closing not in name[at:]:
            name = name[:at]
    return name.strip(" ,;:-").lstrip(". ")
