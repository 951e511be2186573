"""The NetworkX graph read back from the RDF: node and edge kinds, plain attributes, GraphML."""

from __future__ import annotations

from io import BytesIO

import networkx as nx
import pytest
from rdflib import Graph
from test_rdf import S_ATTEND, S_POST, union_document

from graphbuilder.network import clean_text, graphml_bytes, to_networkx, write_graphml
from graphbuilder.pipeline import extract_document
from graphbuilder.rdf import to_rdf
from graphbuilder.records import Page


def _network(**kwargs) -> nx.MultiDiGraph:
    return to_networkx(to_rdf(union_document(**kwargs)))


def _by_label(graph: nx.MultiDiGraph, label: str) -> str:
    (node,) = [n for n, attrs in graph.nodes(data=True) if attrs["label"] == label]
    return node


def _edges(graph: nx.MultiDiGraph, kind: str) -> set[tuple[str, str, str]]:
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"], attrs["label"])
            for u, v, attrs in graph.edges(data=True) if attrs["kind"] == kind}


EVENT = "“99公益日”慈善爱心网络募捐活动"
HEADLINE = "爱心汇聚公益日 工会善举暖人心"


def test_network_node_types():
    graph = _network()
    types = {attrs["label"]: attrs["type"] for _, attrs in graph.nodes(data=True)}
    assert types == {"张升": "person", "张红卫": "person", "李新和": "person", "王摄": "person",
                     "焦作市总工会": "organisation", "焦作市": "place", "河南省": "place",
                     EVENT: "event", HEADLINE: "article"}


def test_network_node_attributes_read_by_html():
    graph = _network()
    event = graph.nodes[_by_label(graph, EVENT)]
    assert (event["date"], event["event_type"], event["place"], event["organisers"], event["headline"]) == (
        "2020-09-07", "donation", "焦作市", "焦作市总工会", HEADLINE)
    assert event["evidence"].startswith("市总工会机关9月7日")
    assert graph.nodes[_by_label(graph, "张升")]["titles"] == "市总工会经审委主任"
    article = graph.nodes[_by_label(graph, HEADLINE)]
    assert (article["headline"], article["date"]) == (HEADLINE, "2020-09-11")


@pytest.mark.parametrize("kind, expected", [
    ("attended", {("张升", EVENT, "参加"), ("张红卫", EVENT, "参加"), ("张升", EVENT, "阐述")}),
    ("organised", {("焦作市总工会", EVENT, "主办")}),
    ("held_at", {(EVENT, "焦作市", "举办地")}),
    ("post_in", {("张升", "焦作市总工会", "市总工会经审委主任")}),
    ("contained_in", {("焦作市", "河南省", "位于")}),
    ("authored", {("李新和", HEADLINE, "撰稿"), ("王摄", HEADLINE, "摄影")}),
    ("mentions", {(HEADLINE, name, "提及") for name in ("张升", "张红卫", "李新和", "焦作市总工会", "焦作市", EVENT)}),
])
def test_network_edges_by_kind(kind, expected):
    assert _edges(_network(), kind) == expected


def test_network_attended_edge_has_role_and_evidence():
    graph = _network()
    edges = {attrs["label"]: attrs for u, v, attrs in graph.edges(_by_label(graph, "张升"), data=True)
             if attrs["kind"] == "attended"}
    assert (edges["参加"]["role"], edges["参加"]["evidence"]) == ("participate", S_ATTEND)
    assert (edges["阐述"]["role"], edges["阐述"]["evidence"]) == ("other", S_POST)


def test_network_values_are_plain_scalars():
    graph = _network()
    values = [v for _, attrs in graph.nodes(data=True) for v in attrs.values()]
    values += [v for _, _, attrs in graph.edges(data=True) for v in attrs.values()]
    assert values and all(isinstance(v, (str, int, float, bool)) for v in values)


