"""Where a chosen content meets the ones it names: its own subject, the one told, asked or urged, and the one a
passive says something of. Rules of English reporting the parse or the ranker miss, like ``content_edges``:

- ``with_own_subject``: a clause whose subject the parse hung on the cue as its object takes it back ("told Anadolu
  Agency *one of the deceased* was ...", "concluded *Neanderthals in Europe* tens of thousands of years ago were");
- ``with_relative_head``: a clause said in a relative clause with no relative word takes the noun it relates to
  ("*the 38 countries* they said *were involved*");
- ``with_described_head``: a relative clause that describes its noun "as" something says that of the noun ("*polymers*
  that Wang described *as resembling human hairs*");
- ``with_passive_complement``: a passive's subject takes the "as" phrase said of it ("*Gutierrez* was described by
  the CBCP *as "a strong advocate ..."*"), and its infinitive the subject ("*Politicians* were reported by local
  media *to have visited the hospital*");
- ``that_clause_past_addressee``: a content that is only the one told, with what was told hung on it ("told
  Anadolu Agency, a local news outlet, *that one of ...*", "reported to the police *he "left home ..."*"), is that;
- ``past_one_told``: a content opening with the one told, folded into its subject ("told *Agence France-Presse*
  arson has been used ..."), starts after that name;
- ``past_one_asked``: a content opening with the one asked ("asked *Queen Elizabeth II* for this ...") starts at "for";
- ``quotation_after_addressee``: a "told" whose content the parse made the one it was told to ("told
  radio host Charlamagne tha God "if you have a problem ..."") has the quotation right after it as content;
- ``with_one_urged``: an infinitive content right after the one urged, asked, warned or called on takes that
  one, as the request is theirs to carry out ("warned *North Korea to refrain* ...", "called on *police to
  release the videos*", "called for *female contestants to wear* ..."); after "told" the one told stays out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution import naming
from onrecord.attribution.antecedents import other_gender
from onrecord.attribution.content import ADDRESSEE_VERBS, Parts, content_bounds, prep_object
from onrecord.attribution.content_edges import AMOUNTS, DATES, RELATIVE_WORDS, SUBJECT_DEPS
from onrecord.attribution.naming import lexicon
from onrecord.attribution.token_spans import subtree_bounds, trim_tokens


def with_relative_head(cue_tok: Token, parts: Parts) -> Parts:
    """A clause with no subject said in a relative clause with no relative word takes the noun the clause
    relates to ("a list of *the 38 countries* they said *were involved*"): that noun is what was said to be."""
    if len(parts) != 1 or cue_tok.dep_ != "relcl" or cue_tok.head.pos_ not in ("NOUN", "PROPN"):
        return parts
    doc, (s, e), noun = cue_tok.doc, parts[0], cue_tok.head
    if doc[cue_tok.left_edge.i].lower_ in RELATIVE_WORDS | {"that", "what"} or s <= cue_tok.i:
        return parts
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and s <= c.i < e), None)
    if clause is None or any(c.dep_ in SUBJECT_DEPS for c in clause.children) or noun.i > cue_tok.left_edge.i \
            or not (s == clause.left_edge.i == cue_tok.i + 1 and doc[s].pos_ in ("AUX", "VERB")):
        return parts  # the noun is the clause's missing subject only when the clause opens on its verb
    return [trim_tokens(doc, noun.left_edge.i, cue_tok.left_edge.i), (s, e)]


def with_described_head(cue_tok: Token, parts: Parts) -> Parts:
    """The noun and the "as" phrase a relative clause of a describing verb (``describing_verbs.txt``) says of it, whose
    relative word is the verb's object ("a drink that critics described as dangerous"): *a drink* … *dangerous*;
    also where the parse hung the clause elsewhere, with the relative word right after its noun. After a comma
    only a subject's or an apposition's ("The drink, which critics described as dangerous, was banned"): ", which"
    after a clause's last word may stand for the whole clause ("fired the coach, which X described as overdue")."""
    doc = cue_tok.doc
    if cue_tok.lemma_.lower() not in wordlists.word_set("describing_verbs.txt"):
        return parts
    relative = next((c for c in cue_tok.lefts if c.dep_ == "dobj" and c.lower_ in ("that", "which")), None)
    subject = next((c for c in cue_tok.lefts if c.dep_ == "nsubj"), None)
    as_phrase = next((c for c in cue_tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    said = next((c for c in as_phrase.children if c.dep_ in ("pobj", "pcomp", "amod")), None) if as_phrase else None
    if relative is None or subject is None or said is None or subject.left_edge.i != relative.i + 1 \
            or subject.right_edge.i + 1 != cue_tok.i or relative.i == 0:
        return parts
    comma = doc[relative.i - 1].text == ","
    noun = cue_tok.head if cue_tok.dep_ == "relcl" else doc[max(relative.i - 1 - comma, 0)]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= relative.i or noun.ent_type_ in DATES + AMOUNTS \
            or (comma and noun.dep_ not in SUBJECT_DEPS + ("appos",)):
        return parts
    start = noun.left_edge.i
    while start < noun.i and doc[start].dep_ in ("advmod", "punct", "cc"):  # "specifically PDMS silicone"
        start += 1
    return [trim_tokens(doc, start, relative.i), trim_tokens(doc, said.left_edge.i, said.right_edge.i + 1)]


def with_own_subject(cue_tok: Token, parts: Parts) -> Parts:
    """A content clause with no subject of its own that starts right after an object of the cue takes
    that object as its subject ("told Anadolu Agency *one of the deceased* was Jalal Saifur Rahman"); an
    object content takes the clause the parse left without it after a comma ("announced *the new region, to
    be called Bangsamoro,* would be governing itself from 2022"; "claimed 56 percent of respondents, *who regarded
    ...,* were not remembering correctly", up to the next act of saying: ", adding ...")."""
    if not parts:
        return parts
    s, e = parts[0]
    doc = cue_tok.doc
    above = {cue_tok.i, *(t.i for t in cue_tok.ancestors)}  # the clause may hang on the cue's head ("85% were ...")
    objects = [c for c in cue_tok.children if c.dep_ == "dobj" and c.left_edge.i == s]
    for obj in objects if len(parts) == 1 else []:
        k, whole = max(e, obj.right_edge.i + 1), (s, e) == trim_tokens(doc, *subtree_bounds(obj))
        grown = next((c for c in cue_tok.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
        whole = whole or grown is not None and (s, e) == trim_tokens(doc, s, grown.right_edge.i + 1)  # "the
        # tests *by a military laboratory*", the ranker's object with the cue's phrase after it
        prep = next((c for c in cue_tok.children if c.dep_ == "prep" and c.i == k and not any(
            g.ent_type_ in DATES for g in c.subtree)), None)  # "announced the recorder *from Flight 610* has been"
        k = k if prep is None else prep.right_edge.i + 1
        rel = next((t for t in doc[k + 1:obj.sent.end] if t.dep_ == "relcl" and t.left_edge.i == k + 1
                    and s <= t.head.i < k), None) if k < len(doc) and doc[k].text == "," else None
        k = k if rel is None else rel.right_edge.i + 1  # ", who regarded ...,"
        if k < len(doc) and doc[k].text == ",":
            k += 1  # the comma that closes the object's aside
        after = next((c for c in doc[k:obj.sent.end] if c.left_edge.i == k and c.head.i in above
                      and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
                      and (whole and c.dep_ == "ccomp" and (any(g.dep_ == "aux" for g in c.children)  # "cited the
                                                            or c.tag_ == "VBD" and cue_tok.lemma_.lower() not in
                                                            ADDRESSEE_VERBS)  # "announced *the tests by a lab* found"
                           or whole and c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and k == e  # Air Force as
                           and not any(t.dep_ == "cc" for t in doc[k - 1:c.i])  # stating *Saha Airlines owned*
                           or c.dep_ in ("conj", "advcl") and k > e and doc[k].dep_ == "aux"
                           and doc[k].lemma_ == "be")), None)
        # the plane"; not "praised those who left *but said*"; "claimed 56 percent of respondents, who ..., *were
        # not remembering correctly*, adding ...": up to its own act of saying; a finite "was" has a subject
        # wherever the parse hung it ("suggest a new feature ..., *was forcing the nose down*")
        if after is not None:
            end = next((g.left_edge.i - 1 for g in after.children if g.dep_ == "advcl" and g.tag_ == "VBG"
                        and doc[g.left_edge.i - 1].text == ","), after.right_edge.i + 1)
            return [trim_tokens(doc, s, end)]
    told_two = sum(c.dep_ == "dobj" for c in cue_tok.children) > 1  # "told them *Trump* prepared": the parse's
    clause = next((c for c in cue_tok.children if s <= c.i < e and (  # second object is the clause's subject
        c.dep_ == "ccomp" or told_two and c.dep_ == "xcomp" and c.tag_ in ("VBD", "VBN"))), None)
    misparsed = clause is not None and clause.left_edge.i == s and doc[s].pos_ in ("NOUN", "NUM", "ADJ", "DET") \
        and cue_tok.lemma_.lower() not in ADDRESSEE_VERBS and doc[s - 1].dep_ != "cc"  # not "say "friend" and"
    if clause is None or not misparsed and (any(c.dep_ in SUBJECT_DEPS for c in clause.children)
                                            or doc[s].pos_ not in ("AUX", "VERB")):
        return parts  # else a content that starts with its verb, or with a subject the parse gave the clause
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj" and c.right_edge.i + 1 == s
                and c.left_edge.i > cue_tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PRON", "NUM", "PROPN"):
        return parts
    return [(obj.left_edge.i, e)] + parts[1:]


def that_clause_past_addressee(cue_tok: Token, parts: Parts) -> Parts:
    """A content that is only the one told, when the parse hung the "that" clause of what was told on the one told's
    aside ("told *Anadolu Agency, a local news outlet, that one of ...*"), or made what was told, opening with another's
    "he" or "she", a relative clause of the one reported to ("his daughter reported *to the police he "left ..."*")."""
    doc = cue_tok.doc
    told = [c for c in cue_tok.children if c.dep_ == "dobj" and cue_tok.lemma_.lower() in ADDRESSEE_VERBS] + [
        o for c in cue_tok.children if c.dep_ == "prep" and c.lower_ == "to" and (o := prep_object(c)) is not None
        and (naming.animate(o) or o.ent_type_ in ("PERSON", "ORG"))]  # not "pointed to reports that ..."
    obj = next((c for c in told if len(parts) == 1 and c.left_edge.i == parts[0][0]
                and parts[0][1] <= c.right_edge.i + 1), None)
    subject = next((c for c in cue_tok.children if c.dep_ == "nsubj"), None)  # a "he" not the subject's own act:
    clause = obj is not None and next((t for t in obj.subtree if t.dep_ in ("relcl", "acl") and any(  # not "the
        c.i == t.left_edge.i and (c.dep_ == "mark" and c.lower_ == "that" or c.tag_ == "PRP" and c.dep_ == "nsubj"
                                  and doc[c.i + 1].tag_ == "``" and other_gender(subject, c, lexicon()))
        for c in t.children) and any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)  # voters he "let down""
    return [trim_tokens(doc, clause.left_edge.i, clause.right_edge.i + 1)] if clause else parts


def with_passive_complement(cue_tok: Token, parts: Parts) -> Parts:
    """A content that is only a passive cue's subject takes the "as" phrase said of it, as "described X as" does;
    one that is only its infinitive takes the subject it is said of ("*Politicians* were reported by local media
    *to have visited the hospital*"); not a relative subject ("(which is not known as ...)")."""
    doc, subj = cue_tok.doc, next((c for c in cue_tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in (*RELATIVE_WORDS, "that"):
        return parts
    own = trim_tokens(doc, *subtree_bounds(subj))
    if (as_ := next((c for c in cue_tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)) and parts == [own]:
        return parts + [trim_tokens(doc, *subtree_bounds(as_))]
    to = next((c for c in cue_tok.rights if c.dep_ == "xcomp" and doc[c.left_edge.i].lower_ == "to"), None)
    said = to is not None and subj.i < cue_tok.i and parts == [trim_tokens(doc, *subtree_bounds(to))]
    return [own] + parts if said else parts


def past_one_asked(cue_tok: Token, parts: Parts) -> Parts:
    """A content that opens with the one asked, before what was asked for ("asked *Queen Elizabeth II* for
    this prorogation"), starts with the request ("for this prorogation", as "asked for help" reads)."""
    if len(parts) != 1 or cue_tok.lemma_.lower() != "ask":
        return parts
    (start, end), one = parts[0], next((c for c in cue_tok.children if c.dep_ == "dobj"), None)
    request = next((prep_object(c) for c in cue_tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if one is None or request is None or one.left_edge.i != start or request.head.i != one.right_edge.i + 1 \
            or not request.i < end or not (one.pos_ in ("PROPN", "PRON") or one.ent_type_ in ("PERSON", "ORG")) \
            or (request.pos_ == "PROPN" and one.pos_ == "PROPN"):  # "the ... District Court *for the Southern
        return parts  # District of New York* intervene": the name goes on
    return [(request.head.i, end)]


def past_one_told(cue_tok: Token, parts: Parts) -> Parts:
    """A content that opens with the one told, an outlet the parse folded into the subject of what was told,
    named after a noun that says it is one ("told Brussels-based media network *EURACTIV* safety procedure had
    been followed"), or that is one word the tagger takes for an organization ("told *AFP* arson has been used"),
    starts after that name: "tell" has no one told of its own there. Not a run of names with no such noun ("told
    Reuters Boeing deliveries would resume": no telling where the outlet ends), nor one before people ("told
    Reuters staff were ...": Reuters' staff, maybe), unless it is a news outlet's name (``news_outlets.txt``: "told
    NPR Hamza bin Laden had appeared", "told Agence France-Presse arson has been used")."""
    if len(parts) != 1 or cue_tok.lemma_.lower() not in TELLING or any(
            c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in cue_tok.children):
        return parts
    doc, (start, end) = cue_tok.doc, parts[0]
    clause = next((c for c in cue_tok.children if c.dep_ == "ccomp" and start <= c.i < end), None)
    subject = None if clause is None else next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.left_edge.i == start and (outlet := _outlet_at(doc, start, subject)):
        return [(outlet, end)]
    if subject is None or subject.left_edge.i != start or subject.pos_ != "NOUN" or not subject.text.islower():
        return parts
    outlets = wordlists.section_set("organization_descriptors.txt", "descriptors")  # "network", "agency"
    name = next((t.i for t in doc[start + 1:subject.i] if t.tag_ in ("NNP", "NNPS") and doc[t.i - 1].lower_ in outlets
                 and not any(k.tag_ in ("NNP", "NNPS", "POS") or not k.is_lower for k in doc[t.i + 1:subject.i])),
                None)
    one = doc[start]  # or one word the tagger takes for an organization alone: "told *AFP* arson has been used"
    if name is None and start < subject.i and one.ent_type_ == "ORG" and one.ent_iob_ == "B" \
            and doc[start + 1].ent_iob_ != "I" and not naming.animate(subject) \
            and all(k.is_lower for k in doc[start + 1:subject.i]):  # not "told Reuters staff": Reuters' staff, maybe
        name = start
    return parts if name is None else [(name + 1, end)]


def _outlet_at(doc: Doc, start: int, subject: Token) -> int | None:
    """Where the subject of what was told starts after a news outlet's name at ``start`` (``news_outlets.txt``,
    the longest that fits): before the subject's head, on a capitalised word or a lowercase word for no one
    ("told Reuters staff were ...": Reuters' staff, maybe); None when no outlet opens the subject."""
    names = {n.lower() for n in wordlists.entries("news_outlets.txt")}
    fits = [k for k in range(start + 1, subject.i + 1) if doc[start:k].text.lower() in names]
    if not fits or doc[k := fits[-1]].tag_ == "POS" or (doc[k].text.islower() and naming.animate(subject)):
        return None  # not "told NPR's reporter"
    return k


def quotation_after_addressee(cue_tok: Token, parts: Parts, quotes: Parts) -> Parts:
    """The quotation a cue that names whom it addressed says (``ADDRESSEE_VERBS``), when the content the
    parse gave it is only that noun phrase (no verb in it) and the quotation (four words or more) opens
    right after it: the quotation is what was said, the noun phrase whom to; so too when the content runs
    from the one addressed over a comma into the quotation ('urging viewers, "we have got to vote ..."'). A
    quotation that opens on a verb with no subject has its subject at the phrase's end, after the
    organization told ('told MSNBC *Cummings* "was a great man"')."""
    doc = cue_tok.doc
    if cue_tok.lemma_.lower() not in ADDRESSEE_VERBS or len(parts) != 1:
        return parts
    s, e = parts[0]
    inner = next(((qs, qe) for qs, qe in quotes if s < qs and qe == e and qe - qs >= 6), None)
    if inner is not None and cue_tok.i < s and doc[inner[0] - 1].text in ",:" and any(
            c.dep_ == "dobj" and c.left_edge.i == s and c.right_edge.i + 2 == inner[0] for c in cue_tok.children):
        return [inner]  # 'urging viewers, "we have got to vote ..."': the quotation, not whom it urged
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


TELLING = frozenset({"tell", "inform", "remind", "assure", "advise"})  # "told his aides | to wait"
REQUEST_PREPOSITIONS = frozenset({"on", "upon", "for"})  # "called on", "called upon", "called for"


def with_one_urged(cue_tok: Token, parts: Parts) -> Parts:
    """``with_one_urged``: [the one asked + the infinitive] for an infinitive or that one alone."""
    if len(parts) != 1 or cue_tok.lemma_.lower() in TELLING:
        return parts
    (start, end), doc = parts[0], cue_tok.doc
    wanted = next((c for c in cue_tok.children if c.dep_ in ("xcomp", "advcl") and c.i > cue_tok.i
                   and doc[c.left_edge.i].lower_ == "to"), None)
    if wanted is None:
        return parts
    for c in cue_tok.children:
        one = c if c.dep_ == "dobj" else prep_object(c) if (
            c.dep_ in ("prep", "prt") and c.lower_ in REQUEST_PREPOSITIONS) else None
        at = one.right_edge.i + 1 if one is not None else len(doc)
        at += at < len(doc) and doc[at].tag_ == "``"  # an opening mark between: 'pledged a donation "to help ..."'
        if one is None or one.pos_ not in ("NOUN", "PROPN", "PRON") or at != wanted.left_edge.i:
            continue
        if wanted.dep_ == "advcl" and one is c:  # an infinitive the parse hung on the verb: the one asked
            continue  # "for" or "on" ("called for the government of Ukraine to reduce ..."), no object's purpose
        if start == wanted.left_edge.i and wanted.dep_ == "xcomp":
            return [(one.left_edge.i, end)]
        if (start, end) == (one.left_edge.i, one.right_edge.i + 1):  # "called for *female contestants*"
            return [(start, content_bounds(wanted)[1])]
    return parts
