"""Parse RDF files safely: local bytes only, bounded size, no XML entities, no remote contexts.

Every RDF file the tool reads (its bundled ontology and authority files, and any file a user
hands it) goes through this module, because the parsers will otherwise do dangerous things:

* rdflib's RDF/XML parser runs on expat, which expands entities declared in a DOCTYPE (the
  "billion laughs" memory bomb) and, with other settings, reads external entities (local file
  disclosure). RDF/XML has no legitimate need for a DOCTYPE here, so any DOCTYPE or ENTITY
  declaration is refused before a parser sees the bytes.
* ``Graph.parse(location=...)`` and JSON-LD ``@context``/``@import`` references make rdflib open
  URLs and ``file:`` paths. This module only ever hands parsers bytes it has read itself, and
  refuses JSON-LD that refers to an outside context.
* Without a base IRI rdflib resolves relative IRIs against the current directory, which puts
  local paths into the graph; a fixed, neutral base is used instead.
"""

from __future__ import annotations

import json
import re
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeAlias

import pyoxigraph as ox
from rdflib import Graph

from ..errors import PolicykgError

DEFAULT_MAX_RDF_BYTES = 50 * 1024 * 1024
NEUTRAL_BASE = "https://w3id.org/policykg/unresolved/"

RdfSource: TypeAlias = bytes | str | Path | Traversable

# Our format names → (rdflib parser name, pyoxigraph format).
FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    "turtle": ("turtle", ox.RdfFormat.TURTLE),
    "nt": ("nt", ox.RdfFormat.N_TRIPLES),
    "nquads": ("nquads", ox.RdfFormat.N_QUADS),
    "trig": ("trig", ox.RdfFormat.TRIG),
    "xml": ("xml", ox.RdfFormat.RDF_XML),
    "jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
}
_SUFFIXES = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
    ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".jsonld": "jsonld", ".json": "jsonld",
}
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
# XML markup declarations: DOCTYPE brings a DTD, ENTITY declares what expat would expand.
_XML_DECL_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


class UnsafeRdfError(ValueError, PolicykgError):
    """An RDF file refused before parsing (or unparseable); the message names the file and the fix."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def guess_format(name: str) -> str:
    """Our format name for a file name, from its suffix."""
    suffix = Path(name).suffix.lower()
    if suffix not in _SUFFIXES:
        raise UnsafeRdfError(name, f"unknown RDF file type {suffix or '(no suffix)'}; use one of {', '.join(sorted(_SUFFIXES))}")
    return _SUFFIXES[suffix]


def _format(fmt: str | None, name: str) -> str:
    fmt = fmt or guess_format(name)
    if fmt not in FORMATS:
        raise UnsafeRdfError(name, f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def read_rdf_bytes(source: RdfSource, *, max_bytes: int = DEFAULT_MAX_RDF_BYTES) -> tuple[bytes, str]:
    """The bytes of a local RDF file (or the given bytes) and a name for messages; never fetches a URL."""
    if isinstance(source, bytes):
        data, name = source, "<rdf data>"
    elif isinstance(source, (str, Path)):
        name = str(source)
        if isinstance(source, str) and _URL_RE.match(source) and not Path(source).exists():
            raise UnsafeRdfError(name, "is a URL; only local files are read (download it yourself and give the file)")
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UnsafeRdfError(name, f"cannot be read ({exc.strerror})") from exc
        if not path.is_file():
            raise UnsafeRdfError(name, "is not a regular file")
        if size > max_bytes:
            raise UnsafeRdfError(name, f"is {size:,} bytes, over the limit of {max_bytes:,} for RDF files")
        data = path.read_bytes()
    else:
        name = str(source)
        data = source.read_bytes()
    if len(data) > max_bytes:
        raise UnsafeRdfError(name, f"is {len(data):,} bytes, over the limit of {max_bytes:,} for RDF files")
    return data, name


def _xml_views(data: bytes) -> list[bytes]:
    """The bytes as an ASCII-compatible view (also for UTF-16 files) for declaration scanning."""
    views = [data]
    head = data[:4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            views.append(data.decode(enc, errors="ignore").encode("utf-8", errors="ignore"))
    return views


def _remote_contexts(node: object) -> list[str]:
    """JSON-LD context references that a processor would fetch (strings under @context, @import)."""
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "@context":
                for c in v if isinstance(v, list) else [v]:
                    if isinstance(c, str):
                        found.append(c)
                    else:
                        found.extend(_remote_contexts(c))
            elif k == "@import" and isinstance(v, str):
                found.append(v)
            else:
                found.extend(_remote_contexts(v))
    elif isinstance(node, list):
        for v in node:
            found.extend(_remote_contexts(v))
    return found


def check_rdf_bytes(data: bytes, fmt: str, name: str = "<rdf data>") -> None:
    """Refuse content that would make a parser expand entities or fetch anything."""
    if fmt == "xml":
        for view in _xml_views(data):
            m = _XML_DECL_RE.search(view)
            if m:
                decl = m.group(1).decode().upper()
                raise UnsafeRdfError(
                    name,
                    f"RDF/XML with a <!{decl} …> declaration is refused (entity expansion and external entities are unsafe); remove the DOCTYPE and write the IRIs out in full",
                )
    elif fmt == "jsonld":
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise UnsafeRdfError(name, f"is not valid JSON-LD ({exc})") from exc
        remote = _remote_contexts(doc)
        if remote:
            raise UnsafeRdfError(
                name,
                f"JSON-LD refers to an outside context ({remote[0]}); contexts are never fetched: paste the context object into the file",
            )


def _checked(source: RdfSource, format: str | None, max_bytes: int) -> tuple[bytes, str, str]:
    """Read and check a local RDF file once: (bytes, name for messages, format name)."""
    data, name = read_rdf_bytes(source, max_bytes=max_bytes)
    fmt = _format(format, name)
    check_rdf_bytes(data, fmt, name)
    return data, name, fmt


def load_graph(
    source: RdfSource,
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_RDF_BYTES,
    base: str = NEUTRAL_BASE,
) -> Graph:
    """Parse a local RDF file (path, bundled resource or bytes) into an rdflib Graph, safely."""
    data, name, fmt = _checked(source, format, max_bytes)
    g = Graph()
    try:
        # Bytes only, never a location: rdflib would open URLs and file: paths itself.
        g.parse(data=data, format=FORMATS[fmt][0], publicID=base)
    except Exception as exc:  # noqa: BLE001 - every parser error becomes one message naming the file
        raise UnsafeRdfError(name, f"is not valid {fmt} ({exc})") from exc
    return g


def load_into_store(
    store: ox.Store,
    source: RdfSource,
    *,
    format: str | None = None,
    to_graph: ox.NamedNode | None = None,
    max_bytes: int = DEFAULT_MAX_RDF_BYTES,
    base: str = NEUTRAL_BASE,
) -> None:
    """Load a local RDF file into a pyoxigraph store after the same checks as ``load_graph``."""
    data, name, fmt = _checked(source, format, max_bytes)
    try:
        store.load(data, format=FORMATS[fmt][1], base_iri=base, to_graph=to_graph)
    except SyntaxError as exc:
        raise UnsafeRdfError(name, f"is not valid {fmt} ({exc})") from exc
