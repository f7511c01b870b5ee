"""What a phrase for people stands for when the article names them elsewhere (speakers.py): a relative or a
body a possessive pronoun's owner has, and several people a plural noun stands for.

- ``named_kin``: "his daughter" of Ginger Baker -> the one person named as that ("his daughter Nettie Baker");
- ``named_by_owner``: "his campaign" of Donald Trump -> "Trump campaign" where the article writes that;
- ``named_plural``: "Both officers", "the couple" -> the names the article lists with the same noun before
  ("met officers Antoine Quirin and Nicolas Redouane"), or the latest two names joined by "and";
- ``named_by_age``: "The 56-year-old" -> the one person the article gave that age before ("John Smith, 56,"),
  else, alone, the person the article is about when named just before ("Mourinho's representatives ...");
- ``another``: "Another" after a statement by "one user on Weibo" -> "another user on Weibo";
- ``epithet``: "said the actor" right after a statement by James Van Der Beek, when no one else is called an actor;
- ``subject_epithet``: "the singer and guitarist told the audience" right after a sentence whose subject is Pat
  Simmons, who has not spoken yet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.antecedents import clause_depth
from onrecord.attribution.naming import norm
from onrecord.attribution.persons import full_name_surnames, name_gender, principal
from onrecord.attribution.referents import whole_name
from onrecord.attribution.referring_back import Spoken, spoke_just_before

_NAMES = {"NNP", "NNPS"}

_PARENTS = frozenset({"father", "mother", "dad", "mom", "mum"})


def named_kin(root: Token, pronoun: Token, owner: str) -> Span | None:
    """The person the article names as what a possessive pronoun's owner has ("his daughter" of Ginger
    Baker): "his daughter Nettie Baker", "Baker's daughter, Nettie" elsewhere in the article, the same noun
    (a kin or role noun, ``naming.lexicon().animate``) owned by the same pronoun or by a name of the owner
    (``owner``), with a person's name beside it; None unless the article names exactly one so, or when the
    phrase holds other words ("his eldest daughter"), but for a parent, who is one ("his surviving father")."""
    lex, words = naming.lexicon(), set(norm(owner).split())
    if root.tag_ != "NN" or not {root.lower_, root.lemma_.lower()} & lex.animate or any(
            c.i < root.i and c.dep_ != "poss" and not (c.dep_ == "amod" and root.lower_ in _PARENTS)
            for c in root.children):
        return None
    found: dict[str, Span] = {}
    for t in root.doc:
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if t.i == root.i or t.lower_ != root.lower_ or poss is None or not (
                poss.lower_ == pronoun.lower_ or norm(poss.text) in words):
            continue
        for c in t.children:
            ents = [e for e in t.doc.ents if e.label_ == "PERSON" and e.start <= c.i < e.end]
            if c.dep_ == "appos" and c.i > t.i and len(ents) == 1 and not set(norm(ents[0].text).split()) <= words:
                found.setdefault(norm(ents[0].text), ents[0])
    return next(iter(found.values())) if len(found) == 1 else None


def named_by_owner(root: Token, owner: str) -> str | None:
    """The name the article gives a body a possessive pronoun's owner has ("his campaign" of Donald Trump):
    "Trump campaign" when the article writes the owner's surname right before the same noun ("The Trump
    campaign said"); None when it does not, or the phrase holds other words ("his re-election campaign")."""
    last = owner.split()[-1]
    if any(c.i < root.i and c.dep_ != "poss" for c in root.children) or not last[:1].isupper():
        return None
    same = [t for t in root.doc if t.i > 0 and t.lower_ == root.lower_ and t.nbor(-1).text == last
            and t.nbor(-1).dep_ in ("compound", "nmod")]
    return f"{last} {root.lower_}" if same else None


_COUNTING = frozenset({"the", "both", "all", "two", "three", "four"})


