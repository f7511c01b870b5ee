"""Direct quotes in the languages that have no attribution model (``data/quote_cues.tsv``).

With no parse, only the plainest shape is read: a closed quotation with a speech verb of the
language right next to it and a name right next to the verb, either way round:

- name, verb, quotation: 'Umar bin Al-Khaththab ra berkata, "..."', 'Lula disse: "..."';
- quotation, verb, name: '"...", disse Lula', '«...», — сказал Песков', '„...“, so Müller'.

A title before the name is dropped ("Presiden Ahmadinejad", '"...", disse o ministro Haddad'); a
pronoun, a role with no name ("disse ele", "заявила модель") or reported speech gives nothing: the
record leaves out what it cannot attribute rather than guess. A one-word name is the full name of
another quote's speaker that starts or ends with it ("Umar": "Umar bin Al-Khaththab"). Pure
functions of the text; ``reader`` calls ``read`` for an article in such a language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from onrecord import wordlists
from onrecord.attribution.quotes import Quote, find_quotes
from onrecord.records import QUOTED_LANGUAGES, Person, Speaker, Statement
from onrecord.records import Span as TextSpan

# not calibrated (there is no gold in these languages): the share of right rows in a hand check of the
# benchmark pages in them (docs/benchmarks.md)
QUOTED_CONFIDENCE = 0.7
MIN_WORDS = 2  # a quotation of one word is a term or a title, not a quote
MAX_NAME_WORDS = 5
# how far before a quotation its name and verb are looked for: a bound, so that a long line with many
# quotations costs time in proportion to its length (a search from the line's start was quadratic)
NAME_REACH = 200
NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*", re.U)


@cache
def _lexicon(language: str) -> dict[str, list[str]]:
    """What ``quote_cues.tsv`` lists for the language: cue, title, particle, honorific, not-name, body."""
    out: dict[str, list[str]] = {}
    for row in wordlists.rows("quote_cues.tsv"):
        if row[0] == language:
            out.setdefault(row[1], []).extend(e.strip() for e in row[2].split("|") if e.strip())
    return out


def _alternation(entries: list[str]) -> str:
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


@cache
def _expressions(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    """Made once per language: verb and name after a quotation; name (less its honorifics: the lazy
    ``who`` stops before them) and verb before one; a title before a name."""
    lex = _lexicon(language)
    cue = _alternation(lex["cue"])
    after = re.compile(rf"[ \t]*,?[ \t]*(?:[—–-][ \t]*)?(?P<cue>{cue})(?![\w-])[ \t]+", re.U)
    honorific = _alternation(lex.get("honorific", [])) or r"(?!)"
    before = re.compile(rf"(?P<who>\S[^\n]*?)(?:[ \t]+(?:{honorific}))*[ \t]+(?P<cue>{cue})[ \t]*[,:]?[ \t]*$", re.U)
    title = re.compile(rf"(?:{_alternation(lex['title'])})[ \t]+", re.U) if lex.get("title") else None
    return after, before, title


def read(text: str, language: str | None, excluded: list[tuple[int, int]] = ()) -> list[Statement]:
    """The direct quotes of ``text`` that a speech verb of ``language`` attributes to a name, in text
    order; none in ``excluded`` (boilerplate, a page's headline) and none for a language not in
    ``records.QUOTED_LANGUAGES``."""
    if language not in QUOTED_LANGUAGES:
        return []
    lex = _lexicon(language)
    after, before, title = _expressions(language)
    found = []
    for q in find_quotes(text):
        if not q.closed or len(text[q.inner_start:q.inner_end].split()) < MIN_WORDS \
                or any(a <= q.start < b for a, b in excluded):
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        end = q.start if text[line_start:q.start].strip() else _introduced_by(text, q)  # "X berkata:" a line before
        window = max(text.rfind("\n", 0, end) + 1, end - NAME_REACH) if end is not None else 0
        if end is not None and (m := before.search(text, window, end)) is not None \
                and m.end() == end and (end == q.start or text[:end].rstrip().endswith(":")):
            who = _name_before(text, m.start("who"), m.end("who"), lex)
            cue_span = m.span("cue")
        elif (m := after.match(text, q.end)) is not None:
            who = _name_after(text, m.end(), lex, title)
            cue_span = m.span("cue")
        else:
            continue
        if who is None:
            continue
        found.append((q, cue_span, who))
    return _statements(text, found, lex)


def _introduced_by(text: str, q: Quote) -> int | None:
    """For a quotation opening its line: the end of the line that introduces it with a colon, over lines
    in another script between ('Rasulullah SAW bersabda :' + the saying in Arabic + its translation)."""
    script = _script(text[q.inner_start:q.inner_end])
    end = q.start  # where the quotation's line starts
    for _ in range(4):
        if end == 0:
            return None
        end -= 1  # the line break before it
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and _script(line) == script:
            return end if line.rstrip().endswith(":") else None
        end = start
    return None


def _script(text: str) -> str | None:
    """The script of the first letter ("LATIN", "CYRILLIC", "ARABIC"), None for no letter."""
    first = next((ch for ch in text if ch.isalpha()), None)
    return unicodedata.name(first, "?").split()[0] if first else None


def _name_before(text: str, start: int, end: int, lex: dict[str, list[str]]) -> tuple[int, int] | None:
    """The name that ends at ``end``: the run of capitalised words (and particles between them) just
    before it, without a title in front; None when the word before the verb is not a name."""
    words = list(NAME_WORD.finditer(text, start, end))
    if not words or words[-1].end() != end:
        return None
    particles = set(lex.get("particle", []))
    run: list[re.Match] = []
    for w in reversed(words):
        gap = text[w.end():run[0].start()] if run else ""
        if run and gap.strip():  # punctuation between: another phrase
            break
        if w.group()[0].isupper() or (run and w.group() in particles):
            run.insert(0, w)
        else:
            break
    return _named(text, run, lex)


def _name_after(text: str, start: int, lex: dict[str, list[str]], title: re.Pattern | None) -> tuple[int, int] | None:
    """The name right after the verb, a title allowed before it ('disse o ministro Fernando Haddad')."""
    if title is not None and (t := title.match(text, start)) is not None:
        start = t.end()
    particles = set(lex.get("particle", []))
    run: list[re.Match] = []
    for w in NAME_WORD.finditer(text, start, min(len(text), start + 120)):
        gap = text[run[-1].end():w.start()] if run else text[start:w.start()]
        if gap.strip() or len(run) >= MAX_NAME_WORDS:
            break
        if w.group()[0].isupper() or (run and w.group() in particles):
            run.append(w)
        else:
            break
    return _named(text, run, lex)


def _named(text: str, run: list[re.Match], lex: dict[str, list[str]]) -> tuple[int, int] | None:
    particles, titles = set(lex.get("particle", [])), {t.lower() for t in lex.get("title", [])}
    others = set(lex.get("not-name", []))
    while run and (run[0].group() in particles or run[0].group().lower() in titles or run[0].group() in others):
        run = run[1:]
    while run and run[-1].group() in particles:
        run = run[:-1]
    if not run or len(run) > MAX_NAME_WORDS:
        return None
    return run[0].start(), _word_end(text, run[-1])


def _word_end(text: str, word: re.Match) -> int:
    end = word.end()
    while end > word.start() and text[end - 1] in ".’'-" and not re.search(r"\b\w\.$", text[word.start():end]):
        end -= 1  # "Lula." at a sentence's end, but "S." of an initial
    return end


def _statements(text: str, found: list, lex: dict[str, list[str]]) -> list[Statement]:
    names = [text[a:b] for _, _, (a, b) in found]
    full = [n for n in names if len(n.split()) > 1]
    bodies = set(lex.get("body", []))
    out = []
    for q, (cue_start, cue_end), (a, b) in found:
        written = text[a:b]
        name = written
        if len(written.split()) == 1:
            longer = {n for n in full if n.split()[0] == written or n.split()[-1] == written}
            name = longer.pop() if len(longer) == 1 else written
        kind = "organization" if bodies & set(name.split()) else "person"
        out.append(Statement(
            kind="direct", cue=TextSpan(cue_start, cue_end, text[cue_start:cue_end]),
            source=TextSpan(a, b, written), content=[TextSpan(q.start, q.end, text[q.start:q.end])],
            speaker=Speaker(name=name, kind=kind), confidence=QUOTED_CONFIDENCE,
            signals={"origin": "quoted-speech"}))
    return out


def people(statements: list[Statement]) -> list[Person]:
    """The speakers of ``read``'s statements, each once, in the order they first speak."""
    seen: dict[str, Person] = {}
    for st in statements:
        if st.speaker and st.speaker.name and st.speaker.name not in seen:
            seen[st.speaker.name] = Person(name=st.speaker.name, kind=st.speaker.kind)
        if st.speaker and st.source and st.source.text != st.speaker.name:
            aliases = seen[st.speaker.name].aliases
            if st.source.text not in aliases:
                aliases.append(st.source.text)
    return list(seen.values())
