import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuilder.articles import parse_byline, parse_credit, split_articles
from graphbuilder.cleaning import clean_page, is_work_credit, split_caption_credit, split_paragraphs, undouble
from graphbuilder.reading import normalise
from graphbuilder.records import Caption, Contributor, Page


def page(text: str) -> Page:
    return Page(source="p.txt", text=text, original=text, encoding="utf-8")


def test_articles_sample_has_eight_articles_with_headlines_after_bodies(sample_articles):
    assert [a.headline for a in sample_articles] == [
        "爱心汇聚公益日 工会善举暖人心",
        "我市召开职工重大疾病互助暨保障工作推进会",
        "市工人文化宫羽毛球馆开馆",
        "我市30名一线职工参加疗休养",
        "修武县总工会举行金秋助学金发放仪式暨工会工作推进会",
        "在转型发展中实现美丽蝶变",
        "市总工会党员主题日活动走进田间地头",
        "市总工会金秋助学成果丰硕",
    ]


def test_articles_sample_subheadlines_and_glued_byline(sample_articles):
    # line 49: the sub-headline of article 1 is glued to the byline of article 2
    assert sample_articles[0].subheadlines == ("市总工会开展“99公益日”网络募捐活动",)
    assert sample_articles[1].body.startswith("本报讯（记者李新和）为贯彻落实焦作市工会工作推进会精神")
    assert sample_articles[5].subheadlines == ("——市总工会推进工人文化宫建设纪实",)


def test_articles_sample_standalone_byline_before_feature(sample_articles):
    feature = sample_articles[5]
    assert feature.byline == "本报记者 李新和"
    assert feature.body.startswith("一切事物都是在发展中推陈出新")
    assert feature.contributors == (Contributor("李新和", "记者"),)


def test_articles_sample_captions_and_photographers(sample_articles):
    first = sample_articles[0]
    assert first.captions[0].text == "左图 市总工会领导带头扫描二维码参加募捐活动。"
    assert first.captions[0].credit == "本报记者 李新和 摄"
    assert Contributor("李新和", "摄影", "记者") in first.contributors
    assert "左图" not in first.body
    assert sample_articles[6].captions[0].text.startswith("上图")


def test_articles_sample_hard_wraps_and_column_breaks_joined(sample_articles):
    body = sample_articles[0].body
    assert "为大力弘扬中华民族传统美德" in body
    assert "开展网上募捐的新尝试" in body  # a blank line fell inside this word
    assert "市总工会领导张红卫、李林敏、金丽艳、张升、吕明亮" in body


def test_articles_sample_two_contributors_in_one_byline(sample_articles):
    assert sample_articles[4].contributors == (Contributor("李新和", "记者"), Contributor("薛智勇", "通讯员"))


def test_articles_offsets_locate_articles_in_page(sample_page, sample_articles):
    for article in sample_articles:
        span = sample_page.text[article.page_start:article.page_end]
        assert article.body.replace("\n", "")[:10] in span.replace("\n", "")


def test_articles_duplicated_headline_is_printed_once(sample_articles):
    assert sample_articles[6].headline == "市总工会党员主题日活动走进田间地头"


