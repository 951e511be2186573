"""The RDF graph of a hand-made Document: shapes, SPARQL, determinism, IRIs, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graphbuilder import vocab
from graphbuilder.pipeline import extract_document
from graphbuilder.rdf import DEFAULT_BASE, to_rdf
from graphbuilder.records import (
    Article,
    ArticleFacts,
    Contributor,
    Document,
    Event,
    EventDate,
    Evidence,
    Organisation,
    Page,
    Participation,
    Person,
    Place,
    Post,
)
from graphbuilder.resources import ontology_path
from graphbuilder.vocab import GB, GBE, GBR, OA, ORG, RDF, SCHEMA, bind_prefixes

CONTRACT_SHAPES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "contract-shapes.ttl"
# XSD is an open rdflib namespace that warns when pytest probes module attributes; reach it via the module.
XSD_DATE, XSD_GYEARMONTH, XSD_GYEAR = vocab.XSD.date, vocab.XSD.gYearMonth, vocab.XSD.gYear

BODY = (
    "本报讯（记者李新和）市总工会机关9月7日组织开展了“99公益日”慈善爱心网络募捐活动。"
    "市总工会领导张红卫、张升参加了募捐仪式。"
    "市总工会经审委主任张升阐述了开展慈善爱心网络募捐活动的重要意义。"
)


def _evidence(sentence: str, *highlights: str, article: int = 0, body: str = BODY) -> Evidence:
    start = body.index(sentence)
    return Evidence(article=article, start=start, end=start + len(sentence), sentence=sentence,
                    highlights=highlights)


S_EVENT = "市总工会机关9月7日组织开展了“99公益日”慈善爱心网络募捐活动。"
S_ATTEND = "市总工会领导张红卫、张升参加了募捐仪式。"
S_POST = "市总工会经审委主任张升阐述了开展慈善爱心网络募捐活动的重要意义。"
EVENT_KEY = "2020-09-07 “99公益日”慈善爱心网络募捐活动"


def union_document(*, date: EventDate | None = None, control: str = "") -> Document:
    """One article: an event of the city union, two people taking part, a post, a reporter."""
    article = Article(
        source="pages/2020-09-11_page3.txt", position=0, headline="爱心汇聚公益日 工会善举暖人心" + control,
        subheadlines=("市总工会开展“99公益日”网络募捐活动",), byline="本报讯（记者李新和）", body=BODY,
        contributors=(Contributor("李新和", "记者"), Contributor("王摄", "摄影")), captions=(),
        page_start=10, page_end=400, published=dt.date(2020, 9, 11),
    )
    event = Event(
        key=EVENT_KEY, label="“99公益日”慈善爱心网络募捐活动", event_type="donation",
        date=date or EventDate("2020-09-07", "day", "9月7日"), articles=(0,), place="焦作市",
        organisers=("焦作市总工会",), evidence=(_evidence(S_EVENT, "9月7日", "募捐活动"),),
    )
    return Document(
        articles=(article,),
        facts=(ArticleFacts(persons=("张红卫", "张升", "李新和"), organisations=("焦作市总工会",),
                            places=("焦作市",), events=(EVENT_KEY,), authors=("李新和",)),),
        persons={"张升": Person("张升", ("市总工会经审委主任",), "official"),
                 "张红卫": Person("张红卫", ("市总工会领导" + control,), "official"),
                 "李新和": Person("李新和", ("记者",), "reporter")},
        organisations={"焦作市总工会": Organisation("焦作市总工会", ("市总工会",), "焦作市")},
        places={"焦作市": Place("焦作市", ("我市",), "prefecture", "410800", "河南省"),
                "河南省": Place("河南省", (), "province", "410000")},
        events={EVENT_KEY: event},
        posts=(Post("市总工会经审委主任", "张升", "焦作市总工会", 0, _evidence(S_POST, "经审委主任", "张升")),),
        participations=(
            Participation("张升", EVENT_KEY, "参加", "participate", _evidence(S_ATTEND, "张升", "参加")),
            Participation("张红卫", EVENT_KEY, "参加", "participate", _evidence(S_ATTEND, "张红卫", "参加")),
            Participation("张升", EVENT_KEY, "阐述", "no-such-role", _evidence(S_POST, "张升", "阐述")),
        ),
        evidence=(
            ("person", "张升", _evidence(S_POST, "张升")),
            ("person", "张升", _evidence(S_POST, "张升")),  # the same annotation twice
            ("organisation", "焦作市总工会", _evidence(S_EVENT, "市总工会")),
        ),
    )


def _validate(graph: Graph, shapes: Path) -> None:
    conforms, _, report = pyshacl.validate(graph, shacl_graph=str(shapes), shacl_graph_format="turtle",
                                           advanced=True, allow_warnings=False)
    assert conforms, report


def test_rdf_conforms_to_ontology_shapes():
    _validate(to_rdf(union_document()), ontology_path("shapes.ttl"))


def test_rdf_conforms_to_contract_shapes():
    if not CONTRACT_SHAPES.is_file():
        pytest.skip(f"{CONTRACT_SHAPES} is absent")
    _validate(to_rdf(union_document()), CONTRACT_SHAPES)


ATTENDEES = """
SELECT ?name ?roleLabel ?role ?sentence ?start ?end WHERE {
    ?event a schema:Event ; schema:name ?eventName ; schema:attendee ?person .
    ?person schema:name ?name .
    ?p gb:participant ?person ; gb:inEvent ?event ; gb:roleLabel ?roleLabel ; gb:role ?role .
    ?evidence oa:hasBody ?p ; oa:hasTarget ?target .
    ?target oa:hasSelector ?quote , ?position .
    ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
    ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}"""


def test_rdf_sparql_finds_attendee_role_and_evidence():
    graph = to_rdf(union_document())
    rows = {(str(r.name), str(r.roleLabel), r.role, str(r.sentence), int(r.start), int(r.end))
            for r in graph.query(ATTENDEES, initNs=vocab.PREFIXES)}
    start = BODY.index(S_ATTEND)
    assert ("张升", "参加", GBR.participate, S_ATTEND, start, start + len(S_ATTEND)) in rows
    assert ("张红卫", "参加", GBR.participate, S_ATTEND, start, start + len(S_ATTEND)) in rows
    # an unknown role concept falls back to gbr:other
    assert ("张升", "阐述", GBR.other, S_POST, BODY.index(S_POST), BODY.index(S_POST) + len(S_POST)) in rows


def test_rdf_sparql_finds_post_by_plain_name():
    graph = to_rdf(union_document())
    rows = list(graph.query(
        """SELECT ?label ?org ?first WHERE {
               ?post a org:Post ; org:heldBy ?p ; rdfs:label ?label ; org:postIn/schema:name ?org ;
                     gb:firstSeen ?first .
               ?p schema:name ?name .
           }""",
        initNs=vocab.PREFIXES, initBindings={"name": Literal("张升")}))
    assert [(str(r.label), str(r.org), r.first) for r in rows] == [
        ("市总工会经审委主任", "焦作市总工会", Literal("2020-09-11", datatype=XSD_DATE))]


def test_rdf_article_authors_mentions_and_contributors():
    graph = to_rdf(union_document())
    (article,) = graph.subjects(RDF.type, SCHEMA.NewsArticle)
    names = lambda p: {str(graph.value(o, SCHEMA.name)) for o in graph.objects(article, p)}  # noqa: E731
    assert names(SCHEMA.author) == {"李新和"}
    assert names(SCHEMA.contributor) == {"王摄"}
    assert names(SCHEMA.mentions) == {"张红卫", "张升", "李新和", "焦作市总工会", "焦作市",
                                      "“99公益日”慈善爱心网络募捐活动"}
    assert graph.value(article, SCHEMA.articleBody) == Literal(BODY)
    assert graph.value(article, GB.sourceFile) == Literal("2020-09-11_page3.txt")


def test_rdf_identical_annotations_are_merged():
    graph = to_rdf(union_document())
    person = next(graph.subjects(SCHEMA.name, Literal("张升")))
    assert len(list(graph.subjects(OA.hasBody, person))) == 1


def test_rdf_same_document_gives_isomorphic_graphs():
    first, second = to_rdf(union_document()), to_rdf(union_document())
    if not isomorphic(first, second):
        _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
        pytest.fail("graphs differ:\n" + only_first.serialize(format="nt") + "\n---\n"
                    + only_second.serialize(format="nt"))


def test_rdf_iris_are_ascii_and_under_base():
    graph = to_rdf(union_document())
    instances = {s for s in graph.subjects() if isinstance(s, URIRef)}
    assert instances and all(str(s).startswith(DEFAULT_BASE) for s in instances)
    assert all(str(s).isascii() for s in instances)
    assert URIRef(DEFAULT_BASE + "person/%E5%BC%A0%E5%8D%87") in instances  # 张升


def test_rdf_base_changes_every_instance_iri():
    base = "https://example.org/other/"
    default, other = to_rdf(union_document()), to_rdf(union_document(), base=base)
    subjects = {str(s) for s in other.subjects()}
    assert all(s.startswith(base) for s in subjects)
    assert not subjects & {str(s) for s in default.subjects()}
    assert len(default) == len(other)
    assert dict(other.namespaces())["gbid"] == URIRef(base)


@pytest.mark.parametrize("date, value, datatype", [
    (EventDate("2020-09-07", "day", "9月7日"), "2020-09-07", XSD_DATE),
    (EventDate("2020-09", "month", "9月"), "2020-09", XSD_GYEARMONTH),
    (EventDate("2020-09-01", "month", "9月"), "2020-09", XSD_GYEARMONTH),
    (EventDate("2020", "year", "今年"), "2020", XSD_GYEAR),
])
def test_rdf_event_date_typed_by_precision(date, value, datatype):
    graph = to_rdf(union_document(date=date))
    (event,) = graph.subjects(RDF.type, SCHEMA.Event)
    start = graph.value(event, SCHEMA.startDate)
    assert (str(start), start.datatype) == (value, datatype)
    assert graph.value(event, GB.dateText) == Literal(date.text)


def test_rdf_event_end_date_and_type():
    graph = to_rdf(union_document(date=EventDate("2020-09-07", "day", "9月7日至9日", end="2020-09-09")))
    (event,) = graph.subjects(RDF.type, SCHEMA.Event)
    assert graph.value(event, SCHEMA.endDate) == Literal("2020-09-09", datatype=XSD_DATE)
    assert graph.value(event, GB.eventType) == GBE.donation
    assert str(graph.value(graph.value(event, SCHEMA.location), SCHEMA.name)) == "焦作市"
    assert str(graph.value(graph.value(event, SCHEMA.organizer), SCHEMA.name)) == "焦作市总工会"


def test_rdf_place_hierarchy_and_codes():
    graph = to_rdf(union_document())
    city = next(graph.subjects(SCHEMA.name, Literal("焦作市")))
    assert str(graph.value(graph.value(city, SCHEMA.containedInPlace), SCHEMA.name)) == "河南省"
    assert graph.value(city, GB.adminLevel) == Literal("prefecture")
    assert graph.value(city, GB.adminCode) == Literal("410800")


def test_rdf_evidence_outside_its_article_is_dropped():
    doc = union_document()
    bad = Evidence(article=0, start=5, end=len(BODY) + 10, sentence="x")
    graph = to_rdf(Document(**{**doc.__dict__, "evidence": (("person", "张升", bad),), "posts": (),
                               "participations": (), "events": {}}))
    assert not list(graph.subjects(RDF.type, OA.Annotation))


def test_rdf_turtle_round_trip_is_isomorphic():
    graph = to_rdf(union_document())
    again = bind_prefixes(Graph()).parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, again)
    assert (None, RDF.type, ORG.Post) in again


@pytest.mark.parametrize("text", ['他说"好"', "a\\b", "一行\n二行", "回车\r", "‘引号’ <tag> & 'x'"])
def test_rdf_literal_text_reads_back_as_written(text):
    import pyoxigraph as ox

    from graphbuilder.rdf import _literal

    line = f"<http://example.org/s> <http://example.org/p> {_literal(text)} .\n"
    (triple,) = ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert triple.object.value == text


def test_rdf_ntriples_chunks_are_whole_lines_each_triple_once(monkeypatch):
    from graphbuilder import rdf
    from graphbuilder.outputs import turtle_of_ntriples

    whole = rdf.to_ntriples(union_document())
    monkeypatch.setattr(rdf, "CHUNK_LINES", 2)
    pieces = list(rdf.ntriples_chunks(union_document()))
    assert len(pieces) > 5 and all(piece.endswith(b"\n") for piece in pieces)
    assert b"".join(pieces) == whole  # however it is cut
    lines = whole.splitlines()
    assert len(lines) == len(set(lines)) > 50
    assert turtle_of_ntriples(iter(pieces)) == turtle_of_ntriples(whole)


def test_rdf_a_closing_notes_editor_is_the_articles_editor_with_the_role_as_post():
    text = ("东山县总工会开展送温暖活动\n3月5日，东山县总工会开展送温暖活动，为困难职工送去慰问金。\n"
            "拟稿人：孙芸 核稿人：李海 来源：东山县总工会\n")
    doc = extract_document([Page("p.txt", text, text, "utf-8", dt.date(2024, 3, 6))])
    graph = to_rdf(doc)
    (article,) = graph.subjects(RDF.type, SCHEMA.NewsArticle)
    names = lambda p: {str(graph.value(o, SCHEMA.name)) for o in graph.objects(article, p)}  # noqa: E731
    assert names(SCHEMA.author) == {"孙芸"} and names(SCHEMA.editor) == {"李海"} and names(SCHEMA.contributor) == {"李海"}
    assert {(post.holder, post.label) for post in doc.posts} >= {("孙芸", "拟稿人"), ("李海", "核稿人")}
