"""Where a chosen content starts and ends, by rules of English reporting the parse or the ranker miss
(the rules about conjuncts are in ``content_conjuncts``, those about the ones a content names, its subject and the
one told, asked or urged, in ``content_parties``).

``content_choice.choose`` picks a content among candidates; these rules then move its edges, or find that
the cue reported nothing (an empty list: no statement):

- ``past_setting``: the object of a preposition hanging on the cue is where or when it was said ("said *on the
  parliament floor*", "indicated *on Twitter*", "reported *in mid-2019*"), never what was said: the content is the
  clause or quotation after it (without the one told before it: "told The Hill in a statement that ..."); with
  none, a setting preposition (``setting_prepositions.txt``) or a date leaves none;
- ``before_semicolon``: a content after its cue ends at a semicolon that opens a clause the parse made the
  cue's head ("Both officers indicated they would appeal*; Quirin wept* in his lawyer's arms") or one that
  holds a cue of its own ("the magnitude was 5.5*; the USGS reported 5.8*"): another's words or the reporter's
  (a "that" after the semicolon goes on with what was said: "reported that A; that B; and that C");
- ``before_main_clause``: a clause content of a cue in an opening subordinate clause ends with its clause ("*After*
  Trump suggested that mail-in voting could result in fraud*, early August debate centered ...*");
- ``after_semicolon``: a content a parenthetical cue splits starts after a semicolon before the cue ("*Kurdi
  ... died;* they had, his surviving father says, paid people smugglers"): the clause before is the reporter's;
- ``without_relative_word``: a content part that is only a relative word ("*which newspaper* The Hill described") goes;
- ``past_closed_aside``: a content cut at the comma that closes an aside inside it takes the "to", "into" or
  "as" phrase that completes its verb ("converting Hagia Sophia, formerly ... a museum*, to a mosque*"); one cut
  at a dash that opens the reporter's aside takes the infinitive after the closing dash as a second part
  ("commonplace for new governments — Johnson became prime minister in July — *to suspend parliament*");
- ``before_noun_clause``: a clause hung on the cue after a later preposition's noun is that noun's ("called for
  Rosselló's resignation after revelations *he ... sent ...*"): the content is the object;
- ``before_setting``: an object content does not take where, when or in what it was said, which trails it ("denied
  the allegations *in a statement shared to its website*", "sent a cease-and-desist letter *Thursday*");
- ``before_other_claim``: a trailing adjunct that holds another source's speech ("found no trace of explosives,
  *despite Znak.com claiming* ...") is the reporter's contrast, not this source's words; a trailing participle cue
  set off by a comma ("fewer delegates than Biden*, saying "the path ..."*") is a statement of its own;
- ``without_aside``: speech ends at the reporter's aside after a comma ("... the wall*, which was his promise*");
- ``without_credit``: another's report in commas inside the content ("*, reported by The Guardian as ...,*") goes;
- ``without_framing``: speech ends before the reporter's name for it ("*in what has been called an honor killing*");
- ``before_source``: a content up to its source after the cue's clause drops its descriptor ("*newspaper* The Hindu");
- ``past_cue_words``: an infinitive content whose verb is itself one of saying, with a clause ("went on *to
  say* that ...", "again refused *to pledge* to release his tax returns", "appeared *to suggest* that ...",
  "responded to a Gold Star mother *by saying* his refusal ... was a manufactured issue"), is that clause:
  the infinitive joins the cue (not "continued to write *songs*", an act); so does a "for" that opens the
  content right after the cue ("called *for* | the president to resign"), and the message a content opens
  with before a colon ("released *a statement*: | "[w]e cannot accept ..."");
- ``over_false_split``: a content cut where the parse ended a sentence with no mark to end it ("the term
  "subject to" in the 14th | Amendment requires parents to be citizens") goes on to that sentence's end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.antecedents import SET_AGAINST, SUBJECTS, set_against
from onrecord.attribution.content import ADDRESSEE_VERBS, CLAUSAL, SUBORDINATING, Parts, adjacent_quotes, prep_object
from onrecord.attribution.cues import Cue, cue_lexicon, quote_flags, saying_words
from onrecord.attribution.naming import lexicon
from onrecord.attribution.token_spans import trim_tokens

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
DATES = ("DATE", "TIME")
AMOUNTS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def _setting_words() -> frozenset[str]:
    return wordlists.word_set("setting_prepositions.txt")


def _opens_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause of its own opens at ``start`` (its subtree starts there, or at a "that" before it)."""
    if doc[start].tag_ in ("WDT", "WP", "WP$", "WRB"):
        return False  # "on the matter — *which the BBC noted* ...": the reporter's relative clause
    return any(t.dep_ in SUBJECT_DEPS and start <= t.i < end and t.head.pos_ in ("VERB", "AUX")
               and start - 1 <= t.head.left_edge.i <= start and start <= t.head.i < end for t in doc[start:end])


