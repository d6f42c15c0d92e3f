"""Quantitative targets in a document's goal sections (发展目标, 工作目标 …)."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from .model import Heading, RawTarget
from .numerals import cjk_number
from .structure import Sentences

GOAL_WORDS = re.compile(r"(发展目标|工作目标|主要目标|总体目标|目标任务|行动目标|建设目标|具体目标|预期目标|阶段目标|发展愿景|愿景目标)")
# Digit runs are possessive and start where a run starts: nothing after a run of digits can start
# with a digit, so giving digits back never makes a match, and a match inside a run would be the
# same match as at its start. Without this a run of n digits cost n² steps (issue 16).
_NUM = r"(?:(?<!\d)\d++(?:\.\d++)?(?:\s*[—\-–－~至]{1,2}\s*\d++(?:\.\d++)?)?|[一二两三四五六七八九十百千]{1,4}(?:[—\-–－~至][一二两三四五六七八九十百千]{1,3})?)"
# Energy and power units (吉瓦时 GWh, 万千瓦 …) come before their shorter prefixes; 次 counts cycles or times.
_UNIT = (
    # Computing power and bandwidth (算力20EFlops, 9.8万Gbps), before 万 alone.
    r"(?:万?(?:[EPT]Flops|[EPT]FLOPS|[TGM]bps)|[EPT]B(?![A-Za-z])|万亿元|亿美元|万美元|亿元|万元|万亿|亿千瓦时|万千瓦时|亿千瓦|万千瓦|千瓦时|兆瓦时|吉瓦时|太瓦时|兆瓦|吉瓦|千瓦|"
    r"个百分点|%|％|万家|万户|万人次|万人|万个|万台|万辆|万吨|万平方米|万[片颗套座块架艘张件株头只]|万|"
    r"家|个|项|款|条|件|种|户|人次|人|名|台|套|座|所|倍|吨|辆|架|艘|片|颗|次|平方米|亩|公里|GWh|MWh|kWh|GW|MW|kW)"
    # A density or rate per population or area (机器人密度150台/万人, 每万人口发明专利12件 is written apart).
    r"(?:[/／](?:万人|百人|千人|人|万元|平方公里|公顷|亩|年))?"
)
_QUALS = ["累计达到", "力争达到", "倍增至", "提高到", "提升至", "提高至", "增长到", "保持在", "超过", "达到", "突破", "不低于", "不少于", "控制在", "下降", "降低", "增至", "达", "超"]
_QUAL_RE = "|".join(map(re.escape, _QUALS))
# Without a qualifier a match starts where a run of white space starts (or outside one), and the
# white space is taken possessively: a value never starts with white space, and every start inside a
# long run (years blanked out leave one) scanned the rest of it (quadratic). Same matches.
_VALUE_RE = re.compile(
    rf"(?:(?P<qual>{_QUAL_RE})|(?<!\s))\s*+(?P<value>{_NUM})\s*(?P<unit>{_UNIT})(?P<above>以上|左右|以内|以下)?"
)
_BARE_VALUE_RE = re.compile(r"(?P<qual>达到|达|保持在|超过)\s*(?P<value>\d++(?:\.\d++)?)(?![\d.%％万亿个家项])")
_YEAR_RE = re.compile(r"(?:(?:到|至|于|在)|(?<!\s))\s*+(?P<year>20\d{2})\s*+年(?:底|末)?")  # white space as in _VALUE_RE
# A period: a five-year plan's, 2021—2025年, or a span from a year (自2020年起3年内, 2024年起两年内).
_PERIOD_RE = re.compile(
    r"(“?[十]?[一二三四五六七八九十]五”?(?:期间|时期|末)|\d{4}\s*[—\-–－~至]\s*\d{4}\s*年"
    r"|(?:自|从)?\d{4}\s*年起\s*(?:[一二两三四五六七八九十]|\d{1,2})\s*年(?:内|间)?"
    # A span from now, with no year (在1-2年内, 用三年时间, 3到5年内).
    r"|(?<![\d年])(?:\d{1,2}(?:\s*[—\-–－~至到]\s*\d{1,2})?|[一二两三四五六七八九十](?:[到至][一二两三四五六七八九十])?)\s*年(?:内|时间))"
)
_CLAUSE_SPLIT = re.compile(r"[，,；;。\n：:]")
_MAGNITUDE = [("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)]
_VAGUE = ("一批", "一流", "一些", "一系列", "一步", "一体")


def parse_value(value: str, unit: str) -> tuple[Decimal | None, Decimal | None, str]:
    """(value, upper bound of a range, base unit): magnitudes in the unit (亿元) multiply the number."""
    bounds = re.split(r"\s*[—\-–－~至]{1,2}\s*", value.strip())
    nums: list[Decimal] = []
    for b in bounds:
        try:
            nums.append(Decimal(b))
        except InvalidOperation:
            n = cjk_number(b)
            if n is None:
                return None, None, unit
            nums.append(Decimal(n))
    base_unit = unit
    factor = Decimal(1)
    for prefix, f in _MAGNITUDE:
        if unit.startswith(prefix) and unit not in ("万",):
            factor, base_unit = f, unit[len(prefix):]
            break
    if unit in ("万",):
        factor, base_unit = Decimal(10) ** 4, ""
    lo = nums[0] * factor
    hi = nums[-1] * factor if len(nums) > 1 else None
    return lo.normalize() if lo == lo.to_integral() else lo, (hi.normalize() if hi is not None else None), base_unit


# A goal word that opens what it names (主要目标：…, 发展目标是…), not one inside a sentence (不能完成目标任务).
# A heading that names goals beside something else (发展路径和目标, 总体思路与目标).
_LABEL_YEAR_RE = re.compile(r"\s*(?:到|至)?\s*20\d{2}\s*年(?:底|末)?\s*的?\s*$")
_AND_GOALS_RE = re.compile(r"[和与及]目标$")
# A short heading that is a kind of goal (奋斗目标, 战略目标, 近期目标): a goal section by its shape, beside the
# words of GOAL_WORDS (which also find goals named inside longer titles and labels).
_GOAL_HEADING_RE = re.compile(r"[\u4e00-\u9fff]{0,6}目标")
_GOAL_LABEL_RE = re.compile(GOAL_WORDS.pattern + r"\s*(?:[：:]|是|为)")
# A sentence opening with a year to reach (到2022年，…): in a plan with no goal section, its goals are
# such sentences in its opening section (指导思想, 总体要求): later sections hold the tasks' own numbers,
# which are no goals of the document (docs/gold-format.md).
_YEAR_GOAL_RE = re.compile(r"(?:^|(?<=[。！？；;\n\s\u3000]))(?:到|至)\s*(?P<year>20\d{2})\s*年(?:底|末)?\s*[，,]")
_SENTENCE_END_RE = re.compile(r"[。！？\n]")


def _opening_sections(text: str, headings: list[Heading]) -> list[tuple[int, int, int]]:
    """(start, end, part) of each part's text before its second top-level heading (its opening section)."""
    out: list[tuple[int, int, int]] = []
    parts = sorted({h.part for h in headings}) or [0]
    for part in parts:
        hs = [h for h in headings if h.part == part]
        top = min((h.level for h in hs), default=1)
        tops = [h for h in hs if h.level == top]
        start = hs[0].sentence.start if part and hs else 0
        end = tops[1].sentence.start if len(tops) > 1 else len(text)
        nxt = next((h.sentence.start for h in headings if h.part > part), len(text))
        out.append((start, min(end, nxt), part))
    return out


