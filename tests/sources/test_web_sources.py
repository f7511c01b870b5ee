"""The web end to end: a feed served on 127.0.0.1 and its pages, and a WARC of the same pages."""

import functools
import html
import io
import json
import re
import shutil
import subprocess
import sys
import threading
from email.utils import parsedate_to_datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import OnrecordError

pytestmark = pytest.mark.slow  # whole corpora, or servers and several readings

ROOT = Path(__file__).resolve().parents[2]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(shared, tmp_path_factory):
    """The Global Voices folder served as http://127.0.0.1:PORT/ with its pages under /gv/."""
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(shared / "data/corpus/globalvoices", root / "gv")
    shutil.copy(shared / "data/corpus/globalvoices/test.rss", root / "test.rss")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def feed_items(shared):
    rss = (shared / "data/corpus/globalvoices/test.rss").read_text(encoding="utf-8")
    items = re.findall(r"<item>.*?</item>", rss, re.S)
    out = {}
    for item in items:
        n = re.search(r"gv/index_(\d+)\.html", item).group(1)
        title = re.search(r"<title>(.*?)</title>", item, re.S).group(1)
        date = parsedate_to_datetime(re.search(r"<pubDate>(.*?)</pubDate>", item).group(1)).date().isoformat()
        out[int(n)] = (title, date)
    return out


def same(a: str, b: str) -> bool:
    """Titles equal up to HTML entities and the kind of apostrophe (the feed and the page differ in both)."""
    norm = lambda s: html.unescape(s).replace("’", "'").strip()  # noqa: E731
    return norm(a) == norm(b)


def run(*args):
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_a_feed_served_locally_is_read_with_its_pages_titles_dates_and_quotes(site, shared):
    res = run("read", f"{site}/test.rss", "--allow-private", "--delay", "0", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    readings = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(readings) == 15
    expected = feed_items(shared)
    by_page = {int(re.search(r"index_(\d+)", r["input"]).group(1)): r for r in readings}
    assert sorted(by_page) == list(range(1, 16))
    for n, (title, date) in expected.items():
        art = by_page[n]["article"]
        assert same(art["title"], title), (n, art["title"], title)
        assert art["published"] == date, n
        assert art["url"].endswith(f"/gv/index_{n}.html")
        assert art["language"] == "en"
    quoted = [n for n, r in by_page.items() if r["statements"]]
    assert len(quoted) >= 12, quoted
    zimbabwe = [s for s in by_page[2]["statements"] if "Homosexuals must be condemned" in s["content"][0]["text"]]
    assert zimbabwe and zimbabwe[0]["kind"] == "direct" and zimbabwe[0]["cue"]["text"] == "once stated"


def test_without_the_flag_a_local_feed_is_refused_with_one_line(site):
    res = run("read", f"{site}/test.rss", "--format", "jsonl")
    assert res.returncode != 0 and "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "127.0.0.1" in errors[0] and "--allow-private" in errors[0]


def test_a_local_folder_with_a_feed_fetches_nothing_unless_asked(shared, tmp_path):
    served = tmp_path / "served"
    shutil.copytree(shared / "data/corpus/globalvoices", served / "gv")
    requests: list[str] = []  # the paths the server was asked for

    class Counting(QuietHandler):
        def do_GET(self):
            requests.append(self.path)
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    folder = tmp_path / "local"
    folder.mkdir()
    items = "".join(f"<item><title>Page {n}</title><link>{base}gv/index_{n}.html</link></item>" for n in (1, 2, 3))
    (folder / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>GV</title>{items}'
                                     "</channel></rss>", encoding="utf-8")
    (folder / "story.txt").write_text("“The bridge opens in May,” Mayor Ana Ruiz said on Tuesday.", encoding="utf-8")
    try:
        res = run("read", str(folder), "--allow-private", "--delay", "0", "--format", "jsonl")
        asked = list(requests)
        followed = run("read", str(folder), "--allow-private", "--delay", "0", "--format", "jsonl", "--follow-links")
    finally:
        server.shutdown()
        server.server_close()
    assert asked == []
    assert res.returncode == 0, res.stderr
    assert [json.loads(line)["input"] for line in res.stdout.splitlines()] == [str(folder / "story.txt")]
    assert res.stderr.strip().splitlines() == [
        f"not fetched: 3 links listed in {folder / 'feed.rss'}; add --follow-links to fetch them"]
    assert followed.returncode == 0, followed.stderr
    assert sorted(p for p in requests if p.startswith("/gv/")) == [f"/gv/index_{n}.html" for n in (1, 2, 3)]
    assert len(followed.stdout.splitlines()) == 4 and "not fetched" not in followed.stderr


def write_warc(path: Path, pages: list[Path]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "onrecord tests"}))
        for page in pages:
            url = f"http://globalvoicesonline.org/gv/{page.name}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.read_bytes()),
                                                          http_headers=headers))


def test_a_warc_of_the_pages_reads_to_the_same_readings_as_the_files(shared, reader, tmp_path):
    pages = sorted((shared / "data/corpus/globalvoices").glob("index_*.html"))
    archive = tmp_path / "gv.warc.gz"
    write_warc(archive, pages)
    from_warc = [r for _, r in reader.read_sources([str(archive)])]
    assert not [r for r in from_warc if isinstance(r, OnrecordError)]
    assert len(from_warc) == len(pages) == 15
    from_files = [reader.read(page) for page in pages]
    for w, f in zip(from_warc, from_files):
        assert w.article.url.endswith(Path(f.input).name)
        a, b = w.to_dict(), f.to_dict()
        for d in (a, b):
            d.pop("input")
            d["article"].pop("url")
        assert a == b


def test_the_python_api_reads_a_url_like_the_file_and_refuses_loopback_by_default(site, shared, reader):
    from onrecord.sources.fetch import Fetcher, FetchPolicy

    with Fetcher(FetchPolicy(allow_private_hosts=frozenset({"127.0.0.1"}), per_host_delay=0)) as fetcher:
        online = reader.read(f"{site}/gv/index_2.html", fetcher=fetcher)
    local = reader.read(shared / "data/corpus/globalvoices/index_2.html")
    assert online.input == f"{site}/gv/index_2.html"
    assert online.article.url == f"{site}/gv/index_2.html"
    assert [s.to_dict() for s in online.statements] == [s.to_dict() for s in local.statements]
    with pytest.raises(OnrecordError) as info:
        reader.read(f"{site}/gv/index_2.html")
    assert info.value.code == "blocked_address"
