"""Document metadata: title, issuers, document number, date, plan period, cited plans, coordinating bodies."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lexicon import alternation
from ..rules import RuleSet, derived
from .model import Citation, GroupRef, Span
from .numerals import cjk_number
from .structure import Sentences

_WS_RE = re.compile(r"[\s\u3000]+")
# The words a document's title ends with (…行动方案, …实施意见).
TITLE_WORDS = ("计划", "方案", "规划", "措施", "意见", "通知", "办法", "纲要", "细则", "决定", "政策", "指南", "指引", "要点",
               "条例", "规定", "通告", "公告", "批复", "函", "战略", "行动")
TITLE_SUFFIX = "(?:" + "|".join(TITLE_WORDS) + ")"
_PERIOD = r"(?:\s*[（(]\s*\d{4}\s*[—\-–－~至]+\s*\d{4}\s*年?\s*[）)])?"
# A status note after the title word: …指南（试行）, …办法（征求意见稿）, …方案(第3稿).
_STATUS = r"(?:\s*[（(](?:试行|暂行|修订|修正|草案|征求意见稿|送审稿|(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]+次征求意见)稿)[）)])*"
_TITLE_RE = re.compile(rf"[^。，,；;！？]{{4,120}}{TITLE_SUFFIX}{_PERIOD}{_STATUS}")
_TRAILER_RE = re.compile(r"(发表时间|发布时间|发布日期|来源|时间)[:：].*$|\s+\d{4}[-/年].*$")
_CITE_RE = re.compile(r"《([^《》]{2,120})》")
# 《决定》, 《实施方案》, 《汇报》: a document's short name (of this one or one named before), not a title.
_SHORT_NAME_RE = re.compile("(?:实施|行动|工作|总体|管理|操作)?(?:" + "|".join((*TITLE_WORDS, "汇报", "报告", "规程", "章程", "准则", "守则")) + ")")
# The year's brackets as pages write them (〔〕, ﹝﹞, 【】…); a crawl may have lost the number (冀科农函【2011】号).
_DOCNO_RE = re.compile(r"[\u4e00-\u9fff]{1,10}[〔﹝\[［【(（]\s*\d{4}\s*[〕﹞\]］】)）]\s*\d{0,5}\s*号")
# Labelled dates and yyyy-mm-dd lines (a date alone on its line is _DATE_LINE_RE, below).
_DATE_RES = [
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
# X关于…, and X印发/转发/批转…: a notice's issuers (国务院办公厅转发商务部关于… is 国务院办公厅's).
# X印发的《…》 ("issued by X") describes another document: never this notice's issuers.
_NOTICE_RE = re.compile(rf"^(?P<issuers>.+?{_AGENCY_TAIL})(?:关于|(?:印发|转发|批转)(?!的))")
_GROUP_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”\"]{2,40}?(?:领导小组|工作小组|工作专班|专班|工作组|联席会议|推进组|指挥部))"
)
_GROUP_SUFFIX_RE = re.compile(r"领导小组|工作小组|工作专班|专班|工作组|联席会议|推进组|指挥部")
_GROUP_STOP = re.compile(r".*(?:发挥|依托|成立|设立|建立|组建|由|在|的|和|及|与|、|，|,|。|通过|充分|切实|统筹|强化|组织|完善|健全|用好|协调|作用)")
_SELF_NAMES = ("行动计划", "若干措施", "实施方案", "方案", "计划", "措施", "意见", "规划", "办法", "细则", "通知", "纲要")

# The metadata lines of a crawled government web page (索引号：… 发布机构：… 成文日期：… 文号：… 标题：…).
# Each field kind lists its labels; "other" labels are recognised only so that they end the field before them.
_FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "issuer": ("发布机构", "发文机关", "发文机构", "发文单位", "发布单位", "制发机关", "印发机关", "成文机关", "发文部门"),
    "title": ("标题", "名称", "文件名称", "文件标题", "公文标题", "题名"),
    "doc_number": ("文号", "发文字号", "发文文号", "文件编号", "文件字号", "发文号", "文件文号"),
    "written": ("成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "签发日期"),
    "published": ("发布日期", "发布时间", "公布日期", "公开日期", "发表时间"),
    "other": (
        "索引号", "主题分类", "主题词", "体裁分类", "组配分类", "内容分类", "信息分类", "公文种类", "文种",
        "公开方式", "公开范围", "公开属性", "公开形式", "有效性", "效力状态", "时效性", "是否有效",
        "生效日期", "实施日期", "施行日期", "废止日期", "失效日期", "来源", "信息来源", "关键词", "作者",
        "浏览次数", "访问量", "服务对象", "统一编号", "登记号", "所属主题", "分类", "责任部门",
    ),
}
_FIELD_KIND = {label: kind for kind, labels in _FIELD_LABELS.items() for label in labels}
# Pages set labels out with spaces between their characters (标　　题：, 索 引 号：): any white space
# between the characters of a label is allowed.
_FIELD_LABEL = "|".join("[ \t\u3000]*".join(map(re.escape, label)) for label in sorted(_FIELD_KIND, key=len, reverse=True))
# A label opens a line (after a bullet) or follows white space or a table bar, and is followed by a colon.
_FIELD_RE = re.compile(
    r"(?:^|(?<=[\s\u3000|｜]))[-•·*]?[ \t\u3000]*(?P<label>"
    + _FIELD_LABEL
    + r")[ \t\u3000]*[:：][ \t\u3000]*"
)
_FIELD_LINE_RE = re.compile(r"[-•·*]?[ \t\u3000]*(?:" + _FIELD_LABEL + r")[ \t\u3000]*[:：]")
_HEADER_CHARS = 5000
_HEADER_LINES = 60

_DIGIT = r"[0-9０-９]"
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
_CN_DATE = rf"(?P<cy>[{_CN_DIGIT}]{{4}})年(?P<cm>[一二三四五六七八九十]{{1,3}})月(?P<cd>[一二三四五六七八九十]{{1,3}})日"
_NUM_DATE = rf"(?P<y>{_DIGIT}{{4}})\s*年\s*(?P<m>{_DIGIT}{{1,2}})\s*月\s*(?P<d>{_DIGIT}{{1,2}})\s*日"
# A date alone on its line (the date under a signature), perhaps followed by 印发/发布.
_DATE_LINE_RE = re.compile(rf"^[ \t\u3000]*(?:{_NUM_DATE}|{_CN_DATE})[ \t\u3000]*(?:印发|发布|签发)?[ \t\u3000\r]*$", re.M)
_ANY_DATE_RE = re.compile(rf"(?P<y>{_DIGIT}{{4}})\s*[-/.年]\s*(?P<m>{_DIGIT}{{1,2}})\s*[-/.月]\s*(?P<d>{_DIGIT}{{1,2}})|{_CN_DATE}")
# A document number alone on its line (the 文号 under a notice's title).
_DOCNO_LINE_RE = re.compile(r"^[ \t\u3000]*(?P<no>" + _DOCNO_RE.pattern + r")[ \t\u3000\r]*$", re.M)

# One body's name in a signature block: Chinese characters ending like the name of a body.
_SIG_TAIL = r"(?:委员会|人民政府|政府|办公厅|办公室|院|行|会|联|协|局|委|部|署|办|厅|府|室|组|中央)"
_SIG_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{2,30}}{_SIG_TAIL}")
_SIG_SPLIT_RE = re.compile(r"[ \t\u3000、，,]+")
# Joint notices sign one body a line: 13 ministries (建科〔2020〕60号) and more are common.
_SIG_MAX_LINES = 40
# An internal unit on the line under its body (国家自然科学基金委员会 / 国际合作局) signs as part of it.
_INTERNAL_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:司|(?<!总)局|处|办公室|中心)")
# "X等六部门关于…": the lead body of a joint document whose other issuers sign at the bottom.
_JOINT_LEAD_RE = re.compile(
    rf"^(?P<lead>[\u4e00-\u9fff]{{2,40}}?{_AGENCY_TAIL})等(?:[一二三四五六七八九十两\d]{{1,3}}个?)?(?:部门|部委|单位|机构|委办局)关于"
)
# Lines that cannot be a document's own title: red-header "X文件" lines, breadcrumbs, addressee lines.
_NOT_TITLE_RE = re.compile(r".*文件$|.*[:：]$|.*[>＞»›|｜]|^(?:当前位置|您的位置|位置)")
_BODY_LINE_RE = re.compile(r"[。！？]")
# Lines that a title never runs across: 附件 markers, (此件公开发布), a 文号 or a date on its own.
_NOT_TITLE_LINE_RE = re.compile(
    r"[ \t\u3000]*(?:附件[ \t\u3000]*[0-9一二三四五六七八九十]*[:：]?|[（(]此件[^）)]{0,12}[）)])[ \t\u3000\r]*"
)


@derived("patterns/titles.json")
def _title_rules(rules: RuleSet) -> dict[str, re.Pattern[str] | tuple[str, ...]]:
    """patterns/titles.json: what a document's own title is not, and what may follow a notice title on its line."""
    t = rules.pattern("titles.json")
    return {
        "sentence": re.compile(t["sentence_start"]),
        "dateline": re.compile(t["dateline"]),
        "addressee": re.compile(t["addressee_start"]),
        "citing": tuple(t["citing_verbs"]),
        # Greedy: the longest title of the line's first clause that the addressee, 文号 or date follows
        # (a lazy one stopped at 政策 of …政策措施的通知).
        # A law or standard (…法, …规范) also opens a text this way, its adoption note or 第一章 after it;
        # the text's body may follow at once (…的意见为深入贯彻…).
        "leading": re.compile(
            rf"[ \t\u3000]*(?P<t>[^。，,；;！？：:\n]{{4,120}}(?:{TITLE_SUFFIX}|{'|'.join(t['leading_title_extra_suffixes'])}){_PERIOD}"
            rf"(?:[（(](?:{'|'.join(t['title_status_notes'])})[）)])?)"
            rf"(?={t['after_notice_title']}|{t['sentence_start'].lstrip('^')})"
        ),
    }


