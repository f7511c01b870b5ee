"""Readings before and after a change, byte for byte.

    python scripts/compare_readings.py snapshot DIR   # write DIR/<corpus>.jsonl with this checkout's onrecord
    python scripts/compare_readings.py compare OLD NEW  # each corpus's file equal? the first differing line if not

A refactoring must not change what onrecord reads: take a snapshot before, one after, compare.
The corpora: the reference article, PolNeAR dev, the Wikinews demo corpus and the extraction
benchmark's 181 pages (the last two from ../shared/data, or $ONRECORD_SHARED). It drives the
``onrecord`` command only, so the same script snapshots any version of the project.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))


def corpora() -> dict[str, list[str]]:
    """Name -> the ``onrecord`` arguments that print that corpus's readings as JSONL on stdout (run in
    the checkout's root, so the repository's own files are named alike in every checkout)."""
    data = SHARED / "data"
    pages = sorted(glob.glob(str(data / "extraction" / "scrapinghub" / "html" / "*.html.gz")))
    return {
        "seed": ["read", "examples/oc-media-amnesty.txt", "--format", "jsonl"],
        "polnear-dev": ["eval", "polnear", str(data / "polnear" / "dev"), "--out", "/dev/stdout", "--json"],
        "wikinews": ["read", *sorted(glob.glob("examples/wikinews/*.csv", root_dir=ROOT)), "--format", "jsonl"],
        "extraction": ["read", *pages, "--format", "jsonl"],
    }


def snapshot(out: Path, only: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    exe = [sys.executable, "-m", "onrecord"]
    for name, args in corpora().items():
        if only and name not in only:
            continue
        proc = subprocess.run([*exe, *args, "--no-progress"] if args[0] == "read" else [*exe, *args],
                              capture_output=True, text=True, cwd=ROOT)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{\"input\"")]
        (out / f"{name}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{name}: {len(lines)} readings, exit {proc.returncode}")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def compare(old: Path, new: Path) -> int:
    differ = 0
    for path in sorted(old.glob("*.jsonl")):
        other = new / path.name
        if not other.exists():
            print(f"{path.stem}: missing in {new}")
            differ += 1
            continue
        a, b = path.read_bytes(), other.read_bytes()
        if a == b:
            readings = a.count(b"\n")
            print(f"{path.stem}: identical ({readings} readings, {len(a):,} bytes, sha256 {digest(path)})")
            continue
        differ += 1
        old_lines, new_lines = a.decode().splitlines(), b.decode().splitlines()
        changed = [i for i, (x, y) in enumerate(zip(old_lines, new_lines)) if x != y]
        print(f"{path.stem}: DIFFERENT ({len(old_lines)} vs {len(new_lines)} readings, {len(changed)} lines differ)")
        for i in changed[:3]:
            x, y = old_lines[i], new_lines[i]
            at = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
            print(f"  line {i + 1} at character {at}:")
            print(f"    old …{x[max(0, at - 80):at + 80]}\n    new …{y[max(0, at - 80):at + 80]}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--only", nargs="*", default=[], help="Only these corpora.")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("old", type=Path)
    cmp_.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.only)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
