"""The ontology files, the SHACL shapes and the closed namespaces of graphbuilder.vocab agree."""

from __future__ import annotations

import inspect
import re
from collections import Counter
from pathlib import Path
from typing import Callable

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from graphbuilder import vocab
from graphbuilder.resources import ontology_path
from graphbuilder.vocab import (
    GB,
    GBE,
    GBR,
    OA,
    ORG,
    OWL,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    bind_prefixes,
)

# XSD is an open rdflib namespace that warns when pytest probes module attributes; reach it via the module.
XSD_DATE, XSD_DATETIME, XSD_NNI = vocab.XSD.date, vocab.XSD.dateTime, vocab.XSD.nonNegativeInteger

ONTOLOGY_FILES = ["graphbuilder.ttl", "event-types.ttl", "roles.ttl", "shapes.ttl"]
VOCABULARY_FILES = ["graphbuilder.ttl", "event-types.ttl", "roles.ttl"]
CONTRACT_SHAPES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "contract-shapes.ttl"
SCHEMES = {"event-types.ttl": (GB.EventTypeScheme, GBE), "roles.ttl": (GB.RoleScheme, GBR)}

EX = "https://example.org/test/"


def _parse(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(ontology_path(name), format="turtle")
    return graph


def _terms(namespace) -> set[URIRef]:
    """Every term of a closed namespace: its annotated names and its non-identifier extras."""
    names = set(inspect.get_annotations(namespace)) | set(namespace._extras)
    return {namespace[name] for name in names}


def _declared(graph: Graph, namespace) -> set[URIRef]:
    base = str(namespace)
    return {s for s in graph.subjects(RDF.type) if isinstance(s, URIRef) and str(s).startswith(base)}


# ---------------------------------------------------------------------------------------------------------
# The files


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_ontology_file_parses(name):
    graph = _parse(name)
    assert len(graph) > 0


def test_ontology_declares_an_owl_ontology_with_title_and_version():
    graph = _parse("graphbuilder.ttl")
    (ontology,) = graph.subjects(RDF.type, OWL.Ontology)
    assert {lit.language for lit in graph.objects(ontology, URIRef("http://purl.org/dc/terms/title"))} >= {"zh", "en"}
    assert graph.value(ontology, URIRef("http://purl.org/dc/terms/description")) is not None
    assert graph.value(ontology, OWL.versionInfo) is not None


def test_ontology_every_gb_term_has_zh_and_en_label():
    graph = _parse(*VOCABULARY_FILES)
    missing = {
        str(term): languages
        for term in _declared(graph, GB)
        if not {"zh", "en"} <= (languages := {lit.language for lit in graph.objects(term, RDFS.label)})
    }
    assert not missing, f"gb: terms without an @zh and an @en rdfs:label: {missing}"


def test_ontology_every_gb_class_and_property_has_comment_domain_and_range():
    graph = _parse("graphbuilder.ttl")
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    terms = {t for kind in kinds for t in graph.subjects(RDF.type, kind) if t in GB}
    assert GB.Participation in terms and GB.inEvent in terms
    for term in terms:
        assert graph.value(term, RDFS.comment) is not None, term
        if (term, RDF.type, OWL.Class) not in graph:
            assert graph.value(term, RDFS.domain) is not None, term
            assert graph.value(term, RDFS.range) is not None, term


def test_ontology_describes_every_external_term_the_vocab_uses():
    graph = _parse("graphbuilder.ttl")
    for namespace in (SCHEMA, OA):
        for term in _terms(namespace):
            languages = {lit.language for lit in graph.objects(term, RDFS.label)}
            assert {"zh", "en"} <= languages, term


# ---------------------------------------------------------------------------------------------------------
# SKOS schemes


@pytest.mark.parametrize("name", list(SCHEMES))
def test_ontology_every_concept_has_labels_definition_and_scheme(name):
    scheme, namespace = SCHEMES[name]
    graph = _parse(name)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts == _terms(namespace)
    for concept in concepts:
        languages = Counter(lit.language for lit in graph.objects(concept, SKOS.prefLabel))
        assert languages == Counter({"zh": 1, "en": 1}), concept
        assert graph.value(concept, SKOS.definition) is not None, concept
        assert (concept, SKOS.inScheme, scheme) in graph
        assert (concept, SKOS.topConceptOf, scheme) in graph
        assert (scheme, SKOS.hasTopConcept, concept) in graph


@pytest.mark.parametrize("name", list(SCHEMES))
def test_ontology_trigger_words_are_chinese_and_unambiguous(name):
    graph = _parse(name)
    owners: dict[str, set[URIRef]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        for label in graph.objects(concept, SKOS.altLabel):
            assert label.language == "zh", (concept, label)
            assert re.fullmatch(r"[\u4e00-\u9fff]+", str(label)), (concept, label)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if label.language == "zh":
                    owners.setdefault(str(label), set()).add(concept)
    shared = {word: sorted(map(str, concepts)) for word, concepts in owners.items() if len(concepts) > 1}
    assert not shared, f"trigger words on more than one concept (or pref and alt at once): {shared}"


# ---------------------------------------------------------------------------------------------------------
# The closed namespaces


@pytest.mark.parametrize("namespace", [GB, GBE, GBR], ids=["GB", "GBE", "GBR"])
def test_ontology_vocab_terms_equal_declared_terms(namespace):
    graph = _parse(*VOCABULARY_FILES)
    declared = _declared(graph, namespace)
    in_vocab = _terms(namespace)
    assert not in_vocab - declared, f"in vocab.py but not in ontology/: {sorted(in_vocab - declared)}"
    assert not declared - in_vocab, f"in ontology/ but not in vocab.py: {sorted(declared - in_vocab)}"


@pytest.mark.parametrize(
    "lookup",
    [
        lambda: GB.Particpation,
        lambda: GBE.meting,
        lambda: GBR.seeoff,
        lambda: GBR["see_off"],
        lambda: SCHEMA.nam,
        lambda: SCHEMA.Thing,
        lambda: OA.hasSelecter,
    ],
    ids=["GB", "GBE", "GBR-attr", "GBR-item", "SCHEMA-typo", "SCHEMA-unused", "OA"],
)
def test_ontology_closed_namespace_raises_on_unknown_term(lookup: Callable[[], URIRef]):
    with pytest.raises(AttributeError):
        lookup()


def test_ontology_vocab_uses_http_schema_and_non_identifier_role():
    assert SCHEMA.name == URIRef("http://schema.org/name")
    assert GBR["see-off"] == URIRef("https://w3id.org/graphbuilder/role/see-off")


def test_ontology_bind_prefixes_binds_http_schema():
    graph = bind_prefixes(Graph())
    namespaces = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert namespaces["schema"] == "http://schema.org/"
    assert namespaces["gb"] == "https://w3id.org/graphbuilder/ns#"
    assert namespaces["gbe"] == str(GBE) and namespaces["gbr"] == str(GBR)
    assert namespaces["oa"] == str(OA) and namespaces["org"] == str(ORG)
    assert "https://schema.org/" not in namespaces.values()


# ---------------------------------------------------------------------------------------------------------
# Shapes


def _sh_in_values(shapes: Graph, path: URIRef) -> set:
    (shape,) = shapes.subjects(SH.path, path)
    return set(Collection(shapes, shapes.value(shape, SH["in"])))


def test_ontology_shape_lists_equal_concept_schemes():
    shapes = _parse("shapes.ttl")
    assert _sh_in_values(shapes, GB.eventType) == _terms(GBE)
    assert _sh_in_values(shapes, GB.role) == _terms(GBR)


def test_ontology_every_property_shape_has_an_english_message():
    shapes = _parse("shapes.ttl")
    for shape in shapes.subjects(SH.path, None):
        messages = list(shapes.objects(shape, SH.message))
        assert messages and all(m.language in (None, "en") for m in messages), shapes.value(shape, SH.path)


def _property_bounds(shapes: Graph) -> dict[tuple, tuple]:
    """(target kind, target, path) -> (minCount, maxCount) of every property shape."""
    bounds = {}
    for node in shapes.subjects(SH.property, None):
        targets = [(kind, t) for kind in (SH.targetClass, SH.targetSubjectsOf) for t in shapes.objects(node, kind)]
        for prop in shapes.objects(node, SH.property):
            low, high = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
            for kind, target in targets:
                bounds[(kind, target, shapes.value(prop, SH.path))] = (
                    low.toPython() if low is not None else 0,
                    high.toPython() if high is not None else None,
                )
    return bounds


def test_ontology_shapes_are_at_least_as_strict_as_the_contract():
    if not CONTRACT_SHAPES.exists():
        pytest.skip(f"{CONTRACT_SHAPES} not found")
    ours = _property_bounds(_parse("shapes.ttl"))
    contract = _property_bounds(Graph().parse(CONTRACT_SHAPES))
    for key, (low, high) in contract.items():
        assert key in ours, f"no shape of ours for {key}"
        our_low, our_high = ours[key]
        assert our_low >= low, key
        assert high is None or (our_high is not None and our_high <= high), key


# ---------------------------------------------------------------------------------------------------------
# A hand-built graph following the design

SENTENCES = [
    "9月9日，焦作市总工会在范村举行职工书屋揭牌仪式。",
    "市总工会副主席张升出席并讲话。",
]
BODY = "".join(SENTENCES)


def _example_graph() -> Graph:
    g = bind_prefixes(Graph())
    article, reporter, photographer = URIRef(EX + "article/1"), URIRef(EX + "person/li"), URIRef(EX + "person/wang")
    person, org, city, village = (URIRef(EX + n) for n in ("person/zhang", "org/union", "place/city", "place/fan"))
    event, participation, post = URIRef(EX + "event/1"), URIRef(EX + "participation/1"), URIRef(EX + "post/1")
    annotation, target, position, quote = (URIRef(EX + n) for n in ("ann/1", "ann/1/t", "ann/1/pos", "ann/1/quote"))
    date = Literal("2020-09-11", datatype=XSD_DATE)

    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.headline, Literal("职工书屋在范村揭牌")))
    g.add((article, SCHEMA.alternativeHeadline, Literal("送文化到基层")))
    g.add((article, SCHEMA.articleBody, Literal(BODY)))
    g.add((article, SCHEMA.datePublished, date))
    g.add((article, SCHEMA.author, reporter))
    g.add((article, SCHEMA.contributor, photographer))
    for x in (person, org, village, event):
        g.add((article, SCHEMA.mentions, x))
    g.add((article, SCHEMA.position, Literal(1)))
    g.add((article, GB.sourceFile, Literal("2020-09-11_page3.txt")))
    g.add((article, GB.pageStart, Literal(120)))
    g.add((article, GB.pageEnd, Literal(120 + len(BODY) + 20)))
    g.add((article, GB.byline, Literal("本报记者 李华 摄影 王明")))

    for node, name in ((reporter, "李华"), (photographer, "王明"), (person, "张升")):
        g.add((node, RDF.type, SCHEMA.Person))
        g.add((node, SCHEMA.name, Literal(name)))
    g.add((person, SCHEMA.jobTitle, Literal("副主席")))

    g.add((org, RDF.type, SCHEMA.Organization))
    g.add((org, SCHEMA.name, Literal("焦作市总工会")))
    g.add((org, SCHEMA.alternateName, Literal("市总工会")))
    g.add((org, SCHEMA.location, city))

    g.add((city, RDF.type, SCHEMA.Place))
    g.add((city, SCHEMA.name, Literal("焦作市")))
    g.add((city, GB.adminLevel, Literal("prefecture")))
    g.add((city, GB.adminCode, Literal("410800")))
    g.add((village, RDF.type, SCHEMA.Place))
    g.add((village, SCHEMA.name, Literal("范村")))
    g.add((village, GB.adminLevel, Literal("village")))
    g.add((village, SCHEMA.containedInPlace, city))

    g.add((event, RDF.type, SCHEMA.Event))
    g.add((event, SCHEMA.name, Literal("职工书屋揭牌仪式")))
    g.add((event, SCHEMA.startDate, Literal("2020-09-09", datatype=XSD_DATE)))
    g.add((event, SCHEMA.location, village))
    g.add((event, SCHEMA.organizer, org))
    g.add((event, SCHEMA.attendee, person))
    g.add((event, GB.eventType, GBE.ceremony))
    g.add((event, GB.dateText, Literal("9月9日")))

    g.add((participation, RDF.type, GB.Participation))
    g.add((participation, GB.participant, person))
    g.add((participation, GB.inEvent, event))
    g.add((participation, GB.roleLabel, Literal("出席并讲话")))
    g.add((participation, GB.role, GBR.attend))
    g.add((participation, GB.role, GBR.speak))

    g.add((post, RDF.type, ORG.Post))
    g.add((post, ORG.heldBy, person))
    g.add((post, RDFS.label, Literal("市总工会副主席")))
    g.add((post, ORG.postIn, org))
    g.add((post, GB.firstSeen, date))
    g.add((post, GB.lastSeen, date))
    g.add((post, GB.seenIn, article))

    start = len(SENTENCES[0])
    end = start + len(SENTENCES[1])
    g.add((annotation, RDF.type, OA.Annotation))
    g.add((annotation, OA.motivatedBy, OA.identifying))
    g.add((annotation, OA.hasBody, participation))
    g.add((annotation, OA.hasTarget, target))
    g.add((annotation, GB.highlight, Literal("张升")))
    g.add((annotation, GB.highlight, Literal("出席并讲话")))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, article))
    g.add((target, OA.hasSelector, position))
    g.add((target, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start, datatype=XSD_NNI)))
    g.add((position, OA.end, Literal(end, datatype=XSD_NNI)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(BODY[start:end])))
    return g


