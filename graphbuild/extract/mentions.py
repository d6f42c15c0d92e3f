"""Named parks, industry chains and technologies.

General patterns, all driven by ``patterns/mentions.json``:

* enumerations closed by a classifier — ``A、B和C等前沿新材料`` → technologies, ``…等重点产业`` → chains;
  a list whose head names no kind is typed by its items' suffixes (``A材料、B软件、C工艺等“五基”能力``);
* the short headings of a "development focus" section (``二、发展重点 （一）卫星互联网``) → chains;
* names ending in a type suffix (…产业园, …高新区, …示范区 → parks; …产业链, …产业集群, …产业 → chains;
  …传感器, …芯片, …阀 → technologies), cut on the left at verbs, function words and place names;
* technologies as the object of an R&D verb (``布局CMOS-MEMS集成技术``, ``加快生物食品技术研究``);
* a general lexicon of well-known technology terms (物联网, 工业互联网, 标识解析 …), kept where the term is
  not merely part of a longer name.

Where the patterns disagree, the list item is the unit the text names: a suffix match inside a longer item,
or inside an item of another kind, is dropped.
"""

from __future__ import annotations

import bisect
import re

from ..resolve.regions import gazetteer
from ..rules import RuleSet, derived
from .brackets import ROUND_CLOSE as _CLOSE
from .brackets import ROUND_OPEN as _OPEN
from .brackets import split_top_level
from .metadata import addressee_span
from .model import Heading, Mention, Span
from .numerals import cjk_number
from .structure import Sentences

KINDS = ("park", "chain", "technology")
_CLAUSE_RE = re.compile(r"[^，,。；;：:！？!?\n—]+")
# White space ends a clause next to Chinese text (texts flattened to one line), not inside "OPC UA".
# The second form starts only where a run starts and takes it possessively: tried from every position of
# a long run of spaces it scanned (and backtracked over) the rest of the run each time. Same matches.
_CJK_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff）)。])[\s\u3000]+|(?<![\s\u3000])[\s\u3000]++(?=[\u4e00-\u9fff（(])")


@derived("patterns/mentions.json")
def _cfg(rules: RuleSet) -> dict:
    p = rules.pattern("mentions.json")
    out: dict = {"max_len": p["max_len"], "run_re": re.compile(f"{p['name_chars']}+")}
    bounds = sorted(p["left_boundaries"], key=len, reverse=True)
    # A word that holds a boundary word but is part of a name (自由贸易试验区, 电驱动系统) is matched first, so
    # the boundary inside it never cuts: only matches of the group "b" are boundaries.
    # The policy categories of industries (战略性新兴产业) are such words too: 新兴 in them cuts nothing.
    exceptions = "|".join([*p.get("left_boundary_exceptions", []), *map(re.escape, p["chain"].get("categories", []))])
    bound_alt = "|".join(map(re.escape, bounds))
    out["boundary_re"] = re.compile(f"{exceptions}|(?P<b>{bound_alt})" if exceptions else f"(?P<b>{bound_alt})")
    # Level words (省级, 国家级), economic areas (长三角, …经济圈), or any short place name ending in an
    # administrative unit (南山区智能传感器); the regions of the gazetteer are matched apart (_region_prefix).
    levels = "|".join(map(re.escape, sorted(p["level_prefixes"], key=len, reverse=True)))
    out["park_rank_re"] = re.compile(f"^(?:{p['park']['rank_prefix']})")
    out["park_site_suffixes"] = tuple(p["park"].get("site_suffixes", []))
    out["park_zone_marker_re"] = re.compile(p["park"]["zone_markers"]) if p["park"].get("zone_markers") else None
    out["park_class_rank_re"] = re.compile(f"^(?:{p['park'].get('class_rank_prefix') or p['park']['rank_prefix']})")
    out["region_prefix_re"] = re.compile(f"^(?:{levels}|{p['area_names']}|{p['place_prefix']})")
    # A region or economic area is never a chain or a technology (依托长三角、成渝地区双城经济圈等区域…).
    out["area_re"] = re.compile(f"(?:{p['area_names']})(?:地区|区域)?")
    out["scenario_head_re"] = re.compile(p["scenario_heads"])
    for kind in KINDS:
        spec = p[kind]
        sufs = sorted(spec["suffixes"], key=len, reverse=True)
        out[kind] = {
            "re": re.compile(f"(?:{'|'.join(map(re.escape, sufs))})"),
            "generic": set(spec["generic"]) - set(spec.get("categories", [])),
            "categories": frozenset(spec.get("categories", [])),
            # Plain words, or a word with a look-ahead (服务(?!器): a service, not a server).
            "exclude": re.compile("|".join(spec["exclude_contains"])),
            "bad_start": tuple(spec.get("bad_start", [])),
            # 打造一批…示范区: zones of a kind the text wants many of, no named zone.
            "class_quantifiers": tuple(spec.get("class_quantifiers", [])),
            # Words that may follow a name of this kind (MEMS芯片设计, 执行器产品), besides the shared followers.
            "followers": tuple(sorted(set(p["followers"]) | set(spec.get("followers", [])), key=len, reverse=True)),
            # A name whose specific part is only an evaluative or rank word (优势产业链, 世界级先进制造业集群).
            "generic_core": re.compile(f"(?:{spec['generic_core']})") if spec.get("generic_core") else None,
            # An organ of a governed area may follow its name (某某新区管委会, 某某新区公共服务局): the area is named there.
            "follower_re": re.compile(spec["follower_re"]) if spec.get("follower_re") else None,
            "follower_re_suffixes": frozenset(spec.get("follower_re_suffixes", [])),
            "joiners": frozenset(spec.get("name_joiners", [])),
            "scale_re": re.compile(f"^(?:{spec['scale_prefix']})") if spec.get("scale_prefix") else None,
            # The forms of one industry, least to most specific (…产业, …产业链, …产业集群).
            "forms": tuple(spec.get("forms", [])),
            "place_units": tuple(spec.get("place_units", [])),
            "name_conjunctions": frozenset(spec.get("name_conjunctions", [])),
        }
    # One scan decides whether a run holds a suffix of any kind (most runs hold none).
    out["any_suffix_re"] = re.compile("|".join(map(re.escape, sorted({x for k in KINDS for x in p[k]["suffixes"]}, key=len, reverse=True))))
    enum = p["enumeration"]
    out["enum_heads"] = {k: re.compile(v) for k, v in enum["heads"].items()}
    out["enum_skip_heads"] = re.compile(enum["skip_heads"])
    out["head_qualifier_re"] = re.compile(enum["head_qualifier"])
    out["purpose_re"] = re.compile(f"^(?:{enum['purpose_words']})")
    out["enum_attribute_heads"] = re.compile(enum["attribute_of_items_heads"])
    out["enum_field_head"] = re.compile(enum["field_heads"])
    out["head_noun_reach"] = enum.get("head_noun_reach", 1000)
    out["chain_field_head_re"] = re.compile(enum.get("chain_field_head") or "(?!)")
    out["bare_category_head_re"] = re.compile(enum.get("bare_category_head") or "(?!)")
    out["device_item_end_re"] = re.compile(enum.get("device_item_end") or "(?!)")
    out["zone_head_re"] = re.compile(enum.get("zone_head") or "(?!)")
    out["organisation_after_re"] = re.compile(p["technology"].get("organisation_after") or "(?!)")
    out["technology_generic_form_re"] = re.compile(p["technology"].get("generic_form") or "(?!)")
    cats = sorted(p["chain"].get("categories", []), key=len, reverse=True)
    out["category_re"] = re.compile("|".join(map(re.escape, cats)) or "(?!)")
    out["sector_head_re"] = re.compile(enum.get("sector_head") or "(?!)")
    out["sector_verb_re"] = re.compile(enum.get("sector_verbs") or "(?!)")
    out["doc_code_re"] = re.compile(p.get("doc_code_after") or "(?!)")
    out["rd_tail_re"] = re.compile(enum["rd_tail"]) if enum.get("rd_tail") else None
    out["rd_attribute_re"] = re.compile(enum.get("rd_attribute_items") or "(?!)")
    out["headless_item_re"] = re.compile(f"(?:{enum['headless_item_suffixes']})$")
    out["enum_tech_domain_head"] = re.compile(enum["technology_domain_head"])
    out["focus_sections"] = re.compile(p["focus_sections"])
    out["extra_boundary_re"] = {
        k: re.compile("|".join(map(re.escape, sorted(v, key=len, reverse=True)))) for k, v in p.get("extra_left_boundaries", {}).items() if v
    }
    dev = p["enumeration"]["attribute_heads"]
    out["attribute_head_re"] = re.compile(dev)
    out["generic_modifier_re"] = re.compile("^(?:" + "|".join(map(re.escape, p["enumeration"]["generic_modifiers"])) + ")")
    out["chain_item_product_re"] = re.compile(enum["chain_item_product_suffixes"]) if enum.get("chain_item_product_suffixes") else None
    out["chain_item_products_anywhere"] = frozenset(enum.get("chain_item_products_anywhere", []))
    out["item_suffix_re"] = {k: re.compile(f"(?:{v})$") for k, v in p["enumeration"]["item_suffixes"].items()}
    obj = p["technology"]["objects"]
    out["object_re"] = re.compile(
        # A Latin gloss may stand between the name and its follower: 加快制造执行系统（MES）建设.
        f"(?:{obj['verbs']})(?P<obj>[\\u4e00-\\u9fffA-Za-z0-9/\\-]{{2,14}}?(?:{obj['suffixes']}))(?:[（(][A-Za-z][A-Za-z0-9\\-]{{0,9}}[）)])?(?={obj['followers']})"
    )
    out["object_generic_tail_re"] = re.compile(f"(?:{obj['generic_tails']})$")
    out["followers"] = tuple(sorted(p["followers"], key=len, reverse=True))
    out["item_generic"] = set(enum["generic_items"])
    # Sectors (金融, 物流) are no technology and no park, but they are industries in a list of industries.
    out["item_generic_chain"] = out["item_generic"] - set(enum.get("sector_items", []))
    out["item_lead_re"] = re.compile(enum["technology_item_lead"])
    lex = sorted(p["technology"].get("lexicon", []), key=len, reverse=True)
    # A term must not be glued to a longer Latin/number token (5G in 5GC, IPv6 in IPv6x), nor be the
    # modifier of an organisation or place (分布式能源中心, 数字孪生城市). The left edge is checked in
    # code: a look-behind in front of the alternation makes the scan several times slower.
    not_after = "|".join(p["technology"].get("lexicon_not_before", []))
    out["lexicon_re"] = re.compile("(?:" + "|".join(map(re.escape, lex)) + f")(?![A-Za-z0-9]{'|' + not_after if not_after else ''})") if lex else None
    return out


# A count inside a candidate (30项前沿技术, 两个产业集群) marks a quantity phrase, not a name.
# A count names how many, not which: 3个园区, 五项技术, 1-2种材料, and 六大未来产业 / 十大产业集群 (a number of categories).
_COUNT_RE = re.compile(r"(?<!\d)\d++[条个项家类种]|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]++[条个项种]|^[一二两三四五六七八九十]{1,3}大")
_MARKER_RE = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]")
_HEADING_MARK_RE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")


