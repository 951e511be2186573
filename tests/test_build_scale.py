"""Builds at scale: pages read in parallel (--jobs), the incremental cache in OUTDIR, progress reports."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graphbuilder import cache as cache_module
from graphbuilder import pipeline as pipeline_module
from graphbuilder.cache import CACHE_FOLDER
from graphbuilder.cli import cli
from graphbuilder.errors import OutputError
from graphbuilder.pipeline import build

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"
PUBLISHED = dt.date(2020, 9, 11)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """Three pages: the sample, and its first and second halves (cut before a byline) under other names."""
    folder = tmp_path_factory.mktemp("pages")
    text = SAMPLE.read_text(encoding="utf-8")
    cut = text.index("本报讯", len(text) // 3)
    cut = text.rindex("\n\n", 0, cut)
    files = {"whole": text, "first": text[:cut] + "\n", "second": text[cut:].lstrip("\n")}
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"2020-09-11_{name}.txt"
        paths[name].write_text(content, encoding="utf-8")
    return paths


def _graph(outdir: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(outdir / "graph.ttl")


def _assert_isomorphic(first: rdflib.Graph, second: rdflib.Graph) -> None:
    if not isomorphic(first, second):
        _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
        pytest.fail(f"not isomorphic:\n{only_first.serialize(format='nt')[:2000]}\n---\n"
                    f"{only_second.serialize(format='nt')[:2000]}")


def test_build_scale_jobs_give_the_same_graph(pages, tmp_path):
    inputs = [pages["whole"], pages["first"], pages["second"]]
    one = build(inputs, tmp_path / "one", jobs=1, incremental=False)
    two = build(inputs, tmp_path / "two", jobs=2, incremental=False)
    _assert_isomorphic(_graph(tmp_path / "one"), _graph(tmp_path / "two"))
    assert (one.articles, one.persons, one.events, one.triples) == (two.articles, two.persons, two.events,
                                                                    two.triples)


def test_build_scale_rerun_reads_only_new_pages_and_gives_the_full_graph(pages, tmp_path):
    first = build([pages["first"], pages["second"]], tmp_path / "out", published=PUBLISHED)
    assert first.cached == 0
    again = build([pages["first"], pages["second"], pages["whole"]], tmp_path / "out", published=PUBLISHED)
    assert again.cached == 2
    build([pages["first"], pages["second"], pages["whole"]], tmp_path / "full", published=PUBLISHED,
          incremental=False)
    _assert_isomorphic(_graph(tmp_path / "out"), _graph(tmp_path / "full"))


def test_build_scale_rerun_finds_the_context_of_new_pages_only(pages, tmp_path, monkeypatch):
    build([pages["first"], pages["second"]], tmp_path / "out", published=PUBLISHED)
    seen = []
    real = pipeline_module.own_page_context
    monkeypatch.setattr(pipeline_module, "own_page_context", lambda text, *args: seen.append(text) or real(text, *args))
    again = build([pages["first"], pages["second"], pages["whole"]], tmp_path / "out", published=PUBLISHED)
    assert again.cached == 2
    assert len(seen) == 1 and "焦作" in seen[0]  # the whole page's, and not the halves' again


def test_build_scale_removed_input_takes_its_facts_with_it(pages, tmp_path):
    build([pages["first"], pages["second"]], tmp_path / "out")
    before = _graph(tmp_path / "out")
    smaller = build([pages["first"]], tmp_path / "out")
    assert smaller.cached == 1
    build([pages["first"]], tmp_path / "fresh", incremental=False)
    after = _graph(tmp_path / "out")
    _assert_isomorphic(after, _graph(tmp_path / "fresh"))
    assert len(after) < len(before)
    entries = list((tmp_path / "out" / CACHE_FOLDER).glob("*/*.pickle"))
    assert len(entries) == 1  # the removed page's entry is gone too


def test_build_scale_cache_follows_the_page_not_the_file_name(pages, tmp_path):
    build([pages["first"]], tmp_path / "out", published=PUBLISHED)
    renamed = tmp_path / "renamed.txt"
    renamed.write_bytes(pages["first"].read_bytes())
    summary = build([renamed], tmp_path / "out", published=PUBLISHED)
    assert summary.cached == 1
    build([renamed], tmp_path / "fresh", published=PUBLISHED, incremental=False)
    _assert_isomorphic(_graph(tmp_path / "out"), _graph(tmp_path / "fresh"))  # the new name is in the graph


def test_build_scale_another_extractor_version_reads_again(pages, tmp_path, monkeypatch):
    build([pages["first"]], tmp_path / "out")
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "another-version")
    summary = build([pages["first"]], tmp_path / "out")
    assert summary.cached == 0
    assert [p.name for p in (tmp_path / "out" / CACHE_FOLDER).iterdir()] == ["another-version"]


@pytest.mark.parametrize("segmenter", ["jieba", "rjieba"])
def test_build_scale_extractor_version_follows_the_segmenters(segmenter, monkeypatch):
    before = cache_module.extractor_version()
    real = cache_module._version
    monkeypatch.setattr(cache_module, "_version", lambda name: "9.9.9" if name == segmenter else real(name))
    cache_module.extractor_version.cache_clear()
    try:
        assert cache_module.extractor_version() != before
    finally:
        cache_module.extractor_version.cache_clear()


def test_build_scale_other_context_reads_again(pages, tmp_path):
    build([pages["first"]], tmp_path / "out")
    assert build([pages["first"]], tmp_path / "out", city="安阳市").cached == 0
    assert build([pages["first"]], tmp_path / "out", published=dt.date(2021, 1, 5)).cached == 0


def test_build_scale_progress_goes_to_the_callback_not_the_terminal(pages, tmp_path, capsys):
    calls = []
    summary = build([pages["first"], pages["second"]], tmp_path / "out",
                    progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert capsys.readouterr() == ("", "")
    assert [c for c in calls if c[0] == "extract"][-1] == ("extract", 2, 2)
    assert calls[-1] == ("write", 5, 5)
    assert {"read", "context", "extract", "resolve", "rdf", "turtle", "network", "graphml", "html",
            "write"} <= set(summary.stages)


def test_build_scale_cli_prints_one_summary_line_and_no_bar_off_a_terminal(pages, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(pages["first"]), "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Built {tmp_path / 'out'}: 1 page, ")
    assert "s" in lines[0].rsplit(" in ", 1)[1]
    quiet = CliRunner().invoke(cli, ["build", str(pages["first"]), "-o", str(tmp_path / "out"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_build_scale_network_from_ntriples_is_the_network_from_the_graph(sample_document):
    from graphbuilder.network import graphml_bytes, network_of_ntriples, to_networkx
    from graphbuilder.rdf import to_ntriples, to_rdf

    from_triples = network_of_ntriples(to_ntriples(sample_document))
    from_graph = to_networkx(to_rdf(sample_document))
    assert graphml_bytes(from_triples) == graphml_bytes(from_graph)
    assert from_triples.number_of_nodes() > 20


def test_build_scale_network_filled_while_writing_is_the_network_from_the_graph(sample_document):
    from graphbuilder.network import NetworkTables, graphml_bytes, network_of_tables, to_networkx
    from graphbuilder.rdf import to_ntriples, to_rdf

    tables = NetworkTables()
    ntriples = to_ntriples(sample_document, tables=tables)
    assert ntriples == to_ntriples(sample_document)  # filling the tables changes nothing written
    from_tables = network_of_tables(tables)
    assert graphml_bytes(from_tables) == graphml_bytes(to_networkx(to_rdf(sample_document)))
    assert any("evidence" in attrs for _, attrs in from_tables.nodes(data=True))


def test_build_scale_large_build_lets_go_of_the_dictionary_and_gives_the_same_graph(pages, tmp_path, monkeypatch):
    import jieba

    from graphbuilder import pipeline

    build([pages["first"]], tmp_path / "kept", incremental=False)
    assert jieba.dt.FREQ  # a small build keeps it for the next one
    monkeypatch.setattr(pipeline, "UNLOAD_DICTIONARY_CHARS", 0)
    build([pages["first"]], tmp_path / "unloaded", incremental=False)
    assert not jieba.dt.FREQ
    _assert_isomorphic(_graph(tmp_path / "unloaded"), _graph(tmp_path / "kept"))


def test_build_scale_turtle_writer_failure_leaves_the_earlier_outputs(pages, tmp_path, monkeypatch):
    from graphbuilder import outputs

    build([pages["first"]], tmp_path / "out", jobs=2, incremental=False)
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    monkeypatch.setattr(outputs, "_TURTLE_WRITER", "import sys; sys.stdin.read(); sys.exit('disk full')")
    with pytest.raises(OutputError, match=r"graph\.ttl: the Turtle writer stopped \(disk full\)"):
        build([pages["first"], pages["second"]], tmp_path / "out", jobs=2, incremental=False)
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before
    with pytest.raises(OutputError):
        build([pages["first"]], tmp_path / "new", jobs=2, incremental=False)
    assert not (tmp_path / "new").exists()
