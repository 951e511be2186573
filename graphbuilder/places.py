"""Finding places: administrative divisions, villages, and the paper's own 我市 / 全市.

Divisions come from the gazetteer (provinces to townships); a village is read where the text chains it
after a township or county (`沁阳市紫陵镇范村`) and then wherever its name recurs; a zone where the text names it
after its city (`郑州高新区`); `我市`, `本市` and `全市`
refer to the paper's city (or the county-level city an article is about), `全省` to its province, `我县` to
the article's county. NER place names that the
gazetteer does not know count when they end with an administrative suffix, or as a venue where an event is held.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import segmenter
from .gazetteer import Division, Gazetteer
from .organisations import PlaceContext

_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:村|社区|居委会)|[\u4e00-\u9fff]{1,5}?嘎查")  # 嘎查: Inner Mongolia's
_INSTITUTION_AFTER = re.compile(r"中学|小学|学校|幼儿园|卫生院|卫生室|医院|中心|公司|工厂|厂")
_DEICTIC = {"我市": "市", "本市": "市", "全市": "市", "我省": "省", "本省": "省", "全省": "省", "我县": "县",
            "本县": "县", "全县": "县", "我区": "区", "全区": "区", "全盟": "盟", "全旗": "旗"}  # the level each refers to
_DEICTIC_RE = re.compile("|".join(_DEICTIC))
_PREFECTURE_DEICTIC = re.compile("全州|我州|本州")
_SUFFIX = ("省", "市", "县", "区", "镇", "乡", "村", "街道", "州", "盟", "旗")
# A place the model found where an event is held (在锦城艺术宫举行): a venue, whatever its name ends with.
_VENUE_BEFORE = re.compile(r"[在于]$")
_VENUE_AFTER = re.compile(r"(?:隆重|正式|成功|顺利)?(?:举行|举办|召开|开幕|闭幕|落幕|开班|启动|开展|进行)")
# right after a short place name, or after a brand of two to eight characters (河南|亚坤集团, 河南|巨龙生物工程股份有限公司)
_BRAND_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?=集团|股份有限公司|有限公司|有限责任公司))?"
                          r"(?:物业|公司|集团|酒店|宾馆|超市|商场|大厦|物流|地产|置业|实业|股份|有限"
                          r"|社区|小区|[东南西北中]?(?:路|大街|大道)"  # 南阳社区, 金昌南路: a community or street
                          r"|体育馆|体育场|体育中心|公园|广场|剧院|影剧院|宾馆|饭店"  # 广安体育馆: a venue's name
                          r"|湾(?![区县市])|港(?![区县市]))")  # 杭州湾, 北仑港: a bay, a port named after the place
_COMMON_WORD = 5000  # a word this frequent in the segmenter's dictionary is read as the word, not a name's start
_GENERIC = re.compile(r"^(?:各|全|本|该|我|此|每|农|乡|山|城|邻|外|驻|进|到|市|县|区|所)"
                      r"|[一二两三四五六七八九十]+[省市县区镇乡]$"  # 所辖三县: a count of divisions, no place
                      r"|^苏木(?:乡?镇|乡)$")  # 各苏木镇: 内蒙古's townships of both kinds, sumu and towns


@dataclass(frozen=True)
class PlaceMention:
    name: str  # canonical: the division's full name, or the village's name
    text: str  # as written
    start: int
    end: int
    level: str
    division: Division | None = None
    parent: str | None = None  # canonical name of the containing place, where the text chains it


def find_places(text: str, gazetteer: Gazetteer, context: PlaceContext,
                ner_spans: list[tuple[int, int, str]] = ()) -> list[PlaceMention]:
    """Place mentions in `text`."""
    hints = [d for d in (context.county, context.city, context.province) if d]
    found: list[PlaceMention] = []
    divisions = gazetteer.find_in_text(text, hints)
    ambiguous = {start for (start, _, _), (after, _, _) in zip(divisions, divisions[1:]) if start == after}
    divisions = _seats_named_short(text, gazetteer, divisions)
    for start, end, division in divisions:
        if text[start:end] != division.name and _BRAND_AFTER.match(text, end):
            continue  # 玉林物业, 恒通公司: a firm's name that a short place name opens, no place the text names
        if (text[start:end] != division.name and _ZONE_WORD.match(text, end) and context.province is not None
                and not gazetteer.is_within(division, context.province)):
            continue  # 山南新区 on a 淮南 page: a zone's own name, no 山南市 of another province
        word_before = start > 0 and segmenter.frequency(text[start - 1:start + 1]) > _COMMON_WORD
        if division.level == "township" and word_before and not (found and found[-1].end == start):
            continue  # 部分乡镇 is no 分乡镇: a common word runs into the name (not after its county: 某县城关镇)
        if (division.level == "township" and context.province is not None and not (found and found[-1].end == start)
                and not gazetteer.is_within(division, context.province)):
            continue  # …有限公司南城区主管 on a 新疆 page: no township of 山西 named alone, without its county
        if division.level == "township" and division.name.endswith("局") and not (
                found and found[-1].end == start and found[-1].division == gazetteer.parent(division)):
            continue  # 昆明市林草局: a city's bureau, not the forest bureau the gazetteer lists as a township elsewhere
        if start in ambiguous and division.level == "township":
            # 联合镇 of five counties, none the paper's, is no place the text names unless it chains it to one
            # (睢阳区古城街道): then it is that place's, whichever of the gazetteer's it is
            chained = found[-1] if found and found[-1].end == start and found[-1].level == "county" else None
            if chained is not None and not any(p.start == start for p in found):
                found.append(PlaceMention(division.name, text[start:end], start, end, "township", None, chained.name))
            continue
        # a county by its former name (海门市 on a page of 2016, 海门区 since 2020): the place as it was then
        name = text[start:end] if text[start:end] in gazetteer.renamed else division.name
        found.append(PlaceMention(name, text[start:end], start, end, division.level, division,
                                  _gazetteer_parent(gazetteer, division)))
    found += _bare_counties(text, gazetteer, context, found, ner_spans)
    found += _listed_divisions(text, gazetteer, found)
    found += _bare_townships(text, gazetteer, found)
    found += _villages(text, found)
    found += _communities(text, found)
    found += _zones(text, found)
    for match in _DEICTIC_RE.finditer(text):
        division = context.for_level(_DEICTIC[match.group(0)])
        if division is not None:
            found.append(PlaceMention(division.name, match.group(0), *match.span(), division.level, division))
    if context.city is not None and context.city.name.endswith("自治州"):  # 全州12县市: the autonomous prefecture
        for match in _PREFECTURE_DEICTIC.finditer(text):  # (not 全州县 of 桂林, which has no 自治州)
            found.append(PlaceMention(context.city.name, match.group(0), *match.span(), "prefecture", context.city))
    taken = [(p.start, p.end) for p in found]
    for start, end, label in ner_spans:
        if label != "LOC":
            continue
        if text[start] in _LEADING_WORDS:
            start += 1  # 帮扶地|博州, 赴|…: a word before the place, which the model took in
        name = text[start:end]
        overlapped = [(s, e) for s, e in taken if s < end and start < e]
        venue = (len(name) >= 3 and not _GENERIC.match(name) and _VENUE_BEFORE.search(text, max(0, start - 1), start)
                 and _VENUE_AFTER.match(text, end))
        if not overlapped and name.endswith(_SUFFIX) and len(name) >= 3 and not _GENERIC.match(name) \
                and not _is_word(name) and not _verb_before_suffix(name) and not _opens_with_verb(name) \
                and not gazetteer.stoplisted(name) and not name.endswith("超市"):  # 综合保税区, 慈善超市: no place
            found.append(PlaceMention(name, name, start, end, "other"))
        elif venue and all(s == start and e < end for s, e in overlapped):
            found.append(PlaceMention(name, name, start, end, "venue"))  # 在锦城艺术宫举行, 在上海展览中心举行
    return sorted(found, key=lambda p: p.start)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEADING_WORDS = frozenset("的地在到赴至和与及从")


def _opens_with_verb(name: str) -> bool:
    """Whether a model's place opens with a common verb of the dictionary (希望|新区各级工会…: 希望 hopes, the
    district is 新区), which no place's own name does."""
    return (segmenter.part_of_speech(name[:2]) or "") == "v" and segmenter.frequency(name[:2]) > _COMMON_WORD


