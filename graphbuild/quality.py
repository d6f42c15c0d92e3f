"""Gold-free quality checks of a built graph: figures that need no annotation, read from the store by SPARQL.

Per document and overall: responsibility brackets counted in the text by a plain scan (independent of
the extractor) against the tasks with units in the graph; the share of responsible-unit mentions the
tool could not establish (``pkg:resolved false``), government bodies apart from public institutions and
organisations that are not government (``pkg:PublicInstitution``, ``pkg:Organisation``); unit labels that still carry list or role words;
plan titles that look like sentences or are the addressee line; documents with no plan title.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from .query import execute
from .resources import package_path
from .store import StoreDir

_DOCUMENTS = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?hash ?name ?title WHERE {
  GRAPH ?g { ?doc a pkg:Document ; pkg:contentHash ?hash ; dcterms:identifier ?name .
             ?plan prov:wasDerivedFrom ?doc .
             # A scheme titled like its notice is emitted partOf itself: still the document's plan.
             FILTER NOT EXISTS { ?plan pkg:partOf ?whole FILTER(?whole != ?plan) } }
  OPTIONAL { GRAPH ?eg { ?plan dcterms:title ?title } }
}
"""

# One row per (task, unit): a unit named by several tasks is several mentions.
_MENTIONS = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?task ?unit ?label ?resolved WHERE {
  GRAPH ?g { ?task a pkg:Task ; pkg:responsibleAgency ?unit }
  OPTIONAL { GRAPH ?lg { ?unit rdfs:label ?label } }
  OPTIONAL { GRAPH ?rg { ?unit pkg:resolved ?resolved } }
}
"""

# Units that are no government body: not counted among the unresolved government bodies (ontology).
_NON_GOVERNMENT = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT DISTINCT ?unit WHERE {
  VALUES ?kind { pkg:Organisation pkg:PublicInstitution }
  GRAPH ?g { ?unit a ?kind }
}
"""


