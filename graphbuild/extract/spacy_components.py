"""policykg's extraction components as spaCy factories, for a spaCy pipeline of a user's own.

``nlp.add_pipe("pkg_structure")`` … ``nlp.add_pipe("pkg_mentions")`` (in that order) put the
results in ``doc._.pkg`` (an Extraction), exactly as ``extract.pipeline.extract`` gives them
(``tests/test_extract.py`` checks it). policykg's own build runs the components as plain functions:
they read the text, never the tokens, and a Doc costs time and memory (docs/architecture.md).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .model import Extraction
from .pipeline import COMPONENTS, Component, State
from .tokenizer import CharTokenizer  # noqa: F401 - registers policykg.CharTokenizer.v1

for _ext in ("pkg", "pkg_state"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

FACTORIES = tuple(f"pkg_{c.name}" for c in COMPONENTS)
# The most characters the tokens of one Doc cover (spaCy's own default ``nlp.max_length``): a Doc
# takes about 210 bytes per character, and spaCy refuses a longer text with [E088]. A longer text
# is carried by the Doc of its first section; the components read the whole text.
SECTION_CHARS = 1_000_000


class _SpacyComponent:
    """A policykg component called on a Doc: its state travels in ``doc._.pkg_state``."""

    def __init__(self, component: Component) -> None:
        self.component = component

    def __call__(self, doc: Doc) -> Doc:
        state: State | None = doc._.pkg_state
        if state is None:
            state = doc._.pkg_state = State(doc.text)
        self.component.run(state)
        doc._.pkg = state.extraction
        return doc


def _factory(component: Component) -> None:
    @Language.factory(f"pkg_{component.name}", requires=[], assigns=["doc._.pkg"])
    def make(nlp: Language, name: str) -> _SpacyComponent:
        return _SpacyComponent(component)

    make.__doc__ = f"spaCy factory of the {component.name} component."


for _c in COMPONENTS:
    _factory(_c)


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """``spacy.blank("zh")`` (characters as tokens, no model download) with policykg's components."""
    # The same Docs as the "char" segmenter of spacy.blank("zh"), without its quadratic alignment.
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.CharTokenizer.v1"}}})
    nlp.max_length = SECTION_CHARS
    for name in FACTORIES:
        nlp.add_pipe(name)
    return nlp


def first_section(text: str, limit: int | None = None) -> str:
    """The text up to ``limit`` (default SECTION_CHARS) characters, cut after the last line end before it if there is one."""
    limit = SECTION_CHARS if limit is None else limit
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut + 1 if cut > 0 else limit]


def extract_with_spacy(text: str) -> Extraction:
    """The extraction of ``text`` through the spaCy pipeline of ``make_nlp`` (the Doc holds its first section)."""
    nlp = make_nlp()
    doc = nlp.make_doc(first_section(text))
    doc._.pkg_state = State(text)  # the components read the whole text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.pkg
