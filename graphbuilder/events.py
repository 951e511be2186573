"""Finding events and who took part in them.

An event is a dated sentence (or clause) that reports something done: `9月3日，市总工会召开了…推进会`. Its
name is the event phrase the sentence uses (the object of 召开/举行/举办/开展…, or the subject of 开馆…), its
type comes from the trigger words of `ontology/event-types.ttl`, its organisers are the organisations
before the verb, its place the one after 在/赴/到/来到. Dates that set a deadline (`以10月底为时限`) or
count (`截至…`) are no events.

A person takes part when a clause starts with the person (after their titles, alone or in a list of names)
and goes on with a verb: `市总工会经审委主任张升出席会议并讲话`. The role is that verb phrase, typed by the
trigger words of `ontology/roles.ttl`; the event is the one of the sentence, or the latest one before it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicons, segmenter
from .cleaning import byline_open
from .dates import DateMention, find_dates, reanchored
from .persons import NOTE_AFTER_POST, PersonMention
from .records import EventDate

_VAGUE_DATE = re.compile(r"近日|日前|近期|前不久|连日来|今天|昨天|昨日|昨晚|今晚|当天|本周")
_SAME_DAY = re.compile(r"当天|当日|同日|同一天")
_ITS_EVENT = re.compile(r"(?:今天|今日|当天|当日)的?(?:活动|会议|大会|仪式|比赛|赛事)(?=[的上中，。；！、]|现场|$)")  # the day's
# A visit made before or after the meeting the article reports (会后，X一行来到…看望慰问…): an event of its own
# on the meeting's day.
# 4月22日|讯, 6月4日|重庆讯 : a dateline's day
_DATELINE_AFTER = re.compile(r"[讯电](?!员)|[\u4e00-\u9fff]{2,4}[讯电](?=[\s　（(:：，,]|$)")
_SINCE_BEFORE = re.compile(r"[自从]\s*(?:今年|去年)?\s*$")  # 自|2007年8月…以来, 自今年|7月份以来
_SINCE_AFTER = re.compile(r"[^，。；]{0,40}以来")
_YEAR_SINCE_AFTER = re.compile(r"\s*(?:起|开始)")  # 自2001年起，…连续20年开展 (自7月13日开始 starts an event)
_EVENT_BEFORE_DAY = re.compile(r"(?:活动|仪式|会议|大会|比赛)(?:启动|开幕|开班|举行|举办)?$")  # 活动|当天, 活动启动|当日
# 当天的仪式上 / 当日的活动中: the event reported already, in a later sentence.
_SAME_EVENT = re.compile(r"的?(?:仪式|活动|会议|大会|比赛|赛事|现场|启动式|开幕式)(?:上|中|现场)|[，,]?(?:大会|会议|会上)(?![室厅堂])"
                         r"|[^，。；]{0,12}的(?:还有|单位还有|有)")  # 当天开展慰问活动的还有…: others that did the same
_AROUND_MEETING = re.compile(r"\s*(?:会后|会前|会议结束后|会议期间)(?=[，,\s]?[^，。]*?(?:看望|慰问|走访|调研|视察|参观|来到|深入))")
_LEDE_VERB = re.compile(r"召开|举行|举办|开展|启动|来到|走进|深入|看望|慰问|调研|视察|走访|发放")
_DEADLINE_BEFORE = re.compile(r"(?:以|截至|截止|截止到|到|至|于)\s*$")
_DEADLINE_AFTER = re.compile(r"^\s*(?:前|以前|之前|为止|为(?:完成)?时限|底前)")
# What a clause says will happen after its date (11月份，交流营其他四批团组还将分别前往…, 2024年，市总工会将持续优化…):
# a plan, not the event's date; not the time of the day's setting (1月17日，在新春佳节即将来临之际，…).
_FUTURE_AFTER = re.compile(r"(?:份|上旬|中旬|下旬|底|初)?[，,]?(?!在)[^，。；！？]{0,20}?(?:还将|即将|将于|将在|将要|将会|拟于|计划于"
                           r"|将(?:持续|继续|进一步|不断|全面|加大|深入|大力|着力|努力|聚焦|围绕|坚持|紧扣|重点|积极|全力))"
                           r"(?![^，。；！？]*之际)")
_FUTURE = re.compile(r"(?:(?<![重主需])要(?!求)|将|计划|拟|预计|力争)[^\s，,；。]{0,3}$")  # not …活动要求，|1月9日, 根据…计划，|6月13日
_ACTION_VERBS = ("召开", "举行", "举办", "开展", "组织", "启动", "开馆", "开幕", "成立", "挂牌", "揭牌", "参加", "出席",
                 "启程", "来到", "走进", "深入", "看望", "慰问", "调研", "视察", "发放", "捐赠", "捐款", "签订", "表彰",
                 "颁发", "印发", "出台", "投资", "建设", "兴建", "增修", "更名", "承办", "被评为", "迎来", "组建")
_EVENT_NOUN = re.compile(r"(?:会议|大会|(?:座谈|推进|动员|部署|表彰|报告|宣讲|交流|培训|观摩|现场|联谊|茶话|运动|研讨|总结|调度|"
                         r"协调|汇报|分享|发布|见面|恳谈|评审|述职|务虚|专题|工作|年|例)会(?!议)|培训班|仪式|典礼|活动(?!中心|室|站|阵地|场所|基地|经费)|比赛|大赛|竞赛|[球棋杯]赛|(?:邀请|锦标|友谊|选拔|对抗|擂台|接力|挑战|知识)赛|决赛|"
                         r"运动会|联赛|论坛|展览|(?:书画|图片|摄影|成果|事迹|书法|美术)展|展演|晚会|开馆|开幕式?|揭牌|成立|挂牌|启动|"
                         r"讲座|招聘会|联欢会|音乐会|读书会|演出|汇演|义诊|健步走|授牌)"
                         r"(?![室厅堂])")  # 会议室, 大会堂: a room
_LABEL_VERB = re.compile(r"(?:组织开展|召开|举行|举办|开展|组织|参加|出席|启动|承办)了?的?")  # 联合举办的X大赛: X大赛
_ADVERBS = re.compile(r"正式|隆重|顺利|圆满")
_NAME_BREAK = re.compile(r"[在于将已由]|举行|召开|举办|开展|”")
_CLAUSE_END = re.compile(r"[，。；！？：\n]")
_ORG_VERBS = re.compile(r"召开|举行|举办|开展|组织|主办|承办|联合|启动|发放")
_PLACE_MARK = re.compile(r"(?:在|赴|到|来到|走进|前往|深入)")
_NAME_TAIL = re.compile(r"(?:(?:等|(?=[\d一二三四五六七八九十]+[名位]))[\d一二三四五六七八九十余多]*[名位]?[\u4e00-\u9fff]{0,4}?"
                        r"(?:领导(?:班子)?(?:成员)?|同志|负责人|嘉宾|专家|学者|代表|人|老师|教师|选手|学员|劳模|工匠|员)"
                        # …，以及市有关单位领导; …饶剑明及省总领导班子成员、市委常委…江晓斌: a body's leaders, then more names
                        r"|[，、]?(?:以及|及|和)[^，。；、]{0,10}?(?:领导(?:班子)?(?:成员)?|负责同志|负责人|嘉宾|代表)"
                        # …，市教育局、市民政局有关负责同志出席; …朱某，县总工会及江洪镇领导参加调研
                        r"|[，、](?:[^，。；]{0,40}?)(?:有关|相关|等)?(?:负责同志|负责人|领导)(?=出席|参加|参会|陪同|到场)"
                        # …主席梁坤，…办公室主任、商会党支部书记，街道总工会工作人员参加活动: posts without names, then staff
                        r"|，(?:[^，。；]{1,24}?，){0,2}?[^，。；]{0,24}?(?:工作人员|干部职工|职工代表)(?=出席|参加|参会|陪同|到场)"
                        r"|[，、](?:有关|相关)[\u4e00-\u9fff]{0,6}?(?:同志|人员|负责人|领导)"  # 杨毅、相关部门同志参加
                        # 市区领导A、B及来自…户外劳动者共300余人参加活动: a counted crowd joined to the list
                        # …罗江伯，以及…等单位主要负责人，相关企业负责人，…共计近100人参加会议: the same, after 以及
                        r"|[，、]?以?及[^。；]{0,80}?(?:共计|[共约近计])*[\d一二三四五六七八九十百千]+[余多]?(?:名|人)"
                        # …朱东及市总领导、机关各部门、直属各单位主要负责人，共约300余人参加会议: the list's total
                        r"|、[^。；的了在对向为把将被从]{0,60}?[，,](?:共计|共约|共有|共|约)[\d一二三四五六七八九十百千]+[余多]?(?:名|人)"
                        r"(?=参加|出席|参会|到场|观看|观摩|聆听)"
                        r"|等|一行|同志|分别)")
# 出席会议的领导有：…, 参加活动的还有… — the people listed after such a clause take its role.
_LISTED_AFTER = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2,4})[^，。；]{0,12}的(?:(?:领导|嘉宾|来宾|人员|同志)[和及与]?){0,2}"
                           r"(?:(?:还)?有[：:]?|(?<=[导宾员志])[：:])\s*$")  # 介绍了出席开幕式的领导：, …的领导和来宾有：
_DIGIT_OR_MONTH = re.compile(r"[\d月]")  # a date written out, not a relative day (今天), which a quote may hold
# A question reported (询问近期开展了哪些活动): no event.
_ASKED = re.compile(r"(?:哪些|什么|哪个|哪项|何种)(?:活动|会议|工作|比赛|培训)")
# A life's milestones, not events: 1957年冬参加工作.
# (离退休干部, 退休职工: the retired, to whom things are done, not a retirement)
_CAREER = re.compile(r"参加(?:革命)?工作|参军|入伍|入党|(?<!离)退休(?!干部|职工|人员|老|党员|教师|劳模)|出生")
_NOT_ACTION = re.compile(r"^(?:的|之|关于|同志|、|在内|等|们|是|为代表|所|摄(?!制|像)|家(?=$|[，。；、]))")  # 王某 摄: a credit; X家: at X's home
_SPEECH = re.compile(r"^(?:指出|表示|强调|说|介绍|要求|希望|认为|阐述)")
# A speech named as a thing said at another event (习近平总书记|在…表彰大会上的重要讲话，具有…; …在党的十九大所做的
# 工作报告): no part in this one.
_SPEECH_GIVEN = re.compile(r"在[^，。；]{2,60}?(?:(?:上|中|时)的|上?所[做作]的)(?:重要)?(?:讲话|致辞|指示|批示|贺信|回信|"
                           r"工作报告|报告)(?:精神)?")
_SPEECH_BEFORE = re.compile(r"(?:说|表示|告诉记者|感慨道)[，,：:“]")


@dataclass(frozen=True)
class EventDraft:
    """An event as one sentence reports it, before events of several articles are merged."""

    label: str
    event_type: str
    date: EventDate | None
    start: int  # the sentence span in the article body
    end: int
    trigger: str
    organisers: tuple[tuple[int, int], ...] = ()  # organisation mention spans
    places: tuple[tuple[int, int], ...] = ()  # place mention spans


@dataclass(frozen=True)
class ParticipationDraft:
    person: PersonMention
    event: int  # index into the article's event drafts
    role_label: str
    role: str
    start: int  # sentence span
    end: int


def find_events(text: str, sentences: list[tuple[int, int]], *, year: int | None, published=None,
                orgs: list[tuple[int, int]] = (), places: list[tuple[int, int]] = (),
                headline: str = "") -> list[EventDraft]:
    """Events reported in an article body, one at most per sentence, in text order.

    A dated sentence with an action is an event. A sentence dated only vaguely (近日, 日前) gives an event
    without a date, and so does an article's first sentence with an organising verb when the article
    reports no dated event at all.
    """
    drafts: list[EventDraft] = []
    vague: list[EventDraft] = []
    undated_lede: EventDraft | None = None  # the first sentence dated to the day, with no trigger of its own
    last_day = None  # the date of the last sentence dated to the day: 当天 and 当日 refer to it
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        named = _named_year(sentence, year)  # a report of another year's event, printed on a later page
        chosen = _event_date(sentence, find_dates(sentence, named or year, published))
        if ((drafts or vague) and _ITS_EVENT.search(sentence)
                and (chosen is None or not _DIGIT_OR_MONTH.search(chosen.date.text))):
            continue  # …近200人参加了今天的活动: the event reported before, not another
        same_day = _SAME_DAY.search(sentence) if chosen is None and last_day is not None else None
        if same_day and (_SAME_EVENT.match(sentence, same_day.end())
                         or _EVENT_BEFORE_DAY.search(sentence, 0, same_day.start())):
            continue  # 当天的仪式上，65名学生领到助学金 / 活动当天，…: more of the event the article reports
        if same_day:  # 8月8日是全民健身日。当天上午，…健步走活动举行
            chosen = DateMention(same_day.start(), same_day.end(), last_day)
        around = _AROUND_MEETING.match(sentence) if chosen is None and last_day is not None else None
        if around:
            chosen = DateMention(around.start(), around.end(), last_day)
        if chosen is not None and (_SPEECH_BEFORE.search(sentence, 0, chosen.start) or _in_quotes(
                text, s_start + chosen.start) and not _DIGIT_OR_MONTH.search(sentence, chosen.start, chosen.end)):
            chosen = None  # 他说，今天…, “今天我们开展这项活动…”郭建军说道: a day in what someone says
        if chosen is not None and last_day is not None and _DAY_ONLY.fullmatch(chosen.date.text):
            chosen = _after(chosen, dt.date.fromisoformat(last_day.value))  # 1月13日、14日，… 13日下午，…: January's
        if chosen is not None and chosen.date.precision == "day":
            last_day = chosen.date
        elif chosen is not None and _BACKGROUND.match(sentence):
            continue  # 据了解，…从2019年11月份开始下发摸底调查通知: the work behind the event, no event of its own
        if chosen is None:
            anchor = _VAGUE_DATE.search(sentence) or (None if vague else _LEDE_VERB.search(sentence))
            if anchor is not None and (_SPEECH_BEFORE.search(sentence, 0, anchor.start())
                                       or _in_quotes(text, s_start + anchor.start())):
                anchor = None  # 王金龙说，今天领导能来看望自己: what someone says
            if anchor is not None and _trigger(sentence, anchor.start()) is not None and not _ASKED.search(sentence):
                vague.append(_draft(text, s_start, s_end, None, anchor.end() if anchor.re is _VAGUE_DATE else 0,
                                    orgs, places, headline))
            continue
        if _trigger(sentence, chosen.start) is not None:
            drafts.append(_draft(text, s_start, s_end, chosen, chosen.end, orgs, places, headline))
        elif undated_lede is None and chosen.date.precision == "day" and not _REPORTER_SAW.search(sentence):
            undated_lede = _draft(text, s_start, s_end, chosen, chosen.end, orgs, places, headline)
    if not drafts and undated_lede is not None and _headline_names_event(headline):
        drafts.append(undated_lede)  # 7月13日，X带队到…，送去防暑降温物品 under 县总工会开展“送清凉”活动
    if not drafts:
        found = vague[:1] + [v for v in vague[1:] if _VAGUE_DATE.search(text, v.start, v.end)]
        if (found and undated_lede is not None and undated_lede.start < found[0].start
                and not _VAGUE_DATE.search(text, found[0].start, found[0].end)):
            found[0] = replace(found[0], date=undated_lede.date)  # 昨日，…书屋获得了…。…举行了发放仪式: on the lede's day
    else:
        found = sorted(drafts + [v for v in vague if _VAGUE_DATE.search(text, v.start, v.end)], key=lambda d: d.start)
    if found and headline:
        found[0] = _named_by_headline(found[0], text, headline)
    if found and not found[0].organisers:
        found[0] = replace(found[0], organisers=_sponsors(text, orgs))
    return found


def _named_year(sentence: str, year: int | None) -> int | None:
    """The year of an event a sentence names with it (2月18日下午，…召开2016年春节助学回访座谈会; 9月29日，2016年…
    发放仪式…举行), two years or more before the page's: the year of the sentence's days, which the page's would
    date wrongly. None for any other sentence (庆祝建党100周年, 回顾2019年以来的工作 …)."""
    if year is None or "年" not in sentence:
        return None
    for match in _NAMED_YEAR.finditer(sentence):
        if int(match.group(1)) <= year - 2 and _trigger_pattern().search(match.group(2)):
            return int(match.group(1))
    return None


# A year, then the rest of the event's name (not 2019年以来, 2021年度, 90年代, nor 到2025年: a plan's)
_NAMED_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})\s*年(?![代间度]|以来)([^，。；：！？]{0,30})")


# What the reporter saw or learnt on a day (1月30日上午，记者在…网点看到，…): the reporting, no event.
_REPORTER_SAW = re.compile(r"记者(?:在[^，。；]{0,20})?(?:看到|见到|了解到|获悉|注意到|采访)")
# 活动由市总工会、市体育局主办: who organised the article's event, said in a sentence of its own.
_SPONSORED = re.compile(r"由([^。；！？]{2,60}?)(?:联合|共同)?(?:主办|承办|举办|发起)")


_DAY_ONLY = re.compile(r"\d{1,2}\s*日")  # a day written without its month: 13日
_BACKGROUND = re.compile(r"\s*(?:据了解|据悉|据统计|据介绍|另悉|又讯)")  # what a report adds at its end


def _after(mention: DateMention, day: dt.date) -> DateMention:
    """A day written alone after a report has named a day: the first such day from that one on (1月13日… 14日: the
    14th of January, whatever the paper's date)."""
    number = int(re.match(r"\d+", mention.date.text).group())
    month = day.replace(day=1)
    for _ in range(2):
        try:
            value = month.replace(day=number)
        except ValueError:
            value = None
        if value is not None and value >= day:
            return mention._replace(date=EventDate(value.isoformat(), "day", mention.date.text))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return mention


def _sponsors(text: str, orgs: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The organisations named in the first 由…主办 of a text."""
    match = _SPONSORED.search(text)
    if match is None:
        return ()
    return tuple((s, e) for s, e in orgs if match.start(1) <= s and e <= match.end(1))


def _headline_names_event(headline: str) -> bool:
    return bool(headline) and (_EVENT_NOUN.search(headline) is not None or event_type(headline) != "other")


def _named_by_headline(draft: EventDraft, text: str, headline: str) -> EventDraft:
    """The article's first event takes its name (and type) from the headline when its sentence names
    no event (`刘海燕一行来到建宁街道，为环卫工人送去…` under `区总工会为环卫工人送清凉`)."""
    headline = _tidy(headline.strip())
    sentence = text[draft.start:draft.end]
    label, kind = draft.label, draft.event_type
    if not event_label(sentence, fallback=False) and (_EVENT_NOUN.search(headline) or event_type(headline) != "other"):
        label = headline
    if kind == "other":
        kind = event_type(headline)
    if (label, kind) == (draft.label, draft.event_type):
        return draft
    return replace(draft, label=label, event_type=kind)


def _draft(text: str, s_start: int, s_end: int, date: DateMention | None, label_from: int,
           orgs, places, headline: str) -> EventDraft:
    sentence = text[s_start:s_end]
    organiser_end = s_start + _organiser_end(sentence)
    return EventDraft(
        label=event_label(sentence, label_from) or headline,
        event_type=event_type(sentence),
        date=date.date if date else None,
        start=s_start,
        end=s_end,
        trigger=_trigger(sentence, date.start if date else 0) or "",
        organisers=tuple((s, e) for s, e in orgs if s_start <= s and e <= organiser_end
                         and not _after_venue_mark(text, s, s_start)),
        places=tuple((s, e) for s, e in places if s_start <= s and e <= s_end and _after_place_mark(text, s, s_start)),
    )


# An honour of a year (2021年江苏省劳动模范候选人、…员工殷铭: who they are, not when they act)
_HONOURED_OF_THE_YEAR = re.compile(r"度?[^，。；、\d]{0,10}?(?:劳动模范|劳模|工匠|先进工作者|先进个人|五一劳动奖章)")


def _event_date(sentence: str, dates: list[DateMention]) -> DateMention | None:
    """The date of the event a sentence reports: the most precise one that is no deadline or plan."""
    usable, datelines = [], []
    for d in dates:
        before, after = sentence[:d.start], sentence[d.end:]
        if _DEADLINE_BEFORE.search(before[-4:]) and not re.search(r"于\s*$", before[-3:]):
            continue
        if _DEADLINE_AFTER.match(after) or _FUTURE.search(before[-6:]) or _FUTURE_AFTER.match(after):
            continue
        if before.count("《") > before.count("》"):
            continue  # 《全民健身实施计划（2016～2020年）》: a date in a document's title
        if _DATELINE_AFTER.match(after):
            datelines.append(d)  # a dateline's day (红网4月22日讯, 本报北京9月9日电): when the report was filed,
            continue  # the event's only when the sentence gives no other (…电 全国总工会今天召开…)
        if _SINCE_BEFORE.search(before) and (_SINCE_AFTER.match(after) or d.date.precision == "year"
                                              and _YEAR_SINCE_AFTER.match(after)):
            continue  # 自2007年8月启动活动以来, 自2001年起: the start of a span that runs to now, no event of its own
        if d.date.precision == "year" and re.match(r"\s*[\u4e00-\u9fff“]", after) and not re.match(
                r"\s*(?:年初|年底|年末|年中|冬|春(?!节[^期前后来到假，,、])|夏|秋|开始|以来|起|至今|，)", after) and d.start > 0:
            continue  # 2020年金秋助学活动, 2019年春节送温暖座谈会: a year inside a name (not 2019年春节期间)
        if d.date.precision == "year" and _HONOURED_OF_THE_YEAR.match(after):
            continue  # 2021年江苏省劳动模范候选人…殷铭…发言: the year of an honour, which names who speaks
        usable.append(d)
    if datelines and datelines[0].date.precision == "day":  # …电 全国总工会今天召开: the dateline's today
        filed = dt.date.fromisoformat(datelines[0].date.value)
        usable = [reanchored(d, filed) for d in usable]
    usable = usable or datelines
    if not usable:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    return min(usable, key=lambda d: (rank[d.date.precision], d.start))


def _trigger(sentence: str, start: int) -> str | None:
    """The word that makes a dated sentence an event: an action verb or an event noun after the date."""
    tail = _CAREER.sub("", sentence[start:]).replace("新成立的", "")  # 当天新成立的37支队伍: no act of founding
    for verb in _ACTION_VERBS:
        if verb in tail:
            return verb
    noun = _EVENT_NOUN.search(tail)
    if noun:
        return noun.group(0)
    for word in lexicons.event_triggers():
        if word in tail:
            return word
    return None


def event_type(sentence: str) -> str:
    """The event type of a sentence, from its trigger words: a longer trigger hides the shorter ones
    inside it (慰问金, not 慰问), and in the first clause that has any, the last one is the head
    (就困难职工帮扶工作开展调研 is an inspection; 召开座谈会，听取帮扶工作汇报 a meeting)."""
    matches = list(_trigger_pattern().finditer(sentence))
    if not matches:
        return "other"
    clause_end = _clause_end(sentence, matches[0].end())
    head = [m for m in matches if m.start() < clause_end][-1]
    return lexicons.event_triggers()[head.group(0)]


@lru_cache(maxsize=1)
def _trigger_pattern() -> re.Pattern:
    words = sorted(lexicons.event_triggers(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def event_label(sentence: str, date_end: int = 0, *, fallback: bool = True) -> str:
    """The event phrase of a sentence, read after its date.

    The object of the first organising verb up to the last event noun of its clause
    (`召开了|市职工…推进会`), else the subject before an event noun (`…羽毛球馆正式开馆`), else the clause
    (or "" with ``fallback=False``); the first clause after the date is read first, then the rest.
    """
    start = _after_date(sentence, date_end)
    first_clause = (start, _clause_end(sentence, start))
    subject = _subject_before_date(sentence, date_end)
    if subject and _BARE_HAPPENING.fullmatch(_ADVERBS.sub("", sentence[start:first_clause[1]]).strip()):
        return subject  # 由市总工会主办的“…篮球联赛”，于7月1日在市工人文化宫隆重开幕: the league, not 开幕
    for region_start, region_end in (first_clause, (start, len(sentence))):
        for verb in _LABEL_VERB.finditer(sentence, region_start, region_end):
            if _EVENT_NOUN.match(sentence, verb.end()):
                continue  # 冰雪活动启动|仪式: the verb is part of the event's name
            clause_end = _clause_end(sentence, verb.end())
            nouns = list(_EVENT_NOUN.finditer(sentence, verb.end(), clause_end))
            label = _tidy(sentence[verb.end():nouns[-1].end()]) if nouns else ""
            if len(label) >= 4:  # not 启动|仪式, a verb that is part of the name
                return label
        noun = _EVENT_NOUN.search(sentence, region_start, region_end)
        if noun:
            clause_start = max(start, _clause_start(sentence, noun.start()))
            starts = _after_de(sentence[clause_start:noun.start()])
            last = noun  # the name runs on over event nouns written together: 竞赛活动启动仪式
            for later in _EVENT_NOUN.finditer(sentence, noun.end(), _clause_end(sentence, noun.start())):
                if later.start() - last.end() > 6 or _NAME_BREAK.search(sentence, last.end(), later.start()):
                    break
                last = later
            label = _tidy(sentence[clause_start + (starts[-1] if starts else 0):last.end()])
            if len(label) >= 4:
                return label
    if subject:
        return subject
    visit = _VISIT.search(sentence, start)
    if visit:  # 看望慰问了坚守岗位的女医务工作者: 看望慰问女医务工作者
        whom = sentence[visit.end():_clause_end(sentence, visit.end())]
        label = _tidy(visit.group(1) + whom.rsplit("的", 1)[-1])
        if len(label) >= 4:
            return label
    return _tidy(sentence[first_clause[0]:first_clause[1]])[:40] if fallback else ""


_VISIT = re.compile(r"(看望慰问|走访慰问|慰问看望|看望|慰问|走访)了?")
# what follows an event's name before its date, where the name is the sentence's subject (…联赛”，于7月1日)
_BARE_HAPPENING = re.compile(r"(?:在[^，。；]{1,30})?(?:举行|举办|召开|开幕|开赛|启动|揭牌|开班|落幕|闭幕)(?:开幕式|仪式)?")
_DATE_AFTER_NAME = re.compile(r"[”’]?[，,]?\s*(?:于|将于)?\s*(?:[\d〇零一二三四五六七八九十年月日号\s]+|昨日|昨天|昨晚|今日|今天|今晚|日前|近日)"
                              r"(?:上午|下午|晚上|晚)?")


def _subject_before_date(sentence: str, date_end: int) -> str:
    """The event named right before the date, as the subject (…主办的河池市职业技能大赛|于12月23日在…举办), or ""."""
    nouns = [m for m in _EVENT_NOUN.finditer(sentence, 0, date_end)
             if _DATE_AFTER_NAME.fullmatch(sentence, m.end(), date_end)]
    if not nouns or date_end == 0:
        return ""
    noun = nouns[-1]
    clause_start = _clause_start(sentence, noun.start())
    byline = byline_open(sentence, clause_start)
    clause_start = byline.end() if byline else clause_start  # 本报讯（记者…）|中国工会第十八次全国代表大会昨日召开
    starts = _after_de(sentence[clause_start:noun.start()])
    label = _tidy(sentence[clause_start + (starts[-1] if starts else 0):noun.end()])
    return label if len(label) >= 4 else ""


def _after_de(text: str) -> list[int]:
    """Where the text after each 的 starts, but a 的 inside quotes (“劳动者之歌 共同的家园”公益演出: part of the name)."""
    depth, starts = 0, []
    for i, char in enumerate(text):
        depth += {"“": 1, "”": -1}.get(char, 0)
        if char == "的" and depth <= 0:
            starts.append(i + 1)
    return starts


def _after_date(sentence: str, pos: int) -> int:
    """Skip what follows a date before its clause: 上午, 以来, a comma."""
    match = re.compile(r"(?:\s|上午|下午|晚上|晚|中午|早上|年初|年底|年末|年中|以来|开始|起|至今|期间|，|、)*").match(sentence, pos)
    return match.end()


def _clause_end(sentence: str, pos: int) -> int:
    """Where the clause at ``pos`` ends: its mark, not one inside a name in quotes (“劳动光荣，声动校园——…公开课”)."""
    match = next((m for m in _CLAUSE_END.finditer(sentence, pos) if not _quoted(sentence, m.start())), None)
    return match.start() if match else len(sentence)


def _clause_start(sentence: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, pos) if not _quoted(sentence, m.start())]
    return starts[-1] if starts else 0


def _quoted(sentence: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quote that opens before it and closes after it in the sentence."""
    return sentence.count("“", 0, pos) > sentence.count("”", 0, pos) and "”" in sentence[pos:]


def _tidy(label: str) -> str:
    label = _ADVERBS.sub("", re.sub(r"\s+", "", label))
    label = re.sub(r"^(?:随着|伴随着|在|经过|于(?=[\d〇零一二三四五六七八九十今近本]))", "", label)
    label = label.strip("，、 ").removeprefix("的")  # 隆重的颁奖典礼: 颁奖典礼
    if label.count("“") != label.count("”"):
        label = label.strip("“”")
    return label


def _organiser_end(sentence: str) -> int:
    """Organisers stand before the first organising verb."""
    match = _ORG_VERBS.search(sentence)
    return match.start() if match else 0


def _after_venue_mark(text: str, start: int, s_start: int) -> bool:
    """An organisation right after 在 is where the event took place, not who organised it."""
    return bool(re.search(r"(?:在|于|到|赴|来到|走进)$", text[max(s_start, start - 2):start]))


def _after_place_mark(text: str, start: int, s_start: int) -> bool:
    before = text[max(s_start, start - 16):start]
    return bool(_PLACE_MARK.search(before)) or before.endswith("——")


def find_participations(text: str, sentences: list[tuple[int, int]], persons: list[PersonMention],
                        events: list[EventDraft], exclude: set[str] = frozenset()) -> list[ParticipationDraft]:
    """Who took part in which event, with the verb phrase that says so."""
    if not events:
        return []
    found: list[ParticipationDraft] = []
    ordered = sorted(persons, key=lambda p: p.start)
    for person in ordered:
        if (person.name in exclude and not _holds_a_post(text, person) or _in_quotes(text, person.start)
                or _PRESS.search(text, 0, person.start) or _NAMED_AFTER.match(text, person.end)):
            continue  # (a reporter takes part where a post of theirs is named: 会议由工会副主席X主持, X the 通讯员)
        listed = _listed_after_role(text, person, ordered)
        company = _in_company_phrase(text, person, ordered)
        heads = _HEADS_PARTY.match(text, person.end) if text.endswith("以", 0, _lead(person)) else None
        reported = _HEARD.search(text, max(0, person.start - 40), person.start) and _REPORT_OF.match(text, person.end)
        if reported:
            predicate = "汇报"  # 听取了…主席李建军和…田海泉的工作汇报: they reported to the visitor
        elif listed:
            predicate = listed
        elif company:
            predicate = company
        elif heads:
            predicate = heads.group(1)  # 会见了以澳门工联总会副会长梁伟峰为团长的交流营一行: who leads the party
        else:
            if _clause_lead(text, person, ordered) is None:
                continue
            start = _predicate_start(text, person, ordered)
            predicate = _clause(text, start)
            if _ADVERBIAL.fullmatch(predicate):  # X在Y的陪同下，看望…: what X did is in the next clause
                start = text.find(predicate, start) + len(predicate) + 1
                predicate = _clause(text, start) if text[start - 1:start] == "，" else predicate
            if (not predicate or _NOT_ACTION.match(predicate) or _CAREER.search(predicate) or _made(predicate)
                    or _SPEECH_GIVEN.fullmatch(predicate)):
                continue
        s_start, s_end = next(((s, e) for s, e in sentences if s <= person.start < e), (person.start, person.end))
        if _BACKGROUND.match(text, s_start) and all(e.start != s_start for e in events):
            continue  # 据悉，…李灿培、…朱俊源荣获今年“全国五一劳动奖章”: what they did elsewhere, told after the event
        event = _event_for(events, s_start, text)
        if event is None:
            continue
        role_label, role = _role(predicate)
        found.append(ParticipationDraft(person, event, role_label, role, s_start, s_end))
    return found


def _holds_a_post(text: str, person: PersonMention) -> bool:
    """Whether a mention names a post of the person's other than the press's (工会副主席X, not 记者X), and not as the
    object of a preposition (…负责人向镇总工会主席X介绍: X is told)."""
    return (any(not title.endswith(_PRESS_POSTS) for title, *_ in person.titles)
            and text[_lead(person) - 1:_lead(person)] not in _PREPOSITIONS)


_PREPOSITIONS = ("向", "为", "对", "给", "把", "被", "让", "跟", "同")
_PRESS_POSTS = ("记者", "通讯员", "实习生", "摄影", "摄像", "编辑", "特约记者")


def _made(predicate: str) -> bool:
    """Whether a predicate says only what post a person was made (选举…吴茜同志|为市总工会常务副主席): no part taken in
    the event (one who 当选 does take part)."""
    return bool(_APPOINTED.match(predicate) and lexicons.post_ending(predicate)
                or _HONOURED.fullmatch(predicate)) and _role(predicate)[1] == "other"


_APPOINTED = re.compile(r"为[^，。；]{0,20}$")
# What a list of people was named (命名…、唐进亮20名同志|为第二届“晋城工匠”提名人物): an honour, no part taken.
_HONOURED = re.compile(r"(?:[\d一二三四五六七八九十百]+[名位](?:同志|人)?)?为[^，。；]{0,24}?"
                       r"(?:人物|个人|称号|标兵|模范|能手|工匠|人选|候选人|先进工作者|”)")


# A studio, team or hall named after a person (参观了…植思华劳模工作室, 赵梦桃小组, 胡早娣劳模展示馆), or one who has died (胡早娣生前…):
# the person's name, not the person there.
_NAMED_AFTER = re.compile(r"(?:劳模|劳模创新|技能大师|大师|职工创新|创新|名师|名匠|工匠|技术|技师)?(?:工作室|创新室|班组|小组)"
                          r"|(?:劳模|英雄|先进)?(?:事迹)?(?:展示馆|纪念馆|陈列馆|展览馆|事迹馆|故居)|生前")
# A reporter named where no byline was found (作者：记者王达13日，我市举办…): who wrote, not who took part.
_PRESS = re.compile(r"(?:记者|通讯员|实习生)[\s:：]*$")


def _listed_after_role(text: str, person: PersonMention, ordered: list[PersonMention]) -> str | None:
    """The role word of `出席会议的领导有：` when the person is listed after it (directly or in a list)."""
    start = _lead(person)
    before = text[max(0, start - 30):start]
    if before.endswith("、"):
        previous = [p for p in ordered if p.end <= start - 1]
        if previous:
            return _listed_after_role(text, previous[-1], ordered)
        return None
    if before.endswith(("，", "和", "及")) and person.titles:  # …常务副主席陈立新，市政协副主席周德华: titled names in a list
        previous = [p for p in ordered if p.end <= start - 1 and text[p.end:start - 1] in ("", "同志")]  # 韦昌忠同志，
        return _listed_after_role(text, previous[-1], ordered) if previous else None
    match = _LISTED_AFTER.search(before)
    if not match:
        return None
    return next((w for w in lexicons.role_triggers() if w in match.group(0)), None)


# A clause that only says with whom or when (在市委副书记X的陪同下, 在“六一”儿童节前夕): the deed is in the next one.
_ADVERBIAL = re.compile(r"在[^，。；]{2,60}?(?:陪同|带领|率领|陪伴)下|在[^，。；]{2,20}?(?:前夕|之际|期间)")
_HEARD = re.compile(r"听取了?[^，。；：]{0,40}$")  # a visitor heard what the people named next reported
_REPORT_OF = re.compile(r"[^，。；]{0,40}?汇报")  # …李建军和…田海泉的工作汇报, 孙在旗副主席有关…的汇报
_HEADS_PARTY = re.compile(r"(?:同志|女士|先生)?(为(?:团长|组长|队长|领队|首))的")  # 以X为团长的…一行: X leads the party
# (在…总工程师张崇波及管委会工会负责人的陪同下: the list may end with a body's officials, unnamed)
_COMPANY_AFTER = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}?|[及和与][\u4e00-\u9fff]{0,12}?(?:负责人|负责同志|领导|工作人员))?"
                            r"(?:同志)?的?(陪同|带领|率领)下")


