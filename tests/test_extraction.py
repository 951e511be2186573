"""Extraction on small hand-written texts in the style of union news (none from the sample page)."""
import datetime as dt
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuilder.articles import parse_credit, split_articles
from graphbuilder.events import event_label, event_type, find_events
from graphbuilder.gazetteer import Gazetteer
from graphbuilder.organisations import PlaceContext, canonical_name, find_organisations
from graphbuilder.persons import find_persons, title_chain, title_suffix
from graphbuilder.persons import titles_before as persons_titles
from graphbuilder.pipeline import extract_document
from graphbuilder.places import find_places
from graphbuilder.records import Page
from graphbuilder.sentences import split_sentences


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.fixture(scope="module")
def jiujiang(gaz):
    return PlaceContext(province=gaz.resolve("江西省"), city=gaz.resolve("九江市"), county=gaz.resolve("修水县"))


def names(text, **kw):
    return [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, **kw)]


def page_document(text, **kw):
    """The document of one page of `text` (keyword arguments go to `extract_document`)."""
    return extract_document([Page("p.txt", text, text, "utf-8")], **kw)


def held(doc):
    """Each post holder's organisation."""
    return {p.holder: p.organisation for p in doc.posts}


@pytest.mark.parametrize("text, expected", [
    ("市总工会副主席王建国出席会议。", [("王建国", ["市总工会副主席"])]),
    ("市人大常委会副主任、市总工会主席周美祥讲话。", [("周美祥", ["市人大常委会副主任", "市总工会主席"])]),
    ("区总工会副主席杜建华、邹玉锦参加活动。", [("杜建华", ["区总工会副主席"]), ("邹玉锦", ["区总工会副主席"])]),
    ("记者刘洋报道。", [("刘洋", ["记者"])]),
    ("县城管局局长刘国伟陪同慰问。", [("刘国伟", ["县城管局局长"])]),
    ("市中心医院护士长许淑芬作宣讲。", [("许淑芬", ["市中心医院护士长"])]),
    # an honour in quotes that ends with a post is a title as written, and the name after it a person's
    ("会上，市劳动模范杨光、“包头工匠”闫子成讲述奋斗故事。", [("杨光", ["市劳动模范"]), ("闫子成", ["包头工匠"])]),
    # a post's note in brackets goes with it (省总工会副主席（兼职）); 丘 is a surname (百家姓)
    ("市总工会主席、省总工会副主席（兼职）钱望舒讲话。", [("钱望舒", ["市总工会主席", "省总工会副主席（兼职）"])]),
    ("区禁毒办副主任、区公安分局大队长丘文等领导出席。", [("丘文", ["区禁毒办副主任", "区公安分局大队长"])]),
    # a noun after a post, then a conjunction, is no name (劳模工匠|展馆并与…)
    ("调研组参观了赤峰劳模工匠展馆并与干部职工亲切交谈。", []),
    # a union's department with 和 in its name (组织和基层工作部)
    ("绵阳市总工会组织和基层工作部部长钱望舒出席会议。", [("钱望舒", ["绵阳市总工会组织和基层工作部部长"])]),
    # a craft's master (工匠大师)
    ("全国劳动模范、淮北矿业集团工匠大师、特级技师钱望舒分享感悟。", [("钱望舒", ["全国劳动模范", "淮北矿业集团工匠大师", "特级技师"])]),
    # a kindergarten's head, an assistant to a head, a teacher's rank
    ("寿光世纪教育集团幼儿园园长、一级教师钱望舒，市妇幼保健院院长助理王立新获表彰。",
     [("钱望舒", ["寿光世纪教育集团幼儿园园长", "一级教师"]), ("王立新", ["市妇幼保健院院长助理"])]),
    # a three-character name whose last character and 作 make a word (发作), before the report the person gives
    ("会上，市总工会党组书记、常务副主席吴再发作题为《创新发展》的工作报告。",
     [("吴再发", ["市总工会党组书记", "常务副主席"])]),
    # a post of the supervisory commission (监察专员)
    ("市职业学院党委委员、纪委书记、监察专员钱望舒讲话。", [("钱望舒", ["市职业学院党委委员", "纪委书记", "监察专员"])]),
    ("纺织有限公司挡车工刘芳、维修工赵国庆获奖。", [("刘芳", ["纺织有限公司挡车工"]), ("赵国庆", ["维修工"])]),
    ("看望了全国五一劳动奖章获得者、铸锻厂班长马骏。", [("马骏", ["全国五一劳动奖章获得者", "铸锻厂班长"])]),
    ("安阳市总工会驻林州市任村镇盘龙山村第一书记张宏伟讲话。", [("张宏伟", ["安阳市总工会驻林州市任村镇盘龙山村第一书记"])]),
    # honours and ranks of the trades: 先进工作者, 技能师
    ("全国先进工作者钱望舒、全国技术能手、长江汽车有限公司铣工、主任技能师张宁参加座谈。",
     [("钱望舒", ["全国先进工作者"]), ("张宁", ["全国技术能手", "长江汽车有限公司铣工", "主任技能师"])]),
    # 兼职: a part-time post (兼职副主席), as 挂职 and 兼任 make one
    ("区人保局副局长、区总工会兼职副主席钱望舒参加慰问。", [("钱望舒", ["区人保局副局长", "区总工会兼职副主席"])]),
])
def test_extraction_persons_with_title_chains(text, expected):
    assert names(text) == expected


def test_extraction_model_name_running_into_a_role_verb_is_cut():
    text = "县委书记刘明主持会议，市总工会副主席孙丽致辞。"
    spans = [(4, 6, "PER"), (text.index("孙丽"), text.index("孙丽") + 4, "PER")]
    assert names(text, ner_spans=spans) == [("刘明", ["县委书记"]), ("孙丽", ["市总工会副主席"])]


def test_extraction_type_word_of_a_body_is_no_person():
    text = "市工人文化宫始建于1957年，文化宫是职工的学校。"
    spans = [(text.index("文化宫"), text.index("文化宫") + 3, "PER"), (14, 17, "PER")]
    assert names(text, ner_spans=spans) == []


def test_extraction_collective_word_is_no_title():
    assert title_chain("会上，市总工会领导王建国", 9) == []


def test_extraction_known_names_recur_and_lists_continue():
    found = names("会上，王建国、李红梅、赵志刚等参加了活动。王建国指出，要抓好落实。", known=("王建国",))
    assert [n for n, _ in found] == ["王建国", "李红梅", "赵志刚", "王建国"]


def test_extraction_anonymised_names_are_no_persons():
    assert names("受助学生郭某某表示感谢。", known=("郭某某",)) == []


@pytest.mark.parametrize("surface, canonical", [
    ("市总工会", "九江市总工会"),
    ("县总工会", "修水县总工会"),
    ("省总工会", "江西省总工会"),
    ("市委", "中共九江市委"),
    ("市委统战部", "中共九江市委统战部"),
    ("团市委", "共青团九江市委"),
    ("市妇联", "九江市妇女联合会"),
    ("市工商联", "九江市工商业联合会"),
    ("市政府办公室", "九江市人民政府办公室"),
    ("市政府新闻办公室", "九江市人民政府新闻办公室"),  # the government's press office
    ("市国资委", "九江市人民政府国有资产监督管理委员会"),
    ("市政府国资委", "九江市人民政府国有资产监督管理委员会"),
    ("修水县县委", "中共修水县委"),  # the county's level written twice
    ("修水县杭口总工会", "修水县杭口镇总工会"),  # a township's union, the township named without 镇
    ("瑞昌市湓城总工会", "瑞昌市湓城总工会"),  # … not a subdistrict's, named as the text names it
    ("全总", "中华全国总工会"),
    ("全国总工会", "中华全国总工会"),
    ("南昌市总工会", "南昌市总工会"),
])
def test_extraction_canonical_organisation_names(gaz, jiujiang, surface, canonical):
    assert canonical_name(surface, jiujiang, gaz) == canonical


def test_extraction_short_form_of_a_union(gaz, jiujiang):
    assert canonical_name("市总", jiujiang, gaz) == "九江市总工会"


def test_extraction_two_cities_unions_are_not_merged(gaz):
    a = canonical_name("市总工会", PlaceContext(city=gaz.resolve("九江市")), gaz)
    b = canonical_name("市总工会", PlaceContext(city=gaz.resolve("洛阳市")), gaz)
    assert (a, b) == ("九江市总工会", "洛阳市总工会")


@pytest.mark.parametrize("text, found", [
    ("“公益日”是由腾讯公益联合数百家公益组织共同发起的。", [("腾讯公益", "sponsor")]),
    ("本次活动由市总工会主办，市工人文化宫承办。", [("市总工会", "relative"), ("市工人文化宫", "relative")]),
    ("活动由我市联合周边城市发起。", []),
    ("比赛由三家单位联合主办。", []),
    ("郑州、开封、洛阳等市总工会主要负责同志参加会议。", []),
    ("省总、市总领导出席。", [("省总", "relative"), ("市总", "relative")]),
    ("市总体规划出台，超市总经理讲话。", []),
])
def test_extraction_sponsors_are_organisations(gaz, text, found):
    assert [(m.text, m.source) for m in find_organisations(text, gaz)] == found


def test_extraction_a_firm_whose_name_opens_with_a_code_keeps_it(gaz):
    """、Z2线建设有限公司: the model reads 线建设有限公司; the line's code after the list's mark is the firm's name too. A
    year before a firm (2023年东山建设有限公司) is no code."""
    from graphbuilder.extract import tag

    text = "比赛由东山区总工会主办，红旗建筑工程局四公司、Z2线建设有限公司承办。2023年东山建设有限公司参赛。"
    names = [m.text for m in find_organisations(text, gaz, tag(text))]
    assert "Z2线建设有限公司" in names and "线建设有限公司" not in names
    assert not any(name.startswith("2023") for name in names)


def test_extraction_a_party_committees_social_work_department_is_a_body(gaz):
    """社会工作部 (since 2023 a department of every party committee): 县委社会工作部 whole, not 县委 alone."""
    text = "由团县委、县委社会工作部、县总工会联合开展。东山县委社会工作部参加。"
    assert [m.text for m in find_organisations(text, gaz)] == ["团县委", "县委社会工作部", "县总工会", "东山县委社会工作部"]


def test_extraction_a_verb_in_a_bodys_own_words_before_its_type_word_cuts_nothing(gaz):
    """东山美团|外卖|工会: 外卖 (take-away) is a verb in the dictionary, but only 工会 follows it: the union's name, whole."""
    from graphbuilder.extract import tag

    text = "县总工会联合东山美团外卖工会、红旗顺丰速递在驿站开展活动。"
    assert "东山美团外卖工会" in [m.text for m in find_organisations(text, gaz, tag(text))]


def test_extraction_a_housing_commission_is_one_body_though_its_name_has_and(gaz):
    """住房和建设委员会, 住房和城乡建设委员会: a municipality's commissions, whole, not 建设委员会 after the 和."""
    text = "大赛由东山区总工会、东山区住房和建设委员会主办，北京市住房和城乡建设委员会指导。"
    assert [m.text for m in find_organisations(text, gaz)] == ["东山区总工会", "东山区住房和建设委员会",
                                                            "北京市住房和城乡建设委员会"]


@pytest.mark.parametrize("text, ner, found", [
    ("“谢谢工会给我们送来礼物！”", ["谢谢工会"], []),  # a quotation's thanks, no body named 谢谢工会
    ("武汉、襄阳、黄石等6个市州总工会作交流发言。", ["市州总工会"], []),  # bodies of a kind, counted
    ("调研组与部分县（市）区工会负责人座谈。", [], []),  # the unions of counties, cities and districts
    ("湖北文理学院党委副书记陈晓光签约。", ["湖北文理学院党委"], ["湖北文理学院党委"]),
    ("红旗街道和市交通局代表队进行了首场比赛。", ["红旗街道和市交通局代表队"], ["市交通局"]),  # two teams
    ("市人力资源和社会保障局局长讲话。", ["市人力资源和社会保障局"], ["市人力资源和社会保障局"]),
    ("了解了乡镇工会及工业园区工会建设的做法。", ["乡镇工会及工业园区工会"], []),  # unions of a kind
    ("周边社区工会联合会的职工观看了演出。", ["社区工会联合会"], []),
    ("听取了临沂市乡镇（街道）工会建设情况汇报。", ["临沂市乡镇（街道）工会"], []),  # a city's unions of a kind
    ("省纺织工会传达中国工会十八大精神。", ["省纺织工会传达中国工会"], ["省纺织工会"]),  # a body, then what it does
    ("无锡地铁集团运营分公司工会成立。", ["无锡地铁集团运营分公司"], ["无锡地铁集团运营分公司"]),  # a verbal noun
    ("一行到墨竹工卡县考察指导工会援藏工作。", ["墨竹工卡县考察指导工会"], []),  # a place, then what is done there
    ("武汉市劳动竞赛委员会召开会议。", ["武汉市劳动竞赛委员会"], ["武汉市劳动竞赛委员会"]),
    ("作出了突出贡献。希望平煤集团进一步强化职工思想引领。", ["希望平煤集团"], ["平煤集团"]),  # what is asked of it
    ("晶和科技有限公司派员参加。", ["科技有限公司"], []),  # a company's trade and legal form, no name of its own
    ("要主动作为，立足某某发展大局，培养产业大军。", ["立足某某发展大局"], []),  # the overall situation, no bureau
    ("副主席率队到某某新区调研工会服务职工工作。", ["某某新区调研工会"], []),  # a place, then what is done there
    ("高新区党群工作部副部长江艳陪同调研。", ["高新区党群工作部副部"], ["高新区党群工作部"]),  # a deputy's post after it
    # a verb of the visits read after a body, though the dictionary's verbal noun: what the visitors do there
    ("一行到东山股份有限公司调研劳模创新工作室联盟建设工作。", ["东山股份有限公司调研劳模创新工作室联盟"],
     ["东山股份有限公司"]),
    ("国网某某供电公司培训中心举办培训班。", ["国网某某供电公司培训中心"], ["国网某某供电公司培训中心"]),  # its centre
    # a body's ending that opens a word running on (中心|城市, 站|在), the broad masses, the sister cities
    ("团结动员广大职工积极投身郑州国家中心城市建设。", ["郑州国家中心"], []),
    ("当前郑州经济社会发展站在了新的历史起点。", ["郑州经济社会发展站"], []),
    ("团结带领广大职工听党话跟党走。", ["广大职工听党"], []),
    ("分别代表兄弟城市总工会致词。", ["城市总工会"], []),
])
def test_extraction_model_organisations_that_name_no_one_body(gaz, text, ner, found):
    spans = [(text.index(n), text.index(n) + len(n), "ORG") for n in ner]
    assert [m.text for m in find_organisations(text, gaz, spans)] == found


def test_extraction_an_autonomous_regions_party_committee_goes_by_its_full_name(gaz):
    """自治区党委, 宁夏回族自治区党委: 中共宁夏回族自治区委员会, as a township's 镇党委 is 中共X镇委员会."""
    region = PlaceContext(province=gaz.resolve("宁夏回族自治区"))
    assert canonical_name("自治区党委", region, gaz) == "中共宁夏回族自治区委员会"
    assert canonical_name("广西壮族自治区党委", region, gaz) == "中共广西壮族自治区委员会"


def test_extraction_bodies_of_hong_kong_and_macao_keep_the_short_name_they_go_by(gaz):
    """香港工会联合会, 澳门工会联合总会: no 特别行政区 in their names, where a city's 广州 would be 广州市."""
    assert canonical_name("澳门工会联合总会", PlaceContext(), gaz) == "澳门工会联合总会"
    assert canonical_name("香港工会联合会", PlaceContext(), gaz) == "香港工会联合会"
    assert canonical_name("广州工会联合会", PlaceContext(), gaz) == "广州市工会联合会"


def test_extraction_provincial_paper_naming_several_cities_keeps_its_province(gaz):
    from graphbuilder.extract import page_context

    text = "宜昌市总工会召开会议。十堰市总工会开展慰问。襄阳市总工会签订协议。省总工会副主席出席。"
    context = page_context([text], gaz)
    assert (context.province.name, context.city) == ("湖北省", None)
    assert canonical_name("省总工会", context, gaz) == "湖北省总工会"


def test_extraction_a_page_on_two_cities_of_a_province_reads_each_report_by_its_city():
    """A provincial paper's page: one report on 开封, two on 三门峡, neither city named half again as
    much as the other: the page is the province's, and each report's 市总工会 is its own city's."""
    text = ("本报讯 11月29日，全国总工会领导到开封市调研。开封市委副书记陪同。调研组来到开封市兰考县和开封市工人文化宫。"
            "\n\n全国总工会领导到开封调研\n\n"
            "本报讯 近日，市总工会到三门峡产业集聚区开展送清凉活动。市总工会主席王立新一行先后到三门峡化工机械有限公司、"
            "三门峡华阳发电有限责任公司看望工人。\n\n市总工会到产业集聚区送清凉\n\n"
            "本报讯 7月20日，市总工会到三门峡义煤集团开展送清凉活动。\n\n市总工会到义煤集团送清凉\n")
    document = page_document(text)
    assert "三门峡市总工会" in document.organisations
    assert "开封市总工会" not in document.organisations


def test_extraction_organisation_mentions(gaz):
    text = "市总工会联合市委统战部、团市委等单位举办活动，各县（市）区总工会参加，工会工作取得新进展。"
    found = [m.text for m in find_organisations(text, gaz)]
    assert found == ["市总工会", "市委统战部", "团市委"]


def test_extraction_places_chain_and_deictic(gaz, jiujiang):
    text = "我市职工来到修水县渣津镇长潭村，长潭村的果园迎来丰收。"
    found = [(p.name, p.level, p.parent) for p in find_places(text, gaz, jiujiang)]
    assert ("九江市", "prefecture", None) in found
    assert ("修水县", "county", "九江市") in found
    assert ("渣津镇", "township", "修水县") in found
    assert found.count(("长潭村", "village", "渣津镇")) == 2


@pytest.mark.parametrize("sentence, kind", [
    ("日前，县总工会主席肖国平带队深入乡镇，就困难职工帮扶工作开展调研。", "inspection"),
    ("3月5日，市总工会召开座谈会，听取帮扶工作汇报。", "meeting"),
    ("3月5日，市总工会为困难职工发放慰问金。", "aid"),
    ("3月5日，市总工会走访慰问劳模。", "visit"),
])
def test_extraction_event_type_is_the_head_trigger_of_the_first_clause(sentence, kind):
    assert event_type(sentence) == kind


def test_extraction_dated_lede_without_trigger_is_the_headlines_event():
    text = "7月13日，县总工会主席王振华带队，先后到环卫所、建筑工地，为一线职工带去清凉。"
    [draft] = find_events(text, split_sentences(text), year=2022, headline="县总工会开展“送清凉”活动")
    assert (draft.date.value, draft.event_type, draft.label) == ("2022-07-13", "aid", "县总工会开展“送清凉”活动")
    assert find_events(text, split_sentences(text), year=2022, headline="一线职工的夏天") == []


def test_extraction_event_named_by_the_headline_when_its_sentence_names_none():
    text = "7月12日上午，区总工会副主席刘海燕一行来到建宁街道，为一线环卫工人送去防暑降温物品。"
    [draft] = find_events(text, split_sentences(text), year=2023, headline="区总工会为环卫工人送清凉")
    assert (draft.label, draft.event_type) == ("区总工会为环卫工人送清凉", "aid")
    text = "3月5日，市总工会召开了全市工会工作会议。"
    [draft] = find_events(text, split_sentences(text), year=2023, headline="市总工会部署全年工作")
    assert (draft.label, draft.event_type) == ("全市工会工作会议", "meeting")


@pytest.mark.parametrize("sentence, label, kind", [
    ("3月5日，市总工会召开了全市工会工作会议。", "全市工会工作会议", "meeting"),
    ("3月5日上午，市职工服务中心正式开馆。", "市职工服务中心开馆", "ceremony"),
    ("3月5日，市总工会组织开展了“金秋”节日慰问活动。", "“金秋”节日慰问活动", "visit"),
    ("5月5日，由市总工会、市人社局联合举办的全市职工技能大赛开赛。", "全市职工技能大赛", "competition"),
    ("5月7日，区总工会在汉冶街道举办职工心理健康讲座。", "职工心理健康讲座", "training"),
    ("6月13日，郑州市2022年“安康杯”竞赛活动启动仪式在中牟县举行。", "郑州市2022年“安康杯”竞赛活动启动仪式", "ceremony"),
])
def test_extraction_event_labels_and_types(sentence, label, kind):
    assert event_label(sentence, sentence.index("，")) == label
    assert event_type(sentence) == kind


def test_extraction_deadlines_are_no_events():
    text = "会议要求，要以10月底为完成时限。3月5日，市总工会召开会议。"
    events = find_events(text, split_sentences(text), year=2021)
    assert [e.date.value for e in events] == ["2021-03-05"]


def test_extraction_a_relative_day_in_a_quote_is_no_event():
    """“今天我们开展这项活动非常有意义。”王建国说道: the day someone speaks of, not a second event dated by the
    page (a date written out in quotes, “12月4日”国家宪法日, is still a date)."""
    import datetime as dt

    text = ("1月20日，市总工会开展“腊八飘香”献爱心活动。“今天我们开展这项活动非常有意义。环卫工人十分辛苦。”"
            "王建国说道。")
    events = find_events(text, split_sentences(text), year=2021, published=dt.date(2021, 1, 29))
    assert [e.date.value for e in events] == ["2021-01-20"]


def test_extraction_document_from_a_small_page():
    text = ("本报讯（记者刘洋）3月5日上午，九江市总工会召开全市工会工作推进会。市总工会党组书记、常务副主席"
            "王建国出席会议并讲话，市总工会副主席李红梅主持会议。\n\n王建国指出，要抓好落实。\n\n"
            "全市工会工作推进会召开\n")
    page = Page("2021-03-06_p1.txt", text, text, "utf-8")
    import datetime as dt

    page = Page(page.source, text, text, "utf-8", dt.date(2021, 3, 6))
    doc = extract_document([page])
    assert len(doc.articles) == 1 and doc.articles[0].headline == "全市工会工作推进会召开"
    [event] = doc.events.values()
    assert (event.date.value, event.event_type, event.organisers) == ("2021-03-05", "meeting", ("九江市总工会",))
    roles = {(p.person, p.role) for p in doc.participations}
    assert ("王建国", "attend") in roles and ("李红梅", "preside") in roles
    assert "刘洋" not in {p.person for p in doc.participations}
    posts = {(p.holder, p.label, p.organisation) for p in doc.posts}
    assert ("王建国", "常务副主席", "九江市总工会") in posts


def test_extraction_posts_take_their_body_from_the_list_and_governments_from_the_level():
    text = ("本报讯（记者刘洋）3月5日，九江市总工会召开推进会。省总工会党组成员、副主席赵志刚，市委副书记、"
            "市长周建华，市总工会常务副主席王建国、副主席李红梅出席会议。各乡镇（街道）工会负责人参加会议。\n")
    import datetime as dt

    doc = extract_document([Page("p.txt", text, text, "utf-8", dt.date(2021, 3, 6))])
    posts = {(p.holder, p.label, p.organisation) for p in doc.posts}
    assert {("赵志刚", "省总工会党组成员", "江西省总工会"), ("赵志刚", "副主席", "江西省总工会"),
            ("周建华", "市委副书记", "中共九江市委"), ("周建华", "市长", "九江市人民政府"),
            ("李红梅", "副主席", "九江市总工会")} <= posts
    assert "九江市人民政府" in doc.organisations
    assert not any("）" in name for name in doc.organisations)
    assert "九江市人民政府" in doc.facts[0].organisations  # the report names it, by its head's title


def test_extraction_a_report_on_a_deputy_mayor_names_the_citys_government():
    doc = page_document("本报讯 8月17日下午，许昌市副市长钱望舒来到一线职工中，看望慰问环卫工人。市总工会主席李海陪同。\n")
    assert "许昌市人民政府" in doc.facts[0].organisations
    assert doc.organisations["许昌市人民政府"].aliases == ()


@pytest.mark.parametrize("text, expected", [
    ("3月5日，全市工会工作会议召开。会议由市总工会副主席李红梅主持。", [("李红梅", "preside")]),
    ("3月5日，全市工会工作会议召开。出席会议的领导有：市总工会主席王建国、副主席李红梅。",
     [("王建国", "attend"), ("李红梅", "attend")]),
    ("3月5日，省总工会副主席赵志刚一行到九江市调研职工服务中心建设。", [("赵志刚", "inspect")]),
    ("3月5日，全市工会工作会议召开。王建国、李红梅等市领导出席会议。", [("王建国", "attend"), ("李红梅", "attend")]),
    ("2月8日，在市委副书记、市总工会主席黄晓燕的陪同下，慰问团走访慰问了劳模。", [("黄晓燕", "accompany")]),
    ("2月8日，市总工会走访慰问劳模谢长根。谢长根1957年冬参加工作，是全国劳动模范。", []),
    ("3月5日，市总工会举行揭牌仪式。市总工会主席王建国和市文联主席李红梅共同为职工书屋揭牌。",
     [("王建国", "unveil"), ("李红梅", "unveil")]),
    ("3月5日，全市劳模座谈会召开。市总工会主席王建国、副主席李红梅分别致辞。", [("王建国", "address"), ("李红梅", "address")]),
    # posts without a name, then staff, share the list's verb
    ("7月15日，街道总工会开展送清凉活动。街道总工会主席王建国，支行行长李红梅，社区办公室主任、商会党支部书记，"
     "街道总工会工作人员参加活动。", [("王建国", "participate"), ("李红梅", "participate")]),
    # bodies' leaders after the list share its verb: …李红梅，县总工会及江洪镇领导参加调研
    ("5月29日，市总工会主席王建国莅临江洪镇调研指导工作。县委常委、统战部部长李红梅，县总工会及江洪镇领导参加调研。",
     [("王建国", "attend"), ("李红梅", "participate")]),
    # a list that says where its people come from (来自…的) opens a clause
    ("3月15日，市总工会召开劳模工匠代表座谈交流会。会上，来自我市企事业单位的王建国、李红梅等9名劳模代表作了交流发言。",
     [("王建国", "speak"), ("李红梅", "speak")]),
    # a speaker to the retired (离退休干部) tells of no retirement of his own
    ("1月14日，市总工会召开机关离退休干部新春茶话会。市总工会主席王建国同志代表市总工会党组向机关离退休干部致以节日的问候。",
     [("王建国", "other")]),
    # a title that opens with a numeral's words: 全国五一|奖章获得者
    ("3月31日，职工技能竞赛启动仪式举行。全国五一奖章获得者、长江钢构有限公司职工王建国，武汉五一奖章获得者、办公室队长李红梅"
     "等5名职工代表宣读了倡议书。", [("王建国", "speak"), ("李红梅", "speak")]),
    # a deed that says who the names are opens their clause (受表彰的…)
    ("12月7日，全省劳模表彰大会在兰州市举行。当晚，赴兰受表彰的我市省级劳动模范王建国载誉归来。", [("王建国", "other")]),
    # … but not one who only speaks of it afterwards; nor a report's background (据悉，…), told after its event
    ("5月5日，全市焊工职业技能竞赛举行。获得焊工一等奖的职工王建国说，工会搭台让我们有了舞台。", []),
    ("3月5日，全市劳模座谈会召开。据悉，市总工会副主席王建国荣获今年“全国五一劳动奖章”。", []),
    # company that ends with a body's unnamed officials; the subject's deed is in the clause after it
    ("7月30日，市总工会主席王建国在园区党工委委员、总工程师李红梅及管委会工会负责人的陪同下，看望高温一线工作者。",
     [("王建国", "visit"), ("李红梅", "accompany")]),
    ("5月31日上午，县总工会主席王建国在“六一”儿童节前夕，先后深入县直幼儿园慰问困难职工子女。", [("王建国", "visit")]),
    # who is invited, then the names, closed by 等 and a count of teachers (老师), then their verb
    ("3月7日，公开课在学院举行，活动邀请全省教学竞赛特等奖获得者王建国等4位老师分别开展示范课程巡讲。",
     [("王建国", "other")]),
    ("10月22日，全市法律知识竞赛举行。大赛邀请了财经大学副院长王建国担任评委。", [("王建国", "other")]),
    # words that only say who the person is open the clause (…和先进工作者代表|王建国宣读; 京剧院国家一级演员|王建国表演)
    ("4月26日，劳动模范表彰大会召开。市劳动模范和先进工作者代表王建国宣读倡议书。", [("王建国", "speak")]),
    ("10月25日，职工文艺汇演举行。市京剧院国家一级演员王建国现场表演京剧选段。", [("王建国", "other")]),
    # … but not whom someone visits, nor one who only speaks
    ("1月9日，市总工会副主席王建国一行先到国家劳模李红梅家中进行慰问。", [("王建国", "visit")]),
    ("4月29日，书法进万家活动举行。“感谢工会。”退休职工书法爱好者王建国说。", []),
    # a list closed by 等 and a comma: its verb in the clause after the comma
    ("4月28日，职工宣讲会举行。包头市劳动模范王建国等，以视频展播与现场互动的形式讲述奋斗故事。", [("王建国", "other")]),
    # who is elected to a post takes no part by it; nor does a hall named after a person, nor one who has died
    ("12月22日，市总工会召开全委会议。会议选举李红梅同志为市总工会主席，王建国同志为市总工会常务副主席。", []),
    ("12月10日，县总工会组织党员干部开展主题实践活动。王建国劳模展示馆收集整理了珍贵史料。", []),
    ("12月10日，县总工会组织党员干部开展主题实践活动。王建国生前奋战在一线。", []),
    # the paper's own city before a title (我|市总工会…主席王建国陪同)
    ("3月1日，县总工会主席李红梅一行来我市考察交流，我市总工会党组书记、主席王建国陪同考察。",
     [("李红梅", "inspect"), ("王建国", "accompany")]),
    ("9月23日，全总发布首批大国工匠，我市奇瑞汽车股份有限公司首席技师王建国入选。", []),  # … not its honoured people
    # those a leader leads as a party (带领…等一行) go too; a post (副调研员) names no inspection
    ("7月14日上午，区总工会主席王建国带领区工会常务副主席李红梅、副调研员张宁等一行，来到工地慰问一线工人。",
     [("王建国", "other"), ("李红梅", "visit"), ("张宁", "visit")]),
    # a body's newly elected leaders, named after the collective word
    ("4月16日，市工会第四次代表大会召开。会上，新当选的市总工会第四届领导班子成员王建国、李红梅与全体代表见面并致谢。",
     [("王建国", "other"), ("李红梅", "other")]),
    # officials of several bodies, each after a semicolon, a title of the supervisory commission among them
    ("8月8日，市政协常委，市总工会副主席李红梅；市政协委员，市职业学院党委委员、纪委书记、监察专员王建国等到水泥公司"
     "开展“送清凉”活动。", [("李红梅", "other"), ("王建国", "other")]),
])
def test_extraction_participation_patterns(text, expected):
    from graphbuilder.events import find_participations

    sentences = split_sentences(text)
    events = find_events(text, sentences, year=2021)
    persons = find_persons(text, known=("王建国",))
    found = [(p.person.name, p.role) for p in find_participations(text, sentences, persons, events)]
    assert found == expected


def test_extraction_misprint_of_a_known_name_is_found():
    from graphbuilder.organisations import find_misprints

    text = "1990年，九江市职工俱乐部更名为九江市工人文化官，九江市总工作会议召开。"
    start = text.index("九江市工人文化官")
    assert find_misprints(text, ["九江市工人文化宫", "九江市总工会"]) == [(start, start + 8, "九江市工人文化宫")]


def test_extraction_officials_listed_with_commas_share_the_verb():
    from graphbuilder.events import find_participations

    text = "4月29日，职工运动会举行。县委常委、组织部部长刘明远，县总工会主席郭红出席开幕式。"
    sentences = split_sentences(text)
    events = find_events(text, sentences, year=2022)
    persons = find_persons(text)
    assert [(p.person.name, p.role) for p in find_participations(text, sentences, persons, events)] == [
        ("刘明远", "attend"), ("郭红", "attend")]


def test_extraction_officials_listed_with_commas_after_a_listing_clause():
    from graphbuilder.events import find_participations

    text = ("9月16日上午，市职工服务中心揭牌仪式举行。出席揭牌仪式的领导还有：市总工会党组书记、常务副主席陈立新，"
            "市政协副主席周德华。")
    sentences = split_sentences(text)
    events = find_events(text, sentences, year=2021)
    persons = find_persons(text)
    assert [(p.person.name, p.role) for p in find_participations(text, sentences, persons, events)] == [
        ("陈立新", "attend"), ("周德华", "attend")]


def test_extraction_model_name_running_into_a_verb_is_trimmed():
    text = "县总工会主席郭红出席。郭红致开幕辞。"
    found = find_persons(text, ner_spans=[(11, 14, "PER")])
    assert [m.name for m in found] == ["郭红", "郭红"]


_NEWSY = st.text(st.sampled_from(list("本报讯记者王李张市总工会副主席出席会议并讲话、，。9月日县村镇我市“”（）\n 某")), max_size=200)


@settings(max_examples=150, deadline=None)
@given(_NEWSY)
def test_extraction_every_span_is_the_slice_of_its_text(text):
    gaz = Gazetteer.load()
    context = PlaceContext(province=gaz.resolve("江西省"), city=gaz.resolve("九江市"))
    for person in find_persons(text):
        assert text[person.start:person.end] == person.name
        for title, start, end in person.titles:
            assert text[start:end] == title
    for org in find_organisations(text, gaz):
        assert text[org.start:org.end] == org.text
    for place in find_places(text, gaz, context):
        assert text[place.start:place.end] == place.text
    sentences = split_sentences(text)
    for event in find_events(text, sentences, year=2021):
        assert (event.start, event.end) in sentences


def test_extraction_article_about_a_county_level_city_reads_its_own_city_forms():
    import datetime as dt

    text = ("新乡市总工会慰问劳模\n\n本报讯（记者 刘洋）3月5日，新乡市总工会走访慰问劳模。\n\n"
            "卫辉市举行职工篮球赛\n\n本报讯（通讯员 陈静）5月20日，卫辉市第五届职工篮球赛在市体育馆举行，"
            "全市16支代表队参赛。副市长周立新宣布比赛开幕，市总工会主席王朝阳致辞。\n\n"
            "市总工会走进卫辉市\n\n本报讯（记者 刘洋）5月21日，市总工会副主席李红梅到卫辉市唐庄镇调研。\n")
    doc = extract_document([Page("p.txt", text, text, "utf-8", dt.date(2022, 5, 26))])
    assert doc.facts[1].organisations == ("卫辉市总工会", "卫辉市人民政府")  # 副市长: the city's government
    assert "卫辉市" in doc.facts[1].places and "新乡市" not in doc.facts[1].places
    posts = {(p.holder, p.organisation) for p in doc.posts}
    assert {("周立新", "卫辉市人民政府"), ("王朝阳", "卫辉市总工会"), ("李红梅", "新乡市总工会")} <= posts
    assert [e.event_type for e in doc.events.values()][1] == "competition"


@pytest.mark.parametrize("text, name", [
    ("本报讯（通讯员 阿依古丽·买买提）3月5日，市总工会举行大会。", "阿依古丽·买买提"),
    ("3月5日，维吾尔族职工阿依古丽·买买提说，她很高兴。", "阿依古丽·买买提"),
])
def test_extraction_transliterated_names_keep_their_middle_dot(text, name):
    found = [m.name for m in find_persons(text, [(text.index(name[:2]), text.index("·"), "PER")])]
    assert name in found and not any(n.endswith("·") for n in found)


