"""An attitude a copula and its adjective report: "Republicans *have been critical of* | Clinton's use of personal
email", "some Democrats *are concerned* | that Sanders' tactics could ...", "Mr. Hurt *is eager* | to get the book
out". PolNeAR's cue is the copula with the adjective and the word that ties on what the attitude is toward (a
preposition); its content is what follows. Of the adjectives that take an infinitive, those that say how an act was
done take the act's verb into the cue too ("McConnell *was quick to embrace* | the mogul", "Ryan *was reluctant to
endorse* | Mr. Trump", ``manner_adjectives.txt``). Attitudes stay off the record: this moves the edges of broad-scope
statements only."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord import wordlists
from onrecord.attribution.content import content_bounds
from onrecord.attribution.token_spans import trim_tokens

TOWARD = frozenset({"of", "about", "on", "in", "with", "for", "over", "toward", "towards", "at", "to"})


def attitude(tok: Token) -> tuple[int, tuple[int, int]] | None:
    """For a copula cue with an adjective that takes a complement: where the cue ends and the content's bounds
    (token indices, never empty); None for any other cue, or an adjective with nothing after it ("Hispanic
    Americans were outraged")."""
    found = _attitude(tok)
    return found if found is not None and found[1][0] < found[1][1] else None


def _attitude(tok: Token) -> tuple[int, tuple[int, int]] | None:
    if tok.lemma_.lower() != "be":
        return None
    adj = next((c for c in tok.rights if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adj is None:
        return None
    doc = tok.doc
    for c in adj.rights:
        if c.dep_ == "prep" and c.lower_ in TOWARD and c.i == adj.i + 1:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return c.i + 1, trim_tokens(doc, *content_bounds(obj))
        if c.dep_ == "ccomp" and c.left_edge.i == adj.i + 1:
            return adj.i + 1, trim_tokens(doc, *content_bounds(c))
        if c.dep_ == "xcomp" and c.left_edge.i == adj.i + 1 and c.pos_ in ("VERB", "AUX"):
            if adj.lemma_.lower() not in wordlists.word_set("manner_adjectives.txt"):
                return adj.i + 1, trim_tokens(doc, *content_bounds(c))
            obj = next((o for o in c.rights if o.dep_ in ("dobj", "ccomp") and o.left_edge.i == c.i + 1), None)
            if obj is None:
                return None
            return c.i + 1, trim_tokens(doc, *content_bounds(obj))
    return None