def named_plural(span: Span, root: Token) -> list[Span] | None:
    """The people a plural noun alone ("Both officers", "The officers", "the two officers") stands for: the
    names the article lists with the same noun before it ("met officers Antoine Quirin and Nicolas Redouane",
    "two officers, Antoine Quirin and Nicolas Redouane,"), the latest such list; None for none."""
    if (root.lower_ in _PAIRS and len(span) <= 2 or _two_people(span, root)) and not root.ent_type_:
        return _named_pair(span, {"men": "m", "women": "f"}.get(root.lower_))
    if root.tag_ == "NNS" and not root.ent_type_ and len(span) <= 4 and (titled := next(  # "the committee chairmen"
            (p for t in reversed(span.doc[:span.start]) if (p := _titled_pair(t, root)) is not None), None)):
        return titled
    if root.tag_ != "NNS" or root.ent_type_ or not all(
            c.lower_ in _COUNTING for c in root.children if c.i < root.i) or len(span) > 4:
        return None
    doc = span.doc
    for t in reversed(doc[:span.start]):
        if t.lemma_ != root.lemma_ or t.tag_ != "NNS":
            continue
        first = t.head if t.dep_ == "compound" and t.head.tag_ in _NAMES else next(
            (c for c in t.children if c.dep_ == "appos" and c.tag_ in _NAMES), None)
        heads = [first, *first.conjuncts] if first is not None else []
        if len(heads) < 2 or any(h.tag_ not in _NAMES for h in heads):
            continue
        return [doc[max(h.left_edge.i, t.i + 1) if h is first else h.left_edge.i:h.i + 1] for h in heads]
    return None


def _titled_pair(t: Token, root: Token) -> list[Span] | None:
    """The names joined by "and" that each carry the singular of ``root`` as their title, ``t`` the last one's ("the
    committee chairmen": "Oversight Committee Chairman Jason Chaffetz and Judiciary Committee Chairman Bob
    Goodlatte"); None when ``t`` is no such title."""
    name = t.head
    if t.dep_ != "compound" or t.tag_ != "NNP" or t.lower_ != root.lemma_.lower() or name.ent_type_ != "PERSON":
        return None
    first = name if name.dep_ != "conj" else next((h for h in name.ancestors if h.dep_ != "conj"), name)
    heads = [first, *first.conjuncts]
    if len(heads) < 2 or any(h.ent_type_ != "PERSON" or not any(
            c.dep_ == "compound" and c.lower_ == t.lower_ for c in h.children) for h in heads):
        return None
    if any(w.lemma_ == root.lemma_ and w.tag_ == "NNS" for w in t.doc[heads[-1].i:root.i]):
        return None  # "... were among 11 Republican senators. The senators wrote": the larger group named since
    return [whole_name(h, h.left_edge.i) for h in heads]


_PAIRS = frozenset({"couple", "duo", "pair"})


def _two_people(span: Span, root: Token) -> bool:
    """Whether a phrase is "Both men", "the two women": two people the article named before."""
    return root.lower_ in ("men", "women") and [t.lower_ for t in span if t.i < root.i] in (["both"], ["the", "two"])


def _named_pair(span: Span, gender: str | None = None) -> list[Span] | None:
    """The two people "the couple" stands for: the latest two names joined by "and" before it ("King and Weeks",
    surnames of people the article names in full, whatever the tagger made of them), when no counted plural subject
    stands in between ("Two firefighters were treated"); for "Both men", only when both are of that ``gender`` by the
    article (``persons.name_gender``); else None."""
    doc = span.doc
    given = _after_given_names(doc)  # "Weeks": "Timothy Weeks"
    surnames = full_name_surnames(doc) | given.keys()

    def person(t: Token) -> bool:
        return t.tag_ in _NAMES and (t.ent_type_ == "PERSON" or t.text in surnames)
    for t in reversed(doc[:span.start]):
        if person(t) and t.dep_ != "compound" and len(t.conjuncts) == 1:
            other = t.conjuncts[0]
            if other.i > t.i and person(other):
                if any(w.tag_ == "NNS" and w.dep_ in ("nsubj", "nsubjpass") and any(
                        c.dep_ == "nummod" for c in w.children)  # not "the hostages appeared pale": those two
                       for w in doc[other.i + 1:span.start]):
                    return None  # "... Two firefighters were treated. Both men said": those, whom no one names
                pair = [whole_name(t, 0), whole_name(other, t.i + 1)]
                full = [given.get(p[-1].text, p.text) for p in pair]
                return pair if gender is None or all(name_gender(doc, n) == gender for n in full) else None
    return None


def _after_given_names(doc: Doc) -> dict[str, str]:
    """Each name word written right after a common given name, with the two words as first written ("Weeks":
    "Timothy Weeks")."""
    given, found = naming.lexicon().given_genders, {}
    for t in doc[:-1]:
        if t.lower_ in given and t.nbor().tag_ in _NAMES:
            found.setdefault(t.nbor().text, f"{t.text} {t.nbor().text}")
    return found


