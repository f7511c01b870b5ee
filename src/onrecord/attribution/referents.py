"""What a common noun or a document named as a source refers to, when the article names it elsewhere:
the rules speakers.py applies for "the company", "police" and "the filing" (speakers.py decides where they
come in its precedence; these look at the words).

- ``named_body``: a bare noun that stands for an organization ("the company", "the party",
  "police", ``data/body_nouns.tsv``) and the organization the article names that fits it: one whose name
  holds the noun or that the article introduces with it ("Thames Valley Police", "software company Red
  Hat", "the Sustainable Australia party"), the nearest before the phrase, else the article's only one,
  else for police a force named by its place ("Northamptonshire police were able to ...");
  for a company, also the organization that is the subject of a recent sentence ("Hasbro hosted a panel.
  ... the company noted"), else the organization the article is about (``principal_organization``:
  "Prosecutors are investigating Boeing ... The company confirmed"), else, at a sentence's start, the one
  organization the sentence before names ("is investigating WeWork amid layoffs. The company confirmed"); with
  common words before the noun, one whose name holds them ("The fire service": "North Wales Fire and Rescue
  Service", an entity or a name in capitals), else the subject of the sentence before ("CNBC reported ... The
  news organization, citing a source, reported"); "the administration" -> the one name written before it ("the
  Trump administration");
- ``organizers``: "Organizers of the rally" -> the one organization the article says organized it ("a rally
  organized by Women for America First", ``data/organizing.txt``), through ``named_body``;
- ``document_author``: who made the document a definite document noun refers back to ("the filing" after
  "Ford said in a financial filing"; "The complaint" after "X filed a lawsuit", ``data/document_kinds.txt``;
  "The guidelines" after "per WHO guidelines"; "The reports" after "The New York Times published ...");
- ``ownerless``: a document of data with no owner ("records", "polls"): nobody; the full names of bodies named
  short are ``body_names``;
- (a description that refers back to the speaker just quoted: ``referring_back.refers_back``);
- ``named_alike``: whether a role noun's names fit the speaker it would refer to ("The Biden campaign"
  is not "The Trump campaign");
- ``named_before``: the organization named right before a noun that describes it ("the Associated Press
  news agency": "Associated Press", ``data/organization_descriptors.txt``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.antecedents import SUBJECTS
from onrecord.attribution.body_names import bare
from onrecord.attribution.content_edges import DATES
from onrecord.attribution.extensions import entities
from onrecord.attribution.naming import norm

_DEFINITE = {"the", "this", "that"}
_NAMES = {"NNP", "NNPS"}
_AGENTS = {"PERSON", "ORG", "NORP", "GPE"}
_BESIDE = {"compound", "appos", "amod", "nmod", "attr"}
RECENT = 6  # sentences back within which a company named as a subject is "the company"
PRINCIPAL_ORG = 4  # times at least that the article names the organization it is about (``principal_organization``)


@dataclass(frozen=True)
class BodyNoun:
    words: frozenset[str]  # words that, in or beside an organization's name, say it is one
    any_name: bool  # an organization named with none of them may be one (a company)


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, BodyNoun]:
    out = {}
    for row in wordlists.rows("body_nouns.tsv"):
        words = {row[0], *(row[1].split() if len(row) > 1 else [])}
        out[row[0]] = BodyNoun(frozenset(words), len(row) > 2 and row[2] == "any")
    return out


@lru_cache(maxsize=1)
def _documents() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each document noun that refers back, with the nouns it refers back to; the verbs that issue one."""
    sections = wordlists.sections("document_kinds.txt")
    lex, venues = naming.lexicon(), {w.lower() for w in sections["venues"]}
    same: dict[str, frozenset[str]] = {w: frozenset({w}) for w in lex.owned - lex.things - venues}
    for line in sections["same"]:
        words = frozenset(line.lower().split())
        same.update({w: words for w in words})
    return same, frozenset(w.lower() for w in sections["issue"])


def issues(verb: Token) -> bool:
    """Whether a verb issues a document (``document_kinds.txt`` [issue]: "released", "filed", "published")."""
    return verb.lemma_.lower() in _documents()[1]


