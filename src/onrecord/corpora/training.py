"""Training onrecord's learned parts from PolNeAR train: ``onrecord train polnear SPLIT_DIR``.

Three small linear models are learned, each on what the ones before it find; everything else in
attribution is rules over the parse:

- ``cue``: which tokens head a cue (cues.py);
- ``content``: which of the candidate content spans of a cue annotators mark (content_choice.py);
- ``cue_extent``: how far each cue reaches over its head's children (boundaries.py).

Training is deterministic: the same data, spaCy model and seed give the same weights. It takes about
two minutes on two CPU cores, most of it parsing. The model is written to ``out`` (default
``./cues.json``, in the working directory; never into the installed package): read with it through
``$ONRECORD_MODEL``, or copy it over ``src/onrecord/models/cues.json`` in a checkout to ship it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from onrecord.attribution.content_choice import choose, content_examples
from onrecord.attribution.cue_extent import cue_examples as extent_examples
from onrecord.attribution.cues import CueFinder, features, is_candidate, quote_flags
from onrecord.attribution.extensions import ensure_extensions
from onrecord.attribution.perceptron import BinaryPerceptron, save_models
from onrecord.attribution.pipeline import build
from onrecord.attribution.quotes import find_quotes
from onrecord.attribution.source_phrases import source_range
from onrecord.attribution.statements import cue_limits
from onrecord.attribution.token_spans import quote_token_spans, trim_span
from onrecord.attribution.weights import spacy_model_name
from onrecord.corpora.polnear import GoldArticle, load_split

DEFAULT_OUT = "cues.json"  # in the working directory


def cue_examples(docs: list[Doc], articles: list[GoldArticle]) -> list[tuple[list[str], bool]]:
    examples = []
    for doc, art in zip(docs, articles):
        heads = set()
        for att in art.attributions:
            if att.cue:
                span = doc.char_span(att.cue[0][0], att.cue[-1][1], alignment_mode="expand")
                if span is not None and len(span):
                    heads.add(span.root.i)
        in_quote = quote_flags(doc)
        for tok in doc:
            if is_candidate(tok):
                examples.append((features(tok, in_quote), tok.i in heads))
    return examples


def _matched_cues(docs: list[Doc], articles: list[GoldArticle], cue_model: BinaryPerceptron):
    """(doc, text, quotes, cue, gold attribution) for each found cue that an annotated cue covers."""
    finder = CueFinder(cue_model)
    for doc, art in zip(docs, articles):
        finder(doc)
        text = doc.text
        quotes = quote_token_spans(doc)
        for cue in doc._.cues:
            tok = doc[cue.head]
            if tok.lower_ == "according":
                continue
            gold = [a for a in art.attributions if a.cue and a.cue[0][0] <= tok.idx < a.cue[-1][1]]
            if gold:
                yield doc, text, quotes, cue, gold[0]


def content_ranker_examples(docs: list[Doc], articles: list[GoldArticle], cue_model: BinaryPerceptron
                            ) -> list[tuple[list[str], bool]]:
    examples = []
    for doc, text, quotes, cue, gold in _matched_cues(docs, articles, cue_model):
        if gold.content:
            fragments = {trim_span(text, s, e) for s, e in gold.content}
            examples.extend(content_examples(doc[cue.head], cue, quotes, fragments, text))
    return examples


def cue_extent_examples(docs: list[Doc], articles: list[GoldArticle], cue_model: BinaryPerceptron,
                        content_model: BinaryPerceptron) -> list[tuple[list[str], bool]]:
    examples = []
    for doc, text, quotes, cue, gold in _matched_cues(docs, articles, cue_model):
        tok = doc[cue.head]
        parts = choose(tok, cue, quotes, content_model)
        limits = cue_limits(tok, parts, source_range(tok))
        examples.extend(extent_examples(tok, *limits, trim_span(text, gold.cue[0][0], gold.cue[-1][1])))
    return examples


def train_cues(split_dir: str | Path, out: str | Path | None = None, epochs: int = 6, seed: int = 0,
               n_process: int = 2, log: Callable[[str], object] = print) -> Path:
    ensure_extensions()
    articles = load_split(split_dir)
    name = spacy_model_name()
    nlp = build(name, attribution=False)
    log(f"parsing {len(articles)} articles with {name} ...")
    docs = list(nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=8))
    for doc in docs:
        doc._.quotes = find_quotes(doc.text)
    examples = cue_examples(docs, articles)
    positives = sum(1 for _, y in examples if y)
    log(f"cue classifier: {len(examples):,} candidates ({positives:,} cues), {epochs} epochs ...")
    cue = BinaryPerceptron()
    cue.train(examples, epochs=epochs, seed=seed)
    examples = content_ranker_examples(docs, articles, cue)
    log(f"content ranker: {len(examples):,} candidates, {epochs + 2} epochs ...")
    content = BinaryPerceptron()
    content.train(examples, epochs=epochs + 2, seed=seed)
    examples = cue_extent_examples(docs, articles, cue, content)
    log(f"cue extent: {len(examples):,} decisions, {epochs + 2} epochs ...")
    extent = BinaryPerceptron()
    extent.train(examples, epochs=epochs + 2, seed=seed)
    path = Path(out or DEFAULT_OUT)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {"data": f"PolNeAR train ({len(articles)} articles)", "spacy_model": name, "epochs": epochs,
            "seed": seed, "features": {"cue": len(cue.weights), "content": len(content.weights),
                         "cue_extent": len(extent.weights)},
            "trained": _dt.date.today().isoformat()}
    save_models(path, {"cue": cue, "content": content, "cue_extent": extent}, meta)
    log(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return path
