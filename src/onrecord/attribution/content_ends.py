"""Where a chosen content's last edges are, and its kind (statements.py, after ``content_choice.choose``):
``without_relay`` leaves out a relay's words ("..., CNN Philippines reported the governor said"); ``whole_quotations``
takes a quotation the content opens or closes inside to its marks, but not past its paragraph or into the reporter's
lead-in; ``over_subjectless_verb`` takes a verb the parse cut off from its subject in the content to its end;
``over_going_on_reason`` the reason after what a speaker went on to say; ``past_act_words`` moves the act a speaker
went on to (``past_going_on_act``), an act named by the cue's object (``past_act_noun``) or a message issued and its
participle of saying (``past_issued_participle``) into the cue ("went on *to criticize* | the convention", "made a
strong *condemnation of* | the test", "issued *a statement saying* | ...");
``content_kind`` tells direct, mixed and indirect content apart."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.content import ADDRESSEE_VERBS, SUBJECTS, Parts, prep_object
from onrecord.attribution.content_edges import SUBJECT_DEPS
from onrecord.attribution.cues import going_on_verbs, saying_words
from onrecord.attribution.token_spans import breaks_line, trim_tokens
from onrecord.records import Span as TextSpan

RELAY_LEMMAS = frozenset({"report", "accord", "note", "quote", "cite"})  # cues that pass on what another said
# ("noted X said", "quoted X as saying")


def over_going_on_reason(cue_tok: Token, said: Token | None, parts: Parts) -> Parts:
    """What a speaker went on to say, with the reason right after it that the parse hung on "went", when it quotes
    the speaker's own words ("went on to say he was not giving them the longest sentence *because they had "accepted
    responsibility ...*""); not a reason with no quotation, most often the reporter's ("continued to say crime was
    falling because the police kept giving him the wrong numbers"). ``said`` is the infinitive of saying the cue
    reaches to."""
    if said is None or len(parts) != 1 or cue_tok.lemma_.lower() not in going_on_verbs():
        return parts
    start, end = parts[0]
    doc = cue_tok.doc
    reason = next((c for c in cue_tok.children if c.dep_ == "advcl" and c.i > said.i and c.left_edge.i == end
                   and doc[end].lower_ == "because" and any(t.is_quote for t in c.subtree)), None)
    return parts if reason is None else [trim_tokens(doc, start, reason.right_edge.i + 1)]


def past_act_words(cue_tok: Token, parts: Parts) -> tuple[Token | None, Parts]:
    """The first of ``past_going_on_act``, ``past_act_noun`` and ``past_issued_participle`` that moves words of the
    content into the cue: the cue's last word and the content after it, or (None, parts)."""
    for step in (past_going_on_act, past_act_noun, past_issued_participle):
        reach, after = step(cue_tok, parts)
        if reach is not None:
            return reach, after
    return None, parts


ACT_PREPOSITIONS = frozenset({"for", "on", "about", "against"})  # "push *for*", "focus *on*", "talk *about*"
PARTICLE_ADVERBS = frozenset({"back", "out", "up", "down", "off"})  # "push *back* against": the parse's adverb


