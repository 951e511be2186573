"""From the RDF graph to a NetworkX graph of people, organisations, places, events and articles.

Read from the RDF (with SPARQL), not from the extraction records, so any Turtle that graphbuilder wrote can be
exported again. Nodes are keyed by IRI and carry ``label`` and ``type`` plus the attributes html.py shows;
edges carry ``kind`` and ``label``. Every attribute is a plain str or int with XML-invalid characters
removed, so the graph writes to GraphML as is.
"""

from __future__ import annotations

import re
from io import BytesIO
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from os import PathLike
from sys import intern
from typing import IO, Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graphbuilder.store import native_store
from graphbuilder.vocab import GB, OA, ORG, PREFIXES, SCHEMA

__all__ = ["NetworkTables", "to_networkx", "network_of_ntriples", "network_of_tables", "write_graphml", "graphml_bytes",
           "clean_text"]

TYPES = {  # class -> node type, in order of precedence when a node has several
    SCHEMA.Event: "event",
    SCHEMA.Person: "person",
    SCHEMA.Organization: "organisation",
    SCHEMA.Place: "place",
    SCHEMA.NewsArticle: "article",
}
EDGE_LABELS = {
    "organised": "主办",
    "held_at": "举办地",
    "mentions": "提及",
    "contained_in": "位于",
    "authored": "撰稿",
    "photographed": "摄影",
    "edited": "编辑",
    "attended": "参加",
}
EVIDENCE_MAX = 5  # sentences kept on one node or edge; the RDF graph holds them all
TITLE_SEPARATOR = "；"
_NO_VALUES: dict[str, list[str]] = {}  # the values of a node that has none
_GRAPHML_VALUE_TYPES = (str, bool, int, float)

# XML 1.0 allows tab, newline, carriage return and U+0020 upwards, minus surrogates and U+FFFE/U+FFFF
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_NODES = """
SELECT ?node ?class WHERE {
    VALUES ?class { schema:Event schema:Person schema:Organization schema:Place schema:NewsArticle }
    ?node a ?class .
    FILTER isIRI(?node)
}"""

_VALUE_PROPERTIES = (
    SCHEMA.name, SCHEMA.jobTitle, SCHEMA.alternateName, SCHEMA.headline, SCHEMA.datePublished, SCHEMA.startDate,
    SCHEMA.endDate, GB.dateText, GB.adminLevel, GB.adminCode, GB.sourceFile, GB.eventType, SCHEMA.position,
)
_VALUES = f"""
SELECT ?node ?property ?value WHERE {{
    VALUES ?property {{ {" ".join(f"<{p}>" for p in _VALUE_PROPERTIES)} }}
    ?node ?property ?value .
}}"""

_PARTICIPATIONS = """
SELECT ?participation ?person ?event ?label ?role WHERE {
    ?participation a gb:Participation ; gb:participant ?person ; gb:inEvent ?event .
    OPTIONAL { ?participation gb:roleLabel ?label }
    OPTIONAL { ?participation gb:role ?role }
}"""

_LINK_PROPERTIES = (
    SCHEMA.attendee, SCHEMA.organizer, SCHEMA.location, SCHEMA.mentions, SCHEMA.containedInPlace, SCHEMA.author,
    SCHEMA.contributor, SCHEMA.editor,
)
_LINKS = f"""
SELECT ?source ?property ?target WHERE {{
    VALUES ?property {{ {" ".join(f"<{p}>" for p in _LINK_PROPERTIES)} }}
    ?source ?property ?target .
    FILTER isIRI(?target)
}}"""

_POSTS = """
SELECT ?post ?person ?label ?organisation WHERE {
    ?post a org:Post ; org:heldBy ?person ; org:postIn ?organisation .
    OPTIONAL { ?post rdfs:label ?label }
}"""

