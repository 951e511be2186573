"""RDF vocabularies of the graph, as closed namespaces.

``GB`` (our own terms), ``GBE`` (event types), ``GBR`` (participation roles), ``SCHEMA`` (the schema.org
terms we use, in the ``http://schema.org/`` form of the contract; rdflib's ``SDO`` is https) and ``OA``
(W3C Web Annotation). Every namespace has ``_fail = True``: a typo such as ``GB.Particpation`` raises
AttributeError instead of minting a new IRI. The terms are declared in ``ontology/*.ttl`` (a test keeps the
two in step); ORG, PROV, SKOS and the W3C basics are rdflib's own, re-exported here.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "DCTERMS",
    "GB",
    "GBE",
    "GBR",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "bind_prefixes",
]


class GB(DefinedNamespace):
    """graphbuilder's own terms (ontology/graphbuilder.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphbuilder/ns#")

    # classes
    Participation: URIRef  # the n-ary role of a person in an event (a prov:Association)

    # concept schemes (members in GBE and GBR)
    EventTypeScheme: URIRef
    RoleScheme: URIRef

    # article
    sourceFile: URIRef  # input file name
    pageStart: URIRef  # start offset of the article in the decoded page text
    pageEnd: URIRef  # end offset (exclusive)
    byline: URIRef  # the byline as printed
    originalText: URIRef  # the body as the page wrote it, when it differs

    # place
    adminLevel: URIRef  # province | prefecture | county | township | village | venue | other
    adminCode: URIRef  # GB/T 2260 code

    # event
    eventType: URIRef  # -> a GBE concept
    dateText: URIRef  # the date as written

    # participation
    participant: URIRef  # -> schema:Person
    inEvent: URIRef  # -> schema:Event
    roleLabel: URIRef  # the verb phrase as written
    role: URIRef  # -> a GBR concept

    # post
    firstSeen: URIRef
    lastSeen: URIRef
    seenIn: URIRef  # -> schema:NewsArticle

    # evidence
    highlight: URIRef  # matched words of the evidence sentence


class GBE(DefinedNamespace):
    """Event types (ontology/event-types.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphbuilder/event-type/")

    meeting: URIRef
    ceremony: URIRef
    donation: URIRef
    aid: URIRef
    visit: URIRef
    competition: URIRef
    training: URIRef
    inspection: URIRef
    other: URIRef


class GBR(DefinedNamespace):
    """Participation roles (ontology/roles.ttl); ``GBR["see-off"]`` for the one that is no identifier."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphbuilder/role/")
    _extras = ["see-off"]

    attend: URIRef
    participate: URIRef
    speak: URIRef
    address: URIRef
    unveil: URIRef
    preside: URIRef
    accompany: URIRef
    inspect: URIRef
    visit: URIRef
    award: URIRef
    other: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms of the graph, in the ``http://schema.org/`` form."""

    _fail = True
    _NS = Namespace("http://schema.org/")

    # classes
    Event: URIRef
    ImageObject: URIRef
    NewsArticle: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef

    # article
    headline: URIRef
    alternativeHeadline: URIRef
    articleBody: URIRef
    datePublished: URIRef
    author: URIRef
    contributor: URIRef
    editor: URIRef
    mentions: URIRef
    position: URIRef
    image: URIRef
    caption: URIRef
    creditText: URIRef

    # person, organisation, place
    name: URIRef
    jobTitle: URIRef
    alternateName: URIRef
    location: URIRef
    parentOrganization: URIRef
    containedInPlace: URIRef

    # event
    startDate: URIRef
    endDate: URIRef
    organizer: URIRef
    attendee: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms of the evidence."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef

    motivatedBy: URIRef
    identifying: URIRef  # the motivation of every evidence annotation
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


PREFIXES: dict[str, str] = {
    "gb": str(GB),
    "gbe": str(GBE),
    "gbr": str(GBR),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind our prefixes on ``graph`` (``schema:`` to the http form, replacing rdflib's https default).

    Returns:
        The same graph, for chaining.
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
