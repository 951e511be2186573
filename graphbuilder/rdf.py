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
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graphbuilder.records import (
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

__all__ = ["DEFAULT_BASE", "BASE_PREFIX", "to_rdf"]

DEFAULT_BASE = "https://w3id.org/graphbuilder/id/"
BASE_PREFIX = "gbid"

PHOTO_ROLES = frozenset({"摄影", "摄", "图", "图片", "摄像"})
ADMIN_LEVELS = frozenset({"province", "prefecture", "county", "township", "village", "venue", "other"})
EVENT_TYPES = {str(term).rsplit("/", 1)[-1]: term for term in (
    GBE.meeting, GBE.ceremony, GBE.donation, GBE.aid, GBE.visit, GBE.competition, GBE.training,
    GBE.inspection, GBE.other,
)}
ROLES = {str(term).rsplit("/", 1)[-1]: term for term in (
    GBR.attend, GBR.participate, GBR.speak, GBR.address, GBR.unveil, GBR.preside, GBR.accompany,
    GBR["see-off"], GBR.inspect, GBR.visit, GBR.award, GBR.other,
)}
MENTION_KINDS = {  # Document.evidence kind -> the table its key refers to
    "person": "person", "organisation": "organisation", "organization": "organisation",
    "org": "organisation", "place": "place", "event": "event",
}
_ROLE_SPLIT = re.compile(r"[\s,;，；、+|/]+")
_ADMIN_CODE = re.compile(r"^[0-9]{6}$")
_DATE_PATTERNS = {
    "day": (re.compile(r"^\d{4}-\d{2}-\d{2}"), 10, XSD.date),
    "month": (re.compile(r"^\d{4}-\d{2}"), 7, XSD.gYearMonth),
    "year": (re.compile(r"^\d{4}"), 4, XSD.gYear),
}


def to_rdf(doc: Document, base: str = DEFAULT_BASE) -> Graph:
    """Build the knowledge graph of a document.

    Args:
        doc: the articles, entities, events, posts, participations and evidence read from the pages.
        base: namespace of the instance IRIs (bound to the ``gbid:`` prefix).

    Returns:
        A new graph with our prefixes bound.
    """
    return _GraphWriter(doc, base).build()


def _digest(*parts: object, length: int = 16) -> str:
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def _text(value: str | None) -> Literal | None:
    """A plain string literal, or None for an empty or blank value (the shapes want non-empty text)."""
    if value is None or not value.strip():
        return None
    return Literal(value)


def _date(value: str | None, precision: str = "day") -> Literal | None:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal, or None when the value does not fit."""
    if not value:
        return None
    pattern, length, datatype = _DATE_PATTERNS.get(precision, _DATE_PATTERNS["day"])
    if not pattern.match(value):
        return None
    return Literal(value[:length], datatype=datatype)


class _GraphWriter:
    """Holds the IRI scheme and the resolved tables while one document is written."""

    def __init__(self, doc: Document, base: str) -> None:
        self.doc = doc
        self.base = base
        self.graph = Graph()
        bind_prefixes(self.graph)
        self.graph.bind(BASE_PREFIX, base, override=True, replace=True)
        self.articles = [self._article_iri(a) for a in doc.articles]
        self.persons, self.organisations, self.places = self._entity_tables()

    # ---- IRIs -------------------------------------------------------------------------------------

    def _iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{quote(key, safe='')}")

    def _article_iri(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}article/{_digest(PurePath(article.source).name, article.body)}")

    def person(self, name: str) -> URIRef:
        return self._iri("person", name)

    def organisation(self, name: str) -> URIRef:
        return self._iri("organisation", name)

    def place(self, name: str) -> URIRef:
        return self._iri("place", name)

    def event(self, key: str) -> URIRef:
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

    def add(self, subject: URIRef, predicate: URIRef, obj: URIRef | Literal | None) -> None:
        if obj is not None:
            self.graph.add((subject, predicate, obj))

    def build(self) -> Graph:
        for name, person in sorted(self.persons.items()):
            self._add_person(name, person)
        for name, organisation in sorted(self.organisations.items()):
            self._add_organisation(name, organisation)
        for name, place in sorted(self.places.items()):
            self._add_place(name, place)
        for index, article in enumerate(self.doc.articles):
            self._add_article(index, article)
        for key, event in sorted(self.doc.events.items()):
            self._add_event(key, event)
        self._add_participations()
        self._add_posts()
        self._add_mention_evidence()
        return self.graph

    def _add_person(self, name: str, person: Person) -> None:
        node = self.person(name)
        self.add(node, RDF.type, SCHEMA.Person)
        self.add(node, SCHEMA.name, Literal(name))
        for title in person.titles:
            self.add(node, SCHEMA.jobTitle, _text(title))

    def _add_organisation(self, name: str, organisation: Organisation) -> None:
        node = self.organisation(name)
        self.add(node, RDF.type, SCHEMA.Organization)
        self.add(node, SCHEMA.name, Literal(name))
        for alias in organisation.aliases:
            if alias != name:
                self.add(node, SCHEMA.alternateName, _text(alias))
        if organisation.place and organisation.place in self.places:
            self.add(node, SCHEMA.location, self.place(organisation.place))

    def _add_place(self, name: str, place: Place) -> None:
        node = self.place(name)
        self.add(node, RDF.type, SCHEMA.Place)
        self.add(node, SCHEMA.name, Literal(name))
        for alias in place.aliases:
            if alias != name:
                self.add(node, SCHEMA.alternateName, _text(alias))
        if place.parent and place.parent in self.places and place.parent != name:
            self.add(node, SCHEMA.containedInPlace, self.place(place.parent))
        if place.level in ADMIN_LEVELS:
            self.add(node, GB.adminLevel, Literal(place.level))
        if place.code and _ADMIN_CODE.match(place.code):
            self.add(node, GB.adminCode, Literal(place.code))

    def _add_article(self, index: int, article: Article) -> None:
        node = self.articles[index]
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, SCHEMA.headline, _text(article.headline))
        subheadlines = [s for s in article.subheadlines if s.strip()]
        # the shapes allow one alternativeHeadline: several sub-headlines are joined as printed
        self.add(node, SCHEMA.alternativeHeadline, _text(" ".join(subheadlines)))
        self.add(node, SCHEMA.articleBody, Literal(article.body))
        if article.original_body and article.original_body != article.body:
            self.add(node, GB.originalText, Literal(article.original_body))
        if article.published is not None:
            self.add(node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date))
        self.add(node, SCHEMA.position, Literal(article.position, datatype=XSD.integer))
        self.add(node, GB.sourceFile, _text(PurePath(article.source).name))
        if 0 <= article.page_start < article.page_end:
            self.add(node, GB.pageStart, Literal(article.page_start, datatype=XSD.integer))
            self.add(node, GB.pageEnd, Literal(article.page_end, datatype=XSD.integer))
        self.add(node, GB.byline, _text(article.byline))

        facts = self.doc.facts[index] if index < len(self.doc.facts) else None
        authors = [c.name for c in article.contributors if c.role not in PHOTO_ROLES]
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
        for caption in article.captions:
            photo = URIRef(f"{self.base}photo/{_digest(str(node), caption.text, caption.credit)}")
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
        self.add(node, SCHEMA.name, _text(event.label) or Literal(key))
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

    def _add_event_date(self, node: URIRef, date: EventDate) -> None:
        self.add(node, SCHEMA.startDate, _date(date.value, date.precision))
        self.add(node, SCHEMA.endDate, _date(date.end, date.precision))
        self.add(node, GB.dateText, _text(date.text))

    def _add_participations(self) -> None:
        for part in self.doc.participations:
            if part.event not in self.doc.events or part.person not in self.persons:
                continue
            person, event = self.person(part.person), self.event(part.event)
            label = part.role_label.strip() or part.role
            node = URIRef(f"{self.base}participation/{_digest(part.person, part.event, label)}")
            self.add(node, RDF.type, GB.Participation)
            self.add(node, GB.participant, person)
            self.add(node, GB.inEvent, event)
            self.add(node, GB.roleLabel, _text(label) or Literal("other"))
            for role in _roles(part.role):
                self.add(node, GB.role, role)
            self.add(event, SCHEMA.attendee, person)
            if part.evidence is not None:
                self._add_evidence(node, part.evidence)

    def _add_posts(self) -> None:
        seen: dict[URIRef, list[str]] = {}
        for post in self.doc.posts:
            if not post.label.strip() or post.holder not in self.persons:
                continue
            organisation = post.organisation if post.organisation in self.organisations else None
            node = URIRef(f"{self.base}post/{_digest(post.holder, post.label, organisation or '')}")
            self.add(node, RDF.type, ORG.Post)
            self.add(node, ORG.heldBy, self.person(post.holder))
            self.add(node, RDFS.label, Literal(post.label))
            if organisation is not None:
                self.add(node, ORG.postIn, self.organisation(organisation))
            if 0 <= post.article < len(self.articles):
                self.add(node, GB.seenIn, self.articles[post.article])
                published = self.doc.articles[post.article].published
                if published is not None:
                    seen.setdefault(node, []).append(published.isoformat())
            if post.evidence is not None:
                self._add_evidence(node, post.evidence)
        for node, dates in seen.items():
            self.add(node, GB.firstSeen, Literal(min(dates), datatype=XSD.date))
            self.add(node, GB.lastSeen, Literal(max(dates), datatype=XSD.date))

    def _add_mention_evidence(self) -> None:
        tables = {"person": (self.persons, self.person), "organisation": (self.organisations, self.organisation),
                  "place": (self.places, self.place), "event": (self.doc.events, self.event)}
        for kind, key, evidence in self.doc.evidence:
            table = MENTION_KINDS.get(kind)
            if table is None:
                continue
            records, iri = tables[table]
            if key in records:
                self._add_evidence(iri(key), evidence)

    def _add_evidence(self, body: URIRef, evidence: Evidence) -> None:
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
        target = URIRef(f"{self.base}target/{_digest(article, evidence.start, evidence.end)}")
        position, quote_selector = URIRef(f"{target}/position"), URIRef(f"{target}/quote")
        annotation = URIRef(f"{self.base}evidence/{_digest(body, target)}")
        g = self.graph
        g.add((annotation, RDF.type, OA.Annotation))
        g.add((annotation, OA.motivatedBy, OA.identifying))
        g.add((annotation, OA.hasBody, body))
        g.add((annotation, OA.hasTarget, target))
        for word in evidence.highlights:
            if word.strip() and word in sentence:
                g.add((annotation, GB.highlight, Literal(word)))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, article))
        g.add((target, OA.hasSelector, position))
        g.add((target, OA.hasSelector, quote_selector))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        g.add((position, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
        g.add((quote_selector, RDF.type, OA.TextQuoteSelector))
        g.add((quote_selector, OA.exact, Literal(sentence)))


def _roles(role: str) -> Iterator[URIRef]:
    """The role concepts of ``Participation.role`` (one name, or several joined), gbr:other if none fits."""
    names = [name for name in _ROLE_SPLIT.split(role or "") if name]
    known = [ROLES[name] for name in names if name in ROLES]
    yield from known or [GBR.other]
