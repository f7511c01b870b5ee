"""Where a chosen content starts and ends, by rules of English reporting the parse or the ranker miss.

``content.choose`` picks a content among candidates; these rules then move its edges, or find that
the cue reported nothing (an empty list: no statement):

- ``past_setting``: the object of a preposition hanging on the cue is where or when it was said
  ("said *on the parliament floor*", "indicated *on Twitter*", "clarified *in the proceedings*",
  "reported *in mid-2019*"), never what was said: the content is the clause or quotation after it;
  with none, a setting preposition (``setting_prepositions.txt``) or a date leaves no content;
- ``before_own_conjunct``: a conjunct verb in the finite past with no subject of its own cannot share
  the auxiliary of the verb it follows ("would be disbanded, *but later reversed himself*"): it goes
  with the cue's subject, the reporter's narration, not with what was said;
- ``after_quotation_closes``: a quotation that opens the content and closes before a new clause joined by
  "and" or "but", with a subject of its own ('said "We couldn't win," *and the city flag is at half-mast*'),
  ends the content: the clause after it is the reporter's ("and that ..." goes on with what was said);
- ``before_document``: an object content does not take the document it was said in, which the parse hung
  on it ("denied the allegations *in a statement shared to its website*");
- ``before_other_claim``: a trailing adjunct that holds another source's speech ("found no trace of
  explosives, *despite Znak.com claiming* ...") is the reporter's contrast, not this source's words;
  a trailing participle cue set off by a comma ("fewer delegates than Biden*, saying "the path ..."*")
  is a statement of its own, even when it holds the quoted words;
- ``before_source``: a content that runs up to its source written after the cue's clause does not
  take the source's descriptor ("... trekking, *newspaper* The Hindu reported");
- ``with_own_subject``: a clause the parse left without its subject, which it hung on the cue as an
  object ("told Anadolu Agency *one of the deceased* was Jalal Saifur Rahman"), takes it back;
- ``about_main_clause``: a cue in a clause a subordinating word opens ("..., when, in fact, *he responded*
  quickly", "resigned *after she criticized* ...") did not say the sentence's main clause;
- ``after_dateline``: a content that opens its paragraph does not take the dateline ("*VIENNA —* The house
  where Adolf Hitler was born will be turned into a police station, Austria's interior minister said");
- ``quotation_after_addressee``: a "told" whose content the parse made the one it was told to ("told
  radio host Charlamagne tha God "if you have a problem ..."") has the quotation right after it as content;
- ``over_false_split``: a content cut where the parse ended a sentence with no mark to end it ("the term
  "subject to" in the 14th | Amendment requires parents to be citizens") goes on to that sentence's end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution.content import ADDRESSEE_VERBS, CLAUSAL, Parts, adjacent_quotes, prep_object, trim_tokens
from onrecord.attribution.cues import Cue
from onrecord.attribution.naming import lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
DATES = ("DATE", "TIME")


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
        return [trim_tokens(doc, start, clause.right_edge.i + 1)]
    if prep.lower_ in _setting_words() or obj.ent_type_ in DATES:
        return []  # "testified in his own defense", "protested on the first day", "tweeted after hearing ..."
    return parts


def _setting_of(cue_tok: Token, tok: Token) -> bool:
    """Whether a token belongs to a prepositional phrase or a time of the cue (or of its object) or is punctuation."""
    if tok.is_punct:
        return True
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("prep", "npadvmod") and (anc.head.i == cue_tok.i or anc.head.head.i == cue_tok.i):
            obj = prep_object(anc) if anc.dep_ == "prep" else anc
            return anc.lower_ in _setting_words() or obj is not None and obj.ent_type_ in DATES
    return False


def only_a_date(doc: Doc, parts: Parts) -> bool:
    """Whether the content is nothing but a date or time ("first announced *October 6*")."""
    return len(parts) == 1 and all(t.ent_type_ in DATES or t.is_punct for t in doc[parts[0][0]:parts[0][1]])


def before_own_conjunct(cue_tok: Token, parts: Parts) -> Parts:
    """The content without a trailing conjunct that is the cue subject's act (see the module)."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    for t in doc[s:e]:
        if t.dep_ != "conj" or t.tag_ != "VBD" or t.head.i < s or t.i <= cue_tok.i or any(
                c.dep_ in SUBJECT_DEPS for c in t.children) or t.right_edge.i + 1 < e - 1:
            continue
        head = t.head
        if head.tag_ == "VBD" or not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            continue  # "said he *went* and *saw* ...": two past verbs share their subject
        if any(q.is_quote for q in doc[s:e]):
            continue
        cut = t.left_edge.i
        while cut > s and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        if cut > s:
            return parts[:-1] + [trim_tokens(doc, s, cut)]
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
    for k in range(s + 1, e - 2):
        if doc[k].tag_ == "``":
            return parts  # another quotation inside: not one quotation and a clause
        if doc[k].tag_ != "''":
            continue
        after = k + 1 + (doc[k + 1].text == ",")
        conj = next((t for t in doc[after + 1:e] if t.dep_ == "conj" and t.head.i < k), None)
        if (doc[after].dep_ == "cc" and doc[after].lower_ in ("and", "but") and conj is not None
                and conj.left_edge.i == after + 1 and doc[after + 1].lower_ != "that"
                and any(c.dep_ in SUBJECT_DEPS for c in conj.children)):
            return parts[:-1] + [(s, k + 1)]
        return parts
    return parts


