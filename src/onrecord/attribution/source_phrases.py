"""Where a cue's source is: the phrase that names who speaks, read from the parse.

What wins, in order: 1. the object of "according to" / of an agent "by"; 2. the cue's subject, or the
subject of the verb it is coordinated with or complements, climbing up to four clauses (``_climb``), but for a
participle set off after a reported clause about the reporter's own body, the one who reports it
("acknowledged their government had shot it down, blaming human error": ``_reporter_of_clause``); 3. a
possessive on a noun cue ("Obama's claim"); 4. the noun a relative clause or a participle hangs on ("the man
who said", "a series of South Dakotans ... declaring"); a surname the parse read as an adverb ("says Early")
or as the object of a finite cue after a quotation ('," wrote Fadem'). ``source_range`` gives the phrase as
written; ``inverted`` an attribution after its clause ("..., argued the government's lawyer, Richard Keen.").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from onrecord import wordlists
from onrecord.attribution import referents
from onrecord.attribution.content import (
    ADDRESSEE_VERBS,
    RELATIVE_WORDS,
    SUBJECTS,
    according_object,
    after_root_according,
    list_of_things,
    opens_sentence,
    prep_object,
    run_on_name,
    source_read_as_clause,
    subject_apposition,
)
from onrecord.attribution.cues import (
    after_quotation,
    cue_lexicon,
    quote_flags,
    quoted_as_saying,
    shown_saying,
    way_verb,
)
from onrecord.attribution.joint import split_subject
from onrecord.attribution.naming import can_speak, lexicon, role_word
from onrecord.attribution.persons import full_name_surnames, may_speak, saying_participle
from onrecord.attribution.token_spans import subtree_bounds

INHERIT = ("xcomp", "conj", "advcl", "pcomp")


def find_source(cue_tok: Token) -> Token | None:
    if cue_tok.lower_ == "according":
        obj = according_object(cue_tok)
        return None if obj is None else run_on_name(obj) or _person_after_place(obj)
    if (named := _misread_surname(cue_tok) or _named_object(cue_tok)) is not None:  # "says Early", '", wrote Fadem'
        return named
    if (quoting := _speaker_of_quoted_head(cue_tok)) is not None:  # 'Sanders said, "...", calling it'
        return quoting
    found, modal = _climb(cue_tok) or _name_in_opening(cue_tok), _past_modal(cue_tok)
    found = found if found is None else _name_apposed_to_object(cue_tok, found)
    found = found if found is None else _past_campus(found)
    if found is not None and (cue_tok.tag_ == "VBG" or cue_tok.dep_ == "conj") and found.dep_ in SUBJECTS \
            and found.head.i != cue_tok.i and (not may_speak(found) or modal):
        # "stated the trial would not be impartial, saying": not the trial; "said the peaceful transfer of
        # power is what separates ..., and described": not the transfer (the parse joins the cue to "is");
        # "predicted Trump would lose ... and asked voters": not Trump, and nobody if no one else
        if (host := _host_subject(found.head)) is not None:
            return host
        return None if modal else found
    if found is not None and (outer := _reporter_of_clause(cue_tok, found)) is not None:
        return outer
    if found is not None and saying_participle(found):  # "He Quoting remarks:", a garbled line: the pronoun
        return found.nbor(-1)
    return _past_but(found)


def _past_but(found: Token | None) -> Token | None:
    """The noun after ", but" that the parse joined to a subject as its conjunct, when a verb of the subject's
    own stands between them ("At the time, the company invested in e-commerce and started home deliveries, *but
    Gazeta Prawna* reports ..."): a new clause, whose subject alone speaks; not "Democrats but Republicans too"."""
    if found is None or found.dep_ not in SUBJECTS:
        return found
    doc = found.doc
    but = next((c.i for c in found.children if c.dep_ == "cc" and c.lower_ == "but" and c.i > found.i
                and doc[c.i - 1].text == "," and any(t.pos_ == "VERB" for t in doc[found.i + 1:c.i])), None)
    after = [c for c in found.children if c.dep_ == "conj" and but is not None and c.i > but]
    return after[-1] if after else found


def _reporter_of_clause(cue_tok: Token, found: Token) -> Token | None:
    """The one who reports a clause that a trailing participle cue hangs on, set off by a comma: a clause about
    their own body ('representatives from Iran acknowledged *their* government had "unintentionally" shot down a
    jet, *blaming* "human error"': the representatives blame, not the government), or any clause when the
    participle is one of plain saying (``reporting_participles.txt``) and the clause says how things are or will be,
    not what its subject did ('a top GOP strategist said Clinton will have to choose whose side she's on,
    *saying*, "..."', over the clause's open complements; not "Aides said the president left the meeting, saying he
    had heard enough"). Not for other verbs and other subjects: "Prosecutors said Smith attacked the woman, yelling
    ..." is Smith's yelling; nor where the clause's own verb is one of saying ("said the general had denied the
    report, calling it ...")."""
    clause, chain = cue_tok.head, [cue_tok.head]
    plain = cue_tok.lemma_.lower() in wordlists.word_set("reporting_participles.txt")
    while plain and chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "will have to *choose*": "have"'s subject
    if cue_tok.tag_ != "VBG" or cue_tok.dep_ != "advcl" or found.head not in chain or clause.i == cue_tok.i \
            or cue_tok.i == 0 or cue_tok.doc[cue_tok.i - 1].text != "," or chain[-1].dep_ != "ccomp" \
            or any(v.lemma_.lower() in cue_lexicon() for v in chain) or _quoted(cue_tok) \
            or not (_stative(chain) if plain else any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in found.children)):
        return None
    outer = chain[-1].head
    if outer.lemma_.lower() not in cue_lexicon() or outer.i > clause.i:
        return None
    return next((c for c in outer.children if c.dep_ in SUBJECTS and c.dep_ != "expl" and may_speak(c)), None)