@cache
def _checks() -> dict[str, Any]:
    # Read here, not through the extractor's RuleSet: the checks must not share the rules they check.
    return json.loads(package_path("patterns", "quality_checks.json").read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _bracket_re() -> re.Pattern[str]:
    c = _checks()
    # A labelled list (责任单位：…), or a role word closing the bracket or a clause of it (…牵头，…配合).
    return re.compile(rf"(?:{_alternation(c['bracket_labels'])})\s*[：:]|(?:{_alternation(c['bracket_role_words'])})\s*(?:[，,；;、。]|$)")


# Pages mix full-width and ASCII forms of one bracket ((…）, （…)): each opener closes with either form.
_OPENERS = {"（": "）)", "(": "）)", "〔": "〕]］】", "【": "】]］〕", "［": "］]】〕", "[": "］]】〕"}
_CLOSERS = "".join(sorted(set("".join(_OPENERS.values()))))
_MAX_BRACKET = 300  # a longer "bracket" is an unclosed one running on, not a list of units
_ITEM_NUMBER = re.compile(r"[（(][一二三四五六七八九十]+[）)]")


def top_brackets(text: str) -> list[str]:
    """The insides of the top-level bracket pairs of ``text``, each within one line (a plain nesting scan)."""
    found: list[str] = []
    for line in text.splitlines():
        stack: list[str] = []
        start = 0
        for i, ch in enumerate(line):
            if ch in _OPENERS:
                if stack and _ITEM_NUMBER.match(line, i):
                    stack = []  # an item number (（二）) opens the next item: the bracket before it was cut off
                if not stack:
                    start = i
                stack.append(_OPENERS[ch])
            elif stack and ch in stack[-1]:
                stack.pop()
                if not stack and i - start <= _MAX_BRACKET:
                    found.append(line[start + 1 : i])
            elif stack and ch in _CLOSERS:
                stack = []  # mismatched: start again after it
    return found


def count_brackets(text: str) -> int:
    """How many top-level brackets of ``text`` read as a responsibility note (（责任单位：…）, （…牵头，…配合）)."""
    rx = _bracket_re()
    return sum(1 for inner in top_brackets(text) if rx.search(inner.strip()))


def list_words(label: str) -> list[str]:
    """The list or role words a unit label carries (…牵头, …按职责分工, …等有关部门); empty for a clean name."""
    c = _checks()
    # Longest words first, each character claimed once (按职责分工 and 分工, 参加单位 and 单位： are one finding).
    taken = [False] * len(label)
    found: list[tuple[int, str]] = []
    for w in sorted(c["label_list_words"], key=lambda w: (-len(w), w)):
        for m in re.finditer(re.escape(w), label):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = [True] * len(w)
                found.append((m.start(), w))
    ending = next((e for e in sorted(c["label_list_endings"], key=len, reverse=True) if label.endswith(e)), None)
    if ending and not any(taken[len(label) - len(ending) :]):
        found.append((len(label) - len(ending), ending))
    return [w for _pos, w in sorted(set(found))]


def title_problem(title: str) -> str | None:
    """Why a plan title looks wrong ("sentence: …", "addressee line", "field label"), or None when it looks like a title."""
    c = _checks()
    t = title.strip()
    if any(t.startswith(a) for a in c["addressee_starts"]) and any(w in t for w in c["addressee_words"]):
        return "addressee line"
    if any(f in t for f in c["title_field_labels"]):
        return "field label"
    if (t[:1], t[-1:]) in (("(", ")"), ("（", "）")) and not re.search(r"[)）].*[(（]", t[1:-1]):
        return "note: in parentheses"
    if len(t) < c["title_min_chars"] or t.startswith(tuple(c["title_fragment_starts"])) or re.match(c["title_date_start"], t):
        return "fragment: not a whole title"
    if any(t.startswith(s) for s in c["title_sentence_starts"]):
        return "sentence: starts like a sentence"
    if t.endswith(tuple(c["title_end_punctuation"])):
        return "sentence: ends with punctuation"
    if any(p in t for p in c["title_inner_punctuation"]):
        return "sentence: sentence punctuation inside"
    if len(t) > c["title_max_chars"] and not t.endswith(tuple(c["title_endings"])):
        # A long title that ends like one (…关于印发《…》的通知) is a long title, not a sentence.
        return f"sentence: over {c['title_max_chars']} characters"
    return None


def text_brackets(paths: Iterable[Path | str]) -> dict[str, int]:
    """Content hash → responsibility brackets counted in the text the tool reads from each file (normalised)."""
    from .normalise import normalise
    from .read import InputError, iter_paths, read_source

    counts: dict[str, int] = {}
    for f in iter_paths(paths):
        try:
            src = read_source(f)
        except InputError:
            continue  # the build refused it too: nothing in the graph to compare with
        counts[src.content_hash] = count_brackets(normalise(src.text).text)
    return counts


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def quality(store: str | Path = ".policykg", texts: Iterable[Path | str] | None = None) -> dict[str, Any]:
    """The gold-free figures of a store: ``{"overall": {...}, "documents": [...]}`` (plain data, sorted by document)."""
    sd = StoreDir(store)
    sd.require_current()
    st = sd.open_read()
    docs: dict[str, dict[str, Any]] = {}
    for g, h, name, title in execute(st, _DOCUMENTS).rows:
        d = docs.setdefault(str(g), {"hash": str(h), "names": set(), "titles": set()})
        d["names"].add(str(name))
        if title is not None:
            d["titles"].add(str(title))
    tasks: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    other: Counter[str] = Counter()
    listy: dict[str, Counter[str]] = defaultdict(Counter)
    non_government = {str(u) for (u,) in execute(st, _NON_GOVERNMENT).rows}
    for g, task, unit, label, resolved in execute(st, _MENTIONS).rows:
        g = str(g)
        tasks[g].add(str(task))
        mentions[g] += 1
        if resolved is False or str(resolved).lower() == "false":
            (other if str(unit) in non_government else unresolved)[g] += 1
        if label is not None and list_words(str(label)):
            listy[g][str(label)] += 1
    counted = text_brackets(texts) if texts is not None else {}
    rows: list[dict[str, Any]] = []
    for g, d in docs.items():
        names = sorted(d["names"])
        # A plan without a title line has no dcterms:title (its label is its file's name); a store built
        # before that titled it by the file's name, while the document is known by its path (hebei/0004.txt).
        file_names = d["names"] | {n.rsplit("/", 1)[-1] for n in d["names"]}
        title = next((t for t in sorted(d["titles"]) if t not in file_names), "")
        problem = title_problem(title) if title else "no title"
        rows.append({
            "document": ", ".join(names),
            "hash": d["hash"][:16],
            "title": title,
            "title_problem": problem,
            "brackets": counted.get(d["hash"]) if texts is not None else None,
            "tasks": len(tasks[g]),
            "unit_mentions": mentions[g],
            "unresolved": unresolved[g],
            "unresolved_non_government": other[g],
            "list_word_mentions": sum(listy[g].values()),
            "list_word_labels": sorted(listy[g]),
        })
    rows.sort(key=lambda r: (r["document"], r["hash"]))
    return {"overall": _overall(rows, texts is not None), "documents": rows}


def _overall(rows: list[dict[str, Any]], with_texts: bool) -> dict[str, Any]:
    m = sum(r["unit_mentions"] for r in rows)
    u = sum(r["unresolved"] for r in rows)
    o = sum(r["unresolved_non_government"] for r in rows)
    problems = Counter((r["title_problem"] or "").split(":")[0] for r in rows)
    labels = {lab for r in rows for lab in r["list_word_labels"]}
    out: dict[str, Any] = {
        "documents": len(rows),
        "tasks": sum(r["tasks"] for r in rows),
        "unit_mentions": m,
        "unresolved_mentions": u,
        "unresolved_share": _share(u, m),
        # Public institutions and organisations written without the name that would establish them (省社保中心, 省电力公司).
        "unresolved_non_government_mentions": o,
        "unresolved_all_share": _share(u + o, m),
        "list_word_labels": len(labels),
        "list_word_mentions": sum(r["list_word_mentions"] for r in rows),
        "sentence_titles": problems["sentence"] + problems["field label"] + problems["note"] + problems["fragment"],
        "addressee_titles": problems["addressee line"],
        "no_title": problems["no title"],
    }
    if with_texts:
        # Only documents where either side found a bracket: the many texts with none would make any
        # extractor look good.
        compared = [r for r in rows if r["brackets"] is not None and (r["brackets"] or r["tasks"])]
        out["brackets"] = sum(r["brackets"] or 0 for r in rows)
        out["documents_compared"] = len(compared)
        out["documents_agreeing"] = sum(1 for r in compared if r["brackets"] == r["tasks"])
        out["bracket_task_agreement"] = _share(out["documents_agreeing"], len(compared))
        out["bracket_task_difference"] = sum(abs(r["brackets"] - r["tasks"]) for r in compared)
    return out


def unresolved_units(store: str | Path = ".policykg") -> list[dict[str, Any]]:
    """Every unresolved unit label with its mention count and documents, most frequent first (ties by label)."""
    sd = StoreDir(store)
    sd.require_current()
    st = sd.open_read()
    names: dict[str, list[str]] = defaultdict(list)
    for g, _h, name, _t in execute(st, _DOCUMENTS).rows:
        names[str(g)].append(str(name))
    count: Counter[str] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for g, _task, _unit, label, resolved in execute(st, _MENTIONS).rows:
        if label is None or not (resolved is False or str(resolved).lower() == "false"):
            continue
        count[str(label)] += 1
        where[str(label)].update(names.get(str(g)) or [str(g)])
    return [{"label": lab, "count": n, "documents": sorted(where[lab])} for lab, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))]
