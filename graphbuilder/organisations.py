"""Finding organisations and naming them canonically.

Mentions come from patterns of Chinese news writing — a level word or a place name before type words
(`市总工会`, `县委`, `团市委`, `修武县总工会`, `市委统战部`), national bodies by their short names (`全总`) —
and from the NER model. `canonical_name` turns a surface form into the fullest official form: the level
word replaced by the place it refers to, the party's committees prefixed with 中共, the Youth League's with
共青团, abbreviated type words written out (`市妇联` → `焦作市妇女联合会`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from . import lexicons, segmenter
from .gazetteer import Division, Gazetteer
from .persons import is_plausible_name
from .records import Mention

LEVELS = {"省": "province", "市": "prefecture", "县": "county", "区": "county", "州": "prefecture", "盟": "prefecture",
          "旗": "county", "镇": "township", "乡": "township"}
# A type word followed by these is a modifier, not a body: 工会工作, 工会会员, 工会干部, 工会法 (not 工会法律部).
# 工会驿站: a rest stop; 为…贡献工会力量: the unions' strength, no body
_NOT_A_BODY = re.compile(r"工作|会员|干部|法(?![院律])|经费(?!审查)|系统(?!工会)|驿站|力量|智慧|担当"
                         r"|(?<=中心)城市|(?<=站)在"  # 国家中心|城市 (a central city), 发展站|在 (站在: stands at)
                         r"|(?<=队)伍|(?<=团)结|(?<=局)面")  # 职工队|伍: 队伍, the ranks
_GENERIC_START = ("各", "全", "广大", "基层", "该", "本", "这", "相关", "有关", "上级", "各级", "其他", "非公", "新一届", "新一任",
                  "新时期")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Prepositions and conjunctions that the segmenter may glue to a level word (由市|总工会 → 由|市总工会), and a verb's
# complement (贯彻落实好|市总工会…精神).
_FUNCTION_CHARS = frozenset("由在向对为与和及从到于将把被让请经给跟同至受好")
# What follows 市总 when it is 市总工会's short form (市总领导, 市总开展…, 市总、), not a word (市总体, 市总结).
_SHORT_UNION_NEXT = (r"(?:领导|机关|党组|主席|副主席|开展|举办|举行|召开|组织|联合|发起|发放|启动|出台|印发|一行|"
                     r"在|为|向|对|和|与|及|将|的|[，。、；：！？”）\s]|$)")
# 由X联合…发起 / 由X主办: X is a body even when its name has no type word (a brand, a foundation).
_SPONSOR = re.compile(r"(?<![理自缘来经])由(?!于)([\u4e00-\u9fffA-Za-z]{3,10}?)(?:联合|主办|承办|发起|冠名|协办|牵头)")
_DEICTIC_START = ("我", "其", "双方", "多家", "社会", "大家", "群众", "职工", "他", "她")
# Verbs of thanks or greeting a quotation opens with: “谢谢工会给我们…” names no body 谢谢工会.
_ADDRESS_START = ("谢谢", "感谢", "欢迎", "祝贺", "恭喜")
# Words of time a model may glue to a bare body's name (对今后|总工会的工作提出要求): no body's name opens with one.
_TIME_START = ("今后", "以后", "此后", "今年", "明年", "去年", "近年", "当前", "目前", "现在", "届时", "随后", "同时")
_CJK_DIGIT = re.compile(r"[一二三四五六七八九十百千万\d]")
# 各县（市）区总工会, 各级工会: a level word after 各 names every body of a kind, not one.
# Words that make a would-be name a description: 工会组织, 党组织, 基层单位.
_GENERIC_NAME = re.compile(r"^(?:工会|基层|企业|单位|社会|公益|群团|各级|全市|全省|全县|乡镇|街道|社区|村|机关|行业|学校|"
                           r"(?:工业|产业)?园区|非公企业|事业单位|市县|县区|市区|县市区|州市|市州|县市|区县|科技|实业|商贸|贸易|置业|物流)$|党$")  # 工业园区工会: unions of a kind
_GENERIC_END = re.compile(_GENERIC_NAME.pattern.replace("^(?:", "(?:", 1))  # one of them ends a name
# 各县（市）区总工会, 郑州、洛阳等市总工会, 等6个市州总工会, 13家县区总工会: bodies of a kind, not one.
_GENERIC_BEFORE = re.compile(r"各[^，。；、]{0,6}$|各[省市县区州旗](?:、[省市县区州旗])*、$"  # 各市、|县总工会
                             r"|兄弟$"  # 代表兄弟|城市总工会致词: the sister cities' unions
                             r"|等$|[\d一二三四五六七八九十百几多余]+[个家]$"
                             r"|[（(][市区县][）)]$|部分[^，。；、]{0,6}$"  # 部分县（市）|区工会: unions of a kind
                             r"|苏木乡?$")  # 苏木|镇工会: the unions of 内蒙古's sumu and towns
_PARTY_OF_VISITORS = re.compile(r"(?:第[一二三四五六七八九十]+|[省市县区]总?)?(?:慰问信)?"  # 第二慰问组, 省慰问团
                                r"(?:调研|慰问|考察|检查|督导|工作|宣讲|报告|采访|代表|交流)+(?:组|团|小组)")  # 考察调研组
_VISITING_PARTY = re.compile(r"(?:调研|慰问|考察|检查|督导|宣讲|访问)+(?:组|团|小组)"
                             r"|(?<=工会)[\u4e00-\u9fff]{2,20}?(?:培训班|研修班|学习班)")  # …体工会|劳动科学…专题培训班
# · joins the parts of a slogan (返乡路·工会…); 中国特色社会主义工会发展道路 is a path, not a body.
# …; 东西部协作, 中西部地区: China's regions, no body's 部
_NOT_IN_NAME = re.compile(r"[、，。“”‘’《》\s·•・]|等[省市县区]|特色社会主义|^[东南西北中]{2,3}部"
                          r"|(?:省|市|县|区|乡镇|基层)级工会"  # 福建县级工会: a level of unions, no one body
                          r"|各(?:[省市县区]|乡镇|级|基层)")  # 全市各县区总工会: each of them, no one body
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_BRACKET = re.compile(r"[（）()]")
_CONGRESS_ORGAN = re.compile(r"(?:大会)?(?:代表)?(?:资格审查|提案审查|筹备|选举|监票|计票)(?:委员会|小组)")
_PARTY_CELL = re.compile(r"党(?:组织|支部|总支|小组|组)$")  # 市总工会党组 (党组书记): the body's party group
# A union's own committees, after 工会: 女职工委员会, 经费审查委员会 (经审会).
_UNION_PART = re.compile(r"(?<=工会)(?:女职工委员会|女工委|经费审查委员会|经审委员会|经审会|经审委)")
# A department of a body, after its name: 妇科, 心血管内科, 财务部, 办公室, 教务处.
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,5}[科室处部股]$")
# A department of a firm named by its legal name: the firm is the body (its union, 公司工会, is one of its own).
# A business unit (电机事业部) is a body of its own.
_FIRM_DEPARTMENT = re.compile(r"(?:有限公司|有限责任公司|集团)((?![\u4e00-\u9fff]*事业部$)[\u4e00-\u9fff]{1,6}?(?:部|中心|室|处|科|车间))$")
# A union's own committees, named alone in a title (经审委主任): the union's, not bodies of their own.
UNION_COMMITTEES = frozenset({"经审委", "经审会", "经审办", "女职委", "女工委", "经费审查委员会", "女职工委员会", "女职工工作委员会",
                              # the departments of a union's offices, as the federation's unions name them (not
                              # 组织部, 宣传部, 办公室: a party committee's or a government's as often)
                              "宣传教育部", "宣教部", "法律部", "法律工作部", "权益保障部",
                              "保障部", "经济工作部", "劳动和经济工作部", "基层工作部", "女职工部", "财务部",
                              "资产监督管理部", "网络工作部", "劳动保护部"})
# A body's numbered congress or session after its name (…集团第十届职工代表大会, …工会第三次会员代表大会).
_SESSION = re.compile(r"第?[一二三四五六七八九十百零〇\d]+[届次](?=[\u4e00-\u9fff])")  # 第十届职工代表大会, 七届委员会
# An office (处室) at the end of a bureau's name (青岛市农业局|市场配置促进处).
_OFFICE_OF_BUREAU = re.compile(r"(?<=[局厅])([\u4e00-\u9fff]{2,8}?[处科])$")
# A party committee's department, which a title of its committee before it names (区委常委、统战部部长).
PARTY_DEPARTMENT = re.compile(r"(?:组织|宣传|统战|统一战线工作|政法)部|政法委")


@dataclass(frozen=True)
class PlaceContext:
    """The places a relative name can refer to: the paper's city and province, the article's county.

    When the article is about a county-level city (卫辉市举行职工篮球赛), its own 市 forms (市总工会)
    are that city's: `home_city` is set to it. When it is about one township (定城镇总工会成立), its 镇委 and
    镇长 are that township's: `town`.
    """

    province: Division | None = None
    city: Division | None = None
    county: Division | None = None
    home_city: Division | None = None
    town: Division | None = None

    def for_level(self, level_char: str) -> Division | None:
        county = self.county if self.county is None or not self.county.name.endswith("区") else None  # no 县 of 龙华区
        # 区 with no county known: an autonomous region's own (西藏: 自治区人大常委会副主任、区总工会主席)
        region = self.province if self.province is not None and self.province.name.endswith("自治区") else None
        return {"省": self.province, "市": self.home_city or self.city, "州": self.city, "盟": self.city,
                "县": county, "区": self.county or region, "旗": self.county, "镇": self.town, "乡": self.town
                }.get(level_char)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    types = "|".join(re.escape(t) for t in lexicons.org_types())
    whole, _ = lexicons.org_abbreviations()
    departments = "|".join(sorted(UNION_COMMITTEES, key=len, reverse=True))
    national = "|".join(re.escape(n) for n in sorted(set(whole) | set(whole.values()), key=len, reverse=True))
    relative = re.compile(
        rf"团[省市县区]委|自治区(?:{types})+|地委|[镇乡]党委|(?P<level>地区|[省市县区州盟旗镇乡])(?:{types})+"
        r"|市[\u4e00-\u9fff]{2,10}?(?:示范区|开发区|高新区|新区|园区)(?:总工会|工会|管委会)"
        rf"|[省市县区]总(?={_SHORT_UNION_NEXT}|{departments})"  # 市总: the short form of 市总工会 (省总|财务部长)
    )
    return relative, re.compile(national)


def find_organisations(text: str, gazetteer: Gazetteer, ner_spans: list[tuple[int, int, str]] = ()) -> list[Mention]:
    """Organisation mentions in `text`, longest first where they overlap."""
    relative, national = _patterns()
    candidates: list[Mention] = []
    for match in national.finditer(text):
        if not _ends_a_department(text, *match.span()):
            candidates.append(Mention("organisation", match.group(0), *match.span(), "national"))
    divisions = gazetteer.find_in_text(text)
    for (start, end, division), before in zip(divisions, [None] + divisions[:-1]):
        body = _body_after(text, end) or _trade_union_after(text, end) or _department_union_after(text, end)
        if body:
            if (before is not None and before[1] == start and before[2] == gazetteer.parent(division)
                    and (division.level == "township" or division.name.endswith("区") and division.level == "county")):
                start = before[0]  # 广州市|白云区, 金坛区|儒林镇总工会: a district or township needs its county or city
                #                    (江西省|九江市总工会 is 九江市总工会)
            if text.endswith("共青团", 0, start):
                start -= 3  # 共青团|周口市委: the youth league's committee, not the party's
                if body == "委" and text.startswith("员会", end + 1):
                    body = "委员会"  # 共青团湖坊镇委员会: its name written whole
            candidates.append(Mention("organisation", text[start:end + len(body)], start, end + len(body), "place+type"))
    for match in relative.finditer(text):
        start, end = match.span()
        if text[end - 1] == "委" and text.startswith("员", end) and end - start > 2:
            end -= 1  # 市总工会|委员会: the union's committee is the union (市委员会 stays 市委); 市委|委员
        province = _province_before(text, start)
        if text[start] == "区" and text.endswith(_ZONE_ENDS, 0, start + 1):
            continue  # 昆明综保|区工会联合会: the end of a zone's name, whose body the model reads whole
        if (province is None and not _starts_word(text, start) or _NOT_A_BODY.match(text, end)
                or _of_a_kind(text, start)):
            continue
        if province is not None:  # 由省市总工会联合主办, 省、市总工会领导: the province's body, and the city's
            candidates.append(Mention("organisation", "省" + text[start + 1:end], province, province + 1, "relative"))
        elif start > 0 and text[start - 1] in "省市县区" and text[start] in "省市县区":
            continue  # 相关县|区工会领导: the counties' and districts' unions, no one body
        candidates.append(Mention("organisation", text[start:end], start, end, "relative"))
    for match in _FIRM.finditer(text):  # 由贵州盘江精煤股份有限责任公司承办: a firm's legal name, whole
        if gazetteer.opening(match.group(1)) and not _BODY_THEN_FIRM.search(match.group(1)):
            candidates.append(Mention("organisation", match.group(1), *match.span(1), "firm"))
    chosen = _longest(candidates)
    for match in _SPONSOR.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if (not name.startswith(_GENERIC_START + _DEICTIC_START) and not _CJK_DIGIT.search(name)
                and all(end <= c.start or start >= c.end for c in chosen)):
            chosen.append(Mention("organisation", name, start, end, "sponsor"))
    for start, end, label, cut in _split_at_conjunctions(text, ner_spans):
        if label == "ORG":
            legal = _LEGAL_TAIL.match(text, end)
            if legal:
                end = legal.end()  # 利华益维远化学股份|有限公司: the model stopped short of the firm's legal form
            end = start + _before_a_post(text[start:end])
            end = _before_a_post_running_on(text, start, end)
            if _ADDRESSING.match(text, start, end) and end - start >= 5 or _verb_first(text[start:end]):
                start += 2  # 希望|义煤集团进一步强化…: what a speaker asks of the body, which the model took in; 和提升|江铃集团工会品牌
            if text[start] == "经" and end - start > 4 and _SANCTION.match(text, end):
                start += 1  # 经|滇中新区总工会批准: by the body's leave (not 经开区, 经信局: names opening with 经)
            if end - start > 3 and text[start] in _PREPOSITIONS and (
                    text[start + 1] in "省市县区" or segmenter.frequency(text[start:start + 2]) == 0):
                start += 1  # 以|省总工会主席…为组长, 为|西咸新区总工会: a preposition, then the body
            elif end - start > 3 and text[start] == "予" and text[start - 1:start] in ("给", "授", "赋", "准", "赠"):
                start += 1  # 给|予|达陕公司的支持: the verb's last character, then the body
            when = _TIME_WORD.match(text, start, end)
            if when and end - when.end() >= 3:
                start = when.end()  # 上半年|街道总工会及…: when, then the body
            if not cut:  # …总工会|联合|镇卫生院: not 联合镇 (a township's name) 卫生院
                start = _located_start(text, start, end, divisions)
            start = _zone_name_start(text, start)
            start = _code_name_start(text, start)
            session = _SESSION.search(text, start + 2, end)
            if session:
                end = session.start()  # 淮北矿业集团|第十届职工代表大会: the body whose meeting it is
            part = _UNION_PART.search(text, start, end)
            if part and part.end() == end:
                end = part.start()  # 长虹集团工会|女职工委员会: a committee of the union is the union
            end = start + _without_department(text[start:end])
            organiser = text[start:end - 2]
            if text.endswith("组织", start, end) and _CJK.match(text, end) and text[end] not in "的和与及" and (
                    organiser.endswith("工会") or Gazetteer.load().opening(organiser) == organiser):
                end -= 2  # 兴业银行工会|组织职工开展健步走, 双牌县|组织开展…: the union or the county, which organises
            if not _is_body_name(text[start:end]) or _NOT_A_BODY.match(text, end):
                end = start + _before_a_verb(text[start:end])  # 中国平煤神马集团|调研…: a body, then what it does
            else:  # 省机械冶金建材工会|传达中国工会十七大精神: a verb proper, not a verbal noun (运营|分公司)
                end = start + _before_a_verb(text[start:end], verbal_nouns=False)
            if end - start > 3 and text[end - 1] == "会" and text.startswith("议", end):
                end -= 1  # 在莱商银行|会议室召开: the bank's meeting room, no 莱商银行会
            room = _ROOM.search(text, start + 2, end)
            if room and room.end() == end:
                end = room.start()  # 在国家乳业技术创新中心|报告厅举办: the body's hall, a venue
            party = _VISITING_PARTY.search(text, start + 3, end)
            if party and party.end() == end and _is_body_name(text[start:party.start()]):
                end = party.start()  # 中国机械冶金建材工会|调研组一行来滕: the body whose party visits
        name = text[start:end]
        if label == "ORG" and (_ends_a_department(text, start, end) or name == "中国工会"
                               or _HOLDS_A_MEETING.search(name, 2)  # 昆明综保区召开工会联合会: who holds what
                               or "同志" in name  # 东华同志代表街道党工委: a person, then the body
                               or _HONOUR.search(name)  # 上饶市优秀工会|之友: an honour's words, no body

                               or _name_and_post(text, start, end)
                               or _place_then_act(text, start, end, divisions) or _act_on_unions(name)
                               or _verb_then_kind(name) or _gathering(name)
                               or name.endswith("部署")  # 研究部署: a verb (to deploy), no 署
                               # 青岛陇南两市工会, 南沙区各镇街总工会, 粤桂两|省区总工会: bodies
                               or _SEVERAL_PLACES.search(text, max(0, start - 1), end)
                               or _SEVERAL_LEVELS.match(name)):  # 省市县党代会: the congresses of three levels
            continue  # 中国工会 (十七大): the movement, whose body is 中华全国总工会; 类乌齐县|考察指导工会援藏工作
        if (label == "ORG" and _is_body_name(name) and name not in UNION_COMMITTEES and not _NOT_A_BODY.match(text, end)
                and not _of_a_kind(text, start)
                and all(end <= c.start or start >= c.end for c in chosen)):
            chosen.append(Mention("organisation", name, start, end, "ner"))
    chosen += _listed_after(text, chosen)
    # 《中共中央国务院关于…的意见》: the bodies that issued a document, in its title, are no mention; nor is a
    # slogan's phrase in quotes (“守初心 解难题 办实事 开新局”: 开新局 is no bureau)
    chosen = [replace(m, text=m.text[:-1], end=m.end - 1) if m.text.endswith("委") and text.startswith("托", m.end)
              else m for m in chosen]  # 休宁县总工会|委托举办: the verb 委托, not a committee
    chosen = [_after_its_zone(m) for m in chosen]
    titles = [match.span() for match in _DOCUMENT_TITLE.finditer(text)]
    titles += [match.span() for match in _SLOGAN.finditer(text)]
    if titles:
        chosen = [m for m in chosen if not any(s < m.start and m.end < e for s, e in titles)]
    return sorted(chosen + _sharing_the_type(text, chosen, divisions), key=lambda m: m.start)


# A zone's word, then a firm's legal name of four characters or more before its legal form (咸宁高新区|湖北智莱科技有限公司)
_ZONE_THEN_FIRM = re.compile(r"(?:新区|高新区|开发区|经开区|园区|示范区|保税区|综保区)"
                             r"(?=[\u4e00-\u9fff]{4,}?(?:股份有限公司|有限责任公司|有限公司)$)")
# the words of a zone's own firm (苏州工业园区|开发建设有限公司, 某某新区|投资发展有限公司): its name goes with the zone's
_ZONE_FIRM_WORDS = ("开发", "建设", "投资", "发展", "管理", "运营", "实业", "城市", "城建", "城投", "产业", "控股", "资产",
                    "国有", "置业", "服务", "综合", "新区", "园区")


def _after_its_zone(mention: Mention) -> Mention:
    """A firm named after the zone it is in (咸宁高新区|湖北智莱科技有限公司, 河湟新区|青海硒域农业科技有限公司): the
    firm, by its own name; not a zone's own firm (苏州工业园区开发建设有限公司)."""
    zone = _ZONE_THEN_FIRM.search(mention.text)
    if zone is None or mention.text.startswith(_ZONE_FIRM_WORDS, zone.end()):
        return mention
    return replace(mention, text=mention.text[zone.end():], start=mention.start + zone.end())