def _speaker_of_quoted_head(cue_tok: Token) -> Token | None:
    """A participle right after a quotation and a comma that the parse hung on a verb inside the quotation ('Sanders
    said in his live stream, "I do not make this decision lightly", *calling* it a "difficult and painful decision"'):
    the subject of the verb of saying whose words the quotation is; None for any other token."""
    doc, head = cue_tok.doc, cue_tok.head
    marks = doc[max(0, cue_tok.i - 2):cue_tok.i]  # '", calling' or ',” calling'
    if cue_tok.tag_ != "VBG" or cue_tok.dep_ != "advcl" or _quoted(cue_tok) or not _quoted(head) \
            or not (any(t.text == "," for t in marks) and any(t.is_quote for t in marks)):
        return None
    while _quoted(head) and head.dep_ != "ccomp" and head.head.i != head.i:
        head = head.head  # up to the quotation's own verb
    outer = head.head
    if head.dep_ != "ccomp" or _quoted(outer) or outer.lemma_.lower() not in cue_lexicon():
        return None
    return next((c for c in outer.children if c.dep_ in SUBJECTS and may_speak(c)), None)


def _stative(chain: list[Token]) -> bool:
    """Whether a clause (its verb and the verbs it is the open complement of) says how things are or will be: a
    modal ("will have to choose", "would keep") or "be" as its verb ("the way to proceed is ..."), not an act."""
    return any(v.lemma_ == "be" and v.pos_ == "AUX" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
               for v in chain)


def _past_campus(found: Token) -> Token | None:
    """A place the parse made the subject that ends an organization's name after a comma ("Jo Anne Van Tilburg of
    the University of California, *Los Angeles* disagreed"): the person the organization's phrase is "of" (Van
    Tilburg); else the place as it was ("In a letter to the European Commission, Hungary said")."""
    doc, left = found.doc, found.left_edge.i
    if found.ent_type_ != "GPE" or left < 2 or doc[left - 1].text != "," or doc[left - 2].ent_type_ != "ORG":
        return found
    prep = next((a for a in doc[left - 2].ancestors if a.ent_type_ != "ORG"), None)
    if prep is None or prep.lower_ != "of" or prep.head.ent_type_ != "PERSON":
        return found  # "In a letter to the European Commission, Hungary said": Hungary
    return prep.head


def _name_in_opening(cue_tok: Token) -> Token | None:
    """A person's name the parse hung inside the participle clause its sentence opens with, for a cue with
    no subject of its own: 'Calling it "just another apology", *Anna Franowska* of "Have no fear" ... told
    Reuters' (the name set off by a comma after the participle's object)."""
    doc = cue_tok.doc
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in cue_tok.children):
        return None
    opening = next((c for c in cue_tok.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"
                    and c.left_edge.i == cue_tok.sent.start), None)
    return None if opening is None else next(
        (t for t in opening.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
         and doc[t.left_edge.i - 1].text == ","), None)


def _name_apposed_to_object(cue_tok: Token, found: Token) -> Token:
    """The name right before the cue, after a comma, when the parse made it an apposition of a subject that is
    the object of the opening verb before it: "To understand *the real Dred Scott*, *Chief Justice Roberts* said,
    one should visit this museum" (Roberts said it); else the subject found."""
    doc, left = cue_tok.doc, found.left_edge.i
    name = doc[cue_tok.i - 1] if cue_tok.i else None
    if name is None or found.dep_ not in SUBJECTS or name.dep_ != "appos" or name.head.i != found.i \
            or name.pos_ != "PROPN" or doc[name.left_edge.i - 1].text != "," or left == 0:
        return found
    verb = doc[left - 1]
    if verb.pos_ == "VERB" and verb.dep_ == "advcl" and verb.left_edge.i == cue_tok.sent.start and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.children):
        return name
    return found


