"""Load a graph that graphbuilder wrote: a Turtle file, an OUTDIR of ``build``, an Oxigraph store folder
(``build --store``), or N-Triples / JSON-LD. Files are parsed by Oxigraph into an Oxigraph-backed graph."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graphbuilder.errors import GraphError
from graphbuilder.store import from_oxigraph, is_store, native_store, new_graph, open_store
from graphbuilder.vocab import bind_prefixes

__all__ = ["GRAPH_FILE", "load_graph"]

GRAPH_FILE = "graph.ttl"  # the Turtle file in an OUTDIR of build
FORMATS = {  # suffix -> (Oxigraph format, name in messages)
    ".ttl": (ox.RdfFormat.TURTLE, "Turtle"),
    ".turtle": (ox.RdfFormat.TURTLE, "Turtle"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "N-Triples"),
    ".jsonld": (ox.RdfFormat.JSON_LD, "JSON-LD"),
    ".json": (ox.RdfFormat.JSON_LD, "JSON-LD"),
}
# "Parser error at line 1 column 9: …" / "… between line 2 column 9 and line 4 column 1: …" / "… at line 1
# between columns 1 and 5: …", each ending in " (line N)"
_OX_MESSAGE = re.compile(
    r"^Parser error (?:at|between) line (?P<line>\d+)(?: column (?P<column>\d+)| between columns (?P<first>\d+) and \d+)?"
    r"[^:]*: (?P<what>.*?)(?: \(line \d+\))?$", re.DOTALL)


def load_graph(path: str | Path, *, in_memory: bool = False) -> Graph:
    """Read a graph from a file (by suffix: .ttl, .nt, .jsonld; Turtle otherwise), an OUTDIR of build or an
    Oxigraph store folder (opened read-only, not copied).

    Args:
        path: the file or folder.
        in_memory: put the triples in rdflib's memory store instead of an Oxigraph store. An Oxigraph store
            keeps numbers by value, so ``"3"^^xsd:nonNegativeInteger`` reads back as ``"3"^^xsd:integer``;
            validating or converting a graph needs every literal as written. Parsing is Oxigraph's either way.

    Returns:
        An rdflib graph; on an Oxigraph store (see `graphbuilder.store`) unless ``in_memory``.

    Raises:
        GraphError: the path is missing, holds no graph.ttl, cannot be read or does not parse.
    """
    path = Path(path)
    if is_store(path):
        return _in_memory(open_store(path)) if in_memory else open_store(path)
    if path.is_dir():
        folder, path = path, path / GRAPH_FILE
        if not path.is_file():
            raise GraphError(
                f"{folder}: holds no {GRAPH_FILE} (give the OUTDIR of graphbuilder build, an Oxigraph store "
                "or a .ttl file)"
            )
    elif not path.exists():
        raise GraphError(f"{path}: no such file or folder (check the path)")
    rdf_format, language = FORMATS.get(path.suffix.lower(), (ox.RdfFormat.TURTLE, "Turtle"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GraphError(f"{path}: cannot be read ({error.strerror or error}) (check its permissions)") from error
    if not data.strip():
        raise GraphError(f"{path}: is empty (was it written by graphbuilder build?)")
    base_iri = path.resolve().as_uri()
    try:
        if in_memory:
            graph = bind_prefixes(Graph())
            graph.addN((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object), graph)
                       for t in ox.parse(data, format=rdf_format, base_iri=base_iri))
        else:
            graph = new_graph()
            native_store(graph).bulk_load(data, format=rdf_format, base_iri=base_iri)
    except (SyntaxError, ValueError, OSError) as error:
        raise GraphError(
            f"{path}: not valid {language}: {_parser_message(error)} (was it written by graphbuilder build?)"
        ) from error
    return graph


def _in_memory(graph: Graph) -> Graph:
    copy = bind_prefixes(Graph())
    copy.addN((s, p, o, copy) for s, p, o in graph)
    return copy


def _parser_message(error: Exception) -> str:
    """A one-line parser message: 'line 2 column 9: Unexpected end of file'."""
    text = " ".join(str(error).split())
    match = _OX_MESSAGE.match(text)
    if match:
        column = match.group("column") or match.group("first")
        where = f"line {match.group('line')}" + (f" column {column}" if column else "")
        return f"{where}: {match.group('what')}"
    return text or type(error).__name__