def past_setting(cue_tok: Token, cue: Cue, parts: Parts, quotes: Parts) -> Parts:
    """The content after a prepositional phrase of the cue that the choice took for it (see the module)."""
    if not parts or cue_tok.lower_ == "according":
        return parts
    doc = cue_tok.doc
    if len(parts) > 1 and cue_tok.lemma_.lower() in ADDRESSEE_VERBS and any(
            c.dep_ in ("dobj", "dative") and trim_tokens(doc, c.left_edge.i, c.right_edge.i + 1) == parts[0]
            for c in cue_tok.children):
        parts = parts[1:]  # "told *The Hill* | in a statement that her client ...": the one told is no content
    s, e = parts[0]
    prep = next((c for c in cue_tok.children if c.dep_ in ("prep", "dative") and cue.end <= c.i <= s
                 and (obj := prep_object(c)) is not None and s in (c.i, obj.left_edge.i)), None)
    obj = prep_object(prep) if prep is not None else None
    if prep is None or obj is None or (prep.lower_ != "on" and prep.lower_ not in _setting_words()
                                       and obj.ent_type_ not in DATES):
        return parts  # "called for", "spoke to", "confessed to": their object can be what was said
    # the parse hung the clause on the object: "in the proceedings *that her decisions were ...*",
    # "on Twitter *the baby girl was critically ill*", "to the police *he "left home ..."*"
    rest = obj.i + 1
    while rest < e and (doc[rest].is_punct and not doc[rest].is_quote or doc[rest].lower_ == "that"):
        rest += 1
    if rest < e and _opens_clause(doc, rest, e):
        return [trim_tokens(doc, rest, e)] + parts[1:]
    # more settings after the phrase ("testified in his own defense *at the trial on Monday*") are no more said
    while e > obj.right_edge.i + 1 and _setting_of(cue_tok, doc[e - 1]):
        e -= 1
    if e > obj.right_edge.i + 1 or len(parts) > 1:
        return parts  # the content goes on past the phrase: the choice saw more than the setting
    after = [q for q in adjacent_quotes(cue_tok, cue, quotes) if q[0] >= e]
    if after:  # said on the parliament floor, "It follows decades of work ..."
        return after
    clause = next((c for c in cue_tok.children if c.dep_ in CLAUSAL + ("xcomp",) and c.i >= e), None)
    if clause is not None:  # "asked the court for the Southern District intervene in ..."
        start = clause.left_edge.i
        if not any(t.dep_ in SUBJECT_DEPS for t in clause.children):
            obj_before = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.i < prep.i), None)
            start = obj_before.left_edge.i if obj_before is not None else s
            if start == s and doc[s].head.i == obj.i and doc[s].lower_ in _venues() and doc[s + 1].tag_ == "DT":
                start = s + 1  # "announced on | *Twitter* the Federal Aviation Administration ... were to investigate"
        return [trim_tokens(doc, start, clause.right_edge.i + 1)]
    if prep.lower_ in _setting_words() or obj.ent_type_ in DATES:
        return []  # "testified in his own defense", "protested on the first day", "tweeted after hearing ..."
    return parts


def before_noun_clause(cue_tok: Token, parts: Parts) -> Parts:
    """A clause with no "that" the parse hung on the cue right after the noun of a later preposition is that
    noun's ("called for Rosselló's resignation after revelations | *he and his staffers sent ...*"), not what
    was said: the content is what the cue asked for (not the one told: "told reporters after the meeting the
    deal was off")."""
    if len(parts) != 1:
        return parts
    doc, s = cue_tok.doc, parts[0][0]
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and c.left_edge.i == s), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return parts
    prep = next((c for c in cue_tok.children if c.dep_ == "prep" and c.i < s and (o := prep_object(c)) is not None
                 and o.pos_ == "NOUN" and o.right_edge.i + 1 == s), None)
    taken = None if prep is None else next((o for c in cue_tok.children if c.i < prep.i and c.dep_ == "prep"
                                             and c.lower_ == "for" and (o := prep_object(c)) is not None), None)
    return parts if taken is None else [trim_tokens(doc, taken.left_edge.i, taken.right_edge.i + 1)]


def _setting_of(cue_tok: Token, tok: Token) -> bool:
    """Whether a token belongs to a prepositional phrase or a time of the cue (or of its object) or is punctuation."""
    if tok.is_punct:
        return True
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("prep", "npadvmod") and (anc.head.i == cue_tok.i or anc.head.head.i == cue_tok.i):
            obj = prep_object(anc) if anc.dep_ == "prep" else anc
            return anc.lower_ in _setting_words() or obj is not None and obj.ent_type_ in DATES
    return False


def past_closed_aside(cue_tok: Token, parts: Parts) -> Parts:
    """A content cut at the comma that closes an aside inside it goes on with the phrase that completes its
    verb after that comma ("converting Hagia Sophia, formerly a Greek Orthodox church and now a museum*, to a
    mosque*"): "to", "into" or "as" hung on a word of the content."""
    if not parts or parts[-1][1] + 1 >= len(cue_tok.doc):
        return parts
    doc, (s, e) = cue_tok.doc, parts[-1]
    if doc[e].text in _ASIDE_DASHES:  # "commonplace for new governments — Johnson became prime minister in July — to
        return _past_dashed_aside(doc, parts)  # suspend parliament"
    nxt = doc[e + 1] if doc[e].text == "," else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in ("to", "into", "as") or not s <= nxt.head.i < e \
            or not any(t.text == "," for t in doc[s:e]):
        return parts
    return [*parts[:-1], (s, nxt.right_edge.i + 1)]


_ASIDE_DASHES = ("\u2014", "\u2013", "--")


