"""Turn what the user gives (a file path, raw bytes) into text, or fail with one clear line.

Every error is an ``InputError`` from ``onrecord.errors`` carrying ``input=name``, so
``err.one_line()`` reads ``"path: message"``. Decoding never trims or rewrites the text: a UTF-8 or
UTF-16 byte-order mark is the only thing removed, so offsets into the result are offsets into what
the user sees in an editor.

Order of checks in ``load_path`` (first failure wins): missing, not a file, unreadable, too large,
HTML by name, empty, binary, HTML by content.
"""

from __future__ import annotations

import os
import re

from onrecord.errors import BinaryInput, EmptyInput, InputError, InputTooLarge, MissingInput, UnsupportedInput

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "format_size", "load_path", "looks_like_html", "normalize_text"]

DEFAULT_MAX_BYTES = 2_000_000

# Known signatures of binary formats someone may hand over by mistake: (prefix, what it looks like).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB/Office file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable program"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_SNIFF = 65_536  # bytes looked at for control characters
_CONTROL_SHARE = 0.05  # above this share of control characters, the data is not text
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|a|script|style|meta|link|title|br|table|tr|td|ul|ol|li|article|"
    r"section|nav|header|footer|main|aside|h[1-6]|img|iframe|form|input|button|figure|noscript)\b[^<>]*>",
    re.IGNORECASE,
)


def format_size(n: int) -> str:
    """A byte count for people: '5.2 MB', '340.0 KB', '12 bytes' (decimal units)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB"
    return f"{n} byte" if n == 1 else f"{n} bytes"


def _binary_kind(data: bytes) -> str | None:
    """What binary data looks like ('a PNG image'), or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    head = data[:_SNIFF]
    if b"\x00" in head:
        return "binary data (it contains NUL bytes)"
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS) + head.count(0x7F)
    if head and controls / len(head) > _CONTROL_SHARE:
        return "binary data (many control characters)"
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a document's bytes to text, unchanged except for a leading byte-order mark.

    UTF-8 first (with or without BOM), UTF-16 when it has a BOM, then Windows-1252 and Latin-1,
    so a Latin-1 file reads correctly. Raises ``EmptyInput`` for empty or whitespace-only data and
    ``BinaryInput`` (naming what it looks like) for PDF, images, archives and other binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        try:
            text = data.decode("utf-16")  # the BOM tells the byte order and is dropped
        except UnicodeDecodeError:
            raise BinaryInput("binary data (a broken UTF-16 text?)", input=name) from None
        if not text.strip():
            raise EmptyInput("empty file", input=name)
        return text
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not body.strip():
        raise EmptyInput("empty file", input=name)
    kind = _binary_kind(body)
    if kind:
        raise BinaryInput(f"looks like {kind}, not text", input=name)
    for encoding in ("utf-8", "cp1252"):
        try:
            text = body.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = body.decode("latin-1")  # never fails: every byte is a character
    if not text.strip():
        raise EmptyInput("empty file", input=name)
    return text


# what the door takes out: lone surrogates (no encoder writes them), and control characters other
# than tab, newline and carriage return (C0 and DEL). C1 controls stay: they encode, break nothing, and
# stand inside words of real mojibake ("FranÃ\x83Â§ois Hollande" in PolNeAR), whose offsets a gold keeps.
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _replacement(m: re.Match[str]) -> str:
    return "\ufffd" if m.group() >= "\ud800" else " "


def normalize_text(text: str) -> str:
    """The one normalisation every text gets where it comes in (``Reader.read_text`` and
    ``Reader.read_html`` call it, so every way in does): a lone surrogate becomes U+FFFD, a C0 control
    character other than tab, newline and carriage return (or DEL) a space. Nothing else changes and the length
    stays, so an offset into the result is an offset into what was given."""
    if _UNWANTED.search(text) is None:
        return text
    return _UNWANTED.sub(_replacement, text)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text (a doctype, <html>, or many tags)."""
    head = text[:8192].lstrip("\ufeff")
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAG.findall(head))
    return (head.lstrip().startswith("<") and tags >= 2) or tags >= 10


def load_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a plain-text file as text (see ``decode_bytes``), or raise an ``InputError``.

    Missing: ``MissingInput``. A folder, unreadable: ``InputError``. Over ``max_bytes``: ``InputTooLarge`` with both
    sizes. HTML (by name or by content): ``UnsupportedInput``. Every message is one line.
    """
    name = str(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise MissingInput("no such file", input=name) from None
    except PermissionError:
        raise InputError("cannot read: permission denied", input=name) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", input=name) from None
    if os.path.isdir(name):
        raise InputError("is a folder, not a file", input=name)
    if not os.path.isfile(name):
        raise InputError("is not a regular file", input=name)
    if st.st_size > max_bytes:
        raise InputTooLarge(too_large_message(st.st_size, max_bytes), input=name)
    if name.lower().endswith(_HTML_SUFFIXES):
        raise UnsupportedInput("HTML input is not supported yet", input=name)
    try:
        with open(name, "rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise InputError("cannot read: permission denied", input=name) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", input=name) from None
    if len(data) > max_bytes:  # it grew since stat, or stat does not know (a pipe)
        raise InputTooLarge(too_large_message(len(data), max_bytes, at_least=True), input=name)
    text = decode_bytes(data, name)
    if looks_like_html(text):
        raise UnsupportedInput("HTML input is not supported yet", input=name)
    return text


def too_large_message(size: int, limit: int, at_least: bool = False) -> str:
    big, lim = format_size(size), f"{format_size(limit)} limit"
    if big == format_size(limit):  # just over the limit: show the exact counts
        big, lim = f"{size:,} bytes", f"{limit:,}-byte limit"
    return f"{big}{' or more' if at_least else ''} is over the {lim}; raise it with --max-bytes"
