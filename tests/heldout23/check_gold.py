"""Check the gold files of this set against the "Checking" rules of docs/gold-format.md.

Copied for heldout23 from tests/heldout22/check_gold.py (itself from tests/heldout21/check_gold.py, heldout17's,
adapted from heldout16, heldout11 … heldout2) for real crawled text: brackets may be （…）, 〔…〕 or (…) and nest; item
numbers are （一）, 一、 or 1. / 1．; a heading ends at the first 。 or at the end of its line; labels (责任单位：
牵头单位： 责任部门： …) and fields that are not units (完成时限：…) are handled as described in CONVENTIONS.md /
README.md. Kept from heldout10/11/16/17/19/20/21/22: the target-year check ignores whitespace and accepts full-width
digits; «…» counts as title marks; an optional key `sub_plans` is allowed and checked like plans_cited (inside title
marks is not required); a target's qualifier, where given, must occur in the text (ignoring whitespace, with …… as
a gap); a region may be written in the text without its 市, 省, 县 or 区; an agency group's members must occur
verbatim and may be collective; the i-th task is paired with the i-th responsibility bracket.
heldout23 changes (README "Checking"): the per-text tables are those of this set (FIRST_IS_LEAD emptied of
heldout22's h06: no text of heldout23 says that the first unit leads); ENDINGS gains the closing phrases of h06 and
h07 (负责落实, 负责指导, and their 会同有关部门 / 等 forms: the brackets read （A、B负责落实）, （A、B会同有关部门负责落实）,
（A、B等负责落实）, （A、B负责指导）); COLLECTIVE gains the collective units of h06 and h07 (项目管理部门, 单位主管部门,
中央级科研院所, 试点单位; 项目承担单位 and 有关部门 were already collective).
The splitter below is this checker's own reading of the brackets (written from the conventions), not the
extractor's; the independent census must count the same number of brackets.

Usage: <python with opencc> tests/heldout23/check_gold.py            check every gold file
       <python with opencc> tests/heldout23/check_gold.py --draft S  print headings and bracket tokens of text S
"""
import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
T2S = opencc.OpenCC("t2s")
OPEN, CLOSE = "（〔(", "）〕)"
MARK = re.compile(r"单位：|部门：|负责|牵头|配合")
LABEL = re.compile(r"^(牵头单位|责任单位|配合单位|参与单位|责任部门|牵头部门)[：:]")
LEAD_LABEL = re.compile(r"^(牵头单位|牵头部门)[：:]")
NOT_UNITS = re.compile(r"^(完成时限)[：:]")
COLLECTIVE = re.compile(r"^(各|有关|相关|省有关|省政府有关|省政府各|市级有关|省级人民政府|地方各级|项目主管部门|项目承担单位|项目管理部门|单位主管部门|中央级科研院所|试点单位|省属|科研院所)|成员单位$|所属\S*单位$")
ITEM = re.compile(r"(?:[（(][一二三四五六七八九十]+[）)]|(?<![^\n。：；\s　）〕”])[一二三四五六七八九十]+、|(?<![\d.])\d+[.．](?!\d))")
# Brackets that contain a marker word but are not responsibility brackets (README: "Brackets").
NOT_RESPONSIBILITY = {}
# Cited titles that equal the document's own title (inner title marks made equal) but name another document
# (none in heldout23).
CITED_SAME_AS_TITLE = {}
# Cited titles that equal a sub-plan's title but name another document (none in heldout23).
CITED_SAME_AS_SUB_PLAN = {}
# Brackets that are responsibility brackets without a marker word (README: h09's （各地有关部门，…） without 负责).
EXTRA_RESPONSIBILITY = {}
# Texts whose item headings are glued to the item's first sentence (no 。 or line end after the heading);
# their headings are given in annotate.py and checked without a terminator.
GLUED_HEADINGS = set()
# Documents that say once that the first unit of every bracket leads (列第一位者为牵头单位，下同; heldout22 h06:
# 排在第一位的为牵头单位，其他为协助配合单位，下同). None in heldout23.
FIRST_IS_LEAD = set()
# Texts whose brackets close a whole item with unbracketed sub-items (1. 2. 3. under （一）); the heading is the
# parent item's, given in annotate.py (README "Headings").
PARENT_HEADINGS = set()
# List endings and closing phrases removed from the end of a token, longest first.
ENDINGS = [
    "按照职责分工负责", "按职责分工负责", "分别负责", "等单位按职责分工负责", "等部门按职责分工负责",
    "负责落实", "负责指导",  # heldout23 h06, h07: （…负责落实）, （科技部、财政部负责指导）
    "负责", "配合",
]
# Places where one token is split into two: 等和 / 等部门和 / 及各 / 及有关 / 和各.
JOINS = re.compile(r"等有关部门和|等部门和(?=各|有关)|等和(?=各|有关)|及(?=各|有关)|和(?=各|地方各级)|和(?=科研院所(?!主管))")
# A list ending that closes the list and is no unit: …等有关部门和单位, …等部门和单位, …等部门, …等.
LIST_END = re.compile(r"(等有关部门和单位|等部门和单位|等有关部门|等部门|等单位|等)$")


