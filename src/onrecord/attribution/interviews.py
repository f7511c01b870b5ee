"""Question-and-answer layouts: the interviewer's questions, and the answers with whose they are.

Wikinews and many outlets print an interview as paragraphs that open with a label: ``((WN))``,
``Q:`` or ``Question:`` for the interviewer, the interviewee's name (``((Thomas Rivinius))``, or
``Natasha Gownaris:`` right after a question), initials (``NG:``, ``MS``) or ``A:`` / ``Answer:`` for
the answers.
``layout(text)`` finds them (None unless the text has at least two questions and two answers). By the
guide, the interviewer's questions are not statements, and each answer paragraph is one statement of the
person answering: the statement finder makes them (``statements.answer_statements``) and the speaker
resolver names the interviewee by the label (``interviewee``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

INTERVIEWER = frozenset({"wn", "wikinews", "q", "question", "interviewer"})
ANSWERER = frozenset({"a", "answer"})  # an answer's label that names nobody: the one person interviewed
# a paragraph's label: "((WN))", "((Thomas Rivinius))", "Q:", "Question:", "A:", "NG:", "MS " or a bare ":"
LABEL = re.compile(r"^[ \t]*(?:\(\((?P<paren>[^()\r\n]{1,60})\)\)[ \t]*:?"
                   r"|(?P<word>Q|Question|Wikinews|Interviewer)[ \t]*[.:]|(?P<answer>A|Answer)[ \t]*:"
                   r"|(?P<initials>[A-Z]{2,3})(?::|[ \t](?=[ \t]*[A-Z0-9\"“‘'(]))"
                   r"|(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*:(?![/\d])"
                   r"|(?P<blank>:))[ \t]*", re.M)
LINE = re.compile(r"[^\r\n]+")
SIGNED = re.compile(r"[ \t]*[―—–-]")
# an unlabelled paragraph that thanks the one answering is the interviewer's courtesy, not the answer going on
COURTESY = re.compile(r"[ \t]*(?:thank you|thanks)\b[^.?!\r\n]*\b(?:your time|agreeing|taking the time|"
                      r"(?:speaking|talking) (?:to|with) us|(?:this|the) (?:interview|discussion))\b", re.I)
# and one that is thanks and a goodbye alone: "Well, thank you so much! All right, it was nice talking to you."
THANKS_ONLY = re.compile(r"[ \t]*(?:(?:well|ok|okay|oh|great|all right|alright)\W+)?(?:thank you|thanks)\b"
                         r"(?:\s+(?:so|very) much)?(?:\s+for (?:having me|everything))?[.!]*"
                         r"(?:\s*(?:all right|alright|ok|okay)?\W*"
                         r"(?:it was|it's been) (?:nice|great|a pleasure) (?:talking|speaking) (?:to|with) you\W*)?$",
                         re.I)
# Wikinews prints an answer's original words after its translation: "... ((hi))Hindi language: <original>"
ORIGINAL = re.compile(r"[ \t]*\(\([a-z]{2,3}(?:-[A-Za-z]+)?\)\)[^\r\n:()]{1,40} language:")
INTERVIEW_KEY = "onrecord.interview"  # doc.user_data: the layout the statement finder found (or None)


@dataclass
class Layout:
    questions: list[tuple[int, int]]
    answers: list[tuple[int, int, str]]  # paragraph start, end, label (a paragraph that goes on an answer too)
    bodies: list[int] = field(default_factory=list)  # where each answer's words start (after its label)

    def to_data(self) -> list:
        """Plain lists, as ``doc.user_data`` keeps them (a Doc is serialized with msgpack)."""
        return [[list(q) for q in self.questions], [list(a) for a in self.answers], list(self.bodies)]

    @classmethod
    def from_data(cls, data: list | None) -> Layout | None:
        if not data:
            return None
        return cls([(q[0], q[1]) for q in data[0]], [(a[0], a[1], a[2]) for a in data[1]],
                   list(data[2]) if len(data) > 2 else [])

    def in_question(self, pos: int) -> bool:
        i = bisect_right([q[0] for q in self.questions], pos) - 1
        return i >= 0 and self.questions[i][0] <= pos < self.questions[i][1]

    def labels(self) -> list[str]:
        """The label of each answer that prints one (not of a paragraph that goes on an answer)."""
        return [label for (start, _end, label), body in zip(self.answers, self.bodies) if body > start]

    def answer_label(self, pos: int) -> str | None:
        i = bisect_right([a[0] for a in self.answers], pos) - 1
        return self.answers[i][2] if i >= 0 and self.answers[i][0] <= pos < self.answers[i][1] else None


def layout(text: str) -> Layout | None:
    """The questions and answers of a question-and-answer text, or None when it is not one (fewer
    than two questions, or neither two labelled answers nor two questions labelled "((...))", as
    Wikinews prints an interview whose answers were lost). A label is the interviewer's when it is one of
    ``INTERVIEWER`` or a bare ":", or when most of its paragraphs ask ("((WSS))"); every other label
    answers. A paragraph without a label right after an answer goes on that answer (an answer of
    several paragraphs), up to the next labelled paragraph, but for a courtesy or a line asking the one
    answering by name (the interviewer's), an editor's note in square brackets or a chart's legend, and a
    paragraph that names the one answering in full (the reporter's, which ends the answer). Initials with no
    colon that only lines before the first question open are no label ("IM Dorsa Derakhshani grew up in Tehran":
    a title in the introduction; "NG This study ..." after a question is one)."""
    labelled = []  # (start, end, body start, label or None)
    bare = []  # the lines labelled by initials with no colon ("NG This study ..."; "IM Dorsa Derakhshani ...")
    for line in LINE.finditer(text):
        if not line.group().strip():
            continue
        m = LABEL.match(line.group())
        label = None
        if m and m.group("name") and not (labelled and labelled[-1][3] is not None and _asks(text, labelled[-1])):
            m = None  # a name labels an answer only after a question ("Paul Ryan: FBI decision ...": a headline)
        if m:
            label = (m.group("paren") or m.group("word") or m.group("answer") or m.group("initials")
                     or m.group("name") or "").strip() or ":"
        labelled.append((line.start(), line.end(), line.start() + (m.end() if m else 0), label))
        if m and m.group("initials") and not line.group()[m.end("initials"):].lstrip().startswith(":"):
            bare.append(len(labelled) - 1)
    first_asked = next((i for i, line in enumerate(labelled) if line[3] is not None and (
        _asks(text, line) or line[3].lower() in INTERVIEWER)), len(labelled))
    after_it = {labelled[i][3] for i in bare if i > first_asked}
    for i in bare:  # "IM Dorsa Derakhshani grew up": a title before a name, if only the introduction has it
        if labelled[i][3] not in after_it:
            labelled[i] = (labelled[i][0], labelled[i][1], labelled[i][0], None)
    asking: dict[str, list[bool]] = {}
    for _start, end, body, label in labelled:
        if label is not None:
            asking.setdefault(label, []).append("?" in text[body:end])
    interviewer = {label for label, asks in asking.items()
                   if label == ":" or label.lower() in INTERVIEWER or sum(asks) > len(asks) / 2}
    questions, answers, bodies = [], [], []
    answering: str | None = None
    for start, end, body, label in labelled:
        if label in interviewer:
            questions.append((start, end))
            answering = None
        elif label is not None:
            answering = label
            answers.append((start, end, label))
            bodies.append(body)
        elif answering is not None and (COURTESY.match(text, start) or THANKS_ONLY.match(text[start:end])
                                        or _asks_back(text[start:end], answering)):
            questions.append((start, end))  # "Thank you for agreeing to this interview.", "Same here Jaya. Are you"
            answering = None
        elif answering is not None and (_symbol_line(text[start:end]) or _editors_note(text[start:end])):
            continue  # a chart's legend ("██ Rhinoceros: 1") or an editor's note, not the answer going on
        elif answering is not None and _about(text[start:end], answering) and not SIGNED.match(text, start):
            answering = None  # the reporter's words about the one answering: "..., IM Dorsa Derakhshani decided"
        elif answering is not None and answers and _goes_on(text, answers[-1][1], start):
            answers[-1] = (answers[-1][0], end, answering)  # a hard line break inside the answer's sentence
        elif answering is not None and not SIGNED.match(text, start):  # not a pull quote's "—Natasha Gownaris"
            answers.append((start, end, answering))
            bodies.append(start)
    labelled_answers = sum(1 for a, b in zip(answers, bodies) if b > a[0])
    asked_by_name = sum(1 for start, end, _, label in labelled if label in interviewer
                        and text[start:end].lstrip().startswith("(("))
    if len(questions) < 2 or (labelled_answers < 2 and asked_by_name < 2):  # answers, or a Wikinews asker
        return None
    return Layout(questions, answers, bodies)


def _asks(text: str, line: tuple[int, int, int, str | None]) -> bool:
    """Whether a labelled line asks: a question mark in its words after the label."""
    return "?" in text[line[2]:line[1]]


def _symbol_line(line: str) -> bool:
    """Whether a line opens with a drawn symbol ("██ Rhinoceros: 1", "▲ 12%"): a chart's legend or figure."""
    first = line.lstrip()[:1]
    return bool(first) and unicodedata.category(first) == "So"


def _asks_back(line: str, answering: str) -> bool:
    """Whether a short unlabelled line asks the one answering, addressed by name ("Same here Jaya. Are you
    okay?"): the interviewer's, not the answer going on. The name is addressed when a mark follows it, and
    not inside a quotation ("Will that be expensive?" under "((Will Hurd))", '"Jaya, why ...?"' quoted)."""
    name = answering.split()[0] if answering.split() else ""
    return ("?" in line and len(line.split()) <= 12 and len(name) > 1 and not any(q in line for q in "\"“”")
            and re.search(rf"(?<![\w'‘])\b{re.escape(name)}[.,!?]", line) is not None)


def _about(line: str, answering: str) -> bool:
    """Whether an unlabelled line names the one answering by their full name (two words or more) and says
    no "I" or "we", outside quotation marks: the reporter writing about them ("Having won multiple
    tournaments as a kid, IM Dorsa Derakhshani decided ..."), not the answer going on ("So I choose Team Zorin
    as a name that represented me, Wayne Tseng")."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]", "", line)
    return (len(answering.split()) > 1 and re.search(rf"\b{re.escape(answering)}\b", bare) is not None
            and re.search(r"\b(?:I|me|my|we|us|our)\b", bare, re.IGNORECASE) is None)


def _editors_note(line: str) -> bool:
    """Whether a line is a note wholly in square brackets ("[The Ashodaya volunteer mentioned: ...]"): the
    editor's words, or someone else's that the editor reports, not the answer going on."""
    line = line.strip()
    return line.startswith("[") and line.endswith("]") and "[" not in line[1:] and "]" not in line[:-1]


def _goes_on(text: str, prev_end: int, start: int) -> bool:
    """Whether a line continues the previous line's sentence: a single line break between them (no blank
    line) and the previous line stops where no sentence ends ("... why Git" + "of oppression. But ...")."""
    if text[prev_end:start] not in ("\n", "\r\n", "\r"):
        return False
    last = text[:prev_end].rstrip()[-1:]
    return bool(last) and last not in ".!?:;\"”’)]…"


def initials(name: str) -> set[str]:
    """The initials a name may be printed as: of every word ("Natasha Gownaris" NG), or of the
    first and last words ("Mary Ann Smith" MS as well as MAS)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper()}