def _listed_after(text: str, chosen: list[Mention]) -> list[Mention]:
    """Bodies named by their type alone in a list after a relative body (市人社局、经信局、教育局等部门): each is a body
    of the same level (the city's 经信局), the level word left for `graphbuilder.extract` to give it."""
    listed = []
    for mention in chosen:
        if mention.source != "relative" or mention.text[0] not in "省市县区":
            continue
        end = mention.end
        while text.startswith("、", end):
            run = _type_words().run.match(text, end + 1)
            if run is None or text[run.end():run.end() + 1] not in "、等和及与，。；" or any(
                    m.start < run.end() and run.start() < m.end for m in chosen):
                break
            listed.append(Mention("organisation", run.group(0), run.start(), run.end(), "listed"))
            end = run.end()
    return listed


def _sharing_the_type(text: str, chosen: list[Mention], divisions: list) -> list[Mention]:
    """The divisions listed before a division's body that share its type word (赴余杭区、上城区、滨江区总工会: the
    unions of all three), each of the level of the last one's, with nothing but 、 between them."""
    by_end = {end: (start, division) for start, end, division in divisions}
    shared = []
    for mention in chosen:
        place = Gazetteer.load().opening(mention.text) if mention.source == "place+type" else None
        if not place or place == mention.text or text.startswith("、", mention.end):
            continue
        at = mention.start
        while text[at - 1:at] == "、" and at - 1 in by_end:
            start, division = by_end[at - 1]
            if text[start:at - 1][-1:] != place[-1:] or _overlaps_any(chosen, start, at - 1):
                break
            head = mention.text[len(place):]
            shared.append(Mention("organisation", text[start:at - 1], start, at - 1, "shared", head))
            at = start
    return shared


