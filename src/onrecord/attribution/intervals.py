"""Character intervals of an article (statement contents, sources), merged once and asked whether a
position falls inside one: speakers.py keeps pronoun antecedents out of what is quoted."""

from __future__ import annotations

from bisect import bisect_right


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The intervals sorted, overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def inside(pos: int, merged: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of ``merged`` (as ``merge`` returns them), end exclusive."""
    k = bisect_right(merged, (pos, float("inf"))) - 1
    return k >= 0 and merged[k][0] <= pos < merged[k][1]
