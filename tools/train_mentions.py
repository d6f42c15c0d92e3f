"""Train the mention tagger (graphbuild/extract/tagger_model/) on the gold of the annotated sets.

    python tools/train_mentions.py                    # train on every set, write the shipped model
    python tools/train_mentions.py --hold-out tests/heldout17 --hold-out tests/heldout18 --score
                                                      # train without them (to a scratch file) and score them

The training data is each set's texts run through the document pipeline's reader and normaliser
(the text the tagger sees at build time), the rules' mentions of that text (the stacked features)
and the gold strings of parks, technologies and chains, labelled at every occurrence. The
provenance file records the sets and a digest of their files, the parameters, the CRFsuite version
and a digest of the rules' mentions: when the rules change, the model is stale (tests/test_tagger.py
says so) and this script is run again (`make model`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphbuild.extract import tagger as T  # noqa: E402
from graphbuild.extract.pipeline import extract  # noqa: E402
from graphbuild.extract.structure import Sentences  # noqa: E402
from graphbuild.normalise import normalise  # noqa: E402
from graphbuild.read import read_source  # noqa: E402

GOLD_KEYS = {"park": "parks", "technology": "technologies", "chain": "chains"}
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
# Per kind, the tagger's confidence a rule mention needs to be kept beside the tagger's mentions
# (docs/architecture.md, "Mention tagger"); chosen on `--crossval 4`, whose sweep prints the others.
RULE_THRESHOLDS = {"park": 0.05, "technology": 0.05, "chain": 0.0}
SWEEP = (0.0, 0.02, 0.05, 0.1, 0.2, 0.5)


def annotated_sets() -> list[str]:
    """Every annotated set: the dev set (the bundled corpus and tests/gold) and each tests/heldout*/ with texts and gold."""
    sets = ["tests/gold"]
    sets += sorted((p.parent.relative_to(ROOT).as_posix() for p in ROOT.glob("tests/heldout*/gold")),
                   key=lambda s: (len(s), s))
    return [s for s in sets if s == "tests/gold" or (ROOT / s / "texts").is_dir()]


def documents(set_name: str) -> Iterator[tuple[Path, Path]]:
    """(text, gold) pairs of one set."""
    gold_dir = ROOT / set_name if set_name == "tests/gold" else ROOT / set_name / "gold"
    text_dir = ROOT / "graphbuild/corpus" if set_name == "tests/gold" else ROOT / set_name / "texts"
    for g in sorted(gold_dir.glob("*.json")):
        t = text_dir / (g.stem + ".txt")
        if not t.is_file():
            raise SystemExit(f"{g}: no text {t}")
        yield t, g


def prepared(text_path: Path, gold_path: Path) -> tuple[str, list, dict]:
    """The normalised text, the rules' mentions and the gold strings by kind."""
    norm = normalise(read_source(text_path).text).text
    rules = extract(norm, tagger=False).mentions
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return norm, rules, {k: gold.get(v, []) for k, v in GOLD_KEYS.items()}


def set_digest(set_name: str) -> str:
    """sha256 over the set's text and gold files (names and bytes)."""
    h = hashlib.sha256()
    for t, g in documents(set_name):
        for f in (t, g):
            h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def rules_digest(rows: list[tuple[str, list, dict]]) -> str:
    """sha256 of the rules' mentions over the training texts (kind, start, end of each)."""
    h = hashlib.sha256()
    for _norm, rules, _gold in rows:
        h.update(json.dumps([(m.kind, m.span.start, m.span.end) for m in rules]).encode())
    return h.hexdigest()


