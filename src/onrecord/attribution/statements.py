"""From cues to statements: the ``onrecord_statements`` component.

Reads the parse, ``doc._.quotes`` and ``doc._.cues``; writes ``doc._.statements`` (records.Statement,
character offsets into ``doc.text``, speaker not yet resolved). For each cue:

content   where it is: content.py (rules' order), content_choice.py (candidates, learned choice);
source    the phrase that names who speaks (source_phrases.py);
cue       grown from its head over its children up to source and content (boundaries.py);
addressee "told *OC Media*", "said *to reporters*";
kind      direct (all quoted), mixed (partly quoted), indirect;
signals   where the statement came from ("origin": a cue, a speaker line, a sign-off, a floating
          quote) and the cue classifier's score, for the confidence (confidence.py), which replaces
          the provisional ``confidence`` set here.

A cue with no content is no statement, nor is a passive with no agent ("crimes have been
documented": the reporter's voice). Quoted paragraphs with no cue of their own continue the previous
statement (floating quotes). Statements inside boilerplate (``doc.user_data["onrecord.exclude"]``)
are dropped.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution import content_conjuncts as conjuncts
from onrecord.attribution import content_leads as leads
from onrecord.attribution.antecedents import relative_subject
from onrecord.attribution.attitudes import attitude
from onrecord.attribution.block_quotes import (
    BLOCKS_KEY,
    credited_blocks,
    in_translation,
    introduced_block,
    translated_blocks,
    translation_pairs,
)
from onrecord.attribution.content import ADDRESSEE_VERBS, adjacent_quotes, prep_object
from onrecord.attribution.content_choice import choose
from onrecord.attribution.content_edges import (
    after_semicolon,
    before_dash,
    before_main_clause,
    before_noun_clause,
    before_other_claim,
    before_semicolon,
    before_setting,
    before_source,
    over_false_split,
    past_closed_aside,
    past_cue_words,
    past_setting,
    without_aside,
    without_credit,
    without_dangling_word,
    without_framing,
    without_relative_word,
    without_summing_noun,
)
from onrecord.attribution.content_ends import (
    RELAY_LEMMAS,
    content_kind,
    issuing_verb,
    over_going_on_reason,
    over_subjectless_verb,
    past_act_words,
    whole_quotations,
    without_relay,
)
from onrecord.attribution.content_parties import (
    past_one_asked,
    past_one_told,
    quotation_after_addressee,
    that_clause_past_addressee,
    with_described_head,
    with_one_urged,
    with_own_subject,
    with_passive_complement,
    with_relative_head,
)
from onrecord.attribution.cue_extent import cue_span
from onrecord.attribution.cues import (
    Cue,
    brings_in_own_words,
    cue_lexicon,
    expected_to,
    quoted_as_saying,
    said_after_quotation,
    said_by_way,
    saying_by_verb,
    says_what,
    shown_by,
)
from onrecord.attribution.extensions import ensure_extensions
from onrecord.attribution.interviews import INTERVIEW_KEY, ORIGINAL, Layout, layout
from onrecord.attribution.introduced import introduced_blocks, introduced_quotes, verb_beside_quotes
from onrecord.attribution.layout_lines import SENTENCE_END, line_statements
from onrecord.attribution.overlaps import once, without_antecedent_content, without_showing
from onrecord.attribution.perceptron import BinaryPerceptron
from onrecord.attribution.poll_findings import poll_findings
from onrecord.attribution.quotes import Quote, opening_mark
from onrecord.attribution.source_phrases import (
    find_source,
    inverted,
    named_after_quotation,
    recalled_speaker,
    source_range,
)
from onrecord.attribution.token_spans import quote_token_spans, subtree_bounds, through_bracket, trim_tokens
from onrecord.attribution.unsaid import (
    about_main_clause,
    accused_act,
    asked_by_the_writer,
    authorship,
    in_heading,
    in_own_subordinate,
    names_only,
    only_a_date,
    only_a_document,
    only_a_pronoun,
    only_a_saying,
    only_an_addressee,
    passive_participle,
    unsaid_object,
)
from onrecord.records import Span as TextSpan
from onrecord.records import Statement


def _char_span(doc: Doc, start: int, end: int) -> TextSpan | None:
    start, end = trim_tokens(doc, start, end)
    if start >= end:
        return None
    end = through_bracket(doc, start, end)
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return TextSpan(s, e, doc[start:end].text)  # never doc.text: it joins the whole document


_TO_A_TOPIC = frozenset({"point", "refer", "allude", "object", "agree", "react"})  # "pointed to the data"


def find_addressee(cue_tok: Token, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Whom it was said to: "told *OC Media*", "said *to reporters*", "wrote *to the board*"."""
    def outside(tok: Token) -> bool:
        return not any(s <= tok.i < e for s, e in parts)

    def before_content(bounds: tuple[int, int]) -> tuple[int, int]:  # "reported to *the police* | he "left
        end = min([s for s, _ in parts if bounds[0] < s < bounds[1]], default=bounds[1])  # home ..."": the
        return trim_tokens(cue_tok.doc, bounds[0], end)  # parse hung the content on the one told

    if cue_tok.lower_ == "according":
        return None
    for c in cue_tok.children:
        if c.dep_ == "dobj" and cue_tok.lemma_.lower() in ADDRESSEE_VERBS and outside(c):
            return before_content(subtree_bounds(c))
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i > cue_tok.i and outside(c) \
                and cue_tok.lemma_.lower() not in _TO_A_TOPIC:
            if (obj := prep_object(c)) is not None:
                return before_content(subtree_bounds(obj))
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") and outside(c):
            return before_content(subtree_bounds(c))
    return None


