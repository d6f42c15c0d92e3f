"""Network analysis of the knowledge graph with networkx, one concept per module: plain functions over graphs, plain data out.

``graph`` turns the store's quads into the entity graph; ``projections`` derives co-responsibility and the
agency, chain and plan projections; ``measures`` ranks and groups their nodes (``policykg analyse``);
``search`` finds nodes and cuts neighbourhoods for the explorer. GraphML and GEXF writing is an
export (``graphbuild.export.network``).
"""

from __future__ import annotations

from .graph import (
    CLASSES,
    DCT_IDENTIFIER,
    DCT_TITLE,
    MAX_EVIDENCE_PER_NODE,
    OA_END,
    OA_EXACT,
    OA_START,
    PKG,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    UNIT_CLASSES,
    AnalysisError,
    graph_from_quads,
    load_graph,
    local_name,
)
from .measures import (
    BETWEENNESS_EXACT_LIMIT,
    BETWEENNESS_SAMPLE,
    MEASURES,
    SEED,
    Table,
    analyse,
    centrality,
    communities,
    community_index,
    community_table,
    pagerank,
    rank,
)
from .projections import PROJECTIONS, coresponsibility, projection, simple_graph, task_plans, unit_tasks
from .search import close_matches, ego, find_nodes, graph_from_rows, plan_view

__all__ = [
    "analyse",
    "AnalysisError",
    "BETWEENNESS_EXACT_LIMIT",
    "BETWEENNESS_SAMPLE",
    "centrality",
    "CLASSES",
    "close_matches",
    "communities",
    "community_index",
    "community_table",
    "coresponsibility",
    "DCT_IDENTIFIER",
    "DCT_TITLE",
    "ego",
    "find_nodes",
    "graph_from_quads",
    "graph_from_rows",
    "load_graph",
    "local_name",
    "MAX_EVIDENCE_PER_NODE",
    "MEASURES",
    "OA_END",
    "OA_EXACT",
    "OA_START",
    "pagerank",
    "PKG",
    "plan_view",
    "projection",
    "PROJECTIONS",
    "rank",
    "RDF_TYPE",
    "RDFS_LABEL",
    "SEED",
    "simple_graph",
    "SKOS_ALT",
    "SKOS_PREF",
    "Table",
    "task_plans",
    "UNIT_CLASSES",
    "unit_tasks",
]
