"""Choose the twelve documents of heldout6 from /work/shared/realdocs/MANIFEST.tsv (manifest columns only).

Run from the repository root: python3 tests/heldout6/choose.py

Filter (README "How they were chosen"):
  - not one of the realdocs files of heldout3 (13), heldout4 (12) or heldout5 (10), and not byte-identical
    (sha256) to any text in graphbuild/corpus/ or tests/heldout*/texts/ (this set's own copies excepted);
  - 1,500 <= chars <= 9,000; brackets <= 20; not from a 政策解读 CSV;
  - Hebei rows whose title starts with 河北省人力资源和社会保障厅 are left out (heldout4 was mostly that
    department); rows from the 人力资源和社会保障厅 site's CSV count only when the title starts with
    河北省人民政府 (documents of the provincial government or its general office reposted there).
Pools:
  LONG  Hebei rows with 3 <= brackets <= 20 and 6,000 <= chars <= 9,000
  BR    Hebei rows with 3 <= brackets <= 20 and chars < 6,000
  D0    Hebei rows with brackets < 3 from the 科学技术厅 / 工业和信息化厅 / 教育厅 sites whose title names a
        provincial department (other than 人力资源和社会保障厅) in its first 30 characters
  N0    national-govcn and national-xlsx rows with brackets < 3 (State Council / ministry documents)
Draw: random.Random(20261203), each pool sorted by file; 2 from LONG, 6 from BR, 2 from D0, 2 from N0.
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
DEPT = re.compile(r"商务厅|发展和改革委员会|发展改革委|生态环境厅|住房和城乡建设厅|住房城乡建设厅|交通运输厅|农业农村厅|"
                  r"市场监督管理局|市场监管局|工业和信息化厅|科学技术厅|科技厅|财政厅|自然资源厅|卫生健康委|文化和旅游厅|"
                  r"民政厅|应急管理厅|水利厅")


def main():
    rows = list(csv.DictReader(open(RD + "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
    ex = {hashlib.sha256(open(p, "rb").read()).hexdigest()
          for p in glob.glob("graphbuild/corpus/**/*.txt", recursive=True) + glob.glob("tests/heldout*/texts/*.txt")
          if not p.startswith("tests/heldout6/")}  # this set's own copies (made after the draw) do not count
    assert len(ex) >= 40, "run from the repository root"
    pools = {"LONG": [], "BR": [], "D0": [], "N0": []}
    for r in rows:
        f, sp, t = r["file"], r["source_path"], r["title"]
        if f in USED_H3 | USED_H4 | USED_H5 or r["sha256"] in ex or "政策解读" in sp:
            continue
        ch, b = int(r["chars"]), int(r["brackets"])
        if not 1500 <= ch <= 9000 or b > 20:
            continue
        if f.startswith("texts/hebei/"):
            if t.startswith("河北省人力资源和社会保障厅"):
                continue
            if "人力资源和社会保障厅" in sp and not t.startswith("河北省人民政府"):
                continue
            if b >= 3:
                pools["LONG" if ch >= 6000 else "BR"].append(r)
            elif re.search(r"5科学技术厅|6工业和信息化厅|7教育厅", sp) and DEPT.search(t[:30]):
                pools["D0"].append(r)
        elif f.startswith(("texts/national-govcn/", "texts/national-xlsx/")) and b < 3:
            pools["N0"].append(r)
    rng = random.Random(20261203)
    for name, k in (("LONG", 2), ("BR", 6), ("D0", 2), ("N0", 2)):
        pool = sorted(pools[name], key=lambda r: r["file"])
        for r in rng.sample(pool, k):
            print(name, r["file"], r["chars"], r["brackets"], r["date"][:10], r["source_path"].split("/")[-1],
                  r["title"], sep="\t")
    for name, pool in pools.items():
        print("# pool", name, len(pool))


if __name__ == "__main__":
    main()