def cue_limits(tok: Token, parts: list[tuple[int, int]], source: tuple[int, int] | None) -> tuple[int, int]:
    """How far a cue may grow: not over its source, not into its content."""
    left, right = -1, len(tok.doc)
    for s, e in parts + ([source] if source else []):
        if e <= tok.i:
            left = max(left, e - 1)
        elif s > tok.i:
            right = min(right, s)
    return left, right


def _ends_with_colon(sent) -> bool:
    """Whether a sentence ends with a colon ("Zeinobia wrote:"), not one before it in its paragraph."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _sourceless(tok: Token) -> bool:
    """Whether a cue names no one who gives it: a passive with no agent, whose subject is what was said
    ("a curfew was announced"), or an impression ("seems", ``sourceless_cues.txt``) that no speech verb
    hangs on ("appeared to suggest")."""
    if any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "nsubjpass" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children):
        return True
    return tok.lemma_.lower() in wordlists.word_set("sourceless_cues.txt") and not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in cue_lexicon() for c in tok.children)


IMPRESSIONS = frozenset({"seem", "appear"})


def _with_impression_subject(tok: Token, src_range: tuple[int, int] | None, parts: list[tuple[int, int]]
                             ) -> list[tuple[int, int]]:
    """What an impression is of goes with what it is: "*The two both* seemed *to be well-known in town*" has
    the subject as the first part of its content, as PolNeAR annotates "seem" and "appear" (not "look",
    whose subject is mostly one who looks to do something, nor the "it" of "it seems likely")."""
    if src_range is None or tok.lemma_.lower() not in IMPRESSIONS or not _sourceless(tok) or not parts \
            or src_range[1] > tok.i or parts[0][0] <= tok.i:
        return parts
    if src_range[1] - src_range[0] == 1 and tok.doc[src_range[0]].lower_ in ("it", "there"):
        return parts
    return [src_range] + parts


def find_statements(doc: Doc, models: dict[str, BinaryPerceptron] | None = None) -> list[Statement]:
    models = models or {}
    extent_model = models.get("cue_extent")
    cues: list[Cue] = doc._.cues or []
    quotes = quote_token_spans(doc)
    char_quotes = [(q.start, q.end) for q in doc._.quotes or []]
    statements = []
    cue_heads = {c.head for c in cues}
    issued = {tok.i: verb for c in cues if (verb := issuing_verb(tok := doc[c.head]) or saying_by_verb(tok)) is not None
              and verb.i in cue_heads}  # "released a statement Wednesday | saying", "began by saying": one statement
    issuing = {verb.i for verb in issued.values()}
    blocks = doc.user_data.get(BLOCKS_KEY) or []
    text = doc.text  # joined once: each doc.text joins every token
    cue_starts = [doc[c.start].idx for c in cues]
    for cue in cues:
        tok = doc[cue.head]
        if tok.i in issuing:
            continue  # the participle's statement holds it
        chosen = with_one_urged(tok, past_closed_aside(tok, choose(tok, cue, quotes, models.get("content"))))
        if (shower := shown_by(tok)) is not None:  # "shows Trump telling the crowd, *"..."*, before he left": the
            chosen = sorted(q for q in quotes if q[0] > tok.i)[:1] or chosen  # quotation (shown_by: right after)
        # "called on *police to ...*"; "converting Hagia Sophia, formerly a ... church*, to a mosque*"
        chosen = conjuncts.with_object_conjunct(tok, before_noun_clause(tok, chosen))
        chosen = conjuncts.with_clause_conjunct(tok, conjuncts.with_infinitive_conjunct(tok, chosen))
        reach, chosen = past_cue_words(tok, without_relative_word(doc, chosen))  # "went on *to say* | that ...",
        # "called *for* | ...", "what they describe *as* | ...": the cue's
        chosen = over_going_on_reason(tok, reach, chosen)
        if reach is None:  # "went on *to criticize* |", "unleashed withering *attacks against* |", "issued *a
            reach, chosen = past_act_words(tok, chosen)  # statement saying* | ..."
        parts = before_main_clause(tok, leads.past_leading_time(tok, past_setting(tok, cue, chosen, quotes)))
        parts = leads.with_leading_condition(tok, leads.past_aside_before_that(tok, parts))  # "*If the rats were
        # exposed,* their aversion rose, the study revealed"
        # not said, whatever PolNeAR counts (kept for its scope, off the record): "When asked to clarify ...,
        # he said no" (the one asked), "also called Easter Island" (a name), "testified in his own defense"
        # (a setting, no content), "first announced October 6" (a date), "claimed 3000 lives" (no speech),
        # "wrote to the US Embassy" (whom to, not what)
        unsaid = (passive_participle(tok) or names_only(tok) or authorship(tok) or unsaid_object(tok) or not parts
                  or asked_by_the_writer(tok) or in_heading(tok) or accused_act(tok)
                  or only_a_date(doc, parts) or only_a_saying(doc, parts) or only_an_addressee(tok, parts)
                  or only_a_document(tok, parts) or only_a_pronoun(tok, parts)
                  or about_main_clause(tok, parts)
                  or in_own_subordinate(tok, parts))
        parts = parts or chosen
        src_range = leads.source_after_dateline(doc, found) if (found := source_range(tok)) else None
        if (turned := inverted(tok)) is not None:  # "..., argued the government's lawyer, Richard Keen."
            src_range, parts = turned[0], [turned[1]]
        elif src_range is None and (turned := named_after_quotation(tok, quotes)) is not None:
            src_range, parts = turned[0], [turned[1]]  # '"...," Tulsa police Chief Chuck Jordan said'
            parts += [q for q in adjacent_quotes(tok, cue, quotes) if q[0] > tok.i]  # 'said. "..."': goes on
        parts = past_one_told(tok, past_one_asked(tok, before_setting(tok, parts)))
        parts = with_own_subject(tok, that_clause_past_addressee(tok, parts))
        parts = with_described_head(tok, with_relative_head(tok, with_passive_complement(tok, parts)))
        parts = without_summing_noun(tok, before_dash(tok, without_aside(tok, parts)))
        parts = without_credit(tok, without_framing(tok, parts))
        parts = conjuncts.after_quotation_closes(tok, conjuncts.before_absolute_clause(tok, parts))
        parts = over_subjectless_verb(tok, conjuncts.before_own_conjunct(tok, parts))
        parts = before_other_claim(tok, parts, cue_heads)
        parts = after_semicolon(tok, before_semicolon(tok, parts, cue_heads), cue_heads)  # "indicated they would
        # appeal; *Quirin wept* ..."; "*Kurdi ... died;* they had, his father says, paid"
        parts = whole_quotations(tok, without_relay(tok, before_source(doc, parts, src_range), cue_heads), quotes)
        told = quotation_after_addressee(tok, parts, quotes)  # 'told radio host X "..."'
        addressed, parts = (parts[0] if told is not parts else None), over_false_split(doc, told, cue_heads)
        parts = leads.with_wrapped_lead(tok, src_range, parts)
        parts = leads.after_other_script(doc, leads.after_dateline(doc, parts))  # "VIENNA — The house ... will be
        # turned into a police station"; "((ko))Korean language: 유언 ... *Park's phone was* ..."
        parts = without_relative_word(doc, leads.after_connective(tok, parts))  # "*But* the goal is not revenue"
        block = introduced_block(text, tok.idx, cue_starts, blocks) if blocks and src_range and _ends_with_colon(
            tok.sent) and brings_in_own_words(tok) else None  # not "added a comic by Sherif Arafa:"
        if block is not None:  # "Zeinobia wrote:" and a block quote: the block is what was said
            parts = [(span.start, span.end) for a, b in block
                     if (span := doc.char_span(a, b, alignment_mode="expand")) is not None]
            unsaid = False
        if tok.lower_ == "according" and src_range:  # "According to the first selectman, Chris Kervick, there
            # were ...": the content starts after the name the parse hung on it
            parts = [trim_tokens(doc, src_range[1], e) if src_range[0] <= s < src_range[1] < e else (s, e)
                     for s, e in parts]
        if src_range and any(s < src_range[1] and src_range[0] < e for s, e in parts):
            continue  # a content over its own source is a misparse, not what was said
        if tok.lower_ != "according" and any(s <= h < e <= tok.i and said_after_quotation(doc[h]) and any(
                c.dep_ == "conj" and c.i < e for c in doc[h].children) for h in cue_heads - {tok.i} for s, e in parts):
            continue  # '"You winning?" *she said*, but Kevin was ..., Melanie said yes': another quotation's
            # attribution and what follows it, which the parse hung on the cue (not '"...," Sanders said, according
            # to CNN', a relay PolNeAR counts)
        parts = [without_dangling_word(tok, s, e) for s, e in parts]  # "... to cooperate *but rather*"
        parts = _with_impression_subject(tok, src_range, parts)
        if (held := attitude(tok)) is not None:
            parts = [held[1]]  # "have been *critical of* | Clinton's use ..."
        content = [c for c in (_char_span(doc, s, e) for s, e in parts) if c is not None]
        if not content or _asks_for_anonymity(content):
            continue
        source = _char_span(doc, *src_range) if src_range and not _sourceless(tok) else None  # "it seems"
        if src_range is None and any(c.dep_ == "auxpass" for c in tok.children) and not expected_to(tok):
            continue  # "crimes have been documented": a passive with no agent is the reporter's voice
        if extent_model is not None and tok.lower_ != "according":
            cue_start, cue_end = cue_span(tok, *cue_limits(tok, chosen or parts, src_range), extent_model)
        else:
            cue_start, cue_end = cue.start, cue.end
        if reach is not None:
            cue_end = max(cue_end, reach.i + 1)
        if held is not None:
            cue_end = max(cue_end, held[0])
        told = find_addressee(issued[tok.i], parts) if tok.i in issued and said_by_way(tok) else None
        if tok.i in issued and told is None:  # "*released a statement Wednesday saying* | Trump's comments ...",
            cue_start = min(cue_start, issued[tok.i].i)  # "*began by saying* | ..."; but "responded to a Gold Star
            # mother by *saying* | ...": the one told is no part of the cue
        if (recalled := recalled_speaker(tok)) is not None and content_kind(content, char_quotes) == "direct":
            obj, saying = recalled  # "'...,' Mr. Mitchell recalled *the president telling* him": the president's
            source = _char_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
            cue_start, cue_end = saying.i, saying.i + 1
        addressee = find_addressee(tok, parts) or addressed or told
        if addressee and tok.i < addressee[0] < cue_end:  # "told | reporters": the one told is not the cue
            cue_end = addressee[0]
        relayed = _relayed(tok, cue_heads)
        statements.append(Statement(
            kind="direct" if block is not None else content_kind(content, char_quotes),
            cue=_char_span(doc, cue_start, cue_end),
            source=source,
            content=content,
            addressee=_char_span(doc, *addressee) if addressee else None,
            confidence=round(1 / (1 + math.exp(-cue.score / 12)), 3),
            signals={"origin": "cue", "cue_score": cue.score} | ({"relays": doc[relayed].idx} if relayed else {})
            | ({"unsaid": True} if unsaid else {}) | ({"block": True} if block is not None else {})
            | ({"shown": shower.idx} if shower is not None else {}),
        ))
    statements = without_showing(once(without_antecedent_content(statements)))
    interview = layout(text)
    doc.user_data[INTERVIEW_KEY] = interview.to_data() if interview else None  # the speaker resolver reads it
    if interview is not None:  # an interviewer's question is no statement
        statements = [s for s in statements if not interview.in_question(s.start)]
    statements.extend(line_statements(doc, text, statements, char_quotes))
    statements.extend(introduced_quotes(doc, text, statements))  # "Collins saw compromise as ...: "...""
    statements.extend(introduced_blocks(doc, text, statements))  # "Jzyg found out that ... are banned:" and a block
    statements.extend(verb_beside_quotes(doc, text, statements))  # '"..." tweeted Mayor of London Sadiq Khan'
    statements.extend(floating_quotes(doc, text, statements))
    statements.extend(credited_blocks(text, blocks, statements))  # "[Engadget]"
    statements.extend(poll_findings(doc, statements))  # "In a CNN poll released Monday, 31% of Republicans ..."
    pairs = translation_pairs(text, sorted(blocks))  # a blogger's words and their translation
    statements.extend(translated_blocks(text, pairs, statements))
    statements = [st for st in statements if not in_translation(pairs, st)]  # "my friend A told me ..." in them
    if interview is not None:  # an answer is one statement a paragraph, whatever its verbs say
        statements = [s for s in statements
                      if interview.answer_label(s.start) is None and not interview.in_question(s.start)]
        statements.extend(answer_statements(text, interview))
    exclude = [*(doc.user_data.get("onrecord.exclude") or []), *_lines_in_capitals(text)]
    if exclude:
        statements = [_before_excluded(text, s, exclude) for s in statements
                      if not any(a <= s.start < b for a, b in exclude)]
    statements.sort(key=lambda s: s.start)
    return statements


_CAPITALS_LINE = re.compile(r"(?m)^[ \t]*(?=[^\n]*[A-Z][^\n]*[A-Z])[^a-z\n]+$")
_SENTENCE_ENDS = re.compile(r"(?:[.!?]|[.!?,][\"”’'])\s*$")


def _lines_in_capitals(text: str) -> list[tuple[int, int]]:
    """The lines in capitals of three words or more that end with no mark of a sentence, but for one that opens
    the text (the title): a page's links to its other stories and its headings ("LAUREN ALAINA SAYS 'DWTS'
    HAS HELPED HER LOSE 25 POUNDS"), not the story's words; a bulletin in capitals ends its sentences."""
    return [m.span() for m in _CAPITALS_LINE.finditer(text) if m.start() > 0 and len(m.group().split()) >= 3
            and not _SENTENCE_ENDS.search(m.group())]


