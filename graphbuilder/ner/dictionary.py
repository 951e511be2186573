"""Names seen in the training corpus, as a feature of the NER CRF.

A name that the corpus annotates elsewhere (中共中央, 新华社, 北京) is likely a name again. The
dictionary is every PER / LOC / ORG string of two or more characters in the training corpus;
it ships beside the model (``ner.entities.tsv``) and marks each character covered by a
dictionary name with B/M/E and the name's type.

Trained on the full dictionary, a CRF would learn that every marked span is a name (in
training, each name is in the dictionary because it *is* in the corpus). So training uses
jackknifed dictionaries (see ``fold_dictionaries``): a sentence sees only the names of the
other folds, the way a new text sees only the names of the training corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from graphbuilder.ner.corpus import LABELS, Sentence, bio_spans

MIN_LENGTH = 2
MAX_LENGTH = 20
SUFFIX = ".entities.tsv"


class EntityDictionary:
    """Entity strings with the labels the corpus gives them; finds them in a sentence."""

    def __init__(self, entries: Mapping[str, Iterable[str]]):
        self.labels: dict[str, tuple[str, ...]] = {
            name: tuple(sorted(set(labels), key=LABELS.index))
            for name, labels in entries.items()
            if MIN_LENGTH <= len(name) <= MAX_LENGTH
        }
        by_first: dict[str, set[int]] = {}
        for name in self.labels:
            by_first.setdefault(name[0], set()).add(len(name))
        self._lengths = {c: tuple(sorted(ks, reverse=True)) for c, ks in by_first.items()}

    def __len__(self) -> int:
        return len(self.labels)

    def __contains__(self, name: object) -> bool:
        return name in self.labels

    def matches(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """Every ``(start, end, labels)`` where ``text[start:end]`` is a dictionary name."""
        found = []
        labels, lengths = self.labels, self._lengths
        n = len(text)
        for start, c in enumerate(text):
            for k in lengths.get(c, ()):
                if start + k <= n:
                    hit = labels.get(text[start : start + k])
                    if hit:
                        found.append((start, start + k, hit))
        return found

    def features(self, text: str) -> list[list[str]]:
        """For each character, ``d<LABEL>=B|M|E`` of the longest name of each label covering it."""
        marks: list[dict[str, tuple[int, str]]] = [{} for _ in text]
        for start, end, labels in self.matches(text):
            length = end - start
            for i in range(start, end):
                mark = "B" if i == start else "E" if i == end - 1 else "M"
                slot = marks[i]
                for label in labels:
                    if slot.get(label, (0, ""))[0] < length:
                        slot[label] = (length, mark)
        return [[f"d{label}={mark}" for label, (_k, mark) in slot.items()] for slot in marks]

    def save(self, path: str | Path) -> None:
        """Write ``name<TAB>LABEL,LABEL`` lines, sorted, UTF-8."""
        lines = [f"{name}\t{','.join(labels)}\n" for name, labels in sorted(self.labels.items())]
        Path(path).write_text("".join(lines), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> EntityDictionary:
        """Read a file written by ``save``."""
        entries: dict[str, list[str]] = {}
        with Path(path).open(encoding="utf-8") as lines:
            for line in lines:
                name, _tab, labels = line.rstrip("\n").partition("\t")
                if name and labels:
                    entries[name] = labels.split(",")
        return cls(entries)


def dictionary_path(model_path: str | Path) -> Path:
    """Where the dictionary of a model lives: ``ner.crfsuite`` -> ``ner.entities.tsv``."""
    path = Path(model_path)
    return path.with_name(path.stem + SUFFIX)


def sentence_names(sentence: Sentence) -> Counter[tuple[str, str]]:
    """``(name, label)`` counts of one annotated sentence."""
    text = "".join(sentence.chars)
    if len(text) != len(sentence.chars):
        text = "".join(c[0] for c in sentence.chars)
    return Counter((text[s:e], label) for s, e, label in bio_spans(sentence.tags))


def build_dictionary(sentences: Iterable[Sentence]) -> EntityDictionary:
    """The dictionary of every name annotated in ``sentences``."""
    entries: dict[str, set[str]] = {}
    for sentence in sentences:
        for name, label in sentence_names(sentence):
            entries.setdefault(name, set()).add(label)
    return EntityDictionary(entries)


def fold_dictionaries(sentences: Sequence[Sentence], folds: int) -> list[EntityDictionary]:
    """One dictionary per fold (sentence ``i`` is in fold ``i % folds``), each built from the
    names of the *other* folds only."""
    per_fold = [Counter() for _ in range(folds)]
    for i, sentence in enumerate(sentences):
        per_fold[i % folds].update(sentence_names(sentence))
    total: Counter[tuple[str, str]] = Counter()
    for counts in per_fold:
        total.update(counts)
    dictionaries = []
    for counts in per_fold:
        entries: dict[str, set[str]] = {}
        for (name, label), n in total.items():
            if n > counts.get((name, label), 0):
                entries.setdefault(name, set()).add(label)
        dictionaries.append(EntityDictionary(entries))
    return dictionaries
