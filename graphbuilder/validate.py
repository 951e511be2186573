"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (which include the contract's)."""

from __future__ import annotations

from typing import NamedTuple

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from graphbuilder.errors import GraphBuilderError
from graphbuilder.evaluation import schema_http
from graphbuilder.resources import ontology_path
from graphbuilder.vocab import PREFIXES

__all__ = ["ValidationReport", "validate_graph"]


class ValidationReport(NamedTuple):
    """Whether the graph conforms, how many violations it has, and a text listing them (one a line)."""

    conforms: bool
    violations: int
    text: str


def validate_graph(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against ``ontology/shapes.ttl`` (or ``shapes``), SHACL-SPARQL included.

    ``https://schema.org/`` terms are read as ``http://schema.org/``, as the contract allows either.

    Returns:
        A report whose ``text`` is ``conforms``, or one line per result: severity, focus node, path, message.
    """
    import pyshacl  # slow to import, and only validation needs it

    shapes = shapes if shapes is not None else _load_shapes()
    conforms, results, _text = pyshacl.validate(
        schema_http(graph),
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    lines = sorted(_describe(results, result) for result in results.subjects(SH.resultSeverity, None, unique=True))
    violations = sum(1 for _ in results.subjects(SH.resultSeverity, SH.Violation, unique=True))
    if conforms:
        return ValidationReport(True, violations, "conforms")
    count = f"{violations} violation{'s' if violations != 1 else ''}"
    return ValidationReport(False, violations, "\n".join([f"does not conform: {count}", *lines]))


def _load_shapes() -> Graph:
    path = ontology_path("shapes.ttl")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:
        message = f"cannot read the SHACL shapes {path}: {exc} (is the package installed whole?)"
        raise GraphBuilderError(message) from exc


def _describe(results: Graph, result) -> str:
    severity = _short(results.value(result, SH.resultSeverity)).removeprefix("sh:")
    focus = _short(results.value(result, SH.focusNode))
    path = results.value(result, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    value = results.value(result, SH.value)
    line = f"{severity}: {focus}"
    if path is not None:
        line += f" {_short(path)}"
    line += f": {messages[0] if messages else _short(results.value(result, SH.sourceConstraintComponent))}"
    if value is not None and value != results.value(result, SH.focusNode):
        line += f" (value {_short(value)})"
    return line


def _short(term) -> str:
    if isinstance(term, URIRef):
        iri = str(term)
        if iri.startswith(str(SH)):
            return "sh:" + iri[len(str(SH)):]
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return f"<{iri}>"
    if isinstance(term, Literal):
        text = str(term)
        return repr(text if len(text) <= 40 else text[:39] + "…")
    return f"_:{term}" if isinstance(term, BNode) else "?"
