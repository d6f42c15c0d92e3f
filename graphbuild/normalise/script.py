"""Traditional → Simplified conversion with OpenCC and hard-wrapped lines joined, keeping a map back to original offsets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import opencc


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Convert text to Simplified script with OpenCC's ``t2s`` phrase-aware conversion."""
    return _converter("t2s").convert(text)


@dataclass(frozen=True)
class NormalisedText:
    """Simplified text plus the mapping of its offsets into the original text."""

    original: str
    text: str
    script: str  # "Hans" or "Hant": the script of the original
    # None when conversion kept every offset (the usual case: t2s is one character for one).
    offsets: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if self.offsets is None:
            return start, end
        o = self.offsets
        return o[start], (o[end] if end < len(o) else len(self.original))

    def original_slice(self, start: int, end: int) -> str:
        """The original text behind a span of the normalised text."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def normalise(original: str) -> NormalisedText:
    """Convert ``original`` to Simplified script and join its hard-wrapped lines, recording where each
    character came from."""
    from .lines import wrap_breaks

    breaks = wrap_breaks(original)
    if not breaks:
        return _convert(original)
    kept: list[int] = []
    pieces: list[str] = []
    pos = 0
    # Slices between the breaks, not a character at a time: a wrapped text of megabytes is joined in one pass.
    for a, b in [*breaks, (len(original), len(original))]:
        kept.extend(range(pos, a))
        pieces.append(original[pos:a])
        pos = b
    joined = "".join(pieces)
    conv = _convert(joined)
    offsets = tuple(kept[i] for i in conv.offsets) if conv.offsets is not None else tuple(kept)
    return NormalisedText(original, conv.text, conv.script, offsets)


def _convert(original: str) -> NormalisedText:
    simplified = to_simplified(original)
    if simplified == original:
        return NormalisedText(original, simplified, "Hans")
    if len(simplified) == len(original):
        return NormalisedText(original, simplified, "Hant")
    # A phrase conversion changed the length somewhere: convert line by line, and per character
    # inside the lines that changed length, so that every output character has a known source.
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for line in original.splitlines(keepends=True):
        conv = to_simplified(line)
        if len(conv) == len(line):
            out.append(conv)
            offsets.extend(range(pos, pos + len(line)))
        else:
            for i, ch in enumerate(line):
                c = to_simplified(ch)
                out.append(c)
                offsets.extend([pos + i] * len(c))
        pos += len(line)
    return NormalisedText(original, "".join(out), "Hant", tuple(offsets))


def label_key(s: str) -> str:
    """How a label or alias is compared when a user names a node: Simplified, NFKC-folded (full-width
    brackets as typed match the stored half-width ones), 《》 ignored, case-folded."""
    import unicodedata

    return unicodedata.normalize("NFKC", to_simplified(s.strip())).replace("《", "").replace("》", "").casefold()
