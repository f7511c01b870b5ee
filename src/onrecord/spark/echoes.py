"""Echoes at corpus scale: the same quotation across the articles of a Spark job's output.

``find_echoes(spark, out)`` reads the ``statements`` table that ``job.run`` wrote under ``out`` (every
month), and writes an ``echoes`` table beside it: one row per quoted statement (direct or mixed) whose
words appear in another article, with its group and whether it is the group's first appearance. The
rules are the store's (``onrecord.echoes``): each statement's MinHash band keys are computed on the
executors, statements are grouped by key (only statements of different articles sharing a key are
compared, each pair with ``same_words``), and the matched pairs, few next to the statements, are joined
into groups on the driver. A group is named by its first appearance (by publication date, then article
key and position): ``group_article_key`` and ``group_position``.

A key shared by more than ``MAX_BUCKET`` statements (a phrase every outlet prints) is left out: its
statements still meet through their other keys. The table is replaced by every run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from onrecord.echoes.fingerprints import band_keys, same_words, words

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

QUOTED = ("direct", "mixed")
MAX_BUCKET = 500

Item = tuple[str, int]  # (article_key, position)


def keyed(row: Any) -> Iterator[tuple[int, tuple[Item, str]]]:
    ws = words(row["content_text"] or "")
    for key in band_keys(ws):
        yield key, ((row["article_key"], row["position"]), row["content_text"])


def matched_pairs(bucket: tuple[int, Iterable[tuple[Item, str]]]) -> Iterator[tuple[Item, Item]]:
    """The pairs of one key's statements, from different articles, that are the same words."""
    members = sorted(set(bucket[1]))
    if len(members) > MAX_BUCKET:
        return
    folded = [(item, words(text)) for item, text in members]
    for n, (a, wa) in enumerate(folded):
        for b, wb in folded[n + 1:]:
            if a[0] != b[0] and same_words(wa, wb):
                yield a, b


def groups(pairs: Iterable[tuple[Item, Item]]) -> dict[Item, Item]:
    """Each statement of a matched pair, with one member of its group (union-find; the caller names groups)."""
    parent: dict[Item, Item] = {}

    def root(x: Item) -> Item:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in list(parent)}


def find_echoes(spark: SparkSession, out: str) -> int:
    """Write ``out``/echoes (see the module docstring); the number of groups."""
    from pyspark.sql import functions as F

    base = out.rstrip("/")
    st = (spark.read.parquet(f"{base}/statements").where(F.col("kind").isin(*QUOTED))
          .select("article_key", "position", "content_text", "published", "outlet", "speaker_name"))
    pairs = st.rdd.flatMap(keyed).groupByKey().flatMap(matched_pairs).distinct().collect()
    member_of = groups(pairs)
    rows = []
    if member_of:
        wanted = spark.createDataFrame([(k, p, r[0], r[1]) for (k, p), r in member_of.items()],
                                       "article_key string, position long, root_key string, root_position long")
        found = st.join(wanted, ["article_key", "position"]).collect()
        by_root: dict[Item, list[Any]] = {}
        for r in found:
            by_root.setdefault((r["root_key"], r["root_position"]), []).append(r)
        for members in by_root.values():
            members.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["article_key"], r["position"]))
            first = members[0]
            rows += [(r["article_key"], int(r["position"]), first["article_key"], int(first["position"]), n == 0,
                      r["published"], r["outlet"], r["speaker_name"], r["content_text"])
                     for n, r in enumerate(members)]
    schema = ("article_key string, position long, group_article_key string, group_position long, first boolean, "
              "published string, outlet string, speaker_name string, content_text string")
    spark.createDataFrame(rows, schema).coalesce(1).write.mode("overwrite").parquet(f"{base}/echoes")
    return len({(r[2], r[3]) for r in rows})
