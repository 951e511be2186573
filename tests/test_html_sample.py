"""The HTML page of the sample page, and ``graphbuilder export --format html`` with its view options."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuilder.cli import cli
from graphbuilder.errors import OutputError
from graphbuilder.graphs import load_graph
from graphbuilder.network import to_networkx
from graphbuilder.outputs import export_graph
from graphbuilder.subgraph import DEFAULT_MAX_NODES, View

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from graphbuilder.pipeline import build

    out = tmp_path_factory.mktemp("sample")
    build([SAMPLE], out)
    return out


@pytest.fixture(scope="module")
def network(built):
    return to_networkx(load_graph(built / "graph.ttl"))


def page_data(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)[1])


def by_heading(data: dict) -> dict[str, dict]:
    return {d["heading"]: d for i, d in data["details"].items() if i.startswith("n")}


def test_html_sample_page_holds_every_node_and_edge(built, network):
    data = page_data(built / "graph.html")
    assert len(data["nodes"]) == network.number_of_nodes() == data["total"]
    assert len(data["edges"]) == network.number_of_edges()
    assert (built / "graph.html").stat().st_size < 1_500_000


def test_html_sample_every_attended_edge_quotes_its_sentence_and_article(network, built):
    data = page_data(built / "graph.html")
    headlines = {attrs["headline"] for _, attrs in network.nodes(data=True) if attrs["type"] == "article"}
    attended = [data["details"][e["id"]] for e in data["edges"]
                if data["details"][e["id"]]["kind"] == "出席 Attended"]
    assert len(attended) >= 10
    for details in attended:
        person = details["heading"].split(" → ")[0]
        assert details["evidence"], details["heading"]
        for quote in details["evidence"]:
            assert quote["source"] in headlines
            marked = [quote["text"][start:end] for start, end in quote["marks"]]
            assert any(person in words for words in marked), (person, quote)


def test_html_sample_person_tooltip_and_panel(built):
    data = page_data(built / "graph.html")
    zhang = by_heading(data)["张升"]
    assert ["职务 Titles", "市总工会经审委主任"] in zhang["fields"]
    assert ["机构 Organisations", "焦作市总工会"] in zhang["fields"]
    assert ["参加活动 Events", "3"] in zhang["fields"]
    speech = next(q for q in zhang["links"]
                  if q["context"].startswith("出席会议并讲话 → 市职工重大疾病互助暨保障工作推进会"))
    assert speech["text"] == "市总工会经审委主任张升出席会议并讲话。"
    assert speech["source"] == "我市召开职工重大疾病互助暨保障工作推进会"


def test_html_sample_network_keeps_each_sentences_article(network):
    for _, _, attrs in network.edges(data=True):
        if attrs.get("evidence"):
            assert len(attrs["evidence"].split("\n")) == len(attrs["evidence_articles"].split("\n"))
            assert all(network.nodes[a]["type"] == "article" for a in attrs["evidence_articles"].split("\n"))


# ---------------------------------------------------------------------------------------------- export


def export(built: Path, tmp_path: Path, *options: str):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["export", str(built), "--format", "html", "-o", str(out), *options])
    return result, out


def test_html_sample_export_person_and_depth(built, tmp_path):
    result, out = export(built, tmp_path, "--person", "张升", "--depth", "1")
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert set(by_heading(data)) == {
        "张升", "焦作市总工会", "市职工重大疾病互助暨保障工作推进会", "艰苦岗位一线职工疗休养活动",
        "“99公益日”慈善爱心网络募捐活动", "爱心汇聚公益日 工会善举暖人心", "我市30名一线职工参加疗休养",
        "我市召开职工重大疾病互助暨保障工作推进会"}
    assert "只显示 张升 及 1 步以内的节点。" in out.read_text(encoding="utf-8")


def test_html_sample_export_period(built, tmp_path):
    result, out = export(built, tmp_path, "--since", "2020-09-03", "--until", "2020-09-03")
    assert result.exit_code == 0, result.output
    events = {d["heading"] for i, d in page_data(out)["details"].items()
              if i.startswith("n") and d["kind"] == "活动 Event"}
    assert events == {"市职工重大疾病互助暨保障工作推进会"}


def test_html_sample_export_max_nodes(built, tmp_path):
    result, out = export(built, tmp_path, "--max-nodes", "12")
    assert result.exit_code == 0, result.output
    assert len(page_data(out)["nodes"]) == 12
    assert "Too many nodes: only the 12 most connected are shown." in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("options, message", [
    (["--person", "张"], "Error: no person named 张 in the graph (did you mean 张升, 张红卫?)"),
    (["--since", "2020-09-10", "--until", "2020-09-01"],
     "Error: since 2020-09-10 is after until 2020-09-01 (swap them)"),
    (["--since", "9月3日"],
     "Error: Invalid value for '--since': '9月3日' is not a date of the form YYYY-MM-DD (e.g. 2020-09-11)"),
    (["--max-nodes", "-1"], "Error: Invalid value for '--max-nodes': -1 is not in the range x>=0."),
])
def test_html_sample_export_errors(built, tmp_path, options, message):
    result, out = export(built, tmp_path, *options)
    assert result.exit_code != 0
    assert result.stderr.splitlines()[-1] == message
    assert not out.exists()


def test_html_sample_export_view_options_are_for_html_only(built, tmp_path):
    result = CliRunner().invoke(cli, ["export", str(built), "--format", "ttl", "-o", str(tmp_path / "g.ttl"),
                                      "--person", "张升"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --person, --since, --until and --max-nodes apply to --format html only")
    with pytest.raises(OutputError, match=r"^graphml: only the html page shows part of a graph"):
        export_graph(load_graph(built), "graphml", tmp_path / "g.graphml", view=View())


def test_html_sample_export_help_names_the_default_cap():
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert f"(default {DEFAULT_MAX_NODES}; 0 for no limit)" in " ".join(result.output.split())
    assert "--person NAME" in result.output and "--since YYYY-MM-DD" in result.output
