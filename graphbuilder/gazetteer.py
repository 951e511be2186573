"""China's administrative divisions: lookup by name, containment, and place names in text.

The divisions (province, prefecture, county, township) come from ``data/gazetteer/divisions.tsv``,
built by ``data/scripts/build_divisions.py``; see ``data/README.md`` for the source and licence.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graphbuilder.lexicons import read_list
from graphbuilder.resources import data_path

LEVELS = ("province", "prefecture", "county", "township")
_RANK = {level: rank for rank, level in enumerate(LEVELS)}

_JOINING = frozenset("和与及同")
_STREET_AFTER = re.compile(r"[村屯路街巷]|[东南西北中][路街]")  # 枣庄村, 西藏路, 金昌南路: named after the place


def _inside_a_word(text: str, start: int) -> bool:
    """Whether a name found at ``start`` begins inside a word (远大|理想 → no 大理; 河南|阳光 → no 南阳; 罗浮山|县镇村 →
    no 浮山县), as the segmenter cuts the text around it; a name opening a word is a place's (赴大理, 许昌学院)."""
    from .segmenter import cut, frequency

    if not any(frequency(text[left:right]) for left in range(max(0, start - 3), start)
               for right in range(start + 1, start + 3)):
        return False  # no word of the dictionary runs over the name's first character: nothing to cut
    begin = max(0, start - 4)
    pos = begin
    for word in cut(text[begin:start + 6]):
        if pos >= start:
            return False
        if pos + len(word) > start:
            return True
        pos += len(word)
    return False


def _after_a_noun(text: str, start: int) -> bool:
    """Whether a one-character county's name (兴县, 富县) follows a common noun of two characters, as in a slogan
    (工业强县、产业兴县; 农业富县): the verb and 县, not the county (a place or a person's name, a verb or a
    preposition goes before a county: 吕梁兴县, 赴兴县)."""
    from .segmenter import part_of_speech

    return start >= 2 and part_of_speech(text[start - 2:start]) in ("n", "vn")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# A county or district named after its peoples (管城回族区, 长阳土家族自治县): its place name and its level.
_ETHNIC_COUNTY = re.compile(r"(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+(?:自治)?([县区旗])")
_SIDED_BANNER = re.compile(r"[\u4e00-\u9fff]{3}(左翼|右翼)?([左右前中后])旗")  # Inner Mongolia's banners named by side
# Generic suffixes by level, tried in order, as (suffix, shortest stem that may remain).
# 林区 needs a 3-character stem so that 神农架林区 -> 神农架 but 万柏林区 -> 万柏林.
_SUFFIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "province": (("特别行政区", 2), ("自治区", 2), ("省", 2), ("市", 2)),
    "prefecture": (("自治州", 2), ("地区", 2), ("盟", 2), ("市", 2)),
    "county": (
        ("自治县", 2), ("自治旗", 2), ("林区", 3), ("矿区", 2), ("新区", 2), ("特区", 2),
        ("县", 2), ("区", 2), ("市", 2), ("旗", 2),
    ),
    "township": (
        ("街道办事处", 2), ("街道", 2), ("民族乡", 2), ("民族镇", 2), ("民族苏木", 2),
        ("苏木", 2), ("镇", 2), ("乡", 2),
    ),
}
# After these suffixes the stem may end in ethnic names: 延边朝鲜族(自治州), 大通回族土族(自治县).
_ETHNIC_SUFFIXES = {"自治区", "自治州", "自治县", "自治旗", "苏木", "镇", "乡"}
_MIN_STEM = 2

# A county or township name ending in 区 followed by 域 is the word 区域 ("region"): 河北区域 is
# 河北 + 区域, not the district 河北区 of Tianjin.
_FALSE_ENDINGS = {"区": "域", "县": "域"}  # 区域, 县域 (河南县域经济网): a word, no division's last character


