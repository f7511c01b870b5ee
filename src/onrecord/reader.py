"""Reading articles: the pure core every face calls.

``Reader().read(text_or_path)`` turns one article into a ``Reading`` (the document format of
docs/format.md); ``read_document`` reads one ``RawDocument`` from any source (an HTML page through
``extraction.webpage``, plain text through ``extraction.textpage``); ``read_many`` and
``read_sources`` read a batch and yield each result or the error for that input, so one bad
document never stops a batch.

In a batch (``read_sources``), precedence is:

  1. a document that fails (fetch, size, decoding, extraction) yields its error and the batch goes on;
  2. the same article reached twice (the same canonical URL, or the same text) is read once; later
     copies are counted in ``Batch.duplicates``;
  3. plain-text documents of one site that repeat lines are marked with that boilerplate
     (``extraction.repeated_lines``) before attribution; HTML pages rely on extraction instead. The
     lines are learned in a first pass over the local inputs, so the order of the inputs does not
     matter; documents fetched from the web are read once and teach nothing (``_learn_repeats``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.attribution import quoted_speech
from onrecord.attribution.block_quotes import BLOCKS_KEY
from onrecord.attribution.overlaps import without_nested, without_others_quotation, without_relays
from onrecord.attribution.pipeline import MAX_CHARS, shared
from onrecord.attribution.record_scope import communicates, over_unsaid_conjunct, whole
from onrecord.attribution.speakers import resolved
from onrecord.errors import InputError, InputTooLarge, OnrecordError, UnsupportedInput
from onrecord.extraction.identity import article_keys
from onrecord.extraction.repeated_lines import RepeatedLines, site_of
from onrecord.extraction.textpage import read_text_page, title_case
from onrecord.records import Article, Reading, Span, Statement, not_attributed_reason
from onrecord.sources.decoding import (
    DEFAULT_MAX_BYTES,
    decode_bytes,
    format_size,
    load_path,
    looks_like_html,
    normalize_text,
)
from onrecord.sources.documents import RawDocument
from onrecord.sources.urls import host_of

URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)
HTML_MAX_BYTES = 10_000_000  # an HTML page carries markup: it may be larger than its story

EXCLUDE_KEY = "onrecord.exclude"
SCOPES = ("record", "all")  # what a reading keeps: acts of communication, or PolNeAR's broader notion too


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

    def __init__(self, nlp: Language | None = None, max_bytes: int = DEFAULT_MAX_BYTES, scope: str = "record"):
        """``scope``: "record" keeps the statements that report an act of communication by a speaker
        it can name (what goes on the record: no unresolved "it", no "the data"); "all" also keeps
        attitudes and intentions ("thinks", "wants") and statements with no speaker, as PolNeAR counts
        them (``onrecord eval polnear`` reads so)."""
        if scope not in SCOPES:
            raise ValueError(f"scope is one of {', '.join(SCOPES)}, not {scope!r}")
        self.scope = scope
        self.nlp = nlp or shared()
        self.max_bytes = max_bytes
        self.max_chars = max(MAX_CHARS, max_bytes)
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)

    def read(self, source: str | Path, *, input: str | None = None, fetcher=None) -> Reading:
        """Read a path (str or Path), a URL, or a text (plain or HTML). A str that names an existing
        file is read as a path; an HTML file (also .html.gz) as a page; an http(s) URL is fetched with
        ``fetcher`` (default: a ``Fetcher`` with the safe default policy) and read as a page."""
        if isinstance(source, str) and URL.match(source):
            return self._read_url(source, input=input, fetcher=fetcher)
        if isinstance(source, Path) or _looks_like_path(source):
            name = input or str(source)
            try:
                text = load_path(str(source), max_bytes=self.max_bytes)
            except UnsupportedInput:  # HTML, by name or content
                data = _read_capped(Path(source), HTML_MAX_BYTES, name)
                return self.read_html(data, input=name)
        else:
            name = input
            text = source
        if looks_like_html(text):
            return self.read_html(text, input=name)
        return self.read_text(text, input=name)

    def _read_url(self, url: str, *, input: str | None, fetcher) -> Reading:
        from onrecord.sources.fetch import Fetcher

        own = fetcher is None
        fetcher = fetcher or Fetcher()
        try:
            doc = fetcher.fetch(url)
        finally:
            if own:
                fetcher.close()
        if input:
            doc.location = input
        return self.read_document(doc)

    def read_text(self, text: str, *, input: str | None = None, url: str | None = None,
                  meta: dict[str, object] | None = None, boilerplate: list[Span] | None = None) -> Reading:
        """Read a plain-text article; ``article.text`` is ``text`` as ``normalize_text`` leaves it (lone
        surrogates and control characters replaced, the length kept). ``meta`` gives the title when
        it has one (a table's title column, a feed entry's) and fills in what the page itself does not
        say (published, outlet, authors); ``boilerplate`` adds spans
        learned elsewhere (see ``extraction.repeated_lines``). A non-English text gets no attribution
        (``Reading.not_attributed`` says why)."""
        text = normalize_text(text)
        self._check_length(text, input)
        given = meta.get("title") if meta else None
        article = read_text_page(text, url=url, title=given if isinstance(given, str) and given.strip() else None)
        if boilerplate:
            own = article.boilerplate  # a line the page's shape marks already is listed once, as the page has it
            learned = [b for b in boilerplate if not any(o.start < b.end and b.start < o.end for o in own)]
            article.boilerplate = sorted(own + learned, key=lambda b: b.start)
            article.body = [b for b in article.body if not any(x.start <= b.start < x.end for x in boilerplate)]
        _fill_in(article, meta)
        # the printed title is off the record (the guide); PolNeAR's scope annotates it
        return self._attribute(article, input, headlines=_printed_title(article) if self.scope == "record" else [],
                               title_line=_title_line(article) if self.scope == "record" else None)

    def read_html(self, data: bytes | str, *, input: str | None = None, url: str | None = None,
                  meta: dict[str, object] | None = None) -> Reading:
        """Read an HTML page: its story becomes ``article.text``; a non-English story gets no attribution
        (``Reading.not_attributed`` says why). The page, and the text extracted from it, are normalised
        as ``read_text`` normalises a text."""
        from onrecord.extraction.webpage import headline_lines, read_html_page

        if isinstance(data, str):
            data = normalize_text(data)
        try:
            article = read_html_page(data, url=url, meta=meta)
        except OnrecordError as err:
            err.input = err.input or input
            raise
        article.text = normalize_text(article.text)  # bytes decoded by extraction, character references
        if article.title:
            article.title = normalize_text(article.title)
        self._check_length(article.text, input)
        return self._attribute(article, input, headlines=headline_lines(article))

    def read_document(self, doc: RawDocument, *, boilerplate: list[Span] | None = None) -> Reading:
        """Read one raw document from any source (see ``onrecord.sources.expand``)."""
        if doc.is_html:
            if len(doc.data) > HTML_MAX_BYTES:
                raise InputTooLarge(f"{format_size(len(doc.data))} is over the {format_size(HTML_MAX_BYTES)} "
                                    "limit for an HTML page", input=doc.location)
            return self.read_html(doc.data, input=doc.location, url=doc.url, meta=doc.meta)
        if len(doc.data) > self.max_bytes:
            raise InputTooLarge(f"{format_size(len(doc.data))} is over the {format_size(self.max_bytes)} limit "
                                "(--max-bytes)", input=doc.location)
        text = decode_bytes(doc.data, doc.location)
        if looks_like_html(text):
            return self.read_html(text, input=doc.location, url=doc.url, meta=doc.meta)
        return self.read_text(text, input=doc.location, url=doc.url, meta=doc.meta, boilerplate=boilerplate)

    def _check_length(self, text: str, input: str | None) -> None:
        if len(text) > self.max_chars:
            raise InputError(f"{len(text):,} characters is over the {self.max_chars:,} limit", input=input)
        if not text.strip():
            raise InputError("empty text", input=input)

    def _attribute(self, article: Article, input: str | None, headlines: list[tuple[int, int]] | None = None,
                   title_line: tuple[int, int] | None = None) -> Reading:
        """The article's statements and people, none inside ``headlines`` (a page's headline printed atop
        its story) or boilerplate, and on the record none of a plain text's ``title_line`` in a headline's tense
        (``_headline_tense``); none for a language the pipeline does not read (``records.not_attributed_reason``)."""
        if not_attributed_reason(article.language):  # at most the plainest direct quotes (quote_cues.tsv)
            quoted = quoted_speech.read(article.text, article.language,
                                        [(b.start, b.end) for b in article.boilerplate] + (headlines or []))
            return Reading(input=input, article=article, statements=quoted, people=quoted_speech.people(quoted))
        text = article.text
        plain = _parser_text(text)
        doc = self.nlp.make_doc(plain)
        doc.user_data[EXCLUDE_KEY] = [(b.start, b.end) for b in article.boilerplate] + (headlines or [])
        doc.user_data[BLOCKS_KEY] = [(q.start, q.end) for q in article.quotations]
        doc = self.nlp(doc)
        statements = list(doc._.statements or [])
        people = list(doc._.people or [])
        if self.scope == "record":
            captions = _captions_in(article)  # "Protesters … saying "…". Image: X": a caption, not on record
            found = statements
            statements = without_nested(text, without_relays([
                st for st in statements if communicates(doc, st) and resolved(st) and not st.signals.get("unsaid")
                and whole(st, doc) and not any(a <= st.start < b for a, b in captions)
                and not _headline_tense(doc, st, title_line)
                and not _the_outlets_own(st, article.outlet)]))
            quotes = [(q.start, q.end) for q in doc._.quotes or []]  # "noted ...: "...," said Tedros": his
            statements = [over_unsaid_conjunct(doc, st, statements, found)
                          for st in without_others_quotation(text, statements, quotes)]
            speaking = {m.name for st in statements if st.speaker for m in [st.speaker, *st.speaker.members]}
            people = [p for p in people if p.name in speaking]
        if plain != text:
            for st in statements:
                for span in [st.cue, st.source, st.addressee, *st.content]:
                    if span is not None:
                        span.text = text[span.start:span.end]
        return Reading(input=input, article=article, statements=statements, people=people)

    def read_many(self, sources: Iterable[str | Path]) -> Iterator[tuple[str, Reading | OnrecordError]]:
        """Read paths, URLs or texts one by one, each as ``read`` takes it (a str that names an existing
        file is a path; one that does not is a text, named ``<text N>`` by its place in ``sources``);
        no de-duplication (see ``read_sources``)."""
        for n, source in enumerate(sources, 1):
            text = isinstance(source, str) and not URL.match(source) and not _looks_like_path(source)
            name = f"<text {n}>" if text else str(source)
            try:
                yield name, self.read(source, input=None if text else name)
            except OnrecordError as err:
                if err.input is None:
                    err.input = name
                yield name, err

    def read_sources(self, specs: Iterable[str], *, fetcher=None, batch: Batch | None = None,
                     learn_boilerplate: bool = True, skip: Callable[[RawDocument], bool] | None = None,
                     follow_links: bool = False, max_pages: int | None = None,
                     max_seconds: float | None = None) -> Iterator[tuple[str, Reading | OnrecordError]]:
        """Read everything the specs name (files, folders, globs, URLs, feeds, sitemaps, archives,
        tables): see the module docstring for what wins. ``batch`` collects the counts; ``skip``
        says which raw documents need no reading (an ingest skips what its store holds already).
        ``follow_links`` fetches the pages that a local feed or sitemap lists (a feed or sitemap
        given as a URL is always expanded); without it ``batch.not_followed`` counts those links.
        ``max_pages`` and ``max_seconds`` budget the fetches that expand feeds and sitemaps, over the
        whole call (``sources.expand.MAX_PAGES`` and ``MAX_SECONDS`` when not given)."""
        from onrecord.sources.expand import MAX_PAGES, MAX_SECONDS, iter_sources

        batch = batch if batch is not None else Batch()
        specs = [os.fspath(s) for s in specs]
        repeats = _learn_repeats(specs, self.max_bytes) if learn_boilerplate else None
        items = iter_sources(specs, fetcher, max_bytes=self.max_bytes, follow_links=follow_links,
                             on_not_followed=batch.not_followed.__setitem__,
                             max_pages=MAX_PAGES if max_pages is None else max_pages,
                             max_seconds=MAX_SECONDS if max_seconds is None else max_seconds)
        for item in items:
            if isinstance(item, OnrecordError):
                batch.failed += 1
                yield item.input or "?", item
                continue
            if skip is not None and skip(item):
                batch.skipped += 1
                continue
            try:
                reading = self.read_document(item, boilerplate=site_boilerplate(repeats, item))
            except OnrecordError as err:
                err.input = err.input or item.location
                batch.failed += 1
                yield item.location, err
                continue
            if batch.seen_before(reading):
                batch.duplicates += 1
                continue
            batch.read += 1
            yield item.location, reading


@dataclass
class Batch:
    """What a batch has done so far, and the keys that make two readings one article."""

    read: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped: int = 0
    not_followed: dict[str, int] = field(default_factory=dict)  # a local feed or sitemap: links not fetched
    _keys: set[str] = field(default_factory=set, repr=False)

    @property
    def seen(self) -> int:
        """Documents (and errors) taken from the sources so far: read, failed, duplicate or skipped."""
        return self.read + self.failed + self.duplicates + self.skipped

    def seen_before(self, reading: Reading) -> bool:
        """True when this article was read before (same canonical URL, or same text); else remember it."""
        keys = set(article_keys(reading.article))
        if keys & self._keys:
            return True
        self._keys |= keys
        return False


def _the_outlets_own(st: Statement, outlet: str | None) -> bool:
    """Whether the speaker is the outlet that publishes the article ("Wikinews asked him if ..." on
    en.wikinews.org, "The Guardian asked the ministry" in The Guardian): its own questions and notices,
    the guide's "site's own", not a statement it reports."""
    if not outlet or st.speaker is None or not st.speaker.name:
        return False
    def key(name: str) -> str:  # "The Hill", "thehill.com": "hill"
        return "".join(ch for ch in name.lower() if ch.isalnum()).removeprefix("the")
    names = {key(outlet)} | {key(label) for label in outlet.split(".") if len(label) > 2 and label not in _HOST_WORDS}
    return key(st.speaker.name) in names - {""}


