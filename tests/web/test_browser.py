"""The pages in a real browser: headless Chromium (through Playwright) against the real server.

uvicorn serves a temporary SQLite store holding the reference article on 127.0.0.1 (a free port, in
a thread). The browser is the system's Chromium — Debian's ``chromium`` package, found at
``$ONRECORD_CHROMIUM``, ``/usr/bin/chromium`` or on PATH; Playwright's own browser downloads are
never used. Without one the tests are skipped, except under ``$CI``, where they fail (``.ci/run``
installs the package). Screenshots go to ``artifacts/screenshots/`` (git-ignored). The last test
needs no browser: it sends oversized bodies to the real server.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from live import free_port  # tests/web/live.py
from test_echo_pages import WORDS, quoting  # tests/web/test_echo_pages.py

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
SHOTS = ROOT / "artifacts" / "screenshots"


def find_chromium() -> str | None:
    for candidate in (os.environ.get("ONRECORD_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def need(what: str, reason: str) -> None:
    """Fail under CI (the browser test must run there), skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"{what}: {reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(f"{what}: {reason}")


@pytest.fixture(scope="module")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        need("no Chromium", "install Debian's chromium (apt-get install chromium) or set $ONRECORD_CHROMIUM")
    return path  # type: ignore[return-value]


@pytest.fixture(scope="module")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("no Playwright", "pip install playwright (the test extra); its browsers are not needed")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, reader):
    """The real server (uvicorn) over a store with the reference article: (base URL, article id)."""
    import uvicorn

    from onrecord.store.store import Store
    from onrecord.web.app import LOOPBACK_HOSTS, make_app

    store = Store.open(str(tmp_path_factory.mktemp("browser") / "record.db"))
    article_id = store.save(reader.read(REFERENCE)).article_id
    for n, (who, word, day, outlet) in enumerate([("Eve Smith", "agreement", "2024-01-02", "First Post"),
                                                   ("John Doe", "deal", "2024-01-05", "Second Post")], 1):
        store.save(quoting(who, WORDS.format(word), day, outlet, n))  # one echo, altered and reattributed
    port = free_port()
    app = make_app(store, token=None, reader=reader, allowed_hosts=LOOPBACK_HOSTS)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", article_id
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def overlaps(mark: dict, content: dict) -> bool:
    """A highlighted mark stands for a gold statement when their places overlap and one's text holds a
    piece of the other's."""
    if not (mark["start"] < content["end"] and content["start"] < mark["end"]):
        return False
    a, b = " ".join(mark["text"].split()), " ".join(content["text"].split())
    piece = a[:20] if len(a) < len(b) else b[:20]
    return piece in a and piece in b


def test_article_highlights_search_and_speaker_page(page, server, shared):
    base, article_id = server
    gold = json.loads((shared / "data" / "seed" / "gold.json").read_text(encoding="utf-8"))
    page.goto(f"{base}/articles/{article_id}")
    assert page.locator("h1").first.inner_text().startswith("Azerbaijan offers amnesty")
    marks = page.locator("mark.statement").evaluate_all(
        "els => els.map(e => ({speaker: e.dataset.speaker, start: +e.dataset.start, end: +e.dataset.end,"
        " text: e.textContent, title: e.title}))")
    assert marks and all(m["title"] for m in marks)
    shot(page, "article.png")
    missing = []
    for st in gold["statements"]:
        hits = [m for m in marks if overlaps(m, st["content"])]
        if not any(m["speaker"] == st["speaker"] for m in hits):
            missing.append((st["speaker"], st["content"]["text"][:60], [m["speaker"] for m in hits]))
    assert not missing, missing
    assert len(gold["statements"]) == 16

    # details on click, without JavaScript: the mark links to its entry, which :target brings forward
    first = page.locator("mark.statement").first
    first.click()
    assert "#st-" in page.url
    target = page.locator("li:target")
    assert target.count() == 1 and target.locator(".who").inner_text()

    # on to Hikmat Hajiyev's page
    page.locator(".statement-list a.who", has_text="Hikmat Hajiyev").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text().strip() == "Hikmat Hajiyev"
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("text=Azerbaijani presidential advisor").count() >= 1
    shot(page, "speaker.png")

    # search from the box
    page.fill("#q", "amnesty")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=amnesty")
    assert page.locator("#statements li").count() >= 5
    assert page.locator("#articles li").count() == 1
    shot(page, "search.png")
    page.locator("#articles a").first.click()
    page.wait_for_url(f"**/articles/{article_id}")
    assert not page.problems, page.problems  # type: ignore[attr-defined]  # no CSP violation, no error


