"""The graph formats policykg writes: one table for ``export``, ``serve`` and ``push``, in the style of rdflib's plugin registry.

A format has a name, its media types (the first is the one it is sent as), the other names users
give it, the pyoxigraph format that writes it (None for the network formats GraphML and GEXF) and
whether it keeps named graphs. ``register`` adds one; ``get`` finds one by name, alias or media type.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import PolicykgError


class UnknownFormat(PolicykgError):
    """A format name or media type no registered format answers to."""


@dataclass(frozen=True)
class GraphFormat:
    """One output format of graphs."""

    name: str
    media_types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    rdf: ox.RdfFormat | None = None  # None: a network format, written from the networkx graph
    datasets: bool = False  # keeps named graphs
    graph_results: bool = False  # serve answers CONSTRUCT and DESCRIBE in it

    @property
    def media_type(self) -> str:
        """The media type the format is sent as."""
        return self.media_types[0]

    @property
    def content_type(self) -> str:
        """The Content-Type header of a body in this format (text formats say their charset)."""
        textual = self.media_type.startswith("text/") or self.media_type == "application/n-triples"
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


_REGISTRY: dict[str, GraphFormat] = {}


def register(fmt: GraphFormat) -> None:
    """Add a format (a later one with the same name replaces it)."""
    _REGISTRY[fmt.name] = fmt


def names() -> list[str]:
    """The registered format names, in registration order."""
    return list(_REGISTRY)


def registered() -> list[GraphFormat]:
    """The registered formats, in registration order (the order ``serve`` offers them in)."""
    return list(_REGISTRY.values())


def get(name: str) -> GraphFormat:
    """The format a name, alias or media type (parameters such as ``; charset`` ignored) stands for; UnknownFormat if none."""
    key = name.split(";")[0].strip().lower()
    for fmt in _REGISTRY.values():
        if key == fmt.name or key in fmt.aliases or key in fmt.media_types:
            return fmt
    kind = "MIME type" if "/" in key else "format"
    raise UnknownFormat(f"unknown {kind} {name!r}; use one of: {', '.join(names())}")


# The order is the order of preference when a client accepts a whole family (text/*, application/*).
for _fmt in (
    GraphFormat("turtle", ("text/turtle", "application/x-turtle", "application/turtle"), ("ttl", "n3"), ox.RdfFormat.TURTLE, graph_results=True),
    GraphFormat("nt", ("application/n-triples", "text/plain"), ("ntriples", "n-triples"), ox.RdfFormat.N_TRIPLES, graph_results=True),
    GraphFormat("nquads", ("application/n-quads",), ("nq", "n-quads"), ox.RdfFormat.N_QUADS, datasets=True),
    GraphFormat("trig", ("application/trig",), (), ox.RdfFormat.TRIG, datasets=True),
    GraphFormat("jsonld", ("application/ld+json", "application/json"), ("json-ld",), ox.RdfFormat.JSON_LD, datasets=True, graph_results=True),
    GraphFormat("xml", ("application/rdf+xml", "application/xml", "text/xml"), ("rdfxml", "rdf", "owl", "rdf+xml"), ox.RdfFormat.RDF_XML, graph_results=True),
    GraphFormat("graphml", ("application/graphml+xml",)),
    GraphFormat("gexf", ("application/gexf+xml",)),
):
    register(_fmt)