def _in_company_phrase(text: str, person: PersonMention, ordered: list[PersonMention]) -> str | None:
    """陪同 (or 带领) for a person named in 在…陪同下: 在市委副书记黄晓燕（等）的陪同下，慰问团走访了…"""
    end = person.end
    while True:  # 在张三、李四陪同下: the phrase closes after the last name of the list
        nxt = next((p for p in ordered if p.start > end and text[end:_lead(p)] in _COMPANY_LIST), None)
        if nxt is None:
            break
        end = nxt.end
    match = _COMPANY_AFTER.match(text, end)
    if not match:
        return None
    first = person  # 在州委副书记李明，州总工会主席商雁鸿的陪同下: the phrase opens before the list's first name
    while True:
        opening = _lead(first)
        prev = next((p for p in reversed(ordered) if p.end <= opening and text[p.end:opening] in _COMPANY_LIST), None)
        if prev is None:
            break
        first = prev
    clause = text[_clause_start(text, _lead(first)):_lead(first)]
    return match.group(1) if "在" in clause else None


_COMPANY_LIST = ("、", "和", "及", "，")  # what stands between the names of officials who keep someone company


def _in_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a quotation: the last quotation mark before it opens one. (A quotation a page
    left open, “…暨“…”, ends where the next one opens, not at the end of the article.)"""
    return text.rfind("“", 0, pos) > text.rfind("”", 0, pos)


def _clause_lead(text: str, person: PersonMention, ordered: list[PersonMention]) -> bool | None:
    """Whether the person (with their titles) opens a clause, directly or as an item of a list of names."""
    start = _lead(person)
    before = text[:start].rstrip(" \u3000")  # a paragraph's first words open a clause (示范竞赛 授旗授牌 / 副主席X…)
    own = re.search(r"[我本该](?=[省市县区]?$)", before)
    if own and _OWN_BODY.match(text, own.end()):  # 我市|总工会党组书记、主席季洪良陪同考察: the paper's own city's
        before = before[:own.start()]  # body, then the titles (not 我市|张世丽…荣获: the city's honoured people)
    if not before or before[-1] in "，。；：！？\n”":
        return True
    before = before.rstrip()
    if before.endswith(tuple(w for w in lexicons.not_titles() if len(w) > 1)):
        word = next(w for w in lexicons.not_titles() if len(w) > 1 and before.endswith(w))
        head = len(before) - len(word)
        head -= 1 if head > 0 and text[head - 1] in "省市县区州旗盟镇乡院校厂局所" else 0
        joined = [p for p in ordered if p.end == head - 1 and text[head - 1:head] in ("及", "和", "与")
                  or word == "以及" and _end_with_post(p) == head]  # …董辉|以及…王伟
        if joined:  # 岳晓波及旗领导王世勇、潘志辉…, 宋斌及院领导潘有棣、李斌陪同: the list goes on after the collective word
            return _clause_lead(text, joined[-1], ordered)
        if _clause_lead_text(text, len(before) - len(word)):
            return True  # (else, as for any words before a name: 区保安公司外来务工|人员贾树庆, in a list of names)
    if before[-1] in "、和与及":  # 王建国、李红梅 / 王建国和市文联主席李红梅: as the list's first name
        previous = [p for p in ordered if p.end <= len(before) - 1]
        gap = text[_end_with_post(previous[-1]):len(before)].strip() if previous else ""
        if previous and (gap == before[-1] or _NAME_TAIL.fullmatch(gap[:-1])):  # 王鸿举等市领导和…刘文
            return _clause_lead(text, previous[-1], ordered)
        if before[-1] == "、" and (not previous or previous[-1].end <= _piece_start(text, len(before) - 1)):
            return _clause_lead_text(text, len(before) - 1)  # 工作室”领衔人、全国劳动模范周建雄: a title first
    listed = next((p for p in reversed(ordered) if p.end < start and text.startswith("、", _end_with_post(p))
                   and _who_is(text, _end_with_post(p) + 1, start)), None)
    if listed is not None:  # 游家富、李昭平、中评委洪义翔等参加会议: a list's name after words no post list knows
        return _clause_lead(text, listed, ordered)
    if re.search(r"(?:随后|然后|同时|会上|会后|仪式上|期间|由|邀请了?|特邀|随着|最终|最后)$", before):
        return True
    if before.endswith("宣布") and text.startswith("当选", _predicate_start(text, person, ordered)):
        return True  # 大会宣布县人大常委会副主任束平当选为县总工会主席: the one elected, announced
    invited = _INVITED.search(before)
    if invited and _who_is(text, invited.end(), start):
        return True  # 邀请第六届…竞赛特等奖获得者杨晶、…等4位老师分别开展…巡讲: who is invited, then the names
    if _NEWLY.search(before) or _NEWLY_OF.fullmatch(text, _piece_start(text, start), start):
        return True  # 新当选的巢湖市总工会第八届委员会主席彭立兰作了发言, 新当选的…领导班子成员秦俊、…: the new holders
    if before.endswith(("带领", "率领")) and "一行" in text[person.end:_predicate_start(text, person, ordered)]:
        return True  # 卢秀萍带领区工会常务副主席薛钧丹、副调研员林建国、甘云等一行，来到…: those led go too
    piece = _piece_start(text, start)
    body = text[piece:start]
    if 4 <= len(body) <= 16 and body.endswith(_body_endings()) and not re.search(r"[的了在对向为把]", body):
        return True  # 省人大内务司法委员会李小平、郭光文，…等陪同调研: the body the names are of, then the names
    if (piece > 0 and text[piece - 1] == "，" and any(_end_with_post(p) == piece - 1 for p in ordered)
            and _who_is(text, piece, start)):
        return True  # …王吉飞，口孜东矿矿长刘正茂，…出席: in a list of names, who the person is in words no post list knows
    joined = _AFTER_A_CROWD.search(text, piece, start)
    if joined and _who_is(text, piece, joined.start()) and _CROWD_WORD.search(text, piece, joined.start()):
        return True  # 领导班子全体成员和38名区工会委员以及驻在部门纪检组长刘子杨参加会议: a crowd, then the name
    if _NUMBERED_TITLE_OPENING.fullmatch(text, piece, start):
        return True  # 全国五一|奖章获得者、…职工李荣清: the title's first words, which its numeral cut off
    if _FROM_WHERE.fullmatch(text, piece, start):
        return True  # 会上，来自我市企事业单位的刘某、王某等9名劳模代表…交流: where the list comes from, then the list
    if _DEED_BEFORE.fullmatch(text, piece, start) and not _SPEECH.match(text[person.end:person.end + 2]):
        return True  # 当晚，赴兰受表彰的我市省级劳动模范X、Y载誉归来: what they did, then who they are (not what they say)
    if (start - piece >= 4 and _who_is(text, piece, start) and not _NOT_WHO.search(text, piece, start)
            and not _SPEECH.match(text[person.end:person.end + 2])):
        return True  # 市劳动模范和先进工作者代表黄华海宣读…, 沈阳京剧院国家一级演员常东表演…: who the person is, in words
    return None


_OWN_BODY = re.compile(r"[省市县区](?:总工会|委|工委|纪委|人大|政协|人民政府|政府)")
_FROM_WHERE = re.compile(r"来自[^，。；：、]{1,30}的")
# Not words that say who someone is: a signature's brackets and spaces, a visit (先到国家劳模|关乐胜家中慰问)
_NOT_WHO = re.compile(r"[（()）\s到去来访望问给]")
_INVITED = re.compile(r"(?:邀请|特邀|邀)了?(?=[^，。；：！？]{2,30}$)")
# A deed that says who the names are, opening their clause (受表彰的, 参加培训的), with the place they are of: no
# preposition, whose object the names would be (为受表彰的劳模X颁奖), nor a copula (他们是…的X).
_DEED_BEFORE = re.compile(r"[^，。；：、“”为向对给把被让与和跟同是]{1,12}的(?:我市|本市|我县|本县|我区|本区|全市|全县|全区)?")
# …who have just been elected to a body, then their collective word (新当选的市总工会第四届领导班子成员|秦俊、张强…)
_NEWLY_OF = re.compile(r"(?:新当选的|当选的|新任的?)[^，。；、的了在对向为把]{0,24}")
_NEWLY = re.compile(r"(?:^|[，。；：！？\n”])(?:新当选的|当选的|新任)$")  # who has just taken the post named next
_NUMBERED_TITLE_OPENING = re.compile(r"[\u4e00-\u9fff]{0,6}?[一二三四五六七八九十\d]+")  # 全国五一: words, then a number


@lru_cache(maxsize=1)
def _body_endings() -> tuple[str, ...]:
    """Endings of organisation names of two characters or more (委员会, 工会, 公司), none a verb (组织) or part of
    one (领会: 会)."""
    return tuple(s for s in lexicons.org_suffixes() if len(s) >= 2 and s != "组织")


_CROWD_WORD = re.compile(r"(?:成员|委员|代表|职工|干部|人员|劳模|群众)$")  # who a crowd before a name is
_AFTER_A_CROWD = re.compile(r"以及[^，。；、的了对向为把]{0,6}$")  # …委员以及(驻在部门): the crowd's end, then the name


def _clause_lead_text(text: str, pos: int) -> bool | None:
    """A collective word (领导) opens the clause, possibly after an organisation name."""
    segment = _OPENING_DATE.sub("", text[_piece_start(text, pos):pos])  # 5月11日杭州市拱墅区总工会|领导潘子龙带队…
    return True if len(segment) <= 12 and not re.search(r"[的了在对向为把]", segment) else None


_OPENING_DATE = re.compile(r"^\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?")


def _piece_start(text: str, pos: int) -> int:
    """Where the piece of a clause that ends at `pos` starts: after a mark or a closing quote."""
    while pos > 0 and text[pos - 1] not in "，。；：！？\n”":
        pos -= 1
    return pos


# (…常务副主席李登来，日照市总工会领导李国栋、王雪燕参加活动: a body's leaders)
_COLLECTIVE = re.compile(r"(?:[\u4e00-\u9fff]{2,12}?(?:总工会|工会|党委|政府|公司|集团))?(?:[省市县区州镇乡旗盟]|各级|有关)?"
                         r"领导(?:班子(?:成员)?|同志)?|[\u4e00-\u9fff]{1,10}?[省市县区]有关负责(?:人|同志)")


def _predicate_start(text: str, person: PersonMention, ordered: list[PersonMention]) -> int:
    """Where the verb phrase starts: after the person, the rest of a list of names, 等 and 一行."""
    pos = _end_with_post(person)
    while True:
        note = NOTE_AFTER_POST.match(text, pos)
        if note and (text[note.end():note.end() + 1] != "、" or any(p.start == note.end() + 1 for p in ordered)):
            pos = note.end()  # 钱倩（挂职）、陈帮强（兼职）当选为副主席: what each holds the post as, after the name
        nxt = next((p for p in ordered if p.start == pos + 1), None)
        if text[pos:pos + 1] == "、" and nxt is not None:
            pos = _end_with_post(nxt)  # 金戈校长、陈孟笛副校长: each name with the post written after it
            continue
        # 县委常委刘明远，县总工会主席郭红出席开幕式: officials listed with commas share the verb; so do officials of
        # several bodies, each body's after a semicolon (…副主席李海玉；延吉市委常委、宣传部长王韬；…出席此次活动)
        # (…副主席陈江泓、蔡德才、董辉以及党组成员、副调研员王伟、谢明春等领导参加活动: 以及 joins them too)
        gap = 3 if text.startswith("，以及", pos) else 2 if text.startswith("以及", pos) else 1
        titled = next((p for p in ordered if p.titles and p.start > pos and (
            p.titles[0][1] == pos + gap or _NUMBERED_TITLE_OPENING.fullmatch(text, pos + gap, p.titles[0][1]))), None)
        if (gap > 1 or text[pos:pos + 1] in ("，", "、", "和", "与", "及", "；")) and titled is not None:
            pos = _end_with_post(titled)
            continue
        # …省总工会副主席罗世文，市领导马琦、宋全科出席: a list of officials goes on after a collective word
        collective = _COLLECTIVE.match(text, pos + 1) if text[pos:pos + 1] in ("，", "及", "和") else None
        led = next((p for p in ordered if collective and p.start == collective.end()), None)
        if led is not None:
            pos = led.end
            continue
        if collective and text.startswith(("等", "一行"), collective.end()):
            pos = collective.end()  # …常务副主席严凯，坪坝营公司领导班子等陪同调研: the list ends with a body's leaders
            continue
        if collective and text.startswith(("为", "向"), collective.end()):
            pos = collective.end()  # …主席马翔，龙湖区有关负责人为…送上慰问礼包: the list's verb after its collective end
            break
        # …二级调研员吴燕，市总工会劳动和经济工作部负责人李智勇，…副矿长、工会副主席（主持工作）吴大斌出席: a name after
        # words that only say who the person is (no post the lists know, a role, a note in brackets); so too after a
        # list's 、 (游家富、李昭平、中评委洪义翔等参加会议)
        named = next((p for p in ordered if p.start > pos), None) if text[pos:pos + 1] in ("，", "、") else None
        if named is not None and _who_is(text, pos + 1, named.start):
            pos = _end_with_post(named)
            continue
        tail = _NAME_TAIL.match(text, pos)
        if tail:
            pos = tail.end()
            if tail.group().endswith(("一行", "等")) and text.startswith("，", pos):
                pos += 1  # 刘新民，…桑金科一行，走访慰问…, 杨光、…冯振明等，以…讲述: the group's verb after its comma
            continue
        # …黄明瑄，石狮市有关部门负责人，市各级劳动模范…代表，一线职工代表等参加大会: groups of people after the names, in
        # words with no verb, then the verb they all share
        groups = _GROUPS.match(text, pos)
        if groups and _no_verb(groups.group(1)):
            pos = groups.end()
            continue
        crowd = _CROWD.match(text, pos)
        if crowd and not any(pos < p.start < crowd.end() for p in ordered):
            pos = crowd.end()  # …副主席翟政，以及近年来…选树表彰的…劳动模范，…职工代表等参加活动: the crowd after the names
            continue
        break
    if text.startswith("，", pos) and _LEADING_VERB.match(text, pos + 1):
        pos += 1  # 主席宋传娥，副主席李爱国，副调研员房田力，组织…赴潍坊参观学习: the list's verb after its comma
    topic = _TOPIC.match(text, pos)
    if topic:
        pos = topic.end()  # 焊工张腾蛟，以《我和职工书屋的故事》为题，讲述了…: the talk's title, then what the speaker did
    return pos


# What a speech draws on or is about, in a clause of its own before what the speaker did (…张腾蛟，以《…》为题，讲述了…;
# …董艳艳，结合自身工作经历，生动讲述了…)
_TOPIC = re.compile(r"，?(?:以[《“][^》”]{1,40}[》”]为题|结合(?:各自|自身|自己)[^，。；、]{1,20})[，,]")


# The people who came with the officials listed, however described, up to 等 and what they all did (…，以及近年来郑州市
# 选树表彰的全国、省、市劳动模范，…职工代表等参加活动; …，市属企业的困难职工…、部分抗疫人员等100余名人员参加活动).
_CROWD = re.compile(r"[，、](?:以及)?[^。；！？]{2,80}?(?:职工|代表|人员|劳模|模范|工匠|群众|干部)(?:[^。；！？，]{0,6}?)等"
                    r"(?:[\d一二三四五六七八九十百余多]+[名位个]?[\u4e00-\u9fff]{0,4}?)?(?=参加|出席|参会|观看|到场)")


# What may stand between a list's comma and the next name: who the person is, without a verb's marks.
_WHO_IS = re.compile(r"(?![和与及])[^，。；：！？“”的了在对向为把将被从]{2,45}")
_NOTE = re.compile(r"[（(][^）)]{1,10}[）)]")


def _who_is(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only says who the person named next is (口孜东矿矿长, 市总工会劳动和经济工作部负责人,
    副矿长、工会副主席（主持工作）): no verb's mark and no verb (看望慰问困难职工 is what someone did)."""
    if not _WHO_IS.fullmatch(text, start, end):
        return False
    return _no_verb(_NOTE.sub("", text[start:end]))


