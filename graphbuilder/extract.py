"""Reading one article: persons with titles, organisations, places, events and participations.

The page supplies the context a relative name needs (the paper's city and province, the year, names
found in its other articles); the article adds the county it is about.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import lexicons
from .articles import TIME_CLAUSE
from .cleaning import PAPER_NAME, SOURCE_PAPER
from .events import EventDraft, ParticipationDraft, find_events, find_participations
from .gazetteer import Division, Gazetteer
from .organisations import (LEVELS, PARTY_DEPARTMENT, PlaceContext, bodies_in_titles, canonical_name,
                            find_organisations)
from .persons import PersonMention, find_person_names, find_persons
from .places import PlaceMention, find_places
from .records import Article, Mention
from .sentences import split_sentences


@dataclass(frozen=True)
class OrgMention:
    mention: Mention
    name: str  # canonical


@dataclass(frozen=True)
class ArticleReading:
    """What one article says, as mentions with offsets into its body."""

    article: Article
    sentences: tuple[tuple[int, int], ...]
    context: PlaceContext
    persons: tuple[PersonMention, ...]
    organisations: tuple[OrgMention, ...]
    places: tuple[PlaceMention, ...]
    events: tuple[EventDraft, ...]
    participations: tuple[ParticipationDraft, ...]


def tag(text: str) -> list[tuple[int, int, str]]:
    """NER spans of the shipped model (none if the model is not installed)."""
    return tag_all([text])[0]


_TAGGED: dict[str, tuple[tuple[int, int, str], ...]] = {}  # each article is read twice (see `read_page`)
_TAGGED_MAX = 1024


def tag_all(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """`tag` of each text; the texts not tagged lately are tagged together (a page at a time is faster)."""
    found = {t: _TAGGED[t] for t in texts if t in _TAGGED}
    todo = [t for t in dict.fromkeys(texts) if t not in found]
    if todo:
        tagged = dict(zip(todo, (tuple(spans) for spans in _tag_texts(todo))))
        if len(_TAGGED) + len(todo) > _TAGGED_MAX:
            _TAGGED.clear()  # the texts this call found stay in `found`
        _TAGGED.update(tagged)
        found.update(tagged)
    return [list(found[t]) for t in texts]


def _tag_texts(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    try:
        from .ner import default_tagger
    except ImportError:  # pragma: no cover
        return [[] for _ in texts]
    try:
        return default_tagger().tag_texts(texts)
    except FileNotFoundError:
        return [[] for _ in texts]


def read_article(article: Article, *, gazetteer: Gazetteer, page: PlaceContext, year: int | None,
                 known_persons: tuple[str, ...] = (), ner_spans: list[tuple[int, int, str]] | None = None
                 ) -> ArticleReading:
    """Every mention, event and participation of one article."""
    body = article.body
    spans = tag(body) if ner_spans is None else ner_spans
    sentences = split_sentences(body)
    page = _quoted_paper_context(article.byline, gazetteer, page) or page
    persons = article_persons(article, known_persons, spans)
    org_mentions = [_after_person(body, m, persons) for m in find_organisations(body, gazetteer, spans)
                    if not _inside_person(m, persons)]
    org_mentions += bodies_in_titles([t for p in persons for t in p.titles], org_mentions)
    # 我市 is the paper's city, on a city's paper; on a province's paper, the city the report names; and when the
    # headline opens with another city's body, that city's, unless the report has its people come to 我市
    # (固原市总工会为一线工作者“夏送清凉” / …市总工会深入企业…我市…; not 固原市总工会考察团一行来我市交流)
    subject = _subject_city(article, gazetteer, page)
    visitors = subject is not None and subject.short in body and bool(_VISITS_US.search(body))
    ours = page.city is not None and ("我市" in body or "本市" in body) and (subject is None or visitors)
    city = None if ours else (_named_city(org_mentions, gazetteer, page) or subject
                              or _reported_city(body, gazetteer, page) or _visited_city(body, gazetteer, page))
    if city is None and not ours and _no_city_of_its_level(page, org_mentions):
        city = _reported_city(body, gazetteer, PlaceContext(page.province))  # a 州's page: 市总工会 is a 市's
        city = city if city is not None and city.name.endswith("市") else None
    if city is not None:  # a provincial paper's article on 开封市总工会: its 市总工会 is 开封's
        page = PlaceContext(page.province, city)
    context = _article_context(article, gazetteer, page, org_mentions)
    orgs = _full_forms(tuple(OrgMention(m, canonical_name(_listed_level(body, m, org_mentions, _committees(body, m)),
                                                          _chain_context(body, m, context, gazetteer), gazetteer))
                             for m in org_mentions), gazetteer)
    byline_end = len(article.byline) if body.startswith(article.byline) else 0
    places = tuple(p for p in find_places(body, gazetteer, context, spans) if not _inside_person(p, persons)
                   and not (p.start < byline_end and _MEDIA_AFTER.match(body, p.end)))  # 天门日报讯: a paper
    events = find_events(body, sentences, year=year, published=article.published, headline=article.headline,
                         orgs=[(o.mention.start, o.mention.end) for o in orgs],
                         places=[(p.start, p.end) for p in places])
    reporters = {c.name for c in article.contributors}
    participations = find_participations(body, sentences, persons, events, exclude=reporters)
    return ArticleReading(article, tuple(sentences), context, tuple(persons), orgs, places, tuple(events),
                          tuple(participations))


def _no_city_of_its_level(page: PlaceContext, org_mentions: Sequence[Mention]) -> bool:
    """Whether an article names a 市 body (市总工会) on a page whose prefecture is no 市 (临夏回族自治州, 阿克苏地区):
    a city the article names is that body's (…深入张掖市项目建设现场: 张掖市总工会)."""
    return (page.city is not None and not page.city.name.endswith("市")
            and any(m.source == "relative" and m.text.startswith("市") for m in org_mentions))