def past_going_on_act(cue_tok: Token, parts: Parts) -> tuple[Token | None, Parts]:
    """The act a speaker went on to, continued or proceeded to is the cue's ("went on *to endorse* | Ayotte",
    "has continued *to push for* | a single-payer health care system", "continued *to beat back* | the whisper
    campaign"), with its particle and a preposition right after it; the content is what follows. PolNeAR train's
    annotators never end such a cue at "went on" or "continued" (of 22 and 13 cues read so, 13 and 11 go on to the
    infinitive; the rest are not cues to them). Returns the cue's last word and the content after it, or (None,
    parts) when the content is not the infinitive of such a verb, or nothing would be left of it."""
    if len(parts) != 1 or cue_tok.lemma_.lower() not in going_on_verbs() or (
            cue_tok.lemma_.lower() == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in cue_tok.children)):
        return None, parts
    doc = cue_tok.doc
    start, end = parts[0]
    act = next((c for c in cue_tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and c.left_edge.i == start and doc[start].lower_ == "to"), None)
    if act is None or not all(t.dep_ in ("aux", "advmod") for t in doc[start:act.i]) or act.i >= end:
        return None, parts
    last = act
    for t in doc[act.i + 1:end]:
        if t.head.i != act.i or not (t.dep_ == "prt" or t.dep_ == "advmod" and t.lower_ in PARTICLE_ADVERBS
                                     or t.dep_ == "prep" and t.lower_ in ACT_PREPOSITIONS
                                     and prep_object(t) is not None):
            break
        last = t
        if t.dep_ == "prep":
            break
    told = next((c for c in act.children if c.dep_ == "ccomp" and c.left_edge.i > last.i), None)
    rest = trim_tokens(doc, told.left_edge.i if told is not None else last.i + 1, end)  # "to tell reporters | that"
    return (last, [rest]) if _has_words(doc, *rest) else (None, parts)  # not 'went on to say, “' cut short


NOUN_PREPOSITIONS = frozenset({"of", "for", "about", "against", "on", "at", "over"})
# what a bare noun expressed is about ("frustration *with*"); not "on", most often where ("outrage on social media")
EXPRESSED_PREPOSITIONS = frozenset({"of", "for", "about", "against", "at", "over", "with"})


def past_act_noun(cue_tok: Token, parts: Parts) -> tuple[Token | None, Parts]:
    """A content that opens with the cue's object naming an act of saying (``act_nouns.txt``) and its preposition
    right after it leaves them to the cue when the cue's verb performs the act ("unleashed withering *attacks
    against* | Clinton", "made a strong *condemnation of* | the test"), as PolNeAR's annotators mark it; what
    follows the preposition is the content. After a verb of expressing ([expressing]) any bare noun, with no
    determiner, names what is expressed: "have expressed deep *concern about* | the policy", "expressed *concern* |
    that changing the policy could lead to voter fraud" (not "expressed *their* support for Trump", which PolNeAR's
    annotators leave to the content). Returns the cue's last word and the content after it, or (None, parts)."""
    lemma = cue_tok.lemma_.lower()
    expresses = lemma in wordlists.section_set("act_nouns.txt", "expressing")
    if len(parts) != 1 or not expresses and lemma not in wordlists.section_set("act_nouns.txt", "verbs"):
        return None, parts
    doc = cue_tok.doc
    start, end = parts[0]
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == start), None)
    if obj is None or obj.i + 1 >= end:
        return None, parts
    bare = expresses and obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
    if not bare and obj.lemma_.lower() not in wordlists.section_set("act_nouns.txt", "nouns"):
        return None, parts
    after = doc[obj.i + 1]
    clause = None if after.lower_ != "that" else next(
        (c for c in obj.rights if c.dep_ in ("acl", "ccomp") and c.left_edge.i == after.i), None)
    if bare and clause is not None:  # "expressed *concern* | that ..."
        rest = trim_tokens(doc, after.i, min(end, clause.right_edge.i + 1))
        return (obj, [rest]) if _has_words(doc, *rest) else (None, parts)
    about = prep_object(after) if after.head.i == obj.i and after.dep_ == "prep" else None
    if about is None or after.lower_ not in (EXPRESSED_PREPOSITIONS if bare else NOUN_PREPOSITIONS) \
            or bare and _when_or_where(obj, after, about):
        return None, parts
    rest = trim_tokens(doc, after.i + 1, min(end, obj.right_edge.i + 1))  # not the verb's setting after the noun's
    # phrase: "a withering attack on | his former attorney general" *at a rally in Ohio*
    return (after, [rest]) if _has_words(doc, *rest) else (None, parts)