def misprint_of(label: str, labels: list[str], text: str) -> str | None:
    """The answer label a name label misprints: printed once (in ``labels``, the answers' labels) and
    written nowhere else in the article ``text``, where one other label with the same given name answers
    more often ("((Richard Sanskrit))" among the "((Richard Stallman))"); None otherwise."""
    words = label.split()
    if len(words) < 2 or labels.count(label) != 1 or text.count(label) != 1:
        return None
    alike = {other for other in labels if other != label and other.split()[0] == words[0] and labels.count(other) > 1}
    return alike.pop() if len(alike) == 1 else None


def interviewee(label: str, names: list[str], introduced: list[str] = (), labels: list[str] = (),
                text: str = "") -> str | None:
    """Who answers under ``label``: a label that is a name ("Thomas Rivinius", "Jaya") is that name, unless
    it is a misprint of another answer's label (``misprint_of``); initials ("NG") are the one full name
    among ``names`` whose initials they are; "A" or "Answer" is the one person ``introduced`` (the full
    names before the first question). None when no name or several fit."""
    if label.lower() in ANSWERER:
        found = set(introduced)
        return found.pop() if len(found) == 1 else None
    words = label.split()
    if words and all(w[:1].isupper() for w in words) and (len(words) >= 2 or not label.isupper()):
        return misprint_of(label, labels, text) or label  # "Thomas Rivinius", or a name alone ("((Jaya))")
    found = {n for n in names if label.upper() in initials(n)}
    return found.pop() if len(found) == 1 else None
