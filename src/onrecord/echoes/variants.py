"""How one form of a quotation differs from another, word by word (``difflib`` over the tokens as written,
compared by their folded words, ``fingerprints.words``): what an outlet altered, dropped or added."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from onrecord.echoes.fingerprints import words


@dataclass
class Difference:
    kind: str  # "altered", "dropped", "added"
    before: str  # the earlier form's words ("" for added)
    after: str  # this form's words ("" for dropped)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "before": self.before, "after": self.after}


@dataclass
class Comparison:
    differences: list[Difference] = field(default_factory=list)
    trimmed: bool = False  # only words at the start or end dropped: a shorter cut of the same words
    # each form as runs of words as written, with what happened to them: None (the same), "altered",
    # "dropped" (in the earlier form only), "added" (in the later form only): for a page to mark them
    earlier: list[tuple[str, str | None]] = field(default_factory=list)
    later: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        """"altered" (a word changed), "dropped" (words left out inside), "added", "trimmed"."""
        kinds = {d.kind for d in self.differences}
        out = [k for k in ("altered", "dropped", "added") if k in kinds and not (k == "dropped" and self.trimmed)]
        return out + (["trimmed"] if self.trimmed else [])


def compare(earlier: str, later: str) -> Comparison:
    """The differences of ``later`` from ``earlier``, in reading order: the two compared token by token (a
    token is what white space separates, compared by its folded words, ``fingerprints.words``), shown as
    written, punctuation and marks included."""
    a_written, b_written = earlier.split(), later.split()
    a, b = [" ".join(words(t)) for t in a_written], [" ".join(words(t)) for t in b_written]
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    out = Comparison()
    for tag, i1, i2, j1, j2 in ops:
        kind = {"equal": None, "replace": "altered", "delete": "dropped", "insert": "added"}[tag]
        before, after = " ".join(a_written[i1:i2]), " ".join(b_written[j1:j2])
        if before:
            out.earlier.append((before, kind))
        if after:
            out.later.append((after, kind))
        if kind is not None:
            out.differences.append(Difference(kind, before, after))
    changed = [op for op in ops if op[0] != "equal"]
    out.trimmed = bool(changed) and all(op[0] == "delete" and (op[1] == 0 or op[2] == len(a)) for op in changed)
    return out
