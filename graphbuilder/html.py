"""The interactive HTML page: a self-contained vis-network drawing of the graph.

pyvis builds the node and edge records and supplies the vis-network code it bundles; the page around them
is ours, because pyvis's own template links Bootstrap and vis-network from CDNs and writes the heading
unescaped. Everything the page needs is inlined, so it works offline from a shared drive (file://).

All text from the graph reaches the browser only as JSON in a ``<script type="application/json">`` block
(with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and is put on the page with text nodes, never as HTML;
the few strings written into the HTML itself (title, notes) are escaped.

A big graph is cut down first (`graphbuilder.subgraph`): the page says what it leaves out.
"""

from __future__ import annotations

import functools
import html
import importlib.resources
import json
import re
import string
from collections.abc import Iterable
from typing import Any, NamedTuple

import networkx as nx
from pyvis.network import Network

from graphbuilder.subgraph import View, date_interval, select_subgraph

__all__ = ["EDGE_STYLES", "FONT_STACK", "LAYOUT_SEED", "NODE_STYLES", "render_html"]

FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimSun, sans-serif'
)
LAYOUT_SEED = 7
_CSS_IMAGE = re.compile(r"[\w-]+\s*:\s*url\([^)]*\)[^;}]*;?")
_LABEL_MAX = 16  # characters drawn on the canvas; the full label is in the tooltip and the side panel
_WORD_SPLIT = re.compile(r"[、；;，,\s]|并")  # parts of a role label or list worth highlighting one by one


class NodeStyle(NamedTuple):
    name: str  # legend text, Chinese with English
    shape: str
    color: str
    size: int
    shown: bool  # drawn when the page opens; a legend checkbox shows or hides the type


class EdgeStyle(NamedTuple):
    name: str
    color: str
    dashes: bool


NODE_STYLES = {
    "person": NodeStyle("人物 Person", "dot", "#4e79a7", 14, True),
    "event": NodeStyle("活动 Event", "box", "#f28e2b", 0, True),
    "organisation": NodeStyle("机构 Organisation", "diamond", "#59a14f", 11, True),
    "place": NodeStyle("地点 Place", "triangle", "#b07aa1", 10, True),
    "article": NodeStyle("报道 Article", "square", "#9d9d9d", 9, False),
}
_OTHER_NODE = NodeStyle("其他 Other", "dot", "#bab0ac", 8, True)
# the people and events are the core of the page; nodes of the other types are drawn only when linked to a
# person or event drawn (else they float around the picture), unless a checkbox asks for them all
_CORE = ("person", "event")
_LINKED_ONLY = ("organisation", "place", "article", "other")

EDGE_STYLES = {
    "attended": EdgeStyle("出席 Attended", "#555555", False),
    "organised": EdgeStyle("主办 Organised", "#59a14f", True),
    "held_at": EdgeStyle("举办地 Held at", "#b07aa1", True),
    "post_in": EdgeStyle("任职 Post in", "#4e79a7", True),
    "mentions": EdgeStyle("提及 Mentions", "#c8c8c8", True),
    "contained_in": EdgeStyle("位于 Located in", "#c8c8c8", True),
    "authored": EdgeStyle("撰稿 Authored", "#c8c8c8", True),
}
_OTHER_EDGE = EdgeStyle("关系 Related", "#c8c8c8", True)
_LEGEND_EDGES = ("attended", "organised", "held_at", "post_in")

EVENT_TYPES = {
    "meeting": "会议 Meeting",
    "ceremony": "仪式 Ceremony",
    "donation": "捐赠 Donation",
    "aid": "帮扶 Aid",
    "visit": "走访慰问 Visit",
    "competition": "竞赛 Competition",
    "training": "培训 Training",
    "inspection": "调研检查 Inspection",
    "other": "其他 Other",
}

_FIELDS = (  # node attribute -> side-panel and tooltip caption, in display order
    ("titles", "职务 Titles"),
    ("date", "日期 Date"),
    ("event_type", "类型 Type"),
    ("place", "地点 Place"),
    ("organisers", "主办 Organisers"),
    ("headline", "报道 Headline"),
)
_ORGANISATIONS = "机构 Organisations"
_EVENT_COUNT = "参加活动 Events"


