"""Choose the twelve documents of heldout23 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Adapted from tests/heldout22/choose.py (itself from heldout21's, heldout20's, heldout19's, heldout17's and
heldout16's). This docstring states every rule; it was written before the one run:
    python3 tests/heldout23/choose.py > tests/heldout23/draw_output.txt      (from the worktree root)

The texts are never opened to choose; the exclusion by content uses sha256 only (the manifest's sha256 column
against the sha256 of the files listed below, which are hashed as bytes, never read as text).

Filter (every pool and the shortfall fill):
  - not one of the realdocs files of heldout3..heldout8 (the lists USED_H3..USED_H8, copied unchanged from
    tests/heldout22/choose.py; USED_H7 and USED_H8 are asserted equal to /work/heldout7_chosen.txt and
    /work/heldout8_chosen.txt), nor any file in /work/heldout9_chosen.txt .. /work/heldout22_chosen.txt (14 files,
    9..22 inclusive: heldout22's loop 9..21, which already held /work/heldout21_chosen.txt, extended by
    /work/heldout22_chosen.txt; each holds 12 realdocs paths: asserted to have 12 lines, 12 distinct, each a
    manifest file);
  - not byte-identical (sha256) to any text in graphbuild/corpus/, /work/shared/corpus/ or tests/heldout*/texts/
    (this set's own copies, tests/heldout23/, excepted);
  - not from a 政策解读 CSV (source_path contains 政策解读): those are interpretations, not policy documents.
Title regexes (both copied unchanged from tests/heldout22/choose.py, i.e. from tests/heldout16/choose.py):
  INDUSTRY    (Chinese manifest titles)
  INDUSTRY_EN (national-xlsx, whose manifest titles are English translations)
Pools, drawn in this order (h01..h05 from HA, h06..h07 from HB, h08..h12 from NX), each with the rows already
drawn removed (HA and HB may share rows: a row drawn for HA cannot be drawn again for HB):
  HA   Hebei rows (texts/hebei/, any site folder) whose title matches INDUSTRY, 4,000 <= chars <= 25,000   draw 5
  HB   Hebei rows (texts/hebei/) with manifest brackets >= 3, any title, 2,000 <= chars <= 30,000          draw 2
  NX   national-xlsx rows whose title matches INDUSTRY_EN, 3,000 <= chars <= 25,000                      draw 5
Shortfall (fixed before the one run; heldout22's rule, unchanged): if a pool has fewer rows than its draw, all
its rows are taken and the rest is drawn, with the same generator and right after the pool, from the same pool
with the chars range widened downwards to 1,000 <= chars <= the pool's upper bound (25,000 for HA and NX;
30,000 for HB), other conditions kept, rows already drawn removed.
Draw: random.Random(20261223), one generator for the whole run; each pool (and fill) sorted by file, rows
already drawn removed, rng.sample(pool, k).
Output: one line per chosen document (label, file, chars, brackets, date, site, CSV, title, sha256); then
write_out() writes the chosen paths to /work/heldout23_chosen.txt (one per line, in draw order) and copies the
texts (cp, then cmp) to tests/heldout23/texts/ as hNN_<source>_<NNNN>.txt (source hebei or xlsx), asserting each
copy's sha256 equals the manifest's.
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
INDUSTRY = re.compile(r"产业|制造|技术|园区|集群|工业|高新|开发区|新区|装备|数字|链|智能|材料|能源|经济|科技|创新")
INDUSTRY_EN = re.compile(r"industr|manufactur|technolog|park|zone|cluster|chain|digital|intelligen|innovation|"
                         r"energy|equipment|material|econom|scien", re.I)
PLAN = [("HA", 5), ("HB", 2), ("NX", 5)]
RANGE = {"HA": (4000, 25000), "HB": (2000, 30000), "NX": (3000, 25000)}
WLO = 1000  # the fill's lower bound; its upper bound is the pool's own (RANGE)


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
    if name == "HA":
        return f.startswith("texts/hebei/") and bool(INDUSTRY.search(t))
    if name == "HB":
        return f.startswith("texts/hebei/") and int(r["brackets"]) >= 3
    if name == "NX":
        return f.startswith("texts/national-xlsx/") and bool(INDUSTRY_EN.search(t))
    raise ValueError(name)


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    files = {r["file"] for r in rows}
    assert lines("/work/heldout7_chosen.txt") == USED_H7, "/work/heldout7_chosen.txt differs from USED_H7"
    assert lines("/work/heldout8_chosen.txt") == USED_H8, "/work/heldout8_chosen.txt differs from USED_H8"
    used = USED_H3 | USED_H4 | USED_H5 | USED_H6 | USED_H7 | USED_H8
    for i in range(9, 23):
        p = f"/work/heldout{i}_chosen.txt"
        assert nlines(p) == 12 and len(lines(p)) == 12, f"{p} does not have 12 distinct lines"
        assert lines(p) <= files, f"{p} holds a line that is not a manifest file"
        used |= lines(p)
    paths = (glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("/work/shared/corpus/**/*.txt",
             recursive=True) + glob.glob("tests/heldout*/texts/*.txt"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths if not p.startswith("tests/heldout23/")}
    assert len(ex) >= 40, "run from the worktree root"
    ok = [r for r in rows if r["file"] not in used and r["sha256"] not in ex and "政策解读" not in r["source_path"]]
    print("# manifest rows", len(rows), "after exclusions", len(ok), "excluded files", len(used),
          "excluded hashes", len(ex))
    for name, _ in PLAN:
        print("# pool", name, len([r for r in ok if in_pool(name, r, *RANGE[name])]))
    rng = random.Random(20261223)
    chosen, taken = [], set()

    def draw(label, cands, k):
        pool = sorted([r for r in cands if r["file"] not in taken], key=lambda r: r["file"])
        got = rng.sample(pool, min(k, len(pool)))
        for r in got:
            taken.add(r["file"])
            chosen.append((label, r))
        return len(got)

    for name, k in PLAN:
        n = draw(name, [r for r in ok if in_pool(name, r, *RANGE[name])], k)
        if n < k:
            hi = RANGE[name][1]
            print(f"# pool {name} short: {n} of {k}")
            n += draw(name + f"(fill {WLO}-{hi})", [r for r in ok if in_pool(name, r, WLO, hi)], k - n)
            assert n == k, f"pool {name}: no rows left"
    for i, (label, r) in enumerate(chosen, 1):
        print(f"h{i:02d}", label, r["file"], r["chars"], r["brackets"], r["date"][:10], site(r),
              r["source_path"].split("/")[-1], r["title"], r["sha256"], sep="\t")
    return chosen


def write_out(chosen):
    """Write /work/heldout23_chosen.txt and copy (cp, then cmp) the texts to tests/heldout23/texts/."""
    import os
    import subprocess
    assert len(chosen) == 12 and len({r["file"] for _, r in chosen}) == 12
    with open("/work/heldout23_chosen.txt", "w", encoding="utf-8") as f:
        for _, r in chosen:
            f.write(r["file"] + "\n")
    os.makedirs("tests/heldout23/texts", exist_ok=True)
    for i, (_, r) in enumerate(chosen, 1):
        src = RD + r["file"]
        source = {"hebei": "hebei", "national-xlsx": "xlsx"}[r["file"].split("/")[1]]
        dst = f"tests/heldout23/texts/h{i:02d}_{source}_{os.path.basename(r['file'])[:-4]}.txt"
        subprocess.run(["cp", src, dst], check=True)
        subprocess.run(["cmp", src, dst], check=True)
        assert hashlib.sha256(open(dst, "rb").read()).hexdigest() == r["sha256"], dst
        print("# copied", src, "->", dst)


if __name__ == "__main__":
    write_out(main())
