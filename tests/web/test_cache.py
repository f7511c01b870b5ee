"""The web face's page cache (``onrecord.web.cache``) over a real SQLite store: answers are kept and
given again unchanged, and never outlive a write — through this server or by another process.

Each test makes its own store of small synthetic articles (no model needed) and drives the real
application with FastAPI's TestClient; a second ``Store`` on the same file stands for another process
(``onrecord ingest`` while the server runs).
"""

from __future__ import annotations

import asyncio
import time
import warnings

import anyio
import anyio.to_thread
import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():  # Starlette's notice about httpx's successor, not about this code
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from live import reading  # noqa: E402  (tests/web/live.py)

from onrecord.store.store import Store  # noqa: E402
from onrecord.web.app import make_app  # noqa: E402
from onrecord.web.cache import CACHE_HEADER  # noqa: E402

HIT = CACHE_HEADER.decode()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cache.db"
    with Store.open(str(path)) as store:
        for n in range(3):
            store.save(reading(n))
    return path


def client_for(store: Store, **options) -> TestClient:
    return TestClient(make_app(store, token="t0ken", **options))


def test_the_store_version_rises_with_every_write_and_not_with_reads(db):
    with Store.open(str(db)) as store:
        before = store.version()
        store.statements(search="engines")
        store.speakers()
        assert store.version() == before
        store.save(reading(10))
        assert store.version() == before + 1
        store.save(reading(11, "Ada Byron"))
        store.merge_speakers("Ada Byron", "Ada Lovelace")
        assert store.version() == before + 3


def test_a_second_request_is_answered_from_the_cache_with_the_same_bytes(db):
    with Store.open(str(db)) as store:
        client = client_for(store)
        for path in ("/api/statements?search=engines", "/speakers/1", "/api/speakers/1", "/", "/outlets/Daily"):
            first, second = client.get(path), client.get(path)
            assert first.status_code == second.status_code == 200, path
            assert (first.headers[HIT], second.headers[HIT]) == ("miss", "hit"), path
            assert second.content == first.content, path
            assert second.headers["content-type"] == first.headers["content-type"]
            assert second.headers["content-security-policy"] == first.headers["content-security-policy"]
        # another query string is another answer
        assert client.get("/api/statements?search=engines&limit=1").headers[HIT] == "miss"


def test_errors_health_and_static_files_are_never_kept(db):
    with Store.open(str(db)) as store:
        client = client_for(store)
        for _ in range(2):
            missing = client.get("/api/speakers/999999")
            assert missing.status_code == 404 and HIT not in missing.headers
            assert HIT not in client.get("/api/health").headers
            assert HIT not in client.get("/static/onrecord.css").headers


def test_an_ingest_through_the_server_is_seen_at_once(db, reader):
    with Store.open(str(db)) as store:
        client = client_for(store, reader=reader)
        before = client.get("/api/statements?search=turbines").json()["items"]
        assert before == [] and client.get("/api/statements?search=turbines").headers[HIT] == "hit"
        text = "Grace Hopper said that the turbines were loud.\n"
        posted = client.post("/api/ingest", json={"text": text, "url": "https://example.org/g"},
                             headers={"Authorization": "Bearer t0ken"})
        assert posted.status_code == 201, posted.text
        after = client.get("/api/statements?search=turbines")
        assert after.headers[HIT] == "miss"
        assert [(item["speaker"], "turbines" in item["content"][0]["text"]) for item in after.json()["items"]] == \
            [("Grace Hopper", True)]


def test_a_write_by_another_process_is_seen_within_the_check_interval(db, monkeypatch):
    monkeypatch.setattr("onrecord.web.app.CACHE_STALE_FOR", 0.5)  # answers kept before a write: given 0.5 s more
    with Store.open(str(db)) as store, Store.open(str(db)) as other:
        client = client_for(store)
        assert client.get("/api/statements?search=widgets").json()["items"] == []
        assert client.get("/api/statements?search=widgets").headers[HIT] == "hit"
        other.save(reading(20, "Grace Hopper", "widgets"))
        time.sleep(1.1)  # the cache asks for the store's version at most once a second
        found = client.get("/api/statements?search=widgets")
        assert found.headers[HIT] == "miss"
        assert [item["speaker"] for item in found.json()["items"]] == ["Grace Hopper"]
        # a merge is a write too: the speaker page kept before it is not given again
        page = client.get("/api/speakers/Grace Hopper").json()
        other.merge_speakers("Grace Hopper", "Ada Lovelace")
        time.sleep(1.1)
        assert client.get("/api/speakers/Grace Hopper").status_code in (200, 404)
        merged = client.get(f"/api/speakers/{page['id']}")
        assert merged.headers.get(HIT) != "hit"


