"""Choose the twelve documents of heldout18 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Adapted from tests/heldout16/choose.py. Run once, from the worktree root:
    python3 tests/heldout18/choose.py > tests/heldout18/draw_output.txt

The texts are never opened to choose; the exclusion by content uses sha256 only (the manifest's sha256 column
against the sha256 of the files listed below, which are hashed as bytes, never read as text). This set is drawn
to measure mentions (parks, technologies, chains), hence the strongly industrial title filter for Hebei.

Filter (every pool):
  - not one of the realdocs files of heldout3..heldout8 (the lists USED_H3..USED_H8, copied unchanged from
    tests/heldout16/choose.py; USED_H7 and USED_H8 are asserted equal to /work/heldout7_chosen.txt and
    /work/heldout8_chosen.txt), nor of heldout9 .. heldout17 (/work/heldout9_chosen.txt ..
    /work/heldout17_chosen.txt; each is asserted to have 12 lines);
  - not byte-identical (sha256) to any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/
    (this set's own copies in tests/heldout18/texts/ excepted);
  - not from a 政策解读 CSV (source_path): those are interpretations, not policy documents;
  - no limit on brackets.
Title filters:
  STRONG     r"产业|制造|园区|开发区|集群|装备|材料|能源|数字经济|工业|链|高新|新区"  (Chinese manifest titles)
  INDUSTRY_EN  heldout16's, unchanged (national-xlsx manifest titles are English translations)
  INDUSTRY     heldout16's, unchanged (used only in the HI shortfall fallback)
Pools:
  HI   Hebei rows (file under texts/hebei/) whose title matches STRONG, 2,500 <= chars <= 15,000     draw 8
  NX   national-xlsx rows whose (English) title matches INDUSTRY_EN, 2,500 <= chars <= 15,000       draw 4
The pools are disjoint; they are drawn in the order HI, NX (h01..h08 from HI, h09..h12 from NX).
Shortfall (fixed before the one run): if a pool has fewer rows than its draw, all its rows are taken and the
rest is drawn, with the same generator and right after the pool, from the first of these fallbacks that still has
rows not yet drawn, in this order:
  (1) the same pool with the chars range widened to 1,000 <= chars <= 20,000 (other conditions kept);
  (2) for HI: any Hebei row whose title matches heldout16's INDUSTRY, 1,000 <= chars <= 20,000;
      for NX: any national-xlsx row, 1,000 <= chars <= 20,000.
Draw: random.Random(20261218), each pool (and fallback) sorted by file, rng.sample.
Output: one line per chosen document (stem number, pool label, file, chars, brackets, date, site, csv, title,
sha256). The chosen paths are then written by hand to /work/heldout18_chosen.txt and the texts copied with cp
(checked with cmp) to tests/heldout18/texts/hNN_<source>_<NNNN>.txt (source hebei or xlsx).

Amendment (written after the first invocation stopped, before the second; no row had been drawn or printed):
  The first invocation stopped at the assertion "/work/heldout8_chosen.txt differs from USED_H8", before the
  generator was used (draw_output.txt was empty). /work/heldout8_chosen.txt and /work/heldout9_chosen.txt now hold
  twelve 4-digit numbers each (1511 … 6063), not realdocs paths, so they name no manifest file; /work/heldout7
  and /work/heldout10..17_chosen.txt hold paths. The assertion on heldout8 is therefore replaced by an equivalent
  check on bytes: the sha256 of the twelve files in tests/heldout8/texts/ must equal the manifest sha256 of the
  twelve USED_H8 files (so USED_H8 is heldout8's set). heldout9 is excluded by the sha256 rule: the twelve files
  of tests/heldout9/texts/ must each match a manifest row (asserted). Every /work/heldout*_chosen.txt line that
  is not a manifest file is counted and printed. Nothing else changed (rules, pools, seed, order).
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
STRONG = re.compile(r"产业|制造|园区|开发区|集群|装备|材料|能源|数字经济|工业|链|高新|新区")
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|数字|链|智能|材料|能源|经济|科技|创新")
INDUSTRY_EN = re.compile(r"industr|manufactur|technolog|park|zone|cluster|chain|digital|intelligen|innovation|"
                         r"energy|equipment|material|econom|scien", re.I)
PLAN = [("HI", 8), ("NX", 4)]
LO, HI = 2500, 15000
WLO, WHI = 1000, 20000


def lines(path):
    return {l.strip() for l in open(path, encoding="utf-8") if l.strip()}


def nlines(path):
    return len([l for l in open(path, encoding="utf-8") if l.strip()])


def site(r):
    sp = r["source_path"]
    return sp.split("/")[1] if "/" in sp else sp


def in_pool(name, r, lo, hi):
    """Is manifest row r in pool `name` with the chars range lo..hi?"""
    f, t = r["file"], r["title"]
    if not lo <= int(r["chars"]) <= hi:
        return False
    hebei = f.startswith("texts/hebei/")
    xlsx = f.startswith("texts/national-xlsx/")
    if name == "HI":
        return hebei and bool(STRONG.search(t))
    if name == "HA":  # fallback (2) of HI: any Hebei row whose title matches INDUSTRY
        return hebei and bool(INDUSTRY.search(t))
    if name == "NX":
        return xlsx and bool(INDUSTRY_EN.search(t))
    if name == "XA":  # fallback (2) of NX: any national-xlsx row
        return xlsx
    raise ValueError(name)


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    assert lines("/work/heldout7_chosen.txt") == USED_H7, "/work/heldout7_chosen.txt differs from USED_H7"
    files = {r["file"] for r in rows}
    sha = {r["file"]: r["sha256"] for r in rows}
    h8 = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in glob.glob("tests/heldout8/texts/*.txt")}
    assert h8 == {sha[f] for f in USED_H8} and len(h8) == 12, "tests/heldout8/texts differs from USED_H8"
    h9 = [hashlib.sha256(open(p, "rb").read()).hexdigest() for p in glob.glob("tests/heldout9/texts/*.txt")]
    assert len(h9) == 12 and set(h9) <= set(sha.values()), "tests/heldout9/texts not twelve manifest files"
    print("# /work/heldout8_chosen.txt lines that are manifest files:",
          len(lines("/work/heldout8_chosen.txt") & files), "(USED_H8 checked against tests/heldout8/texts)")
    used = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7 | USED_H8
    for i in range(9, 18):
        p = f"/work/heldout{i}_chosen.txt"
        assert nlines(p) == 12 and len(lines(p)) == 12, f"{p} does not have 12 lines"
        print(f"# {p}: lines that are manifest files:", len(lines(p) & files))
        used |= lines(p)
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout18/")}
    assert len(ex) >= 40, "run from the worktree root"
    ok = [r for r in rows if r["file"] not in used and r["sha256"] not in ex and "政策解读" not in r["source_path"]]
    print("# manifest rows", len(rows), "after exclusions", len(ok), "excluded files", len(used),
          "excluded hashes", len(ex))
    for name, _ in PLAN:
        print("# pool", name, len([r for r in ok if in_pool(name, r, LO, HI)]))
    rng = random.Random(20261218)
    chosen, taken = [], set()

    def draw(label, cands, k):
        pool = sorted([r for r in cands if r["file"] not in taken], key=lambda r: r["file"])
        got = rng.sample(pool, min(k, len(pool)))
        for r in got:
            taken.add(r["file"])
            chosen.append((label, r))
        return len(got)

    for name, k in PLAN:
        n = draw(name, [r for r in ok if in_pool(name, r, LO, HI)], k)
        if n < k:
            print(f"# pool {name} short: {n} of {k}")
            fallbacks = [(name + f"(fill {WLO}-{WHI})", [r for r in ok if in_pool(name, r, WLO, WHI)])]
            other = "XA" if name == "NX" else "HA"
            fallbacks.append((name + f"(fill {other})", [r for r in ok if in_pool(other, r, WLO, WHI)]))
            for label, cands in fallbacks:
                if n >= k:
                    break
                n += draw(label, cands, k - n)
            assert n == k, f"pool {name}: no rows left"
    for i, (label, r) in enumerate(chosen, 1):
        print(f"h{i:02d}", label, r["file"], r["chars"], r["brackets"], r["date"][:10], site(r),
              r["source_path"].split("/")[-1], r["title"], r["sha256"], sep="\t")
    return chosen


if __name__ == "__main__":
    main()