def _body_key(span: Span, root: Token) -> str | None:
    """The body noun a source phrase is, when it is that noun alone after "the" ("the company", "The
    party") or, for police, alone ("Police said"); None for any other word in the phrase ("the German
    government", "the company's lawyer") or a plural ("the companies")."""
    nouns = body_nouns()
    key = root.lower_ if root.lower_ in nouns else root.lemma_.lower()
    if key not in nouns or root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ not in ("", "ORG"):
        return None
    others = [t for t in span if t.i != root.i and not t.is_punct and not _place_owner(t, root, key)]
    if any(not (t.dep_ == "det" and t.lower_ in _DEFINITE and t.head.i == root.i) and t not in _modifiers(root)
           for t in others):
        return None
    if key != "police" and ((not others and root.dep_ != "compound") or root.tag_ in ("NNS", "NNPS")):
        return None  # but a body that owns a document has its article there ("The government statement")
    return key


def _place_owner(t: Token, root: Token, key: str) -> bool:
    """A word of "the city's" before "police" or "government" (``place_nouns.txt``): the place it is named by."""
    owner = t if t.dep_ == "poss" else t.head if t.head.dep_ == "poss" else None
    return key in ("police", "government") and owner is not None and owner.head.i == root.i \
        and owner.lemma_.lower() in wordlists.word_set("place_nouns.txt")


def _last_place(doc: Doc, start: int) -> str | None:
    """The place the article named last before token ``start``."""
    return next((e.text for e in reversed(doc.ents) if e.end <= start and e.label_ in ("GPE", "LOC")), None)


def _modifiers(root: Token) -> list[Token]:
    """The words that say which body a body noun is, before it: common words ("The fire service": "fire")
    and a named owner ("Day's animal foundation": "Day", "'s", "animal")."""
    return [t for c in root.children if c.i < root.i for t in (
        [c] if c.dep_ in ("compound", "amod") and c.text.islower() and c.pos_ in ("NOUN", "ADJ")
        else c.subtree if c.dep_ == "poss" and c.tag_ in _NAMES else ())]


def _named_alike(doc: Doc, root: Token) -> Span | None:
    """"the administration" -> "Trump administration": the name the article writes right before the same
    noun ("the Trump administration's Department of Justice"), when it writes one name so; None for none or
    two ("the Obama administration ... the Trump administration")."""
    found = [doc[whole_name(p, 0, p.ent_type_).start:t.i + 1] for t in doc if t.i != root.i and t.lower_ == root.lower_
             and t.i > 0 and (p := t.nbor(-1)).tag_ in _NAMES and p.dep_ in ("compound", "nmod") and p.head.i == t.i
             and p.ent_type_ in ("", *_AGENTS)]  # not "the August campaign"
    return found[0] if len({norm(f.text) for f in found}) == 1 else None


def _capitalised(doc: Doc, root: Token, mods: set[str]) -> Span | None:
    """An organization's name the tagger did not mark, written in capitals and ending in the body noun, that
    holds the words before the noun: "North Wales Fire and Rescue Service" for "The fire service"; None
    unless the article writes exactly one such name."""
    found: dict[str, Span] = {}
    for t in doc:
        if t.i == root.i or t.lower_ != root.lower_ or t.tag_ not in _NAMES or not t.text[:1].isupper():
            continue
        start = t.i
        while start > 0 and (doc[start - 1].tag_ in _NAMES or (
                doc[start - 1].lower_ in ("and", "of") and start > 1 and doc[start - 2].tag_ in _NAMES)):
            start -= 1
        if start < t.i and mods <= set(norm(doc[start:t.i + 1].text).split()):
            found.setdefault(norm(doc[start:t.i + 1].text), doc[start:t.i + 1])
    return next(iter(found.values())) if len(found) == 1 else None


def _stems(text: str) -> set[str]:
    return {w.removesuffix("s") for w in norm(text).split()}


