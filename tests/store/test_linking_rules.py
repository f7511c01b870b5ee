"""Speakers across articles in small hand-made stores (store/speakers.py with people/linking.py): one
store per rule, the articles written as their readings would come out of the reader. Two people who
share a surname are never one speaker, a surname alone joins its own article's full name first, an
institution every country has is one speaker per article, and a speaker is shown under its best name."""

from __future__ import annotations

from pathlib import Path

import pytest
from said_readings import article  # tests/store/said_readings.py (the folder is on the path)
from sqlalchemy import text

from onrecord.records import Person
from onrecord.store import speakers as identities
from onrecord.store.store import Store


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(str(tmp_path / "linking.db")) as s:
        yield s


def speaker_of(store: Store) -> dict[tuple[str, int], str | None]:
    """(article input, statement position) -> the name of the speaker the statement is filed under."""
    with store.read() as conn:
        rows = conn.execute(text(
            "SELECT a.input, s.position, sp.name FROM statements s JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN speakers sp ON sp.id = s.speaker_id")).all()
    return {(i, p): n for i, p, n in rows}


def speakers(store: Store) -> dict[str, int]:
    """Each speaker's name -> its statement count (names are unique in these stores)."""
    listed = store.speakers(limit=None)
    assert len({s["name"] for s in listed}) == len(listed), listed
    return {s["name"]: s["statement_count"] for s in listed}


def state(store: Store) -> list[tuple]:
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT s.id, s.name, s.statement_count, (SELECT group_concat(key, '|') FROM "
            "(SELECT key FROM speaker_keys k WHERE k.speaker_id = s.id ORDER BY key)), (SELECT group_concat(alias, '|') "
            "FROM (SELECT alias FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY alias)) "
            "FROM speakers s ORDER BY s.id"))]


def test_a_rebuild_gives_what_ingest_kept(store):
    """Speakers apart, renamed and linked within an article are kept the same way ``refresh`` rebuilds them."""
    store.save(article(1, [("Erdogan", "person")]))
    store.save(article(2, [("Recep Tayyip Erdoğan", "person"), ("Erdoğan", "person")]))
    store.save(article(3, [("Biden", "person"), ("Joe Biden", "person"), ("Hunter Biden", "person")],
                       [Person("Joe Biden", aliases=["Biden"]), Person("Biden"), Person("Hunter Biden")]))
    before = state(store)
    with store.write() as conn:
        for sid in conn.execute(text("SELECT id FROM speakers")).scalars().all():
            assert identities.refresh(conn, sid)
    assert state(store) == before


# --- two people who share a surname ------------------------------------------------------------------


def test_two_bidens_stay_apart_and_a_bare_biden_joins_neither(store):
    store.save(article(1, [("Joe Biden", "person")], published="2020-06-01"))
    store.save(article(2, [("Hunter Biden", "person")], published="2020-10-20"))
    # no full name in the article, Hunter seen in the same outlet three days before: still nobody's
    store.save(article(3, [("Biden", "person")], published="2020-10-23"))
    assert speakers(store) == {"Joe Biden": 1, "Hunter Biden": 1, "Biden": 1}
    store.save(article(4, [("Joe Biden", "person")]))
    store.save(article(5, [("Hunter Biden", "person")]))
    assert speakers(store) == {"Joe Biden": 2, "Hunter Biden": 2, "Biden": 1}


def test_a_bare_biden_in_an_article_that_names_joe_biden_is_joe(store):
    store.save(article(1, [("Hunter Biden", "person")]))
    store.save(article(2, [("Joe Biden", "person")]))
    # the reader left "Biden" alone, but the article names Joe Biden in full
    store.save(article(3, [("Biden", "person"), ("Joe Biden", "person"), ("Biden", "person")],
                       [Person("Biden"), Person("Joe Biden", aliases=["Biden"])]))
    assert speakers(store) == {"Joe Biden": 4, "Hunter Biden": 1}
    assert {p: n for (i, p), n in speaker_of(store).items() if i == "article-3.txt"} == {
        0: "Joe Biden", 1: "Joe Biden", 2: "Joe Biden"}
    # "Sheriff Lee" in an article that names Kerry Lee, with another Lee in the store
    store.save(article(4, [("Tom Lee", "person")]))
    store.save(article(5, [("Kerry Lee", "person"), ("Sheriff Lee", "person")]))
    assert speakers(store)["Kerry Lee"] == 2


