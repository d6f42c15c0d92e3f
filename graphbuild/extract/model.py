"""What the extractor finds in one document, before entity resolution.

All offsets are character offsets into the normalised (Simplified) text, which has the same length
as the original in the usual case; ``NormalisedText.to_original`` maps them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the normalised text."""

    start: int
    end: int
    text: str


@dataclass
class Heading:
    """A numbered heading: level 1 一、, level 2 （一）, level 3 1. / （1）."""

    level: int
    number: str
    title: str
    span: Span  # the heading's title
    sentence: Span  # the heading sentence (up to the first 。)
    part: int  # index of the plan/scheme it belongs to (0 = the document's own plan)


@dataclass
class Part:
    """A plan or a scheme inside a notice; part 0 is the document itself."""

    title: str
    start: int
    end: int
    span: Span | None = None


@dataclass
class UnitRef:
    """One unit of a responsibility bracket as written."""

    surface: str
    span: Span
    role: str  # "lead", "support" or "responsible"
    list_prefix: str | None = None
    joined: bool = False  # follows the unit before it in one list run (after 、, 和 or 及, not after ，)


@dataclass
class RawTask:
    """A responsibility bracket and the numbered item it closes."""

    heading: str
    heading_span: Span | None
    section_path: str
    bracket: Span
    units: list[UnitRef]
    part: int
    first_is_lead: bool = False

    def lead_indexes(self) -> list[int]:
        """The units that lead: those the bracket marks; else the first, when the document says the first listed unit leads.

        One rule for the graph and for eval (they once differed: a marked lead in a document with
        such a note gave two leads in the graph and one in eval).
        """
        marked = [k for k, u in enumerate(self.units) if u.role == "lead"]
        return marked or ([0] if self.first_is_lead and self.units else [])


@dataclass
class RawTarget:
    """A quantitative goal sentence."""

    metric: str
    value: str
    unit: str
    year: int | None
    qualifier: str
    period: str
    sentence: Span
    part: int


@dataclass
class Mention:
    """A named park, chain or technology."""

    kind: str  # "park", "chain", "technology"
    text: str
    span: Span
    sentence: Span
    part: int
    # The tagger's marginal probability of exactly this span and kind (0…1); None: not scored (rules alone).
    confidence: float | None = None


@dataclass
class Citation:
    """A title in 《》 that names another document."""

    title: str
    span: Span
    sentence: Span
    part: int


@dataclass
class GroupRef:
    """A coordinating body named in the text (领导小组, 工作专班...)."""

    name: str
    span: Span
    sentence: Span
    parent: str = ""
    office: str = ""


@dataclass
class Extraction:
    """Everything the pipeline found in one document."""

    title: str = ""
    title_span: Span | None = None
    issuers: list[str] = field(default_factory=list)
    issuer_span: Span | None = None
    doc_number: str = ""
    date: str = ""  # ISO yyyy-mm-dd when found
    period: tuple[int, int] | None = None
    parts: list[Part] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    tasks: list[RawTask] = field(default_factory=list)
    targets: list[RawTarget] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    groups: list[GroupRef] = field(default_factory=list)
    lead_note: bool = False
    warnings: list[str] = field(default_factory=list)
