"""The record's commands: ``ingest``, ``quotes``, ``speakers``, ``speaker``, ``echoes``, ``report``, ``export``,
``errors``.

Each parses its options, opens the store (``--db URL``: a SQLite file by default, ``$ONRECORD_DB``
or ``./onrecord.db``; ``postgresql://...`` for PostgreSQL), calls one store method and formats the
result. Only ``ingest`` creates a store that is not there; the others refuse it (a mistyped path).
Registered on the main group by ``onrecord.cli``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import click

from onrecord.cli.options import ExistingPath, db_option, fetch_options, progress_option, reading_options
from onrecord.cli.output import UNCERTAIN, confidence_cell, fail, short
from onrecord.cli.reading import BatchRun
from onrecord.errors import DOCUMENTS_FAILED, NotFound, OnrecordError
from onrecord.records import LOW_CONFIDENCE, low_confidence


def _open(db: str | None, *, create: bool = False):
    """The store; only ``ingest`` may create it: the other commands refuse a store that is not there."""
    from onrecord.store.store import Store

    try:
        return Store.open(db, create=create)
    except OnrecordError as err:
        fail(err)


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[tuple[str, str, int]]) -> None:
    """Rows as a table (columns: key, heading, width; the last one takes the rest), JSON, JSONL or CSV."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        keys = list(rows[0]) if rows else [c[0] for c in columns]
        writer = csv.DictWriter(sys.stdout, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                             for k, v in row.items()})
    else:
        click.echo("  ".join(f"{h:<{w}}" for _, h, w in columns).rstrip())
        for row in rows:
            click.echo("  ".join(f"{short(str(_get(row, k) or ''), w):<{w}}" for k, _, w in columns).rstrip())


def _get(row: Mapping[str, Any], key: str) -> Any:
    value: Any = row
    for part in key.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


FORMATS = click.Choice(["table", "json", "jsonl", "csv"])
FORMAT_HELP = "table (for people), json (one list), jsonl (one object a line) or csv."


def register(main: click.Group) -> None:
    for command in (ingest, quotes, speakers, speaker, echoes, report, merge_speakers, split_speaker, export, errors):
        main.add_command(command)


@click.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option("--from-parquet", "parquet", type=ExistingPath(file_okay=False), multiple=True,
              help="Load the output of `onrecord spark read` (a folder) instead of reading sources.")
@reading_options
@fetch_options
@progress_option
def ingest(sources: tuple[str, ...], db: str | None, parquet: tuple[str, ...], **options) -> None:
    """Read SOURCES as `onrecord read` does and store articles, statements and speakers.

    Each article is stored with its statements in one transaction; an article stored before (same
    canonical URL or same text) is not read or stored again; failures are stored too (`onrecord
    errors`) and listed at the end (exit code 1, or 3 when an input path does not exist).
    """
    if not sources and not parquet:
        raise click.UsageError("give SOURCES to read, or --from-parquet DIR")
    store = _open(db, create=True)
    parquet_failed = _ingest_parquet(store, parquet, options["progress"]) if parquet else 0
    if not sources:
        if parquet_failed:
            sys.exit(DOCUMENTS_FAILED)
        return
    run = BatchRun(sources, "ingesting", skip=lambda raw: store.has_url(raw.url), **options)
    stored = statements = already = 0
    for name, result in run:
        try:
            if isinstance(result, OnrecordError):
                store.record_failure(result.input or name, result)
                continue
            saved = store.save(result)
        except OnrecordError as err:  # the store itself failed: stop, nothing half-stored
            fail(err)
        if saved.created:
            stored += 1
            statements += saved.statements
        else:
            already += 1
    counts = store.counts()
    click.echo(f"stored {stored} articles ({statements} statements); {already + run.batch.skipped} already "
               f"stored, {run.batch.duplicates} duplicates, {len(run.failures)} failed. The record now holds "
               f"{counts['articles']} articles, {counts['statements']} statements, {counts['speakers']} speakers.",
               err=True)
    run.say_what_was_not_fetched()
    if run.failures or parquet_failed:
        sys.exit(max([DOCUMENTS_FAILED if parquet_failed else 0, *(err.exit_code for err in run.failures)]))


