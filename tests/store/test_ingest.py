"""Ingest end to end: a kill at any point never leaves half an article, and a re-run stores nothing twice;
the record's commands read what was stored."""

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # whole corpora, or servers and several readings

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS_DIR = ROOT / "examples" / "wikinews"
WIKINEWS = WIKINEWS_DIR / "*.csv"  # a glob: the folder also holds its README
EXAMPLE = ROOT / "examples" / "oc-media-amnesty.txt"


def onrecord(*args, **kw):
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=900, **kw)


def start(*args):
    return subprocess.Popen([sys.executable, "-m", "onrecord", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def snapshot(db: Path) -> dict:
    """Everything a user sees in the record, without ids and times (which may differ between runs)."""
    con = sqlite3.connect(db)
    try:
        articles = con.execute("SELECT key, title, published, outlet, length(text) FROM articles ORDER BY key").fetchall()
        statements = con.execute(
            "SELECT a.key, s.position, s.kind, s.cue_text, s.content_text, sp.name "
            "FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id "
            "ORDER BY a.key, s.position").fetchall()
        speakers = con.execute("SELECT name, kind, statement_count FROM speakers ORDER BY name, kind").fetchall()
        aliases = con.execute("SELECT sp.name, al.alias FROM speaker_aliases al JOIN speakers sp ON sp.id = al.speaker_id "
                              "ORDER BY 1, 2").fetchall()
        keys = con.execute("SELECT count(*), count(DISTINCT key) FROM articles").fetchone()
        echoes = con.execute(  # each indexed statement with its group's first statement, by article and place
            "SELECT a.key, s.position, ga.key, g.position FROM echoes e JOIN statements s ON s.id = e.statement_id "
            "JOIN articles a ON a.id = s.article_id JOIN statements g ON g.id = e.group_id "
            "JOIN articles ga ON ga.id = g.article_id ORDER BY 1, 2").fetchall()
    finally:
        con.close()
    return {"articles": articles, "statements": statements, "speakers": speakers, "aliases": aliases, "keys": keys,
            "echoes": echoes}


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    res = onrecord("ingest", str(WIKINEWS), "--db", str(db), "--no-progress")
    assert res.returncode == 0, res.stderr
    return db


def test_wikinews_rows_all_become_articles(reference_db):
    csv.field_size_limit(10**9)
    rows = sum(1 for f in WIKINEWS_DIR.glob("*.csv") for _ in csv.DictReader(f.open(encoding="utf-8", newline="")))
    snap = snapshot(reference_db)
    assert snap["keys"] == (rows, rows)
    assert len(snap["statements"]) > 1000


def test_the_demo_corpus_echoes_are_found(reference_db):
    """Wikinews quoted the same words in two articles more than once (a sentence of Kyriakos Mitsotakis on
    the EastMed pipeline, Red Hat's Chris Wright on CentOS Stream): each is one group of two appearances."""
    res = onrecord("echoes", "--db", str(reference_db), "--format", "csv")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(res.stdout.splitlines()))
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["group"], []).append(row)
    firsts = {g[0]["speaker"]: len(g) for g in groups.values()}
    assert firsts.get("Kyriakos Mitsotakis") == 2 and firsts.get("Chris Wright") == 2, firsts
    assert all(len({r["article_id"] for r in g}) >= 2 for g in groups.values())


