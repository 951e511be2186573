"""A SPARQL 1.1 Protocol endpoint over a graph: the Oxigraph server (the ``oxigraph`` package's binary) run
read-only on an Oxigraph store.

A store folder (``build --store``) is served as it is; a Turtle file or an OUTDIR is first written to a
temporary store, removed when the server stops. Queries go to ``http://HOST:PORT/query``.

Example:
    with start_server("out/store", host="127.0.0.1", port=7878) as server:
        print(server.query_url)     # http://127.0.0.1:7878/query
        server.wait()               # until the process ends (or Ctrl-C)
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from graphbuilder.errors import ServeError
from graphbuilder.graphs import load_graph
from graphbuilder.store import is_store, write_store

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Server", "is_loopback", "oxigraph_binary", "start_server"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
STARTUP_SECONDS = 30.0


def oxigraph_binary() -> str:
    """The path of the ``oxigraph`` server binary: beside this Python (a venv's bin) or on PATH.

    Raises:
        ServeError: it is not installed.
    """
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the oxigraph server binary is not installed (pip install oxigraph, or reinstall graphbuilder)")


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine (127.0.0.1, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Server:
    """A running Oxigraph server; a context manager that stops it and removes its temporary store."""

    def __init__(self, process: subprocess.Popen, host: str, port: int, location: Path,
                 temporary: Path | None, log) -> None:
        self.process = process
        self.host = host
        self.port = port
        self.location = location
        self._temporary = temporary
        self._log = log

    def messages(self) -> str:
        """What the server has written to its stdout and stderr so far."""
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store HTTP Protocol endpoint (writable only when not read-only)."""
        return f"{self.url}/store"

    def wait(self) -> int:
        """Block until the server process ends; its exit status."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s) and remove the temporary store, if any."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None
        self._log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_server(graph: str | Path | None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 read_only: bool = True, timeout: int | None = None, union_default_graph: bool = False) -> Server:
    """Start the Oxigraph server on ``graph`` and return once it answers.

    Args:
        graph: an Oxigraph store folder, a Turtle file or an OUTDIR of build; or, with ``read_only=False``,
            a folder for a new or existing writable store (None: a temporary one).
        host, port: where to listen; the default is loopback only.
        read_only: refuse updates and Graph Store writes (``oxigraph serve-read-only``).
        timeout: seconds a query may run before the server stops it.
        union_default_graph: the default graph of a query is the union of all graphs.

    Raises:
        ServeError: no binary, the graph cannot be loaded, or the server does not start (port in use ...).
    """
    binary = oxigraph_binary()
    _check_port_free(host, port)
    temporary: Path | None = None
    if graph is not None and is_store(graph):
        location = Path(graph)
    elif graph is not None and (read_only or Path(graph).is_file() or (Path(graph) / "graph.ttl").exists()):
        loaded = load_graph(graph)  # GraphError when it does not parse
        temporary = Path(tempfile.mkdtemp(prefix="graphbuilder-serve-"))
        location = write_store(loaded, temporary / "store")  # a copy: updates never reach graph.ttl
    elif read_only:
        raise ServeError("give a graph to serve read-only (a store, a Turtle file or an OUTDIR of build)")
    elif graph is None:
        temporary = Path(tempfile.mkdtemp(prefix="graphbuilder-serve-"))
        location = temporary / "store"
    else:
        location = Path(graph)
    command = [binary, "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]
    if timeout is not None:
        command += ["--timeout-s", str(timeout)]
    if union_default_graph:
        command.append("--union-default-graph")
    log = tempfile.TemporaryFile()  # the server's messages; a pipe nobody reads could fill and block it
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    except OSError as error:
        log.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        raise ServeError(f"cannot run {binary}: {error.strerror or error}") from error
    server = Server(process, host, port, location, temporary, log)
    try:
        _wait_until_ready(server)
    except BaseException:
        server.stop()
        raise
    return server


def _check_port_free(host: str, port: int) -> None:
    """Refuse a port something else listens on, before the server starts (it would answer in its place)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with contextlib.closing(socket.socket(family, socket.SOCK_STREAM)) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            reason = "is in use" if error.errno == errno.EADDRINUSE else f"cannot be used ({error.strerror})"
            raise ServeError(f"port {port} on {host} {reason} (choose another with --port)") from None


def _wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            message = " ".join(server.messages().split())
            raise ServeError(f"the oxigraph server stopped at once: {message or 'no message'} "
                             f"(is port {server.port} in use? try --port)")
        try:
            with contextlib.closing(urllib.request.urlopen(f"{server.query_url}?query=ASK%7B%7D", timeout=2)):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not to this
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise ServeError(f"the oxigraph server did not answer on {server.url} within {STARTUP_SECONDS:.0f} s")
