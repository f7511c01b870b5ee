"""What the content and speaker tests share (tests/attribution is on the path; import as ``said``)."""

from __future__ import annotations


def contents(reader, text: str) -> list[tuple[str, str]]:
    """(cue, content joined) of each statement on the record, in order."""
    return [(st.cue.text if st.cue else "", " … ".join(c.text for c in st.content))
            for st in reader.read_text(text).statements]


def named(reader, text: str) -> list[tuple[str | None, str]]:
    """(speaker name, source as written) of each statement the whole reader finds in ``text``."""
    return [(st.speaker.name if st.speaker else None, st.source.text if st.source else "")
            for st in reader.read_text(text).statements]