def _fits(ent: Span, noun: BodyNoun) -> bool:
    """Whether an organization is one of the noun's kind: the head word of its name is one of the noun's
    words ("Thames Valley Police", not "Metropolitan Police Counter Terrorism Command"), or one stands right
    beside it ("software company Red Hat", "the Sustainable Australia party", "Hasbro, a toy company"). Not
    a name that modifies another word ("Police and Crime | Commissioner Stephen Mold")."""
    root = ent.root
    if root.dep_ in ("compound", "nmod") and not ent.start <= root.head.i < ent.end and not (
            root.head.lower_ in noun.words or root.head.lemma_.lower() in noun.words):
        return False
    if root.lower_ in noun.words or root.lemma_.lower() in noun.words:
        return True
    beside = [c for c in root.children if c.dep_ in _BESIDE and not ent.start <= c.i < ent.end]
    if root.dep_ in ("compound", "appos") and not ent.start <= root.head.i < ent.end:
        beside.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "ABS-CBN Corporation is the largest television
        for attr in (c for c in root.head.children if c.dep_ == "attr"):  # and radio broadcasting company"
            beside += [attr, *(c for c in attr.children if c.dep_ in ("compound", "amod", "nmod"))]
    return any(t.lower_ in noun.words or t.lemma_.lower() in noun.words for t in beside)


def named_body(span: Span, root: Token, sent_starts: list[int], has_org_word: Callable[[str], bool]) -> Span | None:
    """The organization a source phrase that is a body noun alone (``_body_key``: "the company", "police")
    stands for: of the organizations that fit it (``_fits``), the nearest before it, else the only one the
    article names; for a noun that any organization may be ("the company", "the agency"), also the nearest
    organization before it if that is the subject of a sentence within ``RECENT`` (or an owner in this
    sentence or the one before: "NASA's search") and its name holds no word of another kind of body
    ("Hasbro", not "Valiant University"), else the organization the article is about, else at a sentence's start
    the one the sentence before names (``_sole_before``). A document a body noun owns is that body's ("a fire
    service statement", ``body_owner``). None when none fits. A phrase that is no body noun may be "organizers"
    (``organizers``)."""
    if (owned := body_owner(root)) is not None:
        span, root = owned
    if (key := _body_key(span, root)) is None:
        return organizers(span, root)
    doc, start, noun = span.doc, span.start, body_nouns()[key]
    mods = {norm(t.text) for t in _modifiers(root) if t.tag_ != "POS"}  # "The fire service": "North Wales Fire
    # and Rescue Service"; "Day's animal foundation": "the Doris Day Animal Foundation"
    orgs = organizations(doc)
    fitting = [e for e in orgs if _fits(e, noun) and mods <= set(norm(e.text).split())
               and not (mods and e.start <= root.i < e.end)]  # not the phrase itself, tagged as a name
    before = [e for e in fitting if e.end <= start]
    if before:
        return before[-1]
    recent = _recent_subject(orgs, start, sent_starts, has_org_word, RECENT) if noun.any_name else None
    if len({norm(bare(e)) for e in fitting}) == 1 and recent is None:  # named only after it: not when an
        return fitting[0]  # organization before is the subject ("Exxon said ... The company said ..." before "Alphabet,
        # the parent company of Google")
    if mods and not fitting and noun.any_name and (near := [  # "the production company": "Dick Clark Productions"
            e for e in doc.ents if e.end <= start and (e.label_ == "ORG" or has_org_word(e.text))
            and _stems(" ".join(mods)) <= _stems(e.text)]):
        sent = bisect_right(sent_starts, doc[start].idx) - bisect_right(sent_starts, near[-1].start_char)
        return near[-1] if sent <= RECENT else None
    if mods:  # "The news organization" right after "CNBC reported": CNBC
        return None if fitting else _capitalised(doc, root, mods) or (
            _recent_subject(orgs, start, sent_starts, has_org_word, 1) if noun.any_name else None)
    if not fitting and not noun.any_name and key != "police" and (named := _named_alike(doc, root)) is not None:
        return named  # "the administration": "the Trump administration"
    if not fitting and (force := _place_force(doc, start, key)) is not None and (
            not any(_place_owner(t, root, key) for t in span) or (_last_place(doc, start) or "-") in force.text):
        return force  # "the city's police": the force of the place named last
    if recent is not None:
        return recent  # "CBP announced ... the agency said"; "NASA's search, ... the agency"
    if noun.any_name and (main := principal_organization(doc, orgs)) is not None and main.end <= start \
            and not has_org_word(main.text):
        return main  # "the company the story is about"
    if key in _COMPANIES and span.start == span.sent.start and (sole := _sole_before(orgs, span, has_org_word)):
        return sole  # "NYAG is investigating WeWork amid layoffs. The company confirmed"
    return None


