"""Train and evaluate the NER CRF on character-per-line BIO corpora.

Example:
    python -m graphbuilder.ner.train \\
        --corpus /path/to/train.msra-derived.full.bio --out graphbuilder/models/ner.crfsuite
    python -m graphbuilder.ner.train --evaluate graphbuilder/models/ner.crfsuite \\
        --corpus /path/to/example.test
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pycrfsuite

from graphbuilder.ner import load_tagger
from graphbuilder.ner.corpus import LABELS, bio_spans, read_bio, to_bioes
from graphbuilder.ner.dictionary import build_dictionary, dictionary_path, fold_dictionaries
from graphbuilder.ner.features import Lexicons, load_lexicons, sentence_features

DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.01
DEFAULT_MAX_ITERATIONS = 300
DEFAULT_SCHEME = "bioes"
DEFAULT_FOLDS = 0  # the dictionary helps on the PD split, hurts on new pages: see benchmarks/ner.md
SCHEMES = ("bio", "bioes")


class _ReportingTrainer(pycrfsuite.Trainer):
    """A crfsuite trainer that reports every tenth L-BFGS iteration instead of printing its log."""

    def __init__(self, report: Callable[[str], None]):
        super().__init__(verbose=False)
        self.report = report

    def message(self, message):
        if self.logparser.feed(message) == "iteration":
            info = self.logparser.last_iteration
            if info["num"] % 10 == 0:
                self.report(
                    f"iteration {info['num']}: loss {info['loss']:.1f}, "
                    f"{info['active_features']} active features, {info['time']:.1f}s"
                )


def train_model(
    corpus_paths: Iterable[str | Path],
    model_path: str | Path,
    *,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    scheme: str = DEFAULT_SCHEME,
    dictionary_folds: int = DEFAULT_FOLDS,
    lexicons: Lexicons | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Train a CRF (L-BFGS, elastic net) on BIO corpora and save it to ``model_path``.

    Args:
        corpus_paths: BIO files (``char tag`` or ``char<TAB>tag``), all used for training.
        model_path: where to write the ``.crfsuite`` model.
        c1, c2: L1 and L2 regularisation; a larger ``c1`` gives a smaller model.
        max_iterations: L-BFGS iterations.
        scheme: ``"bioes"`` (begin/inside/end/single: the shipped model, +0.4 F1 on PD test) or
            ``"bio"`` (tags as in the corpus); tagging reads either.
        dictionary_folds: use the corpus's names as features (``dictionary.py``), each
            sentence seeing the names of the other folds; 0 for no dictionary. The full
            dictionary is written beside the model.
        progress: called with a line of text at each stage (e.g. ``print`` to stderr).

    Returns:
        A summary: sentences, characters, seconds spent, model size in bytes.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tag scheme {scheme!r}: use one of {', '.join(SCHEMES)}")
    say = progress or (lambda _line: None)
    lexicons = lexicons if lexicons is not None else load_lexicons()
    trainer = _ReportingTrainer(say)
    sentences = chars = 0
    started = time.perf_counter()
    corpus = [sentence for path in corpus_paths for sentence in read_bio(path)]
    folds = fold_dictionaries(corpus, dictionary_folds) if dictionary_folds > 1 else None
    for i, sentence in enumerate(corpus):
        tags = to_bioes(sentence.tags) if scheme == "bioes" else sentence.tags
        entities = folds[i % len(folds)] if folds else None
        trainer.append(sentence_features(sentence.chars, lexicons, entities), tags)
        sentences += 1
        chars += len(sentence.chars)
    features_seconds = time.perf_counter() - started
    say(f"features for {sentences} sentences, {chars} chars in {features_seconds:.0f}s")
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    names = dictionary_path(model_path)
    names.unlink(missing_ok=True)
    weights = model_path.with_suffix(".npz")
    weights.unlink(missing_ok=True)
    trainer.train(str(model_path))
    if folds:
        build_dictionary(corpus).save(names)
    else:  # the weights as numpy arrays, for tagging in batches (graphbuilder.ner.decoding)
        load_tagger(model_path).decoder.save(weights)
    seconds = time.perf_counter() - started
    say(f"trained {model_path} in {seconds:.0f}s")
    return {
        "sentences": sentences,
        "chars": chars,
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "scheme": scheme,
        "dictionary_folds": dictionary_folds if folds else 0,
        "iterations": len(trainer.logparser.iterations),
        "seconds": round(seconds, 1),
        "model_bytes": model_path.stat().st_size,
    }


def evaluate_model(model_path: str | Path, corpus_path: str | Path) -> dict:
    """Entity-level exact-match precision, recall and F1 of a model on a BIO corpus.

    Returns:
        ``{"precision", "recall", "f1", "gold", "predicted", "correct", "chars",
        "per_type": {"PER": {...}, "LOC": {...}, "ORG": {...}}}`` (micro-averaged at the top).
    """
    tagger = load_tagger(model_path)
    gold: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    sentences = list(read_bio(corpus_path))
    chars = sum(len(sentence.chars) for sentence in sentences)
    for start in range(0, len(sentences), 500):
        batch = sentences[start : start + 500]
        for sentence, tags in zip(batch, tagger.tag_sentences([s.chars for s in batch])):
            gold_spans = set(bio_spans(sentence.tags))
            found = set(bio_spans(tags))
            gold.update(label for *_span, label in gold_spans)
            predicted.update(label for *_span, label in found)
            correct.update(label for *_span, label in gold_spans & found)
    labels = sorted(set(LABELS) | set(gold) | set(predicted), key=_label_order)
    result = _scores(sum(gold.values()), sum(predicted.values()), sum(correct.values()))
    result["chars"] = chars
    result["per_type"] = {label: _scores(gold[label], predicted[label], correct[label]) for label in labels}
    return result


def _label_order(label: str) -> tuple[int, str]:
    return (LABELS.index(label) if label in LABELS else len(LABELS), label)


def _scores(gold: int, predicted: int, correct: int) -> dict:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
    }


def format_scores(scores: dict) -> str:
    """A small text table of micro and per-type P/R/F1 (percentages)."""
    rows = [("micro", scores)] + list(scores["per_type"].items())
    lines = [f"{'':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for name, s in rows:
        lines.append(
            f"{name:6} {100 * s['precision']:6.2f} {100 * s['recall']:6.2f} "
            f"{100 * s['f1']:6.2f} {s['gold']:6d}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: train with ``--corpus ... --out MODEL``, or ``--evaluate MODEL --corpus TEST``."""
    parser = argparse.ArgumentParser(prog="python -m graphbuilder.ner.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", required=True, type=Path,
                        help="BIO corpus file; repeat to train on several")
    parser.add_argument("--out", type=Path, help="where to write the trained model")
    parser.add_argument("--evaluate", type=Path, metavar="MODEL",
                        help="evaluate MODEL on each --corpus instead of training")
    parser.add_argument("--c1", type=float, default=DEFAULT_C1)
    parser.add_argument("--c2", type=float, default=DEFAULT_C2)
    parser.add_argument("--max-iterations", type=int, default=DEFAULT_MAX_ITERATIONS)
    parser.add_argument("--scheme", choices=SCHEMES, default=DEFAULT_SCHEME,
                        help="tag scheme the model learns (default: %(default)s)")
    parser.add_argument("--dictionary-folds", type=int, default=DEFAULT_FOLDS, metavar="K",
                        help="names of the corpus as features, jackknifed over K folds; "
                             "0 for none (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    args = parser.parse_args(argv)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    if args.evaluate is not None:
        for corpus in args.corpus:
            scores = evaluate_model(args.evaluate, corpus)
            if args.json:
                print(json.dumps({"corpus": str(corpus), **scores}, ensure_ascii=False))
            else:
                print(f"{corpus}\n{format_scores(scores)}")
        return 0
    if args.out is None:
        parser.error("give --out MODEL to train, or --evaluate MODEL to evaluate")
    summary = train_model(args.corpus, args.out, c1=args.c1, c2=args.c2,
                          max_iterations=args.max_iterations, scheme=args.scheme,
                          dictionary_folds=args.dictionary_folds,
                          progress=progress)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
