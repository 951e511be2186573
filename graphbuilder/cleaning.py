"""Cleaning a page as PDF text extraction leaves it: lines, paragraphs, hard wraps.

A blank line ends a block; inside a block, a line break is a hard wrap and joins with no space (a space
only between two Latin letters). A line that opens a new article, a photo credit or a caption starts a
block of its own even without a blank line before it, and so does a byline printed in the middle of a
line right after a headline (`headline 本报讯（记者…）…`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .records import Paragraph

# A byline with its brackets, the form that may follow a headline on the same line.
_BRACKET_BYLINE = re.compile(r"(?:本报|本刊|新华社)[^\s，。；！？“”《》]{0,12}?[讯电]\s*[（(](?:记者|通讯员|特约|见习|实习|本报)")
# Roles and names written after 本报讯 without brackets: 本报讯 记者郑晓燕 通讯员韩磊 4月27日…
_BARE_ROLE = r"(?:本报)?(?:特约|见习|实习|首席|摄影)?(?:记者|通讯员)|实习生"
_BARE_NAME = rf"(?:[\u4e00-\u9fff]{{1,8}}(?:·[\u4e00-\u9fff]{{1,8}})+|[\u4e00-\u9fff]{{2,6}}?)(?=[\s、]|{_BARE_ROLE}|(?:摄影)?报道|\d|$)"
_MEDIA = (r"[\u4e00-\u9fff][\u4e00-\u9fff·]{0,9}?(?:日报|晚报|早报|商报|时报|工人报|新闻网|网|新闻|在线|客户端|电视台|融媒体中心|"
          r"传媒中心|融媒|视频|报)(?:全媒体|融媒体)?")  # 郑报全媒体记者, 甘州融媒讯, 佛山市新闻传媒中心记者, 大河报·豫视频记者
MEDIA_NAME = re.compile(_MEDIA)  # a paper, site, station or media centre by its name (郑报, 甘州融媒)
_BARE_BYLINE = rf"(?:\s*(?:{_MEDIA})?(?:{_BARE_ROLE})\s*{_BARE_NAME}(?:[、\s]+{_BARE_NAME})*)+"
# What opens a news article: 本报讯, 本报北京9月9日电, 新华社郑州9月9日电, then an optional (记者 …) or
# 记者 … without brackets.
BYLINE_OPEN = re.compile(
    # 滨州日报/滨州网无棣讯: a paper and its site, named together
    rf"(?:(?:本报|本刊|新华社|中新社|人民网|新华网|央视网|中新网|(?:{_MEDIA}[/／])?[\u4e00-\u9fff]{{2,6}}(?:新闻网|网)[\u4e00-\u9fff]{{0,6}}?"
    r"(?:[（(][\u4e00-\u9fff]{2,10}[）)])?(?=讯))"  # 荆楚网（湖北日报网）讯
    r"[^\s，。；！？“”《》]{0,12}?[讯电](?!员)"  # not 本报通讯|员…
    # a paper, site or station by its name, at a paragraph's start, and its dateline: 西江日报讯, 红网时刻新闻4月22日讯
    rf"|^(?:[\u4e00-\u9fff]{{2,8}}网[-—－])?{_MEDIA}(?:[\u4e00-\u9fff]{{0,4}}\d{{1,2}}月\d{{1,2}}日)?讯(?!员)"  # 东南网-福建日报2月3日讯
    rf"|^【{_MEDIA}(?:报道|讯|消息)(?:[-—－\s][^】]{{0,30}})?】"  # 【金陵晚报报道】, 【本报消息】, 【鹤壁新闻网讯-…记者 X】
    r"|^[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日(?=\s*[（(][^（）()]{0,12}(?:记者|通讯员))"  # 长沙11月1日（时刻新闻记者 X）
    # 长城网张家口4月28日（李宏 李馨）: a site's dateline, its reporters in brackets with no role
    r"|^[\u4e00-\u9fff]{1,6}网[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?=\s*[（(][\u4e00-\u9fff\s]{2,12}[）)])"
    # 来宾讯（通讯员 覃某 林某）: a city's dateline, its writers in brackets with their roles
    r"|^[\u4e00-\u9fff]{2,4}讯(?=\s*[（(](?:本报)?(?:特约|见习|实习)?(?:记者|通讯员)))"
    r"(?:\s*据[\u4e00-\u9fff]{2,12}报道)?"  # 中国甘肃网4月30日讯 据陇南日报报道（记者…）
    rf"\s*(?:[（(][^（）()]{{1,60}}[）)]|{_BARE_BYLINE}|[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}})*\s*报道)?"
    r"|^[（(](?:本报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|工人报|报|电视台|网))?(?:特约|见习|实习)?(?:记者|通讯员)"
    r"[^（）()]{1,60}[）)]"  # （记者 牛建军）, （湖南工人报记者 邓洁 通讯员 彭小龙）
    r"|^(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}?(?:\s+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4}){0,3}"
    r"(?:\s*(?:摄影报道|报道))?(?=\s+(?:\d{1,2}\s*月\s*\d|\d{1,2}日|近日|日前|连日来|今年以来))"  # 通讯员 郭霞 1月18日，…
    # （覃新强 通讯员 石卉）: names with no role, then a role and its names
    r"|^[（(](?:[\u4e00-\u9fff]{2,4}[\s、]+){1,3}(?:特约|见习|实习)?(?:记者|通讯员)\s*[\u4e00-\u9fff][^（）()。，]{1,40}[）)]"
    r"|^[（(][\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|工人报|报|网)[）)]\s*[（(](?:本报)?(?:特约|见习|实习)?(?:记者|通讯员)"
    r"[^（）()]{1,60}[）)]"  # （长江日报）（记者 车莉 通讯员 周勤）: the paper, then its reporters
    r"|^[\u4e00-\u9fff]{2,10}报道\s*[:：]?\s*[（(][\u4e00-\u9fff]{0,5}?(?:记者|通讯员)[^（）()]{1,60}[）)]"  # 云上通山报道：（记者 孟军）
    # 山西工人报全媒体记者柴孟婷报道：…, a paper's reporter who signs the report where its first line opens
    rf"|^(?:{_MEDIA})?(?:{_BARE_ROLE})\s*[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}})*?\s*报道\s*[:：]"
)


def may_open_byline(text: str) -> bool:
    """Whether ``text`` has what every match of `BYLINE_OPEN` has (讯, 电, 【, 记者 or 报道; 通讯员 has 讯; or a site's
    日（: 长城网张家口4月28日（李宏 李馨）): most lines have none, and looking for them is far cheaper than trying
    the pattern."""
    return ("讯" in text or "电" in text or "【" in text or "记者" in text or "报道" in text
            or "网" in text[:8] and ("日（" in text[:16] or "日(" in text[:16]))


def byline_open(text: str, pos: int = 0) -> re.Match[str] | None:
    """`BYLINE_OPEN` matched at ``pos`` of ``text``."""
    return BYLINE_OPEN.match(text, pos) if may_open_byline(text) else None


ROLE_WORDS = ("摄影记者", "特约记者", "见习记者", "实习记者", "首席记者", "本报记者", "全媒体记者", "融媒体记者", "记者",
              "特约通讯员", "通讯员", "实习生", "作者", "摄影", "摄")
BYLINE_VERBS = ("摄影报道", "整理", "报道", "采写", "撰稿", "撰文", "编辑", "编译", "综合", "文/图", "图/文", "文图")  # 本报记者 钟华 整理
_NAME_RUN = r"(?:[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,5})"
_ROLE = r"(?:(?:本报|本刊)?(?:全媒体|融媒体)?(?:摄影记者|特约记者|见习记者|实习记者|首席记者|记者|特约通讯员|通讯员|实习生)|作者)"
# A standalone byline: 本报记者 李新和 / 记者 王某 通讯员 李某 (not followed by 摄).
# the role may follow the paper's or site's name (闪电新闻记者 王良 报道), or a web page's 作者：文/摄 (作者：文/摄本报记者 X)
# or 报道： (报道：通讯员 X, at a report's foot)
STANDALONE_BYLINE = re.compile(
    rf"^[■●□◆\s]*(?:(?:作者|报道|采写|撰稿)\s*[:：]\s*(?:文\s*/\s*[摄图]|图\s*/\s*文)?\s*)?(?:{_MEDIA})?{_ROLE}\s*[:：]?\s*{_NAME_RUN}"
    rf"(?:[\s、]+(?:{_ROLE}\s*[:：]?\s*|(?:{_MEDIA})\s+|(?!{_ROLE})){_NAME_RUN}){{0,5}}?"  # not 通讯员王 / 媛媛: a name wrapped
    rf"(?:\s*(?:{'|'.join(BYLINE_VERBS)}))?\s*$"
)
# A web report's credit of who wrote it and who took its photos, each labelled: 文字：李霞、沙日娜 图片：詹琪儿, 文：菅政,
# 文/图：钱望舒 (the names alone: 图：职工们在比赛中 is a caption).
_WORK = r"(?:文字|图片|图文|文图|文\s*/\s*图|图\s*/\s*文|撰文|摄影|视频|文|图)"
_WORK_NAMES = rf"(?:{_ROLE}\s*)?{_NAME_RUN}(?:[\s、，,]+(?:{_ROLE}\s*)?{_NAME_RUN}){{0,4}}"
WORK_CREDIT = re.compile(rf"[（(]?\s*(?:{_WORK}\s*[:：]\s*{_WORK_NAMES}\s*)+[）)]?\s*")
# A photo credit: 本报记者 李新和 摄 / 李新和 摄 / 摄影 李新和.
PHOTO_CREDIT = re.compile(  # in brackets or not: 本报记者 李新和 摄, （记者 牛  犇 摄）, 摄影：张三
    rf"^[■●□◆\s]*[（(]?\s*(?:{_ROLE}\s*)?{_NAME_RUN}(?:[\s、]+(?:{_ROLE}\s*)?{_NAME_RUN}){{0,3}}\s*(?:摄|摄影|供图)\s*[）)]?\s*$"
    rf"|^[■●□◆\s]*[（(]?\s*{_NAME_RUN}\s+提供\s*[）)]?\s*$"  # 市总工会 提供: a photo given by a body
    rf"|^[■●□◆\s]*[（(]?\s*[\u4e00-\u9fff]{{6,15}}\s*供图\s*[）)]?\s*$"  # 洛阳市总工会供图: a body's full name
    rf"|^[■●□◆\s]*(?:摄影|图)\s*[:：/]?\s*(?:{_ROLE}\s*)?{_NAME_RUN}\s*$"
    r"|^[■●□◆\s]*[（(]?\s*(?:本报)?(?:资料图|资料图片|网络图片|图片来源于网络)\s*[）)]?\s*$"  # a file photo, no one's
)
# A web page's header line: 来源：漯河日报  发布时间：2022-03-08 09:12  浏览次数：1024.
# A paper's name on its masthead, alone or with the date (义乌商报, 成都日报 2024年4月28日, 安徽工人日报): the place
# before 日报/商报/… is the place the paper is of.
PAPER_NAME = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}?)(?:工人日报|工人报|日报|晚报|晨报|商报|时报|早报|今报|都市报)(?:社|原创)?"
                        r"\s*(?=$|\d{4}\s*年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版"
                        r"|(?:数字报纸?|电子版)\s*$)")  # 浙江工人日报 数字报纸
# A web page's credit of the paper it took a report from: 来源：仙游今报 | 作者：….
SOURCE_PAPER = re.compile(r"(?:来源|稿源)\s*[:：]\s*([\u4e00-\u9fff]{2,8}?)(?:工人日报|工人报|日报|晚报|晨报|商报|时报|早报|今报|都市报)"
                          r"(?![\u4e00-\u9fff])")
# A web page's header: a label anywhere in the line (来源：…, 浏览次数：…) but in brackets (…大礼包。（来源：郴州日报 通 /
# 讯员 X）: a report's source note, wrapped), a line that is all header (_WEB_LINE), or
# the path to the page (_SITE_PATH: 中国共产党新闻网>>中国工会新闻, 您的位置：首页 > 新闻中心, 甘肃> 今日甘肃> 正文).
_WEB_LABEL = re.compile(r"(?<![（(])(?:来源|稿源|本文转自|发布时间|发布日期|发表时间|发表日期|更新时间|浏览次数|浏览量|点击数|阅读数|文章字数|当前版|通版阅读请点击)\s*[:：]"
                        r"|版权所有|[Cc]opyright|ICP[证备]")  # its foot: © 版权所有 湖南日报报业集团
_WEB_LINE = re.compile(r"\s*原标题\s*[:：]|\s*[（(](?:来源|稿源)\s*[:：][^（）()]{1,30}[）)]\s*$"  # （来源：长春工会）
                       r"|\s*隶属\s*[:：][^。！？]{0,20}点击"  # 隶属:工会动态 点击:6222
                       r"|\s*(?:当前报纸名称|报纸名称|报刊|日期|出版日期|版面|版次)\s*[:：]|\s*标题导航\s*$"  # an e-paper's page header
                       r"|\s*(?:正文|版面导航|标题导航|(?:多媒体)?数字报纸?|展开通版|收缩通版)\s*$"
                       r"|\s*\d*\s*(?:上一篇|下一篇|上一版|下一版|本版新闻列表|返回目录|打印本页|关闭窗口)"  # its links
                       r"|\s*(?:https?://|www\.)[\w./%?=&#-]+(?:\s|$)"  # a page's address: http://www.sina.com.cn 2007年01月15日
                       r"|\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff]{0,8}\s*$"  # an e-paper's page: 01版:头版
                       # 第A02版:综合新闻, 第7620期：第03版 工运纵横
                       r"|\s*(?:第\s*\d+\s*期\s*[:：]?\s*)?第\s*[A-Z]?\d{1,3}\s*版\s*(?:[:：]|\s)\s*[\u4e00-\u9fff]{1,8}\s*$"
                       r"|\s*0\d\s*$|\s*头版\s*$"  # a page's number or name alone: 03, 头版
                       r"|[^。！？|｜]{0,30}(?:官方网站|首页)[^。！？|｜]{0,10}[|｜]"  # 陕西工人报官方网站 | 陕工网首页 …
                       r"|\s*返回\s*(?:目录|首页|(?:19|20)\d{2}\s*年[^。！？\n]{0,8})\s*$"  # 返回 2023年10月17日
                       r"|\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:星期[一二三四五六日天]?)?\s*$"  # a date alone
                       # 2010-01-08 09:32:20, alone or after the paper's name (闽南日报 2017-08-06 09:11)
                       r"|\s*(?:[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|商报|时报|今报|都市报|工人报)\s*)?"
                       r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                       r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:阅读|浏览|评论)?\s*$"  # 2026-02-07 05:00 阅读
                       r"|\s*\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"  # 29.01.2015 18:33
                       r"|\s*《[\u4e00-\u9fff]{2,10}报》\s*[（(][^）)]{4,30}[）)]\s*$")  # 《工人日报》（2016年01月11日 02版）


_SITE_PATH = re.compile(r"\s*(?:(?:您当前的位置|您现在的位置|您所在的位置|您的位置|当前位置|所在位置)\s*[:：]"
                        r"|[\u4e00-\u9fff]{0,4}(?:首\s*页|主页)\s*[>＞›»/／|｜]"
                        r"|[^。！？\n>＞›»]{1,12}(?:\s*[>＞›»]\s*[^。！？\n>＞›»]{1,12}){1,4}\s*[>＞›»]\s*(?:正文|详情|内容)\s*$|[^。！？\n]{2,30}(?:>>|»|＞＞)[^。！？\n]{2,30}$)")


_PATH_MARK = re.compile(r"[>＞›»/／|｜:：]")  # what every path has, looked for before the path itself
# The characters a line that is all header (_WEB_LINE) opens with, after its spaces; the rest name a page or a
# site anywhere in them (…官方网站 | …首页, 闽南日报 2017-08-06 09:11), a paper (报) and a date's digits
_WEB_LINE_OPENS = frozenset("原（(隶当报日出版标正多数展收上下本返打关第头《hwABCDEFGHIJKLMNOPQRSTUVWXYZ")
_HAS_DIGIT = re.compile(r"\d")


def _may_be_web_line(line: str) -> bool:
    """Whether `_WEB_LINE` may match a line: most lines of a report are ruled out without trying it."""
    first = line.lstrip()[:1]
    return (first in _WEB_LINE_OPENS or first.isdecimal() or "首页" in line or "官方网站" in line
            or "报" in line and bool(_HAS_DIGIT.search(line)))


def is_site_path(line: str) -> bool:
    """A web page's path to the page: 您的位置：首页 > 新闻中心, 主页 > 工会要闻 > 详情."""
    return bool(_SITE_PATH.match(line))


