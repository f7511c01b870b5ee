"""Antecedents of he, she and they: whom a personal pronoun stands for, the way news is written.

The speaker resolver (``speakers.py``) hands :func:`pick` the mentions before a pronoun, nearest
first: earlier speakers, persons named outside direct quotes, plural subject nouns (for "they"),
and earlier subject pronouns ("He named his running mate"), which stand for whomever they resolve
to. Each mention knows whether it is a grammatical subject and its clause depth
(:func:`clause_depth`): 0 in the sentence's main clause ("Trump encouraged schools to reopen"),
one more for each clause it sits in: reported speech ("He said [Zelensky is ...]"), a relative or
adverbial clause ("reports [Trump hid in the basement]").

Precedence, among the mentions within ``window`` sentences that agree with the pronoun (gender,
number, kind), the first that applies:

1. a subject before the pronoun in its own sentence ("He said Zelensky is ...; '...,' he added":
   the first "he", not Zelensky; a name after a preposition in that sentence is never the pronoun:
   "Speaking to Martin Smith, he said", "According to Twitter, he describes himself"); when its gender
   is unknown and another person named before the pronoun in that sentence, even inside a quotation,
   is known to be of the pronoun's, the subject still, but the pronoun says nothing of its gender
   ("Gov. Chris Christie described Hillary Clinton as a "disgrace" after she attacked ...": Christie,
   wrongly, and a later "he said" may still be his);
2. continuation: the latest agreeing speaker, named in a main clause, when no other agreeing
   main-clause subject stands in that sentence or came after it, and, from an earlier paragraph,
   when the pronoun's paragraph names no one else who agrees ("Fitness mattered, according to
   Kidston. '...,' he said");
3. the subject of the nearest earlier sentence of the pronoun's paragraph that has one;
4. else the one agreeing person the paragraph names so far ("For Martin, it does not matter.
   While he believes ...");
5. the subject of the nearest sentence of an earlier paragraph that has one;
6. else the nearest agreeing mention, however far back.

Of several subjects in a sentence (1, 3, 5), the one in the shallowest clause, so a person only
named inside reported speech or a subordinate clause ranks below the sentence's subject. In 3 and 5,
a sentence whose subjects all stand in subordinate clauses and that introduces another person (first
named in full, a role beside the name: "While Obama had ..., which concerns Henry Crespo, president of
..."), gives nobody: the newcomer and the subject are equally likely. The record
does not guess: two different people equally likely (two subjects at that depth, two people named
in 4), or an earlier "he" that itself named nobody, give nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import Any

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution import naming, persons

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# dependencies that open a clause below the one their head is in; "parataxis" is left out: the
# spliced "he said" of "The vote, he said, was fixed" is no deeper than the sentence
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp"})


@dataclass
class Mention:
    pos: int
    sent: int
    subject: bool
    entity: Any = None
    make: Callable[[], Any] | None = None  # builds (or resolves) the entity when first needed
    depth: int = 0  # clause depth (module docstring)
    pronoun: str | None = None  # "m"/"f" for a he/she subject, which stands for what it resolves to
    aside: bool = False  # a source after a preposition ("according to Twitter"): never in its own sentence
    cited: bool = False  # such a source in brackets ("(according to CNN)"): only in the sentence right after it
    spoke: bool = False  # a statement's source
    contrast: bool = False  # a source in a clause set against the main one ("..., while Brudziński wrote")
    asked: bool = False  # the one asked a question ("Conroy asked *Sanders* whether ..."), who answers next
    denied: str | None = None  # people named only to be denied (``denial``): only in their own sentence
    quoted: bool = False  # a person named inside a quotation: no antecedent, only a rival in its sentence (``pick``)
    introduced: bool = False  # a person first named in full with a role beside it ("Henry Crespo, president of ...")

    def made(self) -> Any:
        """The mention's entity, built at the first call."""
        if self.entity is None and self.make is not None:
            make, self.make = self.make, None  # once, even when it names nobody
            self.entity = make()
        return self.entity


position = attrgetter("pos")  # a Mention's position, to sort and search by


def before(mentions: list[Mention], pos: int) -> Iterator[Mention]:
    """The ``mentions`` (sorted by position) before ``pos``, nearest first."""
    yield from (mentions[k] for k in range(bisect_left(mentions, pos, key=position) - 1, -1, -1))


