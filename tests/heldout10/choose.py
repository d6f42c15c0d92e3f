"""Choose the twelve documents of heldout10 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout10/choose.py

The texts are never opened to choose; the exclusion by content uses sha256 only (the manifest's sha256 column
against the sha256 of the files listed below, which are hashed, never read as text).

Filter (every pool):
  - not one of the realdocs files of heldout3 (13), heldout4 (12), heldout5 (10), heldout6 (12), heldout7 (12),
    heldout8 (12) (the lists USED_H3..USED_H8, copied from tests/heldout9/choose.py; USED_H7 and USED_H8 are
    asserted equal to /work/heldout7_chosen.txt and /work/heldout8_chosen.txt) or heldout9 (12,
    /work/heldout9_chosen.txt);
  - not byte-identical (sha256) to any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/
    (this set's own copies excepted);
  - not from a 政策解读 CSV (source_path);
  - 2,000 <= chars <= 7,000 and brackets <= 20 (manifest columns).
Pools (Hebei site folder = the second part of source_path; the realdocs collection has no 发展和改革委员会 folder,
so the government pool is 3人民政府 only):
  IW   Hebei rows of 6工业和信息化厅 whose title matches INDUSTRY                        draw 4
  IS   Hebei rows of 5科学技术厅 whose title matches INDUSTRY                            draw 2
  IG   Hebei rows of 3人民政府 whose title matches INDUSTRY                              draw 2
  B    Hebei rows with brackets >= 3 (any site, any title)                              draw 1
  NG   national-govcn rows whose (Chinese) title matches INDUSTRY                       draw 2
  NX   national-xlsx rows whose (English) title matches INDUSTRY_EN                     draw 1
The pools may overlap (a bracketed 工信厅 row is in IW and B): they are drawn in the order IW, IS, IG, B, NG, NX
and a file already drawn is removed from every later pool.
Shortfall (fixed before the one run): if a pool has fewer rows than its draw, all its rows are taken and the
rest is drawn, with the same generator and right after the pool, from the first of these fallbacks that still has
rows not yet drawn, in this order:
  (1) the same pool with the chars range widened to 1,000 <= chars <= 10,000 (other conditions kept);
  (2) for a Hebei pool: Hebei rows of any site whose title matches INDUSTRY (2,000–7,000 chars);
      for NG: the NX pool; for NX: the NG pool.
Draw: random.Random(20261210), each pool (and fallback) sorted by file, rng.sample.
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
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|数字|链|智能|材料|能源|经济")
INDUSTRY_EN = re.compile(r"industr|manufactur|technolog|park|zone|cluster|chain|digital|intelligen|innovation|"
                         r"energy|equipment|material|econom", re.I)
SITES = {"IW": "6工业和信息化厅", "IS": "5科学技术厅", "IG": "3人民政府"}
PLAN = [("IW", 4), ("IS", 2), ("IG", 2), ("B", 1), ("NG", 2), ("NX", 1)]


def lines(path):
    return {l.strip() for l in open(path, encoding="utf-8") if l.strip()}


def in_pool(name, r, lo, hi):
    """Is manifest row r in pool `name` with the chars range lo..hi?"""
    f, sp, t = r["file"], r["source_path"], r["title"]
    ch, b = int(r["chars"]), int(r["brackets"])
    if not lo <= ch <= hi or b > 20:
        return False
    if name in SITES:
        return f.startswith("texts/hebei/") and sp.split("/")[1].startswith(SITES[name]) and bool(INDUSTRY.search(t))
    if name == "B":
        return f.startswith("texts/hebei/") and b >= 3
    if name == "HX":
        return f.startswith("texts/hebei/") and bool(INDUSTRY.search(t))
    if name == "NG":
        return f.startswith("texts/national-govcn/") and bool(INDUSTRY.search(t))
    if name == "NX":
        return f.startswith("texts/national-xlsx/") and bool(INDUSTRY_EN.search(t))
    raise ValueError(name)


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    assert lines("/work/heldout7_chosen.txt") == USED_H7, "/work/heldout7_chosen.txt differs from USED_H7"
    assert lines("/work/heldout8_chosen.txt") == USED_H8, "/work/heldout8_chosen.txt differs from USED_H8"
    used_h9 = lines("/work/heldout9_chosen.txt")
    assert len(used_h9) == 12
    used = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7 | USED_H8 | used_h9
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout10/")}
    assert len(ex) >= 40, "run from the repository root"
    ok = [r for r in rows if r["file"] not in used and r["sha256"] not in ex and "政策解读" not in r["source_path"]]
    print("# manifest rows", len(rows), "after exclusions", len(ok), "excluded files", len(used),
          "excluded hashes", len(ex))
    for name, _ in PLAN:
        print("# pool", name, len([r for r in ok if in_pool(name, r, 2000, 7000)]))
    rng = random.Random(20261210)
    chosen, taken = [], set()

    def draw(label, cands, k):
        pool = sorted([r for r in cands if r["file"] not in taken], key=lambda r: r["file"])
        got = rng.sample(pool, min(k, len(pool)))
        for r in got:
            taken.add(r["file"])
            chosen.append((label, r))
        return len(got)

    for name, k in PLAN:
        n = draw(name, [r for r in ok if in_pool(name, r, 2000, 7000)], k)
        if n < k:
            print(f"# pool {name} short: {n} of {k}")
            fallbacks = [(name + "(fill 1000-10000)", [r for r in ok if in_pool(name, r, 1000, 10000)])]
            if name in SITES or name == "B":
                fallbacks.append((name + "(fill HX)", [r for r in ok if in_pool("HX", r, 2000, 7000)]))
            else:
                other = "NX" if name == "NG" else "NG"
                fallbacks.append((name + f"(fill {other})", [r for r in ok if in_pool(other, r, 2000, 7000)]))
            for label, cands in fallbacks:
                if n >= k:
                    break
                n += draw(label, cands, k - n)
            assert n == k, f"pool {name}: no rows left"
    for i, (label, r) in enumerate(chosen, 1):
        print(f"h{i:02d}", label, r["file"], r["chars"], r["brackets"], r["date"][:10], r["source_path"].split("/")[1]
              if "/" in r["source_path"] else r["source_path"], r["source_path"].split("/")[-1], r["title"], sep="\t")
    return chosen


if __name__ == "__main__":
    main()
