"""From a `Document` to an RDF graph that follows ontology/ (schema.org, W3C ORG, Web Annotation, gb:).

IRIs are deterministic, so the same Document always gives the same graph (no blank nodes):

| node | IRI under ``base`` |
| --- | --- |
| person, organisation, place | ``person/{name}``, ``organisation/{name}``, ``place/{name}`` (name percent-encoded) |
| event | ``event/{Event.key}`` |
| article | ``article/{sha1(source file name, body)[:16]}`` |
| participation | ``participation/{sha1(person, event key, role label)[:16]}`` |
| post | ``post/{sha1(holder, label, organisation)[:16]}`` |
| annotation | ``evidence/{sha1(fact IRI, target IRI)[:16]}`` (one per fact and sentence; highlights merged) |
| target, selectors | ``target/{sha1(article IRI, start, end)[:16]}`` and ``…/position``, ``…/quote`` |

A name a fact refers to without a record (an author, a mentioned person or organisation absent from
``Document.persons`` ...) still gets a node with just its name; an event key without a record is skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import XSD

from graphbuilder.errors import OutputError
from graphbuilder.records import (
    EDITOR_ROLES,
    Article,
    Document,
    Event,
    EventDate,
    Evidence,
    Organisation,
    Person,
    Place,
)
from graphbuilder.vocab import GB, GBE, GBR, OA, ORG, OWL, RDF, RDFS, SCHEMA, bind_prefixes

if TYPE_CHECKING:
    from graphbuilder.network import NetworkTables

__all__ = ["DEFAULT_BASE", "BASE_PREFIX", "ntriples_chunks", "to_ntriples", "to_rdf"]

DEFAULT_BASE = "https://w3id.org/graphbuilder/id/"
BASE_PREFIX = "gbid"

PHOTO_ROLES = frozenset({"摄影", "摄", "图", "图片", "摄像"})
ADMIN_LEVELS = frozenset({"province", "prefecture", "county", "township", "village", "venue", "other"})
EVENT_TYPES = {str(term).rsplit("/", 1)[-1]: str(term) for term in (
    GBE.meeting, GBE.ceremony, GBE.donation, GBE.aid, GBE.visit, GBE.competition, GBE.training,
    GBE.inspection, GBE.other,
)}
ROLES = {str(term).rsplit("/", 1)[-1]: str(term) for term in (
    GBR.attend, GBR.participate, GBR.speak, GBR.address, GBR.unveil, GBR.preside, GBR.accompany,
    GBR["see-off"], GBR.inspect, GBR.visit, GBR.award, GBR.other,
)}
MENTION_KINDS = {  # Document.evidence kind -> the table its key refers to
    "person": "person", "organisation": "organisation", "organization": "organisation",
    "org": "organisation", "place": "place", "event": "event",
}
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "r": "\r"}
_ROLE_SPLIT = re.compile(r"[\s,;，；、+|/]+")
_ADMIN_CODE = re.compile(r"^[0-9]{6}$")
_DATE_PATTERNS = {
    "day": (re.compile(r"^\d{4}-\d{2}-\d{2}"), 10, str(XSD.date)),
    "month": (re.compile(r"^\d{4}-\d{2}"), 7, str(XSD.gYearMonth)),
    "year": (re.compile(r"^\d{4}"), 4, str(XSD.gYear)),
}
CHUNK_LINES = 4096
"""Lines (or blocks of an annotation's or a target's lines) `ntriples_chunks` puts in one piece."""


def to_rdf(doc: Document, base: str = DEFAULT_BASE) -> Graph:
    """Build the knowledge graph of a document.

    Args:
        doc: the articles, entities, events, posts, participations and evidence read from the pages.
        base: namespace of the instance IRIs (bound to the ``gbid:`` prefix).

    Returns:
        A new graph with our prefixes bound.
    """
    from graphbuilder.store import from_oxigraph

    graph = bind_prefixes(Graph())
    graph.bind(BASE_PREFIX, base, override=True, replace=True)
    triples = ox.parse(to_ntriples(doc, base), format=ox.RdfFormat.N_TRIPLES)
    graph.addN((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object), graph)
               for t in triples)
    return graph


def to_ntriples(doc: Document, base: str = DEFAULT_BASE, *, tables: NetworkTables | None = None) -> bytes:
    """The knowledge graph of a document as UTF-8 N-Triples, each triple once (the graph `to_rdf` returns).

    Written as text rather than through rdflib's terms: a year of pages makes millions of triples, which
    Oxigraph then parses, stores and serialises (see `graphbuilder.pipeline.build`).

    Args:
        tables: receives what the NetworkX view reads, as the triples are written
            (`graphbuilder.network.network_of_tables` then needs no pass over the N-Triples).
    """
    return b"".join(ntriples_chunks(doc, base, tables=tables))


def ntriples_chunks(doc: Document, base: str = DEFAULT_BASE, *, tables: NetworkTables | None = None
                    ) -> Iterator[bytes]:
    """`to_ntriples` in pieces of whole lines, each written when it is asked for: a build turns them into
    Turtle as they come, and never holds the N-Triples of a year of pages (hundreds of megabytes) whole.

    Raises:
        OutputError: ``base`` is not an IRI (at once, not when the first piece is asked for).
    """
    return _GraphWriter(doc, base, tables).chunks()


class _Looked:
    """A closed namespace whose terms are looked up once, as plain strings: DefinedNamespace checks every
    access (a typo still raises), which costs a microsecond a triple, and a URIRef costs more than a str to
    format into a line."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = str(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