def _no_verb(words: str) -> bool:
    """Whether words hold no verb of the dictionary but those that say who someone is (`_WHO_VERBS`) and those
    a noun of people follows (参建|者代表, 宣传推广|大使: who they are)."""
    cut = segmenter.cut(words)
    return not any(segmenter.part_of_speech(w) == "v" and w not in _WHO_VERBS
                   and not (i + 1 < len(cut) and cut[i + 1].startswith(_PEOPLE_NOUNS)) for i, w in enumerate(cut))


# Verbs of the dictionary that say who someone is, not what they do (总工会相关负责人, 分管副县长, 挂职副主席,
# 受助困难职工, 获奖职工, 退休职工).
_WHO_VERBS = frozenset({"相关", "有关", "分管", "主管", "挂职", "兼职", "受助", "获奖", "受邀", "退休", "在职", "下岗",
                        "结对", "派驻"})
_PEOPLE_NOUNS = ("者", "员", "人员", "代表", "大使")


def _lead(person: PersonMention) -> int:
    """Where a person's mention starts, with the titles written before the name."""
    return min(person.start, person.titles[0][1]) if person.titles else person.start


def _end_with_post(person: PersonMention) -> int:
    """Where a person's mention ends, with the post written after the name (习近平总书记, 金戈校长)."""
    if person.titles and person.titles[-1][1] >= person.end:
        return person.titles[-1][2]
    return person.end