def _strip_edges(name: str) -> str:
    """Drop punctuation, heading numbers and unbalanced quotes or brackets at the edges of a candidate."""
    name = _MARKER_RE.sub("", name.strip(" 、"))
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    if name.startswith("”"):
        name = name[1:]
    # One strip, not a slice per character: an item of n closing brackets cost n² (issue 16).
    name = name.lstrip(_CLOSE).rstrip(_OPEN)
    stray, depth = _stray_closes(name)
    if stray:
        return name[: stray[0]]
    if depth > 0:
        name = name[max(name.rfind("("), name.rfind("（")) + 1 :]
    return name


def _stray_closes(name: str) -> tuple[list[int], int]:
    """The positions of the closing brackets of ``name`` that open nowhere before them, and the depth left open at its end."""
    depth, stray = 0, []
    for i, ch in enumerate(name):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                depth = 0
                stray.append(i)
    return stray, depth


def _after_stray_close(name: str) -> str:
    """The part of a candidate after its last closing bracket that opens nowhere in it.

    A suffix match ends the name, so a stray bracket on its left ends what comes before it
    (…负责）（十一）发展产业园区): the name is on the right of it, not on the left.
    """
    stray, _depth = _stray_closes(name)
    return name[stray[-1] + 1 :] if stray else name


def trim_left(text: str, keep_tail: int = 0, *, strip_region: bool = True, kind: str = "park", joiners: frozenset[str] = frozenset()) -> str:
    """Cut a candidate after the last verb or function word that leaves a name (keeping ``keep_tail`` chars).

    ``joiners`` are boundary words that join two halves of the name here (A及B产业集群) and do not cut.
    """
    c = _cfg()
    head = text[: len(text) - keep_tail] if keep_tail else text
    cut = 0
    for rx in (c["boundary_re"], c["extra_boundary_re"].get(kind)):
        if rx is None:
            continue
        # Scanned over the whole candidate, so that a name word may look at the suffix (协同发展示范区);
        # only words that end before the kept tail cut.
        for m in rx.finditer(text):
            if m.end() > len(head):
                break
            if rx is c["boundary_re"] and m.group("b") is None or m.group(0) in joiners:
                # A name word holding a boundary word (自由贸易试验区), or a joiner: no cut.
                continue
            if (m.end() < len(head) or keep_tail) and m.end() > cut:
                cut = m.end()
    name = text[cut:]
    end = _region_prefix(name) if strip_region else 0
    if end and len(name) - end >= 2 + keep_tail:
        name = name[end:]
    return name


def _region_prefix(name: str) -> int:
    """How many characters at the start of a name say where it is: any region of the gazetteer
    (杭州, 广东省深圳市), a level word or an economic area; 0 when none does.
    """
    m = _cfg()["region_prefix_re"].match(name)
    return max(gazetteer().place_prefix(name), m.end() if m else 0)


def strip_modifiers(name: str, suffix: str = "") -> str:
    """Drop leading evaluative modifiers (新型, 高端, 先进…) unless only a generic word would remain.

    高端激光分析仪 names the same product as 激光分析仪, but 新型传感器 says more than 传感器.
    """
    c = _cfg()
    while (m := c["generic_modifier_re"].match(name)) is not None:
        rest = name[m.end():]
        if len(rest) < max(3, len(suffix) + 2) or rest in c["technology"]["generic"] or rest in c["item_generic"]:
            break
        name = rest
    return name


def _valid(kind: str, name: str, suffix: str) -> bool:
    spec = _cfg()[kind]
    if name in spec["generic"] or len(name) <= len(suffix) or len(name) < 3 or len(name) > 24:
        return False
    if spec["exclude"].search(name) or name.startswith(spec["bad_start"]):
        return False
    core = name[: len(name) - len(suffix)]
    if kind == "chain" and suffix == "产业" and not 2 <= len(core) <= 10:
        return False
    if kind == "chain" and _region_prefix(name) >= len(core):
        # 某某市制造业: a place and a sector word name the place's sector, no industry of its own.
        return False
    if spec["generic_core"] is not None and spec["generic_core"].fullmatch(core) and name not in spec["categories"]:
        return False
    if kind != "park" and _cfg()["area_re"].fullmatch(name):
        return False
    if kind == "park":
        # 国家高新区, 省级经济技术开发区: a rank and a bare zone word name the class of zones, not one zone;
        # so does a region's rank of it (河北省省级农业科技园区: the province's class of parks).
        region_end = _region_prefix(name)
        checks = [(name, _cfg()["park_class_rank_re"])]
        if region_end:
            # After a place only a rank word with 级 grades (石家庄市高新区 is the city's zone).
            checks.append((name[region_end:], _cfg()["park_rank_re"]))
        for rest, rank_re in checks:
            if (rank := rank_re.match(rest)) and (rest[rank.end():] in spec["generic"] or rest[rank.end():] == suffix):
                return False
    if (
        kind == "park"
        and name.endswith(_cfg()["park_site_suffixes"])
        and (zm := _cfg()["park_zone_marker_re"]) is not None
        and not zm.search(name)
        and not _region_prefix(name)
    ):
        # 奶源基地, 仓储基地, 科研基地: the site of an activity; a zone says its industry, rank or place.
        return False
    if kind == "park" and (region := _region_prefix(name)) and name[region:].startswith(spec["bad_start"]) and name[region:] != suffix:
        # 某某省全球先进制造业基地: after the place, a word no park name starts with (全球, 特色产业…);
        # a place and a zone word alone (某某产业园) name the place's zone.
        return False
    if _COUNT_RE.search(name):
        return False
    if kind != "park" and _cfg()["park"]["re"].search(name[-4:]):
        return False
    if re.fullmatch(r"“[^“”]+”", core):
        # A quoted code names the system (“33618”现代制造业集群体系).
        return True
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", core)) and not re.fullmatch(r"[\d一二三四五六七八九十百千几多]+[条个项家类大]?", core)


