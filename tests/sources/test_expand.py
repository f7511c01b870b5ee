"""Sources: files, folders, globs, tables, feeds, sitemaps and web archives as RawDocuments or error items.

No network except 127.0.0.1: URLs are served by ``DictFetcher`` (an input object that answers from a
dict) or, in one test, by a real ``http.server`` read through a small urllib fetcher.
"""

from __future__ import annotations

import gzip
import http.server
import io
import random
import re
import shutil
import threading
import tracemalloc
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import (
    BinaryInput,
    EmptyInput,
    FetchError,
    InputError,
    InputTooLarge,
    MissingInput,
    OnrecordError,
    SourceError,
)
from onrecord.sources.documents import RawDocument
from onrecord.sources.expand import MAX_SITEMAP_DEPTH, iter_sources

GV_FEED_BASE = "http://globalvoicesonline.org/"  # test.rss's channel <link>: its relative item links resolve here


class DictFetcher:
    """Serves URLs from a dict of bytes; a missing URL or an error value is a fetch failure."""

    def __init__(self, pages: dict[str, bytes | OnrecordError], media_type: str | None = None):
        self.pages = pages
        self.media_type = media_type
        self.fetched: list[str] = []

    def fetch(self, url: str) -> RawDocument:
        self.fetched.append(url)
        got = self.pages.get(url)
        if got is None:
            raise FetchError("HTTP 404 Not Found", input=url)
        if isinstance(got, OnrecordError):
            raise got
        return RawDocument(got, url, url=url, media_type=self.media_type, fetched="2024-05-01T12:00:00Z")

    def fetch_many(self, urls):
        for url in urls:
            try:
                yield url, self.fetch(url)
            except OnrecordError as e:
                yield url, e


def split(items) -> tuple[list[RawDocument], list[OnrecordError]]:
    items = list(items)
    for item in items:
        assert isinstance(item, RawDocument | OnrecordError), item
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, OnrecordError)]


HTML = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello, she said.</p></body></html>"


# --- files, folders, globs --------------------------------------------------------------------------


def test_folder_walk_glob_and_sniffing(tmp_path: Path):
    (tmp_path / "page").write_bytes(HTML)  # no extension: HTML by content
    (tmp_path / "notes.txt").write_text("The minister said on Monday that talks would resume.\n")
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(b"<p>Gzipped story</p>"))
    (tmp_path / ".hidden.txt").write_text("never read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("never read either")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.htm").write_bytes(HTML)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"  \n")

    docs, errors = split(iter_sources([str(tmp_path)]))
    by_name = {Path(d.location).name: d for d in docs}
    assert list(by_name) == ["notes.txt", "page", "story.html.gz", "deeper.htm"]  # sorted, folders walked after files
    assert by_name["page"].media_type == "text/html" and by_name["page"].data == HTML
    assert by_name["notes.txt"].media_type == "text/plain"
    assert by_name["story.html.gz"].data == b"<p>Gzipped story</p>"  # gunzipped
    assert by_name["story.html.gz"].media_type == "text/html"  # by name, though the content has one tag
    assert by_name["deeper.htm"].location == str(tmp_path / "sub" / "deeper.htm")
    assert not any("hidden" in d.location or ".git" in d.location for d in docs)
    assert sorted((Path(e.input).name, type(e)) for e in errors) == [("empty.txt", EmptyInput), ("image.png", BinaryInput)]

    globbed, errors = split(iter_sources([str(tmp_path / "**" / "*.htm*"), str(tmp_path / "*.txt")]))
    assert [Path(d.location).name for d in globbed] == ["story.html.gz", "deeper.htm", "notes.txt"]  # ** spans 0+ folders
    assert [Path(e.input).name for e in errors] == ["empty.txt"]


def test_missing_paths_and_empty_folders_are_error_items(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".only-hidden").write_text("x")
    (tmp_path / "a.txt").write_text("Some text.")
    items = list(iter_sources([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(tmp_path / "*.md"),
                               str(tmp_path / "a.txt")]))
    assert [type(i) for i in items] == [MissingInput, InputError, MissingInput, RawDocument]  # exit 3, 1, 3
    assert [i.code for i in items[:3]] == ["bad_input"] * 3  # the code stored and shown stays the same
    assert items[0].input == str(tmp_path / "nope.txt") and "no such file" in items[0].message
    assert items[1].input == str(tmp_path / "empty") and "no files" in items[1].message
    assert items[2].input == str(tmp_path / "*.md") and "no files match" in items[2].message


