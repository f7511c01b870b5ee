"""Finding cues: the ``onrecord_cues`` component.

Reads the parse and ``doc._.quotes``; writes ``doc._.cues``, a list of ``Cue`` (the cue's head
token and its span as written: "said", "did not say", "according to", "has also called on").

Which tokens are cues is decided by a linear classifier trained on PolNeAR (``onrecord train``),
over features of the token and its place in the parse, so cue words outside any list are found
when their use looks like reporting. ``data/cue_verbs.txt`` adds a lexicon feature. The span of a
cue grows from its head by rules over dependency labels (auxiliaries, negation, particles, a
preposition whose object is the content).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.block_quotes import BLOCKS_KEY
from onrecord.attribution.extensions import ensure_extensions
from onrecord.attribution.naming import DEFINITE, can_speak, lexicon

CUE_THRESHOLD = 0.5  # chosen on PolNeAR dev; training uses the same, so later models see these cues
CANDIDATE_POS = {"VERB", "AUX", "NOUN", "ADJ"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
EXTENT_ALWAYS = {"aux", "auxpass", "neg", "prt"}
EXTENT_ADJACENT = {"advmod"}


@dataclass(frozen=True)
class Cue:
    head: int  # token index of the cue's head
    start: int  # token span of the cue as written
    end: int
    score: float


def cue_lexicon() -> frozenset[str]:
    return wordlists.word_set("cue_verbs.txt")


@cache
def saying_words() -> frozenset[str]:
    """Lemmas of saying: the cue lexicon and the record's communication cues (``communication_cues.txt``)."""
    return cue_lexicon() | wordlists.word_set("communication_cues.txt")


QUOTED_KEY = "onrecord.quoted"


def quote_flags(doc: Doc) -> list[bool]:
    """True for tokens inside a quotation (marks excluded); worked out once per document, once its
    quotations are found, for the cue finder and the source finder alike."""
    if (cached := doc.user_data.get(QUOTED_KEY)) is not None:
        return cached
    flags = [False] * len(doc)
    quotes = doc._.quotes
    if quotes is not None:
        doc.user_data[QUOTED_KEY] = flags
    for q in quotes or []:
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                flags[i] = True
    return flags


def is_candidate(tok: Token) -> bool:
    return tok.pos_ in CANDIDATE_POS or tok.lower_ == "according"


@cache
def _markers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.lower().split()) for phrase in wordlists.entries("discourse_markers.txt"))


@cache
def _marker_words() -> frozenset[str]:
    return frozenset(w for words in _markers() for w in words)


def discourse_marker(tok: Token) -> bool:
    """Whether the token is a word of a set phrase that opens a clause and only says how it follows on ("*That
    said*, the DEA says ...", "Having said that,", ``discourse_markers.txt``): a comma after it, and before it the
    sentence's start or a punctuation mark or a conjunction."""
    doc = tok.doc
    if tok.lower_ not in _marker_words():
        return False
    for words in _markers():
        for start in range(tok.i - len(words) + 1, tok.i + 1):
            end = start + len(words)
            if start >= 0 and end < len(doc) and doc[end].text == "," and [t.lower_ for t in doc[start:end]] == list(
                    words) and (doc[start].is_sent_start or doc[start - 1].is_punct or doc[start - 1].pos_ == "CCONJ"):
                return True
    return False


def after_marker(tok: Token) -> bool:
    """A verb of saying with a subject, which the parse hung on a set phrase's verb ("That said, *the DEA says* that
    ..."): a cue, whatever the classifier learned of a verb under another verb of saying."""
    return tok.head.i != tok.i and discourse_marker(tok.head) and tok.pos_ == "VERB" \
        and tok.lemma_.lower() in cue_lexicon() and any(c.dep_ in SUBJECTS for c in tok.children)