def train(rows: list[tuple[str, list, dict]], out: Path, params: dict) -> None:
    """Train a CRF on the rows and write it to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for norm, rules, gold in rows:
        tags = T.rule_tags(len(norm), rules)
        labels = T.gold_labels(norm, gold)
        for a, b in T.chunks(norm):
            if norm[a:b].strip():
                trainer.append(T.features(norm, a, b, tags), labels[a:b])
    trainer.set_params(params)
    trainer.train(str(out))


def _prf(pred: set, gold: set) -> tuple[int, int, int]:
    tp = len(pred & gold)
    return tp, len(pred) - tp, len(gold) - tp


def counts(rows: list[tuple[str, list, dict]], model: Path) -> dict[str, dict[str, list[int]]]:
    """Document-level (tp, fp, fn) per kind of the rules, the tagger, their union, the shipped merge and each swept threshold."""
    provenance = model.with_suffix(".json")
    provenance.write_text(json.dumps({"feature_version": T.FEATURE_VERSION, "rule_thresholds": RULE_THRESHOLDS}), encoding="utf-8")
    tg = T.Tagger(model=model, provenance=provenance)
    names = ("rules", "tagger", "union", "shipped", *(f"rules>={t}" for t in SWEEP))
    totals: dict[str, dict[str, list[int]]] = {k: {n: [0, 0, 0] for n in names} for k in T.KINDS}
    for norm, rules, gold in rows:
        tagged, scored = tg.tag(norm, Sentences(norm), lambda _pos: 0, rules)
        shipped = T.merge(scored, tagged, tg.rule_thresholds)
        for kind in T.KINDS:
            g = set(gold[kind])
            r = {m.text for m in rules if m.kind == kind}
            t = {m.text for m in tagged if m.kind == kind}
            preds = {"rules": r, "tagger": t, "union": r | t, "shipped": {m.text for m in shipped if m.kind == kind}}
            for th in SWEEP:
                preds[f"rules>={th}"] = {m.text for m in T.merge(scored, tagged, {kind: th}) if m.kind == kind}
            for name, pred in preds.items():
                acc = totals[kind][name]
                for i, v in enumerate(_prf(pred, g)):
                    acc[i] += v
    return totals


def table(totals: dict[str, dict[str, list[int]]]) -> str:
    """precision / recall / F1 per kind and method, as a plain table."""
    lines = ["kind        method      precision recall  f1"]
    for kind, by in totals.items():
        for name, (tp, fp, fn) in by.items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"{kind:<11} {name:<11} {p:9.3f} {r:6.3f} {f:5.3f}")
    return "\n".join(lines)


def _add(into: dict, more: dict) -> None:
    for kind, by in more.items():
        for name, c in by.items():
            acc = into.setdefault(kind, {}).setdefault(name, [0, 0, 0])
            for i, v in enumerate(c):
                acc[i] += v


def crossval(sets: list[str], folds: int, params: dict) -> dict:
    """Leave-sets-out cross-validation: the held-out sets (not the dev set) in ``folds`` groups, each scored by a model trained on the rest."""
    held = [s for s in sets if s != "tests/gold"]
    groups = [held[i::folds] for i in range(folds)]
    rows = {s: [prepared(t, g) for t, g in documents(s)] for s in sets}
    pooled: dict = {}
    for k, group in enumerate(groups):
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "model.crfsuite"
            train([r for s in sets if s not in group for r in rows[s]], model, params)
            c = counts([r for s in group for r in rows[s]], model)
        print(f"fold {k + 1}/{folds}: {', '.join(group)}\n{table(c)}\n", flush=True)
        _add(pooled, c)
    return pooled


def main() -> None:
    """Train (and optionally score held-out sets); write the shipped model only when nothing is held out."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold-out", action="append", default=[], help="a set to leave out of training (repeatable)")
    ap.add_argument("--score", action="store_true", help="score the held-out sets (rules, tagger, union)")
    ap.add_argument("--crossval", type=int, metavar="K", help="leave-sets-out cross-validation in K folds (writes no model)")
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    args = ap.parse_args()
    sets = annotated_sets()
    unknown = set(args.hold_out) - set(sets)
    if unknown:
        raise SystemExit(f"unknown sets {sorted(unknown)}; known: {sets}")
    train_sets = [s for s in sets if s not in args.hold_out]
    params = {**PARAMS, "max_iterations": args.iterations, "c1": args.c1}
    if args.crossval:
        print(f"pooled over {args.crossval} folds\n{table(crossval(sets, args.crossval, params))}")
        return
    rows = [prepared(t, g) for s in train_sets for t, g in documents(s)]
    if args.hold_out:
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "model.crfsuite"
            train(rows, model, params)
            if args.score:
                test = [prepared(t, g) for s in args.hold_out for t, g in documents(s)]
                print(table(counts(test, model)))
        return
    T.MODEL_DIR.mkdir(exist_ok=True)
    train(rows, T.MODEL_FILE, params)
    provenance = {
        "what": "policykg mention tagger: a linear-chain CRF (CRFsuite) over characters, stacked on the rules' mentions",
        "made_by": "tools/train_mentions.py",
        "feature_version": T.FEATURE_VERSION,
        "crfsuite": "python-crfsuite " + version("python-crfsuite"),
        "params": params,
        "rule_thresholds": RULE_THRESHOLDS,
        "training_sets": {s: set_digest(s) for s in train_sets},
        "documents": len(rows),
        "gold_mentions": {k: sum(len(set(g[k])) for _n, _r, g in rows) for k in T.KINDS},
        "rules_digest": rules_digest(rows),
        "model_sha256": hashlib.sha256(T.MODEL_FILE.read_bytes()).hexdigest(),
    }
    T.PROVENANCE_FILE.write_text(json.dumps(provenance, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: provenance[k] for k in ("documents", "gold_mentions", "model_sha256")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
