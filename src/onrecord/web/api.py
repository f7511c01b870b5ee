"""The JSON API: routes that parse their input, call the store (or a query of ``web.queries``) or the
``Reader``, and answer JSON (the OpenAPI description is ``/openapi.json``).

- ``GET /api/statements`` — the CLI's filters (speaker, outlet, since, until, kind, search), newest
  first; ``limit`` and an opaque ``cursor``: ``{"items": [...], "next": cursor or null}``. Every
  statement is there, each with its ``confidence``; ``min_confidence`` keeps those of at least that
  (``min_confidence=0.5``, ``records.LOW_CONFIDENCE``, gives what the pages show by default);
- ``GET /api/speakers`` (search, limit), ``GET /api/speakers/{id}`` (also a name), with per week;
- ``GET /api/articles/{id}`` (also a key or URL) — the stored reading with statement ids;
- ``GET /api/outlets``, ``GET /api/outlets/{name}``, ``GET /api/counts``, ``GET /api/health``;
- ``POST /api/read`` — ``{"text": ...}`` or ``{"html": ..., "url": ...}``: a reading, nothing stored;
- ``POST /api/ingest`` — the same body (and ``title``), read and stored; needs ``Authorization:
  Bearer TOKEN``. Without a configured token the server is read-only and ingest answers 403.

Reading an article runs in a worker process of ``web.read_pool`` (queue, time and memory limits),
never in the server's process; storing it runs in a thread of its own (``in_reader_thread``), never
in the query threads. An app made with a ``Reader`` (tests, embedding) reads in that thread instead.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from onrecord.records import LOW_CONFIDENCE, Reading
from onrecord.sources.decoding import normalize_text
from onrecord.store import queries
from onrecord.store.queries import KINDS
from onrecord.store.store import Store
from onrecord.web import queries as web_queries
from onrecord.web.guard import ApiError
from onrecord.web.read_pool import Job

MAX_LIMIT = 500
REPORT_OUTLETS = Query([], description="Outlets, one report each (none: the whole record)")


# --- bodies and the reader -------------------------------------------------------------------------------


class ArticleBody(BaseModel):
    """An article to read: exactly one of ``text`` (plain) or ``html`` (a page); ``url`` is recorded,
    never fetched; ``title``, when given, wins over the title the page suggests. Each is normalised as
    the reader normalises text (``_no_nul``)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, max_length=4096, pattern=r"^https?://\S+$")
    title: str | None = Field(None, max_length=2000)

    @field_validator("text", "html", "url", "title", mode="before")
    @classmethod
    def _no_nul(cls, value: Any, info: Any) -> Any:
        """No NUL gets past this door: PostgreSQL cannot store one and SQLite can, so a stored record would
        depend on the store (issue 13). The text and the page are normalised as the reader normalises
        every text (``normalize_text``: a NUL becomes a space, offsets hold); from a URL or a title a NUL
        is dropped."""
        if not isinstance(value, str):
            return value
        return normalize_text(value) if info.field_name in ("text", "html") else value.replace("\x00", "")

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
                from onrecord.reader import Reader

                self._reader = Reader()
            name = body.url or "api"
            if body.html is not None:
                reading = self._reader.read_html(body.html, input=name, url=body.url)
            else:
                reading = self._reader.read_text(body.text or "", input=name, url=body.url)
        if body.title:  # the client's title wins over the one the page suggests
            reading.article.title = body.title
        return reading


async def read_article(request: Request, body: ArticleBody) -> Reading:
    """``body`` read in the app's ``ReadPool`` (or, for an app given a ``Reader``, in the reader thread);
    the client's title wins over the one the page suggests."""
    pool = request.app.state.read_pool
    if pool is None:
        return await in_reader_thread(request, request.app.state.reader.read, body)
    reading = await pool.read(Job(text=body.text, html=body.html, url=body.url, name=body.url or "api"))
    if body.title:
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


def _store(request: Request) -> Store:
    return request.app.state.store


def add_api_routes(app: FastAPI, token: str | None) -> None:
    """The API's routes on ``app``; ``token`` allows ingest (None: read-only)."""
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
                   min_confidence: float | None = Query(
                       None, ge=0.0, le=1.0, description=f"Only statements of at least this confidence "
                       f"({LOW_CONFIDENCE}: what the pages show by default; none: every statement)"),
                   limit: int = Query(50, ge=1, le=MAX_LIMIT),
                   cursor: str | None = Query(None, description="The `next` of the page before")) -> JSONResponse:
        items, next_cursor = web_queries.page_of_statements(
            _store(request), web_queries.Filters(speaker, outlet, since, until, kind, search, min_confidence),
            limit, cursor)
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
            for member, linked in zip((st.get("speaker") or {}).get("members") or [], row["members"]):
                member["speaker_id"] = linked["speaker_id"]  # a joint source: each member's own speaker
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

    @app.get("/api/echoes", tags=["record"],
             summary="Echo groups: quotations in two or more articles, with the first appearance and the flags")
    def echoes(request: Request,
               outlet: str | None = Query(None, description="Only groups with an appearance in this outlet"),
               speaker: str | None = Query(None, description="Only groups with an appearance by this speaker"),
               flagged: str | None = Query(None, description="reattributed | altered | dropped | added | trimmed"),
               limit: int = Query(50, ge=1, le=MAX_LIMIT)) -> JSONResponse:
        return JSONResponse({"items": _store(request).echoes(limit=limit, outlet=outlet, speaker=speaker,
                                                             flagged=flagged)})

    @app.get("/api/echoes/{group}", tags=["record"],
             summary="One echo group: every appearance with its word-level differences from the first")
    def echo(request: Request, group: int) -> JSONResponse:
        return JSONResponse(_store(request).echo(group))

    @app.get("/api/report", tags=["record"],
             summary="Who gets quoted: sources by kind, named and unnamed, the most quoted, people by gender")
    def report(request: Request,
               outlet: list[str] = REPORT_OUTLETS,
               since: str | None = Query(None, description="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD"),
               until: str | None = Query(None, description="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD"),
               search: str | None = Query(None, description='A topic: words, or "a phrase"'),
               top: int = Query(10, ge=1, le=100)) -> JSONResponse:
        return JSONResponse({"items": _store(request).report(outlet or None, since=since, until=until, search=search,
                                                             top=top)})

    @app.post("/api/read", tags=["reading"], summary="Read an article; nothing is stored")
    async def read(request: Request, body: ArticleBody) -> JSONResponse:
        reading = await read_article(request, body)
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
        reading = await read_article(request, body)
        saved = await in_reader_thread(request, _store(request).save, reading)
        return JSONResponse({"article_id": saved.article_id, "created": saved.created,
                             "statements": saved.statements}, status_code=201 if saved.created else 200)
