"""The resolve stage: one document's Extraction turned into a ResolvedDocument.

Everything that needs authority data, the gazetteer or a rule about names happens here: the
document's jurisdiction and year, each unit's full name, kind, level and region, the lead of each
task, the label of each coordinating body, the industry of each chain and the parsed value of each
target. The RDF writer (``rdf/emit.py``) serialises the result and decides nothing; ``eval`` scores
the same objects, so what it measures is what the graph holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..extract.metadata import compact, unnested
from ..extract.model import Citation, Extraction, GroupRef, Heading, Mention, Part, RawTarget, RawTask, Span, UnitRef
from ..extract.structure import part_at
from ..extract.targets import parse_value
from ..normalise import NormalisedText
from ..read import SourceFile
from .agencies import (
    ResolvedUnit,
    clean_unit,
    completed_by,
    is_bare,
    is_office_shaped,
    list_owner,
    office_parent,
    qualify_name,
    resolve_unit,
    split_run_together,
)
from .chains import industry_of
from .regions import Jurisdiction, Region, gazetteer, jurisdiction_from

# How much of the text the jurisdiction is looked for in: the header, signature and first sections
# say where a document belongs; a long annex adds place names that do not.
JURISDICTION_WINDOW = 20_000


@dataclass(frozen=True)
class RegionFacts:
    """A region as the graph describes it: name, level, GB/T 2260 code and the name of its parent."""

    name: str
    level: str
    code: str
    parent: str | None


@dataclass(frozen=True)
class ResolvedUnitRef:
    """One unit of a bracket: as written (normalised and original script), resolved, and whether it leads."""

    surface: str
    original: str
    unit: ResolvedUnit
    lead: bool


@dataclass(frozen=True)
class ResolvedTask:
    """A task with its units resolved in the document's context."""

    ordinal: int
    raw: RawTask
    units: tuple[ResolvedUnitRef, ...]

    @property
    def leads(self) -> tuple[ResolvedUnit, ...]:
        """The units that lead the task (``RawTask.lead_indexes``: one rule for the graph and eval)."""
        return tuple(u.unit for u in self.units if u.lead)


@dataclass(frozen=True)
class ResolvedTarget:
    """A target whose value could be read as a number (others are not targets the graph can hold)."""

    ordinal: int
    raw: RawTarget
    value: Decimal
    value_max: Decimal | None


@dataclass(frozen=True)
class ResolvedGroup:
    """A coordinating body with its qualified name (重庆市…领导小组) and the part of the document it belongs to."""

    raw: GroupRef
    label: str
    part: int


@dataclass(frozen=True)
class ResolvedMention:
    """A park, chain or technology mention; a chain or cluster also names its industry."""

    raw: Mention
    industry: str | None


_DOCNO_BRACKETS = str.maketrans({c: "〔" for c in "[［(（﹝【〖"} | {c: "〕" for c in "]］)）﹞】〗"})


def title_key(title: str) -> str:
    """What a plan's title is identified by: without white space, its inner title brackets in one form."""
    return unnested(compact(title))


def edition_of(doc_number: str | None, date: str | None) -> str:
    """What tells one edition of a title from another: its 文号 with brackets unified, else its date, else ""."""
    if doc_number:
        return "".join(doc_number.split()).translate(_DOCNO_BRACKETS)
    return date or ""