def _before_excluded(text: str, st: Statement, exclude: list[tuple[int, int]]) -> Statement:
    """The statement with each content part cut where page furniture inside it starts (a quotation that
    runs on over a "SEE MORE: ..." line): the words before it are the speaker's, the line is the page's."""
    parts = []
    for c in st.content:
        end = min([a for a, _ in exclude if c.start < a < c.end] or [c.end])
        while end > c.start and text[end - 1].isspace():
            end -= 1
        parts.append(TextSpan(c.start, end, text[c.start:end]) if end < c.end else c)
    return st if parts == st.content else replace(st, content=parts)


def _relayed(tok: Token, cue_heads: set[int]) -> int | None:
    """The cue a relaying cue passes on: "CNN Philippines *reported* the governor *said*", "*According
    to* Reuters, Vázquez has *expressed* she is uninterested": the words are the inner speaker's, the
    outlet only relays them (``overlaps.without_relays``)."""
    if tok.lemma_.lower() not in RELAY_LEMMAS:
        return None
    if tok.lower_ == "according":  # the clause it hangs on reports speech with a clause of its own
        gov = tok.head
        while gov.dep_ in ("prep", "pobj") and gov.head.i != gov.i:
            gov = gov.head
        # "expressed she is ... but would do so, according to Reuters": the clause the cue reports
        while gov.dep_ in ("conj", "ccomp") and gov.i not in cue_heads:
            gov = gov.head
        between = tok.doc[min(tok.i, gov.i):max(tok.i, gov.i)]
        inner = [gov] if says_what(gov) and not any(t.text == ";" for t in between) \
            and relative_subject(gov) is None else []  # not over a semicolon:
        # "According to X, A died; authorities referred to him as ..."; nor "according to police, *who said*"
    else:  # "reported the governor said": the inner cue's words are around the relay
        inner = [c for c in tok.children if c.dep_ == "ccomp" and (
            any(g.dep_ == "ccomp" for g in c.children) or not any(g.dep_ in ("dobj", "prep") for g in c.children))]
        inner += [g for g in tok.doc[tok.i + 1:tok.sent.end] if (one := quoted_as_saying(g)) is not None
                  and one.head.i == tok.i]  # "quoted Tim Manning ... as saying"
    return next((t.i for t in inner if t.i in cue_heads and t.i != tok.i and find_source(t) is not None), None)


