"""Check the gold files of this set against the "Checking" rules of docs/gold-format.md.

Usage: python tests/heldout2/check_gold.py   (needs the opencc package)
"""
import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
T2S = opencc.OpenCC("t2s")
OPEN, CLOSE = "（〔", "）〕"
MARK = re.compile(r"单位：|部门：|负责|牵头|配合")
LABEL = re.compile(r"^(牵头单位|责任单位|配合单位|责任部门)：")
COLLECTIVE = re.compile(r"^(各|有关|省有关|市级有关)")


def brackets(text):
    """Top-level full-width brackets (nesting handled) with their start offsets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((start, text[start + 1 : i]))
    return out


def units_of(inner):
    """Split a responsibility bracket into (units, leads) following the README conventions."""
    units, leads = [], []
    for part in re.split(r"[；;]", inner):
        part = part.strip()
        is_lead_part = part.startswith("牵头单位：")
        part = LABEL.sub("", part)
        for tok in re.split(r"[、，,]|及(?=有关)", part):
            tok = tok.strip()
            lead = is_lead_part
            for suffix in ("按职责分工负责", "配合"):
                if tok.endswith(suffix):
                    tok = tok[: -len(suffix)]
            if tok.endswith("（牵头）"):
                tok, lead = tok[: -len("（牵头）")], True
            if tok.endswith("牵头"):
                tok, lead = tok[: -len("牵头")], True
            if tok.endswith("等"):
                tok = tok[:-1]
            if tok:
                units.append(tok)
                if lead:
                    leads.append(tok)
    return units, leads


def check(stem):
    errs = []
    text = T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    nows = re.sub(r"\s+", "", text)
    g = json.loads((HERE / "gold" / f"{stem}.json").read_text(encoding="utf-8"))

    def strings(o):
        if isinstance(o, str):
            yield o
        elif isinstance(o, list):
            for x in o:
                yield from strings(x)
        elif isinstance(o, dict):
            for x in o.values():
                yield from strings(x)

    for s in strings(g):
        if T2S.convert(s) != s:
            errs.append(f"not Simplified: {s}")
    for key in ("parks", "technologies", "chains"):
        for s in g.get(key, []):
            if s not in text:
                errs.append(f"{key} not verbatim: {s}")
    for key in ("sub_plans", "plans_cited", "regions"):
        for s in g.get(key, []):
            if re.sub(r"\s+", "", s) not in nows:
                errs.append(f"{key} not in text: {s}")
    if re.sub(r"\s+", "", g["title"]) not in nows:
        errs.append(f"title not in text: {g['title']}")
    for key in ("parks", "technologies", "chains", "plans_cited", "sub_plans", "regions", "issuers", "uncertain"):
        lst = g.get(key, [])
        if len(lst) != len(set(lst)):
            errs.append(f"duplicates in {key}")
    quoted = set(re.findall(r"《([^》]+)》", text))
    for p in g["plans_cited"]:
        if p not in quoted:
            errs.append(f"cited plan not inside 《》: {p}")
        if p == g["title"] or p in g.get("sub_plans", []):
            errs.append(f"cited plan is the document itself: {p}")
    for ag in g.get("agency_groups", []):
        for k in ("name", "office_as_written", "parent_as_written", "lead_as_written"):
            if k in ag and ag[k] not in text:
                errs.append(f"agency_groups {k} not verbatim: {ag[k]}")
        for m in ag["members_as_written"]:
            if m not in text:
                errs.append(f"agency group member not verbatim: {m}")
        if len(ag["members"]) != len(ag["members_as_written"]):
            errs.append("agency group member lists differ in length")
    # responsibility brackets
    resp = [(pos, inner) for pos, inner in brackets(text) if MARK.search(inner)]
    if len(resp) != len(g["tasks"]):
        errs.append(f"{len(g['tasks'])} tasks but {len(resp)} responsibility brackets")
    pos = 0
    for t in g["tasks"]:
        h = t["heading"]
        # the heading is the text between the item number and the first 。
        m = re.compile(r"(?:（[一二三四五六七八九十]+）|\d+\.)" + re.escape(h) + "。").search(text, pos)
        if not m:
            errs.append(f"heading not found in order (after item number, before 。): {h}")
            continue
        pos = m.end()
        nxt = [b for b in resp if b[0] >= pos]
        if not nxt:
            errs.append(f"no bracket after heading {h}")
            continue
        units, leads = units_of(nxt[0][1])
        if units != t["responsible_as_written"]:
            errs.append(f"task {h}: tokens {t['responsible_as_written']} but bracket gives {units}")
        for u in t["responsible_as_written"]:
            if u not in text:
                errs.append(f"token not verbatim: {u}")
        if len(t["responsible"]) != len(t["responsible_as_written"]):
            errs.append(f"task {h}: lists differ in length")
        full = dict(zip(t["responsible_as_written"], t["responsible"]))
        for w, f in full.items():
            if COLLECTIVE.match(w) and w != f:
                errs.append(f"collective unit changed: {w} -> {f}")
            if not COLLECTIVE.match(w) and COLLECTIVE.match(f):
                errs.append(f"non-collective unit kept as collective: {w}")
        want_lead = [full[u] for u in leads]
        if sorted(want_lead) != sorted(t.get("lead", [])):
            errs.append(f"task {h}: lead {t.get('lead')} but bracket marks {want_lead}")
        # the heading's item must not contain a second bracket before the next item
    # targets: value occurs in text
    for tg in g["targets"]:
        if tg["value"] not in text:
            errs.append(f"target value not in text: {tg}")
        if tg["year"] is not None and f"{tg['year']}年" not in text:
            errs.append(f"target year not in text: {tg}")
    return errs


def main():
    bad = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        errs = check(gf.stem)
        print(f"{gf.stem}: {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
