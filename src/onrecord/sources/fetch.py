"""The one safe way onrecord fetches a URL: ``Fetcher.fetch(url) -> RawDocument``.

Every error is a ``FetchError`` (or subclass) from ``onrecord.errors`` carrying ``input=`` the URL as
given. Order of checks for each hop (the URL given, then every redirect target), first failure wins:

1. scheme and host: only ``http``/``https`` URLs with a host (``FetchError``);
2. address: the host is resolved (``resolver``; IP literals, also ``2130706433`` or ``127.1``, are
   read directly) and *every* address returned must be public, else ``BlockedAddress``; IPv4-mapped,
   6to4 and NAT64 IPv6 addresses are judged by the IPv4 address inside them;
3. robots.txt: fetched once per origin through this same path (robots off, no retries) and cached;
   a missing or unreadable robots.txt allows all, a disallowing one raises ``RobotsDisallowed``;
4. politeness: wait for one of ``per_host_concurrency`` slots of the host and for ``per_host_delay``
   seconds since the last request to it began;
5. request: sent to the checked address itself (see *DNS pinning*), ``timeout`` per connect/read
   and as a deadline for the whole exchange (``FetchTimeout``); connect failures, 429 and 5xx go back
   to step 2 after a backoff (``backoff_base * 2**n``, or Retry-After; a Retry-After longer than
   ``backoff_cap`` is not waited for), at most ``retries`` times; other statuses >= 400 fail;
6. redirects (3xx with Location) are followed by hand, at most ``max_redirects``, each from step 1;
7. size: a Content-Length over ``max_bytes`` fails at once; otherwise the body is streamed and
   decoded (gzip/deflate, by us, in bounded pieces so a compression bomb cannot inflate in memory)
   and fails as soon as the decoded size passes ``max_bytes`` (``ResponseTooLarge``).

DNS pinning: the request URL's host is replaced by the checked IP, the ``Host`` header keeps the
name, and TLS uses ``sni_hostname`` so the certificate is verified for the name. A second lookup
(DNS rebinding) therefore cannot redirect the connection. Connections are not kept alive, so a TLS
connection verified for one name is never reused for another name on the same IP. Proxies from the
environment are not used (they would do their own lookups) and cookies are never stored.

Trusted hosts: ``allow_private`` lets every host reach private addresses; ``allow_private_hosts``
names the hosts (exactly as in URLs, e.g. ``intranet.example`` or ``127.0.0.1``) that may, so one
trusted local server does not open the way for a redirect to another internal name or address.

The overall deadline is enforced inside the network layer of the default transport, so a server
that trickles header bytes forever also times out; with a ``transport=`` given, it is checked
between body chunks only.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from onrecord.errors import BlockedAddress, FetchError, FetchTimeout, OnrecordError, ResponseTooLarge, RobotsDisallowed
from onrecord.sources.documents import RawDocument

__all__ = ["DEFAULT_USER_AGENT", "USER_AGENT_TOKEN", "FetchPolicy", "Fetcher", "Resolver", "system_resolver"]

try:
    _VERSION = version("onrecord")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    _VERSION = "0"

USER_AGENT_TOKEN = "onrecord"  # the name robots.txt rules address
DEFAULT_USER_AGENT = f"onrecord/{_VERSION} (+https://github.com/onrecord/onrecord; news attribution research)"

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"[0-9a-fA-FxX.]+")


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how carefully to fetch. Times are in seconds."""

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    per_host_delay: float = 1.0
    per_host_concurrency: int = 2
    respect_robots: bool = True
    allow_private: bool = False
    allow_private_hosts: frozenset[str] = field(default_factory=frozenset)
    user_agent: str = DEFAULT_USER_AGENT


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``, in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _literal_ip(host: str) -> IPAddress | None:
    """The address a host written as an IP means (``::1``, ``127.0.0.1``, ``2130706433``, ``0x7f.1``)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:  # the other forms inet_aton (and so the system resolver) reads as IPv4
        return ipaddress.IPv4Address(socket.inet_aton(host)) if _NUMERIC_HOST.fullmatch(host) else None
    except OSError:
        return None


def _refusal(ip: IPAddress) -> str | None:
    """Why an address must not be fetched ("a loopback address"), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None:
            return _refusal(inner)
    for flag, kind in (("is_unspecified", "an unspecified"), ("is_loopback", "a loopback"),
                       ("is_link_local", "a link-local"), ("is_multicast", "a multicast"),
                       ("is_reserved", "a reserved")):
        if getattr(ip, flag):
            return f"{kind} address"
    return None if ip.is_global else "a private address"


class _Retry(Exception):
    """An attempt failed in a way worth another try (connect failure, 429, 5xx)."""

    def __init__(self, error: FetchError, after: float | None = None):
        super().__init__(error.message)
        self.error = error
        self.after = after


@dataclass
class _Answer:
    status: int
    data: bytes
    headers: httpx.Headers
    location: str | None = None  # set for a redirect


