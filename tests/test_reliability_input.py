"""Bad input never costs the rest of the corpus: encodings, refused files, duplicates, unstructured
text, extractor failures, and titles that look like paths.

Binary samples are generated here; text samples live in tests/adversarial/.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from graphbuild.build import build, extract_document
from graphbuild.cli import main
from graphbuild.read import source_from_bytes
from graphbuild.store import StoreDir
from graphbuild.vocab import PKG

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH_BYTES = (ADV / "policy_paragraph.utf8.txt").read_bytes()
# Links to the document and to evidence differ between encodings by design (content hash, offsets).
_PROVENANCE = {str(p) for p in (PKG.sourceDocument, PKG.supports, PKG.context, PROV.wasDerivedFrom)}


class _Quads:
    """The quads of one document's N-Quads, as strings, for simple lookups."""

    def __init__(self, nq: str) -> None:
        self.triples = [(q.subject, q.predicate, q.object) for q in ox.parse(nq, format=ox.RdfFormat.N_QUADS)]

    def objects(self, s: object, p: str) -> list[object]:
        return [o for s2, p2, o in self.triples if s2 == s and p2.value == p]

    def subjects(self, p: str, o: str) -> list[object]:
        return [s for s, p2, o2 in self.triples if p2.value == p and isinstance(o2, ox.NamedNode) and o2.value == o]

    def value(self, s: object, p: str) -> str | None:
        found = self.objects(s, p)
        return found[0].value if found else None  # type: ignore[attr-defined]


def _entities(nq: str, *, ignore: frozenset[str] = frozenset()) -> set[tuple]:
    """What a document says, independent of its content hash: each node by class and label, with its statements."""
    qs = _Quads(nq)
    # Evidence and its Web Annotation selector hold offsets, which line endings and a BOM move.
    oa = "http://www.w3.org/ns/oa#"
    skip = {str(PKG.Document), str(PKG.Evidence), oa + "TextPositionSelector", oa + "TextQuoteSelector"}

    def key(node: object) -> object:
        if isinstance(node, ox.Literal):
            return node.value, node.datatype.value if node.datatype else ""
        types = sorted(t.value.rsplit("#", 1)[-1] for t in qs.objects(node, str(RDF.type)))  # type: ignore[attr-defined]
        return tuple(types), qs.value(node, str(RDFS.label)) or ""

    typed = {s for s, p, _o in qs.triples if p.value == str(RDF.type)}
    out = set()
    for s, p, o in qs.triples:
        if s in typed and not {t.value for t in qs.objects(s, str(RDF.type))} & skip:  # type: ignore[attr-defined]
            if p.value not in _PROVENANCE and p.value not in ignore:
                out.add((key(s), p.value, key(o)))
    return out


def _doc_literal(nq: str, prop: str) -> list[str]:
    qs = _Quads(nq)
    return sorted(o.value for d in qs.subjects(str(RDF.type), str(PKG.Document)) for o in qs.objects(d, prop))  # type: ignore[attr-defined]


# --- encodings ---------------------------------------------------------------------------------


def _variants() -> dict[str, tuple[bytes, str]]:
    gbk = (ADV / "policy_paragraph.gbk.txt").read_bytes()
    big5 = (ADV / "policy_paragraph.big5.txt").read_bytes()
    crlf = PARAGRAPH_BYTES.replace(b"\n", b"\r\n")
    return {
        "utf8-bom": (codecs.BOM_UTF8 + PARAGRAPH_BYTES, "utf-8"),
        "utf8-crlf": (crlf, "utf-8"),
        "utf8-bom-crlf": (codecs.BOM_UTF8 + crlf, "utf-8"),
        "gbk": (gbk, "gb18030"),
        "gb18030-crlf": (PARAGRAPH_BYTES.decode("utf-8").replace("\n", "\r\n").encode("gb18030"), "gb18030"),
        "big5": (big5, "big5"),
    }


@pytest.fixture(scope="module")
def utf8_extraction() -> str:
    src = source_from_bytes(PARAGRAPH_BYTES, "paragraph.txt")
    return extract_document(src, [src.name])[0]


@pytest.mark.parametrize("variant", list(_variants()))
def test_encodings_yield_the_same_entities_as_utf8(variant: str, utf8_extraction: str) -> None:
    data, encoding = _variants()[variant]
    src = source_from_bytes(data, f"{variant}.txt")
    nq, _meta = extract_document(src, [src.name])
    # Alternative labels keep the spelling of the source (traditional characters in Big5 files).
    ignore = frozenset({str(SKOS.altLabel)}) if variant == "big5" else frozenset()
    reference = _entities(utf8_extraction, ignore=ignore)
    assert len(reference) > 20, "the sample paragraph should yield a plan, agencies, tasks and a target"
    assert _entities(nq, ignore=ignore) == reference
    assert _doc_literal(nq, str(PKG.encoding)) == [encoding]
    assert "\ufffd" not in nq


