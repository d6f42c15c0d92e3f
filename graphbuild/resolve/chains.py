"""Industry chains and clusters: the industry each one belongs to."""

from __future__ import annotations

import re

_CHAIN_FORM_RE = re.compile(r"(.*[\u4e00-\u9fffA-Za-z].*?)(?:产业集群|产业链)")


def industry_of(chain: str) -> str | None:
    """The industry a chain or cluster belongs to (集成电路产业链 → 集成电路产业), or None for an industry itself."""
    m = _CHAIN_FORM_RE.fullmatch(chain)
    if m is None or len(m.group(1)) < 2 or m.group(1).endswith(("产业", "产业链")):
        return None
    return m.group(1) + "产业"
