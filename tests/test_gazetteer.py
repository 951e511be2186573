"""Tests for graphbuilder.gazetteer: names, containment, resolution and text scanning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphbuilder.gazetteer import LEVELS, Division, Gazetteer, read_divisions
from graphbuilder.resources import data_path


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def codes(divisions: list[Division]) -> list[str]:
    return [d.code for d in divisions]


# --- the shipped file --------------------------------------------------------------------------


def test_gazetteer_file_is_sorted_with_known_parents():
    divisions = read_divisions(data_path("gazetteer", "divisions.tsv"))
    by_code = {d.code: d for d in divisions}
    assert [d.code for d in divisions] == sorted(by_code)
    for d in divisions:
        if d.level == "province":
            assert d.parent_code is None
        else:
            parent = by_code[d.parent_code]
            assert LEVELS.index(parent.level) < LEVELS.index(d.level), d


@pytest.mark.parametrize(
    "level, at_least",
    [("province", 34), ("prefecture", 330), ("county", 2800), ("township", 38000)],
)
def test_gazetteer_file_covers_every_level(level, at_least):
    divisions = read_divisions(data_path("gazetteer", "divisions.tsv"))
    assert sum(d.level == level for d in divisions) >= at_least


def test_gazetteer_load_is_cached():
    assert Gazetteer.load() is Gazetteer.load()


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, level, short",
    [
        ("河南省", "province", "河南"),
        ("北京市", "province", "北京"),
        ("内蒙古自治区", "province", "内蒙古"),
        ("广西壮族自治区", "province", "广西"),
        ("新疆维吾尔自治区", "province", "新疆"),
        ("香港特别行政区", "province", "香港"),
        ("焦作市", "prefecture", "焦作"),
        ("延边朝鲜族自治州", "prefecture", "延边"),
        ("伊犁哈萨克自治州", "prefecture", "伊犁"),
        ("大兴安岭地区", "prefecture", "大兴安岭"),
        ("兴安盟", "prefecture", "兴安"),
        ("修武县", "county", "修武"),
        ("沁阳市", "county", "沁阳"),
        ("解放区", "county", "解放"),
        ("温县", "county", "温县"),  # keeps 2 characters
        ("芒市", "county", "芒市"),
        ("浦东新区", "county", "浦东"),
        ("神农架林区", "county", "神农架"),
        ("万柏林区", "county", "万柏林"),
        ("互助土族自治县", "county", "互助"),
        ("东乡族自治县", "county", "东乡"),
        ("龙胜各族自治县", "county", "龙胜"),
        ("鄂伦春自治旗", "county", "鄂伦春"),
        ("紫陵镇", "township", "紫陵"),
        ("东华门街道", "township", "东华门"),
        ("常平乡", "township", "常平"),
    ],
)
def test_gazetteer_short_strips_generic_suffix(name, level, short):
    assert Division("000000", name, level, None).short == short


def test_gazetteer_short_keeps_functional_zone_names():
    zone = Division("410871", "焦作城乡一体化示范区", "county", "410800")
    assert zone.is_functional_zone
    assert zone.short == zone.name


def test_gazetteer_division_rejects_unknown_level():
    with pytest.raises(ValueError, match="level 'city'"):
        Division("410800", "焦作市", "city", "410000")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("河南省", ["410000"]),
        ("河南", ["410000", "632324"]),  # the province first, then 河南蒙古族自治县
        ("洛阳", ["410300"]),
        ("洛阳市", ["410300"]),
        ("焦作", ["410800"]),
        ("修武县", ["410821"]),
        ("修武", ["410821"]),
        ("沁阳", ["410882"]),
        ("内蒙古", ["150000"]),
        ("吉林", ["220000", "220200"]),
        ("朝阳区", ["110105", "220104"]),
        ("紫陵镇", ["410882105"]),
        ("紫陵", []),  # townships by full name only
        ("济源市", ["419001"]),
        ("没有这个地方", []),
    ],
)
def test_gazetteer_lookup_full_and_short_names(gaz, name, expected):
    assert codes(gaz.lookup(name)) == expected


# --- containment -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, ancestor, expected",
    [
        ("410821", "410800", True),  # 修武县 within 焦作市
        ("410800", "410000", True),  # 焦作市 within 河南省
        ("410821", "410000", True),  # 修武县 within 河南省
        ("410882", "410800", True),  # 沁阳市 within 焦作市
        ("410882105", "410800", True),  # 紫陵镇 within 焦作市
        ("410821", "410300", False),  # 修武县 not within 洛阳市
        ("410800", "410800", False),  # not within itself
        ("410000", "410800", False),
    ],
)
def test_gazetteer_is_within(gaz, code, ancestor, expected):
    assert gaz.is_within(gaz.get(code), gaz.get(ancestor)) is expected


@pytest.mark.parametrize(
    "code, expected",
    [
        ("410882105", ["410882", "410800", "410000"]),  # 紫陵镇 < 沁阳市 < 焦作市 < 河南省
        ("419001", ["410000"]),  # 济源市, directly under the province
        ("110105", ["110000"]),  # 朝阳区 of 北京市 (placeholder 市辖区 dropped)
        ("441900003", ["441900", "440000"]),  # a township of 东莞市, which has no counties
        ("410000", []),
    ],
)
def test_gazetteer_ancestors(gaz, code, expected):
    assert codes(gaz.ancestors(gaz.get(code))) == expected
    assert gaz.parent(gaz.get(code)) == (gaz.get(expected[0]) if expected else None)


# --- resolution --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, context, expected",
    [
        ("朝阳区", ["110000"], "110105"),  # inside 北京市
        ("朝阳区", ["220100"], "220104"),  # inside 长春市
        ("朝阳区", [], None),  # two counties of the same level
        ("鼓楼区", ["410200"], "410204"),  # inside 开封市
        ("鼓楼区", ["410000"], "410204"),  # inside 河南省
        ("鼓楼区", ["410205"], "410204"),  # same prefecture as 禹王台区
        ("鼓楼区", ["350000"], "350102"),  # inside 福建省
        ("修武县", ["410800"], "410821"),
        ("修武县", ["110000"], "410821"),  # unique, whatever the context
        ("吉林", [], "220000"),  # the province over 吉林市
        ("吉林", ["220000"], "220000"),
        ("城关镇", ["410325"], "410325100"),  # 嵩县's 城关镇
        ("没有这个地方", ["410000"], None),
    ],
)
def test_gazetteer_resolve_with_context(gaz, name, context, expected):
    chosen = gaz.resolve(name, [gaz.get(code) for code in context])
    assert (chosen.code if chosen else None) == expected


# --- scanning text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("河南省焦作市沁阳市紫陵镇范村", [("河南省", "410000"), ("焦作市", "410800"),
                                        ("沁阳市", "410882"), ("紫陵镇", "410882105")]),
        ("洛阳和郑州的代表来到修武县。", [("洛阳", "410300"), ("郑州", "410100"), ("修武县", "410821")]),
        ("代表来到修武参观", []),  # county short forms are not scanned
        ("北京市朝阳区", [("北京市", "110000"), ("朝阳区", "110105")]),
        ("长春市朝阳区", [("长春市", "220100"), ("朝阳区", "220104")]),
        ("朝阳区", [("朝阳区", "110105"), ("朝阳区", "220104")]),  # still ambiguous: every candidate
        ("吉林", [("吉林", "220000")]),
        ("内蒙古自治区和内蒙古", [("内蒙古自治区", "150000"), ("内蒙古", "150000")]),
        ("祝您安康，长治久安", []),  # stoplist: a short form and an idiom
        ("安康市", [("安康市", "610900")]),  # the full name beats the stoplist entry
        ("黄河南岸", []),
        ("河南北部", [("河南", "410000")]),
        ("河北区域协同发展", [("河北", "130000")]),  # 区域, not 河北区
        ("河南县域经济网", [("河南", "410000")]),  # 县域, not 河南县 (河南蒙古族自治县)
        ("天津市河北区", [("天津市", "120000"), ("河北区", "120105")]),
        ("经济开发区和城区", []),
        ("来到温县", [("温县", "410825")]),
        ("", []),
    ],
)
def test_gazetteer_find_in_text(gaz, text, expected):
    found = gaz.find_in_text(text)
    assert all(text[start:end] in (d.name, d.short) for start, end, d in found)
    assert [(text[start:end], d.code) for start, end, d in found] == expected


def test_gazetteer_find_in_text_uses_given_context(gaz):
    found = gaz.find_in_text("来到鼓楼区", context=[gaz.get("410200")])
    assert [(start, end, d.code) for start, end, d in found] == [(2, 5, "410204")]


HAND_MADE = [
    Division("410000", "河南省", "province", None),
    Division("410800", "焦作市", "prefecture", "410000"),
    Division("410821", "修武县", "county", "410800"),
    Division("410821100", "城关镇", "township", "410821"),
]


@pytest.mark.parametrize(
    "text, stoplist, expected",
    [
        ("河南省焦作修武县", [], [(0, 3, "410000"), (3, 5, "410800"), (5, 8, "410821")]),
        ("到焦作", ["焦作"], []),
        ("到焦作市", ["焦作"], [(1, 4, "410800")]),  # longest match wins over the stoplist
        ("河南岸", ["河南岸"], []),
        ("修武城关镇", [], [(2, 5, "410821100")]),
        ("𠀀焦作市，作修武县", ["作"], [(1, 4, "410800"), (6, 9, "410821")]),  # names of one character too
    ],
)
def test_gazetteer_find_in_text_longest_match(text, stoplist, expected):
    gaz = Gazetteer(HAND_MADE, stoplist=stoplist)
    assert [(start, end, d.code) for start, end, d in gaz.find_in_text(text)] == expected


@given(st.text(alphabet="河南省焦作市沁阳紫陵镇修武县朝区，的安康北京", max_size=40))
def test_gazetteer_find_in_text_offsets_slice_the_text(text):
    gaz = Gazetteer.load()
    previous_start, previous_end = -1, 0
    for start, end, division in gaz.find_in_text(text):
        assert text[start:end] in (division.name, division.short, *division.aliases) or text[start:end] in gaz.renamed
        assert start >= previous_end or start == previous_start  # no overlaps; ties share a span
        previous_start, previous_end = start, end


def test_gazetteer_a_township_the_codes_list_with_its_countys_name_is_named_without_it():
    gazetteer = Gazetteer.load()
    [township] = gazetteer.lookup("许良镇")
    assert gazetteer.parent(township).name == "博爱县"
    text = "博爱县许良镇、金城乡的职工参加。"
    assert [d.name for _, _, d in gazetteer.find_in_text(text)][:2] == ["博爱县", "许良镇"]


def test_gazetteer_an_ambiguous_township_is_the_one_of_the_narrowest_known_place(gaz):
    # 站前街道: seven in 辽宁省, one in 鞍山市; the city decides before the province
    anshan, liaoning = gaz.resolve("鞍山市"), gaz.resolve("辽宁省")
    chosen = gaz.resolve("站前街道", [anshan, liaoning])
    assert chosen is not None and gaz.is_within(chosen, anshan)
    assert gaz.resolve("站前街道", [liaoning]) is None  # the province alone does not


def test_gazetteer_a_county_made_a_district_is_found_by_its_former_name(gaz):
    # 密云县 became 北京市密云区: an older page's 密云县 is that district, not 云县 of Yunnan read from its 云
    [(start, end, division)] = gaz.find_in_text("记者从密云县总工会获悉")
    assert (start, end, division.name) == (3, 6, "密云区")
    assert "密云县" in gaz.renamed and "修武县" not in gaz.renamed  # a county today keeps its own name
    # 临安市, a county-level city until 2017, is 杭州市临安区; its townships chain to it
    assert [d.name for _, _, d in gaz.find_in_text("临安市天目山镇")] == ["临安区", "天目山镇"]


def test_gazetteer_a_conjunction_after_a_name_is_no_one_character_county():
    gaz = Gazetteer.load()
    assert gaz.find_in_text("县总工会主席李建军和县总工会副主席田海泉") == []
    assert [d.name for _, _, d in gaz.find_in_text("马鞍山市和县总工会召开会议")] == ["马鞍山市", "和县"]
    assert [d.name for _, _, d in gaz.find_in_text("和县总工会召开会议")] == ["和县"]


def test_gazetteer_the_division_a_name_opens_with():
    gaz = Gazetteer.load()
    assert gaz.opening("金坛区儒林镇总工会") == "金坛区" and gaz.opening("文体局") is None


def test_gazetteer_a_village_named_like_a_city_is_no_city(gaz):
    text = "扶贫干部来到王集乡枣庄村和长桥镇。"
    assert "枣庄市" not in [d.name for _, _, d in gaz.find_in_text(text)]
    assert "枣庄市" in [d.name for _, _, d in gaz.find_in_text("扶贫干部来到枣庄，走访困难职工。")]


def test_gazetteer_a_slogans_verb_and_county_after_a_noun_is_no_one_character_county(gaz):
    """工业强县、产业兴县, 农业富县: a slogan's noun, verb and 县; after a place, a verb or at the start, 兴县 is the county."""
    assert gaz.find_in_text("推进“工业强县，产业兴县”战略") == []
    assert gaz.find_in_text("发展农业富县") == []
    assert [d.name for _, _, d in gaz.find_in_text("吕梁市兴县总工会赴兴县调研")] == ["吕梁市", "兴县", "兴县"]
    assert [d.name for _, _, d in gaz.find_in_text("延安市富县总工会")] == ["延安市", "富县"]


