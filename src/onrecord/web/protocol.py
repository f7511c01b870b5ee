"""uvicorn's HTTP protocol with a deadline for a request's headers (slow clients, "slowloris").

uvicorn closes an idle keep-alive connection after a few seconds, but once a client has sent the
first byte of a request it waits for the rest of the headers without end: 800 connections that
sent half a request were held for 50 s and more (issue 13), and with a limit of 128 open files,
150 of them made every other request fail. ``HeaderDeadlineProtocol`` gives a request's headers
``header_timeout`` seconds from the connection's start or the request's first byte, however slowly
they trickle in; then it answers ``408 Request Timeout`` and closes the connection. The body has a
deadline of its own (``web.guard``: ``BODY_TIMEOUT``).

It is uvicorn's own protocol (httptools when installed, else h11) with three methods wrapped; serve
passes the class as uvicorn's ``http``. The timeout is a class attribute, set once per process by
``configure`` (``serve``; ``app_from_env`` in each of several server processes).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

HEADER_TIMEOUT = 10.0  # seconds a request's headers may take to arrive
REFUSAL = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


class HeaderDeadlineProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """See the module docstring."""

    header_timeout: float = HEADER_TIMEOUT
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._waiting_for_headers():
            if self._deadline is None:
                self._arm()
        else:
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _waiting_for_headers(self) -> bool:
        cycle = getattr(self, "cycle", None)
        return cycle is None or cycle.response_complete

    def _arm(self) -> None:
        if self.header_timeout > 0:
            self._deadline = self.loop.call_later(self.header_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.transport.write(REFUSAL)
            self.transport.close()


def configure(header_timeout: float) -> type[asyncio.Protocol]:
    """The protocol class for uvicorn, with ``header_timeout`` (0: no deadline) for this process."""
    HeaderDeadlineProtocol.header_timeout = header_timeout
    return HeaderDeadlineProtocol
