"""graphbuilder serve and push against real Oxigraph servers started on 127.0.0.1 and stopped by the tests."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from graphbuilder.cli import cli
from graphbuilder.errors import PushError, ServeError
from graphbuilder.push import DEFAULT_GRAPH_IRI, graph_store_url
from graphbuilder.serve import is_loopback, start_server

NAMES = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
PREFIXED_NAMES = "PREFIX schema: <http://schema.org/>\n" + NAMES


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def select(query_url: str, query: str) -> list[dict]:
    request = urllib.request.Request(f"{query_url}?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


def count(query_url: str, where: str) -> int:
    return int(select(query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"]["value"])


@pytest.fixture(scope="module")
def triples(built_sample):
    return len(Graph().parse(built_sample[0] / "graph.ttl"))


# ---------------------------------------------------------------------------------------------- serve


@pytest.mark.parametrize("which", ["store", "outdir"])
def test_serve_answers_sparql_protocol_queries(built_sample, triples, which):
    outdir, store = built_sample
    with start_server(store if which == "store" else outdir, port=free_port()) as server:
        assert server.query_url.startswith("http://127.0.0.1:")
        assert count(server.query_url, "?s ?p ?o") == triples
        names = [row["name"]["value"] for row in select(server.query_url, PREFIXED_NAMES)]
        assert "张升" in names


def test_serve_is_read_only(built_sample):
    with start_server(built_sample[1], port=free_port()) as server:
        update = urllib.request.Request(
            f"{server.url}/update", data=b"update=INSERT%20DATA%20%7B%3Ca%3Ab%3E%20%3Ca%3Ab%3E%20%3Ca%3Ab%3E%7D",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=30)
        assert refused.value.code == 403


def test_serve_writable_accepts_updates_on_a_copy(built_sample, triples):
    outdir = built_sample[0]
    before = (outdir / "graph.ttl").read_bytes()
    with start_server(outdir, port=free_port(), read_only=False) as server:
        update = urllib.request.Request(
            f"{server.url}/update", data=b"update=INSERT%20DATA%20%7B%3Curn%3Aa%3E%20%3Curn%3Ab%3E%20%3Curn%3Ac%3E%7D",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(update, timeout=30) as answer:
            assert answer.status in (200, 204)
        assert count(server.query_url, "?s ?p ?o") == triples + 1
    assert (outdir / "graph.ttl").read_bytes() == before


def test_serve_removes_its_temporary_store(built_sample):
    server = start_server(built_sample[0], port=free_port())
    location = server.location
    assert location.is_dir()
    server.stop()
    assert not location.exists()
    assert server.process.poll() is not None


def test_serve_port_in_use_is_a_serve_error(built_sample):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError, match=rf"port {port} on 127\.0\.0\.1 is in use \(choose another with --port\)"):
            start_server(built_sample[1], port=port)


def test_serve_rdflib_client_reads_the_endpoint(built_sample):
    """The Python client the README shows: rdflib's SPARQLStore on /query."""
    with start_server(built_sample[1], port=free_port()) as server:
        remote = Graph(store=SPARQLStore(server.query_url))
        names = {str(row.name) for row in remote.query(PREFIXED_NAMES)}
        assert "张升" in names


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                            ("0.0.0.0", False), ("192.168.1.5", False)])
def test_serve_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_command_runs_until_sigterm(built_sample):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graphbuilder", "serve", str(built_sample[1]), "--port",
                                str(port)], stderr=subprocess.PIPE, text=True)
    try:
        first = process.stderr.readline()
        assert first == f"SPARQL endpoint: http://127.0.0.1:{port}/query (read-only; Ctrl-C stops it)\n"
        assert count(f"http://127.0.0.1:{port}/query", "?p a <http://schema.org/Person>") > 0
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert process.stderr.read() == "Stopped\n"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    with pytest.raises(urllib.error.URLError):  # the oxigraph child is gone too
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5)


def test_serve_warns_off_loopback(monkeypatch, built_sample):
    """A public address is allowed but named on stderr (the server itself is not started here)."""
    def refuse(*args, **kwargs):
        raise ServeError("not started in this test")

    monkeypatch.setattr("graphbuilder.serve.start_server", refuse)
    result = CliRunner().invoke(cli, ["serve", str(built_sample[1]), "--host", "0.0.0.0"])
    assert result.stderr.splitlines() == [
        "Warning: listening on 0.0.0.0: anyone who can reach this machine can query the graph",
        "Error: not started in this test",
    ]


