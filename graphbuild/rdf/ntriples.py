"""N-Triples terms written as strings: a document graph is built as a set of lines, not an rdflib Graph.

Building an rdflib Graph and serialising it took about half of a build's extraction time; the
lines written here are what rdflib's N-Triples serialiser writes for the same terms (a test holds
the two to that), so the store, the cache and the golden graphs do not change.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from rdflib.namespace import XSD

_DROP = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPECIAL = re.compile(r'[\ufffd\x00-\x1f"\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", '"': '\\"', "\r": "\\r"})
_INTEGER = f"^^<{XSD.integer}>"
_BOOLEAN = f"^^<{XSD.boolean}>"
_DECIMAL = f"^^<{XSD.decimal}>"


@lru_cache(maxsize=65536)
def ref(iri: str) -> str:
    """An IRI as an N-Triples term (the IRIs we mint and our vocabulary need no escaping)."""
    return f"<{iri}>"


def text(s: str) -> str:
    """A plain string literal; U+FFFD and control characters never enter the graph."""
    if _SPECIAL.search(s) is None:  # most labels: nothing to drop or escape
        return '"' + s + '"'
    return '"' + _DROP.sub("", s).translate(_ESCAPES) + '"'


def lang(s: str, tag: str) -> str:
    """A language-tagged string (``tag`` in lower case, as Oxigraph stores every tag)."""
    return text(s) + "@" + tag


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def exact(s: str) -> str:
    """A quotation of the source (``oa:exact``): nothing dropped, control characters written as \\u escapes,
    so that it always equals the file's text between its offsets."""
    return '"' + _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04X}", s.translate(_ESCAPES)) + '"'


def typed(lexical: str, datatype: str) -> str:
    """A literal with a datatype IRI, from its lexical form."""
    return '"' + lexical.translate(_ESCAPES) + '"^^<' + datatype + ">"


def integer(n: int) -> str:
    """An xsd:integer literal."""
    return f'"{int(n)}"{_INTEGER}'


def boolean(b: bool) -> str:
    """An xsd:boolean literal."""
    return ('"true"' if b else '"false"') + _BOOLEAN


def decimal(d: Decimal) -> str:
    """An xsd:decimal literal in plain notation (500, not 5E+2)."""
    return f'"{format(d, "f")}"{_DECIMAL}'


def nquads(triples: set[str] | frozenset[str], graph: str) -> str:
    """Sorted N-Quads lines for N-Triples lines (each ending in " .") put in the named graph ``graph``."""
    suffix = f" <{graph}> .\n"
    return "".join(sorted(t[:-2] + suffix for t in triples))
