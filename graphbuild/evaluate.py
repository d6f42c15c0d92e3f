"""Score the extractor against gold annotations (format: docs/gold-format.md).

Each text goes through the document pipeline ``build`` runs (``graphbuild.pipeline``), and the
scores are taken from the ResolvedDocument the graph is written from, so they describe what the
graph holds (``tests/test_evaluate.py`` checks the graph against them).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from .gold import load_gold
from .normalise import to_simplified
from .pipeline import check_rules, process_path
from .read import InputError, iter_inputs
from .resolve.document import ResolvedDocument
from .resources import corpus_dir
from .rules import RuleSet, bundled, using

_WS = re.compile(r"\s+")
_DASH = re.compile(r"[—–－~至]+|-{1,2}")


@dataclass
class Score:
    """Counts for precision and recall."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another score."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None with nothing predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None with nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        """Accumulate."""
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        """correct / total, or None when there was nothing to judge."""
        return self.correct / self.total if self.total else None


METRICS = ("responsibility", "canonical_names", "lead_agency", "cited_plans", "parks", "technologies", "chains", "targets", "title", "issuers")


# What eval can list errors of (--errors): every metric, and the agencies split or merged.
ERROR_KINDS = (*METRICS, "agencies")


@dataclass
class DocScore:
    """All metrics of one document."""

    document: str
    scores: dict[str, Score | Accuracy] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    # (gold full name, predicted label) of every unit matched by its form as written: what split and
    # merged agencies are counted from.
    unit_pairs: list[tuple[str, str]] = field(default_factory=list)


