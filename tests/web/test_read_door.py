"""Text normalised at the door, over a real ``onrecord serve`` on 127.0.0.1 (issue 13, item 3).

A lone surrogate in a ``POST /api/read`` body (``"\\ud800"`` is valid JSON) made the tokenizer raise
``UnicodeEncodeError`` and the server answer 500. Now the text is read with U+FFFD in its place, and
control characters come back as spaces, the length kept.
"""

from __future__ import annotations

import json

import pytest

httpx = pytest.importorskip("httpx")

from live import Server  # noqa: E402  (tests/web/live.py)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """``onrecord serve`` over an empty SQLite store, in its own process: its base URL."""
    from onrecord.store.store import Store

    db = tmp_path_factory.mktemp("door") / "record.db"
    Store.open(str(db)).close()
    server = Server(str(db), db.parent)
    yield server.url
    server.stop()


def post_read(base: str, text: str) -> httpx.Response:
    body = json.dumps({"text": text})  # ASCII JSON: a lone surrogate travels as the escape \ud800
    return httpx.post(f"{base}/api/read", content=body.encode("ascii"),
                      headers={"content-type": "application/json"}, timeout=120)


def test_a_lone_surrogate_is_read_not_a_500(served):
    text = "The minister said that \ud800 was bad."
    res = post_read(served, text)
    assert res.status_code == 200, res.text
    doc = res.json()
    assert doc["article"]["text"] == "The minister said that \ufffd was bad."
    assert [st["cue"]["text"] for st in doc["statements"]] == ["said"]


def test_control_characters_come_back_as_spaces(served):
    text = "The minister said that the \x00plan\x1b was bad.\r\nThe mayor\x07 said it was good.\n"
    res = post_read(served, text)
    assert res.status_code == 200, res.text
    got = res.json()["article"]["text"]
    assert got == "The minister said that the  plan  was bad.\r\nThe mayor  said it was good.\n"
    assert len(got) == len(text)