@dataclass(frozen=True)
class Division:
    """One administrative division with its GB/T 2260 / statistical code."""

    code: str
    name: str
    level: str
    parent_code: str | None

    def __post_init__(self) -> None:
        if self.level not in _RANK:
            raise ValueError(f"division {self.code} {self.name}: level {self.level!r} is not one of {LEVELS}")

    @property
    def is_functional_zone(self) -> bool:
        """True for county-level development and demonstration zones of the statistical codes
        (code digits 5-6 in 71-79), which are not divisions in GB/T 2260."""
        return self.level == "county" and "71" <= self.code[4:6] <= "79"

    @property
    def rank(self) -> int:
        """0 for a province, 1 for a prefecture, 2 for a county, 3 for a township: lower is higher."""
        return _RANK[self.level]

    @property
    def is_city(self) -> bool:
        """A prefecture-level city or above it a municipality (北京市, 重庆市): a city whose 市总工会 is its own."""
        return self.level == "prefecture" or self.level == "province" and self.name.endswith("市")

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other names a text writes it by: 临夏州 for 临夏回族自治州, as its own papers call it; 管城区 for
        管城回族区 and 长阳县 for 长阳土家族自治县, a county named after its peoples by its place name and level."""
        if self.level == "prefecture" and self.name.endswith("自治州") and self.short + "州" != self.name:
            return (self.short + "州",)
        ethnic = _ETHNIC_COUNTY.fullmatch(self.name) if self.level == "county" else None
        if ethnic and len(ethnic.group(1)) >= 2:
            return (ethnic.group(1) + ethnic.group(2),)
        banner = _SIDED_BANNER.fullmatch(self.name) if self.level == "county" else None
        if banner:  # 土默特左旗 → 土左旗, 科尔沁右翼前旗 → 科右前旗: a banner by its first character and its sides
            return (self.name[0] + (banner.group(1) or "")[:1] + banner.group(2) + "旗",)
        return ()

    @property
    def short(self) -> str:
        """The name without its generic suffix (河南省 -> 河南, 紫陵镇 -> 紫陵), at least 2 characters."""
        if self.is_functional_zone:
            return self.name
        for suffix, min_stem in _SUFFIXES[self.level]:
            stem = self.name[: -len(suffix)]
            if self.name.endswith(suffix) and len(stem) >= min_stem:
                return _strip_ethnic(stem) if suffix in _ETHNIC_SUFFIXES else stem
        return self.name


def _strip_ethnic(stem: str) -> str:
    """Drop trailing ethnic-group names from the stem of an autonomous division's name."""
    tokens = _ethnic_tokens()
    stripped = True
    while stripped:
        stripped = False
        for token in tokens:
            if stem.endswith(token) and len(stem) - len(token) >= _MIN_STEM:
                stem, stripped = stem[: -len(token)], True
                break
    if stem.endswith("族") and len(stem) > _MIN_STEM:  # 东乡族(自治县) -> 东乡, 鄂温克族(自治旗) -> 鄂温克
        stem = stem[:-1]
    return stem


@functools.cache
def _ethnic_tokens() -> tuple[str, ...]:
    """Ethnic-group names as they end a stem, longest first: 蒙古族, 蒙古 (as in 伊犁哈萨克), 各族."""
    names = read_list(data_path("gazetteer", "ethnic_groups.txt"))
    tokens = set(names) | {"各族"}
    tokens |= {name[:-1] for name in names if len(name) > 2}  # bare stems of 2+ characters only
    return tuple(sorted(tokens, key=len, reverse=True))


