"""The named queries (graphbuilder/queries/*.rq): headers, parameters, and answers on hand-made graphs and on the
sample page, checked against the same figures computed in Python from the triples."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

import pytest
from rdflib import Graph, Literal, URIRef

from graphbuilder.errors import QueryError
from graphbuilder.graphs import load_graph
from graphbuilder.query import format_result, named_queries, named_query, run_named_query, run_query
from graphbuilder.vocab import GB, OA, ORG, OWL, RDF, RDFS, SCHEMA

EXPECTED = {"co-attendance", "evidence", "org-activity", "people-events", "person-timeline", "places", "posts"}

# Two articles report one ceremony (owl:sameAs); 张升 and 李林敏 attend both reports, 金丽艳 only the second.
# A second event, a meeting in the next month, has 张升 and 金丽艳.
HAND_MADE = """
@prefix schema: <http://schema.org/> .
@prefix gb: <https://w3id.org/graphbuilder/ns#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .

ex:zs a schema:Person ; schema:name "张升" .
ex:ll a schema:Person ; schema:name "李林敏" .
ex:jl a schema:Person ; schema:name "金丽艳" .
ex:union a schema:Organization ; schema:name "焦作市总工会" ; schema:alternateName "市总工会" .
ex:city a schema:Place ; schema:name "焦作市" ; gb:adminLevel "prefecture" .
ex:village a schema:Place ; schema:name "范村" ; gb:adminLevel "village" ; schema:containedInPlace ex:city .

ex:r1 a schema:Event ; schema:name "开馆" ; schema:startDate "2020-09-09"^^xsd:date ;
    schema:organizer ex:union ; schema:attendee ex:zs , ex:ll ; owl:sameAs ex:r2 .
ex:r2 a schema:Event ; schema:name "羽毛球馆开馆仪式" ; schema:startDate "2020-09-09"^^xsd:date ;
    schema:organizer ex:union ; schema:location ex:village ;
    schema:attendee ex:zs , ex:ll , ex:jl ; owl:sameAs ex:r1 .
ex:m a schema:Event ; schema:name "推进会" ; schema:startDate "2020-10"^^xsd:gYearMonth ;
    schema:organizer ex:union ; schema:location ex:city ; schema:attendee ex:zs , ex:jl .

ex:p1 a gb:Participation ; gb:participant ex:zs ; gb:inEvent ex:r1 ; gb:roleLabel "揭牌" .
ex:p2 a gb:Participation ; gb:participant ex:zs ; gb:inEvent ex:r2 ; gb:roleLabel "揭牌" .
ex:p3 a gb:Participation ; gb:participant ex:zs ; gb:inEvent ex:m ; gb:roleLabel "出席会议并讲话" .
ex:p4 a gb:Participation ; gb:participant ex:jl ; gb:inEvent ex:r2 ; gb:roleLabel "致辞" .

ex:post a org:Post ; rdfs:label "市总工会经审委主任" ; org:heldBy ex:zs ; org:postIn ex:union ;
    gb:seenIn ex:a1 , ex:a2 .
ex:a1 a schema:NewsArticle ; schema:headline "一" ; schema:datePublished "2020-09-11"^^xsd:date ;
    schema:mentions ex:r1 .
ex:a2 a schema:NewsArticle ; schema:headline "二" ; schema:datePublished "2020-10-20"^^xsd:date ;
    schema:mentions ex:m .
