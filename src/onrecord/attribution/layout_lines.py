"""Statements a page's layout makes, not its grammar: "Name: words" lines (a transcript's "PENCE: Well, ...", a
headline's "Paul Ryan: FBI Decision ... Defies Explanation") and sign-offs after a quotation or an embedded post
("“...” ― Sonya Herridge", "— Robert Maguire (@RobertMaguire_) November 18, 2019"), with what is none of them: a
caption's credit, a dateline, notes under a heading in capitals, a page's links, deals and calls to act, a
title, a letter's salutation, a list under a label."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from onrecord.attribution.content_ends import content_kind
from onrecord.attribution.interviews import ANSWERER, INTERVIEWER, LINE
from onrecord.extraction.textpage import parse_credit_line
from onrecord.records import Span as TextSpan
from onrecord.records import Statement

NAME_WORD = r"(?:[A-Z][\w.'’-]*|of|the|de|van)"
SPEAKER_LINE = re.compile(rf"^[\"“]?(?P<who>{NAME_WORD}(?: {NAME_WORD}){{0,4}}):[ \u00a0]+(?=\S)")
SIGN_OFF = re.compile(r"(?:^[ \u00a0]*(?P<dash>[―—–-])|(?<=[”\"’'.!?])[ \u00a0]?(?P<dash2>[―—–]))[ \u00a0]*"
                      r"(?P<who>[A-Z][\w.'’*-]*(?: [A-Z][\w.'’*-]*){0,3})(?P<handle> \(@\w+\))?")  # "Dia**** Co**"
HEADING = re.compile(r"^(?=.*[A-Z]{2})[A-Z0-9 '’&/-]{3,40}$")
LINKS_ONLY = re.compile(r"^\s*(?:https?://\S+|and|or|,|\s)+$")
MEDIA_TAG = re.compile(r"\[(?:video|photos?|pics|pictures|gallery|audio|podcast|watch|listen|warning|latest|live|poll"
                       r"|quiz|map|revealed)\]\s*$", re.I)  # a link's "[Video]", "[WARNING]"; not "[Applause]"
DEAL = re.compile(r"\(Originally \$|\b\d+% Off\b|\bNow \$\d|\bfor \$[\d,.]*\d\s*$")  # "for $169.99 (Originally $200)"
NOT_SPEAKERS = frozenset({"update", "updated", "note", "editor's note", "editor’s note", "correction", "related",
                          "watch", "read more", "source", "sources", "photo", "video", "the latest", "clarification",
                          "related coverage", "see also", "breaking", "exclusive", "contributing", "contributors",
                          "new release", "new price drop", "price drop", "deal", "deals", "sale"})
_LABELS_NOT_SPEAKING = NOT_SPEAKERS | INTERVIEWER | ANSWERER  # a page's labels and an interview's ("Q:", "A:")
# a label that opens with these is a page's call to act ("GET THE QUIZ: INSTANT DOWNLOAD!")
PAGE_CALLS = frozenset({"get", "download", "subscribe", "sign", "click", "shop", "buy", "join", "try"})


def line_statements(doc: Doc, text: str, statements: list[Statement], quotes: list[tuple[int, int]]
                    ) -> list[Statement]:
    """Statements the layout makes, not the grammar: "Name: words" (transcripts, headlines such as
    "Paul Ryan: FBI Decision ... Defies Explanation"; not a caption's credit, "Kamala Harris Image:
    U.S. Senate.", nor a dateline: the one label in capitals, on the first line or the one after the title,
    "NEW DELHI: Their American dream shattered, ...") and sign-offs ("“...” ― Sonya Herridge")."""
    taken = [(st.cue.start, st.cue.end) for st in statements if st.cue]
    capitals = [(found.start(), w) for found in LINE.finditer(text) if (m := SPEAKER_LINE.match(found.group()))
                and (w := m.group("who")).isupper() and len(w) > 3 and w.lower() not in NOT_SPEAKERS]
    lead = [found.start() for found, _ in zip(LINE.finditer(text), range(2))]  # the title line, the first one
    dateline = capitals[0][0] if len(capitals) == 1 and capitals[0][0] in lead else -1  # "NEW DELHI: ..."
    out = []
    notes = False  # in a run of "Name: words" lines under a heading in capitals ("UP NEXT", "TIP-INS"): notes
    for found in LINE.finditer(text):
        line, start, end = found.group(), found.start(), found.end()
        m = SPEAKER_LINE.match(line)
        notes = bool(m) and notes
        if HEADING.match(line.strip()):
            notes = True
            continue
        if m and (notes or LINKS_ONLY.match(line[m.end():]) or MEDIA_TAG.search(line) or DEAL.search(line[m.end():])
                  or m.group("who").split()[0].lower() in PAGE_CALLS):  # "Thunder: Host the Lakers on Friday.";
            continue  # "More AP NBA: https://apnews.com/NBA"; "X Review: My new go-to ... [Video]"; a deal, a promotion
        # a quotation opening with "X:", attributed after it ("“South Dakota: …,” one user quipped"): off the record
        quoted = bool(m) and line[:1] in "\"“" and bool(re.search(r"[\"”],?[ \u00a0]+\S+[ \u00a0]+\S", line[m.end():]))
        if m and m.group("who").lower() not in _LABELS_NOT_SPEAKING and parse_credit_line(line) is None \
                and start != dateline \
                and not any(a <= start + m.end("who") and start < b for a, b in taken):
            colon = start + m.end("who")
            who_start = start + m.start("who")
            body_start = start + m.end()
            body_end = end - (len(line) - len(line.rstrip()))
            if body_end - body_start > 3 and len(line[m.end():].split()) >= 2 \
                    and not _not_said_line(doc, text, m.group("who"), start, body_start, body_end):
                out.append(Statement(
                    kind=content_kind([TextSpan(body_start, body_end, text[body_start:body_end])], quotes),
                    cue=TextSpan(colon, colon + 1, ":"),
                    source=TextSpan(who_start, colon, text[who_start:colon]),
                    content=[TextSpan(body_start, body_end, text[body_start:body_end])],
                    confidence=0.6, signals={"origin": "line"} | ({"unsaid": True} if quoted else {})))
            continue
        for sign in SIGN_OFF.finditer(line):
            dash = start + sign.start("dash" if sign.group("dash") else "dash2")
            quote = _quote_before(doc, text, dash)
            said = [quote] if quote is not None else _post_before(text, start) if sign.group("handle") and \
                EMBED_DATE.match(line[sign.end():]) else []
            if said and not re.match(r" [a-z]", line[sign.end():]):  # not "—One of the lawyers"
                who_end = start + sign.end()
                if not sign.group("handle") and text[who_end - 1] == "." and text[who_end - 3] != " ":
                    who_end -= 1  # "Karen Bobadilla." but "John A."
                out.append(Statement(
                    kind="direct", cue=TextSpan(dash, dash + 1, text[dash]),
                    source=TextSpan(start + sign.start("who"), who_end, text[start + sign.start("who"):who_end]),
                    content=said, confidence=0.6, signals={"origin": "sign-off"}))
    return out


def _not_said_line(doc: Doc, text: str, who: str, start: int, body_start: int, body_end: int) -> bool:
    """Whether a "Name: words" line is no one speaking: the page's title on its first line, named for no person
    ("Star Wars Jedi: Fallen Order review – shoots for the moon"; not "Paul Ryan: FBI Decision ... Defies
    Explanation"), a letter's salutation ("DEAR ABBY: My husband ..."), a name that holds a colon, written with the
    same next word inside a line too ("..., Star Wars Jedi: Fallen Order finds"; not "PENCE: Well, ..." twice), or
    a list with no verb, a label's value ("Portion Fix Containers: 1 Green, 1 Red", "Path A: Iceland, Bulgaria")."""
    named = doc.char_span(start, start + len(who), alignment_mode="expand")
    if start == 0 and not SENTENCE_END.search(text[body_start:body_end]) and not (
            named is not None and any(t.ent_type_ == "PERSON" for t in named)) or who.lower().startswith("dear "):
        return True
    first = re.escape(text[body_start:body_end].split()[0])
    if re.search(rf"(?<=[^\s\"“])[ \u00a0]{re.escape(who)}:[ \u00a0]{first}", text):  # inside a line: a name
        return True
    if who.isupper() or named is not None and any(t.ent_type_ == "PERSON" for t in named):
        return False  # a transcript's answer may have no verb: "SONDLAND: Yes, sir, 100 percent."
    body = doc.char_span(body_start, body_end, alignment_mode="expand")  # a headline's verbs are read as names
    return body is not None and not any(t.pos_ in ("VERB", "AUX") for t in body) and any(
        t.text == "," or t.like_num for t in body)  # ("FBI Decision Not to Indict Hillary Defies Explanation")


EMBED_DATE = re.compile(r"\s*[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")  # "— Robert Maguire (@RobertMaguire_) November 18, 2019"
LINK_AT_END = re.compile(r"(?:\s+(?:https?://t\.co/|pic\.twitter\.com/)\S+)+\s*$")


def _post_before(text: str, line_start: int) -> list[TextSpan]:
    """An embedded post's words: the line before its sign-off with a handle and a date, without the links at
    its end; and the lines above it up to a line that brings the post in with a colon, two at most ("Take a look
    at what PFF said about his performance:", the post's words, "*min. 25 snaps pic.twitter.com/..."), each a
    part."""
    lines, end = [], line_start
    while len(lines) < 3 and end > 0:
        before = text[:end].rstrip("\r\n")
        start = max(before.rfind("\n"), before.rfind("\r")) + 1
        if lines and before.rstrip().endswith(":"):
            break
        lines.insert(0, (start, len(before)))
        end = start
    else:
        lines = lines[-1:]  # no line brings it in: the last line alone
    words = [(a, LINK_AT_END.sub("", text[a:b]).rstrip()) for a, b in lines]
    parts = [TextSpan(a, a + len(w), w) for a, w in words if w.strip()]
    return parts if sum(len(p.text.split()) for p in parts) >= 2 else []


def _quote_before(doc: Doc, text: str, at: int) -> TextSpan | None:
    """The quotation that ends just before ``at`` (only blank space between)."""
    q = max((q for q in doc._.quotes or [] if q.end <= at), key=lambda q: (q.end, -q.start), default=None)
    if q is None or text[q.end:at].strip():
        return None
    return TextSpan(q.start, q.end, text[q.start:q.end])


SENTENCE_END = re.compile(r"(?<![.!?])[.!?][\"”’']?$")
