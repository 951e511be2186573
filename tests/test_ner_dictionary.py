"""The NER's dictionary of names seen in the training corpus, and its jackknifed training folds."""
from graphbuilder.ner import load_tagger
from graphbuilder.ner.corpus import Sentence, read_bio
from graphbuilder.ner.dictionary import (
    EntityDictionary,
    build_dictionary,
    dictionary_path,
    fold_dictionaries,
)
from graphbuilder.ner.train import train_model


def _sentence(text: str, spans: list[tuple[int, int, str]]) -> Sentence:
    tags = ["O"] * len(text)
    for start, end, label in spans:
        tags[start] = "B-" + label
        tags[start + 1 : end] = ["I-" + label] * (end - start - 1)
    return Sentence(list(text), tags)


def test_dictionary_marks_the_longest_name_of_each_label():
    names = EntityDictionary({"新华社": ["ORG"], "新华": ["LOC"], "北京": ["LOC", "ORG"], "王": ["PER"]})
    assert len(names) == 3  # one-character names are left out
    features = names.features("新华社北京电")
    assert features[0] == ["dORG=B", "dLOC=B"]
    assert features[1] == ["dORG=M", "dLOC=E"]
    assert features[2] == ["dORG=E"]
    assert sorted(features[3]) == ["dLOC=B", "dORG=B"]
    assert features[5] == []


def test_dictionary_built_from_a_corpus_keeps_every_label():
    corpus = [
        _sentence("李明在北京。", [(0, 2, "PER"), (3, 5, "LOC")]),
        _sentence("北京队赢了。", [(0, 2, "ORG")]),
    ]
    names = build_dictionary(corpus)
    assert names.labels == {"李明": ("PER",), "北京": ("LOC", "ORG")}


def test_fold_dictionaries_leave_each_folds_own_names_out():
    corpus = [
        _sentence("李明来了。", [(0, 2, "PER")]),
        _sentence("张红来了。", [(0, 2, "PER")]),
        _sentence("李明走了。", [(0, 2, "PER")]),
    ]
    first, second = fold_dictionaries(corpus, 2)  # fold 0: sentences 0 and 2; fold 1: sentence 1
    assert "张红" in first and "李明" not in first
    assert "李明" in second and "张红" not in second


def test_dictionary_saved_beside_the_model_and_read_by_the_tagger(tmp_path):
    corpus_file = tmp_path / "tiny.bio"
    lines = []
    for text, spans in [("王建国在北京。", [(0, 3, "PER"), (4, 6, "LOC")]),
                        ("李红去北京。", [(0, 2, "PER"), (3, 5, "LOC")]),
                        ("王建国去上海。", [(0, 3, "PER"), (4, 6, "LOC")])]:
        sentence = _sentence(text, spans)
        lines += [f"{c} {t}" for c, t in zip(sentence.chars, sentence.tags)] + [""]
    corpus_file.write_text("\n".join(lines), encoding="utf-8")
    model = tmp_path / "tiny.crfsuite"
    summary = train_model([corpus_file], model, c1=0.0, c2=0.01, max_iterations=30, dictionary_folds=2)
    assert summary["dictionary_folds"] == 2
    assert dictionary_path(model) == tmp_path / "tiny.entities.tsv"
    saved = EntityDictionary.load(dictionary_path(model))
    assert saved.labels == build_dictionary(read_bio(corpus_file)).labels
    assert load_tagger(model).entities.labels == saved.labels

    train_model([corpus_file], model, c1=0.0, c2=0.01, max_iterations=30, dictionary_folds=0)
    assert not dictionary_path(model).exists()
    assert load_tagger(model).entities is None
