"""Measuring and learning: ``onrecord eval record|polnear|extraction`` scores onrecord on an annotated
corpus (``onrecord.corpora``), ``onrecord train polnear`` rebuilds the cue classifier, ``onrecord train
confidence`` the statements' confidence."""

from __future__ import annotations

import json
import sys
import time

import click

from onrecord.cli.options import ExistingPath
from onrecord.cli.output import fail, jsonl_sink, write_jsonl
from onrecord.errors import DOCUMENTS_FAILED, OnrecordError


@click.group(name="eval")
def eval_() -> None:
    """Measure onrecord against an annotated corpus: the record, PolNeAR, main-text extraction."""


@eval_.command(name="polnear")
@click.argument("split_dir", type=ExistingPath(file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the readings as JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--agreement", is_flag=True,
              help="Read nothing: score the split's further annotators against its gold, the first annotator "
                   "(how close people come to the gold).")
def eval_polnear(split_dir: str, out: str | None, as_json: bool, agreement: bool) -> None:
    """Score onrecord on a PolNeAR split (brat standoff): exact and loose P/R/F1 per role, and triples."""
    from onrecord.corpora import polnear
    from onrecord.corpora.polnear import format_scores, load_split, score
    from onrecord.reader import Reader

    if agreement:
        try:
            res = polnear.agreement(split_dir)
        except OnrecordError as err:
            fail(err)
        click.echo(json.dumps(res) if as_json else format_scores(res))
        click.echo(f"({res['pairs']} further annotations of {res['articles']} articles against their gold)", err=True)
        return
    try:
        articles = load_split(split_dir)
        reader = Reader(scope="all")  # PolNeAR counts attitudes and intentions too
    except OnrecordError as err:
        fail(err)
    readings = {}
    started = time.perf_counter()
    with jsonl_sink(out) as sink:
        for art in articles:
            readings[art.name] = reader.read_text(art.text, input=f"{art.name}.txt").to_dict()
            write_jsonl(sink, readings[art.name])
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
        fail(err)
    readings: dict[str, dict] = {}
    failed = 0
    started = time.perf_counter()
    with jsonl_sink(out) as sink:
        for path in files:
            try:
                article = read_html_page(path.read_bytes())
            except OnrecordError as err:
                click.echo(f"error: {path}: {err.message}", err=True)
                failed += 1
                continue
            readings[page_id(path.name)] = reading = {"input": str(path), "article": article.to_dict()}
            write_jsonl(sink, reading)
    res = score(truth, readings)
    click.echo(json.dumps(res) if as_json else format_score(res))
    if not as_json:
        click.echo(f"({len(files)} pages in {time.perf_counter() - started:.1f} s)", err=True)
    if failed:
        click.echo(f"{failed} of {len(files)} pages failed (scored as missing)", err=True)
        sys.exit(DOCUMENTS_FAILED)


@eval_.command(name="record")
@click.argument("gold_dir", type=ExistingPath(file_okay=False))
@click.argument("sources", nargs=-1)
@click.option("--readings", type=ExistingPath(dir_okay=False),
              help="Score these readings (JSONL of `onrecord read --format jsonl`) instead of reading the sources.")
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the readings as JSONL here.")
@click.option("--show", is_flag=True, help="List every false, missed and wrong-speaker statement.")
@click.option("--reliability", is_flag=True,
              help="Also print the reliability table: statements by confidence, and the share fully right.")
@click.option("--by-kind", is_flag=True,
              help="Also print, by kind of gold statement (direct, mixed, indirect), how many were found and "
                   "how many with the right speaker.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_record(gold_dir: str, sources: tuple[str, ...], readings: str | None, out: str | None, show: bool,
                reliability: bool, by_kind: bool, as_json: bool) -> None:
    """Score the record against hand-annotated articles (eval/record-gold/dev or test).

    SOURCES are where the articles are (files, folders, tables: what `onrecord read` takes); by
    default the paths in GOLD_DIR's sources.txt, or its parent's, relative to that file. Only the
    documents a gold file names are read.
    """
    from onrecord.corpora import record_gold
    from onrecord.reader import Reader

    try:
        gold = record_gold.load_gold(gold_dir)
        if readings:
            found = [json.loads(line) for line in open(readings, encoding="utf-8") if line.strip()]
        else:
            specs = list(sources) or record_gold.default_sources(gold_dir)
            reader = Reader()
            found = []
            with jsonl_sink(out) as sink:
                for _, reading in reader.read_sources(
                        specs, skip=lambda doc: not record_gold.wanted(gold, doc.location, doc.meta.get("title"))):
                    if isinstance(reading, OnrecordError):
                        click.echo(f"error: {reading.one_line()}", err=True)
                        continue
                    found.append(reading.to_dict())
                    write_jsonl(sink, found[-1])
    except (OnrecordError, OSError, ValueError) as err:
        fail(err if isinstance(err, OnrecordError) else OnrecordError(str(err), input=readings))
    res = record_gold.score(gold, found)
    if as_json:
        click.echo(record_gold.as_json(res))
        return
    click.echo(record_gold.format_scores(res, show=show))
    if by_kind:
        click.echo(record_gold.format_by_kind(res))
    if reliability:
        from onrecord.corpora.calibration import format_reliability, scored_pairs

        click.echo()
        click.echo(format_reliability(scored_pairs(res), f"reliability on {gold_dir}"))


@click.group()
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
        fail(err)
    click.echo(f"use it with: ONRECORD_MODEL={path} onrecord eval polnear DEV_SPLIT", err=True)


@train.command(name="confidence")
@click.argument("gold_dir", type=ExistingPath(file_okay=False))
@click.argument("sources", nargs=-1)
@click.option("--out", type=click.Path(dir_okay=False),
              help="Where to write the model (default: confidence.json in the working directory).")
def train_confidence(gold_dir: str, sources: tuple[str, ...], out: str | None) -> None:
    """Fit the statements' confidence on hand-annotated articles (eval/record-gold/dev; never test).

    SOURCES are where the articles are, as for `onrecord eval record` (default: GOLD_DIR's
    sources.txt). Prints the reliability table on those articles and with each article left out of
    the fit in turn. To ship the model: --out src/onrecord/models/confidence.json in a checkout.
    """
    from onrecord.corpora.calibration import train_confidence as fit_confidence

    try:
        path = fit_confidence(gold_dir, sources, out, log=click.echo)
    except OnrecordError as err:
        fail(err)
    click.echo(f"wrote {path}", err=True)