def _past_dashed_aside(doc: Doc, parts: Parts) -> Parts:
    """A content cut at a dash that opens the reporter's aside, closed by a second dash in the sentence and
    followed by the infinitive that completes the content ("it is commonplace for new governments — Johnson
    became prime minister in July — *to suspend parliament*"): that infinitive, up to a clause joined to it, is a
    second part."""
    s, e = parts[-1]
    close = next((t.i for t in doc[e + 1:doc[e].sent.end] if t.text == doc[e].text), None)
    if close is None or close + 2 >= len(doc) or doc[close + 1].lower_ != "to" or doc[close + 1].dep_ != "aux":
        return parts
    verb = doc[close + 1].head
    joined = [c.i for c in verb.children if c.dep_ in ("cc", "conj") and c.i > verb.i]
    start, end = trim_tokens(doc, close + 1, min([verb.right_edge.i + 1, *joined]))
    return [*parts, (start, end)] if verb.i < end else parts


def before_semicolon(cue_tok: Token, parts: Parts, cue_heads: set[int]) -> Parts:
    """The content after its cue without the clause a semicolon opens for another (see the module)."""
    if not parts or parts[-1][0] < cue_tok.i:
        return parts
    doc, (s, e) = cue_tok.doc, parts[-1]
    inside, above = quote_flags(doc), {t.i for t in cue_tok.ancestors}
    for k in range(s + 1, e - 1):
        if doc[k].text != ";" or inside[k]:
            continue
        after = doc[k + 2] if doc[k + 1].lower_ in ("and", "or") and k + 2 < e else doc[k + 1]
        if after.lower_ != "that" and any(  # not "...; and that ...", which goes on with what was said
                i in above or (i in cue_heads and i != cue_tok.i) for i in range(k + 1, e)):
            return parts[:-1] + [trim_tokens(doc, s, k)]
    return parts


def before_main_clause(cue_tok: Token, parts: Parts) -> Parts:
    """A clause content of a cue in the subordinate clause that opens its sentence ends with that clause
    ("*After* Trump suggested in a tweet that mail-in voting could result in fraud*, early August debate
    centered ...*"): what follows its comma is the sentence's main clause, whatever the parse hung on the cue."""
    doc, (s, e) = cue_tok.doc, (parts[-1] if parts else (0, 0))
    if s <= cue_tok.i or not any(c.dep_ == "mark" and c.lower_ in SUBORDINATING and c.i == cue_tok.sent.start
                                 for c in cue_tok.children):
        return parts
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and c.left_edge.i == s), None)
    end = None if clause is None else clause.right_edge.i + 1
    return parts[:-1] + [trim_tokens(doc, s, end)] if end is not None and end < e and doc[end].text == "," else parts


def after_semicolon(cue_tok: Token, parts: Parts, cue_heads: set[int]) -> Parts:
    """A content a cue splits in its own clause ("they had, *his surviving father says*, paid smugglers")
    without the clause a semicolon closes before it ("Kurdi ... were among eleven migrants who died;"):
    the reporter's, not what the parenthetical cue reports."""
    doc = cue_tok.doc
    if len(parts) == 1 and parts[0][1] <= cue_tok.i and ";" in [t.text for t in doc[parts[0][1]:cue_tok.i]] \
            and any(t.i != cue_tok.i and (t.i in cue_heads or t.lemma_.lower() in cue_lexicon()) and any(
                c.dep_ in SUBJECT_DEPS for c in t.children) for t in doc[parts[0][0]:parts[0][1]]):
        return []  # "*Initial reports stated the fruit was a pineapple*; NDTV later reported ...": another's claim
    if len(parts) < 2 or not parts[0][1] <= cue_tok.i < parts[1][0]:
        return parts
    s, e = parts[0]
    inside = quote_flags(doc)
    stops = [k for k in range(s + 1, e - 1) if doc[k].text == ";" and not inside[k]]
    return [trim_tokens(doc, stops[-1] + 1, e), *parts[1:]] if stops else parts


