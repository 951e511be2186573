"""Choosing what the HTML page draws of a big graph: a person's neighbourhood, a period, a cap."""

import datetime
import re

import networkx as nx
import pytest

from graphbuilder.errors import GraphBuilderError
from graphbuilder.subgraph import DEFAULT_MAX_NODES, SelectionError, View, date_interval, select_subgraph

D = datetime.date


def town_graph() -> nx.MultiDiGraph:
    """Two people, three events in September and October, an organiser, a place and two articles.

    张升 -> 推进会 (09-03) <- 市总工会 ; 推进会 -> 焦作市 ; 张升 -> 疗休养 (2020-09) <- 李林敏 ;
    李林敏 -> 金秋助学 (10-10) ; a1 mentions 推进会 and 张升 ; a2 mentions 金秋助学.
    """
    g = nx.MultiDiGraph()
    for iri, label, kind, date in [
        ("p/zs", "张升", "person", ""), ("p/llm", "李林敏", "person", ""),
        ("e/meeting", "推进会", "event", "2020-09-03"), ("e/rest", "疗休养", "event", "2020-09"),
        ("e/school", "金秋助学", "event", "2020-10-10"), ("e/undated", "年初", "event", ""),
        ("o/ftu", "市总工会", "organisation", ""), ("pl/jz", "焦作市", "place", ""),
        ("a/1", "推进会召开", "article", "2020-09-04"), ("a/2", "金秋助学", "article", "2020-10-11"),
    ]:
        g.add_node(iri, label=label, type=kind, **({"date": date} if date else {}))
    for u, v, kind in [
        ("p/zs", "e/meeting", "attended"), ("o/ftu", "e/meeting", "organised"), ("e/meeting", "pl/jz", "held_at"),
        ("p/zs", "e/rest", "attended"), ("p/llm", "e/rest", "attended"), ("p/llm", "e/school", "attended"),
        ("a/1", "e/meeting", "mentions"), ("a/1", "p/zs", "mentions"), ("a/2", "e/school", "mentions"),
    ]:
        g.add_edge(u, v, kind=kind, label=kind)
    return g


def labels(graph: nx.MultiDiGraph) -> set[str]:
    return {attrs["label"] for _, attrs in graph.nodes(data=True)}


@pytest.mark.parametrize("text, expected", [
    ("2020-09-03", (D(2020, 9, 3), D(2020, 9, 3))),
    ("2020-09", (D(2020, 9, 1), D(2020, 9, 30))),
    ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
    ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
    (" 2020-09-03 ", (D(2020, 9, 3), D(2020, 9, 3))),
    ("2020-13", None),
    ("2020-02-30", None),
    ("9月3日", None),
    ("", None),
])
def test_html_subgraph_date_interval(text, expected):
    assert date_interval(text) == expected


def test_html_subgraph_default_view_keeps_a_small_graph_whole():
    graph = town_graph()
    selection = select_subgraph(graph)
    assert set(selection.graph.nodes) == set(graph.nodes)
    assert selection.graph.number_of_edges() == graph.number_of_edges()
    assert selection.notes == ()


@pytest.mark.parametrize("since, until, expected", [
    # 疗休养 (the whole of September) overlaps any September day; the undated 年初 never shows
    (D(2020, 9, 1), D(2020, 9, 30), {"张升", "李林敏", "推进会", "疗休养", "市总工会", "焦作市", "推进会召开"}),
    (D(2020, 9, 10), D(2020, 9, 10), {"张升", "李林敏", "疗休养"}),
    (D(2020, 10, 1), None, {"李林敏", "金秋助学"}),
    (None, D(2020, 9, 3), {"张升", "李林敏", "推进会", "疗休养", "市总工会", "焦作市"}),
    (D(2021, 1, 1), None, set()),
])
def test_html_subgraph_period(since, until, expected):
    selection = select_subgraph(town_graph(), View(since=since, until=until))
    assert labels(selection.graph) == expected
    assert len(selection.notes) == 1 and "Only events and articles dated" in selection.notes[0]


def test_html_subgraph_period_note_counts_what_is_left_out():
    note = select_subgraph(town_graph(), View(since=D(2020, 10, 1))).notes[0]
    assert note == ("只显示 2020-10-01 – … 的活动和报道及其相关节点（没有日期的活动也不显示）。"
                    "Only events and articles dated 2020-10-01 – … and what links to them (undated events are "
                    "left out). 省略了 人物 1 个、活动 3 个、机构 1 个、地点 1 个、报道 1 个。"
                    "Left out: 1 person, 3 events, 1 organisation, 1 place, 1 article.")


@pytest.mark.parametrize("person, depth, expected", [
    ("张升", 0, {"张升", "推进会召开"}),
    ("张升", 1, {"张升", "推进会", "疗休养", "推进会召开"}),
    ("张升", 2, {"张升", "推进会", "疗休养", "市总工会", "焦作市", "李林敏", "推进会召开"}),
    ("张升", 3, {"张升", "推进会", "疗休养", "市总工会", "焦作市", "李林敏", "金秋助学", "推进会召开"}),
    ("李林敏", 1, {"李林敏", "疗休养", "金秋助学"}),  # and the article 金秋助学
])
def test_html_subgraph_person_and_depth(person, depth, expected):
    selection = select_subgraph(town_graph(), View(person=person, depth=depth))
    assert labels(selection.graph) == expected
    assert selection.notes[0].startswith(f"只显示 {person} 及 {depth} 步以内的节点。")