def opens_part(doc: Doc, pos: int, parts: list[tuple[int, int]]) -> bool:
    """Whether the phrase of the word at character ``pos`` opens one of ``parts``."""
    tok = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return tok is not None and any(persons.name_head(tok[0]).left_edge.idx == a for a, _ in parts)


def clause_depth(tok: Token) -> int:
    """How many clauses below the sentence's main clause ``tok`` stands."""
    depth, seen = 0, 0
    while tok.head.i != tok.i and seen < 64:
        depth += tok.dep_ in _CLAUSES
        tok, seen = tok.head, seen + 1
    return depth


def denial(tok: Token) -> str | None:
    """How a plural subject for people names them only to deny them, a mention for a "they" in its sentence: "both"
    for two sets with "neither ... nor" ("neither US nor British authorities delivered a list of the countries they
    said were involved": that "they" is both of them, ``both``), "none" for any other ("no officials"); None for a
    subject that denies no one."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ == "PRON" or not naming.no_source(tok) or naming.thing(tok) \
            or not naming.animate(tok):
        return None
    words = [t.lower_ for t in tok.subtree]
    return "both" if "nor" in words and "neither" in words[:words.index("nor")] else "none"


def both(name: str) -> str:
    """The people of a "neither ... nor" phrase, both: "US and British authorities"; any other name as it is."""
    return re.sub(r"^[Nn]either (.+?) nor ", r"\1 and ", name)


def aside(tok: Token) -> bool:
    """Whether a statement's source whose head word is ``tok`` is the object of a preposition
    ("according to Twitter", "per ABC News"; not an agent, "by Smith"): it stands for a speaker
    after its sentence ("Fitness mattered, according to Kidston. '...,' he said"), but a pronoun
    in its own sentence is someone else ("According to Twitter, he describes himself as ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ != "by"


def fronted_aside(tok: Token) -> bool:
    """Whether a name stands in a prepositional phrase set before the verb it modifies ("Like many others, including
    Marwa Rakha and Doaa, he believed"): a pronoun subject of that verb is someone else. Not one on a noun ("The
    accusation against Biden is that he called for")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ != "by":
        prep, tok = tok.head, tok.head.head
        if tok.pos_ in ("VERB", "AUX"):
            return prep.i < tok.i
    return False


def bracketed(tok: Token) -> bool:
    """Whether a source stands in brackets in its sentence ("... sentenced to 12 years of hard labor (according to
    CNN)"): a citation, which a pronoun stands for only in the next sentence ("(according to Dr. Maria Lopez). She
    said ..."), not further on ("A Facebook page for Laura and Euna ... Today they are asking": not CNN)."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):  # the sentence's tokens, not Doc.text (built at every call)
        if t.text in ("(", ")"):
            return t.text == "("
    return False


def singular_they(doc: Doc, pos: int, spoken: Iterable[Mention], sent: int, person: Callable[[Any], bool]) -> Any:
    """The one person a "they" right after a quotation closed on a comma, "?" or "!" stands for, as news
    writes of someone whose gender it does not give ("Kym Lino, a spokesperson for Instagram, confirmed ...
    "We use ...," they said"): the last speaker (``spoken``, nearest first), if a ``person`` of no known
    gender, in this sentence or the one before, with no plural subject between them and the "they" ("...
    as hundreds of residents marched. "We will not be ignored," they said": the residents). None otherwise."""
    if not _CLOSED_QUOTATION.search(doc.text, 0, pos):
        return None
    last = next(iter(spoken), None)
    if last is None or last.sent < sent - 1 or (entity := last.made()) is None or not person(entity):
        return None
    between = doc.char_span(last.pos, pos, alignment_mode="expand") or ()
    return None if any(t.dep_ in SUBJECTS and t.tag_ in ("NNS", "NNPS") for t in between) else entity


_CLOSED_QUOTATION = re.compile(r"[,?!][\u201d\"]\s*$")


