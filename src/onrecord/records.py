"""The records every face shares: dataclasses with integer offsets into ``Article.text``.

Offsets are Python string indices, end exclusive; each span's ``text`` equals that slice.
``to_dict``/``from_dict`` give the JSON document format of docs/format.md.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

CONTENT_JOIN = " … "  # between the parts of a split content, in one line of text
ATTRIBUTED_LANGUAGES = frozenset({"en"})  # the languages the attribution pipeline reads
# the languages read for their plainest direct quotes alone, each with its words in data/quote_cues.tsv
# (attribution/quoted_speech.py)
QUOTED_LANGUAGES = frozenset({"de", "es", "fr", "id", "it", "pt", "ru"})
# A statement's ``confidence`` is the estimated probability that its row is fully right (a real
# statement, with the right speaker), calibrated on eval/record-gold/dev (docs/confidence.md).
# Below this it is "low confidence": the web pages and ``onrecord quotes`` leave it out unless asked.
LOW_CONFIDENCE = 0.5


def low_confidence(confidence: float | None) -> bool:
    """Whether a statement of this ``confidence`` is shown only on request (and marked uncertain then);
    a statement with no confidence counts as low."""
    return confidence is None or confidence < LOW_CONFIDENCE


def not_attributed_reason(language: str | None) -> str | None:
    """Why an article in ``language`` gets no attribution ("language fr", "language unknown"), or only
    its plainest direct quotes ("language pt, direct quotes only": one of ``QUOTED_LANGUAGES``), or
    None when it gets one: the one rule the reader follows and every face reports."""
    if language in ATTRIBUTED_LANGUAGES:
        return None
    if language in QUOTED_LANGUAGES:
        return f"language {language}, direct quotes only"
    return f"language {language or 'unknown'}"


@dataclass
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]), d.get("text", ""))


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = "en"
    url: str | None = None
    image_credits: list[str] = field(default_factory=list)
    body: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    quotations: list[Span] = field(default_factory=list)  # where a page sets a block quote (<blockquote>), one each

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["body"] = [{"start": s.start, "end": s.end} for s in self.body]
        d["boilerplate"] = [s.to_dict() for s in self.boilerplate]
        d["quotations"] = [{"start": s.start, "end": s.end} for s in self.quotations]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        text = d["text"]
        return cls(
            text=text,
            title=d.get("title"),
            published=d.get("published"),
            outlet=d.get("outlet"),
            authors=list(d.get("authors") or []),
            language=d.get("language"),
            url=d.get("url"),
            image_credits=list(d.get("image_credits") or []),
            body=[Span.of(text, b["start"], b["end"]) for b in d.get("body") or []],
            boilerplate=[Span.of(text, b["start"], b["end"]) for b in d.get("boilerplate") or []],
            captions=list(d.get("captions") or []),
            quotations=[Span.of(text, b["start"], b["end"]) for b in d.get("quotations") or []],
        )


@dataclass
class Speaker:
    name: str | None
    kind: str = "unnamed"  # person | organization | group | unnamed
    descriptors: list[str] = field(default_factory=list)
    # a joint source ("Dick Durbin and Adam Schiff said"): each of the speakers acting together, resolved
    # like any source; then ``name`` is theirs joined and ``kind`` "group". Empty for a single source.
    members: list[Speaker] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kind": self.kind, "descriptors": list(self.descriptors)}
        if self.members:  # only then: a single source's JSON is as it always was
            d["members"] = [m.to_dict() for m in self.members]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Speaker | None:
        if d is None:
            return None
        members = [m for m in (cls.from_dict(m) for m in d.get("members") or [] if isinstance(m, dict)) if m]
        return cls(d.get("name"), d.get("kind", "unnamed"), list(d.get("descriptors") or []), members)

    def named(self) -> list[Speaker]:
        """The speakers the record links: the members of a joint source, else the speaker itself."""
        return list(self.members) if self.members else [self]


@dataclass
class Statement:
    kind: str  # direct | mixed | indirect
    cue: Span | None
    source: Span | None
    content: list[Span]
    speaker: Speaker | None = None
    addressee: Span | None = None
    confidence: float = 0.5
    # what the reading knew when it set ``confidence`` (attribution/confidence.py reads it): "origin",
    # "cue_score" (the statement finder), "speaker_by" (the speaker resolver). In memory only: not
    # part of the document format, of equality or of the store.
    signals: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def start(self) -> int:
        starts = [s.start for s in self.content] + [s.start for s in (self.cue, self.source) if s]
        return min(starts) if starts else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
            "content": [c.to_dict() for c in self.content],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        return cls(
            kind=d["kind"],
            cue=Span.from_dict(d.get("cue")),
            source=Span.from_dict(d.get("source")),
            content=[Span.from_dict(c) for c in d.get("content") or []],  # type: ignore[misc]
            speaker=Speaker.from_dict(d.get("speaker")),
            addressee=Span.from_dict(d.get("addressee")),
            confidence=float(d.get("confidence", 0.5)),
        )

    def to_row(self) -> dict[str, Any]:
        """The statement's own columns, as the store and the Spark job's Parquet hold them (lists as JSON
        text; no article, position or speaker id)."""
        def span(prefix: str, s: Span | None) -> dict[str, Any]:
            return {f"{prefix}_start": s.start if s else None, f"{prefix}_end": s.end if s else None,
                    f"{prefix}_text": s.text if s else None}

        sp = self.speaker
        return {
            "kind": self.kind, **span("cue", self.cue), **span("source", self.source),
            "content_text": CONTENT_JOIN.join(c.text for c in self.content),
            "content": json.dumps([c.to_dict() for c in self.content], ensure_ascii=False),
            "speaker_name": sp.name if sp else None, "speaker_kind": sp.kind if sp else None,
            "descriptors": json.dumps(sp.descriptors if sp else [], ensure_ascii=False),
            "members": json.dumps([m.to_dict() for m in sp.members], ensure_ascii=False) if sp and sp.members
            else None,
            **span("addressee", self.addressee),
            "confidence": self.confidence,
        }


@dataclass
class Person:
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    # "female" or "male" when the article itself says she or he for the person (a pronoun the reading
    # resolved to them, both never); None otherwise: never guessed from a name
    gender: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["gender"] is None:  # only then: a reading's JSON is as it always was
            del d["gender"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Person:
        return cls(d["name"], d.get("kind", "person"), list(d.get("aliases") or []),
                   list(d.get("descriptors") or []), d.get("gender"))


@dataclass
class Reading:
    """One article read: the document format (docs/format.md)."""

    input: str | None
    article: Article
    statements: list[Statement] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    @property
    def not_attributed(self) -> str | None:
        """Why the article got no attribution ("language fr"), or None when it got one."""
        return not_attributed_reason(self.article.language)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "input": self.input,
            "article": self.article.to_dict(),
            "statements": [s.to_dict() for s in self.statements],
            "people": [p.to_dict() for p in self.people],
        }
        if self.not_attributed:  # only then: an attributed reading's JSON is as it always was
            d["not_attributed"] = self.not_attributed
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reading:
        return cls(
            input=d.get("input"),
            article=Article.from_dict(d["article"]),
            statements=[Statement.from_dict(s) for s in d.get("statements") or []],
            people=[Person.from_dict(p) for p in d.get("people") or []],
        )
