"""What the gold sets of texts kept elsewhere share (tests/corpora is on the path; import as ``gold_excerpts``): short
excerpts only, since the texts are their publishers'."""

from __future__ import annotations

import re
from pathlib import Path

MAX_WORDS = 25


def parts(content: str) -> list[str]:
    """A content's parts, as the guide joins them (" … ")."""
    return [p for p in re.split(r"\s*…\s*", content) if p]


def check_short(path: Path, gold: dict) -> None:
    """Every statement has a kind and a speaker, and every excerpt (each content part, each not-statement) is at most
    ``MAX_WORDS`` words."""
    for s in gold["statements"]:
        assert s["kind"] in ("direct", "mixed", "indirect") and s["speakers"], (path.name, s)
        for part in parts(s["content"]):
            assert len(part.split()) <= MAX_WORDS, (path.name, part)
    for n in gold.get("not_statements", []):
        assert len(n["text"].split()) <= MAX_WORDS, (path.name, n["text"])
