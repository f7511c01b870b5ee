"""How a chosen content opens: the words before what was said that belong to the reporting, and the words
before a content that are part of it (``content_edges`` moves its other edges):

- ``past_leading_time``: a content after its cue does not open with the time it was said ("said at a press
  conference *yesterday morning* the gun laws should be changed");
- ``with_leading_condition``: a content before its cue takes the "if" clause that opens its sentence ("*If the rats
  were exposed,* their harm aversion was heightened, the study revealed");
- ``past_aside_before_that``: a content after its cue does not open with an aside before its "that" ("said,
  *citing sales data,* that revenue rose");
- ``after_dateline``: a content that opens its paragraph does not take the dateline ("*VIENNA —* The house
  where Adolf Hitler was born will be turned into a police station, Austria's interior minister said");
- ``after_other_script``: a content does not open with words in another script that the sentence took in
  ("유언 같은 말을 남기고 ... 꺼져 있다  *Park's phone was last active* ..., The Korea Herald reported": the
  original of an earlier quotation, which Wikinews sets before the next sentence);
- ``after_connective``: a content that opens its sentence and comes before its cue does not take the word
  that ties the sentence to the one before ("*But* the goal is not revenue, he said", "*However,* slower
  growth ... is being offset, the report said"; ``leading_connectives.txt``).
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.content import Parts, opens_sentence
from onrecord.attribution.content_edges import DATES, SUBJECT_DEPS
from onrecord.attribution.cues import CONDITIONS, FINITE_TAGS, discourse_marker, quote_flags
from onrecord.attribution.token_spans import trim_tokens

_SUBJECT_STARTS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM"})  # not "said previously | unknown species"
_WHEN = frozenset({"on", "in", "at", "during"})  # "said *on Monday* they believe"; not "*until* Monday the park"


def past_leading_time(cue_tok: Token, parts: Parts) -> Parts:
    """A content after its cue that opens, right after the cue's setting, with a time the parse hung on the
    content's verb, before that verb's subject ("said at a press conference *yesterday morning* | the gun laws
    should be changed"), or right after the cue with an adverb of time (``time_adverbs.txt``: "also said
    *earlier* | he might rename the monument"), a date's name ("officials said *Monday* | the victim was") or a
    date after a preposition ("Police said *on Monday* | they believe"): the time is when it was said."""
    if not parts or parts[0][0] <= cue_tok.i:
        return parts
    doc, (s, e) = cue_tok.doc, parts[0]
    if quote_flags(doc)[s]:  # not '"Today, I signed into law ..."'
        return parts
    time = next((t for t in doc[s:e] if t.dep_ == "npadvmod" and t.left_edge.i == s and t.ent_type_ in DATES
                 and s <= t.head.i < e), None)
    after_setting = any(c.dep_ == "prep" and c.right_edge.i == s - 1 for c in cue_tok.children) or (
        time is not None and s == cue_tok.i + 1 and all(t.pos_ == "PROPN" or t.like_num or t.is_punct
                                                        for t in doc[s:time.right_edge.i + 1]))  # "said *Monday* |"
    verb = doc[s].head  # the content's verb, its subject right after the time
    if time is None and s == cue_tok.i + 1 and s < verb.i < e and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in SUBJECT_DEPS and c.left_edge.i == doc[s].right_edge.i + 1 for c in verb.children) \
            and doc[doc[s].right_edge.i + 1].pos_ in _SUBJECT_STARTS and (
            doc[s].dep_ == "advmod" and doc[s].lower_ in wordlists.word_set("time_adverbs.txt")
            or doc[s].dep_ == "prep" and doc[s].lower_ in _WHEN
            and any(c.dep_ == "pobj" and c.ent_type_ in DATES for c in doc[s].children)):
        time, after_setting = doc[s], True  # "said *earlier* he might", "said *on Monday* they believe"
    if time is None or not any(c.dep_ in SUBJECT_DEPS and c.i > time.i for c in time.head.children) \
            or not after_setting:
        return parts  # only: "said every day the children go hungry" is what was said
    return [trim_tokens(doc, time.right_edge.i + 1, e), *parts[1:]]


REASONING = CONDITIONS | {"because", "although", "though", "since", "whereas"}  # not "when asked"


def with_leading_condition(cue_tok: Token, parts: Parts) -> Parts:
    """A content before its cue takes the condition that opens its sentence, which the parse hung on the cue ("*If
    the rats were exposed to the shocks,* their harm aversion was heightened, the study revealed"); a content after a
    cue set in the sentence takes the reason or condition before the cue ("*Because warmer water is more buoyant,*
    says the study, it rises above cooler water"), as a part of its own."""
    if len(parts) != 1:
        return parts
    s, e = parts[0]
    before = e <= cue_tok.i
    if not before and (cue_tok.dep_ != "parataxis" or s <= cue_tok.i):
        return parts
    cond = next((c for c in cue_tok.children if c.dep_ == "advcl" and c.left_edge.i == cue_tok.sent.start
                 and (c.right_edge.i + 2 == s if before else c.right_edge.i < cue_tok.i) and any(
                     m.dep_ == "mark" and m.lower_ in (CONDITIONS if before else REASONING)
                     for m in c.children)), None)
    if cond is None:
        return parts
    return [(cond.left_edge.i, e)] if before else [(cond.left_edge.i, cond.right_edge.i + 1), (s, e)]


_OPEN_CLAUSE = frozenset({"and", "but", "or", "yet", "nor", "not"})  # a quotation that goes on a clause


def with_wrapped_lead(cue_tok: Token, source: tuple[int, int] | None, parts: Parts) -> Parts:
    """A quotation after a source and cue set off by commas that cannot stand without the words that open the
    sentence takes them as its first part: a condition or reason they state ("*If Clinton is elected*, he said,
    "she might be ..."", REASONING), the subject its first verb lacks ("*No name change*, he said, ''hides what it
    really is''"), or the clause it goes on or completes ("*The streets were deserted*, he added, ''but people need
    to connect''", "*It was*, the president said, ''a stone where ...''"). Not the reporter's framing before a
    quotation that could stand alone ("Asked about the plan, he said, "it is dead"", "On Monday, she said, "nothing
    has changed"", "Of the scrutiny, he said, "it's unfair""), nor a setting ("In an interview with Rolling Stone, he
    said, "he gets sounds ..."")."""
    if source is None or not parts or parts[0][0] <= cue_tok.i:
        return parts
    doc, flags = cue_tok.doc, quote_flags(cue_tok.doc)
    first = parts[0][0]
    word = next((t for t in doc[first:parts[0][1]] if t.is_alpha), None)
    if not (flags[first] or doc[first].is_quote) or word is None or not word.text[0].islower():
        return parts
    start = min(source[0], cue_tok.i)
    gap = doc[source[1]:cue_tok.i] if source[1] <= cue_tok.i else doc[cue_tok.i + 1:source[0]]
    if not all(t.pos_ in ("ADV", "AUX") for t in gap):
        return parts  # "Minutes later, she *sent an email* saying, "done."": the cue is not set off with its source
    between = doc[max(source[1], cue_tok.i + 1):first]
    if start < 2 or doc[start - 1].text != "," or not all(t.is_punct for t in between) \
            or not any(t.text == "," for t in between) or start <= cue_tok.sent.start:
        return parts
    lead = trim_tokens(doc, cue_tok.sent.start, start - 1)
    if lead[0] >= lead[1] or not opens_sentence(doc, lead[0]) or any(
            t.is_quote or flags[t.i] or t.text == "," for t in doc[lead[0]:lead[1]]):  # not the last of a sentence's
        # clauses ("Obama's remarks were directed at critics, including, he said, "politicians who ...")
        return parts
    opener = doc[lead[0]]
    if opener.dep_ == "prep" and opener.lower_ in wordlists.word_set("setting_prepositions.txt") and any(
            c.dep_ == "pobj" for c in opener.children):
        return parts
    heads = [t for t in doc[lead[0]:lead[1]] if t.head.i == t.i or not lead[0] <= t.head.i < lead[1]]
    clause = [h for h in heads if any(c.dep_ in SUBJECT_DEPS for c in h.children)]
    stated = any(c.dep_ == "mark" and c.lower_ in REASONING for h in clause for c in h.children)
    subject_of = word.tag_ in FINITE_TAGS and word.i <= first + 1 and not any(h.pos_ in ("VERB", "AUX") for h in heads)
    goes_on = (word.lower_ in _OPEN_CLAUSE or doc[lead[1] - 1] in clause and doc[lead[1] - 1].tag_ in FINITE_TAGS) \
        and any(h.pos_ in ("VERB", "AUX") for h in clause) \
        and not any(c.dep_ == "mark" for h in clause for c in h.children)  # "*It was*, he said, ''a stone where ...''"
    return [lead, *parts] if stated or subject_of or goes_on else parts


def past_aside_before_that(cue_tok: Token, parts: Parts) -> Parts:
    """A content after its cue that holds, before the "that" of the cue's clause, an aside set off by a comma
    the parse hung on that clause ("said, *citing sales data,* that revenue rose"): the content is the clause."""
    if not parts or parts[0][0] <= cue_tok.i:
        return parts
    doc, (s, e) = cue_tok.doc, parts[0]
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and s < c.i < e), None)
    mark = None if clause is None else next((t for t in doc[s + 1:clause.i] if t.lower_ == "that"), None)
    if mark is None or doc[mark.i - 1].text != "," or quote_flags(doc)[s]:  # "that" as a mark, or the parse's
        return parts  # determiner: ", *that* revenue rose"
    heads = [t for t in doc[s:mark.i] if not s <= t.head.i < mark.i and not t.is_punct]
    if not all(t.dep_ in ("prep", "npadvmod") or t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and not any(
            c.dep_ == "mark" for c in t.children) for t in heads):
        return parts  # "said, *if the weather holds,* that the road would open": the condition is said
    return [(mark.i, e), *parts[1:]]


def after_dateline(doc: Doc, parts: Parts) -> Parts:
    """The parts with a dateline at the start of a paragraph left out: words in capitals, places and an agency
    in brackets, then a dash ("VIENNA —", "WASHINGTON (Reuters) -", "HONOLULU, Hawaii (HawaiiNewsNow) -", "New York,
    NY –"). Content and source alike."""
    out = []
    for s, e in parts:
        at_line = s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space
        dash = next((t.i for t in doc[s:min(e - 1, s + 9)] if t.text in ("—", "–", "-")), None)
        head = doc[s:dash] if dash is not None else []
        if at_line and dash is not None and dash > s and doc[dash + 1].text[:1].isupper() \
                and any(t.is_upper and len(t) >= 2 for t in head) and all(_dateline_word(t) for t in head):
            s = dash + 1  # not "NATO - the alliance - is strong", "CNN anchor Jake Tapper — Biden's critic —"
        out.append((s, e))
    return out


def source_after_dateline(doc: Doc, source: tuple[int, int]) -> tuple[int, int]:
    """A source without the dateline the parse took for its head ("*RANGOON, Burma -* Aung San Suu Kyi's political
    allies on Monday predicted"), and then without the date the subject's words ran on into ("on Monday")."""
    start, end = after_dateline(doc, [source])[0]
    if start > source[0] and end - start > 2 and doc[end - 1].ent_type_ in DATES \
            and doc[end - 2].lower_ in ("on", "at", "during"):
        end -= 2
    return start, end


def _dateline_word(tok: Token) -> bool:
    """A word a dateline may hold: in capitals, a place, punctuation, a name after the city's comma ("RANGOON, *Burma*",
    whatever the tagger made of it), or inside brackets (the agency)."""
    brackets = tok.doc[max(0, tok.i - 4):tok.i]
    city = tok.i >= 2 and tok.tag_ == "NNP" and tok.nbor(-1).text == "," and tok.nbor(-2).is_upper
    return tok.is_upper or tok.is_punct or tok.ent_type_ in ("GPE", "LOC") or city or (
        any(t.text == "(" for t in brackets) and not any(t.text == ")" for t in brackets))


def after_other_script(doc: Doc, parts: Parts) -> Parts:
    """The parts without a run of words in another script that opens them (three words or more with letters, none
    of them Latin, then Latin words), with the label before it ("((ko))Korean language:")."""
    out = []
    for s, e in parts:
        k = s
        if (colon := next((t.i for t in doc[s:min(e, s + 8)] if t.text == ":"), None)) is not None \
                and doc[s:colon].text.lower().endswith("language"):
            k = colon + 1
        foreign = 0
        while k < e and not _latin(doc[k].text):
            foreign += any(ch.isalpha() for ch in doc[k].text)
            k += 1
        out.append((k, e) if foreign >= 3 and k < e - 2 else (s, e))
    return out


def _latin(word: str) -> bool:
    return any(ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in word)


def after_connective(cue_tok: Token, parts: Parts) -> Parts:
    """``after_connective``: the first part without the connective that opens it; no first part that is only a set
    phrase ("(*That said*, she also noted, "...")", ``cues.discourse_marker``)."""
    if not parts or parts[0][1] > cue_tok.i:
        return parts
    doc, (start, end) = cue_tok.doc, parts[0]
    if len(parts) > 1 and all(discourse_marker(t) or t.is_punct for t in doc[start:end]):
        return parts[1:]
    if not opens_sentence(doc, start):
        return parts
    words = wordlists.word_set("leading_connectives.txt")
    for n in (2, 1):
        if start + n < end and " ".join(t.lower_ for t in doc[start:start + n]) in words:
            rest = start + n + (doc[start + n].text == ",")
            if rest == start + n and doc[rest].pos_ in ("ADJ", "ADV"):
                continue  # "However laudable the goal": how much, not a tie to the sentence before
            if rest < end and not doc[rest].is_quote and not doc[rest].is_punct:
                return [(rest, end), *parts[1:]]
    return parts
