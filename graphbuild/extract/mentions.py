"""Named parks, industry chains and technologies.

Three general patterns, all driven by ``patterns/mentions.json``:

* enumerations closed by a classifier — ``A、B和C等前沿新材料`` → technologies, ``…等重点产业`` → chains;
* the short headings of a "development focus" section (``二、发展重点 （一）卫星互联网``) → chains;
* names ending in a type suffix (…产业园, …高新区, …示范区 → parks; …产业链, …产业集群, …产业 → chains;
  …传感器, …芯片 → technologies), cut on the left at verbs and function words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_pattern
from .model import Heading, Mention, Span
from .structure import Sentences

KINDS = ("park", "chain", "technology")
_CLAUSE_RE = re.compile(r"[^，,。；;：:！？!?\n—]+")
# White space ends a clause next to Chinese text (texts flattened to one line), not inside "OPC UA".
_CJK_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff）)。])[\s\u3000]+|[\s\u3000]+(?=[\u4e00-\u9fff（(])")
_OPEN, _CLOSE = "（(", "）)"


@lru_cache(maxsize=1)
def _cfg() -> dict:
    p = load_pattern("mentions.json")
    out: dict = {"max_len": p["max_len"], "run_re": re.compile(f"{p['name_chars']}+")}
    bounds = sorted(p["left_boundaries"], key=len, reverse=True)
    out["boundary_re"] = re.compile("|".join(map(re.escape, bounds)))
    out["region_prefix_re"] = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(p["region_prefixes"], key=len, reverse=True))) + ")")
    for kind in KINDS:
        spec = p[kind]
        sufs = sorted(spec["suffixes"], key=len, reverse=True)
        out[kind] = {
            "re": re.compile(f"(?:{'|'.join(map(re.escape, sufs))})"),
            "generic": set(spec["generic"]),
            "exclude": tuple(spec["exclude_contains"]),
            "bad_start": tuple(spec.get("bad_start", [])),
        }
    enum = p["enumeration"]
    out["enum_heads"] = {k: re.compile(v) for k, v in enum["heads"].items()}
    out["enum_skip_heads"] = re.compile(enum["skip_heads"])
    out["focus_sections"] = re.compile(p["focus_sections"])
    out["extra_boundary_re"] = {
        k: re.compile("|".join(map(re.escape, sorted(v, key=len, reverse=True)))) for k, v in p.get("extra_left_boundaries", {}).items() if v
    }
    dev = p["enumeration"]["attribute_heads"]
    out["attribute_head_re"] = re.compile(dev)
    out["generic_modifier_re"] = re.compile("^(?:" + "|".join(map(re.escape, p["enumeration"]["generic_modifiers"])) + ")")
    out["item_suffix_re"] = {k: re.compile(f"(?:{v})$") for k, v in p["enumeration"]["item_suffixes"].items()}
    obj = p["technology"]["objects"]
    out["object_re"] = re.compile(
        f"(?:{obj['verbs']})(?P<obj>[\\u4e00-\\u9fffA-Za-z0-9/\\-]{{2,12}}?(?:{obj['suffixes']}))(?=[，,。；;、]|等|研发|技术研发|规模化|$)"
    )
    out["followers"] = tuple(sorted(p["followers"], key=len, reverse=True))
    out["item_generic"] = set(enum["generic_items"])
    return out


_MARKER_RE = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]")


def _strip_edges(name: str) -> str:
    """Drop punctuation, heading numbers and unbalanced quotes or brackets at the edges of a candidate."""
    name = _MARKER_RE.sub("", name.strip(" 、"))
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    if name.startswith("”"):
        name = name[1:]
    while name and name[0] in _CLOSE:
        name = name[1:]
    while name and name[-1] in _OPEN:
        name = name[:-1]
    depth = 0
    for i, ch in enumerate(name):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return name[:i]
    if depth > 0:
        name = name[max(name.rfind("("), name.rfind("（")) + 1 :]
    return name


def trim_left(text: str, keep_tail: int = 0, *, strip_region: bool = True, kind: str = "park") -> str:
    """Cut a candidate after the last verb or function word that leaves a name (keeping ``keep_tail`` chars)."""
    c = _cfg()
    head = text[: len(text) - keep_tail] if keep_tail else text
    cut = 0
    for rx in (c["boundary_re"], c["extra_boundary_re"].get(kind)):
        if rx is None:
            continue
        for m in rx.finditer(head):
            if (m.end() < len(head) or keep_tail) and m.end() > cut:
                cut = m.end()
    name = text[cut:]
    m = c["region_prefix_re"].match(name) if strip_region else None
    if m and len(name) - m.end() >= 2 + keep_tail:
        name = name[m.end():]
    return name


def _valid(kind: str, name: str, suffix: str) -> bool:
    spec = _cfg()[kind]
    if name in spec["generic"] or len(name) <= len(suffix) or len(name) < 3 or len(name) > 24:
        return False
    if any(x in name for x in spec["exclude"]) or name.startswith(spec["bad_start"]):
        return False
    core = name[: len(name) - len(suffix)]
    if kind == "chain" and suffix == "产业" and not 2 <= len(core) <= 10:
        return False
    if re.search(r"\d+[条个项家类]|[一二两三四五六七八九十]+[条个项]", name):
        return False
    if kind != "park" and _cfg()["park"]["re"].search(name[-4:]):
        return False
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", core)) and not re.fullmatch(r"[\d一二三四五六七八九十百千几多]+[条个项家类大]?", core)


def _suffix_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    c = _cfg()
    out: list[Mention] = []
    for run in c["run_re"].finditer(text):
        chunk = run.group(0)
        for kind in KINDS:
            spec = c[kind]
            for m in spec["re"].finditer(chunk):
                nxt = chunk[m.end() : m.end() + 1]
                # The name must end here (not 产业园 inside 产业园区), unless a usual follower comes next.
                if nxt and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", nxt) and not chunk[m.end():].startswith(c["followers"]):
                    continue
                end_in_chunk = m.end()
                if kind == "park" and chunk[m.end():].startswith(("三期", "二期", "一期")):
                    end_in_chunk += 2
                left = max(0, m.end() - c["max_len"])
                cand = _strip_edges(trim_left(chunk[left:m.end()], len(m.group(0)), strip_region=kind != "park", kind=kind))
                cand += chunk[m.end():end_in_chunk]
                if not _valid(kind, cand, m.group(0)):
                    continue
                end = run.start() + end_in_chunk
                start = end - len(cand)
                out.append(Mention(kind, cand, Span(start, end, cand), sentences.around(start, end), part_of(start)))
    return out


def _split_items(s: str) -> list[tuple[int, str]]:
    """Split an enumeration on 、 outside parentheses, keeping each item's offset."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(s + "、"):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            items.append((start, s[start:i]))
            start = i + 1
    return items


