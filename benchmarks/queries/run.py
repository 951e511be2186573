"""Time loading, the named queries and writing Turtle on generated graphs: rdflib's memory store, graphbuilder
(rdflib's API over Oxigraph: load_graph, run_named_query, store.serialize) and raw pyoxigraph.

Every query's result is materialised (rdflib: a list of rows; ours: a QueryResult of rdflib terms; raw: a
list of tuples of pyoxigraph terms). Ours and raw take the best of --repeat runs; rdflib runs once, stopped
after --rdflib-timeout seconds (its row then shows "> N"; "not run" when rdflib did not even load the graph
in that time). Prints a Markdown table.

Usage:
    python benchmarks/queries/run.py                      # 100k and 1M triples
    python benchmarks/queries/run.py --sizes 100000 --repeat 3
"""

from __future__ import annotations

import argparse
import platform
import signal
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

from graphbuilder.graphs import load_graph  # noqa: E402
from graphbuilder.query import named_queries, run_named_query  # noqa: E402
from graphbuilder.store import serialize  # noqa: E402
from graphbuilder.vocab import PREFIXES  # noqa: E402

TOP_PERSON = ("SELECT ?name (COUNT(*) AS ?n) WHERE { ?x gb:participant/schema:name ?name } "
              "GROUP BY ?name ORDER BY DESC(?n) LIMIT 1")


class Timeout(BaseException):  # not Exception: rdflib swallows those while evaluating expressions
    pass


def _alarm(signum, frame):
    raise Timeout


def timed(function, repeat: int = 1):
    best, value = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        value = function()
        best = min(best, time.perf_counter() - started)
    return best, value


def with_timeout(function, seconds: int):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return timed(function)[0]
    except Timeout:
        return None
    finally:
        signal.alarm(0)


def parameters(name: str, person: str) -> dict[str, str]:
    return {"person-timeline": {"person": person}, "evidence": {"entity": person}}.get(name, {})


def measure(path: Path, repeat: int, rdflib_timeout: int) -> dict[str, tuple[float | None, float, float]]:
    """Step -> (rdflib seconds or None when stopped, ours, raw pyoxigraph)."""
    rows: dict[str, tuple[float | None, float, float]] = {}

    ours_load, ours = timed(lambda: load_graph(path), repeat)

    def raw_load():
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        return store

    raw_load_time, raw = timed(raw_load, repeat)
    person = next(iter(raw.query(TOP_PERSON, prefixes=PREFIXES)))[0].value

    memory = rdflib.Graph()
    rdflib_load = with_timeout(lambda: memory.parse(path, format="turtle"), rdflib_timeout)
    rows["load Turtle"] = (rdflib_load, ours_load, raw_load_time)

    for name, query in named_queries().items():
        params = parameters(name, person)
        ours_time, _ = timed(lambda: run_named_query(ours, name, params), repeat)
        substitutions = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
        raw_time, _ = timed(lambda: [tuple(row) for row in raw.query(query.text, prefixes=PREFIXES,
                                                                      substitutions=substitutions)], repeat)
        if rdflib_load is None:
            rdflib_time = None
        else:
            bindings = {rdflib.Variable(k): rdflib.Literal(v) for k, v in params.items()}
            rdflib_time = with_timeout(
                lambda: list(memory.query(query.text, initNs=PREFIXES, initBindings=bindings)), rdflib_timeout)
        rows[name] = (rdflib_time, ours_time, raw_time)

    ours_write, _ = timed(lambda: serialize(ours, "ttl"), repeat)
    raw_write, _ = timed(lambda: raw.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
                                          prefixes=PREFIXES), repeat)
    rdflib_write = None if rdflib_load is None else with_timeout(
        lambda: memory.serialize(format="turtle"), rdflib_timeout)
    rows["write Turtle"] = (rdflib_write, ours_write, raw_write)
    return rows


def label(size: int) -> str:
    return f"{size // 1_000_000}M" if size % 1_000_000 == 0 else f"{size // 1000}k"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours and raw; the best counts")
    parser.add_argument("--rdflib-timeout", type=int, default=300, metavar="SECONDS")
    parser.add_argument("--workdir", type=Path, help="where the generated graphs go (default: a temporary folder)")
    args = parser.parse_args(argv)

    print(f"Python {platform.python_version()}, rdflib {rdflib.__version__}, pyoxigraph {ox.__version__}, "
          f"{platform.machine()}; seconds, best of {args.repeat} for ours and raw, one run for rdflib\n")
    print("| size | step | rdflib memory | ours | raw pyoxigraph | ours / raw |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.workdir or Path(scratch)
        for size in args.sizes:
            path = folder / f"graph-{label(size)}.ttl"
            triples = generate(size, path)
            measured = measure(path, args.repeat, args.rdflib_timeout)
            loaded = measured["load Turtle"][0] is not None
            for step, (slow, ours, raw) in measured.items():
                stopped = f"> {args.rdflib_timeout}" if loaded or step == "load Turtle" else "not run"
                slow_text = stopped if slow is None else f"{slow:.3f}"
                print(f"| {label(size)} ({triples} triples) | {step} | {slow_text} | {ours:.3f} | {raw:.3f} | "
                      f"{ours / raw:.2f} |", flush=True)


if __name__ == "__main__":
    main()
