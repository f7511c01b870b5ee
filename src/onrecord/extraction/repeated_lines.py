"""Boilerplate learned across a corpus: lines that repeat across many documents of one site.

A banner, a donation appeal or a standing disclaimer is printed on every page of a site, while a
story's lines are its own. As C4, CCNet and FineWeb do, onrecord counts in how many documents of a
site each normalised line occurs, and marks the lines that occur in many of them as boilerplate:

- a *site* is the host of the document's URL, else the folder it was read from;
- a line is normalised by lower-casing it, turning digits into 0 and squeezing white space, so
  "© 2023 Outlet" and "© 2024 Outlet" count as one line;
- a line is boilerplate in a site when it occurs in at least ``min_documents`` of the site's
  documents and in at least ``min_share`` of them (so a sentence that a few articles quote alike is
  not taken for a banner), and it is no longer than ``max_words`` words (a paragraph of a story
  syndicated twice is not boilerplate).

Learning is a first pass over the documents' texts; marking is pure and can run anywhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from onrecord.records import Span
from onrecord.sources.urls import host_of

DIGITS = re.compile(r"\d")
SPACES = re.compile(r"\s+")
LINE = re.compile(r"[^\r\n]+")


def site_of(location: str, url: str | None = None) -> str:
    """The site a document belongs to: its URL's host, else the folder its path names."""
    host = host_of(url)
    if host:
        return host
    path = location.split("#", 1)[0]
    if "://" in path:
        return urlsplit(path).hostname or path
    return str(PurePath(path).parent)


def normalise(line: str) -> str:
    return SPACES.sub(" ", DIGITS.sub("0", line.lower())).strip(" \t\u00a0-–—•·|")


class RepeatedLines:
    """Counts lines per site over a first pass, then marks the repeated ones in any document."""

    def __init__(self, min_documents: int = 3, min_share: float = 0.2, max_words: int = 60):
        self.min_documents = min_documents
        self.min_share = min_share
        self.max_words = max_words
        self.documents: Counter[str] = Counter()
        self.lines: dict[str, Counter[str]] = defaultdict(Counter)
        self._repeated: dict[str, set[str]] = {}

    def keys(self, text: str) -> set[str]:
        """The normalised lines of a text that count in learning (not empty, at most ``max_words``)."""
        keys = {normalise(m.group()) for m in LINE.finditer(text)}
        keys.discard("")
        return {k for k in keys if len(k.split()) <= self.max_words}

    def learn(self, site: str, text: str) -> None:
        self.documents[site] += 1
        self._repeated.pop(site, None)
        self.lines[site].update(self.keys(text))

    def learn_all(self, documents: Iterable[tuple[str, str]]) -> RepeatedLines:
        for site, text in documents:
            self.learn(site, text)
        return self

    def threshold(self, site: str) -> float:
        return max(self.min_documents, self.min_share * self.documents[site])

    def repeated(self, site: str) -> set[str]:
        """The normalised lines that are boilerplate in this site."""
        if self.documents[site] < self.min_documents:
            return set()
        if site not in self._repeated:
            need = self.threshold(site)
            self._repeated[site] = {k for k, n in self.lines[site].items() if n >= need}
        return self._repeated[site]

    def boilerplate(self, site: str, text: str) -> list[Span]:
        """The spans of text's lines that repeat across the site (each line without its end)."""
        repeated = self.repeated(site)
        if not repeated:
            return []
        return [Span.of(text, m.start(), m.end()) for m in LINE.finditer(text) if normalise(m.group()) in repeated]
