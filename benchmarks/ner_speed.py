"""Tagging speed of the shipped NER model: the numpy decoder against crfsuite, on the same sentences.

    python benchmarks/ner_speed.py ../shared/datasets/peoples-daily-ner/example.test [--repeat 3]

Reads a BIO corpus, keeps its text, and times (best of ``--repeat``, one process, one core) tagging every
sentence: with `Tagger.tag_sentences` in batches of 100 sentences (about a page of news; what a build does), and
one sentence at a time through crfsuite (features built in Python, then ``pycrfsuite.Tagger.tag``) as before.
Prints characters per second and whether both gave the same tags.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from graphbuilder.ner import load_tagger
from graphbuilder.ner.corpus import read_bio
from graphbuilder.ner.features import sentence_features

BATCH = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tagger = load_tagger()
    sentences = [s.chars for s in read_bio(args.corpus) if s.chars]
    chars = sum(len(s) for s in sentences)

    def batched() -> list[list[str]]:
        tags: list[list[str]] = []
        for start in range(0, len(sentences), BATCH):
            tags += tagger.tag_sentences(sentences[start : start + BATCH])
        return tags

    def crfsuite() -> list[list[str]]:
        return [tagger._crf.tag(sentence_features(s, tagger.lexicons)) for s in sentences]

    results = {}
    for name, run in (("numpy decoder, 100 sentences a batch", batched), ("crfsuite, one sentence at a time", crfsuite)):
        best = float("inf")
        for _ in range(args.repeat):
            began = time.process_time()
            tags = run()
            best = min(best, time.process_time() - began)
        results[name] = tags
        print(f"{name:40} {chars / best:>10,.0f} chars/s  ({len(sentences):,} sentences, {chars:,} chars)")
    first, second = results.values()
    print("same tags:", first == second)


if __name__ == "__main__":
    main()
