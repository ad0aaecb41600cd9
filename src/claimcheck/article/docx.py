"""Word (.docx) → text with one paragraph per Word paragraph, headings as "#", markers as "[n]".

Read with python-docx, in document order: paragraphs (the Title style becomes "# ", Heading n
"#"×(n+1); auto-numbered list items get their "1. " or "- "), tables (one paragraph per row,
cells joined by " | "), captions as ordinary paragraphs. Tracked changes read as accepted
(insertions kept, deletions dropped); comments and field codes are ignored; a text box's paragraphs follow the paragraph that
anchors it (once, though Word stores a box twice, as drawing and as VML fallback). A superscript run
that holds citation numbers becomes "[n]" (as `<sup>` does in HTML). Footnote and endnote
references become "[n]", numbered in order of appearance, and when the document has no
reference-list heading of its own their texts (from word/footnotes.xml and word/endnotes.xml,
parsed with defusedxml) become the reference list.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import defusedxml.ElementTree as SafeET
import docx
from docx.opc.exceptions import PackageNotFoundError

from claimcheck.article.html_text import superscript_text
from claimcheck.article.layout import REFERENCE_HEADING, has_cjk
from claimcheck.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"  # Fallback repeats Choice
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HINT = "open it in Word and save it as an unprotected .docx, or save the text as .txt"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_NOTES = (("footnoteReference", "word/footnotes.xml", "footnote"),
          ("endnoteReference", "word/endnotes.xml", "endnote"))


@dataclass
class _Notes:
    """Footnote/endnote references in order of appearance: (kind, id) → printed number."""

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)

    def number(self, kind: str, note_id: str) -> int:
        return self.numbers.setdefault((kind, note_id), len(self.numbers) + 1)


def docx_text(data: bytes, where: str) -> str:
    """The text of a .docx (see the module docstring); `InputError` when it cannot be read."""
    archive = _open_zip(data, where)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"not a readable Word document ({exc})", path=where, hint=_HINT) from None
    except Exception as exc:  # lxml XMLSyntaxError and friends from a damaged package
        raise InputError(f"the Word document is damaged ({type(exc).__name__})", path=where,
                         hint=_HINT) from None
    notes = _Notes()
    numbering = _Numbering(document)
    paragraphs = [text for text in _blocks(document.element.body, notes, numbering) if text]
    has_heading = any(REFERENCE_HEADING.match(p) for p in paragraphs)
    if notes.numbers and not has_heading:
        entries = _note_entries(archive, notes, where)
        if entries:
            heading = "参考文献" if any(has_cjk(p) for p in paragraphs) else "References"
            paragraphs += [heading, *entries]
    return "\n\n".join(paragraphs) + "\n"


def is_word_package(data: bytes) -> bool:
    """A zip holding word/document.xml: a .docx whatever its file name says."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def _open_zip(data: bytes, where: str) -> zipfile.ZipFile:
    if not data.strip():
        raise InputError("the file is empty", path=where, hint="nothing to check")
    if data.startswith(_OLE):
        if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptedPackage" in data \
                or "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError("this Word document is password-protected", path=where, hint=_HINT)
        raise InputError("this is an old Word .doc file, not a .docx", path=where,
                         hint="open it in Word and save it as .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a Word .docx (the file is not a zip archive)", path=where,
                         hint="check the file, or save the draft again as .docx") from None
    if "word/document.xml" not in archive.namelist():
        raise InputError("not a Word .docx (no word/document.xml inside)", path=where,
                         hint=_HINT)
    return archive


def _blocks(body: Any, notes: _Notes, numbering: _Numbering) -> Iterator[str]:
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            yield _paragraph(child, notes, numbering)
            for box in child.iter(f"{W}txbxContent"):  # a text box's paragraphs (a caption)
                if not _inside(box, child, (f"{_MC}Fallback",)):
                    yield from _blocks(box, notes, numbering)
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [" ".join(t for p in cell.iter(f"{W}p")
                                  if (t := _paragraph(p, notes, None)))
                         for cell in row.iter(f"{W}tc")]
                line = " | ".join(c for c in cells if c)
                if line:
                    yield line
        elif child.tag == f"{W}sdt":  # a content control: its paragraphs in order
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content, notes, numbering)


