"""Document metadata: title, issuers, document number, date, plan period, cited plans, coordinating bodies."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation
from .model import Citation, GroupRef, Span
from .structure import Sentences

_WS_RE = re.compile(r"[\s\u3000]+")
TITLE_SUFFIX = (
    r"(?:计划|方案|规划|措施|意见|通知|办法|纲要|细则|决定|政策|指南|指引|要点|条例|规定|通告|公告|批复|函|战略|行动)"
)
_PERIOD = r"(?:\s*[（(]\s*\d{4}\s*[—\-–－~至]+\s*\d{4}\s*年?\s*[）)])?"
_TITLE_RE = re.compile(rf"[^。，,；;！？]{{4,120}}{TITLE_SUFFIX}{_PERIOD}")
_TRAILER_RE = re.compile(r"(发表时间|发布时间|发布日期|来源|时间)[:：].*$|\s+\d{4}[-/年].*$")
_CITE_RE = re.compile(r"《([^《》]{2,120})》")
_DOCNO_RE = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,5}\s*号")
_DATE_RES = [
    re.compile(r"(?:^|\n)\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:\n|$)"),
    re.compile(r"(?:发布日期|发表时间|发布时间|成文日期|日期)[:：]\s*(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})"),
    re.compile(r"(?:^|\n)[-\s]*(?P<y>\d{4})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})"),
]
_PERIOD_RES = [
    re.compile(r"[（(]\s*(?P<a>\d{4})\s*[—\-–－~至]+\s*(?P<b>\d{4})\s*年?\s*[）)]"),
    re.compile(r"(?:实施期限|规划期|执行期|期限)为?\s*(?P<a>\d{4})\s*[—\-–－~至]+\s*(?P<b>\d{4})\s*年"),
]
_AGENCY_TAIL = r"(?:委员会|人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|政府|厅|局|委|部|署|办)"
_ISSUE_VERB_RE = re.compile(rf"(?P<agency>[\u4e00-\u9fff]{{2,40}}?{_AGENCY_TAIL})(?:近日|日前|正式)?(?:联合)?(?:印发|发布|出台|制定|公布)(?:了|实施)?《")
_HEADLINE_RE = re.compile(rf"^\s*(?P<agency>[\u4e00-\u9fff]{{2,30}}{_AGENCY_TAIL})\s*[:：]")
_NOTICE_RE = re.compile(rf"^(?P<issuers>.+?{_AGENCY_TAIL})关于")
_GROUP_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”\"]{2,40}?(?:领导小组|工作小组|工作专班|专班|工作组|联席会议|推进组|指挥部))"
)
_GROUP_SUFFIX_RE = re.compile(r"领导小组|工作小组|工作专班|专班|工作组|联席会议|推进组|指挥部")
_GROUP_STOP = re.compile(r".*(?:发挥|依托|成立|设立|建立|组建|由|在|的|和|及|与|、|，|,|。|通过|充分|切实|统筹|强化|组织|完善|健全|用好|协调|作用)")
_SELF_NAMES = ("行动计划", "若干措施", "实施方案", "方案", "计划", "措施", "意见", "规划", "办法", "细则", "通知", "纲要")


def compact(s: str) -> str:
    """Remove all white space (titles are often broken across lines)."""
    return _WS_RE.sub("", s)


def _first_lines(text: str, n: int) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line.rstrip("\r\n")))
            if len(out) >= n:
                break
        pos += len(line)
    return out


def find_title(text: str) -> tuple[str, Span | None]:
    """The document's title: its first line(s) when they read as a title, else the plan a report announces."""
    lines = _first_lines(text, 3)
    for k in range(1, len(lines) + 1):
        start = lines[0][0]
        end = lines[k - 1][0] + len(lines[k - 1][1])
        candidate = _TRAILER_RE.sub("", compact(text[start:end]))
        if _TITLE_RE.fullmatch(candidate):
            return candidate, Span(start, end, text[start:end])
    # A report: the plan that was issued (印发《…》) or the first title-like citation.
    head = text[:4000]
    for pattern in (r"(?:印发|出台|发布|公布|制定)(?:了|实施)?《(?P<t>[^《》]{4,120})》", rf"《(?P<t>[^《》]{{4,120}}?{TITLE_SUFFIX}{_PERIOD})》"):
        m2 = re.search(pattern, head)
        if m2:
            return compact(m2.group("t")), Span(m2.start("t"), m2.end("t"), m2.group("t"))
    if lines:
        first = compact(lines[0][1])[:80]
        return first, Span(lines[0][0], lines[0][0] + len(lines[0][1]), lines[0][1])
    return "", None


@lru_cache(maxsize=8)
def _issuer_starts_re(region_names: tuple[str, ...]) -> re.Pattern:
    """Where a name can start inside a run of issuers: 中共, 国家 or a region name."""
    return re.compile(alternation(["中共", "国家", *region_names]))


