"""Named errors. The CLI turns each into one `Error: ...` line; the library never prints."""


class GraphBuilderError(Exception):
    """Base class of every error graphbuilder reports to its users."""


class InputError(GraphBuilderError):
    """An input file or folder cannot be read as a newspaper page."""


class OutputError(GraphBuilderError):
    """An output cannot be written."""


class GraphError(GraphBuilderError):
    """A graph file cannot be loaded (missing, not Turtle, broken)."""


class QueryError(GraphBuilderError):
    """A SPARQL query is malformed or cannot be run."""


class ServeError(GraphBuilderError):
    """The SPARQL server cannot be started (no oxigraph binary, port taken, store locked)."""


class PushError(GraphBuilderError):
    """A graph cannot be sent to a SPARQL Graph Store endpoint."""