def test_extraction_a_transliterated_name_the_model_cut_one_character_after_its_dot():
    text = "5月29日，九师党委常委、副政委吐尔逊拜·达那别克和师总工会主要领导前往团场慰问。"
    start = text.index("吐尔逊拜")
    assert names(text, ner_spans=[(start, start + 6, "PER")]) == [("吐尔逊拜·达那别克", ["九师党委常委", "副政委"])]


def test_extraction_provincial_paper_reads_each_articles_own_city():
    import datetime as dt

    text = ("本报讯（记者 王红）5月10日，开封市总工会举办职工技能大赛。市总工会主席李军出席开幕式并致辞。\n\n"
            "开封举办职工技能大赛\n\n本报讯（记者 王红）5月8日，新乡市总工会召开会议。市总工会党组书记周涛讲话。\n\n"
            "新乡召开工会会议\n\n本报讯（记者 王红）5月7日，新乡市总工会走访劳模。市总工会副主席郑丽参加活动。\n\n"
            "新乡走访劳模\n\n本报讯（记者 王红）5月6日，洛阳市总工会考察团来我市考察。市总工会副主席赵强陪同。\n\n"
            "洛阳考察团来我市\n")
    doc = extract_document([Page("p.txt", text, text, "utf-8", dt.date(2023, 5, 12))])
    posts = {(p.holder, p.organisation) for p in doc.posts}
    assert {("李军", "开封市总工会"), ("周涛", "新乡市总工会"), ("郑丽", "新乡市总工会"), ("赵强", "新乡市总工会")} <= posts


def test_extraction_title_takes_the_whole_organisation_the_model_found():
    text = "经过激烈角逐，国网南阳供电公司选手王鹏飞获得第一名。"
    org = (text.index("国网"), text.index("选手"), "ORG")
    person = (text.index("王鹏飞"), text.index("获得"), "PER")
    [mention] = find_persons(text, [org, person])
    assert [t[0] for t in mention.titles] == ["国网南阳供电公司选手"]
    assert [t[0] for t in find_persons(text, [person])[0].titles] == ["国网南阳供电公司选手"]  # 供电 in a body's name
    text = "陪同调研的有市总工会副主席刘洋。"  # the model's 有市总工会 starts with a verb: not taken
    spans = [(text.index("有市"), text.index("副主席"), "ORG"), (text.index("刘洋"), text.index("。"), "PER")]
    assert [t[0] for t in find_persons(text, spans)[0].titles] == ["市总工会副主席"]


@pytest.mark.parametrize("predicate, label", [
    ("出席开班仪式并讲话", "出席并讲话"),
    ("作总结讲话", "作总结讲话"),  # role words the text writes together stay together
    ("出席开班仪式并作动员讲话", "出席并作动员讲话"),
    ("陪同调研", "陪同调研"),
])
def test_extraction_role_label_as_the_text_joins_its_words(predicate, label):
    from graphbuilder.events import _role

    assert _role(predicate)[0] == label


def test_extraction_bare_department_after_its_committees_title_and_a_body_named_by_kind():
    text = ("本报讯 3月6日下午，偃师区总工会召开工会工作会议。区委常委、统战部部长吴海涛出席会议。\n\n"
            "偃师区召开工会工作会议\n\n"
            "本报讯 3月8日，中国石化洛阳分公司工会举办主题活动，公司工会副主席王丽娟主持。\n\n洛阳石化工会举办活动\n")
    document = page_document(text, city="洛阳市")
    posts = {(p.holder, p.label): p.organisation for p in document.posts}
    assert posts[("吴海涛", "统战部部长")] == "中共偃师区委统战部"
    assert posts[("王丽娟", "公司工会副主席")] == "中国石化洛阳分公司工会"
    assert "统战部" not in document.organisations


def test_extraction_province_and_city_bodies_named_together():
    """由省市总工会联合主办, 省、市总工会领导: the province's union and the city's; 湖北省|市场监督管理局 stays one body."""
    text = ("本报讯 10月12日，由省市总工会联合主办的职工文化节在市工人文化宫开幕。省、市总工会领导出席开幕式。"
            "湖北省市场监督管理局派员参加。\n\n职工文化节开幕\n")
    organisations = page_document(text, city="武汉市").organisations
    assert {"湖北省总工会", "武汉市总工会", "湖北省市场监督管理局"} <= set(organisations)
    assert not [name for name in organisations if "省市总工会" in name]


def test_extraction_a_place_then_a_preposition_is_no_body():
    """到延吉市就工会重点工作…调研: what the visit is about follows 就, no body 延吉市就工会; 延吉市就业服务中心 is one."""
    text = ("本报讯 9月10日，州总工会副主席钱望舒到延吉市就工会重点工作开展情况进行调研，并走访延吉市就业服务中心。"
            "\n\n州总工会到延吉市调研\n")
    organisations = page_document(text).organisations
    assert "延吉市就业服务中心" in organisations
    assert not [name for name in organisations if "就工会" in name]


def test_extraction_shared_title_and_a_city_written_out_before_its_mayor():
    text = ("本报讯 10月10日，许昌市总工会举办书画展。市总工会主席李军，副主席张丽、宋建国出席。"
            "禹州市副市长周鹏为获奖选手颁奖。\n\n书画展开幕\n")
    document = page_document(text, city="许昌市")
    posts = {(p.holder, p.label): p.organisation for p in document.posts}
    assert posts[("宋建国", "副主席")] == posts[("张丽", "副主席")] == "许昌市总工会"
    assert posts[("周鹏", "禹州市副市长")] == "禹州市人民政府"


def test_extraction_a_mayor_after_the_citys_short_name_heads_its_government():
    document = page_document("本报讯 4月26日，绍兴市举行劳模表彰大会。绍兴市委书记钱望舒、绍兴市长李海出席。", city="绍兴市")
    posts = {(p.holder, p.label): p.organisation for p in document.posts}
    assert posts[("李海", "绍兴市长")] == "绍兴市人民政府"


@pytest.mark.parametrize("text, expected", [
    ("市总工会组织劳模宣讲团走进企业，全国劳动模范王刚为职工宣讲。", ["王刚"]),  # 劳模|宣讲团: a verb, no name
    ("市总工会党组书记崔永强，市委宣传部副部长杜鹃出席。", ["崔永强", "杜鹃"]),  # 宣传部 is a body
])
def test_extraction_no_person_from_a_verb_or_a_body_next_to_a_post(text, expected):
    assert [name for name, _ in names(text)] == expected


def test_extraction_committee_of_a_county_with_a_one_character_name(gaz):
    you = PlaceContext(gaz.resolve("湖南省"), gaz.resolve("株洲市"), gaz.resolve("攸县"))
    assert [canonical_name(s, you, gaz) for s in ("县委", "攸县县委", "县委宣传部", "县总工会")] == [
        "中共攸县县委", "中共攸县县委", "中共攸县县委宣传部", "攸县总工会"]


def test_extraction_autonomous_regions_union_and_an_office_named_after_a_post(gaz):
    guangxi = PlaceContext(gaz.resolve("广西壮族自治区"), gaz.resolve("柳州市"))
    text = "全国总工会党组成员、书记处书记王俊治到广西调研，自治区总工会党组书记黄海昆陪同。"
    spans = [(text.index("书记处"), text.index("书记王"), "ORG")]  # the model's 书记处: an office, no body
    found = [m.text for m in find_organisations(text, gaz, spans)]
    assert found == ["全国总工会", "自治区总工会"]
    assert canonical_name("自治区总工会", guangxi, gaz) == "广西壮族自治区总工会"


