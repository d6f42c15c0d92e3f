"""A statistical mention tagger: a linear-chain CRF over characters, stacked on the rules' mentions.

The rules of ``extract.mentions`` find parks, chains and technologies by list shapes, suffixes and
a lexicon; on real documents they never read they miss about half of what an annotator marks
(tests/heldout*/README.md, "First run"). The tagger reads every character with its neighbours and
the rules' own tags (B/I/E/S of each kind) and was trained (tools/train_mentions.py) on the gold of
the annotated sets listed in ``mentions.json``, the provenance file shipped beside the model.

The model is data, like the pattern files: it is loaded once, checked against its provenance
(format, labels, feature version) and never downloaded. A text the model was not trained for is
tagged all the same; what the rules and the tagger find is joined in ``merge``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from .mentions import one_per_span
from .model import Mention, Span
from .structure import Sentences

KINDS = ("park", "technology", "chain")
# Changing what ``features`` emits changes this; a model trained for another version is refused.
FEATURE_VERSION = 2
MODEL_DIR = Path(__file__).parent / "tagger_model"
MODEL_FILE = MODEL_DIR / "mentions.crfsuite"
PROVENANCE_FILE = MODEL_DIR / "mentions.json"

# A mention never crosses a sentence end, a semicolon or a line break; long clauses are cut at a
# comma so that one sequence stays short (CRF decoding is linear, training is not).
_CHUNK_RE = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
_LONG = 400
_COMMA_RE = re.compile(r"[^，,]+[，,]?")
_KIND_CODE = {"park": "P", "technology": "T", "chain": "C"}
_CODE_KIND = {v: k for k, v in _KIND_CODE.items()}


def chunks(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that are tagged as one sequence: clauses between sentence ends, semicolons and line breaks."""
    out: list[tuple[int, int]] = []
    for m in _CHUNK_RE.finditer(text):
        a, b = m.span()
        if b - a <= _LONG:
            out.append((a, b))
            continue
        for c in _COMMA_RE.finditer(text, a, b):
            ca, cb = c.span()
            # A comma-free run longer than _LONG (a table row, a crawled line) is cut blindly.
            out.extend((s, min(s + _LONG, cb)) for s in range(ca, cb, _LONG))
    return out


