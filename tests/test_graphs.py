"""Loading a graph: Turtle, N-Triples, JSON-LD, an OUTDIR of build, an Oxigraph store, and the errors."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_rdf import union_document

from graphbuilder.errors import GraphError
from graphbuilder.graphs import load_graph
from graphbuilder.rdf import to_rdf
from graphbuilder.store import native_store, write_store

NON_NEGATIVE_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


@pytest.fixture
def graph():
    return to_rdf(union_document())


@pytest.mark.parametrize("name, fmt", [
    ("graph.ttl", "turtle"), ("g.nt", "nt"), ("g.jsonld", "json-ld"), ("no-suffix", "turtle"),
])
def test_graphs_load_from_file(tmp_path, graph, name, fmt):
    path = tmp_path / name
    path.write_text(graph.serialize(format=fmt), encoding="utf-8")
    loaded = load_graph(path)
    assert native_store(loaded) is not None
    assert isomorphic(loaded, by_value(graph))
    assert isomorphic(load_graph(str(path), in_memory=True), graph)


def by_value(graph: Graph) -> Graph:
    """``graph`` as an Oxigraph store keeps it: integers of every integer type as xsd:integer."""
    copy = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == NON_NEGATIVE_INTEGER:
            o = Literal(str(int(o)), datatype=INTEGER)
        copy.add((s, p, o))
    return copy


def test_graphs_in_memory_keeps_every_datatype(tmp_path, graph):
    path = tmp_path / "graph.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    datatypes = {o.datatype for o in load_graph(path, in_memory=True).objects() if isinstance(o, Literal)}
    assert NON_NEGATIVE_INTEGER in datatypes
    assert native_store(load_graph(path, in_memory=True)) is None


def test_graphs_load_from_store(tmp_path, graph):
    store = write_store(graph, tmp_path / "store")
    loaded = load_graph(store)
    assert native_store(loaded) is not None
    assert isomorphic(loaded, by_value(graph))
    assert isomorphic(load_graph(store, in_memory=True), by_value(graph))


def test_graphs_load_from_outdir(tmp_path, graph):
    (tmp_path / "graph.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")
    loaded = load_graph(tmp_path)
    assert isomorphic(loaded, by_value(graph))
    assert dict(loaded.namespaces())["schema"].startswith("http://schema.org/")


def test_graphs_missing_path(tmp_path):
    path = tmp_path / "nothing.ttl"
    with pytest.raises(GraphError) as error:
        load_graph(path)
    assert str(error.value) == f"{path}: no such file or folder (check the path)"


def test_graphs_folder_without_graph(tmp_path):
    with pytest.raises(GraphError) as error:
        load_graph(tmp_path)
    assert str(error.value) == (
        f"{tmp_path}: holds no graph.ttl (give the OUTDIR of graphbuilder build, an Oxigraph store or a .ttl file)")


@pytest.mark.parametrize("name, text, expected", [
    ("broken.ttl", '@prefix x: <http://a/> .\nx:a x:b "open\n .\n',
     "not valid Turtle: line 2 column 9: Unexpected end of file (was it written by graphbuilder build?)"),
    ("garbage.ttl", "this is not turtle", "not valid Turtle: line 1 column 1: this is not a valid subject"),
    ("binary.ttl", "\udcff", "not valid Turtle: line 1 column 1: Invalid UTF-8 character encoding"),
    ("broken.nt", "<a> <b> .\n", "not valid N-Triples: line 1 column 1: No scheme found in an absolute IRI"),
    ("broken.jsonld", '{"@id": ', "not valid JSON-LD: line 1 column 9: Unexpected end of file"),
    ("empty.ttl", "  \n", "is empty (was it written by graphbuilder build?)"),
])
@pytest.mark.parametrize("in_memory", [False, True])
def test_graphs_broken_file(tmp_path, name, text, expected, in_memory):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    with pytest.raises(GraphError) as error:
        load_graph(path, in_memory=in_memory)
    message = str(error.value)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message


def test_graphs_broken_graph_in_outdir(tmp_path):
    (tmp_path / "graph.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match=r"graph\.ttl: not valid Turtle: line 1 column 9: \. is not a valid RDF object"):
        load_graph(tmp_path)


def test_graphs_prefix_only_file_is_an_empty_graph(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("@prefix schema: <http://schema.org/> .\n", encoding="utf-8")
    assert len(load_graph(path)) == 0
