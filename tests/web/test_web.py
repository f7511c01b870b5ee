"""The web face (``onrecord.web.app``): every API route, pagination, the one error shape, security, pages.

A temporary SQLite store holds the reference article (read with ``Reader``) and a hostile article
whose text, title, outlet and speaker carry markup; FastAPI's TestClient drives the application.
"""

from __future__ import annotations

import json
import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import html as lxml_html

pytest.importorskip("fastapi")

with warnings.catch_warnings():  # Starlette's notice about httpx's successor, not about this code
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from onrecord.records import Article, Person, Reading, Span, Speaker, Statement  # noqa: E402
from onrecord.store.store import Store  # noqa: E402
from onrecord.web import markup as web_markup  # noqa: E402
from onrecord.web import pages as web_pages  # noqa: E402
from onrecord.web import queries as web_queries  # noqa: E402
from onrecord.web.app import make_app  # noqa: E402
from onrecord.web.guard import CSP  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
TOKEN = "s3cret-token-for-tests"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def hostile_reading() -> Reading:
    """An article whose every field carries markup that must come out as text."""
    who = f"Eve {SCRIPT}"
    first = f"Eve {SCRIPT} said that {SCRIPT} was harmless."
    second = f" She added that {IMG} alerted nobody."
    text = first + second + "\n"
    c1 = text.index("that", 0)
    c2 = text.index("that", len(first))
    statements = [
        Statement("indirect", Span.of(text, text.index("said"), text.index("said") + 4), Span.of(text, 0, len(who)),
                  [Span.of(text, c1, len(first) - 1)], Speaker(who, "person", [f"hacker {IMG}"]), confidence=0.9),
        Statement("indirect", Span.of(text, text.index("added"), text.index("added") + 5),
                  Span.of(text, len(first) + 1, len(first) + 4), [Span.of(text, c2, len(text) - 2)],
                  Speaker(who, "person", []), confidence=0.8),
    ]
    article = Article(text=text, title=f"Hostile {SCRIPT} {IMG}", published="2024-01-02", outlet=f"Evil {IMG}",
                      body=[Span.of(text, 0, len(text))])
    return Reading(input="hostile", article=article, statements=statements, people=[Person(who, "person")])


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "data" / "seed" / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def record(tmp_path_factory, reader):
    """The store, and the ids of its two articles."""
    db = tmp_path_factory.mktemp("web") / "web.db"
    with Store.open(str(db)) as s:
        ref = s.save(reader.read(REFERENCE))
        bad = s.save(hostile_reading())
        yield s, {"reference": ref.article_id, "hostile": bad.article_id}


@pytest.fixture(scope="module")
def store(record):
    return record[0]


@pytest.fixture(scope="module")
def ids(record):
    return record[1]


@pytest.fixture(scope="module")
def client(store, reader):
    with TestClient(make_app(store, token=TOKEN, reader=reader)) as c:
        yield c


