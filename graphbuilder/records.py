"""The records that flow from stage to stage.

Offsets are end-exclusive character spans. A `Span` points into the text of the record that holds it:
`Page.text` for articles, `Article.body` for mentions, events and evidence.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    """One input file, decoded.

    `text` is what extraction reads: simplified characters, full-width digits, letters and spaces folded to
    ASCII, line ends normalised to `\\n`. It has the same length as `original` (the decoded text with only
    line ends normalised), so every offset into `text` is also an offset into `original`.
    """

    source: str
    text: str
    original: str
    encoding: str
    published: dt.date | None = None


@dataclass(frozen=True)
class Paragraph:
    """A block of the page between blank lines, its hard wraps joined."""

    text: str
    start: int  # offset of its first character in the page
    end: int
    pieces: tuple[tuple[int, int, str], ...] = ()  # (page offset, length, separator before) of each line

    def original(self, page_original: str) -> str:
        """The same paragraph cut from the page as decoded (before simplification and folding)."""
        if not self.pieces:
            return page_original[self.start:self.end]
        return "".join(sep + page_original[start:start + length] for start, length, sep in self.pieces)


# The roles of a web report's closing note that edited the text rather than wrote it (schema:editor).
EDITOR_ROLES = frozenset({"责任编辑", "责编", "编辑", "审核", "校对", "核稿人", "核稿", "一审", "二审", "三审", "终审", "编审"})


@dataclass(frozen=True)
class Contributor:
    """A person named in a byline, a photo credit or a web report's closing note (编辑：…, 审核 …)."""

    name: str
    role: str  # 记者, 通讯员, 摄影 ... as printed
    post: str = ""  # a photographer's post as the credit writes it (通讯员 李佳 摄: 通讯员)


@dataclass(frozen=True)
class Caption:
    """A photo caption and who took the photo."""

    text: str
    credit: str  # the credit line as printed, e.g. 本报记者 李新和 摄


@dataclass(frozen=True)
class Article:
    """One article of a page.

    `body` is the cleaned text (hard wraps and column breaks joined; paragraphs separated by `\\n`) and
    starts with the byline when the byline opens the first paragraph. `page_start`/`page_end` locate the
    article (headline and captions included) in `Page.text`.
    """

    source: str
    position: int
    headline: str
    subheadlines: tuple[str, ...]
    byline: str
    body: str
    contributors: tuple[Contributor, ...]
    captions: tuple[Caption, ...]
    page_start: int
    page_end: int
    published: dt.date | None = None
    original_body: str = ""  # the body as the page was written (traditional characters, full-width digits)


@dataclass(frozen=True)
class Mention:
    """A name found in an article body: `article.body[start:end] == text`."""

    kind: str  # person | organisation | place
    text: str
    start: int
    end: int
    source: str = ""  # which rule or model found it
    head: str = ""  # the type word a list's item shares with the last item (余杭区、|上城区总工会: 余杭区 + 总工会)

    @property
    def name(self) -> str:
        """The name as written, with the shared type word of a list's item."""
        return self.text + self.head


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article that supports a fact, with the words that matched."""

    article: int  # index of the article in the document
    start: int  # sentence span in the article body
    end: int
    sentence: str
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...] = ()
    kind: str = "other"  # official | reporter | worker | other


@dataclass(frozen=True)
class Organisation:
    name: str  # canonical full name
    aliases: tuple[str, ...] = ()
    place: str | None = None


@dataclass(frozen=True)
class Place:
    name: str
    aliases: tuple[str, ...] = ()
    level: str = "other"  # province | prefecture | county | township | village | venue | other
    code: str | None = None
    parent: str | None = None  # name of the containing place


@dataclass(frozen=True)
class Post:
    """A title as written before a name, held by a person, in an organisation."""

    label: str
    holder: str
    organisation: str | None
    article: int
    evidence: Evidence | None = None


@dataclass(frozen=True)
class EventDate:
    """A normalised date: ISO `value` of the given precision (day, month or year)."""

    value: str
    precision: str  # day | month | year
    text: str  # as written
    end: str | None = None


@dataclass(frozen=True)
class Event:
    """An event as one article reports it; reports of one event by several articles are linked by
    `same_as`, so that each keeps what its own article says (who attended, in which role)."""

    key: str  # stable identity within a build, e.g. date + core label
    label: str
    event_type: str
    date: EventDate | None
    articles: tuple[int, ...]
    place: str | None = None
    organisers: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    same_as: tuple[str, ...] = ()  # keys of other articles' reports of the same event


@dataclass(frozen=True)
class Participation:
    person: str
    event: str  # Event.key
    role_label: str
    role: str  # concept name in ontology/roles.ttl
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """What was read in one article, by name."""

    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """Everything read from a set of pages, resolved into entities and events."""

    articles: tuple[Article, ...] = ()
    facts: tuple[ArticleFacts, ...] = ()
    persons: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    posts: tuple[Post, ...] = ()
    participations: tuple[Participation, ...] = ()
    evidence: tuple[tuple[str, str, Evidence], ...] = ()  # (kind, entity key, evidence) for mentions
