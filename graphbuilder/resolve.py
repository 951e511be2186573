"""Resolving the mentions of all articles into one set of entities and events.

A person is one node per name; an organisation one per canonical name, with its surface forms as aliases
(a bare form such as 工人文化宫 joins the one canonical name it ends, an obvious misprint of a known name
joins it too); a place one per name. One event reported by two articles (same day, overlapping name,
no conflicting organisers) is one event: each article's report keeps what that article says (who attended,
in which role) and the reports are linked as the same individual (owl:sameAs); the NetworkX and HTML views
draw them as one node.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

import ahocorasick

from . import lexicons
from .events import event_key
from .extract import ArticleReading
from .gazetteer import Gazetteer
from .organisations import UNION_COMMITTEES, canonical_name, find_misprints
from .persons import PersonMention, titles_before
from .records import (
    EDITOR_ROLES,
    ArticleFacts,
    Document,
    Event,
    Evidence,
    Organisation,
    Participation,
    Person,
    Place,
    Post,
)

# The head of a government (副市长, 县长, 代区长): the post is in that level's people's government.
_GOVERNMENT_HEAD = re.compile(r"(?:常务)?副?(?:代)?([省市县区州镇乡旗])长")
_REGION_HEAD = re.compile(r"((?:[\u4e00-\u9fff]{2,10})?自治区)(?:人民政府|政府)?(?:常务)?副?主席")
_LIST_GAP = ("、", "，", ",")
_UNION_PARTS = tuple(sorted(UNION_COMMITTEES | {c[:-1] for c in UNION_COMMITTEES if c.endswith("部")}))  # 财务部长
# a byline's roles that are posts (not 摄影), and a closing note's (拟稿人：张华, 编辑：何亚)
_BYLINE_POSTS = frozenset({"记者", "通讯员", "特约通讯员", "实习生", "拟稿人", "拟稿"}) | EDITOR_ROLES
# 在X（的）陪同/带领/组织/支持/指导下: X is company or sponsor, not a place.
_ACCOMPANIED = re.compile(r"(?:(?!举行|召开|举办)[^。；在]){0,60}?(?:陪同|带领|率领|组织|支持|指导|关心|见证|领导|帮助)下")
_PROFILE = re.compile(r"^[—－-]{1,2}\s*(?:追)?记(.+)$")  # a profile's sub-headline: ——记全国劳动模范王刚
_GENERIC_LABEL = re.compile(r"活动|仪式|会议|工作|职工|工会|举行|举办|开展|[市县区省]")


def _profile_titles(reading: ArticleReading, names: list[str]) -> list[tuple[str, str, str | None]]:
    """(name, title, organisation) of the titles a profile's sub-headline writes before the name of a person
    of the article (——记全国技术能手、南阳二机石油装备集团焊工王刚); the organisation where the title opens
    with the name of one the article names."""
    found = []
    for sub in reading.article.subheadlines:
        profile = _PROFILE.match(sub)
        text = profile.group(1) if profile else ""
        # the bodies the article names, where the sub-headline names them too: a title opening inside one opens
        # with it (南阳二机石油装备集团焊工, whose numeral stops the words of the title)
        orgs = [(at, at + len(o.mention.text)) for o in reading.organisations if text
                for at in [text.find(o.mention.text)] if at >= 0]
        for name in dict.fromkeys(names) if text else ():
            if text.endswith(name):
                for title, _start, _end in titles_before(text, len(text) - len(name), orgs):
                    body = title[: len(title) - len(lexicons.post_ending(title) or "")]
                    org = next((o.name for o in reading.organisations if o.mention.text == body), None)
                    found.append((name, title, org))
    return found


def resolve_document(readings: list[ArticleReading]) -> Document:
    """One `Document` from the readings of every article, in page order."""
    org_aliases = _org_aliases(readings)
    known_orgs = sorted({org_aliases.get(o.name, o.name) for r in readings for o in r.organisations})
    misprints = _MisprintCandidates(known_orgs)
    persons: dict[str, dict] = {}
    organisations: dict[str, set[str]] = defaultdict(set)
    org_places: dict[str, str] = {}
    places: dict[str, Place] = {}
    events: list[dict] = []
    events_on: dict[str, list[dict]] = defaultdict(list)  # by date: only reports of one date can be one event
    posts: list[Post] = []
    participations: list[Participation] = []
    evidence: list[tuple[str, str, Evidence]] = []
    facts: list[ArticleFacts] = []

    for index, reading in enumerate(readings):
        first_post = len(posts)  # the posts of this article start here
        article = reading.article
        body = article.body

        def proof(start: int, end: int, *words: str) -> Evidence:
            s, e = _sentence(reading.sentences, start, end)
            return Evidence(index, s, e, body[s:e], tuple(w for w in words if w))

        names: list[str] = []
        for contributor in article.contributors:
            entry = persons.setdefault(contributor.name, {"titles": [], "kind": "reporter"})
            entry["kind"] = "reporter"
        listed_org: str | None = None  # the organisation of the previous name's last title
        listed_end = -1
        for mention in sorted(reading.persons, key=lambda m: m.start):
            entry = persons.setdefault(mention.name, {"titles": [], "kind": "other"})
            names.append(mention.name)
            evidence.append(("person", mention.name, proof(mention.start, mention.end, mention.name)))
            first = mention.titles[0][1] if mention.titles else mention.start
            # in a list after a name with a body (、副主席何志明), or sharing the previous name's title (副主席张丽、宋建国)
            in_list = listed_end >= 0 and (body[listed_end:first] in _LIST_GAP or first < listed_end)
            org = None
            for i, (title, t_start, t_end) in enumerate(mention.titles):
                if title not in entry["titles"]:
                    entry["titles"].append(title)
                org = _title_org(reading, mention.titles, i, org_aliases) or _held_before(
                    posts[first_post:], mention.name, title) or (
                    _body_before_name(reading, mention, org_aliases) if t_start >= mention.end else None)
                # a committee or department of the union named alone (经审委主任, 宣传教育部部长, 财务部长)
                committee = org in UNION_COMMITTEES or org is None and title.startswith(_UNION_PARTS)
                core = re.sub(r"(?:提名人选|候选人)$", "", title)  # 副主席提名人选: a nominee for the body's post
                bare = core in _bare_posts() or core[:1] == "副" and core[1:] in _bare_posts()  # 副调研员
                if in_list and listed_org and (org is None and bare or committee):
                    org = listed_org  # 区总工会常务副主席刘海燕、副主席何志明 / 、经审委主任陈振华: the same body
                if org is None and i == 0 and title in _UNION_POSTS:
                    org = _union_of_clause_before(reading, t_start, org_aliases)
                if (org is None and i == 0 and not in_list and title.startswith("工会")
                        and title[2:] in _UNION_POSTS):  # 儒林镇总工会组织…活动。工会主席谢启飞
                    org = _only_union_before(reading, t_start, org_aliases)
                if org:
                    organisations[org]  # a government only the title implies (市长) is an organisation too
                if org and entry["kind"] == "other":
                    entry["kind"] = "official"
                posts.append(Post(title, mention.name, org, index, proof(t_start, mention.end, title, mention.name)))
            listed_org, listed_end = org, mention.end
        for contributor in article.contributors:  # 本报讯（记者 张  磊）: 记者 is the post, however spaced
            role, name = contributor.post or contributor.role, contributor.name
            titles = persons[name]["titles"]
            if role in _BYLINE_POSTS and not any(t.endswith(role) for t in titles):
                titles.append(role)
                start = body.find(name)
                posts.append(Post(role, name, None, index, proof(start, start + len(name), role, name)
                                  if start >= 0 else None))
        for name, title, org in _profile_titles(reading, names):  # ——记全国技术能手、…焊工王刚
            if title not in persons[name]["titles"]:
                persons[name]["titles"].append(title)
                posts.append(Post(title, name, org, index, None))

        org_names: list[str] = []
        candidates = misprints.names_in(body)
        for start, end, name in find_misprints(body, candidates) if candidates else ():
            org_names.append(name)
            organisations[name].add(body[start:end])
            evidence.append(("organisation", name, proof(start, end, body[start:end])))
        for org in reading.organisations:
            name = org_aliases.get(org.name, org.name)
            org_names.append(name)
            if org.mention.name != name:
                organisations[name].add(org.mention.name)
            else:
                organisations[name]
            if org.name != name:
                organisations[name].add(org.name)
            evidence.append(("organisation", name, proof(org.mention.start, org.mention.end, org.mention.text)))
            if reading.context.city and name.startswith(reading.context.city.name):
                org_places.setdefault(name, reading.context.city.name)
        for post in posts[first_post:]:  # 昌江县人大常委会副主任、总工会主席叶华杰: the title chain's union, named bare
            if post.organisation and post.label.startswith("总工会") and post.organisation not in org_names:
                org_names.append(post.organisation)
                organisations[post.organisation].add("总工会")
                if post.evidence is not None:
                    evidence.append(("organisation", post.organisation,
                                     replace(post.evidence, highlights=("总工会",))))
            elif (post.organisation and post.organisation.endswith("人民政府") and _GOVERNMENT_HEAD.search(post.label)
                  and post.organisation not in org_names):  # 副市长张海虹: the city's government, which the title names
                org_names.append(post.organisation)
                if post.evidence is not None:
                    evidence.append(("organisation", post.organisation,
                                     replace(post.evidence, highlights=(post.label,))))

        place_names: list[str] = []
        for place in reading.places:
            place_names.append(place.name)
            known = places.get(place.name)
            aliases = set(known.aliases) if known else set()
            if place.text != place.name:
                aliases.add(place.text)
            places[place.name] = Place(
                place.name, tuple(sorted(aliases)), place.level,
                place.division.code if place.division else (known.code if known else None),
                place.parent or (known.parent if known else None),
            )
            evidence.append(("place", place.name, proof(place.start, place.end, place.text)))

        local_keys: list[str] = []
        for draft in reading.events:
            organisers = tuple(dict.fromkeys(
                org_aliases.get(o.name, o.name) for o in reading.organisations
                if (o.mention.start, o.mention.end) in draft.organisers))
            place = _event_place(reading, draft)
            if place is None:
                place = _event_venue(reading, draft, org_aliases)
                if place is not None and place not in places:
                    places[place] = Place(place, level="venue")
            ev = proof(draft.start, draft.end, draft.trigger)
            record = _merge_event(events, draft, organisers, place, index, ev, events_on, _article_id(article))
            local_keys.append(record["key"])
        for part in reading.participations:
            key = local_keys[part.event]
            participations.append(Participation(
                part.person.name, key, part.role_label, part.role,
                Evidence(index, part.start, part.end, body[part.start:part.end],
                         (part.person.name, part.role_label[:8])),
            ))
        facts.append(ArticleFacts(
            persons=tuple(dict.fromkeys(names)),
            organisations=tuple(dict.fromkeys(org_names)),
            places=tuple(dict.fromkeys(place_names)),
            events=tuple(dict.fromkeys(local_keys)),
            authors=tuple(dict.fromkeys(c.name for c in article.contributors
                                        if c.role != "摄影" and c.role not in EDITOR_ROLES)),
            photographers=tuple(dict.fromkeys(c.name for c in article.contributors if c.role == "摄影")),
        ))

    return Document(
        articles=tuple(r.article for r in readings),
        facts=tuple(facts),
        persons={n: Person(n, tuple(e["titles"]), e["kind"]) for n, e in persons.items()},
        organisations={n: Organisation(n, tuple(sorted(a - {n})), org_places.get(n)) for n, a in organisations.items()},
        places=_link_places(places),
        events={e["key"]: _event_record(e) for e in events},
        posts=tuple(dict.fromkeys(posts)),
        participations=tuple(dict.fromkeys(participations)),
        evidence=tuple(dict.fromkeys(evidence)),
    )


class _MisprintCandidates:
    """The known organisation names `find_misprints` may find a misprint of in a text, found in one pass."""

    def __init__(self, names: list[str]) -> None:
        self.order = {name: i for i, name in enumerate(names)}
        self.names: dict[str, list[str]] = defaultdict(list)  # a stem (the name but its last character) -> names
        for name in names:
            if len(name) >= 6:  # find_misprints looks at no shorter name
                self.names[name[:-1]].append(name)
        self.automaton = ahocorasick.Automaton()
        for stem in self.names:
            self.automaton.add_word(stem, stem)
        if self.names:
            self.automaton.make_automaton()

    def names_in(self, text: str) -> list[str]:
        """The names whose stem is in ``text`` (in the order given), or none when every stem there is followed
        as in a known name, so that no misprint can be found.

        The names whose stem is in the text are the only ones `find_misprints` finds a misprint of or takes a
        misprint for: given these (a few) instead of every name (thousands), it finds the same."""
        if not self.names:
            return []
        present: set[str] = set()
        doubtful = False
        for end, stem in self.automaton.iter(text):
            present.add(stem)
            written = text[end + 1 - len(stem):end + 2]
            doubtful = doubtful or (len(written) > len(stem) and written not in self.order)
        if not doubtful:
            return []
        return sorted((name for stem in present for name in self.names[stem]), key=self.order.__getitem__)


def _sentence(sentences, start: int, end: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= start < e:
            return s, max(e, end)
    return start, end


def _title_org(reading: ArticleReading, titles, i: int, aliases: dict[str, str]) -> str | None:
    """The organisation named inside a title; for a head of government, that government
    (宜昌市委副书记、市长: 宜昌市人民政府); else the one inside the first title of its chain.

    A body named only by its kind is the article's one body of that kind (公司工会副主席 in a report on
    中国石化洛阳分公司工会; 高新区党工委副书记、管委会主任 in one on 郑州高新区管委会)."""
    def inside(j: int) -> str | None:
        _, t_start, t_end = titles[j]
        return next((aliases.get(o.name, o.name) for o in reading.organisations
                     if t_start <= o.mention.start and o.mention.end <= t_end), None)

    own = inside(i)
    if own and i > 0 and own == _kind_of(titles[i][0]):
        own = _firms_own(inside(0), titles[i][0]) or own  # 集团党委副书记、监事会主席: the group's 监事会
    if own or i == 0:
        return own or _government(titles[i][0], reading) or _town_party(titles[i][0], reading) or _body_of_kind(
            reading, titles[i][0], aliases)
    title = titles[i][0]
    if _HONOUR.search(title):
        return None  # 全国人大代表、河南省劳动模范: an honour, held in no body of the chain
    if lexicons.post_ending(title) == title:  # 武冈市人大副主任、市总工会党组书记、主席: the post before's body
        body = _government(title, reading) or _title_org(reading, titles, i - 1, aliases)
        party = next((p for p in ("党委", "党组", "党总支", "党支部") if body and body.endswith(p)), None)
        if party and "书记" not in title and "委员" not in title and len(body) - len(party) >= 2:
            return body[: len(body) - len(party)]  # 大桥石化党委书记、董事长: the company's chairman, not the committee's
        return body
    first = inside(0)  # 市人大常委会副主任、总工会主席: the 总工会 of the chain's city
    return (_government(titles[i][0], reading) or _firms_own(first, title)  # before a place the firm's name opens with
            or _chain_place_body(reading, titles, i, aliases) or _body_of_kind(reading, titles[i][0], aliases, near=first)
            or first or _town_party(titles[i][0], reading))


# The posts of a union's leadership, which a report writes bare after naming the union (…市总工会组织开展“送清凉”
# 活动，常务副主席丁清传等一行…).
_UNION_POSTS = frozenset({"主席", "副主席", "常务副主席", "党组书记", "党组副书记", "党组成员"})


def _union_of_clause_before(reading: ArticleReading, start: int, aliases: dict[str, str]) -> str | None:
    """The union named last before ``start`` in the same sentence, with no name between (恩施市总工会组织开展“送
    清凉”活动，常务副主席丁清传…: 恩施市总工会), or None."""
    body = reading.article.body
    sentence_start = max(body.rfind(mark, 0, start) for mark in "。！？；\n") + 1
    before = [o for o in reading.organisations if sentence_start <= o.mention.start and o.mention.end <= start
              and aliases.get(o.name, o.name).endswith("工会")]
    if not before:
        return None
    last = max(before, key=lambda o: o.mention.end)
    if any(last.mention.end <= p.start < start for p in reading.persons):
        return None
    return aliases.get(last.name, last.name)


def _only_union_before(reading: ArticleReading, start: int, aliases: dict[str, str]) -> str | None:
    """The one union an article names before ``start`` (儒林镇总工会组织开展…活动。工会主席谢启飞…: 儒林镇总工会), or
    None when it names none or several."""
    unions = {aliases.get(o.name, o.name) for o in reading.organisations
              if o.mention.end <= start and aliases.get(o.name, o.name).endswith("工会")}
    return unions.pop() if len(unions) == 1 else None


def _body_before_name(reading: ArticleReading, mention: PersonMention, aliases: dict[str, str]) -> str | None:
    """The body named right before a name whose post follows it (福州市总工会王元榕副主席: 福州市总工会), or None."""
    return next((aliases.get(o.name, o.name) for o in reading.organisations if o.mention.end == mention.start), None)


# Honours and awards written as titles (劳动模范, 五一劳动奖章获得者, 河洛工匠).
_HONOUR = re.compile(r"(?:劳动模范|劳模|工匠|获得者|先进工作者|先进个人|标兵|能手)$")


def _firms_own(first: str | None, title: str) -> str | None:
    """The firm's own committee a later title of a chain names by its kind, after the firm's party committee
    (交建集团党委副书记、工会主席、监事会主席: 交建集团工会, 交建集团监事会), or None."""
    kind = _kind_of(title)
    party = next((p for p in ("党委", "党组", "党总支", "党支部") if first and first.endswith(p)), None)
    if kind not in _FIRM_PARTS or party is None or first.startswith("中共"):
        return None
    firm = first[: len(first) - len(party)]
    return firm + kind if len(firm) >= 2 else None


_FIRM_PARTS = frozenset({"工会", "监事会", "董事会", "纪委"})


def _kind_of(title: str) -> str:
    """What a title names before its post word: the body, or its kind (工会主席: 工会)."""
    return title[: len(title) - len(lexicons.post_ending(title))]


def _chain_place_body(reading: ArticleReading, titles, i: int, aliases: dict[str, str]) -> str | None:
    """A body a later title of a chain names by its kind alone, of the place the chain's first title opens with
    (儒林镇党委副书记、人大主席、总工会主席: 儒林镇人大, 儒林镇总工会; 市人大常委会副主任、总工会主席: the city's)."""
    title = titles[i][0]
    kind = _kind_of(title)
    if kind not in _PLACE_BODIES:
        return None
    first = titles[0][0]
    opening = _chained_opening(first)
    level = "自治区" if first.startswith("自治区") else first[0] if first[:1] in "省市县区镇乡" else None
    place = opening or level
    if place is None:
        return None
    name = canonical_name(place + kind, reading.context, Gazetteer.load())
    if name == place + kind and opening is None:
        return name  # a level word the article's places do not resolve: that level's body, unknown where
    names = {aliases.get(o.name, o.name) for o in reading.organisations}
    return next((n for n in sorted(names) if n.endswith(name)), name)  # 儒林镇总工会 as written: 金坛区儒林镇总工会


def _chained_opening(title: str) -> str | None:
    """The last of the places a title opens with, one after another (湖北省远安县委常委: 远安县), as written."""
    opening, at = None, 0
    for start, end, _ in Gazetteer.load().find_in_text(title):
        if start != at:
            break
        opening, at = title[start:end], end
    return opening


# The bodies every place has, which a chain's later title may name without the place (人大主席, 总工会主席).
_PLACE_BODIES = frozenset({"总工会", "人大", "人大常委会", "政协", "政府", "人民政府", "妇联", "团委", "工会"})


def _held_before(posts: list[Post], holder: str, title: str) -> str | None:
    """The body of a post the same person holds, named earlier in the article (``posts``: its posts so far) with a
    title that ends with this bare one (郑州市总工会副主席张建涛 … 张建涛主席: 主席 of 郑州市总工会)."""
    if lexicons.post_ending(title) != title:
        return None
    return next((p.organisation for p in reversed(posts) if p.holder == holder and p.organisation
                 and p.label.endswith(title)), None)


def _town_party(title: str, reading: ArticleReading) -> str | None:
    """The party committee of a township whose secretary a title names by the township alone (文港镇副书记 →
    中共文港镇委员会)."""
    match = _TOWN_SECRETARY.fullmatch(title)
    if match is None or not _is_division_name(match.group(1)):
        return None
    return canonical_name(match.group(1) + "委", reading.context, Gazetteer.load())


_TOWN_SECRETARY = re.compile(r"([\u4e00-\u9fff]{1,6}[镇乡])(?:党委)?(?:常务)?副?书记")


def _body_of_kind(reading: ArticleReading, title: str, aliases: dict[str, str], near: str | None = None
                  ) -> str | None:
    """The one organisation of the article whose name ends with a title's own words for its body (公司工会 →
    中国石化洛阳分公司工会), when the title names its body only by kind; of several, the one whose name opens
    like ``near``, the body of the title before in the chain (儋州市人大常委会副主任、总工会主席: 儋州市总工会)."""
    post = lexicons.post_ending(title)
    kind = title[: len(title) - len(post)]
    if len(kind) < 3:  # 工会 alone would be any union
        return None
    names = {aliases.get(o.name, o.name) for o in reading.organisations}
    found = sorted(n for n in names if n.endswith(kind) and len(n) > len(kind))
    if len(found) > 1 and near:
        shared = {n: len(os.path.commonprefix([n, near])) for n in found}
        best = max(shared.values())
        found = [n for n in found if shared[n] == best] if best >= 2 else found
    return found[0] if len(found) == 1 else None


def _government(title: str, reading: ArticleReading) -> str | None:
    """The people's government a head-of-government title belongs to: 市长 → 宜昌市人民政府, 禹州市副市长 →
    禹州市人民政府."""
    region = _REGION_HEAD.fullmatch(title)
    if region:  # 自治区主席, 自治区副主席: the head of an autonomous region's government
        return canonical_name(region.group(1) + "政府", reading.context, Gazetteer.load())
    match = _GOVERNMENT_HEAD.search(title)
    if not match or match.end() != len(title):
        return None
    place, level = title[: match.start()], match.group(1)
    place = re.sub(r"(?:人民)?政府$", "", place)  # 政府常务副县长, 县政府副县长: the government named before its head
    place = "" if place == level else place
    if place and not place.endswith(level) and Gazetteer.load().resolve(place + level) is not None:
        place += level  # 绍兴市长: the city's short name and 市长, for 绍兴市市长
    if place:  # the division written out: it must be one, of that level's kind
        if not place.endswith(level) or Gazetteer.load().resolve(place) is None:
            return None
        return canonical_name(place + "政府", reading.context, Gazetteer.load())
    return canonical_name(level + "政府", reading.context, Gazetteer.load())  # 县人民政府 where the county is unknown


@lru_cache(maxsize=1)
def _bare_posts() -> frozenset[str]:
    """Posts written with no body before them (副主席), which the previous name's body may supply."""
    return frozenset(p for p in lexicons.posts() if not _GOVERNMENT_HEAD.fullmatch(p)) - {"记者", "通讯员"}


def _org_aliases(readings: list[ArticleReading]) -> dict[str, str]:
    """Canonical names that are really another organisation: a bare ending (工人文化宫 of
    焦作市工人文化宫), the same body's offices (…机关), a division's union without 总 (定城镇工会 of
    定城镇总工会), or a one-character misprint of a longer name."""
    names = sorted({o.name for r in readings for o in r.organisations})
    ending: dict[str, list[str]] = defaultdict(list)  # a proper ending of 3+ characters -> the names it ends
    stem: dict[str, list[str]] = defaultdict(list)  # a name without its last character -> the names
    for name in names:
        for size in range(3, len(name)):
            ending[name[-size:]].append(name)
        stem[name[:-1]].append(name)
    folded: dict[str, str] = {}
    for name in names:
        longer = ending.get(name, []) if len(name) >= 3 else []
        if not longer and name.endswith("工会") and not name.endswith("总工会"):
            longer = ending.get(name[:-2] + "总工会", [])  # 新区工会 of 滨海新区总工会 (滨海新区工会 as written)
        if len(longer) == 1 and not re.match(r"[省市县区]", name):
            folded[name] = longer[0]
    present = set(names)
    for name in names:  # 定城镇工会 of (西峡县)定城镇总工会, 宝安工会 of 宝安区总工会: a division's union without 总
        if not name.endswith("工会") or name.endswith("总工会") or name in folded:
            continue
        place = name[:-2]
        own = _last_division(place)  # 重庆市|沙坪坝区工会 of 沙坪坝区总工会: the district's, its city written before it
        for full, union in [(p, p + "总工会") for p in (place, place + "区", place + "县", place + "市")] + [
                (place, place + "工会联合会")] + ([(own, own + "总工会")] if own else []):  # 牛镇镇工会联合会: a township's
            unions = ending.get(union, []) + ([union] if union in present else [])
            if len(unions) == 1 and _is_division_name(full):
                folded[name] = unions[0]
                break
    counts = Counter(o.name for r in readings for o in r.organisations)
    for name in names:
        for other in stem[name[:-1]]:
            if (other != name and len(name) == len(other) >= 6
                    and name not in folded and other not in folded and counts[name] < counts[other]):
                folded[name] = other
    return folded


def _last_division(place: str) -> str | None:
    """The last of two or more divisions a name chains (重庆市沙坪坝区: 沙坪坝区), or None."""
    found = Gazetteer.load().find_in_text(place)
    if len(found) >= 2 and found[0][0] == 0 and found[-1][1] == len(place):
        return place[found[-1][0]:]
    return None


def _is_division_name(name: str) -> bool:
    """Whether a name is all one division's name (定城镇, however many counties have one)."""
    return Gazetteer.load().opening(name) == name


def _event_place(reading: ArticleReading, draft) -> str | None:
    rank = {"village": 0, "township": 1, "county": 2, "prefecture": 3, "province": 4, "other": 5, "venue": 5}
    firms = [(o.mention.start, o.mention.end) for o in reading.organisations if _FIRM.search(o.mention.text)]
    # a place that opens a firm's name (安徽华祥食品有限公司, or 安徽省|八公山食品有限公司 as the model cut it) says
    # where the firm is registered, not where the event was
    candidates = [p for p in reading.places if (p.start, p.end) in draft.places
                  and not any(s <= p.start and p.end < e or p.end == s for s, e in firms)]
    if not candidates:
        return None
    best = min(candidates, key=lambda p: (rank.get(p.level, 5), -p.start))
    body = reading.article.body
    if any(o.mention.start <= best.start and best.end < o.mention.end
           and _VISIT_MARK.search(body, max(0, o.mention.start - 2), o.mention.start) for o in reading.organisations):
        return None  # 来到开封市第一人民医院: the place is the name of the body visited, the venue
    return best.name


_FIRM = re.compile(r"(?:公司|集团|厂|企业)$")
_VISITED = r"来到|走进|深入|(?<![受得达遇感])到"
_VISIT_MARK = re.compile(rf"(?:{_VISITED})$")  # 来到…医院看望
_VENUE_MARK = re.compile(rf"(?:在|于|{_VISITED})$")  # 在市工人文化宫举行, or a visit's


def _event_venue(reading: ArticleReading, draft, aliases: dict[str, str]) -> str | None:
    """An organisation the event took place at (在市工人文化宫举行), as a venue; not one that is only
    in a phrase of company (在市委副书记…陪同下)."""
    body = reading.article.body
    for org in reading.organisations:
        start = org.mention.start
        if draft.start <= start < draft.end and _VENUE_MARK.search(body, max(draft.start, start - 2), start):
            if _ACCOMPANIED.match(body, org.mention.end):
                continue
            return aliases.get(org.name, org.name)
    return None


def _article_id(article) -> str:
    """What identifies an article whatever else is in the build: its body (a shard or a re-run keeps it)."""
    return hashlib.sha1(article.body.encode("utf-8")).hexdigest()[:16]


def _merge_event(events: list[dict], draft, organisers, place, index: int, ev: Evidence,
                 events_on: dict[str, list[dict]], article_id: str) -> dict:
    """A record for this article's report of an event, linked to other articles' reports of the same one.

    ``events_on`` holds the records so far by date value, in order (`_same_event` needs the same date).
    The key depends on the article's text and the sentence, never on the other pages of the build, so the
    same report gets the same IRI in every shard."""
    record = {"key": event_key(draft.date, f"{article_id}:{draft.start}:{draft.label}"), "label": draft.label,
              "type": draft.event_type, "date": draft.date, "articles": [index], "organisers": organisers,
              "place": place, "evidence": [ev], "same_as": []}
    for event in events_on.get(draft.date.value, ()) if draft.date is not None else ():
        if _same_event(event, draft, organisers, index):
            event["same_as"].append(record["key"])
            record["same_as"].append(event["key"])
            record["place"] = record["place"] or event["place"]
    events.append(record)
    if draft.date is not None:
        events_on[draft.date.value].append(record)
    return record


def _same_event(event: dict, draft, organisers, index: int) -> bool:
    if index in event["articles"] or draft.date is None or event["date"] is None:
        return False
    if draft.date.precision != "day" or event["date"].value != draft.date.value:
        return False
    if organisers and event["organisers"] and not set(organisers) & set(event["organisers"]):
        return False
    return _shares_core(event["label"], draft.label)


def _shares_core(a: str, b: str) -> bool:
    """Two event names share a specific part of four or more characters (羽毛球馆开馆)."""
    a, b = _GENERIC_LABEL.sub("|", a), _GENERIC_LABEL.sub("|", b)
    # a longer shared part holds a shared part of four: looking for those is enough
    return any(part[i:i + 4] in b for part in a.split("|") for i in range(len(part) - 3))


def _event_record(e: dict) -> Event:
    return Event(e["key"], e["label"], e["type"], e["date"], tuple(e["articles"]), e["place"],
                 tuple(e["organisers"]), tuple(e["evidence"]), tuple(e["same_as"]))


def _link_places(places: dict[str, Place]) -> dict[str, Place]:
    """Keep a place's parent only when the graph has that place too."""
    return {n: (p if p.parent in places else Place(p.name, p.aliases, p.level, p.code, None)) for n, p in places.items()}
