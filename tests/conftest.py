"""Shared fixtures: the bundled corpus built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the bundled corpus (read-only for tests: copy it before changing it)."""
    from graphbuild.build import build

    path = tmp_path_factory.mktemp("store")
    build(store=path)
    return path


@pytest.fixture(scope="session")
def nlp():
    """policykg's components in a spaCy pipeline on spacy.blank("zh")."""
    from graphbuild.extract.spacy_components import make_nlp

    return make_nlp()
