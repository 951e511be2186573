"""The word segmenter (jieba), quiet and initialised once: words, parts of speech, dictionary lookups."""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr; a library stays quiet


@lru_cache(maxsize=1)
def _initialised() -> None:
    jieba.dt.check_initialized()
    jieba.posseg.dt.initialize()


def cut(text: str) -> list[str]:
    _initialised()
    return jieba.lcut(text)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word of `text`."""
    _initialised()
    return list(jieba.tokenize(text))


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) for every word of `text`."""
    _initialised()
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def frequency(word: str) -> int:
    """How often the dictionary counts `word` (0 when it is no dictionary word)."""
    _initialised()
    return jieba.dt.FREQ.get(word, 0) or 0


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Words the dictionary tags as person names (nr, nrfg)."""
    _initialised()
    return frozenset(w for w, flag in jieba.posseg.dt.word_tag_tab.items() if flag in ("nr", "nrfg"))
