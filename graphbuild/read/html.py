"""Web pages (.html, .htm, .shtml): the main text and the page's own metadata.

The charset comes from the byte-order mark, then the page's ``<meta charset>`` or
``http-equiv`` declaration, then detection (UTF-8, GB18030, Big5), as for text files. Block
elements and ``<br>`` become line breaks and a table row one line (html-text, chosen by
``bench/html_readers.py``: it keeps 99.8% of the text of gov.cn pages and breaks lines inside a
sentence least often). The gov.cn metadata table (索引号, 主题分类, 发文机关, 成文日期, 标题,
发文字号, 发布日期, 主题词) and the same fields in other portals' headers or ``<meta>`` tags
become the document's metadata and are taken out of the text, so that a field label is never
read as a title or a sentence.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .base import Converted, FormatError

# Field label (white space removed) → metadata key.
FIELDS = {
    "索引号": "index_number",
    "主题分类": "subject",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文单位": "issuer",
    "成文日期": "created",
    "生成日期": "created",
    "标题": "title",
    "名称": "title",
    "发文字号": "document_number",
    "文号": "document_number",
    "发布日期": "issued",
    "发布时间": "issued",
    "主题词": "keywords",
}
# <meta name=… content=…> of government portals.
META_FIELDS = {"articletitle": "title", "pubdate": "issued", "contentsource": "source_name", "url": "url", "og:url": "url", "keywords": "keywords"}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}
_SPACE_RE = re.compile(r"[ \t\u3000\xa0]+")
# html-text puts a space between inline elements (<b>坚持全面覆盖。</b>将…); between two Chinese
# characters or marks a space is never the writer's.
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201f"
_CJK_SPACE_RE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    from .base import InputError
    from .charset import decode

    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _CHARSET_RE.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            name = _ALIASES.get(declared, declared)
            try:
                codecs.lookup(name)
                return data.decode(name), name
            except LookupError:
                pass  # an unknown charset name: detect instead
            except UnicodeDecodeError:
                pass  # the declaration lies (a GBK page saved as UTF-8): detect instead
    try:
        return decode(data, path)
    except InputError as exc:
        raise FormatError(exc.reason) from exc


def _clean(s: str) -> str:
    return _SPACE_RE.sub(" ", s).strip()


def _label(text: str) -> str | None:
    key = re.sub(r"\s+", "", text).rstrip("：:")
    return FIELDS.get(key)


def convert_html(data: bytes, path: Path) -> Converted:
    """A page's text (blocks as lines, table rows as lines) and its metadata."""
    import html_text
    import lxml.html
    from lxml import etree

    text, encoding = _decode(data, path)
    try:
        # lxml refuses str input that declares an encoding: parse the decoded text as given.
        tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"is not readable HTML ({exc})") from exc
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name in META_FIELDS and el.get("content"):
            meta.setdefault(META_FIELDS[name], _clean(el.get("content", "")))
    # The page's own address: <link rel="canonical">, else og:url or the portal's <meta name="url"> (above).
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            meta["url"] = _clean(el.get("href", ""))
            break
    # A metadata table: every non-empty cell is a field label or the value after one.
    for table in list(tree.iter("table")):
        if any(t is not table for t in table.iter("table")):
            continue  # a layout table holding others: look at the inner ones
        cells = list(table.iter("td", "th"))
        covered: set[int] = set()
        for i, cell in enumerate(cells):
            key = _label(cell.text_content())
            if key is None:
                continue
            covered.add(i)
            if i + 1 < len(cells) and _label(cells[i + 1].text_content()) is None:
                covered.add(i + 1)
                value = _clean(cells[i + 1].text_content())
                if value:
                    meta.setdefault(key, value)
        nonempty = {i for i, c in enumerate(cells) if c.text_content().strip()}
        if covered and nonempty <= covered:
            table.drop_tree()
    for el in [e for e in tree.iter("script", "style", "noscript", "template")]:
        el.drop_tree()
    body = html_text.extract_text(tree, guess_layout=True)
    lines = [_CJK_SPACE_RE.sub("", _clean(line)) for line in body.splitlines()]
    out = "\n".join(line for line in lines if line)
    if not out.strip():
        raise FormatError("has no text in its body (a page of scripts or images only?)")
    return Converted(out + "\n", encoding, tuple(sorted(meta.items())))
