import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from graphbuilder.errors import InputError
from graphbuilder.evaluation import METRICS, evaluate, format_evaluation, shortfalls

SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

# Two articles of a page; the graph gets some things right, some wrong, some half right.
GRAPH = """
@prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .

ex:a1 a schema:NewsArticle ; schema:headline "爱心汇聚公益日" ;
    schema:articleBody "本报讯（记者李新和）9月7日，市总工会组织开展网络募捐活动。市总工会经审委主任张升出席并讲话。王某参加。" ;
    schema:author ex:lxh ; schema:mentions ex:zs , ex:wm , ex:zgh , ex:jz , ex:e1 , ex:e2 .
ex:a2 a schema:NewsArticle ; schema:headline "送清凉到一线" ;
    schema:articleBody "本报讯 8月5日，焦作市总工会副主席李林敏到范村慰问一线职工。" ;
    schema:mentions ex:llm , ex:jzzgh , ex:fc , ex:e3 .
ex:extra a schema:NewsArticle ; schema:headline "广告" ; schema:articleBody "欢迎订阅本报。" .

ex:lxh a schema:Person ; schema:name "李新和" .
ex:zs a schema:Person ; schema:name "张升" .
ex:wm a schema:Person ; schema:name "王某" .
ex:llm a schema:Person ; schema:name "李林敏" .
ex:zgh a schema:Organization ; schema:name "市总工会" .
ex:jzzgh a schema:Organization ; schema:name "焦作市总工会" .
ex:jz a schema:Place ; schema:name "焦作市" .
ex:fc a schema:Place ; schema:name "范 村" .
ex:e1 a schema:Event ; schema:name "网络募捐" ; schema:startDate "2020-09-07"^^xsd:date ; schema:attendee ex:zs .
ex:e2 a schema:Event ; schema:name "其他活动" ; schema:attendee ex:wm .
ex:e3 a schema:Event ; schema:name "慰问" ; schema:startDate "2020-08"^^xsd:gYearMonth ; schema:attendee ex:llm .
ex:post1 a org:Post ; org:heldBy ex:zs ; rdfs:label "主任" .
ex:post2 a org:Post ; org:heldBy ex:llm ; rdfs:label "焦作市总工会副主席" .
ex:post3 a org:Post ; org:heldBy ex:llm ; rdfs:label "席" .
ex:post4 a org:Post ; org:heldBy ex:lxh ; rdfs:label "本报记者" .
"""

PAGE_GOLD = {
    "articles": [
        {
            "id": "a1", "headline": "爱心汇聚公益日", "starts_with": "本报讯（记者李新和）9月7日，市总工会",
            "persons": [{"name": "李新和", "titles": ["记者"]}, {"name": "张升", "titles": ["经审委主任"]}],
            "optional_persons": ["王某"],
            "organisations": ["焦作市总工会"], "org_aliases": {"焦作市总工会": ["市总工会"]},
            "places": ["焦作市"],
            "events": [{"id": "e1", "label": "网络募捐", "date": "2020-09-07"},
                       {"id": "e2", "label": "启动", "date": "2020-10", "optional": True}],
            "participations": [{"person": "张升", "event": "e1", "role": "出席并讲话"}],
        },
        {
            "id": "a3", "headline": "不在图中", "starts_with": "本报讯 这篇文章图里没有",
            "persons": [{"name": "赵六", "titles": []}], "organisations": [], "places": [], "events": [],
            "participations": [],
        },
    ]
}
ARTICLE_GOLD = {
    "id": "a2", "headline": "送清凉",
    "persons": [{"name": "李林敏", "titles": ["市总工会副主席"]}],
    "organisations": ["焦作市总工会"], "places": ["范村", "解放区"],
    "events": [{"id": "e1", "label": "慰问", "date": "2020-08-05"}],
    "participations": [{"person": "李林敏", "event": "e1", "role": "慰问"}],
}
ARTICLE_TEXT = "送清凉\n本报讯 8月5日，焦作市总工会副主席李林敏到范村慰问一线职工。\n"


