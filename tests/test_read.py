"""The reader: encoding detection, refusal of what is not text, and messages that name the file."""

from __future__ import annotations

import codecs
import os
import threading
from pathlib import Path

import pytest

from graphbuild.read import InputError, iter_paths, read_source, source_from_bytes

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("plain.txt", PARAGRAPH.encode("utf-8"), "utf-8"),
        ("bom.txt", codecs.BOM_UTF8 + PARAGRAPH.encode("utf-8"), "utf-8"),
        ("crlf.txt", PARAGRAPH.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        ("utf16.txt", PARAGRAPH.encode("utf-16"), "utf-16"),
    ],
)
def test_unicode_variants_decode_to_the_paragraph(tmp_path: Path, name: str, data: bytes, encoding: str) -> None:
    src = read_source(_write(tmp_path, name, data))
    assert src.encoding == encoding
    assert src.text.replace("\r\n", "\n") == PARAGRAPH
    assert not src.text.startswith("\ufeff"), "the BOM must not become part of the text (offsets would shift)"


def test_gbk_sample_is_detected_as_gb18030() -> None:
    src = read_source(ADV / "policy_paragraph.gbk.txt")
    assert (src.encoding, src.text) == ("gb18030", PARAGRAPH)


def test_big5_sample_is_detected_as_big5() -> None:
    import opencc

    src = read_source(ADV / "policy_paragraph.big5.txt")
    assert src.encoding == "big5"
    assert src.text == opencc.OpenCC("s2tw").convert(PARAGRAPH)


def test_gb18030_only_characters_decode() -> None:
    # 𠀀 (U+20000) exists in GB18030 but not in GBK: a four-byte sequence.
    text = PARAGRAPH + "𠀀\n"
    src = source_from_bytes(text.encode("gb18030"), "gb.txt")
    assert (src.encoding, src.text) == ("gb18030", text)


# --- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x80\xff\xfd\x81" * 20, "cannot be decoded as UTF-8, GB18030 or Big5; convert it to UTF-8 and retry"),
        ("Café crème brûlée".encode("latin-1"), "cannot be decoded as UTF-8, GB18030 or Big5; convert it to UTF-8 and retry"),
        (PARAGRAPH.replace("80亿元", "\ufffd亿元").encode("utf-8"), "contains U+FFFD replacement characters: it was damaged by an earlier decoding; fetch a clean copy"),
        (b"", "is empty or holds only white space"),
        (b" \n\t\r\n", "is empty or holds only white space"),
        ("\u3000\u3000\n".encode("utf-8"), "is empty or holds only white space"),
        (codecs.BOM_UTF8, "is empty or holds only white space"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "is a PDF file, not text (extract its text first)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(64), "is a PNG file, not text (extract its text first)"),
        (PARAGRAPH.encode("utf-8")[:60] + b"\x00\x00\x00" + PARAGRAPH.encode("utf-8")[60:120], "contains NUL bytes: a binary file, not text"),
    ],
    ids=["undecodable", "latin1", "fffd", "empty", "whitespace", "ideographic-space", "bom-only", "pdf", "png", "nul"],
)
def test_bad_content_is_refused_naming_the_file(tmp_path: Path, data: bytes, reason: str) -> None:
    p = _write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as info:
        read_source(p)
    assert str(info.value) == f"{p}: {reason}"
    assert (info.value.path, info.value.reason) == (str(p), reason)


def test_replacement_character_sample_is_refused() -> None:
    with pytest.raises(InputError, match="U\\+FFFD"):
        read_source(ADV / "replacement_char.txt")


def test_file_over_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    p = _write(tmp_path, "big.txt", PARAGRAPH.encode("utf-8"))
    size = p.stat().st_size
    with pytest.raises(InputError) as info:
        read_source(p, max_bytes=size - 1)
    assert info.value.reason == f"is {size:,} bytes, over the limit of {size - 1:,} (raise --max-bytes to include it)"
    assert read_source(p, max_bytes=size).text == PARAGRAPH


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_refusal(fifo)), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        # Unblock the reader so the test process can end, then fail.
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert outcome == [f"{fifo}: is not a regular file"]


def _refusal(path: Path) -> str:
    try:
        read_source(path)
    except InputError as exc:
        return str(exc)
    return "accepted"


def test_missing_path_is_named() -> None:
    with pytest.raises(InputError, match="^nowhere/x.txt: no such file or folder$"):
        list(iter_paths(["nowhere/x.txt"]))


def test_folders_yield_the_files_of_known_formats_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.TXT", "c.pdf", "e.png", "f.HTML", "g.json", "sub/d.txt", "sub/h.docx", "i.doc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    # .doc is listed so that it is refused with the fix, not passed over in silence.
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])] == ["a.TXT", "b.txt", "c.pdf", "f.HTML", "i.doc", "sub/d.txt", "sub/h.docx"]


def test_a_path_behind_a_folder_this_user_may_not_enter_is_named(tmp_path: Path, monkeypatch) -> None:
    import graphbuild.read.reader as reader

    target = tmp_path / "private" / "doc.txt"
    real_stat = reader.os.stat

    def stat(p, *a, **k):  # type: ignore[no-untyped-def]
        if Path(p) == target:
            raise PermissionError(13, "Permission denied", str(p))
        return real_stat(p, *a, **k)

    monkeypatch.setattr(reader.os, "stat", stat)
    with pytest.raises(InputError) as err:
        list(iter_paths([target]))
    assert str(err.value) == f"{target}: cannot be reached (Permission denied); check the permissions of its folders"
