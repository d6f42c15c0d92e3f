"""Name a document of the store: by its identifier (path relative to the build root), content hash, or bare file name.

Crawler folders number their files 0001.txt… in every sub-folder, so a bare name may stand for
several documents: it is accepted only when it names one, and refused with the candidates listed
otherwise. Every command that takes a document (``remove``, ``show``, a ``document`` query
parameter) resolves it here, against the store's manifest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .errors import PolicykgError

# A hash prefix shorter than this could match by accident.
MIN_HASH_PREFIX = 8
_HEX_RE = re.compile(r"[0-9a-f]+")
SHOWN_CANDIDATES = 10


class DocumentRefError(PolicykgError):
    """A document reference that names no document, or several; the message lists the candidates and the fix."""


def _basename(ident: str) -> str:
    return ident.rsplit("/", 1)[-1]


def resolve_document(documents: Mapping[str, Mapping], ref: str) -> str:
    """The content hash of the one document ``ref`` names in a manifest's ``documents``; DocumentRefError otherwise."""
    exact = sorted(h for h, d in documents.items() if ref in d.get("names", ()))
    if exact:
        return exact[0]  # an identifier is unique within a store (the build makes it so)
    if len(ref) >= MIN_HASH_PREFIX and _HEX_RE.fullmatch(ref.lower()):
        by_hash = sorted(h for h in documents if h.startswith(ref.lower()))
        if len(by_hash) == 1:
            return by_hash[0]
        if by_hash:
            raise DocumentRefError(f"{ref!r} begins the content hash of {len(by_hash)} documents ({_listed(documents, by_hash)}); give more of the hash")
    bare = sorted(h for h, d in documents.items() if any(_basename(n) == ref for n in d.get("names", ())))
    if len(bare) == 1:
        return bare[0]
    if bare:
        raise DocumentRefError(
            f"{ref!r} is the name of {len(bare)} documents: {_listed(documents, bare, ref)}; give the path (as listed) or the content hash"
        )
    raise DocumentRefError(f"not in the store: {ref} (give a document's path relative to the folder built, its content hash, or its file name; "
                           "`policykg stats` lists the documents)")


def _listed(documents: Mapping[str, Mapping], hashes: list[str], bare: str | None = None) -> str:
    """The candidates as ``path (hash prefix)``, sorted, at most SHOWN_CANDIDATES of them."""
    items = sorted(
        f"{n} ({h[:12]})" for h in hashes for n in documents[h].get("names", ()) if bare is None or _basename(n) == bare
    )
    more = f" and {len(items) - SHOWN_CANDIDATES} more" if len(items) > SHOWN_CANDIDATES else ""
    return ", ".join(items[:SHOWN_CANDIDATES]) + more
