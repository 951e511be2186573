"""Splitting a page into articles.

An article starts at its byline (`本报讯（记者…）`, or a standalone `本报记者 …` before a feature), or, when
it has none, where headlines stand between the end of one body and the start of the next. Its headline is
printed either before the body or after it; the page tells which: when the page opens with headline-like
lines, headlines come first, otherwise after. A byline alone after a body (`（记者 罗敏）`) signs that
article. Photo captions
(`左图 …`) and their credit (`本报记者 … 摄`) go to the article they sit in. A paragraph that does not end a
sentence continues in the next one (a column or page break), so the two are joined with no space.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from . import lexicons, segmenter
from .cleaning import (
    AUTHOR_FIELD,
    BRACKET_SIGNATURE,
    BULLET_ITEM,
    BYLINE_VERBS,
    CAPTION_OPEN,
    MEDIA_NAME,
    PAPER_NAME,
    PURPOSE_LEDE,
    ROLE_WORDS,
    byline_open,
    closes_paragraph,
    ends_sentence,
    is_photo_credit,
    is_work_credit,
    opens_dated,
    is_position_caption,
    is_site_path,
    is_web_header,
    is_whole_bracket_byline,
    is_standalone_byline,
    lone_name,
    looks_like_headline,
    note_start,
    split_caption_credit,
    split_paragraphs,
    undouble,
    unspaced_roles,
    word_across,
    work_credit_names,
)
from .gazetteer import Gazetteer
from .persons import is_body_signature, is_plausible_name
from .records import Article, Caption, Contributor, Page, Paragraph

_ROLE_SPLIT = re.compile("(" + "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True)) + ")")
_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,5}")
_BYLINE_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,6}")  # two names, at most
_CREDIT_TAIL = re.compile(r"\s*(?:摄影?|图|供图|提供)\s*$")
_CREDIT_HEAD = re.compile(r"^[■●□◆\s]*(?:摄影|图)\s*[:：/]?\s*")
# A numbered section heading inside an article (一、 （二） 3. 第四), never a headline of its own (5.12护士节…: a day).
_SECTION_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:、|[.．](?!\d))"
                              r"|第[一二三四五六七八九十百]+(?![一二三四五六七八九十百届次期批个季轮年]))")  # not 第十五届…
_BODY_KINDS = ("body", "brief", "caption", "credit")
_STARTS = ("body", "brief", "caption")  # what an article after headlines between two bodies opens with
# The paper's own lines at the top or foot of a page: 第3版, 星期六, 责任编辑：X, 校对：Y.
_MASTHEAD = re.compile(r"第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版|^\s*[A-Z]?\d{1,5}\s*版\s*[:：]|星期[一二三四五六日天]|责任编辑|责编|校对|美编|"
                       r"版式设计|值班编辑|组版|编辑\s*[:：]|^[一二三终]审\s*[:：]|审核\s*[:：]|编审\s*[:：]|^供稿\s*[:：]")
_BARE_DATELINE = re.compile(r"\s*\S{2,30}?[讯电]\s*[:：]?\s*")
_OPEN_LABEL = re.compile(r"[:：]\s*$")
_LONE_NAME = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*")
# A byline whose names were lost (a web page's 南方+记者, 本报记者): a role and no name.
_NAMELESS_BYLINE = re.compile(r"^\s*[\u4e00-\u9fff+＋]{0,8}?(?:记者|通讯员|摄影)\s*$")
# A union's name alone, the name of the web site a page was taken from when a headline follows it; or a column's.
_SITE_NAME = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,12}(?:总工会|工会|工会联合会)(?:网|网站|官网)?"
                        r"|[\u4e00-\u9fff]{0,6}(?:要闻|动态|新闻|快讯|资讯))\s*")  # or the column's: 工会要闻
# How a news report's first paragraph opens: with the day or a vague time (a feature's sub-heading does not).
_LEDE_OPEN = re.compile(r"^[\s●■▲◆]*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
                        r"|\d{1,2}\s*日(?:上午|下午|晚上|晚)?[，,]"  # 21日，…: a day of this month
                        r"|近日|日前|近期|连日来|今年以来|昨天|昨日|昨晚|今天|今日|今晚|前不久|[春夏秋冬]节前夕)")
# An item of a column of news in brief (工会简讯): a bulleted paragraph (cleaning.BULLET_ITEM) is an article.


@dataclass(frozen=True)
class _Part:
    kind: str  # byline | standalone | trailer | note | credit | caption | headline | brief | body (masthead: dropped)
    para: Paragraph


def split_articles(page: Page) -> list[Article]:
    """The articles of a page, in page order."""
    parts = [_Part(_classify(p.text), p) for p in split_paragraphs(page.text)]
    if len(parts) > 1 and parts[0].kind == parts[1].kind == "headline" and _SITE_NAME.fullmatch(parts[0].para.text):
        parts[0] = _Part("masthead", parts[0].para)  # 吴忠市总工会 / 全总调研我市工会工作: the site's name on top
    parts = _site_lines_dropped(parts)
    parts = [_Part("masthead", p.para) if i and p.kind == "headline" and parts[i - 1].kind == "masthead"
             and _OPEN_LABEL.search(parts[i - 1].para.text) and _LONE_NAME.fullmatch(p.para.text) else p
             for i, p in enumerate(parts)]  # 责任编辑： / 王红润: a web page's credits, each name on a line of its own
    parts = [p for p in _end_notes(parts) if p.kind != "masthead"]
    parts = _mark_trailers(_headlines_with_commas(_captions_after_signatures(parts)))
    if not any(p.kind in ("body", "brief", "caption", "byline") for p in parts):
        return []
    headline_first = _headline_first(parts)
    if not headline_first:
        parts = _mark_signatures_after_headlines(parts)
    else:  # 驻马店市驿城区总工会组织开展…活动 / 张宁 / “夏日送清凉…”: the writer's name alone under the headline
        parts = [_Part("standalone", p.para) if i < len(parts) - 1 and p.kind == "headline"
                 and (i == 0 or parts[i - 1].kind == "headline") and parts[i + 1].kind in ("body", "brief")
                 and lone_name(p.para.text) else p for i, p in enumerate(parts)]  # or on top of the page: 武少民
    starts = _article_starts(parts, headline_first)
    articles: list[Article] = []
    top: list[_Part] = []  # headlines on top of a page that prints the others after their bodies
    bounds = list(zip(starts, starts[1:] + [len(parts)]))
    if len(bounds) > 1 and all(p.kind in ("caption", "credit") for p in parts[bounds[0][0]:bounds[0][1]]):
        bounds[:2] = [(bounds[0][0], bounds[1][1])]  # a photo and its caption on top of the first report
    for begin, end in bounds:
        chunk = parts[begin:end]
        if headline_first:
            heads, body = _lead_headlines(chunk)
            body, _teasers = _peel_trailing_headlines(body)  # headlines closing the page: no body follows
        else:
            body, heads = _peel_trailing_headlines(chunk)
            if begin == 0:
                top, body = _lead_headlines(body)
            if not heads and top and body:  # the lead article's headline, printed on top of the page
                heads, top = top, []
        if not any(p.kind in ("body", "brief", "byline", "caption") for p in body):
            continue  # headlines or a credit with no text of their own
        article = _make_article(page, len(articles), heads, body)
        if article is None:
            continue
        twin = _printed_before(article, articles)
        if twin is None:
            articles.append(article)
        elif len(article.contributors) > len(articles[twin].contributors):  # the copy that names its writer
            articles[twin] = replace(article, position=twin)
    return articles


def _printed_before(article: Article, articles: list[Article]) -> int | None:
    """The index of the article a web page printed whole above this one (the same headline and opening), if any."""
    opening = _opening(article)
    return next((i for i, a in enumerate(articles) if len(opening) >= 40 and a.headline == article.headline
                 and _opening(a) == opening), None)


def _opening(article: Article) -> str:
    """The first 80 characters of an article's text after its byline, spaces left out."""
    text = article.body[len(article.byline):] if article.body.startswith(article.byline) else article.body
    return re.sub(r"\s", "", text)[:80]


