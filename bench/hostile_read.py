#!/usr/bin/env python3
"""Reading time per character for hostile runs of one character, against a normal article.

For each size (1k, 10k and 100k characters by default) it reads, with one warm ``onrecord.Reader``:

- ``article``: a normal English article (``examples/oc-media-amnesty.txt``, repeated paragraph by
  paragraph to the size), the baseline;
- a run of each ASCII punctuation mark (``string.punctuation``) and of an emoji, after one English
  sentence on the same line, so the text is told English and goes through the whole pipeline (a
  run alone is told some other language and skips attribution, which would hide the cost).

Each case is read ``--repeat`` times and the fastest counts. A line per size gives the slowest case
and its ratio to the article (time per character over time per character); the last line reads

    hostile_read: slowest X at 100k: A us/char vs article B us/char, ratio R (limit 3)

and the exit status is 1 when the ratio at the largest size is 3 or more.

``--dense`` reads shapes of one token per character or two instead ("a<", "<a", "'s", ...): linear
too, but each costs what its tokens cost in spaCy's networks; no limit applies to them.

usage: python bench/hostile_read.py [--sizes 1000,10000,100000] [--marks '<&'] [--dense] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import string
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

ARTICLE = REPO / "examples" / "oc-media-amnesty.txt"
LEAD = "The minister said on Monday that the plan was bad and would be changed. "
EMOJI = "\N{GRINNING FACE}"
LIMIT = 3.0
# --dense: texts of one token per character or two, linear since issue 13 but as slow as their tokens
DENSE = ("a<", "<a", "a-", "a ", "< ", "'s", EMOJI + "a", "a\n", "http://x.co/")


def article_of(size: int) -> str:
    """The example article's paragraphs, repeated until ``size`` characters, cut to exactly that."""
    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        for p in paragraphs:
            out.append(p)
            total += len(p) + 1
            if total >= size:
                break
    return "\n".join(out)[:size]


def hostile_of(mark: str, size: int) -> str:
    return LEAD + (mark * (size - len(LEAD)))[: size - len(LEAD)]


def timed(reader, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        reader.read_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated sizes in characters")
    parser.add_argument("--marks", default=string.punctuation + EMOJI, help="the characters to run (default: "
                        "every ASCII punctuation mark and an emoji)")
    parser.add_argument("--dense", action="store_true", help="run the token-dense shapes instead (a<, <a, "
                        "'s, ...: no limit applies)")
    parser.add_argument("--repeat", type=int, default=2, help="reads per case; the fastest counts")
    parser.add_argument("--json", action="store_true", help="also print every measurement as one JSON line")
    args = parser.parse_args(argv)

    import onrecord

    reader = onrecord.Reader()
    reader.read_text(article_of(2000))  # warm-up: model, language identifier, first-call setup
    reader.read_text(hostile_of("<", 200))
    sizes = [int(s) for s in args.sizes.split(",")]
    marks = DENSE if args.dense else tuple(args.marks)
    results: dict[int, dict[str, float]] = {}
    worst: tuple[str, float, float] = ("", 0.0, 0.0)
    for size in sizes:
        base = timed(reader, article_of(size), args.repeat) / size
        per_char = {"article": base}
        for mark in marks:
            per_char[mark] = timed(reader, hostile_of(mark, size), args.repeat) / size
        results[size] = per_char
        slow = max((m for m in per_char if m != "article"), key=per_char.__getitem__)
        ratio = per_char[slow] / base
        worst = (slow, per_char[slow], ratio)
        print(f"{size:>7,} chars: article {base * 1e6:7.2f} us/char; slowest {slow!r} {per_char[slow] * 1e6:7.2f} "
              f"us/char, ratio {ratio:.2f}; median run {sorted(per_char.values())[len(per_char) // 2] * 1e6:.2f} "
              "us/char", flush=True)
    if args.json:
        print(json.dumps({str(k): {m: round(v * 1e6, 3) for m, v in d.items()} for k, d in results.items()}))
    slow, per, ratio = worst
    base = results[sizes[-1]]["article"]
    print(f"hostile_read: slowest {slow!r} at {sizes[-1]:,}: {per * 1e6:.2f} us/char vs article "
          f"{base * 1e6:.2f} us/char, ratio {ratio:.2f} (limit {LIMIT:g})")
    return 0 if ratio < LIMIT or args.dense else 1


if __name__ == "__main__":
    sys.exit(main())