def is_web_header(line: str) -> bool:
    """A line of a web page's header: its source, date, counts, path or links (matched from the line's start,
    but for the labels, which may stand anywhere in it)."""
    labelled = ":" in line or "：" in line or "版权" in line or "opyright" in line or "ICP" in line
    return bool(labelled and _WEB_LABEL.search(line) or _may_be_web_line(line) and _WEB_LINE.match(line)
                or _PATH_MARK.search(line) and is_site_path(line))


# An item of news in brief, bulleted (●5月7日，…) or led by its headline in square brackets (【…】4月24日，…):
# it opens a paragraph even where the page printed no blank line before it.
BULLET_ITEM = re.compile(r"^\s*(?:[●▲◆★■□◇○△]|【[^】\n]{2,40}】)\s*\S")
CAPTION_OPEN = re.compile(r"^[■●□◆\s]*(?:左图|右图|上图|下图|中图|图为|图片|图[①-⑩0-9一二三四五六]|图\s*[:：])"
                          r"|^\s*[\u4e00-\u9fff]{0,6}(?:现场|会场)\s*$")  # 会议现场, 座谈会会场: a web page's photo, captioned
# A caption that says who stands where in the photo: 省总周海斌（左一）在车间考察.
_POSITION_CAPTION = re.compile(r"^[^。\n]{0,40}[（(](?:左|右|前排左|前排右|后排左|后排右|中)[一二三四五六七八九十]?[）)]"
                               r"[^。\n]{0,40}$")
