"""Tests for the character CRF NER (graphbuilder.ner); none trains the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuilder.ner import DEFAULT_MODEL_PATH, load_tagger, split_sentences, tag_entities
from graphbuilder.ner.corpus import bio_spans, normalize_chars, read_bio, to_bioes
from graphbuilder.ner.features import char_type, load_lexicons, sentence_features, word_positions
from graphbuilder.ner.train import evaluate_model, train_model

needs_model = pytest.mark.skipif(not DEFAULT_MODEL_PATH.is_file(), reason="shipped NER model missing")


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons()


@pytest.mark.parametrize(
    ("char", "expected"),
    [("王", "H"), ("三", "N"), ("7", "D"), ("a", "L"), ("，", "P"), (" ", "S")],
)
def test_ner_char_type(char, expected):
    assert char_type(char) == expected


def test_ner_normalize_chars_keeps_one_entry_per_char():
    assert normalize_chars("１９９８年ＡＢ") == ["1", "9", "9", "8", "年", "A", "B"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["O", "I-LOC", "I-LOC", "I-PER"], [(1, 3, "LOC"), (3, 4, "PER")]),
        (["O", "O"], []),
    ],
)
def test_ner_bio_spans(tags, expected):
    assert bio_spans(tags) == expected


@pytest.mark.parametrize(
    ("bio", "bioes"),
    [
        (["B-PER", "I-PER", "I-PER", "O"], ["B-PER", "I-PER", "E-PER", "O"]),
        (["B-LOC", "B-LOC", "I-LOC"], ["S-LOC", "B-LOC", "E-LOC"]),
        (["O", "B-ORG"], ["O", "S-ORG"]),
    ],
)
def test_ner_bioes_tags_give_the_same_spans(bio, bioes):
    assert to_bioes(bio) == bioes
    assert bio_spans(bioes) == bio_spans(bio)


def test_ner_bioes_end_closes_entity():
    assert bio_spans(["B-PER", "E-PER", "I-PER", "S-LOC"]) == [(0, 2, "PER"), (2, 3, "PER"), (3, 4, "LOC")]


def test_ner_word_positions_follow_jieba_words():
    positions, spans = word_positions("我们今天去学校")
    assert positions == ["B", "E", "B", "E", "S", "B", "E"]
    assert spans[3] == (2, 4)


def _feature_snapshot() -> list[dict]:
    path = Path(__file__).parent / "data" / "ner-features.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("row", _feature_snapshot(), ids=lambda row: row["text"][:8])
def test_ner_features_are_those_the_model_was_trained_on(lexicons, row):
    # Written by the feature code the shipped model was trained with (Python jieba's words, commit 5b6b72a):
    # a faster feature builder must give the same strings in the same order.
    assert sentence_features(normalize_chars(row["text"]), lexicons) == row["features"]


def test_ner_features_one_list_per_char(lexicons):
    text = "省总工会副主席王建国出席会议。"
    features = sentence_features(normalize_chars(text), lexicons)
    assert len(features) == len(text)
    assert all(isinstance(f, str) for item in features for f in item)


@pytest.mark.parametrize(
    ("text", "index", "feature"),
    [
        ("副主席王建国讲话", 3, "sur"),  # 王 is a surname
        ("副主席王建国讲话", 3, "tl0"),  # a title ends right before 王
        ("欧阳明出席", 0, "sur2"),  # compound surname
        ("市总工会召开会议", 3, "os=3"),  # 总工会 ends at 会
        ("他来到河南省", 5, "ps=1"),  # 省 is a place-name ending
        ("张明同志说", 1, "tr0"),  # 同志 follows the name
    ],
)
def test_ner_lexicon_features(lexicons, text, index, feature):
    assert feature in sentence_features(normalize_chars(text), lexicons)[index]


def test_ner_features_of_full_width_digits_match_half_width(lexicons):
    full = sentence_features(normalize_chars("１９９８年"), lexicons)
    half = sentence_features(normalize_chars("1998年"), lexicons)
    assert full == half


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一句。第二句！\n第三句", [(0, 4), (4, 8), (8, 9), (9, 12)]),
        ("", []),
        ("没有句号", [(0, 4)]),
    ],
)
def test_ner_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_ner_split_sentences_bounds_length():
    text = "甲" * 30 + "，" + "乙" * 30
    pieces = split_sentences(text, max_chars=40)
    assert pieces == [(0, 31), (31, 61)]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省总工会副主席王建国出席会议并讲话。", {("王建国", "PER"), ("省总工会", "ORG")}),
        ("记者张晓明报道，李红梅同志当选为厂工会主席。", {("张晓明", "PER"), ("李红梅", "PER")}),
        ("国务院总理在北京会见了法国总统。", {("国务院", "ORG"), ("北京", "LOC"), ("法国", "LOC")}),
    ],
)
def test_ner_shipped_model_finds_entities(text, expected):
    found = {(text[s:e], label) for s, e, label in tag_entities(text)}
    assert expected <= found


@needs_model
def test_ner_offsets_index_the_given_text():
    text = "  第一段：市委书记刘志强到工厂调研。\n\n第二段：１９９８年，陈建华在上海工作！"
    spans = tag_entities(text)
    assert ("刘志强", "PER") in {(text[s:e], label) for s, e, label in spans}
    assert ("陈建华", "PER") in {(text[s:e], label) for s, e, label in spans}
    for start, end, label in spans:
        assert 0 <= start < end <= len(text)
        assert label in {"PER", "LOC", "ORG"}
        assert "\n" not in text[start:end]


@needs_model
def test_ner_empty_text_has_no_entities():
    assert tag_entities("") == []
    assert tag_entities("\n\n  \n") == []


TINY_CORPUS = """\
王 B-PER
建 I-PER
国 I-PER
在 O
北 B-LOC
京 I-LOC
。 O

