"""Pairing quotation marks: the ``onrecord_quotes`` component.

Reads ``doc.text``; writes ``doc._.quotes``, a list of ``Quote`` in text order.

Marks are paired by kind, never by position alone: “ with ”, ‘ with ’, « with », „ with “ or ”,
and straight marks with their own kind ('' — two apostrophes, as some newspapers print a double
quotation mark — is one mark; so are two right single quotes closing “, “…’’). A right single quote between two letters
(``Nagorno-Karabakh’s``, ``don’t``) is an apostrophe, not a closing mark.

A quote still open where it cannot go on is marked ``closed=False`` and ends:

- at a line break when the next line opens with a mark of its kind, and at a paragraph end (a
  blank line) when the next paragraph opens with a quotation mark: a quotation over several
  paragraphs leaves every paragraph but the last unclosed, by convention (web pages separate
  their paragraphs by one line break);
- else, at a paragraph end, with its own sentence (or line): the opening mark is a stray one (a
  typo, "isn ‘t", or a mismatched pair, ‘...'), and one bad mark must not make the rest of its
  paragraph, on a web page the rest of the text, a quotation. A quote closed by its own mark may
  span single line breaks (a block quotation with hard line breaks).

Closing marks with nothing open are ignored, so an odd count never fails; but a ” that opens a line,
or follows a colon, before a word, closed by another ” on that line with no “ in it, opens a quotation (a
typo: ”Mr. Trump embodies ...” ― Sonya Herridge; Another said: ”Bird flu ...”).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from onrecord import wordlists
from onrecord.attribution.extensions import ensure_extensions

OPENERS = {"“": "double", "‘": "single", "«": "guillemet", "„": "low", "‹": "single_guillemet"}
CLOSERS = {"”": ("double", "low", "straight_double"), "’": ("single",), "»": ("guillemet",), "“": ("low",),
           "‹": (), "›": ("single_guillemet",)}
STRAIGHT = {'"': "straight_double", "'": "straight_single"}
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# an apostrophe that stands for left-out letters or digits at a word's start: "'70s", "'em", "'til" (not "'19":
# a British quotation may open with a number, "'20 people were hurt,' police said")
ELIDED = re.compile(r"['‘’](?:\d0s\b|em\b|til\b|cause\b|tis\b)")
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
MAX_QUOTE_CHARS = 5000


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.inner_start, self.inner_end


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _straight_opens(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:" or i == 0


def _straight_closes(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` stands where a closing mark does: after a word or its punctuation,
    before a space, a line's end or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not before.isdigit() and (after.isspace() or after in ".,;:!?)]—–")  # not 6"


def _opens_line(text: str, i: int) -> bool:
    """Whether the ” at ``i`` stands for an opening mark: first on its line or right after a colon that
    brings in words ("Another said: ”Bird flu ...”"), closed by another ” later on the line, and the line
    has no “ (then the marks are paired as written)."""
    end = LINE_BREAK.search(text, i)
    rest = text[i + 1:end.start() if end else len(text)]
    start = max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1  # a line ends as LINE_BREAK says
    before = text[start:i].rstrip()
    return (not before or before.endswith(":") and "“" not in before) and "”" in rest and "“" not in rest


def opening_mark(text: str, at: int) -> str | None:
    """The kind of the quotation mark that opens the line or paragraph after the break at ``at``."""
    i = at
    while i < len(text) and text[i].isspace():
        i += 1
    if text.startswith("''", i):
        return "two_single"
    if i < len(text):
        return OPENERS.get(text[i]) or STRAIGHT.get(text[i])
    return None


def names_a_work(quotation: Span) -> bool:
    """Whether a quotation (its marks included) after an attribution is the name of the programme or work where
    the words before it were said: a few words in title case, no "!" or "?", right after "on", "in", "at", a
    possessive, a noun of ``media_venues.txt`` or "with" after a noun ("said on CBS's ''Face the Nation.''", "on
    the podcast "Here's the Thing."", "in an interview with "Fox and Friends,""); not after a verb ("replied with
    "Absolutely Not."") or a colon. Callers ask it only of a quotation after a quotation's attribution."""
    doc = quotation.doc
    if quotation.start < 2 or not quotation[0].is_quote or any(t.text in ("!", "?") for t in quotation):
        return False
    words = [t for t in quotation if t.is_alpha]
    before = doc[quotation.start - 1]
    return 2 <= len(words) <= 6 and all(t.text[0].isupper() or t.is_stop and t.is_lower for t in words) \
        and sum(t.text[0].isupper() for t in words) >= 2 and (
            before.lower_ in ("on", "in", "at") or before.tag_ == "POS"
            or before.lower_ == "with" and doc[before.i - 1].pos_ in ("NOUN", "PROPN")
            or before.lower_ in wordlists.section_set("media_venues.txt", "venues"))


def sentence_end(text: str, start: int, end: int) -> int:
    """The end of the sentence, or of the line, that runs on from ``start`` (at most ``end``)."""
    line = LINE_BREAK.search(text, start, end)
    end = line.start() if line else end
    m = SENTENCE_END.search(text, start, end)
    return m.end() if m else end


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    paragraph_ends = [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    para = 0
    line_ends = [m.start() for m in LINE_BREAK.finditer(text)] + [len(text)]
    line = 0
    stack: list[tuple[str, int]] = []  # (kind, offset of opening mark)

    def close_all(at: int, paragraph_end: bool = False, stray: bool = False) -> None:
        # an unclosed quote ends with its paragraph when the next one carries it on, else with its
        # sentence (a stray mark); nested ones end with it
        if stack:
            kind, start = stack[0]
            width = 2 if kind == "two_single" else 1
            end = at
            if stray:  # left open lines before: it ends with its own line, a paragraph of a web page
                end = (m.start() if (m := LINE_BREAK.search(text, start + width, at)) else at)
            elif paragraph_end and opening_mark(text, at) is None:
                end = sentence_end(text, start + width, at)
            while end > start + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(start, end, min(start + width, end), end, closed=False))
            stack.clear()

    skip = -1
    for i, ch in enumerate(text):
        if i <= skip:
            continue
        while i >= line_ends[line]:
            if stack and opening_mark(text, line_ends[line]) == stack[0][0]:  # the next line carries the quotation
                # on, unless it opened lines before this one: then it ends with its own line
                close_all(line_ends[line], stray=line > 0 and stack[0][1] < line_ends[line - 1])
            line += 1
        while i >= paragraph_ends[para]:
            close_all(paragraph_ends[para], paragraph_end=True)
            para += 1
        if stack and i - stack[-1][1] > MAX_QUOTE_CHARS:
            close_all(i)
        if ch in "'‘’" and ELIDED.match(text, i):
            continue  # "the late '70s", "’til": an apostrophe, no quotation mark
        if ch == "'" and text.startswith("'''", i):  # a single quotation inside a double one of two apostrophes,
            # closed or opened with it: "''Sometimes they say, 'Go back to your country,''' said Mr. Regalado"
            if len(stack) > 1 and stack[-1][0] == "straight_single" and stack[-2][0] == "two_single":
                skip = i + 2
                _, start = stack.pop()
                quotes.append(Quote(start, i + 1, start + 1, i))
                _, start = stack.pop()
                quotes.append(Quote(start, i + 3, start + 2, i + 1))
                continue
            if _straight_opens(text, i, width=3):
                skip = i + 2
                stack.extend((("two_single", i), ("straight_single", i + 2)))
                continue
        if ch == "'" and text.startswith("''", i):  # two apostrophes as a double quotation mark
            skip = i + 1
            if stack and stack[-1][0] == "two_single":
                _, start = stack.pop()
                quotes.append(Quote(start, i + 2, start + 2, i))
            elif _straight_opens(text, i, width=2):
                stack.append(("two_single", i))
            continue
        if ch in STRAIGHT:
            kind = STRAIGHT[ch]
            if ch == "'" and 0 < i < len(text) - 1 and _is_letter(text[i - 1]) and _is_letter(text[i + 1]):
                continue  # apostrophe
            if stack and stack[-1][0] == kind:
                _, start = stack.pop()
                quotes.append(Quote(start, i + 1, start + 1, i))
            elif ch == '"' and stack and stack[-1][0] == "double" and _straight_closes(text, i):
                _, start = stack.pop()  # “...," he said, "...”: a page that mixes the marks closes “ with "
                quotes.append(Quote(start, i + 1, start + 1, i))
            elif _straight_opens(text, i):
                stack.append((kind, i))
            continue
        if ch == "’" and text.startswith("’’", i) and stack and stack[-1][0] == "double":  # “…’’
            skip = i + 1
            _, start = stack.pop()
            quotes.append(Quote(start, i + 2, start + 1, i))
            continue
        if ch in CLOSERS and stack and stack[-1][0] in CLOSERS[ch]:
            if ch == "’" and 0 < i < len(text) - 1 and _is_letter(text[i - 1]) and _is_letter(text[i + 1]):
                continue  # apostrophe inside a single-quoted passage
            _, start = stack.pop()
            quotes.append(Quote(start, i + 1, start + 1, i))
            continue
        if ch in CLOSERS and any(k in CLOSERS[ch] for k, _ in stack):
            # close an outer quote whose inner one was never closed
            while stack and stack[-1][0] not in CLOSERS[ch]:
                stack.pop()
            _, start = stack.pop()
            quotes.append(Quote(start, i + 1, start + 1, i))
            continue
        if ch == "”" and not stack and i + 1 < len(text) and _is_letter(text[i + 1]) and _opens_line(text, i):
            stack.append(("double", i))  # ”Mr. Trump embodies ...” ― Sonya Herridge: a line opened with the
            continue  # closing mark, a typo (nothing can close before a line's first word)
        if ch in OPENERS:
            if ch == "‘" and 0 < i and _is_letter(text[i - 1]):
                continue  # a mis-typed apostrophe (rock‘n’roll)
            stack.append((OPENERS[ch], i))
    close_all(len(text), paragraph_end=True)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


@Language.factory("onrecord_quotes", requires=[], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    def __init__(self) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc.text)
        return doc
