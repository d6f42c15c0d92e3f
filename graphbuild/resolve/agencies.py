"""Expand abbreviated unit names to full official names in a document's jurisdiction.

Regular abbreviations come from ``patterns/agency_abbreviations.json``; irregular and renamed bodies
from the SKOS authority file ``ontology/authority/agencies.ttl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from ..extract.brackets import nesting
from ..rules import RuleError, RuleSet, derived
from .regions import Jurisdiction, Region, gazetteer
from .user_authority import parse_valid

NATIONAL_NAME = "中华人民共和国"
_SPACE_RE = re.compile(r"\s+")
_PAREN_RE = re.compile(r"[（(][^（()）]*[）)]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
_VERTICAL_PREFIXES = ("国家税务总局", "中国银行保险监督管理委员会", "中国证券监督管理委员会", "国家金融监督管理总局", "中国人民银行")
_LEVEL_RE = re.compile(r"^(市|省|区|县)(?!场|级)")
# Bodies that are national whatever the document: ministries (…部, not a party department written
# after its committee), 国家…, 国务院…, 中国人民银行 and the like, …总局/…总署.
_NATIONAL_BODY_RE = re.compile(
    r"^(?:国家(?!级)|国务院|中华人民共和国|中共中央|中央|全国|最高人民|共青团中央|中国(?:人民银行|证监会|银保监会|气象局|地震局|民航局|民用航空局)|中央空管办"
    r"|(?!.*(?:组织|宣传|统战|统一战线工作|人武|武装)部$)[\u4e00-\u9fff]{1,10}(?<!委)部$|[\u4e00-\u9fff]{2,10}总(?:局|署)$)"
)
# Companies and other non-government organisations named in brackets (国网成都供电公司).
_ORGANISATION_RE = re.compile(r"(?:有限公司|公司|集团|银行(?<!人民银行)|大学|学院|医院|研究院|研究所)$")
_ZONE_TYPES = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
# 共青团东山省委, 共青团西河市委: the league committee of a region, written with the region inside.
_LEAGUE_RE = re.compile(r"^共青团([\u4e00-\u9fff]{2,20}?)委(?:员会)?$")
_PBOC_BRANCH_RE = re.compile(r"^(?:人民银行|人行)(([\u4e00-\u9fff]{2,8}?)(?:分行|营业管理部|中心支行|支行))$")
# The level a 省/市/区/县 written before a unit stands for.
_PREFIX_LEVEL = {"省": "province", "市": "city", "区": "district", "县": "district"}
# A town, township or sub-district named alone as a responsible unit: its government or office.
_TOWN_RE = re.compile(r"^(?![各全本小特重])[\u4e00-\u9fff]{2,5}?(?<![乡城村集])(?:镇|乡|街道)$")
_TOWN_BODY = {"镇": "人民政府", "乡": "人民政府", "街道": "办事处"}
_DISTRICT_RE = re.compile(r"^([\u4e00-\u9fff]{1,8}?(?:特别合作区|新区|区|县|自治县))(政府|人民政府|管委会|管理委员会)$")


@dataclass(frozen=True)
class ResolvedUnit:
    """A responsible unit after resolution."""

    surface: str
    label: str
    # "agency", "group", "organisation" (an enterprise, bank, university, association: not a government
    # body) or "public_institution" (a government's 事业单位: a centre, station, academy)
    kind: str
    resolved: bool
    region: Region | None
    level: str
    # A unit whose identity cannot be established beyond its document (a level word such as 区
    # with no known district): its node is the document's own, so that two documents' 区科技局
    # never merge into one body.
    local: bool = False
    # The IRI of the user's authority concept that resolved it (``--authority``), linked in the graph.
    authority_iri: str = ""


@dataclass(frozen=True)
class _AuthorityEntry:
    pref: str
    spatial: str
    start: int | None
    end: int | None
    category: str = ""  # dcterms:type of the concept (ontology/authority/README.md)
    user: bool = False  # from a user authority file (``--authority``)
    organisation: bool = False  # a user concept of an organisation that is not government (pkg:Organisation)
    iri: str = ""  # a user concept's own IRI (not one minted from its name)


class Authority:
    """Alternative labels of the authority file, scoped by region and era."""

    def __init__(self, entries: dict[str, list[_AuthorityEntry]]) -> None:
        self._entries = entries
        self.has_user = any(e.user for es in entries.values() for e in es)

    def entry(self, name: str, spatial: str | None = None, year: int | None = None, *, user_only: bool = False) -> _AuthorityEntry | None:
        """The concept ``name`` (an alt or pref label) stands for, honouring region and era (``user_only``: of the user's files)."""
        candidates = self._entries.get(name, [])
        if user_only:
            candidates = [c for c in candidates if c.user]
        if spatial is not None:
            candidates = [c for c in candidates if c.spatial == spatial] or [c for c in candidates if not c.spatial]
        if not candidates:
            return None
        if year is not None:
            in_era = [c for c in candidates if (c.start is None or c.start <= year) and (c.end is None or year < c.end)]
            # No body of that name in the year: the last one that had ended (a document may keep an old
            # name), else the first one to come.
            past = sorted((c for c in candidates if c.end is not None and c.end <= year), key=lambda c: -(c.end or 0))
            candidates = in_era or past or sorted(candidates, key=lambda c: c.start or 0)
        return candidates[0]

    def labels(self) -> list[str]:
        """Every label (preferred and alternative) of the file, sorted."""
        return sorted(self._entries)

    def lookup(self, name: str, spatial: str | None = None, year: int | None = None) -> str | None:
        """The preferred label for ``name`` (an alt or pref label), honouring region and era."""
        e = self.entry(name, spatial, year)
        return e.pref if e is not None else None


@derived("ontology/authority/agencies.ttl", "--authority files")
def authority(rules: RuleSet) -> Authority:
    """The authority file of the rules in use, with the user's files merged in, indexed by every label.

    A user concept with the IRI of a bundled (or earlier user) concept replaces it; a label a user
    concept has is that concept's alone, so that the user's reading of a name wins everywhere.
    """
    from rdflib.namespace import DCTERMS, SKOS
    from rdflib.term import IdentifiedNode

    from ..read.rdf import load_graph

    g = load_graph(rules.authority["agencies.ttl"], format="turtle")
    # Each concept with its labels, and for each label the rank of the file that gave it (-1: bundled;
    # the user's files in the order given): a label is read by the concepts of the last file that has it.
    concepts: dict[str, tuple[_AuthorityEntry, dict[str, int]]] = {}
    # rdflib types subjects as Node, which has no order; a parsed graph's subjects are IRIs or blank nodes.
    for concept in sorted(cast("set[IdentifiedNode]", set(g.subjects(SKOS.prefLabel, None)))):
        pref = str(g.value(concept, SKOS.prefLabel))
        spatial = str(g.value(concept, DCTERMS.spatial) or "")
        start, end = parse_valid(str(g.value(concept, DCTERMS.valid) or ""))
        entry = _AuthorityEntry(pref, spatial, start, end, str(g.value(concept, DCTERMS.type) or ""))
        concepts[str(concept)] = (entry, dict.fromkeys([pref, *sorted(str(a) for a in g.objects(concept, SKOS.altLabel))], -1))
    for rank, f in enumerate(rules.user_authority):
        for c in f.concepts:
            if not c.pref:
                # A TSV row giving only an IRI: one more label of that concept, which keeps its name.
                if c.iri not in concepts:
                    raise RuleError(f.name, c.iri, "names no concept of the bundled authority file or an earlier --authority file; give the full name too", user=True)
                entry, labels = concepts[c.iri]
                concepts[c.iri] = (replace(entry, user=True), {**labels, **dict.fromkeys(c.alts, rank)})
            else:
                entry = _AuthorityEntry(c.pref, c.spatial, c.start, c.end, c.category, user=True, organisation=c.organisation,
                                        iri=c.iri if c.linked else "")
                concepts[c.iri] = (entry, dict.fromkeys([c.pref, *c.alts], rank))
    last: dict[str, int] = {}
    for _entry, labels in concepts.values():
        for label, rank in labels.items():
            last[label] = max(rank, last.get(label, -1))
    entries: dict[str, list[_AuthorityEntry]] = {}
    for entry, labels in concepts.values():
        for label, rank in labels.items():
            if rank == last[label]:  # a later file has this label: the earlier reading gives way
                entries.setdefault(label, []).append(entry)
    return Authority(entries)


@derived("patterns/agency_abbreviations.json", "patterns/standard_bodies.json")
def _rules(rules: RuleSet) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str, tuple[str, ...]]:
    abbr = rules.pattern("agency_abbreviations.json")
    repl = sorted(((a, b) for a, b in abbr["replacements"]), key=lambda p: -len(p[0]))
    bodies = tuple(sorted(rules.pattern("standard_bodies.json")["bodies"], key=len, reverse=True))
    return repl, [tuple(s) for s in abbr["suffixes"]], abbr["government"], bodies


