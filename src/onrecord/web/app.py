"""The record on the web: a JSON API and server-rendered pages over one ``Store`` (a thin face).

``make_app(store, token=...)`` builds the FastAPI application; ``serve(db_url, ...)`` runs it with
uvicorn (on 127.0.0.1 unless told otherwise). The parts, outermost first:

- ``guard.HeadAsGet``: a ``HEAD`` is answered as the ``GET`` of the same URL, without the body;
- ``guard.Guard``: Host check, body size limit, one error shape, security headers (``guard.py``);
- ``cache.PageCache``: answers a ``GET`` it has answered before, until the store's version moves;
- the routes: the JSON API (``api.py``) and the pages (``pages.py``).

Routes that query the store run in ``QUERY_THREADS`` worker threads; reading an article runs in a
worker process (``read_pool.ReadPool``: queue, time and memory limits), storing it in a thread of its
own. Slow clients are cut off: ``HEADER_TIMEOUT`` for a request's headers (``protocol``),
``BODY_TIMEOUT`` for its body (``guard``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from onrecord.store.store import Store
from onrecord.web.api import LazyReader, add_api_routes
from onrecord.web.cache import PageCache
from onrecord.web.guard import BODY_TIMEOUT, LOOPBACK_HOSTS, Guard, HeadAsGet, install_error_handlers
from onrecord.web.protocol import HEADER_TIMEOUT
from onrecord.web.read_pool import READ_MEMORY_MB, READ_QUEUE, READ_TIMEOUT, READ_WORKERS, ReadPool

CACHE_BYTES = 64_000_000  # memory for kept answers (web.cache), per server process
CACHE_STALE_FOR = 5.0  # seconds a kept answer is still given after another process wrote (web.cache)
# Routes that query the store run in worker threads; more than a few at once only fight over the
# GIL (measured with bench/api_load.py, 1 worker, cache off: 40 threads 95 speaker pages/s, p99 1.2 s;
# 2 threads 139/s, p99 0.4 s). Reading an article (seconds of CPU) has its own single thread, so a
# POST /api/read never holds up the pages.
QUERY_THREADS = 4


# --- the application ---------------------------------------------------------------------------------------


def make_app(store: Store, *, token: str | None, max_body: int = 10_000_000, reader: Any = None,
             allowed_hosts: list[str] | None = None, cache_bytes: int = CACHE_BYTES,
             read_pool: ReadPool | None = None, start_readers: bool = False,
             body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    """The web application over ``store``. ``token``: the bearer token that allows ``POST /api/ingest``
    (None: read-only); ``max_body``: the largest request body in bytes; ``reader``: a ``Reader`` to read
    with in a thread of this process (tests; default: worker processes, ``read_pool`` or a ``ReadPool``
    of the defaults, started at the first read or, with ``start_readers``, with the server);
    ``allowed_hosts``: Host names to answer (None: any); ``cache_bytes``: memory for kept answers
    (``web.cache``; 0: none kept); ``body_timeout``: seconds a request body may take (``web.guard``)."""
    from onrecord.web.pages import router as pages

    pool = None if reader is not None else read_pool or ReadPool()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = QUERY_THREADS
        if pool is not None and start_readers:
            await pool.start()
        try:
            yield
        finally:
            if pool is not None:
                await pool.close()

    app = FastAPI(title="onrecord", summary="Who said what in the news: the record as JSON and pages.",
                  version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  lifespan=lifespan)
    app.state.store = store
    app.state.reader = LazyReader(reader)
    app.state.read_pool = pool
    install_error_handlers(app)
    # the last added is the outermost: the guard sees every request first, the cache answers after it
    app.add_middleware(PageCache, version=store.version, max_bytes=cache_bytes,  # type: ignore[arg-type]
                       stale_for=CACHE_STALE_FOR)
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts,  # type: ignore[arg-type]
                       body_timeout=body_timeout)
    app.add_middleware(HeadAsGet)  # type: ignore[arg-type]  # outside the guard: a HEAD is a GET to it
    static = resources.files("onrecord.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(pages)
    add_api_routes(app, token)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("onrecord")
    except PackageNotFoundError:
        return "0"


# --- serving ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """What one client may take of the server: reads (``read_pool``) and slow requests (``protocol``,
    ``guard``). ``serve``'s options, the same for every server process."""

    read_workers: int = READ_WORKERS
    read_queue: int = READ_QUEUE
    read_timeout: float = READ_TIMEOUT
    read_memory_mb: int = READ_MEMORY_MB
    header_timeout: float = HEADER_TIMEOUT
    body_timeout: float = BODY_TIMEOUT

    def pool(self) -> ReadPool:
        return ReadPool(self.read_workers, self.read_queue, self.read_timeout, self.read_memory_mb)

    def to_env(self) -> dict[str, str]:
        return {f"ONRECORD_{f.name.upper()}": str(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_env(cls) -> Limits:
        import os

        given = {f.name: os.environ.get(f"ONRECORD_{f.name.upper()}") for f in fields(cls)}
        return cls(**{name: (float(value) if "timeout" in name else int(value))
                      for name, value in given.items() if value})


def app_from_env() -> FastAPI:
    """The application for uvicorn's workers (``serve(workers=N)``): store and token from the environment."""
    import os

    from onrecord.web.protocol import configure

    limits = Limits.from_env()
    configure(limits.header_timeout)
    return make_app(Store.open(os.environ.get("ONRECORD_DB")), token=os.environ.get("ONRECORD_TOKEN") or None,
                    max_body=int(os.environ.get("ONRECORD_MAX_BODY", "10000000")),
                    cache_bytes=int(os.environ.get("ONRECORD_CACHE_BYTES", str(CACHE_BYTES))),
                    allowed_hosts=os.environ.get("ONRECORD_ALLOWED_HOSTS", "").split(",")
                    if os.environ.get("ONRECORD_ALLOWED_HOSTS") else None,
                    read_pool=limits.pool(), start_readers=True, body_timeout=limits.body_timeout)


def serve(db_url: str | None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, *,
          workers: int = 1, max_body: int = 10_000_000, cache_bytes: int = CACHE_BYTES,
          log_level: str = "info", limits: Limits | None = None) -> None:
    """Run the application with uvicorn until interrupted. On a loopback host only loopback Host
    names are answered; ``workers`` > 1 runs that many processes (each opens the store and has its
    own read workers); ``limits``: what one client may take (``Limits``)."""
    import os

    import uvicorn

    from onrecord.web.protocol import configure

    limits = limits or Limits()
    allowed = LOOPBACK_HOSTS if host in ("127.0.0.1", "localhost", "::1") else None
    # fails here, with a clear message, when the store cannot be opened; a read-only server (no token)
    # never creates one, so a mistyped path is an error and not an empty record
    store = Store.open(db_url, create=bool(token))
    options: dict[str, Any] = {"host": host, "port": port, "log_level": log_level, "server_header": False,
                               "proxy_headers": False, "http": configure(limits.header_timeout)}
    if workers > 1:
        store.close()
        os.environ["ONRECORD_DB"] = store.url.render_as_string(hide_password=False)
        os.environ["ONRECORD_MAX_BODY"] = str(max_body)
        os.environ["ONRECORD_CACHE_BYTES"] = str(cache_bytes)
        os.environ["ONRECORD_ALLOWED_HOSTS"] = ",".join(allowed or [])
        os.environ.update(limits.to_env())
        if token:
            os.environ["ONRECORD_TOKEN"] = token
        else:
            os.environ.pop("ONRECORD_TOKEN", None)
        uvicorn.run("onrecord.web.app:app_from_env", factory=True, workers=workers, **options)
        return
    try:
        uvicorn.run(make_app(store, token=token, max_body=max_body, allowed_hosts=allowed, cache_bytes=cache_bytes,
                             read_pool=limits.pool(), start_readers=True, body_timeout=limits.body_timeout),
                    **options)
    finally:
        store.close()
