"""Character features for the NER CRF (pure functions over one sentence).

Each character gets a list of string features:
- characters in a ±2 window, character bigrams and trigrams around it, a skip bigram;
- character types (Han, Chinese numeral, digit, Latin, punctuation, space);
- the character's position (B/M/E/S) in the jieba word containing it, with the character and
  with the word's length; that word and the words to its left and right (words from rjieba, the Rust
  port of jieba with the same dictionary: it cuts as jieba does, 30 times faster);
- lexicon hits from ``data/lexicons/``: surnames, a title just before or after, organisation
  and place name endings at or next to the character;
- with an entity dictionary (``dictionary.py``), the names of the training corpus covering it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import rjieba

from graphbuilder.lexicons import read_list
from graphbuilder.ner.dictionary import EntityDictionary
from graphbuilder.resources import data_path

CHINESE_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两")
_TYPE_CACHE: dict[str, str] = {}
_PAD_LEFT = ("<s2>", "<s1>")
_PAD_RIGHT = ("</s1>", "</s2>")
_TYPE_FEATURES = {kind: "t=" + kind for kind in "HNDLPSO"}


@dataclass(frozen=True)
class Lexicons:
    """Word lists the features look up; see ``data/lexicons/``."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: frozenset[str]
    org_suffixes: frozenset[str]
    place_suffixes: frozenset[str]

    @cached_property
    def compound_first(self) -> frozenset[str]:
        return frozenset(s[0] for s in self.compound_surnames)

    @cached_property
    def title_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_char(self.titles, last=False)

    @cached_property
    def org_suffix_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_char(self.org_suffixes, last=True)

    @cached_property
    def place_suffix_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_char(self.place_suffixes, last=True)

    @cached_property
    def cue_chars(self) -> frozenset[str]:
        """The characters at which some lexicon feature can fire."""
        return frozenset(self.surnames | self.compound_first | self.title_lengths.keys()
                         | self.org_suffix_lengths.keys() | self.place_suffix_lengths.keys())


def load_lexicons(directory: str | Path | None = None) -> Lexicons:
    """Read the four lexicons from ``directory`` (default: the package's ``data/lexicons``)."""
    base = Path(directory) if directory is not None else data_path("lexicons")
    surnames = frozenset(read_list(base / "surnames.txt"))
    return Lexicons(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) > 1),
        titles=frozenset(read_list(base / "titles.txt")),
        org_suffixes=frozenset(read_list(base / "org_suffixes.txt")),
        place_suffixes=frozenset(read_list(base / "place_suffixes.txt")),
    )


def char_type(char: str) -> str:
    """One letter for the kind of character: H(an), N(umeral, Chinese), D(igit), L(atin),
    P(unctuation), S(pace) or O(ther)."""
    kind = _TYPE_CACHE.get(char)
    if kind is not None:
        return kind
    c = char[:1]
    if c in CHINESE_NUMERALS:
        kind = "N"
    elif "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        kind = "H"
    elif c.isdigit():
        kind = "D"
    elif c.isascii() and c.isalpha():
        kind = "L"
    elif c.isspace():
        kind = "S"
    elif c.isalpha():
        kind = "H" if ord(c) > 0x2E80 else "L"
    else:
        kind = "P"
    _TYPE_CACHE[char] = kind
    return kind


