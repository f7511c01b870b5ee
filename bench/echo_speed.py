#!/usr/bin/env python3
"""What echo matching costs at ingest: 100,000 generated statements saved through ``Store.save`` with echo
matching on, against the same with it off, in the same run (the order alternates with ``--repeat``).

The articles are synthetic (no reading: the bench times the store): 20 statements each, half of them
quoted, of 12-40 words drawn by Zipf's law over a 20,000-word vocabulary, 2,000 speakers, 40 outlets;
one quoted statement in ten repeats an earlier one, as written, trimmed, or with one word altered, and
one in three of those under another speaker, so the index finds real echoes as it goes. "Off" stubs
``store.echoes.index_article`` (nothing indexed, nothing matched); everything else is the same.

Memory: the process's peak resident size after each quarter of the run with echoes on; the index lives
in the database, so it stays flat while the statements grow.

usage: python bench/echo_speed.py [--statements N] [--repeat N]

Last line: ``echo_speed: N statements, on X st/s, off Y st/s, ratio Z; peak RSS by quarter A/B/C/D MB; G groups``.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from query_speed import vocab, zipf_choice  # noqa: E402

from onrecord.records import Article, Reading, Span, Speaker, Statement  # noqa: E402
from onrecord.store import echoes as echo_index  # noqa: E402
from onrecord.store.store import Store  # noqa: E402

PER_ARTICLE = 20


def articles(statements: int, seed: int = 1) -> list[Reading]:
    rng, words = random.Random(seed), vocab()
    names = [f"{rng.choice(words).title()} {rng.choice(words).title()}" for _ in range(2_000)]
    outlets = [f"{rng.choice(words).title()} News" for _ in range(40)]
    quoted: list[tuple[str, str]] = []
    out = []
    for a in range(statements // PER_ARTICLE):
        made = []
        for position in range(PER_ARTICLE):
            who = rng.choice(names)
            kind = "direct" if position % 2 == 0 else "indirect"
            said = " ".join(zipf_choice(words, rng) for _ in range(rng.randint(12, 40)))
            if kind == "direct" and quoted and rng.random() < 0.1:  # an echo of an earlier quotation
                said, first = rng.choice(quoted)
                ws = said.split()
                how = rng.randrange(3)
                if how == 1:
                    ws = ws[len(ws) // 4:]
                elif how == 2:
                    ws[len(ws) // 2] = rng.choice(words)
                said, who = " ".join(ws), (who if rng.random() < 1 / 3 else first)
            elif kind == "direct":
                quoted.append((said, who))
            text = f"\u201c{said}\u201d" if kind == "direct" else said
            made.append((kind, text, who))
        body, statements_ = "", []
        for kind, text, who in made:
            source = Span(len(body), len(body) + len(who), who)
            cue = Span(source.end + 1, source.end + 5, "said")
            content = Span(cue.end + 1, cue.end + 1 + len(text), text)
            body += f"{who} said {text}.\n"
            statements_.append(Statement(kind, cue, source, [content], Speaker(who, "person"), confidence=0.9))
        art = Article(body, title=f"Article {a}", published=f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}",
                      outlet=rng.choice(outlets), url=f"https://bench.example/{a}")
        out.append(Reading(f"bench-{a}", art, statements_, []))
    return out


def ingest(readings: list[Reading], db: Path, echoes: bool) -> tuple[float, list[float], int]:
    original = echo_index.index_article
    if not echoes:
        echo_index.index_article = lambda conn, article_id: 0
    try:
        store = Store.open(str(db))
        quarters, rss = {len(readings) * q // 4 for q in (1, 2, 3, 4)}, []
        started = time.perf_counter()
        for n, r in enumerate(readings, 1):
            store.save(r)
            if n in quarters:
                rss.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        elapsed = time.perf_counter() - started
        groups = len(store.echoes(limit=10 ** 6)) if echoes else 0
        store.close()
        return elapsed, rss, groups
    finally:
        echo_index.index_article = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    readings = articles(args.statements)
    n = len(readings) * PER_ARTICLE
    best = {True: float("inf"), False: float("inf")}
    rss: list[float] = []
    groups = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.repeat)):
            for on in ((False, True) if i % 2 == 0 else (True, False)):
                db = Path(tmp) / f"echo-{on}-{i}.db"
                elapsed, marks, found = ingest(readings, db, on)
                best[on] = min(best[on], elapsed)
                if on:
                    rss, groups = marks, found
    on, off = n / best[True], n / best[False]
    print(f"echo_speed: {n} statements, on {on:.0f} st/s, off {off:.0f} st/s, ratio {on / off:.2f}; "
          f"peak RSS by quarter {'/'.join(f'{m:.0f}' for m in rss)} MB; {groups} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
