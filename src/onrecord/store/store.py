"""The store (stage 5): readings in SQL, speakers linked across articles, full-text search.

``Store.open(url)`` opens a SQLite file (the default: ``$ONRECORD_DB``, else ``./onrecord.db``; a
plain path is a SQLite file; ``sqlite://`` is a database in memory) or a PostgreSQL database
(``postgresql://user@host/db``, through psycopg 3), and brings its schema up to date with the Alembic
migrations in ``migrations/``. A missing SQLite file is created, unless ``create=False`` (the
commands that only read the record): then it is ``StoreNotFound``. ``save`` stores one reading in one
transaction; the queries (``statements``, ``speakers``, ``speaker``, ``export``, …) live in
``queries.py`` and return plain dicts.

Schema (plain names, ISO dates as text, lists as JSON text; it reads well in Datasette):

- ``articles``: one row per article. ``key`` is ``url:<canonical URL>`` when the article has a URL,
  else ``text:<sha1 of the text with white space squeezed>``; ``text_key`` is always the text form,
  so the same text under another URL is the same article (``reader.Batch.seen_before``'s rule).
- ``statements``: one row per statement, ``position`` in the reading's order; cue, source and
  addressee as start/end/text columns, ``content`` as a JSON list of spans and ``content_text`` the
  fragments joined with " … "; ``speaker_id`` the linked speaker (NULL for none or ``unnamed``),
  ``speaker_name`` as the article resolved it; ``published`` and ``outlet`` copied from the article.
- ``speakers``: one row per person or body across articles: name (and ``folded``, for look-ups),
  kind, first and last seen (article dates), ``statement_count`` (its own statements and the joint
  ones it is a member of).
- ``statement_members``: each member of a joint source ("Dick Durbin and Adam Schiff said"), by
  position, with the speaker it is linked to (NULL for an unnamed member); the statement's own
  ``speaker_id`` is NULL (the pair is no speaker), ``statements.members`` keeps the members as read
  (JSON). A member's statements are its own and the joint ones (``queries.of_speakers``).
- ``speaker_mentions``: each name an article gives a speaker under, with the speaker it was linked to
  and what decided it (``override``, ``choose`` or ``new``); everything below follows from them.
- ``speaker_keys`` (``linking.keys`` of each name form, what candidates are looked up by),
  ``speaker_aliases``, ``speaker_roles`` (descriptor, article, date).
- ``speaker_overrides``: manual merges and splits, by folded name (``name_key``), in one article
  (``article_key``) or in all (NULL), naming the speaker (``target_name``) such mentions are.
- ``echo_keys`` and ``echoes``: each quoted statement's MinHash band keys and its echo group, matched at
  ingest against the statements that share a key (``echoes.py``; the rules in ``onrecord.echoes``).
- ``failures``: the last error per input that could not be read; a later successful save clears it.
- ``store_state``: one row whose ``version`` every write transaction raises (``Store.version``), so
  a reader can tell in one cheap query whether anything changed (the web face's page cache does).
- Full-text search: SQLite ``statements_fts`` (FTS5, external content, kept by triggers);
  PostgreSQL ``statements.content_tsv`` (generated ``to_tsvector('english', content_text)``, GIN index).
- Views: ``statement_view`` (statement, article title/outlet/date/URL, speaker name) and
  ``speaker_view`` (speaker, statement and article counts, outlets, first and last seen).

Linking, for each named speaker of a saved article, in the reading's order (first match wins;
``speakers.py`` holds the code):

  1. a split override for that name in this article;
  2. an override for that name in every article (a merge, or a split by name form);
  3. ``people.linking.choose`` over the candidates ``linking.lookup_keys`` finds in ``speaker_keys``;
  4. a new speaker.

then ``speakers.settle`` decides again the surnames alone that the article's people bear on, so the
speakers table is the same whatever order (or how many writers at once) the articles came in.

Ingest is deterministic in the order of articles: an article already stored (either key) is skipped
and linking reads nothing but the database, so a re-run after a crash gives the same speakers and
links as one uninterrupted run (``ingested_at`` aside, and on PostgreSQL the ids, which sequences
do not give back). Saves are serialised (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on
PostgreSQL), so two writers never link against each other's half-made speakers.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, delete, event, insert, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.pool import StaticPool

from onrecord.errors import NotFound, OnrecordError, StoreError, StoreNotFound
from onrecord.extraction.identity import article_keys, url_key
from onrecord.records import Reading
from onrecord.store import echoes as echo_index
from onrecord.store import queries
from onrecord.store import report as who_is_quoted
from onrecord.store import speakers as identities
from onrecord.store.schema import articles, failures, speaker_overrides, statement_members, statements, store_state

DEFAULT_FILE = "onrecord.db"
ENV_VAR = "ONRECORD_DB"
SAVE_LOCK = 0x6F6E7265  # the advisory lock PostgreSQL saves take ("onre")


SCHEMA_REVISION = "0006"  # the newest migration in migrations/versions (a test keeps them equal)


@dataclass
class SaveResult:
    article_id: int
    created: bool
    statements: int


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- URLs ----------------------------------------------------------------------------------------------


def resolve_url(url: str | os.PathLike | None = None) -> URL:
    """The SQLAlchemy URL for a store URL or path (None: ``$ONRECORD_DB``, else ``./onrecord.db``)."""
    if url is None:
        url = os.environ.get(ENV_VAR) or DEFAULT_FILE
    text = os.fspath(url).strip()
    if not text:
        raise StoreError("empty store URL")
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser()))
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StoreError(f"bad store URL {hide_password(text)}: {exc}") from exc
    backend, _, driver = parsed.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        return parsed.set(drivername="sqlite+pysqlite")
    raise StoreError(f"unsupported store URL {hide_password(text)}: use a file path, sqlite:///PATH or "
                     "postgresql://USER@HOST/DB")


def hide_password(url: str | URL) -> str:
    """A URL to show: without its password."""
    if isinstance(url, URL):
        bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
        return bare.render_as_string(hide_password=False)
    return re.sub(r"(://[^/@:]*):[^/@]*@", r"\1@", url)


def describe(url: URL) -> str:
    """The store as messages name it: a SQLite file by its path, else the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return "sqlite:// (in memory)" if _is_memory(url) else str(url.database)
    return hide_password(url).replace("postgresql+psycopg://", "postgresql://", 1)


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