def word_positions(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The B/M/E/S position of each character in its jieba word, and each char's word span."""
    positions: list[str] = []
    spans: list[tuple[int, int]] = []
    for _word, start, end in rjieba.tokenize(text):
        length = end - start
        span = (start, end)
        if length == 1:
            positions.append("S")
        else:
            positions.append("B")
            positions.extend("M" * (length - 2))
            positions.append("E")
        spans.extend([span] * length)
    return positions, spans


def _lengths_by_char(entries: frozenset[str], *, last: bool) -> dict[str, tuple[int, ...]]:
    """Entry lengths (longest first) keyed by each entry's first (or last) character."""
    index: dict[str, set[int]] = {}
    for entry in entries:
        index.setdefault(entry[-1] if last else entry[0], set()).add(len(entry))
    return {char: tuple(sorted(lengths, reverse=True)) for char, lengths in index.items()}


def sentence_features(
    chars: Sequence[str], lexicons: Lexicons, entities: EntityDictionary | None = None
) -> list[list[str]]:
    """Features for every character of one sentence.

    Args:
        chars: the sentence's characters, already NFKC-normalised (see ``corpus.normalize_chars``).
        lexicons: from ``load_lexicons()``.
        entities: names seen in the training corpus (``dictionary.py``), if the model uses them.

    Returns:
        One list of feature strings per character.
    """
    n = len(chars)
    if n == 0:
        return []
    text = "".join(chars)
    if len(text) != n:  # an NFKC expansion such as "㈠" -> "(一)": keep one char per position
        text = "".join(c[0] for c in chars)

    # The word columns, one word at a time (tagging is most of a build: this runs for every character).
    tokens = rjieba.tokenize(text)
    positions: list[str] = []
    word_columns: list[tuple[str, str, str, str, str]] = []
    word_ends: list[tuple[int, str]] = []  # (last position, word) of the words of two or more characters
    left = "wl=<s>"
    last = len(tokens) - 1
    for k, (word, start, end) in enumerate(tokens):
        letters, shapes = _word_shape(end - start)
        positions += letters
        here = "w=" + word
        right = "wr=" + tokens[k + 1][0] if k < last else "wr=</s>"
        word_columns += [(wp, wpl, here, left, right) for wp, wpl in shapes]
        left = "wl=" + word
        if end - start > 1:
            word_ends.append((end - 1, word))

    types = [_TYPE_CACHE.get(c) or char_type(c) for c in chars]
    t_feats = [_TYPE_FEATURES[t] for t in types]
    tp = ["^", *types, "$"]
    p = [*_PAD_LEFT, *chars, *_PAD_RIGHT]
    items = [
        [
            "c-2=" + a, "c-1=" + b, "c0=" + c, "c1=" + d, "c2=" + e,
            f"b-2={a}{b}", f"b-1={b}{c}", f"b0={c}{d}", f"b1={d}{e}", f"s={b}{d}",
            f"t-1={a}{b}{c}", f"t0={b}{c}{d}", f"t1={c}{d}{e}",
            t, f"tt={x}{y}{z}",
            wp, f"wpc={letter}{c}", wpl, w, wl, wr,
            "bias",
        ]
        for a, b, c, d, e, t, x, y, z, letter, (wp, wpl, w, wl, wr) in zip(
            p, p[1:], p[2:], p[3:], p[4:], t_feats, tp, tp[1:], tp[2:], positions, word_columns
        )
    ]

    _add_lexicon_features(items, text, word_ends, lexicons)
    if entities is not None:
        for item, marks in zip(items, entities.features(text)):
            item.extend(marks)
    return items


@lru_cache(maxsize=64)
def _word_shape(length: int) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The B/M/E/S letters of a word of ``length`` characters, and each one's ``wp=`` and ``wpl=`` features."""
    letters = "S" if length == 1 else "B" + "M" * (length - 2) + "E"
    capped = str(min(length, 6))
    return letters, tuple(("wp=" + letter, "wpl=" + letter + capped) for letter in letters)


def _add_lexicon_features(
    items: list[list[str]], text: str, word_ends: list[tuple[int, str]], lex: Lexicons
) -> None:
    """Append the lexicon features; ``word_ends`` holds (last position, word) of the words longer than
    one character. One pass over the characters finds every hit; the features are appended in the order
    the model was trained with (surnames, titles, organisation endings, place endings)."""
    n = len(text)
    surnames, compound, compound_first = lex.surnames, lex.compound_surnames, lex.compound_first
    titles, title_lengths = lex.titles, lex.title_lengths
    org_suffixes, org_by_last = lex.org_suffixes, lex.org_suffix_lengths
    place_suffixes, place_by_last = lex.place_suffixes, lex.place_suffix_lengths
    cues = lex.cue_chars
    # A title ending right before position i, or starting right after it.
    ends_before: set[int] = set()
    starts_after: set[int] = set()
    org_hits: dict[int, int] = {}  # position -> length of the longest ending that ends there
    place_hits: dict[int, int] = {}
    for i, c in enumerate(text):
        if c not in cues:
            continue
        if c in surnames:
            items[i].append("sur")
        if c in compound_first and text[i : i + 2] in compound:
            items[i].append("sur2")
            if i + 1 < n:
                items[i + 1].append("sur2i")
        for k in title_lengths.get(c, ()):
            if text[i : i + k] in titles:
                ends_before.add(i + k)
                starts_after.add(i - 1)
        for hits, suffixes, by_last in ((org_hits, org_suffixes, org_by_last),
                                        (place_hits, place_suffixes, place_by_last)):
            for k in by_last.get(c, ()):
                if k <= i + 1 and text[i - k + 1 : i + 1] in suffixes:
                    hits[i] = k
                    break
    for i in ends_before:
        for d in (0, 1, 2):
            if i + d < n:
                items[i + d].append(f"tl{d}")
    for i in starts_after:
        for d in (0, 1, 2):
            if 0 <= i - d:
                items[i - d].append(f"tr{d}")

    for name, hits, suffixes, by_last in (("o", org_hits, org_suffixes, org_by_last),
                                          ("p", place_hits, place_suffixes, place_by_last)):
        word_hits = {
            i for i, word in word_ends
            if any(k < len(word) and word[-k:] in suffixes for k in by_last.get(word[-1], ()))
        }
        for i in sorted(hits.keys() | word_hits):  # in text order, as the model was trained
            k = hits.get(i)
            if k:
                items[i].append(f"{name}s={k}")
                if i > 0:
                    items[i - 1].append(f"{name}s+1")
            if i in word_hits:
                items[i].append(f"w{name}s")
