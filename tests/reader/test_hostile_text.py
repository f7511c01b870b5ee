"""Hostile text at the reader's door (issue 13, items 1 and 3).

Reading takes time linear in its input whatever the characters: a run of one punctuation mark or
emoji reads no slower per character than a normal article (measured against the article in the same
run). Text is normalised where it comes in, whichever way it comes: a lone surrogate becomes U+FFFD,
a control character other than newline, carriage return and tab a space; the length stays, so every
offset still points where it pointed in what was given.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import onrecord
from onrecord.errors import BinaryInput
from onrecord.sources.decoding import normalize_text
from onrecord.sources.documents import RawDocument

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
LEAD = "The minister said on Monday that the plan was bad and would be changed. "
SIZE = 10_000


def article_of(size: int) -> str:
    text = REFERENCE.read_text(encoding="utf-8")
    return (text * (size // len(text) + 1))[:size]


def best_of(reader, text: str, n: int = 2) -> float:
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        reader.read_text(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def article_time(reader) -> float:
    reader.read_text(article_of(1000))  # warm-up
    return best_of(reader, article_of(SIZE))


# "<" and "&" from the issue, "=" (the slowest of the ASCII marks before), "_" (a word character to
# regular expressions), an emoji, and a run of mixed marks
@pytest.mark.parametrize("run", ["<", "&", "=", "_", "\N{GRINNING FACE}", "<&>;"], ids=repr)
def test_a_run_of_marks_reads_no_slower_per_character_than_an_article(reader, article_time, run):
    text = LEAD + (run * SIZE)[: SIZE - len(LEAD)]
    took = best_of(reader, text)
    assert took < 2 * article_time + 0.2, f"{took:.2f} s for {SIZE:,} characters vs {article_time:.2f} s for an article"


def test_a_run_is_read_with_its_text_and_offsets_unchanged(reader):
    text = LEAD + "<" * 500 + "\nThe mayor said that the protest was illegal.\n"
    reading = reader.read_text(text)
    assert reading.article.text == text
    assert [st.cue.text for st in reading.statements] == ["said", "said"]
    for st in reading.statements:
        for span in [st.cue, st.source, *st.content]:
            assert text[span.start:span.end] == span.text


def test_a_separator_line_keeps_its_statements():
    """A line of 40 '=' (longer than a run is read) changes nothing around it."""
    body = "The mayor said that the protest was illegal.\n\nOfficials said the vote would go ahead.\n"
    plain = onrecord.read(body)
    ruled = onrecord.read(body.replace("\n\n", "\n" + "=" * 40 + "\n"))
    assert [(st.cue.text, st.source.text) for st in ruled.statements] == [
        (st.cue.text, st.source.text) for st in plain.statements]


def test_normalize_text_keeps_length_and_the_ordinary_controls():
    text = "a\ud800b\udfffc\x00d\x07e\x0bf\x0cg\x1bh\x7fi\x85j\x9fk\tl\nm\r\nn \u2028o\U0001F600"
    out = normalize_text(text)
    assert len(out) == len(text)
    assert out == "a\ufffdb\ufffdc d e f g h i\x85j\x9fk\tl\nm\r\nn \u2028o\U0001F600"  # C1 controls stay
    assert normalize_text("plain text\n") == "plain text\n"


def test_a_lone_surrogate_reads_as_the_issue_shows():
    reading = onrecord.read("The minister said that \ud800 was bad.")
    assert reading.article.text == "The minister said that \ufffd was bad."
    assert [st.cue.text for st in reading.statements] == ["said"]
    json.dumps(reading.to_dict(), ensure_ascii=False).encode("utf-8")  # encodable: a store or a response takes it


SAY = "The minister said that {} the plan was bad and would be changed soon.\n"


@pytest.mark.parametrize("bad", ["\ud800", "\udc00\ud83d", "\x00", "\x01\x02", "\x1b[31m", "\x7f"], ids=repr)
def test_every_way_text_comes_in_is_normalised(reader, tmp_path, bad):
    text = SAY.format(bad)
    want = normalize_text(text)
    assert want != text and len(want) == len(text)
    readings = {
        "read": reader.read(text),
        "read_text": reader.read_text(text),
        "read_html": reader.read_html(f"<html><body><article><p>{text}</p></article></body></html>"),
        "read_many": next(reader.read_many([text]))[1],
    }
    if "\ud800" in bad or "\udc00" in bad:  # bytes cannot hold a lone surrogate
        pass
    elif "\x00" in bad:  # bytes with a NUL are binary data, refused with onrecord's own error
        path = tmp_path / "article.txt"
        path.write_bytes(text.encode("utf-8"))
        with pytest.raises(BinaryInput, match="NUL"):
            reader.read(path)
    else:
        data = text.encode("utf-8")
        path = tmp_path / "article.txt"
        path.write_bytes(data)
        readings["path"] = reader.read(path)
        readings["read_document"] = reader.read_document(RawDocument(data=data, location="doc.txt"))
    for way, reading in readings.items():
        assert not isinstance(reading, Exception), (way, reading)
        got = reading.article.text
        assert "said" in got and normalize_text(got) == got, way
        json.dumps(reading.to_dict(), ensure_ascii=False).encode("utf-8")
        if way != "read_html":  # an HTML page's text is what extraction finds in it
            assert got == want, way


def test_what_the_parser_reads_keeps_every_offset():
    """Cutting runs and chunks never changes the length, whatever the length of the chunk."""
    from onrecord.reader import CHUNK_CAP, RUN_CAP, _parser_text

    for n in range(1, 4 * CHUNK_CAP + 10):
        for shape in ("x", "<", "<a", "a\r\n"):
            text = "The minister said " + (shape * n)[:n] + " ok"
            plain = _parser_text(text)
            assert len(plain) == len(text), (shape, n)
            assert max(len(chunk) for chunk in plain.split()) <= CHUNK_CAP
    assert _parser_text("=" * 40) == "=" * RUN_CAP + " " * (40 - RUN_CAP)


@pytest.mark.parametrize("n", [161, 322, 1000])
def test_a_statement_after_a_long_chunk_keeps_its_place(reader, n):
    english = "The minister said that the plan was bad and that the government would change it soon. " * 4
    text = english + "x" * n + " The mayor said that the protest was illegal.\n"
    reading = reader.read_text(text)
    assert reading.article.language == "en"
    assert [st.cue.text for st in reading.statements][-1:] == ["said"]
    assert reading.statements[-1].cue.start == text.rindex("said")
