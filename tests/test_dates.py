import datetime as dt

import pytest

from graphbuilder.dates import cn_number, find_dates, infer_year


@pytest.mark.parametrize("text, expected", [
    ("9月9日上午，大会召开", [("2020-09-09", "day", None)]),
    ("9 月 7 日组织开展了活动", [("2020-09-07", "day", None)]),
    ("2月5日至9日举办培训班", [("2020-02-05", "day", "2020-02-09")]),
    ("1998年10月至11月举办比赛", [("1998-10", "month", "1998-11")]),
    ("1984年，为了发展，于9月1日更名", [("1984", "year", None), ("1984-09-01", "day", None)]),
    ("8月中旬以来，省总工会组织职工", [("2020-08", "month", None)]),
    ("始建于1957年冬", [("1957", "year", None)]),
    ("2019年年底，成立了爱心驿站", [("2019", "year", None)]),
    ("二〇一九年十月一日", [("2019-10-01", "day", None)]),
    ("上世纪90年代，文化宫转型", []),
    ("近日，市总工会召开会议", []),
    ("共发放3年助学金", []),
    ("10月份以来", [("2020-10", "month", None)]),
    ("7-8月份，市总工会开展送清凉活动", [("2020-07", "month", "2020-08")]),  # a range of months, the year the page's
    ("7月至8月，市总工会开展送清凉活动", [("2020-07", "month", "2020-08")]),
    ("2019年以来，全县广大职工充分发挥主力军作用", []),  # a time since, no date of what happened
    ("4月17、18日，崇明区总工会来通交流", [("2020-04-17", "day", "2020-04-18")]),  # two days listed: from, to
    ("1月29日、1月31日，新区总工会送去慰问品", [("2020-01-29", "day", None), ("2020-01-31", "day", None)]),
])
def test_dates_find_and_normalise(text, expected):
    found = [(d.date.value, d.date.precision, d.date.end) for d in find_dates(text, 2020)]
    assert found == expected


def test_dates_a_requirement_before_a_date_is_no_plan():
    """…活动要求，1月9日，…启动仪式举行: 要求 (a requirement) is no 要 of a plan to come; 要在5月1日前 is."""
    from graphbuilder.events import find_events
    from graphbuilder.sentences import split_sentences

    text = "为贯彻落实市委关于送温暖活动要求，1月9日，暖冬助学专项行动启动仪式在乐只小学举行。"
    [event] = find_events(text, split_sentences(text), year=2018, published=dt.date(2018, 11, 6))
    assert event.date.value == "2018-01-09"
    text = "会议要求，各级工会要于5月1日前完成建会工作。"
    assert all(e.date is None for e in find_events(text, split_sentences(text), year=2018))


def test_dates_a_day_alone_under_a_dated_dateline_is_the_datelines_month():
    """本报5月20日讯（记者X）20日上午，…集体婚礼…举行, in a paper of 2023-11-29: the 20th of the dateline's May."""
    from graphbuilder.events import find_events
    from graphbuilder.sentences import split_sentences

    text = "本报5月20日讯（记者钱望舒）20日上午，青年职工集体婚礼在中心广场隆重举行。"
    [event] = find_events(text, split_sentences(text), year=2023, published=dt.date(2023, 11, 29))
    assert event.date.value == "2023-05-20"


def test_dates_a_day_alone_after_a_dated_sentence_follows_that_date():
    """1月13日、14日，…送温暖活动。13日下午，… 14日上午，…, in a paper of 2025-03-21: the 13th and 14th of January the report
    opened with, not of March; 3日 after 12月28日 is the 3rd of the next January."""
    from graphbuilder.events import find_events
    from graphbuilder.sentences import split_sentences

    text = "1月13日、14日，省教育工会主席钱望舒一行来我市开展送温暖活动。13日下午，钱望舒一行走访慰问了市公交集团。14日上午，一行慰问了物业公司。"
    events = find_events(text, split_sentences(text), year=2025, published=dt.date(2025, 3, 21))
    assert [e.date.value for e in events] == ["2025-01-13", "2025-01-13", "2025-01-14"]
    text = "12月28日，市总工会召开会议。3日，市总工会开展慰问活动。"
    events = find_events(text, split_sentences(text), year=2021, published=dt.date(2021, 1, 8))
    assert [e.date.value for e in events] == ["2020-12-28", "2021-01-03"]


