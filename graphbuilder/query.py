"""SPARQL over the graph: run a query with our prefixes pre-declared, and format its result as text.

Queries run on Oxigraph (see `graphbuilder.store`). The named queries are the files ``queries/*.rq`` of
the package; the comment lines at the top of each say what it answers and which parameters it takes.

Example:
    result = run_query(graph, "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }")
    print(format_result(result, "table"))
    print(format_result(run_named_query(graph, "person-timeline", {"person": "张升"}), "csv"))
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from graphbuilder.errors import QueryError
from graphbuilder.store import from_oxigraph, native_store, new_graph, oxigraph_of, serialize, to_oxigraph
from graphbuilder.vocab import PREFIXES

__all__ = [
    "FORMATS",
    "PREFIXES",
    "NamedQuery",
    "QueryParameter",
    "QueryResult",
    "display_width",
    "format_result",
    "named_queries",
    "named_query",
    "run_named_query",
    "run_query",
]

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


@dataclass(frozen=True)
class QueryParameter:
    """A parameter of a named query: a variable the query projects, bound to a plain literal."""

    name: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library ``graphbuilder/queries``: ``description`` is the first comment line,
    ``details`` the other prose lines of the header, ``parameters`` its ``# param NAME: text`` lines (a
    parameter is required when its text ends with ``(required)``)."""

    name: str
    description: str
    details: str
    parameters: tuple[QueryParameter, ...]
    text: str


_PARAM_LINE = re.compile(r"param\s+(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<text>.*)")
_REQUIRED = "(required)"


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped with the package, by name (the file name without ``.rq``), sorted."""
    folder = resources.files("graphbuilder") / "queries"
    files = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".rq")), key=lambda e: e.name)
    return {entry.name[:-3]: _parse_named_query(entry.name[:-3], entry.read_text(encoding="utf-8"))
            for entry in files}


def _parse_named_query(name: str, text: str) -> NamedQuery:
    prose: list[str] = []
    parameters: list[QueryParameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comment = line[1:].strip()
        match = _PARAM_LINE.fullmatch(comment)
        if match:
            words = match.group("text").strip()
            required = words.endswith(_REQUIRED)
            parameters.append(QueryParameter(match.group("name"), words.removesuffix(_REQUIRED).strip(), required))
        elif comment:
            prose.append(comment)
    description = prose[0] if prose else ""
    return NamedQuery(name, description, " ".join(prose[1:]), tuple(parameters), text)


def named_query(name: str) -> NamedQuery:
    """The named query ``name``.

    Raises:
        QueryError: there is no such query.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r} (use one of {', '.join(queries)}; graphbuilder query --list)")
    return queries[name]


def run_named_query(graph: Graph, name: str, parameters: dict[str, str] | None = None) -> QueryResult:
    """Run the named query ``name`` on ``graph`` with ``parameters`` bound (never pasted into the text).

    Raises:
        QueryError: no such query, a parameter it does not take, a required one missing, or the query fails.
    """
    query = named_query(name)
    parameters = dict(parameters or {})
    known = {parameter.name: parameter for parameter in query.parameters}
    for key in parameters:
        if key not in known:
            takes = f"it takes {', '.join(known)}" if known else "it takes none"
            raise QueryError(f"{name} has no parameter {key!r} ({takes})")
    for parameter in query.parameters:
        if parameter.required and not parameters.get(parameter.name):
            raise QueryError(
                f"{name} needs the parameter {parameter.name}: {parameter.description} "
                f"(give it as --param {parameter.name}=VALUE)"
            )
    return run_query(graph, query.text, parameters)


def run_query(graph: Graph, sparql: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query on ``graph`` with Oxigraph; ``schema:``, ``org:``, ``gb:`` ... need no PREFIX lines.

    A graph not already on an Oxigraph store (see `graphbuilder.store`) is copied into one first.

    Args:
        graph: the graph to query.
        sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query.
        bindings: variable name (without ``?``) -> value, bound as a plain literal. Values are never
            written into the query text, so quotes or braces in them are harmless. A SELECT that does not
            project a bound variable is evaluated by rdflib instead (Oxigraph binds only projected ones).

    Raises:
        QueryError: the query is malformed, a binding names no variable, or the query fails.
    """
    init_bindings = {_variable(name): Literal(value) for name, value in (bindings or {}).items()}
    store = oxigraph_of(graph)
    try:
        result = store.query(
            sparql,
            prefixes=PREFIXES,
            substitutions={ox.Variable(str(var)): to_oxigraph(value) for var, value in init_bindings.items()},
        )
        return _materialise(result)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query: {_syntax_message(sparql, exc)} (check the SPARQL syntax)") from exc
    except RuntimeError as exc:
        if init_bindings and _UNPROJECTED.search(str(exc)):
            return _run_with_rdflib(graph, sparql, init_bindings)
        raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from exc
    except OSError as exc:
        raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from exc


_UNPROJECTED = re.compile(r"does not contains? variable \?\w+ in its SELECT projection")
_MAX_MESSAGE = 200


def _materialise(result) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        convert = cache(from_oxigraph)  # names and counts repeat down a column: convert each term once
        rows = tuple(tuple(convert(value) for value in row) for row in result)
        return QueryResult("SELECT", variables=variables, rows=rows)
    graph = new_graph()
    native_store(graph).extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in result)
    return QueryResult("CONSTRUCT", graph=graph)


def _syntax_message(sparql: str, exc: SyntaxError) -> str:
    """rdflib's parser names the problem more plainly than Oxigraph's ("Unknown namespace prefix : nope");
    Oxigraph's first line is the fallback for a query only Oxigraph rejects."""
    try:
        prepareQuery(sparql, initNs=PREFIXES)
    except Exception as rdflib_error:  # pyparsing's ParseException, or rdflib's bare Exception
        return _one_line(rdflib_error)
    message = _one_line(exc)
    return message if len(message) <= _MAX_MESSAGE else message[:_MAX_MESSAGE] + " …"


def _run_with_rdflib(graph: Graph, sparql: str, init_bindings: dict[Variable, Literal]) -> QueryResult:
    try:
        result = graph.query(prepareQuery(sparql, initNs=PREFIXES), initBindings=init_bindings)
        variables = tuple(str(v) for v in result.vars or ())
        return QueryResult("SELECT", variables=variables, rows=tuple(tuple(row) for row in result))
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
        return serialize(result.graph, "ttl").decode("utf-8").rstrip("\n")
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