def test_home_and_outlet_pages(page, server):
    base, _ = server
    page.goto(base + "/")
    assert page.locator("ol.speakers li").count() >= 4
    shot(page, "home.png")
    page.locator("ul.outlets a", has_text="OC Media").click()
    page.wait_for_url("**/outlets/*")
    assert page.locator("h1").inner_text() == "OC Media"
    assert page.locator("table.shares").inner_text().count("%") >= 4
    shot(page, "outlet.png")
    assert not page.problems, page.problems  # type: ignore[attr-defined]


def test_echo_pages(page, server):
    base, _ = server
    page.goto(base + "/")
    page.locator("header nav a", has_text="Echoes").click()
    page.wait_for_url("**/echoes")
    assert page.locator("ol.echoes li").count() == 1
    assert page.locator("ol.echoes .flag-reattributed").count() == 1
    shot(page, "echoes.png")
    page.locator("ol.echoes li a").first.click()
    page.wait_for_url("**/echoes/*")
    variants = page.locator("ol.variants li.variant")
    assert variants.count() == 2
    later = variants.nth(1)
    assert later.locator("span.altered").all_inner_texts() == ["agreement", "deal"]  # the first form, then this
    assert "reattributed" in later.locator(".who").inner_text().lower()
    shot(page, "echo.png")
    page.locator("ol.variants li.variant").first.locator(".meta a", has_text="Story 1").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("a.echoed").count() == 1
    assert not page.problems, page.problems  # type: ignore[attr-defined]


def test_who_gets_quoted_pages(page, server):
    base, _ = server
    page.goto(base + "/")
    page.locator("header nav a", has_text="Who gets quoted").click()
    page.wait_for_url("**/report")
    assert page.locator("section.report-slice").count() == 1  # the whole record
    page.goto(base + "/report?outlet=OC%20Media&outlet=First%20Post")
    slices = page.locator("section.report-slice")
    assert slices.count() == 2
    oc = slices.nth(0)
    assert oc.locator("h2").inner_text() == "OC Media"
    assert oc.locator("svg.sharebar rect").count() >= 2  # persons and a group; men and one of unknown gender
    assert "Hikmat Hajiyev (6, male)" in oc.locator("svg.topchart").text_content()
    shot(page, "report.png")
    oc.locator("h2 a").click()
    page.wait_for_url("**/outlets/*")
    assert page.locator(".who-quoted").count() == 1
    shot(page, "outlet.png")
    assert not page.problems, page.problems  # type: ignore[attr-defined]


def test_real_server_refuses_large_bodies_unread(server):
    """Over uvicorn, not the test client: a declared 20 MB body and a streamed one both get 413."""
    import httpx

    base, _ = server
    declared = httpx.post(f"{base}/api/read", content=b"x" * 20_000_000, headers={"content-type": "application/json"},
                          timeout=30)
    assert declared.status_code == 413 and declared.json()["error"]["code"] == "body_too_large"
    assert "default-src 'self'" in declared.headers["content-security-policy"]

    def stream():  # no Content-Length: the server counts what arrives and stops at the limit
        for _ in range(200):
            yield b"x" * 100_000

    try:
        streamed = httpx.post(f"{base}/api/read", content=stream(), headers={"content-type": "application/json"},
                              timeout=30)
    except httpx.HTTPError:  # the server may close the connection before the client has sent everything
        return
    assert streamed.status_code == 413, streamed.text
