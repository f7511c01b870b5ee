#!/usr/bin/env python3
"""How the web face holds up under load: 50 concurrent clients against the real server.

Generates (or reuses, with ``--db``) a SQLite record of 100,000 synthetic statements with
``bench/query_speed.py``'s generator (2,000 speakers, 40 outlets, stored through ``Store.save``),
starts ``onrecord.web.app.serve`` on 127.0.0.1 in a subprocess, and drives it with ``--clients``
concurrent keep-alive clients (plain asyncio HTTP/1.1, in this process, on uvloop when it is
installed) for ``--duration`` seconds per endpoint, one endpoint after the other, each client sending
its next request as soon as the answer to the last one came back (no pause between requests):

- ``health``: ``GET /api/health`` — the baseline: routing, middleware and the HTTP stack, no store;
- ``search``: ``GET /api/statements?search=WORD&limit=20`` — full-text search, 200 words drawn with
  the generator's word frequencies (common and rare words);
- ``speaker``: ``GET /speakers/{id}`` — a whole page (speaker, roles, weekly SVG chart, 50 statements)
  for the 200 most quoted speakers in turn.

It does this three times: with the server's page cache (``web_cache``; the normal server: after the
warm-up the requests are answered from kept pages, the share of hits is printed); with the cache
while the store is written ``--writes`` times a second from another connection (as while an
``onrecord ingest`` runs beside the server: the cache is emptied when the version moves, checked
once a second); with the cache while one more client sends hostile reads without pause
(``--only hostile``: ``POST /api/read`` of runs of ``<``, ``&`` and emoji and a 300 KB article, the
reads of issue 13 that once held every route for 20 s; the server reads them in a worker process,
``web.read_pool``, with its default limits); and with the cache turned off (``--cache-mb 0``: every
request queries the store and renders), which is what a page nobody asked for since the last write costs.

For each: requests/s, p50 and p99 latency (ms, as the client sees it, queueing included) and errors.
The ratio of each endpoint's p50 to the baseline's shows query and rendering work against server
overhead. The clients run on the same machine as the server and take CPU from it: on 2 cores the
numbers are a floor, not what the server would do behind a separate load generator.

usage: python bench/api_load.py [--db PATH] [--statements N] [--clients 50] [--duration 10] [--workers 1]
                                [--only cached|writing|hostile|uncached] [--writes 4]

Last line: ``api_load: N statements, C clients, W worker(s): cached search R req/s p50 A ms p99 B ms; ...``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from query_speed import generate, vocab, zipf_choice  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int, cache_bytes: int) -> subprocess.Popen:
    code = ("from onrecord.web.app import serve; import sys; "
            "serve(sys.argv[1], port=int(sys.argv[2]), workers=int(sys.argv[3]), cache_bytes=int(sys.argv[4]), "
            "log_level='warning')")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    env.pop("ONRECORD_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port), str(workers), str(cache_bytes)],
                            env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not answer within 60 s")


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a client can be (httpx's async pool costs more
    CPU than the server's simplest route, which would make the client the thing measured)."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bool]:
        """The status of the answer, and whether the server's cache gave it."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = next((int(line.split(b":", 1)[1]) for line in lines if line.lower().startswith(b"content-length:")),
                      None)
        if length is None:  # not what this server sends: start over on a new connection
            await self.close()
            return 0, False
        await self.reader.readexactly(length)
        return status, b"x-onrecord-cache: hit" in head.lower()

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def drive(port: int, paths: list[str], clients: int, duration: float, warmup: float) -> dict[str, float]:
    """``clients`` loops, each sending the next of ``paths`` as soon as the last answer came back."""
    latencies: list[float] = []
    errors = hits = 0
    counter = 0
    connections = [Connection(port) for _ in range(clients)]

    async def loop(conn: Connection, until: float, record: bool) -> None:
        nonlocal errors, hits, counter
        while time.perf_counter() < until:
            path = paths[counter % len(paths)]
            counter += 1
            started = time.perf_counter()
            try:
                status, hit = await conn.get(path)
                ok = status == 200
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                await conn.close()
                ok = hit = False
            if record:
                latencies.append((time.perf_counter() - started) * 1000)
                errors += not ok
                hits += hit

    warm_until = time.perf_counter() + warmup
    await asyncio.gather(*(loop(c, warm_until, False) for c in connections))
    started = time.perf_counter()
    await asyncio.gather(*(loop(c, started + duration, True) for c in connections))
    took = time.perf_counter() - started
    for c in connections:
        await c.close()
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / took, "errors": errors,
            "hits": hits / len(latencies) if latencies else 0.0,
            "p50": statistics.median(latencies) if latencies else float("nan"),
            "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else float("nan")}


class Writer(threading.Thread):
    """Writes to the store ``per_second`` times a second (a failure recorded: a real write
    transaction that moves the store's version, without the CPU of reading an article), as an
    ``onrecord ingest`` beside the server would."""

    def __init__(self, db: Path, per_second: float):
        super().__init__(daemon=True)
        self.db, self.pause, self.done, self.writes = db, 1 / per_second, threading.Event(), 0

    def run(self) -> None:
        from onrecord.errors import InputError
        from onrecord.store.store import Store

        with Store.open(str(self.db)) as store:
            while not self.done.wait(self.pause):
                store.record_failure("bench-writer", InputError(f"bench write {self.writes}"))
                self.writes += 1