def test_articles_headlines_before_bodies():
    text = ("职工技能大赛举行\n\n本报讯（记者王平）3月5日，市总工会举行职工技能大赛。\n\n"
            "劳模宣讲进企业\n——市总工会开展宣讲活动\n\n本报讯（通讯员赵敏）3月6日，劳模宣讲团走进企业。\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("职工技能大赛举行", ()), ("劳模宣讲进企业", ("——市总工会开展宣讲活动",))]
    assert articles[1].contributors == (Contributor("赵敏", "通讯员"),)


def test_articles_file_without_byline_is_one_article():
    articles = split_articles(page("市总工会慰问一线职工\n\n日前，市总工会走访慰问了一线职工。\n"))
    assert len(articles) == 1
    assert articles[0].headline == "市总工会慰问一线职工"


def test_articles_without_byline_are_split_at_their_headlines():
    text = ("株洲市总工会举办职工技能大赛\n\n本报讯（记者 彭志强）5月18日，市总工会举办职工技能大赛。\n\n"
            "（株洲日报 2023年5月22日）\n\n"
            "白兔潭镇建成职工之家\n\n近日，白兔潭镇职工之家揭牌。\n\n该职工之家设有阅览室。\n\n（记者 罗敏）\n\n"
            "攸县总工会开展帮扶调研\n\n日前，攸县总工会开展调研。\n\n一、摸清底数\n\n各级工会要精准帮扶。\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["株洲市总工会举办职工技能大赛", "白兔潭镇建成职工之家", "攸县总工会开展帮扶调研"]
    assert "（株洲日报 2023年5月22日）" in articles[0].body  # a source note is no headline
    assert articles[1].contributors == (Contributor("罗敏", "记者"),)  # a byline after the body signs it
    assert "罗敏" not in articles[1].body and "阅览室" in articles[1].body
    assert "各级工会要精准帮扶" in articles[2].body  # a numbered section heading does not open an article


def test_articles_feature_sub_headings_split_nothing():
    text = ("本报记者 李新和\n\n市工人文化宫始建于1957年，是职工的学校。\n\n搭建平台 服务职工\n\n"
            "近年来，文化宫开设了各类培训班。\n\n在转型发展中实现美丽蝶变\n\n"
            "本报讯（记者李新和）9月9日，市总工会举行活动。\n\n市总工会举行活动\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["在转型发展中实现美丽蝶变", "市总工会举行活动"]
    assert "近年来，文化宫开设了各类培训班。" in articles[0].body


def test_articles_without_byline_headlines_after_bodies():
    text = ("日前，市总工会走访慰问了一线职工。\n\n市总工会慰问一线职工\n\n"
            "3月6日，劳模宣讲团走进企业。\n\n劳模宣讲进企业\n")  # the second body opens like a report
    articles = split_articles(page(text))
    assert [(a.headline, a.body) for a in articles] == [
        ("市总工会慰问一线职工", "日前，市总工会走访慰问了一线职工。"), ("劳模宣讲进企业", "3月6日，劳模宣讲团走进企业。")]


def test_articles_byline_without_brackets():
    text = ("本报讯 记者郑晓燕 通讯员韩磊 4月27日上午，市总工会召开大会。\n\n大会表彰劳模\n\n"
            "本报讯 记者从市总工会获悉，全市职工运动会将于5月举行。\n\n运动会5月举行\n")
    first, second = split_articles(page(text))
    assert first.contributors == (Contributor("郑晓燕", "记者"), Contributor("韩磊", "通讯员"))
    assert first.byline == "本报讯 记者郑晓燕 通讯员韩磊"
    assert second.contributors == () and second.headline == "运动会5月举行"


@pytest.mark.parametrize("lede, people", [
    ("安宁融媒讯 （记者 王平 通讯员 赵敏）4月27日，", [("王平", "记者"), ("赵敏", "通讯员")]),  # a county's media centre
    ("南湖新闻网讯 南湖市新闻传媒中心记者王平 通讯员赵敏报道：6月24日，", [("王平", "记者"), ("赵敏", "通讯员")]),
])
def test_articles_byline_of_a_media_centre(lede, people):
    (article,) = split_articles(page("市总工会召开全委会\n\n" + lede + "市总工会召开全委会议。\n"))
    assert [(c.name, c.role) for c in article.contributors] == people


def test_articles_news_in_brief_items_are_articles():
    text = ("■工会简讯\n\n●2月5日，市总工会开展送温暖活动。\n\n●2月3日，于都县总工会举办招聘会。\n\n"
            "本报记者 钟华 整理\n\n全总慰问团走访劳模\n\n本报讯（记者 钟华）2月8日，全总慰问团走访劳模。\n")
    articles = split_articles(page(text))
    assert [a.body[:6] for a in articles] == ["●2月5日，", "●2月3日，", "本报讯（记者"]
    # an item printed without a headline is named by its first sentence
    assert [a.headline for a in articles] == ["市总工会开展送温暖活动", "于都县总工会举办招聘会", "全总慰问团走访劳模"]
    assert articles[1].contributors == (Contributor("钟华", "记者"),)


def test_articles_news_in_brief_items_printed_without_blank_lines():
    text = ("本报讯（记者 袁志刚）近日，内乡县总工会开展送清凉活动，为一线农民工送去防暑降温物品。\n\n"
            "内乡县总工会走进工地送清凉\n\n●5月7日，宛城区总工会在汉冶街道举办职工心理健康讲座，区总工\n"
            "会副主席李晓东出席。\n●西峡县总工会日前为全县42名困\n难职工子女发放助学金8.4万元。\n")
    articles = split_articles(page(text))
    assert [a.body[:4] for a in articles] == ["本报讯（", "●5月7", "●西峡县"]
    assert articles[1].body == "●5月7日，宛城区总工会在汉冶街道举办职工心理健康讲座，区总工会副主席李晓东出席。"


def test_articles_lead_headline_on_top_of_a_page_that_prints_the_others_after_their_bodies():
    text = ("全省工会系统职工书屋建设\n现场推进会在宜昌召开\n本报讯（记者 胡婷婷）11月14日，推进会在宜昌市召开。\n\n"
            "本报讯（通讯员 李芳）11月10日，十堰市总工会来到车架厂慰问职工。\n十堰：冬送温暖\n提前走进车间\n\n"
            "本报讯 11月8日，襄阳市总工会与湖北文理学院签订协议。\n（襄阳市总工会供稿）\n襄阳市总工会与高校\n"
            "签订战略合作协议\n\n图为活动现场。 通讯员 邓斌 摄\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == [
        "全省工会系统职工书屋建设现场推进会在宜昌召开", "十堰：冬送温暖提前走进车间", "襄阳市总工会与高校签订战略合作协议"]
    assert articles[2].body.endswith("（襄阳市总工会供稿）")
    assert Contributor("邓斌", "摄影", "通讯员") in articles[2].contributors


def test_articles_a_headline_ending_in_a_name_before_a_report_with_no_byline_closes_the_report_above():
    text = ("本报讯 1月25日上午，区长钱望舒冒雨慰问退休劳模陈家银同志。\n\n在陈家银的家中，钱望舒区长向陈家银致以新春的祝福。\n\n"
            "区长钱望舒慰问\n退休劳模陈家银\n\n为解决职工群众急难愁盼问题，近日，区工会领导率队走访慰问困难职工。\n\n"
            "区工会开展走访慰问活动\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["区长钱望舒慰问退休劳模陈家银", "区工会开展走访慰问活动"]


def test_articles_headlines_too_long_for_one_are_a_headline_and_a_subheadline_closing_the_report_above():
    text = ("8月7日上午，区总工会主办的职工读书活动河套街道专场顺利举办。区总工会主席钱望舒出席。\n\n"
            "“书香润城阳 职声颂经典”城阳区\n职工读书系列活动河套街道专场来啦\n学习贯彻党的二十届三中全会\n精神特别活动\n\n"
            "4月1日上午，眉山市总工会党组书记王立新一行到我区调研基层工会建设工作。\n\n眉山市总工会考察团到城阳区参观考察\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("“书香润城阳 职声颂经典”城阳区职工读书系列活动河套街道专场来啦", ("学习贯彻党的二十届三中全会精神特别活动",)),
        ("眉山市总工会考察团到城阳区参观考察", ())]


def test_articles_writers_names_alone_on_a_line_sign_the_article_above_its_headline():
    text = ("本报讯（记者 牛建军）8月16日，市总工会举办基层工会主席培训班。\n\n基层工会主席培训班开班\n\n"
            "日前，县总工会主席李海来到企业车间，为一线职工颁发了入库证书。\n\n钱望舒 王立新\n\n县总工会为工匠颁发证书\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["基层工会主席培训班开班", "县总工会为工匠颁发证书"]
    assert articles[1].contributors == (Contributor("钱望舒", ""), Contributor("王立新", ""))


@pytest.mark.parametrize("text, headlines, bylines, second_opens", [
    # a bracketed byline alone on its line after the body, then the headline, no blank line between
    ("8月16日至18日，市总工会举办基层工会主席培训班，全市120余名基层工会主席参加培训。\n"
     "（记者 牛建军）\n基层工会主席培训班开班\n\n"
     "盛夏时节，在林州市姚村镇的一处建筑工地上，市总工会慰问队伍如约而至。\n（通讯员 宋佳）\n高温下的“工会蓝”\n",
     ["基层工会主席培训班开班", "高温下的“工会蓝”"], [("牛建军", "记者"), ("宋佳", "通讯员")], "盛夏时节"),
    # a signature printed below the headline signs the article above it
    ("3月8日，中国石化洛阳分公司工会举办三八节主题活动。\n\n洛阳石化工会\n庆祝“三八”国际妇女节\n（通讯员 贺敏）\n\n"
     "近日，洛阳市总工会党组书记刘志强一行到洛阳轴承集团调研。\n（记者 杨柳）\n市总工会到洛轴集团调研\n",
     ["洛阳石化工会庆祝“三八”国际妇女节", "市总工会到洛轴集团调研"], [("贺敏", "通讯员"), ("杨柳", "记者")], "近日"),
])
def test_articles_bracketed_signatures_near_headlines_sign_the_article_above(text, headlines, bylines, second_opens):
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == headlines
    assert [a.contributors for a in articles] == [(Contributor(*b),) for b in bylines]
    assert articles[1].body.startswith(second_opens)


def test_articles_names_padded_to_three_characters_lose_the_pad():
    text = ("本报讯（记者 王　伟）10月10日，市总工会举办书画展开幕式。市总工会主席李　军，\n"
            "副主席张  丽、宋建国出席。本报记者 李新和 摄\n\n书画展开幕\n")
    [article] = split_articles(page(text))
    assert article.contributors[0] == Contributor("王伟", "记者")
    assert "主席李军，副主席张丽、宋建国出席" in article.body
    assert "李新和 摄" in article.body  # a credit's 摄 is no given name
    assert "王　伟" in article.original_body  # the page as written keeps its pads


@pytest.mark.parametrize("lines", [
    ["本报讯（通讯员 刘  芳 曾  鑫）1月20日，", "县总工会举办招聘会。"],  # one line: 芳 ends a name, it pads none
    ["本报讯（通讯员 刘  芳", "曾  鑫）1月20日，县总工会", "举办招聘会。"],  # a wrap between two padded names
])
def test_articles_two_padded_names_side_by_side_stay_two(lines):
    [article] = split_articles(page("\n".join(lines) + "\n\n县总工会举办招聘会\n"))
    assert article.contributors == (Contributor("刘芳", "通讯员"), Contributor("曾鑫", "通讯员"))


def test_articles_continuation_note_after_the_last_sentence_then_the_headline():
    lines = ["本报讯（记者 王伟）10月10日，许昌市", "总工会在市职工文化活动中心举办职", "工书画摄影作品展开幕式。市总工会",
             "主席李军出席开幕式。本次展览共展", "出作品200余件，展期至10月20", "日。（下转第2版）", "职工书画摄影作品展开幕"]
    [article] = split_articles(page("\n".join(lines) + "\n"))
    assert article.headline == "职工书画摄影作品展开幕"
    assert article.body.endswith("（下转第2版）")


@pytest.mark.parametrize("text, headline, subheadlines", [
    # a feature's sub-headline printed above its headline
    ("——郑州市总工会开展“安康杯”竞赛纪实\n筑牢安全防线 守护职工平安\n\n本报记者 郭志远\n\n"
     "6月13日，郑州市“安康杯”竞赛活动启动仪式在中牟县举行。\n",
     "筑牢安全防线 守护职工平安", ("——郑州市总工会开展“安康杯”竞赛纪实",)),
    # a headline of two phrases, then another line: headline and subheadline, not one wrapped headline
    ("情暖职工心 温暖过寒冬\n市总工会启动2024年“两节”送温暖活动\n\n"
     "本报讯（记者 孙阳）1月10日上午，市总工会2024年“两节”送温暖活动启动仪式举行。\n",
     "情暖职工心 温暖过寒冬", ("市总工会启动2024年“两节”送温暖活动",)),
    # … but a line that opens with the verb of the body the first line ends with is that headline, wrapped
    ("9月28日，市总工会开展走访慰问农民工活动。市总工会主席钱望舒参加。\n\n“庆丰收 迎盛会” 莱西市总工会\n开展走访慰问农民工活动\n",
     "“庆丰收 迎盛会” 莱西市总工会开展走访慰问农民工活动", ()),
    # … and so is a line that closes the quotation the first line opened
    ("8月17日，县总工会召开座谈会。县总工会主席钱望舒出席。\n\n县总工会开展“学先进 话发展\n促成长”主题座谈会\n",
     "县总工会开展“学先进 话发展促成长”主题座谈会", ()),
    ("4月28日，市总工会举行志愿服务活动。市总工会主席钱望舒出席。\n\n我市举行“致敬劳动者 共建文明城”\n志愿服务活动\n",
     "我市举行“致敬劳动者 共建文明城”志愿服务活动", ()),
    # … and so is a line a word of the first line runs into
    ("7月18日，各街道工会开展送清凉活动。街道工会主席钱望舒参加。\n\n某区各街道工会 借“送清凉”普\n及工会知识\n",
     "某区各街道工会 借“送清凉”普及工会知识", ()),
    # a space inside a quotation parts no phrases of a headline
    ("9月26日，区总工会举办宣讲活动。区总工会主席钱望舒出席。\n\n“喜迎二十大 匠心永向党”\n红色文艺宣讲进企业活动举行\n",
     "“喜迎二十大 匠心永向党”红色文艺宣讲进企业活动举行", ()),
])
def test_articles_headline_and_subheadline_printed_together(text, headline, subheadlines):
    [article] = split_articles(page(text))
    assert (article.headline, article.subheadlines) == (headline, subheadlines)


def test_articles_news_in_brief_led_by_bracketed_headlines_and_a_signature_after_a_report():
    text = ("工会简讯\n\n【市总工会开展劳模宣讲进企业活动】4月24日，市总工会组织劳模宣讲团走进企业。\n"
            "【尉氏县总工会举办职工趣味运动会】4月22日，尉氏县总工会举办职工趣味运动会。\n\n"
            "开封市职工书屋示范点授牌\n\n本报讯 4月25日，开封市总工会为20家职工书屋示范点授牌。\n（记者 段琳琳 报道）\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["市总工会开展劳模宣讲进企业活动", "尉氏县总工会举办职工趣味运动会",
                                              "开封市职工书屋示范点授牌"]
    assert articles[2].contributors == (Contributor("段琳琳", "记者"),)


def test_articles_a_web_pages_header_line_is_no_part_of_the_headline():
    text = ("漯河市总工会召开2022年工会工作会议\n来源：漯河日报  发布时间：2022-03-08 09:12  浏览次数：1024\n\n"
            "3月7日，漯河市总工会召开2022年工会工作会议。\n（记者 孙健）\n")
    [article] = split_articles(page(text))
    assert article.headline == "漯河市总工会召开2022年工会工作会议"
    assert article.body.startswith("3月7日") and "来源" not in article.body


def test_articles_masthead_lines_are_no_headline():
    text = ("焦作日报 2021年5月8日 星期六\n第3版 工会周刊\n责任编辑：王文博 校对：刘晓\n\n"
            "本报讯（记者 李明）5月6日，市总工会召开会议。\n\n市总工会部署安全生产工作\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会部署安全生产工作"
    assert "王文博" not in article.body


def test_articles_paragraphs_printed_without_blank_lines(sample_page, sample_articles):
    import re

    text = re.sub(r"\n\s*\n", "\n", sample_page.text)  # the same page, no blank line anywhere
    articles = split_articles(page(text))
    assert len(articles) == len(sample_articles)
    assert all(a.headline in b.headline for a, b in zip(sample_articles, articles))  # a sub-headline may join it
    assert [a.body.replace("\n", "")[:30] for a in articles] == [a.body.replace("\n", "")[:30] for a in sample_articles]


def test_articles_headline_right_after_the_last_body_line_and_wrapped_credit():
    text = ("本报讯（记者 马丽）9月16日上午，市总工会举行助学金发放仪式。\n"
            "参加仪式的还有受助学生和家长100余人。\n上图 受助学生领取助学金。\n本报记者 马丽\n摄\n"
            "市总工会发放金秋助学金\n\n"
            "本报讯（通讯员 孙伟）9月14日，舞钢市总工会举办技能竞赛。\n\n舞钢市举办技能竞赛\n")
    first, second = split_articles(page(text))
    assert (first.headline, second.headline) == ("市总工会发放金秋助学金", "舞钢市举办技能竞赛")
    assert Contributor("马丽", "摄影", "记者") in first.contributors and first.captions[0].credit == "本报记者 马丽摄"
    assert "马丽" not in second.body


def test_articles_headline_wrapped_over_two_lines_after_the_body():
    body = ("本报讯（记者 袁志刚）5月6日上午，南阳市劳动奖表彰大会在市会议中\n心举行。市委副书记陈建军出席并\n"
            "讲话，副市长马国庆主持会议。会上，\n20个单位被授予南阳市五一劳动奖\n状，50名职工被授予南阳市五一劳\n"
            "动奖章。\n")
    long_block = body + "南阳市“五一”劳动奖\n表彰大会召开\n\n"
    short_block = "本报讯（通讯员 贾文博）5月5日，全市职\n工技能大赛电工决赛开赛。\n全市职工技能大赛\n电工决赛开赛\n"
    articles = split_articles(page(long_block + short_block))
    assert [a.headline for a in articles] == ["南阳市“五一”劳动奖表彰大会召开", "全市职工技能大赛电工决赛开赛"]
    assert [a.subheadlines for a in articles] == [(), ()]


def test_articles_column_break_after_a_sentence_is_no_headline():
    text = ("本报讯（记者 马丽）9月16日，市总工会召开会议。\n会议要求，各级工会要抓好落实。\n"
            "各级工会组织要结合实\n\n际，精准帮扶困难职工。\n\n市总工会召开会议\n")
    [article] = split_articles(page(text))
    assert "各级工会组织要结合实际，精准帮扶困难职工。" in article.body


def test_articles_headline_glued_to_a_byline_over_wrapped_lines():
    text = ("本报讯（记者李新和）9月7日，市总工会组织募捐活动。\n\n上图 职工参加募捐。\n本报记者 李新和 摄\n\n爱心汇聚公益日\n\n市总工会开展“99公\n益日”网络募捐活动 本报讯（记\n"
            "者李新和）9月3日，市总工会召开推进会。\n\n市总工会召开推进会\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["爱心汇聚公益日", "市总工会召开推进会"]
    assert articles[0].subheadlines == ("市总工会开展“99公益日”网络募捐活动",)
    assert articles[1].contributors == (Contributor("李新和", "记者"),)
    assert articles[1].body.startswith("本报讯（记者李新和）9月3日")


def test_articles_page_without_text_has_no_article():
    assert split_articles(page("第3版\n\n责任编辑\n")) == []


@pytest.mark.parametrize("byline, people", [
    ("本报讯（记者李新和）", [("李新和", "记者")]),
    ("本报讯（记者李新和 通讯员薛智勇）", [("李新和", "记者"), ("薛智勇", "通讯员")]),
    ("本报记者 李新和", [("李新和", "记者")]),
    ("本报讯（通讯员 王平 赵敏）", [("王平", "通讯员"), ("赵敏", "通讯员")]),
    ("本报讯（全媒体记者 王平）", [("王平", "记者")]),  # a paper's reporter for print and the web alike
    ("【南湖新闻网讯-南报融媒体首席记者 王平】", [("王平", "记者")]),
    ("本报讯（南报融媒记者 王平 赵敏）", [("王平", "记者"), ("赵敏", "记者")]),  # the paper's short name, no person
    ("本报讯（记者 王平 报道 赵敏 摄影）", [("王平", "记者"), ("赵敏", "摄影")]),  # what each did, after the name
])
def test_articles_parse_byline(byline, people):
    assert [(c.name, c.role) for c in parse_byline(byline)] == people


@pytest.mark.parametrize("credit, people", [
    ("本报记者 李新和 摄", [("李新和", "记者")]), ("王平 摄", [("王平", "")]), ("摄影 赵敏", [("赵敏", "")]),
    ("通讯员 李佳 摄", [("李佳", "通讯员")]), ("记者 王平 通讯员 赵敏 摄", [("王平", "记者"), ("赵敏", "通讯员")]),
])
def test_articles_parse_credit(credit, people):
    assert [(c.name, c.post) for c in parse_credit(credit)] == people
    assert {c.role for c in parse_credit(credit)} == {"摄影"}


@pytest.mark.parametrize("text, once", [("甲乙甲乙", "甲乙"), ("工会 工会", "工会"), ("工会大会", "工会大会")])
def test_articles_undouble(text, once):
    assert undouble(text) == once


_PAGE_TEXT = st.text(st.sampled_from(list("本报讯（记者王平）市总工会召开会议。，、\n \r——左图摄9月日ab")) | st.characters(), max_size=400)


@settings(max_examples=200, deadline=None)
@given(_PAGE_TEXT)
def test_articles_never_crash_and_offsets_hold(text):
    for article in split_articles(page(text)):
        assert 0 <= article.page_start <= article.page_end <= len(text)
        assert article.body.strip()
    for paragraph in split_paragraphs(text):
        assert paragraph.text.replace(" ", "")[:1] == text[paragraph.start:paragraph.end].replace(" ", "")[:1]


@settings(max_examples=200, deadline=None)
@given(_PAGE_TEXT)
def test_articles_cleaning_is_idempotent(text):
    once = clean_page(text)
    assert clean_page(once) == once


def test_articles_a_columns_name_on_top_of_a_page_that_prints_headlines_after_bodies():
    text = ("深圳工会\n\n本报讯（记者 黄晓婷）4月28日，龙岗区总工会在坂田街道举办新就业形态劳动者关爱活动。\n\n"
            "龙岗区总工会关爱新就业形态劳动者\n\n本报讯（通讯员 邓丽君）日前，比亚迪股份有限公司工会举办职工技能大赛。\n\n"
            "比亚迪举办职工技能大赛\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["龙岗区总工会关爱新就业形态劳动者", "比亚迪举办职工技能大赛"]
    # headlines before their bodies, and a teaser for another page's article at the foot
    headline_first = ("龙岗区总工会关爱新就业形态劳动者\n\n本报讯（记者 黄晓婷）4月28日，龙岗区总工会在坂田街道举办"
                      "新就业形态劳动者关爱活动。\n\n比亚迪举办职工技能大赛\n\n本报讯（通讯员 邓丽君）日前，比亚迪股份"
                      "有限公司工会举办职工技能大赛。\n\n宝安区职工篮球赛开赛\n")
    assert [a.headline for a in split_articles(page(headline_first))] == [
        "龙岗区总工会关爱新就业形态劳动者", "比亚迪举办职工技能大赛"]


def test_articles_a_name_in_brackets_after_a_body_signs_the_article():
    text = ("3月5日，中铁七局郑州公司召开工会工作会议。公司党委书记马红卫出席会议并讲话。\n（宋  巍）\n"
            "公司召开工会工作会议\n\n3月8日，公司举行劳模创新工作室揭牌仪式。\n（项目部 王  鑫）\n工作室揭牌\n")
    articles = split_articles(page(text))
    assert [a.contributors for a in articles] == [(Contributor("宋巍", ""),), (Contributor("王鑫", ""),)]
    assert [a.headline for a in articles] == ["公司召开工会工作会议", "工作室揭牌"]
    assert "（宋" not in articles[0].body
    [report] = split_articles(page("连日来，张店区总工会走访慰问困难职工23户。\n（张区工）\n"))
    assert report.contributors == ()  # a body's signature


def test_articles_a_bulleted_line_with_a_photo_credit_is_a_caption():
    text = ("本报讯（记者 顾晓东）1月18日，省总工会副主席王红一行来锡走访慰问困难职工。\n"
            "省总工会领导来锡走访慰问困难职工\n\n▲1月18日，王红在无锡地铁集团运营分公司慰问一线职工。 顾晓东 摄\n")
    [article] = split_articles(page(text))
    assert article.captions[0].credit == "顾晓东 摄"
    assert Contributor("顾晓东", "摄影") in article.contributors


def test_articles_a_signature_naming_another_papers_reporter_signs_the_article():
    text = ("湘潭市总工会为20个市级劳模创新工作室授牌\n\n6月9日，湘潭市劳模创新工作室授牌仪式举行。\n"
            "（湖南工人报记者 邓  洁 通讯员 彭小龙）\n")
    [article] = split_articles(page(text))
    assert article.contributors == (Contributor("邓洁", "记者"), Contributor("彭小龙", "通讯员"))
    assert "工人报" not in article.body


def test_articles_a_long_headline_right_above_the_next_reports_byline_on_a_page_with_no_blank_lines():
    lines = ["本报讯（记者 宋晓峰）9月13日，", "市总工会党组书记、常务副主席刘向东一行", "到林州市调研产业工人队伍建设改革工作。",
             "林州市副市长郭建华，林州市总工会主席王", "海军等陪同调研。", "刘向东到林州调研产业工人队伍建设改革",
             "本报讯（通讯员 赵雅琪）近日，文峰区总工", "会组织开展“工会进万家”文艺演出活动，", "为辖区500余名职工群众送去精彩节目。区",
             "总工会主席孟庆丰观看演出。", "文峰区总工会“工会进万家”文艺演出受欢迎", "本报讯（记者 宋晓峰）9月12日，全市工会",
             "系统劳动竞赛推进会召开。会议由市总工会副", "主席张丽华主持。", "我市召开劳动竞赛推进会"]
    articles = split_articles(page("\n".join(lines) + "\n"))
    assert [a.headline for a in articles] == [lines[5], lines[10], lines[14]]


def test_articles_a_headline_below_a_bodys_signature_on_a_page_with_no_blank_lines():
    lines = ["8月8日是第15个全国全民健身日。当天上午，包头市", "“全民健身日”职工健步走活动在赛汗塔拉城中草原",
             "举行，全市2000余名职工参加。自治区总工会副主席", "萨仁高娃等与职工一起健步走。", "活动由市总工会、市体育局主办。",
             "（包工）", "2000余名职工健步走迎接全民健身日", "8月10日，昆都仑区总工会在包钢集团举办第五",
             "届职工技能大赛，设焊工、电工、钳工等6个工种，", "吸引186名职工参赛。", "（昆工）", "昆都仑区举办第五届职工技能大赛"]
    articles = split_articles(page("\n".join(lines) + "\n"))
    assert [a.headline for a in articles] == [lines[6], lines[11]]
    assert articles[1].body.startswith("8月10日")


def test_articles_a_byline_line_with_a_padded_name_under_a_headline():
    text = ("张家口市总工会开展“冬训”活动\n记者 李  娜 通讯员 赵子豪\n2月5日至9日，张家口市总工会在崇礼区举办"
            "工会干部“冬训”培训班。\n")
    [article] = split_articles(page(text))
    assert article.headline == "张家口市总工会开展“冬训”活动"
    assert article.contributors == (Contributor("李娜", "记者"), Contributor("赵子豪", "通讯员"))


def test_articles_a_paper_name_with_its_date_is_a_masthead_not_a_headline():
    text = ("义乌商报\n2023年11月10日\n\n本报讯 （记者 楼  婷）11月8日，我市召开全市工会工作推进会。\n"
            "全市工会工作推进会召开\n")
    [article] = split_articles(page(text))
    assert article.headline == "全市工会工作推进会召开"
    assert "义乌商报" not in article.body


def test_articles_a_headline_closing_a_report_that_is_one_byline_paragraph():
    text = ("本报讯 （记者 楼  婷）11月8日，我市召开全市工会工作推进会。\n全市工会工作推进会召开\n\n"
            "本报讯 （通讯员 吴晓燕）11月6日，市总工会爱心驿站授牌仪式在后宅街道举行。\n首批15家工会爱心驿站授牌\n\n"
            "近日，市总工会组织30名劳模工匠赴金华市开展疗休养活动。（楼  婷）\n劳模工匠赴金华疗休养\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["全市工会工作推进会召开", "首批15家工会爱心驿站授牌", "劳模工匠赴金华疗休养"]
    assert articles[2].body.startswith("近日")


def test_articles_a_signature_in_brackets_at_the_end_of_the_last_line_signs_the_article():
    text = ("本报讯 9月20日，全州职工乒乓球比赛在利川市体育馆举行。州总工会副主\n席田勇为获奖选手颁奖。（通讯员 李  想）\n"
            "全州职工乒乓球比赛在利川举行\n\n近日，市总工会组织劳模疗休养。副主席方圆参加座谈。（楼  婷）\n劳模工匠赴金华疗休养\n")
    articles = split_articles(page(text))
    assert [a.contributors for a in articles] == [(Contributor("李想", "通讯员"),), (Contributor("楼婷", ""),)]
    assert [a.body[-3:] for a in articles] == ["颁奖。", "座谈。"]


def test_articles_a_photo_credit_in_brackets_below_a_caption():
    lines = ["本报讯（记者 牛  犇）12月6日至7日，全市工会系统“冬送温", "暖”走访慰问活动集中开展。市领导分别带队，",
             "深入企业、社区和困难职工家中走访慰问。市委", "副书记贾卫东到禹州市，市总工会主席梁艳到长",
             "葛市，分别走访慰问困难职工，送去慰问金和慰问", "品。", "市领导带队开展“冬送温暖”走访慰问", "",
             "图为12月6日，梁艳（右二）在长葛市慰问困难职工", "家庭。（记者 牛  犇 摄）", "",
             "本报讯（通讯员 王  静）日前，魏都区总工会举办技能大赛颁奖仪式。", "魏都区职工技能大赛颁奖"]
    articles = split_articles(page("\n".join(lines) + "\n"))
    assert [a.headline for a in articles] == [lines[6], lines[-1]]
    assert articles[0].captions[0].credit.startswith("（记者")


def test_articles_a_feature_after_a_reports_closing_headline_is_an_article_of_its_own():
    text = ("本报讯（通讯员 马超）5月6日，睢阳区总工会举办职工健步走活动，600余名职工参加。\n\n"
            "睢阳区600余名职工健步走\n\n"
            "在商丘金振源电子科技有限公司的生产车间里，焊花四溅。刘晓宇正专注地焊接一块电路板。\n\n"
            "本报记者 陈曦\n\n焊花里绽放的青春\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["睢阳区600余名职工健步走", "焊花里绽放的青春"]
    assert articles[1].body.startswith("在商丘金振源")


def test_articles_a_feature_sub_heading_splits_nothing():
    text = ("本报讯（记者 王伟）今年以来，市总工会深入开展技能竞赛活动，参赛职工达2万人次。\n\n"
            "以赛促学提技能\n\n"
            "在全市技能竞赛中，各级工会组织职工以赛促学、以学促干，技能水平明显提升。\n\n"
            "市总工会技能竞赛成效显著\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会技能竞赛成效显著"


def test_articles_a_bodys_signature_in_a_byline_is_no_contributor():
    assert [(c.name, c.role) for c in parse_byline("本报讯（记者 黄婷 通讯员 泉工宣）")] == [("黄婷", "记者")]


@pytest.mark.parametrize("byline, people", [
    ("本报讯（马宇兵 魏颖卓 记者白云峰）", [("马宇兵", ""), ("魏颖卓", ""), ("白云峰", "记者")]),  # names before a role
    ("记者：张梦萌 通讯员：徐展、罗丽华", [("张梦萌", "记者"), ("徐展", "通讯员"), ("罗丽华", "通讯员")]),  # with colons
    # beside a name, one opening with a rare surname (秋 of the 百家姓) is a name too; a common word (秋天) is not
    ("本报讯（秋冰 钱望舒）", [("秋冰", ""), ("钱望舒", "")]),
    ("本报讯（秋天 钱望舒）", [("钱望舒", "")]),
])
def test_articles_bylines_of_other_forms(byline, people):
    assert [(c.name, c.role) for c in parse_byline(byline)] == people


def test_articles_a_web_reports_colon_byline_and_date_line_and_photo_on_top():
    text = ("县总工会开展送温暖活动\n2024-02-05 09:32:20\n\n慰问现场。本报记者 白云峰 摄\n\n"
            "云上通山报道：（记者 孟军）2月6日，县总工会开展送温暖活动。\n\n记者：张梦萌 通讯员：徐展、罗丽华\n")
    [article] = split_articles(page(text))
    assert article.headline == "县总工会开展送温暖活动"
    assert {(c.name, c.role) for c in article.contributors} == {
        ("白云峰", "摄影"), ("孟军", "记者"), ("张梦萌", "记者"), ("徐展", "通讯员"), ("罗丽华", "通讯员")}


def test_articles_a_date_line_written_day_first_is_no_part_of_the_headline():
    text = "省总工会副主席率慰问组走进三亚慰问\n29.01.2015 18:33\n本文来源: 总工会\n1月26日，省总工会慰问困难职工。\n"
    [article] = split_articles(page(text))
    assert article.headline == "省总工会副主席率慰问组走进三亚慰问"


def test_articles_a_web_pages_rule_after_the_headline_is_no_part_of_it():
    text = "区总工会开展重阳节慰问劳模活动 |\n发布日期:2017-10-27 来源:区总工会 |\n10月26日，区总工会慰问劳模。\n"
    [article] = split_articles(page(text))
    assert article.headline == "区总工会开展重阳节慰问劳模活动"


def test_articles_captions_saying_who_stands_where_are_no_headline():
    text = ("省总钱望舒（左一）在车间考察\n省总钱望舒（左二）、市总孙海林（右三）等一行考察调度室\n"
            "2013年8月1日，省总工会副主席钱望舒一行莅临我市视察指导工会工作。\n")
    [article] = split_articles(page(text))
    assert article.body.startswith("2013年8月1日") and len(article.captions) == 2


def test_articles_a_lede_printed_twice_is_read_once():
    lede = "8月13日至14日，应省总工会邀请，台湾工会代表团来到我市参访交流。市委书记钱望舒会见代表团一行。"
    [article] = split_articles(page("台湾工会代表团来我市参访交流\n\n" + lede + "\n\n" + lede + "\n\n双方进行了座谈。\n"))
    assert article.body.count("参访交流") == 1


def test_articles_an_e_papers_list_of_headlines_with_their_summaries():
    text = ("南湖工人日报社\n\n2025-09-30\n报刊:南湖工人日报\n\n标题导航\n\n  • 市职工文化艺术节圆满收官\n\n"
            "    摘要:本报讯9月28日上午，市职工文艺展演在市工人文化宫举行。\n\n  • 市职工法律服务中心揭牌\n\n"
            "    摘要:本报讯9月25日，市职工法律服务中心揭牌。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市职工文化艺术节圆满收官", "市职工法律服务中心揭牌"]


def test_articles_an_e_papers_links_above_the_headline_are_no_headline():
    text = ("第01版:\n本版新闻列表\n \n上一篇  下一篇\n2020年6月22日 星期\n\n职工劳动竞赛启动仪式举行\n\n"
            "本报讯(记者 王平)6月19日，职工劳动竞赛启动仪式举行。\n")
    [article] = split_articles(page(text))
    assert article.headline == "职工劳动竞赛启动仪式举行"


def test_articles_a_digital_papers_masthead_and_numbered_page_are_no_headline():
    text = ("南湖工人日报 数字报纸\n\n\n00001版:一版要闻\n\n全总慰问团来南湖开展送温暖活动\n\n"
            "  本报讯 记者王平报道 16日，慰问团来到火车站看望慰问一线职工。\n")
    [article] = split_articles(page(text))
    assert article.headline == "全总慰问团来南湖开展送温暖活动"


def test_articles_a_date_alone_and_a_lettered_page_above_the_headline_are_no_headline():
    text = ("2024年04月29日\n第A04版:南湖工会\n\n市总工会召开劳模座谈会\n\n"
            "本报讯（记者 王平）4月28日，市总工会召开劳模座谈会。\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会召开劳模座谈会"


def test_articles_an_e_papers_page_header_is_no_headline():
    text = ("当前报纸名称:南湖晨报\n\n市总工会召开现场会\n\n日期:10-21\n版面:02版:要闻\n\n"
            "本报讯 （记者 王平）10月20日，市总工会召开现场会。\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会召开现场会"


def test_articles_a_sites_section_and_hit_count_line_is_no_part_of_the_body():
    text = ("市工会推进解困脱困工作\n来源:市总工会 作者:王平 发布:2018/7/27\n隶属:工会动态 点击:6222\n"
            "7月下旬，市总工会督查组到各县区督查解困脱困工作。\n")
    [article] = split_articles(page(text))
    assert article.body.startswith("7月下旬")


def test_articles_a_reporter_who_signs_where_the_first_line_opens():
    text = "市总深入企业开展送温暖活动\n\n南湖工人报全媒体记者王平报道：12月26日，市总工会到企业开展送温暖活动。\n"
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("王平", "记者")]
    no_headline = "本报讯 记者王平报道:工会送爱心，寒冬添暖意。近日，省总工会一行在我市开展送温暖工作。\n"
    assert split_articles(page(no_headline))[0].headline == "工会送爱心，寒冬添暖意"


def test_articles_a_papers_video_desks_byline_and_a_sites_you_are_here_line():
    text = ("您当前的位置:主页 > 体育新闻 > 体育新闻\n区环卫工人领取爱心早餐\n\n"
            "  大河报·豫视频记者 王平 实习生 赵敏 通讯员 孙丽\n\n11月7日，区总工会为环卫工人送上爱心早餐。\n")
    [article] = split_articles(page(text))
    assert article.headline == "区环卫工人领取爱心早餐"
    assert [(c.name, c.role) for c in article.contributors] == [("王平", "记者"), ("赵敏", "实习生"), ("孙丽", "通讯员")]


def test_articles_a_sites_byline_in_square_brackets_with_its_reporter_is_no_headline():
    text = "全总副主席率团到我市慰问\n\n【南湖新闻网讯-南报融媒体首席记者 王平】12月30日下午，全总慰问团到我市慰问。\n"
    [article] = split_articles(page(text))
    assert article.headline == "全总副主席率团到我市慰问" and [c.name for c in article.contributors] == ["王平"]


def test_articles_a_papers_own_news_in_square_brackets_is_a_byline_not_a_headline():
    text = "工联会员与议员对话\n\n【本报消息】工联总会常青活动中心上月廿三日举办对话会，中心主任钱望舒主持。\n"
    [article] = split_articles(page(text))
    assert article.headline == "工联会员与议员对话"


def test_articles_a_web_pages_author_line_naming_its_reporters():
    text = "职工篮球比赛开幕\n\n作者:文/摄本报记者 王平 赵敏\n\n11月27日，职工篮球比赛在市体育馆开幕。\n"
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("王平", "记者"), ("赵敏", "记者")]


def test_articles_an_author_line_and_a_sites_byline_sign_one_report():
    text = "市总工会：新春送温暖 关怀暖人心\n\n作者：王平\n来源：南湖新闻网 2022-01-25\n\n南湖新闻网讯 1月24日，市总工会开展送温暖活动。\n"
    [article] = split_articles(page(text))
    assert article.headline == "市总工会：新春送温暖 关怀暖人心"
    assert [c.name for c in article.contributors] == ["王平"]


@pytest.mark.parametrize("top", ["工会要闻", "中国工会新闻网>>地方工会报道>>南湖"])
def test_articles_a_columns_name_or_a_sites_path_above_the_headline_is_no_headline(top):
    text = top + "\n\n新区工会领导节前入户慰问困难职工\n\n连日来，新区工会主席钱望舒带着慰问金看望困难职工。\n"
    [article] = split_articles(page(text))
    assert article.headline == "新区工会领导节前入户慰问困难职工"


def test_articles_a_unions_site_name_above_the_headline_is_no_headline():
    text = "安宁市总工会\n\n全总调研我市工会工作\n\n6月13日，全总调研组到我市调研。调研组一行参观了市工人文化宫。\n"
    [article] = split_articles(page(text))
    assert article.headline == "全总调研我市工会工作"


def test_articles_a_photo_given_by_a_body_and_a_byline_beside_the_editors_credit():
    text = ("图为助学金发放现场。市总工会 提供\n8月19日，市总工会举行“金秋助学”活动启动仪式。\n"
            "仪式上，市总工会副主席马华兴宣读了助学名单。\n通讯员：吴 佳/责编：魏柯明\n")
    [article] = split_articles(page(text))
    assert article.captions == (Caption("图为助学金发放现场。", "市总工会 提供"),)
    assert [(c.name, c.role) for c in article.contributors] == [("吴佳", "通讯员")]
    assert article.body.startswith("8月19日")


def test_articles_two_names_signing_a_report_and_an_editors_review_lines():
    text = ("本报讯 11月15日，凌海市总工会举办大赛启动仪式。（张杨 金鑫）\n\n"
            "云上大冶报道（记者 但超）4月29日，技能竞赛启动仪式举行。\n一审：陈 雪\n二审：周春明\n三审：柯少杰\n")
    articles = split_articles(page(text))
    assert [[(c.name, c.role) for c in a.contributors] for a in articles] == [
        [("张杨", ""), ("金鑫", "")], [("但超", "记者")]]
    assert "审" not in articles[1].headline + articles[1].body


def test_articles_a_line_said_word_for_word_above_is_a_caption_not_a_headline():
    text = ("9月28日，职工职业技能大赛开幕式在北海职业学院举行。市总工会主席陈敬恩讲话并宣布开赛。\n\n"
            "陈敬恩讲话并宣布开赛\n\n本次大赛有焊工、钳工等6个项目，共计187名选手参加。\n")
    assert len(split_articles(page(text))) == 1


def test_articles_a_web_news_sites_opener_and_a_scene_photo_line():
    text = ("屯留区总工会举办劳模座谈会\n山西新闻网三农频道讯 4月30日上午，屯留区总工会举办劳模座谈会。\n"
            "会议现场\n区委副书记郑丹讲话\n座谈会上大家观看了宣传片。\n")
    [article] = split_articles(page(text))
    assert (article.headline, article.byline) == ("屯留区总工会举办劳模座谈会", "山西新闻网三农频道讯")
    assert article.captions[0].text == "会议现场"
    assert "会议现场" not in article.body


def test_articles_a_papers_name_and_date_under_a_headline_is_no_part_of_it():
    text = ("夜访城市工人休息室\n《工人日报》（2016年01月11日 02版）\n\n"
            "1月7日晚上，省总工会主席张广敏走访城市工人休息室。\n")
    [article] = split_articles(page(text))
    assert article.headline == "夜访城市工人休息室"


def test_articles_a_source_credit_at_the_foot_is_no_headline():
    text = "岁末天寒，情暖人心。1月13日，省总工会副主席黄久生看望慰问困难劳模。\n\n供稿：市总工会保障部\n审核：许振亚\n"
    [article] = split_articles(page(text))
    assert "供稿" not in article.headline + article.body


@pytest.mark.parametrize("opening, names", [
    ("东江日报讯 （记者 孙海林 通讯员 丁若兰） 日前，", ["孙海林", "丁若兰"]),  # a paper by its name, a space before (
    ("绿网新闻6月9日讯（通讯员 钱望舒 魏子航）6月8日上午，", ["钱望舒", "魏子航"]),  # a site and its dateline
    ("【南岭晚报报道】日前，", []),  # the source in square brackets, no name
    ("江城新闻网讯 记者梁秋实报道 6月8日，", ["梁秋实"]),  # a bare byline closed by 报道
])
def test_articles_media_bylines_by_the_papers_or_sites_name(opening, names):
    text = f"区总工会举办职工乒乓球赛\n{opening}区总工会举办职工乒乓球赛，80名职工参赛。\n"
    [article] = split_articles(page(text))
    assert article.headline == "区总工会举办职工乒乓球赛"
    assert [c.name for c in article.contributors] == names


def test_articles_a_web_pages_author_credit_is_a_byline_not_a_headline():
    text = "本报讯 6月8日，区总工会举办职工乒乓球赛，80名职工参赛。\n来源：东江网\n作者：孙海林 丁若兰\n编辑：陈默\n"
    [article] = split_articles(page(text))
    assert "作者" not in article.headline
    assert [c.name for c in article.contributors] == ["孙海林", "丁若兰"]


def test_articles_a_short_caption_with_its_credit_below_the_headline():
    text = ("镇总工会成立大会召开\n新一届委员会合影。钱望舒 摄\n"
            "5月6日上午，镇总工会成立大会召开，县总工会主席魏子航出席并讲话。\n")
    [article] = split_articles(page(text))
    assert article.headline == "镇总工会成立大会召开"
    assert article.body.startswith("5月6日上午")
    assert article.captions == (Caption("新一届委员会合影。", "钱望舒 摄"),)


def test_articles_a_meeting_rooms_photo_named_会场_is_a_caption():
    text = "区总工会召开劳模座谈会\n座谈会会场\n本报讯（记者 孙海林）4月27日，区总工会召开劳模座谈会。\n"
    [article] = split_articles(page(text))
    assert article.headline == "区总工会召开劳模座谈会"
    assert [c.text for c in article.captions] == ["座谈会会场"]


def test_articles_a_papers_name_and_posting_time_stand_apart_from_headline_and_body():
    text = "省总工会调研组来漳\n东南日报 2017-08-06 09:11\n7月31日至8月3日，省总工会调研组来漳调研。（钱望舒）\n"
    [article] = split_articles(page(text))
    assert article.headline == "省总工会调研组来漳"
    assert article.body.startswith("7月31日")


def test_articles_a_headline_and_its_subheadline_on_one_long_line():
    headline = "凝聚“工”力量 建功新时代 ——2024年全市重点工程（项目）示范引领性劳动竞赛暨“安康杯”竞赛正式启动"
    text = f"{headline}\n本网讯 6月26日，市总工会举行劳动竞赛启动式。市总工会主席钱望舒出席仪式并讲话。\n"
    [article] = split_articles(page(text))
    assert article.headline == headline


def test_articles_a_kicker_ending_with_a_colon_opens_the_headline():
    text = "山海关：\n\n为农民工讨薪300万元\n\n本报讯（特约记者钱望舒）近日，两名农民工代表来到法律援助中心致谢。\n"
    [article] = split_articles(page(text))
    assert article.headline == "山海关：为农民工讨薪300万元"


def test_articles_an_original_headline_note_and_a_byline_citing_another_paper():
    text = ("全市劳模颁奖晚会举行\n原标题：全市劳模颁奖晚会举行 钱望舒出席\n"
            "中国甘肃网4月30日讯 据陇南日报报道（记者孙海林）4月29日晚，全市劳模颁奖晚会在剧院举行。\n")
    [article] = split_articles(page(text))
    assert article.headline == "全市劳模颁奖晚会举行"
    assert [c.name for c in article.contributors] == ["孙海林"] and "原标题" not in article.body


def test_articles_a_reporter_named_after_本报讯_with_报道():
    text = "嵊州工会慰问困难职工\n本报讯 钱望舒报道  近日，市总工会为困难职工带去了暖意。\n"
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "记者")]


def test_articles_the_pages_first_line_is_a_headline_above_a_dated_lede():
    text = "全区职工文艺汇演举行\n4月30日，全区职工文艺汇演成功举办。区委书记周刚出席并讲话。\n"
    [article] = split_articles(page(text))
    assert article.headline == "全区职工文艺汇演举行" and article.body.startswith("4月30日")


@pytest.mark.parametrize("opening, closing, names", [
    ("湘西新闻在线讯（通讯员 钱望舒 孙海林）", "", ["钱望舒", "孙海林"]),  # a site named …在线
    ("齐鲁网·闪电新闻3月5日讯 ", "\n闪电新闻记者 钱望舒 报道", ["钱望舒"]),  # a site with a dot; its reporter at the foot
])
def test_articles_bylines_of_news_sites(opening, closing, names):
    text = f"市总工会慰问困难职工\n{opening}1月25日上午，市总工会领导走访慰问困难职工。{closing}\n"
    [article] = split_articles(page(text))
    assert article.headline == "市总工会慰问困难职工"
    assert [c.name for c in article.contributors] == names


def test_articles_a_web_pages_first_line_above_a_far_longer_paragraph_is_its_headline():
    text = ("全市职工工间操骨干培训班开班\n为落实全民健身国家战略，引导广大职工建立健康锻炼意识，5月31日，市总工会、"
            "市体育局共同举办了职工工间操骨干培训班开幕式。\n")
    [article] = split_articles(page(text))
    assert article.headline == "全市职工工间操骨干培训班开班" and article.body.startswith("为落实")


def test_articles_a_papers_all_media_reporters_at_a_reports_foot():
    text = ("职工技术运动会开幕\n近日，全市第二十一届职工技术运动会金属轧制工技能竞赛决赛开幕式在工业园区举办，"
            "来自全市13家企业的14支代表队参加比赛。\n郑报全媒体记者 钱望舒 孙海林 文/图\n")
    [article] = split_articles(page(text))
    assert article.headline == "职工技术运动会开幕"
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林"]


def test_articles_a_web_pages_site_lines_above_its_path_are_no_headline():
    text = ("云梦县总工会网\n欢迎您的访问！\n主页 > 工会要闻 > 详情\n县总工会召开职工书屋建设推进会\n"
            "发表时间:2023-04-11 09:12 来源:县总工会\n\n4月10日，县总工会召开职工书屋建设推进会。\n")
    [article] = split_articles(page(text))
    assert article.headline == "县总工会召开职工书屋建设推进会" and article.body.startswith("4月10日")


@pytest.mark.parametrize("furniture", [
    "您所在的位置: 江淮网 > 专题 > 工会动态 > 正文",
    "返回 2023年10月17日",
    "首页/ 新闻中心 / 本地要闻 / 正文",
    "通版阅读请点击：展开通版收缩通版当前版：02版",
    "正文",
    "版面导航",
    "展开通版",
    "3 上一篇  下一篇 4 放大 缩小 默认",
    "首页 | 版面导航 | 标题导航 |",
    "http://www.sina.com.cn 2007年01月15日05:46 江城新闻网-江城日报",
    "  © 版权所有 江城日报报业集团",
])
@pytest.mark.parametrize("layout", [
    "{furniture}\n\n县总工会为环卫工人送清凉\n\n本报讯（记者 钱望舒）7月20日，县总工会为环卫工人送去防暑用品。\n",
    "{furniture}\n县总工会为环卫工人送清凉\n文章字数:460\n本报讯（记者 钱望舒）7月20日，县总工会为环卫工人送去防暑用品。\n",
])
def test_articles_web_and_e_paper_furniture_above_a_headline_is_no_headline(furniture, layout):
    [article] = split_articles(page(layout.format(furniture=furniture)))
    assert article.headline == "县总工会为环卫工人送清凉"


def test_articles_a_byline_whose_name_was_lost_is_no_headline():
    text = ("(资料图片)\n7月20日，县总工会为环卫工人送去防暑用品，各成员单位负责人出席活动。\n县总工会为环卫工人送清凉。\n"
            "南方+记者 \n")
    [article] = split_articles(page(text))
    assert article.headline != "南方+记者" and "南方+记者" not in article.body


def test_articles_editors_names_on_lines_of_their_own_are_no_headline():
    text = ("冬送温暖 | 县总工会举办饺子宴活动\n活动现场\n活动现场\n江城新闻网讯(记者钱望舒 通讯员孙海林)1月17日，"
            "县总工会举办饺子宴活动。\n本次活动分为4站。\n编辑:\n李大勇 责任编辑:\n赵明\n审核:\n周刚\n")
    [article] = split_articles(page(text))
    assert article.headline == "冬送温暖 | 县总工会举办饺子宴活动" and "赵明" not in article.body


def test_articles_a_photo_credit_glued_to_its_caption_is_split_off():
    caption = "17日，市总工会主席钱望舒为高温下作业的劳动者送去关怀通讯员 孙海林 摄"
    assert split_caption_credit(caption) == ("17日，市总工会主席钱望舒为高温下作业的劳动者送去关怀", "通讯员 孙海林 摄")


def test_articles_a_photo_credit_closing_a_long_paragraph_is_the_photos():
    text = ("厂工会为困难职工发放慰问金。厂领导和工会专职干部看望慰问了帮扶对象，及时为他们送去了组织的温暖和关心，"
            "帮助他们解决生活中的实际困难。图为厂党政工领导钱望舒等人慰问离退休职工和孤寡老人，并送上慰问品。孙海林文 李大勇 摄\n")
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("孙海林", "撰稿"), ("李大勇", "摄影")]
    assert "李大勇" not in article.body


def test_articles_images_addresses_glued_before_a_byline_are_blanked():
    text = ("职工技能竞赛开幕\nhttp://pic.example.cn/0/10/1.jpghttp://pic.example.cn/0/10/2.jpg 江城网讯 10月19日上午，"
            "全市职工职业技能竞赛开幕式在市技师学院举行。\n")
    [article] = split_articles(page(normalise(text)))
    assert article.body.lstrip().startswith("江城网讯")


def test_articles_a_dateline_on_a_line_of_its_own_and_the_bracketed_byline_below_it_open_one_report():
    text = ("全国总工会来蓉送温暖\n\n四川新闻网-江城日报讯：\n（记者 钱望舒） 新春佳节即将到来之际，全国总工会慰问团"
            "来我市送温暖。\n\n昨日上午，慰问团一行前往企业看望职工。\n")
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒"]


def test_articles_a_media_centres_report_with_its_reporter_in_brackets():
    text = "省总工会领导来我市走访慰问\n\n云上江城报道(融媒体记者钱望舒)1月9日，省总工会领导到我市开展送温暖活动。\n"
    [article] = split_articles(page(text))
    assert article.byline.startswith("云上江城报道") and [c.name for c in article.contributors] == ["钱望舒"]


@pytest.mark.parametrize("top", [
    "网易首页 > 新闻中心 > 滚动新闻 > 正文",
    "甘肃> 今日甘肃> 正文",
    "工会网主页| 企业文化网| 集团门户\n欢迎来到集团工会网 |登录\n您所在的位置:首页>建家进行时 > 正文",
])
def test_articles_a_sites_path_and_menus_above_the_headline_are_no_headline(top):
    text = f"{top}\n\n县总工会为环卫工人送清凉\n\n本报讯（记者 钱望舒）7月20日，县总工会为环卫工人送去防暑用品。\n"
    [article] = split_articles(page(text))
    assert article.headline == "县总工会为环卫工人送清凉"


def test_articles_a_date_line_with_its_reads_and_the_papers_original_mark_are_no_headline():
    text = ("省总工会全委会议召开\n2026-02-07 05:00 阅读\n江城日报原创\n大江新闻讯 （记者钱望舒）2月6日，省总工会"
            "全委会议在南昌召开。\n")
    [article] = split_articles(page(text))
    assert article.headline == "省总工会全委会议召开"


def test_articles_a_sites_path_with_a_spaced_home_is_no_headline():
    text = "首 页>市总工会>新闻中心>基层动态\n\n县总工会组织劳模参观学习\n\n5月15日，县总工会组织劳模代表参观学习。\n"
    [article] = split_articles(page(text))
    assert article.headline == "县总工会组织劳模参观学习"


def test_articles_a_sites_byline_with_its_other_name_in_brackets():
    text = "技能竞赛启动\n\n荆楚网（湖北日报网）讯（通讯员 钱望舒）4月28日，全市职工技能竞赛启动。\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒"]


def test_articles_a_report_a_web_page_prints_twice_is_one_report():
    report = ("4月28日上午，全国劳动模范和先进工作者表彰大会在北京隆重举行，我市共有3人获得殊荣，其中钱望舒获"
              "全国劳动模范称号。")
    text = f"表彰大会在北京举行\n\n{report}\n\n表彰大会在北京举行\n\n作者：孙海林\n\n{report}\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["孙海林"] and article.position == 0


def test_articles_a_byline_wrapped_inside_a_name_is_one_byline():
    text = ("县总工会：雪中送温暖\n\n近日，县总工会为户外劳动者送去慰问物资，价值近3万元。\n\n记者：钱望舒 通讯员：孙海林、李\n"
            "大勇\n\n\n编辑：赵明\n")
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林", "李大勇"]


def test_articles_a_caption_wrapped_before_a_position_mark_is_one_caption():
    text = ("新当选的市总工会领导班子成员钱望舒（左三）、孙海林（右三）、李\n大勇（左二）合影。 赵明 摄\n\n"
            "本报讯 4月16日，市工会第四次代表大会闭幕。\n")
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[0].startswith("新当选") and "李大勇（左二）" in paragraphs[0]


def test_articles_a_city_and_a_date_with_the_reporters_in_brackets_open_a_report():
    text = "焊工决赛在株洲闭幕\n\n长沙11月1日（时刻新闻记者 钱望舒 通讯员 孙海林）11月1日，全国职工职业技能大赛焊工决赛闭幕。\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林"]


def test_articles_a_captions_author_is_its_photographer():
    caption = "图为“夏送清凉”启动仪式现场。    作者:钱望舒"
    credit = split_caption_credit(caption)[1]
    assert credit == "作者:钱望舒" and [(c.name, c.role) for c in parse_credit(credit)] == [("钱望舒", "摄影")]


def test_articles_a_source_note_wrapped_at_a_paragraphs_end_stays_in_the_paragraph():
    """（来源：X日报 通 / 讯员 Y）: the note's label is no web page's header line, and the paragraph is not cut there."""
    text = ("本报讯 2月2日，市总工会来到职工活动中心，为职工送去新春\n健康大礼包。（来源：某某日报 通\n讯员 钱望舒 孙海林）\n\n"
            "（来源：长春工会）\n为推动互助保障工作，区总工会举行竞走活动。\n")
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[0].endswith("大礼包。（来源：某某日报 通讯员 钱望舒 孙海林）")
    assert paragraphs[1:] == ["（来源：长春工会）", "为推动互助保障工作，区总工会举行竞走活动。"]


@pytest.mark.parametrize("byline, names", [
    ("本报讯 （记者 孙海林 通讯员 钱望樊昕炎）", ["孙海林", "钱望", "樊昕炎"]),  # a wrap took the space between them
    ("日报讯（全媒体记者/钱望舒黎世伟 通讯员/何杏）", ["钱望舒", "黎世伟", "何杏"]),
    ("（记者 欧阳明李世成）", ["欧阳明", "李世成"]),
    ("（记者 钱丽张明华）", ["钱丽", "张明华"]),  # 钱丽张 / 明华 too, but 张 is the commoner surname
    ("（记者 司马相如）", ["司马相如"]),
])
def test_articles_two_names_a_byline_runs_together_are_two_names(byline, names):
    assert [c.name for c in parse_byline(byline)] == names


@pytest.mark.parametrize("lines, byline", [
    (["（某某日报全媒体记者 钱望舒", " 孙海林）"], "（某某日报全媒体记者 钱望舒孙海林）"),  # a bracket opened and closed
    (["某某工人日报记者钱望舒 通讯员孙", "海林"], "某某工人日报记者钱望舒 通讯员孙海林"),  # a name wrapped after its role
])
def test_articles_a_byline_wrapped_over_two_lines_is_one_paragraph(lines, byline):
    text = "本报讯 5月1日，市总工会慰问了一线职工。\n\n" + "\n".join(lines) + "\n"
    assert [p.text for p in split_paragraphs(text)][1:] == [byline]


def test_articles_a_bracket_a_wrap_left_on_the_line_before_opens_the_signature():
    text = normalise("本报讯 日前，站区组织职工开展趣味娱乐活动，受到职工欢迎。(\n钱望舒 孙海林)\n")
    [article] = split_articles(page(text))
    assert article.body.endswith("受到职工欢迎。") and [c.name for c in article.contributors] == ["钱望舒", "孙海林"]


@pytest.mark.parametrize("byline, names", [
    ("本报讯 （钱望舒 孙海林）", ["钱望舒", "孙海林"]),
    ("本报讯（钱望舒、孙海林）", ["钱望舒", "孙海林"]),
    ("本报讯 （钱望孙海林）", ["钱望", "孙海林"]),
    ("本报讯（市总工会）", []),
])
def test_articles_names_in_a_bylines_brackets_with_no_role_are_its_contributors(byline, names):
    assert [c.name for c in parse_byline(byline)] == names


def test_articles_a_report_that_jumps_to_another_page_ends_at_the_jump():
    """…搭建了实景舞台，（转2版）: the report goes on elsewhere; the headline below it is its own, and the next report
    opens after it."""
    text = ("本报讯（记者 钱望舒）9月6日晚，职工文艺晚会在机车车间上演。\n\n晚会在主舞台的基础上，还在车间现场搭建了\n"
            "实景舞台，（转2版）\n\n职工文艺晚会精彩上演\n\n12月9日，市政协副主席孙海林率队赴相城区调研职工阵地建设。\n\n"
            "孙海林赴相城区调研职工阵地建设\n")
    first, second = split_articles(page(text))
    assert first.headline == "职工文艺晚会精彩上演" and first.body.endswith("（转2版）")
    assert second.headline == "孙海林赴相城区调研职工阵地建设" and second.body.startswith("12月9日")


def test_articles_a_headline_its_lede_says_in_longer_words_still_closes_the_report():
    """…技能竞赛开幕 after a report whose first sentence is on the 技能竞赛开幕式: its headline, not a caption repeating
    it (a caption repeats a later sentence, or a lede of one line)."""
    text = ("本报讯 10月19日上午，市第十二届职工职业技能竞赛开幕式在技师学院举行。来自全市各行业的200余名选手参加"
            "本次竞赛，竞赛设焊工、钳工等6个工种。市总工会主席钱望舒宣布竞赛开赛。\n\n"
            "市第十二届职工职业技能竞赛开幕\n\n为进一步贯彻落实《女职工劳动保护特别规定》，公司建立首家爱心妈咪小屋。\n\n"
            "公司首家爱心妈咪小屋建立\n")
    first, second = split_articles(page(text))
    assert first.headline == "市第十二届职工职业技能竞赛开幕" and second.body.startswith("为进一步")


def test_articles_a_note_in_brackets_after_the_last_sentence_closes_the_report():
    text = ("10月22日，劳模疗休养代表团首赴昭化参加疗休养活动。劳模们表示，不辜负党和政府的殷切期望。 （昭化区总工会）\n\n"
            "劳模疗休养代表团首赴昭化\n\n9月25日，经过近一个星期的角逐，首届职工技能状元竞赛圆满落幕。\n\n"
            "首届职工技能状元竞赛落幕\n")
    first, second = split_articles(page(text))
    assert first.headline == "劳模疗休养代表团首赴昭化" and second.headline == "首届职工技能状元竞赛落幕"


def test_articles_a_headline_its_first_sentence_repeats_word_for_word_closes_the_report():
    text = ("5月21日，旗总工会走进旗文化体育广电局，向代表本旗参加全市职工文艺汇演的乌兰牧骑职工送去慰问金和慰问品。"
            "队员们表示，一定以饱满的热情、良好的精神面貌参加汇演，展现新时代职工的风采。\n\n旗总工会走进旗文化体育广电局\n\n"
            "2013年即将过去，新的一年即将来临，区总工会主席钱望舒走访慰问困难职工。\n\n区总工会走访慰问困难职工\n")
    first, second = split_articles(page(text))
    assert first.headline == "旗总工会走进旗文化体育广电局" and second.body.startswith("2013年")


def test_articles_reports_without_bylines_before_one_with_a_byline_are_told_apart():
    """A headline that closes the report above it is found by the words they share, whatever bylines come later on
    the page (the report above is read from the last report start before the headline, not from the page's last)."""
    text = ("活动开始前，爱心社社长宣读了31位受助困难职工名单，县总工会常务副主席钱望舒为困难职工发放棉被、取暖器。"
            "钱望舒表示，县总工会将持续开展微心愿活动，为困难职工办实事、解难题。\n\n县总工会开展困难职工微心愿活动\n\n"
            "2013年即将过去，新的一年即将来临，街道办事处第三届职工趣味运动会在办公楼前举行。\n\n街道举办第三届职工趣味运动会\n\n"
            "本报讯（记者 孙海林）8月8日，市总工会发起抗洪救灾公益行动。\n\n市总工会发起抗洪救灾公益行动\n")
    assert [a.headline for a in split_articles(page(text))] == [
        "县总工会开展困难职工微心愿活动", "街道举办第三届职工趣味运动会", "市总工会发起抗洪救灾公益行动"]


def test_articles_headlines_first_a_report_that_opens_without_a_date_is_told_apart():
    """新年伊始，… below 县总工会举行…发放仪式: the headline shares its words with the report below it and none with
    the paragraph above, so it opens that report, though the report does not open with a date (on a page of three
    reports or more: on a page of one, such a line is a photo's caption)."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。"
            "\n\n县总工会举行两节送温暖慰问金发放仪式\n\n新年伊始，寒意正浓，县总工会举行两节送温暖慰问金发放仪式，"
            "为120户困难职工发放慰问金。\n\n区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会慰问组看望一线环卫工人",
                                                                 "县总工会举行两节送温暖慰问金发放仪式",
                                                                 "区总工会举办职工篮球赛"]
    caption = ("区总工会吹响劳动竞赛号角\n\n3月18日，区总工会举行劳动竞赛启动仪式，30家企业参加。\n\n"
               "中建钢构公司职工钱望舒向大会宣读劳动竞赛倡议书\n\n会上，区总工会表彰了先进集体。\n")
    assert len(split_articles(page(caption))) == 1


def test_articles_a_byline_line_above_the_dateline_at_the_top_of_the_page_is_the_reports():
    text = "□记者 钱望舒 通讯员 孙海林\n本报讯 日前，全国总工会发布了最美工会户外劳动者服务站点名单，我市两个站点入选。\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林"]


def test_articles_a_headline_opening_with_a_session_number_is_no_section_heading():
    """第五届“陇原工匠”发布仪式在兰州举行 closes the report above it, as any headline; 第一、第二 open sections."""
    text = ("11月27日上午，第五届陇原工匠发布仪式在兰州举行。省总工会主席钱望舒出席发布仪式，为获评工匠颁发证书。"
            "本次活动旨在弘扬劳模精神、劳动精神、工匠精神，讲好新时代工匠故事。\n\n第五届“陇原工匠”发布仪式在兰州举行\n\n"
            "7月9日上午，市总工会副主席孙海林一行到公司为一线职工送清凉。\n\n市总工会为一线职工送清凉\n")
    assert [a.headline for a in split_articles(page(text))] == ["第五届“陇原工匠”发布仪式在兰州举行", "市总工会为一线职工送清凉"]


def test_articles_a_report_opening_with_a_day_of_the_month_follows_a_headline_closing_the_one_above():
    text = ("本报讯 9月18日上午，县总工会开展金秋助学资助金发放活动，帮助120名困难职工子女圆了大学梦。\n\n"
            "助力寒门学子圆梦大学\n\n21日，市委常委钱望舒深入企业，走访慰问劳动模范和困难职工。\n\n市领导走访慰问劳动模范\n")
    assert [a.headline for a in split_articles(page(text))] == ["助力寒门学子圆梦大学", "市领导走访慰问劳动模范"]


def test_articles_the_pinyin_a_web_page_prints_after_rare_characters_is_left_out_of_the_text():
    """县人大常委会主任钱学(xué)良, 总工会(huì )成立大会: names and bodies read whole, the page's text kept as it was."""
    text = "本报讯 日前，建德经济开发区总工会(huì )成立大会召开，县人大常委会主任钱学(xué)良出席。\n"
    [article] = split_articles(page(text))
    assert article.body == "本报讯 日前，建德经济开发区总工会成立大会召开，县人大常委会主任钱学良出席。"
    assert article.original_body == text.strip()


def test_articles_headlines_first_words_every_report_has_weigh_nothing():
    """总工会, 工会: words of every report on a union page; the headline 新区总工会开展夏送清凉慰问活动 is weighed by its
    own words (夏送清凉, 慰问), which the report below it has and the one above it has not."""
    text = ("市总工会开展巾帼劳模宣讲活动\n\n3月2日，市总工会开展巾帼劳模进校园宣讲活动。市总工会将继续深入开展巾帼劳模"
            "宣讲活动。\n\n新区总工会开展夏送清凉慰问活动\n\n炎炎夏日，骄阳似火，新区总工会慰问组为环卫工人送去清凉慰问品。\n\n"
            "区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会开展巾帼劳模宣讲活动", "新区总工会开展夏送清凉慰问活动",
                                                                 "区总工会举办职工篮球赛"]


def test_articles_a_dateline_wrapped_inside_the_papers_name_is_one_byline():
    """每日甘肃网12月9日讯 据嘉 / 峪关日报报道（记者…）: the second line would open a byline of its own, but 嘉峪关 runs
    across the wrap."""
    text = "每日甘肃网12月9日讯 据嘉\n峪关日报报道（记者钱望舒）12\n月7日，省劳动模范载誉归来。\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒"] and article.body.startswith("每日甘肃网12月9日讯 据嘉峪关")


def test_articles_headlines_first_a_headline_its_first_sentence_tells_again_opens_the_report():
    """市直机关第十九届职工运动会今日开幕 names no body, but the sentence below says it again (焦作市直机关第十九届职工
    运动会于今天上午…), as no feature's sub-heading does (凝心聚力 再创佳绩, in words of its own)."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。\n\n"
            "市直机关第十九届职工运动会今日开幕\n\n焦作市直机关第十九届职工运动会于今天上午在市体育中心开幕，"
            "3000余名运动员参加。\n\n区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会慰问组看望一线环卫工人", "市直机关第十九届职工运动会今日开幕",
                                                                 "区总工会举办职工篮球赛"]
    feature = ("区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n\n凝心聚力 再创佳绩\n\n"
               "赛场上，队员们奋勇拼搏，展现了新时代职工的风采。\n\n市总工会慰问组看望一线环卫工人\n\n"
               "1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。\n\n县总工会开展金秋助学\n\n"
               "8月30日，县总工会开展金秋助学活动。\n")
    assert [a.headline for a in split_articles(page(feature))][:2] == ["区总工会举办职工篮球赛", "市总工会慰问组看望一线环卫工人"]


def test_articles_headlines_first_a_report_dated_with_its_year_is_told_apart():
    """2017年11月22日，… opens a report as 11月22日，… does."""
    text = ("市总工会主席钱望舒赴新区调研\n\n3月18日，市总工会主席钱望舒深入新区调研群团工作。\n\n"
            "省人大常委会副主任孙海林到西区职工服务中心参观指导\n\n2017年11月22日，省人大常委会副主任孙海林一行莅临"
            "西区职工服务中心参观指导。\n")
    assert len(split_articles(page(text))) == 2


def test_articles_headlines_first_a_headline_sharing_a_few_words_with_the_report_above_opens_the_one_below():
    """琼海市总工会开展“关爱职工 平安度夏”送清凉活动 shares five words with the report above (送清凉, 关爱, 开展, 活动)
    and three times as many with the one below: it opens that one."""
    text = ("新区总工会慰问环卫工人\n\n7月2日，新区总工会慰问组深入路口看望环卫工人。“夏送清凉”活动让环卫工人感受到了"
            "关爱，大家表示将继续开展好工作。\n\n琼海市总工会开展“关爱职工 平安度夏”送清凉活动\n\n为做好降暑工作，6月17日上午，"
            "琼海市总工会开展2019年“关爱职工 平安度夏”送清凉活动。琼海市总工会慰问组来到琼海市污水处理公司慰问一线职工。\n\n"
            "区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n\n市劳模座谈会召开\n\n"
            "4月28日，市总工会召开劳模座谈会，畅谈体会。\n\n县总工会举办技能大赛\n\n5月9日，县总工会举办焊工技能大赛。\n\n"
            "镇工会服务站揭牌\n\n6月1日，镇工会服务站正式揭牌。\n\n市工人文化宫举办书法展\n\n10月8日，市工人文化宫举办职工书法展。\n")
    assert [a.headline for a in split_articles(page(text))][:3] == [
        "新区总工会慰问环卫工人", "琼海市总工会开展“关爱职工 平安度夏”送清凉活动", "区总工会举办职工篮球赛"]


def test_articles_a_headline_of_two_parts_closes_the_report_above_though_a_word_seems_to_run_across():
    """晋江两名代表 参加中国工会十八大 / 为保障…: 大为 is a word, but a headline of two parts is no line of a paragraph
    broken mid-word (…要结合实 / 际，… is)."""
    text = ("本报讯（记者 钱望舒）中国工会第十八次全国代表大会昨日召开，晋江市有两名代表赴北京参会。\n\n"
            "晋江两名代表 参加中国工会十八大\n\n为保障困难职工子女顺利完成学业，市总工会举行金秋助学金发放仪式。\n\n"
            "金秋助学暖人心\n")
    assert [a.headline for a in split_articles(page(text))] == ["晋江两名代表 参加中国工会十八大", "金秋助学暖人心"]


def test_articles_a_reports_foot_credit_with_its_label_signs_it():
    """报道：通讯员 X at a report's foot, as 作者：X: the report's contributor, no headline."""
    text = ("5月10日上午，新区健走激励大赛启动仪式在县政府广场举行。新区总工会负责同志参加了活动。\n"
            "报道：通讯员钱望舒\n")
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "通讯员")]
    assert "钱望舒" not in article.headline


def test_articles_the_papers_name_in_brackets_before_its_reporters_opens_a_report():
    """（长江日报）（记者 X 通讯员 Y）昨日，…: a byline, which opens the next report on the page."""
    text = ("本报讯 5月10日上午，新区健走激励大赛启动仪式在县政府广场举行。\n\n健走激励大赛启动\n\n"
            "（长江日报）（记者钱望舒 通讯员孙海林）昨日，全国总工会副主席来汉慰问劳动模范。\n\n全总领导来汉慰问劳模\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["健走激励大赛启动", "全总领导来汉慰问劳模"]
    assert [(c.name, c.role) for c in articles[1].contributors] == [("钱望舒", "记者"), ("孙海林", "通讯员")]


def test_articles_a_headline_naming_the_campaign_a_sentence_above_quotes_closes_that_report():
    """…开展“炎炎夏日送清凉·关爱户外劳动者”主题活动。… / 炎炎夏日送清凉·关爱户外劳动者: the headline names the campaign
    its report quotes, so it is no caption taken from a sentence above; the next report opens after it."""
    text = ("本报讯 炎炎夏日，热浪来袭。6月19日，社区爱心驿站开展“炎炎夏日送清凉·关爱户外劳动者”主题活动，"
            "向环卫工人送去绿豆汤。此次活动让环卫工人们感受到了爱心驿站的关爱。\n\n炎炎夏日送清凉·关爱户外劳动者\n\n"
            "为尽早将慰问金送到困难职工手中，场领导分两路看望慰问困难职工。\n\n送温暖活动全面开展\n")
    assert [a.headline for a in split_articles(page(text))] == ["炎炎夏日送清凉·关爱户外劳动者", "送温暖活动全面开展"]


def test_articles_headlines_first_a_headline_opening_with_a_day_is_no_numbered_section():
    """5.12护士节北医三院工会慰问一线护士 opens with a day (5月12日), not with a section's number (5. or 5、)."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。\n\n"
            "5.12护士节北医三院工会慰问一线护士\n\n5.12护士节来临之际，北医三院工会向一线护士发放了慰问品。\n\n"
            "区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会慰问组看望一线环卫工人", "5.12护士节北医三院工会慰问一线护士",
                                                                 "区总工会举办职工篮球赛"]


def test_articles_headlines_first_a_headline_the_report_quotes_as_its_campaigns_name_opens_it():
    """炎炎夏日送清凉·关爱户外劳动者 / 炎炎夏日，热浪来袭。…开展“炎炎夏日送清凉·关爱户外劳动者”主题活动: the report
    names its campaign by the headline; a feature's sub-heading is no campaign's name."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。\n\n"
            "炎炎夏日送清凉·关爱户外劳动者\n\n炎炎夏日，热浪来袭。社区爱心驿站开展“炎炎夏日送清凉·关爱户外劳动者”主题活动，"
            "为环卫工人送去绿豆汤。\n\n区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会慰问组看望一线环卫工人", "炎炎夏日送清凉·关爱户外劳动者",
                                                                 "区总工会举办职工篮球赛"]


def test_articles_headlines_first_a_report_closed_by_a_note_in_brackets_is_followed_by_the_next():
    """…基础。（枞阳中心学校） and （临沂日报） close a report: the headline after opens the next one, though it names no
    body and the report below opens with no date (为保障…)."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。"
            "此次慰问凝聚了广泛的群众基础。（枞阳中心学校）\n\n“金秋助学”暖心关怀 助力学子筑梦未来\n\n"
            "为保障困难职工家庭子女顺利完成学业，8月30日，金秋助学座谈会暨助学金发放仪式举行。\n\n"
            "区总工会举办职工篮球赛\n\n12月20日，区总工会举办职工篮球赛，16支球队参赛。\n\n（临沂日报）\n\n"
            "送温暖活动全面开展\n\n为尽早将慰问金送到困难职工手中，场领导分两路看望慰问困难职工。\n")
    assert [a.headline for a in split_articles(page(text))] == [
        "市总工会慰问组看望一线环卫工人", "“金秋助学”暖心关怀 助力学子筑梦未来", "区总工会举办职工篮球赛", "送温暖活动全面开展"]


def test_articles_a_note_with_brackets_inside_closes_the_report():
    """…参加调研及宣讲活动。（宣教（网工）部）: the note after the last sentence holds a bracket of its own; the report
    ends there, and the headline after it is its own, though the next report opens with no date."""
    text = ("本报讯 9月26日，省总工会副主席钱望舒一行赴南漳县调研，县总工会主席孙海林参加调研及宣讲活动。（宣教（网工）部）\n\n"
            "钱望舒赴南漳县调研\n\n金秋九月，丹桂飘香，区总工会邀请全区劳动模范来到茶话会，共同迎中秋。\n\n"
            "区总工会举办劳模中秋茶话会\n")
    assert [a.headline for a in split_articles(page(text))] == ["钱望舒赴南漳县调研", "区总工会举办劳模中秋茶话会"]


def test_articles_a_headline_after_a_reports_closing_note_closes_it_though_a_word_seems_to_run_across():
    """…参会。（供稿：晋江市总工会 钱望舒） / 晋江两名代表参加中国工会十八大 / 为保障…: 大为 is a word, but after the note
    that closes a report the line is its headline, not a line of a paragraph broken mid-word."""
    text = ("本报讯 中国工会第十八次全国代表大会昨日召开，晋江市有两名代表赴北京参会。（供稿：晋江市总工会 钱望舒）\n\n"
            "晋江两名代表参加中国工会十八大\n\n为保障困难职工子女顺利完成学业，市总工会举行金秋助学金发放仪式。\n\n"
            "金秋助学暖人心\n")
    assert [a.headline for a in split_articles(page(text))] == ["晋江两名代表参加中国工会十八大", "金秋助学暖人心"]


def test_articles_headlines_first_a_long_headline_whose_words_the_report_below_has_opens_it():
    """砀山果园场“两节”送温暖活动已全面开展 names no body the word lists know and the report below opens with no
    date, but most of its words are that report's and none the paragraph's above; a short sub-heading (以赛促学提技能)
    splits nothing."""
    text = ("市总工会慰问组看望一线环卫工人\n\n1月27日下午，市总工会慰问组来到环卫所，看望一线环卫工人。\n\n"
            "砀山果园场“两节”送温暖活动已全面开展\n\n为尽早将慰问金送到困难职工手中，砀山果园场领导分两路看望慰问困难职工。"
            "果园场“两节”送温暖活动已开展十多年，今年已全面开展。\n\n区总工会举办职工篮球赛\n\n"
            "12月20日，区总工会举办职工篮球赛，16支球队参赛。\n")
    assert [a.headline for a in split_articles(page(text))] == ["市总工会慰问组看望一线环卫工人", "砀山果园场“两节”送温暖活动已全面开展",
                                                                 "区总工会举办职工篮球赛"]
    feature = text.replace("砀山果园场“两节”送温暖活动已全面开展", "以赛促学提技能").replace(
        "为尽早将慰问金送到困难职工手中，砀山果园场领导分两路看望慰问困难职工。", "在技能竞赛中，职工以赛促学、以学促干，技能明显提升。")
    assert len(split_articles(page(feature))) == 2


def test_articles_a_dateline_wrapped_after_the_name_of_the_paper_it_quotes_is_one_byline():
    """每日甘肃网12月9日讯 据嘉峪关 / 日报报道（记者…）: the wrap falls between two words, but 据 waits for its 报道."""
    text = "每日甘肃网12月9日讯 据嘉峪关\n日报报道（记者钱望舒）12\n月7日，省劳动模范载誉归来。\n\n劳模载誉归来\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒"]
    assert article.body.startswith("每日甘肃网12月9日讯 据嘉峪关日报报道") and article.headline == "劳模载誉归来"


def test_articles_an_editors_credit_in_brackets_at_a_reports_foot_is_no_part_of_it():
    """（编辑：X） on the line after the last sentence: the page's credit, not a person of the report."""
    text = "本报讯 6月5日下午，太平镇总工会职工服务站正式揭牌成立。市总工会主席钱望舒参加了揭牌仪式。\n(编辑:孙海林)\n"
    [article] = split_articles(page(text))
    assert "孙海林" not in article.body and not article.contributors


def test_articles_a_date_alone_written_with_hao_is_the_pages_not_the_headlines():
    """2024年03月13号 on a line of its own under the headline: the web page's date (号 for 日), not part of the
    headline, and not the day of the report's event (3月12日)."""
    text = "市总工会来荆对接援疆工作\n2024年03月13号\n3月12日，市总工会主席钱望舒主持召开座谈会。\n"
    [article] = split_articles(page(text))
    assert article.headline == "市总工会来荆对接援疆工作" and "2024" not in article.body


def test_articles_an_e_papers_header_lines_are_no_headline():
    """出版日期：…, 第A02版：综合新闻, a page's number (03) or name (头版), a site's 官方网站 | 首页 line: the e-paper's
    header, which leaves the report's headline alone above its text, though no blank line parts them."""
    text = ("陕西工人报官方网站 | 陕工网首页 今天是\n出版日期:2016年12月20日\n头版\n03\n第A02版:综合新闻\n"
            "市总工会开展主题宣传教育弘扬劳动精神\n连日来，市总工会线下线上同频开展“劳动创造幸福”主题宣传教育活动，"
            "大力弘扬劳模精神、劳动精神、工匠精神。市总工会主席钱望舒出席启动仪式。\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会开展主题宣传教育弘扬劳动精神" and article.body.startswith("连日来")


def test_articles_a_sites_dateline_with_names_in_brackets_and_a_work_label_name_the_reporters():
    """长城网张家口4月28日（李宏 李馨）: a site's dateline, its reporters in brackets with no role; 网讯（图文/陈 炼）:
    who wrote and took the photos, a padded name."""
    assert [c.name for c in parse_byline("长城网张家口4月28日（钱望舒 孙海林）")] == ["钱望舒", "孙海林"]
    assert [c.name for c in parse_byline("湛江市总工会网讯（图文/钱 舒）")] == ["钱舒"]
    [article] = split_articles(page("长城网张家口4月28日(钱望舒 孙海林) 4月28日上午，市劳模表彰大会在工人文化宫举行。\n"))
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林"]


def test_articles_a_role_and_name_before_the_lede_and_a_signature_opening_with_a_name_are_bylines():
    """通讯员 郭霞 1月18日，…: a byline with no dateline, before the lede's day; （覃新强 通讯员 石卉） after the last
    sentence: a name with no role, then a role and its name."""
    [article] = split_articles(page("职工书屋授牌\n通讯员 钱望舒 1月18日，市总工会主席孙海林为职工书屋授牌。\n"))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "通讯员")]
    [article] = split_articles(page("技能大赛举行\n6月5日，市总工会举办职工技能大赛，200名职工参加。（钱望舒 通讯员 孙海林）\n"))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", ""), ("孙海林", "通讯员")]
    assert article.body.endswith("参加。")


def test_articles_a_bare_byline_wrapped_between_two_names_names_both():
    """中电新闻网讯 通讯员 X / Y 报道 …: the wrap took the space between the names; the run of five is two names."""
    [article] = split_articles(page("职工坚守岗位\n\n中电新闻网讯 通讯员 钱望舒 \n林燕 报道 炎炎烈日，室外温度\n35摄氏度。职工坚守岗位。\n"))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "通讯员"), ("林燕", "通讯员")]