def pick(mentions: Iterable[Mention], sent: int, ok: Callable[[Any], bool], window: int,
         gender: str | None = None, paragraph: int = 0, unsure: list[Any] | None = None) -> Any:
    """The antecedent (module docstring) of a pronoun in sentence ``sent``, or None; ``mentions`` are
    those before it, nearest first; ``ok`` tells an entity that agrees; ``gender`` is the pronoun's
    ("m", "f"), which an entity's ``gender`` may be known to be; ``paragraph`` where its paragraph starts.
    ``unsure`` gets the antecedent when it is no evidence of its gender (rule 1)."""
    found: list[tuple[Mention, Any]] = []  # agreeing mentions within the window, nearest first
    rivals: list[Mention] = []  # people named inside a quotation in the pronoun's sentence
    for m in mentions:
        if m.sent < sent - window and found:
            break
        if m.quoted:
            rivals += [m] if m.sent == sent else []
            continue
        if m.aside and (m.sent == sent or (m.cited and m.sent < sent - 1)) or (m.denied and m.sent != sent):
            continue
        if m.pronoun is not None and m.pronoun != gender:  # "she" is not the man of a later "he"
            continue
        entity = None if m.denied == "none" else m.made()  # "no officials": nobody; "neither A nor B": both
        if entity is None:
            if m.pronoun is not None and m.sent >= sent - window:
                found.append((m, None))  # "he" that named nobody: a later "he" cannot be told either
            continue
        if ok(entity):
            found.append((m, entity))
            if m.sent < sent - window:
                return entity  # nothing closer: the nearest agreeing mention (6)
    own = [(m, e) for m, e in found if m.sent == sent and m.subject]
    if own:  # "He said Zelensky is ...; '...,' he added": a subject before it in its own sentence
        chosen = _best(own)

        def sure(e: Any) -> bool:  # known to be of the pronoun's gender
            return gender in ("m", "f") and getattr(e, "gender", None) == gender
        if unsure is not None and chosen is not None and not sure(chosen) and any(  # another there is sure and it
                m.sent == sent and e is not chosen and e is not None and sure(e)  # is not ("Gov. Chris Christie
                for m, e in [*found, *((r, r.made()) for r in rivals)]):  # described Hillary Clinton as a
            unsure.append(chosen)  # "disgrace" after she attacked ..."): most often the subject, but no evidence
        return chosen
    here = [(m, e) for m, e in found if m.sent < sent and m.pos >= paragraph]
    last, chosen = next(((m, e) for m, e in found if m.spoke and e is not None), (None, None))
    if (last is not None and not last.depth
            and not any((m.pos > last.pos or m.sent == last.sent) and m.subject and m.depth == 0 and e is not chosen
                        for m, e in found)
            and not (last.pos < paragraph and any(e is not chosen for _, e in here))):
        return chosen
    for _, sentence in groupby(here, key=lambda f: f[0].sent):
        group = list(sentence)
        if subjects := [(m, e) for m, e in group if m.subject]:
            return None if _newcomer(group, subjects) else _best(subjects)
    if named := {id(e): e for _, e in here}:  # "For Martin, it does not matter. While he believes ..."
        return next(iter(named.values())) if len(named) == 1 else None
    for _, sentence in groupby([f for f in found if f[0].pos < paragraph], key=lambda f: f[0].sent):
        group = list(sentence)
        if subjects := [(m, e) for m, e in group if m.subject]:
            return None if _newcomer(group, subjects) else _best(subjects)
    return found[0][1] if found else None


def _newcomer(group: list[tuple[Mention, Any]], subjects: list[tuple[Mention, Any]]) -> bool:
    """Whether a sentence whose subjects all stand in subordinate clauses introduces one other person (named in full
    for the first time, a role beside the name): the next quotation's "he" may be either ("While Obama had ..., that
    has not been happening for Clinton, which is something that concerns *Henry Crespo, president of* ... '...,' he
    said": Crespo; "When Trump attacked *Khizr Khan, the father of* ..., many Republicans cringed. 'I was wrong ...,'
    he told reporters": Trump), so it names nobody."""
    if min(m.depth for m, _ in subjects) == 0:
        return False
    return any(m.introduced and not m.subject and e is not None and all(e is not other for _, other in subjects)
               for m, e in group)


def _best(subjects: list[tuple[Mention, Any]]) -> Any:
    """The subject in the shallowest clause; None when two different ones share it, or when two different
    ones spoke there, the second in a clause set against the first ("Duda said ... *while* Brudziński wrote
    ... He tweeted": either); the one asked a question there, who answers next; not one in a relative clause or
    inside what was said ("Trump said he banned travel, *which Biden opposed* as xenophobic. He claimed": Trump)."""
    if len(answering := {id(e): e for m, e in subjects if m.asked}) == 1:  # the one asked, not the asker
        return next(iter(answering.values()))
    top = min(m.depth for m, _ in subjects)
    if len({id(e) for m, e in subjects if m.spoke and (m.depth == top or m.contrast)}) > 1:
        return None
    best = {id(e): e for m, e in subjects if m.depth == top}
    return next(iter(best.values())) if len(best) == 1 else None


