"""The word lists in ``onrecord/data``: one way to read them.

A list is a UTF-8 text file with one entry a line; blank lines and lines starting with ``#`` are
skipped. ``entries`` gives the lines, ``word_set`` them as a set (made once), ``rows`` their tab-separated
cells, ``sections`` the entries grouped under ``[name]`` lines (those before any section under ``""``) and
``section_set`` one section as a set, ``section_map`` one section's lines as a first word and the words after it.
Each file is read once.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _text(name: str) -> str:
    return resources.files("onrecord").joinpath("data", name).read_text(encoding="utf-8")


def entries(name: str) -> list[str]:
    """The file's entries, each stripped of surrounding white space."""
    return [line.strip() for line in _text(name).splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_set(name: str) -> frozenset[str]:
    """The file's entries as a set, made once per file (the cue and noun lists the readers test words against);
    of a file in sections, all of them."""
    return frozenset(e for e in entries(name) if not (e.startswith("[") and e.endswith("]")))


@cache
def section_set(name: str, section: str) -> frozenset[str]:
    """The entries of one ``[section]`` of the file as a set, made once."""
    return frozenset(sections(name).get(section, []))


@cache
def section_map(name: str, section: str) -> dict[str, frozenset[str]]:
    """The lines of one ``[section]`` as their first word and the set of the words after it on every line that
    word opens ("criticize for", "criticize over": {"criticize": {"for", "over"}}), made once."""
    out: dict[str, set[str]] = {}
    for line in sections(name).get(section, []):
        first, *rest = line.split()
        out.setdefault(first, set()).update(rest)
    return {first: frozenset(rest) for first, rest in out.items()}


def rows(name: str) -> list[list[str]]:
    """The file's entries split at tabs, each cell stripped."""
    return [[cell.strip() for cell in line.split("\t")]
            for line in _text(name).splitlines() if line.strip() and not line.startswith("#")]


def sections(name: str) -> dict[str, list[str]]:
    """The file's entries by ``[section]``; entries before any section go under ``""``."""
    grouped: dict[str, list[str]] = {"": []}
    current = ""
    for line in entries(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            grouped.setdefault(current, [])
            continue
        grouped[current].append(line)
    return grouped