def _suffix_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    c = _cfg()
    out: list[Mention] = []
    for run in c["run_re"].finditer(text):
        chunk = run.group(0)
        if len(chunk) < 3 or not c["any_suffix_re"].search(chunk):
            # Shorter than any valid name (_valid wants three characters), or no type suffix at all.
            continue
        for kind in KINDS:
            spec = c[kind]
            for m in spec["re"].finditer(chunk):
                nxt = chunk[m.end() : m.end() + 1]
                # The name must end here (not 产业园 inside 产业园区), unless a usual follower comes next.
                # startswith at an offset: slicing the rest of the run for every suffix was quadratic in a long run.
                if (
                    nxt
                    and _NAME_CHAR_RE.match(nxt)
                    and not chunk.startswith(spec["followers"], m.end())
                    and not (
                        spec["follower_re"] is not None
                        and m.group(0) in spec["follower_re_suffixes"]
                        and spec["follower_re"].match(chunk, m.end())
                    )
                ):
                    continue
                end_in_chunk = m.end()
                if kind == "park" and chunk.startswith(("三期", "二期", "一期"), m.end()):
                    end_in_chunk += 2
                left = max(0, m.end() - c["max_len"])
                cluster = kind == "chain" and m.group(0).endswith("集群")
                # A cluster is one thing: 及 joins the two halves of its name (传感器及仪器仪表产业集群).
                joiners = c["chain"]["joiners"] if cluster else frozenset()
                cand = _strip_edges(
                    _after_stray_close(trim_left(chunk[left:m.end()], len(m.group(0)), strip_region=kind != "park" and not cluster, kind=kind, joiners=joiners))
                )
                if cluster:
                    cand = _cluster_after_place(cand, len(m.group(0)))
                if kind == "park" and cand in spec["generic"]:
                    # A与B示范区: a cut at 与 that leaves only a zone word was inside the name (和 joins two places).
                    cand = _strip_edges(_after_stray_close(trim_left(chunk[left:m.end()], len(m.group(0)), strip_region=False, kind=kind, joiners=spec["name_conjunctions"])))
                cand += chunk[m.end():end_in_chunk]
                if kind == "technology":
                    cand = strip_modifiers(cand, m.group(0))
                elif kind == "chain":
                    cand = _chain_after_place(cand)
                    if spec["scale_re"] is not None and (sm := spec["scale_re"].match(cand)):
                        # 千亿级电子信息产业集群: the size class says how big, not which.
                        cand = cand[sm.end():]
                elif kind == "park" and (rank := c["park_rank_re"].match(cand)) and len(cand) - rank.end() > len(m.group(0)) + 1:
                    # 国家级/省级 rates the zone the text wants to build; the zone's name follows it.
                    cand = cand[rank.end():]
                if not _valid(kind, cand, m.group(0)):
                    continue
                end = run.start() + end_in_chunk
                start = end - len(cand)
                if c["doc_code_re"].match(text, end):
                    # 某工信产业〔2020〕12号: the prefix of a document number, no name.
                    continue
                if kind != "park" and c["organisation_after_re"].match(text, end):
                    # 中国电子信息产业发展研究院: an organisation's name holds the industry; no mention of it.
                    continue
                if kind == "park" and text.endswith(spec["class_quantifiers"], max(0, start - 3), start):
                    continue
                if kind == "park" and cand.endswith(c["park_site_suffixes"]) and text.endswith("的", 0, start):
                    # 建成全国一流的A产业基地: a base a description leads up to is described, not named.
                    continue
                out.append(Mention(kind, cand, Span(start, end, cand), sentences.around(start, end), part_of(start)))
    return out




def _cluster_after_place(cand: str, keep_tail: int) -> str:
    """A cluster is a located thing: a place written bare in front of it is part of its name
    (某某电子信息产业集群 of a city), while a place with its unit (某某市, 某某省) or a level word only says
    where it is, as in front of an industry.
    """
    g = gazetteer().place_prefix(cand)
    r = _cfg()["region_prefix_re"].match(cand)
    end = max(g if g and cand[:g].endswith(_cfg()["chain"]["place_units"]) else 0, r.end() if r else 0)
    if end and len(cand) - end >= 2 + keep_tail:
        return cand[end:]
    return cand


# A single level character left in front of a chain by a cut (区集成电路产业投资基金), not a word.
_LEVEL_CHAR_RE = re.compile(r"^[市省区县](?!块链|域|场|际|级)")


def _chain_after_place(cand: str) -> str:
    """A chain named after a zone or a level (增城开发区集成电路产业, 区集成电路产业): the chain is what follows."""
    c = _cfg()
    last = None
    for m in c["park"]["re"].finditer(cand):
        last = m
    if last is not None and len(cand) - last.end() >= 4:
        cand = cand[last.end():]
    if _LEVEL_CHAR_RE.match(cand) and len(cand) >= 6:
        cand = cand[1:]
    return cand


_PAREN_RE = re.compile(r"[（()）]")
_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _split_items(s: str) -> list[tuple[int, str]]:
    """Split an enumeration on 、 outside parentheses, keeping each item's offset."""
    if not _PAREN_RE.search(s):
        # No parentheses (the usual case): a plain split, without a loop over the characters.
        items, start = [], 0
        for part in s.split("、"):
            items.append((start, part))
            start += len(part) + 1
        return items
    return [(a, s[a:b]) for a, b in split_top_level(s, "、", opens=_OPEN, closes=_CLOSE)]


def _clean_item(item: str, kind: str = "technology") -> str:
    """Drop a trailing gloss in parentheses: one longer than the name (CAD（计算机辅助设计）→ CAD) or a Latin
    abbreviation of it (IPv6分段路由（SRv6）→ IPv6分段路由); docs/gold-format.md: a gloss is no part of a name."""
    m = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", item)
    if m and (len(m.group(2)) > len(m.group(1)) or (kind == "technology" and re.fullmatch(r"[A-Za-z][A-Za-z0-9\-+/. ]{1,11}", m.group(2)) and re.search(r"[\u4e00-\u9fff]", m.group(1)))):
        return m.group(1)
    return item


_ENUM_CLOSER = re.compile(r"(?P<deng>等)?(?P<count>\d+|[一二两三四五六七八九十]+)?(?:[+＋]\d+)?(?P<cls>[条个项类种大])?(?P<head>[^，,。；;：:、]{0,14})")


def _head_phrase(head: str) -> str:
    """The noun phrase right after a list: the words up to a preposition or 的."""
    # 为 in a word (行为, 作为, 成为) is no preposition, nor 中 that opens one (数据中心设备, 中试): 中 after
    # a noun (…等产品中，) closes the phrase.
    return re.split(r"(?<=.)(?:[在对向于的]|中(?=[，,。；;、的\s]|$)|(?<![行作成认])为)", head, maxsplit=1)[0]


