"""Scaling guards (issue 16): no input shape may make the extraction grow faster than linearly.

Each shape of ``bench/shapes.py`` is extracted at a small n and at 4n; the CPU time of the larger
must stay well under the 16× of a quadratic step (linear is 4×; the guard allows 8× for noise).
The sizes are those at which the quadratic steps that were found took 0.1–0.5 s, so that one
coming back fails here within seconds. The output is counted, not timed: quads grow like the text.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

from graphbuild.build import _fewer_collections, extract_document
from graphbuild.read import source_from_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import shapes  # noqa: E402

LINEAR = 4.0
LIMIT = 8.0  # a quadratic step gives 16× for 4n

# shape: n (the larger run is 4n)
GUARDS = {
    "brackets": 500,
    "digits": 1000,
    "open-list": 2000,
    "lead-split": 1000,
    "trailing-note": 1000,
    "parts": 500,
    "nested-parens": 2500,
    "spaces": 400,
    "years": 500,
    "titles": 10000,
}


def _run(text: str) -> tuple[float, int]:
    """CPU seconds (the least of three runs: other processes only ever add) and quads of one extraction."""
    src = source_from_bytes(text.encode("utf-8"), "shape.txt")
    best, quads = float("inf"), 0
    for _ in range(3):
        # Timed with the build's collector settings (its workers extract so): with the defaults, the cost of a
        # full collection grows with everything the test process holds (the whole suite run before this file
        # made the mention tagger's 4n run 10× its n run, alone 4.4×), which says nothing of the extraction.
        gc.collect()
        with _fewer_collections():
            t0 = time.process_time()
            _nq, meta = extract_document(src, [src.name])
            best = min(best, time.process_time() - t0)
        quads = meta["quads"]
    return best, quads


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    _run(shapes.brackets(3))  # pipeline, patterns and gazetteer loaded before anything is timed


# Shapes whose quadratic step was copying a list (fast in C, so it shows in time only at large n):
# guarded by counting the headings the step touches instead.
COUNTED = {"goal-sections", "focus-sections"}


def test_every_shape_has_a_guard():
    assert set(GUARDS) | COUNTED == set(shapes.SHAPES) - {"realdocs"}


class CountingList(list):
    """A list that counts the items read from it (one per index, the length of a slice, each item iterated)."""

    reads = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        self.reads += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


@pytest.mark.parametrize("name", sorted(COUNTED))
def test_heading_sections_touch_each_heading_a_bounded_number_of_times(name):
    from graphbuild.extract.mentions import _heading_mentions
    from graphbuild.extract.structure import Sentences, find_headings, find_parts
    from graphbuild.extract.targets import goal_ranges

    reads = []
    for n in (200, 800):
        text = shapes.SHAPES[name].make(n)
        sents = Sentences(text)
        headings = CountingList(find_headings(text, find_parts(text, []), sents))
        goal_ranges(text, headings)
        _heading_mentions(headings, sents)
        reads.append(headings.reads / len(headings))
    # Reads per heading stay constant (they grew with n when each section sliced the rest of the list).
    assert reads[1] <= reads[0] * 1.2 and reads[1] < 20, reads


@pytest.mark.parametrize("name", list(GUARDS))
def test_shape_grows_linearly(name):
    n = GUARDS[name]
    make = shapes.SHAPES[name].make
    small, big = make(n), make(4 * n)
    t1, q1 = _run(small)
    t4, q4 = _run(big)
    chars = len(big) / len(small)
    # Output: quads grow no faster than the text (the constant parts of a document aside).
    assert q4 <= max(q1, 100) * chars * 1.1, (name, q1, q4)
    assert t4 <= LIMIT * max(t1, 0.002), f"{name}: {t1 * 1000:.1f} ms at n={n}, {t4 * 1000:.1f} ms at 4n ({t4 / max(t1, 1e-9):.1f}×)"