def organizations(doc: Doc) -> list[Span]:
    """The organizations the article names, in order: entities tagged as one, and the mentions of the same names
    the tagger took for a product ("investigating *WeWork*" before "WeWork's founder")."""
    named = {e.text for e in doc.ents if e.label_ == "ORG"}
    return [e for e in doc.ents if (e.label_ == "ORG" and e.root.tag_ in _NAMES) or (
        e.label_ == "PRODUCT" and e.text in named)]


_COMPANIES = frozenset({"company", "firm"})  # the nouns ``_sole_before`` may stand for: not "the agency"


def _sole_before(orgs: list[Span], span: Span, has_org_word: Callable[[str], bool]) -> Span | None:
    """The one organization named in the sentence right before ``span``'s, when it is the first the article names
    (none other before it: "Shares of Peloton fell. Analysts at Goldman Sachs cut ... The company said" is Peloton's,
    whom no rule here names), not an agent after "by" ("filed by the FTC"), and that sentence names nothing else the
    tagger left untagged or took for an organization ("fined Acme and Globex Corporation": either), and its name
    holds no word of another kind of body (``_recent_subject``)."""
    doc = span.doc
    if span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    named = [e for e in orgs if before.start <= e.start and e.end <= before.end]
    if len(named) != 1 or has_org_word(named[0].text) or any(
            t.tag_ in _NAMES and t.ent_type_ in ("", "ORG", "PRODUCT") and not named[0].start <= t.i < named[0].end
            for t in before[1:]):
        return None
    sole = named[0]
    if any(norm(bare(e)) != norm(bare(sole)) for e in orgs if e.end <= before.start) or any(
            t.tag_ in _NAMES and t.dep_ in SUBJECTS and t.ent_type_ in ("", "ORG") and t.text not in sole.text
            for t in doc[:before.start]) or (sole.root.dep_ == "pobj" and sole.root.head.lower_ == "by"):
        return None  # nor after a subject the tagger left untagged ("OpenAI released a new model")
    return sole


def _recent_subject(orgs: list[Span], start: int, sent_starts: list[int], has_org_word: Callable[[str], bool],
                    within: int) -> Span | None:
    """The nearest organization named before token ``start``, when it is the subject of a sentence at most
    ``within`` sentences back (or an owner in this sentence or the one before) and its name holds no word of
    another kind of body ("Hasbro", not "Valiant University"); never a person's surname the tagger took for one
    ("Weiner's future" after "Anthony Weiner")."""
    doc = orgs[0].doc if orgs else None
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON"} if doc is not None else set()
    if doc is None or not (near := [e for e in orgs if e.end <= start and not (len(e) == 1 and e.text in people)]):
        return None
    e = near[-1]
    sent = bisect_right(sent_starts, doc[start].idx) - bisect_right(sent_starts, e.start_char)
    if ((e.root.dep_ in SUBJECTS and sent <= within) or (e.root.dep_ == "poss" and sent <= 1)) \
            and not has_org_word(e.text):
        return e
    return None


def principal_organization(doc: Doc, orgs: list[Span]) -> Span | None:
    """The organization the article is about: the one it names at least ``PRINCIPAL_ORG`` times, and more
    often than any other by two or more (its first mention); None for an article about several."""
    counts = Counter(norm(bare(e)) for e in orgs)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < PRINCIPAL_ORG or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 2):
        return None
    return next(e for e in orgs if norm(bare(e)) == ranked[0][0])


@lru_cache(maxsize=1)
def _organizing() -> tuple[frozenset[str], frozenset[str]]:
    sections = wordlists.sections("organizing.txt")
    return frozenset(w.lower() for w in sections["nouns"]), frozenset(w.lower() for w in sections["verbs"])


