"""The Oxigraph store under rdflib: terms, on-disk stores, serialising."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_rdf import union_document

from graphbuilder.errors import GraphError, OutputError
from graphbuilder.rdf import to_rdf
from graphbuilder.store import (
    from_oxigraph,
    is_store,
    native_store,
    new_graph,
    open_store,
    oxigraph_of,
    serialize,
    to_oxigraph,
    write_store,
)

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def graph():
    return to_rdf(union_document())


@pytest.mark.parametrize("term", [
    URIRef(EX + "张升"),
    BNode("b1"),
    Literal("张升"),
    Literal("仪式", lang="zh"),
    Literal("2020-09-07", datatype=URIRef(XSD + "date")),
    Literal("2020-09", datatype=URIRef(XSD + "gYearMonth")),
    Literal("43", datatype=URIRef(XSD + "nonNegativeInteger")),
])
def test_store_terms_round_trip(term):
    assert from_oxigraph(to_oxigraph(term)) == term


def test_store_xsd_string_reads_back_as_a_plain_literal():
    assert from_oxigraph(ox.Literal("张升", datatype=ox.NamedNode(XSD + "string"))) == Literal("张升")


def test_store_graph_keeps_rdflib_api_and_plain_literals():
    graph = new_graph()
    graph.add((URIRef(EX + "zs"), URIRef("http://schema.org/name"), Literal("张升")))
    assert list(graph) == [(URIRef(EX + "zs"), URIRef("http://schema.org/name"), Literal("张升"))]
    assert len(graph) == 1
    assert graph.value(URIRef(EX + "zs"), URIRef("http://schema.org/name")) == Literal("张升")
    rows = list(graph.query("SELECT ?name WHERE { ?p schema:name ?name }"))
    assert rows == [(Literal("张升"),)]
    assert len(native_store(graph)) == 1  # the triple is in the store's default graph


def test_store_oxigraph_of_copies_a_memory_graph(graph):
    store = oxigraph_of(graph)
    assert len(store) == len(graph)
    assert native_store(graph) is None


def test_store_write_and_open_round_trip(tmp_path, graph):
    folder = write_store(graph, tmp_path / "store")
    assert is_store(folder)
    opened = open_store(folder)
    assert len(opened) == len(graph)
    names = {str(o) for o in opened.objects(None, URIRef("http://schema.org/name"))}
    assert names == {str(o) for o in graph.objects(None, URIRef("http://schema.org/name"))}


def test_store_write_replaces_an_earlier_store(tmp_path, graph):
    folder = tmp_path / "store"
    small = Graph()
    small.add((URIRef(EX + "a"), URIRef(EX + "b"), Literal("c")))
    write_store(small, folder)
    write_store(graph, folder)
    assert len(open_store(folder)) == len(graph)
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no staging or old folder left behind


def test_store_write_into_an_empty_folder(tmp_path, graph):
    folder = tmp_path / "empty"
    folder.mkdir()
    assert is_store(write_store(graph, folder))


@pytest.mark.parametrize("make", ["file", "folder with a file"])
def test_store_write_refuses_what_is_not_a_store(tmp_path, graph, make):
    target = tmp_path / "target"
    if make == "file":
        target.write_text("keep me", encoding="utf-8")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError) as error:
        write_store(graph, target)
    assert str(error.value) == f"{target}: exists and is not an Oxigraph store (choose a new or empty folder)"


def test_store_open_missing_or_not_a_store(tmp_path):
    with pytest.raises(GraphError, match="no such file or folder"):
        open_store(tmp_path / "nothing")
    with pytest.raises(GraphError) as error:
        open_store(tmp_path)
    assert str(error.value) == (
        f"{tmp_path}: is not an Oxigraph store (write one with graphbuilder build --store DIR)")


def test_store_opened_store_is_read_only(tmp_path, graph):
    opened = open_store(write_store(graph, tmp_path / "store"))
    with pytest.raises(RuntimeError, match="read-write"):
        opened.add((URIRef(EX + "a"), URIRef(EX + "b"), Literal("c")))


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt")])
def test_store_serialize_memory_graph_keeps_every_datatype(graph, fmt, rdflib_format):
    text = serialize(graph, fmt).decode("utf-8")
    assert isomorphic(Graph().parse(data=text, format=rdflib_format), graph)


def test_store_serialize_turtle_declares_our_prefixes(graph):
    text = serialize(graph, "ttl").decode("utf-8")
    assert "@prefix schema: <http://schema.org/> ." in text
    assert "gbid:" not in text  # instance IRIs are percent-encoded names: clearer in full than escaped
    assert "<https://w3id.org/graphbuilder/id/person/%E5%BC%A0%E5%8D%87>" in text
    assert "@prefix brick:" not in text  # rdflib's default bindings stay out


def test_store_serialize_oxigraph_graph(graph):
    on_oxigraph = new_graph()
    on_oxigraph += graph
    text = serialize(on_oxigraph, "nt").decode("utf-8")
    assert len(Graph().parse(data=text, format="nt")) == len(graph)


def test_store_serialize_empty_graph_is_prefixes_only():
    text = serialize(Graph(), "ttl").decode("utf-8")
    assert "@prefix schema: <http://schema.org/> .\n" in text
    assert len(Graph().parse(data=text, format="turtle")) == 0
    assert serialize(Graph(), "nt") == b""
