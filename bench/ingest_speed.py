#!/usr/bin/env python3
"""Ingest rate into SQLite against ``onrecord read --format jsonl`` to /dev/null, on the same inputs.

Both sides are the real commands, run one after the other as subprocesses over the same sources
(the bundled Wikinews corpus by default), each from a cold start (model load included on both
sides), so the difference is what storing costs: the transaction per article, speaker linking and
the full-text index. ``--repeat N`` alternates the two N times and keeps each side's fastest run.
Also reports the database's size per 1,000 articles.

usage: python bench/ingest_speed.py [SOURCE ...] [--repeat N]

Last line: ``ingest_speed: ingest X art/s, read Y art/s, ratio Z, N KB per article (M MB per 1,000)``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = [str(ROOT / "examples" / "wikinews" / "*.csv")]


def run(args: list[str], stdout=subprocess.DEVNULL) -> float:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "onrecord", *args], stdout=stdout, stderr=subprocess.PIPE, env=env,
                         cwd=ROOT, text=True)
    elapsed = time.perf_counter() - started
    if res.returncode not in (0, 2):
        sys.exit(f"onrecord {' '.join(args)} failed: {res.stderr[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    best = {"read": float("inf"), "ingest": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        for _ in range(max(1, args.repeat)):
            with open(os.devnull, "w") as null:
                best["read"] = min(best["read"], run(["read", *args.sources, "--format", "jsonl", "--no-progress"],
                                                     stdout=null))
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            best["ingest"] = min(best["ingest"], run(["ingest", *args.sources, "--db", str(db), "--no-progress"]))
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles, statements = (con.execute("SELECT count(*) FROM articles").fetchone()[0],
                                con.execute("SELECT count(*) FROM statements").fetchone()[0])
        con.close()
        size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    rate = {k: articles / v for k, v in best.items()}
    per_article = size / max(1, articles)
    print(json.dumps({"articles": articles, "statements": statements, "seconds": best, "db_bytes": size}))
    print(f"ingest_speed: ingest {rate['ingest']:.2f} art/s, read {rate['read']:.2f} art/s, "
          f"ratio {rate['ingest'] / rate['read']:.2f}, {per_article / 1000:.1f} KB per article "
          f"({per_article:.0f} B; {per_article * 1000 / 1e6:.1f} MB per 1,000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