def before_setting(cue_tok: Token, parts: Parts) -> Parts:
    """An object content without where, when or in what it was said, which trails it ("denied the allegations
    *in a statement shared to its website*", "attacked Machado *in early-morning tweets*", "sent a letter
    *Thursday*", "reported her presence *on Twitter*"): a phrase that ends the content and hangs on the cue
    with a setting preposition (``setting_prepositions.txt``) or a date, or on the object with one of a
    document, a date or a medium (``media_venues.txt``); and any content after its cue without a trailing
    "without" phrase of how it was said ("said he died in Britain *without elaborating*", ``without_verbs.txt``)."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    told = wordlists.word_set("without_verbs.txt")
    how = next((t for t in doc[s + 1:e] if t.lower_ == "without" and t.dep_ == "prep" and s > cue_tok.i
                and t.right_edge.i + 1 == e and any(c.dep_ == "pcomp" and c.tag_ == "VBG"
                                                    and c.lemma_.lower() in told for c in t.children)), None)
    if how is not None:
        return parts[:-1] + [trim_tokens(doc, s, how.i)]
    if e - s > 2 and (at := doc[e - 2]).dep_ == "prep" and at.lower_ in ("on", "via") and doc[e - 3].tag_ == "''" \
            and doc[e - 1].dep_ == "pobj" and doc[e - 1].lemma_.lower() in _venues() \
            and (at.head.i == cue_tok.i or doc[s].tag_ == "``" or (s and doc[s - 1].tag_ == "``")):
        return parts[:-1] + [trim_tokens(doc, s, e - 2)]  # '"I WON THIS ELECTION!" *on Twitter*': where
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == s), None) or next(
        (o for c in cue_tok.children if c.dep_ == "prep" and c.lower_ == "for" and (o := prep_object(c)) is not None
         and o.left_edge.i == s), None)  # what was called for: "called for *his resignation* after revelations"
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or doc[s].tag_ == "IN":
        return parts  # not a clause the parse made an object ("writes *that the term ...* in the 14th | Amendment")
    cut = e  # a phrase right after the object or inside it: not after a complement ("called him a master *at ...*")
    while (at := next((t.left_edge.i for t in doc[obj.i + 1:cut] if s + 1 < t.left_edge.i
                       and t.right_edge.i + 1 >= cut
                       and (t.head.i != cue_tok.i or t.left_edge.i <= obj.right_edge.i + 2)
                       and _trailing_setting(cue_tok, obj, t)), None)) is not None:
        cut = at
    kept = trim_tokens(doc, s, cut)
    skip = ("det", "poss", "case") if obj.dep_ == "dobj" else ("det", "case")  # "called for *Rosselló's* resignation"
    if cut == e or sum(1 for t in doc[kept[0]:kept[1]] if t.is_alpha and t.dep_ not in skip) < 2:
        return parts  # not down to a bare noun ("announced his resignation | in 1995"): a topic, off the record
    return parts[:-1] + [kept] if kept[0] < kept[1] else parts


def _trailing_setting(cue_tok: Token, obj: Token, t: Token) -> bool:
    if t.head.i not in (cue_tok.i, obj.i):
        # deeper in the object, only a document: "the claims of the opposition *in a statement*", not a
        # time of what was said ("talks it abandoned *in 2009*")
        o = prep_object(t) if t.dep_ == "prep" else None
        return (o is not None and t.lower_ in ("in", "via") and obj.left_edge.i <= t.head.i < t.i
                and o.lemma_.lower() in lexicon().documents)
    if t.dep_ == "npadvmod" or (t.dep_ in ("advmod", "nmod") and t.head.i == cue_tok.i):
        return t.ent_type_ in DATES  # "Thursday", "last week"
    if t.dep_ != "prep" or (o := prep_object(t)) is None:
        return False
    word, what = t.lower_, o.lemma_.lower()
    if o.ent_type_ in AMOUNTS:
        return False  # "put his net worth *at $45 billion*": the object's measure, part of what was said
    if o.ent_type_ in DATES or what in lexicon().documents or (word in ("on", "in", "via") and what in _venues()):
        return word in _setting_words() or word == "on"
    return word in _setting_words() and t.head.i == cue_tok.i and word != "in"  # not "interest *in* the job"


def _venues() -> frozenset[str]:
    return wordlists.word_set("media_venues.txt")


def before_other_claim(cue_tok: Token, parts: Parts, cue_heads: set[int]) -> Parts:
    """The content without a trailing adjunct that reports another source's speech (see the module), and
    without the start of a clause set against it where the content stops in the middle of that clause ("an
    arrest ... in the elephant's death *while as of yesterday* | two other suspects were at large")."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    cut = next((t.i for t in doc[s + 1:e] if t.dep_ == "mark" and t.lower_ in SET_AGAINST and t.i > cue_tok.i
                and e < t.sent.end and not (doc[e].is_punct or doc[e].is_space or quote_flags(doc)[t.i])), None)
    if cut is not None:  # not in quoted words
        return parts[:-1] + [trim_tokens(doc, s, cut)]
    quoted = any(t.is_quote for t in doc[s:e])
    for t in doc[s:e]:
        if s <= t.head.i and t.right_edge.i + 1 >= e - 1 and _own_urging(t):
            cut = t.left_edge.i - (doc[t.left_edge.i - 1].dep_ == "cc")  # "said there was ... *and urged the crowd*"
            return parts[:-1] + [trim_tokens(doc, s, cut)]
        if t.i > s and t.right_edge.i + 1 >= e - 1 and _another_speaking(t):  # "..., with Safadi warning of ..."
            return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i)]
        if t.dep_ not in ("prep", "advcl") or t.head.i < s or t.i <= s or t.right_edge.i + 1 < e - 1:
            continue
        if _set_against(t, cue_tok, cue_heads):  # "said the victims were "joyful girls" *while X wrote ...*"
            return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i)]
        if quoted:  # quoted words are the speaker's, but for a cue of its own after a comma that holds them
            own, first = _own_cue_clause(doc, t, cue_tok, cue_heads), t.left_edge.i  # '"...," *further saying*, "..."'
            if own and (not any(q.is_quote for q in doc[s:first]) or doc[first - 1].tag_ == "''"):
                return parts[:-1] + [trim_tokens(doc, s, first)]  # a statement of its own
            opened = next((q.i for q in doc[t.i + 1:e] if q.tag_ == "``"), None)
            if own and opened is not None and doc[first - 2].tag_ == "''":  # a quotation closed before its comma
                # the same speaker's quotation goes on after the participle: '"... of it", *also observing*, "[t]here's
                # no ..."' is one statement of two parts, without the words between them
                return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i), trim_tokens(doc, opened, e)]
            continue
        # a cue in the content as it now ends: not one of a relative clause already cut off
        # ("for help in the 2020 election*, which Trump denied*": the election is still part of the claim)
        inner = [c for c in t.subtree if c.i in cue_heads and c.i != cue_tok.i and c.i < e]
        if inner and (doc[t.left_edge.i - 1].is_punct or t.lower_ == "despite" or t.lower_ in _setting_words()):
            return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i)]
    return parts


