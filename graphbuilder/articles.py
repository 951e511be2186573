"""Splitting a page into articles.

An article starts at its byline (`本报讯（记者…）`, or a standalone `本报记者 …` before a feature). Its
headline is printed either before the byline or after the body; the page tells which: when the page opens
with headline-like lines before its first byline, headlines come first, otherwise after. Photo captions
(`左图 …`) and their credit (`本报记者 … 摄`) go to the article they sit in. A paragraph that does not end a
sentence continues in the next one (a column or page break), so the two are joined with no space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cleaning import (
    BYLINE_OPEN,
    CAPTION_OPEN,
    ROLE_WORDS,
    ends_sentence,
    is_photo_credit,
    is_standalone_byline,
    looks_like_headline,
    split_paragraphs,
    undouble,
)
from .records import Article, Caption, Contributor, Page, Paragraph

_ROLE_SPLIT = re.compile("(" + "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True)) + ")")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_CREDIT_TAIL = re.compile(r"\s*(?:摄影?|图)\s*$")
_CREDIT_HEAD = re.compile(r"^[■●□◆\s]*(?:摄影|图)\s*[:：/]?\s*")


@dataclass(frozen=True)
class _Part:
    kind: str  # byline | standalone | credit | caption | headline | body
    para: Paragraph


def split_articles(page: Page) -> list[Article]:
    """The articles of a page, in page order."""
    parts = [_Part(_classify(p.text), p) for p in split_paragraphs(page.text)]
    starts = [i for i, part in enumerate(parts) if part.kind in ("byline", "standalone")]
    if not starts:
        return _single_article(page, parts)
    lead = parts[: starts[0]]
    headline_first = any(p.kind == "headline" for p in lead) and not any(p.kind == "body" for p in lead)
    segments = [parts[s:e] for s, e in zip(starts, starts[1:] + [len(parts)])]
    articles: list[Article] = []
    if lead and not headline_first and any(p.kind == "body" for p in lead):
        segments.insert(0, lead)  # the tail of an article continued from an earlier page
    carried: list[_Part] = [p for p in lead if p.kind == "headline"] if headline_first else []
    for segment in segments:
        body, trailing = _peel_trailing_headlines(segment)
        if headline_first:
            heads, carried = carried, trailing
        else:
            heads = trailing
        article = _make_article(page, len(articles), heads, body)
        if article is not None:
            articles.append(article)
    return articles


def _classify(text: str) -> str:
    if BYLINE_OPEN.match(text):
        return "byline"
    if is_standalone_byline(text):
        return "standalone"
    if is_photo_credit(text):
        return "credit"
    if CAPTION_OPEN.match(text):
        return "caption"
    if looks_like_headline(text):
        return "headline"
    return "body"


def _peel_trailing_headlines(segment: list[_Part]) -> tuple[list[_Part], list[_Part]]:
    """Split off the headline paragraphs after the body (a caption and its credit may sit between)."""
    end = len(segment)
    while end > 1 and segment[end - 1].kind == "headline":
        end -= 1
    return segment[:end], segment[end:]


def _single_article(page: Page, parts: list[_Part]) -> list[Article]:
    """A file without bylines: one article, if it has any body text."""
    if not any(p.kind in ("body", "caption") for p in parts):
        return []
    heads: list[_Part] = []
    while parts and parts[0].kind == "headline":
        heads.append(parts.pop(0))
    if not heads:
        body, heads = _peel_trailing_headlines(parts)
        parts = body
    article = _make_article(page, 0, heads, parts)
    return [article] if article else []


def _make_article(page: Page, position: int, heads: list[_Part], parts: list[_Part]) -> Article | None:
    byline = ""
    contributors: list[Contributor] = []
    captions: list[Caption] = []
    body_paras: list[tuple[str, str]] = []  # (text, as the page wrote it)
    pending_caption: str | None = None
    for part in parts:
        text = part.para.text
        if part.kind == "standalone" and not byline and not body_paras:
            byline = text.strip()
            contributors += parse_byline(byline)
        elif part.kind == "byline" and not body_paras:
            match = BYLINE_OPEN.match(text)
            byline = match.group(0).strip()
            contributors += parse_byline(byline)
            body_paras.append((text, part.para.original(page.original)))
        elif part.kind == "caption":
            if pending_caption is not None:
                captions.append(Caption(pending_caption, ""))
            pending_caption = text
        elif part.kind == "credit":
            captions.append(Caption(pending_caption or "", text.strip()))
            pending_caption = None
            contributors += [Contributor(name, "摄影") for name in parse_credit(text)]
        else:
            body_paras.append((text, part.para.original(page.original)))
    if pending_caption is not None:
        captions.append(Caption(pending_caption, ""))
    joined = join_column_breaks(body_paras)
    body = "\n".join(text for text, _ in joined)
    if not body.strip():
        return None
    titles = [undouble(h.para.text) for h in heads]
    main = [t for t in titles if not t.startswith("——")]
    headline = main[0] if main else (titles[0] if titles else "")
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


def join_column_breaks(paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a paragraph that stops mid-sentence with the next one; (text, original) pairs alike."""
    joined: list[tuple[str, str]] = []
    for text, original in paragraphs:
        if joined and not ends_sentence(joined[-1][0]):
            joined[-1] = (joined[-1][0] + text, joined[-1][1] + original)
        else:
            joined.append((text, original))
    return joined


def parse_byline(byline: str) -> list[Contributor]:
    """The people a byline names, with their role: `本报讯（记者李新和 通讯员薛智勇）`."""
    inner = re.sub(r"^.*?[（(]", "", byline) if re.search(r"[（(]", byline) else byline
    inner = inner.rstrip("）) ")
    pieces = _ROLE_SPLIT.split(inner)
    people: list[Contributor] = []
    role = ""
    for piece in pieces:
        if piece in ROLE_WORDS:
            role = "记者" if piece.endswith("记者") else piece
            continue
        if not role:
            continue
        for name in _NAME.findall(piece):
            people.append(Contributor(name, role))
    return people


def parse_credit(credit: str) -> list[str]:
    """The photographers a credit line names: `本报记者 李新和 摄` → [李新和]."""
    text = _CREDIT_HEAD.sub("", _CREDIT_TAIL.sub("", credit.strip()))
    text = _ROLE_SPLIT.sub(" ", text)
    return _NAME.findall(text)
