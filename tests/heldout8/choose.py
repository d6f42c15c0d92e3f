"""Choose the twelve documents of heldout8 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout8/choose.py

Filter (README "How they were chosen"):
  - not one of the realdocs files of heldout3 (13), heldout4 (12), heldout5 (10), heldout6 (12) or
    heldout7 (12, /work/heldout7_chosen.txt), and not byte-identical (sha256) to any text in
    graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/ (this set's own copies excepted);
    the texts are hashed, never opened;
  - 1,500 <= chars <= 6,500; brackets <= 20; not from a 政策解读 CSV.
Pools (Hebei site folder = the second part of source_path):
  B    Hebei rows with brackets >= 3 (any site)                                         draw 3
  IW   Hebei rows of 6工业和信息化厅 with brackets < 3 whose title matches INDUSTRY     draw 3
  IS   the same for 5科学技术厅                                                          draw 2
  IG   the same for 3人民政府                                                            draw 2
  NI   national-govcn and national-xlsx rows whose title matches INDUSTRY               draw 2
Fallback, fixed before the one run: if a pool has fewer rows than its draw, the shortfall is drawn
(with the same generator, right after the pool) from its fallback pool: IW/IS/IG -> the same site's
rows with brackets < 3 and any title; NI -> national-xlsx rows (their titles are English) whose title
matches INDUSTRY_EN; B -> none.
Draw: random.Random(20261208), each pool sorted by file, in the order B, IW, IS, IG, NI.
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
USED_H7 = {"texts/national-govcn/0002.txt", "texts/national-govcn/0012.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0093 0787 0095 0365 0546 0500 0611 0772 0010 0983".split()}
USED = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|信息化|数字|发展|链")
INDUSTRY_EN = re.compile(r"industr|manufactur|technolog|park|cluster|high-tech|development zone|new area|"
                         r"equipment|informati|digital|develop|chain", re.I)
SITES = {"IW": "6工业和信息化厅", "IS": "5科学技术厅", "IG": "3人民政府"}


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    h7 = {l.strip() for l in open("/work/heldout7_chosen.txt", encoding="utf-8") if l.strip()}
    assert h7 == USED_H7, "heldout7 list differs from /work/heldout7_chosen.txt"
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout8/")}
    assert len(ex) >= 40, "run from the repository root"
    pools = {k: [] for k in ("B", "IW", "IS", "IG", "NI")}
    fall = {k: [] for k in ("IW", "IS", "IG", "NI")}
    for r in rows:
        f, sp, t = r["file"], r["source_path"], r["title"]
        if f in USED or r["sha256"] in ex or "政策解读" in sp:
            continue
        ch, b = int(r["chars"]), int(r["brackets"])
        if not 1500 <= ch <= 6500 or b > 20:
            continue
        if f.startswith("texts/hebei/"):
            site = sp.split("/")[1]
            if b >= 3:
                pools["B"].append(r)
                continue
            for k, s in SITES.items():
                if site.startswith(s):
                    (pools[k] if INDUSTRY.search(t) else fall[k]).append(r)
        elif f.startswith(("texts/national-govcn/", "texts/national-xlsx/")):
            if INDUSTRY.search(t):
                pools["NI"].append(r)
            elif f.startswith("texts/national-xlsx/") and INDUSTRY_EN.search(t):
                fall["NI"].append(r)
    rng = random.Random(20261208)
    chosen = []
    plan = [("B", 3), ("IW", 3), ("IS", 2), ("IG", 2), ("NI", 2)]
    for name, k in plan:
        pool = sorted(pools[name], key=lambda r: r["file"])
        got = rng.sample(pool, min(k, len(pool)))
        if len(got) < k and name in fall:
            fb = sorted(fall[name], key=lambda r: r["file"])
            got += [dict(r, _fallback=1) for r in rng.sample(fb, min(k - len(got), len(fb)))]
        for r in got:
            chosen.append(r)
            print(name + ("(fallback)" if r.get("_fallback") else ""), r["file"], r["chars"], r["brackets"],
                  r["date"][:10], r["source_path"].split("/")[-1], r["title"], sep="\t")
    for name, pool in pools.items():
        print("# pool", name, len(pool), "fallback", len(fall.get(name, [])))
    return chosen


if __name__ == "__main__":
    main()
