"""Loading a graph: Turtle, N-Triples, JSON-LD, an OUTDIR of build, and the errors."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic
from test_rdf import union_document

from graphbuilder.errors import GraphError
from graphbuilder.graphs import load_graph
from graphbuilder.rdf import to_rdf


@pytest.fixture
def graph():
    return to_rdf(union_document())


@pytest.mark.parametrize("name, fmt", [
    ("graph.ttl", "turtle"), ("g.nt", "nt"), ("g.jsonld", "json-ld"), ("no-suffix", "turtle"),
])
def test_graphs_load_from_file(tmp_path, graph, name, fmt):
    path = tmp_path / name
    path.write_text(graph.serialize(format=fmt), encoding="utf-8")
    assert isomorphic(load_graph(path), graph)
    assert isomorphic(load_graph(str(path)), graph)


def test_graphs_load_from_outdir(tmp_path, graph):
    (tmp_path / "graph.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")
    loaded = load_graph(tmp_path)
    assert isomorphic(loaded, graph)
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
        f"{tmp_path}: holds no graph.ttl (give the OUTDIR of graphbuilder build or a .ttl file)")


@pytest.mark.parametrize("name, text, expected", [
    ("broken.ttl", '@prefix x: <http://a/> .\nx:a x:b "open\n .\n',
     "not valid Turtle: line 2: newline found in string literal (was it written by graphbuilder build?)"),
    ("garbage.ttl", "this is not turtle", "not valid Turtle: line 1: "),
    ("binary.ttl", "\udcff", "not valid Turtle: "),
    ("broken.nt", "<a> <b> .\n", "not valid N-Triples: "),
    ("broken.jsonld", '{"@id": ', "not valid JSON-LD: "),
    ("empty.ttl", "  \n", "is empty (was it written by graphbuilder build?)"),
])
def test_graphs_broken_file(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    with pytest.raises(GraphError) as error:
        load_graph(path)
    message = str(error.value)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message


def test_graphs_broken_graph_in_outdir(tmp_path):
    (tmp_path / "graph.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match=r"graph\.ttl: not valid Turtle: line 1: objectList expected"):
        load_graph(tmp_path)


def test_graphs_prefix_only_file_is_an_empty_graph(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("@prefix schema: <http://schema.org/> .\n", encoding="utf-8")
    assert len(load_graph(path)) == 0