AGE_BACK = 3  # sentences back within which the article's subject is named for a bare "The 56-year-old"


def named_by_age(span: Span, root: Token) -> Span | None:
    """The person a description by age stands for ("The 56-year-old", "the 56-year-old striker"): the one person
    named with that age before it ("John Smith, 56,", "Smith (56)", "56-year-old John Smith"); when the article gives
    no one's age and the phrase is the age alone, the person the article is about (``persons.principal``) if
    named in the ``AGE_BACK`` sentences before; else None."""
    doc = span.doc
    age = next((t.text for t in span if t.like_num and t.i + 4 < span.end and _year_old(doc, t.i)), None)
    if age is None or span[0].lower_ != "the":
        return None
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= span.start]
    ages = [(e, stated) for e in people if (stated := _stated_age(e)) is not None]
    if ages:  # someone's age is given: only a person of this age
        named = [e for e, stated in ages if stated == age]
        return named[0] if named and len({norm(e.text).split()[-1] for e in named}) == 1 else None
    if span[-1].lower_ != "old":  # "The 56-year-old striker" may be anyone's
        return None
    key = principal(doc, [(e.start_char, e.text) for e in people if len(e) > 1], lambda n: n.split()[-1])
    sents = [s for s in doc.sents if s.end <= span.start][-AGE_BACK:]
    if key is None or not sents or not any(norm(t.text) == key for t in doc[sents[0].start:span.start]):
        return None
    return next((e for e in people if len(e) > 1 and norm(e[-1].text) == key), None)


def _stated_age(ent: Span) -> str | None:
    """The age the article gives beside a person's name: "John Smith, 56,", "Smith (56)", "Smith, aged 56", "56-year-old
    (striker) John Smith"."""
    doc = ent.doc
    after = list(doc[ent.end:ent.end + 3])
    if len(after) >= 2 and after[0].text in (",", "(") and after[1].text.isdigit():
        return after[1].text
    if len(after) == 3 and after[0].text == "," and after[1].lower_ == "aged" and after[2].text.isdigit():
        return after[2].text
    return next((doc[i].text for i in range(max(0, ent.start - 8), ent.start - 4)
                 if _year_old(doc, i) and all(not t.ent_type_ and t.is_lower for t in doc[i + 5:ent.start])), None)


