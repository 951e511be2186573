"""The Oxigraph store under rdflib: graphs that keep rdflib's API but load, query and serialise in Rust.

A graph from `new_graph` is an ordinary ``rdflib.Graph`` whose triples live in a pyoxigraph ``Store`` (in
memory, or on disk for `open_store`); ``graph.query(text)`` runs on Oxigraph. `write_store` writes a graph
to a folder that `open_store`, ``graphbuilder query`` and ``graphbuilder serve`` open without re-parsing.

Example:
    graph = new_graph()
    graph.parse("out/graph.ttl")          # or load_graph("out") in graphbuilder.graphs
    write_store(graph, "out/store")
    again = open_store("out/store")       # read-only, opens in milliseconds whatever its size
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.query import Result
from rdflib.term import Node, Variable

from graphbuilder.errors import GraphError, OutputError
from graphbuilder.rdf import BASE_PREFIX
from graphbuilder.vocab import PREFIXES, bind_prefixes

__all__ = [
    "from_oxigraph",
    "is_store",
    "native_store",
    "new_graph",
    "open_store",
    "oxigraph_of",
    "prefixes_of",
    "serialize",
    "to_oxigraph",
    "write_store",
]

# RocksDB writes these two files into every Oxigraph store folder.
_STORE_MARKERS = ("CURRENT", "IDENTITY")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term of an rdflib IRI, blank node or literal."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(term, language=term.language)
        return ox.Literal(term, datatype=ox.NamedNode(term.datatype) if term.datatype else None)
    raise TypeError(f"cannot store {term!r} in Oxigraph (an IRI, blank node or literal was expected)")


def from_oxigraph(term: Any) -> Node | None:
    """The rdflib term of a pyoxigraph term; an ``xsd:string`` literal becomes a plain literal, as rdflib
    writes it (``Literal("张升")``), so terms compare equal to those of a graph built in memory."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected Oxigraph term {term!r} (RDF-star triples are not supported)")


_from_oxigraph_uncached = from_oxigraph
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


@lru_cache(maxsize=1)
def _store_class() -> type:
    """oxrdflib's store with `_StoreMethods`, made on first use: oxrdflib loads rdflib's SPARQL parser, a
    tenth of a second that a build, which writes no rdflib graph, does not spend."""
    from oxrdflib import OxigraphStore

    return type("_Store", (_StoreMethods, OxigraphStore), {})


class _StoreMethods:
    """oxrdflib's store, with plain literals for ``xsd:string`` and a constant-time length.

    oxrdflib returns every plain string as ``Literal(..., datatype=XSD.string)``, which rdflib does not
    consider equal to ``Literal(...)``: graphs would stop being isomorphic to the graphs they were read from.
    """

    def triples(self, triple_pattern, context=None):
        s, p, o = triple_pattern
        try:
            quads = self._inner.quads_for_pattern(
                _pattern(s), _pattern(p), _pattern(o), _graph_pattern(context))
        except (TypeError, ValueError):
            return iter(())
        return (((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)), iter(()))
                for q in quads)

    def __len__(self, context=None) -> int:
        if not any(True for _ in self._inner.named_graphs()):
            return len(self._inner)  # only the default graph holds triples
        return super().__len__(context)

    def query(self, query, initNs: Mapping[str, Any], initBindings: Mapping[str, Node],  # noqa: N803
              queryGraph: str, **kwargs: object) -> Result:
        if not isinstance(query, str) or kwargs:
            raise NotImplementedError  # rdflib then evaluates the query itself
        result = self._inner.query(
            query,
            use_default_graph_as_union=queryGraph == "__UNION__",
            default_graph=_graph_pattern(queryGraph) if isinstance(queryGraph, Node) else None,
            prefixes={**{p: str(n) for p, n in self.namespaces()}, **{p: str(n) for p, n in initNs.items()}},
            substitutions={ox.Variable(str(k)): to_oxigraph(v) for k, v in initBindings.items()},
        )
        return _rdflib_result(result)


def _pattern(term: Node | None):
    return None if term is None else to_oxigraph(term)


def _graph_pattern(context: Graph | Node | None):
    if context is None:
        return None
    identifier = context.identifier if isinstance(context, Graph) else context
    if identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_oxigraph(identifier)


