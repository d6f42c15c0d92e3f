"""The OWL ontology (ontology/policykg.ttl) and the SHACL shapes (ontology/shapes.ttl).

Checks that the ontology declares exactly the terms of ``graphbuild.vocab.PKG``, aligns
each class with its standard superclass, labels every term in English and Chinese, stays
loadable as a self-contained OWL 2 DL ontology, and that the shapes accept a small
well-formed graph and reject broken ones with the expected focus nodes.
"""

from __future__ import annotations

import pathlib
from decimal import Decimal

import pyoxigraph
import pyshacl
import pyshacl.errors
import pytest
import rdflib.namespace
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

from graphbuild.vocab import ELI, OA, ORG, PKG

ONTOLOGY_DIR = pathlib.Path(__file__).parents[1] / "ontology"
ONTOLOGY_TTL = ONTOLOGY_DIR / "policykg.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"

PKG_NS = "https://w3id.org/policykg/ontology#"
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ID = Namespace("https://w3id.org/policykg/id/")
# A plain Namespace: pytest probes module globals for ``_mock_name``, which makes
# rdflib's DefinedNamespace XSD emit a warning.
XSD = Namespace(str(rdflib.namespace.XSD))

DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
ENTITY_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD))
# The datatypes of the OWL 2 datatype map that this ontology may name.
OWL2_DATATYPES = {
    RDFS.Literal, RDF.PlainLiteral, RDF.langString, XSD.string, XSD.boolean, XSD.decimal,
    XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.double, XSD.dateTime,
    XSD.anyURI,
}


def pkg_names() -> set[str]:
    """Local names of the terms of graphbuild.vocab.PKG."""
    return {name for name in PKG.__annotations__ if not name.startswith("_")}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


# --------------------------------------------------------------------------------------
# The ontology
# --------------------------------------------------------------------------------------