def test_gzip_page_is_capped_when_decompressed(tmp_path: Path):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"))
    assert bomb.stat().st_size < 10_000
    [error] = iter_sources([str(bomb)], max_bytes=1_000_000)
    assert isinstance(error, InputTooLarge) and error.input == str(bomb) and "uncompressed" in error.message
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(gzip.compress(HTML * 100)[:60])
    [error] = iter_sources([str(broken)])
    assert isinstance(error, InputError) and "gzip" in error.message


def test_urls_need_a_fetcher_and_pages_come_back_as_pages():
    [error] = iter_sources(["https://example.test/story"])
    assert isinstance(error, InputError) and error.input == "https://example.test/story" and "fetch" in error.message
    fetcher = DictFetcher({"https://example.test/story": HTML})
    [doc, missing] = iter_sources(["https://example.test/story", "https://example.test/gone"], fetcher)
    assert doc.data == HTML and doc.media_type == "text/html" and doc.url == "https://example.test/story"
    assert isinstance(missing, FetchError) and missing.input == "https://example.test/gone"


# --- tables -----------------------------------------------------------------------------------------


def test_wikinews_csv_reads_295_articles(shared: Path):
    folder = shared / "data" / "corpus" / "wikinews"
    docs, errors = split(iter_sources([str(folder / "*.csv")]))
    assert errors == []
    assert len(docs) == 295
    assert all(d.url.startswith("https://en.wikinews.org/wiki/") and "//wiki" not in d.url for d in docs)
    assert all(d.media_type == "text/plain" and d.meta["title"] for d in docs)
    assert all(re.fullmatch(r"20(19|20|21)-\d\d-\d\d", d.meta["published"]) for d in docs)
    first = docs[0]
    assert first.location == f"{folder / 'wikinews_2019.csv'}#1"
    assert first.meta["title"] == "Magnitogorsk apartment building collapses after explosion, dozens dead"
    assert first.data.decode("utf-8").startswith("Friday, January 4, 2019")
    assert docs[171].location == f"{folder / 'wikinews_2020.csv'}#1"
    assert len(list(iter_sources([str(folder)]))) == 295  # the folder reads the same


def test_jsonl_table_rows(tmp_path: Path):
    table = tmp_path / "rows.jsonl"
    table.write_text(
        '{"url": "https://news.test//a", "title": "A", "published": "2024-03-01T09:00:00Z", "text": "Text A."}\n'
        '{"url": "https://news.test/b", "title": "B", "date": "Fri, 01 Mar 2024 10:00:00 +0000", "html": "<p>B</p>",'
        ' "authors": ["Ann", "Bo"], "outlet": "Test News"}\n'
        "\n"
        '{"title": "no text", "text": "  "}\n'
        "not json\n"
        "[1, 2]\n"
        '{"Body": "Body text with a capitalised column.", "TITLE": "C"}\n',
        encoding="utf-8",
    )
    items = list(iter_sources([str(table)]))
    assert [type(i) for i in items] == [RawDocument, RawDocument, EmptyInput, SourceError, SourceError, RawDocument]
    a, b, c = items[0], items[1], items[5]
    assert (a.location, a.url, a.data, a.media_type) == (f"{table}#1", "https://news.test/a", b"Text A.", "text/plain")
    assert a.meta == {"title": "A", "published": "2024-03-01"}
    assert (b.media_type, b.data) == ("text/html", b"<p>B</p>")
    assert b.meta == {"title": "B", "published": "2024-03-01", "authors": ["Ann", "Bo"], "outlet": "Test News"}
    assert [e.input for e in items[2:5]] == [f"{table}#4", f"{table}#5", f"{table}#6"]
    assert (c.location, c.data, c.meta["title"]) == (f"{table}#7", b"Body text with a capitalised column.", "C")