def _past_modal(cue_tok: Token) -> bool:
    """Whether a cue the parse joined to a verb under a modal cannot share its modal: "Hawkins predicted
    Trump *would lose* in a landslide and *asked* voters" (a past tense beside "would lose" goes with
    "predicted")."""
    head = cue_tok.head
    return (cue_tok.dep_ == "conj" and cue_tok.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and head.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            and not any(c.dep_ in SUBJECTS for c in cue_tok.children))


@cache
def _events() -> frozenset[str]:
    return frozenset(wordlists.sections("source_nouns.txt").get("events", []))


def _misread_surname(cue_tok: Token) -> Token | None:
    """A surname the parse took for an adverb beside its cue ("says Early", "Early still says"): a capitalised
    word that ends a person's full name elsewhere in the article ("Chris Early")."""
    doc = cue_tok.doc
    beside = [*cue_tok.children, *(g for c in cue_tok.children if c.dep_ == "advmod" for g in c.lefts)]  # "Early still"
    for c in beside:
        if c.dep_ in ("advmod", "npadvmod") and c.pos_ != "PROPN" and c.text.istitle() and c.text.isalpha():
            if c.text in full_name_surnames(doc):
                return c
    return None


def _named_object(cue_tok: Token) -> Token | None:
    """A name the parse made the object of a cue with no subject right after a quotation's closing mark:
    '"... a net headwind," *wrote Fadem* in a Tuesday research report' (read as writing Fadem), or the subject of
    a clause it hung on the cue (``content.source_read_as_clause``): '"...," said *the woman*, who ... *did not
    want* to be named'."""
    doc = cue_tok.doc
    clause = next((c for c in cue_tok.rights if source_read_as_clause(c)), None)
    if clause is not None and cue_tok.lemma_.lower() not in ADDRESSEE_VERBS:
        return next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == cue_tok.i + 1
                     and may_speak(c)), None)
    if cue_tok.i < 2 or doc[cue_tok.i - 1].tag_ != "''" or doc[cue_tok.i - 2].text not in (",", "!", "?") \
            or cue_tok.tag_ not in ("VBD", "VBZ", "VBP") or cue_tok.lemma_.lower() in ADDRESSEE_VERBS \
            or any(c.dep_ in SUBJECTS for c in cue_tok.children):
        return None  # not the one told or warned: '"...," telling CNN that', '"...," warning Washington that'
    return next((c for c in cue_tok.children if c.dep_ == "dobj" and c.i == cue_tok.i + 1 and c.tag_ == "NNP"
                 and may_speak(c)), None)


def _person_after_place(obj: Token) -> Token:
    """The person a place the parse took for the object of "according to" stands before: "According to
    *Connecticut* Senator Richard Blumenthal" is the senator's (the place is his role's)."""
    doc, k, person = obj.doc, obj.i + 1, None
    if obj.ent_type_ not in ("GPE", "NORP"):
        return obj
    while k < len(doc) and (role_word(doc[k]) or doc[k].ent_type_ == "PERSON") and not doc[k].is_punct:
        person = doc[k] if doc[k].ent_type_ == "PERSON" else person
        k += 1
    return person if person is not None else obj


def _host_subject(verb: Token) -> Token | None:
    """The subject a participle cue hangs on when the clause it is attached to has a subject that cannot
    speak: the speaker of the clause that holds it ("He stated the trial would not be impartial, saying";
    "experts called this dubious, as margins are thin, while noting"; "An eyewitness described how the
    attack unfolded, stating", also when read as a clause on "eyewitness"), climbing up to four clauses;
    None when none can speak."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):  # "An eyewitness described"
            return tok.head if may_speak(tok.head) or _of_speakers(tok.head) else None
        if tok.dep_ not in (*INHERIT, "ccomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.dep_ != "expl"]
        if subjects and may_speak(subjects[0]):
            return subjects[0]
    return None


def _of_speakers(noun: Token) -> bool:
    """Whether a noun that cannot speak counts people who can ("a series of South Dakotans")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and (obj := prep_object(c)) is not None and may_speak(obj)
               for c in noun.children)


def _quoted(tok: Token) -> bool:
    return quote_flags(tok.doc)[tok.i]