def test_a_browser_holding_the_page_gets_304(db):
    with Store.open(str(db)) as store:
        client = client_for(store)
        client.get("/speakers/1")
        kept = client.get("/speakers/1")
        etag = kept.headers["etag"]
        assert kept.headers["cache-control"] == "no-cache"
        again = client.get("/speakers/1", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        other = client.get("/speakers/1", headers={"If-None-Match": '"something-else"'})
        assert other.status_code == 200 and other.content == kept.content


def test_memory_is_bounded_and_the_least_recent_answer_goes_first(db):
    with Store.open(str(db)) as store:
        app = make_app(store, token=None, cache_bytes=40_000)
        client = TestClient(app)
        paths = [f"/api/statements?search=engines&limit={n}" for n in range(1, 80)]
        for path in paths:
            assert client.get(path).status_code == 200
        cache = next(m for m in _middleware(app) if type(m).__name__ == "PageCache")
        assert sum(len(client.get(p).content) for p in paths) > 2 * 40_000  # more than fits
        assert 0 < cache.size <= 40_000
        assert sum(e.cost for e in cache.entries.values()) == cache.size
        assert all(e.cost > len(e.body) for e in cache.entries.values())
        assert client.get(paths[-1]).headers[HIT] == "hit"
        assert client.get(paths[0]).headers[HIT] == "miss"  # dropped to make room


def test_no_cache_when_turned_off(db):
    with Store.open(str(db)) as store:
        client = client_for(store, cache_bytes=0)
        for _ in range(2):
            assert HIT not in client.get("/speakers/1").headers


def _middleware(app):
    """The built middleware stack of ``app``, outermost first (built by the first request)."""
    layer = app.middleware_stack
    while layer is not None:
        yield layer
        layer = getattr(layer, "app", None)


def test_requests_for_an_answer_being_made_wait_for_it_instead_of_making_it_again():
    """PageCache over a slow little ASGI app: twenty requests at once for one path make it once;
    another path is made on its own; an answer that is not kept (an error) is made for each."""
    import httpx

    from onrecord.web.cache import PageCache

    made: list[str] = []

    async def slow(scope, receive, send):
        made.append(scope["path"])
        await asyncio.sleep(0.05)
        status = 404 if scope["path"] == "/missing" else 200
        body = f"{scope['path']} #{len(made)}".encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    cache = PageCache(slow, version=lambda: 1, max_bytes=1_000_000)

    async def main():
        transport = httpx.ASGITransport(app=cache)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            await client.get("/warm")  # the first request asks for the store's version
            answers = await asyncio.gather(*(client.get("/page") for _ in range(20)),
                                           client.get("/other"), *(client.get("/missing") for _ in range(3)))
        return answers

    answers = asyncio.run(main())
    pages, other, missing = answers[:20], answers[20], answers[21:]
    assert made.count("/page") == 1 and made.count("/other") == 1
    assert {r.text for r in pages} == {pages[0].text} and pages[0].status_code == 200
    assert sorted(r.headers[HIT] for r in pages) == ["hit"] * 19 + ["miss"]
    assert other.status_code == 200 and other.text.startswith("/other")
    assert [r.status_code for r in missing] == [404] * 3 and made.count("/missing") == 3


class Record:
    """A stand-in store for PageCache alone: a version, and an ASGI app whose pages show it."""

    def __init__(self):
        self.v = 1
        self.gate = asyncio.Event()
        self.version_delay = 0.0
        self.answer_gate: asyncio.Event | None = None  # holds a POST's answer after its commit
        self.after_gate: asyncio.Event | None = None  # holds a POST's return after its answer

    def version(self) -> int:
        seen = self.v  # the read transaction's snapshot
        if self.version_delay:
            time.sleep(self.version_delay)  # the check waits for its thread and the database
        return seen

    async def app(self, scope, receive, send):
        if scope["method"] == "POST":
            self.v += 1  # the write commits
            if self.answer_gate:
                await self.answer_gate.wait()  # the answer is being made (serialising, a slow client)
            status, body = 201, b"stored"
        else:
            seen = self.v  # the read transaction's snapshot
            if scope["path"] == "/slow":
                await self.gate.wait()  # rendering, or queued for a thread
            elif scope["path"].startswith("/busy"):
                await anyio.to_thread.run_sync(time.sleep, 0.5)  # a sync route taking half a second
            status, body = 200, f"v{seen}".encode()
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": body})
        if scope["method"] == "POST" and self.after_gate:
            await self.after_gate.wait()  # answered, but the app has not returned yet


async def call(cache, path: str, method: str = "GET", heard: asyncio.Event | None = None
               ) -> tuple[str, str | None]:
    """One request through ``cache``: the body and the cache header; ``heard`` is set when the
    whole answer has been sent (the client has it, whatever the app does after)."""
    out: dict = {}

    async def send(message):
        if message["type"] == "http.response.start":
            out["headers"] = dict(message["headers"])
        else:
            out["body"] = message.get("body", b"")
            if heard is not None and not message.get("more_body", False):
                heard.set()

    async def receive():
        return {"type": "http.request", "body": b""}

    await cache({"type": "http", "method": method, "path": path, "query_string": b"", "headers": []}, receive, send)
    hit = out["headers"].get(CACHE_HEADER)
    return out["body"].decode(), hit.decode() if hit else None


def test_an_answer_read_before_a_write_and_finished_after_it_is_not_given_again():
    from onrecord.web.cache import PageCache

    async def main():
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000)
        assert await call(cache, "/other") == ("v1", "miss")
        before = asyncio.create_task(call(cache, "/slow"))  # reads v1, then waits
        await asyncio.sleep(0.05)
        assert await call(cache, "/api/ingest", "POST") == ("stored", None)  # the client now expects v2
        record.gate.set()
        assert await before == ("v1", "miss")  # it read before the write: right for its request...
        record.version_delay = 0.3
        slow_check = asyncio.create_task(call(cache, "/slow"))  # starts the version check
        await asyncio.sleep(0.05)
        after = await call(cache, "/slow")  # ...and not kept for the requests after the write
        assert after[0] == "v2" and (await slow_check)[0] == "v2"
        assert await call(cache, "/other") == ("v2", "miss")

    asyncio.run(main())