SET_AGAINST = frozenset({"while", "whereas"})


def set_against(verb: Token) -> bool:
    """Whether a verb heads a clause set against the main one ("*while* Brudziński *wrote* he had ordered")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SET_AGAINST for c in verb.children)


def own_gender(tok: Token, pronouns: dict[str, tuple[str, str, str]]) -> str | None:
    """The gender its own sentence gives an unnamed subject by a possessive after it ("One of the victims
    decided to allow *her* name to be made public": "f", by ``pronouns``, the lexicon's); None when there is
    none or both."""
    found = {pronouns[t.lower_][0] for t in tok.sent if t.i > tok.i and t.tag_ == "PRP$" and t.lower_ in pronouns}
    found &= {"m", "f"}
    return found.pop() if len(found) == 1 else None


def other_gender(subject: Token | None, pronoun: Token, lex: Any) -> bool:
    """Whether a "he" or "she" cannot be ``subject``, by the genders the lexicon (``naming.lexicon()``) gives
    them: "his *daughter* reported to the police *he* ..." (f, m), not "Greg Abbott apologized to the voters
    *he* ..." (m, m); False when either gender is unknown."""
    if subject is None:
        return False
    mine = lex.pronouns.get(subject.lower_, ("",))[0] if subject.tag_ == "PRP" else lex.gendered.get(
        subject.lemma_.lower()) or next((lex.given_genders[t.lower_] for t in subject.subtree
                                         if t.lower_ in lex.given_genders), None)
    theirs = lex.pronouns.get(pronoun.lower_, ("",))[0]
    return mine in ("m", "f") and theirs in ("m", "f") and mine != theirs


def sole_person(pronoun: Token, name: str, lex: Any) -> bool:
    """Whether the person ``name`` is the only one a possessive ``pronoun`` can stand for: named in the sentence
    before it in its paragraph, or in its own before it, where no other person is named, no he, his, she or her
    of its gender stands, and no singular noun for a person ("a man", "the suspect", "the driver": someone
    unnamed who may be the owner): "Teachers didn't see *Holcomb* at the Statehouse. *His* office said ...", not
    "A man accused of attacking John Smith appeared in court. His lawyer said". ``lex``: ``naming.lexicon()``."""
    doc, sent, pronouns = pronoun.doc, pronoun.sent, lex.pronouns
    start = doc[sent.start - 1].sent.start if sent.start > 0 and not doc[sent.start - 1].is_space else sent.start
    words, gender = set(name.lower().split()), pronouns.get(pronoun.lower_, ("",))[0]
    before = doc[start:pronoun.i]
    names = [t for t in before if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_)]  # untagged:
    return bool(names) and all(t.lower_ in words for t in names) and not any(  # "Holcomb and *Pence*"
        (t.pos_ == "PRON" and pronouns.get(t.lower_, ("",))[0] == gender) or (t.tag_ == "NN" and person_noun(t))
        for t in before)


def person_noun(tok: Token) -> bool:
    """A common noun for a person: a word for one ("man", "spokesman": ``persons.personal``; "suspect", a speaker
    noun of ``source_nouns.txt``), an agent's ending ("driver", "striker") or an age ("the 12-*year*-old")."""
    word, doc = tok.lower_, tok.doc
    return persons.personal(word) or naming.agent_noun(word) or word in wordlists.section_set(
        "source_nouns.txt", "speakers") or (
        word == "year" and doc[tok.i + 1:tok.i + 3].text.lower() in ("-old", "- old"))


_BOUND = re.compile(r"\b(?:his|her)(?=\s+own\b)", re.IGNORECASE)


