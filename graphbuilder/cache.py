"""The build cache: what each page read, kept in OUTDIR by the page's content hash and the extractor's version.

A re-run of `graphbuilder build` into the same OUTDIR reads only the pages it has not read before; the rest
(resolving, RDF, outputs) is done again over every input, so the graph is the one a full build gives, and
the facts of a removed input are gone. The extractor's version is a hash of the code, word lists, gazetteer,
model and segmenter extraction runs on: any change there starts the cache afresh.

Entries are Python pickles that graphbuilder writes into OUTDIR for itself; loading one runs whatever it
holds, so give ``--output`` a folder only you can write to.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import pickle
import shutil
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from .gazetteer import Division
from .organisations import PlaceContext
from .records import Page
from .resources import data_path, ontology_path

CACHE_FOLDER = ".graphbuilder-cache"
# What extraction reads: the modules of these stages, the NER package and model, the data and trigger words.
_EXTRACTION_MODULES = ("articles", "cleaning", "reading", "extract", "persons", "organisations", "places",
                       "events", "dates", "gazetteer", "lexicons", "segmenter", "sentences", "records")
_SEGMENTERS = ("jieba", "rjieba")  # their dictionaries and cutting are part of extraction too
_FORMAT = "readings pickled in the entry"  # of an entry: another one starts the cache afresh


@functools.cache
def extractor_version() -> str:
    """A hash of everything a page's reading depends on besides the page: code, data, model, segmenters."""
    package = Path(__file__).resolve().parent
    files = [package / f"{name}.py" for name in _EXTRACTION_MODULES]
    for folder in (package / "ner", package / "models", data_path("lexicons"), data_path("gazetteer")):
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files += [ontology_path("event-types.ttl"), ontology_path("roles.ttl")]
    segmenters = "".join(f"{name} {_version(name)}\n" for name in _SEGMENTERS)
    digest = hashlib.sha256(f"{_FORMAT}\n{segmenters}".encode())
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def content_hash(page: Page) -> str:
    """The hash of a page's content (its decoded text, so the same text in any encoding is one page)."""
    return hashlib.sha256(page.original.encode("utf-8", "surrogatepass")).hexdigest()


def context_key(page: Page, paper: PlaceContext, given: bool) -> str:
    """What a page's reading depends on besides its content: the paper's places (and whether the user named its
    city, which the page's own context then follows) and the publication date."""
    codes = [d.code if d is not None else "" for d in (paper.province, paper.city, paper.county)]
    return "|".join(["given" if given else "inferred", *codes, page.published.isoformat() if page.published else ""])


class ReadingCache:
    """The cache of one OUTDIR: `counts` and `readings` of pages by content hash; `save` writes what is new
    and removes the entries of pages that are no longer inputs."""

    def __init__(self, outdir: Path) -> None:
        self.root = Path(outdir) / CACHE_FOLDER
        self.folder = self.root / extractor_version()
        self._entries: dict[str, dict[str, Any]] = {}
        self._changed: set[str] = set()

    def _entry(self, key: str) -> dict[str, Any]:
        entry = self._entries.get(key)
        if entry is None:
            entry = {"counts": None, "readings": {}}
            with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                                     TypeError, ValueError):
                loaded = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
                if isinstance(loaded, dict) and "readings" in loaded:
                    entry = loaded
            self._entries[key] = entry
        return entry

    def counts(self, page: Page) -> Counter[Division] | None:
        """The page's `extract.prefecture_counts`, if cached."""
        return self._entry(content_hash(page))["counts"]

    def put_counts(self, page: Page, counts: Counter[Division]) -> None:
        key = content_hash(page)
        self._entry(key)["counts"] = counts
        self._changed.add(key)

    def readings(self, page: Page, paper: PlaceContext, given: bool = False) -> list | None:
        """The page's article readings in a paper of this context, if cached (their source set to this page's).

        Args:
            given: whether the user named the paper's city (`pipeline.own_page_context`).
        """
        pickled = self._entry(content_hash(page))["readings"].get(context_key(page, paper, given))
        if pickled is None:
            return None
        return [r if r.article.source == page.source else replace(r, article=replace(r.article, source=page.source))
                for r in pickle.loads(pickled)]

    def put_readings(self, page: Page, paper: PlaceContext, given: bool, readings: list,
                     pickled: bytes | None = None) -> None:
        """Keep the page's readings, pickled (``pickled``, when the caller has them so already): `save` writes
        them without pickling them again, and the build lets go of the readings once they are resolved."""
        key = content_hash(page)
        if pickled is None:
            pickled = pickle.dumps(readings, pickle.HIGHEST_PROTOCOL)
        self._entry(key)["readings"] = {context_key(page, paper, given): pickled}  # one context per page is kept
        self._changed.add(key)

    def release(self) -> None:
        """Let go of the entries read from disk, which `save` does not write again (they would be read again
        from disk if asked for)."""
        self._entries = {key: self._entries[key] for key in self._changed}

    def save(self, pages: list[Page]) -> None:
        """Write the new entries; remove those of other pages and of other extractor versions."""
        self.folder.mkdir(parents=True, exist_ok=True)
        keep = {f"{content_hash(p)}.pickle" for p in pages}
        for key in self._changed:
            _write_atomic(self.folder / f"{key}.pickle", pickle.dumps(self._entries[key], pickle.HIGHEST_PROTOCOL))
        for path in self.folder.iterdir():
            if path.name not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
        for other in self.root.iterdir():
            if other != self.folder:
                shutil.rmtree(other, ignore_errors=True)
        self._changed.clear()


def _write_atomic(path: Path, data: bytes) -> None:
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
