"""The region gazetteer (ontology/authority/regions.tsv) and a document's jurisdiction."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..lexicon import alternation
from ..rules import RuleSet, derived

LEVELS = ("national", "province", "municipality", "city", "district")


@dataclass(frozen=True)
class Region:
    """One administrative region of the gazetteer."""

    name: str
    short: str
    level: str
    parent: str
    abbrevs: tuple[str, ...] = ()
    code: str = ""  # GB/T 2260, six digits; empty for the nation and for zones without one


# A county-level name made only of direction and town characters (城区, 郊区, 矿区, 市中区, 新城区)
# is also an everyday word (中心城区, 近郊区): it names its district only after its city.
_GENERIC_CHARS = frozenset("城郊矿新老东西南北中市上下前后内外大小")


def is_generic_name(name: str) -> bool:
    """True for a district or county name that is also an everyday word (城区, 郊区, 新城区)."""
    return all(ch in _GENERIC_CHARS for ch in name[:-1])


_RANK = {level: i for i, level in enumerate(LEVELS)}


class _NameIndex:
    """The longest of many names at a position: one small character-trie regex per first character.

    One alternation of 3,000+ names would try its hundreds of first characters one after the other
    at every position; here a character class finds the positions where a name can start and a dict
    picks the trie, so a scan costs a few steps per character, whatever the number of names.
    """

    def __init__(self, names: Iterable[str]) -> None:
        groups: dict[str, list[str]] = {}
        for n in names:
            if n:
                groups.setdefault(n[0], []).append(n)
        self._by_first = {ch: re.compile(alternation(ns)) for ch, ns in groups.items()}
        self._starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(groups)) + "]" if groups else "(?!)")

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        p = self._by_first.get(text[pos:pos + 1])
        return p.match(text, pos) if p is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping longest matches, left to right (as ``re.finditer`` of the alternation)."""
        pos = 0
        while (start := self._starts.search(text, pos)) is not None:
            m = self._by_first[start.group()].match(text, start.start())
            if m is not None:
                yield m
                pos = m.end()
            else:
                pos = start.start() + 1


class Gazetteer:
    """Region names, short names and document-number abbreviations.

    ``regions`` maps each full name to its region; a county-level name that two cities share
    (鼓楼区, 朝阳区) is keyed with its parent in front (福州市鼓楼区) and is found bare only after
    its city (``match_nested_prefix``). ``by_code`` maps GB/T 2260 codes.
    """

    def __init__(self, regions: list[Region]) -> None:
        counts = Counter(r.name for r in regions)
        self.regions = {(r.name if counts[r.name] == 1 else r.parent + r.name): r for r in regions}
        self.by_code = {r.code: r for r in regions if r.code}
        self._named: dict[str, list[Region]] = {}
        self.by_short: dict[str, Region] = {}
        self.by_abbrev: dict[str, Region] = {}
        for r in sorted(regions, key=lambda r: _RANK.get(r.level, len(LEVELS))):
            # Keep the higher level when two regions share a short form (e.g. a province and a city).
            if not (r.short == r.name and counts[r.name] > 1):
                self.by_short.setdefault(r.short, r)
            for a in r.abbrevs:
                self.by_abbrev.setdefault(a, r)
        for r in regions:
            for s in {r.name, r.short}:
                self._named.setdefault(s, []).append(r)
        # Built once, indexed by first character: a match costs the length of the longest name, not
        # the number of names (3,000+ regions).
        self._prefix_re = _NameIndex(self._named)
        # Places named in running text: provinces and cities by name or short form, districts and
        # counties by full name only (their two-character short forms are inside everyday words:
        # 高密度, 西南部), never a name that is itself a word (城区).
        scan = [s for s, rs in self._named.items() if len(s) >= 2 and any(
            r.level != "district" or (s == r.name and not is_generic_name(s)) for r in rs)]
        self._scan_re = _NameIndex(scan)

    def get(self, name: str) -> Region | None:
        """Look a region up by full or short name (None for a bare name two counties share)."""
        return self.regions.get(name) or self.by_short.get(name)

    def code_of(self, region: Region) -> str:
        """The GB/T 2260 code of ``region``, also when it is written with its city in front (广州市增城区)."""
        if region.code:
            return region.code
        parent = self.regions.get(region.parent)
        name = region.name[len(parent.name):] if parent is not None and region.name.startswith(parent.name) else region.name
        for r in self.candidates(name):
            if r.parent == region.parent and r.level == region.level and r.name == name:
                return r.code
        return ""

    def candidates(self, name: str) -> list[Region]:
        """Every region with this full or short name (鼓楼区: four of them)."""
        return list(self._named.get(name, ()))

    def province_of(self, region: Region) -> Region | None:
        """The provincial-level region containing ``region`` (itself for a province or municipality)."""
        r: Region | None = region
        while r is not None and r.level not in ("province", "municipality", "national"):
            r = self.regions.get(r.parent)
        return r

    def match_prefix(self, text: str) -> tuple[Region, str] | None:
        """The region whose full or short name starts ``text``, with the matched string."""
        m = self._prefix_re.match(text)
        if not m:
            return None
        region = self.get(m.group(0))
        return (region, m.group(0)) if region else None

    def named_prefix(self, text: str) -> int:
        """How many characters at the start of ``text`` are a region's full or short name, any level, even
        one that several regions share (清河: two counties); 0 for none. For contexts that say a place follows."""
        m = self._prefix_re.match(text)
        return m.end() if m else 0

    def match_nested_prefix(self, text: str) -> tuple[Region, str] | None:
        """Like ``match_prefix``, then descend while a region inside the matched one follows (广州市增城区 → 增城区)."""
        m = self.match_prefix(text)
        if m is None:
            return None
        region, matched = m
        while (m2 := self._prefix_re.match(text, len(matched))) is not None:
            inner = [r for r in self.candidates(m2.group(0)) if self._within(r, region)]
            if len(inner) != 1:
                break
            region, matched = inner[0], matched + m2.group(0)
        return region, matched

    def _within(self, region: Region, outer: Region) -> bool:
        r: Region | None = self.regions.get(region.parent)
        while r is not None and r.name != outer.name:
            r = self.regions.get(r.parent)
        return r is not None

    def place_prefix(self, text: str) -> int:
        """How many characters at the start of ``text`` name places, one inside the other (广东省深圳市: 6; 0 for none).

        The same names as ``find_all``: provinces and cities by name or short form, districts and
        counties by full name.
        """
        end = 0
        while (m := self._scan_re.match(text, end)) is not None and m.end() > end:
            end = m.end()
        return end

    def find_all(self, text: str) -> list[Region]:
        """Every region named in ``text`` (full names and short forms of at least two characters)."""
        found = []
        for m in self._scan_re.finditer(text):
            r = self.get(m.group(0))
            if r is not None:
                found.append(r)
        return found


