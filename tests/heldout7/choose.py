"""Choose the twelve documents of heldout7 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout7/choose.py

Filter (README "How they were chosen"):
  - not one of the realdocs files of heldout3 (13), heldout4 (12), heldout5 (10) or heldout6 (12), and not
    byte-identical (sha256) to any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/
    (this set's own copies excepted); the texts are hashed, never opened;
  - 1,500 <= chars <= 9,000; brackets <= 20; not from a 政策解读 CSV.
Pools (Hebei site folder = the second part of source_path):
  SB   Hebei rows with brackets >= 3 outside the 人力资源和社会保障厅 site (after the exclusions only the
       科学技术厅 site has any)
  RG   Hebei rows with brackets >= 3 on the 人力资源和社会保障厅 site whose title starts with 河北省人民政府
  RD   Hebei rows with brackets >= 3 on the 人力资源和社会保障厅 site, other titles
  Z<s> Hebei rows with brackets < 3 on site s, for each of the four sites other than 人力资源和社会保障厅
       (3人民政府, 5科学技术厅, 6工业和信息化厅, 7教育厅)
  NI   national-govcn and national-xlsx rows whose title names an industrial-policy subject (INDUSTRY)
Draw: random.Random(20261207), each pool sorted by file; SB 3 (all), RG 1, RD 2, one from each Z<s> (4),
NI 2.  = 6 bracketed Hebei (3 from the 人力资源和社会保障厅 site), 4 bracket-free Hebei, 2 national.
"""
import csv
import glob
import hashlib
import random
import re

RD = "/work/shared/realdocs/"
USED_H3 = {"texts/national-govcn/0033.txt", "texts/national-govcn/0007.txt", "texts/national-xlsx/0033.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0751 0764 0009 0028 0052 0050 0031 0033 0221 0296".split()}
USED_H4 = {"texts/national-xlsx/0006.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0454 0206 0204 0061 0060 0026 0729 0212 0474 0381 0521".split()}
USED_H5 = {"texts/national-govcn/0038.txt", "texts/national-govcn/0014.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0024 0955 0080 0012 1034 0978 0013 0007".split()}
USED_H6 = {"texts/national-xlsx/0121.txt", "texts/national-govcn/0019.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0054 0027 0235 0322 0554 0424 0048 0421 0979 0111".split()}
USED = USED_H3 | USED_H4 | USED_H5 | USED_H6
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|信息化|数字经济|发展")
HR = "2人力资源和社会保障厅"
ZSITES = ("3人民政府", "5科学技术厅", "6工业和信息化厅", "7教育厅")


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout7/")}
    assert len(ex) >= 40, "run from the repository root"
    pools = {"SB": [], "RG": [], "RD": [], "NI": []} | {"Z" + s: [] for s in ZSITES}
    for r in rows:
        f, sp, t = r["file"], r["source_path"], r["title"]
        if f in USED or r["sha256"] in ex or "政策解读" in sp:
            continue
        ch, b = int(r["chars"]), int(r["brackets"])
        if not 1500 <= ch <= 9000 or b > 20:
            continue
        if f.startswith("texts/hebei/"):
            site = sp.split("/")[1]
            if b >= 3:
                if site.startswith(HR):
                    pools["RG" if t.startswith("河北省人民政府") else "RD"].append(r)
                else:
                    pools["SB"].append(r)
            else:
                for s in ZSITES:
                    if site.startswith(s):
                        pools["Z" + s].append(r)
        elif f.startswith(("texts/national-govcn/", "texts/national-xlsx/")) and INDUSTRY.search(t):
            pools["NI"].append(r)
    rng = random.Random(20261207)
    chosen = []
    plan = [("SB", 3), ("RG", 1), ("RD", 2)] + [("Z" + s, 1) for s in ZSITES] + [("NI", 2)]
    for name, k in plan:
        pool = sorted(pools[name], key=lambda r: r["file"])
        for r in rng.sample(pool, min(k, len(pool))):
            chosen.append(r)
            print(name, r["file"], r["chars"], r["brackets"], r["date"][:10], r["source_path"].split("/")[-1],
                  r["title"], sep="\t")
    for name, pool in pools.items():
        print("# pool", name, len(pool))
    return chosen


if __name__ == "__main__":
    main()
