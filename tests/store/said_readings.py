"""Readings made by hand for the store's linking tests (``test_linking_rules.py``, ``test_linking_order.py``):
each statement is ``<name> said point <k>.``, its speaker the name as an article resolved it."""

from __future__ import annotations

from onrecord.records import Article, Person, Reading, Span, Speaker, Statement

Said = tuple[str, str]  # (the speaker's name as the article resolved it, its kind)


def article(number: int, said: list[Said], people: list[Person] | None = None, *,
            published: str = "2020-10-01", outlet: str = "Wikinews") -> Reading:
    """A reading whose statements are ``<name> said point <k>.``; its people are those given, else one
    Person for each name (a full name with its surname as an alias, as the reader gives them)."""
    parts, statements = [], []
    pos = 0
    for k, (name, kind) in enumerate(said):
        line = f"{name} said point {number}.{k}. "
        source = Span(pos, pos + len(name), name)
        cue = Span(source.end + 1, source.end + 5, "said")
        content = Span(cue.end + 1, pos + len(line) - 2, line[cue.end + 1 - pos:len(line) - 2])
        statements.append(Statement("indirect", cue, source, [content], Speaker(name, kind)))
        parts.append(line)
        pos += len(line)
    if people is None:
        people = []
        for name, kind in dict.fromkeys(said):
            aliases = [name.split()[-1]] if kind == "person" and len(name.split()) > 1 else []
            people.append(Person(name, kind, aliases))
    body = "".join(parts)
    return Reading(input=f"article-{number}.txt", statements=statements, people=people,
                   article=Article(text=body, title=f"Article {number}", published=published, outlet=outlet))