def _clean_item(item: str) -> str:
    """Drop a trailing gloss in parentheses when it is longer than the name (CAD（计算机辅助设计）→ CAD)."""
    m = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", item)
    if m and len(m.group(2)) > len(m.group(1)):
        return m.group(1)
    return item


_ENUM_CLOSER = re.compile(r"(?P<deng>等)?(?P<count>\d+|[一二两三四五六七八九十]+)?(?:[+＋]\d+)?(?P<cls>[条个项类种大])?(?P<head>[^，,。；;：:、]{0,14})")


def _classify_head(head: str) -> str | None:
    """The kind named by the words after a list (its head), or None."""
    c = _cfg()
    # The head is the noun phrase right after the list: stop at a preposition or 的.
    head = re.split(r"(?<=.)[在对为向于的中]", head, maxsplit=1)[0]
    if c["enum_skip_heads"].search(head):
        return None
    for k in ("chain", "technology"):
        if c["enum_heads"][k].search(head):
            return k
    return None


_LIST_END = re.compile(r"等|领域(?=产品|技术|装备|芯片|软件|器件|材料)|\d+[条个项类种]|[一二两三四五六七八九十]+[条个项类种大](?=[\u4e00-\u9fff])")


def _enumeration_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    c = _cfg()
    out: list[Mention] = []
    clauses = []
    for m in _CLAUSE_RE.finditer(text):
        pos = 0
        for sp in _CJK_SPACE_RE.finditer(m.group(0)):
            clauses.append((m.start() + pos, m.group(0)[pos : sp.start()]))
            pos = sp.end()
        clauses.append((m.start() + pos, m.group(0)[pos:]))
    # A parenthesis holding a list of its own (“6+5”现代产业体系（加快发展A、B…）) is a clause too.
    for m in re.finditer(r"[（(]([^（()）]*、[^（()）]*)[）)]", text):
        for c2 in _CLAUSE_RE.finditer(m.group(1)):
            clauses.append((m.start(1) + c2.start(), c2.group(0)))
    for clause_start, s in clauses:
        if "、" not in s:
            continue
        # Split the clause into lists: a list ends at 等 or a count; what follows is its head,
        # and after 和/与/及 in the head a new list may start.
        current: list[tuple[int, str]] = []
        parts = _split_items(s)
        for idx, (off, raw) in enumerate(parts):
            m = _LIST_END.search(raw) if current else None
            if m is None and not current:
                m = _LIST_END.search(raw)
                if m is not None and m.start() == 0:
                    m = None
            if m is None:
                current.append((off, raw))
                continue
            current.append((off, raw[: m.start()]))
            head = raw[m.start():]
            split = re.search(r"[和与及]", head[1:]) if idx < len(parts) - 1 else None
            rest_off = None
            if split:
                rest_off = off + m.start() + 1 + split.end()
                head = head[: 1 + split.start()]
            kind = _classify_head(head.removeprefix("领域")) if head.startswith("领域") else _classify_head(head)
            if kind is None and re.fullmatch(r"等\s*", head):
                kind = _self_typed(current)
            if kind is not None and len(current) >= 2:
                h = head.lstrip("等")
                m_attr = c["attribute_head_re"].match(h)
                if kind == "technology" and m_attr and not c["generic_modifier_re"].match(h):
                    # 温度、压力等智能变送器: the items are attributes; the head names the technology.
                    hs = clause_start + off + m.start() + (len(head) - len(h))
                    name = m_attr.group(0)
                    if m_attr.group(1):
                        out.append(Mention(kind, name, Span(hs, hs + len(name), name), sentences.around(hs), part_of(hs)))
                else:
                    out.extend(_list_items(kind, current, clause_start, sentences, part_of))
            current = [(rest_off, s[rest_off : off + len(raw)])] if rest_off is not None else []
        # A list opened by its classifier instead: 关键技术如A、B、C / 产品包括A、B、C.
        if len(current) >= 2:
            opener = _OPENER_RE.search(current[0][1])
            if opener:
                kind = _classify_head(opener.group("cls"))
                if kind is not None:
                    off0, raw0 = current[0]
                    current[0] = (off0 + opener.end(), raw0[opener.end():])
                    out.extend(_list_items(kind, current, clause_start, sentences, part_of, trim_first=False))
    return out