_ADDRESSEE_REACH = 1500


def addressee_span(text: str) -> tuple[int, int] | None:
    """Where the addressee line is (各市（含定州、辛集市）工信局，雄安新区管委会改革发展局：), or None.

    It opens with 各… or 省、自治区… at a line start or right after the notice title (a crawl that lost its
    line breaks), near the top, and ends at its colon with no sentence in between.
    """
    for m in _addressee_re().finditer(text, 0, _ADDRESSEE_REACH):
        before = text[max(0, m.start() - 12):m.start()]
        if not before or before[-1] in "\n\u3000 \t）)" or _ENDS_TITLE_RE.search(before):
            return m.start(), m.end()
    return None


_ENDS_TITLE_RE = re.compile(rf"{TITLE_SUFFIX}$")


@derived("patterns/titles.json")
def _addressee_re(rules: RuleSet) -> re.Pattern[str]:
    """An addressee line anywhere (addressee_start of patterns/titles.json, up to its colon)."""
    r = rules.pattern("titles.json")["addressee_start"].lstrip("^")
    return re.compile(rf"(?:{r})[^。！？\n:：]{{0,200}}[:：]")


# Before the 文号 only a red header's body name (中共X省委办公厅), never other words (关于印发冀政办〔…〕…).
# A registration number of a normative document (JFS-2015-04001) may stand where the 文号 does.
_REGISTRATION_RE = r"[A-Z]{2,8}[-－]\d{4}[-－]\d{3,6}"
_LEADING_DOCNO_RE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,20}}?{_AGENCY_TAIL})?(?:{_DOCNO_RE.pattern}|{_REGISTRATION_RE})")


def _without_docno(candidate: str) -> str:
    """A title line without the 文号 (and red-header name) glued before it: 冀X〔2023〕1号X厅关于…的通知 → X厅关于…的通知."""
    m = _LEADING_DOCNO_RE.match(candidate)
    if m is None or m.end() == len(candidate):
        return candidate
    rest = candidate[m.end():]
    return rest if len(rest) >= 6 and _title_like(rest) else candidate


def _not_own_title(candidate: str) -> bool:
    """True for a sentence's first words or an addressee line, which are never the document's own title."""
    r = _title_rules()
    return bool(r["sentence"].match(candidate) or r["addressee"].match(candidate))  # type: ignore[union-attr]


def _sentence_like(line: str) -> bool:
    """True for a first line that is a sentence or an addressee line rather than a title."""
    c = compact(line)
    if _DOCNO_RE.fullmatch(c) or re.match(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])", c):
        return True  # a 文号 or a numbered heading (一、总体要求) starts the text: no title line
    return _not_own_title(c) or bool(re.search(r"[。，,；;：:！？]", c)) or len(c) > 60 or bool(_FRAGMENT_RE.match(c)) or len(c) < 4


# A line that is no title however it ends: a note wholly in parentheses ((2014年5月30日…会议通过)), a line
# that opens with a date (2022年10月28日在…会议上) or with a list comma (、指导思想: a heading cut in two).
_FRAGMENT_RE = re.compile(r"[(（][^()（）]*[)）]$|[0-9０-９]{4}年[0-9０-９]{1,2}月|[、，,]")


