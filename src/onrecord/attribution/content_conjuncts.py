"""Where a content ends when the parse hung an "and" on the wrong word: the conjuncts a content takes or leaves.

The parser often joins a coordinated phrase to the cue, or the reporter's next verb to the last verb of what
was said. These rules mend the chosen content (``content_choice.choose``, then ``content_edges``):

- ``with_object_conjunct``: a noun the parse joined to the cue after its object is a second object of the same
  request ("called for an end to the capitalist system*, and the cancellation of all rents*");
- ``with_infinitive_conjunct``: a bare infinitive the parse joined to a cue not in the bare form goes on with
  the infinitive the content holds ("urged vigilant locals to assist authorities *and "deny terrorism any
  victory"*"): a past verb cannot be coordinated with a bare one;
- ``with_clause_conjunct``: a clause content in the bare form goes on over its verb's conjunct in that form with
  no subject of its own ("suggested supporters fill out absentee ballots*, and then visit their polling
  places*"), where the chosen content stopped before it: a past cue cannot be coordinated with a bare verb;
- ``before_own_conjunct``: a conjunct verb in the finite past with no subject of its own cannot share
  the auxiliary of the verb it follows ("would be disbanded, *but later reversed himself*"): it goes
  with the cue's subject, the reporter's narration, not with what was said; nor can one outside the
  quotation whose last verb it follows ('reported that "many stores are still selling out"*, and called
  the demand "unprecedented"*'): the reporter goes on with the source's next act. A past verb of intention right
  after "and" or "but" after a modal is the reported speech going on in the past ("would not vote for Trump or Biden
  but planned to write in a candidate"): it stays;
- ``before_absolute_clause``: a participle cue under "with" ends its content before a noun the parse joined to its
  object that is the subject of the next participle ("with nearly 140 House members blasting the roundups *and the
  White House dispatching* a top official"): another's act, not what was said; nor does it run past the "with"
  phrase into the sentence's next clause ("with Zinichev describing the threat as ..., *and work launched to
  stabilise the structure*");
- ``after_quotation_closes``: a quotation that opens the content and closes before a new clause joined by
  "and" or "but", with a subject of its own ('said "We couldn't win," *and the city flag is at half-mast*'; 'say
  "friend" *and the door opens*', which the parse hangs on the cue),
  ends the content: the clause after it is the reporter's ("and that ..." goes on with what was said, and so
  does a second quotation: 'as saying "FEMA has an important role ..." and "[i]f there's an emergency, ..."');
  nor does a participle's clause of when it was said ('"They need to stand by us", *while addressing the press*'),
  nor, after a quotation closed on a comma, a subordinate clause in the past with a subject of its own, the
  reporter's scene ('said, “We will rebuild,” *as hundreds lined the streets*'; 'chanted, “Fund our schools,” and
  “Put kids first,” *as ...*': the two quotations, each a part; not "if", "because" or "after the ceasefire takes
  hold", which may be the speaker's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.content import SUBORDINATING, Parts, joined_on
from onrecord.attribution.content_edges import SUBJECT_DEPS
from onrecord.attribution.cues import quote_flags
from onrecord.attribution.token_spans import trim_tokens


def _joined_right_after(doc: Doc, end: int, conj: Token) -> bool:
    """Whether only commas, quotation marks and one "and" or "or" lie between ``end`` and the conjunct."""
    between = doc[end:conj.left_edge.i]
    return sum(t.dep_ == "cc" for t in between) == 1 and all(
        t.is_punct or t.dep_ == "cc" and t.lower_ in ("and", "or") for t in between)


def _no_subject(tok: Token) -> bool:
    return not any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def with_object_conjunct(cue_tok: Token, parts: Parts) -> Parts:
    """The object content with the noun the parse joined to its cue right after it (see the module)."""
    if len(parts) != 1 or parts[0][0] <= cue_tok.i:
        return parts
    doc, (s, e) = cue_tok.doc, parts[0]
    heads = [t for t in doc[s:e] if not s <= t.head.i < e]
    if len(heads) != 1 or heads[0].dep_ not in ("dobj", "pobj") or cue_tok.i not in (heads[0].head.i,
                                                                                    heads[0].head.head.i):
        return parts
    conj = next((c for c in cue_tok.rights if c.dep_ == "conj" and c.i >= e), None)
    if conj is None or conj.pos_ != "NOUN" or not _no_subject(conj) or not _joined_right_after(doc, e, conj) \
            or doc[conj.left_edge.i].tag_ in ("NNP", "NNPS"):  # not "demanded the release, and *Smith* the return"
        return parts
    return [trim_tokens(doc, s, conj.right_edge.i + 1)]


def with_infinitive_conjunct(cue_tok: Token, parts: Parts) -> Parts:
    """The infinitive content with the bare infinitive the parse joined to its cue (see the module)."""
    if not parts or parts[-1][0] <= cue_tok.i or cue_tok.tag_ == "VB":
        return parts
    doc, (s, e) = cue_tok.doc, parts[-1]
    if not any(c.dep_ == "xcomp" and c.tag_ == "VB" and s <= c.i < e for c in cue_tok.children):
        return parts
    conj = next((c for c in cue_tok.rights if c.dep_ == "conj" and c.i >= e), None)
    if conj is None or conj.tag_ != "VB" or not _no_subject(conj) or not _joined_right_after(doc, e, conj) \
            or any(c.dep_ in ("aux", "auxpass") for c in conj.children):  # not ", and *will sign* it"
        return parts
    return [*parts[:-1], trim_tokens(doc, s, conj.right_edge.i + 1)]


_BARE_FORMS = ("VB", "VBP")  # "supporters fill out ballots, and then visit": the tagger's present is the bare form


def with_clause_conjunct(cue_tok: Token, parts: Parts) -> Parts:
    """The clause content with the conjunct verb its own verb goes on to (see the module)."""
    if not parts or parts[-1][0] <= cue_tok.i:
        return parts
    doc, (s, e) = cue_tok.doc, parts[-1]
    head = next((c for c in cue_tok.children if c.dep_ == "ccomp" and s <= c.i < e and c.left_edge.i == s
                 and c.tag_ in _BARE_FORMS and cue_tok.tag_ not in _BARE_FORMS), None)  # not a past verb's conjunct
    conj = None if head is None else next((c for c in head.rights if c.dep_ == "conj" and c.i >= e), None)
    if conj is None or conj.tag_ not in _BARE_FORMS or not _no_subject(conj) or not _joined_right_after(doc, e, conj):
        return parts
    return [*parts[:-1], trim_tokens(doc, s, conj.right_edge.i + 1)]


def before_own_conjunct(cue_tok: Token, parts: Parts) -> Parts:
    """The content without a trailing conjunct that is the cue subject's act (see the module)."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    inside = quote_flags(doc)
    for t in doc[s:e]:
        if t.dep_ != "conj" or t.tag_ != "VBD" or t.head.i < s or t.i <= cue_tok.i or not _no_subject(t) \
                or t.right_edge.i + 1 < e - 1:
            continue
        head = t.head  # not "said he *went* and *saw* ...": two past verbs share their subject
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        shares_aux = head.tag_ != "VBD" and auxes and not any(q.is_quote for q in doc[s:e]) and not (
            _reported_plan(t, auxes))
        closing = next((k for k in range(t.left_edge.i - 1, head.i, -1) if doc[k].tag_ == "''"), None)
        past_quotation = inside[head.i] and closing is not None and all(  # '"...selling out"*, and called*'
            x.is_punct or x.dep_ == "cc" for x in doc[closing:t.left_edge.i]) and t.lemma_.lower() in \
            wordlists.word_set("communication_cues.txt")
        # (an act of saying: not 'said Fiorina "was ... involved" and shared in "a great amount of regret"')
        if not (shares_aux or past_quotation):
            continue
        cut = t.left_edge.i
        while cut > s and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        if cut > s:
            return parts[:-1] + [trim_tokens(doc, s, cut)]
    return parts