def _overlaps_any(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


# A firm's legal name after a mark or 由 (，山西杏花村汾酒销售有限责任公司冠名赞助): words with no verb's or preposition's mark;
# it must open with a place's name (山西, 贵州, 焦作市), which `find_organisations` checks. Its union or party committee
# after it is the body named (河南省中原内配股份有限公司工会).
_FIRM = re.compile(r"(?:^|(?<=[，、。；：“（(由]))([^\W\d_的在和与及为对向了是等将把被从到由]{4,18}?"
                   r"(?:股份有限公司|有限责任公司|有限公司)(?:工会(?:委员会)?|党委|团委)?)")


_LEGAL_TAIL = re.compile(r"(?:股份)?有限(?:责任)?公司")

_BODY_THEN_FIRM = re.compile(r"工会.*?(?:股份有限公司|有限责任公司|有限公司)|携手")
"""A union and a firm in one would-be legal name (常德经开区总工会携手金健米业股份有限公司): two bodies, not one firm."""


def _province_before(text: str, start: int) -> int | None:
    """Where 省 stands right before the 市 of a relative name that starts at ``start`` (由省市总工会, 省、市总工会,
    落实省市委部署): the province's body is named too. Not the end of a province's name (福建省|市总工会)."""
    at = start - 2 if text.startswith("省、", start - 2) else start - 1
    if at < 0 or text[at] != "省" or text[start] != "市":
        return None
    before = text[at - 1:at]
    if not _CJK.match(before) or before in _FUNCTION_CHARS:
        return at
    # after a verb (落实省市委部署), not at the end of a province's name (福建省|市总工会)
    names = (text[max(0, at - size):at + 1] for size in (2, 3, 4))
    return None if any(d.level == "province" for name in names for d in Gazetteer.load().lookup(name)) else at


_PREPOSITIONS = frozenset("以为在由向对从把被给")
_HOLDS_A_MEETING = re.compile(r"召开|举行|举办")
_HONOUR = re.compile(r"^[\u4e00-\u9fff]{0,6}?[省市县区](?:优秀|先进|模范)")  # 上饶市优秀工会(积极分子): an honour
# Zones and parts of a town whose names end with 区, which the segmenter may not know as words (综保区, 自贸区).
_ZONE_ENDS = ("综保区", "保税区", "新区", "园区", "示范区", "开发区", "自贸区", "合作区", "试验区", "景区", "社区", "街区",
              "片区", "厂区", "矿区", "校区", "度假区", "管理区")
_SANCTION = re.compile(r"(?:研究)?(?:批准|同意|审核|审批|审定|推荐|评审|认定|考核)")  # 经X批准: by X's leave
# A hall a body's name may be followed by, where something is held (…创新中心|报告厅, 市民中心|多功能厅): a venue.
_ROOM = re.compile(r"(?:报告|会议|多功能|学术|演播|接待|宴会|展示)厅|大厅|展厅")
# A time word that opens a sentence, which the model may take into the body after it (上半年|街道总工会…).
_TIME_WORD = re.compile(r"(?:上半年|下半年|今年|去年|前年|明年|全年|年初|年底|年末|年内|近年来|近年|近期|日前|近日|目前|当前"
                        r"|此前|随后|今后|届时|同时|当天|当日|次日)(?:以来|来)?")
# Verbs with which a speaker addresses a body, at the start of a sentence (希望义煤集团…).
_ADDRESSING = re.compile(r"希望|感谢|要求|祝贺|欢迎|鼓励|号召|勉励|提醒|邀请")


def _verb_first(name: str) -> bool:
    """Whether a model's organisation opens with a common verb of two characters, a word of its own, before a body
    named in four characters or more (提升|江铃集团工会); not a body whose name opens with a verb (保障|工作部, 开发区…)."""
    words = segmenter.cut(name)
    return (len(name) >= 6 and words[0] == name[:2] and segmenter.part_of_speech(name[:2]) == "v"
            and segmenter.frequency(name[:2]) >= 1000 and _is_body_name(name[2:]) and name[2] not in "省市县区镇乡"
            and not name[2:].startswith(("工作", "小组")) and not name.startswith("联合"))  # 联合钢铁公司: a name


def _verb_then_kind(name: str) -> bool:
    """Whether a model's organisation is a common verb of two characters, a word of its own, and a kind of body
    named by no name of its own (依托|工匠学院、创新工作室等平台): what is done with such bodies, no body."""
    rest = name[2:]
    return (len(rest) >= 3 and segmenter.cut(name)[0] == name[:2] and segmenter.part_of_speech(name[:2]) == "v"
            and segmenter.frequency(name[:2]) >= 500 and rest[0] not in "省市县区镇乡" and not name.startswith("联合")
            and _longest_ending(rest, _type_words().suffixes) is not None and not _is_body_name(rest))


def _gathering(name: str) -> bool:
    """Whether a model's organisation is a gathering: it ends with a meeting word of the event types (劳动者|故事会,
    职工|座谈会), not one that also names a standing body (全委会, 议事会)."""
    return len(name) > 3 and name.endswith(_meeting_words())


@lru_cache(maxsize=1)
def _meeting_words() -> tuple[str, ...]:
    return tuple(word for word, kind in lexicons.event_triggers().items()
                 if kind == "meeting" and len(word) == 3 and word.endswith("会") and word not in ("全委会", "议事会"))


def _name_and_post(text: str, start: int, end: int) -> bool:
    """Whether a model's organisation is a person's name and the first character of a post (易青部|长要求…, 王明局|长):
    a name that is no common word, then 部长, 局长, 处长."""
    own = text[start:end - 1]
    return (text[end - 1:end] in "部局处科" and text.startswith("长", end) and 2 <= len(own) <= 3
            and is_plausible_name(own) and segmenter.frequency(own) < 50)


def _act_on_unions(name: str) -> bool:
    """Whether a model's organisation is a verb and the word 工会 (表达|工会组织的温暖, 宣贯|工会十八大精神), or a place,
    a verb of the visits read and 工会: what is done for or of the unions, no body."""
    visit = re.fullmatch(r"[\u4e00-\u9fff]{2,10}?[区县市镇乡]([\u4e00-\u9fff]{2})工会", name)
    if visit and _is_act(visit.group(1)):
        return True  # 到柳东新区|调研|工会服务职工工作: a place and what is done there
    match = re.fullmatch(r"([\u4e00-\u9fff]{2,4})工会(?:组织)?", name)
    if match is None:
        return False
    act = match.group(1)
    return act.endswith(_ACTS_ON_UNIONS) or len(act) == 2 and segmenter.part_of_speech(act) in ("v", "vn")


# Verbs a report uses of the unions in general (深化工会改革, 切实加强工会建设, 发挥工会作用).
_ACTS_ON_UNIONS = ("深化", "加强", "推进", "推动", "健全", "完善", "发挥", "维护", "依托", "引导", "支持", "依靠",
                   "通过", "围绕", "建强", "做好", "搞好", "宣贯", "传达", "宣传", "张贴", "播撒", "传递", "彰显", "擦亮",
                   "新建", "组建", "建立")  # 张贴|工会统一标识, 播撒|工会情, 新建|工会组织427家


def _place_then_act(text: str, start: int, end: int, divisions: list[tuple[int, int, Division]]) -> bool:
    """Whether a model's organisation opens with a division followed by what is done there (到类乌齐县|考察指导
    工会援藏工作: a visit's place and its business, no body), or by a preposition (到延吉市|就工会重点工作…调研: what
    the visit is about), not a word it opens (延吉市就业服务中心)."""
    after = next((d_end for d_start, d_end, _d in divisions if d_start == start and d_end < end), None)
    if after is None:  # a county by its short name, which the text search leaves alone (在红安|调研基层工会建设)
        after = next((start + size for size in (2, 3) if start + size + 2 <= end and _is_act(
            text[start + size:start + size + 2]) and Gazetteer.load().lookup(text[start:start + size])), None)
    if after is None:
        return False
    word = text[after:after + 2]  # the verbs looked for are words of two characters
    if text[after] in _PREPOSITIONS_AFTER_PLACE and segmenter.frequency(word) == 0:
        return True
    return _is_act(word)


def _is_act(word: str) -> bool:
    """Whether a word of two characters is a verb of the events or roles read (调研, 慰问, 召开)."""
    return (len(word) == 2 and (word in lexicons.event_triggers() or word in lexicons.role_triggers())
            and segmenter.part_of_speech(word) in ("v", "vn"))


_PREPOSITIONS_AFTER_PLACE = frozenset("就对把将给")
# Two or three levels before a kind of body (省市县党代会, 省市总工会): a body of each, no one body (not 省市场监管局).
_SEVERAL_LEVELS = re.compile(r"(?:省市县|省市|市县|县区|区县|省县)(?!场)")
_SEVERAL_PLACES = re.compile(r"[两三四五六七八九十多几](?:[市县区省地州]{1,2}|个?(?:街道|镇街|乡镇|镇))(?:总)?工会"  # 两市工会,
                             # 三县总工会, (观湖、…和观澜)六街道总工会: several bodies
                             r"|各(?:镇|街|县|区|乡|级|基层|单位|部门|企业|行业)")  # 各镇街总工会: each of them


def _split_at_conjunctions(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, bool]]:
    """The model's organisations, each that joins two bodies by 和, 与, 及, 暨 or the verb 联合 cut in two (光华街道|和|卫生局
    代表队: two teams; 街道机关工会|联合|街道综合文化站); a name with the word inside (人力资源和社会保障局, 工会联合会)
    stays whole; an activity joined to a body by 暨 is left out (金秋助学暨|省困难职工帮扶基金会巴中工作站). Each comes with
    whether it starts right after the word it was cut at."""
    split: list[tuple[int, int, str, bool]] = []
    for start, end, label in spans:
        cut = False
        if label == "ORG":
            for k in range(start + 3, end - 2):
                if k < start:
                    continue  # inside the conjunction just cut at
                joint = 2 if text.startswith("联合", k) and not _JOINT_BODY.match(text, k) else 1
                if (joint == 2 or text[k] in "和与及暨") and _ENDS_A_BODY.search(text, start, k) or (
                        text[k] in "与及" and text[k - 1] in "省市县区州旗"):  # 宾川县|及|州直机关工委 (not 和平区)
                    split.append((start, k, label, cut))
                    start, cut = k + joint, True
                elif text[k] == "暨":  # 金秋助学暨|省困难职工帮扶基金会巴中工作站授牌: an activity joined to the body's
                    start, cut = k + 1, True
        split.append((start, end, label, cut))
    return split


