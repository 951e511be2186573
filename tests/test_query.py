import json

import pytest
from rdflib import Graph, Literal, URIRef

from graphbuilder.errors import QueryError
from graphbuilder.query import display_width, format_result, run_query

TURTLE = """
@prefix schema: <http://schema.org/> .
@prefix ex: <http://example.org/> .
ex:zs a schema:Person ; schema:name "张升" .
ex:ab a schema:Person ; schema:name "ab" .
ex:q  a schema:Person ; schema:name "say \\"hi\\" }" .
ex:e  a schema:Event ; schema:name "仪式"@zh ; schema:startDate "2020-09-07"^^<http://www.w3.org/2001/XMLSchema#date> .
"""
NAMES = "SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY DESC(?name)"


@pytest.fixture
def graph():
    return Graph().parse(data=TURTLE, format="turtle")


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("csv", 'p,name\nhttp://example.org/zs,张升\nhttp://example.org/q,"say ""hi"" }"\nhttp://example.org/ab,ab'),
        ("tsv", 'p\tname\nhttp://example.org/zs\t张升\nhttp://example.org/q\tsay "hi" }\nhttp://example.org/ab\tab'),
    ],
)
def test_query_delimited_formats(graph, fmt, expected):
    assert format_result(run_query(graph, NAMES), fmt) == expected


def test_query_table_counts_wide_characters_as_two_columns(graph):
    text = format_result(run_query(graph, "SELECT ?name ?p WHERE { ?p a schema:Person ; schema:name ?name } "
                                          "ORDER BY DESC(?name)"), "table")
    assert text.splitlines() == [
        "name        p",
        "----------  -----------------------",
        "张升        <http://example.org/zs>",
        'say "hi" }  <http://example.org/q>',
        "ab          <http://example.org/ab>",
    ]


def test_query_table_aligns_columns_without_trailing_spaces(graph):
    text = format_result(run_query(graph, NAMES), "table")
    assert all(line == line.rstrip() for line in text.splitlines())
    rows = text.splitlines()[2:]
    names = ["张升", 'say "hi" }', "ab"]
    assert [display_width(row[: row.rindex(name)]) for row, name in zip(rows, names)] == [25, 25, 25]


def test_query_table_shortens_known_prefixes(graph):
    text = format_result(run_query(graph, "SELECT DISTINCT ?type WHERE { ?x a ?type } ORDER BY ?type"), "table")
    assert text.splitlines() == ["type", "-------------", "schema:Event", "schema:Person"]


def test_query_json_is_sparql_results_json(graph):
    query = "SELECT ?name ?date ?none WHERE { ?e a schema:Event ; schema:name ?name ; schema:startDate ?date }"
    assert json.loads(format_result(run_query(graph, query), "json")) == {
        "head": {"vars": ["name", "date", "none"]},
        "results": {"bindings": [{
            "name": {"type": "literal", "value": "仪式", "xml:lang": "zh"},
            "date": {"type": "literal", "value": "2020-09-07",
                     "datatype": "http://www.w3.org/2001/XMLSchema#date"},
        }]},
    }


@pytest.mark.parametrize("fmt, expected", [("table", "true"), ("csv", "true"), ("json", '{\n  "head": {},\n  "boolean": true\n}')])
def test_query_ask(graph, fmt, expected):
    assert format_result(run_query(graph, 'ASK { ?p schema:name "ab" }'), fmt) == expected


def test_query_construct_prints_turtle(graph):
    result = run_query(graph, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
    text = format_result(result, "table")
    assert "@prefix schema: <http://schema.org/>" in text
    assert len(Graph().parse(data=text, format="turtle")) == 3


def test_query_binding_matches_quotes_and_braces_literally(graph):
    result = run_query(graph, "SELECT ?p WHERE { ?p schema:name ?name }", {"name": 'say "hi" }'})
    assert result.rows == ((URIRef("http://example.org/q"),),)


@pytest.mark.parametrize("value", ['" } ?p ?x ?y . { "', '"} UNION { ?p ?x ?y } #', "ab\" . ?p ?x ?y . #"])
def test_query_binding_cannot_inject(graph, value):
    result = run_query(graph, "SELECT ?p WHERE { ?p schema:name ?name }", {"name": value})
    assert result.rows == ()


def test_query_binding_is_a_plain_literal(graph):
    result = run_query(graph, "SELECT ?name WHERE { BIND(?value AS ?name) }", {"value": "张升"})
    assert result.rows == ((Literal("张升"),),)


def test_query_binding_rejects_a_name_that_is_no_variable(graph):
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        run_query(graph, "SELECT ?p WHERE { ?p ?x ?y }", {"a b": "x"})


@pytest.mark.parametrize(
    "sparql, message",
    [
        ("SELECT ?x WHERE { ?x ?p ?o ",
         "malformed SPARQL query: Expected SelectQuery, found end of text (at char 27), (line:1, col:28) "
         "(check the SPARQL syntax)"),
        ("SELECT ?x WHERE {\n ?x nope:name ?o }",
         "malformed SPARQL query: Unknown namespace prefix : nope (check the SPARQL syntax)"),
    ],
)
def test_query_malformed_raises_one_line_query_error(graph, sparql, message):
    with pytest.raises(QueryError) as error:
        run_query(graph, sparql)
    assert str(error.value) == message


def test_query_prefixes_are_predeclared(graph):
    query = "SELECT ?x WHERE { ?x a schema:Event ; schema:startDate ?d FILTER(datatype(?d) = xsd:date) }"
    assert run_query(graph, query).rows == ((URIRef("http://example.org/e"),),)


def test_query_unknown_format_raises(graph):
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(run_query(graph, NAMES), "xml")


@pytest.mark.parametrize("text, width", [("ab", 2), ("张升", 4), ("Ａ", 2), ("e\u0301", 1), ("", 0)])
def test_query_display_width(text, width):
    assert display_width(text) == width
