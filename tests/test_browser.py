"""The HTML page in a real browser: Debian's Chromium, headless, offline, driven by Playwright.

Chromium comes from Debian (``make browser`` installs ``chromium`` and ``fonts-noto-cjk`` when missing);
Playwright only drives it and downloads nothing. Every request that does not stay on file:// is blocked and
recorded. These tests fail, not skip, when Chromium cannot be started: set GRAPHBUILDER_NO_BROWSER=1 to skip
them on purpose.

GRAPHBUILDER_SCREENSHOT=docs/graph.png (``make screenshot``) also writes the screenshot of the sample's page
that the README shows.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import pytest

from graphbuilder.graphs import load_graph
from graphbuilder.html import NODE_STYLES, render_html
from graphbuilder.network import to_networkx
from graphbuilder.subgraph import DEFAULT_MAX_NODES

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"
PWNED = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE = [f"</script><script>{PWNED}</script>", f'<img src=x onerror="{PWNED}">',
           f"<svg onload=\"{PWNED}\">", "\u2028<!--<script>"]
READY = "window.graphbuilderPage && window.graphbuilderPage.ready"
INKED = """(function () {
    var canvas = document.querySelector('#graph canvas'), inked = 0, i, pixels;
    if (!canvas) { return 0; }
    pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { inked++; } }
    return inked;
})()"""


class Browser(NamedTuple):
    context: object  # playwright BrowserContext
    requests: list[str]  # every URL the pages asked for
    blocked: list[str]  # those that would have left file://


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    if os.environ.get("GRAPHBUILDER_NO_BROWSER") == "1":
        pytest.skip("GRAPHBUILDER_NO_BROWSER=1: the browser tests are skipped on purpose")
    how_to = ("install Chromium with `make browser` (Debian: apt-get install chromium fonts-noto-cjk), "
              "or set GRAPHBUILDER_NO_BROWSER=1 to skip the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        pytest.fail(f"Playwright is not installed ({error}): pip install -e '.[test]', or {how_to}", pytrace=False)
    profile = tmp_path_factory.mktemp("chromium-profile")
    assert not any(profile.iterdir())  # an empty --user-data-dir
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS, offline=True,
                viewport=VIEWPORT, device_scale_factor=1, locale="zh-CN", timezone_id="Asia/Shanghai")
        except Exception as error:  # playwright raises its own Error, or OSError for a missing file
            pytest.fail(f"Chromium ({CHROMIUM}) could not be started: {error}\nTo fix: {how_to}", pytrace=False)
        seen = Browser(context, [], [])
        context.on("request", lambda request: seen.requests.append(request.url))

        def block(route):
            seen.blocked.append(route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith("file://"), block)
        yield seen
        context.close()


@pytest.fixture
def page(browser):
    """A fresh tab that records script errors and dialogs (an injected alert() would open one)."""
    tab = browser.context.new_page()
    tab.errors, tab.dialogs = [], []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    tab.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The sample page built into a fresh OUTDIR, as `graphbuilder build` does."""
    from graphbuilder.pipeline import build

    out = tmp_path_factory.mktemp("sample")
    build([SAMPLE], out)
    return out


@pytest.fixture(scope="module")
def sample_network(sample) -> nx.MultiDiGraph:
    return to_networkx(load_graph(sample / "graph.ttl"))


def open_page(page, path: Path, timeout: float = 30_000) -> None:
    page.goto(path.resolve().as_uri())
    page.wait_for_function(READY, timeout=timeout)
    # on a loaded machine the first frame may be painted a little after the page says it is ready
    page.wait_for_function(f"{READY} && (window.graphbuilderPage.visible === 0 || {INKED} > 0)", timeout=timeout)


def node_id(page, label: str) -> str:
    return page.evaluate("""label => {
        var d = window.graphbuilderPage.data;
        return Object.keys(d.details).filter(function (id) { return d.details[id].heading === label; })[0];
    }""", label)


