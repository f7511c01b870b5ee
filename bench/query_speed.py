#!/usr/bin/env python3
"""How fast the record answers a full-text search, on a generated database of 100,000 statements.

Generates (or reuses, with ``--db``) a SQLite record of synthetic articles, each with 20 statements
of 12-40 words drawn by Zipf's law (the 100 commonest ranks, function words, left out), 2,000
speakers and 40 outlets, bulk-inserted into the store's own schema (its triggers fill the full-text
index). Then it times ``Store.statements(search=...)``, the query behind ``onrecord quotes
--search``: single words and two-word searches drawn evenly from common, middling and rare ranks, and
quoted phrases taken from stored statements; first page of 50, newest first. Baseline in the same
run: the first page of 50 with no search. For scale it also times the whole command ``onrecord
quotes --search`` in a fresh process (interpreter start and imports included).

usage: python bench/query_speed.py [--statements N] [--db PATH] [--queries N]

Last line: ``query_speed: 100000 statements, search median X ms (p95 Y ms), ...``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PER_ARTICLE = 20
KINDS = ("direct", "indirect", "indirect", "mixed")
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa", "zu", "ge", "ri", "mo", "la", "be"]


def vocabulary(n: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


STOP_RANKS = 100  # the commonest ranks are function words, which nobody searches for: not generated


def zipf_choice(words: list[str], rng: random.Random) -> str:
    """A word by Zipf's law (P(rank) ~ 1/rank, log-uniform) over ranks STOP_RANKS..len(words)."""
    return words[min(len(words) - 1, int(STOP_RANKS * (len(words) / STOP_RANKS) ** rng.random()))]


BUCKETS = ((STOP_RANKS, 1_000), (1_000, 5_000), (5_000, 20_000))  # common, middling and rare words


def query_word(words: list[str], rng: random.Random, i: int) -> str:
    low, high = BUCKETS[i % len(BUCKETS)]
    return words[rng.randrange(low, min(high, len(words)))]


def generate(db: Path, statements: int, rng: random.Random) -> float:
    """Bulk-insert synthetic articles, speakers and statements in one transaction (the full-text index
    is filled by the store's own triggers), so the bench builds 100,000 statements in seconds."""
    import json

    from sqlalchemy import func

    from onrecord.store import schema as t
    from onrecord.store.store import Store

    store = Store.open(str(db))
    words = vocab()
    names = [f"{rng.choice(words).title()} {rng.choice(words).title()}" for _ in range(2_000)]
    outlets = [f"{rng.choice(words).title()} News" for _ in range(40)]
    started = time.perf_counter()
    with store.write() as conn:
        conn.execute(t.speakers.insert(), [{"id": i + 1, "name": n, "folded": n.lower(), "kind": "person",
                                            "statement_count": 0} for i, n in enumerate(names)])
        rows: list[dict] = []
        for a in range(statements // PER_ARTICLE):
            published = f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}"
            outlet = rng.choice(outlets)
            conn.execute(t.articles.insert(), {"id": a + 1, "key": f"url:bench.example/{a}", "text_key": f"text:{a}",
                                               "input": f"bench-{a}", "url": f"https://bench.example/{a}",
                                               "title": f"Article {a}", "published": published, "outlet": outlet,
                                               "text": "(synthetic)", "ingested_at": "2026-11-29T00:00:00Z"})
            for position in range(PER_ARTICLE):
                who = rng.randrange(len(names))
                said = "that " + " ".join(zipf_choice(words, rng) for _ in range(rng.randint(12, 40)))
                content = json.dumps([{"start": 0, "end": len(said), "text": said}])
                rows.append({"article_id": a + 1, "position": position, "kind": rng.choice(KINDS), "cue_text": "said",
                             "content_text": said, "content": content,
                             "speaker_id": who + 1, "speaker_name": names[who], "speaker_kind": "person",
                             "confidence": 0.9, "published": published, "outlet": outlet})
            if len(rows) >= 5_000:
                conn.execute(t.statements.insert(), rows)
                rows = []
        if rows:
            conn.execute(t.statements.insert(), rows)
        conn.execute(t.speakers.update().values(statement_count=(
            t.statements.select().with_only_columns(func.count()).where(t.statements.c.speaker_id == t.speakers.c.id)
            .scalar_subquery())))
    return time.perf_counter() - started


def vocab() -> list[str]:
    words = vocabulary(20_000, random.Random(7))
    random.Random(8).shuffle(words)
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database instead of a temporary one")
    parser.add_argument("--queries", type=int, default=60)
    args = parser.parse_args(argv)
    rng = random.Random(7)

    from onrecord.store.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "query.db"
        if not db.exists():
            took = generate(db, args.statements, rng)
            print(f"generated {args.statements:,} statements in {took:.1f} s "
                  f"({args.statements / PER_ARTICLE / took:.0f} articles/s)")
        store = Store.open(str(db))
        total = store.counts()["statements"]
        words = vocab()
        qrng = random.Random(11)
        searches = []
        for i in range(args.queries):
            kind = i % 3
            if kind == 0:
                searches.append(query_word(words, qrng, i // 3))
            elif kind == 1:
                searches.append(f"{query_word(words, qrng, i // 3)} {query_word(words, qrng, i // 3 + 1)}")
            else:  # a phrase that occurs: two neighbouring words of a stored statement
                row = store.statements(limit=1, after_id=qrng.randrange(2, total))
                said = row[0]["content_text"].split() if row else ["that", query_word(words, qrng, 0)]
                at = qrng.randrange(1, len(said) - 1)
                searches.append(f'"{said[at]} {said[at + 1]}"')
        store.statements(search=searches[0], limit=50)  # warm the cache
        times, found = [], 0
        for q in searches:
            started = time.perf_counter()
            rows = store.statements(search=q, limit=50)
            times.append((time.perf_counter() - started) * 1000)
            found += len(rows)
        base = []
        for _ in range(args.queries):
            started = time.perf_counter()
            store.statements(limit=50)
            base.append((time.perf_counter() - started) * 1000)
        cli = []
        for q in searches[:5]:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "onrecord", "quotes", "--db", str(db), "--search", q, "--format",
                            "jsonl"], capture_output=True, cwd=ROOT, check=True)
            cli.append((time.perf_counter() - started) * 1000)
        size = db.stat().st_size
    med, p95 = statistics.median(times), sorted(times)[int(0.95 * (len(times) - 1))]
    print(f"{len(searches)} searches, {found} rows returned; newest-50 without search median "
          f"{statistics.median(base):.1f} ms; whole `onrecord quotes --search` command median "
          f"{statistics.median(cli):.0f} ms (process start and imports included); database {size / 1e6:.0f} MB")
    print(f"query_speed: {total} statements, search median {med:.1f} ms (p95 {p95:.1f} ms), "
          f"ratio to an unfiltered page {med / max(0.01, statistics.median(base)):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