_ORDER_RE = re.compile(
    r"(?:中华人民共和国)?(?P<body>[\u4e00-\u9fff]{2,40}?)令[ \t\u3000]*(?:[〔\[［(（]\d{4}[〕\]］)）])?[ \t\u3000]*"
    r"第[ \t\u3000]*[〇零一二三四五六七八九十百千\d]+[ \t\u3000]*号"
)
_ENDS_TITLE_WORD_RE = re.compile(TITLE_SUFFIX)
# An order of a head of state or government (主席令, 省长令): the person promulgates what a body adopted.
_HEAD_OF_RE = re.compile(r"(?:中华人民共和国)?(?:主席|总理|省长|市长|区长|县长|州长|主任)")
_TERM = r"第[一二三四五六七八九十\d]+届"
# A congress's session: 第九届 (term) 河北省 (region) 人民代表大会常务委员会 (organ) 第二十六次会议.
_CONGRESS_SESSION = (rf"(?:{_TERM})?(?P<region>[\u4e00-\u9fff]{{2,12}}?)(?:{_TERM})?"
                     r"(?P<organ>人民代表大会(?:常务委员会)?)第[一二三四五六七八九十百\d]+次(?:全体)?会议")
_ADOPTED_BY_RE = re.compile(rf"[（(][ \t\u3000]*\d{{4}}年\d{{1,2}}月\d{{1,2}}日{_CONGRESS_SESSION}(?:审议)?通过")
# A title cited inside another is written with 〈〉, <> or 《》 as each text nests it: one title still.
_INNER_TITLE_BRACKETS = str.maketrans("〈〉<>＜＞", "《》《》《》")


def unnested(title: str) -> str:
    """A title as it stands alone: the inner titles it writes in 〈〉 or <> (nested in 《》) are in 《》."""
    return title.translate(_INNER_TITLE_BRACKETS)


# 《X》已由中华人民共和国第十一届全国人民代表大会常务委员会第十七次会议于2010年10月28日通过: the body that passed it.
_PASSED_BY_RE = re.compile(rf"》[ \t\u3000]*已由(?:中华人民共和国)?{_CONGRESS_SESSION}(?:于[^，。]{{4,16}}?)?(?:审议)?通过")
_CRAWL_ECHO_RE = re.compile(r"(?P<t>[^\d]{4,120}?)(?:19|20)\d{6}(?P=t)")


def _leading_title(line: str) -> re.Match[str] | None:
    """A notice title at the start of a line that runs on into the addressee, the 文号 or the date."""
    m = _title_rules()["leading"].match(line)  # type: ignore[union-attr]
    if m is None or _not_own_title(compact(m.group("t"))) or _NOT_TITLE_RE.match(m.group("t")):
        return None
    return m


_CLAUSE_START_RE = re.compile(r"[。；;：:！？!?\n]")


def _clause_before(text: str, pos: int, reach: int = 60) -> str:
    """The clause ``text`` runs in up to ``pos``: from the last clause start (。；：！？ or a line end) within ``reach``."""
    lo = max(0, pos - reach)
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(text, lo, pos)]
    return text[starts[-1] if starts else lo : pos]


def _cited_by_verb(text: str, pos: int) -> bool:
    """True when the 《 at ``pos`` stands in a clause a citing verb opens: another document's title.

    贯彻落实《…》 and 根据《…》, but also 根据国务院《…》, 根据《A》《B》等 and 贯彻…精神和《…》: the verb
    governs every title up to the clause's end.
    """
    clause = _clause_before(text, pos)
    # X印发的《…》 ("issued by X"): a document described, not this one (but 现发布制定的《…》 is this one).
    described = bool(_ISSUED_BY_RE.search(clause)) and not _NOW_ISSUED_RE.search(clause)
    # 高质量编制《…》: a document still to be written (编制了《…》, 起草了《…》 are this one's report).
    to_write = bool(_TO_BE_WRITTEN_RE.search(clause))
    return any(verb in clause for verb in _title_rules()["citing"]) or described or to_write  # type: ignore[union-attr]


_TO_BE_WRITTEN_RE = re.compile(r"(?:编制|起草|(?:研究|抓紧|加快|着手|适时|尽快|及早|年内)(?:制定|出台|制订))[ \t\u3000]*$")
_ISSUED_BY_RE = re.compile(r"(?:印发|出台|发布|制定|颁布|转发)的[ \t\u3000]*$")
_NOW_ISSUED_RE = re.compile(r"现(?:将|予以|予|发布|印发|公布|转发)")


# A report names what it reports in its opening sentences: a 《…》 after them is no title of it.
_REPORT_SENTENCES = 5
# The crawler's closing link to the page's own interpretation (realdocs: in each of the 6 texts that also
# have a title line, the link names that document).
_TAIL_CHARS = 300
_OWN_READING_RE = re.compile(r"《(?P<t>[^《》]{4,80})》(?:政策)?解读[^《》。]{0,20}$")
# 在《A》（…）和《B》的基础上, 《…》（国发〔2015〕47号）精神, 《…》要求: what the rest of the clause after a
# title says of it names another document.
_CITED_AFTER_RE = re.compile(r"(?:基础上|精神|要求|有关规定|规定|部署)\s*$")
# The clause ends at punctuation, a paragraph's indent (texts flattened to one line) or a title that no
# joiner links to the one before (《A》和《B》的基础上 is one clause).
_CLAUSE_END_RE = re.compile(r"[。，,；;！？\n]|[ \u3000]{2}|(?<![和及与、])《")


def _said_of_another(text: str, end: int) -> bool:
    """True when the clause after the 《…》 ending at ``end`` closes like a citation (…的基础上, …精神)."""
    stop = _CLAUSE_END_RE.search(text, end, end + 200)
    return bool(_CITED_AFTER_RE.search(text[end : stop.start() if stop else min(len(text), end + 200)]))


# A notice may issue several schemes at once (制定了《A》《B》): a list is no sign of another document,
# these words are: documents issued before (党的十八大以来…出台了) or still to be written (研究制定《…》),
# or an annex (附件：1.X印发《…》的通知).
_OTHER_DOCUMENT_RE = re.compile(r"先后|相继|以来|近年来|此前|曾经?")


def _other_documents(text: str, start: int, title_start: int) -> bool:
    """True when the clause of the match at ``start`` names a document other than this one: issued before,
    still to be written (its verb, up to the 《 at ``title_start``, is 研究制定…), or annexed."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return (bool(_OTHER_DOCUMENT_RE.search(_clause_before(text, start)))
            or bool(_TO_BE_WRITTEN_RE.search(_clause_before(text, title_start)))
            or line.lstrip(" \t\u3000").startswith("附件"))


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


def _head_lines(text: str) -> list[tuple[int, str]]:
    """The non-empty lines of the document's head (offset, line), up to and including its first sentence."""
    out = []
    pos = 0
    for line in text[:_HEADER_CHARS].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.append((pos, body))
            if len(out) >= _HEADER_LINES or _BODY_LINE_RE.search(body):
                break
        pos += len(line)
    return out