def _self_typed(items: list[tuple[int, str]]) -> str | None:
    """The kind of a list with no head (…A、B、C等，…) when most items carry that kind's suffix."""
    c = _cfg()
    for kind in ("technology", "chain"):
        typed = sum(1 for _o, raw in items if c[kind]["re"].search(raw[-4:]) or c["item_suffix_re"][kind].search(raw))
        if typed * 2 > len(items):
            return kind
    return None


_OPENER_RE = re.compile(r"(?P<cls>[\u4e00-\u9fff]{1,6})(?:如|包括|例如|涵盖)")


def _list_items(kind: str, items: list[tuple[int, str]], base: int, sentences: Sentences, part_of, *, trim_first: bool = True) -> list[Mention]:
    c = _cfg()
    out = []
    for k, (off, raw) in enumerate(items):
        item = raw
        if k == 0 and trim_first:
            item = trim_left(raw, strip_region=False, kind=kind)
            off += len(raw) - len(item)
        stripped = _clean_item(_strip_edges(item))
        lead = item.find(stripped) if stripped else 0
        item = stripped
        if not item or item in c["item_generic"] or len(item) > 16 or len(item) < 2:
            continue
        if re.search(r"[，,。]|^[的和及与]|[的]$", item) or (kind == "chain" and c["park"]["re"].search(item[-4:])):
            continue
        if any(x in item for x in c[kind]["exclude"]):
            continue
        pieces = [item]
        if kind == "technology" and re.fullmatch(r"[^和]{2,}和[^和]{2,}", item):
            # 钙钛矿和纳米材料: two technologies in one list slot.
            a, b = item.split("和")
            pieces = [a, b]
        for piece in pieces:
            start = base + off + max(lead, 0) + item.find(piece)
            out.append(Mention(kind, piece, Span(start, start + len(piece), piece), sentences.around(start), part_of(start)))
    return out


def _heading_mentions(headings: list[Heading], sentences: Sentences) -> list[Mention]:
    """Short noun headings under a 发展重点 / 重点领域 section are the industries the plan develops."""
    c = _cfg()
    out: list[Mention] = []
    for i, h in enumerate(headings):
        if not c["focus_sections"].search(h.title) or len(h.title) > 10:
            continue
        for sub in headings[i + 1 :]:
            if sub.part != h.part or sub.level <= h.level:
                break
            if sub.level != h.level + 1:
                continue
            t = sub.title
            if 2 <= len(t) <= 10 and not c["boundary_re"].match(t) and not re.search(r"[，,。的]|[委局厅办部]$", t):
                out.append(Mention("chain", t, sub.span, sub.sentence, sub.part))
    return out


def _object_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    """Technologies as the object of an R&D verb: 研制天地一体通信地面设备, 布局新型卫星制造."""
    c = _cfg()
    out = []
    for m in c["object_re"].finditer(text):
        name = _strip_edges(m.group("obj"))
        if not 3 <= len(name) <= 12 or name in c["technology"]["generic"] or c["boundary_re"].search(name):
            continue
        if any(x in name for x in c["technology"]["exclude"]) or c["generic_modifier_re"].fullmatch(name[:2]):
            continue
        start = m.start("obj") + m.group("obj").find(name)
        out.append(Mention("technology", name, Span(start, start + len(name), name), sentences.around(start), part_of(start)))
    return out


def find_mentions(text: str, sentences: Sentences, part_of, headings: list[Heading] | None = None) -> list[Mention]:
    """Every park, chain and technology mention; one Mention per occurrence, in text order."""
    found = _suffix_mentions(text, sentences, part_of) + _enumeration_mentions(text, sentences, part_of)
    found += _heading_mentions(headings or [], sentences) + _object_mentions(text, sentences, part_of)
    # One mention per (kind, span); an enumeration item wins over a suffix match at the same place.
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in sorted(found, key=lambda m: (m.span.start, m.span.end, m.kind)):
        key = (m.kind, m.span.start, m.span.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
