"""The interactive HTML page: a self-contained vis-network drawing of the graph.

pyvis builds the node and edge records and supplies the vis-network code it bundles; the page around them
is ours, because pyvis's own template links Bootstrap and vis-network from CDNs and writes the heading
unescaped. Everything the page needs is inlined, so it works offline from a shared drive (file://).

All text from the graph reaches the browser only as JSON in a ``<script type="application/json">`` block
(with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and is put on the page with text nodes, never as HTML.
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

FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimSun, sans-serif'
)
LAYOUT_SEED = 7
_CSS_IMAGE = re.compile(r"[\w-]+\s*:\s*url\([^)]*\)[^;}]*;?")
_LABEL_MAX = 16  # characters drawn on the canvas; the full label is in the tooltip and the side panel

# Layers a checkbox shows or hides: core (people and events) is always drawn.
CORE, SECONDARY, ARTICLES = "core", "secondary", "articles"
_DEFAULT_LAYERS = {CORE: True, SECONDARY: True, ARTICLES: False}


class NodeStyle(NamedTuple):
    name: str  # legend text, Chinese with English
    shape: str
    color: str
    size: int
    layer: str


class EdgeStyle(NamedTuple):
    name: str
    color: str
    dashes: bool
    layer: str


NODE_STYLES = {
    "person": NodeStyle("人物 Person", "dot", "#4e79a7", 14, CORE),
    "event": NodeStyle("活动 Event", "box", "#f28e2b", 0, CORE),
    "organisation": NodeStyle("机构 Organisation", "diamond", "#59a14f", 11, SECONDARY),
    "place": NodeStyle("地点 Place", "triangle", "#b07aa1", 10, SECONDARY),
    "article": NodeStyle("报道 Article", "square", "#9d9d9d", 9, ARTICLES),
}
_OTHER_NODE = NodeStyle("其他 Other", "dot", "#bab0ac", 8, SECONDARY)

EDGE_STYLES = {
    "attended": EdgeStyle("出席 Attended", "#555555", False, CORE),
    "organised": EdgeStyle("主办 Organised", "#59a14f", True, SECONDARY),
    "held_at": EdgeStyle("举办地 Held at", "#b07aa1", True, SECONDARY),
    "post_in": EdgeStyle("任职 Post in", "#4e79a7", True, SECONDARY),
    "mentions": EdgeStyle("提及 Mentions", "#c8c8c8", True, ARTICLES),
    "contained_in": EdgeStyle("出自 Contained in", "#c8c8c8", True, ARTICLES),
    "authored": EdgeStyle("撰稿 Authored", "#c8c8c8", True, ARTICLES),
}
_OTHER_EDGE = EdgeStyle("关系 Related", "#c8c8c8", True, SECONDARY)

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


def render_html(graph: nx.MultiDiGraph, *, title: str = "graphbuilder") -> str:
    """Render the graph as one self-contained, offline HTML page.

    People and events (linked by ``attended`` edges labelled with the role) are drawn; organisations and
    places are drawn too and a checkbox hides them; articles and their ``mentions``/``contained_in``/
    ``authored`` edges are hidden until a checkbox shows them. Clicking a node or edge lists its evidence.

    Args:
        graph: nodes keyed by IRI with ``label`` and ``type``; edges with ``kind`` and ``label``.
        title: the page title and heading.

    Returns:
        The complete HTML document (UTF-8 when written; the caller writes it).
    """
    if graph.number_of_nodes() == 0:
        return _EMPTY_PAGE.substitute(title=html.escape(title), page_css=_PAGE_CSS)
    data = _page_data(graph)
    css, js = _vis_assets()
    return _PAGE.substitute(
        title=html.escape(title),
        page_css=_PAGE_CSS,
        legend=_legend_html(),
        vis_css=css,
        vis_js=js,
        data_json=_json_for_script(data),
        app_js=_APP_JS,
    )


def _page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The nodes, edges, layers, side-panel details and vis options embedded in the page."""
    node_ids = {iri: f"n{i}" for i, iri in enumerate(sorted(graph.nodes, key=str))}
    edge_keys = sorted(graph.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))

    net = Network(directed=True)
    details: dict[str, dict[str, Any]] = {}
    layers: dict[str, str] = {}
    for iri, vis_id in node_ids.items():
        attrs = graph.nodes[iri]
        style = NODE_STYLES.get(attrs.get("type", ""), _OTHER_NODE)
        label = _label(graph, iri)
        options: dict[str, Any] = dict(
            title=_node_tooltip(graph, iri),
            color={"background": style.color, "border": _darker(style.color),
                   "highlight": {"background": style.color, "border": "#000000"}},
            hidden=not _DEFAULT_LAYERS[style.layer],
        )
        if style.size:
            options["size"] = style.size
        if style.shape == "box":
            options["font"] = {"color": "#1a1a1a"}
            options["margin"] = 8
        if style.layer == ARTICLES:
            options["physics"] = False  # hidden hubs would still pull the layout; placed when shown
        net.add_node(vis_id, label=_shorten(label), shape=style.shape, **options)
        details[vis_id] = _node_details(graph, iri)
        layers[vis_id] = style.layer

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
            hidden=not _DEFAULT_LAYERS[style.layer],
        )
        if style.layer == ARTICLES:
            options["physics"] = False
        net.add_edge(node_ids[u], node_ids[v], **options)
        details[vis_id] = _edge_details(graph, u, v, key)
        layers[vis_id] = style.layer

    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "layers": layers,
        "layersOn": _DEFAULT_LAYERS,
        "details": details,
        "options": _vis_options(),
    }


