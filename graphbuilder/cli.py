"""The ``graphbuilder`` command line: each command parses its options, calls one library function and
writes the result (data to stdout, messages to stderr)."""

from __future__ import annotations

import datetime
import errno
import json
import re
import sys
import time
import traceback
from pathlib import Path

import click

from graphbuilder.errors import GraphBuilderError

QUERY_FORMATS = ("table", "csv", "tsv", "json")
EXPORT_FORMATS = ("graphml", "html", "jsonld", "nt", "ttl")
INTERRUPTED = 130
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Interrupted(click.ClickException):
    """Ctrl-C: ``Error: interrupted``, exit 130."""

    exit_code = INTERRUPTED

    def __init__(self) -> None:
        super().__init__("interrupted")


class _Group(click.Group):
    """Turns every error into one ``Error: ...`` line on stderr, unless ``--debug`` asks for the traceback."""

    def invoke(self, ctx: click.Context):
        debug = ctx.params.get("debug", False)
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            if debug:
                traceback.print_exc()
            raise Interrupted() from None
        except GraphBuilderError as exc:
            if debug:
                raise
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:
            if debug or (isinstance(exc, OSError) and exc.errno == errno.EPIPE):
                raise  # click itself quietens a closed pipe (graphbuilder query ... | head)
            raise click.ClickException(f"{_describe(exc)} (rerun with --debug for the traceback)") from exc


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else f"unexpected {type(exc).__name__}"


@click.group(cls=_Group)
@click.version_option(package_name="graphbuilder")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
def cli(debug: bool) -> None:
    """Turn Chinese newspaper pages on trade-union news into a knowledge graph.

    \b
    Example:
        graphbuilder build page.txt -o out --published 2020-09-11
        graphbuilder query out "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``graphbuilder`` script and of ``python -m graphbuilder``."""
    cli.main(args=argv)


# ---------------------------------------------------------------------------------------------- build


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        if _ISO_DATE.fullmatch(value):
            return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD (e.g. 2020-09-11)")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.ttl, graph.graphml and graph.html to (created if needed).")
@click.option("--published", callback=_date_option, metavar="YYYY-MM-DD",
              help="Publication date of the pages; the year of dates written without one.")
@click.option("--city", metavar="NAME", help="The paper's city (焦作市), for 市总工会, 我市 ...; inferred when absent.")
@click.option("--base", metavar="IRI", help="Base IRI of the graph's nodes.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that read pages in parallel (the graph is the same whatever the number).")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Also write the graph to DIR as an Oxigraph store, for query, serve and export.")
@click.option("--no-cache", is_flag=True,
              help="Read every page again; keep no cache in OUTDIR (by default a re-run reads only new pages).")
@click.option("--quiet", "-q", is_flag=True, help="Print no progress, summary or warnings.")
def build(inputs: tuple[str, ...], outdir: Path, published: datetime.date | None, city: str | None,
          base: str | None, jobs: int, store: Path | None, no_cache: bool, quiet: bool) -> None:
    """Build the knowledge graph of newspaper pages.

    INPUT is a text file (one page or one article) or a folder of them. A file whose name starts with an
    ISO date (2020-09-11_page3.txt) carries its own publication date; --published overrides it.

    OUTDIR keeps what each page read (by its content and the extractor's version), so building again
    with a few new pages reads only those; a removed input's facts leave the graph.

    \b
    Example:
        graphbuilder build pages/ -o out --city 焦作市 --jobs 2
        graphbuilder build 2020-09-11_page3.txt -o out --published 2020-09-11
    """
    from graphbuilder.pipeline import build as build_graph

    started = time.perf_counter()
    with _ProgressBar(enabled=not quiet and _is_terminal(sys.stderr)) as bar:
        summary = build_graph(list(inputs), outdir, published=published, city=city, base=base, jobs=jobs,
                              store=store, incremental=not no_cache, progress=bar.update)
    if quiet:
        return
    for warning in summary.warnings:
        click.echo(f"Warning: {warning}", err=True)
    cached = f" ({summary.cached} read before)" if summary.cached else ""
    click.echo(
        f"Built {outdir}: {_count(summary.pages, 'page')}{cached}, {_count(summary.articles, 'article')}, "
        f"{_count(summary.persons, 'person')}, {_count(summary.events, 'event')}, "
        f"{_count(summary.triples, 'triple')} in {time.perf_counter() - started:.1f}s",
        err=True,
    )


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _ProgressBar:
    """A tqdm bar on stderr per stage of a build (pages read, then outputs written); nothing when disabled."""

    LABELS = {"context": "places", "extract": "pages", "write": "outputs"}

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.bar = None
        self.stage = None

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self._close()

    def update(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if stage != self.stage:
            self._close()
            self.stage = stage
            self.bar = tqdm(total=total, desc=self.LABELS.get(stage, stage), unit=" steps" if stage == "write"
                            else " pages", file=sys.stderr, leave=False, dynamic_ncols=True)
        self.bar.update(done - self.bar.n)

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------------------------- query


def _load(path: Path, *, in_memory: bool = False):
    from graphbuilder.graphs import load_graph

    return load_graph(path, in_memory=in_memory)


def _params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    bindings = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not KEY=VALUE (e.g. --param name=张升)")
        bindings[key] = text
    return bindings


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path), required=False)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), metavar="FILE.rq",
              help="Read the query from a file ('-' for stdin).")