def test_articles_a_standalone_byline_of_all_media_reporters_and_a_stations_names():
    """全媒体记者 X 通讯员 Y on the line above the text, and 全媒体记者 X 平舆融媒 Y Z: a byline, not a headline; the
    media centre's name between names is no person."""
    text = "全媒体记者 钱望舒 平舆融媒 孙海林 冯倩\n5月28日，市工人文化宫联盟书画巡展开幕。市总工会主席郭东升出席。\n"
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "记者"), ("孙海林", "记者"), ("冯倩", "记者")]
    assert "钱望舒" not in article.headline


def test_articles_the_writers_name_alone_under_the_headline_or_on_top_is_the_byline():
    """…组织开展“夏送清凉”活动 / 张宁 / “夏日送清凉…”: the writer's name alone on its line under the headline (the
    lines not parted by a blank line), or alone on top of a web page's text: a contributor, not part of the headline
    nor the headline itself."""
    text = "区总工会组织开展“夏送清凉”活动\n钱望舒\n“夏日送清凉，情暖职工心”。7月20日，区总工会一行来到项目建设工地慰问职工。\n"
    [article] = split_articles(page(text))
    assert article.headline == "区总工会组织开展“夏送清凉”活动" and [c.name for c in article.contributors] == ["钱望舒"]
    [article] = split_articles(page("本文转自：人民日报客户端\n孙海林\n2021年7月，市总工会驻村工作队来到马伸桥镇大街村、"
                                    "高桥村，开展结对帮扶工作，为村民送去米面油等生活物资。\n"))
    assert [c.name for c in article.contributors] == ["孙海林"] and "孙海林" not in article.headline