_GROUPS = re.compile(r"[，、]((?:[^，。；：！？“”的了在对向为把将被从]{2,45}?，){0,5}[^，。；：！？“”的了在对向为把将被从]{2,80}?)"
                     r"(?:等|(?:共|约|共约)?[\d一二三四五六七八九十百千]+余?[名位]?人)?(?=(?:应邀|受邀)?(?:出席|参加|参会|陪同|到场))")
# Verbs that open what a list of officials did, after the comma that closes the list.
_LEADING_VERB = re.compile(r"(?:组织(?!委|部(?!分))|带领|率领|率队|带队|深入|来到|前往|赴|先后|一同|共同|分别"
                           r"|结合(?:各自|自身|自己)|围绕"  # …张毅，结合各自工作和成长经历作了发言
                           # …熊伟等领导，到天中劳模之家公益协会慰问看望劳模代表: where they went, then what they did
                           r"|到(?=[^，。；]{2,30}?(?:慰问|看望|调研|走访|视察|考察|参观|指导|检查)))")


def _clause(text: str, start: int) -> str:
    """The text from ``start`` to the end of its clause; a mark inside a title in 《》 ends none."""
    for end in _CLAUSE_END.finditer(text, start):
        piece = text[start:end.start()]
        if piece.count("《") <= piece.count("》"):
            return piece.strip()
    return text[start:].strip()


