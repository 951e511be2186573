"""Load a graph that graphbuilder wrote: a Turtle file, an OUTDIR of ``build``, or N-Triples / JSON-LD."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from graphbuilder.errors import GraphError
from graphbuilder.vocab import bind_prefixes

__all__ = ["GRAPH_FILE", "load_graph"]

GRAPH_FILE = "graph.ttl"  # the Turtle file in an OUTDIR of build
FORMATS = {  # suffix -> (rdflib parser, name in messages)
    ".ttl": ("turtle", "Turtle"),
    ".turtle": ("turtle", "Turtle"),
    ".nt": ("nt", "N-Triples"),
    ".jsonld": ("json-ld", "JSON-LD"),
    ".json": ("json-ld", "JSON-LD"),
}
_N3_MESSAGE = re.compile(r"at line (\d+) of [^\n]*:\nBad syntax \((.*?)\) at \^", re.DOTALL)


def load_graph(path: str | Path) -> Graph:
    """Read a graph from a file (by suffix: .ttl, .nt, .jsonld; Turtle otherwise) or an OUTDIR of build.

    Raises:
        GraphError: the path is missing, holds no graph.ttl, cannot be read or does not parse.
    """
    path = Path(path)
    if path.is_dir():
        folder, path = path, path / GRAPH_FILE
        if not path.is_file():
            raise GraphError(
                f"{folder}: holds no {GRAPH_FILE} (give the OUTDIR of graphbuilder build or a .ttl file)"
            )
    elif not path.exists():
        raise GraphError(f"{path}: no such file or folder (check the path)")
    parser, language = FORMATS.get(path.suffix.lower(), ("turtle", "Turtle"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GraphError(f"{path}: cannot be read ({error.strerror or error}) (check its permissions)") from error
    if not data.strip():
        raise GraphError(f"{path}: is empty (was it written by graphbuilder build?)")
    graph = Graph()
    bind_prefixes(graph)
    try:
        graph.parse(data=data, format=parser, publicID=path.resolve().as_uri())
    except Exception as error:  # rdflib's parsers raise many kinds; none may escape
        raise GraphError(
            f"{path}: not valid {language}: {_parser_message(error)} (was it written by graphbuilder build?)"
        ) from error
    return graph


def _parser_message(error: Exception) -> str:
    """The useful first line of a parser's message ('line 3: newline found in string literal')."""
    text = str(error)
    match = _N3_MESSAGE.match(text)
    if match:
        return f"line {match.group(1)}: {match.group(2)}"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first or type(error).__name__