def _ingest_parquet(store, folders: tuple[str, ...], progress: bool | None) -> int:
    """Store what a Spark job wrote: its readings in the job's order (published, then key), through the
    same ``Store.save`` as a direct ingest (one transaction each, nothing twice, the same linking),
    and its error rows as failures, each listed on stderr. Returns how many failures it recorded."""
    from onrecord.cli.progress import Progress
    from onrecord.spark.job import iter_parquet_failures, iter_parquet_readings

    stored = statements = already = failed = 0
    with Progress("loading", enabled=progress) as bar:
        for folder in folders:
            try:
                for reading in iter_parquet_readings(folder):
                    saved = store.save(reading)
                    bar.advance()
                    if saved.created:
                        stored += 1
                        statements += saved.statements
                    else:
                        already += 1
                for err in iter_parquet_failures(folder):
                    store.record_failure(err.input or "?", err)
                    click.echo(f"error: {err.one_line()}", err=True)
                    failed += 1
            except OnrecordError as err:
                fail(err)
    click.echo(f"loaded {stored} articles ({statements} statements) from Parquet; {already} already stored, "
               f"{failed} failures recorded.", err=True)
    return failed


@click.command()
@db_option
@click.option("--speaker", help="A speaker's name (any name form seen) or id.")
@click.option("--outlet", help="An outlet's name.")
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--kind", type=click.Choice(["direct", "mixed", "indirect"]),
              help="Only direct quotes, mixed (reported speech with quoted words) or indirect (reported speech).")
@click.option("--search", help='Full-text search in what was said: words, or "a phrase".')
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many statements.")
@click.option("--uncertain", "--all-confidence", "uncertain", is_flag=True,
              help=f"Also list low-confidence statements (confidence under {LOW_CONFIDENCE}: more likely wrong than "
                   f"right), marked {UNCERTAIN}.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help=FORMAT_HELP)
def quotes(db: str | None, speaker: str | None, outlet: str | None, since: str | None, until: str | None,
           kind: str | None, search: str | None, limit: int, uncertain: bool, fmt: str) -> None:
    """Statements in the record, newest first, without the low-confidence ones unless --uncertain. A
    --speaker that names nobody is an error (exit 3); a search that matches nothing is not.

    Each row has its confidence (the probability that it is fully right: a real statement with the
    right speaker) and, in json, jsonl and csv, "uncertain": true for a low-confidence one."""
    store = _open(db)
    try:
        if speaker and speaker.strip() and not store.has_speaker(speaker):
            raise NotFound(f"no speaker {speaker!r}")
        rows = store.statements(speaker=speaker, outlet=outlet, since=since, until=until, kind=kind, search=search,
                                limit=limit, min_confidence=None if uncertain else LOW_CONFIDENCE)
    except OnrecordError as err:
        fail(err)
    for row in rows:
        row["uncertain"] = low_confidence(row["confidence"])
        if fmt == "table":
            row["confidence_cell"] = confidence_cell(row["confidence"])
    _emit(rows, fmt, [("published", "DATE", 10), ("speaker_name", "SPEAKER", 24), ("kind", "KIND", 8),
                      ("confidence_cell", "CONF", 14 if uncertain else 4), ("cue.text", "CUE", 12),
                      ("outlet", "OUTLET", 14), ("content_text", "CONTENT", 70)])


@click.command()
@db_option
@click.option("--search", help="Part of a name.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many speakers.")
@click.option("--quotes", "with_quotes", type=click.IntRange(min=0), default=0,
              help="Also print up to N statements of each speaker.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help=FORMAT_HELP)
def speakers(db: str | None, search: str | None, limit: int, with_quotes: int, fmt: str) -> None:
    """Speakers in the record, most quoted first."""
    store = _open(db)
    try:
        rows = store.speakers(search=search, limit=limit)
        if with_quotes:
            for row in rows:
                row["statements"] = store.statements(speaker=row["id"], limit=with_quotes)
    except OnrecordError as err:
        fail(err)
    if fmt != "table" or not with_quotes:
        _emit(rows, fmt, [("statement_count", "STATEMENTS", 10), ("name", "SPEAKER", 30), ("kind", "KIND", 12),
                          ("outlets", "OUTLETS", 40)])
        return
    for row in rows:
        click.echo(f"{row['name']} ({row['kind']}, {row['statement_count']} statements)")
        for st in row["statements"]:
            cue = _get(st, "cue.text")
            click.echo(f"  {st.get('published') or '':<10}  {short(cue, 12):<12}  "
                       f"{short(st.get('content_text'), 90)}")
        click.echo()


@click.command()
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table (a summary) or json (everything, the latest statements included).")
def speaker(name: str, db: str | None, fmt: str) -> None:
    """One speaker: name forms, roles over time, outlets, statements over time."""
    store = _open(db)
    try:
        info = store.speaker(name)
    except OnrecordError as err:
        fail(err)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"{info['name']} ({info['kind']}), {len(info.get('statements') or [])} statements")
    if info.get("aliases"):
        click.echo("  also: " + ", ".join(info["aliases"]))
    for role in info.get("roles") or []:
        first, last = role.get("first_seen"), role.get("last_seen")
        when = "undated" if not first else first if first == last else f"{first} to {last}"
        click.echo(f"  role: {role.get('role')} ({when})")
    _lines("outlets", info.get("outlets"))
    _lines("per month", info.get("per_month"))
    for st in (info.get("statements") or [])[:20]:
        click.echo(f"  {st.get('published') or '':<10}  {short(st.get('outlet'), 16):<16}  "
                   f"{short(st.get('content_text'), 80)}")


def _lines(label: str, value: Iterable[Any] | Mapping[str, Any] | None) -> None:
    if not value:
        return
    if isinstance(value, Mapping):
        items = [f"{k} {v}" for k, v in value.items()]
    else:
        items = [" ".join(str(x) for x in (v.values() if isinstance(v, Mapping) else [v])) for v in value]
    click.echo(f"  {label}: " + ", ".join(items))


@click.command(name="merge-speakers")
@click.argument("source")
@click.argument("target")
@db_option
def merge_speakers(source: str, target: str, db: str | None) -> None:
    """Make SOURCE (a speaker's id or name) part of TARGET. Remembered: articles ingested again, here or
    into a database given these decisions, link the same way."""
    store = _open(db)
    try:
        result = store.merge_speakers(_ref(source), _ref(target))
    except OnrecordError as err:
        fail(err)
    click.echo(json.dumps(result, ensure_ascii=False, default=str))


@click.command(name="split-speaker")
@click.argument("speaker")
@click.argument("name_or_article")
@click.argument("new_name")
@db_option
def split_speaker(speaker: str, name_or_article: str, new_name: str, db: str | None) -> None:
    """Take from SPEAKER the mentions under a name form (or in one article: its id, key or URL) and give
    them to a speaker called NEW_NAME. Remembered like merges."""
    store = _open(db)
    try:
        result = store.split_speaker(_ref(speaker), _ref(name_or_article), new_name)
    except OnrecordError as err:
        fail(err)
    click.echo(json.dumps(result, ensure_ascii=False, default=str))


def _ref(value: str) -> str:
    """A speaker or article as given: the store reads it as an id or a name (``store.ids.parse_id``)."""
    return value


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True,
              help="jsonl, csv or parquet (parquet needs pyarrow).")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True, help="The file to write.")