@cache
def _anonymity_phrases() -> tuple[str, ...]:
    return tuple(wordlists.entries("anonymity_phrases.txt"))


def _asks_for_anonymity(content: list[TextSpan]) -> bool:
    """"who asked not to be named": how a source is described, not something it said."""
    said = " ".join(c.text for c in content).lower().strip(" \t\n.,;:")
    return said.startswith(_anonymity_phrases())


ANSWER_CONFIDENCE = 0.8  # an answer paragraph's words are the interviewee's as printed


def answer_statements(text: str, interview: Layout) -> list[Statement]:
    """Each answer paragraph of an interview as one direct statement: its words after the label, its
    source the label ("((Thomas Rivinius))" gives "Thomas Rivinius"; none for a paragraph that goes on
    an answer), no cue. An answer of one word ("Yes.", "Jubilation.") says nothing a reader could quote on its
    own and is no row, though the gold sets count it; nor is what an answer reports someone else said (the
    answer's speaker's account of it, as ``without_nested`` has it), which the gold sets count as well."""
    out, lead = [], None
    for (start, end, label), body in zip(interview.answers, interview.bodies):
        if (original := ORIGINAL.search(text, body, end)) is not None:  # the translation, not the original after it
            end = original.start()
        words = text[body:end].strip()
        if lead is not None and body > start:  # a lead-in that no paragraph of its answer goes on: said as it
            out.extend([lead] if _says_more(lead) else [])  # is, unless it says nothing ("It goes further:")
            lead = None
        if not words or (len(words.split()) < 2 and lead is None):
            continue
        at = text.index(words, body)
        part = TextSpan(at, at + len(words), words)
        if lead is not None:  # "Just [to] summarise:", "you only need to run a single command:" and the
            # paragraph it opens: one answer
            lead.content.append(part)
            out.append(lead)
            lead = None
            continue
        source = None
        if body > start:
            label_at = text.find(label, start, body)
            source = TextSpan(label_at, label_at + len(label), label) if label_at >= 0 else None
        st = Statement(kind="direct", cue=None, source=source, content=[part], confidence=ANSWER_CONFIDENCE,
                       signals={"origin": "answer"})
        if words.endswith(":"):
            lead = st  # held for the paragraph after it
        else:
            out.append(st)
    return out + ([lead] if lead is not None and _says_more(lead) else [])