TERMINAL = "。！？!?…；;"
_OPEN_ENDINGS = "于在至到从自和与及暨的为是"  # words a headline cannot end with: the line after goes on with it
_CLOSING = "”’」』）)》"


def iter_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line of `text` with the offset of its first character."""
    offset = 0
    for line in text.split("\n"):
        yield line, offset
        offset += len(line) + 1


_NAME_TAIL_CREDIT = re.compile(r"[\u4e00-\u9fff]{1,2}\s*(?:摄|摄影)")  # 政 摄: the end of a name, then 摄


_OPEN_SOURCE = re.compile(r"(?:信息来源|文章来源|来源|稿源)\s*[:：]\s*[\u4e00-\u9fff]{2,12}$")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blocks of text between blank lines, hard wraps joined, with their offsets in `text`."""
    from .lexicons import org_suffixes

    blocks: list[list[tuple[str, int]]] = [[]]
    signed = False  # the line before closed a report with a signature in brackets
    signed_headline = False  # the line before was a headline's first line, below such a signature
    after_blank = {0}  # the blocks that open after a blank line (or at the page's top)
    for line, offset in iter_lines(text):
        stripped = line.strip()
        if not stripped:
            blocks.append([])
            signed = signed_headline = False
            after_blank.add(len(blocks) - 1)
            continue
        lead = len(line) - len(line.lstrip())
        for piece, start in _split_line(stripped, offset + lead):
            if (signed_headline and not blocks[-1] and len(blocks[-2]) == 1
                    and looks_like_headline(blocks[-2][0][0] + piece)
                    and not any(mark in piece for mark in "，。；：！？、") and word_across(blocks[-2][0][0], piece)):
                blocks.pop()  # （通讯员 林卫东） / 江铃集团工会召开工会工作创新发展研 / 讨会: the headline wrapped
            signed_headline = False
            if (not blocks[-1] and len(blocks) > 1 and len(blocks[-2]) == 1 and _OPEN_SOURCE.search(blocks[-2][0][0])
                    and len(piece) <= 8 and piece.endswith(org_suffixes())):
                blocks.pop()  # 拟稿人：李敏 来源：平阴县 / 总工会: a web page's closing note, its source wrapped
                blocks[-1].append((piece, start))
                blocks.append([])
                signed = False
                continue
            if ((piece in ("摄", "摄影") or _NAME_TAIL_CREDIT.fullmatch(piece)) and not blocks[-1] and len(blocks) > 1
                    and len(blocks[-2]) == 1 and is_standalone_byline(blocks[-2][0][0])):
                blocks.pop()  # 本报记者 李新和 / 摄, 本报通讯员 孔国 / 政 摄: a credit wrapped after or inside the name
            signature = BRACKET_SIGNATURE.fullmatch(piece) and (not blocks[-1] or ends_sentence(blocks[-1][-1][0]))
            # a short caption with its credit, below a paragraph's end or a headline alone on its lines
            caption = _is_short_caption(piece) and (not blocks[-1] or closes_paragraph(blocks[-1][-1][0]) or len(
                blocks[-1]) == 1 and looks_like_headline(blocks[-1][0][0]) and not _wraps_on(blocks[-1][0][0]))
            # the page's first line (but for a web page's header lines: 第A02版：综合新闻), a headline, right above a
            # lede that opens with its date (…汇演举行 / 4月30日，…) or runs far longer than it (a web page's
            # paragraph, not a column's wrapped line)
            first = blocks[-1][0][0] if len(blocks[-1]) == 1 and len(blocks) <= 6 and all(
                not b or len(b) == 1 and is_web_header(b[0][0]) for b in blocks[:-1]) else ""
            lede = bool(first) and (_DATED_LEDE.match(piece) or len(piece) > max(50, 2 * len(first))) and (
                looks_like_headline(first) and first[-1] not in _OPEN_ENDINGS)
            # a headline on its lines after a blank one, right above a lede that opens with its date (… / 衡阳市总工会召开
            # 十九届六次 / 全体（扩大）会议 / 6月17日，衡阳市总工会召开…): the next report, its headline first
            # (or after a photo's credit line: …王锐 摄 / 颍东区召开劳动竞赛表扬大会 / 2022年11月30日上午，…)
            opened = len(blocks) - 1 in after_blank or len(blocks) > 1 and bool(blocks[-2]) and is_photo_credit(
                blocks[-2][-1][0])
            heads = _joined(blocks[-1]) if 1 <= len(blocks[-1]) <= 3 and opened else ""
            lede = lede or (bool(heads) and opens_dated(piece)
                            and looks_like_headline(heads) and heads[-1] not in _OPEN_ENDINGS)
            # the same on a page printed without blank lines: a headline on its lines right after a paragraph's last
            # sentence (…清廉过节。 / 新化县总工会召开全体干部职工大会 / 8月7日，省总工会…): a block of its own
            opens = opens_dated(piece) or bool(PURPOSE_LEDE.match(piece))
            run = _headline_run(blocks[-1]) if opens else 0
            if run and not lede:
                blocks[-1:] = [blocks[-1][:-run], blocks[-1][-run:]]
                lede = True
            # or with a blank line under the headline only (…“送清凉”活动。 / 省总工会调研组莅同调研 / 梁敬华带队 /
            # (blank) / 7月8日，…): the lines are the last report's headline, not the end of its last paragraph
            run = _headline_run(blocks[-2]) if opens and not blocks[-1] and len(blocks) >= 2 else 0
            if run and len(_joined(blocks[-2][:-run])) >= 40:  # a paragraph above them, not a kicker (全面吹响号角！)
                blocks[-2:-1] = [blocks[-2][:-run], blocks[-2][-run:]]
                after_blank.add(len(blocks) - 1)
            # the writer's name alone under it (…“夏送清凉”活动 / 张宁 / “夏日送清凉…”): a line of its own
            author = bool(first) and looks_like_headline(first) and lone_name(piece)
            # a report's dated first line right below a caption that says who stands where (…（右三）等一行考察调度室)
            below_caption = bool(blocks[-1]) and is_position_caption(blocks[-1][-1][0]) and opens_dated(piece)
            # a byline wrapped inside the paper's name (每日甘肃网12月9日讯 据嘉 / 峪关日报报道（记者X）): one line
            # or after the name of the paper it quotes (…讯 据嘉峪关 / 日报报道（记者X）): 据 waits for its 报道
            byline_goes_on = (len(blocks[-1]) == 1 and bool(byline_open(blocks[-1][0][0]))
                              and not closes_paragraph(blocks[-1][0][0])
                              and (word_across(blocks[-1][0][0], piece)
                                   or bool(_QUOTING_OPEN.search(blocks[-1][0][0]))))
            if blocks[-1] and not byline_goes_on and (_opens_block(piece, blocks[-1][-1][0])
                                                      or _starts_subheadline(piece, blocks[-1])
                               or signature or caption
                               or lede or below_caption or author):
                if byline_open(piece):
                    _detach_headline(blocks)
                blocks.append([])
            blocks[-1].append((piece, start))
            if (is_photo_credit(piece) or is_standalone_byline(piece) or is_whole_bracket_byline(piece) or signature
                    or author
                    or CAPTION_OPEN.match(piece) and (split_caption_credit(piece)[1]  # 图为…。 市总工会 提供
                                                      or piece.endswith(("现场", "会场")))  # 会议现场
                    or caption
                    or is_web_header(piece) or EDITOR_LINE.match(piece)
                    or len(blocks[-1]) == 2 and is_photo_credit(_joined(blocks[-1]))
                    or signed and looks_like_headline(piece)):  # （包工） / 2000余名职工健步走… / 8月10日，…
                signed_headline = signed and len(blocks[-1]) == 1 and looks_like_headline(piece)
                blocks.append([])  # a credit or a byline line is a block of its own; so is a headline below one
            signed = bool(signature) or is_whole_bracket_byline(piece)
    last = max(k for k, block in enumerate(blocks) if block or k == 0)
    run = _headline_run(blocks[last])  # …娘家人。（通讯 / 员 葛文利） / 省总工会调研组到青山湖区调研工会保 / 障工作
    if run:
        blocks[last:last + 1] = [blocks[last][:-run], blocks[last][-run:]]
    blocks = [part for block in blocks for part in _split_subheadline(block)]
    return [_paragraph(unsigned) for block in blocks if block for glued in _split_glued_byline(block)
            for part in _split_long_block(glued) for unsigned in _split_trailing_signature(part)]


