"""docs/cli.md is the `--help` of every command, as the code prints it today (regenerate: make docs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_cli_reference_matches_the_code():
    r = subprocess.run([sys.executable, "-m", "cogapp", "--check", "--diff", str(ROOT / "docs/cli.md")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, f"docs/cli.md is out of date: run make docs\n{r.stdout}{r.stderr}"
