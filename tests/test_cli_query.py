"""The analysts' command line: query --named / --list, build --store, and stores as GRAPH."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import REPO_SAMPLE

from graphbuilder.cache import CACHE_FOLDER
from graphbuilder.cli import cli
from graphbuilder.query import named_queries
from graphbuilder.store import is_store

NAMES = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_query_list_prints_name_then_description(runner):
    result = runner.invoke(cli, ["query", "--list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(named_queries())
    width = max(len(name) for name in named_queries())
    for line, query in zip(lines, named_queries().values()):
        assert line == f"{query.name:<{width}}  {query.description}"


def test_cli_query_named_with_param(runner, built_sample):
    outdir, _store = built_sample
    result = runner.invoke(cli, ["query", str(outdir), "--named", "person-timeline", "--param", "person=张升",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header == "person,date,event,roles,place,articles"
    assert rows and all(row.startswith("张升,") for row in rows)
    assert result.stderr == ""


def test_cli_query_named_json_is_sparql_results(runner, built_sample):
    result = runner.invoke(cli, ["query", str(built_sample[0]), "--named", "co-attendance", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["person", "other", "events"]
    first = data["results"]["bindings"][0]
    assert first["events"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_cli_query_named_missing_param_is_one_error_line(runner, built_sample):
    result = runner.invoke(cli, ["query", str(built_sample[0]), "--named", "person-timeline"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: person-timeline needs the parameter person: ")


def test_cli_query_unknown_named_query(runner, built_sample):
    result = runner.invoke(cli, ["query", str(built_sample[0]), "--named", "nope"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no named query 'nope' (use one of co-attendance, ")


@pytest.mark.parametrize("args", [["--named", "posts", NAMES], ["--named", "posts", "-f", "-"]])
def test_cli_query_named_excludes_other_queries(runner, built_sample, args):
    result = runner.invoke(cli, ["query", str(built_sample[0]), *args], input=NAMES)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: give one of a SPARQL query, -f FILE.rq or --named NAME"


def test_cli_query_needs_a_graph_unless_listing(runner):
    result = runner.invoke(cli, ["query", "--named", "posts"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: give the GRAPH to query (a Turtle file, an OUTDIR of build or a store)")


def test_cli_query_store_answers_like_the_turtle(runner, built_sample):
    outdir, store = built_sample
    from_store = runner.invoke(cli, ["query", str(store), NAMES, "--format", "tsv"])
    from_file = runner.invoke(cli, ["query", str(outdir / "graph.ttl"), NAMES, "--format", "tsv"])
    assert from_store.exit_code == 0, from_store.output
    assert from_store.stdout == from_file.stdout
    assert "张升" in from_store.stdout.splitlines()


def test_cli_build_store(runner, tmp_path, built_sample):
    result = runner.invoke(cli, ["build", str(REPO_SAMPLE), "-o", str(tmp_path / "out"), "--store",
                                 str(tmp_path / "store"), "-q"])
    assert result.exit_code == 0, result.output
    assert is_store(tmp_path / "store")
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name != CACHE_FOLDER) == [
        "graph.graphml", "graph.html", "graph.ttl"]


def test_cli_build_store_refuses_a_folder_of_other_files(runner, tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(REPO_SAMPLE), "-o", str(tmp_path / "out"), "--store",
                                 str(tmp_path / "store"), "-q"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {tmp_path / 'store'}: exists and is not an Oxigraph store "
                             "(choose a new or empty folder)\n")


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_cli_export_keeps_every_triple_of_the_turtle(runner, built_sample, tmp_path, fmt, parser):
    outdir, _store = built_sample
    target = tmp_path / f"graph.{fmt}"
    result = runner.invoke(cli, ["export", str(outdir), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    original = Graph().parse(outdir / "graph.ttl", format="turtle")
    assert isomorphic(Graph().parse(target, format=parser), original)


def test_cli_export_jsonld_has_a_compact_context(runner, built_sample, tmp_path):
    target = tmp_path / "graph.jsonld"
    runner.invoke(cli, ["export", str(built_sample[0]), "--format", "jsonld", "-o", str(target)])
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["@context"]["schema"] == "http://schema.org/"
    assert data["@context"]["gb"] == "https://w3id.org/graphbuilder/ns#"
    assert "schema:name" in target.read_text(encoding="utf-8")  # terms are compacted with the context


def test_cli_export_from_store(runner, built_sample, tmp_path):
    _outdir, store = built_sample
    target = tmp_path / "graph.nt"
    result = runner.invoke(cli, ["export", str(store), "--format", "nt", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(target, format="nt")) == len(Graph().parse(_outdir / "graph.ttl"))