def test_offsets_of_a_crlf_file_point_into_that_file() -> None:
    data, _ = _variants()["utf8-bom-crlf"]
    src = source_from_bytes(data, "crlf.txt")
    qs = _Quads(extract_document(src, [src.name])[0])
    oa = "http://www.w3.org/ns/oa#"
    selectors = [qs.objects(e, oa + "hasSelector")[0] for e in qs.subjects(str(RDF.type), str(PKG.Evidence))]
    spans = [(int(qs.value(sel, oa + "start")), int(qs.value(sel, oa + "end")), qs.value(sel, oa + "exact")) for sel in selectors]  # type: ignore[arg-type]
    assert len(spans) > 5
    for start, end, exact in spans:
        assert 0 <= start <= end <= len(src.text)
        assert src.text[start:end] == exact


# --- refused files: skipped one line each, the rest builds, exit code 3 -----------------------------


def _bad_corpus(folder: Path, *, good: int = 1) -> dict[str, str]:
    """Write good and bad files; return {bad file path: reason}."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(good):
        (folder / f"good{i}.txt").write_bytes(PARAGRAPH_BYTES + f"\n(第{i}份)\n".encode())
    bad = {
        "empty.txt": (b"", "is empty or holds only white space"),
        "blank.txt": (b"  \r\n\t\n", "is empty or holds only white space"),
        "scan.txt": (b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n" + os.urandom(200), "is a PDF file, not text (extract its text first)"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "is a PNG file, not text (extract its text first)"),
        "nul.txt": (b"\xe5\x85\xb3\xe4\xba\x8e\x00\x00\x00binary", "contains NUL bytes: a binary file, not text"),
        "latin1.txt": (b"\x80\xff\xfd\x81" * 8, "cannot be decoded as UTF-8, GB18030 or Big5; convert it to UTF-8 and retry"),
        "fffd.txt": ((ADV / "replacement_char.txt").read_bytes(), "contains U+FFFD replacement characters: it was damaged by an earlier decoding; fetch a clean copy"),
        "huge.txt": (PARAGRAPH_BYTES * 5, f"is {len(PARAGRAPH_BYTES) * 5:,} bytes, over the limit of 4,000 (raise --max-bytes to include it)"),
    }
    out = {}
    for name, (data, reason) in bad.items():
        (folder / name).write_bytes(data)
        out[str(folder / name)] = reason
    return out


def _manifest(store: Path) -> dict:
    gen = StoreDir(store).current()
    assert gen is not None
    return gen.manifest()["documents"]


def test_bad_files_are_skipped_one_line_each_and_the_rest_builds(tmp_path: Path) -> None:
    bad = _bad_corpus(tmp_path / "in")
    store = tmp_path / "store"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--max-bytes", "4000"])
    assert res.exit_code == 3, res.output
    expected = "".join(f"warning: skipped {p}: {r}\n" for p, r in sorted(bad.items()))
    assert res.stderr == expected
    docs = _manifest(store)
    assert [d["names"] for d in docs.values()] == [["good0.txt"]]
    total = sum(d["quads"] for d in docs.values())
    assert res.stdout.splitlines()[-1] == f"1 documents (1 extracted), {total} triples in the store, {len(bad)} files skipped."


def test_strict_refuses_the_build_and_leaves_the_store_unchanged(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "first.txt").write_bytes(PARAGRAPH_BYTES)
    assert CliRunner().invoke(main, ["build", str(tmp_path / "first"), "--store", str(store)]).exit_code == 0
    before = _manifest(store)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(PARAGRAPH_BYTES + "另一份".encode())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--strict"])
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr == f"Error: refused input (nothing was built):\n{tmp_path / 'in' / 'empty.txt'}: is empty or holds only white space\n"
    assert _manifest(store) == before


def test_nothing_buildable_exits_2(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "store")])
    assert res.exit_code == 2
    empty = tmp_path / "in" / "empty.txt"
    assert res.stderr == (
        f"warning: skipped {empty}: is empty or holds only white space\n"
        f"Error: no document could be built: {empty}: is empty or holds only white space\n"
    )


def test_missing_input_path_exits_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store")])
    assert (res.exit_code, res.stderr) == (2, f"Error: {tmp_path / 'nope.txt'}: no such file or folder\n")


# --- duplicates -----------------------------------------------------------------------------------


def test_duplicate_content_is_built_once_with_both_names(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    a, b = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    a.write_bytes(PARAGRAPH_BYTES)
    b.write_bytes(PARAGRAPH_BYTES)
    store = tmp_path / "store"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stderr == f"warning: {b}: same content as {a}; built once, both names recorded\n"
    docs = _manifest(store)
    assert [d["names"] for d in docs.values()] == [["a.txt", "b.txt"]]
    assert res.stdout.splitlines()[1].startswith("\"a.txt, b.txt\",")
    nq = (store / "cache" / f"{next(iter(docs.values()))['cache']}.nq").read_text(encoding="utf-8")
    assert _doc_literal(nq, str(DCTERMS.identifier)) == ["a.txt", "b.txt"]


def test_duplicate_added_in_a_later_build_keeps_the_first_name(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(PARAGRAPH_BYTES)
    b.write_bytes(PARAGRAPH_BYTES)
    store = tmp_path / "store"
    build([a], store=store)
    build([b], store=store)
    assert [d["names"] for d in _manifest(store).values()] == [["a.txt", "b.txt"]]


# --- no structure, extractor failure ----------------------------------------------------------------


def test_text_without_structure_yields_a_document_and_a_plan_with_a_warning(tmp_path: Path) -> None:
    store = tmp_path / "store"
    res = CliRunner().invoke(main, ["build", str(ADV / "no_structure.txt"), "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stderr == (
        # A text that starts with its body has no title line: none, said so (issue 12), rather than its first line.
        "warning: no_structure.txt: no title found: the text starts with its addressee line or its body; the plan is named after its file\n"
        "warning: no_structure.txt: no numbered headings found: the text has no recognisable structure\n"
    )
    (entry,) = _manifest(store).values()
    qs = _Quads((store / "cache" / f"{entry['cache']}.nq").read_text(encoding="utf-8"))
    docs = qs.subjects(str(RDF.type), str(PKG.Document))
    plans = qs.subjects(str(RDF.type), str(PKG.Plan))
    assert len(docs) == 1 and len(plans) == 1
    assert qs.objects(plans[0], str(PROV.wasDerivedFrom)) == docs


def test_a_document_the_extractor_cannot_handle_is_skipped_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.build as gb

    real = gb.extract_document

    def flaky(src, names):  # type: ignore[no-untyped-def]
        if src.name == "poison.txt":
            raise IndexError("string index out of range")
        return real(src, names)

    monkeypatch.setattr(gb, "extract_document", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(PARAGRAPH_BYTES)
    # Another title line: not a re-publication of good.txt (which would not be extracted at all).
    (tmp_path / "in" / "poison.txt").write_bytes("毒".encode() + PARAGRAPH_BYTES)
    store = tmp_path / "store"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--format", "csv"])
    assert res.exit_code == 3, res.output
    poison = tmp_path / "in" / "poison.txt"
    assert res.stderr == f"warning: skipped {poison}: extraction failed (IndexError: string index out of range); please report this file as a bug\n"
    assert [d["names"] for d in _manifest(store).values()] == [["good.txt"]]

    # --strict: the same failure stops the build before anything is published.
    (tmp_path / "in" / "other.txt").write_bytes("另".encode() + PARAGRAPH_BYTES)
    current = StoreDir(store).current()
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--store", str(store), "--strict"])
    assert (res.exit_code, res.stdout) == (2, "")
    assert res.stderr == f"Error: refused input (nothing was built):\n{poison}: extraction failed (IndexError: string index out of range); please report this file as a bug\n"
    assert StoreDir(store).current() == current


# --- output paths ----------------------------------------------------------------------------------


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_a_title_that_looks_like_a_path_never_writes_outside_the_output(tmp_path: Path) -> None:
    work = tmp_path / "work"
    store, out = work / "store", work / "out"
    out.mkdir(parents=True)
    (work / "in").mkdir()
    # A file name with backslashes and dots is legal on POSIX; it is a name, never a path.
    hostile = work / "in" / "..\\..\\evil.txt"
    hostile.write_bytes((ADV / "hostile_title.txt").read_bytes())
    before_outside = _tree(tmp_path) - {p for p in _tree(tmp_path) if p.startswith("work/")}
    res = CliRunner().invoke(main, ["build", str(work / "in"), "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "../../../../tmp/policykg-pwned/" in res.stdout, "the sample's title should be the plan title"
    res = CliRunner().invoke(main, ["export", "--format", "trig", "-o", str(out / "graph.trig"), "--store", str(store)])
    assert res.exit_code == 0, res.output

    assert _tree(tmp_path) - {p for p in _tree(tmp_path) if p.startswith("work/")} == before_outside
    assert {p for p in _tree(work) if not p.startswith(("store", "in"))} == {"out", "out/graph.trig"}
    assert not Path("/tmp/policykg-pwned").exists()
    # Everything in the store is named by content hash or generation id, never by a title.
    allowed = re.compile(r"^(build\.lock|current|cache|generations|texts|cache/[0-9a-f]{64}-[0-9a-f]{12}-[0-9a-f]{8}\.(nq|json)|texts/[0-9a-f]{64}\.(txt|source\.json)|generations/[0-9T]+-[0-9a-f]{8}(/.*)?)$")
    assert [p for p in sorted(_tree(store)) if not allowed.match(p)] == []
    (entry,) = _manifest(store).values()
    assert entry["names"] == ["..\\..\\evil.txt"]
    assert json.loads((store / "cache" / f"{entry['cache']}.json").read_text(encoding="utf-8"))["title"].startswith("../../")