def write_case(folder: Path, graph: str = GRAPH) -> tuple[Path, list[Path]]:
    """The graph as Turtle, a page gold file and a single-article gold file with its text."""
    ttl = folder / "graph.ttl"
    ttl.write_text(graph, encoding="utf-8")
    page, article = folder / "page.json", folder / "a2.json"
    page.write_text(json.dumps(PAGE_GOLD, ensure_ascii=False), encoding="utf-8")
    article.write_text(json.dumps(ARTICLE_GOLD, ensure_ascii=False), encoding="utf-8")
    (folder / "a2.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    return ttl, [page, article]


def score_py(ttl: Path, golds: list[Path], out: Path) -> dict:
    subprocess.run([sys.executable, str(SCORE_PY), str(ttl), *map(str, golds), "--json", str(out)],
                   check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def test_evaluation_counts_by_hand(tmp_path):
    ttl, golds = write_case(tmp_path)
    result = evaluate(Graph().parse(ttl), golds)
    assert {metric: (result[metric]["tp"], result[metric]["fp"], result[metric]["fn"]) for metric in METRICS} == {
        "persons": (3, 0, 1),                # 王某 optional; 赵六's article is not in the graph
        "titles": (3, 1, 0),                 # one title ends with the other; but 席 is a single character
        "organisations": (1, 1, 1),          # 市总工会 is only an alias of 焦作市总工会
        "organisations_lenient": (2, 0, 0),
        "places": (2, 0, 1),                 # 范 村 == 范村 after whitespace removal; 解放区 missed
        "places_lenient": (2, 0, 1),
        "event_dates": (1, 1, 1),            # 2020-08 is less precise than the gold 2020-08-05
        "attendance": (1, 2, 1),
    }
    assert result["segmentation"] == {"gold": 3, "aligned": 2, "merged": 0, "headline_ok": 2, "extra": 1}
    assert result["persons"] == {"p": 1.0, "r": 0.75, "f1": 0.857, "tp": 3, "fp": 0, "fn": 1}


@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs shared/eval/score.py")
@pytest.mark.parametrize("schema", ["http://schema.org/", "https://schema.org/"])
def test_evaluation_matches_score_py(tmp_path, schema):
    ttl, golds = write_case(tmp_path, GRAPH.replace("http://schema.org/", schema))
    assert evaluate(Graph().parse(ttl), golds) == score_py(ttl, golds, tmp_path / "score.json")


def test_evaluation_page_of_article_ids(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a2.json").write_text(json.dumps(ARTICLE_GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "articles" / "a2.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    page = tmp_path / "pages" / "p01.json"
    page.write_text(json.dumps({"articles": ["a2"]}), encoding="utf-8")
    result = evaluate(Graph().parse(data=GRAPH, format="turtle"), [page])
    assert result["segmentation"]["aligned"] == 1
    assert result["persons"]["tp"] == 1


@pytest.mark.parametrize(
    "content, message",
    [(None, "cannot read gold file"), ("{not json", "is not gold JSON"), ("[1, 2]", "is not a gold file")],
)
def test_evaluation_bad_gold_file_raises_input_error(tmp_path, content, message):
    gold = tmp_path / "gold.json"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate(Graph(), [gold])


def test_evaluation_shortfalls(tmp_path):
    ttl, golds = write_case(tmp_path)
    result = evaluate(Graph().parse(ttl), golds)
    assert shortfalls(result, {"persons": 0.75, "places": 0.9, "segmentation": 0.9}) == [
        "places f1 0.8 < 0.9",
        "segmentation 2/3",
    ]
    assert shortfalls(result, {"persons": 0.5, "segmentation": 0.5}) == []


def test_evaluation_format_has_one_aligned_line_per_metric_and_a_summary(tmp_path):
    ttl, golds = write_case(tmp_path)
    lines = format_evaluation(evaluate(Graph().parse(ttl), golds)).splitlines()
    assert lines[0].split() == ["metric", "P", "R", "F1", "tp", "fp", "fn"]
    assert [line.split()[0] for line in lines[1:-1]] == [*METRICS, "segmentation"]
    assert len({len(line) for line in lines[:-2]}) == 1
    assert lines[1 + METRICS.index("persons")].split() == ["persons", "1.000", "0.750", "0.857", "3", "0", "1"]
    assert lines[-1] == ("persons=0.857 titles=0.857 organisations_lenient=1.0 places_lenient=0.8 event_dates=0.5 "
                         "attendance=0.4 | articles 2/3")
