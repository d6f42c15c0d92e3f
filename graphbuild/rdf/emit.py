"""Turn one document's resolved extraction into RDF: the N-Triples lines of the document's named graph."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD

from ..extract.model import Extraction, Mention, Span
from ..normalise import NormalisedText
from ..read import SourceFile
from ..resolve.agencies import ResolvedUnit, qualify_name, resolve_unit
from ..resolve.chains import industry_of
from ..resolve.regions import Jurisdiction, Region, gazetteer
from ..vocab import ID_BASE, key
from ..vocab import OA as _OA
from ..vocab import PKG as _PKG
from ..vocab import document_iri
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


def compact(s: str) -> str:
    """Remove white space (names broken across lines)."""
    return _WS_RE.sub("", s)


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
        """The sorted N-Quads of the document's named graph."""
        return nt.nquads(self.triples, str(self.iri))

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (for SHACL, tests and callers that want rdflib terms)."""
        g = Graph()
        g.parse(data="\n".join(sorted(self.triples)), format="nt")
        return g


class _Emitter:
    def __init__(self, src: SourceFile, norm: NormalisedText, ex: Extraction, names: list[str]) -> None:
        self.src, self.norm, self.ex = src, norm, ex
        self.lines: set[str] = set()
        self.doc_iri = document_iri(src.content_hash)
        self.doc = nt.ref(str(self.doc_iri))
        self.key = src.content_hash[:16]
        self.names = names
        self.year = int(ex.date[:4]) if ex.date else (ex.period[0] if ex.period else None)
        self._regions_done: set[str] = set()
        self._units_done: set[tuple[str, str, str]] = set()
        self._resolved: dict[tuple[str, str | None], ResolvedUnit] = {}
        self._evidence_nodes: dict[tuple[int, int], str] = {}

    # --- helpers -------------------------------------------------------------------
    def _part_of(self, pos: int) -> int:
        return max((i for i, p in enumerate(self.ex.parts) if p.start <= pos), default=0)

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o} .")

    def region(self, r: Region | None) -> str | None:
        """The node of a region (and its parents), added once."""
        if r is None:
            return None
        node = mint("region", r.name)
        if r.name not in self._regions_done:
            self._regions_done.add(r.name)
            self.add(node, RDF.type, PKG.Region)
            self.add(node, RDFS.label, _lit(r.name))
            self.add(node, PKG.level, _lit(r.level))
            parent = gazetteer().regions.get(r.parent) if r.parent else None
            if parent is not None:
                self.add(node, PKG.withinRegion, self.region(parent))
        return node

    def evidence(self, span: Span, supports: str, context: str | None) -> str:
        """An Evidence node for a span of the normalised text, pointing into the original file."""
        node = self._evidence_nodes.get((span.start, span.end))
        if node is None:
            # A sentence is evidence for each of its mentions: describe it once.
            start, end = self.norm.to_original(span.start, span.end)
            node = self._evidence_nodes[span.start, span.end] = mint("evidence", self.key, str(start), str(end))
            self.add(node, RDF.type, PKG.Evidence)
            self.add(node, OA.start, nt.integer(start))
            self.add(node, OA.end, nt.integer(end))
            self.add(node, OA.exact, _lit(self.norm.original[start:end]))
            self.add(node, PKG.sourceDocument, self.doc)
        self.add(node, PKG.supports, supports)
        if context is not None:
            self.add(node, PKG.context, context)
        return node

    def resolve(self, surface: str, ctx: Jurisdiction, list_prefix: str | None = None) -> ResolvedUnit:
        """``resolve_unit`` in this document's context, once per surface form (units repeat in every bracket)."""
        k = (surface, list_prefix)
        if k not in self._resolved:
            self._resolved[k] = resolve_unit(surface, ctx, year=self.year, list_prefix=list_prefix)
        return self._resolved[k]

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
            self.add(node, SKOS.prefLabel, _lit(u.label))
            self.add(node, PKG.resolved, nt.boolean(u.resolved))
            self.add(node, PKG.level, _lit(u.level))
        self.add(node, RDFS.label, _lit(u.label))
        for alt in {u.surface, surface_original} - {u.label}:
            if alt:
                self.add(node, SKOS.altLabel, _lit(compact(alt)))
        reg = self.region(u.region)
        if reg is not None:
            self.add(node, PKG.jurisdiction, reg)
        return node

    # --- the document ---------------------------------------------------------------
    def emit(self, ctx: Jurisdiction) -> DocumentGraph:
        src, ex, doc = self.src, self.ex, self.doc
        add = self.add
        add(doc, RDF.type, PKG.Document)
        for name in self.names:
            add(doc, DCTERMS.identifier, _lit(name))
        add(doc, PKG.contentHash, _lit(src.content_hash))
        add(doc, PKG.encoding, _lit(src.encoding))
        add(doc, PKG.script, _lit(self.norm.script))
        add(doc, PKG.charCount, nt.integer(len(self.norm.original)))

        title = ex.title or src.name
        plan = mint("plan", compact(title))
        add(plan, RDF.type, PKG.Plan)
        add(plan, RDFS.label, _lit(title))
        add(plan, DCTERMS.title, _lit(title))
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
        jur = self.region(ctx.region)
        if jur is not None:
            add(plan, PKG.jurisdiction, jur)
        for issuer in ex.issuers:
            u = self.resolve(issuer, ctx)
            node = self.unit(u, issuer)
            add(plan, PKG.issuedBy, node)
        if ex.issuer_span is not None:
            self.evidence(ex.issuer_span, plan, plan)

        plans = [plan]
        for part in ex.parts[1:]:
            sub = mint("plan", compact(part.title))
            add(sub, RDF.type, PKG.Plan)
            add(sub, RDFS.label, _lit(part.title))
            add(sub, DCTERMS.title, _lit(part.title))
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

        for c in ex.citations:
            cited = mint("plan", c.title)
            add(cited, RDF.type, PKG.Plan)
            add(cited, RDFS.label, _lit(c.title))
            source = plans[c.part]
            add(source, PKG.cites, cited)
            self.evidence(c.sentence, cited, source)

        for g in ex.groups:
            label = qualify_name(g.name, ctx)
            node = mint("group", ctx.region.name if ctx.region else "", label)
            add(node, RDF.type, PKG.AgencyGroup)
            add(node, RDFS.label, _lit(label))
            if g.name != label:
                add(node, SKOS.altLabel, _lit(g.name))
            if jur is not None:
                add(node, PKG.jurisdiction, jur)
            owner = plans[self._part_of(g.span.start)]
            add(owner, PKG.hasAgencyGroup, node)
            self.evidence(g.sentence, node, owner)

        mention_nodes = self._mentions(plans)
        n_tasks = self._tasks(ctx, plans, mention_nodes)
        n_targets = self._targets(plans)
        counts = {
            "tasks": n_tasks,
            "targets": n_targets,
            "citations": len(ex.citations),
            "parks": len({m.text for m in ex.mentions if m.kind == "park"}),
            "chains": len({m.text for m in ex.mentions if m.kind == "chain"}),
            "technologies": len({m.text for m in ex.mentions if m.kind == "technology"}),
        }
        return DocumentGraph(self.doc_iri, frozenset(self.lines), title, counts, list(ex.warnings))

    def _mentions(self, plans: list[str]) -> list[tuple[Mention, str]]:
        seen: set[tuple[str, str, int]] = set()
        nodes: list[tuple[Mention, str]] = []
        for m in self.ex.mentions:
            node = mint(m.kind, m.text)
            nodes.append((m, node))
            # Every occurrence is evidence (what a park hosts = what its sentences name).
            self.evidence(m.sentence, node, plans[m.part])
            key = (m.kind, m.text, m.part)
            if key in seen:
                continue
            seen.add(key)
            self.add(node, RDF.type, _KIND_CLASS[m.kind])
            self.add(node, RDFS.label, _lit(m.text))
            if m.kind != "park":
                self.add(node, SKOS.prefLabel, _lit(m.text))
            self.add(plans[m.part], _KIND_PROP[m.kind], node)
            industry = industry_of(m.text) if m.kind == "chain" else None
            if industry is not None:
                # 智能传感器产业集群 and 智能传感器产业链 are forms of 智能传感器产业: documents that name
                # the industry in different forms meet at one concept.
                broader = mint("chain", industry)
                self.add(node, SKOS.broader, broader)
                self.add(broader, RDF.type, PKG.IndustryChain)
                self.add(broader, RDFS.label, _lit(industry))
                self.add(broader, SKOS.prefLabel, _lit(industry))
        return nodes

    def _tasks(self, ctx: Jurisdiction, plans: list[str], mentions: list[tuple[Mention, str]]) -> int:
        mentions = sorted(mentions, key=lambda mn: mn[0].span.start)
        starts = [m.span.start for m, _node in mentions]
        prev_end = 0
        for n, t in enumerate(self.ex.tasks, start=1):
            task = mint("task", self.key, str(n))
            plan = plans[t.part]
            self.add(task, RDF.type, PKG.Task)
            self.add(task, RDFS.label, _lit(t.heading or t.section_path or f"task {n}"))
            self.add(task, PROV.wasDerivedFrom, self.doc)
            self.add(task, PKG.ordinal, nt.integer(n))
            if t.section_path:
                self.add(task, PKG.sectionPath, _lit(t.section_path))
            self.add(task, PKG.responsibleAsWritten, _lit(t.bracket.text[1:-1].strip()))
            self.add(plan, PKG.hasTask, task)
            self.add(task, PKG.evidence, self.evidence(t.bracket, task, plan))
            if t.heading_span is not None:
                self.add(task, PKG.evidence, self.evidence(t.heading_span, task, plan))
            leads = set(t.lead_indexes())
            for k, u in enumerate(t.units):
                original = self.norm.original_slice(u.span.start, u.span.end)
                r = self.resolve(u.surface, ctx, u.list_prefix)
                node = self.unit(r, original)
                self.add(task, PKG.responsibleAgency, node)
                if k in leads:
                    self.add(task, PKG.leadAgency, node)
            # What the item's own text mentions (from its heading, or the previous bracket, to this bracket).
            lo = t.heading_span.start if t.heading_span is not None else prev_end
            for m, node in mentions[bisect_left(starts, lo) : bisect_left(starts, t.bracket.start)]:
                self.add(task, _KIND_PROP[m.kind], node)
            prev_end = t.bracket.end
        return len(self.ex.tasks)

    def _targets(self, plans: list[str]) -> int:
        from ..extract.targets import parse_value

        n = 0
        for t in self.ex.targets:
            value, value_max, _base = parse_value(t.value, t.unit)
            if value is None:
                continue
            n += 1
            node = mint("target", self.key, str(n))
            plan = plans[t.part]
            self.add(node, RDF.type, PKG.Target)
            self.add(node, RDFS.label, _lit(f"{t.metric} {t.value}{t.unit}"))
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
        return n


def document_graph(src: SourceFile, norm: NormalisedText, ex: Extraction, ctx: Jurisdiction, names: list[str] | None = None) -> DocumentGraph:
    """The RDF of one document: its Document, Plan(s), Tasks, Agencies, Targets, mentions and evidence."""
    return _Emitter(src, norm, ex, sorted(names or [src.name])).emit(ctx)