"""


@pytest.fixture(scope="module")
def hand_made():
    return Graph().parse(data=HAND_MADE, format="turtle")


def rows(graph, name, **params):
    result = run_named_query(graph, name, params)
    return [tuple(None if term is None else str(term) for term in row) for row in result.rows]


# ---------------------------------------------------------------------------------------------- library


def test_named_queries_library_has_the_analysts_queries():
    assert EXPECTED <= set(named_queries())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_queries_header_describes_query_and_parameters(name):
    query = named_query(name)
    assert query.description and not query.description.startswith("param")
    assert query.description[-1] in ".)", "the description is one whole sentence"
    projected = re.search(r"^SELECT(.*?)WHERE", query.text, re.MULTILINE | re.DOTALL).group(1)
    for parameter in query.parameters:
        assert parameter.description
        # Oxigraph binds only variables the query projects: a parameter must be a column of the result
        assert f"?{parameter.name} " in projected + " " or f"?{parameter.name})" in projected


def test_named_queries_required_parameters():
    assert [p.name for p in named_query("person-timeline").parameters if p.required] == ["person"]
    assert [p.name for p in named_query("evidence").parameters if p.required] == ["entity"]


def test_named_queries_unknown_query(hand_made):
    with pytest.raises(QueryError, match=r"no named query 'who' \(use one of co-attendance, "):
        run_named_query(hand_made, "who")


def test_named_queries_unknown_parameter(hand_made):
    with pytest.raises(QueryError) as error:
        run_named_query(hand_made, "people-events", {"name": "张升"})
    assert str(error.value) == "people-events has no parameter 'name' (it takes person)"
    with pytest.raises(QueryError, match=r"co-attendance has no parameter 'person' \(it takes none\)"):
        run_named_query(hand_made, "co-attendance", {"person": "张升"})


def test_named_queries_missing_required_parameter(hand_made):
    with pytest.raises(QueryError) as error:
        run_named_query(hand_made, "person-timeline")
    assert str(error.value).startswith("person-timeline needs the parameter person: the person's name")
    assert str(error.value).endswith("(give it as --param person=VALUE)")


# ---------------------------------------------------------------------------------------------- hand-made


def test_named_queries_people_events_counts_a_reported_twice_event_once(hand_made):
    assert rows(hand_made, "people-events") == [
        ("张升", "市总工会经审委主任", "羽毛球馆开馆仪式", "2020-09-09", "揭牌", "范村"),
        ("金丽艳", None, "羽毛球馆开馆仪式", "2020-09-09", "致辞", "范村"),
        ("张升", "市总工会经审委主任", "推进会", "2020-10", "出席会议并讲话", "焦作市"),
    ]


def test_named_queries_people_events_person_parameter(hand_made):
    assert [row[0] for row in rows(hand_made, "people-events", person="金丽艳")] == ["金丽艳"]
    assert rows(hand_made, "people-events", person='" } ?x ?y ?z . {') == []  # bound, not pasted


def test_named_queries_person_timeline(hand_made):
    assert rows(hand_made, "person-timeline", person="张升") == [
        ("张升", "2020-09-09", "羽毛球馆开馆仪式", "揭牌", "范村", "一"),
        ("张升", "2020-10", "推进会", "出席会议并讲话", "焦作市", "二"),
    ]


def test_named_queries_co_attendance_counts_shared_events_once(hand_made):
    assert rows(hand_made, "co-attendance") == [
        ("张升", "金丽艳", "2"),   # the ceremony (金丽艳 only in its second report) and the meeting
        ("张升", "李林敏", "1"),   # both reports of the ceremony: one event
        ("李林敏", "金丽艳", "1"),
    ]


def test_named_queries_org_activity(hand_made):
    assert rows(hand_made, "org-activity") == [
        ("焦作市总工会", "2020-09", "1", "羽毛球馆开馆仪式"),
        ("焦作市总工会", "2020-10", "1", "推进会"),
    ]
    assert rows(hand_made, "org-activity", month="2020-10") == [("焦作市总工会", "2020-10", "1", "推进会")]


def test_named_queries_posts_tenure_from_dated_articles(hand_made):
    assert rows(hand_made, "posts") == [
        ("市总工会经审委主任", "张升", "焦作市总工会", "2020-09-11", "2020-10-20", "2"),
    ]


def test_named_queries_places_follow_containment(hand_made):
    assert rows(hand_made, "places") == [
        ("焦作市", "prefecture", None, "1", "2"),
        ("范村", "village", "焦作市", "1", "1"),
    ]
    assert [row[0] for row in rows(hand_made, "places", level="village")] == ["范村"]


# ---------------------------------------------------------------------------------------------- the sample


@pytest.fixture(scope="module")
def sample(built_sample):
    return load_graph(built_sample[0])


def canonical_events(graph) -> dict[URIRef, frozenset]:
    """Each event -> the set of its reports (owl:sameAs closure), computed with a union-find."""
    parent = {e: e for e in graph.subjects(RDF.type, SCHEMA.Event)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in graph.subject_objects(OWL.sameAs):
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups = defaultdict(set)
    for event in parent:
        groups[find(event)].add(event)
    return {event: frozenset(groups[find(event)]) for event in parent}


def test_named_queries_sample_co_attendance_matches_python(sample):
    groups = canonical_events(sample)
    attendees = defaultdict(set)
    for event, person in sample.subject_objects(SCHEMA.attendee):
        attendees[groups[event]].add(str(sample.value(person, SCHEMA.name)))
    expected = defaultdict(int)
    for names in attendees.values():
        for pair in combinations(sorted(names), 2):
            expected[pair] += 1
    got = {(a, b): int(n) for a, b, n in rows(sample, "co-attendance")}
    assert got == dict(expected)
    assert got, "the sample has people who attend the same event"


def test_named_queries_sample_people_events_one_row_per_person_event_role(sample):
    groups = canonical_events(sample)
    expected = set()
    for part in sample.subjects(RDF.type, GB.Participation):
        person = str(sample.value(sample.value(part, GB.participant), SCHEMA.name))
        expected.add((person, groups[sample.value(part, GB.inEvent)], str(sample.value(part, GB.roleLabel))))
    got = rows(sample, "people-events")
    assert len(got) == len(expected)
    assert ("张升", "市总工会经审委主任", "市职工重大疾病互助暨保障工作推进会", "2020-09-03", "出席会议并讲话", None) in got


def test_named_queries_sample_org_activity_matches_python(sample):
    groups = canonical_events(sample)
    expected = defaultdict(set)
    for event, organiser in sample.subject_objects(SCHEMA.organizer):
        date = sample.value(event, SCHEMA.startDate)
        expected[(str(sample.value(organiser, SCHEMA.name)), str(date)[:7] if date else None)].add(groups[event])
    got = {(o, m): int(n) for o, m, n, _names in rows(sample, "org-activity")}
    assert got == {key: len(events) for key, events in expected.items()}


def test_named_queries_sample_person_timeline(sample):
    timeline = rows(sample, "person-timeline", person="张升")
    assert all(row[0] == "张升" for row in timeline)
    dates = [row[1] for row in timeline]
    assert dates == sorted(dates, key=lambda d: d or "")
    assert ("2020-09-03", "市职工重大疾病互助暨保障工作推进会") in [(row[1], row[2]) for row in timeline]


def test_named_queries_sample_posts_are_dated_by_the_publication(sample):
    posts = rows(sample, "posts", holder="张升")
    assert ("市总工会经审委主任", "张升", "焦作市总工会", "2020-09-11", "2020-09-11") in [row[:5] for row in posts]


def test_named_queries_sample_places_count_inside(sample):
    places = {row[0]: row for row in rows(sample, "places")}
    for name, (_place, _level, within, here, inside) in places.items():
        assert int(here) <= int(inside)
        if within in places:
            assert int(places[within][4]) >= int(inside), f"{within} contains {name}"


def test_named_queries_sample_evidence_quotes_the_article_body(sample):
    evidence = run_named_query(sample, "evidence", {"entity": "张升"})
    assert evidence.rows
    bodies = {str(row[0]): str(row[1]) for row in
              run_query(sample, "SELECT ?h ?b WHERE { ?a schema:headline ?h ; schema:articleBody ?b }").rows}
    for _entity, fact, sentence, start, end, article in evidence.rows:
        assert bodies[str(article)][int(start):int(end)] == str(sentence)
    facts = {str(row[1]) for row in evidence.rows}
    assert "named (Person)" in facts
    assert any(fact.startswith("post · ") for fact in facts)
    assert any("出席会议并讲话" in fact for fact in facts)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_named_queries_sample_formats(sample, name, fmt):
    params = {"person-timeline": {"person": "张升"}, "evidence": {"entity": "张升"}}.get(name, {})
    text = format_result(run_named_query(sample, name, params), fmt)
    assert text.strip()


def test_named_queries_work_on_the_store(built_sample):
    outdir, store = built_sample
    from_file = rows(load_graph(outdir), "co-attendance")
    assert rows(load_graph(store), "co-attendance") == from_file


def test_named_queries_sample_literal_is_plain(sample):
    first = run_named_query(sample, "people-events").rows[0]
    assert isinstance(first[0], Literal) and first[0].datatype is None
