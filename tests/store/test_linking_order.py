"""Speaker linking does not depend on the order articles arrive in (issue 13, item 8): the same
articles saved in any order, or by two writers at once, give the same speakers table (names and
statement counts). A surname alone that came before its full name is decided again when a full name
with that surname arrives, as if the full names had come first; a name shown is the best of the
speaker's names by a fixed order, not the first seen."""

from __future__ import annotations

import itertools
import random
import threading
from pathlib import Path

from said_readings import article

from onrecord.records import Person
from onrecord.store.store import Store

ARTICLES = [
    article(1, [("Sanders", "person")], [Person("Sanders", descriptors=["senator"])]),
    article(2, [("Sanders", "person")], [Person("Sanders")]),
    article(3, [("Sarah Sanders", "person")]),
    article(4, [("Bernie Sanders", "person")], [Person("Bernie Sanders", aliases=["Sanders"], descriptors=["senator"])]),
    article(5, [("Sanders", "person")], [Person("Sanders", descriptors=["Vermont senator"])]),
    article(6, [("Sisi", "person")]),
    article(7, [("Abdel Fattah el-Sisi", "person")]),
    article(8, [("Hajiyev", "person")]),
    article(9, [("Hikmat Hajiyev", "person")]),
    article(10, [("Hajiyev", "person")]),
    article(11, [("The Trump administration", "organization")]),
    article(12, [("the Trump administration", "organization")]),
    article(13, [("Brian T. Carroll", "person")]),
    article(14, [("Brian Carroll", "person")]),
    article(15, [("Biden", "person")]),
    article(16, [("Joe Biden", "person")]),
    article(17, [("Hunter Biden", "person")]),
    article(18, [("Biden and Sanders", "person")], [Person("Biden and Sanders", aliases=["Sanders"])]),
]


def table(store: Store) -> list[tuple[str, int]]:
    return sorted((s["name"], s["statement_count"]) for s in store.speakers(limit=None))


def saved(path: Path, order: list[int]) -> list[tuple[str, int]]:
    with Store.open(str(path)) as store:
        for i in order:
            store.save(ARTICLES[i])
        return table(store)


def test_the_same_articles_in_any_order_give_the_same_speakers(tmp_path: Path):
    everything = list(range(len(ARTICLES)))
    bare = {i for i, a in enumerate(ARTICLES) if all(" " not in p.name for p in a.people)}  # surnames alone
    full_names_first = saved(tmp_path / "full-names-first.db", [i for i in everything if i not in bare] + sorted(bare))
    named = dict(full_names_first)
    assert named["Hikmat Hajiyev"] == 3 and named["Abdel Fattah el-Sisi"] == 2  # one person: the bare ones join
    assert named["Joe Biden"] == named["Hunter Biden"] == named["Biden"] == 1  # two: the bare one joins neither
    assert "Sanders" in named and named["Bernie Sanders"] + named["Sarah Sanders"] + named["Sanders"] == 5
    assert named["Biden and Sanders"] == 1  # several people: no Sanders joins it, whatever its alias
    assert saved(tmp_path / "forward.db", everything) == full_names_first
    assert saved(tmp_path / "backward.db", everything[::-1]) == full_names_first
    for seed in range(3):
        order = list(everything)
        random.Random(seed).shuffle(order)
        assert saved(tmp_path / f"shuffled-{seed}.db", order) == full_names_first, order


def test_two_writers_at_once_give_what_one_gives(tmp_path: Path):
    one = saved(tmp_path / "one.db", list(range(len(ARTICLES))))
    path = tmp_path / "two.db"
    Store.open(str(path)).close()
    errors: list[BaseException] = []

    def write(indexes: list[int]) -> None:
        try:
            with Store.open(str(path)) as store:
                for i in indexes:
                    store.save(ARTICLES[i])
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    halves = [list(range(len(ARTICLES)))[0::2][::-1], list(range(len(ARTICLES)))[1::2]]
    threads = [threading.Thread(target=write, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Store.open(str(path)) as store:
        assert table(store) == one


def test_an_acronym_seen_alone_joins_the_body_a_later_article_names_with_it(tmp_path: Path):
    who = [article(20, [("WHO", "organization")]),
           article(21, [("World Health Organization", "organization")]),
           article(22, [("World Health Organization", "organization")],
                   [Person("World Health Organization", "organization", ["WHO"])])]
    tables = set()
    for k, order in enumerate(itertools.permutations(range(3))):
        with Store.open(str(tmp_path / f"who-{k}.db")) as store:
            for i in order:
                store.save(who[i])
            tables.add(tuple(table(store)))
    assert tables == {(("World Health Organization", 3),)}
