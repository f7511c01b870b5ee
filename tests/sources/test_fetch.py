"""onrecord.sources.fetch against real local servers on 127.0.0.1 (no other network).

A fake resolver stands in for DNS: it is an input of the fetcher, so tests map public-looking names
to internal addresses with it. Servers record what reached them, so a refusal can be shown to have
happened before any request was sent.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from onrecord.errors import BlockedAddress, FetchError, FetchTimeout, ResponseTooLarge, RobotsDisallowed
from onrecord.sources.documents import RawDocument
from onrecord.sources.fetch import Fetcher, FetchPolicy

Route = Callable[[BaseHTTPRequestHandler], None]


class Site:
    """A threading HTTP server on 127.0.0.1 with routes by path; it logs (time, path, headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with site.lock:
                    site.log.append((time.monotonic(), self.path, dict(self.headers)))
                route = site.routes.get(self.path.split("?")[0])
                if route is None:
                    send(self, 404, b"not here")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for _, seen, _ in self.log if seen == path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    headers.setdefault("Content-Type", "text/plain; charset=utf-8")
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def reply(status: int, body: bytes = b"", **headers: str) -> Route:
    return lambda handler: send(handler, status, body, **headers)


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    site.routes["/ok"] = reply(200, b"hello", Content_Type="Text/HTML; charset=UTF-8")
    yield site
    site.close()


def local(**changes: object) -> FetchPolicy:
    """A policy for the local test server: private addresses allowed, no waiting."""
    base: dict[str, object] = {"allow_private": True, "per_host_delay": 0.0, "backoff_base": 0.01,
                               "respect_robots": False, "timeout": 5.0}
    return FetchPolicy(**{**base, **changes})  # type: ignore[arg-type]


def fake_dns(table: dict[str, list[str]], calls: list[str] | None = None) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return table[host]

    return resolve


def no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"an IP literal was looked up: {host}")


# -- 1. internal addresses ---------------------------------------------------------------------------

@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "::ffff:127.0.0.1",
                                     "192.168.0.10", "172.16.5.5", "100.64.0.1", "0.0.0.0", "224.0.0.1",
                                     "fc00::5", "fe80::1", "2002:7f00:1::1", "64:ff9b::a00:1"])
def test_names_resolving_to_internal_addresses_are_refused(address: str) -> None:
    calls: list[str] = []
    url = "http://news.example/story"
    with Fetcher(FetchPolicy(respect_robots=False), resolver=fake_dns({"news.example": [address]}, calls)) as fetcher:
        with pytest.raises(BlockedAddress) as caught:
            fetcher.fetch(url)
    assert calls == ["news.example"]  # checked after resolution
    error = caught.value
    assert error.input == url
    assert error.message.startswith(f"refused: news.example resolves to {address}, a")
    assert "(use --allow-private to fetch it)" in error.message
    assert "\n" not in error.one_line()


def test_every_resolved_address_must_be_public() -> None:
    resolver = fake_dns({"mixed.example": ["93.184.216.34", "10.0.0.5"]})
    with Fetcher(FetchPolicy(respect_robots=False), resolver=resolver) as fetcher:
        with pytest.raises(BlockedAddress, match=r"10\.0\.0\.5, a private address"):
            fetcher.fetch("http://mixed.example/")


def test_ip_literals_are_refused_before_connecting(site: Site) -> None:
    with Fetcher(FetchPolicy(respect_robots=False), resolver=no_dns) as fetcher:
        for url in [site.url("/ok"), f"http://[::1]:{site.port}/ok", f"http://2130706433:{site.port}/ok",
                    f"http://127.1:{site.port}/ok", f"http://0x7f.0.0.1:{site.port}/ok", "http://[::ffff:127.0.0.1]/"]:
            with pytest.raises(BlockedAddress, match="loopback address") as caught:
                fetcher.fetch(url)
            assert caught.value.input == url
    assert site.log == []