def _when_or_where(noun: Token, prep: Token, about: Token) -> bool:
    """Whether a bare noun's preposition tells when or where it was expressed, not what about: a date or time, a
    medium or an occasion ("concern *on Tuesday*", "outrage *on social media*"), or a phrase with another after it
    ("concern *at the meeting* about the budget")."""
    return (about.ent_type_ in ("DATE", "TIME")
            or about.lemma_.lower() in wordlists.word_set("media_venues.txt") | wordlists.word_set(
                "speech_occasions.txt")
            or any(c.dep_ == "prep" and c.i > prep.i for c in noun.children)
            or any(c.dep_ == "prep" and c.lower_ in ("about", "over", "on") for c in about.children))


def _has_words(doc: Doc, start: int, end: int) -> bool:
    return any(t.is_alpha or t.like_num for t in doc[start:end])


def past_issued_participle(cue_tok: Token, parts: Parts) -> tuple[Token | None, Parts]:
    """A content that opens with the message the cue issued and the participle of saying on it leaves both to the
    cue ("issued *a statement saying* | it took the action ...", "sent *a letter this week urging* | Congress to
    pass ..."): PolNeAR's annotators mark the cue so, and what follows the participle is what the message says.
    Only an issuing verb (``document_kinds.txt``, [issue]) and a message noun; returns the participle and the
    content after it, or (None, parts)."""
    if len(parts) != 1:
        return None, parts
    doc = cue_tok.doc
    start, end = parts[0]
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == start), None)
    if obj is None or not _issues_message(cue_tok, obj):
        return None, parts
    said = next((c for c in obj.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.i - obj.i <= 8 and c.i < end
                 and c.lemma_.lower() in saying_words()), None)
    if said is None:
        return None, parts
    last = max([said] + [c for c in said.rights if c.dep_ == "prt" and c.i == said.i + 1], key=lambda t: t.i)
    rest = trim_tokens(doc, last.i + 1, _over_cut_predicate(said, end))
    return (last, [rest]) if _has_words(doc, *rest) else (None, parts)


def _over_cut_predicate(said: Token, end: int) -> int:
    """Where what a participle says ends when the parse took the subject of the clause said for its object and hung
    that clause's verb on the sentence ("saying *an attack* that day on an Iraqi air base ... *produced no
    casualties*", "produced" a conjunct of "released"): over that verb and its phrases, up to a mark or a clause of
    its own; ``end`` when the word after the object is no such verb."""
    doc = said.doc
    if end >= len(doc) or not any(c.dep_ == "dobj" and c.right_edge.i == end - 1 for c in said.children):
        return end
    verb = doc[end]
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") or verb.dep_ != "conj" or _has_subject(verb):
        return end
    return _phrase_end(verb) + 1


def issuing_verb(said: Token) -> Token | None:
    """The verb that issued the message a participle of saying tells, when the parse hung the participle on the verb
    rather than on the message ("released *a statement* Wednesday *saying* ...", "sent a letter to the board,
    *urging* ..."): the issuing verb (``document_kinds.txt``, [issue]) with a message as its object, and nothing
    between the message and the participle but when, where and to whom. The two are one statement, as PolNeAR
    marks it: the verb's cue runs to the participle and the message is no content. None for any other participle."""
    verb = said.head
    if said.tag_ != "VBG" or said.dep_ != "advcl" or said.lemma_.lower() not in saying_words() or verb.i >= said.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < said.i), None)
    if obj is None or not _issues_message(verb, obj) or said.i - obj.right_edge.i > 12 \
            or any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in verb.children if obj.i < c.i < said.i):
        return None
    between = [c for c in verb.children if obj.right_edge.i < c.i < said.i]
    if any(c.dep_ not in ("npadvmod", "prep", "advmod", "punct", "dative") for c in between) or any(
            t.pos_ in ("VERB", "AUX") for c in between for t in c.subtree):
        return None
    return verb