_DATED_LEDE = re.compile(r"\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|昨天|昨日|昨晚|今天|今日|今晚|近日|日前)(?:上午|下午|晚上|晚)?[，,]")  # 昨天下午，…
# A lede that opens with what the event was for (为进一步推进…，为了更好地谋划…，): news writing's other first words.
PURPOSE_LEDE = re.compile(r"\s*为(?:了|进一步|深入|切实|全面|更好|推动|推进|加强|促进|丰富|庆祝|弘扬|营造|做好|落实|贯彻)")
_YEAR_DATED_LEDE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def opens_dated(text: str) -> bool:
    """Whether a line opens with the day a report's lede opens with (8月7日，…, 昨天下午，…, 2022年11月30日上午…)."""
    return bool(_DATED_LEDE.match(text) or _YEAR_DATED_LEDE.match(text))


def _headline_run(block: list[tuple[str, int]]) -> int:
    """How many of a block's last lines (one to three) read as a headline after a paragraph's last sentence:
    lines without a mark of a sentence or list, wrapped from one headline, after lines that close a paragraph."""
    for run in (1, 2, 3):
        if len(block) <= run or not closes_paragraph(_joined(block[max(0, len(block) - run - 3):-run])):
            continue  # the lines before it close a paragraph (a signature may wrap: …娘家人。（通讯 / 员 葛文利）)
        lines = [line for line, _ in block[-run:]]
        heads = "".join(lines)
        if (not any(mark in heads for mark in "，。；：！？、") and looks_like_headline(heads)
                and heads[-1] not in _OPEN_ENDINGS):
            return run
    return 0