def _authored_object(cue_tok: Token) -> Token | None:
    """The document a participle cue goes with when the verb it hangs on issued one with an author of its
    own: "the journal Science published *a report by a team from ...*, saying" (the report says it, not the
    journal): the author the parse hung on the verb."""
    head = cue_tok.head
    if cue_tok.tag_ != "VBG" or cue_tok.dep_ not in ("advcl", "xcomp") or not referents.issues(head):
        return None
    issued = next((d for d in head.children if d.dep_ == "dobj" and d.i < cue_tok.i
                   and d.lemma_.lower() in lexicon().documents), None)
    if issued is None:
        return None
    by = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == issued.right_edge.i + 1
               for o in c.children if o.dep_ == "pobj"), None)  # the parse hangs "by a team" on the verb
    return by  # not the owner a name before it makes ("posted a Twitter comment of her own, saying")


def _maker_of_words(cue_tok: Token) -> Token | None:
    """The one who made the words a participle cue comes right after, whatever the parse hung it on: "who
    highlighted *comments Trump made in 2006* saying he "sort of hopes" ..." (Trump's, not the highlighters')."""
    if cue_tok.tag_ != "VBG":
        return None
    own = wordlists.word_set("own_words_nouns.txt")
    for noun in cue_tok.doc[max(0, cue_tok.i - 12):cue_tok.i]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in own or noun.right_edge.i != cue_tok.i - 1:
            continue
        made = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i), None)
        maker = next((k for k in made.children if k.dep_ == "nsubj" and k.ent_type_ == "PERSON"), None) if made \
            else None
        if maker is not None:
            return maker
    return None


def _reported_object(cue_tok: Token) -> Token | None:
    """Those a verb of reporting took as its object when the parse left the cue after them with no subject:
    "NDTV later reported *officials*, following an investigation, stated it was a coconut"."""
    head = cue_tok.head
    if cue_tok.dep_ not in ("dep", "conj") or head.i >= cue_tok.i or any(c.dep_ in SUBJECTS for c in cue_tok.children) \
            or head.lemma_.lower() not in ("report", "say", "claim") or any(  # no one is reported, said or claimed;
                c.dep_ == "cc" and head.i < c.i < cue_tok.i for c in head.children):  # not "... and said"
        return None
    return next((o for o in head.children if o.dep_ == "dobj" and o.i < cue_tok.i and o.tag_ == "NNS" and may_speak(o)),
                None)