def _chain_head_noun(head: str) -> str | None:
    """The words after a list up to the industry noun that ends them, when one does.

    等A产业集群优化资源利用: the head ends at 集群, before the verb; 等劳动密集度较高的产业集群: the
    noun after 的 is the head; 等比较优势产业集群: an evaluative word in front of the noun does not
    make the head an attribute. None when no industry noun ends the phrase there.
    """
    c = _cfg()
    rx = c["enum_heads"]["chain"]
    phrase = head
    de = re.search(r"(?<=.)的", phrase)
    if de is not None and rx.match(phrase, de.end()):
        phrase = phrase[de.end():]
    elif (first := rx.search(phrase)) is None or re.search(r"(?<=.)[在对为向于的中]", phrase[: first.start()]):
        # A preposition before the noun (等领域中的产业) opens another phrase; one after it (等行业龙头企业
        # 率先在…) is in the clause that follows the head.
        return None
    if (skip := c["enum_skip_heads"].match(phrase, 1 if phrase.startswith("等") else 0)) is not None and not rx.match(phrase, skip.start()) and not rx.match(phrase, skip.end()):
        # 等方式提高产业集中度: the head noun right after the list is another kind (方式), whatever follows
        # (an evaluative word before the industry noun, 等比较优势产业集群, is no other kind).
        return None
    for m in rx.finditer(phrase):
        end = m.end()
        # How far after a list its head noun may end: further on, the words are a new clause.
        if end > c["head_noun_reach"]:
            break
        # The noun may run on (产业 + 集群); it ends where a verb, the clause or the head ends.
        nxt = c["boundary_re"].match(phrase, end)
        if end == len(phrase) or (nxt is not None and nxt.group("b")) or (head.startswith("等") and _FIRMS_OF_RE.match(phrase, end)):
            # 等七大优势行业规上企业…: the firms of those industries; the items are the industries still (a list
            # closed by 等: after a bare count, 时限5个特困行业企业, the words before are no list).
            return phrase[:end]
    return None


_FIRMS_OF_RE = re.compile(r"(?:规上|规模以上|重点|龙头|骨干|中小|领军)?(?:企业|工业企业)")


_TECH_HEAD_THEN_CONJ_RE = re.compile(r"(?P<noun>等?[^，,。；;：:、和与及]{2,10})[和与及]")


def _classify_head(head: str) -> str | None:
    """The kind named by the words after a list (its head), or None."""
    c = _cfg()
    if c["zone_head_re"].match(head):
        return None  # 等高新技术产业开发区: the items are places of zones (patterns/mentions.json zone_head)
    if (conj := _TECH_HEAD_THEN_CONJ_RE.match(head)) is not None and c["enum_heads"]["technology"].search(conj.group("noun")[-3:]):
        # 等新一代信息技术和制造业深度融合: the head ends at the conjunction; what follows is another phrase.
        head = conj.group("noun")
    if (noun := _chain_head_noun(head)) is not None and (c["chain_field_head_re"].search(noun) or not c["enum_skip_heads"].search(noun[-4:])):
        # The list ends in an industry noun (等A产业集群, 等优势产业领域): an industry list, whatever evaluative
        # words precede it; a noun with a skip word (等再生资源行业) still names no industries.
        return "chain"
    if (de := re.match(r"(等)?([\u4e00-\u9fff]{1,4})的", head)) is not None and (gm := c["generic_modifier_re"].match(de.group(2))) and gm.end() == len(de.group(2)):
        # 等先进的自动化装置: an evaluative word and 的 before the head noun say nothing of what the items are.
        head = (de.group(1) or "") + head[de.end():]
    head = _head_phrase(head)
    # 领域 usually makes the items application areas, but not after a technology noun (A及B等特色工艺领域).
    if c["enum_tech_domain_head"].match(head):
        return "technology"
    if (skip := c["enum_skip_heads"].search(head)) is not None:
        # 等关键光伏材料高端产业化能力: an attribute (能力, 水平) of a technology noun right after the list; the
        # items are of that noun's kind. Any other skip word (等智能技术应用培训活动) heads the phrase itself.
        noun = next(c["enum_heads"]["technology"].finditer(head, 0, skip.start()), None)
        lead = 1 if head.startswith("等") else 0
        if (noun is None or noun.end() > 8 or noun.start() > lead + 4 or not c["enum_attribute_heads"].match(head, skip.start())
                or any(b.group("b") for b in c["boundary_re"].finditer(head, lead, noun.start()))):
            return None
        return "technology"
    # The head noun is the last of the phrase: 等高耗能流程行业设备 names devices (of those industries).
    found = []
    for k in ("chain", "technology"):
        ends = [hm.end() for hm in c["enum_heads"][k].finditer(head) if hm.end() <= c["head_noun_reach"]]
        if ends:
            found.append((max(ends), k == "chain", k))
    return max(found)[2] if found else None


def _untyped_head(head: str) -> bool:
    """Whether a head names no kind of entity, so that the items' own suffixes may type the list."""
    c = _cfg()
    if c["zone_head_re"].match(head):
        return False  # places of zones, whatever their own words say
    head = _head_phrase(head)
    # 等“五基”能力: an attribute of the items, not another kind of thing (等领域, 等企业).
    return c["enum_attribute_heads"].search(head) is not None or c["enum_skip_heads"].search(head) is None


# Numeral runs are possessive and only start where a run starts (what follows a run is never a
# numeral, so backtracking never helps): a search through a long run was quadratic otherwise.
_LIST_END = re.compile(
    r"等|领域(?=产品|技术|装备|芯片|软件|器件|材料)|(?<!\d)\d++[条个项类种]"
    r"|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]++[条个项类种大](?=[\u4e00-\u9fff])"
)


# A list opened by 在 (…在A、B等行业…): the items are where something happens.
_APPLIED_IN_RE = re.compile(r"(?:^|[^存所实现内])在[\u4e00-\u9fff]{1,8}$")
# 人工智能应用于金融、能源等传统行业: the industries a technology is applied to, whatever follows the list.
_APPLIED_TO_RE = re.compile(r"(?:应用|运用|用|适用)于[\u4e00-\u9fff]{1,8}$")
_LIST_IN_PARENS_RE = re.compile(r"[（(]([^（()）、]*+、[^（()）]*+)[）)]")
_FIRM_HEAD_RE = re.compile(r"等?[\u4e00-\u9fff]{0,8}(?:企业|厂商|制造商|供应商)")
_PAIR_RE = re.compile(r"^[^和与及等]{2,24}(?P<conj>[和与及])[^和与及等]{2,12}等")


