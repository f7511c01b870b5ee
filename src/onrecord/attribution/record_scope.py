"""What goes on the record: which statements found (``statements.find_statements``) report an act of
communication (``communicates``) and stand as what was said (``whole``). PolNeAR's broad scope keeps the
attitudes, intentions and narration these leave out; ``reader.py`` applies both to the record's scope, and
``over_unsaid_conjunct`` to what stays: a content cut before a clause that PolNeAR would count on its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution import introduced
from onrecord.attribution.content import ANSWERS, SUBJECTS
from onrecord.attribution.content_edges import DATES
from onrecord.attribution.cues import CONDITIONS, FINITE_TAGS, going_on_verbs, made_clear, put_it
from onrecord.attribution.naming import lexicon
from onrecord.attribution.referents import issues
from onrecord.records import CONTENT_JOIN, Statement
from onrecord.records import Span as TextSpan


def _on_a_topic(cue: Span) -> bool:
    """A cue that takes its topic with a preposition: "tweeted *about* the riots", "reports *about* the side
    effects", "claims *of* widespread fraud" (a noun); not "cautioned about" (``warning_verbs.txt``)."""
    last = cue[-1].lower_
    if cue.root.lemma_.lower() in wordlists.word_set("warning_verbs.txt"):  # "cautioned about the dangers"
        return False
    return last in ("about", "regarding") or (last == "of" and cue.root.pos_ == "NOUN")


def communicates(doc: Doc, st: Statement) -> bool:
    """Whether a statement reports an act of communication (the record's scope): its cue has a word
    of ``communication_cues.txt`` ("said", "according to", "in a statement"), or it has no cue (a
    speaker line, a quotation continuing its speaker). "thinks", "wants", "agreed to", "pushed for"
    are attitudes, intentions or narration: PolNeAR counts them, the record leaves them out. A cue of
    ``topic_cues.txt`` ("discussed", "admitted") counts only with quoted content ("discussed" not even then) or a
    clause that is no indirect question ("discussed why ...", "ordered" not even then; "ordered" and "thanked" only
    with content all quoted: 'thanked the "incredible" firefighters' is a courtesy); a cue of ``finding_cues.txt``
    ("observed", "concluded") only with quoted content, a document as source ("the report concluded") or, in
    the present, a clause ("Volokh concludes Harris meets ..."), a writer's standing text; a denied cue ("did
    not say", "never told") is no statement, nor one in a condition ("if the person reports ...")."""
    if st.signals.get("origin") == "line":
        return _line_says(doc, st)
    if st.cue is None or not any(ch.isalnum() for ch in st.cue.text):  # a sign-off "―", an answer
        return True
    if st.kind == "indirect" and len(st.content) == 1 and st.content[0].text.lower() in ANSWERS:
        return False  # "Asked if he was ever bullied, Trump said no": a bare "no" tells nothing without its question
    span = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not _act_gone_on(t, st)]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    topic = lemmas & wordlists.word_set("topic_cues.txt") or _on_a_topic(span)
    talked = st.kind == "indirect" or (st.kind == "mixed" and bool(lemmas & wordlists.section_set(
        "topic_cues.txt", "topic only")) and _quotes_name_only(doc, st))
    if topic and (talked and (_asks(doc, st, lemmas) or not _is_clause(doc, st) and not _is_predication(span, doc, st)
                              and not _claimed(doc, st, lemmas))
                  or st.kind != "direct" and lemmas & wordlists.section_set("topic_cues.txt", "quoted only")):
        return False  # "discussed Minetest, his "longest ever project", ...": a topic; "ordered the accused ...": act
    if st.kind == "indirect" and lemmas & wordlists.word_set("finding_cues.txt") and not _from_document(doc, st) \
            and not (_is_clause(doc, st) and any(t.tag_ in ("VBZ", "VBP") for t in span)):
        return False  # but the present of a writer's text: "Eugene Volokh concludes Harris meets ..."
    if span.root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in span.root.children):
        return False  # "misdiagnosed if the person reports no birds in the home": what would be said, not what was
    if span.root.dep_ in ("xcomp", "ccomp") and _allowed_only(span.root.head):
        return False  # "would allow leaders to claim an easy victory": what could be said, not what was
    if lemmas & _REFUSING or _withheld(span.root):
        return False  # "refused to say that Jerusalem should be ...": what was not said (a denial of speech)
    if says_its_antecedent(span.root):
        return False  # "Everything Trump says is a lie": a judgement of what someone says, not what was said
    negations = [c for t in span for c in t.children if c.dep_ == "neg"]
    if negations and any(not any(q.start <= c.idx < q.end for q in doc._.quotes or []) for c in negations):
        return False  # "did not say if there were casualties"; not a "not" inside the quotation
    speech = wordlists.word_set("communication_cues.txt")
    # "went on to say, "..."", "went on to say that ...": the act is the complement's, and the content what
    # follows it; not an indirect content without a clause ("continued to write | songs he would mail", an act)
    going_on = going_on_verbs()
    lemmas |= {c.lemma_.lower() for t in span if t.lemma_.lower() in going_on
               for c in t.children if c.dep_ == "xcomp" and c.i > t.i and c.idx < st.content[0].start
               and _says_on(c, st)}
    return bool(lemmas & speech) or (st.kind == "direct" and bool(lemmas & going_on)  # "'…,' he continued"
                                     or st.kind == "direct" and (_opened_by_colon(doc, st) or _issued(span.root, st))
                                     or st.kind != "indirect" and put_it(span.root) > 0  # 'as she put it, "..."'
                                     or made_clear(span.root) is not None)  # "Trump made it clear that ...": a
    # speaker's act of saying (not "the data made clear that ...", whose subject cannot speak)


