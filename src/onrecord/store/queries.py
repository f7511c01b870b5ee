"""Queries of the store: plain dicts and lists for the CLI, the JSON API and exports.

Each function takes a connection in a transaction (``Store.read``); ``Store`` has a method for each.

- Statements come newest first: by the article's date (undated articles last), then by id, both
  descending. A page goes on from the last row of the one before: pass that row's ``id`` as
  ``after_id`` (a keyset cursor on (date, id), stable while rows are added).
- ``speaker`` filters take an id, or a name compared case- and accent-insensitively with speakers'
  names and aliases (every speaker that matches).
- ``since`` and ``until`` take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, both ends included.
- ``search`` is full text over the statement content: plain words must all occur, "quoted phrases"
  occur as written; words are stemmed (SQLite FTS5 porter, PostgreSQL ``english``). A search with no
  word in it (``*``, ``-``, ``""``: FTS has no wildcard here) finds nothing, in the API as on the
  ``/search`` page; an empty or blank one is no filter.
- A client's text with a NUL character is a ``QueryError`` (``no_nul``), on either store.
- ``min_confidence`` keeps the statements whose confidence is at least that (a statement without one
  is left out); the pages and ``onrecord quotes`` pass ``records.LOW_CONFIDENCE`` unless asked for all.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import IO, Any

from sqlalchemy import Connection, Select, and_, false, func, or_, select, text
from sqlalchemy.sql.elements import ColumnElement, TextClause

from onrecord.errors import DependencyError, NotFound, QueryError
from onrecord.people.linking import fold
from onrecord.records import Article, Person, Reading, Span, Speaker, Statement
from onrecord.store.ids import parse_id, shown
from onrecord.store.schema import articles, speaker_aliases, speaker_mentions, speaker_roles, statement_members
from onrecord.store.schema import failures as failures_table
from onrecord.store.schema import speakers as speakers_table
from onrecord.store.schema import statements as statements_table
from onrecord.store.speakers import resolve_article

KINDS = ("direct", "mixed", "indirect")
FORMATS = ("jsonl", "csv", "parquet")
EXPORT_COLUMNS = [
    "id", "article_id", "article_key", "input", "url", "title", "published", "outlet", "position", "kind",
    "speaker_id", "speaker", "speaker_name", "speaker_kind", "descriptors", "cue_start", "cue_end", "cue_text",
    "source_start", "source_end", "source_text", "content_text", "content", "addressee_start", "addressee_end",
    "addressee_text", "confidence",
]
DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
TERM = re.compile(r'"([^"]*)"|(\S+)')

st = statements_table


@dataclass
class Filters:
    """What ``statements`` and ``export`` select (None: no condition)."""

    speaker: int | str | None = None
    outlet: str | None = None
    since: str | date | None = None
    until: str | date | None = None
    kind: str | None = None
    search: str | None = None
    min_confidence: float | None = None


# --- conditions ----------------------------------------------------------------------------------------


def date_bounds(value: str | date, *, until: bool) -> str:
    """The first day of a period; for ``until``, the first day after it (compared with ``<``)."""
    if isinstance(value, date):
        value = value.isoformat()
    match = DATE.match(value.strip())
    if not match:
        raise QueryError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise QueryError(f"bad date {value!r}: {exc}") from exc
    if not until:
        return value.strip()
    if day:
        return (first + timedelta(days=1)).isoformat()
    if month:
        return f"{year}-{int(month) + 1:02d}" if int(month) < 12 else f"{int(year) + 1}-01"
    return str(int(year) + 1)


def search_terms(query: str) -> list[str]:
    """Words and "quoted phrases" of a search, in order."""
    terms = []
    for m in TERM.finditer(query):
        phrase, word = m.groups()
        term = " ".join((phrase if phrase is not None else word.strip('"')).split())
        if re.search(r"\w", term):
            terms.append(term)
    return terms


def search_condition(conn: Connection, query: str) -> TextClause | None:
    terms = search_terms(query)
    if not terms:
        return None
    if conn.dialect.name == "postgresql":
        parts = " && ".join(f"phraseto_tsquery('english', :fts_{i})" for i in range(len(terms)))
        return text(f"statements.content_tsv @@ ({parts})").bindparams(
            **{f"fts_{i}": term for i, term in enumerate(terms)})
    match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    return text("statements.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts)"
                ).bindparams(fts=match)


def speaker_ids(conn: Connection, ref: int | str) -> list[int]:
    """Ids of the speakers ``ref`` names: an id, or a name or alias (folded)."""
    try:
        found = parse_id(ref, "speaker")
    except NotFound:  # an id no speaker can have: no statements, as for an unknown id
        return []
    if found is not None:
        return [found]
    key = fold(ref)
    ids = set(conn.execute(select(speakers_table.c.id).where(speakers_table.c.folded == key)).scalars())
    ids |= set(conn.execute(select(speaker_aliases.c.speaker_id).where(speaker_aliases.c.folded == key)).scalars())
    return sorted(ids)


def no_nul(value: Any, what: str) -> None:
    """A client's text with a NUL character is a mistake (``QueryError``), whatever the store: SQLite's
    full-text search and PostgreSQL both refuse it, with messages that name the store."""
    if isinstance(value, str) and "\x00" in value:
        raise QueryError(f"bad {what}: it holds a NUL character")


def of_speakers(ids: list[int]) -> ColumnElement[bool]:
    """The statements of these speakers: their own, and the joint ones they are members of."""
    if not ids:
        return false()
    joint = select(statement_members.c.statement_id).where(statement_members.c.speaker_id.in_(ids))
    return or_(st.c.speaker_id.in_(ids), st.c.id.in_(joint))


def conditions(conn: Connection, f: Filters) -> list[ColumnElement[bool] | TextClause]:
    where: list[ColumnElement[bool] | TextClause] = []
    for what in ("speaker", "outlet", "since", "until", "kind", "search"):
        no_nul(getattr(f, what), what)
    if f.speaker is not None and str(f.speaker).strip():
        where.append(of_speakers(speaker_ids(conn, f.speaker)))
    if f.outlet:
        where.append(func.lower(st.c.outlet) == f.outlet.strip().lower())
    if f.since:
        where.append(st.c.published >= date_bounds(f.since, until=False))
    if f.until:
        where.append(st.c.published < date_bounds(f.until, until=True))
    if f.kind:
        if f.kind not in KINDS:
            raise QueryError(f"bad statement kind {f.kind!r}: use one of {', '.join(KINDS)}")
        where.append(st.c.kind == f.kind)
    if f.search and f.search.strip():  # a search with no word in it ("*", "-") finds nothing, as on /search
        found = search_condition(conn, f.search)
        where.append(found if found is not None else false())
    if f.min_confidence is not None:
        where.append(st.c.confidence >= float(f.min_confidence))
    return where


# --- statements ----------------------------------------------------------------------------------------


def _select() -> Select:
    return (select(st, articles.c.title, articles.c.url, articles.c.input, articles.c.key.label("article_key"),
                   speakers_table.c.name.label("speaker"))
            .join(articles, articles.c.id == st.c.article_id)
            .outerjoin(speakers_table, speakers_table.c.id == st.c.speaker_id))


def _span(row: Any, prefix: str) -> dict[str, Any] | None:
    start = getattr(row, f"{prefix}_start")
    if start is None:
        return None
    return {"start": start, "end": getattr(row, f"{prefix}_end"), "text": getattr(row, f"{prefix}_text")}


def statement_dict(row: Any) -> dict[str, Any]:
    """A statement with its article and speaker, spans in the document format."""
    return {
        "id": row.id, "article_id": row.article_id, "article_key": row.article_key, "position": row.position,
        "kind": row.kind, "speaker_id": row.speaker_id, "speaker": row.speaker or row.speaker_name,
        "speaker_name": row.speaker_name, "speaker_kind": row.speaker_kind,
        "descriptors": json.loads(row.descriptors or "[]"), "cue": _span(row, "cue"), "source": _span(row, "source"),
        "content": json.loads(row.content), "content_text": row.content_text, "addressee": _span(row, "addressee"),
        "confidence": row.confidence, "published": row.published, "outlet": row.outlet, "title": row.title,
        "url": row.url, "input": row.input, "members": json.loads(row.members) if row.members else [],
    }


def linked_members(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (statement dicts) with each joint source's member given the speaker it is linked to:
    ``speaker_id`` and ``speaker`` (its name in the record), None for a member that is not linked."""
    ids = [r["id"] for r in rows if r.get("members")]
    if not ids:
        return rows
    found = {(sid, pos): (spk, name) for sid, pos, spk, name in conn.execute(
        select(statement_members.c.statement_id, statement_members.c.position, statement_members.c.speaker_id,
               speakers_table.c.name)
        .outerjoin(speakers_table, speakers_table.c.id == statement_members.c.speaker_id)
        .where(statement_members.c.statement_id.in_(ids)))}
    for r in rows:
        for n, m in enumerate(r.get("members") or []):
            m["speaker_id"], m["speaker"] = found.get((r["id"], n), (None, None))
    return rows


