"""Faults must leave neither the store nor the user stranded: no orphan worker holding the build
lock, no traceback for damaged or foreign files, no device replaced by an output file.

Each case is a clean ``Error:`` (or ``warning: skipped``) line with the documented exit code.
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from graphbuild.cli import main
from graphbuild.read import InputError, source_from_bytes
from graphbuild.store import StoreDir

ROOT = Path(__file__).resolve().parents[1]
ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = ADV / "policy_paragraph.utf8.txt"
CORPUS = ROOT / "graphbuild" / "corpus"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _manifest(store: Path) -> dict:
    gen = StoreDir(store).current()
    assert gen is not None
    return json.loads((gen.path / "manifest.json").read_text(encoding="utf-8"))["documents"]


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    """A store holding one document."""
    path = tmp_path / "store"
    res = _run("build", str(PARAGRAPH), "--store", str(path), "--format", "csv")
    assert res.exit_code == 0, res.output
    return path


# --- kill -9 of a parallel build ---------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux's")
def test_sigkill_of_a_parallel_build_kills_its_workers_and_frees_the_lock(store: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(20):
        for f in sorted(CORPUS.glob("*.txt")):
            (corpus / f"{i:02d}_{f.name}").write_bytes(f.read_bytes() + f"\n副本{i}\n".encode())
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", str(store), "--jobs", "2"],
                            cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(proc.pid)) < 2:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the build never started its two workers"
            time.sleep(0.01)
        time.sleep(0.3)  # the workers are extracting
        assert proc.poll() is None, "the build finished before the kill"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        deadline = time.monotonic() + 10
        while any(map(_running, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [w for w in workers if _running(w)] == [], "workers outlived the killed build"
    finally:
        for w in _children(proc.pid) if proc.poll() is None else ():
            os.kill(w, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

    res = _run("build", str(PARAGRAPH), str(ADV / "no_structure.txt"), "--store", str(store), "--format", "csv")
    assert res.exit_code == 0, res.output
    lock = store / "build.lock"
    assert res.stderr.splitlines()[0] == f"warning: the build lock {lock} was left by process {proc.pid}, which is no longer running; taking it over"
    assert len(_manifest(store)) == 2
    assert lock.read_text() == "", "a finished build leaves no owner in the lock file"


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_lock_held_by_processes_a_dead_build_left_names_them(store: Path) -> None:
    """Workers of an older policykg (or anything else) holding the lock of a dead build are named, with the fix."""
    lock = store / "build.lock"
    owner = _dead_pid()
    lock.write_text(str(owner))
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, os, sys, time\n"
                               f"fd = os.open({str(lock)!r}, os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        res = _run("build", str(PARAGRAPH), "--store", str(store))
        assert (res.exit_code, res.stdout) == (1, "")
        assert res.stderr == (f"Error: the build lock {lock} is held by process(es) {holder.pid}, left running by build {owner}, "
                              f"which is no longer running; stop them (`kill {holder.pid}`) and build again\n")
    finally:
        holder.kill()
        holder.wait()
    assert _run("build", str(PARAGRAPH), "--store", str(store)).exit_code == 0


def test_forked_children_do_not_inherit_the_build_lock(tmp_path: Path) -> None:
    sd = StoreDir(tmp_path / "s")
    with sd.build_lock():
        pid = os.fork()
        if pid == 0:  # the child: it must not hold the lock, so it can take it once the parent lets go
            time.sleep(0.3)
            fd = os.open(tmp_path / "s" / "build.lock", os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os._exit(0)
            except OSError:
                os._exit(1)
    # The parent has let go. A child that had inherited the locked descriptor would still hold the lock
    # through it (an flock belongs to the open file), and its own attempt would fail.
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


# --- damaged or foreign files -------------------------------------------------------------------------


def test_a_gbk_encoded_file_name_builds_under_its_chinese_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    gbk = os.path.join(os.fsencode(folder), "重庆政策.txt".encode("gbk"))
    shutil.copyfile(PARAGRAPH, gbk)
    (folder / "good.txt").write_bytes((ADV / "no_structure.txt").read_bytes())
    with open(os.path.join(os.fsencode(folder), "坏文件.txt".encode("gbk")), "wb") as fh:
        fh.write(b"%PDF-1.4 not text")
    res = _run("build", str(folder), "--store", str(tmp_path / "store"), "--format", "csv")
    assert res.exit_code == 3, res.output
    # The skipped file is named as it reads, not as surrogate escapes.
    assert res.stderr.splitlines()[0] == f"warning: skipped {folder}/坏文件.txt: is a PDF file, not text (extract its text first)"
    assert sorted(n for d in _manifest(tmp_path / "store").values() for n in d["names"]) == ["good.txt", "重庆政策.txt"]
    assert res.stdout.splitlines()[1].startswith("good.txt,") and res.stdout.splitlines()[2].startswith("重庆政策.txt,")
    # The graph records the name as text, also when the next build finds everything cached.
    again = _run("build", str(folder), "--store", str(tmp_path / "store"), "--format", "csv")
    assert (again.exit_code, again.stdout) == (3, res.stdout.replace("extracted", "cached"))
    nt = _run("export", "--store", str(tmp_path / "store"), "--format", "nt", "-o", "-")
    assert nt.exit_code == 0 and '"重庆政策.txt"' in nt.stdout


def test_a_cached_report_with_a_renamed_key_is_extracted_again(store: Path) -> None:
    (meta_file,) = (store / "cache").glob("*.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["name"] = meta.pop("title")  # still valid JSON, the N-Quads' SHA-256 still matches
    meta_file.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    nq = meta_file.with_suffix(".nq")
    res = _run("build", str(PARAGRAPH), "--store", str(store), "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.stderr == f"warning: {PARAGRAPH}: its cached extraction result ({nq}) is incomplete or damaged; extracting it again\n"
    assert res.stdout.splitlines()[1].endswith(",extracted")
    assert "title" in json.loads(meta_file.read_text(encoding="utf-8"))


def test_a_truncated_manifest_is_an_error_that_names_the_fix(store: Path) -> None:
    f = StoreDir(store).require_current().path / "manifest.json"
    text = f.read_text(encoding="utf-8")
    f.write_text(text[: len(text) // 2], encoding="utf-8")
    try:
        json.loads(text[: len(text) // 2])
    except ValueError as exc:
        why = str(exc)
    expected = f"Error: the store's manifest {f} is unreadable or damaged ({why}); rebuild the store with `policykg build --replace`\n"
    for args in (["build", str(PARAGRAPH)], ["remove", PARAGRAPH.name], ["stats"]):
        res = _run(*args, "--store", str(store))
        assert (res.exit_code, res.stdout, res.stderr) == (1, "", expected), args
    res = _run("build", str(PARAGRAPH), "--store", str(store), "--replace", "--format", "csv")
    assert res.exit_code == 0, res.output
    assert len(_manifest(store)) == 1


def test_build_on_a_read_only_store_is_an_error(tmp_path: Path) -> None:
    # Root writes anywhere, so the build runs as nobody, who must be able to reach the store: not
    # under pytest's private tmp folder.
    top = Path(tempfile.mkdtemp(prefix="policykg-ro-"))
    top.chmod(0o755)
    store = top / "store"
    try:
        _read_only_build(store)
    finally:
        shutil.rmtree(top)


def _read_only_build(store: Path) -> None:
    assert _run("build", str(PARAGRAPH), "--store", str(store)).exit_code == 0
    for p in [store, *store.rglob("*")]:
        if not p.is_symlink():
            p.chmod(p.stat().st_mode & ~0o222)
    # The input beside the store, where nobody can read it too.
    doc = store.parent / "no_structure.txt"
    shutil.copy(ADV / "no_structure.txt", doc)
    doc.chmod(0o644)
    cmd = [sys.executable, "-m", "graphbuild.cli", "build", str(doc), "--store", str(store)]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
        # nobody must be able to run this checkout's interpreter and import the package: a clone
        # in a private (mode 700) folder, as mktemp makes, cannot be tested this way.
        probe = subprocess.run([*cmd[:4], sys.executable, "-c", "import graphbuild.cli"], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60)
        if probe.returncode != 0:
            for p in [store, *store.rglob("*")]:
                if not p.is_symlink():
                    p.chmod(p.stat().st_mode | 0o200)
            pytest.skip(f"an unprivileged user cannot run this checkout ({ROOT} is not readable by nobody), and root writes anywhere")
    try:
        res = subprocess.run(cmd, cwd=ROOT, env={**ENV, "HOME": str(store.parent)}, capture_output=True, text=True, timeout=120)
    finally:
        for p in [store, *store.rglob("*")]:
            if not p.is_symlink():
                p.chmod(p.stat().st_mode | 0o200)
    assert (res.returncode, res.stdout) == (1, "")
    assert res.stderr == (f"Error: cannot write to the store {store}/ (Permission denied: {store / 'build.lock'}); "
                          "check its permissions and free space, or choose another --store\n")
    assert len(_manifest(store)) == 1


def _break_db(store: Path) -> None:
    """What a store written by another pyoxigraph (RocksDB) version looks like to this one: it cannot be opened."""
    db = StoreDir(store).require_current().db
    (manifest,) = db.glob("MANIFEST-*")
    manifest.unlink()  # a new file: the previous generation's hard link stays intact
    manifest.write_bytes(b"\x00written by another version")


def test_a_store_this_pyoxigraph_cannot_open_says_replace_recovers(store: Path) -> None:
    _break_db(store)
    db = StoreDir(store).require_current().db
    for args in (["export", "--format", "nt", "-o", str(store.parent / "x.nt")], ["build", str(ADV / "no_structure.txt")]):
        res = _run(*args, "--store", str(store))
        assert (res.exit_code, res.stdout) == (1, ""), args
        assert res.stderr.startswith(f"Error: cannot open the store in {db} (")
        assert res.stderr.endswith("): it was written by another pyoxigraph version or is damaged; "
                                   "`policykg build --replace` rebuilds it from the input files\n")
        assert "Traceback" not in res.output
    res = _run("build", str(PARAGRAPH), "--store", str(store), "--replace", "--format", "csv")
    assert res.exit_code == 0, res.output
    assert _run("export", "--format", "nt", "-o", str(store.parent / "x.nt"), "--store", str(store)).exit_code == 0


def test_a_utf16_file_with_nul_characters_is_refused(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "重庆市\x00\x00人民政府".encode("utf-16-le")
    with pytest.raises(InputError) as err:
        source_from_bytes(data, "nul.txt")
    assert err.value.reason == "contains NUL characters (U+0000) once decoded as utf-16: a binary file, not text"
    # Plain UTF-16 (NUL bytes, no NUL character) is text.
    assert source_from_bytes(codecs.BOM_UTF16_LE + "重庆市人民政府".encode("utf-16-le"), "ok.txt").text == "重庆市人民政府"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nul.txt").write_bytes(data)
    (folder / "good.txt").write_bytes(PARAGRAPH.read_bytes())
    res = _run("build", str(folder), "--store", str(tmp_path / "store"), "--format", "csv")
    assert res.exit_code == 3
    assert res.stderr == f"warning: skipped {folder / 'nul.txt'}: contains NUL characters (U+0000) once decoded as utf-16: a binary file, not text\n"


def test_an_internal_length_limit_is_reported_as_a_limit_not_a_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.build as gb

    real = gb.extract_document

    def limited(src, names):  # type: ignore[no-untyped-def]
        if src.name == "long.txt":  # spaCy's own words when a text is over nlp.max_length
            raise ValueError("[E088] Text of length 1000001 exceeds maximum of 1000000. The parser and NER models require roughly 1GB of "
                             "temporary memory per 100,000 characters in the input.")
        return real(src, names)

    monkeypatch.setattr(gb, "extract_document", limited)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(PARAGRAPH.read_bytes())
    (folder / "long.txt").write_bytes(PARAGRAPH.read_bytes() + "长".encode())
    res = _run("build", str(folder), "--store", str(tmp_path / "store"), "--format", "csv")
    assert res.exit_code == 3
    assert res.stderr == (f"warning: skipped {folder / 'long.txt'}: is too long for the extractor (1,000,001 characters, "
                          "over the 1,000,000 the pipeline accepts); split it into smaller files\n")


def test_a_worker_killed_by_the_system_is_reported_as_such_not_as_a_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.build as gb

    real = gb.extract_document

    def oom(src, names):  # type: ignore[no-untyped-def]
        if src.name == "huge.txt":  # what the kernel's OOM killer does to a worker
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, names)

    monkeypatch.setattr(gb, "extract_document", oom)  # the forked workers inherit it
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_bytes(PARAGRAPH.read_bytes() + f"副本{i}".encode())
    (folder / "huge.txt").write_bytes(PARAGRAPH.read_bytes() + "大".encode())
    res = _run("build", str(folder), "--store", str(tmp_path / "store"), "--jobs", "2", "--format", "csv")
    assert res.exit_code in (2, 3), res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("warning: skipped")]
    assert f"warning: skipped {folder / 'huge.txt'}: a worker process was killed while extracting it (out of memory?); build it again, with fewer --jobs" in lines
    assert "bug" not in res.stderr


# --- output paths that are not regular files -------------------------------------------------------------


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """/dev/NAME, or as root a private node of the same device: a regression must never replace the real one."""
    if os.geteuid() != 0:
        return Path("/dev") / name  # /dev is not ours to write: a regression fails without harm
    node = tmp_path / name
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return node


@pytest.fixture()
def dev_full(tmp_path: Path) -> Path:
    """A device on which every write fails with ENOSPC."""
    return _device(tmp_path, "full", 7)


@pytest.fixture()
def dev_null(tmp_path: Path) -> Path:
    """A device that swallows every write."""
    return _device(tmp_path, "null", 3)


@pytest.mark.parametrize("fmt", ["turtle", "xml", "nquads", "graphml"])
def test_export_to_dev_full_reports_no_space_and_keeps_the_device(corpus_store: Path, fmt: str, dev_full: Path) -> None:
    res = _run("export", "--store", str(corpus_store), "--format", fmt, "-o", str(dev_full))
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == f"Error: cannot write {dev_full}: no space left on the device; free some space or choose another -o path\n"
    assert stat.S_ISCHR(os.stat(dev_full).st_mode)


def test_viz_to_dev_full_reports_no_space_and_keeps_the_device(corpus_store: Path, dev_full: Path) -> None:
    res = _run("viz", "--store", str(corpus_store), "--view", "coresponsibility", "-o", str(dev_full))
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == f"Error: cannot write {dev_full}: no space left on the device; free some space or choose another -o path\n"
    assert stat.S_ISCHR(os.stat(dev_full).st_mode)


def test_a_full_disk_during_export_leaves_no_file(corpus_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.export as ge

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(f"No space left on device (os error {errno.ENOSPC})")  # as pyoxigraph raises it: no errno

    monkeypatch.setattr(ge.ox, "serialize", full)
    out = tmp_path / "out" / "g.ttl"
    out.parent.mkdir()
    res = _run("export", "--store", str(corpus_store), "-o", str(out))
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == f"Error: cannot write {out}: no space left on the device; free some space or choose another -o path\n"
    assert list(out.parent.iterdir()) == []


def test_export_to_dev_null_and_a_fifo_writes_in_place(corpus_store: Path, tmp_path: Path, dev_null: Path) -> None:
    res = _run("export", "--store", str(corpus_store), "--format", "nt", "-o", str(dev_null))
    assert res.exit_code == 0, res.output
    assert stat.S_ISCHR(os.stat(dev_null).st_mode)
    ref = tmp_path / "ref.nt"
    assert _run("export", "--store", str(corpus_store), "--format", "nt", "-o", str(ref)).exit_code == 0
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    res = _run("export", "--store", str(corpus_store), "--format", "nt", "-o", str(fifo))
    reader.join(30)
    assert res.exit_code == 0, res.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got == [ref.read_bytes()]


def test_export_and_viz_to_stdout(corpus_store: Path, tmp_path: Path) -> None:
    ref = tmp_path / "ref.ttl"
    assert _run("export", "--store", str(corpus_store), "-o", str(ref)).exit_code == 0
    res = _run("export", "--store", str(corpus_store), "-o", "-")
    assert res.exit_code == 0
    assert res.stdout_bytes == ref.read_bytes()
    assert res.stderr.startswith("wrote - (turtle, ")
    assert not (ROOT / "-").exists()
    page = _run("viz", "--store", str(corpus_store), "--view", "coresponsibility", "-o", "-")
    assert page.exit_code == 0, page.output
    assert page.stdout.startswith("<!DOCTYPE html>") and page.stdout.rstrip().endswith("</html>")
    assert page.stderr.startswith("wrote - (coresponsibility view: ")


def test_export_through_a_symlink_keeps_the_link(corpus_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.nt"
    target.write_text("old\n")
    link = tmp_path / "link.nt"
    link.symlink_to(target)
    assert _run("export", "--store", str(corpus_store), "--format", "nt", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and target.read_text() != "old\n" and target.read_text().startswith("<")


# --- RDF/XML: well-formed XML 1.0 or a refusal ------------------------------------------------------------


def _rapper_count(path: Path) -> int:
    """Triples Raptor's rapper reads from an RDF/XML file (it fails on XML that is not well-formed)."""
    res = subprocess.run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", str(path)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return len([ln for ln in res.stdout.splitlines() if ln.strip()])


