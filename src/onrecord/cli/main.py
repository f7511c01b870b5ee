"""The ``onrecord`` command: each command parses its options, calls the core, formats the result."""

from __future__ import annotations

import json
import shutil
import sys
import time

import click

from onrecord.cli.options import (
    EXIT_CODES_HELP,
    ExistingPath,
    fetch_options,
    not_followed_line,
    progress_option,
    reading_options,
)
from onrecord.errors import DOCUMENTS_FAILED, OnrecordError
from onrecord.records import Reading


def _fail(err: OnrecordError) -> None:
    click.echo(f"error: {err.one_line()}", err=True)
    sys.exit(err.exit_code)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def format_table(reading: Reading) -> str:
    art = reading.article
    width = shutil.get_terminal_size((120, 20)).columns
    lines = [f"{reading.input or '<text>'}: {art.title or '(no title)'}"
             f"{' — ' + art.published if art.published else ''}",
             f"{len(reading.statements)} statements, {len(reading.people)} speakers"]
    rows = [("SPEAKER", "KIND", "CUE", "CONTENT")]
    for st in reading.statements:
        speaker = st.speaker.name if st.speaker and st.speaker.name else "?"
        rows.append((speaker, st.kind, st.cue.text if st.cue else "—", " … ".join(c.text for c in st.content)))
    w0 = min(28, max(len(r[0]) for r in rows))
    w2 = min(16, max(len(r[2]) for r in rows))
    rest = max(20, width - w0 - 9 - w2 - 6)
    for r in rows:
        lines.append(f"{_short(r[0], w0):<{w0}}  {r[1]:<8} {_short(r[2], w2):<{w2}}  {_short(r[3], rest)}")
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="onrecord")
def main() -> None:
    """onrecord: who said what in the news."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
              help="table (default on a terminal), json (one object, a list for several inputs) or jsonl.")
@reading_options
@fetch_options
@progress_option
def read(sources: tuple[str, ...], fmt: str | None, max_bytes: int, allow_private: bool, ignore_robots: bool,
         timeout: float, delay: float, follow_links: bool, progress: bool | None) -> None:
    """Read articles and print every reported statement with its speaker.

    SOURCES are files (plain text, HTML, .html.gz), folders (read recursively), globs, URLs, RSS/Atom
    feeds, sitemaps, WARC archives (.warc, .warc.gz) and JSONL/CSV tables of url,title,date,text rows.
    The pages a local feed or sitemap lists are fetched only with --follow-links.
    The same article reached twice is read once. Failures are listed at the end, and the exit code
    is 1 (some documents failed, even the only one), or 3 when an input path does not exist.
    """
    from onrecord.cli.progress import Progress
    from onrecord.reader import Batch, Reader
    from onrecord.sources.expand import count_documents
    from onrecord.sources.fetch import Fetcher, FetchPolicy

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    try:
        reader = Reader(max_bytes=max_bytes)
    except OnrecordError as err:
        _fail(err)
    policy = FetchPolicy(timeout=timeout, respect_robots=not ignore_robots, allow_private=allow_private,
                         per_host_delay=delay)
    failures: list[OnrecordError] = []
    collected = []
    batch = Batch()
    with (Fetcher(policy) as fetcher,
          Progress("reading", total=lambda: count_documents(sources), enabled=progress) as bar):
        for _name, result in reader.read_sources(sources, fetcher=fetcher, batch=batch, follow_links=follow_links):
            bar.advance_to(batch.seen)
            if isinstance(result, OnrecordError):
                failures.append(result)
                click.echo(f"error: {result.one_line()}", err=True)
                continue
            if fmt == "jsonl":
                click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
            elif fmt == "table":
                click.echo(format_table(result) + "\n")
            else:
                collected.append(result.to_dict())
        bar.advance_to(batch.seen)  # duplicates after the last result
    if fmt == "json" and collected:
        single = len(sources) == 1 and len(collected) == 1 and not failures
        click.echo(json.dumps(collected[0] if single else collected, ensure_ascii=False, indent=2))
    if batch.duplicates:
        click.echo(f"{batch.duplicates} duplicate article(s) read once", err=True)
    if batch.not_followed:
        click.echo(not_followed_line(batch.not_followed), err=True)
    if failures:
        click.echo(f"{len(failures)} of {batch.read + len(failures)} documents failed:", err=True)
        for err in failures:
            click.echo(f"  {err.one_line()}", err=True)
        sys.exit(max(err.exit_code for err in failures))


@main.group(name="eval")
def eval_() -> None:
    """Measure attribution against an annotated corpus."""


@eval_.command(name="polnear")
@click.argument("split_dir", type=ExistingPath(file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the readings as JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_polnear(split_dir: str, out: str | None, as_json: bool) -> None:
    """Score onrecord on a PolNeAR split (brat standoff): exact and loose P/R/F1 per role, and triples."""
    from onrecord.corpora.polnear import format_scores, load_split, score
    from onrecord.reader import Reader

    try:
        articles = load_split(split_dir)
        reader = Reader()
    except OnrecordError as err:
        _fail(err)
    readings = {}
    started = time.perf_counter()
    sink = open(out, "w", encoding="utf-8") if out else None
    try:
        for art in articles:
            reading = reader.read_text(art.text, input=f"{art.name}.txt")
            readings[art.name] = reading.to_dict()
            if sink:
                sink.write(json.dumps(readings[art.name], ensure_ascii=False) + "\n")
    finally:
        if sink:
            sink.close()
    res = score(articles, readings)
    if as_json:
        click.echo(json.dumps(res))
    else:
        click.echo(format_scores(res))
        click.echo(f"({len(articles)} articles in {time.perf_counter() - started:.1f} s)", err=True)


@eval_.command(name="extraction")
@click.argument("folder", type=ExistingPath(file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the readings (article only) as JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_extraction(folder: str, out: str | None, as_json: bool) -> None:
    """Score main-text extraction on an article-extraction benchmark folder (html/ and ground-truth.json)."""
    from onrecord.corpora.extraction_benchmark import format_score, load_truth, page_id, pages, score
    from onrecord.extraction.webpage import read_html_page

    try:
        truth = load_truth(folder)
        files = pages(folder)
    except OnrecordError as err:
        _fail(err)
    readings: dict[str, dict] = {}
    failed = 0
    started = time.perf_counter()
    sink = open(out, "w", encoding="utf-8") if out else None
    try:
        for path in files:
            try:
                article = read_html_page(path.read_bytes())
            except OnrecordError as err:
                click.echo(f"error: {path}: {err.message}", err=True)
                failed += 1
                continue
            readings[page_id(path.name)] = reading = {"input": str(path), "article": article.to_dict()}
            if sink:
                sink.write(json.dumps(reading, ensure_ascii=False) + "\n")
    finally:
        if sink:
            sink.close()
    res = score(truth, readings)
    click.echo(json.dumps(res) if as_json else format_score(res))
    if not as_json:
        click.echo(f"({len(files)} pages in {time.perf_counter() - started:.1f} s)", err=True)
    if failed:
        click.echo(f"{failed} of {len(files)} pages failed (scored as missing)", err=True)
        sys.exit(DOCUMENTS_FAILED)


@main.group()
def train() -> None:
    """Rebuild onrecord's trained parts from annotated data."""


@train.command(name="polnear")
@click.argument("split_dir", type=ExistingPath(file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False),
              help="Where to write the model (default: cues.json in the working directory; never the package's).")
@click.option("--epochs", type=int, default=6, show_default=True, help="Passes over the training examples.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the example order (the same seed, "
              "the same weights).")
def train_polnear(split_dir: str, out: str | None, epochs: int, seed: int) -> None:
    """Train the cue classifier on a PolNeAR split (use train; never the test split).

    To read with the model it writes: ONRECORD_MODEL=cues.json onrecord read ... (or eval, ingest,
    serve). To ship it, copy it over src/onrecord/models/cues.json in a checkout.
    """
    from onrecord.corpora.training import train_cues

    try:
        path = train_cues(split_dir, out, epochs=epochs, seed=seed, log=lambda m: click.echo(m, err=True))
    except OnrecordError as err:
        _fail(err)
    click.echo(f"use it with: ONRECORD_MODEL={path} onrecord eval polnear DEV_SPLIT", err=True)