def test_ontology_parses_with_rdflib_and_pyoxigraph(onto: Graph) -> None:
    ox = list(pyoxigraph.parse(path=str(ONTOLOGY_TTL), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(ox) == len(onto) > 300
    ontology = URIRef("https://w3id.org/policykg/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in onto
    assert onto.value(ontology, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ontology, DCTERMS.title) is not None
    assert onto.value(ontology, DCTERMS.description) is not None
    assert not list(onto.objects(ontology, OWL.imports))


def test_declared_terms_equal_vocab(onto: Graph) -> None:
    declared = {
        str(s)[len(PKG_NS):]
        for t in DECLARATION_TYPES
        for s in onto.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(PKG_NS)
    }
    assert declared == pkg_names()
    # ... and no undeclared pkg: IRI is used anywhere in the file.
    used = {str(n)[len(PKG_NS):] for triple in onto for n in triple
            if isinstance(n, URIRef) and str(n).startswith(PKG_NS)}
    assert used <= pkg_names()


def test_each_term_has_exactly_one_kind(onto: Graph) -> None:
    for name in pkg_names():
        kinds = {t for t in ENTITY_TYPES if (PKG[name], RDF.type, t) in onto}
        assert len(kinds) == 1, (name, kinds)


CLASS_ALIGNMENT = {
    "Document": {PROV.Entity, FOAF.Document},
    "Plan": {ELI.Work, PROV.Plan},
    "Task": {PROV.Entity},
    "Agency": {ORG.FormalOrganization, ORG.Organization},
    "AgencyGroup": {ORG.Organization},
    "Region": {PROV.Location, DCTERMS.Location},
    "IndustryChain": {SKOS.Concept},
    "Technology": {SKOS.Concept},
    "Park": {ORG.Site},
    "Target": {PROV.Entity},
    "Evidence": {OA.SpecificResource},
}


@pytest.mark.parametrize("name", sorted(CLASS_ALIGNMENT))
def test_class_alignment(onto: Graph, name: str) -> None:
    assert (PKG[name], RDF.type, OWL.Class) in onto
    supers = set(onto.objects(PKG[name], RDFS.subClassOf))
    assert CLASS_ALIGNMENT[name] <= supers


def test_disjointness(onto: Graph) -> None:
    (axiom,) = list(onto.subjects(RDF.type, OWL.AllDisjointClasses))
    members = set(onto.items(onto.value(axiom, OWL.members)))
    assert members == {PKG[n] for n in ("Agency", "AgencyGroup", "Region", "Park", "Plan",
                                        "Task", "Target", "Document", "Evidence")}
    # IndustryChain and Technology may share instances (工业互联网). Of the kinds of Agency, a public
    # institution (事业单位) is never an organisation that is not government.
    assert set(onto.subject_objects(OWL.disjointWith)) == {(PKG.PublicInstitution, PKG.Organisation)}
    assert {PKG.Agency, ORG.FormalOrganization} <= set(onto.objects(PKG.PublicInstitution, RDFS.subClassOf))


def test_every_term_labelled_in_english_and_chinese(onto: Graph) -> None:
    for name in sorted(pkg_names()):
        labels = list(onto.objects(PKG[name], RDFS.label))
        langs = {lab.language for lab in labels}
        assert {"en", "zh"} <= langs, name
        zh = next(lab for lab in labels if lab.language == "zh")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), name
        assert any(c.language == "en" for c in onto.objects(PKG[name], RDFS.comment)), name


def test_property_signatures(onto: Graph) -> None:
    def rng(name: str):
        return onto.value(PKG[name], RDFS.range)

    assert rng("issuedBy") == ORG.Organization
    assert rng("responsibleAgency") == ORG.Organization
    assert rng("targetValue") == XSD.decimal
    assert rng("ordinal") == XSD.integer
    assert rng("resolved") == XSD.boolean
    assert rng("jurisdiction") == PKG.Region
    assert onto.value(PKG.jurisdiction, RDFS.domain) is None
    assert (PKG.leadAgency, RDFS.subPropertyOf, PKG.responsibleAgency) in onto
    assert (PKG.parentOrganization, RDFS.subPropertyOf, ORG.subOrganizationOf) in onto
    assert (PKG.withinRegion, RDF.type, OWL.TransitiveProperty) in onto
    assert (PKG.evidence, OWL.inverseOf, PKG.supports) in onto
    assert (PKG.Agency, RDFS.subClassOf, ORG.Organization) in onto


def test_owl2_dl_friendly(onto: Graph) -> None:
    """Every non-built-in IRI the axioms use is declared once; datatypes are OWL 2's."""
    declared: dict[URIRef, set[URIRef]] = {}
    for t in ENTITY_TYPES:
        for s in onto.subjects(RDF.type, t):
            if isinstance(s, URIRef):
                declared.setdefault(s, set()).add(t)
    punned = {s: kinds for s, kinds in declared.items() if len(kinds) > 1}
    assert not punned

    def builtin(iri: URIRef) -> bool:
        return str(iri).startswith(BUILTIN_NAMESPACES)

    for s, p, o in onto:
        if not builtin(p):
            assert p in declared, f"predicate {p} not declared"
        if p in (RDFS.subClassOf, RDFS.domain) and isinstance(o, URIRef):
            assert OWL.Class in declared.get(o, set()), o
        if p in (RDFS.subPropertyOf, OWL.inverseOf):
            assert isinstance(o, URIRef) and o in declared, o
        if p == RDFS.range and isinstance(o, URIRef):
            if OWL.DatatypeProperty in declared.get(s, set()):
                assert o in OWL2_DATATYPES, (s, o)
            else:
                assert OWL.Class in declared.get(o, set()), (s, o)


# --------------------------------------------------------------------------------------
# The shapes
# --------------------------------------------------------------------------------------

SOURCE_TEXT = (
    "重慶市人民政府辦公廳關于印發重慶市推動制造業高質量發展重點專項實施方案的通知\r\n"
    "渝府辦發〔2021〕80號\r\n"
    "到2025年，規上工業企業營業收入達到500億元。\r\n"
    "（一）持續完善和提升重點產業鏈。（責任單位：市經濟信息委、市發展改革委，各區縣）\r\n"
)
TASK_PASSAGE = "（一）持續完善和提升重點產業鏈。（責任單位：市經濟信息委、市發展改革委，各區縣）"
TARGET_PASSAGE = "到2025年，規上工業企業營業收入達到500億元。"

CONTENT_HASH = "0f" * 32
DOC = ID["doc/" + CONTENT_HASH[:16]]
PLAN = ID["plan/aaaaaaaaaaaaaaaa"]
TASK = ID["task/bbbbbbbbbbbbbbbb"]
LEAD = ID["agency/cccccccccccccccc"]
OTHER = ID["agency/dddddddddddddddd"]
DISTRICTS = ID["group/eeeeeeeeeeeeeeee"]
CHONGQING = ID["region/ffffffffffffffff"]
TARGET = ID["target/1111111111111111"]
EV_TASK = ID["evidence/2222222222222222"]
EV_TARGET = ID["evidence/3333333333333333"]


def sel(node: URIRef) -> URIRef:
    """The Web Annotation selector of an evidence node (as emit.py mints it: same key, kind selector)."""
    return URIRef(str(node).replace("/evidence/", "/selector/"))


def evidence(g: Graph, node: URIRef, passage: str, supports: list[URIRef]) -> None:
    start = SOURCE_TEXT.index(passage)
    g.add((node, RDF.type, PKG.Evidence))
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, DOC))
    g.add((node, OA.hasSelector, sel(node)))
    g.add((sel(node), RDF.type, OA.TextPositionSelector))
    g.add((sel(node), RDF.type, OA.TextQuoteSelector))
    g.add((sel(node), OA.start, Literal(start, datatype=XSD.integer)))
    g.add((sel(node), OA.end, Literal(start + len(passage), datatype=XSD.integer)))
    g.add((sel(node), OA.exact, Literal(passage)))
    g.add((node, PKG.sourceDocument, DOC))
    g.add((node, PKG.context, PLAN))
    for s in supports:
        g.add((node, PKG.supports, s))
        g.add((s, PKG.evidence, node))