def _issues_message(verb: Token, obj: Token) -> bool:
    """Whether a verb issues its object as its own message: an issuing verb (``document_kinds.txt``, [issue]), a
    message noun, not another's message (``_by_another``)."""
    return (verb.lemma_.lower() in wordlists.section_set("document_kinds.txt", "issue")
            and obj.lemma_.lower() in _message_nouns() and not _by_another(obj))


def _by_another(message: Token) -> bool:
    """Whether a message is said to be someone else's ("published a letter *from a reader* saying ...", "released a
    report *by* the inspector general"): what it says is its author's, not the one who issued it."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "by") and prep_object(c) is not None
               for c in message.children)


@cache
def _message_nouns() -> frozenset[str]:
    """Nouns of a message or document ("statement", "letter", "email", "press release")."""
    return (wordlists.word_set("own_words_nouns.txt") | wordlists.section_set("document_kinds.txt", "same")
            | wordlists.word_set("communication_cues.txt"))


def without_relay(cue_tok: Token, parts: Parts, cue_heads: set[int]) -> Parts:
    """The words a relaying cue passes on leave out the relay ("..., *CNN Philippines reported* the
    governor said": the governor's content ends before "CNN Philippines reported"), also where the parse
    hung the relay inside them at the sentence's end ("a Turkish official said that the pipeline renders the
    effort unnecessary*, Cyprus Mail reported*": ``_trailing_relay``)."""
    head = cue_tok.head
    if (cut := _trailing_relay(cue_tok, parts)) is not None:
        return parts[:-1] + [trim_tokens(cue_tok.doc, parts[-1][0], cut)]
    if head.i == cue_tok.i or head.i not in cue_heads or cue_tok.dep_ != "ccomp" or head.i > cue_tok.i \
            or head.lemma_.lower() not in RELAY_LEMMAS:
        return parts
    subjects = [c for c in head.children if c.dep_ in SUBJECTS and c.i < head.i]
    start = min([c.left_edge.i for c in subjects] + [head.i])
    out = []
    for s, e in parts:
        if s < start and head.i < e <= cue_tok.left_edge.i + 1 or s < start < e and e == head.i + 1:
            e = start
        out.append(trim_tokens(cue_tok.doc, s, e))
    return [p for p in out if p[0] < p[1]]


def _trailing_relay(cue_tok: Token, parts: Parts) -> int | None:
    """Where reported speech after its cue ends when its last words are a relay with its subject after a comma
    and nothing after its verb ("..., Cyprus Mail reported."), or, after a quotation that closes, any report of it
    ('said, "I'll put a bullet in her skull," *the U.S. attorney's office said*'): the comma or after the closing
    mark; None otherwise."""
    doc = cue_tok.doc
    s, e = parts[-1] if parts else (0, 0)
    marks = [t.i for t in doc[s:e] if t.is_quote]
    opened = s > 0 and doc[s - 1].is_quote
    lead = [t for t in doc[s:marks[0]] if not t.is_punct and t.lower_ != "that"] if marks and not opened else []
    if e <= cue_tok.i or len(marks) % 2 != opened or (lead and not (  # every quotation closed in it, opening it
            len(lead) == 2 and lead[0].pos_ == "PRON" and lead[1].pos_ == "VERB")):  # or after "that she said,";
        return None  # not 'that the defendant told her, "...," the AP reported'
    lemmas = RELAY_LEMMAS if not marks else RELAY_LEMMAS | {"say", "tell", "add"}
    for t in doc[max(cue_tok.i, *marks) + 1 if marks else cue_tok.i + 1:e]:
        subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
        if t.pos_ == "VERB" and t.lemma_.lower() in lemmas and len(subjects) == 1 \
                and all(x.is_punct for x in doc[t.i + 1:e]) and all(c.is_punct for c in t.rights) \
                and s < (comma := subjects[0].left_edge.i - 1):
            if doc[comma].text == ",":
                return comma
            if marks and doc[comma].is_quote and doc[comma - 1].text == ",":
                return comma + 1  # '...," the office said': up to the closing mark
    return None


# --- a quotation in the content is taken whole ---------------------------------------------------

def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return any(breaks_line(t.text) or "\n" in t.whitespace_ for t in doc[start:end])


MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "shall"})


