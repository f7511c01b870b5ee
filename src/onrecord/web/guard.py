"""The guard: what wins for every response, before any route (pure ASGI middleware, outermost).

In this order:

  1. a request whose Host is not allowed (``allowed_hosts``; set by ``serve`` on a loopback bind,
     against DNS rebinding) gets 400, and so does one with a NUL character in its path or query
     (``%00``: no name, key or search holds one);
  2. a body whose ``Content-Length`` is over ``max_body`` gets 413 before any byte is read; a body
     without one is counted as it streams and cut off with 413 at the limit; a body not all there
     ``body_timeout`` seconds after the request's headers gets 408 (a slow client holds no
     connection for long; ``web.protocol`` does the same for the headers);
  3. errors get one shape, ``{"error": {"code": ..., "message": ...}}`` with the status of
     ``status_of`` (an HTML page with the same code on a page route, unless the client asks for
     JSON only); the message of a 5xx names nothing of the server (the store's URL, paths: the log
     has them), only its code and that it is the server's failure;
  4. every response carries the security headers (``SECURITY_HEADERS``).

A ``HEAD`` is answered as the ``GET`` of the same URL without its body (``HeadAsGet``, outside the guard).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException

from onrecord.errors import (
    DependencyError,
    InputError,
    InputTooLarge,
    ModelError,
    NotFound,
    OnrecordError,
    QueryError,
    ReadFailed,
    ServerBusy,
    StoreError,
)

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
                        (ModelError, 503), (DependencyError, 503), (StoreError, 503), (ServerBusy, 503),
                        (ReadFailed, 503)):
        if isinstance(err, cls):
            return status
    return 500


SERVER_FAILED = {
    "store_error": "the store cannot answer now; the server's log says why",
    "model_error": "the language model cannot be loaded; the server's log says why",
    "missing_dependency": "the server lacks a package this needs; its log says which",
    "read_failed": "the server failed to read this article; its log says why",
}

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 408: "body_timeout", 413: "body_too_large", 415: "unsupported_media_type",
              422: "invalid_request", 500: "internal_error"}


def wants_html(scope: Scope) -> bool:
    """A page route answers its errors as an HTML page (unless the client asks for JSON and not HTML);
    the API, the OpenAPI description and static files answer JSON."""
    path = scope.get("path", "")
    if path.startswith(("/api/", "/openapi.json", "/static/")):
        return False
    accept = Headers(scope=scope).get("accept", "")
    return "text/html" in accept or "application/json" not in accept


def error_response(scope: Scope, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_html(scope):
        from onrecord.web.pages import error_page

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
        if isinstance(exc, ServerBusy):  # its message says how busy, nothing of the server
            return error_response(request.scope, status, exc.code, exc.message,
                                  {"retry-after": str(exc.retry_after)})
        if status >= 500:  # the server's failure: the log says why, the client learns nothing of the server
            log.error("%s: %s", exc.code, exc.one_line())
            return error_response(request.scope, status, exc.code, SERVER_FAILED.get(
                exc.code, "the server cannot answer this now; its log says why"))
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


class BodyTimeout(HTTPException):
    def __init__(self, limit: float):
        super().__init__(408, f"the request body did not arrive within {limit:g} s", {"connection": "close"})


BODY_TIMEOUT = 30.0  # seconds a request's body may take to arrive, after its headers


class Guard:
    """Pure ASGI middleware, outermost: the module docstring says what it does, in order."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_body: int, allowed_hosts: list[str] | None,
                 body_timeout: float = BODY_TIMEOUT):
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout
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
        raw_path = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
        if b"%00" in scope.get("query_string", b"") or b"%00" in raw_path or "\x00" in scope.get("path", ""):
            await refuse(400, "bad_request", "the URL holds a NUL character (%00)")
            return
        length = headers.get("content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.max_body):
            await refuse(413, "body_too_large", f"the request body is over the {self.max_body:,}-byte limit",
                         {"connection": "close"})
            return
        received = 0
        body_done = False
        deadline = time.monotonic() + self.body_timeout

        async def counted() -> Message:
            nonlocal received, body_done
            if body_done or self.body_timeout <= 0:
                return await receive()
            try:
                with anyio.fail_after(max(0.0, deadline - time.monotonic())):
                    message = await receive()
            except TimeoutError:
                raise BodyTimeout(self.body_timeout) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
                body_done = not message.get("more_body", False)
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except BodyTooLarge as exc:
            if started:
                raise
            await refuse(413, "body_too_large", str(exc.detail), {"connection": "close"})
        except BodyTimeout as exc:
            if started:
                raise
            await refuse(408, "body_timeout", str(exc.detail), {"connection": "close"})
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await refuse(500, "internal_error", "the server failed on this request; the log says why")


class HeadAsGet:
    """Pure ASGI middleware, outside the guard: a ``HEAD`` is routed as the ``GET`` of the same URL
    (FastAPI's routes take only the methods they name) and answered with its status and headers,
    ``Content-Length`` included, without the body."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