def bound_genders(doc: Doc, pronouns: dict[str, tuple[str, str, str]], text: str | None = None) -> dict[str, str]:
    """The gender the article gives named people by "his own" or "her own" in the object of a verb whose
    subject they are, with no other person named in that clause ("Richardson had *his own* opinion"): the
    lower-cased word of the name that is the subject -> "m" or "f", for those given one gender only and
    the only person the article names with that word (not "Laura Bush" beside "George W. Bush"). It outweighs
    what a given name suggests (a man named Darcy). ``text``: the doc's text, when the caller has it."""
    found: dict[str, set[str]] = {}
    for m in _BOUND.finditer(doc.text if text is None else text):
        t = doc.char_span(m.start(), m.end(), alignment_mode="expand")[0]
        noun = t.head
        verb = noun.head if noun.dep_ in ("dobj", "attr") else None
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] if verb is not None else []
        if t.lower_ not in pronouns or len(subjects) != 1 or subjects[0].ent_type_ != "PERSON":
            continue
        subj = subjects[0]
        if any(u.ent_type_ == "PERSON" and not subj.left_edge.i <= u.i <= subj.right_edge.i for u in verb.subtree):
            continue  # "gave Nancy Pelosi her own seat"
        found.setdefault(subj.lower_, set()).add(pronouns[t.lower_][0])
    if not found:
        return {}
    names = [e.text.split() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    return {word: genders.pop() for word, genders in found.items() if len(genders) == 1 and genders <= {"m", "f"}
            and len({" ".join(n) for n in names if n[-1].lower() == word}) <= 1}


def subject(tok: Token) -> bool:
    """A grammatical subject, or a name in apposition to one ("business partner Tony Bobulinski held"), or a
    name the parse made the root of its sentence above its verb ("Buckley, who hadn't sung ..., *worried* about
    ...": an amod); or the one asked a question, who answers next ("Conroy asked *Sanders* whether ...")."""
    return tok.dep_ in SUBJECTS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS) or asked(tok) or (
        tok.dep_ == "ROOT" and tok.pos_ == "PROPN"
        and all(t.dep_ == "compound" and t.head.i == tok.i for t in tok.doc[tok.sent.start:tok.i])
        and any(c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i > tok.i for c in tok.children))


def asked(tok: Token) -> bool:
    """Whether a name is the object of "asked" with the question after it ("asked Sanders whether ...") and the next
    sentence answers: it opens with a quotation or its verb is one of replying ("He replied:"); not "He then asked
    Ted Cruz the same question", "He pressed him twice", where the asker goes on."""
    doc, end = tok.doc, tok.sent.end
    first = next((t for t in doc[end:end + 3] if not t.is_space), None)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() == "ask" and any(
        c.i > tok.i and (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "about")
        for c in tok.head.children) and first is not None and (
        first.is_quote or first.sent.root.lemma_.lower() in ("reply", "answer", "respond"))


def joined_to_another(pronoun: Token, known: str) -> bool:
    """Whether a singular pronoun subject's clause is joined by "and" or "but" to a clause whose subject is
    someone else: a name, or a noun for a person ("His lawyer arrived at noon and *he* said his client was
    innocent"), sharing no word with ``known`` (the antecedent's name, descriptors and roles). That subject is whom
    the pronoun stands for ("Larbi_org followed the event and *he* wrote that ..."), so another antecedent would
    put the words in the wrong mouth. Not a body or a thing ("GM posted a loss and she said", "The hearing lasted
    three hours and she said"), nor a role the antecedent holds ("The minister met his counterpart and he told")."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.dep_ != "conj":
        return False
    first = next((c for c in verb.head.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
    if first is None or first.tag_ in ("NNS", "NNPS"):
        return False
    name = first.pos_ == "PROPN" and (first.ent_type_ in ("PERSON", "") or "_" in first.text or first.text[:1] == "@")
    person = first.tag_ == "NN" and (persons.personal(first.lower_) or first.lower_ == "aide")  # not "The team"
    known_words = set(naming.norm(known).split())
    if not (name or person) or person and _named_with(first, known_words):
        return False
    return not {naming.norm(t.text) for t in first.subtree} & known_words


def _named_with(noun: Token, known: set[str]) -> bool:
    """Whether the article writes the noun right before a word of the antecedent's name ("Foreign *Minister*
    Sergei Lavrov" for "The minister"): a role it holds."""
    return any(t.lower_ == noun.lower_ and any(naming.norm(n.text) in known for n in noun.doc[t.i + 1:t.i + 4])
               for t in noun.doc if t.i != noun.i)


