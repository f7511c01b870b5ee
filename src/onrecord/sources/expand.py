"""Where documents come from: files, folders, globs, URLs, feeds, sitemaps, web archives and tables.

Every source is an iterator of ``RawDocument`` (bytes, where it came from, URL, media type, fetch
time, fallback metadata) or of the ``OnrecordError`` for one document that could not be had, so a
batch records the failure and goes on. Nothing here parses articles: ``onrecord.extraction.webpage`` and
``onrecord.extraction.textpage`` turn raw documents into articles.

``iter_sources(specs, fetcher)`` is the one entry point (``count_documents(specs)`` says up front how
many items it will give, when that is cheap to know). What a spec is, first match wins:

  1. ``http://`` or ``https://`` — a URL, fetched with the fetcher; a feed or a sitemap that comes
     back is expanded (by its root element, or an RSS/Atom media type), anything else is a page;
  2. an existing folder — walked recursively in sorted order, hidden files and folders skipped;
  3. an existing file — read as below;
  4. a name with ``*``, ``?`` or ``[`` — a glob (``**`` crosses folders), each match read as above.

What a file is, first match wins (a ``.gz`` name or gzip content is gunzipped, with a size cap,
before anything but a web archive is looked at):

  1. web archive — named ``.warc``/``.warc.gz``, or content starting ``WARC/`` (``onrecord.sources.archives``);
  2. table — named ``.jsonl``/``.ndjson``/``.csv``: one document per row (``onrecord.sources.tables``);
  3. feed — root element ``<rss>``, ``<feed>`` or ``<rdf:RDF>``, or named ``.rss``/``.atom``;
  4. sitemap — root element ``<urlset>`` or ``<sitemapindex>``;
  5. HTML page — named ``.html``/``.htm``/... or content that ``decoding.looks_like_html``;
  6. plain text.

Local inputs stay local: the links of a feed or sitemap read from a file (named, or found in a folder
or a glob) are fetched only with ``follow_links=True``. Without it, the feed's entries that carry
their own content are still read, and ``on_not_followed(location, n)`` hears how many links were
not fetched; that is no error.

Expansion has a budget over one call (``max_pages`` fetches, ``max_seconds`` spent fetching; defaults
``MAX_PAGES`` and ``MAX_SECONDS``): the pages a feed or sitemap lists and the sitemaps an index lists
count, the URL given does not. Past it, a list's remaining URLs are not fetched and the list is one
``SourceError`` item that says how many; a few fetches already in flight may still finish.

Pages and texts are checked with ``decoding.decode_bytes`` (empty or binary data is an error item);
their ``media_type`` is ``text/html`` or ``text/plain``. Locations: a file's path, a URL, a table row
``file.csv#3`` (the 3rd row, header not counted; for JSONL the line number), a feed entry without a
link ``feed.rss#entry-2``, an archive record ``crawl.warc.gz#1234`` (the record's byte offset).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import stat
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import BinaryIO
from urllib.parse import urljoin
from xml.etree import ElementTree

from onrecord.errors import InputError, InputTooLarge, MissingInput, OnrecordError, SourceError
from onrecord.sources.decoding import DEFAULT_MAX_BYTES, decode_bytes, looks_like_html, too_large_message
from onrecord.sources.documents import Fetches, RawDocument
from onrecord.sources.tables import count_table_rows, iso_date, iter_table

__all__ = ["LIST_MAX_BYTES", "MAX_PAGES", "MAX_SECONDS", "MAX_SITEMAP_DEPTH", "count_documents", "iter_sources",
           "walk_folder"]

LIST_MAX_BYTES = 50_000_000  # cap for a feed or sitemap file (the sitemap protocol's own limit)
COUNT_TABLE_MAX_BYTES = 200_000_000  # a bigger table's rows are not counted up front (count_documents)
MAX_SITEMAP_DEPTH = 3  # a sitemap index this many levels below the first is not followed
MAX_PAGES = 5_000  # fetches one run of iter_sources may make to expand feeds and sitemaps
MAX_SECONDS = 1_800.0  # seconds it may spend fetching to expand them
_HEAD = 65_536  # bytes looked at to tell what a file is
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv")
_FEED_SUFFIXES = (".rss", ".atom")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_PROLOG = rb"(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
_XML_ROOT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*" + _XML_PROLOG + rb"<([A-Za-z_][\w.:-]*)", re.S)
_ROOT_KINDS = {"rss": "feed", "feed": "feed", "rdf": "feed", "urlset": "sitemap", "sitemapindex": "sitemap"}
_NEWS_NS = "sitemap-news"  # in http://www.google.com/schemas/sitemap-news/0.9


Item = RawDocument | OnrecordError


def iter_sources(
    specs: Iterable[str], fetcher: Fetches | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False, on_not_followed: Callable[[str, int], None] | None = None,
    max_pages: int = MAX_PAGES, max_seconds: float = MAX_SECONDS,
) -> Iterator[Item]:
    """Every document the specs name, in order: a ``RawDocument``, or the error for one that failed.

    ``max_bytes`` caps one document (a page, a text, a table row, an archive record); feeds and
    sitemaps may be up to ``LIST_MAX_BYTES``. Nothing is raised for a bad spec or document.
    ``follow_links`` fetches the links of local feeds and sitemaps; without it ``on_not_followed``
    is called with each one's location and how many links it lists. Expanding feeds and sitemaps
    (their pages and the sitemaps an index lists) makes at most ``max_pages`` fetches and spends at
    most ``max_seconds`` fetching, over the whole run; what a list names past that is not fetched,
    one ``SourceError`` item per list saying how many of its URLs were left.
    """
    if isinstance(specs, str | os.PathLike):
        specs = [specs]
    listed = _Budgeted(fetcher, max_pages, max_seconds) if fetcher is not None else None
    local = listed if follow_links else _NotFollowed(on_not_followed)  # what local feeds and sitemaps get
    for spec in specs:
        spec = os.fspath(spec)
        if re.match(r"https?://", spec, re.IGNORECASE):
            yield from _iter_url(spec, fetcher, max_bytes, listed)
        elif os.path.isdir(spec):
            yield from _iter_folder(spec, local, max_bytes)
        elif os.path.exists(spec) or not re.search(r"[*?\[]", spec):
            yield from _iter_file(spec, local, max_bytes)
        else:
            yield from _iter_glob(spec, local, max_bytes)


class _Budgeted:
    """The fetcher that expands feeds and sitemaps, within a budget of fetches and of seconds spent in
    the fetcher (not in the caller between items). A list's URLs past the budget are not fetched;
    ``_fetch_all`` tells them in one error item."""

    def __init__(self, fetcher: Fetches, max_pages: int, max_seconds: float):
        self.fetcher, self.max_pages, self.max_seconds = fetcher, max_pages, max_seconds
        self.pages, self.seconds = 0, 0.0

    @property
    def spent(self) -> bool:
        return self.pages >= self.max_pages or self.seconds >= self.max_seconds

    def describe(self) -> str:
        if self.pages >= self.max_pages:
            return f"the budget of {self.max_pages:,} fetches is spent (raise it with --max-pages)"
        return (f"the budget of {self.max_seconds:g} seconds of fetching is spent, after {self.pages:,} fetches "
                f"(raise it with --max-seconds)")

    def fetch(self, url: str) -> RawDocument:
        for _, result in self.fetch_many([url]):
            if isinstance(result, OnrecordError):
                raise result
            return result
        raise SourceError(self.describe(), input=url)

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, RawDocument | OnrecordError]]:
        if self.spent:
            return
        results = self.fetcher.fetch_many(list(urls)[:self.max_pages - self.pages])
        try:
            while not self.spent:
                start = time.monotonic()
                try:
                    url, result = next(results)
                except StopIteration:
                    return
                finally:
                    self.seconds += time.monotonic() - start
                self.pages += 1
                yield url, result
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # the fetches in flight are cancelled


class _NotFollowed:
    """Stands in for the fetcher of local feeds and sitemaps whose links are not to be fetched: counts
    the links instead, and tells ``report`` how many each list had."""

    def __init__(self, report: Callable[[str, int], None] | None):
        self.report = report
        self.links = 0

    def told(self, location: str) -> None:
        if self.links and self.report is not None:
            self.report(location, self.links)
        self.links = 0


# --- files, folders, globs --------------------------------------------------------------------------


def walk_folder(folder: str) -> Iterator[str]:
    """Every file below ``folder``, in sorted order, hidden folders left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _iter_folder(folder: str, fetcher: Fetches | None, max_bytes: int) -> Iterator[Item]:
    found = False
    for path in walk_folder(folder):
        found = True
        yield from _iter_file(path, fetcher, max_bytes)
    if not found:
        yield InputError("folder has no files to read (hidden files are skipped)", input=folder)


