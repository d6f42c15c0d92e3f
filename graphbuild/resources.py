"""Access to the data shipped inside the package (ontology, queries, corpus, patterns)."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def package_path(*parts: str) -> Traversable:
    """A file or folder inside the installed ``graphbuild`` package."""
    node = resources.files("graphbuild")
    for part in parts:
        node = node / part
    return node


def ontology_file(name: str) -> Traversable:
    """A file of ontology/ (policykg.ttl, shapes.ttl, authority/...)."""
    return package_path("ontology", *name.split("/"))


def corpus_dir() -> Traversable:
    """The bundled sample corpus."""
    return package_path("corpus")


def queries_dir() -> Traversable:
    """The bundled SPARQL queries."""
    return package_path("queries")

