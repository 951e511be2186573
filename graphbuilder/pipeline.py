"""The whole build: pages → articles → readings → document → RDF → Turtle, GraphML and HTML."""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .articles import split_articles
from .extract import page_context, page_year, read_article
from .gazetteer import Gazetteer
from .reading import read_pages
from .records import Document, Page
from .resolve import resolve_document


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
    outputs: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def extract_document(pages: Sequence[Page], *, city: str | None = None, warnings: list[str] | None = None) -> Document:
    """Split every page into articles and read them into one resolved `Document`.

    Args:
        pages: decoded pages (see `reading.read_pages`).
        city: the paper's city (焦作市); inferred from the pages when absent.
        warnings: a list that receives a message for every page without a recognisable article.
    """
    gazetteer = Gazetteer.load()
    texts = [p.text for p in pages]
    context = page_context(texts, gazetteer, city)
    page_articles = []
    for page in pages:
        articles = split_articles(page)
        if not articles and warnings is not None:
            warnings.append(f"{page.source}: no article found on this page (is it a newspaper page?)")
        page_articles.append((page, articles))
    readings = []
    for page, articles in page_articles:
        year = page_year([page.text], page.published)
        first = [read_article(a, gazetteer=gazetteer, page=context, year=year) for a in articles]
        known = tuple(dict.fromkeys(p.name for r in first for p in r.persons if p.source != "repeat"))
        for article, reading in zip(articles, first):
            readings.append(read_article(article, gazetteer=gazetteer, page=context, year=year, known_persons=known)
                            if known else reading)
    return resolve_document(readings)


def build(inputs: Sequence[str | Path], outdir: Path, *, published: dt.date | None = None, city: str | None = None,
          base: str | None = None, jobs: int = 1, store: Path | None = None) -> BuildSummary:
    """Build the graph of `inputs` and write OUTDIR/graph.ttl, graph.graphml and graph.html.

    Outputs are rendered in memory and replace earlier ones only when all three are ready. With ``store``,
    the graph is also written to that folder as an Oxigraph store (`graphbuilder.store.write_store`).
    """
    from .outputs import write_outputs
    from .rdf import DEFAULT_BASE, to_rdf

    began = time.perf_counter()
    summary = BuildSummary()
    pages = read_pages(inputs, published=published)
    document = extract_document(pages, city=city, warnings=summary.warnings)
    graph = to_rdf(document, base or DEFAULT_BASE)
    summary.outputs = write_outputs(graph, Path(outdir), title=_title(pages))
    if store is not None:
        from .store import write_store

        summary.outputs["store"] = write_store(graph, Path(store))
    summary.pages = len(pages)
    summary.articles = len(document.articles)
    summary.persons = len(document.persons)
    summary.organisations = len(document.organisations)
    summary.places = len(document.places)
    summary.events = len(document.events)
    summary.triples = len(graph)
    summary.seconds = time.perf_counter() - began
    return summary


def _title(pages: Sequence[Page]) -> str:
    if len(pages) == 1:
        return f"graphbuilder · {pages[0].source}"
    return f"graphbuilder · {len(pages)} pages"