def organizers(span: Span, root: Token) -> Span | None:
    """The organization that "organizers" (alone, after "the", or "of the rally") stand for: the one the
    article says organized an event ("a rally organized by Women for America First", "the
    Greenpeace-organized protest", "Greenpeace, which organized the protest"), when exactly one did; with
    "of the rally", one that organized a rally or an event the article does not name. A span with no
    label: the organization's name as the article writes it, without "the"."""
    nouns, verbs = _organizing()
    if root.tag_ != "NNS" or (root.lower_ not in nouns and root.lemma_.lower() not in nouns) or root.ent_type_:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = {t.i for t in of.subtree} if of is not None else set()
    event = next((c.lemma_.lower() for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if any(t.i != root.i and t.i not in inner and not t.is_punct and not (t.dep_ == "det" and t.lower_ == "the")
           for t in span):
        return None  # "Some organizers", "local organizers", "its organizers": not the organization
    found = {}
    for t in span.doc:
        if t.lemma_.lower() in verbs and t.pos_ == "VERB" and (ent := _organizer(t)) is not None:
            kind = t.head if t.dep_ in ("acl", "amod") else next((c for c in t.children if c.dep_ == "dobj"), None)
            if event is None or kind is None or kind.lemma_.lower() == event:
                found.setdefault(norm(bare(ent)), ent)
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    start = ent.start + (ent[0].lower_ == "the")
    return Span(ent.doc, start, ent.end) if start < ent.end else None


def _organizer(verb: Token) -> Span | None:
    """The organization named as the agent of an organizing verb: "organized by X", "X-organized", "X,
    which organized", "X organized"."""
    doc = verb.doc
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is None and verb.i > 1 and doc[verb.i - 1].tag_ == "HYPH":
        agent = doc[verb.i - 2]
    if agent is None and (subj := _subject(verb)) is not None:
        agent = verb.head if subj.tag_ == "WDT" and verb.dep_ == "relcl" else subj
    if agent is None:
        return None
    ents = [e for e in doc.ents if e.label_ == "ORG" and e.start <= agent.i < e.end]
    if not ents and agent.dep_ == "pobj":  # "by the People's Vote campaign": the name within
        ents = [e for e in doc.ents if e.label_ == "ORG" and agent.left_edge.i <= e.start and e.end <= agent.i + 1]
    return ents[0] if len(ents) == 1 else None


def _place_force(doc: Doc, start: int, key: str) -> Span | None:
    """A police force or a government named by its place, not as an organization, before ``start``:
    "Northamptonshire police were able to determine" for "police revealed", "The government of Burundi
    announced" or "the United States federal government's practice" for "The government statement" (the
    latest such mention)."""
    if key not in ("police", "government"):
        return None
    named = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}  # a place the tagger knows somewhere
    for t in reversed(doc[:start]):
        if t.lower_ != key:
            continue
        places = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1 and c.text[:1].isupper()
                  and (c.text in named or c.ent_type_ in ("GPE", "LOC")  # "Hong Kong police"
                       or (c.tag_ in _NAMES and not c.is_sent_start and not c.ent_type_))]
        if places:
            return doc[places[0].left_edge.i:t.i + 1]
        k = t.i - (doc[t.i - 1].dep_ == "amod" and doc[t.i - 1].head.i == t.i)  # "the United States *federal*
        place = next((e for e in doc.ents if e.label_ == "GPE" and e.end == k), None)  # government's practice"
        if key == "government" and place is not None and k > place.start:
            return doc[place.start + (doc[place.start].lower_ == "the"):t.i + 1]
        of = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
        if key == "government" and of:  # "the government of Burundi"
            return doc[t.i - (t.i > 0 and t.nbor(-1).lower_ == "the"):of[0].right_edge.i + 1]
    return None


def body_owner(root: Token) -> tuple[Span, Token] | None:
    """The body noun that owns a document named as a source, written before it ("a fire service statement",
    "The government statement"), as a phrase and its head."""
    lex = naming.lexicon()
    if not {root.lower_, root.lemma_.lower()} & lex.owned:
        return None
    body = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1 and c.pos_ == "NOUN"
                 and {c.lower_, c.lemma_.lower()} & set(body_nouns())), None)
    return None if body is None else (root.doc[body.left_edge.i:body.i + 1], body)


def work_author(span: Span) -> Token | None:
    """The person a work named by its title is "by": "Perfect Enough: Carly Fiorina and the Reinvention of
    Hewlett-Packard" by George Anders" is George Anders's, not Carly Fiorina's (a closing quotation mark, and a
    comma after it, before "by")."""
    for by in (t for t in span[1:-1] if t.lower_ == "by"):
        mark = by.nbor(-1)
        if mark.is_punct and not mark.is_quote and mark.i > 0:  # the comma after the closing mark
            mark = mark.nbor(-1)
        if mark.is_quote and (name := by.nbor()).ent_type_ == "PERSON" and name.i < span.end:
            return next(e.root for e in by.doc.ents if e.start <= name.i < e.end)
    return None


