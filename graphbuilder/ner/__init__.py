"""Person, place and organisation names (PER / LOC / ORG) found by a character CRF.

    >>> from graphbuilder.ner import tag_entities
    >>> tag_entities("省总工会副主席王建国出席会议并讲话。")
    [(0, 4, 'ORG'), (7, 10, 'PER')]

The shipped model (``graphbuilder/models/ner.crfsuite``) is trained by
``python -m graphbuilder.ner.train``; see ``benchmarks/ner.md`` for its scores.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from graphbuilder.errors import InputError
from graphbuilder.ner.corpus import bio_spans, normalize_chars
from graphbuilder.ner.decoding import Decoder
from graphbuilder.ner.dictionary import EntityDictionary, dictionary_path
from graphbuilder.ner.features import Lexicons, load_lexicons, sentence_features

__all__ = [
    "DEFAULT_MODEL_PATH",
    "ModelNotFoundError",
    "Tagger",
    "default_tagger",
    "load_decoder",
    "load_tagger",
    "split_sentences",
    "tag_entities",
]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner.crfsuite"
MAX_SENTENCE_CHARS = 500

_SENTENCE_END = re.compile(r"[^。！？；\n]*[。！？；\n]?")
_CLAUSE_END = re.compile(r"[，、,：:]")

_default_tagger: Tagger | None = None
_default_lock = threading.Lock()


class ModelNotFoundError(InputError, FileNotFoundError):
    """The CRF model file does not exist."""


class Tagger:
    """A loaded NER model; tags characters and finds entity spans in text.

    Sentences are tagged in batches by `decoding.Decoder` (numpy, with the model's weights, read from the
    ``.npz`` beside the model when it matches it); crfsuite tags the few it cannot, and every sentence of a
    model with an entity dictionary.
    """

    def __init__(self, model_path: str | Path, lexicons: Lexicons | None = None):
        path = Path(model_path)
        if not path.is_file():
            raise ModelNotFoundError(
                f"NER model {path} not found (train one with "
                "`python -m graphbuilder.ner.train --corpus TRAIN.bio --out MODEL`)"
            )
        self.model_path = path
        self.lexicons = lexicons if lexicons is not None else load_lexicons()
        names = dictionary_path(path)
        self.entities = EntityDictionary.load(names) if names.is_file() else None
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(path))
        self._lock = threading.Lock()  # a crfsuite tagger is not re-entrant
        self.decoder = None if self.entities is not None else load_decoder(path, self._crf, self.lexicons)

    def tag_chars(self, chars: Sequence[str]) -> list[str]:
        """BIO tags for one sentence given as NFKC-normalised characters."""
        return self.tag_sentences([chars])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The tags of each sentence (NFKC-normalised characters), in one batch."""
        tags: list[list[str]] = [[] for _ in sentences]
        batch = [k for k, chars in enumerate(sentences)
                 if chars and self.decoder is not None and Decoder.handles(chars)]
        if batch:
            for k, found in zip(batch, self.decoder.tag([sentences[k] for k in batch])):
                tags[k] = found
        for k, chars in enumerate(sentences):
            if chars and not tags[k]:
                features = sentence_features(chars, self.lexicons, self.entities)
                with self._lock:
                    tags[k] = self._crf.tag(features)
        return tags

    def tag_entities(self, text: str) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` in ``text``; end exclusive, ``text[start:end]``
        is the name, labels are ``"PER"``, ``"LOC"`` and ``"ORG"``.

        The text is split into sentences at 。！？； and line breaks first, so a name is never
        found across a line break.
        """
        return self.tag_texts([text])[0]

    def tag_texts(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """`tag_entities` of several texts, tagged together (faster than one at a time)."""
        pieces: list[tuple[int, int, int]] = []  # (text, start, end) of each sentence
        sentences: list[list[str]] = []
        for k, text in enumerate(texts):
            chars = normalize_chars(text)
            for start, end in split_sentences(text):
                if not text[start:end].isspace():
                    pieces.append((k, start, end))
                    sentences.append(chars[start:end])
        spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for (k, start, _), tags in zip(pieces, self.tag_sentences(sentences)):
            spans[k].extend((start + s, start + e, label) for s, e, label in bio_spans(tags))
        return spans


def load_decoder(model_path: Path, crf: pycrfsuite.Tagger, lexicons: Lexicons) -> Decoder:
    """The model's weights for `decoding.Decoder`: from ``MODEL.npz`` when it was made from this very model
    file, else read from the model (about a second)."""
    digest = hashlib.sha256(model_path.read_bytes()).hexdigest()
    arrays = model_path.with_suffix(".npz")
    if arrays.is_file():
        decoder = Decoder.load(arrays, lexicons)
        if decoder.digest == digest:
            return decoder
    return Decoder.from_model(crf, lexicons, digest)


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text``: each ends after 。！？； or a line break.

    A sentence longer than ``max_chars`` is cut after its last comma-like mark before the
    limit (or at the limit when there is none), to bound tagging cost.
    """
    pieces: list[tuple[int, int]] = []
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        while end - start > max_chars:
            window = text[start : start + max_chars]
            cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
            cut = start + (cuts[-1] if cuts else max_chars)
            pieces.append((start, cut))
            start = cut
        if end > start:
            pieces.append((start, end))
    return pieces


def load_tagger(path: str | Path | None = None) -> Tagger:
    """A tagger for the model at ``path`` (default: the shipped ``models/ner.crfsuite``)."""
    return Tagger(path if path is not None else DEFAULT_MODEL_PATH)


def default_tagger() -> Tagger:
    """The tagger of the shipped model, loaded once."""
    global _default_tagger
    if _default_tagger is None:
        with _default_lock:
            if _default_tagger is None:
                _default_tagger = load_tagger()
    return _default_tagger


def tag_entities(text: str) -> list[tuple[int, int, str]]:
    """PER / LOC / ORG spans in ``text`` found by the shipped model (loaded once, cached).

    Returns:
        ``(start, end, label)`` tuples, end exclusive, in text order.
    """
    return default_tagger().tag_entities(text)