LIMIT = 400


def brackets(text):
    """Top-level brackets (nesting handled) with their start offsets. An opening parenthesis that is never
    closed, or whose bracket would span more than LIMIT characters, is not a bracket (README "Brackets": h02's
    （省人力资源社, cut off by the crawl); the scan is repeated without it."""
    skip = set()
    while True:
        out, depth, start, bad = [], 0, 0, None
        for i, ch in enumerate(text):
            if i in skip:
                continue
            if ch in OPEN:
                if depth == 0:
                    start = i
                depth += 1
            elif ch in CLOSE and depth:
                depth -= 1
                if depth == 0:
                    if i - start > LIMIT:
                        bad = start
                        break
                    out.append((start, text[start + 1 : i]))
        if bad is None and depth > 0:
            bad = start
        if bad is None:
            return out
        skip.add(bad)


def split_top(s, seps):
    """Split on separator characters outside parentheses."""
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch in "（(<":
            depth += 1
        elif ch in "）)>":
            depth -= 1
        if depth == 0 and ch in seps:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def clean(tok):
    tok = tok.strip()
    changed = True
    while changed:
        changed = False
        for e in ENDINGS:
            if tok.endswith(e) and len(tok) > len(e):
                tok, changed = tok[: -len(e)], True
        m = LIST_END.search(tok)
        if m and m.start() > 0:
            tok, changed = tok[: m.start()], True
    # a parenthesis that only carries a note forward (…，下同 / 以下…) is dropped (README)
    tok = re.sub(r"（[^（）]*(下同|以下)[^（）]*）", "", tok)
    return tok


def units_of(inner):
    """Split a responsibility bracket into (units, leads) following the README conventions."""
    units, leads = [], []
    # a note after the units (。列第一位者为牵头单位，下同) is not a unit (README)
    inner = re.sub(r"。列(?:在)?第一位(?:者|的)为牵头(?:单位|部门)[^）]*$", "", inner)
    # h01: 。排名第一为牵头单位，下同 (README "Leads")
    inner = re.sub(r"。排名第一(?:位)?为牵头(?:单位|部门)[^）]*$", "", inner)
    # heldout17 h04: 。以下均需各市政府、雄安新区管委会落实，不再列出 (a note, not units); kept
    inner = re.sub(r"。以下均需[^）]*不再列出$", "", inner)
    # heldout22 h06: ，排在第一位的为牵头单位，其他为协助配合单位，下同 (a note on leads, not units; FIRST_IS_LEAD)
    inner = re.sub(r"[，,]排在第一位的为牵头(?:单位|部门).*$", "", inner)
    # heldout22 h07: a scope parenthesis carried forward (各市（含定州、辛集市，下同）、县政府) is dropped before the
    # split, so the unit is the collective 各市、县政府 as every later bracket writes it
    inner = re.sub(r"[（(][^（）()]*下同[^（）()]*[）)]", "", inner)
    for part in split_top(inner, "；;"):
        part = part.strip()
        if NOT_UNITS.match(part):
            continue
        is_lead_part = bool(LEAD_LABEL.match(part))
        part = LABEL.sub("", part)
        for seg in split_top(part, "，,"):
            seg = seg.strip().rstrip("。")
            if NOT_UNITS.match(seg) or seg.startswith("以下简称") or seg.startswith("列第一位者"):
                continue
            seg_lead = is_lead_part
            # a label inside the part starts a new list (h02: 牵头单位：A、B，参与单位：C) (README)
            if LABEL.match(seg):
                is_lead_part = seg_lead = bool(LEAD_LABEL.match(seg))
                seg = LABEL.sub("", seg)
            if seg.endswith("牵头"):
                seg, seg_lead = seg[: -len("牵头")], True
            toks = []
            seg = seg.replace("各有关部门、单位", "各有关部门\x00单位")  # one collective (README)
            seg = seg.replace("各市、县(市、区)政府", "各市\x00县(市、区)政府")  # one collective (README, h08)
            seg = seg.replace("各市、县", "各市\x00县")  # 各市、县政府, 各市、县人社局: one collective (README, h04, h06)
            # A、B会同C、D: A and B lead, C and D take part (README, h06)
            pre, _, post = seg.rpartition("会同")
            lead_toks = set()
            for j, piece in enumerate([pre, post] if pre else [seg]):
                for tok in split_top(piece, "、"):
                    for t in JOINS.split(tok):
                        toks.append(t)
                        if pre and j == 0:
                            lead_toks.add(len(toks) - 1)
            for k, tok in enumerate(toks):
                lead = seg_lead or k in lead_toks
                if tok.endswith("（牵头）"):
                    tok, lead = tok[: -len("（牵头）")], True
                tok = clean(tok).replace("\x00", "、")
                if tok:
                    units.append(tok)
                    if lead:
                        leads.append(tok)
    return units, leads