def _says_more(lead: Statement) -> bool:
    """Whether a lead-in ending in a colon says something of its own: more than a few words."""
    return len(lead.content[0].text.split()) > 6


LINE_END = re.compile(r"[\r\n]")


def floating_quotes(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    """A paragraph that is one quotation with no cue of its own continues the last speaker (not a short one with
    no mark of a sentence in it, a heading in quotation marks: '"We write with urgency"'); so does a
    quotation that ends its paragraph right after a statement's sentence ("Swift's rep told Fox News that
    this, too, was not the whole truth. "Big Machine is trying to deflect ...""), as one more part of that source's
    quotation when a participle of theirs comes between ('wrote, "...", recalling their first meeting. "..."')."""
    taken = [(c.start, c.end) for st in statements for c in st.content]
    firsts = sorted(st.start for st in statements)
    ends = {st.content[-1].end: st for st in statements if st.source is not None}
    for st in statements:  # '"...," Sanders said in an interview with CNN's Gloria Borger aired Monday on "New Day."
        if st.kind == "direct" and st.source is not None and st.cue is not None \
                and st.content[-1].end <= st.cue.start and (cue := doc.char_span(
                    st.cue.start, st.cue.end, alignment_mode="expand")) is not None:  # "...": the same words go on
            words = [t for t in cue[0].sent if not t.is_space]
            if len(words) > 1 and words[-1].is_quote and words[-2].whitespace_:  # "... angles. ''": the next one's
                words.pop()
            ends.setdefault(words[-1].idx + len(words[-1].text), st)
    out = []
    for q in doc._.quotes or []:
        para_start = max(text.rfind("\n", 0, q.start), text.rfind("\r", 0, q.start)) + 1
        after = LINE_END.search(text, q.end)
        para_end = after.start() if after else len(text)
        lead = text[para_start:q.start].rstrip()
        at = para_start + len(lead)  # a statement's sentence ends there: its content ends at "." or after its mark
        before = (ends.get(at) or ends.get(at - 1)) if SENTENCE_END.search(lead) else None
        aside = before is None and bool(lead) and _after_aside(doc, text, para_start, at, statements)
        if (lead and before is None and not aside) or text[q.end:para_end].strip(" \t.,;:!?\u00a0"):
            continue
        if not firsts or firsts[0] > q.start or _introduced_by_another(doc, text, para_start, statements):
            continue
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        content = TextSpan(q.inner_start, q.inner_end, text[q.inner_start:q.inner_end])
        words = len(content.text.split())
        if words < 4 or (words <= 6 and not re.search(r"[.!?…,;:]", text[para_start:para_end])):
            continue  # not a short heading in quotation marks, no mark of a sentence: '"We write with urgency"'
        if words <= 8 and _subheading(doc, q):
            continue
        if before is not None and before.kind != "direct" and before.source is not None:  # the same one's participle
            before = next((st for st in statements if st.kind == "direct" and st.source == before.source), before)
        if before is not None and before.kind == "direct":  # the same quotation goes on: one more part
            before.content.append(TextSpan(q.start, q.end, text[q.start:q.end]))
            continue
        out.append(Statement(kind="direct", cue=None, source=None, content=[content], confidence=0.6,
                             signals={"origin": "floating"}))
    return out


def _subheading(doc: Doc, q: Quote) -> bool:
    """Whether a short quotation standing as its own paragraph is a subheading that quotes words of the section
    under it, no one's next words: in a headline's single marks in a story that quotes in double ones ("'A really
    tough decision.'" after '"...," said Carol Bigbee'). A story that quotes in single marks throughout goes on in
    them, a double-marked quotation inside one of its own included ("‘He said, “Mayday,” and then nothing,’")."""
    text, quotes = doc.text, doc._.quotes or []
    return opening_mark(text, q.start) in ("single", "straight_single") and any(
        opening_mark(text, o.start) in ("double", "straight_double", "two_single", "low")
        and not any(p.start < o.start and o.end <= p.end for p in quotes) for o in quotes)


def _after_aside(doc: Doc, text: str, para_start: int, at: int, statements: list[Statement]) -> bool:
    """Whether a direct statement's quotation and then a narrator's aside of one sentence come right before ``at``
    in the quotation's own paragraph (' "So I called one of my best friends," a detail that dovetails eerily well
    with the plot. "So I called her up ..."'): the aside is a comment on the words, not a clause of its own ("A
    man at the back of the room laughed."), names no one, quotes nothing and says no one spoke, so the next
    quotation is the same speaker's."""
    if not SENTENCE_END.search(text[para_start:at]):
        return False
    last = max((st for st in statements if st.source is not None and st.kind == "direct"
                and para_start <= st.content[-1].end <= at), key=lambda st: st.content[-1].end, default=None)
    if last is None or any(last.content[-1].end < st.start < at for st in statements):
        return False
    aside = doc.char_span(last.content[-1].end, at, alignment_mode="expand")
    if aside is None or len(aside) > 25 or any(t.is_quote for t in aside) or len(list(aside.sents)) > 1 \
            or aside.root.pos_ in ("VERB", "AUX"):  # a clause: someone else acts ("A man at the back laughed.")
        return False
    cue_heads = {c.head for c in doc._.cues or []}
    return not any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.tag_ in ("PRP", "PRP$", "NNP", "NNPS")
                   or t.i in cue_heads for t in aside)


