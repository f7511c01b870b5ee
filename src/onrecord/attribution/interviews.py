"""Question-and-answer layouts: the interviewer's questions, and the answers with whose they are.

Wikinews and many outlets print an interview as paragraphs that open with a label: ``((WN))``,
``Q:`` or ``Question:`` for the interviewer, the interviewee's initials (``NG:``, ``MS``) for the
answers. ``layout(text)`` finds them (None unless the text has at least two questions and two
answers); the statement finder leaves the questions out (GUIDE: an interviewer's questions are not
statements) and the speaker resolver gives "I", "we" and the label of an answer to the person whose
initials the label are (``interviewee``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

QUESTION = re.compile(r"^[ \t]*(?:\(\(WN\)\)|Q\s*[.:]|Question\s*:|Wikinews\s*:)", re.M)
ANSWER = re.compile(r"^[ \t]*(?P<label>[A-Z]{2,3})(?::[ \t]*|[ \t]+)(?=[A-Z0-9\"“‘'(])", re.M)
LINE = re.compile(r"[^\r\n]+")
INTERVIEW_KEY = "onrecord.interview"  # doc.user_data: the layout the statement finder found (or None)


@dataclass
class Layout:
    questions: list[tuple[int, int]]
    answers: list[tuple[int, int, str]]  # paragraph start, end, label

    def to_data(self) -> list:
        """Plain lists, as ``doc.user_data`` keeps them (a Doc is serialized with msgpack)."""
        return [[list(q) for q in self.questions], [list(a) for a in self.answers]]

    @classmethod
    def from_data(cls, data: list | None) -> Layout | None:
        if not data:
            return None
        return cls([(q[0], q[1]) for q in data[0]], [(a[0], a[1], a[2]) for a in data[1]])

    def in_question(self, pos: int) -> bool:
        i = bisect_right([q[0] for q in self.questions], pos) - 1
        return i >= 0 and self.questions[i][0] <= pos < self.questions[i][1]

    def answer_label(self, pos: int) -> str | None:
        i = bisect_right([a[0] for a in self.answers], pos) - 1
        return self.answers[i][2] if i >= 0 and self.answers[i][0] <= pos < self.answers[i][1] else None


def layout(text: str) -> Layout | None:
    questions, answers = [], []
    for line in LINE.finditer(text):
        if QUESTION.match(line.group()):
            questions.append((line.start(), line.end()))
        elif m := ANSWER.match(line.group()):
            answers.append((line.start(), line.end(), m.group("label")))
    if len(questions) < 2 or len(answers) < 2:
        return None
    return Layout(questions, answers)


def initials(name: str) -> set[str]:
    """The initials a name may be printed as: of every word ("Natasha Gownaris" NG), or of the
    first and last words ("Mary Ann Smith" MS as well as MAS)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper()}


def interviewee(label: str, names: list[str]) -> str | None:
    """The one full name among ``names`` whose initials ``label`` is; None when none or several are."""
    found = {n for n in names if label.upper() in initials(n)}
    return found.pop() if len(found) == 1 else None
