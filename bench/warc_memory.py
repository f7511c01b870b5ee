#!/usr/bin/env python
"""Memory of reading a large WARC.gz with ``onrecord.sources.expand.iter_sources``: it must stay flat.

Writes a synthetic archive shaped like a Common Crawl News WARC (a warcinfo record, then one
``response`` record per page, each record its own gzip member, HTTP headers inside, HTML pages of
50-200 KB of varied text) into a temporary folder, then reads it in a fresh subprocess, so the
reader's peak RSS is its own. Peak RSS (``VmHWM``, else ``ru_maxrss``) and current RSS are sampled after 10%, 50% and
100% of the records and compared with the reader's baseline right after importing onrecord and
warcio. The archive is deleted at the end unless ``--keep``.

    python bench/warc_memory.py                   # about 1 GB (--size-mb 1024)
    python bench/warc_memory.py --size-mb 100 --tracemalloc
    python bench/warc_memory.py --archive some.warc.gz   # read an existing archive

The last line sums it up:

    warc_memory: 1024 MB archive, 8000 records, peak RSS 95 MB at 10% -> 97 MB at 100% (flat), ...
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1_000_000
ROOT = Path(__file__).resolve().parents[1]


def _words(rng: random.Random, n: int) -> list[str]:
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    weights = [12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9,
               1.5, 1.0, 0.8, 0.2, 0.2, 0.1, 0.1]
    return ["".join(rng.choices(letters, weights, k=rng.randint(1, 11))) for _ in range(n)]


def _paragraphs(rng: random.Random, n: int) -> list[str]:
    words = _words(rng, 30_000)
    cues = ["said", "told reporters", "according to", "claimed", "added", "warned", "stated"]
    paragraphs = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(2, 8)):
            body = " ".join(rng.choices(words, k=rng.randint(6, 30)))
            if rng.random() < 0.3:
                sentences.append(f"\u201c{body.capitalize()},\u201d {rng.choice(words).title()} {rng.choice(cues)}.")
            else:
                sentences.append(body.capitalize() + ".")
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    return paragraphs


def _page(rng: random.Random, paragraphs: list[str], n: int) -> bytes:
    target = rng.randint(50_000, 200_000)
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story {n}</title></head>"
             f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story {n}</h1>"]
    size = len(parts[0])
    while size < target:
        p = rng.choice(paragraphs)
        parts.append(p)
        size += len(p)
    parts.append("</article><footer>Copyright The Synthetic Times</footer></body></html>")
    return "\n".join(parts).encode("utf-8")


def write_archive(path: Path, size_mb: float, level: int, seed: int = 1) -> tuple[int, float]:
    """Write responses until the file reaches ``size_mb``; return (records, seconds)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    paragraphs = _paragraphs(rng, 6_000)
    started = time.perf_counter()
    records = 0
    with open(path, "wb") as out:

        def write(make) -> None:  # each record its own gzip member, as warcio's gzip=True writes them
            raw = io.BytesIO()
            writer = WARCWriter(raw, gzip=False)
            writer.write_record(make(writer))
            out.write(gzip.compress(raw.getvalue(), compresslevel=level, mtime=0))

        write(lambda w: w.create_warcinfo_record(path.name, {"software": "onrecord bench/warc_memory.py"}))
        while out.tell() < size_mb * MB:
            records += 1
            body = _page(rng, paragraphs, records)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            uri = f"https://news.example/{records // 1000}/story-{records}.html"
            write(lambda w, uri=uri, body=body, headers=headers: w.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))
            if records % 1000 == 0:
                print(f"  wrote {records} records, {out.tell() / MB:.0f} MB", file=sys.stderr, flush=True)
    return records, time.perf_counter() - started


