"""What the web tests share: small synthetic articles for a store (no model needed), a free port on
127.0.0.1, and a real ``onrecord serve`` in a subprocess (tests/web is on the path; import as ``live``)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from onrecord.records import Article, Person, Reading, Span, Speaker, Statement

ROOT = Path(__file__).resolve().parents[2]


def reading(n: int, who: str = "Ada Lovelace", word: str = "engines") -> Reading:
    """Article ``n``: ``who`` said something about ``word``."""
    text = f"{who} said that the {word} of article {n} were ready.\n"
    said = text.index("said")
    statement = Statement("indirect", Span.of(text, said, said + 4), Span.of(text, 0, len(who)),
                          [Span.of(text, text.index("the"), len(text) - 2)], Speaker(who, "person", []),
                          confidence=0.9)
    article = Article(text=text, title=f"Article {n}", published=f"2024-01-{n % 28 + 1:02d}", outlet="Daily",
                      url=f"https://example.org/{n}", body=[Span.of(text, 0, len(text))])
    return Reading(input=f"a{n}", article=article, statements=[statement], people=[Person(who, "person")])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``onrecord serve`` in a subprocess; ``url`` once ``/api/health`` answers."""

    def __init__(self, db: str, tmp: Path, *options: str, token: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / f"serve-{self.port}.log"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        env.pop("ONRECORD_TOKEN", None)
        if token:
            env["ONRECORD_TOKEN"] = token
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "onrecord", "serve", "--db", db, "--port",
                                          str(self.port), *options], stdout=log, stderr=log, env=env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"the server did not start: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