def statements(conn: Connection, f: Filters, *, limit: int | None = 50, after_id: int | None = None
               ) -> list[dict[str, Any]]:
    """Statements matching ``f``, newest first; the page after the row ``after_id`` when given.

    A page (``limit``) is found first by ids alone (matches sorted on date and id, then cut) and only
    its rows are joined to their articles and speakers: a common search word matches thousands of
    statements, and sorting whole joined rows cost about a fifth more time per search."""
    where = conditions(conn, f)
    if after_id is not None:
        last = conn.execute(select(st.c.published).where(st.c.id == int(after_id))).first()
        if last is None:
            raise QueryError(f"no statement with id {after_id} to page after")
        after, day = int(after_id), last[0]
        where.append(and_(st.c.published.is_(None), st.c.id < after) if day is None else or_(
            st.c.published < day, and_(st.c.published == day, st.c.id < after), st.c.published.is_(None)))
    newest_first = (st.c.published.desc().nulls_last(), st.c.id.desc())
    if limit is None:  # everything (an export): no page to find first
        query = _select().where(*where).order_by(*newest_first)
    elif limit < 1:
        raise QueryError(f"bad limit {limit}: use 1 or more")
    else:
        page = select(st.c.id).where(*where).order_by(*newest_first).limit(limit)
        query = _select().where(st.c.id.in_(page.scalar_subquery())).order_by(*newest_first)
    return linked_members(conn, [statement_dict(row) for row in conn.execute(query)])


