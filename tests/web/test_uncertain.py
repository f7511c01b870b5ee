"""Low-confidence statements on the pages and in the API (records.LOW_CONFIDENCE): left out of the pages
by default, shown and marked "uncertain" with ?uncertain=1; the API keeps them all unless asked."""

from __future__ import annotations

import warnings

import pytest
from lxml import html as lxml_html

pytest.importorskip("fastapi")

with warnings.catch_warnings():  # Starlette's notice about httpx's successor, not about this code
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from onrecord.records import LOW_CONFIDENCE, Article, Person, Reading, Span, Speaker, Statement  # noqa: E402
from onrecord.store.store import Store  # noqa: E402
from onrecord.web.app import make_app  # noqa: E402

SURE = "the quince harvest was the best in a decade"
UNSURE = "the quince tax would be doubled next spring"
LATER = "quince growers would meet again in June"


def reading() -> Reading:
    """One speaker, three statements: a confident one, a low-confidence one, another confident one."""
    text = f"Ann Lee said that {SURE}. Ann Lee said that {UNSURE}. Ann Lee said that {LATER}.\n"

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span.of(text, start, start + len(piece))

    ann = Speaker("Ann Lee", "person")
    statements = [Statement("indirect", None, None, [span(content)], ann, confidence=confidence)
                  for content, confidence in ((SURE, 0.8), (UNSURE, LOW_CONFIDENCE - 0.3), (LATER, 0.7))]
    article = Article(text=text, title="Quince day", published="2024-05-06", outlet="Orchard News",
                      body=[Span.of(text, 0, len(text))])
    return Reading(input="quince", article=article, statements=statements, people=[Person("Ann Lee", "person")])


@pytest.fixture(scope="module")
def site(tmp_path_factory, reader):
    with Store.open(str(tmp_path_factory.mktemp("uncertain") / "quince.db")) as s:
        article_id = s.save(reading()).article_id
        with TestClient(make_app(s, token=None, reader=reader)) as c:
            speaker_id = c.get("/api/speakers", params={"search": "Ann Lee"}).json()["items"][0]["id"]
            yield c, {"article": article_id, "speaker": speaker_id}


def rows(page: str) -> dict[str, tuple[set[str], str]]:
    """The statements a page lists, by their content: (the item's classes, its "uncertain" label's text)."""
    found = {}
    for li in lxml_html.fromstring(page).xpath("//li[contains(@class, 'st')]"):
        text = li.text_content()
        key = next((k for k in (SURE, UNSURE, LATER) if k in text), None)
        if key:
            found[key] = (set(li.get("class").split()), "".join(x.text_content() for x in
                                                                li.xpath(".//*[@class='uncertain-label']")))
    return found


def switch_link(page: str) -> str:
    return lxml_html.fromstring(page).xpath("//p[@class='uncertain-switch']/a/@href")[0]


def pages(ids: dict[str, int]) -> list[tuple[str, dict]]:
    return [("/", {}), ("/", {"q": "quince"}), ("/search", {"q": "quince"}), (f"/speakers/{ids['speaker']}", {}),
            (f"/articles/{ids['article']}", {})]


def test_pages_leave_low_confidence_statements_out_by_default(site):
    client, ids = site
    for path, params in pages(ids):
        page = client.get(path, params=params)
        assert page.status_code == 200, path
        found = rows(page.text)
        assert set(found) == {SURE, LATER}, (path, found)
        assert all("uncertain" not in classes and not label for classes, label in found.values()), path
        if not path.startswith("/articles/"):  # an article shows its text, the statement unhighlighted
            assert UNSURE not in page.text, path
        assert "uncertain=1" in switch_link(page.text), path


def test_the_switch_shows_them_marked_uncertain(site):
    client, ids = site
    for path, params in pages(ids):
        default = client.get(path, params=params).text
        page = client.get(switch_link(default))
        assert page.status_code == 200, path
        found = rows(page.text)
        assert set(found) == {SURE, UNSURE, LATER}, (path, found)
        assert "uncertain" in found[UNSURE][0] and found[UNSURE][1] == "uncertain", path
        assert all("uncertain" not in found[k][0] and not found[k][1] for k in (SURE, LATER)), path
        assert "uncertain" not in switch_link(page.text), path  # and back


def test_the_article_keeps_its_statement_numbers_and_marks_the_uncertain_highlight(site):
    client, ids = site
    tree = lxml_html.fromstring(client.get(f"/articles/{ids['article']}").text)
    assert [li.get("id") for li in tree.xpath("//li[starts-with(@id, 'st-')]")] == ["st-1", "st-3"]
    marks = tree.xpath("//mark[contains(@class, 'statement')]")
    assert sorted(m.text_content() for m in marks) == sorted([SURE, LATER])
    assert "1 low-confidence statement left out" in tree.xpath("//p[@class='uncertain-switch']")[0].text_content()
    shown = lxml_html.fromstring(client.get(f"/articles/{ids['article']}", params={"uncertain": 1}).text)
    assert [li.get("id") for li in shown.xpath("//li[starts-with(@id, 'st-')]")] == ["st-1", "st-2", "st-3"]
    unsure = [m for m in shown.xpath("//mark[contains(@class, 'statement')]") if m.text_content() == UNSURE]
    assert len(unsure) == 1 and "uncertain" in unsure[0].get("class").split()
    assert "uncertain" in unsure[0].get("title") and unsure[0].get("data-statement") == "2"


def test_a_list_links_an_uncertain_statement_to_the_article_view_that_shows_it(site):
    client, ids = site
    page = lxml_html.fromstring(client.get("/search", params={"q": "quince", "uncertain": 1}).text)
    links = page.xpath("//li[contains(@class, 'uncertain')]//a[starts-with(@href, '/articles/')]/@href")
    assert links == [f"/articles/{ids['article']}?uncertain=1#st-2"]


def test_the_api_keeps_every_statement_with_its_confidence_and_filters_on_request(site):
    client, ids = site
    items = client.get("/api/statements").json()["items"]
    assert sorted(i["confidence"] for i in items) == sorted([0.8, LOW_CONFIDENCE - 0.3, 0.7])
    kept = client.get("/api/statements", params={"min_confidence": LOW_CONFIDENCE}).json()["items"]
    assert sorted(i["content_text"] for i in kept) == sorted([SURE, LATER])
    assert client.get("/api/statements", params={"min_confidence": 2}).status_code == 422
    article = client.get(f"/api/articles/{ids['article']}").json()
    assert [s["confidence"] for s in article["statements"]] == [0.8, LOW_CONFIDENCE - 0.3, 0.7]
    assert len(client.get(f"/api/speakers/{ids['speaker']}").json()["statements"]) == 3


def test_a_speakers_pages_go_on_over_the_statements_they_show(site, reader, monkeypatch):
    from onrecord.web import pages as web_pages

    client, ids = site
    monkeypatch.setattr(web_pages, "PAGE_SIZE", 1)
    with TestClient(make_app(client.app.state.store, token=None, reader=reader, cache_bytes=0)) as fresh:
        for params, expected in (({}, [LATER, SURE]), ({"uncertain": 1}, [LATER, UNSURE, SURE])):
            seen, url = [], f"/speakers/{ids['speaker']}"
            while url:
                page = fresh.get(url, params=params if url.endswith(str(ids["speaker"])) else None).text
                seen += list(rows(page))
                more = lxml_html.fromstring(page).xpath("//a[@class='more']/@href")
                url = more[0] if more else ""
                assert not more or ("uncertain=1" in more[0]) == bool(params)
            assert seen == expected, params
