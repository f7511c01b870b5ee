"""Read an HTML page: the story's text, title, date, authors, outlet, language, captions and credits.

``read_html_page(data, url=..., meta=...)`` returns an ``Article`` whose ``text`` is the extracted
story, one paragraph per line, each paragraph a ``body`` span. The main text comes from trafilatura,
through a cascade where the first stage that yields enough text wins:

  1. trafilatura's default balance in its fast mode (no comparison with its fallback extractors),
     comments left out: the best and fastest setting measured on the article-extraction benchmark;
  2. the same with trafilatura's own comparison against readability and jusText;
  3. trafilatura, recall-minded;
  4. trafilatura's baseline: every paragraph-like element of the page.

If no stage reaches ``MIN_TEXT`` characters, the longest result is kept. Paragraphs of the result
that are the outlet's own matter ("Subscribe to our newsletter", "© 2019 AP. All rights reserved")
become boilerplate spans, by the word lists plain-text pages use. Metadata, first source
that has it wins: the title from the page's headline when its ``<title>`` repeats it, else
trafilatura's title, else ``meta["title"]`` (a feed entry's or a table row's); the date from
htmldate (through trafilatura), else ``meta["published"]``; authors, outlet and canonical URL
likewise; the outlet may also be the other part of an "Outlet » Headline" ``<title>``. The
language is the one the story's paragraphs vote for (``extraction.language.detect_language``, the rule
plain text follows too); a story too short to tell falls back to the page's declared language
(``<html lang>``, else ``meta["language"]``).
"""

from __future__ import annotations

import copy
import gzip
import itertools
import re
from collections.abc import Mapping
from typing import Any

from onrecord.errors import EmptyInput, InputError
from onrecord.extraction.language import detect_language
from onrecord.extraction.textpage import is_boilerplate, parse_credit_line, teasers
from onrecord.records import Article, Span
from onrecord.sources.urls import host_of

__all__ = ["MIN_TEXT", "headline_lines", "read_html_page"]

MIN_TEXT = 250  # characters of story below which the next stage of the cascade is tried
MIN_STORY = 25  # characters of story below which a page has none (a menu word, a cookie notice)
TITLE_SEPARATORS = re.compile(r"\s+(?:[|»«·•:–—-]|::|&raquo;)\s+")
CREDIT_CLASS = re.compile(r"credit|byline-photo|photographer|copyright", re.IGNORECASE)
CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)
MAX_CAPTION = 400
CAPTION_XPATH = ("//figcaption | //*[@itemprop='caption'] | //*[@class][contains(@class, 'aption') or "
                 "contains(@class, 'redit') or contains(@class, 'hotographer') or contains(@class, 'opyright')]")
# the hidden card a link shows on hover (a person's full name, headlines, "MORE"), or a tooltip's own text:
# not the story's words, though printed inside its sentences
HOVER_CARD_XPATH = ("//*[not(self::a)][@class][contains(@class, 'rollover') or contains(@class, 'hovercard') or "
                    "contains(@class, 'tooltiptext') or contains(@class, 'tooltip-content')]")
STAGES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("fast", {"fast": True, "include_comments": False}),
    ("full", {"include_comments": False}),
    ("recall", {"favor_recall": True, "include_comments": False}),
)


def _html_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    from trafilatura.utils import decode_file

    return decode_file(data)


def _tree(html: str):
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError("the page has no HTML the extractor can read")
    _unwrap_layout_tables(tree)
    cards = tree.xpath(HOVER_CARD_XPATH)
    matched = set(cards)
    for card in cards:  # "Kristi Noem" and her card's "Kristi Lynn Noem ... MORE": the name only
        if not any(inner in matched for inner in card.iterdescendants()):  # the card, not what wraps link and card
            card.drop_tree()  # lxml keeps the text after it where it was
    return tree


