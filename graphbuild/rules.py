"""The RuleSet: every pattern file and authority file of the pipeline, loaded once, checked, frozen.

Rules are data (``patterns/*.json``, ``ontology/authority/*``). ``load_ruleset`` reads them, checks
each pattern file against its JSON Schema (``patterns/schema/``), freezes the values and hashes
the content; ``check`` then builds everything the components derive from them (compiled
patterns, the gazetteer, the authority index), so a missing key or a broken pattern stops a build
before its first document, naming the file and the key (``RuleError``, exit code 4).

``pipeline.check_rules`` runs the check over the whole pipeline. The components do not read files: a function decorated with ``@derived`` computes its value from
the RuleSet in use (``using(rules)``; the bundled one otherwise), once per RuleSet, in the style of
spaCy's ``initialize``. The extraction cache key is the pipeline's code plus ``RuleSet.digest``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, wraps
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

# RuleError lives in errors.py, so that the reader of users' authority files needs nothing of this module.
from .errors import RuleError

T = TypeVar("T")

# The extraction's pattern files. patterns/quality_checks.json is not one: it belongs to the
# gold-free checks of graphbuild/quality.py, which must stay independent of the extractor.
PATTERN_FILES = (
    "agency_abbreviations.json",
    "agency_shapes.json",
    "mentions.json",
    "national_signals.json",
    "standard_bodies.json",
    "structure.json",
    "titles.json",
)
AUTHORITY_FILES = ("agencies.ttl", "regions.tsv")


def _freeze(value: Any) -> Any:
    """JSON values made read-only: objects as mappings, arrays as tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True, eq=False)
class RuleSet:
    """The rules one pipeline run uses: pattern data by file name, authority files, and their content hash."""

    patterns: Mapping[str, Any]
    authority: Mapping[str, bytes]  # file name -> content (agencies.ttl, regions.tsv)
    digest: str
    _derived: dict = field(default_factory=dict, repr=False)
    # The user's authority files (``--authority``), in the order given: each one's name as given,
    # its kind (ttl, tsv), content and concepts; later files win over earlier ones and the bundled data.
    user_authority: tuple[UserAuthorityFile, ...] = ()

    def pattern(self, name: str) -> Any:
        """The checked, read-only content of one pattern file."""
        return self.patterns[name]

    def authority_text(self, name: str) -> str:
        """The text of one authority file."""
        return self.authority[name].decode("utf-8")

    def derive(self, fn: Callable[[RuleSet], T]) -> T:
        """``fn(self)``, computed once for this RuleSet (compiled patterns, indexes)."""
        try:
            return self._derived[fn]
        except KeyError:
            value = self._derived[fn] = fn(self)
            return value


@dataclass(frozen=True)
class UserAuthorityFile:
    """One user authority file as read: its name as given, kind (ttl or tsv), content and concepts."""

    name: str
    kind: str
    data: bytes
    concepts: tuple[Any, ...]  # resolve.user_authority.UserConcept
    skipped: int = 0  # TSV rows left empty

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's content."""
        return hashlib.sha256(self.data).hexdigest()


def read_user_authority(paths: Sequence[Path | str]) -> tuple[UserAuthorityFile, ...]:
    """Read and check user authority files (.ttl SKOS, or the filled-in `policykg unresolved` .tsv); a RuleError names a bad one."""
    from .resolve.user_authority import read_user_file

    out = []
    for p in paths:
        kind, data = read_user_file(p)
        out.append(user_authority_file(str(p), kind, data))
    return tuple(out)


def user_authority_file(name: str, kind: str, data: bytes) -> UserAuthorityFile:
    """A user authority file from its content (the store keeps copies); a RuleError names it when it is bad."""
    from .resolve.user_authority import parse_user_file

    concepts, skipped = parse_user_file(name, kind, data)
    return UserAuthorityFile(name, kind, data, tuple(concepts), skipped)


def _package() -> Path:
    return Path(__file__).parent