@derived("ontology/authority/regions.tsv")
def gazetteer(rules: RuleSet) -> Gazetteer:
    """The gazetteer of the rules in use."""
    rows = rules.authority_text("regions.tsv").splitlines()
    regions = []
    for line in rows[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 6)[:6]
        name, short, level, parent, abbrev, code = (c.strip() for c in cols)
        if level not in LEVELS:
            continue
        regions.append(Region(name, short or name, level, parent, tuple(a for a in abbrev.split(",") if a), code))
    return Gazetteer(regions)


@dataclass(frozen=True)
class Jurisdiction:
    """Where a document's unprefixed units belong: the national, provincial and city context."""

    level: str  # national | province | municipality | city | district
    province: Region | None = None
    city: Region | None = None
    district: Region | None = None

    @property
    def region(self) -> Region | None:
        """The most specific region of the jurisdiction."""
        return self.district or self.city or self.province

    @property
    def city_like(self) -> Region | None:
        """The region a 市 prefix refers to (a municipality counts as a city)."""
        if self.city is not None:
            return self.city
        if self.province is not None and self.province.level == "municipality":
            return self.province
        return None


NATIONAL = Jurisdiction("national")

_DOCNO_SHAPE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号$")
_DOCNO_RE = re.compile(r"([\u4e00-\u9fff]{1,3}?)(?:府|政|委|办|发|经信|工信|科|财)[\u4e00-\u9fff]{0,4}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号")


@derived("patterns/national_signals.json")
def _national_signals(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    p = rules.pattern("national_signals.json")
    return {k: re.compile(p[k]) for k in ("doc_number", "addressee", "issuer_shape")}


# A district or county named by its government right after its city (成都市武侯区人民政府办公室).
# Development zones are not districts: they are run by a 管委会, never by a 人民政府.
_UNLISTED_DISTRICT_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:区|县|自治县|旗))(?:人民政府|政府)")
_ZONE_ENDINGS = ("高新区", "经开区", "开发区", "园区", "保税区", "合作区", "示范区", "试验区")


# A region name followed by one of these is inside a list or a bracket (各市（含定州、辛集市）人力资源社会
# 保障局), not the prefix of an issuer.
_LIST_PUNCTUATION = frozenset("）)、，,；;】]")
# More issuers than any joint document has (the 2023 joint notices of ministries list about 20).
_MAX_ISSUERS = 40
# An addressee line of a provincial document: 省政府有关部门, 省直各部门, 省级有关单位.
_PROVINCIAL_ADDRESSEE_RE = re.compile(r"省(?:政府|人民政府|委|直|级)?(?:有关|各)(?:部门|单位|委办厅局)")


