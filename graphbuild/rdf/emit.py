"""Serialise one ResolvedDocument as RDF: the N-Triples lines of the document's named graph.

Nothing is decided here: names, jurisdictions, leads, industries and values come resolved
(``graphbuild.resolve.document``); this module only spells them as triples, within the output bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import overload

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD

from ..extract.model import Span
from ..read import SourceFile
from ..resolve.agencies import ResolvedUnit
from ..resolve.document import ResolvedDocument, ResolvedMention
from ..vocab import ENTITIES_GRAPH, ENTITY_KINDS, ID_BASE, ONTOLOGY_IRI, document_iri, key
from ..vocab import OA as _OA
from ..vocab import PKG as _PKG
from . import ntriples as nt


class _Terms:
    """A namespace's terms as N-Triples strings, each formatted once (an unknown name fails as in the namespace)."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        term = nt.ref(str(self._ns[name]))
        setattr(self, name, term)
        return term


DCTERMS, PROV, RDF, RDFS, SKOS, OA, PKG = (_Terms(ns) for ns in (_DCTERMS, _PROV, _RDF, _RDFS, _SKOS, _OA, _PKG))


@lru_cache(maxsize=1 << 16)  # agencies, regions and mentions recur in every bracket and sentence
def mint(kind: str, *parts: str) -> str:
    """The N-Triples term of ``graphbuild.vocab.iri(kind, *parts)``."""
    return f"<{ID_BASE}{kind}/{key(*parts)}>"


_KIND_CLASS = {"park": PKG.Park, "chain": PKG.IndustryChain, "technology": PKG.Technology}
_KIND_PROP = {"park": PKG.concernsPark, "chain": PKG.concernsChain, "technology": PKG.concernsTechnology}
_WS_RE = re.compile(r"\s+")
_lit = nt.text
# Names are written in BCP 47 tags: normalised names (labels, titles) are Simplified Chinese,
# zh-hans; a surface form kept as written in a Traditional file is zh-hant. Lower case because
# Oxigraph lowercases every tag on load: the build's N-Quads and the store then hold one term.
HANS, HANT = "zh-hans", "zh-hant"


def _zh(s: str) -> str:
    """A Simplified Chinese name (label, title) as a zh-hans literal."""
    return nt.lang(s, HANS)


def script_tag(script: str) -> str:
    """The language tag of text written in an ISO 15924 script of the corpus (Hans or Hant)."""
    return HANT if script == "Hant" else HANS
_DATE_RE = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")


def _date(value: str) -> str | None:
    """A date as a web page writes it (2019年02月15日, 2019-02-15) in xsd:date form, or None."""
    m = _DATE_RE.match(value.strip())
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


_IRI_CHARS_RE = re.compile(r"[^\s<>\"{}|\\^`\x00-\x1f\x7f]+")


def http_iri(value: str) -> str | None:
    """``value`` if it is an absolute http(s) IRI with a host (as a page or a crawler's row gives its address), else None."""
    from urllib.parse import urlsplit

    value = value.strip()
    if not _IRI_CHARS_RE.fullmatch(value):
        return None  # spaces, quotes, angle brackets or control characters: not an IRI as written
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "." not in host.strip(".") and host != "localhost":
        return None
    return value


def metadata_triples(key: str, value: str, script: str = "Hans") -> list[tuple[str, str]]:
    """The (predicate, object) pairs a field of a file's own metadata gives its Document (titles in the file's ``script``)."""
    if key in ("issued", "created"):
        d = _date(value)
        pred = DCTERMS.issued if key == "issued" else DCTERMS.created
        return [(pred, nt.typed(d, str(XSD.date)))] if d else []
    if key in ("subject", "keywords"):
        return [(DCTERMS.subject, _lit(value))]
    if key == "title":
        return [(DCTERMS.title, nt.lang(value, script_tag(script)))]
    if key == "url":
        iri = http_iri(value)
        return [(DCTERMS.source, f"<{iri}>")] if iri else []
    simple = {"index_number": PKG.indexNumber, "issuer": PKG.issuerAsRecorded, "document_number": PKG.documentNumberAsRecorded}
    return [(simple[key], _lit(value))] if key in simple else []

