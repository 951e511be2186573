"""Writing the outputs: atomic files, an untouched OUTDIR on failure, clear errors, export formats."""

from __future__ import annotations

import os

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from test_rdf import union_document

from graphbuilder import outputs
from graphbuilder.errors import OutputError
from graphbuilder.outputs import export_graph, write_bytes_atomic, write_outputs, write_text_atomic
from graphbuilder.rdf import to_rdf


@pytest.fixture
def graph():
    return to_rdf(union_document())


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_outputs_write_text_atomic_replaces_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old", encoding="utf-8")
    write_text_atomic(path, "新的")
    assert path.read_text(encoding="utf-8") == "新的"
    assert _leftovers(tmp_path) == []


def test_outputs_write_bytes_atomic_keeps_mode(tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_bytes_atomic(path, b"new")
    assert (path.read_bytes(), path.stat().st_mode & 0o777) == (b"new", 0o640)


def test_outputs_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("old", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match=r"a\.txt: cannot write \(No space left on device\)"):
        write_text_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_outputs_write_outputs_writes_three_files(tmp_path, graph):
    outdir = tmp_path / "new" / "out"
    paths = write_outputs(graph, outdir, title="焦作工会")
    assert {k: p.name for k, p in paths.items()} == {
        "ttl": "graph.ttl", "graphml": "graph.graphml", "html": "graph.html"}
    assert isomorphic(Graph().parse(paths["ttl"], format="turtle"), graph)
    assert nx.read_graphml(paths["graphml"]).number_of_nodes() == 9
    assert "焦作工会" in paths["html"].read_text(encoding="utf-8")
    assert _leftovers(outdir) == []


@pytest.mark.parametrize("renderer", ["render_html", "graphml_bytes", "to_networkx"])
def test_outputs_render_failure_leaves_outdir_as_it_was(tmp_path, graph, monkeypatch, renderer):
    write_outputs(graph, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(outputs, renderer, broken)
    with pytest.raises(RuntimeError, match="renderer failed"):
        write_outputs(to_rdf(union_document(control="x")), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_outputs_render_failure_leaves_no_new_outdir(tmp_path, graph, monkeypatch):
    # the Turtle is being written while the page renders: its temporary file and the new folder go again
    def broken(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(outputs, "render_html", broken)
    with pytest.raises(RuntimeError, match="renderer failed"):
        write_outputs(graph, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []


def test_outputs_failure_while_staging_leaves_outdir_as_it_was(tmp_path, graph, monkeypatch):
    write_outputs(graph, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_stage = outputs._stage

    def stage_then_fail(path, data):
        if path.name == "graph.html":
            raise OutputError(f"{path}: cannot write (disk full)")
        return real_stage(path, data)

    monkeypatch.setattr(outputs, "_stage", stage_then_fail)
    with pytest.raises(OutputError):
        write_outputs(to_rdf(union_document(control="x")), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_outputs_outdir_under_a_file_is_an_output_error(tmp_path, graph):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match=r"file\.txt/out: cannot create the output folder \(Not a directory\)"):
        write_outputs(graph, blocker / "out")
    with pytest.raises(OutputError, match=r"file\.txt: is a file, not a folder"):
        write_outputs(graph, blocker)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_outputs_atomic_write_into_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match=r"cannot write \(No such file or directory\)"):
        write_text_atomic(tmp_path / "missing" / "a.txt", "x")


@pytest.mark.parametrize("fmt, rdflib_format, suffix", [
    ("ttl", "turtle", ".ttl"), ("nt", "nt", ".nt"), ("jsonld", "json-ld", ".jsonld"),
])
def test_outputs_export_rdf_formats_parse_back(tmp_path, graph, fmt, rdflib_format, suffix):
    path = export_graph(graph, fmt, tmp_path / f"graph{suffix}")
    again = Graph().parse(path, format=rdflib_format)
    assert len(again) == len(graph)
    assert isomorphic(again, graph)


def test_outputs_export_jsonld_is_compact(tmp_path, graph):
    text = export_graph(graph, "jsonld", tmp_path / "graph.jsonld").read_text(encoding="utf-8")
    assert '"@context"' in text and '"schema": "http://schema.org/"' in text
    assert '"schema:name": "张升"' in text
    assert '"brick"' not in text  # rdflib's default prefixes that the graph does not use are left out


def test_outputs_export_graphml_and_html(tmp_path, graph):
    graphml = export_graph(graph, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(graphml).number_of_nodes() == 9
    page = export_graph(graph, "html", tmp_path / "g.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")


def test_outputs_export_unknown_format(tmp_path, graph):
    expected = r"^xml: unknown export format \(choose one of graphml, html, jsonld, nt, ttl\)$"
    with pytest.raises(OutputError, match=expected):
        export_graph(graph, "xml", tmp_path / "g.xml")
    assert not (tmp_path / "g.xml").exists()


@pytest.mark.parametrize("lines_per_piece", [1, 3, 1000])
def test_outputs_turtle_process_writes_what_turtle_of_ntriples_writes(lines_per_piece):
    from graphbuilder.rdf import to_ntriples

    lines = to_ntriples(union_document()).splitlines(keepends=True)
    pieces = [b"".join(lines[i:i + lines_per_piece]) for i in range(0, len(lines), lines_per_piece)]
    with outputs.TurtleProcess() as writer:
        for piece in pieces:
            writer.send(piece)
        with writer.result() as turtle:
            assert turtle.read() == outputs.turtle_of_ntriples(iter(pieces))


def test_outputs_turtle_process_closed_early_writes_the_same_turtle():
    """A build closes the writer's input when the last piece is sent and builds its network before it waits."""
    from graphbuilder.rdf import to_ntriples

    ntriples = to_ntriples(union_document())
    with outputs.TurtleProcess() as writer:
        writer.send(ntriples)
        writer.close()
        writer.close()  # once closed, closing again does nothing
        with writer.result() as turtle:
            assert turtle.read() == outputs.turtle_of_ntriples(ntriples)


def test_outputs_turtle_process_of_no_triples_names_the_prefixes():
    with outputs.TurtleProcess() as writer, writer.result() as turtle:
        assert turtle.read() == outputs.turtle_of_ntriples(b"")


def test_outputs_turtle_process_failure_is_an_output_error():
    with outputs.TurtleProcess() as writer:
        writer.send(b"<http://example.org/s> <http://example.org/p> this is not N-Triples\n")
        with pytest.raises(OutputError, match=r"^graph\.ttl: the Turtle writer stopped \(.+\) \(try --jobs 1\)$"):
            writer.result()


def test_outputs_turtle_process_stops_when_left_early():
    with pytest.raises(RuntimeError, match="the build failed"), outputs.TurtleProcess() as writer:
        writer.send(b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
        process = writer._process
        raise RuntimeError("the build failed")
    assert process.returncode is not None