def test_articles_a_reporters_photo_report_byline_before_the_lede():
    """本报通讯员谢静摄影报道 1月24日，…: 通讯员 is a role (not the 通讯 of a 本报…讯 dateline), 摄影报道 what she did."""
    [article] = split_articles(page("慰问环卫工\n本报通讯员钱望舒摄影报道 1月24日，市总工会集中慰问200名一线环卫工人。\n"))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "通讯员")]


def test_articles_a_unions_name_and_a_writers_at_the_foot_sign_the_report():
    """郏县总工会 房沛沛 on the last line: the union that sent the report and its writer, no headline."""
    text = "3月7日上午，郏县总工会组织女职工300余人开展植树活动。此次植树活动共栽种3000余株。\n郏县总工会 钱望舒\n"
    [article] = split_articles(page(text))
    assert [c.name for c in article.contributors] == ["钱望舒"] and "钱望舒" not in article.headline


def test_articles_a_headline_on_top_of_a_lede_dated_by_a_relative_day_is_parted_from_it():
    """市总工会为困难劳模…送温暖 / 昨天下午，市总工会分三路走访慰问…: a lede that opens with 昨天, 今天, 近日 or 日前
    starts its own paragraph under the page's first line, as one that opens with its date does."""
    text = "市总工会为困难劳模和特困、一线职工送温暖\n昨天下午，市总工会分三路走访慰问困难劳模、一线职工和特困职工。\n"
    [article] = split_articles(page(text))
    assert article.headline == "市总工会为困难劳模和特困、一线职工送温暖" and article.body.startswith("昨天下午")