def _paragraph(p: Any, notes: _Notes, numbering: _Numbering | None) -> str:
    text = _runs_text(p, notes).strip()
    # a line break is a space, except before a numbered entry: a reference list typed as one
    # paragraph with a line break per reference ("…629-637.⏎2. Auer R, …") keeps its lines
    text = re.sub(r"[ \t\u00a0]*\n[ \t\u00a0]*(?!(?:\d{1,3}[.)]|[\[［【]\d{1,3}[\]］】])\s*\S)",
                  " ", text)
    text = re.sub(r"[ \t\u00a0]*\n[ \t\u00a0]*", "\n", text)
    if not text:
        return ""
    style = _style_name(p, numbering.styles if numbering else {})
    if style in ("title", "标题"):
        return f"# {text}"
    heading = _HEADING_STYLE.match(style)
    if heading:
        return "#" * min(6, int(heading.group(1)) + 1) + " " + text  # Title is "#"
    if numbering is not None:
        prefix = numbering.prefix(p)
        if prefix:
            return prefix + text
    return text


def _runs_text(p: Any, notes: _Notes) -> str:
    """The accepted text of a paragraph: runs outside w:del, superscripts read as markers."""
    parts: list[str] = []
    sup: list[str] = []

    def flush() -> None:
        if sup:
            parts.append(superscript_text("".join(sup), "".join(parts[-3:])))
            sup.clear()

    for run in p.iter(f"{W}r"):
        if _inside(run, p, (f"{W}del", f"{W}moveFrom", f"{W}txbxContent")):
            continue
        superscript = _vert_align(run) == "superscript"
        for item in run:
            tag = item.tag
            if tag == f"{W}t" and superscript:
                sup.append(item.text or "")
            elif tag == f"{W}t":
                flush()
                parts.append(item.text or "")
            elif tag == f"{W}tab":
                flush()
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                flush()
                parts.append("\n")
            else:
                for name, _path, kind in _NOTES:
                    if tag == f"{W}{name}":
                        flush()
                        parts.append(f"[{notes.number(kind, item.get(f'{W}id') or '')}]")
    flush()
    return "".join(parts)


def _inside(element: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _vert_align(run: Any) -> str | None:
    props = run.find(f"{W}rPr")
    align = props.find(f"{W}vertAlign") if props is not None else None
    return align.get(f"{W}val") if align is not None else None


def _style_name(p: Any, styles: dict[str, str]) -> str:
    props = p.find(f"{W}pPr")
    style = props.find(f"{W}pStyle") if props is not None else None
    value = style.get(f"{W}val") if style is not None else None
    if not value:
        return ""
    name = styles.get(value, value)
    return re.sub(r"(?<=\D)(?=\d)", " ", name).strip().lower()


class _Numbering:
    """Style names by id, and auto-numbered list items: "1. " for decimal lists (counted per
    list), "- " for bullets."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, str] = {
            style.style_id: style.name for style in document.styles
            if getattr(style, "style_id", None) and getattr(style, "name", None)}
        self.formats: dict[tuple[str, str], tuple[str, int]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            definition = abstract.get(ref.get(f"{W}val")) if ref is not None else None
            if definition is None:
                continue
            for level in definition.iter(f"{W}lvl"):
                fmt = level.find(f"{W}numFmt")
                start = level.find(f"{W}start")
                self.formats[(num.get(f"{W}numId") or "", level.get(f"{W}ilvl") or "0")] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal",
                    int(start.get(f"{W}val") or 1) if start is not None else 1)

    def prefix(self, p: Any) -> str:
        props = p.find(f"{W}pPr")
        num = props.find(f"{W}numPr") if props is not None else None
        if num is None:
            return ""
        num_id = num.find(f"{W}numId")
        level = num.find(f"{W}ilvl")
        key = (num_id.get(f"{W}val") if num_id is not None else "",
               level.get(f"{W}val") if level is not None else "0")
        fmt, start = self.formats.get(key, ("bullet", 1))
        if fmt != "decimal":
            return "- "
        self.counters[key] = self.counters.get(key, start - 1) + 1
        return f"{self.counters[key]}. "


def _note_entries(archive: zipfile.ZipFile, notes: _Notes, where: str) -> list[str]:
    texts: dict[tuple[str, str], str] = {}
    for _name, path, kind in _NOTES:
        if path not in archive.namelist():
            continue
        try:
            root = SafeET.fromstring(archive.read(path))
        except Exception as exc:  # defusedxml refusals and syntax errors alike
            raise InputError(f"cannot read the document's {kind}s ({type(exc).__name__})",
                             path=where, hint=_HINT) from None
        for note in root.iter(f"{W}{kind}"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator",
                                         "continuationNotice"):
                continue
            text = "".join(t.text or "" for t in note.iter(f"{W}t"))
            texts[(kind, note.get(f"{W}id") or "")] = " ".join(text.split())
    ordered = sorted(notes.numbers.items(), key=lambda item: item[1])
    return [f"[{number}] {texts[key]}" for key, number in ordered if texts.get(key)]
