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
    """A str is a path when it is short, on one line, and names an existing file."""
    if len(value) > 1024 or "\n" in value or "\r" in value:
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # a long sentence is no file name
        return False


class Reader:
    """Holds one loaded pipeline; cheap to call many times."""

    def __init__(self, nlp: Language | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
        self.nlp = nlp or shared()
        self.max_bytes = max_bytes
        self.max_chars = max(MAX_CHARS, max_bytes)
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)

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
        if len(text) > self.max_chars:
            raise InputError(f"{len(text):,} characters is over the {self.max_chars:,} limit", input=input)
        if not text.strip():
            raise InputError("empty text", input=input)
        article = read_text_page(text, url=url)
        # the parser reads "\r\n" and "\r" as "\n" would be read; the same length keeps every offset
        plain = text.replace("\r\n", " \n").replace("\r", "\n")
        doc = self.nlp.make_doc(plain)
        doc.user_data[EXCLUDE_KEY] = [(b.start, b.end) for b in article.boilerplate]
        doc = self.nlp(doc)
        statements = list(doc._.statements or [])
        if plain != text:
            for st in statements:
                for span in [st.cue, st.source, st.addressee, *st.content]:
                    if span is not None:
                        span.text = text[span.start:span.end]
        return Reading(input=input, article=article, statements=statements, people=list(doc._.people or []))

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