@derived("patterns/agency_shapes.json")
def _collective_res(rules: RuleSet) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in rules.pattern("agency_shapes.json")["collective_patterns"]]


@derived("patterns/agency_abbreviations.json", "patterns/agency_shapes.json", "patterns/standard_bodies.json")
def _local_template(rules: RuleSet) -> dict:
    """The local template beyond the regular abbreviations: party forms, templates, level names, eras."""
    abbr = rules.pattern("agency_abbreviations.json")
    shapes = rules.pattern("agency_shapes.json")
    templates: dict[str, list[dict]] = {}
    for t in abbr.get("templates", []):
        templates.setdefault(t["body"], []).append(t)
    return {
        "party": sorted((tuple(p) for p in abbr.get("party_replacements", [])), key=lambda p: -len(p[0])),
        "templates": templates,
        "by_level": abbr.get("by_level", {}),
        "infix": [(re.compile(p), body) for p, body in abbr.get("infix_forms", [])],
        "eras": {k: tuple(v) for k, v in rules.pattern("standard_bodies.json").get("eras", {}).items()},
        "successors": dict(rules.pattern("standard_bodies.json").get("successors", {})),
        "organisation": [re.compile(p) for p in shapes.get("organisation_patterns", [])],
        "office": re.compile(shapes["office_pattern"]) if shapes.get("office_pattern") else None,
        "new_area_department": re.compile(shapes["new_area_department_pattern"]),
        "public_institution": re.compile(shapes["public_institution_pattern"]),
        "new_area_own": frozenset(shapes["new_area_own_bodies"]),
    }


def _template(body: str, region: Region, year: int | None) -> str | None:
    """The name a template of the local template gives ``body`` under ``region`` (None: no template applies)."""
    for t in _local_template()["templates"].get(body, []):
        if "levels" in t and region.level not in t["levels"]:
            continue
        if year is None or ((t.get("start") is None or t["start"] <= year) and (t.get("end") is None or year < t["end"])):
            return t["name"].format(name=region.name, short=region.short)
    return None


def _templated(name: str, region: Region | None) -> bool:
    """True when ``name`` is what a template gives under ``region``."""
    if region is None:
        return False
    return any(
        name == t["name"].format(name=region.name, short=region.short)
        for ts in _local_template()["templates"].values() for t in ts
    )


def expand_body(body: str, *, party: bool = False) -> str:
    """Expand the regular abbreviations of a body name (the part after its region).

    ``party``: a body of a party committee (after 市委/省委), whose short forms 外办, 台办, 金融办 name
    the committee's offices, not the government's.
    """
    repl, suffixes, _gov, _bodies = _rules()
    if party:
        for short, full in _local_template()["party"]:
            if body.endswith(short):
                return body[: -len(short)] + full
    for short, full in repl:
        if body.endswith(short):
            return body[: -len(short)] + full
    for short, full in suffixes:
        if body.endswith(short) and not body.endswith(full):
            return body[: -len(short)] + full
    return body