def test_a_bare_surname_two_people_of_its_article_share_is_a_speaker_apart_for_good(store):
    store.save(article(1, [("Joe Biden", "person"), ("Biden", "person"), ("Hunter Biden", "person")],
                       [Person("Joe Biden", aliases=["Biden"]), Person("Biden"), Person("Hunter Biden")]))
    assert speakers(store) == {"Joe Biden": 1, "Biden": 1, "Hunter Biden": 1}
    # no later mention is drawn to it: not a "Biden" of another article, not a full name (rule 5)
    store.save(article(2, [("Biden", "person")]))
    store.save(article(3, [("Jill Biden", "person")]))
    with store.read() as conn:
        apart = conn.execute(text("SELECT speaker_id FROM speaker_mentions WHERE decided_by = 'apart'")).scalars().all()
        counts = dict(conn.execute(text("SELECT id, statement_count FROM speakers")).all())
        keys = conn.execute(text("SELECT COUNT(*) FROM speaker_keys WHERE speaker_id = :i"), {"i": apart[0]}).scalar()
    assert len(apart) == 1 and counts[apart[0]] == 1 and keys == 0
    named = sorted((s["name"], s["statement_count"]) for s in store.speakers(limit=None))
    assert named == [("Biden", 1), ("Biden", 1), ("Hunter Biden", 1), ("Jill Biden", 1), ("Joe Biden", 1)]


# --- institutions every country has --------------------------------------------------------------------


def test_two_supreme_courts_stay_apart_unless_named_with_their_country(store):
    store.save(article(1, [("the Supreme Court", "organization")]))
    store.save(article(2, [("Supreme Court", "organization")]))
    store.save(article(3, [("the Ministry of Foreign Affairs", "organization")]))
    store.save(article(4, [("Ministry of Foreign Affairs", "organization")]))
    with store.read() as conn:
        courts = conn.execute(text("SELECT COUNT(*) FROM speakers WHERE folded LIKE '%supreme court%'")).scalar()
        ministries = conn.execute(text("SELECT COUNT(*) FROM speakers WHERE folded LIKE '%foreign affairs%'")).scalar()
    assert (courts, ministries) == (2, 2)
    store.save(article(5, [("the Supreme Court of the United States", "organization")]))
    store.save(article(6, [("Supreme Court of the United States", "organization")]))
    assert speakers(store)["the Supreme Court of the United States"] == 2


# --- one person under several name forms, shown under the best -----------------------------------------


def test_erdogan_joins_recep_tayyip_erdogan_and_is_shown_under_the_full_name(store):
    store.save(article(1, [("Erdogan", "person")]))
    store.save(article(2, [("Recep Tayyip Erdoğan", "person")]))
    store.save(article(3, [("Erdoğan", "person")]))
    assert speakers(store) == {"Recep Tayyip Erdoğan": 3}
    erdogan = store.speaker("Erdogan")  # the old name is an alias
    assert erdogan["name"] == "Recep Tayyip Erdoğan" and "Erdogan" in erdogan["aliases"]
    assert "Recep Tayyip Erdoğan" not in erdogan["aliases"]


def test_roles_and_open_brackets_give_way_to_the_bare_name(store):
    store.save(article(1, [("Businessman Don Blankenship", "person"), ("World Health Organization (WHO", "organization")]))
    store.save(article(2, [("Don Blankenship", "person"), ("World Health Organization", "organization")]))
    store.save(article(3, [("Brian T. Carroll", "person")]))
    store.save(article(4, [("Brian Carroll", "person")]))  # as good: the name shown stays
    assert speakers(store) == {"Don Blankenship": 2, "World Health Organization": 2, "Brian T. Carroll": 2}


def test_a_name_given_by_a_correction_is_kept(store):
    store.add_overrides([{"kind": "merge", "name_key": "erdogan", "article_key": None, "target_name": "Erdogan"}])
    store.save(article(1, [("Erdogan", "person")]))
    store.save(article(2, [("Recep Tayyip Erdoğan", "person")]))
    assert speakers(store) == {"Erdogan": 2}
