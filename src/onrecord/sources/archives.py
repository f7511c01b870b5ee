"""Web archives: the HTML pages in a WARC file (plain or gzip per record, as Common Crawl News writes).

``iter_warc(path)`` streams the archive with warcio in constant memory and yields one
``RawDocument`` per HTML response: ``location`` is ``<path>#<byte offset of the record>`` (the offset
a CDX index gives, so ``warcio extract path OFFSET`` shows the record), ``url`` the
``WARC-Target-URI``, ``fetched`` the ``WARC-Date``, ``media_type`` ``text/html``, and ``meta`` the
record id and the HTTP Content-Type (which may name the charset).

Which records are pages, first match wins:

  1. not a ``response`` or ``resource`` record (request, metadata, warcinfo, revisit...): skipped;
  2. a response whose HTTP status is not 2xx (redirects, errors) or that has no HTTP headers: skipped;
  3. a Content-Type naming HTML (``text/html``, ``application/xhtml+xml``): a page;
  4. no Content-Type, or a generic one (``application/octet-stream``): a page if the payload is text
     that ``decoding.looks_like_html``, else skipped;
  5. anything else (images, scripts, PDF...): skipped without reading the payload.

A page's payload is read at most ``max_bytes + 1`` bytes; a longer one is an ``InputTooLarge`` item. A
header line (WARC or HTTP) over ``MAX_HEADER_LINE`` bytes is never held whole: its record is unreadable.
A body labelled HTML that is binary or empty is an error item (``decoding.decode_bytes`` tells). A
record that cannot be parsed, or whose data ends before its Content-Length (a truncated file, a
damaged gzip member), is one ``SourceError`` item; reading goes on from the next record start found
after it (the next gzip member that decompresses to ``WARC/``, or the next ``WARC/1.x`` line), so
the good records around a bad one still come through. An archive without any HTML page is an error.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from onrecord.errors import BinaryInput, EmptyInput, InputError, InputTooLarge, OnrecordError, SourceError
from onrecord.sources.decoding import DEFAULT_MAX_BYTES, decode_bytes, looks_like_html, too_large_message
from onrecord.sources.documents import RawDocument

__all__ = ["iter_warc"]

_SNIFFED_TYPES = ("", "application/octet-stream", "binary/octet-stream", "unknown/unknown", "application/unknown")
_SCAN = 1 << 20  # bytes read at a time when looking for the next record after a bad one
MAX_HEADER_LINE = 65_536  # bytes of one WARC or HTTP header line; a longer one makes its record unreadable
_PLAIN_START = re.compile(rb"(?:\A|\n)(WARC/1\.[01]\r?\n)")


def iter_warc(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | OnrecordError]:
    """The HTML pages of a WARC or WARC.gz file, or an error item for each record that failed."""
    try:
        f = open(path, "rb")
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror or e}", input=path)
        return
    with f:
        size = os.fstat(f.fileno()).st_size
        gz = f.read(2) == b"\x1f\x8b"
        records = pages = errors = 0
        start: int | None = 0
        while start is not None:
            f.seek(start)
            archive = _archive_iterator(f)
            bad: tuple[int, str] | None = None  # where reading failed, and why
            try:
                for record in archive:
                    offset = archive.offset  # where this record starts (set before warcio yields it)
                    records += 1
                    item = _record_item(record, path, offset, max_bytes)
                    archive.read_to_end()
                    if getattr(record.raw_stream, "limit", 0) > 0:  # its data ended before its Content-Length
                        bad = offset, f"record at offset {offset} is truncated"
                        break
                    if item is not None:
                        pages += isinstance(item, RawDocument)
                        errors += isinstance(item, OnrecordError)
                        yield item
                else:
                    if archive.offset < size:
                        bad = archive.offset, f"unreadable data at offset {archive.offset}"
            except Exception as e:  # warcio raises ArchiveLoadFailed, parser and zlib errors, EOFError...
                bad = archive.offset, f"record at offset {archive.offset} cannot be read: {_one_line(e)}"
            start = None
            if bad is not None:
                start = _next_record_start(f, bad[0] + 1, gz)
                errors += 1
                then = f"skipped {start - bad[0]:,} bytes to the next record" if start else "nothing readable after it"
                yield SourceError(f"{bad[1]}; {then}", input=f"{path}#{bad[0]}")
        if not pages and not errors:
            yield SourceError(f"no HTML pages among {records} records" if records else "no WARC records",
                              input=path)


def _archive_iterator(f: BinaryIO):
    """warcio's iterator over ``f``, its header lines capped at ``MAX_HEADER_LINE`` bytes: warcio reads a
    header line whole, however long (a 0.9 MB gzipped record with a 200 MB header line held 626 MB), so
    a longer one raises instead, and the record is skipped as unreadable."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class CappedLines(DecompressingBufferedReader):
        def readline(self, length=None):
            cap = MAX_HEADER_LINE + 1 if not length or length < 0 else min(length, MAX_HEADER_LINE + 1)
            line = super().readline(cap)
            if len(line) > MAX_HEADER_LINE:
                raise ValueError(f"a header line is over {MAX_HEADER_LINE:,} bytes")
            return line

    archive = ArchiveIterator(f)
    archive.reader = CappedLines(archive.fh)  # before the first record is read
    return archive