@dataclass(frozen=True)
class ResolvedDocument:
    """One document after every stage before RDF: what the graph will say about it, and nothing else."""

    source: SourceFile
    norm: NormalisedText
    extraction: Extraction
    names: tuple[str, ...]
    jurisdiction: Jurisdiction
    year: int | None
    title: str  # the plan title: the text's, else the file's own title field, else the file name
    # Which plan the document is (see ``plan_identity``): a title names a work, and two documents of one
    # title (a 2012 and a 2023 版) are two editions of it, told apart by their 文号 or date.
    titled: bool  # False when ``title`` is only the file's name, which identifies nothing
    edition: str  # the 文号 (brackets unified), else the date; "" when the text states neither
    issuers: tuple[ResolvedUnitRef, ...]
    parts: tuple[Part, ...]  # part 0 is the document's own plan; the others are schemes it issues
    tasks: tuple[ResolvedTask, ...]
    targets: tuple[ResolvedTarget, ...]
    groups: tuple[ResolvedGroup, ...]
    mentions: tuple[ResolvedMention, ...]
    citations: tuple[Citation, ...]
    headings: tuple[Heading, ...]
    regions: dict[str, RegionFacts] = field(default_factory=dict)  # every region named, with its parents
    warnings: tuple[str, ...] = ()

    @property
    def region(self) -> Region | None:
        """The document's own region (None for a national document)."""
        return self.jurisdiction.region

    def plan_identity(self) -> tuple[str, ...]:
        """What the document's plan IRI is minted from: its title and edition, or the document alone when untitled.

        A file name is no identity (two folders each hold a 0053.txt), and a title alone merges two
        editions; a title with no 文号 or date stays the work itself, which citations of it also name.
        """
        if not self.titled:
            return ("document", self.source.content_hash)
        return self._edition_of(self.title)

    def part_identity(self, k: int) -> tuple[str, ...]:
        """What the plan IRI of part ``k`` (a scheme the document issues) is minted from: its title and the document's edition."""
        return self.plan_identity() if k == 0 else self._edition_of(self.parts[k].title)

    def _edition_of(self, title: str) -> tuple[str, ...]:
        """The identity of the edition of ``title`` this document is: the work alone when it states no 文号 or date."""
        key = title_key(title)
        return (key, self.edition) if self.edition else (key,)

    def cited_identity(self, citation: Citation) -> tuple[str, ...]:
        """What the IRI of a plan this document cites is minted from: the work its title names."""
        return (title_key(citation.title),)

    def part_at(self, span: Span) -> int:
        """The part (plan or scheme) a span of the text lies in."""
        return part_at([p.start for p in self.parts], span.start)


class _Resolver:
    """Resolution in one document's context: each surface form once (units repeat in every bracket)."""

    def __init__(self, issuers: list[str], ctx: Jurisdiction, year: int | None) -> None:
        self.ctx, self.year = ctx, year
        self.parent = office_parent(issuers, ctx, year)  # whose internal offices (处/科/室) the units may be
        self.parent_certain = len(issuers) == 1  # of several issuers, the first's offices: likely, not certain
        self._done: dict[tuple[str, str | None], ResolvedUnit] = {}
        self.regions: dict[str, RegionFacts] = {}

    def unit(self, surface: str, list_prefix: str | None = None) -> ResolvedUnit:
        k = (surface, list_prefix)
        got = self._done.get(k)
        if got is None:
            got = self._done[k] = resolve_unit(surface, self.ctx, year=self.year, list_prefix=list_prefix, parent=self.parent,
                                               parent_certain=self.parent_certain)
            self.region(got.region)
        return got

    def region(self, r: Region | None) -> None:
        """Record a region and its parents (the graph describes each with its code and parent)."""
        g = gazetteer()
        while r is not None and r.name not in self.regions:
            parent = g.regions.get(r.parent) if r.parent else None
            self.regions[r.name] = RegionFacts(r.name, r.level, g.code_of(r), parent.name if parent is not None else None)
            r = parent


def run_owners(units: list[UnitRef]) -> list[str | None]:
    """For each unit, the scope it shares with the unit before it in its list run (各市<…>人社局、财政局), or None.

    The scope is the one a unit writes (list_owner) and carries over 、-joined bare units only: a
    comma, a unit with a scope or level of its own, or a national body ends it. A department written
    before its office (省人社厅就业促进处) scopes the offices after it, and nothing else.
    """
    out: list[str | None] = []
    owner: tuple[str, bool] | None = None
    for u in units:
        own = list_owner(u.surface)
        if own is not None:
            owner = own
            out.append(None)
        elif owner is not None and u.joined and is_bare(u.surface) and (not owner[1] or is_office_shaped(u.surface)):
            out.append(owner[0])
        else:
            owner = None
            out.append(None)
    return out