_HOST_WORDS = frozenset({"www", "com", "org", "net", "gov", "edu", "info", "news"})


def _captions_in(article: Article) -> list[tuple[int, int]]:
    """Where the article's captions stand in its text (a text page's caption lines with their credit)."""
    found = []
    for caption in article.captions:
        at = article.text.find(caption)
        while caption and at >= 0:
            found.append((at, at + len(caption)))
            at = article.text.find(caption, at + len(caption))
    return found


# What the parser reads is cut where spaCy's tokenizer would take time quadratic in a chunk's length:
# it splits a prefix or suffix off a chunk (a run of characters with no white space) one at a time,
# each split searching the rest of the chunk, so "<" x 10,000 took 21 s and "'s" x 3,000 7 s.
#   1. a run of marks (anything but letters, digits and white space: punctuation, symbols, emoji)
#      longer than RUN_CAP is read as its first RUN_CAP marks and spaces: no token per mark;
#   2. then a chunk longer than CHUNK_CAP is read with a space in place of every (CHUNK_CAP + 1)th
#      character, so no chunk the tokenizer sees is longer than CHUNK_CAP.
# News has neither (the longest run of marks in the shared corpora is 10 characters, the longest
# chunk 100); a ruled line of 40 "=" reads as 32 and spaces.
RUN_CAP = 32
CHUNK_CAP = 160
_LONG_RUN = re.compile(rf"(?:[^\w\s]|_){{{RUN_CAP + 1},}}")
_LONG_CHUNK = re.compile(rf"\S{{{CHUNK_CAP + 1},}}")


