"""When two statements claim the same words: one utterance is one row (applied by statements.py to what a
document's cues give, and by reader.py once speakers are known).

- ``once``: a second cue with the very same content adds nothing ("tweeted her reasoning saying, "...""), but a
  relay gives way to the cue it relays and any cue to the one shown saying it;
- ``without_showing``: a cue that runs over the one it shows saying a quotation gives way to that one;
- ``without_antecedent_content``: a "who" whose content is the noun it relates to is no statement;
- ``without_relays``: a relaying statement gives way to the one it relays when that one is on the record;
- ``without_nested``: a statement whose cue stands inside what another reports is that speaker's account, unless the
  other only relays;
- ``without_others_quotation``: a content that runs over a colon into another speaker's quotation ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.attribution.content_ends import content_kind
from onrecord.attribution.naming import lexicon
from onrecord.records import Span as TextSpan
from onrecord.records import Statement


def without_relays(statements: list[Statement]) -> list[Statement]:
    """A relaying statement gives way to the one it relays when that one is on the record: the
    governor is the speaker of "..., CNN Philippines reported the governor said". When the inner cue
    makes no statement ("Trump has admitted to ordering the payments, according to prosecutors"), the
    relay is the claim on the record."""
    cued = {i for st in statements if st.cue for i in range(st.cue.start, st.cue.end)}
    return [st for st in statements if st.signals.get("relays") not in cued]


def without_nested(text: str, statements: list[Statement]) -> list[Statement]:
    """A statement whose cue stands inside what another statement reports is that speaker's account of
    it, not the article's: "Trump alleged *the media was falsely claiming* he had suffered …", "The
    Atlantic claimed that … Trump *referred to* the soldiers as …". But when the other only relays
    ("according to Forbes, West claimed …", "Hurriyet Daily News reported … President Erdogan said"), or
    reports a quotation inside it after all of it ('… and said, "…," the prosecutor's office said'), the relay
    goes and the words stay with their speaker. Not nested: a cue of the same speaker
    ("…," further saying, "…"), an "according to" (it sources the clause around it), a claim set off by
    a semicolon or a contrast ("…, while ALDI called it "unexpected"", "…, though Trump said it is on tape")."""
    def inside(st: Statement, other: Statement) -> bool:
        if st is other or st.cue is None or st.cue.text.lower().startswith("according") or (
                st.speaker is not None and other.speaker is not None and st.speaker.name == other.speaker.name):
            return False
        start = min([st.cue.start] + ([st.source.start] if st.source else []))
        return any(c.start <= st.cue.start and st.cue.end <= c.end and not _SET_OFF.search(text[c.start:start])
                   for c in other.content)
    def relays(other: Statement, st: Statement) -> bool:  # "according to", "reported"; or a report after all of
        # it of a quotation inside it ('he said, "..."," the prosecutor's office said': his words)
        return other.cue is not None and (bool(_RELAY_CUE.match(other.cue.text)) or (
            st.kind == "direct" and other.content[-1].end <= other.cue.start)) or _shows(other, st)
    gone: set[int] = set()
    for st in statements:
        for other in statements:
            if inside(st, other):
                gone.add(id(other) if relays(other, st) else id(st))
            elif st is not other and (_only_own_quotation(text, st, other) or _reports_after(st, other)):
                gone.add(id(other))
    return [st for st in statements if id(st) not in gone]


def without_others_quotation(text: str, statements: list[Statement], quotes: list[tuple[int, int]]
                             ) -> list[Statement]:
    """A content that runs from its cue over a colon into a quotation that another speaker's attribution right
    after it claims ('the WHO noted the need to drive governments to action: "All countries can still change the
    course of this pandemic ...," said Tedros Adhanom Ghebreyesus'): the quotation is the other's words, and the
    content ends before the colon, its kind by the text's ``quotes``. Only a person the attribution names ("the CEO"
    may be the first speaker, "the Associated Press reported" only relays)."""
    out = []
    for st in statements:
        last = st.content[-1]
        other = next((o for o in statements if o is not st and o.kind == "direct" and o.cue is not None
                      and o.content[0].end <= o.cue.start and last.start < o.content[0].start
                      and abs(o.content[0].end - last.end) <= 1 and o.speaker is not None and st.speaker is not None
                      and o.speaker.name != st.speaker.name and o.speaker.kind == "person"
                      and o.signals.get("speaker_by") in ("name", "surname")), None) if st.kind == "mixed" else None
        lead = text[last.start:other.content[0].start].rstrip(" \t\"'\u201c\u2018") if other is not None else ""
        if lead.endswith(":") and (end := last.start + len(lead[:-1].rstrip())) > last.start:
            content = [*st.content[:-1], TextSpan(last.start, end, text[last.start:end])]
            st = replace(st, content=content, kind=content_kind(content, quotes))
        out.append(st)
    return out


def _only_own_quotation(text: str, st: Statement, other: Statement) -> bool:
    """Whether ``other``'s content is nothing but ``st``, a quotation of the same speaker with its source and cue,
    after "that" and before at most a report of it ("recalled *that he said, "...,"* the U.S. attorney's office
    said"): one act, whose row is the quotation."""
    if st.kind != "direct" or st.cue is None or other.cue is None or len(other.content) != 1 or \
            st.speaker is None or other.speaker is None or st.speaker.name != other.speaker.name:
        return False
    start, (c,) = min([st.cue.start] + ([st.source.start] if st.source else [])), other.content
    if not (c.start <= start and st.content[-1].end <= c.end):
        return False
    before, after = text[c.start:start].split(), re.findall(r"\w+", text[st.content[-1].end:c.end])
    return before in ([], ["that"]) and len(text[start:st.content[0].start].split()) <= 3 and (  # "he said,"
        not after or (len(after) <= 6 and after[-1] in _REPORTS))


_REPORTS = frozenset({"said", "says", "reported", "reports", "added", "told"})


def _reports_after(st: Statement, other: Statement) -> bool:
    """Whether ``other`` only reports, after it, the quotation that ends ``st``, whose own cue stands before it ('a
    student yelled, "He has a gun," *a district spokesman said*': the student's words, passed on)."""
    return (st.kind != "indirect" and other.kind == "direct" and st.cue is not None and other.cue is not None
            and len(other.content) == 1 and st.content[-1].end == other.content[0].end
            and st.content[-1].start <= other.content[0].start and st.cue.end <= other.content[0].start
            and other.content[0].end <= other.cue.start)


_SET_OFF = re.compile(r";|\b(?:while|whereas|though|although|but)\b", re.IGNORECASE)
_RELAY_CUE = re.compile(r"(?:according|(?:\w+ )*report)", re.IGNORECASE)


def once(statements: list[Statement]) -> list[Statement]:
    """One utterance is one statement: a second cue with the very same content ("tweeted her
    reasoning saying, "..."": "tweeted" and "saying") adds nothing; the first cue keeps it."""
    seen: dict[tuple[tuple[int, int], ...], int] = {}
    out = []
    for st in statements:
        key = tuple((c.start, c.end) for c in st.content)
        if key not in seen:
            seen[key] = len(out)
            out.append(st)
        elif st.cue and st.cue.start <= (out[seen[key]].signals.get("relays") or -1) < st.cue.end \
                or _passes_on(out[seen[key]], st) or _shows(out[seen[key]], st, before=True):
            out[seen[key]] = st  # but a relay gives way to the cue it relays ("CNN reported the governor said"),
            # and any cue to the one named saying it ("Witnesses described *Mayor Lee shouting*, "...""; "The ad
            # shows footage of *Clinton saying* in 2008, "..."")
    return out


def without_showing(statements: list[Statement]) -> list[Statement]:
    """Without a cue that runs over the one it shows saying a quotation ("The spot *concludes with footage of Trump
    saying* during the debate, "..."", the parse's cue walk): the words are the one shown's statement."""
    shown = [st for st in statements if st.signals.get("shown") is not None and st.cue is not None]
    return [other for other in statements if not any(
        other is not st and other.cue is not None and other.cue.start <= st.cue.start < other.cue.end
        and _shows(other, st) for st in shown)]


def _shows(other: Statement, st: Statement, before: bool = False) -> bool:
    """Whether ``other``'s cue is only what shows ``st``'s speaker saying it ("The video *shows* Senator Smith telling
    voters, "..."", "Witnesses *described* Mayor Lee shouting, "...""), or, ``before``, comes before what shows it:
    the words are the one shown's. Not a cue reporting the showing ("Prosecutors *said* the footage shows Jones")."""
    at = st.signals.get("shown")
    return at is not None and other.cue is not None and other.cue.start <= at and (before or at < other.cue.end)


def _passes_on(first: Statement, st: Statement) -> bool:
    """Whether ``first`` only passes on the quotation that ``st``, the same content, gives its own speaker, named
    between the two cues ('Smith told reporters that *Jones said*, "We will win."': Jones's words); not a participle,
    whose subject is the first's ("tweeted her reasoning *saying*, "...""), nor a relative word ("released a video
    *that said*, "..."": the one who released it) or a pronoun ("Pelosi said that *she told* McCarthy, "..."": the
    first's, most often, and the resolver never reads a mention inside a source)."""
    return (st.kind == "direct" and first.cue is not None and st.cue is not None and st.source is not None
            and first.source is not None and first.cue.end <= st.source.start and st.cue.end <= st.content[0].start
            and not st.cue.text.split()[0].lower().endswith("ing") and st.source.text.lower() not in _RELATIVE
            and st.source.text.lower() not in lexicon().pronouns)


_RELATIVE = frozenset({"who", "which", "that", "whom"})


def without_antecedent_content(statements: list[Statement]) -> list[Statement]:
    """A "who" whose content is the noun it relates to ("A nurse who asked to remain anonymous told
    ...": content "A nurse") is a relative clause describing a source, not a statement; "WHO" in capitals is the
    World Health Organization ('... is "always fatal", says WHO'), unless everything is in capitals."""
    return [s for s in statements
            if not (s.source is not None and s.source.text.lower() in _RELATIVE
                    and not (s.source.text.isupper() and any(ch.islower() for c in s.content for ch in c.text))
                    and any(c.end <= s.source.start for c in s.content))]