def is_collective(unit: str) -> bool:
    """True for collective units such as 各区县, 市级有关部门, 新区管委会."""
    return any(p.search(unit) for p in _collective_res())


def _is_standard(name: str, region: Region | None, year: int | None = None) -> bool:
    _repl, _suf, _gov, bodies = _rules()
    if _templated(name, region):
        return True
    rest = name
    if region is not None and _is_new_area(region):
        # 河北雄安新区管理委员会 and its departments: the committee stands where a government would.
        committee = _new_area_body("管委会", region)
        if name in (committee, _new_area_body("党工委", region)):
            return True
        if any(name == _new_area_body(own, region) for own in _local_template()["new_area_own"]):
            return True
        if name.startswith(committee) and _local_template()["new_area_department"].match(name[len(committee):]):
            return True  # the committee's own departments (公共服务局): patterns/agency_shapes.json
        name = region.name + name[len(committee):] if name.startswith(committee) else name
        rest = name
    if region is not None:
        for prefix in (f"中共{region.name}", region.name):
            if rest.startswith(prefix):
                rest = rest[len(prefix):]
                break
        else:
            return False
    if rest not in bodies or not _fits_level(rest, region, bodies):
        return False
    era = _local_template()["eras"].get(rest[1:] if rest.startswith("委") else rest)
    # A body of one era only (工商行政管理局 before the 2018 reform) is resolved in documents of that era.
    return era is None or year is None or ((era[0] is None or era[0] <= year) and (era[1] is None or year < era[1]))


def _successor(name: str, region: Region | None, year: int | None) -> str | None:
    """The body that took the place of ``name`` when its era has ended before ``year`` (patterns/standard_bodies.json
    successors), or None."""
    if region is None or year is None or not name.startswith(region.name):
        return None
    t = _local_template()
    rest = name[len(region.name):]
    era, successor = t["eras"].get(rest), t["successors"].get(rest)
    if successor is None or era is None or era[1] is None or year < era[1]:
        return None
    candidate = region.name + successor
    return candidate if _is_standard(candidate, region, year) else None


def _fits_level(body: str, region: Region | None, bodies: tuple[str, ...]) -> bool:
    """False for a department named as another level names it: a province's 财政厅 is no 财政局 (省民政局 is
    not established as a province's body), and a city has no 厅 (its 财政局)."""
    if region is None or region.level == "municipality":
        return True  # a municipality's bodies are 局 and 委, and the central ones neither
    if region.level == "province" and body.endswith("局"):
        return body[:-1] + "厅" not in bodies
    if region.level in ("city", "district") and body.endswith("厅"):
        return body.endswith("办公厅") or body[:-1] + "局" not in bodies
    return True


_MAX_NESTING = 3


def _drop_outer_groups(s: str) -> str:
    """``s`` without its outermost matched bracket groups (an unmatched opening bracket stays as written)."""
    opens: list[int] = []
    outer: list[tuple[int, int]] = []
    for i, ch in enumerate(s):
        if ch in "（(":
            opens.append(i)
        elif ch in "）)" and opens:
            a = opens.pop()
            while outer and outer[-1][0] > a:  # groups inside this one
                outer.pop()
            outer.append((a, i + 1))
    out, pos = [], 0
    for a, b in outer:
        out.append(s[pos:a])
        pos = b
    out.append(s[pos:])
    return "".join(out)


def clean_unit(surface: str) -> str:
    """Strip white space, scope notes in parentheses and a trailing 等 from a unit as written.

    A one- or two-character qualifier inside a name stays: 各区（市）县 names districts and
    county-level cities; （自治县，含两江新区…） is a note.
    """
    s = _SPACE_RE.sub("", surface)
    if nesting(s) > _MAX_NESTING:
        # Each round below removes one level of brackets and rescans the name: n levels cost n².
        # No name nests notes this deep; the notes are dropped whole, in one pass.
        s = _drop_outer_groups(s)
    prev = None
    while prev != s:
        prev = s
        def keep_qualifier(m: re.Match[str], text: str = s) -> str:
            return m.group(0) if _is_inline_qualifier(m, text) else ""

        s = _PAREN_RE.sub(keep_qualifier, s)
    return s.rstrip("等").strip("，,、;；:：")


# Units a collective may add in brackets at its end: 各镇（街道） is every town and sub-district.
_ALTERNATIVE_UNITS = frozenset({"市", "区", "县", "镇", "乡", "街道", "乡镇", "园区", "开发区"})


def _is_inline_qualifier(m: re.Match[str], text: str) -> bool:
    inner = m.group(0)[1:-1]
    if text.startswith(("各", "有关")) and "、" in inner and all(p in _ALTERNATIVE_UNITS for p in inner.split("、")):
        return True  # 各市、县（市、区）政府: the levels a collective takes in, part of its name
    if m.end() == len(text) and text.startswith(("各", "有关")):
        return inner in _ALTERNATIVE_UNITS
    return 1 <= len(inner) <= 2 and bool(_CJK_RE.fullmatch(inner)) and bool(_CJK_RE.fullmatch(text[m.end() : m.end() + 1]))


# The party committee of a region, written with the region (中共河北省委, 石家庄市委) or its level alone (省委).
_PARTY_COMMITTEE_RE = re.compile(r"(?:中共)?(?P<region>[\u4e00-\u9fff]{1,12}?[省市区县州旗盟])委|(?P<level>[省市区县])委")


def _as_parent(parent: str) -> str:
    """The form a body's name takes in front of its own units: a party committee's units are 中共河北省委组织部."""
    m = re.fullmatch(r"中国共产党(.+)委员会", parent)
    return f"中共{m.group(1)}委" if m else parent


