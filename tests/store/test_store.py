"""The store, on SQLite and on PostgreSQL: every test that takes ``store`` or ``new_url`` runs on both.

PostgreSQL: ``$ONRECORD_TEST_POSTGRES`` (a URL) when set; else a throwaway cluster started here with
``initdb``/``pg_ctl`` (on PATH or in /usr/lib/postgresql/*/bin; as root, run as user ``postgres``),
listening on 127.0.0.1 only, on a free port, its socket in its temporary folder, stopped at the end
of the session. Each test gets its own schema. With no server to be had the PostgreSQL tests fail
when ``$CI`` is set and are skipped otherwise.
"""

from __future__ import annotations

import copy
import csv
import glob
import importlib.util
import json
import os
import pwd
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from onrecord.errors import DependencyError, InputError, NotFound, QueryError, StoreError
from onrecord.extraction.identity import url_key
from onrecord.people import linking
from onrecord.reader import Reader
from onrecord.records import Reading
from onrecord.sources.expand import iter_sources
from onrecord.store import speakers as identities
from onrecord.store import store as store_module
from onrecord.store.store import Store, resolve_url

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
WIKINEWS_ROWS = {1, 2, 3, 4, 5, 6, 7, 12}  # rows of wikinews_2019.csv: Pelosi, Trump and Duda come back


# --- readings --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def readings(reader: Reader, shared: Path) -> list[Reading]:
    """The reference article, then a few Wikinews articles in date order (PolNeAR's broad scope: the
    merge and split tests use the seed's "Azerbaijan will offer an amnesty")."""
    reader = Reader(nlp=reader.nlp, scope="all")
    out = [reader.read(REFERENCE)]
    csv_path = shared / "data" / "corpus" / "wikinews" / "wikinews_2019.csv"
    for doc in iter_sources([str(csv_path)]):
        row = int(doc.location.rsplit("#", 1)[1])
        if row in WIKINEWS_ROWS:
            out.append(reader.read_document(doc))
        if row >= max(WIKINEWS_ROWS):
            break
    assert len(out) == 1 + len(WIKINEWS_ROWS)
    return out


def by_input(readings: list[Reading], suffix: str) -> Reading:
    return next(r for r in readings if (r.input or "").endswith(suffix))


# --- PostgreSQL ---------------------------------------------------------------------------------------------


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run on CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason} (set ONRECORD_TEST_POSTGRES to a URL, or install PostgreSQL)")


def _pg_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda d: [int(p) if p.isdigit() else 0 for p in Path(d).parent.name.split(".")])
    for folder in reversed(folders):
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK):
            return path
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL URL for the session (see the module docstring)."""
    if os.environ.get("ONRECORD_TEST_POSTGRES"):
        yield os.environ["ONRECORD_TEST_POSTGRES"]
        return
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    if not initdb or not pg_ctl:
        _unavailable("initdb and pg_ctl not found on PATH or in /usr/lib/postgresql/*/bin")
    as_user: list[str] = []
    base = tempfile.mkdtemp(prefix="onrecord-pg-")
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        users = {entry.pw_name for entry in pwd.getpwall()}
        user = next((u for u in ("postgres", "nobody") if u in users), None)
        runuser = shutil.which("runuser")
        if user is None or runuser is None:
            _unavailable("running as root without a 'postgres' user and runuser")
        as_user = [runuser, "-u", user, "--"]
        shutil.chown(base, user)
    data, port = os.path.join(base, "data"), _free_port()
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    init = subprocess.run([*as_user, initdb, "-D", data, "-A", "trust", "-U", "onrecord", "-E", "UTF8",
                           "--no-locale", "--no-sync"], capture_output=True, text=True, env=env)
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={base} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    start = subprocess.run([*as_user, pg_ctl, "-D", data, "-l", os.path.join(base, "log"), "-o", options, "-w",
                            "-t", "60", "start"], capture_output=True, text=True, env=env)
    if start.returncode != 0:
        log = Path(base, "log").read_text(errors="replace")[-500:] if Path(base, "log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"pg_ctl start failed: {start.stderr.strip()[-300:]} {log}")
    try:
        yield f"postgresql://onrecord@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True, env=env)
        shutil.rmtree(base, ignore_errors=True)


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_url(backend: str, request, tmp_path: Path):
    """A function that gives the URL of a fresh, empty database of this test's backend."""
    made: list[str] = []
    if backend == "sqlite":
        def make() -> str:
            made.append(str(tmp_path / f"store-{len(made)}.db"))
            return made[-1]
        yield make
        return
    import psycopg

    server = request.getfixturevalue("pg_server")
    admin = psycopg.connect(_libpq(server), autocommit=True)

    def make() -> str:
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        return make_url(server).update_query_dict({"options": f"-csearch_path={schema}"}) \
            .render_as_string(hide_password=False)

    try:
        yield make
    finally:
        for schema in made:
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.close()