def _classify(text: str) -> str:
    if (_MASTHEAD.search(text) or is_web_header(text) or PAPER_NAME.match(text)) and len(text) <= 80 \
            and not ends_sentence(text):
        return "masthead"
    if _NAMELESS_BYLINE.match(text):
        return "masthead"  # 南方+记者 at a report's foot, the name lost: nothing to read
    if is_photo_credit(text):  # before bylines: 本报记者 马丽摄 and （记者 牛  犇 摄） are credits
        return "credit"
    if is_work_credit(text):  # 文字：李霞 图片：詹琪儿, 文：菅政: who wrote the report and who took its photos
        return "standalone"
    if byline_open(text):
        return "byline"
    if signature_names(text):
        return "signature"
    if is_standalone_byline(text):
        return "standalone"
    if CAPTION_OPEN.match(text) or is_position_caption(text) or (
            BULLET_ITEM.match(text) or len(text) <= 40) and split_caption_credit(text)[1]:
        return "caption"  # 上图 …, a bulleted or a short line with a photo credit: 慰问现场。 本报记者 白云峰 摄
    if AUTHOR_FIELD.match(text):
        return "standalone"  # 作者：鹿邑县总工会, a body and not a person: a report's author line all the same
    if looks_like_headline(text):
        return "headline"
    if BULLET_ITEM.match(text):
        return "brief"
    return "body"


def _end_notes(parts: list[_Part]) -> list[_Part]:
    """A web report's closing note after its text (来源：沈河区总工会, 责编 李娇蓉 审核 华芳) ends that report: kept as a
    ``note`` the article leaves out of its text, where a masthead line anywhere else is dropped."""
    marked = list(parts)
    for i, part in enumerate(parts):
        if part.kind == "masthead" and i > 0 and _END_NOTE.search(part.para.text) \
                and parts[i - 1].kind in ("body", "brief") and ends_sentence(parts[i - 1].para.text):
            marked[i] = _Part("note", part.para)
    return marked


_END_NOTE = re.compile(r"^\s*[（(]?\s*(?:新闻来源|信息来源|文章来源|来源|稿源|编辑)\s*[:：]|责任编辑|责编|审核\s*[:：]?|校对|[核拟]稿人?\s*[:：]")


def _headlines_with_commas(parts: list[_Part]) -> list[_Part]:
    """A short line (40 characters before any ——) with a comma but no full stop right below a photo's credit, before a
    byline, a headline or the page's end, is a headline (…供图 / 南湖新区总工会：疫情就是命令，防控就是责任), not a
    paragraph of text; so is such a line that ends the page below a paragraph's last sentence (…一份力量。 /
    “工”筑温暖，情系职工——市镇两级工会…)."""
    marked = list(parts)
    for i, part in enumerate(parts):
        text = part.para.text.strip()
        following = parts[i + 1].kind if i + 1 < len(parts) else "end"
        # …（昭化区总工会供图） / 夏日抗高温，工会送清凉 / 10月22日，…: the next report's dated lede after it, too
        dated = following == "body" and opens_dated(parts[i + 1].para.text)
        credited = i > 0 and parts[i - 1].kind == "credit" and (following in ("headline", "byline", "end") or dated)
        last = following == "end" and i > 0 and parts[i - 1].kind == "body" and ends_sentence(parts[i - 1].para.text)
        # …（杨莉、周兰） / 夏日炎炎送关爱，情意融融入心怀 / 一份清凉，十分心意 / 连日来，…: below a signature, before text
        signed = i > 0 and (parts[i - 1].kind == "signature" or i > 1 and parts[i - 2].kind == "signature"
                            and marked[i - 1].kind == "headline") and following in ("body", "headline", "byline")
        # …核稿人：耿建山 来源：莱芜区总工会 / 【莱芜】情系职工，金秋送福——…: below a web report's closing note
        noted = i > 0 and parts[i - 1].kind == "note" and (following in ("headline", "byline", "end") or dated)
        if ((part.kind == "body" or part.kind == "brief" and noted) and (credited or last or signed or noted)
                and "。" not in text and not ends_sentence(text)
                and len(text.partition("——")[0]) <= (40 if "，" in text else 60) and text.count("，") <= 2):
            marked[i] = _Part("headline", part.para)
    return marked


