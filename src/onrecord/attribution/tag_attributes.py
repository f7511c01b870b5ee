"""The model's attribute ruler, looked up rather than matched: the same annotations, faster.

spaCy's English models map each fine tag to its part of speech and morphology, and set a few exceptions
("ai n't" is "be"), with an ``attribute_ruler``: 179 token patterns run by a ``Matcher`` over every token of
every text, about a tenth of the whole parse. Nearly all of those patterns look at one token only (its tag,
its lower-case form, its dependency label, whether it is a space), so what they do to a token follows from
those four values alone. ``onrecord_tag_attributes`` stands in the ruler's place, under its name: it works
out, once per distinct set of the four values, which of the ruler's patterns match, and gives every token the
ruler's own attributes in the ruler's order (a later pattern wins); the few patterns over several tokens, or with a
regular expression, still run in a ``Matcher`` of their own and take their place in that order.
``tests/attribution/test_tag_attributes.py`` checks that every token's annotations are the ruler's.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

MODEL_RULER = "attribute_ruler"
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # the columns of the array __call__ reads
MOST_REMEMBERED = 200_000  # sets of the four values; past this the memory starts again (a long-running server)


class TagAttributes:
    """The ruler's ``patterns`` (``AttributeRuler.patterns``: each a list of alternative token patterns, the
    attributes it sets and the index of the token it sets them on), applied as the ruler applies them."""

    def __init__(self, nlp: Language, patterns: list[dict[str, Any]]) -> None:
        strings = nlp.vocab.strings
        self._attrs: list[dict[Any, Any]] = [normalize_token_attrs(nlp.vocab, entry["attrs"]) for entry in patterns]
        self._matcher = Matcher(nlp.vocab)
        self._indices: dict[int, int] = {}
        self._by_tag: dict[int | None, list[tuple[int, list[tuple[int, str, Any]]]]] = {}  # one-token patterns
        for rule, entry in enumerate(patterns):  # by the one tag they ask for (None: no one tag)
            for alternative in entry["patterns"]:
                tests = _tests(alternative, strings) if len(alternative) == 1 else None
                if tests is None:  # several tokens, or an operator looked up here does not cover
                    self._matcher.add(str(rule), [alternative])
                    self._indices[rule] = entry.get("index", 0)
                else:
                    tag = next((value for column, op, value in tests if column == 0 and op == "=="), None)
                    self._by_tag.setdefault(tag, []).append((rule, tests))
        self._by_key: dict[tuple[int, ...], tuple[tuple[int, ...], dict[Any, Any]]] = {}  # -> rules, their attributes

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self._matcher(doc, allow_missing=True):
            rule = int(doc.vocab.strings[match_id])
            extra.setdefault(range(start, end)[self._indices[rule]], []).append(rule)
        for i, key in enumerate(keys):  # every match is found on the tokens as the parse left them
            found = self._by_key.get(key)
            if found is None:
                if len(self._by_key) >= MOST_REMEMBERED:
                    self._by_key.clear()
                rules = tuple(sorted(r for r, tests in self._by_tag.get(key[0], []) + self._by_tag.get(None, [])
                                     if _passes(key, tests)))
                found = self._by_key[key] = (rules, self._merge(rules))
            rules, attrs = found
            if i in extra:
                set_token_attrs(doc[i], self._merge(tuple(sorted(rules + tuple(extra[i])))))
            elif rules:
                set_token_attrs(doc[i], attrs)
        return doc

    def _merge(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for rule in rules:  # in the ruler's order: a later rule's attribute wins
            out.update(self._attrs[rule])
        return out


def _tests(alternative: list[dict[str, Any]], strings) -> list[tuple[int, str, Any]] | None:
    """One token's pattern as (column, operator, values); None when it asks for anything else (a regular
    expression, another attribute)."""
    tests = []
    for name, value in alternative[0].items():
        column = _FIELDS.get(name)
        if column is None:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                return None
            op, values = next(iter(value.items()))
            tests.append((column, op, frozenset(_code(v, name, strings) for v in values)))
        else:
            tests.append((column, "==", _code(value, name, strings)))
    return tests


def _code(value: Any, name: str, strings) -> int:
    return int(bool(value)) if name == "IS_SPACE" else strings.add(value)


def _passes(key: tuple[int, ...], tests: list[tuple[int, str, Any]]) -> bool:
    for column, op, value in tests:
        got = key[column]
        if op == "==" and got != value or op == "IN" and got not in value or op == "NOT_IN" and got in value:
            return False
    return True


@Language.factory("onrecord_tag_attributes", assigns=["token.pos", "token.morph", "token.lemma"],
                  default_config={"patterns": []})
def make_tag_attributes(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> TagAttributes:
    return TagAttributes(nlp, patterns)


def look_up_tag_attributes(nlp: Language) -> None:
    """Run the model's attribute ruler as ``onrecord_tag_attributes``, under the ruler's own name and in its place
    (so that what picks the model's components by name still finds it); a model with none is left as it is."""
    if MODEL_RULER in nlp.pipe_names:
        patterns = nlp.get_pipe(MODEL_RULER).patterns
        nlp.replace_pipe(MODEL_RULER, "onrecord_tag_attributes", config={"patterns": patterns})