def _vis_options() -> dict[str, Any]:
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": True},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                 "springLength": 110, "springConstant": 0.08, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 800, "updateInterval": 50, "fit": True},
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


def _label(graph: nx.MultiDiGraph, iri: str) -> str:
    label = str(graph.nodes[iri].get("label", ""))
    return label or str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _shorten(text: str) -> str:
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "…"


def _edge_text(attrs: dict[str, Any]) -> str:
    kind = attrs.get("kind", "")
    return str(attrs.get("label") or EDGE_STYLES.get(kind, _OTHER_EDGE).name.split(" ")[0])


def _fields(attrs: dict[str, Any]) -> list[list[str]]:
    """Caption/value pairs of the node's descriptive attributes that are present."""
    pairs = []
    for key, caption in _FIELDS:
        value = str(attrs.get(key, "") or "")
        if key == "event_type" and value:
            value = EVENT_TYPES.get(value, value)
        if value:
            pairs.append([caption, value])
    return pairs


def _attended_events(graph: nx.MultiDiGraph, iri: str) -> set[str]:
    events = set()
    for u, v, attrs in _incident_edges(graph, iri):
        other = v if u == iri else u
        if attrs.get("kind") == "attended" and graph.nodes[other].get("type") == "event":
            events.add(other)
    return events