def _captions_after_signatures(parts: list[_Part]) -> list[_Part]:
    """A sentence between a report's signature and a photo credit, each on lines of their own, is the photo's caption
    (…归属感。（刘环 夏若茵） / 洛阳市总工会开展户外一线劳动者慰问活动。 / 洛阳市总工会供图), not the report's text."""
    return [_Part("caption", p.para) if 0 < i < len(parts) - 1 and p.kind == "body" and parts[i - 1].kind == "signature"
            and parts[i + 1].kind == "credit" and len(p.para.text) <= 50 and ends_sentence(p.para.text) else p
            for i, p in enumerate(parts)]


def _mark_trailers(parts: list[_Part]) -> list[_Part]:
    """A byline standing alone after a body, before a headline or the page's end, signs the article
    it follows (`（记者 罗敏）`) rather than opening the next one."""
    marked = list(parts)
    for i, part in enumerate(parts):
        before = parts[i - 1] if i > 0 else None
        if part.kind == "signature":  # a name in brackets signs the article above, else it is text
            following = parts[i + 1].kind if i + 1 < len(parts) else "end"
            signs = (before is not None and following in ("headline", "end", "byline", "standalone", "caption") and (
                before.kind in _BODY_KINDS or before.kind == "byline" and ends_sentence(before.para.text))
                # …的心间。（史周茹） / 8月6日，…: the next report follows, its headline printed after it
                or before is not None and following == "body" and before.kind == "body"
                and closes_paragraph(before.para.text))
            marked[i] = _Part("trailer" if signs else "body", part.para)
            continue
        if (part.kind not in ("byline", "standalone") or before is None
                or not (before.kind in _BODY_KINDS or before.kind == "byline" and ends_sentence(before.para.text)
                        or part.kind == before.kind == "standalone" and marked[i - 1].kind == "trailer")):
            continue  # after a body (or a report opening with its byline: 本报讯 …。 then （记者 段琳琳 报道）)
        text = part.para.text.strip()
        if part.kind == "byline":
            match = byline_open(text)
            if not text.startswith(("（", "(")) or match.end() < len(text):
                continue
        after = i + 1  # the part after the bylines on lines of their own (全媒体记者 徐登峰 / 通讯员 周晶 张岩)
        while part.kind == "standalone" and after < len(parts) and parts[after].kind == "standalone":
            after += 1
        following = parts[after].kind if after < len(parts) else "end"
        if following in ("headline", "end"):
            marked[i] = _Part("trailer", part.para)
    return marked


def _mark_signatures_after_headlines(parts: list[_Part]) -> list[_Part]:
    """On a page that prints headlines after bodies, a byline in brackets alone on its line right after the
    headlines that close a body (`（通讯员 贺敏）`) signs that article."""
    marked = list(parts)
    for i, part in enumerate(parts):
        if part.kind != "byline" or not is_whole_bracket_byline(part.para.text):
            continue
        j = i
        while j > 0 and parts[j - 1].kind == "headline":
            j -= 1
        if j < i and j > 0 and parts[j - 1].kind in _BODY_KINDS + ("trailer",):
            marked[i] = _Part("trailer", part.para)
    return marked


def _headline_first(parts: list[_Part]) -> bool:
    """Whether the page prints headlines before bodies: it opens with headlines, then a byline or body.

    Not when the page also ends with headlines after its last body while some report opens with no headline
    before it: only the lead article's headline was printed on top (see `_lead_headlines`)."""
    opens = next((part is not parts[0] and part.kind in ("byline", "standalone", "body", "brief")
                  for part in parts if part.kind not in ("headline", "caption", "credit")), False)
    if not opens:
        return False
    tail = [p for p in parts if p.kind not in ("caption", "credit")]
    if tail[-1].kind != "headline":
        return True
    bare = any(p.kind == "byline" and i > 0 and parts[i - 1].kind != "headline"
               for i, p in enumerate(parts) if p is not _first_report(parts))
    return not (bare or _headlines_close_bodies(parts))


def _headlines_close_bodies(parts: list[_Part]) -> bool:
    """Whether the headlines between bodies share more words with the body before them than with the one
    after: then a page that opens with a line like a headline (a column's name, 深圳工会) and ends with one
    prints its headlines after their bodies."""
    groups: list[tuple[str, str, str]] = []  # (body before, headlines, body after)
    texts = ["", "", ""]
    for part in parts:
        if part.kind == "headline":
            if texts[2]:  # a new group: the body after the last one is the body before this one
                groups.append(tuple(texts))
                texts = [texts[2], "", ""]
            texts[1] += part.para.text
        elif part.kind in _BODY_KINDS + ("byline",):
            texts[2 if texts[1] else 0] += part.para.text
    votes = 0
    for before, heads, after in groups:
        if before and after:
            words = {heads[i:i + 2] for i in range(len(heads) - 1)}
            votes += (sum(w in before for w in words) > sum(w in after for w in words)) - (
                sum(w in before for w in words) < sum(w in after for w in words))
    return votes > 0


def _first_report(parts: list[_Part]) -> _Part | None:
    return next((p for p in parts if p.kind != "headline"), None)