def _rss_now() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def _rss_peak() -> float:
    """Peak RSS of this process image: VmHWM, which exec resets (ru_maxrss keeps the parent's peak)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB  # KB on Linux


def read_archive(path: str, expected: int, max_bytes: int, trace: bool) -> dict:
    """Iterate the archive; sample memory at 10%, 50% and 100% of the expected records."""
    import tracemalloc

    import warcio.archiveiterator  # noqa: F401 - imported before the baseline, as a reader would have it

    import onrecord.sources.archives  # noqa: F401
    from onrecord.sources.documents import RawDocument, iter_sources

    baseline = {"rss": _rss_now(), "peak": _rss_peak()}
    if trace:
        tracemalloc.start()
    marks = {max(1, math.ceil(expected * share)): label for share, label in ((0.1, "10%"), (0.5, "50%"), (1.0, "100%"))}
    samples, docs, errors, html_bytes, n = [], 0, 0, 0, 0
    started = time.perf_counter()

    def sample(label: str) -> None:
        entry = {"at": label, "records": n, "peak_rss": _rss_peak(), "rss": _rss_now(),
                 "seconds": time.perf_counter() - started}
        if trace:
            entry["traced_peak"] = tracemalloc.get_traced_memory()[1] / MB
        samples.append(entry)

    for item in iter_sources([path], max_bytes=max_bytes):
        n += 1
        if isinstance(item, RawDocument):
            docs += 1
            html_bytes += len(item.data)
        else:
            errors += 1
            print(f"  error: {item.one_line()}", file=sys.stderr)
        if n in marks:
            sample(marks.pop(n))
    if not samples or samples[-1]["records"] != n:
        sample("100%")
    return {"baseline": baseline, "samples": samples, "documents": docs, "errors": errors,
            "html_mb": html_bytes / MB, "seconds": time.perf_counter() - started}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=1024, help="archive size to write, in MB (10^6 bytes)")
    ap.add_argument("--archive", help="read this archive instead of writing one")
    ap.add_argument("--dir", help="folder for the temporary archive (default: the system's temp folder)")
    ap.add_argument("--level", type=int, default=6, help="gzip level of the written records (default 6)")
    ap.add_argument("--max-bytes", type=int, default=2_000_000, help="iter_sources max_bytes (default 2 MB)")
    ap.add_argument("--tracemalloc", action="store_true", help="also report Python allocations (slower)")
    ap.add_argument("--keep", action="store_true", help="keep the written archive")
    ap.add_argument("--json", action="store_true", help="print all measurements as one JSON line")
    ap.add_argument("--read", help=argparse.SUPPRESS)  # the reader subprocess: archive path
    ap.add_argument("--expect", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.read:
        print(json.dumps(read_archive(args.read, args.expect, args.max_bytes, args.tracemalloc)))
        return

    tmp = None
    if args.archive:
        path, records, write_s = Path(args.archive), 0, 0.0
    else:
        tmp = Path(tempfile.mkdtemp(prefix="warc_memory_", dir=args.dir))
        path = tmp / "synthetic.warc.gz"
        print(f"writing {args.size_mb:.0f} MB to {path} ...", file=sys.stderr, flush=True)
        records, write_s = write_archive(path, args.size_mb, args.level)
    try:
        size_mb = path.stat().st_size / MB
        expect = records or _count_records(path)
        python_path = os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT / "src")]))
        env = dict(os.environ, PYTHONPATH=python_path)
        cmd = [sys.executable, __file__, "--read", str(path), "--expect", str(expect),
               "--max-bytes", str(args.max_bytes)]
        if args.tracemalloc:
            cmd.append("--tracemalloc")
        print(f"reading {path.name} ({size_mb:.0f} MB, {expect} records) in a fresh process ...", file=sys.stderr,
              flush=True)
        result = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout)
    finally:
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    report(result, size_mb, write_s, args)


def _count_records(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        return sum(1 for r in ArchiveIterator(f) if r.rec_type == "response")


def report(result: dict, size_mb: float, write_s: float, args: argparse.Namespace) -> None:
    base = result["baseline"]["rss"]
    samples = {s["at"]: s for s in result["samples"]}
    first, last = samples.get("10%", result["samples"][0]), result["samples"][-1]
    growth = last["peak_rss"] - first["peak_rss"]
    shape = "flat" if growth <= max(5.0, 0.05 * first["peak_rss"]) else f"growing, +{growth:.0f} MB"
    rate = size_mb / result["seconds"] if result["seconds"] else 0.0
    if args.json:
        print(json.dumps({**result, "archive_mb": size_mb, "write_seconds": write_s, "shape": shape}))
    if write_s:
        print(f"wrote {size_mb:.0f} MB in {write_s:.0f} s")
    print(f"baseline after import: RSS {base:.1f} MB (peak {result['baseline']['peak']:.1f} MB)")
    for s in result["samples"]:
        traced = f", traced peak {s['traced_peak']:.1f} MB" if "traced_peak" in s else ""
        print(f"{s['at']:>5}: {s['records']:>6} records, peak RSS {s['peak_rss']:6.1f} MB, RSS now {s['rss']:6.1f} MB"
              f"{traced}, {s['seconds']:6.1f} s")
    print(f"read {result['documents']} documents ({result['errors']} errors), {result['html_mb']:.0f} MB of HTML "
          f"from {size_mb:.0f} MB of archive in {result['seconds']:.1f} s: {rate:.1f} MB/s of archive, "
          f"{result['html_mb'] / result['seconds']:.1f} MB/s of HTML")
    print(f"warc_memory: {size_mb:.0f} MB archive, {last['records']} records, peak RSS {first['peak_rss']:.0f} MB at "
          f"{first['at']} -> {last['peak_rss']:.0f} MB at 100% ({shape}), baseline {base:.0f} MB after import, "
          f"ratio {last['peak_rss'] / base:.2f}x, {rate:.1f} MB/s")


if __name__ == "__main__":
    main()