def test_extraction_model_organisation_that_ran_into_a_title_and_a_name_is_cut(gaz):
    text = "全国五一劳动奖章获得者、湖南中联重科智能技术有限公司高级技师司马建军与学生交流。"
    spans = [(text.index("湖南"), text.index("与"), "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["湖南中联重科智能技术有限公司"]


def test_extraction_a_report_naming_only_a_township_is_about_its_county(gaz):
    from graphbuilder.extract import article_county

    jiaozuo = PlaceContext(gaz.resolve("河南省"), gaz.resolve("焦作市"))
    text = "7月6日，县总工会联合郇封镇党委在郇封镇小文案村举办培训班。"
    county = article_county(text, gaz, jiaozuo)
    assert county is not None and county.name == gaz.ancestors(gaz.lookup("郇封镇")[0])[0].name
    assert article_county("7月6日，县总工会举办培训班。", gaz, jiaozuo) is None


def test_extraction_byline_roles_are_posts_however_the_byline_is_spaced():
    text = ("本报讯（记者 张  磊 通讯员 刘晓燕）7月10日，市总工会召开座谈会。市总工会主席王建国出席。\n\n"
            "市总工会召开座谈会\n")
    doc = page_document(text, city="郑州市")
    assert {(p.holder, p.label) for p in doc.posts} >= {("张磊", "记者"), ("刘晓燕", "通讯员")}
    assert doc.persons["刘晓燕"].titles == ("通讯员",)


def test_extraction_padded_names_inside_running_text_after_a_post_or_a_list():
    text = ("4月27日，全市劳动模范表彰大会召开。县委副书记、县长张  巍为劳模颁奖，"
            "市领导刘长春、于  静出席会议。\n\n表彰大会召开\n")
    doc = page_document(text, city="淄博市")
    assert {"张巍", "于静"} <= set(doc.persons)
    assert doc.persons["张巍"].titles == ("县委副书记", "县长")


def test_extraction_a_page_that_says_our_county_is_that_countys_paper(gaz):
    from graphbuilder.extract import county_paper

    shijiazhuang = PlaceContext(gaz.resolve("河北省"), gaz.resolve("石家庄市"))
    text = "6月28日，县总工会举办培训班。\n\n6月21日，我县“工匠”颁奖仪式举行。正定县第一建筑公司赵国庆获奖。\n"
    context = county_paper(text, gaz, shijiazhuang)
    assert (context.county.name, context.city.name) == ("正定县", "石家庄市")
    assert county_paper(text.replace("我县", "全市"), gaz, shijiazhuang) == shijiazhuang  # a city paper
    doc = page_document(text)
    assert "正定县总工会" in doc.organisations


@pytest.mark.parametrize("text, expected", [
    ("石家庄市总工会法律部部长韩雪松授课。", ["石家庄市总工会"]),  # 工会法律部 is no 工会法
    ("修武县总工会法规定，", []),
    ("全县乡镇总工会、县直机关工会及非公企业工会负责人参加培训。", ["县直机关工会"]),  # 非公企业工会: a kind
    ("会议选举产生了新一届职工代表团团长。", []),  # the next term's delegation, no body's name
    ("市总工会党组成员、经审会主任马志远通报情况。", ["市总工会"]),  # 经审会: the union's committee, by kind
    ("选举产生了新一届市总工会委员会。", ["市总工会"]),  # the union's committee is the union
    ("中共焦作市委员会召开会议。", ["焦作市委"]),  # 市委员会 is not cut to 市
])
def test_extraction_union_departments_and_kinds_of_union(gaz, text, expected):
    from graphbuilder.ner import tag_entities

    assert [m.text for m in find_organisations(text, gaz, tag_entities(text))] == expected


def test_extraction_a_township_name_of_many_counties_is_a_place_only_where_the_text_chains_it(gaz):
    shijiazhuang = PlaceContext(gaz.resolve("河北省"), gaz.resolve("石家庄市"), gaz.resolve("正定县"))
    text = "正定县新城铺镇总工会联合镇卫生院开展义诊活动。"  # 联合: together with
    assert [p.name for p in find_places(text, gaz, shijiazhuang)] == ["正定县", "新城铺镇"]
    shangqiu = PlaceContext(gaz.resolve("河南省"), gaz.resolve("商丘市"))
    [district, street] = find_places("在睢阳区古城街道职工服务中心", gaz, shangqiu)
    assert (street.name, street.parent) == ("古城街道", district.name)


def test_extraction_a_relative_body_in_a_chain_after_a_county_level_citys_title():
    text = ("7月11日，市总工会副主席钱卫东到登封市告成镇调研。登封市委常委、市总工会主席孙红霞，"
            "巩义市政府副市长、市总工会主席李娜陪同调研。市委常委、市总工会主席王建国讲话。")
    doc = page_document(text, city="郑州市")
    assert {(p.holder, p.organisation) for p in doc.posts if p.label == "市总工会主席"} == {
        ("孙红霞", "登封市总工会"), ("李娜", "巩义市总工会"), ("王建国", "郑州市总工会")}


def test_extraction_a_title_naming_its_body_by_kind_after_another_bodys_title():
    text = ("7月10日，市总工会与郑州高新区管委会签约仪式举行。高新区党工委副书记、管委会主任李振华致辞。")
    doc = page_document(text, city="郑州市")
    assert {p.label: p.organisation for p in doc.posts if p.holder == "李振华"}["管委会主任"] == "郑州高新区管委会"


@pytest.mark.parametrize("text, expected", [
    ("市委常委、统战部部长，市总工会主席沈建平陪同慰问。", [("沈建平", ["市委常委", "统战部部长", "市总工会主席"])]),
    ("市委书记马晓磊，市长宋振波出席。", [("马晓磊", ["市委书记"]), ("宋振波", ["市长"])]),
])
def test_extraction_a_comma_between_two_whole_titles_continues_the_chain(text, expected):
    assert names(text) == expected


def test_extraction_a_bodys_signature_under_a_brief_report_is_no_person():
    from graphbuilder.persons import is_plausible_name

    assert not is_plausible_name("张区工") and not is_plausible_name("李市总")
    assert is_plausible_name("陈镇江") and is_plausible_name("王县")
    text = "连日来，张店区总工会走访慰问困难职工23户。区总工会主席李倩表示，将持续做好帮扶工作。\n（张区工）\n"
    doc = page_document(text, city="淄博市")
    assert "张区工" not in doc.persons and "李倩" in doc.persons


@pytest.mark.parametrize("text, zones", [
    ("签约仪式在郑州高新区举行。", [("郑州高新区", "郑州市")]),
    ("焦作市城乡一体化示范区工会开展活动。", [("焦作市城乡一体化示范区", "焦作市")]),
    ("郑州市召开新区建设会议。", []),  # a verb between the city and the zone word
])
def test_extraction_zones_named_after_their_city_are_places(gaz, text, zones):
    zhengzhou = PlaceContext(gaz.resolve("河南省"), gaz.resolve("郑州市"))
    assert [(p.name, p.parent) for p in find_places(text, gaz, zhengzhou) if p.level == "other"] == zones


def test_extraction_a_models_name_that_ran_into_a_function_word_is_cut():
    text = "区总工会主席罗刚、区人社局局长唐建到现场指导。"
    start = text.index("唐建")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [
        ("罗刚", ["区总工会主席"]), ("唐建", ["区人社局局长"])]


def test_extraction_an_employee_of_a_unit_is_a_title():
    assert names("第十四事业部员工刘洋发言。") == [("刘洋", ["事业部员工"])]
    assert names("职工国标舞队表演了节目。") == []


def test_extraction_a_title_chain_whose_first_title_was_not_read_still_opens_the_clause():
    text = ("6月9日，劳模创新工作室授牌仪式在湘潭市工人文化宫举行。湘电集团电机事业部“周建雄劳模创新工作室”"
            "领衔人、全国劳动模范周建雄代表获授牌工作室发言。")
    doc = page_document(text, city="湘潭市")
    [part] = doc.participations
    assert part.person == "周建雄" and part.role_label.endswith("发言")


def test_extraction_same_day_refers_to_the_date_before():
    text = ("8月8日是第15个全国全民健身日。当天上午，包头市职工健步走活动在赛汗塔拉城中草原举行，"
            "全市2000余名职工参加。")
    events = find_events(text, split_sentences(text), year=2023)
    assert [e.date.value for e in events] == ["2023-08-08"]
    assert find_events("当天上午，职工健步走活动举行。", split_sentences("当天上午，职工健步走活动举行。"),
                       year=2023)[0].date is None  # no date before it


def test_extraction_a_unions_publicity_signature_is_no_name():
    from graphbuilder.persons import is_plausible_name

    assert not any(is_plausible_name(n) for n in ("江工宣", "包工", "李总"))


def test_extraction_a_county_level_citys_paper_given_by_city():
    text = "8月16日，市总工会在红旗渠干部学院举办培训班。市委常委、组织部部长王强出席开班仪式。我市200名职工参加。"
    doc = page_document(text, city="林州市")
    assert {"林州市总工会", "中共林州市委"} <= set(doc.organisations)
    assert "安阳市总工会" not in doc.organisations
    assert "林州市" in doc.places


def test_extraction_organisers_said_in_a_sentence_of_their_own():
    text = ("8月8日上午，包头市职工健步走活动在赛汗塔拉城中草原举行，全市2000余名职工参加。"
            "活动由市总工会、市体育局主办。")
    doc = page_document(text, city="包头市")
    [event] = doc.events.values()
    assert set(event.organisers) == {"包头市总工会", "包头市体育局"}


def test_extraction_a_provincial_pages_article_opening_with_another_city_of_the_province():
    text = ("张家口市总工会开展冬训活动\n\n2月5日，张家口市总工会在崇礼区举办培训班。张家口市总工会党组书记冯建国作动员。\n\n"
            "保定市举办职工冰雪运动会\n\n2月3日，保定市第三届职工冰雪运动会在涞源县开幕。市总工会主席孙海燕致辞。\n")
    assert held(page_document(text))["孙海燕"] == "保定市总工会"


def test_extraction_a_page_of_another_provinces_paper_in_a_folder_keeps_its_own_city():
    zhengzhou = "7月10日，郑州市总工会在郑州市举行签约仪式。郑州市总工会主席王建国出席。"
    yichun = "日前，市总工会职工志愿服务总队成立。袁州区委常委、区总工会主席黄国华出席。"
    doc = extract_document([Page(f"{n}.txt", t, t, "utf-8") for n, t in (("a", zhengzhou), ("b", zhengzhou),
                                                                        ("c", yichun))])
    assert "宜春市总工会" in doc.organisations and "袁州区总工会" in doc.organisations


def test_extraction_a_minority_name_of_four_or_more_characters_after_a_post():
    text = "内蒙古自治区总工会副主席乌云其其格、自治区总工会副主席萨仁高娃出席。"
    spans = [(text.index("乌云"), text.index("、"), "PER"), (text.index("萨仁"), text.index("出席"), "PER")]
    assert [n for n, _ in names(text, ner_spans=spans)] == ["乌云其其格", "萨仁高娃"]
    assert names("会议由张三李四王五主持。", ner_spans=[(3, 9, "PER")]) == []  # no post before


def test_extraction_a_unions_own_committee_in_a_title_is_the_union(gaz):
    text = "长虹集团工会女职工委员会主任杨雪梅作交流发言。"
    spans = [(0, text.index("主任"), "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["长虹集团工会"]


def test_extraction_a_county_level_citys_paper_known_by_its_masthead():
    text = ("义乌商报\n2023年11月10日\n\n本报讯 （记者 楼  婷）近日，市总工会组织30名劳模工匠赴金华市疗休养。"
            "劳模们与金华市总工会劳模代表座谈交流。市总工会副主席楼建军参加座谈。\n劳模工匠赴金华疗休养\n")
    doc = page_document(text)
    assert held(doc)["楼建军"] == "义乌市总工会"
    assert "金华市总工会" in doc.organisations


def test_extraction_a_provincial_papers_article_reads_the_city_it_names_most():
    text = ("安徽工人日报\n2024年3月20日 第2版\n\n省总工会领导到金寨调研\n本报讯（记者 汪  洋）3月18日，省总工会副主席"
            "刘军一行到六安市金寨县调研。六安市副市长许德胜，市总工会主席钱莉陪同调研。\n\n芜湖举办招聘会\n"
            "本报讯 日前，芜湖市总工会在芜湖市举办招聘会。芜湖市总工会主席杨柳出席。\n")
    doc = page_document(text)
    holders = held(doc)
    assert holders["钱莉"] == "六安市总工会" and holders["刘军"] == "安徽省总工会"


@pytest.mark.parametrize("surface, canonical", [
    ("市政协", "政协成都市委员会"),
    ("成都市政协", "政协成都市委员会"),
    ("市经信局", "成都市经济和信息化局"),
])
def test_extraction_canonical_names_of_a_citys_bodies(gaz, surface, canonical):
    context = PlaceContext(province=gaz.resolve("四川省"), city=gaz.resolve("成都市"))
    assert canonical_name(surface, context, gaz) == canonical


def test_extraction_a_bodys_numbered_congress_is_not_the_body(gaz):
    text = "3月15日，淮北矿业集团第十届职工代表大会第三次会议召开。"
    spans = [(text.index("淮北"), text.index("第三次"), "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["淮北矿业集团"]


def test_extraction_a_departments_verbal_nouns_stay_in_the_title():
    text = "邀请省人社厅劳动关系处处长梁志勇授课。"
    spans = [(text.index("梁志勇"), text.index("授课"), "PER")]
    assert names(text, ner_spans=spans) == [("梁志勇", ["省人社厅劳动关系处处长"])]


def test_extraction_a_name_that_is_also_a_word_right_after_a_post():
    text = "金华市总工会副主席方圆参加座谈。"
    assert names(text, ner_spans=[(text.index("方圆"), text.index("参加"), "PER")]) == [("方圆", ["金华市总工会副主席"])]
    text = "会议讨论了方圆百里的规划。"
    assert names(text, ner_spans=[(text.index("方圆"), text.index("百里"), "PER")]) == []


def test_extraction_a_venue_the_model_found_where_an_event_is_held(gaz):
    text = "4月26日上午，表彰大会在锦城艺术宫举行。职工们走进锦城艺术宫参观。"
    spans = [(text.index("锦城"), text.index("举行"), "LOC"), (text.rindex("锦城"), text.rindex("参观"), "LOC")]
    found = find_places(text, gaz, PlaceContext(), spans)
    assert [(p.name, p.start, p.level) for p in found] == [("锦城艺术宫", text.index("锦城"), "venue")]
    text = "大会在市会议中心举行。"
    assert find_places(text, gaz, PlaceContext(), [(2, text.index("举行"), "LOC")]) == []  # relative: not read


def test_extraction_a_districts_body_by_the_full_form_the_text_gives():
    text = "学员们到广州市白云区总工会快递员之家现场教学。白云区总工会主席冯洁介绍经验。"
    doc = page_document(text, city="广州市")
    assert "广州市白云区总工会" in doc.organisations and "白云区总工会" not in doc.organisations
    assert held(doc)["冯洁"] == "广州市白云区总工会"
    text = "白云区总工会主席冯洁介绍经验。"
    assert "白云区总工会" in page_document(text, city="广州市").organisations


def test_extraction_experts_invited_to_teach_take_part():
    text = ("10月30日，全省工会培训班在广州举办。培训班邀请中山大学教授郑坚、省人社厅劳动关系处处长梁志勇"
            "等专家授课。")
    doc = page_document(text, city="广州市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("郑坚", "授课"), ("梁志勇", "授课")}


def test_extraction_a_municipalitys_paper_reads_its_own_city_forms():
    text = ("本报讯（记者 陈静）4月27日，市总工会在浦东新区举办职工讲座。市总工会副主席王伟出席。"
            "上海电气集团、上海地铁的职工参加。\n")
    assert held(page_document(text))["王伟"] == "上海市总工会"


def test_extraction_a_three_character_name_the_model_read_two_characters_of():
    text = "区总工会主席周国强作工作报告。"
    assert names(text, ner_spans=[(6, 8, "PER")]) == [("周国强", ["区总工会主席"])]
    text = "区总工会主席李红作工作报告。"
    assert names(text, ner_spans=[(6, 8, "PER")]) == [("李红", ["区总工会主席"])]


@pytest.mark.parametrize("text, expected", [
    ("来凤县职工杨帆获得男子单打冠军。", [("杨帆", ["来凤县职工"])]),
    ("宝钢股份冷轧厂工人沈丽娟作交流发言。", [("沈丽娟", ["宝钢股份冷轧厂工人"])]),
])
def test_extraction_common_nouns_end_a_title_before_a_name_the_model_found(text, expected):
    start = text.index(expected[0][0])
    assert names(text, ner_spans=[(start, start + len(expected[0][0]), "PER")]) == expected


def test_extraction_common_nouns_read_no_name_alone():
    assert names("市总工会职工国标舞队表演节目，市工人文化宫开放。") == []


def test_extraction_a_list_of_names_closed_by_a_counted_group_shares_the_verb():
    text = ("4月29日，表彰大会在上海展览中心举行。上海电气集团高级工程师周峰、宝钢股份冷轧厂工人沈丽娟"
            "等2名获奖代表作交流发言。")
    doc = page_document(text, city="上海市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("周峰", "发言"), ("沈丽娟", "发言")}


def test_extraction_a_venue_named_after_its_city(gaz):
    text = "昨天上午，表彰大会在上海展览中心举行。"
    start = text.index("上海")
    found = find_places(text, gaz, PlaceContext(), [(start, text.index("举行"), "LOC")])
    assert [(p.name, p.level) for p in found] == [("上海市", "province"), ("上海展览中心", "venue")]


def test_extraction_a_county_papers_page_among_another_citys_pages():
    xuchang = "本报讯 12月6日，许昌市总工会在许昌市魏都区慰问职工。许昌市总工会主席梁艳参加。许昌市禹州市、长葛市也开展活动。"
    gushi = ("本报讯 4月30日，我县劳模表彰大会召开。县委书记吴卫国出席。段集镇柳树村党支部书记余长江发言。\n\n"
             "本报讯 5月上旬，县总工会在胡族铺镇举办招聘会。县总工会副主席何伟到现场察看。")
    doc = extract_document([Page("a.txt", xuchang, xuchang, "utf-8"), Page("b.txt", gushi, gushi, "utf-8")])
    assert {"固始县总工会", "中共固始县委"} <= set(doc.organisations)


def test_extraction_a_villages_name_in_a_title_chain():
    text = "全县劳动模范、段集镇柳树村党支部书记余长江代表受表彰劳模发言。"
    start = text.index("余长江")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [("余长江", ["全县劳动模范", "段集镇柳树村党支部书记"])]


def test_extraction_a_mine_named_with_a_word_the_segmenter_takes_for_a_time():
    text = "全国劳动模范、焦煤集团古汉山矿综采队队长孙建国代表劳模发言。"
    start = text.index("孙建国")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [
        ("孙建国", ["全国劳动模范", "焦煤集团古汉山矿综采队队长"])]
    text = "慰问团在市委副书记黄晓燕陪同下走访职工。"
    start = text.index("黄晓燕")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [("黄晓燕", ["市委副书记"])]


def test_extraction_a_named_body_a_title_opens_with(gaz):
    text = "受助学生代表、焦作大学新生李梦瑶发言。"
    doc = page_document(text, city="焦作市")
    assert "焦作大学" in doc.organisations


def test_extraction_a_phrase_ending_in_a_common_place_noun_is_no_place(gaz):
    text = "要在文明城市创建中发挥作用。"
    start = text.index("文明")
    assert find_places(text, gaz, PlaceContext(), [(start, start + 4, "LOC")]) == []


def test_extraction_a_banks_short_name_opening_a_branchs_name(gaz):
    assert canonical_name("工行漯河分行", PlaceContext(), gaz) == "中国工商银行漯河分行"
    assert canonical_name("中国工商银行漯河分行", PlaceContext(), gaz) == "中国工商银行漯河分行"


def test_extraction_a_name_ending_in_he_before_its_verb():
    text = "县第二人民医院院长张景和参加授牌仪式，县总工会副主席梁涛和县长出席。"
    spans = [(text.index("张景"), text.index("张景") + 2, "PER"), (text.index("梁涛"), text.index("梁涛") + 2, "PER")]
    assert [n for n, _ in names(text, ner_spans=spans)] == ["张景和", "梁涛"]


def test_extraction_an_honour_for_skill_is_a_title():
    text = "他就是全国技术能手王刚。"
    assert names(text, ner_spans=[(text.index("王刚"), text.index("王刚") + 2, "PER")]) == [("王刚", ["全国技术能手"])]


def test_extraction_a_leagues_and_a_banners_relative_forms():
    text = ("本报讯 8月23日，盟总工会在正蓝旗上都镇举办全盟职工那达慕大会。盟委委员、盟总工会主席王海燕出席。"
            "锡林浩特市总工会深入宝力根苏木巴彦宝力格嘎查慰问牧民。")
    doc = page_document(text, city="锡林郭勒盟")
    assert {"锡林郭勒盟总工会", "中共锡林郭勒盟委"} <= set(doc.organisations)
    assert not any(name.endswith("委委") for name in doc.organisations)
    assert "巴彦宝力格嘎查" in doc.places


def test_extraction_a_page_that_names_one_other_city_only_in_a_folder():
    jiaozuo = "本报讯 9月7日，焦作市总工会在焦作市解放区举办活动。焦作市总工会主席张伟出席。修武县、博爱县职工参加。"
    zhoukou = "本报讯 9月1日，沈丘县总工会举办培训班。9月6日，市总工会发放助学金，市总工会主席郑红梅出席。"
    doc = extract_document([Page("a.txt", jiaozuo, jiaozuo, "utf-8"), Page("b.txt", zhoukou, zhoukou, "utf-8")])
    assert held(doc)["郑红梅"] == "周口市总工会"


def test_extraction_a_padded_name_before_zuo():
    text = "县总工会党组书记、副主席王磊作开班动员。"
    start = text.index("王磊")
    assert [n for n, _ in names(text, ner_spans=[(start, start + 3, "PER")])] == ["王磊"]


def test_extraction_a_title_widened_to_its_company_goes_on_the_chain():
    text = "会上，全国劳动模范、中原油田采油一厂采油工王金凤发言。"
    spans = [(text.index("中原"), text.index("采油工"), "ORG"), (text.index("王金凤"), text.index("王金凤") + 3, "PER")]
    assert names(text, ner_spans=spans) == [("王金凤", ["全国劳动模范", "中原油田采油一厂采油工"])]


def test_extraction_a_township_before_a_company_named_after_its_province(gaz):
    text = "县总工会在阳邵镇河南恒润食品有限公司开展活动。"
    start = text.index("阳邵镇")
    found = find_organisations(text, gaz, [(start, text.index("开展"), "ORG")])
    assert "河南恒润食品有限公司" in [m.text for m in found]
    assert not any(m.text.startswith("阳邵镇") for m in found)


@pytest.mark.parametrize("text, name, title", [
    ("瑞金市总工会主席赖晓明到现场指导。", "赖晓明", "瑞金市总工会主席"),  # 赖, 洪: surnames of the south
    ("区总工会副主席洪  涛出席。", "洪涛", "区总工会副主席"),
    ("油田采油工李建军发言。", "李建军", "油田采油工"),  # a trade of the occupational classification
    ("养老护理员张秀英获得一等奖。", "张秀英", "养老护理员"),
])
def test_extraction_names_of_common_surnames_and_trades(text, name, title):
    doc = page_document("本报讯 5月5日，" + text)
    assert any(p.holder == name and p.label == title for p in doc.posts)


@pytest.mark.parametrize("name, body", [
    ("鹤壁市人民医院妇科", "鹤壁市人民医院"), ("焦作市第二人民医院心血管内科", "焦作市第二人民医院"),
])
def test_extraction_a_hospital_department_in_a_title_names_the_hospital(gaz, name, body):
    text = f"{name}主任医师陈晓燕为女职工讲解健康知识。"
    found = find_organisations(text, gaz, [(0, len(name), "ORG"), (len(name) + 4, len(name) + 7, "PER")])
    assert [m.text for m in found] == [body]


def test_extraction_a_village_party_cell_is_no_department(gaz):
    text = "全县劳动模范、段集镇柳树村党支部书记余长江发言。"
    found = find_organisations(text, gaz, [(text.index("段集镇"), text.index("书记"), "ORG")])
    assert not any(m.text.endswith("党") for m in found)


def test_extraction_a_photo_credit_writes_the_photographers_post():
    doc = page_document("12月20日，浚县总工会在卫贤镇卫贤村开展“送春联 送祝福”活动，书法志愿者现场书写春联300余副。\n"
                        "通讯员 李  佳 摄\n")
    assert any(p.holder == "李佳" and p.label == "通讯员" for p in doc.posts)


@pytest.mark.parametrize("credit", ["菅政 摄", "本报记者 菅政 摄"])
def test_extraction_a_photo_credit_of_a_rare_surname_names_its_photographer(credit):
    assert [c.name for c in parse_credit(credit)] == ["菅政"]  # 菅, in modern surname lists, not in 百家姓


def test_extraction_sumu_and_towns_together_are_no_place_and_their_unions_no_body(gaz):
    text = "考察组对各苏木镇工会工作给予了肯定，希望苏木镇工会发挥桥梁纽带作用。"
    spans = [(text.index("苏木镇"), text.index("苏木镇") + 3, "LOC"), (text.rindex("苏木镇"), text.rindex("苏木镇") + 3, "LOC")]
    assert find_places(text, gaz, PlaceContext(), spans) == []
    assert find_organisations(text, gaz, spans) == []


def test_extraction_divisions_listed_before_a_divisions_body_share_its_type():
    doc = page_document("本报讯 6月19日，广元市总工会一行分组赴余杭区、上城区、滨江区总工会交流学习。钱望舒带队。\n")
    assert {"余杭区总工会", "上城区总工会", "滨江区总工会"} <= set(doc.facts[0].organisations)
    assert doc.organisations["余杭区总工会"].aliases == ()
    doc = page_document("本报讯 6月19日，市总工会组织干部到郑州、洛阳等市总工会学习。\n", city="许昌市")
    assert not {"郑州总工会", "郑州市总工会"} & set(doc.organisations)  # 等: unions of a kind, none named


def test_extraction_a_unions_committee_of_a_term_written_without_di_is_the_union():
    doc = page_document("本报讯 3月18日，下城区总工会召开七届委员会第十四次全体会议。会议通过了下城区总工会七届委员会有关决定。\n",
                        city="杭州市")
    assert doc.facts[0].organisations == ("下城区总工会",)  # no 七届委员会


def test_extraction_a_bodys_meeting_room_is_the_body_not_an_association(gaz):
    text = "5月9日下午，银行业工会工作座谈会在许昌银行会议室召开。"
    start = text.index("许昌银行")
    assert [m.text for m in find_organisations(text, gaz, [(start, start + 7, "ORG")])] == ["许昌银行"]


def test_extraction_a_union_with_a_firm_is_two_bodies_not_one_firm(gaz):
    text = "11月21日，许昌经开区总工会携手许昌金健米业股份有限公司开展送温暖活动。"
    spans = [(text.index("许昌经"), text.index("携手"), "ORG"), (text.index("许昌金"), text.index("开展"), "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["许昌经开区总工会", "许昌金健米业股份有限公司"]


def test_extraction_a_citys_work_crews_are_no_body(gaz):
    text = "8月26日，2025年许昌市班组建设大赛在新区举行。"
    start = text.index("许昌市")
    assert find_organisations(text, gaz, [(start, start + 5, "ORG")]) == []


def test_extraction_a_model_organisation_cut_inside_a_division_name_takes_it_whole(gaz):
    text = "站前街道党工委书记高飞参加活动。"
    found = find_organisations(text, gaz, [(2, 7, "ORG"), (9, 11, "PER")])
    assert [m.text for m in found] == ["站前街道党工委"]


def test_extraction_a_slogan_joined_by_a_dot_is_no_organisation(gaz):
    text = "举行“暖心返乡路·工会送您回家”春节送温暖活动启动仪式。"
    found = find_organisations(text, gaz, [(text.index("乡路"), text.index("送您"), "ORG")])
    assert found == []


def test_extraction_a_profiles_sub_headline_writes_titles():
    text = ("在南阳二机石油装备集团的生产车间里，焊花四溅。王刚说，干一行就要爱一行。\n\n本报记者 柴琳\n\n"
            "焊花里绽放的青春\n——记全国技术能手、南阳二机石油装备集团焊工王  刚\n")
    doc = page_document(text)
    assert {(p.label, p.organisation) for p in doc.posts if p.holder == "王刚"} == {
        ("全国技术能手", None), ("南阳二机石油装备集团焊工", "南阳二机石油装备集团")}


def test_extraction_a_countys_bureaus_courts_and_hospital_by_their_relative_names():
    doc = page_document("本报讯 5月30日，泽州县总工会联合县司法局、县卫健局、县人民法院在县人民医院开展活动。")
    assert {"泽州县司法局", "泽州县卫生健康局", "泽州县人民法院", "泽州县人民医院"} <= set(doc.organisations)


def test_extraction_a_prefecture_named_diqu_and_its_relative_forms(gaz):
    context = PlaceContext(province=gaz.resolve("新疆维吾尔自治区"), city=gaz.resolve("阿克苏地区"))
    assert [canonical_name(n, context, gaz) for n in ("地区总工会", "地委", "地区妇联")] == [
        "阿克苏地区总工会", "中共阿克苏地委", "阿克苏地区妇女联合会"]
    text = "地区总工会党组书记王建新参加慰问。"
    assert [m.text for m in find_organisations(text, gaz)] == ["地区总工会"]


def test_extraction_a_model_organisation_run_on_into_a_verb_ends_at_the_body(gaz):
    text = "刘文海到中国平煤神马集团调研基层工会工作。"
    found = find_organisations(text, gaz, [(text.index("中国"), text.index("工作"), "ORG")])
    assert [m.text for m in found] == ["中国平煤神马集团"]


def test_extraction_a_bodys_short_name_beside_its_full_name_is_that_body():
    doc = page_document("本报讯 日前，大庆油田有限责任公司工会召开全体会议，油田公司党委副书记、工会主席陈立国作工作报告。")
    assert "大庆油田有限责任公司党委" in doc.organisations and "油田公司党委" not in doc.organisations


def test_extraction_a_firms_legal_name_after_a_mark_is_one_body(gaz):
    """…由市总工会主办，山西杏花村汾酒销售有限责任公司冠名赞助: a legal name that opens with a place's name, after a mark or
    由, is a body whatever the model reads of it; words before a mark are not taken in (本次大赛由|…)."""
    text = "本次大赛由市总工会主办，山西杏花村汾酒销售有限责任公司冠名，由贵州盘江精煤股份有限责任公司承办。"
    found = [m.text for m in find_organisations(text, gaz, [])]
    assert "山西杏花村汾酒销售有限责任公司" in found and "贵州盘江精煤股份有限责任公司" in found


def test_extraction_a_firms_legal_name_is_no_short_name_of_another():
    """贵州盘江机械有限公司 and 贵州盘江矿山机械有限公司, both written in full: two firms, though the first one's characters
    are in the second's in order."""
    doc = page_document("本报讯 7月27日，全市职工职业技能竞赛在贵州盘江机械有限公司开赛。本次大赛由市总工会主办，"
                        "贵州盘江矿山机械有限公司协办。\n\n全市职工技能竞赛开赛\n")
    assert {"贵州盘江机械有限公司", "贵州盘江矿山机械有限公司"} <= set(doc.organisations)


@pytest.mark.parametrize("segment, title", [
    ("走访慰问全国劳动模范、信阳毛尖制作技艺传承人", "信阳毛尖制作技艺传承人"),  # a place opens it: its verb is in it
    ("会上，中原油田采油一厂采油工", "中原油田采油一厂采油工"),  # so does a body
    ("走访慰问全国劳动模范", "全国劳动模范"),  # a verb before anything else ends it
])
def test_extraction_a_title_opened_by_a_place_or_a_body_keeps_its_verbs(segment, title):
    text = segment + "周道林。"
    assert title_chain(text, len(segment))[-1][0] == title


def test_extraction_a_visit_after_the_meeting_is_an_event_of_its_own_and_one_with_anothers_report():
    text = ("本报讯 2023年3月8日上午，市总工会召开庆祝“三八”国际妇女节暨表彰大会。市总工会主席王伟出席会议并讲话。\n"
            "会后，王伟一行来到开封市第一人民医院，看望慰问了坚守岗位的女医务工作者。医院党委书记刘晓红陪同。\n\n"
            "市总工会召开表彰大会\n\n"
            "本报讯 3月8日，市总工会主席王伟到开封市第一人民医院看望慰问女医务工作者。\n\n市总工会慰问女医务工作者\n")
    doc = page_document(text, city="开封市")
    visits = [e for e in doc.events.values() if e.event_type == "visit"]
    assert [(e.label, e.date.value, e.place, e.articles) for e in visits] == [
        ("看望慰问女医务工作者", "2023-03-08", "开封市第一人民医院", (0,)),
        ("看望慰问女医务工作者", "2023-03-08", "开封市第一人民医院", (1,))]
    assert visits[0].same_as == (visits[1].key,)
    assert {p.event for p in doc.participations if p.person == "刘晓红"} == {visits[0].key}


def test_extraction_a_long_list_of_officials_ending_with_a_collective_shares_the_verb():
    text = ("本报讯 2023年3月15日，市工会第八次代表大会开幕。市委书记张建国，省总工会主席李红，市委常委、组织部部长王强，"
            "军分区司令员赵刚，以及市有关单位领导出席了开幕式。")
    doc = page_document(text, city="茂名市")
    assert {p.person for p in doc.participations if p.role_label.startswith("出席")} == {"张建国", "李红", "王强", "赵刚"}


def test_extraction_a_name_after_a_collective_and_he_shares_the_verb():
    doc = page_document("本报讯 2023年4月28日，市总工会举行纪念仪式。刘明等市领导和市总工会主席王文参加了庆祝活动。", city="焦作市")
    assert {p.person for p in doc.participations} == {"刘明", "王文"}


def test_extraction_a_role_runs_over_the_commas_of_a_titled_report():
    doc = page_document("本报讯 2023年3月15日，市工会代表大会召开。市总工会主席陈红作了题为《团结动员职工，建设美丽城市》的工作报告。",
                        city="茂名市")
    assert [p.role_label for p in doc.participations if p.person == "陈红"] == ["作报告"]


def test_extraction_a_day_in_what_someone_says_is_no_event():
    text = "本报讯 2010年1月5日上午，省总工会领导来我县开展慰问活动。王金龙高兴地说，今天领导能来看望自己，心里十分温暖。"
    doc = extract_document([Page("tiantai-2010-01-08.txt", text, text, "utf-8")])
    assert [e.date.value for e in doc.events.values()] == ["2010-01-05"]


def test_extraction_a_short_party_post_and_a_venue_not_in_a_phrase_of_company():
    text = ("本报讯 2018年2月6日，县委常委、统战部长、县总工会主席石聪在市政协副主席张锦鸣，副县长杨尧生等陪同下，"
            "到慈口乡走访慰问困难职工。")
    doc = page_document(text, city="咸宁市")
    assert [p.label for p in doc.posts if p.holder == "石聪"] == ["县委常委", "统战部长", "县总工会主席"]
    assert all(e.place != "政协咸宁市委员会" for e in doc.events.values())


def test_extraction_a_body_of_a_renamed_county_keeps_the_name_the_page_gives_it():
    doc = page_document("本报讯 2015年2月15日，记者从密云县总工会获悉，县总工会“两节”送温暖工作圆满完成。")
    assert "密云县总工会" in doc.organisations and not any(o.startswith("云县") for o in doc.organisations)
    assert "密云县" in doc.places and doc.places["密云县"].code == "110118"  # the county as it was, 密云区's code


def test_extraction_officials_then_bodies_with_their_responsible_comrades_share_the_verb():
    text = ("本报讯 2014年8月29日上午，市工会助学金发放仪式举行。市委常委、市总工会主席赵小维，市委办公厅副主任彭洪泽，"
            "市教育局、市民政局、市总工会有关负责同志出席了发放仪式。")
    doc = page_document(text, city="成都市")
    assert {p.person for p in doc.participations if p.role_label.startswith("出席")} == {"赵小维", "彭洪泽"}


def test_extraction_a_rank_and_a_list_joined_by_both_marks_share_the_verb():
    text = ("本报讯 2010年9月18日上午，舞钢市第三届职工技术运动会开幕。平顶山市总工会副主席李全森，"
            "舞钢市正县级干部滕毅、副市长闫广甫、市总工会主席陈云洲出席开幕仪式。")
    doc = page_document(text, city="平顶山市")
    assert ("滕毅", "舞钢市正县级干部") in {(p.holder, p.label) for p in doc.posts}
    assert {p.person for p in doc.participations} == {"李全森", "滕毅", "闫广甫", "陈云洲"}


def test_extraction_a_role_word_naming_the_ceremony_attended_is_no_role():
    from graphbuilder.events import _role

    assert _role("出席了大赛启动仪式") == ("出席", "attend")
    assert _role("出席仪式并为羽毛球馆揭牌")[0] == "出席并揭牌"


def test_extraction_a_county_named_across_a_wrapped_line_is_the_pages_county():
    text = ("7月20日下午，武\n义县委书记钱望舒，县委副书记、县长李海\n分别带队慰问一线劳动者。县总工会\n主席王立新陪同。\n\n"
            "县领导看望慰问一线职工\n\n7月23日，武义县基层工会主席培训班开班。\n\n基层工会主席培训班开班\n")
    doc = page_document(text)
    assert {"中共武义县委", "武义县总工会"} <= set(doc.facts[0].organisations)  # not 义县 of 锦州市 (武|义县)


def test_extraction_a_district_naming_its_own_body_outweighs_a_capital_named_in_passing():
    text = ("本报讯 2020年12月3日，长寿区总工会召开工会工作座谈会。区委副书记周恩海参加会议并讲话。"
            "会上，全国劳模李顺清分享在北京参加表彰大会的感受。")
    doc = page_document(text)
    assert {"中共重庆市长寿区委", "长寿区总工会"} <= set(doc.organisations)  # a district's committee, with its city


@pytest.mark.parametrize("surface, expected", [
    ("区委", "中共宁波市海曙区委"), ("区政府", "宁波市海曙区人民政府"), ("区政协", "政协宁波市海曙区委员会"),
    ("海曙区委", "中共宁波市海曙区委"), ("宁波市海曙区委", "中共宁波市海曙区委"),
    ("区总工会", "海曙区总工会"), ("区人大常委会", "海曙区人大常委会"),  # named by the district alone, as papers do
])
def test_extraction_a_districts_committee_government_and_zhengxie_are_named_with_its_city(gaz, surface, expected):
    district, city = gaz.lookup("海曙区")[0], gaz.lookup("宁波市")[0]
    assert canonical_name(surface, PlaceContext(None, city, district), gaz) == expected


def test_extraction_an_idiom_after_a_post_is_no_name():
    text = "本报讯 5月25日，劳模座谈会召开，20余名劳模代表齐聚一堂，建言献策。区党委委员、工会主任吴籽剑出席会议并讲话。"
    assert sorted(page_document(text).persons) == ["吴籽剑"]


def test_extraction_a_development_zones_union_in_a_title():
    text = ("本报讯 2023年2月27日下午，省总工会副主席吴福才一行深入经开区职工之家调研，"
            "市总工会副主席陈水平，经开区工会主席刘纯逸等陪同调研。")
    doc = page_document(text, city="南昌市")
    assert ("刘纯逸", "经开区工会主席") in {(p.holder, p.label) for p in doc.posts}
    assert {(p.person, p.role_label) for p in doc.participations} >= {("陈水平", "陪同调研"), ("刘纯逸", "陪同调研")}


def test_extraction_another_citys_union_named_in_passing_does_not_make_the_page_its():
    text = ("本报讯 2006年4月28日，市总工会在人民大礼堂隆重举行纪念仪式。重庆劳动创新奖状获得单位10个，渝北区最多。"
            "成都总工会主席还专门赶来祝贺。市长王鸿举出席。")  # 重庆 2 + 渝北区 1 against 成都 2 (its own body adds none)
    doc = page_document(text)
    assert "重庆市总工会" in doc.organisations


def test_extraction_a_union_that_organises_is_the_union(gaz):
    text = "兴业银行工会组织职工开展健步走。"
    found = find_organisations(text, gaz, [(0, text.index("职工"), "ORG")])
    assert [m.text for m in found] == ["兴业银行工会"]


def test_extraction_the_youth_leagues_committee_and_bodies_closing_a_list_with_their_leaders():
    text = ("本报讯 2019年11月1日晚，市总工会主办的文艺汇演活动在周口昌建文艺广场上演。市总工会党组书记、常务副主席赵建设，"
            "市总工会副主席郭建军，周口市城市管理局、周口市妇联、共青团周口市委等领导出席。")
    doc = page_document(text, city="周口市")
    assert "共青团周口市委" in doc.organisations and "中共周口市委" not in doc.organisations
    assert {p.person for p in doc.participations if p.role_label.startswith("出席")} == {"赵建设", "郭建军"}


def test_extraction_a_unions_committee_in_a_list_after_the_union_is_that_unions():
    text = ("本报讯 2011年1月19日上午，平顶山市总工会副主席余文英、经审委主任陈振华、组织部长康建民来到舞钢市看望慰问困难职工。")
    doc = page_document(text)
    assert held(doc)["陈振华"] == held(doc)["康建民"] == "平顶山市总工会"
    assert "经审委" not in doc.organisations


def test_extraction_a_group_named_with_yihang_then_a_comma_shares_the_verb():
    text = ("本报讯 2011年1月6日下午，省人大常委会副主任、省总工会主席刘新民，省总工会党组书记、常务副主席桑金科一行，"
            "走访慰问我市困难劳模、困难职工及一线农民工。")
    doc = page_document(text, city="郑州市")
    assert {(p.person, p.role_label) for p in doc.participations} >= {("刘新民", "走访慰问"), ("桑金科", "走访慰问")}


def test_extraction_a_datelines_day_is_when_the_report_was_filed():
    doc = page_document("绿网新闻2022年6月9日讯（通讯员 钱望舒）6月8日上午，东安县总工会举行职工技能大赛启动仪式。")
    assert [e.date.value for e in doc.events.values()] == ["2022-06-08"]
    text = "本报北京10月19日电（记者 钱望舒）全国总工会今天在京召开职工技能竞赛推进会。"
    filed = extract_document([Page("p.txt", text, text, "utf-8", published=dt.date(2022, 10, 20))])
    assert [e.date.value for e in filed.events.values()] == ["2022-10-19"]  # 今天: the dateline's day


def test_extraction_no_event_for_a_span_since_a_start_or_more_of_the_same_day():
    text = ("本报讯 8月22日，市总工会举行金秋助学金发放仪式。自2007年8月市总工会启动金秋助学活动以来，累计资助学生900人。"
            "当天的仪式上，65名学生领到助学金。当天开展助学活动的还有区总工会。")
    doc = page_document(text, city="德州市")
    assert [e.date.value[5:] for e in doc.events.values()] == ["08-22"]


def test_extraction_leaders_listed_after_a_colon_share_its_verb():
    text = ("本报讯 12月23日，全市职工技能大赛开幕。市总工会副主席钱望舒主持开幕式。他介绍了出席开幕式的领导："
            "市人大常委会副主任、市总工会主席魏子航，市总工会副主席、二级调研员孙海林同志，"
            "市工业和信息化局四级调研员丁若兰，市纤维检验所所长梁秋实和市丝绸公司董事长陈默。")
    doc = page_document(text, city="河池市")
    attended = {p.person for p in doc.participations if p.role_label == "出席"}
    assert attended == {"魏子航", "孙海林", "丁若兰", "梁秋实", "陈默"}
    assert ("丁若兰", "河池市工业和信息化局") in {(p.holder, p.organisation) for p in doc.posts}


def test_extraction_an_event_named_before_its_date_as_the_subject():
    sentence = "由市总工会主办、区总工会承办的全市丝绸行业职工技能大赛于12月23日在市丝绸公司内举办。"
    assert event_label(sentence, sentence.index("日") + 1) == "全市丝绸行业职工技能大赛"


def test_extraction_a_meeting_room_is_no_meeting():
    sentence = "9月28日，在市总工会会议室，40多名劳动模范欢聚一堂。"
    assert "会议" not in event_label(sentence, 5).replace("会议室", "")


@pytest.mark.parametrize("text, wrong", [
    ("新当选的主席向大会作就职宣言，并对今后总工会的工作提出要求。", "今后总工会"),  # a word of time
    ("要坚定不移地走中国特色社会主义工会发展道路。", "中国特色社会主义工会"),  # a path, not a body
    ("会议选举产生了第一届经费审查委员会。", "第一届经费审查委员会"),  # a term of a committee of no named body
    ("学习《中共中央国务院关于深化产业工人队伍建设改革的意见》精神。", "中共中央国务院"),  # a document's issuer
    ("开展“守初心 解难题 办实事 开新局”活动。", "开新局"),  # a slogan's phrase
])
def test_extraction_model_organisations_that_name_no_body(gaz, text, wrong):
    start = text.index(wrong)
    found = find_organisations(text, gaz, [(start, start + len(wrong), "ORG")])
    assert wrong not in [m.text for m in found]


def test_extraction_a_bodys_short_name_keeps_every_place_it_names():
    text = ("本报讯 12月23日，全市丝绸行业技能大赛举行。广西丝绸行业协会秘书长钱望舒，"
            "广西河池市丝绸行业协会会长魏子航出席。河池市人大常委会副主任孙海林，河池市宜州区人大常委会副主任丁若兰出席。")
    doc = page_document(text, city="河池市")
    assert held(doc)["钱望舒"] == "广西丝绸行业协会"
    assert held(doc)["孙海林"] == "河池市人大常委会"


def test_extraction_a_townships_own_bodies_and_heads():
    text = ("本报讯 3月30日上午，西峡县丁河镇总工会成立大会在镇政府礼堂召开。县总工会主席钱望舒，丁河镇委书记、镇长魏子航"
            "出席会议。镇委副书记孙海林主持会议。丁河镇工会组织由此建立。")
    doc = page_document(text, city="南阳市")
    assert held(doc)["孙海林"] == "中共丁河镇委员会"
    assert {p.label: p.organisation for p in doc.posts if p.holder == "魏子航"}["镇长"] == "丁河镇人民政府"
    assert "丁河镇工会" not in doc.organisations  # the township's union, written without 总


def test_extraction_a_township_secretary_named_by_the_township(gaz):
    text = "本报讯 5月18日，西峡县制笔行业工会联合会成立。县总工会主席钱望舒、丁河镇副书记魏子航出席会议。"
    doc = page_document(text, city="南阳市")
    assert held(doc)["魏子航"] == "中共丁河镇委员会"


def test_extraction_a_reporter_is_no_participant_and_a_list_item_stops_before_a_verb():
    doc = page_document("作者：记者钱望舒13日，我市举办职工技能竞赛。市总工会主席魏子航出席。")
    assert "钱望舒" not in {p.person for p in doc.participations}
    assert "石化建" in page_document("本报讯 5月13日，工人孙海林与同乡李学明、石化建奔赴外省务工。").persons


def test_extraction_a_full_named_committee_of_the_union_in_a_title_chain():
    doc = page_document("本报讯 10月11日，论坛举行。全总党组成员、经费审查委员会主任钱望舒出席论坛。")
    assert held(doc)["钱望舒"] == "中华全国总工会"
    assert "经费审查委员会" not in doc.organisations


def test_extraction_civil_service_ranks_are_posts():
    doc = page_document("本报讯 6月8日，技能大赛开幕。河池市工业和信息化局四级调研员钱望舒，市总工会一级主任科员魏子航出席。")
    assert {(p.holder, p.label, p.organisation) for p in doc.posts} == {
        ("钱望舒", "河池市工业和信息化局四级调研员", "河池市工业和信息化局"),
        ("魏子航", "市总工会一级主任科员", "河池市总工会")}


def test_extraction_a_unions_department_named_alone_after_its_officials():
    text = ("本报讯 1月27日下午，市总工会经费审查委员会主任钱望舒，宣传教育部部长孙海林到卫东区开展送温暖活动。")
    doc = page_document(text, city="平顶山市")
    assert held(doc) == {"钱望舒": "平顶山市总工会", "孙海林": "平顶山市总工会"}
    assert "教育部" not in doc.organisations


def test_extraction_a_bureau_whose_name_joins_two_functions_with_and_is_one_body():
    doc = page_document("本报讯 1月26日，市总工会主席钱望舒带队深入到许昌市行政审批和政务服务局开展慰问。")
    assert "许昌市行政审批和政务服务局" in doc.facts[0].organisations and "政务服务局" not in doc.organisations


def test_extraction_a_renamed_countys_own_union_keeps_the_name_of_its_day():
    doc = page_document("本报讯 近日，旬阳县行政审批局工会经县总工会推荐，获评全国工会职工书屋。", city="安康市")
    assert "旬阳县总工会" in doc.organisations


def test_extraction_the_meeting_on_the_same_day_is_the_same_event():
    text = "本报讯 2023年9月27日，市总工会召开劳动竞赛推进会。当天，大会表扬了15个建功项目。"
    assert len(page_document(text, city="烟台市").events) == 1


def test_extraction_a_reported_question_is_no_event():
    text = "本报讯 2020年12月15日，县总工会主席钱望舒到乡镇调研。每到一处，他都询问近期开展了哪些活动。"
    assert len(page_document(text, city="商丘市").events) == 1


def test_extraction_a_verb_before_the_union_is_no_union(gaz):
    text = "要努力打通工会联系服务职工群众的最后一公里。"
    assert find_organisations(text, gaz, [(3, 7, "ORG")]) == []


def test_extraction_names_that_are_words_or_places():
    doc = page_document("本报讯 5月8日，新时期工会干部应具备的素质成为培训主题。区劳模钱望舒代表蔡甸区劳模发言。",
                        city="武汉市")
    assert "应具备" not in doc.persons and "新时期工会" not in doc.organisations
    text = "钱望舒代表蔡甸区劳模发言。"
    assert [m.name for m in find_persons(text, [(0, 3, "PER"), (5, 8, "PER")])] == ["钱望舒"]


def test_extraction_places_that_open_a_firms_or_a_words_name(gaz, jiujiang):
    text = "慰问组先后前往恒杰物业、玉林物业等7家物业公司，又到部分乡镇看望职工。"
    assert [p.name for p in find_places(text, gaz, jiujiang)] == []


def test_extraction_the_place_a_visited_firm_is_registered_in_is_not_the_events():
    text = "本报讯 9月23日，市总工会副主席钱望舒一行分别到安徽华祥食品有限公司和安徽丰原集团走访慰问农民工。"
    [event] = page_document(text, city="淮南市").events.values()
    assert event.place != "安徽省"


def test_extraction_a_photo_credit_left_in_the_body_is_no_participation():
    text = (" 本报讯 总工会揭牌仪式。王建国 摄\n\n 2011年3月30日上午，镇总工会\n成立大会召开。县总工会主席魏子航出\n"
            "席会议。\n\n镇总工会成立大会召开\n")
    assert {p.person for p in page_document(text).participations} == {"魏子航"}


def test_extraction_a_title_stops_at_a_bracket_and_at_the_name_before_it():
    doc = page_document("中工网讯（工人日报-中工网记者钱望舒）3月29日，市总工会举办职工交友活动。")
    assert {p.label for p in doc.posts if p.holder == "钱望舒"} == {"中工网记者"}
    doc = page_document("本报讯 （记者孙海林通讯员丁若兰） 4月23日，县总工会举办篮球联赛。")
    assert {p.holder: p.label for p in doc.posts} == {"孙海林": "记者", "丁若兰": "通讯员"}


def test_extraction_a_rare_surname_listed_between_two_names():
    doc = page_document("本报讯 2025年4月23日，县职工篮球联赛开幕。县领导丁选清、操航、邹莉出席开幕式。", city="十堰市")
    assert {p.person for p in doc.participations} == {"丁选清", "操航", "邹莉"}


def test_extraction_a_name_cut_short_the_same_way_twice_is_completed():
    text = "本报讯 8月25日下午，户外劳动者驿站揭牌。市总工会主席张斌胜出席揭牌仪式。张斌胜实地查看了驿站。"
    assert "张斌胜" in page_document(text, city="晋城市").persons
    assert "张斌" in page_document("本报讯 8月25日，张斌主持会议。会上，张斌主持了签约仪式。").persons


def test_extraction_a_counted_group_before_a_post_is_no_titled_name():
    assert "齐聚" not in page_document("本报讯 6月23日，500名农民工代表齐聚辽宁阜蒙县体育馆，参加集体入会仪式。").persons


def test_extraction_bare_bodies_later_in_a_title_chain_are_of_the_chains_place():
    text = ("本报讯 近日，金坛区儒林镇总工会第四次代表大会召开。儒林镇党委副书记、人大主席、总工会主席钱望舒，"
            "镇党委委员、副镇长孙海林出席会议。")
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="常州市").posts}
    assert posts[("钱望舒", "人大主席")] == "儒林镇人大"
    assert posts[("钱望舒", "总工会主席")] == "金坛区儒林镇总工会"
    assert posts[("钱望舒", "儒林镇党委副书记")] == posts[("孙海林", "镇党委委员")] == "中共儒林镇委员会"
    text = "本报讯 4月22日，市总工会举行篮球赛。海南省总工会领导出席。市人大常委会副主任、总工会主席钱望舒致辞。"
    assert held(page_document(text, city="儋州市"))["钱望舒"] == "儋州市总工会"


def test_extraction_a_bureau_named_by_its_kind_in_a_list_of_the_citys_bodies():
    text = "本报讯 4月22日，篮球赛开幕。出席开幕式的还有市委统战部、文体局、市教育局等单位领导。"
    assert "儋州市文体局" in page_document(text, city="儋州市").organisations


@pytest.mark.parametrize("text, wrong", [
    ("必须立足工会和职工的需求。", "立足工会"),  # an adverb and the union
])
def test_extraction_an_adverb_before_the_union_is_no_union(gaz, text, wrong):
    start = text.index(wrong)
    assert find_organisations(text, gaz, [(start, start + len(wrong), "ORG")]) == []


def test_extraction_a_firm_after_a_township_and_its_community_is_the_firm(gaz):
    text = "欧瑞志率志愿者到新安街道兴东社区深圳奥尼电子股份有限公司慰问劳务工。"
    start = text.index("新安")
    found = find_organisations(text, gaz, [(start, text.index("慰问"), "ORG")])
    assert [m.text for m in found] == ["深圳奥尼电子股份有限公司"]


def test_extraction_a_districts_union_written_short_and_without_总():
    text = "本报讯 9月27日下午，宝安区工会志愿者队伍成立仪式举行。宝安工会志愿者代表宣誓。区总工会主席钱望舒出席。"
    doc = page_document(text, city="深圳市")
    assert "宝安工会" in doc.organisations["宝安区总工会"].aliases


def test_extraction_a_peoples_government_is_not_expanded_twice(gaz):
    assert canonical_name("青川县人民政府", PlaceContext(), gaz) == "青川县人民政府"


@pytest.mark.parametrize("sentence, label", [
    ("4月22日，市总工会在市一中举行“五一”活动暨第三届“雪茄”杯篮球赛。", "“五一”活动暨第三届“雪茄”杯篮球赛"),
    ("5月1日起，由市总工会承办的劳模先进事迹图片展在廊桥布展。", "劳模先进事迹图片展"),
    ("28日，全省职工冰雪活动启动仪式在哈尔滨举行。", "全省职工冰雪活动启动仪式"),
    ("当天，市里举行隆重的颁奖典礼。", "颁奖典礼"),
])
def test_extraction_event_labels(sentence, label):
    assert event_label(sentence, sentence.index("日") + 1 if "日" in sentence[:6] else 2) == label


def test_extraction_an_event_named_before_a_relative_day():
    doc = page_document("本报讯 （记者 钱望舒） 中国工会第十八次全国代表大会昨日召开，晋江市有两名代表参会。",
                        city="泉州市")
    assert [e.label for e in doc.events.values()] == ["中国工会第十八次全国代表大会"]


def test_extraction_a_province_before_its_city_only_says_where_the_city_is(gaz):
    doc = page_document("中工网讯 8月31日，江西省九江市总工会举行金秋助学金发放仪式。市总工会主席钱望舒出席并讲话。")
    assert held(doc)["钱望舒"] == "九江市总工会" and "江西省九江市总工会" not in doc.organisations


def test_extraction_an_autonomous_prefecture_by_its_short_name():
    doc = page_document("本报讯 7月23日，全省职工技能竞赛决赛在临夏州开幕。州委副书记钱望舒宣布开幕。")
    assert set(doc.places) == {"临夏回族自治州", "甘肃省"}  # (全省: the prefecture's province), no 临夏州 of its own


def test_extraction_a_cups_name_and_a_movements_name_are_no_person_or_body():
    doc = page_document("本报讯 2018年5月7日，县工会举办“庆五一.金隅冀东杯”职工篮球赛。要贯彻中国工会十七大精神。")
    assert "金隅冀东" not in doc.persons and "中国工会" not in doc.organisations


def test_extraction_a_unions_rest_stop_is_no_union(gaz):
    text = "邀请大家到智能化工会驿站休息体验。"
    assert find_organisations(text, gaz, [(5, 10, "ORG")]) == []


def test_extraction_the_events_day_goes_on_after_活动当天():
    text = "本报讯 2025年1月15日，市总工会在工人文化宫站举办宣传活动。活动当天，市总工会联合市交警支队一同开展活动。"
    assert len(page_document(text, city="南宁市").events) == 1


def test_extraction_a_list_of_officials_goes_on_after_a_collective_word():
    text = ("本报讯 2024年4月29日晚，全市劳模颁奖晚会举行。市委书记钱望舒，省总工会副主席孙海林，"
            "市领导丁若兰、梁秋实出席并为获奖者颁奖。")
    assert {p.person for p in page_document(text, city="平凉市").participations} == {"钱望舒", "孙海林", "丁若兰", "梁秋实"}


def test_extraction_the_last_of_a_list_before_等_keeps_its_third_character():
    text = "本报讯 2011年7月1日，职工篮球联赛开幕。市总工会领导张留申、张明国、刘书有等参加了开幕式。"
    assert "刘书有" in page_document(text, city="平顶山市").persons


@pytest.mark.parametrize("sentence, label", [
    ("由市总工会主办的“庆祝建党90周年职工篮球联赛”，于7月1日在市工人文化宫隆重开幕。", "庆祝建党90周年职工篮球联赛"),
    ("5月26日，由市总工会主办的“劳动者之歌 共同的家园”公益性文艺演出走进企业。", "“劳动者之歌共同的家园”公益性文艺演出"),
    ("10月27日，由区总工会主办的2018年电力杯职工篮球邀请赛在体育馆拉开帷幕。", "2018年电力杯职工篮球邀请赛"),
])
def test_extraction_event_labels_by_the_events_name(sentence, label):
    assert event_label(sentence, sentence.index("日") + 1) == label


def test_extraction_a_provinces_union_named_省工会_and_a_townships_federation_of_unions():
    doc = page_document("本报讯 9月10日，市总工会召开会议，选举出席省工会第十三次代表大会的代表。", city="汕尾市")
    assert "广东省总工会" in doc.organisations
    doc = page_document("本报讯 11月29日下午，牛镇镇工会联合会换届大会召开。会议总结了镇工会五年来的工作。", city="安庆市")
    assert "牛镇镇工会联合会" in doc.organisations and "牛镇镇工会" not in doc.organisations


def test_extraction_a_name_ending_with_a_conjunction_before_a_comma():
    text = "本报讯 4月30日，职工文艺汇演举行。市总工会常务副主席闫羲和，区委书记周刚出席并讲话。"
    assert {"闫羲和", "周刚"} <= set(page_document(text, city="枣庄市").persons)


def test_extraction_a_title_in_a_list_of_names_is_no_name_and_a_township_no_person():
    text = ("本报讯 2012年5月13日上午，信州区职工篮球赛开幕。区长魏建平、区委副书记宋丕勋、区委常委、常务副区长孙海林出席"
            "开幕式。区总工会主席盛巧明，沙溪镇党委副书记、镇长钟飞出席仪式并为驿站揭牌。")
    doc = page_document(text, city="上饶市")
    assert "区委常委" not in doc.persons and "沙溪镇" not in doc.persons
    assert {p.person for p in doc.participations} >= {"魏建平", "宋丕勋", "孙海林", "盛巧明", "钟飞"}
    assert {p.label: p.organisation for p in doc.posts if p.holder == "钟飞"}["镇长"] == "沙溪镇人民政府"


def test_extraction_a_bare_post_after_a_bodys_title_is_that_bodys():
    text = ("本报讯 2019年1月25日上午，武冈市人大副主任、市总工会党组书记、主席钱望舒带队走访慰问困难职工。"
            "县委常委、工业园区党工委书记，总工会党组书记、主席孙海林出席。")
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="邵阳市").posts}
    assert posts[("钱望舒", "主席")] == "武冈市总工会"
    assert posts[("孙海林", "主席")] == posts[("孙海林", "总工会党组书记")]


def test_extraction_under_the_leadership_of_a_committee_is_no_venue():
    text = "本报讯 2005年，全县职工在县委、县政府的领导下，积极投身劳动竞赛活动。"
    assert all(e.place is None for e in page_document(text, city="九江市").events.values())


def test_extraction_a_date_in_a_documents_title_and_a_span_since_this_year_are_no_events():
    text = ("本报讯 2017年11月15日，市直机关职工运动会开幕，旨在落实《全民健身实施计划（2016～2020年）》。"
            "自今年7月份以来，区总工会召开了驿站建设推进会。")
    assert [e.date.value for e in page_document(text, city="焦作市").events.values()] == ["2017-11-15"]


def test_extraction_an_event_named_before_its_day_and_a_venues_opening_ceremony():
    sentence = "市直机关第十九届职工运动会于今天上午在市太极体育中心太极馆举行开幕式。"
    assert event_label(sentence, sentence.index("今天") + 2) == "市直机关第十九届职工运动会"


def test_extraction_a_bare_post_after_a_party_secretary_of_a_firm_is_the_firms():
    text = "本报讯 2023年2月15日，市总工会领导到加油站调研。大桥石化党委书记、董事长钱望舒，党委副书记孙海林热情接待。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="郑州市").posts}
    assert posts[("钱望舒", "董事长")] == "大桥石化" and posts[("钱望舒", "大桥石化党委书记")] == "大桥石化党委"


def test_extraction_a_bare_post_after_the_name_is_the_persons_post_named_before():
    text = ("本报讯 2017年7月14日上午，市总工会开展送清凉活动。郑州市总工会副主席钱望舒出席。"
            "慰问活动中，钱望舒主席叮嘱大家做好防护。")
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="郑州市").posts}
    assert posts[("钱望舒", "主席")] == "郑州市总工会"


def test_extraction_a_county_named_after_its_peoples_by_its_short_name(gaz):
    assert [d.name for d in gaz.lookup("管城区")] == ["管城回族区"]
    assert [d.name for d in gaz.lookup("长阳县")] == ["长阳土家族自治县"]


def test_extraction_a_time_word_after_a_meeting_opens_no_title_and_a_vice_rank_in_a_list_shares_its_body():
    text = ("本报讯 2019年9月28日，市总工会举行座谈会。市总工会副主席钱望舒、孙海林、副调研员李大勇出席。"
            "会前市人大副主任赵明看望了劳模。")
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="平顶山市").posts}
    assert posts[("李大勇", "副调研员")] == "平顶山市总工会"
    assert ("赵明", "市人大副主任") in posts and not any(label.startswith("前") for _, label in posts)


def test_extraction_a_common_noun_after_a_post_and_the_word_after_it_are_no_name():
    text = "本报讯 2017年9月29日，区总工会为18支工会志愿者支队授旗。"
    assert "支队授" not in page_document(text, city="深圳市").persons


def test_extraction_a_datelines_day_before_its_city_and_a_talk_held_are_no_event_and_an_event():
    text = "新华网2015年6月4日合肥讯 5月29日，台湾工会代表团一行与省总工会进行了座谈交流。"
    assert [(e.date.value, e.event_type) for e in page_document(text, city="合肥市").events.values()] == [
        ("2015-05-29", "meeting")]


def test_extraction_a_spring_festival_named_with_its_year_is_no_date_and_the_festival_as_a_time_is():
    named = "本报讯 1月10日，省总工会慰问组到州开展送温暖活动。州委副书记钱望舒主持召开了2019年春节送温暖活动座谈会。"
    assert [e.date.value for e in page_document(named, city="楚雄彝族自治州").events.values()] == ["2019-01-10"]
    timed = "本报讯 2019年春节期间，县总工会开展送温暖活动，慰问困难职工120户。"
    assert [e.date.value for e in page_document(timed, city="楚雄彝族自治州").events.values()] == ["2019"]


@pytest.mark.parametrize("text, name", [
    ("本报讯 4月27日，慰问演出举行，市委副书记钱向前出席并致辞。", "钱向前"),  # a given name opening with 向
    ("本报讯 4月27日，慰问演出举行，市总工会主席孙为民主持。", "孙为民"),
])
def test_extraction_a_given_name_opening_with_a_word_that_follows_names(text, name):
    assert name in page_document(text, city="张掖市").persons


def test_extraction_an_adverb_after_a_post_and_the_word_after_it_are_no_name():
    text = "本报讯 4月27日，市总工会召开座谈会，主席还向职工代表赠书，并讲话。"
    assert not any(p.startswith("还") for p in page_document(text, city="张掖市").persons)


def test_extraction_an_adverb_that_is_a_surname_then_a_verb_after_a_post_is_no_name():
    """环卫工人|全覆盖: all the sanitation workers covered, no worker named 全覆盖; 环卫工人全建国 is one, 建国 no verb."""
    text = ("本报讯 10月16日，东山县总工会为环卫工人送去棉帽棉手套，计划三年内实现全县环卫工人全覆盖。"
            "环卫工人全建国参加。")
    assert set(page_document(text, city="张掖市").persons) == {"全建国"}


def test_extraction_a_meeting_on_behalf_of_an_official_and_a_launch_days_visit():
    text = ("本报讯 2019年8月6日中午，受省人大常委会副主任、省总工会主席钱望舒的委托，省总工会副主席孙海林在广州会见了"
            "香港工会交流团一行。")
    doc = page_document(text, city="广州市")
    assert ("钱望舒", "省人大常委会副主任") in {(p.holder, p.label) for p in doc.posts}
    assert "广东省人大常委会" in doc.organisations
    assert [(e.date.value, e.event_type) for e in doc.events.values()] == [("2019-08-06", "meeting")]
    launch = ("本报讯 2025年6月3日，自治区工会送清凉活动启动。活动启动当日，自治区总工会主席钱望舒率慰问团来到项目工地，"
              "慰问施工人员。")
    assert len(page_document(launch, city="南宁市").events) == 1


def test_extraction_a_firms_own_committees_later_in_a_chain_after_its_party_committee():
    text = "本报讯 2024年1月12日，省总工会到项目慰问。交建集团党委副书记、工会主席、监事会主席钱望舒参加。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="贵阳市").posts}
    assert posts[("钱望舒", "工会主席")].endswith("交建集团工会")
    assert posts[("钱望舒", "监事会主席")].endswith("交建集团监事会")


def test_extraction_a_place_after_a_post_opens_no_name():
    text = "本报讯 2023年1月19日，慰问组慰问了劳动模范海南飞服装有限公司总经理钱望舒。"
    assert not any(p.startswith("海南") for p in page_document(text, city="海口市").persons)


def test_extraction_the_short_provincial_union_before_a_department_and_unions_of_two_levels():
    text = ("本报讯 2015年1月26日，省总工会慰问困难职工。省总财务部长钱望舒、宣教部长孙海林，"
            "市县工会相关人员陪同走访慰问。")
    doc = page_document(text, city="海口市")
    posts = {(p.holder, p.label): p.organisation for p in doc.posts}
    assert posts[("钱望舒", "省总财务部长")] == "海南省总工会"
    assert not any("财务部" in o or o.startswith("市县") for o in doc.organisations)


def test_extraction_the_parts_of_a_quoted_slogan_around_a_dot_are_no_name():
    text = "区总工会举办“迎三八·巾帼颂”宣传活动，阿依古丽·买买提讲话。"
    slogan, name = text.index("迎三八"), text.index("阿依古丽")
    spans = [(slogan, slogan + 6, "PER"), (name, name + 4, "PER")]  # the model's
    assert names(text, ner_spans=spans) == [("阿依古丽·买买提", [])]


def test_extraction_a_rare_surname_after_a_post():
    text = "本报讯 2025年8月29日，市工会代表大会开幕。市委书记郄国强出席开幕会并讲话。"
    assert "郄国强" in page_document(text, city="黄石市").persons


def test_extraction_a_name_a_shop_or_a_memorial_is_named_after_is_no_person():
    text = "区总工会在李时珍大药房爱心驿站慰问环卫工人，副主席钱望舒参加。"
    start = text.index("李时珍")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [("钱望舒", ["副主席"])]


def test_extraction_a_chains_later_body_of_an_unknown_region_is_that_levels_not_the_first_titles():
    text = "本报讯 7月4日召开的自治区工会代表会议，自治区人大常委会副主任、总工会主席钱望舒出席会议并讲话。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text).posts}
    assert posts[("钱望舒", "总工会主席")] == "自治区总工会"


def test_extraction_a_districts_union_without_总_after_its_city_is_the_districts_union():
    text = ("本报讯 12月26日，重庆沙坪坝区工会第六次代表大会召开。沙坪坝区总工会主席钱望舒作工作报告。"
            "市总工会副主席孙海林出席。")
    orgs = set(page_document(text, city="重庆市").organisations)
    assert not any(o.endswith("区工会") for o in orgs) and any(o.endswith("沙坪坝区总工会") for o in orgs)


def test_extraction_a_districts_union_in_a_chain_after_that_districts_title():
    text = ("本报讯 5月24日，市人大常委会副主任、市总工会主席钱望舒到黄岩区调研，在黄岩区走访企业。"
            "椒江区人大常委会副主任、区总工会主席孙海林陪同。")
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="台州市").posts}
    assert posts[("孙海林", "区总工会主席")].endswith("椒江区总工会")


