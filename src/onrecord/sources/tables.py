"""Tables of documents: one document per row of a CSV or JSONL file (plain or gzipped), with
``url``, ``title``/``headline``, ``date``/``published``, ``authors``/``author``, ``outlet`` and the text
in ``text``, ``body`` or ``html`` (the first non-empty wins; ``html`` makes the row text/html).

A row is capped before it is loaded: a JSONL line, or a CSV row (its lines up to the line end that is
outside quotes), over ``4 * max_bytes + 64 KB`` characters is read past a piece at a time, never held
whole, and is one ``InputTooLarge`` item naming the row (``table.csv#3``); the rows after it go on. A
row within the cap whose text is over ``max_bytes`` is an ``InputTooLarge`` item too. A table that
stops being readable (bad gzip, bad UTF-8, no text column) ends with one ``SourceError`` item.

``iter_table(path, gz, max_bytes)`` is what ``sources.expand`` reads a table with;
``count_table_rows(path)`` counts its items up front without holding a long line.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

from onrecord.errors import EmptyInput, InputTooLarge, OnrecordError, SourceError
from onrecord.sources.decoding import too_large_message
from onrecord.sources.documents import RawDocument

__all__ = ["count_table_rows", "iso_date", "iter_table"]

_HEAD = 65_536  # characters of a piece read at a time
_TEXT_COLUMNS = ("text", "body", "html")  # first non-empty wins; "html" makes the row text/html

Item = RawDocument | OnrecordError


def _with_input(error: OnrecordError, name: str) -> OnrecordError:
    if error.input is None:
        error.input = name
    return error


def count_table_rows(path: str) -> int | None:
    """How many items ``iter_table`` gives for a plain (not gzipped) table, or None when it cannot
    tell; a long row is read past a piece at a time, as when reading."""
    jsonl = not path.lower().endswith(".csv")
    try:
        if jsonl:
            with open(path, "rb") as f:
                rows = _count_lines(f)
        else:
            with open(path, encoding="utf-8-sig", newline="") as f:
                rows = sum(1 for _ in _csv_rows(f, _HEAD))  # a row over the cap is one item all the same
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    return max(rows, 1)  # a table without rows is one error item


def _count_lines(f: BinaryIO) -> int:
    """The lines of a file with something besides white space, read a piece at a time."""
    n, blank = 0, True
    while piece := f.readline(_HEAD):
        blank = blank and not piece.strip()
        if piece.endswith(b"\n"):
            n, blank = n + (not blank), True
    return n + (not blank)


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD from an ISO 8601 or RFC 822 date, else None."""
    text = str(value or "").strip()
    if re.match(r"\d{4}-\d{2}-\d{2}(?!\d)", text):
        return text[:10]
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def iter_table(path: str, gz: bool, max_bytes: int) -> Iterator[Item]:
    """One document per row of a CSV or JSONL table with url, title/headline, date/published, text/body/html."""
    jsonl = not path.lower().removesuffix(".gz").endswith(".csv")
    rows = 0
    try:
        with (gzip.open if gz else open)(path, "rt", encoding="utf-8-sig", newline=None if jsonl else "") as f:
            for n, row in _jsonl_rows(f, max_bytes) if jsonl else _csv_rows(f, _row_cap(max_bytes)):
                rows += 1
                if isinstance(row, OnrecordError):
                    yield _with_input(row, f"{path}#{n}")
                else:
                    yield _row_document(row, f"{path}#{n}", max_bytes)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error) as e:
        yield SourceError(f"stopped reading the table after {rows} rows: {e}", input=path)
        return
    if not rows:
        yield EmptyInput("table has no rows", input=path)


def _allow_big_csv_fields() -> None:
    """Let the csv module hold a field as long as a row may be: ``_CsvLines`` caps the row first."""
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _row_cap(max_bytes: int) -> int:
    """Characters one table row may have: a document of ``max_bytes``, room for escapes, the other columns."""
    return 4 * max_bytes + _HEAD


class _RowTooLarge(Exception):
    """Raised by ``_CsvLines`` for a row over its cap, once the row's last line has been skipped."""


