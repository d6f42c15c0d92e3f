"""The extraction pipeline: a list of components over the Simplified text, in data-flow order.

structure → metadata → responsibility → targets → mentions. Each component declares what it
requires and what it assigns (as spaCy components do); the order is checked once, when this
module loads. The components read the document's text as a whole, never tokens, so they run as
plain functions: a spaCy Doc cost 18 % of the extraction time and about 200 bytes per character
of text for tokens nothing read (measured on the real collection; docs/architecture.md, "spaCy").
``extract.spacy_components`` registers the same components as spaCy factories, for a user who
wants them inside a spaCy pipeline of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..resolve.regions import gazetteer
from ..rules import RuleSet, derived
from . import mentions as _mentions
from . import metadata as _meta
from . import responsibility as _resp
from . import structure as _struct
from . import tagger as _tagger
from . import targets as _targets
from .model import Extraction


@dataclass
class State:
    """What the components share while one text runs through them."""

    text: str
    extraction: Extraction = field(default_factory=Extraction)
    # False: the rules' mentions alone (the stacked tagger's training input, tools/train_mentions.py).
    use_tagger: bool = True
    sentences: _struct.Sentences | None = None

    @property
    def sents(self) -> _struct.Sentences:
        """The sentences, assigned by the structure component."""
        assert self.sentences is not None, "the structure component runs first"
        return self.sentences


@dataclass(frozen=True)
class Component:
    """One step of the pipeline: its name, what it reads and writes (Extraction fields, or "sentences"), its function."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[State], None]


def part_locator(ex: Extraction) -> Callable[[int], int]:
    """A function from an offset to the index of the part (plan/scheme) containing it."""
    starts = [p.start for p in ex.parts] or [0]
    return lambda pos: _struct.part_at(starts, pos)


@derived("ontology/authority/regions.tsv")
def _issuer_region_names(rules: RuleSet) -> list[str]:
    """Names of provinces and cities, longest first (an issuer line starts with one of them)."""
    return sorted((r.name for r in gazetteer().regions.values() if r.level != "district"), key=len, reverse=True)


@derived("ontology/authority/agencies.ttl")
def _issuer_known_names(rules: RuleSet) -> frozenset[str]:
    """Every label of the authority file: the pieces a run of glued signing bodies is cut into."""
    from ..resolve.agencies import authority

    return frozenset(authority().labels())


def structure(s: State) -> None:
    """Sentences, title, the schemes a notice issues, and the numbered headings."""
    ex, text = s.extraction, s.text
    s.sentences = _struct.Sentences(text)
    ex.title, ex.title_span = _meta.find_title(text)
    declared = [m.group(1) for m in _meta._CITE_RE.finditer(text[: len(text) // 2 + 1])]
    parts = _struct.find_parts(text, declared)
    ex.parts = _struct.drop_parts_titled(parts, ex.title)
    if len(ex.parts) < len(parts):
        # The line that is the title is the title's evidence, before a 《…》 that names it.
        key = _struct.compact_title(ex.title)
        ex.title_span = next((p.span for p in parts[1:] if p.title == key and p.span is not None), ex.title_span)
    ex.parts[0].title = ex.title
    if not ex.title:
        ex.warnings.append("no title found: the text starts with its addressee line or its body; the plan is named after its file")
    ex.headings = _struct.find_headings(text, ex.parts, s.sents)
    if not ex.headings:
        ex.warnings.append("no numbered headings found: the text has no recognisable structure")


def metadata(s: State) -> None:
    """Issuers, document number, date, period, cited plans and coordinating bodies."""
    ex, text = s.extraction, s.text
    ex.issuers, ex.issuer_span = _meta.find_issuers(text, ex.title, _issuer_region_names(), _issuer_known_names())
    ex.doc_number = _meta.find_doc_number(text)
    ex.date = _meta.find_date(text, ex.issuer_span.end if ex.issuer_span is not None else None)
    ex.period = _meta.find_period(ex.title, text)
    part_titles = [p.title for p in ex.parts[1:]]
    ex.citations = _meta.find_citations(text, ex.title, part_titles, s.sents, part_locator(ex))
    ex.groups = _meta.find_groups(text, s.sents)


def responsibility(s: State) -> None:
    """Responsibility brackets → tasks with their units as written."""
    ex = s.extraction
    ex.lead_note = _resp.has_lead_note(s.text)
    ex.tasks = _resp.find_tasks(s.text, ex.headings, part_locator(ex), ex.lead_note)


def targets(s: State) -> None:
    """Quantitative goals of the goal sections."""
    ex = s.extraction
    # The document's own year (its date, else the first year of its period): a year before it is the past.
    year = int(ex.date[:4]) if ex.date else (ex.period[0] if ex.period else None)
    ex.targets = _targets.find_targets(s.text, ex.headings, s.sents, year=year)
    locate = part_locator(ex)
    for t in ex.targets:
        t.part = locate(t.sentence.start)


def mentions(s: State) -> None:
    """Parks, chains and technologies: the rules' mentions, joined with the tagger's (stacked on them)."""
    ex = s.extraction
    locate = part_locator(ex)
    rules = _mentions.find_mentions(s.text, s.sents, locate, ex.headings)
    if not s.use_tagger:
        ex.mentions = rules
        return
    model = _tagger.tagger()
    tagged, scored = model.tag(s.text, s.sents, locate, rules)
    ex.mentions = _tagger.merge(scored, _mentions.outside_addressee(s.text, tagged), model.rule_thresholds)


COMPONENTS: tuple[Component, ...] = (
    Component("structure", (), ("sentences", "title", "title_span", "parts", "headings", "warnings"), structure),
    Component("metadata", ("sentences", "title", "parts"), ("issuers", "issuer_span", "doc_number", "date", "period", "citations", "groups"), metadata),
    Component("responsibility", ("headings", "parts"), ("lead_note", "tasks"), responsibility),
    Component("targets", ("sentences", "headings", "parts", "date", "period"), ("targets",), targets),
    Component("mentions", ("sentences", "headings", "parts"), ("mentions",), mentions),
)


def check_order(components: tuple[Component, ...]) -> None:
    """Raise ValueError when a component requires what no earlier component assigns (as spaCy's ``analyze_pipes``)."""
    known = {"sentences", *Extraction.__dataclass_fields__}
    assigned: set[str] = set()
    for c in components:
        unknown = (set(c.requires) | set(c.assigns)) - known
        if unknown:
            raise ValueError(f"component {c.name!r} names unknown fields: {sorted(unknown)}")
        missing = set(c.requires) - assigned
        if missing:
            raise ValueError(f"component {c.name!r} requires {sorted(missing)}, which no earlier component assigns")
        assigned |= set(c.assigns)


check_order(COMPONENTS)


def extract(text: str, *, tagger: bool = True) -> Extraction:
    """Run the pipeline over Simplified text and return what it found (``tagger=False``: mentions by the rules alone)."""
    state = State(text, use_tagger=tagger)
    for component in COMPONENTS:
        component.run(state)
    return state.extraction