def _article_context(article: Article, gazetteer: Gazetteer, page: PlaceContext,
                     org_mentions: Sequence[Mention] = ()) -> PlaceContext:
    """The places an article's relative forms refer to: the page's, narrowed to the county the article is about."""
    body = article.body
    county = article_county(body, gazetteer, page) or article_county(article.headline, gazetteer, page)
    if county is None and page.county is not None and page.province is not None:  # 汝南县总工会正式启动… on a page
        province = PlaceContext(province=page.province)  # of 沈丘县's (我县): 汝南's; so is 克什克腾旗召开…, a headline's
        other = article_county(body, gazetteer, province) or article_county(article.headline, gazetteer, province)
        county = other if other is not None and _opens_with(other, article) else None
    county = county or page.county
    city = page.city
    if county is None and page.city is not None and page.province is not None:  # 昌江县… on a page of 海口
        province = PlaceContext(province=page.province)  # its 县总工会 is 昌江县's; so is a headline's (礼泉县总工会召开…)
        county = article_county(body, gazetteer, province) or article_county(article.headline, gazetteer, province)
        county = county if county is not None and gazetteer.is_within(county, page.province) else None
        if county is None and page.city.short not in body:  # 到周口慰问…市总工会 on a page of 郑州: 周口市总工会
            city = _other_city_named(body, gazetteer, page) or city
    if county is None and any(m.source == "relative" and m.text[0] in "县区旗" for m in org_mentions):
        county = _county_by_short_name(article, gazetteer, page)  # “海曙·英山”…县总工会…英山: 英山县's
    elif (county is not None and county == page.county and county.name.endswith("区")
          and any(m.source == "relative" and m.text[0] == "县" for m in org_mentions)):
        county = _county_by_short_name(article, gazetteer, page) or county  # 县总工会…法库 on a 浑南区 page: 法库县's
    if county is not None and _COUNTY_VOICE.search(body) and not county.name.endswith("县") and county.name in body:
        county = None  # 万源市总工会一行来我县考察: the county the article speaks for is not the city it names
    about = county is not None and (_is_subject(county, article) or _no_city_body(page, county)
                                    and _named_in_full_first(county, org_mentions, gazetteer)
                                    or _beyond_the_city(county, page, gazetteer) and "我市" not in body)
    home = county if about else page.home_city
    own = _media_county(article.byline, gazetteer, page)
    if own is not None and own.name.endswith("县") and county is None:
        county = own  # 云上通山报道：（通讯员 X）…县总工会召开…: 通山县's media, its 县总工会 is 通山县's
    elif own is not None and ("我市" in body or "本市" in body or county in (None, own)):
        county, home = own, own  # 云上枣阳报道（融媒体记者 X）…省总工会领导来我市: 枣阳市's media, its 市委 is 枣阳's
    province = page.province
    if province is None and county is not None:  # a page of no known paper on 琼海市: Hainan's 省 and 市 forms
        province = next((d for d in gazetteer.ancestors(county) if d.level == "province"), None)
        if page.city is None and county.name.endswith("市") and home is None:
            home = county
    if (county is not None and city is not None and county.level == "county" and not gazetteer.is_within(county, city)
            and city.short not in body):  # 我县…滦南…市总工会 on a page of 衡水: the county's city's, 唐山市总工会
        city = next((d for d in gazetteer.ancestors(county) if d.level == "prefecture"), city)
    return PlaceContext(province, city, county, home, article_town(body, gazetteer, county))


def article_persons(article: Article, known_persons: tuple[str, ...] = (),
                    ner_spans: list[tuple[int, int, str]] | None = None) -> list[PersonMention]:
    """The persons `read_article` finds in an article, knowing its contributors and `known_persons`."""
    known = tuple(dict.fromkeys([c.name for c in article.contributors] + list(known_persons)))
    return find_persons(article.body, tag(article.body) if ner_spans is None else ner_spans, known)


def article_person_names(article: Article) -> list[tuple[str, str]]:
    """(name, source) of each of `article_persons(article)`, found without their titles (faster)."""
    known = tuple(dict.fromkeys(c.name for c in article.contributors))
    return find_person_names(article.body, tag(article.body), known)


# The title before a relative body in a chain, when it names a county-level city: 登封市委常委、|市总工会主席.
_PLACE_TITLE = re.compile(r"([\u4e00-\u9fff]{1,10}[省市区县])(?:委|人大|政府|政协)[\u4e00-\u9fff]{1,8}、$")


