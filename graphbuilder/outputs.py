"""Write the outputs of a build (Turtle, GraphML, HTML) and the exports, atomically.

Each file is rendered in memory, written to a temporary file in its own folder (by a thread, while the next
file is rendered) and flushed to disk; only when all are written are they renamed over the old ones: a failure
never leaves a half-written file, and a failure while rendering leaves an earlier OUTDIR exactly as it was.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from graphbuilder.errors import OutputError
from graphbuilder.html import render_html
from graphbuilder.network import graphml_bytes, to_networkx
from graphbuilder.store import native_store, new_graph, oxigraph_of, prefixes_of, serialize
from graphbuilder.subgraph import View
from graphbuilder.vocab import PREFIXES, bind_prefixes

__all__ = [
    "EXPORT_FORMATS",
    "OUTPUT_FILES",
    "TurtleProcess",
    "export_graph",
    "jsonld_context",
    "write_bytes_atomic",
    "turtle_of_ntriples",
    "write_outputs",
    "write_text_atomic",
]

OUTPUT_FILES = {"ttl": "graph.ttl", "graphml": "graph.graphml", "html": "graph.html"}
EXPORT_FORMATS = ("graphml", "html", "jsonld", "nt", "ttl")


def write_text_atomic(path: str | Path, text: str) -> None:
    """Replace ``path`` with UTF-8 ``text`` in one step (see `write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a temporary file in the same folder, fsync, rename.

    Raises:
        OutputError: the folder does not exist or cannot be written (the temporary file is removed).
    """
    _commit([_stage(Path(path), data)])


def write_outputs(graph: Graph | None, outdir: Path, *, title: str = "graphbuilder",
                  turtle: bytes | BinaryIO | None = None,
                  network: nx.MultiDiGraph | None = None, stages: dict[str, float] | None = None,
                  progress=None) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.graphml`` and ``graph.html`` into ``outdir`` (created if needed).

    Args:
        graph: the graph (None when both ``turtle`` and ``network`` are given).
        turtle: the graph's Turtle, when the caller has it (`turtle_of_ntriples`; a build writes it from its
            N-Triples: an Oxigraph store would keep ``xsd:nonNegativeInteger`` numbers as ``xsd:integer``), or
            a file to copy it from (`TurtleProcess.result`).
        network: the graph's NetworkX view, when the caller has it (`graphbuilder.network.network_of_ntriples`).
        stages: receives the seconds spent on ``turtle``, ``network``, ``graphml``, ``html`` and ``write`` (the
            wait for the files still being written, and the renames).
        progress: called as ``progress("write", done, 5)`` as each step ends.

    Returns:
        The path written for each of ``ttl``, ``graphml`` and ``html``.

    Raises:
        OutputError: the folder cannot be created or written.
    """
    outdir = Path(outdir)
    stages = stages if stages is not None else {}
    steps = iter(range(1, 6))

    def timed(stage: str, make):
        began = time.perf_counter()
        result = make()
        stages[stage] = time.perf_counter() - began
        if progress is not None:
            progress("write", next(steps), 5)
        return result

    if progress is not None:
        progress("write", 0, 5)
    if turtle is None:
        turtle = timed("turtle", lambda: serialize(graph, "ttl"))
    elif progress is not None:
        progress("write", next(steps), 5)
    existed = outdir.is_dir()
    _make_folder(outdir)
    paths = {name: outdir / file for name, file in OUTPUT_FILES.items()}
    staging: list[Future[tuple[Path, Path]]] = []
    # Each file is written and synced (mostly waiting on the disk) by a thread while the next is rendered.
    with ThreadPoolExecutor(max_workers=1) as writer:
        try:
            staging.append(writer.submit(_stage, paths["ttl"], turtle))
            if network is None:
                network = timed("network", lambda: to_networkx(_queryable(graph)))
            elif progress is not None:
                progress("write", next(steps), 5)
            graphml = timed("graphml", lambda: graphml_bytes(network))
            staging.append(writer.submit(_stage, paths["graphml"], graphml))
            html = timed("html", lambda: render_html(network, title=title).encode("utf-8"))
            staging.append(writer.submit(_stage, paths["html"], html))
            began = time.perf_counter()
            staged = [future.result() for future in staging]
        except BaseException:
            for future in staging:
                if not future.cancel() and future.exception() is None:
                    _remove(future.result()[0])
            if not existed:
                with contextlib.suppress(OSError):
                    outdir.rmdir()
            raise
    _commit(staged)
    stages["write"] = time.perf_counter() - began
    if progress is not None:
        progress("write", 5, 5)
    return paths


def turtle_of_ntriples(ntriples: bytes | Iterable[bytes]) -> bytes:
    """Turtle with our prefixes, written by Oxigraph from N-Triples (in their order, literals as written).

    The N-Triples are those `graphbuilder.rdf.to_ntriples` wrote, whose IRIs are valid as made (the base is
    checked, names are percent-encoded): they are parsed without checking them again (a third faster).

    Args:
        ntriples: the N-Triples, or pieces of whole lines (`graphbuilder.rdf.ntriples_chunks`), each parsed
            when the Turtle before it is written.
    """
    prefixes = _turtle_prefixes()
    pieces = [ntriples] if isinstance(ntriples, bytes) else ntriples
    triples = chain.from_iterable(ox.parse(piece, format=ox.RdfFormat.N_TRIPLES, lenient=True) for piece in pieces)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or _no_triples(prefixes)


_TURTLE_WRITER = """
import itertools, json, sys
import pyoxigraph as ox

def pieces(stream):
    rest = b""
    while data := stream.read1(1 << 22):
        data = rest + data
        end = data.rfind(b"\\n") + 1
        rest = data[end:]
        yield data[:end]
    yield rest

pieces = pieces(sys.stdin.buffer)
triples = itertools.chain.from_iterable(ox.parse(p, format=ox.RdfFormat.N_TRIPLES, lenient=True) for p in pieces)
ox.serialize(triples, sys.stdout.buffer, format=ox.RdfFormat.TURTLE, prefixes=json.loads(sys.argv[1]))
"""
"""The program of `TurtleProcess`: `turtle_of_ntriples` from stdin to stdout, taking all the pipe holds at each
read (a parser reading it kilobytes at a time falls behind), in a new interpreter that imports Oxigraph alone
(a forked copy of a build would count its memory twice)."""


class TurtleProcess:
    """`turtle_of_ntriples` in another process, fed piece by piece while this one writes the N-Triples: a
    build with ``jobs`` > 1 has the Turtle written on its second core, for nothing on its first.

    A piece the pipe has no room for waits in this process (up to `_BACKLOG` bytes) and goes with the next
    ones: this process does not wait for the writer (nor hand the pieces to a thread, which would wait for the
    GIL and then for a core at every piece). The Turtle goes to an unnamed temporary file (a pipe would need
    a thread of this busy process to read it). Use it as a context manager (leaving it early stops the
    process)::

        with TurtleProcess() as writer:
            for piece in pieces:
                writer.send(piece)
            writer.close()  # the writer finishes while this process does something else
            ...
            turtle = writer.result()
    """

    def __init__(self) -> None:
        self._prefixes = _turtle_prefixes()
        self._turtle = tempfile.TemporaryFile()
        self._errors = tempfile.TemporaryFile()
        try:
            self._process = subprocess.Popen([sys.executable, "-c", _TURTLE_WRITER, json.dumps(self._prefixes)],
                                             stdin=subprocess.PIPE, stdout=self._turtle, stderr=self._errors)
        except OSError as error:
            self._turtle.close()
            self._errors.close()
            raise OutputError(f"graph.ttl: cannot start the Turtle writer ({error}) (try --jobs 1)") from error
        self._pipe = self._process.stdin.fileno()
        _enlarge_pipe(self._pipe)
        os.set_blocking(self._pipe, False)
        self._waiting: deque[memoryview] = deque()  # what the pipe had no room for yet, in order
        self._backlog = 0  # bytes waiting
        self._handed_over = False  # the Turtle's file, to the caller of `result`

    def __enter__(self) -> TurtleProcess:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        with contextlib.suppress(OSError):
            self._process.stdin.close()
        self._errors.close()
        if not self._handed_over:
            self._turtle.close()

    def send(self, piece: bytes) -> None:
        """Give the writer a piece of N-Triples (whole lines).

        Raises:
            OutputError: the writer stopped (its message is in the error).
        """
        self._waiting.append(memoryview(piece))
        self._backlog += len(piece)
        self._flush(until=_BACKLOG)

    def _flush(self, until: int) -> None:
        """Write what is waiting while the pipe has room, and wait for room while more than ``until`` bytes wait."""
        waiting = self._waiting
        while waiting:
            try:
                written = os.write(self._pipe, waiting[0])
            except BlockingIOError:
                if self._backlog <= until:
                    return
                select.select([], [self._pipe], [])
                continue
            except BrokenPipeError:
                raise self._failure() from None
            self._backlog -= written
            if written == len(waiting[0]):
                waiting.popleft()
            else:
                waiting[0] = waiting[0][written:]

    def close(self) -> None:
        """Hand the writer what is still waiting and tell it no more is coming: it finishes the Turtle on its own
        while this process goes on (`result` waits for it).

        Raises:
            OutputError: the writer stopped (its message is in the error).
        """
        if not self._process.stdin.closed:
            self._flush(until=-1)
            self._process.stdin.close()

    def result(self) -> BinaryIO:
        """The Turtle of every piece sent, once the writer has written it (after `close`, which it calls if need
        be): a file to read from its start, which the caller closes.

        Raises:
            OutputError: the writer failed (its message is in the error).
        """
        self.close()
        if self._process.wait() != 0:
            raise self._failure()
        if self._turtle.seek(0, os.SEEK_END) == 0:
            self._turtle.close()
            return io.BytesIO(_no_triples(self._prefixes))
        self._turtle.seek(0)
        self._handed_over = True
        return self._turtle

    def _failure(self) -> OutputError:
        """The error that says why the writer stopped (the last line of its message)."""
        self._process.wait()
        self._errors.seek(0)
        lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
        reason = lines[-1] if lines else f"exit status {self._process.returncode}"
        return OutputError(f"graph.ttl: the Turtle writer stopped ({reason}) (try --jobs 1)")


_BACKLOG = 16 << 20
"""Bytes of N-Triples `TurtleProcess.send` keeps for the writer before it waits for it (a dozen pieces)."""

_PIPE_SIZE = 1 << 20
"""Bytes the pipe to `TurtleProcess` holds where the system lets it (Linux's most by default; else 64 KiB): the
writer takes a piece of N-Triples (about 1 MB) at once, not kilobytes at a time as it parses them."""


def _enlarge_pipe(descriptor: int) -> None:
    """Make a pipe hold `_PIPE_SIZE` bytes where the system allows it (Linux); else leave it as it is."""
    try:
        import fcntl

        fcntl.fcntl(descriptor, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


def _turtle_prefixes() -> dict[str, str]:
    return prefixes_of(bind_prefixes(Graph()))


def _no_triples(prefixes: dict[str, str]) -> bytes:
    """The Turtle of no triples: Oxigraph writes nothing, a Turtle file still names its prefixes."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()).encode()


def _queryable(graph: Graph) -> Graph:
    """The graph on Oxigraph, where SPARQL runs natively (rdflib's own evaluation takes minutes at 50k triples)."""
    return graph if native_store(graph) is not None else new_graph(oxigraph_of(graph))


def export_graph(graph: Graph, fmt: str, path: str | Path, *, title: str = "graphbuilder",
                 view: View | None = None) -> Path:
    """Write the graph to one file in ``fmt``: graphml, html, jsonld, nt or ttl.

    Args:
        view: html only: the part of the graph the page shows (`graphbuilder.subgraph.View`; by default
            the whole graph up to `graphbuilder.subgraph.DEFAULT_MAX_NODES` nodes).

    Raises:
        OutputError: an unknown format, a view for another format than html, or the file cannot be written.
        SelectionError: the view names a person not in the graph, or is inconsistent.
    """
    path = Path(path)
    if view is not None and fmt != "html":
        raise OutputError(f"{fmt}: only the html page shows part of a graph (export {fmt} without a view)")
    if fmt == "graphml":
        data = graphml_bytes(to_networkx(_queryable(graph)))
    elif fmt == "html":
        data = render_html(to_networkx(_queryable(graph)), title=title, view=view).encode("utf-8")
    elif fmt == "jsonld":
        data = graph.serialize(format="json-ld", context=jsonld_context(graph), indent=2).encode("utf-8")
    elif fmt in ("nt", "ttl"):
        data = serialize(graph, fmt)
    else:
        raise OutputError(f"{fmt}: unknown export format (choose one of {', '.join(EXPORT_FORMATS)})")
    write_bytes_atomic(path, data)
    return path


def jsonld_context(graph: Graph) -> dict[str, str]:
    """A compact JSON-LD @context: the prefixes bound on the graph (ours first) that its terms use."""
    candidates = dict(PREFIXES)
    for prefix, namespace in graph.namespaces():
        if prefix and prefix not in candidates and str(namespace) not in candidates.values():
            candidates[prefix] = str(namespace)
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    iris |= {str(term.datatype) for term in graph.objects() if isinstance(term, Literal) and term.datatype}
    stems = {iri.rsplit("#", 1)[0] if "#" in iri else iri.rsplit("/", 1)[0] for iri in iris}
    return {prefix: namespace for prefix, namespace in candidates.items()
            if any(stem.startswith(namespace.rstrip("/#")) for stem in stems)}


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise OutputError(f"{folder}: is a file, not a folder (choose another output folder)") from error
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot create the output folder ({error.strerror or error}) (choose another output folder)"
        ) from error


def _stage(path: Path, data: bytes | BinaryIO) -> tuple[Path, Path]:
    """Write ``data`` (or what is left in a file) to a synced temporary file beside ``path``; return
    (temporary, path)."""
    try:
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(_cannot_write(path, error)) from error
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                shutil.copyfileobj(data, handle, _COPIED_AT_ONCE)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _file_mode(path))
    except BaseException as error:
        _remove(temporary)
        if isinstance(error, OSError):
            raise OutputError(_cannot_write(path, error)) from error
        raise
    return temporary, path


_COPIED_AT_ONCE = 1 << 24
"""Bytes of a file `_stage` copies at a time (a few big reads: the copying thread takes the GIL for each)."""


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename each temporary file over its destination, then sync the folders."""
    for index, (temporary, path) in enumerate(staged):
        try:
            os.replace(temporary, path)
        except OSError as error:
            for left, _ in staged[index:]:
                _remove(left)
            raise OutputError(_cannot_write(path, error)) from error
    for folder in {path.parent for _, path in staged}:
        _sync_folder(folder)


def _cannot_write(path: Path, error: OSError) -> str:
    return f"{path}: cannot write ({error.strerror or error}) (check the folder exists and is writable)"


def _file_mode(path: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual 0666 minus the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (not possible on every platform; best effort)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