# --- speakers -----------------------------------------------------------------------------------------------


def _aliases(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    for sid, alias in conn.execute(select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias)
                                   .where(speaker_aliases.c.speaker_id.in_(ids)).order_by(speaker_aliases.c.alias)):
        found[sid].append(alias)
    return found


def _speaker_dict(row: Any, aliases: list[str]) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "kind": row.kind, "statement_count": row.statement_count,
            "first_seen": row.first_seen, "last_seen": row.last_seen, "aliases": aliases}


def speakers(conn: Connection, search: str | None = None, limit: int | None = 50) -> list[dict[str, Any]]:
    """Speakers, most statements first; ``search`` is part of a name or alias (case and accents ignored)."""
    sp = speakers_table
    query = select(sp)
    no_nul(search, "search")
    if search and fold(search):
        key = fold(search)
        by_alias = select(speaker_aliases.c.speaker_id).where(speaker_aliases.c.folded.contains(key, autoescape=True))
        query = query.where(or_(sp.c.folded.contains(key, autoescape=True), sp.c.id.in_(by_alias)))
    query = query.order_by(sp.c.statement_count.desc(), sp.c.id)
    if limit is not None:
        query = query.limit(limit)
    rows = conn.execute(query).all()
    ids = [r.id for r in rows]
    aliases = _aliases(conn, ids)
    outlets: dict[int, list[str]] = {i: [] for i in ids}
    for sid, outlet in conn.execute(
        select(speaker_mentions.c.speaker_id, articles.c.outlet).distinct()
        .join(articles, articles.c.id == speaker_mentions.c.article_id)
        .where(speaker_mentions.c.speaker_id.in_(ids), articles.c.outlet.is_not(None))
        .order_by(speaker_mentions.c.speaker_id, articles.c.outlet)
    ):
        outlets[sid].append(outlet)
    return [{**_speaker_dict(r, aliases[r.id]), "outlets": outlets[r.id]} for r in rows]