def _chain_context(body: str, mention: Mention, context: PlaceContext, gazetteer: Gazetteer) -> PlaceContext:
    """The context of a relative body (市总工会, 区总工会, 省总工会) in a title chain whose title before names a
    county-level city, a county or a province (登封市委常委、市总工会主席: 登封市总工会; 椒江区人大常委会副主任、
    区总工会主席: 椒江区总工会; 湖南省人大常委会副主任、省总工会主席: 湖南省总工会); else the article's."""
    level = mention.text[:1]
    if level not in "省市区县" or body[mention.start - 1:mention.start] != "、":
        return context
    match = _PLACE_TITLE.search(body, max(0, mention.start - 20), mention.start)
    if match is None or not match.group(1).endswith(level):
        return context
    if level == "省":  # 湖南省人大常委会副主任、省总工会主席 in a 杭州 paper: 湖南省总工会
        province = next((d for d in gazetteer.lookup(match.group(1)) if d.level == "province"), None)
        return context if province is None else PlaceContext(province=province)
    counties = [d for d in gazetteer.lookup(match.group(1)) if d.level == "county"]
    # the one in the paper's city; else the one of that name in China (汝州市人大常委会党组成员、市总工会主席 on a
    # page of 商丘's counties: 汝州市's, of 平顶山)
    county = next((d for d in counties if context.city is None or gazetteer.is_within(d, context.city)),
                  counties[0] if len(counties) == 1 else None)
    if county is None:
        return context
    if level == "市":
        return PlaceContext(context.province, context.city, context.county, county)
    return PlaceContext(context.province, context.city, county, context.home_city, context.town)


# A committee's title right before a bare department of it: 区委常委、|统战部部长.
_COMMITTEE_TITLE = re.compile(r"((?:[\u4e00-\u9fff]{1,6}?(?<![省市县区州盟旗委会])[省市县区州盟旗])|[省市县区州盟旗])委"
                              r"(?:常委|委员|副书记|书记)[、，]$")  # 吴川市委常委、|宣传部长: 吴川市委's department


def _listed_level(body: str, mention: Mention, mentions: list[Mention], name: str) -> str:
    """A bureau named by its kind alone in a list after a relative body (市委统战部、文体局、市教育局: 文体局 is
    the city's): the level word of the body before it, then the name; any other name as it is."""
    if (mention.source not in ("ner", "listed") or body[mention.start - 1:mention.start] != "、" or name[:1] in LEVELS
            or len(name) > 6 or Gazetteer.load().opening(name)):
        return name  # not a bare kind of bureau: 文体局, not 焦作市文体局
    before = next((m for m in mentions if m.end == mention.start - 1), None)
    while before is not None and before.source == "listed":  # 市人社局、经信局、|教育局: the list's first
        before = next((m for m in mentions if m.end == before.start - 1), None)
    if before is None or before.source != "relative" or before.text[:1] not in "省市县区":
        return name
    return before.text[0] + name


def _committees(body: str, mention: Mention) -> str:
    """The name to canonicalise: a bare department after its committee's title gets the committee (统战部 →
    区委统战部), any other name is itself."""
    if PARTY_DEPARTMENT.fullmatch(mention.text):
        before = _COMMITTEE_TITLE.search(body, max(0, mention.start - 12), mention.start)
        if before:
            return _committee_place(before.group(1)) + "委" + mention.text
    return mention.name


def _committee_place(words: str) -> str:
    """The division a committee's title names last (湖北省远安县 → 远安县, 吴川市), or its level word alone when the
    words before it name none (选举市委常委: 市)."""
    found = [(end, division) for _, end, division in Gazetteer.load().find_in_text(words) if end == len(words)]
    return found[-1][1].name if found and len(words) > 1 else words[-1]


def _full_forms(orgs: tuple[OrgMention, ...], gazetteer: Gazetteer) -> tuple[OrgMention, ...]:
    """Each name the article also writes with its city or province before it (白云区总工会 beside
    广州市白云区总工会) named by that fuller form."""
    names = list(dict.fromkeys(o.name for o in orgs))  # in text order: the same choice in every run
    fuller: dict[str, str] = {}
    placed: set[str] = set()  # the names given a fuller form with a place before them
    for name in names:
        base, tail = _without_part(name)
        for other in names:
            prefix = gazetteer.lookup(other[:len(other) - len(name)]) if other.endswith(name) and other != name else ()
            if (prefix and not any(d.level == "province" for d in prefix)  # 江西省九江市总工会 is no fuller name
                    and (name not in placed or len(other) > len(fuller[name]))):  # 泉州市洛江区…, not 泉州洛江区…
                fuller[name] = other
                placed.add(name)
            elif name not in fuller and _shortens(base, _without_part(other)[0], gazetteer):
                fuller[name] = _without_part(other)[0] + tail  # 油田公司党委 beside 大庆油田有限责任公司工会
    return tuple(OrgMention(o.mention, fuller[o.name]) if o.name in fuller else o for o in orgs) if fuller else orgs


_PARTS = ("党委", "党组", "纪委", "工会", "团委")  # a body's own committees, written after its name


def _without_part(name: str) -> tuple[str, str]:
    """A name and the committee of the body it ends with (大庆油田有限责任公司, 工会), or (name, "")."""
    part = next((p for p in _PARTS if name.endswith(p) and len(name) > len(p) + 2), "")
    return name[: len(name) - len(part)], part