def _is_field_line(line: str) -> bool:
    return _FIELD_LINE_RE.match(line.lstrip(" \t\u3000")) is not None


def header_fields(text: str) -> dict[str, Span]:
    """The metadata lines of a web page's header (发布机构：…, 标题：…, 文号：…, 成文日期：…), by kind.

    Returns the value of the first field of each kind ("issuer", "title", "doc_number", "written",
    "published"), as a span of the text. Several fields may share a line (a flattened table); a
    label with nothing after it takes the next line when that line is not itself a field.
    """
    fields: dict[str, Span] = {}
    lines = _head_lines(text)
    for i, (pos, line) in enumerate(lines):
        if not _is_field_line(line):
            continue
        found = list(_FIELD_RE.finditer(line))
        for j, m in enumerate(found):
            kind = _FIELD_KIND[_WS_RE.sub("", m.group("label"))]
            if kind == "other" or kind in fields:
                continue
            a = pos + m.end()
            b = pos + (found[j + 1].start() if j + 1 < len(found) else len(line))
            if not text[a:b].strip() and j + 1 == len(found) and i + 1 < len(lines) and not _is_field_line(lines[i + 1][1]):
                a = lines[i + 1][0]
                b = a + len(lines[i + 1][1])
            value = text[a:b]
            stripped = value.strip(" \t\u3000")
            if not stripped:
                continue
            start = a + value.index(stripped)
            fields[kind] = Span(start, start + len(stripped), stripped)
    return fields


def _title_like(candidate: str) -> bool:
    return _TITLE_RE.fullmatch(candidate) is not None and not _NOT_TITLE_RE.match(candidate)


# A name set in spaced letters, as red-header signatures are (科 技 部, 国 务 院): one name, not three.
_LETTER_SPACED_RE = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,9}")


def _unspaced(line: str) -> str:
    """A signature line set in spaced letters (科 技 部) with the spaces closed up; other lines as they are."""
    return compact(line) if _LETTER_SPACED_RE.fullmatch(line.strip()) else line


def _is_signature_line(line: str) -> bool:
    """True for a line holding only the names of bodies (one, or several separated by spaces or 、)."""
    names = [p for p in _SIG_SPLIT_RE.split(_unspaced(line).strip()) if p]
    return bool(names) and all(_SIG_NAME_RE.fullmatch(p) for p in names)


# A line holding only a title's period, edition or status: （2021-2025年）, （2023年版）, （试行）, （征求意见稿）.
_TITLE_TAIL_LINE_RE = re.compile(r"[（(](?:\d{4}(?:[-－—–~至]\d{4})?年?(?:版|修订版?|本)?|试行|暂行|征求意见稿|送审稿|修订稿|第[一二三四五六七八九十\d]+稿|[一二三四五六七八九十\d]+次征求意见稿)[）)]")


def find_title(text: str) -> tuple[str, Span | None]:
    """The document's title (a title taken from inside 《》 as it stands alone: 〈〉 inside it are 《》); see ``_find_title``."""
    title, span = _find_title(text)
    if span is not None and span.start > 0 and text[span.start - 1] == "《":
        title = unnested(title)
    return title, span