# The section that states a plan's general requirements (二、总体要求): where a plan with no goal heading
# writes its goals, after its guiding thought.
_GOAL_PARAGRAPH_REACH = 600
_GENERAL_SECTION_RE = re.compile(r"^(?:总体要求|总体思路|总体考虑|总体部署|总体安排|基本思路)$")


def _general_sections(text: str, headings: list[Heading]) -> list[tuple[int, int, int]]:
    """(start, end, part) of each top-level 总体要求 section."""
    out: list[tuple[int, int, int]] = []
    for i, h in enumerate(headings):
        if not _GENERAL_SECTION_RE.match(h.title):
            continue
        end = next((n.sentence.start for n in headings[i + 1:] if n.part != h.part or n.level <= h.level), len(text))
        out.append((h.span.end, end, h.part))
    return out


def goal_ranges(text: str, headings: list[Heading], year: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, part) of every goal section: a heading naming a goal, a goal paragraph in a report, or,
    in a plan with neither, the sentences of its opening section that open with the year they aim at (a year
    before the document's own ``year`` opens what was achieved, no goal)."""
    ranges: list[tuple[int, int, int]] = []
    for i, h in enumerate(headings):
        if (GOAL_WORDS.search(h.title) or _AND_GOALS_RE.search(h.title) or (_GOAL_HEADING_RE.fullmatch(h.title) and h.level <= 2)) and len(h.title) <= 12:
            end = len(text)
            # By index: a slice of the headings after every goal heading copied the list (quadratic).
            for k in range(i + 1, len(headings)):
                nxt = headings[k]
                if nxt.part != h.part or nxt.level <= h.level:
                    end = nxt.sentence.start
                    break
            ranges.append((h.span.end, end, h.part))
    if not ranges:
        for m in _GOAL_LABEL_RE.finditer(text):
            line_end = text.find("\n", m.end())
            # In a text flattened to one line the paragraph ends at the next heading, not the text's end.
            next_heading = next((h.sentence.start for h in headings if h.sentence.start > m.end()), len(text))
            if line_end != -1 and not text[m.end():line_end].strip(" \t\u3000：:"):
                # 2025年的主要目标是： on a line of its own: the goals are the paragraphs under it.
                line_end = -1
            line_start = text.rfind("\n", 0, m.start()) + 1
            # 2025年的主要目标是：the year before the label is the goals' year: the range opens with it.
            begin = line_start if _LABEL_YEAR_RE.match(text, line_start, m.start()) else m.end()
            ranges.append((begin, min(line_end if line_end != -1 else len(text), next_heading), 0))
            break
    if not ranges:
        for a, b, part in _opening_sections(text, headings) + _general_sections(text, headings):
            for m in _YEAR_GOAL_RE.finditer(text, a, b):
                if year is not None and int(m.group("year")) < year:
                    # 到2010年底，全省…达到98.6万户 in a plan of 2011: what was achieved (成就回顾), not a goal.
                    continue
                stop = _SENTENCE_END_RE.search(text, m.end())
                end = stop.end() if stop else len(text)
                if stop is not None and stop.group() == "。":
                    # 到2027年，…取得明显成效。一是…超过75%: the sentence that opens with the year opens the goals
                    # its paragraph goes on to list (a page flattened to one line: up to a few sentences on).
                    line_end = text.find("\n", end)
                    indent = text.find("\u3000\u3000", end)  # a paragraph's indent in a page flattened to one line
                    end = min(line_end if line_end != -1 else len(text), indent if indent != -1 else len(text), end + _GOAL_PARAGRAPH_REACH)
                ranges.append((m.start(), min(end, b), part))
    # A goal heading inside another (一、指导思想与工作目标 （二）工作目标): its goals once, in the outer range.
    merged: list[tuple[int, int, int]] = []
    for r in sorted(ranges):
        if merged and r[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], r[1]), last[2])
        else:
            merged.append(r)
    return merged


