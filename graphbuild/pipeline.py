"""The document pipeline: read → normalise → extract → resolve, the one path build, eval and bench share.

``process_document`` gives the ResolvedDocument that ``rdf.emit.document_graph`` serialises; eval
scores that same object, so its figures describe what the graph holds.
"""

from __future__ import annotations

from pathlib import Path

from .extract.pipeline import extract
from .extract.tagger import tagger
from .normalise import normalise
from .rdf.emit import document_graph
from .read import SourceFile, read_source
from .resolve.document import ResolvedDocument, resolve_document
from .rules import RuleSet, check


def check_rules(rules: RuleSet) -> None:
    """Check ``rules`` against every component of the pipeline (imported above), and load the mention model: a RuleError names the file and key."""
    check(rules)
    # The tagger's model is bundled data like the pattern files: a damaged one stops a build before its first document.
    tagger()


def process_document(src: SourceFile, names: list[str] | tuple[str, ...] | None = None) -> ResolvedDocument:
    """Normalise, extract and resolve one decoded file (``names``: the names it is built under)."""
    norm = normalise(src.text)
    return resolve_document(src, norm, extract(norm.text), names)


def process_path(path: Path | str) -> ResolvedDocument:
    """Read one file and run it through the pipeline."""
    return process_document(read_source(path))


def extract_document(src: SourceFile, names: list[str]) -> tuple[str, dict]:
    """The whole pipeline for one decoded file: its N-Quads (sorted) and the report the build keeps."""
    dg = document_graph(process_document(src, names))
    return dg.nquads(), {"title": dg.title, "counts": dg.counts, "warnings": dg.warnings, "quads": len(dg)}