@click.option("--named", "-n", metavar="NAME", help="Run a named query of the library (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries: name, then description.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="Output format; json is the SPARQL 1.1 JSON results format. CONSTRUCT prints Turtle.")
@click.option("--param", "-p", "params", multiple=True, callback=_params, metavar="KEY=VALUE",
              help="Bind ?KEY to the plain literal VALUE (repeatable); never pasted into the query text.")
def query(graph: Path | None, sparql: str | None, query_file, named: str | None, list_queries: bool, fmt: str,
          params: dict[str, str]) -> None:
    """Run a SPARQL query on a graph.

    GRAPH is a Turtle file, the OUTDIR of build or an Oxigraph store (build --store). The query is SPARQL
    text, a file (-f) or a named query of the library (--named; --list shows them).

    The prefixes schema:, org:, rdfs:, skos:, oa:, prov:, xsd:, gb:, gbe: and gbr: are declared for you.

    \b
    Example:
        graphbuilder query out "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
        graphbuilder query out -f who-attended.rq --format csv --param name=张升
        graphbuilder query out --named person-timeline --param person=张升
        graphbuilder query --list
    """
    from graphbuilder.query import format_result, named_queries, run_named_query, run_query

    if list_queries:
        queries = named_queries()
        width = max(len(name) for name in queries)
        click.echo("\n".join(f"{name:<{width}}  {q.description}" for name, q in queries.items()))
        return
    if graph is None:
        raise click.UsageError("give the GRAPH to query (a Turtle file, an OUTDIR of build or a store)")
    if sum(given is not None for given in (sparql, query_file, named)) != 1:
        raise click.UsageError("give one of a SPARQL query, -f FILE.rq or --named NAME")
    if named is not None:
        result = run_named_query(_load(graph), named, params)
    else:
        result = run_query(_load(graph), sparql if sparql is not None else query_file.read(), params)
    click.echo(format_result(result, fmt))


# ---------------------------------------------------------------------------------------------- export


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write.")
@click.option("--person", metavar="NAME", help="html: only this person and what lies within --depth links.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True,
              help="html: links from --person.")
@click.option("--since", callback=_date_option, metavar="YYYY-MM-DD",
              help="html: only events and articles from this day on.")
@click.option("--until", callback=_date_option, metavar="YYYY-MM-DD",
              help="html: only events and articles up to this day.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=None, metavar="N",
              help="html: at most N nodes, the most connected kept (default 500; 0 for no limit).")
def export(graph: Path, fmt: str, output: Path, person: str | None, depth: int, since: datetime.date | None,
           until: datetime.date | None, max_nodes: int | None) -> None:
    """Write a graph in another format.

    GRAPH is a Turtle file or the OUTDIR of build. The html page of a big graph shows at most 500 nodes
    unless --max-nodes says otherwise, and says on the page what it leaves out.

    \b
    Example:
        graphbuilder export out --format jsonld -o graph.jsonld
        graphbuilder export out/graph.ttl --format html -o graph.html
        graphbuilder export out --format html -o zhang.html --person 张升 --depth 1 --since 2020-09-01
    """
    from graphbuilder.outputs import export_graph
    from graphbuilder.subgraph import View

    chosen = {"person": person, "since": since, "until": until, "max_nodes": max_nodes}
    if fmt != "html":
        if any(value is not None for value in chosen.values()):
            raise click.UsageError("--person, --since, --until and --max-nodes apply to --format html only")
        export_graph(_load(graph, in_memory=True), fmt, output)
        return
    view = View(depth=depth, **{key: value for key, value in chosen.items() if value is not None})
    export_graph(_load(graph), fmt, output, view=view)


# ---------------------------------------------------------------------------------------------- validate


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check a graph against the SHACL shapes.

    The shapes are ontology/shapes.ttl, which include the contract's.

    Prints "conforms" and exits 0, or prints the violations and exits 1.

    \b
    Example:
        graphbuilder validate out
    """
    from graphbuilder.validate import validate_graph

    report = validate_graph(_load(graph, in_memory=True))
    click.echo(report.text)
    if not report.conforms:
        raise click.exceptions.Exit(1)


# ---------------------------------------------------------------------------------------------- evaluate


def _minimums(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, float]:
    from graphbuilder.evaluation import METRICS, SEGMENTATION

    known = (*METRICS, SEGMENTATION)
    minimums = {}
    for value in values:
        key, _sep, number = value.partition("=")
        if key not in known:
            raise click.BadParameter(f"unknown metric {key!r} in {value!r} (use one of {', '.join(known)})")
        try:
            minimums[key] = float(number)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not KEY=F1 with a number (e.g. persons=0.8)") from None
    return minimums


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="GOLD.json...")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), metavar="OUT",
              help="Also write the metrics as JSON to OUT.")
@click.option("--min", "minimums", multiple=True, callback=_minimums, metavar="KEY=F1",
              help="Exit 1 when metric KEY's F1 is below F1 (repeatable; segmentation: share of articles found).")
def evaluate(graph: Path, gold: tuple[Path, ...], json_out: Path | None, minimums: dict[str, float]) -> None:
    """Score a graph against gold annotations.

    GRAPH is a Turtle file or the OUTDIR of build; each GOLD.json holds one article or a page, as described
    in eval/SCHEMA.md. Prints precision, recall and F1 per metric, the same numbers as eval/score.py.

    \b
    Example:
        graphbuilder evaluate out seed-gold.json --min persons=0.8 --json scores.json
    """
    from graphbuilder.evaluation import evaluate as evaluate_graph
    from graphbuilder.evaluation import format_evaluation, shortfalls

    result = evaluate_graph(_load(graph), list(gold))
    click.echo(format_evaluation(result))
    if json_out is not None:
        _write(json_out, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    short = shortfalls(result, minimums)
    if short:
        raise click.ClickException("falls short: " + "; ".join(short))


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from exc


# ---------------------------------------------------------------------------------------------- NER


@cli.command("train-ner")
@click.option("--corpus", "corpora", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Character-per-line BIO corpus (repeatable; all are used for training).")
@click.option("-o", "--output", "model", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the .crfsuite model.")
@click.option("--c1", type=float, default=None, help="L1 regularisation (larger: smaller model).")
@click.option("--c2", type=float, default=None, help="L2 regularisation.")
@click.option("--iterations", type=click.IntRange(min=1), default=None, help="L-BFGS iterations.")
def train_ner(corpora: tuple[Path, ...], model: Path, c1: float | None, c2: float | None,
              iterations: int | None) -> None:
    """Train the NER model.

    The model is a character CRF that finds person, place and organisation names.

    \b
    Example:
        graphbuilder train-ner --corpus train.bio --corpus extra.bio -o ner.crfsuite --c1 0.05
    """
    from graphbuilder.ner import train
    from graphbuilder.ner.corpus import CorpusError

    options = {"c1": c1, "c2": c2, "max_iterations": iterations}
    try:
        summary = train.train_model(
            list(corpora), model, progress=lambda line: click.echo(line, err=True),
            **{key: value for key, value in options.items() if value is not None},
        )
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Trained {model}: {summary['sentences']} sentences, {summary['iterations']} iterations, "
        f"{summary['model_bytes']} bytes in {summary['seconds']}s",
        err=True,
    )


@cli.command("eval-ner")
@click.argument("model", type=click.Path(path_type=Path))
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Character-per-line BIO test corpus.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_ner(model: Path, corpus: Path, as_json: bool) -> None:
    """Score an NER model on a BIO corpus.

    Prints entity-level precision, recall and F1 (exact spans), overall and per type.

    \b
    Example:
        graphbuilder eval-ner ner.crfsuite --corpus test.bio
    """
    from graphbuilder.ner import ModelNotFoundError, train
    from graphbuilder.ner.corpus import CorpusError

    try:
        scores = train.evaluate_model(model, corpus)
    except (ModelNotFoundError, CorpusError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(scores, ensure_ascii=False, indent=1) if as_json else train.format_scores(scores))


# ---------------------------------------------------------------------------------------------- serve, push


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH|STORE")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default accepts connections from this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option("--timeout", type=click.IntRange(min=1), metavar="SECONDS", help="Stop a query that runs longer.")
@click.option("--writable", is_flag=True,
              help="Also accept SPARQL updates (/update) and Graph Store writes (/store). On a Turtle file or "
                   "OUTDIR they change a temporary copy; on a store folder they change the store.")
def serve(graph: Path, host: str, port: int, timeout: int | None, writable: bool) -> None:
    """Serve a graph as a read-only SPARQL endpoint.

    GRAPH is an Oxigraph store (build --store), served as it is, or a Turtle file or OUTDIR of build, loaded
    into a temporary store first. Queries go to http://HOST:PORT/query (SPARQL 1.1 Protocol); updates are
    refused unless --writable. Ctrl-C stops the server.

    \b
    Example:
        graphbuilder serve out/store
        graphbuilder serve out --port 8000
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' localhost:7878/query
    """
    import signal

    from graphbuilder.serve import is_loopback, start_server

    if not is_loopback(host):
        click.echo(f"Warning: listening on {host}: anyone who can reach this machine can query the graph",
                   err=True)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with start_server(graph, host=host, port=port, timeout=timeout, read_only=not writable) as server:
            mode = "accepts updates at /update" if writable else "read-only"
            click.echo(f"SPARQL endpoint: {server.query_url} ({mode}; Ctrl-C stops it)", err=True)
            status = server.wait()
    except KeyboardInterrupt:  # the server is stopped and its temporary store removed on the way out
        click.echo("Stopped", err=True)
        return
    finally:
        signal.signal(signal.SIGTERM, previous)
    raise click.ClickException(f"the oxigraph server stopped (exit status {status})")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt  # SIGTERM stops serve as Ctrl-C does: the server is stopped, its temporary store removed


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH|STORE")
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store endpoint (Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace.  [default: "
              "https://w3id.org/graphbuilder/graph]")
@click.option("--default-graph", is_flag=True, help="Replace the server's default graph instead of a named graph.")
@click.option("--user", envvar="GRAPHBUILDER_PUSH_USER", show_envvar=True, metavar="NAME",
              help="User name for an endpoint behind HTTP Basic authentication.")
@click.option("--password", envvar="GRAPHBUILDER_PUSH_PASSWORD", show_envvar=True, metavar="SECRET",
              help="Its password; prefer the environment variable (an option shows in the shell history). "
                   "Never printed.")
def push(graph: Path, endpoint: str, graph_iri: str | None, default_graph: bool, user: str | None,
         password: str | None) -> None:
    """Send a graph to a SPARQL store (Graph Store HTTP Protocol).

    The graph replaces the named graph IRI at the endpoint (HTTP PUT), so pushing again is harmless. A named
    graph is invisible to queries on the default graph unless the server unions its graphs; query it with
    GRAPH <IRI> { ... }.

    \b
    Example:
        graphbuilder push out --endpoint http://127.0.0.1:7878/store --graph https://example.org/graph/2020-09
        graphbuilder push out/store --endpoint http://fuseki:3030/union/data
    """
    from graphbuilder.push import DEFAULT_GRAPH_IRI, push_graph

    if default_graph and graph_iri:
        raise click.UsageError("give --graph IRI or --default-graph, not both")
    target = None if default_graph else graph_iri or DEFAULT_GRAPH_IRI
    result = push_graph(_load(graph, in_memory=True), endpoint, graph_iri=target, user=user, password=password)
    into = "the default graph" if result.graph_iri is None else f"<{result.graph_iri}>"
    click.echo(f"Pushed {_count(result.triples, 'triple')} ({result.bytes} bytes of Turtle) into {into} at "
               f"{result.url.split('?')[0]}: HTTP {result.status}", err=True)