_RANGE_AFTER_RE = re.compile(r"\s*[—\-–－~至]")
# What may stand before the period that opens a clause (到“十四五”末, 在1-2年内).
_OPENS_WITH_PERIOD_RE = re.compile(r"\s*(?:到|至|在|于|力争|争取)?\s*$")
# A sentence that opens with a period only (2031至2032年，…): one stage of staged goals.
_PERIOD_START_RE = re.compile(r"\s*(?:到|至|在|从)?\s*20\d{2}\s*年?\s*[—\-–－~至]\s*20\d{2}\s*年")
_INNER_GOAL_RE = re.compile(r"[（(](?P<goal>[^（()）]{4,80})[）)]")
_CLOSED_PERIOD_RE = re.compile(r"20\d{2}\s*年?\s*[—\-–－~至]\s*(?P<last>20\d{2})\s*年")
_STAGE_RE = re.compile(r"\s*(?:到|至|在)?\s*20\d{2}\s*年?\s*[—\-–－~至]\s*(?P<last>20\d{2})\s*年(?:底|末)?\s*")


def _years_in(clause: str) -> tuple[int | None, bool]:
    """(target year named in a clause, whether it names a period such as 2021—2025年 instead)."""
    year, period_only = None, False
    for y in _YEAR_RE.finditer(clause):
        # Positions, not slices: a clause of many years must not be copied once per year.
        if _RANGE_AFTER_RE.match(clause, y.end()):
            continue
        k = y.start()
        while k and clause[k - 1].isspace():
            k -= 1
        b = y.start("year")
        # 2031至2035年: 至 is taken as the year's prefix (至2035年), but after a year it closes a period.
        a = y.start()
        while a and clause[a - 1].isspace():
            a -= 1
        closes_period = clause.startswith("至", y.start()) and a > 0 and (clause[a - 1].isdigit() or clause[a - 1] == "年")
        if (k and clause[k - 1] in "—-–－~至") or closes_period or clause.startswith("起", y.end()):
            period_only = True  # 2020年起3年内 starts a period: no target year
            continue
        while b and clause[b - 1].isspace():
            b -= 1
        if b and clause[b - 1] in "较比":
            continue  # 较2022年增长25%: the base year of a comparison, not the target's year
        year = int(y.group("year"))
    return year, period_only


