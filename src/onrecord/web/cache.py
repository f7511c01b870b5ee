"""A cache of whole responses for the web face, kept until the record changes.

The record is read far more often than it is written, and a speaker page costs about ten store
queries; the same page is the same bytes until something is written. ``PageCache`` is pure ASGI
middleware (inside ``web.Guard``, so cached answers get the same checks and headers) that keeps the
body and headers of successful ``GET`` answers, keyed on path and query, and answers them again
without routing, querying or rendering.

What decides freshness: ``Store.version``, a number every write transaction raises. The cache asks
the store for it at most once every ``check_every`` seconds, in a thread of its own (never queued
behind slow pages); while a check is due, requests wait for it (one check, shared). Once the version
moved, a kept answer is given again only while it is younger than ``stale_for`` seconds, then made
afresh: so a write by another process (``onrecord ingest`` while the server runs) shows within
``check_every + stale_for`` seconds (6 by default), and while an ingest writes several times a
second each page is made at most once per ``stale_for`` instead of on every request. Once a
request through this server that may have written (not ``GET`` or ``HEAD``, not refused with a
4xx) is answered, the next request checks first with a version read after that answer, and every
kept answer not made at that version is dropped: a client sees its own write at once. An answer
made while such a write ended is not kept (``generation``).
Requests for an answer that is being made wait for it instead of making it again (after a write,
fifty clients asking for the front page make it once).

Only answers with status 200 are kept (errors differ by ``Accept``); ``/api/health`` and ``/static``
are never kept, nor answers to a path and query over ``MAX_KEY`` bytes. Every ``GET`` answer of this
server is public (reading needs no token), which is what makes one kept answer right for everyone; a
route whose answer depends on who asks must not be kept.

Memory is bounded: at most ``max_bytes`` for the kept answers, each counted as its body, key and
headers plus ``ENTRY_OVERHEAD`` (Python's own bookkeeping), least recently used dropped first, and
no single answer over an eighth of it. An answer given from the cache carries an ``ETag`` (a hash of
its body) and ``Cache-Control: no-cache``, so browsers ask again and get ``304 Not Modified`` when
nothing changed. ``x-onrecord-cache: hit`` or ``miss`` says which it was.

With several server processes (``--workers``) each has its own cache: a write through one is seen by
the others as a write by another process.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.to_thread

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Key = tuple[str, bytes]

NOT_KEPT = ("/api/health", "/static/")
CACHE_HEADER = b"x-onrecord-cache"
MAX_KEY = 1024  # bytes of path and query: longer requests are answered but not kept
READS = 3  # times a check asks again when writes through this server end while it asks
ENTRY_OVERHEAD = 640  # bytes of Python objects per kept answer besides its bytes (measured: about 610)


@dataclass(frozen=True)
class Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes
    cost: int  # what it counts against max_bytes
    version: int  # the store's version when it was made (as last checked)
    made: float  # when it was made (time.monotonic)


class PageCache:
    """ASGI middleware: see the module docstring. ``version``: a function that returns the store's
    version (``Store.version``); ``max_bytes`` 0 turns the cache off (every answer a miss)."""

    def __init__(self, app: Callable[..., Awaitable[None]], version: Callable[[], int], max_bytes: int,
                 check_every: float = 1.0, stale_for: float = 5.0):
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8
        self.check_every = check_every
        self.stale_for = stale_for
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self.size = 0
        self.known: int | None = None  # the store version the entries belong to
        self.generation = 0  # raised whenever the entries are dropped: answers made before are not kept
        self.checked = float("-inf")  # when the last check that counts started
        self.check: asyncio.Future[None] | None = None  # the check under way, shared by all who wait
        self.check_limiter: anyio.CapacityLimiter | None = None
        self.filling: dict[Key, asyncio.Event] = {}  # answers being made, for those who wait
        self.wrote = False  # a request through this server may have written since the last check

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0
        self.generation += 1

    # --- freshness ---

    async def _fresh(self) -> None:
        """When a check is due, wait for it (one check at a time, shared by every waiting request)."""
        if time.monotonic() - self.checked < self.check_every:
            return
        if self.check is None:
            self.check = asyncio.ensure_future(self._check())
        await asyncio.shield(self.check)

    async def _check(self) -> None:
        """Ask the store for its version. When a write through this server ended while it was being
        asked, ask again (up to ``READS`` times), so that whoever waits for this check after their
        write gets a version read after it. Then: after such a write, drop what was not made at
        this version; else, when the version moved, let kept answers go stale (``_usable``)."""
        if self.check_limiter is None:  # made in the event loop, at the first check
            self.check_limiter = anyio.CapacityLimiter(1)
        try:
            for _ in range(READS):
                generation, started = self.generation, time.monotonic()
                version = await anyio.to_thread.run_sync(self.version, limiter=self.check_limiter)
                if self.generation == generation:
                    break
        except Exception:  # the store is failing: keep nothing, let the routes answer (and say why)
            self.clear()
            self.known = None
            return
        finally:
            self.check = None
        settled = self.generation == generation  # else writes keep ending: the next request asks again
        if self.known is None:
            self.clear()
        elif self.wrote:  # this server's client wrote: it must see its write
            self._drop(lambda entry: entry.version != version)
        self.known = version
        if settled:
            self.checked = started
            self.wrote = False

    def _drop(self, which: Callable[[Entry], bool]) -> None:
        for key in [key for key, entry in self.entries.items() if which(entry)]:
            self.size -= self.entries.pop(key).cost
        self.generation += 1

    def _forget_check(self) -> None:
        """Something may have been written: the next request checks the version first."""
        self.checked = float("-inf")
        self.wrote = True
        self.generation += 1  # and answers being made now are not kept

    def _usable(self, entry: Entry | None) -> Entry | None:
        """The entry when it may be given: made at the version last seen, or young enough."""
        if entry is None or entry.version == self.known or time.monotonic() - entry.made < self.stale_for:
            return entry
        return None

    # --- keeping ---

    def _keep(self, key: Key, entry: Entry) -> None:
        if entry.cost > self.max_entry:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old.cost
        self.entries[key] = entry
        self.size += entry.cost
        while self.size > self.max_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= dropped.cost

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.max_bytes <= 0:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in ("GET", "HEAD"):
            await self._pass_write(scope, receive, send)
            return
        path, query = scope["path"], scope.get("query_string", b"")
        if method == "HEAD" or path.startswith(NOT_KEPT) or len(path) + len(query) > MAX_KEY:
            await self.app(scope, receive, send)
            return
        await self._fresh()
        if self.known is None:  # the store did not say its version: keep nothing
            await self.app(scope, receive, send)
            return
        key = (path, query)
        entry = self._usable(self.entries.get(key))
        if entry is None and key in self.filling:  # the same answer is being made: wait for it
            await self.filling[key].wait()
            entry = self._usable(self.entries.get(key))
        if entry is not None:
            self.entries.move_to_end(key)
            await _answer(entry, scope, send)
            return
        if key in self.filling:  # it was not kept (too big, an error): make this one alone
            await self._fill(key, scope, receive, send)
            return
        self.filling[key] = made = asyncio.Event()
        try:
            await self._fill(key, scope, receive, send)
        finally:
            del self.filling[key]
            made.set()

    async def _pass_write(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A request that may write (``POST /api/ingest``): once it is answered, unless it was refused
        (status 400 or more: nothing written), the next request checks the store's version first."""
        answered = False

        async def watch(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.start":
                answered = True
                if not 400 <= message["status"] < 500:
                    self._forget_check()  # before the client can hear the answer and ask again
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if not answered:  # it failed before answering: it may have written
                self._forget_check()

    async def _fill(self, key: Key, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; keep a 200 answer (its whole body, when it fits) for next time, unless
        the entries were dropped while it was made."""
        generation, version, made = self.generation, self.known, time.monotonic()
        start: Message | None = None
        parts: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                keep = message["status"] == 200
                if keep:
                    start = message
                    message = {**message, "headers": [*message.get("headers", []), (CACHE_HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_entry:
                    keep = False
                    parts.clear()
                else:
                    parts.append(body)
                if (not message.get("more_body", False) and keep and start is not None
                        and self.generation == generation and version is not None):
                    self._keep(key, _entry(key, start, b"".join(parts), version, made))
            await send(message)

        await self.app(scope, receive, capture)


def _entry(key: Key, start: Message, body: bytes, version: int, made: float) -> Entry:
    etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
    headers += [(b"etag", etag), (b"cache-control", b"no-cache")]
    cost = len(body) + len(key[0]) + len(key[1]) + sum(len(k) + len(v) for k, v in headers) + ENTRY_OVERHEAD
    return Entry(headers, body, etag, cost, version, made)


async def _answer(entry: Entry, scope: Scope, send: Send) -> None:
    """The kept answer, or ``304 Not Modified`` when the client holds it already."""
    for name, value in scope.get("headers", []):
        if name == b"if-none-match" and entry.etag in [v.strip() for v in value.split(b",")]:
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", entry.etag), (b"cache-control", b"no-cache"), (CACHE_HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": b""})
            return
    await send({"type": "http.response.start", "status": 200, "headers": [*entry.headers, (CACHE_HEADER, b"hit")]})
    await send({"type": "http.response.body", "body": entry.body})
