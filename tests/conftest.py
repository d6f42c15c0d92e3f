"""Shared fixtures: the bundled corpus built once per test session."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# A test run started in the background (`make test &`) inherits SIGINT ignored, and an ignored signal
# stays ignored across exec: every build a test starts would then shrug off the Ctrl-C the tests send.
# A handler is reset to the default on exec, so the children get Python's own Ctrl-C again.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


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