def _cap_run(m: re.Match[str]) -> str:
    return m.group()[:RUN_CAP] + " " * (len(m.group()) - RUN_CAP)


def _cut_chunk(m: re.Match[str]) -> str:
    chars = list(m.group())
    for i in range(CHUNK_CAP, len(chars), CHUNK_CAP + 1):  # a space in place, never one more or less
        chars[i] = " "
    return "".join(chars)


# the language of a linked source in brackets after its name ("Blue Stone [Ar]", "Kopgli [Fr] writes"), as Global
# Voices marks it: no word of the sentence (the parser took "Ar" for a speaker)
# (not the codes that are English words an editor puts in brackets: "[it]", "[he]", "[am]", "[id]", "[hi]")
_LANGUAGE_TAG = re.compile(r"(?<=\S) \[(?:ar|fr|es|pt|zh|ru|de|ja|ko|fa|tr|pl|ur|bn|sw|el|nl|sv|uk|"
                           r"ro|hu|cs|mg|th|vi|tl|ne|ku|ps|az|ka|hy|sr|hr|bg|mk|sq|ca|eu|gl)\](?=[\s,.;:])",
                           re.IGNORECASE)


def _parser_text(text: str) -> str:
    """What the parser reads for ``text``: the same length, so every offset holds, with "\r\n" and
    "\r" read as "\n" would be, language tags blanked (``_LANGUAGE_TAG``), and long runs of marks and long
    chunks cut (see ``RUN_CAP``), so reading takes time linear in the text whatever its characters."""
    plain = text.replace("\r\n", " \n").replace("\r", "\n")
    plain = _LANGUAGE_TAG.sub(lambda m: " " * len(m.group()), plain)
    plain = _LONG_RUN.sub(_cap_run, plain)
    return _LONG_CHUNK.sub(_cut_chunk, plain)


