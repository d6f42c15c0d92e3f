"""The spaCy pipeline: ``spacy.blank("zh")`` plus policykg's registered components.

Each component reads the Simplified text of the Doc and adds to ``doc._.pkg`` (an Extraction);
offsets are character offsets into that text. The order is the data flow:
structure → metadata → responsibility → targets → mentions.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import mentions as _mentions
from . import metadata as _meta
from . import responsibility as _resp
from . import structure as _struct
from . import targets as _targets
from .model import Extraction
from .tokenizer import CharTokenizer  # noqa: F401 - registers policykg.CharTokenizer.v1

if not Doc.has_extension("pkg"):
    Doc.set_extension("pkg", default=None)
if not Doc.has_extension("pkg_sentences"):
    Doc.set_extension("pkg_sentences", default=None)
if not Doc.has_extension("pkg_text"):
    Doc.set_extension("pkg_text", default=None)

COMPONENTS = ("pkg_structure", "pkg_metadata", "pkg_responsibility", "pkg_targets", "pkg_mentions")


def _text(doc: Doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds ``doc.text`` from its tokens on every access."""
    if doc._.pkg_text is None:
        doc._.pkg_text = doc.text
    return doc._.pkg_text


def _state(doc: Doc) -> Extraction:
    if doc._.pkg is None:
        doc._.pkg = Extraction()
    return doc._.pkg


def part_locator(ex: Extraction):
    """A function from an offset to the index of the part (plan/scheme) containing it."""
    starts = [p.start for p in ex.parts] or [0]
    return lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)


class StructureComponent:
    """Sentences, title, the schemes a notice issues, and the numbered headings."""

    def __init__(self, *, max_heading: int) -> None:
        self.max_heading = max_heading

    def __call__(self, doc: Doc) -> Doc:
        ex = _state(doc)
        text = _text(doc)
        sents = _struct.Sentences(text)
        doc._.pkg_sentences = sents
        ex.title, ex.title_span = _meta.find_title(text)
        declared = [m.group(1) for m in _meta._CITE_RE.finditer(text[: len(text) // 2 + 1])]
        ex.parts = _struct.find_parts(text, declared)
        ex.parts[0].title = ex.title
        if not ex.title:
            ex.warnings.append("no title found: the text starts with its addressee line or its body; the plan is named after its file")
        ex.headings = _struct.find_headings(text, ex.parts, sents)
        if not ex.headings:
            ex.warnings.append("no numbered headings found: the text has no recognisable structure")
        return doc


@lru_cache(maxsize=4)
def _issuer_region_names(g) -> list[str]:
    """Names of provinces and cities, longest first (an issuer line starts with one of them)."""
    return sorted((r.name for r in g.regions.values() if r.level != "district"), key=len, reverse=True)


class MetadataComponent:
    """Issuers, document number, date, period, cited plans and coordinating bodies."""

    def __call__(self, doc: Doc) -> Doc:
        from ..resolve.regions import gazetteer

        ex = _state(doc)
        text = _text(doc)
        sents = doc._.pkg_sentences
        ex.issuers, ex.issuer_span = _meta.find_issuers(text, ex.title, _issuer_region_names(gazetteer()))
        ex.doc_number = _meta.find_doc_number(text)
        ex.date = _meta.find_date(text)
        ex.period = _meta.find_period(ex.title, text)
        part_titles = [p.title for p in ex.parts[1:]]
        ex.citations = _meta.find_citations(text, ex.title, part_titles, sents, part_locator(ex))
        ex.groups = _meta.find_groups(text, sents)
        return doc


class ResponsibilityComponent:
    """Responsibility brackets → tasks with their units as written."""

    def __call__(self, doc: Doc) -> Doc:
        ex = _state(doc)
        ex.lead_note = _resp.has_lead_note(_text(doc))
        ex.tasks = _resp.find_tasks(_text(doc), ex.headings, part_locator(ex), ex.lead_note)
        return doc


class TargetsComponent:
    """Quantitative goals of the goal sections."""

    def __call__(self, doc: Doc) -> Doc:
        ex = _state(doc)
        ex.targets = _targets.find_targets(_text(doc), ex.headings, doc._.pkg_sentences)
        locate = part_locator(ex)
        for t in ex.targets:
            t.part = locate(t.sentence.start)
        return doc


class MentionsComponent:
    """Parks, chains and technologies."""

    def __call__(self, doc: Doc) -> Doc:
        ex = _state(doc)
        ex.mentions = _mentions.find_mentions(_text(doc), doc._.pkg_sentences, part_locator(ex), ex.headings)
        return doc


@Language.factory("pkg_structure", default_config={"max_heading": 60})
def make_structure(nlp: Language, name: str, *, max_heading: int) -> StructureComponent:
    """Factory of the structure component."""
    return StructureComponent(max_heading=max_heading)


@Language.factory("pkg_metadata")
def make_metadata(nlp: Language, name: str) -> MetadataComponent:
    """Factory of the metadata component."""
    return MetadataComponent()


@Language.factory("pkg_responsibility")
def make_responsibility(nlp: Language, name: str) -> ResponsibilityComponent:
    """Factory of the responsibility-bracket component."""
    return ResponsibilityComponent()


@Language.factory("pkg_targets")
def make_targets(nlp: Language, name: str) -> TargetsComponent:
    """Factory of the targets component."""
    return TargetsComponent()


@Language.factory("pkg_mentions")
def make_mentions(nlp: Language, name: str) -> MentionsComponent:
    """Factory of the parks/chains/technologies component."""
    return MentionsComponent()


# The most characters the tokens of one Doc cover (spaCy's own default ``nlp.max_length``). A Doc
# takes about 210 bytes per character (one TokenC each): the 20-million-character text that the
# default --max-bytes admits would need 4 GB of tokens, and spaCy refuses a text over
# ``nlp.max_length`` with [E088].
SECTION_CHARS = 1_000_000


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """A blank Chinese pipeline (character segmentation, no model download) with policykg's components."""
    # The same Docs as the "char" segmenter of spacy.blank("zh"), without its quadratic alignment.
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.CharTokenizer.v1"}}})
    nlp.max_length = SECTION_CHARS
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def first_section(text: str, limit: int | None = None) -> str:
    """The text up to ``limit`` (default SECTION_CHARS) characters, cut after the last line end before it if there is one."""
    limit = SECTION_CHARS if limit is None else limit
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut + 1 if cut > 0 else limit]


def extract(text: str) -> Extraction:
    """Run the pipeline over Simplified text and return what it found.

    The components read the document's text as a whole (``doc._.pkg_text``), never its tokens. A
    text longer than SECTION_CHARS is carried by the Doc of its first section, so that no text
    the reader accepts makes spaCy refuse it ([E088]) or fills memory with tokens nothing reads.
    """
    nlp = make_nlp()
    doc = nlp.make_doc(first_section(text))
    # The components read the text, which spaCy would otherwise re-join from the tokens.
    doc._.pkg_text = text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.pkg
