"""Reading articles: the pure core every face calls.

``Reader().read(text_or_path)`` turns one plain-text article into a ``Reading`` (the document format
of DESIGN.md); ``read_many`` reads a batch and yields each result or the error for that input, so one
bad document never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from .errors import InputError, OnrecordError
from .inputs import DEFAULT_MAX_BYTES, load_path
from .pipeline import MAX_CHARS, shared
from .records import Reading
from .textpage import read_text_page

EXCLUDE_KEY = "onrecord.exclude"


def _looks_like_path(value: str) -> bool:
    return len(value) < 4096 and "\n" not in value and Path(value).exists()


class Reader:
    """Holds one loaded pipeline; cheap to call many times."""

    def __init__(self, nlp: Language | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
        self.nlp = nlp or shared()
        self.max_bytes = max_bytes

    def read(self, source: str | Path, *, input: str | None = None) -> Reading:
        """Read a path (str or Path) or a text. A str that names an existing file is read as a path."""
        if isinstance(source, Path) or _looks_like_path(source):
            name = input or str(source)
            text = load_path(str(source), max_bytes=self.max_bytes)
        else:
            name = input
            text = source
        return self.read_text(text, input=name)

    def read_text(self, text: str, *, input: str | None = None, url: str | None = None) -> Reading:
        if len(text) > MAX_CHARS:
            raise InputError(f"{len(text):,} characters is over the {MAX_CHARS:,} limit", input=input)
        if not text.strip():
            raise InputError("empty text", input=input)
        article = read_text_page(text, url=url)
        doc = self.nlp.make_doc(text)
        doc.user_data[EXCLUDE_KEY] = [(b.start, b.end) for b in article.boilerplate]
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return Reading(input=input, article=article, statements=list(doc._.statements or []),
                       people=list(doc._.people or []))

    def read_many(self, sources: Iterable[str | Path]) -> Iterator[tuple[str, Reading | OnrecordError]]:
        for source in sources:
            name = str(source)
            try:
                yield name, self.read(Path(source) if not isinstance(source, Path) else source, input=name)
            except OnrecordError as err:
                if err.input is None:
                    err.input = name
                yield name, err


def read(source: str | Path) -> Reading:
    """Read one article (a path or its text) with the shared pipeline."""
    return Reader().read(source)
