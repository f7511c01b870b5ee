"""Words a page sets as a block quote with no quotation marks around them, credited on the line right after:
a review roundup's excerpts ("... it's turning out to be more of a stroll." then "[Engadget]"), a letter's
passage ("— Jane Doe"). The extractor marks each block quote (``Article.quotations``, from the page's
``<blockquote>``). One, or a run of them with nothing between, whose next line is a credit that reads as a
name (capitalised words: not "[Emphasis added.]", "[...]" or "— Updated at 5 p.m.") is a direct statement
of the one credited, each of its lines a part. One that a line ending with a colon brings in ("Zeinobia
wrote:", ``introduced_block``) is the words of that line's source. One with neither, or a line that opens or
closes with a quotation mark (read as any quotation is), is left alone: nothing says whose words those are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.attribution.interviews import LINE
from onrecord.attribution.quotes import CLOSERS, OPENERS, STRAIGHT
from onrecord.extraction.language import passage_language
from onrecord.records import Span as TextSpan
from onrecord.records import Statement

BLOCKS_KEY = "onrecord.block_quotes"  # doc.user_data: (start, end) of each block quote
# a credit line: a name in brackets, or after a dash (interviews.SIGNED's dashes, not a hyphen: "- Print")
CREDIT = re.compile(r"\[\s*(?P<bracket>[^\]\n]{2,60}?)\s*\]|[\u2015\u2014\u2013]\s*(?P<dash>[^\n]{2,60}?)")
NAME = re.compile(r"[A-Z][\w.'&-]*(?:,? (?:[A-Z][\w.'&-]*|of|the|and|de|van|von|for))*")
_MARKS = frozenset(OPENERS) | frozenset(CLOSERS) | frozenset(STRAIGHT)


def credited_blocks(text: str, blocks: list[tuple[int, int]], statements: list[Statement]) -> list[Statement]:
    taken = [(c.start, c.end) for st in statements for c in st.content if st.kind != "indirect"]
    out = []
    for start, end in _runs(text, sorted(blocks)):
        lines = block_lines(text, start, end)
        if not lines or any(a < end and start < b for a, b in taken):
            continue  # a quotation the marks tell, read as any is
        name = _credit_after(text, end)
        if name is None:
            continue
        at = text.index(name, end + 1)
        out.append(Statement(kind="direct", cue=None, source=TextSpan(at, at + len(name), name),
                             content=[TextSpan(a, b, text[a:b]) for a, b in lines],
                             confidence=0.6, signals={"origin": "block"}))
    return out


Pair = tuple[tuple[int, int], tuple[int, int]]


def translated_blocks(text: str, pairs: list[Pair], statements: list[Statement]) -> list[Statement]:
    """The block right after a block quote that is someone's direct statement, when it translates it
    (``translation_pairs``): the same words ("Kopgli doubts Bongo's death will bring change:", the French, then the
    English), the same speaker's. Reported speech inside a translation ("my friend A told me that ...") is the
    quoted one's account: no statement (``in_translation``)."""
    out = []
    for (a, b), (c, d) in pairs:
        said = next((st for st in statements if st.kind == "direct" and _holds_block(text, st, a, b)), None)
        lines = block_lines(text, c, d)
        if said is not None and lines and not claimed_from_outside(statements, c, d):
            out.append(replace(said, content=[TextSpan(s, e, text[s:e]) for s, e in lines]))
    return out


def _holds_block(text: str, st: Statement, start: int, end: int) -> bool:
    """Whether a statement's content is the block text[start:end], but for marks and spaces at its edges
    ("(…)" before it, " ." after it)."""
    first, last = st.content[0].start, st.content[-1].end
    return start <= first and last <= end and not any(ch.isalnum() for ch in text[start:first] + text[last:end])


def in_translation(pairs: list[Pair], st: Statement) -> bool:
    """Whether a statement found by its cue stands in the second block of a translated pair."""
    return st.cue is not None and any(c <= st.cue.start < d for _, (c, d) in pairs)


def translation_pairs(text: str, blocks: list[tuple[int, int]]) -> list[Pair]:
    """Block quotes one right after the other, nothing between, one in English and the other not: a quotation and
    its translation (or the translation and its original), as Global Voices sets them."""
    out = []
    for (a, b), (c, d) in zip(blocks, blocks[1:]):
        languages = {passage_language(text[a:b]), passage_language(text[c:d])} if not text[b:c].strip() else set()
        if len(languages) == 2 and "en" in languages and None not in languages:
            out.append(((a, b), (c, d)))
    return out


def _credit_after(text: str, end: int) -> str | None:
    """The name on the line right after a block quote that ends at ``end``, when that line is a credit."""
    line_end = text.find("\n", end + 1)
    line_end = len(text) if line_end < 0 else line_end
    credit = CREDIT.fullmatch(text[end + 1:line_end].strip()) if text[end:end + 1] == "\n" else None
    name = credit and (credit.group("bracket") or credit.group("dash"))
    return name if name and NAME.fullmatch(name) and not name.endswith(".") else None


def introduced_block(text: str, cue_start: int, cues_after: list[int], blocks: list[tuple[int, int]]
                     ) -> list[tuple[int, int]] | None:
    """The lines of the block quote that a line ending with a colon introduces, when the cue at ``cue_start`` is
    that line's last ("Another blogger, Zeinobia, wrote:", "Fattractive Egyptian woman continued in
    her excellent post:", then the blogger's words set as a block quote): the block is what the cue's source said
    (the statement finder also asks that the verb bring in its subject's own words: ``cues.brings_in_own_words``).
    None for any other cue, for a block credited on the line after it (``credited_blocks``), and for a block whose
    lines open or close with a quotation mark (read as any quotation is)."""
    line_end = text.find("\n", cue_start)
    if line_end < 0 or not text[:line_end].rstrip().endswith(":") \
            or any(cue_start < c < line_end for c in cues_after):
        return None
    start = line_end + 1
    while start < len(text) and text[start].isspace():
        start += 1
    block = next(((a, b) for a, b in blocks if a == start), None)  # that block alone: the next one, even right
    if block is None or credited_after(text, block[1]):  # after it, may be another's ("The questions
        return None  # were:", then a reply); a credit line after it says whose it is
    return block_lines(text, *block) or None


def block_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a block quote with words, each a content part; none when a line opens or closes with a
    quotation mark (a quotation the marks tell, read as any quotation is)."""
    lines = [m.span() for m in LINE.finditer(text, start, end) if m.group().strip()]
    return [] if any(text[a] in _MARKS or text[b - 1] in _MARKS for a, b in lines) else lines


def claimed_from_outside(statements: list[Statement], start: int, end: int) -> bool:
    """Whether a statement whose cue (or source, or content) starts outside text[start:end] has content inside it:
    the block is someone's already; one that a block holds ("I support ...") takes nothing from it."""
    return any(c.start < end and start < c.end for st in statements
               if not start <= (st.cue or st.source or st.content[0]).start < end for c in st.content)


def credited_after(text: str, end: int) -> bool:
    """Whether the line right after a block quote that ends at ``end`` credits it (``credited_blocks``)."""
    return _credit_after(text, end) is not None


def _runs(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Block quotes one right after another, as one: a roundup sets an outlet's excerpts so, its credit after
    the last."""
    runs: list[tuple[int, int]] = []
    for a, b in blocks:
        if runs and not text[runs[-1][1]:a].strip():
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return runs