def _iter_glob(pattern: str, fetcher: Fetches | None, max_bytes: int) -> Iterator[Item]:
    paths = _glob_paths(pattern)
    for path in paths:
        yield from _iter_file(path, fetcher, max_bytes)
    if not paths:
        yield MissingInput("no files match", input=pattern)


def _glob_paths(pattern: str) -> list[str]:
    """The files a glob names, in order, each once (a matched folder is walked)."""
    seen: dict[str, None] = {}
    for match in sorted(glob.glob(pattern, recursive=True)):
        for path in walk_folder(match) if os.path.isdir(match) else [match]:
            seen.setdefault(path, None)
    return list(seen)


def count_documents(specs: Iterable[str], *, table_max_bytes: int = COUNT_TABLE_MAX_BYTES) -> int | None:
    """How many items (documents or errors) ``iter_sources(specs)`` will give, when that is cheap to
    know up front, else None. Files, folders and globs are listed and each file's first bytes looked
    at: a page or a text is one, a plain CSV/JSONL table up to ``table_max_bytes`` is one per row
    (counted by a quick pass, a small part of reading it), a path that is not there is its one error.
    A URL, a feed, a sitemap, a web archive or a gzipped or bigger table is a stream whose count only
    reading it tells: None. Exact for well-formed input; a broken table may give another count."""
    if isinstance(specs, str | os.PathLike):
        specs = [specs]
    total = 0
    for spec in specs:
        spec = os.fspath(spec)
        if re.match(r"https?://", spec, re.IGNORECASE):
            return None
        if os.path.isdir(spec):
            paths = list(walk_folder(spec))
        elif os.path.exists(spec) or not re.search(r"[*?\[]", spec):
            paths = [spec]
        else:
            paths = _glob_paths(spec)
        if not paths:  # an empty folder, a glob that matches nothing: one error item
            total += 1
        for path in paths:
            n = _count_file(path, table_max_bytes)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: str, table_max_bytes: int) -> int | None:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device is not opened (it may block): one error item
            return 1
        with open(path, "rb") as f:
            head = f.read(_HEAD)
    except OSError:  # missing, unreadable: one error item
        return 1
    gz, head = _gunzipped_head(head)
    kind = _file_kind(path, head)
    if kind == "page":
        return 1
    if kind != "table" or gz or st.st_size > table_max_bytes:
        return None
    return count_table_rows(path)