def over_subjectless_verb(cue_tok: Token, parts: Parts) -> Parts:
    """A "that" clause content whose verb has no subject, stopped right before a modal and its verb with no subject
    (active or passive) either, goes on over that verb and its phrases: the parse cut the content's subject off
    from its verb ("tweeted that state plans to use mail-in ballots *would result in voter fraud*, Twitter placed
    ...", where "plans" was read as the verb), and a modal's verb with no subject cannot be the reporter's clause.
    It stops at a comma or at a clause of the verb's own ("... voter fraud Twitter placed a disclaimer"). Not a
    verb with a subject ("..., he said, *they would* ...", "Reports that Peskov said that ... *could not be
    confirmed*")."""
    if len(parts) != 1:
        return parts
    doc = cue_tok.doc
    start, end = parts[0]
    if start < cue_tok.i or end >= cue_tok.sent.end or doc[end].lower_ not in MODALS or doc[end].dep_ != "aux":
        return parts
    that = doc[start]
    if that.lower_ != "that" or that.dep_ != "mark" or _has_subject(that.head):
        return parts  # only a "that" clause whose verb has no subject either: the parse took a noun for it
    verb = doc[end].head
    if verb.i <= end or verb.pos_ not in ("VERB", "AUX") or _has_subject(verb):
        return parts
    last = _phrase_end(verb)
    last = next((t.i - 1 for t in doc[verb.i + 1:last + 1] if _separates(t)), last)  # "fraud*, Twitter, which ...*"
    return [(start, last + 1)]


def _phrase_end(verb: Token) -> int:
    """The last word of a verb and the phrases after it, up to a mark, a clause of its own or a word with a subject."""
    last = verb.i
    for child in verb.rights:
        if child.is_punct or child.dep_ in _OWN_CLAUSES or _has_subject(child):
            break
        last = child.right_edge.i
    return last


def _separates(tok: Token) -> bool:
    """A mark that ends a phrase: not a hyphen or slash inside a word ("large-scale", "and/or")."""
    return tok.is_punct and not (tok.text in "-/" and not tok.doc[tok.i - 1].whitespace_ and tok.whitespace_ == "")


_OWN_CLAUSES = frozenset({"ccomp", "conj", "parataxis", "advcl", "cc", "relcl"})


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def whole_quotations(cue_tok: Token, parts: Parts, quotes: Parts) -> Parts:
    """A quotation the content opens goes on to its closing mark: the parse may stop a clausal
    complement at the quotation's first sentence ('said, "I've heard from ... Senate. They remind
    me ..."'), but the quoted words are all the speaker's, up to the mark (in the same paragraph); one
    that starts inside a quotation and runs past it starts at its opening mark; a quotation hung on the cue
    right after the content is part of it.
    A lead-in before a quoted sentence set off by a comma or colon, with no verb of its own but a
    cue's ("tweeted *her reasoning saying,* "Today, I signed ..."), is the reporter's, not what was
    said: the content is the quotation."""
    doc = cue_tok.doc
    out = []
    for s, e in parts:
        for qs, qe in quotes:
            opens = qs + 1  # the quotation's first word, past a bracket or an ellipsis ('"[Typhoon Phanfone is] like')
            while opens < min(s, qe) and doc[opens].is_punct and doc[opens].text in "[(…":
                opens += 1
            if cue_tok.i < qs and opens <= s < qe < e:  # it starts inside a quotation it runs past: from its
                obj = next((c for c in cue_tok.rights if c.dep_ == "dobj" and c.left_edge.i < qs <= c.right_edge.i),
                           None)  # opening, with the object it names ('says *his event, "Storm Area 51, They ..."*')
                s = obj.left_edge.i if obj is not None else qs
                break
            if not (s <= opens and qs < e <= qe) or qs <= cue_tok.i < qe or e - qs < 2:
                continue
            if e < qe:
                if _paragraph_break(doc, e, qe):
                    continue
                e = qe
            if qs < s <= opens or s < qs and _lead_in(doc, s, qs):
                s = qs
            break
        out.append((s, e))
    if out and cue_tok.i < out[-1][0] and (after := _quotation_after(cue_tok, out[-1][1], quotes)) is not None:
        out[-1] = (out[-1][0], after)
    return out