def test_allow_private_fetches_a_local_server(site: Site) -> None:
    with Fetcher(local(), resolver=no_dns) as fetcher:
        doc = fetcher.fetch(site.url("/ok"))
    assert isinstance(doc, RawDocument)
    assert (doc.data, doc.location, doc.url, doc.media_type) == (b"hello", site.url("/ok"), site.url("/ok"), "text/html")
    assert doc.meta == {"status": 200}
    assert datetime.fromisoformat(doc.fetched or "").utcoffset().total_seconds() == 0
    assert site.log[0][2]["User-Agent"].startswith("onrecord/")


def test_cookies_are_never_sent_back(site: Site) -> None:
    site.routes["/cookie"] = reply(200, b"have one", Set_Cookie="session=abc; Path=/")
    with Fetcher(local()) as fetcher:
        fetcher.fetch(site.url("/cookie"))
        fetcher.fetch(site.url("/ok"))
    assert [headers.get("Cookie") for _, _, headers in site.log] == [None, None]


# -- 2. trusted hosts, redirects and DNS pinning -----------------------------------------------------

def test_connects_to_the_checked_address_with_the_name_in_host(site: Site) -> None:
    # "trusted.test" exists only in the fake resolver: the fetch works only if the fetcher connects to
    # the address it checked instead of looking the name up again.
    policy = local(allow_private=False, allow_private_hosts=frozenset({"Trusted.Test"}))
    with Fetcher(policy, resolver=fake_dns({"trusted.test": ["127.0.0.1"]})) as fetcher:
        doc = fetcher.fetch(site.url("/ok", "trusted.test"))
    assert doc.data == b"hello"
    assert site.log[0][2]["Host"] == f"trusted.test:{site.port}"


@pytest.mark.parametrize("target", ["http://internal.test/", "http://sneaky.test:{port}/ok", "http://127.0.0.1:{port}/ok",
                                    "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/ok"])
def test_internal_addresses_are_refused_behind_a_redirect(site: Site, target: str) -> None:
    target = target.format(port=site.port)
    site.routes["/go"] = reply(302, Location=target)
    dns = {"trusted.test": ["127.0.0.1"], "internal.test": ["10.0.0.7"], "sneaky.test": ["127.0.0.1"]}
    policy = local(allow_private=False, allow_private_hosts=frozenset({"trusted.test"}))
    with Fetcher(policy, resolver=fake_dns(dns)) as fetcher:
        with pytest.raises(BlockedAddress, match="refused: .* address .*after a redirect to") as caught:
            fetcher.fetch(site.url("/go", "trusted.test"))
    assert caught.value.input == site.url("/go", "trusted.test")
    assert [path for _, path, _ in site.log] == ["/go"]


def test_redirects_within_the_limit_are_followed(site: Site) -> None:
    site.routes["/a"] = reply(301, Location="/b")
    site.routes["/b"] = reply(307, Location=site.url("/ok", "trusted.test") + "#frag")
    policy = local(allow_private=False, allow_private_hosts=frozenset({"trusted.test"}), max_redirects=2)
    with Fetcher(policy, resolver=fake_dns({"trusted.test": ["127.0.0.1"]})) as fetcher:
        doc = fetcher.fetch(site.url("/a", "trusted.test"))
    assert (doc.data, doc.location, doc.url) == (b"hello", site.url("/a", "trusted.test"), site.url("/ok", "trusted.test"))