def responsibility_brackets(stem, text):
    skip = NOT_RESPONSIBILITY.get(stem, [])
    extra = EXTRA_RESPONSIBILITY.get(stem)
    return [(pos, inner) for pos, inner in brackets(text)
            if (MARK.search(inner) or (extra and extra.search(inner))) and not any(s in inner for s in skip)]


REQUIRED = ["title", "issuers", "plans_cited", "tasks", "parks", "technologies", "chains", "targets", "regions",
            "uncertain"]
OPTIONAL = ["sub_plans", "agency_groups"]


def census(text, stem=""):
    """A second, independent count of responsibility brackets (plain regex, no nesting logic); brackets
    listed in NOT_RESPONSIBILITY are not counted (README: h02's （除项目负责人）)."""
    skip = NOT_RESPONSIBILITY.get(stem, [])
    # one level of nested parentheses is allowed inside a bracket (h08: 各市、县(市、区)政府)
    inner = r"(?:[^（）()]|[（(][^（）()]*[）)])"
    found = re.findall(r"[（(]\s*(?:责任单位|责任部门|牵头单位|各地有关部门|" + inner + r"{0,200}?(?:负责|牵头))" + inner + "*", text)
    return len([m for m in found if not any(s in m for s in skip)])


def same_title(a, b):
    """Titles equal once inner title marks are made equal (〈〉 <> → 《》) and whitespace is removed."""
    norm = lambda t: re.sub(r"\s+", "", t).translate(str.maketrans("〈〉<>", "《》《》"))
    return norm(a) == norm(b)


def heading_before(text, pos, floor=0):
    """The innermost numbered item before pos: (heading, end of heading)."""
    last = None
    for m in ITEM.finditer(text, floor, pos):
        last = m
    if not last:
        return None, None
    rest = text[last.end() : pos]
    h = re.split(r"。|\n|　　", rest, maxsplit=1)[0]
    return h, last.end() + len(h)