def _climb(cue_tok: Token) -> Token | None:
    if (authored := _authored_object(cue_tok) or _reported_object(cue_tok) or quoted_as_saying(cue_tok)
            or shown_saying(cue_tok) or _maker_of_words(cue_tok)) is not None:
        return authored  # "Politico quoted *Tim Manning* ... as saying"; "footage of *Hillary Clinton* asking, ""
    tok, outside = cue_tok, not _quoted(cue_tok)  # a cue outside quotation marks has no subject inside them
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.dep_ != "expl" and not (outside and _quoted(c))]
        if len(subjects) > 1:  # not the subject of a condition set in: "Garced, the successor *should Pierluisi*
            subjects = [c for c in subjects if not _after_modal(c, tok)] or subjects  # remain unconfirmed, has said"
            subjects = [c for c in subjects if not _place_of_place(c)] or subjects  # "in Munich, *Germany* confirmed"
            subjects = [c for c in subjects if c.tag_ != "VBG"] or subjects  # "*Writing* at Mideast Youth, Esra'a
            # explains": a participle the parse took for a subject
        if subjects:  # of two, a person's name before a fragment ("said study co - author Karen Alley"),
            first = subjects[0]  # not before a role that names its holder ("Party leader and Prime Minister B. J.")
            if split_subject(first) in subjects:
                return first  # "Kimberly-Clark, which makes ..., and Solaris Paper ... emphasized": both (joint.py)
            nearest = min(subjects, key=lambda c: abs(c.i - tok.i))  # "The partner asked …, but the commissioner said"
            holder = next((c for c in subjects if _named_by(c, first) and c.left_edge.i == first.right_edge.i + 1
                           and not any(k.dep_ == "cc" for k in first.children)),  # not "Party leader and | Prime
                          None)  # Minister B. J."; "speaker of the parliament *Ali Larijani* wrote": its holder
            return holder or (first if role_word(first) else next((c for c in subjects if c.ent_type_ == "PERSON"),
                                                                  nearest))
        if tok.i == cue_tok.i and (doer := _gerund_subject(tok)) is not None:
            return doer  # "an example of *the media* falsely describing him as a felon"
        for c in tok.children:
            if c.dep_ == "agent" and (obj := prep_object(c)) is not None:
                return obj
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "poss":
                    return c
        if tok.dep_ == "acl" and after_quotation(tok):  # '"...," the patient described'
            return tok.head
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            carrier = tok.head.lemma_.lower() in lexicon().owned or tok.head.lemma_.lower() in _events()
            if tok.tag_ == "VBG" and carrier and tok.head.dep_ == "dobj":  # "issued a statement warning that",
                return _climb(tok.head.head)  # "held a press conference claiming": who issued or held it
            if carrier:
                return None  # "In the blog post announcing "…", GitHub said": not the post
            if may_speak(tok.head) or (tok.tag_ == "VBG" and _of_speakers(tok.head)):
                return tok.head  # "The group, WeWorkers Coalition, formed ... and sent a letter stating"; "a
                # series of South Dakotans — including adults and children — declaring, "…""
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = way_verb(tok)  # "He continued by announcing", "aside from saying", "to have Waseem released by"
            if (done := next((c for c in tok.children if c.dep_ == "nsubjpass" and may_speak(c)), None)) is not None:
                return done  # "*The CEO* was questioned by lawmakers after saying": not the agent
            continue
        if tok.dep_ == "relcl":  # not when the clause is passive of its own ("NBC News, when Biden was declared")
            own = any(c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") for c in tok.children)
            return None if own else tok.head
        if tok.i == cue_tok.i and (obj := _controller(tok)) is not None:
            return obj  # the object of a verb of control: "Backlash led *Biden* to express", "urged him to say"
        if (own := _subject_read_as_conjunct(tok)) is not None:  # also of the verb a participle cue hangs on
            return own  # ("... and *Emanuel* fired his police chief, acknowledging that ...")
        if tok.i == cue_tok.i and (higher := _coordinated_above(tok)) is not None:
            tok = higher
            continue
        if tok.dep_ in INHERIT and tok.head.i != tok.i or _then_verb(tok):
            tok = tok.head
            continue
        if tok.dep_ == "ccomp" and tok.i != cue_tok.i and cue_tok.tag_ == "VBG" and tok.head.i != tok.i and any(
                c.dep_ == "ccomp" for c in cue_tok.children):  # '... said, "We are pleased" at the release, *adding
            tok = tok.head  # that* ...': the speaker of the quotation the participle goes on from, whose own subject
            continue  # is inside the marks (not "recalling their first meeting": a topic)
        break
    return None


def _named_by(name: Token, before: Token) -> bool:
    """Whether a subject the parse set beside another is the name that other describes: a person's name after
    a role ("speaker of the parliament *Ali Larijani*"), an organization's after a common noun that names one
    ("news broadcaster *NRK* later reported")."""
    return name.ent_type_ == "PERSON" or (name.ent_type_ == "ORG" and name.pos_ == "PROPN" and before.tag_ == "NN"
                                          and referents.collective(lexicon(), before) == "organization")  # not
    # "Its lawyer Boeing later reported" (a misparse of a person's role beside a company)


def _then_verb(verb: Token) -> bool:
    """A verb right after "then" that the parse left hanging ("dep") on the verb before it: the same subject's next
    act ("Egyptian Citizen published videos of both speeches, then *commented*:")."""
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i \
        and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "then"


def _coordinated_above(verb: Token) -> Token | None:
    """The verb a present-tense conjunct is really joined to when the parse joined it to a verb of another form with a
    singular subject in the clause that verb reports ("strategists *fear* that Clinton has missed a chance and *warn*
    that ...": not "Clinton has ... warn"): that verb, whose subject is the conjunct's."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or head.tag_ not in ("VBD", "VBZ", "VBN") \
            or any(c.dep_ in ("aux", "nsubj") for c in verb.children) or head.dep_ != "ccomp" or not any(
            c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it")) for c in head.children):
        return None  # a plural may go on ("the companies have ignored ... and insist")
    return head.head if head.head.tag_ in ("VB", "VBP") and head.head.i < head.i else None


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """The people right before a conjunct verb with no subject, which the parse joined to the object before them
    ("issued a warning covering an area to New Orleans and *other forecasters* predicted a storm surge"): its
    subject, not the first verb's."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    return noun if noun.dep_ == "conj" and noun.head.i < noun.i and noun.pos_ in ("NOUN", "PROPN") \
        and noun.head.head.i != verb.head.i and may_speak(noun) else None


def _place_of_place(subject: Token) -> bool:
    """Whether a subject is the country of a place the parse cut off from the real subject ("the Bavarian State
    Ministry ... in Munich, *Germany* confirmed")."""
    doc = subject.doc
    return (subject.ent_type_ == "GPE" and subject.left_edge.i == subject.i >= 2 and doc[subject.i - 1].text == ","
            and doc[subject.i - 2].ent_type_ == "GPE")


def _gerund_subject(cue_tok: Token) -> Token | None:
    """The noun right before a gerund cue with no subject of its own, after "of" ("an example of *the media*
    falsely describing him"): who does it, whatever clause the parse hung the gerund on."""
    k = cue_tok.i - 1
    while k > 0 and cue_tok.doc[k].tag_ == "RB":
        k -= 1
    noun = cue_tok.doc[k]
    if cue_tok.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in cue_tok.children) or noun.dep_ != "pobj" \
            or noun.head.lower_ != "of" or noun.pos_ not in ("NOUN", "PROPN") or not may_speak(noun):
        return None
    return noun