# 联合 in a body's type (工会联合会, 社区联合工会, 联合党支部), not the verb joining two bodies.
_JOINT_BODY = re.compile(r"联合(?:会|工会|体|党|支部)")
# A body's or a division's type word, closing a name before a conjunction (光华街道|和…, 县教育局|与…).
_ENDS_A_BODY = re.compile(r"(?:街道|社区|[镇乡村局厅委办院校厂矿行司所站队部会馆宫])$")


# A document's title in book marks, long enough not to be a paper's name (《焦作日报》).
_DOCUMENT_TITLE = re.compile(r"《[^《》\n]{9,}》")
_SLOGAN = re.compile(r"“[\u4e00-\u9fff]{2,8}(?:[ 　·•・][\u4e00-\u9fff]{2,8})+”")


def _ends_a_department(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the end of a union department's name written there (宣传|教育部: the union's
    department of publicity and education, not the ministry)."""
    return any(text.endswith(department, 0, end) for department in _department_ends().get(text[start:end], ()))


@lru_cache(maxsize=1)
def _department_ends() -> dict[str, tuple[str, ...]]:
    """The union committees and departments by each proper ending of three or more characters (教育部)."""
    ends: dict[str, tuple[str, ...]] = {}
    for department in sorted(UNION_COMMITTEES):
        for size in range(3, len(department)):
            ends[department[-size:]] = ends.get(department[-size:], ()) + (department,)
    return ends


def _without_department(name: str) -> int:
    """Where a model's organisation that runs on into a department of the body ends: after the body
    (鹤壁市人民医院|妇科, 某某公司|财务部); else its whole length."""
    firm = _FIRM_DEPARTMENT.search(name)
    if firm:
        return firm.start(1)  # 湖北某某汽车零部件有限公司|技术部, 某某化工有限公司|技术中心: the firm
    office = _OFFICE_OF_BUREAU.search(name)
    if office and _is_body_name(name[:office.start(1)]):
        return office.start(1)  # 青岛市农业局|市场配置促进处: a bureau's office (处室) is the bureau's
    if not _DEPARTMENT.search(name) or _PARTY_CELL.search(name) or _is_body_name(name):
        return len(name)  # a party cell (…村党支部) is no department of the body before it
    for cut in range(len(name) - 2, max(2, len(name) - 7), -1):
        if _DEPARTMENT.fullmatch(name, cut) and _is_body_name(name[:cut]):
            return cut
    return len(name)


def _before_a_verb(name: str, *, verbal_nouns: bool = True) -> int:
    """Where a model's organisation that ran on into what the body does ends: at the first organisation ending
    followed by a verb (中国平煤神马集团|调研基层工会|工作), or a verb proper only (not 运营, 工作) with
    ``verbal_nouns=False``; else its whole length."""
    suffixes = _type_words().suffixes
    for cut in range(3, len(name) - 1):
        if not (segmenter.part_of_speech(name[cut:cut + 2]) or "").startswith("v"):
            continue  # the words looked for open with a verb of the dictionary: most cuts need no tagging
        if _longest_ending(name[:cut], suffixes) is not None and _is_body_name(name[:cut]):
            first, flag = next(iter(segmenter.tag(name[cut:])), ("", ""))
            if _type_words().run.fullmatch(name, cut + len(first)):
                continue  # 安义美团|外卖工会: the body's own words, then its type word (工会): no act
            act = _is_act(first)
            if ((flag.startswith("v") if verbal_nouns else flag == "v") or act) and len(first) >= 2:
                return cut  # (东风股份有限公司|调研劳模创新工作室联盟: a verb of the visits read, though the
                #             dictionary's verbal noun, before more than type words: not …公司|培训中心)
    return len(name)


_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:社区|村)")


def _located_start(text: str, start: int, end: int, divisions: list[tuple[int, int, Division]]) -> int:
    """Where a model's organisation at ``start:end`` really starts, by the divisions named in the text: after a
    place that opens it only to say where the body is, a division followed by one of a higher level, which
    opens the body's own name (阳邵镇|河南恒润食品有限公司: a company registered under its province's name, in a
    township); at the start of a division it cuts into (站前|街道党工委)."""
    for d_start, d_end, where in divisions:
        if d_start < start < d_end <= end:
            return d_start  # 站前街道党工委
        if d_start == start:
            village = _VILLAGE_AFTER.match(text, d_end, end)
            after = village.end() if village else d_end  # 新安街道兴东社区|深圳奥尼电子股份有限公司
            named = next((d for s, _e, d in divisions if s == after and s < end), None)
            if named is not None and where.level == "province" and not village and named.rank > where.rank and (
                    text.startswith(named.name, after)) and not (named.name.endswith("区") and named.level == "county"):
                return after  # 江西省|九江市总工会: the province says where the city is
            return after if named is not None and named.rank < where.rank else start
        if d_start > start:
            break
    return start


def bodies_in_titles(titles: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """The named bodies that titles open with (焦作大学|新生, 宝钢股份冷轧厂|工人) where no mention was found:
    a title's words before its post, when they read as a body's name."""
    bodies = []
    for title, start, _end in titles:
        post = lexicons.post_ending(title)
        name = title[: len(title) - len(post)]
        end = start + len(name)
        if (post and _is_body_name(name) and name not in UNION_COMMITTEES
                and all(end <= m.start or start >= m.end for m in found + bodies)):
            bodies.append(Mention("organisation", name, start, end, "title"))
    return bodies


def _body_after(text: str, end: int) -> str:
    """Type words right after a place name: 修武县|总工会, 焦作市|委统战部."""
    run = _type_words().run.match(text, end)
    if run is None or _NOT_A_BODY.match(text, run.end()):
        return ""
    if run.group(0).endswith("工会委") and not run.group(0).endswith("总工会委") and text.startswith("员会", run.end()):
        return run.group(0) + "员会"  # 江油市公安局工会委员会: a grassroots union goes by its committee's name
    if run.group(0).endswith("委") and len(run.group(0)) > 1 and text.startswith("员", run.end()):
        return run.group(0)[:-1]  # 江门市|总工会|委员会: the union's committee is the union; 焦作市委|委员
    return run.group(0)


# A trade's union after a place name (呈贡区|花艺行业联合工会, 市|快递行业工会联合会): the trade in a few words, no verb.
_TRADE_UNION = re.compile(r"[^\W\d_的在和与及为对向了是等将把被从到由、]{1,8}?(?:行业|产业)(?:联合工会|工会联合会|工会)")


def _trade_union_after(text: str, end: int) -> str:
    """A trade's union named right after a place name (see `_TRADE_UNION`), or ""."""
    match = _TRADE_UNION.match(text, end)
    return match.group(0) if match and not _HOLDS_A_MEETING.search(match.group(0)) else ""