def _find_title(text: str) -> tuple[str, Span | None]:
    """The document's title.

    In order: a 标题：/名称： header field; the document's own title line among its first lines (a
    line, or up to three lines, ending like a title: …通知, …方案, …意见 …; or the heading just above
    the 文号 line); the plan a report announces (印发《…》) or its first title-like citation; the
    first line.
    """
    field = header_fields(text).get("title")
    if field is not None and len(compact(field.text)) >= 4:
        return compact(field.text), field
    lines = _head_lines(text)
    # Lines no title is made of: header fields, 文号 lines, date lines, 附件 markers.
    is_field = [
        _is_field_line(line) or bool(_DOCNO_LINE_RE.fullmatch(line) or _DATE_LINE_RE.fullmatch(line) or _NOT_TITLE_LINE_RE.fullmatch(line))
        for _, line in lines
    ]
    for i in range(len(lines)):
        if is_field[i]:
            continue
        start = lines[i][0]
        if (echo := _CRAWL_ECHO_RE.match(compact(lines[i][1]))) is not None and _ENDS_TITLE_RE.search(echo.group("t")):
            # A crawler's row glued into the line: the title, its date (20030901), the title again, then more.
            raw = _raw_prefix(lines[i][1], len(echo.group("t")))
            return echo.group("t"), Span(start, start + len(raw), raw)
        # Up to three consecutive lines (titles are often broken across lines), never across a field line.
        for k in range(1, 4):
            if i + k > len(lines) or is_field[i + k - 1]:
                break
            end = lines[i + k - 1][0] + len(lines[i + k - 1][1])
            candidate = _without_docno(_TRAILER_RE.sub("", compact(text[start:end])))
            if _title_like(candidate):
                nxt = i + k
                if nxt < len(lines) and _TITLE_TAIL_LINE_RE.fullmatch(compact(lines[nxt][1])):
                    # 某某行动计划 / （2021-2025 年） on the next line: the period or the draft's status is
                    # part of the title, as it is when written on the same line.
                    end = lines[nxt][0] + len(lines[nxt][1])
                    candidate = compact(text[start:end])
                return candidate, Span(start, end, text[start:end])
        # The heading just above the 文号 line (one or two lines), when it does not end like a title.
        for k in (1, 2):
            if i + k >= len(lines) or any(is_field[i : i + k]) or not _DOCNO_LINE_RE.fullmatch(lines[i + k][1]):
                continue
            heading = [line for _, line in lines[i : i + k]]
            end = lines[i + k - 1][0] + len(lines[i + k - 1][1])
            candidate = compact(text[start:end])
            if (
                4 <= len(candidate) <= 120
                and not re.search(r"[。，,；;！？]", candidate)
                and not _NOT_TITLE_RE.match(candidate)
                and not any(_is_signature_line(line) for line in heading)
            ):
                return candidate, Span(start, end, text[start:end])
        # A notice title that runs on into the addressee line, the 文号 or the date (pages that lost
        # their line breaks): the notice's title, not the plan it issues.
        lead = _leading_title(lines[i][1])
        if lead is not None:
            a, b = start + lead.start("t"), start + lead.end("t")
            # A news dateline (新华社北京12月24日电) or a 文号 before the title is not part of it.
            found = _without_docno(_title_rules()["dateline"].sub("", compact(lead.group("t"))))  # type: ignore[union-attr]
            return found, Span(a, b, text[a:b])
    # A page that ends with the link to its own interpretation (…《X》解读 / 政策解读): X is its title.
    base = max(0, len(text) - _TAIL_CHARS)
    tail = _OWN_READING_RE.search(text[base:].rstrip())
    if tail is not None:
        a, b = base + tail.start("t"), base + tail.end("t")
        return compact(tail.group("t")), Span(a, b, text[a:b])
    # A report: the plan that was issued (印发《…》) or the first title-like citation.
    head = text[:4000]
    self_refs = (
        r"(?:印发|出台|发布|公布|制定)(?:了|实施)?《(?P<t>[^《》]{4,120})》",
        r"现将《(?P<t>[^《》]{4,120})》(?:印发|转发|予以|公布)",
        r"《(?P<t>[^《》]{4,120})》(?:已经|经)[^。，,《]{0,30}?(?:同意|审议通过|批准)",
        # 《中华人民共和国某某法》已由…常务委员会第N次会议于…通过，现予公布: an order that promulgates it.
        r"《(?P<t>[^《》]{4,120})》[ \t\u3000]*已由[^。，,《]{0,60}?通过[，,][ \t\u3000]*现予公布",
        # 编制了《X》（以下简称《Y》）: the document names what it issues and gives it its short name.
        r"(?:编制|制定|研究制定|起草)了《(?P<t>[^《》]{4,120})》[（(]以下简称",
        # 我们制定了X，现印发给你们 (the title marks left out): the document the notice issues.
        rf"(?:编制|制定|研究制定|起草|修订)了(?P<t>[^《》，,。；;：:\s]{{4,60}}?{TITLE_SUFFIX})[，,]\s*现(?:印发|发布|转发)给你们",
    )
    for n, pattern in enumerate(self_refs):
        # 近年来…出台了《A》, 先后印发《A》, 附件：X印发《A》: other documents, not the one it reports. A
        # report names what it reports in its opening; deep in a body 研究制定《…》 is a task (realdocs: of 25
        # such titles after the fourth sentence, 20 were another document's).
        m2 = next((m for m in re.finditer(pattern, head) if not _other_documents(head, m.start(), m.start("t") - 1)
                   and (n > 0 or head.count("。", 0, m.start()) < _REPORT_SENTENCES)), None)
        if m2:
            return compact(m2.group("t")), Span(m2.start("t"), m2.end("t"), m2.group("t"))
    m2 = re.search(rf"《(?P<t>[^《》]{{4,120}}?{TITLE_SUFFIX}{_PERIOD})》", head)
    # 为贯彻落实《国务院关于…的意见》 names the document this one implements; the citations after it
    # are others still (a text that opens so has no title line).
    if (m2 and not _cited_by_verb(head, m2.start()) and not _said_of_another(head, m2.end())
            and head.count("。", 0, m2.start()) < _REPORT_SENTENCES):
        return compact(m2.group("t")), Span(m2.start("t"), m2.end("t"), m2.group("t"))
    first = _first_lines(text, 1)
    if first:
        pos, line = first[0]
        if _sentence_like(line):
            # A text that starts with its body or its addressee line has no title: none is better
            # than a sentence (the pipeline warns).
            return "", None
        return compact(line)[:80], Span(pos, pos + len(line), line)
    return "", None


@lru_cache(maxsize=8)
def _issuer_starts_re(region_names: tuple[str, ...]) -> re.Pattern:
    """Where a name can start inside a run of issuers: 中共, 国家 or a region name."""
    return re.compile(alternation(["中共", "国家", *region_names]))


def split_issuers(s: str, region_names: list[str]) -> list[str]:
    """Split a run of issuer names written one after another (with or without spaces)."""
    parts = [p for p in re.split(r"[\s\u3000、，,；;]+", s.strip()) if p]
    starts_re = _issuer_starts_re(tuple(region_names)) if region_names else None
    out: list[str] = []
    for p in parts:
        cuts = [0]
        if starts_re is not None:
            # Names run together: cut before a region name that follows the end of a body's name.
            for m in starts_re.finditer(p, 1):
                if p[m.start() - 1] in "委局厅部办府室会署联协" and m.start() > cuts[-1]:
                    cuts.append(m.start())
        cuts.append(len(p))
        out.extend(p[a:b] for a, b in zip(cuts, cuts[1:]) if p[a:b])
    return out


def _line_before(text: str, line_start: int) -> tuple[int, str] | None:
    """The line ending just before ``line_start`` (which opens a line), as (offset, line)."""
    if line_start <= 0:
        return None
    end = line_start - 1  # the "\n"
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end].rstrip("\r")


def _with_internal_units(lines: list[list[str]], region_names: list[str], known_names: frozenset[str]) -> list[str]:
    """The names of a signature block's lines, a line that is only an internal unit of the body above joined to it.

    国家自然科学基金委员会 / 国际合作局 signs as one body; 交通运输部 / 民航局 (a known name) and 国家铁路局
    (a body start) sign on their own.
    """
    starts = _issuer_starts_re(tuple(region_names)) if region_names else None
    out: list[str] = []
    for k, names in enumerate(lines):
        if (k > 0 and len(names) == 1 and len(lines[k - 1]) == 1 and out and _INTERNAL_UNIT_RE.fullmatch(names[0])
                and names[0] not in known_names and not names[0].startswith(_BODY_STARTS)
                and (starts is None or starts.match(names[0]) is None)):
            out[-1] += names[0]
            continue
        out.extend(names)
    return out


def find_signature(text: str, region_names: list[str] | None = None, known_names: frozenset[str] = frozenset()) -> tuple[list[str], Span, re.Match] | None:
    """The first signature block: lines naming only bodies (one or several a line) just above a date line."""
    for m in _DATE_LINE_RE.finditer(text):
        block: list[tuple[int, str]] = []
        cur = m.start()
        while len(block) < _SIG_MAX_LINES:
            prev = _line_before(text, cur)
            if prev is None:
                break
            pos, line = prev
            cur = pos
            if not line.strip():
                if block:
                    break
                continue
            if not _is_signature_line(line):
                break
            block.append(prev)
        if not block:
            continue
        block.reverse()
        names = _with_internal_units([split_issuers(_unspaced(line), region_names or []) for _, line in block], region_names or [], known_names)
        first_pos, first_line = block[0]
        last_pos, last_line = block[-1]
        start = first_pos + len(first_line) - len(first_line.lstrip())
        end = last_pos + len(last_line.rstrip())
        return names, Span(start, end, text[start:end]), m
    return None