GB, GBE, OA, ORG, OWL, RDF, RDFS, SCHEMA, XSD = map(_Looked, (GB, GBE, OA, ORG, OWL, RDF, RDFS, SCHEMA, XSD))


def _digest(*parts: object, length: int = 16) -> str:
    text = "\x1f".join(map(str, parts))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def _literal(value: object, datatype: str | None = None) -> str:
    """An N-Triples literal: the plain string ``value``, or its lexical form typed with ``datatype``."""
    text = str(value)
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"^^<{datatype}>' if datatype is not None else f'"{text}"'


def _lexical(literal: str) -> str:
    """The lexical form of a literal `_literal` wrote."""
    text = literal[1:literal.rindex('"')]
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m[1], m[1]), text) if "\\" in text else text


def _text(value: str | None) -> str | None:
    """A plain string literal, or None for an empty or blank value (the shapes want non-empty text)."""
    if value is None or not value.strip():
        return None
    return _literal(value)


def _date(value: str | None, precision: str = "day") -> str | None:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal, or None when the value does not fit."""
    if not value:
        return None
    pattern, length, datatype = _DATE_PATTERNS.get(precision, _DATE_PATTERNS["day"])
    if not pattern.match(value):
        return None
    return _literal(value[:length], datatype=datatype)


class _GraphWriter:
    """Holds the IRI scheme and the resolved tables while one document is written."""

    def __init__(self, doc: Document, base: str, tables: NetworkTables | None = None) -> None:
        try:
            ox.NamedNode(f"{base}x")
        except ValueError as error:
            raise OutputError(f"{base}: not an IRI to build node IRIs on ({error}) (try --base https://example.org/kg/)") from None
        self.doc = doc
        self.base = base
        self.tables = tables
        self._pending: list[str] = []  # N-Triples lines (or blocks of them) not yet given out, in order
        self._written: set[tuple[str, str, str]] = set()  # the triples `add` wrote (its terms are shared)
        self._highlights: set[tuple[str, str]] = set()  # (annotation, word literal) written
        self._targets: set[str] = set()  # evidence targets written
        self._annotations: set[str] = set()  # evidence annotations written
        self._iris: dict[tuple[str, str], str] = {}
        self._target_iris: dict[tuple[int, int, int], str] = {}  # evidence (article, start, end) -> target IRI
        self.articles = [self._article_iri(a) for a in doc.articles]
        self.persons, self.organisations, self.places = self._entity_tables()

    # ---- IRIs -------------------------------------------------------------------------------------

    def _iri(self, kind: str, key: str) -> str:
        iri = self._iris.get((kind, key))
        if iri is None:
            iri = self._iris[kind, key] = f"{self.base}{kind}/{quote(key, safe='')}"
        return iri

    def _article_iri(self, article: Article) -> str:
        return f"{self.base}article/{_digest(PurePath(article.source).name, article.body)}"

    def person(self, name: str) -> str:
        return self._iri("person", name)

    def organisation(self, name: str) -> str:
        return self._iri("organisation", name)

    def place(self, name: str) -> str:
        return self._iri("place", name)

    def event(self, key: str) -> str:
        return self._iri("event", key)

    # ---- tables -----------------------------------------------------------------------------------

    def _entity_tables(self) -> tuple[dict[str, Person], dict[str, Organisation], dict[str, Place]]:
        """The document's entities plus a bare record for every name a fact refers to without one."""
        doc = self.doc
        persons = {name: p for name, p in doc.persons.items() if name.strip()}
        organisations = {name: o for name, o in doc.organisations.items() if name.strip()}
        places = {name: p for name, p in doc.places.items() if name.strip()}
        person_names: list[str] = []
        org_names: list[str] = []
        place_names: list[str] = []
        for facts in doc.facts:
            person_names += [*facts.persons, *facts.authors, *facts.photographers]
            org_names += facts.organisations
            place_names += facts.places
        for article in doc.articles:
            person_names += [c.name for c in article.contributors]
        person_names += [p.person for p in doc.participations if p.event in doc.events]
        person_names += [post.holder for post in doc.posts]
        for kind, key, _ in doc.evidence:
            table = MENTION_KINDS.get(kind)
            if table == "person":
                person_names.append(key)
            elif table == "organisation":
                org_names.append(key)
            elif table == "place":
                place_names.append(key)
        for name in person_names:
            if name and name.strip() and name not in persons:
                persons[name] = Person(name)
        for name in org_names:
            if name and name.strip() and name not in organisations:
                organisations[name] = Organisation(name)
        for name in place_names:
            if name and name.strip() and name not in places:
                places[name] = Place(name)
        return persons, organisations, places

    # ---- triples ----------------------------------------------------------------------------------

    def add(self, subject: str, predicate: str, obj: str | None) -> None:
        """Add a triple of IRIs, unless written already; ``obj`` is an IRI or an N-Triples literal (see
        `_literal`: it starts with a quote, which no IRI does), or None for nothing."""
        if obj is None:
            return
        triple = (subject, predicate, obj)
        if triple in self._written:
            return
        self._written.add(triple)
        iri = obj[0] != '"'
        self._pending.append(f"<{subject}> <{predicate}> <{obj}> .\n" if iri else f"<{subject}> <{predicate}> {obj} .\n")
        if self.tables is not None and predicate in self.tables.predicates:
            self.tables.add(subject, predicate, obj if iri else _lexical(obj), True, iri)

    def chunks(self) -> Iterator[bytes]:
        """The graph as UTF-8 N-Triples in pieces of about `CHUNK_LINES` lines, each triple once."""
        sections = (
            (self._add_person(name, person) for name, person in sorted(self.persons.items())),
            (self._add_organisation(name, organisation) for name, organisation in sorted(self.organisations.items())),
            (self._add_place(name, place) for name, place in sorted(self.places.items())),
            (self._add_article(index, article) for index, article in enumerate(self.doc.articles)),
            (self._add_event(key, event) for key, event in sorted(self.doc.events.items())),
            self._add_participations(),
            self._add_posts(),
            self._add_mention_evidence(),
        )
        pending = self._pending
        for section in sections:
            for _ in section:  # each step writes the lines of one record
                if len(pending) >= CHUNK_LINES:
                    yield "".join(pending).encode()
                    pending.clear()
        if pending:
            yield "".join(pending).encode()
            pending.clear()

    def _add_person(self, name: str, person: Person) -> None:
        node = self.person(name)
        self.add(node, RDF.type, SCHEMA.Person)
        self.add(node, SCHEMA.name, _literal(name))
        for title in person.titles:
            self.add(node, SCHEMA.jobTitle, _text(title))

    def _add_organisation(self, name: str, organisation: Organisation) -> None:
        node = self.organisation(name)
        self.add(node, RDF.type, SCHEMA.Organization)
        self.add(node, SCHEMA.name, _literal(name))
        for alias in organisation.aliases:
            if alias != name:
                self.add(node, SCHEMA.alternateName, _text(alias))
        if organisation.place and organisation.place in self.places:
            self.add(node, SCHEMA.location, self.place(organisation.place))

    def _add_place(self, name: str, place: Place) -> None:
        node = self.place(name)
        self.add(node, RDF.type, SCHEMA.Place)
        self.add(node, SCHEMA.name, _literal(name))
        for alias in place.aliases:
            if alias != name:
                self.add(node, SCHEMA.alternateName, _text(alias))
        if place.parent and place.parent in self.places and place.parent != name:
            self.add(node, SCHEMA.containedInPlace, self.place(place.parent))
        if place.level in ADMIN_LEVELS:
            self.add(node, GB.adminLevel, _literal(place.level))
        if place.code and _ADMIN_CODE.match(place.code):
            self.add(node, GB.adminCode, _literal(place.code))

    def _add_article(self, index: int, article: Article) -> None:
        node = self.articles[index]
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, SCHEMA.headline, _text(article.headline))
        subheadlines = [s for s in article.subheadlines if s.strip()]
        # the shapes allow one alternativeHeadline: several sub-headlines are joined as printed
        self.add(node, SCHEMA.alternativeHeadline, _text(" ".join(subheadlines)))
        self.add(node, SCHEMA.articleBody, _literal(article.body))
        if article.original_body and article.original_body != article.body:
            self.add(node, GB.originalText, _literal(article.original_body))
        if article.published is not None:
            self.add(node, SCHEMA.datePublished, _literal(article.published.isoformat(), datatype=XSD.date))
        self.add(node, SCHEMA.position, _literal(article.position, datatype=XSD.integer))
        self.add(node, GB.sourceFile, _text(PurePath(article.source).name))
        if 0 <= article.page_start < article.page_end:
            self.add(node, GB.pageStart, _literal(article.page_start, datatype=XSD.integer))
            self.add(node, GB.pageEnd, _literal(article.page_end, datatype=XSD.integer))
        self.add(node, GB.byline, _text(article.byline))

        facts = self.doc.facts[index] if index < len(self.doc.facts) else None
        authors = [c.name for c in article.contributors if c.role not in PHOTO_ROLES and c.role not in EDITOR_ROLES]
        editors = [c.name for c in article.contributors if c.role in EDITOR_ROLES]
        photographers = [c.name for c in article.contributors if c.role in PHOTO_ROLES]
        if facts is not None:
            authors += facts.authors
            photographers += facts.photographers
        for name in authors:
            if name in self.persons:
                self.add(node, SCHEMA.author, self.person(name))
        for name in photographers:
            if name in self.persons:
                self.add(node, SCHEMA.contributor, self.person(name))
        for name in editors:  # a secondary contributor, as schema.org has it: the editor of the text
            if name in self.persons:
                self.add(node, SCHEMA.contributor, self.person(name))
                self.add(node, SCHEMA.editor, self.person(name))
        for caption in article.captions:
            photo = f"{self.base}photo/{_digest(node, caption.text, caption.credit)}"
            self.add(node, SCHEMA.image, photo)
            self.add(photo, RDF.type, SCHEMA.ImageObject)
            self.add(photo, SCHEMA.caption, _text(caption.text))
            self.add(photo, SCHEMA.creditText, _text(caption.credit))
            for name in photographers:
                if name in self.persons and name in caption.credit:
                    self.add(photo, SCHEMA.author, self.person(name))

        if facts is not None:
            for name in facts.persons:
                if name in self.persons:
                    self.add(node, SCHEMA.mentions, self.person(name))
            for name in facts.organisations:
                if name in self.organisations:
                    self.add(node, SCHEMA.mentions, self.organisation(name))
            for name in facts.places:
                if name in self.places:
                    self.add(node, SCHEMA.mentions, self.place(name))
            for key in facts.events:
                if key in self.doc.events:
                    self.add(node, SCHEMA.mentions, self.event(key))

    def _add_event(self, key: str, event: Event) -> None:
        node = self.event(key)
        self.add(node, RDF.type, SCHEMA.Event)
        self.add(node, SCHEMA.name, _text(event.label) or _literal(key))
        self.add(node, GB.eventType, EVENT_TYPES.get(event.event_type, GBE.other))
        if event.date is not None:
            self._add_event_date(node, event.date)
        if event.place and event.place in self.places:
            self.add(node, SCHEMA.location, self.place(event.place))
        for name in event.organisers:
            if name in self.organisations:
                self.add(node, SCHEMA.organizer, self.organisation(name))
        for index in event.articles:
            if 0 <= index < len(self.articles):
                self.add(self.articles[index], SCHEMA.mentions, node)
        for evidence in event.evidence:
            self._add_evidence(node, evidence)
        for other in event.same_as:
            if other in self.doc.events:
                self.add(node, OWL.sameAs, self.event(other))

    def _add_event_date(self, node: str, date: EventDate) -> None:
        self.add(node, SCHEMA.startDate, _date(date.value, date.precision))
        self.add(node, SCHEMA.endDate, _date(date.end, date.precision))
        self.add(node, GB.dateText, _text(date.text))

    def _add_participations(self) -> Iterator[None]:
        for part in self.doc.participations:
            if part.event not in self.doc.events or part.person not in self.persons:
                continue
            person, event = self.person(part.person), self.event(part.event)
            label = part.role_label.strip() or part.role
            node = f"{self.base}participation/{_digest(part.person, part.event, label)}"
            self.add(node, RDF.type, GB.Participation)
            self.add(node, GB.participant, person)
            self.add(node, GB.inEvent, event)
            self.add(node, GB.roleLabel, _text(label) or _literal("other"))
            for role in _roles(part.role):
                self.add(node, GB.role, role)
            self.add(event, SCHEMA.attendee, person)
            if part.evidence is not None:
                self._add_evidence(node, part.evidence)
            yield

    def _add_posts(self) -> Iterator[None]:
        seen: dict[str, list[str]] = {}
        written: set[str] = set()
        for post in self.doc.posts:
            if not post.label.strip() or post.holder not in self.persons:
                continue
            organisation = post.organisation if post.organisation in self.organisations else None
            node = f"{self.base}post/{_digest(post.holder, post.label, organisation or '')}"
            if node not in written:  # else a post of another article (half of them): these lines are written
                written.add(node)
                self.add(node, RDF.type, ORG.Post)
                self.add(node, ORG.heldBy, self.person(post.holder))
                self.add(node, RDFS.label, _literal(post.label))
                if organisation is not None:
                    self.add(node, ORG.postIn, self.organisation(organisation))
            if 0 <= post.article < len(self.articles):
                self.add(node, GB.seenIn, self.articles[post.article])
                published = self.doc.articles[post.article].published
                if published is not None:
                    seen.setdefault(node, []).append(published.isoformat())
            if post.evidence is not None:
                self._add_evidence(node, post.evidence)
            yield
        for node, dates in seen.items():
            self.add(node, GB.firstSeen, _literal(min(dates), datatype=XSD.date))
            self.add(node, GB.lastSeen, _literal(max(dates), datatype=XSD.date))
            yield

    def _add_mention_evidence(self) -> Iterator[None]:
        tables = {"person": (self.persons, self.person), "organisation": (self.organisations, self.organisation),
                  "place": (self.places, self.place), "event": (self.doc.events, self.event)}
        for kind, key, evidence in self.doc.evidence:
            table = MENTION_KINDS.get(kind)
            if table is None:
                continue
            records, iri = tables[table]
            if key in records:
                self._add_evidence(iri(key), evidence)
            yield

    def _add_evidence(self, body: str, evidence: Evidence) -> None:
        """An oa:Annotation of ``body`` whose target is the evidence sentence in its article.

        The quote is the article body between the offsets (the shapes check the two agree); evidence whose
        offsets fall outside its article is dropped. Highlights not in the sentence are dropped too.
        """
        if not 0 <= evidence.article < len(self.articles):
            return
        text = self.doc.articles[evidence.article].body
        if not 0 <= evidence.start < evidence.end <= len(text):
            return
        sentence = text[evidence.start:evidence.end]
        article = self.articles[evidence.article]
        place = (evidence.article, evidence.start, evidence.end)
        target = self._target_iris.get(place)
        if target is None:  # many facts have their evidence in one sentence
            target = self._target_iris[place] = f"{self.base}target/{_digest(article, evidence.start, evidence.end)}"
        annotation = f"<{self.base}evidence/{_digest(body, target)}>"
        lines = self._pending
        if annotation not in self._annotations:
            self._annotations.add(annotation)
            if self.tables is not None:
                self.tables.add_evidence(body, article, evidence.start, sentence)
            lines.append(  # every line names the annotation, so none can repeat an earlier one
                f"{annotation} {_E.type} {_E.annotation} .\n"
                f"{annotation} {_E.motivated_by} {_E.identifying} .\n"
                f"{annotation} {_E.has_body} <{body}> .\n"
                f"{annotation} {_E.has_target} <{target}> .\n"
            )
        for word in evidence.highlights:
            if word.strip() and word in sentence and (annotation, word) not in self._highlights:
                self._highlights.add((annotation, word))
                lines.append(f"{annotation} {_E.highlight} {_literal(word)} .\n")
        if target in self._targets:
            return  # another fact's annotation already wrote this sentence's target
        self._targets.add(target)
        lines.append(  # every line names the target, so none can repeat an earlier one
            f"<{target}> {_E.type} {_E.specific_resource} .\n"
            f"<{target}> {_E.has_source} <{article}> .\n"
            f"<{target}> {_E.has_selector} <{target}/position> .\n"
            f"<{target}> {_E.has_selector} <{target}/quote> .\n"
            f"<{target}/position> {_E.type} {_E.position_selector} .\n"
            f'<{target}/position> {_E.start} "{evidence.start}"^^{_E.non_negative_integer} .\n'
            f'<{target}/position> {_E.end} "{evidence.end}"^^{_E.non_negative_integer} .\n'
            f"<{target}/quote> {_E.type} {_E.quote_selector} .\n"
            f"<{target}/quote> {_E.exact} {_literal(sentence)} .\n"
        )


class _E:
    """The terms of an evidence annotation, written as N-Triples (looked up once, not per triple)."""

    type = f"<{RDF.type}>"
    annotation, motivated_by, identifying = f"<{OA.Annotation}>", f"<{OA.motivatedBy}>", f"<{OA.identifying}>"
    has_body, has_target, highlight = f"<{OA.hasBody}>", f"<{OA.hasTarget}>", f"<{GB.highlight}>"
    specific_resource, has_source, has_selector = f"<{OA.SpecificResource}>", f"<{OA.hasSource}>", f"<{OA.hasSelector}>"
    position_selector, start, end = f"<{OA.TextPositionSelector}>", f"<{OA.start}>", f"<{OA.end}>"
    quote_selector, exact = f"<{OA.TextQuoteSelector}>", f"<{OA.exact}>"
    non_negative_integer = f"<{XSD.nonNegativeInteger}>"


def _roles(role: str) -> Iterator[str]:
    """The role concepts of ``Participation.role`` (one name, or several joined), gbr:other if none fits."""
    names = [name for name in _ROLE_SPLIT.split(role or "") if name]
    known = [ROLES[name] for name in names if name in ROLES]
    yield from known or [ROLES["other"]]
