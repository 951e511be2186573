"""Score a graph against gold annotations, with the same metrics as the independent ``eval/score.py``.

Gold files follow ``eval/SCHEMA.md``: one article (its text in a ``.txt`` of the same name) or a page
(``{"articles": [...]}``). Each gold article is aligned with the graph's ``schema:NewsArticle`` whose body
contains the first 30 characters of the gold body; names are compared after NFKC and whitespace removal;
precision, recall and F1 are micro-averaged over all articles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from graphbuilder.errors import InputError

__all__ = [
    "METRICS",
    "SUMMARY_METRICS",
    "evaluate",
    "format_evaluation",
    "schema_http",
    "shortfalls",
]

METRICS = (
    "attendance",
    "event_dates",
    "organisations",
    "organisations_lenient",
    "persons",
    "places",
    "places_lenient",
    "titles",
)
SUMMARY_METRICS = ("persons", "titles", "organisations_lenient", "places_lenient", "event_dates", "attendance")
SEGMENTATION = "segmentation"

NO_DATE = "nodate"
ANCHOR_LENGTH = 30
_SCHEMA_HTTP, _SCHEMA_HTTPS = "http://schema.org/", "https://schema.org/"
_WHITESPACE = re.compile(r"\s+")
_PAGE_FILE = re.compile(r"pages/p\d+\.json$")

_PREFIXES = """PREFIX schema: <http://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_ARTICLES = _PREFIXES + """SELECT ?a ?body ?headline WHERE {
  ?a a schema:NewsArticle ; schema:articleBody ?body . OPTIONAL { ?a schema:headline ?headline } }"""
_NAMED = _PREFIXES + """SELECT ?a ?type ?name WHERE {
  { ?a schema:mentions ?x } UNION { ?a schema:author ?x } UNION { ?a schema:contributor ?x }
  ?x a ?type ; schema:name ?name . VALUES ?type { schema:Person schema:Organization schema:Place } }"""
_EVENTS = _PREFIXES + """SELECT ?a ?date WHERE {
  ?a schema:mentions ?e . ?e a schema:Event . OPTIONAL { ?e schema:startDate ?date } }"""
_ATTENDANCE = _PREFIXES + """SELECT ?a ?name ?date WHERE {
  ?a schema:mentions ?e . ?e a schema:Event ; schema:attendee ?p . ?p schema:name ?name .
  OPTIONAL { ?e schema:startDate ?date } }"""
_TITLES = _PREFIXES + """SELECT ?name ?title WHERE {
  ?post org:heldBy ?p ; rdfs:label|skos:prefLabel ?title . ?p schema:name ?name }"""
_KIND = {"Person": "persons", "Organization": "organisations", "Place": "places"}


def normalise(text: object) -> str:
    """The canonical form names are compared in: NFKC, no whitespace."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", str(text)))


def schema_http(graph: Graph) -> Graph:
    """``graph`` with ``https://schema.org/`` IRIs rewritten to the contract's ``http://schema.org/``."""
    if not any(_SCHEMA_HTTPS in str(term) for triple in graph for term in triple if isinstance(term, URIRef)):
        return graph
    fixed = Graph()
    for triple in graph:
        fixed.add(tuple(_http(term) for term in triple))
    return fixed


def _http(term):
    return URIRef(str(term).replace(_SCHEMA_HTTPS, _SCHEMA_HTTP)) if isinstance(term, URIRef) else term