class _CsvLines:
    """The lines of a CSV file for ``csv.reader``, each read a piece at a time (``readline(cap)``), so no
    row longer than ``cap`` characters is ever held: such a row is read past, without keeping it, up to
    its end (a line end outside quotes), and ``_RowTooLarge`` is raised. The row ends are found the way
    the csv module finds them (a field that starts with a quote runs to its closing quote; ``""`` inside
    it is a quote)."""

    _NEXT = re.compile(r',"|[\r\n]')  # outside quotes: a quoted field starts, or the row ends

    def __init__(self, f: io.TextIOBase, cap: int):
        self.f, self.cap = f, cap
        self.chars = 0  # characters of the row so far
        self.quoted, self.field_start = False, True
        self.quote_at_end = False  # a quote closed the last piece, inside quotes: "" or the closing one

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        piece = self.f.readline(self.cap)
        if not piece:
            raise StopIteration
        self.chars += len(piece)
        ended = self._ends_row(piece)
        if self.chars > self.cap or (len(piece) == self.cap and piece[-1] not in "\r\n"):  # the csv module
            if not ended:  # would end a row at the end of a piece; a line this long is a row over the cap
                while (piece := self.f.readline(self.cap)) and not self._ends_row(piece):
                    pass
            self._ends_row("")  # start afresh
            raise _RowTooLarge(f"row is over {self.cap:,} characters; raise the limit with --max-bytes")
        if ended:
            self.chars = 0
        return piece

    def _ends_row(self, piece: str) -> bool:
        """Follow the quotes through ``piece``: whether the row ends at its end (or, for "", here)."""
        if not piece:
            self.chars, self.quoted, self.field_start, self.quote_at_end = 0, False, True, False
            return True
        i, n = 0, len(piece)
        if self.quote_at_end:
            self.quote_at_end = False
            if piece[0] == '"':
                i = 1  # "" split between two pieces: still inside quotes
            else:
                self.quoted, self.field_start = False, False
        while i < n:
            if self.quoted:
                j = piece.find('"', i)
                if j < 0:
                    return False
                if j + 1 == n:
                    self.quote_at_end = True
                    return False
                if piece[j + 1] == '"':
                    i = j + 2
                    continue
                self.quoted, self.field_start, i = False, False, j + 1
            elif self.field_start and piece[i] == '"':
                self.quoted, i = True, i + 1
            else:
                m = self._NEXT.search(piece, i)
                if m is None:
                    self.field_start = piece.endswith(",")
                    return False
                if m.group() == ',"':
                    self.quoted, i = True, m.end()
                    continue
                self.field_start = True
                return True
        self.field_start = False
        return False


def _csv_rows(f: io.TextIOBase, cap: int) -> Iterator[tuple[int, dict | OnrecordError]]:
    """(row number, the row as a dict or the error for a row over ``cap`` characters), blank rows left out."""
    _allow_big_csv_fields()
    lines = _CsvLines(f, cap)
    try:
        header = next(csv.reader(lines), [])
    except _RowTooLarge as e:
        raise csv.Error(f"header {e}") from None
    fieldnames = [c or "" for c in header]
    columns = {c.strip().lower() for c in fieldnames}
    if not columns & set(_TEXT_COLUMNS):
        raise csv.Error(f"no text column (a column named {', '.join(_TEXT_COLUMNS[:-1])} or {_TEXT_COLUMNS[-1]})")
    n = 0
    while True:
        reader = csv.reader(lines)  # a new one after a row over the cap: the old one is mid-row
        try:
            for row in reader:
                if not row:
                    continue
                n += 1
                yield n, _as_dict(fieldnames, row)
            return
        except _RowTooLarge as e:
            n += 1
            yield n, InputTooLarge(str(e), input=None)


def _as_dict(fieldnames: list[str], row: list[str]) -> dict:
    """A row by column name, as ``csv.DictReader`` makes it (extra values under None, missing ones None)."""
    out: dict = dict(zip(fieldnames, row))
    if len(row) > len(fieldnames):
        out[None] = row[len(fieldnames):]
    for name in fieldnames[len(row):]:
        out[name] = None
    return out


def _jsonl_rows(f: io.TextIOBase, max_bytes: int) -> Iterator[tuple[int, dict | OnrecordError]]:
    cap = _row_cap(max_bytes)  # characters of one line: room for JSON escapes
    n = 0
    while line := f.readline(cap):
        n += 1
        if len(line) >= cap and not line.endswith("\n"):
            while (more := f.readline(cap)) and not more.endswith("\n"):
                pass
            yield n, InputTooLarge(f"row is over {cap:,} characters", input=None)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            yield n, SourceError(f"row is not JSON: {e}")
            continue
        yield n, row if isinstance(row, dict) else SourceError(f"row is a JSON {type(row).__name__}, not an object")


def _row_document(row: dict, where: str, max_bytes: int) -> Item:
    row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    column = next((c for c in _TEXT_COLUMNS if isinstance(row.get(c), str) and row[c].strip()), None)
    if column is None:
        return EmptyInput("row has no text (in a text, body or html column)", input=where)
    data = row[column].encode("utf-8")
    if len(data) > max_bytes:
        return InputTooLarge(too_large_message(len(data), max_bytes), input=where)
    meta: dict[str, object] = {}
    title = row.get("title") or row.get("headline")  # a headline column is the title when there is no title
    if title:
        meta["title"] = str(title).strip()
    published = iso_date(row.get("published") or row.get("date"))
    if published:
        meta["published"] = published
    authors = row.get("authors") or row.get("author")
    if authors:
        meta["authors"] = [str(a) for a in authors] if isinstance(authors, list) else [str(authors)]
    if row.get("outlet"):
        meta["outlet"] = str(row["outlet"])
    url = _tidy_url(row.get("url"))
    return RawDocument(data, where, url=url, media_type="text/html" if column == "html" else "text/plain", meta=meta)


def _tidy_url(url: object) -> str | None:
    """The URL with doubled slashes in its path made single (Wikinews exports have ``org//wiki``)."""
    if not isinstance(url, str) or not url.strip():
        return None
    parts = urlsplit(url.strip())
    return urlunsplit(parts._replace(path=re.sub(r"/{2,}", "/", parts.path))) if parts.netloc else url.strip()
