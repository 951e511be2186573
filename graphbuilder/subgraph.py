"""Choosing the part of a big graph that the HTML page draws.

A browser lays out a few hundred nodes in seconds, not a hundred thousand: the page shows one person's
neighbourhood (``person``, ``depth``), the events and articles of a period (``since``, ``until``) and at most
``max_nodes`` nodes, keeping the most connected. Whatever is left out is said in the notes the page shows.
"""

from __future__ import annotations

import calendar
import datetime
import heapq
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import networkx as nx

from graphbuilder.errors import GraphBuilderError

__all__ = ["DEFAULT_MAX_NODES", "Selection", "SelectionError", "View", "date_interval", "select_subgraph"]

DEFAULT_MAX_NODES = 500  # what an old office PC lays out in a few seconds
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TYPE_NAMES = {  # node type -> how a note names it, in the order notes list them
    "person": ("人物", "person"),
    "event": ("活动", "event"),
    "organisation": ("机构", "organisation"),
    "place": ("地点", "place"),
    "article": ("报道", "article"),
}
_DATED = ("event", "article")  # node types a date range applies to


class SelectionError(GraphBuilderError):
    """The part of the graph asked for cannot be chosen (unknown person, empty date range, ...)."""


@dataclass(frozen=True)
class View:
    """What the page shows of a graph.

    Attributes:
        person: show only this person (exact name) and what lies within ``depth`` links of them.
        depth: links from ``person`` (articles are not counted as a way between two nodes).
        since: first day of the events and articles shown (inclusive).
        until: last day of the events and articles shown (inclusive).
        max_nodes: the most nodes drawn, the most connected kept; 0 for no limit.
    """

    person: str | None = None
    depth: int = 2
    since: datetime.date | None = None
    until: datetime.date | None = None
    max_nodes: int = DEFAULT_MAX_NODES


class Selection(NamedTuple):
    graph: nx.MultiDiGraph  # the nodes shown and the edges between them
    notes: tuple[str, ...]  # what was chosen and what was left out, in Chinese and English


def select_subgraph(graph: nx.MultiDiGraph, view: View = View()) -> Selection:
    """The part of ``graph`` that ``view`` asks for, and notes on what was left out.

    Args:
        graph: a graph from `graphbuilder.network.to_networkx` (``type`` and ``date`` on nodes).
        view: the person, period and size to show; the default only caps the number of nodes.

    Returns:
        A new graph (induced on the chosen nodes, attributes copied) and the notes for the page.

    Raises:
        SelectionError: the view cannot be satisfied (no such person, ``since`` after ``until``, ...).
    """
    _check(view)
    kept = set(graph.nodes)
    notes: list[str] = []
    if view.since is not None or view.until is not None:
        kept, note = _in_period(graph, kept, view.since, view.until)
        notes.append(note)
    if view.person is not None:
        kept, note = _around_person(graph, kept, view.person, view.depth)
        notes.append(note)
    if view.max_nodes and len(kept) > view.max_nodes:
        kept, note = _most_connected(graph, kept, view.max_nodes)
        notes.append(note)
    return Selection(graph.subgraph(kept).copy(), tuple(notes))


