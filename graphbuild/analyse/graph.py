"""The entity graph: the store's quads as a networkx MultiDiGraph (one node per typed entity, Evidence folded into node attributes)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..errors import PolicykgError
from ..vocab import ENTITIES_GRAPH, OA, ONTOLOGY_IRI

_PKG_NS = ONTOLOGY_IRI + "#"

# The IRIs read, spelled once: rdflib's namespaces and graphbuild.vocab.
PKG = str(_PKG_NS)
RDF_TYPE = str(RDF.type)
RDFS_LABEL = str(RDFS.label)
SKOS_PREF = str(SKOS.prefLabel)
SKOS_ALT = str(SKOS.altLabel)
DCT_TITLE = str(DCTERMS.title)
DCT_IDENTIFIER = str(DCTERMS.identifier)
DCT_SOURCE = str(DCTERMS.source)
OA_EXACT = str(OA.exact)
OA_START = str(OA.start)
OA_END = str(OA.end)
OA_HAS_SELECTOR = str(OA.hasSelector)

# Entity classes drawn as nodes, in display order; when a resource has several (a term typed
# both IndustryChain and Technology) the first one here is its class.
CLASSES: tuple[str, ...] = (
    "Plan", "Task", "Agency", "AgencyGroup", "Region", "IndustryChain", "Technology", "Park", "Target", "Document",
)
UNIT_CLASSES = ("Agency", "AgencyGroup")
MAX_EVIDENCE_PER_NODE = 25



class AnalysisError(PolicykgError):
    """A request the graph cannot answer: unknown label, projection or measure; the message says why."""


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri)[-1]


def _value(term: object) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


def graph_from_quads(quads: Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The entity graph of a list of quads: one node per typed entity, one edge per (s, predicate, o).

    Node attributes: ``label``, ``cls``, ``classes``, ``aliases``, ``documents`` (file names of the
    named graphs that state something about the node), ``regions`` (its jurisdiction and the
    jurisdictions of the plans of its documents), ``evidence`` (dicts of text, file, start, end),
    ``props`` (other literal values by property name) and ``iri``. Edge attributes:
    ``rel`` (the predicate's local name) and ``documents``; the edge key is ``rel``. Graph
    attribute ``datatypes``: the XSD datatype IRIs of each literal property, by local name.
    """
    quads = list(quads)
    types: dict[str, set[str]] = defaultdict(set)
    literals: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    links: list[tuple[str, str, str, str]] = []
    graphs_of: dict[str, set[str]] = defaultdict(set)
    datatypes: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        s, p, obj = _value(q.subject), q.predicate.value, q.object
        g = _value(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else ""
        if p == RDF_TYPE:
            # pyoxigraph types an object as any term, a quoted triple too; a class is an IRI.
            cls = cast("ox.NamedNode | ox.BlankNode | ox.Literal", obj)
            if cls.value.startswith(PKG):
                types[s].add(cls.value[len(PKG):])
            continue
        if g == ENTITIES_GRAPH:
            g = ""  # shared descriptions: the documents of an entity are those whose graphs name it
        if isinstance(obj, ox.Literal):
            literals[s][p].add(obj.value)
            datatypes[local_name(p)].add(obj.datatype.value)
        else:
            links.append((s, p, _value(obj), g))
            if g:
                graphs_of[_value(obj)].add(g)
        if g:
            graphs_of[s].add(g)

    doc_names = {s: sorted(literals[s].get(DCT_IDENTIFIER, ())) or [local_name(s)] for s, t in types.items() if "Document" in t}

    def files(graph_iris: Iterable[str]) -> list[str]:
        return sorted({n for gi in graph_iris for n in doc_names.get(gi, [local_name(gi)])})

    evidence = {s for s, t in types.items() if "Evidence" in t}
    entities = {s: t for s, t in types.items() if s not in evidence and any(c in CLASSES for c in t)}

    G = nx.MultiDiGraph()
    # The XSD datatypes of each literal property (by local name, as in ``props``): GraphML and
    # GEXF declare numbers, years and booleans with their own types.
    G.graph["datatypes"] = {k: sorted(v) for k, v in sorted(datatypes.items())}
    for s in sorted(entities):
        classes = [c for c in CLASSES if c in entities[s]]
        lit = literals.get(s, {})
        label, aliases = _labels(s, classes[0], lit, doc_names)
        props = {local_name(p): sorted(v) for p, v in sorted(lit.items()) if p not in (RDFS_LABEL, SKOS_PREF, SKOS_ALT, DCT_TITLE)}
        G.add_node(
            s, iri=s, label=label, cls=classes[0], classes=classes, aliases=aliases,
            documents=files(graphs_of.get(s, ())) if classes[0] != "Document" else doc_names[s],
            regions=[], evidence=[], props=props,
        )

    ev_of: dict[str, set[str]] = defaultdict(set)
    edge_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for s, p, o, g in links:
        if p == PKG + "evidence" and o in evidence and s in entities:
            ev_of[s].add(o)
        elif p == PKG + "supports" and s in evidence and o in entities:
            ev_of[o].add(s)
        elif s in entities and o in entities:
            edge_docs[(s, local_name(p), o)].update([g] if g else [])
    for (s, rel, o), gs in sorted(edge_docs.items()):
        G.add_edge(s, o, key=rel, rel=rel, documents=files(gs))

    source_of = {s: o for s, p, o, _g in links if p == PKG + "sourceDocument"}
    # The offsets and the quotation sit on the evidence's Web Annotation selector (oa:hasSelector).
    selector_of = {s: o for s, p, o, _g in links if p == OA_HAS_SELECTOR}
    url_of = {s: o for s, p, o, _g in sorted(links) if p == DCT_SOURCE and s in doc_names}
    for n, evs in ev_of.items():
        items = []
        for e in evs:
            lit = literals.get(selector_of.get(e, e), {})
            text = min(lit.get(OA_EXACT, {""}))
            start = min((int(v) for v in lit.get(OA_START, ())), default=-1)
            end = min((int(v) for v in lit.get(OA_END, ())), default=-1)
            src = source_of.get(e, "")
            item = {"text": text, "file": ", ".join(doc_names.get(src, [local_name(src)] if src else [])), "start": start, "end": end}
            if src in url_of:
                item["url"] = url_of[src]  # where the document was published (dcterms:source), to check the passage there
            items.append(item)
        items.sort(key=lambda d: (d["file"], d["start"], d["end"], d["text"]))
        G.nodes[n]["evidence"] = items

    _assign_regions(G)
    return G


def _labels(s: str, cls: str, lit: dict[str, set[str]], doc_names: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The display label of a node and its other names."""
    names = sorted(lit.get(RDFS_LABEL, ())) + sorted(lit.get(SKOS_PREF, ())) + sorted(lit.get(DCT_TITLE, ()))
    if cls == "Document":
        names = doc_names[s] + names
    elif cls == "Target" and not names:
        metric = min(lit.get(PKG + "metric", {""}))
        value = min(lit.get(PKG + "valueAsWritten", {""})) + min(lit.get(PKG + "unit", {""}))
        year = min(lit.get(PKG + "targetYear", {""}))
        names = [" ".join(x for x in (metric, value, f"({year})" if year else "") if x)]
    label = names[0] if names and names[0] else local_name(s)
    aliases = sorted({a for a in [*names[1:], *lit.get(SKOS_ALT, ())] if a and a != label})
    return label, aliases


def _assign_regions(G: nx.MultiDiGraph) -> None:
    """Regions of a node: its own jurisdiction or location, and those of the plans of its documents."""
    own: dict[str, set[str]] = defaultdict(set)
    for s, o, rel in G.edges(keys=True):
        if rel in ("jurisdiction", "locatedIn", "withinRegion") and G.nodes[o]["cls"] == "Region":
            own[s].add(G.nodes[o]["label"])
    by_doc: dict[str, set[str]] = defaultdict(set)
    for n, d in G.nodes(data=True):
        if d["cls"] == "Plan" and any(rel == "wasDerivedFrom" for _s, _o, rel in G.out_edges(n, keys=True)):
            for doc in d["documents"]:
                by_doc[doc].update(own[n])
    for n, d in G.nodes(data=True):
        regions = set(own[n])
        if d["cls"] == "Region":
            regions.add(d["label"])
        for doc in d["documents"]:
            regions.update(by_doc.get(doc, ()))
        d["regions"] = sorted(regions)


def load_graph(store: str | Path | ox.Store) -> nx.MultiDiGraph:
    """The entity graph of a store folder (or an open pyoxigraph store), ontology excluded."""
    from ..store import StoreDir, data_quads

    st = store if isinstance(store, ox.Store) else StoreDir(store).open_read()
    return graph_from_quads(data_quads(st))