def _department_union_after(text: str, end: int) -> str:
    """The union of a department's trade named right after a place name by the department's words, which have 和
    inside (宜昌市|住房和城乡建设工会, 襄阳市|人力资源和社会保障系统工会), or ""."""
    match = _department_unions().match(text, end)
    return match.group(0) if match else ""


@lru_cache(maxsize=1)
def _department_unions() -> re.Pattern:
    stems = {re.sub(r"(?:局|厅|委员会)$", "", t) for t in lexicons.org_types() if "和" in t}
    return re.compile("(?:" + "|".join(map(re.escape, sorted(stems, key=len, reverse=True))) + ")(?:系统)?工会")


def _of_a_kind(text: str, start: int) -> bool:
    """Whether the body named from ``start`` is every body of a kind (各县区总工会, 郑州、洛阳等市总工会); after 等 that
    ends a list of officials it is one body (陈朝强书记等|县总工会领导)."""
    generic = _GENERIC_BEFORE.search(text, 0, start)
    return generic is not None and not (generic.group() == "等" and lexicons.post_ends_at(text, start - 1))


def _starts_word(text: str, start: int) -> bool:
    """The level word must start a word: 市总工会, not 城市委员会 or 超市."""
    if start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in _FUNCTION_CHARS:
        return True
    if text[start - 1] in "年月日" and start >= 2 and _CJK_DIGIT.match(text, start - 2):
        return True  # 2015年|市总工会, 5日|县总工会: a date's end, whatever the segmenter makes of 年市
    context_start = max(0, start - 6)
    offset = context_start
    for word in segmenter.cut(text[context_start:start + 6]):
        if offset == start:
            return True
        if offset > start:
            return False
        offset += len(word)
    return False