def _year_old(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` opens "56-year-old"."""
    return doc[i].like_num and i + 4 < len(doc) and [t.lower_ for t in doc[i + 1:i + 5]] == ["-", "year", "-", "old"]


def another(span: Span, previous: str) -> str | None:
    """What "Another" alone as a source stands for right after a statement by one of a kind ("one user on Weibo
    posted ... Another reportedly said"): "another user on Weibo"; None for any other phrase or speaker."""
    first, _, rest = previous.partition(" ")
    if len([t for t in span if not t.is_punct]) != 1 or span[0].lower_ != "another" or first.lower() != "one":
        return None
    return f"another {rest}" if rest else None


EPITHET_BACK = 3  # sentences back within which the person "the actor" refers back to was quoted


def epithet(span: Span, root: Token, previous: Spoken, last: int) -> bool:
    """Whether "the actor" (the "Pose" actor, the Oscar-winning actress: "the", words that describe, and a noun for what
    someone is known for, ``referring_back.txt`` [epithets]) is the person quoted just before (``previous``, whose
    source stands at character ``last``, at most ``EPITHET_BACK`` sentences back): one named with no role of their
    own ("his attorney Brian Steel", "promoter Marek Lieberberg": another's words), the same gender, no other person
    named in between (but one of the other gender; a name that is a subject counts, whatever the tagger made of
    it), no one introduced by that noun before ("One actor on the production"), and no other person the
    article calls by it ("actor John Smith", "Smith, an actor")."""
    doc, lex = span.doc, naming.lexicon()
    gender = lex.gendered.get(root.lower_)
    if previous.kind != "person" or previous.descriptors or previous.roles or root.tag_ != "NN" or root.ent_type_ or \
            span[0].lower_ != "the" or \
            root.lemma_.lower() not in wordlists.section_set("referring_back.txt", "epithets") or any(
            t.i > root.i or not (t.is_punct or t.dep_ in ("det", "amod", "compound", "nmod"))
            for t in span[1:] if t.i != root.i) or (gender and previous.gender and gender != previous.gender):
        return False
    if not spoke_just_before(span, last, EPITHET_BACK):
        return False
    own = set(norm(previous.name).split())
    others = [e for e in doc.ents if e.label_ == "PERSON" and not set(norm(e.text).split()) <= own]
    named = [doc[t.left_edge.i:t.i + 1] for t in doc if t.tag_ in _NAMES and t.dep_ in ("nsubj", "nsubjpass")
             and not set(norm(t.text).split()) <= own]  # "His co-star Denzel Washington did not attend", a body
    if any(last < e.start_char < span.start_char and not (gender and name_gender(doc, e.text) not in (None, gender))
           for e in [*others, *named]):  # "Van Der Beek announced that Kimberly was expecting. The actor shared"
        return False
    if any(t.lemma_ == root.lemma_ and t.i < span.start and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in doc):
        return False  # "One actor on the production ... said the actor": that one
    return not any(_called(t, e) for t in doc if t.lemma_ == root.lemma_ for e in others)


def subject_epithet(span: Span, root: Token) -> Span | None:
    """The person a subject "the" + what someone is known for stands for ("Simmons teased the tour ... After the song,
    *the singer and guitarist* told the audience"): the person named, with no role, as the subject of the sentence
    just before, no other person named in between but inside a clause under another ("Smith knew Jones was coming"),
    nor a person by a common noun ("a reclusive writer"), of the same gender, where the article calls no one else by
    that noun. The nouns are ``referring_back.txt`` [epithets], what someone is known for: not a trade ("Tom Vilsack
    toured a dairy farm. The dairy farmer said": another, whom the article introduces so)."""
    doc = span.doc
    nouns = [root, *(c for c in root.children if c.dep_ == "conj")]  # "the singer and guitarist"
    known = wordlists.section_set("referring_back.txt", "epithets")
    if root.dep_ != "nsubj" or span[0].lower_ != "the" or root.ent_type_ or any(
            n.tag_ != "NN" or n.lemma_.lower() not in known for n in nouns) or any(
            not (t.is_punct or t.dep_ in ("det", "amod", "compound", "cc", "conj")) for t in span if t.i != root.i):
        return None
    sent = root.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if (subject := next((c for c in before.root.children if c.dep_ == "nsubj"), None)) is None:
        return None
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.root.i == subject.i), None)
    if person is None and subject.text[:1].isupper() and not subject.ent_type_:  # "Simmons"
        person = next((e for e in doc.ents if e.label_ == "PERSON" and e.end <= subject.i and len(e) > 1
                       and e[-1].text == subject.text), None)  # of "Pat Simmons" before
    if person is None or any(c.dep_ == "appos" for c in subject.children) or any(
            t.tag_ in ("NN", "NNS") or t.dep_ == "poss" for t in doc[subject.left_edge.i:person.start]):
        return None  # "his attorney Brian Steel", "Smith, a lawyer,": named with a role of their own
    gender = naming.lexicon().gendered.get(root.lower_)
    if gender and name_gender(doc, person.text) not in (None, gender):
        return None
    own = set(norm(person.text).split())
    if any(e.label_ == "PERSON" and subject.i < e.start < span.start and not set(norm(e.text).split()) <= own
           and clause_depth(e.root) == 0 for e in doc.ents):
        return None  # "Smith met Jones. The actor said": either
    if any(t.tag_ == "NN" and t.dep_ != "poss" and not t.ent_type_ and naming.animate(t)
           for t in doc[subject.i + 1:span.start]):
        return None  # "Scorsese tried to persuade a reclusive writer ... The novelist said": the writer
    if any(t.lemma_ == n.lemma_ and t.i not in range(span.start, span.end) for n in nouns for t in doc):
        return None  # "actor John Smith", "One actor on the production": the article has another by that noun
    return person


def _called(noun: Token, person: Span) -> bool:
    """Whether a noun is said of a person: "actor John Smith", "Smith, an actor", "the actor, John Smith"."""
    def inside(t: Token) -> bool:
        return person.start <= t.i < person.end
    return (noun.dep_ in ("compound", "appos") and inside(noun.head)) or any(
        c.dep_ == "appos" and inside(c) for c in noun.children)