class _HostGate:
    """At most ``concurrency`` requests to one host at a time, their starts ``delay`` seconds apart."""

    def __init__(self, concurrency: int):
        self._slots = threading.BoundedSemaphore(max(1, concurrency))
        self._lock = threading.Lock()
        self._next_start = 0.0

    @contextmanager
    def slot(self, delay: float) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + delay
            if start > now:
                time.sleep(start - now)
            yield


# The deadline of the request being made by this thread; the network layer cuts every wait to it.
_deadline = threading.local()


@contextmanager
def _deadline_scope(seconds: float) -> Iterator[float]:
    saved = getattr(_deadline, "at", None)
    _deadline.at = time.monotonic() + seconds
    try:
        yield _deadline.at
    finally:
        _deadline.at = saved


def _left(timeout: float | None, timeout_error: type[Exception]) -> float | None:
    at = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise timeout_error("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport over a connection pool that keeps nothing alive and honours the deadline.

    httpx has no public way to give its transport a network backend, so the pool is replaced.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_keepalive_connections=0, network_backend=_DeadlineBackend()
        )


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _parse(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise FetchError(f"not a valid URL: {error}") from None
    if not parsed.scheme:
        raise FetchError("not an absolute URL (it needs http:// or https://)")
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parsed.scheme!r}")
    if not parsed.host:
        raise FetchError("the URL has no host")
    return parsed.copy_with(fragment=None)