def _read_capped(path: Path, cap: int, name: str) -> bytes:
    try:
        with path.open("rb") as f:
            data = f.read(cap + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from exc
    if len(data) > cap:
        raise InputTooLarge(f"over the {format_size(cap)} limit for an HTML page", input=name)
    return data


def teaches_boilerplate(item: object, max_bytes: int) -> bool:
    """Whether a document counts in learning its site's repeated lines: plain text within ``max_bytes``."""
    return isinstance(item, RawDocument) and not item.is_html and len(item.data) <= max_bytes


def site_boilerplate(repeats: RepeatedLines | None, doc: RawDocument) -> list[Span] | None:
    """The lines of a plain-text document that repeat across its site, as spans to mark before
    attribution; None for an HTML page (extraction cleans it) or when nothing was learned."""
    if repeats is None or doc.is_html:
        return None
    return repeats.boilerplate(site_of(doc.location, doc.url), doc.plain_text())


def _learn_repeats(specs: list[str], max_bytes: int) -> RepeatedLines:
    """The first of two passes: each site's repeated lines, counted over the plain-text documents of
    the local inputs (files, folders, globs, tables) as they stream by, none held.

    It fetches nothing (it has no fetcher): a URL, and the pages a feed or sitemap lists, are read
    once, in the second pass, and teach nothing. Files named as web archives are left out, as the
    Spark job leaves them out: an archive yields only HTML pages."""
    from onrecord.sources.expand import iter_sources

    repeats = RepeatedLines()
    local = [s for s in specs if not (os.path.isfile(s) and re.search(r"\.warc(\.gz)?$", s, re.IGNORECASE))]
    for item in iter_sources(local, None, max_bytes=max_bytes):
        if teaches_boilerplate(item, max_bytes):
            repeats.learn(site_of(item.location, item.url), item.plain_text())
    return repeats


# a dateline opening a story: "COLUMBIA, S.C. (AP) — ", "WASHINGTON (Reuters) - ", "MACAU (Reuters) – "
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                       r"(?: \([^()\n]{1,40}\))? ?[—–-] ")


