"""Choose the twelve documents of heldout17 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Adapted from tests/heldout16/choose.py. This docstring states every rule; it was written before the one run:
    python3 tests/heldout17/choose.py > tests/heldout17/draw_output.txt      (from the worktree root)

The texts are never opened to choose; the exclusion by content uses sha256 only (the manifest's sha256 column
against the sha256 of the files listed below, which are hashed as bytes, never read as text).

Filter (every pool and every fallback):
  - not one of the realdocs files of heldout3..heldout8 (the lists USED_H3..USED_H8, copied unchanged from
    tests/heldout16/choose.py; USED_H7 and USED_H8 are asserted equal to /work/heldout7_chosen.txt and
    /work/heldout8_chosen.txt), nor any file in /work/heldout9_chosen.txt .. /work/heldout16_chosen.txt (each is
    asserted to have 12 lines, 12 distinct);
  - not byte-identical (sha256) to any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/
    (this set's own copies, tests/heldout17/, excepted);
  - not from a 政策解读 CSV (source_path contains 政策解读): those are interpretations, not policy documents.
Title regexes:
  STRONG      r"产业|制造|园区|开发区|集群|装备|材料|能源|数字经济|工业|链|高新|新区"   (Chinese manifest titles)
  INDUSTRY_EN heldout16's, unchanged (national-xlsx, whose manifest titles are English translations)
  INDUSTRY    heldout16's, unchanged (used only in the Hebei fallback below)
Pools:
  HI   Hebei rows (texts/hebei/) whose title matches STRONG, 2,500 <= chars <= 15,000            draw 8
  NX   national-xlsx rows whose title matches INDUSTRY_EN, 2,500 <= chars <= 15,000             draw 4
The pools are disjoint; they are drawn in the order HI, NX (h01..h08 from HI, h09..h12 from NX).
Shortfall (fixed before the one run): if a pool has fewer rows than its draw, all its rows are taken and the
rest is drawn, with the same generator and right after the pool, from the first of these fallbacks that still has
rows not yet drawn, in this order:
  (1) the same pool with the chars range widened to 1,000 <= chars <= 20,000 (other conditions kept);
  (2) HI: any Hebei row whose title matches heldout16's INDUSTRY, 1,000 <= chars <= 20,000;
      NX: any national-xlsx row, 1,000 <= chars <= 20,000.
Draw: random.Random(20261217), one generator for the whole run; each pool (and fallback) sorted by file, rows
already drawn removed, rng.sample(pool, k).
Output: one line per chosen document (label, file, chars, brackets, date, site, CSV, title, sha256); the chosen
paths are then written by hand to /work/heldout17_chosen.txt and the texts copied (cp, cmp) to
tests/heldout17/texts/ as hNN_<source>_<NNNN>.txt (hebei, xlsx).

Amendment after a failed first run (nothing was drawn; written before the second and only drawing run):
the first run stopped at the assertion on /work/heldout8_chosen.txt, before any pool was counted or drawn
(draw_output.txt was empty; the traceback went to stderr). /work/heldout8_chosen.txt and
/work/heldout9_chosen.txt do not hold realdocs paths but twelve numbers each: the manifest's `chars` values of
the chosen rows (heldout8: exactly the chars of USED_H8's twelve files, in USED_H8's listed order). So:
  - heldout8: the assertion compares the file's numbers with the manifest chars of USED_H8 (as a multiset) when
    the file holds numbers, and with USED_H8 itself when it holds paths; USED_H8 is excluded either way;
  - heldout9: when the file holds numbers, its twelve files are recovered as the manifest rows whose sha256
    equals that of a text in tests/heldout9/texts/ (hashed as bytes, never read); the assertion requires twelve
    such rows whose chars equal the file's twelve numbers (as a multiset); these twelve files are excluded.
  (These texts are also excluded by the sha256 rule above; the amendment keeps the file-based exclusion exact.)
Nothing else was changed: regexes, pools, ranges, shortfall, seed and order are as written above.
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


def numbers(path):
    """The lines of path if every one is a number (the chars column, see the amendment), else None."""
    ls = [l.strip() for l in open(path, encoding="utf-8") if l.strip()]
    return sorted(int(x) for x in ls) if ls and all(x.isdigit() for x in ls) else None


def site(r):
    sp = r["source_path"]
    return sp.split("/")[1] if "/" in sp else sp


def in_pool(name, r, lo, hi):
    """Is manifest row r in pool `name` with the chars range lo..hi?"""
    f, t = r["file"], r["title"]
    if not lo <= int(r["chars"]) <= hi:
        return False
    if name == "HI":
        return f.startswith("texts/hebei/") and bool(STRONG.search(t))
    if name == "HA":  # fallback (2) of HI
        return f.startswith("texts/hebei/") and bool(INDUSTRY.search(t))
    if name == "NX":
        return f.startswith("texts/national-xlsx/") and bool(INDUSTRY_EN.search(t))
    if name == "NA":  # fallback (2) of NX
        return f.startswith("texts/national-xlsx/")
    raise ValueError(name)


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    assert lines("/work/heldout7_chosen.txt") == USED_H7, "/work/heldout7_chosen.txt differs from USED_H7"
    by_file = {r["file"]: r for r in rows}
    n8 = numbers("/work/heldout8_chosen.txt")
    if n8 is None:
        assert lines("/work/heldout8_chosen.txt") == USED_H8, "/work/heldout8_chosen.txt differs from USED_H8"
    else:
        assert n8 == sorted(int(by_file[f]["chars"]) for f in USED_H8), "heldout8 chars differ from USED_H8's"
        print("# /work/heldout8_chosen.txt holds the chars of USED_H8's 12 files (amendment)")
    used = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7 | USED_H8
    for i in range(9, 17):
        p = f"/work/heldout{i}_chosen.txt"
        assert nlines(p) == 12, f"{p} does not have 12 lines"
        n = numbers(p)
        if n is None:
            assert len(lines(p)) == 12, f"{p} does not have 12 distinct lines"
            used |= lines(p)
            continue
        assert i == 9, f"{p} holds numbers; the amendment covers heldout9 only"
        by_sha = {r["sha256"]: r["file"] for r in rows}
        h9 = {by_sha[h] for h in (hashlib.sha256(open(t, "rb").read()).hexdigest()
                                  for t in glob.glob("tests/heldout9/texts/*.txt")) if h in by_sha}
        assert len(h9) == 12 and sorted(int(by_file[f]["chars"]) for f in h9) == n, "heldout9 not recovered"
        print("# /work/heldout9_chosen.txt holds chars; its files recovered by sha256:", " ".join(sorted(h9)))
        used |= h9
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout17/")}
    assert len(ex) >= 40, "run from the worktree root"
    ok = [r for r in rows if r["file"] not in used and r["sha256"] not in ex and "政策解读" not in r["source_path"]]
    print("# manifest rows", len(rows), "after exclusions", len(ok), "excluded files", len(used),
          "excluded hashes", len(ex))
    for name, _ in PLAN:
        print("# pool", name, len([r for r in ok if in_pool(name, r, LO, HI)]))
    rng = random.Random(20261217)
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
            fallbacks = [(name + "(fill 1000-20000)", [r for r in ok if in_pool(name, r, WLO, WHI)])]
            other = "NA" if name == "NX" else "HA"
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