def _reported_plan(verb: Token, auxes: list[Token]) -> bool:
    """A past verb of intention (``reported_states.txt`` [intentions]) joined right after "and" or "but" to a verb with
    a modal ("said he would not vote for Trump or Biden *but planned* to write in a candidate"): the reported speech
    goes on in the past, as it does after "said"; not any other verb ("would veto the measure and walked out"), the
    source's next act."""
    return any(a.tag_ == "MD" for a in auxes) and _joined_bare(verb) and verb.lemma_.lower() in wordlists.section_set(
        "reported_states.txt", "intentions")


def _joined_bare(verb: Token) -> bool:
    """Whether a conjunct verb follows its "and" or "but" with no comma before it (", and questioned why": the
    source's next act)."""
    doc = verb.doc
    cc = verb.left_edge.i - 1
    return cc > 0 and doc[cc].dep_ == "cc" and not doc[cc - 1].is_punct and not doc[cc - 1].is_space


def before_absolute_clause(cue_tok: Token, parts: Parts) -> Parts:
    """The content without the next "and X doing ..." of an absolute clause (see the module)."""
    if not parts or cue_tok.tag_ != "VBG" or cue_tok.head.lower_ != "with":
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    for t in doc[s:e]:
        after = t.right_edge.i + 1
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and after < e and doc[after].tag_ == "VBG" \
                and doc[after].head.i == cue_tok.i and doc[t.left_edge.i - 1].dep_ == "cc":
            return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i - 1)]
    phrase_end = cue_tok.head.right_edge.i + 1  # "with Zinichev describing the threat ..., *and work launched to
    inside = quote_flags(doc)  # stabilise ...*": the sentence's next clause, with its own subject, outside quotation
    if s < phrase_end < e and any(t.dep_ == "conj" and t.head.i < cue_tok.head.i and not inside[t.i] and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in doc[phrase_end:e]):
        cut = trim_tokens(doc, s, phrase_end)
        if cut[0] < cut[1]:
            return parts[:-1] + [cut]
    return parts


