"""The ``serve`` command: the record as a JSON API and web pages (``onrecord.web.app``).

It parses its options and calls ``web.app.serve``; registered on the main group by ``onrecord.cli``.
The server listens on 127.0.0.1 unless ``--host`` says otherwise, and is read-only unless it is given
a token (``--token``, or better ``$ONRECORD_TOKEN``, which other users cannot see in a process list).
"""

from __future__ import annotations

import sys

import click

from onrecord.cli.options import db_option
from onrecord.cli.output import fail
from onrecord.errors import CANNOT_RUN, OnrecordError


def register(main: click.Group) -> None:
    main.add_command(serve)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; anything but loopback exposes the record to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="The port to listen on.")
@click.option("--token", envvar="ONRECORD_TOKEN", default=None, show_envvar=True,
              help="The bearer token that allows POST /api/ingest; without one the server is read-only.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (each opens the store).")
@click.option("--max-body", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="The largest request body, in bytes (larger ones get 413).")
@click.option("--cache-mb", type=click.IntRange(min=0), default=64, show_default=True,
              help="Memory per server process for answers kept until the record changes (0: none kept).")
@click.option("--read-workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that read articles for /api/read and /api/ingest (each holds the model).")
@click.option("--read-queue", type=click.IntRange(min=0), default=4, show_default=True,
              help="Reads that may wait for a read worker; more get 503 with Retry-After.")
@click.option("--read-timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds one read may take; a longer one is stopped (422).")
@click.option("--read-memory-mb", type=click.IntRange(min=0), default=2000, show_default=True,
              help="MB a read worker may grow by while reading (0: no limit); more is refused (413).")
@click.option("--header-timeout", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="Seconds a request's headers may take to arrive (0: no limit); then 408 and closed.")
@click.option("--body-timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds a request's body may take to arrive (0: no limit); then 408 and closed.")
def serve(db: str | None, host: str, port: int, token: str | None, workers: int, max_body: int,
          cache_mb: int, read_workers: int, read_queue: int, read_timeout: float, read_memory_mb: int,
          header_timeout: float, body_timeout: float) -> None:
    """Serve the record: JSON API under /api, pages at /, the API's description at /openapi.json."""
    try:
        from onrecord.web.app import Limits
        from onrecord.web.app import serve as run
    except ImportError as exc:  # the web face's packages are missing
        click.echo(f"error: the web server needs fastapi, uvicorn and jinja2 ({exc.name} is missing)", err=True)
        sys.exit(CANNOT_RUN)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: the record is readable by anyone who can reach it", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"onrecord: serving the record at http://{shown}:{port}/ (API at /api, Ctrl+C to stop)", err=True)
    try:
        run(db, host=host, port=port, token=token or None, workers=workers, max_body=max_body,
            cache_bytes=cache_mb * 1_000_000,
            limits=Limits(read_workers, read_queue, read_timeout, read_memory_mb, header_timeout, body_timeout))
    except OnrecordError as err:
        fail(err)
