"""Read a plain-text capture of a news page: title, date, image credits, story and boilerplate.

The input is never changed: ``Article.text`` is the text as given, and the story (``body``) and the
outlet's own matter (``boilerplate``) are spans of it. Everything is found from the page's shape
(short lines, blank-line paragraphs, where the story begins) and from generic wording kept in data
files under ``onrecord/data`` (``boilerplate_phrases.txt``, ``page_words.txt``,
``page_outlet_patterns.txt``); no outlet or article is named in code.

What wins when a line could be two things (numbered stages, first wins):

1. boilerplate: a paragraph with an appeal, a call to action or a standing editorial note; after
   the story, also a paragraph in the outlet's voice with a leading decoration or appeal word;
2. page lines: a date line, then a credit line ("Image via X"), then a byline (header only);
3. the title: the headline among the short lines left before the story begins;
4. body: every other paragraph after the title, one span each.

The language is told as an HTML page's is (``extraction.language.detect_language``), English
declared: a text too short to tell stays English.

Regex and line work, and py3langid for the language: a few milliseconds an article, no I/O beyond
the word lists.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from onrecord import wordlists
from onrecord.extraction.language import detect_language
from onrecord.records import Article, Span

__all__ = ["find_outlet", "is_boilerplate", "parse_credit_line", "parse_date_line", "read_text_page"]

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DECORATION = "*\u2020\u2021\u2022\u00b7\u25a0\u25aa\u25ba\u00bb\u00a7\u00b6\u203b"
_ENDS_SENTENCE = re.compile(r"[.?!…][\"”’')\]]*$|[.?!][\"”’')\]]*\s*\(\d+\)$")
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.?!][\"”’')]*\s+[\"“‘(]?[A-Z0-9]")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_STORY_SIGNS = re.compile(r"<[A-Za-z][^>]*>|https?://|(?<!\w)@\w")
_DOUBLE_QUOTED = re.compile(r"[“«\"][^”»\"\n]{0,2000}?[”»\"]|''(?:[^'\n]|'(?!')){0,2000}?''")
_URLISH = re.compile(r"https?://|www\.|\S@\S+\.\w")
_NAME_WORD = r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*"  # "Media", "OC", "Al-Monitor", "Example.com"
_OUTLET_SLOT = rf"(?P<outlet>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,4}})"
_SLOTS = {
    "{year}": r"(?:1[89]|20)\d\d(?:\s*[-–]\s*(?:(?:1[89]|20)\d\d|\d\d))?",
    "{outlet}": _OUTLET_SLOT,
}
_SENTENCE_START = re.compile(r"[.?!:;|—–…][\"”’)]*\s+")


# --------------------------------------------------------------------------- word lists


def _phrase_regex(phrase: str, scoped: bool = True) -> str:
    """A phrase of the data files as a regex: words, '*', '{year}', '{outlet}'.

    ``scoped`` makes the words case-insensitive inside the pattern (around the case-sensitive
    '{outlet}' slot); otherwise the words stay lower case, for matching a lower-cased text.
    """
    tokens = phrase.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok == "*":
            out.append(r"(?:\S+\s+){0,3}")
            continue
        piece = ""
        for part in re.split(r"(\{outlet\}|\{year\})", tok):
            if part in _SLOTS:
                piece += _SLOTS[part]
            elif part:
                literal = "['’]".join(re.escape(p) for p in part.split("'"))
                piece += f"(?i:{literal})" if scoped else literal
        out.append(piece + (r"\s+" if i < len(tokens) - 1 else ""))
    body = "".join(out)
    first, last = tokens[0][0], tokens[-1][-1]
    # no look-behind in front: it would stop the regex engine from skipping ahead (see _hits)
    head = r"(?<!\w)" if scoped and (first.isalnum() or first == "{") else ""
    tail = r"(?!\w)" if (last.isalnum() or last == "}") else ""
    return f"{head}{body}{tail}"


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


class _Lexicon:
    """The data files, compiled once."""

    def __init__(self) -> None:
        words = wordlists.sections("page_words.txt")
        self.months = {name: int(num) for name, num in (line.split() for line in words["months"])}
        self.date_res = _date_regexes(
            month_re=f"(?P<mon>{_alternation(list(self.months))})\\.?",
            weekday_re=f"(?:(?:{_alternation(words['weekdays'])})\\.?,?\\s+)",
            prefix_re=f"(?:(?:{_alternation(words['date_prefixes'])})\\s*:?\\s+)",
        )
        nouns, links = _alternation(words["credit_nouns"]), _alternation(words["credit_links"])
        core = rf"(?i:{nouns})(?:\s*:\s*(?:(?i:{links})\s+)?|\s+(?i:{links})\s*:?\s*)(?P<who>\S.*?)"
        self.credit_re = re.compile(rf"^\(?\s*{core}\s*\)?\s*[.;]?$")
        # a caption, then the credit: after a sentence end, "(", a dash, or a capitalised "Image:"
        # (also glued to the caption's last word, as pages flattened to text give "Gloria La RivaImage:")
        sep = (r"(?:[.!?][\"”’]?\s*\(?|\s+\(|\s+[–—|/]\s+|\s+(?=[A-Z][a-z]*(?:\s+[a-z]+)?\s*:)"
               r"|(?<=[a-z])(?=[A-Z][a-z]+\s*:))")
        self.caption_credit_re = re.compile(rf"^(?P<cap>.*\S){sep}{core}\s*\)?\s*[.;]?$")
        self.connectors = frozenset(words["name_connectors"])
        prefixes = _alternation(words["byline_prefixes"])
        self.byline_re = re.compile(rf"^(?i:{prefixes})\s+(?P<names>[A-Z].*)$")
        self.byline_roles = frozenset(words["byline_roles"])
        self.not_outlet = frozenset(words["not_outlet"])
        phrases = wordlists.sections("boilerplate_phrases.txt")
        self.start_re, self.anywhere_re, self.weak_re = (
            re.compile("|".join(_phrase_regex(p.lower(), scoped=False) for p in phrases[section]))
            for section in ("sentence_start", "anywhere", "after_story")
        )
        self.outlet_res = [re.compile(_phrase_regex(p)) for p in wordlists.sections("page_outlet_patterns.txt")[""]]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


# --------------------------------------------------------------------------- dates

_TIME = (
    r"(?:\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*\(?(?:UTC|GMT)?[+-]\d{1,2}(?::?\d\d)?\)?|\s*\(?[A-Z]{2,5}\)?)?"
)


def _date_regexes(month_re: str, weekday_re: str, prefix_re: str) -> tuple[re.Pattern[str], ...]:
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    forms = [
        rf"{day}\s+(?:of\s+)?{month_re},?\s+{year}",
        rf"{month_re}\s+{day},?\s+{year}",
        rf"{year}-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
        rf"{year}[/.](?P<m>[01]?\d)[/.](?P<day>[0-3]?\d)",
        rf"(?P<day>[0-3]?\d)\.(?P<m>[01]?\d)\.{year}",
        rf"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/{year}",
    ]
    lead = rf"^(?i:{prefix_re})?(?:{_TIME}\s*,?\s+)?(?i:{weekday_re})?"
    trail = rf"(?:\s*(?:,|\bat\b|[-–—|·•])?\s*{_TIME})?\s*[.,]?$"
    return tuple(re.compile(lead + f"(?i:{form})" + trail) for form in forms)


def _date_part(part: str) -> str | None:
    lex = _lexicon()
    for rx in lex.date_res:
        m = rx.match(part)
        if not m:
            continue
        g = m.groupdict()
        year, day = int(g["year"]), g.get("day")
        if g.get("mon"):
            month = lex.months[re.sub(r"\s+", " ", g["mon"].lower())]
        elif g.get("m"):
            month = int(g["m"])
        else:  # a/b/year: only when the order is certain
            a, b = int(g["a"]), int(g["b"])
            if a > 12 >= b:
                day, month = str(a), b
            elif b > 12 >= a:
                day, month = str(b), a
            else:
                return None
        try:
            return _dt.date(year, month, int(day or 0)).isoformat()
        except ValueError:
            return None
    return None


def parse_date_line(line: str) -> str | None:
    """The ISO date ("2023-09-22") a page's date line gives, or None if the line is not one.

    The whole line must be the date, optionally with a weekday, a time, a lead word ("Published",
    "Updated on") and, after a separator ("|", "·", "—"), a byline or another time.
    """
    s = line.strip().strip(_ZERO_WIDTH)
    if not s or len(s) > 90 or not re.search(r"\d", s):
        return None
    found: str | None = None
    for part in re.split(r"\s+[|·•]\s+|\s+[–—]\s+", s):
        iso = _date_part(part)
        if iso:
            found = found or iso
        elif not (re.fullmatch(_TIME, part) or _lexicon().byline_re.match(part)):
            return None
    return found


# --------------------------------------------------------------------------- credits and bylines


def _name_like(s: str, connectors: frozenset[str], max_words: int = 12) -> bool:
    """Credited names are capitalised words, joined by a few small words; (notes) may follow."""
    words = re.sub(r"\([^()]*\)", " ", s).split()
    if not words or len(words) > max_words or len(s) > 100 or not any(c.isupper() or c.isdigit() for c in s):
        return False
    for w in words:
        core = w.strip("()[],;:!?\"“”‘’'")
        if not core or core.lower() in connectors or not core[0].isalpha() or core[0].isupper():
            continue
        if len(core) == 1:
            continue
        if any(c in core for c in "/@&") or any(c.isdigit() for c in core):
            continue
        return False
    return True


def parse_credit_line(line: str, bare: bool = False) -> str | None:
    """Who a credit line credits ("Image via MFA of Azerbaijan" -> "MFA of Azerbaijan"), or None.

    Bare credit lines ("Photo: X", "Photo by X", "(Photo credit: X)") and captions ending in one
    ("Protesters in the capital. Photo: X") both count, the bare ones only with ``bare``; the credited part
    must look like a name.
    """
    lex = _lexicon()
    s = line.strip().strip(_ZERO_WIDTH)
    if not s or len(s.split()) > 60:
        return None
    m = lex.credit_re.match(s) if len(s.split()) <= 16 else None
    m = m or (None if bare else lex.caption_credit_re.match(s))  # ``bare``: a credit alone, no caption before it
    if not m:
        return None
    who = re.sub(r"^(?i:courtesy(?:\s+of)?)\s+", "", m.group("who").strip())
    who = " ".join(who.rstrip(".;, ").split())
    if who.endswith(")") and who.count(")") > who.count("("):  # "(Photo: X)": the credit's own bracket
        who = who[:-1].rstrip()
    elif who.count("(") > who.count(")"):  # "Image: Garry Knight (flickr).": the note's bracket, taken as the credit's
        who += ")"
    return who if _name_like(who, lex.connectors) else None


def _parse_byline(line: str) -> list[str] | None:
    lex = _lexicon()
    s = line.strip()
    m = lex.byline_re.match(s) if len(s.split()) <= 12 else None
    if not m:
        return None
    names: list[str] = []
    for part in re.split(r"\s*(?:,|\band\b|&|\|)\s*", m.group("names")):
        words = part.split()
        if not words:
            continue
        if any(w.lower().strip(".") in lex.byline_roles for w in words):
            continue
        if not (1 <= len(words) <= 4 and all(w[0].isupper() for w in words)):
            return None if not names else names
        names.append(part.strip())
    return names or None


# --------------------------------------------------------------------------- boilerplate


def _clean_start(paragraph: str) -> int:
    """How many leading characters are whitespace or decoration (asterisks, odd spaces)."""
    i = 0
    while i < len(paragraph) and (paragraph[i].isspace() or paragraph[i] in _ZERO_WIDTH + _DECORATION):
        i += 1
    return i


def _decorated(paragraph: str) -> bool:
    lead = paragraph[: _clean_start(paragraph)]
    return any((c.isspace() and c not in " \t\n\r\x0b\x0c") or c in _ZERO_WIDTH + _DECORATION for c in lead)


def _inside_quotes(s: str, pos: int) -> bool:
    before = s[:pos]
    if before.count("“") > before.count("”") or before.count("«") > before.count("»"):
        return True
    if before.count('"') % 2 == 1 or before.count("''") % 2 == 1:
        return True
    opens = len(re.findall(r"(?:^|(?<=[\s(\[—–-]))‘", before))
    closes = len(re.findall(r"’(?![^\W_])", before))
    return opens > closes


def _story_signs(s: str) -> bool:
    """Signs that a paragraph carries story: markup, links, handles, a quotation of 4+ words."""
    if _STORY_SIGNS.search(s):
        return True
    return any(len(m.group().split()) >= 4 for m in _DOUBLE_QUOTED.finditer(s))


MAX_BOILERPLATE_WORDS = 150


def _hits(rx: re.Pattern[str], s: str, sentence_start: bool = False) -> bool:
    """Whether a phrase stands outside quotes, at the paragraph's start or in a short plain one.

    With ``sentence_start`` the phrase must begin the paragraph or a sentence (after . ? ! : ; |).
    """
    if _words(s) > MAX_BOILERPLATE_WORDS:
        return False  # a long paragraph is story (or a page without line breaks), not an appeal
    low = s.lower()  # the phrase patterns are lower case: much faster than re.IGNORECASE
    if len(low) != len(s):  # a rare letter whose lower case is longer: keep offsets right
        low, rx = s, re.compile(rx.pattern, re.IGNORECASE)
    if sentence_start:
        starts = [0, *(m.end() for m in _SENTENCE_START.finditer(s))]
        positions = [pos for pos in starts if rx.match(low, pos)]
    else:
        positions = [m.start() for m in rx.finditer(low)]
    for pos in positions:
        if pos > 0 and s[pos - 1].isalnum() and s[pos].isalnum():
            continue  # inside a word
        if _inside_quotes(s, pos):
            continue
        if (pos <= 40 and not _SENTENCE_BREAK.search(s[: pos + 1])) or (
            _words(s) <= 80 and not _story_signs(s)
        ):
            return True
    return False


def _outlet_voice(s: str) -> bool:
    """We/our/us outside quotes, and no I/my/me (a speaker's voice, as in an interview answer)."""
    if re.search(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b", s):
        return False
    return any(not _inside_quotes(s, m.start()) for m in re.finditer(r"\b(?:[Ww]e|[Oo]urs?|us)\b", s))


# a link to another story with its label in brackets and capitals ("Plague warning: CDC names EIGHT deadly diseases
# [WARNING]"): boilerplate only in a run under an outlet's heading ("DON'T MISS"), not a story's line that ends
# with "[LAUGHS]", "[VIDEO]" or "[REDACTED]" (``teasers``)
TEASER = re.compile(r"\S[ \u00a0]\[[A-Z]{3,12}\]$")


def teasers(paragraphs: list[str], boilerplate: list[bool]) -> list[bool]:
    """Which paragraphs are links to other stories: shaped as ``TEASER``, each right after a paragraph that is
    boilerplate (the heading, or the teaser before it)."""
    out = list(boilerplate)
    for i in range(1, len(paragraphs)):
        if not out[i] and out[i - 1] and TEASER.search(paragraphs[i].rstrip()):
            out[i] = True
    return out


def is_boilerplate(paragraph: str, *, after_story: bool = False) -> bool:
    """Whether a paragraph is the outlet's own matter (appeal, call to action, editorial note).

    ``after_story`` allows the weaker signs of a footer: outlet's voice (we, our, us outside
    quotes), a leading decoration, an appeal word; two of the three are needed.
    """
    lex = _lexicon()
    s = paragraph[_clean_start(paragraph) :].rstrip()
    if not s:
        return False
    if _hits(lex.start_re, s, sentence_start=True) or _hits(lex.anywhere_re, s):
        return True
    if not after_story:
        return False
    if _story_signs(s):
        return False
    signs = _decorated(paragraph) + _outlet_voice(s) + _hits(lex.weak_re, s)
    return signs >= 2


def find_outlet(passages: list[str]) -> str | None:
    """The outlet a page names itself as in its own passages ("Become an X Member"), or None."""
    lex = _lexicon()
    counts: dict[str, int] = {}
    for passage in passages:
        for rx in lex.outlet_res:
            for m in rx.finditer(passage):
                name = re.sub(r"\s+", " ", m.group("outlet"))
                name = re.sub(r"['’]s$", "", name).rstrip(".'’-")
                if not name or name.split()[0].lower() in lex.not_outlet:
                    continue
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None  # ties: the first seen


# --------------------------------------------------------------------------- page shape


@dataclass
class _Line:
    start: int  # stripped bounds in the text
    end: int
    text: str
    kind: str = "story"  # story | date | credit | byline | title


@dataclass
class _Unit:
    """A paragraph: a blank-line block, or one line of a block whose lines are paragraphs."""

    lines: list[_Line]
    raw_start: int
    boiler: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def _lines(text: str) -> list[_Line | None]:
    """The text's lines with stripped bounds; None for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for m in re.finditer(r"\r\n|[\r\n\u2028\u2029]|\Z", text):
        s, e = pos, m.start()
        while s < e and (text[s].isspace() or text[s] in _ZERO_WIDTH):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _ZERO_WIDTH):
            e -= 1
        out.append(_Line(s, e, text[s:e]) if e > s else None)
        pos = m.end()
    return out


def _units(text: str) -> list[_Unit]:
    """Paragraphs: blocks between blank lines; a block's lines apart when they read as paragraphs."""
    lines = _lines(text)
    blocks = [[ln for ln in g if ln] for blank, g in groupby(lines, key=lambda ln: ln is None) if not blank]
    units: list[_Unit] = []
    for block in blocks:
        inner = block[:-1]  # lines ending a sentence (or long) are paragraphs; short wrapped ones are not
        as_paragraphs = sum(1 for ln in inner if _ENDS_SENTENCE.search(ln.text) or len(ln.text) > 100)
        if len(block) > 1 and as_paragraphs * 2 >= len(inner):
            units.extend(_Unit([ln], _raw_start(text, ln.start)) for ln in block)
        else:
            units.append(_Unit(block, _raw_start(text, block[0].start)))
    return units


def _raw_start(text: str, start: int) -> int:
    """Back from a stripped start to the start of its line (keeping leading odd spaces)."""
    i = start
    while i > 0 and text[i - 1] not in "\r\n\u2028\u2029":
        i -= 1
    return i


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def title_case(s: str) -> bool:
    """Most longer words capitalised, as headlines in title case are."""
    long = [w for w in _WORD.findall(s) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def _is_prose(unit: _Unit) -> bool:
    s = " ".join(ln.text for ln in unit.lines if ln.kind == "story")
    n = _words(s)
    if len(unit.lines) == 1 and n <= 30 and title_case(s):
        return False
    return bool(s) and (
        (n >= 20 and bool(_ENDS_SENTENCE.search(s))) or (n >= 17 and bool(_SENTENCE_BREAK.search(s)))
    )


def _title_like(s: str, first: bool) -> bool:
    n = _words(s)
    if not 3 <= n <= 30 or len(s) > 220 or _URLISH.search(s) or s.count(" | ") > 0:
        return False
    lead = next((c for c in s if c.isalnum()), "")
    if not lead or not (lead.isupper() or lead.isdigit()):
        return False
    if s.endswith((":", ",", "–", "—", "-", "|")):
        return False
    if s.endswith(".") and not s.endswith("..."):
        # some captures end headlines with a period: only the page's first line, if not a lede
        return first and (n < 20 or title_case(s))
    return True


def _printed_title(units: list[_Unit], first_prose: int, title: str) -> _Line | None:
    """The line before the story (or its first line) that prints a title the source gives, spacing aside."""
    words = title.split()
    return next((ln for u in units[:first_prose + 1] for ln in u.lines if ln.text.split() == words), None)


def _choose_title(units: list[_Unit], first_prose: int) -> _Line | None:
    header = [ln for u in units[:first_prose] if not u.boiler for ln in u.lines]
    if first_prose < len(units) and len(units[first_prose].lines) > 1:
        header.append(units[first_prose].lines[0])  # a headline set right above its story, no blank line
    candidates: list[_Line] = []
    for ln in header:
        if ln.kind == "story" and _title_like(ln.text, first=not candidates and ln is header[0]):
            candidates.append(ln)
    if not candidates:
        return None
    date = next((ln for ln in header if ln.kind == "date"), None)
    if date is not None:
        before = [c for c in candidates if c.start < date.start]
        if before:
            return before[-1]
        after = [c for c in candidates if c.start > date.start]
        return after[0] if after else None
    return candidates[0]


def _mark_headed_footer(units: list[_Unit], max_units: int = 5, max_words: int = 150) -> None:
    """A boilerplate heading near the end ("Correction:", "Related:") takes the rest with it."""
    for i in range(max(0, len(units) - max_units - 1), len(units)):
        u = units[i]
        rest = units[i + 1 :]
        if (
            u.boiler
            and len(u.lines) == 1
            and u.text.endswith(":")
            and _words(u.text) <= 4
            and sum(_words(r.text) for r in rest) <= max_words
        ):
            for r in rest:
                r.boiler = True
            return


def _boilerplate_span(text: str, unit: _Unit) -> Span:
    end = unit.lines[-1].end
    start = unit.raw_start + _clean_start(text[unit.raw_start : end])
    return Span.of(text, start, end)


def _body_spans(text: str, units: list[_Unit], title: _Line | None) -> list[Span]:
    spans: list[Span] = []
    after_title = title is None
    for u in units:
        run: list[_Line] = []
        for ln in u.lines:
            after_title = after_title or ln is title
            if after_title and not u.boiler and ln.kind == "story":
                run.append(ln)
                continue
            if run:
                spans.append(Span.of(text, run[0].start, run[-1].end))
            run = []
        if run:
            spans.append(Span.of(text, run[0].start, run[-1].end))
    return spans


def read_text_page(text: str, url: str | None = None, title: str | None = None) -> Article:
    """Read a plain-text news page into an ``Article`` whose ``text`` is ``text`` unchanged.

    Finds the title, the published date (ISO), image credits, an outlet named by the page itself,
    the language (English when the text is too short to tell), one body span per story paragraph
    and one boilerplate span per appeal or editorial note. A ``title`` its source gives (a table's
    column, a feed entry) is the title: the line that prints it is not story, and no other line is
    taken for it (a story that opens with a short sentence keeps it).
    """
    units = _units(text)
    # 1. boilerplate: strong wording anywhere; weaker signs in the run of paragraphs after the story
    for u in units:
        u.boiler = is_boilerplate(text[u.raw_start : u.lines[-1].end])
    for u in reversed(units):
        if not (u.boiler or is_boilerplate(text[u.raw_start : u.lines[-1].end], after_story=True)):
            break
        u.boiler = True
    _mark_headed_footer(units)
    # 2. page lines: dates and credits anywhere; bylines only before the story begins
    credits: list[str] = []
    captions: list[str] = []  # caption lines that end in their credit ("Protesters. Image: X")
    published: str | None = None
    for u in units:
        if u.boiler:
            continue
        for ln in u.lines:
            iso = parse_date_line(ln.text)
            if iso:
                ln.kind = "date"
                published = published or iso
                continue
            who = parse_credit_line(ln.text)
            if who:
                ln.kind = "credit"
                if who not in credits:
                    credits.append(who)
                if parse_credit_line(ln.text, bare=True) is None and ln.text.strip() not in captions:
                    captions.append(ln.text.strip())
    first_prose = next((i for i, u in enumerate(units) if not u.boiler and _is_prose(u)), len(units))
    authors: list[str] = []
    for u in units[:first_prose]:
        for ln in u.lines:
            names = _parse_byline(ln.text) if ln.kind == "story" and not u.boiler else None
            if names:
                ln.kind = "byline"
                authors.extend(n for n in names if n not in authors)
    # 3. the title
    title_line = _printed_title(units, first_prose, title) if title else _choose_title(units, first_prose)
    if title_line is not None:
        title_line.kind = "title"
    # 4. body: story lines after the title, one span per paragraph (or per run between page lines)
    body = _body_spans(text, units, title_line)
    boilerplate = [_boilerplate_span(text, u) for u in units if u.boiler]
    own = [b.text for b in boilerplate] + [
        ln.text for u in units for ln in u.lines if ln.kind not in ("story", "title")
    ]
    return Article(
        text=text,
        title=title.strip() if title else title_line.text if title_line else None,
        published=published,
        outlet=find_outlet(own),
        authors=authors,
        language=detect_language(text, declared="en"),
        url=url,
        image_credits=credits,
        captions=captions,
        body=body,
        boilerplate=boilerplate,
    )