# The words before a value that make it a rule's limit (不宜少于5项), and a congress's session (十届三次全会).
_LIMIT_RE = re.compile(r"(?:不宜|不得|不应|不能|原则上不)(?:少于|多于|超过|低于|高于|小于|大于)?\s*$")
_MEETING_RE = re.compile(r"[一二三四五六七八九十\d]{1,3}\s*次\s*(?:全体)?(?:全会|会议)")
# The end of a sentence that announces goals the next paragraphs spell out (…的奋斗目标。, 目标如下：).
_ANNOUNCES_GOALS_RE = re.compile(r"(?:目标|如下)\s*[。：:]?\s*$|[：:]\s*$")
# A sentence, or a paragraph break: a line break, or the ideographic spaces that open a paragraph in a page
# flattened to one line (…（二）行动目标　　到2022年，…).
_SENTENCE_OR_BREAK_RE = re.compile(r"(?:[^。！？\n\u3000]|\u3000(?!\u3000))+[。！？]?|\n|\u3000{2,}")


def find_targets(text: str, headings: list[Heading], sentences: Sentences, year: int | None = None) -> list[RawTarget]:
    """Every quantitative goal in the goal sections, one per number with a unit.

    A year that opens a sentence (到2027年，…) holds for the rest of its paragraph; a year inside a
    sentence holds for that sentence only. Goals in stages (2030年，…。2031至2032年，…) give a
    stage that is a period its last year.
    """
    out: list[RawTarget] = []
    for start, end, part in goal_ranges(text, headings, year):
        para_year: int | None = None
        clause_subject = ""
        staged = False  # a sentence of this goal section opened with a single year
        # The years that open sentences of the section: while there is one only (到2025年，…。——A…；——B…),
        # it holds for the section's later paragraphs too; goals in stages (到2023年…。到2025年…) name theirs.
        opening_years: set[int] = set()
        # A paragraph opened by its year that ends by announcing its goals (…实现“三个提升”的奋斗目标。, …目标如下：)
        # gives that year to the paragraphs after it that spell them out, until one opens with a year of its own.
        announced: int | None = None
        last_sentence = ""
        for sent_m in _SENTENCE_OR_BREAK_RE.finditer(text, start, end):
            if sent_m.group(0) == "\n" or sent_m.group(0).startswith("\u3000\u3000"):
                if para_year is not None and _ANNOUNCES_GOALS_RE.search(last_sentence):
                    announced = para_year
                para_year = next(iter(opening_years)) if len(opening_years) == 1 else announced
                continue
            last_sentence = sent_m.group(0)
            sent_year: int | None = None
            period = ""
            period_opened = False  # a later clause of the sentence opened with a period of its own
            for n, clause_m in enumerate(re.finditer(r"[^，,；;。！？：:]+", sent_m.group(0))):
                c_start = sent_m.start() + clause_m.start()
                clause = clause_m.group(0)
                # A goal in parentheses (突破3万亿元（其中2019－2020年达到2.2万亿元）) has a time of its own: the
                # clause is read without it, and it after the clause.
                inner = [im for im in _INNER_GOAL_RE.finditer(clause) if _VALUE_RE.search(im.group("goal"))]
                for im in inner:
                    clause = clause[: im.start()] + " " * (im.end() - im.start()) + clause[im.end():]
                year, period_only = _years_in(clause)
                stage = _STAGE_RE.fullmatch(clause) if n == 0 and staged else None
                if stage is not None:
                    # The next stage after a year: 2031至2032年 ends in 2032 (an annual rate holds until then).
                    year, period_only = int(stage.group("last")), False
                if n == 0 and period_only and year is None and _PERIOD_START_RE.match(clause):
                    # A sentence that opens with a period (2031至2035年，每年…) is no longer in the time of an
                    # earlier sentence's year.
                    para_year = None
                if year is not None:
                    sent_year = year
                    if (n == 0 and re.match(r"\s*(到|至|在|于)?\s*20\d{2}\s*年", clause)) or stage is not None:
                        para_year = year
                        staged = True
                        opening_years.add(year)
                        announced = None
                pm = _PERIOD_RE.search(clause)
                if pm and year is None and n > 0 and _OPENS_WITH_PERIOD_RE.match(clause, 0, pm.start()):
                    # …到2022年底，A；到“十四五”末，B: a clause that opens with another time leaves the
                    # sentence's (and its paragraph's) year behind.
                    sent_year, period_opened = None, True
                if pm:
                    period = pm.group(0)
                    five = re.search(r"十([一二三四五六七八九])五", period)
                    if five and "期间" in period and sent_year is None:
                        # The n-th five-year plan ends in 1955 + 5n (十四五 → 2025).
                        sent_year = 1955 + 5 * (" 一二三四五六七八九".index(five.group(1)) + 10)
                effective = None if period_only or (period_opened and sent_year is None) else (sent_year or para_year)
                found = _clause_targets(clause, c_start, effective, period, clause_subject, sentences, part)
                out.extend(found)
                for im in inner:
                    goal = im.group("goal")
                    own_year, own_period_only = _years_in(goal)
                    closed = _CLOSED_PERIOD_RE.search(goal)
                    # A closed period (2019－2020年达到…) is reached by its last year; no time at all: the clause's.
                    own = own_year or (int(closed.group("last")) if closed else None) or (None if own_period_only else effective)
                    own_pm = _PERIOD_RE.search(goal)
                    # Its metric, when it names none (其中…达到2.2万亿元), is the clause's.
                    subject = found[-1].metric if found else clause_subject
                    out.extend(_clause_targets(goal, c_start + im.start("goal"), own, own_pm.group(0) if own_pm else "", subject, sentences, part))
                if not _VALUE_RE.search(clause):
                    clause_subject = _metric(clause, len(clause), len(clause)) or clause_subject
    # A page that holds its text twice (a crawl that stored two copies) states each goal twice: one goal.
    seen: set[tuple] = set()
    unique = []
    for t in out:
        key = (t.part, t.metric, t.value, t.unit, t.year, t.qualifier, t.period)
        if key not in seen:
            seen.add(key)
            unique.append(t)
    return unique