def document_author(root: Token) -> Token | None:
    """The named author of the document a definite document noun ("the filing", "The complaint")
    refers back to: the nearest document before it of the same kind (``document_kinds.txt``) and, only
    if that one's author is named there, the author: its owner ("X's report", "a statement from X",
    ``naming.owner``), the subject of a verb that issues it ("X filed a lawsuit", "attorneys general filed a
    lawsuit ... The motion claims") or of a verb it is in ("Ford said in a financial filing"). A definite
    mention with no author named ("their filing", "the complaint notes") is the same document: the search
    goes on before it, up to a mention that is not definite or that a noun owns ("the company's motion"). Only
    one of the same number ("The reports": no "a report from The Hill") and nouns ("the court order"). Any document
    with a relative clause that names who wrote it is theirs ("reports Mr. Schoen filed")."""
    same, _ = _documents()
    made = next((c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in _FILED), None)
    if root.pos_ == "NOUN" and made is not None and (by := _subject(made)) is not None and by.tag_ in (
            "NNP", "NNPS"):  # "reports *Mr. Schoen* filed": his; not "documents he submitted", whose "he" may name no
        return by  # one the record can, nor "figures her campaign released", nor "a memo Politico published" (leaked)
    word = root.lower_ if root.lower_ in same else root.lemma_.lower()
    if word not in same or root.ent_type_ or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in root.children):
        return None
    kinds = same[word]
    plural = root.tag_ == "NNS"
    kind_of = {c.lower_ for c in root.children if c.dep_ == "compound"}  # "the court order": no executive order
    described = set() if kind_of else wordlists.section_set("document_kinds.txt", "described")
    if word in described:
        return None  # "The description beside the painting": no invitation's
    seen = False
    near = root.sent.start  # a document of the kind named in the last sentences, not sections before
    for _ in range(RECENT):
        near = root.doc[near - 1].sent.start if near else 0
    for t in reversed(root.doc[:root.left_edge.i]):
        seen = seen or (t.i >= near and t.pos_ == "NOUN" and (t.lower_ in kinds or t.lemma_.lower() in kinds))
        if t.pos_ == "NOUN" and (t.tag_ == "NNS") == plural and (t.lower_ in kinds or t.lemma_.lower() in kinds) \
                and kind_of <= {c.lower_ for c in t.children if c.dep_ == "compound"} and t.lower_ not in described:
            if (author := _author(t)) is not None:
                return author
            if not any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in DATES)
                       or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in t.children):
                return None  # "a report", "the company's motion": another document; "their", "the month's" go on
    return None if seen else _published(root)


_FILED = frozenset({"submit", "file", "write", "prepare", "release", "issue", "send", "sign", "author", "compile",
                    "lodge"})  # verbs whose subject wrote the document they take, not only printed it ("published")


def _published(root: Token) -> Token | None:
    """For a definite document noun with no document of its kind in the ``RECENT`` sentences before it (of
    either number; "posted a report from" sections before is another document), what the
    sentence just before says a named author published ("The New York Times published allegations about
    his tax returns. The reports indicated ..."): the subject of the one verb there that issues a document
    (``document_kinds.txt`` [issue]) and has an object, or whose act makes one of this kind ("GitHub
    announced ... The announcement also mentioned", [made by]); None for none or several."""
    _, issue = _documents()
    made_by = wordlists.section_map("document_kinds.txt", "made by").get(root.lower_, frozenset())
    sent = root.sent
    if sent.start == 0:
        return None
    found = [s for t in root.doc[sent.start - 1].sent if t.pos_ == "VERB" and (
             (t.lemma_.lower() in issue and any(c.dep_ == "dobj" for c in t.children)) or t.lemma_.lower() in made_by)
             and (s := _subject(t)) is not None]
    named = [s for s in found if s.tag_ in _NAMES or s.ent_type_ in _AGENTS]
    return named[0] if len(found) == 1 and named else None


