"""What the commands share: the options of ``read`` and ``ingest`` (one definition and one default
each, applied as decorators), parameter types, and the exit codes' help (``onrecord.errors``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO, Any, TypeVar

import click

from onrecord.errors import EXIT_CODES, NOT_FOUND
from onrecord.sources.decoding import DEFAULT_MAX_BYTES
from onrecord.sources.expand import MAX_PAGES, MAX_SECONDS

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES_HELP = "\b\nExit codes:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES)


class PathNotFound(click.ClickException):
    """A path argument that does not exist: a not-found (exit 3), not click's usage error (2)."""

    exit_code = NOT_FOUND

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.message}", err=True)


class ExistingPath(click.Path):
    """``click.Path(exists=True)`` whose missing path is one line ``error: PATH: no such file or folder``
    and exit code 3; the other checks (a file where a folder is wanted, ...) stay click's usage errors."""

    def __init__(self, **kwargs: Any):
        super().__init__(exists=True, **kwargs)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not os.path.exists(os.fspath(value)):
            raise PathNotFound(f"{os.fspath(value)}: no such file or folder")
        return super().convert(value, param, ctx)


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several options as one decorator, in the order given."""
    def apply(f: F) -> F:
        for decorator in reversed(decorators):
            f = decorator(f)
        return f
    return apply


# --- read and ingest: reading documents, fetching URLs, the progress bar ---

reading_options = _options(
    click.option("--scope", type=click.Choice(["record", "all"]), default="record", show_default=True,
                 help="record: statements that report an act of communication (said, told, wrote, according "
                      "to) by a speaker it can name; all: also attitudes and intentions (thinks, wants, plans) "
                      "and statements with no speaker, as PolNeAR counts them."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 help="Refuse a plain-text document larger than this (an HTML page may be up to 10 MB)."),
)

fetch_options = _options(
    click.option("--allow-private", is_flag=True, help="Let URLs reach private, loopback and link-local addresses."),
    click.option("--ignore-robots", is_flag=True, help="Fetch pages that robots.txt disallows."),
    click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                 help="Seconds to wait for one URL."),
    click.option("--delay", type=click.FloatRange(min=0.0), default=1.0, show_default=True,
                 help="Seconds between two requests to one host."),
    click.option("--follow-links", is_flag=True,
                 help="Fetch the pages that a local feed or sitemap lists (a file, or one found in a folder or "
                      "glob). A feed or sitemap given as a URL is always expanded."),
    click.option("--max-pages", type=click.IntRange(min=0), default=MAX_PAGES, show_default=True,
                 help="Fetch at most this many pages and sitemaps in all to expand feeds and sitemaps; the "
                      "rest of each list is reported as not fetched."),
    click.option("--max-seconds", type=click.FloatRange(min=0.0), default=MAX_SECONDS, show_default=True,
                 help="Spend at most this many seconds fetching to expand feeds and sitemaps."),
)

progress_option = click.option("--progress/--no-progress", default=None,
                               help="Show a progress bar (default: on a terminal).")


DB_HELP = "The store: a SQLite file path, sqlite:///FILE or postgresql://... (default $ONRECORD_DB or ./onrecord.db)."
db_option = click.option("--db", default=None, help=DB_HELP)