def features(tok: Token, in_quote: list[bool]) -> list[str]:
    lemma = tok.lemma_.lower()
    dep = tok.dep_
    head = tok.head
    f = [
        "l=" + lemma,
        "p=" + tok.pos_,
        "t=" + tok.tag_,
        "d=" + dep,
        "ld=" + lemma + "|" + dep,
        "lt=" + lemma + "|" + tok.tag_,
        "hd=" + dep + "|" + head.pos_,
        "hl=" + head.lemma_.lower() + "|" + dep,
        "q=" + str(in_quote[tok.i]),
        "lq=" + lemma + "|" + str(in_quote[tok.i]),
    ]
    if lemma in cue_lexicon():
        f.append("lex")
        f.append("lex|" + dep)
    deps = set()
    for c in tok.children:
        cd = c.dep_
        deps.add(cd)
        if cd == "prep":
            f.append("lp=" + lemma + "|" + c.lower_)
        elif cd in SUBJECTS:
            f.append("sp=" + c.pos_ + "|" + (c.ent_type_ or "-"))

    for cd in deps:
        f.append("c=" + cd)
        f.append("lc=" + lemma + "|" + cd)
    has_comp = "ccomp" in deps or "xcomp" in deps
    has_subj = bool(deps & SUBJECTS)
    f.append("cs=" + str(has_comp) + str(has_subj))
    f.append("lcs=" + lemma + "|" + str(has_comp) + str(has_subj))
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prv = tok.nbor(-1) if tok.i > 0 else None
    f.append("nx=" + (nxt.lower_ if nxt is not None else "<e>"))
    f.append("pv=" + (prv.lower_ if prv is not None else "<s>"))
    if nxt is not None:
        f.append("lnx=" + lemma + "|" + nxt.lower_)
        f.append("nq=" + str(in_quote[nxt.i] or nxt.is_quote))
    if prv is not None:
        f.append("pq=" + str(in_quote[prv.i] or prv.is_quote))
    return f


def cue_extent(tok: Token) -> tuple[int, int]:
    """The cue as written around its head: auxiliaries, negation, particles, adjacent adverbs; "put it"."""
    start = end = tok.i
    for c in tok.children:
        if c.dep_ in EXTENT_ALWAYS or (c.dep_ in EXTENT_ADJACENT and abs(c.i - tok.i) == 1):
            start = min(start, c.i)
            end = max(end, c.i)
    # keep the span contiguous and free of punctuation at its edges
    doc = tok.doc
    while start < tok.i and doc[start].is_punct:
        start += 1
    while end > tok.i and doc[end].is_punct:
        end -= 1
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        end = max(end, tok.i + 1)
    if (clear := made_clear(tok)) is not None:
        end = max(end, clear[0].i)
    return start, max(end, tok.i + put_it(tok)) + 1