def find_speaker(conn: Connection, ref: int | str) -> int | None:
    """The one speaker ``ref`` means: the id; else the name, else an alias (most statements first)."""
    sp = speakers_table
    no_nul(ref, "speaker")
    try:
        found_id = parse_id(ref, "speaker")
    except NotFound:
        return None
    if found_id is not None:
        return conn.execute(select(sp.c.id).where(sp.c.id == found_id)).scalar()
    key = fold(ref)
    for where in (sp.c.folded == key,
                  sp.c.id.in_(select(speaker_aliases.c.speaker_id).where(speaker_aliases.c.folded == key))):
        found = conn.execute(select(sp.c.id).where(where).order_by(sp.c.statement_count.desc(), sp.c.id)
                             .limit(1)).scalar()
        if found is not None:
            return int(found)
    return None


def speaker(conn: Connection, ref: int | str, statement_limit: int = 50, min_confidence: float | None = None
            ) -> dict[str, Any]:
    """One speaker in full: aliases, roles with dates, statements per month, outlets, latest statements
    (those of at least ``min_confidence``, when given; the counts count every statement)."""
    sid = find_speaker(conn, ref)
    if sid is None:
        raise NotFound(f"no speaker {shown(ref)}")
    row = conn.execute(select(speakers_table).where(speakers_table.c.id == sid)).one()
    out = _speaker_dict(row, _aliases(conn, [sid])[sid])
    r = speaker_roles
    roles: dict[str, dict[str, Any]] = {}
    for role, seen_on, article_id in conn.execute(select(r.c.role, r.c.seen_on, r.c.article_id)
                                                  .where(r.c.speaker_id == sid)):
        entry = roles.setdefault(role, {"role": role, "seen_on": set(), "articles": set()})
        entry["articles"].add(article_id)
        if seen_on:
            entry["seen_on"].add(seen_on)
    out["roles"] = sorted(
        ({"role": e["role"], "seen_on": sorted(e["seen_on"]), "first_seen": min(e["seen_on"], default=None),
          "last_seen": max(e["seen_on"], default=None), "articles": len(e["articles"])} for e in roles.values()),
        key=lambda e: (e["first_seen"] or "~", e["role"]))
    month = func.substr(st.c.published, 1, 7)
    out["per_month"] = [{"month": m, "statements": n} for m, n in conn.execute(
        select(month, func.count()).where(of_speakers([sid]), st.c.published.is_not(None))
        .group_by(month).order_by(month))]
    out["outlets"] = [{"outlet": o, "statements": n} for o, n in conn.execute(
        select(st.c.outlet, func.count()).where(of_speakers([sid]), st.c.outlet.is_not(None))
        .group_by(st.c.outlet).order_by(func.count().desc(), st.c.outlet))]
    out["article_count"] = conn.execute(select(func.count(speaker_mentions.c.article_id.distinct()))
                                        .where(speaker_mentions.c.speaker_id == sid)).scalar_one()
    out["statements"] = statements(conn, Filters(speaker=sid, min_confidence=min_confidence), limit=statement_limit)
    return out


# --- the rest -----------------------------------------------------------------------------------------------


def failures(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(failures_table).order_by(failures_table.c.input)).mappings()
    return [{k: v for k, v in row.items() if k != "id"} for row in rows]


def counts(conn: Connection) -> dict[str, int]:
    return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (articles, statements_table, speakers_table, failures_table)}


