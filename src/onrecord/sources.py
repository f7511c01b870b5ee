"""Where documents come from: files, folders, globs, URLs, feeds, sitemaps, web archives and tables.

Every source is an iterator of ``RawDocument`` (bytes, where it came from, URL, media type, fetch
time, fallback metadata) or of the ``OnrecordError`` for one document that could not be had, so a
batch records the failure and goes on. Nothing here parses articles: ``onrecord.webpage`` and
``onrecord.textpage`` turn raw documents into articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
