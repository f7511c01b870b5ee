"""Echoes on the web (issue 15): the list, a group's page with the forms side by side and the changes
marked, the links from statements, the API routes; everything from articles escaped."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from onrecord.records import Article, Reading, Span, Speaker, Statement  # noqa: E402
from onrecord.store.store import Store  # noqa: E402
from onrecord.web.app import make_app  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
WORDS = "We will not accept any {} that abandons the people of Karabakh to their fate"


def quoting(who: str, said: str, published: str, outlet: str, n: int) -> Reading:
    text = f"{who} said \u201c{said} {SCRIPT}\u201d on Monday.\n"
    start = text.index("\u201c")
    end = text.index("\u201d") + 1
    st = Statement("direct", Span.of(text, len(who) + 1, len(who) + 5), Span.of(text, 0, len(who)),
                   [Span.of(text, start, end)], Speaker(who, "person"), confidence=0.9)
    return Reading(input=f"echo-{n}", article=Article(text=text, title=f"Story {n} {SCRIPT}", published=published,
                                                     outlet=outlet), statements=[st])


@pytest.fixture(scope="module")
def client(tmp_path_factory, reader):
    db = tmp_path_factory.mktemp("echo-web") / "echo.db"
    with Store.open(str(db)) as store:
        store.save(quoting("Eve Smith", WORDS.format("agreement"), "2024-01-02", "First Post", 1))
        store.save(quoting("John Doe", WORDS.format("deal"), "2024-01-05", "Second Post", 2))
        store.save(quoting("Ann Lee", "Nothing in this statement repeats any other one at all", "2024-01-06",
                           "Third Post", 3))
        with TestClient(make_app(store, token=None, reader=reader)) as c:
            yield c


def test_the_echo_list_and_api_show_the_group_and_its_flags(client):
    items = client.get("/api/echoes").json()["items"]
    assert len(items) == 1
    group = items[0]
    assert group["articles"] == 2 and group["first"]["speaker"] == "Eve Smith"
    assert group["flags"][0] == "reattributed" and "altered" in group["flags"]
    assert client.get("/api/echoes", params={"flagged": "trimmed"}).json()["items"] == []
    page = client.get("/echoes")
    assert page.status_code == 200 and f"/echoes/{group['group']}" in page.text
    assert SCRIPT not in page.text and "&lt;script&gt;" in page.text


def test_a_groups_page_marks_what_changed_and_who_it_was_given_to(client):
    group = client.get("/api/echoes").json()["items"][0]["group"]
    detail = client.get(f"/api/echoes/{group}").json()
    later = detail["appearances"][1]
    assert later["speaker"] == "John Doe" and {"kind": "altered", "before": "agreement", "after": "deal"} in \
        later["differences"]
    page = client.get(f"/echoes/{group}")
    assert page.status_code == 200
    assert '<span class="altered">deal</span>' in page.text and '<span class="altered">agreement</span>' in page.text
    assert "reattributed: the first gave these words to Eve Smith" in page.text
    assert SCRIPT not in page.text
    assert client.get("/echoes/999999").status_code == 404
    assert client.get("/api/echoes/999999").json()["error"]["code"] == "not_found"


def test_a_statement_with_echoes_links_its_group(client):
    group = client.get("/api/echoes").json()["items"][0]["group"]
    home = client.get("/").text
    assert f'href="/echoes/{group}"' in home
    article = client.get("/articles/1").text
    assert f'href="/echoes/{group}"' in article
    assert 'href="/echoes/' not in client.get("/articles/3").text


def test_the_echoes_command_lists_shows_and_exports_the_group(tmp_path, reader):
    import csv
    import io
    import json

    from click.testing import CliRunner

    from onrecord.cli import main

    db = tmp_path / "echo.db"
    with Store.open(str(db)) as store:
        store.save(quoting("Eve Smith", WORDS.format("agreement"), "2024-01-02", "First Post", 1))
        store.save(quoting("John Doe", WORDS.format("deal"), "2024-01-05", "Second Post", 2))
        group = store.echoes()[0]["group"]
    listed = CliRunner().invoke(main, ["echoes", "--db", str(db)])
    assert listed.exit_code == 0 and "reattributed, altered" in listed.output and "Eve Smith" in listed.output
    shown = CliRunner().invoke(main, ["echoes", str(group), "--db", str(db)])
    assert shown.exit_code == 0 and "[ALTERED, REATTRIBUTED]" in shown.output
    assert "altered  'agreement' -> 'deal'" in shown.output
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(main, ["echoes", "--db", str(db), "--format", "csv"]
                                                              ).output)))
    assert [(r["speaker"], r["first"]) for r in rows] == [("Eve Smith", "True"), ("John Doe", "False")]
    assert json.loads(rows[1]["differences"]) == [{"kind": "altered", "before": "agreement", "after": "deal"}]
    missing = CliRunner().invoke(main, ["echoes", "999", "--db", str(db)])
    assert missing.exit_code != 0 and "no echo group 999" in missing.stderr


def test_head_is_answered_on_the_echo_routes(client):
    group = client.get("/api/echoes").json()["items"][0]["group"]
    for path in ("/echoes", f"/echoes/{group}", "/api/echoes", f"/api/echoes/{group}"):
        got, head = client.get(path), client.head(path)
        assert got.status_code == head.status_code == 200 and head.content == b"", path
        assert head.headers.get("content-length") == got.headers.get("content-length"), path
