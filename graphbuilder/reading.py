"""Reading input: files and folders of pages, decoded and normalised for matching.

Decoding accepts UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the NUL bytes say so)
and GB18030; anything else is an `InputError`. Line ends become `\\n`. The text that extraction reads is
simplified Chinese with full-width ASCII folded to ASCII; each step keeps the text's length, so offsets
into it are offsets into the decoded original too.
"""
from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .dates import header_date
from .errors import InputError
from .records import Page

TEXT_SUFFIXES = (".txt", ".text")
MAX_BYTES = 50 * 1024 * 1024

_BINARY_MAGIC = {
    b"%PDF": "a PDF file (extract its text first, e.g. with pdftotext)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx; save it as text first)",
    b"\xd0\xcf\x11\xe0": "an old Office document (save it as text first)",
    b"\x1f\x8b": "a gzip archive",
}
_ISO_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)")
_YEAR_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-_.]?(?:0[1-9]|1[0-2]))?(?!\d)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_pages(inputs: Iterable[str | Path], published: dt.date | None = None) -> list[Page]:
    """Read every page named by `inputs` (files, or folders searched for *.txt), in a stable order.

    Args:
        inputs: paths of text files or folders.
        published: the publication date of every page; overrides a date in a file name.
    """
    pages = [read_page(path, published=published) for path in iter_input_files(inputs)]
    return pages


def iter_input_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """The text files named by `inputs`: files as given, folders searched recursively, sorted."""
    seen: set[Path] = set()
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder (check the path)")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError(f"{path}: the folder holds no text files (*.txt); give pages as UTF-8 or GB18030 .txt files")
        else:
            files = [path]
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                yield file


