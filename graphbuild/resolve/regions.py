"""The region gazetteer (ontology/authority/regions.tsv) and a document's jurisdiction."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation
from ..resources import load_pattern, ontology_file

LEVELS = ("national", "province", "municipality", "city", "district")


@dataclass(frozen=True)
class Region:
    """One administrative region of the gazetteer."""

    name: str
    short: str
    level: str
    parent: str
    abbrevs: tuple[str, ...] = ()


class Gazetteer:
    """Region names, short names and document-number abbreviations."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = {r.name: r for r in regions}
        self.by_short: dict[str, Region] = {}
        self.by_abbrev: dict[str, Region] = {}
        for r in regions:
            # Keep the higher level when two regions share a short form (e.g. a province and a city).
            self.by_short.setdefault(r.short, r)
            for a in r.abbrevs:
                self.by_abbrev.setdefault(a, r)
        self._prefix_re = re.compile(alternation([*self.regions, *self.by_short]))

    def get(self, name: str) -> Region | None:
        """Look a region up by full or short name."""
        return self.regions.get(name) or self.by_short.get(name)

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

    def match_nested_prefix(self, text: str) -> tuple[Region, str] | None:
        """Like ``match_prefix``, then descend while a region inside the matched one follows (广州市增城区 → 增城区)."""
        m = self.match_prefix(text)
        if m is None:
            return None
        region, matched = m
        while (inner := self.match_prefix(text[len(matched):])) is not None and self._within(inner[0], region):
            region, matched = inner[0], matched + inner[1]
        return region, matched

    def _within(self, region: Region, outer: Region) -> bool:
        r: Region | None = self.regions.get(region.parent)
        while r is not None and r.name != outer.name:
            r = self.regions.get(r.parent)
        return r is not None

    def find_all(self, text: str) -> list[Region]:
        """Every region named in ``text`` (full names and short forms of at least two characters)."""
        found = []
        for m in self._prefix_re.finditer(text):
            s = m.group(0)
            if len(s) >= 2:
                r = self.get(s)
                if r is not None:
                    found.append(r)
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer."""
    rows = ontology_file("authority/regions.tsv").read_text(encoding="utf-8").splitlines()
    regions = []
    for line in rows[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        name, short, level, parent, abbrev = (c.strip() for c in cols)
        if level not in LEVELS:
            continue
        regions.append(Region(name, short or name, level, parent, tuple(a for a in abbrev.split(",") if a)))
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

_DOCNO_RE = re.compile(r"([\u4e00-\u9fff]{1,3}?)(?:府|政|委|办|发|经信|工信|科|财)[\u4e00-\u9fff]{0,4}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号")


@lru_cache(maxsize=1)
def _national_signals() -> dict[str, re.Pattern[str]]:
    p = load_pattern("national_signals.json")
    return {k: re.compile(p[k]) for k in ("doc_number", "addressee", "issuer_shape")}


# A district or county named by its government right after its city (成都市武侯区人民政府办公室).
# Development zones are not districts: they are run by a 管委会, never by a 人民政府.
_UNLISTED_DISTRICT_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:区|县|自治县|旗))(?:人民政府|政府)")
_ZONE_ENDINGS = ("高新区", "经开区", "开发区", "园区", "保税区", "合作区", "示范区", "试验区")


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
    for source in [*issuers, title]:
        m = g.match_nested_prefix(source)
        if m is not None:
            evidence.append(_unlisted_district(m[0], source[len(m[1]):]) or m[0])
            break
    signals = _national_signals()
    if not evidence and doc_number:
        if signals["doc_number"].match(doc_number):
            return NATIONAL
        m2 = _DOCNO_RE.match(doc_number)
        if m2 and m2.group(1) and m2.group(1)[0] in g.by_abbrev:
            evidence.append(g.by_abbrev[m2.group(1)[0]])
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
        evidence.append(top)
    primary = evidence[0]
    province = g.province_of(primary)
    if primary.level == "national":
        return NATIONAL
    if primary.level in ("province", "municipality"):
        city = None
        if primary.level == "province":
            # A provincial document about one city (e.g. measures for Guangzhou): the most named city.
            cities = [(n, c) for n, c in named.most_common() if g.regions[n].level == "city" and g.regions[n].parent == primary.name]
            if cities:
                city = g.regions[cities[0][0]]
        return Jurisdiction(primary.level, province=primary, city=city)
    if primary.level == "city":
        return Jurisdiction("city", province=province, city=primary)
    parent = g.regions.get(primary.parent)
    if parent is not None and not primary.name.startswith(parent.name):
        # A district's bodies are named with its city in front (广州市增城区科学技术局, 重庆市渝北区…).
        primary = Region(parent.name + primary.name, primary.short, primary.level, primary.parent, primary.abbrevs)
    if parent is not None and parent.level == "municipality":
        return Jurisdiction("district", province=parent, district=primary)
    return Jurisdiction("district", province=province, city=parent, district=primary)