def _schema_errors(name: str, data: Any, schema: dict) -> list[tuple[str, str]]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        key = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append((key, err.message))
    return out


def load_ruleset(package: Path | None = None, *, extra_authority: Sequence[Path | str | UserAuthorityFile] = ()) -> RuleSet:
    """Read and check the pattern and authority files of ``package`` (default: the installed one), and the user's ``extra_authority`` files.

    A user file's concepts add to the bundled agencies.ttl; one with a bundled concept's IRI, or a
    label a bundled concept has, overrides it (resolve/agencies.py). Their content goes into the digest.
    """
    root = package or _package()
    h = hashlib.sha256()
    patterns: dict[str, Any] = {}
    for name in PATTERN_FILES:
        path = root / "patterns" / name
        shown = f"patterns/{name}"
        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except OSError as exc:
            raise RuleError(shown, "", f"cannot be read ({exc.strerror})") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RuleError(shown, "", f"is not valid UTF-8 JSON ({exc})") from exc
        schema = json.loads((root / "patterns" / "schema" / name).read_text(encoding="utf-8"))
        errors = _schema_errors(name, data, schema)
        if errors:
            key, message = errors[0]
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise RuleError(shown, key, message + more)
        patterns[name] = _freeze(data)
        h.update(shown.encode() + b"\0" + raw + b"\0")
    authority: dict[str, bytes] = {}
    for name in AUTHORITY_FILES:
        path = root / "ontology" / "authority" / name
        try:
            authority[name] = path.read_bytes()
        except OSError as exc:
            raise RuleError(f"ontology/authority/{name}", "", f"cannot be read ({exc.strerror})") from exc
        h.update(f"ontology/authority/{name}".encode() + b"\0" + authority[name] + b"\0")
    user = tuple(f if isinstance(f, UserAuthorityFile) else read_user_authority([f])[0] for f in extra_authority)
    for f in user:
        # The content, not the name: the same data under another file name builds the same graph.
        h.update(f"user-authority:{f.kind}".encode() + b"\0" + f.data + b"\0")
    return RuleSet(MappingProxyType(patterns), MappingProxyType(authority), h.hexdigest()[:16], user_authority=user)


@cache
def bundled() -> RuleSet:
    """The rules shipped with policykg, loaded once per process."""
    return load_ruleset()


_ACTIVE: ContextVar[RuleSet | None] = ContextVar("policykg_rules", default=None)


def active() -> RuleSet:
    """The RuleSet in use: the one given to ``using``, else the bundled one."""
    return _ACTIVE.get() or bundled()


@contextmanager
def using(rules: RuleSet) -> Iterator[RuleSet]:
    """Run the pipeline with ``rules`` inside the block."""
    token = _ACTIVE.set(rules)
    try:
        yield rules
    finally:
        _ACTIVE.reset(token)


# Every @derived function, so that ``check`` can build them all before a document is read.
_DERIVED: list[tuple[str, str, Callable[[RuleSet], Any]]] = []


def derived(*files: str) -> Callable[[Callable[[RuleSet], T]], Callable[[], T]]:
    """Decorate ``fn(rules)``, which derives a value from the named rule files: calls give it for the RuleSet in use."""

    def wrap(fn: Callable[[RuleSet], T]) -> Callable[[], T]:
        _DERIVED.append((f"{fn.__module__}.{fn.__qualname__}", ", ".join(files), fn))

        @wraps(fn)
        def get() -> T:
            return active().derive(fn)

        return get

    return wrap


def check(rules: RuleSet) -> None:
    """Build every @derived value of the modules imported so far from ``rules``; a RuleError names the file when one fails.

    ``pipeline.check_rules`` imports the whole pipeline first, so that nothing is left out.
    """
    for name, files, fn in _DERIVED:
        try:
            rules.derive(fn)
        except RuleError:
            raise
        except (KeyError, TypeError, ValueError, IndexError) as exc:  # re.error is a ValueError
            key = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else ""
            raise RuleError(files, key, f"the rules built from it fail ({name}: {type(exc).__name__}: {exc})") from exc