def export(db: str | None, fmt: str, out: str) -> None:
    """Export every statement with its article and speaker."""
    store = _open(db)
    try:
        n = store.export(fmt, out)
    except OnrecordError as err:
        fail(err)
    click.echo(f"wrote {n} statements to {out}", err=True)


@click.command()
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help=FORMAT_HELP)
def errors(db: str | None, fmt: str) -> None:
    """The documents that failed to be read, and why."""
    store = _open(db)
    try:
        rows = store.failures()
    except OnrecordError as err:
        fail(err)
    _emit(rows, fmt, [("at", "WHEN", 19), ("code", "CODE", 18), ("input", "INPUT", 50), ("message", "WHY", 60)])


FLAGS = click.Choice(["reattributed", "altered", "dropped", "added", "trimmed"])


@click.command()
@click.argument("group", type=int, required=False)
@db_option
@click.option("--outlet", help="Only groups with an appearance in this outlet.")
@click.option("--speaker", help="Only groups with an appearance by this speaker (id, name or alias).")
@click.option("--flagged", type=FLAGS, help="Only groups with this flag (reattributed: the words given to another "
                                            "speaker; altered: a word changed; dropped, added, trimmed).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many groups.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help=FORMAT_HELP)
def echoes(group: int | None, db: str | None, outlet: str | None, speaker: str | None, flagged: str | None,
           limit: int, fmt: str) -> None:
    """Quotations that appear in two or more articles: where first, where after, and how they changed.

    With GROUP, that group's appearances, each with its differences from the first. As csv or jsonl, one
    row per appearance (the group, its flags, the appearance's own flags and differences)."""
    store = _open(db)
    try:
        rows = [store.echo(group)] if group is not None else store.echoes(limit=limit, outlet=outlet,
                                                                            speaker=speaker, flagged=flagged)
    except OnrecordError as err:
        fail(err)
    if fmt in ("csv", "jsonl"):  # one row per appearance: a table to load elsewhere
        _emit(_appearance_rows(rows), fmt, [])
        return
    if fmt == "json":
        _emit(rows, fmt, [])
        return
    if group is not None:
        _show_group(rows[0])
        return
    click.echo(f"{'GROUP':<6}  {'ARTICLES':<8}  {'FIRST':<10}  {'SPEAKER':<24}  {'FLAGS':<22}  QUOTATION")
    for g in rows:
        first = g["first"]
        click.echo(f"{g['group']:<6}  {g['articles']:<8}  {first['published'] or '':<10}  "
                   f"{short(first['speaker'], 24):<24}  {short(', '.join(g['flags']), 22):<22}  "
                   f"{short(first['content_text'], 70)}")


def _appearance_rows(groups: list[dict]) -> list[dict]:
    return [{"group": g["group"], "group_articles": g["articles"], "group_flags": ",".join(g["flags"]),
             "first": n == 0, **{k: a[k] for k in ("statement_id", "article_id", "published", "outlet", "title", "url",
                                                 "speaker", "kind", "content_text")},
             "flags": ",".join(a["flags"]), "differences": a["differences"]}
            for g in groups for n, a in enumerate(g["appearances"])]


def _show_group(found: dict) -> None:
    click.echo(f"echo group {found['group']}: {found['articles']} articles, {found['outlets']} outlets"
               + (f"; {', '.join(found['flags'])}" if found["flags"] else ""))
    for n, a in enumerate(found["appearances"]):
        flags = "" if not a["flags"] else "  [" + ", ".join(a["flags"]).upper() + "]"
        click.echo(f"\n{'first' if n == 0 else 'then':<5}  {a['published'] or '':<10}  {a['outlet'] or ''}  "
                   f"{a['speaker'] or '(no speaker)'}{flags}")
        click.echo(f"       {short(a['title'], 100)}")
        click.echo(f"       {a['content_text']}")
        for d in a["differences"]:
            click.echo(f"       {d['kind']:<8} {d['before']!r} -> {d['after']!r}" if d["kind"] == "altered"
                       else f"       {d['kind']:<8} {d['before'] or d['after']!r}")


@click.command()
@db_option
@click.option("--outlet", "outlets", multiple=True, help="An outlet (again for another: one column each).")
@click.option("--since", help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--search", help='Only statements that hold these words, or "a phrase" (a topic).')
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many most quoted to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table (for people), json (everything) or csv (one row per outlet, the figures as columns).")
def report(db: str | None, outlets: tuple[str, ...], since: str | None, until: str | None, search: str | None,
           top: int, fmt: str) -> None:
    """Who gets quoted: speakers by kind, named and unnamed sources, the most quoted and the top ten's share,
    and the people quoted by gender as the articles refer to them (she or he; never guessed from a name)."""
    store = _open(db)
    try:
        found = store.report(list(outlets) or None, since=since, until=until, search=search, top=top)
    except OnrecordError as err:
        fail(err)
    if fmt == "json":
        _emit(found, fmt, [])
    elif fmt == "csv":
        _emit([_report_row(r) for r in found], fmt, [])
    else:
        _show_report(found)


def _report_row(r: dict) -> dict:
    """One slice's figures as flat columns."""
    row = {k: r[k] for k in ("slice", "statements", "articles", "named", "unnamed", "named_share", "top_share")}
    for group in ("statements_by_kind", "speakers_by_kind", "people_by_gender", "statements_by_gender"):
        row.update({f"{group}.{k}": v for k, v in r[group].items()})
    row["most_quoted"] = "; ".join(f"{m['name']} ({m['statements']})" for m in r["most_quoted"])
    return row


def _show_report(found: list[dict]) -> None:
    names = [short(r["slice"], 22) for r in found]
    lines: list[tuple[str, list[str]]] = [
        ("statements", [str(r["statements"]) for r in found]),
        ("articles", [str(r["articles"]) for r in found]),
        ("named sources", [f"{r['named']} ({r['named_share']:.0%})" for r in found]),
        ("unnamed sources", [str(r["unnamed"]) for r in found]),
        *((f"statements by {k}", [str(r["statements_by_kind"][k]) for r in found])
          for k in ("person", "organization", "group")),
        *((f"distinct {k}s quoted", [str(r["speakers_by_kind"][k]) for r in found])
          for k in ("person", "organization", "group")),
        *((f"people: {g}", [f"{r['people_by_gender'][g]} ({r['statements_by_gender'][g]} statements)"
                            for r in found]) for g in ("female", "male", "unknown")),
        ("top ten's share", [f"{r['top_share']:.0%}" for r in found]),
    ]
    click.echo(f"{'':<30}" + "".join(f"{n:<24}" for n in names).rstrip())
    for label, cells in lines:
        click.echo(f"{label:<30}" + "".join(f"{c:<24}" for c in cells).rstrip())
    click.echo("gender: she or he as the articles say it of each person; unknown when they say neither (or both)")
    for r in found:
        click.echo(f"\nmost quoted ({r['slice']}):")
        for m in r["most_quoted"]:
            click.echo(f"  {m['statements']:>5}  {m['share']:>4.0%}  {short(m['name'], 40):<40}  "
                       f"{m['kind']}{', ' + m['gender'] if m['gender'] else ''}")