def test_articles_a_bodys_full_name_giving_the_photo_is_a_credit():
    """洛阳市总工会供图 under a caption: the photo's credit, a body's whole name before 供图, not the next headline."""
    text = ("本报讯 6月7日，市总工会一行到交警值勤卡点慰问户外一线劳动者。\n\n上图 慰问现场。\n洛阳市总工会供图\n\n"
            "市总工会慰问户外一线劳动者\n")
    [article] = split_articles(page(text))
    assert article.headline == "市总工会慰问户外一线劳动者"
    assert [c.credit for c in article.captions] == ["洛阳市总工会供图"]


def test_articles_a_sentence_between_a_signature_and_a_credit_is_the_photos_caption():
    """…归属感。（钱望舒 孙海林） / 市总工会开展慰问活动。 / 市总工会供图: the signature ends the report, the
    sentence under it is the caption of the photo whose credit follows."""
    text = ("本报讯 6月7日，市总工会一行到交警值勤卡点慰问户外一线劳动者，增强了他们的归属感。（钱望舒 孙海林）\n\n"
            "洛阳市总工会开展户外一线劳动者慰\n问活动。\n洛阳市总工会供图\n\n洛阳市总工会慰问户外一线劳动者\n")
    [article] = split_articles(page(text))
    assert article.body.endswith("归属感。")
    assert [c.name for c in article.contributors] == ["钱望舒", "孙海林"]
    assert [(c.text, c.credit) for c in article.captions] == [("洛阳市总工会开展户外一线劳动者慰问活动。", "洛阳市总工会供图")]