def _iter_file(path: str, fetcher: Fetches | None, max_bytes: int) -> Iterator[Item]:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or a device would block or never end
            yield InputError("is not a regular file", input=path)
            return
        with open(path, "rb") as f:
            head = f.read(_HEAD)
    except FileNotFoundError:
        yield MissingInput("no such file or folder", input=path)
        return
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror or e}", input=path)
        return
    gz, head = _gunzipped_head(head)
    kind = _file_kind(path, head)
    if kind == "warc":
        from onrecord.sources.archives import iter_warc

        yield from iter_warc(path, max_bytes=max_bytes)
        return
    if kind == "table":
        yield from iter_table(path, gz, max_bytes)
        return
    name = path.lower().removesuffix(".gz")
    kind = kind if kind in ("feed", "sitemap") else None
    try:
        data = _read_all(path, gz, LIST_MAX_BYTES if kind else max_bytes)
    except InputError as e:
        yield e
        return
    if kind == "feed":
        yield from _iter_feed(data, path, None, fetcher, max_bytes)
    elif kind == "sitemap":
        yield from _iter_sitemap(data, path, fetcher, max_bytes, depth=0, seen=set())
    else:
        yield _page(RawDocument(data, path), html=name.endswith(_HTML_SUFFIXES))
    if kind and isinstance(fetcher, _NotFollowed):
        fetcher.told(path)