def test_dates_without_year_and_without_page_year_are_left_out():
    assert find_dates("9月9日上午，大会召开", None) == []


def test_dates_december_in_a_january_paper_is_last_year():
    [found] = find_dates("12月30日，慰问活动举行", 2021, dt.date(2021, 1, 5))
    assert found.date.value == "2020-12-30"


@pytest.mark.parametrize("text, value", [
    ("为了谋划2016年工会工作，集团工会11月20日召开研讨会", "2015-11-20"),  # a year named as a plan's, not the time's
    ("1984年，为了发展，于9月1日更名", "1984-09-01"),  # a year that sets the time: its days are that year's
    ("2016年3月召开全委会，3月5日举行", "2016-03-05"),  # a date to come, its year written with its month
])
def test_dates_a_year_alone_that_would_put_a_day_after_the_paper_is_not_the_days(text, value):
    """In a paper of 2015-11-26, a day after a year written alone takes that year only if the day is then no later
    than the paper (a plan for 2016 and a report of 11月20日 in it: 2015-11-20)."""
    assert find_dates(text, 2015, dt.date(2015, 11, 26))[-1].date.value == value


@pytest.mark.parametrize("text, value", [("9", 9), ("十五", 15), ("二十", 20), ("二〇二〇", 2020), ("三十一", 31)])
def test_dates_chinese_numbers(text, value):
    assert cn_number(text) == value


def test_dates_infer_year_of_a_year_a_narrow_column_wrapped():
    """…在修武县总工会举行的20 / 20年…: the page's year, its digits on two lines of a narrow column."""
    assert infer_year("9月3日上午，在修武县总工会举行的20\n20年全市职工大会上") == 2020


def test_dates_infer_year_takes_latest_past_year():
    assert infer_year("1984年建成。2020年金秋助学活动。到2025年建成") == 2020
    assert infer_year("没有年份") is None


@pytest.mark.parametrize("text, date", [
    ("标题\n\n2021-10-12 来源：河南工人日报\n\n正文", dt.date(2021, 10, 12)),
    ("标题\n发布时间：2021年10月12日 09:30\n正文", dt.date(2021, 10, 12)),
    ("标题\n\n2021-10-12\n\n正文", dt.date(2021, 10, 12)),
    ("本报讯 2021年10月12日，市总工会召开会议，部署2022年工作。", None),
])
def test_dates_header_date_of_a_web_page(text, date):
    from graphbuilder.dates import header_date

    assert header_date(text) == date


def test_dates_relative_days_need_the_publication_date():
    import datetime as dt

    published = dt.date(2023, 4, 28)
    assert [d.date.value for d in find_dates("昨天上午，市总工会召开会议。", 2023, published)] == ["2023-04-27"]
    assert [d.date.value for d in find_dates("前天，劳模宣讲团走进企业。", 2023, published)] == ["2023-04-26"]
    assert [d.date.value for d in find_dates("综艺晚会昨晚在工人文化宫举行。", 2023, published)] == ["2023-04-27"]
    assert [d.date.value for d in find_dates("今晨，慰问组出发。", 2023, published)] == ["2023-04-28"]
    assert find_dates("据今晚报报道，市总工会召开会议。", 2023, published) == []
    assert find_dates("截至今日，共筹集资金。", 2023, published) == []
    assert find_dates("昨天上午，市总工会召开会议。", 2023, None) == []


def test_dates_masthead_gives_the_publication_date():
    from graphbuilder.dates import header_date

    assert header_date("焦作日报 2021年5月8日 星期六\n第3版 工会周刊\n\n本报讯 5月6日，市总工会召开会议。") \
        == dt.date(2021, 5, 8)