@dataclass
class _Predicted:
    """What the graph says about one article."""

    body: str = ""
    headline: str = ""
    persons: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    event_dates: set[str] = field(default_factory=set)
    attendance: set[tuple[str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class _GoldArticle:
    gold: dict
    anchor: str


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable, gold: Iterable, ignore: Iterable = (),
            same: Callable[[object, object], bool] = lambda p, g: p == g) -> None:
        """Greedily match predictions to gold items (sorted, so the result is deterministic)."""
        ignore = sorted(ignore)
        gold = sorted(set(gold))
        matched: set = set()
        for p in sorted(p for p in set(predicted) if not any(same(p, i) for i in ignore)):
            hit = next((g for g in gold if g not in matched and same(p, g)), None)
            if hit is None:
                self.fp += 1
            else:
                matched.add(hit)
                self.tp += 1
        self.fn += len(gold) - len(matched)

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def evaluate(graph: Graph, gold_paths: list[Path]) -> dict[str, dict]:
    """Precision, recall and F1 of ``graph`` against the gold files, and how well articles were segmented.

    Returns:
        ``{metric: {"p", "r", "f1", "tp", "fp", "fn"}}`` for each of ``METRICS``, and ``"segmentation"``:
        ``{"gold", "aligned", "merged", "headline_ok", "extra"}`` (gold articles; those found in the graph;
        found ones whose body also holds another gold article; found ones with a matching headline; graph
        articles no gold article was aligned with).

    Raises:
        InputError: a gold file is missing or is not gold JSON.
    """
    graph = schema_http(graph)
    articles, titles = _predicted(graph)
    golds = [article for path in gold_paths for article in _read_gold(Path(path))]
    counts = {metric: _Counts() for metric in METRICS}
    segmentation = {"gold": len(golds), "aligned": 0, "merged": 0, "headline_ok": 0}
    used = set()
    for entry in golds:
        gold, anchor = entry.gold, entry.anchor
        found = next((node for node, art in articles.items() if anchor and anchor in art.body), None)
        predicted = articles[found] if found is not None else _Predicted()
        if found is not None:
            used.add(found)
            segmentation["aligned"] += 1
            if any(other.anchor and other.anchor in predicted.body for other in golds if other is not entry):
                segmentation["merged"] += 1
            if _headline_matches(predicted.headline, normalise(gold.get("headline", ""))):
                segmentation["headline_ok"] += 1
        _score_article(gold, predicted, counts)
    gold_titles = {
        (normalise(person["name"]), normalise(title))
        for entry in golds
        for person in entry.gold.get("persons", [])
        for title in person.get("titles", [])
    }
    counts["titles"].add(titles, gold_titles, same=_same_title)
    segmentation["extra"] = len(articles) - len(used)
    result = {metric: counts[metric].scores() for metric in METRICS}
    result[SEGMENTATION] = segmentation
    return result


def shortfalls(result: dict[str, dict], minimums: dict[str, float]) -> list[str]:
    """The metrics whose F1 falls below its minimum; for ``segmentation``, the share of gold articles found
    in the graph and not merged with another."""
    short = [
        f"{metric} f1 {result[metric]['f1']} < {minimum}"
        for metric, minimum in minimums.items()
        if metric != SEGMENTATION and metric in result and result[metric]["f1"] < minimum
    ]
    if SEGMENTATION in minimums:
        seg = result[SEGMENTATION]
        if (seg["aligned"] - seg["merged"]) / max(seg["gold"], 1) < minimums[SEGMENTATION]:
            short.append(f"segmentation {seg['aligned'] - seg['merged']}/{seg['gold']}")
    return short


def format_evaluation(result: dict[str, dict]) -> str:
    """One aligned line per metric, then a summary line of the main F1 scores."""
    metrics = [metric for metric in result if metric != SEGMENTATION]
    width = max([len(metric) for metric in metrics] + [len(SEGMENTATION)])
    lines = [f"{'metric':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>4}  {'fp':>4}  {'fn':>4}"]
    for metric in metrics:
        s = result[metric]
        lines.append(
            f"{metric:<{width}}  {s['p']:5.3f}  {s['r']:5.3f}  {s['f1']:5.3f}  {s['tp']:4d}  {s['fp']:4d}  {s['fn']:4d}"
        )
    seg = result.get(SEGMENTATION)
    if seg:
        lines.append(
            f"{SEGMENTATION:<{width}}  {seg['aligned']}/{seg['gold']} gold articles found, {seg['merged']} merged, "
            f"{seg['headline_ok']} headlines right, {seg['extra']} extra"
        )
    summary = " ".join(f"{metric}={result[metric]['f1']}" for metric in SUMMARY_METRICS if metric in result)
    if seg:
        summary += f" | articles {seg['aligned'] - seg['merged']}/{seg['gold']}"
    lines.append(summary)
    return "\n".join(lines)


def _predicted(graph: Graph) -> tuple[dict, set[tuple[str, str]]]:
    articles: dict = {}
    for node, body, headline in graph.query(_ARTICLES):
        articles.setdefault(node, _Predicted(normalise(body), normalise(headline) if headline else ""))
    for node, kind, name in graph.query(_NAMED):
        if node in articles:
            getattr(articles[node], _KIND[str(kind).rsplit("/", 1)[1]]).add(normalise(name))
    for node, date in graph.query(_EVENTS):
        if node in articles:
            articles[node].event_dates.add(str(date) if date else NO_DATE)
    for node, name, date in graph.query(_ATTENDANCE):
        if node in articles:
            articles[node].attendance.add((normalise(name), str(date) if date else NO_DATE))
    titles = {(normalise(name), normalise(title)) for name, title in graph.query(_TITLES)}
    return articles, titles


def _score_article(gold: dict, predicted: _Predicted, counts: dict[str, _Counts]) -> None:
    counts["persons"].add(
        predicted.persons,
        {normalise(person["name"]) for person in gold.get("persons", [])},
        {normalise(name) for name in gold.get("optional_persons", [])},
    )
    for key, alias_key in (("organisations", "org_aliases"), ("places", "place_aliases")):
        names = {normalise(name) for name in gold.get(key, [])}
        aliases = {
            normalise(name): {normalise(alias) for alias in surface} | {normalise(name)}
            for name, surface in gold.get(alias_key, {}).items()
        }
        optional = {normalise(name) for name in gold.get("optional_" + key, [])}
        optional |= {alias for name in optional for alias in aliases.get(name, ())}

        def lenient(p: str, name: str, aliases: dict = aliases) -> bool:
            return p == name or p in aliases.get(name, ())

        counts[key + "_lenient"].add(getattr(predicted, key), names, optional, lenient)
        counts[key].add(getattr(predicted, key), names, optional)
    events = gold.get("events", [])
    required = {e["date"] for e in events if e.get("date") and not e.get("optional")}
    optional_dates = {e["date"] for e in events if e.get("date") and e.get("optional")}
    dates = {date for date in predicted.event_dates if date != NO_DATE}
    counts["event_dates"].add(dates, required, optional_dates, _same_date)
    date_of = {e["id"]: e.get("date") or NO_DATE for e in events}
    attended = {(normalise(x["person"]), date_of.get(x["event"], NO_DATE)) for x in gold.get("participations", [])}
    counts["attendance"].add(predicted.attendance, attended, (), lambda p, g: p[0] == g[0] and _same_date(p[1], g[1]))


def _same_date(predicted: str, gold: str) -> bool:
    """A predicted date matches a gold one as precise or less precise (2020-09-07 matches gold 2020-09)."""
    return predicted == NO_DATE if gold == NO_DATE else predicted[: len(gold)] == gold


def _same_title(predicted: tuple[str, str], gold: tuple[str, str]) -> bool:
    """Same person, and one title ends with the other (市总工会副主席 ~ 副主席)."""
    (name, title), (gold_name, gold_title) = predicted, gold
    return name == gold_name and (
        title == gold_title or title.endswith(gold_title) or (gold_title.endswith(title) and len(title) >= 2)
    )


def _headline_matches(predicted: str, gold: str) -> bool:
    return bool(gold) and (predicted == gold or (bool(predicted) and (predicted in gold or gold in predicted)))


def _read_gold(path: Path) -> list[_GoldArticle]:
    data = _read_json(path)
    if not isinstance(data, dict):
        raise InputError(f"{path} is not a gold file (expected a JSON object, see eval/SCHEMA.md)")
    if "articles" not in data:
        return [_GoldArticle(data, _anchor(data, _read_text(path.with_suffix(".txt"), missing_ok=True)))]
    entries = []
    for article in data["articles"]:
        if isinstance(article, str):  # a page listing article ids: pages/pNN.json -> articles/ID.json, .txt
            article_path = Path(_PAGE_FILE.sub(f"articles/{article}.json", str(path)))
            gold = _read_json(article_path)
            entries.append(_GoldArticle(gold, _anchor(gold, _read_text(article_path.with_suffix(".txt")))))
        else:
            entries.append(_GoldArticle(article, _anchor(article, None)))
    return entries


def _anchor(gold: dict, text: str | None) -> str:
    """The start of the gold body: ``starts_with``, else the text after its first (headline) line."""
    if gold.get("starts_with"):
        return normalise(gold["starts_with"])[:ANCHOR_LENGTH]
    body = text.split("\n", 1)[1] if text and "\n" in text.strip() else (text or "")
    return normalise(body)[:ANCHOR_LENGTH]


def _read_json(path: Path):
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} is not gold JSON ({exc}; see eval/SCHEMA.md)") from exc


def _read_text(path: Path, *, missing_ok: bool = False) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return None
        raise InputError(f"gold text {path} is missing (a page listing article ids needs articles/ID.txt)")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold text {path}: {exc}") from exc
