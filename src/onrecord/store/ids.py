"""Ids and cursors as clients give them: the one parser every face uses (API, pages, CLI, Python API).

- An **id** is a row's number, given as an ``int`` or as ASCII digits (``"42"``, spaces around allowed).
  Other digits (``"²"``, ``"٣"``: ``str.isdigit`` says yes, ``int`` says no) are not ids: such a text is
  a name, key or URL, looked up as that. ASCII digits over ``MAX_ID``, or 0 and less, name no row on
  any store: ``NotFound`` at once, without asking the store (SQLite cannot compare integers over 2^63,
  PostgreSQL's ``integer`` stops at 2^31 − 1, and Python refuses ``int`` of over 4,300 digits).
- A **cursor** (a page of statements goes on from it) is opaque: the last row's id behind
  ``CURSOR_PREFIX``, in URL-safe base64, so that clients do not build it themselves. One this server
  did not give, or one whose id is out of range, is a ``QueryError`` (400 in the API).
"""

from __future__ import annotations

import base64
import re

from onrecord.errors import NotFound, QueryError

__all__ = ["MAX_ID", "decode_cursor", "encode_cursor", "parse_id", "shown"]

MAX_ID = 2**31 - 1  # the ids are INTEGER columns: 32 bits on PostgreSQL (store.schema)
DIGITS = re.compile(r"[0-9]+", re.ASCII)
CURSOR_PREFIX = "s1:"


def shown(ref: object, width: int = 40) -> str:
    """``ref`` as an error message shows it: repr, cut to ``width`` characters."""
    text = repr(ref) if isinstance(ref, str) else str(ref)
    return text if len(text) <= width else text[: width - 1] + "…"


def parse_id(ref: int | str, what: str = "row") -> int | None:
    """The id ``ref`` gives, or None when it is not an id (look it up as a name, key or URL).
    An id that no row can have raises ``NotFound`` ("no {what} with id ...")."""
    if isinstance(ref, bool):
        raise TypeError("an id is an int or a text, not a bool")
    if isinstance(ref, int):
        value = ref
    else:
        text = ref.strip()
        if not DIGITS.fullmatch(text):
            return None
        digits = text.lstrip("0") or "0"
        if len(digits) > len(str(MAX_ID)):  # before int(): 5,000 digits are an error, not a ValueError
            raise NotFound(f"no {what} with id {shown(text, 24)}")
        value = int(digits)
    if not 1 <= value <= MAX_ID:
        raise NotFound(f"no {what} with id {shown(value, 24)}")
    return value


def encode_cursor(statement_id: int) -> str:
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{statement_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The statement id a cursor goes on from (``QueryError`` for one this server did not give)."""
    bad = QueryError(f"bad cursor {shown(cursor)}: pass the `next` value of the page before")
    text = cursor.strip()
    if len(text) > 64:  # a cursor of this server is about 20 characters
        raise bad
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        raise bad from None
    if not raw.startswith(CURSOR_PREFIX):
        raise bad
    try:
        found = parse_id(raw[len(CURSOR_PREFIX):], "statement")
    except NotFound:
        raise bad from None
    if found is None:
        raise bad
    return found