_GLUED_DATE_RE = re.compile(rf"(?:{_NUM_DATE}|{_CN_DATE})(?![起前后以至内])")
_GLUED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,30}(?:委员会|人民政府|政府|办公厅|办公室|总局|总社|公司|集团|中央|厅|局|委|部|署|院|行|办|会|联|协)")
# Where the words before a glued signature end: a sentence or a label, or a crawler's link to a file or
# page (链接：…扶持小微企业健康发展.html河北省人民政府2015年4月24日).
# A contact line's e-mail address or web site (电子邮箱：jy@126.com河北省人力资源和社会保障厅2023年4月23日) ends there too.
_GLUED_BOUNDARY_RE = re.compile(r"[。！？；：:）)〕\n]|\.(?:s?html?|pdf|docx?|xlsx?|wps|ofd|com|cn|net|org)(?![A-Za-z])", re.I)
_CENTRAL_ENDS = ("部", "总局", "委员会", "署", "总社", "银保监会", "证监会")
# 省财政厅, 市科技局: one level character and a department; no second level inside (市场 is no level).
_LEVEL_BODY_RE = re.compile(r"[省市](?:(?![省市])[\u4e00-\u9fff]|市场){1,8}?(?:厅|局|委)")
_BODY_STARTS = ("中共", "国务院", "国家", "中华人民共和国", "全国", "中国", "共青团")
# The last character of a body's name: a region name or body start right after one begins the next name.
_NAME_END_CHARS = "委局厅部办府室会署联协行司团"
# An attachment list closes the body and runs into the signature when the page lost its line breaks
# (附件：1.…一览表2.…评审表X省人力资源和社会保障厅2030年…): the names are the end of its last line.
_ATTACHMENTS_RE = re.compile(r"附[ \t\u3000]*件[ \t\u3000]*[:：][ \t\u3000]*$")
_CJK_TAIL_RE = re.compile(r"[\u4e00-\u9fff]+$")
_PIECE_MAX = 32
# A branch named after its region (中国人民银行东山省分行): the region inside is the branch's own, and
# the region with the branch word alone (东山省分行) names no body.
_BRANCH_WORDS = r"(?:分行|中心支行|支行|营业管理部)"


_GLUED_START_RE = re.compile(rf"(?<=[{_NAME_END_CHARS}])(?:{'|'.join(_BODY_STARTS)})")


