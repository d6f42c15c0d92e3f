"""Write the golden graphs of the development documents anew: run it only when a change of output is intended.

    .venv/bin/python tests/golden/regenerate.py

Review ``git diff tests/golden/`` before committing: every changed line is a changed fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from graphbuild.build import extract_document  # noqa: E402
from graphbuild.read import read_source  # noqa: E402
from graphbuild.resources import corpus_dir  # noqa: E402

ROOT = HERE.parents[1]


def dev_documents() -> list[Path]:
    """The development set: the bundled corpus and the two test samples."""
    corpus = Path(str(corpus_dir()))
    return sorted(corpus.glob("*.txt")) + sorted((ROOT / "tests/data").glob("*.txt"))


def golden_path(doc: Path) -> Path:
    """Where a document's golden N-Quads live."""
    return HERE / f"{doc.stem}.nq"


def main() -> None:
    for doc in dev_documents():
        src = read_source(doc)
        nq, _meta = extract_document(src, [src.name])
        golden_path(doc).write_text(nq, encoding="utf-8")
        print(f"{golden_path(doc).relative_to(ROOT)}: {len(nq.splitlines())} quads")


if __name__ == "__main__":
    main()
