"""The policykg ontology terms and the instance IRI scheme.

Every term the code emits is declared here once, so that a typo fails at import time
(rdflib's ``DefinedNamespace`` raises on undeclared attributes).
"""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policykg/ontology"
ID_BASE = "https://w3id.org/policykg/id/"


class PKG(DefinedNamespace):
    """Terms of the policykg ontology (ontology/policykg.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes
    Document: URIRef
    Plan: URIRef
    Task: URIRef
    Agency: URIRef
    AgencyGroup: URIRef
    Organisation: URIRef
    PublicInstitution: URIRef
    Region: URIRef
    IndustryChain: URIRef
    Technology: URIRef
    Park: URIRef
    Target: URIRef
    Evidence: URIRef

    # Document
    contentHash: URIRef
    encoding: URIRef
    script: URIRef
    charCount: URIRef
    reader: URIRef
    indexNumber: URIRef
    issuerAsRecorded: URIRef
    documentNumberAsRecorded: URIRef

    # Plan
    issuedBy: URIRef
    cites: URIRef
    partOf: URIRef
    hasTask: URIRef
    hasTarget: URIRef
    jurisdiction: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    documentNumber: URIRef
    concernsChain: URIRef
    concernsTechnology: URIRef
    concernsPark: URIRef
    hasAgencyGroup: URIRef

    # Task
    responsibleAgency: URIRef
    leadAgency: URIRef
    ordinal: URIRef
    sectionPath: URIRef
    responsibleAsWritten: URIRef

    # Agency, AgencyGroup, Region
    resolved: URIRef
    level: URIRef
    withinRegion: URIRef
    parentOrganization: URIRef
    officeAt: URIRef
    locatedIn: URIRef

    # Target
    targetYear: URIRef
    targetValue: URIRef
    targetValueMax: URIRef
    valueAsWritten: URIRef
    unit: URIRef
    metric: URIRef
    qualifier: URIRef
    period: URIRef

    # Evidence (character offsets into the decoded original file)
    evidence: URIRef
    sourceDocument: URIRef
    page: URIRef
    supports: URIRef
    confidence: URIRef
    context: URIRef


OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ID = Namespace(ID_BASE)


def key(*parts: str) -> str:
    """Return a short stable key for canonical name parts (16 hex digits of SHA-256)."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def iri(kind: str, *parts: str) -> URIRef:
    """Mint the stable instance IRI of a ``kind`` (agency, plan, ...) from canonical names."""
    return URIRef(f"{ID_BASE}{kind}/{key(*parts)}")


# The prefixes of every serialisation and of queries (``graphbuild.query`` adds a few more).
PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
}

# The named graph that holds each shared entity's description once (types, labels, jurisdiction,
# broader): agencies, groups, regions, chains, technologies and parks. A document's own graph
# holds what that document says (its plans, tasks, targets, evidence and their links to the
# entities). See docs/architecture.md, "Store layout".
ENTITIES_GRAPH = "https://w3id.org/policykg/entities"
# The ontology is loaded into the store as a named graph of its own, named by its IRI.
ONTOLOGY_GRAPH = ONTOLOGY_IRI
# A plan too: documents that carry the same plan (a re-publication, a notice forwarding it) name one
# plan node, and its type, labels and jurisdiction must not repeat once per document.
ENTITY_KINDS = ("agency", "group", "region", "chain", "technology", "park", "plan")


def document_iri(content_hash: str) -> URIRef:
    """IRI (and named-graph name) of a source document, from its content hash."""
    return URIRef(f"{ID_BASE}doc/{content_hash[:16]}")