def _enumeration_mentions(text: str, sentences: Sentences, part_of, scenarios: list[tuple[int, int]] | None = None) -> list[Mention]:  # noqa: C901 - one decision list over the list shapes, read top to bottom
    """List items typed by the list's head; the spans of items of a scenario list (…等应用场景) go to ``scenarios``."""
    c = _cfg()
    out: list[Mention] = []
    clauses = []
    for cm in _CLAUSE_RE.finditer(text):
        g = cm.group(0)
        if "、" not in g and "等" not in g:
            # Neither a list nor a pair closed by 等 can start here.
            continue
        pos = 0
        for sp in _CJK_SPACE_RE.finditer(g):
            clauses.append((cm.start() + pos, cm.group(0)[pos : sp.start()]))
            pos = sp.end()
        clauses.append((cm.start() + pos, cm.group(0)[pos:]))
    # A parenthesis holding a list of its own (“6+5”现代产业体系（加快发展A、B…）) is a clause too.
    # Up to the first 、, then possessively to the next bracket: each opening bracket scans only as far as
    # the next bracket (the greedy form backtracked over every 、 of an unclosed list: quadratic).
    for pm in _LIST_IN_PARENS_RE.finditer(text):
        for c2 in _CLAUSE_RE.finditer(pm.group(1)):
            clauses.append((pm.start(1) + c2.start(), c2.group(0)))
    for clause_start, s in clauses:
        if (mark := _HEADING_MARK_RE.match(s)) is not None:
            # 二、关于…: a heading's number, not the first item of a list.
            clause_start, s = clause_start + mark.end(), s[mark.end():]
        if "、" in s:
            parts = _split_items(s)
        elif "等" in s and (pair := _PAIR_RE.search(s)) is not None:
            # Two items joined by 及/和/与 and closed by 等 (高端MEMS及硅光等特色工艺) are a list too.
            parts = [(0, s[: pair.start("conj")]), (pair.end("conj"), s[pair.end("conj") :])]
        else:
            continue
        out.extend(_shared_head_items(parts, clause_start, sentences, part_of))
        # Split the clause into lists: a list ends at 等 or a count; what follows is its head,
        # and after 和/与/及 in the head a new list may start.
        current: list[tuple[int, str]] = []
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
            if c["zone_head_re"].match(head) and len(current) >= 2:
                out.extend(_zone_items(current, clause_start, sentences, part_of))
            if (kind is None and (sector := c["sector_head_re"].match(head)) is not None and current
                    and (sector.group("invest") or _governed_by_support(current))):
                # 重点支持A、B等领域 / 加大A、B等重点领域投入: the sectors a plan supports or invests in are
                # industries (在A、B等领域推广应用 names where something is used: no such verb).
                kind = "chain"
            if kind == "chain" and current and (_APPLIED_TO_RE.search(current[0][1])
                                                or (_APPLIED_IN_RE.search(current[0][1]) and "应用" in s[off + m.start():])):
                # 在制造、农业、金融等重点行业挖掘人工智能应用场景: where a technology is applied, not industries the
                # text develops (docs/gold-format.md).
                kind = None
            if kind is None and scenarios is not None and c["scenario_head_re"].match(head):
                # 在工业园区、数据中心、5G基站等场景推广: the items are where something is applied.
                for k_item, (o, raw) in enumerate(current):
                    item = trim_left(raw, strip_region=False) if k_item == 0 else raw
                    a = clause_start + o + len(raw) - len(item)
                    scenarios.append((a, a + len(item)))
            if kind is None and (
                re.fullmatch(r"等\s*", head)
                or c["enum_field_head"].match(head)
                or (len(current) >= 3 and _untyped_head(head))
                # 引进A封装、B封装等先进封装测试企业: the firms are named by what they make.
                or _FIRM_HEAD_RE.fullmatch(_head_phrase(head))
            ):
                # A head that names no kind (等“五基”能力): the items may still say what they are.
                kind = _self_typed(current)
            # Mostly one-character items (力、光、声、热等) are physical quantities: only items that carry
            # a technology suffix (基于MEMS工艺、涵盖力、光…) are names there.
            if kind == "technology" and sum(len(raw.strip()) <= 1 for _o, raw in current) * 2 > len(current):
                current, min_items = [(o, raw) for o, raw in current if c["item_suffix_re"][kind].search(raw)], 1
            else:
                min_items = 2
            if (
                kind == "technology"
                and c["bare_category_head_re"].match(head)
                and not any(((sm := c["item_suffix_re"]["technology"].search(raw.strip())) is not None and sm.start() > 0)
                            or c["device_item_end_re"].search(raw) or _LATIN_RE.search(raw) for _o, raw in current)
            ):
                # 提升拣选、传送、识别等设备的…: what the equipment does, not what it is (服务器、交换机等设备 are devices);
                # 建设交通诱导、公共交通等智能系统: what the systems serve (ERP、MES等管理系统 are systems).
                kind = None
            if kind is not None and len(current) >= min_items:
                h = head.lstrip("等")
                m_attr = None if head.startswith("领域") else c["attribute_head_re"].match(h)
                # Items that are devices or technologies themselves (单晶炉、层压机等光伏专用设备) are no attributes.
                devices = any(c["item_suffix_re"]["technology"].search(raw) or c["device_item_end_re"].search(raw) for _o, raw in current)
                kinds_of_head = kind == "technology" and all(re.search(r"[型类式]\s*$", raw) for _o, raw in current)
                if kinds_of_head:
                    # 康复训练型、功能代偿型等康复辅助器具类产品: the items are kinds of the head; the head names
                    # the technology.
                    phrase = _head_phrase(h)
                    ends = [hm.end() for hm in c["enum_heads"]["technology"].finditer(phrase)]
                    name = phrase[: max(ends)] if ends else ""
                    if 3 <= len(name) <= 16 and name not in c["technology"]["generic"]:
                        hs = clause_start + off + m.start() + (len(head) - len(h))
                        out.append(Mention(kind, name, Span(hs, hs + len(name), name), sentences.around(hs), part_of(hs)))
                elif kind == "technology" and m_attr and not c["generic_modifier_re"].match(h) and not devices:
                    # 温度、压力等智能变送器: the items are attributes; the head names the technology.
                    hs = clause_start + off + m.start() + (len(head) - len(h))
                    name = m_attr.group(0)
                    if m_attr.group(1):
                        out.append(Mention(kind, name, Span(hs, hs + len(name), name), sentences.around(hs), part_of(hs)))
                else:
                    out.extend(_list_items(kind, current, clause_start, sentences, part_of, head=_head_phrase(h)))
                    q = c["head_qualifier_re"].match(h) if kind == "technology" else None
                    if q and q.group(1) not in c["item_generic"] and q.group(1) not in c[kind]["generic"] and not c["generic_modifier_re"].match(q.group(1)) and not c["purpose_re"].match(q.group(1)):
                        # A、B等长时储能技术: the head's qualifier names the field the items belong to.
                        hs = clause_start + off + m.start() + (len(head) - len(h))
                        name = q.group(1)
                        out.append(Mention(kind, name, Span(hs, hs + len(name), name), sentences.around(hs), part_of(hs)))
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
                    continue
        # A list with no head at all (重点发展A药物、B抗体、C疫苗；): typed by its items' suffixes when nearly all
        # carry one. A last item that carries none runs on into the sentence (…、车规级芯片研发和产业化) and is left out.
        if len(current) >= 2 and "等" not in s and c["rd_tail_re"] is not None and (rd := c["rd_tail_re"].search(current[-1][1])) and rd.start() >= 2:
            # 推动A、B、C研发和产业化 / A、B和C产业化: what is developed is a technology, unless the items
            # are properties of it (长寿命、高安全、宽温域锂离子电池研发).
            items = [*current[:-1], (current[-1][0], current[-1][1][: rd.start()])]
            if not any(c["rd_attribute_re"].match(trim_left(raw, strip_region=False).strip() if k == 0 else raw.strip()) for k, (_o, raw) in enumerate(items)):
                out.extend(_list_items("technology", items, clause_start, sentences, part_of))
                continue
        # A list with no head of its own: no 等 after its first item (one before it closed an earlier list).
        if len(current) >= 3 and "等" not in s[current[0][0]:]:
            typed = [c["headless_item_re"].search(raw) is not None or _SPECIFIC_EQUIPMENT_RE.search(raw.strip()) is not None for _o, raw in current]
            # A last item that ends the sentence (…、高值耗材和康复辅具。) is an item; one that runs on does not count.
            ends_sentence = text.startswith(("。", "；", ";"), clause_start + len(s)) and len(current[-1][1]) <= 12
            if not typed[-1]:
                current = current if ends_sentence else current[:-1]
                typed = typed[:-1]
            if len(typed) >= 2 and sum(typed) * 3 >= len(typed) * 2:
                out.extend(_list_items("technology", current, clause_start, sentences, part_of))
    return out


# A broad category word (装备, 设备, 装置, 系统) after a long qualifier (禽类病原体无害化快速处理装备) names a
# device; with a short one (首台(套)装备, 首批次材料) it names a policy category.
_SPECIFIC_EQUIPMENT_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9/]{5,}(?:装备|设备|装置|系统)$")


# The last item of a headless list that ends in an industry noun (轻工行业和…, 建材产业。) and the short
# sector words that may share it.
_SHARED_CHAIN_HEAD_RE = re.compile(r"(?P<name>(?P<core>(?:(?!等)[\u4e00-\u9fff]){2,4})(?:行业|产业))(?:[和及与]|$)")
_SECTOR_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _shared_head_items(parts: list[tuple[int, str]], base: int, sentences: Sentences, part_of) -> list[Mention]:
    """A list of short sector words whose last item ends in an industry noun (推动冶金、建材、轻工行业和…): the
    noun is the head all items share, and each item is named as written (docs/gold-format.md: 新能源、新材料产业
    gives 新能源 and 新材料产业)."""
    for j in range(2, len(parts)):
        shared = _SHARED_CHAIN_HEAD_RE.match(parts[j][1])
        if shared is None:
            continue
        c = _cfg()
        if shared.group("name") in c["chain"]["generic"] or c["generic_modifier_re"].match(shared.group("core")):
            # 重点区域、重点群体、重点行业: a rank word, not a sector, before the noun.
            return []
        items = [*parts[:j], (parts[j][0], shared.group("name"))]
        first = trim_left(items[0][1], strip_region=False, kind="chain")
        if all(_SECTOR_WORD_RE.fullmatch(raw) for raw in [first, *(r for _o, r in items[1:-1]), shared.group("core")]):
            return _list_items("chain", items, base, sentences, part_of)
        return []
    return []