def _message_verbs() -> frozenset[str]:
    return wordlists.word_set("message_object_verbs.txt")


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def says_what(verb: Token) -> bool:
    """Whether a speech verb under "according to" carries what its subject said: a clause ("witnesses
    *said* a man approached") or, when its subject can speak, a new object ("school districts *announced*
    school closings") or a "that"-clause conjunct ("a spokesman *expressed* disappointment and that the
    office intends to appeal"); not an act ("Trump has *admitted to* ordering the payments") nor one on
    a thing already known ("According to the filing, Ford *disclosed the matter* to the agency")."""
    children = list(verb.children)
    if any(c.dep_ == "ccomp" or c.dep_ == "advcl" and c.i < verb.i and not any(g.dep_ == "mark" for g in c.children)
           and any(g.dep_ in (*SUBJECTS, "expl") for g in c.children)  # its own clause, not "Asked whether he ..."
           for c in children):  # "As yet, there is no evidence ..., the commission *said*, according to Reuters"
        return True
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (subjects[0].pos_ == "PRON" or can_speak(subjects[0])) and any(
        (c.dep_ == "dobj" and not _definite(c) and verb.lemma_.lower() in _message_verbs())
        or (c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
        for c in children)


def relayed_speech(tok: Token) -> bool:
    """A speech verb with its own speaker and words under "according to": "According to The Telegraph,
    *witnesses said* a man approached", "According to local news, *school districts announced* school
    closings". PolNeAR's annotators mostly leave the inner verb to the relay, so the classifier learned
    against it; the record wants the words' own speaker (``statements.without_relays``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_lexicon():  # for every token under the threshold
        return False
    children = list(tok.children)
    return (any(c.dep_ == "prep" and c.lower_ == "according" for c in children)
            and any(c.dep_ in SUBJECTS for c in children) and says_what(tok))


def going_on_verbs() -> frozenset[str]:
    """Verbs that go on with an act already begun ("continued", "went on"), ``going_on_verbs.txt``."""
    return wordlists.word_set("going_on_verbs.txt")


def goes_on_quoting(tok: Token) -> bool:
    """A verb that goes on with an act, set after a quotation as its attribution: "'…,' the statement
    *continued*." (``going_on_verbs.txt``). Alone it names no act ("the fighting continued"), so the
    classifier passes it by; right after a quotation's closing mark and a comma, with a subject that can
    speak and nothing after it but the sentence's end, it is the quotation's cue."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in going_on_verbs():
        return False
    doc, children = tok.doc, list(tok.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not (subjects[0].pos_ == "PRON" or can_speak(subjects[0])) or any(
            c.dep_ in ("dobj", "xcomp", "prep", "advcl") for c in children):
        return False
    left = subjects[0].left_edge.i
    if not (left < tok.i and left >= 2 and doc[left - 1].is_quote and doc[left - 2].text in (",", "!", "?")):
        return False
    return tok.i + 1 < len(doc) and doc[tok.i + 1].is_punct


def before_block(tok: Token, block_starts: frozenset[int]) -> bool:
    """The last verb of a sentence that ends with a colon right before a page's block quote, with a subject who can
    speak ("Another blogger, Zeinobia, *wrote*:", "Fattractive Egyptian woman *continued* in her excellent post:",
    then the words): the block's cue, whatever the classifier learned of the verb alone, when the verb brings in its
    subject's own words (``brings_in_own_words``)."""
    if not block_starts or tok.pos_ != "VERB":
        return False
    if tok.dep_ == "ROOT":
        main = tok
    elif tok.dep_ == "conj" and tok.head.dep_ == "ROOT":
        main = tok.head
    else:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) \
        or next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PRON" or can_speak(subject)) \
            or any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i for c in tok.children):
        return False
    doc = tok.doc
    colon = next((t.i for t in doc[tok.i:tok.sent.end] if t.text == ":"), None)
    if colon is None or not all(t.is_space for t in doc[colon + 1:tok.sent.end]):
        return False
    after = next((t for t in doc[colon + 1:] if not t.is_space), None)  # the block starts on the next line
    return after is not None and after.idx in block_starts and brings_in_own_words(tok)


_OTHERS_WORDS = frozenset({"cite", "quote", "translate", "excerpt", "reproduce"})


def brings_in_own_words(verb: Token) -> bool:
    """Whether a verb that a colon and a block quote follow brings in its subject's own words: a verb of speaking
    or of going on ("wrote:", "continued in her post:"), not one of another's words ("cited a passage of the law:",
    "quoted the minister:", "translated some of the comments:", "read aloud a text message the victim had sent:",
    "shared a message from the detained blogger:") nor of a thing shown ("added a comic by Sherif Arafa:", an
    object of ``source_nouns.txt`` [things]); "received a threat:", "recovered a note:" bring in no words of theirs.
    "According to X" does only as the line's last words ("..., according to the ministry:"), not before another's
    clause ("According to the social class of those involved, Bruno Nepumoceno reached the following conclusion:")."""
    if verb.lower_ == "according":
        end = verb.right_edge.i + 1
        return end < len(verb.doc) and verb.doc[end].text == ":"
    return verb.lemma_.lower() in introducing_verbs() and not names_others_words(verb)


def names_others_words(verb: Token) -> bool:
    """Whether a verb before a colon brings in another's words or a thing, not its subject's own words: "cited",
    "quoted", "translated"; an object of ``source_nouns.txt`` [things] ("added a comic by Sherif Arafa:"), or one
    with its own clause or owner ("shared a message from the detained blogger:", "a text message the victim had
    sent:"); a participle that says what the words ask or say is no owner ("left a comment asking for elections:"),
    but one of quoting is ("left a comment quoting the president:")."""
    things = lexicon().things
    return verb.lemma_.lower() in _OTHERS_WORDS or any(
        c.dep_ == "dobj" and (c.lower_ in things or c.lemma_.lower() in things or any(
            g.dep_ == "relcl" or g.dep_ == "acl" and (g.tag_ != "VBG" or g.lemma_.lower() in _OTHERS_WORDS)
            or (g.dep_ == "prep" and g.lower_ in ("from", "by")) for g in c.children))
        for c in verb.children)


def after_quotation(tok: Token) -> bool:
    """A speech verb the parse took for a participle on the noun before it, right after a quotation's
    closing mark and a comma ('"...," *the patient described* in the case report'): the past tense of the
    quotation's attribution, not a noun's participle."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.lemma_.lower() not in cue_lexicon():
        return False
    head, doc = tok.head, tok.doc
    left = head.i  # the noun phrase's own words (the parse may hang the quotation, marks and all, on it)
    while left > 0 and doc[left - 1].head.i == head.i and doc[left - 1].dep_ in ("det", "amod", "compound", "poss"):
        left -= 1
    return (tok.i == head.i + 1 and can_speak(head) and left >= 2 and doc[left - 1].is_quote
            and doc[left - 2].text in (",", "!", "?"))


def said_after_quotation(tok: Token) -> bool:
    """A verb of speaking in the past right after a quotation's closing mark and its subject ('"You winning?" *she
    said*, but ...'): the quotation's attribution, whatever the parse made of the sentence (here the content of
    a "said" further on)."""
    if tok.tag_ != "VBD" or tok.lemma_.lower() not in _speaking():
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.right_edge.i + 1 != tok.i or not (subject.pos_ == "PRON" or can_speak(subject)):
        return False
    left, doc = subject.left_edge.i, tok.doc
    return left >= 2 and doc[left - 1].tag_ == "''" and doc[left - 2].text in (",", "?", "!")


def before_quotation(tok: Token) -> bool:
    """A speech verb with a subject, set right before a quotation by a comma or colon ('billboards in which
    *people say*, "I'm on meth."'): the quotation's cue, whatever the classifier learned of its subject;
    not what someone would or might say ('As Sherlock would say, "Elementary ..."'). "Put it" is such a verb
    ('As Gaiman put it, "Had he ..."')."""
    doc = tok.doc
    after = tok.i + 1 + put_it(tok)
    if tok.pos_ != "VERB" or (tok.lemma_.lower() not in _speaking() and after == tok.i + 1) \
            or after + 1 >= len(doc) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False
    subjects = list(tok.children)
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        subjects = list(tok.head.children)  # 'Canova "bristled" and *said*, "No comment," The Miami Herald reported'
    return (doc[after].text in (",", ":") and doc[after + 1].tag_ == "``"
            and not any(c.dep_ == "neg" for c in tok.children)
            and any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or can_speak(c)) for c in subjects))


def put_it(tok: Token) -> int:
    """How many words of "put it" (and its manner: "put it bluntly") follow the verb "put"; 0 for any other verb."""
    doc, n = tok.doc, tok.i + 1
    if tok.lemma_.lower() != "put" or n >= len(doc) or doc[n].lower_ != "it" or doc[n].head.i != tok.i:
        return 0
    n += 1
    while n < len(doc) and doc[n].dep_ == "advmod" and doc[n].head.i == tok.i:
        n += 1
    return n - tok.i - 1


CLEAR_DEGREES = frozenset({"very", "abundantly", "perfectly", "crystal", "quite", "absolutely", "fully"})
MEANS = frozenset({"through", "with", "by"})  # "made it clear *through the sell-off*": an act, not words


def made_clear(tok: Token) -> tuple[Token, Token] | None:
    """The "clear" of "made (it) (very) clear" right after a form of "make", and the clause made clear after it
    ("Trump *made it clear* that he would not back down", "has *made clear* she will not debate"), however the parse
    hung the clause, on "make" or on "clear": PolNeAR's annotators mark these words as the cue and the clause as the
    content. None for any other token, with no such clause, with no subject that can speak ("failing to make clear
    that ...": what was not made clear; "where common sense made clear ..."), made clear by a means ("Investors
    made it clear through the sell-off that ...", "with a 5-0 win": an act, not words), or a question ("made it
    clear how he felt")."""
    doc, n = tok.doc, tok.i + 1
    if tok.lemma_.lower() != "make" or tok.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in (*tok.children, *(tok.head.children if tok.dep_ == "conj" else ()))
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.pos_ == "PRON" or can_speak(subject)):
        return None
    if n < len(doc) and doc[n].lower_ == "it":
        n += 1
    if n + 1 < len(doc) and doc[n].lower_ in CLEAR_DEGREES:
        n += 1
    if n >= len(doc) or doc[n].lower_ != "clear" or doc[n].pos_ not in ("ADJ", "ADV"):
        return None
    clear = doc[n]
    if any(c.dep_ == "prep" and c.lower_ in MEANS for c in (*tok.children, *clear.children)):
        return None
    clause = next((c for c in (*tok.children, *clear.children) if c.i > clear.i and c.pos_ in ("VERB", "AUX")
                   and (c.dep_ == "ccomp" or c.dep_ == "advcl" and c.head.i == clear.i)
                   and any(g.dep_ in SUBJECTS or g.dep_ == "expl" for g in c.children)), None)
    if clause is None or clause.left_edge.tag_ in ("WRB", "WP", "WDT") or clause.left_edge.lower_ in ("whether", "if"):
        return None  # "made it clear how he felt": a question, not what was said
    return clear, clause


def made_clear_content(tok: Token) -> tuple[int, int] | None:
    """What was made clear (``made_clear``): from the word after "clear", past a time or an addressee before the
    clause ("made clear *Monday* that", "made it clear *to reporters* that"), to the clause's end; None without."""
    if (found := made_clear(tok)) is None:
        return None
    clear, clause = found
    doc, start = tok.doc, clear.i + 1
    while start < clause.left_edge.i:
        aside = doc[start] if doc[start].is_punct else next(
            (c for c in (*tok.children, *clear.children) if c.left_edge.i == start
             and c.right_edge.i < clause.left_edge.i and c.dep_ in ("npadvmod", "advmod", "prep")), None)
        if aside is None:
            break
        start = aside.right_edge.i + 1
    end = clause.right_edge.i + 1
    while end > start and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1
    return start, end


def quoted_as_saying(tok: Token) -> Token | None:
    """The one a verb of quoting names as saying ("Politico quoted *Tim Manning* ... as saying "..."", "The BBC
    cited *Budi Gunawan* ... as saying the suspects were linked", "It cited *the Air Force* as stating"), for the
    cue "saying": the words are theirs, the outlet only relays them. None for any other token."""
    if tok.lemma_.lower() not in ("say", "state", "claim") or tok.tag_ != "VBG" or tok.dep_ != "pcomp" \
            or tok.head.lower_ != "as":
        return None
    as_, doc = tok.head, tok.doc  # the parse may hang "as" on a later verb: the verb of quoting before it
    verb = next((t for t in reversed(doc[tok.sent.start:as_.i]) if t.lemma_.lower() in ("quote", "cite")), None)
    one = None if verb is None else next((c for c in verb.children if c.dep_ == "dobj" and can_speak(c)), None)
    if one is None or one.right_edge.i + 1 + (doc[one.right_edge.i + 1].text == ",") != as_.i:
        return None
    return one


SAYING_BY = frozenset({"by", "after", "before", "upon"})
CONDITIONS = frozenset({"if", "unless"})  # a clause they open says what would be, not what is
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})  # a verb that has a tense of its own