def _shortens(short: str, full: str, gazetteer: Gazetteer) -> bool:
    """Whether ``short`` is a body's short name for ``full``, written in the same article: its characters in the
    full name's order, the same type word at the end (油田公司, 大庆油田有限责任公司), and no place that the full
    name names after its start left out (广西茧丝绸行业协会 is not 广西河池市茧丝绸行业协会: a body of another level). A
    firm's legal name (…有限公司) is no short name (贵州盘江机械有限公司 is not 贵州盘江矿山机械有限公司)."""
    if (len(short) < 4 or len(full) <= len(short) or short[-2:] != full[-2:] or short[:2] not in full
            or short.endswith("有限公司")):
        return False
    chars = iter(full)
    if not all(c in chars for c in short):
        return False
    return all(full[start:end] in short for start, end, _ in gazetteer.find_in_text(full) if start > 0)


def _after_person(body: str, mention: Mention, persons: list[PersonMention]) -> Mention:
    """A model's body that opens with a person's name and a preposition (陈江泓代|省总工会宣读贺词: on behalf of the
    province's federation) is the body after them."""
    person = next((p for p in persons if p.start == mention.start and p.end + 2 < mention.end), None)
    if person is None or body[person.end] not in _BEHALF:
        return mention
    return replace(mention, text=body[person.end + 1:mention.end], start=person.end + 1)


_BEHALF = frozenset("代向为给和与及在到")


def _inside_person(mention, persons: list[PersonMention]) -> bool:
    """Whether a mention lies inside a person's name, or opens inside a transliterated one (吐尔逊拜·达那别|克和师总工会:
    the model's name was cut short, its organisation took the rest) or one read after a post (副主席才|印波带领工会), or
    ends inside a name it runs into from the post before it (董事|长沙|骏刚: 长沙 is no place named)."""
    return any(p.start <= mention.start and mention.end <= p.end
               or ("·" in p.name or p.source == "title") and p.start < mention.start < p.end
               or mention.start < p.start < mention.end < p.end for p in persons)