def _incident_edges(graph: nx.MultiDiGraph, iri: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    yield from graph.out_edges(iri, data=True)
    yield from (e for e in graph.in_edges(iri, data=True) if e[0] != iri)  # a self-loop once


def _node_tooltip(graph: nx.MultiDiGraph, iri: str) -> str:
    """Plain text with newlines (vis-network shows a string title as text, not HTML)."""
    attrs = graph.nodes[iri]
    style = NODE_STYLES.get(attrs.get("type", ""), _OTHER_NODE)
    lines = [_label(graph, iri), style.name]
    lines += [f"{caption}：{value}" for caption, value in _fields(attrs)]
    if attrs.get("type") == "person":
        lines.append(f"参加活动 Events：{len(_attended_events(graph, iri))}")
    return "\n".join(lines)


def _node_details(graph: nx.MultiDiGraph, iri: str) -> dict[str, Any]:
    """What the side panel shows for a node: fields, its own evidence, and each connection's evidence."""
    attrs = graph.nodes[iri]
    style = NODE_STYLES.get(attrs.get("type", ""), _OTHER_NODE)
    fields = _fields(attrs)
    if attrs.get("type") == "person":
        fields.append(["参加活动 Events", str(len(_attended_events(graph, iri)))])
    evidence = [{"context": "", "text": str(attrs["evidence"])}] if attrs.get("evidence") else []
    links = []
    incident = sorted(_incident_edges(graph, iri), key=lambda e: (e[2].get("kind", ""), str(e[0]), str(e[1])))
    for u, v, edge in incident:
        other = v if u == iri else u
        arrow = "→" if u == iri else "←"
        other_attrs = graph.nodes[other]
        context = f"{_edge_text(edge)} {arrow} {_label(graph, other)}"
        if other_attrs.get("date"):
            context += f"（{other_attrs['date']}）"
        links.append({"context": context, "text": str(edge.get("evidence", "") or "")})
    return {"heading": _label(graph, iri), "kind": style.name, "fields": fields,
            "evidence": evidence, "links": links}


def _edge_details(graph: nx.MultiDiGraph, u: str, v: str, key: Any) -> dict[str, Any]:
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
    evidence = [{"context": "", "text": str(attrs["evidence"])}] if attrs.get("evidence") else []
    return {"heading": f"{_label(graph, u)} → {_label(graph, v)}", "kind": style.name,
            "fields": fields, "evidence": evidence, "links": []}


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
    items = []
    for style in NODE_STYLES.values():
        items.append(
            f'<li><span class="swatch {style.shape}" style="background:{style.color};'
            f'border-bottom-color:{style.color}"></span>{html.escape(style.name)}</li>'
        )
    for kind in ("attended", "organised"):
        style = EDGE_STYLES[kind]
        line = "dashed" if style.dashes else "solid"
        items.append(f'<li><span class="line" style="border-top:2px {line} {style.color}"></span>'
                     f'{html.escape(style.name)}</li>')
    return "\n".join(items)


_PAGE_CSS = """
html, body { margin: 0; padding: 0; height: 100%; }
body { font-family: """ + FONT_STACK + """; color: #222; background: #fff; font-size: 14px; }
#top { position: absolute; top: 0; left: 0; right: 0; height: 76px; padding: 6px 12px;
       border-bottom: 1px solid #ddd; box-sizing: border-box; overflow: hidden; }
#top h1 { font-size: 18px; margin: 0 0 4px 0; font-weight: bold; }
#legend { list-style: none; margin: 0; padding: 0; display: inline; }
#legend li { display: inline-block; margin-right: 14px; white-space: nowrap; }
#controls { display: inline-block; margin-left: 8px; }
#controls label { margin-right: 14px; white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.swatch.dot { border-radius: 6px; }
.swatch.box { width: 16px; height: 10px; border-radius: 2px; }
.swatch.diamond { width: 9px; height: 9px; margin: 0 6px 0 2px; -ms-transform: rotate(45deg);
                  transform: rotate(45deg); }
.swatch.triangle { width: 0; height: 0; background: transparent !important; border-left: 6px solid transparent;
                   border-right: 6px solid transparent; border-bottom: 11px solid; }
.line { display: inline-block; width: 22px; height: 0; margin-right: 4px; vertical-align: 3px; }
#graph { position: absolute; top: 76px; left: 0; right: 340px; bottom: 0; }
#panel { position: absolute; top: 76px; right: 0; width: 340px; bottom: 0; overflow: auto;
         border-left: 1px solid #ddd; padding: 10px 14px; box-sizing: border-box; background: #fafafa; }
#panel h2 { font-size: 17px; margin: 0 0 2px 0; }
#panel h3 { font-size: 14px; margin: 14px 0 4px 0; color: #555; }
#panel .kind { color: #777; margin: 0 0 8px 0; }
#panel dl { margin: 0; }
#panel dt { color: #777; font-size: 12px; margin-top: 6px; }
#panel dd { margin: 0; }
#panel .context { font-size: 13px; margin-top: 8px; }
#panel blockquote { margin: 2px 0 0 0; padding: 4px 8px; border-left: 3px solid #f28e2b; background: #fff;
                    font-size: 13px; line-height: 1.6; }
#panel .hint, .note { color: #777; }
#status { position: absolute; top: 84px; left: 12px; color: #777; }
#view-empty { display: none; position: absolute; top: 40%; left: 0; right: 340px; text-align: center;
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
<h1>$title</h1>
<ul id="legend">
$legend
</ul>
<span id="controls">
<label><input type="checkbox" id="show-secondary" checked> 显示机构和地点 Organisations &amp; places</label>
<label><input type="checkbox" id="show-articles"> 显示报道 Articles</label>
</span>
</div>
<div id="graph"></div>
<div id="status">正在布局… Laying out…</div>
<div id="view-empty">当前视图没有可显示的内容 Nothing to show in this view</div>
<div id="panel"><p class="hint">点击人物、活动或连线，查看出处原文。<br>
Click a node or an edge to see the sentences it comes from.</p></div>
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
<p class="note" style="position:absolute;top:96px;left:12px">图谱为空，没有可显示的内容。
The graph is empty: there is nothing to show.</p>
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
  var layersOn = data.layersOn;
  var placed = {};
  var network = new vis.Network(document.getElementById('graph'), {nodes: nodes, edges: edges}, data.options);

  function freeze() {
    network.setOptions({physics: {enabled: false}});
    document.getElementById('status').style.display = 'none';
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

  function refresh() {
    var visible = {}, count = 0, nodeUpdates = [], edgeUpdates = [];
    nodes.forEach(function (n) {
      var on = !!layersOn[data.layers[n.id]];
      visible[n.id] = on;
      if (on) { count++; }
      if (on && n.hidden && data.layers[n.id] === 'articles') { placeNearNeighbours(n.id); }
      nodeUpdates.push({id: n.id, hidden: !on});
    });
    nodes.update(nodeUpdates);
    edges.forEach(function (e) {
      var on = layersOn[data.layers[e.id]] && visible[e.from] && visible[e.to];
      edgeUpdates.push({id: e.id, hidden: !on});
    });
    edges.update(edgeUpdates);
    document.getElementById('view-empty').style.display = count ? 'none' : 'block';
  }

  function bindToggle(boxId, layer) {
    var box = document.getElementById(boxId);
    box.checked = !!layersOn[layer];
    box.onclick = function () { layersOn[layer] = box.checked; refresh(); };
  }
  bindToggle('show-secondary', 'secondary');
  bindToggle('show-articles', 'articles');
  refresh();

  function add(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (text) { el.appendChild(document.createTextNode(text)); }
    if (className) { el.className = className; }
    parent.appendChild(el);
    return el;
  }

  function addQuotes(panel, caption, items) {
    var i, shown = false;
    for (i = 0; i < items.length; i++) {
      if (!items[i].context && !items[i].text) { continue; }
      if (!shown) { add(panel, 'h3', caption); shown = true; }
      if (items[i].context) { add(panel, 'div', items[i].context, 'context'); }
      if (items[i].text) { add(panel, 'blockquote', items[i].text); }
    }
  }

  function show(d) {
    var panel = document.getElementById('panel'), dl, i;
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    if (!d) { return; }
    add(panel, 'h2', d.heading);
    add(panel, 'p', d.kind, 'kind');
    if (d.fields.length) {
      dl = add(panel, 'dl');
      for (i = 0; i < d.fields.length; i++) {
        add(dl, 'dt', d.fields[i][0]);
        add(dl, 'dd', d.fields[i][1]);
      }
    }
    addQuotes(panel, '出处 Evidence', d.evidence);
    addQuotes(panel, '关联 Connections', d.links);
  }

  network.on('click', function (params) {
    var id = params.nodes.length ? params.nodes[0] : (params.edges.length ? params.edges[0] : null);
    if (id !== null && Object.prototype.hasOwnProperty.call(data.details, id)) { show(data.details[id]); }
  });
})();
"""
