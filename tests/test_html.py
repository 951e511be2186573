"""The HTML page: self-contained, offline, escaped, deterministic."""

import datetime
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from graphbuilder.html import render_html
from graphbuilder.subgraph import DEFAULT_MAX_NODES, SelectionError, View

BASE = "https://example.org/gb/"
SCRIPT_BREAK = "</script><script>alert(1)</script>"
IMG_ONERROR = "<img src=x onerror=alert(1)>"


def union_graph() -> nx.MultiDiGraph:
    """Two people at one event, its organiser and place, and the article reporting it."""
    g = nx.MultiDiGraph()
    g.add_node(BASE + "person/zhang-sheng", label="张升", type="person", titles="市总工会经审委主任")
    g.add_node(BASE + "person/zhang-hongwei", label="张红卫", type="person", titles="")
    g.add_node(
        BASE + "event/e1", label="“99公益日”慈善爱心网络募捐活动", type="event", date="2020-09-07",
        event_type="donation", headline="爱心汇聚公益日 工会善举暖人心", place="焦作市",
        organisers="焦作市总工会",
        evidence="市总工会机关9月7日组织开展了“99公益日”慈善爱心网络募捐活动。",
    )
    g.add_node(BASE + "org/jiaozuo-ftu", label="焦作市总工会", type="organisation")
    g.add_node(BASE + "place/jiaozuo", label="焦作市", type="place")
    g.add_node(BASE + "article/a01", label="爱心汇聚公益日", type="article", date="2020-09-11",
               headline="爱心汇聚公益日 工会善举暖人心")
    g.add_edge(BASE + "person/zhang-sheng", BASE + "event/e1", kind="attended", label="阐述",
               evidence="市总工会经审委主任张升阐述了开展慈善爱心网络募捐活动的重要意义。")
    g.add_edge(BASE + "person/zhang-hongwei", BASE + "event/e1", kind="attended", label="参加")
    g.add_edge(BASE + "org/jiaozuo-ftu", BASE + "event/e1", kind="organised", label="主办")
    g.add_edge(BASE + "event/e1", BASE + "place/jiaozuo", kind="held_at", label="举办地")
    g.add_edge(BASE + "person/zhang-sheng", BASE + "org/jiaozuo-ftu", kind="post_in", label="经审委主任")
    g.add_edge(BASE + "article/a01", BASE + "person/zhang-sheng", kind="mentions", label="提及")
    g.add_edge(BASE + "event/e1", BASE + "article/a01", kind="contained_in", label="出自")
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every string a node or edge can carry holds markup that must stay text."""
    g = nx.MultiDiGraph()
    g.add_node("p1", label=SCRIPT_BREAK, type="person", titles=IMG_ONERROR)
    g.add_node("e1", label=IMG_ONERROR, type="event", date="", event_type="other",
               headline=SCRIPT_BREAK, evidence="会上\u2028" + SCRIPT_BREAK + "&amp;", place=IMG_ONERROR,
               organisers=SCRIPT_BREAK)
    g.add_node("a1", label="报道", type="article", headline=SCRIPT_BREAK)
    g.add_edge("p1", "e1", kind="attended", label=IMG_ONERROR, evidence=SCRIPT_BREAK, role=IMG_ONERROR)
    g.add_edge("a1", "p1", kind="mentions", label=SCRIPT_BREAK)
    return g


class PageParser(HTMLParser):
    """Collects tags with their attributes and the text of each script element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._script: dict[str, str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script = attrs
            self.scripts.append((attrs, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def full_labels(data: dict) -> dict[str, str]:
    """vis node id -> the full label (the drawn one may be shortened)."""
    return {node["id"]: data["details"][node["id"]]["heading"] for node in data["nodes"]}


def embedded_data(page: str) -> dict:
    parser = parse(page)
    blocks = [text for attrs, text in parser.scripts if attrs.get("id") == "graph-data"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.mark.parametrize("graph", [union_graph(), hostile_graph(), nx.MultiDiGraph()],
                         ids=["union", "hostile", "empty"])
def test_html_loads_nothing_from_the_network(graph):
    page = render_html(graph)
    for tag, attrs in parse(page).tags:
        for name in ("src", "href", "action", "data"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name, ""), re.I), (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "@import" not in page


def test_html_is_self_contained():
    page = render_html(union_graph())
    parser = parse(page)
    assert not [attrs for tag, attrs in parser.tags if tag == "script" and "src" in attrs]
    assert not [attrs for tag, attrs in parser.tags if tag == "link"]
    code = "".join(text for attrs, text in parser.scripts)
    assert "vis-network" in code and "Network=" in code.replace(" ", "")  # the library itself is inline
    assert ".vis-network-tooltip" in page or ".vis-tooltip" in page  # and its stylesheet


def test_html_declares_utf8_first_in_head():
    page = render_html(union_graph())
    assert page.startswith("<!DOCTYPE html>")
    assert page.index('<meta charset="utf-8">') < page.index("<title>")


def test_html_embeds_every_node_and_edge_and_draws_the_default_layers():
    graph = union_graph()
    data = embedded_data(render_html(graph))
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    labels = full_labels(data)
    shown = {labels[node["id"]] for node in data["nodes"] if not node.get("hidden")}
    assert shown == {"张升", "张红卫", "“99公益日”慈善爱心网络募捐活动", "焦作市总工会", "焦作市"}
    hidden_edges = sorted(edge["label"] for edge in data["edges"] if edge.get("hidden"))
    assert hidden_edges == ["出自", "提及"]


def test_html_labels_attended_edges_with_the_role_as_written():
    data = embedded_data(render_html(union_graph()))
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    attended = {(labels[e["from"]], e["label"]) for e in data["edges"] if e["label"] in ("阐述", "参加")}
    assert attended == {("张升", "阐述"), ("张红卫", "参加")}


def test_html_keeps_chinese_text_as_utf8():
    page = render_html(union_graph(), title="焦作工会新闻图谱")
    assert "<title>焦作工会新闻图谱</title>" in page
    assert "张升" in page and "\\u5f20" not in page
    page.encode("utf-8")  # no lone surrogates or other unencodable text


def test_html_tooltips_are_plain_text():
    data = embedded_data(render_html(union_graph()))
    labels = full_labels(data)
    titles = {labels[node["id"]]: node["title"] for node in data["nodes"]}
    assert titles["张升"].split("\n") == ["张升", "人物 Person", "职务 Titles：市总工会经审委主任",
                                          "机构 Organisations：焦作市总工会", "参加活动 Events：1"]
    event = titles["“99公益日”慈善爱心网络募捐活动"]
    for line in ("日期 Date：2020-09-07", "类型 Type：捐赠 Donation", "地点 Place：焦作市",
                 "主办 Organisers：焦作市总工会", "报道 Headline：爱心汇聚公益日 工会善举暖人心"):
        assert line in event.split("\n")
    assert "<" not in "".join(titles.values())


def test_html_side_panel_details_carry_the_evidence():
    data = embedded_data(render_html(union_graph()))
    by_label = {label: data["details"][i] for i, label in full_labels(data).items()}
    person = by_label["张升"]
    assert ["职务 Titles", "市总工会经审委主任"] in person["fields"]
    assert ["机构 Organisations", "焦作市总工会"] in person["fields"]
    assert {"context": "阐述 → “99公益日”慈善爱心网络募捐活动（2020-09-07）",
            "text": "市总工会经审委主任张升阐述了开展慈善爱心网络募捐活动的重要意义。",
            "marks": [[0, 9], [9, 11], [11, 13]], "source": ""} in person["links"]
    edge = next(e for e in data["edges"] if e["label"] == "阐述")
    assert ["报道 Headline", "爱心汇聚公益日 工会善举暖人心"] in data["details"][edge["id"]]["fields"]
    assert data["details"][edge["id"]]["evidence"][0]["text"].startswith("市总工会经审委主任张升")


def test_html_page_script_never_writes_html():
    page = render_html(union_graph())
    app = parse(page).scripts[-1][1]
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app
    assert "createTextNode" in app


def test_html_injection_strings_stay_text():
    page = render_html(hostile_graph(), title=IMG_ONERROR)
    assert "</script><script>alert(1)" not in page
    assert "<img src=x onerror" not in page
    assert "\u2028" not in page
    parser = parse(page)
    assert [tag for tag, _ in parser.tags if tag in ("img",)] == []
    assert [attrs for attrs, _ in parser.scripts] == [
        {"type": "application/json", "id": "graph-data"}, {}, {}]
    data = embedded_data(page)  # the JSON still round-trips to the original strings
    assert IMG_ONERROR in full_labels(data).values()
    assert any(d["evidence"] and d["evidence"][0]["text"] == SCRIPT_BREAK for d in data["details"].values())


def test_html_layout_is_seeded_and_physics_stops():
    page = render_html(union_graph())
    options = embedded_data(page)["options"]
    assert options["layout"]["randomSeed"] == 7
    assert options["physics"]["stabilization"]["enabled"] is True
    assert "physics: {enabled: false}" in parse(page).scripts[-1][1]


def test_html_is_the_same_whatever_the_insertion_order():
    graph = union_graph()
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert render_html(graph) == render_html(reversed_graph)


def test_html_uses_the_cjk_font_stack():
    page = render_html(union_graph())
    options = embedded_data(page)["options"]
    stack = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimSun, sans-serif'
    assert options["nodes"]["font"]["face"] == stack
    assert options["edges"]["font"]["face"] == stack
    assert f"font-family: {stack}" in page


def test_html_legend_names_each_type_in_chinese_and_english():
    page = render_html(union_graph())
    for name in ("人物 Person", "活动 Event", "机构 Organisation", "地点 Place", "报道 Article"):
        assert name in page


def test_html_empty_graph_says_there_is_nothing_to_show():
    page = render_html(nx.MultiDiGraph())
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "没有可显示的内容" in page and "nothing to show" in page
    assert "<script" not in page


# ---------------------------------------------------------------------------------------------- evidence


def test_html_evidence_quotes_name_their_article_and_date():
    graph = union_graph()
    graph.nodes[BASE + "event/e1"]["evidence_articles"] = BASE + "article/a01"
    edge = next(k for u, v, k in graph.edges(keys=True) if graph.edges[u, v, k]["label"] == "阐述")
    graph.edges[BASE + "person/zhang-sheng", BASE + "event/e1", edge]["evidence_articles"] = BASE + "article/a01"
    data = embedded_data(render_html(graph))
    by_label = {label: data["details"][i] for i, label in full_labels(data).items()}
    event = by_label["“99公益日”慈善爱心网络募捐活动"]
    assert [q["source"] for q in event["evidence"]] == ["爱心汇聚公益日 工会善举暖人心（2020-09-11）"]
    link = next(q for q in by_label["张升"]["links"] if q["context"].startswith("阐述"))
    assert link["source"] == "爱心汇聚公益日 工会善举暖人心（2020-09-11）"


def test_html_evidence_is_one_quote_per_sentence():
    graph = union_graph()
    graph.nodes[BASE + "person/zhang-sheng"]["evidence"] = "张升出席。\n张升讲话。"
    graph.nodes[BASE + "person/zhang-sheng"]["evidence_articles"] = f"{BASE}article/a01\n{BASE}article/gone"
    data = embedded_data(render_html(graph))
    person = {label: data["details"][i] for i, label in full_labels(data).items()}["张升"]
    assert [(q["text"], q["marks"], q["source"]) for q in person["evidence"]] == [
        ("张升出席。", [[0, 2]], "爱心汇聚公益日 工会善举暖人心（2020-09-11）"),
        ("张升讲话。", [[0, 2]], ""),  # an article that is not in the graph: no line under the quote
    ]


@pytest.mark.parametrize("evidence, marks", [
    ("市总工会经审委主任张升阐述了意义。", [[0, 9], [9, 11], [11, 13]]),  # title, name, role
    ("张升、张红卫阐述", [[0, 2], [6, 8]]),             # 张红卫 is not an end of this edge
    ("阐述阐述", [[0, 2], [2, 4]]),                     # every occurrence
    ("𠮷张升阐述", [[2, 4], [4, 6]]),                   # offsets in UTF-16 code units, as JavaScript counts
    ("与会人员参加", []),
])
def test_html_evidence_marks_the_words_of_the_fact(evidence, marks):
    graph = union_graph()
    graph.add_edge(BASE + "person/zhang-sheng", BASE + "event/e1", key="extra", kind="attended", label="阐述",
                   evidence=evidence)
    data = embedded_data(render_html(graph))
    edge = next(e for e in data["edges"] if data["details"][e["id"]]["evidence"]
                and data["details"][e["id"]]["evidence"][0]["text"] == evidence)
    assert data["details"][edge["id"]]["evidence"][0]["marks"] == marks


# ---------------------------------------------------------------------------------------------- filters


def test_html_unlinked_organisations_and_places_are_hidden_at_start():
    graph = union_graph()
    graph.add_node(BASE + "org/alone", label="焦作市妇女联合会", type="organisation")
    graph.add_node(BASE + "place/henan", label="河南省", type="place")
    graph.add_edge(BASE + "place/jiaozuo", BASE + "place/henan", kind="contained_in", label="位于")
    data = embedded_data(render_html(graph))
    labels = full_labels(data)
    hidden = {labels[n["id"]] for n in data["nodes"] if n["hidden"]}
    assert hidden == {"焦作市妇女联合会", "河南省", "爱心汇聚公益日"}
    assert data["linkedOnly"] == ["organisation", "place", "article", "other"]
    assert data["core"] == ["person", "event"]


def test_html_filter_data_dates_events_and_search_text():
    graph = union_graph()
    graph.add_node(BASE + "event/e2", label="疗休养", type="event", date="2020-09")
    graph.add_edge(BASE + "person/zhang-sheng", BASE + "event/e2", kind="attended", label="送行")
    data = embedded_data(render_html(graph))
    ids = {label: i for i, label in full_labels(data).items()}
    assert data["dates"] == {ids["“99公益日”慈善爱心网络募捐活动"]: ["2020-09-07", "2020-09-07"],
                             ids["疗休养"]: ["2020-09-01", "2020-09-30"],
                             ids["爱心汇聚公益日"]: ["2020-09-11", "2020-09-11"]}
    assert data["eventsOf"][ids["张升"]] == sorted([ids["“99公益日”慈善爱心网络募捐活动"], ids["疗休养"]])
    assert data["eventsOf"][ids["焦作市"]] == [ids["“99公益日”慈善爱心网络募捐活动"]]
    assert data["search"][ids["张升"]] == "张升\n市总工会经审委主任"
    assert data["types"][ids["张升"]] == "person" and data["typesOn"]["article"] is False
    assert data["total"] == graph.number_of_nodes()


def test_html_legend_has_a_checkbox_per_type():
    boxes = {attrs["data-type"]: "checked" in attrs for tag, attrs in parse(render_html(union_graph())).tags
             if tag == "input" and "data-type" in attrs}
    assert boxes == {"person": True, "event": True, "organisation": True, "place": True, "article": False}


def test_html_page_has_search_and_date_filters():
    ids = {attrs.get("id"): attrs for tag, attrs in parse(render_html(union_graph())).tags if attrs.get("id")}
    assert ids["search"]["type"] == "search" and ids["search"]["list"] == "names"
    assert ids["since"]["type"] == "date" and ids["until"]["type"] == "date"
    assert ids["show-unlinked"]["type"] == "checkbox" and "checked" not in ids["show-unlinked"]


# ---------------------------------------------------------------------------------------------- views


def test_html_view_draws_only_the_part_chosen_and_says_so():
    page = render_html(union_graph(), view=View(person="张红卫", depth=1))
    data = embedded_data(page)
    assert set(full_labels(data).values()) == {"张红卫", "“99公益日”慈善爱心网络募捐活动"}
    assert data["total"] == 6
    notes = [text for text in re.findall(r'<div id="notes">(.*?)</div>', page)]
    assert notes == ["<p>只显示 张红卫 及 1 步以内的节点。Only 张红卫 and what lies within 1 link of them. "
                     "省略了 人物 1 个、机构 1 个、地点 1 个、报道 1 个。"
                     "Left out: 1 person, 1 organisation, 1 place, 1 article.</p>"]


def test_html_default_view_caps_a_big_graph():
    graph = nx.MultiDiGraph()
    for i in range(DEFAULT_MAX_NODES + 20):
        graph.add_node(f"p{i}", label=f"人物{i}", type="person")
        graph.add_node(f"e{i}", label=f"活动{i}", type="event")
        graph.add_edge(f"p{i}", f"e{i}", kind="attended", label="出席")
    page = render_html(graph)
    assert len(embedded_data(page)["nodes"]) == DEFAULT_MAX_NODES
    assert "Too many nodes: only the 500 most connected are shown." in page
    assert len(embedded_data(render_html(graph, view=View(max_nodes=0)))["nodes"]) == graph.number_of_nodes()


def test_html_notes_are_escaped():
    page = render_html(hostile_graph(), view=View(person=SCRIPT_BREAK, depth=0))
    assert "</script><script>alert(1)" not in page
    assert "只显示 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 及 0 步以内的节点。" in page


def test_html_view_with_nothing_in_it_says_so():
    page = render_html(union_graph(), view=View(since=datetime.date(2030, 1, 1)))
    assert "There is nothing to show in the part of the graph chosen." in page
    assert "Only events and articles dated 2030-01-01 – …" in page
    assert "<script" not in page


def test_html_unknown_person_is_an_error():
    with pytest.raises(SelectionError, match=r"^no person named 王五 in the graph"):
        render_html(union_graph(), view=View(person="王五"))


@pytest.mark.parametrize("nodes, iterations, improved", [(10, 800, True), (200, 800, True), (500, 320, False),
                                                          (2000, 150, False)])
def test_html_layout_gets_fewer_iterations_when_big(nodes, iterations, improved):
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((f"e{i}", {"label": f"活动{i}", "type": "event"}) for i in range(nodes))
    options = embedded_data(render_html(graph, view=View(max_nodes=0)))["options"]
    assert options["physics"]["stabilization"]["iterations"] == iterations
    assert options["layout"]["improvedLayout"] is improved