def good_graph() -> Graph:
    g = Graph()
    g.add((DOC, RDF.type, PKG.Document))
    g.add((DOC, PKG.contentHash, Literal(CONTENT_HASH)))
    g.add((DOC, DCTERMS.identifier, Literal("004_41ef264a0a45cb47.txt")))
    g.add((DOC, PKG.encoding, Literal("utf-8")))
    g.add((DOC, PKG.script, Literal("Hant")))
    g.add((DOC, PKG.charCount, Literal(len(SOURCE_TEXT))))

    g.add((CHONGQING, RDF.type, PKG.Region))
    g.add((CHONGQING, RDFS.label, Literal("重庆市")))
    g.add((CHONGQING, PKG.level, Literal("municipality")))

    g.add((PLAN, RDF.type, PKG.Plan))
    g.add((PLAN, RDFS.label, Literal("重庆市推动制造业高质量发展重点专项实施方案")))
    g.add((PLAN, PROV.wasDerivedFrom, DOC))
    g.add((PLAN, PKG.documentNumber, Literal("渝府办发〔2021〕80号")))
    g.add((PLAN, PKG.jurisdiction, CHONGQING))
    g.add((PLAN, PKG.periodStart, Literal("2021", datatype=XSD.gYear)))
    g.add((PLAN, PKG.periodEnd, Literal("2025", datatype=XSD.gYear)))
    g.add((PLAN, PKG.hasTask, TASK))
    g.add((PLAN, PKG.hasTarget, TARGET))

    for agency, name, surface in ((LEAD, "重庆市经济和信息化委员会", "市經濟信息委"),
                                  (OTHER, "重庆市发展和改革委员会", "市發展改革委")):
        g.add((agency, RDF.type, PKG.Agency))
        g.add((agency, RDFS.label, Literal(name)))
        g.add((agency, SKOS.prefLabel, Literal(name)))
        g.add((agency, SKOS.altLabel, Literal(surface)))
        g.add((agency, PKG.resolved, Literal(True)))
        g.add((agency, PKG.level, Literal("municipality")))
        g.add((agency, PKG.jurisdiction, CHONGQING))
    g.add((PLAN, PKG.issuedBy, LEAD))
    g.add((DISTRICTS, RDF.type, PKG.AgencyGroup))
    g.add((DISTRICTS, RDFS.label, Literal("重庆市各区县")))

    g.add((TASK, RDF.type, PKG.Task))
    g.add((TASK, RDFS.label, Literal("持续完善和提升重点产业链")))
    g.add((TASK, PROV.wasDerivedFrom, DOC))
    g.add((TASK, PKG.ordinal, Literal(1)))
    g.add((TASK, PKG.sectionPath, Literal("三/（一）")))
    g.add((TASK, PKG.responsibleAsWritten, Literal("市經濟信息委、市發展改革委，各區縣")))
    for unit in (LEAD, OTHER, DISTRICTS):
        g.add((TASK, PKG.responsibleAgency, unit))
    g.add((TASK, PKG.leadAgency, LEAD))
    evidence(g, EV_TASK, TASK_PASSAGE, [TASK])

    g.add((TARGET, RDF.type, PKG.Target))
    g.add((TARGET, PKG.metric, Literal("规上工业企业营业收入")))
    g.add((TARGET, PKG.targetValue, Literal(Decimal("50000000000"))))
    g.add((TARGET, PKG.valueAsWritten, Literal("500")))
    g.add((TARGET, PKG.unit, Literal("亿元")))
    g.add((TARGET, PKG.qualifier, Literal("达到")))
    g.add((TARGET, PKG.targetYear, Literal("2025", datatype=XSD.gYear)))
    g.add((TARGET, PROV.wasDerivedFrom, DOC))
    evidence(g, EV_TARGET, TARGET_PASSAGE, [TARGET, PLAN])
    return g


