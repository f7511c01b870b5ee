"""The language of a story: one rule for HTML pages and plain text alike.

``detect_language(text, declared)`` classifies the story's paragraphs with py3langid and lets them
vote. When the text is too short to tell, the ``declared`` language wins: the page's ``<html lang>``
(or a feed's or table's) for an HTML page, English for plain text, so a line or two of English full
of names ("Merkel, Scholz and Steinmeier met in Berlin") is not taken for German.
``passage_language(text)`` is one passage's (a quoted block's), or None when it is too short to tell.
"""

from __future__ import annotations

import math

__all__ = ["MIN_LANGUAGE_TEXT", "MIN_SURE_TEXT", "detect_language", "passage_language"]

MIN_LANGUAGE_TEXT = 40  # characters of a paragraph below which it does not vote
MIN_SURE_TEXT = 200  # characters of voting paragraphs below which a declared language wins
LANGUAGE_SAMPLE = 15  # paragraphs classified to tell the language


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The ISO 639-1 code of the story's language, the declared one for too short a text.

    Each paragraph of at least ``MIN_LANGUAGE_TEXT`` characters (up to ``LANGUAGE_SAMPLE`` of them,
    spread over the text) is classified by py3langid and votes with the square root of its length:
    between counting paragraphs and counting characters, so a story that quotes long passages in
    another language keeps its own. With no such paragraph, or (when a language is declared) fewer
    than ``MIN_SURE_TEXT`` characters of them, the declared language is kept: py3langid is unsure
    of a sentence or two."""
    paragraphs = [p for p in text.split("\n") if len(p.strip()) >= MIN_LANGUAGE_TEXT]
    if not paragraphs or (declared and sum(len(p.strip()) for p in paragraphs) < MIN_SURE_TEXT):
        return declared
    import py3langid

    if len(paragraphs) > LANGUAGE_SAMPLE:
        paragraphs = [paragraphs[i * len(paragraphs) // LANGUAGE_SAMPLE] for i in range(LANGUAGE_SAMPLE)]
    votes: dict[str, float] = {}
    for paragraph in paragraphs:
        code = str(py3langid.classify(paragraph[:300])[0])
        votes[code] = votes.get(code, 0.0) + math.sqrt(len(paragraph))
    return max(votes, key=lambda c: votes[c])


def passage_language(text: str) -> str | None:
    """The ISO 639-1 code of one passage of at least ``MIN_LANGUAGE_TEXT`` characters, else None."""
    if len(text.strip()) < MIN_LANGUAGE_TEXT:
        return None
    import py3langid

    return str(py3langid.classify(text[:300])[0])