def _bare_counties(text: str, gazetteer: Gazetteer, context: PlaceContext, found: list[PlaceMention],
                   ner_spans: list[tuple[int, int, str]]) -> list[PlaceMention]:
    """The paper's own counties and county-level cities named without 县 or 市 (沁阳、孟州等地; 到修武调研): within
    the paper's city a bare name is one place. Not one that is a common word or verb (博爱, 解放) nor inside a
    person's or a body's name the model found (李卫辉, 中车永济电机有限公司)."""
    if context.city is None or context.city.level == "province":
        return []
    bare: list[PlaceMention] = []
    taken = [(p.start, p.end) for p in found] + [(s, e) for s, e, label in ner_spans if label in ("PER", "ORG")]
    for county in gazetteer.counties_of(context.city):
        stem = county.name[:-1]
        if county.name[-1] not in "县市" or len(stem) < 2 or not _plain_name(stem):
            continue
        for match in re.finditer(re.escape(stem), text):
            start, end = match.span()
            if (text[end:end + 1] in ("县", "市", "区") or _BRAND_AFTER.match(text, end)
                    or any(s < end and start < e for s, e in taken)):
                continue  # 沁阳市 (the gazetteer's already), 李卫辉 (a person's name), 中车永济电机有限公司 (a firm's)
            bare.append(PlaceMention(county.name, stem, start, end, "county", county, context.city.name))
    return bare