def before_document(cue_tok: Token, parts: Parts) -> Parts:
    """An object content without the document it was said in, which the parse hung on the object ("denied
    the allegations *in a statement shared to its website*"): where it was said, not what."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == s), None)
    if obj is None:
        return parts
    for t in doc[obj.i + 1:e]:
        if t.dep_ == "prep" and s <= t.head.i < t.i and t.lower_ in ("in", "via") and t.right_edge.i + 1 >= e \
                and (o := prep_object(t)) is not None and o.lemma_.lower() in lexicon().documents and t.i > s + 1:
            return parts[:-1] + [trim_tokens(doc, s, t.i)]
    return parts


def before_other_claim(cue_tok: Token, parts: Parts, cue_heads: set[int]) -> Parts:
    """The content without a trailing adjunct that reports another source's speech (see the module)."""
    if not parts:
        return parts
    doc = cue_tok.doc
    s, e = parts[-1]
    quoted = any(t.is_quote for t in doc[s:e])
    for t in doc[s:e]:
        if t.dep_ not in ("prep", "advcl") or t.head.i < s or t.i <= s or t.right_edge.i + 1 < e - 1:
            continue
        if quoted:  # quoted words are the speaker's, but for a cue of its own after a comma that holds them
            if _own_cue_clause(doc, t, cue_tok, cue_heads) and not any(q.is_quote for q in doc[s:t.left_edge.i]):
                return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i)]
            continue
        # a cue in the content as it now ends: not one of a relative clause already cut off
        # ("for help in the 2020 election*, which Trump denied*": the election is still part of the claim)
        inner = [c for c in t.subtree if c.i in cue_heads and c.i != cue_tok.i and c.i < e]
        if inner and (doc[t.left_edge.i - 1].is_punct or t.lower_ == "despite" or t.lower_ in _setting_words()):
            return parts[:-1] + [trim_tokens(doc, s, t.left_edge.i)]
    return parts


def _own_cue_clause(doc: Doc, t: Token, cue_tok: Token, cue_heads: set[int]) -> bool:
    """Whether t is a participle cue set off by a comma ("..., *saying* "the path ... is impossible""):
    a statement of its own, not more of this one's content."""
    return (t.i in cue_heads and t.i != cue_tok.i and t.tag_ == "VBG" and t.left_edge.i == t.i
            and doc[t.i - 1].text == ",")


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


def with_own_subject(cue_tok: Token, parts: Parts) -> Parts:
    """A content clause with no subject of its own that starts right after an object of the cue takes
    that object as its subject ("told Anadolu Agency *one of the deceased* was Jalal Saifur Rahman")."""
    if not parts:
        return parts
    s, e = parts[0]
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and s <= c.i < e), None)
    if clause is None or any(c.dep_ in SUBJECT_DEPS for c in clause.children) \
            or cue_tok.doc[s].pos_ not in ("AUX", "VERB"):  # only a content that starts with its verb
        return parts
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.right_edge.i + 1 == s
                and c.left_edge.i > cue_tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PRON", "NUM", "PROPN"):
        return parts
    return [(obj.left_edge.i, e)] + parts[1:]