def _char_type(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "h"
    if c.isdigit():
        return "d"
    if c.isascii() and c.isalpha():
        return "l"
    if c.isspace():
        return "s"
    return "p"


def rule_tags(length: int, mentions: Iterable[Mention]) -> list[tuple[str, ...]]:
    """Per character, the rules' tags (B/I/E/S and a kind code, e.g. "BT") of every rule mention covering it."""
    tags: list[list[str]] = [[] for _ in range(length)]
    for m in mentions:
        a, b, k = m.span.start, m.span.end, _KIND_CODE[m.kind]
        if b - a == 1:
            tags[a].append("S" + k)
            continue
        tags[a].append("B" + k)
        for i in range(a + 1, b - 1):
            tags[i].append("I" + k)
        tags[b - 1].append("E" + k)
    return [tuple(sorted(t)) for t in tags]


def segment(chunk: str) -> list[tuple[str, str]]:
    """jieba's words of ``chunk`` with their parts of speech (jieba-rs, through rjieba); together they are the chunk."""
    import rjieba

    tagged = rjieba.tag(chunk)
    if "".join(w for w, _ in tagged) != chunk:  # pragma: no cover - jieba-rs covers every character
        return [(c, "?") for c in chunk]
    return tagged


def words(chunk: str, tagged: Sequence[tuple[str, str]] | None = None) -> list[tuple[str, str, str, str, str]]:
    """Per character of ``chunk``: its jieba word's B/I/E/S position, part of speech and text, and the parts of speech of the words before and after."""
    tagged = segment(chunk) if tagged is None else tagged
    out: list[tuple[str, str, str, str, str]] = []
    for k, (w, pos) in enumerate(tagged):
        before = tagged[k - 1][1] if k else "^"
        after = tagged[k + 1][1] if k + 1 < len(tagged) else "$"
        if len(w) == 1:
            out.append(("S", pos, w, before, after))
            continue
        out.append(("B", pos, w, before, after))
        out.extend(("I", pos, w, before, after) for _ in range(len(w) - 2))
        out.append(("E", pos, w, before, after))
    return out


def features(text: str, start: int, end: int, tags: Sequence[tuple[str, ...]], seg: Sequence[tuple[str, str]] | None = None) -> list[list[str]]:
    """The features of each character of ``text[start:end]``: characters at −2…+2, bigrams, trigrams, types, words, rule tags."""
    wd = words(text[start:end], seg)
    seq = ["^^", "^"] + list(text[start:end]) + ["$", "$$"]
    types = ["B", "B"] + [_char_type(c) for c in text[start:end]] + ["E", "E"]
    rt = [("^",)] + [tags[i] or ("O",) for i in range(start, end)] + [("$",)]
    out: list[list[str]] = []
    for j in range(2, len(seq) - 2):
        c, p, pp, n, nn = seq[j], seq[j - 1], seq[j - 2], seq[j + 1], seq[j + 2]
        f = [
            "c=" + c, "p=" + p, "pp=" + pp, "n=" + n, "nn=" + nn,
            "pc=" + p + c, "cn=" + c + n, "ppp=" + pp + p, "nnn=" + n + nn,
            "pcn=" + p + c + n, "ppc=" + pp + p + c, "cnn=" + c + n + nn,
            "t=" + types[j], "tt=" + types[j - 1] + types[j] + types[j + 1],
        ]
        # The word jieba puts the character in: where a name starts and ends is mostly where a word does,
        # and a verb or function word before a noun is where a name is cut.
        bies, pos, w, before, after = wd[j - 2]
        f += ["wb=" + bies, "wp=" + pos, "wbp=" + bies + pos, "wbc=" + bies + c]
        if bies in "BS":
            f.append("pwp=" + before)
        if bies in "ES":
            f.append("nwp=" + after)
        if 1 < len(w) <= 6:
            f.append("w=" + w)
        r = rt[j - 1]
        for t in r:
            f.append("r=" + t)
            f.append("rc=" + t + c)
        for t in rt[j - 2]:
            f.append("rp=" + t)
        for t in rt[j]:
            f.append("rn=" + t)
        out.append(f)
    return out


def gold_labels(text: str, gold: dict[str, Sequence[str]]) -> list[str]:
    """BIO labels for every character: each occurrence of a gold string, longest first, where no longer one lies."""
    labels = ["O"] * len(text)
    items = sorted(((s, kind) for kind in KINDS for s in set(gold.get(kind, ()))), key=lambda x: (-len(x[0]), x[0], x[1]))
    for s, kind in items:
        if not s:
            continue
        code = _KIND_CODE[kind]
        pos = text.find(s)
        while pos >= 0:
            if all(x == "O" for x in labels[pos : pos + len(s)]):
                labels[pos] = "B" + code
                for i in range(pos + 1, pos + len(s)):
                    labels[i] = "I" + code
            pos = text.find(s, pos + 1)
    return labels


def spans_of(labels: Sequence[str], offset: int = 0) -> list[tuple[str, int, int]]:
    """The (kind, start, end) runs of BIO labels; an I without a B before it opens a run."""
    out: list[tuple[str, int, int]] = []
    kind, a = "", -1
    for i, lab in enumerate([*labels, "O"]):
        code = lab[1:] if lab != "O" else ""
        if a >= 0 and (lab == "O" or lab[0] == "B" or code != kind):
            out.append((_CODE_KIND[kind], offset + a, offset + i))
            a = -1
        if lab != "O" and a < 0:
            kind, a = code, i
    return out


class Tagger:
    """A loaded model and its provenance: ``tag`` gives the mentions it finds in a text."""

    def __init__(self, model: Path | None = None, provenance: Path | None = None) -> None:
        model, provenance = model or MODEL_FILE, provenance or PROVENANCE_FILE
        try:
            import pycrfsuite
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ModelError("E301", str(model), f"python-crfsuite is not installed ({exc})") from exc
        try:
            self.provenance = json.loads(provenance.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError("E302", str(provenance), f"cannot read the tagger's provenance ({exc})") from exc
        if not isinstance(self.provenance, dict) or self.provenance.get("feature_version") != FEATURE_VERSION:
            got = self.provenance.get("feature_version") if isinstance(self.provenance, dict) else None
            raise ModelError("E303", str(provenance), f"the model was trained for feature version {got}, the code has {FEATURE_VERSION}")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model))
        except (OSError, ValueError) as exc:
            raise ModelError("E304", str(model), f"not a CRFsuite model ({exc})") from exc
        # Per kind, the confidence a rule mention needs to be kept beside the tagger's (chosen by
        # cross-validation when trained); a kind not listed keeps the tagger's mentions alone.
        thresholds = self.provenance.get("rule_thresholds", {})
        if not isinstance(thresholds, dict) or not all(k in KINDS and isinstance(v, int | float) for k, v in thresholds.items()):
            raise ModelError("E303", str(provenance), f"rule_thresholds must map kinds to numbers, not {thresholds!r}")
        self.rule_thresholds: dict[str, float] = {k: float(v) for k, v in thresholds.items()}
        labels = set(self._tagger.labels())
        allowed = {"O"} | {p + c for p in "BI" for c in _KIND_CODE.values()}
        if not labels <= allowed:
            raise ModelError("E305", str(model), f"unknown labels {sorted(labels - allowed)}")

    def tag(self, text: str, sentences: Sentences, part_of: Callable[[int], int], rule_mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
        """The mentions the model finds in ``text`` and the rules' mentions, each with the model's confidence in it."""
        tags = rule_tags(len(text), rule_mentions)
        spans = [c for c in chunks(text) if text[c[0] : c[1]].strip()]
        starts = [a for a, _b in spans]
        by_chunk: dict[int, list[Mention]] = {}
        scored: list[Mention] = []
        for m in rule_mentions:
            k = bisect_right(starts, m.span.start) - 1
            if k >= 0 and m.span.end <= spans[k][1]:
                by_chunk.setdefault(k, []).append(m)
            else:
                # A rule mention across a chunk end (a sentence end inside it): the model never saw it whole.
                scored.append(replace(m, confidence=0.0))
        out: list[Mention] = []
        for k, (a, b) in enumerate(spans):
            seg = segment(text[a:b])
            labels = self._tagger.tag(features(text, a, b, tags, seg))
            for kind, s, e in spans_of(labels, a):
                name = text[s:e].strip()
                if len(name) < 2:
                    continue
                s += len(text[s:e]) - len(text[s:e].lstrip())
                conf = self._confidence(a, b, s, s + len(name), kind)
                out.append(Mention(kind, name, Span(s, s + len(name), name), sentences.around(s, s + len(name)), part_of(s), conf))
            scored.extend(replace(m, confidence=self._confidence(a, b, m.span.start, m.span.end, m.kind)) for m in by_chunk.get(k, ()))
        return out, sorted(scored, key=lambda m: (m.span.start, m.span.end, m.kind))

    def _confidence(self, a: int, b: int, s: int, e: int, kind: str) -> float:
        """The least marginal probability of the labels that make text[s:e] one mention of ``kind`` (the last tag() was of text[a:b])."""
        code = _KIND_CODE[kind]
        tg = self._tagger
        conf = tg.marginal("B" + code, s - a)
        for i in range(s - a + 1, e - a):
            conf = min(conf, tg.marginal("I" + code, i))
        if e < b:
            # …and that it ends here: the next character does not continue it.
            conf = min(conf, 1.0 - tg.marginal("I" + code, e - a))
        return round(conf, 4)


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shipped model, loaded once per process."""
    return Tagger()


def merge(rules: Sequence[Mention], tagged: Sequence[Mention], thresholds: dict[str, float]) -> list[Mention]:
    """The tagger's mentions and, for a kind in ``thresholds``, the rules' mentions the tagger gives at least that confidence."""
    kept = [m for m in rules if m.kind in thresholds and m.confidence is not None and m.confidence >= thresholds[m.kind]]
    return one_per_span([*tagged, *kept])