def _rdflib_result(result) -> Result:
    # Rows repeat their terms (the same person, event, date): convert each distinct term once.
    from_oxigraph = lru_cache(maxsize=1 << 16)(_from_oxigraph_uncached)
    if isinstance(result, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(result)
    elif isinstance(result, ox.QuerySolutions):
        out = Result("SELECT")
        out.vars = [Variable(v.value) for v in result.variables]
        out.bindings = [{var: from_oxigraph(value) for var, value in zip(out.vars, row) if value is not None}
                        for row in result]
    else:
        out = Result("CONSTRUCT")
        out.graph = Graph()
        out.graph += ((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
                      for t in result)
    return out


def new_graph(store: ox.Store | None = None) -> Graph:
    """An empty rdflib graph on an in-memory Oxigraph store (or on ``store``), our prefixes bound.

    Its triples are the store's default graph, which is what a SPARQL client of the store sees.
    """
    graph = Graph(store=_store_class()(store=store if store is not None else ox.Store()),
                  identifier=DATASET_DEFAULT_GRAPH_ID)
    return bind_prefixes(graph)


def native_store(graph: Graph) -> ox.Store | None:
    """The pyoxigraph store under ``graph``, or None when the graph is not on Oxigraph."""
    from oxrdflib import OxigraphStore

    if isinstance(graph.store, OxigraphStore) and graph.identifier == DATASET_DEFAULT_GRAPH_ID:
        return graph.store._inner  # oxrdflib keeps the store it was given here
    return None


def oxigraph_of(graph: Graph) -> ox.Store:
    """The pyoxigraph store under ``graph``, or a new in-memory store holding a copy of its triples."""
    native = native_store(graph)
    if native is not None:
        return native
    store = ox.Store()
    store.bulk_extend(_quads(graph))
    return store


def _quads(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    for s, p, o in triples:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), default)


_RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
_RDFLIB_DEFAULTS = {prefix: str(namespace) for prefix, namespace in Graph().namespaces()}


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph as UTF-8 ``ttl`` (Turtle, with our prefixes) or ``nt`` (N-Triples), written by Oxigraph."""
    rdf_format = _RDF_FORMATS[fmt]
    prefixes = prefixes_of(graph) if fmt == "ttl" else None
    native = native_store(graph)
    if native is not None:
        data = native.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    else:  # subjects in order, each with its type first: a stable file that reads (and diffs) well
        ordered = sorted(graph, key=lambda t: (str(t[0]), t[1] != RDF.type, str(t[1]), str(t[2])))
        triples = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in ordered)
        data = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
    if not data and prefixes:  # Oxigraph writes nothing for no triples; a Turtle file still names its prefixes
        data = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()).encode()
    return data


def prefixes_of(graph: Graph) -> dict[str, str]:
    """Our prefixes, plus those bound on ``graph`` that rdflib does not bind by default, except ``gbid:`` (the
    instances' namespace, bound by `graphbuilder.rdf.to_rdf`): its local names are percent-encoded names that
    Turtle would have to escape (``gbid:person\\/\\%E5…``), so those IRIs are clearer written in full."""
    prefixes = dict(PREFIXES)
    taken = set(prefixes.values())
    for prefix, namespace in graph.namespaces():
        namespace = str(namespace)
        if (prefix and prefix not in prefixes and prefix != BASE_PREFIX and namespace not in taken
                and _RDFLIB_DEFAULTS.get(prefix) != namespace):
            prefixes[prefix] = namespace
    return prefixes


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a folder holding an Oxigraph store (as `write_store` writes)."""
    path = Path(path)
    return path.is_dir() and all((path / marker).is_file() for marker in _STORE_MARKERS)


def open_store(path: str | Path) -> Graph:
    """Open the Oxigraph store in folder ``path`` read-only, as an rdflib graph.

    Raises:
        GraphError: the folder is missing, is no Oxigraph store, or cannot be opened.
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such file or folder (check the path)")
    if not is_store(path):
        raise GraphError(f"{path}: is not an Oxigraph store (write one with graphbuilder build --store DIR)")
    try:
        store = ox.Store.read_only(str(path))
    except OSError as error:
        raise GraphError(f"{path}: cannot open the store ({_one_line(error)}) (is it being written?)") from error
    return new_graph(store)


def write_store(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` as an on-disk Oxigraph store in folder ``path``, replacing any store there.

    The store is written beside ``path`` and renamed into place, so a reader never sees half a store.

    Raises:
        OutputError: ``path`` is a file or a folder that holds something other than a store, or it
            cannot be written.
    """
    path = Path(path)
    if path.exists() and not is_store(path) and (path.is_file() or any(path.iterdir())):
        raise OutputError(f"{path}: exists and is not an Oxigraph store (choose a new or empty folder)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error}) (check the folder is writable)") from error
    try:
        store = ox.Store(str(staging))
        native = native_store(graph)
        if native is not None:
            store.bulk_load(native.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_extend(_quads(graph))
        store.optimize()
        store.flush()
        del store  # closes the database before it is renamed
        _replace_folder(staging, path)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write the store ({_one_line(error)})") from error
        raise
    return path


def _replace_folder(new: Path, path: Path) -> None:
    old = None
    if path.exists():
        old = path.with_name(f".{path.name}.{os.getpid()}.old")
        os.replace(path, old)
    os.replace(new, path)
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
