"""Build agencies.ttl (SKOS) from the hand-curated table agencies.tsv.

    python ontology/authority/build.py          # write agencies.ttl
    python ontology/authority/build.py --check  # exit 1 if agencies.ttl is not what the table gives

The table is the source; the TTL is generated and committed so that the package loads it without
this script. Checks made before writing (any failure stops the build): ids unique and well formed,
every managed_by / replaced_by id defined, start < end, categories and source keys known, and no
short form claimed by two concepts of the same spatial scope in overlapping eras. Each central body's
name without its state prefix, for a 总局 or 总署 (国家市场监督管理总局 → 市场监督管理总局), is added to its
short forms where no other concept claims that form.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "agencies.tsv"
OUTPUT = HERE / "agencies.ttl"
NATIONAL = "中华人民共和国"
COLUMNS = ["id", "pref", "alts", "category", "spatial", "start", "end", "managed_by", "replaced_by", "source", "note"]

CATEGORIES = {
    "sc": "State Council and its General Office",
    "sc-ministry": "State Council constituent department (国务院组成部门)",
    "sc-special": "directly affiliated special organisation (国务院直属特设机构)",
    "sc-direct": "directly affiliated organisation (国务院直属机构)",
    "sc-office": "administrative office (国务院办事机构)",
    "sc-institution": "directly affiliated public institution (国务院直属事业单位)",
    "sc-bureau": "national bureau administered by a ministry or commission (部委管理的国家局), or a nameplate",
    "sc-coordination": "office of a State Council coordinating body (议事协调机构办事机构)",
    "cpc": "department or office of the CPC Central Committee (党中央职能部门、办事机构)",
    "cpc-institution": "institution directly under the CPC Central Committee (中央直属事业单位)",
    "military": "Central Military Commission and its departments",
    "npc": "National People's Congress and its organs",
    "cppcc": "CPPCC National Committee and its organs",
    "judicial": "supervisory, judicial and procuratorial organ",
    "mass": "mass organisation (人民团体) or body managed like one",
    "enterprise": "state-owned enterprise (not a government body)",
    "local": "local body with an irregular name",
}
# Source keys; their full citations are in README.md ("Sources of agencies.tsv").
SOURCES = {
    "SC2008": "国务院关于机构设置的通知（国发〔2008〕11号）",
    "SC2013": "国务院关于机构设置的通知（国发〔2013〕14号）",
    "SC2018": "国务院关于机构设置的通知（国发〔2018〕6号）",
    "SC2023": "国务院关于机构设置的通知（国发〔2023〕5号）",
    "SCB2008": "国务院关于部委管理的国家局设置的通知（国发〔2008〕12号）",
    "SCB2013": "国务院关于部委管理的国家局设置的通知（国发〔2013〕15号）",
    "SCB2018": "国务院关于部委管理的国家局设置的通知（国发〔2018〕7号）",
    "SCB2023": "国务院关于部委管理的国家局设置的通知（国发〔2023〕6号）",
    "PLAN2018": "深化党和国家机构改革方案（2018年3月）",
    "PLAN2023": "党和国家机构改革方案（2023年3月）",
    "MIL2016": "中央军委关于深化国防和军队改革的意见（2016年1月）",
    "CONST": "中华人民共和国宪法",
    "NPCLAW": "中华人民共和国全国人民代表大会组织法",
    "CPPCC": "中国人民政治协商会议章程",
    "MASS": "the organisation's own charter (章程)",
    "SOE": "the enterprise's registered name",
    "LOCAL": "the local government's published list of its departments",
}
_ID_RE = re.compile(r"^[a-z][a-z0-9-]*$")
_YEAR_RE = re.compile(r"^(?:\d{4})?$")


@dataclass(frozen=True)
class Row:
    id: str
    pref: str
    alts: tuple[str, ...]
    category: str
    spatial: str
    start: int | None
    end: int | None
    managed_by: tuple[str, ...]
    replaced_by: tuple[str, ...]
    source: tuple[str, ...]
    note: str
    line: int

    def labels(self) -> list[str]:
        return list(dict.fromkeys([self.pref, *self.alts]))

    def overlaps(self, other: "Row") -> bool:
        lo = max(self.start or 0, other.start or 0)
        hi = min(self.end or 9999, other.end or 9999)
        return lo < hi


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def read_table(path: Path = TABLE) -> list[Row]:
    """The rows of the table (comment lines start with #; the first other line is the header)."""
    rows: list[Row] = []
    header: list[str] | None = None
    errors: list[str] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = cells
            if header != COLUMNS:
                raise SystemExit(f"{path.name}:{n}: header must be {COLUMNS}")
            continue
        if len(cells) != len(COLUMNS):
            errors.append(f"{path.name}:{n}: {len(cells)} cells, want {len(COLUMNS)}")
            continue
        c = dict(zip(COLUMNS, (x.strip() for x in cells)))
        if not (_YEAR_RE.match(c["start"]) and _YEAR_RE.match(c["end"])):
            errors.append(f"{path.name}:{n}: start/end must be years")
            continue
        rows.append(
            Row(
                c["id"], c["pref"], _split(c["alts"]), c["category"], c["spatial"] or NATIONAL,
                int(c["start"]) if c["start"] else None, int(c["end"]) if c["end"] else None,
                _split(c["managed_by"]), _split(c["replaced_by"]), _split(c["source"]), c["note"], n,
            )
        )
    if errors:
        raise SystemExit("\n".join(errors))
    return rows


# A central body is written without the prefix that names the state (国家市场监督管理总局 → 市场监督管理总局,
# 中华人民共和国海关总署 → 海关总署): that form is one of its short forms — for the 总局/总署 only, which no
# local body is; a remainder such as 医疗保障局 or 外汇管理局 names a province's body or branch as well.
_STATE_PREFIXES = ("中华人民共和国", "国务院", "国家")
_CENTRAL_ONLY_ENDINGS = ("总局", "总署")
_MIN_REMAINDER = 4


def with_derived_short_forms(rows: list[Row]) -> list[Row]:
    """The rows with each central body's name without its state prefix added to its short forms, where no
    other concept claims that form in an overlapping era (the table's own short forms win)."""
    claimed: dict[str, list[Row]] = {}
    for r in rows:
        for label in r.labels():
            claimed.setdefault(label, []).append(r)
    out = []
    for r in rows:
        extra = []
        if r.spatial == NATIONAL:
            for prefix in _STATE_PREFIXES:
                rest = r.pref[len(prefix):] if r.pref.startswith(prefix) else ""
                if (len(rest) >= _MIN_REMAINDER and rest.endswith(_CENTRAL_ONLY_ENDINGS) and rest not in r.labels()
                        and not any(o is not r and o.overlaps(r) for o in claimed.get(rest, []))):
                    extra.append(rest)
        out.append(replace(r, alts=(*r.alts, *extra)) if extra else r)
    return out


def check(rows: list[Row]) -> list[str]:
    """Problems of the table (empty when it is consistent)."""
    problems: list[str] = []
    ids: dict[str, Row] = {}
    for r in rows:
        where = f"line {r.line} ({r.id})"
        if not _ID_RE.match(r.id):
            problems.append(f"{where}: id must be lower-case ASCII, digits and -")
        if r.id in ids:
            problems.append(f"{where}: id already used on line {ids[r.id].line}")
        ids[r.id] = r
        if not r.pref:
            problems.append(f"{where}: no prefLabel")
        if r.category not in CATEGORIES:
            problems.append(f"{where}: unknown category {r.category!r}")
        if r.start is not None and r.end is not None and r.start >= r.end:
            problems.append(f"{where}: start {r.start} is not before end {r.end}")
        problems.extend(f"{where}: unknown source key {s!r}" for s in r.source if s not in SOURCES)
        if not r.source:
            problems.append(f"{where}: no source")
    for r in rows:
        for ref in (*r.managed_by, *r.replaced_by):
            if ref not in ids:
                problems.append(f"line {r.line} ({r.id}): refers to undefined id {ref!r}")
    claims: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        for label in r.labels():
            claims.setdefault((r.spatial, label), []).append(r)
    for (spatial, label), owners in sorted(claims.items()):
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                if a.overlaps(b):
                    problems.append(f"{label!r} ({spatial}): claimed by {a.id} and {b.id} in overlapping eras")
    return problems


def _lit(s: str, lang: str | None = "zh-Hans") -> str:
    esc = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def _valid(r: Row) -> str:
    parts = []
    if r.start is not None:
        parts.append(f"start={r.start};")
    if r.end is not None:
        parts.append(f"end={r.end};")
    return " ".join(parts)


HEADER = """\
# GENERATED by ontology/authority/build.py from agencies.tsv — edit the table, then run the script.
#
# Authority file of the bodies of the Chinese state whose full names cannot be derived by the regular
# rules of graphbuild/patterns/agency_abbreviations.json (central bodies, irregular short forms, renamed
# and merged bodies). Each skos:Concept has the full official name as skos:prefLabel, the short forms
# met in documents as skos:altLabel, dcterms:spatial for the region whose documents use those forms
# ("中华人民共和国" for central bodies) and, where the name is not in force in every era,
# dcterms:valid as a DCMI Period (start=YYYY; end=YYYY;, end exclusive) so that the era-appropriate
# name is used. dcterms:type is the category (README.md), skos:broader the body that administers it
# (or whose nameplate it is), dcterms:isReplacedBy its successors, dcterms:source the documents
# the entry was curated from.
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix auth: <https://w3id.org/policykg/authority/agency/> .

<https://w3id.org/policykg/authority/agencies> a skos:ConceptScheme ;
    skos:prefLabel "policykg authority file of government bodies"@en .
"""


def render(rows: list[Row]) -> str:
    out = [HEADER]
    category = None
    for r in rows:
        if r.category != category:
            category = r.category
            out.append(f"\n# --- {r.category}: {CATEGORIES[r.category]} ---")
        props = [
            "skos:inScheme <https://w3id.org/policykg/authority/agencies>",
            f"skos:prefLabel {_lit(r.pref)}",
        ]
        alts = [a for a in r.labels() if a != r.pref]
        if alts:
            props.append("skos:altLabel " + ", ".join(_lit(a) for a in alts))
        props.append(f"dcterms:spatial {_lit(r.spatial, None)}")
        if _valid(r):
            props.append(f"dcterms:valid {_lit(_valid(r), None)}")
        props.append(f"dcterms:type {_lit(r.category, None)}")
        if r.managed_by:
            props.append("skos:broader " + ", ".join(f"auth:{m}" for m in r.managed_by))
        if r.replaced_by:
            props.append("dcterms:isReplacedBy " + ", ".join(f"auth:{m}" for m in r.replaced_by))
        props.append("dcterms:source " + ", ".join(_lit(SOURCES[s], None) for s in r.source))
        if r.note:
            props.append(f"skos:scopeNote {_lit(r.note, None)}")
        out.append(f"auth:{r.id} a skos:Concept ;\n    " + " ;\n    ".join(props) + " .")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    rows = read_table()
    problems = check(rows)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    rows = with_derived_short_forms(rows)
    text = render(rows)
    if "--check" in argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.name} is not up to date with {TABLE.name}: run python {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.name}: {len(rows)} concepts, {sum(len(r.labels()) for r in rows)} labels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
