"""Choose the twelve documents of heldout4 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Filter: not a heldout3 text, not byte-identical to any text in graphbuild/corpus or tests/heldout*/texts;
1,500 <= chars <= 6,000; 政策解读 CSVs left out (interpretations, not policy documents).
Levels from source_path and title:
  N  national: national-govcn, national-xlsx, hebei 国家政策文件.csv, or a title starting with 国务院,
     国家 or a ministry (…部关于 / …部、 / …部等 / …部印发 / …部门关于)
  G  Hebei provincial government: title starting with 河北省人民政府, or 省政府办公厅文件 / 省政府政策文件 /
     政府规章 CSVs
  D  Hebei provincial department: every other hebei row
Draw (random.Random(20261201), rows sorted by file): per level 3 rows with 3 <= brackets <= 20 and 1 row
with brackets < 3; for N that row is drawn from national-govcn / national-xlsx only, so that all
three source folders are in the set.
"""
import csv
import glob
import hashlib
import random
import re

RD = "/work/shared/realdocs/"
USED = {"texts/national-govcn/0033.txt", "texts/national-govcn/0007.txt", "texts/national-xlsx/0033.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0751 0764 0009 0028 0052 0050 0031 0033 0221 0296".split()}


NATIONAL_TITLE = re.compile(r"^(国务院|国家|[^省市厅]{0,40}?部(、|等|关于|印发)|[^省市厅]{0,40}?部门关于)")


def level(r):
    src, sp, t = r["file"].split("/")[1], r["source_path"], r["title"]
    if src != "hebei" or "国家政策文件" in sp or NATIONAL_TITLE.match(t):
        return "N"
    if t.startswith("河北省人民政府") or any(k in sp for k in ("省政府办公厅文件", "省政府政策文件", "政府规章")):
        return "G"
    return "D"


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest()
          for p in glob.glob("graphbuild/corpus/*.txt") + glob.glob("tests/heldout*/texts/*.txt")}
    pools = {(l, b): [] for l in "NGD" for b in (0, 1)}
    for r in rows:
        if r["file"] in USED or r["sha256"] in ex or "政策解读" in r["source_path"]:
            continue
        if not 1500 <= int(r["chars"]) <= 6000:
            continue
        b = int(r["brackets"])
        if b >= 3 and b > 20:
            continue
        pools[(level(r), int(b >= 3))].append(r)
    rng = random.Random(20261201)
    for l in "NGD":
        for b, k in ((1, 3), (0, 1)):
            pool = sorted(pools[(l, b)], key=lambda r: r["file"])
            if l == "N" and b == 0:  # the national row without brackets comes from the two national sources
                pool = [r for r in pool if not r["file"].startswith("texts/hebei/")]
            for r in rng.sample(pool, min(k, len(pool))):
                print(l, r["file"], r["chars"], r["brackets"], r["date"][:10], r["title"], sep="\t")
    for key, pool in pools.items():
        print("# pool", key, len(pool))


if __name__ == "__main__":
    main()