def _region_for_prefix(prefix: str, ctx: Jurisdiction) -> Region | None:
    if prefix == "市":
        # 市财政局 in a province's own document is a city's bureau (which one, it does not say), never the
        # province's: without a city in the jurisdiction a 市 names no region.
        return ctx.city_like
    if prefix == "省":
        return ctx.province
    if prefix in ("区", "县"):
        return ctx.district or ctx.region
    return ctx.region


def _zone_region(name: str, ctx: Jurisdiction) -> Region | None:
    """A development zone named with its city's short name (成都高新区, 成都东部新区), or a bare 高新区/经开区.

    Their official names keep the short name and spell the zone type out (成都高新技术产业开发区),
    without the city's full name in front.
    """
    city = ctx.city_like
    if city is None or name.startswith(city.name):
        return None
    if name.startswith(city.short) and len(name) > len(city.short):
        core = name[len(city.short):]
    elif name in _ZONE_TYPES:
        core = name
    else:
        return None
    full = city.short + _ZONE_TYPES.get(core, core)
    return Region(full, name, "district", city.name)


def _district_region(name: str, ctx: Jurisdiction) -> Region:
    g = gazetteer()
    city = ctx.city_like
    full = name
    if city is not None and not name.startswith(city.name):
        full = city.name + name
    known = g.regions.get(name) or g.regions.get(full)
    parent = city.name if city is not None else ""
    return Region(full, name, "district", known.parent if known else parent)


def _organisation(s: str, year: int | None) -> ResolvedUnit | None:
    """An enterprise, bank, university, institute or association: named as written, never the region's body.

    Bodies of the authority file (中国科学院) and of the local template (省科学院, 市总工会) are not
    organisations; enterprises of the authority file (铁塔公司) take their registered name. One written
    with only a level (省铁塔公司) cannot be identified beyond its document.
    """
    lt = _local_template()
    if not any(p.search(s) for p in lt["organisation"]):
        return None
    if _bare_organisation(s):
        # 企联 alone: a kind of organisation with no name of its own, of no region the text gives.
        return ResolvedUnit(s, s, "organisation", False, None, "organisation", local=True)
    e = authority().entry(s, NATIONAL_NAME, year)
    if e is not None:
        return ResolvedUnit(s, e.pref, "organisation", True, None, "organisation") if e.category == "enterprise" else None
    _repl, _suf, _gov, bodies = _rules()
    prefixed = gazetteer().match_prefix(s)
    level_only = prefixed is None and bool(_LEVEL_RE.match(s))
    rest = s[len(prefixed[1]):] if prefixed is not None else s[1:] if level_only else s
    if expand_body(rest) in bodies:
        return None
    return ResolvedUnit(s, s, "organisation", not level_only, None, "organisation", local=level_only)


def _league(s: str, year: int | None) -> ResolvedUnit | None:
    """共青团东山省委: the Youth League committee of the region it names (团委's template), never prefixed with the document's region."""
    m = _LEAGUE_RE.match(s)
    found = gazetteer().match_prefix(m.group(1)) if m else None
    if m is None or found is None or found[1] != m.group(1):
        return None
    region = found[0]
    name = _vertical_or_regular("团委", region, year)
    return ResolvedUnit(s, name, "agency", True, region, region.level)


_MANAGEMENT_OFFICE_RE = re.compile(r"(?![各有相其全])[\u4e00-\u9fff]{2,12}管理处")


def _office(s: str, ctx: Jurisdiction, parent: str | None, certain: bool = True) -> ResolvedUnit | None:
    """An internal office (处/科/室/司) written without region: an office of ``parent``, the issuing department.

    Without a known parent it is kept as written, unresolved and local to its document: it is never
    the region's body (就业促进处 is not 河北省就业促进处).
    """
    office = _local_template()["office"]
    # …管理处 alone may be a body of its own (a scenic area's); in a department's own document it is
    # one of its offices (人力资源流动管理处).
    shaped = office is not None and (office.search(s) or (parent is not None and _MANAGEMENT_OFFICE_RE.fullmatch(s)))
    if not shaped or gazetteer().match_prefix(s) is not None or _LEVEL_RE.match(s):
        return None
    if authority().entry(s) is not None:
        return None
    level = ctx.region.level if ctx.region else "national"
    if parent:
        # Not established (the first of several issuers): a node of this document only, so that it
        # never contradicts the established office of another document (pkg:resolved true and false).
        return ResolvedUnit(s, _as_parent(parent) + s, "agency", certain, ctx.region, level, local=not certain)
    return ResolvedUnit(s, s, "agency", False, ctx.region, level, local=True)


_NAMED_OFFICE_RE = re.compile(r"^(?P<dept>[\u4e00-\u9fff]{2,14}?(?:厅|局|委|部))(?P<office>[\u4e00-\u9fff]{2,14}(?:处|科|室))$")
_OWN_OFFICE_RE = re.compile(r"^(?:本)?(?P<own>厅|局|委|部)(?P<office>[\u4e00-\u9fff]{2,14})$")


def _office_of_named(s: str, ctx: Jurisdiction, year: int | None) -> ResolvedUnit | None:
    """An office written with its department (省人社厅就业促进处): the office of that department, resolved.

    The department is resolved as a unit of its own; a name that is no department (省委办公室) stays.
    """
    m = _NAMED_OFFICE_RE.match(s)
    # Written after its department, any …处/科/室 is that department's (…管理处 too, which alone may
    # name a body of its own).
    if m is None or not _OFFICE_END_RE.search(m.group("office")):
        return None
    dept = resolve_unit(m.group("dept"), ctx, year=year)
    if dept.kind != "agency" or not dept.resolved:
        return None
    return ResolvedUnit(s, _as_parent(dept.label) + m.group("office"), "agency", True, dept.region, dept.level)


