"""GraphML and GEXF for Gephi and Cytoscape: the entity graph with flat, typed attributes."""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..analyse.graph import MAX_EVIDENCE_PER_NODE, AnalysisError, graph_from_quads

# Characters XML 1.0 forbids (GraphML and GEXF are XML): C0 controls except tab, LF, CR.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(s: str) -> str:
    return _XML_BAD.sub("", s)


XSD = "http://www.w3.org/2001/XMLSchema#"
_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_REAL_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_GYEAR = re.compile(r"(-?\d{4,})(?:Z|[+-]\d\d:\d\d)?")
_INT32 = 2**31 - 1


def _typed(value: str, datatypes: Sequence[str]) -> bool | int | float | None:
    """A literal's value as a Python bool, int or float when its one datatype is boolean, an integer
    type, decimal/double/float or gYear (the year); None when it is anything else or does not parse."""
    if len(datatypes) != 1:
        return None
    dt, v = datatypes[0], value.strip()
    try:
        if dt == XSD + "boolean":
            return {"true": True, "1": True, "false": False, "0": False}.get(v)
        if dt in _INT_TYPES:
            return int(v)
        if dt in _REAL_TYPES:
            f = float(v)
            return f if math.isfinite(f) else None
        if dt == XSD + "gYear":
            m = _GYEAR.fullmatch(v)
            return int(m.group(1)) if m else None
    except ValueError:
        return None
    return None


def flat_attributes(d: dict, datatypes: dict[str, Sequence[str]] | None = None) -> dict[str, str | bool | int | float]:
    """Node or edge attributes as strings, booleans and numbers only (lists joined with " | "; None,
    empty lists and empty text left out).

    A property of ``props`` with a single value whose datatype (``datatypes``, by property name)
    is numeric, boolean or gYear keeps that type; other properties are text.
    """
    out: dict[str, str | bool | int | float] = {}
    for k, v in sorted(d.items()):
        if v is None:
            continue
        if k == "evidence":
            out["evidence_count"] = len(v)
            out["evidence"] = _xml_text(" | ".join(f"{e['file']}:{e['start']}-{e['end']} {e['text']}" for e in v[:MAX_EVIDENCE_PER_NODE]))
        elif k == "props":
            for pk, pv in v.items():
                pv = list(pv) if isinstance(pv, (list, tuple, set)) else [pv]
                typed = _typed(str(pv[0]), (datatypes or {}).get(pk, ())) if len(pv) == 1 else None
                out[f"prop_{pk}"] = typed if typed is not None else _xml_text(" | ".join(map(str, pv)))
        elif isinstance(v, bool):
            out[k] = v
        elif isinstance(v, (int, float)):
            if not (isinstance(v, float) and not math.isfinite(v)):
                out[k] = v
        elif isinstance(v, (list, tuple, set)):
            out[k] = _xml_text(" | ".join(str(x) for x in v))
        else:
            out[k] = _xml_text(str(v))
    # An empty list or text is no value: left out, not written as "".
    return {k: v for k, v in out.items() if v != ""}


def _one_type_per_key(items: list[dict[str, str | bool | int | float]]) -> None:
    """Make every key hold one Python type across ``items`` (GraphML and GEXF declare one per key):
    ints with floats become floats; any other mix (a property with several values somewhere,
    kept as text) becomes text."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for a in items:
        for k, v in a.items():
            kinds[k].add(type(v))
    for k, ts in kinds.items():
        if len(ts) < 2:
            continue
        to: type = float if ts == {int, float} else str
        for a in items:
            if k in a:
                a[k] = float(a[k]) if to is float else (str(a[k]).lower() if isinstance(a[k], bool) else str(a[k]))


def network_for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with flat attributes (text, booleans, numbers), one type per key.

    A node or edge without a value for a key has no value (no ``""`` or 0 standing in); edges
    have unique keys ``e0``, ``e1`` … (the GraphML/GEXF edge ids) and a float ``weight`` (1 when unset).
    """
    datatypes = G.graph.get("datatypes", {})
    nodes = {n: flat_attributes(d, datatypes) for n, d in G.nodes(data=True)}
    edges = []
    for u, v, _k, d in sorted(G.edges(keys=True, data=True), key=lambda t: (t[0], t[1], str(t[2]))):
        attrs = flat_attributes(d, datatypes)
        attrs["weight"] = float(attrs.get("weight", 1))
        edges.append((u, v, attrs))
    _one_type_per_key(list(nodes.values()))
    _one_type_per_key([a for _u, _v, a in edges])
    F = nx.MultiDiGraph()
    for n in sorted(nodes):
        F.add_node(n, **nodes[n])
    for i, (u, v, attrs) in enumerate(edges):
        F.add_edge(u, v, key=f"e{i}", **attrs)
    return F


