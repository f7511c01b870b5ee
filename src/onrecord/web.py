"""The record on the web: a JSON API and server-rendered pages over one ``Store`` (a thin face).

``make_app(store, token=...)`` builds the FastAPI application; ``serve(db_url, ...)`` runs it with
uvicorn (on 127.0.0.1 unless told otherwise). Routes parse their input, call the store (or a query
of ``web_queries``) or the ``Reader``, and format the result; pages live in ``web_pages``.

API (the OpenAPI description is ``/openapi.json``; ``/docs`` lists it as a page without scripts):

- ``GET /api/statements`` — the CLI's filters (speaker, outlet, since, until, kind, search), newest
  first; ``limit`` and an opaque ``cursor``: ``{"items": [...], "next": cursor or null}``;
- ``GET /api/speakers`` (search, limit), ``GET /api/speakers/{id}`` (also a name), with per week;
- ``GET /api/articles/{id}`` (also a key or URL) — the stored reading with statement ids;
- ``GET /api/outlets``, ``GET /api/outlets/{name}``, ``GET /api/counts``, ``GET /api/health``;
- ``POST /api/read`` — ``{"text": ...}`` or ``{"html": ..., "url": ...}``: a reading, nothing stored;
- ``POST /api/ingest`` — the same body (and ``title``), read and stored; needs ``Authorization:
  Bearer TOKEN``. Without a configured token the server is read-only and ingest answers 403.

What wins, for every response (``Guard``, outermost, in this order):

  1. a request whose Host is not allowed (``allowed_hosts``; set by ``serve`` on a loopback bind,
     against DNS rebinding) gets 400;
  2. a body whose ``Content-Length`` is over ``max_body`` gets 413 before any byte is read; a body
     without one is counted as it streams and cut off with 413 at the limit;
  3. errors get one shape, ``{"error": {"code": ..., "message": ...}}`` with the status of
     ``status_of`` (an HTML page with the same code for a browser on a page route);
  4. every response carries the security headers (``SECURITY_HEADERS``).

Inside the guard, ``web_cache.PageCache`` answers a ``GET`` it has answered before, until the store's
version moves (a write); see that module. Routes that query the store run in ``QUERY_THREADS``
worker threads; reading an article runs in a thread of its own.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException

from . import queries, web_queries
from .errors import (
    DependencyError,
    InputError,
    InputTooLarge,
    ModelError,
    NotFound,
    OnrecordError,
    QueryError,
    StoreError,
)
from .queries import KINDS
from .records import Reading
from .store import Store
from .web_cache import PageCache

log = logging.getLogger("onrecord.web")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
MAX_LIMIT = 500
CACHE_BYTES = 64_000_000  # memory for kept answers (web_cache), per server process
CACHE_STALE_FOR = 5.0  # seconds a kept answer is still given after another process wrote (web_cache)
# Routes that query the store run in worker threads; more than a few at once only fight over the
# GIL (measured with bench/api_load.py, 1 worker, cache off: 40 threads 95 speaker pages/s, p99 1.2 s;
# 2 threads 139/s, p99 0.4 s). Reading an article (seconds of CPU) has its own single thread, so a
# POST /api/read never holds up the pages.
QUERY_THREADS = 4
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


# --- errors: one shape --------------------------------------------------------------------------------------


class ApiError(Exception):
    """An error of the web face itself (auth, body size), with its status and stable code."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def status_of(err: OnrecordError) -> int:
    """The HTTP status of an error of the core (most specific class first)."""
    for cls, status in ((NotFound, 404), (QueryError, 400), (InputTooLarge, 413), (InputError, 422),
                        (ModelError, 503), (DependencyError, 503), (StoreError, 503)):
        if isinstance(err, cls):
            return status
    return 500


HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type",
              422: "invalid_request", 500: "internal_error"}


def wants_html(scope: Scope) -> bool:
    """A browser on a page route gets an HTML error page; the API and every other client get JSON."""
    path = scope.get("path", "")
    if path.startswith(("/api/", "/openapi.json", "/static/")):
        return False
    return "text/html" in Headers(scope=scope).get("accept", "")