HOSTILE = ["<" * 12_000, "&" * 10_000, "\U0001F600" * 5_000]


class HostileReader(threading.Thread):
    """One client that sends ``POST /api/read`` of hostile texts (``HOSTILE``, and a 300 KB article
    made of the reference article) one after the other, without pause; counts answers by status."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        article = (ROOT / "examples" / "oc-media-amnesty.txt").read_text(encoding="utf-8")
        self.texts = [*HOSTILE, (article * (300_000 // len(article) + 1))[:300_000]]
        self.port, self.done, self.statuses = port, threading.Event(), {}

    def run(self) -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=120) as client:
            n = 0
            while not self.done.is_set():
                try:
                    status = client.post("/api/read", json={"text": self.texts[n % len(self.texts)]}).status_code
                except httpx.HTTPError:
                    status = 0
                self.statuses[status] = self.statuses.get(status, 0) + 1
                n += 1


def measure(db: Path, args: argparse.Namespace, searches: list[str], speaker_ids: list[int],
            cache_bytes: int, writes: float = 0, hostile: bool = False) -> dict[str, dict[str, float]]:
    """Start a server and drive each endpoint in turn (while ``writes`` a second go to the store, or
    one client sends hostile reads); the figures per endpoint."""
    port = free_port()
    server = start_server(db, port, args.workers, cache_bytes)
    writer = Writer(db, writes) if writes else None
    if writer:
        writer.start()
    reads = HostileReader(port) if hostile else None
    if reads:
        reads.start()
    results = {}
    try:
        for name, paths in (("health", ["/api/health"]), ("search", searches),
                            ("speaker", [f"/speakers/{i}" for i in speaker_ids])):
            results[name] = run(drive(port, paths, args.clients, args.duration, args.warmup))
            r = results[name]
            print(f"  {name:8} {r['requests']:6d} requests  {r['rps']:7.1f} req/s  p50 {r['p50']:7.1f} ms  "
                  f"p99 {r['p99']:7.1f} ms  errors {r['errors']}  cache hits {r['hits']:.0%}", flush=True)
    finally:
        if writer:
            writer.done.set()
            writer.join()
        if reads:
            reads.done.set()
            print(f"  hostile reads answered meanwhile, by status: {dict(sorted(reads.statuses.items()))}")
        server.terminate()
        server.wait(10)
    return results


def run(coroutine):
    """``asyncio.run``, on uvloop when it is installed (a leaner client leaves more CPU to the server)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="reuse (or create) this database instead of a temporary one")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of measured load per endpoint")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--only", choices=("cached", "writing", "hostile", "uncached"), help="one of the runs")
    parser.add_argument("--writes", type=float, default=4.0,
                        help="writes per second to the store during the 'writing' run (0: no such run)")
    args = parser.parse_args(argv)

    from onrecord.store.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "api_load.db"
        if not db.exists():
            took = generate(db, args.statements, random.Random(7))
            print(f"generated {args.statements:,} statements in {took:.0f} s")
        with Store.open(str(db)) as store:
            total = store.counts()["statements"]
            speaker_ids = [sp["id"] for sp in store.speakers(limit=200)]
        words = vocab()  # the generator's own word order, so searches find what was stored
        qrng = random.Random(11)
        searches = [f"/api/statements?search={zipf_choice(words, qrng)}&limit=20" for _ in range(200)]
        runs = {}
        modes = {"cached": ("on", 64_000_000, 0), "writing": (f"on, {args.writes:g} writes/s", 64_000_000, args.writes),
                 "hostile": ("on, 1 client sending hostile reads", 64_000_000, 0), "uncached": ("off", 0, 0)}
        for mode, (says, cache_bytes, writes) in modes.items():
            if args.only and mode != args.only and not (args.only == "hostile" and mode == "cached"):
                continue  # the hostile run's baseline is the cached run
            if mode == "writing" and not writes:
                continue
            print(f"server: {args.workers} worker(s), page cache {says}", flush=True)
            runs[mode] = measure(db, args, searches, speaker_ids, cache_bytes, writes, hostile=mode == "hostile")
    for mode, results in runs.items():
        base_p50 = results["health"]["p50"]
        print(f"{mode}: p50 over the baseline's: search {results['search']['p50'] / base_p50:.1f}x, "
              f"speaker page {results['speaker']['p50'] / base_p50:.1f}x; target p99 < 100 ms "
              f"(search {'met' if results['search']['p99'] < 100 else 'missed'}, "
              f"speaker page {'met' if results['speaker']['p99'] < 100 else 'missed'}); {os.cpu_count()} CPUs")
    if "hostile" in runs and "cached" in runs:
        for name in ("search", "speaker"):
            quiet, busy = runs["cached"][name]["p99"], runs["hostile"][name]["p99"]
            print(f"hostile reads: cached {name} p99 {busy:.1f} ms against {quiet:.1f} ms without them "
                  f"({busy / quiet:.2f}x); target p99 < 100 ms {'met' if busy < 100 else 'missed'}")
    print(f"api_load: {total} statements, {args.clients} clients, {args.workers} worker(s): " + "; ".join(
        f"{mode} {n} {r['rps']:.0f} req/s p50 {r['p50']:.1f} ms p99 {r['p99']:.1f} ms"
        for mode, results in runs.items() for n, r in results.items() if n != "health"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
