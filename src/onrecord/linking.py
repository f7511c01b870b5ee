"""Speakers across articles: which stored speaker a speaker named in a new article is.

Pure functions over small records, so the store, a test or a Spark job decide alike:

- ``keys(name, kind)``: the lookup keys a stored speaker is indexed by;
- ``lookup_keys(mention)``: the keys to fetch a mention's candidates with;
- ``choose(mention, candidates)``: the candidate the mention is, or None for a new speaker.

(Interface first; the rules are filled in by the linking work of issue 4.)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


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


def keys(name: str, kind: str = "person") -> list[str]:
    """Keys a stored speaker called ``name`` is found by."""
    return [f"full:{fold(name)}"]


def lookup_keys(mention: Mention) -> list[str]:
    """Keys whose speakers are candidates for ``mention``."""
    return [f"full:{fold(mention.name)}"]


def choose(mention: Mention, candidates: list[Candidate]) -> Candidate | None:
    """The stored speaker the mention is, or None when it is somebody new."""
    full = fold(mention.name)
    same = [c for c in candidates if fold(c.name) == full and c.kind == mention.kind]
    return same[0] if len(same) == 1 else None