def _unwrap_layout_tables(tree) -> None:
    """A table that lays out the page, a cell of it holding the story's paragraphs, becomes plain blocks: the
    extractor joins a cell's paragraphs into one line ("| | Seeking a bigger role ... NASA announced ..."), and
    a paragraph break is where a quotation or a speaker's turn ends. Data tables, with headings, no more than
    two paragraphs in a cell, or several such cells ("Candidate | What they said", a row each), stay tables,
    unless set inside such a layout."""
    for table in tree.xpath("//table[not(.//th)][.//td[count(.//p) >= 3]]"):
        columns = [td for td in table.iter("td") if len(td.xpath(".//p")) >= 3
                   and next(td.iterancestors("table"), None) is table]
        if len(columns) != 1:  # one story column, not a row of answers each beside its speaker's name
            continue
        for el in (table, *table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th")):
            el.tag = "div"  # with the tables set inside it: a pull-quote's box is the page's, not a data table


def _metadata(tree, url: str | None) -> dict[str, Any]:
    """Title, authors, site name, canonical URL and date, as trafilatura's metadata step finds them,
    less its category, tag and licence searches, and with htmldate's quick search (markup and URL,
    no full-text scan): the page's own date markup is what a news page is read for."""
    import htmldate
    from trafilatura import metadata as tm

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = tm.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD reader fails on odd markup; the rest stands
        pass
    title = found.title or tm.extract_title(tree)
    author = found.author or tm.extract_author(tree)
    page_url = found.url or tm.extract_url(tree, url)
    sitename = found.sitename or tm.extract_sitename(tree)
    date = htmldate.find_date(tree, url=page_url or url, extensive_search=False, original_date=True,
                              outputformat="%Y-%m-%d")
    return {"title": title, "author": author, "url": page_url, "sitename": (sitename or "").lstrip("@") or None,
            "date": date}


def _extract(tree, url: str | None) -> tuple[str, str]:
    """The story's text and the stage of the cascade that found it. trafilatura works on its own copy
    of the tree, so the caller's tree stays whole."""
    import trafilatura

    best = ("", "none")
    for name, options in STAGES:
        doc = trafilatura.bare_extraction(tree, url=url, **options)
        text = (doc.text if doc is not None else "") or ""
        if len(text) >= MIN_TEXT:
            return text, name
        if len(text) > len(best[0]):
            best = (text, name)
    text = trafilatura.baseline(copy.deepcopy(tree))[1] or ""
    return (text, "baseline") if len(text) > len(best[0]) else best


def _lines(text: str) -> tuple[str, list[Span]]:
    """The story as one paragraph per line (inner whitespace runs kept as they are), and their spans."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(p for p in paragraphs if p)
    spans, at = [], 0
    for p in joined.split("\n"):
        spans.append(Span.of(joined, at, at + len(p)))
        at += len(p) + 1
    return joined, spans


def _split_boilerplate(text: str, lines: list[Span]) -> tuple[list[Span], list[Span]]:
    """Paragraphs the extractor kept that are the outlet's own matter (appeals, "Read more:",
    copyright lines: the word lists of ``extraction.textpage``; the links to other stories under "DON'T MISS":
    ``textpage.teasers``) become boilerplate; the weaker signs of a footer count in the last 40% of the story only."""
    body, boilerplate = [], []
    marks = teasers([span.text for span in lines],
                    [is_boilerplate(span.text, after_story=i >= 0.6 * len(lines)) for i, span in enumerate(lines)])
    for span, mark in zip(lines, marks):
        (boilerplate if mark else body).append(span)
    return (body, boilerplate) if body else (lines, [])


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _title_parts(tree) -> tuple[list[str], set[str]]:
    """The parts of ``<title>`` ("Outlet » Headline") and the page's first headings, lower-cased."""
    raw = _clean(" ".join(tree.xpath("//head/title//text()")))
    headings = {_clean(h.text_content()).lower() for h in tree.xpath("//h1|//h2")[:20]}
    return [p for p in TITLE_SEPARATORS.split(raw) if p], headings


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def headline_lines(article: Article) -> list[tuple[int, int]]:
    """The lines of a page's text outside the story's body that repeat its headline (by ``_key``, as the
    headline at the top is left out of the body), and any line before the body that is no boilerplate (an
    ``<h1>`` other than the page's title: "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys
    OK?"): "Hong Kong chaos: China ... warns SURRENDER is only option" is no statement, though the extracted story
    may print it."""
    if not article.body:
        return []
    title, first, kept = _key(article.title or ""), article.body[0].start, [*article.body, *article.boilerplate]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", article.text)
            if (_key(m.group()) == title or m.end() <= first) and not any(b.start <= m.start() < b.end for b in kept)]


def _h1_keys(tree) -> set[str]:
    return {key for h in tree.xpath("//h1")[:5] if (key := _key(h.text_content()))}


def _title(title_tag: tuple[list[str], set[str]], extracted: str | None) -> tuple[str | None, str | None]:
    """The headline and, when ``<title>`` is "Outlet » Headline", the outlet's name.

    The headline is the longest part of ``<title>`` that a heading repeats, else the extractor's."""
    parts, headings = title_tag
    keys = {_key(h) for h in headings}
    named = [p for p in parts if _key(p) in keys]
    if named:
        headline = max(named, key=len)
        rest = [p for p in parts if p != headline]
        return headline, rest[0] if len(rest) == 1 else None
    return _clean(extracted) or (" ".join(parts) or None), None


def _captions_and_credits(tree) -> tuple[list[str], list[str]]:
    captions: list[str] = []
    credits: list[str] = []
    for el in tree.xpath(CAPTION_XPATH):
        marks = f"{el.get('class', '')} {el.get('itemprop', '')}" if el.tag != "figcaption" else "caption"
        if CAPTION_CLASS.search(marks):
            text = _clean(el.text_content())
            if text and len(text) <= MAX_CAPTION and text not in captions:
                captions.append(text)
                who = parse_credit_line(text)
                if who and who not in credits:
                    credits.append(who)
        elif CREDIT_CLASS.search(marks):
            text = _clean(el.text_content())
            who = parse_credit_line(text) or (text if 0 < len(text.split()) <= 8 else None)
            if who and who not in credits:
                credits.append(who)
    return captions, credits


