"""The general word lists extraction reads: `data/lexicons/*` and the trigger words of the SKOS schemes.

Every list is a plain file with its source noted in `data/README.md`; none names a particular person,
organisation or event.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import ahocorasick

from .resources import data_path, ontology_path


def read_list(path: Path) -> tuple[str, ...]:
    """Non-empty lines of a UTF-8 list file, `#` comments dropped, order kept."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(dict.fromkeys(entries))


def longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(read_list(data_path("lexicons", "surnames.txt")))


@lru_cache(maxsize=None)
def rare_surnames() -> frozenset[str]:
    """Surnames the model's features leave out, the character being a word more often (后, 操): see the file."""
    return frozenset(read_list(data_path("lexicons", "rare_surnames.txt")))


@lru_cache(maxsize=None)
def surname_ranks() -> dict[str, int]:
    """Each surname's place in the list (it lists the commoner ones first: 王 0, 李 1, 张 2 …)."""
    return {surname: rank for rank, surname in enumerate(read_list(data_path("lexicons", "surnames.txt")))}


@lru_cache(maxsize=None)
def posts() -> tuple[str, ...]:
    """Post and role heads, longest first."""
    return longest_first(read_list(data_path("lexicons", "posts.txt")))


@lru_cache(maxsize=1)
def post_set() -> frozenset[str]:
    """The posts of `posts`, to test a word against."""
    return frozenset(posts())


def post_ending(title: str) -> str:
    """The longest post a title ends with (市总工会副主席 → 副主席), or ""."""
    found = post_set()
    return next((title[i:] for i in range(len(title)) if title[i:] in found), "")


def post_ends_at(text: str, end: int) -> bool:
    """Whether a post of two to eight characters ends at ``end`` in ``text`` (副局长|蒋军)."""
    found = post_set()
    return any(text[end - size:end] in found for size in range(2, min(8, end) + 1))


@lru_cache(maxsize=1)
def post_finder() -> ahocorasick.Automaton:
    """Every post with ``(rank in posts(), post)``: all their occurrences in a text in one pass."""
    automaton = ahocorasick.Automaton()
    for rank, post in enumerate(posts()):
        automaton.add_word(post, (rank, post))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=None)
def not_titles() -> frozenset[str]:
    return frozenset(read_list(data_path("lexicons", "not_titles.txt")))


@lru_cache(maxsize=None)
def org_types() -> tuple[str, ...]:
    return longest_first(read_list(data_path("lexicons", "org_types.txt")))


@lru_cache(maxsize=None)
def org_suffixes() -> tuple[str, ...]:
    return longest_first(read_list(data_path("lexicons", "org_suffixes.txt")))


@lru_cache(maxsize=1)
def _abbreviation_rows() -> tuple[tuple[str, str], ...]:
    """(short form as written in the file, full form) of each row of org_abbreviations.tsv."""
    rows = (line.partition("\t") for line in read_list(data_path("lexicons", "org_abbreviations.tsv")))
    return tuple((short, full.strip()) for short, _, full in rows)


@lru_cache(maxsize=None)
def org_abbreviations() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole names → official names, type-word abbreviations longest first)."""
    rows = _abbreviation_rows()
    whole = {short: full for short, full in rows if not short.startswith("~") and not short.endswith("~")}
    parts = sorted(((short[1:], full) for short, full in rows if short.startswith("~")), key=lambda p: -len(p[0]))
    return whole, tuple(parts)


@lru_cache(maxsize=1)
def org_name_openings() -> tuple[tuple[str, str], ...]:
    """Short forms that open an organisation's name and their official forms (工行漯河分行 → 中国工商银行漯河分行)."""
    return tuple((short[:-1], full) for short, full in _abbreviation_rows() if short.endswith("~"))


@lru_cache(maxsize=None)
def triggers(scheme: str) -> dict[str, str]:
    """Chinese trigger word → concept name, from `ontology/event-types.ttl` or `ontology/roles.ttl`."""
    import rdflib
    from rdflib.namespace import SKOS

    graph = rdflib.Graph().parse(ontology_path(scheme), format="turtle")
    words: dict[str, str] = {}
    for concept in set(graph.subjects(SKOS.inScheme, None)):
        name = str(concept).rstrip("/").rsplit("/", 1)[-1]
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if getattr(label, "language", None) == "zh" and name != "other":
                    words.setdefault(str(label), name)
    return dict(sorted(words.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def event_triggers() -> dict[str, str]:
    return triggers("event-types.ttl")


def role_triggers() -> dict[str, str]:
    return triggers("roles.ttl")