def test_a_write_by_another_process_is_seen_in_time_while_slow_pages_fill_the_query_threads():
    from onrecord.web.cache import PageCache

    async def main():
        anyio.to_thread.current_default_thread_limiter().total_tokens = 4  # what the server's lifespan sets
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000, stale_for=0.3)
        assert await call(cache, "/") == ("v1", "miss")
        written = time.monotonic()
        record.v = 2  # onrecord ingest, in another process, commits
        crawler = [asyncio.create_task(call(cache, f"/busy{i}")) for i in range(24)]  # 3 s of queued work

        async def probe() -> tuple[float, float, str]:
            asked = time.monotonic()
            body, _ = await call(cache, "/")
            return asked - written, time.monotonic() - asked, body

        probes = []
        for _ in range(25):  # readers of the front page, one every 0.1 s, each on its own
            await asyncio.sleep(0.1)
            probes.append(asyncio.create_task(probe()))
        answers = await asyncio.gather(*probes)
        await asyncio.gather(*crawler)
        late = [round(asked, 2) for asked, _, body in answers if body == "v1" and asked > 1.5]
        assert late == [], f"the old front page was given to requests made {late} s after the write"
        slow = [round(took, 2) for _, took, _ in answers if took > 0.5]
        assert slow == [], f"front page requests waited {slow} s (the version check queued behind pages)"
        assert answers[-1][2] == "v2"

    asyncio.run(main())


def test_after_another_process_wrote_a_kept_answer_is_given_while_young_then_made_again():
    from onrecord.web.cache import PageCache

    async def main():
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000, check_every=0.2, stale_for=0.5)
        assert await call(cache, "/p") == ("v1", "miss")
        record.v = 2  # another process wrote
        await asyncio.sleep(0.25)
        assert await call(cache, "/p") == ("v1", "hit")  # the version moved, the answer is 0.25 s old
        await asyncio.sleep(0.35)
        assert await call(cache, "/p") == ("v2", "miss")  # 0.6 s old: made again
        await asyncio.sleep(0.6)
        assert await call(cache, "/p") == ("v2", "hit")  # made at the version last seen: kept, however old
        record.v = 3
        await asyncio.sleep(0.25)
        assert await call(cache, "/p") == ("v3", "miss")  # the version moved and the answer is 0.85 s old
        assert await call(cache, "/p") == ("v3", "hit")
        assert await call(cache, "/api/ingest", "POST") == ("stored", None)  # a write through this server
        assert await call(cache, "/p") == ("v4", "miss")  # seen at once, however young the kept answer

    asyncio.run(main())