def _says_on(act: Token, st: Statement) -> bool:
    """Whether the act a speaker went on to is saying: with a clause of its own ("went on to say that ..."), quoted
    content ("continued to chant "...""), or a cue by itself ("went on to *call for* a ceasefire", "to *accuse* the
    company of ...": the cue classifier took it for one); not "continued to write songs", which it did not."""
    return st.kind != "indirect" or any(d.dep_ in ("ccomp", "xcomp") for d in act.children) \
        or any(c.head == act.i for c in act.doc._.cues or [])


def _act_gone_on(word: Token, st: Statement) -> bool:
    """Whether a word of the cue is the act a speaker went on to, or in its phrase, when that act says nothing
    (``_says_on``): "continued to write | songs he would mail" is an act (content_ends.past_going_on_act puts it in
    the cue)."""
    going_on = going_on_verbs()
    for t in [word, *word.ancestors]:
        if t.dep_ in ("xcomp", "advcl") and t.head.lemma_.lower() in going_on and t.head.i < t.i:
            return not _says_on(t, st)
    return False


ALLOWING = frozenset({"allow", "let", "enable", "permit"})
_REFUSING = frozenset({"refuse", "decline", "fail", "neglect"})  # a cue with one of these is speech withheld


def _withheld(cue: Token) -> bool:
    """Whether a cue is what a verb of refusing governs, or a verb in the same base form joined to that by "or", with
    no subject of its own ("declined to threaten Moscow or even directly *declare* it responsible", which the parse
    may join to "declined"); not one joined last by "and", "but" or "yet" ("declined to name the buyer or say how much
    it paid, but *said* ...")."""
    doc = cue.doc
    while cue.dep_ == "conj" and cue.head.i < cue.i:
        head = cue.head
        refused = next((c for c in head.children if c.dep_ == "xcomp" and c.i < cue.i), None) \
            if head.lemma_.lower() in _REFUSING else None
        joins = [t for t in doc[refused.i:cue.i] if t.dep_ == "cc"] if refused is not None else []
        if joins and joins[-1].lower_ in ("or", "nor") and cue.tag_ in ("VB", "VBP") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return True
        cue = head
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING


def _allowed_only(verb: Token) -> bool:
    """Whether a verb of allowing leaves what it allows undone: not in the past ("would allow leaders to claim",
    "lets officials say"), or with a modal; "allowed Mosseri to claim that ..." says he did."""
    return verb.lemma_.lower() in ALLOWING and (verb.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD"
                                                                                      for c in verb.children))


_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
_WHOLE = frozenset({"everything", "nothing", "anything", "something", "all", "much", "little"})


def says_its_antecedent(cue: Token) -> bool:
    """Whether a cue says only "everything", "nothing" or the "what" of a clause that is a sentence's subject
    ("*Everything* Trump says is a lie", "Nothing the senator said made sense", "*What* Trump says is often untrue"):
    what follows is someone's judgement of the words, which the article does not report. The parse may hang that
    judgement on the cue as a clause with no subject of its own ("Everything Trump says | is a lie"). Not a relative
    clause of another noun, which is what was said ("a payout that Cooperman *blasted*")."""
    objects = [c for c in cue.children if c.dep_ in _OBJECTS]
    judged = [c for c in objects if c.dep_ in ("ccomp", "xcomp") and c.tag_ in FINITE_TAGS | {"VBN"} and not any(
        d.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for d in c.children)]
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if judged and subject is not None and subject.i > 0 and (
            subject.left_edge.lower_ in _WHOLE or cue.doc[subject.left_edge.i - 1].lower_ in _WHOLE):
        return True
    return cue.dep_ in ("csubj", "csubjpass") and len(objects) == 1 and objects[0].lower_ in ("what", "whatever")


def _opened_by_colon(doc: Doc, st: Statement) -> bool:
    """Whether a quotation is what its cue's clause brings in with a colon ("In his message, he appreciated
    Soleimani's lifepath: "He was a stellar example ..."", ``introduced.py``), or a page's block quote a verb of
    speaking brings in (``block_quotes.introduced_block``): words, whatever the verb."""
    first = st.content[0]
    if st.cue is None or st.cue.end >= first.start or (first.text[:1] not in "\"“'‘" and not st.signals.get("block")) \
            or len(first.text.split()) < introduced.MIN_WORDS:  # not 'saw compromise as the best way: "Yes."'
        return False
    words = doc.char_span(st.cue.start, first.start, alignment_mode="expand")  # not doc.text: it joins every token
    gap = words.text_with_ws[st.cue.end - words.start_char:first.start - words.start_char] if words else ""
    return gap.rstrip().endswith(":") and gap.count(":") == 1


def _issued(cue: Token, st: Statement) -> bool:
    """Whether a quotation that closes its sentence is the words of a statement its cue issued, named right before
    it ("Trump *issued a statement*, "Last night, our nation was attacked ..."", ``referents.issues``,
    ``document_kinds.txt`` [own words]): the document's words, not an act. Not a title ("released a report, "The
    Cost of War," which found ...", "published a book, "When Democracies Fall Apart," last year"), nor words the
    document holds of another's or is about ("released a letter from the governor, "..."", "a memo about the
    mayor's remark, "..."": only a time, whom it went to or "which said" may stand between the document and the
    quotation)."""
    doc, first = cue.doc, st.content[0]
    if not issues(cue) or _quotes_name_only(doc, st) or len(first.text.split()) < introduced.MIN_WORDS:
        return False
    quote = doc.char_span(first.start, first.end, alignment_mode="expand")
    if quote is None or any(not (t.is_punct or t.is_space) for t in doc[quote.end:quote.sent.end]):
        return False
    own = wordlists.section_set("document_kinds.txt", "own words")
    for noun in (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in own and c.i < quote.start):
        allowed = {t for c in noun.rights if c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "relcl"
                   and c.lemma_.lower() in ("say", "read", "state") for t in c.subtree}  # "to residents", "which said"
        if all(t.is_punct or t.ent_type_ in DATES or t in allowed for t in doc[noun.i + 1:quote.start]):
            return True
    return False