def _before_a_post(name: str) -> int:
    """Where a model's organisation that ran on into a title and a name ends: before the first post written
    right after an organisation ending (…有限公司|高级技师司马建军); else its whole length."""
    suffixes = _type_words().suffixes
    starts = [last + 1 - len(post) for last, (_, post) in lexicons.post_finder().iter(name) if len(post) >= 2
              and not name.startswith("委员会", last - 1)]  # …有限公司工会|委员会: the union's committee, no post
    starts = [i - 2 if name.endswith(_POST_MODIFIERS, 0, i) else i for i in starts]  # 职工文联|驻会副主席
    cuts = [i for i in starts if i >= 2 and _longest_ending(name[:i], suffixes) is not None]
    return min(cuts) if cuts else len(name)


_POST_MODIFIERS = ("驻会", "专职", "挂职", "兼职")
"""Words that open a post before its head (驻会副主席: the chair working full time at the body's seat)."""


def _before_a_post_running_on(text: str, start: int, end: int) -> int:
    """Where a model's organisation ends that took in the first characters of a post (社渚镇组织|委员: the post
    组织委员 of the township's party committee): before that post; else ``end``."""
    window, size = text[start:end + 4], end - start
    posts = [(last + 1 - len(post), last + 1) for last, (_, post) in lexicons.post_finder().iter(window)]
    cuts = [first for first, after in posts if 2 <= first < size < after and not _names_a_body(window[first:size])]
    if any(first == size for first, _ in posts) and window.endswith(_POST_MODIFIERS, 0, size) and size > 4:
        cuts.append(size - 2)  # 沈阳市职工文联|驻会|副主席: the post's first word, which the model took in
    return start + min(cuts) if cuts else end


def _names_a_body(word: str) -> bool:
    """Whether a word that opens a post names a body (党委|委员, 党工委|书记), not a field (组织|委员, 宣传|委员) nor
    a deputy's rank (党群工作部副部|长)."""
    return word != "组织" and not word.startswith("副") and (
        _longest_ending(word, _type_words().suffixes) is not None or word in lexicons.org_types())