def split_issuers(s: str, region_names: list[str]) -> list[str]:
    """Split a run of issuer names written one after another (with or without spaces)."""
    parts = [p for p in re.split(r"[\s\u3000、，,]+", s.strip()) if p]
    starts_re = _issuer_starts_re(tuple(region_names)) if region_names else None
    out: list[str] = []
    for p in parts:
        cuts = [0]
        if starts_re is not None:
            # Names run together: cut before a region name that follows the end of a body's name.
            for m in starts_re.finditer(p, 1):
                if p[m.start() - 1] in "委局厅部办府室会署" and m.start() > cuts[-1]:
                    cuts.append(m.start())
        cuts.append(len(p))
        out.extend(p[a:b] for a, b in zip(cuts, cuts[1:]) if p[a:b])
    return out


def find_issuers(text: str, title: str, region_names: list[str]) -> tuple[list[str], Span | None]:
    """The issuing bodies named by a notice title, a report's 'X印发《…》', a headline 'X：', or a signature."""
    head = text[:3000]
    for pos, line in _first_lines(text, 12):
        m = _NOTICE_RE.match(compact(line))
        if m and len(m.group("issuers")) >= 3:
            names = split_issuers(line[: line.find("关于")], region_names) if "关于" in line else [m.group("issuers")]
            return names, Span(pos, pos + len(line), line)
    m = _NOTICE_RE.match(compact(title)) if title else None
    if m and len(m.group("issuers")) >= 3:
        return split_issuers(m.group("issuers"), region_names), None
    m = _ISSUE_VERB_RE.search(head)
    if m:
        agency = re.split(r"[，,。、\s】\]：:日]", m.group("agency"))[-1]
        if len(agency) >= 3:
            return [agency], Span(m.start("agency"), m.end("agency"), m.group("agency"))
    lines = _first_lines(text, 1)
    if lines:
        m = _HEADLINE_RE.match(lines[0][1])
        if m:
            return [m.group("agency")], Span(lines[0][0] + m.start("agency"), lines[0][0] + m.end("agency"), m.group("agency"))
    # A signature block: a body's name on its own line just above a date line.
    for m in re.finditer(rf"(?:^|\n)\s*(?P<agency>[\u4e00-\u9fff]{{3,40}}{_AGENCY_TAIL})\s*\n\s*\d{{4}}年\d{{1,2}}月\d{{1,2}}日", text):
        return split_issuers(m.group("agency"), region_names), Span(m.start("agency"), m.end("agency"), m.group("agency"))
    return [], None


def find_doc_number(text: str) -> str:
    """The document number (文号) in the document's header, if any."""
    m = _DOCNO_RE.search(text[:600])
    return compact(m.group(0)) if m else ""


def find_date(text: str) -> str:
    """The issue or publication date as yyyy-mm-dd, if stated in the header or the signature."""
    for rx in _DATE_RES:
        m = rx.search(text[:6000])
        if m:
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1949 < y < 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


def find_period(title: str, text: str) -> tuple[int, int] | None:
    """The plan period from the title, or from a statement of the implementation period."""
    for rx, src in ((_PERIOD_RES[0], title), (_PERIOD_RES[1], text), (_PERIOD_RES[0], text[:300])):
        m = rx.search(src)
        if m:
            a, b = int(m.group("a")), int(m.group("b"))
            if 1949 < a <= b < 2100:
                return a, b
    return None


def is_self_reference(cited: str, title: str, part_titles: list[str]) -> bool:
    """True for 《行动计划》-style short names of the document itself or of its own schemes."""
    c = compact(cited)
    own = [compact(t) for t in [title, *part_titles] if t]
    if c in own:
        return True
    stripped = [re.sub(r"[（(]\d{4}.*?[）)]$", "", t) for t in own]
    return any(t.endswith(c) or c in _SELF_NAMES and c in t for t in stripped)


def find_citations(text: str, title: str, part_titles: list[str], sentences: Sentences, part_of) -> list[Citation]:
    """Every 《》 title that names another document."""
    out: list[Citation] = []
    seen: set[str] = set()
    for m in _CITE_RE.finditer(text):
        t = compact(m.group(1))
        if t in seen or is_self_reference(t, title, part_titles):
            continue
        seen.add(t)
        out.append(Citation(t, Span(m.start(1), m.end(1), m.group(1)), sentences.around(m.start(), m.end()), part_of(m.start())))
    return out


def _group_matches(text: str):
    """``_GROUP_RE.finditer(text)`` with the start of each match's line: only lines naming a body are scanned.

    A name never spans a line break, so this finds the same matches; the lazy 2-40 character
    prefix made scanning every line cost more than the rest of the metadata component.
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        if _GROUP_SUFFIX_RE.search(line):
            for m in _GROUP_RE.finditer(line):
                yield pos, m
        pos += len(line)


def find_groups(text: str, sentences: Sentences) -> list[GroupRef]:
    """Coordinating bodies (领导小组, 工作专班 …) named in the text."""
    out: list[GroupRef] = []
    seen: set[str] = set()
    for line_start, m in _group_matches(text):
        name = m.group("name")
        cut = _GROUP_STOP.match(name)
        if cut:
            name = name[cut.end():]
        name = name.strip("“”\"")
        if len(name) < 4 or name in seen or name in ("领导小组", "工作专班", "工作小组", "工作组"):
            continue
        seen.add(name)
        end = line_start + m.end()
        start = end - len(name)
        out.append(GroupRef(name, Span(start, end, name), sentences.around(start, end)))
    return out