李 B-PER
红 I-PER
去 O
上 B-LOC
海 I-LOC
。 O

工 B-ORG
会 I-ORG
请 O
张 B-PER
明 I-PER
。 O
"""


def test_ner_read_bio_reads_both_separators(tmp_path):
    spaced = tmp_path / "spaced.bio"
    spaced.write_text(TINY_CORPUS, encoding="utf-8")
    tabbed = tmp_path / "tabbed.bio"
    tabbed.write_text(TINY_CORPUS.replace(" ", "\t"), encoding="utf-8")
    assert list(read_bio(spaced)) == list(read_bio(tabbed))
    assert len(list(read_bio(spaced))) == 3


@pytest.mark.parametrize("scheme", ["bioes", "bio"])
def test_ner_tiny_training_round_trips(tmp_path, scheme):
    corpus = tmp_path / "tiny.bio"
    corpus.write_text(TINY_CORPUS, encoding="utf-8")
    model = tmp_path / "tiny.crfsuite"
    summary = train_model([corpus], model, c1=0.0, c2=0.01, max_iterations=50, scheme=scheme)
    assert model.is_file() and summary["chars"] == 19
    scores = evaluate_model(model, corpus)
    assert scores["gold"] == 6
    assert scores["f1"] > 0.9
    assert set(scores["per_type"]) == {"PER", "LOC", "ORG"}
    tagger = load_tagger(model)
    assert ("王建国", "PER") in {("王建国在北京。"[s:e], label) for s, e, label in tagger.tag_entities("王建国在北京。")}


def test_ner_missing_model_is_a_named_error(tmp_path):
    from graphbuilder.ner import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="not found"):
        load_tagger(tmp_path / "absent.crfsuite")


def test_ner_read_bio_rejects_a_line_without_tag(tmp_path):
    from graphbuilder.ner.corpus import CorpusError

    corpus = tmp_path / "broken.bio"
    corpus.write_text("王 B-PER\n建\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="broken.bio:2"):
        list(read_bio(corpus))