# A list of places closed by their kind: 三亚、万宁、乐东等市县, 登封、新密等地.
_PLACE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:市县|县市|县区|区县|市州|地市|县（市）|地|市|县)")


def _listed_divisions(text: str, gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """The items of a list of places closed by their kind that name no division with their suffix (万宁, 乐东 in
    三亚、万宁、乐东等市县): each the one county or city of that short name in the province of an item found."""
    listed: list[PlaceMention] = []
    for match in _PLACE_LIST.finditer(text):
        items, pos = [], match.start(1)
        for item in match.group(1).split("、"):
            items.append((item, pos, pos + len(item)))
            pos += len(item) + 1
        known = [p for p in found if p.division is not None and match.start(1) <= p.start < match.end(1)]
        provinces = {d.code for p in known for d in (p.division, *gazetteer.ancestors(p.division)) if d.level == "province"}
        if not provinces:
            continue
        first, first_start, first_end = items[0]  # 分布在登封、…: the list's first name ends its first item
        items[0] = next(((first[k:], first_start + k, first_end) for k in range(len(first) - 1)
                         if _listed_candidates(gazetteer, first[k:], provinces)), items[0])
        for item, start, end in items:
            if any(p.start < end and start < p.end for p in found):
                continue
            candidates = _listed_candidates(gazetteer, item, provinces)
            if len(candidates) == 1:
                division = candidates[0]
                listed.append(PlaceMention(division.name, item, start, end, division.level, division,
                                           _gazetteer_parent(gazetteer, division)))
    return listed


def _listed_candidates(gazetteer: Gazetteer, item: str, provinces: set[str]) -> list[Division]:
    """The prefectures and counties of a short name within the given provinces."""
    return [d for d in gazetteer.lookup(item) if d.level in ("prefecture", "county") and any(
        a.code in provinces for a in (d, *gazetteer.ancestors(d)))]


def _seats_named_short(text: str, gazetteer: Gazetteer, divisions: list[tuple[int, int, Division]]
                       ) -> list[tuple[int, int, Division]]:
    """A prefecture's short name is its seat's, a county-level city of the same short name, where the text names
    that city in full and never the prefecture (恩施市总工会…为恩施的经济发展: 恩施市, not 恩施土家族苗族自治州)."""
    cities = {d.short: d for _, _, d in divisions if d.level == "county" and d.name.endswith("市")}
    named = {d for s, e, d in divisions if text[s:e] == d.name or text[s:e] in d.aliases}
    return [(start, end, cities[text[start:end]])
            if division.level == "prefecture" and division not in named and text[start:end] in cities
            and cities[text[start:end]] in named and gazetteer.is_within(cities[text[start:end]], division)
            else (start, end, division) for start, end, division in divisions]


def _bare_townships(text: str, gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """Townships named without 镇, 乡 or 街道 right after their county (在永靖县刘家峡举行): the county's township of that
    short name; not one that opens a village's, a firm's or another name (永靖县刘家峡村, 刘家峡公司)."""
    bare: list[PlaceMention] = []
    for county in [p for p in found if p.level == "county" and p.division is not None]:
        if any(p.start == county.end for p in found):
            continue
        for township in gazetteer.townships_of(county.division):
            short = township.short
            end = county.end + len(short)
            if (short != township.name and text.startswith(short, county.end) and _name_ends(text, end)
                    and not _ONE_CHAR_COMMUNITY.match(text, end)):  # 市中区棉竹|铺社区: no community of one character
                bare.append(PlaceMention(township.name, short, county.end, end, "township", township, county.name))
                break
    return bare


_ONE_CHAR_COMMUNITY = re.compile(r"[\u4e00-\u9fff]社区")


def _name_ends(text: str, end: int) -> bool:
    """Whether a place's name ends at ``end``: a mark or a verb, preposition, conjunction or locality word follows
    (刘家峡|举行, 刘家峡|境内), not more of a name (刘家峡|村, 盐锅峡|水电厂)."""
    if end >= len(text) or not _CJK.match(text, end):
        return True
    word = segmenter.cut(text[end:end + 6])[0]
    return (segmenter.part_of_speech(word) or "").startswith(("v", "p", "c", "u", "d", "f"))


def _plain_name(stem: str) -> bool:
    """Whether a county's stem is read as its name, not as a common word: no verb or adjective, rare."""
    flag = segmenter.part_of_speech(stem) or ""
    return not flag.startswith(("v", "a", "d")) and (flag == "ns" or segmenter.frequency(stem) < 100)


def _gazetteer_parent(gazetteer: Gazetteer, division: Division) -> str | None:
    parent = gazetteer.parent(division)
    return parent.name if parent else None


def _villages(text: str, divisions: list[PlaceMention]) -> list[PlaceMention]:
    """Villages chained after a township or a county, then their other mentions."""
    villages: list[PlaceMention] = []
    for place in divisions:
        if place.level not in ("township", "county"):
            continue
        match = _VILLAGE.match(text, place.end)
        if match and not any(d.start == place.end for d in divisions) and not _is_word(match.group(0)) \
                and not _INSTITUTION_AFTER.match(text, match.end()):  # 梓门桥镇大村|中学: a school's name
            villages.append(PlaceMention(match.group(0), match.group(0), *match.span(), "village", None, place.name))
    for village in list(villages):
        for match in re.finditer(re.escape(village.name), text):
            if all(match.start() != v.start for v in villages):
                villages.append(PlaceMention(village.name, village.name, *match.span(), "village", None, village.parent))
    return villages


def _communities(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Communities a visit goes to, named after its verb or in its list (走进朝阳社区, 先后来福安社区、霍城社区): places,
    whatever their county (not a kind of community: 基层社区, 城市社区)."""
    communities: list[PlaceMention] = []
    for match in _COMMUNITY.finditer(text):
        start, end = match.span(1)
        stem = match.group(1)[:-2]
        if (stem in _COMMUNITY_KINDS or stem[0] in "自各每该本这那其" or stem.endswith("新") or "的" in stem
                or any(p.start < end and start < p.end for p in found)  # 来自各社区, 乡村新社区, 在居住的社区
                or _INSTITUTION_AFTER.match(text, end)):
            continue
        communities.append(PlaceMention(match.group(1), match.group(1), start, end, "village"))
        for more in _LISTED_COMMUNITY.finditer(text, end):
            if (more.start() != communities[-1].end or more.group(1)[:-2] in _COMMUNITY_KINDS
                    or more.group(1)[0] in "在到和及与"):  # …社区、在东山社区: a new clause, read on its own
                break
            communities.append(PlaceMention(more.group(1), more.group(1), *more.span(1), "village"))
    return communities


# A community a visit goes to (走进|朝阳社区, 先后来|福安社区), and the next ones of its list (、霍城社区).
_COMMUNITY = re.compile(r"(?:走进|来到|深入|前往|来|到|赴|在)([\u4e00-\u9fff]{2,4}?社区)")
_LISTED_COMMUNITY = re.compile(r"[、和及]([\u4e00-\u9fff]{2,4}?社区)")
_COMMUNITY_KINDS = frozenset({"基层", "城市", "农村", "城乡", "周边", "辖区", "所在", "各个", "全市", "全区", "全县", "新型",
                              "智慧", "和谐", "美丽", "文明", "示范", "老旧", "困难", "各", "所在的", "附近", "企业", "商务"})


_ZONE_WORD = re.compile(r"高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|示范区|新区|产业集聚区|工业园区|综合保税区"
                       r"|实验区")
# Zones a city or county sets up, named after it: 郑州高新区, 焦作市城乡一体化示范区, 洛阳经开区.
_ZONE = re.compile(r"[\u4e00-\u9fff]{0,6}?(" + _ZONE_WORD.pattern + ")")


def _zones(text: str, divisions: list[PlaceMention]) -> list[PlaceMention]:
    """Zones named after the prefecture or county written right before them (郑州|高新区)."""
    zones = []
    for place in divisions:
        if place.level not in ("prefecture", "county"):
            continue
        match = _ZONE.match(text, place.end)
        if match and not _NOT_ZONE_START.match(match.group(0)) and not _has_verb(text[place.end:match.start(1)]):
            name = text[place.start:match.end()]
            zones.append(PlaceMention(name, name, place.start, match.end(), "other", None, place.name))
    return zones


_NOT_ZONE_START = re.compile(r"[各全、，和与及的在]")


def _has_verb(words: str) -> bool:
    """Whether the words between a city and a zone word hold a verb (郑州市|召开|新区…: no zone)."""
    return any((segmenter.part_of_speech(w) or "").startswith(("v", "p", "c", "u", "d")) and w not in _ZONE_WORDS
               for w in segmenter.cut(words)) if words else False


_ZONE_WORDS = frozenset({"综合", "实验", "示范", "开发", "产业"})


def _verb_before_suffix(name: str) -> bool:
    """Whether a would-be place is a verb and a division's type word (调研|帮扶村集体经济: no village 帮扶村)."""
    stem = name[: len(name) - len(next(s for s in _SUFFIX if name.endswith(s)))]
    return (segmenter.part_of_speech(stem) or "").startswith(("v", "a", "d"))


def _is_word(name: str) -> bool:
    """A common word (农村, 社区) or a phrase ending in one (文明城市) rather than a name."""
    return segmenter.frequency(name) >= 100 or name.endswith(_COMMON_PLACE_NOUNS)


_COMMON_PLACE_NOUNS = ("城市", "县城", "市区", "城区", "乡村", "农村", "山区")
