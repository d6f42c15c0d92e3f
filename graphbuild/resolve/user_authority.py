"""User authority files (``policykg build --authority FILE``): SKOS Turtle, or the filled-in ``policykg unresolved`` TSV.

Each file is read into ``UserConcept`` records here, once, when the RuleSet is loaded, so that a
bad file stops the build before any document is read (``RuleError`` naming the file, the line or
concept, and the fix). ``resolve.agencies.authority`` merges them with the bundled concepts: a
concept with the IRI of a bundled one replaces it, and a label a user concept has is the user
concept's only (bundled concepts lose it).
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

# The TSV template's columns (``policykg unresolved --format tsv``); count and documents are
# information for the person filling it in and are not read back.
TSV_COLUMNS = ("label", "count", "documents", "full_name", "kind", "authority_iri")
# What a user may write in the kind column (or dcterms:type of a Turtle concept).
AGENCY_KINDS = frozenset({"", "agency", "government"})
ORGANISATION_KINDS = frozenset({"organisation", "organization", "enterprise"})
USER_IRI_BASE = "https://w3id.org/policykg/authority/user/"
PKG_ORGANISATION = "https://w3id.org/policykg/ontology#Organisation"
# Bounds on what a user file may hold: the bundled file has 262 concepts and 646 labels, and no
# official name is longer than a few dozen characters. A file beyond them is a mistake or an attack.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_CONCEPTS = 50_000
MAX_LABEL_CHARS = 200
MAX_LABELS_PER_CONCEPT = 200
SUFFIXES = (".ttl", ".tsv")


@dataclass(frozen=True)
class UserConcept:
    """One concept of a user authority file: its IRI, full name, labels, scope, era and kind."""

    iri: str
    pref: str  # "" in a TSV row that only adds a label to the concept its IRI names
    alts: tuple[str, ...]
    spatial: str = ""  # "" applies in every region
    start: int | None = None
    end: int | None = None
    category: str = ""  # dcterms:type; "enterprise"/"organisation" make it a pkg:Organisation
    organisation: bool = False
    file: str = ""
    # The IRI is the user's (a Turtle concept, a TSV row's authority_iri), not minted from the full
    # name: the units the concept resolves are linked to it (skos:exactMatch).
    linked: bool = False


def _error(file: str, key: str, reason: str) -> Exception:
    from ..errors import RuleError

    return RuleError(file, key, reason, user=True)


def read_user_file(path: Path | str) -> tuple[str, bytes]:
    """The kind ("ttl" or "tsv") and bytes of one user authority file; a RuleError names it when it cannot be used."""
    p = Path(path)
    shown = str(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise _error(shown, "", "is not a .ttl (SKOS, as ontology/authority/agencies.ttl) or .tsv (`policykg unresolved --format tsv`, filled in) file")
    try:
        if not p.is_file():
            raise _error(shown, "", "no such file (give the path of a .ttl or .tsv authority file)")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(shown, "", f"is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} for an authority file; split it")
        data = p.read_bytes()
    except OSError as exc:
        raise _error(shown, "", f"cannot be read ({exc.strerror})") from exc
    return suffix[1:], data


def parse_user_file(name: str, kind: str, data: bytes) -> tuple[list[UserConcept], int]:
    """The concepts of one user file and how many TSV rows were left empty (skipped)."""
    if len(data) > MAX_FILE_BYTES:
        raise _error(name, "", f"is {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,} for an authority file; split it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _error(name, "", f"is not UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    if kind == "tsv":
        concepts, skipped = _parse_tsv(name, text)
    else:
        concepts, skipped = _parse_ttl(name, data), 0
    if len(concepts) > MAX_CONCEPTS:
        raise _error(name, "", f"has {len(concepts):,} concepts, over the limit of {MAX_CONCEPTS:,}; split it")
    return concepts, skipped


def _check_label(name: str, key: str, label: str) -> str:
    label = label.strip()
    if len(label) > MAX_LABEL_CHARS:
        raise _error(name, key, f"a label of {len(label):,} characters (over {MAX_LABEL_CHARS}); give the unit's name only")
    if any(ch in label for ch in "\n\r\t\0"):
        raise _error(name, key, "a label holds a line break, tab or NUL; give the name on one line")
    return label


def _kind(name: str, key: str, value: str) -> bool:
    """True for an organisation that is not a government body; a RuleError for an unknown kind."""
    v = value.strip().lower()
    if v in ORGANISATION_KINDS:
        return True
    if v in AGENCY_KINDS:
        return False
    raise _error(name, key, f"unknown kind {value!r}: write agency (a government body) or organisation (an enterprise, bank, university, association: not government)")


def _parse_ttl(name: str, data: bytes) -> list[UserConcept]:
    from rdflib.namespace import DCTERMS, RDF, SKOS
    from rdflib.term import URIRef

    from ..read.rdf import UnsafeRdfError, load_graph

    try:
        g = load_graph(data, format="turtle", max_bytes=MAX_FILE_BYTES)
    except UnsafeRdfError as exc:
        raise _error(name, "", f"{exc.reason}; fix the syntax (the format is that of ontology/authority/agencies.ttl)") from exc
    # A file copied from agencies.ttl names its scheme with a prefLabel too: the scheme is no concept.
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    concepts = (set(g.subjects(RDF.type, SKOS.Concept)) | set(g.subjects(SKOS.prefLabel, None)) | set(g.subjects(SKOS.altLabel, None))) - schemes
    if not concepts:
        raise _error(name, "", "holds no skos:Concept; give concepts with skos:prefLabel (the full name) and skos:altLabel (the forms written)")
    if len(concepts) > MAX_CONCEPTS:
        raise _error(name, "", f"has {len(concepts):,} concepts, over the limit of {MAX_CONCEPTS:,}; split it")
    out = []
    for c in sorted(concepts, key=str):
        key = str(c)
        if not isinstance(c, URIRef):
            raise _error(name, "(blank node)", "a concept without an IRI; name each concept with an IRI (auth:… or your own)")
        prefs = sorted(str(p) for p in g.objects(c, SKOS.prefLabel))
        if not prefs:
            raise _error(name, key, "a concept without skos:prefLabel; give its full official name as skos:prefLabel")
        if len(prefs) > 1 and len({str(p) for p in prefs}) > 1:
            raise _error(name, key, f"{len(prefs)} skos:prefLabel values ({', '.join(prefs[:3])}); give one full name, the other forms as skos:altLabel")
        alts = sorted({_check_label(name, key, str(a)) for a in g.objects(c, SKOS.altLabel)} - {""})
        if len(alts) > MAX_LABELS_PER_CONCEPT:
            raise _error(name, key, f"{len(alts):,} labels, over the limit of {MAX_LABELS_PER_CONCEPT}")
        pref = _check_label(name, key, prefs[0])
        if not pref:
            raise _error(name, key, "an empty skos:prefLabel; give the full official name")
        start, end = parse_valid(str(g.value(c, DCTERMS.valid) or ""))
        category = str(g.value(c, DCTERMS.type) or "")
        organisation = (c, RDF.type, URIRef(PKG_ORGANISATION)) in g or category.strip().lower() in ORGANISATION_KINDS
        _check_iri(name, key, key)
        out.append(UserConcept(key, pref, tuple(alts), str(g.value(c, DCTERMS.spatial) or ""), start, end, category, organisation, name, linked=True))
    return out


def _parse_tsv(name: str, text: str) -> tuple[list[UserConcept], int]:
    try:
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter="\t"))
    except csv.Error as exc:  # a cell over the csv module's field limit, a stray quote at the end …
        raise _error(name, "", f"is not a readable TSV file ({exc}); start from `policykg unresolved --format tsv`") from exc
    if not rows:
        raise _error(name, "", f"is empty; write `policykg unresolved --format tsv > {Path(name).name}`, fill in full_name, and give it again")
    header = [h.strip() for h in rows[0]]
    if "label" not in header or "full_name" not in header:
        raise _error(name, "line 1", f"has no label and full_name columns (header: {', '.join(header[:6]) or 'empty'}); "
                     "start from `policykg unresolved --format tsv`")
    col = {h: i for i, h in enumerate(header)}
    by_iri: dict[str, UserConcept] = {}
    skipped = 0
    for n, row in enumerate(rows[1:], start=2):
        def cell(c: str, row: list[str] = row) -> str:
            i = col.get(c)
            return row[i].strip() if i is not None and i < len(row) else ""

        key = f"line {n}"
        label, full, iri = _check_label(name, key, cell("label")), _check_label(name, key, cell("full_name")), cell("authority_iri")
        if not full and not iri:
            skipped += 1  # a row the user left for later
            continue
        if not label:
            raise _error(name, key, "a full name or IRI without a label; keep the label column as `policykg unresolved` wrote it")
        if iri:
            _check_iri(name, key, iri)
        linked = bool(iri)
        organisation = _kind(name, key, cell("kind"))
        # A row without an IRI gets one from its full name: rows giving the same full name are one concept.
        iri = iri or USER_IRI_BASE + hashlib.sha256(full.encode("utf-8")).hexdigest()[:16]
        prev = by_iri.get(iri)
        if prev is not None:
            if full and prev.pref and full != prev.pref:
                raise _error(name, key, f"{iri} is given two full names ({prev.pref}, {full}); give one")
            by_iri[iri] = UserConcept(iri, prev.pref or full, tuple(sorted({*prev.alts, label})), organisation=prev.organisation or organisation, file=name,
                                      category="organisation" if prev.organisation or organisation else "", linked=linked)
        else:
            by_iri[iri] = UserConcept(iri, full, (label,), organisation=organisation, file=name, category="organisation" if organisation else "",
                                      linked=linked)
        if len(by_iri) > MAX_CONCEPTS:
            raise _error(name, key, f"over {MAX_CONCEPTS:,} concepts; split the file")
    return list(by_iri.values()), skipped


def _check_iri(name: str, key: str, iri: str) -> None:
    """A RuleError unless ``iri`` is an absolute IRI the store accepts (it is written into the graph as skos:exactMatch)."""
    import re

    import pyoxigraph as ox

    if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", iri) is not None:
        try:
            ox.NamedNode(iri)
            return
        except ValueError:
            pass
    raise _error(name, key, f"IRI {iri[:80]!r} is not an absolute IRI (https://…); give one, or leave authority_iri empty")


def parse_valid(value: str) -> tuple[int | None, int | None]:
    """(first year, year it ended) of a ``dcterms:valid`` value such as ``start=2018;end=2023``."""
    parts = dict(p.strip().split("=", 1) for p in value.split(";") if "=" in p)

    def year(k: str) -> int | None:
        v = parts.get(k, "").strip()
        return int(v[:4]) if v[:4].isdigit() else None

    return year("start"), year("end")
