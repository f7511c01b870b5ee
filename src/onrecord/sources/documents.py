"""The unit every source yields: ``RawDocument``, one document as it arrived, before extraction;
and ``Fetches``, what a source needs to fetch URLs (``onrecord.sources.fetch.Fetcher`` is one)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from onrecord.errors import OnrecordError
from onrecord.sources.decoding import decode_bytes


@dataclass
class RawDocument:
    """One document as it arrived, before extraction.

    ``location`` is what a reading's ``input`` will say (the path, URL, or ``archive.warc.gz#record``);
    ``url`` is the page's own address when known (after redirects); ``media_type`` is a bare MIME type
    ("text/html", "text/plain"); ``fetched`` an ISO 8601 time; ``meta`` holds fallback metadata from
    the source (a feed entry's or a table row's ``title``, ``published``, ``authors``, ``outlet``).
    """

    data: bytes
    location: str
    url: str | None = None
    media_type: str | None = None
    fetched: str | None = None
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def is_html(self) -> bool:
        return (self.media_type or "").lower() in ("text/html", "application/xhtml+xml")

    def plain_text(self) -> str:
        """The data decoded as text, or "" when it cannot be (empty, binary, undecodable)."""
        try:
            return decode_bytes(self.data, self.location)
        except OnrecordError:
            return ""


class Fetches(Protocol):
    """What ``iter_sources`` needs to fetch URLs (``onrecord.sources.fetch.Fetcher`` is one).

    ``fetch`` raises a ``FetchError``; ``fetch_many`` yields ``(url, document or error)`` for each URL
    it was given, the URL exactly as given, in any order.
    """

    def fetch(self, url: str) -> RawDocument: ...

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, RawDocument | OnrecordError]]: ...
