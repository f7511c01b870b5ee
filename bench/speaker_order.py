#!/usr/bin/env python3
"""Whether the speakers table depends on the order articles are stored in (issue 13, item 8).

Reads the sources once (the bundled Wikinews corpus by default; ``--readings FILE`` takes the output
of ``onrecord read --format jsonl`` instead), then stores the same readings into fresh SQLite stores:
in the normal order (the baseline), reversed, shuffled (``--seed``), and by two processes at once,
each taking every other reading of the shuffled order. Each store's table is its speakers as
(name, statement count), as ``onrecord speakers --limit 1000`` lists them; the script prints how many
rows of each differ from the baseline, with the rows, and the time each store took.

usage: python bench/speaker_order.py [SOURCE ...] [--readings FILE] [--seed N]

Last line: ``speaker_order: N speakers; rows differing from the normal order: reversed A, shuffled B,
two writers C; store time ratio (slowest / normal) R``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.records import Reading  # noqa: E402
from onrecord.store.store import Store  # noqa: E402

DEFAULT_SOURCES = [str(p) for p in sorted((ROOT / "examples" / "wikinews").glob("*.csv"))]


def _readings(args) -> list[dict]:
    if args.readings:
        lines = Path(args.readings).read_text(encoding="utf-8").splitlines()
        return [d for d in map(json.loads, filter(None, lines)) if "article" in d]
    from onrecord.reader import Reader

    return [r.to_dict() for _, r in Reader().read_sources(args.sources or DEFAULT_SOURCES) if isinstance(r, Reading)]


def _save(path: str, readings: list[dict]) -> None:
    with Store.open(path) as store:
        for d in readings:
            store.save(Reading.from_dict(d))


def _table(path: str) -> Counter[tuple[str, int]]:
    """The speakers as (name, statement count) rows, a row as often as speakers have it ("officials", 1)."""
    with Store.open(path) as store:
        return Counter((s["name"], s["statement_count"]) for s in store.speakers(limit=100_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--readings")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    readings = _readings(args)
    shuffled = list(readings)
    random.Random(args.seed).shuffle(shuffled)
    with tempfile.TemporaryDirectory() as tmp:
        tables, took = {}, {}
        for name, order in (("normal", readings), ("reversed", readings[::-1]), ("shuffled", shuffled)):
            start = time.perf_counter()
            _save(f"{tmp}/{name}.db", order)
            took[name] = time.perf_counter() - start
            tables[name] = _table(f"{tmp}/{name}.db")
        path = f"{tmp}/two.db"
        Store.open(path).close()
        start = time.perf_counter()
        writers = [multiprocessing.Process(target=_save, args=(path, shuffled[k::2])) for k in (0, 1)]
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        took["two writers"] = time.perf_counter() - start
        tables["two writers"] = _table(path)
    base = tables["normal"]
    differ = {}
    for name in ("reversed", "shuffled", "two writers"):
        only_base, only_here = sorted((base - tables[name]).elements()), sorted((tables[name] - base).elements())
        differ[name] = len(only_base) + len(only_here)
        print(f"{name}: {tables[name].total()} speakers, {took[name]:.1f} s; {len(only_base)} rows only in normal, "
              f"{len(only_here)} only here")
        for row in only_base:
            print(f"  normal: {row}")
        for row in only_here:
            print(f"  {name}: {row}")
    ratio = max(took.values()) / took["normal"]
    print(f"speaker_order: {base.total()} speakers; rows differing from the normal order: "
          f"reversed {differ['reversed']}, shuffled {differ['shuffled']}, two writers {differ['two writers']}; "
          f"store time ratio (slowest / normal) {ratio:.2f}")


if __name__ == "__main__":
    main()
