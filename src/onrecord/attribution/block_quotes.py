"""Words a page sets as a block quote with no quotation marks of their own, credited on the line right after
them: a review roundup's excerpts ("... it's turning out to be more of a stroll." then "[Engadget]"), a
letter's passage ("— Jane Doe"). The extractor marks the block-quoted lines (``Article.quotations``, from the
page's ``<blockquote>``); a run of them with a credit line right after is one direct statement of the one
credited, each line a part. A run with no credit line, or one that holds quotation marks (read as any
quotation is), is left alone: nothing says whose words those are.
"""

from __future__ import annotations

import re

from onrecord.records import Span as TextSpan
from onrecord.records import Statement

BLOCKS_KEY = "onrecord.block_quotes"  # doc.user_data: (start, end) of each block-quoted line
CREDIT = re.compile(r"\[\s*(?P<bracket>[^\]\n]{2,60}?)\s*\]|[\u2014\u2013]\s*(?P<dash>[^\n]{2,60}?)")
_MARKS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb"


def credited_blocks(text: str, blocks: list[tuple[int, int]], statements: list[Statement]) -> list[Statement]:
    taken = [(c.start, c.end) for st in statements for c in st.content if st.kind != "indirect"]
    out = []
    for run in _runs(text, sorted(blocks)):
        start, end = run[0][0], run[-1][1]
        if any(ch in _MARKS for a, b in run for ch in text[a:b][:1] + text[a:b][-1:]) or any(
                a < end and start < b for a, b in taken):
            continue  # a quotation the marks tell, read as any is
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        credit = CREDIT.fullmatch(text[end + 1:line_end].strip()) if text[end:end + 1] == "\n" else None
        if credit is None:
            continue
        group = "bracket" if credit.group("bracket") else "dash"
        at = text.index(credit.group(group), end + 1)
        name = credit.group(group)
        out.append(Statement(kind="direct", cue=None, source=TextSpan(at, at + len(name), name),
                             content=[TextSpan(a, b, text[a:b]) for a, b in run],
                             confidence=0.6, signals={"origin": "block"}))
    return out


def _runs(text: str, blocks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Block-quoted lines in runs of lines that follow each other."""
    runs: list[list[tuple[int, int]]] = []
    for a, b in blocks:
        if runs and text[runs[-1][-1][1]:a].strip() == "":
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    return runs