@pytest.mark.parametrize("text, expected", [
    ("张升\x00\x01\x08", "张升"),
    ("a\tb\nc\rd", "a\tb\nc\rd"),
    ("x\x0b\x0c\x1fy", "xy"),
    ("\ud800z\ufffe\uffff", "z"),
    ("全角\u3000空格\u2028\x85\x7f", "全角\u3000空格\u2028\x85\x7f"),  # unprintable, yet XML
    ("焦作市总工会", "焦作市总工会"),
])
def test_network_clean_text_drops_xml_invalid_characters(text, expected):
    assert clean_text(text) == expected


def test_network_control_characters_stripped_from_attributes():
    graph = _network(control="\x01\x0b")
    assert graph.nodes[_by_label(graph, HEADLINE)]["headline"] == HEADLINE
    assert graph.nodes[_by_label(graph, "张红卫")]["titles"] == "市总工会领导"


def test_network_graphml_round_trips_with_labels(tmp_path):
    graph = _network(control="\x01")
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    again = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(again, nx.MultiDiGraph)
    assert sorted(again.nodes(data="label")) == sorted(graph.nodes(data="label"))
    assert sorted(again.edges(data="kind")) == sorted(graph.edges(data="kind"))
    assert path.read_bytes() == graphml_bytes(graph)
    assert b'attr.name="label"' in path.read_bytes()


def test_network_empty_graph():
    graph = to_networkx(Graph())
    assert graph.number_of_nodes() == 0
    assert nx.read_graphml(BytesIO(graphml_bytes(graph))).number_of_nodes() == 0


def test_network_attendee_without_participation_is_an_edge():
    turtle = """
        @prefix schema: <http://schema.org/> .
        <urn:e> a schema:Event ; schema:name "会议" ; schema:attendee <urn:p> .
        <urn:p> a schema:Person ; schema:name "张升" .
    """
    graph = to_networkx(Graph().parse(data=turtle, format="turtle"))
    assert _edges(graph, "attended") == {("张升", "会议", "参加")}


def _networkx_graphml(graph: nx.MultiDiGraph) -> bytes:
    buffer = BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def _hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node('a&<>"\'\t\n\r x', label='t&<>"\'\t\n\r 末', count=5, share=1.5, flag=True)
    graph.add_node("bare")
    graph.add_node("other", count="five")  # one attribute name with two types: two keys
    graph.add_edge("bare", 'a&<>"\'\t\n\r x', key='k&"<>', kind="x", count=3)
    graph.add_edge("bare", "bare", key="loop")
    return graph


@pytest.mark.parametrize("make", [_network, _hostile_graph, lambda: to_networkx(Graph())],
                         ids=["union-document", "escaping-and-types", "empty"])
def test_network_graphml_bytes_are_networkx_bytes(make):
    # graphml_bytes writes the document itself (2.4 times faster); it must stay the one networkx writes
    graph = make()
    assert graphml_bytes(graph) == _networkx_graphml(graph)


@pytest.mark.parametrize("control", ["", ' "引号" \\反斜杠\\n', "\n换行\r\t", "\x01"])
def test_network_tables_filled_by_the_writer_give_the_network_of_the_graph(control):
    from graphbuilder.network import NetworkTables, network_of_tables
    from graphbuilder.rdf import to_ntriples

    document = union_document(control=control)
    tables = NetworkTables()
    to_ntriples(document, tables=tables)
    assert graphml_bytes(network_of_tables(tables)) == graphml_bytes(to_networkx(to_rdf(document)))


def test_network_an_editor_has_an_edited_edge_and_no_photographers():
    text = ("东山县总工会开展送温暖活动\n3月5日，东山县总工会开展送温暖活动，为困难职工送去慰问金。\n"
            "拟稿人：孙芸 核稿人：李海 来源：东山县总工会\n")
    graph = to_networkx(to_rdf(extract_document([Page("p.txt", text, text, "utf-8")])))
    headline = "东山县总工会开展送温暖活动"
    assert _edges(graph, "authored") == {("孙芸", headline, "撰稿"), ("李海", headline, "编辑")}