def _site_lines_dropped(parts: list[_Part]) -> list[_Part]:
    """A web page's top: short lines above the path to the page (主页 > 工会要闻 > 详情) when a headline follows
    it are the site's name and menus (重庆市总工会职工服务网, 欢迎您的访问！), not a headline."""
    paths = [i for i, p in enumerate(parts[:8]) if p.kind == "masthead" and is_site_path(p.para.text)]
    path = paths[-1] if paths else 0  # the last: a site's menu bar may read like a path too (工会网主页| 集团门户)
    if not path or any(p.kind not in ("headline", "masthead", "body") or len(p.para.text) > 40 for p in parts[:path]):
        return parts
    after = next((p for p in parts[path + 1:] if p.kind != "masthead"), None)
    if after is None or after.kind != "headline":
        return parts
    return [_Part("masthead", p.para) if i < path else p for i, p in enumerate(parts)]


def _lead_headlines(chunk: list[_Part]) -> tuple[list[_Part], list[_Part]]:
    """The headlines a chunk of the page opens with, and the rest of it."""
    lead = 0
    while lead < len(chunk) and chunk[lead].kind == "headline":
        lead += 1
    return chunk[:lead], chunk[lead:]


def _article_starts(parts: list[_Part], headline_first: bool) -> list[int]:
    """Where each article's parts begin: at its byline, and where headlines stand between two bodies
    when the second opens like a report (近日，… / 5月6日，…) or the first is signed (an article with no
    byline; a feature's sub-headings split nothing); with headlines first, an article begins at its headlines."""
    starts = {0}
    for i, part in enumerate(parts):
        if part.kind == "brief" or part.kind == "body" and i > 0 and parts[i - 1].kind in ("trailer", "note"):
            starts.add(i)  # …（史周茹） / 8月6日，…: a signed or noted report ends, the next opens with no headline
        if part.kind in ("byline", "standalone"):
            if part.kind == "byline" and i > 0 and parts[i - 1].kind == "standalone" and (
                    i == 1 or parts[i - 2].kind == "headline"):
                continue  # headline / 作者：苏羽 / 枣庄新闻网讯 1月24日，…, □记者 孙新萍 / 本报讯 日前，…: one report's bylines
            if part.kind == "byline" and i > 0 and parts[i - 1].kind == "byline" and _BARE_DATELINE.fullmatch(
                    parts[i - 1].para.text):
                continue  # 四川新闻网-成都日报讯： / （记者 陈兆平） 新春佳节…: a dateline on a line of its own
            begin = i
            photo = begin  # a photo and its caption between the headline and the byline are the article's
            while photo > 0 and parts[photo - 1].kind in ("caption", "credit"):
                photo -= 1
            if headline_first and photo < begin and photo > 0 and parts[photo - 1].kind == "headline":
                begin = photo
            while headline_first and begin > 0 and parts[begin - 1].kind == "headline":
                begin -= 1
            starts.add(begin)
    i = 0
    while i < len(parts):
        if parts[i].kind != "headline":
            i += 1
            continue
        end = i
        while end < len(parts) and parts[end].kind == "headline":
            end += 1
        after = end  # the next body, after a signature printed below the headlines
        while after < len(parts) and parts[after].kind == "trailer":
            after += 1
        if 0 < i and after < len(parts) and _closes_article(parts[i - 1]) \
                and parts[after].kind in (("body", "brief") if parts[i - 1].kind == "byline" else _STARTS) \
                and (parts[i - 1].kind in ("trailer", "note") or after > end or _LEDE_OPEN.match(parts[after].para.text)
                     or parts[i - 1].kind == "credit" and _dated_purpose_lede(parts[after].para.text)
                     or headline_first and _ends_with_note(parts[i - 1])
                     or not headline_first and _names_the_body_before(parts, max(s for s in starts if s < i), i, end,
                                                                      after)
                     or headline_first and _names_the_body_after(parts, i, end, after)) \
                and not _SECTION_HEADING.match(parts[i].para.text):
            starts.add(i if headline_first else after)
        i = end
    return sorted(starts)


def _dated_purpose_lede(text: str) -> bool:
    """Whether a paragraph opens as a report does with what it was for, and dates its event in that first sentence
    (为进一步聚焦…，…28日下午在…举行。), or with what the work followed, dated to the day or vaguely (根据…精神，…国庆前夕，
    …开展…): after a photo's credit, the headline above it closed the report before."""
    first = text.split("。", 1)[0]
    return bool(PURPOSE_LEDE.match(text)) and bool(_DAY.search(first)) or bool(
        _BASIS_LEDE.match(text) and (_DAY.search(first) or _VAGUE_TIME.search(first)))


_DAY = re.compile(r"\d{1,2}\s*日|[一二三四五六七八九十]{1,3}日")
# A lede that opens with what the work was done according to (根据省总工会关于…的相关精神，…国庆前夕，县总工会开展…),
# dated to the day or vaguely (国庆前夕, 近日).
_BASIS_LEDE = re.compile(r"\s*(?:根据|按照)")
_VAGUE_TIME = re.compile(r"近日|日前|前夕|之际|来临之际")


def _ends_with_note(part: _Part) -> bool:
    """Whether a paragraph is or ends with a note in brackets after its last sentence, as a report's last paragraph
    does (`…基础。（枞阳中心学校）`, `（临沂日报）`): on a page that prints headlines first, the next report follows."""
    text = part.para.text.strip()
    note = note_start(text)
    return text[-1:] in "）)" and (note == 0 or note > 0 and ends_sentence(text[:note].rstrip()))


