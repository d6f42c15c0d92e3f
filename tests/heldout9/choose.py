"""Choose the twelve documents of heldout9 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout9/choose.py

Filter (README "How they were chosen"):
  - not one of the realdocs files of heldout3 (13), heldout4 (12), heldout5 (10), heldout6 (12), heldout7 (12,
    /work/heldout7_chosen.txt) or heldout8 (12, /work/heldout8_chosen.txt), and not byte-identical (sha256) to
    any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/ (this set's own copies
    excepted); the texts are hashed, never opened;
  - 1,500 <= chars <= 6,500; brackets <= 20; not from a 政策解读 CSV.
Pools (Hebei site folder = the second part of source_path):
  IW   Hebei rows of 6工业和信息化厅 whose title matches INDUSTRY                       draw 4
  IS   the same for 5科学技术厅                                                         draw 3
  IG   the same for 3人民政府                                                           draw 2
  B    Hebei rows with brackets >= 3 (any site)                                        draw 1
  NX   national-xlsx rows whose (English) title matches INDUSTRY_EN                    draw 2
The pools may overlap (a bracketed 工信厅 row is in IW and B): they are drawn in the order IW, IS, IG, B, NX
and a file already drawn is removed from every later pool. Shortfall, fixed before the one run: if a pool has
fewer rows than its draw, all its rows are taken and the shortfall is drawn (with the same generator, right
after the pool) from the IW rows not yet drawn.
Draw: random.Random(20261209), each pool sorted by file.
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
USED_H8 = {"texts/national-xlsx/0102.txt", "texts/national-xlsx/0123.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0526 0369 0243 0043 0025 0002 0808 0776 0186 0609".split()}
USED = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7 | USED_H8
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|信息化|数字|链|智能|材料|能源")
INDUSTRY_EN = re.compile(r"industr|manufactur|technolog|park|zone|digital|intelligen|innovation|energy|equipment|"
                         r"material", re.I)
SITES = {"IW": "6工业和信息化厅", "IS": "5科学技术厅", "IG": "3人民政府"}


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    for path, used in (("/work/heldout7_chosen.txt", USED_H7), ("/work/heldout8_chosen.txt", USED_H8)):
        got = {l.strip() for l in open(path, encoding="utf-8") if l.strip()}
        assert got == used, path + " differs from the list in choose.py"
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout9/")}
    assert len(ex) >= 40, "run from the repository root"
    pools = {k: [] for k in ("IW", "IS", "IG", "B", "NX")}
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
            for k, s in SITES.items():
                if site.startswith(s) and INDUSTRY.search(t):
                    pools[k].append(r)
        elif f.startswith("texts/national-xlsx/") and INDUSTRY_EN.search(t):
            pools["NX"].append(r)
    for name, pool in pools.items():
        print("# pool", name, len(pool))
    rng = random.Random(20261209)
    chosen, taken = [], set()
    plan = [("IW", 4), ("IS", 3), ("IG", 2), ("B", 1), ("NX", 2)]
    for name, k in plan:
        pool = sorted([r for r in pools[name] if r["file"] not in taken], key=lambda r: r["file"])
        got = [(name, r) for r in rng.sample(pool, min(k, len(pool)))]
        if len(got) < k:
            print(f"# pool {name} short: {len(pool)} of {k}; filling from IW")
            fb = sorted([r for r in pools["IW"] if r["file"] not in taken and r not in pool],
                        key=lambda r: r["file"])
            got += [(name + "(fill IW)", r) for r in rng.sample(fb, k - len(got))]
        for label, r in got:
            taken.add(r["file"])
            chosen.append(r)
            print(label, r["file"], r["chars"], r["brackets"], r["date"][:10], r["source_path"].split("/")[-1],
                  r["title"], sep="\t")
    return chosen


if __name__ == "__main__":
    main()
