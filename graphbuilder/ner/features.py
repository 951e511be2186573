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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
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
    def org_suffix_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_char(self.org_suffixes, last=True)

    @cached_property
    def place_suffix_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_char(self.place_suffixes, last=True)

    @cached_property
    def surname_pattern(self) -> re.Pattern[str]:
        """Matches a character that is a surname or begins a compound one."""
        return _one_of(self.surnames | self.compound_first)

    @cached_property
    def single_surname_pattern(self) -> re.Pattern[str]:
        """Matches a character that is a surname."""
        return _one_of(self.surnames)

    @cached_property
    def compound_surname_pattern(self) -> re.Pattern[str]:
        """Matches a compound surname."""
        return re.compile("|".join(re.escape(s) for s in sorted(self.compound_surnames)) or "(?!)")

    @cached_property
    def title_automaton(self) -> ahocorasick.Automaton:
        """Finds every title in a text, overlapping ones too (values: their lengths)."""
        return _automaton(self.titles)

    @cached_property
    def org_suffix_automaton(self) -> ahocorasick.Automaton:
        """Finds every organisation name ending in a text (values: their lengths)."""
        return _automaton(self.org_suffixes)

    @cached_property
    def place_suffix_automaton(self) -> ahocorasick.Automaton:
        """Finds every place name ending in a text (values: their lengths)."""
        return _automaton(self.place_suffixes)

    @cached_property
    def word_endings(self) -> dict[str, tuple[bool, bool]]:
        """Memo of `word_ending` by word."""
        return {}

    def word_ending(self, word: str) -> tuple[bool, bool]:
        """Whether ``word`` ends with an organisation ending, and with a place ending, shorter than itself."""
        found = self.word_endings.get(word)
        if found is None:
            found = tuple(  # type: ignore[assignment]
                any(k < len(word) and word[-k:] in suffixes for k in by_last.get(word[-1], ()))
                for suffixes, by_last in ((self.org_suffixes, self.org_suffix_lengths),
                                          (self.place_suffixes, self.place_suffix_lengths))
            )
            if len(self.word_endings) < 200_000:
                self.word_endings[word] = found
        return found


def _one_of(chars) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _automaton(words: frozenset[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


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
    """Append the lexicon features (see `lexicon_marks`) to the characters' feature lists."""
    for i, mark in lexicon_marks(text, word_ends, lex):
        items[i].append(mark)


def _surname_marks(text: str, lex: Lexicons) -> list[tuple[int, str]]:
    """The surname marks of a sentence with a compound surname: sur, and sur2 and sur2i on its two characters."""
    n = len(text)
    marks: list[tuple[int, str]] = []
    surnames, compound, compound_first = lex.surnames, lex.compound_surnames, lex.compound_first
    for match in lex.surname_pattern.finditer(text):
        i = match.start()
        c = match.group()
        if c in surnames:
            marks.append((i, "sur"))
        if c in compound_first and text[i : i + 2] in compound:
            marks.append((i, "sur2"))
            if i + 1 < n:
                marks.append((i + 1, "sur2i"))
    return marks


def lexicon_marks(text: str, word_ends: list[tuple[int, str]], lex: Lexicons) -> list[tuple[int, str]]:
    """The lexicon features of a sentence as ``(position, feature)``, in the order the model was trained with
    (surnames, titles, organisation endings, place endings).

    ``word_ends`` holds (last position, word) of the jieba words longer than one character. Titles and
    name endings are found by Aho-Corasick automata (pyahocorasick), overlapping ones too.
    """
    n = len(text)
    # A title ending right before position i, or starting right after it.
    titles = list(lex.title_automaton.iter(text))
    ends_before = {last + 1 for last, _ in titles}
    starts_after = {last - k for last, k in titles}
    if lex.compound_surname_pattern.search(text) is None:  # nearly every sentence: surnames of one character
        marks = [(match.start(), "sur") for match in lex.single_surname_pattern.finditer(text)]
    else:
        marks = _surname_marks(text, lex)
    org_hits: dict[int, int] = {}  # position -> length of the longest ending that ends there
    place_hits: dict[int, int] = {}
    for hits, automaton in ((org_hits, lex.org_suffix_automaton), (place_hits, lex.place_suffix_automaton)):
        for last, k in automaton.iter(text):
            if k > hits.get(last, 0):
                hits[last] = k
    for i in ends_before:
        if i + 2 < n:
            marks += ((i, "tl0"), (i + 1, "tl1"), (i + 2, "tl2"))
        else:
            marks += [(i + d, name) for d, name in enumerate(("tl0", "tl1", "tl2")) if i + d < n]
    for i in starts_after:
        if i >= 2:
            marks += ((i, "tr0"), (i - 1, "tr1"), (i - 2, "tr2"))
        else:
            marks += [(i - d, name) for d, name in enumerate(("tr0", "tr1", "tr2")) if 0 <= i - d]

    memo, neither = lex.word_endings, (False, False)
    endings = [(i, ending) for i, word in word_ends if (ending := memo.get(word) or lex.word_ending(word)) != neither]
    for kind, (name, hits) in enumerate((("o", org_hits), ("p", place_hits))):
        word_hits = {i for i, ending in endings if ending[kind]}
        for i in sorted(hits.keys() | word_hits):  # in text order, as the model was trained
            k = hits.get(i)
            if k:
                marks.append((i, f"{name}s={k}"))
                if i > 0:
                    marks.append((i - 1, f"{name}s+1"))
            if i in word_hits:
                marks.append((i, f"w{name}s"))
    return marks