def _unlisted_district(city: Region, rest: str) -> Region | None:
    """The district a document's issuer names under ``city`` when the gazetteer does not list it.

    The district's existence is established by the document itself; without this its 区… units
    would be taken for the city's bodies.
    """
    if city.level != "city":
        return None
    m = _UNLISTED_DISTRICT_RE.match(rest)
    if m is None or m.group(1).endswith(_ZONE_ENDINGS) or gazetteer().get(m.group(1)) is not None:
        return None
    return Region(m.group(1), m.group(1), "district", city.name)


def jurisdiction_from(issuers: list[str], title: str, doc_number: str, text: str) -> Jurisdiction:
    """Infer the jurisdiction from issuers, title, document number, then the places the text names."""
    g = gazetteer()
    evidence: list[Region] = []
    if len(issuers) > _MAX_ISSUERS:
        issuers = []  # not an issuer block but body text cut at its commas: names in it are no evidence
    for source in [*issuers, title]:
        m = g.match_nested_prefix(source)
        if m is not None and source[len(m[1]):][:1] not in _LIST_PUNCTUATION:
            evidence.append(_unlisted_district(m[0], source[len(m[1]):]) or m[0])
            break
    signals = _national_signals()
    if not evidence and doc_number:
        if signals["doc_number"].match(doc_number):
            return NATIONAL
        m2 = _DOCNO_RE.match(doc_number)
        if m2 and m2.group(1) and m2.group(1)[0] in g.by_abbrev:
            evidence.append(g.by_abbrev[m2.group(1)[0]])
        elif (r := g.by_abbrev.get(doc_number[:1])) is not None and r.level in ("province", "municipality") \
                and _DOCNO_SHAPE_RE.search(doc_number):
            # A provincial department's 文号 starts with the 简称 too (冀人社字〔2024〕56号, 粤工信…).
            evidence.append(r)
    if not evidence and (
        any(signals["issuer_shape"].match(s) for s in [*issuers, title] if not s.startswith("中共") or s.startswith("中共中央"))
        # A notice addressed to every province comes from the centre.
        or signals["addressee"].search(text[:3000])
    ):
        return NATIONAL
    # Scanning the text for places is the costly part: only when neither issuer nor title nor 文号 told.
    named = Counter(r.name for r in g.find_all(text) if r.level != "national") if not evidence or evidence[0].level == "province" else Counter()
    if not evidence:
        if not named:
            return NATIONAL
        top = g.regions[named.most_common(1)[0][0]]
        provinces = [n for n, _c in named.most_common() if g.regions[n].level == "province"]
        if provinces and _PROVINCIAL_ADDRESSEE_RE.search(text[:3000]):
            # Addressed to 省政府有关部门 (各市人民政府，雄安新区管委会，省政府有关部门): the province's
            # own document, however often the cities and 雄安新区 it addresses are named.
            top = g.regions[provinces[0]]
        evidence.append(top)
    primary = evidence[0]
    province = g.province_of(primary)
    if primary.level == "national":
        return NATIONAL
    if primary.level in ("province", "municipality"):
        city = None
        if primary.level == "province":
            # A provincial document about one city (measures for Guangzhou): the most named city among
            # those its title names. A city the body names (an addressee, a responsible unit, an
            # example) does not make a provincial plan the city's.
            cities = [(n, c) for n, c in named.most_common() if g.regions[n].level == "city"
                      and g.regions[n].parent == primary.name and (n in title or g.regions[n].short in title)]
            if cities:
                city = g.regions[cities[0][0]]
        return Jurisdiction(primary.level, province=primary, city=city)
    if primary.level == "city":
        return Jurisdiction("city", province=province, city=primary)
    parent = g.regions.get(primary.parent)
    if parent is not None and parent.level == "province":
        # A county-level city or 林区 under its province (济源市, 仙桃市, 石河子市) is run like a
        # city: its 市… bodies are its own, and its name takes no prefix.
        return Jurisdiction("city", province=parent, city=primary)
    if parent is not None and not primary.name.startswith(parent.name):
        # A district's bodies are named with its city in front (广州市增城区科学技术局, 重庆市渝北区…).
        primary = replace(primary, name=parent.name + primary.name)
    if parent is not None and parent.level == "municipality":
        return Jurisdiction("district", province=parent, district=primary)
    return Jurisdiction("district", province=province, city=parent, district=primary)