def make_tls(tmp_path: Path, name: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A test CA and a server certificate for ``name`` signed by it: (server context, client context)."""
    from cryptography import x509  # in the test extra: this test never skips
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    def cert(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, signer: ec.EllipticCurvePrivateKey,
             ca: bool) -> x509.Certificate:
        now = datetime.now(UTC)
        builder = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, subject)]))
                   .issuer_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, issuer)]))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if not ca:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_cert = cert("onrecord test CA", ca_key, "onrecord test CA", ca_key, ca=True)
    leaf = cert(name, leaf_key, "onrecord test CA", ca_key, ca=False)
    (tmp_path / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(leaf_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()))
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "key.pem")
    client = ssl.create_default_context(cadata=ca_cert.public_bytes(serialization.Encoding.PEM).decode())
    return server, client


def test_https_is_verified_for_the_name_while_connecting_to_the_checked_address(
        site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server_tls, client_tls = make_tls(tmp_path, "news.test")
    site.server.socket = server_tls.wrap_socket(site.server.socket, server_side=True)
    monkeypatch.setattr(httpx, "create_ssl_context", lambda *args, **kwargs: client_tls)  # trust the test CA
    dns = {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]}
    policy = local(allow_private=False, allow_private_hosts=frozenset({"news.test", "other.test"}), retries=0)
    with Fetcher(policy, resolver=fake_dns(dns)) as fetcher:
        doc = fetcher.fetch(f"https://news.test:{site.port}/ok")
        assert (doc.data, doc.url) == (b"hello", f"https://news.test:{site.port}/ok")
        with pytest.raises(FetchError, match="certificate"):  # same address, but not the name on the certificate
            fetcher.fetch(f"https://other.test:{site.port}/ok")


# -- 3. size cap --------------------------------------------------------------------------------------

def stream(total: int, sent: list[int], done: threading.Event, length: bool = False) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/octet-stream")
        if length:
            handler.send_header("Content-Length", str(total))
        handler.end_headers()
        block = b"x" * 65536
        try:
            while sent[0] < total:
                handler.wfile.write(block)
                sent[0] += len(block)
        except OSError:
            pass
        finally:
            done.set()

    return route


@pytest.mark.parametrize("declared", [False, True])
def test_a_50_mb_response_stops_at_the_cap(site: Site, declared: bool) -> None:
    sent, done = [0], threading.Event()
    site.routes["/big"] = stream(50_000_000, sent, done, length=declared)
    with Fetcher(local(max_bytes=10_000_000)) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLarge) as caught:
                fetcher.fetch(site.url("/big"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    if declared:
        assert caught.value.message == "response is 50,000,000 bytes, over the 10,000,000-byte cap"
    else:
        assert caught.value.message == "response is over the 10,000,000-byte cap"
    assert peak < 25_000_000
    assert done.wait(10)
    assert sent[0] < 50_000_000  # the client hung up before the server got it all out


def test_gzip_is_decoded_and_a_gzip_bomb_stops_at_the_cap(site: Site) -> None:
    text = b"Hajiyev said the talks would go on. " * 100
    site.routes["/small"] = reply(200, gzip.compress(text), Content_Encoding="gzip")
    site.routes["/bomb"] = reply(200, gzip.compress(b"\0" * 50_000_000), Content_Encoding="gzip")
    with Fetcher(local(max_bytes=1_000_000)) as fetcher:
        assert fetcher.fetch(site.url("/small")).data == text
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLarge, match="over the 1,000,000-byte cap"):
                fetcher.fetch(site.url("/bomb"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 10_000_000


# -- 4. timeouts --------------------------------------------------------------------------------------

def test_a_server_that_never_answers_times_out() -> None:
    listener = socket.create_server(("127.0.0.1", 0))  # accepts connections (kernel backlog), says nothing
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        with Fetcher(local(timeout=1.0, retries=0)) as fetcher:
            with pytest.raises(FetchTimeout) as caught:
                fetcher.fetch(url)
        assert caught.value.message == "no answer within 1.0 s"
        assert caught.value.input == url
    finally:
        listener.close()


@pytest.mark.parametrize("head", [b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"])
def test_a_server_that_trickles_forever_times_out(head: bytes) -> None:
    """One byte every 0.2 s never trips a 1 s read timeout; the overall deadline must stop it."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            try:
                connection.sendall(head)
                give_up = time.monotonic() + 5  # so a fetcher without a deadline fails instead of hanging
                while not stop.wait(0.2) and time.monotonic() < give_up:
                    connection.sendall(b"X" if head.endswith(b"\r\n\r\n") else b"X-Slow: 1\r\n")
            except OSError:
                pass

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        with Fetcher(local(timeout=1.0, retries=0)) as fetcher:
            with pytest.raises(FetchTimeout, match=r"no answer within 1\.0 s"):
                fetcher.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    finally:
        stop.set()
        thread.join(5)
        listener.close()


# -- 5. retries ---------------------------------------------------------------------------------------

def flaky(failures: list[tuple[int, dict[str, str]]]) -> Route:
    """Answers with the given (status, headers) in turn, then 200."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if failures:
            status, headers = failures.pop(0)
            send(handler, status, b"busy", **headers)
        else:
            send(handler, 200, b"at last")

    return route


def test_503_twice_then_200_succeeds_with_two_retries(site: Site) -> None:
    site.routes["/flaky"] = flaky([(503, {}), (503, {})])
    with Fetcher(local(retries=2)) as fetcher:
        assert fetcher.fetch(site.url("/flaky")).data == b"at last"
    assert site.hits("/flaky") == 3


def test_retries_run_out(site: Site) -> None:
    site.routes["/down"] = reply(503, b"down")
    with Fetcher(local(retries=2)) as fetcher:
        with pytest.raises(FetchError, match=r"^HTTP 503 Service Unavailable \(after 3 tries\)$"):
            fetcher.fetch(site.url("/down"))
    assert site.hits("/down") == 3


def test_404_is_not_retried(site: Site) -> None:
    with Fetcher(local(retries=2)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(site.url("/missing"))
    assert type(caught.value) is FetchError
    assert caught.value.message == "HTTP 404 Not Found"
    assert site.hits("/missing") == 1


def test_retry_after_is_honoured_and_a_long_one_is_not_waited_for(site: Site) -> None:
    site.routes["/busy"] = flaky([(429, {"Retry-After": "1"})])
    site.routes["/later"] = flaky([(503, {"Retry-After": "120"})])
    with Fetcher(local(retries=2, backoff_cap=5.0)) as fetcher:
        assert fetcher.fetch(site.url("/busy")).data == b"at last"
        with pytest.raises(FetchError, match="retry after 120 s"):
            fetcher.fetch(site.url("/later"))
    times = [when for when, path, _ in site.log if path == "/busy"]
    assert times[1] - times[0] >= 0.95
    assert site.hits("/later") == 1


def test_connect_errors_are_retried() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    calls: list[str] = []
    policy = local(allow_private=False, allow_private_hosts=frozenset({"gone.test"}), retries=2)
    with Fetcher(policy, resolver=fake_dns({"gone.test": ["127.0.0.1"]}, calls)) as fetcher:
        with pytest.raises(FetchError, match=r"cannot connect to gone\.test .*\(after 3 tries\)"):
            fetcher.fetch(f"http://gone.test:{port}/")
    assert calls == ["gone.test"] * 3


# -- 6. robots.txt ------------------------------------------------------------------------------------

def test_robots_txt_is_respected_and_fetched_once(site: Site) -> None:
    site.routes["/robots.txt"] = reply(200, b"User-agent: *\nDisallow: /private\n")
    site.routes["/private"] = reply(200, b"secret")
    with Fetcher(local(respect_robots=True)) as fetcher:
        with pytest.raises(RobotsDisallowed, match="robots.txt of 127.0.0.1 disallows /private"):
            fetcher.fetch(site.url("/private"))
        assert fetcher.fetch(site.url("/ok")).data == b"hello"
        with pytest.raises(RobotsDisallowed):
            fetcher.fetch(site.url("/private?page=2"))
    assert site.hits("/robots.txt") == 1
    assert site.hits("/private") == 0
    with Fetcher(local(respect_robots=False)) as fetcher:
        assert fetcher.fetch(site.url("/private")).data == b"secret"
    assert site.hits("/robots.txt") == 1


@pytest.mark.parametrize("robots, allowed", [
    (reply(200, b"User-agent: onrecord\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), False),
    (reply(200, b"User-agent: otherbot\nDisallow: /\n"), True),
    (None, True),  # 404: no rules
    (reply(500, b"oops"), True),  # unreadable: allow all
])
def test_robots_rules_for_our_token_and_missing_robots(site: Site, robots: Route | None, allowed: bool) -> None:
    if robots is not None:
        site.routes["/robots.txt"] = robots
    with Fetcher(local(respect_robots=True, retries=2)) as fetcher:
        if allowed:
            assert fetcher.fetch(site.url("/ok")).data == b"hello"
        else:
            with pytest.raises(RobotsDisallowed):
                fetcher.fetch(site.url("/ok"))
    assert site.hits("/robots.txt") == 1  # the robots fetch is never retried


# -- 7. redirect limits and schemes -------------------------------------------------------------------

def test_too_many_redirects(site: Site) -> None:
    site.routes["/loop"] = reply(302, Location="/loop")
    with Fetcher(local(max_redirects=3)) as fetcher:
        with pytest.raises(FetchError, match="^more than 3 redirects$") as caught:
            fetcher.fetch(site.url("/loop"))
    assert caught.value.input == site.url("/loop")
    assert site.hits("/loop") == 4


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/file", "javascript:alert(1)",
                                 "mailto:desk@example.com", "http://", "/just/a/path", ""])
def test_only_http_and_https_urls_are_fetched(url: str) -> None:
    with Fetcher(local(), resolver=no_dns) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(url)
    assert type(caught.value) is FetchError
    assert caught.value.input == url


def test_a_redirect_to_a_file_url_is_refused(site: Site) -> None:
    site.routes["/sly"] = reply(302, Location="file:///etc/passwd")
    with Fetcher(local()) as fetcher:
        with pytest.raises(FetchError, match="only http and https URLs can be fetched, not 'file'"):
            fetcher.fetch(site.url("/sly"))


# -- 8. batches ---------------------------------------------------------------------------------------

def test_fetch_many_yields_every_url_in_input_order(site: Site) -> None:
    site.routes["/a"] = reply(200, b"A")
    site.routes["/b"] = reply(200, b"B")
    urls = [site.url("/a"), site.url("/missing"), "ftp://example.com/", site.url("/b"), "http://10.0.0.1/", site.url("/ok")]
    with Fetcher(local(allow_private=False, allow_private_hosts=frozenset({"127.0.0.1"}))) as fetcher:
        results = list(fetcher.fetch_many(urls, workers=4))
    assert [url for url, _ in results] == urls
    kinds = [type(result).__name__ for _, result in results]
    assert kinds == ["RawDocument", "FetchError", "FetchError", "RawDocument", "BlockedAddress", "RawDocument"]
    assert [result.data for _, result in results if isinstance(result, RawDocument)] == [b"A", b"B", b"hello"]
    assert all(result.input == url for url, result in results if isinstance(result, FetchError))


# -- 9. politeness ------------------------------------------------------------------------------------

def test_per_host_delay_is_honoured(site: Site) -> None:
    for name in "abcd":
        site.routes[f"/{name}"] = reply(200, name.encode())
    with Fetcher(local(per_host_delay=0.3, per_host_concurrency=2)) as fetcher:
        results = list(fetcher.fetch_many([site.url(f"/{name}") for name in "abcd"], workers=4))
    assert all(isinstance(result, RawDocument) for _, result in results)
    starts = sorted(when for when, _, _ in site.log)
    assert len(starts) == 4
    # The gate spaces the client's starts 0.3 s apart; the server logs each request when its handler
    # runs, which a loaded machine can delay by a tenth of a second or more. Without the gate all four
    # requests arrive within milliseconds, so these bounds still fail when the delay is ignored.
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert min(gaps) >= 0.1
    assert starts[-1] - starts[0] >= 0.6


def test_per_host_concurrency_is_honoured(site: Site) -> None:
    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        send(handler, 200, b"slow")

    site.routes["/slow"] = slow
    with Fetcher(local(per_host_concurrency=2)) as fetcher:
        results = list(fetcher.fetch_many([site.url(f"/slow?{n}") for n in range(6)], workers=6))
    assert all(isinstance(result, RawDocument) for _, result in results)
    assert state["most"] == 2