def _another_speaking(t: Token) -> bool:
    """A "with" phrase after a comma in which a named person or body is saying something, the name right before
    a verb of saying in "-ing" ("criticised the US policy shift*, with Jordanian Foreign Minister Ayman Safadi
    warning of "dangerous consequences"*"): another's words, not the cue's."""
    speaking = [x for x in t.subtree if x.i > t.i + 1 and x.lower_.endswith("ing") and (  # "warning" may be a
        x.lemma_.lower() in cue_lexicon() or x.lower_.removesuffix("ing") in cue_lexicon())  # noun to the tagger
        and t.doc[x.i - 1].ent_type_ in ("PERSON", "ORG")]  # "with NAME warning", not "with Smith facing charges"
    return t.lower_ == "with" and t.dep_ == "prep" and t.doc[t.left_edge.i - 1].text == "," and bool(speaking)


def _own_urging(t: Token) -> bool:
    """A past urging with an object, no subject, joined to a clause with no one to urge: the cue subject's act."""
    own = {c.dep_ for c in t.children}
    return t.dep_ == "conj" and t.tag_ == "VBD" and t.lemma_.lower() in ADDRESSEE_VERBS and "dobj" in own \
        and own.isdisjoint(SUBJECT_DEPS) and any(c.dep_ == "expl" or (c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and (
            not c.ent_type_ and not naming.animate(c))) for c in t.head.children)  # "there was ...", a thing


def _set_against(t: Token, cue_tok: Token, cue_heads: set[int]) -> bool:
    """Whether t is another source's cue reporting a clause, in a clause set against this one ("*while*
    Interior Minister Joachim Brudziński *wrote* he had ordered checks"): its own statement, not more of
    this content ("while police shout at him to drop his gun" is what the video shows)."""
    return (t.i in cue_heads and t.i != cue_tok.i and set_against(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children)
            and any(c.dep_ == "ccomp" for c in t.children))


def _own_cue_clause(doc: Doc, t: Token, cue_tok: Token, cue_heads: set[int]) -> bool:
    """Whether t is a participle cue set off by a comma ("..., *saying* "the path ... is impossible""):
    a statement of its own, not more of this one's content."""
    first = t.left_edge  # "..., *also observing*, "...""; '"...," *further saying*, "..."'
    comma = doc[first.i - 1].text == "," or doc[first.i - 1].tag_ == "''" and doc[first.i - 2].text == ","
    return (t.i in cue_heads and t.i != cue_tok.i and t.tag_ == "VBG" and comma
            and (first.i == t.i or first.i == t.i - 1 and first.dep_ == "advmod" and first.head.i == t.i))


RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})


def without_summing_noun(cue_tok: Token, parts: Parts) -> Parts:
    """Reported speech after its cue ends with its quotation when the quotation closes on a comma and only a noun
    phrase follows, the reporter's summing up ('says he's "losing the war on terrorism," *part of a verbal lashing
    they've administered to the president*'), whatever word the parse hung that noun on; not a list of quotations
    ('"incredibly ugly," "a huge shock" and ...', 'a "pathological liar" who is "utterly amoral," a "bully"')."""
    doc = cue_tok.doc
    if not parts or parts[-1][0] <= cue_tok.i:
        return parts
    s, e = parts[-1]
    while e > s and doc[e - 1].is_punct:
        e -= 1
    for q in range(s + 2, e - 1):
        if doc[q].tag_ != "''" or doc[q - 1].text != ",":
            continue
        noun = next((t for t in doc[q + 1:e] if not t.is_punct), None)
        noun = noun.head if noun is not None and noun.dep_ in ("det", "amod", "compound") else noun
        if noun is not None and noun.pos_ == "NOUN" and noun.head.i < q and noun.left_edge.i == q + 1 \
                and noun.right_edge.i + 1 >= e and not any(t.is_quote for t in doc[q + 1:e]):  # not a list of quotes
            return parts[:-1] + [(s, q + 1)]
    return parts


def before_dash(cue_tok: Token, parts: Parts) -> Parts:
    """Reported speech after its cue ends before the last dash of its sentence when the reporter's words follow: a
    noun phrase that sums it up (``summing_nouns.txt``), unless it says again a noun of what was said ('said he was
    "encouraged" by the plan *— a modest boost ...*'; not "said the vote was a victory — a win for every family");
    or the dash that closes the aside the cue's clause stands in, opened by the dash right before it after words of
    the sentence's own, with no other dash in it ('Fiorina was a microscopic planner - a former speechwriter said
    she demanded detailed analyses *- and her management ...*'), not a dateline's ("KYIV, Ukraine — President
    Zelensky said that Russia's strikes — which killed 12 people — amounted to terrorism")."""
    doc = cue_tok.doc
    if not parts or parts[-1][0] <= cue_tok.i:
        return parts
    s, e = parts[-1]
    dashes = [t.i for t in doc[s + 1:cue_tok.sent.end] if _dash(t)]
    if not dashes or not s < dashes[-1] < e - 1:
        return parts  # not "that the attack — its largest in months — was a response"
    d = dashes[-1]
    noun = doc[d + 1].head if doc[d + 1].lower_ in ("a", "an") else None
    if noun is not None and noun.pos_ == "NOUN" and noun.head.i < d and noun.dep_ not in SUBJECTS \
            and noun.lemma_.lower() in wordlists.word_set("summing_nouns.txt") and not _says_again(noun):
        return [*parts[:-1], (s, d)]
    before = [t.i for t in doc[cue_tok.sent.start:cue_tok.i] if _dash(t)]  # the aside's opening dash, right before
    lefts = {cue_tok.left_edge.i, *(c.left_edge.i for c in cue_tok.children if c.dep_ in SUBJECTS)}  # the clause
    opened = bool(before) and before[-1] + 1 in lefts and len(before) % 2 == 1 \
        and any(t.pos_ in ("VERB", "AUX") for t in doc[cue_tok.sent.start:before[0]])  # not "WASHINGTON —"
    return [*parts[:-1], (s, d)] if opened and len(dashes) == 1 else parts