def reading(conn: Connection, ref: int | str) -> Reading:
    """The article ``ref`` (id, key or URL) as saved, with its statements and named speakers."""
    found = resolve_article(conn, ref)
    if found is None:
        raise NotFound(f"no article {shown(ref)}: give an id, a key (url:… or text:…) or a URL")
    row = conn.execute(select(articles).where(articles.c.id == found[0])).one()
    article = Article.from_dict({
        "text": row.text, "title": row.title, "published": row.published, "outlet": row.outlet,
        "authors": json.loads(row.authors or "[]"), "language": row.language, "url": row.url,
        "image_credits": json.loads(row.image_credits or "[]"), "body": json.loads(row.body or "[]"),
        "boilerplate": json.loads(row.boilerplate or "[]"), "captions": json.loads(row.captions or "[]"),
        "quotations": json.loads(row.quotations or "[]")})
    result = Reading(input=row.input, article=article)
    for s in conn.execute(select(st).where(st.c.article_id == row.id).order_by(st.c.position)):
        spans = {p: Span(**d) if (d := _span(s, p)) else None for p in ("cue", "source", "addressee")}
        members = [m for m in map(Speaker.from_dict, json.loads(s.members or "[]")) if m]
        speaker_ = Speaker(s.speaker_name, s.speaker_kind, json.loads(s.descriptors or "[]"), members) \
            if s.speaker_kind is not None else None
        result.statements.append(Statement(
            kind=s.kind, cue=spans["cue"], source=spans["source"], content=[Span(**c) for c in json.loads(s.content)],
            speaker=speaker_, addressee=spans["addressee"], confidence=s.confidence))
    for m in conn.execute(select(speaker_mentions).where(speaker_mentions.c.article_id == row.id)
                          .order_by(speaker_mentions.c.id)):
        result.people.append(Person(m.name, m.kind, json.loads(m.aliases or "[]"), json.loads(m.descriptors or "[]"),
                                    m.gender))
    return result


# --- export ----------------------------------------------------------------------------------------------------


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in EXPORT_COLUMNS}
    for prefix in ("cue", "source", "addressee"):
        span = row[prefix] or {}
        out.update({f"{prefix}_start": span.get("start"), f"{prefix}_end": span.get("end"),
                    f"{prefix}_text": span.get("text")})
    return out


def _rows(conn: Connection, f: Filters) -> Iterator[dict[str, Any]]:
    query = _select().where(*conditions(conn, f)).order_by(st.c.id).execution_options(yield_per=500)
    for row in conn.execute(query):
        yield statement_dict(row)


@contextmanager
def _output(out_path: str | os.PathLike, newline: str | None = None) -> Iterator[IO[str]]:
    if os.fspath(out_path) == "-":
        yield sys.stdout
        return
    try:
        with open(out_path, "w", encoding="utf-8", newline=newline) as out:
            yield out
    except OSError as exc:
        raise QueryError(f"cannot write {os.fspath(out_path)}: {exc.strerror or exc}") from exc


def export(conn: Connection, fmt: str, out_path: str | os.PathLike, f: Filters) -> int:
    """Write the statements ``f`` selects, oldest stored first; ``-`` is standard output (not for parquet)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "parquet":
        try:
            import pyarrow as pa  # type: ignore[import-not-found, unused-ignore]
            import pyarrow.parquet as pq  # type: ignore[import-not-found, unused-ignore]
        except ImportError as exc:
            raise DependencyError("parquet export needs pyarrow: pip install pyarrow") from exc
        if os.fspath(out_path) == "-":
            raise QueryError("parquet is written to a file, not to standard output")
        rows = [_flat(r) for r in _rows(conn, f)]
        pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema(pa)), os.fspath(out_path))
        return len(rows)
    with _output(out_path, newline="" if fmt == "csv" else None) as out:
        if fmt == "jsonl":
            for row in _rows(conn, f):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            for row in _rows(conn, f):
                flat = _flat(row)
                for column in ("descriptors", "content"):  # lists as JSON text
                    flat[column] = json.dumps(flat[column], ensure_ascii=False)
                writer.writerow(flat)
                n += 1
    return n


def _parquet_schema(pa: Any) -> Any:
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    types = {"descriptors": pa.list_(pa.string()), "content": pa.list_(span), "confidence": pa.float64()}
    ints = {"id", "article_id", "position", "speaker_id", "cue_start", "cue_end", "source_start", "source_end",
            "addressee_start", "addressee_end"}
    return pa.schema([(c, types.get(c, pa.int64() if c in ints else pa.string())) for c in EXPORT_COLUMNS])

