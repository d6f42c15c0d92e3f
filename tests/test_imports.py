"""No import cycle in the package, function-level imports included (they once hid analyse ↔ export and rdf → resolve → rdf)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx

import graphbuild

PACKAGE = Path(graphbuild.__file__).parent


def _modules() -> dict[str, Path]:
    out = {}
    for f in PACKAGE.rglob("*.py"):
        parts = list(f.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def import_graph() -> nx.DiGraph:
    """Module → the package modules it imports anywhere in its text (``if TYPE_CHECKING`` blocks left out)."""
    mods = _modules()
    g = nx.DiGraph()
    for mod, f in mods.items():
        g.add_node(mod)
        tree = ast.parse(f.read_text(encoding="utf-8"))
        skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
        here = mod.split(".") if f.name == "__init__.py" else mod.split(".")[:-1]
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else [])) if node.level else (node.module or "")
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for t in targets:
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t and t != mod and t.startswith("graphbuild"):
                    g.add_edge(mod, t)
                    break
    return g


def test_no_import_cycle():
    g = import_graph()
    assert len(g) > 50
    cycles = sorted(" -> ".join(c) for c in nx.simple_cycles(g))
    assert cycles == [], "import cycles (function-level imports included)"


def test_an_import_cycle_would_be_found(tmp_path, monkeypatch):
    # The checker itself: a made-up package whose function-level import closes a cycle.
    pkg = tmp_path / "graphbuild"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "b.py").write_text("def f():\n    from .. import a\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", pkg)
    assert [sorted(c) for c in nx.simple_cycles(import_graph())] == [["graphbuild.a", "graphbuild.sub.b"]]


def test_every_module_imports_first_in_a_fresh_interpreter():
    # A cycle that an import order happens to satisfy fails when the other module comes first:
    # each module is imported first in its own interpreter (forked from one that has none loaded).
    script = (
        "import os, sys, importlib\n"
        "names = sys.argv[1:]\n"
        "bad = []\n"
        "for n in names:\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        try:\n"
        "            importlib.import_module(n)\n"
        "        except BaseException as e:\n"
        "            print(n, type(e).__name__, e, flush=True)\n"
        "            os._exit(1)\n"
        "        os._exit(0)\n"
        "    if os.waitpid(pid, 0)[1] != 0:\n"
        "        bad.append(n)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    names = sorted(m for m in _modules() if not m.endswith("__main__"))
    r = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True, timeout=600, cwd=PACKAGE.parent)
    assert r.returncode == 0, r.stdout + r.stderr
