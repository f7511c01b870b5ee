"""Training onrecord's learned parts from PolNeAR train: ``onrecord train polnear SPLIT_DIR``.

Only the cue classifier is learned (see cues.py); everything else is rules over the parse. Training
is deterministic: the same data and seed give the same weights. It takes about two minutes on two
CPU cores, most of it parsing.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .cues import features, is_candidate, quote_flags
from .extensions import ensure_extensions
from .linear import BinaryPerceptron, save_models
from .models import cue_model_path, spacy_model_name
from .pipeline import build
from .polnear import load_split
from .quotes import find_quotes


def cue_examples(docs, articles) -> list[tuple[list[str], bool]]:
    examples = []
    for doc, art in zip(docs, articles):
        heads = set()
        for att in art.attributions:
            if att.cue:
                span = doc.char_span(att.cue[0][0], att.cue[-1][1], alignment_mode="expand")
                if span is not None and len(span):
                    heads.add(span.root.i)
        doc._.quotes = find_quotes(doc.text)
        in_quote = quote_flags(doc)
        for tok in doc:
            if is_candidate(tok):
                examples.append((features(tok, in_quote), tok.i in heads))
    return examples


def train_cues(split_dir: str | Path, out: str | Path | None = None, epochs: int = 6, seed: int = 0,
               n_process: int = 2, log=print) -> Path:
    ensure_extensions()
    articles = load_split(split_dir)
    name = spacy_model_name()
    nlp = build(name, attribution=False)
    log(f"parsing {len(articles)} articles with {name} ...")
    docs = list(nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=8))
    examples = cue_examples(docs, articles)
    positives = sum(1 for _, y in examples if y)
    log(f"training the cue classifier on {len(examples):,} candidates ({positives:,} cues), {epochs} epochs ...")
    model = BinaryPerceptron()
    model.train(examples, epochs=epochs, seed=seed)
    path = Path(out) if out else cue_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {"data": f"PolNeAR train ({len(articles)} articles)", "spacy_model": name, "epochs": epochs,
            "seed": seed, "features": len(model.weights), "trained": _dt.date.today().isoformat()}
    save_models(path, {"cue": model}, meta)
    log(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB, {len(model.weights):,} features)")
    return path