def test_a_headline_column_is_the_title_when_there_is_no_title_column(tmp_path: Path):
    table = tmp_path / "rows.csv"
    table.write_text("url,headline,date,text\nhttps://x.test/1,Bridge reopens,2024-03-01,The mayor said so.\n")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"headline": "Bridge reopens", "text": "The mayor said so."}\n'
                    '{"title": "Title wins", "headline": "Bridge reopens", "text": "The mayor said so again."}\n')
    docs, errors = split(iter_sources([str(table), str(rows)]))
    assert errors == []
    assert [d.meta.get("title") for d in docs] == ["Bridge reopens", "Bridge reopens", "Title wins"]


def test_csv_without_a_text_column_is_one_error(tmp_path: Path):
    table = tmp_path / "links.csv"
    table.write_text("url,title\nhttps://x.test/1,One\n")
    [error] = iter_sources([str(table)])
    assert isinstance(error, SourceError) and error.input == str(table) and "no text column" in error.message


# --- web archives -----------------------------------------------------------------------------------


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], gzip: bool = True, extras: bool = True) -> list[int]:
    """Write response records (uri, body, content type), with warcinfo and request records around
    them when ``extras``; return each response record's offset."""
    offsets = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        if extras:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "onrecord tests"}))
        for uri, body, content_type in pages:
            if extras:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "test")], is_http_request=True)
                writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                              http_headers=request))
            http_headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            offsets.append(f.tell())
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=http_headers))
    return offsets


def gv_pages(shared: Path) -> list[Path]:
    return sorted((shared / "data" / "corpus" / "globalvoices").glob("index_*.html"),
                  key=lambda p: int(p.stem.split("_")[1]))


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_warc_roundtrip_of_global_voices_pages(shared: Path, tmp_path: Path, compressed: bool):
    files = gv_pages(shared)
    assert len(files) == 15
    archive = tmp_path / ("gv.warc.gz" if compressed else "gv.warc")
    pages = [(f"https://globalvoices.test/{p.stem}", p.read_bytes(), "text/html; charset=UTF-8") for p in files]
    pages.insert(3, ("https://globalvoices.test/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png"))
    offsets = write_warc(archive, pages, gzip=compressed)

    docs, errors = split(iter_sources([str(archive)]))
    assert errors == []
    assert [d.data for d in docs] == [p.read_bytes() for p in files]
    assert [d.url for d in docs] == [f"https://globalvoices.test/{p.stem}" for p in files]
    assert all(d.media_type == "text/html" and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:]+Z", d.fetched) for d in docs)
    assert [d.location for d in docs] == [f"{archive}#{o}" for i, o in enumerate(offsets) if i != 3]
    assert all(d.meta["warc_record_id"].startswith("<urn:uuid:") for d in docs)
    with open(archive, "rb") as f:  # the location's offset is where the record starts
        f.seek(offsets[5])
        start = f.read(200)
        start = zlib_head(start) if compressed else start
    assert start.startswith(b"WARC/1.") and b"WARC-Type: response" in start


def zlib_head(data: bytes) -> bytes:
    import zlib

    return zlib.decompressobj(wbits=31).decompress(data)