def said_by_way(tok: Token) -> bool:
    """"saying" after "by", "after", "before", "upon" or "aside from" ("Bolton distanced himself from the movement
    *by saying* he would ...", "aside from saying he wants ..."), "telling" with what was told ("pitched himself
    to voters *by telling* them that ..."), or another participle of speaking there before a quotation ("Blige
    sings to Clinton *before asking* her, "...""): the cue of what the subject of the verb before it said. Only
    with a clause or a quotation said, after a verb of what was done (past, or with "has"): not "for saying"
    ("criticized him for saying": who said it is another), "without saying", "from saying" but after "aside"
    ("offered him a platform, from saying ... to playing up ...": a range of acts), "by saying nothing", nor what
    one would, might, often or never do ("If the mayor responds by saying ...", "Politicians often dodge questions
    by saying ...", "never responded by saying he was sorry")."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.dep_ != "prep" or not (
            prep.lower_ in SAYING_BY or prep.lower_ == "from" and prep.head.lower_ in ("aside", "apart")):
        return False
    right_before = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "``"  # 'by saying "Too many."'
    quoting = tok.lemma_.lower() in _speaking() and (_before_quotation(tok) or tok.lower_ == "saying" and right_before)
    clause = any(c.dep_ == "ccomp" for c in tok.children)
    if not (quoting or clause and tok.lower_ in ("saying", "telling")):
        return False
    verb = _by_way_of(tok)
    done = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                                           for c in verb.children)
    return done and not any(c.dep_ in ("neg", "auxpass") or c.tag_ == "MD"  # nor a passive's: "The CEO was
                            or c.dep_ == "mark" and c.lower_ in CONDITIONS  # questioned by lawmakers after saying"
                            or c.lower_ in ("often", "never", "usually") for c in verb.children)


def expected_to(tok: Token) -> bool:
    """"The House *is expected* to pass the bill": an expectation that names no one who holds it (a passive of
    "expect" with an infinitive and no agent). PolNeAR marks it as an attribution with no source, 70 times in the
    80 that PolNeAR train has; never a row of the record, which is for what was said."""
    return tok.lemma_.lower() == "expect" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children) \
        and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in tok.children)


def way_verb(tok: Token) -> Token:
    """The verb a participle after a preposition tells the way of ("He continued by announcing"): the head of its
    preposition, past "aside" ("refuses to discuss them, *aside* from saying") and past a causative's "have" ("the
    parents tried to *have* Waseem released by saying": not Waseem's act). Its subject is the participle's."""
    verb = tok.head.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb = verb.head
    if verb.tag_ == "VBN" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("have", "get"):
        verb = verb.head
    return verb