def validate(data: Graph, shapes: Graph, **kwargs) -> tuple[bool, Graph]:
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, **kwargs
    )
    return conforms, report


def violations(report: Graph) -> set[tuple[URIRef, URIRef]]:
    """(focus node, constraint component) of each top-level result of a report.

    Results nested under sh:detail (pyshacl's explanation of a failed sh:node) are
    not counted.
    """
    (rep,) = list(report.subjects(RDF.type, SH.ValidationReport))
    return {
        (report.value(r, SH.focusNode), report.value(r, SH.sourceConstraintComponent))
        for r in report.objects(rep, SH.result)
    }


def focus_nodes(report: Graph) -> set[URIRef]:
    return {focus for focus, _ in violations(report)}


def test_shapes_parse_with_rdflib_and_pyoxigraph(shapes: Graph) -> None:
    ox = list(pyoxigraph.parse(path=str(SHAPES_TTL), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(ox) == len(shapes)
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert str(shape).startswith("https://w3id.org/policykg/shapes#")


def test_shapes_use_only_vocab_terms(shapes: Graph) -> None:
    used = {str(n)[len(PKG_NS):] for triple in shapes for n in triple
            if isinstance(n, URIRef) and str(n).startswith(PKG_NS)}
    assert used <= pkg_names()
    targets = {str(c)[len(PKG_NS):] for c in shapes.objects(None, SH.targetClass) if str(c).startswith(PKG_NS)}
    assert targets == set(CLASS_ALIGNMENT)
    # The evidence's selector is checked as a focus node of its own (validate splits by focus node).
    others = {str(c) for c in shapes.objects(None, SH.targetClass) if not str(c).startswith(PKG_NS)}
    assert others == {"http://www.w3.org/ns/oa#TextPositionSelector", "http://www.w3.org/ns/oa#TextQuoteSelector"}


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    # meta_shacl=True first validates the shapes graph against the SHACL-SHACL shapes
    # (pyshacl raises when it does not conform), then the data graph.
    conforms, report = validate(good_graph(), shapes, meta_shacl=True)
    assert conforms, report.serialize(format="turtle")


def test_meta_shacl_catches_a_broken_shapes_graph(shapes: Graph) -> None:
    broken = Graph()
    for triple in shapes:
        broken.add(triple)
    shape = next(iter(shapes.objects(URIRef("https://w3id.org/policykg/shapes#TaskShape"),
                                     SH.property)))
    broken.add((shape, SH.maxCount, Literal("one")))
    with pytest.raises(pyshacl.errors.ReportableRuntimeError):
        validate(good_graph(), broken, meta_shacl=True)


def test_conforming_graph(shapes: Graph) -> None:
    conforms, report = validate(good_graph(), shapes)
    assert conforms, report.serialize(format="turtle")


def test_broken_graph_reports_expected_focus_nodes(shapes: Graph) -> None:
    g = good_graph()
    # Task without any agency.
    g.remove((TASK, PKG.responsibleAgency, None))
    g.remove((TASK, PKG.leadAgency, None))
    # Evidence with start > end.
    start = g.value(sel(EV_TARGET), OA.start)
    end = g.value(sel(EV_TARGET), OA.end)
    g.set((sel(EV_TARGET), OA.start, end))
    g.set((sel(EV_TARGET), OA.end, start))
    # Target value that is not an xsd:decimal.
    g.set((TARGET, PKG.targetValue, Literal("500亿元")))

    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {
        (TASK, SH.MinCountConstraintComponent),
        (EV_TARGET, SH.SPARQLConstraintComponent),
        (TARGET, SH.DatatypeConstraintComponent),
    }


def test_integer_target_value_is_not_decimal(shapes: Graph) -> None:
    # sh:datatype compares the datatype IRI: emit Literal(Decimal(...)), not Literal(int).
    g = good_graph()
    g.set((TARGET, PKG.targetValue, Literal(50000000000)))
    conforms, report = validate(g, shapes)
    assert not conforms and focus_nodes(report) == {TARGET}


def test_lead_agency_must_be_responsible(shapes: Graph) -> None:
    g = good_graph()
    g.remove((TASK, PKG.responsibleAgency, LEAD))
    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {(TASK, SH.SPARQLConstraintComponent)}


def test_untyped_unit_and_bad_region_level(shapes: Graph) -> None:
    g = good_graph()
    stranger = URIRef("https://example.org/not-typed")
    g.add((TASK, PKG.responsibleAgency, stranger))
    g.set((CHONGQING, PKG.level, Literal("province-level")))
    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {
        (TASK, SH.NodeConstraintComponent),
        (CHONGQING, SH.InConstraintComponent),
    }


def test_evidence_exact_must_match_offsets(shapes: Graph) -> None:
    g = good_graph()
    g.set((sel(EV_TASK), OA.exact, Literal(TASK_PASSAGE[:-1])))
    g.set((DOC, PKG.contentHash, Literal("0F" * 32)))
    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {
        (EV_TASK, SH.SPARQLConstraintComponent),
        (DOC, SH.PatternConstraintComponent),
    }


def test_range_target_bounds(shapes: Graph) -> None:
    g = good_graph()
    g.add((TARGET, PKG.targetValueMax, Literal(Decimal("30000000000"))))
    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {(TARGET, SH.LessThanOrEqualsConstraintComponent)}


def test_evidence_needs_its_web_annotation_source_and_selector(shapes: Graph) -> None:
    g = good_graph()
    g.remove((EV_TASK, OA.hasSource, None))
    g.remove((EV_TARGET, OA.hasSelector, None))
    conforms, report = validate(g, shapes)
    assert not conforms
    assert violations(report) == {
        (EV_TASK, SH.MinCountConstraintComponent),
        (EV_TASK, SH.EqualsConstraintComponent),
        (EV_TARGET, SH.MinCountConstraintComponent),
    }