@pytest.fixture
def store(new_url):
    with Store.open(new_url()) as s:
        yield s


def save_all(store: Store, readings: list[Reading]) -> list[store_module.SaveResult]:
    return [store.save(r) for r in readings]


def assignments(store: Store) -> dict[tuple[str, int], str | None]:
    """(article key, position) -> the linked speaker's name, for every statement."""
    with store.read() as conn:
        rows = conn.execute(text(
            "SELECT a.key, s.position, sp.name FROM statements s JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN speakers sp ON sp.id = s.speaker_id")).all()
    return {(k, p): n for k, p, n in rows}


def speaker_state(store: Store) -> list[dict]:
    """Every speaker in the order made, with all kept about it (no ids: PostgreSQL does not reuse them)."""
    out = []
    with store.read() as conn:
        def rows(sql: str, sid: int) -> list[tuple]:
            return sorted(tuple(r) for r in conn.execute(text(sql), {"i": sid}))

        for sid, *row in conn.execute(text("SELECT id, name, kind, first_seen, last_seen, statement_count "
                                           "FROM speakers ORDER BY id")).all():
            out.append({
                "row": tuple(row),
                "keys": rows("SELECT key FROM speaker_keys WHERE speaker_id = :i", sid),
                "aliases": rows("SELECT alias FROM speaker_aliases WHERE speaker_id = :i", sid),
                "roles": rows("SELECT r.role, a.key, r.seen_on FROM speaker_roles r "
                              "JOIN articles a ON a.id = r.article_id WHERE r.speaker_id = :i", sid),
                "mentions": rows("SELECT a.key, m.name, m.decided_by FROM speaker_mentions m "
                                 "JOIN articles a ON a.id = m.article_id WHERE m.speaker_id = :i", sid),
            })
    return out


# --- schema and migrations --------------------------------------------------------------------------------------