def test_articles_bylines_on_lines_of_their_own_at_the_foot_sign_the_report():
    """全媒体记者 钱望舒 / 通讯员 孙海林 张宁: two byline lines after the last paragraph both sign it."""
    text = ("区工会代表大会召开预备会议\n4月10日下午，区工会第四次代表大会召开预备会议。会议通过了大会日程（草案）。\n"
            "全媒体记者 钱望舒\n通讯员 孙海林 张宁\n")
    [article] = split_articles(page(text))
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "记者"), ("孙海林", "通讯员"), ("张宁", "通讯员")]


def test_articles_a_headline_with_a_comma_under_a_photo_credit():
    """…供图 / 南湖新区总工会：疫情就是命令，防控就是责任: a short line with a comma and no full stop below a photo's
    credit, at the foot of a page that prints headlines after bodies, is the report's headline."""
    text = ("本报讯 1月26日，新区总工会所有工作人员正常上班，按时到岗到位。\n\n上图 工作人员送上慰问物资。\n"
            "南湖新区总工会 供图\n\n南湖新区总工会：疫情就\n是命令，防控就是责任\n")
    [article] = split_articles(page(text))
    assert article.headline == "南湖新区总工会：疫情就是命令，防控就是责任"
    assert "防控就是责任" not in article.body