_EVIDENCE = """
SELECT ?body ?article ?start ?exact WHERE {
    ?annotation oa:hasBody ?body ; oa:hasTarget ?target .
    ?target oa:hasSelector ?quote .
    ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
    OPTIONAL { ?target oa:hasSource ?article }
    OPTIONAL { ?target oa:hasSelector ?position . ?position a oa:TextPositionSelector ; oa:start ?start }
}"""


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    # Every such character is unprintable: most text is printable and needs no search.
    return text if text.isprintable() else _XML_INVALID.sub("", text)


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The people, organisations, places, events and articles of an RDF graph, and how they are linked.

    Edges: ``attended`` (person → event; label = the role as written, ``role`` = role concept names),
    ``organised`` (organisation → event), ``held_at`` (event → place), ``post_in`` (person → organisation;
    label = the post), ``mentions`` (article → anything), ``contained_in`` (place → place), ``authored``
    (person → article; label 撰稿, or 摄影 for a photographer). A node or edge with evidence has
    ``evidence`` (its sentences, one a line) and ``evidence_articles`` (each sentence's article IRI).

    Args:
        graph: a graph in the shape of ontology/ (as written by `graphbuilder.rdf.to_rdf`).

    Returns:
        A new MultiDiGraph whose node and edge attributes are all str or int.
    """
    same_as = [(str(a), str(b)) for a, b in graph.subject_objects(OWL.sameAs)
               if isinstance(a, URIRef) and isinstance(b, URIRef)]
    return _network(_Reader(graph), same_as)


def network_of_ntriples(ntriples: bytes) -> nx.MultiDiGraph:
    """`to_networkx` of a graph given as N-Triples (a build's, `graphbuilder.rdf.to_ntriples`), read in one
    pass into the tables `to_networkx`'s queries give, without loading a store (millions of triples)."""
    tables = NetworkTables()
    add = tables.add
    kinds = _KINDS
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        predicate = triple.predicate.value
        if predicate in kinds:  # a third of a build's triples are of predicates the view never reads
            subject, obj = triple.subject, triple.object
            add(subject.value, predicate, obj.value, isinstance(subject, ox.NamedNode), isinstance(obj, ox.NamedNode))
    return network_of_tables(tables)


def network_of_tables(tables: NetworkTables) -> nx.MultiDiGraph:
    """`to_networkx` of the triples (and evidence) given to ``tables``; see `graphbuilder.rdf.to_ntriples`,
    which fills them as it writes, so a build needs no second pass over its triples."""
    return _network(_Reader(None, rows=tables.rows()), tables.same_as)


def _network(reader: _Reader, same_as: list[tuple[str, str]]) -> nx.MultiDiGraph:
    result = nx.MultiDiGraph()
    for node, attrs in sorted(reader.node_attributes().items()):
        result.add_node(clean_text(node), **_clean(attrs))
    types = reader.types
    edges = [edge for edge in reader.edges() if edge[0] in types and edge[1] in types]
    edges.sort(key=itemgetter(0, 1, 2))
    add_edge = result.add_edge
    for source, target, key, attrs in edges:
        add_edge(clean_text(source), clean_text(target), key=clean_text(key), **_clean(attrs))
    _merge_same_individuals(result, same_as)
    return result


def _merge_same_individuals(result: nx.MultiDiGraph, same_as: list[tuple[str, str]]) -> None:
    """Draw nodes stated to be the same individual (owl:sameAs, e.g. one event reported by two
    articles) as one node: the smallest IRI keeps its attributes, filled in from the others."""
    groups = nx.Graph()
    groups.add_edges_from(sorted((clean_text(a), clean_text(b)) for a, b in same_as))  # in one order, however read
    for component in nx.connected_components(groups):
        members = sorted(n for n in component if n in result)
        if len(members) < 2:
            continue
        keep, others = members[0], members[1:]
        for other in others:
            for name, value in result.nodes[other].items():
                if value not in ("", None) and result.nodes[keep].get(name) in ("", None):
                    result.nodes[keep][name] = value
            for source, _, key, attrs in list(result.in_edges(other, keys=True, data=True)):
                if source != keep and not result.has_edge(source, keep, key):
                    result.add_edge(source, keep, key=key, **attrs)
            for _, target, key, attrs in list(result.out_edges(other, keys=True, data=True)):
                if target != keep and not result.has_edge(keep, target, key):
                    result.add_edge(keep, target, key=key, **attrs)
            result.remove_node(other)


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The graph as UTF-8 GraphML: the bytes `networkx.write_graphml` writes (through lxml, pretty-printed)."""
    data = _graphml_document(graph)
    if data is not None:
        return data
    buffer = BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def write_graphml(graph: nx.MultiDiGraph, path: str | PathLike[str] | IO[bytes]) -> None:
    """Write UTF-8 GraphML that networkx reads back and Gephi shows with labels (the ``label`` attribute).

    Args:
        graph: a graph from `to_networkx` (attributes str, int, float or bool).
        path: a file name or a binary file object.
    """
    data = graphml_bytes(graph)
    if hasattr(path, "write"):
        path.write(data)
    else:
        with open(path, "wb") as handle:
            handle.write(data)


_GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}  # as networkx names them
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)


_GRAPHML_PIECE = 4096
"""Nodes or edges whose markup `_graphml_document` encodes together."""


def _graphml_document(graph: nx.MultiDiGraph) -> bytes | None:
    """`networkx.write_graphml`'s document for a MultiDiGraph with plain attribute values, written as text
    (0.41 s instead of 0.98 at 2,000 articles: networkx builds an lxml element per node, edge and value) and
    encoded a piece at a time (the whole document as one str would take as much memory again).

    None for any other graph, which networkx then writes (or refuses); so too when a node, key, attribute name
    or value holds a character XML cannot (lxml refuses it: networkx says so). Each is checked on its own: the
    whole document is ten times as long, and its markup is ours."""
    if not isinstance(graph, nx.MultiDiGraph) or graph.graph or not graph:
        return None
    data = _GraphmlData()
    body: list[bytes] = []
    pending: list[str] = []

    def add(markup: str) -> None:
        pending.append(markup)
        if len(pending) == _GRAPHML_PIECE:
            body.append("".join(pending).encode("utf-8"))
            pending.clear()

    for node, attrs in graph.nodes(data=True):
        if type(node) is not str or not _xml_valid(node):
            return None
        opening = f'<node id="{_attribute(node)}"'
        add(f"{opening}{data(attrs, 'node')}</node>\n" if attrs else f"{opening}/>\n")
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        if type(key) is not str or not _xml_valid(key):  # its ends are nodes, checked above
            return None
        opening = f'<edge source="{_attribute(source)}" target="{_attribute(target)}" id="{_attribute(key)}"'
        add(f"{opening}{data(attrs, 'edge')}</edge>\n" if attrs else f"{opening}/>\n")
    if data.refused:
        return None
    body.append("".join(pending).encode("utf-8"))
    head = [_GRAPHML_HEAD]
    head += [f'<key id="{key}" for="{scope}" attr.name="{_attribute(name)}" attr.type="{kind}"/>\n'
             for (name, kind, scope), key in reversed(data.keys.items())]
    head.append('<graph edgedefault="directed">')
    return b"".join(["".join(head).encode("utf-8"), *body, b"</graph></graphml>"])


def _xml_valid(text: str) -> bool:
    """Whether ``text`` holds only characters XML 1.0 allows (printable text needs no search)."""
    return text.isprintable() or not _XML_INVALID.search(text)


class _GraphmlData:
    """Writes the ``<data>`` elements of a node's or an edge's attributes, making a key the first time a name
    is seen with a value of a type in a scope, as networkx does (nodes first). ``refused`` once a name or a
    value is not of a type GraphML has, or holds a character XML cannot."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str, str], str] = {}  # (name, type, scope) -> key id, in the order made
        self.openings: dict[tuple[str, str, type], str] = {}  # (scope, name, value type) -> '  <data key="d0">'
        self.text_openings: dict[str, dict[str, str]] = {"node": {}, "edge": {}}  # the same for str, by scope, name
        self.refused = False

    def __call__(self, attrs: dict[str, Any], scope: str) -> str:
        openings, text_openings = self.openings, self.text_openings[scope]
        parts = [">\n"]
        for name, value in attrs.items():
            if type(value) is str:  # nearly all: looked up without making a key tuple
                opening = text_openings.get(name)
                if opening is None:
                    opening = self._opening(scope, name, value)
                if not value.isprintable() and _XML_INVALID.search(value):
                    self.refused = True
                if "&" in value or "<" in value or ">" in value or "\r" in value:
                    value = _element_text(value)
                parts.append(f"{opening}{value}</data>\n")
            else:  # a number or a bool: ASCII
                opening = openings.get((scope, name, type(value)))
                if opening is None:
                    opening = self._opening(scope, name, value)
                parts.append(f"{opening}{str(value)}</data>\n")
        return "".join(parts)

    def _opening(self, scope: str, name: str, value: Any) -> str:
        kind = _GRAPHML_TYPES.get(type(value))
        if kind is None or type(name) is not str or not _xml_valid(name):
            self.refused = True
            return ""
        key = self.keys.setdefault((name, kind, scope), f"d{len(self.keys)}")
        opening = self.openings[scope, name, type(value)] = f'  <data key="{key}">'
        if type(value) is str:
            self.text_openings[scope][name] = opening
        return opening


def _element_text(text: str) -> str:
    """``text`` escaped as lxml writes element content."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text


def _attribute(text: str) -> str:
    """``text`` escaped as lxml writes an attribute value."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "\n" in text or "\r" in text or "\t" in text:
        text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))
    return text


