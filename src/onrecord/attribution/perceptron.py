"""A small linear classifier (averaged perceptron) over string features.

Used by the trained parts of attribution. Weights are a plain dict saved as JSON, so a model is
readable, diffable and loads without any numeric library. Training is deterministic for a given
data order and seed.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import repeat
from pathlib import Path


class BinaryPerceptron:
    def __init__(self, weights: dict[str, float] | None = None, bias: float = 0.0):
        self.weights: dict[str, float] = weights or {}
        self.bias = bias

    def score(self, features: Iterable[str]) -> float:
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))

    def train(self, data: Sequence[tuple[list[str], bool]], epochs: int = 8, seed: int = 0) -> None:
        """Averaged perceptron: the returned weights are the mean over all steps."""
        w: dict[str, float] = defaultdict(float)
        totals: dict[str, float] = defaultdict(float)
        stamps: dict[str, int] = defaultdict(int)
        bias = bias_total = 0.0
        bias_stamp = 0
        step = 0
        order = list(range(len(data)))
        rng = random.Random(seed)
        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                step += 1
                feats, label = data[i]
                s = bias + sum(w[f] for f in feats if f in w)
                y = 1.0 if label else -1.0
                if s * y <= 0:
                    for f in feats:
                        totals[f] += (step - stamps[f]) * w[f]
                        stamps[f] = step
                        w[f] += y
                    bias_total += (step - bias_stamp) * bias
                    bias_stamp = step
                    bias += y
        avg = {}
        for f, v in w.items():
            total = totals[f] + (step - stamps[f]) * v
            if total:
                avg[f] = round(total / step, 4)
        self.weights = {f: v for f, v in avg.items() if v}
        self.bias = (bias_total + (step - bias_stamp) * bias) / max(step, 1)

    def to_dict(self) -> dict:
        return {"bias": self.bias, "weights": self.weights}

    @classmethod
    def from_dict(cls, d: dict) -> BinaryPerceptron:
        return cls(dict(d["weights"]), float(d["bias"]))


def save_models(path: Path, models: dict[str, BinaryPerceptron], meta: dict) -> None:
    data = {"meta": meta, "models": {k: m.to_dict() for k, m in models.items()}}
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def load_models(path: Path) -> tuple[dict[str, BinaryPerceptron], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: BinaryPerceptron.from_dict(v) for k, v in data["models"].items()}, data.get("meta", {})