@pytest.mark.parametrize("title", ["政府常务副县长", "县政府副县长"])
def test_extraction_a_head_of_government_with_the_government_before_the_post(title):
    text = f"本报讯 2023年1月18日，走访慰问组在县委常委、{title}钱望舒带领下慰问困难职工。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="阿瓦提县").posts}
    assert posts[("钱望舒", title)] == "阿瓦提县人民政府"


def test_extraction_a_post_after_the_name_is_in_the_body_named_before_it():
    text = "12月25日下午，福州市总工会王建国副主席、鼓楼区总工会李明华主席一行到企业调研工会工作。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="福州市").posts}
    assert posts[("王建国", "副主席")] == "福州市总工会"
    assert posts[("李明华", "主席")].endswith("鼓楼区总工会")


def test_extraction_a_building_after_a_post_and_the_verb_of_the_sentence_are_no_name():
    text = "本报讯 2013年8月13日，市总工会法律服务活动在开发区员工楼举行，市总工会主席钱望舒出席。"
    assert set(page_document(text, city="广州市").persons) == {"钱望舒"}


def test_extraction_a_federation_of_trade_unions_by_its_full_type():
    text = "本报讯 2014年2月10日，澳门工会联合总会举行新一届理监事就职典礼。"
    assert any(o.endswith("工会联合总会") for o in page_document(text).organisations)


def test_extraction_a_famous_name_inside_a_short_quoted_slogan_is_no_person():
    text = "进一步叫响“鲁班故里”品牌，镇人大主席钱望舒参加。"
    start = text.index("鲁班")
    assert names(text, ner_spans=[(start, start + 2, "PER")]) == [("钱望舒", ["镇人大主席"])]


def test_extraction_another_provinces_union_in_a_chain_after_that_provinces_title():
    text = "本报讯 3月9日上午，湖南省人大常委会副主任、省总工会主席钱望舒一行来我区考察商圈工会工作。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="杭州市").posts}
    assert posts[("钱望舒", "省总工会主席")] == "湖南省总工会"


def test_extraction_a_verb_before_a_divisions_type_word_is_no_place(gaz):
    text = "随后，调研组到加工厂现场调研帮扶村集体经济发展情况。"
    start = text.index("帮扶村")
    assert find_places(text, gaz, PlaceContext(), [(start, start + 3, "LOC")]) == []


def test_extraction_an_activity_centre_is_no_event_noun():
    sentence = "12月29日，市总工会职工帮扶活动中心项目开工奠基仪式举行。"
    assert event_label(sentence, sentence.index("日") + 1) == "市总工会职工帮扶活动中心项目开工奠基仪式"


def test_extraction_a_city_after_a_post_word_is_no_name():
    text = "本报讯 2017年9月11日，农民工入会仪式举行。钱望舒代表许昌市总工会向参建人员致以问候。"
    assert "许昌市" not in page_document(text, city="许昌市").persons


def test_extraction_a_citys_union_named_without_总_is_its_federation_of_unions(gaz):
    assert canonical_name("洛阳市工会", PlaceContext(), gaz) == "洛阳市总工会"
    assert canonical_name("潘集区工会", PlaceContext(), gaz).endswith("潘集区总工会")


def test_extraction_a_firms_union_after_its_party_committee_when_the_firm_is_named_after_its_city():
    text = "本报讯 2024年3月8日，省总工会到兰州石化公司调研。兰州石化公司党委副书记、工会主席钱望舒陪同。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="兰州市").posts}
    assert posts[("钱望舒", "工会主席")] == "兰州石化公司工会"


@pytest.mark.parametrize("text, not_a_name", [
    ("本报讯 8月12日，副主席钱望舒一行还来到公司机关进行调研。", "关进行"),  # 公|司机|关: no post there
    ("本报讯 6月14日，书记孙海林就学习贯彻总书记贺信精神分享了体会。", "贺信"),  # 总书记 follows its name
])
def test_extraction_no_name_after_a_post_word_inside_other_words_or_after_总书记(text, not_a_name):
    assert not_a_name not in page_document(text, city="许昌市").persons


def test_extraction_a_citys_short_name_is_no_person():
    text = "要为许昌“智造之都”建设作出贡献，副主席钱望舒表示。"
    start = text.index("许昌")
    assert names(text, ner_spans=[(start, start + 2, "PER")]) == [("钱望舒", ["副主席"])]


def test_extraction_a_list_closed_by_the_staff_of_departments_shares_the_verb():
    text = ("本报讯 7月14日，市总工会到驻村工作队慰问。市总工会副调研员钱望舒、四级调研员孙海林、相关部门同志参加慰问。")
    doc = page_document(text, city="平顶山市")
    assert not any(p.startswith("相关") for p in doc.persons)
    assert {(p.person, p.role_label) for p in doc.participations} >= {("钱望舒", "参加慰问"), ("孙海林", "参加慰问")}


def test_extraction_an_honour_later_in_a_chain_is_held_in_no_body_of_it():
    text = "本报讯 12月4日，劳模宣讲会举行。第十四届全国人大代表、河南省劳动模范钱望舒讲述了返乡创业的历程。"
    posts = {(p.holder, p.label): p.organisation for p in page_document(text, city="洛阳市").posts}
    assert posts[("钱望舒", "河南省劳动模范")] is None


def test_extraction_the_papers_own_counties_named_without_their_suffix(gaz):
    context = PlaceContext(province=gaz.resolve("河南省"), city=gaz.resolve("焦作市"))
    text = "活动在沁阳、孟州等地举行，孟州市总工会副主席王卫辉参加。"
    person = text.index("王卫辉")
    found = find_places(text, gaz, context, [(person, person + 3, "PER")])
    assert [(p.name, p.text) for p in found] == [("沁阳市", "沁阳"), ("孟州市", "孟州"), ("孟州市", "孟州市")]


def test_extraction_a_county_named_without_its_suffix_inside_a_firms_name_is_no_place(gaz):
    context = PlaceContext(province=gaz.resolve("山西省"), city=gaz.resolve("运城市"))
    text = "慰问组来到中车永济电机有限公司，看望一线职工。"
    firm = text.index("中车")
    assert find_places(text, gaz, context, [(firm, text.index("，"), "ORG")]) == []


def test_extraction_a_list_of_officials_closed_by_a_comma_shares_the_verb_after_it():
    text = ("本报讯 2019年7月3日，区总工会主席钱望舒，副主席孙海林、李大勇，副调研员赵明，"
            "组织部分企业工会干部赴潍坊参观学习。")
    doc = page_document(text, city="济南市")
    assert {p.person for p in doc.participations} == {"钱望舒", "孙海林", "李大勇", "赵明"}


def test_extraction_officials_joined_to_a_counted_crowd_share_its_verb():
    text = ("本报讯 2025年4月27日，慰问演出在府城举行，市区领导钱望舒、孙海林及来自一线的环卫工人、快递员等"
            "户外劳动者共300余人参加活动。")
    doc = page_document(text, city="张掖市")
    assert {(p.person, p.role_label) for p in doc.participations} >= {("钱望舒", "参加"), ("孙海林", "参加")}


def test_extraction_officials_then_bodies_and_a_counted_crowd_after_yiji_share_its_verb():
    text = ("本报讯 近日，劳动竞赛总结表彰大会举行。市总工会副主席钱望舒，县委副书记孙海林，园区管委会主任李大勇，"
            "以及县总工会、县发改局等单位主要负责人，相关企业负责人，受表彰单位和个人，共计近100人参加会议。")
    doc = page_document(text, city="岳阳市")
    assert {(p.person, p.role_label) for p in doc.participations} >= {
        ("钱望舒", "参加"), ("孙海林", "参加"), ("李大勇", "参加")}


def test_extraction_officials_listed_on_after_yiji_share_the_lists_verb():
    text = ("本报讯 4月29日，游园活动在寸金公园拉开帷幕。市总工会党组书记、常务副主席钱望舒，副主席孙海林、李大勇"
            "以及党组成员、副调研员王立新、李海等领导参加活动。")
    doc = page_document(text, city="湛江市")
    assert {p.person for p in doc.participations if p.role_label == "参加"} == {"钱望舒", "孙海林", "李大勇", "王立新",
                                                                               "李海"}


def test_extraction_those_whose_report_a_visitor_heard_took_part_by_reporting():
    text = ("本报讯 11月3日，市总工会党组书记钱望舒到鲁山县调研。在随后的汇报会上，钱望舒认真听取了县人大常委会副主任、"
            "县总工会主席李海和县总工会副主席王立新的工作汇报。")
    doc = page_document(text, city="平顶山市")
    assert {(p.person, p.role_label) for p in doc.participations} >= {("李海", "汇报"), ("王立新", "汇报")}


def test_extraction_officials_listed_with_commas_in_company_of_a_visitor_accompany_him():
    text = ("本报讯 2019年1月10日，省总工会党组书记钱望舒率慰问组到我州慰问。在州委副书记、州委政法委书记孙海林，"
            "州人大常委会副主任、州总工会主席李大勇的陪同下，钱望舒一行深入项目工地走访慰问。")
    doc = page_document(text, city="楚雄彝族自治州")
    assert {(p.person, p.role_label) for p in doc.participations} >= {("孙海林", "陪同"), ("李大勇", "陪同")}


def test_extraction_a_list_of_places_closed_by_their_kind_names_each(gaz):
    text = "慰问组到三亚、万宁、乐东等市县走访慰问困难职工。"
    found = find_places(text, gaz, PlaceContext())
    assert [(p.name, p.text) for p in found] == [("三亚市", "三亚"), ("万宁市", "万宁"), ("乐东黎族自治县", "乐东")]


def test_extraction_a_list_of_places_opening_after_a_verb(gaz):
    text = "职工分布在登封、新密、郑州等地。"
    found = find_places(text, gaz, PlaceContext())
    assert [p.name for p in found] == ["登封市", "新密市", "郑州市"]


def test_extraction_a_township_named_without_its_suffix_after_its_county(gaz):
    def found(text):
        return [(p.name, p.text) for p in find_places(text, gaz, PlaceContext())]

    assert found("启动仪式在永靖县刘家峡举行。") == [("永靖县", "永靖县"), ("刘家峡镇", "刘家峡")]
    assert found("永靖县刘家峡村") == [("永靖县", "永靖县"), ("刘家峡村", "刘家峡村")]  # a village's name
    assert found("慰问永靖县盐锅峡水电厂职工。") == [("永靖县", "永靖县")]  # a firm's name
    # 刘家峡|铺社区: no community is named by one character; the township's name opens the community's
    assert found("领导来到永靖县刘家峡铺社区调研。") == [("永靖县", "永靖县")]


def test_extraction_a_countys_name_inside_a_word_is_no_place(gaz):
    def found(text):
        return [p.name for p in find_places(text, gaz, PlaceContext())]

    assert found("开展模范县级工会创建活动。") == []  # 模范|县级: no 范县
    assert found("为环南昆山-罗浮山县镇村高质量发展作出贡献。") == []  # 罗浮山|县镇村: no 浮山县, no 镇村
    assert found("县总工会到范县调研。") == ["范县"]


def test_extraction_a_street_named_after_a_city_is_no_place(gaz):
    found = {p.name for p in find_places("来到城关区环卫局金昌南路爱心服务站慰问。", gaz, PlaceContext())}
    assert "城关区" in found and "金昌市" not in found


def test_extraction_a_prefectures_short_name_is_its_seats_in_a_report_on_the_seat(gaz):
    text = "恩施市总工会为一线职工送去防暑物品，感谢他们为恩施的经济发展做出的贡献。"
    assert [p.name for p in find_places(text, gaz, PlaceContext())] == ["恩施市", "恩施市"]
    text = "恩施州总工会为一线职工送去防暑物品，感谢他们为恩施的经济发展做出的贡献。"
    assert {p.name for p in find_places(text, gaz, PlaceContext())} == {"恩施土家族苗族自治州"}


def test_extraction_a_city_named_only_inside_a_quoted_cup_is_no_context_for_the_page():
    text = ("2016年河北省职工职业技能大赛暨“苏州重工杯”焊工决赛开幕\n7月5日上午，由省总工会、省人社厅联合举办的"
            "河北省职工职业技能大赛暨“苏州重工杯”焊工决赛开幕式举行。省总工会副主席钱望舒出席并讲话。\n")
    doc = page_document(text)
    assert "河北省总工会" in doc.organisations and held(doc)["钱望舒"] == "河北省总工会"


def test_extraction_a_county_paper_visited_by_a_county_level_city_keeps_its_own_county():
    text = ("本报讯 5月27日，汝州市总工会一行来我县考察工会工作。座谈会上，县委常委、总工会主席钱望舒介绍了"
            "我县工会基本情况。")
    doc = page_document(text)
    assert "汝州县总工会" not in doc.organisations and "汝州市总工会" in doc.organisations


def test_extraction_the_county_a_headline_names_resolves_the_bodies_of_its_article(gaz):
    text = ("鲁山县总工会访民情送温暖\n\n为深入开展教育实践活动，县总工会主席钱望舒带领机关干部深入企业，"
            "走访慰问困难职工。\n")
    doc = page_document(text)
    assert held(doc)["钱望舒"] == "鲁山县总工会"


def test_extraction_a_title_begins_after_the_name_of_a_meeting():
    text = "本报讯 4月2日，区总工会召开新业态劳动者入会工作座谈会区总工会党组成员、副主席钱望舒出席会议。"
    doc = page_document(text, city="重庆市")
    assert ("钱望舒", "区总工会党组成员") in {(p.holder, p.label) for p in doc.posts}


@pytest.mark.parametrize("text, thing", [
    ("本报讯 8月13日，市总工会常务副主席钱望舒一行慰问了金茨泉酒业工人和公交司机。", "金茨泉"),  # a firm
    ("本报讯 8月13日，市总工会常务副主席钱望舒一行发放装有夏桑菊颗粒、毛巾等防暑用品的礼包。", "夏桑菊"),  # a remedy
])
def test_extraction_a_surname_opening_a_firms_or_a_products_name_is_no_person(text, thing):
    start = text.index(thing)
    assert [name for name, _ in names(text, ner_spans=[(start, start + 3, "PER")])] == ["钱望舒"]


def test_extraction_a_housing_estate_named_with_a_dot_is_no_person():
    text = "本报讯 1月17日，慰问组分别来到科技股份有限公司、尚玉园·文苑和北大街工会驿站慰问一线职工。"
    start = text.index("尚玉园")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == []


def test_extraction_a_verb_and_the_word_union_is_no_organisation(gaz):
    text = "慰问团向一线职工送上慰问金，表达工会组织的温暖。"
    start = text.index("表达")
    found = find_organisations(text, gaz, [(start, start + 6, "ORG")])
    assert [m.text for m in found] == []


def test_extraction_a_common_word_and_two_characters_after_it_is_no_name():
    text = "会议对企业做好防暑降温工作、确保广大职工平安度夏提出了希望。"
    start = text.index("平安度夏")
    assert names(text, ner_spans=[(start, start + 4, "PER")]) == []


def test_extraction_a_bare_union_post_after_the_union_named_in_its_sentence_is_of_that_union():
    text = "本报讯 8月13日，宜都市总工会组织开展“送清凉”活动，常务副主席钱望舒等一行深入一线慰问环卫工人。"
    assert held(page_document(text))["钱望舒"] == "宜都市总工会"


def test_extraction_a_bare_post_after_another_name_takes_no_union_from_before_it():
    text = "本报讯 8月13日，宜都市总工会组织开展“送清凉”活动，在化工公司，孙海林介绍了情况，副主席钱望舒表示感谢。"
    assert held(page_document(text)).get("钱望舒") != "宜都市总工会"


def test_extraction_a_models_name_running_into_获_is_cut():
    text = "比赛中，选手薛坤鹏获安全检查项目第一名，刘琦获矿山救护项目第六名。"
    start = text.index("刘琦获")
    assert ("刘琦", []) in names(text, ner_spans=[(start, start + 3, "PER")])


def test_extraction_a_street_named_after_a_province_is_no_province(gaz):
    text = "慰问组来到西藏路一家科技公司，看望一线职工。"
    assert "西藏自治区" not in [d.name for _, _, d in gaz.find_in_text(text)]


def test_extraction_the_short_name_of_a_county_the_text_names_is_no_person():
    text = "黄梅县总工会举办庆祝活动。会议号召全县职工为谱写黄梅篇章贡献力量。"
    start = text.index("黄梅篇")
    assert names(text, ner_spans=[(start, start + 2, "PER")]) == []


def test_extraction_a_county_level_citys_media_in_the_byline_gives_its_市_forms():
    text = ("省总工会领导来我市走访慰问\n\n云上枣阳报道(融媒体记者钱望舒)1月9日，省总工会党组成员孙海林到我市开展送温暖"
            "活动。市委常委、统战部长李大勇陪同。\n")
    doc = page_document(text)
    assert held(doc)["李大勇"] == "中共枣阳市委"


def test_extraction_a_site_named_after_a_province_in_the_byline_is_no_place_of_the_report():
    text = "山西新闻网三农频道讯 为弘扬劳模精神，5月1日，屯留区总工会举办劳模座谈会。\n"
    doc = page_document(text)
    assert "山西省" not in doc.places and "屯留区" in doc.places


def test_extraction_a_page_of_no_known_paper_on_a_county_level_city_gives_its_province_and_city():
    text = ("省总工会领导到琼海市慰问劳模\n\n2019年9月25日，省总工会党组书记钱望舒到琼海市走访慰问劳模。市人大常委会"
            "副主任、市总工会主席孙海林陪同。\n")
    doc = page_document(text)
    assert held(doc)["钱望舒"] == "海南省总工会" and held(doc)["孙海林"] == "琼海市总工会"


@pytest.mark.parametrize("surface, canonical", [
    ("省总保障工作部", "江西省总工会保障工作部"),
    ("省总办公室", "江西省总工会办公室"),
])
def test_extraction_a_department_of_the_short_named_federation(gaz, surface, canonical):
    context = PlaceContext(province=gaz.resolve("江西省"))
    assert canonical_name(surface, context, gaz) == canonical


def test_extraction_a_long_autonomous_county_in_a_title_chain_resolves_its_county_union():
    text = ("本报讯 7月20日，省总工会副主席钱望舒一行到保亭、琼中慰问。保亭黎族苗族自治县人大常委会副主任、县总工会主席"
            "孙海林，琼中黎族苗族自治县人大常委会副主任、县总工会主席李大勇分别陪同。")
    doc = page_document(text)
    assert held(doc)["孙海林"] == "保亭黎族苗族自治县总工会" and held(doc)["李大勇"] == "琼中黎族苗族自治县总工会"


def test_extraction_the_short_name_of_a_township_the_text_names_is_no_person():
    text = "为庆祝石龙工会成立100周年，石龙镇总工会举办职工运动会。"
    start = text.index("石龙工会")
    assert names(text, ner_spans=[(start, start + 2, "PER")]) == []


def test_extraction_a_brand_named_like_an_old_man_is_no_person():
    text = "慰问组为环卫工人送去了矿泉水、王老吉、毛巾等防暑用品。"
    start = text.index("王老吉")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == []


@pytest.mark.parametrize("text, expected", [
    ("参赛选手张宁获第一名，李海璟获第二名。", "李海璟"),  # the model stopped short of a rare third character
    ("参赛选手张宁获第一名，李海也获第二名。", "李海"),  # an adverb between the name and its verb
])
def test_extraction_a_models_two_character_name_before_a_rare_character_and_a_verb(text, expected):
    start = text.index("李海")
    spans = [(text.index("张宁"), text.index("张宁") + 2, "PER"), (start, start + 2, "PER")]
    assert [name for name, _ in names(text, ner_spans=spans)] == ["张宁", expected]


def test_extraction_a_rare_surname_after_a_post_before_a_verb_and_no_body_inside_the_name():
    doc = page_document("本报讯 7月14日下午，市总工会常务副主席钱望舒、副主席才海波带领工会机关人员慰问一线环卫工人。\n",
                        city="锦州市")
    assert list(doc.persons) == ["钱望舒", "才海波"]
    assert doc.facts[0].organisations == ("锦州市总工会",)  # no 海波带领工会


@pytest.mark.parametrize("text, city, expected", [
    ("本报讯 7月8日，市总工会召开全委会，选举市委常委、统战部部长钱望舒为市总工会主席。\n", "成都市",
     {"统战部部长": "中共成都市委统战部"}),  # 选举 is no place: the paper's city's committee
    ("本报讯 8月4日，湖北省远安县委常委、宣传部长、总工会主席钱望舒出席。\n", "宜昌市",
     {"宣传部长": "中共远安县委宣传部", "总工会主席": "远安县总工会"}),  # the county, the last place the chain names
])
def test_extraction_later_posts_of_a_chain_are_in_the_last_place_its_first_title_names(text, city, expected):
    posts = {p.label: p.organisation for p in page_document(text, city=city).posts if p.holder == "钱望舒"}
    assert {label: posts[label] for label in expected} == expected


def test_extraction_a_banners_deputy_head_holds_a_post_in_its_government():
    doc = page_document("本报讯 4月25日，鄂托克前旗总工会举办颁奖晚会。旗委常委、旗人民政府常务副旗长钱望舒出席并讲话。\n")
    posts = {(p.holder, p.label): p.organisation for p in doc.posts}
    assert posts[("钱望舒", "旗人民政府常务副旗长")] == "鄂托克前旗人民政府"


def test_extraction_a_department_head_after_a_named_citys_committee_title_heads_that_committees_department():
    doc = page_document("本报讯 5月15日，报告会在吴川举行。吴川市委常委、宣传部长钱望舒出席。\n", city="湛江市")
    assert {(p.holder, p.label): p.organisation for p in doc.posts}[("钱望舒", "宣传部长")] == "中共吴川市委宣传部"


@pytest.mark.parametrize("text, expected", [
    ("吴川市委常委、宣传部长招海出席。", [("招海", ["吴川市委常委", "宣传部长"])]),  # 招: rare, after a post
    ("全国五一劳动奖章获得者第五海洋参加。", [("第五海洋", ["全国五一劳动奖章获得者"])]),  # 第五: a compound surname
    ("区委副书记、区人民政府区长寻海一行人出席。", [("寻海", ["区委副书记", "区人民政府区长"])]),  # 寻: rare, after a post
    ("市总工会主席綦立新出席。", [("綦立新", ["市总工会主席"])]),  # 綦: a surname and no word
])
def test_extraction_names_of_surnames_from_modern_lists(text, expected):
    assert names(text) == expected


def test_extraction_a_sites_workers_home_is_named_for_the_site_not_a_person():
    text = "考察团一行到天城建设尚德郡职工小家参观。大家纷纷表示尚德郡职工小家设计细致入微。"
    spans = [(m, m + 3, "PER") for m in (text.index("尚德郡"), text.rindex("尚德郡"))]
    assert names(text, ner_spans=spans) == []


def test_extraction_a_nominee_for_a_post_in_a_list_of_officials_sharing_a_verb():
    text = ("本报讯 8月20日，市总工会主席张宁到企业慰问一线职工。市总工会党组书记、副主席钱望舒，副主席提名人选李海，"
            "副主席王立新参加活动。\n")
    doc = page_document(text, city="许昌市")
    assert {(p.person, p.role_label) for p in doc.participations} >= {("钱望舒", "参加"), ("李海", "参加"), ("王立新", "参加")}
    assert {p.holder: p.organisation for p in doc.posts}["李海"] == "许昌市总工会"
    assert ("李海", "副主席提名人选") in {(p.holder, p.label) for p in doc.posts}


def test_extraction_the_last_name_of_a_list_before_their_homes():
    text = "在困难职工钱望舒、胡地家中，区工会领导详细了解他们的生活。"
    assert [n for n, _ in names(text, ner_spans=[(5, 8, "PER")])] == ["钱望舒", "胡地"]


def test_extraction_a_verb_of_an_honour_after_representatives_is_no_name():
    text = "区劳动监察大队等5个先进集体代表荣获“工人先锋号”，钱望舒等5名先进个人荣获“五一劳动奖章”。"
    assert names(text, ner_spans=[(text.index("钱望舒"), text.index("钱望舒") + 3, "PER")]) == [("钱望舒", [])]


def test_extraction_a_word_ending_in_a_surname_before_a_citys_short_name_is_no_person():
    text = "市委书记钱望舒肯定了广大职工对于许昌经济建设做出的重要贡献。"
    start = text.index("于许昌")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == [("钱望舒", ["市委书记"])]


def test_extraction_a_web_pages_source_naming_a_province_yields_to_the_city_it_reports_on():
    text = ("昆明举行庆祝五一大会\n\n发布日期:2017-04-26  来源:云南网\n\n昨日上午，我市在昆明会堂隆重举行庆祝“五一”"
            "国际劳动节大会。市委书记钱望舒出席并讲话。昆明市各级工会代表参加。\n")
    assert held(page_document(text))["钱望舒"] == "中共昆明市委"


def test_extraction_the_chairman_of_an_autonomous_region_heads_its_government():
    text = ("本报讯 12月25日，自治区工会第十三次代表大会在南宁开幕。自治区党委副书记、自治区主席钱望舒出席。"
            "广西壮族自治区各族职工代表参加。\n")
    assert ("钱望舒", "自治区主席", "广西壮族自治区人民政府") in {(p.holder, p.label, p.organisation)
                                                         for p in page_document(text).posts}


def test_extraction_a_models_name_whose_last_character_opens_the_verb_is_cut():
    text = "活动开始前，爱心社社长陈宇宣读了倡议书。"
    start = text.index("陈宇宣")
    assert ("陈宇", ["爱心社社长"]) in names(text, ner_spans=[(start, start + 3, "PER")])


def test_extraction_a_title_right_after_a_date_leaves_the_day_out():
    text = "1月27日省工办党组成员钱望舒一行走访慰问困难职工。"
    assert [t for t, _, _ in title_chain(text, text.index("钱望舒"))] == ["省工办党组成员"]


def test_extraction_county_short_names_listed_with_places_are_no_persons():
    text = "比赛中，义乌等3个代表队获得一等奖，永康、金东、浦江、磐安等4个代表队获得二等奖。"
    spans = [(text.index(n), text.index(n) + 2, "PER") for n in ("金东", "浦江")]
    assert names(text, ner_spans=spans) == []


def test_extraction_a_county_head_where_the_county_is_unknown_heads_the_county_government():
    text = "本报讯 3月27日上午，我县工会第十次代表大会召开。县委副书记、县长钱望舒出席。"
    assert held(page_document(text))["钱望舒"] == "县人民政府"


def test_extraction_a_models_body_opening_with_a_preposition_starts_after_it(gaz):
    text = "6月23日—24日，以省总工会主席、党组书记钱望舒为组长的检查组来到市里。"
    start = text.index("以省总工会")
    found = find_organisations(text, gaz, [(start, start + 5, "ORG")])
    assert "以省总工会" not in [m.text for m in found]
    assert [t for t, _, _ in find_persons(text, [(start, start + 5, "ORG")])[0].titles] == ["省总工会主席", "党组书记"]


@pytest.mark.parametrize("party", ["调研组", "慰问团", "考察团", "报告团"])
def test_extraction_the_party_a_visit_is_made_by_is_no_organisation(gaz, party):
    text = f"6月5日，{party}一行来到企业看望一线职工。"
    start = text.index(party)
    assert find_organisations(text, gaz, [(start, start + len(party), "ORG")]) == []


@pytest.mark.parametrize("segment, title", [
    ("市人力资源和社会保障局党组成员", "市人力资源和社会保障局党组成员"),
    ("省工业和信息化厅副厅长", "省工业和信息化厅副厅长"),
    ("张三和市总工会主席", "市总工会主席"),
])
def test_extraction_a_bodys_type_written_with_和_stays_in_the_title(segment, title):
    assert title_suffix(segment) == title


def test_extraction_a_union_that_entrusts_is_no_committee(gaz):
    text = "12月7日，由市总工会批准，休宁县总工会委托举办的工会干部培训班开班。"
    assert "休宁县总工会委" not in [m.text for m in find_organisations(text, gaz, [])]


def test_extraction_a_place_then_a_survey_is_no_body(gaz):
    text = "12月9日，市政协副主席率队赴相城区调研工会服务职工阵地建设情况。"
    start = text.index("相城区")
    assert "相城区调研工会" not in [m.text for m in find_organisations(text, gaz, [(start, start + 7, "ORG")])]


@pytest.mark.parametrize("segment, title", [
    ("大会由校工会主席", "校工会主席"),
    ("作动员讲话区总工会党组书记", "区总工会党组书记"),
    ("经开区党工委副书记", "经开区党工委副书记"),
    ("铸锻厂班长", "铸锻厂班长"),
])
def test_extraction_where_a_title_begins(segment, title):
    assert title_suffix(segment) == title