def test_serve_missing_graph_is_one_error_line(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nothing'}: no such file or folder (check the path)\n"


# ---------------------------------------------------------------------------------------------- push


@pytest.fixture
def writable_server():
    with start_server(None, read_only=False, port=free_port()) as server:
        yield server


def test_push_replaces_a_named_graph_idempotently(built_sample, triples, writable_server):
    server = writable_server
    iri = "https://example.org/graph/2020-09"
    for _ in range(2):
        result = CliRunner().invoke(cli, ["push", str(built_sample[0]), "--endpoint", server.store_url,
                                          "--graph", iri])
        assert result.exit_code == 0, result.output
        assert result.stderr.startswith(f"Pushed {triples} triples (")
        assert f"into <{iri}> at {server.store_url}: HTTP 20" in result.stderr
        assert count(server.query_url, f"GRAPH <{iri}> {{ ?s ?p ?o }}") == triples
    # a named graph is invisible to default-graph queries on a server that does not union its graphs
    assert count(server.query_url, "?s ?p ?o") == 0
    names = select(server.query_url, f"PREFIX schema: <http://schema.org/> SELECT ?name WHERE {{ GRAPH <{iri}> "
                                     "{ ?p a schema:Person ; schema:name ?name } }")
    assert "张升" in {row["name"]["value"] for row in names}


def test_push_keeps_every_datatype(built_sample, writable_server):
    CliRunner().invoke(cli, ["push", str(built_sample[0]), "--endpoint", writable_server.store_url])
    rows = select(writable_server.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DEFAULT_GRAPH_IRI}> {{ "
                  "?s <http://www.w3.org/ns/oa#start> ?o FILTER(datatype(?o) = "
                  "<http://www.w3.org/2001/XMLSchema#integer>) } }")
    assert int(rows[0]["n"]["value"]) > 0  # the server stores integers by value too; what matters is they arrive


def test_push_default_graph(built_sample, triples, writable_server):
    result = CliRunner().invoke(cli, ["push", str(built_sample[1]), "--endpoint", writable_server.store_url,
                                      "--default-graph"])
    assert result.exit_code == 0, result.output
    assert "into the default graph" in result.stderr
    assert count(writable_server.query_url, "?s ?p ?o") == triples


def test_push_to_a_read_only_server_is_refused(built_sample):
    with start_server(built_sample[1], port=free_port()) as server:
        result = CliRunner().invoke(cli, ["push", str(built_sample[0]), "--endpoint", server.store_url])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {server.store_url} refused the graph: HTTP 403 Forbidden: The server is read-only "
        "(the endpoint needs write access: is it read-only or behind a login?)\n")


def test_push_unreachable_endpoint_is_one_error_line(built_sample):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(cli, ["push", str(built_sample[0]), "--endpoint", endpoint])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot reach {endpoint}: ")
    assert result.stderr.endswith("(is the server running? check the URL)\n")


@pytest.mark.parametrize("endpoint, iri, expected", [
    ("http://h:7878/store", "https://e.org/g?x=1", "http://h:7878/store?graph=https%3A%2F%2Fe.org%2Fg%3Fx%3D1"),
    ("http://h:3030/ds/data", None, "http://h:3030/ds/data?default"),
    ("http://h/crud?token=1", "urn:g", "http://h/crud?token=1&graph=urn%3Ag"),
])
def test_push_graph_store_url(endpoint, iri, expected):
    assert graph_store_url(endpoint, iri) == expected


@pytest.mark.parametrize("endpoint, iri, message", [
    ("ftp://h/store", "urn:g", "not an http(s) URL of a Graph Store endpoint"),
    ("http://h/store", "graph-2020", "not an absolute IRI for the graph"),
])
def test_push_bad_arguments(endpoint, iri, message):
    with pytest.raises(PushError, match=re.escape(message)):
        graph_store_url(endpoint, iri)


def test_push_graph_and_default_graph_exclude_each_other(built_sample):
    result = CliRunner().invoke(cli, ["push", str(built_sample[0]), "--endpoint", "http://h/store", "--graph",
                                      "urn:g", "--default-graph"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: give --graph IRI or --default-graph, not both"
