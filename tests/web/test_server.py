"""A server that stays up: a real ``onrecord serve`` on 127.0.0.1 (a subprocess, a free port) against
hostile and mistaken clients (issue 13).

- ids and cursors that are not ids (``²``, over 2^63, 5,000 digits) get 4xx, never 500;
- client mistakes (a NUL in a search, an id out of range) get 4xx whose messages name nothing of the
  server; a search with no word in it (``*``) finds the same nothing in the API and on the page;
- reading runs in worker processes: a slow read does not hold up ``/api/health`` or cached pages, a
  read over the time limit is cut off, a full queue answers 503 with ``Retry-After``;
- half-sent headers and bodies are cut off after the header and body timeouts.

The store is made of small synthetic articles (no model needed to fill it); the tests that read
start a server whose read worker loads the model (seconds), once per module.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")

from live import ROOT, Server, reading  # noqa: E402  (tests/web/live.py)

from onrecord.store.store import Store  # noqa: E402

REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
BIG = "9" * 5000


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("ONRECORD_TOKEN", None)
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, **kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("server") / "live.db"
    with Store.open(str(path)) as store:
        for n in range(3):
            store.save(reading(n))
    return path


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    srv = Server(str(db), tmp_path_factory.mktemp("log"), "--header-timeout", "1", "--body-timeout", "1")
    yield srv
    srv.stop()


def assert_client_error(response: httpx.Response, *statuses: int) -> dict:
    assert response.status_code in (statuses or range(400, 500)), (response.status_code, response.text[:300])
    if response.headers.get("content-type", "").startswith("application/json"):
        error = response.json()["error"]
        assert "\n" not in error["message"]
        for secret in ("live.db", "store ", "sqlite", "/tmp", "postgres", "127.0.0.1"):
            assert secret not in error["message"].lower(), error
        return error
    return {}


def cursor_of(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


# --- ids and cursors: one parser --------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["²", "99999999999999999999999", str(2**63 + 1), BIG, "-1", "٣"])
def test_ids_that_are_no_ids_get_404_never_500(server, ref):
    for path in (f"/api/speakers/{ref}", f"/api/articles/{ref}", f"/speakers/{ref}", f"/articles/{ref}"):
        response = httpx.get(server.url + path, headers={"accept": "application/json"}, timeout=10)
        assert_client_error(response, 404)


@pytest.mark.parametrize("ref", ["²", "99999999999999999999999", "9999999999", BIG])
def test_a_speaker_filter_that_is_no_id_finds_nothing(server, ref):
    response = httpx.get(server.url + "/api/statements", params={"speaker": ref}, timeout=10)
    assert response.status_code == 200 and response.json()["items"] == [], response.text[:300]


@pytest.mark.parametrize("raw", ["s1:²", f"s1:{2**63 + 1}", f"s1:{BIG}", "s1:-3", "nonsense"])
def test_cursors_that_this_server_did_not_give_get_400(server, raw):
    for path, params in (("/api/statements", {}), ("/search", {"q": "engines"}), ("/", {"q": "engines"})):
        response = httpx.get(server.url + path, params={**params, "cursor": cursor_of(raw)},
                             headers={"accept": "application/json"}, timeout=10)
        assert_client_error(response, 400)


@pytest.mark.parametrize("args", [["speaker", "²"], ["speaker", "99999999999999999999999"], ["speaker", BIG],
                                  ["merge-speakers", "²", "1"], ["merge-speakers", "1", str(2**63 + 1)],
                                  ["split-speaker", "1", BIG, "Someone"]])
def test_the_cli_says_one_line_for_ids_that_are_no_ids(db, args):
    result = cli(*args, "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert len(result.stderr) < 300


# --- client mistakes: 4xx that name nothing of the server ---------------------------------------------------


def test_a_nul_in_a_search_is_a_client_error_that_names_nothing_of_the_store(server):
    for path, params in (("/api/statements", {"search": "engines\x00"}), ("/api/speakers", {"search": "Ada\x00"}),
                         ("/search", {"q": "engines\x00"}), ("/api/statements", {"outlet": "Daily\x00"}),
                         ("/api/statements", {"speaker": "Ada\x00"})):
        response = httpx.get(server.url + path, params=params, headers={"accept": "application/json"}, timeout=10)
        assert_client_error(response, 400)


def test_a_search_without_words_finds_the_same_in_the_api_and_on_the_page(server):
    for q in ("*", "\"\"", "-", "*engines*"):
        api = httpx.get(server.url + "/api/statements", params={"search": q}, timeout=10)
        page = httpx.get(server.url + "/search", params={"q": q}, timeout=10)
        assert api.status_code == page.status_code == 200
        on_page = page.text.count('<li class="st')
        assert len(api.json()["items"]) == on_page, (q, len(api.json()["items"]), on_page)
    assert httpx.get(server.url + "/api/statements", params={"search": "*"}).json()["items"] == []


def test_the_python_api_refuses_a_nul_in_client_text_on_either_store(db):
    from onrecord.errors import QueryError

    with Store.open(str(db)) as store:
        for call in (lambda: store.statements(search="a\x00b"), lambda: store.statements(outlet="a\x00"),
                     lambda: store.speakers(search="\x00"), lambda: store.speaker("Ada\x00")):
            with pytest.raises(QueryError, match="NUL"):
                call()
        assert store.statements(search="*") == [] and len(store.statements(search="  ")) == 3


# --- slow clients: header and body deadlines ---------------------------------------------------------------


def raw_exchange(server: Server, data: bytes, trickle: bytes = b"", wait: float = 8.0) -> tuple[bytes, float]:
    """Send ``data`` (then ``trickle`` a byte every 0.2 s) and read until the server closes: (answer, seconds)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as s:
        s.sendall(data)
        answer = b""
        for byte in trickle:
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.2)
        try:
            while chunk := s.recv(4096):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return answer, time.monotonic() - started