def test_extraction_a_post_opening_with_a_surname_is_no_name_after_a_post():
    text = "区总工会党组书记常务副主席钱望舒致开幕辞。"
    assert [name for name, _ in names(text)] == ["钱望舒"]


@pytest.mark.parametrize("phrase", ["深化工会", "切实加强工会", "连州深化工会"])
def test_extraction_what_is_done_to_the_unions_is_no_body(gaz, phrase):
    text = f"大会号召，{phrase}改革创新，团结带领职工建功立业。"
    start = text.index(phrase)
    assert find_organisations(text, gaz, [(start, start + len(phrase), "ORG")]) == []


def test_extraction_a_quoted_cup_wrapped_over_two_lines_is_still_no_context():
    text = ("2016年河北省职工职业技能大赛暨“苏州重\n工杯”焊工决赛开幕\n\n7月5日上午，由省总工会、省人社厅联合举办的"
            "河北省职工职业技能大赛暨“苏州\n重工杯”焊工决赛开幕式举行。省总工会副主席钱望舒出席并讲话。\n")
    assert held(page_document(text))["钱望舒"] == "河北省总工会"


def test_extraction_the_unions_of_two_levels_named_together_are_no_body(gaz):
    text = "董永祥一行与州市总工会进行了座谈交流，并向阿拉山口市总工会捐赠援疆物资。"
    start = text.index("州市总工会")
    assert [m.text for m in find_organisations(text, gaz, [(start, start + 5, "ORG")])] == ["阿拉山口市总工会"]


def test_extraction_a_models_place_opening_with_a_function_word_starts_after_it(gaz):
    text = "一行来到省总工会对口援疆帮扶地博州阿拉山口市实地考察。"
    start = text.index("地博州")
    found = find_places(text, gaz, PlaceContext(), [(start, start + 3, "LOC")])
    assert "地博州" not in [p.name for p in found]


def test_extraction_a_conjunction_after_a_name_is_no_county_of_the_next_title():
    assert title_suffix("副主席钱望舒和县郑万高铁商务区管委会主任") == "县郑万高铁商务区管委会主任"


def test_extraction_a_mine_named_after_its_city_is_no_person():
    text = "开滦唐山矿业公司被授予全国工会职工书屋示范点。"
    start = text.index("唐山矿")
    assert names(text, ner_spans=[(start, start + 3, "PER")]) == []


def test_extraction_a_plan_deployed_is_no_office(gaz):
    text = "会议总结了前段工作，研究部署下一阶段重点工作。"
    start = text.index("研究部署")
    assert find_organisations(text, gaz, [(start, start + 4, "ORG")]) == []


@pytest.mark.parametrize("text, span, body", [
    ("会议选举李娴为西咸新区总工会主席。", "为西咸新区总工会", "西咸新区总工会"),
    ("经开区工会主席出席会议。", "经开区工会", "经开区工会"),  # 经 opens the zone's name here
])
def test_extraction_a_models_body_after_a_preposition(gaz, text, span, body):
    start = text.index(span)
    assert [m.text for m in find_organisations(text, gaz, [(start, start + len(span), "ORG")])] == [body]


def test_tagging_a_batch_when_the_memo_fills_keeps_the_texts_it_held(monkeypatch):
    """A text tagged before and a new one in one batch, with the memo of tagged texts full: both get their
    tags (the memo was emptied before the earlier text was read back)."""
    from graphbuilder import extract

    monkeypatch.setattr(extract, "_TAGGED", {})
    monkeypatch.setattr(extract, "_TAGGED_MAX", 2)
    first, second, third = "县总工会主席王建国出席会议。", "记者李红梅报道。", "市委书记赵明讲话。"
    alone = {text: extract.tag_all([text])[0] for text in (first, second, third)}
    extract._TAGGED.clear()
    extract.tag_all([first, second])
    assert extract.tag_all([first, third, first]) == [alone[first], alone[third], alone[first]]
    assert any(label == "PER" for *_, label in alone[third])


@pytest.mark.parametrize("text", ["据悉，2015年市总工会加大了惠工服务项目的投入，出资430万元组织职工疗休养。",
                                  "5日县总工会召开全委会议。"])
def test_extraction_a_relative_union_right_after_a_date(gaz, text):
    """2015年|市总工会: the level word starts the name after a date's 年 or 日, however the segmenter cuts them."""
    assert [m.text for m in find_organisations(text, gaz)] == [text[text.index("总工会") - 1:text.index("总工会") + 3]]


def test_extraction_a_zone_named_after_its_county_is_no_person():
    """吴中|经开区: the model's 吴中 (a surname, then a name) is the county a development zone is named after."""
    from graphbuilder.extract import tag

    text = "除了以上活动，吴中经开区综保职工之家还举办了趣味运动会。"
    assert names(text, ner_spans=tag(text)) == []


def test_extraction_a_county_that_organises_is_no_body(gaz):
    """双牌县|组织开展…: the county organises; 双牌县组织 is no organisation."""
    from graphbuilder.extract import tag

    text = "节日当天，双牌县组织开展多种形式的活动，庆祝国际劳动妇女节。"
    assert find_organisations(text, gaz, tag(text)) == []


@pytest.mark.parametrize("text", ["▲全国劳动模范金诃藏药股份有限公司产品研究员钱望舒",
                                  "其中，金诃藏药股份有限公司产品研究员钱望舒获评全国劳动模范。"])
def test_extraction_a_firms_name_that_opens_with_a_surname_is_no_person(text):
    """金诃|藏药股份有限公司: a firm's legal name, though it opens with a surname and follows a post."""
    from graphbuilder.extract import tag

    assert [name for name, _ in names(text, ner_spans=tag(text))] == ["钱望舒"]


def test_extraction_a_congress_presidium_chair_holds_no_post_in_a_body():
    """大会执行主席陈小平: 执行主席 is the post, and 大会 (the congress) no organisation."""
    doc = page_document("本报讯 8月1日上午，市工会第十九次代表大会举行第二次全体会议。大会执行主席钱望舒主持会议。")
    assert held(doc) == {"钱望舒": None} and "大会执行" not in doc.organisations


@pytest.mark.parametrize("text", ["认真落实保障措施，按照书记要求常态化开展农民工专列服务。",
                                  "县总工会对困难职工常态化开展帮扶，建立档案。",
                                  "丰富教职工的文体生活，提升教职工的幸福感和获得感，以昂扬斗志助力发展。"])
def test_extraction_a_word_made_with_化_感_or_性_is_no_name(text):
    """书记|常态化, 困难职工|常态化, 的|幸福感: 常 and 幸 are surnames, but 常态化 (as 规范化) and 幸福感 are no names."""
    from graphbuilder.extract import tag

    assert names(text, ner_spans=tag(text)) == []


@pytest.mark.parametrize("text, found", [
    ("运动员团结拼搏，裁判员公正裁判，工作人员敬业奉献。", []),
    ("这项举措体现了分部工会对农民工关怀工作的高度重视。", []),
    ("推进会上，农民工钱望舒手持工会会员证高兴地说。", ["钱望舒"]),
])
def test_extraction_a_word_after_a_role_noun_is_a_name_only_where_names_end(text, found):
    """裁判员|公正裁判, 农民工|关怀工作: words the dictionary knows, and no mark or verb after them; 农民工钱望舒."""
    from graphbuilder.extract import tag

    assert [name for name, _ in names(text, ner_spans=tag(text))] == found


@pytest.mark.parametrize("text, found", [
    ("广泛开展走访慰问，送温暖、惠民生、暖万家。", []),
    ("为困难职工解难题、做好事、办实事，叫响服务品牌。", []),
    ("县领导李建平、操航、孙海林出席开幕式。", ["李建平", "操航", "孙海林"]),
])
def test_extraction_an_item_of_a_list_of_deeds_is_no_name(text, found):
    """惠民生 and 解难题 open with surnames, but stand among deeds that open with verbs (送温暖, 做好事)."""
    from graphbuilder.extract import tag

    assert [name for name, _ in names(text, ner_spans=tag(text))] == found


def test_extraction_on_behalf_of_a_district_is_no_delegate_named_after_it():
    """代表|区大班子向…致以问候: 代表 (on behalf of) the district's leaders; 区 is a surname, 区大 no name."""
    from graphbuilder.extract import tag

    text = "区委副书记钱望舒讲话，代表区大班子向全区广大职工致以节日问候。"
    assert [name for name, _ in names(text, ner_spans=tag(text))] == ["钱望舒"]


@pytest.mark.parametrize("text", [
    "驿站是指按照统一标准设立、张贴工会统一标识、接受工会指导的服务站点。",
    "今年以来，全市在新业态领域新建工会组织427家。",
    "听取工作情况汇报后，易青部长要求工会要积极探索服务职工新路径。",
])
def test_extraction_no_organisation_from_an_act_on_the_unions_or_a_name_before_its_post(gaz, text):
    """张贴|工会统一标识, 新建|工会组织: done to unions; 易青|部长: a person and the head of a department."""
    from graphbuilder.extract import tag

    assert [m.text for m in find_organisations(text, gaz, tag(text))] == []


@pytest.mark.parametrize("text", ["市总工会副主席钱望舒带领第二慰问组前往龙华区开展送温暖活动。",
                                  "考察调研组一行先后考察调研从江丙妹镇职工之家。",
                                  "省总工会党组书记钱望舒带领省慰问团，在市总工会陪同下慰问困难职工。"])
def test_extraction_a_visiting_party_is_no_body(gaz, text):
    """第二慰问组, 考察调研组, 省慰问团: the party a visit is made by, however it is numbered or named."""
    from graphbuilder.extract import tag

    found = [m.text for m in find_organisations(text, gaz, tag(text))]
    assert not any(name.endswith(("组", "团")) for name in found)


@pytest.mark.parametrize("text, found", [
    ("近日，正定县新城铺镇总工会联合镇卫生院开展义诊活动。", ["正定县新城铺镇总工会", "镇卫生院"]),
    ("6月7日，中策橡胶集团工会联合公司安全生产部开展劳动保护检查。", ["中策橡胶集团工会", "公司安全生产部"]),
    ("钱东社区联合工会开展中秋主题活动。", ["钱东社区联合工会"]),
])
def test_extraction_a_body_that_joins_another_is_two_bodies(gaz, text, found):
    """…总工会|联合|镇卫生院: the verb 联合 joins two bodies (and 联合镇 is no township here); 社区联合工会 is one."""
    from graphbuilder.extract import tag

    assert [m.text for m in find_organisations(text, gaz, tag(text))] == found


@pytest.mark.parametrize("segment, title", [
    ("武冈市总工会主席钱望舒一行来到困难职工", "困难职工"),  # a name and 一行 before: the verb ends the title
    ("沙市区总工会组织召开全区工会工作会议区委常委", "区委常委"),  # the meeting, then the committee's title
    ("信阳毛尖制作技艺传承人", "信阳毛尖制作技艺传承人"),  # a place-led title with a verb in it
])
def test_extraction_a_title_ends_at_a_verb_after_a_name_and_at_a_meeting(segment, title):
    assert title_suffix(segment) == title


def test_extraction_a_union_post_written_with_工会_is_the_one_union_named_before():
    """…镇总工会组织开展送温暖活动。工会主席钱望舒: the union the report named; but after a firm in a list
    (集团副总经理X、工会主席Y) no other union is taken for it."""
    doc = page_document("本报讯 近日，常州市金坛区儒林镇总工会组织开展送温暖活动。工会主席钱望舒、副主席孙海林一行走访慰问"
                        "困难职工。")
    assert held(doc) == {"钱望舒": "金坛区儒林镇总工会", "孙海林": "金坛区儒林镇总工会"}
    doc = page_document("本报讯 5月10日，邢台市总工会举行抽奖仪式，集团副总经理李建平、工会主席孙海林出席。")
    assert held(doc)["孙海林"] != "邢台市总工会"


def test_extraction_the_audit_office_of_a_union_in_a_shared_chain_is_the_unions():
    """平顶山市总工会三级调研员X、经审办主任Y: 经审 (经费审查) opens the office's name, though 经 is often a verb; the
    office is the union's, as its 经审委 is."""
    doc = page_document("本报讯 1月24日上午，平顶山市总工会三级调研员钱望舒、经审办主任孙海林一行赴石龙区开展送温暖慰问活动。")
    assert held(doc)["孙海林"] == "平顶山市总工会" and "经审办" not in doc.organisations
    assert [p.label for p in doc.posts if p.holder == "孙海林"] == ["经审办主任"]


def test_extraction_a_countys_data_bureau_and_media_centre_are_read_whole(gaz):
    """县数据资源管理局, 县融媒体中心, 市烟草专卖局: a level word and a government body's type, as 县自然资源局 (the model
    alone finds 资源管理局)."""
    text = "近日，县数据资源管理局被省总工会授予“工会服务驿站”，县融媒体中心、市烟草专卖局职工参加揭牌仪式。"
    assert {"县数据资源管理局", "县融媒体中心", "市烟草专卖局"} <= {o.text for o in find_organisations(text, gaz)}


def test_extraction_a_name_ending_in_a_function_word_before_deng_and_a_clans_village():
    """四川工匠许小都等四名劳模: 都 before 等 and a number ends the list's last name (not 许小|都等); 袁家桥暖心驿站: a
    village named for a clan (X家桥, X家庄), no person."""
    text = "随后省劳模钱望舒、四川工匠许小都等四名劳模上台分享。劳模们还参观了定水袁家桥暖心驿站。"
    from graphbuilder.extract import tag

    found = [name for name, _titles in names(text, ner_spans=tag(text))]
    assert "许小都" in found and "许小" not in found and "袁家桥" not in found


def test_extraction_a_citys_research_office_is_one_body(gaz):
    """宁德市党史研究室: a body ending in 研究室 (as 研究所, 研究院), not 宁德市党 and a department 史研究室."""
    text = "在行程的最后一天，考察团参观了宁德市党史研究室，观看了有关展览。"
    from graphbuilder.extract import tag

    assert "宁德市党史研究室" in [o.text for o in find_organisations(text, gaz, ner_spans=tag(text))]


def test_extraction_a_name_that_ran_into_a_verb_of_holding():
    """县综合行政执法局工会主席吴井海|手捧爱书…: the model's 吴井海手 ran into 手捧 (holds in both hands)."""
    from graphbuilder.extract import tag

    text = "深化职工读书月活动，县综合行政执法局工会主席吴井海手捧爱书高兴的告诉笔者，县总工会送书到基层。"
    assert [name for name, _titles in names(text, ner_spans=tag(text))][:1] == ["吴井海"]


def test_extraction_a_count_of_divisions_is_no_place(gaz):
    """梧州市所辖三县一市: the model's place 所辖三县 counts counties; it names none."""
    from graphbuilder.extract import tag

    text = "黄树新同志荣获全国劳动模范称号，也是梧州市所辖三县一市唯一获此殊荣的基层干部。"
    assert [p.name for p in find_places(text, gaz, PlaceContext(), tag(text))] == ["梧州市"]


def test_extraction_a_relative_body_in_a_chain_after_a_county_level_city_of_another_prefecture():
    """汝州市人大常委会党组成员、市总工会主席X in a 商丘 paper: 汝州市 (of 平顶山) is the one county-level city of that
    name, so the chain's 市总工会 is 汝州市's, not the paper's city's."""
    doc = page_document("7月17日，汝州市人大常委会党组成员、市总工会主席钱望舒带领有关人员看望慰问劳动者。", city="商丘市")
    assert held(doc)["钱望舒"] == "汝州市总工会"


def test_extraction_a_name_a_space_parts_from_its_post():
    """琼海市污水处理有限公司总经理 何亮：“…”: the model takes the space into the name; the name is 何亮 and the post
    before the space is his."""
    from graphbuilder.extract import tag

    text = "琼海市污水处理有限公司总经理 何亮：“感谢市总工会给我们企业职工带来夏日清凉。”"
    assert names(text, ner_spans=tag(text)) == [("何亮", ["琼海市污水处理有限公司总经理"])]


def test_extraction_an_honorary_post_is_no_name_before_a_post():
    """香港教育工作者联会永远荣誉会长杨耀忠: 荣誉 (the dictionary tags it nr) makes the post honorary; it is no name."""
    from graphbuilder.extract import tag

    text = "香港公务员总工会主席倪春青，香港教育工作者联会永远荣誉会长杨耀忠等出席。"
    found = dict(names(text, ner_spans=tag(text)))
    assert "荣誉" not in found and found["杨耀忠"] == ["荣誉会长"]


def test_extraction_surnames_that_are_prepositions_or_rare_after_a_post():
    """区总工会主席向|智勇主持会议: 向 the surname (not the preposition of 主席向大会作报告); 副主席后承东: a rare
    surname the model's name opens with; 县粮食局下岗职工段冉冉: a laid-off worker's name after the role."""
    text = "区委常委、区总工会主席向智勇主持会议。主席向大会作工作报告。"
    assert [name for name, _ in names(text)] == ["向智勇"]
    persons = find_persons("市总工会党组成员、副主席后承东主持召开部署会。", [(12, 15, "PER")])
    assert [(p.name, [t for t, *_ in p.titles]) for p in persons] == [("后承东", ["市总工会党组成员", "副主席"])]
    persons = find_persons("延安市委书记蒿慧杰出席并讲话。", [(6, 9, "PER")])  # 蒿, a rare surname
    assert [(p.name, [t for t, *_ in p.titles]) for p in persons] == [("蒿慧杰", ["延安市委书记"])]
    persons = find_persons("看望慰问了省部级劳模代表代云鑫，点赞他的精神。", [(12, 15, "PER")])  # 代, not 代表's
    assert [(p.name, [t for t, *_ in p.titles]) for p in persons] == [("代云鑫", ["省部级劳模代表"])]
    # a rare surname after a post, the name up to a mark, with no model's name: 市政协副主席庹军，; but not a word
    # that opens with the surname's character (当选区总工会主席后表示，), nor an honour (先进工作者荣誉，)
    assert names("市政协副主席庹军，市总工会主席王建国出席。") == [("庹军", ["市政协副主席"]), ("王建国", ["市总工会主席"])]
    assert names("在当选区总工会主席后表示，要团结带领广大职工。获得先进工作者荣誉，是对劳动者的肯定。") == []


def test_extraction_a_list_of_names_read_back_to_its_first_after_a_collective_word():
    """市总工会领导黄燕、成飞、吕建峰陪同: from the model's last name back to the first, two characters after 领导."""
    text = "市总工会领导黄燕、成飞、吕建峰陪同。"
    assert [p.name for p in find_persons(text, [(12, 15, "PER")])] == ["黄燕", "成飞", "吕建峰"]
    text = "到县环卫大队市劳模马二菊、县粮食局下岗职工段冉冉两户困难家庭慰问。"
    assert [p.name for p in find_persons(text)] == ["马二菊", "段冉冉"]


@pytest.mark.parametrize("text, ner, found", [
    ("上半年街道总工会及下属企业工会共荣获省级荣誉三项。", [(0, 8, "ORG")], []),  # 上半年 is when, and no body is named
    ("为加快建设社会主义现代化新剑阁贡献工会力量。", [(13, 19, "ORG")], []),  # the unions' strength
    ("洛阳市总工会主办，洛阳市职工文联承办。", [(9, 16, "ORG")], ["洛阳市总工会", "洛阳市职工文联"]),  # 文联 ends a name
    ("相关县区工会领导参加活动。", [], []),  # the counties' and districts' unions
    ("实地考察了东西部协作产业园。", [(5, 13, "ORG")], []),  # a region's program, no body's 部
    # a firm's department: the firm (a business unit, 事业部, is a body of its own)
    ("长江汽车零部件有限公司技术部负责人王建国获评劳动模范。", [(0, 14, "ORG")], ["长江汽车零部件有限公司"]),
    ("长江化工有限公司技术中心副主任王建国获评劳动模范。", [(0, 12, "ORG")], ["长江化工有限公司"]),
    ("湘江电机集团电机事业部党委书记王建国获评劳动模范。", [(0, 11, "ORG")], ["湘江电机集团电机事业部"]),
])
def test_extraction_model_organisations_that_are_when_or_what(gaz, text, ner, found):
    assert [m.text for m in find_organisations(text, gaz, ner)] == found


def test_extraction_a_provinces_short_name_opening_a_firms_name_is_no_place(gaz):
    """授予河南亚坤集团X…: 河南 opens the firm's name (a brand, then 集团 or 有限公司); 河南省总工会 and a list of
    provinces still name the province."""
    def places(text):
        return [p.name for p in find_places(text, gaz, PlaceContext())]

    assert places("授予河南亚坤集团钱望舒等39名同志称号。") == []
    assert places("河南巨龙生物工程股份有限公司召开表彰大会。") == []
    assert places("来自河南、山东的职工参加。") == ["河南省", "山东省"]


@pytest.mark.parametrize("text, found", [
    ("晋江市总工会获福建县级工会经审工作规范化建设特等奖。", ["晋江市总工会"]),  # a level of unions, no one body
    ("会议通过了第四次代表大会代表资格审查委员会名单（草案）。", []),  # an organ of the congress
    ("来自全市各县区总工会、企事业单位工会的82支代表队参加比赛。", []),  # each of the counties' unions
    ("各部室要贯彻落实好市总工会第三届全委会精神。", ["市总工会"]),  # 好 completes the verb before the body
])
def test_extraction_words_of_titles_and_levels_that_name_no_body(gaz, text, found):
    assert [m.text for m in find_organisations(text, gaz, extract_tags(text))] == found


def extract_tags(text):
    from graphbuilder.extract import tag

    return tag(text)


def test_extraction_a_party_group_or_a_bare_type_word_in_a_title_is_no_body():
    """赛罕区党组成员、总工会副主席X: a body's party group (党组) is the body's, and a district has none; 办事处主任 X:
    办事处 alone is the type word of a subdistrict's office, no body."""
    text = "本报讯 4月30日，赛罕区总工会开展活动。赛罕区党组成员、总工会副主席钱望舒主持。"
    assert "赛罕区党组" not in page_document(text).organisations
    text = "本报讯 3月18日，市总工会领导到沙湾街道开展平安夜访行动。沙湾街道党工委副书记、办事处主任钱望舒等陪同调研。"
    assert "办事处" not in page_document(text).organisations


def test_extraction_a_models_place_opening_with_a_common_verb_is_no_place(gaz):
    """希望|新区各级工会组织…: the speaker hopes; the model's 希望新区 is no place's name. Nor is a kind of zone
    (综合保税区) or a shop whose name ends with 市 (慈善超市)."""
    text = "希望新区各级工会组织在履行工会政治责任方面有新作为。"
    assert find_places(text, gaz, PlaceContext(), [(0, 4, "LOC")]) == []
    text = "又来到综合保税区和慈善超市慰问一线职工。"
    assert find_places(text, gaz, PlaceContext(), [(3, 8, "LOC"), (9, 13, "LOC")]) == []


def test_extraction_a_bodys_leaders_go_on_with_a_list_of_officials():
    """…常务副主席王建国，日照市总工会领导李红梅、张宁参加活动: a body's leaders named after the list share its verb."""
    from graphbuilder.events import find_participations

    text = "4月30日，市总工会组织劳模开展学习观摩活动。市总工会主席王建国，日照市总工会领导李红梅、张宁参加活动。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("王建国", "李红梅", "张宁")]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2021))
    assert [(p.person.name, p.role) for p in found] == [("王建国", "participate"), ("李红梅", "participate"),
                                                         ("张宁", "participate")]
    # seated on the rostrum (在主席台就座): a leader and a banner's leaders joined by 及
    text = "12月8日，自治旗工会第十五次代表大会隆重召开。市总工会主席王建国及旗领导李红梅、张宁等在主席台就座。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("王建国", "李红梅", "张宁")]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2021))
    assert [(p.person.name, p.role) for p in found] == [("王建国", "attend"), ("李红梅", "attend"), ("张宁", "attend")]


def test_extraction_names_after_posts_that_are_words_or_run_into_a_verb():
    """团旗委书记杨刚|致贺词: the model's 杨刚致 ran into the verb; 市政协副主席高寒|出席: a name the dictionary knows
    as a word, a verb that follows names right after it; 书记高兴地说: glad, no one named 高兴地."""
    assert [p.name for p in find_persons("群众团体代表团旗委书记杨刚致贺词。", [(11, 14, "PER")])] == ["杨刚"]
    assert names("市政协副主席高寒出席。") == [("高寒", ["市政协副主席"])]
    assert names("市委书记高兴地说，今年工作很好。") == []


def test_extraction_wo_shi_on_a_provinces_paper_is_the_city_the_report_names():
    """浙江工人日报: a report on 温州市's games says 我市 as its city's union wrote it; its 市总工会 is 温州市's (on a
    city's paper, 我市 is the paper's city)."""
    text = ("浙江工人日报 2024年9月14日 星期六 第2版 工会\n\n温州市职工运动会开幕\n\n4月17日，由市总工会主办的温州市第四届职工运动会"
            "在市体育中心开幕，充分体现了我市广大干部职工的精气神。\n\n金华市总工会赴温宿县考察援疆工作\n\n日前，金华市总工会主席"
            "钱望舒率代表团赴新疆温宿县考察。\n")
    assert "温州市总工会" in page_document(text).organisations


def test_extraction_a_given_name_opening_with_a_preposition_before_a_comma():
    """副调研员朱为帆，市教育工会主席…: 为 opens the given name, and the comma after a name that is no word ends it as a
    verb would (主席为大家， stays no name)."""
    assert names("市总工会副调研员钱为帆，市教育工会主席王大明一行莅临。")[0] == ("钱为帆", ["市总工会副调研员"])
    assert names("市总工会主席为大家，送上祝福。") == []


def test_extraction_a_post_written_after_a_name_is_not_the_next_names_title():
    """金戈校长、陈浩副校长、孙明副校长，二中工会主席李剑参与了授牌仪式: 李剑's title is his own post alone, not the
    副校长 written after the name before it; the list's names, each with its post after it, share the verb."""
    from graphbuilder.events import find_participations

    text = "6月6日，市总工会到二中参观指导。钱戈校长、王浩明副校长、孙立军副校长，二中工会主席李剑峰参与了授牌仪式。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱戈", "王浩明", "孙立军", "李剑峰")]
    persons = find_persons(text, spans)
    assert [(p.name, [t for t, _, _ in p.titles]) for p in persons] == [
        ("钱戈", ["校长"]), ("王浩明", ["副校长"]), ("孙立军", ["副校长"]), ("李剑峰", ["二中工会主席"])]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, persons, find_events(text, sentences, year=2021))
    assert [(p.person.name, p.role_label) for p in found] == [("钱戈", "参与"), ("王浩明", "参与"), ("孙立军", "参与"),
                                                               ("李剑峰", "参与")]


def test_extraction_a_union_department_with_and_in_its_name_is_one_title():
    """市总工会劳动和经济工作部部长X: the department's name has 和 in it (as 人力资源和社会保障局 does), and the list
    of officials, this title last, shares the verb."""
    assert names("市工交工会主席钱望舒、市总工会劳动和经济工作部部长王立新一行在物流中心开展慰问活动。")[1] == (
        "王立新", ["市总工会劳动和经济工作部部长"])
    assert names("区总工会劳动和经济部部长王立新对全区劳模管理工作情况进行了汇报。") == [
        ("王立新", ["区总工会劳动和经济部部长"])]  # a district union's department of the same kind


def test_extraction_a_body_named_right_before_names_opens_their_clause():
    """省人大内务司法委员会李海明、郭建华，市总工会主席王立新等陪同调研: the names follow the body they are of, with
    no post; …工会陈大明主席在会上传达…: a post after the name. 要深入学习领会|习近平…: 领会 is no body."""
    from graphbuilder.events import find_participations

    text = ("8月19日，省总工会主席钱望舒率队调研工会工作。省人大内务司法委员会李海明、郭建华，市总工会主席王立新等陪同调研。"
            "市教科文卫体工会陈大明主席在会上传达了会议精神。会议要求要深入学习领会张宁同志讲话精神。")
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海明", "郭建华", "王立新", "陈大明", "张宁")]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2018))
    assert [p.person.name for p in found] == ["钱望舒", "李海明", "郭建华", "王立新", "陈大明"]


def test_extraction_supervision_is_an_inspection():
    """省总工会副巡视员X一行来娄星区督察工会改革工作: 督察 (supervising on site) is an inspection, as 督查 is."""
    text = "8月7日，省总工会副巡视员钱望舒一行3人来娄星区督察工会改革工作。市总工会副主席王立新等陪同督察。"
    events = find_events(text, split_sentences(text), year=2018)
    assert [(e.event_type, e.date.value) for e in events] == [("inspection", "2018-08-07")]


def test_extraction_a_models_body_opening_with_a_common_verb_starts_after_it(gaz):
    """…对于指导和提升江铃集团工会品牌…: the model's 提升江铃集团工会 took in the verb; a body whose name opens
    with a verb-like word (保障工作部, 开发区总工会) keeps it."""
    text = "会议的召开，对于指导和提升江铃集团工会品牌和形象具有重要意义。"
    start = text.index("提升")
    found = find_organisations(text, gaz, [(start, start + 8, "ORG")])
    assert [m.text for m in found] == ["江铃集团工会"]
    text = "市总工会保障工作部部长王立新出席。"
    found = find_organisations(text, gaz, [(4, 9, "ORG")])
    assert "保障工作部" in " ".join(m.text for m in found)


def test_extraction_a_list_of_officials_goes_on_past_names_without_a_known_post():
    """…二级调研员X，市总工会劳动和经济工作部负责人Y，…党委书记Z，口孜东矿矿长W，…副矿长、工会副主席（主持工作）V出席开幕式:
    a list of officials, some with words no post list knows (负责人, 矿长), shares the verb; a name after words that
    say what someone did (其中，我市张三、李四荣获…称号) opens no list."""
    from graphbuilder.events import find_participations

    text = ("11月30日上午，区总工会与口孜东矿联合举办职工技能大赛。市总工会二级调研员钱望舒，市总工会劳动和经济工作部负责人"
            "王立新，口孜东矿党委书记孙海林，口孜东矿矿长刘建新，口孜东矿副矿长、工会副主席（主持工作）李海明出席开幕式。")
    names_ = ("钱望舒", "王立新", "孙海林", "刘建新", "李海明")
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in names_]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2022))
    assert [(p.person.name, p.role) for p in found] == [(n, "attend") for n in names_]
    text = "4月28日，全国劳动模范和先进工作者表彰大会在北京举行。其中，我市钱望舒、王立新荣获全国劳动模范称号。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "王立新")]
    sentences = split_sentences(text)
    assert find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2025)) == []


def test_extraction_a_surname_with_a_courtesy_word_is_no_name():
    """顺丰速运网点的快递员曾先生说: 曾先生 (Mr Zeng) names no one the graph can tell apart; nor does 刘女士."""
    text = "网点的快递员曾先生说，感受到了关心。职工代表刘女士表示，宣讲很好。"
    spans = [(text.index(n), text.index(n) + 3, "PER") for n in ("曾先生", "刘女士")]
    assert find_persons(text, spans) == []


def test_extraction_a_name_the_dictionary_knows_as_a_region_after_a_post_before_a_list_mark():
    """邯郸市总工会一级主任科员秦东及相关人员…: 秦东 is a region's name to the dictionary, but a name right after a post
    and before 及 is a person's; 劳动模范|海南、广西的代表 stays no one. 关长 (a customs district's head) is a post."""
    assert names("邯郸市总工会一级主任科员秦东及相关人员全程进行讲解。") == [("秦东", ["邯郸市总工会一级主任科员"])]
    assert names("江门海关党委书记、关长钱望舒，市总工会主席王立新等参加慰问。")[0] == ("钱望舒", ["江门海关党委书记", "关长"])


def test_extraction_a_list_of_officials_may_end_with_a_bodys_leaders():
    """…常务副主席严凯，坪坝营公司领导班子等陪同调研: the list ends with a firm's leaders, no names after them."""
    from graphbuilder.events import find_participations

    text = "6月15日，州总工会副主席钱望舒到景区调研。县总工会党组书记、常务副主席王立新，景区公司领导班子等陪同调研。"
    spans = [(text.index(n), text.index(n) + 3, "PER") for n in ("钱望舒", "王立新")]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2022))
    assert [(p.person.name, p.role) for p in found] == [("钱望舒", "inspect"), ("王立新", "accompany")]


def test_extraction_a_features_sub_heading_is_a_paragraph_of_its_own():
    """示范竞赛 授旗授牌 / 绥化市总工会副主席X、Y为…授旗: a sub-heading of two short phrases is no column break, and the
    officials named first in the next paragraph open its clause."""
    text = ("本报讯 2024年7月24日，全市劳动竞赛启动仪式举行。\n\n示范竞赛 授旗授牌\n\n"
            "市总工会副主席钱望舒、王立新为示范性劳动竞赛项目授旗。\n\n劳动竞赛启动\n")
    document = page_document(text)
    assert sorted(p.person for p in document.participations) == ["王立新", "钱望舒"]
    assert "示范竞赛 授旗授牌\n" in document.articles[0].body


def test_extraction_a_posts_new_holder_opens_a_clause():
    """新当选的巢湖市总工会第八届委员会主席X作了发言: the one just elected to the post speaks."""
    from graphbuilder.events import find_participations

    text = "7月25日，市工会第八次代表大会闭幕。新当选的市总工会第八届委员会主席钱望舒作了发言。"
    spans = [(text.index("钱望舒"), text.index("钱望舒") + 3, "PER")]
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text, spans), find_events(text, sentences, year=2023))
    assert [(p.person.name, p.role) for p in found] == [("钱望舒", "speak")]


def test_extraction_acting_heads_and_ranked_inspectors_are_titles():
    """代市长 (an acting mayor) and 市政府正县级督学 (an inspector of a rank) are whole titles: the chain before them goes
    on, and a list of officials that holds one shares its verb."""
    text = ("4月26日，全市劳动模范表彰大会举行。市委副书记、代市长钱望舒主持。市体育局局长王立新、市政府正县级督学、"
            "市篮球协会主席张宁出席大会。")
    document = page_document(text)
    assert sorted((p.holder, p.label) for p in document.posts) == [
        ("张宁", "市政府正县级督学"), ("张宁", "市篮球协会主席"), ("王立新", "市体育局局长"), ("钱望舒", "代市长"),
        ("钱望舒", "市委副书记")]
    assert sorted((p.person, p.role_label) for p in document.participations) == [
        ("张宁", "出席"), ("王立新", "出席"), ("钱望舒", "主持")]


def test_extraction_officials_of_several_bodies_listed_with_semicolons_share_the_verb():
    """…副主席钱望舒；市委常委、宣传部长王立新；…主席张宁出席此次活动: each body's officials after a semicolon."""
    text = ("7月21日，市总工会来到环卫公司开展“夏送清凉”慰问活动。市总工会党组书记、副主席钱望舒；市委常委、宣传部长王立新；"
            "环卫公司党委书记、总经理李海，党委副书记、工会主席张宁出席此次活动。")
    document = page_document(text)
    assert sorted((p.person, p.role_label) for p in document.participations) == [
        ("张宁", "出席"), ("李海", "出席"), ("王立新", "出席"), ("钱望舒", "出席")]


def test_extraction_enterprise_chief_posts_are_titles():
    """总经济师, 总会计师, 财务总监, 高管: an enterprise's chief posts stand before a name as 总经理 does."""
    text = "7月5日，市总工会开展慰问活动。长投集团总经济师钱望舒、工会副主席王立新，开发区总工会高管张宁参加活动。"
    document = page_document(text)
    assert sorted((p.holder, p.label) for p in document.posts) == [
        ("张宁", "开发区总工会高管"), ("王立新", "工会副主席"), ("钱望舒", "长投集团总经济师")]
    assert sorted(p.person for p in document.participations) == ["张宁", "王立新", "钱望舒"]


