"""The N-Triples lines written by graphbuild.rdf.ntriples are the ones rdflib writes for the same terms."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graphbuild.rdf import ntriples as nt
from graphbuild.rdf.emit import PKG, mint
from graphbuild.vocab import PKG as RDFLIB_PKG
from graphbuild.vocab import iri

S, P = URIRef("https://w3id.org/policykg/id/task/0"), URIRef("https://w3id.org/policykg/ontology#p")


def rdflib_line(o) -> str:
    g = Graph()
    g.add((S, P, o))
    return g.serialize(format="nt").strip()


def our_line(o: str) -> str:
    return f"{nt.ref(str(S))} {nt.ref(str(P))} {o} ."


@given(st.text())
def test_plain_literal_matches_rdflib(s: str) -> None:
    cleaned = re.sub(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)
    assert our_line(nt.text(s)) == rdflib_line(Literal(cleaned))


@given(st.text(), st.sampled_from(["zh-hans", "zh-hant", "en"]))
def test_language_tagged_literal_matches_rdflib(s: str, tag: str) -> None:
    cleaned = re.sub(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)
    assert our_line(nt.lang(s, tag)) == rdflib_line(Literal(cleaned, lang=tag))


@given(st.integers())
def test_integer_matches_rdflib(n: int) -> None:
    assert our_line(nt.integer(n)) == rdflib_line(Literal(n, datatype=XSD.integer))


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**12, max_value=10**12))
def test_decimal_matches_rdflib(d: Decimal) -> None:
    d = d.normalize() if d == d.to_integral() else d
    assert our_line(nt.decimal(d)) == rdflib_line(Literal(d, datatype=XSD.decimal))


def test_boolean_date_and_year_match_rdflib() -> None:
    assert our_line(nt.boolean(True)) == rdflib_line(Literal(True))
    assert our_line(nt.boolean(False)) == rdflib_line(Literal(False))
    assert our_line(nt.typed("2021-03-08", str(XSD.date))) == rdflib_line(Literal("2021-03-08", datatype=XSD.date))
    assert our_line(nt.typed("2025", str(XSD.gYear))) == rdflib_line(Literal("2025", datatype=XSD.gYear))


def test_minted_terms_are_the_vocabulary_iris() -> None:
    assert mint("agency", "重庆市经济和信息化委员会") == f"<{iri('agency', '重庆市经济和信息化委员会')}>"
    assert PKG.hasTask == f"<{RDFLIB_PKG.hasTask}>"


def test_unknown_vocabulary_term_fails() -> None:
    with pytest.raises(AttributeError):
        PKG.hasTaks  # noqa: B018 - the typo must fail, as in the DefinedNamespace


def test_nquads_are_sorted_and_in_the_named_graph() -> None:
    triples = {'<urn:b> <urn:p> "2" .', '<urn:a> <urn:p> "1" .'}
    assert nt.nquads(triples, "urn:g") == '<urn:a> <urn:p> "1" <urn:g> .\n<urn:b> <urn:p> "2" <urn:g> .\n'


@given(st.lists(st.tuples(st.sampled_from(["<urn:a>", "<urn:b>", "<urn:a:b>"]), st.text(alphabet=' ."\\\n\r\tab中<>^', max_size=8)), max_size=12))
def test_nquads_match_rdflib_parse_and_sort_order(rows) -> None:
    # Literals holding " .", line breaks and quotes, and subjects that are prefixes of each other.
    triples = {f"{s} <urn:p> {nt.text(o)} ." for s, o in rows}
    out = nt.nquads(triples, "urn:g")
    assert out == "".join(sorted(t[:-2] + " <urn:g> .\n" for t in triples))
    assert len(out.splitlines()) == len(triples)