def _zone_items(items: list[tuple[int, str]], base: int, sentences: Sentences, part_of) -> list[Mention]:
    """The items of a list closed by a kind of zone that are a place and more (张北云计算、怀来大数据等产业基地):
    each names one zone as the text writes it. Plain places (保定、承德等高新区) name where the zones are."""
    out = []
    for k, (off, raw) in enumerate(items):
        item = trim_left(raw, strip_region=False) if k == 0 else raw
        off += len(raw) - len(item)
        name = _strip_edges(item.strip())
        if not name or len(name) > 16:
            continue
        # A county by its short form too (张北 for 张北县): the list's head says its items are places.
        place = max(_region_prefix(name), gazetteer().named_prefix(name))
        if place and len(name) - place >= 2 and not any(b.group("b") for b in _cfg()["boundary_re"].finditer(name, place)):
            start = base + off + item.find(name)
            out.append(Mention("park", name, Span(start, start + len(name), name), sentences.around(start), part_of(start)))
    return out


def _governed_by_support(items: list[tuple[int, str]]) -> bool:
    """Whether a verb of support opens the list itself (重点支持A、B…), not a clause before it (支持高校…围绕A、B)."""
    c = _cfg()
    verbs = list(c["sector_verb_re"].finditer(items[0][1]))
    if not verbs:
        return False
    rest = items[0][1][verbs[-1].end():]
    # A verb inside a later item (…、科研院所和企业重点围绕A、B) governs the items after it instead.
    later_verb = any(len(b.group("b") or "") >= 2 for _o, raw in items[1:] for b in c["boundary_re"].finditer(raw))
    return bool(rest) and trim_left(rest, strip_region=False) == rest and not later_verb


def _self_typed(items: list[tuple[int, str]]) -> str | None:
    """The kind of a list with no head (…A、B、C等，…) when most items carry that kind's suffix."""
    c = _cfg()
    for kind in ("technology", "chain"):
        typed = sum(1 for _o, raw in items if c[kind]["re"].search(raw[-4:]) or c["item_suffix_re"][kind].search(raw)
                    or (kind == "technology" and _ACRONYM_GLOSS_RE.search(raw.strip())))
        if typed * 2 > len(items):
            return kind
    return None


# A term glossed by its Latin acronym (制造执行（MES）, 过程控制（PCS）): what a list of such terms names is
# technical, whatever word follows it (…等应用的综合集成).
_ACRONYM_GLOSS_RE = re.compile(r"[\u4e00-\u9fff]{2,12}[（(][A-Z][A-Za-z0-9/+\-]{1,9}[）)]$")
_OPENER_RE = re.compile(r"(?P<cls>[\u4e00-\u9fff]{1,6})(?:如|包括|例如|涵盖)")


_AGENCY_END_RE = re.compile(r"(?:[委局厅办部]|政府)$")
_DIRECTION_WORDS = ("向", "往", "朝", "随着")


# What a subject of a verb inside a list looks like: a place (石家庄、廊坊瞄准…), an organisation or a zone
# (中电科13所、54所推动…, 国家级、省级经济技术开发区发展…).
_SUBJECT_END_RE = re.compile(r"(?:[所院]|大学|公司|集团|开发区|高新区|新区|园区|产业园)$")


def _subject_verb_cut(kind: str, raw: str) -> int:
    """Where the names start in a list item that holds a subject and its verb (廊坊瞄准A → A), or 0."""
    c = _cfg()
    cut = 0
    for rx in (c["boundary_re"], c["extra_boundary_re"].get(kind)):
        for m in rx.finditer(raw) if rx is not None else ():
            verb = m.group("b") if rx is c["boundary_re"] else m.group(0)
            subject = raw[: m.start()]
            if (verb and len(verb) >= 2 and len(raw) - m.end() >= 2 and subject
                    and (_region_prefix(subject) >= len(subject) or _SUBJECT_END_RE.search(subject))):
                cut = max(cut, m.end())
    return cut


def _restart_at_verb(kind: str, items: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], bool]:
    """A list whose later item holds a subject and its verb (石家庄、廊坊瞄准A、B): the names start after the verb.

    The items before it are the verb's subjects (places, organisations, zones), not names of ``kind``.
    """
    for k in range(len(items) - 1, 0, -1):
        off, raw = items[k]
        if (cut := _subject_verb_cut(kind, raw)) > 0:
            return [(off + cut, raw[cut:]), *items[k + 1:]], True
    return items, False


# 基于大数据的流程管控: a name that says what it is based on or made for holds its own 的.
_BASED_ON_RE = re.compile(r"(?:基于|面向|针对|适用于|用于)")


def _item_may_be_name(kind: str, item: str) -> bool:
    """Whether a list item (or one half of a pair in it) may be a name of ``kind``: not generic, no verb, body or place."""
    c = _cfg()
    generic = c["item_generic_chain"] if kind == "chain" else c["item_generic"]
    if not item or item in generic or item in c[kind]["generic"] or len(item) > 16 or len(item) < 2:
        return False
    if item.startswith(_DIRECTION_WORDS) or (kind == "technology" and (bw := c["boundary_re"].fullmatch(item)) is not None and bw.group("b")):
        # 推动A向中高端跃升、向整机…: where something goes, not a name; a verb alone (鼓励) is no technology
        # either (a sector may be named by one: 教育、培训等领域).
        return False
    if re.search(r"[，,。]|^[的和及与]|[的]$", item) or (kind == "chain" and c["park"]["re"].search(item[-4:])):
        return False
    if _AGENCY_END_RE.search(item):
        # 市委、市政府打造…: a list of bodies, whatever the words after it name.
        return False
    if c[kind]["exclude"].search(item) or c["area_re"].fullmatch(item):
        return False
    if kind != "park" and gazetteer().place_prefix(item) >= len(item):
        # 鼓励A市、B市等企业…: a place in a list is where, not what.
        return False
    return True


_BODY_IN_ITEM_RE = re.compile(r"(?:[委厅办部]|(?<![布格结])局|政府)(?:[和及与]|$)")
_ITEM_JOINERS = frozenset({"和", "及"})


def _list_items(kind: str, items: list[tuple[int, str]], base: int, sentences: Sentences, part_of, *, trim_first: bool = True,
                head: str = "") -> list[Mention]:
    """The mentions of a list's items of ``kind``; ``head``: the words after the list (an industry list's items that
    are products of the kind its head names, 先进金属材料、碳基新材料等新材料产业, are technologies)."""
    c = _cfg()
    out: list[Mention] = []
    if sum(1 for _o, raw in items if _BODY_IN_ITEM_RE.search(raw.strip())) * 2 >= len(items):
        # 科技部、建设部和环保总局认真研究: a list of bodies, whatever the words after it say they do.
        return out
    items, restarted = _restart_at_verb(kind, items)
    trim_first = trim_first and not restarted
    for k in range(len(items) - 1, 0, -1):
        off, raw = items[k]
        if (de := raw.rfind("的")) >= 0 and len(raw.strip()) - de > 2 and not _BASED_ON_RE.match(raw.strip()):
            # 能为A减负赋能、提高B的搬运机器人、智能护理床: the items before …的 are a clause that describes the
            # first name; the names start after 的.
            items, trim_first = [(off + de + 1, raw[de + 1:]), *items[k + 1:]], False
            break
    for k, (off, raw) in enumerate(items):
        item = raw
        if k == 0 and trim_first:
            # 发展A及B、C等产品: 及/和 inside the first item joins two names (split below), it opens none.
            item = trim_left(raw, strip_region=False, kind=kind, joiners=_ITEM_JOINERS if kind in ("technology", "chain") else frozenset())
            off += len(raw) - len(item)
        elif kind == "technology" and (lead := c["item_lead_re"].match(raw)) is not None and lead.end() < len(raw) - 1:
            # Later items only lose a verb or attribute that cannot be part of a name (配套ASIC芯片, 微波应用于单光子探测).
            item = raw[lead.end():]
            off += lead.end()
        stripped = _clean_item(_strip_edges(item), kind)
        lead = item.find(stripped) if stripped else 0
        item = stripped
        if not _item_may_be_name(kind, item):
            continue
        pieces = [item]
        if kind == "technology" and (pair := re.fullmatch(r"([^和及]{2,})([和及])([^和及]{2,})", item)) is not None and (
            pair.group(2) == "和" or c["item_suffix_re"]["technology"].search(pair.group(1))
        ) and not pair.group(3).startswith("其"):
            # 钙钛矿和纳米材料, 传感器及操作系统: two technologies in one list slot; 及 after a modifier
            # only (半导体及微电子封装用复合材料) shares the head, and 及其 (机器人及其应用系统) is one thing's.
            pieces = [pair.group(1), pair.group(3)]
        elif kind == "chain" and (pair := re.fullmatch(r"([^和及]{2,})([和及])([^和及]{2,})", item)) is not None and (
            c["chain"]["re"].search(pair.group(1)[-4:]) and not pair.group(3).startswith("其")
        ):
            # 休闲农业和乡村旅游: two sectors, the first named with its own industry word; 体育相关用品和设备制造
            # (a category's official name) shares its head.
            pieces = [pair.group(1), pair.group(3)]
        for piece in pieces:
            if len(pieces) > 1 and not _item_may_be_name(kind, piece):
                # 碳化硅衬底及器件, 建设部和环保总局: each half of a pair is checked as an item of its own.
                continue
            start = base + off + max(lead, 0) + item.find(piece)
            k_piece = kind
            if (kind == "chain" and (rx := c["chain_item_product_re"]) is not None and (pm := rx.search(piece)) is not None
                    and piece not in c["technology"]["generic"] and (pm.group(0) in c["chain_item_products_anywhere"] or (pm.group(0) in head and "链" not in head))):
                # A控制芯片、B功率器件等配套产业: a product in a list of industries is a technology.
                k_piece = "technology"
            out.append(Mention(k_piece, piece, Span(start, start + len(piece), piece), sentences.around(start), part_of(start)))
    return out


