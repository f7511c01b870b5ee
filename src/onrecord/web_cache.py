"""A cache of whole responses for the web face, kept until the record changes.

The record is read far more often than it is written, and a speaker page costs about ten store
queries; the same page is the same bytes until something is written. ``PageCache`` is pure ASGI
middleware (inside ``web.Guard``, so cached answers get the same checks and headers) that keeps the
body and headers of successful ``GET`` answers, keyed on path and query, and answers them again
without routing, querying or rendering.

What decides freshness: ``Store.version``, a number every write transaction raises. The cache asks
the store for it at most once every ``check_every`` seconds (in a worker thread, never blocking the
event loop) and forgets everything when it moved, so a write by another process (``onrecord ingest``
while the server runs) is seen within that time; a write through this server (any request that is
not ``GET`` or ``HEAD``) empties the cache at once. Requests for an answer that is being made wait
for it instead of making it again (after a write, fifty clients asking for the front page make it
once).

Only answers with status 200 are kept (errors differ by ``Accept``); ``/api/health`` and ``/static``
are never kept. Every ``GET`` answer of this server is public (reading needs no token), which is what
makes one kept answer right for everyone; a route whose answer depends on who asks must not be kept.

Memory is bounded: at most ``max_bytes`` of bodies, least recently used dropped first, and no single
body over an eighth of it. An answer given from the cache carries an ``ETag`` (a hash of its body)
and ``Cache-Control: no-cache``, so browsers ask again and get ``304 Not Modified`` when nothing
changed. ``x-onrecord-cache: hit`` or ``miss`` says which it was.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

NOT_KEPT = ("/api/health", "/static/")
CACHE_HEADER = b"x-onrecord-cache"


@dataclass(frozen=True)
class Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


class PageCache:
    """ASGI middleware: see the module docstring. ``version``: a function that returns the store's
    version (``Store.version``); ``max_bytes`` 0 turns the cache off (every answer a miss)."""

    def __init__(self, app: Callable[..., Awaitable[None]], version: Callable[[], int], max_bytes: int,
                 check_every: float = 1.0):
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8
        self.check_every = check_every
        self.entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self.size = 0
        self.known: int | None = None  # the store version the entries belong to
        self.checked = float("-inf")
        self.checking = False
        self.filling: dict[tuple[str, bytes], asyncio.Event] = {}  # answers being made, for those who wait

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0

    async def _fresh(self) -> None:
        """Forget everything when the store's version moved (asked at most every ``check_every`` s)."""
        if self.checking or time.monotonic() - self.checked < self.check_every:
            return
        self.checking = True
        try:
            version = await run_in_threadpool(self.version)
        except Exception:  # the store is failing: keep nothing, let the routes answer (and say why)
            self.clear()
            self.known = None
            return
        finally:
            self.checking = False
        self.checked = time.monotonic()
        if version != self.known:
            self.clear()
            self.known = version

    def _keep(self, key: tuple[str, bytes], entry: Entry) -> None:
        if len(entry.body) > self.max_entry:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.size > self.max_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped.body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.max_bytes <= 0:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in ("GET", "HEAD"):
            self.clear()  # a write through this server (ingest): nothing kept may be stale
            self.checked = float("-inf")
            try:
                await self.app(scope, receive, send)
            finally:
                self.clear()  # the write is committed now: drop what was kept while it ran,
                self.checked = float("-inf")  # and ask the store again before keeping more
            return
        path = scope["path"]
        if method == "HEAD" or path.startswith(NOT_KEPT):
            await self.app(scope, receive, send)
            return
        await self._fresh()
        if self.known is None:  # the store did not say its version: keep nothing
            await self.app(scope, receive, send)
            return
        key = (path, scope.get("query_string", b""))
        entry = self.entries.get(key)
        if entry is None and key in self.filling:  # the same answer is being made: wait for it
            await self.filling[key].wait()
            entry = self.entries.get(key)
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

    async def _fill(self, key: tuple[str, bytes], scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; keep a 200 answer (its whole body, when it fits) for next time."""
        known = self.known
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
                if not message.get("more_body", False) and keep and start is not None and self.known == known:
                    self._keep(key, _entry(start, b"".join(parts)))
            await send(message)

        await self.app(scope, receive, capture)


def _entry(start: Message, body: bytes) -> Entry:
    etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
    return Entry(headers + [(b"etag", etag), (b"cache-control", b"no-cache")], body, etag)


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