def _names_the_body_before(parts: list[_Part], begin: int, i: int, end: int, after: int) -> bool:
    """Whether the headlines ``parts[i:end]`` share at least two words (character pairs) with the body they
    follow (from ``begin``) and more than with the paragraph after them: they close that body (睢阳区600余名
    职工健步走 after its report), however the next one opens (在…车间里, a feature's first line); a feature's
    sub-heading speaks of what follows it."""
    heads = "".join(p.para.text for p in parts[i:end])
    pairs = {heads[k:k + 2] for k in range(len(heads) - 1)}
    before = "".join(p.para.text for p in parts[begin:i])
    following = parts[after].para.text
    shared = sum(pair in before for pair in pairs)
    above = parts[i - 1].para.text
    at = above.find(heads)
    if at >= 0 and ("。" in above[:at] or len(above) < 80) and above[at - 1:at] + above[at + len(heads):][:1] != "“”":
        return False  # words a later sentence or a one-line lede above says: a photo's caption (…举行。…陈敬恩讲话并宣布
        #               开赛。, 29日上午，…代表大会开幕。), not the headline of a report whose first sentence says it in the
        #               same or longer words (10月19日，…竞赛开幕式在…举行。…), nor one that names the campaign it
        #               reports as a later sentence quotes it (…开展“炎炎夏日送清凉·关爱户外劳动者”主题活动。)
    # unless a word runs across into the paragraph after (…要结合实 / 际，…: a line of it); a headline of two parts
    # (晋江两名代表 参加中国工会十八大 / 为保障…) is no line of a paragraph, though 大为 is a word, nor is a line after a
    # report's closing note (…活力。（供稿：永寿县总工会 张艳丽） / …文艺汇演恢复窄屏 / 为做好…)
    return shared >= 2 and shared > sum(pair in following for pair in pairs) and (
        " " in heads.strip() or _ends_with_note(parts[i - 1]) or not word_across(heads, following))


def _names_the_body_after(parts: list[_Part], i: int, end: int, after: int) -> bool:
    """On a page that prints headlines first: whether the headlines ``parts[i:end]`` share at least three words
    (character pairs; not those a third of the page's paragraphs have, 工会 or 职工) with the body after them (to the
    next headline) and fewer, three at most, with the paragraph before them, and name a body or a place (县总工会
    举行…仪式 / 新年伊始，…): they open that report, however it opens. A feature's sub-heading (凝心聚力 再创佳绩)
    names none, and a photo's caption speaks of the text around it."""
    heads = "".join(p.para.text for p in parts[i:end])
    earlier = {p.para.text for p in parts[:i] if p.kind == "headline"}
    if heads.rstrip().endswith(("：", ":")) or any(p.para.text in earlier for p in parts[i:end]):
        return False  # a speaker's or an item's label (…员工 张祥亮：), a headline a web page prints twice
    stop = next((k for k in range(after, len(parts)) if parts[k].kind == "headline"), len(parts))
    following = "".join(p.para.text for p in parts[after:stop])
    told = _told_again(heads, following)
    if not told and sum(p.kind == "headline" and (k == 0 or parts[k - 1].kind != "headline")
                        for k, p in enumerate(parts)) < 3:
        return False  # a page of one or two reports: a line like a headline inside one is a caption (…宣读倡议书),
        #               unless the report below tells it again (…开展“关爱职工 平安度夏” / 送清凉活动 / …琼海市总工会开展
        #               2019年“关爱职工、平安度夏”送清凉活动)
    bodies = [p.para.text for p in parts if p.kind != "headline"]
    pairs = {pair for pair in (heads[k:k + 2] for k in range(len(heads) - 1))  # not the page's common words (工会)
             if 3 * sum(pair in text for text in bodies) <= len(bodies)}
    after_shared, before_shared = (sum(pair in text for pair in pairs) for text in (following, parts[i - 1].para.text))
    # a long headline (ten words or more) whose words are mostly the report's below and none the paragraph's above
    # (砀山果园场“两节”送温暖活动已全面开展 / 为尽早地将慰问金送到…): a report's, though it names no body the word
    # lists know; a feature's sub-heading is short (以赛促学提技能)
    most = len(pairs) >= 10 and 3 * after_shared >= 2 * len(pairs) and before_shared == 0
    if not (_NAMES_A_BODY.search(heads) or Gazetteer.load().find_in_text(heads) or told or most):
        return False
    # the report below telling the headlines again needs no three shared words: on a short page the common ones
    # are most of them (广信区总工会召开劳模代表座谈会 / …广信区总工会于4月28日召开了…劳模代表座谈会)
    return ((after_shared >= 3 or told) and (before_shared <= 3 or 3 * before_shared <= after_shared)
            and before_shared < after_shared)


def _told_again(heads: str, text: str) -> bool:
    """Whether the first sentence of ``text`` says again most of what the headlines say (at least half their
    character pairs, five or more): 市直机关第十九届职工运动会今日开幕 / 焦作市直机关第十九届职工运动会于今天上午…;
    5.12护士节北医三院工会慰问一线护士 / 5.12护士节来临之际，北医三院工会…; or the report's first lines quote the
    headlines as the name of its campaign (…开展“炎炎夏日送清凉·关爱户外劳动者”主题活动). The sentence says six
    characters or more of them in a row (北医三院工会): a feature's sub-heading sums up what follows in words of its
    own, or in a phrase the text then uses (以赛促学提技能 / …职工以赛促学、以学促干，技能明显提升)."""
    pairs = {heads[k:k + 2] for k in range(len(heads) - 1) if _HAN_PAIR.fullmatch(heads, k, k + 2)}
    first = text[:text.find("。") + 1 or len(text)]
    if len(first) <= 20:  # a couplet before the lede (礼赞劳动创造，表扬表彰先进。4月29日，…): the lede too
        first = text[:text.find("。", len(first)) + 1 or len(text)]
    if len(pairs) < 5:
        return False
    if f"“{heads.strip()}”" in text[:300]:
        return True
    run = difflib.SequenceMatcher(None, heads, first, autojunk=False).find_longest_match(0, len(heads), 0, len(first))
    return 2 * sum(pair in first for pair in pairs) >= len(pairs) and run.size >= 6


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff\d]{2}")
# What a report's headline names and a sub-heading seldom does: a body (总工会, 医院) or a division (`Gazetteer`).
_NAMES_A_BODY = re.compile(r"工会|集团|公司|医院|学校|大学|[\u4e00-\u9fff](?:[省市县区镇乡]委|局|厅)")