def error_response(scope: Scope, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_html(scope):
        from .web_pages import error_page

        try:
            response = error_page(status, code, message)
        except Exception:  # the page itself failed: the JSON shape still answers
            log.exception("cannot render the error page")
        else:
            response.headers.update(headers or {})
            return response
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _validation_message(errors: list[Any]) -> str:
    parts = []
    for e in errors[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
        parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    async def on_onrecord(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, OnrecordError)
        status = status_of(exc)
        if status >= 500:
            log.error("%s: %s", exc.code, exc.one_line())
        return error_response(request.scope, status, exc.code, exc.message)

    async def on_api(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(request.scope, exc.status, exc.code, exc.message, exc.headers)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = HTTP_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return error_response(request.scope, exc.status_code, code, message, dict(exc.headers or {}))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request.scope, 422, "invalid_request", _validation_message(list(exc.errors())))

    app.add_exception_handler(OnrecordError, on_onrecord)
    app.add_exception_handler(ApiError, on_api)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)


# --- the guard: host, body size, headers, last resort ----------------------------------------------------------


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"the request body is over the {limit:,}-byte limit")


class Guard:
    """Pure ASGI middleware, outermost: see the module docstring for what it does, in order."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_body: int, allowed_hosts: list[str] | None):
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        async def refuse(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
            await error_response(scope, status, code, message, headers)(scope, receive, send_with_headers)

        headers = Headers(scope=scope)
        if self.allowed_hosts is not None:
            host = headers.get("host", "").rsplit(":", 1)[0] if not headers.get("host", "").endswith("]") \
                else headers.get("host", "")
            if host.lower() not in self.allowed_hosts:
                await refuse(400, "bad_host", "this server answers only to its own host name")
                return
        length = headers.get("content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.max_body):
            await refuse(413, "body_too_large", f"the request body is over the {self.max_body:,}-byte limit",
                         {"connection": "close"})
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except BodyTooLarge as exc:
            if started:
                raise
            await refuse(413, "body_too_large", str(exc.detail), {"connection": "close"})
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await refuse(500, "internal_error", "the server failed on this request; the log says why")


# --- bodies and the reader -------------------------------------------------------------------------------


class ArticleBody(BaseModel):
    """An article to read: exactly one of ``text`` (plain) or ``html`` (a page); ``url`` is recorded,
    never fetched; ``title``, when given, wins over the title the page suggests."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, max_length=4096, pattern=r"^https?://\S+$")
    title: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _one_kind(self) -> ArticleBody:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


class LazyReader:
    """One ``Reader``, made at the first read (loading the model takes seconds), shared by every
    request; reads take turns (one pipeline, one thread at a time)."""

    def __init__(self, reader: Any = None):
        self._reader = reader
        self._lock = threading.Lock()

    def read(self, body: ArticleBody) -> Reading:
        with self._lock:
            if self._reader is None:
                from .reader import Reader

                self._reader = Reader()
            name = body.url or "api"
            if body.html is not None:
                reading = self._reader.read_html(body.html, input=name, url=body.url)
            else:
                reading = self._reader.read_text(body.text or "", input=name, url=body.url)
        if body.title:  # the client's title wins over the one the page suggests
            reading.article.title = body.title
        return reading