def render_html(graph: nx.MultiDiGraph, *, title: str = "graphbuilder", view: View | None = None) -> str:
    """Render the graph as one self-contained, offline HTML page.

    People and events (linked by ``attended`` edges labelled with the role) are drawn with the
    organisations and places linked to them; articles are hidden until their legend checkbox shows them.
    A search box finds names, the legend's checkboxes and two dates filter, and clicking a node or edge
    lists its evidence sentences with the matched words highlighted and the article they come from.

    Args:
        graph: nodes keyed by IRI with ``label`` and ``type``; edges with ``kind`` and ``label``
            (as made by `graphbuilder.network.to_networkx`).
        title: the page title and heading.
        view: the part of the graph to draw (`graphbuilder.subgraph.View`); by default the whole graph up
            to `graphbuilder.subgraph.DEFAULT_MAX_NODES` nodes. The page notes what is left out.

    Returns:
        The complete HTML document (UTF-8 when written; the caller writes it).

    Raises:
        SelectionError: ``view`` names a person who is not in the graph, or is inconsistent.
    """
    selection = select_subgraph(graph, view or View())
    notes = _notes_html(selection.notes)
    if selection.graph.number_of_nodes() == 0:
        message = ("图谱为空，没有可显示的内容。The graph is empty: there is nothing to show."
                   if graph.number_of_nodes() == 0 else
                   "所选部分没有可显示的内容。There is nothing to show in the part of the graph chosen.")
        return _EMPTY_PAGE.substitute(title=html.escape(title), page_css=_PAGE_CSS, message=message,
                                      notes=notes)
    data = _page_data(selection.graph, sources=_article_sources(graph), total=graph.number_of_nodes())
    css, js = _vis_assets()
    return _PAGE.substitute(
        title=html.escape(title),
        page_css=_PAGE_CSS,
        legend=_legend_html(),
        notes=notes,
        vis_css=css,
        vis_js=js,
        data_json=_json_for_script(data),
        app_js=_APP_JS,
    )


def _page_data(graph: nx.MultiDiGraph, *, sources: dict[str, str], total: int) -> dict[str, Any]:
    """The nodes, edges, filters, side-panel details and vis options embedded in the page."""
    node_ids = {iri: f"n{i}" for i, iri in enumerate(sorted(graph.nodes, key=str))}
    edge_keys = sorted(graph.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    shown = _shown_at_start(graph, edge_keys)

    net = Network(directed=True)
    details: dict[str, dict[str, Any]] = {}
    types: dict[str, str] = {}
    dates: dict[str, list[str]] = {}
    events_of: dict[str, list[str]] = {}
    search: dict[str, str] = {}
    for iri, vis_id in node_ids.items():
        attrs = graph.nodes[iri]
        kind = _node_type(attrs)
        style = NODE_STYLES.get(kind, _OTHER_NODE)
        label = _label(graph, iri)
        options: dict[str, Any] = dict(
            title=_node_tooltip(graph, iri),
            color={"background": style.color, "border": _darker(style.color),
                   "highlight": {"background": style.color, "border": "#000000"}},
            hidden=iri not in shown,
        )
        if style.size:
            options["size"] = style.size
        if style.shape == "box":
            options["font"] = {"color": "#1a1a1a"}
            options["margin"] = 8
        if kind == "article":
            options["physics"] = False  # hidden hubs would still pull the layout; placed when shown
        net.add_node(vis_id, label=_shorten(label), shape=style.shape, **options)
        details[vis_id] = _node_details(graph, iri, sources)
        types[vis_id] = kind
        interval = date_interval(attrs.get("date", "")) if kind in ("event", "article") else None
        if interval is not None:
            dates[vis_id] = [interval[0].isoformat(), interval[1].isoformat()]
        if kind not in ("event", "article"):
            linked = sorted(node_ids[other] for _, other, _ in _neighbour_edges(graph, iri)
                            if graph.nodes[other].get("type") == "event")
            if linked:
                events_of[vis_id] = sorted(set(linked))
        search[vis_id] = "\n".join(
            [label] + [str(attrs.get(name, "")) for name in ("titles", "aliases") if attrs.get(name)])

    for i, (u, v, key) in enumerate(edge_keys):
        attrs = graph.edges[u, v, key]
        style = EDGE_STYLES.get(attrs.get("kind", ""), _OTHER_EDGE)
        vis_id = f"e{i}"
        options = dict(
            id=vis_id,
            label=_shorten(_edge_text(attrs)),
            title=f"{_label(graph, u)} {_edge_text(attrs)} {_label(graph, v)}",
            color={"color": style.color, "highlight": "#000000", "hover": "#000000"},
            dashes=style.dashes,
            hidden=not (u in shown and v in shown),
        )
        if "article" in (graph.nodes[u].get("type"), graph.nodes[v].get("type")):
            options["physics"] = False
        net.add_edge(node_ids[u], node_ids[v], **options)
        details[vis_id] = _edge_details(graph, u, v, key, sources)

    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "total": total,
        "types": types,
        "typesOn": {kind: style.shown for kind, style in {**NODE_STYLES, "other": _OTHER_NODE}.items()},
        "core": list(_CORE),
        "linkedOnly": list(_LINKED_ONLY),
        "dates": dates,
        "eventsOf": events_of,
        "search": search,
        "details": details,
        "options": _vis_options(len(shown)),
    }


