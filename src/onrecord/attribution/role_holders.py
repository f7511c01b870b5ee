"""Who the article names with which role, for a role phrase to stand for (speakers.py): each person named
with a role noun ("US President Donald Trump", "Mike DeWine, the governor of Ohio", "China's ambassador to
Britain Liu Xiaming", "Princess Ubolratana Mahidol"), where, and by which role keys (``roles_of``,
``naming.role_keys``).

- ``RoleHolders.before``: the person named with a role whose name (or surname) was mentioned last before a
  point ("The actress" after "Actress Denise Crosby");
- ``RoleHolders.later``: the one person named after a singular role phrase that no one holds before it,
  with every word of the phrase in the description the name stands in ("China's ambassador to Britain accused ..."
  then "China's ambassador to Britain Liu Xiaming has said"; "the Unity Party of America presidential
  nominee proposes ..." then "Bill Hammons, 2020 presidential nominee of the Unity Party of America"): a
  lead that names its speaker further down. Only a role said to be of a name ("China's", "Russian"), never
  a bare or common one ("the prime minister", "the company's chief executive"), an indefinite one ("an
  aide"), a plural, one someone held before, or one another holds ("Former prime minister Tony Blair").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from onrecord.attribution import naming, persons, referents
from onrecord.attribution.cues import cue_lexicon

Holder = tuple[int, set[str], Span]  # where, the role keys, the name
_NOUN_RUN = frozenset({"NN", "NNP", "NNPS", "JJ", "HYPH"})


class RoleHolders:
    def __init__(self, doc: Doc, titled: list[tuple[Token, Span]], role: Callable[[str], str],
                 name_start: Callable[[Span], int], appositions: Callable[[Span], list[Token]]) -> None:
        self.doc, self.titled, self.role = doc, titled, role
        self._name_start, self._appositions = name_start, appositions
        self._found: list[Holder] | None = None  # built when first needed
        self._mentions: dict[str, list[tuple[int, str]]] | None = None  # each surname's PERSON mentions, when needed

    def all(self) -> list[Holder]:
        if self._found is None:
            self._found = sorted([(e.start_char, keys, e) for e in self.doc.ents if (
                e.label_ == "PERSON" or persons.person_by_apposition(e)) and (
                keys := roles_of(e, self._name_start(e), self._appositions(e)))
            ] + [(name.start_char, naming.role_keys(title, self.role), name)  # "Princess Ubolratana Mahidol"
                 for title, name in self.titled], key=lambda m: m[0])
        return self._found

    def before(self, key: str, after: int, at: int, like: Token | None = None) -> Span | None:
        """The holder of the role mentioned last before ``at`` (by full name or surname alone, outside quotations,
        after ``after``): "the governor" after "Gov. Eric Holcomb ... Kentucky Gov. Matt Bevin ... didn't see
        Holcomb" is Holcomb; for a role phrase ``like`` with names in it, one named with them all ("The Wikileaks
        founder": "Wikileaks co-founder Julian Assange").
        """
        named = [(self._last_mention(e, p, at), p, e) for p, keys, e in self.all() if p < at and key in keys
                 and (like is None or referents.named_alike(like, [self.description(e)]))]
        named = [n for n in named if n[0] > after]
        return max(named, key=lambda n: n[:2])[2] if named else None

    def description(self, name: Span) -> str:
        """The words a holder is named with: before the name in its phrase and in its appositions
        ("Wikileaks co-founder Julian Assange", "Mike DeWine, the governor of Ohio")."""
        doc = name.doc
        start = min(name.root.left_edge.i, name.start)
        while start > name.sent.start and (doc[start - 1].tag_ in _NOUN_RUN or doc[start - 1].text == "-"):
            start -= 1  # the words a misparse left out: "Wikileaks co-founder"
        return " ".join([doc[start:name.end].text,
                         *(doc[a.left_edge.i:a.right_edge.i + 1].text for a in self._appositions(name))])

    def _last_mention(self, name: Span, named_at: int, at: int) -> int:
        if self._mentions is None:
            self._mentions, quotes = {}, self.doc._.quotes or []
            for e in self.doc.ents:  # not one quoted, nor inside what someone is said to have said ("answered that
                if e.label_ == "PERSON" and not any(q.start <= e.start_char < q.end for q in quotes) and not any(
                        a.dep_ == "ccomp" and a.head.lemma_.lower() in cue_lexicon()  # Johnson was wrong")
                        for a in [e.root, *e.root.ancestors]):
                    self._mentions.setdefault(e[-1].text, []).append((e.start_char, e.text))
        return max([named_at, *(m for m, text in self._mentions.get(name[-1].text, []) if m < at
                                and text in (name.text, name[-1].text))])

    def later(self, span: Span, root: Token) -> Span | None:
        if root.tag_ != "NN" or not _definite(span, root) or not _named_qualifier(span, root):
            return None
        key = naming.role_key(root, self.role)
        if any(p < span.start_char and key in keys for p, keys, _ in self.all()):
            return None  # someone held it before: not a lead naming its speaker further down
        later = {e.text: e for p, keys, e in self.all() if p > span.end_char and key in keys
                 and _described_alike(span, e)}
        return next(iter(later.values())) if len(later) == 1 else None


def _definite(span: Span, root: Token) -> bool:
    """A role phrase that means one known holder: "the ...", "China's ..." (not "their lawyer", "one nominee")."""
    return span[0].lower_ in naming.DEFINITE or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in root.children)


def _named_qualifier(span: Span, root: Token) -> bool:
    """Whether the role phrase says whose role it is by a name ("*China's* ambassador", "the *Unity Party of
    America* presidential nominee", "the *Russian* foreign minister"), not by a common word ("the company's chief
    executive", "the prime minister")."""
    return any(t.i != root.i and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")) for t in span)


_OTHER_HOLDER = frozenset({"former", "ex", "late", "rival"})  # "Former prime minister Tony Blair": another holder


def _described_alike(span: Span, person: Span) -> bool:
    """Whether every word of a role phrase (besides articles and prepositions) is said, in any order, in the
    description the name stands in: its role before it and its appositions ("China's ambassador to Britain Liu
    Xiaming", "Bill Hammons, 2020 presidential nominee of the Unity Party of America"), not elsewhere in its
    sentence ("Ukrainian foreign minister Dmytro Kuleba dismissed the *Russian* claims")."""
    head = person.root.head if person.root.dep_ == "appos" else person.root
    said = {t.lower_ for t in head.subtree if t.is_alpha}
    words = {t.lower_ for t in span if t.is_alpha and t.pos_ not in ("DET", "ADP", "CCONJ", "PART", "PRON")}
    return len(words) > 1 and words <= said and not said & _OTHER_HOLDER


def roles_of(ent: Span, name_start: int, appositions: list[Token]) -> set[str]:
    """The roles a PERSON entity is named with: the role noun before its name (``name_start``), "US
    President Donald Trump", and its appositions' heads, "Mike DeWine, the governor of Ohio"."""
    doc, root = ent.doc, ent.root
    pre = [t for t in doc[max(ent.sent.start, root.left_edge.i):name_start] if t.pos_ in ("NOUN", "PROPN")
           and t.ent_type_ not in ("GPE", "LOC", "NORP")  # "President of Argentina Alberto Fernández": not "argentina"
           and not any(a.dep_ == "prep" for a in t.ancestors if a.i >= root.left_edge.i)]
    if not pre and root.dep_ == "pobj" and root.head.lower_ in ("of", "for") and naming.role_word(root.head.head) \
            and not any(c.lower_ in ("a", "an") for c in root.head.head.children):  # not "a lawyer for Pagliano"
        pre = [root.head.head]  # parsed as "President of [Argentina Alberto Fernández]"
    if not pre and root.dep_ == "appos" and root.head.i < root.i and naming.role_word(root.head) \
            and root.head.dep_ != "pobj":
        pre = [root.head]  # "China's ambassador to Britain [Liu Xiaming]"; not "The daughter of the senator, [X]"
    heads = [h for h in pre[-1:] + appositions if h.pos_ in ("NOUN", "PROPN")]
    return set().union(*(naming.role_keys(h, naming.lexicon().role) for h in heads))