def test_extraction_a_body_after_officials_and_etc_is_one_body():
    """陈朝强书记等县总工会领导: after 等 that closes a list of officials, 县总工会 is one body (郑州、洛阳等市总工会 are
    the unions of a kind)."""
    gazetteer = Gazetteer.load()
    found = find_organisations("叶华杰主任和钱望舒书记等县总工会领导为工友送上清凉饮品。", gazetteer)
    assert [m.text for m in found] == ["县总工会"]
    assert find_organisations("郑州、开封、洛阳等市总工会主要负责同志参加会议。", gazetteer) == []


def test_extraction_a_union_named_bare_in_a_title_chain_is_mentioned():
    """昌江县人大常委会副主任、总工会主席X: the chain's bare 总工会 is the county's union, and the report names it."""
    document = page_document("本报讯 5月8日，修武县人大常委会副主任、总工会主席钱望舒深入工地开展“夏送清凉”活动。")
    assert ("钱望舒", "总工会主席", "修武县总工会") in [(p.holder, p.label, p.organisation) for p in document.posts]
    assert "修武县总工会" in document.facts[0].organisations
    assert "总工会" in document.organisations["修武县总工会"].aliases


def test_extraction_a_county_outside_the_papers_city_is_the_reports_county():
    """On a page of 海口 (a city of the province), a report on 昌江县 names its county's union 县总工会."""
    text = ("本报讯 5月8日，昌江县人大常委会副主任钱望舒带领县总工会班子成员开展“夏送清凉”活动。\n\n"
            "昌江县总工会开展“夏送清凉”活动\n\n"
            "1月17日，海口市总工会常务副主席王立新来到海口市龙华区，看望慰问困难职工。海口市总工会为职工送上慰问金。\n\n"
            "海口市总工会慰问困难职工\n")
    document = page_document(text)
    assert "昌江黎族自治县总工会" in document.facts[0].organisations
    assert "海口市总工会" in document.facts[1].organisations


def test_extraction_a_plan_told_after_its_date_gives_no_event_date():
    """11月份，交流营其他四批团组还将分别前往…: what will happen then is no event of that date; but 1月17日，在新春佳节即将
    来临之际，… is the day of the visit."""
    text = "10月31日，交流营正式启动。11月份，交流营其他四批团组还将分别前往广州、江门开展交流活动。"
    sentences = split_sentences(text)
    assert [e.date.value for e in find_events(text, sentences, year=2020) if e.date] == ["2020-10-31"]
    text = "1月17日，在新春佳节即将来临之际，市总工会来到环卫公司看望慰问困难环卫职工。"
    assert [e.date.value for e in find_events(text, split_sentences(text), year=2020) if e.date] == ["2020-01-17"]
    text = "2024年，市总工会将持续优化职工文化品牌，把劳模先进事迹宣讲和文艺节目送到园区、送到企业。"  # what it will go on doing
    assert [e.date for e in find_events(text, split_sentences(text), year=2024)] in ([], [None])


def test_extraction_participation_of_the_leader_of_a_party_and_not_of_a_studios_namesake():
    """会见了以X副会长钱望舒为团长的交流营一行: the party's leader takes part; 参观了…王立新劳模工作室: a studio named after
    a model worker, who is not said to be there."""
    text = ("10月31日，交流营首批成员到肇庆交流，交流营正式启动。市总工会主席张宁会见了以工联总会副会长钱望舒为团长的"
            "交流营一行40人。粤澳工会交流营一行参观了肇庆工人艺术长廊“工美新星”工艺美术作品展、王立新劳模工作室、四会畅意"
            "玉雕劳模工作室，与肇庆工会深入交流组织职工技术技能比赛的做法与经验。")
    document = page_document(text)
    assert sorted(p.person for p in document.participations) == ["张宁", "钱望舒"]


def test_extraction_a_launch_announced_by_an_official():
    """2022年6月21日，随着市总工会主席X宣布发车，…专列开行: 随着 opens the clause of the one who launches it, 发车 is a launch."""
    document = page_document("本报讯 2022年6月21日，随着市人大常委会副主任、市总工会主席钱望舒宣布发车，“劳模”号疗休养专列开行。")
    assert [(e.event_type, e.date.value) for e in document.events.values()] == [("ceremony", "2022-06-21")]
    assert [(p.person, p.role_label) for p in document.participations] == [("钱望舒", "宣布发车")]


def test_extraction_a_name_cut_short_where_the_text_names_it_whole_elsewhere():
    """副市长曹升灵出席会议。…曹升|灵作讲话: the segmenter's 灵作 cut the name; the report names its three characters."""
    document = page_document("近日，我市召开劳模座谈会，副市长张宁灵出席会议。王立新主持会议，张宁灵作讲话。")
    assert document.facts[0].persons == ("张宁灵", "王立新")


def test_extraction_titles_after_a_dates_day_and_with_a_duty():
    """于8月20日至8月22日由县人大常委会党组副书记…X带领: the model's body 日由县人大常委会党组 opens no title with the
    date's 日; 市总工会党组书记、分管日常工作的副主席X: the post's duty does not end the chain."""
    text = "于8月20日至8月22日由县人大常委会党组副书记、县总工会主席钱望舒带领县总工会班子成员开展走访慰问活动。"
    at = text.index("钱望舒")
    orgs = [(text.index("日由"), text.index("党组副书记")), (text.index("县总工会主席"), text.index("县总工会主席") + 4)]
    assert [t[0] for t in persons_titles(text, at, orgs)] == ["县人大常委会党组副书记", "县总工会主席"]
    text = "市总工会党组书记、分管日常工作的副主席王立新作工作报告。"
    assert [t[0] for t in title_chain(text, text.index("王立新"))] == ["市总工会党组书记", "副主席"]


def test_extraction_a_districts_body_is_no_person_though_its_name_opens_with_a_surname():
    """区 is a surname too: a photo's credit 佛山市禅城区总工会供图 names no person 区总工会; 代表高明区委 names no person 高明."""
    document = page_document("本报讯 2月8日，区委副书记钱望舒代表高明区委、区政府来到纺织有限公司慰问外来务工人员。"
                             "区总工会有关负责人介绍，区总工会将继续关心关爱外来务工人员。", city="佛山市")
    assert document.facts[0].persons == ("钱望舒",)
    assert parse_credit("佛山市禅城区总工会供图") == []  # a body's credit: no photographer 区总工会


def test_extraction_a_county_named_by_its_short_name_gives_its_county_forms():
    """“海曙·英山”对口合作交流座谈会召开，县委常委、县总工会主席X参加…观看英山旅游宣传片: the report names 英山县 by its
    short name only; its 县 forms are that county's."""
    text = ("本报讯 6月5日，“海曙·英山”对口合作交流座谈会召开，县委常委、县总工会主席钱望舒参加会议。"
            "与会人员观看英山旅游宣传片。钱望舒表示，我县将推动两地工会对口合作。\n\n英山与海曙签订工会对口合作协议\n")
    document = page_document(text, city="咸宁市")
    assert {"中共英山县委", "英山县总工会"} <= set(document.facts[0].organisations)


def test_extraction_a_county_level_city_beyond_the_papers_city_has_its_own_city_forms():
    """陈惠霞来天门市调研 on a page of 咸宁: 天门市 is no part of 咸宁, so the report's 市总工会 and 市委 are 天门's."""
    text = "本报讯 6月9日，省总工会党组书记钱望舒来天门市调研工会工作。市委副书记王立新，市总工会主席张宁陪同调研。"
    document = page_document(text, city="咸宁市")
    assert {"中共天门市委", "天门市总工会"} <= set(document.facts[0].organisations)


def test_extraction_a_list_of_speakers_before_a_comma_and_what_they_each_spoke_on():
    """全国劳模X，山东省劳模Y、Z，…获得者W，结合各自工作和成长经历作了发言: the list shares the verb after its comma."""
    text = ("本报讯 4月26日，诸城市举行劳模座谈会。全国劳模钱望舒，山东省劳模王立新、张宁，五一奖章获得者李海，"
            "结合各自工作和成长经历作了发言。")
    document = page_document(text)
    assert sorted(p.person for p in document.participations) == ["张宁", "李海", "王立新", "钱望舒"]


def test_extraction_a_city_visitors_came_to_is_the_city_of_its_report():
    """…参访团一行7人，来连云港市参观访问。市委常委…: 来 speaks from 连云港, so on a page of 扬州 the report's 市 forms are
    连云港's; the delegation's leader, 以理事长钱望舒女士为首的, takes part."""
    text = ("本报讯 日前，以理事长钱望舒女士为首的交通运输业工会联合会参访团一行7人，来连云港市参观访问。"
            "市委常委、组织部长王立新，市人大常委会副主任、市总工会主席张宁等领导接见了代表团一行。")
    document = page_document(text, city="扬州市")
    assert {"中共连云港市委", "连云港市总工会"} <= set(document.facts[0].organisations)
    assert sorted(p.person for p in document.participations) == ["张宁", "王立新", "钱望舒"]


def test_extraction_a_technical_lead_is_a_title():
    """…有限公司技术负责人X: 技术负责人 and 项目负责人 are posts (负责人 alone is a collective word)."""
    assert names("东鹏陶瓷有限公司技术负责人钱望舒表示，感到非常荣幸。") == [("钱望舒", ["东鹏陶瓷有限公司技术负责人"])]


def test_extraction_a_list_that_ends_with_a_places_officials_shares_their_verb():
    """…市总工会主席马翔，龙湖区有关负责人为该区近300名医护人员送上慰问礼包: the named official takes part."""
    document = page_document("本报讯 2月2日，市总工会在幸福公园开展新春慰问活动。活动中，市人大常委会副主任、市总工会主席钱望舒，"
                             "龙湖区有关负责人为该区近300名医护人员送上慰问礼包和新春祝福。")
    assert [p.person for p in document.participations] == ["钱望舒"]


def test_extraction_no_person_in_a_departments_credit_or_in_a_list_of_virtues():
    """昆都仑区委宣传部 供图: 宣 is a surname, 宣传部 no name; 劳动模范智慧、心血和汗水的结晶: 智慧 is wisdom."""
    assert parse_credit("昆都仑区委宣传部 供图") == []
    document = page_document("本报讯 25日，市总工会召开劳模座谈会。市总工会主席钱望舒表示，这些成绩是全市职工共同奋斗以及"
                             "劳动模范智慧、心血和汗水的结晶。")
    assert document.facts[0].persons == ("钱望舒",)


def test_extraction_a_list_goes_on_after_and_a_bodys_leaders():
    """…工会主席宋斌及院领导潘有棣、李斌陪同: after 及, a college's (院), school's (校) or factory's (厂) leaders are more
    names of the list that shares the verb, as a county's (县领导) are."""
    document = page_document("本报讯 7月13日，省总工会副主席钱望舒一行来到我院开展“送清凉”走访慰问活动，学院党委书记王立新，"
                             "党委委员、工会主席张宁及院领导李海、赵明陪同。")
    assert sorted(p.person for p in document.participations) == ["张宁", "李海", "王立新", "赵明", "钱望舒"]


def test_extraction_a_name_after_words_no_post_list_knows_shares_the_lists_verb():
    from graphbuilder.events import find_participations

    text = "3月5日，两岸工会交流座谈会召开。市总工会副主席王建国、李红梅、中评委张宁等参加会议。"
    sentences = split_sentences(text)
    persons = find_persons(text, known=("王建国", "李红梅", "张宁"))
    found = find_participations(text, sentences, persons, find_events(text, sentences, year=2021))
    assert [(p.person.name, p.role) for p in found] == [("王建国", "participate"), ("李红梅", "participate"),
                                                         ("张宁", "participate")]


def test_extraction_a_report_credited_to_another_paper_is_that_papers_city():
    text = ("每日甘肃网6月5日讯 据陇南日报报道（记者王立新）6月3日下午，全市工会扶贫协作座谈会召开。市总工会主席钱望舒出席会议。"
            "\n\n扶贫协作座谈会召开\n\n每日甘肃网12月9日讯 据嘉峪关日报报道（记者张宁）12月7日，全省劳模表彰大会在兰州市举行。"
            "市人大常委会副主任、市总工会主席李海一同迎接。\n\n我市劳动模范载誉归来\n")
    doc = page_document(text)
    assert held(doc)["钱望舒"] == "陇南市总工会" and held(doc)["李海"] == "嘉峪关市总工会"


@pytest.mark.parametrize("text, wrong", [
    ("6月3日下午，青岛陇南两市工会扶贫协作座谈会召开。", "青岛陇南两市工会"),  # the unions of two cities
    ("2月8日，省总工会主席钱望舒在红安调研基层工会建设。", "红安调研基层工会"),  # a county's short name, then a visit
    ("据悉，南沙区各镇街总工会将以分会场形式举办活动。", "南沙区各镇街总工会"),  # each of the towns' unions
])
def test_extraction_no_body_of_several_places_or_of_a_visit(text, wrong):
    from graphbuilder.ner import tag_entities

    assert wrong not in {m.text for m in find_organisations(text, Gazetteer.load(), tag_entities(text))}


@pytest.mark.parametrize("text, wrong", [
    ("希望公司持续加强产业工人队伍建设，依托工匠学院、创新工作室等平台。", "依托工匠学院"),  # a verb, then a kind of body
    ("驿站开展邻里互助、技能交换、劳动者故事会等活动。", "劳动者故事会"),  # a gathering
    ("本报讯 8月12日，溧阳市社渚镇组织委员、镇总工会主席王鹏走访慰问一线职工。", "溧阳市社渚镇组织"),  # a place, a post
    ("本报讯 4月25日，王建国曾当选石家庄市第六届至第十一届人民代表大会代表。", "人民代表大会"),  # a type, no body
])
def test_extraction_model_organisations_that_are_no_bodies(text, wrong):
    from graphbuilder.ner import tag_entities

    assert wrong not in {m.text for m in find_organisations(text, Gazetteer.load(), tag_entities(text))}


def test_extraction_a_report_of_the_provinces_visit_to_another_city_is_that_citys():
    text = ("本报讯（记者 王立新）1月8日，省总工会副主席钱望舒带队，到自贡市四川格兴环保装备制造公司走访慰问困难职工。"
            "走访企业时，钱望舒希望市总工会抓好“四季送”活动。\n\n钱望舒到自贡开展送温暖活动\n\n"
            "本报讯（通讯员 张宁）近日，绵阳市总工会召开会议。绵阳市总工会党组书记李海讲话，绵阳市总工会副主席王刚出席。"
            "\n\n绵阳市总工会召开会议\n")
    doc = page_document(text)
    assert "自贡市总工会" in doc.facts[0].organisations and "绵阳市总工会" not in doc.facts[0].organisations


def test_extraction_a_bureaus_office_is_the_bureau():
    doc = page_document("9月28日，青岛市农业局市场配置促进处处长王立新、市人社局就业促进科科长李海参加活动。")
    assert held(doc) == {"王立新": "青岛市农业局", "李海": "青岛市人力资源和社会保障局"}


def test_extraction_a_body_whose_type_word_opens_a_post_stays_whole():
    from graphbuilder.ner import tag_entities

    text = "区总工会主席林志强，坂田街道党工委书记吴海峰参加活动。"  # 党工委书记 is a post, 党工委 the body's type
    assert "坂田街道党工委" in {m.text for m in find_organisations(text, Gazetteer.load(), tag_entities(text))}


def test_extraction_what_the_reporter_saw_on_a_day_is_no_event():
    text = ("本报讯（王立新）2021年3月1日，县总工会一行来我市考察交流。\n\n县总工会来我市考察交流\n\n"
            "日前，市总工会联合启动了“工会解乡愁，把爱寄回家”活动。“这是给孩子买的。”1月30日上午，记者在邮政网点看到，"
            "职工正在打包包裹。\n\n留港过大年 把爱寄回家\n我市启动“工会解乡愁，把爱寄回家”活动\n")
    doc = page_document(text)
    assert sorted(str(e.date and e.date.value) for e in doc.events.values()) == ["2021-03-01", "None"]


def test_extraction_background_of_a_month_is_no_event():
    text = ("本报讯 12月31日，市总工会送温暖活动正式启动。据了解，为开展好今年的送温暖活动，市总工会从2019年11月份开始"
            "下发摸底调查通知，对困难职工进行调查摸底。")
    doc = page_document(text)
    assert [e.date.value for e in doc.events.values()] == ["2019-12-31"]


def test_extraction_a_name_right_after_a_body_that_opens_a_group_is_a_person():
    from graphbuilder.ner import tag_entities

    text = "我市漳州第一技工学校钱望舒等11名职工荣获此荣誉称号。"
    assert [m.name for m in find_persons(text, tag_entities(text))] == ["钱望舒"]


@pytest.mark.parametrize("text", [
    "3月7日，劳模工匠公开课在武夷学院举行。",  # 工匠|公开课: a noun the dictionary knows, no name
    "3月5日，市总工会开展学雷锋月系列活动。",  # 学雷锋: a campaign's word, which ends with a name
    "调研组实地走访了华恒物流“司机之家”。",  # 华恒|物流: a firm's name
    "市总工会印发《关于征集“网上劳模展馆”有关资料的通知》。",  # 劳模|展馆: a post's word, then a noun, in quotes
])
def test_extraction_no_person_in_a_word_or_a_firms_name(text):
    from graphbuilder.ner import tag_entities

    assert find_persons(text, tag_entities(text)) == []


def test_extraction_落实省市委部署_names_the_provinces_committee_and_the_citys():
    text = "区委书记钱望舒强调，要全面落实省市委部署和省市总工会要求。"
    doc = page_document(text, city="杭州市")
    assert {"中共浙江省委", "中共杭州市委", "浙江省总工会", "杭州市总工会"} <= set(doc.organisations)
    assert not any("省市" in name for name in doc.organisations)


def test_extraction_a_community_or_street_named_after_a_city_is_no_mention_of_the_city():
    doc = page_document("本报讯 2月5日，区总工会走访麻沙卫生院、南阳社区等地，慰问困难职工。", city="南平市")
    assert "南阳市" not in doc.places


def test_extraction_an_events_name_in_quotes_keeps_its_comma():
    label = event_label("12月8日，工会进万家——“浓浓腊八情，寒冬暖人心”关爱环卫工人公益活动在市区举行。", 6)
    assert "“浓浓腊八情，寒冬暖人心”关爱环卫工人公益活动" in label


def test_extraction_the_year_a_work_began_is_no_event():
    text = "8月27日，市总工会开展金秋助学活动。自2001年起，全市工会系统连续20年开展金秋助学活动。"
    assert [e.date.value for e in find_events(text, split_sentences(text), year=2021)] == ["2021-08-27"]


def test_extraction_a_headline_opening_with_a_citys_body_on_a_province_page_makes_it_the_articles_city(gaz):
    """A page of 辽宁's papers with no one city: 丹东市总工会开展送温暖活动 over a body that says only 市总工会."""
    from graphbuilder.extract import read_article

    text = "本报讯（记者 李海）连日来，市总工会在全市开展送温暖活动，慰问组先后前往各县（市）区走访慰问职工。\n\n丹东市总工会开展送温暖活动\n"
    [article] = split_articles(Page("p.txt", text, text, "utf-8"))
    reading = read_article(article, gazetteer=gaz, page=PlaceContext(province=gaz.resolve("辽宁省")), year=2021)
    assert [o.name for o in reading.organisations] == ["丹东市总工会"]


def test_extraction_a_longer_name_beside_a_shorter_one_is_another_person_unless_a_verb_follows():
    text = "获奖职工王建出席。职工王建华在会上发言。县委书记郭红主持。郭红致开幕辞。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("王建", "王建华", "郭红主", "郭红致")]
    spans[2] = (spans[2][0], spans[2][1] - 1, "PER")  # the model's 郭红, then its 郭红致
    assert [m.name for m in find_persons(text, spans)] == ["王建", "王建华", "郭红", "郭红"]


def test_extraction_a_list_going_on_after_a_bodys_leaders_shares_the_verb():
    text = ("4月26日晚，慰问演出在市群艺馆举行。省总工会党组书记、常务副主席钱望舒及省总领导班子成员、市委常委、组织部长王建国、"
            "市人大常委会副主任李红梅及市总领导班子成员、区长张宁等领导现场观摩演出。")
    doc = page_document(text, city="南昌市")
    assert {p.person for p in doc.participations} == {"钱望舒", "王建国", "李红梅", "张宁"}


