"""Named parks, industry chains and technologies, found by suffix and enumeration patterns."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_pattern
from .model import Mention, Span
from .structure import Sentences

KINDS = ("park", "chain", "technology")


@lru_cache(maxsize=1)
def _compiled() -> dict:
    p = load_pattern("mentions.json")
    out = {"max_len": p["max_len"], "name_chars": p["name_chars"]}
    bounds = sorted(p["left_boundaries"], key=len, reverse=True)
    out["boundary_re"] = re.compile("|".join(map(re.escape, bounds)))
    for kind in KINDS:
        spec = p[kind]
        sufs = sorted(spec["suffixes"], key=len, reverse=True)
        out[kind] = {
            "re": re.compile(f"(?:{'|'.join(map(re.escape, sufs))})"),
            "generic": set(spec["generic"]),
            "exclude": tuple(spec["exclude_contains"]),
        }
    out["run_re"] = re.compile(f"{p['name_chars']}+")
    return out


def _trim_left(name: str, suffix_len: int, boundary_re: re.Pattern[str]) -> str:
    """Cut a candidate at the last boundary word that leaves a name before the suffix."""
    head = name[: len(name) - suffix_len]
    cut = 0
    for m in boundary_re.finditer(head):
        cut = m.end()
    name = name[cut:]
    # Unbalanced quotes or brackets at the edges are punctuation, not part of the name.
    name = name.lstrip("）)·-+")
    if name.count("“") < name.count("”"):
        name = name.replace("”", "", 1)
    if name.count("（") + name.count("(") > name.count("）") + name.count(")"):
        name = re.sub(r"^.*[（(]", "", name)
    return name


def _valid(kind: str, name: str, suffix: str, spec: dict) -> bool:
    if name in spec["generic"] or len(name) <= len(suffix) or len(name) < 3:
        return False
    if any(x in name for x in spec["exclude"]):
        return False
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", name[: len(name) - len(suffix)]))


def find_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    """Every park, chain and technology mention; one Mention per occurrence."""
    c = _compiled()
    out: list[Mention] = []
    for run in c["run_re"].finditer(text):
        chunk = run.group(0)
        for kind in KINDS:
            spec = c[kind]
            for m in spec["re"].finditer(chunk):
                # Only take a suffix where the name ends (not 产业园 inside 产业园区).
                after = chunk[m.end() : m.end() + 1]
                if after and spec["re"].match(chunk, m.start(), m.end() + 2) and kind == "park":
                    continue
                left = max(0, m.end() - c["max_len"])
                cand = _trim_left(chunk[left : m.end()], len(m.group(0)), c["boundary_re"])
                if not _valid(kind, cand, m.group(0), spec):
                    continue
                start = run.start() + m.end() - len(cand)
                end = run.start() + m.end()
                out.append(Mention(kind, cand, Span(start, end, cand), sentences.around(start, end), part_of(start)))
    out.extend(find_enumerations(text, sentences, part_of))
    return out


_ENUM_HEADS = {
    "technology": r"(?:新一代信息技术|前沿技术|关键技术|核心技术|技术|产品|材料|装备|设备|器件|零部件|软件)",
    "chain": r"(?:重点产业链|产业链|产业集群|集群|产业|行业)",
}
_ENUM_RE = {
    kind: re.compile(
        r"(?P<list>(?:[\u4e00-\u9fffA-Za-z0-9（）()+\-“”]{1,16}、){1,40}[\u4e00-\u9fffA-Za-z0-9（）()+\-“”]{1,16})"
        rf"等(?:\d+[条个项类])?(?P<head>{head})"
    )
    for kind, head in _ENUM_HEADS.items()
}


def find_enumerations(text: str, sentences: Sentences, part_of) -> list[Mention]:
    """Items of lists closed by a classifier: 5G、区块链、人工智能等新一代信息技术 → technologies."""
    c = _compiled()
    out: list[Mention] = []
    for kind, rx in _ENUM_RE.items():
        for m in rx.finditer(text):
            items = m.group("list").split("、")
            pos = m.start("list")
            for k, item in enumerate(items):
                start = pos
                pos += len(item) + 1
                name = item
                if k == 0:
                    name = _trim_left(item, 0, c["boundary_re"]) if len(item) > 1 else item
                    start = pos - 1 - len(name)
                name = name.strip("“”")
                if not name or name in c[kind]["generic"] or len(name) > 16:
                    continue
                if kind == "technology" and any(x in name for x in c["technology"]["exclude"]):
                    continue
                out.append(Mention(kind, name, Span(start, start + len(name), name), sentences.around(start), part_of(start)))
    return out