def _conforms(data: Graph, shapes: Graph, *, meta_shacl: bool = False) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", meta_shacl=meta_shacl)
    return conforms, text


def _shapes(which: str) -> Graph:
    if which == "ours":
        return _parse("shapes.ttl")
    if not CONTRACT_SHAPES.exists():
        pytest.skip(f"{CONTRACT_SHAPES} not found")
    return Graph().parse(CONTRACT_SHAPES)


@pytest.mark.parametrize("which", ["ours", "contract"])
def test_ontology_example_graph_conforms(which):
    # meta_shacl: our shapes are themselves valid SHACL
    conforms, report = _conforms(_example_graph(), _shapes(which), meta_shacl=which == "ours")
    assert conforms, report


def _node(name: str) -> URIRef:
    return URIRef(EX + name)


def _replace(g: Graph, s: URIRef, p: URIRef, new) -> None:
    g.remove((s, p, None))
    g.add((s, p, new))


def _add_quote(g: Graph, target: URIRef, exact: str) -> None:
    quote = BNode()
    g.add((target, OA.hasSelector, quote))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(exact)))


BREAKAGES = {
    # name: (how to break the example graph, whether the contract shapes catch it too)
    "person-with-two-names": (lambda g: g.add((_node("person/zhang"), SCHEMA.name, Literal("张 升"))), True),
    "start-date-plain-string": (
        lambda g: _replace(g, _node("event/1"), SCHEMA.startDate, Literal("2020-09-09")),
        True,
    ),
    "start-date-with-time": (
        lambda g: _replace(g, _node("event/1"), SCHEMA.startDate, Literal("2020-09-09T09:00:00", datatype=XSD_DATETIME)),
        False,
    ),
    "post-without-holder": (lambda g: g.remove((_node("post/1"), ORG.heldBy, None)), True),
    "mentions-a-literal": (lambda g: g.add((_node("article/1"), SCHEMA.mentions, Literal("张升"))), True),
    "mentions-a-post": (lambda g: g.add((_node("article/1"), SCHEMA.mentions, _node("post/1"))), False),
    "article-without-headline": (lambda g: g.remove((_node("article/1"), SCHEMA.headline, None)), False),
    "participation-without-role-label": (lambda g: g.remove((_node("participation/1"), GB.roleLabel, None)), False),
    "role-outside-scheme": (lambda g: g.add((_node("participation/1"), GB.role, GBR._NS["clap"])), False),
    "event-type-outside-scheme": (lambda g: _replace(g, _node("event/1"), GB.eventType, GBR.visit), False),
    "participant-not-attendee": (lambda g: g.remove((_node("event/1"), SCHEMA.attendee, None)), False),
    "unknown-admin-level": (lambda g: _replace(g, _node("place/fan"), GB.adminLevel, Literal("city")), False),
    "admin-code-not-six-digits": (lambda g: _replace(g, _node("place/city"), GB.adminCode, Literal("4108")), False),
    "page-end-before-start": (lambda g: _replace(g, _node("article/1"), GB.pageEnd, Literal(100)), False),
    "first-seen-after-last-seen": (
        lambda g: _replace(g, _node("post/1"), GB.firstSeen, Literal("2020-10-01", datatype=XSD_DATE)),
        False,
    ),
    "wrong-motivation": (lambda g: _replace(g, _node("ann/1"), OA.motivatedBy, OA._NS["commenting"]), False),
    "offsets-off-by-one": (
        lambda g: _replace(g, _node("ann/1/pos"), OA.start, Literal(len(SENTENCES[0]) + 1, datatype=XSD_NNI)),
        False,
    ),
    "offset-as-plain-integer": (lambda g: _replace(g, _node("ann/1/pos"), OA.end, Literal(len(BODY))), False),
    "two-quote-selectors": (lambda g: _add_quote(g, _node("ann/1/t"), SENTENCES[1]), False),
    "highlight-not-in-sentence": (lambda g: g.add((_node("ann/1"), GB.highlight, Literal("李华"))), False),
    "body-is-an-article": (lambda g: _replace(g, _node("ann/1"), OA.hasBody, _node("article/1")), False),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_ontology_broken_graph_does_not_conform(name):
    breaks, contract_catches = BREAKAGES[name]
    graph = _example_graph()
    breaks(graph)
    conforms, _ = _conforms(graph, _shapes("ours"))
    assert not conforms
    if contract_catches and CONTRACT_SHAPES.exists():
        conforms, _ = _conforms(graph, _shapes("contract"))
        assert not conforms


def test_ontology_readme_query_finds_role_and_evidence():
    readme = ontology_path("README.md").read_text(encoding="utf-8")
    (query,) = re.findall(r"```sparql\n(.*?)```", readme, flags=re.S)
    rows = {
        (str(r.person), str(r.event), str(r.roleLabel), str(r.role), str(r.sentence), int(r.start), int(r.end))
        for r in _example_graph().query(query)
    }
    start, end = len(SENTENCES[0]), len(BODY)
    assert rows == {
        ("张升", "职工书屋揭牌仪式", "出席并讲话", str(GBR.attend), SENTENCES[1], start, end),
        ("张升", "职工书屋揭牌仪式", "出席并讲话", str(GBR.speak), SENTENCES[1], start, end),
    }