def _says_again(noun: Token) -> bool:
    """Whether a noun after a dash says again a complement or object of what was said, as a second complement or an
    apposition ("the sanctions were a message to Moscow — a signal that ..."), not one that ends it ("the plan")."""
    up = noun.head
    while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
        up = up.head
    return noun.dep_ in ("attr", "oprd") or noun.dep_ == "appos" and up.dep_ in ("attr", "dobj", "oprd")


def without_dangling_word(cue_tok: Token, start: int, end: int) -> tuple[int, int]:
    """A content part without the coordinating word (``_dangles``) a cut inside a coordination left at its end ("that
    it wasn't hiding anything by refusing to cooperate *but rather*"); only in a part with a clause of its own, and not
    where the cue's own words follow: what is said comes after them ("YPG is ... largely Kurdish and, *according to
    Turkey*, supportive of the PKK")."""
    doc = cue_tok.doc
    if not _dangles(doc, start, end):
        return start, end
    after = next((t.i for t in doc[end:cue_tok.sent.end] if not t.is_punct), None)
    own = [(c.left_edge.i, c.right_edge.i) for c in cue_tok.children if c.dep_ in SUBJECTS] + [(cue_tok.i, cue_tok.i)]
    if after is not None and any(a <= after <= b for a, b in own) or not any(
            t.dep_ in ("nsubj", "nsubjpass", "expl") and start <= t.head.i < end and t.head.dep_ != "relcl"
            for t in doc[start:end]):
        return start, end  # nor in a phrase with no clause of its own ("praised those who left but said, ...")
    while _dangles(doc, start, end):
        start, end = trim_tokens(doc, start, end - 1)
    return start, end


def _dangles(doc: Doc, start: int, end: int) -> bool:
    """Whether a part ends on "and", "but", "or" or "nor", or on "rather" or "instead" after one of them."""
    return end - start > 1 and (doc[end - 1].lower_ in ("and", "but", "or", "nor") and doc[end - 1].dep_ == "cc"
                                or doc[end - 1].lower_ in ("rather", "instead") and doc[end - 2].dep_ == "cc")


def _dash(t: Token) -> bool:
    """A dash between words: "—", "–", "--", or a hyphen with spaces around it."""
    return t.text in _ASIDE_DASHES or t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.nbor(-1).whitespace_)


def without_aside(cue_tok: Token, parts: Parts) -> Parts:
    """Reported speech after its cue ends where the reporter's aside set off by a comma closes it: a non-restrictive
    relative clause ("insists that the budget include funding for the wall*, which was one of his
    campaign promises*") or a noun that sums up with a clause of its own ("indicated issues staffing
    the hotel*, something Clay recognised*"). Quoted words are left whole, unless they are all in an
    aside where someone else speaks: a verb of saying or naming with a subject of its own ("criticized
    the House's decision*, which Ross has referred to as "gamesmanship"*": Ross's words; not "the bridge,
    which thousands of commuters "depend on every single day""); the cue's own relative clause ("which he
    said ...") is the content, not an aside. Before its cue the whole sentence is what was said ("Minecraft is
    a commercial game, which was in alpha version when ..., he told Wikinews"), but for an aside where someone
    else speaks ("The plan will cost $5bn, *which critics say is too much*, the minister said")."""
    doc = cue_tok.doc
    if not parts:
        return parts
    s, e = parts[-1]
    quoted, before = any(t.is_quote for t in doc[s:e]), e <= cue_tok.i  # before its cue, the sentence is said
    for t in doc[s:e]:
        if t.dep_ != "relcl" or cue_tok in t.subtree or t.head.i == cue_tok.i or not all(
                x.is_punct for x in doc[t.right_edge.i + 1:e]):  # to the end, but for a closing mark
            continue
        if (quoted or before) and (any(q.is_quote for q in doc[s:t.left_edge.i]) or not _another_speaks(t)):
            continue  # quoted words of the speaker's own
        first = doc[t.left_edge.i]
        if first.lower_ in RELATIVE_WORDS or _others_relative(first, t):
            cut = first.i - 1  # ", which was ...", ", with which Hawkins and La Riva agreed"
        elif t.head.pos_ in ("NOUN", "PRON") and t.head.left_edge.i > s and t.head.i < t.i:
            cut = t.head.left_edge.i - 1  # ", something Clay recognised"
        else:
            continue
        if cut > s and doc[cut].text == ",":
            return parts[:-1] + [(s, cut)]
    return parts


def _others_relative(first: Token, clause: Token) -> bool:
    """A relative clause opened by a preposition whose subject is someone named (", with which Hawkins and La Riva
    agreed"): their act; not ", of which three patients have died", which goes on with what was said."""
    return first.tag_ == "IN" and first.lower_ != "of" and first.nbor(1).lower_ in RELATIVE_WORDS and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children) and clause.tag_ == "VBD"  # not ", under
    # which Congress must approve any changes", what was said