def _clause_targets(clause: str, c_start: int, year: int | None, period: str, subject: str, sentences: Sentences, part: int) -> list[RawTarget]:
    """The targets of one clause; ``subject`` names the metric when the clause only gives values."""
    # Periods first: with their years blanked first, 2019－2020年 would leave 2019－ behind as a metric.
    text_wo_years = _PERIOD_RE.sub(lambda m: " " * len(m.group(0)), clause)
    text_wo_years = _YEAR_RE.sub(lambda m: " " * len(m.group(0)), text_wo_years)
    # A count inside quotation marks names a slogan (实现“三个提升、两个突破”的目标), not a goal.
    matches = [m for m in _VALUE_RE.finditer(text_wo_years) if not _is_vague(text_wo_years, m)
               and text_wo_years.count("“", 0, m.start()) <= text_wo_years.count("”", 0, m.start())]
    # A value followed by 的 with another value after it describes a noun (超10亿元的龙头企业20家):
    # the later value is the goal. An amount glued to the noun it grades (超百亿元企业10家, 十亿级企业) is a
    # class threshold, not a goal, when the clause gives another value; a count (百家高新技术企业) is not.
    # The thresholds still bound the metric texts of the goals next to them.
    bounds = matches
    bound_starts = [b.start() for b in bounds]
    if len(matches) > 1:
        matches = [m for k, m in enumerate(matches) if not (text_wo_years.startswith("的", m.end()) and k + 1 < len(matches)) and not _is_threshold(text_wo_years, m)]
    if not matches:
        bare = _BARE_VALUE_RE.search(text_wo_years)
        matches = [bare] if bare else []
    out = []
    prev_metric = subject
    each = _respective_metrics(text_wo_years, matches)
    for k, m in enumerate(matches):
        value = re.sub(r"\s+", "", m.group("value"))
        unit = m.groupdict().get("unit") or ""
        qual = _qualifier(text_wo_years, m) or (_qualifier(text_wo_years, matches[0]) if each else "")  # 分别达到65%和55%
        lo = matches[k - 1].end() if k else 0
        if k and (item := text_wo_years.find("、", lo, m.start())) != -1:
            lo = item + 1  # 创建10个A、打造50个B: B's item starts after the 、 that closes A's
        # After 、 the next item of a list of goals starts (链主企业5家、年营业收入超10亿元的零部件企业20家).
        if text_wo_years.startswith("、", m.end()):
            hi = m.end()
        else:
            # The next value's start (bisect: a clause of many values must not scan them all for each).
            b = bisect.bisect_left(bound_starts, m.end())
            hi = bound_starts[b] if b < len(bound_starts) else len(text_wo_years)
            if k + 1 < len(matches) and (item := text_wo_years.find("、", m.end(), hi)) != -1:
                hi = item  # …10个智慧物流配送示范城市、打造…: the noun after the value ends at the 、
        metric = each[k] if each else _metric(text_wo_years[lo:hi], m.start() - lo, m.end() - lo) or prev_metric
        if not metric:
            continue
        prev_metric = metric
        sent = sentences.around(c_start + m.start(), c_start + m.end())
        out.append(RawTarget(metric, value, unit.replace("％", "%"), year, qual, period if year is None or "期间" in period else "", sent, part))
    return out


