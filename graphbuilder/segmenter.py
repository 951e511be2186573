"""The word segmenter: words from rjieba (jieba's Rust port: same dictionary, same cuts, 30 times faster);
parts of speech and dictionary look-ups from Python jieba, whose tables are loaded on first use."""
from __future__ import annotations

import logging
import marshal
import tempfile
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import rjieba


@lru_cache(maxsize=1)
def _dictionary() -> ModuleType:
    """Python jieba with its dictionary loaded (a fifth of a second, once), not yet its part-of-speech tables:
    resolving a build whose pages all come from the cache looks up a few words' frequencies, no tags."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr; a library stays quiet
    if not jieba.dt.initialized:
        _read_cached_dictionary(jieba)
    jieba.dt.check_initialized()
    return jieba


@lru_cache(maxsize=1)
def _jieba() -> ModuleType:
    """Python jieba with its dictionary and part-of-speech tables loaded (about a second, once)."""
    jieba = _dictionary()
    import jieba.posseg

    if not jieba.posseg.dt.word_tag_tab:  # read on import; read again only after `unload`
        jieba.posseg.dt.load_word_tag(jieba.dt.get_dict_file())
    return jieba


def _read_cached_dictionary(jieba: ModuleType) -> None:
    """Read jieba's default dictionary from the cache file jieba wrote, in one read.

    jieba reads the file with ``marshal.load``, which fetches its half a million entries from the open file
    one by one: 0.6 s, against 0.2 for ``marshal.loads`` of its bytes. Without the file (or with another
    dictionary) jieba reads its dictionary itself, and writes the file for the next time.
    """
    tokenizer = jieba.dt
    if tokenizer.dictionary != jieba.DEFAULT_DICT or tokenizer.cache_file:
        return
    try:  # the file jieba reads for its default dictionary (jieba.Tokenizer.initialize)
        freq, total = marshal.loads((Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    with tokenizer.lock:
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True


def unload() -> None:
    """Let go of Python jieba's dictionary tables (about 100 MB); the next look-up reads them again.

    A build calls this once its pages are read and resolved: the RDF and the outputs need no dictionary,
    and at ten thousand articles the memory is better spent on the triples.
    """
    if _dictionary.cache_info().currsize == 0:
        return
    jieba = _dictionary()
    jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = {}, 0, False
    if _jieba.cache_info().currsize:
        jieba.posseg.dt.word_tag_tab = {}
    person_names.cache_clear()
    _jieba.cache_clear()
    _dictionary.cache_clear()


def cut(text: str) -> list[str]:
    """The words of `text`, in order."""
    return rjieba.cut(text)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word of `text`."""
    return rjieba.tokenize(text)


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) for every word of `text`.

    jieba's posseg, not rjieba's `tag`: rjieba tags with the dictionary's tags only and cuts some
    phrases differently (44% of People's Daily test sentences differ), which would change titles.
    """
    return [(w.word, w.flag) for w in _jieba().posseg.cut(text)]


def frequency(word: str) -> int:
    """How often the dictionary counts `word` (0 when it is no dictionary word)."""
    return _dictionary().dt.FREQ.get(word, 0) or 0


def part_of_speech(word: str) -> str | None:
    """The part of speech the dictionary gives `word` (None when it is no dictionary word)."""
    return _jieba().posseg.dt.word_tag_tab.get(word)


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Words the dictionary tags as person names (nr, nrfg)."""
    return frozenset(w for w, flag in _jieba().posseg.dt.word_tag_tab.items() if flag in ("nr", "nrfg"))
