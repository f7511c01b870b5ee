"""``onrecord read``, and the batch that ``read`` and ``ingest`` share.

``BatchRun``: one ``Reader``, safe fetching with the shared fetch options, a progress bar (with a
total when the inputs tell it), every result in turn; a failed document is listed on stderr as it
comes and kept, and the batch goes on. The commands only decide what to do with each reading.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator

import click

from onrecord.cli.options import fetch_options, progress_option, reading_options
from onrecord.cli.output import fail, not_followed_line, statements_table
from onrecord.errors import OnrecordError
from onrecord.records import Reading
from onrecord.sources.documents import RawDocument


class BatchRun:
    """Read ``sources`` with the options of ``reading_options``, ``fetch_options`` and
    ``progress_option``; iterate for ``(name, reading or error)``."""

    def __init__(self, sources: tuple[str, ...], label: str, *, scope: str, max_bytes: int, allow_private: bool,
                 ignore_robots: bool, timeout: float, delay: float, follow_links: bool, progress: bool | None,
                 max_pages: int, max_seconds: float, skip: Callable[[RawDocument], bool] | None = None):
        from onrecord.reader import Batch

        self.sources, self.label, self.skip = sources, label, skip
        self.scope, self.max_bytes, self.follow_links, self.progress = scope, max_bytes, follow_links, progress
        self.fetch = {"timeout": timeout, "respect_robots": not ignore_robots, "allow_private": allow_private,
                      "per_host_delay": delay}
        self.budget = {"max_pages": max_pages, "max_seconds": max_seconds}
        self.batch = Batch()
        self.failures: list[OnrecordError] = []

    def __iter__(self) -> Iterator[tuple[str, Reading | OnrecordError]]:
        from onrecord.cli.progress import Progress
        from onrecord.reader import Reader
        from onrecord.sources.expand import count_documents
        from onrecord.sources.fetch import Fetcher, FetchPolicy

        try:
            reader = Reader(max_bytes=self.max_bytes, scope=self.scope)
        except OnrecordError as err:
            fail(err)
        with (Fetcher(FetchPolicy(**self.fetch)) as fetcher,
              Progress(self.label, total=lambda: count_documents(self.sources), enabled=self.progress) as bar):
            for name, result in reader.read_sources(self.sources, fetcher=fetcher, batch=self.batch,
                                                    follow_links=self.follow_links, skip=self.skip,
                                                    **self.budget):
                bar.advance_to(self.batch.seen)
                if isinstance(result, OnrecordError):
                    self.failures.append(result)
                    click.echo(f"error: {result.one_line()}", err=True)
                yield name, result
            bar.advance_to(self.batch.seen)  # duplicates and skipped documents after the last result

    def say_what_was_not_fetched(self) -> None:
        if self.batch.not_followed:
            click.echo(not_followed_line(self.batch.not_followed), err=True)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
              help="table (default on a terminal), json (one object, a list for several inputs) or jsonl.")
@reading_options
@fetch_options
@progress_option
def read(sources: tuple[str, ...], fmt: str | None, **options) -> None:
    """Read articles and print every reported statement with its speaker.

    SOURCES are files (plain text, HTML, .html.gz), folders (read recursively), globs, URLs, RSS/Atom
    feeds, sitemaps, WARC archives (.warc, .warc.gz) and JSONL/CSV tables of url,title,date,text rows.
    The pages a local feed or sitemap lists are fetched only with --follow-links.
    The same article reached twice is read once. Failures are listed at the end, and the exit code
    is 1 (some documents failed, even the only one), or 3 when an input path does not exist.
    """
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    run = BatchRun(sources, "reading", **options)
    collected = []
    for _name, result in run:
        if isinstance(result, OnrecordError):
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        elif fmt == "table":
            click.echo(statements_table(result) + "\n")
        else:
            collected.append(result.to_dict())
    if fmt == "json" and collected:
        single = len(sources) == 1 and len(collected) == 1 and not run.failures
        click.echo(json.dumps(collected[0] if single else collected, ensure_ascii=False, indent=2))
    if run.batch.duplicates:
        click.echo(f"{run.batch.duplicates} duplicate article(s) read once", err=True)
    run.say_what_was_not_fetched()
    if run.failures:
        click.echo(f"{len(run.failures)} of {run.batch.read + len(run.failures)} documents failed:", err=True)
        for err in run.failures:
            click.echo(f"  {err.one_line()}", err=True)
        sys.exit(max(err.exit_code for err in run.failures))