def _is_body_name(name: str) -> bool:
    """A named body: it ends with an organisation suffix after at least two characters of its own name,
    and that name is not itself only type words (工会组织, 党支部 name no particular body)."""
    if (len(name) < 3 or _NOT_IN_NAME.search(name) or name.startswith(_GENERIC_START + _ADDRESS_START + _TIME_START)
            or _SESSION.match(name)):  # 第一届经费审查委员会: a term of some body's committee
        return False
    if _BRACKET.search(_BRACKETED.sub("", name)):
        return False  # a bracket left open or closed: 乡镇（街道）工会 → 街道）工会; （集团） is fine
    if name.endswith(_WORDS_ENDING_LIKE_BODIES):
        return False  # 无锡市社会|组织工会联合会: 社会 ends with 会, and names no society
    if _PARTY_CELL.search(name):
        return False  # a body's party cell, named after the body
    if _PARTY_OF_VISITORS.fullmatch(name):
        return False  # 调研组, 慰问团: the party a visit is made by, no standing body
    if _CONGRESS_ORGAN.fullmatch(name):
        return False  # 代表资格审查委员会名单: an organ of the congress that elects it, no standing body
    if name.endswith(_CREWS) and not _after_all_places(name[:-2]):
        return False  # 铜川市班组|建设大赛: a city's work crews, of a kind; 收费站班组 is one crew
    words = _type_words()
    suffix = _longest_ending(name, words.suffixes)
    if suffix is None or name in words.types and not PARTY_DEPARTMENT.fullmatch(name):
        return False  # no ending, or a type word alone (经审会: a body's committee named by its kind)
    if words.long.search(name, 0, len(name) - len(suffix)):
        return False  # a part of a body (工人文化宫羽毛球馆, 市总工会经审委), not a body
    own = name[: len(name) - len(suffix)]
    if own in lexicons.post_set():
        return False  # 书记处: an office named after a post, of the body before it
    while own:
        word = _longest_ending(own, words.types) or _longest_ending(own, words.suffixes)
        if word is None:
            break
        own = own[: len(own) - len(word)]
    if name.endswith("工会") and (segmenter.part_of_speech(own) or "n")[:1] in "vdapcr":
        return False  # 打通|工会, 立足|工会和职工的需求: a verb or an adverb and the union, no union's name
    return len(own) >= 2 and not _GENERIC_NAME.search(own) and not _GENERIC_NAME.search(_after_places(own))


_CREWS = ("班组", "小组")
# words, not 协会, 学会 or a bureau (服务|发展大局: the overall situation)
_WORDS_ENDING_LIKE_BODIES = ("社会", "机会", "体会", "晚会", "宴会", "聚会", "约会",
                             "大局", "全局", "格局", "布局", "开局", "新局", "变局", "结局", "时局")


def _after_all_places(text: str) -> str:
    """``text`` without the divisions it opens with (铜川市: nothing left)."""
    while text and (place := Gazetteer.load().opening(text)):
        text = text[len(place):]
    return text


def _after_places(own: str) -> str:
    """A body's own name without what is in brackets, the divisions it opens with and a company's legal form
    (潍坊市乡镇（街道）: 乡镇; 科技有限: 科技)."""
    own = re.sub(r"(?:股份)?有限(?:责任)?$", "", _BRACKETED.sub("", own))
    if not _GENERIC_END.search(own):  # no generic name at its end: no need to look for places
        return own
    while own and (place := Gazetteer.load().opening(own)) and place != own:
        own = own[len(place):]
    return own


class _TypeWords(NamedTuple):
    types: frozenset[str]
    suffixes: frozenset[str]
    run: re.Pattern  # type words one after another, the longest first at each step
    long: re.Pattern  # a type word of three or more characters


@lru_cache(maxsize=1)
def _type_words() -> _TypeWords:
    types = lexicons.org_types()
    suffixes = frozenset(lexicons.org_suffixes())
    # a federation's short type word ends a name too (洛阳市职工文联, 某某县残联: 文联 is 文学艺术界联合会)
    suffixes |= {t for t in types if t.endswith(("联", "协")) and _longest_ending(t, suffixes) is None}
    return _TypeWords(frozenset(types), suffixes,
                      re.compile("(?:" + "|".join(re.escape(t) for t in types) + ")+"),
                      re.compile("|".join(re.escape(t) for t in types if len(t) >= 3)))


def _longest_ending(text: str, words: frozenset[str]) -> str | None:
    """The longest of `words` that `text` ends with."""
    return next((text[start:] for start in range(len(text)) if text[start:] in words), None)


def _longest(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=8192)  # the same few bodies are named again and again
def canonical_name(surface: str, context: PlaceContext, gazetteer: Gazetteer) -> str:
    """The fullest official name of an organisation mention, by the page's and the article's places."""
    whole, parts = lexicons.org_abbreviations()
    if surface in whole:
        return whole[surface]
    name = next((full + surface[len(short):] for short, full in lexicons.org_name_openings()
                 if surface.startswith(short) and len(surface) > len(short)), surface)
    name = name.replace("总公会", "总工会")  # 云南省总公会: a misprint of 工 (gōng) no body's name has
    youth = re.fullmatch(r"团([省市县区])委", name)
    if youth:
        place = context.for_level(youth.group(1))  # a district's with its city, as its party committee's
        return f"共青团{_with_city(place.name, context, gazetteer)}委" if place else name
    if re.fullmatch(r"[省市县区]总", name):
        name += "工会"  # 市总 → 市总工会
    department = re.fullmatch(r"([省市县区])总((?!工会)[\u4e00-\u9fff]{2,8}(?:部|室|处))", name)
    if department:  # 省总保障工作部: a department of 省总工会
        name = department.group(1) + "总工会" + department.group(2)
    if re.fullmatch(r"[省市县区]工会", name):
        name = name[0] + "总工会"  # 省工会 (第十三次代表大会): the province's federation of unions
    zone = _ZONE_OPENING.match(name)
    if zone and len(name) > zone.end() and context.county is not None and context.county.is_functional_zone:
        return context.county.name + name[zone.end():]  # a report on 芜湖经济技术开发区: its 经开区党工委
    place, rest = _split_place(name, context, gazetteer)
    if place is None:
        return _expand_type(name, parts)
    if place.endswith(("省", "自治区")) and _opens_with_prefecture(rest, place, gazetteer):
        return canonical_name(rest, context, gazetteer)  # 河北省|保定市总工会: the city's body, by the city's name
    if rest.endswith("机关") and len(rest) > 2:
        rest = rest[:-2]
    if rest == "工会" and place[-1:] in "省市县区旗州盟":  # 洛阳市工会(第十六次代表大会): the city's federation
        rest = "总工会"
    rest = _township_in_full(place, rest, gazetteer)
    # a province's or a city's 国资委 is its people's government's (枣庄市人民政府国有资产监督管理委员会)
    rest = "人民政府国有资产监督管理委员会" if rest in ("国资委", "政府国资委") else _expand_type(rest, parts)
    if rest in ("政协", "委", "人民政府"):  # a district's committee, government and 政协 are named with its city
        place = _with_city(place, context, gazetteer)  # (区委 → 中共宁波市海曙区委; not 县委, not its union)
    if rest == "政协":  # 市政协 → 政协成都市委员会, the name the people's political consultative body goes by
        return f"政协{place}委员会"
    if rest.startswith("委") and len(place) == 2 and place[-1] in "省市县区":
        rest = place[-1] + rest  # a one-character county's committee: 攸县 → 攸县县委
    elif rest.startswith(place[-1:] + "委") and len(place) > 2:
        rest = rest[1:]  # 汉阴县县委: the county's committee, its level written twice (中共汉阴县委)
    if rest.endswith("人大") and (place + rest)[-3:-2] not in "镇乡道":
        rest += "常委会"  # 县人大 (…县委、县人大、县政府…), 西安市|新城区人大: the congress, by its standing committee
    if rest in ("党委", "委") and place[-1:] in "镇乡":
        rest = "委员会"  # 镇党委, 镇委: 中共儒林镇委员会, the name a township's party committee goes by
    if rest in ("党委", "委") and place.endswith("自治区"):
        rest = "委员会"  # 自治区党委: 中共宁夏回族自治区委员会, the name a region's party committee goes by
    full = place + rest
    if (rest.startswith(("委", "县委", "区委", "市委")) or re.fullmatch(r"[\u4e00-\u9fff]{1,6}[区县]委", rest)) \
            and not full.startswith("中共"):  # 宁波市海曙区委: the city's district's committee
        full = "中共" + full
    return full