def test_articles_a_page_of_two_reports_headlines_first_parts_where_the_second_is_told_again():
    """Two reports, each under its headline: the second headline opens a report when its lede tells it again
    (…广信区总工会于4月28日召开了…劳模代表座谈会), though a page of two reports has too few headlines to tell a
    report's from a caption by counting, and its short text makes most words common."""
    text = ("钱望舒来万年调研工会工作\n\n"
            "本报讯（通讯员 孙海林）6月13日，市总工会主席钱望舒一行来万年调研工会工作。\n\n"
            "钱望舒对万年工会工作取得的成效表示肯定，并强调要持续深化产改工作。\n\n"
            "广信区总工会召开劳模代表座谈会\n\n"
            "为大力弘扬劳模精神，在“五一”国际劳动节来临之际，广信区总工会于4月28日召开了劳模代表座谈会。"
            "区总工会主席张宁出席会议并讲话。\n\n"
            "座谈会上，劳模们围绕自身工作经历，分享了在各自领域攻坚克难的故事。\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["钱望舒来万年调研工会工作", "广信区总工会召开劳模代表座谈会"]


def test_articles_a_headline_wrapped_over_lines_right_above_a_dated_lede_opens_the_next_report():
    """… / 衡阳市总工会召开十九届六次 / 全体（扩大）会议 / 6月17日，衡阳市总工会召开…: a headline on its lines after a blank
    one, the lede right below it opening with its date, no blank line between: the next report and its headline."""
    text = ("市总工会为抗疫一线职工送“清凉”\n\n本报讯（记者 钱望舒）8月10日，市总\n工会主席张宁走访慰问在高温下\n"
            "辛勤奉献的抗疫医务工作者。\n\n衡阳市总工会召开十九届六次\n全体（扩大）会议\n6月17日，衡阳市总工会召开第十九\n"
            "届委员会第六次全体（扩大）会议，总\n结部署全市工会工作。\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["市总工会为抗疫一线职工送“清凉”", "衡阳市总工会召开十九届六次全体（扩大）会议"]
    assert articles[1].body.startswith("6月17日")


def test_articles_a_citys_dateline_with_its_writers_in_brackets_is_a_byline():
    """来宾讯（通讯员 钱望舒 孙海林）4月19日，…: a city's 讯, then the writers with their role."""
    [article] = split_articles(page("劳模工匠座谈会召开\n来宾讯（通讯员 钱望舒 孙海林）4月19日，来宾市总工会召开劳模工匠座谈会。\n"))
    assert article.byline == "来宾讯（通讯员 钱望舒 孙海林）"
    assert [(c.name, c.role) for c in article.contributors] == [("钱望舒", "通讯员"), ("孙海林", "通讯员")]


def test_articles_a_page_without_blank_lines_parts_at_headlines_above_dated_or_purpose_ledes():
    """A page printed with no blank lines and headlines after bodies, as wide as the body's lines: a headline's lines
    after a paragraph's last sentence, right above a lede that opens with its date (8月7日，) or with what the event
    was for (为进一步…), close the report above; the page's last lines, after a signature wrapped over two lines, are
    its last report's headline; a headline under a signature line may wrap too (…创新发展研 / 讨会)."""
    text = ("本报讯（通讯员 钱望舒）12月25日上午，新化县总工\n会党组书记、主席张宁主持召开全\n体干部职工大会。"
            "张宁说，年底是检\n阅一年工作成果的时候，各部门要\n总结好一年来的工作。\n新化县总工会召开全体干部职工大会\n"
            "8月7日，省总工会副巡视员孙海\n林一行3人来娄星区督察工会改革\n工作。娄星区总工会主席刘建新陪\n同督察。"
            "（通讯\n员 王立新）\n省总工会督察组来娄星区督察工会改革\n工作\n"
            "为进一步推进年度工会工作，提\n高全县各级工会干部综合素质，县\n总工会召开全委会。\n（通讯员 李海明）\n"
            "南昌县总工会召开工会工作创新发展研\n讨会\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["新化县总工会召开全体干部职工大会", "省总工会督察组来娄星区督察工会改革工作",
                                              "南昌县总工会召开工会工作创新发展研讨会"]
    assert [a.body[:6] for a in articles] == ["本报讯（通讯", "8月7日，省", "为进一步推进"]


def test_articles_a_couplet_before_the_lede_does_not_hide_a_headline_told_again():
    """礼赞劳动创造，表扬表彰先进。4月29日，…玉溪市隆重举行庆祝“五一”国际劳动节大会: on a page of two reports with
    headlines first, the lede that tells the headline again may follow a short opening sentence."""
    text = ("全国总工会到玉溪开展调研走访慰问\n\n10月17日至18日，全国总工会女职工部部长钱望舒一行到玉溪开展调研走访慰问活动。\n\n"
            "经过充分调研，钱望舒对我市工会工作给予了高度评价。\n\n玉溪市庆祝“五一”国际劳动节大会\n隆重举行\n\n"
            "礼赞劳动创造，表扬表彰先进。4月29日，在第131个国际劳动节前夕，玉溪市隆重举行庆祝“五一”国际劳动节大会。\n\n"
            "市委书记张宁代表市委、市政府向先进集体和先进个人表示祝贺。\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["全国总工会到玉溪开展调研走访慰问", "玉溪市庆祝“五一”国际劳动节大会隆重举行"]


def test_articles_a_headline_below_a_photo_credit_above_a_dated_lede_opens_the_next_report():
    """…表扬大会。 / 王锐 摄 / 颍东区召开劳动竞赛表扬大会 / 2022年11月30日上午，…: on a page without blank lines, a headline
    under a photo's credit, right above a lede that opens with its date (the year first), parts two reports."""
    text = ("本报讯（通讯员 钱望舒）5月8日，颍东区召开劳\n动竞赛表扬大会。区委副书记张宁出\n席会议并讲话。\n"
            "上图 5月8日，颍东区召开20\n22年度劳动竞赛表扬大会。\n王立新 摄\n颍东区召开劳动竞赛表扬大会\n"
            "2022年11月30日上午，颍东\n区总工会与口孜东矿联合举办职工\n技能大赛。\n颍东区职工技能大赛拉开帷幕\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["颍东区召开劳动竞赛表扬大会", "颍东区职工技能大赛拉开帷幕"]


def test_articles_a_longer_line_after_a_wrapped_headline_is_its_sub_headline():
    """市总工会到梅江区开展夏季 / 送清凉慰问活动 / 基层工会组织要当好会员的“娘家人”: the headline ends on its short second
    line, and the line as long as its first below it is the sub-headline, not more of the headline."""
    text = ("7月27日，市总工会到东山区开展\n夏季送清凉慰问活动。市总工会主\n席钱望舒参加活动。\n\n"
            "市总工会到东山区开展夏季\n送清凉慰问活动\n基层工会组织要当好会员的“娘家人”\n\n"
            "本报讯 3月5日，市总工会召开全\n委会议。市总工会主席钱望舒讲话。\n\n"
            "市总工会领导在太原市\n工人文化宫参观学习\n借鉴先进经验 推动文化宫工作再上新台阶\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("市总工会到东山区开展夏季送清凉慰问活动", ("基层工会组织要当好会员的“娘家人”",)),
        ("市总工会领导在太原市工人文化宫参观学习", ("借鉴先进经验 推动文化宫工作再上新台阶",))]
    # a headline wrapped over lines of about one width stays whole
    wrapped = split_articles(page("本报讯 3月5日，市总工会召开全\n委会议。\n\n市总工会召开第十八届委员会\n第八次全体会议暨全市工会\n工作会议\n"))
    assert [(a.headline, a.subheadlines) for a in wrapped] == [("市总工会召开第十八届委员会第八次全体会议暨全市工会工作会议", ())]


def test_articles_a_headline_under_a_paragraph_with_a_blank_line_below_it_ends_the_report():
    """…并开展“送清凉”活动。 / 省总工会调研组莅同调研 / 梁敬华带队 / (blank) / 7月8日，…: the headline lines close the report
    above, though no blank line parts them from its last paragraph; a kicker above a headline stays with it."""
    text = ("训资源等社会力量，有效发挥产\n教融合、校企合作、工学衔接等\n作用，培养更多的适应新质生产\n"
            "力的产改“尖兵”。 要加大工\n人文化宫活动宣传推广力度，优\n化人员配置，不断提升文化宫的\n"
            "服务水平和符合新时代先进理念\n的运维模式，以满足市民日益增\n长的文化需求。要加快推进工人\n"
            "疗养院的建设步伐，使其早日投\n入使用，为广大职工提供优质的\n疗养服务，提升职工的获得感和\n幸福感。\n"
            "出活动，并开展“送清凉”活动。\n省总工会调研组莅同调研\n钱望舒带队\n\n"
            "7月8日，省总工会慰问演出走进热电\n公司，为一线职工送上文化盛宴。\n省总工会慰问演出走进热电公司\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["省总工会调研组莅同调研钱望舒带队", "省总工会慰问演出走进热电公司"]
    kicker = split_articles(page("全面吹响号角！\n2023年蔡甸区职工劳动\n和技能竞赛启动\n\n3月31日，蔡甸区职工劳动和技能竞赛"
                                 "启动仪式在中法生态城举行。\n"))
    assert [a.headline for a in kicker] == ["全面吹响号角！2023年蔡甸区职工劳动和技能竞赛启动"]


def test_articles_a_file_photos_note_is_a_credit_not_a_headline():
    """图为…成立大会现场。 / 资料图: the note says the photo is from the files; the headline is the line after it."""
    text = ("本报讯（记者 王立新）6月1日，市住建系统工会联合会成立大会\n召开。市总工会主席钱望舒出席。\n\n"
            "图为市住建系统工会联合会成立\n大会现场。\n资料图\n\n市住建系统工会联合会\n成立\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["市住建系统工会联合会成立"]
    assert [c.credit for c in articles[0].captions] == ["资料图"]


def test_articles_a_headline_after_a_photo_credit_closes_the_report_before_a_dated_purpose_lede():
    """…图为推进会现场。 / 成都市总工会 供图 / (headline) / 为进一步聚焦…，…28日下午在…举行。: the headline under the credit is the
    report's above, and the paragraph that says what the next event was for, and when, opens the next report."""
    text = ("9月6日，市总工会召开全市工会系统重点工作推进会。市委常委、市总工会主席钱望舒出席会议并讲话。\n\n"
            "图为推进会现场。\n\n市总工会 供图\n\n市总工会召开全市工会系统重点工作推进会\n\n"
            "为进一步聚焦工会组织政治使命，大力宣传劳模精神，双流区“五一”劳动节创新交流主题活动于4月28日下午在"
            "电气公司举行。区总工会主席王立新致辞。\n\n双流区“五一”劳动节创新交流主题活动圆满举行\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["市总工会召开全市工会系统重点工作推进会", "双流区“五一”劳动节创新交流主题活动圆满举行"]


def test_articles_a_headlines_last_line_saying_what_a_person_did_is_its_sub_headline():
    """市政府与市总工会第十四次联席座谈会召开 / 蒋文定出席并讲话: the second line, a person of the report and what they did, is
    the sub-headline; a headline wrapped after a post (市总工会副主席 / 钱望舒调研…) stays whole."""
    text = ("本报讯 11月27日，市政府与市总工会第十四次联席座谈会召开。市长钱望舒出席并讲话。\n\n"
            "市政府与市总工会第十四次联席座谈会召开\n钱望舒出席并讲话\n\n"
            "本报讯 6月5日，市总工会副主席王立新到县里调研。\n\n市总工会副主席\n王立新调研\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("市政府与市总工会第十四次联席座谈会召开", ("钱望舒出席并讲话",)), ("市总工会副主席王立新调研", ())]


def test_articles_a_long_headline_and_its_sub_headline_between_bodies_and_a_headline_with_a_comma_at_the_end():
    text = ("本报讯（记者 王立新）1月23日下午，慰问活动在此举行。副市长钱望舒出席。\n\n“情暖深中·踏浪海天”2025年新春赴\n"
            "深中通道联合慰问活动举行\n近两百名一线工作者共享“海上团年饭”\n\n春节的脚步日益临近，为充分体现工会组织的关怀，"
            "1月15日上午，市总工会慰问组到坦洲镇慰问困难职工。\n\n“工”筑温暖，情系职工\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("“情暖深中·踏浪海天”2025年新春赴深中通道联合慰问活动举行", ("近两百名一线工作者共享“海上团年饭”",)),
        ("“工”筑温暖，情系职工", ())]


def test_articles_a_sub_headline_of_two_persons_names_run_together():
    text = ("本报讯 6月26日，市工会第六次代表大会召开。市委书记钱望舒出席会议并讲话，市政协主席李海出席会议。\n\n"
            "市工会第六次代表大会召开\n钱望舒李海出席\n")
    [article] = split_articles(page(text))
    assert (article.headline, article.subheadlines) == ("市工会第六次代表大会召开", ("钱望舒李海出席",))


def test_articles_a_headline_with_a_comma_below_a_photos_credit_and_above_a_dated_lede():
    text = ("本报讯 7月31日，区总工会为一线职工送清凉，送去防暑降温用品。\n\n图为慰问现场。\n（区总工会供图）\n\n"
            "夏日抗高温，工会送清凉\n\n10月22日，龙泉市劳模疗休养代表团首赴昭化参加疗休养活动。\n\n"
            "劳模疗休养代表团首赴昭化\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["夏日抗高温，工会送清凉", "劳模疗休养代表团首赴昭化"]


def test_articles_a_credit_a_unit_provided_names_no_photographer():
    assert parse_credit("单位供图") == [] and parse_credit("受访者供图") == []
    assert [c.name for c in parse_credit("（钱望舒 供图）")] == ["钱望舒"]



@pytest.mark.parametrize("line", [
    "原标题：职工书屋揭牌", "（来源：长春工会）", "隶属:工会动态 点击:6222", "当前报纸名称：焦作日报", "出版日期：2020年09月10日",
    " 标题导航", "多媒体数字报纸", "上一篇", "3 下一篇", "返回目录", "http://www.sina.com.cn 2007年01月15日", "www.jzrb.cn",
    "A02版：综合新闻", "01版:头版", "第A02版:综合新闻", "第7620期：第03版 工运纵横", "03", "头版", "陕西工人报官方网站 | 陕工网首页",
    "返回 2023年10月17日", "2020年9月10日 星期四", "闽南日报 2017-08-06 09:11", "2026-02-07 05:00 阅读",
    "29.01.2015 18:33", "《工人日报》（2016年01月11日 02版）", "\u30002020年9月10日",
])
def test_a_header_line_is_not_ruled_out_before_its_pattern_is_tried(line):
    """The quick test that rules most lines out before the pattern of a web page's header lines is tried lets
    every kind of header line through to it."""
    from graphbuilder import cleaning

    assert cleaning._WEB_LINE.match(line) and cleaning._may_be_web_line(line)


def test_articles_a_short_subheadline_under_a_wrapped_headline_whose_last_line_is_shorter():
    """市总工会启动2020年某某市 / 劳模疗休养活动 / 百名劳模分四批次开展: the headline's last line is short, so the line after
    it, though shorter than the headline's first, opens the sub-headline."""
    text = ("本报讯（记者 钱望舒）7月13日，市总工会启动劳模疗休养活动。\n\n市总工会启动2020年某某市\n劳模疗休养活动\n"
            "百名劳模分四批次开展\n\n4月28日，市总工会召开劳模座谈会。\n\n市总工会召开劳模座谈会\n")
    articles = split_articles(page(text))
    assert [(a.headline, a.subheadlines) for a in articles] == [
        ("市总工会启动2020年某某市劳模疗休养活动", ("百名劳模分四批次开展",)), ("市总工会召开劳模座谈会", ())]


def test_articles_a_byline_name_wrapped_at_the_line_end_is_no_padded_name():
    """记者 王立新 李海 张 / 宁 赵明: a name of a list wrapped after its surname joins the next line, not the name before it
    (a padded name, 张  丽, has its pad between its own two characters)."""
    text = "本报讯（记者 王立新 李海 张\n宁 赵明）3月5日，市总工会举行职工技能大赛。\n\n职工技能大赛举行\n"
    assert [c.name for c in split_articles(page(text))[0].contributors] == ["王立新", "李海", "张宁", "赵明"]


def test_articles_headlines_of_a_quoted_saying_a_sub_headline_of_phrases_and_a_line_ending_in_ji():
    """A headline that is one saying in quotes, its comma inside them (“您服务展会，工会服务您”); a headline, then a
    sub-headline of three phrases (…运动会开幕 / 钱望舒宣布开幕 王立新致辞 张宁出席); a headline's line that ends with 暨
    goes on on the next line, though the line has a space in it."""
    text = ("本报记者 李海\n\n5月23日，工会服务站在展会现场开放。\n\n“您服务展会，工会服务您”\n\n"
            "本报讯（记者 赵明）3月28日，全市第三届职工运动会开幕。\n\n全市第三届职工运动会开幕\n钱望舒宣布开幕 王立新致辞 张宁出席\n\n"
            "9月29日，劳模宣讲活动在学校举行。\n\n匠心筑梦 技能报国——“劳模工匠进校园”宣讲暨\n庆祝建国75周年宣讲活动在我校举行\n")
    assert [(a.headline, a.subheadlines) for a in split_articles(page(text))] == [
        ("“您服务展会，工会服务您”", ()), ("全市第三届职工运动会开幕", ("钱望舒宣布开幕 王立新致辞 张宁出席",)),
        ("匠心筑梦 技能报国——“劳模工匠进校园”宣讲暨庆祝建国75周年宣讲活动在我校举行", ())]


def test_articles_a_headline_of_two_clauses_up_to_forty_characters_below_a_credit():
    """…颁奖。 / 图为…现场。 / 钱望舒 摄 / 某某路街道举办纪念“五一”国际劳动节主题活动，成立职工品质生活红色联盟 / 本报讯…: a
    headline of two clauses, 37 characters long, between a photo's credit and the next report's byline."""
    text = ("本报讯（钱望舒）4月28日下午，某某路街道纪念“五一”国际劳动节主题活动举行，街道为最美商户颁奖。\n\n"
            "图为活动现场。\n钱望舒 摄\n\n某某路街道举办纪念“五一”国际劳动节\n主题活动，成立职工品质生活红色联盟\n\n"
            "本报讯 4月29日上午，五一劳模工匠志愿服务日主题活动在广场举行。\n\n志愿服务日主题活动举行\n")
    assert [a.headline for a in split_articles(page(text))] == [
        "某某路街道举办纪念“五一”国际劳动节主题活动，成立职工品质生活红色联盟", "志愿服务日主题活动举行"]


def test_articles_a_file_photo_of_the_paper_is_a_credit_not_a_headline():
    text = ("2月18日下午，省总工会召开助学回访座谈会。省总工会副主席钱望舒出席。\n\n图为助学回访座谈会现场。\n\n"
            "本报资料图片\n\n省总工会回访受助大学生\n")
    [article] = split_articles(page(text))
    assert article.headline == "省总工会回访受助大学生" and "本报资料图片" not in article.body


def test_articles_a_long_headline_after_the_last_reports_photo_credit():
    """A headline of 54 characters, wrapped over two lines, closes the page below the last report's photo credit:
    the report's headline, not more of its text."""
    headline = ("东山县总工会主办第二届红旗名居“邻里文化节”暨\n"
                "“美好环境与幸福生活共同缔造活动”试点小区启动一周年颁奖晚会")
    text = ("本报讯（记者 李海）10月24日上午，市工会第六次代表大会开幕。\n\n市工会第六次代表大会开幕\n\n"
            "本报讯（通讯员 张宁）11月3日，由东山县总工会主办的颁奖晚会成功举办。\n\n小区面貌明显改观。\n\n"
            f"图为颁奖晚会现场。\n通讯员 张宁 摄\n\n{headline}\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["市工会第六次代表大会开幕", headline.replace("\n", "")]
    assert articles[1].body.endswith("小区面貌明显改观。")


def test_articles_a_headline_after_a_photo_credit_before_a_lede_that_says_what_it_followed():
    """…慰问。 / 图为… / 通讯员 张宁 摄 / 东山县总工会开展国庆劳模走访慰问活动 / 根据省总工会关于…的相关精神，…国庆前夕，县总工会
    开展…: the headline closes the first report; the second opens with what its work followed."""
    text = ("本报讯（通讯员 张宁）9月29日，东山县总工会领导班子来到劳模家中慰问。\n\n图为干部职工在劳模家中走访慰问。\n\n"
            "通讯员 张宁 摄\n\n东山县总工会开展国庆劳模\n走访慰问活动\n\n"
            "根据省总工会关于今年国庆节前夕开展劳模走访慰问活动的相关精神，国庆前夕，县总工会开展劳模走访慰问活动。"
            "县总工会主席李海走访慰问了劳模。\n\n国庆前夕西山县总工会开展\n劳模走访慰问活动\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["东山县总工会开展国庆劳模走访慰问活动", "国庆前夕西山县总工会开展劳模走访慰问活动"]


def test_articles_a_headline_with_a_comma_only_inside_its_quoted_campaign_closes_the_report_above():
    """…节日的祝福。 / 东山县总工会开展“工会志愿行，温暖一座城”志愿者爱心传递活动 / 为进一步加强…，近日，…: the comma is the
    campaign's, inside its quotes; the line is the first report's headline, and the second report starts below it."""
    text = ("本报讯（记者 钱望舒）9月8日，东山县总工会开展“工会志愿行，温暖一座城”志愿者爱心传递活动，"
            "志愿者走访慰问困难职工。\n\n东山县总工会召集到76名工会志愿者，分组走访51户困难职工。\n\n"
            "志愿者们还为困难职工家中带去了月饼、大米等慰问品。\n\n东山县总工会开展“工会志愿行，温暖一\n座城”志愿者爱心传递活动\n\n"
            "为进一步加强工会法律援助工作，近日，红旗区总工会法律援助工作站成立。\n\n红旗区总工会法律援助工作站成立\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["东山县总工会开展“工会志愿行，温暖一座城”志愿者爱心传递活动",
                                              "红旗区总工会法律援助工作站成立"]
    assert articles[1].body.startswith("为进一步加强")


def test_articles_a_sub_headline_of_several_peoples_acts_or_of_a_post_and_a_name():
    """东山县工会第五次代表大会开幕 / 钱望舒李海出席 张宁王建国致辞: the acts of several people, apart, are the sub-headline;
    so is 集团工会主席孙芸出席, a post, then the name. Neither is more of the headline."""
    text = ("本报讯 12月4日上午，东山县工会第五次代表大会开幕。钱望舒、李海出席，张宁、王建国致辞。\n\n"
            "东山县工会第五次代表大会开幕\n钱望舒李海出席 张宁王建国致辞\n\n"
            "本报讯 1月21日，市工会第七次代表大会召开。集团工会主席孙芸出席闭幕式。\n\n"
            "市工会第七次代表大会召开\n集团工会主席孙芸出席\n")
    assert [(a.headline, a.subheadlines) for a in split_articles(page(text))] == [
        ("东山县工会第五次代表大会开幕", ("钱望舒李海出席 张宁王建国致辞",)),
        ("市工会第七次代表大会召开", ("集团工会主席孙芸出席",))]


def test_articles_a_web_reports_source_note_ends_it_and_stays_out_of_its_text():
    """…持续关注。 / 来源：东山县总工会 / 凛冬腊八至，…: a report copied from a union's site ends with its source note, and the
    next report starts below it, with no headline; the note is no part of either report's text."""
    text = ("东山县总工会送温暖\n\n近日，东山县总工会走访慰问一线职工，送去米面油等慰问品。\n\n"
            "东山县总工会将持续关注一线职工冷暖。\n\n来源：东山县总工会\n\n"
            "凛冬腊八至，暖意润人心。1月23日上午，红旗区总工会为户外职工送上腊八粥，钱望舒出席。\n\n"
            "来源：红旗区总工会宣教部\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["东山县总工会送温暖", "凛冬腊八至，暖意润人心"]
    assert articles[1].body.startswith("凛冬腊八至")
    assert not any("来源" in a.body for a in articles)


def test_articles_an_editors_note_after_a_report_ends_it():
    """…送进千家万户。 / 通讯员 钱望舒 责编 李海 审核 张宁 / 多年来，…: the report's credits close it; the next report has
    no headline of its own."""
    text = ("为丰富职工文化生活，1月25日，东山县总工会开展送春联活动。\n\n活动中共送出春联500余副，把祝福送进千家万户。\n\n"
            "通讯员 钱望舒 责编 李海 审核 张宁\n\n多年来，红旗区各级工会坚持在春节前夕为职工送上年货。\n\n"
            "今年红旗区总工会将于1月16日开展送福活动。\n")
    articles = split_articles(page(text))
    assert [a.body[:4] for a in articles] == ["为丰富职", "多年来，"]


def test_articles_a_signature_in_brackets_ends_a_report_though_no_headline_follows():
    """…品牌项目。 / （钱望舒） / 8月6日，…: the signed report ends there and the next one starts, its headline printed after
    it; short lines with a comma below the next signature, before text, are the next headlines."""
    text = ("东山县总工会开展爱心年夜饭活动\n\n1月13日晚，东山县总工会举办年夜饭活动，140余名环卫工人参加。\n\n"
            "这已成为东山县总工会送温暖活动的品牌项目。\n\n（钱望舒）\n\n"
            "8月6日，红旗社区工联会组织了夏日送清凉活动，为户外劳动者送去清凉。\n\n"
            "社区工联会为高温下的劳动者撑起一片荫凉。\n\n（钱望舒、孙芸）\n\n夏日炎炎送关爱，情意融融入心怀\n\n"
            "一份清凉，十分心意\n\n8月12日上午，东山镇总工会主席王建国走访慰问了一线工作者。\n\n（李海）\n")
    articles = split_articles(page(text))
    assert [a.body[:5] for a in articles] == ["1月13日", "8月6日，", "8月12日"]
    assert [a.byline for a in articles] == ["（钱望舒）", "（钱望舒、孙芸）", "（李海）"]
    assert articles[2].headline == "夏日炎炎送关爱，情意融融入心怀"


def test_articles_web_reports_closing_notes_name_their_writers_and_editors():
    text = ("3月5日，东山县总工会开展送温暖活动，为20户困难职工送去慰问金。\n"
            "拟稿人：孙芸 王建国 核稿人：李海 来源：东山县\n总工会\n\n"
            "【东山】东山县总工会开展\n“迎新春 送温暖”活动\n"
            "3月8日，红旗区总工会举办女职工插花活动，50名女职工参加。\n\n"
            "文旅头条通讯员 钱望舒 文\n红旗区总工会 图\n责编 孙海林\n审核 丁若兰\n\n"
            "【红旗】巧手插花，红旗区女职工喜迎节日\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["【东山】东山县总工会开展“迎新春 送温暖”活动",
                                              "【红旗】巧手插花，红旗区女职工喜迎节日"]
    assert [[(c.name, c.role) for c in a.contributors] for a in articles] == [
        [("孙芸", "拟稿人"), ("王建国", "拟稿人"), ("李海", "核稿人")],
        [("钱望舒", "通讯员"), ("孙海林", "责编"), ("丁若兰", "审核")]]
    assert all("来源" not in a.body and "总工会\n" not in a.body for a in articles)


def test_articles_a_web_pages_author_field_naming_a_body_opens_its_report():
    text = ("东山县总工会开展送清凉活动\n作者：钱望舒\n\n7月16日，东山县总工会开展送清凉活动，慰问环卫工人。\n\n"
            "红旗区总工会慰问户外劳动者\n为新业态劳动者撑起“遮阳伞”\n作者：红旗区总工会\n\n"
            "持续的高温天气给一线职工带来考验。红旗区总工会向外卖骑手送上防暑物资。\n")
    articles = split_articles(page(text))
    assert [a.headline[:13] for a in articles] == ["东山县总工会开展送清凉活动", "红旗区总工会慰问户外劳动者"]
    assert [[c.name for c in a.contributors] for a in articles] == [["钱望舒"], []]


def test_articles_a_credit_of_who_wrote_and_who_took_the_photos_signs_the_report_above():
    lede = "1月11日下午，东山县总工会党组成员、副主席孙芸带队开展送温暖活动，为困难职工送去慰问金和米面油等慰问物资。"
    text = (f"{lede}\n此次慰问共发放350余份慰问物资，把工会组织的温暖及时送到广大职工群众的心坎上。文字：钱望舒、丁若兰  图片：\n"
            "孙海林\n\n东山县总工会开展送温暖活动\n\n8月24日，红旗区总工会举办职工趣味运动会，200余名职工参加。\n文：李海\n\n"
            "红旗区职工趣味运动会举行\n")
    articles = split_articles(page(text))
    assert [a.headline for a in articles] == ["东山县总工会开展送温暖活动", "红旗区职工趣味运动会举行"]
    assert [[(c.name, c.role) for c in a.contributors] for a in articles] == [
        [("钱望舒", ""), ("丁若兰", ""), ("孙海林", "摄影")], [("李海", "")]]
    assert articles[0].body.endswith("心坎上。")


@pytest.mark.parametrize("line", ["图：职工们在比赛中", "图：职工比赛", "文：关于工会工作的几点思考"])
def test_articles_a_labelled_line_naming_no_person_is_no_work_credit(line):
    assert not is_work_credit(line)


def test_articles_a_byline_with_its_role_letter_spaced_signs_the_report_above():
    text = ("昨日上午，东山县总工会为100名环卫工人送去爱心报卡。市总工会副主席孙芸出席活动。\n记 者 李 海\n通讯员 钱望舒\n\n"
            "东山县总工会开展送温暖活动\n")
    [article] = split_articles(page(text))
    assert article.headline == "东山县总工会开展送温暖活动"
    assert [(c.name, c.role) for c in article.contributors] == [("李海", "记者"), ("钱望舒", "通讯员")]


def test_articles_a_bracketed_news_source_note_ends_a_report_before_the_next_ones_text():
    text = ("东山县职工技能竞赛成功举办\n\n近日，由东山县总工会主办的职工技能竞赛圆满落幕，28名青年职工参加决赛。\n"
            "（新闻来源：东山县总工会 转载：钱望舒）\n\n"
            "1月3日至5日，市总工会副主席孙芸带领验收评估组到东山县开展验收评估。\n验收评估组一行深入企业调研。\n")
    articles = split_articles(page(text))
    assert [a.body[:6] for a in articles] == ["近日，由东山", "1月3日至5"]
    assert "新闻来源" not in articles[0].body


def test_articles_a_dateline_naming_a_paper_and_its_site_together():
    text = ("东山日报/东山网讯（记者钱望舒通讯员孙海林报道）7月3日，东山县职工劳动竞赛启动仪式在高铁项目工地举行。\n\n"
            "全县各级工会组织将团结引领广大职工投身重点工程建设。\n\n"
            "东山日报/东山网红旗讯（通讯员李海报道）近日，红旗区总工会开展夏送清凉慰问活动。\n")
    articles = split_articles(page(text))
    assert [a.body[:9] for a in articles] == ["东山日报/东山网讯", "东山日报/东山网红"]
    assert [[c.name for c in a.contributors] for a in articles] == [["钱望舒", "孙海林"], ["李海"]]