def test_half_sent_headers_are_cut_off_after_the_header_timeout(server):
    answer, took = raw_exchange(server, b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    assert answer.startswith(b"HTTP/1.1 408") and took < 4, (answer, took)
    # a slowloris: one byte of a header every 0.2 s, never the end
    answer, took = raw_exchange(server, b"GET /api/health HTTP/1.1\r\n", trickle=b"X-Slow: " + b"a" * 60)
    assert answer.startswith(b"HTTP/1.1 408") and took < 4, (answer, took)
    # a whole request is answered as before, and a keep-alive connection serves the next one
    with httpx.Client() as client:
        assert [client.get(server.url + "/api/health").status_code for _ in range(3)] == [200, 200, 200]


def test_a_half_sent_body_is_cut_off_after_the_body_timeout(server):
    head = (b"POST /api/read HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n")
    answer, took = raw_exchange(server, head + b'{"text": "')
    assert answer.startswith(b"HTTP/1.1 408") and b"body_timeout" in answer and took < 4, (answer, took)


# --- reading in worker processes: the server stays up --------------------------------------------------------


@pytest.fixture(scope="module")
def reading_server(db, tmp_path_factory):
    """A server whose one read worker has 3 s per read and a queue of one; ready once a small read answers."""
    srv = Server(str(db), tmp_path_factory.mktemp("log"), "--read-timeout", "3", "--read-queue", "1",
                 token="t0ken")
    small = {"text": "Ada Lovelace said that the engines were ready."}
    assert httpx.post(srv.url + "/api/read", json=small, timeout=120).status_code == 200
    yield srv
    srv.stop()


def probe_while(server: Server, busy: threading.Thread, paths: list[str]) -> list[float]:
    """Seconds each GET of ``paths`` took, in turn, while ``busy`` runs."""
    took = []
    with httpx.Client(base_url=server.url, timeout=30) as client:
        while busy.is_alive():
            for path in paths:
                started = time.monotonic()
                assert client.get(path).status_code == 200
                took.append(time.monotonic() - started)
            time.sleep(0.05)
    return took


def test_a_hostile_read_holds_up_neither_health_nor_cached_pages(reading_server):
    cached = "/api/statements?search=engines"
    httpx.get(reading_server.url + cached)
    answers: list[httpx.Response] = []
    hostile = threading.Thread(target=lambda: answers.append(httpx.post(
        reading_server.url + "/api/read", json={"text": "<" * 12000}, timeout=60)))
    hostile.start()
    time.sleep(0.2)
    took = probe_while(reading_server, hostile, ["/api/health", cached])
    assert max(took) < 0.5, (max(took), len(took))
    assert answers[0].status_code in (200, 422), answers[0].text[:300]  # read, or cut off at 3 s


def test_a_read_over_the_time_limit_is_cut_off_and_a_full_queue_answers_503(reading_server):
    long = {"text": REFERENCE.read_text(encoding="utf-8") * 25}  # about 250 KB: well over 3 s to read
    answers: dict[str, httpx.Response] = {}

    def post(name: str) -> None:
        answers[name] = httpx.post(reading_server.url + "/api/read", json=long, timeout=120)

    first, second = threading.Thread(target=post, args=("first",)), threading.Thread(target=post, args=("second",))
    started = time.monotonic()
    first.start()
    time.sleep(0.5)
    second.start()  # waits for the one worker: the queue is full
    time.sleep(0.5)
    third = httpx.post(reading_server.url + "/api/read", json=long, timeout=10)
    assert third.status_code == 503 and int(third.headers["retry-after"]) >= 1, third.text[:300]
    assert third.json()["error"]["code"] == "busy"
    first.join()
    error = answers["first"].json()["error"]
    assert answers["first"].status_code == 422 and error["code"] == "read_timeout", answers["first"].text[:300]
    assert time.monotonic() - started < 10
    second.join()
    assert answers["second"].status_code == 422
    # the workers cut off were replaced: the next read is answered
    small = {"text": "Ada Lovelace said that the engines were ready."}
    assert httpx.post(reading_server.url + "/api/read", json=small, timeout=120).status_code == 200


def test_nul_in_an_ingested_article_is_stripped_at_the_door(reading_server):
    body = {"text": "Ada Lovelace said that the looms\x00 were ready.", "title": "Looms\x00",
            "url": "https://example.org/looms\x00"}
    response = httpx.post(reading_server.url + "/api/ingest", json=body, timeout=120,
                          headers={"authorization": "Bearer t0ken"})
    assert response.status_code == 201, response.text[:300]
    stored = httpx.get(f"{reading_server.url}/api/articles/{response.json()['article_id']}").json()
    article = stored["article"]
    assert "\x00" not in article["text"] + article["url"] and article["title"] == "Looms", article