@pytest.mark.parametrize("text, value, needs_published", [
    ("本月12日，市总工会召开会议。", "2023-05-12", True),
    ("上月28日，市总工会召开会议。", "2023-04-28", True),
    ("上周五，市总工会召开会议。", "2023-05-05", True),  # 2023-05-10 is a Wednesday
    ("本周二，市总工会召开会议。", "2023-05-09", True),
    ("去年12月5日，市总工会召开会议。", "2022-12-05", False),
    ("今年6月，市总工会开展送清凉活动。", "2023-06", False),
])
def test_dates_named_relative_to_the_page(text, value, needs_published):
    [found] = find_dates(text, year=2023, published=dt.date(2023, 5, 10))
    assert found.date.value == value
    assert (find_dates(text, year=2023) == []) == needs_published


def test_dates_years_since_name_no_date():
    assert find_dates("去年以来，今年以来，", year=2023, published=dt.date(2023, 5, 10)) == []


@pytest.mark.parametrize("text, start, end", [
    ("12月30日至1月2日，市总工会开展慰问。", "2023-12-30", "2024-01-02"),  # a range over the new year
    ("12月26—28日，市总工会举办培训班。", "2023-12-26", "2023-12-28"),  # the first day without its 日
])
def test_dates_ranges_over_a_year_and_with_a_bare_first_day(text, start, end):
    [found] = find_dates(text, year=2024, published=dt.date(2024, 1, 10))
    assert (found.date.value, found.date.end) == (start, end)


@pytest.mark.parametrize("text, value", [
    ("26日上午，市总工会召开会议。", "2024-02-26"),  # after the paper's day: last month's
    ("记者11日从市总工会获悉，", "2024-03-11"),
    ("12月25日至26日，市总工会举办培训班。", "2023-12-25"),  # a range's end is no day of its own
    ("活动历时3日，", None),
    ("3日、4日，", None),
])
def test_dates_a_day_without_its_month_is_the_last_such_day(text, value):
    found = find_dates(text, year=2024, published=dt.date(2024, 3, 12))
    assert [d.date.value for d in found] == ([value] if value else [])


def test_dates_a_relative_day_with_its_day_of_the_month_in_brackets():
    found = find_dates("本报讯（记者 李海）昨（11）日，金秋助学启动仪式举行；今（12）日上午，夏令营开营。",
                       2017, dt.date(2017, 8, 12))
    assert [(d.date.value, d.date.text) for d in found] == [("2017-08-11", "昨（11）日"), ("2017-08-12", "今（12）日上午")]


@pytest.mark.parametrize("text, expected", [
    ("“五一”国际劳动节当天，市委书记会见劳模代表。", ["2025-05-01"]),
    ("劳动节当日上午，职工们登山健身。", ["2025-05-01"]),
    ("元旦当天，县总工会走访慰问环卫工人。", ["2025-01-01"]),
    ("“五一”前夕，市总工会走访慰问劳模。", []),  # the eve: no day
    ("“六一”当天，将向职工子女赠送图书。", []),  # after the publication date: what will be done
])
def test_dates_a_holiday_of_fixed_date_named_as_the_day(text, expected):
    assert [m.date.value for m in find_dates(text, 2025, dt.date(2025, 5, 2))] == expected


@pytest.mark.parametrize("text, expected", [
    ("今天（26日）上午，市工会第十五次代表大会开幕。", ["2024-11-26"]),  # a report some days old on the page
    ("昨天(11日)，市总工会召开全委会。", ["2024-12-11"]),
    ("今天上午，市总工会召开全委会。", ["2024-12-12"]),
])
def test_dates_a_relative_day_with_its_day_of_the_month_in_brackets_is_that_day(text, expected):
    assert [m.date.value for m in find_dates(text, 2024, dt.date(2024, 12, 12))] == expected


def test_dates_a_range_of_days_written_without_their_month_is_its_first_day():
    """20日至21日，…推进会在旺苍召开 in a paper of 10 April: 20 March, the last 20th up to the paper's day."""
    found = find_dates("20日至21日，某某市劳动和技能竞赛推进会召开。", 2023, dt.date(2023, 4, 10))
    assert [m.date.value for m in found] == ["2023-03-20"]


def test_dates_a_day_whose_日_the_page_left_out_before_the_time_of_day():
    """10月10上午，…大赛…开幕: a misprint that still names the day."""
    assert [m.date.value for m in find_dates("10月10上午，职业技能大赛开幕。", 2016)] == ["2016-10-10"]
    assert find_dates("5月30余人参加了活动。", 2016) == []