def _split_subheadline(block: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A headline's lines with a sub-headline below them, apart: a headline wrapped over a line and a shorter one
    ends there, so a line after it as long as its first, or two characters short, opens the sub-headline
    (市总工会到梅江区开展夏季 / 送清凉慰问活动 / 基层工会组织要当好会员的“娘家人”)."""
    lines = [line for line, _ in block]
    if len(lines) < 3 or not all(looks_like_headline(line) for line in lines):
        return [block]
    for k in range(2, len(lines)):
        if (len(lines[k - 1]) < len(lines[k - 2]) and len(lines[k]) >= len(lines[k - 1]) + 3
                and looks_like_headline("".join(lines[:k])) and looks_like_headline("".join(lines[k:]))):
            return [block[:k], block[k:]]  # (together they may run longer than one headline: …新春赴 / …活动举行 / 近两百名…)
    if not looks_like_headline("".join(lines)):  # too long for one headline: the longest that is one, then the rest
        for k in range(len(lines) - 1, 0, -1):  # (…城阳区 / 职工读书系列活动…专场来啦 / 学习贯彻…三中全会 / 精神特别活动)
            if len("".join(lines[k:])) >= 8 and looks_like_headline("".join(lines[:k])) \
                    and looks_like_headline("".join(lines[k:])):
                return [block[:k], block[k:]]
    return [block]


def _detach_headline(blocks: list[list[tuple[str, int]]]) -> None:
    """The last line of a block, when it reads as a headline after a body's last sentence, is a block of its own:
    the next report opens right below it (…陪同调研。 / 刘向东到林州调研… / 本报讯…), however long it is."""
    block = blocks[-1]
    if len(block) >= 2 and looks_like_headline(block[-1][0]) and closes_paragraph(block[-2][0]):
        blocks[-1:] = [block[:-1], block[-1:]]


def _split_glued_byline(block: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A block that opens with a headline glued to a byline, wrapped over several lines
    (`市总工会开展“99公` / `益日”网络募捐活动 本报讯（记` / `者李新和）为贯…`): headline and article apart."""
    if len(block) < 2:
        return [block]
    joined = _joined(block)
    match = _BRACKET_BYLINE.search(joined, 2)
    if not match or not looks_like_headline(joined[:match.start()]):
        return [block]
    return _cut_block(block, match.start())


def _split_trailing_signature(block: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A block whose last sentence is followed on its line by a byline or signature in brackets
    (`…为获奖选手颁奖。（通讯员 李  想）`) or by a photo's credit (`…慰问老人。王建军文 刘保成 摄`): the text and the
    signature apart, as if the signature had its own line."""
    joined = _joined(block)
    sentence_end = max(joined.rfind(mark) for mark in "。！？")
    if sentence_end >= 80 and len(joined) - sentence_end <= 30 and PHOTO_CREDIT.match(joined[sentence_end + 1:]) \
            and not (CAPTION_OPEN.match(joined) or BULLET_ITEM.match(joined)):
        return _cut_block(block, sentence_end + 1)  # …慰问孤寡老人。王建军文 刘保成 摄: a long text's photo credit
    if sentence_end >= 80 and len(joined) - sentence_end <= 40 and is_work_credit(joined[sentence_end + 1:]):
        return _cut_block(block, sentence_end + 1)  # …送达。文：菅政, …心坎上。文字：李霞、沙日娜 图片：李霞，詹琪儿
    cut = joined.rfind("（")
    if cut <= 0 or not joined.endswith("）") or not ends_sentence(joined[:cut]):
        return [block]
    tail = joined[cut:]
    if not (is_whole_bracket_byline(tail) or BRACKET_SIGNATURE.fullmatch(tail)):
        return [block]
    return _cut_block(block, cut)


def _cut_block(block: list[tuple[str, int]], cut: int) -> list[list[tuple[str, int]]]:
    """A block cut in two at a position of its joined text."""
    for k, (line, start) in enumerate(block):
        if cut <= len(line):
            head, tail = line[:cut].rstrip(), line[cut:]
            first = block[:k] + ([(head, start)] if head else [])
            second = ([(tail, start + cut)] if tail else []) + block[k + 1:]
            return [part for part in (first, second) if part]
        cut -= len(line)
    return [block]


def _joined(block: list[tuple[str, int]]) -> str:
    return "".join(line for line, _ in block)


_ROLE_LABEL = re.compile(r"(?:记者|通讯员|编辑|摄影|作者)\s*[:：]")


def _predicate_of(first: str, second: str) -> bool:
    """Whether a line opens with the verb whose subject ends the line before, a phrase with no verb of its own
    (“庆丰收 迎盛会” 莱西市总工会 / 开展走访慰问农民工活动): one headline, wrapped."""
    from .segmenter import cut, part_of_speech

    subject = first.split()[-1]
    return ((part_of_speech(cut(second)[0]) or "").startswith("v")
            and not any((part_of_speech(word) or "").startswith("v") for word in cut(subject)))


_IN_QUOTES = re.compile(r"“[^“”]*”")  # a quotation's words (“书香润城阳 职声颂经典”: a space inside a slogan)


def _quote_open(line: str, after: str) -> bool:
    """Whether a line leaves a quotation or a title open, to be closed on the next (开展“学劳模 话发展 / 助成长”…),
    or closes one that the next line's few words are the name of (举行“致敬劳动者 共建文明城” / 志愿服务活动)."""
    return (line.count("“") > line.count("”") or line.count("《") > line.count("》")
            or line.rstrip().endswith(("”", "》")) and len(after.strip()) <= 8)


def _split_long_block(block: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Paragraphs of a block that a page printed with no blank lines between them: a short line that ends
    a sentence ends a paragraph, and a short line without punctuation after one is a headline of its own.

    "Short" is measured against the block's own wrap width (the length most of its lines reach), so a
    block of ordinary paragraphs, each already apart, is left as it is.
    """
    if len(block) == 2 and " " in _IN_QUOTES.sub("", block[0][0].strip()) \
            and all(looks_like_headline(line) for line, _ in block) and block[0][0].rstrip()[-1] not in _OPEN_ENDINGS \
            and not _ROLE_LABEL.search(block[0][0]) and not _OPEN_SOURCE.search(block[0][0]) \
            and not _one_byline(_joined(block)) \
            and not _predicate_of(block[0][0], block[1][0]) and not _quote_open(block[0][0], block[1][0]) \
            and not word_across(block[0][0], block[1][0]):  # (…工会 借“送清凉”普 / 及工会知识: one, wrapped mid-word)
        return [block[:1], block[1:]]  # 情暖职工心 温暖过寒冬 / 市总工会启动…活动: a headline of two phrases, then another
    if len(block) == 2 and " " not in block[0][0].strip() and all(looks_like_headline(line) for line, _ in block) \
            and len(phrases := _IN_QUOTES.sub("", block[1][0]).split()) >= 3 \
            and all(len(phrase) >= 4 for phrase in phrases):
        return [block[:1], block[1:]]  # …职工运动会在綦江开幕 / 余季平宣布开幕 姜天波致辞 罗成出席: a headline, then a
        #                                sub-headline of three phrases
    if len(block) < 6:
        widest = max(len(line) for line, _ in block)
        head = len(block)
        while (head > 1 and len(block) - head < 2 and looks_like_headline(block[head - 1][0])
               and len(block[head - 1][0]) <= 0.8 * widest):  # a full line is a column break
            head -= 1
        if head < len(block) and closes_paragraph(block[head - 1][0]):
            return [block[:head], block[head:]]  # a body's last line, then the headline after it
        return [block]
    lengths = sorted(len(line) for line, _ in block)
    width = lengths[int(len(lengths) * 0.7)]
    short = max(4, width - 3)
    parts: list[list[tuple[str, int]]] = [[]]
    heading = False  # the line before was a headline's
    for i, (line, start) in enumerate(block):
        after_end = i > 0 and (not parts[-1] or closes_paragraph(block[i - 1][0]))
        last = i + 1 == len(block)
        if after_end and len(line) <= width * (0.8 if last else 0.75) and looks_like_headline(line):
            if heading and not line.startswith("——"):
                parts[-2].append((line, start))  # a headline the column wrapped
                continue
            if not last or len(line) <= 0.8 * width:  # a full last line may be a column break
                if parts[-1]:
                    parts.append([])
                parts[-1].append((line, start))
                parts.append([])  # a headline stands apart from the body
                heading = True
                continue
        heading = False
        parts[-1].append((line, start))
        if closes_paragraph(line) and len(line) <= short and i + 1 < len(block):
            parts.append([])
    return [part for part in parts if part]


def _one_byline(text: str) -> bool:
    """Whether a block's joined lines are one byline or signature, wrapped: 记者：张梦萌 通讯员：徐展、罗 / 丽华,
    记者吴晓静 通讯员王 / 媛媛, （济宁日报记者 张彦彦 / 王艳茹）."""
    return is_standalone_byline(text) or text.startswith(("（", "(")) and text.endswith(("）", ")"))


# The shape of a signature in brackets with no role (（宋巍）, （项目部 王鑫）): `articles.signature_names` reads it.
_SIGNED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]{1,2}(?=[\u4e00-\u9fff][\s、）)]))?[\u4e00-\u9fff]{1,3}"  # 宋  巍: padded
BRACKET_SIGNATURE = re.compile(rf"[（(](?:[\u4e00-\u9fff]{{2,10}}\s+)?({_SIGNED_NAME}(?:[\s、]{_SIGNED_NAME}){{0,3}})[）)]")


def is_whole_bracket_byline(text: str) -> bool:
    """A line or paragraph that is a byline in brackets and nothing else: `（记者 牛建军）`."""
    text = text.strip()
    if not text.startswith(("（", "(")):
        return False
    match = byline_open(text)
    return bool(match) and match.end() == len(text)


def closes_paragraph(line: str) -> bool:
    """A line that ends a sentence, or a note in brackets (`（襄阳市总工会供稿）`), alone or after a sentence's
    end (`…展期至10月20日。（下转第2版）`), or a jump to another page wherever it breaks the text (`…舞台，（转2版）`)."""
    if line[-1:] in "）)":
        note = note_start(line)
        if note == 0 or note > 0 and ends_sentence(line[:note]) or ends_with_jump(line):
            return True
    return ends_sentence(line)


def note_start(text: str) -> int:
    """Where the bracket that the bracket closing ``text`` closes opens, brackets inside it skipped (…活动。（宣教（网工）
    部）); -1 if none does."""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i
    return -1


# A jump line: the report goes on on another page (…搭建了实景舞台，（转2版）), whatever the sentence it breaks.
_JUMP = re.compile(r"[（(]\s*(?:下转|转|续)\s*第?\s*[A-Z]?\d{1,2}\s*版\s*[）)]\s*$")


def ends_with_jump(text: str) -> bool:
    """Whether a text ends where its report jumps to another page: `…实景舞台，（转2版）`."""
    return bool(_JUMP.search(text))


def _split_line(line: str, start: int) -> list[tuple[str, int]]:
    """Split a line where a byline starts after a headline (`headline 本报讯（记者…）…`), and a byline from the
    editor's credit after it (`通讯员：吴佳/责编：魏柯明`)."""
    editor = ("编" in line or "审" in line or "校" in line) and _EDITOR_AFTER.search(line)
    if editor and is_standalone_byline(line[:editor.start()]):
        return [(line[:editor.start()], start), (line[editor.start():].lstrip("/／|｜ "), start + editor.start())]
    match = may_open_byline(line) and BYLINE_OPEN.search(line, 1)
    if match and match.start() > 0:
        head = line[: match.start()].rstrip()
        if head and looks_like_headline(head) and not head.endswith(("/", "／")):  # not 滨州日报/ of 滨州日报/滨州网讯
            return [(head, start), (line[match.start():], start + match.start())]
    return [(line, start)]


_EDITOR_AFTER = re.compile(r"\s*[/／|｜]?\s*(?:责编|责任编辑|编辑|审核|终审|校对)\s*[:：]")


def _is_short_caption(line: str) -> bool:
    """A short line that is a caption and its photo's credit (`总工会揭牌仪式。王议宵 摄`): a block of its own."""
    return len(line) <= 40 and ("摄" in line or "图" in line or "提供" in line) and bool(split_caption_credit(line)[1])


def _opens_block(line: str, before: str = "") -> bool:
    """Whether a line opens a block of its own, after the line ``before`` it in the block."""
    return bool(byline_open(line) or is_standalone_byline(line) or is_photo_credit(line)
                or CAPTION_OPEN.match(line) or is_position_caption(line) and not _wraps_on(before)
                or BULLET_ITEM.match(line) or is_web_header(line) or EDITOR_LINE.match(line)
                or AUTHOR_FIELD.match(line))


_QUOTING_OPEN = re.compile(r"[讯电]\s*据\s*[\u4e00-\u9fff]{1,10}$")  # …讯 据嘉峪关: the quoted paper's name, its 报道 to come


def word_across(first: str, second: str) -> bool:
    """Whether a word of the dictionary runs from the end of ``first`` into ``second``: a line broken mid-word (…要结合实
    / 际，…, 据嘉 / 峪关日报…); not a pair the segmenter guessed (…陈家银 / 为解决…: 银为)."""
    from .segmenter import cut, frequency

    joint, left = first[-3:] + second[:3], len(first[-3:])
    pos = 0
    for word in cut(joint):
        if pos < left < pos + len(word):
            return frequency(word) > 0
        pos += len(word)
    return False


def _wraps_on(line: str) -> bool:
    """Whether a line runs on into the next mid-phrase (…、张强（右三）、宋 / 伊宁（左二）…: a name wrapped)."""
    return len(line) >= 8 and line[-1] in "、，" or bool(re.search(r"[、，][\u4e00-\u9fff]{1,2}$", line))


# An editor's credit on a line of its own at a report's foot: 责编：X, 一审：X, 审核：X, in brackets too (（编辑：X）).
EDITOR_LINE = re.compile(r"^\s*(?:[（(]\s*)?(?:[一二三终]审|审核|编审|责编|责任编辑|编辑|校对)\s*[:：]"
                         r"|^\s*(?:供稿|稿件来源)\s*[:：]")  # not （供稿：…县总工会 X）, which signs the report
AUTHOR_FIELD = re.compile(r"\s*作者\s*[:：][^，。；！？]{0,30}$")  # a web page's: 作者：秦大勇, 作者：鹿邑县总工会


def _starts_subheadline(line: str, block: list[tuple[str, int]]) -> bool:
    """A `——` line after a headline is its sub-headline, not a wrapped part of it; so is one before it that
    ends as a feature's sub-headline does (`——市总工会开展“安康杯”竞赛纪实`, then the headline)."""
    if line.startswith("——"):
        return looks_like_headline(_joined(block))
    if not block[0][0].startswith("——"):
        return False
    joined = _joined(block)
    return bool(_SUBTITLE_END.search(joined)) and looks_like_headline(line)


# How a feature's sub-headline ends: …纪实, …侧记, …综述.
_SUBTITLE_END = re.compile(r"(?:纪实|侧记|综述|掠影|小记|素描|巡礼|纪事|札记|见闻|速写|访谈|专访|故事|之路)$")


def _paragraph(block: list[tuple[str, int]]) -> Paragraph:
    parts: list[str] = []
    pieces: list[tuple[int, int, str]] = []
    padded_end = False  # the line before ends with a padded name (通讯员 刘  芳)
    for line, start in block:
        latin = parts and parts[-1][-1:].isascii() and parts[-1][-1:].isalpha() and line[:1].isascii() and line[:1].isalpha()
        line_pieces = _without_name_pads(line, start)
        padded_start = len(line_pieces) > 1 and len(line_pieces[0][0]) == 1  # 曾  鑫）…
        separator = " " if latin or padded_end and padded_start else ""  # two names either side of a wrap
        for k, (piece, offset, pad) in enumerate(line_pieces):
            parts.append((separator if k == 0 else "") + piece)
            pieces.append((offset, len(piece), separator if k == 0 else pad))  # the original keeps the pad
        padded_end = len(line_pieces) > 1 and len(line_pieces[-1][0]) == 1
    last_line, last_start = block[-1]
    return Paragraph(text="".join(parts), start=block[0][1], end=last_start + len(last_line), pieces=tuple(pieces))


# A two-character name set to the width of three with a space between its characters (王　伟, 张  丽): the
# surname, the space, one character, then a mark, a space or the line's end; not a credit's 摄 (李新和 摄)
# or a word that may follow a name (张三 等, 李四 说). At the line's end a single space after a longer word is a
# list's (记者 陈正策 马卓 杜 / 浩 王京华: 杜浩 wrapped), no pad.
_NAME_PAD = re.compile(r"(?<=[\u4e00-\u9fff])(?:[ \u3000]{1,2}(?=[^\W\d_a-zA-Z摄等说讲称和与及的了是在][，、。；：！？）)”\s])"
                       r"|(?:(?<![\u4e00-\u9fff]{2}) |[ \u3000]{2}|\u3000)(?=[^\W\d_a-zA-Z摄等说讲称和与及的了是在]$))")
# The same space inside running text (县长张  巍为…, 、于  静出席): taken only after a post or a list's 、.
_RUNNING_PAD = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{1,2}(?=[^\W\d_a-zA-Z摄等说讲称和与及的了是在][\u4e00-\u9fff])")


# Verbs a name is followed by (…作报告, …为职工颁奖, …主持会议, …致辞): after a padded name in running text where
# no post precedes it (增补吴  丹为…, 职工杨  帆获得…), and in `persons`, where a name ends before one.
VERBS_AFTER_NAME = frozenset("作做为出主讲参陪获表介致宣")


def _without_name_pads(line: str, start: int) -> list[tuple[str, int, str]]:
    """The pieces of a line around the spaces that pad two-character names, and around the pinyin a web page prints
    after a rare character (夏学(xué)良): (text, page offset, what was cut before it)."""
    pinyin = "(" in line and _PINYIN.search(line)
    if " " not in line and "\u3000" not in line and not pinyin:
        return [(line, start, "")]
    cuts: list[tuple[int, int]] = []
    pos, pad = 0, ""
    matches = sorted([*_NAME_PAD.finditer(line), *(m for m in _RUNNING_PAD.finditer(line)
                                                   if _after_post_or_list(line, m.start() - 1)
                                                   or line[m.end() + 1:m.end() + 2] in VERBS_AFTER_NAME)],
                     key=lambda m: m.start())
    for match in matches:
        if line[match.start() - 1] not in _single_surnames() or match.start() < pos:
            continue
        if pad and match.start() == pos + 1:  # 刘  芳 曾  鑫: 芳 ends a padded name, it begins none
            continue
        cuts.append(match.span())
        pos, pad = match.end(), match.group()
    if pinyin:
        cuts = sorted(cuts + [m.span() for m in _PINYIN.finditer(line)])
    pieces: list[tuple[str, int, str]] = []
    pos, cut = 0, ""
    for begin, end in cuts:
        pieces.append((line[pos:begin], start + pos, cut))
        pos, cut = end, line[begin:end]
    pieces.append((line[pos:], start + pos, cut))
    return pieces


# The pinyin of a rare character, printed after it by a web page: 夏学(xué)良, 总工会(huì).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（] ?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]* ?[)）]")


def without_pinyin(text: str) -> str:
    """``text`` without the pinyin a web page prints after rare characters (总工会(huì)和县委 → 总工会和县委), for
    what reads a whole page's words at once (its places); paragraphs cut it as they are read."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


def _after_post_or_list(line: str, surname: int) -> bool:
    """Whether the character at ``surname`` follows a post (副局长) or a list's 、."""
    if surname > 0 and line[surname - 1] == "、":
        return True
    from .lexicons import post_ends_at

    return post_ends_at(line, surname)


@lru_cache(maxsize=1)
def lone_name(line: str) -> bool:
    """A person's name alone on its line (张宁, 武少民): two or three characters opening with a surname, no word of the
    dictionary but a person's name."""
    from .lexicons import surnames
    from .segmenter import frequency, part_of_speech

    line = line.strip()
    return (2 <= len(line) <= 3 and bool(_HAN_RUN.fullmatch(line)) and (line[:2] in surnames() or line[0] in surnames())
            and (not frequency(line) or part_of_speech(line) == "nr"))


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _single_surnames() -> frozenset[str]:
    from .lexicons import surnames

    return frozenset(s for s in surnames() if len(s) == 1)


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends with sentence-final punctuation (a closing quote after it counts)."""
    stripped = text.rstrip().rstrip(_CLOSING)
    return bool(stripped) and stripped[-1] in TERMINAL


def looks_like_headline(text: str) -> bool:
    """Short, no sentence-final punctuation, no comma but inside a quote, not in brackets
    (a source note such as `（某某日报）`), not a byline, credit or caption."""
    text = text.strip()
    main, dash, sub = text.partition("——")  # a headline and its sub-headline on one line: X ——Y
    return (
        2 <= len(text) <= 48 or bool(dash) and 2 <= len(main.strip()) <= 48 and 2 <= len(sub) <= 48
    ) and (
        not ends_sentence(text)
        and not (text[0] in "（(" and text[-1] in "）)")
        and "。" not in text
        # “您服务西洽会，工会服务您”, 莒县总工会开展“工会志愿行，温暖一座城”…活动: a saying quoted, no clause
        and ("，" not in text or "，" not in _QUOTED.sub("", text))
        and not (may_open_byline(text) and BYLINE_OPEN.search(text))
        and not is_standalone_byline(text)
        and not is_photo_credit(text)
        and not CAPTION_OPEN.match(text)
    )


_QUOTED = re.compile(r"“[^“”。！？]{4,30}”")  # a saying in quotes, its comma inside them


def is_position_caption(text: str) -> bool:
    """A caption that says who stands where in the photo: 省总周海斌（左一）在车间考察."""
    return ("（" in text or "(" in text) and bool(_POSITION_CAPTION.match(text))


def is_standalone_byline(text: str) -> bool:
    """A line that is only roles and names: 本报记者 李新和 / 记者 李  娜 通讯员 赵子豪 (a padded name too)."""
    # Each role of _ROLE has 记者, 通讯员, 实习生 or 作者 (a web page's credit: 作者：杜辰阳 唐应朝) in it: most
    # lines are no byline without trying the pattern.
    text = unspaced_roles(text)
    if not ("记者" in text or "通讯员" in text or "实习生" in text or "作者" in text):
        return False
    return bool(STANDALONE_BYLINE.match(text) or STANDALONE_BYLINE.match(_NAME_PAD.sub("", text)))


def unspaced_roles(text: str) -> str:
    """A byline's roles printed letter-spaced, as a justified line spreads them (记 者 房 伟), closed up: 记者 房 伟."""
    return _SPACED_ROLE.sub(lambda m: re.sub(r"\s", "", m.group(0)), text) if " " in text else text


_SPACED_ROLE = re.compile(r"记\s+者|通\s+讯\s*员|通\s*讯\s+员|实\s+习\s*生")


def is_work_credit(text: str) -> bool:
    """A line that says who wrote a report and who took its photos (文字：李霞 图片：詹琪儿), each name a name."""
    from .persons import is_plausible_name

    return bool(("文" in text or "图" in text or "摄" in text or "视频" in text) and WORK_CREDIT.fullmatch(text)) and all(
        is_plausible_name(name) for _, name in work_credit_names(text))


def work_credit_names(text: str) -> list[tuple[str, str]]:
    """The (work, name) pairs of a work credit: 文字：李霞、沙日娜 图片：詹琪儿 → (文字, 李霞), (文字, 沙日娜), (图片, 詹琪儿)."""
    pairs = []
    for work, names in re.findall(rf"({_WORK})\s*[:：]\s*((?:(?!{_WORK}\s*[:：]).)*)", text.strip("（）() ")):
        for name in re.split(r"[\s、，,]+", names.strip()):
            name = re.sub(rf"^{_ROLE}", "", name)
            if name:
                pairs.append((re.sub(r"\s", "", work), name))
    return pairs


def is_photo_credit(text: str) -> bool:
    # A credit says 摄 (摄影) or 图.
    return ("摄" in text or "图" in text) and bool(PHOTO_CREDIT.match(text))


_AUTHOR_CREDIT = re.compile(rf"作者\s*[:：]\s*{_NAME_RUN}\s*$")  # a caption's 作者：梅振本: the photo's


def split_caption_credit(text: str) -> tuple[str, str]:
    """A caption and the photo credit printed on its line (`图为活动现场。 通讯员 邓斌 摄`); no credit: ``""``."""
    for match in re.finditer(r"[。！）)]\s*|\s+|(?<=[\u4e00-\u9fff])(?=(?:本报|特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄"
                             r"\s*$)", text):  # …送去关怀通讯员 谢红江 摄: the credit glued to the caption
        tail = text[match.end():]
        if tail and (PHOTO_CREDIT.match(tail) or _AUTHOR_CREDIT.match(tail)):
            return text[: match.end()].rstrip(), tail.strip()
    return text, ""


def undouble(headline: str) -> str:
    """A headline printed twice in a row (`AB AB` or `ABAB`) becomes `AB`."""
    text = headline.strip()
    half, rest = divmod(len(text), 2)
    if not rest and len(text) >= 4 and text[:half] == text[half:]:
        return text[:half]
    parts = text.split()
    if len(parts) == 2 and parts[0] == parts[1]:
        return parts[0]
    return text


def clean_page(text: str) -> str:
    """A page as clean text: one paragraph per line, hard wraps joined, a blank line between paragraphs."""
    return "\n\n".join(p.text for p in split_paragraphs(text))