def after_quotation_closes(cue_tok: Token, parts: Parts) -> Parts:
    """The content without the reporter's clause after its quotation (see the module)."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    opened = s > 0 and doc[s - 1].tag_ == "``" or doc[s].tag_ == "``"
    if not opened or cue_tok.i > s:
        return parts
    first = s - 1 if doc[s].tag_ != "``" else s  # the opening mark, when the part starts after it
    quoted: Parts = []  # quotations joined by "and" before this one: '“Go home,” and “Stay safe,” as ...'
    whole = parts[:-1] + [(first, e)]  # two quotations, each with its marks
    for k in range(s + 1, e - 2):
        if doc[k].tag_ == "``" and not (quoted and k == quoted[-1][1] + 1):
            return whole if quoted else parts  # another quotation inside: not one quotation and a clause
        if doc[k].tag_ != "''":
            continue
        after = k + 1 + (doc[k + 1].text == ",")
        start = quoted[-1][1] + 1 if quoted else s
        conj = next((t for t in doc[after + 1:e] if t.dep_ == "conj" and t.head.i < k or joined_on(t)), None)
        if (doc[after].dep_ == "cc" and doc[after].lower_ in ("and", "but") and conj is not None
                and conj.left_edge.i == after + 1 and doc[after + 1].lower_ != "that" and not doc[after + 1].is_quote
                and any(c.dep_ in SUBJECT_DEPS or (c.dep_ == "compound" and c.i < conj.i and conj.pos_ == "VERB")
                        for c in conj.children)):  # "and voters cheer", its subject read as a compound of the verb
            return parts[:-1] + quoted + [(start, k + 1)]
        if doc[after].lower_ == "and" and doc[after + 1].is_quote and doc[k - 1].text == ",":
            quoted.append((first if not quoted else start, k + 1))  # '“Fund our schools,” and': the next
            continue  # quotation may close before the reporter's clause
        if doc[after].dep_ == "cc" and doc[after + 1].is_quote and doc[s].tag_ != "``":
            return whole
        when = (verb := _when_participle(doc[after])) is not None and verb.right_edge.i + 1 >= e  # '"They need to
        # stand by us", *while addressing the press*'
        scene = doc[k - 1].text == "," and _own_subordinate(doc[after])  # '“We will rebuild,” *as hundreds lined ...*'
        if when or scene:
            return parts[:-1] + quoted + [(start, k + 1)]
        return whole if quoted else parts
    return whole if quoted else parts


_SCENE_MARKS = frozenset({"as", "while", "when", "although", "though"})


def _own_subordinate(mark: Token) -> bool:
    """Whether ``mark`` opens a subordinate clause in the past with a subject of its own ("*as* hundreds of them
    lined entrances"): after a quotation closed on a comma, the reporter's scene; not a condition, a reason or a
    time still to come, which may be the speaker's ("“Prices will rise,” *if* the tariffs go ahead", "“The troops
    will withdraw,” *after* the ceasefire takes hold")."""
    verb = mark.head
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return mark.dep_ == "mark" and mark.lower_ in _SCENE_MARKS and verb.i > mark.i and past \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _when_participle(mark: Token) -> Token | None:
    """The participle of a clause of when something was said that ``mark`` opens ("*while* addressing the
    press", "*when* asked", "*after* watching the replay"), with no subject of its own; None for any other, and
    for one that says something itself ("while *denying that* he had met ...")."""
    if mark.lower_ not in SUBORDINATING | {"as"}:
        return None
    verb = mark.head if mark.dep_ in ("mark", "advmod") else next(
        (c for c in mark.children if c.dep_ == "pcomp"), None) if mark.dep_ == "prep" else None
    if verb is None or verb.i <= mark.i or verb.tag_ not in ("VBG", "VBN") or not _no_subject(verb) \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return verb