# The output bound: a document's graph has at most QUADS_BASE + QUADS_PER_CHAR × (characters of its
# text) triples. Graphs of real policy texts stay far below it (the bundled corpus and the 1,323
# documents of realdocs: at most 0.64 per character, measured); a text made to multiply its output
# (issue 16) is cut at the bound, item by item, with a warning on the document.
QUADS_BASE = 2_000
QUADS_PER_CHAR = 3
CUT_WARNING = "graph cut at the output bound"


class _Full(Exception):
    """The graph reached its bound: the item being written is taken back and the rest left out."""


def compact(s: str) -> str:
    """Remove white space (names broken across lines)."""
    return _WS_RE.sub("", s)


PKG_NS = ONTOLOGY_IRI + "#"
_ENTITY_SUBJECTS = tuple(f"<{ID_BASE}{kind}/" for kind in ENTITY_KINDS)
# What describes an entity whichever document names it; every other statement is the document's.
_DESCRIPTION = frozenset(
    f"<{p}>"
    for p in (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/2004/02/skos/core#broader", "http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title",
        f"{PKG_NS}resolved", f"{PKG_NS}level", f"{PKG_NS}jurisdiction", f"{PKG_NS}code",
    )
)


def split_entity_lines(lines: frozenset[str] | set[str]) -> tuple[set[str], set[str]]:
    """N-Triples lines split into the document's own and the shared entity descriptions."""
    own: set[str] = set()
    shared: set[str] = set()
    for line in lines:
        if line.startswith(_ENTITY_SUBJECTS):
            s_end = line.index(" ")
            p_end = line.index(" ", s_end + 1)
            if line[s_end + 1 : p_end] in _DESCRIPTION:
                shared.add(line)
                continue
        own.add(line)
    return own, shared