def _by_way_of(tok: Token) -> Token:
    """The finite verb a "by saying" tells the way of: ``way_verb``, and the verbs an infinitive hangs on ("refuses
    to discuss them, aside from saying")."""
    verb = way_verb(tok)
    while verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _before_quotation(tok: Token) -> bool:
    """Whether a comma or colon and an opening quotation mark follow a verb, its objects and where or when it was
    said ("asking her, "..."", "saying during the debate last week, "..."")."""
    doc = tok.doc
    end = max([tok.i, *(c.right_edge.i for c in tok.children if c.i > tok.i and (
        c.dep_ in ("dobj", "dative") or c.dep_ == "npadvmod" and c.ent_type_ == "DATE" or _occasion(c)))])
    return end + 2 < len(doc) and doc[end + 1].text in (",", ":") and doc[end + 2].tag_ == "``" \
        and not any(t.is_quote or t.is_punct for t in doc[tok.i + 1:end + 1])


def _occasion(prep: Token) -> bool:
    """Whether a preposition names the occasion or the time of saying ("during the debate", "at a rally on Monday")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and prep.lower_ in ("during", "at", "in", "on") and obj is not None and (
        obj.ent_type_ == "DATE" or obj.lemma_.lower() in wordlists.word_set("speech_occasions.txt"))


def saying_by_verb(tok: Token) -> Token | None:
    """The verb whose act a "by saying" says ("*began* by saying", "*responded* by saying", "*punctuated* his list by
    saying"), for a cue ``said_by_way``: where that verb is a cue too, the two are one statement, as PolNeAR marks
    it, the cue running from the verb to "saying" (but for a verb with the one told: statements.find_statements).
    None for any other token, for a courtesy or an order (``topic_cues.txt`` [quoted only], [topic only]: "thanked
    the fans after telling reporters that ...": the participle is the cue), and for a verb that has words of its
    own before it."""
    if not said_by_way(tok):
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.i > tok.i or any(t.tag_ == "''" for t in tok.doc[tok.sent.start:verb.i]):
        return None  # not the verb of a quotation before it ('"...," Blige *sings* to Clinton before asking her, "')
    lemma = verb.lemma_.lower()
    courtesies = wordlists.section_set("topic_cues.txt", "quoted only") | wordlists.section_set("topic_cues.txt",
                                                                                                 "topic only")
    return None if lemma in courtesies else verb


def shown_saying(tok: Token) -> Token | None:
    """The one named right before a participle of speaking that a comma or colon and an opening quotation mark
    follow ("The ad uses footage of *Hillary Clinton* asking, "Why ..."", "Witnesses described *Mayor Ann Lee*
    shouting, "..."", "The video shows *Senator Tom Smith* telling voters, "...""): the quotation's speaker,
    however the parse hung the participle (on the name, or as the object or clause of the verb before it, the name
    its subject). Only after what shows someone (``showing_words.txt``, ``shown_by``): not the one a message went
    to ("sent a text message to supporters saying: "..."") or was done to ("explained the decision to ban the
    players saying, "..."), nor a place ("issued a statement at his golf club outside Washington, D.C. saying,
    "...""). None for a participle with another subject, or after a word that cannot speak."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i == 0 or tok.lemma_.lower() not in _speaking():
        return None
    one = doc[tok.i - 1]
    if one.pos_ not in ("PROPN", "NOUN") or one.dep_ == "compound" or not can_speak(one) \
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != one.i
                   and not (one.dep_ == "pobj" and c.i == one.head.head.i)  # but "The *clip* of Obama saying, "...""
                   for c in tok.children):
        return None
    return one if _shower(one, tok) is not None and _before_quotation(tok) else None


def shown_by(tok: Token) -> Token | None:
    """What shows the one a ``shown_saying`` participle names ("The video *shows* Senator Tom Smith telling",
    "*footage* of Hillary Clinton asking"); None where there is no such participle."""
    return None if (one := shown_saying(tok)) is None else _shower(one, tok)


def _shower(one: Token, tok: Token) -> Token | None:
    if one.dep_ == "pobj" or tok.dep_ == "pobj" and one.dep_ == "nsubj":  # "footage of | Hillary Clinton asking",
        of = one.head if one.dep_ == "pobj" else tok.head  # "footage of | Trump saying" (the participle the object)
        noun = of.head
        return noun if of.lower_ == "of" and noun.lower_ in wordlists.section_set("showing_words.txt", "nouns") \
            else None
    verb = tok.head if one.dep_ == "nsubj" and one.head.i == tok.i else one.head  # "shows | Senator Tom Smith
    # telling", "described | Mayor Ann Lee shouting"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon().data for c in verb.children):
        return None  # "The *poll* shows voters saying, "..."": a finding, not someone shown saying it
    return verb if verb.lemma_.lower() in wordlists.section_set("showing_words.txt", "verbs") and verb.i < one.i \
        else None


def _speaking() -> frozenset[str]:
    return wordlists.word_set("communication_cues.txt")


@cache
def introducing_verbs() -> frozenset[str]:
    """Verbs of speaking and of going on ("wrote:", "continued in her post:"): what brings in its subject's words."""
    return _speaking() | going_on_verbs()


class CueFinder:
    def __init__(self, model=None, threshold: float = CUE_THRESHOLD):
        ensure_extensions()
        self.model = model
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        in_quote = quote_flags(doc)
        cues = []
        model = self.model
        block_starts = frozenset(a for a, _ in doc.user_data.get(BLOCKS_KEY) or [])
        for tok in doc:
            if not is_candidate(tok) or discourse_marker(tok):
                continue
            s = model.score(features(tok, in_quote))
            if s > self.threshold or relayed_speech(tok) or goes_on_quoting(tok) or after_quotation(tok) \
                    or (not in_quote[tok.i] and before_quotation(tok)) or quoted_as_saying(tok) is not None \
                    or (not in_quote[tok.i] and (said_by_way(tok) or shown_saying(tok) is not None)) \
                    or before_block(tok, block_starts) or after_marker(tok) or made_clear(tok) is not None \
                    or (not in_quote[tok.i] and (expected_to(tok) or said_after_quotation(tok))):
                start, end = cue_extent(tok)
                cues.append(Cue(tok.i, start, end, s))
        doc._.cues = cues
        return doc


@Language.factory("onrecord_cues", requires=["token.dep", "token.lemma", "doc._.quotes"],
                  assigns=["doc._.cues"], default_config={"threshold": CUE_THRESHOLD})
def make_cue_finder(nlp: Language, name: str, threshold: float) -> CueFinder:
    from onrecord.attribution.weights import load_cue_model

    return CueFinder(load_cue_model(), threshold)