def error_of(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def hajiyev(client) -> dict:
    items = client.get("/api/speakers", params={"search": "hajiyev"}).json()["items"]
    return next(sp for sp in items if sp["name"] == "Hikmat Hajiyev")


# --- the API --------------------------------------------------------------------------------------------------


def test_health_counts_and_openapi(client):
    assert client.get("/api/health").json() == {"status": "ok"}
    counts = client.get("/api/counts").json()
    assert counts["articles"] == 2 and counts["statements"] >= 18
    schema = client.get("/openapi.json").json()
    for path in ("/api/statements", "/api/speakers", "/api/speakers/{speaker}", "/api/articles/{article}",
                 "/api/outlets", "/api/read", "/api/ingest"):
        assert path in schema["paths"], path
    assert "ArticleBody" in schema["components"]["schemas"]
    assert client.get("/redoc").status_code == 404
    docs = client.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text and "/api/statements" in docs.text


def test_statements_filters(client):
    rows = client.get("/api/statements", params={"speaker": "Hikmat Hajiyev"}).json()["items"]
    assert len(rows) >= 6 and {r["speaker"] for r in rows} == {"Hikmat Hajiyev"}
    by_alias = client.get("/api/statements", params={"speaker": "Hajiyev"}).json()["items"]
    assert [r["id"] for r in by_alias] == [r["id"] for r in rows]
    assert all(r["kind"] == "direct" for r in client.get("/api/statements", params={"kind": "direct"}).json()["items"])
    oc = client.get("/api/statements", params={"outlet": "oc media", "limit": 100}).json()["items"]
    assert oc and {r["outlet"] for r in oc} == {"OC Media"}
    found = client.get("/api/statements", params={"search": "amnesty parliament"}).json()["items"]
    assert [r["speaker"] for r in found] == ["Anar Mammadli"]
    assert client.get("/api/statements", params={"since": "2023-09-23", "until": "2023-12"}).json()["items"] == []
    assert len(client.get("/api/statements", params={"since": "2023", "until": "2023-09-22"}).json()["items"]) == len(oc)
    error_of(client.get("/api/statements", params={"since": "yesterday"}), 400, "bad_query")
    error_of(client.get("/api/statements", params={"kind": "sarcastic"}), 400, "bad_query")
    error_of(client.get("/api/statements", params={"limit": 0}), 422, "invalid_request")


def test_statements_cursor_pagination(client):
    everything = client.get("/api/statements", params={"limit": 500}).json()
    assert everything["next"] is None
    ids, cursor, pages = [], None, 0
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/statements", params=params).json()
        assert len(page["items"]) <= 4
        ids += [r["id"] for r in page["items"]]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
        assert isinstance(cursor, str) and not cursor.isdigit()  # opaque, not a bare id
    assert ids == [r["id"] for r in everything["items"]] and len(set(ids)) == len(ids)
    assert pages == -(-len(ids) // 4)
    filtered = client.get("/api/statements", params={"speaker": "Hajiyev", "limit": 2}).json()
    rest = client.get("/api/statements", params={"speaker": "Hajiyev", "limit": 50, "cursor": filtered["next"]}).json()
    assert {r["speaker"] for r in filtered["items"] + rest["items"]} == {"Hikmat Hajiyev"}
    error_of(client.get("/api/statements", params={"cursor": "not-a-cursor"}), 400, "bad_query")


def test_speakers_and_speaker(client):
    items = client.get("/api/speakers").json()["items"]
    assert items[0]["name"] == "Hikmat Hajiyev"
    assert [sp["statement_count"] for sp in items] == sorted((sp["statement_count"] for sp in items), reverse=True)
    assert len(client.get("/api/speakers", params={"limit": 2}).json()["items"]) == 2
    assert [sp["name"] for sp in client.get("/api/speakers", params={"search": "mukhtar"}).json()["items"]] \
        == ["Afgan Mukhtarli"]
    sp = hajiyev(client)
    info = client.get(f"/api/speakers/{sp['id']}").json()
    assert info["name"] == "Hikmat Hajiyev" and "Hajiyev" in info["aliases"]
    assert info["roles"] and info["statements"]
    assert info["per_week"] == {"weeks": [{"week": "2023-09-18", "statements": info["statement_count"]}], "undated": 0}
    assert client.get("/api/speakers/Hikmat Hajiyev").json()["id"] == sp["id"]
    error_of(client.get("/api/speakers/999999"), 404, "not_found")


def test_article(client, store, ids):
    doc = client.get(f"/api/articles/{ids['reference']}").json()
    assert doc["id"] == ids["reference"] and doc["key"].startswith("text:")
    assert doc["article"]["text"] == REFERENCE.read_text(encoding="utf-8")
    assert doc["article"]["title"].startswith("Azerbaijan offers amnesty")
    assert len(doc["statements"]) >= 16
    for st in doc["statements"]:
        assert isinstance(st["id"], int)
        for c in st["content"]:
            assert doc["article"]["text"][c["start"]:c["end"]] == c["text"]
    assert client.get(f"/api/articles/{doc['key']}").json()["id"] == doc["id"]
    error_of(client.get("/api/articles/424242"), 404, "not_found")


def test_a_french_article_says_on_its_page_and_in_the_api_that_it_was_not_attributed(tmp_path, reader):
    with Store.open(str(tmp_path / "fr.db")) as s:
        saved = s.save(reader.read(ROOT / "tests" / "data" / "budget-fr.txt"))
        with TestClient(make_app(s, token=TOKEN, reader=reader)) as c:
            page = c.get(f"/articles/{saved.article_id}")
            doc = c.get(f"/api/articles/{saved.article_id}").json()
    assert page.status_code == 200
    tree = lxml_html.fromstring(page.text)
    said = [" ".join(e.text_content().split()) for e in tree.xpath("//*[contains(@class, 'not-attributed')]")]
    assert said[0] == "not attributed: language fr, direct quotes only"  # "a-t-elle déclaré": no name
    assert said[1].startswith("Not attributed: language fr, direct quotes only. onrecord has no attribution model")
    assert "No statements were found" not in page.text
    assert doc["article"]["language"] == "fr" and doc["statements"] == []
    assert doc["not_attributed"] == "language fr, direct quotes only"


def test_an_english_page_says_nothing_of_attribution(client, ids):
    assert "not-attributed" not in client.get(f"/articles/{ids['reference']}").text
    assert "not_attributed" not in client.get(f"/api/articles/{ids['reference']}").json()


def test_outlets(client):
    items = client.get("/api/outlets").json()["items"]
    oc = next(o for o in items if o["outlet"] == "OC Media")
    assert oc["articles"] == 1 and oc["statements"] >= 16
    assert sum(oc["kinds"].values()) == oc["statements"]
    assert abs(sum(oc["kind_shares"].values()) - 1) < 0.01 and 0 <= oc["unnamed_share"] <= 1
    assert oc["top_speakers"][0]["name"] == "Hikmat Hajiyev" and len(oc["top_speakers"]) <= 5
    one = client.get("/api/outlets/oc media", params={"top": 2}).json()
    assert one["outlet"] == "OC Media" and len(one["top_speakers"]) == 2 and one["latest_articles"]
    error_of(client.get("/api/outlets/Nowhere Gazette"), 404, "not_found")


def test_read_stores_nothing(client):
    before = client.get("/api/counts").json()
    text = "The mayor, John Smith, said that the new bridge would open in May."
    doc = client.post("/api/read", json={"text": text}).json()
    assert doc["article"]["text"] == text
    assert [s["speaker"]["name"] for s in doc["statements"]] == ["John Smith"]
    page = "<html><head><title>Bridge news</title></head><body><article><h1>Bridge</h1>" \
           f"<p>{text}</p><p>Work began last year on the river crossing.</p></article></body></html>"
    doc = client.post("/api/read", json={"html": page, "url": "https://example.org/bridge"}).json()
    assert "John Smith" in doc["article"]["text"] and doc["article"]["url"] == "https://example.org/bridge"
    assert client.get("/api/counts").json() == before
    error_of(client.post("/api/read", json={"text": "a", "html": "<p>b</p>"}), 422, "invalid_request")
    error_of(client.post("/api/read", json={}), 422, "invalid_request")
    error_of(client.post("/api/read", json={"text": "   "}), 422, "bad_input")
    error_of(client.post("/api/read", json={"text": "x", "url": "javascript:alert(1)"}), 422, "invalid_request")
    error_of(client.post("/api/read", content=b"{not json", headers={"content-type": "application/json"}), 422)


# --- security ---------------------------------------------------------------------------------------------------


def test_ingest_needs_the_token(client):
    body = {"text": "The minister, Jane Doe, said that taxes would fall next year.", "title": "Taxes"}
    before = client.get("/api/counts").json()["articles"]
    missing = client.post("/api/ingest", json=body)
    error_of(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    error_of(client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    error_of(client.post("/api/ingest", json=body, headers={"Authorization": TOKEN}), 401, "unauthorized")
    assert client.get("/api/counts").json()["articles"] == before
    auth = {"Authorization": f"Bearer {TOKEN}"}
    stored = client.post("/api/ingest", json=body, headers=auth)
    assert stored.status_code == 201, stored.text
    result = stored.json()
    assert result["created"] is True and result["statements"] == 1 and isinstance(result["article_id"], int)
    again = client.post("/api/ingest", json=body, headers=auth)
    assert again.status_code == 200 and again.json() == {"article_id": result["article_id"], "created": False,
                                                         "statements": 0}
    doc = client.get(f"/api/articles/{result['article_id']}").json()
    assert doc["article"]["title"] == "Taxes" and doc["statements"][0]["speaker"]["name"] == "Jane Doe"
    error_of(client.post("/api/ingest", json={"html": 3}, headers=auth), 422, "invalid_request")


def test_read_only_without_a_token(store, reader):
    with TestClient(make_app(store, token=None, reader=reader)) as c:
        err = error_of(c.post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer "}), 403,
                       "writes_disabled")
        assert "read-only" in err["message"]


def test_body_size_limit(client, store, reader):
    big = b'{"text": "' + b"a" * 20_000_000 + b'"}'
    for path in ("/api/read", "/api/ingest"):
        response = client.post(path, content=big, headers={"content-type": "application/json",
                                                           "Authorization": f"Bearer {TOKEN}"})
        error_of(response, 413, "body_too_large")
    with TestClient(make_app(store, token=TOKEN, reader=reader, max_body=1000)) as small:
        def chunks():  # no Content-Length: counted as it streams
            for _ in range(100):
                yield b"x" * 100

        error_of(small.post("/api/read", content=chunks(), headers={"content-type": "application/json"}), 413,
                 "body_too_large")
        error_of(small.post("/api/read", content=b"1" * 5000, headers={"content-length": "12"}), 413)
        assert small.post("/api/read", json={"text": "The mayor said that it rained."}).status_code == 200


def test_security_headers_everywhere(client, store, ids):
    paths = ["/", "/search?q=amnesty", f"/articles/{ids['reference']}", "/api/health", "/api/statements",
             "/api/nope", "/static/style.css", "/openapi.json", "/docs"]
    for path in paths:
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'self'" in CSP and "'unsafe-inline'" not in CSP and "img-src 'self' data:" in CSP
    error = client.post("/api/ingest", json={})
    assert error.headers["content-security-policy"] == CSP


def assert_escaped(page: str) -> None:
    assert SCRIPT not in page and "<img src=x" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//script") == [] and tree.xpath("//img") == []
    assert not any(k.startswith("on") for el in tree.iter() if isinstance(el.tag, str) for k in el.attrib)


def test_article_text_is_escaped(client, store, ids):
    page = client.get(f"/articles/{ids['hostile']}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert_escaped(page.text)
    marks = lxml_html.fromstring(page.text).xpath("//mark[contains(@class, 'statement')]")
    assert len(marks) == 2 and marks[0].get("data-speaker") == f"Eve {SCRIPT}"  # the attribute, parsed back
    for path in ("/search?q=alert", "/?q=alert", "/search?q=hostile"):
        assert_escaped(client.get(path).text)
    speaker_id = client.get("/api/statements", params={"search": "harmless"}).json()["items"][0]["speaker_id"]
    speaker_page = client.get(f"/speakers/{speaker_id}").text
    assert SCRIPT not in speaker_page and "<svg" in speaker_page and "&lt;script&gt;" in speaker_page
    outlet_page = client.get("/outlets/" + f"Evil {IMG}".replace("/", "%2F")).text
    assert "<img src=x" not in outlet_page and "&lt;img src=x onerror=alert(1)&gt;" in outlet_page
    assert "<script" not in client.get("/").text


def test_host_check(store, reader):
    app = make_app(store, token=None, reader=reader, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as ok:
        assert ok.get("/api/health").status_code == 200
    with TestClient(app, base_url="http://rebound.example") as bad:
        error_of(bad.get("/api/health"), 400, "bad_host")


# --- errors -------------------------------------------------------------------------------------------------------


def test_one_error_shape(client, store, reader):
    error_of(client.get("/api/nothing-here"), 404, "not_found")
    error_of(client.delete("/api/statements"), 405, "method_not_allowed")
    error_of(client.get("/api/statements", params={"limit": "many"}), 422, "invalid_request")
    broken = make_app(store, token=None, reader=reader)

    class Boom:
        def counts(self):
            raise RuntimeError("secret internals")

    broken.state.store = Boom()
    with TestClient(broken, raise_server_exceptions=False) as c:
        err = error_of(c.get("/api/counts"), 500, "internal_error")
        assert "secret" not in err["message"]
        assert c.get("/api/counts").headers["content-security-policy"] == CSP
    page = client.get("/articles/424242", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert 'data-code="not_found"' in page.text


def test_page_errors_are_html_pages_whatever_the_client_accepts(client):
    """A page route answers its errors as an HTML page (escaped, with the headers of every page) also to a
    client that does not name text/html (curl, link checkers: ``*/*`` or no Accept); the API keeps JSON."""
    home = client.get("/")
    cases = [("/speakers/999999", 404, "not_found"), ("/articles/999999", 404, "not_found"),
             ("/no-such-page", 404, "not_found"), (f"/speakers/{SCRIPT}", 404, "not_found"),
             ("/search?q=amnesty&cursor=not-a-cursor", 400, "bad_query"), ("/search?q=" + "x" * 501, 422, None)]
    for path, status, code in cases:
        for accept in ({}, {"accept": "*/*"}, {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}):
            page = client.get(path, headers=accept)
            assert page.status_code == status, (path, accept, page.text)
            assert page.headers["content-type"].startswith("text/html"), (path, accept, page.text)
            tree = lxml_html.fromstring(page.text)
            assert tree.xpath("//p[@data-code]")[0].get("data-code") == (code or "invalid_request")
            assert tree.xpath("//script") == [] and SCRIPT not in page.text
            for name in ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy",
                         "cross-origin-opener-policy", "cross-origin-resource-policy"):
                assert page.headers[name] == home.headers[name], (path, name)
    assert "&lt;script&gt;" in client.get(f"/speakers/{SCRIPT}").text
    posted = client.post("/")
    assert posted.status_code == 405 and posted.headers["content-type"].startswith("text/html")
    # the API, the OpenAPI description and a client that asks for JSON only keep the one JSON shape
    for headers in ({}, {"accept": "text/html"}):
        error_of(client.get("/api/speakers/999999", headers=headers), 404, "not_found")
        error_of(client.get("/api/no-such-route", headers=headers), 404, "not_found")
    error_of(client.get("/speakers/999999", headers={"accept": "application/json"}), 404, "not_found")


def test_head_is_answered_for_every_get_route(client, ids):
    """HEAD answers like GET (status and headers) without the body, on every page and API route."""
    sp = hajiyev(client)
    values = {"article": str(ids["reference"]), "speaker": str(sp["id"]), "name": "OC Media", "path": "style.css"}
    paths = set()
    for route in [*client.app.routes, *web_pages.router.routes]:  # the pages' router, as FastAPI may wrap it
        path, methods = getattr(route, "path", None), getattr(route, "methods", None)
        # no echo group in this store: test_echo_pages.py asks HEAD of those routes
        if path and "{group}" not in path and (methods is None or "GET" in methods):
            path += "/{path}" if methods is None else ""  # a mount (/static)
            paths.add(path.replace(":path}", "}").format(**values))
    assert {"/", "/search", "/docs", "/api/health", "/api/statements", "/openapi.json", f"/speakers/{sp['id']}",
            "/static/style.css"} <= paths
    for path in sorted(paths):
        got, head = client.get(path), client.head(path)
        assert got.status_code == 200, path
        assert head.status_code == 200, (path, head.status_code, head.text)
        assert head.content == b"", path
        for name in ("content-type", "content-length", "content-security-policy", "x-frame-options"):
            assert head.headers.get(name) == got.headers.get(name), (path, name)
    missing = client.head("/speakers/999999")
    assert missing.status_code == 404 and missing.content == b"" and missing.headers["content-security-policy"] == CSP
    error_of(client.delete("/api/statements"), 405, "method_not_allowed")  # other methods are still refused


# --- pages for the reference article --------------------------------------------------------------------------


def marks_of(page: str) -> list[dict]:
    tree = lxml_html.fromstring(page)
    return [{"speaker": m.get("data-speaker"), "start": int(m.get("data-start")), "end": int(m.get("data-end")),
             "text": m.text_content(), "title": m.get("title"), "href": m.getparent().get("href")}
            for m in tree.xpath("//mark[contains(@class, 'statement')]")]


def test_article_page_highlights_the_gold_statements(client, store, gold, ids):
    page = client.get(f"/articles/{ids['reference']}").text
    assert "Azerbaijan offers amnesty to Nagorno-Karabakh soldiers" in page and "OC Media" in page
    assert "2023-09-22" in page
    marks = marks_of(page)
    for m in marks:
        assert m["href"].startswith("#st-") and m["title"] and m["speaker"] in m["title"]
    for st in gold["statements"]:
        c = st["content"]
        hits = [m for m in marks if m["start"] < c["end"] and c["start"] < m["end"]]
        assert any(m["speaker"] == st["speaker"] for m in hits), (st["speaker"], c["text"], hits)
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//li[starts-with(@id, 'st-')]")) == len({m["href"] for m in marks})
    assert tree.xpath("//a[starts-with(@href, '/speakers/')][text()='Hikmat Hajiyev']")


def test_pages_render(client):
    home = client.get("/")
    assert home.status_code == 200 and "Hikmat Hajiyev" in home.text and "statements" in home.text
    results = client.get("/search", params={"q": "amnesty"}).text
    assert "Azerbaijan offers amnesty" in results and "<mark" not in results
    tree = lxml_html.fromstring(results)
    assert tree.xpath("//section[@id='statements']//li") and tree.xpath("//section[@id='articles']//li")
    assert client.get("/", params={"q": "amnesty"}).text.count("<li class=\"st\">") >= 5
    names = client.get("/search", params={"q": "Mukhtarli"}).text
    assert "Afgan Mukhtarli" in names
    assert "No statement says that" in client.get("/search", params={"q": "zzzyzzx"}).text
    sp = hajiyev(client)
    page = client.get(f"/speakers/{sp['id']}").text
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//h1")[0].text_content().strip() == "Hikmat Hajiyev"
    assert "Azerbaijani presidential advisor" in page and "Hajiyev" in page
    assert tree.xpath("//svg//rect[contains(@class, 'bar')]") and tree.xpath("//svg//title")
    assert tree.xpath("//a[starts-with(@href, '/articles/')]")
    outlet = client.get("/outlets/OC Media").text
    assert "Hikmat Hajiyev" in outlet and "unnamed sources" in outlet and "%" in outlet
    for text in (home.text, page, outlet):
        assert "<script" not in text and "cdn" not in text.lower() and "style=" not in text


# --- how a statement's content is shown: quotation marks for direct content only ------------------------------

QUOTED = "“We will win the marmalade vote.”"  # a direct quote whose content has its own marks
BARE = "Marmalade is our future"  # a direct quote whose content has none
MIXED = "the marmalade plan was ‘a disaster’ for all"
INDIRECT = "marmalade prices did not go far enough"
MARKS = "“”‘’\"'«»„"


def kinds_reading() -> Reading:
    """One speaker's direct (with and without its own marks), mixed and indirect statements."""
    parts = ["Ann Lee said: ", QUOTED, " Ann Lee added that ", MIXED, ". Ann Lee said that ", INDIRECT,
             ". Ann Lee told reporters: ", BARE, ".\n"]
    text = "".join(parts)

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span.of(text, start, start + len(piece))

    ann = Speaker("Ann Lee", "person", ["minister"])
    statements = [Statement(kind, span(cue), None, [span(content)], ann, confidence=0.9)
                  for kind, cue, content in (("direct", "said:", QUOTED), ("mixed", "added", MIXED),
                                             ("indirect", "said that", INDIRECT), ("direct", "told", BARE))]
    article = Article(text=text, title="Marmalade day", published="2024-03-04", outlet="Kinds Times",
                      body=[Span.of(text, 0, len(text))])
    return Reading(input="kinds", article=article, statements=statements, people=[Person("Ann Lee", "person")])


@pytest.fixture(scope="module")
def kinds(tmp_path_factory, reader):
    """A client over a store of ``kinds_reading`` only, and the article's id."""
    with Store.open(str(tmp_path_factory.mktemp("kinds") / "kinds.db")) as s:
        article_id = s.save(kinds_reading()).article_id
        with TestClient(make_app(s, token=TOKEN, reader=reader)) as c:
            yield c, article_id


def shown_contents(page: str) -> dict[str, tuple[set[str], str, str]]:
    """Each statement content on a page, by its kind's sample: (classes, label, text after the label)."""
    found: dict[str, tuple[set[str], str, str]] = {}
    for el in lxml_html.fromstring(page).xpath("//*[contains(concat(' ', @class, ' '), ' content ')]"):
        label = "".join(x.text_content() for x in el.xpath("./*[@class='reported']"))
        text = el.text_content().strip()
        rest = text[len(label):].strip() if label and text.startswith(label) else text
        key = next(k for k in (QUOTED, BARE, MIXED, INDIRECT) if k.strip("“”") in rest)
        assert key not in found or found[key] == (set(el.get("class").split()), label, rest), (key, page)
        found[key] = (set(el.get("class").split()), label, rest)
    return found


def assert_kinds_shown(page: str) -> None:
    tree = lxml_html.fromstring(page)
    quoted_by_css = [q.text_content() for q in tree.xpath("//li//q")]  # a <q> draws marks of its own
    assert not quoted_by_css, quoted_by_css
    found = shown_contents(page)
    assert set(found) == {QUOTED, BARE, MIXED, INDIRECT}, found
    # direct: one pair of marks, the content's own where it has them
    assert found[QUOTED][0] >= {"content", "direct"} and found[QUOTED][2] == QUOTED
    assert found[BARE][0] >= {"content", "direct"} and found[BARE][2] == f"“{BARE}”"
    # mixed: as written, its inner marks only
    assert found[MIXED][0] >= {"content", "mixed"} and found[MIXED][2] == MIXED and not found[MIXED][1]
    # indirect: no marks, its own class, and a visible label
    classes, label, text = found[INDIRECT]
    assert classes >= {"content", "indirect"} and "direct" not in classes
    assert text == INDIRECT and label == "reported:" and not any(m in text + label for m in MARKS)
    for doubled in (f"“{QUOTED}", f"{QUOTED}”", f"“{INDIRECT}", f"{INDIRECT}”", f"“{MIXED}", f"{MIXED}”"):
        assert doubled not in tree.text_content(), doubled


def test_home_and_search_show_only_direct_content_in_quotation_marks(kinds):
    client, _ = kinds
    for path, params in (("/", {}), ("/search", {"q": "marmalade"}), ("/", {"q": "marmalade"})):
        page = client.get(path, params=params)
        assert page.status_code == 200, path
        assert_kinds_shown(page.text)


def test_speaker_page_shows_only_direct_content_in_quotation_marks(kinds):
    client, _ = kinds
    speaker_id = client.get("/api/speakers", params={"search": "Ann Lee"}).json()["items"][0]["id"]
    assert_kinds_shown(client.get(f"/speakers/{speaker_id}").text)


def test_article_page_lists_only_direct_content_in_quotation_marks(kinds):
    client, article_id = kinds
    page = client.get(f"/articles/{article_id}").text
    assert_kinds_shown(page)
    marks = marks_of(page)  # the highlighted text stays as the article wrote it
    assert sorted(m["text"] for m in marks) == sorted([QUOTED, MIXED, INDIRECT, BARE])


def test_shown_content_rule():
    def shown(kind: str | None, text: str) -> str:
        c = web_markup.shown_content({"kind": kind, "content_text": text})
        return f"{c.label} {c.opening}{c.text}{c.closing}".strip()

    assert shown("direct", "We won") == "“We won”"
    assert shown("direct", "“We won”") == "“We won”"
    assert shown("direct", "“We won.”") == "“We won.”" and shown("direct", "“We won”.") == "“We won”."
    assert shown("direct", "“We won") == "“We won”"  # a span cut before the closing mark: its partner added
    assert shown("direct", "We won”") == "“We won”"
    assert shown("direct", "‘We won’") == "‘We won’" and shown("direct", "‘We won") == "‘We won’"
    assert shown("direct", "«Nous avons gagné»") == "«Nous avons gagné»"
    assert shown("direct", "„Wir haben gewonnen“") == "„Wir haben gewonnen“"
    assert shown("direct", '"We won"') == '"We won"'
    assert shown("direct", "praise for the soldiers’") == "“praise for the soldiers’”"  # an apostrophe
    assert shown("direct", "We won … and we will win again") == "“We won … and we will win again”"
    assert shown("mixed", "the plan was ‘a disaster’") == "the plan was ‘a disaster’"
    assert shown("indirect", "the amnesty did not go far enough") == "reported: the amnesty did not go far enough"
    assert shown("indirect", "“the amnesty”") == "reported: “the amnesty”"  # as written, nothing added
    assert shown(None, "unknown") == "unknown" and web_markup.shown_content({"kind": "<b>"}).kind == "unknown"


# --- the drawing -------------------------------------------------------------------------------------------------


def test_highlight_precedence():
    text = "Ann said that rain falls. Bob agreed."
    rows = [{"content": [{"start": 9, "end": 24}], "cue": {"start": 4, "end": 8, "text": "said"},
             "source": {"start": 0, "end": 3, "text": "Ann"}, "speaker": "Ann", "speaker_id": 3, "kind": "indirect"},
            {"content": [{"start": 14, "end": 36}], "cue": None, "source": None, "speaker": "Bob", "speaker_id": 4,
             "kind": "direct"}]
    segs = web_markup.highlight(text, rows, [{"start": 26, "end": 36}])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.kind, s.statement) for s in segs] == [
        ("Ann", "source", 0), (" ", None, None), ("said", "cue", 0), (" ", None, None),
        ("that rain falls", "content", 0), (". Bob agreed", "content", 1), (".", None, None)]
    assert segs[4].first and segs[5].first and segs[4].attrs["colour"] == "sp-3"
    assert web_markup.colour(3) == web_markup.colour(3 + web_markup.PALETTE) != web_markup.colour(4)
    assert web_markup.colour(None) == "sp-none" and web_markup.colour(None, "X") == web_markup.colour(None, "x")


def test_week_chart_and_cursor():
    assert web_markup.week_chart([]) is None
    chart = web_markup.week_chart([{"week": "2024-01-01", "statements": 2}, {"week": "2024-01-08", "statements": 0},
                                   {"week": "2024-01-15", "statements": 4}])
    assert chart is not None and chart.y_max == 4 and len(chart.bars) == 2 and chart.weeks == 3
    assert chart.bars[1].height == 2 * chart.bars[0].height and chart.total == 6
    assert chart.bars[1].x > chart.bars[0].x + 2 * chart.bars[0].width  # the empty week is a gap
    assert web_queries.decode_cursor(web_queries.encode_cursor(1234)) == 1234
    assert web_queries.monday(__import__("datetime").date(2023, 9, 22)).isoformat() == "2023-09-18"


def chart_svg(weeks: list[dict]) -> tuple[list[tuple[float, float]], dict[str, tuple[float, str]], float]:
    """The speaker page's chart for ``weeks``, parsed back: bars as (x, x + width), date labels as
    {text: (x, text-anchor)}, and the SVG's width."""
    sp = {"id": 7, "name": "Ada", "kind": "person", "statement_count": 1, "article_count": 1, "first_seen": None,
          "last_seen": None, "aliases": [], "roles": [], "outlets": []}
    page = web_pages.render("speaker.html", sp=sp, chart=web_markup.week_chart(weeks), undated=0, statements=[],
                            next=None).body.decode()
    svg = lxml_html.fromstring(page).xpath("//svg")[0]
    bars = [(float(r.get("x")), float(r.get("x")) + float(r.get("width"))) for r in svg.xpath(".//rect")]
    labels = {t.text: (float(t.get("x")), t.get("text-anchor") or "start") for t in svg.xpath(".//text")
              if t.text and t.text.count("-") == 2}
    return bars, labels, float(svg.get("width"))


def test_week_chart_date_labels_sit_under_their_bars():
    """The first and last date labels are placed on the bars' own scale: each one's x lies within its
    week's bar (few weeks make bars narrower than the chart, many weeks fill it), inside the chart."""
    many = [{"week": (date(2022, 1, 3) + timedelta(weeks=i)).isoformat(), "statements": 1 + i % 4}
            for i in range(0, 80, 3)] + [{"week": "2023-07-10", "statements": 2}]  # 80 weeks, with gaps
    cases = {"few": [{"week": "2024-01-01", "statements": 2}, {"week": "2024-01-15", "statements": 4}],
             "four": [{"week": "2024-01-01", "statements": 1}, {"week": "2024-01-22", "statements": 3}],
             "many": many}
    for name, weeks in cases.items():
        bars, labels, width = chart_svg(weeks)
        first, last = weeks[0]["week"], weeks[-1]["week"]
        assert set(labels) == {first, last}, (name, labels)
        for label, bar in ((last, bars[-1]), (first, bars[0])):
            x, _ = labels[label]
            assert bar[0] <= x <= bar[1], (name, label, x, bar)
            assert 0 <= x <= width, (name, label, x)
        assert labels[last][1] == "end" and labels[first][1] == "start", (name, labels)  # kept inside the chart
    # one week, or two weeks side by side: one label (two would be drawn over each other), under its bar
    for weeks in ([{"week": "2024-01-01", "statements": 2}],
                  [{"week": "2024-01-01", "statements": 2}, {"week": "2024-01-08", "statements": 1}]):
        bars, labels, width = chart_svg(weeks)
        assert list(labels) == [weeks[0]["week"]] and bars[0][0] <= labels[weeks[0]["week"]][0] <= bars[0][1]


def test_serve_command_is_registered():
    import click
    from click.testing import CliRunner

    from onrecord.cli import serve as cli_web
    group = click.Group("onrecord")
    cli_web.register(group)
    result = CliRunner().invoke(group, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "127.0.0.1" in result.output