def _gunzipped_head(head: bytes) -> tuple[bool, bytes]:
    """(whether the file is gzipped, its first bytes after gunzipping): the start of the first gzip
    member is enough to tell what the file is."""
    if not head.startswith(b"\x1f\x8b"):
        return False, head
    try:
        return True, zlib.decompressobj(wbits=31).decompress(head, _HEAD)
    except zlib.error:
        return True, b""


def _file_kind(path: str, head: bytes) -> str:
    """What a file is (the module docstring's order): warc, table, feed, sitemap or page."""
    name = path.lower().removesuffix(".gz")
    if name.endswith(".warc") or head.startswith(b"WARC/"):
        return "warc"
    if name.endswith(_TABLE_SUFFIXES):
        return "table"
    return _xml_kind(head) or ("feed" if name.endswith(_FEED_SUFFIXES) else "page")


def _read_all(path: str, gz: bool, cap: int) -> bytes:
    try:
        with open(path, "rb") as f:
            if gz:
                return _gunzip(f, cap, path)
            data = f.read(cap + 1)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", input=path) from None
    if len(data) > cap:
        raise InputTooLarge(too_large_message(max(len(data), os.path.getsize(path)), cap), input=path)
    return data


def _gunzip(f: BinaryIO, cap: int, name: str) -> bytes:
    """Decompress gzip data, reading at most ``cap + 1`` bytes of output (more is an error)."""
    try:
        with gzip.GzipFile(fileobj=f, mode="rb") as z:
            data = z.read(cap + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"not readable as gzip: {e}", input=name) from None
    if len(data) > cap:
        message = too_large_message(len(data), cap, at_least=True)
        raise InputTooLarge(message.replace(" is over", " uncompressed is over"), input=name)
    return data


def _xml_kind(head: bytes) -> str | None:
    """'feed' or 'sitemap' by the root element's local name, else None."""
    m = _XML_ROOT.match(head)
    return _ROOT_KINDS.get(m.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()) if m else None


def _page(doc: RawDocument, html: bool = False, max_bytes: int | None = None) -> Item:
    """The document with a media type of text/html or text/plain, or the error that it is not text."""
    if max_bytes is not None and len(doc.data) > max_bytes:
        return InputTooLarge(too_large_message(len(doc.data), max_bytes), input=doc.location)
    try:
        text = decode_bytes(doc.data, doc.location)
    except InputError as e:
        return e
    html = html or "html" in (doc.media_type or "") or looks_like_html(text)
    return replace(doc, media_type="text/html" if html else "text/plain")


# --- URLs and fetching ------------------------------------------------------------------------------


def _no_fetcher(url: str) -> InputError:
    return InputError("URLs need fetching, and no fetcher was given", input=url)


def _iter_url(url: str, fetcher: Fetches | None, max_bytes: int, listed: Fetches | None) -> Iterator[Item]:
    """A URL, fetched with ``fetcher``; a feed or sitemap it gives is expanded with ``listed``."""
    if fetcher is None or listed is None:
        yield _no_fetcher(url)
        return
    try:
        doc = fetcher.fetch(url)
    except OnrecordError as e:
        yield _with_input(e, url)
        return
    yield from _expand(doc, url, listed, max_bytes, depth=0, seen={url})


def _list_bytes(doc: RawDocument) -> bytes:
    """A fetched feed's or sitemap's bytes, gunzipped (up to ``LIST_MAX_BYTES``) when they are gzip."""
    if doc.data.startswith(b"\x1f\x8b"):
        return _gunzip(io.BytesIO(doc.data), LIST_MAX_BYTES, doc.location)
    return doc.data


def _expand(doc: RawDocument, url: str, fetcher: Fetches, max_bytes: int, depth: int, seen: set[str]) -> Iterator[Item]:
    """A fetched document: a feed or sitemap is expanded, anything else is a page."""
    try:
        data = _list_bytes(doc)
    except InputError as e:
        yield e
        return
    mime = (doc.media_type or "").split(";")[0].strip().lower()
    kind = _xml_kind(data[:_HEAD]) or ("feed" if mime in _FEED_TYPES else None)
    if kind == "feed":
        yield from _iter_feed(data, doc.location, doc.url or url, fetcher, max_bytes)
    elif kind == "sitemap":
        yield from _iter_sitemap(data, doc.location, fetcher, max_bytes, depth, seen)
    else:
        yield _page(replace(doc, data=data), max_bytes=max_bytes)