def test_gazetteer_a_short_form_that_begins_inside_a_word_is_no_place(gaz):
    """远大|理想 has no 大理, 隆重|庆祝 no 重庆, 恒通|化工 no 通化, 平安|顺利 no 安顺; a short form opening a word is the
    place's (赴大理调研, 许昌学院, 在南阳调研)."""
    for text in ("树立远大理想", "隆重庆祝五一", "恒通化工股份有限公司", "平安顺利返乡", "现代化海滨城市"):
        assert gaz.find_in_text(text) == [], text
    assert [d.name for _, _, d in gaz.find_in_text("赴大理调研，到许昌学院，在南阳调研")] == [
        "大理白族自治州", "许昌市", "南阳市"]


def test_gazetteer_a_county_named_with_a_common_word_is_read_on_its_citys_pages():
    """老城区 is "the old town" anywhere, and a district of 洛阳: read as the district only with 洛阳 in the context."""
    gazetteer = Gazetteer.load()
    text = "在老城区张仲景大药房户外劳动者爱心驿站慰问环卫工人。"
    luoyang = gazetteer.lookup("洛阳市")[0]
    assert [(text[s:e], d.parent_code) for s, e, d in gazetteer.find_in_text(text, [luoyang])] == [("老城区", luoyang.code)]
    assert gazetteer.find_in_text(text, gazetteer.lookup("焦作市")) == []
    assert gazetteer.find_in_text(text) == []
