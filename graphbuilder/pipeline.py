"""The whole build: pages → articles → readings → document → RDF → Turtle, GraphML and HTML.

Each page is read on its own (given the paper's city and province), so pages are read in parallel with
``jobs`` and kept in a cache between builds (`graphbuilder.cache`); resolving the readings into one
document, the RDF and the outputs are done over all of them, in page order, so the graph is the same
whatever ``jobs`` and whatever the cache held.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .articles import split_articles
from .cleaning import without_pinyin
from .extract import (ArticleReading, article_person_names, county_paper, own_context, paper_context,
                      page_context, page_year, prefecture_counts, province_context, read_article, tag_all,
                      visited_municipality)
from .gazetteer import Division, Gazetteer
from .organisations import PlaceContext
from .errors import InputError
from .reading import read_pages
from .records import Article, Document, Page
from .resolve import resolve_document

UNLOAD_DICTIONARY_CHARS = 1_000_000
"""A build of more characters than this (about 1,200 articles) lets go of jieba's dictionary after resolving;
a smaller one keeps it for the next build in the same process (reading it again takes a second or two)."""

PAGES_TAGGED_TOGETHER = 4
"""Pages whose articles the NER model tags in one batch: its Viterbi pass takes a step per character of a
batch's longest sentence, so four pages at a time take about 15% less time to tag than one at a time."""

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` while a build runs (stage: read, context, extract, write)."""


@dataclass
class BuildSummary:
    pages: int = 0
    articles: int = 0
    persons: int = 0
    organisations: int = 0
    places: int = 0
    events: int = 0
    triples: int = 0
    seconds: float = 0.0
    cached: int = 0  # pages whose reading came from the cache
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage, in build order
    outputs: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def extract_document(pages: Sequence[Page], *, city: str | None = None, warnings: list[str] | None = None,
                     jobs: int = 1) -> Document:
    """Split every page into articles and read them into one resolved `Document`.

    Args:
        pages: decoded pages (see `reading.read_pages`).
        city: the paper's city (焦作市); inferred from the pages when absent.
        warnings: a list that receives a message for every page without a recognisable article.
        jobs: pages read in parallel (the document is the same whatever the number).
    """
    return resolve_document(read_articles(pages, city=city, warnings=warnings, jobs=jobs))


def read_articles(pages: Sequence[Page], *, city: str | None = None, warnings: list[str] | None = None,
                  jobs: int = 1, cache=None, progress: Progress | None = None,
                  stages: dict[str, float] | None = None) -> list[ArticleReading]:
    """The readings of the articles of every page, in page order (see `extract_document`).

    Args:
        cache: a `graphbuilder.cache.ReadingCache`; pages it holds are not read again, new ones are added.
        progress: called after each page of the context and extract stages.
        stages: receives the seconds spent on ``context`` and ``extract``.
    """
    stages = stages if stages is not None else {}
    began = time.perf_counter()
    gazetteer = Gazetteer.load()
    texts: dict[int, str] = {}  # the words of the pages that are read, as their paragraphs read them

    def words(i: int) -> str:
        if i not in texts:
            texts[i] = without_pinyin(pages[i].text)
        return texts[i]

    counts = None
    if not city:
        counts = [cache.counts(p) if cache is not None else None for p in pages]
        todo = [i for i, c in enumerate(counts) if c is None]
        # A worker is given a quarter of its share at a time (a page takes a millisecond to count, and every
        # hand-over waits for this process), which meanwhile loads what the extract stage's workers will share.
        for i, found in zip(todo, _map(_prefecture_counts, [words(i) for i in todo], jobs, "context",
                                       progress, done=len(pages) - len(todo), total=len(pages),
                                       chunk=-(-len(todo) // (jobs * 4)), meanwhile=_warm_up)):
            counts[i] = found
            if cache is not None:
                cache.put_counts(pages[i], found)
    paper = page_context([], gazetteer, city, counts=counts)
    stages["context"] = time.perf_counter() - began

    # A page's own context (its county, a masthead's city ...) follows from its text, its counts and the paper's
    # context: pages the cache holds need none, the others have it found by the worker that reads them.
    began = time.perf_counter()
    given = bool(city)
    per_page = [cache.readings(p, paper, given) if cache is not None else None for p in pages]
    todo = [i for i, r in enumerate(per_page) if r is None]
    per_group = max(1, min(PAGES_TAGGED_TOGETHER, len(todo) // jobs))  # a group for each worker at least
    groups = [[(pages[i], words(i), counts[i] if counts else None, paper, given) for i in todo[k:k + per_group]]
              for k in range(0, len(todo), per_group)]
    # Workers send each page's readings pickled, as they would be sent anyway: the cache keeps those bytes.
    read = _read_pages_in_context_pickled if jobs > 1 else _read_pages_in_context
    if jobs > 1 and len(groups) > 1:
        _warm_up()  # loaded once here and shared by the forked workers (done already if the context stage was)
    found = (result for group in _map(read, groups, jobs, "extract", progress, done=len(pages) - len(todo),
                                      total=len(pages), size=len) for result in group)
    for i, result in zip(todo, found):
        pickled = result if jobs > 1 else None
        per_page[i] = pickle.loads(pickled) if pickled is not None else result
        if cache is not None:
            cache.put_readings(pages[i], paper, given, per_page[i], pickled)
    stages["extract"] = time.perf_counter() - began
    stages["cached pages"] = len(pages) - len(todo)
    readings = []
    for page, page_readings in zip(pages, per_page):
        if not page_readings and warnings is not None:
            warnings.append(f"{page.source}: no article found on this page (is it a newspaper page?)")
        readings += page_readings
    return readings


def _no_article(pages: Sequence[Page]) -> str:
    if len(pages) == 1:
        return f"{pages[0].source}: no article found on this page (is it a newspaper page?)"
    return f"no article found on any of the {len(pages)} pages (are they newspaper pages?)"


def read_page(page: Page, context: PlaceContext, gazetteer: Gazetteer | None = None) -> list[ArticleReading]:
    """The readings of one page's articles, each read knowing the names found in the page's other articles.

    The names are those a reading without them finds; only its persons are needed for that, and they do not
    depend on the rest of the reading, so a first pass finds the persons alone.
    """
    return _read_pages([(page, context)], gazetteer)[0]


def _read_pages(pages: Sequence[tuple[Page, PlaceContext]], gazetteer: Gazetteer | None = None
                ) -> list[list[ArticleReading]]:
    """`read_page` of each (page, context), the articles of all the pages tagged in one batch."""
    gazetteer = gazetteer or Gazetteer.load()
    articles = [split_articles(page) for page, _ in pages]
    tag_all([a.body for page_articles in articles for a in page_articles])
    return [_read_split_page(page, page_articles, context, gazetteer)
            for (page, context), page_articles in zip(pages, articles)]


def own_page_context(text: str, gazetteer: Gazetteer, counts: Counter[Division] | None, paper: PlaceContext,
                     given: bool = False) -> PlaceContext:
    """A page's own context: the paper's (``given``: the user named its city), or its masthead's or the city it
    names decisively, narrowed to a county paper's county, widened to the one province a page of no city names.

    Args:
        text: the page's words (`cleaning.without_pinyin` of its text).
        counts: its `extract.prefecture_counts` (None when ``given``).
        paper: the paper's context (`extract.page_context` of all the pages).
    """
    context = paper if given else paper_context(text, gazetteer, counts, paper)
    context = county_paper(text, gazetteer, context)
    if context.province is None:
        context = province_context(text, gazetteer) or context
    if not given:  # 辽宁代表团抵达北京: a 辽宁 paper's page, though it names 北京 more than any city
        context = visited_municipality(text, gazetteer, context)
    return context


def _read_pages_in_context(items: Sequence[tuple[Page, str, Counter[Division] | None, PlaceContext, bool]]
                           ) -> list[list[ArticleReading]]:
    """`_read_pages` of pages given as (page, its words, its counts, the paper's context, whether it was given)."""
    gazetteer = Gazetteer.load()
    return _read_pages([(page, own_page_context(text, gazetteer, counts, paper, given))
                        for page, text, counts, paper, given in items], gazetteer)


def _read_pages_in_context_pickled(items: Sequence[tuple[Page, str, Counter[Division] | None, PlaceContext, bool]]
                                   ) -> list[bytes]:
    """`_read_pages_in_context`, each page's readings pickled."""
    return [pickle.dumps(readings, pickle.HIGHEST_PROTOCOL) for readings in _read_pages_in_context(items)]


def _read_split_page(page: Page, articles: list[Article], context: PlaceContext, gazetteer: Gazetteer
                     ) -> list[ArticleReading]:
    """The readings of a page's articles, tagged already (see `read_page`)."""
    year = page_year([page.text], page.published, Path(page.source).name)
    known = tuple(dict.fromkeys(name for a in articles for name, source in article_person_names(a)
                                if source != "repeat"))
    return [read_article(a, gazetteer=gazetteer, page=context, year=year, known_persons=known) for a in articles]


def _prefecture_counts(text: str) -> Counter[Division]:
    return prefecture_counts(text, Gazetteer.load())


def _map(function, items: list, jobs: int, stage: str, progress: Progress | None, *, done: int,
         total: int, size: Callable[[object], int] = lambda item: 1, chunk: int | None = None,
         meanwhile: Callable[[], object] | None = None) -> Iterator:
    """``function`` over ``items`` in order, in ``jobs`` processes when there is more than one item each.

    Progress counts ``size(item)`` of each item done (the pages of a group of pages). A worker is given
    ``chunk`` items at a time (by default up to 8 pages). ``meanwhile`` is called in this process once the
    workers have started, if there are workers."""
    if progress is not None:
        progress(stage, done, total)
    if jobs > 1 and len(items) > 1:
        import multiprocessing  # here: a build of one process needs neither (three hundredths of a second)
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
            chunk = chunk or max(1, min(8, len(items) // (jobs * 8)) // max(map(size, items)))
            results = pool.map(function, items, chunksize=chunk)  # the workers are forked here
            if meanwhile is not None:
                meanwhile()
            for item, result in zip(items, results):
                done += size(item)
                if progress is not None:
                    progress(stage, done, total)
                yield result
        return
    for item in items:
        result = function(item)
        done += size(item)
        if progress is not None:
            progress(stage, done, total)
        yield result


def _warm_up() -> None:
    """Load what every page's reading needs, so forked workers share it instead of each loading it."""
    from . import extract, lexicons, segmenter

    Gazetteer.load()
    segmenter.person_names()
    segmenter.cut("工会")  # rjieba reads its dictionary on first use
    extract.tag("工会")  # the NER model and its word lists
    lexicons.event_triggers()
    lexicons.role_triggers()


def build(inputs: Sequence[str | Path], outdir: Path, *, published: dt.date | None = None, city: str | None = None,
          base: str | None = None, jobs: int = 1, store: Path | None = None, incremental: bool = True,
          progress: Progress | None = None) -> BuildSummary:
    """Build the graph of `inputs` and write OUTDIR/graph.ttl, graph.graphml and graph.html.

    Outputs are rendered in memory and replace earlier ones only when all three are ready. With ``store``,
    the graph is also written to that folder as an Oxigraph store (`graphbuilder.store.write_store`).

    Args:
        jobs: pages read in parallel (and with more than one, the Turtle written by another process while the
            triples are made); the graph is the same whatever the number.
        incremental: keep each page's reading in OUTDIR (`graphbuilder.cache`) and reuse it next time.
        progress: called as ``progress(stage, done, total)`` while pages are read and outputs written.
    """
    import gc

    import pyoxigraph as ox

    from . import segmenter
    from .cache import ReadingCache
    from .network import NetworkTables, network_of_tables
    from .outputs import TurtleProcess, turtle_of_ntriples, write_outputs
    from .rdf import DEFAULT_BASE, ntriples_chunks
    from .store import new_graph

    # A build makes millions of small objects that live to its end, with next to no reference cycles: the cyclic
    # collector would walk them over and over (half the time after reading at 10,000 articles) to free nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        began = time.perf_counter()
        summary = BuildSummary()
        stages = summary.stages
        clock = time.perf_counter()
        pages = read_pages(inputs, published=published)
        stages["read"] = time.perf_counter() - clock
        cache = ReadingCache(Path(outdir)) if incremental else None
        readings = read_articles(pages, city=city, warnings=summary.warnings, jobs=jobs, cache=cache,
                                 progress=progress, stages=stages)
        summary.cached = int(stages.pop("cached pages"))
        if not readings:
            raise InputError(_no_article(pages))

        clock = time.perf_counter()
        document = resolve_document(readings)
        del readings
        if cache is not None:
            cache.release()  # the readings: memory for the triples
        if sum(len(p.text) for p in pages) > UNLOAD_DICTIONARY_CHARS:
            segmenter.unload()  # what follows needs no dictionary: 100 MB more for the triples
        stages["resolve"] = time.perf_counter() - clock

        summary.articles = len(document.articles)
        summary.persons = len(document.persons)
        summary.organisations = len(document.organisations)
        summary.places = len(document.places)
        summary.events = len(document.events)

        clock = time.perf_counter()
        tables = NetworkTables()  # filled as the triples are written: the NetworkX view needs no pass over them
        kept: list[bytes] | None = [] if store is not None else None  # the N-Triples, for the store
        stages["rdf"] = 0.0
        pieces = _written(ntriples_chunks(document, base or DEFAULT_BASE, tables=tables), summary, kept)
        with contextlib.ExitStack() as stack:
            if jobs > 1:  # the Turtle on the second core, while this process writes the triples and the network
                writer = stack.enter_context(TurtleProcess())
                for piece in pieces:
                    writer.send(piece)
                writer.close()
            else:
                turtle = turtle_of_ntriples(pieces)  # the triples are written as it reads them
            stages["turtle"] = time.perf_counter() - clock - stages["rdf"]
            del document, pieces  # a year of pages: what is not needed any more goes before the next big step
            graph = None
            if kept is not None:
                clock = time.perf_counter()
                native = ox.Store()
                native.bulk_load(b"".join(kept), format=ox.RdfFormat.N_TRIPLES)
                graph = new_graph(native)
                stages["load"] = time.perf_counter() - clock
            del kept
            clock = time.perf_counter()
            network = network_of_tables(tables)  # no store to load and query
            del tables
            stages["network"] = time.perf_counter() - clock
            if jobs > 1:
                clock = time.perf_counter()
                turtle = writer.result()  # the seconds it still takes count to the Turtle
                stages["turtle"] += time.perf_counter() - clock

        try:
            summary.outputs = write_outputs(graph, Path(outdir), title=_title(pages), turtle=turtle, network=network,
                                            stages=stages, progress=progress)
        finally:
            if not isinstance(turtle, bytes):
                turtle.close()  # the file `TurtleProcess` wrote
        del turtle, network
        if store is not None:
            from .store import write_store

            clock = time.perf_counter()
            summary.outputs["store"] = write_store(graph, Path(store))
            stages["store"] = time.perf_counter() - clock
        if cache is not None:
            clock = time.perf_counter()
            cache.save(pages)
            stages["cache"] = time.perf_counter() - clock
        summary.pages = len(pages)
        summary.seconds = time.perf_counter() - began
        return summary
    finally:
        if collecting:
            gc.enable()


def _written(pieces: Iterator[bytes], summary: BuildSummary, kept: list[bytes] | None) -> Iterator[bytes]:
    """The pieces of N-Triples, as they are written: their triples (one a line) are counted into ``summary``,
    the seconds spent writing them into its ``rdf`` stage, and each piece is added to ``kept`` if given."""
    while True:
        began = time.perf_counter()
        piece = next(pieces, None)
        summary.stages["rdf"] += time.perf_counter() - began
        if piece is None:
            return
        summary.triples += piece.count(b"\n")
        if kept is not None:
            kept.append(piece)
        yield piece


def _title(pages: Sequence[Page]) -> str:
    if len(pages) == 1:
        return f"graphbuilder · {pages[0].source}"
    return f"graphbuilder · {len(pages)} pages"