def _shown_at_start(graph: nx.MultiDiGraph, edge_keys: list[tuple[str, str, Any]]) -> set[str]:
    """The nodes drawn when the page opens: the types shown by default, those of ``_LINKED_ONLY`` only
    when linked to a person or event drawn (the page's script applies the same rule)."""
    types = {n: _node_type(graph.nodes[n]) for n in graph.nodes}
    on = {n for n in graph.nodes if NODE_STYLES.get(types[n], _OTHER_NODE).shown}
    linked = set()
    for u, v, _ in edge_keys:
        if u in on and v in on:
            linked |= {end for end, other in ((u, v), (v, u)) if types[other] in _CORE}
    return {n for n in on if n in linked or types[n] not in _LINKED_ONLY}


def _vis_options(drawn: int) -> dict[str, Any]:
    # a fixed number of iterations from a seeded start: the same graph gets the same picture every time;
    # fewer for a big graph so that an old PC is done within seconds
    iterations = 800 if drawn <= 200 else max(150, 160_000 // drawn)
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": drawn <= 200},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.03,
                                 "springLength": 140, "springConstant": 0.06, "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
        },
        "nodes": {"font": {"face": FONT_STACK, "size": 14, "color": "#222222"}, "borderWidth": 1},
        "edges": {
            "font": {"face": FONT_STACK, "size": 11, "color": "#444444", "strokeWidth": 3,
                     "strokeColor": "#ffffff", "align": "horizontal"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.5},
            "width": 1.2,
        },
        "interaction": {"hover": True, "tooltipDelay": 150},
    }


def _node_type(attrs: dict[str, Any]) -> str:
    kind = str(attrs.get("type", ""))
    return kind if kind in NODE_STYLES else "other"


def _label(graph: nx.MultiDiGraph, iri: str) -> str:
    label = str(graph.nodes[iri].get("label", ""))
    return label or str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _shorten(text: str) -> str:
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "…"


def _edge_text(attrs: dict[str, Any]) -> str:
    kind = attrs.get("kind", "")
    return str(attrs.get("label") or EDGE_STYLES.get(kind, _OTHER_EDGE).name.split(" ")[0])


def _fields(graph: nx.MultiDiGraph, iri: str) -> list[list[str]]:
    """Caption/value pairs of what the node's tooltip and side panel say about it."""
    attrs = graph.nodes[iri]
    pairs = []
    for key, caption in _FIELDS:
        value = str(attrs.get(key, "") or "")
        if key == "event_type" and value:
            value = EVENT_TYPES.get(value, value)
        if value:
            pairs.append([caption, value])
    if attrs.get("type") == "person":
        organisations = sorted({_label(graph, other) for u, other, edge in _neighbour_edges(graph, iri)
                                if edge.get("kind") == "post_in" and u == iri})
        if organisations:
            pairs.insert(1, [_ORGANISATIONS, "；".join(organisations)])
        pairs.append([_EVENT_COUNT, str(len(_attended_events(graph, iri)))])
    return pairs


def _attended_events(graph: nx.MultiDiGraph, iri: str) -> set[str]:
    return {other for _, other, attrs in _neighbour_edges(graph, iri)
            if attrs.get("kind") == "attended" and graph.nodes[other].get("type") == "event"}


