"""Speakers across articles: which stored speaker a speaker named in a new article is.

Pure functions over small records, so the store, a test or a Spark job decide alike:

- ``keys(name, kind)``: the lookup keys a stored speaker is indexed by, for one name form;
- ``lookup_keys(mention)``: the keys to fetch a mention's candidates with;
- ``choose(mention, candidates)``: the candidate the mention is, or None for a new speaker
  (``explain`` says which rule decided);
- ``same_article(mentions)``: which full name of its own article a surname alone is, decided before
  the store is asked (rule 0);
- ``name_rank(name, kind)``: how good a name is to show a speaker under; ``best_name(names, kind)``:
  the name the store shows, of all its mentions' names, by a fixed order (not the first seen);
- ``surname_alone(name)``: a person named by a surname only (what ``store.speakers.settle`` decides again).

How a person's name is read (word lists in ``data/``): a nickname in quotes is kept apart (``Jeremy
"Spike" Cohen``); a name ends before a lower-case "of"/"from"/... ("Wilson of C-MORE") and at a
possessive ("Sally Capp's Mayorship"); everything up to the last title or role word goes (``titles.txt``
and the roles of ``person_name_words.tsv``: "Dr.", "President", "Businessman", "Democrat", "Technical
Officer"); post-nominals ("QC") go and suffixes ("Jr.") are kept apart; the surname is the last word
with the particles before it ("de Graaf", "van Halen", "bin Laden"), without the Arabic article
("el-Sisi", "Al Said" -> "sisi", "said"). Its other forms are the last word without particles, the parts
of a hyphenated surname, and the word before the surname in a name of three or more words unless it is a
common given name (``given_names.txt``, ``nicknames.tsv``): the first of two surnames in "Wanda Vázquez
Garced" (and, unavoidably, the middle name in "Franklin Delano Roosevelt"). A name that starts with a
particle ("de Graaf") or is one word is a surname alone. A name is no name (a *description*) when
nothing is left, when it ends in a role word that is never a surname ("Prime Minister", "US Ambassador";
"John Tory" is a name), when it joins several people ("Biden and Sanders"), or when it holds nothing but
lower-case, role and generic words (``speaker_generic_words.txt``, ``group_nouns.txt``: "Police", "the
government", "Officials", "the Supreme Court", "Ministry of Foreign Affairs": an institution every
country has, named without its country).

Keys: persons ``full:<name as read>``, ``fl:<first> <surname>`` (one per form of the first name:
written, nickname, formal name of a short form from ``nicknames.tsv``), ``sur:<surname>`` and
``sur:<other form>``; organizations and groups ``org:<name without a leading "the">`` and
``org:<acronym>`` when the name carries one ("World Health Organization (WHO)").

0. Within one article first (``same_article``, over the article's named speakers): a person's surname
   alone ("Biden", "Sheriff Lee", "La Riva") is the article's one full name that carries it ("Joe
   Biden"); when the article names several people with that surname in full ("Joe Biden", "Hunter
   Biden"), it is nobody's: a speaker of its own, linked to no other, ever. Only a surname alone
   that its article leaves open goes on to ``choose``.

What wins in ``choose`` (the first rule that applies decides; None means a new speaker):

1. Same kind only, and a name only: candidates of another kind are dropped, and a description links
   to nothing (the police of one story are not the police of the next).
2. Same full name. Persons: the name as read equals one of the candidate's names as read (for a
   one-word mention, a candidate known only by one-word names). Organizations and groups: the name
   without "the", or its acronym, equals one of the candidate's. Identical names are the same speaker,
   unless the descriptors clearly conflict: both sides have descriptors and share no word, the
   mention's outlet is not among the candidate's, and it is more than ``FAR_DAYS`` from the candidate's
   first and last sightings; a conflicting candidate is set aside, and if all are, the mention is new.
   Several same-name candidates: the one whose descriptors share most words, then the lowest id.
   Organizations and groups go no further than this rule.
3. First and last name equal, middle names and initials aside ("George W. Bush" / "George Bush"):
   the same surname, first names equal or forms of one name ("Mitch" / "Mitchell", a nickname,
   an initial against a name with that letter), middle initials equal where both have middles,
   suffixes equal where both have one; or first names equal and one name's surname the other's
   first of two surnames ("Wanda Vázquez" / "Wanda Vázquez Garced"). Exactly one such candidate
   is the speaker; several make the mention new (ambiguous).
4. A surname alone ("Hajiyev"): the one candidate with that surname (among its surnames; only if
   none has it, among their other surname forms); if several, the only one whose descriptors share
   most words with the mention's (a word at least); else a new speaker: two Bidens in the store
   leave a bare "Biden" apart from both. Being seen lately in the same outlet is no evidence.
5. A full name whose surname is that of a candidate known only by a surname: that candidate (an
   upgrade), if it is the only one known only by that surname (else as in 4) and no candidate with a
   full name carries that surname too (the lone "Trump" may be any of them).
6. Two people sharing a surname with different first names ("Hillary Clinton" / "Bill Clinton") are
   never the same: a candidate with a full name of the mention's surname whose first names (with
   their forms and nicknames) all differ from the mention's takes no part in rules 3-5.
7. Everything else: a new speaker.

Deterministic: candidates are compared in id order and ties go to the lowest id. Pure: no I/O
beyond reading the word lists once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from onrecord import wordlists

PERSON = "person"
FAR_DAYS = 730  # identical names with conflicting descriptors this far apart are two people (rule 2)

_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“”„«‘’']([^\"“”„«»‘’']+)[\"“”»‘’'](?=\s|$)")
_EDGE = ",;:!?\"“”„«»‘’()[]{}"
_SEVERAL = {"and", "&", "or"}
_CONNECTORS = {"of", "from", "at", "for", "in", "with", "on"}  # "Crystal C'Bearing of the Northern Arapaho"
_ARTICLE_PREFIX = re.compile(r"^(?:al|el)-(?=\w\w)", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")


@dataclass
class Mention:
    """A speaker as one article names it (``Person`` of a reading, with the article's context)."""

    name: str
    kind: str = "person"  # person | organization | group | unnamed
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None  # ISO date of the article


@dataclass
class Candidate:
    """A stored speaker, as much of it as linking needs."""

    id: int
    name: str
    kind: str = "person"
    aliases: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    first_seen: str | None = None
    last_seen: str | None = None


def fold(text: str) -> str:
    """Lower case, accents removed, inner white space squeezed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("’", "'").split())


# --- word lists ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    titles: frozenset[str]  # titles.txt honorifics and titles: dropped before a name
    suffixes: frozenset[str]  # titles.txt suffixes: "jr", "sr", "ii"
    roles: frozenset[str]  # role words (both kinds): a name starts after the last one
    offices: frozenset[str]  # role words that are never surnames: a name cannot end in one
    particles: frozenset[str]
    articles: frozenset[str]
    postnominals: frozenset[str]
    generic: frozenset[str]  # speaker_generic_words.txt and group_nouns.txt
    stop: frozenset[str]
    formal: dict[str, frozenset[str]]  # a first name -> the formal names it may be a form of
    given: frozenset[str]  # given_names.txt and every name of nicknames.tsv


def _wkey(word: str) -> str:
    """A word as the lists compare it: folded, no dots, no edge punctuation."""
    return fold(word).replace(".", "").strip(_EDGE)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    titles = {_wkey(r[0]): r[2] for r in wordlists.rows("titles.txt")}
    words: dict[str, set[str]] = {}
    for r in wordlists.rows("person_name_words.tsv"):
        words.setdefault(r[1], set()).add(_wkey(r[0]))
    formal: dict[str, set[str]] = {}
    for r in wordlists.rows("nicknames.tsv"):
        for w in r:
            formal.setdefault(_wkey(w), set()).add(_wkey(r[0]))
    return _Lexicon(
        titles=frozenset(w for w, kind in titles.items() if kind != "suffix"),
        suffixes=frozenset(w for w, kind in titles.items() if kind == "suffix"),
        roles=frozenset(words.get("role", set()) | words.get("role-surname", set())),
        offices=frozenset(words.get("role", ())),
        particles=frozenset(words.get("particle", ())),
        articles=frozenset(words.get("article", ())),
        postnominals=frozenset(words.get("postnominal", ())),
        generic=frozenset(_wkey(r[0]) for name in ("speaker_generic_words.txt", "group_nouns.txt")
                          for r in wordlists.rows(name)),
        stop=frozenset(_wkey(r[0]) for r in wordlists.rows("descriptor_stopwords.txt")),
        formal={w: frozenset(f) for w, f in formal.items()},
        given=frozenset([*(_wkey(r[0]) for r in wordlists.rows("given_names.txt")), *formal]),
    )


def _among(word: str, words: frozenset[str]) -> bool:
    """``word`` is in ``words``, as written or with a plural 's' added or taken off."""
    return word in words or word + "s" in words or (word.endswith("s") and word[:-1] in words)


def _name_like(token: str) -> bool:
    """Capitalised (after an article: "al-Sisi"), or in a script without case."""
    ch = next((c for c in _ARTICLE_PREFIX.sub("", token, count=1) if c.isalpha()), "")
    return bool(ch) and (ch.isupper() or ch.lower() == ch.upper())


# --- reading a person's name ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    full: str  # the name as read: folded, without titles, roles, nickname, post-nominals
    first: str  # first given name, "" for a surname alone
    initial: bool  # the first name is an initial ("J.")
    nickname: str
    middles: tuple[str, ...]
    surname: str
    others: tuple[str, ...]  # the surname's other forms
    suffix: str
    bare: bool = True  # nothing but a nickname, post-nominals or a parenthesis taken off ("Dr." and roles are)


def _possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


@lru_cache(maxsize=65536)
def _person(name: str) -> _Name | None:
    """A person's name as linking reads it, or None when it is a description, not a name."""
    lex = _lexicon()
    text = name.replace("\u2010", "-").replace("\u2011", "-")
    nickname = ""
    if (m := _QUOTED.search(text)) is not None:
        nickname = _wkey(m.group(1))
        text = f"{text[:m.start()]} {text[m.end():]}"
    text = re.sub(r"\([^)]*\)?", " ", text)  # "(...)", or an unclosed "(..." to the end
    tokens = [t.strip(_EDGE) for t in text.split()]
    tokens = [t for t in tokens if t and any(c.isalnum() for c in t)]
    if any(_wkey(t) in _SEVERAL for t in tokens) or "&" in text:
        return None  # "Biden and Sanders": several people
    written = list(tokens)
    for i, t in enumerate(tokens):
        if t in _CONNECTORS:  # as written, lower case
            tokens = tokens[:i]
            break
    for i, t in enumerate(tokens):  # "Sally Capp's Mayorship": the name is the owner
        if _possessive(t) != t:
            tokens = [*tokens[:i], _possessive(t)]
            break
    bare = tokens == written
    suffix = ""
    while len(tokens) > 1:
        w = _wkey(tokens[-1])
        if w in lex.suffixes and not suffix:
            suffix = w
        elif w not in lex.postnominals:
            break
        tokens.pop()
    cut = -1
    for i in range(len(tokens) - 1):
        w = _wkey(tokens[i])
        if w in lex.titles or w in lex.roles:
            cut = i
    tokens = [t for t in tokens[cut + 1:] if _wkey(t)]
    bare = bare and cut < 0
    if not tokens:
        return None
    words = [_wkey(t) for t in tokens]
    if words[-1] in lex.offices:
        return None
    if not any(_name_like(t) and w not in lex.particles and w not in lex.titles
               and w not in lex.offices and not _among(w, lex.generic) for t, w in zip(tokens, words)):
        return None
    start = len(tokens) - 1
    while start > 0:
        prev, w = tokens[start - 1], words[start - 1]
        lower_article = w in lex.articles and (start - 1 > 0 or prev[:1].islower())  # "Al Gore": a first name
        if w in lex.particles or lower_article:
            start -= 1
        else:
            break
    parts = [_ARTICLE_PREFIX.sub("", w) for w in words[start:] if w not in lex.articles]
    surname = " ".join(parts) or words[-1]
    last = _ARTICLE_PREFIX.sub("", words[-1])
    others = [last] if last != surname else []
    if "-" in last:
        others += [p for p in last.split("-") if len(p) > 1]
    if (start >= 2 and not _INITIALS.match(tokens[start - 1]) and words[start - 1] not in lex.particles
            and words[start - 1] not in lex.given):
        others.append(_ARTICLE_PREFIX.sub("", words[start - 1]))  # the first of two surnames
    first, initial = (words[0], bool(_INITIALS.match(tokens[0]))) if start > 0 else ("", False)
    middles = tuple(w for w in words[1:start] if w not in lex.particles and w not in lex.articles)
    full = " ".join([*words, *([suffix] if suffix else [])])
    return _Name(full, first, initial, nickname, middles, surname,
                 tuple(dict.fromkeys(o for o in others if o and o != surname)), suffix, bare)


def _first_forms(n: _Name) -> set[str]:
    """The mention's first name, its nickname, and the formal names of either."""
    formal = _lexicon().formal
    out: set[str] = set()
    for w in (n.first, n.nickname):
        if w:
            out |= {w} | (set() if n.initial and w == n.first else formal.get(w, frozenset()))
    return out


def _firsts_agree(a: _Name, b: _Name) -> bool:
    fa, fb = _first_forms(a), _first_forms(b)
    if fa & fb:
        return True
    if a.initial or b.initial:  # "J. Smith" and "John Smith"
        init, other = (a, fb) if a.initial else (b, fa)
        return any(w.startswith(init.first[:1]) for w in other)
    return False


def _middles_agree(a: _Name, b: _Name) -> bool:
    return not (a.middles and b.middles) or [m[:1] for m in a.middles] == [m[:1] for m in b.middles]


def _same_person_name(a: _Name, b: _Name) -> bool:
    """Rule 3: first and last name equal, middle names and initials aside."""
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if a.surname == b.surname:
        return _firsts_agree(a, b) and _middles_agree(a, b)
    short, long = (a, b) if len(a.middles) <= len(b.middles) else (b, a)
    return (not short.middles and bool(long.middles) and long.middles[-1] == short.surname
            and _firsts_agree(a, b))


# --- organizations and groups --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _org_forms(name: str) -> tuple[str, ...]:
    """The name without a leading "the" (and without a parenthesis), then the acronym it carries."""
    base, acronym = name, ""
    if "(" in name:
        base, rest = name.split("(", 1)
        acronym = rest.split(")", 1)[0].strip()
    words = [_possessive(w) if k == len(base.split()) - 1 else w for k, w in enumerate(base.split())]
    folded = fold(" ".join(words)).strip(_EDGE + " ")
    if folded.startswith("the "):
        folded = folded[4:]
    forms = [folded] if folded else []
    if acronym and len(acronym.split()) == 1 and fold(acronym) not in forms:
        forms.append(fold(acronym))
    return tuple(forms)


@lru_cache(maxsize=65536)
def _org_description(name: str) -> bool:
    """Nothing in the name but lower-case and generic words ("the government", "Police", "State media")."""
    lex = _lexicon()
    tokens = [_possessive(t.strip(_EDGE)) for t in name.split()]
    return not any(_name_like(t) and not _among(_wkey(t), lex.generic) for t in tokens if _wkey(t))


# --- keys ----------------------------------------------------------------------------------------------


def keys(name: str, kind: str = "person") -> list[str]:
    """Keys a stored speaker called ``name`` is found by."""
    if not name or not name.strip() or kind == "unnamed":
        return []
    if kind != PERSON:
        return [f"org:{f}" for f in _org_forms(name)] or [f"org:{fold(name)}"]
    n = _person(name)
    if n is None:
        return [f"full:{fold(name)}"]
    out = [f"full:{n.full}"]
    if n.first:
        out += [f"fl:{f} {n.surname}" for f in sorted(_first_forms(n))]
    out += [f"sur:{s}" for s in (n.surname, *n.others)]
    return list(dict.fromkeys(out))


def mention_keys(name: str, aliases: list[str], kind: str = "person") -> list[str]:
    """Keys a mention adds to its speaker: those of its name and aliases; a person's description adds
    only its own ("Biden and Sanders" with the alias "Sanders" must not be found as a Sanders)."""
    forms = [name] if kind == PERSON and _person(name) is None else [name, *aliases]
    return list(dict.fromkeys(k for form in forms for k in keys(form, kind)))


def lookup_keys(mention: Mention) -> list[str]:
    """Keys whose speakers are candidates for ``mention``: those of its name and of its aliases."""
    out = [k for form in (mention.name, *mention.aliases) for k in keys(form, mention.kind)]
    return list(dict.fromkeys(out))


# --- choosing ------------------------------------------------------------------------------------------


@dataclass
class _Known:
    """What a candidate's names say about a person."""

    fulls: list[_Name]  # names with a first name
    alone: list[_Name]  # surnames alone
    surnames: set[str]
    other_surnames: set[str]

    @property
    def surname_only(self) -> bool:
        return not self.fulls and bool(self.alone)


def _known(c: Candidate) -> _Known:
    names = [n for form in (c.name, *sorted(c.aliases)) if (n := _person(form)) is not None]
    fulls = [n for n in names if n.first]
    alone = [n for n in names if not n.first]
    if fulls:
        surnames = {n.surname for n in fulls}
        others = {o for n in fulls for o in n.others}
        surnames |= {n.surname for n in alone if n.surname in others}  # "Rosselló" seen alone: promoted
    else:  # a single-word alias of a full name is a surname only if that name says so ("Twitter" is not)
        surnames = {n.surname for n in alone}
        others = {o for n in alone for o in n.others}
    return _Known(fulls, alone, surnames, others - surnames)


def _words(descriptors: list[str] | set[str]) -> set[str]:
    stop = _lexicon().stop
    out = set()
    for d in descriptors:
        for w in re.findall(r"[\w'-]+", fold(d).replace(".", "")):
            w = _possessive(w.strip("'-"))
            if len(w) > 1 and w not in stop and not w.isdigit():
                out.add(w)
    return out


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _days_apart(mention: Mention, c: Candidate) -> int | None:
    """Days from the mention's date to the candidate's first..last sightings (0 inside them)."""
    day = _day(mention.published)
    seen = [d for d in (_day(c.first_seen), _day(c.last_seen)) if d is not None]
    if day is None or not seen:
        return None
    lo, hi = min(seen), max(seen)
    return 0 if lo <= day <= hi else min(abs((day - lo).days), abs((day - hi).days))


def _conflicts(m: Mention, c: Candidate) -> bool:
    """Rule 2's exception: descriptors with no word in common, another outlet, far apart in time."""
    a, b = _words(m.descriptors), _words(c.descriptors)
    if not a or not b or a & b or not m.outlet or not c.outlets or m.outlet in c.outlets:
        return False
    apart = _days_apart(m, c)
    return apart is not None and apart > FAR_DAYS


def _best(m: Mention, cands: list[Candidate]) -> Candidate | None:
    """The only candidate with most descriptor words in common (one at least); None when several tie."""
    words = _words(m.descriptors)
    scored = [(len(words & _words(c.descriptors)), c) for c in cands]
    top = max(s for s, _ in scored)
    winners = [c for s, c in scored if s == top]
    return winners[0] if top > 0 and len(winners) == 1 else None


def _by_id(cands: list[Candidate]) -> list[Candidate]:
    return sorted(cands, key=lambda c: c.id)


def explain(mention: Mention, candidates: list[Candidate]) -> tuple[Candidate | None, int]:
    """``choose``'s answer and the number of the rule that gave it."""
    if mention.kind == "unnamed" or not mention.name.strip():
        return None, 1
    cands = _by_id([c for c in candidates if c.kind == mention.kind])
    if mention.kind != PERSON:
        return _choose_body(mention, cands)
    n = _person(mention.name)
    if n is None:
        return None, 1
    known = {c.id: _known(c) for c in cands}
    # 2. same full name
    if n.first:
        forms = {n.full} | {a.full for alias in mention.aliases if (a := _person(alias)) and a.first}
        same = [c for c in cands if forms & {f.full for f in known[c.id].fulls}]
    else:
        same = [c for c in cands if known[c.id].surname_only and n.full in {a.full for a in known[c.id].alone}]
    if same:
        kept = [c for c in same if not _conflicts(mention, c)]
        if not kept:
            return None, 2
        words = _words(mention.descriptors)
        return max(kept, key=lambda c: (len(words & _words(c.descriptors)), -c.id)), 2
    # 6. (a guard on 3-5) a full name of the mention's surname with other first names is somebody else
    apart = {c.id for c in cands if n.first and any(f.surname == n.surname for f in known[c.id].fulls)
             and not any(_firsts_agree(n, f) for f in known[c.id].fulls if f.surname == n.surname)}
    live = [c for c in cands if c.id not in apart]
    if n.first:
        # 3. first and last name equal
        matches = [c for c in live if any(_same_person_name(n, f) for f in known[c.id].fulls)]
        if matches:
            return (matches[0], 3) if len(matches) == 1 else (None, 3)
        # 5. a full name for a candidate known only by its surname
        for surnames in ({n.surname}, set(n.others)):
            alone = [c for c in live if known[c.id].surname_only and surnames & known[c.id].surnames]
            if not alone:
                continue
            if any(not known[c.id].surname_only and surnames & known[c.id].surnames for c in cands):
                return None, 5  # the lone surname may be any of them
            return (alone[0] if len(alone) == 1 else _best(mention, alone)), 5
    else:
        # 4. a surname alone
        hits = [c for c in live if n.surname in known[c.id].surnames]
        if not hits:
            forms = {n.surname, *n.others}
            hits = [c for c in live if forms & (known[c.id].surnames | known[c.id].other_surnames)]
        if hits:
            return (hits[0] if len(hits) == 1 else _best(mention, hits)), 4
    return None, (6 if apart else 7)


def _choose_body(mention: Mention, cands: list[Candidate]) -> tuple[Candidate | None, int]:
    """Organizations and groups: rules 1, 2 and 7."""
    if _org_description(mention.name):
        return None, 1
    forms = [f for form in (mention.name, *mention.aliases) for f in _org_forms(form)]
    if not forms:
        return None, 1
    base = forms[0]
    words = _words(mention.descriptors)
    hits = []
    for c in cands:
        theirs = {f for form in (c.name, *c.aliases) for f in _org_forms(form)}
        if theirs & set(forms):
            hits.append((base in theirs, len(words & _words(c.descriptors)), -c.id, c))
    if not hits:
        return None, 7
    return max(hits, key=lambda h: h[:3])[3], 2


def choose(mention: Mention, candidates: list[Candidate]) -> Candidate | None:
    """The stored speaker the mention is, or None when it is somebody new (rules in the module docstring)."""
    return explain(mention, candidates)[0]


# --- within one article (rule 0) -----------------------------------------------------------------------


def same_article(mentions: list[Mention]) -> dict[int, int | None]:
    """Rule 0, over one article's named speakers: for each person named by a surname alone, the index of
    the article's one full name carrying that surname (among their surnames; only if none has it, among
    their other surname forms), or None when several people of the article carry it (a speaker apart).
    Surnames alone that the article leaves open are not in the answer."""
    names = {i: n for i, m in enumerate(mentions) if m.kind == PERSON and (n := _person(m.name)) is not None}
    fulls = [(i, n) for i, n in names.items() if n.first]
    out: dict[int, int | None] = {}
    for i, n in names.items():
        if n.first:
            continue
        hits = [j for j, f in fulls if n.surname == f.surname]
        if not hits:
            forms = {n.surname, *n.others}
            hits = [j for j, f in fulls if forms & {f.surname, *f.others}]
        people = _people_among([names[j] for j in hits])
        if people == 1:
            out[i] = hits[0]
        elif people > 1:
            out[i] = None
    return out


def _people_among(fulls: list[_Name]) -> int:
    """How many people the full names are: names of one person (rule 3) count once."""
    seen: list[_Name] = []
    for n in fulls:
        if not any(n.full == s.full or _same_person_name(n, s) for s in seen):
            seen.append(n)
    return len(seen)


# --- the name a speaker is shown under ----------------------------------------------------------------


def surname_alone(name: str) -> bool:
    """Whether a person's name is a surname alone ("Sanders", "Senator Sanders"), not a full name."""
    n = _person(name)
    return n is not None and not n.first


def acronyms(name: str) -> list[str]:
    """The acronyms an organization's name is or carries, as written in capitals ("WHO", "World Health
    Organization (WHO)"), folded as its ``org:`` keys hold them."""
    out = []
    for form in _org_forms(name):
        if form.isalpha() and 2 <= len(form) <= 8 and re.search(rf"\b{re.escape(form.upper())}\b", name):
            out.append(form)
    return out


def best_name(names: list[str], kind: str = "person") -> str:
    """The name to show a speaker under, of the names its mentions give (one per mention): the best
    ``name_rank``, then the most mentions, then the longest, then the first in code-point order. A fixed
    order over the names, so the same mentions give the same name whatever order they came in."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return min(counts, key=lambda n: (tuple(-x for x in name_rank(n, kind)), -counts[n], -len(n), n))


def name_rank(name: str, kind: str = "person") -> tuple[int, ...]:
    """How good ``name`` is to show a speaker under; higher is better (``best_name`` breaks ties).

    A person: a name before a description, a first and last name before a surname alone ("Recep Tayyip
    Erdoğan", not "Erdogan"), a name as bare as written before one with titles or roles around it ("Don
    Blankenship", not "Businessman Don Blankenship"). An organization or group: a name before a
    description, a name whose brackets close ("World Health Organization", not "World Health
    Organization (WHO"), a name before its acronym alone."""
    if not name or not name.strip():
        return (0,)
    if kind != PERSON:
        if _org_description(name):
            return (0,)
        balanced = name.count("(") == name.count(")")
        words = name.split()
        acronym = len(words) == 1 and words[0].isupper()
        return (1, int(balanced), int(not acronym))
    n = _person(name)
    if n is None:
        return (0,)
    return (1, int(bool(n.first)), int(n.bare))
