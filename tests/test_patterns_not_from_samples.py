"""No stop-list holds a phrase taken from a sample document: stop-lists are generic words.

A stop-list entry longer than four characters that occurs verbatim in the bundled corpus is most
likely a phrase of that document, fitted to make a dev figure right; it would not carry over to
documents nobody here has read. Each such entry needs a reason in ALLOWED, or must go.
"""

from __future__ import annotations

import json

from graphbuild.normalise import to_simplified
from graphbuild.resources import corpus_dir, package_path

# (file, key path) of the lists that say what a name is not.
STOP_LISTS = [
    ("mentions.json", ("park", "generic")),
    ("mentions.json", ("chain", "generic")),
    ("mentions.json", ("technology", "generic")),
    ("mentions.json", ("left_boundaries",)),
    ("mentions.json", ("followers",)),
    ("mentions.json", ("level_prefixes",)),
    ("agency_shapes.json", ("list_endings",)),
    ("agency_shapes.json", ("role_modifiers",)),
    ("agency_shapes.json", ("note_labels",)),
]

_CATEGORY = "a category of national policy language (五年规划, 国务院 documents), not a name"
ALLOWED = {
    "专业产业园": "a park type word: 专业 + 产业园",
    "产业化示范区": "a park type word",
    "产业集聚区": "a park type word (the national 产业集聚区 programme)",
    "先导示范区": "a park type word",
    "合作先行区": "a park type word",
    "特色产业园": "a park type word",
    "特色产业园区": "a park type word",
    "特色示范区": "a park type word",
    "省级产业园": "a level word + a park type word",
    "“十四五”产业": "the plan period + 产业: no industry named",
    "上下游产业": "up- and downstream: no industry named",
    "优势产业集群": _CATEGORY,
    "先进制造业集群": _CATEGORY + " (the MIIT 先进制造业集群 programme)",
    "全球产业链": _CATEGORY,
    "制造业集群": _CATEGORY,
    "战略性新兴产业": _CATEGORY + " (the 战略性新兴产业分类 of the NBS)",
    "战略性新兴产业集群": _CATEGORY + " (the NDRC programme)",
    "未来产业集群": _CATEGORY,
    "重点产业链": _CATEGORY,
    "高技术产业": _CATEGORY + " (the NBS 高技术产业 classification)",
    "高新技术产业": _CATEGORY,
    "关键共性技术": _CATEGORY,
    "关键核心技术": _CATEGORY,
    "前沿引领技术": _CATEGORY,
    "核心基础技术": _CATEGORY,
    "清洁生产技术": _CATEGORY,
    "现代工程技术": _CATEGORY,
    "重大仪器设备": _CATEGORY,
    "重大技术装备": _CATEGORY + " (the 首台(套)重大技术装备 programme)",
    "发展战略性": "a verb + the start of 战略性…: the boundary before a category",
    "风险投资基金投资": "a verb phrase before an object: a boundary of names in any funding clause",
    "高质量发展": "the standing verb phrase of policy texts (推动…高质量发展)",
    "等有关部门": "the standing end of a list of units (A、B等有关部门)",
    "按职责分工": "the standing role modifier of responsibility brackets (按职责分工负责)",
}


def _entries(data: dict, path: tuple[str, ...]) -> list[str]:
    for key in path:
        data = data[key]
    assert isinstance(data, list)
    return [e for e in data if isinstance(e, str)]


def test_no_stop_list_holds_a_phrase_of_a_sample_document():
    corpus = to_simplified("\n".join(f.read_text(encoding="utf-8") for f in corpus_dir().iterdir() if f.name.endswith(".txt")))
    flagged = set()
    for name, path in STOP_LISTS:
        data = json.loads(package_path("patterns", name).read_text(encoding="utf-8"))
        for entry in _entries(data, path):
            if len(entry) > 4 and entry in corpus and entry not in ALLOWED:
                flagged.add(f"{name} {'/'.join(path)}: {entry}")
    assert sorted(flagged) == [], "a phrase of a sample document: replace it by a general rule, or say why it is generic in ALLOWED"


def test_every_allowed_entry_is_still_in_a_stop_list():
    # An allow-list entry for a word no longer listed would let a sample phrase back in unnoticed.
    listed = set()
    for name, path in STOP_LISTS:
        listed |= set(_entries(json.loads(package_path("patterns", name).read_text(encoding="utf-8")), path))
    assert sorted(set(ALLOWED) - listed) == []