def test_migrations_run_twice_and_match_the_tables_module(new_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from onrecord.store.schema import metadata
    from onrecord.store.store import SCHEMA_REVISION

    url = new_url()
    with Store.open(url) as first:
        assert first.revision() == SCHEMA_REVISION
        first.migrate()
    with Store.open(url) as again:
        assert again.revision() == SCHEMA_REVISION
        with again.read() as conn:
            names = set(inspect(conn).get_table_names())
            assert {"articles", "statements", "speakers", "speaker_keys", "speaker_aliases", "speaker_roles",
                    "speaker_mentions", "speaker_overrides", "failures", "store_state", "alembic_version"} <= names
            assert {"statement_view", "speaker_view"} <= set(inspect(conn).get_view_names())
            skip = ("statements_fts", "alembic_version", "content_tsv", "ix_statements_content_tsv",
                    "ix_statements_published_desc")  # full-text search and an index only PostgreSQL has
            context = MigrationContext.configure(conn, opts={
                "include_name": lambda name, type_, parent: not (name or "").startswith(skip)})
            assert compare_metadata(context, metadata) == []


def test_a_store_made_by_the_first_schema_is_brought_up_to_date_with_its_rows(new_url):
    """A database made by an older onrecord (schema 0001, before ``store_state``) keeps its rows and
    gets a version when a newer one opens it."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    url = new_url()
    store = Store(url)  # not ``open``: that would migrate to the newest schema
    try:
        with resources.as_file(resources.files("onrecord.store") / "migrations") as location:
            config = Config()
            config.set_main_option("script_location", str(location))
            with store.write(versioned=False) as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "0001")
                conn.exec_driver_sql("INSERT INTO failures (input, code, message, at) "
                                     "VALUES ('old.txt', 'empty_input', 'old.txt: empty', '2026-01-01')")
        assert store.revision() == "0001"
    finally:
        store.close()
    with Store.open(url) as newer:
        assert newer.revision() != "0001"
        assert [f["input"] for f in newer.failures()] == ["old.txt"]
        first = newer.version()
        newer.record_failure("new.txt", InputError("new.txt: empty"))
        assert newer.version() == first + 1


def test_a_store_made_again_at_the_same_place_does_not_repeat_the_old_versions(tmp_path):
    """The version starts at a random number: a server that remembers the old store's version does
    not take the new store for the old one (a rebuilt record with as many writes)."""
    path = tmp_path / "again.db"
    starts = []
    for _ in range(2):
        with Store.open(str(path)) as store:
            starts.append(store.version())
        path.unlink()
    assert starts[0] != starts[1]


# --- saving ----------------------------------------------------------------------------------------------------


def test_save_stores_each_article_once(store, readings):
    first = save_all(store, readings)
    assert all(r.created for r in first)
    assert [r.statements for r in first] == [len(r.statements) for r in readings]
    counts = store.counts()
    assert counts["articles"] == len(readings)
    assert counts["statements"] == sum(len(r.statements) for r in readings)

    again = save_all(store, readings)
    assert [(r.article_id, r.created, r.statements) for r in again] == [(r.article_id, False, 0) for r in first]
    wiki = copy.deepcopy(readings[1])  # the same page under another form of its URL
    wiki.article.url = wiki.article.url.replace("https://en.", "http://www.en.") + "/"
    assert store.save(wiki).created is False
    copied = copy.deepcopy(readings[0])  # the same text under a URL of its own
    copied.article.url = "https://oc-media.org/azerbaijan-offers-amnesty/"
    assert store.save(copied) == store_module.SaveResult(first[0].article_id, False, 0)
    assert store.counts() == counts


def test_statements_round_trip_with_offsets(store, readings):
    results = save_all(store, readings)
    for reading, result in zip(readings, results):
        back = store.reading(result.article_id)
        assert back.to_dict()["article"] == reading.to_dict()["article"]
        assert back.to_dict()["statements"] == reading.to_dict()["statements"]
        for st in back.statements:
            for span in [st.cue, st.source, st.addressee, *st.content]:
                if span is not None:
                    assert back.article.text[span.start:span.end] == span.text
    ref = store.reading(results[0].article_id)
    assert ref.to_dict() == readings[0].to_dict()  # people too
    url = readings[1].article.url
    assert store.reading(url).article.title == readings[1].article.title
    assert store.has_url(url.replace("https://", "http://www.")) and not store.has_url(url + "-not")
    with pytest.raises(NotFound):
        store.reading(10_000)


def test_a_page_s_block_quotes_round_trip(store, reader):
    page = ("<html><body><article><h1>Stadia reviewed</h1><p>The reviews came in on Tuesday, and they were mixed "
            "about the service and its games.</p><blockquote><p>Stadia is Google's attempt to make cloud gaming "
            "happen, and the company has promised a lot.</p></blockquote><p>[Engadget]</p><p>Google did not "
            "answer questions about the reviews on Tuesday.</p></article></body></html>")
    reading = reader.read_html(page, input="stadia.html")
    assert reading.article.quotations, "the page's <blockquote> is kept"
    back = store.reading(store.save(reading).article_id)
    assert back.article.to_dict()["quotations"] == reading.article.to_dict()["quotations"]
    assert [q.text for q in back.article.quotations] == [q.text for q in reading.article.quotations]


def test_speakers_are_linked_across_articles(store, readings):
    save_all(store, readings)
    said = [st for r in readings for st in r.statements if st.speaker and st.speaker.name == "Nancy Pelosi"]
    pelosi = store.speaker("nancy pelosi")
    assert pelosi is not None and pelosi["name"] == "Nancy Pelosi"
    assert pelosi["statement_count"] == len(said) >= 2
    assert pelosi["article_count"] == 2
    assert (pelosi["first_seen"], pelosi["last_seen"]) == ("2019-01-04", "2019-01-07")
    assert len(store.statements(speaker="Nancy Pelosi", limit=None)) == len(said)
    with store.read() as conn:
        keys = set(conn.execute(text("SELECT key FROM speaker_keys WHERE speaker_id = :i"),
                                {"i": pelosi["id"]}).scalars())
        unlinked = conn.execute(text("SELECT COUNT(*) FROM statements WHERE speaker_id IS NULL")).scalar_one()
    assert set(linking.keys("Nancy Pelosi")) <= keys
    assert unlinked == sum(1 for r in readings for st in r.statements  # a joint source: linked by its members
                           if st.speaker is None or not st.speaker.name or st.speaker.kind == "unnamed"
                           or st.speaker.members)


def test_speaker_detail_and_lists(store, readings):
    save_all(store, readings)
    hajiyev = store.speaker("HIKMAT HAJIYEV")
    assert hajiyev is not None
    assert store.speaker("Hajiyev")["id"] == store.speaker(hajiyev["id"])["id"] == hajiyev["id"]  # by alias, by id
    assert "Hajiyev" in hajiyev["aliases"]
    assert {"role": "Azerbaijani presidential advisor", "seen_on": ["2023-09-22"], "first_seen": "2023-09-22",
            "last_seen": "2023-09-22", "articles": 1} in hajiyev["roles"]
    assert hajiyev["per_month"] == [{"month": "2023-09", "statements": hajiyev["statement_count"]}]
    assert hajiyev["outlets"] == [{"outlet": "OC Media", "statements": hajiyev["statement_count"]}]
    assert len(hajiyev["statements"]) == hajiyev["statement_count"] == 6
    with pytest.raises(NotFound):
        store.speaker("Nobody At All")
    with pytest.raises(NotFound):
        store.speaker(10_000)

    listed = store.speakers()
    counts = [s["statement_count"] for s in listed]
    assert counts == sorted(counts, reverse=True)
    found = store.speakers(search="hajiy")
    assert [(s["name"], s["outlets"], s["aliases"]) for s in found] == [("Hikmat Hajiyev", ["OC Media"], ["Hajiyev"])]
    assert len(store.speakers(limit=3)) == 3


def test_incremental_upkeep_equals_a_rebuild(store, readings):
    save_all(store, readings)
    before = speaker_state(store)
    with store.write() as conn:
        for sid in conn.execute(text("SELECT id FROM speakers")).scalars().all():
            assert identities.refresh(conn, sid)
    assert speaker_state(store) == before


# --- queries ---------------------------------------------------------------------------------------------------


def test_full_text_search_with_filters(store, readings):
    save_all(store, readings)
    amnesty = store.statements(search="amnesty", limit=None)
    assert amnesty and all("amnest" in s["content_text"].lower() for s in amnesty)
    expected = sum(1 for r in readings for st in r.statements if "amnesty" in " ".join(c.text for c in st.content).lower())
    assert len(amnesty) == expected
    phrase = store.statements(search='"military activities"', limit=None)
    assert len(phrase) >= 1 and all("military activities" in s["content_text"] for s in phrase)
    assert len(phrase) == sum(1 for r in readings for st in r.statements
                              if "military activities" in " ".join(c.text for c in st.content))
    assert store.statements(search='"activities military"') == []
    both = store.statements(search='amnesty "military activities"', limit=None)
    assert [s["content_text"] for s in both] == \
        ["that the amnesty should not only cover military activities but ‘all other areas’"]

    assert {s["speaker"] for s in store.statements(search="amnesty", speaker="Afgan Mukhtarli")} == {"Afgan Mukhtarli"}
    assert store.statements(search="amnesty", outlet="oc media") == store.statements(search="amnesty")
    assert store.statements(search="amnesty", until="2019-12-31") == []
    assert store.statements(search="amnesty", since="2023-09-22", until="2023-09") == store.statements(search="amnesty")
    kinds = {s["kind"] for s in store.statements(search="amnesty", kind="indirect", limit=None)}
    assert kinds == {"indirect"}


def test_statements_newest_first_and_pages(store, readings):
    save_all(store, readings)
    undated = copy.deepcopy(readings[2])  # another article, with no date: listed last
    undated.article.text += "\nA copy without a date."
    undated.article.url, undated.article.published = None, None
    assert store.save(undated).created
    everything = store.statements(limit=None)
    assert len(everything) == store.counts()["statements"]
    dated = [s for s in everything if s["published"]]
    assert everything[len(dated):] and all(s["published"] is None for s in everything[len(dated):])
    assert [(s["published"], s["id"]) for s in dated] == sorted(((s["published"], s["id"]) for s in dated),
                                                                 reverse=True)
    assert [s["id"] for s in everything[len(dated):]] == sorted((s["id"] for s in everything[len(dated):]),
                                                                 reverse=True)
    pages, after = [], None
    while True:
        page = store.statements(limit=7, after_id=after)
        if not page:
            break
        pages += page
        after = page[-1]["id"]
    assert [s["id"] for s in pages] == [s["id"] for s in everything]
    january = store.statements(since="2019-01-05", until="2019-01-06", limit=None)
    assert january and {s["published"] for s in january} <= {"2019-01-05", "2019-01-06"}


def test_bad_queries_are_query_errors(store):
    for kwargs in ({"since": "2019-13"}, {"until": "yesterday"}, {"kind": "shouted"}, {"after_id": 999}):
        with pytest.raises(QueryError) as info:
            store.statements(**kwargs)
        assert info.value.exit_code == 2
    with pytest.raises(QueryError):
        store.export("xml", "out.xml")


def test_views_return_rows(store, readings):
    save_all(store, readings[:2])
    with store.read() as conn:
        rows = conn.execute(text("SELECT speaker, title, outlet, published, url FROM statement_view "
                                 "WHERE speaker = 'Hikmat Hajiyev'")).all()
        assert len(rows) == 6 and rows[0].outlet == "OC Media" and rows[0].published == "2023-09-22"
        view = conn.execute(text("SELECT name, statement_count, outlets, first_seen, last_seen, article_count "
                                 "FROM speaker_view WHERE name = 'Hikmat Hajiyev'")).one()
    assert tuple(view) == ("Hikmat Hajiyev", 6, "OC Media", "2023-09-22", "2023-09-22", 1)


def test_export_jsonl_and_csv(store, readings, tmp_path):
    save_all(store, readings)
    total = store.counts()["statements"]
    assert store.export("jsonl", tmp_path / "all.jsonl") == total
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == total and rows[0]["title"] and "speaker" in rows[0] and rows[0]["content"]
    n = store.export("csv", tmp_path / "hajiyev.csv", speaker="Hikmat Hajiyev")
    with open(tmp_path / "hajiyev.csv", newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert n == len(table) == 6
    assert {r["speaker"] for r in table} == {"Hikmat Hajiyev"} and json.loads(table[0]["content"])[0]["text"]
    if importlib.util.find_spec("pyarrow") is None:
        with pytest.raises(DependencyError, match="pip install pyarrow"):
            store.export("parquet", tmp_path / "all.parquet")
    else:
        import pyarrow.parquet as pq

        assert store.export("parquet", tmp_path / "all.parquet") == total
        assert pq.read_table(tmp_path / "all.parquet").num_rows == total


# --- failures, merges, splits, transactions -----------------------------------------------------------------


def test_failure_is_recorded_and_cleared(store, readings):
    reading = readings[0]
    store.record_failure(reading.input, InputError("empty text", input=reading.input))
    store.record_failure(reading.input, InputError("cannot read: busy", input=reading.input))
    store.record_failure("elsewhere.txt", InputError("empty text"))
    listed = {f["input"]: f for f in store.failures()}
    assert {i: f["code"] for i, f in listed.items()} == {"elsewhere.txt": "bad_input", reading.input: "bad_input"}
    assert listed[reading.input]["message"] == "cannot read: busy" and listed[reading.input]["at"]
    assert store.counts()["failures"] == 2
    store.save(reading)
    assert [f["input"] for f in store.failures()] == ["elsewhere.txt"]


def test_merge_and_split_are_remembered(new_url, readings):
    pelosi_again = by_input(readings, "#7").article
    with Store.open(new_url()) as first:
        save_all(first, readings)
        aliyev = first.speaker("Ilham Aliyev")
        merged = first.merge_speakers("Azerbaijan", "Ilham Aliyev")
        assert merged["speaker_id"] == aliyev["id"] and merged["name_keys"] == ["azerbaijan"]
        assert first.speaker("Azerbaijan")["id"] == aliyev["id"]  # now an alias
        assert first.speaker("Ilham Aliyev")["statement_count"] == aliyev["statement_count"] + 1
        assert "Azerbaijan" not in {s["name"] for s in first.speakers(limit=None)}
        with pytest.raises(QueryError):
            first.merge_speakers("Ilham Aliyev", "Ilham Aliyev")

        split = first.split_speaker("Nancy Pelosi", pelosi_again.url, "Nancy Pelosi (House Speaker)")
        assert split["statements_moved"] >= 1
        moved = first.statements(speaker="Nancy Pelosi (House Speaker)", limit=None)
        assert {s["url"] for s in moved} == {pelosi_again.url} and len(moved) == split["statements_moved"]
        assert first.speaker("Nancy Pelosi")["last_seen"] == "2019-01-04"
        with pytest.raises(QueryError):
            first.split_speaker("Nancy Pelosi", "No Such Name", "Somebody")

        # a later edition of the reference article: the merge applies to new articles too
        edition = copy.deepcopy(readings[0])
        edition.article.text += "\n(Updated.)\n"
        edition.input = "edition.txt"
        assert first.save(edition).created
        assert {s["speaker"] for s in first.statements(limit=None) if s["speaker_name"] == "Azerbaijan"} == \
            {"Ilham Aliyev"}
        kept, overrides = assignments(first), first.overrides()
        assert {(o["kind"], o["name_key"], o["article_key"]) for o in overrides} == {
            ("merge", "azerbaijan", None), ("split", "nancy pelosi", url_key(pelosi_again.url))}

    with Store.open(new_url()) as fresh:  # a fresh database given the same overrides
        assert fresh.add_overrides(overrides) == 2
        save_all(fresh, readings)
        fresh.save(edition)
        again = assignments(fresh)
        assert again == kept
        assert fresh.speaker("Nancy Pelosi (House Speaker)")["statement_count"] == split["statements_moved"]
        assert fresh.overrides() == overrides


def test_a_failed_save_leaves_nothing(store, readings, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_statements", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(readings[0])
    with store.read() as conn:
        left = {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                for t in ("articles", "statements", "speakers", "speaker_mentions", "speaker_keys")}
    assert left == dict.fromkeys(left, 0)
    monkeypatch.undo()
    assert store.save(readings[0]).created


def test_a_rerun_after_a_crash_gives_the_same_database(new_url, readings, monkeypatch):
    with Store.open(new_url()) as straight:
        save_all(straight, readings)
        expected = (assignments(straight), speaker_state(straight))
    real = store_module._insert_statements
    crash_on = readings[4].input

    def crash(conn, article_id, reading, linked):
        if reading.input == crash_on:
            raise KeyboardInterrupt
        return real(conn, article_id, reading, linked)

    with Store.open(new_url()) as crashed:
        monkeypatch.setattr(store_module, "_insert_statements", crash)
        with pytest.raises(KeyboardInterrupt):
            save_all(crashed, readings)
        monkeypatch.undo()
        assert crashed.counts()["articles"] == 4
        save_all(crashed, readings)
        assert (assignments(crashed), speaker_state(crashed)) == expected


# --- URLs, errors, SQLite specifics ------------------------------------------------------------------------------


def test_store_urls():
    assert resolve_url("some/dir/x.db").render_as_string() == "sqlite+pysqlite:///some/dir/x.db"
    assert resolve_url("postgres://me@db.example/onrecord").drivername == "postgresql+psycopg"
    assert resolve_url("postgresql://me@db.example/onrecord").drivername == "postgresql+psycopg"
    assert resolve_url("sqlite://").database is None
    for bad in ("mysql://me:hunter2@db.example/x", "postgresql+asyncpg://me:hunter2@h/x", "://nothing"):
        with pytest.raises(StoreError) as info:
            resolve_url(bad)
        assert "hunter2" not in str(info.value) and info.value.code == "store_error" and info.value.exit_code == 4


def test_unreachable_postgres_is_a_store_error():
    with pytest.raises(StoreError) as info:
        Store.open(f"postgresql://me:hunter2@127.0.0.1:{_free_port()}/nothing", timeout=3)
    message = info.value.one_line()
    assert "hunter2" not in message and "postgresql://me@127.0.0.1" in message and "\n" not in message


def test_bad_sqlite_path_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="unable to open database file"):
        Store.open(tmp_path / "no" / "such" / "folder" / "x.db")
    (tmp_path / "junk.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(tmp_path / "junk.db")


def test_a_store_that_is_not_there_is_created_only_when_asked(tmp_path):
    from onrecord.errors import StoreNotFound

    missing = tmp_path / "typo.db"
    with pytest.raises(StoreNotFound) as info:
        Store.open(missing, create=False)
    assert not missing.exists()
    assert info.value.one_line() == f"{missing}: no such store (nothing was created: only ingest creates a store)"
    with pytest.raises(StoreNotFound):
        Store.open(f"sqlite:///{missing}", create=False)
    assert not missing.exists()
    Store.open(missing).close()  # the default creates it (ingest, the library)
    with Store.open(missing, create=False) as s:  # and now it is there
        assert s.counts()["articles"] == 0
    with Store.open("sqlite://", create=False) as s:  # a database in memory is always new
        assert s.counts()["articles"] == 0


def test_default_store_location(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_DB", str(tmp_path / "from-env.db"))
    with Store.open() as s:
        assert s.counts()["articles"] == 0
    assert (tmp_path / "from-env.db").is_file()
    monkeypatch.delenv("ONRECORD_DB")
    monkeypatch.chdir(tmp_path)
    with Store.open() as s:
        assert s.url.database == "onrecord.db"
    assert (tmp_path / "onrecord.db").is_file()


def test_in_memory_sqlite(readings):
    with Store.open("sqlite://") as s:
        assert s.save(readings[0]).created and s.statements(search="amnesty")


def test_locked_sqlite_database_is_a_store_error(tmp_path, readings):
    path = tmp_path / "locked.db"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, timeout=0.2) as s, pytest.raises(StoreError, match="locked") as info:
            s.save(readings[0])
        assert str(path) in info.value.one_line()
    finally:
        holder.rollback()
        holder.close()


def test_sqlite_file_reads_with_the_sqlite3_module(tmp_path, readings):
    path = tmp_path / "plain.db"
    with Store.open(path) as s:
        save_all(s, readings[:3])
    db = sqlite3.connect(path)
    try:
        tables = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        views = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert {"articles", "statements", "speakers", "speaker_keys", "speaker_aliases", "speaker_roles",
                "speaker_overrides", "speaker_mentions", "failures", "statements_fts"} <= tables
        assert views == {"statement_view", "speaker_view"}
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        published, authors = db.execute("SELECT published, authors FROM articles ORDER BY id").fetchone()
        assert published == "2023-09-22" and json.loads(authors) == []
        hits = db.execute("SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH 'amnesty'").fetchone()[0]
        assert hits >= 1
        assert db.execute("SELECT COUNT(*) FROM statement_view").fetchone()[0] == \
            sum(len(r.statements) for r in readings[:3])
    finally:
        db.close()


def test_the_schema_revision_the_store_checks_is_the_newest_migration():
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from onrecord.store.store import SCHEMA_REVISION

    with resources.as_file(resources.files("onrecord.store") / "migrations") as location:
        config = Config()
        config.set_main_option("script_location", str(location))
        assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


# --- joint sources ------------------------------------------------------------------------------------------------


def test_a_joint_statement_is_each_members_statement(store, joint_reading):
    store.save(joint_reading())
    counts = {s["name"]: s["statement_count"] for s in store.speakers()}
    assert counts == {"Dick Durbin": 2, "Adam Schiff": 1}  # no speaker "Dick Durbin and Adam Schiff"
    schiff = store.statements(speaker="Adam Schiff")
    assert [s["speaker_name"] for s in schiff] == ["Dick Durbin and Adam Schiff"]
    assert [(m["name"], m["speaker"]) for m in schiff[0]["members"]] == [("Dick Durbin", "Dick Durbin"),
                                                                         ("Adam Schiff", "Adam Schiff")]
    assert schiff[0]["speaker_id"] is None and all(m["speaker_id"] for m in schiff[0]["members"])
    assert len(store.statements(speaker="Dick Durbin")) == 2
    page = store.speaker("Adam Schiff")
    assert page["statement_count"] == 1 and [s["id"] for s in page["statements"]] == [schiff[0]["id"]]
    assert page["per_month"] == [{"month": "2019-01", "statements": 1}]


def test_a_joint_statement_is_stored_once_and_read_back_with_its_members(store, joint_reading):
    first = store.save(joint_reading())
    again = store.save(joint_reading())
    assert not again.created
    with store.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM statement_members")).scalar_one() == 2
    assert {s["name"]: s["statement_count"] for s in store.speakers()} == {"Dick Durbin": 2, "Adam Schiff": 1}
    back = store.reading(first.article_id)
    assert back.statements[0].speaker == joint_reading().statements[0].speaker
    assert back.statements[1].speaker.members == []


def test_merging_and_splitting_carry_a_joint_statements_members(store, joint_reading):
    store.save(joint_reading())
    store.merge_speakers("Adam Schiff", "Dick Durbin")
    assert {s["name"]: s["statement_count"] for s in store.speakers()} == {"Dick Durbin": 2}  # the joint one once
    store.split_speaker("Dick Durbin", "Adam Schiff", "Adam Schiff")
    assert {s["name"]: s["statement_count"] for s in store.speakers()} == {"Dick Durbin": 2, "Adam Schiff": 1}
    assert len(store.statements(speaker="Adam Schiff")) == 1


def test_client_mistakes_are_query_errors_or_not_found_on_either_store(new_url):
    """A NUL in a client's text and an id over PostgreSQL's integer range (issue 13, item 5): the same
    answer from both stores, naming nothing of them."""
    with Store.open(new_url()) as store:
        for call in (lambda: store.statements(search="a\x00b"), lambda: store.speakers(search="\x00")):
            with pytest.raises(QueryError, match="NUL"):
                call()
        for ref in ("9999999999", "99999999999999999999999", "²"):
            with pytest.raises(NotFound):
                store.speaker(ref)


# --- echoes: the same quotation across articles (issue 15) --------------------------------------------------

def _text(st) -> str:
    return " … ".join(c.text for c in st.content)


def _quoted(reading: Reading):
    return next((st for st in reading.statements if st.kind == "direct" and len(st.content) == 1
                 and len(_text(st).split()) >= 10 and st.speaker is not None and st.speaker.kind == "person"), None)


def test_echoes_are_matched_at_ingest_with_their_changes(store, readings, reader):
    first = next(r for r in readings[1:] if _quoted(r) is not None)
    st = _quoted(first)
    others = [r for r in readings[1:] if r is not first]
    words = _text(st).strip("\"“” ,.").split()
    mid = len(words) // 2
    altered = " ".join(words[:mid] + ["notably"] + words[mid + 1:])
    copied = reader.read_text(f"{others[0].article.text}\n\n\"{' '.join(words)},\" {st.speaker.name} said on Monday.\n",
                              input="copy-same.txt")
    moved = reader.read_text(f"{others[1].article.text}\n\n\"{altered},\" said Jane Doe, a spokeswoman for the "
                             f"ministry.\n", input="copy-moved.txt")
    cut = reader.read_text(f"{others[2].article.text}\n\n\"{' '.join(words[3:])},\" {st.speaker.name} said.\n",
                           input="copy-cut.txt")
    for r in (first, copied, moved, cut):
        store.save(r)
    groups = store.echoes()
    assert len(groups) == 1, groups
    group = groups[0]
    assert group["articles"] == 4 and group["first"]["speaker"] == st.speaker.name
    by_title = {a["article_id"]: a for a in group["appearances"]}
    assert len(by_title) == 4
    cut_row = next(a for a in group["appearances"] if a["content_text"].startswith(f"\"{words[3]}"))
    assert "trimmed" in cut_row["flags"], cut_row
    assert set(group["flags"]) >= {"reattributed", "altered"}
    moved_row = next(a for a in group["appearances"] if a["speaker"] == "Jane Doe")
    assert set(moved_row["flags"]) >= {"reattributed", "altered"}
    assert {"kind": "altered", "before": words[mid], "after": "notably"} in moved_row["differences"]
    assert store.echo(group["group"])["appearances"] == group["appearances"]
    store.save(moved)  # stored once: no second appearance
    assert store.echoes()[0]["articles"] == 4
    with pytest.raises(NotFound):
        store.echo(10 ** 9)