def _printed_title(article: Article) -> list[tuple[int, int]]:
    """Where a plain text prints its title in headline case before its story ("Hillary Clinton Says Trump's Bigotry
    Doesn't 'Fit ..."), or in any case before a story that opens with its dateline ("The Latest: Hillary Clinton tells
    voters she's with them." before "COLUMBIA, S.C. (AP) — ..."): a headline, whose words the story reports again, not
    a statement of its own. A title that ends with ";" goes on over the next line ("Independents alone won't decide
    N.H.;" then "Candidates will need solid backing by party core, analysts say."), as news archives print them: a
    short line right under it (no blank line between) with a blank line after it, not the story's first paragraph."""
    title, text, body = article.title, article.text, article.body
    if not title or not body or (at := text.find(title)) < 0:
        return []
    if title.endswith(";") and len(body) > 1 and text[at + len(title):body[0].start].strip(" \t") == "\n" \
            and "\n\n" in text[body[0].end:body[1].start] and body[0].end - body[0].start <= 150:
        return [(at, body[0].end)]
    if not (title_case(title) or _DATELINE.match(text, body[0].start)):
        return []  # a first line in sentence case may be the story's, unless the story opens with its dateline
    return [(at, at + len(title))] if at + len(title) <= body[0].start else []


HEADLINE_WORDS = 20  # a short first line in sentence case, set apart by a blank line, may be a headline