def _closes_article(part: _Part) -> bool:
    """Whether a part can be the last of an article: a caption, credit or signature, a finished
    sentence (a report's whole text may be its byline's paragraph), a note in brackets, alone or after the last
    sentence (`（株洲日报 5月22日）`, `…期望。 （昭化区总工会）`), or a jump to another page (`…（转2版）`)."""
    if part.kind in ("caption", "credit", "trailer", "note"):
        return True
    text = part.para.text.strip()
    return part.kind in ("body", "brief", "byline") and (
        closes_paragraph(text) or text[:1] in "（(" and text[-1:] in "）)")


def _peel_trailing_headlines(segment: list[_Part]) -> tuple[list[_Part], list[_Part]]:
    """Split off the headline paragraphs after the body (a caption and its credit may sit between, or
    follow them at the foot of the page: they stay with the body)."""
    end = len(segment)
    while end > 1 and segment[end - 1].kind in ("caption", "credit", "trailer", "note"):
        end -= 1
    foot = segment[end:]
    last = end
    while end > 1 and segment[end - 1].kind == "headline":
        end -= 1
    if end == last:
        end = len(segment)
        while end > 1 and segment[end - 1].kind == "headline":
            end -= 1
        return segment[:end], segment[end:]
    return segment[:end] + foot, segment[end:last]


def _make_article(page: Page, position: int, heads: list[_Part], parts: list[_Part]) -> Article | None:
    byline = ""
    contributors: list[Contributor] = []
    captions: list[Caption] = []
    body_paras: list[tuple[str, str]] = []  # (text, as the page wrote it)
    pending_caption: str | None = None
    for part in parts:
        text = part.para.text
        if part.kind == "note":
            contributors += parse_note(text)  # 来源：… / 责编 李娇蓉 审核 华芳: said of the report, not in it
            continue
        if part.kind == "standalone" and not byline and not body_paras:
            byline = text.strip()
            contributors += parse_byline(byline) or ([Contributor(byline, "")] if lone_name(byline) else [])
        elif part.kind == "trailer":
            byline = byline or text.strip()
            contributors += parse_byline(text) or [Contributor(name, "") for name in signature_names(text)]
        elif part.kind == "byline" and (not body_paras or len(body_paras) == 1
                                        and _BARE_DATELINE.fullmatch(body_paras[0][0])):
            match = byline_open(text)
            if not body_paras:
                byline = match.group(0).strip()
            contributors += parse_byline(match.group(0).strip())  # …日报讯： / （记者 X）: the dateline's reporter
            body_paras.append((text, part.para.original(page.original)))
        elif part.kind == "caption":
            if pending_caption is not None:
                captions.append(Caption(pending_caption, ""))
            pending_caption, credit = split_caption_credit(text)
            if credit:
                captions.append(Caption(pending_caption, credit))
                pending_caption = None
                contributors += parse_credit(credit)
        elif part.kind == "credit":
            captions.append(Caption(pending_caption or "", text.strip()))
            pending_caption = None
            contributors += parse_credit(text)
        else:
            body_paras.append((text, part.para.original(page.original)))
    if pending_caption is not None:
        captions.append(Caption(pending_caption, ""))
    seen: set[str] = set()  # a web page that prints the lede twice (its summary, then its text): once
    body_paras = [p for p in body_paras if len(p[0]) < 20 or not (p[0] in seen or seen.add(p[0]))]
    joined = join_column_breaks(body_paras)
    body = "\n".join(text for text, _ in joined)
    if not body.strip():
        return None
    # …慰问劳模活动 |: a web page's column rule; • 合肥市…圆满收官: a list's bullet
    titles = [undouble(h.para.text).rstrip(" |｜-").lstrip("•·●■◆▲★ ") for h in heads]
    said = _person_subheadline(page, heads[0], body) if len(heads) == 1 else None
    if said is not None:
        titles = list(said)
    main = [t for t in titles if not t.startswith("——")]
    if len(main) > 1 and main[0].endswith(("：", ":")):
        main = [main[0] + main[1]] + main[2:]  # 山海关： / 为农民工讨薪300万元: a kicker that opens the headline
    headline = main[0] if main else (titles[0] if titles else _lede_headline(body, byline))
    spans = [p.para for p in heads + parts]
    return Article(
        source=page.source,
        position=position,
        headline=headline,
        subheadlines=tuple(t for t in titles if t != headline),
        byline=byline,
        body=body,
        contributors=tuple(dict.fromkeys(contributors)),
        captions=tuple(captions),
        page_start=min(p.start for p in spans),
        page_end=max(p.end for p in spans),
        published=page.published,
        original_body="\n".join(original for _, original in joined),
    )