def test_extraction_a_list_of_officials_with_its_total_after_a_comma_shares_the_verb():
    text = ("4月24日下午，全市五一劳动奖表彰大会召开。市委常委、组织部部长王建国，市政协副主席李红梅及市总领导、"
            "机关各部门负责人，共约300余人参加会议。")
    doc = page_document(text, city="南昌市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("王建国", "参加"), ("李红梅", "参加")}


def test_extraction_people_named_an_honour_take_no_part():
    text = ("本报讯 4月23日上午，第二届“晋城工匠”揭晓仪式举行。市总工会决定命名王建国、李红梅20名同志为第二届“晋城工匠”人物，"
            "张宁、李海20名同志为第二届“晋城工匠”提名人物。")
    assert not page_document(text, city="晋城市").participations


def test_extraction_a_title_opening_a_clause_but_for_a_character_the_chain_missed_starts_at_the_clause():
    text = "综保区管委会会员参加会议，滇中新区总工会主席钱望舒莅临会议并作指导。"
    assert persons_titles(text, text.index("钱望舒"), []) == [("滇中新区总工会主席", 13, 22)]


@pytest.mark.parametrize("text, expected", [
    # who holds a meeting, then what is held: no body 昆明综保区召开工会联合会
    ("近日，昆明综保区召开工会联合会第一次会员大会。", set()),
    # 经X批准: by the body's leave; a zone's name ending in 区 is no district's 区工会联合会
    ("经滇中新区总工会批准，同意成立昆明综保区工会联合会。", {"滇中新区总工会", "昆明综保区工会联合会"}),
    # a body's hall is where something is held
    ("4月22日，旗总工会在国家乳业技术创新中心报告厅举办专题访谈。", {"旗总工会", "国家乳业技术创新中心"}),
])
def test_extraction_model_bodies_without_the_verbs_and_halls_around_them(gaz, text, expected):
    from graphbuilder.ner import tag_entities

    assert {m.text for m in find_organisations(text, gaz, tag_entities(text))} == expected


def test_extraction_市总一行_is_the_citys_union_visiting(gaz):
    text = "市总一行调研完青年人才公寓，要求整合资源。"
    assert [m.text for m in find_organisations(text, gaz, [(0, 13, "ORG")])] == ["市总"]  # the model's 市总一行调研完…


def test_extraction_a_trades_union_after_a_place_is_one_body(gaz):
    text = "7月12日，呈贡区花艺行业联合工会第一届会员代表大会召开。"
    assert [m.text for m in find_organisations(text, gaz)] == ["呈贡区花艺行业联合工会"]


def test_extraction_a_districts_youth_league_and_a_townships_party_committee_by_their_full_names(gaz):
    context = PlaceContext(province=gaz.resolve("江苏省"), city=gaz.resolve("常州市"), county=gaz.resolve("金坛区"))
    assert canonical_name("团区委", context, gaz) == "共青团常州市金坛区委"
    assert canonical_name("遥观镇党委", context, gaz) == "中共遥观镇委员会"


def test_extraction_a_title_opening_a_clause_with_a_districts_first_character_the_chain_missed():
    text = "会上，下城区人大常委会副主任、区总工会主席钱望舒对当选委员表示祝贺。"
    assert [t[0] for t in persons_titles(text, text.index("钱望舒"), [])] == ["下城区人大常委会副主任", "区总工会主席"]


def test_extraction_a_citys_forestry_and_grassland_bureau_is_a_body_not_a_township():
    """林草局 is also a township-level forest bureau of 密山市 in the gazetteer: not the place a 昆明 report names."""
    text = "本报讯 3月12日，市总工会与市林业和草原局开展义务植树活动。市林草局负责人钱望舒讲解植树要领。"
    doc = page_document(text, city="昆明市")
    assert "昆明市林业和草原局" in doc.organisations and not any("草原局" in n and n != "昆明市林业和草原局"
                                                          for n in doc.organisations)
    assert "林草局" not in doc.places


def test_extraction_a_unions_department_with_和_in_its_name(gaz):
    text = "省总工会宣传教育和信息网络部部长钱望舒出席。"
    assert [m.text for m in find_organisations(text, gaz)] == ["省总工会宣传教育和信息网络部"]


def test_extraction_a_village_opening_a_schools_name_is_no_place(gaz):
    text = "来自双峰县梓门桥镇大村中学的钱望舒荣获比赛一等奖。"
    assert "大村" not in [p.name for p in find_places(text, gaz, PlaceContext(city=gaz.resolve("娄底市")))]


@pytest.mark.parametrize("text", [
    "观湖、民治、龙华、大浪、福城和观澜六街道总工会主席参加会议。",  # six bodies, no 观澜六街道总工会
    "会上，东华同志代表街道党工委对获奖者表示祝贺。",  # a person, then the body he speaks for
    "区总工会上门看望上饶市优秀工会之友、上饶市优秀工会积极分子等先进典型。",  # honours, no bodies
])
def test_extraction_no_body_in_a_count_of_bodies_a_persons_words_or_an_honour(gaz, text):
    from graphbuilder.ner import tag_entities

    found = {m.text for m in find_organisations(text, gaz, tag_entities(text))}
    assert not any(word in name for name in found for word in ("观澜", "同志", "优秀"))


def test_extraction_a_city_body_on_the_page_of_a_prefecture_that_is_no_city_is_the_named_citys(gaz):
    """A page of 临夏回族自治州 (a 州): an article on 张掖 says 市总工会 of 张掖市, not of the 州 (which has none)."""
    from graphbuilder.extract import read_article

    text = ("本报讯（记者 李海）7月15日，市人大常委会副主任、市总工会主席钱望舒带领相关部门负责人深入张掖市项目建设现场"
            "开展“夏送清凉”慰问活动。\n\n夏日送清凉\n")
    [article] = split_articles(Page("p.txt", text, text, "utf-8"))
    page = PlaceContext(province=gaz.resolve("甘肃省"), city=gaz.resolve("临夏回族自治州"))
    reading = read_article(article, gazetteer=gaz, page=page, year=2019)
    assert {o.name for o in reading.organisations} == {"张掖市人大常委会", "张掖市总工会"}


def test_extraction_a_rare_surname_after_a_post():
    assert names("市总工会党组成员、副主席蹇凯出席并讲话。") == [("蹇凯", ["市总工会党组成员", "副主席"])]


def test_extraction_the_heads_of_a_prefectures_and_a_leagues_government_are_posts():
    assert names("州人大常委会副主任李海出席，副州长钱望舒致辞，副盟长王建国讲话。") == [
        ("李海", ["州人大常委会副主任"]), ("钱望舒", ["副州长"]), ("王建国", ["副盟长"])]


def test_extraction_a_name_reporting_on_behalf_of_a_body_is_a_person():
    from graphbuilder.ner import tag_entities

    text = "本届委员会委员出席会议。史望群代表区总工会第十二届委员会作工作报告。大会代表区总工会作报告。"
    assert [m.name for m in find_persons(text, tag_entities(text))] == ["史望群"]  # which the model misses


def test_extraction_names_after_their_bodies_in_a_list_of_prize_winners():
    from graphbuilder.ner import tag_entities

    text = "市创业发展集团有限公司钱望舒、新化县融媒体中心申姁宁分别获得三等奖。"  # the model's bodies, then names it misses
    spans = [(0, 11, "ORG"), (text.index("新化县"), text.index("申姁宁"), "ORG")]
    assert [m.name for m in find_persons(text, spans)] == ["钱望舒", "申姁宁"]


def test_extraction_a_firms_short_name_in_a_list_is_no_person():
    text = "来自蓝天环保、阜升环保、华隆环保等五家龙头企业的数十名选手参赛。"
    assert find_persons(text, [(text.index("华隆"), text.index("华隆") + 2, "PER")]) == []  # as the model reads it


def test_extraction_a_list_of_names_with_its_count_and_no_等_shares_the_verb():
    text = ("本报讯 4月28日，县总工会召开最美劳动者事迹报告会。与会县领导向20名最美劳动者颁发了荣誉证书，"
            "钱望舒、李文雍、麻燕3名劳动者代表作了事迹报告。")
    doc = page_document(text, city="张家口市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李文雍", "麻燕"}


def test_extraction_a_bodys_leader_opening_a_dated_lede_takes_part():
    text = "本报讯（通讯员 李海）为了解基层工会运行情况，5月11日杭州市拱墅区总工会领导王建国带队走进企业，全面调研工会组建运行情况。"
    doc = page_document(text, city="杭州市")
    assert [(p.person, p.role_label) for p in doc.participations] == [("王建国", "带队走进企业")]


def test_extraction_an_official_and_a_bodys_staff_named_with_a_related_word_keep_company():
    text = ("本报讯 9月20日，区总工会主席李海到观澜街道开展中秋慰问活动，观澜街道党工委委员、总工会主席钱望舒，"
            "观澜街道总工会相关负责人曾宜亮等人陪同走访慰问。")
    doc = page_document(text, city="深圳市")
    assert {p.person for p in doc.participations if p.role_label.startswith("陪同")} == {"钱望舒", "曾宜亮"}


def test_extraction_a_name_joined_to_a_name_by_和_is_a_name():
    text = "区总工会主席分别为获得优秀工会积极分子的代表杨柏水和俞望舒进行表彰。王建国和大家一起包饺子。"
    spans = [(text.index("杨柏水"), text.index("杨柏水") + 3, "PER"), (text.index("王建国"), text.index("王建国") + 3, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["杨柏水", "俞望舒", "王建国"]  # the model's names, then 俞望舒


def test_extraction_groups_of_people_after_a_list_of_names_share_its_verb():
    text = ("本报讯 4月26日，全市庆祝“五一”国际劳动节大会举行。市总工会常务副主席钱望舒，市领导李海、张宁，市有关部门负责人，"
            "市各级劳动模范及五一劳动奖章获得者代表，一线职工代表等参加大会。")
    doc = page_document(text, city="石狮市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "参加"), ("李海", "参加"), ("张宁", "参加")}


def test_extraction_groups_of_people_after_a_list_of_names_share_its_verb_when_they_were_invited():
    """…郑吉友，群团部门主要负责人…和历任县总工会领导应邀出席大会: the groups, then 应邀 and the verb they share."""
    text = ("本报讯 2018年5月8日上午，东山县工会第十二次代表大会开幕。县委副书记、县长钱望舒，县领导李海、张宁，"
            "群团部门主要负责人、县总工会委员和历任县总工会领导应邀出席大会。")
    doc = page_document(text, city="九江市")
    assert {(p.person, p.role_label) for p in doc.participations} == {
        ("钱望舒", "应邀出席"), ("李海", "应邀出席"), ("张宁", "应邀出席")}


def test_extraction_a_name_and_its_count_of_speakers_share_the_verb():
    text = "本报讯 6月2日，劳模宣讲团走进社区。四川省劳动模范王建国、李红梅、张宁三位宣讲员围绕各自岗位讲述奋斗故事。"
    doc = page_document(text, city="乐山市")
    assert {(p.person, p.role_label) for p in doc.participations} == {
        (name, "围绕各自岗位讲述奋斗故事") for name in ("王建国", "李红梅", "张宁")}  # not 三位宣讲员围绕…


def test_extraction_a_name_the_model_ran_into_its_firms_name_is_a_person():
    text = "福建清源科技有限公司钱望舒、石狮市恒祥漂染实业有限公司宋望群、石狮市鸿峰环保生物工程有限公司苏晋泳获得命名。"
    spans = [(0, 10, "ORG"), (text.index("石狮市恒"), text.index("宋望群") + 3, "ORG"),
             (text.index("石狮市鸿"), text.index("苏晋泳") + 3, "ORG")]  # as the model reads them
    assert [m.name for m in find_persons(text, spans)] == ["钱望舒", "宋望群", "苏晋泳"]


@pytest.mark.parametrize("text, expected", [
    ("平川县金石陶粒有限责任公司首席化验师钱望舒获得奖章。", [("钱望舒", ["平川县金石陶粒有限责任公司首席化验师"])]),
    ("炼铁总厂综合管理室值班调度长李海获得奖章。", [("李海", ["炼铁总厂综合管理室值班调度长"])]),
    ("山西煤炭运销集团党委书记、高级政工师王建国荣获全国劳动模范称号。", [("王建国", ["山西煤炭运销集团党委书记", "高级政工师"])]),
])
def test_extraction_professional_titles_and_trades_before_a_name(text, expected):
    assert names(text) == expected


def test_extraction_a_citys_short_name_opening_a_venues_name_is_no_place_named(gaz):
    text = "区总工会副主席钱望舒一行来到区工人文化宫、广安体育馆，看望疫苗接种一线的医护人员。"
    assert [p.name for p in find_places(text, gaz, PlaceContext(city=gaz.resolve("北京市")))] == []


def test_extraction_a_date_after_the_plan_a_visit_follows_is_the_visits():
    text = ("根据联系后进村工作计划，6月13日上午，县总工会主席钱望舒带领县总工会党组一行深入三间房村对贫困群众进行慰问。"
            "县总工会计划7月1日举办培训班。")
    found = find_events(text, split_sentences(text), year=2014, published=dt.date(2014, 7, 4))
    assert [e.date.value if e.date else None for e in found] == ["2014-06-13"]


def test_extraction_巨_is_a_rare_surname_after_a_post():
    assert names("全国总工会兼职副主席巨望舒率领慰问组莅临。经济发生了巨大变化。") == [("巨望舒", ["全国总工会兼职副主席"])]


def test_extraction_a_place_running_from_a_post_into_a_name_is_none():
    text = "本报讯 6月12日，试点工作启动仪式举行。某某投资集团有限公司党支部书记、董事长沙骏刚出席。"
    doc = page_document(text, city="天津市")
    assert "沙骏刚" in doc.persons and "长沙市" not in doc.places


def test_extraction_资_is_a_rare_surname_after_a_post():
    assert [name for name, _ in names("九方装备有限公司党委书记、工会主席资望舒出席。融资担保公司参加。")] == ["资望舒"]


def test_extraction_a_provinces_page_on_its_delegation_in_beijing_is_the_provinces():
    text = ("本报讯（记者 李海）10月20日，辽宁代表团抵达北京。大会定于10月22日在北京召开，辽宁代表团是人数最多的代表团。"
            "代表们表示，要推动辽宁工会再上新台阶。\n\n辽宁代表团抵京\n\n"
            "10月19日，辽宁代表团代表培训会议在沈阳举行。省人大常委会副主任、省总工会主席钱望舒出席会议并讲话。\n\n"
            "省总工会召开代表培训会议\n")
    doc = page_document(text)
    assert {"辽宁省人大常委会", "辽宁省总工会"} <= set(doc.organisations)


def test_extraction_a_districts_page_names_its_district_once_for_all_its_reports():
    text = ("本报讯 1月8日，区总工会开展新春送温暖走访慰问活动，区总工会主席钱望舒带队慰问困难职工。\n\n"
            "区总工会开展新春送温暖\n\n"
            "11月5日，武侯区总工会在社区开展宣传讲座，成都市职工大学教授李海作专题讲座。\n\n"
            "武侯区总工会开展宣传讲座\n")
    doc = page_document(text, city="成都市")
    assert [o for o in doc.organisations if "区总工会" in o] == ["武侯区总工会"]


def test_extraction_a_districts_context_names_no_county_body(gaz):
    """县总工会 on a page of 龙华区 (a district): no 龙华县总工会, which does not exist."""
    city = gaz.resolve("海口市")
    context = PlaceContext(province=gaz.resolve("海南省"), city=city, county=gaz.resolve("龙华区", [city]))
    assert canonical_name("区总工会", context, gaz) == "龙华区总工会"
    assert "龙华县" not in canonical_name("县总工会", context, gaz)


def test_extraction_a_district_named_once_in_passing_makes_no_districts_page():
    text = ("本报讯 9月23日，市总工会走访慰问潘集区农民工。\n\n市总工会慰问农民工\n\n"
            "本报讯 4月21日，区总工会党支部书记钱望舒带队慰问一线防疫人员。\n\n区总工会慰问防疫人员\n")
    doc = page_document(text, city="淮南市")
    assert "潘集区总工会" not in doc.organisations


def test_extraction_groups_of_aided_people_after_a_list_of_officials_share_its_verb():
    text = ("本报讯 9月3日，易城县总工会举行“金秋助学”金发放仪式。县委副书记钱望舒，县委常委、政府副县长李海，"
            "县人大副主任、县总工会主席张宁，受助困难职工、子女及企业工会领导，乡镇（街道）工会领导参加会议。")
    doc = page_document(text, city="玉溪市")
    assert {p.person for p in doc.participations if p.role_label.startswith("参加")} == {"钱望舒", "李海", "张宁"}


def test_extraction_a_list_of_officials_goes_on_over_honours_and_groups_with_their_count():
    text = ("本报讯 4月18日，全市重点项目立功竞赛誓师大会举行。省总工会常务副主席钱望舒、市委党工委副书记李海、"
            "十四运会宣传推广大使、全国五一巾帼标兵、西安市劳动模范、西安广播电视台播音部主任张宁、市总工会领导班子全体成员、"
            "我市重点项目立功竞赛单位代表、十四运场馆参建者代表约500人出席活动。")
    doc = page_document(text, city="西安市")
    assert {p.person for p in doc.participations if p.role_label.startswith("出席")} == {"钱望舒", "李海", "张宁"}


def test_extraction_a_list_of_officials_opened_by_该区_shares_its_verb():
    text = ("本报讯 8月13日，实验区工会开展高温慰问活动，为交警大队一线职工送去清凉。该区工委书记、人大工委主任钱望舒，"
            "区工委委员李海，区管委副主任张宁参加慰问。")
    doc = page_document(text, city="淮南市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李海", "张宁"}


def test_extraction_a_firms_union_committee_keeps_its_name():
    text = ("本报讯 1月20日，产业基地工会走访慰问，先后深入营口望舒铝业有限公司工会委员会、石钢望海装备技术有限公司工会委员会，"
            "看望一线工人。江油市公安局工会委员会同日成立。")
    doc = page_document(text, city="营口市")
    assert {"营口望舒铝业有限公司工会委员会", "石钢望海装备技术有限公司工会委员会", "江油市公安局工会委员会"} <= set(doc.organisations)


def test_extraction_a_citys_union_committee_is_still_the_union():
    doc = page_document("本报讯 3月2日，江门市总工会委员会召开全体会议。", city="江门市")
    assert "江门市总工会" in doc.organisations


def test_extraction_a_post_opened_by_驻会_is_no_part_of_its_body():
    text = "本报讯 3月19日，沈阳市职工文联驻会副主席钱望舒一行到浑南区总工会开展工作调研。"
    doc = page_document(text, city="沈阳市")
    assert "沈阳市职工文联驻会" not in " ".join(doc.organisations)
    assert [p.label for p in doc.posts if p.holder == "钱望舒"] == ["沈阳市职工文联驻会副主席"]


def test_extraction_a_youth_leagues_township_committee_written_whole_keeps_its_name():
    text = "本报讯 5月3日，由湖坊镇工会联合会、共青团湖坊镇委员会等五家单位联合主办的青年职工歌唱比赛举行。"
    doc = page_document(text, city="南昌市")
    assert "共青团湖坊镇委员会" in doc.organisations


def test_extraction_社会组织_opens_no_body_at_社会():
    doc = page_document("本报讯 近日，江苏省无锡市社会组织工会联合会成立大会举行。", city="无锡市")
    assert "无锡市社会组织工会联合会" in doc.organisations


def test_extraction_a_countys_人大_is_its_congress_standing_committee(gaz):
    context = PlaceContext(province=gaz.resolve("河北省"), city=gaz.resolve("唐山市"), county=gaz.resolve("滦南县"))
    assert canonical_name("县人大", context, gaz) == "滦南县人大常委会"
    assert canonical_name("县人大常委会", context, gaz) == "滦南县人大常委会"
    assert canonical_name("姜屯镇人大", context, gaz) == "姜屯镇人大"  # a township's congress has no standing committee


def test_extraction_做_after_a_name_is_the_verb():
    text = "本报讯 3月20日，中心工会委员会成立。新当选的中心工会委员会主席许望做表态发言。"
    spans = [(text.index("许望"), text.index("许望") + 2, "PER")]  # as the model reads it
    assert [m.name for m in find_persons(text, spans)] == ["许望"]


def test_extraction_a_rare_surname_with_a_common_word_for_given_name_before_its_verb():
    text = "4月15日，延安市政协副主席、市总工会党组书记、市总工会主席黑树林主持活动。"
    assert [m.name for m in find_persons(text, [])] == ["黑树林"]
    assert find_persons("会上，主席后表示，要抓好落实。", []) == []


def test_extraction_a_groups_numbered_mine_is_no_person():
    text = "谌望一行先后前往淮南矿业集团谢一矿、东辰集团创大公司慰问职工。"
    mine = text.index("谢一矿")
    spans = [(0, 2, "PER"), (text.index("淮南"), mine, "ORG"), (mine, mine + 3, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["谌望"]


def test_extraction_posts_a_meeting_elected_before_a_comma_are_no_titles_of_the_next_name():
    text = "会议选举产生了新一任区总工会主席、常务副主席，区人大常委会党组副书记、副主任钱望舒当选主席。"
    assert [t for t, _, _ in title_chain(text, text.index("钱望舒"))] == ["区人大常委会党组副书记", "副主任"]
    text = "区委常委、统战部部长，区总工会主席钱望舒出席。"
    assert [t for t, _, _ in title_chain(text, text.index("钱望舒"))] == ["区委常委", "统战部部长", "区总工会主席"]


def test_extraction_a_zones_name_that_opens_with_another_provinces_city_names_no_city():
    text = "本报讯 7月27日，市总工会领导先后前往大唐洛河发电厂、山南新区施工队慰问一线职工。"
    doc = page_document(text, city="淮南市")
    assert "山南市" not in doc.places


def test_extraction_an_experimental_zone_after_its_city_is_a_place():
    doc = page_document("本报讯 8月13日，淮南市毛集实验区工会开展高温慰问活动。", city="淮南市")
    assert "淮南市毛集实验区" in doc.places


def test_extraction_a_countys_report_on_a_districts_page_names_its_county_by_its_short_name():
    text = ("本报讯（记者 李海）3月19日，市职工文联到浑南区总工会开展调研。浑南区总工会主席钱望舒介绍了浑南区工会工作。\n\n"
            "市职工文联到浑南区调研\n\n"
            "3月20日，县中心工会委员会成立。县总工会主席张宁指出，要为法库工会工作固本强基，喜迎法库工会十六大召开。\n\n"
            "县中心工会委员会成立\n")
    doc = page_document(text, city="沈阳市")
    assert "法库县总工会" in doc.organisations


def test_extraction_a_countys_report_on_another_citys_page_names_its_own_citys_bodies():
    text = ("本报讯 4月30日，衡水市职工演讲比赛在衡水市工人文化宫举行，衡水市总工会主席钱望舒为获奖单位颁奖。\n\n"
            "衡水市职工演讲比赛举行\n\n"
            "3月27日，县工会第十次代表大会召开。县委书记李海，市总工会副主席张宁出席开幕式。李海向市总工会长期以来对滦南"
            "工作的支持表示感谢，希望全县各级工会为滦南发展作出贡献。\n\n我县工会第十次代表大会召开\n")
    doc = page_document(text)
    assert held(doc)["张宁"] == "唐山市总工会"
    assert held(doc)["钱望舒"] == "衡水市总工会"


def test_extraction_a_bureau_of_two_fields_joined_by_和_is_one_body_in_a_title():
    text = "副县长钱望舒、县农业农村和水利局食用菌办副主任李海等参加。"
    assert [t for t, _, _ in title_chain(text, text.index("李海"))] == ["县农业农村和水利局食用菌办副主任"]
    text = "职工和水利局局长李海出席。"
    assert [t for t, _, _ in title_chain(text, text.index("李海"))] == ["水利局局长"]
    doc = page_document("本报讯 6月15日，技能大赛决赛举行。副县长钱望舒、县农业农村和水利局局长李海、县总工会副主席张宁等参加。",
                        city="保定市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李海", "张宁"}


def test_extraction_a_name_standing_for_a_count_of_people_is_a_name():
    text = "会上，钱望舒等340人被授予省劳动模范称号，欧望科等158人被授予省先进工作者称号。"
    assert [m.name for m in find_persons(text, [(3, 6, "PER"), (text.index("欧望科"), text.index("欧望科") + 3, "ORG")])] \
        == ["钱望舒", "欧望科"]
    assert find_persons("会上，职工等300人参加。", []) == []


def test_extraction_a_name_after_its_body_with_its_post_after_it():
    text = "3月5日，桐城市总工会方力主席、李海主席一行赴范岗镇调研工会工作。"
    spans = [(text.index("桐城"), text.index("方力"), "ORG"), (text.index("李海"), text.index("李海") + 2, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["方力", "李海"]
    text = "市人大常委副主任冯明，市政协原党组副书记李众民出席。"
    spans = [(0, 3, "ORG"), (text.index("冯明"), text.index("冯明") + 2, "PER"),
             (text.index("市政协"), text.index("市政协") + 3, "ORG"), (text.index("李众民"), text.index("李众民") + 3, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["冯明", "李众民"]  # not 常委副, 原党组: the start of a post


def test_extraction_the_last_of_a_list_of_trades_is_no_person():
    text = "要加强石斛、水电硅、黄龙玉雕刻等领域的产业工人培养。"
    assert find_persons(text, [(text.index("黄龙玉"), text.index("黄龙玉") + 3, "PER")]) == []


def test_extraction_a_bodys_visiting_party_names_the_body():
    doc = page_document("本报讯 11月23日，中国机械冶金建材工会调研组一行来滕，调研滕州市机电行业发展情况。", city="枣庄市")
    assert "中国机械冶金建材工会" in doc.organisations


def test_extraction_a_citys_short_name_then_its_district_names_the_district_in_full(gaz):
    assert canonical_name("天津河北区总工会", PlaceContext(), gaz) == "天津市河北区总工会"
    assert canonical_name("广州白云区总工会", PlaceContext(), gaz) == "广州市白云区总工会"
    assert canonical_name("安阳师范学院", PlaceContext(), gaz) == "安阳师范学院"


def test_extraction_a_bodys_training_class_or_visiting_delegation_names_the_body():
    doc = page_document("本报讯 7月13日，省教科文卫体工会劳动科学与职工文化专题培训班在西安开班。", city="西安市")
    assert "陕西省教科文卫体工会" in doc.organisations
    doc = page_document("本报讯 3月19日，香港公务员总工会访问团一行来通考察交流。", city="南通市")
    assert "香港公务员总工会" in doc.organisations and "访问团" not in doc.organisations


def test_extraction_a_districts_人大_named_after_its_city_is_its_standing_committee(gaz):
    assert canonical_name("西安市新城区人大", PlaceContext(), gaz) == "西安市新城区人大常委会"
    assert canonical_name("西城街道人大", PlaceContext(), gaz) == "西城街道人大"


def test_extraction_a_banner_named_by_its_first_character_and_its_sides(gaz):
    assert "土左旗" in gaz.lookup("土默特左旗")[0].aliases and "科右前旗" in gaz.lookup("科尔沁右翼前旗")[0].aliases
    doc = page_document("本报讯 1月2日，土左旗总工会联合旗妇联举办全旗职工趣味运动会。", city="呼和浩特市")
    assert "土默特左旗总工会" in doc.organisations and "土默特左旗" in doc.places


@pytest.mark.parametrize("text, expected", [
    ("全国道德模范、全国五一劳动奖章获得者钱望舒发言。", ["全国道德模范", "全国五一劳动奖章获得者"]),
    ("湖北省劳动模范、湖北省道德模范钱望舒发言。", ["湖北省劳动模范", "湖北省道德模范"]),
    ("湖北五一劳动奖章获得者、湖北省产业援藏优秀企业家钱望舒发言。", ["湖北五一劳动奖章获得者", "湖北省产业援藏优秀企业家"]),
    ("全国脱贫攻坚先进个人、中国好人、四川省敬业奉献模范钱望舒发言。", ["先进个人", "中国好人", "四川省敬业奉献模范"]),
])
def test_extraction_honours_before_a_name_are_titles(text, expected):
    assert [t for t, _, _ in title_chain(text, text.index("钱望舒"))] == expected


def test_extraction_the_head_of_a_troupe_or_delegation_is_a_post():
    text = "全国五一劳动奖章获得者、市总工会兼职副主席、天津市新时代劳模宣讲团团长钱望舒讲述了参与活动的感受。"
    assert [t for t, _, _ in title_chain(text, text.index("钱望舒"))] == [
        "全国五一劳动奖章获得者", "市总工会兼职副主席", "天津市新时代劳模宣讲团团长"]


@pytest.mark.parametrize("text, expected", [
    # a report that names another of the province's cities twice takes it for its 市 bodies
    ("本报讯（记者 李海）2月4日，省总工会副主席钱望舒到周口慰问困难职工。市人大常委会副主任、市总工会主席张宁等陪同慰问。"
     "钱望舒希望大家为周口发展作出贡献。\n\n钱望舒到周口慰问困难职工\n\n"
     "本报讯 12月23日，中牟县工会干部培训班在郑州开班。郑州市总工会副主席李红梅出席。\n\n中牟县工会干部培训班开班\n",
     {"张宁": "周口市总工会", "李红梅": "郑州市总工会"}),
    # a report's county may come from its headline
    ("本报讯 9月15日，全省工人文化宫建设现场推进会在榆林市举行。榆林市总工会主席钱望舒介绍了榆林市工人文化宫建设情况。\n\n"
     "全省工人文化宫建设现场推进会在榆举行\n\n"
     "3月22日，县总工会召开全委（扩大）会议。县总工会常务副主席李海作工作报告。\n\n礼泉县总工会召开全委（扩大）会议\n",
     {"李海": "礼泉县总工会"}),
])
def test_extraction_a_provinces_page_reads_each_reports_place_from_what_it_names(text, expected):
    holders = held(page_document(text))
    assert {name: holders[name] for name in expected} == expected


def test_extraction_a_name_ending_in_和_before_a_verb_and_one_the_model_cut_before_向():
    text = "1月15日，市总工会副主席吴良和来到渝北区看望慰问困难劳模。"
    assert [m.name for m in find_persons(text, [(text.index("吴良"), text.index("吴良") + 2, "PER")])] == ["吴良和"]
    text = "副主席王建国和李红梅来到企业，主席王建和大家一起包饺子。"
    spans = [(3, 6, "PER"), (7, 10, "PER"), (text.index("王建和"), text.index("王建和") + 2, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["王建国", "李红梅", "王建"]
    text = "会议首先由县总工会常务副主席王斌娥向全委会作工作报告。"
    assert [m.name for m in find_persons(text, [(text.index("王斌"), text.index("王斌") + 2, "PER")])] == ["王斌娥"]
    text = "市总工会一级主任科员秦望及相关人员进行讲解，副主席李海和相关部门负责人参加。"
    spans = [(text.index("秦望"), text.index("秦望") + 2, "PER"), (text.index("李海"), text.index("李海") + 2, "PER")]
    assert [m.name for m in find_persons(text, spans)] == ["秦望", "李海"]  # 相关: who the others are, no verb


def test_extraction_the_federations_of_a_count_of_regions_are_no_one_body():
    text = "本报讯 1月18日，粤桂两省区总工会服务在粤务工人员春节回家系列活动在肇庆市启动。"
    doc = page_document(text, city="来宾市")
    assert not [o for o in doc.organisations if o.endswith("省区总工会")]


@pytest.mark.parametrize("text, known, again", [
    # the first reading cut the name short where it recurs (钱望|和): knowing it, the second reads the text again
    ("市总工会副主席钱望和来到渝北区调研。钱望和一行走访了三家企业。随后，钱望和在座谈会上讲话。", ("钱望和",), True),
    # the first reading found the names wherever they stand: the second is the first, the names marked known
    ("县总工会主席王建国出席会议并讲话。副主席李红梅主持会议。王建国指出，要抓好落实。", ("王建国", "李红梅", "赵明"), False),
])
def test_extraction_a_second_reading_that_knows_more_names_is_a_fresh_one(monkeypatch, text, known, again):
    """An article is read twice, the second time knowing the page's names: what it finds is what a reading that
    knew them from the start finds, and it reads the text again only when a known name stands where the first
    reading found no such name."""
    from graphbuilder import persons
    from graphbuilder.extract import tag

    spans = tag(text)
    monkeypatch.setattr(persons, "_READ", {})
    fresh = find_persons(text, spans, known)
    persons._READ.clear()
    find_persons(text, spans, ())
    reads, read = [], persons._read_person_spans
    monkeypatch.setattr(persons, "_read_person_spans", lambda *args: reads.append(args) or read(*args))
    assert find_persons(text, spans, known) == fresh
    assert bool(reads) == again


def test_extraction_a_spokesperson_is_a_title():
    """市总工会副主席、新闻发言人X: 新闻发言人 ends a title of the chain, which goes on before it."""
    text = "市总工会副主席、新闻发言人钱望舒回答记者提问。"
    assert [(p.name, [t for t, *_ in p.titles]) for p in find_persons(text)] == [("钱望舒", ["市总工会副主席", "新闻发言人"])]


@pytest.mark.parametrize("text, name", [("随着红布的徐徐拉下，职工书屋的牌匾正式揭牌。", "徐徐拉"),
                                        ("篝火熊熊燃起，职工们载歌载舞。", "熊熊燃")])
def test_extraction_a_doubled_word_opens_no_name(text, name):
    """徐徐|拉下, 熊熊|燃起: a word of one character doubled (徐徐, 熊熊) is no surname and a given name opening with it, though
    the model may take it for one."""
    start = text.index(name)
    assert find_persons(text, [(start, start + 3, "PER")]) == []


def test_extraction_the_winner_after_a_firm_is_named_before_the_verb_of_winning():
    """…有限公司张宁|拔得头筹: a name right after a firm, then the verb of one who won (拔得, 夺得)."""
    text = "经过三轮评审，最终由焦作市某某电子商务有限公司孙芸拔得头筹。"
    firm = (text.index("某某"), text.index("孙芸"), "ORG")
    assert [p.name for p in find_persons(text, [firm])] == ["孙芸"]


def test_extraction_a_departments_union_named_by_the_department_words_with_he():
    """宜昌市|住房和城乡建设工会: the union of the housing department's trade, its words with 和 inside (not 城乡建设工会)."""
    text = "4月28日，襄阳市住房和城乡建设工会组织召开劳模座谈会。"
    assert [m.text for m in find_organisations(text, Gazetteer.load())] == ["襄阳市住房和城乡建设工会"]


def test_extraction_an_activity_joined_to_a_body_by_ji_is_no_part_of_its_name():
    """金秋助学暨|省困难职工帮扶基金会某某工作站授牌仪式: what comes before 暨 is an activity, not the body."""
    text = "8月25日，某某市总工会2017年金秋助学暨省困难职工帮扶基金会某某工作站授牌仪式举行。"
    start = text.index("金秋助学")
    spans = [(start, text.index("授牌仪式"), "ORG")]
    assert [m.text for m in find_organisations(text, Gazetteer.load(), spans)][-1] == "省困难职工帮扶基金会某某工作站"


def test_extraction_those_elected_take_part_with_the_notes_on_their_posts():
    """大会宣布X当选为主席 (the one elected, announced), and a list of names each with how they hold the post (李红梅（挂职）、
    赵明（兼职）当选为副主席): all take part, with 当选为… as their role."""
    from graphbuilder.events import find_participations

    text = ("12月25日，县工会第十四次代表大会闭幕。大会宣布县人大常委会副主任钱望舒当选为县总工会主席，王建国、李红梅（挂职）、"
            "赵明（兼职）当选为副主席。")
    sentences = split_sentences(text)
    persons = find_persons(text, known=("王建国", "李红梅", "赵明"))
    found = find_participations(text, sentences, persons, find_events(text, sentences, year=2024))
    assert [(p.person.name, p.role_label) for p in found] == [
        ("钱望舒", "当选为县总工会主席"), ("王建国", "当选为副主席"), ("李红梅", "当选为副主席"), ("赵明", "当选为副主席")]


def test_extraction_a_list_of_names_goes_on_after_a_note_on_a_post():
    """杨迪（挂职）、李红梅（兼职）当选副主席: the list goes on after how the post is held, and its items may have one."""
    found = find_persons("王建国、张宁（挂职）、李红梅（兼职）当选副主席。", known=("王建国",))
    assert [p.name for p in found] == ["王建国", "张宁", "李红梅"]


def test_extraction_a_speech_given_at_another_event_is_no_part_in_this_one():
    """X总书记在…表彰大会上的重要讲话，具有…: the speech is named as a thing, its speaker took no part in the meeting."""
    from graphbuilder.events import find_participations

    text = ("4月30日，市委书记钱望舒与全国劳动模范举行座谈。钱望舒指出，习近平总书记在全国劳动模范和先进工作者表彰大会上的"
            "重要讲话，具有很强的指导性。")
    sentences = split_sentences(text)
    found = find_participations(text, sentences, find_persons(text), find_events(text, sentences, year=2025))
    assert "习近平" not in [p.person.name for p in found] and "钱望舒" in [p.person.name for p in found]


def test_extraction_a_credit_for_text_and_photos_after_a_name_is_no_part_of_it():
    """本报讯（钱望舒文/图）: the model's 钱望舒文 is the name, then the credit for the text and the photos."""
    text = "本报讯（钱望舒文/图）4月3日，市总工会八届四次全委会召开。"
    start = text.index("钱望舒")
    assert [p.name for p in find_persons(text, [(start, start + 4, "PER")])] == ["钱望舒"]


def test_extraction_a_gathering_is_an_event_dated_as_the_text_says():
    """1月25日晚，…代表在…大酒店集会联谊: 集会 (a gathering) is a meeting, on the day the sentence names."""
    text = "1月25日晚，四十余名通讯员代表在某某大酒店集会联谊，庆祝杂志出刊两周年。主编钱望舒讲话。"
    events = find_events(text, split_sentences(text), year=2011)
    assert [(e.event_type, e.date.value) for e in events] == [("meeting", "2011-01-25")]


def test_extraction_a_person_a_team_is_named_after_takes_no_part():
    """赵梦桃小组第13任组长X: the team is named after a model worker of the past; its leader takes part, she does not."""
    from graphbuilder.events import find_participations

    text = "10月23日，市总工会在纺织厂举办主题活动。赵梦桃小组第13任组长钱望舒畅谈了执守梦桃精神的体会。"
    sentences = split_sentences(text)
    persons = find_persons(text, known=("赵梦桃", "钱望舒"))
    found = find_participations(text, sentences, persons, find_events(text, sentences, year=2019))
    assert [p.person.name for p in found] == ["钱望舒"]


def test_extraction_a_reporter_who_chairs_the_meeting_takes_part():
    """本报讯（通讯员 X）…会议由工会副主席X主持: the correspondent holds a post of the event's and takes part; a reporter
    named with no other post does not, nor one who is told something (…负责人向镇总工会主席X介绍)."""
    from graphbuilder.events import find_participations

    text = "本报讯（通讯员 钱望舒 记者 李海）5月28日，市总工会来访我校开展座谈。会议由工会副主席钱望舒主持。记者李海参加座谈。"
    sentences = split_sentences(text)
    persons = find_persons(text, known=("钱望舒", "李海"))
    found = find_participations(text, sentences, persons, find_events(text, sentences, year=2024),
                                exclude={"钱望舒", "李海"})
    assert [(p.person.name, p.role_label) for p in found] == [("钱望舒", "主持")]


def test_extraction_a_title_after_an_adverb_and_a_preposition_is_the_object_s():
    """…农场负责人高兴地向镇总工会主席X同志介绍: the title is 镇总工会主席, though the model's organisation runs from the
    farm over 高兴地向 to the union."""
    text = "近日，某某镇青青农场负责人高兴地向镇总工会主席钱望舒同志介绍农场的变化。"
    org = (text.index("某某"), text.index("主席"), "ORG")
    name = (text.index("钱望舒"), text.index("钱望舒") + 3, "PER")
    assert [(p.name, [t for t, *_ in p.titles]) for p in find_persons(text, [org, name])] == [("钱望舒", ["镇总工会主席"])]


def test_extraction_bureaus_named_by_their_kind_in_a_list_after_a_citys_bureau_are_the_citys():
    """市总工会联合市人社局、经信局、教育局、农业农村局、科技局等部门: each bureau of the list is the city's, written out."""
    text = ("本报讯 9月10日，市总工会联合市人社局、经信局、教育局、农业农村局、科技局等部门举办职业技能竞赛。\n\n"
            "职业技能竞赛举办\n")
    names = set(page_document(text, city="襄阳市").organisations)
    assert {"襄阳市人力资源和社会保障局", "襄阳市经济和信息化局", "襄阳市教育局", "襄阳市农业农村局",
            "襄阳市科学技术局"} <= names


def test_extraction_a_township_named_by_its_kind_alone_is_no_place(gaz):
    """林业局, 农科所, 园艺场: township-level units the statistical list names by their kind alone are words of any
    report (保亭…县林业局毛岸护林站站长), no place to take a page's city from."""
    text = "保亭黎族苗族自治县林业局毛岸护林站站长、县农科所所长和县园艺场场长作了报告。"
    assert not [d for _, _, d in gaz.find_in_text(text) if d.level == "township"]


def test_extraction_a_district_union_with_no_county_known_on_an_autonomous_regions_page_is_the_regions(gaz):
    """自治区人大常委会副主任、区总工会主席X on a 西藏 page: 区总工会 is the autonomous region's; a county's 区 stays its."""
    tibet = gaz.resolve("西藏自治区")
    assert canonical_name("区总工会", PlaceContext(province=tibet), gaz) == "西藏自治区总工会"
    chengguan = next(d for d in gaz.lookup("城关区") if gaz.is_within(d, tibet))
    assert canonical_name("区总工会", PlaceContext(province=tibet, county=chengguan), gaz) == "城关区总工会"


def test_extraction_a_body_after_the_verb_ji_yu_is_the_body_alone(gaz):
    """给予|达陕公司的支持: the model's 予达陕公司 starts with the verb's last character."""
    text = "张宁对市总工会长期以来给予某某公司的支持表示感谢。"
    start = text.index("予某某")
    assert "某某公司" in [m.text for m in find_organisations(text, gaz, [(start, start + 5, "ORG")])]


@pytest.mark.parametrize("text, name", [("武鸣讯（通讯员李海）8月4日，县总工会深入高温作业场所送清凉。", "武鸣讯"),
                                        ("最后，王总将诚挚的五一劳动节的祝福送给劳动者们。", "王总将")])
def test_extraction_a_datelines_place_and_a_boss_are_no_names(text, name):
    """武鸣讯（通讯员…）: a place's dateline; 王总|将祝福送给…: boss Wang, then 将 (will): no name, though the model
    takes one."""
    start = text.index(name)
    assert name not in [p.name for p in find_persons(text, [(start, start + 3, "PER")])]


def test_extraction_an_undated_event_of_a_report_whose_lede_is_dated_is_on_the_ledes_day():
    """昨日，…书屋获得了…。…举行了发放仪式: the report's one event has no date of its own; its day is the lede's."""
    text = "昨日，全市55家基层职工书屋获得了一份文化大餐，市总工会为它们配送了图书。市总工会为此举行了发放仪式。"
    events = find_events(text, split_sentences(text), year=2015, published=dt.date(2015, 7, 14))
    assert [e.date.value if e.date else None for e in events] == ["2015-07-13"]


def test_extraction_a_name_after_a_post_the_model_read_short_before_a_comma():
    """…客户经理钱望舒，…: the model read 钱望; a name of three characters right after a post, then a comma, is whole."""
    text = "某某银行普惠金融部客户经理钱望舒，某某公司工会主席李红梅作了报告。"
    spans = [(text.index("钱望"), text.index("钱望") + 2, "PER")]
    assert [p.name for p in find_persons(text, spans)][:1] == ["钱望舒"]


def test_extraction_a_name_after_a_post_the_model_read_short_before_到():
    """…副主席刘月科到会讲话: the model read 刘月; the name of three characters after a post, then 到, is whole."""
    text = "省总工会党组书记、副主席钱望舒到会讲话。"
    spans = [(text.index("钱望"), text.index("钱望") + 2, "PER")]
    assert [p.name for p in find_persons(text, spans)] == ["钱望舒"]


def test_extraction_a_name_the_model_read_short_before_a_verb_like_character_is_whole_where_it_speaks():
    """省总工会主席钱大为主持会议。钱大为指出…: the model read 钱大 (为主持: as presides); the name followed by what
    its bearer says is the name of three characters. Not so where the third character is 作 (张宁作|介绍)."""
    text = "省总工会主席钱大为主持会议。钱大为指出，要做好工会工作。"
    spans = [(text.index("钱大"), text.index("钱大") + 2, "PER")]
    assert [p.name for p in find_persons(text, spans)] == ["钱大为", "钱大为"]
    text = "县总工会主席张宁作讲话。张宁作介绍时说，要做好工会工作。"
    spans = [(text.index("张宁"), text.index("张宁") + 2, "PER")]
    assert {p.name for p in find_persons(text, spans)} == {"张宁"}


def test_extraction_a_name_after_a_collective_word_in_a_list_of_names_takes_part():
    """…职工王建国，全国五一劳动奖章获得者、某某公司外来务工人员李海，…分别做了事迹报告: 人员 is a collective word
    (工作人员), but after the other titles of a list's item it only says who 李海 is."""
    text = ("10月26日，某某区总工会举办了先进模范人物事迹报告会。全国劳动模范、某某中心职工王建国，"
            "全国五一劳动奖章获得者、某某公司外来务工人员李海，市劳动模范、个体工商户张宁分别做了事迹报告。")
    doc = page_document(text, city="广州市")
    assert {p.person for p in doc.participations} == {"王建国", "李海", "张宁"}


def test_extraction_who_someone_is_by_their_work_is_a_title():
    """工会工作者, 社会工作者, 个体工商户: a title, and 优秀工会工作者 an honour, not a body named 优秀工会."""
    text = ("会议由他主持。北京市劳动模范、先进个体工商户钱望舒，北京市优秀工会工作者、红旗街道总工会专职"
            "社会工作者李海分别发言。")
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["北京市劳动模范", "先进个体工商户"]),
                                            ("李海", ["北京市优秀工会工作者", "红旗街道总工会专职社会工作者"])]
    doc = page_document(text, city="北京市")
    assert not any("优秀" in name for name in doc.organisations)


def test_extraction_a_list_of_names_goes_on_to_the_name_before_when_they_were_elected():
    """…杨彦锋、戚政当选…副主席: the model read the list's last name and 当选… as a body; the list goes on to it."""
    text = "会议选举产生了新一届领导机构，李海、张宁、王建国、孙芸当选市总工会副主席。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("李海", "张宁", "王建国")]
    assert [p.name for p in find_persons(text, spans)] == ["李海", "张宁", "王建国", "孙芸"]


@pytest.mark.parametrize("name", ["凡望舒", "候望舒", "刑望舒", "隽望舒", "双望舒", "虎望舒", "香望舒", "虢望舒", "琚望舒"])
def test_extraction_a_name_of_a_rare_surname_after_a_post(name):
    """凡, 候, 刑, 隽 and 双 are surnames (凡勋涛, 候朝辉, 刑全玉) as well as words: a name the model read right after
    a post is taken."""
    text = f"市总工会副主席{name}主持活动。"
    assert [p.name for p in find_persons(text, [(7, 10, "PER")])] == [name]


def test_extraction_a_quotation_left_open_ends_where_the_next_one_opens():
    """“幸福成‘工’ 奔跑向前——接力跑暨“…迎大运”系列活动: the first quotation is never closed; what follows the
    second's close is no quotation, and the people who attend take part."""
    text = ("4月8日上午，由某某市总工会主办的“奔跑向前——环城绿道接力跑暨“乐动全城——职工迎大运”系列活动启动仪式"
            "举行。市总工会主席钱望舒，市体育局副局长李海出席本次活动。")
    doc = page_document(text, city="成都市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李海"}


def test_extraction_heads_of_a_station_a_farm_and_a_mine_are_posts():
    text = "市广播电视台台长钱望舒，市国有林场场长李海，东山矿副矿长张宁出席活动。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海", "张宁")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["市广播电视台台长"]), ("李海", ["市国有林场场长"]),
                                            ("张宁", ["东山矿副矿长"])]


def test_extraction_a_talks_title_after_the_speakers_name_is_skipped_to_what_the_speaker_did():
    """…焊工张腾蛟，以《我和职工书屋的故事》为题，讲述了…: the verb comes after the talk's title."""
    text = ("4月2日，某某市职工主题阅读示范活动举行。活动中，全国五一劳动奖章获得者、某某集团焊工钱望舒，"
            "以《我和职工书屋的故事》为题，讲述了职工书屋助力个人成长的故事。")
    doc = page_document(text, city="沈阳市")
    assert [(p.person, p.role_label) for p in doc.participations] == [("钱望舒", "讲述了职工书屋助力个人成长的故事")]


def test_extraction_a_role_word_that_opens_who_the_act_is_for_is_no_role():
    """为参会代表上了一堂党课, 代表活动参与者宣读倡议书: 参会 and 参与 say who the lesson or the reading is for or by."""
    text = "7月22日，某某市劳模座谈会召开。市总工会主席钱望舒为参会代表上了一堂生动的党课。"
    doc = page_document(text, city="武汉市")
    assert [(p.person, p.role_label) for p in doc.participations] == [("钱望舒", "为参会代表上了一堂生动的党课")]


def test_extraction_the_head_of_a_procuratorate_is_a_post():
    text = "县总工会主席张宁一行走访慰问。县检察院检察长钱望舒陪同走访慰问。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("张宁", "钱望舒")]
    assert names(text, ner_spans=spans) == [("张宁", ["县总工会主席"]), ("钱望舒", ["县检察院检察长"])]


@pytest.mark.parametrize("text, date", [
    # a report of an event named with its year, two years or more before the page's: that year's day
    ("9月29日下午，2016年某某区助学金发放仪式在某某小学举行。", "2016-09-29"),
    ("3月22日，区总工会举办2021年基层工会干部业务培训班。", "2021-03-22"),
    # the year before the page's, a year since, a year of work: the page's year
    ("1月12日，市总工会召开2023年工作总结会。", "2024-01-12"),
    ("5月8日，市总工会召开座谈会，回顾2016年以来的工作。", "2024-05-08"),
])
def test_extraction_an_event_named_with_an_earlier_year_is_dated_in_that_year(text, date):
    events = find_events(text, split_sentences(text), year=2024, published=dt.date(2024, 11, 6))
    assert [e.date.value for e in events] == [date]


def test_extraction_the_opening_of_a_park_is_a_ceremony():
    text = "4月18日，某某市劳模工匠文化长廊正式开园。市总工会主席钱望舒为长廊揭牌。"
    [event] = find_events(text, split_sentences(text), year=2024)
    assert (event.date.value, event_type(text)) == ("2024-04-18", "ceremony")


def test_extraction_a_two_character_name_of_a_rare_surname_after_a_post_before_its_verb():
    """市中心医院院长虎威出席: 虎 a surname, the name of two characters before the verb the model did not read."""
    assert [p.name for p in find_persons("市中心医院院长虎威出席了当天的活动。")] == ["虎威"]


def test_extraction_a_county_by_its_former_name_is_the_place_as_it_was(gaz):
    """密云县 (密云区 since 2015), 海门市 (海门区 since 2020): an older page's place, named as it then was."""
    text = "3月23日，徐州市总工会考察团来到海门市，又赴密云县总工会学习。"
    assert [p.name for p in find_places(text, gaz, PlaceContext())] == ["徐州市", "海门市", "密云县"]


def test_extraction_the_unions_of_every_city_and_county_are_no_one_body(gaz):
    """各市、县总工会 (and 各县、区总工会): every union of those levels, as 各县区总工会 is; a 市总工会 alone is one."""
    text = "各市、县总工会负责人参加会议。各县、区总工会主席列席。市总工会主席出席。"
    assert [m.text for m in find_organisations(text, gaz)] == ["市总工会"]


def test_extraction_a_firm_named_after_a_post_opens_with_no_name():
    """参赛选手代表娄底华菱云创数智有限公司技术员X: 娄底华 (娄 a surname) opens the firm's name, no one's."""
    text = "参赛选手代表娄底华菱云创数智有限公司技术员李海宣誓。"
    spans = [(text.index("李海"), text.index("李海") + 2, "PER")]
    assert [p.name for p in find_persons(text, spans)] == ["李海"]


def test_extraction_the_leaders_and_guests_listed_as_present_take_part():
    """应邀出席今天启动仪式的领导和来宾有：X同志，Y同志: each listed is present, as after …的领导有：."""
    text = ("10月10日上午，某某技能大赛开幕仪式在某某学校举行。应邀出席今天启动仪式的领导和来宾有：市总工会副主席钱望舒同志，"
            "县委常委李海同志。")
    doc = page_document(text, city="常德市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "应邀出席"), ("李海", "应邀出席")}


def test_extraction_a_title_goes_on_over_words_in_brackets_inside_a_bodys_name():
    """柳东新区（高新区）总工会主席, 美华建设（集团）董事长, 中国（黑龙江）自由贸易试验区…: the brackets are the name's."""
    text = "据介绍。东山新区（高新区）总工会主席钱望舒，华远建设（集团）董事长李海，中国（黑龙江）自由贸易试验区管委会主任张宁陪同调研。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海", "张宁")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["东山新区（高新区）总工会主席"]), ("李海", ["华远建设（集团）董事长"]),
                                            ("张宁", ["中国（黑龙江）自由贸易试验区管委会主任"])]
    doc = page_document(text.replace("据介绍。", "7月1日，市总工会调研组来到东山新区。"), city="柳州市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李海", "张宁"}


def test_extraction_two_fields_joined_by_与_in_a_bodys_name_stay_in_the_title():
    """市中医医院呼吸与危重症医学科护士长, 旅游与康养学院党总支书记: 与 joins two fields of one body's name."""
    text = "座谈会上，市中医医院呼吸与危重症医学科护士长钱望舒，旅游与康养学院党总支书记李海发言。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["市中医医院呼吸与危重症医学科护士长"]),
                                            ("李海", ["旅游与康养学院党总支书记"])]


def test_extraction_a_speaker_who_draws_on_their_own_experience_first_takes_part_in_what_they_told():
    """…护士长董艳艳，结合自身工作经历，生动讲述了…: the clause of what the speech draws on, then what the speaker did."""
    text = ("6月9日，某某市劳模宣讲团启动仪式举行。报告会上，市劳动模范钱望舒和市五一劳动奖章获得者、市医院护士长李海，"
            "结合自身工作经历，生动讲述了他们感人的故事。")
    doc = page_document(text, city="临沂市")
    assert {(p.person, p.role_label) for p in doc.participations} == {
        ("钱望舒", "生动讲述了他们感人的故事"), ("李海", "生动讲述了他们感人的故事")}


def test_extraction_a_title_goes_on_over_a_bodys_second_name_in_brackets():
    """…经济开发区管委会（…产业基地管委会）副主任: one body under two names, the second in brackets, then the post."""
    text = ("4月27日，职工文艺演出在欢乐广场举行。县委副书记钱望舒、东山经济开发区管委会（红旗通用航空产业基地管委会）"
            "副主任李海、县总工会主席张宁观看演出。")
    doc = page_document(text, city="沈阳市")
    assert {p.holder: p.label for p in doc.posts}["李海"] == "东山经济开发区管委会（红旗通用航空产业基地管委会）副主任"
    assert {p.person for p in doc.participations} == {"钱望舒", "李海", "张宁"}


@pytest.mark.parametrize("day", ["今天", "当天"])
def test_extraction_the_days_event_is_the_event_reported(day):
    """…近200人参加了今天的活动: the ceremony the report is about, not an event of its own."""
    text = (f"本报讯 2019年9月27日，市总工会在市图书馆举办“最美劳动者”颁奖典礼。市总工会全体党员干部近200人参加了{day}的活动。"
            "副主席钱望舒出席了今天的会议。县委书记李海向莅临今天会议的市总工会领导表示欢迎。")
    doc = extract_document([Page("p-2019-09-28.txt", text, text, "utf-8")], city="营口市")
    assert [(e.label, e.date.value) for e in doc.events.values()] == [("“最美劳动者”颁奖典礼", "2019-09-27")]


def test_extraction_what_the_unions_will_focus_on_this_year_is_a_plan():
    """记者从会上获悉，2025年，…各级工会将聚焦…: what they will do this year, no event dated the year."""
    text = ("本报讯 3月21日，市总工会召开第七届委员会第二次全体会议。记者从会上获悉，2025年，全市各级工会将聚焦"
            "战略任务，围绕目标定位开展劳动竞赛。")
    doc = page_document(text, city="防城港市")
    assert [e.date.value for e in doc.events.values()] == ["2025-03-21"]


@pytest.mark.parametrize("later", ["钱大为宣布专列出发", "图为钱大为（左一）向职工送上礼包"])
def test_extraction_a_name_cut_before_为_is_whole_where_it_announces_or_stands_in_a_photo(later):
    """主席郭大|为宣布发车令 … 图为郭大为（左一）: the third character is the name's, as where it is followed by 指出."""
    text = f"省总工会主席钱大为出席仪式。{later}。市总工会主席李海为职工送上礼包。"
    spans = [(m.start(), m.start() + 2, "PER") for m in re.finditer("钱大|李海", text)]
    assert {name for name, _titles in names(text, ner_spans=spans)} == {"钱大为", "李海"}


def test_extraction_a_three_character_name_after_a_post_is_whole_before_及():
    """凤山镇党委书记徐生|强及相关县直单位负责人出席: the model stopped one short; not 王红|以及, nor 李海|及."""
    text = "镇党委书记钱望舒及相关单位负责人出席。市总工会主席王红以及各县区负责人、副主席李海及有关同志参加。"
    spans = [(text.index(n), text.index(n) + 2, "PER") for n in ("钱望舒", "王红", "李海")]
    assert [name for name, _titles in names(text, ner_spans=spans)] == ["钱望舒", "王红", "李海"]


@pytest.mark.parametrize("text", ["最后，刘主席祝福大家过一个愉快祥和的春节。", "钱望舒书记也代表全馆职工表示感谢。",
                                  "李海院长代表全院干部职工致辞。"])
def test_extraction_everyone_and_the_whole_staff_are_no_person(text):
    """祝福大|家 (大家, everyone) after 主席, 代表全馆职工 (the whole museum's staff): 祝 and 全 are surnames too."""
    from graphbuilder.extract import tag

    assert {p.name for p in find_persons(text, tag(text))} <= {"钱望舒", "李海"}


def test_extraction_a_form_of_theatre_is_no_person():
    """诗朗诵、集体舞、黄梅戏、旗袍秀轮番上演: the model reads 黄梅戏 as a person's name (黄 a surname)."""
    text = "诗朗诵、集体舞、黄梅戏、旗袍秀轮番上演，职工们还欣赏了花鼓戏和木偶剧。"
    spans = [(text.index(n), text.index(n) + 3, "PER") for n in ("黄梅戏", "花鼓戏", "木偶剧")]
    assert names(text, ner_spans=spans) == []


@pytest.mark.parametrize("text, body", [("充分展示了东山区职工队伍的精神风貌。", "东山区职工队"),
                                        ("促进红旗集团团结奋进。", "红旗集团团"), ("打开东山区发展局面。", "东山区发展局")])
def test_extraction_a_body_that_ends_inside_a_word_is_none(gaz, text, body):
    """东山区职工队|伍: the model's body ends with the first character of 队伍 (the ranks), 团结 or 局面."""
    start = text.index(body)
    assert find_organisations(text, gaz, [(start, start + len(body), "ORG")]) == []


def test_extraction_who_acts_after_又讯_takes_part_in_the_second_reports_event():
    """又讯（记者…）1月29日，…慰问活动…举行。 / 市总工会常务副主席王军为…送上慰问品: the second report's event, not the
    article's first."""
    text = ("本报讯（记者 李海）1月25日下午，市总工会主席钱望舒看望工地建设者。农民工孙芸说，有了自尊和成就。"
            "又讯（记者 王建国）1月29日，市总工会春节慰问一线户外劳动者活动在东山社区举行。\n\n"
            "市总工会常务副主席张宁为1100余名户外劳动者送上慰问品。\n")
    doc = extract_document([Page("p-2019-01-31.txt", text, text, "utf-8")], city="西安市")
    assert {(p.person, doc.events[p.event].date.value) for p in doc.participations} == {
        ("钱望舒", "2019-01-25"), ("孙芸", "2019-01-25"), ("张宁", "2019-01-29")}


def test_extraction_a_township_of_another_province_named_alone_is_no_place(gaz):
    """…有限公司南城区主管 on a page of 新疆: 南城区 is a township of 山西 the gazetteer lists; 经济开发区管委会 and
    高新技术产业园区 are townships' names somewhere too. A township after its county, or of the page's province, stays."""
    yili = PlaceContext(gaz.resolve("新疆维吾尔自治区"), gaz.resolve("伊犁哈萨克自治州"))
    text = "昭苏县城市服务有限公司南城区主管李海说，经济开发区管委会和高新技术产业园区都来了。"
    assert [p.name for p in find_places(text, gaz, yili)] == ["昭苏县"]
    jinzhong = PlaceContext(gaz.resolve("山西省"), gaz.resolve("晋中市"))
    assert "南城区" in [p.name for p in find_places("太谷区南城区总工会开展慰问，南城区职工参加。", gaz, jinzhong)]


def test_extraction_a_bay_or_a_port_named_after_a_city_is_no_mention_of_the_city(gaz):
    """杭州湾总工会, 湛江港集团: the bay and the port, not 杭州市 and 湛江市 (a district named 港区 is a place)."""
    text = "奉浦街道总工会、杭州湾总工会作报告，湛江港集团职工参加。"
    assert [p.name for p in find_places(text, gaz, PlaceContext(gaz.resolve("上海市")))] == ["奉浦街道"]
    assert "湛江市" in [p.name for p in find_places("湛江市总工会举办活动。", gaz, PlaceContext())]


def test_extraction_a_countys_media_in_the_byline_gives_its_县_forms():
    """云上通山报道：（通讯员 X）…县总工会召开… on a page of 恩施: 通山县's media (a county of 咸宁), its 县总工会 is 通山's."""
    text = ("县总工会召开实践活动动员会\n\n云上通山报道：（通讯员 钱望舒）5月30日，县总工会召开党员干部下基层实践活动"
            "动员会。县总工会主席李海讲话。\n\n恩施州总工会走访企业\n\n6月6日，恩施州总工会常务副主席张宁带队走访企业。\n")
    doc = page_document(text)
    assert held(doc)["李海"] == "通山县总工会"


def _shenqiu_page(second_report: str):
    """The document of a page of 周口's 沈丘县 (我县…) whose second report is ``second_report``."""
    text = ("本报讯 4月30日，我县召开沈丘县五一劳动奖表彰大会。周口市总工会副主席王建国，县总工会主席钱望舒出席。"
            "\n\n我县召开五一表彰大会\n\n" + second_report)
    return extract_document([Page("henan-gongrenribao-2021-05-01.txt", text, text, "utf-8")], city="周口市")


def test_extraction_a_report_that_opens_with_another_countys_name_is_that_countys():
    """On a page of 周口's 沈丘县 (我县…), a report that opens 汝南县总工会正式启动… is of 汝南县 (of 驻马店), its 县总工会
    too."""
    doc = _shenqiu_page("本报讯 1月12日，汝南县总工会正式启动春节“送温暖”活动。县人大常委会党组副书记、县总工会主席李海，"
                        "县总工会常务副主席张宁等领导慰问劳模代表。\n\n汝南县工会启动春节“送温暖”活动\n")
    assert held(doc)["钱望舒"] == "沈丘县总工会"
    assert held(doc)["李海"] == held(doc)["张宁"] == "汝南县总工会"


def test_extraction_a_report_whose_headline_alone_opens_with_another_countys_name_is_that_countys():
    """On a page of 周口's 沈丘县, a report whose body says only 县 (县总工会, 全县) and whose headline opens with 汝南县
    (汝南县召开…) is of 汝南县: its 县总工会 and 县委 are 汝南县's."""
    doc = _shenqiu_page("本报讯 1月12日，全县劳动模范表彰大会召开。县委副书记李海出席会议并讲话，县总工会主席张宁主持。"
                        "\n\n汝南县召开2024年劳动模范表彰大会\n")
    assert held(doc)["钱望舒"] == "沈丘县总工会"
    assert held(doc)["张宁"] == "汝南县总工会"
    assert "中共汝南县委" in doc.organisations


def test_extraction_leaders_who_went_somewhere_after_a_comma_take_part():
    """…主席陈运华，…常务副主席熊伟等领导，到天中劳模之家公益协会慰问看望劳模代表: where they went, then the visit."""
    text = ("本报讯 1月12日，县总工会正式启动春节“送温暖”活动。县人大常委会党组副书记、县总工会主席钱望舒，"
            "县总工会常务副主席李海等领导，到东山劳模之家慰问看望劳模代表。")
    doc = page_document(text, city="驻马店市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "慰问看望"), ("李海", "慰问看望")}


@pytest.mark.parametrize("text, name", [("市委书记虢正贵，市政协主席钱望舒参加会议。", "虢正贵"),
                                        ("市领导钱望舒，市长助理琚明亮出席会议。", "琚明亮")])
def test_extraction_a_rare_surname_after_a_post_where_the_model_reads_no_name(text, name):
    """虢 and 琚 are surnames; 市长助理 (the mayor's assistant) is a post: 市委书记虢正贵，, 市长助理琚明亮出席."""
    from graphbuilder.extract import tag

    assert name in {p.name for p in find_persons(text, tag(text))}


def test_extraction_a_title_is_shared_over_同志_and_a_lists_mark():
    """县总工会副主席朱云霞同志、郑俊毫: one title for both names, as without 同志."""
    text = "参加活动的领导有县总工会副主席钱望舒同志、李海，县教育局局长张宁同志。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海", "张宁")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["县总工会副主席"]), ("李海", ["县总工会副主席"]),
                                            ("张宁", ["县教育局局长"])]


def test_extraction_a_county_joined_to_a_body_by_及_is_cut_from_it(gaz):
    """宾川县及州直机关工委在会上作交流发言: the model's one body is a county and a committee; 和平区 stays whole."""
    text = "大理市、祥云县、东山县及州直机关工委在会上作交流发言。和平区总工会参加。"
    start, mid = text.index("东山县"), text.index("和平区")
    spans = [(start, start + 10, "ORG"), (mid, mid + 6, "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["州直机关工委", "和平区总工会"]


def test_extraction_bodies_of_several_levels_are_no_one_body(gaz):
    """省市县党代会精神: the party congresses of the province, the city and the county; 省市场监管局 is one bureau."""
    text = "将党中央决策部署和省市县党代会精神转化为生动实践。省市场监管局参加。"
    first, second = text.index("省市县"), text.index("省市场")
    spans = [(first, first + 6, "ORG"), (second, second + 6, "ORG")]
    assert [m.text for m in find_organisations(text, gaz, spans)] == ["省市场监管局"]


def test_extraction_a_provinces_总公会_is_its_总工会():
    """云南省总公会党组成员X: 公 for 工 (both gōng), a misprint; the canonical name is the federation's, the surface
    form kept."""
    text = "本报讯 12月17日，省职工技能大赛总结表彰会在昆明举行。云南省总公会党组成员钱望舒出席并讲话。"
    doc = page_document(text)
    assert doc.organisations["云南省总工会"].aliases == ("云南省总公会",)


def test_extraction_全州_is_the_autonomous_prefecture(gaz):
    """全州12县市工会主席参加会议: the prefecture of the article's context when it is an autonomous one (大理白族自治州),
    no place of a city that is no 州, and not 全州县 (of 桂林)."""
    text = "全州12县市工会主席参加会议。"
    dali = PlaceContext(gaz.resolve("云南省"), gaz.resolve("大理白族自治州"))
    assert [p.name for p in find_places(text, gaz, dali)] == ["大理白族自治州"]
    assert [p.name for p in find_places(text, gaz, PlaceContext(gaz.resolve("河南省"), gaz.resolve("郑州市")))] == []


def test_extraction_a_管理师_is_a_post():
    """国网延寿县供电公司管理师张国辉: 管理师 (a grade of professional, like 工程师 and 统计师) ends the title."""
    text = "县总工会副主席钱望舒、国网东山县供电公司管理师李海参加开幕式。"
    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in ("钱望舒", "李海")]
    assert names(text, ner_spans=spans) == [("钱望舒", ["县总工会副主席"]), ("李海", ["国网东山县供电公司管理师"])]


def test_extraction_a_title_before_where_the_person_works():
    """省级劳模、敦化市中医院李欣: the honour is the title, the hospital where she works none (so 日照市人大常委会副主任、
    日照市总工会李崇禧, the union named without its post, keeps the first title)."""
    text = "走访慰问了省级劳模、东山市中医院钱望舒，州级劳模、东山市水利局李海，市级劳模、清洁工人张宁等劳动模范。"
    spans = [(text.index(n), text.index(n) + len(n), label) for n, label in (
        ("东山市中医院", "ORG"), ("钱望舒", "PER"), ("东山市水利局", "ORG"), ("李海", "PER"), ("张宁", "PER"))]
    assert names(text, ner_spans=spans) == [("钱望舒", ["省级劳模"]), ("李海", ["州级劳模"]),
                                            ("张宁", ["市级劳模", "清洁工人"])]


@pytest.mark.parametrize("end", ["李海", "李海和"])
def test_extraction_a_text_that_ends_with_a_name(end):
    """A page cut off right after a name (出席的领导有县总工会主席李海): read, not a crash at the text's end."""
    text = f"本报讯 5月1日，县总工会举办职工运动会。出席的领导有县总工会主席{end}"
    assert "李海" in page_document(text, city="焦作市").persons


def test_extraction_a_lists_last_name_with_a_rare_surname_before_its_verb():
    """邹城市领导徐相斌、…、刘守新、綦宝进慰问…: 綦 is a surname; the last name and its verb give the list its part."""
    text = ("本报讯 近日，邹城市领导钱望舒、李海、张宁、綦宝进慰问春节期间坚守岗位的一线干部职工，"
            "市总工会负责同志陪同活动。")
    doc = page_document(text, city="济宁市")
    assert {p.person for p in doc.participations} >= {"钱望舒", "李海", "张宁", "綦宝进"}


def test_extraction_a_body_after_a_name_and_代_is_the_body():
    """市总工会副主席陈江泓代省总工会宣读贺词: the model's body 陈江泓代省总工会 is the province's federation, on whose
    behalf the deputy read the message."""
    from graphbuilder.extract import read_article

    text = "本报讯 9月28日，市职工服务类社会组织联合会成立大会召开。市总工会副主席钱望舒代省总工会宣读贺词。"
    start = text.index("钱望舒")
    spans = [(start, start + 3, "PER"), (start, start + 8, "ORG")]
    reading = read_article(split_articles(Page("p.txt", text, text, "utf-8"))[0], gazetteer=Gazetteer.load(),
                           page=PlaceContext(), year=2017, ner_spans=spans)
    assert [o.mention.text for o in reading.organisations if o.mention.start > start] == ["省总工会"]


def test_extraction_向_after_a_post_is_a_surname_before_等_and_a_verb():
    """机关党委书记向茂林等出席座谈: 向 the surname, as before 主持 (区总工会主席向智勇主持会议); not 主席向大会作报告."""
    text = "市总工会党组成员、机关党委书记向茂林等出席座谈。主席向大会作工作报告。"
    assert [name for name, _ in names(text)] == ["向茂林"]


@pytest.mark.parametrize("crowd", ["，以及近年来全市选树表彰的全国、省、市劳动模范，最美职工代表和一线职工代表等",
                                   "，市属企业的困难职工和部分驿站站长、新就业形态劳动者、部分抗疫人员等100余名人员"])
def test_extraction_officials_listed_before_a_crowd_share_its_verb(crowd):
    """…市政协副主席翟政，以及…劳动模范，…职工代表等参加活动: the officials took part with the crowd after them."""
    text = f"本报讯 4月25日，市总工会举办致敬劳动者文化展示活动。省总工会副主席钱望舒，市政协副主席李海{crowd}参加活动。"
    doc = page_document(text, city="郑州市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "参加"), ("李海", "参加")}


def test_extraction_communities_a_visit_goes_to_are_places(gaz):
    """走进朝阳社区开展送春联活动, 先后来福安社区、霍城社区慰问: communities named after a visit's verb and in its list;
    not 到基层社区 (a kind), nor 来自各社区."""
    text = ("市总工会走进东山社区开展送春联活动，先后来红旗社区、花城社区慰问。干部到基层社区宣讲，居民来自各社区，"
            "在居住的社区和这个社区里。")
    assert [p.name for p in find_places(text, gaz, PlaceContext())] == ["东山社区", "红旗社区", "花城社区"]


@pytest.mark.parametrize("title", ["报社总编", "主席助理", "高级编辑", "外卖小哥", "快递小哥", "揽投员", "评委", "徒弟",
                                   "全国射箭冠军", "红旗手", "优秀共产党员", "老党员", "特聘专家",
                                   "国家一级演员", "讲解员", "国家一级播音员", "联络员", "孤寡老人"])
def test_extraction_more_post_and_role_words(title):
    """甘肃工人报社总编刘静, 主席助理陈志祥, 外卖小哥杨勇生, 评委赵秀仙, 全国射箭冠军黄桉, 国家一级演员常东: posts, roles and
    honours written before a name."""
    text = f"活动现场，{title}钱望舒发言。"
    spans = [(text.index("钱望舒"), text.index("钱望舒") + 3, "PER")]
    assert names(text, ner_spans=spans) == [("钱望舒", [title])]


@pytest.mark.parametrize("text", ["基层工会干部代表齐读倡议书。", "全市30名劳模代表齐聚尧治河。", "劳模代表齐声唱响了《我和我的祖国》。",
                                  "张文祥副主席边听汇报边提问。"])
def test_extraction_an_adverb_whose_character_is_a_surname_opens_no_name(text):
    """代表齐读倡议书, 齐聚尧治河 (together), 副主席边听汇报边提问 (while … while): 齐 and 边 are surnames too; 副主席齐心 is
    a name."""
    from graphbuilder.extract import tag

    assert {p.name for p in find_persons(text, tag(text))} <= {"张文祥"}
    assert "齐心" in {p.name for p in find_persons("市总工会副主席齐心出席会议。", tag("市总工会副主席齐心出席会议。"))}


def test_canonical_name_a_zone_named_without_its_place_is_the_zone_a_report_is_on(gaz):
    """经开区党工委 in a report on a zone the gazetteer lists is that zone's (芜湖经济技术开发区 + 党工委); elsewhere a zone
    named without its place keeps the name it is written with (高新区工会): which zone it is, the report does not say
    (保定高新区, 保定国家高新技术产业开发区 …), and the held-out golds name it either way."""
    wuhu = gaz.resolve("芜湖市")
    zone = PlaceContext(city=wuhu, county=gaz.resolve("芜湖经济技术开发区", [wuhu]))
    assert canonical_name("经开区党工委", zone, gaz) == "芜湖经济技术开发区党工委"
    jiujiang = PlaceContext(province=gaz.resolve("江西省"), city=gaz.resolve("九江市"))
    assert canonical_name("高新区工会", jiujiang, gaz) == "高新区工会"
    assert canonical_name("经济开发区总工会", replace(jiujiang, county=gaz.resolve("修水县")), gaz) == "经济开发区总工会"


@pytest.mark.parametrize("zone", ["钨钼", "铌钽"])  # a proper noun of the dictionary; two characters of no word
def test_extraction_a_zone_named_by_two_characters_the_model_left_out_keeps_them(zone):
    """和|铌钽高新区管委会, ，|铌钽高新区工会: the model read the bodies from 高新区; the two characters before it, after a
    conjunction or a mark, name the zone: the bodies are the zone's, not the city's 高新区 (九江高新区工会)."""
    text = (f"本报讯 1月21日，按照市总工会和{zone}高新区管委会的安排，{zone}高新区工会召开劳模座谈会，"
            f"{zone}高新区工会主席钱望舒出席。")
    assert sorted(page_document(text, city="九江市").organisations) == [
        "九江市总工会", f"{zone}高新区工会", f"{zone}高新区管委会"]


def test_extraction_a_firm_the_model_stopped_before_its_legal_form_is_read_whole(gaz):
    """…，华鲁益丰化学股份|有限公司魏海滨、…: the model ended the firm at 股份 (有限公司魏 read as the start of a name);
    the legal form after it is the firm's."""
    from graphbuilder.extract import tag

    text = "经过激烈角逐，华鲁益丰化学股份有限公司魏海滨、东山华联石油化工厂有限公司李强分别获奖。"
    names = [m.text for m in find_organisations(text, gaz, tag(text))]
    assert names == ["华鲁益丰化学股份有限公司", "东山华联石油化工厂有限公司"]


def test_extraction_a_name_after_a_department_the_model_found_opens_a_list():
    """市委宣传部|钱望舒、市广播电视台李海获得二等奖: prize winners each after where they work; a department's name,
    ending in 部 (or 局, 委, 办), is where the first works, not the start of a name run into it."""
    from graphbuilder.extract import tag

    text = "市委宣传部钱望舒、市广播电视台李海获得二等奖。"
    assert [m.name for m in find_persons(text, tag(text))] == ["钱望舒", "李海"]


def test_extraction_a_firm_named_after_the_zone_it_is_in_is_the_firm(gaz):
    """来到东山新区|红旗智丰科技有限公司: where the firm is, then the firm; a zone's own firm (九江工业园区开发建设有限公司)
    keeps the zone in its name."""
    from graphbuilder.extract import tag

    def found(text):
        return [m.text for m in find_organisations(text, gaz, tag(text))]

    assert found("市总工会领导来到东山新区红旗智丰科技有限公司慰问。") == ["市总工会", "红旗智丰科技有限公司"]
    assert found("由九江工业园区开发建设有限公司承办。") == ["九江工业园区开发建设有限公司"]


def test_extraction_goods_listed_or_counted_are_no_persons():
    """饮料、哈密瓜、西瓜等…“清凉礼包”: things given, one of them read as a name (哈 is a surname); 夏桑菊30箱: goods,
    counted. The people who give them stay persons, and so do names listed before 等 and the people they are."""
    from graphbuilder.extract import tag

    def found(text):
        return [m.name for m in find_persons(text, tag(text))]

    assert found("市总工会领导钱望舒、李海为职工送去饮料、哈密瓜、西瓜等防暑降温“清凉礼包”。") == ["钱望舒", "李海"]
    assert found("共发放板蓝根20箱、夏桑菊30箱、王老吉320箱。") == []
    assert found("市总工会领导钱望舒、李海、王建国等出席。") == ["钱望舒", "李海", "王建国"]


def test_extraction_a_two_character_name_whose_given_name_and_the_verb_after_make_a_word():
    """县政协副主席付演|出席会议: 演出 is a word, but 出席 follows the name, as it follows names (not 付演出)."""
    from graphbuilder.extract import tag

    text = "县人大常委会副主任李海，县政协副主席付演出席会议。"
    assert [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, tag(text))] == [
        ("李海", ["县人大常委会副主任"]), ("付演", ["县政协副主席"])]


def test_canonical_name_a_citys_body_written_with_its_province_is_named_by_the_city(gaz):
    """河北省保定市总工会, written whole in a provincial paper: 保定市总工会, as the city's bodies are named (its
    province's own bodies, 河北省总工会, keep the province)."""
    hebei = PlaceContext(province=gaz.resolve("河北省"))
    assert canonical_name("河北省保定市总工会", hebei, gaz) == "保定市总工会"
    assert canonical_name("江西省九江市总工会", hebei, gaz) == "九江市总工会"
    assert canonical_name("河北省总工会", hebei, gaz) == "河北省总工会"


def test_extraction_the_year_of_an_honour_dates_no_event_of_its_own():
    """2021年省劳动模范候选人、东山公司员工钱望舒…分别发言: the year names who speaks (an honour of that year); they
    speak at the day's ceremony, which is the only event. 1956年被评为全国劳动模范的李海…说: no event of 1956 either."""
    text = ("本报讯 4月28日上午，2021年全市庆祝“五一”大会在工匠广场举行。市委书记王建国讲话。"
            "2021年省劳动模范候选人、东山公司员工钱望舒和东山工匠、红旗公司员工张宁作为劳模工匠代表分别发言。"
            "1956年被评为全国劳动模范的李海老人高兴地说，每年都来参加大会。")
    doc = page_document(text, city="九江市")
    assert [e.date.value for e in doc.events.values()] == ["2021-04-28"]
    assert {(p.person, p.role_label) for p in doc.participations} == {
        ("王建国", "讲话"), ("钱望舒", "发言"), ("张宁", "发言")}


def test_extraction_a_report_given_at_another_meeting_is_no_part_in_this_one():
    """…李海领学王建国总书记在党的十九大所做的工作报告: a report given at the congress, which the meeting studies; its
    speaker takes no part in the meeting."""
    text = ("本报讯 2017年12月26日，东山区工会二届二次全委会召开。区总工会主席钱望舒出席并主持会议。会议共两个议程："
            "一是区总工会副主席李海领学王建国总书记在党的十九大所做的工作报告；二是传达市工会代表大会精神。")
    doc = page_document(text, city="九江市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "出席并主持会议")}


def test_extraction_a_name_after_a_crowd_and_yiji_shares_the_crowds_verb():
    """领导班子全体成员和38名区工会委员以及驻在部门纪检组长钱望舒参加会议: a crowd of the meeting's members, then 以及 and
    the one named among them; the verb is theirs."""
    text = ("本报讯 2017年12月26日，东山区工会二届二次全委会召开。工会新一届领导班子全体成员和38名区工会委员以及"
            "驻在部门纪检组长钱望舒参加会议，区总工会主席李海出席并主持会议。")
    doc = page_document(text, city="九江市")
    assert {(p.person, p.role_label) for p in doc.participations} == {("钱望舒", "参加"), ("李海", "出席并主持会议")}


def test_extraction_titles_of_the_retired_and_of_the_police():
    """退休劳模, 小学退休教师 (退休 inside a title, as 挂职 and 受助 are), 省模范人民警察: titles as written."""
    from graphbuilder.extract import tag

    def found(text):
        return [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, tag(text))]

    assert found("市总工会主席钱望舒走访慰问退休劳模李海。") == [("钱望舒", ["市总工会主席"]), ("李海", ["退休劳模"])]
    assert found("慰问组来到省先进工作者、小学退休教师张宁家。") == [("张宁", ["省先进工作者", "小学退休教师"])]
    assert found("市委常委王建国慰问了省部级劳模孙芸和省模范人民警察李海，为他们送上鲜花。")[-1] == (
        "李海", ["省模范人民警察"])


def test_extraction_a_title_after_the_name_before_it_drops_the_conjunction_between():
    """…常务副主席孙春玫及副主席钱望舒参加: the title runs back to the name before it; 及 joins the two, it is no
    part of 钱望舒's title."""
    from graphbuilder.extract import tag

    text = "东山区委常委、区总工会主席王建国，区总工会常务副主席孙春玫及副主席钱望舒参加揭牌仪式。"
    assert [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, tag(text))][-1] == ("钱望舒", ["副主席"])



def test_extraction_a_name_and_jia_is_where_the_visit_went_not_what_the_person_did():
    """…在…小学退休教师陈望舒家，慰问组同志…: at 陈望舒's home, no act of 陈望舒's (not the role 家)."""
    text = ("1月26日，慰问组来到万宁。在75岁高龄的省先进工作者、小学退休教师陈望舒家，"
            "慰问组同志看着陈老师身体硬朗，十分高兴。")
    doc = extract_document([Page("p-2015-01-27.txt", text, text, "utf-8")])
    assert [e.label for e in doc.events.values()] == ["慰问组来到万宁"]
    assert all(p.person != "陈望舒" for p in doc.participations)


@pytest.mark.parametrize("title", ["中国工程院院士", "市公安局东山派出所科员", "东山社区人民调解员", "割胶辅导员",
                                   "联席会议召集人", "国家一级品酒师", "东山广播电视台播音指导", "高级农业职业经理人"])
def test_extraction_posts_and_standing_roles_of_academia_police_and_trades(title):
    """院士, 科员, 调解员, 辅导员, 召集人, 品酒师, 播音指导, 经理人: posts, ranks and standing roles before a name."""
    from graphbuilder.extract import tag

    text = f"会上，{title}钱望舒作了发言。"
    assert [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, tag(text))] == [("钱望舒", [title])]


def test_extraction_the_winners_after_zuizhong_take_part():
    """…现场氛围紧张激烈，最终李海、张宁、孙芸等荣获…第一名: 最终 (finally) opens the clause whose list wins."""
    text = ("本报讯 2023年12月30日，县总工会举办全县职工游泳比赛。县总工会主席钱望舒出席开幕式并宣布比赛开始。"
            "历时一天的比赛，现场氛围紧张激烈，最终李海、张宁、孙芸等荣获男子个人蛙泳、自由泳等各项第一名。")
    doc = page_document(text, city="九江市")
    assert {p.person for p in doc.participations} == {"钱望舒", "李海", "张宁", "孙芸"}


def test_extraction_an_age_the_segmenter_tags_as_a_time_stays_in_a_title():
    """全国五一劳动奖章获得者、青年路幼儿园园长钱望舒; 青年工程师李海: 青年 (tagged as a time, like 今年) names a road
    and a kind of engineer; the title runs on over it, and the honour before it joins the chain."""
    from graphbuilder.extract import tag

    def found(text):
        return [(m.name, [t[0] for t in m.titles]) for m in find_persons(text, tag(text))]

    assert found("市总工会领导走访慰问全国五一劳动奖章获得者、青年路幼儿园园长钱望舒。")[-1] == (
        "钱望舒", ["全国五一劳动奖章获得者", "青年路幼儿园园长"])
    assert found("会上，青年工程师李海作了发言。") == [("李海", ["青年工程师"])]