def over_false_split(doc: Doc, parts: Parts, cue_heads: set[int]) -> Parts:
    """Each part that ends where the parse ends a sentence, on a word with no mark after it and the next
    sentence going on in the same line with a word and no cue of its own, grown to the end of that next
    sentence (its mark aside)."""
    out = []
    for s, e in parts:
        last = doc[e - 1]
        if e < len(doc) and last.is_sent_end and not last.is_punct and not doc[e].is_punct \
                and not doc[e].is_space and "\n" not in last.whitespace_ \
                and not any(t.i in cue_heads for t in doc[e].sent):  # "… the 13th | Amendment was …," she said
            nxt = doc[e].sent
            e = nxt.end - (1 if nxt[-1].is_punct else 0)
        out.append((s, e))
    return out


def quotation_after_addressee(cue_tok: Token, parts: Parts, quotes: Parts) -> Parts:
    """The quotation a cue that names whom it addressed says (``ADDRESSEE_VERBS``), when the content the
    parse gave it is only that noun phrase (no verb in it) and the quotation (four words or more) opens
    right after it: the quotation is what was said, the noun phrase whom to. A quotation that opens on a
    verb with no subject has its subject at the phrase's end, after the organization told ('told MSNBC
    *Cummings* "was a great man"')."""
    doc = cue_tok.doc
    if cue_tok.lemma_.lower() not in ADDRESSEE_VERBS or len(parts) != 1:
        return parts
    s, e = parts[0]
    if not cue_tok.i < s or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[s:e]):
        return parts
    after = next(((qs, qe) for qs, qe in quotes if qs == e and qe - qs >= 6), None)
    if after is None or "\n" in doc[s:after[0]].text:
        return parts
    verb = doc[after[0] + 1]
    if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ccomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        told = next((t.i + 1 for t in doc[s:e - 1] if t.ent_type_ == "ORG" and doc[t.i + 1].ent_type_ != "ORG"), None)
        if told is not None:  # 'told MSNBC Cummings "was a great man"': the outlet told, the quotation's subject
            return [(told, after[1])]
    return [after]


SUBORDINATING = frozenset({"when", "whenever", "while", "because", "after", "before", "since", "until", "if",
                           "unless", "although", "though", "whereas", "once"})  # not "as": "as the minister said"


def about_main_clause(cue_tok: Token, parts: Parts) -> bool:
    """Whether the content is the main clause of the sentence while the cue is in a clause a subordinating
    word opens (``SUBORDINATING``): the reporter's sentence, not what the cue's subject said."""
    head = cue_tok.head
    return (cue_tok.dep_ == "advcl" and head.i != cue_tok.i
            and any((c.dep_ == "mark" and c.lower_ in SUBORDINATING) or (c.dep_ == "advmod" and c.lower_ in (
                "when", "whenever")) for c in cue_tok.children if c.i < cue_tok.i)
            and any(s <= head.i < e for s, e in parts))


def after_dateline(doc: Doc, parts: Parts) -> Parts:
    """The parts with a dateline at the start of a paragraph left out: words in capitals (a place, an
    agency in brackets) and a dash ("VIENNA —", "WASHINGTON (Reuters) -")."""
    out = []
    for s, e in parts:
        k = s
        while k < e and (doc[k].is_upper or doc[k].text in "()" or doc[k].text == "Reuters"
                         or (doc[k].is_punct and doc[k].text not in "—–-")):
            k += 1
        at_line = s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space
        if at_line and s < k < e - 1 and doc[k].text in ("—", "–", "-") and any(t.is_upper for t in doc[s:k]) \
                and doc[k + 1].text[:1].isupper():  # not "NATO - the alliance - is strong"
            s = k + 1
        out.append((s, e))
    return out
