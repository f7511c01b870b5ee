"""Sources that the article names elsewhere (the final judged round): a lone surname whose full name the
tagger took for an organization."""

from __future__ import annotations

import pytest


def speakers(reader, text: str) -> list[tuple[str | None, str | None]]:
    return [(st.speaker.name if st.speaker else None, st.speaker.kind if st.speaker else None)
            for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, surname, full", [
    ("Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico.\n"
     "In a statement, Vázquez said, \"We will be working together to have a responsible transition.\"",
     "Vázquez", "Wanda Vázquez Garced"),
    ("Emily Spanton met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub.\n"
     "Quirin denied any sexual activity, but later he claimed sex had been consensual.",
     "Quirin", "Antoine Quirin"),
])
def test_a_lone_surname_completes_to_a_name_the_tagger_took_for_an_organization(reader, text, surname, full):
    found = speakers(reader, text)
    assert (full, "person") in found, found
    assert all(name != surname for name, _ in found)

