"""Draw random rows of a record for judging by hand against their articles.

usage: python scripts/sample_rows.py DB N [--seed S] [--skip-gold DIR] [--resolved | --unnamed] > sample.md

Prints N rows of the SQLite record DB drawn at random (``random.Random(S)``; by default only rows at
or above the confidence the default views show, ``--min-confidence 0`` for every row), each with its
speaker as stored, source as written, cue, kind, content, and the paragraph(s) of the article around
it, for a judge to mark: fully right / not a statement / content wrong / speaker wrong / unresolved.
``--resolved`` draws only rows whose speaker is not named in their source as written ("He said", "the
minister said"): the rows where speaker resolution chose someone, to audit it. ``--unnamed`` draws only rows
whose speaker is a description or a group ("the prime minister", "officials"): to audit what it left unnamed.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3


def paragraph_around(text: str, start: int, end: int, extra: int = 1) -> str:
    """The paragraphs that hold text[start:end], with ``extra`` paragraphs before for context."""
    lo = start
    for _ in range(extra + 1):
        lo = max(text.rfind("\n", 0, max(lo - 1, 0)), 0)
        while lo > 0 and text[lo - 1] == "\n":
            lo -= 1
    hi = text.find("\n", end)
    return text[lo:hi if hi >= 0 else len(text)].strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="only rows at or above this confidence (default: what the default views show)")
    ap.add_argument("--articles", help="also write each sampled row's whole article to this folder")
    ap.add_argument("--skip-gold", metavar="DIR",
                    help="leave out the articles a gold folder annotates (by title): never judge held-back test rows")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--resolved", action="store_true",
                       help="only rows whose speaker's name is not in their source as written")
    which.add_argument("--unnamed", action="store_true",
                       help="only rows whose speaker is a description or a group, not a name")
    args = ap.parse_args()
    floor = args.min_confidence
    if floor is None:
        try:
            from onrecord.records import LOW_CONFIDENCE  # type: ignore[attr-defined]
            floor = LOW_CONFIDENCE
        except ImportError:
            floor = 0.0
    con = sqlite3.connect(args.db)
    rows = con.execute(
        "SELECT s.id, s.kind, s.cue_text, s.source_text, s.content, s.speaker_name, s.speaker_kind, s.confidence,"
        " a.title, a.text, a.input, a.id, s.members FROM statements s JOIN articles a ON a.id = s.article_id"
        " WHERE COALESCE(s.confidence, 1) >= ? ORDER BY s.id", (floor,)).fetchall()
    total = con.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    if args.skip_gold:
        from pathlib import Path

        held = {json.loads(f.read_text(encoding="utf-8")).get("title") for f in Path(args.skip_gold).glob("*.json")}
        rows = [r for r in rows if r[8] not in held]
    if args.resolved:
        rows = [r for r in rows if r[5] and r[5].casefold() not in (r[3] or "").casefold()]  # no source: an answer
    if args.unnamed:
        rows = [r for r in rows if r[6] in ("unnamed", "group")]
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    print(f"# {len(sample)} rows of {len(rows)} shown (of {total} stored; confidence >= {floor}), seed {args.seed}\n")
    for n, (sid, kind, cue, source, content, speaker, skind, conf, title, text, input_, aid, members) in enumerate(
            sample, 1):
        where = ""
        if args.articles:
            from pathlib import Path

            Path(args.articles).mkdir(parents=True, exist_ok=True)
            (Path(args.articles) / f"article-{aid}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
            where = f"; whole article: {args.articles}/article-{aid}.txt"
        parts = json.loads(content)
        start = min(p["start"] for p in parts)
        end = max(p["end"] for p in parts)
        print(f"## {n}. statement {sid} — {title} ({input_}{where})\n")
        joint = "; ".join(f"{m['name']} ({m['kind']})" for m in json.loads(members or "[]"))
        joint = f", joint: {joint}" if joint else ""  # each member is a speaker of its own
        print(f"- speaker: **{speaker}** ({skind}{joint}); source as written: {source!r};"
              f" cue: {cue!r}; kind: {kind}; confidence {conf}")
        print(f"- content: {' … '.join(p['text'] for p in parts)!r}\n")
        print("> " + paragraph_around(text, start, end).replace("\n", "\n> ") + "\n")


if __name__ == "__main__":
    main()