def _with_input(error: OnrecordError, name: str) -> OnrecordError:
    if error.input is None:
        error.input = name
    return error


def _fetch_all(urls: list[str], fetcher: Fetches | None, where: str
               ) -> Iterator[tuple[str, RawDocument | OnrecordError]]:
    """(url, document or error) for every URL, each once; one the fetcher skipped is an error too, and
    those the budget left are one error for the list (``where``)."""
    if isinstance(fetcher, _NotFollowed):  # a local list's links, not to be fetched: counted, not failed
        fetcher.links += len(urls)
        return
    if fetcher is None:
        for url in urls:
            yield url, _no_fetcher(url)
        return
    missing = dict.fromkeys(urls)
    for url, result in fetcher.fetch_many(list(missing)):
        missing.pop(url, None)
        yield url, _with_input(result, url) if isinstance(result, OnrecordError) else result
    if missing and isinstance(fetcher, _Budgeted) and fetcher.spent:
        yield where, SourceError(f"{fetcher.describe()}; {len(missing):,} of the {len(urls):,} URLs it lists were "
                                 "not fetched", input=where)
        return
    for url in missing:
        yield url, SourceError("the fetcher returned nothing for this URL", input=url)


def _fetch_pages(pages: list[tuple[str, dict[str, object]]], fetcher: Fetches | None, max_bytes: int,
                 where: str) -> Iterator[Item]:
    """Fetch listed pages (feed entries, sitemap URLs) and attach each one's metadata from the list."""
    metas: dict[str, dict[str, object]] = {}
    for url, meta in pages:
        metas.setdefault(url, meta)
    for url, result in _fetch_all(list(metas), fetcher, where):
        if isinstance(result, OnrecordError):
            yield result
        else:
            yield _page(replace(result, meta={**result.meta, **metas.get(url, {})}), max_bytes=max_bytes)


# --- feeds ------------------------------------------------------------------------------------------


def _iter_feed(data: bytes, location: str, base: str | None, fetcher: Fetches | None, max_bytes: int) -> Iterator[Item]:
    """Entries of an RSS/Atom feed: each link fetched, with the entry's metadata as fallback.

    Relative links resolve against the feed's URL, or for a feed file against the feed's own
    ``<link>``. An entry without a link but with content is an HTML document of that content.
    """
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as e:  # feedparser is lenient; anything it still raises means an unreadable feed
        yield SourceError(f"not a readable feed: {e}", input=location)
        return
    if not parsed.entries:
        problem = f"not a readable feed: {parsed.get('bozo_exception')}" if parsed.bozo else "feed has no entries"
        yield SourceError(problem, input=location)
        return
    outlet = parsed.feed.get("title")
    channel = parsed.feed.get("link")
    base = base or (channel if _is_http(channel) else None)
    pages: list[tuple[str, dict[str, object]]] = []
    for n, entry in enumerate(parsed.entries, 1):
        meta = _entry_meta(entry, outlet, location)
        link = entry.get("link")
        link = urljoin(base, link) if link and base else link
        if _is_http(link):
            pages.append((link, meta))
            continue
        content, media_type = _entry_content(entry)
        where = f"{location}#entry-{n}"
        if content:
            yield RawDocument(content.encode("utf-8"), where, media_type=media_type, meta=meta)
        else:
            why = f"link {link!r} is not an absolute http(s) URL" if link else "no link"
            yield SourceError(f"feed entry {n} has {why} and no content", input=where)
    yield from _fetch_pages(pages, fetcher, max_bytes, location)