@lru_cache(maxsize=8)
def _regions_re(region_names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the region names."""
    return re.compile(alternation(list(region_names)))


def _inner_start(piece: str, regions_re: re.Pattern[str] | None) -> bool:
    """True when a region name or body start inside ``piece`` begins another name.

    Leading body starts and region names are skipped (共青团东山省委, 中国国家铁路集团): a region name
    after them is the body's own. A region name later in the name, or a body start right after the end
    of a body's name (…局国家…), marks two names glued together.
    """
    i = 0
    while True:
        m = next((b for b in _BODY_STARTS if piece.startswith(b, i)), None)
        if m is None and regions_re is not None and (r := regions_re.match(piece, i)) is not None:
            m = r.group()
        if m is None:
            break
        i += len(m)
    if regions_re is not None and any(not re.fullmatch(_BRANCH_WORDS, piece[r.end():]) for r in regions_re.finditer(piece, max(i, 1))):
        return True
    return _GLUED_START_RE.search(piece, max(i, 1)) is not None


def _known_label(piece: str, known: frozenset[str]) -> bool:
    """A label of the authority data, or a known body's general office (财政部办公厅 signs for 财政部)."""
    return piece in known or (piece.endswith(("办公厅", "办公室")) and piece[:-3] in known)


def _glued_name(piece: str, regions: list[str], known: frozenset[str], regions_re: re.Pattern[str] | None) -> bool:
    """True when ``piece`` can be one signing body's name."""
    if _known_label(piece, known):
        return True
    if not _GLUED_NAME_RE.fullmatch(piece) or _inner_start(piece, regions_re):
        return False
    if regions_re is not None and (r := regions_re.match(piece)) is not None and re.fullmatch(_BRANCH_WORDS, piece[r.end():]):
        return False
    # A body's name starts with its region or is a central body; not 我们, 有关部门 ….
    # A department written with its level only (省财政厅省科技厅2013年4月2日) signs a province's or city's page.
    return piece.startswith((*_BODY_STARTS, *regions)) or piece.endswith(_CENTRAL_ENDS) or _LEVEL_BODY_RE.fullmatch(piece) is not None


def _glued_names(run: str, regions: list[str], known: frozenset[str]) -> tuple[int, list[str]] | None:
    """The longest end of ``run`` made of body names only, glued together: (its start, the names).

    Among the ways to cut it, the one with the fewest characters outside known labels wins; then the
    one with the fewest bare names (组织部 after 中共东山省委 is part of its name, not a ministry);
    then the one with the fewest known labels (国务院扶贫办 is one label, not 国务院 + 扶贫办); then
    the one with the most other names (东山省科技厅东山省财政厅 is two).
    """
    tail = _CJK_TAIL_RE.search(run)
    if tail is None:
        return None
    s, base = tail.group(), tail.start()
    n = len(s)
    regions_re = _regions_re(tuple(regions)) if regions else None
    # best[j]: (score, cut points) of the best cut of s[j:], None when s[j:] is no run of names; the
    # score (-characters outside known labels, -bare names, -known labels, other names) is compared as a tuple.
    best: list[tuple[tuple[int, int, int, int], tuple[int, ...]] | None] = [None] * n + [((0, 0, 0, 0), ())]
    for j in range(n - 1, -1, -1):
        for k in range(j + 2, min(n, j + _PIECE_MAX) + 1):
            rest = best[k]
            piece = s[j:k]
            if rest is None or not _glued_name(piece, regions, known, regions_re):
                continue
            (unknown_chars, bare, known_count, other), cuts = rest
            if _known_label(piece, known):
                score = (unknown_chars, bare, known_count - 1, other)
            else:
                # A name without region or body start, taken only for its ending (…部, …委员会).
                is_bare = not piece.startswith((*_BODY_STARTS, *regions))
                score = (unknown_chars - len(piece), bare - is_bare, known_count, other + 1)
            current = best[j]
            if current is None or score > current[0]:
                best[j] = (score, (k, *cuts))
    first = next((i for i in range(n) if best[i] is not None), None)
    if first is None:
        return None
    found = best[first]
    assert found is not None
    cuts = (first, *found[1])
    return base + first, [s[a:b] for a, b in zip(cuts, cuts[1:])]


def find_glued_signature(
    text: str, region_names: list[str] | None = None, known_names: frozenset[str] = frozenset()
) -> tuple[list[str], Span] | None:
    """The first signature written on one line with its date (…请认真贯彻执行。　河北省人民政府办公厅2024年6月14日).

    Pages that lost their line breaks glue the signing bodies to the date, or set them apart by
    indents only: the bodies are the runs of names (and only names) between the previous sentence
    end and the date, taken back from the date while each run is names. Names glued to each other
    (人力资源社会保障部国家发展改革委…) are cut where each piece is a body's name (``known_names``:
    the authority file's labels); after an attachment list the last line's end may be the names.
    """
    regions = region_names or []
    for m in _GLUED_DATE_RE.finditer(text):
        lo = max(0, m.start() - 400)
        before = text[lo : m.start()]
        cut = 0
        for b in _GLUED_BOUNDARY_RE.finditer(before):
            cut = b.end()
        names: list[str] = []
        first = len(before)
        runs = list(re.finditer(r"[^ \t\u3000]+", before[cut:]))
        for idx in range(len(runs) - 1, -1, -1):
            run = runs[idx]
            found = _glued_names(run.group(), regions, known_names)
            if found is None:
                break
            start, pieces = found
            if start > 0 and not (idx == 0 and _ATTACHMENTS_RE.search(before[:cut])):
                break  # a sentence's words before the names: no signature line
            names[:0] = pieces
            first = cut + run.start() + start
            if start > 0:
                break
        if not names:
            continue
        start = lo + first
        end = lo + len(before.rstrip(" \t\u3000"))
        return names, Span(start, end, text[start:end])
    return None


def _raw_prefix(line: str, n: int) -> str:
    """The prefix of ``line`` holding its first ``n`` non-white-space characters (white space kept: it separates names)."""
    seen = 0
    for i, ch in enumerate(line):
        if not _WS_RE.match(ch):
            seen += 1
            if seen == n:
                return line[: i + 1]
    return line


def find_issuers(
    text: str, title: str, region_names: list[str], known_names: frozenset[str] = frozenset()
) -> tuple[list[str], Span | None]:
    """The issuing bodies.

    In order: a 发布机构：/发文机关： header field; a notice title 'X、Y关于…'; a signature block (names
    just above the date line, one or several a line); the lead X of 'X等N部门关于…'; a report's
    'X印发《…》'; a headline 'X：'.
    """
    field = header_fields(text).get("issuer")
    if field is not None:
        names = split_issuers(field.text, region_names)
        if names:
            return names, field
    head = text[:3000]
    for pos, line in _first_lines(text, 12):
        m = _NOTICE_RE.match(compact(line))
        # 为贯彻落实《国务院办公厅关于… is a sentence citing a notice, not this notice's issuers.
        # Names only (CJK, 、): a headline 【…】11月13日,X委印发《…》 or a sentence is no notice title.
        if m and len(m.group("issuers")) >= 3 and re.fullmatch(r"[\u4e00-\u9fff、]+", m.group("issuers")) and not _not_own_title(m.group("issuers")):
            names = split_issuers(_raw_prefix(line, len(m.group("issuers"))), region_names)
            return names, Span(pos, pos + len(line), line)
    m = _NOTICE_RE.match(compact(title)) if title else None
    if m and len(m.group("issuers")) >= 3:
        return split_issuers(m.group("issuers"), region_names), None
    order = _ORDER_RE.match(text, len(text) - len(text.lstrip()))
    if order is not None:
        # 中华人民共和国国务院令第782号, 河北省人民政府令〔2020〕第3号: the body whose order it is issued it (a
        # head of government signs it by name, not as a body). A crawl may glue the title before it
        # (某某实施办法河北省人民政府令…): the body starts after the title's last word.
        body, a = order.group("body"), order.start("body")
        cut = max((m.end() for m in _ENDS_TITLE_WORD_RE.finditer(body)), default=0)
        body, a = body[cut:], a + cut
        if len(body) >= 2 and not _HEAD_OF_RE.fullmatch(body):
            return [body], Span(a, a + len(body), body)
    sig = find_signature(text, region_names, known_names)
    if sig is not None:
        return sig[0], sig[1]
    glued = find_glued_signature(text, region_names, known_names)
    if glued is not None:
        return glued
    adopted = _ADOPTED_BY_RE.search(text, 0, 1500) or _PASSED_BY_RE.search(text, 0, 1500)
    if adopted is not None:
        # A regulation's note (2002年3月30日河北省第九届人民代表大会常务委员会第二十六次会议通过): the congress
        # or its standing committee that adopted it issued it.
        a, b = adopted.start("region"), adopted.end("organ")
        return [adopted.group("region") + adopted.group("organ")], Span(a, b, text[a:b])
    m = _JOINT_LEAD_RE.match(compact(title)) if title else None
    if m:
        return [m.group("lead")], None
    m = _ISSUE_VERB_RE.search(head)
    if m:
        agency = re.split(r"[，,。、\s】\]：:]", m.group("agency"))[-1]
        if m.start("agency") > 0 and head[m.start("agency") - 1].isdigit():
            # A date or dateline before the name (2018年教育部, 12月24日电国务院办公厅), not 日照市.
            agency = re.sub(r"^(?:日电|[年月日])", "", agency)
        if len(agency) >= 3:
            return [agency], Span(m.start("agency"), m.end("agency"), m.group("agency"))
    lines = _first_lines(text, 1)
    if lines:
        m = _HEADLINE_RE.match(lines[0][1])
        if m:
            return [m.group("agency")], Span(lines[0][0] + m.start("agency"), lines[0][0] + m.end("agency"), m.group("agency"))
    return [], None


# A 文号's issuer code (冀政办发, 国科发区, 国办函) never holds a title word or 的: a title glued before the
# number (…的若干措施冀政办发〔2017〕5号) ends there. 函 is left out: it is a code's own last character.
_NOT_IN_DOCNO_RE = re.compile("(?:" + "|".join(w for w in TITLE_WORDS if len(w) > 1) + "|的|》)")


def _docno(found: str) -> str:
    """A matched 文号 without white space and without the end of a title glued before its issuer code."""
    s = compact(found)
    bracket = next(k for k, c in enumerate(s) if c in "〔﹝[［【(（")
    # A code keeps two characters at least: 发改规划〔2019〕617号 is the code 发改规划 itself.
    cut = [m.end() for m in _NOT_IN_DOCNO_RE.finditer(s, 0, bracket) if bracket - m.end() >= 2]
    return s[cut[-1]:] if cut else s


def find_doc_number(text: str) -> str:
    """The document number (文号): a 文号：header field, a number alone on a line of the head, or the first in the header."""
    field = header_fields(text).get("doc_number")
    if field is not None:
        m = _DOCNO_RE.search(field.text)
        if m:
            return _docno(m.group(0))
    m = _DOCNO_LINE_RE.search(text[:3000])
    if m:
        return _docno(m.group("no"))
    for m in _DOCNO_RE.finditer(text[:600]):
        # 《国务院关于…的意见》（国发〔2018〕11号） is the number of the document cited, not this one's.
        if not re.search(r"[》〉][ \t\u3000]*[（(][ \t\u3000]*$", text[max(0, m.start() - 4) : m.start()]):
            return _docno(m.group(0))
    return ""


def _date_of(m: re.Match) -> str:
    """yyyy-mm-dd from a match of a date pattern (digits or Chinese numerals), or "" when not a date."""
    if m.groupdict().get("cy"):
        y, mo, d = (cjk_number(m.group(k)) or 0 for k in ("cy", "cm", "cd"))
    else:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if 1949 < y < 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


_INDENT_RE = re.compile(r"[ \t\u3000]*")


_FLAT_SIGNATURE_DATE_RE = re.compile(
    rf"(?<=[。！？）)\u3000])\u3000{{1,}}{_SIG_NAME_RE.pattern}(?:[\u3000 ]+{_SIG_NAME_RE.pattern})*\u3000+(?:{_NUM_DATE}|{_CN_DATE})"
)


def find_date(text: str, signed_at: int | None = None) -> str:
    """The issue or publication date as yyyy-mm-dd.

    In order: a 成文日期：header field; a date line in the head (a signature); the date under a
    signature block anywhere; the date glued to the signature that ends at ``signed_at``; a
    发布日期：field or other labelled date; a yyyy-mm-dd line.
    """
    fields = header_fields(text)
    field = fields.get("written")
    if field is not None:
        m = _ANY_DATE_RE.search(field.text)
        if m and _date_of(m):
            return _date_of(m)
    for m in _DATE_LINE_RE.finditer(text[:6000]):
        if _date_of(m):
            return _date_of(m)
    sig = find_signature(text)
    if sig is not None and _date_of(sig[2]):
        return _date_of(sig[2])
    if signed_at is not None:
        indent = _INDENT_RE.match(text, signed_at)  # matches always: the pattern may be empty
        glued = _GLUED_DATE_RE.match(text, indent.end() if indent else signed_at)
        if glued and _date_of(glued):
            return _date_of(glued)
    # A page flattened to one line: a body's name and its date between the ideographic spaces that stood for
    # the signature's line breaks (…执行。　　河北省某某领导小组　　2021年9月16日…).
    for m in _FLAT_SIGNATURE_DATE_RE.finditer(text):
        if _date_of(m):
            return _date_of(m)
    field = fields.get("published")
    if field is not None:
        m = _ANY_DATE_RE.search(field.text)
        if m and _date_of(m):
            return _date_of(m)
    head = text[:6000]
    for m in (_DATE_RES[0].search(head), _dash_date(head)):
        if m and _date_of(m):
            return _date_of(m)
    return ""


_DASH_RUN_RE = re.compile(r"(?:^|\n)[-\s]*")


def _dash_date(head: str) -> re.Match[str] | None:
    """``_DATE_RES[1].search(head)``, tried once per run of blank or dashed lines instead of at every line end in it.

    Every line end of a run leads to the same text after the run, so the first one decides; from
    each of them the pattern scanned the rest of the run (6,000 blank lines: a quarter second).
    """
    for run in _DASH_RUN_RE.finditer(head):
        m = _DATE_RES[1].match(head, run.start())
        if m:
            return m
    return None


def find_period(title: str, text: str) -> tuple[int, int] | None:
    """The plan period from the title, or from a statement of the implementation period."""
    for rx, src in ((_PERIOD_RES[0], title), (_PERIOD_RES[1], text), (_PERIOD_RES[0], text[:300])):
        m = rx.search(src)
        if m:
            a, b = int(m.group("a")), int(m.group("b"))
            if 1949 < a <= b < 2100:
                return a, b
    return None


_ISSUED_RE = re.compile(r"(?:印发|转发|批转)(?P<p>.{4,}?)(?:的)?通知$")


def _issued_key(name: str) -> str:
    """A plan's name without 的, 《》, quotes and its period (2024-2026年): how a notice and its text differ."""
    return re.sub(r"[的《》〈〉<>“”\"]|[（(]\s*\d{4}[^）)]*[）)]", "", name)


class SelfNames:
    """The names a document gives itself and its schemes, prepared once to tell self-references apart.

    ``is_self_reference`` compared every citation with every title: a notice issuing n schemes, each
    cited once, cost n² comparisons. Here a citation costs a set look-up and one bisection.
    """

    def __init__(self, title: str, part_titles: list[str]) -> None:
        # A title and a 《…》 that holds it nest their inner titles differently (《》 alone, 〈〉 inside): compared unnested.
        own = [unnested(compact(t)) for t in [title, *part_titles] if t]
        self.own = set(own)
        stripped = [re.sub(r"[（(]\d{4}.*?[）)]$", "", t) for t in own]
        # A title ends with c exactly when its reversal starts with c reversed: sorted, those are adjacent.
        self.reversed = sorted(t[::-1] for t in stripped)
        self.short = {n for n in _SELF_NAMES if any(n in t for t in stripped)}
        # What a notice issues (X印发关于…若干措施的通知): its own plan, however the text words its 《…》
        # (关于…的若干措施), so compared without 的, 《》 and the period.
        self.issued = [_issued_key(m.group("p")) for t in own if (m := _ISSUED_RE.search(t))]

    def __contains__(self, cited: str) -> bool:
        c = unnested(compact(cited))
        if c in self.own or c in self.short:
            return True
        key = _issued_key(c)
        if len(key) >= 8 and any(k.endswith(key) for k in self.issued):
            return True
        rc = c[::-1]
        i = bisect.bisect_left(self.reversed, rc)
        return i < len(self.reversed) and self.reversed[i].startswith(rc)


def is_self_reference(cited: str, title: str, part_titles: list[str]) -> bool:
    """True for 《行动计划》-style short names of the document itself or of its own schemes."""
    return cited in SelfNames(title, part_titles)


def find_citations(text: str, title: str, part_titles: list[str], sentences: Sentences, part_of) -> list[Citation]:
    """Every 《》 title that names another document."""
    out: list[Citation] = []
    seen: set[str] = set()
    own = SelfNames(title, part_titles)
    for m in _CITE_RE.finditer(text):
        t = compact(m.group(1))
        if t in seen or t in own or _SHORT_NAME_RE.fullmatch(t):
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
