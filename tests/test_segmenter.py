"""The segmenter: words from rjieba that are jieba's words, parts of speech and frequencies from jieba."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from graphbuilder import segmenter
from graphbuilder.ner import split_sentences

jieba.setLogLevel(logging.WARNING)
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"


def _sample_sentences() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [text[start:end] for start, end in split_sentences(text) if text[start:end].strip()]


def test_segmenter_cuts_the_sample_as_jieba_does():
    sentences = _sample_sentences()
    assert len(sentences) > 100
    assert [segmenter.cut(s) for s in sentences] == [jieba.lcut(s) for s in sentences]


@pytest.mark.parametrize("text", ["市总工会经审委主任张升阐述了开展", "关 9 月 7 日组织开展了“99 公益日”", "焦作市修武县"])
def test_segmenter_tokens_are_jieba_tokens_with_offsets_into_the_text(text):
    tokens = segmenter.tokenize(text)
    assert tokens == list(jieba.tokenize(text))
    assert all(text[start:end] == word for word, start, end in tokens)
    assert [start for _, start, _ in tokens] == [0, *(end for _, _, end in tokens[:-1])]


def test_segmenter_tags_with_jieba_posseg():
    text = "区总工会副主席杜建华出席会议并讲话"
    assert segmenter.tag(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text)]


@pytest.mark.parametrize(("word", "positive"), [("主席", True), ("工会", True), ("杜建华", False)])
def test_segmenter_frequency_from_jieba_dictionary(word, positive):
    assert (segmenter.frequency(word) > 0) == positive


def test_segmenter_unload_then_look_ups_read_the_dictionary_again():
    before = (segmenter.tag("区总工会副主席"), segmenter.frequency("主席"), len(segmenter.person_names()))
    segmenter.unload()
    assert not jieba.dt.FREQ and not jieba.posseg.dt.word_tag_tab
    assert (segmenter.tag("区总工会副主席"), segmenter.frequency("主席"), len(segmenter.person_names())) == before
    segmenter.unload()
    segmenter.unload()  # twice is harmless
    assert segmenter.frequency("主席") == before[1]


def test_segmenter_reads_the_dictionary_jieba_reads():
    segmenter.unload()  # the next look-up reads the dictionary again, from jieba's cache file
    assert segmenter.frequency("工会") > 0
    own = jieba.Tokenizer()
    own.initialize()
    assert (jieba.dt.FREQ, jieba.dt.total) == (own.FREQ, own.total)


def test_segmenter_a_frequency_needs_no_part_of_speech_tables():
    """A build whose pages all come from the cache looks up frequencies when resolving: no tags to read for that."""
    segmenter.unload()
    assert segmenter.frequency("工会") > 0
    assert not jieba.posseg.dt.word_tag_tab  # read only when a part of speech is asked for
    assert segmenter.part_of_speech("工会") == "n" and jieba.posseg.dt.word_tag_tab
