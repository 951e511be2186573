import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import Graph

from graphbuilder.cache import CACHE_FOLDER
from graphbuilder import cli as cli_module
from graphbuilder.cli import cli

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE_PAGE = SHARED / "seeds" / "jiaozuo-union-page-2020-09.txt"
SCORE_PY = SHARED / "eval" / "score.py"

TURTLE = """@prefix schema: <http://schema.org/> .
@prefix ex: <http://example.org/> .
ex:zs a schema:Person ; schema:name "张升" .
ex:ab a schema:Person ; schema:name "ab" .
ex:q a schema:Person ; schema:name "say \\"hi\\" }" .
"""
NAMES = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY DESC(?name)"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def ttl(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


def error_line(result) -> str:
    """The one line a failed command printed on stderr (after click's usage lines, if any)."""
    assert "Traceback" not in result.output
    return result.stderr.splitlines()[-1]


# ---------------------------------------------------------------------------------------------- help


def test_cli_group_help_has_example(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_every_command_has_help_with_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    example = result.stdout.split("Example:", 1)[1].split("Options:", 1)[0]
    assert f"graphbuilder {name}" in example  # \b kept the example lines whole


def test_cli_python_m_graphbuilder_help():
    result = subprocess.run([sys.executable, "-m", "graphbuilder", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "Commands:" in result.stdout and "query" in result.stdout


# ---------------------------------------------------------------------------------------------- query


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("table", 'name\n----------\n张升\nsay "hi" }\nab\n'),
        ("csv", 'name\n张升\n"say ""hi"" }"\nab\n'),
        ("tsv", 'name\n张升\nsay "hi" }\nab\n'),
    ],
)
def test_cli_query_formats(runner, ttl, fmt, expected):
    result = runner.invoke(cli, ["query", str(ttl), NAMES, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected
    assert result.stderr == ""


def test_cli_query_json(runner, ttl):
    result = runner.invoke(cli, ["query", str(ttl), NAMES, "--format", "json"])
    assert json.loads(result.stdout) == {
        "head": {"vars": ["name"]},
        "results": {"bindings": [{"name": {"type": "literal", "value": value}} for value in ["张升", 'say "hi" }', "ab"]]},
    }


def test_cli_query_table_aligns_cjk(runner, ttl):
    query = "SELECT ?name ?p WHERE { ?p schema:name ?name FILTER(?name != \"say \\\"hi\\\" }\") } ORDER BY DESC(?name)"
    result = runner.invoke(cli, ["query", str(ttl), query])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "name  p",
        "----  -----------------------",
        "张升  <http://example.org/zs>",
        "ab    <http://example.org/ab>",
    ]


def test_cli_query_from_file(runner, ttl, tmp_path):
    rq = tmp_path / "names.rq"
    rq.write_text(NAMES, encoding="utf-8")
    result = runner.invoke(cli, ["query", str(ttl), "-f", str(rq), "--format", "csv"])
    assert result.stdout == 'name\n张升\n"say ""hi"" }"\nab\n'


@pytest.mark.parametrize("args", [[], [NAMES, "-f", "-"]])
def test_cli_query_needs_one_query(runner, ttl, args):
    result = runner.invoke(cli, ["query", str(ttl), *args], input=NAMES)
    assert result.exit_code == 2
    assert error_line(result) == "Error: give one of a SPARQL query, -f FILE.rq or --named NAME"


def test_cli_query_malformed_sparql_is_one_error_line(runner, ttl):
    result = runner.invoke(cli, ["query", str(ttl), "SELECT ?x WHERE { ?x ?p ?o "])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: malformed SPARQL query: Expected SelectQuery, found end of text (at char 27), (line:1, col:28) "
        "(check the SPARQL syntax)\n"
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ('say "hi" }', ["http://example.org/q"]),  # quotes and a brace match literally
        ('" } ?p ?x ?y . { "', []),                 # no injection: the value is one literal
        ("张升", ["http://example.org/zs"]),
    ],
)
def test_cli_query_param_is_bound_not_pasted(runner, ttl, value, expected):
    result = runner.invoke(cli, ["query", str(ttl), "SELECT ?p WHERE { ?p schema:name ?name }",
                                 "--param", f"name={value}", "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["p", *expected]


def test_cli_query_param_needs_key_and_value(runner, ttl):
    result = runner.invoke(cli, ["query", str(ttl), NAMES, "--param", "name"])
    assert result.exit_code == 2
    assert "Invalid value for '--param'" in error_line(result)


def test_cli_query_missing_graph_is_one_error_line(runner, tmp_path):
    missing = tmp_path / "nope.ttl"
    result = runner.invoke(cli, ["query", str(missing), NAMES])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {missing}")


def test_cli_query_broken_turtle_is_one_error_line(runner, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix schema: <http://schema.org/> .\n<http://x/a> schema:name "unterminated .\n',
                      encoding="utf-8")
    result = runner.invoke(cli, ["query", str(broken), NAMES])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {broken}")
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------- errors


def test_cli_unexpected_error_is_one_line_with_a_hint(runner, ttl, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("graphbuilder.query.run_query", boom)
    result = runner.invoke(cli, ["query", str(ttl), NAMES])
    assert result.exit_code == 1
    assert result.stderr == "Error: RuntimeError: boom second line (rerun with --debug for the traceback)\n"


def test_cli_debug_lets_the_exception_through(runner, ttl, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("graphbuilder.query.run_query", boom)
    result = runner.invoke(cli, ["--debug", "query", str(ttl), NAMES])
    assert isinstance(result.exception, RuntimeError)


def test_cli_debug_shows_graphbuilder_errors_too(runner, tmp_path):
    result = runner.invoke(cli, ["--debug", "query", str(tmp_path / "nope.ttl"), NAMES])
    assert type(result.exception).__name__ == "GraphError"


def test_cli_keyboard_interrupt(runner, ttl, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("graphbuilder.query.run_query", interrupt)
    result = runner.invoke(cli, ["query", str(ttl), NAMES])
    assert result.exit_code == 130
    assert result.stderr == "Error: interrupted\n"


def test_cli_main_is_the_group(monkeypatch):
    calls = []
    monkeypatch.setattr(cli_module.cli, "main", lambda **kwargs: calls.append(kwargs))
    cli_module.main(["--help"])
    assert calls == [{"args": ["--help"]}]
    assert isinstance(cli_module.cli, click.Group)


# ---------------------------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt, parser", [("nt", "nt"), ("ttl", "turtle"), ("jsonld", "json-ld")])
def test_cli_export_rdf_formats_round_trip(runner, ttl, tmp_path, fmt, parser):
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(cli, ["export", str(ttl), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert Graph().parse(out, format=parser).isomorphic(Graph().parse(ttl))


@pytest.mark.parametrize("fmt", ["graphml", "html"])
def test_cli_export_writes_file(runner, ttl, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(cli, ["export", str(ttl), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "张升" in out.read_text(encoding="utf-8")


def test_cli_export_needs_a_known_format(runner, ttl, tmp_path):
    result = runner.invoke(cli, ["export", str(ttl), "--format", "xml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in error_line(result)


# ---------------------------------------------------------------------------------------------- validate


@pytest.mark.parametrize(
    "turtle, exit_code, first_line",
    [
        (TURTLE, 0, "conforms"),
        (TURTLE + "ex:nameless a schema:Person .\n", 1, "does not conform: 1 violation"),
    ],
)
def test_cli_validate_exit_codes(runner, tmp_path, turtle, exit_code, first_line):
    path = tmp_path / "g.ttl"
    path.write_text(turtle, encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == exit_code
    assert result.stdout.splitlines()[0] == first_line
    assert result.stderr == ""


# ---------------------------------------------------------------------------------------------- evaluate

EVAL_GRAPH = """@prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
ex:a1 a schema:NewsArticle ; schema:headline "爱心汇聚公益日" ;
    schema:articleBody "本报讯（记者李新和）9月7日，市总工会组织开展网络募捐活动。市总工会经审委主任张升出席。" ;
    schema:author ex:lxh ; schema:mentions ex:zs , ex:zgh , ex:e1 .
ex:lxh a schema:Person ; schema:name "李新和" .
ex:zs a schema:Person ; schema:name "张升" .
ex:zgh a schema:Organization ; schema:name "市总工会" .
ex:e1 a schema:Event ; schema:name "募捐" ; schema:startDate "2020-09-07"^^<http://www.w3.org/2001/XMLSchema#date> ;
    schema:attendee ex:zs , ex:lxh .
ex:post a org:Post ; org:heldBy ex:zs ; rdfs:label "市总工会经审委主任" .
"""
EVAL_GOLD = {
    "id": "a1", "headline": "爱心汇聚公益日",
    "persons": [{"name": "李新和", "titles": ["记者"]}, {"name": "张升", "titles": ["市总工会经审委主任"]},
                {"name": "张红卫", "titles": []}],
    "organisations": ["焦作市总工会"], "org_aliases": {"焦作市总工会": ["市总工会"]}, "places": ["焦作市"],
    "events": [{"id": "e1", "label": "募捐", "date": "2020-09-07"}],
    "participations": [{"person": "张升", "event": "e1", "role": "出席"}],
}


@pytest.fixture
def eval_case(tmp_path):
    graph, gold = tmp_path / "graph.ttl", tmp_path / "a1.json"
    graph.write_text(EVAL_GRAPH, encoding="utf-8")
    gold.write_text(json.dumps(EVAL_GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "a1.txt").write_text(
        "爱心汇聚公益日\n本报讯（记者李新和）9月7日，市总工会组织开展网络募捐活动。市总工会经审委主任张升出席。",
        encoding="utf-8")
    return graph, gold


@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs shared/eval/score.py")
def test_cli_evaluate_matches_score_py(runner, eval_case, tmp_path):
    graph, gold = eval_case
    ours, theirs = tmp_path / "ours.json", tmp_path / "theirs.json"
    result = runner.invoke(cli, ["evaluate", str(graph), str(gold), "--json", str(ours)])
    assert result.exit_code == 0, result.output
    subprocess.run([sys.executable, str(SCORE_PY), str(graph), str(gold), "--json", str(theirs)],
                   check=True, capture_output=True)
    assert json.loads(ours.read_text(encoding="utf-8")) == json.loads(theirs.read_text(encoding="utf-8"))
    assert result.stdout.splitlines()[-1] == (
        "persons=0.8 titles=0.667 organisations_lenient=1.0 places_lenient=0.0 event_dates=1.0 "
        "attendance=0.667 | articles 1/1"
    )


def test_cli_evaluate_min_falls_short(runner, eval_case):
    graph, gold = eval_case
    result = runner.invoke(cli, ["evaluate", str(graph), str(gold), "--min", "persons=0.9",
                                 "--min", "event_dates=1", "--min", "segmentation=1"])
    assert result.exit_code == 1
    assert "persons" in result.stdout
    assert result.stderr == "Error: falls short: persons f1 0.8 < 0.9\n"


def test_cli_evaluate_min_met(runner, eval_case):
    graph, gold = eval_case
    result = runner.invoke(cli, ["evaluate", str(graph), str(gold), "--min", "persons=0.8"])
    assert result.exit_code == 0


@pytest.mark.parametrize("value, message", [("person=0.5", "unknown metric 'person'"), ("persons=high", "not KEY=F1")])
def test_cli_evaluate_bad_min(runner, eval_case, value, message):
    graph, gold = eval_case
    result = runner.invoke(cli, ["evaluate", str(graph), str(gold), "--min", value])
    assert result.exit_code == 2
    assert message in error_line(result)


def test_cli_evaluate_missing_gold_is_one_error_line(runner, eval_case, tmp_path):
    graph, _gold = eval_case
    result = runner.invoke(cli, ["evaluate", str(graph), str(tmp_path / "nope.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot read gold file")
    assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------------------------------------- NER


def test_cli_eval_ner_missing_model_is_one_error_line(runner, tmp_path):
    corpus = tmp_path / "test.bio"
    corpus.write_text("张 B-PER\n升 I-PER\n\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval-ner", str(tmp_path / "none.crfsuite"), "--corpus", str(corpus)])
    assert result.exit_code == 1
    assert error_line(result).startswith(f"Error: NER model {tmp_path / 'none.crfsuite'} not found")


def test_cli_train_ner_bad_corpus_is_one_error_line(runner, tmp_path):
    corpus = tmp_path / "bad.bio"
    corpus.write_text("not a bio line at all\n", encoding="utf-8")
    result = runner.invoke(cli, ["train-ner", "--corpus", str(corpus), "-o", str(tmp_path / "m.crfsuite")])
    assert result.exit_code == 1
    assert error_line(result).startswith(f"Error: {corpus}:1:")


# ---------------------------------------------------------------------------------------------- build


@pytest.mark.slow
@pytest.mark.skipif(not SAMPLE_PAGE.exists(), reason="needs shared/seeds/jiaozuo-union-page-2020-09.txt")
def test_cli_build_sample_page(runner, tmp_path):
    pytest.importorskip("graphbuilder.pipeline")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(SAMPLE_PAGE), "-o", str(out), "--published", "2020-09-11"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.name != CACHE_FOLDER) == ["graph.graphml", "graph.html", "graph.ttl"]
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith(f"Built {out}: 1 page, ")
    quiet = runner.invoke(cli, ["build", str(SAMPLE_PAGE), "-o", str(out), "--quiet"])
    assert (quiet.exit_code, quiet.stderr) == (0, "")


def test_cli_build_missing_input_is_one_error_line(runner, tmp_path):
    pytest.importorskip("graphbuilder.pipeline")
    missing = tmp_path / "nope.txt"
    result = runner.invoke(cli, ["build", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: ") and str(missing.name) in result.stderr


@pytest.mark.parametrize("value", ["2020-13-01", "2020-9-1", "20200911", "yesterday"])
def test_cli_build_bad_published_names_the_option(runner, tmp_path, value):
    result = runner.invoke(cli, ["build", "page.txt", "-o", str(tmp_path / "out"), "--published", value])
    assert result.exit_code == 2
    assert error_line(result) == (
        f"Error: Invalid value for '--published': {value!r} is not a date of the form YYYY-MM-DD (e.g. 2020-09-11)"
    )