def _entry_meta(entry, outlet: str | None, location: str) -> dict[str, object]:
    meta: dict[str, object] = {}
    if entry.get("title"):
        meta["title"] = entry["title"]
    date = entry.get("published_parsed") or entry.get("updated_parsed")
    if date:
        meta["published"] = time.strftime("%Y-%m-%d", date)
    authors = [a["name"] for a in entry.get("authors") or [] if a.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"]]
    if authors:
        meta["authors"] = authors
    if outlet:
        meta["outlet"] = outlet
    meta["feed"] = location
    return meta


def _entry_content(entry) -> tuple[str | None, str]:
    for detail in [*(entry.get("content") or []), entry.get("summary_detail")]:
        if detail and detail.get("value", "").strip():
            return detail["value"], "text/plain" if detail.get("type") == "text/plain" else "text/html"
    return None, "text/html"


def _is_http(url: object) -> bool:
    return isinstance(url, str) and re.match(r"https?://[^/]", url, re.IGNORECASE) is not None


# --- sitemaps ---------------------------------------------------------------------------------------


def _iter_sitemap(
    data: bytes, location: str, fetcher: Fetches | None, max_bytes: int, depth: int, seen: set[str]
) -> Iterator[Item]:
    """Pages of a sitemap or news sitemap; a sitemap index is followed ``MAX_SITEMAP_DEPTH`` deep."""
    root, entries, problem = _parse_sitemap(data)
    if root == "sitemapindex":
        children = [e["loc"] for e in entries if e.get("loc") not in seen]
        if children and depth >= MAX_SITEMAP_DEPTH:
            yield SourceError(f"sitemap index nested more than {MAX_SITEMAP_DEPTH} deep; its "
                              f"{len(children)} sitemaps were not read", input=location)
            children = []
        seen.update(children)
        for url, result in _fetch_all(children, fetcher, location):
            if isinstance(result, OnrecordError):
                yield result
            else:
                yield from _child_sitemap(result, url, fetcher, max_bytes, depth + 1, seen)
    else:
        yield from _fetch_pages([(e.pop("loc"), {**e, "sitemap": location}) for e in entries], fetcher, max_bytes,
                                location)
    if problem:
        yield SourceError(f"sitemap is malformed after {len(entries)} entries: {problem}", input=location)
    elif not entries:
        yield SourceError(f"{'sitemap index' if root == 'sitemapindex' else 'sitemap'} lists nothing", input=location)


def _child_sitemap(
    doc: RawDocument, url: str, fetcher: Fetches | None, max_bytes: int, depth: int, seen: set[str]
) -> Iterator[Item]:
    try:
        data = _list_bytes(doc)
    except InputError as e:
        yield e
        return
    if _xml_kind(data[:_HEAD]) != "sitemap":
        yield SourceError("listed in a sitemap index but is not a sitemap", input=doc.location or url)
        return
    yield from _iter_sitemap(data, doc.location or url, fetcher, max_bytes, depth, seen)


def _parse_sitemap(data: bytes) -> tuple[str | None, list[dict[str, object]], str | None]:
    """(root element, one dict per <url> or <sitemap> with a <loc>, the parse error if any)."""
    root, entries = None, []
    try:
        for event, el in ElementTree.iterparse(io.BytesIO(data), events=("start", "end")):
            ns, tag = _split_tag(el.tag)
            if event == "start":
                root = root or tag
            elif tag in ("url", "sitemap") and (not ns or ns.startswith("http://www.sitemaps.org/")):
                entry = _sitemap_entry(el)
                if entry.get("loc"):
                    entries.append(entry)
                el.clear()
    except ElementTree.ParseError as e:
        return root, entries, str(e)
    return root, entries, None


def _sitemap_entry(el: ElementTree.Element) -> dict[str, object]:
    entry: dict[str, object] = {}
    for child in el:
        tag, text = _split_tag(child.tag)[1], (child.text or "").strip()
        if tag in ("loc", "lastmod") and text:
            entry[tag] = text
    for child in el.iter():
        ns, tag = _split_tag(child.tag)
        text = (child.text or "").strip()
        if _NEWS_NS not in ns or not text:
            continue
        if tag == "title":
            entry["title"] = text
        elif tag == "publication_date" and iso_date(text):
            entry["published"] = iso_date(text)
        elif tag == "name":
            entry["outlet"] = text
    return entry


def _split_tag(tag: str) -> tuple[str, str]:
    ns, _, local = tag.rpartition("}")
    return ns.lstrip("{"), local