def _record_item(record, path: str, offset: int, max_bytes: int) -> RawDocument | OnrecordError | None:
    """The page a record holds, the error that it is a bad one, or None for a record to skip."""
    if record.rec_type == "response":
        if record.http_headers is None or not record.http_headers.get_statuscode().startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    mime = content_type.split(";")[0].strip().lower()
    labelled = "html" in mime
    if not labelled and mime not in _SNIFFED_TYPES:
        return None
    where = f"{path}#{offset}"
    data = record.content_stream().read(max_bytes + 1)
    if not labelled:  # a page only if the payload reads as HTML text
        try:
            if not looks_like_html(decode_bytes(data[:max_bytes], where)):
                return None
        except InputError:
            return None
    if len(data) > max_bytes:
        return InputTooLarge(too_large_message(len(data), max_bytes, at_least=True), input=where)
    try:
        decode_bytes(data, where)
    except BinaryInput as e:
        return BinaryInput(f"body labelled {mime} {e.message}", input=where)
    except EmptyInput:
        return EmptyInput(f"empty body labelled {mime}" if mime else "empty body", input=where)
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ") or None
    meta: dict[str, object] = {"warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}
    if content_type:
        meta["content_type"] = content_type
    return RawDocument(data, where, url=url, media_type="text/html",
                       fetched=record.rec_headers.get_header("WARC-Date"), meta=meta)


def _next_record_start(f: BinaryIO, pos: int, gz: bool) -> int | None:
    """The offset of the next record start at or after ``pos``, or None if there is none."""
    while True:
        f.seek(pos)
        chunk = f.read(_SCAN + 16)
        if len(chunk) < 16 and not chunk.startswith(b"WARC/"):
            return None
        if gz:
            at = chunk.find(b"\x1f\x8b\x08", 0, _SCAN)
            while at >= 0:
                if _gzip_warc_at(f, pos + at):
                    return pos + at
                at = chunk.find(b"\x1f\x8b\x08", at + 1, _SCAN)
        else:
            for m in _PLAIN_START.finditer(chunk, 0, _SCAN + 12):
                if m.start(1) < _SCAN:
                    return pos + m.start(1)
        if len(chunk) <= _SCAN:
            return None
        pos += _SCAN


def _gzip_warc_at(f: BinaryIO, pos: int) -> bool:
    """Whether a gzip member starts at ``pos`` and decompresses to a WARC record's first line."""
    f.seek(pos)
    try:
        return zlib.decompressobj(wbits=31).decompress(f.read(4096), 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _one_line(e: Exception) -> str:
    """An exception's message on one printable line (warcio quotes the bad bytes it met)."""
    text = str(e).split(", first line:")[0]  # warcio quotes the bytes it could not parse
    text = re.sub(r"[^\x20-\x7e]+", "?", " ".join(text.split())) or type(e).__name__
    return text if len(text) <= 120 else text[:120] + "..."