async def in_reader_thread(request: Request, fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn`` in the one thread kept for reading and storing articles (not the query threads)."""
    state = request.app.state
    if getattr(state, "reader_limiter", None) is None:  # made in the event loop, at the first use
        state.reader_limiter = anyio.CapacityLimiter(1)
    return await anyio.to_thread.run_sync(fn, *args, limiter=state.reader_limiter)


def check_token(request: Request, token: str | None) -> None:
    """Writes need ``Authorization: Bearer TOKEN``; a server started without a token takes none."""
    if not token:
        raise ApiError(403, "writes_disabled", "this server is read-only: start it with a token "
                       "(onrecord serve --token, or $ONRECORD_TOKEN) to allow ingest")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "ingest needs the header Authorization: Bearer <token>",
                       {"www-authenticate": 'Bearer realm="onrecord"'})


# --- the application ---------------------------------------------------------------------------------------


def make_app(store: Store, *, token: str | None, max_body: int = 10_000_000, reader: Any = None,
             allowed_hosts: list[str] | None = None, cache_bytes: int = CACHE_BYTES) -> FastAPI:
    """The web application over ``store``. ``token``: the bearer token that allows ``POST /api/ingest``
    (None: read-only); ``max_body``: the largest request body in bytes; ``reader``: a ``Reader`` to use
    (default: one made at the first read); ``allowed_hosts``: Host names to answer (None: any);
    ``cache_bytes``: memory for kept answers (``web_cache``; 0: none kept)."""
    from .web_pages import router as pages

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = QUERY_THREADS
        yield

    app = FastAPI(title="onrecord", summary="Who said what in the news: the record as JSON and pages.",
                  version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  lifespan=lifespan)
    app.state.store = store
    app.state.reader = LazyReader(reader)
    install_error_handlers(app)
    # the last added is the outermost: the guard sees every request first, the cache answers after it
    app.add_middleware(PageCache, version=store.version, max_bytes=cache_bytes,  # type: ignore[arg-type]
                       stale_for=CACHE_STALE_FOR)
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts)  # type: ignore[arg-type]
    static = resources.files("onrecord") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(pages)
    _api_routes(app, token)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("onrecord")
    except PackageNotFoundError:
        return "0"


def _store(request: Request) -> Store:
    return request.app.state.store


def _api_routes(app: FastAPI, token: str | None) -> None:
    @app.get("/api/health", tags=["meta"], summary="Liveness: answers without touching the store")
    def health() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    @app.get("/api/counts", tags=["meta"], summary="Articles, statements, speakers and failures stored")
    def counts(request: Request) -> JSONResponse:
        return JSONResponse(_store(request).counts())

    @app.get("/api/statements", tags=["record"], summary="Statements, newest first, a page at a time")
    def statements(request: Request,
                   speaker: str | None = Query(None, description="A speaker's id, name or alias"),
                   outlet: str | None = Query(None, description="An outlet's name (case ignored)"),
                   since: str | None = Query(None, description="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD"),
                   until: str | None = Query(None, description="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD"),
                   kind: str | None = Query(None, description=" | ".join(KINDS)),
                   search: str | None = Query(None, description='Full text: words, or "a phrase"'),
                   limit: int = Query(50, ge=1, le=MAX_LIMIT),
                   cursor: str | None = Query(None, description="The `next` of the page before")) -> JSONResponse:
        items, next_cursor = web_queries.page_of_statements(
            _store(request), web_queries.Filters(speaker, outlet, since, until, kind, search), limit, cursor)
        return JSONResponse({"items": items, "next": next_cursor})

    @app.get("/api/speakers", tags=["record"], summary="Speakers, most statements first")
    def speakers(request: Request, search: str | None = Query(None, description="Part of a name or alias"),
                 limit: int = Query(50, ge=1, le=MAX_LIMIT)) -> JSONResponse:
        return JSONResponse({"items": _store(request).speakers(search=search, limit=limit)})

    @app.get("/api/speakers/{speaker:path}", tags=["record"],
             summary="One speaker: aliases, roles, outlets, statements per month and per week, latest statements")
    def speaker(request: Request, speaker: str) -> JSONResponse:
        with _store(request).read() as conn:  # ``Store.speaker`` and the weeks in one transaction
            info = queries.speaker(conn, speaker)
            info["per_week"] = web_queries.per_week(conn, info["id"])
        return JSONResponse(info)

    @app.get("/api/articles/{article:path}", tags=["record"],
             summary="A stored article (id, key or URL) with its statements, as the document format")
    def article(request: Request, article: str) -> JSONResponse:
        with _store(request).read() as conn:
            found = web_queries.article(conn, article)
        doc = found["reading"].to_dict()
        for st, row in zip(doc["statements"], found["statements"]):
            st.update(id=row["id"], speaker_id=row["speaker_id"])
        return JSONResponse({"id": found["id"], "key": found["key"], **doc})

    @app.get("/api/outlets", tags=["record"],
             summary="Outlets: counts, shares of direct/mixed/indirect and unnamed statements, top speakers")
    def outlets(request: Request, top: int = Query(5, ge=0, le=100)) -> JSONResponse:
        with _store(request).read() as conn:
            return JSONResponse({"items": web_queries.outlets(conn, top=top)})

    @app.get("/api/outlets/{name:path}", tags=["record"],
             summary="One outlet with its top speakers and latest articles")
    def outlet(request: Request, name: str, top: int = Query(20, ge=0, le=100)) -> JSONResponse:
        with _store(request).read() as conn:
            return JSONResponse(web_queries.outlet(conn, name, top=top))

    @app.post("/api/read", tags=["reading"], summary="Read an article; nothing is stored")
    async def read(request: Request, body: ArticleBody) -> JSONResponse:
        reading = await in_reader_thread(request, request.app.state.reader.read, body)
        return JSONResponse(reading.to_dict())

    ingest_doc = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ArticleBody"}}}}}

    @app.post("/api/ingest", tags=["reading"], openapi_extra=ingest_doc,
              summary="Read an article and store it (needs Authorization: Bearer TOKEN)")
    async def ingest(request: Request) -> JSONResponse:
        check_token(request, token)  # before a byte of the body is read
        raw = await request.body()
        try:
            body = ArticleBody.model_validate_json(raw or b"{}")
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from exc
        reading = await in_reader_thread(request, request.app.state.reader.read, body)
        saved = await in_reader_thread(request, _store(request).save, reading)
        return JSONResponse({"article_id": saved.article_id, "created": saved.created,
                             "statements": saved.statements}, status_code=201 if saved.created else 200)


# --- serving ---------------------------------------------------------------------------------------------


def app_from_env() -> FastAPI:
    """The application for uvicorn's workers (``serve(workers=N)``): store and token from the environment."""
    import os

    return make_app(Store.open(os.environ.get("ONRECORD_DB")), token=os.environ.get("ONRECORD_TOKEN") or None,
                    max_body=int(os.environ.get("ONRECORD_MAX_BODY", "10000000")),
                    cache_bytes=int(os.environ.get("ONRECORD_CACHE_BYTES", str(CACHE_BYTES))),
                    allowed_hosts=os.environ.get("ONRECORD_ALLOWED_HOSTS", "").split(",")
                    if os.environ.get("ONRECORD_ALLOWED_HOSTS") else None)


def serve(db_url: str | None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, *,
          workers: int = 1, max_body: int = 10_000_000, cache_bytes: int = CACHE_BYTES,
          log_level: str = "info") -> None:
    """Run the application with uvicorn until interrupted. On a loopback host only loopback Host
    names are answered; ``workers`` > 1 runs that many processes (each opens the store)."""
    import os

    import uvicorn

    allowed = LOOPBACK_HOSTS if host in ("127.0.0.1", "localhost", "::1") else None
    store = Store.open(db_url)  # fails here, with a clear message, when the store cannot be opened
    options: dict[str, Any] = {"host": host, "port": port, "log_level": log_level, "server_header": False,
                               "proxy_headers": False}
    if workers > 1:
        store.close()
        os.environ["ONRECORD_DB"] = store.url.render_as_string(hide_password=False)
        os.environ["ONRECORD_MAX_BODY"] = str(max_body)
        os.environ["ONRECORD_CACHE_BYTES"] = str(cache_bytes)
        os.environ["ONRECORD_ALLOWED_HOSTS"] = ",".join(allowed or [])
        if token:
            os.environ["ONRECORD_TOKEN"] = token
        else:
            os.environ.pop("ONRECORD_TOKEN", None)
        uvicorn.run("onrecord.web:app_from_env", factory=True, workers=workers, **options)
        return
    try:
        uvicorn.run(make_app(store, token=token, max_body=max_body, allowed_hosts=allowed, cache_bytes=cache_bytes),
                    **options)
    finally:
        store.close()