class Fetcher:
    """Fetches URLs under a ``FetchPolicy``; thread-safe; close it (or use ``with``) when done.

    ``resolver(host, port) -> [ip, ...]`` replaces DNS (tests map names to addresses with it);
    ``transport`` replaces httpx's network transport (the overall deadline then applies per chunk).
    """

    def __init__(self, policy: FetchPolicy | None = None, *, resolver: Resolver | None = None,
                 transport: httpx.BaseTransport | None = None):
        self.policy = policy or FetchPolicy()
        self._resolve = resolver or system_resolver
        self._client = httpx.Client(
            transport=transport or _DeadlineTransport(),
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,
            trust_env=False,
            cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),  # store none
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8"},
        )
        self._trusted = frozenset(host.lower().strip("[]") for host in self.policy.allow_private_hosts)
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> RawDocument:
        """The document at ``url``, or a ``FetchError`` (``input=url``) saying why not."""
        try:
            answer, final = self._follow(url, robots=self.policy.respect_robots, retries=self.policy.retries)
        except OnrecordError as error:
            error.input = url
            raise
        media_type = answer.headers.get("content-type", "").split(";")[0].strip().lower() or None
        return RawDocument(data=answer.data, location=url, url=str(final), media_type=media_type,
                           fetched=datetime.now(UTC).isoformat(timespec="seconds"),
                           meta={"status": answer.status})

    def fetch_many(self, urls: Iterable[str], *, workers: int = 8) -> Iterator[tuple[str, RawDocument | OnrecordError]]:
        """``(url, document or error)`` for every URL, in input order, fetched by ``workers`` threads.

        Per-host delay and concurrency still hold across threads. One bad URL yields its error and
        the rest go on; nothing is raised for a URL. At most ``4 * workers`` URLs are in flight.
        """

        def one(url: str) -> RawDocument | OnrecordError:
            try:
                return self.fetch(url)
            except OnrecordError as error:
                return error
            except Exception as error:  # a batch never dies for one document
                return FetchError(f"unexpected {type(error).__name__}: {error}", input=url)

        pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="onrecord-fetch")
        pending: deque[tuple[str, Future[RawDocument | OnrecordError]]] = deque()
        try:
            for url in urls:
                pending.append((url, pool.submit(one, url)))
                while len(pending) >= 4 * max(1, workers):
                    done_url, future = pending.popleft()
                    yield done_url, future.result()
            while pending:
                done_url, future = pending.popleft()
                yield done_url, future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    # -- one URL, hop by hop -------------------------------------------------------------------------

    def _follow(self, url: str, *, robots: bool, retries: int) -> tuple[_Answer, httpx.URL]:
        current = _parse(url)
        for hop in range(self.policy.max_redirects + 1):
            try:
                answer = self._with_retries(current, robots=robots, retries=retries)
            except FetchError as error:
                if hop == 0:
                    raise
                raise type(error)(f"{error.message} (after a redirect to {current})") from None
            if answer.location is None:
                return answer, current
            current = _parse(current.join(answer.location))
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    def _with_retries(self, url: httpx.URL, *, robots: bool, retries: int) -> _Answer:
        policy = self.policy
        for attempt in range(retries + 1):
            try:
                return self._attempt(url, robots=robots)
            except _Retry as retry:
                error = retry.error
                if attempt == retries:
                    tries = f" (after {attempt + 1} tries)" if attempt else ""
                    raise type(error)(error.message + tries) from None
                if retry.after is None:
                    wait = min(policy.backoff_base * 2**attempt, policy.backoff_cap)
                elif retry.after > policy.backoff_cap:
                    raise type(error)(f"{error.message}; the server asks to retry after {retry.after:g} s") from None
                else:
                    wait = retry.after
                time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, url: httpx.URL, *, robots: bool) -> _Answer:
        host = url.raw_host.decode("ascii")
        ip = self._checked_address(url)
        if robots and not self._robots_allow(url):
            raise RobotsDisallowed(f"robots.txt of {url.host} disallows {url.raw_path.decode('ascii')}")
        # Connect to the address just checked; the name goes in Host and in TLS (SNI, certificate check).
        extensions = {} if _literal_ip(host) is not None else {"sni_hostname": host}
        timeout = self.policy.timeout
        with self._gate(url.host).slot(self.policy.per_host_delay), _deadline_scope(timeout) as deadline:
            try:
                request = self._client.build_request("GET", url.copy_with(host=str(ip)), extensions=extensions,
                                                     headers={"Host": url.netloc.decode("ascii")})
                response = self._client.send(request, stream=True)
                try:
                    return self._answer(response, deadline)
                finally:
                    response.close()
            except httpx.ConnectTimeout:
                raise _Retry(FetchTimeout(f"no connection within {float(timeout)} s")) from None
            except httpx.ConnectError as error:
                raise _Retry(FetchError(f"cannot connect to {url.host} ({ip}): {error}")) from None
            except httpx.TimeoutException:
                raise FetchTimeout(f"no answer within {float(timeout)} s") from None
            except (httpx.HTTPError, httpx.InvalidURL) as error:
                raise FetchError(f"{type(error).__name__} from {url.host}: {error}") from None

    def _checked_address(self, url: httpx.URL) -> IPAddress:
        """The address to connect to, after checking every address the host has."""
        host = url.raw_host.decode("ascii")
        literal = _literal_ip(host)
        if literal is not None:
            answers, addresses = [host], [literal]
        else:
            try:
                answers = self._resolve(host, url.port or (443 if url.scheme == "https" else 80))
                addresses = [ipaddress.ip_address(answer) for answer in answers]
            except (OSError, UnicodeError, ValueError) as error:
                raise FetchError(f"cannot resolve {url.host}: {error}") from None
            if not addresses:
                raise FetchError(f"cannot resolve {url.host}: no addresses")
        if not (self.policy.allow_private or url.host in self._trusted):
            for answer, ip in zip(answers, addresses):
                why = _refusal(ip)
                if why is not None:
                    subject = f"{host} is" if answer == host else f"{url.host} resolves to {answer},"
                    raise BlockedAddress(f"refused: {subject} {why} (use --allow-private to fetch it)")
        return addresses[0]

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            if host not in self._gates:
                self._gates[host] = _HostGate(self.policy.per_host_concurrency)
            return self._gates[host]

    def _answer(self, response: httpx.Response, deadline: float) -> _Answer:
        status, headers = response.status_code, response.headers
        if status in _REDIRECTS and "location" in headers:
            return _Answer(status, b"", headers, location=headers["location"])
        reason = f"HTTP {status} {response.reason_phrase}".strip()
        if status == 429 or status >= 500:
            raise _Retry(FetchError(reason), after=_retry_after(headers.get("retry-after")))
        if status >= 400:
            raise FetchError(reason)
        cap = self.policy.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise ResponseTooLarge(f"response is {int(declared):,} bytes, over the {cap:,}-byte cap")
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, found by zlib
        elif encoding in ("", "identity"):
            inflater = None
        else:
            raise FetchError(f"cannot decode Content-Encoding {encoding!r}")
        chunks: list[bytes] = []
        total = 0
        try:
            for raw in response.iter_raw():
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline passed")
                while raw:
                    if inflater is None:
                        piece, raw = raw, b""
                    else:  # never more than one byte past the cap at once
                        piece, raw = inflater.decompress(raw, cap - total + 1), inflater.unconsumed_tail
                    total += len(piece)
                    if total > cap:
                        raise ResponseTooLarge(f"response is over the {cap:,}-byte cap")
                    chunks.append(piece)
            if inflater is not None:
                chunks.append(inflater.flush())
                total += len(chunks[-1])
        except zlib.error as error:
            raise FetchError(f"cannot decode the {encoding} body: {error}") from None
        if total > cap:
            raise ResponseTooLarge(f"response is over the {cap:,}-byte cap")
        return _Answer(status, b"".join(chunks), headers)

    # -- robots.txt ----------------------------------------------------------------------------------

    def _robots_allow(self, url: httpx.URL) -> bool:
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT_TOKEN, str(url))

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The parsed robots.txt of an origin, or None (allow all) when it is missing or unreadable."""
        try:
            answer, _ = self._follow(f"{origin}/robots.txt", robots=False, retries=0)
        except FetchError:
            return None
        parser = RobotFileParser()
        parser.parse(answer.data.decode("utf-8", errors="replace").splitlines())
        return parser