_GENERAL_OFFICE_RE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,20}?)(?P<office>办公厅|办公室)$")


def _central_general_office(s: str, ctx: Jurisdiction, year: int | None) -> ResolvedUnit | None:
    """科技部办公厅: the general office of a central body the authority data holds, in any document (never the region's)."""
    m = _GENERAL_OFFICE_RE.match(s)
    if m is None or authority().entry(s, NATIONAL_NAME, year) is not None:
        return None  # 国务院办公厅 is a body of its own in the authority data
    if ctx.region is not None and _known_as_local_body(m.group("body")):
        return None  # 发展改革委办公厅 in a province's document: the province's body's office
    e = authority().entry(m.group("body"), NATIONAL_NAME, year)
    if e is None or e.spatial not in ("", NATIONAL_NAME) or e.pref.endswith(("办公厅", "办公室")):
        return None
    return ResolvedUnit(s, e.pref + m.group("office"), "agency", True, None, "national")


def _own_office(s: str, ctx: Jurisdiction, parent: str | None, certain: bool = True) -> ResolvedUnit | None:
    """厅劳动保障监察局 in a 厅's own document: a body of the issuing department (its 厅 written for it)."""
    m = _OWN_OFFICE_RE.match(s)
    if m is None or parent is None or not parent.endswith(m.group("own")) or not s.endswith(_OWN_BODY_ENDS):
        return None
    level = ctx.region.level if ctx.region else "national"
    return ResolvedUnit(s, _as_parent(parent) + m.group("office"), "agency", certain, ctx.region, level, local=not certain)


_OWN_BODY_ENDS = ("处", "科", "室", "局", "中心", "所")


_JOINERS = ("会同", "联合", "和", "及", "、")
_MAX_RUN = 80


def split_run_together(name: str, ctx: Jurisdiction, year: int | None = None) -> list[str]:
    """The bodies of a run of names written together (科技部财政部, 省科技厅会同省财政厅), or ``[name]``.

    Split only where the whole run is not established and every piece is: a body with a scope of its own
    (a region, 中共, 国家, or a central body the authority data holds), so that one body no data holds
    (省人民政府学位委员会) is never cut into a government and a bare committee. Fewest pieces first.
    """
    s = clean_unit(name)
    if len(s) > _MAX_RUN or len(s) < 4 or resolve_unit(s, ctx, year=year).resolved:
        return [name]
    g = gazetteer()
    known: dict[tuple[int, int], bool] = {}

    def body(a: int, b: int) -> bool:
        if (a, b) not in known:
            piece = s[a:b]
            scoped = g.match_prefix(piece) is not None or bool(_LEVEL_RE.match(piece)) or piece.startswith(("中共", "国家", "国务院")) or (
                authority().entry(piece, NATIONAL_NAME, year) is not None)
            r = resolve_unit(piece, ctx, year=year) if scoped else None
            known[(a, b)] = r is not None and r.kind == "agency" and r.resolved
        return known[(a, b)]

    best: list[list[tuple[int, int]] | None] = [None] * (len(s) + 1)
    best[0] = []
    for i in range(len(s)):
        here = best[i]
        if here is None:
            continue
        if here:  # a joiner between two names
            for j in _JOINERS:
                k = i + len(j)
                if s.startswith(j, i) and (best[k] is None or len(here) < len(best[k] or [])):
                    best[k] = here
        for k in range(i + 2, min(len(s), i + 30) + 1):
            if body(i, k) and (best[k] is None or len(here) + 1 < len(best[k] or [])):
                best[k] = [*here, (i, k)]
    pieces = best[len(s)]
    return [s[a:b] for a, b in pieces] if pieces and len(pieces) > 1 else [name]


def office_parent(issuers: list[str], ctx: Jurisdiction, year: int | None = None) -> str | None:
    """The department whose internal offices (处/科/室/司) a document's units may be: its issuer, or the
    first of several, when every issuer is a department (厅, 局, 委, 部…), not a government or its general office."""
    if not issuers:
        return None
    labels = []
    for issuer in issuers:
        r = resolve_unit(issuer, ctx, year=year)
        if r.kind != "agency" or not r.resolved or r.label in ("国务院", "中共中央") or re.search(r"(?:人民政府|办公厅|办公室)$", r.label):
            return None
        labels.append(r.label)
    # Several departments issuing together: the bare offices are most likely the first one's, which
    # drafts and signs first (the others' offices are written with their department, 省财政厅社保处);
    # resolve_unit names them so but, told parent_certain=False, does not call them established.
    return labels[0]


def _known_locally(body: str, region: Region, year: int | None) -> bool:
    """True when the local template or the authority file knows ``body`` as a body of ``region``."""
    name = _vertical_or_regular(body, region, year)
    return authority().lookup(name, region.name, year) is not None or _is_standard(name, region, year)


def resolve_unit(
    surface: str, ctx: Jurisdiction, *, year: int | None = None, list_prefix: str | None = None, parent: str | None = None,
    parent_certain: bool = True,
) -> ResolvedUnit:
    """Resolve one unit as written to its full official name in the jurisdiction ``ctx``.

    ``list_prefix`` is the level character (市, 省, 区) written before the first unit of a list,
    which applies to every unit of that list that has no prefix of its own. ``parent`` is the full
    name of the document's issuing department, whose internal offices (就业促进处) the units may be.
    """
    unit = _resolve_by_rules(surface, ctx, year=year, list_prefix=list_prefix, parent=parent, parent_certain=parent_certain)
    if unit.kind == "group" or not authority().has_user:
        return unit
    return _user_reading(unit, year) or unit