def test_html_subgraph_articles_do_not_join_a_neighbourhood():
    """a/1 mentions 推进会 and 张升, but 张升 is not one link from everything an article mentions."""
    graph = town_graph()
    graph.add_edge("a/1", "p/llm", kind="mentions", label="提及")
    assert "李林敏" not in labels(select_subgraph(graph, View(person="张升", depth=1)).graph)


@pytest.mark.parametrize("person, message", [
    ("张", "no person named 张 in the graph (did you mean 张升?)"),
    ("王五", "no person named 王五 in the graph (names must match exactly, e.g. 张升, 李林敏)"),
    ("市总工会", "no person named 市总工会 in the graph (names must match exactly, e.g. 张升, 李林敏)"),
    ("  ", "the person's name is empty (give a name as the graph writes it, e.g. 张升)"),
])
def test_html_subgraph_unknown_person_is_a_selection_error(person, message):
    with pytest.raises(SelectionError) as raised:
        select_subgraph(town_graph(), View(person=person))
    assert str(raised.value) == message
    assert isinstance(raised.value, GraphBuilderError)


@pytest.mark.parametrize("view, message", [
    (View(since=D(2020, 10, 1), until=D(2020, 9, 1)), "since 2020-10-01 is after until 2020-09-01 (swap them)"),
    (View(person="张升", depth=-1), "depth -1: must be 0 or more (0 shows the person alone)"),
    (View(max_nodes=-5), "max nodes -5: must be 0 (no limit) or more"),
])
def test_html_subgraph_inconsistent_views(view, message):
    with pytest.raises(SelectionError, match=f"^{re.escape(message)}$"):
        select_subgraph(town_graph(), view)


def test_html_subgraph_cap_keeps_the_most_connected():
    selection = select_subgraph(town_graph(), View(max_nodes=3))
    # 推进会 has the most neighbours (3); next to it 张升 has the most (2, as has 李林敏, who is not next to
    # it); then 疗休养 beside 张升 (2) before 市总工会 and 焦作市 (1 each)
    assert labels(selection.graph) == {"推进会", "张升", "疗休养"}
    assert selection.notes[-1].startswith("节点太多：只显示连接最多的 3 个。Too many nodes: only the 3 most connected")
    assert "Left out: 1 person, 2 events, 1 organisation, 1 place, 2 articles." in selection.notes[-1]


def test_html_subgraph_cap_fills_up_with_articles_after_the_rest():
    selection = select_subgraph(town_graph(), View(max_nodes=9))
    assert labels(selection.graph) >= {"推进会召开"}  # reaches 2 chosen nodes; 金秋助学's article one
    assert selection.graph.number_of_nodes() == 9
    assert not any(attrs["type"] == "article" and attrs["label"] == "金秋助学"
                   for _, attrs in selection.graph.nodes(data=True))


def test_html_subgraph_no_cap_with_zero():
    graph = town_graph()
    assert select_subgraph(graph, View(max_nodes=0)).graph.number_of_nodes() == graph.number_of_nodes()


def test_html_subgraph_returns_a_copy():
    graph = town_graph()
    selection = select_subgraph(graph, View(person="张升", depth=1))
    selection.graph.nodes["p/zs"]["label"] = "changed"
    assert graph.nodes["p/zs"]["label"] == "张升"


def big_graph(articles: int) -> nx.MultiDiGraph:
    """``articles`` articles, each reporting one event attended by three of 2,000 people, organised by one of
    300 organisations, in one of 100 places; deterministic."""
    g = nx.MultiDiGraph()
    for i in range(articles):
        day = D(2015, 1, 1) + datetime.timedelta(days=i % 2000)
        event, article = f"e/{i}", f"a/{i}"
        g.add_node(event, label=f"活动{i}", type="event", date=day.isoformat(), headline=f"报道{i}")
        g.add_node(article, label=f"报道{i}", type="article", headline=f"报道{i}", date=day.isoformat())
        g.add_edge(article, event, kind="mentions", label="提及")
        organiser, place = f"o/{i * 7 % 300}", f"pl/{i * 11 % 100}"
        g.add_node(organiser, label=f"机构{i * 7 % 300}", type="organisation")
        g.add_node(place, label=f"地点{i * 11 % 100}", type="place")
        g.add_edge(organiser, event, kind="organised", label="主办")
        g.add_edge(event, place, kind="held_at", label="举办地")
        for k in range(3):
            person = f"p/{(i * 13 + k * 677) % 2000}"
            g.add_node(person, label=f"人物{(i * 13 + k * 677) % 2000}", type="person")
            g.add_edge(person, event, kind="attended", label="出席", evidence=f"人物{k}出席活动{i}。")
            g.add_edge(article, person, kind="mentions", label="提及")
    return g


def test_html_subgraph_ten_thousand_articles_are_capped_by_default():
    graph = big_graph(10_000)
    selection = select_subgraph(graph)
    assert selection.graph.number_of_nodes() == DEFAULT_MAX_NODES
    # the cap keeps whole pieces of the picture: every event kept has edges to other kept nodes
    assert nx.is_connected(selection.graph.to_undirected())
    kinds = {attrs["type"] for _, attrs in selection.graph.nodes(data=True)}
    assert {"person", "event"} <= kinds
    assert "Left out:" in selection.notes[0] and "10,000 articles" in selection.notes[0]