def relative_antecedent(rel: Token) -> Token | None:
    """The noun a relative "who" or "which" stands for: the head its clause hangs on (past an apposition:
    "Jane Doe, a lawyer, who said"), or, where the parse joined the clause to the sentence as a conjunct, the
    noun right before its comma ("..., according to *police*, who said officers arrived ..."), or as its complement,
    the object of "according to" right before it ("according to *CNN* who reported that ..."). None otherwise."""
    if rel.tag_ not in ("WP", "WDT"):
        return None
    clause, doc = rel.head, rel.doc
    if clause.dep_ == "relcl":
        return clause.head.head if clause.head.dep_ == "appos" else clause.head
    if clause.dep_ == "conj" and rel.dep_ in SUBJECTS and rel.i >= 2 and doc[rel.i - 1].text == "," \
            and doc[rel.i - 2].pos_ in ("NOUN", "PROPN"):
        return doc[rel.i - 2]
    before = doc[rel.i - 1 - (doc[rel.i - 1].text == ",")] if rel.i >= 2 else None
    if clause.dep_ == "ccomp" and rel.lower_ in ("who", "which") and rel.dep_ in SUBJECTS and before is not None \
            and before.dep_ == "pobj" and before.head.lower_ == "to" and before.head.head.lower_ == "according":
        return before
    return None


def relative_subject(verb: Token) -> Token | None:
    """The relative "who" or "which" that is the verb's subject ("according to police, *who* said"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None)


def body_before(tok: Token, org_words: frozenset[str]) -> Token | None:
    """The body a subject "they" stands for when its own sentence names it by a common noun, the subject of a clause
    before it with no other subject between ("after *the network* didn't carry some of his campaign commercials,
    which *they*'ve said was due to a lack of airtime"): a singular noun of ``organization_words.txt`` after "the";
    none inside the clause a "they said" set inside it attributes."""
    if tok.lower_ != "they" or tok.dep_ not in SUBJECTS:
        return None
    said = {t.i for t in tok.head.head.subtree} if tok.head.dep_ == "parataxis" else set()  # "Russia's successes
    for t in reversed(tok.doc[tok.sent.start:tok.i]):  # since *the campaign* began, they said, could ...": what
        if t.i in said:                                 # they said, not who they are
            return None
        if t.dep_ in SUBJECTS and t.tag_ not in ("WDT", "WP"):  # "which": what they said
            return t if t.tag_ == "NN" and t.lower_ in org_words and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children) else None
    return None


def as_subject(tok: Token) -> Token | None:
    """The subject the pronoun of an "as" clause with nothing said in it stands for: the nearest noun subject before
    it in its sentence ("the new House majority did not, *as it promised*, address ..."; "The mayor will, as she
    promised, resign"), when it agrees: a person's name or noun for "he" and "she", neither for "it". Not the "as" of
    a time ("as he urged the party to ...") nor of a contrast ("even as he understands how ..."): they say."""
    verb = tok.head
    if tok.lower_ not in ("he", "she", "it") or tok.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i == tok.i - 1 for c in verb.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in verb.children):
        return None
    noun = next((t for t in reversed(tok.doc[tok.sent.start:tok.i - 1]) if t.dep_ in SUBJECTS), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS"):  # one, as the pronoun
        return None
    return noun if (noun.ent_type_ == "PERSON" or person_noun(noun)) == (tok.lower_ != "it") else None


def framed_person(tok: Token) -> Token | None:
    """The person a framing noun is about, for "he" or "she" as the subject of what it is said to be: "The
    accusation *against Biden* is that, during his time as vice president, *he* called for ...": Biden (the
    subjects of the sentences before are not).  A copula whose subject noun has an "against", "about" or "of"
    phrase naming one person, and the pronoun's clause its complement."""
    verb, be = tok.head, tok.head.head
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "attr") \
            or be.lemma_ != "be" or verb.i < be.i:
        return None
    frame = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    people = [o for p in (frame.children if frame is not None else ()) if p.dep_ == "prep"
              and p.lower_ in ("against", "about", "of")
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
    name = next((e for e in tok.doc.ents if e.start <= people[0].i < e.end), None) if len(people) == 1 else None
    if name is None:
        return None
    gender = persons.honorific_gender(tok.doc, name.start) or persons.name_gender(tok.doc, name.text)
    return people[0] if gender in (None, "m" if tok.lower_ == "he" else "f") else None  # not "about John ... she"


def named_in_sentence(tok: Token, org_words: frozenset[str]) -> Token | None:
    """The noun a pronoun stands for that its own sentence names by its shape (``body_before``, ``as_subject``,
    ``framed_person``), before any search among the mentions before it."""
    return body_before(tok, org_words) or as_subject(tok) or framed_person(tok)
