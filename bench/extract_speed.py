#!/usr/bin/env python3
"""How fast onrecord turns HTML pages into articles, against trafilatura's bare ``extract``.

Both sides run in this process over the same pages (the extraction benchmark's 181 news pages by
default), read into memory first as bytes, gzip removed:

- ``bare``: ``trafilatura.extract(page_bytes)`` with its defaults (main text only);
- ``onrecord``: ``onrecord.extraction.webpage.read_html_page(page_bytes)``: the extraction cascade, title,
  date, authors, outlet, canonical URL, language, captions and credits, body spans.

One warm-up page per side first (imports and the language model load there), then ``--repeat``
rounds; in each round the two sides run one after the other, alternating which goes first, and each
side's fastest round counts. The last line reads
``extract_speed: onrecord X pages/s, trafilatura Y pages/s, ratio Z``.

usage: python bench/extract_speed.py [--pages GLOB] [--repeat N]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
SHARED = Path(os.environ.get("ONRECORD_SHARED") or REPO.parent / "shared")
DEFAULT_PAGES = SHARED / "data" / "extraction" / "scrapinghub" / "html"


def load_pages(folder: Path) -> list[bytes]:
    pages = []
    for path in sorted(folder.glob("*.html*")):
        data = path.read_bytes()
        pages.append(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of .html or .html.gz pages")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import trafilatura

    from onrecord.extraction.webpage import read_html_page

    pages = load_pages(args.pages)
    if not pages:
        print(f"no pages in {args.pages}", file=sys.stderr)
        return 2
    sides = {
        "bare": lambda page: trafilatura.extract(page),
        "onrecord": lambda page: read_html_page(page),
    }
    for run in sides.values():
        run(pages[0])
    best = {name: float("inf") for name in sides}
    order = list(sides)
    for _round in range(max(1, args.repeat)):
        for name in order:
            started = time.perf_counter()
            for page in pages:
                try:
                    sides[name](page)
                except Exception:  # a page one side cannot read still costs its time
                    pass
            best[name] = min(best[name], time.perf_counter() - started)
        order.reverse()
    rate = {name: len(pages) / seconds for name, seconds in best.items()}
    print(f"{len(pages)} pages; fastest round: trafilatura {best['bare']:.2f} s, onrecord {best['onrecord']:.2f} s")
    print(f"extract_speed: onrecord {rate['onrecord']:.1f} pages/s, trafilatura {rate['bare']:.1f} pages/s, "
          f"ratio {rate['onrecord'] / rate['bare']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