def _opens_with_verb(title: str) -> bool:
    """Whether a heading opens with a verb, or one after an adverb (全面提升…, 大力推进…): an action, not a name."""
    return any(b.group("b") and (b.start() == 0 or (b.start() <= 2 and len(b.group("b")) >= 2)) for b in _cfg()["boundary_re"].finditer(title, 0, 6))


def _heading_mentions(headings: list[Heading], sentences: Sentences) -> list[Mention]:
    """Short noun headings under a 发展重点 / 重点领域 section are the industries the plan develops."""
    c = _cfg()
    out: list[Mention] = []
    for i, h in enumerate(headings):
        if not c["focus_sections"].search(h.title) or len(h.title) > 10:
            continue
        for k in range(i + 1, len(headings)):  # by index: a slice per focus heading copied the list
            sub = headings[k]
            if sub.part != h.part or sub.level <= h.level:
                break
            if sub.level != h.level + 1:
                continue
            t = sub.title
            if (2 <= len(t) <= 10 and not _opens_with_verb(t) and not re.search(r"[，,。的]|[委局厅办部]$", t)
                    and not c["enum_skip_heads"].search(t[-4:]) and not c["chain"]["exclude"].search(t)):
                # …标准, …平台, …体系 under a 重点方向 heading: what the plan builds for industries, not one.
                out.append(Mention("chain", t, sub.span, sub.sentence, sub.part))
    return out


def _number_value(number: str) -> int | None:
    """The value of a heading number (3, 十二), or None when it is no plain count."""
    return int(number) if number.isdigit() else cjk_number(number)


_ITEM_TITLE_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}")


def _ends_in_head(kind: str, title: str) -> bool:
    """Whether a short name ends in a head noun of ``kind`` (…类智能产品, …检测设备), not one of a skipped kind (金融产品)."""
    c = _cfg()
    return any(m.end() == len(title) for m in c["enum_heads"][kind].finditer(title)) and not c["enum_skip_heads"].search(title[-6:])


def _numbered_item_mentions(headings: list[Heading], sentences: Sentences) -> list[Mention]:
    """A run of numbered items that are each a short name (1.电力装备。2.大型工程机械。…) is a list.

    It is typed as an enumeration with no head is, by its items: most carry a kind's suffix, or end in
    a technology head noun (…类智能产品). A run whose items open with a verb names nothing, and an item
    that joins two typed names with 和 (高端机床装备和机器人) gives both.
    """
    c = _cfg()
    out: list[Mention] = []
    runs: list[list[Heading]] = []
    for h in headings:
        prev = runs[-1][-1] if runs else None
        if (prev is not None and prev.part == h.part and prev.level == h.level
                and (a := _number_value(prev.number)) is not None and _number_value(h.number) == a + 1):
            runs[-1].append(h)
        else:
            runs.append([h])
    for run in runs:
        titles = [h.title.strip() for h in run]
        if len(run) < 3 or not all(_ITEM_TITLE_RE.fullmatch(t) for t in titles):
            continue
        if any(_opens_with_verb(t) for t in titles):
            # An item that opens with a verb (加强…, 全面提升…): the items are actions, not names.
            continue
        kind = _self_typed([(0, t) for t in titles])
        if kind is None and sum(_ends_in_head("technology", t) for t in titles) * 2 > len(titles):
            # 1.健康管理类智能产品 2.康复辅助器具类智能产品…: items that end in a kind's head noun name things of it.
            kind = "technology"
        if kind is None:
            continue
        for h, t in zip(run, titles):
            start = h.span.start + h.span.text.find(t)
            pieces = [(0, t)]
            if (j := t.find("和")) > 0:
                left, right = t[:j], t[j + 1:]
                if all(_self_typed([(0, x)]) == kind for x in (left, right)):
                    pieces = [(0, left), (j + 1, right)]
            for off, piece in pieces:
                if piece in c[kind]["generic"]:
                    continue
                a = start + off
                out.append(Mention(kind, piece, Span(a, a + len(piece), piece), h.sentence, h.part))
    return out


# A short modifier joined to the next one before a shared head (渗流和位移监测设备).
_SHARED_HEAD_RE = re.compile(r"(?P<mod>[\u4e00-\u9fff]{2,3})[和与及]")


def _object_mentions(text: str, sentences: Sentences, part_of) -> list[Mention]:
    """Technologies as the object of an R&D verb: 研制天地一体通信地面设备, 布局新型卫星制造."""
    c = _cfg()
    out = []
    for m in c["object_re"].finditer(text):
        raw = m.group("obj")
        # The object may hold a second verb or a conjunction (发展新一代信息技术, A和B): keep the last name.
        name = _strip_edges(trim_left(raw, kind="technology"))
        before = raw[: len(raw) - len(name)]
        if (shared := _SHARED_HEAD_RE.fullmatch(before)) is not None and not c["item_suffix_re"]["technology"].search(shared.group("mod")):
            # 渗流和位移监测设备: two modifiers of one head (渗流监测设备 and 位移监测设备), one name as written.
            name = shared.group(0) + name
        if not 3 <= len(name) <= 14 or name in c["technology"]["generic"] or _COUNT_RE.search(name):
            continue
        if c["technology"]["exclude"].search(name) or "产业" in name or c["object_generic_tail_re"].search(name):
            continue
        name = strip_modifiers(name)
        if name.startswith(c["technology"]["bad_start"]):
            continue
        start = m.start("obj") + raw.rfind(name)
        out.append(Mention("technology", name, Span(start, start + len(name), name), sentences.around(start), part_of(start)))
    return out


_TITLE_RE = re.compile(r"《[^《》]{0,80}》")
_LATIN_RE = re.compile(r"[A-Za-z0-9]")