# 分别 right before the values, or before the comparison and the verb they share (分别比2014年削减3%、4.5%).
_RESPECTIVELY_RE = re.compile(r"分别\s*(?:(?:较|比)[^、，,]{0,12}?)?(?:达到|下降|降低|提高|增长|削减|减少|增加|提升|超过|为)?\s*$")


def _respective_metrics(clause: str, matches: list[re.Match[str]]) -> list[str]:
    """A、B分别达到65%和55%: one metric per value, in order (A for 65%, B for 55%); [] when the clause is not so."""
    if len(matches) < 2:
        return []
    before = clause[: matches[0].start()]
    if not _RESPECTIVELY_RE.search(before):
        return []
    # 能耗、水耗较2020年分别下降…: the comparison (较…, 比…) after the last item is said of all of them.
    listed = re.sub(r"(?:较|比)[^、]*$", "", _RESPECTIVELY_RE.sub("", before).rstrip())
    parts = listed.split("、")
    if len(parts) + 1 == len(matches) and (pair := re.fullmatch(r"(.+?)[和及与](.+)", parts[-1])) is not None:
        # A、B、C和D分别…: the last two items are joined by 和.
        parts[-1:] = [pair.group(1), pair.group(2)]
    items = [_metric(x, len(x), len(x)) for x in parts]
    return items if len(items) == len(matches) and all(items) else []