# --- the store -----------------------------------------------------------------------------------------


class Store:
    """One database of readings. ``Store.open(url)`` connects and migrates; use it as a context manager."""

    def __init__(self, url: str | os.PathLike | None = None, *, timeout: float = 30.0):
        self.url = resolve_url(url)
        self.display = describe(self.url)
        self.timeout = timeout
        self.engine = self._make_engine()

    @classmethod
    def open(cls, url: str | os.PathLike | None = None, *, timeout: float = 30.0, create: bool = True) -> Store:
        """Connect and migrate. ``create=False`` (what a command that only reads asks for): a SQLite file
        that does not exist is ``StoreNotFound`` rather than a new empty store; a PostgreSQL database
        is never created here anyway (connecting to one that does not exist is a ``StoreError``)."""
        store = cls(url, timeout=timeout)
        try:
            if not create and not store.exists():
                raise StoreNotFound("no such store (nothing was created: only ingest creates a store)",
                                    input=store.display)
            store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    def exists(self) -> bool:
        """Whether the database is there: a SQLite file exists (one in memory always does); a PostgreSQL
        URL is taken to exist (connecting tells)."""
        if self.url.get_backend_name() != "sqlite" or _is_memory(self.url):
            return True
        return Path(str(self.url.database)).exists()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def _make_engine(self) -> Engine:
        if self.url.get_backend_name() == "postgresql":
            return create_engine(self.url, connect_args={"connect_timeout": max(1, round(self.timeout))},
                                 pool_pre_ping=True)
        memory = _is_memory(self.url)
        if memory:  # one database in memory, shared by every thread of this store
            engine = create_engine(self.url, poolclass=StaticPool,
                                   connect_args={"timeout": self.timeout, "check_same_thread": False})
        else:
            engine = create_engine(self.url, connect_args={"timeout": self.timeout})
        busy_ms = int(self.timeout * 1000)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # transactions are begun below, DDL included
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
            if not memory:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

        return engine

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Database errors as one ``StoreError`` line naming the URL (without its password)."""
        try:
            yield
        except OnrecordError:
            raise
        except DBAPIError as exc:
            lines = str(exc.orig or exc).strip().splitlines()
            reason = lines[0].strip() if lines else type(exc).__name__
            raise StoreError(f"store {self.display}: {reason}") from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction."""
        with self._guard(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, *, versioned: bool = True) -> Iterator[Connection]:
        """A connection in a write transaction that holds the store's write lock from its start. When
        it commits, the store's ``version`` goes up by one (``versioned=False``: only for migrating)."""
        with self._guard(), self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SAVE_LOCK})")
                yield conn
                if versioned:
                    conn.execute(update(store_state).where(store_state.c.id == 1)
                                 .values(version=store_state.c.version + 1))

    def version(self) -> int:
        """A number that every committed write raises: equal numbers, equal record (as far as writes
        through ``Store`` go; an edit of the database by hand does not raise it)."""
        with self.read() as conn:
            return conn.execute(select(store_state.c.version).where(store_state.c.id == 1)).scalar_one()

    # --- schema ---

    def migrate(self) -> None:
        """Bring the schema up to the newest migration (nothing to do when it is there already)."""
        if self._at_head():
            return  # the common case, without loading Alembic (a query command starts faster)
        from alembic import command
        from alembic.config import Config
        from alembic.util import CommandError

        with resources.as_file(resources.files("onrecord.store") / "migrations") as location:
            config = Config()
            config.set_main_option("script_location", str(location))
            with self.write(versioned=False) as conn:
                config.attributes["connection"] = conn
                try:
                    command.upgrade(config, "head")
                except CommandError as exc:  # a schema this onrecord does not know (made by a newer one)
                    raise StoreError(f"store {self.display}: cannot migrate its schema: {exc}") from exc
                echo_index.backfill(conn)  # statements stored before echoes were indexed

    def _at_head(self) -> bool:
        try:
            with self.read() as conn:
                found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
        except (StoreError, DBAPIError):
            return False
        return found == [SCHEMA_REVISION]

    def revision(self) -> str | None:
        """The schema's migration revision."""
        from alembic.runtime.migration import MigrationContext

        with self.read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # --- writing ---

    def save(self, reading: Reading) -> SaveResult:
        """Store one reading and link its speakers, in one transaction; nothing when the article is stored."""
        key, text_key = article_keys(reading.article)
        try:
            with self.write() as conn:
                found = _stored(conn, key, text_key)
                if found is not None:
                    _clear_failure(conn, reading.input)
                    return SaveResult(found, False, 0)
                article_id = _insert_article(conn, reading, key, text_key)
                art = reading.article
                ctx = identities.Context(article_id, key, art.published, art.outlet)
                linked = identities.link_article(conn, ctx, identities.mentions_of(reading))
                counts = _insert_statements(conn, article_id, reading, linked)
                identities.add_statement_counts(conn, counts)
                identities.settle(conn, ctx.unsettled)  # surnames alone decided as if full names came first
                echo_index.index_article(conn, article_id)  # the same quotation in other articles
                _clear_failure(conn, reading.input)
                return SaveResult(article_id, True, len(reading.statements))
        except StoreError as err:
            if not isinstance(err.__cause__, IntegrityError):
                raise
            with self.read() as conn:  # another writer stored it first
                found = _stored(conn, key, text_key)
            if found is None:
                raise
            return SaveResult(found, False, 0)

    def record_failure(self, input: str, error: OnrecordError) -> None:
        """Remember that ``input`` failed (one row per input: the latest error)."""
        with self.write() as conn:
            conn.execute(delete(failures).where(failures.c.input == input))
            conn.execute(insert(failures).values(input=input, code=error.code, message=error.message, at=now()))

    def merge_speakers(self, source: int | str, target: int | str) -> dict[str, Any]:
        """Make ``source`` (id or unique name) part of ``target``; remembered for later ingests."""
        with self.write() as conn:
            return identities.merge(conn, identities.resolve_speaker(conn, source),
                                    identities.resolve_speaker(conn, target), now())

    def split_speaker(self, speaker: int | str, name_form_or_article: int | str, new_name: str) -> dict[str, Any]:
        """Move a speaker's mentions under one name form (a name), or in one article (an id, a key
        ``url:…``/``text:…`` or a URL), to the speaker ``new_name`` (made if there is none); remembered."""
        with self.write() as conn:
            return identities.split(conn, identities.resolve_speaker(conn, speaker), name_form_or_article,
                                    new_name, now())

    def overrides(self) -> list[dict[str, Any]]:
        """The remembered merges and splits, oldest first (to carry them to a fresh store)."""
        with self.read() as conn:
            rows = conn.execute(select(speaker_overrides).order_by(speaker_overrides.c.id)).mappings().all()
        return [{k: v for k, v in row.items() if k != "id"} for row in rows]

    def add_overrides(self, rows: list[dict[str, Any]]) -> int:
        """Remember merges and splits (as ``overrides`` gives them) for the articles saved from now on."""
        with self.write() as conn:
            for row in rows:
                identities.remember(conn, row["kind"], row["name_key"], row.get("article_key"),
                                    row["target_name"], row.get("created_at") or now())
        return len(rows)

    # --- reading (see ``queries.py``) ---

    def has_url(self, url: str | None) -> bool:
        """Whether an article with this URL (in its canonical form) is stored."""
        if not url:
            return False
        with self.read() as conn:
            found = conn.execute(select(articles.c.id).where(articles.c.key == url_key(url))).first()
        return found is not None

    def has_speaker(self, ref: int | str) -> bool:
        """Whether ``ref`` (an id, a name or an alias) names a stored speaker."""
        with self.read() as conn:
            return queries.find_speaker(conn, ref) is not None

    def statements(self, speaker: int | str | None = None, outlet: str | None = None, since: str | None = None,
                   until: str | None = None, kind: str | None = None, search: str | None = None,
                   limit: int = 50, after_id: int | None = None, min_confidence: float | None = None
                   ) -> list[dict[str, Any]]:
        """Statements newest first (article date, then id). Pages: pass the last row's ``id`` as ``after_id``;
        ``min_confidence``: only statements of at least that confidence."""
        with self.read() as conn:
            return queries.statements(conn, queries.Filters(speaker, outlet, since, until, kind, search,
                                                            min_confidence), limit=limit, after_id=after_id)

    def speakers(self, search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        with self.read() as conn:
            return queries.speakers(conn, search, limit)

    def speaker(self, name_or_id: int | str) -> dict[str, Any]:
        """One speaker in full (``NotFound`` when there is none): by id, else name, else alias."""
        with self.read() as conn:
            return queries.speaker(conn, name_or_id)

    def echoes(self, limit: int = 50, outlet: str | None = None, speaker: int | str | None = None,
               flagged: str | None = None) -> list[dict[str, Any]]:
        """Echo groups, the same quotation in two or more articles, the most repeated first (``echoes.groups``);
        ``speaker``: an id, a name or an alias (``NotFound`` when none)."""
        with self.read() as conn:
            speaker_id = queries.speaker(conn, speaker)["id"] if speaker is not None else None
            return echo_index.groups(conn, limit, outlet, speaker_id, flagged)

    def echo(self, group: int) -> dict[str, Any]:
        """One echo group with every appearance and its differences from the first (``NotFound`` when none)."""
        with self.read() as conn:
            found = echo_index.group(conn, group)
        if found is None:
            raise NotFound(f"no echo group {group} in {self.display}")
        return found

    def echo_groups(self, statement_ids: list[int]) -> dict[int, int]:
        """Each of these statements that has echoes, with its echo group."""
        with self.read() as conn:
            return echo_index.group_of(conn, statement_ids)

    def report(self, outlets: list[str] | None = None, since: str | None = None, until: str | None = None,
               search: str | None = None, top: int = 10) -> list[dict[str, Any]]:
        """Who gets quoted (``report.py``): one report per outlet named, else one for the whole slice, each with
        its ``slice`` (the outlet, or "all")."""
        with self.read() as conn:
            return [{"slice": name or "all", **who_is_quoted.report(conn, queries.Filters(
                outlet=name, since=since, until=until, search=search), top)} for name in (outlets or [None])]

    def failures(self) -> list[dict[str, Any]]:
        with self.read() as conn:
            return queries.failures(conn)

    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return queries.counts(conn)

    def reading(self, article: int | str) -> Reading:
        """An article as it was saved (id, key or URL), as a ``Reading``."""
        with self.read() as conn:
            return queries.reading(conn, article)

    def export(self, fmt: str, out_path: str | os.PathLike, **filters: Any) -> int:
        """Write statements with their article and speaker columns (``jsonl``, ``csv`` or ``parquet``);
        ``filters`` are those of ``statements``. Returns the number of rows written."""
        with self.read() as conn:
            return queries.export(conn, fmt, out_path, queries.Filters(**filters))


# --- save's steps -----------------------------------------------------------------------------------------


def _stored(conn: Connection, key: str, text_key: str) -> int | None:
    return conn.execute(select(articles.c.id).where(or_(articles.c.key == key, articles.c.text_key == text_key))
                        .order_by(articles.c.id).limit(1)).scalar()


def _clear_failure(conn: Connection, input: str | None) -> None:
    if input:
        conn.execute(delete(failures).where(failures.c.input == input))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _insert_article(conn: Connection, reading: Reading, key: str, text_key: str) -> int:
    art = reading.article
    doc = art.to_dict()
    result = conn.execute(insert(articles).values(
        key=key, text_key=text_key, input=reading.input, url=art.url, title=art.title, published=art.published,
        outlet=art.outlet, authors=_json(art.authors), language=art.language, text=art.text,
        body=_json(doc["body"]), boilerplate=_json(doc["boilerplate"]), captions=_json(art.captions),
        image_credits=_json(art.image_credits), quotations=_json(doc["quotations"]),
        ingested_at=now()).returning(articles.c.id))
    return int(result.scalar_one())


def _insert_statements(conn: Connection, article_id: int, reading: Reading, linked: dict[str, int]
                       ) -> Counter[int]:
    """Insert the reading's statements; the number each speaker got."""
    art = reading.article
    rows: list[dict[str, Any]] = []
    members: dict[int, list[dict[str, Any]]] = {}  # position -> a joint source's member rows
    counts: Counter[int] = Counter()
    for position, st in enumerate(reading.statements):
        row = st.to_row()
        name_key = identities.statement_name_key(row["speaker_name"], row["speaker_kind"])
        joint = st.speaker.members if st.speaker is not None else []
        row.update(article_id=article_id, position=position, published=art.published, outlet=art.outlet,
                   speaker_id=linked.get(name_key) if name_key and not joint else None)
        if row["speaker_id"] is not None:
            counts[row["speaker_id"]] += 1
        if joint:  # each member is linked as a speaker of its own; the statement counts once for each
            members[position] = [{"position": n, "name": m.name or "", "kind": m.kind,
                                  "speaker_id": linked.get(identities.statement_name_key(m.name, m.kind) or "")}
                                 for n, m in enumerate(joint)]
            counts.update({i for m in members[position] if (i := m["speaker_id"]) is not None})
        rows.append(row)
    if rows:
        conn.execute(insert(statements), rows)
    if members:
        ids = {p: i for p, i in conn.execute(select(statements.c.position, statements.c.id)
                                             .where(statements.c.article_id == article_id))}
        conn.execute(insert(statement_members), [{**m, "statement_id": ids[p]} for p, ms in members.items()
                                                 for m in ms])
    return counts