def _controller(verb: Token) -> Token | None:
    """The object that is the subject of an infinitive cue on it: "led *Biden* to express", "urged *him* to say"."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and may_speak(c)), None)


def _after_modal(subject: Token, verb: Token) -> bool:
    """Whether a subject stands after a modal of its verb, as in an inverted condition ("should Pierluisi
    remain", "had he known")."""
    before = subject.left_edge.i - 1
    return before >= 0 and subject.doc[before].dep_ == "aux" and subject.doc[before].head.i == verb.i \
        and subject.doc[before].lower_ in ("should", "had", "were", "would", "could")


def source_range(cue_tok: Token) -> tuple[int, int] | None:
    """The source as written: its head's subtree (only the head for a possessive; only the head and
    the words before it when the subtree holds the cue itself, as in "the man who said")."""
    src = find_source(cue_tok)
    if src is None:
        return None
    start, end = subtree_bounds(src)
    if (second := split_subject(src)) is not None:
        end = second.right_edge.i + 1  # "Kimberly-Clark, which makes ..., and Solaris Paper which makes Sorbent"
    if cue_tok.lower_ == "according":
        end = _named_after(src.doc, min(end, list_of_things(src), _other_report(src)))
        if (subject := subject_apposition(cue_tok, src)) is not None:  # not "..., the manifesto" after the name
            end = min(end, subject.left_edge.i - 1)
        if cue_tok.dep_ == "ROOT" and (rest := after_root_according(cue_tok)) is not None:
            end = min(end, rest[0] - 1)  # nor the clause the parse hung on the name ("..., the move reeks of ...")
        while end - 1 > src.i and src.doc[end - 1].dep_ == "cc":  # "sources who spoke to Fox News *but* | were not
            end -= 1  # authorized ...": the rest of their clause, which the parse hung elsewhere
    if src.dep_ == "poss":
        start, end = src.i, src.i + 1
    elif cue_tok.dep_ == "acl" and cue_tok.head.i == src.i:  # "a series of X declaring": all but the cue's clause
        end = next((t.i for t in src.doc[src.i + 1:cue_tok.left_edge.i] if t.is_punct), cue_tok.left_edge.i)
    elif start <= cue_tok.i < end:  # with its apposition: "The group, WeWorkers Coalition, formed ... stating"
        start = min([src.i, *(c.left_edge.i for c in src.lefts)])
        end = max([src.i + 1, *(c.right_edge.i + 1 for c in src.rights
                                if c.dep_ == "appos" and c.right_edge.i < cue_tok.i)])
    if src.i > cue_tok.i and src.head.dep_ == "ccomp" and src.head.head.i == cue_tok.i:
        # '"...," said the woman*, who like many ...*': the clause the parse read her as the subject of took her
        # relative clause apart; the noun phrase, with its apposition, alone
        end = next((t.i - 1 for t in src.doc[src.i + 2:end] if t.lower_ in RELATIVE_WORDS
                    and src.doc[t.i - 1].text == ","), end)
    start, end = _without_setting(src, start, end)
    if (named := _name_before_role(src, start)) is not None:
        return named
    doc = src.doc  # never into a quotation the parse hung on it ('... vapor form," lead researcher Lucas Paganini')
    ends = [q.end for q in doc._.quotes or [] if doc[start].idx < q.end <= src.idx  # not a nickname: 'Robert C.
            and len(doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand") or ()) > 2]  # "Bobby" Scott'
    while ends and start < src.i and doc[start].idx < max(ends):
        start += 1
    opens = [q.start for q in doc._.quotes or [] if src.idx < q.start < doc[end - 1].idx  # nor into one that goes
             and q.end > doc[end - 1].idx + len(doc[end - 1])  # on past it: '", reads an AEW press release, "a
             and len(doc.text[q.inner_start:q.inner_end].split()) >= 4]  # (not a title: 'the author of "Lost Roads."')
    if opens:  # fierce and captivating talent ...' (not 'Anna Franowska of "Have no fear", an abuse ... charity')
        end = next(t.i for t in doc[src.i:end] if t.idx >= min(opens))
        while end > src.i + 1 and doc[end - 1].is_punct:
            end -= 1
    return start, end


def _name_before_role(src: Token, start: int) -> tuple[int, int] | None:
    """The person who holds the role a subject names ("the Chief Technological Officer of Red Hat"), named right
    before it and a comma where the parse hung the name on an opening phrase as its second object ("In the blog
    post *Chris Wright,* the Chief Technological Officer of Red Hat said"): that name is the source."""
    doc = src.doc
    if src.dep_ != "nsubj" or start < 2 or doc[start].lower_ != "the" or doc[start - 1].text != ",":
        return None
    name = next((e for e in doc.ents if e.end == start - 1 and e.label_ == "PERSON"), None)
    if name is None or name.root.dep_ != "pobj" or name.root.head.head.i != src.head.i or not any(
            c.dep_ == "pobj" and c.i < name.start for c in name.root.head.children) \
            or any(t.lower_ == "and" for t in doc[name.root.head.i:name.start]):
        return None  # only a second object of the phrase, where the parse lost the comma: not "To John Smith, the"
    return name.start, name.end


def _other_report(src: Token) -> int:
    """Where an "according to" object ends before a relative clause that reports a statement of its own, with its
    own speaker: "a report from ABC Australia on March 3 *in which they said they had no plans ...*"."""
    heads = {c.head for c in src.doc._.cues or []}
    return min([c.left_edge.i for c in src.subtree if c.dep_ == "relcl" and c.i > src.i and any(
        t.i in heads and any(k.dep_ in SUBJECTS and k.tag_ not in ("WP", "WDT") for k in t.children)
        for t in c.subtree)], default=len(src.doc))  # not "officials who requested anonymity to speak candidly"


def _named_after(doc: Doc, end: int) -> int:
    """The end of an "according to" source past the name set off by commas right after it, which the parse
    made a subject of the sentence before its real one ("According to the El Paso mayor*, Dee Margo,*
    during the weekend, police were ..."; not "According to officials, John Smith, a farmer, was killed",
    whose only subject he is)."""
    name = next((e for e in doc.ents if e.label_ == "PERSON" and e.start == end + 1), None)
    if name is None or doc[end].text != "," or name.end >= len(doc) or doc[name.end].text != ",":
        return end
    # the parse may hang the name on a comma: "the first selectman, Chris Kervick, there were ..."
    verbs = (name.root.head, name.root.sent.root)
    after = any(c.dep_ in (*SUBJECTS, "expl") and c.i >= name.end for v in verbs for c in v.children)
    return name.end if after else end


_DASHES = frozenset({"--", "—", "―", "–", "-"})
_CONCEDING = frozenset({"while", "though", "although", "whilst"})
_SET_APART = frozenset({"both", "either", "even"})


def _without_setting(src: Token, start: int, end: int) -> tuple[int, int]:
    """The source without what sets it in the story rather than names it: a dateline before it
    ("WASHINGTON -- President Obama"), a reflexive the parse hung on it ("itself Ford"), "both" or "even"
    before it ("Both Mr. King and Mr. Schultz", "Even China"), and after it a participle, a concession or a
    comparison set off by a comma ("Trump, speaking to a veterans group", "Democrats, while confident", "Clinton, like
    Obama", "members of the AIP, among others"), or a date ("officials on Saturday"); and before it, a passive
    clause the parse folded into it."""
    doc = src.doc
    # a passive clause the parse folded into it: "The airport ... were evacuated and *local police* warned"
    for c in (c for c in src.lefts if c.i >= start and any(t.dep_ in ("nsubjpass", "auxpass") for t in c.subtree)):
        joins = [t.i for t in c.subtree if t.dep_ == "cc"]
        start = max(start, joins[-1] + 1) if joins else start
    dash = next((t.i for t in doc[start:src.i] if t.text in _DASHES and t.i > start), None)
    if dash is None and src.is_upper and src.i + 1 < end and doc[src.i + 1].text in _DASHES \
            and any(c.dep_ == "appos" for c in src.rights):  # "WASHINGTON -- President Obama", one phrase
        dash = src.i + 1
    if dash is not None and all(t.is_upper or t.is_punct or t.is_space for t in doc[start:dash]):
        start = dash + 1
    if start + 1 < end and doc[start].tag_ == "PRP" and doc[start].lower_.endswith(("self", "selves")):
        start += 1  # an emphatic pronoun of the phrase before it: 'In the filing *itself* Ford also made this point'
    if start < src.i and doc[start].lower_ in _SET_APART and doc[start].dep_ in ("preconj", "det", "advmod") \
            and (doc[start].lower_ == "even" or any(c.dep_ == "conj" for c in src.children)):
        start += 1
    for c in (c for c in src.rights if c.i < end):
        comma = doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 > src.i
        if comma and ((c.dep_ in ("acl", "advcl") and c.tag_ == "VBG")
                      or (c.dep_ in ("acl", "advcl", "amod", "relcl") and c.left_edge.dep_ == "mark"
                          and c.left_edge.lower_ in _CONCEDING)  # "Democrats, *while still confident in ...*"
                      or (c.dep_ == "prep" and c.lower_ in ("like", "unlike"))
                      or (c.dep_ == "prep" and c.lower_ == "among" and c.right_edge.lemma_.lower() == "other")):
            return start, c.left_edge.i - 1
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "during") and c.right_edge.i + 1 >= end \
                and (obj := prep_object(c)) is not None and obj.ent_type_ in ("DATE", "TIME"):  # "officials on Monday"
            return start, c.left_edge.i
    return start, end


def inverted(cue_tok: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Source and content of an attribution after its clause that the parse joined to it as a conjunct with
    the speaker as its object: "It is not for the Court to opine, *argued the government's lawyer, Richard
    Keen*." (read as "It is ... and argued the lawyer"). Only a speech verb right after a comma, with no
    subject of its own, whose object can speak and closes the sentence."""
    doc = cue_tok.doc
    if (cue_tok.dep_ != "conj" or cue_tok.i == 0 or doc[cue_tok.i - 1].text != ","
            or cue_tok.lemma_.lower() not in cue_lexicon() or any(c.dep_ in SUBJECTS for c in cue_tok.children)):
        return None
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj"), None)
    sent = cue_tok.sent
    if obj is None or obj.left_edge.i != cue_tok.i + 1 or not may_speak(obj) or obj.tag_ in ("NNS", "NNPS") \
            or cue_tok.head.i >= cue_tok.i \
            or not all(t.is_punct or t.is_space for t in doc[obj.right_edge.i + 1:sent.end]):
        return None
    return (obj.left_edge.i, obj.right_edge.i + 1), (sent.start, cue_tok.i - 1)


_RECALLING = frozenset({"recall", "remember", "recount"})


def recalled_speaker(cue_tok: Token) -> tuple[Token, Token] | None:
    """The one a speaker recalls saying the words of a quotation, and the verb of their saying: "'I really want to
    try,' Mr. Mitchell recalled *the president telling* him" (a person or a noun that can speak as the object, a
    participle of a speech verb after it with no words of its own). The quotation is theirs, not the recaller's."""
    if cue_tok.lemma_.lower() not in _RECALLING:
        return None
    obj = next((c for c in cue_tok.children if c.dep_ == "dobj"), None)
    if obj is None or not may_speak(obj):
        return None
    saying = next((c for c in (*cue_tok.children, *obj.children) if c.tag_ == "VBG" and c.i > obj.i
                   and c.dep_ in ("advcl", "acl", "xcomp", "ccomp") and c.lemma_.lower() in cue_lexicon()), None)
    if saying is None or any(c.dep_ in ("ccomp", "xcomp") or c.is_quote for c in saying.children):
        return None
    return obj, saying


_NAMING_TAGS = frozenset({"NNP", "NNPS", "NN", "DT", "JJ", "POS", "HYPH", ","})


def named_after_quotation(cue_tok: Token, quotes: list[tuple[int, int]]
                          ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Source and content of a quotation's attribution whose source the parse lost: '"..., *Tulsa police
    Chief Chuck Jordan* said Monday.' (read with "Tulsa" a verb). The words between the quotation's closing
    mark (after a comma, "!" or "?", or followed by the comma: '"...", Caloundra coach Geoff Ingram said') and the
    cue, when they are a name phrase only (names, nouns, "the", adjectives, commas of an apposition) with a name
    or a noun that can speak; the quotation is the content."""
    doc, k = cue_tok.doc, cue_tok.i - 1
    while k > 0 and (doc[k].tag_ in _NAMING_TAGS or doc[k].ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                     or role_word(doc[k])) and not doc[k].is_quote:  # "coach" read as a verb
        k -= 1
    end = cue_tok.i - (doc[cue_tok.i - 1].text == ",")
    if k < 1 or not doc[k].is_quote:
        return None
    if doc[k - 1].text in (",", "!", "?"):
        start = k + 1
    elif doc[k + 1].text == ",":
        start = k + 2  # the comma after the closing mark
    else:
        return None
    quote = next((q for q in quotes if q[1] == k + 1), None)
    if quote is None or start >= end \
            or not any(t.ent_type_ == "PERSON" or can_speak(t) for t in doc[start:end] if t.tag_ != ","):
        return None
    if start == k + 2 and not opens_sentence(doc, quote[0]):
        return None  # that comma only after a quotation that opens its sentence: not 'The word was "yes", X said'
    return (start, end), quote
