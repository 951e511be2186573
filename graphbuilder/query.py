"""SPARQL over the graph: run a query with our prefixes pre-declared, and format its result as text.

Example:
    result = run_query(graph, "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }")
    print(format_result(result, "table"))
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from graphbuilder.errors import QueryError
from graphbuilder.vocab import PREFIXES, bind_prefixes

__all__ = ["FORMATS", "PREFIXES", "QueryResult", "display_width", "format_result", "run_query"]

FORMATS = ("table", "csv", "tsv", "json")

_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LOCAL_NAME = re.compile(r"[\w.-]+")
_CONTROL = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t"})


@dataclass(frozen=True)
class QueryResult:
    """The materialised result of a query.

    ``kind`` is SELECT, ASK, CONSTRUCT or DESCRIBE. A SELECT fills ``variables`` and ``rows`` (``None`` for
    an unbound cell), an ASK ``boolean``, a CONSTRUCT or DESCRIBE ``graph``.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


def run_query(graph: Graph, sparql: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query on ``graph``; ``schema:``, ``org:``, ``gb:`` ... need no PREFIX lines.

    Args:
        graph: the graph to query.
        sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query.
        bindings: variable name (without ``?``) -> value, bound as a plain literal. Values are never
            written into the query text, so quotes or braces in them are harmless.

    Raises:
        QueryError: the query is malformed, a binding names no variable, or the query fails.
    """
    init_bindings = {_variable(name): Literal(value) for name, value in (bindings or {}).items()}
    try:
        prepared = prepareQuery(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing's ParseException, or rdflib's bare Exception for an unknown prefix
        raise QueryError(f"malformed SPARQL query: {_one_line(exc)} (check the SPARQL syntax)") from exc
    try:
        result = graph.query(prepared, initBindings=init_bindings)
        kind = result.type
        if kind == "SELECT":
            variables = tuple(str(v) for v in result.vars or ())
            rows = tuple(tuple(row) for row in result)
            return QueryResult(kind, variables=variables, rows=rows)
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(result.askAnswer))
        return QueryResult(kind, graph=bind_prefixes(_copy(result.graph)))
    except Exception as exc:
        raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from exc


def format_result(result: QueryResult, fmt: str) -> str:
    """The result as text: ``table`` | ``csv`` | ``tsv`` | ``json`` (SPARQL 1.1 Query Results JSON).

    CONSTRUCT and DESCRIBE results are Turtle whatever ``fmt`` is. An ASK is ``true`` or ``false`` (JSON:
    ``{"head": {}, "boolean": ...}``). In csv and tsv, IRIs are written in full and literals by their
    lexical form; the table shortens IRIs with the known prefixes.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (use one of {', '.join(FORMATS)})")
    if result.graph is not None:
        return result.graph.serialize(format="turtle").rstrip("\n")
    if fmt == "json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=2)
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    if fmt == "table":
        return _table(result)
    return _tsv(result) if fmt == "tsv" else _csv(result)


def _variable(name: str) -> Variable:
    bare = name[1:] if name[:1] in "?$" else name
    if not _VARIABLE_NAME.fullmatch(bare):
        raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name (use letters, digits and _)")
    return Variable(bare)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _short(term: Node | None) -> str:
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri[len(namespace):]):
                return f"{prefix}:{iri[len(namespace):]}"
        return f"<{iri}>"
    return _plain(term).translate(_CONTROL)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide and fullwidth characters count two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def _table(result: QueryResult) -> str:
    lines = [list(result.variables)]
    lines += [[_short(term) for term in row] for row in result.rows]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(result.variables))]
    lines.insert(1, ["-" * width for width in widths])
    return "\n".join(
        "  ".join(cell + " " * (width - display_width(cell)) for cell, width in zip(line, widths)).rstrip()
        for line in lines
    )


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([_plain(term) for term in row] for row in result.rows)
    return out.getvalue().rstrip("\n")


def _tsv(result: QueryResult) -> str:
    # one line per row: tabs and newlines inside a value are written as \t and \n
    lines = ["\t".join(result.variables)]
    lines += ["\t".join(_plain(term).translate(_CONTROL) for term in row) for row in result.rows]
    return "\n".join(lines)


def _sparql_json(result: QueryResult) -> dict:
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    bindings = [
        {name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
        for row in result.rows
    ]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        value: dict = {"type": "literal", "value": str(term)}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype:
            value["datatype"] = str(term.datatype)
        return value
    return {"type": "literal", "value": str(term)}
