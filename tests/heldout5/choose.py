"""Choose the ten documents of heldout5 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout5/choose.py

Filter (README "How they were chosen"):
  - not one of the realdocs files of heldout3 (13) or heldout4 (12), and not byte-identical (sha256) to any
    text in graphbuild/corpus/ or tests/heldout*/texts/;
  - 1,500 <= chars <= 7,000 (the brief allows 9,000; 7,000 so that the annotation fits the time available);
  - not from a 政策解读 CSV (interpretations, not policy documents);
  - not from the Hebei 人力资源和社会保障厅 CSV (heldout4 was mostly that department; this set is for the
    departments and kinds heldout4 lacks).
Pools:
  B  Hebei rows (工业和信息化厅, 科学技术厅, 人民政府, 教育厅 CSVs) with 3 <= brackets <= 20
  GOV  national-govcn rows (State Council documents from www.gov.cn) with brackets < 3
  H0   Hebei rows as in B but with brackets < 3, leaving out 人民政府_政府规章.csv (heldout4 has a regulation)
Draw: random.Random(20261202), each pool sorted by file; 7 from B, 2 from GOV, 1 from H0.
(national-govcn has no row with 3-20 brackets within 1,500-7,000 chars, so State Council documents can only
come from GOV.)
"""
import csv
import glob
import hashlib
import random

RD = "/work/shared/realdocs/"
USED_H3 = {"texts/national-govcn/0033.txt", "texts/national-govcn/0007.txt", "texts/national-xlsx/0033.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0751 0764 0009 0028 0052 0050 0031 0033 0221 0296".split()}
USED_H4 = {"texts/national-xlsx/0006.txt"} | {
    f"texts/hebei/{n}.txt" for n in "0454 0206 0204 0061 0060 0026 0729 0212 0474 0381 0521".split()}


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest()
          for p in glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("tests/heldout*/texts/*.txt")
          if not p.startswith("tests/heldout5/")}  # this set's own copies (made after the draw) do not count
    assert len(ex) >= 30, "run from the repository root"
    pools = {"B": [], "GOV": [], "H0": []}
    for r in rows:
        f, sp = r["file"], r["source_path"]
        if f in USED_H3 | USED_H4 or r["sha256"] in ex or "政策解读" in sp or "人力资源和社会保障厅" in sp:
            continue
        if not 1500 <= int(r["chars"]) <= 7000:
            continue
        b = int(r["brackets"])
        if b > 20:
            continue
        if f.startswith("texts/hebei/"):
            if b >= 3:
                pools["B"].append(r)
            elif "政府规章" not in sp:
                pools["H0"].append(r)
        elif f.startswith("texts/national-govcn/") and b < 3:
            pools["GOV"].append(r)
    rng = random.Random(20261202)
    for name, k in (("B", 7), ("GOV", 2), ("H0", 1)):
        pool = sorted(pools[name], key=lambda r: r["file"])
        for r in rng.sample(pool, k):
            print(name, r["file"], r["chars"], r["brackets"], r["date"][:10], r["source_path"].split("/")[-1],
                  r["title"], sep="\t")
    for name, pool in pools.items():
        print("# pool", name, len(pool))


if __name__ == "__main__":
    main()