def draft(stem):
    text = T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    for pos, inner in responsibility_brackets(stem, text):
        h, _ = heading_before(text, pos)
        units, leads = units_of(inner)
        print(json.dumps({"heading": h, "bracket": inner, "units": units, "leads": leads}, ensure_ascii=False))


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
            # a city's full name may stand in a region list where the text writes it without 市 (h02: 张家口、廊坊市政府)
            if key == "regions" and s.endswith("市") and s[:-1] in nows:
                continue
            # the province may stand in a region list where the text writes it without 省 (README "Regions": 河北)
            if key == "regions" and s.endswith("省") and s[:-1] in nows:
                continue
            # a county or district written without 县/区 (README "Regions": h01 张北, 固安)
            if key == "regions" and s[-1] in "县区" and len(s) > 2 and s[:-1] in nows:
                continue
            if re.sub(r"\s+", "", s) not in nows:
                errs.append(f"{key} not in text: {s}")
    if re.sub(r"\s+", "", g["title"]) not in nows:
        errs.append(f"title not in text: {g['title']}")
    for key in ("parks", "technologies", "chains", "plans_cited", "sub_plans", "regions", "issuers", "uncertain"):
        lst = g.get(key, [])
        if len(lst) != len(set(lst)):
            errs.append(f"duplicates in {key}")
    quoted = {re.sub(r"\s+", "", a or b) for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text)}
    for p in g["plans_cited"]:
        if re.sub(r"\s+", "", p) not in quoted:
            errs.append(f"cited plan not inside 《》: {p}")
        if (same_title(p, g["title"]) and p not in CITED_SAME_AS_TITLE.get(stem, [])) or (
                p in g.get("sub_plans", []) and p not in CITED_SAME_AS_SUB_PLAN.get(stem, [])):
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
    for k in REQUIRED:
        if k not in g:
            errs.append(f"missing key {k}")
    for k in g:
        if k not in REQUIRED + OPTIONAL:
            errs.append(f"unknown key {k}")
    for t in g["tasks"]:
        for k in ("heading", "responsible_as_written", "responsible"):
            if k not in t:
                errs.append(f"task without {k}: {t}")
        for ld in t.get("lead", []):
            if ld not in t["responsible"]:
                errs.append(f"lead {ld} not among the task's responsible units")
    for tg in g["targets"]:
        for k in ("year", "metric", "value", "unit"):
            if k not in tg:
                errs.append(f"target without {k}: {tg}")
    resp = responsibility_brackets(stem, text)
    if len(resp) != len(g["tasks"]):
        errs.append(f"{len(g['tasks'])} tasks but {len(resp)} responsibility brackets")
    if census(text, stem) != len(g["tasks"]):
        errs.append(f"{len(g['tasks'])} tasks but the independent census counts {census(text, stem)} brackets")
    # the i-th task belongs to the i-th responsibility bracket (heldout22: a heading may repeat for consecutive
    # brackets inside one numbered item, h06); headings must occur after an item number, in document order
    last_heading_pos = -1
    for t, (bpos, inner) in zip(g["tasks"], resp):
        h = t["heading"]
        hb, hend = heading_before(text, bpos)
        if hb != h:
            errs.append(f"task {h}: its bracket belongs to item {hb}")
            continue
        end = "" if stem in GLUED_HEADINGS else r"(?:。|\n|　　)"
        if not re.compile(ITEM.pattern + re.escape(h) + end).search(text, 0, hend + 1):
            errs.append(f"heading not found after an item number: {h}")
        if hend < last_heading_pos:
            errs.append(f"heading out of document order: {h}")
        last_heading_pos = hend
        units, leads = units_of(inner)
        if units != t["responsible_as_written"]:
            errs.append(f"task {h}: tokens {t['responsible_as_written']} but bracket gives {units}")
        for u in t["responsible_as_written"]:
            if u not in text:
                errs.append(f"token not verbatim: {u}")
        if len(t["responsible"]) != len(t["responsible_as_written"]):
            errs.append(f"task {h}: lists differ in length")
        pairs = list(zip(t["responsible_as_written"], t["responsible"]))
        for w, f in pairs:
            if COLLECTIVE.match(w) and w != f:
                errs.append(f"collective unit changed: {w} -> {f}")
            # a bare department after a collective prefix (各市人社局、财政局) is expanded to the collective
            if not COLLECTIVE.match(w) and COLLECTIVE.match(f) and not f.endswith(w):
                errs.append(f"non-collective unit kept as collective: {w}")
        full = dict(pairs)
        want_lead = [full.get(u, "(not a token: " + u + ")") for u in leads]
        if stem in FIRST_IS_LEAD:
            want_lead = [t["responsible"][0]]
        if sorted(want_lead) != sorted(t.get("lead", [])):
            errs.append(f"task {h}: lead {t.get('lead')} but bracket marks {want_lead}")
    for tg in g["targets"]:
        q = tg.get("qualifier")
        if q and not all(part in nows for part in q.split("……")):
            errs.append(f"target qualifier not in text: {tg}")
        if tg["value"] not in text:
            errs.append(f"target value not in text: {tg}")
        fw = str(tg["year"]).translate(str.maketrans("0123456789", "０１２３４５６７８９")) if tg["year"] else ""
        if tg["year"] is not None and f"{tg['year']}年" not in nows and f"{fw}年" not in nows:
            errs.append(f"target year not in text: {tg}")
    return errs


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--draft":
        draft(sys.argv[2])
        return
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