@dataclass
class DocumentGraph:
    """The named graph of one document (as N-Triples lines) and what the build reports about it."""

    iri: URIRef
    triples: frozenset[str]
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.triples)

    def nquads(self) -> str:
        """The sorted N-Quads: what the document says in its named graph, shared entity descriptions in ENTITIES_GRAPH."""
        own, shared = split_entity_lines(self.triples)
        doc, ent = f" <{self.iri}> .\n", f" <{ENTITIES_GRAPH}> .\n"
        return "".join(sorted([*(t[:-2] + doc for t in own), *(t[:-2] + ent for t in shared)]))

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (for SHACL, tests and callers that want rdflib terms)."""
        g = Graph()
        g.parse(data="\n".join(sorted(self.triples)), format="nt")
        return g


class _Emitter:
    def __init__(self, rd: ResolvedDocument) -> None:
        self.rd, self.src, self.norm, self.ex = rd, rd.source, rd.norm, rd.extraction
        self.lines: set[str] = set()
        self.doc_iri = document_iri(self.src.content_hash)
        self.doc = nt.ref(str(self.doc_iri))
        self.key = self.src.content_hash[:16]
        self._regions_done: set[str] = set()
        self._units_done: set[tuple[str, str, str]] = set()
        self._evidence_nodes: dict[tuple[int, int], str] = {}
        self.budget = float("inf")  # set once the document's own description is written
        self._added: list[str] = []  # lines in the order they were added, to take back an item that did not fit
        self.left_out: dict[str, tuple[int, int]] = {}  # what the bound left out: kind -> (left out, of)

    # --- helpers -------------------------------------------------------------------
    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} ."
        if line in self.lines:
            return
        if len(self.lines) >= self.budget:
            raise _Full
        self.lines.add(line)
        self._added.append(line)

    def each(self, kind: str, items: list, write) -> int:
        """``write`` each item while the graph stays within its bound; return how many were written.

        An item that would pass the bound is taken back whole (``add`` raised _Full), and it and
        every item after it, of this kind and of the kinds written after it, are left out.
        """
        if self.left_out:  # an earlier kind was cut: nothing more is written
            if items:
                self.left_out[kind] = (len(items), len(items))
            return 0
        for k, item in enumerate(items):
            mark = len(self._added)
            try:
                write(item)
            except _Full:
                for line in self._added[mark:]:
                    self.lines.discard(line)
                del self._added[mark:]
                self.left_out[kind] = (len(items) - k, len(items))
                return k
        return len(items)

    def _cut_warning(self) -> str:
        """The warning of a graph that the bound cut: the bound, and what was left out."""
        chars = len(self.norm.text)
        what = ", ".join(f"{n:,} of {total:,} {kind}" for kind, (n, total) in self.left_out.items())
        return (
            f"{CUT_WARNING}: {int(self.budget):,} triples for {chars:,} characters "
            f"({QUADS_BASE:,} + {QUADS_PER_CHAR} per character); left out {what}"
        )

    @overload
    def region(self, name: str) -> str: ...
    @overload
    def region(self, name: None) -> None: ...
    @overload
    def region(self, name: str | None) -> str | None: ...
    def region(self, name: str | None) -> str | None:
        """The node of a region (and its parents), added once."""
        if name is None:
            return None
        node = mint("region", name)
        if name not in self._regions_done:
            self._regions_done.add(name)
            r = self.rd.regions[name]
            self.add(node, RDF.type, PKG.Region)
            self.add(node, RDFS.label, _zh(r.name))
            self.add(node, PKG.level, _lit(r.level))
            if r.code:
                self.add(node, DCTERMS.identifier, _lit(r.code))  # GB/T 2260
            if r.parent is not None:
                parent_node = self.region(r.parent)
                self.add(node, PKG.withinRegion, parent_node)
                # skos:broader too, so that ?r skos:broader* <…/山东省> finds every region inside it.
                self.add(node, SKOS.broader, parent_node)
        return node

    def evidence(self, span: Span, supports: str, context: str | None) -> str:
        """An Evidence node for a span of the normalised text, pointing into the original file."""
        node = self._evidence_nodes.get((span.start, span.end))
        if node is None:
            # A sentence is evidence for each of its mentions: describe it once.
            start, end = self.norm.to_original(span.start, span.end)
            node = self._evidence_nodes[span.start, span.end] = mint("evidence", self.key, str(start), str(end))
            # A Web Annotation specific resource: the part of the document (oa:hasSource) that its
            # selector picks out, so that annotation tools find both. The selector is a node of its
            # own (minted, not blank, so removing a document's graph removes it exactly).
            selector = mint("selector", self.key, str(start), str(end))
            self.add(node, RDF.type, PKG.Evidence)
            self.add(node, RDF.type, OA.SpecificResource)
            self.add(node, OA.hasSource, self.doc)
            self.add(node, PKG.sourceDocument, self.doc)
            self.add(node, OA.hasSelector, selector)
            self.add(selector, RDF.type, OA.TextPositionSelector)
            self.add(selector, RDF.type, OA.TextQuoteSelector)
            self.add(selector, OA.start, nt.integer(start))
            self.add(selector, OA.end, nt.integer(end))
            self.add(selector, OA.exact, nt.exact(self.norm.original[start:end]))
            page = self.src.page_of(start)
            if page is not None:
                self.add(node, PKG.page, nt.integer(page))
        self.add(node, PKG.supports, supports)
        if context is not None:
            self.add(node, PKG.context, context)
        return node

    def unit(self, u: ResolvedUnit, surface_original: str) -> str:
        """The node of a responsible unit (agency or collective group)."""
        if u.kind == "group":
            node = mint("group", u.region.name if u.region else "", u.label)
        else:
            node = mint("agency", u.label, self.key) if u.local else mint("agency", u.label)
        done = (node, u.surface, surface_original)
        if done in self._units_done:
            return node
        self._units_done.add(done)
        if u.kind == "group":
            self.add(node, RDF.type, PKG.AgencyGroup)
        else:
            self.add(node, RDF.type, PKG.Agency)
            if u.kind == "organisation":  # an enterprise, bank, university…: no government level
                self.add(node, RDF.type, PKG.Organisation)
            elif u.kind == "public_institution":  # a government's 事业单位: its level, not an administrative body
                self.add(node, RDF.type, PKG.PublicInstitution)
            self.add(node, SKOS.prefLabel, _zh(u.label))
            self.add(node, PKG.resolved, nt.boolean(u.resolved))
            if u.authority_iri:  # the concept of the user's authority file (--authority) that names it
                self.add(node, SKOS.exactMatch, nt.ref(u.authority_iri))
            if u.kind != "organisation":
                self.add(node, PKG.level, _lit(u.level))
        self.add(node, RDFS.label, _zh(u.label))
        for alt in {u.surface, surface_original} - {u.label}:
            if alt:
                # The form as written in a Traditional file is Traditional; the normalised one Simplified.
                as_written = alt == surface_original and alt != u.surface
                tag = script_tag(self.norm.script) if as_written else HANS
                self.add(node, SKOS.altLabel, nt.lang(compact(alt), tag))
        reg = self.region(u.region.name if u.region is not None else None)
        if reg is not None:
            self.add(node, PKG.jurisdiction, reg)
        return node

    def plan_node(self, k: int) -> str:
        """The node of part ``k``'s plan; an edition (a 文号 or date stated) is also dcterms:isVersionOf the work its title names."""
        ident = self.rd.part_identity(k)
        node = mint("plan", *ident)
        if len(ident) == 2 and (k > 0 or self.rd.titled):
            # The work is what a citation by title names (pkg:cites → mint("plan", title)).
            self.add(node, DCTERMS.isVersionOf, mint("plan", ident[0]))
        return node

    # --- the document ---------------------------------------------------------------
    def emit(self) -> DocumentGraph:
        rd, src, ex, doc = self.rd, self.src, self.ex, self.doc
        add = self.add
        _document_node(add, doc, src, list(rd.names), self.norm.script, len(self.norm.original))

        title = rd.title
        plan = self.plan_node(0)
        add(plan, RDF.type, PKG.Plan)
        add(plan, RDFS.label, _zh(title))
        if rd.titled:
            # An untitled text's plan is labelled by its file for display; a file name is no title.
            add(plan, DCTERMS.title, _zh(title))
        add(plan, PROV.wasDerivedFrom, doc)
        if ex.title_span is not None:
            self.evidence(ex.title_span, plan, plan)
        if ex.doc_number:
            add(plan, PKG.documentNumber, _lit(ex.doc_number))
        if ex.date:
            add(plan, DCTERMS.issued, nt.typed(ex.date, str(XSD.date)))
        if ex.period:
            add(plan, PKG.periodStart, nt.typed(str(ex.period[0]), str(XSD.gYear)))
            add(plan, PKG.periodEnd, nt.typed(str(ex.period[1]), str(XSD.gYear)))
        jur = self.region(rd.region.name if rd.region is not None else None)
        if jur is not None:
            add(plan, PKG.jurisdiction, jur)
        # Everything after the document and its plan counts against the bound.
        self.budget = QUADS_BASE + QUADS_PER_CHAR * len(self.norm.text)

        def issuer(ref) -> None:
            add(plan, PKG.issuedBy, self.unit(ref.unit, ref.original))

        if self.each("issuers", list(rd.issuers), issuer) == len(rd.issuers) and ex.issuer_span is not None:
            self.each("issuers", [ex.issuer_span], lambda span: self.evidence(span, plan, plan))

        plans = [plan]

        def scheme(k_part) -> None:
            k, part = k_part
            sub = self.plan_node(k)
            add(sub, RDF.type, PKG.Plan)
            add(sub, RDFS.label, _zh(part.title))
            add(sub, DCTERMS.title, _zh(part.title))
            add(sub, PROV.wasDerivedFrom, doc)
            add(sub, PKG.partOf, plan)
            if jur is not None:
                add(sub, PKG.jurisdiction, jur)
            if ex.period:
                add(sub, PKG.periodStart, nt.typed(str(ex.period[0]), str(XSD.gYear)))
                add(sub, PKG.periodEnd, nt.typed(str(ex.period[1]), str(XSD.gYear)))
            if part.span is not None:
                self.evidence(part.span, sub, sub)
            plans.append(sub)

        self.each("schemes", list(enumerate(rd.parts))[1:], scheme)
        # Items of a scheme that was left out are left out too (the bound stops everything after it).

        def citation(c) -> None:
            cited = mint("plan", *rd.cited_identity(c))
            add(cited, RDF.type, PKG.Plan)
            add(cited, RDFS.label, _zh(c.title))
            source = plans[c.part]
            add(source, PKG.cites, cited)
            self.evidence(c.sentence, cited, source)

        n_citations = self.each("citations", list(rd.citations), citation)

        def group(g) -> None:
            label = g.label
            node = mint("group", rd.region.name if rd.region else "", label)
            add(node, RDF.type, PKG.AgencyGroup)
            add(node, RDFS.label, _zh(label))
            if g.raw.name != label:
                add(node, SKOS.altLabel, _zh(g.raw.name))
            if jur is not None:
                add(node, PKG.jurisdiction, jur)
            owner = plans[g.part]
            add(owner, PKG.hasAgencyGroup, node)
            self.evidence(g.raw.sentence, node, owner)

        self.each("coordinating bodies", list(rd.groups), group)

        mention_nodes = self._mentions(plans)
        n_tasks = self._tasks(plans, mention_nodes)
        n_targets = self._targets(plans)
        written = [m.raw for m, _node in mention_nodes]
        counts = {
            "tasks": n_tasks,
            "targets": n_targets,
            "citations": n_citations,
            "parks": len({m.text for m in written if m.kind == "park"}),
            "chains": len({m.text for m in written if m.kind == "chain"}),
            "technologies": len({m.text for m in written if m.kind == "technology"}),
        }
        warnings = list(rd.warnings)
        if self.left_out:
            warnings.append(self._cut_warning())
        return DocumentGraph(self.doc_iri, frozenset(self.lines), title, counts, warnings)

    def _mentions(self, plans: list[str]) -> list[tuple[ResolvedMention, str]]:
        """The mentions' nodes, for those written within the bound."""
        seen: set[tuple[str, str, int]] = set()
        nodes: list[tuple[ResolvedMention, str]] = []
        # The tagger's confidence that the document names it: the best of its occurrences (ontology, pkg:confidence).
        best: dict[tuple[str, str], float] = {}
        for rm in self.rd.mentions:
            if rm.raw.confidence is not None:
                k = (rm.raw.kind, rm.raw.text)
                best[k] = max(best.get(k, 0.0), rm.raw.confidence)

        def mention(rm: ResolvedMention) -> None:
            m = rm.raw
            node = mint(m.kind, m.text)
            # Every occurrence is evidence (what a park hosts = what its sentences name).
            self.evidence(m.sentence, node, plans[m.part])
            key = (m.kind, m.text, m.part)
            if key not in seen:
                self.add(node, RDF.type, _KIND_CLASS[m.kind])
                self.add(node, RDFS.label, _zh(m.text))
                if (m.kind, m.text) in best:
                    self.add(node, PKG.confidence, nt.decimal(Decimal(str(best[m.kind, m.text]))))
                if m.kind != "park":
                    self.add(node, SKOS.prefLabel, _zh(m.text))
                self.add(plans[m.part], _KIND_PROP[m.kind], node)
                industry = rm.industry
                if industry is not None:
                    # 智能传感器产业集群 and 智能传感器产业链 are forms of 智能传感器产业: documents that name
                    # the industry in different forms meet at one concept.
                    broader = mint("chain", industry)
                    self.add(node, SKOS.broader, broader)
                    self.add(broader, RDF.type, PKG.IndustryChain)
                    self.add(broader, RDFS.label, _zh(industry))
                    self.add(broader, SKOS.prefLabel, _zh(industry))
                seen.add(key)  # only once it is written whole (an item taken back is not seen)
            nodes.append((rm, node))

        self.each("mentions", list(self.rd.mentions), mention)
        return nodes

    def _tasks(self, plans: list[str], mentions: list[tuple[ResolvedMention, str]]) -> int:
        ordered = sorted(((m.raw.span.start, m.raw.kind, node) for m, node in mentions), key=lambda x: x[0])
        starts = [start for start, _kind, _node in ordered]
        tasks = self.rd.tasks

        def window(a: int, b: int) -> list[tuple[int, str, str]]:
            return ordered[bisect_left(starts, a) : bisect_left(starts, b)]

        def task(rt) -> None:
            n, t = rt.ordinal, rt.raw
            node = mint("task", self.key, str(n))
            plan = plans[t.part]
            self.add(node, RDF.type, PKG.Task)
            heading = t.heading or t.section_path
            self.add(node, RDFS.label, _zh(heading) if heading else nt.lang(f"task {n}", "en"))
            self.add(node, PROV.wasDerivedFrom, self.doc)
            self.add(node, PKG.ordinal, nt.integer(n))
            if t.section_path:
                self.add(node, PKG.sectionPath, _lit(t.section_path))
            self.add(node, PKG.responsibleAsWritten, _lit(t.bracket.text[1:-1].strip()))
            self.add(plan, PKG.hasTask, node)
            self.add(node, PKG.evidence, self.evidence(t.bracket, node, plan))
            if t.heading_span is not None:
                self.add(node, PKG.evidence, self.evidence(t.heading_span, node, plan))
            for ref in rt.units:
                unit = self.unit(ref.unit, ref.original)
                self.add(node, PKG.responsibleAgency, unit)
                if ref.lead:
                    self.add(node, PKG.leadAgency, unit)
            # What the item's own text mentions: its heading, and the text from the heading or the
            # previous bracket (whichever is later) to this bracket. Not the text of the brackets
            # before it under the same heading: n brackets under one heading made n² links (issue 16).
            prev_end = tasks[n - 2].raw.bracket.end if n > 1 else 0
            h = t.heading_span
            if h is not None and prev_end > h.start:
                found = window(h.start, h.end) + window(max(prev_end, h.end), t.bracket.start)
            else:
                found = window(h.start if h is not None else prev_end, t.bracket.start)
            for _start, kind, mnode in found:
                self.add(node, _KIND_PROP[kind], mnode)

        return self.each("tasks", list(tasks), task)

    def _targets(self, plans: list[str]) -> int:
        def target(rt) -> None:
            n, t, value, value_max = rt.ordinal, rt.raw, rt.value, rt.value_max
            node = mint("target", self.key, str(n))
            plan = plans[t.part]
            self.add(node, RDF.type, PKG.Target)
            self.add(node, RDFS.label, _zh(f"{t.metric} {t.value}{t.unit}"))
            self.add(node, PKG.metric, _lit(t.metric))
            self.add(node, PKG.targetValue, nt.decimal(value))
            if value_max is not None:
                self.add(node, PKG.targetValueMax, nt.decimal(value_max))
            self.add(node, PKG.valueAsWritten, _lit(t.value))
            self.add(node, PKG.unit, _lit(t.unit))
            year = t.year
            if year:
                self.add(node, PKG.targetYear, nt.typed(str(year), str(XSD.gYear)))
            if t.qualifier:
                self.add(node, PKG.qualifier, _lit(t.qualifier))
            if t.period:
                self.add(node, PKG.period, _lit(t.period))
            self.add(node, PROV.wasDerivedFrom, self.doc)
            self.add(plan, PKG.hasTarget, node)
            self.add(node, PKG.evidence, self.evidence(t.sentence, node, plan))

        return self.each("targets", list(self.rd.targets), target)