def _user_reading(unit: ResolvedUnit, year: int | None) -> ResolvedUnit | None:
    """The unit as a user authority file reads it: its label (as ``policykg unresolved`` lists it) or its form as written.

    The rules' result is looked up after they ran, so that every label the unresolved template
    lists (a level-only 区科技局, an organisation, a local office) can be given a full name.
    """
    auth = authority()
    spatial = unit.region.name if unit.region is not None else NATIONAL_NAME
    e = auth.entry(unit.label, spatial, year, user_only=True) or auth.entry(clean_unit(unit.surface), spatial, year, user_only=True)
    if e is None:
        return None
    if e.organisation:
        return ResolvedUnit(unit.surface, e.pref, "organisation", True, None, "organisation", authority_iri=e.iri)
    level = unit.level if unit.level != "organisation" else ("national" if unit.region is None else unit.region.level)
    return ResolvedUnit(unit.surface, e.pref, "agency", True, unit.region, level, authority_iri=e.iri)


def _resolve_by_rules(
    surface: str, ctx: Jurisdiction, *, year: int | None = None, list_prefix: str | None = None, parent: str | None = None,
    parent_certain: bool = True,
) -> ResolvedUnit:
    """``resolve_unit`` by the bundled rules and the authority index (user labels included where the rules look labels up)."""
    s = clean_unit(surface)
    g = gazetteer()
    auth = authority()
    _repl, _suf, gov, _bodies = _rules()
    if not s:
        return ResolvedUnit(surface, surface.strip(), "group", False, ctx.region, ctx.level)
    if ctx.district is not None and re.fullmatch(r"[区县](?:人民)?政府", s):
        # In a district's own plan 区政府 is that district's government, not every district's.
        return ResolvedUnit(surface, ctx.district.name + gov, "agency", True, ctx.district, "district")
    if is_collective(s) or is_collective(_PAREN_RE.sub("", s)):
        return ResolvedUnit(surface, s, "group", True, ctx.region, ctx.region.level if ctx.region else "national")
    for infix, infix_body in _local_template()["infix"]:
        if (m_infix := infix.match(s)) is not None:
            s = m_infix.group(1) + infix_body  # 团市委 → 市团委
            break
    if (special := _central_general_office(s, ctx, year) or _organisation(s, year) or _league(s, year) or _office_of_named(s, ctx, year) or _own_office(s, ctx, parent, parent_certain)
                    or _office(s, ctx, parent, parent_certain)) is not None:
        return ResolvedUnit(surface, special.label, special.kind, special.resolved, special.region, special.level, special.local)

    if (m_committee := _PARTY_COMMITTEE_RE.fullmatch(s)) is not None:
        # 中共河北省委, 省委: the party committee itself, whose full name is 中国共产党河北省委员会.
        named = m_committee.group("region")
        committee_region = g.get(named) if named else _region_for_prefix(m_committee.group("level"), ctx)
        if committee_region is not None:
            return ResolvedUnit(surface, f"中国共产党{committee_region.name}委员会", "agency", True, committee_region, committee_region.level)
        if not named:
            return ResolvedUnit(surface, s, "agency", False, None, _PREFIX_LEVEL[m_committee.group("level")], local=True)

    region: Region | None
    name: str | None = None
    m_party = re.match(r"^(市|省|区|县)委(.+)$", s)
    m_gov = re.match(r"^(市|省|区|县)?政府(.*)$", s)
    m_district = _DISTRICT_RE.match(s)
    if s.startswith("中共"):
        # 中共中央办公厅 is the Central Committee's in any document, never the document region's.
        region = None if s.startswith("中共中央") else (g.match_prefix(s[2:]) or (ctx.region, ""))[0]
        name = s
    elif m_party:
        region = _region_for_prefix(m_party.group(1), ctx)
        if region is None:
            # 省委组织部 in a document whose province is not known: never another level's body.
            return ResolvedUnit(surface, s, "agency", False, None, _PREFIX_LEVEL[m_party.group(1)], local=True)
        name = f"中共{region.name}委{expand_body(m_party.group(2), party=True)}"
    elif m_gov:
        level_char = m_gov.group(1) or list_prefix or "市"
        region = _region_for_prefix(level_char, ctx)
        if region is None:
            # 省政府 in a document whose province is not known: not a body named 人民政府.
            label = level_char + gov + (expand_body(m_gov.group(2)) if m_gov.group(2) else "")
            return ResolvedUnit(surface, label, "agency", False, None, _PREFIX_LEVEL[level_char], local=True)
        name = f"{region.name if region else ''}{gov}{expand_body(m_gov.group(2)) if m_gov.group(2) else ''}"
    elif (m_branch := _PBOC_BRANCH_RE.match(s)) is not None:
        # 人民银行山东省分行: a branch of the central bank, named after its region but not the region's body.
        region = g.get(m_branch.group(2)) or ctx.region
        name = "中国人民银行" + m_branch.group(1)
    elif _TOWN_RE.match(s) and g.get(s) is None and ctx.level in ("city", "district", "municipality"):
        # 新塘镇 in a district's plan: 广州市增城区新塘镇人民政府 (towns sit below a district or county).
        region = ctx.district or ctx.region
        name = (region.name if region else "") + s + _TOWN_BODY["街道" if s.endswith("街道") else s[-1]]
        return ResolvedUnit(surface, name, "agency", ctx.district is not None, region, region.level if region else "national")
    elif m_district and ((named := g.get(m_district.group(1))) is None or named.level == "district"):
        region = _zone_region(m_district.group(1), ctx) or _district_region(m_district.group(1), ctx)
        suffix = gov if m_district.group(2) in ("政府", "人民政府") else "管理委员会"
        name = region.name + suffix
        return ResolvedUnit(surface, name, "agency", True, region, "district")
    else:
        placed = _place_body(surface, s, ctx, year, list_prefix)
        if isinstance(placed, ResolvedUnit):
            return placed
        region, name = placed

    spatial = region.name if region is not None else NATIONAL_NAME
    pref = auth.lookup(name, spatial, year) or auth.lookup(s, spatial, year)
    if pref is not None:
        return ResolvedUnit(surface, pref, "agency", True, region, region.level if region else "national")
    resolved = _is_standard(name, region, year) or name.startswith(_VERTICAL_PREFIXES) or name.endswith("海关")
    if not resolved and (successor := _successor(name, region, year)) is not None:
        # 省国土资源厅 in a 2021 document: the body it names is the one that took its place (自然资源厅).
        return ResolvedUnit(surface, successor, "agency", True, region, region.level if region else "national")
    # A centre, station or academy no template holds is a public institution (事业单位), not an
    # administrative body: typed so, and still not established (its official name may differ).
    kind = "public_institution" if not resolved and _local_template()["public_institution"].search(name) else "agency"
    if (not resolved and parent and kind == "agency" and s.endswith("局") and s not in _bodies
            and g.match_prefix(s) is None and not _LEVEL_RE.match(s)):
        # A bureau written bare in a department's own document that no template holds at any level
        # (劳动保障监察局 in the 人社厅's): one of the department's own, as its offices are (厅劳动保障监察局
        # written out is the same). 财政局 is a city's body, whatever list it is written in.
        return ResolvedUnit(surface, _as_parent(parent) + s, "agency", parent_certain, region, region.level if region else "national", local=not parent_certain)
    return ResolvedUnit(surface, name, kind, resolved, region, region.level if region else "national")