def date_interval(text: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a date as written in the graph covers: ``2020-09`` is the whole of September.

    Returns None for text that is not an ISO date, year-month or year.
    """
    match = _DATE.fullmatch(str(text).strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        return datetime.date(year, month, day), datetime.date(year, month, day)
    except ValueError:
        return None


def _check(view: View) -> None:
    if view.depth < 0:
        raise SelectionError(f"depth {view.depth}: must be 0 or more (0 shows the person alone)")
    if view.max_nodes < 0:
        raise SelectionError(f"max nodes {view.max_nodes}: must be 0 (no limit) or more")
    if view.since is not None and view.until is not None and view.since > view.until:
        raise SelectionError(f"since {view.since} is after until {view.until} (swap them)")
    if view.person is not None and not view.person.strip():
        raise SelectionError("the person's name is empty (give a name as the graph writes it, e.g. 张升)")


def _in_period(graph: nx.MultiDiGraph, kept: set[str], since: datetime.date | None,
               until: datetime.date | None) -> tuple[set[str], str]:
    """Events and articles dated in the period, and the other nodes linked to one of them."""
    low, high = since or datetime.date.min, until or datetime.date.max
    dated = set()
    for node in kept:
        if graph.nodes[node].get("type") in _DATED:
            interval = date_interval(graph.nodes[node].get("date", ""))
            if interval is not None and interval[0] <= high and interval[1] >= low:
                dated.add(node)
    linked = {other for node in dated for other in _neighbours(graph, node) if other in kept}
    chosen = dated | {node for node in linked if graph.nodes[node].get("type") not in _DATED}
    period = f"{since or '…'} – {until or '…'}"
    note = (f"只显示 {period} 的活动和报道及其相关节点（没有日期的活动也不显示）。"
            f"Only events and articles dated {period} and what links to them (undated events are left out).")
    return chosen, note + _left_out(graph, kept - chosen)


def _around_person(graph: nx.MultiDiGraph, kept: set[str], name: str, depth: int) -> tuple[set[str], str]:
    """The person and what lies within ``depth`` links, not passing through articles; plus the articles
    that mention the person or report one of the events kept."""
    name = name.strip()
    starts = sorted(n for n in kept
                    if graph.nodes[n].get("type") == "person" and graph.nodes[n].get("label") == name)
    if not starts:
        raise SelectionError(_no_such_person(graph, kept, name))
    between = graph.subgraph(n for n in kept if graph.nodes[n].get("type") != "article")
    between = between.to_undirected(as_view=True)
    chosen: set[str] = set()
    for start in starts:
        chosen |= set(nx.single_source_shortest_path_length(between, start, cutoff=depth))
    reporting = {n for n in kept if graph.nodes[n].get("type") == "article"
                 and any(other in chosen and (other in starts or graph.nodes[other].get("type") == "event")
                         for other in graph.successors(n))}
    chosen |= reporting
    note = (f"只显示 {name} 及 {depth} 步以内的节点。Only {name} and what lies within {depth} "
            f"link{'' if depth == 1 else 's'} of them.")
    return chosen, note + _left_out(graph, kept - chosen)


def _no_such_person(graph: nx.MultiDiGraph, kept: set[str], name: str) -> str:
    persons = sorted({str(graph.nodes[n].get("label", "")) for n in kept
                      if graph.nodes[n].get("type") == "person"})
    close = [p for p in persons if name in p or (p and p in name)]
    if close:
        hint = "did you mean " + ", ".join(close[:5]) + "?"
    elif persons:
        hint = "names must match exactly, e.g. " + ", ".join(persons[:3])
    else:
        hint = "there are no persons in it"
    return f"no person named {name} in the graph ({hint})"


def _most_connected(graph: nx.MultiDiGraph, kept: set[str], limit: int) -> tuple[set[str], str]:
    """``limit`` nodes grown outwards from the best connected one, the most connected next to them first,
    so that what is kept stays linked (the most connected nodes alone may be hubs with nothing between
    them). Articles, which link everything they mention, are taken last, by how many chosen nodes they
    link to."""
    others = {n for n in kept if graph.nodes[n].get("type") != "article"}
    neighbours = {n: _neighbours(graph, n) & others for n in others}
    rank = {n: (-len(neighbours[n]), str(graph.nodes[n].get("label", "")), n) for n in others}
    starts = sorted(others, key=rank.__getitem__)
    chosen: set[str] = set()
    frontier: list[tuple[int, str, str]] = []
    for start in starts:
        if len(chosen) >= limit:
            break
        if start in chosen:
            continue
        heapq.heappush(frontier, rank[start])
        while frontier and len(chosen) < limit:
            node = heapq.heappop(frontier)[2]
            if node in chosen:
                continue
            chosen.add(node)
            for other in neighbours[node] - chosen:
                heapq.heappush(frontier, rank[other])
        frontier.clear()
    if len(chosen) < limit:
        articles = [n for n in kept if graph.nodes[n].get("type") == "article"]
        reach = {n: sum(1 for m in _neighbours(graph, n) if m in chosen) for n in articles}
        ranked_articles = sorted(articles, key=lambda n: (-reach[n], str(graph.nodes[n].get("label", "")), n))
        chosen |= set(ranked_articles[: limit - len(chosen)])
    note = (f"节点太多：只显示连接最多的 {len(chosen):,} 个。"
            f"Too many nodes: only the {len(chosen):,} most connected are shown.")
    return chosen, note + _left_out(graph, kept - chosen)


def _left_out(graph: nx.MultiDiGraph, dropped: Iterable[str]) -> str:
    counts = Counter(graph.nodes[n].get("type", "") for n in dropped)
    if not counts:
        return ""
    parts = [(counts.pop(kind), names) for kind, names in _TYPE_NAMES.items() if counts.get(kind)]
    if counts:
        parts.append((sum(counts.values()), ("其他", "other node")))
    chinese = "、".join(f"{zh} {n:,} 个" for n, (zh, _) in parts)
    english = ", ".join(f"{n:,} {en}{'' if n == 1 else 's'}" for n, (_, en) in parts)
    return f" 省略了 {chinese}。Left out: {english}."


def _neighbours(graph: nx.MultiDiGraph, node: str) -> set[str]:
    return (set(graph.successors(node)) | set(graph.predecessors(node))) - {node}
