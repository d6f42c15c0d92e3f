"""One table of graph formats for export, serve and push (graphbuild/export/registry.py)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphbuild import push, serve
from graphbuild.export import formats, registry, resolve_format


@pytest.mark.parametrize(
    ("given", "name"),
    [("turtle", "turtle"), ("TTL", "turtle"), ("text/turtle; charset=utf-8", "turtle"), ("application/n-quads", "nquads"),
     ("owl", "xml"), ("application/gexf+xml", "gexf"), ("n3", "turtle")],
)
def test_a_format_is_found_by_name_alias_or_media_type(given, name):
    assert registry.get(given).name == name == resolve_format(given)


def test_an_unknown_format_says_which_there_are():
    with pytest.raises(registry.UnknownFormat, match="^unknown MIME type 'application/yaml'; use one of: turtle, nt, nquads, trig, jsonld, xml, graphml, gexf$"):
        registry.get("application/yaml")


def test_serve_and_push_read_the_same_table():
    assert formats() == registry.names()
    graph_results = {mt for f in registry.registered() if f.graph_results for mt in f.media_types}
    assert set(serve.GRAPH_TYPES) == graph_results and serve.GRAPH_TYPES["text/turtle"] == ox.RdfFormat.TURTLE
    assert serve.FORMAT_NAMES["ttl"] == (None, "text/turtle") and serve.FORMAT_NAMES["json"][1] == "application/ld+json"
    assert all(registry.get(name).rdf is not None and not registry.get(name).datasets for name in push.FORMATS)
    assert registry.get("nt").content_type == "application/n-triples; charset=utf-8"
    assert registry.get("jsonld").content_type == "application/ld+json"


def test_a_registered_format_is_one_export_knows(monkeypatch):
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    registry.register(registry.GraphFormat("n3x", ("text/n3x",), ("n3-extended",), ox.RdfFormat.TURTLE))
    assert "n3x" in formats() and resolve_format("text/n3x") == "n3x"