def _quotation_after(cue_tok: Token, end: int, quotes: Parts) -> int | None:
    """Where a quotation ends that opens right where the content ends and hangs on the cue ('calling for the
    beginning of a transition process *"in the best interests of the country"*'): its words are the speaker's."""
    doc = cue_tok.doc
    if cue_tok.lemma_.lower() in ADDRESSEE_VERBS:
        return None  # 'told MSNBC | "..."': the one told, then what was told (``quotation_after_addressee``)
    return next((qe for qs, qe in quotes if qs == end and qe - qs > 2 and _hangs_on(cue_tok, qs, qe)
                 and doc[qs].sent.start == cue_tok.sent.start), None)


def _hangs_on(cue_tok: Token, start: int, end: int) -> bool:
    """Whether the words of doc[start:end] hang, where they hang outside it, on the cue alone ('claimed to be
    in communication with ... Kushner *"almost daily."*', where "daily" hangs on the cue, "almost" on "daily")."""
    outside = [t.head.i for t in cue_tok.doc[start + 1:end - 1] if not t.is_punct and not start <= t.head.i < end]
    return bool(outside) and all(h == cue_tok.i for h in outside)


def _lead_in(doc: Doc, start: int, quote_start: int) -> bool:
    """Whether doc[start:quote_start] only leads in to a quotation: it ends with a comma or colon,
    the quotation opens with a capital, and it has no verb but a cue's ("her reasoning saying,");
    or it ends on a cue that introduces the quotation ("the call for cooperation *by saying* "we
    are ...", "the decision to ban the players *saying*, "As a first step ...") and has no finite
    verb but a cue's: the words before that cue are the reporter's, the quotation what was said."""
    if quote_start + 1 >= len(doc) or quote_start - 1 <= start:
        return False
    cue_heads = {c.head for c in doc._.cues or []}
    last = quote_start - 1
    if doc[last].text in (",", ":"):
        last -= 1
    speech = wordlists.word_set("communication_cues.txt")
    if last > start and (last in cue_heads or doc[last].pos_ == "VERB" and doc[last].lemma_.lower() in speech):
        return not any(t.pos_ in ("VERB", "AUX") and t.i not in cue_heads and "Fin" in t.morph.get("VerbForm")
                       for t in doc[start:last])
    if doc[quote_start - 1].text not in (",", ":"):
        return False
    if not doc[quote_start + 1].text[:1].isupper():
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.i not in cue_heads for t in doc[start:quote_start - 1])


_LEAD_WORDS = re.compile(r"^\W*(?:that|:)?\W*$", re.IGNORECASE)


def content_kind(content: list[TextSpan], quotes: list[tuple[int, int]]) -> str:
    """A statement's kind by its content's character spans and the text's ``quotes``: direct when the quotation
    marks cover all of it (a leading "that" aside), mixed when they cover part of it, else indirect."""
    quoted = unquoted = False
    for c in content:
        covered = sorted((max(qs, c.start), min(qe, c.end)) for qs, qe in quotes if qs < c.end and c.start < qe)
        at = c.start
        rest = []
        for qs, qe in covered:
            if qs > at:
                rest.append(c.text[at - c.start:qs - c.start])
            at = max(at, qe)
            quoted = True
        rest.append(c.text[at - c.start:])
        if not _LEAD_WORDS.match(" ".join(rest)):
            unquoted = True
    if quoted:
        return "mixed" if unquoted else "direct"
    return "indirect"