def ownerless(root: Token) -> bool:
    """A document of data named as a source with no owner or author ("records indicated", "polls revealed",
    ``naming.data_document``): no one speaks through it. A document of words with no author named ("the
    study", "reports") is an unnamed source, as written. Nor does a court case named by its parties ("Walmart Stores v.
    Dukes, which denied ..."): its ruling is the court's."""
    return naming.data_document(root) or any(
        re.search(r"\w\s+vs?\.\s+\w", e.text) for e in entities(root.doc) if e.start <= root.i < e.end)


def _author(doc_noun: Token) -> Token | None:
    _, issue = _documents()
    author = naming.owner(doc_noun)
    if author is None and doc_noun.i > 0 and (a := doc_noun.nbor(-1)).is_upper and len(a) > 1 and a.is_alpha:
        author = a  # "per WHO guidelines": an acronym right before it, whatever the tagger made of it
    if author is None and doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in issue:
        author = _subject(doc_noun.head)
    if author is None and doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "in":
        verb = doc_noun.head.head  # "X said in a statement"; "X denied the allegations in a statement"
        verb = verb.head if verb.dep_ == "dobj" else verb
        author = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if author is None or not (author.tag_ in _NAMES or author.ent_type_ in _AGENTS or author.is_upper
                              or (author.tag_ == "NNS" and doc_noun.dep_ == "dobj")  # "attorneys general filed a suit"
                              or (author.pos_ == "NOUN" and any(  # "Erdogan's office": a name owns it
                                  c.dep_ in (*_BESIDE, "poss") and c.ent_type_ in _AGENTS for c in author.children))
                              or _body_key(author.doc[author.left_edge.i:author.right_edge.i + 1], author)):
        return None  # a named author, one a name marks ("the US military said in a statement"), or issuers
    return author


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def plural_name(root: Token, full_names: list[str]) -> str | None:
    """A plural name's kind: "the" and one word that is a name of a person the article names with an "s" is a
    family, a group ("The Tongs" of "Tong Yung-soo"; not "Kwame Adams"); a plural name with a singular verb is
    one body ("Liberal Democrats describes itself")."""
    if not (root.tag_ == "NNPS" or root.text.endswith("s") and root.tag_ == "NNP"):
        return None
    family = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) and not any(
        c.dep_ in ("compound", "amod", "nmod") for c in root.children)
    if family and root.text.endswith("s") and any(root.text[:-1] in name.split() for name in full_names):
        return "group"
    return "organization" if root.tag_ == "NNPS" and root.dep_ == "nsubj" and root.head.tag_ == "VBZ" else None