# A scope of several regions or levels written before a unit (各市<含定州、辛集市>人力资源社会保障局, 各县（市、区）财政局,
# 各级人社部门、工会: every level's).
_COLLECTIVE_OWNER_RE = re.compile(
    r"^各(?:设区的?)?(?:市|县|区|地|级|区县|县区|县（市、区）|县\(市、区\)|市（州）)"
    # Levels joined by 、 (各市、县人社局, 各市、县（市、区）财政局): one scope.
    r"(?:、(?:市|县|区|县（市、区）|县\(市、区\)|乡镇?))*"
    r"(?:[<＜〈（(][^<>＜＞〈〉（）()]{1,20}[>＞〉）)])?(?=[\u4e00-\u9fff])"
)


def list_owner(surface: str) -> tuple[str, bool] | None:
    """The scope written before a unit that the bare units after it in its list share, and whether it
    holds for offices only: a named region (雄安新区党群工作部, 石家庄市财政局), several regions
    (各市<含定州、辛集市>人社局), or a department before its office (省人社厅就业促进处、劳动关系处: the
    offices after it are that department's). None for a level character alone (省科技厅: ``list_prefix``'s
    work), a national body or a unit with no scope.
    """
    s = clean_unit(surface)
    m = _COLLECTIVE_OWNER_RE.match(s)
    if m is not None:
        return m.group(0), False
    named = _NAMED_OFFICE_RE.match(s)
    office = _local_template()["office"]
    if named is not None and office is not None and office.search(named.group("office")):
        return named.group("dept"), True
    found = gazetteer().match_nested_prefix(s)
    if found is None or found[0].level == "national" or len(s) <= len(found[1]) or s.startswith("中共"):
        return None
    rest = s[len(found[1]):]
    if not rest or rest.startswith(("政府", "人民政府")) or _is_organisation_name(s):
        return None  # a government is no department's scope; 南昌大学 is named after its city, not in it
    return found[1], False


def place_body(surface: str) -> tuple[str, str] | None:
    """(place as written, body after it) of a unit written as a region's name and a body (廊坊市政府 →
    (廊坊市, 政府), also (廊坊, 市政府)): the body a bare place before it in its list shares. None otherwise."""
    s = clean_unit(surface)
    found = gazetteer().match_prefix(s)
    if found is None or found[0].level == "national" or len(s) <= len(found[1]):
        return None
    return found[1], s[len(found[1]):]


def completed_by(place: str, following: str) -> str | None:
    """``place`` (张家口) with the body that ``following`` (廊坊市政府), later in its list, writes after its own
    place: 张家口市政府. None when ``place`` is no bare region name or ``following`` names no body after one."""
    g = gazetteer()
    region = g.get(clean_unit(place))
    pb = place_body(following)
    if region is None or region.level == "national" or pb is None:
        return None
    other = g.get(pb[0])
    if other is None or other.level != region.level:
        return None
    # Written as short names (张家口、廊坊市政府: the 市 belongs to the body) or as full names.
    rest = (pb[0] + pb[1])[len(other.short):] if pb[0] == other.name and place == region.short else pb[1]
    return clean_unit(place) + rest


_OFFICE_END_RE = re.compile(r"(?:处|科|室)$")


def is_office_shaped(surface: str) -> bool:
    """True for a name ending like a department's internal office (…处, …科, …室)."""
    return bool(_OFFICE_END_RE.search(clean_unit(surface)))


def _bare_organisation(s: str) -> bool:
    """True for an organisation written as its kind alone (企联, 银行): no name, no place of its own."""
    return any((m := p.search(s)) is not None and m.start() == 0 for p in _local_template()["organisation"])


def _is_organisation_name(s: str) -> bool:
    return bool(_ORGANISATION_RE.search(s)) or any(p.search(s) for p in _local_template()["organisation"])


def is_bare(surface: str) -> bool:
    """True for a unit written without any scope of its own (公共服务局, 总工会): one that may share the scope of the unit before it."""
    s = clean_unit(surface)
    return not (
        not s
        or _LEVEL_RE.match(s)
        or s.startswith(("中共", "共青团"))
        or _names_a_place(s)
        or is_collective(s)
        or _NATIONAL_BODY_RE.match(s)
        or _is_organisation_name(s) and not _bare_organisation(s)
        or any(infix.match(s) for infix, _body in _local_template()["infix"])  # 团省委 names its level
        or authority().entry(s, NATIONAL_NAME) is not None and not _known_as_local_body(s)
    )