def random_text(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    out, size = [], 0
    while size < n:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return ("<html><body><p>" + " ".join(out) + "</p></body></html>").encode()


def test_bad_records_are_error_items_between_good_ones(tmp_path: Path):
    archive = tmp_path / "mixed.warc.gz"
    big = random_text(256_000, 5) * 80  # 20 MB that compresses like text (a repeat is beyond gzip's window)
    offsets = write_warc(archive, [
        ("https://x.test/1", HTML, "text/html"),
        ("https://x.test/binary", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html"),
        ("https://x.test/2", HTML, "text/html; charset=utf-8"),
        ("https://x.test/big", big, "text/html"),
        ("https://x.test/empty", b"", "text/html"),
        ("https://x.test/3", HTML, "application/xhtml+xml"),
        ("https://x.test/4", HTML, "application/octet-stream"),  # generic type, sniffed as HTML
        ("https://x.test/data.bin", bytes(range(256)) * 4, "application/octet-stream"),  # skipped
    ])
    tracemalloc.start()
    items = list(iter_sources([str(archive)], max_bytes=2_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(i) for i in items] == [RawDocument, BinaryInput, RawDocument, InputTooLarge, EmptyInput,
                                        RawDocument, RawDocument]
    assert [i.url for i in items if isinstance(i, RawDocument)] == [f"https://x.test/{n}" for n in (1, 2, 3, 4)]
    assert [i.input for i in items if isinstance(i, OnrecordError)] == [f"{archive}#{offsets[k]}" for k in (1, 3, 4)]
    assert "labelled text/html" in items[1].message and "PNG" in items[1].message
    assert "2,000,001 bytes or more" in items[3].message
    assert peak < 12_000_000, f"reading a 20 MB record with a 2 MB cap peaked at {peak:,} bytes"


@pytest.fixture
def four_records(tmp_path: Path) -> tuple[Path, list[int], bytes]:
    archive = tmp_path / "four.warc.gz"
    bodies = [random_text(2_000, 1), random_text(2_000, 2), random_text(300_000, 3), random_text(2_000, 4)]
    offsets = write_warc(archive, [(f"https://x.test/{i}", b, "text/html") for i, b in enumerate(bodies)], extras=False)
    return archive, offsets, archive.read_bytes()


def test_truncated_archive_keeps_the_records_before_the_cut(four_records, tmp_path: Path):
    archive, offsets, data = four_records
    for name, cut in [("in-payload", (offsets[2] + offsets[3]) // 2), ("in-header", offsets[3] + 30)]:
        truncated = tmp_path / f"{name}.warc.gz"
        truncated.write_bytes(data[:cut])
        items = list(iter_sources([str(truncated)]))
        last = 2 if name == "in-payload" else 3
        assert [type(i) for i in items] == [RawDocument] * last + [SourceError], name
        assert items[-1].input == f"{truncated}#{offsets[last]}", name


def test_damaged_gzip_members_are_skipped_and_reading_goes_on(four_records, tmp_path: Path):
    archive, offsets, data = four_records
    damaged = bytearray(data)
    for k in range(offsets[1] + 40, offsets[1] + 90):  # the start of record 1's deflate stream
        damaged[k] ^= 0x5A
    mid = (offsets[2] + offsets[3]) // 2  # deep inside record 2's member, past warcio's first block
    damaged[mid:mid + 50] = bytes(50)
    garbage = b"this is not a gzip member\n" * 3
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(damaged[:offsets[1]]) + garbage + bytes(damaged[offsets[1]:]))
    items = list(iter_sources([str(path)]))
    g = len(garbage)
    assert [type(i) for i in items] == [RawDocument, SourceError, SourceError, RawDocument]
    assert [i.url for i in items if isinstance(i, RawDocument)] == ["https://x.test/0", "https://x.test/3"]
    # the garbage and record 1 behind it make one damaged stretch: one error, then reading resumes at record 2
    assert items[1].input == f"{path}#{offsets[1]}" and "cannot be read: Invalid WARC record" in items[1].message
    assert f"skipped {offsets[2] + g - offsets[1]:,} bytes" in items[1].message
    assert items[2].input == f"{path}#{offsets[2] + g}" and "is truncated" in items[2].message
    assert items[3].location == f"{path}#{offsets[3] + g}"


def test_damaged_plain_warc_resumes_at_the_next_warc_line(tmp_path: Path):
    plain = tmp_path / "plain.warc"
    offsets = write_warc(plain, [(f"https://x.test/{i}", random_text(3_000, i), "text/html") for i in range(4)],
                         gzip=False, extras=False)
    data = plain.read_bytes()
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[:offsets[1] + 5] + b"GARBAGE" + data[offsets[1] + 5:offsets[3] + 500])
    items = list(iter_sources([str(damaged)]))
    assert [type(i) for i in items] == [RawDocument, SourceError, RawDocument, SourceError]
    assert items[1].input == f"{damaged}#{offsets[1]}" and items[2].location == f"{damaged}#{offsets[2] + 7}"
    assert items[3].input == f"{damaged}#{offsets[3] + 7}" and "truncated; nothing readable after it" in items[3].message


def test_archive_without_pages_is_an_error(tmp_path: Path):
    archive = tmp_path / "no-pages.warc.gz"
    write_warc(archive, [("https://x.test/a.js", b"var a = 1;", "application/javascript")])
    [error] = iter_sources([str(archive)])
    assert isinstance(error, SourceError) and "no HTML pages among 3 records" in error.message


# --- feeds ------------------------------------------------------------------------------------------


def gv_fetcher(shared: Path) -> DictFetcher:
    return DictFetcher({f"{GV_FEED_BASE}gv/{p.name}": p.read_bytes() for p in gv_pages(shared)})


def test_rss_feed_entries_are_fetched_with_fallback_metadata(shared: Path):
    feed = shared / "data" / "corpus" / "globalvoices" / "test.rss"
    fetcher = gv_fetcher(shared)
    docs, errors = split(iter_sources([str(feed)], fetcher, follow_links=True))
    assert errors == []
    assert len(docs) == 15
    assert [d.url for d in docs] == [f"{GV_FEED_BASE}gv/index_{n}.html" for n in range(1, 16)]
    assert all(d.media_type == "text/html" and d.fetched for d in docs)
    first = docs[0]
    assert first.data == (shared / "data" / "corpus" / "globalvoices" / "index_1.html").read_bytes()
    assert first.meta == {
        "title": "Brazil: Amplified conversations to fight the Digital Crimes Bill",
        "published": "2009-06-11",
        "authors": ["Diego Casaes"],
        "outlet": "Global Voices Online » Feature",
        "feed": str(feed),
    }
    assert docs[14].meta["published"] == "2009-06-05" and docs[14].meta["authors"] == ["Mong Palatino"]


def test_a_feed_entry_that_fails_to_fetch_is_an_error_item(shared: Path):
    feed = shared / "data" / "corpus" / "globalvoices" / "test.rss"
    fetcher = gv_fetcher(shared)
    fetcher.pages[f"{GV_FEED_BASE}gv/index_7.html"] = FetchError("HTTP 503 Service Unavailable")
    del fetcher.pages[f"{GV_FEED_BASE}gv/index_9.html"]
    docs, errors = split(iter_sources([str(feed)], fetcher, follow_links=True))
    assert len(docs) == 13
    assert [(e.input, type(e)) for e in errors] == [(f"{GV_FEED_BASE}gv/index_7.html", FetchError),
                                                    (f"{GV_FEED_BASE}gv/index_9.html", FetchError)]
    assert "503" in errors[0].message


def test_feed_without_a_fetcher_names_each_entry(shared: Path):
    feed = shared / "data" / "corpus" / "globalvoices" / "test.rss"
    errors = list(iter_sources([str(feed)], follow_links=True))
    assert len(errors) == 15 and all(isinstance(e, InputError) and "fetch" in e.message for e in errors)
    assert errors[0].input == f"{GV_FEED_BASE}gv/index_1.html"


def test_atom_feed_entry_without_link_is_its_content(tmp_path: Path):
    feed = tmp_path / "news.xml"  # .xml: a feed by its root element
    feed.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test Wire</title>
  <entry><title>With link</title><link href="https://wire.test/a"/><updated>2024-02-03T10:00:00Z</updated>
    <author><name>Kim Lee</name></author></entry>
  <entry><title>Content only</title><updated>2024-02-04T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The mayor said the bridge would reopen.&lt;/p&gt;</content></entry>
  <entry><title>Nothing at all</title></entry>
</feed>""", encoding="utf-8")
    fetcher = DictFetcher({"https://wire.test/a": HTML}, media_type="text/html; charset=utf-8")
    items = list(iter_sources([str(feed)], fetcher, follow_links=True))
    assert [type(i) for i in items] == [RawDocument, SourceError, RawDocument]
    content, nothing, linked = items
    assert content.location == f"{feed}#entry-2" and content.media_type == "text/html"
    assert content.data == b"<p>The mayor said the bridge would reopen.</p>"
    assert content.meta == {"title": "Content only", "published": "2024-02-04", "outlet": "Test Wire", "feed": str(feed)}
    assert nothing.input == f"{feed}#entry-3"
    assert linked.url == "https://wire.test/a" and linked.media_type == "text/html"
    assert linked.meta["authors"] == ["Kim Lee"] and linked.meta["published"] == "2024-02-03"


def test_local_feeds_and_sitemaps_are_not_fetched_unless_asked(shared: Path, tmp_path: Path):
    corpus = shared / "data" / "corpus" / "globalvoices"
    shutil.copyfile(corpus / "test.rss", tmp_path / "test.rss")
    (tmp_path / "sitemap.xml").write_text(f'<urlset {SM}><url><loc>https://site.test/p1</loc></url>'
                                          f'<url><loc>https://site.test/p2</loc></url></urlset>')
    (tmp_path / "wire.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        '<entry><title>Linked</title><link href="https://wire.test/a"/></entry>'
        '<entry><title>Own content</title><content type="html">&lt;p&gt;The mayor said so.&lt;/p&gt;</content></entry>'
        '</feed>')
    (tmp_path / "story.txt").write_text("A local story.")
    fetcher = gv_fetcher(shared)
    told: dict[str, int] = {}
    docs, errors = split(iter_sources([str(tmp_path)], fetcher, on_not_followed=told.__setitem__))
    assert fetcher.fetched == [] and errors == []
    assert [d.location for d in docs] == [str(tmp_path / "story.txt"), f"{tmp_path / 'wire.atom'}#entry-2"]
    assert told == {str(tmp_path / "sitemap.xml"): 2, str(tmp_path / "test.rss"): 15, str(tmp_path / "wire.atom"): 1}
    told.clear()
    docs, errors = split(iter_sources([str(tmp_path / "*.rss")], fetcher, follow_links=True,
                                      on_not_followed=told.__setitem__))
    assert len(docs) == 15 and len(fetcher.fetched) == 15 and errors == [] and told == {}


def test_feed_url_served_over_http_on_localhost(shared: Path, tmp_path: Path):
    corpus = shared / "data" / "corpus" / "globalvoices"
    (tmp_path / "gv").mkdir()
    for page in gv_pages(shared):
        shutil.copyfile(page, tmp_path / "gv" / page.name)
    shutil.copyfile(corpus / "test.rss", tmp_path / "feed.rss")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    class UrllibFetcher:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def fetch(self, url):
            try:
                with self.opener.open(url, timeout=10) as r:
                    return RawDocument(r.read(), url, url=r.geturl(), media_type=r.headers.get_content_type())
            except urllib.error.URLError as e:
                raise FetchError(str(e), input=url) from None

        def fetch_many(self, urls):
            for url in urls:
                try:
                    yield url, self.fetch(url)
                except FetchError as e:
                    yield url, e

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        docs, errors = split(iter_sources([base + "feed.rss", base + "gv/index_2.html", base + "missing.html"],
                                          UrllibFetcher()))
    finally:
        server.shutdown()
        server.server_close()
    assert [e.input for e in errors] == [base + "missing.html"]
    assert len(docs) == 16
    assert [d.url for d in docs[:15]] == [f"{base}gv/index_{n}.html" for n in range(1, 16)]  # relative to the feed URL
    assert docs[0].meta["feed"] == base + "feed.rss" and docs[0].meta["title"].startswith("Brazil:")
    assert docs[15].data == (corpus / "index_2.html").read_bytes() and docs[15].meta == {}


# --- sitemaps ---------------------------------------------------------------------------------------

SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def urlset(*locs: str) -> bytes:
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>2024-01-0{i + 1}</lastmod></url>" for i, loc in enumerate(locs))
    return f'<?xml version="1.0"?><urlset {SM}>{urls}</urlset>'.encode()


def sitemapindex(*locs: str) -> bytes:
    maps = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return f'<?xml version="1.0"?>\n<!-- generated -->\n<sitemapindex {SM}>{maps}</sitemapindex>'.encode()


def test_news_sitemap(tmp_path: Path):
    sitemap = tmp_path / "news-sitemap.xml"
    sitemap.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset {SM} {NEWS} xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>https://paper.test/a</loc>
    <news:news><news:publication><news:name>The Paper</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-04-02T08:30:00+02:00</news:publication_date><news:title>Minister resigns</news:title>
    </news:news>
    <image:image><image:loc>https://paper.test/a.jpg</image:loc><image:title>Not the title</image:title></image:image>
  </url>
  <url><loc>https://paper.test/b</loc><lastmod>2024-04-01</lastmod></url>
  <url><loc>https://paper.test/gone</loc></url>
</urlset>""")
    fetcher = DictFetcher({"https://paper.test/a": HTML, "https://paper.test/b": b"Plain words, she said."})
    items = list(iter_sources([str(sitemap)], fetcher, follow_links=True))
    assert [type(i) for i in items] == [RawDocument, RawDocument, FetchError]
    a, b, gone = items
    assert a.meta == {"title": "Minister resigns", "published": "2024-04-02", "outlet": "The Paper",
                      "sitemap": str(sitemap)}
    assert a.media_type == "text/html" and b.media_type == "text/plain"
    assert b.meta == {"lastmod": "2024-04-01", "sitemap": str(sitemap)}
    assert gone.input == "https://paper.test/gone"
    assert fetcher.fetched == ["https://paper.test/a", "https://paper.test/b", "https://paper.test/gone"]


def test_sitemap_index_recurses_with_a_depth_cap(tmp_path: Path):
    index = tmp_path / "sitemap_index.xml"
    index.write_bytes(sitemapindex("https://site.test/a.xml", "https://site.test/b.xml.gz",
                                   "https://site.test/missing.xml", "https://site.test/deep1.xml",
                                   "https://site.test/notasitemap.xml"))
    fetcher = DictFetcher({
        "https://site.test/a.xml": urlset("https://site.test/p1", "https://site.test/p2"),
        "https://site.test/b.xml.gz": gzip.compress(urlset("https://site.test/p3")),
        "https://site.test/deep1.xml": sitemapindex("https://site.test/deep2.xml"),
        "https://site.test/deep2.xml": sitemapindex("https://site.test/deep3.xml"),
        "https://site.test/deep3.xml": sitemapindex("https://site.test/deep4.xml"),
        "https://site.test/deep4.xml": urlset("https://site.test/never"),
        "https://site.test/notasitemap.xml": HTML,
        **{f"https://site.test/p{n}": HTML for n in (1, 2, 3)},
    })
    docs, errors = split(iter_sources([str(index)], fetcher, follow_links=True))
    assert [d.url for d in docs] == ["https://site.test/p1", "https://site.test/p2", "https://site.test/p3"]
    assert docs[0].meta == {"lastmod": "2024-01-01", "sitemap": "https://site.test/a.xml"}
    assert [(type(e), e.input) for e in errors] == [
        (FetchError, "https://site.test/missing.xml"),
        (SourceError, "https://site.test/deep3.xml"),
        (SourceError, "https://site.test/notasitemap.xml"),
    ]
    assert f"more than {MAX_SITEMAP_DEPTH} deep" in errors[1].message
    assert "https://site.test/deep4.xml" not in fetcher.fetched


def test_sitemap_url_and_a_malformed_sitemap(tmp_path: Path):
    broken = urlset("https://site.test/p1").replace(b"</urlset>", b"<url><loc>https://site.test/p2</loc>&broken")
    fetcher = DictFetcher({"https://site.test/sitemap.xml": broken, "https://site.test/p1": HTML,
                           "https://site.test/p2": HTML})
    items = list(iter_sources(["https://site.test/sitemap.xml"], fetcher))
    assert [type(i) for i in items] == [RawDocument, SourceError]
    assert items[1].input == "https://site.test/sitemap.xml" and "malformed after 1 entries" in items[1].message


def test_count_documents_is_what_iter_sources_gives_when_that_is_known_up_front(tmp_path: Path):
    from onrecord.sources.expand import count_documents

    pages = tmp_path / "pages"
    (pages / "deeper").mkdir(parents=True)
    (pages / "a.txt").write_text("Ana Ruiz said the bridge opens next week.")
    (pages / "deeper" / "b.html").write_text("<html><body><p>A page.</p></body></html>")
    (pages / ".hidden.txt").write_text("not read")
    (tmp_path / "empty").mkdir()
    table = tmp_path / "rows.csv"
    table.write_text('url,title,text\nhttps://x.test/1,One,"First text,\nover two lines."\n\n'
                     "https://x.test/2,Two,Second text.\nhttps://x.test/3,Three,\n", encoding="utf-8")
    lines = tmp_path / "rows.jsonl"
    lines.write_text('{"text": "One."}\n\n{"text": "Two."}\nnot json\n', encoding="utf-8")
    known = [str(pages), str(tmp_path / "empty"), str(table), str(lines), str(tmp_path / "pages" / "*.txt"),
             str(tmp_path / "*.nomatch"), str(tmp_path / "missing.txt")]
    expected = [2 + 1, 3 + 3, 1 + 1 + 1]  # a blank row is no item; a row without text, a bad line are errors
    for specs, n in zip((known[:2], known[2:4], known[4:]), expected):
        assert count_documents(specs) == n == len(list(iter_sources(specs))), specs
    assert count_documents(known) == sum(expected)
    assert count_documents([str(table)], table_max_bytes=10) is None  # a big table is not counted
    feed = tmp_path / "news.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>')
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [("https://x.test/1", b"<html><body><p>Hi.</p></body></html>", "text/html")])
    for stream in ("https://example.com/news", str(feed), str(archive)):  # streams: only reading tells
        assert count_documents([*known, stream]) is None, stream


# --- tables are capped row by row before a row is loaded (issue 13, item 2) ---------------------------


def _giant_field_table(path: Path, field_chars: int, quoted: bool = True) -> None:
    """A gzipped CSV whose first row's text field is ``field_chars`` spaces long (a few KB on disk),
    between two ordinary rows."""
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b'url,date,title,text\nhttps://ex.com/0,2020-01-01,Before,"Ana said, ""yes""."\n')
        f.write(b'https://ex.com/1,2020-01-01,T,' + (b'"x ' if quoted else b"x "))
        for _ in range(field_chars // 1_000_000):
            f.write(b" " * 1_000_000)
        f.write(b'"\n' if quoted else b"\n")
        f.write(b'https://ex.com/2,2020-01-02,After,"Bo said it,\nover two lines."\n')


@pytest.mark.parametrize("quoted", [True, False])
def test_a_giant_csv_field_is_refused_before_it_is_loaded_and_the_next_rows_go_on(tmp_path: Path, quoted: bool):
    table = tmp_path / "b.csv.gz"
    _giant_field_table(table, 40_000_000, quoted)
    assert table.stat().st_size < 200_000
    tracemalloc.start()
    items = list(iter_sources([str(table)], max_bytes=100_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 8_000_000, f"{peak:,} bytes held to read a table of 100 KB rows"
    first, error, last = items
    assert isinstance(first, RawDocument) and first.data == b'Ana said, "yes".' and first.location.endswith("#1")
    assert isinstance(error, InputTooLarge) and error.input == f"{table}#2"
    assert "\n" not in error.one_line() and "row" in error.message
    assert isinstance(last, RawDocument) and last.location == f"{table}#3"
    assert last.data == b"Bo said it,\nover two lines." and last.meta["title"] == "After"


def test_counting_a_table_does_not_load_a_giant_line(tmp_path: Path):
    from onrecord.sources.expand import count_documents

    for name, head, row in (("big.csv", b"url,text\n", b'https://ex.com/1,"'), ("big.jsonl", b"", b'{"text": "')):
        table = tmp_path / name
        with open(table, "wb") as f:
            f.write(head + row + b" " * 30_000_000 + b'"' + (b"}" if name.endswith("jsonl") else b"") + b"\n")
            f.write(b'https://ex.com/2,"Two."\n' if name.endswith("csv") else b'{"text": "Two."}\n')
        tracemalloc.start()
        n = count_documents([str(table)])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert n == 2, name
        assert peak < 8_000_000, f"{name}: {peak:,} bytes held to count two rows"


@pytest.mark.parametrize("where", ["warc", "http"])
def test_a_giant_header_line_in_an_archive_is_not_held(tmp_path: Path, where: str):
    good1, good2 = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_warc(good1, [("https://x.test/1", HTML, "text/html")], extras=False)
    write_warc(good2, [("https://x.test/2", HTML, "text/html")], extras=False)
    pad = b"a" * 40_000_000
    if where == "warc":
        record = b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + pad + b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    else:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Pad: " + pad + b"\r\n\r\n" + HTML
        record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.test/bad\r\n"
                  b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
                  + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    archive = tmp_path / "pad.warc.gz"
    archive.write_bytes(good1.read_bytes() + gzip.compress(record, compresslevel=1) + good2.read_bytes())
    assert archive.stat().st_size < 1_000_000
    tracemalloc.start()
    items = list(iter_sources([str(archive)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000, f"{peak:,} bytes held for a header line of 40 MB"  # warcio inflates 16 KB at a time
    docs, errors = split(items)
    assert [d.url for d in docs] == ["https://x.test/1", "https://x.test/2"]
    [error] = errors
    assert "header line is over 65,536 bytes" in error.message and error.input.startswith(f"{archive}#")
