"""Read character-per-line BIO corpora (People's Daily ``char tag``, MSRA ``char<TAB>tag``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from graphbuilder.errors import InputError

LABELS = ("PER", "LOC", "ORG")

_NFKC_CACHE: dict[str, str] = {}


class Sentence(NamedTuple):
    """One annotated sentence: characters (NFKC-normalised) and their BIO tags."""

    chars: list[str]
    tags: list[str]


class CorpusError(InputError, ValueError):
    """A corpus file is not in the expected ``char<space|TAB>tag`` BIO format."""


def normalize_char(char: str) -> str:
    """NFKC form of one character, e.g. full-width ``１`` -> ``1`` (cached)."""
    norm = _NFKC_CACHE.get(char)
    if norm is None:
        norm = unicodedata.normalize("NFKC", char) or char
        _NFKC_CACHE[char] = norm
    return norm


def normalize_chars(text: str) -> list[str]:
    """NFKC each character of ``text`` separately, so positions stay aligned."""
    try:
        return list(map(_NFKC_CACHE.__getitem__, text))  # every character seen before: nearly always
    except KeyError:
        return [normalize_char(c) for c in text]


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Yield the sentences of a BIO file; blank lines separate sentences.

    Each non-blank line is a character, whitespace (space or TAB), and a tag.
    """
    path = Path(path)
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield Sentence(chars, tags)
                    chars, tags = [], []
                continue
            # The character itself may be a space in some copies: split from the right.
            char, sep, tag = _split_line(line)
            if not sep or not tag or tag != "O" and tag[:2] not in ("B-", "I-"):
                raise CorpusError(
                    f"{path}:{number}: expected 'char tag' with a BIO tag, got {line!r} "
                    "(is this a character-per-line BIO file?)"
                )
            chars.append(normalize_char(char))
            tags.append(tag)
    if chars:
        yield Sentence(chars, tags)


def _split_line(line: str) -> tuple[str, str, str]:
    for sep in ("\t", " "):
        head, found, tag = line.rpartition(sep)
        if found and head:
            return head[0], found, tag.strip()
    return line, "", ""


def bio_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, label)`` (end exclusive) from BIO or BIOES tags.

    An ``I-``/``E-`` tag that does not continue an entity of the same label starts a new
    one; ``E-`` and ``S-`` close the entity they belong to.
    """
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    i = -1
    for i, tag in enumerate(tags):
        if tag == "O":
            if label:
                spans.append((start, i, label))
                label = ""
            continue
        prefix, kind = tag[0], tag[2:]
        if prefix in "BS" or kind != label:
            if label:
                spans.append((start, i, label))
            start, label = i, kind
        if prefix in "ES":
            spans.append((start, i + 1, label))
            label = ""
    if label:
        spans.append((start, i + 1, label))
    return spans


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIOES tags for the same entities as ``tags`` (BIO): single chars ``S-``, last chars ``E-``."""
    spans = bio_spans(tags)
    bioes = ["O"] * len(tags)
    for start, end, label in spans:
        if end - start == 1:
            bioes[start] = "S-" + label
        else:
            bioes[start] = "B-" + label
            bioes[start + 1 : end - 1] = ["I-" + label] * (end - start - 2)
            bioes[end - 1] = "E-" + label
    return bioes