def _person_subheadline(page: Page, head: _Part, body: str) -> tuple[str, str] | None:
    """A headline and its last line apart when that line says what a person the report names did (市政府与市总工会
    第十四次联席座谈会召开 / 蒋文定出席并讲话): the sub-headline, not more of the headline."""
    lines = [line.strip() for line in page.text[head.para.start:head.para.end].split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = "".join(lines[:-1])
    # 陈敏尔张国清出席 邓凯唐良智致辞: acts of several people, apart; 集团工会主席陈连山出席: a post, then the name
    acts = [_PERSON_ACT.fullmatch(act) for act in lines[-1].split()]
    if (not all(acts) or not all(_names_in(_after_post(act.group(1)), body) for act in acts)
            or lexicons.post_ends_at(first, len(first))):  # 省总工会副主席 / 钱望舒出席: one headline, wrapped
        return None
    return first, lines[-1]


def _after_post(run: str) -> str:
    """The names of a run that may open with a post (集团工会主席|陈连山): what follows the post's end."""
    end = next((k for k in range(len(run) - 2, 1, -1) if lexicons.post_ends_at(run, k)), 0)
    return run[end:]


_PERSON_ACT = re.compile(r"([\u4e00-\u9fff、 ]{2,16}?)(?:出席|主持|带队|率队|调研|讲话|致辞)(?:并(?:讲话|致辞))?(?:活动|会议)?")


def _names_in(run: str, body: str) -> bool:
    """Whether ``run`` is one or more names of the body's persons, run together or apart (郭灵计侯川, 王刚、李强)."""
    return any(is_plausible_name(run[:size]) and run[:size] in body
               and (size == len(run) or _names_in(run[size:].lstrip("、 "), body)) for size in (2, 3))


# The time a report opens with: 5月20日至25日，/ 近日，/ 9月9日上午，
TIME_CLAUSE = re.compile(r"^[^，。]{0,30}?(?:日|月|近日|日前|近期|连日来|今年以来)(?:上午|下午|中午|晚上|晚)?[，,]\s*")


def _lede_headline(body: str, byline: str) -> str:
    """A headline for an article printed without one (an item of news in brief): the words in 【】 it opens
    with, else its first sentence after the byline, bullet and date, cut at a clause end within 40 characters."""
    text = body[len(byline):] if byline and body.startswith(byline) else body
    lead = re.match(r"\s*【([^】\n]{2,40})】", text)
    if lead:  # 【市总工会开展劳模宣讲进企业活动】4月24日，…: the item's own headline
        return lead.group(1).strip()
    text = re.sub(r"^(?:[\s●▲◆★■□◇○△]|报道\s*[:：])+", "", text)  # 本报讯 记者X报道：…: the byline's end
    sentence = re.split(r"[。！？\n]", text, maxsplit=1)[0].strip()
    rest = TIME_CLAUSE.sub("", sentence, count=1)
    sentence = rest if len(rest) >= 6 else sentence
    if len(sentence) <= 40:
        return sentence
    cuts = [m.start() for m in re.finditer(r"[，；：]", sentence[:40])]
    return sentence[: cuts[-1]] if cuts else sentence[:40]


# A feature's sub-heading of two short phrases (示范竞赛 授旗授牌, 送温暖 暖人心): a paragraph of its own, no column break.
_SUBHEADING = re.compile(r"[\u4e00-\u9fff“”]{2,9}[ \u3000]+[\u4e00-\u9fff“”]{2,9}")


def join_column_breaks(paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a paragraph that stops mid-sentence with the next one; (text, original) pairs alike."""
    joined: list[tuple[str, str]] = []
    for text, original in paragraphs:
        if joined and not ends_sentence(joined[-1][0]) and not _SUBHEADING.fullmatch(joined[-1][0].strip()):
            joined[-1] = (joined[-1][0] + text, joined[-1][1] + original)
        else:
            joined.append((text, original))
    return joined


def parse_byline(byline: str) -> list[Contributor]:
    """The people a byline names, with their role: `本报讯（记者李新和 通讯员薛智勇）`."""
    byline = unspaced_roles(byline)  # 记 者 房 伟
    if is_work_credit(byline):  # 文字：李霞 图片：詹琪儿: the writers, with no post, and the photographers
        return [Contributor(name, "摄影" if work in ("图片", "图", "摄影") else "")
                for work, name in work_credit_names(byline)]
    inner = re.sub(r"^.*?[（(]", "", byline) if re.search(r"[（(]", byline) else byline
    inner = re.sub(rf"\s*(?:{'|'.join(BYLINE_VERBS)})$", "", inner.rstrip("）) ：:"))
    inner = _WORK_LABEL.sub("", inner)  # （图文/陈 炼）: who wrote and took the photos, named with no role
    inner = _PADDED_NAME.sub(r"\1\2", inner)
    reported = re.fullmatch(r".*?[讯电]\s+([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)", inner)
    if reported and not _ROLE_SPLIT.search(inner):  # 本报讯 徐金星报道: a reporter named with no role
        return [Contributor(name, "记者") for name in reported.group(1).split() if _signed_name(name)]
    pieces = _ROLE_SPLIT.split(inner)
    if len(pieces) == 1 and re.search(r"(?:[讯电]|\d日)\s*[（(]", byline):  # 本报讯（李洁 翁大彬）: names in brackets, no role
        names = [name for run in re.split(r"[\s、]+", inner.strip("（( ")) if len(run) >= 2
                 for name in _names_of_run(run) if len(name) <= 4 and not MEDIA_NAME.fullmatch(name)]
        signed = [name for name in names if _signed_name(name)]
        if signed:  # beside a name, a rare surname's name is one too (本报讯（秋冰 许一铭）: 秋 is 百家姓's)
            signed = [name for name in names if name in signed or _rare_surname_word(name)]
        return [Contributor(name, "") for name in signed]
    people: list[Contributor] = []
    role = ""
    for piece in pieces:
        if piece in ROLE_WORDS:
            role = "记者" if piece.endswith("记者") else piece
            continue
        if not role:  # 本报讯（马宇兵 魏颖卓 记者白云峰）: names before the first role, without one
            if len(pieces) > 1:
                people += [Contributor(name, "") for name in re.split(r"[\s、]+", piece.strip("（( "))
                           if len(name) <= 4 and _signed_name(name) and not MEDIA_NAME.fullmatch(name)]  # not 郑报
            continue
        people += [Contributor(name, role) for run in _BYLINE_RUN.findall(piece) for name in _names_of_run(run)
                   if not is_body_signature(name) and not MEDIA_NAME.fullmatch(name)  # not 平舆融媒
                   and not _names_a_body(name)  # 作者：鹿邑县总工会
                   and name not in BYLINE_VERBS]  # 记者 张伟婷 报道 刘汯林 摄影: what the first did
    if len(pieces) > 2 and pieces[-2] in ("摄影", "摄") and not pieces[-1].strip() and people:
        people[-1] = Contributor(people[-1].name, "摄影")  # …刘汯林 摄影）: the role after the name, his photos
    return people


def _names_a_body(name: str) -> bool:
    """Whether a byline's "name" is a body's (鹿邑县总工会, 市总工会宣传…): a union's, or one with a body's ending."""
    return "工会" in name or len(name) >= 4 and name.endswith(lexicons.org_suffixes())


def parse_note(note: str) -> list[Contributor]:
    """The people a web report's closing note names, with their roles as written: `拟稿人：张华 尹秋菊 核稿人：刘家褚
    来源：平阴县`, `文旅头条通讯员 何叶 康斌 文 责编 李娇蓉 审核 华芳` (the reporters before the first editor's role)."""
    pieces = _NOTE_ROLE.split(note)
    head = _WORK_MARK.split(pieces[0], 1)[0]  # …康斌 文 / 红河州总工会 图: the writers, before what they did
    reporters = parse_byline(head) if re.search("记者|通讯员", head) else []
    people = [c for c in reporters if c.role and _signed_name(c.name)]
    for role, text in zip(pieces[1::2], pieces[2::2]):
        text = _NOTE_OTHER.split(text, 1)[0]  # up to 来源：平阴县
        people += [Contributor(name, role) for name in re.split(r"[\s、，,/／（）()]+", text) if _signed_name(name)]
    return people


_NOTE_ROLE = re.compile(r"(责任编辑|责编|编辑|审核|校对|[核拟]稿人?|[一二三终]审|编审)\s*[:：]?\s*")
_WORK_MARK = re.compile(r"\s+[文图](?=\s|$|[\u4e00-\u9fff]{5})")  # 康斌 文 / 红河州总工会 图, joined: not 文小明
_NOTE_OTHER = re.compile(r"(?:信息来源|文章来源|来源|稿源|作者|图片|摄影)\s*[:：]")


_WORK_LABEL = re.compile(r"^\s*(?:图文|文图|文/图|图/文|文|图)\s*[/／:：]\s*")
_PADDED_NAME = re.compile(r"^\s*([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])\s*$")  # 陈 炼: one name, padded


def _names_of_run(run: str) -> list[str]:
    """The names of a byline's run of Han characters: two when the space between them was lost, as where a wrap
    fell between them (通讯员 孟勇樊昕炎, 记者/何春林黎世伟) and one way of cutting the run of five or six
    characters gives two whole names (the cut whose second name starts with the commoner surname, when two do)."""
    if not 5 <= len(run) <= 6 or "·" in run:
        return [run]
    cuts = [(run[:k], run[k:]) for k in range(2, len(run) - 1) if _whole_name(run[:k]) and _whole_name(run[k:])]
    if len(run) == 6 and any(len(first) == 3 for first, _ in cuts):
        cuts = [(first, second) for first, second in cuts if len(first) == 3]  # two names of three characters
    ranks = lexicons.surname_ranks()
    rank = len(ranks)
    cuts.sort(key=lambda cut: min(ranks.get(cut[1][:2], rank), ranks.get(cut[1][0], rank)))
    return list(cuts[0]) if cuts else [run]


def _whole_name(word: str) -> bool:
    """A plausible name that is more than a compound surname and no common word."""
    return word not in lexicons.surnames() and _signed_name(word)


def signature_names(text: str) -> list[str]:
    """The names of a line that is only a signature in brackets with no role (`（宋巍）`, `（项目部 王鑫）`) or a
    union's name and a writer's (`郏县总工会 房沛沛`), or none."""
    match = BRACKET_SIGNATURE.fullmatch(text.strip())
    if match is None and _BARE_NAMES.fullmatch(text.strip()):  # 钟伟 徐晔: writers' names alone on a line
        names = text.split()
        return names if all(map(_signed_name, names)) and all(map(is_plausible_name, names)) else []
    if match is None:
        union = _UNION_SIGNATURE.fullmatch(text.strip())  # 郏县总工会 房沛沛: the union that sent it, and its writer
        return [union.group(1)] if union and _signed_name(union.group(1)) and is_plausible_name(union.group(1)) else []
    names = re.split(r"[\s、]+", match.group(1))
    before = match.group(0)[1:match.start(1) - match.start(0)].strip()
    if before and len(before) <= 4 and _signed_name(before) and before[-1] not in "部处科室队组站所办厂局院校司":
        names.insert(0, before)  # （张杨 金鑫）: two names, not a department and a name
    return names if all(map(_signed_name, names)) else []


_BARE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){1,3}")
_UNION_SIGNATURE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:总工会|工会)[ \u3000]+([\u4e00-\u9fff]{2,3})")


def _rare_surname_word(word: str) -> bool:
    """A name of two or three characters opening with a rare surname (秋冰), no common word."""
    return (2 <= len(word) <= 3 and word[0] in lexicons.rare_surnames()
            and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word)) and segmenter.frequency(word) < 50)


def _signed_name(word: str) -> bool:
    """A word written where a signature's name stands that reads as a name: a known surname, no common word."""
    return is_plausible_name(word) and segmenter.frequency(word) < 100


def parse_credit(credit: str) -> list[Contributor]:
    """The photographers a credit line names, with the post it writes before them:
    `本报记者 李新和 摄` → [李新和, 摄影, 记者]; a writer named first with 文 (`王建军文 刘保成 摄`) is 撰稿."""
    text = _CREDIT_HEAD.sub("", _CREDIT_TAIL.sub("", credit.strip()))
    provided = credit.strip().rstrip("）) ").endswith(("供图", "提供"))  # 单位供图, 受访者供图: mostly no person's
    named = _signed_name if provided else is_plausible_name
    people: list[Contributor] = []
    post = ""
    for piece in _ROLE_SPLIT.split(text):
        if piece in ROLE_WORDS:
            post = "记者" if piece.endswith("记者") else "" if piece.startswith("摄") else piece
            continue
        for name in _NAME.findall(piece):
            if len(name) == 4 and name.endswith("文") and is_plausible_name(name[:3]):
                people.append(Contributor(name[:3], "撰稿", post))  # 王建军文 刘保成 摄: the text's writer
            elif named(name):
                people.append(Contributor(name, "摄影", post))
    return people  # 市总工会 提供: a body's photo, no photographer