def read_page(path: str | Path, published: dt.date | None = None) -> Page:
    """Read and decode one page."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: the file is {size // (1024 * 1024)} MB, more than the "
                             f"{MAX_BYTES // (1024 * 1024)} MB a page can be (split it into pages)")
        data = path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check its permissions") from None
    original, encoding = decode(data, str(path))
    text = normalise(original)
    return Page(
        source=path.name,
        text=text,
        original=original,
        encoding=encoding,
        published=published or date_from_name(path.name) or header_date(text),
    )


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode page bytes; returns the text with `\\n` line ends and the encoding used."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty or holds only white space (give a page of text)")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not a text page")
    text, encoding = _decode_bytes(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file holds only white space (give a page of text)")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise InputError(f"{name}: the file holds binary data, not text (give a UTF-8 or GB18030 text file)")
    return text, encoding


def _decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    sample = data[:4096]
    if b"\x00" in sample:
        # NUL bytes in text are the high bytes of ASCII (or of a few Han characters) in UTF-16.
        best = max(((_plausibility(text), text) for enc, text in _decodings(data) if enc != "gb18030"), default=None)
        if best and best[0] >= 0.9:
            return best[1], "utf-16"
        raise InputError(f"{name}: the file holds binary data, not text (give a UTF-8 or GB18030 text file)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Without a BOM, UTF-16 of Chinese text has no NUL bytes: take the decoding that reads most like text.
    best = max(((_plausibility(text), encoding, text) for encoding, text in _decodings(data)), default=None)
    if best is None or best[0] < 0.9:
        raise InputError(f"{name}: the text is not UTF-8, UTF-16 or GB18030 (re-save it as UTF-8)")
    return best[2], best[1]


def _decodings(data: bytes):
    for encoding in ("gb18030", "utf-16-le", "utf-16-be"):
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        try:
            yield encoding, data.decode(encoding)
        except UnicodeDecodeError:
            continue


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\x20-\x7e\s]")


def _plausibility(text: str) -> float:
    """The share of characters that Chinese news text is made of."""
    sample = text[:4000]
    return len(_PLAUSIBLE.findall(sample)) / max(1, len(sample))


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name}: the text is not valid {encoding.upper()} (re-save it as UTF-8)") from None


def normalise(text: str) -> str:
    """Simplified characters, full-width ASCII and ideographic spaces folded, ASCII punctuation in Chinese text
    made Chinese, question marks left by lost characters at a paragraph's start and a web page's image lines
    blanked; the length never changes."""
    text = to_simplified(text)
    # Only where a character folds: str.translate looks every character of a Chinese text up (ten times slower).
    text = _FOLDS.sub(lambda match: _FULL_WIDTH_CHARS[match.group()], text)
    text = _LOST_CHARS.sub(lambda match: " " * len(match.group()), text)
    text = _IMAGE_LINE.sub(lambda match: " " * len(match.group()), text)
    if "://" in text:
        text = _IMAGE_ADDRESS.sub(lambda match: " " * len(match.group()), text)
    return chinese_punctuation(text) if _ASCII_MARK.search(text) else text


# Characters a page lost to a wrong encoding on the way, left as question marks at a paragraph's start (??? 德州…).
_LOST_CHARS = re.compile(r"^[ \t]*[?？]{2,}(?=[ \t\u3000]|[\u4e00-\u9fff])", re.M)
# A web page's image left as a line of its own: its file name (fcc718….png, 工会2.jpg) or its caption with the site's code
# glued on (…揭牌仪式_fororder_图片1).
_IMAGE_LINE = re.compile(r"^[ \t]*[\w\-]+\.(?:png|jpe?g|gif|bmp|webp)[ \t]*$|^[^\n]*?_[A-Za-z]{3,}_\S*[ \t]*$"
                         r"|^[ \t]*(?:文章图片|点击查看大图|查看原图)[ \t]*$", re.M | re.I)  # a placeholder where the image was
# Images' addresses left in the text, glued together or to what follows (http://pic.….jpghttp://….jpg 东营网讯 …).
_IMAGE_ADDRESS = re.compile(r"https?://[^\s\u4e00-\u9fff]+?\.(?:png|jpe?g|gif|bmp|webp)", re.I)
# ASCII punctuation beside a Chinese character (a page copied from the web: 市总工会党组书记,常务副主席…).
_ASCII_MARK = re.compile(r'[\u4e00-\u9fff][,;:!?.()"]|[,;:!?()"][\u4e00-\u9fff]')
_CHINESE_MARK = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。", "(": "（", ")": "）"}
_MARK_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff”）])[,;:!?)]|(?<=[\u4e00-\u9fff”）])\.(?!\d)"
                             r"|[,;:!?(](?=[\u4e00-\u9fff“])"
                             r"|(?<=[\u4e00-\u9fff]\n)[,;:!?)]"  # 康爽 / ): a mark wrapped onto the next line
                             r"|[(](?=\n[\u4e00-\u9fff])")  # …6月底。( / 刘丽萍 顾威): a bracket left on the line before
# A stop between the two halves of a short slogan in quotes is its middle dot: “中国梦.劳动美” → “中国梦·劳动美”.
_SLOGAN_DOT = re.compile(r'([“"][\u4e00-\u9fff]{1,8})\.([\u4e00-\u9fff]{1,8}[”"])')
_QUOTED = re.compile(r'"([^"\n]{1,60}(?:\n[^"\n]{1,60})?)"')  # a quotation may wrap onto the next line


def chinese_punctuation(text: str) -> str:
    """ASCII commas, colons, stops, brackets and quotes written beside Chinese characters as Chinese ones
    (one for one: offsets hold); those between digits or Latin letters (3.5万, A:B) stay."""
    text = _SLOGAN_DOT.sub("\\1·\\2", text)
    text = _MARK_AFTER_HAN.sub(lambda match: _CHINESE_MARK[match.group()], text)
    return _QUOTED.sub(lambda match: f"“{match.group(1)}”" if re.search(r"[\u4e00-\u9fff]", match.group(1))
                       else match.group(0), text)


# Full-width digits, letters and the ideographic space fold to ASCII; Chinese punctuation stays as it is.
_FULL_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x3000: 0x20,
    0xFF0E: 0x2E,  # full-width full stop, as in １０８２．８９
    0xFF05: 0x25,  # ％
}
_FULL_WIDTH_CHARS = {chr(wide): chr(narrow) for wide, narrow in _FULL_WIDTH.items()}
_FOLDS = re.compile("[" + "".join(map(re.escape, _FULL_WIDTH_CHARS)) + "]")


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese with OpenCC, keeping the length (and so every offset)."""
    converter = _converter()
    if converter is None or text.isascii():
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        changed = 0 if converted == text else sum(map(operator.ne, text, converted))
        if changed < _TRADITIONAL_SHARE * len(text):
            return text  # a simplified text: 徐自乾 and 於 (a surname) are simplified characters too
        return converted
    # A phrase conversion changed the length: convert character by character instead.
    return "".join(_convert_char(ch) for ch in text)


_TRADITIONAL_SHARE = 0.02
"""A text with fewer of its characters changed by the conversion than this is simplified already (a traditional
text changes about a fifth of them), and is left as it is."""


@lru_cache(maxsize=None)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _convert_char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def date_from_name(name: str) -> dt.date | None:
    """The publication date a file name carries: `2020-09-11_page3.txt`, `20200911-a.txt`,
    `luoyang-2023-04-28.txt`."""
    match = _ISO_NAME.search(name)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        return None


def year_from_name(name: str) -> int | None:
    """The year a file name gives, with or without month and day: `jiaozuo-page-2020-09.txt` → 2020."""
    date = date_from_name(name)
    if date is not None:
        return date.year
    match = _YEAR_NAME.search(name)
    return int(match[1]) if match else None
