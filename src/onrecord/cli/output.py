"""How the commands speak: one-line errors with the error's exit code, shortened cells, a
statement's confidence as a cell, the statements table of ``onrecord read``, the line about links
not fetched, and JSONL written beside the scores of ``onrecord eval``."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, NoReturn

import click

from onrecord.errors import OnrecordError
from onrecord.records import Reading, low_confidence

UNCERTAIN = "uncertain"  # how a table marks a low-confidence statement (records.LOW_CONFIDENCE)


def fail(err: OnrecordError) -> NoReturn:
    """``error: INPUT: message`` on stderr, then exit with the error's code (errors.py)."""
    click.echo(f"error: {err.one_line()}", err=True)
    sys.exit(err.exit_code)


def short(text: str | None, width: int) -> str:
    """One line of at most ``width`` characters, an ellipsis where it was cut."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def confidence_cell(confidence: float | None) -> str:
    """``0.83``, or ``0.42 uncertain`` for a low-confidence statement."""
    shown = f"{confidence:.2f}" if confidence is not None else "—"
    return f"{shown} {UNCERTAIN}" if low_confidence(confidence) else shown


def statements_table(reading: Reading) -> str:
    """A reading for people: its title and date, then one row per statement, or the line that says
    why the article was not attributed ("not attributed: language fr")."""
    art = reading.article
    width = shutil.get_terminal_size((120, 20)).columns
    lines = [f"{reading.input or '<text>'}: {art.title or '(no title)'}"
             f"{' — ' + art.published if art.published else ''}",
             f"{len(reading.statements)} statements, {len(reading.people)} speakers"]
    if reading.not_attributed:  # never a silent 0: say why nothing was looked for
        lines.append(f"not attributed: {reading.not_attributed}")
        return "\n".join(lines)
    rows = [("SPEAKER", "KIND", "CONF", "CUE", "CONTENT")]
    for st in reading.statements:
        speaker = st.speaker.name if st.speaker and st.speaker.name else "?"
        rows.append((speaker, st.kind, confidence_cell(st.confidence), st.cue.text if st.cue else "—",
                     " … ".join(c.text for c in st.content)))
    w0 = min(28, max(len(r[0]) for r in rows))
    w2 = max(len(r[2]) for r in rows)
    w3 = min(16, max(len(r[3]) for r in rows))
    rest = max(20, width - w0 - 9 - w2 - 1 - w3 - 6)
    for r in rows:
        lines.append(f"{short(r[0], w0):<{w0}}  {r[1]:<8} {r[2]:<{w2}} {short(r[3], w3):<{w3}}  {short(r[4], rest)}")
    return "\n".join(lines)


@contextmanager
def jsonl_sink(path: str | None) -> Iterator[IO[str] | None]:
    """A file to write one JSON object per line to (``--out``), or None when none was asked for."""
    if not path:
        yield None
        return
    with open(path, "w", encoding="utf-8") as sink:
        yield sink


def write_jsonl(sink: IO[str] | None, obj: object) -> None:
    if sink is not None:
        sink.write(json.dumps(obj, ensure_ascii=False) + "\n")


def not_followed_line(not_followed: dict[str, int]) -> str:
    """One line: the links of local feeds and sitemaps that were not fetched, and how to fetch them."""
    links, lists = sum(not_followed.values()), list(not_followed)
    where = lists[0] if len(lists) == 1 else \
        f"{len(lists)} local feeds or sitemaps ({', '.join(lists[:3])}{', ...' if len(lists) > 3 else ''})"
    return (f"not fetched: {links} link{'s' if links != 1 else ''} listed in {where}; "
            "add --follow-links to fetch them")
