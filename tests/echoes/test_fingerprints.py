"""Echo matching on constructed variants of real quotations (issue 15): quotations taken from the demo
corpus's articles, each changed in the ways outlets change them; every pair of quotations is a case.

Cases: for each real quotation of at least ten words, (1) the same words in another article, (2) trimmed:
its first quarter dropped, (3) one word altered in the middle, (4) trimmed and altered; against every
other real quotation and its variants, which must not match. A pair is found when the two share a band
key (what the store looks up) and ``same_words`` holds (what it then checks)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from onrecord.echoes.fingerprints import band_keys, same_words, words
from onrecord.echoes.variants import compare

ROOT = Path(__file__).resolve().parents[2]
QUOTE = re.compile(r"[\"“]([^\"“”]{60,400})[\"”]")


def real_quotations(limit: int = 80) -> list[str]:
    """The first ``limit`` distinct quotations of ten words or more in wikinews_2019.csv, in order."""
    seen: set[str] = set()
    out: list[str] = []
    with open(ROOT / "examples" / "wikinews" / "wikinews_2019.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for m in QUOTE.finditer(row["text"]):
                q = " ".join(m.group(1).split())
                key = " ".join(words(q))
                if len(words(q)) >= 10 and key not in seen and not any(key in s or s in key for s in seen):
                    seen.add(key)
                    out.append(q)
                if len(out) == limit:
                    return out
    return out


def variants(q: str) -> dict[str, str]:
    ws = q.split()
    cut = max(2, len(ws) // 4)
    mid = len(ws) // 2
    altered = ws[:mid] + ["notably" if ws[mid].lower() != "notably" else "surely"] + ws[mid + 1:]
    return {"same": q, "trimmed": " ".join(ws[cut:]), "altered": " ".join(altered),
            "trimmed and altered": " ".join(altered[cut:])}


def found(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    return bool(set(band_keys(wa)) & set(band_keys(wb))) and same_words(wa, wb)


@pytest.fixture(scope="module")
def quotations() -> list[str]:
    qs = real_quotations()
    assert len(qs) >= 60, len(qs)
    return qs


def test_echoes_of_constructed_variants_are_found_and_nothing_else(quotations):
    forms = [(i, kind, text) for i, q in enumerate(quotations) for kind, text in variants(q).items()]
    tp = fp = fn = 0
    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    for i, q in enumerate(quotations):
        for j, kind, text in forms:
            if j == i and kind == "same":
                continue
            hit = found(q, text)
            if j == i:
                tp += hit
                fn += not hit
                if not hit:
                    missed.append((kind, text))
            elif hit:
                fp += 1
                wrong.append((q, text))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"echoes on {len(quotations)} real quotations: precision {precision:.1%} recall {recall:.1%} "
          f"({tp} found, {fp} false, {fn} missed)")
    assert precision >= 0.95, wrong[:5]
    assert recall >= 0.90, missed[:5]


def test_an_altered_word_and_a_trimmed_start_are_told_apart(quotations):
    for q in quotations[:20]:
        forms = variants(q)
        assert compare(q, forms["altered"]).flags == ["altered"]
        assert compare(q, forms["trimmed"]).flags == ["trimmed"]
        assert compare(q, forms["same"]).flags == []


def test_a_common_phrase_is_no_echo():
    assert not found("Thank you. B-bye. Have a good day.", "Okay you too. Have a good day.")
    assert not found("We will not accept any proposal on the table today.",
                     "We will not accept any agreement that abandons the people of Karabakh to their fate.")