def completed_places(units: list[UnitRef]) -> list[str | None]:
    """For each unit written as a bare place (张家口 in 张家口、廊坊市政府), the unit it stands for: the place
    with the body the next place of its list run writes (张家口市政府); None for the others."""
    g = gazetteer()
    out: list[str | None] = [None] * len(units)
    # Read from the end: ``after`` is the first unit that is no bare place, reached from the unit
    # after this one through joined units only (linear: no scan ahead for every unit).
    after: str | None = None
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        bare_place = g.get(clean_unit(u.surface)) is not None
        if bare_place and after is not None:
            out[k] = completed_by(u.surface, after)
        reach = u.surface if not bare_place else after
        after = reach if u.joined else None  # what the unit before this one reaches, if joined to it
    return out


def document_year(ex: Extraction) -> int | None:
    """The year a document speaks in: its date, else the start of its period (names differ across the reforms)."""
    return int(ex.date[:4]) if ex.date else (ex.period[0] if ex.period else None)


def resolve_document(src: SourceFile, norm: NormalisedText, ex: Extraction, names: list[str] | tuple[str, ...] | None = None) -> ResolvedDocument:
    """Resolve one document's extraction: jurisdiction, units, leads, groups, industries, target values."""
    ctx = jurisdiction_from(ex.issuers, ex.title, ex.doc_number, norm.text[:JURISDICTION_WINDOW])
    year = document_year(ex)
    # Signatures written together (科技部财政部) are several issuers: the resolve stage knows the bodies.
    issuer_names = [piece for name in ex.issuers for piece in split_run_together(name, ctx, year)]
    r = _Resolver(issuer_names, ctx, year)
    r.region(ctx.region)

    def ref(surface: str, span: Span | None, list_prefix: str | None, lead: bool, owner: str | None = None,
            stands_for: str | None = None) -> ResolvedUnitRef:
        # Each name is kept in the script the document was written in too (its altLabel).
        original = norm.original_slice(span.start, span.end) if span is not None else surface
        # A bare unit is resolved with the scope its list run gives it (雄安新区党群工作部、公共服务局), a bare
        # place with the body the list writes after the next place (张家口、廊坊市政府).
        resolved_as = stands_for or (owner + surface if owner else surface)
        return ResolvedUnitRef(surface, original, r.unit(resolved_as, list_prefix), lead)

    issuers = tuple(ref(name, None, None, False) for name in issuer_names)
    tasks: list[ResolvedTask] = []
    for n, task in enumerate(ex.tasks, start=1):
        leads = set(task.lead_indexes())
        owners = run_owners(task.units)
        places = completed_places(task.units)
        units = tuple(ref(u.surface, u.span, u.list_prefix, k in leads, owners[k], places[k]) for k, u in enumerate(task.units))
        tasks.append(ResolvedTask(n, task, units))
    targets: list[ResolvedTarget] = []
    for target in ex.targets:
        value, value_max, _base = parse_value(target.value, target.unit)
        if value is not None:
            targets.append(ResolvedTarget(len(targets) + 1, target, value, value_max))
    parts = tuple(ex.parts) or (Part(ex.title, 0, len(norm.text)),)
    starts = [p.start for p in parts]
    return ResolvedDocument(
        source=src,
        norm=norm,
        extraction=ex,
        names=tuple(sorted(names or [src.name])),
        jurisdiction=ctx,
        year=year,
        # A row or page whose text has no title line is named by its own title field, then by its identifier.
        title=ex.title or dict(src.metadata).get("title") or src.name,
        titled=bool(ex.title or dict(src.metadata).get("title")),
        edition=edition_of(ex.doc_number, ex.date),
        issuers=issuers,
        parts=parts,
        tasks=tuple(tasks),
        targets=tuple(targets),
        groups=tuple(ResolvedGroup(g, qualify_name(g.name, ctx), part_at(starts, g.span.start)) for g in ex.groups),
        mentions=tuple(ResolvedMention(m, industry_of(m.text) if m.kind == "chain" else None) for m in ex.mentions),
        citations=tuple(ex.citations),
        headings=tuple(ex.headings),
        regions=r.regions,
        warnings=tuple(ex.warnings),
    )