def _qualifier(clause: str, m: re.Match[str]) -> str:
    """The comparison words of a value as the text gives them: 达到, 以上, 达到……左右, 力争……达到."""
    qual, above = m.group("qual") or "", m.groupdict().get("above") or ""
    word = f"{qual}……{above}" if qual and above else qual or above
    if "力争" in clause[: m.start()] and not word.startswith("力争"):
        word = f"力争……{word}" if word else "力争"
    return word


# What may follow a goal amount in its clause: nothing, a list mark, a conjunction or 的 (handled above);
# 级 or any other Chinese word glued to it makes the amount part of a noun phrase (百亿元企业, 千亿级集群).
_CLASS_AFTER_RE = re.compile(r"级|(?![和及与或的、])[\u4e00-\u9fff]")
_AMOUNT_UNIT_RE = re.compile(r"(?:元|亿|万)$")


def _is_threshold(clause: str, m: re.Match[str]) -> bool:
    """Whether a value grades the noun after it (超百亿元企业, 十亿级企业) instead of giving a goal."""
    after = _CLASS_AFTER_RE.match(clause, m.end())
    return after is not None and (after.group(0) == "级" or _AMOUNT_UNIT_RE.search(m.group("unit") or "") is not None)


def _is_vague(clause: str, m: re.Match[str]) -> bool:
    seg = clause[m.start("value") : m.end("unit") + 1]
    if any(seg.startswith(v) for v in _VAGUE):
        return True
    # A number directly inside a name (5G, 33条重点产业链 as a label) is no goal.
    before = clause[max(0, m.start("value") - 1) : m.start("value")]
    if re.match(r"[A-Za-z“\"]", before):
        return True
    # 一个 opening a clause is the article "a" (一个“标准群”中…), not a count: a goal's count follows its verb.
    if m.group("value") == "一" and m.group("unit") == "个" and not m.group("qual") and not clause[: m.start("value")].strip():
        return True
    # A limit a rule sets (不宜少于5项, 不得超过20%, 不应低于…) is a requirement, not a goal to reach.
    if _LIMIT_RE.search(clause[max(0, m.start("value") - 6) : m.start("value")]):
        return True
    # A session of a congress or committee (省委十届三次全会, 第十四届全国人民代表大会第二次会议) names a meeting.
    return clause[m.start("value") - 1 : m.start("value")] in ("届", "第") and bool(_MEETING_RE.match(clause, m.start("value")))


def _metric(clause: str, start: int, end: int) -> str:
    """The measured quantity: the clause without the number, its unit and the qualifier."""
    before = clause[:start].strip(" 、")
    after = clause[end:].strip(" 、")
    before = re.sub(r"^(到|至|在|力争|其中|并|和|及|同时|全面|基本|初步|争取|确保|实现|推动)+", "", before).strip()
    before = re.sub(r"(分别|均|总计|合计|总数)$", "", before).strip()
    after = re.sub(r"^(的|以上的)", "", after).strip()
    # 150个以上示范街道及50个以上示范基地: the conjunction before the next count joins two targets.
    after = re.sub(r"(?:及|和|与|以及)$", "", after).strip()
    metric = re.sub(r"\s+", "", (before + after).strip(" 、“”\""))
    return metric[:60]
