"""A total budget for expanding sitemaps and feeds (issue 13, item 7): a sitemap index that fans out
without end, served on 127.0.0.1 and fetched with the real ``Fetcher``, stops at the budget of fetches
or of seconds, with one error item per list that was cut, from the Python API and from the CLI."""

from __future__ import annotations

import http.server
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from onrecord.errors import SourceError
from onrecord.sources.documents import RawDocument
from onrecord.sources.expand import iter_sources
from onrecord.sources.fetch import Fetcher, FetchPolicy

SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


class FanOut(http.server.BaseHTTPRequestHandler):
    """/index-<path>.xml lists ``fan`` child indexes, down to depth 2, then sitemaps of ``fan`` pages;
    /page-<n> is a short text. Counts every request it answers."""

    fan = 20
    delay = 0.0
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the handler's name
        type(self).hits.append(self.path)
        time.sleep(self.delay)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if m := re.fullmatch(r"/index-([\d-]*)\.xml", self.path):
            path = m.group(1)
            depth = path.count("-") + bool(path)
            if depth < 2:
                body = "".join(f"<sitemap><loc>{base}/index-{path}{'-' if path else ''}{k}.xml</loc></sitemap>"
                               for k in range(self.fan))
                xml = f'<?xml version="1.0"?><sitemapindex {SM}>{body}</sitemapindex>'
            else:
                body = "".join(f"<url><loc>{base}/page-{path}-{k}</loc></url>" for k in range(self.fan))
                xml = f'<?xml version="1.0"?><urlset {SM}>{body}</urlset>'
            self.answer(xml.encode(), "application/xml")
        elif self.path.startswith("/page-"):
            self.answer(f"Page {self.path}: Ana Ruiz said the bridge opens next week.".encode(), "text/plain")
        else:
            self.send_error(404)

    def answer(self, body: bytes, media_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def serving(fan: int, delay: float = 0.0) -> Iterator[tuple[str, list[str]]]:
    handler = type("Handler", (FanOut,), {"fan": fan, "delay": delay, "hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index-.xml", handler.hits
    finally:
        server.shutdown()
        server.server_close()


def fetcher() -> Fetcher:
    return Fetcher(FetchPolicy(allow_private=True, per_host_delay=0.0, per_host_concurrency=8, respect_robots=False,
                               retries=0, timeout=10))


def test_a_fan_out_sitemap_stops_at_the_budget_of_fetches():
    with serving(fan=20) as (index, hits), fetcher() as f:  # 20 x 20 sitemaps of 20 pages: 8,421 fetches
        items = list(iter_sources([index], f, max_pages=150))
    pages = [i for i in items if isinstance(i, RawDocument)]
    cut = [i for i in items if isinstance(i, SourceError)]
    assert 100 <= len(pages) <= 150 and len(hits) <= 1 + 150 + 40  # the index, the budget, fetches in flight
    assert cut and all("budget of 150 fetches is spent" in e.message and "--max-pages" in e.message for e in cut)
    assert cut[-1].input == index and "of the 20 URLs it lists were not fetched" in cut[-1].message
    assert all("\n" not in e.one_line() for e in cut)


def test_a_fan_out_sitemap_stops_at_the_budget_of_seconds():
    with serving(fan=50_000, delay=0.01) as (index, hits), fetcher() as f:  # never ends without a budget
        start = time.monotonic()
        items = list(iter_sources([index], f, max_seconds=1.5))
        took = time.monotonic() - start
    assert took < 15, took
    cut = [i for i in items if isinstance(i, SourceError)]
    assert cut and "budget of 1.5 seconds of fetching is spent" in cut[0].message
    assert "--max-seconds" in cut[0].message
    assert len(hits) < 2_000


@pytest.mark.slow
def test_the_cli_takes_both_budgets():
    with serving(fan=20) as (index, hits):
        run = subprocess.run([sys.executable, "-m", "onrecord", "read", index, "--format", "jsonl", "--allow-private",
                              "--delay", "0", "--ignore-robots", "--no-progress", "--max-pages", "5",
                              "--max-seconds", "60"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr
    assert len(run.stdout.splitlines()) == 3  # 5 fetches: two sitemaps on the way down, then 3 pages
    assert "budget of 5 fetches is spent" in run.stderr
    assert len(hits) <= 1 + 5 + 40