def _clean(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """The attributes GraphML can hold (str, int, float, bool), strings as `clean_text` makes them."""
    cleaned = {}
    for name, value in attrs.items():
        if type(value) is str:  # nearly all
            cleaned[name] = value if value.isprintable() else _XML_INVALID.sub("", value)
        elif isinstance(value, _GRAPHML_VALUE_TYPES):
            cleaned[name] = value if not isinstance(value, str) or value.isprintable() else _XML_INVALID.sub("", value)
    return cleaned


def _local_name(iri: str) -> str:
    return unquote(iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


@lru_cache(maxsize=1024)
def _term_name(iri: str) -> str:
    """`_local_name` of a vocabulary term (a property, role or event type): few, each read thousands of times."""
    return _local_name(iri)


class _Reader:
    """The SPARQL results of one graph, grouped by node."""

    def __init__(self, graph: Graph | None, rows: dict[str, Iterable[tuple[str | None, ...]]] | None = None) -> None:
        self.graph = graph
        self.rows = rows  # the solutions of each query, when they were read from triples (`NetworkTables`)
        self.types: dict[str, str] = {}
        precedence = list(TYPES.values())
        types = {str(iri): kind for iri, kind in TYPES.items()}
        for node, cls in self._query(_NODES):
            kind = types[cls]
            if node not in self.types or precedence.index(kind) < precedence.index(self.types[node]):
                self.types[node] = kind
        self.values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for node, prop, value in self._query(_VALUES):
            self.values[node][_term_name(prop)].append(value)
        self.links: list[tuple[str, str, str]] = [
            (source, _term_name(prop), target) for source, prop, target in self._query(_LINKS)
        ]
        self.evidence, self.evidence_in = self._evidence()

    def _query(self, query: str) -> Iterable[tuple[str | None, ...]]:
        """The solutions as tuples of plain strings (IRIs, lexical forms) in the order of the query's SELECT
        variables, None where a variable is unbound; read once.

        On an Oxigraph store the query runs there and its terms are read as strings directly: rdflib's
        terms cost more than the query at a hundred thousand rows."""
        if self.rows is not None:
            return self.rows[query]
        native = native_store(self.graph)
        if native is not None:
            solutions = native.query(query, prefixes=PREFIXES)
            return [tuple(term.value if term is not None else None for term in row) for row in solutions]
        result = self.graph.query(query, initNs=PREFIXES)
        names = [str(v) for v in result.vars]
        return [tuple(str(row[name]) if row[name] is not None else None for name in names) for row in result]

    def _evidence(self) -> tuple[dict[str, list[tuple[str, int, str]]], dict[tuple[str, str], list[tuple[str, int, str]]]]:
        """(article, start, sentence) of each fact's evidence, in article and offset order; and the same by
        fact and article."""
        found: dict[str, set[tuple[str, int, str]]] = defaultdict(set)
        for body, article, start, exact in self._query(_EVIDENCE):
            found[body].add((article or "", int(start) if start and start.isdigit() else 0, exact))
        evidence = {body: sorted(items) for body, items in found.items()}
        evidence_in: dict[tuple[str, str], list[tuple[str, int, str]]] = defaultdict(list)
        for body, items in evidence.items():
            for item in items:
                evidence_in[body, item[0]].append(item)
        return evidence, evidence_in

    def _sentences(self, fact: str, article: str | None = None) -> list[tuple[str, str]]:
        """Distinct evidence sentences of a fact with the article of each (only those in ``article`` if
        given), at most EVIDENCE_MAX."""
        sentences: dict[str, str] = {}
        items = self.evidence.get(fact, []) if article is None else self.evidence_in.get((fact, article), [])
        for source, _, sentence in items:
            if sentence not in sentences:
                sentences[sentence] = source
                if len(sentences) == EVIDENCE_MAX:
                    break
        return list(sentences.items())

    def _first(self, node: str, name: str) -> str:
        """The least of the node's values of ``name`` (values are plain strings), "" if it has none."""
        values = self.values.get(node, _NO_VALUES).get(name)
        return min(values) if values else ""

    def _all(self, node: str, name: str) -> list[str]:
        return sorted({v for v in self.values.get(node, _NO_VALUES).get(name, ()) if v})

    def _add_evidence(self, attrs: dict[str, Any], fact: str, article: str | None = None) -> None:
        """Set ``evidence`` (the sentences, one a line) and ``evidence_articles`` (the IRI of the article of
        each sentence, line for line) when the fact has evidence."""
        sentences = self._sentences(fact, article)
        if sentences:
            attrs["evidence"] = "\n".join(sentence for sentence, _ in sentences)
            attrs["evidence_articles"] = "\n".join(source for _, source in sentences)

    def _names(self, nodes: list[str]) -> str:
        return TITLE_SEPARATOR.join(sorted({self._label(n) for n in nodes}))

    def _label(self, node: str) -> str:
        key = "headline" if self.types.get(node) == "article" else "name"
        return self._first(node, key) or self._first(node, "name") or _local_name(node)

    def node_attributes(self) -> dict[str, dict[str, Any]]:
        outgoing: dict[tuple[str, str], list[str]] = defaultdict(list)
        mentioned_in: dict[str, list[str]] = defaultdict(list)
        for source, prop, target in self.links:
            outgoing[source, prop].append(target)
            if prop == "mentions":
                mentioned_in[target].append(source)
        nodes: dict[str, dict[str, Any]] = {}
        for node, kind in self.types.items():
            attrs: dict[str, Any] = {"label": self._label(node), "type": kind}
            self._add_evidence(attrs, node)
            if kind == "person":
                attrs["titles"] = TITLE_SEPARATOR.join(self._all(node, "jobTitle"))
            elif kind in ("organisation", "place"):
                aliases = TITLE_SEPARATOR.join(self._all(node, "alternateName"))
                if aliases:
                    attrs["aliases"] = aliases
                if kind == "place":
                    for prop, attr in (("adminLevel", "admin_level"), ("adminCode", "admin_code")):
                        if self._first(node, prop):
                            attrs[attr] = self._first(node, prop)
            elif kind == "event":
                attrs.update(self._event_attributes(node, outgoing, mentioned_in[node]))
            elif kind == "article":
                attrs["headline"] = self._first(node, "headline")
                if self._first(node, "datePublished"):
                    attrs["date"] = self._first(node, "datePublished")
                if self._first(node, "sourceFile"):
                    attrs["source_file"] = self._first(node, "sourceFile")
            nodes[node] = attrs
        return nodes

    def _event_attributes(self, node: str, outgoing: dict[tuple[str, str], list[str]],
                          articles: list[str]) -> dict[str, Any]:
        attrs: dict[str, Any] = {}
        for prop, attr in (("startDate", "date"), ("endDate", "end_date"), ("dateText", "date_text")):
            if self._first(node, prop):
                attrs[attr] = self._first(node, prop)
        event_type = self._first(node, "eventType")
        attrs["event_type"] = _term_name(event_type) if event_type else "other"
        place = self._names([p for p in outgoing[node, "location"] if p in self.types])
        organisers = self._names([o for o in outgoing[node, "organizer"] if o in self.types])
        if place:
            attrs["place"] = place
        if organisers:
            attrs["organisers"] = organisers
        # the headline of the earliest article that reports the event
        reports = sorted((self._first(a, "datePublished") or "9999", self._first(a, "headline"), a)
                         for a in articles if self.types.get(a) == "article")
        if reports:
            attrs["headline"] = reports[0][1]
        return attrs

    def edges(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        edges: list[tuple[str, str, str, dict[str, Any]]] = []
        attended: set[tuple[str, str]] = set()
        roles: dict[str, dict[str, Any]] = {}
        for participation, person, event, label, role in self._query(_PARTICIPATIONS):
            part = roles.setdefault(participation, {"person": person, "event": event, "labels": set(), "roles": set()})
            if label is not None:
                part["labels"].add(label)
            if role is not None:
                part["roles"].add(_term_name(role))
        for iri, part in roles.items():
            attrs: dict[str, Any] = {"kind": "attended",
                                     "label": "、".join(sorted(part["labels"])) or EDGE_LABELS["attended"]}
            if part["roles"]:
                attrs["role"] = ",".join(sorted(part["roles"]))
            self._add_evidence(attrs, iri)
            edges.append((part["person"], part["event"], f"attended {iri}", attrs))
            attended.add((part["person"], part["event"]))

        edited = {(source, target) for source, prop, target in self.links if prop == "editor"}
        for source, prop, target in self.links:
            if prop == "attendee" and (target, source) not in attended:
                edges.append((target, source, "attended", {"kind": "attended", "label": EDGE_LABELS["attended"]}))
            elif prop == "organizer" and self.types.get(source) == "event":
                edges.append((target, source, "organised", self._edge("organised", source)))
            elif prop == "location" and self.types.get(source) == "event":
                edges.append((source, target, "held_at", self._edge("held_at", source)))
            elif prop == "mentions":
                edges.append((source, target, "mentions", self._edge("mentions", target, article=source)))
            elif prop == "containedInPlace":
                edges.append((source, target, "contained_in", self._edge("contained_in")))
            elif prop == "author":
                edges.append((target, source, "authored", self._edge("authored")))
            elif prop == "contributor" and (source, target) not in edited:  # an editor: the edge below
                attrs = self._edge("authored")
                attrs["label"] = EDGE_LABELS["photographed"]
                edges.append((target, source, "photographed", attrs))
            elif prop == "editor":
                attrs = self._edge("authored")
                attrs["label"] = EDGE_LABELS["edited"]
                edges.append((target, source, "edited", attrs))

        for post, person, label, organisation in self._query(_POSTS):
            attrs = {"kind": "post_in", "label": label or "任职"}
            self._add_evidence(attrs, post)
            edges.append((person, organisation, f"post_in {post}", attrs))
        return edges

    def _edge(self, kind: str, fact: str | None = None, *, article: str | None = None) -> dict[str, Any]:
        """An edge's attributes; its evidence is the fact's (only what ``article`` says, if given)."""
        attrs: dict[str, Any] = {"kind": kind, "label": EDGE_LABELS[kind]}
        if fact is not None:
            self._add_evidence(attrs, fact, article)
        return attrs


# The terms the tables join on, as the strings the triples give (looked up once, not per triple).
_GB_Participation = str(GB.Participation)
_GB_inEvent = str(GB.inEvent)
_GB_participant = str(GB.participant)
_GB_role = str(GB.role)
_GB_roleLabel = str(GB.roleLabel)
_OA_TextPositionSelector = str(OA.TextPositionSelector)
_OA_TextQuoteSelector = str(OA.TextQuoteSelector)
_OA_exact = str(OA.exact)
_OA_hasBody = str(OA.hasBody)
_OA_hasSelector = str(OA.hasSelector)
_OA_hasSource = str(OA.hasSource)
_OA_hasTarget = str(OA.hasTarget)
_OA_start = str(OA.start)
_ORG_Post = str(ORG.Post)
_ORG_heldBy = str(ORG.heldBy)
_ORG_postIn = str(ORG.postIn)
_RDFS_label = str(RDFS.label)


_TYPE, _VALUE, _LINK, _JOIN, _SAME_AS = 1, 2, 4, 8, 16  # what `NetworkTables` reads a predicate for
_JOINS = (_OA_hasBody, _OA_hasTarget, _OA_hasSelector, _OA_hasSource, _OA_exact, _OA_start, _GB_participant,
          _GB_inEvent, _GB_roleLabel, _GB_role, _ORG_heldBy, _ORG_postIn, _RDFS_label)


def _predicate_kinds() -> dict[str, int]:
    kinds: dict[str, int] = defaultdict(int)
    kinds[str(RDF.type)] |= _TYPE
    kinds[str(OWL.sameAs)] |= _SAME_AS
    for prop in _VALUE_PROPERTIES:
        kinds[str(prop)] |= _VALUE
    for prop in _LINK_PROPERTIES:
        kinds[str(prop)] |= _LINK
    for prop in _JOINS:
        kinds[prop] |= _JOIN
    return dict(kinds)


_KINDS = _predicate_kinds()  # a property may be read as a value, a link and a join at once
_CLASSES = frozenset(str(c) for c in TYPES)


class NetworkTables:
    """The solutions of `to_networkx`'s queries, collected triple by triple (terms as plain strings: an IRI
    without brackets, a literal's lexical form) instead of by querying a store. Kept as the tuples the view
    reads (a year of pages has millions of rows: no dict each); the joins are made as it reads them."""

    predicates = frozenset(_KINDS)  # the predicates of the triples it reads (`add` ignores any other)

    def __init__(self) -> None:
        self.nodes: list[tuple[str, str]] = []  # (node, class)
        self.values: list[tuple[str, str, str]] = []  # (node, property, value)
        self.links: list[tuple[str, str, str]] = []  # (source, property, target)
        self.same_as: list[tuple[str, str]] = []
        self.types: dict[str, set[str]] = defaultdict(set)
        self.objects: dict[str, dict[str, list[str]]] = {prop: defaultdict(list) for prop in _JOINS}  # by predicate
        self.evidence: list[tuple[str, str, str, str]] = []  # (body, article, start, exact)

    def add(self, s: str, predicate: str, o: str, s_iri: bool = True, o_iri: bool = True) -> None:
        """Take one triple into the tables (each distinct triple once)."""
        kind = _KINDS.get(predicate)
        if kind is None:
            return
        s, predicate = intern(s), intern(predicate)  # one copy of each IRI however many rows name it
        if o_iri:
            o = intern(o)
        if kind & _TYPE:
            self.types[s].add(o)
            if s_iri and o in _CLASSES:
                self.nodes.append((s, o))
        if kind & _VALUE:
            self.values.append((s, predicate, o))
        if kind & _LINK and o_iri:
            self.links.append((s, predicate, o))
        if kind & _JOIN:
            self.objects[predicate][s].append(o)
        if kind & _SAME_AS and s_iri and o_iri:
            self.same_as.append((s, o))

    def add_evidence(self, body: str, article: str, start: int, exact: str) -> None:
        """One evidence sentence of the fact ``body``, as a solution of the evidence query: what the writer of
        an annotation knows without the triples of its target and selectors being joined."""
        self.evidence.append((intern(body), intern(article), str(start), exact))

    def rows(self) -> dict[str, Iterable[tuple[str | None, ...]]]:
        """The solutions of each query, as tuples in the order of its SELECT variables (each to be read once)."""
        types, objects = self.types, self.objects
        return {
            _NODES: self.nodes,
            _VALUES: self.values,
            _LINKS: self.links,
            _EVIDENCE: chain(self.evidence, self._evidence(types, objects)),
            _PARTICIPATIONS: self._participations(types, objects),
            _POSTS: self._posts(types, objects),
        }

    @staticmethod
    def _evidence(types, objects) -> Iterator[tuple[str, str | None, str | None, str]]:
        quote_class, position_class = _OA_TextQuoteSelector, _OA_TextPositionSelector
        no_types: set[str] = set()
        selectors_of, sources_of, targets_of = objects[_OA_hasSelector], objects[_OA_hasSource], objects[_OA_hasTarget]
        exact_of, start_of = objects[_OA_exact], objects[_OA_start]
        for annotation, bodies in objects[_OA_hasBody].items():
            for target in targets_of.get(annotation, ()):
                selectors = selectors_of.get(target, ())
                if not selectors:
                    continue
                articles = sources_of.get(target) or [None]
                starts = [start for position in selectors if position_class in types.get(position, no_types)
                          for start in start_of.get(position, ())] or [None]
                for quote in selectors:
                    if quote_class not in types.get(quote, no_types):
                        continue
                    for exact in exact_of.get(quote, ()):
                        for body in bodies:
                            for article in articles:
                                for start in starts:
                                    yield body, article, start, exact

    @staticmethod
    def _participations(types, objects) -> Iterator[tuple[str, str, str, str | None, str | None]]:
        events_of, labels_of, roles_of = objects[_GB_inEvent], objects[_GB_roleLabel], objects[_GB_role]
        for node, persons in objects[_GB_participant].items():
            if _GB_Participation not in types.get(node, ()):
                continue
            for person in persons:
                for event in events_of.get(node, ()):
                    for label in labels_of.get(node) or [None]:
                        for role in roles_of.get(node) or [None]:
                            yield node, person, event, label, role

    @staticmethod
    def _posts(types, objects) -> Iterator[tuple[str, str, str | None, str]]:
        organisations_of, labels_of = objects[_ORG_postIn], objects[_RDFS_label]
        for node, persons in objects[_ORG_heldBy].items():
            if _ORG_Post not in types.get(node, ()):
                continue
            for person in persons:
                for organisation in organisations_of.get(node, ()):
                    for label in labels_of.get(node) or [None]:
                        yield node, person, label, organisation