def test_a_client_sees_its_own_write_when_a_check_was_under_way_across_it():
    """A check reads v1; the client's POST commits v2 and is answered; its next GET waits for the
    check under way — which must not give it the page made before its write."""
    from onrecord.web.cache import PageCache

    async def main():
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000, check_every=0.2, stale_for=5)
        assert await call(cache, "/p") == ("v1", "miss")
        await asyncio.sleep(0.25)
        record.version_delay = 0.3
        other = asyncio.create_task(call(cache, "/other"))  # starts a check; it reads v1
        await asyncio.sleep(0.05)
        assert await call(cache, "/api/ingest", "POST") == ("stored", None)
        record.version_delay = 0
        assert await call(cache, "/p") == ("v2", "miss")
        await other

    asyncio.run(main())


def test_a_client_sees_its_own_write_when_another_request_saw_the_new_version_first():
    """The POST has committed v2 but not answered yet; another request's check reads v2 (to it, an
    outside write: old answers may go stale). The POSTing client must still not get them."""
    from onrecord.web.cache import PageCache

    async def main():
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000, check_every=0.2, stale_for=5)
        assert await call(cache, "/p") == ("v1", "miss")
        await asyncio.sleep(0.25)
        record.answer_gate = asyncio.Event()
        post = asyncio.create_task(call(cache, "/api/ingest", "POST"))  # commits v2, not answered yet
        await asyncio.sleep(0.01)
        assert await call(cache, "/other") == ("v2", "miss")
        record.answer_gate.set()
        assert await post == ("stored", None)
        assert await call(cache, "/p") == ("v2", "miss")

    asyncio.run(main())


def test_a_client_sees_its_own_write_as_soon_as_it_has_the_answer():
    """The POST's answer is sent but its app has not returned yet (a slow client, work after the
    answer): a GET the client sends on hearing the answer must not get the page made before."""
    from onrecord.web.cache import PageCache

    async def main():
        record = Record()
        cache = PageCache(record.app, version=record.version, max_bytes=1_000_000, check_every=5, stale_for=5)
        assert await call(cache, "/p") == ("v1", "miss")
        record.after_gate, heard = asyncio.Event(), asyncio.Event()
        post = asyncio.create_task(call(cache, "/api/ingest", "POST", heard))
        await heard.wait()
        assert await call(cache, "/p") == ("v2", "miss")
        record.after_gate.set()
        assert await post == ("stored", None)

    asyncio.run(main())


def test_requests_that_write_nothing_leave_the_cache_alone(db, reader):
    with Store.open(str(db)) as store:
        client = client_for(store, reader=reader)
        client.get("/speakers/1")
        for refused in (client.options("/"), client.request("FOO", "/"),
                        client.post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}),
                        client.post("/api/read", json={"text": "Ada Lovelace said that it works."})):
            assert refused.status_code in (200, 401, 405), refused.text
            assert client.get("/speakers/1").headers[HIT] == "hit"


def test_a_long_query_is_answered_but_not_kept_and_keys_count_against_the_memory(db):
    from onrecord.web.cache import MAX_KEY

    with Store.open(str(db)) as store:
        app = make_app(store, token=None, cache_bytes=1_000_000)
        client = TestClient(app)
        long = "/api/statements?search=engines&pad=" + "a" * MAX_KEY
        for _ in range(2):
            answer = client.get(long)
            assert answer.status_code == 200 and HIT not in answer.headers
        padded = [f"/api/statements?search=zzzz&pad={'b' * 900}&n={n}" for n in range(50)]
        for path in padded:
            client.get(path)
        cache = next(m for m in _middleware(app) if type(m).__name__ == "PageCache")
        bodies = sum(len(e.body) for e in cache.entries.values())
        assert cache.size >= bodies + 900 * len(cache.entries)