def split_and_merged(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The agencies of ``pairs`` (gold, predicted) that one side names twice: one gold agency predicted as
    two (split) and two gold agencies predicted as one (merged), one line each, sorted."""
    gold_to: dict[str, set[str]] = {}
    pred_to: dict[str, set[str]] = {}
    shown: dict[tuple[str, str], str] = {}  # (side, normalised name) → the form listed: the least written one
    for g, p in pairs:
        gk, pk = _norm(g), _norm(p)
        gold_to.setdefault(gk, set()).add(p)
        pred_to.setdefault(pk, set()).add(g)
        shown["g", gk] = min(shown.get(("g", gk), g), g)
        shown["p", pk] = min(shown.get(("p", pk), p), p)
    split = sorted(f"split: {shown['g', k]} -> {' | '.join(sorted(ps))}" for k, ps in gold_to.items() if len(ps) > 1)
    merged = sorted(f"merged: {shown['p', k]} <- {' | '.join(sorted(gs))}" for k, gs in pred_to.items() if len(gs) > 1)
    return split, merged


def _norm(s: str) -> str:
    return _WS.sub("", to_simplified(s))


def _value_key(v: str) -> str:
    return _DASH.sub("-", _WS.sub("", str(v)))


def _set_score(pred: list[str], gold: list[str]) -> tuple[Score, list[str]]:
    p, g = {_norm(x) for x in pred}, {_norm(x) for x in gold}
    errs = [f"missed: {x}" for x in sorted(g - p)] + [f"extra: {x}" for x in sorted(p - g)]
    return Score(len(p & g), len(p - g), len(g - p)), errs


def _align(pred: list[str], gold: list[str]) -> list[tuple[int | None, int | None]]:
    """Align predicted and gold task headings in order (tasks may be missed or invented)."""
    sm = SequenceMatcher(a=pred, b=gold, autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
        elif op == "replace" and i2 - i1 == j2 - j1:
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
        else:
            pairs.extend((i, None) for i in range(i1, i2))
            pairs.extend((None, j) for j in range(j1, j2))
    return pairs


def predict(path: Path | str) -> dict:
    """Run the document pipeline on one file and return its predictions in the gold format's shape."""
    return predictions(process_path(path))


def predictions(doc: ResolvedDocument) -> dict:
    """A resolved document in the gold format's shape: the objects the graph is written from, nothing recomputed."""
    from .resolve.agencies import clean_unit

    ex = doc.extraction
    return {
        "title": ex.title,
        "issuers": [ref.unit.label for ref in doc.issuers],
        "plans_cited": [c.title for c in doc.citations],
        "sub_plans": [p.title for p in doc.parts[1:]],
        "tasks": [
            {
                "heading": t.raw.heading,
                "responsible_as_written": [clean_unit(u.surface) for u in t.units],
                "responsible": [u.unit.label for u in t.units],
                "lead": [u.label for u in t.leads],
            }
            for t in doc.tasks
        ],
        "targets": [{"year": t.raw.year, "value": t.raw.value, "unit": t.raw.unit, "metric": t.raw.metric} for t in doc.targets],
        "parks": sorted({m.raw.text for m in doc.mentions if m.raw.kind == "park"}),
        "technologies": sorted({m.raw.text for m in doc.mentions if m.raw.kind == "technology"}),
        "chains": sorted({m.raw.text for m in doc.mentions if m.raw.kind == "chain"}),
    }


def score_document(pred: dict, gold: dict, name: str) -> DocScore:
    """Compare one document's predictions with its gold annotation."""
    ds = DocScore(name)
    # Responsibility: aligned tasks, agencies compared as written (cleaned), per task.
    pairs = _align([_norm(t["heading"]) for t in pred["tasks"]], [_norm(t["heading"]) for t in gold["tasks"]])
    resp, canon, lead = Score(), Accuracy(), Accuracy()
    errs: list[str] = []
    canon_errs: list[str] = []
    lead_errs: list[str] = []
    for i, j in pairs:
        p = pred["tasks"][i] if i is not None else None
        g = gold["tasks"][j] if j is not None else None
        pw = Counter(_norm(x) for x in (p["responsible_as_written"] if p else []))
        gw = Counter(_norm(x) for x in (g["responsible_as_written"] if g else []))
        tp = sum((pw & gw).values())
        resp.add(Score(tp, sum(pw.values()) - tp, sum(gw.values()) - tp))
        # _align leaves a task without a partner on one side only, never on both.
        if p is None:
            if g is not None:
                errs.append(f"missed task: {g['heading']}")
            continue
        if g is None:
            errs.append(f"extra task: {p['heading']}")
            continue
        if pw != gw:
            errs.append(f"task {g['heading']}: got {sorted(pw)} want {sorted(gw)}")
        # A unit written twice in one bracket (各市…公安局 and 雄安新区…公安局) is matched in order, not by its last reading.
        lookup: dict[str, list[str]] = {}
        for w, r in zip(p["responsible_as_written"], p["responsible"]):
            lookup.setdefault(_norm(w), []).append(r)
        for w, full in zip(g["responsible_as_written"], g["responsible"]):
            readings = lookup.get(_norm(w))
            if not readings:
                continue
            got = readings.pop(0) if len(readings) > 1 else readings[0]
            ds.unit_pairs.append((full, got))
            canon.total += 1
            if _norm(got) == _norm(full):
                canon.correct += 1
            else:
                canon_errs.append(f"{w}: got {got} want {full}")
        gold_lead, got_lead = sorted(g.get("lead", [])), sorted(p.get("lead", []))
        lead.total += 1
        lead.correct += int(got_lead == gold_lead)
        if got_lead != gold_lead:
            lead_errs.append(f"task {g['heading']}: got {got_lead} want {gold_lead}")
    ds.scores["responsibility"], ds.errors["responsibility"] = resp, errs
    ds.scores["canonical_names"], ds.errors["canonical_names"] = canon, canon_errs
    ds.scores["lead_agency"], ds.errors["lead_agency"] = lead, lead_errs
    for key in ("parks", "technologies", "chains"):
        ds.scores[key], ds.errors[key] = _set_score(pred[key], gold.get(key, []))
    ds.scores["cited_plans"], ds.errors["cited_plans"] = _set_score(pred["plans_cited"], gold.get("plans_cited", []))
    # Targets: (year, value, unit) as a multiset.
    pt = Counter((t["year"], _value_key(t["value"]), t["unit"]) for t in pred["targets"])
    gt = Counter((t["year"], _value_key(t["value"]), t["unit"]) for t in gold.get("targets", []))
    tp = sum((pt & gt).values())
    ds.scores["targets"] = Score(tp, sum(pt.values()) - tp, sum(gt.values()) - tp)
    ds.errors["targets"] = [f"missed: {k}" for k in sorted((gt - pt).elements(), key=str)] + [f"extra: {k}" for k in sorted((pt - gt).elements(), key=str)]
    title = Accuracy(int(_norm(pred["title"]) == _norm(gold.get("title", ""))), 1)
    ds.scores["title"] = title
    ds.errors["title"] = [] if title.correct else [f"got {pred['title']} want {gold.get('title')}"]
    ds.scores["issuers"], ds.errors["issuers"] = _set_score(pred["issuers"], gold.get("issuers", []))
    split, merged = split_and_merged(ds.unit_pairs)
    ds.errors["agencies"] = split + merged
    return ds


@dataclass
class EvalReport:
    """Per-document and overall (micro-averaged) scores."""

    documents: list[DocScore]
    overall: dict[str, Score | Accuracy]
    missing: list[str] = field(default_factory=list)

    def agencies(self) -> tuple[list[str], list[str]]:
        """The agencies split or merged over the whole set (a name read two ways in two documents counts too)."""
        return split_and_merged([pair for d in self.documents for pair in d.unit_pairs])

    def rows(self) -> list[dict[str, object]]:
        """One flat row per document plus an 'overall' row, for tables and JSON."""
        out = []
        whole = self.agencies()
        per_doc = [(d.document, d.scores, split_and_merged(d.unit_pairs)) for d in self.documents]
        for name, scores, (split, merged) in [*per_doc, ("overall", self.overall, whole)]:
            row: dict[str, object] = {"document": name}
            for m in METRICS:
                s = scores.get(m)
                if isinstance(s, Score):
                    row[f"{m}_p"] = _r(s.precision)
                    row[f"{m}_r"] = _r(s.recall)
                    row[f"{m}_f1"] = _r(s.f1)
                elif isinstance(s, Accuracy):
                    row[f"{m}_acc"] = _r(s.value)
            row["agencies_split"], row["agencies_merged"] = len(split), len(merged)
            out.append(row)
        return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def find_text(gold_rel: str, inputs: list[tuple[Path, str]]) -> tuple[Path, str] | None:
    """The text (file, identifier) a gold file at ``gold_rel`` (its path in the gold folder, no suffix) annotates.

    The text at the same relative path wins; else the one text of that file name. A file name
    that several texts share (0001.txt in each crawler folder) is an InputError listing them.
    """
    def stem(ident: str) -> str:
        return ident.rsplit(".", 1)[0] if "." in ident.rsplit("/", 1)[-1] else ident

    exact = [(p, i) for p, i in inputs if stem(i) == gold_rel]
    if exact:
        return exact[0]
    base = gold_rel.rsplit("/", 1)[-1]
    named = [(p, i) for p, i in inputs if stem(i).rsplit("/", 1)[-1] == base]
    if len(named) > 1:
        listed = ", ".join(i for _p, i in named[:10]) + (f" and {len(named) - 10} more" if len(named) > 10 else "")
        raise InputError(f"{gold_rel}.json", f"matches {len(named)} texts ({listed}); put the gold file at the text's relative path "
                                             f"in the gold folder (e.g. {stem(named[0][1])}.json)")
    return named[0] if named else None


def evaluate(gold_dir: str | Path, paths: list[str | Path] | None = None, *, rules: RuleSet | None = None) -> EvalReport:
    """Score every gold file in ``gold_dir`` against the extraction of the text of the same stem (with ``rules``: default the bundled ones)."""
    rules = rules or bundled()
    check_rules(rules)  # as build does: a broken rule file stops before any text is read
    with using(rules):
        return _evaluate(gold_dir, paths)


def _evaluate(gold_dir: str | Path, paths: list[str | Path] | None) -> EvalReport:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(gold_dir, "is not a folder of gold .json files")
    search = [Path(str(p)) for p in paths] if paths else [Path(str(corpus_dir()))]
    inputs = list(iter_inputs(search))
    docs: list[DocScore] = []
    missing: list[str] = []
    overall: dict[str, Score | Accuracy] = {}
    for gf in sorted(gold_dir.rglob("*.json")):
        gold_rel = gf.relative_to(gold_dir).with_suffix("").as_posix()
        gold = load_gold(gf)
        found = find_text(gold_rel, inputs)
        if found is None:
            missing.append(gold_rel)
            continue
        text, ident = found
        ds = score_document(predict(text), gold, ident)
        docs.append(ds)
        for k, v in ds.scores.items():
            overall.setdefault(k, type(v)()).add(v)  # type: ignore[arg-type]
    return EvalReport(docs, overall, missing)