EMBED_CLASS = re.compile(r"twitter|instagram|tiktok|facebook|embed|reddit|imgur", re.I)


# the language of a linked page after its link ("Kopgli, of Jeunesse Unie pour la Démocratie en Afrique [Fr], called
# Bongo ...", Global Voices): a note for the reader, which the parse takes for the sentence's subject
LINK_LANGUAGE = re.compile(r" \[(?:ar|de|es|fa|fr|ja|ko|mg|ms|nl|pl|pt|ru|sw|tr|ur|zh)\](?=[\s,.;:)\]]|$)",
                           re.IGNORECASE)
TRANSLATION = "//*[self::div or self::p][contains(concat(' ', normalize-space(@class), ' '), ' translation ')]"
_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "blockquote", "figure"})


def _translations_as_paragraphs(tree) -> None:
    """A quotation's translation set as bare text in a ``<div class="translation">``, and its original before it
    in a ``<div>`` with a class (Global Voices: ``<div class="arabic">``), become paragraphs, which the extractor
    keeps (it drops a div's bare text)."""
    for el in tree.xpath(TRANSLATION):
        for block in (el, el.getprevious()):
            if block is None or block.tag != "div" or not (block is el or block.get("class")):
                continue
            inline = list(itertools.takewhile(lambda child: child.tag not in _BLOCKS, block))
            if len(inline) == len(block):
                block.tag = "p"
            elif (block.text or "").strip():  # bare text, then paragraphs: the text its own paragraph
                lead = block.makeelement("p", {})
                lead.text, block.text = block.text, None
                lead.extend(inline)
                block.insert(0, lead)


def _block_quotes(text: str, tree, lines: list[Span]) -> list[Span]:
    """Where the page sets the story's lines in a ``<blockquote>`` (not an embedded post's): one span a block
    quote, from its first line to its last, words quoted, marks or no marks (a review's excerpt, a letter's
    passage). A line counts when its letters and digits (20 or more: not a lone "Yes.") are in the quote's.
    A block the page marks as a quotation's translation (``class="translation"``, Global Voices) is one, and so
    is the block right before it that it translates (a ``<div class="arabic">``)."""
    out, keys = [], [_key(ln.text) for ln in lines]
    translations = tree.xpath(TRANSLATION)
    originals = [prev for el in translations if (prev := el.getprevious()) is not None
                 and prev.tag in ("div", "p") and prev.get("class")]
    for el in [*tree.xpath("//blockquote"), *translations, *originals]:
        quoted = _key(el.text_content())
        if not quoted or EMBED_CLASS.search(el.get("class", "")) or el.xpath(".//script|.//iframe"):
            continue
        inside = [i for i, key in enumerate(keys) if len(key) >= 20 and key in quoted]
        for run in _consecutive(inside):
            span = Span.of(text, lines[run[0]].start, lines[run[-1]].end)
            if span not in out:
                out.append(span)
    return sorted(out, key=lambda s: s.start)


def _consecutive(indexes: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _declared_language(tree) -> str | None:
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    return lang.split("-")[0].lower() or None if lang else None


def read_html_page(data: bytes | str, *, url: str | None = None, meta: Mapping[str, Any] | None = None
                   ) -> Article:
    """An ``Article`` from an HTML page (bytes as fetched, gzip allowed, or text)."""
    meta = meta or {}
    html = _html_text(data)
    if not html.strip():
        raise EmptyInput("the page is empty")
    tree = _tree(html)
    title_tag_parts = _title_parts(tree)
    captions, credits = _captions_and_credits(tree)
    declared = _declared_language(tree) or _str(meta.get("language"))
    found = _metadata(tree, url)
    _translations_as_paragraphs(tree)
    story, _stage = _extract(tree, url)
    text, lines = _lines(LINK_LANGUAGE.sub("", story))
    if len(text) < MIN_STORY:
        raise EmptyInput("no story text found on the page" + (f" (only {text!r})" if text else ""))
    body, boilerplate = _split_boilerplate(text, lines)
    authors = [a.strip() for a in (found["author"] or "").split(";") if a.strip()]
    page_url = found["url"] or url or _str(meta.get("url"))
    title, outlet_in_title = _title(title_tag_parts, found["title"])
    sitename = found["sitename"]
    if sitename and outlet_in_title and "." in sitename and " " not in sitename:
        sitename = None  # a host name trafilatura made up from the URL; the page names itself
    outlet = sitename or outlet_in_title or meta.get("outlet")
    if body and (title and _key(body[0].text) == _key(title) or _key(body[0].text) in _h1_keys(tree)):
        body = body[1:]  # the headline repeated at the top of the story (the page's, or its <h1> when they differ)
    if not outlet and page_url:
        outlet = host_of(page_url)
    article = Article(
        text=text,
        title=title or meta.get("title"),
        published=found["date"] or meta.get("published"),
        outlet=outlet,
        authors=authors or list(meta.get("authors") or []),
        language=detect_language(text, declared),
        url=page_url,
        image_credits=credits,
        body=body,
        boilerplate=boilerplate,
        captions=captions,
        quotations=_block_quotes(text, tree, body),
    )
    return article
