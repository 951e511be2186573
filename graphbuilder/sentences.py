"""Splitting an article body into sentences, as end-exclusive spans."""
from __future__ import annotations

import re

# A sentence runs to 。！？； (with any closing quotes after it) or to the end of a paragraph.
_SENTENCE = re.compile(r"[^。！？!?；;\n]+(?:[。！？!?；;]+[”’」』）)]*)?|[。！？!?；;]+[”’」』）)]*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`; white space between sentences is left out."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span that holds `offset`."""
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return (offset, offset)
