"""Finding and normalising dates as Chinese news writes them.

`9月9日上午` takes its year from the sentence (`1984年，…于9月1日…`), else from the publication date, else
from the year the page states; `2月5日至9日` gives a start and an end; `8月中旬` and `2016年9月` a month;
`1957年冬` and `2019年年底` a year; `去年12月` and `今年6月` the page's year moved; with a publication date,
`昨天`, `昨晚`, `今日`, `本月12日`, `上月28日`, `上周五` and a day alone (`26日上午，`) the day they name. `近日`, `日前`,
`今年` alone give no exact date and are not returned.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .records import EventDate

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,4}|[〇零○一二两三四五六七八九十]{1,4})"
_S = r"\s*"
# A date starts with the digits of its year or month: matching only there skips the empty matches elsewhere.
DATE = re.compile(
    r"(?=[\d〇零○一二两三四五六七八九十])"
    rf"(?:(?P<y>(?:\d{{4}}|[〇零○一二三四五六七八九]{{4}})){_S}年{_S})?"
    rf"(?:(?:(?P<m0>{_NUM}){_S}(?:至|到|—|－|-|~|～){_S}(?={_NUM}{_S}月))?(?P<m>{_NUM}){_S}月{_S}"  # 7-8月: a range
    rf"(?:(?P<d>{_NUM})(?:{_S}[日号]|(?={_S}(?:至|到|—|－|-|~|～|、){_S}{_NUM}{_S}[日号])"  # 12月26—28日, 4月17、18日
    r"|(?=上午|下午|晚上))"  # 10月10上午: a day whose 日 the page left out, before the time of day
    rf"|(?P<part>上旬|中旬|下旬|初|底|末|中下旬|上中旬))?)?"
    rf"(?(m)(?:{_S}(?:至|到|—|－|-|~|～|、(?={_S}{_NUM}{_S}[日号])){_S}(?=[\d〇零○一二两三四五六七八九十])"
    rf"(?:(?P<y2>\d{{4}}){_S}年{_S})?(?:(?P<m2>{_NUM}){_S}月{_S})?(?:(?P<d2>{_NUM}){_S}[日号])?)?)"
)
# A bare year must be followed by 年 and not be a decade (90年代) or a count (3年).
_FUTURE = re.compile(r"(?:到|至|于|在)\s*$")


class DateMention(NamedTuple):
    start: int
    end: int
    date: EventDate


def cn_number(text: str) -> int | None:
    """`9` → 9, `十五` → 15, `二〇二〇` → 2020, `二十` → 20."""
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        tens_value = _CN_DIGITS.get(tens, 1) if tens else 1
        ones_value = _CN_DIGITS.get(ones, 0) if ones else 0
        if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
            return None
        return tens_value * 10 + ones_value
    return None


def find_dates(text: str, year: int | None = None, published: dt.date | None = None) -> list[DateMention]:
    """The dates in `text`, normalised to ISO strings at day, month or year precision.

    Args:
        text: a sentence or a longer text; a year written earlier in it is the year of later dates.
        year: the year of dates written without one (the page's year), if known.
        published: the publication date; a date without a year later in the year than this is last year's.
    """
    relative = _relative_days(text, published) if published is not None else []
    if "当天" in text or "当日" in text:  # (a test that costs far less than the pattern's search)
        relative += _holidays(text, year or (published.year if published else None), published)
    if "年" not in text and "月" not in text:
        return relative  # a date has a year before 年 or a month before 月
    return sorted([*_find_dates(text, year, published), *relative])


# Days named relative to the publication date: 本月12日, 上月28日, 上周五, 本周二.
_RELATIVE_MONTH_DAY = re.compile(rf"(本月|当月|上月)\s*(?P<d>{_NUM})\s*[日号]")
_RELATIVE_WEEKDAY = re.compile(r"(上周|本周|这周|上星期|本星期)([一二三四五六日天])")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# A year named relative to the page's: 去年12月, 今年6月.
_YEAR_WORD = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}


# A day written without its month, opening what happened on it (记者26日获悉, 26日上午，…): the last such day
# up to the publication date; of a range of such days (20日至21日，), the first. Not a day that ends a range or
# one of a list (12月25日至26日, 3日、4日), nor a count (历时3日).
_DAY_ALONE = re.compile(r"(?=\d)(?<![\d〇零一二两三四五六七八九十月至到—－\-~～、和及历时为期连续])"
                        r"(?P<d>\d{1,2})\s*日(?=上午|下午|晚上|晚|中午|早上|凌晨|，|,|起|在|从|召开|举行|举办"
                        r"|至\d{1,2}\s*日[，,])")  # 20日至21日，: the first day of two
# Days named relative to the publication date: 昨天 (yesterday), 今日, 前天, and their evenings and mornings (昨晚, 今晨);
# not the paper 今晚报.
_RELATIVE_DAY = re.compile(r"(昨天|昨日|昨晚|昨夜|今天|今日|今晚|今晨|前天|前日|前晚)(?:上午|下午|晚上|晚|中午|早上)?"
                           r"(?!报)(?=[，,在\s]|[\u4e00-\u9fff])")
# A relative day with its day of the month in brackets (昨（11）日, 今（12）日上午): that day, up to the publication date.
_BRACKETED_DAY = re.compile(r"[昨今前]\s*[（(]\s*(?P<d>\d{1,2})\s*[）)]\s*日(?:上午|下午|晚上|晚|中午|早上)?")
# A relative day with its day of the month after it in brackets (今天（26日）上午, 昨日（11日）): that day, up to
# the publication date (a page may print a report some days old).
_DAY_IN_BRACKETS = re.compile(r"\s*[（(]\s*(?P<d>\d{1,2})\s*日\s*[）)]")
_DAY_WORD_AND_DAY = re.compile(r"(?:昨天|昨日|今天|今日|前天|前日)" + _DAY_IN_BRACKETS.pattern + "(?:上午|下午|晚上|晚|中午|早上)?")
_DAY_OFFSET = {"昨天": 1, "昨日": 1, "昨晚": 1, "昨夜": 1, "今天": 0, "今日": 0, "今晚": 0, "今晨": 0, "前天": 2, "前日": 2,
               "前晚": 2}


def reanchored(mention: DateMention, day: dt.date) -> DateMention:
    """A day named relative to the publication date (今天, 昨天) named relative to ``day`` instead (a report's
    dateline: 本报北京10月19日电 …今天召开); any other date as it is."""
    word = mention.date.text[:2]
    alone = re.fullmatch(r"(\d{1,2})\s*日", mention.date.text)  # 本报5月20日讯 …20日上午，: the 20th up to the dateline's
    if word in _DAY_OFFSET:
        value = day - dt.timedelta(days=_DAY_OFFSET[word])
    elif alone is not None:
        value = _last_day(int(alone.group(1)), day)
        if value is None:
            return mention
    else:
        return mention
    return mention._replace(date=EventDate(value.isoformat(), "day", mention.date.text))


def _last_day(day: int, until: dt.date) -> dt.date | None:
    """The last date on the given day of a month up to ``until`` (26 on 2023-11-29: 2023-11-26; 30: 2023-10-30)."""
    month_start = until.replace(day=1)
    if day > until.day:
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def _relative_days(text: str, published: dt.date) -> list[DateMention]:
    found = []
    for match in _RELATIVE_DAY.finditer(text):
        if match.start() > 0 and text[match.start() - 1] in "至到":
            continue  # 截至今日: a deadline, not a day
        if _DAY_IN_BRACKETS.match(text, match.end(1)):
            continue  # 今天（26日）: the day in brackets, found below
        day = published - dt.timedelta(days=_DAY_OFFSET[match.group(1)])
        found.append(DateMention(match.start(), match.end(), EventDate(day.isoformat(), "day", match.group(0))))
    for match in [*_DAY_ALONE.finditer(text), *_BRACKETED_DAY.finditer(text), *_DAY_WORD_AND_DAY.finditer(text)]:
        value = _last_day(int(match.group("d")), published)
        if value is None:
            continue
        found.append(DateMention(match.start(), match.end(), EventDate(value.isoformat(), "day", match.group(0))))
    for match in _RELATIVE_MONTH_DAY.finditer(text):
        month_start = published.replace(day=1)
        if match.group(1) == "上月":
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        try:
            day = month_start.replace(day=cn_number(match.group("d")) or 0)
        except ValueError:
            continue
        found.append(DateMention(match.start(), match.end(), EventDate(day.isoformat(), "day", match.group(0))))
    for match in _RELATIVE_WEEKDAY.finditer(text):
        monday = published - dt.timedelta(days=published.weekday())
        if match.group(1) in ("上周", "上星期"):
            monday -= dt.timedelta(days=7)
        day = monday + dt.timedelta(days=_WEEKDAY[match.group(2)])
        if day <= published:
            found.append(DateMention(match.start(), match.end(), EventDate(day.isoformat(), "day", match.group(0))))
    return found


# The day of a holiday of fixed date, said to be the day something happened (“五一”国际劳动节当天, 国庆节当日).
_HOLIDAY = re.compile(r"(?:“?(五一|国庆|元旦|七一|八一|三八|六一)”?(?:国际劳动节|劳动节|国际妇女节|妇女节|国际儿童节|儿童节"
                      r"|建党节|建军节|节)?|(国际劳动节|劳动节|国庆节|元旦节|妇女节|儿童节|建党节|建军节))(?:当天|当日)")
_HOLIDAY_DAY = {"五一": (5, 1), "国际劳动节": (5, 1), "劳动节": (5, 1), "国庆": (10, 1), "国庆节": (10, 1),
                "元旦": (1, 1), "元旦节": (1, 1), "七一": (7, 1), "建党节": (7, 1), "八一": (8, 1), "建军节": (8, 1),
                "三八": (3, 8), "妇女节": (3, 8), "六一": (6, 1), "儿童节": (6, 1)}


def _holidays(text: str, year: int | None, published: dt.date | None) -> list[DateMention]:
    """The holidays of fixed date named as the day of what happened, in ``year``; none after the publication date
    (“五一”当天，将向…发送慰问信, in a paper of 29 April: what will be done)."""
    found = []
    for match in _HOLIDAY.finditer(text) if year is not None else ():
        day = dt.date(year, *_HOLIDAY_DAY[match.group(1) or match.group(2)])
        if published is not None and day > published:
            continue
        found.append(DateMention(match.start(), match.end(), EventDate(day.isoformat(), "day", match.group(0))))
    return found


def _find_dates(text: str, year: int | None, published: dt.date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    current_year, bare_year = year, False
    for match in DATE.finditer(text):
        y, m, d, part = match.group("y"), match.group("m"), match.group("d"), match.group("part")
        if not (y or m):
            continue
        if y and not m:
            tail = text[match.end():match.end() + 2]
            if not match.group(0).rstrip().endswith("年") or tail[:1] in "代间度" or tail == "以来":
                continue  # 90年代, 2021年度, 2019年以来 (a time since, no date of what happened)
        shift = next((n for word, n in _YEAR_WORD.items() if text.endswith(word, 0, match.start())), None)
        if m and not (y or d or part or match.group("m0") or match.group("m2")) and shift is None \
                and not _month_alone_is_date(text, match):
            continue
        y_val = cn_number(y) if y else None
        if y_val is not None and not 1900 <= y_val <= 2100:
            continue
        if y_val is not None:
            current_year, bare_year = y_val, not m  # 谋划2016年工会工作: a year alone, maybe no time of the report
        year_of = current_year if y_val is None else y_val
        if y_val is None and shift is not None and year_of is not None:
            year_of += shift  # 去年12月: the year before the page's
            if shift:
                published = None  # the year is stated: no 12月 of a January paper to move back
        date = _normalise(y_val, m, d, part, match, year_of, published)
        if (date is not None and y_val is None and bare_year and year_of != year and published is not None
                and date.value > published.isoformat()):  # 为了谋划2016年工作，…11月20日…, in a 2015 paper: 2015's
            own = _normalise(None, m, d, part, match, year, published)
            date = own if own is not None and own.value <= published.isoformat() else date
        if date is not None:
            found.append(DateMention(match.start(), match.end(), date))
    return tuple(found)


def _month_alone_is_date(text: str, match: re.Match) -> bool:
    """`10月` alone is a date only in `10月以来`, `10月份` and the like."""
    after = text[match.end():match.end() + 2]
    return after.startswith(("以来", "份", "间"))


def _normalise(y: int | None, m: str | None, d: str | None, part: str | None, match: re.Match,
               year: int | None, published: dt.date | None) -> EventDate | None:
    written = match.group(0).strip()
    if m is None:
        return EventDate(f"{y:04d}", "year", written)
    first = match.group("m0")  # 7-8月份: July to August
    month = cn_number(first or m)
    if month is None or not 1 <= month <= 12:
        return None
    if year is None:
        return None
    if first and d is None and part is None:
        last = cn_number(m)
        if last is None or not month < last <= 12:
            return None
        return EventDate(f"{year:04d}-{month:02d}", "month", written, f"{year:04d}-{last:02d}")
    if y is None and published is not None and year == published.year and month > published.month + 1:
        year -= 1  # 12月30日 in a January paper
    end = _range_end(match, year, month)
    if d is None:
        return EventDate(f"{year:04d}-{month:02d}", "month", written, end)
    day = cn_number(d)
    try:
        value = dt.date(year, month, day or 0)
    except (ValueError, TypeError):
        return None
    return EventDate(value.isoformat(), "day", written, end)


def _range_end(match: re.Match, year: int, month: int) -> str | None:
    y2, m2, d2 = match.group("y2"), match.group("m2"), match.group("d2")
    if not (y2 or m2 or d2):
        return None
    end_month = cn_number(m2) if m2 else month
    end_year = int(y2) if y2 else year + (end_month is not None and end_month < month)  # 12月30日至1月2日
    if d2:
        try:
            return dt.date(end_year, end_month or 0, cn_number(d2) or 0).isoformat()
        except (ValueError, TypeError):
            return None
    if end_month and 1 <= end_month <= 12:
        return f"{end_year:04d}-{end_month:02d}"
    return None


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年(?![代间度])|-\d{1,2}-\d{1,2}(?!\d))")
# A dated line of a web page's header: 发布时间：2021-10-12, 2021年10月12日 来源：河南工人日报.
_HEADER_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:-|/|\.|年)\s*(?P<m>\d{1,2})\s*(?:-|/|\.|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?")
_HEADER_WORDS = re.compile(r"来源|发布|时间|日期|编辑|作者|稿源|浏览|星期[一二三四五六日天]|第\s*\d+\s*版|[日晚]报")


_WRAPPED_DIGITS = re.compile(r"(?<=\d)[ \t]*\r?\n[ \t]*(?=\d)")


def infer_year(text: str) -> int | None:
    """The year a page reports from, when it says: the latest year it names, plans (到2025年) aside."""
    text = _WRAPPED_DIGITS.sub("", text)  # a year a narrow column wrapped (…举行的20 / 20年…)
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if not _FUTURE.search(text[max(0, m.start() - 2):m.start()])]
    return max(years) if years else None


def header_date(text: str, lines: int = 6) -> dt.date | None:
    """The publication date a web page prints in its header lines (a date next to 来源, 发布时间 …)."""
    for line in [ln for ln in text.splitlines() if ln.strip()][:lines]:
        match = _HEADER_DATE.search(line)
        if match and (_HEADER_WORDS.search(line) or len(line.strip()) <= len(match.group(0)) + 6):
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None