def _quotes_name_only(doc: Doc, st: Statement) -> bool:
    """Whether no quotation in the content holds a verb (or there is none): quoted names and terms ("Minetest,
    his "longest ever project"", "the "Remain in Mexico" policy") name what was talked about; a quoted clause
    ('why the deal "fell apart"') is what was said."""
    quoted = [s for c in st.content for q in doc._.quotes or [] if c.start <= q.start < c.end
              and (s := doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")) is not None and len(s)]
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for s in quoted for t in s)


def _line_says(doc: Doc, st: Statement) -> bool:
    """Whether a speaker line ("Name: words") reports words: its label is no heading's ("The Grow Stage:
    Leverage your success", named by nobody) and its words are quoted, in title case ("Paul Ryan: FBI
    Decision ... Defies Explanation", which the tagger reads badly) or hold a clause ("Sanders: We need to
    ..."), not a list of charges ("Ryan S. Hollman: Dealing in methamphetamine, possession of heroin"), nor words
    about the one it names ("Marco Rubio: ... Senator Marco Rubio of Florida proposed ...": a section on him)."""
    label = st.source.text.split() if st.source else []
    if st.speaker is not None and st.speaker.kind == "unnamed" and label and label[0].lower() in ("the", "a", "an"):
        return False
    said = st.content[0].text
    if len(label) > 1 and st.kind == "indirect" and re.search(rf"\b{re.escape(' '.join(label))}\b", said) and not \
            re.search(r"\b(?:I|me|my|we|our|us)\b", said, re.I):  # the whole name, as a section's subject; not
        return False  # "Biden: My son Hunter Biden ...", "Jeb Bush: George W. Bush kept ..."
    if st.kind != "indirect":
        return True
    span = doc.char_span(st.content[0].start, st.content[-1].end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    return sum(t.text[0].isupper() for t in words) > 0.6 * len(words) or any(t.tag_ in FINITE_TAGS for t in span)


WH_WORDS = frozenset({"why", "what", "whether", "when", "where", "if"})


def _asks(doc: Doc, st: Statement, lemmas: set[str]) -> bool:
    """Whether the content is an indirect question ("discussed *why he decided to join ...*"): after a topic
    cue it names what was talked about, not what was said; so does "how" after "discuss" ("discussed *how
    their lives had been affected*", but "talked about how the series had been underestimated" says so) and
    "which" before its noun ("discussed *which* juvenile birds make it back"; not "*which* she criticized")."""
    first = re.match(r"\W*(\w+)", st.content[0].text)
    word = first.group(1).lower() if first is not None else ""
    if word == "which":  # before a noun or its adjective, whatever the parse made of it
        tok = doc.char_span(st.content[0].start + first.start(1), st.content[0].start + first.end(1))
        return tok is not None and tok.end < len(doc) and doc[tok.end].pos_ in ("ADJ", "NOUN", "PROPN")
    return word in WH_WORDS or (word == "how" and "discuss" in lemmas)


def _from_document(doc: Doc, st: Statement) -> bool:
    """Whether the source is a document ("a UN report concluded ...", "the study observed ..."): a
    finding a text publishes is communicated; people observing or concluding are the reporter's
    narration of their work ("the researchers concluded there was a third object")."""
    if st.source is None:
        return False
    span = doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in lexicon().documents


# words a complete thought does not end on: "One child was", "the runway, so", "what"
DANGLING = frozenset({"a", "an", "the", "of", "to", "for", "with", "from", "by", "at", "in", "on", "and", "or", "but",
                      "so", "was", "were", "is", "are", "be", "been", "has", "have", "had", "as", "than", "if",
                      "because", "while", "whether", "its", "their", "his", "her"})
SO_VERBS = frozenset({"do", "does", "did", "doing", "done", "think", "thinks", "thought", "say", "says", "said", "hope",
                      "hopes", "hoped", "believe", "believes", "believed", "suppose", "expect", "guess"})  # "to do so"
MIN_INDIRECT_WORDS = 2  # "the investigation", "Biden", "this change": a topic or a pointer, not what was said


def whole(st: Statement, doc: Doc) -> bool:
    """Whether the content can stand as what was said: unless it ends as the writer closed it (a
    quotation mark, a full stop), it does not stop on a word a thought cannot end on ("One child
    was"), but for a verb's particle ("the talks would go *on*", in ``doc``'s parse); and reported speech
    has at least ``MIN_INDIRECT_WORDS`` words besides articles and pointers ("this", "her"), the denial of a claim
    one ("denied the accusation", ``denying_verbs.txt``): the record's scope."""
    said = CONTENT_JOIN.join(c.text for c in st.content).rstrip()
    words = re.findall(r"\w+(?:['’]\w+)?", said)
    if not words:
        return False
    if words[-1].lower() in DANGLING and not re.search(r"[.!?…\"”’'»]$", said) and not (
            words[-1].lower() == "so" and len(words) > 1 and words[-2].lower() in SO_VERBS) and not (  # "to do so"
            (last := doc.char_span(st.content[-1].end - 1, st.content[-1].end, alignment_mode="expand")) is not None
            and last[-1].dep_ == "prt"):
        return False
    pointers = ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their")
    said_words = sum(w.lower() not in pointers for w in words)
    return st.kind != "indirect" or said_words >= MIN_INDIRECT_WORDS or (said_words == 1 and _denies_a_claim(doc, st))


def _claimed(doc: Doc, st: Statement, lemmas: set[str]) -> bool:
    """Whether a topic cue's object is the speaker's claim ("protested his innocence", ``topic_cues.txt`` [claims])."""
    said = doc.char_span(st.content[0].start, st.content[-1].end, alignment_mode="expand") if st.content else None
    claims = wordlists.section_map("topic_cues.txt", "claims")
    return said is not None and len(said) > 0 and any(said.root.lemma_.lower() in claims.get(cue, ()) for cue in lemmas)


def _denies_a_claim(doc: Doc, st: Statement) -> bool:
    """Whether the statement denies a claim ("denied the accusation"; ``denying_verbs.txt``), not a request."""
    cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand") if st.cue else None
    said = doc.char_span(st.content[-1].start, st.content[-1].end, alignment_mode="expand") if st.content else None
    return cue is not None and said is not None and len(said) > 0 and said.root.lemma_.lower() in wordlists.section_set(
        "denying_verbs.txt", "claims") and any(t.lemma_.lower() in wordlists.section_set(
            "denying_verbs.txt", "verbs") for t in cue)


def _is_clause(doc: Doc, st: Statement) -> bool:
    """Whether some part of the content is a clause (its head a verb), not a noun phrase nor a gerund
    object with no subject, which names an act ("admitted to *ordering the payments*")."""
    for c in st.content:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.pos_ in ("VERB", "AUX") and not (
                span.root.tag_ == "VBG" and span.root.dep_ in ("pcomp", "pobj", "dobj")
                and not any(t.dep_ in SUBJECTS for t in span.root.children)):
            return True
    return False


PREDICATES = frozenset({"oprd", "xcomp", "ccomp"})


def _some_of_many(verb: Token) -> bool:
    """Whether the verb's subject is some of a crowd, whose blame is an attitude ("*Many voters* blame the
    president for the economy"), not someone's statement."""
    return any(c.dep_ in SUBJECTS and (c.lower_ in _SOME or any(d.lower_ in _SOME for d in c.children))
               for c in verb.children)


_SOME = frozenset({"many", "some", "most"})


def _a_time(prep: Token) -> bool:
    """Whether a preposition's phrase gives a time, not a reason ("criticized Ford *for years*", "*for a
    second time*")."""
    return any(t.ent_type_ in (*DATES, "ORDINAL") or t.lemma_.lower() == "time" for t in prep.subtree)


def _is_predication(cue: Span, doc: Doc, st: Statement) -> bool:
    """Whether the content holds what the cue says of its object ("declared *the outbreak to be a
    pandemic*", "criticized *the commutation as an abuse of power*"): a predicate of the cue's in it
    (an open or clausal complement, "as ...", "to be ...", a reason: "criticized *the police for their slow
    response*", ``topic_cues.txt`` [reasons]), not one noun phrase ("declared *a state of emergency*")."""
    heads = {t.i for t in cue}
    says_as = not ({t.lemma_.lower() for t in cue} & wordlists.section_set("topic_cues.txt", "topic only") and any(
        o.dep_ == "poss" for t in cue for c in t.children if c.dep_ == "dobj" for o in c.children))  # "his role as"
    has_object = any(c.dep_ == "dobj" for t in cue for c in t.children)  # "pled *guilty*" says it of no object
    because = wordlists.section_map("topic_cues.txt", "reasons")
    reasons = {(t.i, prep) for t in cue for prep in because.get(t.lemma_.lower(), ())}  # "criticized *for*"
    for c in st.content:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and any(t.head.i in heads and t.i not in heads and
                                    (t.dep_ in PREDICATES and (t.dep_ != "oprd" or has_object)
                                     or t.dep_ == "prep" and t.lower_ == "as" and says_as
                                     or t.dep_ == "prep" and (t.head.i, t.lower_) in reasons and has_object
                                     and not _a_time(t) and not _some_of_many(t.head))
                                    or t.lemma_ == "be" and any(a.lower_ == "to" for a in t.children)
                                    for t in span):
            return True
    return False


def over_unsaid_conjunct(doc: Doc, st: Statement, kept: list[Statement], found: list[Statement]) -> Statement:
    """A reported clause the content choice cut before its "and" or "but" and a clause joined to its verb that tells
    what is known or said of someone, a passive of knowing or saying with an infinitive ("told EURACTIV safety
    procedure had been followed *and only Macron and Matovič were known to have tested positive*"): PolNeAR counts
    that clause as an attribution of its own, the record does not, so it goes on with what the source said. Not any
    other clause ("said she had been attacked and the suspect was charged with assault": the reporter's news), nor
    one that holds a source, nor one a statement on the record holds; ``found`` is every statement found, ``kept``
    those on the record."""
    if not st.content or st.kind == "direct":
        return st
    last = st.content[-1]
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].dep_ != "cc" or doc[span.end].lower_ not in ("and", "but"):
        return st
    cc = doc[span.end]
    conj = next((c for c in cc.head.rights if c.dep_ == "conj" and c.i > cc.i and _hearsay_passive(c)), None)
    if not span.start <= cc.head.i < span.end or conj is None:
        return st
    end_tok = conj.right_edge
    while end_tok.i > conj.i and end_tok.is_punct:
        end_tok = doc[end_tok.i - 1]
    start, end = cc.idx, end_tok.idx + len(end_tok)
    if not any(conj.i <= c.head <= end_tok.i for c in doc._.cues or []) or any(
            f.source is not None and start <= f.source.start < end for f in found) or any(
            k is not st and any(start <= s.start < end for s in [*k.content, k.cue, k.source] if s is not None)
            for k in kept):
        return st
    st.content = [*st.content[:-1], TextSpan.of(doc.text, last.start, end)]
    return st


def _hearsay_passive(verb: Token) -> bool:
    """A passive of knowing or saying with an infinitive and a subject of its own ("only Macron and Matovič *were
    known to have tested positive*", ``reported_states.txt``)."""
    return verb.lemma_.lower() in wordlists.section_set("reported_states.txt", "hearsay passives") and any(
        k.dep_ == "nsubjpass" for k in verb.children) and any(
        k.dep_ == "xcomp" and any(a.lower_ == "to" for a in k.children) for k in verb.children)
