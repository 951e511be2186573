"""Tag many sentences at once with a trained CRF's weights, in numpy.

crfsuite scores one sentence at a time from the feature strings of ``features.py``. Here the same features
are looked up as integers (a character n-gram is its code points packed into one ``int64``), for all the
sentences of a text together, and the tags come from one Viterbi pass over the batch. The weights are
crfsuite's own, read from the model file, so the tags are the ones crfsuite gives
(``tests/test_ner_decoding.py`` compares them); only the bookkeeping moved out of Python loops.

A sentence with a character that NFKC expands into several (``㈠`` → ``(一)``) has no code point for it
and is left to crfsuite (`Decoder.handles`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import numpy as np
import pycrfsuite
import rjieba

from graphbuilder.ner.features import Lexicons, char_type, lexicon_marks

_BITS = 21  # enough for every code point, and for the four pads after them
_PADS = {"<s2>": 0x110000, "<s1>": 0x110001, "</s1>": 0x110002, "</s2>": 0x110003}
_UNIT = re.compile(r"</?s[12]>|.", re.S)  # one character, or one pad, of a feature value
# character n-gram features: name -> offsets of their characters from the one being tagged
_NGRAMS = {
    "c-2": (-2,), "c-1": (-1,), "c0": (0,), "c1": (1,), "c2": (2,),
    "b-2": (-2, -1), "b-1": (-1, 0), "b0": (0, 1), "b1": (1, 2), "s": (-1, 1),
    "t-1": (-2, -1, 0), "t0": (-1, 0, 1), "t1": (0, 1, 2),
}
_TYPES = {kind: i for i, kind in enumerate("HNDLPSO^$")}  # ^ and $: before and after the sentence
_LETTERS = {letter: i for i, letter in enumerate("BMES")}  # a character's place in its word
_WORDS = ("w", "wl", "wr")
_KEYED = (*_NGRAMS, "t", "tt", "wp", "wpl", "wpc")  # features whose value becomes an integer key


class _Table:
    """Weights of one feature template by integer key (an open-addressing hash table); unknown keys score 0."""

    def __init__(self, keys: np.ndarray, weights: np.ndarray):
        count = len(keys)
        self.weights = np.vstack([weights, np.zeros((1, weights.shape[1]))])  # the last row: unknown
        bits = max(4, (4 * count).bit_length())  # a quarter full at most: one probe nearly always
        self.shift = np.uint64(64 - bits)
        self.mask = (1 << bits) - 1
        self.slots = np.full(1 << bits, -1, dtype=np.int64)  # keys are never negative
        self.rows = np.full(1 << bits, count, dtype=np.intp)
        # Linear probing, all keys at a time: a key not placed moves one slot on; a slot taken stays taken.
        pending, slot, self.probes = np.arange(count), self._home(keys), 0
        while pending.size:
            free = self.slots[slot] == -1
            taken, first = np.unique(slot[free], return_index=True)
            chosen = pending[free][first]
            self.slots[taken] = keys[chosen]
            self.rows[taken] = chosen
            left = np.ones(len(pending), dtype=bool)
            left[np.flatnonzero(free)[first]] = False
            pending, slot = pending[left], (slot[left] + 1) & self.mask
            self.probes += bool(pending.size)

    def _home(self, keys: np.ndarray) -> np.ndarray:
        """Each key's first slot (Fibonacci hashing)."""
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        return ((keys.view(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> self.shift).view(np.int64)

    def add(self, scores: np.ndarray, queries: np.ndarray) -> None:
        """Add the weights of ``queries`` (one key per row of ``scores``) to ``scores``."""
        home = self._home(queries)
        found = self.slots.take(home)
        hit = found == queries
        rows = np.where(hit, self.rows.take(home), len(self.weights) - 1)
        going = np.flatnonzero(~hit & (found != -1))  # the few whose slot another key took: probe on
        step = 0
        while going.size and step < self.probes:
            step += 1
            slot = (home.take(going) + step) & self.mask
            found = self.slots.take(slot)
            hit = found == queries.take(going)
            rows[going[hit]] = self.rows.take(slot[hit])
            going = going[~hit & (found != -1)]
        scores += np.take(self.weights, rows, axis=0)


@dataclass
class _Words:
    """Weights of one word feature (``w=``, ``wl=``, ``wr=``), by word; row 0 is the unknown word."""

    index: dict[str, int]
    weights: np.ndarray


class Decoder:
    """A CRF model's weights, ready to tag batches of sentences (see the module docstring).

    Made from the model with `from_model` (slow: crfsuite lists the weights as text) or from the arrays
    `save` wrote (`load`).
    """

    def __init__(self, arrays: Mapping[str, np.ndarray], lexicons: Lexicons):
        self.arrays = dict(arrays)
        self.lexicons = lexicons
        self.labels: list[str] = arrays["labels"].tolist()
        self.transitions = arrays["transitions"]
        self.tables = {name: _Table(arrays["keys:" + name], arrays["weights:" + name]) for name in _KEYED}
        self.words = {
            name: _Words({w: i + 1 for i, w in enumerate(arrays["keys:" + name].tolist())},
                         np.vstack([np.zeros(len(self.labels)), arrays["weights:" + name]]))
            for name in _WORDS
        }
        # a word's rows in the w, wl and wr tables at once: row word_ids[word] of word_rows (row 0: no such word)
        vocabulary = sorted(set().union(*(self.words[name].index for name in _WORDS)))
        self.word_ids = {word: k + 1 for k, word in enumerate(vocabulary)}
        self.word_rows = np.array([(0, 0, 0)] + [tuple(self.words[name].index.get(word, 0) for name in _WORDS)
                                                 for word in vocabulary], dtype=np.intp).reshape(-1, 3)
        marks = arrays["keys:marks"].tolist()  # bias, sur, os=2 ...: one row each, then a zero row
        self.mark_rows = {name: i for i, name in enumerate(marks)}
        self.mark_weights = np.vstack([arrays["weights:marks"].reshape(len(marks), -1),
                                       np.zeros(len(self.labels))])
        self.bias = self.mark_weights[self.mark_rows["bias"]] if "bias" in self.mark_rows else self.mark_weights[-1]

    @classmethod
    def from_model(cls, model: pycrfsuite.Tagger, lexicons: Lexicons, digest: str = "") -> Decoder:
        """The decoder of an open crfsuite model; ``digest`` names the model file it came from."""
        labels = list(model.labels())
        label_index = {label: i for i, label in enumerate(labels)}
        size = len(labels)
        info = model.info()
        by_attribute: dict[str, np.ndarray] = {}
        for (attribute, label), weight in info.state_features.items():
            row = by_attribute.get(attribute)
            if row is None:
                row = by_attribute[attribute] = np.zeros(size)
            row[label_index[label]] += weight
        transitions = np.zeros((size, size))
        for (before, after), weight in info.transitions.items():
            transitions[label_index[before], label_index[after]] = weight

        rows: dict[str, dict] = {name: {} for name in (*_KEYED, *_WORDS, "marks")}
        for attribute, row in by_attribute.items():
            name, _, value = attribute.partition("=")
            if name in _KEYED:
                key = _key(name, value)
                if key is not None:  # else a value with an NFKC expansion: such sentences go to crfsuite
                    rows[name][key] = row
            elif name in _WORDS:
                rows[name][value] = row
            else:
                rows["marks"][attribute] = row
        arrays = {"labels": np.array(labels), "transitions": transitions, "digest": np.array(digest)}
        for name, table in rows.items():
            keys = list(table)
            arrays["keys:" + name] = np.array(keys, dtype=np.int64 if name in _KEYED else str)
            arrays["weights:" + name] = np.array([table[k] for k in keys]).reshape(len(keys), size)
        return cls(arrays, lexicons)

    @classmethod
    def load(cls, path: str | Path, lexicons: Lexicons) -> Decoder:
        """The decoder `save` wrote to ``path``."""
        with np.load(path) as arrays:
            return cls(dict(arrays), lexicons)

    def save(self, path: str | Path) -> None:
        """Write the weights to ``path`` (``.npz``), to be read back by `load`."""
        with Path(path).open("wb") as out:
            np.savez_compressed(out, **self.arrays)

    @property
    def digest(self) -> str:
        """The SHA-256 of the model file these weights came from, if known."""
        return str(self.arrays["digest"])

    @staticmethod
    def handles(chars: Sequence[str]) -> bool:
        """Whether every character is one code point (else crfsuite tags the sentence)."""
        return len("".join(chars)) == len(chars)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The tags of each sentence (NFKC-normalised characters, each one code point, none empty)."""
        if not sentences:
            return []
        scores, lengths = self._scores(sentences)
        labels = self.labels
        return [[labels[k] for k in path] for path in self._viterbi(scores, lengths)]

    def _scores(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, list[int]]:
        """The state score of every label at every character of the batch, sentence after sentence."""
        lengths = [len(s) for s in sentences]
        texts = ["".join(s) for s in sentences]
        # Code points of the sentences, each with two pads on either side.
        padded = "".join(f"\x00\x01{t}\x02\x03" for t in texts)
        codes = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        n = np.array(lengths)
        starts = np.cumsum(n + 4) - (n + 4)
        pads = (starts[:, None] + np.stack([n * 0, n * 0 + 1, n + 2, n + 3], axis=1)).ravel()
        codes[pads] = np.tile(np.array(list(_PADS.values()), dtype=np.int64), len(lengths))
        is_pad = np.zeros(len(codes), dtype=bool)
        is_pad[pads] = True
        at = np.flatnonzero(~is_pad)  # where the characters are in `codes`

        scores = np.tile(self.bias, (len(at), 1))
        around = {offset: codes[at + offset] for offset in range(-2, 3)}  # the characters at each offset
        for name, offsets in _NGRAMS.items():
            key = around[offsets[0]]
            for offset in offsets[1:]:
                key = (key << _BITS) | around[offset]
            self.tables[name].add(scores, key)

        types = self._types(codes)
        types[codes == _PADS["<s1>"]] = _TYPES["^"]
        types[codes == _PADS["</s1>"]] = _TYPES["$"]
        self.tables["t"].add(scores, types[at])
        self.tables["tt"].add(scores, (types[at - 1] * 16 + types[at]) * 16 + types[at + 1])

        letters, capped, word_rows, marks = self._words(texts)
        self.tables["wp"].add(scores, letters)
        self.tables["wpl"].add(scores, letters * 8 + capped)
        self.tables["wpc"].add(scores, (letters << _BITS) | codes[at])
        for name, rows in zip(_WORDS, word_rows):
            scores += np.take(self.words[name].weights, rows, axis=0)
        if marks:
            positions, names = zip(*marks)
            unknown = len(self.mark_weights) - 1
            rows = np.array([self.mark_rows.get(name, unknown) for name in names], dtype=np.intp)
            _add_in_order(scores, np.array(positions, dtype=np.intp), np.take(self.mark_weights, rows, axis=0))
        return scores, lengths

    def _types(self, codes: np.ndarray) -> np.ndarray:
        """`features.char_type` of each code point, as indices of ``_TYPES``."""
        unique, inverse = np.unique(codes, return_inverse=True)
        kinds = np.array([_TYPES[char_type(chr(c))] if c < 0x110000 else 0 for c in unique.tolist()],
                         dtype=np.int64)
        return kinds[inverse]

    def _words(self, texts: list[str]):
        """Per character of the batch: its letter in its jieba word (B/M/E/S), the word's length (capped at
        6), the rows of the word and its neighbours in the ``w``, ``wl`` and ``wr`` tables; and the lexicon
        marks of the batch."""
        words: list[str] = []
        firsts: list[int] = []  # the index of each sentence's first word
        marks: list[tuple[int, str]] = []
        base = 0
        for text in texts:
            cut = rjieba.cut(text)  # the words of rjieba.tokenize, without the offsets (a third faster)
            firsts.append(len(words))
            words += cut
            word_ends = [(end - 1, word) for word, end in zip(cut, accumulate(map(len, cut))) if len(word) > 1]
            marks += [(base + i, mark) for i, mark in lexicon_marks(text, word_ends, self.lexicons)]
            base += len(text)
        ids = self.word_ids
        rows = self.word_rows.take(np.array([ids.get(w, 0) for w in words], dtype=np.intp), axis=0)
        here = rows[:, 0]
        left = np.roll(rows[:, 1], 1)  # the word before, or the start of the sentence
        left[firsts] = self.words["wl"].index.get("<s>", 0)
        right = np.roll(rows[:, 2], -1)
        right[np.array(firsts[1:] + [len(words)]) - 1] = self.words["wr"].index.get("</s>", 0)

        sizes = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        letters = np.full(int(sizes.sum()), _LETTERS["M"], dtype=np.int64)
        ends = np.cumsum(sizes)
        starts = ends - sizes
        letters[ends - 1] = _LETTERS["E"]
        letters[starts] = _LETTERS["B"]
        letters[starts[sizes == 1]] = _LETTERS["S"]
        capped = np.repeat(np.minimum(sizes, 6), sizes)
        word_rows = [np.repeat(r, sizes) for r in (here, left, right)]
        return letters, capped, word_rows, marks

    def _viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[int]]:
        """The best label path of every sentence (label indices).

        Arrays are (position, label, sentence), so each step's sums and maxima run over the sentences of the
        batch in contiguous blocks; the label before each label of the best path is found going back, from
        the same sums, so it is the first maximum that crfsuite's pass keeps."""
        n = np.array(lengths)
        order = np.argsort(-n, kind="stable")  # longest first: the sentences still going are a prefix
        count, longest, size = len(lengths), int(n.max()), scores.shape[1]
        place = np.empty(count, dtype=np.intp)
        place[order] = np.arange(count)  # each sentence's column: its place in that order
        starts = np.cumsum(n) - n
        grid = np.zeros((longest, size, count))
        grid[np.arange(len(scores)) - np.repeat(starts, n), :, np.repeat(place, n)] = scores
        going = np.searchsorted(-n[order], -np.arange(longest), side="left")  # sentences longer than t
        best = np.empty((longest, size, count))  # the best score of a path to each label at each position
        best[0] = grid[0]
        total = np.empty((size, size, count))  # (label before, label now, sentence)
        transitions = self.transitions[:, :, None]
        for t in range(1, longest):
            k = going[t]
            np.add(best[t - 1, :, None, :k], transitions, out=total[:, :, :k])
            np.maximum.reduce(total[:, :, :k], axis=0, out=best[t, :, :k])
            best[t, :, :k] += grid[t, :, :k]
        path = np.zeros((longest, count), dtype=np.intp)
        rows = np.arange(count)
        path[n[order] - 1, rows] = best[n[order] - 1, :, rows].argmax(axis=1)
        for t in range(longest - 1, 0, -1):
            k = going[t]
            path[t - 1, :k] = (best[t - 1, :, :k] + self.transitions[:, path[t, :k]]).argmax(axis=0)
        paths: list[list[int]] = [[]] * count
        for row, k in enumerate(order.tolist()):
            paths[k] = path[: lengths[k], row].tolist()
        return paths


def _add_in_order(scores: np.ndarray, positions: np.ndarray, weights: np.ndarray) -> None:
    """``np.add.at(scores, positions, weights)``: each row of ``weights`` added to its position's row of
    ``scores``, the rows of one position in the order given (so the sums are the same to the last bit), in
    one fancy-indexed addition per rank (the first weight of every position, then the second, ...), which
    is several times faster than `np.add.at`."""
    order = np.argsort(positions, kind="stable")
    ordered = positions[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])  # where each position's run starts
    rank = np.arange(len(ordered)) - np.repeat(starts, np.diff(np.r_[starts, len(ordered)]))
    for r in range(int(rank.max()) + 1):
        chosen = order[rank == r]
        scores[positions[chosen]] += weights[chosen]


def _key(name: str, value: str) -> int | None:
    """The integer key of a feature value (None when a character of it is no single code point)."""
    if name in _NGRAMS:
        units = _UNIT.findall(value)
        if len(units) != len(_NGRAMS[name]):
            return None
        key = 0
        for unit in units:
            key = (key << _BITS) | _PADS.get(unit, ord(unit[0]))
        return key
    if name == "t":
        return _TYPES[value]
    if name == "tt":
        a, b, c = (_TYPES[kind] for kind in value)
        return (a * 16 + b) * 16 + c
    if name == "wp":
        return _LETTERS[value]
    if name == "wpl":
        return _LETTERS[value[0]] * 8 + int(value[1:])
    if name == "wpc":
        return (_LETTERS[value[0]] << _BITS) | ord(value[1]) if len(value) == 2 else None
    return None