def node_point(page, vis_id: str) -> tuple[float, float]:
    """Where the node is drawn, in page coordinates."""
    return page.evaluate("""id => {
        var net = window.graphbuilderPage.network, p = net.canvasToDOM(net.getPositions([id])[id]);
        var box = document.getElementById('graph').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", vis_id)


def click_node(page, vis_id: str) -> None:
    """Click where the node is drawn on the canvas, as a person would."""
    page.mouse.click(*node_point(page, vis_id))


def panel_text(page) -> dict:
    return page.evaluate("""() => {
        var panel = document.getElementById('panel'), texts = function (tag) {
            return Array.prototype.map.call(panel.getElementsByTagName(tag), function (e) { return e.textContent; });
        };
        return {heading: texts('h2')[0] || '', quotes: texts('blockquote'), marks: texts('mark'),
                sources: Array.prototype.map.call(panel.querySelectorAll('.source'), function (e) {
                    return e.textContent; })};
    }""")


# ---------------------------------------------------------------------------------------------- the sample


def test_browser_sample_page_draws_every_node_offline(browser, page, sample, sample_network):
    before = len(browser.requests)
    open_page(page, sample / "graph.html")
    # a loaded machine may paint the first frame a little after the page says it is ready
    page.wait_for_function(INKED + " > 10000", timeout=30_000)
    state = page.evaluate("""() => {
        var p = window.graphbuilderPage, canvas = document.querySelector('#graph canvas');
        var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data, inked = 0, i;
        for (i = 0; i < pixels.length; i += 4) { if (pixels[i + 3] > 0) { inked++; } }
        return {nodes: p.nodes.length, drawn: p.network.body.nodeIndices.length, edges: p.edges.length,
                visible: p.visible, width: canvas.width, height: canvas.height, inked: inked,
                count: document.getElementById('count').textContent, physics: p.network.physics.options.enabled};
    }""")
    assert state["nodes"] == sample_network.number_of_nodes() > 40
    assert state["edges"] == sample_network.number_of_edges()
    hidden = page.evaluate("window.graphbuilderPage.data.nodes.filter(function (n) { return n.hidden; }).length")
    assert state["drawn"] == state["visible"] == state["nodes"] - hidden > 20
    assert state["count"] == (f"显示 {state['visible']} / {state['nodes']} 个节点 "
                              f"Showing {state['visible']} of {state['nodes']} nodes")
    assert state["width"] > 500 and state["height"] > 500
    assert state["inked"] > 10_000  # the canvas holds a drawing, not nothing
    assert state["physics"] is False  # stabilised, then stopped
    assert page.errors == []
    new = browser.requests[before:]
    assert new and all(url.startswith("file://") for url in new), new
    assert browser.blocked == []


def test_browser_clicking_a_person_opens_the_evidence_panel(page, sample, sample_network):
    open_page(page, sample / "graph.html")
    click_node(page, node_id(page, "张升"))
    page.wait_for_function("document.querySelector('#panel h2') !== null")
    panel = panel_text(page)
    assert panel["heading"] == "张升"
    assert "市总工会经审委主任张升出席会议并讲话。" in panel["quotes"]
    assert "张升" in panel["marks"]
    assert "我市召开职工重大疾病互助暨保障工作推进会" in [s.removeprefix("—— ") for s in panel["sources"]]
    assert page.evaluate("document.querySelectorAll('#panel mark').length") >= len(panel["quotes"])
    assert page.evaluate("window.graphbuilderPage.network.getSelectedNodes()") == [node_id(page, "张升")]


def test_browser_hovering_a_person_shows_the_tooltip(page, sample):
    open_page(page, sample / "graph.html")
    x, y = node_point(page, node_id(page, "张升"))
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert tooltip.inner_text().split("\n") == [
        "张升", "人物 Person", "职务 Titles：市总工会经审委主任", "机构 Organisations：焦作市总工会",
        "参加活动 Events：3"]


def test_browser_clicking_an_edge_shows_its_sentence(page, sample):
    open_page(page, sample / "graph.html")
    edge = page.evaluate("""() => {
        var d = window.graphbuilderPage.data;
        return Object.keys(d.details).filter(function (id) {
            return d.details[id].heading.indexOf('丁明琴 →') === 0 && d.details[id].kind === '出席 Attended'; })[0];
    }""")
    page.evaluate("id => window.graphbuilderPage.show(id)", edge)
    panel = panel_text(page)
    assert panel["heading"].startswith("丁明琴 → ")
    assert any("丁明琴" in quote for quote in panel["quotes"]) and "丁明琴" in panel["marks"]


def test_browser_screenshot_shows_the_graph_in_chinese(page, sample, tmp_path):
    from PIL import Image

    open_page(page, sample / "graph.html")
    assert page.evaluate("document.fonts.check('14px \"Noto Sans CJK SC\"', '张升')"), \
        "no CJK font: the names would be drawn as boxes (make browser installs fonts-noto-cjk)"
    click_node(page, node_id(page, "张升"))
    page.wait_for_function("document.querySelector('#panel h2') !== null")
    shot = tmp_path / "graph.png"
    page.screenshot(path=str(shot))
    image = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB")
    assert image.size == (VIEWPORT["width"], VIEWPORT["height"])
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 200  # anti-aliased text and shapes, not a blank page
    counts = {colour: n for n, colour in colours}
    for kind in ("person", "event"):
        fill = tuple(int(NODE_STYLES[kind].color[i:i + 2], 16) for i in (1, 3, 5))
        assert counts.get(fill, 0) > 500, f"{kind} nodes are not drawn in {NODE_STYLES[kind].color}"
    target = os.environ.get("GRAPHBUILDER_SCREENSHOT")
    if target:
        shutil.copyfile(shot, Path(__file__).resolve().parents[1] / target)


def test_browser_layout_is_the_same_on_every_load(browser, sample):
    positions = []
    for _ in range(2):
        tab = browser.context.new_page()
        open_page(tab, sample / "graph.html")
        positions.append(tab.evaluate("""() => {
            var net = window.graphbuilderPage.network, pos = net.getPositions(), out = {}, id;
            for (id in pos) { out[id] = [Math.round(pos[id].x), Math.round(pos[id].y)]; }
            return out;
        }"""))
        tab.close()
    assert positions[0] == positions[1]
    assert len({tuple(p) for p in positions[0].values()}) > 20  # laid out, not all in one spot


# ---------------------------------------------------------------------------------------------- find and filter


def test_browser_search_box_finds_a_name(page, sample):
    open_page(page, sample / "graph.html")
    page.fill("#search", "张升")
    page.press("#search", "Enter")
    assert page.text_content("#found") == "找到 1 个 1 found"
    assert page.evaluate("window.graphbuilderPage.network.getSelectedNodes()") == [node_id(page, "张升")]
    assert panel_text(page)["heading"] == "张升"
    page.fill("#search", "王五")
    page.press("#search", "Enter")
    assert page.text_content("#found") == "没有找到 No match"
    assert page.evaluate("document.querySelectorAll('#names option').length") > 40


def visible_types(page) -> dict[str, int]:
    return page.evaluate("""() => {
        var p = window.graphbuilderPage, counts = {};
        p.nodes.forEach(function (n) {
            if (!n.hidden) { counts[p.data.types[n.id]] = (counts[p.data.types[n.id]] || 0) + 1; }
        });
        return counts;
    }""")


def test_browser_type_checkboxes_show_and_hide_nodes(page, sample, sample_network):
    open_page(page, sample / "graph.html")
    persons = sum(1 for _, a in sample_network.nodes(data=True) if a["type"] == "person")
    articles = sum(1 for _, a in sample_network.nodes(data=True) if a["type"] == "article")
    before = visible_types(page)
    assert before["person"] == persons and "article" not in before
    page.uncheck('#legend input[data-type="person"]')
    assert "person" not in visible_types(page)
    page.check('#legend input[data-type="article"]')
    after = visible_types(page)
    assert after["article"] == articles
    assert page.evaluate("window.graphbuilderPage.visible") == sum(after.values())


def test_browser_date_range_filters_events(page, sample, sample_network):
    open_page(page, sample / "graph.html")
    page.fill("#since", "2020-09-03")
    page.fill("#until", "2020-09-03")
    page.dispatch_event("#until", "change")
    shown = page.evaluate("""() => {
        var p = window.graphbuilderPage;
        return p.nodes.get().filter(function (n) { return !n.hidden; }).map(function (n) {
            return [p.data.types[n.id], p.data.details[n.id].heading]; });
    }""")
    events = {label for kind, label in shown if kind == "event"}
    assert events == {"市职工重大疾病互助暨保障工作推进会"}
    persons = {label for kind, label in shown if kind == "person"}
    assert "张升" in persons and "丁明琴" not in persons  # 丁明琴 only attended events of other days
    page.click("#clear-dates")
    assert len(visible_types(page)) >= 4 and visible_types(page)["event"] > 10


# ---------------------------------------------------------------------------------------------- safety


def test_browser_injected_markup_stays_text(page, tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("p1", label=HOSTILE[0], type="person", titles=HOSTILE[1])
    graph.add_node("e1", label=HOSTILE[1], type="event", date="2020-09-03", headline=HOSTILE[2],
                   evidence=HOSTILE[0] + HOSTILE[3], place=HOSTILE[2], organisers=HOSTILE[0])
    graph.add_node("o1", label=HOSTILE[2], type="organisation")
    graph.add_edge("p1", "e1", kind="attended", label=HOSTILE[2], evidence=HOSTILE[1] + "出席", role=HOSTILE[1])
    graph.add_edge("o1", "e1", kind="organised", label="主办", evidence=HOSTILE[3])
    path = tmp_path / "hostile.html"
    path.write_text(render_html(graph, title=HOSTILE[1]), encoding="utf-8")
    open_page(page, path)
    ids = page.evaluate("Object.keys(window.graphbuilderPage.data.details)")
    for vis_id in ids:
        page.evaluate("id => window.graphbuilderPage.show(id)", vis_id)
        assert page.evaluate("document.querySelectorAll('#panel *').length") > 2
    click_node(page, node_id(page, HOSTILE[0]))
    page.fill("#search", "<img")
    page.press("#search", "Enter")
    page.mouse.move(10, 300)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == [] and page.errors == []
    assert page.evaluate("document.querySelectorAll('img, svg').length") == 0
    assert page.title() == HOSTILE[1]
    assert HOSTILE[0] in page.text_content("#panel")  # shown as the text it is


# ---------------------------------------------------------------------------------------------- big graphs


def test_browser_big_graph_opens_capped_and_says_what_is_left_out(page, tmp_path):
    from test_html_subgraph import big_graph

    path = tmp_path / "big.html"
    path.write_text(render_html(big_graph(10_000), title="一万篇报道"), encoding="utf-8")
    assert path.stat().st_size < 3_000_000
    open_page(page, path, timeout=60_000)
    assert page.evaluate("window.graphbuilderPage.nodes.length") == DEFAULT_MAX_NODES
    notes = page.text_content("#notes")
    assert "Too many nodes: only the 500 most connected are shown." in notes
    assert "10,000 articles" in notes
    assert page.evaluate("window.graphbuilderPage.network.physics.options.enabled") is False
    assert page.errors == []


# ---------------------------------------------------------------------------------------------- the guard


def test_browser_guard_blocks_and_records_requests_that_leave_file(browser, page, tmp_path):
    """The request guard that the other tests rely on does catch a page that reaches out."""
    path = tmp_path / "leaky.html"
    path.write_text('<!DOCTYPE html><meta charset="utf-8"><img src="https://example.org/pixel.png">'
                    '<script src="http://example.org/lib.js"></script>', encoding="utf-8")
    before = len(browser.blocked)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert sorted(browser.blocked[before:]) == ["http://example.org/lib.js", "https://example.org/pixel.png"]
    del browser.blocked[before:]