def _neighbour_edges(graph: nx.MultiDiGraph, iri: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(source, the node at the other end, attributes) of each edge of the node; a self-loop once."""
    for u, v, attrs in _incident_edges(graph, iri):
        yield u, (v if u == iri else u), attrs


def _incident_edges(graph: nx.MultiDiGraph, iri: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    yield from graph.out_edges(iri, data=True)
    yield from (e for e in graph.in_edges(iri, data=True) if e[0] != iri)


def _node_tooltip(graph: nx.MultiDiGraph, iri: str) -> str:
    """Plain text with newlines (vis-network shows a string title as text, not HTML)."""
    style = NODE_STYLES.get(_node_type(graph.nodes[iri]), _OTHER_NODE)
    lines = [_label(graph, iri), style.name]
    lines += [f"{caption}：{value}" for caption, value in _fields(graph, iri)]
    return "\n".join(lines)


def _node_details(graph: nx.MultiDiGraph, iri: str, sources: dict[str, str]) -> dict[str, Any]:
    """What the side panel shows for a node: fields, its own evidence, and each connection's evidence."""
    attrs = graph.nodes[iri]
    style = NODE_STYLES.get(_node_type(attrs), _OTHER_NODE)
    evidence = _quotes(attrs, _words(graph, iri), sources)
    links = []
    incident = sorted(_incident_edges(graph, iri), key=lambda e: (e[2].get("kind", ""), str(e[0]), str(e[1])))
    for u, v, edge in incident:
        other = v if u == iri else u
        arrow = "→" if u == iri else "←"
        context = f"{_edge_text(edge)} {arrow} {_label(graph, other)}"
        if graph.nodes[other].get("date"):
            context += f"（{graph.nodes[other]['date']}）"
        quotes = _quotes(edge, _edge_words(graph, u, v, edge), sources) or [_quote("", [], "")]
        quotes[0]["context"] = context
        links.extend(quotes)
    return {"heading": _label(graph, iri), "kind": style.name, "fields": _fields(graph, iri),
            "evidence": evidence, "links": links}


def _edge_details(graph: nx.MultiDiGraph, u: str, v: str, key: Any, sources: dict[str, str]) -> dict[str, Any]:
    attrs = graph.edges[u, v, key]
    style = EDGE_STYLES.get(attrs.get("kind", ""), _OTHER_EDGE)
    fields = [["关系 Relation", _edge_text(attrs)]]
    if attrs.get("role") and attrs.get("role") != attrs.get("label"):
        fields.append(["角色 Role", str(attrs["role"])])
    # the date and headline come from the event (or else the article) at either end
    source = next((n for n in (v, u) if graph.nodes[n].get("type") == "event"),
                  next((n for n in (v, u) if graph.nodes[n].get("type") == "article"), None))
    if source is not None:
        for attr, caption in (("date", "日期 Date"), ("headline", "报道 Headline")):
            if graph.nodes[source].get(attr):
                fields.append([caption, str(graph.nodes[source][attr])])
    return {"heading": f"{_label(graph, u)} → {_label(graph, v)}", "kind": style.name, "fields": fields,
            "evidence": _quotes(attrs, _edge_words(graph, u, v, attrs), sources), "links": []}


def _quotes(attrs: dict[str, Any], words: list[str], sources: dict[str, str]) -> list[dict[str, Any]]:
    """One quote per evidence sentence of a node or edge, with the words to highlight and its article."""
    sentences = [s for s in str(attrs.get("evidence", "") or "").split("\n") if s]
    articles = str(attrs.get("evidence_articles", "") or "").split("\n")
    return [_quote(sentence, words, sources.get(articles[i], "") if i < len(articles) else "")
            for i, sentence in enumerate(sentences)]


def _quote(text: str, words: list[str], source: str) -> dict[str, Any]:
    return {"context": "", "text": text, "marks": _marks(text, words), "source": source}


def _words(graph: nx.MultiDiGraph, iri: str) -> list[str]:
    """The words of a node that its evidence sentences are likely to contain: its names and titles."""
    attrs = graph.nodes[iri]
    words = [_label(graph, iri)]
    for name in ("aliases", "titles"):
        words += str(attrs.get(name, "") or "").split("；")
    return words


def _edge_words(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> list[str]:
    label = _edge_text(attrs)
    return _words(graph, u) + _words(graph, v) + [label] + _WORD_SPLIT.split(label)


def _marks(text: str, words: Iterable[str]) -> list[list[int]]:
    """Where ``words`` (two characters or more) occur in ``text``, merged, as [start, end) offsets in
    UTF-16 code units (what JavaScript's substring counts)."""
    spans: list[tuple[int, int]] = []
    for word in {w.strip() for w in words if len(w.strip()) >= 2}:
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [[_utf16(text, start), _utf16(text, end)] for start, end in merged]


def _utf16(text: str, index: int) -> int:
    """The offset in UTF-16 code units (JavaScript's string offsets) of ``text[index]``."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def _article_sources(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Article IRI -> "headline（date）", for the line under each evidence sentence."""
    sources = {}
    for iri, attrs in graph.nodes(data=True):
        if attrs.get("type") == "article":
            headline = str(attrs.get("headline") or attrs.get("label") or "")
            sources[iri] = headline + (f"（{attrs['date']}）" if attrs.get("date") else "")
    return sources


def _darker(color: str) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


def _json_for_script(data: Any) -> str:
    """JSON that cannot end or confuse the ``<script>`` element holding it, nor a pre-ES2019 parser."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


@functools.cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's CSS and JS as bundled in the pyvis package."""
    lib = importlib.resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # 200 kB of the stylesheet are data-URI icons for the navigation and editing toolbars, which are off
    css = _CSS_IMAGE.sub("", css)
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # inlined code must not close its element early (true of the bundled 9.1.2; guard against upgrades)
    if "</style" in css.lower() or "</script" in js.lower() or "<!--" in js:
        raise RuntimeError("pyvis's bundled vis-network cannot be inlined safely; pin pyvis==0.3.2")
    return css, js


def _legend_html() -> str:
    """The legend: a checkbox per node type (the type filter) and the main kinds of edge."""
    items = []
    for kind, style in NODE_STYLES.items():
        checked = " checked" if style.shown else ""
        items.append(
            f'<li><label><input type="checkbox" data-type="{kind}"{checked}>'
            f'<span class="swatch {style.shape}" style="background:{style.color};'
            f'border-bottom-color:{style.color}"></span>{html.escape(style.name)}</label></li>'
        )
    for kind in _LEGEND_EDGES:
        style = EDGE_STYLES[kind]
        line = "dashed" if style.dashes else "solid"
        items.append(f'<li><span class="line" style="border-top:2px {line} {style.color}"></span>'
                     f'{html.escape(style.name)}</li>')
    return "\n".join(items)


def _notes_html(notes: Iterable[str]) -> str:
    paragraphs = "".join(f"<p>{html.escape(note)}</p>" for note in notes)
    return f'<div id="notes">{paragraphs}</div>' if paragraphs else ""


_PAGE_CSS = """
html, body { margin: 0; padding: 0; height: 100%; }
body { font-family: """ + FONT_STACK + """; color: #222; background: #fff; font-size: 14px; }
#top { position: absolute; top: 0; left: 0; right: 0; height: 100px; padding: 6px 12px;
       border-bottom: 1px solid #ddd; box-sizing: border-box; overflow: hidden; }
#top h1 { font-size: 18px; margin: 0 0 4px 0; font-weight: bold; display: inline-block; }
#count { margin-left: 14px; color: #777; }
#legend { list-style: none; margin: 0; padding: 0; }
#legend li { display: inline-block; margin-right: 14px; white-space: nowrap; }
#legend input { margin: 0 4px 0 0; vertical-align: -2px; }
#legend label, #filters label { cursor: pointer; }
#filters { margin-top: 6px; white-space: nowrap; }
#filters form { display: inline; margin-right: 18px; }
#filters input[type=search], #filters input[type=date] { font: inherit; font-size: 13px; padding: 1px 4px; }
#filters button { font: inherit; font-size: 13px; }
#found { margin-left: 6px; color: #555; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.swatch.dot { border-radius: 6px; }
.swatch.box { width: 16px; height: 10px; border-radius: 2px; }
.swatch.diamond { width: 9px; height: 9px; margin: 0 6px 0 2px; -ms-transform: rotate(45deg);
                  transform: rotate(45deg); }
.swatch.triangle { width: 0; height: 0; background: transparent !important; border-left: 6px solid transparent;
                   border-right: 6px solid transparent; border-bottom: 11px solid; }
.line { display: inline-block; width: 22px; height: 0; margin-right: 4px; vertical-align: 3px; }
#graph { position: absolute; top: 100px; left: 0; right: 360px; bottom: 0; }
#side { position: absolute; top: 100px; right: 0; width: 360px; bottom: 0; overflow: auto;
        border-left: 1px solid #ddd; padding: 10px 14px; box-sizing: border-box; background: #fafafa; }
#notes { background: #fff7e0; border: 1px solid #f0d890; padding: 4px 8px; margin-bottom: 10px;
         font-size: 13px; }
#notes p { margin: 4px 0; }
#panel h2 { font-size: 17px; margin: 0 0 2px 0; }
#panel h3 { font-size: 14px; margin: 14px 0 4px 0; color: #555; }
#panel .kind { color: #777; margin: 0 0 8px 0; }
#panel dl { margin: 0; }
#panel dt { color: #777; font-size: 12px; margin-top: 6px; }
#panel dd { margin: 0; }
#panel .context { font-size: 13px; margin-top: 8px; }
#panel blockquote { margin: 2px 0 0 0; padding: 4px 8px; border-left: 3px solid #f28e2b; background: #fff;
                    font-size: 13px; line-height: 1.6; }
#panel mark { background: #ffe08a; color: inherit; padding: 0; }
#panel .source { font-size: 12px; color: #777; margin: 2px 0 0 11px; }
#panel .hint, .note { color: #777; }
#status { position: absolute; top: 108px; left: 12px; color: #777; }
#view-empty { display: none; position: absolute; top: 40%; left: 0; right: 360px; text-align: center;
              color: #777; font-size: 16px; }
div.vis-tooltip { font-family: """ + FONT_STACK + """; white-space: pre-wrap; max-width: 360px; }
"""

_PAGE = string.Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
$vis_css
</style>
<style>$page_css</style>
</head>
<body>
<div id="top">
<h1>$title</h1><span id="count"></span>
<ul id="legend">
$legend
</ul>
<div id="filters">
<form id="find"><input type="search" id="search" list="names" placeholder="查找姓名 Find a name" size="22">
<datalist id="names"></datalist>
<button type="submit">查找 Find</button><span id="found"></span></form>
<label>日期 Dates <input type="date" id="since" title="从 From (YYYY-MM-DD)"></label>
<label>– <input type="date" id="until" title="到 To (YYYY-MM-DD)"></label>
<button type="button" id="clear-dates">全部日期 All dates</button>
<label style="margin-left:18px" title="机构、地点和报道默认只在与人物或活动相连时显示。
Organisations, places and articles are drawn only when linked to a person or event, unless this is ticked.">
<input type="checkbox" id="show-unlinked"> 也显示未关联的节点 Unlinked nodes too</label>
</div>
</div>
<div id="graph"></div>
<div id="status">正在布局… Laying out…</div>
<div id="view-empty">当前视图没有可显示的内容 Nothing to show in this view</div>
<div id="side">$notes<div id="panel"><p class="hint">点击人物、活动或连线，查看出处原文。<br>
Click a node or an edge to see the sentences it comes from.</p></div></div>
<script type="application/json" id="graph-data">$data_json</script>
<script>
$vis_js
</script>
<script>
$app_js
</script>
</body>
</html>
""")

_EMPTY_PAGE = string.Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>$title</title>
<style>$page_css</style>
</head>
<body>
<div id="top"><h1>$title</h1></div>
<div style="position:absolute;top:112px;left:12px;right:12px">$notes
<p class="note">$message</p></div>
</body>
</html>
""")

# ES5 only (older browsers on office PCs); data reaches the DOM through text nodes only.
_APP_JS = r"""
(function () {
  var holder = document.getElementById('graph-data');
  var data = JSON.parse(holder.textContent || holder.innerText);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var typesOn = data.typesOn, core = {}, linkedOnly = {}, since = '', until = '', showUnlinked = false;
  var shown = {}, placed = {}, i;
  for (i = 0; i < data.core.length; i++) { core[data.core[i]] = true; }
  for (i = 0; i < data.linkedOnly.length; i++) { linkedOnly[data.linkedOnly[i]] = true; }
  // for tests and for anyone curious in the browser's console
  var page = window.graphbuilderPage = {data: data, nodes: nodes, edges: edges, ready: false, shown: shown};
  var network = new vis.Network(document.getElementById('graph'), {nodes: nodes, edges: edges}, data.options);
  page.network = network;

  function byId(id) { return document.getElementById(id); }
  function has(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }
  function setText(el, text) {
    while (el.firstChild) { el.removeChild(el.firstChild); }
    if (text) { el.appendChild(document.createTextNode(text)); }
  }

  function freeze() {
    if (page.ready) { return; }
    network.setOptions({physics: {enabled: false}});
    page.ready = true;
    byId('status').style.display = 'none';
    document.body.setAttribute('data-ready', 'true');
  }
  network.once('stabilizationIterationsDone', freeze);
  network.once('stabilized', freeze);

  function placeNearNeighbours(id) {
    // article nodes take no part in the physics; put each at the centre of what it links to
    if (placed[id]) { return; }
    placed[id] = true;
    var around = network.getConnectedNodes(id);
    if (!around.length) { return; }
    var pos = network.getPositions(around), x = 0, y = 0, k;
    for (k = 0; k < around.length; k++) { x += pos[around[k]].x; y += pos[around[k]].y; }
    nodes.update({id: id, x: x / around.length + 30, y: y / around.length - 30});
  }

  function inPeriod(id) {
    if (!since && !until) { return true; }
    if (!has(data.dates, id)) { return false; }  // undated: cannot say it is in the period
    var d = data.dates[id];
    return (!until || d[0] <= until) && (!since || d[1] >= since);
  }

  function refresh() {
    var on = {}, linked = {}, count = 0, nodeUpdates = [], edgeUpdates = [];
    nodes.forEach(function (n) {
      var type = data.types[n.id], ok = !!typesOn[type], events, k;
      if (ok && (type === 'event' || type === 'article')) { ok = inPeriod(n.id); }
      if (ok && (since || until) && has(data.eventsOf, n.id)) {
        // a person, organisation or place is shown for the period when one of its events is in it
        events = data.eventsOf[n.id];
        for (ok = false, k = 0; k < events.length && !ok; k++) { ok = inPeriod(events[k]); }
      }
      on[n.id] = ok;
    });
    edges.forEach(function (e) {
      if (on[e.from] && on[e.to]) {
        if (core[data.types[e.to]]) { linked[e.from] = true; }
        if (core[data.types[e.from]]) { linked[e.to] = true; }
      }
    });
    nodes.forEach(function (n) {
      var ok = on[n.id] && (showUnlinked || !linkedOnly[data.types[n.id]] || !!linked[n.id]);
      if (ok && n.hidden && data.types[n.id] === 'article') { placeNearNeighbours(n.id); }
      shown[n.id] = ok;
      if (ok) { count++; }
      nodeUpdates.push({id: n.id, hidden: !ok});
    });
    nodes.update(nodeUpdates);
    edges.forEach(function (e) { edgeUpdates.push({id: e.id, hidden: !(shown[e.from] && shown[e.to])}); });
    edges.update(edgeUpdates);
    page.visible = count;
    setText(byId('count'), '显示 ' + count + ' / ' + data.total + ' 个节点 Showing ' + count + ' of ' +
            data.total + ' nodes');
    byId('view-empty').style.display = count ? 'none' : 'block';
  }

  var boxes = byId('legend').getElementsByTagName('input');
  function bindType(box) {
    var type = box.getAttribute('data-type');
    box.checked = !!typesOn[type];
    box.onclick = function () { typesOn[type] = box.checked; refresh(); };
  }
  for (i = 0; i < boxes.length; i++) { bindType(boxes[i]); }
  byId('show-unlinked').onclick = function () { showUnlinked = byId('show-unlinked').checked; refresh(); };

  function readDate(input) {
    var value = input.value || '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  }
  function datesChanged() { since = readDate(byId('since')); until = readDate(byId('until')); refresh(); }
  byId('since').onchange = datesChanged;
  byId('until').onchange = datesChanged;
  byId('clear-dates').onclick = function () { byId('since').value = ''; byId('until').value = ''; datesChanged(); };
  (function () {  // the date inputs open on the graph's own period
    var first = '', last = '', id;
    for (id in data.dates) {
      if (has(data.dates, id)) {
        if (!first || data.dates[id][0] < first) { first = data.dates[id][0]; }
        if (!last || data.dates[id][1] > last) { last = data.dates[id][1]; }
      }
    }
    if (first) { byId('since').min = byId('until').min = first; byId('since').max = byId('until').max = last; }
  })();
  refresh();

  function add(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (text) { el.appendChild(document.createTextNode(text)); }
    if (className) { el.className = className; }
    parent.appendChild(el);
    return el;
  }

  function addQuote(parent, item) {
    var quote = add(parent, 'blockquote'), at = 0, k, mark;
    for (k = 0; k < item.marks.length; k++) {
      mark = item.marks[k];
      if (mark[0] > at) { quote.appendChild(document.createTextNode(item.text.substring(at, mark[0]))); }
      add(quote, 'mark', item.text.substring(mark[0], mark[1]));
      at = mark[1];
    }
    if (at < item.text.length) { quote.appendChild(document.createTextNode(item.text.substring(at))); }
    if (item.source) { add(parent, 'div', '—— ' + item.source, 'source'); }
  }

  function addQuotes(panel, caption, items) {
    var k, started = false;
    for (k = 0; k < items.length; k++) {
      if (!items[k].context && !items[k].text) { continue; }
      if (!started) { add(panel, 'h3', caption); started = true; }
      if (items[k].context) { add(panel, 'div', items[k].context, 'context'); }
      if (items[k].text) { addQuote(panel, items[k]); }
    }
  }

  function show(d) {
    var panel = byId('panel'), dl, k;
    setText(panel, '');
    if (!d) { return; }
    add(panel, 'h2', d.heading);
    add(panel, 'p', d.kind, 'kind');
    if (d.fields.length) {
      dl = add(panel, 'dl');
      for (k = 0; k < d.fields.length; k++) {
        add(dl, 'dt', d.fields[k][0]);
        add(dl, 'dd', d.fields[k][1]);
      }
    }
    addQuotes(panel, '出处 Evidence', d.evidence);
    addQuotes(panel, '关联 Connections', d.links);
  }
  page.show = function (id) { show(data.details[id]); };

  network.on('click', function (params) {
    var id = params.nodes.length ? params.nodes[0] : (params.edges.length ? params.edges[0] : null);
    if (id !== null && has(data.details, id)) { show(data.details[id]); }
  });

  (function () {  // names for the search box's suggestions
    var seen = {}, list = byId('names'), names = [], k;
    nodes.forEach(function (n) {
      var name = data.details[n.id].heading;
      if (!has(seen, name)) { seen[name] = true; names.push(name); }
    });
    names.sort();
    for (k = 0; k < names.length; k++) { add(list, 'option').value = names[k]; }
  })();

  function find() {
    var query = byId('search').value.replace(/^\s+|\s+$/g, ''), found = [], hidden = 0, message;
    if (!query) { network.unselectAll(); setText(byId('found'), ''); return false; }
    nodes.forEach(function (n) {
      if (data.search[n.id].indexOf(query) < 0) { return; }
      if (shown[n.id]) { found.push(n.id); } else { hidden++; }
    });
    found.sort(function (a, b) {  // the exact name first, then the shortest
      var x = data.details[a].heading, y = data.details[b].heading;
      return ((x !== query) - (y !== query)) || (x.length - y.length) || (x < y ? -1 : x > y ? 1 : 0);
    });
    if (found.length) {
      network.selectNodes(found);
      network.focus(found[0], {scale: 1.2, animation: false});
      show(data.details[found[0]]);
      message = '找到 ' + found.length + ' 个 ' + found.length + ' found';
    } else {
      network.unselectAll();
      message = '没有找到 No match';
    }
    if (hidden) { message += '（另有 ' + hidden + ' 个被筛选隐藏 ' + hidden + ' more hidden by the filters）'; }
    setText(byId('found'), message);
    return false;
  }
  byId('find').onsubmit = find;

  window.setTimeout(freeze, 20000);  // never leave the physics running, whatever happened
})();
"""
