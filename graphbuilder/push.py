"""Send a graph to a bigger store by the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT ENDPOINT?graph=IRI`` replaces the named graph IRI with ours, so pushing the same graph twice leaves the
store as after the first push. Endpoints of common stores: Oxigraph ``http://host:7878/store``, Fuseki
``http://host:3030/DATASET/data``, GraphDB ``http://host:7200/repositories/REPO/rdf-graphs/service``,
Virtuoso ``http://host:8890/sparql-graph-crud``.

A named graph is invisible to queries on the default graph unless the server unions its graphs (Oxigraph:
``--union-default-graph``; Fuseki: ``tdb:unionDefaultGraph``); query it with ``GRAPH <IRI> { ... }``.

Example:
    push_graph(load_graph("out", in_memory=True), "http://127.0.0.1:7878/store",
               graph_iri="https://example.org/graph/2020-09")
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import Graph

from graphbuilder.errors import PushError
from graphbuilder.store import serialize

__all__ = ["DEFAULT_GRAPH_IRI", "PushResult", "graph_store_url", "push_graph"]

DEFAULT_GRAPH_IRI = "https://w3id.org/graphbuilder/graph"
TURTLE = "text/turtle; charset=utf-8"


@dataclass(frozen=True)
class PushResult:
    """What was sent where, and the server's answer."""

    url: str
    graph_iri: str | None  # None: the server's default graph
    triples: int
    bytes: int
    status: int


def graph_store_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store URL of the named graph ``graph_iri`` (indirect identification), or of the default
    graph when it is None.

    Raises:
        PushError: the endpoint is not an http(s) URL, or the graph IRI is not absolute.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint}: not an http(s) URL of a Graph Store endpoint (e.g. http://127.0.0.1:7878/store)")
    if graph_iri is not None and not urllib.parse.urlsplit(graph_iri).scheme:
        raise PushError(f"{graph_iri}: not an absolute IRI for the graph (e.g. https://example.org/graph/2020-09)")
    argument = "default" if graph_iri is None else urllib.parse.urlencode({"graph": graph_iri})
    query = f"{parts.query}&{argument}" if parts.query else argument
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def push_graph(graph: Graph, endpoint: str, *, graph_iri: str | None = DEFAULT_GRAPH_IRI,
               timeout: float = 300.0, user: str | None = None, password: str | None = None) -> PushResult:
    """Replace the graph ``graph_iri`` (None: the default graph) at ``endpoint`` with ``graph`` (HTTP PUT).

    Args:
        user, password: HTTP Basic credentials; credentials written in the endpoint URL (``user:pw@host``)
            are used too. They are sent in a header and never appear in a message or in the result.

    Raises:
        PushError: the endpoint cannot be reached or refuses the graph.
    """
    endpoint, url_user, url_password = _split_credentials(endpoint)
    user, password = user or url_user, password if password is not None else url_password
    url = graph_store_url(endpoint, graph_iri)
    body = serialize(graph, "ttl")
    headers = {"Content-Type": TURTLE}
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, data=body, method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(500).decode("utf-8", errors="replace").split())
        raise PushError(f"{endpoint} refused the graph: HTTP {error.code} {error.reason}"
                        + (f": {detail}" if detail else "") + _hint(error.code)) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise PushError(f"cannot reach {endpoint}: {reason} (is the server running? check the URL)") from error
    return PushResult(url, graph_iri, len(graph), len(body), status)


def _split_credentials(endpoint: str) -> tuple[str, str | None, str | None]:
    """The endpoint without ``user:password@``, and those credentials."""
    parts = urllib.parse.urlsplit(endpoint)
    if not (parts.username or parts.password):
        return endpoint, None, None
    host = parts.hostname or ""
    netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, urllib.parse.unquote(parts.username or ""), urllib.parse.unquote(parts.password or "")


def _hint(status: int) -> str:
    if status in (401, 403):
        return " (the endpoint needs write access: is it read-only or behind a login?)"
    if status in (404, 405):
        return " (is this the Graph Store endpoint? Oxigraph: /store, Fuseki: /DATASET/data)"
    return ""