def _names_a_place(s: str) -> bool:
    """True when a region's name starts ``s`` or stands inside it (人民银行石家庄中心支行): the unit has its own scope."""
    g = gazetteer()
    return any(g.match_prefix(s[i:]) is not None for i in range(len(s) - 1))


def _known_as_local_body(s: str) -> bool:
    """True when the local template knows ``s`` as a body of a province, city or county (财政局, 总工会)."""
    _repl, _suf, _gov, bodies = _rules()
    return expand_body(s) in bodies


def _province_inside(s: str) -> bool:
    """True when a province's (or municipality's) name stands inside ``s`` after its first character (民航东山监管局)."""
    g = gazetteer()
    for i in range(1, len(s) - 2):
        m = g.match_prefix(s[i:])
        if m is not None and m[0].level in ("province", "municipality") and len(s) - i > len(m[1]) + 1:
            return True
    return False


def _place_body(surface: str, s: str, ctx: Jurisdiction, year: int | None, list_prefix: str | None) -> tuple[Region | None, str] | ResolvedUnit:
    """The region and full name of a unit written as a body with or without a place or level (省科技厅, 财政局, 科技部);
    a ResolvedUnit when that already decides it (a body of an unknown region, a central body written bare)."""
    g = gazetteer()
    auth = authority()
    region: Region | None
    prefixed = g.match_prefix(s)
    prefixed_here = (prefixed is not None and len(s) > len(prefixed[1])) or bool(_LEVEL_RE.match(s) and len(s) > 2)
    if prefixed is not None and len(s) > len(prefixed[1]):
        region, matched = prefixed
        body = s[len(matched):]
        if region.level == "national":
            region = None
    elif _LEVEL_RE.match(s) and len(s) > 2:
        if s[0] in "区县" and ctx.district is None:
            # 区科技局 where no district is established: never the city's body, never certain.
            return ResolvedUnit(surface, s, "agency", False, None, "district", local=True)
        region = _region_for_prefix(s[0], ctx)
        body = s[1:]
        if region is None:
            # 省发展改革委 in a document whose province is not known: a provincial body of an unknown
            # province, not the national body of that short form.
            return ResolvedUnit(surface, s[0] + expand_body(body), "agency", False, None, _PREFIX_LEVEL[s[0]], local=True)
    elif _NATIONAL_BODY_RE.match(s) or _ORGANISATION_RE.search(s):
        # A ministry, a 国家… body or a company keeps its own name in a local document too
        # (and takes no 市/省 written before the first unit of its list).
        region = None
        body = s
    elif _province_inside(s) and auth.entry(s, NATIONAL_NAME, year) is None:
        # 民航东山监管局: named after a province inside its name (a vertical system's branch), it is no
        # body of the document's region written bare and takes no 省 written before its list.
        region = None
        body = s
    elif list_prefix:
        region = _region_for_prefix(list_prefix, ctx)
        body = s
        if region is None:
            # 市科技局、财政局 in a province's document: a city's bureau, of no city the text names.
            return ResolvedUnit(surface, list_prefix + expand_body(body), "agency", False, None, _PREFIX_LEVEL[list_prefix], local=True)
    else:
        region = None if ctx.level == "national" else ctx.region
        body = s
    if region is not None and not prefixed_here and not _known_locally(body, region, year):
        national = auth.entry(s, NATIONAL_NAME, year)
        if national is not None:
            # 国管局, 中央统战部, 人民银行 written without prefix in a provincial document (or after a list's
            # 省): no body of the province has that short form, the central body has.
            return ResolvedUnit(surface, national.pref, "agency", True, None, "national")
    return region, _vertical_or_regular(body, region, year)


def _is_new_area(region: Region) -> bool:
    """True for a state-level new area at city level that is no administrative district (雄安新区)."""
    return region.level == "city" and region.name.endswith("新区")


def _new_area_body(body: str, region: Region) -> str:
    """A body of a state-level new area that is no administrative district (雄安新区): its management committee or one of the committee's departments.

    The area's official name carries its province's short name (河北雄安新区), and its departments
    (公共服务局) are the committee's, not the bodies of a people's government.
    """
    province = gazetteer().get(region.parent)
    area = (province.short if province is not None else "") + region.name
    if body in ("党工委", "工委"):
        return f"中共{area}工作委员会"  # the area's party working committee, the party's body beside the committee
    committee = area + "管理委员会"
    # 雄安新区管委会公共服务局: the committee written out before its department.
    dept = re.sub(r"^(?:管委会|管理委员会)", "", body)
    if expand_body(dept) in _local_template()["new_area_own"]:
        return area + expand_body(dept)  # 河北雄安新区公安局: an organ of its own system, named after the area
    return committee + expand_body(dept) if dept else committee


def _vertical_or_regular(body: str, region: Region | None, year: int | None) -> str:
    """Full name of a body under ``region``, handling centrally managed bodies named after places."""
    if region is None:
        return authority().lookup(body, NATIONAL_NAME, year) or expand_body(body)
    # Vertical systems (银保监局, 证监局, 税务局, 海关…), people's congress, CPPCC and party bodies named
    # after their region, by era: patterns/agency_abbreviations.json "templates".
    templated = _template(body, region, year)
    if templated is not None:
        return templated
    if _is_new_area(region):
        return _new_area_body(body, region)
    by_level = _local_template()["by_level"].get(body, {})
    if region.level in by_level:
        return region.name + by_level[region.level]  # 市法院 → X市中级人民法院
    return region.name + expand_body(body)


def qualify_name(name: str, ctx: Jurisdiction) -> str:
    """Replace a leading 市/省 of a body's name by the region it stands for (市X领导小组 → 重庆市X领导小组)."""
    m = _LEVEL_RE.match(name)
    if m and m.group(1) in ("市", "省"):
        region = _region_for_prefix(m.group(1), ctx)
        if region is not None:
            return region.name + name[1:]
    return name