def _code_name_start(text: str, start: int) -> int:
    """Where a body whose name opens with a code of Latin letters and digits starts (、Z2线建设有限公司): the model leaves
    the code out; it is the name's when a mark, a space or the text's start is before it."""
    begin = start
    while begin > 0 and start - begin < 8 and text[begin - 1].isascii() and text[begin - 1].isalnum():
        begin -= 1
    code = text[begin:start]
    if code and any(c.isalpha() for c in code) and (begin == 0 or text[begin - 1] in "，。；：、（“ \n"):
        return begin
    return start


def _zone_name_start(text: str, start: int) -> int:
    """Where a zone's body the model read from its zone word (高新区工会) starts: at the two characters before it that
    name the zone, after a mark or a conjunction, when they are no word or a proper noun's (和|钒钛高新区管委会)."""
    if start < 2 or not _ZONE_OPENING.match(text, start):
        return start
    name = text[start - 2:start]
    if not (_CJK.fullmatch(name[0]) and _CJK.fullmatch(name[1]) and (start == 2 or text[start - 3] in "，。；：、（“和与及\n")
            and not set(name) & set("和与及在到赴为对向从的了是等各全本该我省市县区镇乡村")):
        return start
    words = segmenter.cut(text[start - 2:start + 3])
    if words[:2] == [name[0], name[1]] and segmenter.frequency(name) == 0 or (
            words[0] == name and segmenter.part_of_speech(name) in ("ns", "nz")):
        return start - 2
    return start


# The words of a development zone named without its place (高新区, 经开区): the zone of a report on one.
_ZONE_OPENING = re.compile(r"(?:国家级)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|综保区|保税区)")


def _opens_with_prefecture(rest: str, province: str, gazetteer: Gazetteer) -> bool:
    """Whether ``rest`` opens with the full name of a prefecture of ``province`` (保定市 of 河北省), then more."""
    found = gazetteer.find_in_text(rest[:12])
    if not found or found[0][0] != 0:
        return False
    start, end, division = found[0]
    return (division.level == "prefecture" and rest[:end] == division.name and len(rest) > end
            and any(d.name == province for d in gazetteer.ancestors(division)))


def _with_city(place: str, context: PlaceContext, gazetteer: Gazetteer) -> str:
    """A city's district with the city before it (海曙区 → 宁波市海曙区, 璧山区 → 重庆市璧山区), as its party
    committee, government and 政协 are officially named; any other place as it is."""
    if not place.endswith("区") or place.endswith("自治区"):
        return place
    district = gazetteer.resolve(place, [d for d in (context.county, context.city, context.province) if d])
    city = gazetteer.parent(district) if district is not None and district.level == "county" else None
    if city is None or not (city.level == "prefecture" or city.name.endswith("市")):
        return place
    return city.name + place


def _township_in_full(county: str, rest: str, gazetteer: Gazetteer) -> str:
    """The rest of a county's body with its township named in full, where the body names it without 镇 or 乡
    (溧阳市|社渚总工会 → 社渚镇总工会): a body of a township of that county."""
    for division in gazetteer.lookup(county) if county[-1:] in "县市区旗" else ():
        if division.level != "county":
            continue
        for township in gazetteer.townships_of(division):
            short = township.short
            if (short != township.name and township.name.endswith(("镇", "乡")) and rest.startswith(short)
                    and rest[len(short):] in lexicons.org_types()):
                return township.name + rest[len(short):]
    return rest


def _split_place(name: str, context: PlaceContext, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(full place name, rest) of a name that starts with a place or a level word."""
    for start, end, division in gazetteer.find_in_text(name, [d for d in (context.city, context.county) if d]):
        if start == 0:
            rest = name[end:]
            if name[:end] != division.name and not rest.startswith(lexicons.org_types()):
                county = gazetteer.opening(rest)
                if county and any(gazetteer.is_within(d, division) for d in gazetteer.lookup(county)):
                    # 天津|河北区总工会: a body of the city's district, 天津市河北区总工会; 焦作|修武县总工会: the county's
                    return (division.name if county.endswith("区") else None), rest
                return None, name  # 安阳师范学院 is a name of its own, not 安阳市 + 师范学院
            if name[:end] in gazetteer.renamed:
                return None, name  # 密云县总工会: a body of the county as it was, named as the page names it
            if division.name.endswith("特别行政区") and name[:end] != division.name:
                return None, name  # 澳门工会联合总会, 香港工会联合会: the region's bodies go by its short name
            return division.name, rest
        break
    if name.startswith(("地区", "地委")):  # 地区总工会, 地委: a prefecture of Xinjiang, Tibet or Heilongjiang named 地区
        place = context.city
        if place is not None and place.name.endswith("地区"):
            return (place.name, name[2:]) if name[1] == "区" else (place.name[:-1], name[1:])
    if name.startswith("自治区"):  # 自治区总工会: an autonomous region's, as 省总工会 is a province's
        place = context.province
        if place is not None and place.name.endswith("自治区"):
            return place.name, name[3:]
    level = name[:1]
    if level in LEVELS:
        place = context.for_level(level)
        if place is not None and place.name.endswith(level):
            return place.name, name[1:]
        if place is not None and place.name[:-1] + level in gazetteer.renamed:
            return place.name[:-1] + level, name[1:]  # 县总工会 in a 2020 report on 旬阳县 (旬阳市 since 2021)
    return None, name


def _expand_type(rest: str, parts: tuple[tuple[str, str], ...]) -> str:
    for short, full in parts:
        if rest.endswith(full):
            return rest  # 人民政府 is 政府 written out already
        if rest.endswith(short):
            return rest[: len(rest) - len(short)] + full
    return rest


def find_misprints(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Obvious misprints of known organisation names: the name with its last character replaced
    (焦作市工人文化官 for 焦作市工人文化宫), where the replaced ending makes no word and the name stands alone."""
    found = []
    trie, known = _stems(tuple(names))
    present = _stems_in(text, trie)
    if not present:
        return found
    for name in names:
        if len(name) < 6:
            continue
        stem = name[:-1]
        if stem not in present:
            continue
        start = text.find(stem)
        while start >= 0:  # str.find, not a pattern per name: a build has thousands of names
            end = start + len(stem) + 1
            written = text[start:end]
            if len(written) == len(name) and _CJK.match(written[-1]):
                after = text[end:end + 1]
                if not (written == name or written in known or segmenter.frequency(written[-2:]) > 0
                        or _CJK.match(after) and after not in "并和与及的在是"):
                    found.append((start, end, name))
            start = text.find(stem, start + 1)
    return found


@lru_cache(maxsize=4)  # the same known names for every article of a build
def _stems(names: tuple[str, ...]) -> tuple[dict, frozenset[str]]:
    """A character trie of the names' stems (6+ character names without their last character), and the names."""
    trie: dict = {}
    for name in names:
        if len(name) >= 6:
            node = trie
            for char in name[:-1]:
                node = node.setdefault(char, {})
            node[None] = name[:-1]
    return trie, frozenset(names)


def _stems_in(text: str, trie: dict) -> set[str]:
    """The stems of the trie that occur in `text`."""
    present = set()
    for i in range(len(text)):
        node = trie.get(text[i])
        j = i + 1
        while node is not None:
            if None in node:
                present.add(node[None])
            if j >= len(text):
                break
            node = node.get(text[j])
            j += 1
    return present
