"""Storage: pyoxigraph generations behind a small interface."""

from .oxstore import ONTOLOGY_GRAPH, Generation, StoreDir, StoreError, data_quads

__all__ = ["ONTOLOGY_GRAPH", "Generation", "StoreDir", "StoreError", "data_quads"]
