"""In-article speaker resolution: whom each statement's source stands for.

The component ``onrecord_speakers`` runs after the statement finder. It reads ``doc._.statements`` (char
offsets, in order), sets each ``speaker``, writes ``doc._.people`` (each named speaker once). Pure core: ``resolve``.

Precedence, per statement (the first rule that applies wins; the rules about names and the word lists live in
``naming.py``). A source that names nobody gives no speaker (``Speaker(None)``: ``resolved`` is false and the record
leaves the statement out), and passes none on.

0. a joint source ("Biden and Sanders", "Both the council and the government", "Both officers" after "officers A and
   B": ``people_phrases.named_plural``) -> a group of its members, each resolved by these rules (``joint.py``);
1. no source and no cue (a floating quote) -> the previous statement's speaker; a cue with no source, nobody;
2. a pronoun (``data/pronouns.tsv``) -> its antecedent (``antecedents.pick``: a subject before it in its sentence,
   else the latest speaker it continues, else the subject of the nearest sentence, the shallowest clause first; two
   equally likely -> nobody); mentions are earlier speakers, earlier he/she subjects (standing for whom they resolved
   to) and, outside direct quotes, PERSON entities or a surname the article gives in full (he/she) or plural subject
   nouns that can speak (they: "Protesters' demands" are the protesters, "Planets" nobody); "I" is the previous
   speaker (the voice being quoted); "we" only an organization mentioned within ``WINDOW`` sentences;
3. a role phrase naming one person ("The governor of Ohio, Mike DeWine", "Party leader and PM Boris Johnson") -> them;
4. a thing or document with an owner ("Johns Hopkins University data", "her reasoning", "Part of the judge's
   statement") -> the owner, by these rules; "the filing", "The complaint" -> the named author of the document it
   refers back to ("Ford said in a financial filing", "X filed a lawsuit": ``referents``); a thing or a document of
   data alone ("records", "polls": ``referents``) -> nobody;
5. a proper name -> the name without titles, roles ("Senate Minority Whip"), appositions or relative clauses, which
   become descriptors; an organization's goes on over "of Montana", stops at a bracket; an acronym the article spells
   out, a company named short ("Ford") -> the full name; a lone surname ("Mijares", "La Riva") -> the full name seen
   before it, else the first after, else one written anywhere ("Represenative Adam Schiff"); when several people
   share it ("Joe Biden", "Hunter Biden"), the one of them who spoke within ``WINDOW`` sentences before ("Jeh Johnson
   says ... Johnson tells"), else the one the article named first (its principal: a relative or namesake named later
   is written in full); of that person's name forms, the one named most often, then the latest; the kind from the
   word lists, titles, role nouns and the article's entity tags; the gender from titles, gendered role nouns,
   pronouns resolved to the person, else a given name;
6. a common noun after the/this/that, or a role written like a name ("the adviser", "The President") -> the latest
   speaker with that role (descriptor head or organization word), or a person named with it nearer before ("The
   actress": "Actress Denise Crosby"); "vice president" is not "president"; a relative "who" -> the name it relates
   to; a body noun alone ("the company", "police") -> the organization that fits it (``referents.named_body``); a
   noun named in apposition ("The suspect, Michael Webb,") -> that name (``referents.named_aside``); a lead's role of
   a name ("China's ambassador to Britain") -> the one person named with it further down (``role_holders``); "The
   56-year-old" -> the one person the article gave that age, else its subject (``people_phrases.named_by_age``); a
   role a name owns ("Pagliano's lawyer") -> the one named with it ("Pagliano's lawyer, Mark MacDougall");
7. otherwise by its head noun: nobody for a pronoun-like word, a question, a negation or a thing ("you", "one", "the
   trial": ``naming.can_speak``), else group, organization or unnamed, named by the source as written; "his daughter"
   -> the one person named as his daughter ("his daughter Nettie Baker"), "his campaign" -> "Trump campaign" where
   the article writes that, else "Donald Trump's campaign" (``people_phrases``).

``statement.signals["speaker_by"]`` says which rule decided (for confidence.py): "interview", "previous" (1), "pronoun"
(2), "name"/"surname" (3-5; "surname": completed from the article), "role" (6), "description" (7), "unresolved".
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from onrecord import wordlists
from onrecord.attribution import antecedents, appositions, body_names, joint, naming, people_phrases, persons, referents
from onrecord.attribution.acronyms import acronyms
from onrecord.attribution.antecedents import SUBJECTS, Mention, asked, before, position, subject
from onrecord.attribution.block_quotes import BLOCKS_KEY
from onrecord.attribution.content_leads import after_dateline
from onrecord.attribution.extensions import ensure_extensions, entities, entities_kept
from onrecord.attribution.intervals import inside, merge
from onrecord.attribution.interviews import INTERVIEW_KEY, Layout, interviewee, layout
from onrecord.attribution.name_shapes import after_other_name, given_al, name_end, number_inside, with_article
from onrecord.attribution.naming import Lexicon, lexicon, norm
from onrecord.attribution.referring_back import refers_back
from onrecord.attribution.role_holders import RoleHolders
from onrecord.attribution.speaker_kinds import GROUP, ORGANIZATION, PERSON, UNNAMED, kind_of
from onrecord.records import Person, Speaker, Statement

_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
WINDOW = 3  # sentences back within which a pronoun's antecedent is looked for first

_NAME_DEPS, _PROPER, _PLURAL = {"compound", "flat", "nmod", "nn"}, {"NNP", "NNPS"}, {"NNS", "NNPS"}
_NOUNS = {"NOUN", "PROPN", "PRON"}
_BODIES = ("ORG", "GPE", "FAC", "LOC", "NORP")
_BARE = {"det", "punct", "relcl", "appos", "acl", "cc", "conj"}  # a role noun alone: "the actress, who ..."
_NOT_AGENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_GENDERS = {frozenset("f"): "female", frozenset("m"): "male"}  # both, or neither: unknown
ROUTES = ("interview", "previous", "name", "surname", "pronoun", "role", "description", "unresolved")


@dataclass(eq=False)
class _Entity:
    name: str
    kind: str
    gender: str | None = None
    pronouns: frozenset[str] = frozenset()  # "m"/"f" of the he and she the article uses for it
    plural: bool = False
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)  # words that refer back to it: "advisor", "ministry"
    first: int = -1  # index of the first statement it speaks, -1 if none yet
    root: int | None = None  # token of a non-speaker mention, described if it comes to speak
    members: list[_Entity] = field(default_factory=list)  # a joint source's speakers (joint.py)

    def add(self, items: list[str], value: str) -> None:
        if value and norm(value) != norm(self.name) and value not in items:
            items.append(value)


class _Resolver:
    def __init__(self, doc: Doc, statements: list[Statement], lex: Lexicon) -> None:
        self.doc, self.statements, self.lex, self.text = doc, statements, lex, doc.text  # Doc.text: built per call
        self.parsed = doc.has_annotation("DEP")
        self.sent_starts = [s.start_char for s in doc.sents] if self.parsed else [0]
        self.contents = merge([(c.start, c.end) for s in statements if s.kind != "indirect" for c in s.content]
                              + list(doc.user_data.get(BLOCKS_KEY) or []))  # and a page's block quotes: words
        self.sources = merge([(s.source.start, s.source.end) for s in statements if s.source])
        self.own: list[tuple[int, int]] = []  # the content of the statement at hand
        self._untagged = persons.untagged_people(doc) if self.parsed else []
        self.entities: dict[str, _Entity] = {}
        self.spoken, self.spoken_by_pos = [], []  # speakers' mentions as found; by position, a tie as found
        self.person_words = {w for e in entities(doc) if e.label_ == "PERSON" for w in norm(e.text).split()}
        self.places = {w for e in entities(doc) if e.label_ in ("GPE", "LOC") for w in norm(e.text).split()}
        self.titled = persons.titled(doc)  # "Princess Ubolratana Mahidol", untagged
        self.bound = antecedents.bound_genders(doc, lex.pronouns, self.text)  # "Richardson had his own opinion": he
        self.full_names = full_names = self._full_names()
        self.by_surname = naming.index_names(full_names, lambda n: norm(self._surname(n)))
        bodies = {w for e in entities(doc) if e.label_ in _BODIES for w in norm(e.text).split()}
        persons_named = {norm(e.text) for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1}
        self.by_first_name = naming.index_names(  # "CNN" is not "CNN Philippines"; a "Dale" tagged ORG is Dale Ford
            [(p, n) for p, n in full_names if norm(n).split()[0] not in bodies or norm(n) in persons_named],
            lambda n: norm(n.split()[0]))
        self.by_name_form = naming.index_names(forms := persons.name_forms(doc, self.person_words, self.places),
                                               lambda n: norm(self._surname(n)))
        self.by_inner = naming.index_inner(sorted(full_names + forms))  # "Rosselló": "Ricardo Rosselló Nevares"
        self._people_mentions, self._plural_mentions, self._interviewees = None, None, {}  # built when first needed
        self.interview = (Layout.from_data(doc.user_data[INTERVIEW_KEY]) if INTERVIEW_KEY in doc.user_data
                          else layout(self.text))
        self.route = "unresolved"  # how the statement at hand got its speaker (ROUTES), set where decided
        self.role_holders = RoleHolders(doc, self.titled, lex.role, lambda e: self._name_bounds(e.sent, e.root)[0],
                                        lambda e: appositions.within(e.sent, e.root))
        self.acronyms, self.org_names = acronyms(doc), body_names.org_names(doc)

    # -- the pass -------------------------------------------------------------------------------
    def run(self) -> list[Person]:
        found, previous = [], None  # each statement's speaker; the last one's
        for i, st in enumerate(self.statements):
            self.route = "unresolved"
            entity = self._statement(st, previous)
            st.signals["speaker_by"] = self.route if entity is not None else "unresolved"
            for e in [] if entity is None else [entity, *entity.members]:  # a joint source's members speak too
                if e.first < 0:
                    e.first = i
                    if e.root is not None and not e.descriptors:
                        tok = self.doc[e.root]
                        self._learn(e, tok.sent, tok, self._name_bounds(tok.sent, tok)[0])
            found.append(entity)
            previous = entity  # a statement with no speaker passes none on ("I", a floating quote)
        for st, e in zip(self.statements, found):
            st.speaker = joint.as_speaker(e) if e else Speaker(None, UNNAMED)
        spoke = sorted((e for e in self.entities.values() if e.first >= 0 and e.kind != UNNAMED and not e.members),
                       key=lambda e: e.first)
        return [Person(e.name, e.kind, self._aliases(e), list(e.descriptors), _GENDERS.get(e.pronouns)) for e in spoke]

    def _statement(self, st: Statement, previous: _Entity | None) -> _Entity | None:
        """The speaker, or None: the source names nobody ("he" alone, "the data"), or no source follows no speaker."""
        self.own = merge([(c.start, c.end) for c in st.content])
        if (answerer := self._answerer(st)) is not None or st.signals.get("origin") == "answer":
            self.route = "interview"  # an answer whose label names nobody ("IM Dorsa ...") has no speaker
            return answerer and self._spoke(answerer, st.source.start if st.source else st.start)
        if st.source is None or not st.source.text.strip():  # not a verb's whose subject is not found ("a
            self.route = "previous"  # series of South Dakotans declaring"): only a quotation's that goes on
            return None if st.signals.get("origin") == "cue" else previous
        span = naming.trim(self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand"))
        if span is None or "**" in st.source.text:  # a name the page masks ("Dia**** Co**"): as written
            self.route = "description"
            return self._entity(UNNAMED, st.source.text.strip())
        root = naming.whole_of(self._head(span))  # "Part of the judge's statement": the statement
        if (named := antecedents.relative_antecedent(root)) is not None and (  # "who": the name it relates to, or
                persons.name_word(named) or root.head.dep_ == "conj"):  # "according to police, who said": police
            root, span = named, self.doc[named.left_edge.i:named.right_edge.i + 1]
        cue = st.cue.start if st.cue and st.cue.start >= st.source.end else None
        entity = self._source(span, root, st.source.start, previous, cue)
        named = [] if entity is None else [entity.name, *(m.name for m in entity.members)]
        if root.lower_ == "they" and st.kind != "direct" and st.content[0].start > st.source.end and any(
                re.search(rf"\b{re.escape(n)}\b", st.content[0].text) for n in named):  # "They called on Turkey to
            entity = None  # halt ...": not Turkey, whom the statement talks about (a quotation may name its speaker)
        if entity is None and root.lower_ in ("he", "she"):  # a "he" that names nobody: nor does the next
            self._spoke(None, st.source.start, root, self.lex.pronouns[root.lower_][0])
        return None if entity is None else self._spoke(entity, st.source.start, root)

    def _source(self, span: Span, root: Token, pos: int, previous: _Entity | None,
                cue: int | None = None) -> _Entity | None:
        """Whom a source phrase names (rules 2-7 of the module's precedence); ``cue``: where the cue
        starts when it follows the phrase (a name may stand between them)."""
        if (parts := joint.parts(span, root) or ((listed := people_phrases.named_plural(span, root))
                                                  and joint.Parts(listed))) and (entity := joint.speaker(
                parts, lambda p: self._source(p, self._head(p), pos, previous), partial(self._entity, GROUP))):
            return entity  # "Biden and Sanders": both
        if root.lower_ in self.lex.pronouns and root.pos_ == "PRON":
            return self._pronoun(root, pos, previous)
        if (aged := people_phrases.named_by_age(span, root) or people_phrases.subject_epithet(span, root)) is not None:
            return self._ent_entity(aged)  # "The 56-year-old": "John Smith, 56,"; "the singer": Simmons, just before
        if previous is not None and previous.kind == UNNAMED and (other := people_phrases.another(span, previous.name)):
            return self._entity(UNNAMED, other)  # "one user on Weibo posted ... Another said": another user on Weibo
        if root.ent_type_ != "PERSON" and (persons.name_word(root) or root.pos_ in _NOUNS) and (
                (persons.name_word(root) and (named := self._named_in_apposition(span, root, person_only=True)))
                or (named := self._beside_role(span, root, cue))):
            return named
        if (owner := naming.owner(root)) is not None:  # "Johns Hopkins University data": the university
            end = owner.right_edge.i + (self.doc[owner.right_edge.i].tag_ != "POS")  # not "the party's"
            return self._source(self.doc[owner.left_edge.i:end], owner, pos, previous)
        if (author := referents.work_author(span) or referents.document_author(root)) is not None:  # "the filing"
            return self._source(self.doc[author.left_edge.i:author.right_edge.i + 1], author, pos, previous)
        if naming.thing(root) or referents.ownerless(root) or naming.law_text(span, root):  # "Findings also
            return None  # suggested", "polls", a law's text ("Republic Act No. 3846 states"): nobody
        if (persons.name_word(root) and not self._only_roles(span, root)) or self._lone_surname(span, root):
            return self._proper(span, root)
        if (named := persons.named_as(root)) is not None:  # "A university student named Wong"
            return self._proper(self.doc[named.left_edge.i:named.i + 1], named)
        return self._common(span, root, pos, previous, cue)

    def _spoke(self, entity: _Entity, pos: int, root: Token | None = None, pronoun: str | None = None) -> _Entity:
        depth, aside = ((antecedents.clause_depth(root), antecedents.aside(root)) if root is not None and self.parsed
                        else (0, False))
        mention = Mention(pos, self._sent(pos), True, entity, depth=depth, pronoun=pronoun, aside=aside, spoke=True,
                          contrast=root is not None and self.parsed and antecedents.set_against(root.head),
                          cited=aside and antecedents.bracketed(root))
        self.spoken.append(mention)
        self.spoken_by_pos.insert(bisect_left(self.spoken_by_pos, mention.pos, key=position), mention)
        return entity

    def _answerer(self, st: Statement) -> _Entity | None:
        """In an interview's answer, "I", "we" and the answer's label ("NG", "A") are the interviewee, named
        as ``interviews.interviewee`` says (by the label's initials, or the one person named first)."""
        if self.interview is None or (label := self.interview.answer_label(st.start)) is None:
            return None
        source = st.source.text.strip() if st.source else ""
        if source and source != label and source.lower() not in _FIRST_PERSON:
            return None
        if label not in self._interviewees:  # once per label: the names are the whole article's
            named = self.full_names + [(e.start_char, naming.ent_name(e, self.places)[0])
                                          for e in entities(self.doc) if e.label_ == "PERSON" and len(e) > 1]
            asked = self.interview.questions[0][0] if self.interview.questions else 0
            self._interviewees[label] = interviewee(label, [n for _, n in named], [n for p, n in named if p < asked],
                                                    self.interview.labels(), self.text)
        name = self._interviewees[label]
        return self._entity(PERSON, name) if name else None

    def _head(self, span: Span) -> Token:
        """The span's head word: its root if a noun, a pronoun or a part of a group (``naming.part_of_many``),
        else the first noun hanging outside the span ("the IMF" of "the IMF report"), else the shallowest; never
        one in an aside after a comma and "with" ("One of the ... community, *with 28, 726 members*,")."""
        root = span.root if self.parsed else span[-1]
        nouns = [t for t in span if t.pos_ in _NOUNS and not (t.head.lower_ == "with" and t.head.i > 0
                                                               and t.head.nbor(-1).text == ",")]
        if root.pos_ in _NOUNS or not nouns or naming.part_of_many(root):
            return root
        tops = [t for t in nouns if t.head.i == t.i or not span.start <= t.head.i < span.end]
        return tops[0] if tops else min(reversed(nouns), key=naming.tree_depth)

    # -- proper names ---------------------------------------------------------------------------
    def _proper(self, span: Span, root: Token, role: Token | None = None) -> _Entity:
        left, right = self._name_bounds(span, root)
        left = body_names.org_start(self.doc, span.start, left, right, self.org_names)  # "Sustainable Australia"
        written = name = self.doc[left:right].text.strip()
        lone = naming.lone_surname(name)  # "Pierce", "La Riva"
        respell = root.dep_ != "appos" and not any(c.dep_ == "appos" for c in root.children)  # "Kreiger, the coach,"
        full = None if self.lex.has_org_word(name) else \
            self._full_name(name.split()[-1], span.start_char, respell, persons.honorific_gender(self.doc, left)) \
            if lone else persons.longer_form(name, (n for _, n in self.full_names))  # "Eriksson Ek": "Joel Eriksson Ek"
        if full:
            entity = self._entity(PERSON, full)
        elif (spelled := self.acronyms.get(norm(name))) is not None:  # "NHC": "National Hurricane Center"
            entity = self._entity(ORGANIZATION, body_names.full_company(spelled, self.doc, self.acronyms))
        else:
            kind = kind_of(name, span, root, left, role, [n for _, n in self.full_names], self.person_words)
            if kind == ORGANIZATION:  # "Ford": "Ford Motor Company"; "Air Force": "United States Air Force"
                name = body_names.longer_org(
                    body_names.full_company(name, self.doc, self.acronyms, referents.body_nouns()), self.doc, left)
                name, written = body_names.with_place_owner(self.doc, span.start, left, name, written)
            entity = self._entity(kind, name)
        self.route = "name" if entity.name == written else "surname"  # completed from the article
        entity.add(entity.aliases, written)
        self._learn(entity, span, root, left)
        return entity

    def _lone_surname(self, span: Span, root: Token) -> bool:
        """A capitalised word alone or before a comma ("Scissors, who ..."), whatever its tag: a surname the article
        gives in full ("Mijares" read as a plural noun) or an acronym it spells out ("WHO" read as a pronoun)."""
        return root.i == span.start and (len(span) == 1 or span[1].text == "," and span[2:3].text != "which") \
            and root.text[:1].isupper() and norm(root.text) in {*self.by_surname, *self.acronyms}

    def _name_bounds(self, span: Span, root: Token) -> tuple[int, int]:
        """Token bounds of the name ending at ``root``: proper nouns attached to it, no titles."""
        doc, left = self.doc, root.i
        while left - 1 >= span.start:
            t = doc[left - 1]
            if t.text == "-" and left - 2 >= span.start and self._name_part(doc[left - 2], root):  # "al-Eryani"
                left -= 2
            elif self._name_part(t, root):
                left -= 1
            else:
                break
        right = name_end(root, span.end, lambda i: naming.name_stop(doc, left, i))  # no bracket: "... (WHO" an acronym
        while right < span.end and (title := self.lex.title(doc[right].text)) and title[1] == "suffix":
            right += 1
        while right - 1 > left and (doc[right - 1].tag_ == "POS" or doc[right - 1].is_punct or (
                (title := self.lex.title(doc[right - 1].text)) and title[1] == "post-nominal")):  # "Kama Melly QC"
            right -= 1
        if (start := naming.person_start(doc, left, root, right, self.lex.has_org_word)) != left:
            return start, right  # "Senate Minority Whip Dick Durbin": a person after a role
        if root.ent_type_ == "PERSON" and (start := max(naming.after_place(doc, left, root, self.places),
                                                       after_other_name(root, left))) != left:
            return start, right  # "Senator from Vermont Bernie Sanders", "South Jerusalem Gresghom Gorenberg"
        if root.ent_type_ != "PERSON" and not naming.given_name_first(doc[left:right].text) and (
                root.ent_type_ == "ORG" or self.lex.has_org_word(doc[left:right].text)):
            return naming.org_bounds(doc, left, right, span.end, self.lex.has_org_word, span.start)
        return left, persons.office_end(doc, root, right, span.end)  # "High Commissioner for Human Rights"

    def _name_part(self, t: Token, root: Token) -> bool:
        return (t.tag_ in _PROPER and (self.lex.title(t.text) is None  # or a title opening a body's name ("*General*
                                       or self.lex.has_org_word(self.doc[t.i:root.i + 1].text))  # Motors", not Milley)
                and not naming.venue_after_on(t)
                and (not self.parsed or (t.dep_ in _NAME_DEPS and t.i < t.head.i <= root.i))) or number_inside(t, root)

    def _learn(self, entity: _Entity, span: Span, root: Token, left: int) -> None:
        """Descriptors, role words and gender from the words around a name."""
        start, pre = max(span.start, root.left_edge.i), []
        for t in self.doc[start:left]:
            title = self.lex.title(t.text)
            if title and title[0] in "mf":
                entity.gender = title[0]
            if not (title and title[1] == "honorific" or t.dep_ == "det" and t.head == root or t.lower_ == "the"):
                pre.append(t)
        if pre:
            entity.add(entity.descriptors, naming.as_written(pre))
            self._role(entity, pre[-1])
        name_end = self._name_bounds(span, root)[1]
        for head in appositions.within(span, root):
            if head.like_num or head.i < name_end:  # "Vega" of "Arnel dela Vega" is the name itself
                continue
            if head.i > 0 and naming.bracket(head.nbor(-1)):  # "(WHO": an acronym
                entity.add(entity.aliases, head.text)
                continue
            entity.add(entity.descriptors, naming.noun_phrase(head, span, whole=False))
            self._role(entity, head)
        if entity.kind == ORGANIZATION:
            padded = f" {norm(entity.name)} "
            entity.roles.update(w for w in self.lex.org_words if f" {w} " in padded)

    def _role(self, entity: _Entity, head: Token) -> None:
        entity.roles.update(naming.role_keys(head, self.lex.role))
        if entity.gender is None and head.lower_ in self.lex.gendered:
            entity.gender = self.lex.gendered[head.lower_]

    def _full_names(self) -> list[tuple[int, str]]:
        """Every full (two or more word) person name in the article, with its position (also one tagged a body or
        a place: "Kurt Volker" of "envoy to Ukraine Kurt Volker", "Kate York")."""
        out = [(name.start_char, name.text) for _title, name in self.titled]
        for st in self.statements:
            span = naming.trim(self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
                              if st.source else None)
            roots = [] if span is None else [(h := self._head(span)), *(c for c in h.conjuncts if c.i < span.end)]
            for head in [*roots[:1], *(a for r in roots for a in appositions.within(span, r)  # a person's, whatever
                                       if a.ent_type_ != "ORG" or r.pos_ == "NOUN" and naming.role_word(r))]:
                # its tag, after a role ("the deputy director, Eva-Marie Persson" tagged an organization)
                if persons.name_word(head):  # "Pradeep Khosla" of "The chancellor, Pradeep Khosla", too
                    left, right = self._name_bounds(span, head)
                    out.append((st.source.start, self.doc[left:right].text.strip()))  # type: ignore[union-attr]
        for ent in entities(self.doc):
            if (ent.label_ == "PERSON" or persons.person_by_apposition(ent)) and (  # "Gáspár Maróth, the commissioner"
                    named := persons.headline_name(ent)) is not None:  # "Glenn Beck" of "Glenn Beck Blasts Drudge"
                out.append((named.start_char, naming.ent_name(named, self.places)[0]))
        out += [(inner.start_char, inner.text) for ent in entities(self.doc) if (inner := persons.hidden_person(ent))]
        out += [(name.start_char, name.text) for name in self._untagged]  # "Naureen Jahangir, a Sanders supporter"
        out += [(rest.start_char, rest.text) for ent in entities(self.doc) if ent.label_ != "PERSON" and (
            rest := self.doc[after_dateline(self.doc, [(ent.start, ent.end)])[0][0]:ent.end]).start > ent.start
            and naming.given_name_first(rest.text)]  # "ROME - Bernie Sanders", one entity of the dateline and name
        return sorted((p, n) for p, n in out if len(n.split()) > 1  # not "La Riva"; "Al From", not "Al Yousif"
                      and (not naming.lone_surname(n) or given_al(n, (m for _, m in out)))
                      and not self.lex.has_org_word(n) and not {"and", "&"} & set(n.split())  # not two, nor
                      and not naming.written_as_body(n))  # "Samsung 4K Smart" of a product's heading

    def _full_name(self, word: str, pos: int, respell: bool = True, gender: str | None = None) -> str | None:
        """The full name whose surname (else first name) is ``word``, among those before ``pos`` (else the
        first one after). Of several people sharing it, the one who spoke within ``WINDOW`` sentences
        before, else the first named ("Biden": Joe, not Hunter); of that person's name forms ("Robert
        Mugabe", "Wanda Vázquez Garced"), the fullest, then the one named most often, then the latest. With
        ``respell``, a surname misspelled by a letter is the one it misspells ("Saree"); not one the article
        introduces with a description of its own ("Kreiger, the coach,"); ``gender``: one of it ("Mrs. Clinton")."""
        key = persons.respelled(norm(word), self.by_surname, self.by_first_name, self.by_name_form) if respell \
            else norm(word)
        for index in (self.by_surname, self.by_first_name, self.by_name_form, self.by_inner):
            if key in index and (found := persons.of_gender(self.doc, *index[key], gender))[1]:
                positions, names = found
                before = bisect_left(positions, pos)
                if not before and index is self.by_first_name:
                    continue  # "Ahmed" before any "Ahmed Shokier": someone else, named so alone
                if not before:
                    return names[0]
                named = set(names[:before])  # "his wife, Gabriela Violeta Lazar" spoke: "Lazar" is still him
                person = self._speaking(named - persons.kin_names(self.doc) or named, pos) or names[0]
                seen = [n for p, n in self.full_names if p < pos and key in norm(n).split()
                        and naming.same_person(n, person, key) and n not in persons.kin_names(self.doc)] or [person]
                return max(dict.fromkeys(seen), key=lambda n: (len(n.split()), seen.count(n), -seen[::-1].index(n)))
        return persons.shared_surname(self.doc, word)  # "Cherie" of "Cherie and Sean O'Donnell"

    def _speaking(self, names: set[str], pos: int) -> str | None:
        """The one of ``names`` who spoke last, if within ``WINDOW`` sentences before ``pos``."""
        sent = self._sent(pos)
        for m in before(self.spoken_by_pos, pos):
            if m.sent < sent - WINDOW:
                break
            if m.entity is not None and m.entity.name in names:
                return m.entity.name
        return None

    def _surname(self, name: str) -> str:
        words = name.split()
        while len(words) > 1 and (t := self.lex.title(words[-1])) and t[1] == "suffix":
            words.pop()
        return words[-1]

    def _aliases(self, e: _Entity) -> list[str]:
        aliases = list(e.aliases)
        if e.kind == PERSON and len(e.name.split()) > 1:
            e.add(aliases, self._surname(e.name))
        return aliases

    def _only_roles(self, span: Span, root: Token) -> bool:
        """A role written like a name, with no name ("The President"): a common noun."""
        if root.ent_type_ in ("NORP", "ORG", "GPE"):  # "Liberal Democrats"
            return False
        left, right = self._name_bounds(span, root)
        return all(naming.role_word(t) for t in self.doc[left:right])

    # -- common nouns ---------------------------------------------------------------------------
    def _beside_role(self, span: Span, root: Token, cue: int | None) -> _Entity | None:
        """The one person a role phrase names (``naming.person_beside``): "The governor of Ohio, Mike
        DeWine", "Conservative Party leader and Prime Minister Boris Johnson said"."""
        if (found := naming.person_beside(span, cue)) is None:
            return None
        person, role_end = found
        entity = self._proper(self.doc[person.start if person.label_ != "PERSON" else min(span.start, person.start):
                                       person.end], person.root)
        role = [t for t in self.doc[span.start:role_end] if not (t.i == span.start and t.dep_ == "det")]
        entity.add(entity.descriptors, naming.as_written(role))
        self._role(entity, root)
        return entity

    def _named_in_apposition(self, span: Span, root: Token, person_only: bool) -> _Entity | None:
        """The person named beside a role: "The foreign minister, Jeyhun Bayramov, said"; with
        ``person_only``, for a role written like a name ("The Senate Minority Leader, Chuck Schumer"), and
        not when several are named ("Three American Samoans, Pale Tuli, Rosavita Tuli, and ...")."""
        for c, role in appositions.appositions(root):  # untagged beside a role the parse joined to a body: a person
            if c.tag_ in _PROPER and span.start <= c.i < span.end and (not person_only or not c.conjuncts and (
                    c.ent_type_ == "PERSON" or (c.ent_type_ == "" and role.i != root.i))):
                entity = self._proper(span, c, role=role)
                if not naming.bracket(c.nbor(-1)):  # not "Transport for London (TfL)": the name and its acronym
                    entity.add(entity.descriptors, naming.noun_phrase(role, span, whole=False))
                    self._role(entity, role)
                return entity
        return None

    def _common(self, span: Span, root: Token, pos: int, previous: _Entity | None,
                cue: int | None = None) -> _Entity | None:
        if (entity := self._named_in_apposition(span, root, person_only=False)) is not None:
            return entity
        if naming.no_source(root):
            return None
        dets = [c.lower_ for c in root.children if c.dep_ in ("det", "poss", "nummod") and c.i < root.i]
        if (dets and dets[0] in naming.DEFINITE or naming.owned_role(root)) and (  # "the adviser", "Pagliano's lawyer";
                named := self._by_role(*(referents.body_owner(root) or (span, root)))) is not None:  # "the office
            self.route = "role"  # release": the office's
            return named
        if (ent := referents.named_body(span, root, self.sent_starts, self.lex.has_org_word)  # "police"
                or referents.named_aside(span, root) or referents.named_before(span, root)) is not None:
            named, self.route = (self._proper(self.doc[ent.start:ent.sent.end], ent.root) if ent.label_ else
                                 self._entity(ORGANIZATION, ent.text)), "role"  # "police": "Northamptonshire police"
            return named
        if previous is not None and self.spoken and (refers_back(  # "The Wooster professor added"
                span, root, previous, self.spoken[-1].pos, cue) or people_phrases.epithet(  # "said the actor"
                span, root, previous, self.spoken[-1].pos)):
            self.route = "role"
            return previous
        if not naming.can_speak(root):  # "the trial", "margins": no one who speaks
            return None
        if (named := persons.trailing_name(span, self.person_words)) is not None:
            return self._proper(named, named[-1])  # "Others, including Fox News reporter Jennifer Griffin"
        name = naming.noun_phrase(root, span, whole=True)  # "His legal team": "Michael Avenatti's legal team"
        if (his := naming.possessive(root)) and (held := self._pronoun(his, pos, previous)) and held.kind != UNNAMED:
            if (kin := people_phrases.named_kin(root, his, held.name)) is not None:  # "his daughter Nettie Baker"
                return self._role(named := self._ent_entity(kin), root) or named  # her role, her gender
            name = people_phrases.named_by_owner(root, held.name) or naming.owned_by(held.name, his.text, name)
        if not naming.possessive(root) and (later := self.role_holders.later(span, root)) is not None:
            self.route = "role"  # "China's ambassador to Britain" named further down
            return self._ent_entity(later)
        self.route = "description"
        spelled = norm(naming.clean_name(name) or name) in {norm(full) for full in self.acronyms.values()}  # "(TfL)"
        entity = self._entity(referents.collective(self.lex, root) or (ORGANIZATION if spelled else UNNAMED), name)
        entity.plural = root.tag_ in _PLURAL
        self._role(entity, root)
        return entity

    def _by_role(self, span: Span, root: Token) -> _Entity | None:
        """The latest speaker with this role ("the adviser": "presidential advisor Hikmat Hajiyev"), or one named with
        it and mentioned since ("The actress"); for a role with names or a complement, one named with them all."""
        key, at, best = naming.role_key(root, self.lex.role), -1, None
        for m in reversed(self.spoken):  # a singular role is never a plural's ("the company": not "public companies")
            if m.entity is not None and key in m.entity.roles and not (m.entity.plural and root.tag_ == "NN") and not (
                    root.tag_ == "NNS" and m.entity.kind in (PERSON, UNNAMED) and not m.entity.plural):  # "physicians"
                at, best = m.pos, m.entity
                break
        if (like := root if any(c.dep_ not in _BARE for c in root.children) else None) is not None:  # "the club's
            if best is None or not referents.named_alike(root, [best.name, *best.descriptors]):  # president": only
                at, best = -1, None  # one named with its words ("The Wikileaks founder": "Wikileaks co-founder ...")
        named = self.role_holders.before(key, at, span.start_char, like) if root.tag_ != "NNS" else None
        return self._ent_entity(named) if named is not None else best

    # -- pronouns -------------------------------------------------------------------------------
    def _pronoun(self, tok: Token, pos: int, previous: _Entity | None) -> _Entity | None:
        """The pronoun's referent, or None (no one the record can name)."""
        gender, number, person = self.lex.pronouns[tok.lower_]
        self.route = "pronoun"  # unless no antecedent is found
        if person == "1" and number == "sg":  # "I" outside a quote and an interview's answer: the writer ("I would
            return None  # have said Wi-Fi 6 was too new"; a letter's "I asked"), whom the record does not name
        if person == "1":  # "we": the speaker's own organization, named close by; never a group talked about
            return self._nearby_organization(pos)
        if (body := antecedents.named_in_sentence(tok, self.lex.org_words)) is not None:  # "the network ... they"
            return self._source(self.doc[body.left_edge.i:body.i + 1], body, pos, previous)
        found = self._antecedent(tok.lower_, pos, self.own if tok.dep_ in SUBJECTS else [])  # "her family": hers
        if found is not None and antecedents.joined_to_another(
                tok, " ".join([found.name, *found.descriptors, *found.roles])):
            return None  # "Larbi_org followed the event and he wrote": not Obama, named before
        if found is None or tok.dep_ != "poss" or self._owner(found, gender, previous):
            return found  # "his lawyers": only a sure owner
        return found if antecedents.sole_person(tok, found.name, self.lex) else None

    def _antecedent(self, word: str, pos: int, own: list[tuple[int, int]] | None = None) -> _Entity | None:
        """Whom the third-person pronoun ``word`` at ``pos`` stands for (``antecedents.pick``)."""
        gender, number, _ = self.lex.pronouns[word]
        if number == "pl":
            def ok(e: _Entity) -> bool:
                return e.kind in (GROUP, ORGANIZATION) or (e.kind == UNNAMED and e.plural)
            if (one := antecedents.singular_they(self.doc, pos, before(self.spoken_by_pos, pos), self._sent(pos),
                                                 lambda e: e.kind == PERSON and not e.gender)) is not None:
                return one  # '"We use ...," they said' after a spokesperson named without he or she
        elif gender == "n":
            def ok(e: _Entity) -> bool:
                return e.kind == ORGANIZATION
        else:
            def ok(e: _Entity) -> bool:
                return ((e.kind == PERSON or (e.kind == UNNAMED and not e.plural and persons.personal(e.name)))
                        and e.gender in (None, gender))
        # never one inside ``own`` (what its statement says), but its first words ("Prosecutors charged him, they said")
        mentions = (m for m in self._mentions_before(pos, number == "pl")
                    if not inside(m.pos, own or []) or antecedents.opens_part(self.doc, m.pos, own or []))
        found = antecedents.pick(mentions, self._sent(pos), ok, WINDOW, gender, self.text.rfind("\n", 0, pos) + 1,
                                 unsure := [])  # a subject of no known gender beside one of the pronoun's: no one
        if found is not None and gender in ("m", "f") and not unsure:  # the article's own he/she for them
            found.gender, found.pronouns = found.gender or gender, found.pronouns | {gender}
        return None if unsure else found  # "Gov. Chris Christie described Hillary Clinton as ... after she attacked"

    def _owner(self, found: _Entity, gender: str, previous: _Entity | None) -> bool:
        """Whether a possessive ("his lawyers", "its polling") is ``found``'s: the article's subject
        (``persons.principal``) when it has one of that gender ("According to his publicist, Mendez
        died", after another man's quote), else the last speaker, if any."""
        key = persons.principal(self.doc, self.full_names, self._surname) if gender in ("m", "f") else None
        lead = self._entity(PERSON, full) if key and (full := self._full_name(key, len(self.text))) else None
        if lead is not None and lead.gender in (None, gender):
            return norm(self._surname(found.name)) == key
        return previous is None or found is previous

    def _nearby_organization(self, pos: int) -> _Entity | None:
        """The nearest organization mentioned in this sentence or the ``WINDOW`` before it."""
        sent = self._sent(pos)
        for m in self._mentions_before(pos, True):
            if m.sent < sent - WINDOW:
                return None
            if (entity := m.made()) is not None and entity.kind == ORGANIZATION:
                return entity
        return None

    def _mentions_before(self, pos: int, plural: bool) -> Iterator[Mention]:
        """The mentions before ``pos``, nearest first; on a tie, spoken ones first, in the order found."""
        static = self._plurals() if plural else self._people()
        yield from heapq.merge(before(self.spoken_by_pos, pos), before(static, pos), key=lambda m: -m.pos)

    def _people(self) -> list[Mention]:
        """PERSON entities (not a thing's name) outside contents and sources, as antecedents, in document order."""
        if self._people_mentions is None:
            things = persons.thing_names(self.doc) | wordlists.section_set("media_venues.txt", "platforms")  # "Twitter"
            mentions = [Mention(e.start_char, self._sent(e.start_char), subject(e.root), asked=asked(e.root),
                                make=partial(self._ent_entity, e), depth=antecedents.clause_depth(e.root),
                                aside=antecedents.fronted_aside(e.root), introduced=appositions.introduces(e))
                        for e in [*persons.people_ents(self.doc), *self._untagged] if e.label_ in ("PERSON", "")
                        and not persons.named_thing(e, things) and not persons.word_read_as_person(e, self.by_surname)]
            for t in self.doc:  # a name the parser took for the verb of its sentence is its subject ("Trump")
                if t.ent_type_ == "PERSON" or not (t.dep_ in SUBJECTS or (t.dep_ == "ROOT" and t.is_sent_start)):
                    continue
                if t.dep_ in SUBJECTS and t.lower_ in ("he", "she"):  # "He named his running mate": whom it names
                    mentions.append(Mention(t.idx, self._sent(t.idx), True, depth=antecedents.clause_depth(t),
                                            make=partial(self._antecedent, t.lower_, t.idx),
                                            pronoun=self.lex.pronouns[t.lower_][0]))
                elif naming.surname_subject(t, self.by_surname):  # "Honcharuk filed", whatever its tag
                    mentions.append(Mention(t.idx, self._sent(t.idx), True, depth=antecedents.clause_depth(t),
                                            make=partial(self._surname_entity, t)))
                elif t.lower_ == "one" and naming.part_of_many(t) and (
                        gender := antecedents.own_gender(t, self.lex.pronouns)):
                    mentions.append(Mention(t.idx, self._sent(t.idx), True, depth=antecedents.clause_depth(t),
                                            make=partial(self._source, self.doc[t.i:t.right_edge.i + 1], t, t.idx,
                                                         None), pronoun=gender))  # "One of the victims ... her name"
            for m in mentions:
                m.quoted = inside(m.pos, self.contents)
            self._people_mentions = sorted((m for m in mentions if not inside(m.pos, self.sources)), key=position)
        return self._people_mentions

    def _plurals(self) -> list[Mention]:
        """Plural subject nouns (and group nouns, "The couple"; subjects joined by "and", who name no one the record
        can tell: "Holcomb and leaders of ... have avoided") outside contents and sources, as antecedents of "they"."""
        if self._plural_mentions is None:
            self._plural_mentions = [Mention(t.idx, self._sent(t.idx), True, make=partial(self._plural_entity, t),
                                             depth=antecedents.clause_depth(t), pronoun="-",  # "-": a they's
                                             denied=antecedents.denial(t))
                for t in (naming.plural_agent(t) or antecedents.denial(t) and t for t in self.doc if t.dep_ in SUBJECTS
                          and t.ent_type_ not in _NOT_AGENTS and (t.tag_ in _PLURAL or t.lower_ in self.lex.group_nouns
                                                                  or joint.joined_subject(t)))
                if t is not None and not inside(t.idx, self.contents) and not inside(t.idx, self.sources)]
        return self._plural_mentions

    def _plural_entity(self, t: Token) -> _Entity | None:
        span = self.doc[t.left_edge.i:t.right_edge.i + 1 if t.dep_ != "poss" else t.i + 1]  # "Protesters'"
        if joint.joined_subject(t) and t.tag_ not in _PLURAL and t.lower_ not in self.lex.group_nouns:
            return None  # both, or one of them, or someone before: a later "they" is no one the record can tell
        if people_phrases.named_plural(span, t) and (named := self._source(span, t, t.idx, None)) is not None:
            return named  # "The officers" after "officers Antoine Quirin and Nicolas Redouane"
        name = antecedents.both(naming.noun_phrase(t, span, whole=True))  # "neither US nor British authorities"
        entity = self._entity(referents.collective(self.lex, t) or GROUP, name)
        entity.plural = True
        return entity

    def _surname_entity(self, tok: Token) -> _Entity | None:
        full = self._full_name(tok.text, tok.idx, gender=persons.honorific_gender(self.doc, tok.i))
        return self._entity(PERSON, full) if full else None
    def _ent_entity(self, ent: Span) -> _Entity:
        name, gender = naming.ent_name(ent, self.places)
        full = None if " " in name else self._full_name(name, ent.start_char, True, persons.honorific_gender(
            self.doc, ent.start))
        entity = self._entity(PERSON, full or name or ent.text)
        beside = self.lex.gendered.get(ent.root.head.lower_) if ent.root.dep_ == "appos" else None  # "his wife, Jane"
        entity.gender = entity.gender or gender or beside
        if entity.first < 0 and entity.root is None:
            entity.root = ent.root.i
        return entity

    # -- bookkeeping ----------------------------------------------------------------------------
    def _entity(self, kind: str, name: str) -> _Entity:
        name = with_article(naming.clean_name(name) or name)
        key = norm(name)
        if key not in self.entities:
            self.entities[key] = _Entity(name, kind)
        entity = self.entities[key]
        if entity.kind == UNNAMED:  # "Trump" mis-tagged as a common noun once, a name later
            entity.kind = kind
        if entity.kind == PERSON and entity.gender is None:  # "Maria Lopez": she; "his own"; "Kevin" alone: he
            entity.gender = " " in key and self.bound.get(key.split()[-1]) or self.lex.given_genders.get(key.split()[0])
        return entity

    def _sent(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1


def resolved(st: Statement) -> bool:
    """Whether the statement has a speaker the record can name (no unresolved pronoun, no "the data")."""
    return st.speaker is not None and st.speaker.name is not None


def resolve(doc: Doc, statements: list[Statement], lex: Lexicon | None = None) -> list[Person]:
    """Set each statement's ``speaker`` (in place) and return the people who spoke, each once. ``doc`` is the parsed
    article (``doc.text`` is what offsets index into); ``statements`` in document order. Unnamed speakers: no Person."""
    with entities_kept(doc):  # the entities, made once
        return _Resolver(doc, statements, lex or lexicon()).run()


class SpeakerResolver:
    """The ``onrecord_speakers`` component: reads ``doc._.statements``, writes their ``speaker``, ``doc._.people``."""

    def __init__(self, nlp: Language, name: str = "onrecord_speakers") -> None:
        self.name = name
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.people = resolve(doc, doc._.statements or [])
        return doc


@Language.factory("onrecord_speakers", requires=["doc._.statements", "token.dep"], assigns=["doc._.people"])
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    return SpeakerResolver(nlp, name)