def read_divisions(path: Path) -> list[Division]:
    """Read a ``code<TAB>name<TAB>level<TAB>parent_code`` file with a header line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        msg = f"{path} is missing: rebuild it with data/scripts/build_divisions.py"
        raise FileNotFoundError(msg) from None
    divisions = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"{path}:{number}: expected 4 tab-separated fields, found {len(fields)}")
        code, name, level, parent = fields
        divisions.append(Division(code, name, level, parent or None))
    return divisions


def _order(division: Division) -> tuple[int, str]:
    return _RANK[division.level], division.code


class Gazetteer:
    """Divisions indexed by code, by name and short form, and for scanning text."""

    def __init__(self, divisions: Iterable[Division], stoplist: Iterable[str] = ()) -> None:
        """Index ``divisions``; ``stoplist`` strings are never reported by :meth:`find_in_text`."""
        self._by_code = {d.code: d for d in divisions}
        self._children: dict[str, tuple[Division, ...]] | None = None  # by the parent's code, made when first asked
        by_name: dict[str, list[Division]] = defaultdict(list)
        in_text: dict[str, list[Division]] = defaultdict(list)
        for d in sorted(self._by_code.values(), key=_order):
            by_name[d.name].append(d)
            # Two-character township names (范镇, 林场) are too often parts of words.
            if len(d.name) >= (3 if d.level == "township" else 2):
                in_text[d.name].append(d)
            if d.level != "township" and d.short != d.name:
                by_name[d.short].append(d)
                if d.level in ("province", "prefecture"):
                    in_text[d.short].append(d)
            for alias in d.aliases:
                by_name[alias].append(d)
                in_text[alias].append(d)
        # A county made a district or a city keeps its old name in older pages (密云县, now 密云区): without it
        # the scan would read the county's name from its second character (云县, in Yunnan).
        renamed: dict[str, list[Division]] = defaultdict(list)
        for d in self._by_code.values():
            if d.level == "county" and not d.is_functional_zone and d.name.endswith(("区", "市")) and len(d.name) >= 3:
                # 密云县 → 密云区, 沁阳县 → 沁阳市; a county-level city made a district too: 临安市 → 临安区
                for old_name in (d.name[:-1] + "县", d.name[:-1] + "市") if d.name.endswith("区") else (d.name[:-1] + "县",):
                    if old_name not in by_name:
                        renamed[old_name].append(d)
        for old_name, ds in renamed.items():
            by_name[old_name] += sorted(ds, key=_order)
            in_text[old_name] += sorted(ds, key=_order)
        self.renamed = frozenset(renamed)
        """Former names of counties and county-level cities made districts or cities (密云县 for 密云区, 临安市 for
        临安区), matched like their new names."""
        self._by_name = {name: tuple(ds) for name, ds in by_name.items()}
        self._in_text: dict[str, tuple[Division, ...]] = {k: tuple(ds) for k, ds in in_text.items()}
        # a county named with a common word of three characters or more (老城区 of 洛阳) is reported only where the
        # context is its city (`find_in_text`)
        self._stopped = {word: tuple(d for d in self._in_text.get(word, ()) if d.level == "county")
                         for word in stoplist if len(word) >= 3}
        self._in_text.update((word, ()) for word in stoplist)  # matches that report nothing
        self._ancestors: dict[Division, tuple[Division, ...]] = {}
        # Where a name may start: the first two characters of every name (one, if a name has only one); the
        # lengths of the names that start so, longest first.
        self._head_size = 1 if any(len(key) == 1 for key in self._in_text) else 2
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._in_text:
            lengths[key[:self._head_size]].add(len(key))
        self._lengths = {head: tuple(sorted(sizes, reverse=True)) for head, sizes in lengths.items()}
        self._head_keys = np.array(sorted(_packed(head) for head in self._lengths), dtype=np.int64)

    @classmethod
    def load(cls) -> Gazetteer:
        """The shipped gazetteer (read once, then cached)."""
        return _shipped_gazetteer()

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Division | None:
        """The division with this code, or None."""
        return self._by_code.get(code)

    def lookup(self, name: str) -> list[Division]:
        """All divisions with this full name, or this short form for a province, prefecture or
        county (洛阳 -> 洛阳市); highest level first, then by code."""
        return list(self._by_name.get(name, ()))

    def parent(self, division: Division) -> Division | None:
        """The division directly containing ``division``, or None for a province."""
        return self._by_code.get(division.parent_code) if division.parent_code else None

    def ancestors(self, division: Division) -> list[Division]:
        """The divisions containing ``division``, nearest first (county, prefecture, province)."""
        return list(self._ancestor_chain(division))

    def _ancestor_chain(self, division: Division) -> tuple[Division, ...]:
        chain = self._ancestors.get(division)
        if chain is None:
            chain, current = [], self.parent(division)
            while current is not None:
                chain.append(current)
                current = self.parent(current)
            chain = self._ancestors[division] = tuple(chain)
        return chain

    def counties_of(self, prefecture: Division) -> tuple[Division, ...]:
        """The county-level divisions directly under a prefecture (or a province: 天门市, 昌江黎族自治县)."""
        return tuple(d for d in self._children_of(prefecture) if d.level == "county")

    def townships_of(self, county: Division) -> tuple[Division, ...]:
        """The townships (towns, townships, subdistricts) directly under a county-level division."""
        return tuple(d for d in self._children_of(county) if d.level == "township")

    def counties_within(self, division: Division) -> tuple[Division, ...]:
        """The county-level divisions within a prefecture or a province."""
        prefectures = [d for d in self._children_of(division) if d.level == "prefecture"]
        return self.counties_of(division) + tuple(c for prefecture in prefectures for c in self.counties_of(prefecture))

    def _children_of(self, division: Division) -> tuple[Division, ...]:
        if self._children is None:
            children: dict[str, list[Division]] = {}
            for child in self._by_code.values():
                if child.parent_code:
                    children.setdefault(child.parent_code, []).append(child)
            self._children = {code: tuple(ds) for code, ds in children.items()}
        return self._children.get(division.code, ())

    def is_within(self, division: Division, ancestor: Division) -> bool:
        """True if ``ancestor`` contains ``division`` (a division is not within itself)."""
        return ancestor in self._ancestor_chain(division)

    def resolve(self, name: str, context: Sequence[Division] = ()) -> Division | None:
        """The division a name most likely means, given divisions already known from the text.

        Prefers a candidate inside (or equal to) a context division, then one sharing a
        prefecture or province with one; then a unique candidate; then the unique candidate of
        the highest level (吉林 -> 吉林省). Returns None if the name is unknown or still ambiguous.
        """
        return self._choose(self._by_name.get(name, ()), context)

    def find_in_text(
        self, text: str, context: Sequence[Division] = ()
    ) -> list[tuple[int, int, Division]]:
        """Find division names in ``text`` as (start, end, division), end exclusive.

        Scans left to right for the longest full name of any level (townships of 3+ characters)
        or short form of a province or prefecture; county short forms are left out as too
        ambiguous. Entries of the stoplist match but are not reported. Each ambiguous name is
        resolved as in :meth:`resolve`, with ``context`` plus the unambiguous divisions found in
        the text as context; a name that stays ambiguous yields one tuple per candidate.
        """
        # 李建军和县总工会…: a one-character county whose character is a conjunction after a name is the
        # conjunction and a level word (和|县总工会), not 和县
        scanned = [(start, end, cands or self._stopped_in(text[start:end], context))
                   for start, end, cands in _scan(self, text)]
        scanned = [span for span in scanned if span[2]]
        ends = {end for _, end, _ in scanned}  # 马鞍山市|和县 stays: chained to its city
        # 王集乡枣庄村, 西藏路, 金昌南路: a village or a street named like a city or a province (its short form, then 村 or 路)
        spans = [(start, end, cands) for start, end, cands in scanned
                 if not (end - start == 2 and text[start] in _JOINING and start > 0 and _is_han(text[start - 1])
                         and start not in ends and all(c.level == "county" for c in cands))
                 and not (_STREET_AFTER.match(text, end) and all(c.name != text[start:end] for c in cands))
                 and not (end - start == 2 and start not in ends and all(c.level == "county" for c in cands)
                          and _after_a_noun(text, start))
                 and not ((all(c.name != text[start:end] for c in cands) or end - start <= 3 and start not in ends)
                          and _inside_a_word(text, start))]  # 模范|县级, 罗浮山|县镇村: no 范县, no 浮山县
        known = [*context, *(cands[0] for _, _, cands in spans if len(cands) == 1)]
        found = []
        for start, end, candidates in spans:
            chosen = self._choose(candidates, known)
            found.extend((start, end, d) for d in ([chosen] if chosen else candidates))
        return found

    def _stopped_in(self, word: str, context: Sequence[Division]) -> tuple[Division, ...]:
        """The counties named ``word``, an entry of the stoplist (老城区), whose city is in ``context``: on a page
        of 洛阳, 在老城区张仲景大药房… names the district, not "the old town"."""
        return tuple(d for d in self._stopped.get(word, ()) if any(d.parent_code == c.code for c in context))

    def stoplisted(self, word: str) -> bool:
        """Whether ``word`` is an entry of the stoplist: a common word or a kind of zone (开发区, 综合保税区), no place."""
        return self._in_text.get(word) == ()

    def opening(self, text: str) -> str | None:
        """The division name ``text`` opens with, as written (金坛区 of 金坛区儒林镇; 定城镇 of 定城镇), or None."""
        return next((text[:end] for start, end, _ in self.find_in_text(text) if start == 0), None)

    def _choose(self, candidates: Sequence[Division], context: Sequence[Division]) -> Division | None:
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        known = set(context)
        inside = [c for c in candidates if c in known or not known.isdisjoint(self._ancestor_chain(c))]
        if len(inside) == 1:
            return inside[0]
        for rank in sorted({d.rank for d in known}, reverse=True):  # 站前街道 of 鞍山市, of the 7 of 辽宁省
            narrowest = {d for d in known if d.rank == rank}
            within = [c for c in inside if c in narrowest or not narrowest.isdisjoint(self._ancestor_chain(c))]
            if len(within) == 1:
                return within[0]
            if within:
                break
        if not inside:
            for level in ("prefecture", "province"):
                regions = {self._region(x, level) for x in context} - {None}
                inside = [c for c in candidates if self._region(c, level) in regions]
                if len(inside) == 1:
                    return inside[0]
                if inside:
                    break
        pool = inside or candidates
        top = min(_RANK[c.level] for c in pool)
        highest = [c for c in pool if _RANK[c.level] == top]
        return highest[0] if len(highest) == 1 else None

    def _region(self, division: Division, level: str) -> Division | None:
        """The division itself or its ancestor at ``level``, if any."""
        for d in (division, *self._ancestor_chain(division)):
            if d.level == level:
                return d
        return None


@functools.lru_cache(maxsize=1024)  # an article's body is scanned for its county, its places, its page
def _scan(gazetteer: Gazetteer, text: str) -> tuple[tuple[int, int, tuple[Division, ...]], ...]:
    """The names of `Gazetteer.find_in_text` with their candidates: at each position the longest name
    that starts there (and does not end falsely), then on after it; else the next position."""
    spans: list[tuple[int, int, tuple[Division, ...]]] = []
    in_text, lengths, size = gazetteer._in_text, gazetteer._lengths, gazetteer._head_size
    n = len(text)
    after = 0  # where the last name found ends
    for i in _name_starts(gazetteer, text):
        if i < after:
            continue
        for length in lengths[text[i:i + size]]:
            end = i + length
            key = text[i:end]
            if end <= n and key in in_text and not _false_ending(key, text, end):
                spans.append((i, end, in_text[key]))  # a stoplist entry's with no candidates
                after = end
                break
    return tuple(spans)


def _name_starts(gazetteer: Gazetteer, text: str) -> list[int]:
    """Where in `text` the first characters of a name stand (a few positions in a hundred), found for the whole
    text at once: each position's characters packed into an integer and looked up among the heads'."""
    size, heads = gazetteer._head_size, gazetteer._head_keys
    if len(text) < size or not len(heads):
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    keys = codes if size == 1 else (codes[:-1] << 21) | codes[1:]
    found = np.minimum(np.searchsorted(heads, keys), len(heads) - 1)
    return np.flatnonzero(heads[found] == keys).tolist()


def _packed(head: str) -> int:
    """The code points of one or two characters as one integer (21 bits each, as `_name_starts` packs them)."""
    return ord(head[0]) if len(head) == 1 else (ord(head[0]) << 21) | ord(head[1])


def _false_ending(key: str, text: str, end: int) -> bool:
    follower = _FALSE_ENDINGS.get(key[-1])
    return follower is not None and text[end : end + len(follower)] == follower


@functools.cache
def _shipped_gazetteer() -> Gazetteer:
    return Gazetteer(
        read_divisions(data_path("gazetteer", "divisions.tsv")),
        stoplist=read_list(data_path("gazetteer", "short_form_stoplist.txt")),
    )
