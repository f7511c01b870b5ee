#!/usr/bin/env python3
"""Fuzz the reader: N seeded hostile texts through ``Reader.read``; 0 crashes and 0 slow inputs wanted.

The inputs (``inputs(seed, n)``, the same for the same seed) are short texts built from pieces an
attacker or a broken feed would send: English words and cues ("said", "according to"), every kind of
quote mark, ASCII punctuation, emoji and flags, combining marks, zero-width and direction marks, lone
surrogates, control characters, every kind of line break, HTML fragments and character references,
URLs, digits, other scripts, long words and runs of one mark, and now and then random code points
from the whole of Unicode. ``--long`` adds, to one input in fifty, a run or chunk of 2,000 to 20,000
characters (the shapes that took quadratic time before issue 13).

A reading must come back whole (every span's text is its slice of ``article.text``, and the reading
encodes as UTF-8 JSON), or the read must raise onrecord's own error (``OnrecordError``): anything
else is a crash. An input that takes over ``--max-seconds`` (5) is slow. The last line reads

    fuzz_read: N inputs (seed S) in T s: C crashes, L over 5 s, E refused with onrecord's error; slowest X s

and the exit status is 1 when there is a crash or a slow input (each is printed, with its seed and
number, so ``inputs(seed, n)[i]`` gives it back). ``tests/reader/test_fuzz_read.py`` runs 10,000.

usage: python bench/fuzz_read.py [N] [--seed S] [--long] [--max-seconds 5] [--workers W]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

WORDS = ("The", "minister", "said", "told", "reporters", "that", "he", "she", "they", "it", "was", "bad",
         "according", "to", "President", "Hikmat", "Hajiyev", "Amnesty", "International", "added", "claimed",
         "on", "Monday", "in", "a", "statement", "We", "will", "not", "I", "Mr.", "U.S.", "e.g.", "'s", "n't",
         "spokesperson", "who", "asked", "Q:", "A:", "INTERVIEWER", "—", "- ", "•", "...", "…")
QUOTES = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "``", "''")
MARKS = tuple("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
ODD = ("\U0001F600", "\U0001F1FA\U0001F1F8", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\u0301", "\u0336",
       "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ufffe", "\uffff",
       "\ud800", "\udfff", "\udc80", "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85",
       "\x9f", "\u2028", "\u2029", "\u00a0", "\u3000", "\t", "\n", "\r\n", "\r", "\n\n", " " * 5,
       "<p>", "</p>", "<html>", "<!--", "-->", "<script>", "&amp;", "&#0;", "&#xD800;", "&lt;", "&", "<", ">",
       "http://example.com/a?b=c", "www.x.org", "user@example.com", "#tag", "@handle", "1,000", "$5", "3.5%",
       "2023-09-22", "Привет", "مرحبا", "שלום", "中文", "日本語", "한국어", "ελληνικά", "ﬁ", "Ⅻ", "²", "𝔘𝔫𝔦")
SEPARATORS = (" ", " ", " ", "", "\n", ", ", ". ")


def _piece(rng: random.Random, long: bool) -> str:
    roll = rng.random()
    if roll < 0.40:
        return rng.choice(WORDS)
    if roll < 0.52:
        return rng.choice(QUOTES)
    if roll < 0.64:
        return rng.choice(MARKS)
    if roll < 0.84:
        return rng.choice(ODD)
    if roll < 0.90:  # a short run of one mark, or of a piece
        return rng.choice(MARKS + QUOTES + ODD[:3] + ("'s", "a<", "<a")) * rng.randint(2, 60)
    if roll < 0.95:  # a long word
        return "".join(rng.choice("abcXYZ019-._'") for _ in range(rng.randint(10, 80)))
    if roll < 0.99:  # random code points, surrogates included
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 6)))
    if long:
        return rng.choice(MARKS + QUOTES + ODD[:3] + ("'s", "a<", "<a", "a ", "< ")) * rng.randint(1000, 10_000)
    return rng.choice(MARKS) * rng.randint(60, 400)


def inputs(seed: int, n: int, long: bool = False, pieces: int = 30) -> list[str]:
    """``n`` hostile texts, the same for the same ``seed``: 1 to ``pieces`` pieces each (see the module doc)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [_piece(rng, long) for _ in range(rng.randint(1, pieces))]
        out.append("".join(p + rng.choice(SEPARATORS) for p in parts))
    return out


_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)


