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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, wraps
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from .errors import PolicykgError

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


class RuleError(PolicykgError):
    """A pattern or authority file the pipeline cannot use; the message names the file, the key and the fix."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        where = f"{file}: {key}: " if key else f"{file}: "
        super().__init__(f"{where}{reason} (the rules are checked before any document is read; fix the file, or reinstall policykg)")
        self.file, self.key, self.reason = file, key, reason


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


def load_ruleset(package: Path | None = None) -> RuleSet:
    """Read and check the pattern and authority files of ``package`` (default: the installed one)."""
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
    return RuleSet(MappingProxyType(patterns), MappingProxyType(authority), h.hexdigest()[:16])


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

