"""Sources that the article names elsewhere (the final judged round): the organizers of an event an
organization is said to organize, and a lone surname whose full name the tagger took for an organization."""

from __future__ import annotations

import pytest


def speakers(reader, text: str) -> list[tuple[str | None, str | None]]:
    return [(st.speaker.name if st.speaker else None, st.speaker.kind if st.speaker else None)
            for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, organization", [
    ("Several conservative groups gathered on Saturday in Washington for a rally organized by Women for America "
     "First. Thousands turned out.\nOrganizers of the rally said they were fighting corruption.",
     "Women for America First"),
    ("The march, organised by the People's Vote campaign, drew crowds in London on Saturday.\n"
     "Organisers said a million people had attended.", "People's Vote"),
    ("Greenpeace, which organized the protest, brought boats to the harbour.\n"
     "According to organizers, ten thousand people attended.", "Greenpeace"),
])
def test_organizers_are_the_organization_said_to_organize_the_event(reader, text, organization):
    assert (organization, "organization") in speakers(reader, text)


@pytest.mark.parametrize("text", [
    # two organizations organize: which one's people spoke is not said
    "The march, organized by Greenpeace and sponsored by Oxfam, drew crowds. A second march was organized by "
    "Amnesty International.\nOrganizers said a million people had attended.",
    # an event the organization did not organize
    "Greenpeace, which organized the protest, brought boats to the harbour.\n"
    "Organizers of the concert said ten thousand people attended.",
    # one organizer is a person of the organization, not the organization
    "The protest was organized by Greenpeace.\nAn organizer said ten thousand people attended.",
])
def test_organizers_stay_unnamed_unless_one_organization_fits(reader, text):
    assert all(name not in ("Greenpeace", "Amnesty International") for name, _ in speakers(reader, text))


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