def _introduced_by_another(doc: Doc, text: str, para_start: int, statements: list[Statement]) -> bool:
    """Whether the paragraph before a quotation introduces it with a colon and holds no statement, and names no
    person and no pronoun ("Article 2, Section 1 sets the citizenship qualification for president:"): the
    quotation is a text it cites, not the last speaker going on (as after "Her message to residents was
    simple:"); or names a person, with no pronoun that could be the last speaker, who is not that speaker ("The
    bias begins to show when looking at how the website rated this statement by Trump on June 11:" after
    Sanders's words): whoever said it, not the last speaker going on."""
    lead = text[:para_start].rstrip()
    if not lead.endswith(":"):
        return False
    line_start = max(lead.rfind("\n"), lead.rfind("\r")) + 1
    spans = [sp for st in statements for sp in (st.cue, st.source, *st.content) if sp is not None]
    line = doc.char_span(line_start, len(lead), alignment_mode="expand")
    if line is None or any(line_start <= sp.start < len(lead) for sp in spans):
        return False
    if any(t.pos_ == "PRON" for t in line):
        return False
    named = [e for e in line.ents if e.label_ in ("PERSON", "ORG", "NORP")]
    if not named:
        return True
    def words(name: str) -> set[str]:  # "Trump's" names Trump
        return set(name.replace("\u2019s", "").replace("'s", "").split())
    last = max((st for st in statements if st.source is not None and st.source.start < line_start),
               key=lambda st: st.source.start, default=None)
    said_by = set() if last is None else words(last.source.text)
    return not any(words(e.text) & said_by for e in named)


class StatementFinder:
    def __init__(self, models: dict[str, BinaryPerceptron] | None = None) -> None:
        ensure_extensions()
        self.models = models or {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = find_statements(doc, self.models)
        return doc


@Language.factory("onrecord_statements", requires=["doc._.cues", "doc._.quotes"], assigns=["doc._.statements"])
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    from onrecord.attribution.weights import load_attribution_models

    return StatementFinder(load_attribution_models())


__all__ = ["StatementFinder", "find_statements"]