def _in_spans(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted, disjoint ``spans`` (``starts`` are their starts)."""
    t = bisect.bisect_left(starts, b) - 1
    return t >= 0 and a < spans[t][1]


def _lexicon_mentions(text: str, sentences: Sentences, part_of, titles: list[tuple[int, int]], title_starts: list[int]) -> list[Mention]:
    """Well-known technology terms from the domain lexicon, wherever the text names them outside a cited title."""
    rx = _cfg()["lexicon_re"]
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        if m.start() and _LATIN_RE.match(text, m.start() - 1) or _in_spans(titles, title_starts, m.start(), m.start() + 1):
            continue
        out.append(Mention("technology", m.group(0), Span(m.start(), m.end(), m.group(0)), sentences.around(m.start(), m.end()), part_of(m.start())))
    return out


def _category_mentions(text: str, sentences: Sentences, part_of, titles: list[tuple[int, int]], title_starts: list[int]) -> list[Mention]:
    """Policy categories of industries and business forms (制造业, 战略性新兴产业, 数字经济) named on their own, outside a cited title.

    On its own: after a verb, a function word or punctuation, and before a word that ends a name
    (推动制造业高质量发展); 装备制造业, 先进制造业集群 and 制造业创新中心 are other names that hold it.
    """
    c = _cfg()
    rx = c["category_re"]
    extra = c["extra_boundary_re"].get("chain")
    out = []
    for m in rx.finditer(text):
        a, b = m.start(), m.end()
        if _in_spans(titles, title_starts, a, a + 1):
            continue
        before = text[max(0, a - 8):a]
        left_ok = a == 0 or not _NAME_CHAR_RE.match(text[a - 1]) or any(
            bm.end() == len(before) and bm.group("b") for bm in c["boundary_re"].finditer(before)
        ) or (extra is not None and any(em.end() == len(before) for em in extra.finditer(before)))
        nxt = text[b:b + 1]
        right_ok = not nxt or not _NAME_CHAR_RE.match(nxt) or text.startswith(c["chain"]["followers"], b)
        if left_ok and right_ok and not c["organisation_after_re"].match(text, b):
            out.append(Mention("chain", m.group(0), Span(a, b, m.group(0)), sentences.around(a, b), part_of(a)))
    return out


class _SpanIndex:
    """Mentions sorted by start, to ask which of them cover a span."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted((m.span.start, m.span.end, m.kind) for m in mentions)
        self.starts = [s for s, _e, _k in self.items]

    def covering(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Mentions whose span contains [a, b)."""
        # Only names starting up to max_len before a can reach it.
        i = bisect.bisect_left(self.starts, a - _cfg()["max_len"])
        j = bisect.bisect_right(self.starts, a)
        return [(s, e, k) for s, e, k in self.items[i:j] if e >= b]

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Mentions whose span shares a character with [a, b)."""
        i = bisect.bisect_left(self.starts, a - _cfg()["max_len"])
        j = bisect.bisect_left(self.starts, b)
        return [(s, e, k) for s, e, k in self.items[i:j] if e > a]


def _not_inside_items(mentions: list[Mention], listed: _SpanIndex) -> list[Mention]:
    """Technology matches that are not part of a longer list item, nor a list item of another kind.

    The list item is the unit the text names: 5G芯片 inside the item 5G芯片/模组/网关/MEC is not a name of
    its own, and MEMS传感器 in a list of industries is an industry there.
    """
    keep = []
    for m in mentions:
        a, b = m.span.start, m.span.end
        if m.kind == "technology" and any(e - s > b - a or k != m.kind for s, e, k in listed.covering(a, b)):
            continue
        keep.append(m)
    return keep


def _lexicon_outside_names(lexicon: list[Mention], names: _SpanIndex, heading_chains: set[str]) -> list[Mention]:
    """Lexicon hits that are not part of a longer technology or park name, nor used as a chain there."""
    keep = []
    for m in lexicon:
        a, b = m.span.start, m.span.end
        # A term the plan makes a section of its own (（一）卫星互联网) is an industry there, not a technology.
        if m.text in heading_chains:
            continue
        if any((k == "chain" and (s, e) == (a, b)) or (k != "chain" and e - s > b - a) for s, e, k in names.covering(a, b)):
            continue
        keep.append(m)
    return keep


def _most_specific_chains(found: list[Mention]) -> list[Mention]:
    """One industry named in several forms is named once, in its most specific form (…产业集群 over …产业链
    over …产业): the less specific forms of an industry the text also names as a cluster or a chain are not
    mentions of their own.
    """
    # The bare name (生物医药) is left alone: a section heading names the field itself.
    forms = _cfg()["chain"]["forms"]
    texts = {m.text for m in found if m.kind == "chain"}
    rank: dict[str, int] = {}
    for t in texts:
        for k, suf in enumerate(forms):
            if t.endswith(suf) and len(t) > len(suf) + 1:
                core = t[: -len(suf)]
                rank[core] = max(rank.get(core, 0), k)
    if not rank:
        return found

    # A category named on its own (低空经济) is the bare name of its cluster too (低空经济产业集群).
    categories = set(_cfg()["chain"].get("categories", []))

    def less_specific(m: Mention) -> bool:
        return (m.text in categories and m.text in rank) or any(m.text.endswith(suf) and rank.get(m.text[: -len(suf)], -1) > k for k, suf in enumerate(forms))

    return [m for m in found if m.kind != "chain" or not less_specific(m)]


def _full_park_names(found: list[Mention]) -> list[Mention]:
    """A zone named in full and by the tail of its name (承德某某创新示范区 … 创新示范区) is named once, in full;
    a tail that starts with a place (某某高新区 inside 科学城某某高新区) is a name of its own.
    """
    parks = {m.text for m in found if m.kind == "park"}

    def tail_of_longer(m: Mention) -> bool:
        return not _region_prefix(m.text) and any(len(p) > len(m.text) and p.endswith(m.text) for p in parks)

    return [m for m in found if m.kind != "park" or not tail_of_longer(m)]


def outside_addressee(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions not on the addressee line (docs/gold-format.md: 各市工信局，雄安新区管委会： names no mention)."""
    if (addressee := addressee_span(text)) is None:
        return found
    return [m for m in found if not (addressee[0] <= m.span.start < addressee[1])]


def find_mentions(text: str, sentences: Sentences, part_of, headings: list[Heading] | None = None) -> list[Mention]:
    """Every park, chain and technology mention; one Mention per occurrence, in text order."""
    scenarios: list[tuple[int, int]] = []
    listed = _enumeration_mentions(text, sentences, part_of, scenarios)
    heading = _heading_mentions(headings or [], sentences)
    # Items of a numbered list: not where a 发展重点 section already made its sub-headings industries.
    heading_spans = {(m.span.start, m.span.end) for m in heading}
    heading += [m for m in _numbered_item_mentions(headings or [], sentences) if (m.span.start, m.span.end) not in heading_spans]
    titles = [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]
    title_starts = [a for a, _b in titles]
    lexicon = _lexicon_mentions(text, sentences, part_of, titles, title_starts)
    categories = _category_mentions(text, sentences, part_of, titles, title_starts)
    # A lexicon term written with a list comma (碳捕集、利用与封存) is one name, not list items.
    joined = _SpanIndex([m for m in lexicon if "、" in m.text])
    listed = [m for m in listed if m.kind != "technology" or not joined.overlapping(m.span.start, m.span.end)]
    found = listed + heading
    found += _not_inside_items(_suffix_mentions(text, sentences, part_of) + _object_mentions(text, sentences, part_of), _SpanIndex(listed))
    found += _lexicon_outside_names(lexicon, _SpanIndex(found), {m.text for m in heading})
    taken = _SpanIndex(found)
    found += [m for m in categories if not taken.overlapping(m.span.start, m.span.end)]
    if scenarios:
        # Technology terms inside the items of a scenario list (数据中心、5G基站等场景) are places of use.
        scenarios.sort()
        starts = [a for a, _b in scenarios]
        found = [m for m in found if m.kind != "technology" or not _in_spans(scenarios, starts, m.span.start, m.span.end)]
    found = outside_addressee(text, found)
    # docs/gold-format.md: a class of technologies named by qualifiers only (专用检测技术, 大型设备) is no mention.
    generic_form = _cfg()["technology_generic_form_re"]
    found = [m for m in found if m.kind != "technology" or not generic_form.fullmatch(m.text)]
    found = _most_specific_chains(found)
    found = _full_park_names(found)
    # An enumeration item wins over a suffix match at the same place (found first; the sort is stable).
    return one_per_span(found)


def one_per_span(found: list[Mention]) -> list[Mention]:
    """One mention per (kind, span), the first found of each, in text order."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in sorted(found, key=lambda m: (m.span.start, m.span.end, m.kind)):
        key = (m.kind, m.span.start, m.span.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