def named_alike(root: Token, names: list[str]) -> bool:
    """Whether the names before a role noun ("The Biden campaign", "the Seoul government") are all in the
    name or descriptors (``names``) of the speaker it would refer back to: "The Biden campaign" is not "The
    Trump campaign", "The French foreign ministry" not "Russia's foreign ministry", "The local health
    minister" not "Civil Aviation Minister Hardeep Singh Puri"; so are the nouns of its
    complement ("The president of Turkey" is not "President Franklin Delano Roosevelt") and a name owning it."""
    words = set(re.sub(r"'s\b", "", norm(" ".join(names))).split())  # "Pagliano's lawyer": Pagliano
    complement = [t for c in root.children if c.dep_ == "prep" and c.i > root.i  # "The president of Turkey"
                  for t in c.subtree if t.tag_ in _NAMES or t.pos_ == "NOUN"]
    owners = [t for c in root.children if c.dep_ == "poss" and c.tag_ in _NAMES  # "Pagliano's lawyer"; not "Bill
              for t in c.subtree if t.tag_ in _NAMES]  # Clinton's spokesman" for "Hillary Clinton's spokesman, ..."
    return all(norm(c.text) in words for c in [*root.children, *complement, *owners]
               if (c.dep_ in ("compound", "nmod") and c.tag_ in _NAMES and c.text[:1].isupper() and c.i < root.i)
               or c in complement or c in owners  # not a word in lower case tagged a name: "the *mega* donor"
               or (c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < root.i and not c.n_lefts)  # "health"; not
               # the "judge" of "The three-judge court"
               or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")))  # "The French foreign ministry"


def whole_name(last: Token, floor: int, kind: str = "PERSON") -> Span:
    """The name ending at ``last`` from its first word at ``floor`` or after ("Kim Jong Un", not "Un")."""
    start = last.i
    while start > floor and (p := last.doc[start - 1]).tag_ in _NAMES and p.ent_type_ == kind:
        start -= 1
    return last.doc[start:last.i + 1]


def named_aside(span: Span, root: Token) -> Span | None:
    """The name the article gives a common noun in apposition elsewhere: "The suspect, Michael Webb, was
    convicted" makes a later "The suspect said" Michael Webb; "The group, WeWorkers Coalition, formed" names
    both the group before it ("according to a group of employees", in the sentence just before) and after.
    The phrase is "the" or "a" and a singular noun with no other words before it; the apposition is on the
    same noun after "the", with the same words before it, and names one person or organization; None
    unless the article names exactly one so."""
    doc = span.doc
    if root.tag_ != "NN" or root.ent_type_:
        return None
    before = [c for c in root.children if c.i < root.i]
    if len(before) != 1 or before[0].dep_ != "det" or before[0].lower_ not in ("the", "a", "an"):
        return None
    found: dict[str, tuple[Token, Span]] = {}
    for t in doc:
        if t.i == root.i or t.lemma_ != root.lemma_ or t.tag_ != "NN":
            continue
        if [c.lower_ for c in t.children if c.i < t.i] != ["the"]:
            continue
        for c in t.children:
            if c.dep_ != "appos" or c.i <= t.i or c.tag_ not in _NAMES or c.conjuncts:
                continue
            ents = [e for e in doc.ents if e.start <= c.i < e.end]
            if ents and ents[0].label_ in ("PERSON", "ORG"):
                found.setdefault(norm(bare(ents[0])), (t, ents[0]))
    if len(found) != 1:
        return None
    t, name = next(iter(found.values()))
    if t.i < root.i and before[0].lower_ == "the":
        return name
    if t.i > root.i and t.sent.start == root.sent.end:  # named in the next sentence
        return name
    return None


def named_before(span: Span, root: Token) -> Span | None:
    """The organization's name right before a lower-case noun that describes it, the phrase's last word
    ("the Associated Press news agency", "the state-run Xinhua news agency": "Xinhua"); None when no name
    stands there or it is only a place or a nationality ("the Russian news agency", "the Moscow newspaper")."""
    doc = span.doc
    if root.tag_ != "NN" or not root.text.islower() or root.lower_ not in wordlists.section_set(
            "organization_descriptors.txt", "descriptors") or any(not t.is_punct for t in doc[root.i + 1:span.end]):
        return None
    end, media = root.i, wordlists.section_set("organization_descriptors.txt", "media")
    while end > span.start and doc[end - 1].text in media and doc[end - 1].head.i == root.i:
        end -= 1  # "news"; not "The NBC *affiliate* station"
    start = end
    while start > span.start and doc[start - 1].tag_ in _NAMES and doc[start - 1].text[:1].isupper():
        start -= 1
        if start - 2 >= span.start and doc[start - 1].text == "-" and doc[start - 2].text[:1].isupper():
            start -= 2  # "Al-Qaeda"
    if start == end or all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in doc[start:end]):
        return None
    return doc[start:end]


def collective(lex: naming.Lexicon, head: Token) -> str | None:
    """The kind of a source a common noun heads: an organization ("the network"), a group ("local media", "aid
    agencies", "protesters' families"), or None (not a body nor a group: "the minister")."""
    words = {head.lower_, head.lemma_.lower()}
    if words & lex.org_words:  # "local media", "aid agencies": not one organization
        return "group" if several_bodies(head) else "organization"
    return "group" if words & lex.group_nouns else None


def several_bodies(head: Token) -> bool:
    """Whether an unnamed source's head word stands for several bodies, not one organization: the news media
    ("local media", "the press": ``organization_descriptors.txt`` [collectives]) or a plural ("several newspapers",
    "legal and religious groups", "aid agencies"; not "police", a plural with no singular)."""
    words = {head.lower_, head.lemma_.lower()}
    return bool(words & wordlists.section_set("organization_descriptors.txt", "collectives")) or (
        head.tag_ in ("NNS", "NNPS") and head.lower_ != head.lemma_.lower())