def test_rdf_xml_keeps_cr_tab_and_newline_in_literals(tmp_path: Path) -> None:
    import pyoxigraph as ox
    import rdflib

    from graphbuild.export import rdf_xml

    text = "第一行\r\n第二行\t(市经济信息委)\r末"
    t = ox.Triple(ox.NamedNode("https://w3id.org/policykg/id/evidence/1"), ox.NamedNode("http://www.w3.org/ns/oa#exact"), ox.Literal(text))
    f = tmp_path / "cr.rdf"
    f.write_bytes(rdf_xml([t]))
    g = rdflib.Graph().parse(f, format="xml")
    assert [str(o) for o in g.objects()] == [text]  # a raw CR would have come back as LF
    if shutil.which("rapper"):
        assert _rapper_count(f) == 1


@pytest.mark.parametrize("ch", ["\ufffe", "\uffff", "\x01", "\x1f", "\x0b"])
def test_rdf_xml_refuses_characters_xml_cannot_carry(ch: str) -> None:
    import pyoxigraph as ox

    from graphbuild.export import ExportError, rdf_xml

    t = ox.Triple(ox.NamedNode("https://w3id.org/policykg/id/evidence/1"), ox.NamedNode("http://www.w3.org/ns/oa#exact"), ox.Literal(f"传感器{ch}产业"))
    with pytest.raises(ExportError) as err:
        rdf_xml([t])
    assert str(err.value) == (f"RDF/XML cannot carry this graph: 1 triple(s) hold characters that XML 1.0 forbids even escaped "
                              f"(U+{ord(ch):04X} in <https://w3id.org/policykg/id/evidence/1> <http://www.w3.org/ns/oa#exact>); "
                              "export it as turtle, nt, nquads, trig or jsonld, which can")