def _document_node(add, doc: str, src: SourceFile, names: list[str], script: str, chars: int) -> None:  # noqa: ANN001 - add is _Emitter.add or a set's
    """The Document node: identifiers, hash, encoding, script, size, reader and the file's own metadata."""
    add(doc, RDF.type, PKG.Document)
    for name in names:
        add(doc, DCTERMS.identifier, _lit(name))
    add(doc, PKG.contentHash, _lit(src.content_hash))
    add(doc, PKG.encoding, _lit(src.encoding))
    add(doc, PKG.script, _lit(script))
    add(doc, PKG.charCount, nt.integer(chars))
    if src.format != "text":
        # Offsets point into the text the reader made of the file; say which reader.
        add(doc, DCTERMS.format, _lit(src.media_type))
        add(doc, PKG.reader, _lit(src.reader))
    for field_name, value in src.metadata:
        for pred, obj in metadata_triples(field_name, value, script):
            add(doc, pred, obj)


def alternate_graph(src: SourceFile, script: str, names: list[str], canonical_hash: str, title: str) -> DocumentGraph:
    """The graph of a re-publication: its own Document node, ``prov:alternateOf`` the document whose plan it repeats, nothing else.

    The plan, tasks and targets are the canonical document's: a Traditional copy of a Simplified
    plan would otherwise add every task a second time to the same plan node.
    """
    doc_iri = document_iri(src.content_hash)
    doc = nt.ref(str(doc_iri))
    lines: set[str] = set()

    def add(s: str, p: str, o: str) -> None:
        lines.add(f"{s} {p} {o} .")

    _document_node(add, doc, src, sorted(names), script, len(src.text))
    add(doc, PROV.alternateOf, nt.ref(str(document_iri(canonical_hash))))
    return DocumentGraph(doc_iri, frozenset(lines), title, {}, [])


def document_graph(doc: ResolvedDocument) -> DocumentGraph:
    """The RDF of one resolved document: its Document, Plan(s), Tasks, Agencies, Targets, mentions and evidence."""
    return _Emitter(doc).emit()