def _another_speaks(verb: Token) -> bool:
    """Whether a clause reports someone else's words: a verb of saying or naming with a subject of its own."""
    lemma = verb.lemma_.lower()
    saying = lemma in wordlists.word_set("communication_cues.txt") or lemma in wordlists.word_set("naming_verbs.txt")
    return saying and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def without_credit(cue_tok: Token, parts: Parts) -> Parts:
    """The content without another's report set off by commas inside it (see the module): the words of the
    one it credits, not of this source. Only in the reporter's words (a quotation is the speaker's whole)
    and only a participle that relays ("reported by", "quoted by"), not one that describes ("the vaccine,
    *recommended by the World Health Organization*, would be free" is what the speaker said)."""
    doc = cue_tok.doc
    out: Parts = []
    for s, e in parts:
        credit = None if any(t.is_quote for t in doc[s:e]) else next(
            (t for t in doc[s + 2:e] if t.i != cue_tok.i and _relayed_by(t, e)), None)
        if credit is None:
            out.append((s, e))
        else:
            out += [trim_tokens(doc, s, credit.i - 1), trim_tokens(doc, credit.right_edge.i + 2, e)]
    return out


def without_framing(cue_tok: Token, parts: Parts) -> Parts:
    """Reported speech after its cue without a last phrase "in what" a naming or describing verb in the passive,
    with no agent, names it (``naming_verbs.txt``, ``describing_verbs.txt``): what others call it, not what was
    said. Quoted words are left whole."""
    doc = cue_tok.doc
    if not parts or parts[-1][1] <= cue_tok.i or any(t.is_quote for t in doc[parts[-1][0]:parts[-1][1]]):
        return parts
    s, e = parts[-1]
    for t in doc[s + 1:e - 2]:
        verb = next((c for c in t.children if c.dep_ == "pcomp"), None)
        if (t.lower_ == "in" and t.dep_ == "prep" and doc[t.i + 1].lower_ == "what" and verb is not None
                and (verb.lemma_.lower() in wordlists.word_set("naming_verbs.txt")
                     or verb.lemma_.lower() in wordlists.word_set("describing_verbs.txt"))
                and doc[t.i + 1].dep_ == "nsubjpass"
                and not any(c.dep_ == "agent" for c in verb.children)
                and all(x.is_punct for x in doc[verb.right_edge.i + 1:e])):
            return parts[:-1] + [trim_tokens(doc, s, t.i)]
    return parts


_RELAYING = frozenset({"report", "quote", "cite"})


def _relayed_by(t: Token, end: int) -> bool:
    """Whether ``t`` opens ", reported by X as ...," before ``end``: a participle of relaying with its agent."""
    doc = t.doc
    return (t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and t.lemma_.lower() in _RELAYING
            and t.left_edge.i == t.i and doc[t.i - 1].text == "," and t.right_edge.i + 2 < end
            and doc[t.right_edge.i + 1].text == "," and any(c.dep_ == "agent" for c in t.children))