def test_export_xml_of_a_document_with_u_fffe_is_refused_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = PARAGRAPH.read_text(encoding="utf-8").replace("鼓励传感器产业企业入驻聚集发展", "鼓励传感器\ufffe产业企业入驻聚集发展")
    assert "\ufffe" in text
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert _run("build", str(folder), "--store", str(store)).exit_code == 0
    out = tmp_path / "g.rdf"
    res = _run("export", "--store", str(store), "--format", "xml", "-o", str(out))
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr.startswith("Error: RDF/XML cannot carry this graph: ") and "(U+FFFE in <" in res.stderr
    assert res.stderr.endswith("export it as turtle, nt, nquads, trig or jsonld, which can\n")
    assert not out.exists()
    assert _run("export", "--store", str(store), "--format", "nt", "-o", str(tmp_path / "g.nt")).exit_code == 0
    assert "\\uFFFE" in (tmp_path / "g.nt").read_text(encoding="utf-8") or "\ufffe" in (tmp_path / "g.nt").read_text(encoding="utf-8")


def test_rdf_xml_export_of_the_corpus_parses_in_rdflib_and_raptor(corpus_store: Path, tmp_path: Path) -> None:
    import rdflib

    out = tmp_path / "g.rdf"
    res = _run("export", "--store", str(corpus_store), "--format", "xml", "--with-ontology", "-o", str(out))
    assert res.exit_code == 0, res.output
    n = len(rdflib.Graph().parse(out, format="xml"))
    assert n > 1000
    if shutil.which("rapper"):
        assert _rapper_count(out) == n
