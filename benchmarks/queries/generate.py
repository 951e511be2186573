"""Generate a graph in the shape graphbuilder writes, of about N triples, as Turtle.

Articles with a byline and a publication date mention people, organisations, places and events; events have
a date, a place in a province > prefecture > county > township > village hierarchy, an organiser, attendees
with a gb:Participation each (role as written and as a concept), and one event in ten is reported again by a
later article (the two reports linked by owl:sameAs both ways); officials hold org:Posts seen in articles
(first and last seen); every participation, post and mention has an oa:Annotation pointing at a sentence
with its offsets. The names are drawn from small Chinese syllable lists with a fixed seed, so a size always
gives the same graph.

Usage:
    python benchmarks/queries/generate.py 1000000 -o /tmp/graph-1M.ttl
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

BASE = "https://w3id.org/graphbuilder/id/"
SCHEMA = "http://schema.org/"
GB = "https://w3id.org/graphbuilder/ns#"
GBE = "https://w3id.org/graphbuilder/event-type/"
GBR = "https://w3id.org/graphbuilder/role/"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
XSD = "http://www.w3.org/2001/XMLSchema#"

SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英升林敏红卫丽艳明亮新和智勇元起琴"
PLACE_PARTS = "东西南北中新安平宁兴华阳山河城桥湖港泉林源丰泰康和福"
TITLES = ["市总工会副主席", "市总工会主席", "市总工会经审委主任", "县总工会主席", "市总工会党组书记", "常务副主席",
          "市委常委", "副市长", "镇党委书记", "村党支部书记"]
ROLES = [("出席并讲话", ["attend", "speak"]), ("致辞", ["address"]), ("揭牌", ["unveil"]), ("参加", ["participate"]),
         ("主持", ["preside"]), ("陪同", ["accompany"]), ("送行", ["see-off"]), ("出席", ["attend"]),
         ("调研", ["inspect"]), ("慰问", ["visit"])]
EVENT_TYPES = ["meeting", "ceremony", "donation", "aid", "visit", "competition", "training", "inspection", "other"]
EVENT_WORDS = ["工作推进会", "金秋助学仪式", "职工羽毛球馆开馆", "慈善募捐活动", "疗休养活动", "消费扶贫活动",
               "劳动竞赛", "技能培训班", "安全生产检查", "困难职工慰问"]
TEXT = "工会组织职工群众开展活动服务发展建设推进落实关心帮扶困难文化体育培训技能安全生产"


def iri(kind: str, key: str) -> str:
    return f"<{BASE}{kind}/{quote(key, safe='')}>"


def lit(value: str, datatype: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class Generator:
    def __init__(self, target: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.target = target
        self.lines: dict[str, None] = {}  # N-Triples lines, in order, without repeats
        articles = max(8, target // 260)
        self.persons = self._names(max(30, articles // 3), self._person_name)
        self.organisations = self._names(max(10, articles // 25), self._organisation_name)
        self.places = self._places(max(20, articles // 8))
        self.posts: dict[str, list[str]] = {}  # post IRI -> publication dates
        self.reported: list[tuple[str, str, str, str]] = []  # (event IRI, name, date, place)

    def t(self, s: str, p: str, o: str) -> None:
        self.lines[f"{s} <{p}> {o} ."] = None

    # ---- pools -------------------------------------------------------------------------------------

    def _names(self, n: int, make) -> list[str]:
        names: dict[str, None] = {}
        while len(names) < n:
            names[make()] = None
        return list(names)

    def _person_name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.randint(1, 2)))

    def _organisation_name(self) -> str:
        return "".join(self.rng.choice(PLACE_PARTS) for _ in range(2)) + self.rng.choice(
            ["市总工会", "县总工会", "区总工会", "工人文化宫", "公司工会", "市妇联"])

    def _places(self, villages: int) -> list[str]:
        """Village names; the hierarchy above them is written as it is made."""
        level_names = ["province", "prefecture", "county", "township", "village"]
        suffix = ["省", "市", "县", "镇", "村"]
        out = []
        seen = set()
        parents: list[str | None] = [None] * 5
        while len(out) < villages:
            depth = self.rng.choice([0, 1, 2, 3, 3, 3]) if out else 0
            for level in range(depth, 5):
                name = "".join(self.rng.choice(PLACE_PARTS) for _ in range(2)) + suffix[level]
                while name in seen:
                    name = "".join(self.rng.choice(PLACE_PARTS) for _ in range(3)) + suffix[level]
                seen.add(name)
                node = iri("place", name)
                self.t(node, RDF_TYPE, f"<{SCHEMA}Place>")
                self.t(node, SCHEMA + "name", lit(name))
                self.t(node, GB + "adminLevel", lit(level_names[level]))
                if level > 0 and parents[level - 1] is not None:
                    self.t(node, SCHEMA + "containedInPlace", iri("place", parents[level - 1]))
                parents[level] = name
            out.append(parents[4])
        return out + [p for p in parents if p]

    def _text(self, n: int) -> str:
        return "".join(self.rng.choice(TEXT) for _ in range(n))

    # ---- one article -------------------------------------------------------------------------------

    def article(self, index: int) -> None:
        rng = self.rng
        date = f"20{rng.randint(19, 21)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentences = [self._text(rng.randint(20, 60)) + "。" for _ in range(rng.randint(6, 14))]
        body = "".join(sentences)
        offsets = []
        start = 0
        for sentence in sentences:
            offsets.append((start, start + len(sentence)))
            start += len(sentence)
        node = f"<{BASE}article/{digest('page', index)}>"
        reporter = rng.choice(self.persons)
        self.t(node, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
        self.t(node, SCHEMA + "headline", lit(self._text(12)))
        self.t(node, SCHEMA + "articleBody", lit(body))
        self.t(node, SCHEMA + "datePublished", lit(date, "date"))
        self.t(node, SCHEMA + "position", lit(str(index % 8), "integer"))
        self.t(node, GB + "sourceFile", lit(f"{date}_page{index % 4 + 1}.txt"))
        self.t(node, GB + "byline", lit(f"记者{reporter}"))
        self.t(node, SCHEMA + "author", iri("person", reporter))
        for _ in range(rng.randint(1, 3)):
            self.event(node, date, offsets)

    def event(self, article: str, published: str, offsets: list[tuple[int, int]]) -> None:
        rng = self.rng
        if self.reported and rng.random() < 0.1:  # a second report of an earlier event
            other, name, date, place = rng.choice(self.reported)
            node = f"<{BASE}event/{date}-{digest(other, article)[:10]}>"
            self.t(node, SAME_AS, other)
            self.t(other, SAME_AS, node)
            name = name[2:] if len(name) > 4 else name
        else:
            date = published if rng.random() < 0.8 else published[:7]
            place = rng.choice(self.places)
            name = "".join(rng.choice(PLACE_PARTS) for _ in range(2)) + rng.choice(EVENT_WORDS)
            node = f"<{BASE}event/{date}-{digest(name, article)[:10]}>"
            self.reported.append((node, name, date, place))
        self.t(node, RDF_TYPE, f"<{SCHEMA}Event>")
        self.t(node, SCHEMA + "name", lit(name))
        self.t(node, GB + "eventType", f"<{GBE}{rng.choice(EVENT_TYPES)}>")
        self.t(node, SCHEMA + "startDate", lit(date, "date" if len(date) == 10 else "gYearMonth"))
        self.t(node, GB + "dateText", lit(date))
        self.t(node, SCHEMA + "location", iri("place", place))
        organiser = rng.choice(self.organisations)
        self.t(node, SCHEMA + "organizer", iri("organisation", organiser))
        self.t(article, SCHEMA + "mentions", node)
        self.t(article, SCHEMA + "mentions", iri("place", place))
        self.t(article, SCHEMA + "mentions", iri("organisation", organiser))
        self.evidence(node, article, rng.choice(offsets))
        for person in rng.sample(self.persons, rng.randint(2, 6)):
            self.participation(node, article, person, offsets, organiser, published)

    def participation(self, event: str, article: str, person: str, offsets, organiser: str, published: str) -> None:
        rng = self.rng
        label, roles = rng.choice(ROLES)
        person_node = iri("person", person)
        node = f"<{BASE}participation/{digest(person, event, label)}>"
        self.t(node, RDF_TYPE, f"<{GB}Participation>")
        self.t(node, GB + "participant", person_node)
        self.t(node, GB + "inEvent", event)
        self.t(node, GB + "roleLabel", lit(label))
        for role in roles:
            self.t(node, GB + "role", f"<{GBR}{role}>")
        self.t(event, SCHEMA + "attendee", person_node)
        self.t(article, SCHEMA + "mentions", person_node)
        sentence = rng.choice(offsets)
        self.evidence(node, article, sentence)
        self.evidence(person_node, article, sentence)
        if rng.random() < 0.5:
            title = TITLES[int(digest(person), 16) % len(TITLES)]
            post = f"<{BASE}post/{digest(person, title, organiser)}>"
            if post not in self.posts:
                self.t(post, RDF_TYPE, f"<{ORG}Post>")
                self.t(post, ORG + "heldBy", person_node)
                self.t(post, RDFS_LABEL, lit(title))
                self.t(post, ORG + "postIn", iri("organisation", organiser))
                self.posts[post] = []
            self.t(post, GB + "seenIn", article)
            self.posts[post].append(published)
            self.evidence(post, article, sentence)

    def evidence(self, body: str, article: str, span: tuple[int, int]) -> None:
        target = f"<{BASE}target/{digest(article, *span)}>"
        annotation = f"<{BASE}evidence/{digest(body, target)}>"
        self.t(annotation, RDF_TYPE, f"<{OA}Annotation>")
        self.t(annotation, OA + "motivatedBy", f"<{OA}identifying>")
        self.t(annotation, OA + "hasBody", body)
        self.t(annotation, OA + "hasTarget", target)
        position, quote_selector = f"<{target[1:-1]}/position>", f"<{target[1:-1]}/quote>"
        self.t(target, RDF_TYPE, f"<{OA}SpecificResource>")
        self.t(target, OA + "hasSource", article)
        self.t(target, OA + "hasSelector", position)
        self.t(target, OA + "hasSelector", quote_selector)
        self.t(position, RDF_TYPE, f"<{OA}TextPositionSelector>")
        self.t(position, OA + "start", lit(str(span[0]), "nonNegativeInteger"))
        self.t(position, OA + "end", lit(str(span[1]), "nonNegativeInteger"))
        self.t(quote_selector, RDF_TYPE, f"<{OA}TextQuoteSelector>")
        self.t(quote_selector, OA + "exact", lit(self._text(span[1] - span[0])))

    # ---- the whole graph ---------------------------------------------------------------------------

    def run(self) -> bytes:
        for name in self.persons:
            self.t(iri("person", name), RDF_TYPE, f"<{SCHEMA}Person>")
            self.t(iri("person", name), SCHEMA + "name", lit(name))
        for name in self.organisations:
            self.t(iri("organisation", name), RDF_TYPE, f"<{SCHEMA}Organization>")
            self.t(iri("organisation", name), SCHEMA + "name", lit(name))
        index = 0
        while len(self.lines) < self.target - 3 * len(self.posts):
            self.article(index)
            index += 1
        for post, dates in self.posts.items():
            self.t(post, GB + "firstSeen", lit(min(dates), "date"))
            self.t(post, GB + "lastSeen", lit(max(dates), "date"))
        return "\n".join(self.lines).encode("utf-8") + b"\n"


PREFIXES = {"schema": SCHEMA, "gb": GB, "gbe": GBE, "gbr": GBR, "org": ORG, "oa": OA, "gbid": BASE,
            "xsd": XSD, "owl": "http://www.w3.org/2002/07/owl#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def generate(triples: int, path: Path, *, seed: int = 7) -> int:
    """Write a Turtle graph of about ``triples`` triples to ``path``; the number of triples."""
    triples_of = list(ox.parse(Generator(triples, seed).run(), format=ox.RdfFormat.N_TRIPLES))
    ox.serialize((quad.triple for quad in triples_of), str(path), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return len(triples_of)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("triples", type=int, help="about how many triples")
    parser.add_argument("-o", "--output", type=Path, required=True, help="Turtle file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    count = generate(args.triples, args.output, seed=args.seed)
    print(f"{args.output}: {count} triples", file=sys.stderr)


if __name__ == "__main__":
    main()