def check(reader, text: str) -> tuple[str, str]:
    """Read ``text`` as ``onrecord.read`` would (a text, never a URL to fetch): ("read", "") when the
    reading is whole, ("refused", message) when the read raised ``OnrecordError``, else ("crash", what
    went wrong)."""
    from onrecord.errors import OnrecordError

    try:
        reading = reader.read_text(text) if _URL.match(text) else reader.read(text, input="fuzz")
    except OnrecordError as err:
        return "refused", err.one_line()
    except Exception as exc:  # a crash: what the fuzz looks for
        return "crash", f"{type(exc).__name__}: {exc}"[:300]
    article = reading.article.text
    for st in reading.statements:
        for span in [st.cue, st.source, st.addressee, *st.content]:
            if span is not None and article[span.start:span.end] != span.text:
                return "crash", f"span {span.start}:{span.end} {span.text!r} is not its slice of the text"
    try:
        json.dumps(reading.to_dict(), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        return "crash", f"the reading does not encode: {exc}"[:300]
    return "read", ""


def run(n: int, seed: int = 0, long: bool = False, max_seconds: float = 5.0, reader=None, workers: int = 1,
        pieces: int = 30, out=None) -> dict:
    """Read ``n`` inputs; the counts, the crashes and the slow inputs (each with its number). With
    ``workers`` over 1, the inputs are shared out (input i to worker i mod workers) among processes
    forked from this one, each with its copy of the loaded reader."""
    if reader is None:
        from onrecord.reader import Reader

        reader = Reader()
    reader.read_text("The minister said that it was bad.")  # warm-up: model, first-call setup
    texts = inputs(seed, n, long, pieces)
    start = time.perf_counter()
    if workers <= 1:
        res = _read_share(reader, texts, 0, 1, max_seconds, out)
    else:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        queue = ctx.Queue()
        procs = [ctx.Process(target=_worker, args=(queue, reader, texts, k, workers, max_seconds, out))
                 for k in range(workers)]
        for proc in procs:
            proc.start()
        shares = [queue.get() for _ in procs]
        for proc in procs:
            proc.join()
        res = {"crashes": [], "slow": [], "refused": 0, "slowest": 0.0}
        for share in shares:
            res["crashes"] += share["crashes"]
            res["slow"] += share["slow"]
            res["refused"] += share["refused"]
            res["slowest"] = max(res["slowest"], share["slowest"])
        res["crashes"].sort()
        res["slow"].sort()
    return {"n": n, "seed": seed, "seconds": time.perf_counter() - start, **res}


def _worker(queue, reader, texts: list[str], k: int, workers: int, max_seconds: float, out) -> None:
    try:
        queue.put(_read_share(reader, texts, k, workers, max_seconds, out))
    except BaseException as exc:  # the parent must hear of it, or it waits for ever
        queue.put({"crashes": [(k, f"worker died: {type(exc).__name__}: {exc}", "")], "slow": [], "refused": 0,
                   "slowest": 0.0})


def _read_share(reader, texts: list[str], k: int, workers: int, max_seconds: float, out) -> dict:
    crashes: list[tuple[int, str, str]] = []
    slow: list[tuple[int, float, str]] = []
    refused = 0
    slowest = 0.0
    start = time.perf_counter()
    for i in range(k, len(texts), workers):
        text = texts[i]
        t0 = time.perf_counter()
        status, detail = check(reader, text)
        took = time.perf_counter() - t0
        slowest = max(slowest, took)
        if status == "crash":
            crashes.append((i, detail, repr(text[:200])))
        refused += status == "refused"
        if took > max_seconds:
            slow.append((i, took, repr(text[:200])))
        if out and (i + 1) % 10_000 == 0:
            print(f"  {i + 1:,} inputs, {time.perf_counter() - start:.0f} s, {len(crashes)} crashes, "
                  f"{len(slow)} slow", file=out, flush=True)
    return {"crashes": crashes, "slow": slow, "refused": refused, "slowest": slowest}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="how many inputs (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--long", action="store_true", help="add a long run or chunk to one input in fifty")
    parser.add_argument("--max-seconds", type=float, default=5.0, help="an input slower than this counts as slow")
    parser.add_argument("--workers", type=int, default=1, help="processes to share the inputs among (forked)")
    args = parser.parse_args(argv)
    res = run(args.n, args.seed, args.long, args.max_seconds, workers=args.workers, out=sys.stdout)
    for i, problem, text in res["crashes"]:
        print(f"crash: seed {args.seed} input {i}: {problem}; text {text}")
    for i, took, text in res["slow"]:
        print(f"slow: seed {args.seed} input {i}: {took:.1f} s; text {text}")
    print(f"fuzz_read: {res['n']:,} inputs (seed {res['seed']}{', long' if args.long else ''}) in "
          f"{res['seconds']:.0f} s: {len(res['crashes'])} crashes, {len(res['slow'])} over {args.max_seconds:g} s, "
          f"{res['refused']:,} refused with onrecord's error; slowest {res['slowest']:.2f} s")
    return 1 if res["crashes"] or res["slow"] else 0


if __name__ == "__main__":
    sys.exit(main())
