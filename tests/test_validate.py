import pytest
from rdflib import Graph

from graphbuilder.validate import validate_graph

PREFIXES = "@prefix schema: <http://schema.org/> . @prefix ex: <http://example.org/> .\n"
CONFORMING = PREFIXES + 'ex:zs a schema:Person ; schema:name "张升" .'
NAMELESS = PREFIXES + "ex:zs a schema:Person ."
BROKEN_ARTICLE = PREFIXES + 'ex:a a schema:NewsArticle ; schema:headline "标题" ; schema:author ex:nobody .'


def parse(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def test_validate_conforming_graph():
    assert validate_graph(parse(CONFORMING)) == (True, 0, "conforms")


@pytest.mark.parametrize(
    "turtle, violations, lines",
    [
        (NAMELESS, 1, ["Violation: <http://example.org/zs> schema:name: A person needs exactly one schema:name, "
                       "a non-empty string."]),
        (BROKEN_ARTICLE, 2, [
            "Violation: <http://example.org/a> schema:articleBody: An article needs exactly one "
            "schema:articleBody, the cleaned body text.",
            "Violation: <http://example.org/a> schema:author: schema:author must point to a schema:Person "
            "(a reporter or correspondent). (value <http://example.org/nobody>)",
        ]),
    ],
)
def test_validate_reports_each_violation_on_a_line(turtle, violations, lines):
    report = validate_graph(parse(turtle))
    assert not report.conforms
    assert report.violations == violations
    assert report.text.splitlines() == [f"does not conform: {violations} violation{'s' if violations > 1 else ''}",
                                        *lines]


def test_validate_reads_https_schema_as_http():
    report = validate_graph(parse(NAMELESS.replace("http://schema.org/", "https://schema.org/")))
    assert (report.conforms, report.violations) == (False, 1)