class _GraphMLWriter(nx.readwrite.graphml.GraphMLWriter):
    """networkx's GraphML writer declaring Python ints as ``int`` (Java int, what Cytoscape and
    Gephi map to an integer column) instead of ``long`` when every int value fits, with unique key ids."""

    def __init__(self, *args: object, int_type: str = "int", **kwargs: object) -> None:
        self._int_type = int_type
        super().__init__(*args, **kwargs)

    def construct_types(self) -> None:
        super().construct_types()
        self.xml_type[int] = self._int_type

    def add_data(self, name: str, element_type: type, value: object, scope: str = "all", default: object = None):  # type: ignore[no-untyped-def]
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:  # networkx passes str(value): XML Schema booleans, not True/False
            element.text = {"True": "true", "False": "false"}.get(str(value), str(value))
        return element

    def get_key(self, name: str, attr_type: str, scope: str, default: object) -> str:
        # Key ids are the attribute names, unique in the file: a name used by nodes and edges
        # (``documents``) is "edge_documents" on edges (networkx would declare one id twice).
        if (name, attr_type, scope) not in self.keys and name in self.keys.values():
            self.keys[name, attr_type, scope] = new_id = f"{scope}_{name}"
            self.xml.insert(0, self.myElement("key", **{"id": new_id, "for": scope, "attr.name": name, "attr.type": attr_type}))
            return new_id
        return super().get_key(name, attr_type, scope, default)


def write_network(quads: Iterable[ox.Quad], path: str | Path, fmt: str) -> None:
    """Write the entity graph of ``quads`` as GraphML or GEXF (for Gephi, Cytoscape, yEd).

    Numbers, years and booleans are declared with their types (GraphML ``int``/``double``/
    ``boolean``, GEXF ``long``/``double``/``boolean``); missing values are left out; edge ids are
    unique; the file is the same for the same graph.
    """
    F = network_for_export(graph_from_quads(quads))
    path = os.fspath(path)
    if fmt == "graphml":
        ints = [v for _n, d in F.nodes(data=True) for v in d.values() if type(v) is int]
        ints += [v for _u, _v, d in F.edges(data=True) for v in d.values() if type(v) is int]
        writer = _GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True,
                                int_type="int" if all(abs(v) <= _INT32 for v in ints) else "long")
        writer.add_graph_element(F)
        with open(path, "wb") as fh:
            writer.dump(fh)
    elif fmt == "gexf":
        for _u, _v, k, d in F.edges(keys=True, data=True):
            d["id"] = k  # the GEXF edge id, as in GraphML
        # networkx stamps today's date into <meta>; drop it so the same graph gives the same file.
        text = "\n".join(nx.generate_gexf(F, encoding="utf-8", prettyprint=True))
        text = re.sub(r'(<meta)\s+lastmodifieddate="[^"]*"', r"\1", text, count=1)
        # networkx writes each MultiDiGraph key as a "networkx_key" edge attribute: the keys are
        # our own e0, e1 … (no attribute of the graph), so drop its declaration and values.
        m = re.search(r'\n\s*<attribute id="(\d+)" title="networkx_key" type="string"\s*/>', text)
        if m:
            text = text[:m.start()] + text[m.end():]
            text = re.sub(rf'\n\s*<attvalue for="{m.group(1)}" value="e\d+"\s*/>', "", text)
            text = re.sub(r"\n(\s*)<attvalues>\s*</attvalues>", "", text)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("<?xml version='1.0' encoding='utf-8'?>\n" + text + "\n")
    else:
        raise AnalysisError(f"unknown network format {fmt!r}; use graphml or gexf")
