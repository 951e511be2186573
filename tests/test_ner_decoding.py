"""The numpy decoder (graphbuilder.ner.decoding) gives crfsuite's tags, many sentences at a time."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from graphbuilder.ner import DEFAULT_MODEL_PATH, load_tagger, split_sentences
from graphbuilder.ner.corpus import normalize_chars, read_bio
from graphbuilder.ner.decoding import Decoder, _add_in_order, _Table
from graphbuilder.ner.features import sentence_features

from conftest import SHARED

PD_TEST = SHARED / "datasets" / "peoples-daily-ner" / "example.test"

pytestmark = pytest.mark.skipif(not DEFAULT_MODEL_PATH.is_file(), reason="shipped NER model missing")

# Odd inputs: a pad's spelling and = in the text, Latin, digits, a lone character, spaces, a long sentence.
ODD = [
    "市总工会<s1>副主席</s2>王建国=出席",
    "c0==b0=<s2>",
    "Tom和Jerry在2020年9月3日去了Beijing。",
    "王",
    "  张 三  ",
    "、".join(["省总工会副主席王建国", "市总工会党组书记、常务副主席张红卫"] * 20),
    "阿依古丽·买买提在乌鲁木齐市天山区",
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger()


def _crfsuite_tags(tagger, chars):
    return tagger._crf.tag(sentence_features(chars, tagger.lexicons))


def _sentences(text):
    chars = normalize_chars(text)
    pieces = [chars[s:e] for s, e in split_sentences(text) if not text[s:e].isspace()]
    return [p for p in pieces if Decoder.handles(p)]


def test_decoder_tags_the_sample_page_as_crfsuite_does(tagger, sample_path):
    sentences = _sentences(sample_path.read_text(encoding="utf-8"))
    assert len(sentences) > 100
    assert tagger.decoder.tag(sentences) == [_crfsuite_tags(tagger, s) for s in sentences]


@pytest.mark.parametrize("text", ODD)
def test_decoder_tags_odd_text_as_crfsuite_does(tagger, text):
    chars = normalize_chars(text)
    assert tagger.decoder.tag([chars]) == [_crfsuite_tags(tagger, chars)]


def test_a_batch_tags_each_sentence_as_it_would_alone(tagger, sample_path):
    sentences = _sentences(sample_path.read_text(encoding="utf-8"))[:40] + [normalize_chars(t) for t in ODD]
    assert tagger.decoder.tag(sentences) == [tagger.decoder.tag([s])[0] for s in sentences]


def test_a_char_nfkc_expands_is_left_to_crfsuite(tagger):
    chars = normalize_chars("第㈠条王建国出席")  # ㈠ -> "(一)": three characters in one position
    assert not Decoder.handles(chars)
    assert tagger.tag_sentences([chars]) == [_crfsuite_tags(tagger, chars)]
    assert tagger.tag_texts(["第㈠条王建国出席。", "王建国出席。"])[1] == tagger.tag_entities("王建国出席。")


@pytest.mark.skipif(not PD_TEST.is_file(), reason="People's Daily test split not beside the checkout")
def test_decoder_tags_peoples_daily_test_as_crfsuite_does(tagger):
    sentences = [s.chars for s in read_bio(PD_TEST) if Decoder.handles(s.chars)][:1500]
    assert tagger.decoder.tag(sentences) == [_crfsuite_tags(tagger, s) for s in sentences]


def test_the_shipped_weights_are_the_shipped_model(tagger):
    digest = hashlib.sha256(DEFAULT_MODEL_PATH.read_bytes()).hexdigest()
    assert Decoder.load(DEFAULT_MODEL_PATH.with_suffix(".npz"), tagger.lexicons).digest == digest


def test_weights_saved_and_loaded_tag_alike(tagger, tmp_path):
    tagger.decoder.save(tmp_path / "w.npz")
    again = Decoder.load(tmp_path / "w.npz", tagger.lexicons)
    sentences = [normalize_chars(t) for t in ODD]
    assert again.tag(sentences) == tagger.decoder.tag(sentences)


def test_a_model_without_weights_file_still_gets_a_decoder(tmp_path, tagger):
    model = tmp_path / "copy.crfsuite"
    model.write_bytes(DEFAULT_MODEL_PATH.read_bytes())
    copy = load_tagger(model)
    assert copy.decoder.digest == tagger.decoder.digest
    assert copy.tag_entities("省总工会副主席王建国出席会议。") == tagger.tag_entities("省总工会副主席王建国出席会议。")


def test_table_finds_every_key_and_nothing_else():
    rng = np.random.default_rng(7)
    keys = np.unique(rng.integers(0, 2**62, 5000))
    weights = rng.random((len(keys), 3))
    table = _Table(keys, weights)
    misses = rng.integers(0, 2**62, 5000)
    misses = misses[~np.isin(misses, keys)]
    queries = np.concatenate([keys[::-1], misses, keys[:10]])
    scores = np.zeros((len(queries), 3))
    table.add(scores, queries)
    expected = np.concatenate([weights[::-1], np.zeros((len(misses), 3)), weights[:10]])
    assert np.array_equal(scores, expected)


def test_table_with_colliding_keys():
    keys = np.arange(0, 64, dtype=np.int64) << 58  # the same low bits: Fibonacci hashing still spreads them
    table = _Table(keys, np.arange(64, dtype=float).reshape(64, 1))
    scores = np.zeros((65, 1))
    table.add(scores, np.append(keys, 1))
    assert scores[:64, 0].tolist() == list(range(64)) and scores[64, 0] == 0


@pytest.mark.parametrize("positions", [[0, 3, 0, 0, 2, 3, 9, 0], [5], list(range(7)), [1] * 9])
def test_ner_decoding_marks_add_up_as_np_add_at_does(positions):
    rng = np.random.default_rng(7)
    weights = rng.normal(size=(len(positions), 7)) * 10.0 ** rng.integers(-8, 8, size=(len(positions), 1))
    scores = rng.normal(size=(10, 7))
    expected = scores.copy()
    np.add.at(expected, np.array(positions), weights)
    _add_in_order(scores, np.array(positions), weights)
    assert scores.tobytes() == expected.tobytes()  # the same sums to the last bit