def before_source(doc: Doc, parts: Parts, source: tuple[int, int] | None) -> Parts:
    """The content without the source's descriptor just before a source written after it (see the module):
    a few lower-case nouns after the content's last comma, right before the source, with no article."""
    if not parts or source is None:
        return parts
    s, e = parts[-1]
    if not (s < e <= source[0] and source[0] - e <= 1):
        return parts
    comma = next((i for i in range(e - 1, max(s, e - 4) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma <= s:
        return parts
    tail = doc[comma + 1:e]
    if tail[0].text[:1].islower() and all(t.pos_ in ("NOUN", "ADJ") for t in tail):
        return parts[:-1] + [trim_tokens(doc, s, comma)]
    return parts


def over_false_split(doc: Doc, parts: Parts, cue_heads: set[int]) -> Parts:
    """Each part that ends where the parse ends a sentence, on a word with no mark after it, or on a legal
    form's abbreviation whose stop is no sentence's end ("HDT Védelmi Ipari Kft. (HDT Limited) acquired"), or
    on a dotted abbreviation before a lower-case word ("from about 664 b.c.e. to 250 c.e."), and
    the next sentence going on in the same line with a word and no cue of its own, grown to the end of that
    next sentence (its mark aside)."""
    out = []
    for s, e in parts:
        last = doc[e - 1]
        stop = e + 1 < len(doc) and doc[e].text == "." and doc[e].is_sent_end and (_abbreviated_form(last) and (
            doc[e + 1].is_lower or doc[e + 1].text == "(" and _bracket_then_verb(doc, e + 1)) or (
            "." in last.text and last.text.replace(".", "").isalpha() and doc[e + 1].is_lower))
        last, e = (doc[e], e + 1) if stop else (last, e)  # "Kft." and "664 b.c.e. to 250 c.e." end no sentence
        if e < len(doc) and last.is_sent_end and (stop or not last.is_punct and not doc[e].is_punct) \
                and not doc[e].is_space and "\n" not in last.whitespace_ \
                and not any(t.i in cue_heads for t in doc[e].sent):  # "… the 13th | Amendment was …," she said
            nxt = doc[e].sent
            e = nxt.end - (1 if nxt[-1].is_punct else 0)
        out.append((s, e))
    return out


def _abbreviated_form(t: Token) -> bool:
    """A legal form written short, capitalised ("Kft", "Inc", "Ltd"), not a word ("group", "company")."""
    return t.text[:1].isupper() and len(t) <= 4 and t.lower_ in lexicon().forms


def _bracket_then_verb(doc: Doc, i: int) -> bool:
    """Whether the bracket opening at ``i`` closes soon and the line goes on with a lower-case word ("Kft.
    (HDT Limited) acquired"), not a credit line ("(Reporting by Jane Doe)")."""
    close = next((t.i for t in doc[i + 1:i + 10] if t.text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].is_lower and doc[close + 1].is_alpha


def without_relative_word(doc: Doc, parts: Parts) -> Parts:
    """The parts without one that is only a relative word, with its noun ("*which newspaper* The Hill described
    as combative", "in *what* host Tom Bergeron described as the "hardest judge's verdict""): it stands for what
    was described, which the sentence names outside the statement. Not one that is the subject of a clause in a later
    part ("*which* he said *was unfair*": PolNeAR's annotators keep it, 116 times in 136 in train)."""
    return [(s, e) for s, e in parts if not (s < e and (doc[s].lower_ in RELATIVE_WORDS and not (
        doc[s].dep_ in SUBJECT_DEPS and any(a <= doc[s].head.i < b for a, b in parts if a > s)) or (
        e - s == 1 and doc[s].lower_ == "what" and len(parts) > 1)) and not any(
        t.pos_ in ("VERB", "AUX") for t in doc[s:e]))]  # a "what" alone beside what it stands for: not "What a
    # disaster, the mayor said", nor the one content of "not what he said" (PolNeAR's)


SAID_COMPLEMENTS = ("ccomp", "xcomp")  # a clause: "continued to write *songs*" is an act, not words
# the infinitive after these is the act asked for, refused or meant, not the words: "declined | to threaten
# Moscow", "plans | to call on young people", "Asked | to describe the device"
REQUESTING = ADDRESSEE_VERBS | {"decline", "plan", "intend", "call"}


def _said_clause(verb: Token, end: int) -> Token | None:
    """The clause a verb of saying takes, when only punctuation or a particle stands between it and ``end``."""
    said = next((c for c in verb.rights if c.dep_ in SAID_COMPLEMENTS), None)
    if said is None or said.left_edge.i >= end or any(
            c.dep_ not in ("punct", "prt") and verb.i < c.i < said.i for c in verb.children):
        return None
    return said


def _saying_infinitive(cue_tok: Token, start: int, end: int) -> Token | None:
    """The verb of saying of the infinitive a content opens with ("went on *to say* that ..."), or of "by
    saying" that the content holds ("responded to a Gold Star mother *by saying* his refusal ... was a
    manufactured issue"), when it takes a clause (``_said_clause``); None for any other."""
    if cue_tok.lemma_.lower() in REQUESTING:
        return None
    doc = cue_tok.doc
    for by in cue_tok.children:
        if by.dep_ == "prep" and by.lower_ == "by" and start <= by.i < end and (
                (verb := prep_object(by)) is not None and verb.dep_ == "pcomp" and verb.tag_ == "VBG"
                and verb.lemma_.lower() in saying_words() and verb.right_edge.i < end):
            return verb if _said_clause(verb, end) is not None else None
    wanted = next((c for c in cue_tok.children if c.dep_ in ("xcomp", "advcl") and c.left_edge.i == start
                   and doc[start].lower_ == "to" and c.i == start + 1), None)
    if wanted is None or wanted.lemma_.lower() not in saying_words() or _said_clause(wanted, end) is None:
        return None
    return wanted


def _leading_for(cue_tok: Token, start: int, end: int) -> Token | None:
    """The "for" a content opens with right after its cue, which belongs to the cue ("called *for* | the
    United States to step up ...", "is pushing *for* | his state to become ..."): PolNeAR train puts it in the
    cue 382 times in 407. The "as" of a description ("what researchers describe *as* | an "upside-down river"")
    is no part of what was said either; PolNeAR's cue has it one time ("described as") and not another
    ("is describing")."""
    doc = cue_tok.doc
    word = doc[start]
    if not (word.lower_ == "for" or word.lower_ == "as" and cue_tok.lemma_.lower() in wordlists.word_set(
            "describing_verbs.txt")) or start + 1 >= end or start <= cue_tok.i or word.dep_ not in ("prep", "mark") \
            or not all(t.dep_ in ("advmod", "neg", "prt") for t in doc[cue_tok.i + 1:start]):
        return None
    return word if cue_tok.i in (word.head.i, word.head.head.i) else None


def _issued_message(cue_tok: Token, start: int, end: int) -> Token | None:
    """The last word of the message a content opens with, the cue's object set off by a colon from what
    it says ("released *a statement*: "[w]e cannot accept ..."", "posted a tweet: ..."): PolNeAR puts the
    message in the cue ("issued a statement saying"), and the words after the colon are what was said."""
    doc = cue_tok.doc
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == start), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in wordlists.word_set("communication_cues.txt"):
        return None
    colon = next((t.i for t in doc[obj.i + 1:min(end, obj.i + 8)] if t.is_punct or t.pos_ in ("VERB", "AUX")), end)
    return doc[colon - 1] if colon + 1 < end and doc[colon].text == ":" else None  # "a statement on Twitter:"


def past_cue_words(cue_tok: Token, parts: Parts) -> tuple[Token | None, Parts]:
    """``past_cue_words``: the last word the cue goes on to over the start of its content (a
    "for" right after it, the message it issued before a colon, or the verb of saying of an infinitive),
    and the content after it; (None,
    parts) when the content has none."""
    if len(parts) != 1:
        return None, parts
    start, end = parts[0]
    if (word := _leading_for(cue_tok, start, end)) is not None:  # "as" leaves the content, not into the cue:
        return word if word.lower_ == "for" else None, [(word.i + 1, end)]  # PolNeAR has "is describing" too
    if (word := _issued_message(cue_tok, start, end)) is not None:
        return word, [(word.i + 2, end)]  # past the colon
    if (verb := _saying_infinitive(cue_tok, start, end)) is None:
        return None, parts
    return verb, [(_said_clause(verb, end).left_edge.i, end)]