def article_county(text: str, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """The county-level place an article is most about, within the paper's city when it has one; when it names
    no county, the county of the townships it names."""
    counts: Counter[Division] = Counter()
    townships: Counter[Division] = Counter()  # the counties of the townships named, when no county is
    hints = [d for d in (page.city, page.province) if d]
    for _, _, division in gazetteer.find_in_text(text, hints):
        if page.city is not None and not gazetteer.is_within(division, page.city):
            continue
        if division.level == "county":
            counts[division] += 1
        elif division.level == "township":
            county = gazetteer.parent(division)
            if county is not None and county.level == "county":
                townships[county] += 1
    counts = counts or townships  # 县总工会 in a report from 郇封镇: 郇封镇's county's
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    return best if not rest or rest[0][1] < n else None


def _other_city_named(text: str, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """The one prefecture of the page's province, not the page's city, that an article names twice or more, by its
    full or its short name, where it names no other (a province's page: 周红霞到周口慰问…为周口发展作出贡献)."""
    counts = Counter(division for _, _, division in gazetteer.find_in_text(text, [page.province])
                     if division.level == "prefecture" and gazetteer.is_within(division, page.province))
    return next(iter(counts)) if len(counts) == 1 and next(iter(counts.values())) >= 2 else None


def _county_by_short_name(article: Article, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """The county of the paper's city, else of its province, that an article names most often by its short form,
    twice or more and more often than any other (嘉鱼航道…项目 / 来嘉鱼项目现场: 嘉鱼县)."""
    text = article.headline + "\n" + article.body
    for region in (page.city, page.province):
        if region is None:
            continue
        counts = Counter({county: text.count(county.short) for county in gazetteer.counties_within(region)
                          if len(county.short) >= 2 and county.short != county.name})
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0]
    return None


def article_town(text: str, gazetteer: Gazetteer, county: Division | None) -> Division | None:
    """The township an article is most about (its 镇委, 镇长 and 镇总工会 are that township's): of the article's
    county when it has one; None when it names none, or two as often."""
    counts = Counter(division for _, _, division in gazetteer.find_in_text(text, [county] if county else [])
                     if division.level == "township" and (county is None or gazetteer.parent(division) == county))
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


_COUNTY_VOICE = re.compile(r"[我本]县")


def county_paper(text: str, gazetteer: Gazetteer, context: PlaceContext) -> PlaceContext:
    """The context of a county paper's page: a page that says 我县 speaks for the county it names most, so
    县总工会 and 县委 in its articles that name no county are that county's (市总工会 stays the prefecture's); a page
    of a county-level city's paper (`_county_city_paper`) is that city's, its 市总工会 too."""
    if context.county is not None:
        return context
    if not _COUNTY_VOICE.search(text):
        return _county_city_paper(text, gazetteer, context) or _district_paper(text, gazetteer, context) or context
    county = article_county(text, gazetteer, context)
    if county is None and context.city is not None:  # a county paper's page among another city's pages
        county = article_county(text, gazetteer, PlaceContext())
    if county is None or not county.name.endswith("县"):
        return context
    ancestors = gazetteer.ancestors(county)
    return PlaceContext(province=next((d for d in ancestors if d.level == "province"), context.province),
                        city=next((d for d in ancestors if d.is_city), context.city), county=county)


def _district_paper(text: str, gazetteer: Gazetteer, context: PlaceContext) -> PlaceContext | None:
    """The context of a district's page: a page that names one district of its city alone, twice or more, and speaks
    of 区总工会, 区委 or 我区 (武侯区总工会开展… / 区总工会开展新春送温暖…): its articles that name no district are that
    district's."""
    if context.city is None or not _DISTRICT_BODY.search(text):
        return None
    districts = Counter(d for _s, _e, d in _places_named(text, gazetteer)
                        if d.level == "county" and d.name.endswith("区") and gazetteer.is_within(d, context.city))
    if len(districts) != 1 or sum(districts.values()) < 2:
        return None  # (not a district named once in passing: …潘集区… on a page whose 区总工会 is another's)
    return replace(context, county=next(iter(districts)))


_DISTRICT_BODY = re.compile(r"(?<![各两三四五六七八九十个、])区(?:总工会|委|人大|人民政府|政府|政协)|我区")  # not 全区 (广西: the region)


def _county_city_paper(text: str, gazetteer: Gazetteer, context: PlaceContext) -> PlaceContext | None:
    """The context of a county-level city's paper: a page that never names its prefecture, whose places in it all
    lie in one county-level city, two of its towns among them or one and the city's full name (滕州东站, 姜屯镇,
    东沙河街道, 滕州市总工会 on a page of 市总工会: 滕州市's, not 枣庄市's); None for any other page (a city paper's
    report on 新泰市总工会, whose 市总工会 is 泰安's)."""
    city = context.city
    if city is None or context.home_city is not None or city.short in text:
        return None
    counties, towns = set(), set()
    for _start, _end, division in _places_named(text, gazetteer):
        if division != city and gazetteer.is_within(division, city):
            counties.add(next((d for d in [division, *gazetteer.ancestors(division)] if d.level == "county"), None))
            if division.level == "township":
                towns.add(division)
    county = next(iter(counties)) if len(counties) == 1 else None
    if county is None or not county.name.endswith("市") or len(towns) < 2 and not (towns and county.name in text):
        return None
    return division_context(county, gazetteer)


def _named_city(org_mentions: list[Mention], gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """The one prefecture other than the paper's own whose bodies the article names in full
    (开封市总工会, 洛阳市委): the city the article's 市 forms refer to. (Not called for an article that
    says 我市: it speaks for the paper's city, and 洛阳市总工会考察团来我市 is a visit.)"""
    cities = set()
    for mention in org_mentions:
        if mention.source != "place+type":
            continue
        for start, _end, division in gazetteer.find_in_text(mention.text, [d for d in (page.province,) if d]):
            if start == 0 and division.level == "prefecture":
                cities.add(division)
            break
    if len(cities) != 1:
        return None
    (city,) = cities
    if city == page.city or (page.province is not None and not gazetteer.is_within(city, page.province)):
        return None
    return city


def _subject_city(article: Article, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """Another prefecture of the paper's province that an article opens with (保定市第三届职工冰雪运动会…开幕 in a
    page mostly on 张家口), when it names no place of the paper's city, or on a page of no one city (丹东市总工会开展
    送温暖活动 on a province's page): the city its 市 forms refer to."""
    if page.province is None:
        return None
    lede = _lede(article)
    for text in (article.headline, lede):
        found = gazetteer.find_in_text(text[:8], [page.province])
        if found and found[0][0] == 0 and found[0][2].level == "prefecture":
            city = found[0][2]
            if city == page.city or not gazetteer.is_within(city, page.province):
                return None
            if page.city is not None and any(gazetteer.is_within(d, page.city)
                                             for _, _, d in gazetteer.find_in_text(article.body)):
                return None
            return city
    return None


def _reported_city(body: str, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """On a page of no one city (a provincial paper), the prefecture an article names most, if one leads
    (省总工会…到六安市金寨县调研。六安市副市长…，市总工会…: 六安's)."""
    if page.city is not None:
        return None
    counts = prefecture_counts(body, gazetteer)
    if page.province is not None:
        counts = Counter({d: n for d, n in counts.items() if gazetteer.is_within(d, page.province)})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_VISITS_US = re.compile(r"(?:来|到|莅临|赴|走进|来到)(?:我市|本市)")  # 考察团来我市: a visit to the paper's city
_COME_TO = re.compile(r"(?<![带以原未后近从本起出看])来(?=[\u4e00-\u9fff]{2,4}市)")
# the province's body going to a city (省总工会副主席胥纯带队，到自贡市…走访慰问): that city is the report's
_PROVINCE_GOES_TO = re.compile(r"省(?:总工会|委|人大|政府|政协)[^。]{0,40}?(?:到|赴|来到|走进|深入)(?=[\u4e00-\u9fff]{2,4}市)")


def _visited_city(body: str, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """Another prefecture of the paper's province that a report's lede says visitors came to (…参访团一行7人，来连云港市参观
    访问): 来 speaks from the city the report is written in, so its 市 forms are that city's; so does the province's
    body going to it (省总工会副主席胥纯带队，到自贡市…)."""
    if page.city is None or page.province is None:
        return None
    lede = body[:body.find("。") + 1] if "。" in body else body
    for match in [*_COME_TO.finditer(lede), *_PROVINCE_GOES_TO.finditer(lede)]:
        found = gazetteer.find_in_text(lede[match.end():match.end() + 6], [page.province])
        if found and found[0][0] == 0 and found[0][2].level == "prefecture":
            city = found[0][2]
            return city if city != page.city and gazetteer.is_within(city, page.province) else None
    return None


def _lede(article: Article) -> str:
    """An article's first sentence after its byline and the date it opens with."""
    lede = article.body[len(article.byline):].lstrip() if article.body.startswith(article.byline) else article.body
    return TIME_CLAUSE.sub("", lede, count=1)


_MEDIA_AFTER = re.compile(r"市?(?:日报|晚报|早报|商报|新闻网|网|融媒|报道|发布|手机报|电视台)")
# A local media's name in a byline, opening with its place (云上枣阳报道, 枣阳日报讯, 宜都新闻网讯).
_MEDIA_PLACE = re.compile(r"\s*(?:云上|掌上|今日|爱)?([\u4e00-\u9fff]{2,4}?)市?(?:日报|晚报|新闻网|融媒|报道|发布|网|手机报)")


def _media_county(byline: str, gazetteer: Gazetteer, page: PlaceContext) -> Division | None:
    """The county-level city or the county whose local media a byline names (云上枣阳报道: 枣阳市, 云上通山报道: 通山县),
    within the page's province or city when it has one; None for any other byline."""
    match = _MEDIA_PLACE.match(byline)
    if match is None:
        return None
    found = [d for d in gazetteer.lookup(match.group(1)) if d.level == "county" and d.name.endswith(("市", "县"))
             and (page.city is None or gazetteer.is_within(d, page.city) or d.name.endswith("县"))
             and (page.province is None or gazetteer.is_within(d, page.province))]
    return found[0] if len(found) == 1 else None


# A report another paper printed first, credited in the byline: 每日甘肃网12月9日讯 据嘉峪关日报报道（记者李巍）.
_QUOTED_PAPER = re.compile(r"据\s*([\u4e00-\u9fff]{2,4}?)市?(?:日报|晚报|晨报|新闻网|融媒体中心|广播电视台|电视台)报道")


def _quoted_paper_context(byline: str, gazetteer: Gazetteer, page: PlaceContext) -> PlaceContext | None:
    """The context of the city or county whose paper a byline says the report is from (据嘉峪关日报报道: 嘉峪关市),
    when it is not the page's own: the report's 市总工会 and 我市 are that paper's. None for any other byline."""
    match = _QUOTED_PAPER.search(byline)
    if match is None:
        return None
    found = [d for d in gazetteer.lookup(match.group(1)) if d.level in ("prefecture", "county")
             and (page.province is None or gazetteer.is_within(d, page.province))]
    if len(found) != 1 or found[0] in (page.city, page.county, page.home_city):
        return None
    return division_context(found[0], gazetteer)


def _beyond_the_city(county: Division, page: PlaceContext, gazetteer: Gazetteer) -> bool:
    """Whether a report is on a county-level city outside the paper's city (陈惠霞来天门市调研 on a page of 咸宁): its
    市 forms are that city's own, as the paper's city holds no such city."""
    return county.name.endswith("市") and page.city is not None and not gazetteer.is_within(county, page.city)


def _no_city_body(page: PlaceContext, county: Division) -> bool:
    """Whether the 市 forms of a page on a county-level city cannot be its prefecture's: a 地区, 自治州 or 盟 has no
    市总工会 (阿克苏地区's paper on 阿克苏市). Where the prefecture is a city, its paper's 市总工会 is its own, even
    in a report on a county-level city's union (孟州市总工会举办… / 市总工会副主席X出席)."""
    return county.name.endswith("市") and page.city is not None and not page.city.name.endswith("市")


def _named_in_full_first(county: Division, org_mentions: Sequence[Mention], gazetteer: Gazetteer) -> bool:
    """Whether an article names a county-level city's own body in full (肥城市总工会召开…) before it writes a city's
    body by its 市 form alone (随后，市总工会…): the 市 forms are that city's, as a report names a body in full first."""
    for mention in sorted(org_mentions, key=lambda m: m.start):
        if mention.source == "relative" and mention.text.startswith("市"):
            return False
        if mention.source == "place+type":
            city = gazetteer.opening(mention.text)
            if city is not None and city.endswith("市"):  # 向苏州市总工会、张家港市总工会…: the city named first
                return city == county.name
    return False


def _is_subject(county: Division, article: Article) -> bool:
    """Whether an article is about a county-level city itself: its headline or its first sentence
    (after byline and date) opens with the city's name (卫辉市举行… / 5月20日，卫辉市…)."""
    if not county.name.endswith("市"):
        return False
    names = (county.name, county.name[:-1]) if len(county.name) > 2 else (county.name,)
    openings = [article.headline, _lede(article)]
    openings += [text[len(province):] for text in openings for province in (_province_name(text),) if province]
    return any(text.startswith(names) for text in openings)


def _opens_with(county: Division, article: Article) -> bool:
    """Whether an article's headline or first sentence (after byline and date) opens with a county's full name."""
    return any(text.startswith(county.name) for text in (article.headline, _lede(article)))


def _province_name(text: str) -> str:
    """The province a text opens with, as written (湖北省 of 湖北省钟祥市总工会…), or ""."""
    found = Gazetteer.load().find_in_text(text[:8])
    return text[:found[0][1]] if found and found[0][0] == 0 and found[0][2].level == "province" else ""


def page_context(texts: list[str], gazetteer: Gazetteer, city: str | None = None, *,
                 counts: list[Counter[Division]] | None = None) -> PlaceContext:
    """The paper's city and province: `city` if given, else the prefecture its pages name most.

    Args:
        counts: `prefecture_counts` of each text, when already known (a build's cache keeps them).
    """
    chosen: Division | None = None
    if city:
        chosen = gazetteer.resolve(city)
        if chosen is None:
            candidates = gazetteer.lookup(city)
            chosen = candidates[0] if candidates else None
    else:
        total: Counter[Division] = Counter()
        for page_counts in counts if counts is not None else (prefecture_counts(t, gazetteer) for t in texts):
            total.update(page_counts)
        if total:
            (best, n), *rest = total.most_common()
            # a page on two cities of a province (开封市 17, 三门峡市 14): a provincial paper's, each report its city's
            chosen = best if not rest or 3 * rest[0][1] < 2 * n else _province_of_most(total, gazetteer)
    return PlaceContext() if chosen is None else division_context(chosen, gazetteer)


def province_context(text: str, gazetteer: Gazetteer) -> PlaceContext | None:
    """The context of a page that names no city at all but one province most (a provincial union's report:
    省总工会|…贵州省工会第十五次代表大会), or None."""
    ranked = _province_counts(text, gazetteer).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return division_context(ranked[0][0], gazetteer)
    return None


def _province_counts(text: str, gazetteer: Gazetteer, levels: tuple[str, ...] = ("province", "prefecture")
                     ) -> Counter[Division]:
    """How often a page names each province, a prefecture (or a place of another of ``levels``) counting for its
    province (鹤岗市 for 黑龙江, not 北京)."""
    provinces: Counter[Division] = Counter()
    for _start, _end, division in _places_named(text, gazetteer):
        if division.level in levels:
            provinces[next(d for d in (division, *gazetteer.ancestors(division)) if d.level == "province")] += 1
    return provinces


def visited_municipality(text: str, gazetteer: Gazetteer, context: PlaceContext) -> PlaceContext:
    """A page's context when the city it names most is a municipality, but it names another province more than twice
    as often (辽宁代表团抵达北京…在北京召开): that province's page, whose 省总工会 is its own; else ``context``."""
    if context.city is None or context.city.level != "province":
        return context
    counts = _province_counts(text, gazetteer, ("province", "prefecture", "county"))  # 长寿区 for 重庆
    ranked = counts.most_common(1)
    if ranked and ranked[0][0] != context.city and ranked[0][1] >= 3 and ranked[0][1] > 2 * counts[context.city]:
        return division_context(ranked[0][0], gazetteer)
    return context


def division_context(chosen: Division, gazetteer: Gazetteer) -> PlaceContext:
    """The context of a paper of this province, prefecture or county."""
    province = next((d for d in gazetteer.ancestors(chosen) if d.level == "province"), None)
    if chosen.level == "province":  # a municipality's paper (北京市): its 市总工会 is the municipality's
        return PlaceContext(province=chosen, city=chosen if chosen.is_city else None)
    if chosen.level == "county":  # a county paper: 县总工会 is its own, 市总工会 its prefecture's
        prefecture = next((d for d in gazetteer.ancestors(chosen) if d.is_city), None)
        home = chosen if chosen.name.endswith("市") else None  # a county-level city's paper: 市总工会 is its own
        return PlaceContext(province=province, city=prefecture, county=chosen, home_city=home)
    return PlaceContext(province=province, city=chosen)


def masthead_context(text: str, gazetteer: Gazetteer) -> PlaceContext | None:
    """The context a page's masthead gives, if its first lines name the paper (义乌商报: a paper of the
    county-level city 义乌市; 安徽工人日报: a provincial paper), or credit a web page's report to it (来源：仙游今报,
    信息来源：中山市人民政府); a paper's own name outweighs what it reports on."""
    lines = [line for line in text.splitlines() if line.strip()][:3]
    for line in lines:
        match = PAPER_NAME.match(line) or SOURCE_PAPER.search(line)
        division = gazetteer.resolve(match.group(1)) if match else _source_division(line, gazetteer)
        if division is not None and division.level != "township":
            return division_context(division, gazetteer)
    return None


def paper_context(text: str, gazetteer: Gazetteer, counts: Counter[Division], fallback: PlaceContext) -> PlaceContext:
    """A page's context: its masthead's (`masthead_context`), else the city it names decisively (`own_context`); a
    web page's source naming a province only (来源：云南网) yields to a city of that province the page names most
    (昆明), a provincial paper's own name (安徽工人日报) does not."""
    masthead = masthead_context(text, gazetteer)
    if masthead is None:
        return own_context(counts, gazetteer, fallback)
    top = [line for line in text.splitlines() if line.strip()][:3]
    if masthead.city is None and masthead.province is not None and counts and not any(map(PAPER_NAME.match, top)):
        own = page_context([], gazetteer, counts=[counts])
        if own.city is not None and gazetteer.is_within(own.city, masthead.province):
            return own
    return masthead


_SOURCE = re.compile(r"(?:信息来源|来源|稿源)\s*[:：]\s*(\S{2,30})")


def _source_division(line: str, gazetteer: Gazetteer) -> Division | None:
    """The division a web page's source names first and most narrowly, where the source opens with a place
    (信息来源：广东省中山市人民政府西区办事处: 中山市)."""
    match = _SOURCE.search(line)
    if match is None:
        return None
    source = match.group(1)
    found = [(start, d) for start, _end, d in gazetteer.find_in_text(source) if d.level != "township"]
    chain = [d for i, (start, d) in enumerate(found) if start == 0 or i and gazetteer.parent(d) == found[i - 1][1]]
    return chain[-1] if chain and found[0][0] == 0 else None


def _province_of_most(counts: Counter[Division], gazetteer: Gazetteer) -> Division | None:
    """The province whose divisions the pages name most, when no one prefecture leads: a provincial paper
    reporting on 宜昌, 十堰 and 襄阳 alike is still a 湖北 paper (its 省总工会 is 湖北省总工会)."""
    provinces: Counter[Division] = Counter()
    for division, n in counts.items():
        province = division if division.level == "province" else next(
            (d for d in gazetteer.ancestors(division) if d.level == "province"), None)
        if province is not None:
            provinces[province] += n
    ranked = provinces.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def own_context(counts: Counter[Division], gazetteer: Gazetteer, fallback: PlaceContext) -> PlaceContext:
    """A page's own city when the page names it decisively (a folder may hold several papers), else
    the city of all the pages."""
    ranked = counts.most_common(2)
    if ranked and _another_province(counts, gazetteer, fallback):
        return page_context([], gazetteer, counts=[counts])  # another paper's page, whatever it names most
    if len(ranked) == 1 and fallback.city is not None and ranked[0][0] != fallback.city:
        return division_context(ranked[0][0], gazetteer)  # names one city only, not the others' (沈丘县: 周口's)
    if not ranked or ranked[0][1] < 4 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return fallback
    city = ranked[0][0]
    return fallback if fallback.city == city else division_context(city, gazetteer)


def _another_province(counts: Counter[Division], gazetteer: Gazetteer, fallback: PlaceContext) -> bool:
    """Whether a page names only prefectures of provinces other than the fallback's (a 河北 paper's page in a folder
    of 河南 papers): then the city of all the pages is not its city."""
    if fallback.province is None:
        return False
    return all(city != fallback.province and not gazetteer.is_within(city, fallback.province) for city in counts)


def prefecture_counts(text: str, gazetteer: Gazetteer) -> Counter[Division]:
    """How much a page names each prefecture (or municipality): 2 for the prefecture itself, 1 for a place within
    it, 3 for a place within it that names a body of its own (长寿区总工会 outweighs 北京 named in passing)."""
    counts: Counter[Division] = Counter()
    text = _WRAP.sub(lambda breaks: "\n" if len(breaks.group()) > 1 else "", text)  # 武|义县: lines joined
    for start, end, division in _places_named(text, gazetteer):
        prefecture = _prefecture(division, gazetteer)
        if prefecture is not None:
            counts[prefecture] += 2 if division == prefecture else 3 if _OWN_BODY.match(text, end) else 1
    return counts


_WRAP = re.compile(r"\n+")  # a line break inside a paragraph, or the blank lines between two
_QUOTED_NAME = re.compile(r"“[^“”\n]{1,20}(?:\n[^“”\n]{1,20})?”")  # a name may wrap: “大连机\n床杯”
"""A short quoted name (“大连机床杯”数控项目决赛, “青岛”号): the name of a cup, prize, ship or campaign, which says
nothing of where the page's paper is."""
_OWN_BODY = re.compile(r"总工会|工会|委|人大|政协|人民政府|政府")  # a place's own bodies, right after its name


def _places_named(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Division]]:
    """The divisions a page names that say where it is from: not a short name inside a short quoted name (“苏州重工
    杯”) or a person's name (戴|玉林), nor a name two or more divisions bear that the page does not settle (城关乡)
    where it names a division that is not ambiguous (义县)."""
    quoted = [m.span() for m in _QUOTED_NAME.finditer(text)]
    found = [(start, end, division) for start, end, division in gazetteer.find_in_text(text)
             if not (quoted and text[start:end] != division.name and any(a < start < b for a, b in quoted))
             and not _in_a_name(text, start, end, division)]
    spans = Counter((start, end) for start, end, _ in found)
    if len(spans) == len(found) or all(n > 1 for n in spans.values()):
        return found
    return [(start, end, division) for start, end, division in found if spans[start, end] == 1]


def _in_a_name(text: str, start: int, end: int, division: Division) -> bool:
    """Whether a city's short name is a person's given name: a surname before it, and a post or a list's 、 before
    the surname (主席戴|玉林主持, 经理王|长春, 、李|吉林)."""
    if end - start != 2 or text[start:end] == division.name or start < 2:
        return False
    surname = start - 1
    return text[surname] in lexicons.surnames() and (text[surname - 1] == "、" or lexicons.post_ends_at(text, surname))


def _prefecture(division: Division, gazetteer: Gazetteer) -> Division | None:
    for d in (division, *gazetteer.ancestors(division)):
        if d.is_city:
            return d
    return None


def page_year(texts: list[str], published: dt.date | None, name: str = "") -> int | None:
    """The year dates without one refer to: the publication date's, else the file name's
    (`…-page-2020-09.txt`), else the latest the page names."""
    from .dates import infer_year
    from .reading import year_from_name

    if published is not None:
        return published.year
    if name and year_from_name(name):
        return year_from_name(name)
    years = [y for y in (infer_year(t) for t in texts) if y]
    return max(years) if years else None