def _event_for(events: list[EventDraft], sentence_start: int, text: str = "") -> int | None:
    """The event of the sentence, else the last event reported earlier in its paragraph or in the second report it
    belongs to (dated to the day, or vaguely: 日前), else the article's main event (its first dated to the day)."""
    for i, event in enumerate(events):
        if event.start == sentence_start:
            return i
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    item = max(text.rfind("又讯", 0, sentence_start), text.rfind("另讯", 0, sentence_start))
    if item >= 0:  # 又讯（记者…）1月29日，…: a second report in the article, whose people take part in its events
        paragraph = min(paragraph, item)
    earlier = [i for i, e in enumerate(events) if paragraph <= e.start < sentence_start
               and (e.date is None or e.date.precision == "day")]
    if earlier:
        return earlier[-1]
    return next((i for i, e in enumerate(events) if e.date and e.date.precision == "day"), 0)


_OBJECT_NOUN = re.compile(r"仪式|典礼|大会|会议|活动|式")


def _role(predicate: str) -> tuple[str, str]:
    """The role as written and its concept.

    With role words in the predicate the label is those words joined as the text joins them
    (`出席开班仪式并讲话` → 出席并讲话, `作总结讲话` → 作总结讲话, `为…职工送行` → 送行); without, the predicate
    itself, shortened.
    """
    words: list[tuple[int, str, str]] = []
    for word, concept in lexicons.role_triggers().items():
        if word not in predicate:
            continue
        for match in re.finditer(re.escape(word), predicate):
            if match.start() > 0 and _OBJECT_NOUN.match(predicate, match.end()):
                continue  # 出席了大赛启动仪式: 启动 names the ceremony attended, nobody starts anything
            if predicate.startswith("员", match.end()):
                continue  # 带领…副调研员林建国…来到: 调研员 is a post, nobody surveys anything
            if word.startswith("参") and predicate.startswith(_PEOPLE_NOUNS, match.end()):
                continue  # 为参会代表上了一堂党课: who the lesson was for, not what the person did
            if not any(s <= match.start() < s + len(w) for s, w, _ in words):
                words.append((match.start(), word, concept))
    words.sort()
    if not words:
        label = predicate if len(predicate) <= 20 else predicate[:20]
        return label, "speak" if _SPEECH.match(predicate) else "other"
    label, end, seen = "", None, set()
    for start, word, _ in words:
        if word in seen:
            continue
        label += ("" if start == end or not label else "并") + word  # 作总结讲话 stays one phrase
        end, seen = start + len(word), seen | {word}
    return label, words[0][2]


def event_key(date: EventDate | None, label: str) -> str:
    """A stable key of an event: its date and a short hash of its label."""
    digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]
    return f"{date.value if date else 'undated'}-{digest}"