def _title_line(article: Article) -> tuple[int, int] | None:
    """A title in sentence case printed as a line of its own, of at most ``HEADLINE_WORDS`` words, with a blank line
    after it and a story of several paragraphs below: a headline ("De Blasio says Chelsea explosion was an
    'intentional act.'"), or a short lede ("Six people were arrested on Friday, police said."), which
    ``_headline_tense`` tells apart."""
    title, text, body = article.title, article.text, article.body
    if not title or len(body) < 3 or len(title.split()) > HEADLINE_WORDS or (at := text.find(title)) < 0:
        return None
    return (at, at + len(title)) if text[at + len(title):body[0].start].count("\n") >= 2 else None


def _headline_tense(doc: Doc, st: Statement, line: tuple[int, int] | None) -> bool:
    """Whether a statement stands in a title line (``_title_line``) with its verb in a headline's present tense
    ("says", "tells"), or a "Name: words" line ("Sanders: Endorsements prove Clinton 'candidate of the
    establishment.'"; not a transcript's "PENCE: Well, ..."): a headline, whose words the story reports again, not
    a statement of its own; a lede's "said" is the story's."""
    if line is None or st.cue is None or not line[0] <= st.cue.start < line[1]:
        return False
    if st.signals.get("origin") == "line":
        return st.source is not None and not st.source.text.isupper()
    cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    return cue is not None and cue.root.tag_ in ("VBZ", "VBP")


def _fill_in(article: Article, meta: dict[str, object] | None) -> None:
    """Metadata the page does not give, from its source (a feed entry, a table row)."""
    if not article.outlet and article.url:
        article.outlet = host_of(article.url)
    if not meta:
        return
    if not article.title and isinstance(meta.get("title"), str):
        article.title = str(meta["title"])
    if not article.published and isinstance(meta.get("published"), str):
        article.published = str(meta["published"])
    if not article.outlet and isinstance(meta.get("outlet"), str):
        article.outlet = str(meta["outlet"])
    if not article.authors and isinstance(meta.get("authors"), list):
        article.authors = [str(a) for a in meta["authors"]]


def read(source: str | Path) -> Reading:
    """Read one article (a path or its text) with the shared pipeline."""
    return Reader().read(source)