def test_kill_at_random_points_and_rerun_gives_the_same_record(reference_db, tmp_path):
    db = tmp_path / "killed.db"
    rng = random.Random(int(os.environ.get("ONRECORD_KILL_SEED", "20261129")))
    kills = 0
    for _ in range(4):
        proc = start("ingest", str(WIKINEWS), "--db", str(db), "--no-progress")
        time.sleep(rng.uniform(4.0, 14.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if db.exists():  # after each kill: whole articles only, each once, each as the uninterrupted run has it
            part, ref = snapshot(db), snapshot(reference_db)
            stored = {a[0] for a in part["articles"]}
            assert part["keys"][0] == part["keys"][1] == len(stored)
            assert part["articles"] == [a for a in ref["articles"] if a[0] in stored]
            assert [s[:5] for s in part["statements"]] == [s[:5] for s in ref["statements"] if s[0] in stored]
    assert kills >= 3
    res = onrecord("ingest", str(WIKINEWS), "--db", str(db), "--no-progress")
    assert res.returncode == 0, res.stderr
    assert snapshot(db) == snapshot(reference_db)
    again = onrecord("ingest", str(WIKINEWS), "--db", str(db), "--no-progress")
    assert "stored 0 articles" in again.stderr
    assert snapshot(db) == snapshot(reference_db)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    db = folder / "small.db"
    bad = folder / "empty.txt"
    bad.write_text("")
    res = onrecord("ingest", str(EXAMPLE), str(bad), "--db", str(db), "--no-progress")
    assert res.returncode == 1 and "empty.txt" in res.stderr  # done, but a document failed
    return db


def test_quotes_filters_and_search(small_db):
    res = onrecord("quotes", "--db", str(small_db), "--search", "amnesty", "--format", "jsonl")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all("amnesty" in r["content_text"].lower() for r in rows)
    res = onrecord("quotes", "--db", str(small_db), "--speaker", "Hajiyev", "--format", "json")
    rows = json.loads(res.stdout)
    assert rows and {r["speaker_name"] for r in rows} == {"Hikmat Hajiyev"}
    res = onrecord("quotes", "--db", str(small_db), "--kind", "direct", "--format", "csv")
    lines = res.stdout.splitlines()
    assert lines[0].startswith(("id,", "statement_id,")) or "content_text" in lines[0]
    assert len(lines) > 2


def test_speakers_speaker_errors_and_export(small_db, tmp_path):
    res = onrecord("speakers", "--db", str(small_db), "--format", "json")
    names = [r["name"] for r in json.loads(res.stdout)]
    assert names[0] == "Hikmat Hajiyev"
    res = onrecord("speaker", "Hikmat Hajiyev", "--db", str(small_db))
    assert res.returncode == 0 and "Hikmat Hajiyev" in res.stdout
    res = onrecord("errors", "--db", str(small_db), "--format", "json")
    failures = json.loads(res.stdout)
    assert len(failures) == 1 and failures[0]["input"].endswith("empty.txt")
    out = tmp_path / "all.jsonl"
    res = onrecord("export", "--db", str(small_db), "--format", "jsonl", "--out", str(out))
    assert res.returncode == 0, res.stderr
    exported = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(exported) >= 16


SAME_PERSON = [  # name forms under which Wikinews articles quote one person
    ["Donald Trump", "Trump"],
    ["Bernie Sanders"],  # the lone "Sanders" is read in its own article as the Bernie Sanders it names
    ["Recep Tayyip Erdoğan", "Erdoğan"],  # "Erdogan" is read in its own article as the full name (one letter off)
    ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"],  # a lone "Sisi" is read in its own article in full
    # (Ricardo Rosselló: quoted in one article only, since "Rosselló appointed Pierluisi" is no statement)
    # (Wanda Vázquez: a lone "Vázquez" in an article whose "Wanda Vázquez Garced" the tagger does not name
    # as a person stays a speaker of its own: a bare surname is not linked across articles on its own)
    ["Chuck Schumer"],  # the readings drop role words from names: "Democrat Chuck Schumer" is Chuck Schumer
    ["Aparna Garg"],  # "Mysore Divisional Railway Manager Aparna Garg"
    ["Chris Wright"],  # "Technical Officer Chris Wright"
    # (Brian T. Carroll, Don Blankenship, Jeremy "Spike" Cohen: quoted in one article only, since their
    # interviews' "... answered some questions" and "... discussed his journey" are no statements now)
]
# (Gary Johnson is no speaker now: 'responded to a reporter's question ... with "What is Aleppo"' is no statement)
DIFFERENT_PEOPLE = [("Ted Cruz", "Carmen Yulín Cruz"), ("Doug Collins", "Phil Collins"), ("Josh Bash", "Dana Bash"),
                    ("Joshua Wong", "Tak-Sing Wong"), ("Troy Roberts", "John G. Roberts"), ("Sam Wilson", "David Wilson"),
                    ("Jing Wang", "Sam Wang"), ("Donald Trump", "Mary Trump")]
# Quoted by no statement of the corpus: every "Biden" of the debates is Joe, the "Trump" who tweeted is Donald.
NEVER_SPEAKERS = ["Hunter Biden"]  # (Mary Trump speaks through her book: "The book alleges …", its author)


def test_the_store_links_each_person_across_articles_and_name_forms(reference_db):
    con = sqlite3.connect(reference_db)
    try:
        for forms in SAME_PERSON:
            rows = con.execute(f"SELECT name, speaker_id, article_id FROM speaker_mentions WHERE name IN "
                               f"({','.join('?' * len(forms))})", forms).fetchall()
            assert {r[0] for r in rows} == set(forms), (forms, rows)
            assert len({r[1] for r in rows}) == 1, (forms, rows)  # one speaker
            assert len({r[2] for r in rows}) >= 2, (forms, rows)  # quoted in several articles
        for a, b in DIFFERENT_PEOPLE:
            ids = [con.execute("SELECT DISTINCT speaker_id FROM speaker_mentions WHERE name = ?", (n,)).fetchall()
                   for n in (a, b)]
            assert ids[0] and ids[1] and set(ids[0]).isdisjoint(ids[1]), (a, b, ids)
        for name in NEVER_SPEAKERS:
            assert not con.execute("SELECT content_text FROM statements WHERE speaker_name = ?", (name,)).fetchall()
    finally:
        con.close()


def test_ingest_fetches_the_links_of_a_local_feed_only_with_follow_links(tmp_path):
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "feed.rss").write_text('<rss version="2.0"><channel><title>T</title><item><title>A</title>'
                                     "<link>http://127.0.0.1:9/a</link></item></channel></rss>", encoding="utf-8")
    (folder / "story.txt").write_text("“The bridge opens in May,” Mayor Ana Ruiz said.", encoding="utf-8")
    res = onrecord("ingest", str(folder), "--db", str(tmp_path / "a.db"), "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "stored 1 articles" in res.stderr
    assert f"not fetched: 1 link listed in {folder / 'feed.rss'}; add --follow-links to fetch them" in res.stderr
    res = onrecord("ingest", str(folder), "--db", str(tmp_path / "b.db"), "--no-progress", "--follow-links")
    assert res.returncode != 0 and "http://127.0.0.1:9/a" in res.stderr and "not fetched" not in res.stderr
