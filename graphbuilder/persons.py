"""Finding persons and their titles in an article body.

Names come from the NER model, from titles (a post word is followed by a name: `副主席李林敏`), from lists
that continue a name (`张红卫、李林敏、金丽艳`) and from later mentions of a name already found. A title is
the phrase before a name that ends with a post word (`市总工会经审委主任`); a chain of titles joined by 、
belongs to the next name (`党组书记、常务副主席张红卫`), and a high post may follow the name (`习近平总书记`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons, segmenter
from .cleaning import VERBS_AFTER_NAME
from .records import Mention

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BOUNDARY = set("，。；：！？、（）()“”‘’「」《》\n ,.;:!?·—")
# Posts that may follow a name (习近平总书记, 王某主席): leadership posts only, not roles (代表 is also a verb).
_AFTER_NAME_POST = re.compile(r"(?:书记|主席|主任|委员长|总理|部长|省长|市长|县长|区长|局长|院长|校长|会长|董事长)$")
# Verbs a title may contain (驻市总工会纪检组组长, 兼任…主任); any other verb ends the title.
# Ages the segmenter tags as times, which name people and their bodies in titles (青年路幼儿园园长, 老年大学校长)
_AGES = frozenset({"青年", "老年", "中年"})
_TITLE_VERBS = {"驻", "派驻", "兼", "兼任", "兼职", "分管", "代理", "主持", "挂职", "组长", "受助", "帮扶", "退休"}
_TITLE_STOP_FLAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "t", "f", "y", "e", "o", "x", "zg", "ul", "uj")
_ANONYMISED = "某"
# Function words that may stand right after a name; a two-character name is read when the third character
# is one of these or starts a word (张升出席 → 张升, 吕明亮与 → 吕明亮).
_AFTER_NAME = set("为在和与及、，。；：等对向将把被从也都是的地了说称共同一率带到代陪出")


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    end: int
    titles: tuple[tuple[str, int, int], ...] = ()  # (title as written, start, end)
    source: str = ""

    def as_mention(self) -> Mention:
        return Mention("person", self.name, self.start, self.end, self.source)


# A body's signature (（张区工）: 张店区总工会; （包工）: 包头市总工会; 通讯员 江工宣: 江门市总工会's publicity), not a
# name: a place's first character, its level and the first character of the body or of its office; or a surname
# and 工 or 总, which address a person.
_BODY_SIGNATURE = re.compile(r".[省市县区镇][工总宣]|.[工总]|.[工总][宣办]")


def is_body_signature(name: str) -> bool:
    """Whether a byline's "name" is a body's signature (泉工宣: 泉州市总工会's publicity office)."""
    return bool(_BODY_SIGNATURE.fullmatch(name))


_PLACE_PART_END = frozenset("园苑村庄城府居湾馆院厂站")
_NUMBERED_SITE = re.compile(r"[一二三四五六七八九十][矿厂队站]$")
_COURTESY = ("先生", "女士", "小姐", "师傅", "阿姨", "大爷", "大姐", "大妈")  # 曾先生, 刘女士: a person, not named


def is_plausible_name(name: str) -> bool:
    """A Han name of 2-4 characters that starts with a known surname (or a 2-5 part name with ·)."""
    if _ANONYMISED in name or not _CJK.fullmatch(name[:1] or "x"):
        return False
    if "·" in name:  # not a place's parts: 尚玉园·文苑 (a housing estate), 某某村·某某
        return 3 <= len(name) <= 12 and not any(part[-1:] in _PLACE_PART_END for part in name.split("·"))
    if not _HAN_NAME.fullmatch(name) or is_body_signature(name) or name.endswith(_COURTESY):
        return False  # 快递员曾先生说: a surname and a courtesy word, no name
    if name.endswith("工会") or name[1:] in ("委", "总") or name in _org_words():
        return False  # 区总工会, 区委, 宣传部: a body or a department (区 and 宣 are surnames too)
    if _NUMBERED_SITE.search(name):
        return False  # 淮南矿业集团|谢一矿: a group's mine No. 1 (谢家集一矿), no 谢 named 一矿
    surnames = lexicons.surnames()
    if len(name) == 4 and name[:2] not in surnames and segmenter.frequency(name[:2]) >= 50:
        return False  # 平安|度夏, 成员|路璐: a common word, not a surname and the start of a given name
    if len(name) == 3 and name[0] == name[1] and segmenter.frequency(name[:2]) >= 50:
        return False  # 红布徐徐|拉下, 熊熊|燃: a doubled word (徐徐, 冉冉), no surname and a given name opening with it
    return name[:2] in surnames or name[0] in surnames


def _city_short_name(name: str) -> bool:
    """Whether a name is a province's or a prefecture's short name (为许昌“智造之都”…: 许昌 reads as a person's
    name to the dictionary)."""
    from .gazetteer import Gazetteer

    return len(name) == 2 and any(d.level in ("province", "prefecture") and d.short == name
                                  for d in Gazetteer.load().lookup(name))


def _short_of_named_county(text: str, name: str) -> bool:
    """Whether a name is the short name of a county or a township the text names in full (黄梅篇章 in a report on
    黄梅县, 石龙工会 in one on 石龙镇)."""
    if len(name) != 2:
        return False
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.load()  # the gazetteer first: a dictionary look-up costs less than a scan of the text
    if any(d.level == "county" and d.short == name for d in gazetteer.lookup(name)) and any(
            name + level in text for level in "县市区旗"):
        return True
    return any(name + level in text for level in "镇乡"
               if any(d.level == "township" for d in gazetteer.lookup(name + level)))


def _listed_with_places(text: str, start: int, end: int) -> bool:
    """Whether a two-character name is a county's short name listed with other places (永康、金东、浦江、磐安等4个
    代表队): the list's neighbours are divisions too."""
    name = text[start:end]
    if len(name) != 2:
        return False
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    if not any(d.level == "county" and d.short == name for d in gazetteer.lookup(name)):
        return False
    before = text[max(0, start - 6):start - 1].rsplit("、", 1)[-1] if text[start - 1:start] == "、" else ""
    after = text[end + 1:end + 7].split("、", 1)[0] if text[end:end + 1] == "、" else ""
    neighbours = [w for w in (before[-3:], before[-2:], after[:3], after[:2]) if len(w) >= 2]
    return any(gazetteer.lookup(w) for w in neighbours)


def _is_division(name: str) -> bool:
    """Whether a name is a division's whole name with its level (蔡甸区, 丁河镇)."""
    if name[-1:] not in "省市县区镇乡旗":
        return False
    from .gazetteer import Gazetteer  # not at import: the gazetteer is loaded only when a name needs it

    return bool(Gazetteer.load().lookup(name))


def find_persons(text: str, ner_spans: list[tuple[int, int, str]] = (), known: tuple[str, ...] = ()) -> list[PersonMention]:
    """Person mentions in `text`, each with the titles written before (or a post after) it.

    Args:
        text: an article body.
        ner_spans: (start, end, label) spans from the NER model; PER spans are used.
        known: names already found elsewhere on the page, matched again where they recur.
    """
    spans = _person_spans(text, ner_spans, known)
    orgs = [(s, e) for s, e, label in ner_spans if label == "ORG"]
    mentions = []
    before = last_end = 0  # where the last name that ends before this one ends (spans are in text order)
    for (start, end), source in spans:
        before = last_end if last_end <= start else before
        spaced = start - 1 if start > 1 and text[start - 1] in " \u3000" and _CJK.match(text, start - 2) else start
        titles = titles_before(text, spaced, orgs) + post_after(text, end)  # 总经理 何亮：, a space between
        if titles and titles[0][1] < before:  # a title runs back no further than the name before it: （记者杨正强通讯员|吴丽丽）
            titles = [(title[max(0, before - t_start):], max(t_start, before), t_end)
                      for title, t_start, t_end in titles if t_end > before]
            if titles and titles[0][1] == before and titles[0][0][:1] in ("和", "与", "及") and len(titles[0][0]) > 2:
                title, t_start, t_end = titles[0]  # 黄友洪|和|省模范人民警察姜瑞: the conjunction after the name before
                titles[0] = (title[1:], t_start + 1, t_end)
        mentions.append(PersonMention(text[start:end], start, end, tuple(titles), source))
        last_end = max(last_end, end, *(t_end for _, t_start, t_end in titles if t_start >= end))  # 孙仕龙副校长，…李剑
    return _share_list_titles(text, mentions)


_LONG_NAME = re.compile(r"[\u4e00-\u9fff]{4,6}")


def _listed_with_phrases(text: str, start: int, end: int) -> bool:
    """Whether a would-be name is an item of a list of three or more deeds of its length, each of the others opening
    with a verb or an adjective (送温暖、惠民生、暖万家; 为职工解难题、做好事、办实事), as no list of names does."""
    size = end - start
    left = start
    while left > size and text[left - 1] == "、" and _CJK_RUN.fullmatch(text, left - 1 - size, left - 1):
        left -= size + 1
    right = end
    while text[right:right + 1] == "、" and _CJK_RUN.fullmatch(text, right + 1, right + 1 + size):
        right += size + 1
    items = text[left:right].split("、")
    before, after = text[left - 1:left], text[right:right + 1]
    if len(items) < 3 or _CJK.match(before) and left != start or _CJK.match(after):
        return False  # not a list of items of this length alone (张三、李四海、王五: names of other lengths); a list
        #               opening with the would-be name may follow a post (困难职工|解难题、做好事、办实事)
    surnames = lexicons.surnames()
    return all(item == text[start:end]
               or item[0] not in surnames and (segmenter.part_of_speech(item[0]) or "")[:1] in "va" for item in items)


# 等 and the kind of the things listed before it (等防暑降温物品, 等价值1.5万元的清凉物资), no verb between (not
# 张三、李四等困难职工|送去|慰问品: who was given them)
_THINGS_AFTER = re.compile(r"等(?:(?![送发给为向领购捐带赠到])[^，。；、]){0,12}?"
                           r"(?:物品|用品|饮品|饮料|食品|物资|慰问品|礼包|礼品|树苗|苗木|药品|水果|特产|年货)")
_COUNTED_GOODS = re.compile(r"[\d一二三四五六七八九十百千万]+(?:箱|件|份|袋|瓶|桶|盒|斤|公斤|台|套|提|包|床|株|棵)")
_LIST_ITEM = re.compile(r"[^，。；：、！？“”（）\s]{1,8}")


def _listed_with_things(text: str, start: int, end: int) -> bool:
    """Whether a would-be name is an item of a list of things: the list ends in 等 and the kind of its things
    (王老吉、夏桑菊等防暑饮品; 滇合欢、清香木、华山松等树苗), or an item next to it is a common noun (饮料、哈密瓜、西瓜)."""
    if text[start - 1:start] != "、" and text[end:end + 1] != "、":
        return False
    neighbours = []
    if text[start - 1:start] == "、":
        item = re.search(r"[^，。；：、！？“”（）\s]{1,8}$", text[max(0, start - 9):start - 1])
        neighbours.append(item.group() if item else "")
    right = end
    while text[right:right + 1] == "、":
        item = _LIST_ITEM.match(text, right + 1)
        if item is None:
            break
        neighbours.append(item.group().partition("等")[0])
        right = item.end() if "等" not in item.group() else right + 1 + item.group().index("等")
    if _THINGS_AFTER.match(text, right):
        return True
    return any(2 <= len(word) <= 4 and segmenter.part_of_speech(word) == "n" and segmenter.frequency(word) >= 100
               and word not in lexicons.posts() for word in neighbours)


def _word_in_a_list(text: str, start: int, end: int) -> bool:
    """Whether a would-be name after a post is a common word that opens a list of words no name opens
    (劳动模范|智慧、心血和汗水的结晶)."""
    following = text[end + 1:end + 3]
    name = text[start:end]
    common = _is_common_word(name) or segmenter.frequency(name) >= 1000
    return (text[end:end + 1] == "、" and common and len(following) == 2
            and following[0] not in lexicons.surnames() and segmenter.frequency(following) >= 50)


def _suffixed_word(name: str) -> bool:
    """A word made of a common word and the suffix 化, 感 or 性 (常态化, 幸福感, 积极性), which no given name is, though
    it opens with a surname."""
    return len(name) == 3 and name[2] in "化感性" and segmenter.frequency(name[:2]) >= 100


_CLAN_PLACE_END = frozenset("桥庄湾沟营坝河岭寨集店铺坪峪洼屯堡村")
_ZONES = ("经开区", "高新区", "开发区")  # zones named after their county or city (吴中经开区)
# A firm's legal name right after a would-be name, with a few words of its trade between (金诃|藏药股份有限公司), but
# no verb or preposition (王伟|到某某有限公司调研).
_FIRM_AFTER = re.compile(r"[^\W\d_到在赴来去向为与和及对的了是等]{0,7}(?:股份有限公司|有限责任公司|有限公司)")


def _names_no_person(text: str, start: int, end: int) -> bool:
    """Whether a model's person at ``start:end`` names something else, though it opens with a surname."""
    name = text[start:end]
    return bool(
        len(name) == 3 and name[1] == "家" and name[2] in _CLAN_PLACE_END  # 袁家桥, 王家庄: a village named for a clan
        or _is_division(name)  # 蔡甸区: the district
        or text.startswith("杯", end)  # 金隅冀东杯: a cup
        or name.endswith("网")  # 荆楚网（湖北日报网）讯: a site
        or name.endswith("讯") and text.startswith(("（", "("), end)  # 武鸣讯（通讯员…）: a place's dateline
        or len(name) == 3 and name[1] == "总" and name[2] in _AFTER_BOSS  # 王总|将…祝福送给…: Mr Wang the boss
        or _noun_then_word(text, start, end)  # 志愿者支队|授旗
        or _NAMED_AFTER.match(text, end)  # 张仲景|大药房, 金茨泉|酒业, 夏桑菊|颗粒: a shop, a firm, a remedy
        or _city_short_name(name)  # 为许昌“智造之都”…
        or len(name) == 3 and name[2] in "矿厂港站桥" and _city_short_name(name[:2])  # 开滦唐山矿业
        or _short_of_named_county(text, name) or _listed_with_places(text, start, end)  # 黄梅篇章, 永康、金东、浦江
        or len(name) == 3 and name[1] == "老" and not _after_a_proper_post(text, start)  # 王老吉: a brand
        or text.endswith("总书记", 0, start)  # 总书记|贺信: 总书记 follows its name
        or any(text.startswith(_ZONES, i) for i in range(end - 2, end + 1))  # 吴中|经开区, 吴中经|开区: a zone
        or bool(_FIRM_AFTER.match(text, end))  # 金诃|藏药股份有限公司: a firm's name
        or _suffixed_word(name)  # 提升职工的幸福感
        or _inside_a_word(text, start, end)  # 学雷锋|月: a word the name ends
        or len(name) == 3 and _city_short_name(name[1:]) and _word_ends_at_surname(text, start)  # 对于|绍兴
        or _listed_with_phrases(text, start, end)  # 送温暖、惠民生、暖万家
        or _listed_with_things(text, start, end)  # 饮料、哈密瓜、西瓜等…礼包
        or bool(_COUNTED_GOODS.match(text, end))  # 板蓝根20箱、夏桑菊|30箱: goods, counted
        or text[start - 1:start] == "、" and bool(_OF_A_FIELD.match(text, end))  # 石斛、水电硅、黄龙玉|雕刻等领域
        or name.endswith("大") and text.startswith("家", end)  # 刘主席|祝福大|家: 大家, everyone
        or len(name) == 3 and name[2] in "戏剧"  # 黄梅戏, 花鼓戏, 木偶剧: a form of theatre
        or _adverb_opens(text, start, end))


def _adverb_opens(text: str, start: int, end: int) -> bool:
    """Whether a would-be name opens with an adverb whose character is a surname too: 齐 before a verb (代表齐读倡议书,
    齐聚尧治河: together), 边 of 边…边… (副主席边听汇报边提问: while)."""
    return (text[start] == "齐" and text[start + 1:start + 2] in _DONE_TOGETHER
            or text[start] == "边" and "边" in text[end:end + 6])


_DONE_TOGETHER = frozenset("读聚唱声呼诵颂步")
# The whole of a body or a place (代表全馆职工, 全院, 全厂): 全 a surname too, but no name here.
_WHOLE_BODY = re.compile(r"全[馆院校厂局所站队场部处科室司行社团镇乡村市县区省州盟旗]")
# What follows a surname and 总 (王总, boss Wang) in words of one character: no given name.
_AFTER_BOSS = frozenset("将在说是也就和与对为把让到向给还都又")
# What follows the last of a list of trades or goods (…黄龙玉雕刻等领域, …等行业): no list of people.
_OF_A_FIELD = re.compile(r"[\u4e00-\u9fff]{0,4}等(?:领域|行业|产业|方面|产品)")


def _word_ends_at_surname(text: str, start: int) -> bool:
    """Whether the surname of a would-be name ends a common word that starts a character before it (对于, 位于, 由于):
    the word and a place (对于|绍兴经济建设), not a person."""
    return start > 0 and segmenter.frequency(text[start - 1:start + 1]) >= 1000


def _common_noun_or_verb(word: str) -> bool:
    """Whether the dictionary knows a word as a noun or verb other than a person's name (公开课, 开课)."""
    tag = segmenter.part_of_speech(word) or ""
    return tag[:1] in ("n", "v") and not tag.startswith("nr")


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether a would-be name ends a common word that starts a character before it (学雷锋, a campaign's name), which
    the dictionary does not know as a name."""
    word = text[start - 1:end] if start > 0 else ""
    tag = segmenter.part_of_speech(word) or ""
    return bool(word) and segmenter.frequency(word) >= 20 and not tag.startswith("nr")


def _long_name_after_post(text: str, start: int, end: int) -> bool:
    """A model's name of four to six characters right after a post, with or without a known surname: the names
    of China's minorities written without a dot (副主席萨仁高娃, 副主席乌云其其格)."""
    name = text[start:end]
    return (bool(_LONG_NAME.fullmatch(name)) and _after_a_proper_post(text, start)
            and not _idiom(name))  # not an idiom the dictionary knows (劳模代表|齐聚一堂), nor 职工|平安度夏


_AFTER_RARE_NAME = ("一行", "等", "同志", "带领", "带队", "率队", "率领", "出席", "参加", "陪同", "主持", "慰问", "看望",
                    "走访", "调研")


def _rare_surname_name(text: str, start: int) -> str | None:
    """A name with a rare surname right after a post, two or three characters up to a mark (市政协副主席庹军，),
    that no dictionary word opens."""
    if text[start] not in lexicons.rare_surnames():
        return None
    for size in (2, 3):
        name, mark = text[start:start + size], text[start + size:start + size + 1]
        if (len(name) == size and _CJK_RUN.fullmatch(name) and mark
                and (mark in "，、。；" or text.startswith(_AFTER_RARE_NAME, start + size))  # 区长寻健|一行
                and segmenter.frequency(name[:2]) < 50
                and (size == 2 or segmenter.frequency(name[1:]) < 50  # 主席后|表示，: no common word is a given name
                     or text.startswith(_AFTER_RARE_NAME, start + size))):  # but 主席黑|树林|主持: one before its verb
            return name
    return None


def _rare_surname_after_post(text: str, start: int, end: int) -> bool:
    """A model's name of three characters right after a post whose surname is a rare one (副主席后承东), its first
    two characters no word of the dictionary (not 须知, 操作)."""
    name = text[start:end]
    return (len(name) == 3 and name[0] in lexicons.rare_surnames() and bool(_CJK_RUN.fullmatch(name))
            and segmenter.frequency(name[:2]) < 50 and _after_a_proper_post(text, start))


def find_person_names(text: str, ner_spans: list[tuple[int, int, str]] = (), known: tuple[str, ...] = ()
                      ) -> list[tuple[str, str]]:
    """(name, source) of each mention `find_persons` finds, in text order, without looking for titles."""
    return [(text[start:end], source) for (start, end), source in _person_spans(text, ner_spans, known)]


# The last readings of each text: its spans, and the known names it holds that they were found knowing.
_READ: dict[tuple[str, tuple[tuple[int, int, str], ...]], tuple[list[tuple[tuple[int, int], str]], frozenset[str]]] = {}
_READ_MAX = 1024


def _person_spans(text: str, ner_spans: list[tuple[int, int, str]], known: tuple[str, ...]
                  ) -> list[tuple[tuple[int, int], str]]:
    """((start, end), source) of each person mention, in text order (see `find_persons`).

    An article is read twice (see `graphbuilder.pipeline.read_page`), the second time knowing the names the page's
    articles hold. Names the text does not hold change nothing; nor do names the first reading found wherever
    they stand: the first reading is the second's then, those names marked known."""
    known = tuple(n for n in known if is_plausible_name(n))
    key = (text, tuple(ner_spans))
    held = frozenset(n for n in known if n in text)
    if key in _READ:
        spans, was_known = _READ[key]
        found = dict(spans)
        news = {span for name in held - was_known for span in _occurrences(name, text) if _stands_alone(text, *span)}
        if was_known <= held and news <= found.keys():
            return sorted({**found, **dict.fromkeys(news, "known")}.items())
    spans = _read_person_spans(text, ner_spans, known)
    if len(_READ) >= _READ_MAX:
        _READ.clear()
    _READ[key] = (spans, held)
    return list(spans)


def _read_person_spans(text: str, ner_spans: list[tuple[int, int, str]], known: tuple[str, ...]
                       ) -> list[tuple[tuple[int, int], str]]:
    spans: dict[tuple[int, int], str] = {}
    _add_repeats(text, spans, known, "known")
    for start, end, label in ner_spans:
        if label == "PER":
            while start < end and text[start] in " \u3000":
                start += 1  # 总经理| 何亮：: the space between a post and the name, which the model took in
            end = _without_verb(text, start, end)
            if end - start == 2 and _speaks_elsewhere(text, text[start:end + 1]):
                end += 1  # 主席郭大|为主持…郭大为指出: the name's third character, read as a verb where it is first
        name = text[start:end]
        if label == "PER" and _names_no_person(text, start, end):
            continue
        if (label == "PER" and (is_plausible_name(name) or _long_name_after_post(text, start, end)
                                or _rare_surname_after_post(text, start, end)) and not _idiom(name)
                and (not _is_common_word(name) or _after_a_proper_post(text, start))  # 副主席方圆: a name
                and not _quoted(text, start, end) and not _in_a_slogan(text, start, end)  # “鲁班故里”
                and not _overlaps(spans, start, end)):
            spans[(start, end)] = "ner"
    for start, end in _dictionary_names_before_posts(text):
        if not _overlaps(spans, start, end) and not _is_division(text[start:end]):  # not 沙溪镇|党委副书记
            spans[(start, end)] = "name+post"
    for start, end in _names_after_posts(text):
        if spans.get((start, end - 1)) == "ner" and _one_more_character(text, end):
            del spans[(start, end - 1)]  # 主席周国|强作报告: the model stopped a character short
        if spans.get((start + 1, end)) == "ner" and text[start] in _AFTER_NAME:
            del spans[(start + 1, end)]  # 主席向|智勇主持会议: the model took the surname 向 for a preposition
        if not _overlaps(spans, start, end) and not (text.startswith(tuple("县市区旗镇乡"), end)
                                                     and _short_of_named_county(text, text[start:end])) \
                and not _word_in_a_list(text, start, end) and not _in_a_slogan(text, start, end) \
                and not _WHOLE_BODY.match(text, start) and not _adverb_opens(text, start, end):  # 代表|全馆|职工
            spans[(start, end)] = "title"  # not 代表|高明|区委: a county's name and its level
    for start, end in _names_after_bodies(text, ner_spans):
        if not _overlaps(spans, start, end):
            spans[(start, end)] = "body+name"
    for match in _REPORT_ON_BEHALF.finditer(text):
        start, end = match.span(1)
        if not _overlaps(spans, start, end) and _signed_report(match.group(1)):
            spans[(start, end)] = "report"
    for match in _FIRST_OF_A_COUNT.finditer(text):
        start, end = match.span(1)
        if not _overlaps(spans, start, end) and _signed_report(match.group(1)) and not _is_org_word(match.group(1)[1:]):
            spans[(start, end)] = "count"  # 欧益科等158人被授予…: the first of those honoured, named for all
    _trim_overlong(text, spans)
    _extend_before_verb(text, spans)
    _join_dotted(text, spans)
    _add_repeats(text, spans, tuple(text[s:e] for s, e in spans), "repeat")
    for start, end in _names_in_lists(text, spans):
        if not _overlaps(spans, start, end):
            spans[(start, end)] = "list"
    for start, end in _names_between_names(text, spans):  # 丁选清、操航、邹莉: a rare surname between two names
        spans[(start, end)] = "list"
    _add_repeats(text, spans, tuple(text[s:e] for s, e in spans), "repeat")
    _complete_short_names(text, spans)
    _complete_from_longer(text, spans)
    for (start, end), source in list(spans.items()):  # 闫羲|和，台儿庄区委书记…: no conjunction before a comma,
        if (end - start == 2 and text.startswith(("和", "与", "及"), end)  # nor before a verb (副主席吴良|和来到…)
                and (text.startswith(("，", "、", "。", "；"), end + 1) or text[end] == "和" and _verb_opens(text, end + 1))
                and is_plausible_name(text[start:end + 1])):
            spans[(start, end + 1)] = spans.pop((start, end))
    for (start, end), source in list(spans.items()):  # 刘宏亮、刘书|有等参加: the last of a list, cut before 有
        if (end - start == 2 and text[start - 1:start] == "、" and text.startswith("等", end + 1)
                and _HAN_WORD.fullmatch(text[end:end + 1]) and is_plausible_name(text[start:end + 1])):
            spans[(start, end + 1)] = spans.pop((start, end))
    return sorted(spans.items())


# A name opening a sentence that reports on behalf of a body (史益群代表区总工会第十二届委员会作工作报告): a congress's
# report, given by a person.
_REPORT_ON_BEHALF = re.compile(r"(?:^|(?<=[。；！？\n]))([\u4e00-\u9fff]{2,3})代表[^，。；：]{2,30}?作[^，。；]{0,12}?报告")


# A name opening a clause, then 等 and the count of those it stands for (戴立忠等340人被授予…称号).
_FIRST_OF_A_COUNT = re.compile(r"(?:^|(?<=[，。；：\n]))([\u4e00-\u9fff]{2,3}?)等[\d一二三四五六七八九十百千]+[余多]?[名位人]")


def _signed_report(name: str) -> bool:
    """Whether the words before 代表…作…报告 are a name: a known surname, no common word, no body."""
    return is_plausible_name(name) and segmenter.frequency(name) < 50 and not _is_common_word(name)


def _names_after_bodies(text: str, ner_spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Names right after a body the model found, that open a list or a group (漳州第一技工学校|廖如萱等11名职工,
    …有限公司|王芳、…): where people are from, then who; a name no dictionary word is."""
    found = []
    for start, end, label in ner_spans:
        if label != "ORG":
            continue
        if not text.endswith(_body_endings(), 0, end) and not (end - start >= 4 and text[end - 1] in "部局委办厅处"):
            # …实业有限公司宋国方、: the model ran the body into the name (市委组织部|晏子阳、: a department's, whole)
            cut = next((end - size for size in (3, 2) if end - size > start
                        and text.endswith(_body_endings(), start, end - size)), None)
            if cut is None or _read_name(text, cut) != text[cut:end] or segmenter.frequency(text[cut + 1:end]) >= 50:
                continue  # (not …职业大学元|宇宙、: a word, not a given name)
            end = cut
        name = _read_name(text, end)
        if name and len(name) == 3 and text.startswith(_AFTER_LISTED_NAME, end + 2):
            name = name[:2]  # …有限公司项芸|拔得头筹: the name ends where the verb starts
        after = end + len(name or "")
        if name and (text.startswith(_AFTER_LISTED_NAME, after) or _post_then_list(text, end, after)) \
                and not segmenter.frequency(name):
            found.append((end, after))
    return found


def _post_then_list(text: str, start: int, end: int) -> bool:
    """Whether a post written after the name at ``start:end``, then a list's mark, follows it (桐城市总工会方力|主席、
    唐劲松主席); not when the would-be name ends a longer post (市人大|常委副|主任, 市政协|原党组|副书记)."""
    post = next((p for p in _POSTS_WRITTEN_AFTER if text.startswith(p, end)), None)
    if post is None or lexicons.post_ending(text[start:end] + post) != post:
        return False
    after = end + len(post)
    return text[after:after + 1] in ("、", "，") or text.startswith(("一行", "等"), after)


_POSTS_WRITTEN_AFTER = ("副主席", "主席", "副主任", "主任", "副书记", "书记", "副局长", "局长", "副部长", "部长",
                        "董事长", "总经理")


# What follows the names of a list of people each after their body (…有限公司向尚、娄底五小胡丽、…农业农村局颜雪羽分别获得
# 三等奖; …大队张望获得二等奖), or the name of the one who won (…电子商务有限公司项芸拔得头筹, …公司李强夺得冠军).
_AFTER_LISTED_NAME = ("等", "、", "分别", "获得", "荣获", "夺得", "拔得", "摘得", "勇夺")


@lru_cache(maxsize=1)
def _body_endings() -> tuple[str, ...]:
    """The type words a body's name ends with (学校, 有限公司, 医院), from the organisation suffixes."""
    return tuple(s for s in lexicons.org_suffixes() if len(s) >= 2)


def _complete_short_names(text: str, spans: dict[tuple[int, int], str]) -> None:
    """A two-character name followed by the same character wherever the text names it, twice or more, has a
    third character the reading cut off (主席张斌|胜出席…张斌|胜实地查看: 张斌胜)."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    for s, e in spans:
        if e - s == 2:
            by_name.setdefault(text[s:e], []).append((s, e))
    for name, places in by_name.items():
        following = {text[e:e + 1] for _, e in places}
        if len(places) < 2 or len(following) != 1:
            continue
        third = following.pop()
        if not _HAN_WORD.fullmatch(third) or third in _AFTER_NAME or third in "说称讲指强要表介希认":
            continue
        if all(segmenter.frequency(text[e:e + 2]) > 0 for _, e in places):
            continue  # 张斌主持…张斌主持: the character opens the same word each time, the verb after the name
        if not is_plausible_name(name + third) or any(_overlaps({k: v for k, v in spans.items() if k != span},
                                                               span[0], span[1] + 1) for span in places):
            continue
        for span in places:
            spans[(span[0], span[1] + 1)] = spans.pop(span)


def _complete_from_longer(text: str, spans: dict[tuple[int, int], str]) -> None:
    """A two-character name whose next character makes a name read elsewhere in the text is that name, cut short
    (副市长曹升灵出席会议。…曹升|灵作讲话: the segmenter's 灵作 had cut it)."""
    names = {text[s:e] for s, e in spans if e - s == 3}
    for start, end in [span for span in spans if span[1] - span[0] == 2]:
        if text[start:end + 1] in names and not _overlaps({k: v for k, v in spans.items() if k != (start, end)},
                                                          start, end + 1):
            spans[(start, end + 1)] = spans.pop((start, end))


def titles_before(text: str, name_start: int, orgs: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """`title_chain`, each title widened to the organisation name it starts in; a title widened to its whole
    piece of text goes on the chain (全国劳动模范、中原油田采油一厂采油工王金凤: the verb 采油 stops the words)."""
    chain = title_chain(text, name_start)
    workplace = None if chain else next((s for s, e in orgs if e == name_start and s > 1 and text[s - 1] == "、"), None)
    if workplace is not None:  # 省级劳模、敦化市中医院李欣: the honour, then where the person works (no title)
        chain = title_chain(text, workplace - 1)
    titles = _with_whole_orgs(text, chain, orgs)
    if titles and titles[0][1] < chain[0][1] and _chain_goes_on(text, titles[0][1]):
        return titles_before(text, titles[0][1] - 1, orgs) + titles
    if titles:
        head = _clause_head(text, titles[0][1])
        if head < titles[0][1]:
            titles[0] = (text[head:titles[0][2]], head, titles[0][2])
    # “包头工匠”闫子成: an honour in quotes is named by its words (包头工匠), as most gold files write it
    return [(title[1:-1], start, end) if _QUOTED_TITLE.fullmatch(title) else (title, start, end)
            for title, start, end in titles]


_QUOTED_TITLE = re.compile(r"“[^“”]+”")


def _clause_head(text: str, start: int) -> int:
    """Where a title that opens a clause but for one or two characters really starts: at the clause's start,
    when those characters are no word of their own but a name's first (，滇|中新区总工会主席: 滇中新区)."""
    head = start
    while head > 0 and start - head < 2 and _CJK.match(text, head - 1) and text[head - 1] not in _NOT_TITLE_HEAD:
        head -= 1
    if head == start or head > 0 and text[head - 1] not in "，。；：！？\n":
        return start
    gap = text[head:start]
    if len(gap) == 1:  # a place's short name (滇, 皖, 下|城区) or a word like 副, not a verb or an adverb (受|省总工会…的委托)
        return head if (segmenter.part_of_speech(gap) or "j") in ("j", "ns", "nr", "b", "f") else start
    return head if segmenter.frequency(gap) == 0 else start


# Characters that stand before a title as words of their own (由|市总工会主席, 特邀|…, 该|公司董事长).
_NOT_TITLE_HEAD = frozenset("由在和与及对向为把被将从到于以经并兼任系曾现即是有请让受随陪特邀该本其此我各全据")


def _with_whole_orgs(text: str, titles: list[tuple[str, int, int]], orgs: list[tuple[int, int]]
                     ) -> list[tuple[str, int, int]]:
    """A title that starts inside an organisation name the model found starts with that name: the words
    of 国网南阳供电公司选手 stop at the verb-like 供电, the name does not."""
    widened = []
    for title, start, end in titles:
        org_start = next((s for s, e in orgs if s < start < e <= end
                          and (text[s] not in _NOT_A_NAME_START or text.startswith("经审", s))  # 经审办: 经费审查
                          and not (text[s] in "日号" and _DAY_BEFORE.search(text, 0, s))  # 8月22日|由县人大…
                          and not _BOUNDARY.intersection(text[s:start])  # not over a bracket or a comma
                          and not _TOLD.search(text, s, start + 1)), start)  # nor over 高兴地向: a clause, no name
        widened.append((text[org_start:end], org_start, end))
    return widened


# Characters a model's organisation may wrongly start with (陪同调研的|有市总工会): verbs and function words.
_NOT_A_NAME_START = frozenset("有是在由向对为与和及从到于将把被让请经给跟同至的了受以")


_NAME_PART = re.compile(r"[\u4e00-\u9fff]{1,4}")
_PART_TAIL = "说讲是在和与的等为向到来了也都"


def _join_dotted(text: str, spans: dict[tuple[int, int], str]) -> None:
    """A name that touches a middle dot is one part of a transliterated name (阿依古丽·买买提): join the
    parts on both sides of the dot, each at most four characters, a trailing 说/在/的 … left out."""
    for start, end in [span for span in spans if "·" in text[max(0, span[0] - 1):span[1] + 1]]:
        source = spans.pop((start, end))
        new_start, new_end = start, end
        while new_start > 0 and text[new_start - 1] == "·":
            left = [m for m in _NAME_PART.finditer(text, max(0, new_start - 5), new_start - 1)
                    if m.end() == new_start - 1]
            if not left:
                break
            new_start = left[-1].start()
        while new_end < len(text) and text[new_end - 1 if text[new_end - 1] == "·" else new_end] == "·":
            dot = new_end - 1 if text[new_end - 1] == "·" else new_end
            right = _NAME_PART.match(text, dot + 1)
            if not right:
                break
            new_end = right.end()
            while new_end - right.start() > 1 and text[new_end - 1] in _PART_TAIL:
                new_end -= 1
        if text[new_end - 2:new_end - 1] == "·" and new_end - new_start > 2:  # 吐尔逊拜·达|那别克: a part of one
            right = _NAME_PART.match(text, new_end - 1)  # character is the model's cut, its part runs on
            new_end = right.end()
            while new_end - right.start() > 1 and text[new_end - 1] in _PART_TAIL:
                new_end -= 1
        name = text[new_start:new_end].strip("·")
        new_start = text.index(name, new_start) if name else new_start
        span = (new_start, new_start + len(name))
        if "·" in name and is_plausible_name(name) and not _overlaps(spans, *span) and not _in_a_slogan(text, *span):
            spans[span] = source
        elif "·" not in text[start:end] and text[end - 1] not in _PLACE_PART_END:  # 尚玉园|·文苑: a place
            spans[(start, end)] = source


def _in_a_slogan(text: str, start: int, end: int) -> bool:
    """Whether a span stands inside a short quoted phrase (“庆五一·光荣颂”: a slogan's parts, no name)."""
    opened, closed = text.rfind("“", 0, start), text.rfind("”", 0, start)
    after = text.find("”", end, end + 8)
    return opened > closed and opened >= start - 8 and after >= 0 and "“" not in text[end:after]


_SPEECH_VERBS = ("表示", "指出", "强调", "要求", "介绍", "说", "称", "讲")


# What a person's name opens when it names a place or a business (张仲景大药房, 焦裕禄纪念馆, 中山路, 金茨泉酒业).
_NAMED_AFTER = re.compile(r"(?:大药房|药房|药店|诊所|纪念馆|故居|广场|公园|大道|大街|路(?![过上线费途程口])|小学|中学"
                          r"|酒业|集团|公司|实业|超市|饭店|酒店|物流|物业|医药|传媒|置业|地产|商贸|建材"  # 金茨泉|酒业: a firm's
                          r"|环保|电子|化工|纺织|布业|电器|电气"  # 华隆|环保: a firm's short name
                          r"|颗粒|冲剂|口服液|饮料|凉茶"  # 夏桑菊|颗粒: a remedy's or a drink's
                          r"|职工小家|职工之家)")  # 尚德郡|职工小家: a site's workers' home, named for the site


def _noun_then_word(text: str, start: int, end: int) -> bool:
    """Whether a model's name of three characters is a common noun and the first character of the word after it
    (志愿者支队|授旗: 支队 and 授旗, no 支队授)."""
    head = text[start:start + 2]
    return (end - start == 3 and head not in segmenter.person_names() and segmenter.frequency(head) >= 200
            and (segmenter.part_of_speech(head) or "").startswith("n") and segmenter.frequency(text[end - 1:end + 1]) > 0)


def _without_verb(text: str, start: int, end: int) -> int:
    """The end of a model's name that ran into the verb after it (孙丽|致辞, 王芳|表示)."""
    name = text[start:end]
    verbs = _verbs_after_name()
    for size in range(len(name) - 2, 0, -1):  # the longest verb first
        if name[-size:] in verbs and is_plausible_name(name[:-size]):
            return end - size
    if (len(name) in (3, 4) and name[-1] in _NEVER_LAST and is_plausible_name(name[:-1])
            and not (text.startswith("等", end) and text[end + 1:end + 2] not in "着待候到")):
        return end - 1  # 唐建|到现场指导, 魏鸿毓|获创伤急救项目第二名; not 许小都|等四名劳模, a list's last name
    if len(name) in (3, 4) and (name[-1] + text[end:end + 1] in verbs or name[-1] + text[end:end + 1] in _HAND_VERBS
                                or name[-1] == "致" and text.startswith(tuple("辞词贺欢开闭答"), end)
                                ) and is_plausible_name(name[:-1]):
        return end - 1  # 陈宇|宣读了倡议书, 吴井海|手捧爱书, 杨刚|致贺词: the verb crosses the name's end
    if len(name) in (3, 4) and name[-1] in "文图" and text.startswith(("/", "／"), end) and is_plausible_name(name[:-1]):
        return end - 1  # （陈中楷|文/图）: a credit for the text and the photos, right after the name
    return end


_HAND_VERBS = frozenset({"手捧", "手持", "手拿", "手握", "手举", "手提"})  # what a person holds: 吴井海|手捧爱书
# Function words and verbs that end no given name, so a model's name ending with one ran into the text after it.
_NEVER_LAST = frozenset("到为在和与及等对向将把被从也都是的了说称率陪作获")


@lru_cache(maxsize=1)
def _verbs_after_name() -> frozenset[str]:
    return frozenset((*lexicons.role_triggers(), *_SPEECH_VERBS))


def _trim_overlong(text: str, spans: dict[tuple[int, int], str]) -> None:
    """A model name that runs one character past another name found in the text (郭红致 where 郭红 stands
    elsewhere) is that name followed by a verb (郭红|致开幕辞, 马冀|走到) or a word that follows names (王伟|说); not
    when the character is no such word (马德龙 where the model read 马德 of 马德全: two people)."""
    names = {text[s:e] for s, e in spans}
    for (start, end), source in list(spans.items()):
        if source != "ner":
            continue
        shorter = text[start:end - 1]
        after = text[end - 1]
        if end - start >= 3 and shorter in names and (after in VERBS_AFTER_NAME or after in _AFTER_NAME
                                                      or segmenter.frequency(text[end - 1:end + 1]) > 0):
            del spans[(start, end)]
            spans[(start, end - 1)] = source


def _quoted(text: str, start: int, end: int) -> bool:
    """A quoted term (‘徐香’) is a name of a thing, not of a person."""
    return start > 0 and text[start - 1] in "‘“「『《" and text.startswith(tuple("’”」』》"), end)


def _add_repeats(text: str, spans: dict[tuple[int, int], str], names, source: str) -> None:
    """Every further place where one of `names` stands on its own."""
    for name in sorted(set(names), key=len, reverse=True):
        for span in _occurrences(name, text):
            if not _overlaps(spans, *span) and _stands_alone(text, *span):
                spans[span] = source


def _occurrences(word: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans where `word` stands in `text`, left to right, none overlapping the one before."""
    start = text.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = text.find(word, start + len(word))


def _extend_before_verb(text: str, spans: dict[tuple[int, int], str]) -> None:
    """A two-character name followed by 和 and then a verb that follows names (院长张景|和参加) ends with 和: a
    conjunction there would join the name to nothing."""
    for start, end in [span for span in spans if span[1] - span[0] == 2]:
        if text[end:end + 1] == "和" and text[end + 1:end + 2] in VERBS_AFTER_NAME:
            spans[(start, end + 1)] = spans.pop((start, end))
        elif (spans[(start, end)] == "ner" and _rare_third(text, end) and text[end + 1:end + 2] in VERBS_AFTER_NAME
              and not _overlaps(spans, end, end + 1) and is_plausible_name(text[start:end + 1])):
            spans[(start, end + 1)] = spans.pop((start, end))  # 魏鸿|毓获…第二名: a rare character, then the verb


def _rare_third(text: str, end: int) -> bool:
    """Whether the character at ``end`` is a rare one that no word joins to the next (毓 of 魏鸿毓获): the third
    character of a name, not an adverb or a preposition between the name and its verb (张伟也出席)."""
    char = text[end:end + 1]
    return (bool(_CJK.match(char)) and char not in VERBS_AFTER_NAME and char not in _AFTER_NAME
            and segmenter.frequency(char) < 2000 and segmenter.frequency(text[end:end + 2]) == 0)


def _after_a_proper_post(text: str, start: int) -> bool:
    """Whether a post, not a common noun such as 工人 (市工人|文化宫), ends right before `start`."""
    return lexicons.post_ends_at(text, start) and not text.endswith(tuple(_COMMON_NOUN_POSTS), 0, start)


def _one_more_character(text: str, end: int) -> bool:
    """Whether a three-character name read after a post, ending at `end`, is right where a model read only its
    first two characters: the third is no verb that follows names, and the character after it is one (or 向, 到:
    常务副主席王斌娥|向全委会作工作报告, 副主席刘月科|到会讲话), a comma or a list's 、 (客户经理邢孔著|，), or 及
    (党委书记徐生强|及相关单位负责人出席: not 王红|以及)."""
    return text[end - 1] not in VERBS_AFTER_NAME and (text[end:end + 1] in VERBS_AFTER_NAME
                                                      or text[end:end + 1] in ("向", "到", "，", "、")
                                                      or text[end:end + 1] == "及" and text[end - 1] != "以")


def _speaks_elsewhere(text: str, name: str) -> bool:
    """Whether a three-character name is followed somewhere in the text by what its bearer says (郭大为指出, 郭大为
    强调): where the model read its first two characters only (郭大|为主持), the third is the name's, not a verb."""
    return (name[-1] not in "作做" and is_plausible_name(name)  # 姜平|作介绍: a verb that takes what is said
            and any(text.startswith(_SAYS, end) or _PLACE_IN_PHOTO.match(text, end)
                    for _start, end in _occurrences(name, text)))


_SAYS = tuple(verb for verb in _SPEECH_VERBS if verb != "讲") + ("宣布",)  # 讲话 is a noun too (姜平作|讲话)
# Where a person stands in a photo, after the name in its caption: 图为郭大为（左一）…, （前排右二）, （中）.
_PLACE_IN_PHOTO = re.compile(r"[（(](?:前排|后排|中排)?(?:[左右][一二三四五六七八九十\d]|中)[）)]")


def _verb_opens(text: str, start: int) -> bool:
    """Whether the first word at ``start`` is a verb of the dictionary (来到, 走访)."""
    words = segmenter.cut(text[start:start + 6])
    return (bool(words) and len(words[0]) > 1 and segmenter.part_of_speech(words[0]) == "v"
            and words[0] not in ("相关", "有关"))  # 秦东及|相关人员: the dictionary's verb that says who


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A repeated name must not run into a longer name (张升 in 张升平): what follows must end it."""
    after = text[end:end + 1]
    return (not _CJK.match(after) or after in _AFTER_NAME or _starts_word(text, end)
            or text.startswith(lexicons.posts(), end))


@lru_cache(maxsize=4096)
def _idiom(name: str) -> bool:
    """A four-character word of the dictionary with no compound surname: an idiom (齐聚一堂), not a name."""
    return (len(name) == 4 and name[:2] not in lexicons.surnames() and segmenter.frequency(name) > 0
            and name not in segmenter.person_names())  # 萨仁高娃: a name the dictionary knows as one


def _is_common_word(name: str) -> bool:
    """Common words that start with a surname character (金秋, 高度, 方面) are not names, nor are the
    type words of bodies (文化宫, 总工会)."""
    if name in _org_words():
        return True
    freq = segmenter.frequency(name)
    return freq >= 50 and name not in segmenter.person_names()


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(lexicons.org_types()) | frozenset(s for s in lexicons.org_suffixes() if len(s) >= 2)


def _dictionary_names_before_posts(text: str) -> list[tuple[int, int]]:
    """Names the segmenter's dictionary knows (nr) written right before a leadership post: X总书记."""
    found = []
    for match in _POST_AFTER_NAME_RE().finditer(text):
        for size in (3, 2, 4):
            start = match.start() - size
            word = text[start:match.start()]
            if (start >= 0 and word in segmenter.person_names() and not _names_a_body(word)
                    and word not in _POST_MODIFIERS):  # 永远荣誉|会长: an honorary post, which the dictionary tags nr
                found.append((start, match.start()))
                break
    return found


_POST_MODIFIERS = frozenset({"荣誉", "名誉"})  # what makes a post honorary (荣誉会长, 名誉主席), no name


def _names_a_body(word: str) -> bool:
    """A word that ends as a body's name does (宣传部, which the dictionary also lists as a name)."""
    return word in _org_words() or any(word.endswith(s) for s in lexicons.org_suffixes())


@lru_cache(maxsize=1)
def _POST_AFTER_NAME_RE() -> re.Pattern:  # noqa: N802 - a cached compiled pattern
    return re.compile("|".join(re.escape(p) for p in _posts_after_name()))


@lru_cache(maxsize=1)
def _posts_after_name() -> tuple[str, ...]:
    """The posts that may follow a name, longest first."""
    return tuple(p for p in lexicons.posts() if _AFTER_NAME_POST.search(p))


# Common nouns that end a title before a name the model found (来凤县职工杨帆, 湖北民族大学新生谭思琪) but say too
# little to read a name after them alone (职工国标舞队, 市工人文化宫).
_COMMON_NOUN_POSTS = frozenset({"职工", "工人", "学生", "新生"})
# Roles that are common nouns too (劳模 X, 农民工 X, but 劳模荣誉, 农民工关怀): a word the dictionary knows after one is
# a name only where names end.
_ROLE_NOUN_POSTS = frozenset({"劳模", "劳动模范", "先进工作者", "农民工", "运动员", "裁判员", "选手", "志愿者"})


def _ends_a_name(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: a mark, a space, a list's or a name's word (等, 和, 同志) or a verb that
    follows names in news writing (出席, 说, 获得)."""
    return end >= len(text) or text[end] in "，。、；：！？（）()“”\"\n 等和与及同的" or _verb_after(text, end) or (
        text[end] in VERBS_AFTER_NAME)


_HONOUR_VERBS = frozenset({"荣获", "获得", "获评", "荣膺", "当选"})  # verbs of an honour, which open no name
_COUNTED = re.compile(r"[\d一二三四五六七八九十百千万余多]+[名位][^，。、；：\s]*$")


@lru_cache(maxsize=1024)  # an article's persons are found twice (see `graphbuilder.pipeline.read_page`)
def _names_after_posts(text: str) -> tuple[tuple[int, int], ...]:
    """Names written right after a post word: 副主席李林敏, 扶贫户李元起, 记者李新和."""
    found = []
    ends: dict[str, int] = {}  # where the last occurrence taken of each post ends
    for _rank, start, post in sorted((rank, last + 1 - len(post), post)
                                     for last, (rank, post) in lexicons.post_finder().iter(text)):
        if start < ends.get(post, 0):
            continue  # overlaps the occurrence before: as str.find from the end of it would
        ends[post] = start + len(post)
        if post in _COMMON_NOUN_POSTS or _COUNTED.search(text, max(0, start - 12), start):
            continue  # 500名农民工代表|齐聚辽宁: a number of people, not one with a title and a name
        if (text.endswith("总书记", 0, start + len(post))
                or start > 0 and segmenter.frequency(text[start - 1:start + 1]) >= 100):
            continue  # 总书记贺信 (总书记 follows its name); 公司机关|进行: a post word inside other words (公|司机|关)
        if post.endswith("代表") and text[ends[post]:ends[post] + 1] in ("省", "市", "县", "区"):
            continue  # 代表|区大班子向…致以问候: on behalf of the district, not a delegate named 区大
        if text.startswith("”", ends[post]) and quoted_honour(text, ends[post] + 1) is not None:
            ends[post] += 1  # “包头工匠”|闫子成: the name after the honour's closing quote
        note = NOTE_AFTER_POST.match(text, ends[post])
        if note:
            ends[post] = note.end()  # 副主席（兼职）|唐航浩: the name after the post's note
        name = _read_name(text, ends[post])
        if (name and post in _ROLE_NOUN_POSTS and segmenter.frequency(name) >= 50
                and not _ends_a_name(text, ends[post] + len(name))):
            continue  # 裁判员|公正裁判, 农民工|关怀工作: a role, then a word the dictionary knows, no name
        if name and name[:2] in _HONOUR_VERBS:
            continue  # 先进集体代表|荣获“工人先锋号”: the representatives received it, no one named 荣获
        if name and _adverb_then_verb(name):
            continue  # 环卫工人|全覆盖, 职工|都参与: all of them, doing it; no one named 全覆盖
        if name and name not in _POST_MODIFIERS:  # 先进工作者|荣誉: the honour, which the dictionary tags as a name
            found.append((ends[post], ends[post] + len(name)))
    return tuple(found)


def _adverb_then_verb(name: str) -> bool:
    """Whether a three-character name reads as an adverb that is also a surname, then a common verb (全|覆盖, 都|参与)."""
    return (len(name) == 3 and (segmenter.part_of_speech(name[0]) or "")[:1] in ("a", "d")
            and segmenter.frequency(name[0]) >= 1000 and segmenter.part_of_speech(name[1:]) == "v"
            and segmenter.frequency(name[1:]) >= 500)


def _read_name(text: str, start: int) -> str | None:
    """The name starting at `start`: a surname and one or two more characters."""
    surnames = lexicons.surnames()
    window = text[start:start + 4]
    if len(window) < 2 or not _CJK.match(window[0]):
        return None
    surname = window[:2] if window[:2] in surnames and len(window) >= 3 else window[0]
    if surname not in surnames:
        return _rare_surname_name(text, start)
    rest = window[len(surname):]
    if window[0] in _AFTER_NAME and len(rest) >= 2 and _CJK.match(rest[0]) and _CJK.match(rest[1]):
        name = surname + rest[:2]  # 区总工会主席向智勇主持会议: 向 the surname, not the preposition (主席向大会作报告)
        after = start + len(name) + (1 if text.startswith("等", start + len(name)) else 0)  # 书记向茂林等出席
        named = (text.startswith(_VERBS_NO_OBJECT_BEFORE, after) and segmenter.frequency(rest[:2]) < 50
                 and is_plausible_name(name))
        return name if named else None
    if not rest or not _CJK.match(rest[0]) or window[0] in _AFTER_NAME:
        return None
    if text.startswith(_posts_opening_with_surnames(), start):
        return None  # 党组书记|常务副主席臧艳华: another post (常务副…), no name
    if rest[0] in _AFTER_NAME:  # 主席还向职工…: no name; 副书记柴向前出席: a given name opening with 向, 为, 和 …
        name = surname + rest[:2]
        # 副调研员朱为帆，市教育工会主席王大敏…: a comma after a given name that is no word ends the name as a verb does
        ends = _verb_after(text, start + len(name)) or (
            text[start + len(name):start + len(name) + 1] in ("，", "、") and segmenter.frequency(rest[:2]) < 50
            and not _word_crosses_end(text, start + len(surname), start + len(name)))
        named = (len(rest) >= 2 and bool(_CJK.match(rest[1])) and ends
                 and (segmenter.part_of_speech(surname) or "")[:1] not in "dcpuv"  # an adverb (还|向…) is no surname
                 and is_plausible_name(name))
        return name if named else None
    third = start + len(surname) + 1
    # 吴再发|作题为…报告: the third character and 作 make a word (发作), but 作 opens the report the person gives
    if (len(rest) >= 2 and _CJK.match(rest[1]) and rest[1] not in _AFTER_NAME
            and (not _starts_word(text, third) or _REPORT_AFTER.match(text, third + 1))):
        name = surname + rest[:2]
    else:
        name = surname + rest[0]
    common = (_is_common_word(name) and not text.startswith(_VERBS_NO_OBJECT_BEFORE, start + len(name))  # 副主席高寒|出席
              or len(name) == 3 and _common_noun_or_verb(name)  # 劳模工匠|公开课: a noun
              or len(name) == 3 and name[2] in _JOINING_AFTER and _common_noun_or_verb(name[:2]))  # 劳模工匠|展馆并与…
    crosses = _word_crosses_end(text, start + len(surname), start + len(name)) and not (
        len(name) == 3 and _REPORT_AFTER.match(text, start + len(name))
        or _post_then_list(text, start, start + len(name))  # 方力|主席、: not 力主, the post follows the name
        or text.startswith(_VERBS_NO_OBJECT_BEFORE, start + len(name)))  # 副主席付进|出席: not 进出, 出席 follows
    if (not is_plausible_name(name) or common or crosses
            or _noun_then_word(text, start, start + len(name)) or _place_word(text, start, start + len(name))
            or _is_division(name)  # 代表|许昌市总工会: a city's name (许昌 reads as a name to the dictionary)
            or _FIRM_AFTER.match(text, start + len(name))  # 劳动模范|金诃藏药股份有限公司: a firm's name
            or _suffixed_word(name)  # 书记|常态化开展
            or _listed_with_phrases(text, start, start + len(name))):  # 困难职工|解难题、做好事、办实事
        return None  # …, 劳动模范|海南残服爱心服装有限公司: a place's name, no person's
    if len(name) < 4 and _idiom(text[start:start + 4]):
        return None  # 代表|齐聚一堂: an idiom, not 齐聚
    given = name[len(surname):]
    if _opens_with_verb(name, surname) or _auxiliary_and_verb(name, surname) or given in _HAPPENING or (
            given in _verbs_after_name()):
        return None  # …员工|楼举行: a building and the verb of the sentence, no 楼举行
    return name


_JOINING_AFTER = frozenset("并而且和与及")  # what joins a noun to what follows it (展馆|并与…交谈)
_REPORT_AFTER = re.compile(r"作(?:题为|了|工作报告|报告|讲话|发言|总结|动员|部署|表态发言|典型发言)")


@lru_cache(maxsize=1)
def _posts_opening_with_surnames() -> tuple[str, ...]:
    """Posts whose first character is also a surname (常务副主席, 董事长, 党组书记), longest first."""
    surnames = lexicons.surnames()
    return tuple(sorted((p for p in lexicons.posts() if len(p) >= 3 and p[0] in surnames), key=len, reverse=True))


def _verb_after(text: str, pos: int) -> bool:
    """Whether a verb that follows a name in news writing (出席, 主持, 讲话, 表示 …) starts at ``pos``."""
    return any(text.startswith(verb, pos) for verb in _verbs_after_name())


# Verbs that follow a name but never a preposition's object (主持, not 向X表示感谢, 为X颁奖, 向大会作报告).
_VERBS_NO_OBJECT_BEFORE = ("主持", "出席", "参加", "讲话", "带队", "强调", "指出")

# Verbs of an event happening, which no given name is (…员工楼|举行, …大楼|召开).
_HAPPENING = frozenset({"举行", "召开", "举办", "开展", "开幕", "闭幕", "启动", "揭牌", "成立", "落幕"})


def _place_word(text: str, start: int, end: int) -> bool:
    """Whether a would-be name after a post opens with a word the dictionary knows as a place's (劳动模范|海南…), unless
    a list's mark follows the name (一级主任科员秦东及相关人员: 秦东 the name, though the dictionary knows the region)."""
    return segmenter.part_of_speech(text[start:start + 2]) == "ns" and not (
        end - start == 2 and text[end:end + 1] in ("及", "、", "，", "等", "和"))


def _auxiliary_and_verb(name: str, surname: str) -> bool:
    """Whether a would-be name is an auxiliary verb that is also a surname before a common verb (工会干部|应具备的
    素质: 应 + 具备)."""
    given = name[len(surname):]
    return (surname in "应要将能会可该须" and len(given) == 2 and name not in segmenter.person_names()
            and segmenter.frequency(given) >= 50 and (segmenter.part_of_speech(given) or "").startswith("v"))


def _opens_with_verb(name: str, surname: str) -> bool:
    """Whether the surname and the next character make a common verb (劳模|宣讲进企业: 宣讲), which no name
    written after a post begins with."""
    word = name[: len(surname) + 1]
    return (name not in segmenter.person_names() and segmenter.frequency(word) >= 50
            and (segmenter.part_of_speech(word) or "").startswith("v"))


def _word_crosses_end(text: str, given_start: int, end: int) -> bool:
    """A dictionary word that starts inside the given name and runs past its end (和农|民工) means no name."""
    return any(segmenter.frequency(text[pos:end + extra]) >= 20 for pos in range(given_start, end) for extra in (1, 2))


def _starts_word(text: str, pos: int) -> bool:
    """Whether a dictionary word of two or more characters starts at `pos`."""
    for size in (2, 3):
        word = text[pos:pos + size]
        if len(word) == size and segmenter.frequency(word) >= 20:
            return True
    return False


def _verb_opening(name: str) -> bool:
    """Whether a would-be name opens with a frequent verb (杨毅、相关部门同志: 相关, no surname and name)."""
    return segmenter.frequency(name[:2]) >= 1000 and (segmenter.part_of_speech(name[:2]) or "")[:1] in "vd"


def _names_in_lists(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """Names that continue a list after a known name: 张红卫、李林敏、金丽艳."""
    found = []
    queue = sorted(spans)
    seen = set(queue)
    while queue:
        start, end = queue.pop(0)
        note = NOTE_AFTER_POST.match(text, end)
        end = note.end() if note else end  # 杨迪（挂职）、具美汝（兼职）: how each holds the post, after the name
        for nxt_start in (end + 1,):
            if text[end:end + 1] not in ("、", "和", "与", "及"):
                continue
            item = re.match(r"[\u4e00-\u9fff]{2,4}?(?=[、等和与及共，。；\s在到赴为向对率]|一行|同志|出席|参加|陪同|分别|主持|讲话|致辞"
                            r"|当选|荣获|获评|家中|家里|进行|\d+[名位]|" + _NOTES + ")",  # 在困难职工顾正国、胡地|家中: at their homes;
                            text[nxt_start:nxt_start + 11])  # 麻燕|3名劳动者代表
            name = item.group(0) if item else ""
            if text[end] != "、" and (len(name) != 3 or segmenter.frequency(name[:2]) >= 50):
                name = ""  # after 和, 与 or 及 a name of three characters only, none opening with a word (杨柏水和俞时弟)
            if name and lexicons.post_ending(name):
                name = ""  # 宋丕勋、区委常委、常务副区长徐自乾: a title, not a name
            after = nxt_start + len(name)
            if len(name) == 4 and segmenter.frequency(text[after - 1:after + 1]) > 0 and is_plausible_name(name[:3]):
                name = name[:3]  # 李学明、石化建|奔赴陕西: the item's last character opens the verb after it
            if name and is_plausible_name(name) and not _is_common_word(name) and not _verb_opening(name):
                span = (nxt_start, nxt_start + len(name))
                if span not in seen:
                    seen.add(span)
                    found.append(span)
                    queue.append(span)
        # and backwards: 李林敏、丁明琴 where only the second was found
        if start >= 2 and text[start - 1] == "、":
            # three characters or two (市总工会领导黄燕、成飞: not 导黄燕)
            for size in (3, 2):
                cand = (start - 1 - size, start - 1)
                name = text[cand[0]:cand[1]]
                if cand[0] < 0 or not _CJK_RUN.fullmatch(name) or not is_plausible_name(name) or _is_common_word(name) \
                        or cand in seen or _ends_post(text, cand[0]):
                    continue
                # only when the name itself starts a list item (a boundary before it)
                before = text[cand[0] - 1] if cand[0] else "，"
                if before in _BOUNDARY or _ends_post(text, cand[0]) or any(
                        text.endswith(w, 0, cand[0]) for w in lexicons.not_titles() if len(w) > 1):
                    seen.add(cand)
                    found.append(cand)
                    queue.append(cand)
                    break
    return found


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _names_between_names(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """A word of two or three characters listed between two names (张三、操航、李四), not a common word, is
    a name too, whatever its surname; so is a list's last, with a rare surname, before its verb (刘守新、綦宝进慰问)."""
    found = []
    ordered = sorted(spans)
    for (_, end), (start, _) in zip(ordered, ordered[1:]):
        between = text[end:start]
        if (4 <= len(between) <= 5 and between[0] == between[-1] == "、" and _HAN_WORD.fullmatch(between[1:-1])
                and not _is_common_word(between[1:-1]) and segmenter.frequency(between[1:-1]) == 0):
            found.append((end + 1, start - 1))
    for (_, end), after in zip(ordered, ordered[1:] + [(len(text), len(text))]):
        last = _rare_surname_name(text, end + 1) if text.startswith("、", end) and after[0] > end + 4 else None
        if last is not None and _NAME_BEFORE.match(text, end - 2):  # 刘守新、綦宝进慰问…: a list's last name
            found.append((end + 1, end + 1 + len(last)))
    return found


_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}、")


def _ends_post(text: str, pos: int) -> bool:
    return text.endswith(lexicons.posts(), 0, pos)


def title_chain(text: str, name_start: int) -> list[tuple[str, int, int]]:
    """The titles written before a name, split at 、: 市总工会党组书记、常务副主席张红卫 → two titles; a comma
    between two whole titles joins them too (市委常委、统战部部长，市总工会主席沈建平)."""
    titles: list[tuple[str, int, int]] = []
    pos = name_start
    while pos > 0:
        honour = quoted_honour(text, pos)
        if honour is not None:  # “包头工匠”闫子成: an honour in quotes, the title as written, quotes and all
            titles.insert(0, (text[honour:pos], honour, pos))
            if not _chain_goes_on(text, honour):
                break
            pos = honour - 1
            continue
        note = _POST_NOTE.search(text, max(0, pos - 8), pos)  # 省总工会副主席（兼职）|唐航浩: the post's note goes with it
        end = note.start() if note else pos
        seg_start = _segment_start(text, end)
        segment = text[seg_start:end]
        title = title_suffix(segment)
        if title and title[0] in "日号" and len(title) > 3 and _DAY_BEFORE.search(text, 0, end - len(title)):
            title = title[1:]  # 1月27日|省工办党组成员: the date's day, then the title
        if not title:
            break
        titles.insert(0, (text[end - len(title):pos], end - len(title), pos))
        whole = len(title) == len(segment) or bool(DUTY.fullmatch(segment, 0, len(segment) - len(title)))
        if not whole or not _chain_goes_on(text, seg_start):  # 、分管日常工作的|副主席: the chain goes on
            break
        pos = seg_start - 1
    return titles


def quoted_honour(text: str, end: int) -> int | None:
    """Where the opening quote is of an honour in quotes that ends right before ``end`` (“包头工匠”|闫子成, “岗位能手”|):
    a few words that end with a post word; None if there is none."""
    if end < 4 or text[end - 1] != "”":
        return None
    opening = text.rfind("“", max(0, end - 16), end - 1)
    inner = text[opening + 1:end - 1]
    if opening < 0 or len(inner) < 2 or not _HAN_WORD.fullmatch(inner) or not lexicons.post_ending(inner):
        return None
    return opening


# How a post is held, in brackets after the post or its holder's name: 副主席（兼职）, 钱倩（挂职）.
_NOTES = r"[（(](?:兼职|兼|挂职|主持工作|正处级|副处级|正县级|副县级|正科级|副科级|专职|常务)[）)]"
_POST_NOTE = re.compile(_NOTES + "$")  # what a post's holder is besides: 副主席（兼职）
NOTE_AFTER_POST = re.compile(_NOTES)


DUTY = re.compile(r"(?:分管|主管|负责|主持)[^，。；、的]{1,12}的")
"""What a post's holder is in charge of, written before the post (市总工会党组书记、分管日常工作的副主席梁洪波)."""
_DAY_BEFORE = re.compile(r"(?:\d|[一二三四五六七八九十])$")


def _chain_goes_on(text: str, title_start: int) -> bool:
    """Whether a whole piece of text read as a title, starting at ``title_start``, follows another title: after
    a 、, or after a comma that closes a whole title (not a name: 市委书记马晓磊，市长宋振波)."""
    if title_start == 0 or _segment_start(text, title_start) != title_start or text[title_start - 1] not in "、，":
        return False
    if text[title_start - 1] == "，":
        before = text[_segment_start(text, title_start - 1):title_start - 1]
        return bool(before) and title_suffix(before) == before and not _elected_posts(text, title_start - 1)
    return True


def _elected_posts(text: str, comma: int) -> bool:
    """Whether the titles before a comma are what a verb did, not a person's (选举产生了新一任区总工会主席、常务副主席，
    区人大常委会…缪莉筠当选主席): the first of them, back to the clause's start, opens with a verb."""
    start = comma
    while start > 0 and text[start - 1] not in "，。；：！？\n":
        start -= 1
    first = text[start:comma].split("、")[0]
    title = title_suffix(first) or first
    return any(segmenter.part_of_speech(w) == "v" for w in segmenter.cut(first[:len(first) - len(title)]))


def _segment_start(text: str, pos: int) -> int:
    """Where the piece of text that ends at `pos` starts: after the boundary before it (not a bracket inside a
    body's name: 柳东新区（高新区）总工会主席, 某某（集团）有限公司董事长)."""
    while pos > 0:
        if text[pos - 1] not in _BOUNDARY:
            pos -= 1
            continue
        inner = _NAME_BRACKET.search(text, max(0, pos - 9), pos)
        if inner is None or inner.end() != pos:
            inner = _SECOND_NAME.search(text, max(0, pos - 27), pos)
        if inner is None or inner.end() != pos or pos >= len(text) or not _CJK.match(text, pos):
            break
        pos = inner.start()
    return pos


# Words in brackets inside a body's name, between two of its words: （高新区）, （集团）, （黑龙江）.
_NAME_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,6}[）)]")
# A body's second name in brackets after its first (one body, two names: …开发区管委会（…产业基地管委会）副主任).
_SECOND_NAME = re.compile(r"(?<=[会委局办室司院])[（(][\u4e00-\u9fff]{4,24}(?:会|委|局|办|室|司|院|中心)[）)]")


@lru_cache(maxsize=8192)  # titles recur, and each article is read twice
def title_suffix(segment: str) -> str | None:
    """The longest end of `segment` that reads as a title: organisation words, then a post word."""
    head = lexicons.post_ending(segment)
    if not head:
        return None
    rest = segment[: len(segment) - len(head)]
    keep = 0
    words = _with_name_brackets(_joined_type_words(_words_with_places(rest))) if rest else []
    in_body = False  # a body's name ends here: its verbal nouns are part of it (劳动|关系|处处长, 宣传|部部长)
    # a title that opens with a place or a body and has only nouns and verbs before its post is whole, verbs and all
    # (信阳|毛尖|制作|技艺|传承人); a verb in any other title ends it (走访|慰问|全国劳动模范)
    place_led = bool(words) and words[0][1] in ("ns", "nt") and not any(
        f.startswith(_FUNCTION_FLAGS) or f == "nr" for _, f in words)  # not …主席邓建雄一行|来到|困难职工
    joined_field = -1  # the field before a body's 与, taken with it
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i]
        if i == joined_field:
            continue
        if word == "和" and in_body and words[i + 1][0][:1] not in _LEVEL_WORDS and _fields_after_a_place(words[:i]):
            keep += 1  # 县|农业农村|和|水利局局长: a place's bureau of two fields, joined in its name
            continue
        if word == "与" and keep and _field_and_field(words, i):
            keep += len(word) + len(words[i - 1][0])  # 中医医院|呼吸|与|危重症医学科护士长, 旅游|与|康养学院: two
            joined_field = i - 1  #                     fields joined in a body's name
            continue
        if word in lexicons.not_titles():
            break
        if len(word) == 2 and word[0] in "和与及" and i > 0 and words[i - 1][1] == "nr":
            keep += 1  # 贾红举|和|县郑万高铁商务区管委会主任: the conjunction after a name, then a relative body
            break
        if i + 1 < len(words) and _EVENT_WORD.search(word) and (words[i + 1][0][:1] in _LEVEL_WORDS
                                                               or words[i + 1][1] == "ns"):
            break  # …座谈会|区|总工会党组成员, 作动员讲话|区|总工会党组书记, 工作会议|区委|常委: then the body
        level = word in _LEVEL_WORDS and keep > 0  # 县|城管局局长: the level word of a body
        # 铸锻|厂|班长, 冷轧|厂|工人: a one-character body ending after a noun or a verb names the body
        suffix = i > 0 and word in lexicons.org_suffixes() and words[i - 1][1].startswith(("n", "v"))
        before_suffix = i + 1 < len(words) and len(words[i + 1][0]) == 1 and words[i + 1][0] in lexicons.org_suffixes()
        # 焦煤集团|古汉|山矿|综采队: a word the segmenter took for a time, numeral or foreign word between a body's
        # name and a body of it is part of the name (not a preposition or verb: 慰问团在|市委副书记)
        # (not 会|前|市人大副主任: a verb that reads as a body's ending, then a time word, opens no body)
        nested = (in_body and flag.startswith(_NAME_PART_FLAGS)
                  and any(_is_org_word(w) or w in lexicons.org_suffixes() and not f.startswith("v") for w, f in words[:i]))
        rank = word == "正" and i + 1 < len(words) and words[i + 1][0].endswith("级")  # 市政府|正|县级|督学: a rank
        if (flag.startswith(_TITLE_STOP_FLAGS) and word not in _TITLE_VERBS and word not in _AGES
                and not _is_org_word(word) and not level and not suffix and not rank
                and not (in_body and (flag == "vn" or before_suffix and not flag.startswith(("p", "c", "u")) or nested))
                and not (place_led and flag.startswith("v"))):
            break
        in_body = (in_body or suffix or _is_org_word(word) or word in lexicons.org_suffixes()
                   or word.startswith(("（", "(")))  # …建设|（集团）|董事长: words in brackets inside a body's name
        keep += len(word)
    title = segment[len(rest) - keep:]
    opening = 1 if title.startswith("开区") else 0 if title.startswith("区") else None  # 经|开区党工委: 经开区
    zone = _ZONE_BEFORE.search(segment, 0, len(segment) - len(title) + opening) if opening is not None else None
    if zone:  # 经开区工会主席: a development zone's name, not a verb (经开) before a district's union
        title = segment[zone.start():]
    told = max((m.end() for m in _TOLD.finditer(title)), default=0)
    title = title[told:]  # …负责人高兴地向|镇总工会主席X介绍: the one told, after how and to whom
    if title.startswith(("（", "(")):
        title = title[max(title.find("）"), title.find(")")) + 1:]  # 某某|（集团）有限公司: no title opens with a bracket
    if not title or title in lexicons.not_titles():
        return None
    return title


# An adverb's 地, then a preposition (高兴地向, 热情地为): the title after it is its object's.
_TOLD = re.compile(r"[\u4e00-\u9fff]地[向为对给把跟同与和]")


def _field_and_field(words: list[tuple[str, str]], i: int) -> bool:
    """Whether the 与 at ``words[i]`` joins two fields in a body's name: a field of two characters (呼吸, 旅游) that
    opens the title or follows a body (市中医医院), and no level word after it (not 市总工会与|市妇联)."""
    field, flag = words[i - 1] if i > 0 else ("", "")
    return (len(field) == 2 and flag in ("n", "v", "vn") and not _is_org_word(field)
            and words[i + 1][0][:1] not in _LEVEL_WORDS
            and (i == 1 or words[i - 2][1] in ("nt", "ns") or _is_org_word(words[i - 2][0])))


def _fields_after_a_place(words: list[tuple[str, str]]) -> bool:
    """Whether words end with a place or a level word, then one or two nouns of two characters or more (县|农业|农村,
    市|文化): the first fields of a bureau's name (not 职工, nor 市领导)."""
    fields = 0
    for word, flag in reversed(words):
        if word in _LEVEL_WORDS or flag == "ns":
            return 0 < fields <= 2
        if flag != "n" or len(word) < 2 or word in lexicons.not_titles() or fields == 2:
            return False
        fields += 1
    return False


_NAME_PART_FLAGS = ("t", "j", "m", "x", "f")
_EVENT_WORD = re.compile(r"(?:座谈会|会议|大会|推进会|交流会|现场会|仪式|典礼|活动|开幕式|培训班|讲话|发言|致辞|致词)$")
_ZONE_BEFORE = re.compile(r"(?:经开|高新|开发|示范|保税|综保|工业园|产业集聚)$")
_FUNCTION_FLAGS = ("p", "c", "u", "r", "d", "y", "e", "o", "x", "w")
_LEVEL_WORDS = frozenset("省市县区州镇乡村")


def _with_name_brackets(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words, each group of words in brackets inside a name (（高新区）, （集团）) joined into one part of it."""
    joined: list[tuple[str, str]] = []
    opened: list[str] | None = None
    for word, flag in words:
        if word in ("（", "(") and joined:
            opened = [word]
        elif opened is not None:
            opened.append(word)
            if word in ("）", ")"):
                joined.append(("".join(opened), "nz"))
                opened = None
        else:
            joined.append((word, flag))
    return joined + [(w, "x") for w in opened or ()]


def _words_with_places(text: str) -> list[tuple[str, str]]:
    """Words and parts of speech of `text` (they tile it), the words a division's name falls in joined
    into one place word (ns) where the segmenter cuts the name (任|村镇 of 任村镇)."""
    from .gazetteer import Gazetteer  # not at import: the gazetteer is loaded only when a title needs it

    spans = [(s, e) for s, e, _d in Gazetteer.load().find_in_text(text)]
    words: list[tuple[str, str]] = []
    merged: tuple[int, int] | None = None  # the words joined so far for the current division
    pos = 0
    for word, flag in segmenter.tag(text):
        end = pos + len(word)
        inside = any(s < end and pos < e for s, e in spans)
        if inside and merged is not None and any(s < end and merged[0] < e and pos < e for s, e in spans):
            merged = (merged[0], end)
        else:
            if merged is not None:
                words.append((text[merged[0]:merged[1]], "ns"))
                merged = None
            if inside:
                merged = (pos, end)
            else:
                words.append((word, flag))
        pos = end
    if merged is not None:
        words.append((text[merged[0]:merged[1]], "ns"))
    return words


def _joined_type_words(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words of a body's type written with 和 inside joined into one (人力资源|和|社会|保障局 → 人力资源和社会保障局):
    the conjunction is part of the name, not the end of the title."""
    if not any(word == "和" for word, _ in words):
        return words
    types = [t for t in lexicons.org_types() if "和" in t]
    joined: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 6), i + 2, -1):
            piece = "".join(w for w, _ in words[i:j])
            if any(piece.endswith(t) and len(piece) - len(t) < len(words[i][0]) for t in types):  # (市)人力资源|和|…
                joined.append((piece, "nt"))
                i = j
                break
        else:
            joined.append(words[i])
            i += 1
    return joined


def _is_org_word(word: str) -> bool:
    """A word that names a body (总工会, 经审委), not a bare type word used as a verb or noun (组织)."""
    return any(word.endswith(s) and len(word) > len(s) for s in lexicons.org_suffixes()) or word in lexicons.org_types()


def post_after(text: str, name_end: int) -> list[tuple[str, int, int]]:
    """A leadership post written right after the name: 习近平总书记."""
    for post in _posts_after_name():
        if text.startswith(post, name_end):
            return [(post, name_end, name_end + len(post))]
    return []


def _share_list_titles(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """One title for a list of names: 区总工会副主席杜建华、邹玉锦 gives 邹玉锦 the same title (so does 副主席朱云霞同志、
    郑俊毫)."""
    shared: list[PersonMention] = []
    previous: PersonMention | None = None
    for mention in mentions:
        if (previous is not None and not mention.titles and previous.titles
                and text[previous.end:mention.start] in ("、", "同志、")):
            mention = PersonMention(mention.name, mention.start, mention.end, previous.titles, mention.source)
        shared.append(mention)
        previous = mention
    return shared
