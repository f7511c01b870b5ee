"""How the same quotation is recognised in two articles: its words, folded; their three-word shingles; a
MinHash signature of those (datasketch) cut into bands, whose keys the store indexes, so that a new
statement is matched against the few stored ones that share a band with it, never the whole store; and
the test that decides, on the words themselves, whether two contents are the same words.

Two contents are the same quotation when, aligned word by word (``difflib``), at least ``SAME`` of the shorter
one's words, and at least ``MIN_WORDS``, are matched in the longer one: a quotation trimmed by an outlet, or
carrying an altered word, stays an echo of the whole; two quotations that share a common phrase do not.
Contents shorter than ``MIN_WORDS`` words ("very good", "a disgrace") are too common to say that one article
took them from another.

The bands: ``BANDS`` of ``ROWS`` values of a ``BANDS * ROWS``-value signature. Two contents whose
shingle sets overlap by a Jaccard share *s* become candidates with probability 1 - (1 - s^ROWS)^BANDS:
0.86 at s = 0.3 (an eight-word quotation with one word altered shares a third of its shingles), 0.99 at
s = 0.5 (a quotation cut to half of its words).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from datasketch import MinHash

MIN_WORDS = 6
SAME = 0.7
SHINGLE = 3
BANDS, ROWS = 20, 2
_SEED = 20261201
_WORD = re.compile(r"\w+(?:'\w+)*")


def words(text: str) -> list[str]:
    """The content's words, folded (NFKC, case, one apostrophe), without marks, brackets or ellipses."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'").casefold()
    return _WORD.findall(folded)


def shingles(ws: list[str]) -> set[str]:
    """Every run of ``SHINGLE`` words (the words themselves, for fewer)."""
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=BANDS * ROWS, seed=_SEED)


def band_keys(ws: list[str]) -> list[int]:
    """The keys the store indexes for a content of these words: one per band, a signed 64-bit integer
    (PostgreSQL's BIGINT) made of the band's number and values; none for a content under ``MIN_WORDS``."""
    if len(ws) < MIN_WORDS:
        return []
    base = _template()
    sig = MinHash(num_perm=BANDS * ROWS, seed=_SEED, permutations=base.permutations, scheme=base.scheme)
    sig.update_batch([s.encode("utf-8") for s in shingles(ws)])
    values = sig.hashvalues
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(band.to_bytes(2, "big") + values[band * ROWS:(band + 1) * ROWS].tobytes(),
                                 digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def matched(a: list[str], b: list[str]) -> int:
    """How many of the words of two contents match, aligned in order."""
    if not a or not b:
        return 0
    return sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def resemblance(a: list[str], b: list[str]) -> float:
    """The share of the shorter content's words that the longer one matches, aligned in order (0 to 1)."""
    return matched(a, b) / min(len(a), len(b)) if a and b else 0.0


def same_words(a: list[str], b: list[str]) -> bool:
    """Whether two contents are the same quotation, or one a trimmed or altered form of the other: at least
    ``MIN_WORDS`` words and ``SAME`` of the shorter one's matched ("Have a good day" is no quotation)."""
    n = matched(a, b)
    return n >= MIN_WORDS and n >= SAME * min(len(a), len(b))
