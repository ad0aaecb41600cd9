"""Text → paragraphs, each with a kind: title, heading, boilerplate, note, body or references."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from claimcheck.article.furniture import is_furniture

ParagraphKind = Literal["title", "heading", "boilerplate", "note", "body", "references"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# A reference-list entry's number: [1] / ［1］ / 【1】 (optionally "[1]:"), 1. / 1) / 1、, (1) / （1）,
# or a Markdown footnote definition "[^1]:" / "[^smith]:".
ENTRY_START = re.compile(
    r"^\s*(?:[\[［【]\s*(?P<a>\d{1,3})\s*[\]］】]:?|(?P<b>\d{1,3})\s*[.)、．](?!\d)"
    r"|[(（]\s*(?P<c>\d{1,3})\s*[)）]|\[\^(?P<d>[\w-]{1,40})\]:)\s*"
)
_MARKER_START = re.compile(r"[\[［【](?:\d|\^[\w-])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}[.)、]\s)")
REFERENCE_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:参考文献|参考资料|引用文献|主要参考文献|references?|reference list|"
    r"bibliography|literature(?: cited)?|works cited)(?:\*\*)?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = "。！？!?；;.:：…"
_ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[.、．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:\.\d{1,2})*\s*[.、．\s])")


@dataclass
class Paragraph:
    """A block of text; `start`/`end` are offsets into the article text."""

    index: int
    start: int
    end: int
    line: int
    text: str
    kind: ParagraphKind = "body"


def entry_label(start: re.Match[str]) -> str:
    """The label of an ENTRY_START match: "1" for "[01]", "smith" for "[^smith]:"."""
    label = next(g for g in start.group("a", "b", "c", "d") if g)
    return str(int(label)) if label.isdigit() else label


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blank lines, headings and list items end a paragraph; so does a line break in Chinese."""
    blocks: list[list[tuple[int, int, int]]] = []  # lines as (start, end, line number)
    offset = 0
    previous: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            previous = None
            continue
        if previous is None or _starts_new(previous, line):
            blocks.append([])
        blocks[-1].append((start, end, number))
        previous = line
    paragraphs = []
    for index, lines in enumerate(blocks):
        start = lines[0][0] + _leading_space(text[lines[0][0]:lines[0][1]])
        end = lines[-1][1] - _trailing_space(text[lines[-1][0]:lines[-1][1]])
        paragraphs.append(Paragraph(index, start, end, lines[0][2], text[start:end]))
    return paragraphs


def classify(paragraphs: list[Paragraph], fmt: str) -> int | None:
    """Set each paragraph's kind; return the index of the first reference-section paragraph."""
    ref_start = find_reference_section(paragraphs)
    seen_body = False
    title_found = False
    for para in paragraphs:
        if ref_start is not None and para.index >= ref_start:
            para.kind = "references"
        elif is_boilerplate(para.text):
            para.kind = "boilerplate"
        elif not title_found and not seen_body and _is_title(para, fmt):
            para.kind = "title"
            title_found = True
        elif is_heading(para.text, fmt):
            para.kind = "heading"
        elif fmt == "md" and re.fullmatch(r"\s*([*_])(?!\1).+\1\s*", para.text, re.S):
            para.kind = "note"
        else:
            para.kind = "body"
            seen_body = True
    return ref_start


def find_reference_section(paragraphs: list[Paragraph]) -> int | None:
    """Index of the first paragraph of the reference list (after its heading), if any."""
    for para in reversed(paragraphs):
        first_line = para.text.split("\n", 1)[0]
        if REFERENCE_HEADING.match(first_line):
            return para.index
    tail: list[Paragraph] = []
    for para in reversed(paragraphs):
        if ENTRY_START.match(para.text) or re.fullmatch(r"\s*https?://\S+\s*", para.text):
            tail.append(para)
        else:
            break
    entries = [p for p in tail if ENTRY_START.match(p.text)]
    if entries and all(_looks_like_reference(p.text) for p in entries):
        return min(p.index for p in tail)
    return None


def is_boilerplate(text: str) -> bool:
    """Page furniture: a breadcrumb trail or a date/source line (`furniture.is_furniture`)."""
    return is_furniture(text)


def is_heading(text: str, fmt: str) -> bool:
    """A Markdown heading, or a short single line with no sentence punctuation or marker."""
    if _MD_HEADING.match(text):
        return True
    stripped = text.strip().strip("*_ ")
    if "\n" in stripped or not stripped or _MARKER_START.search(stripped) \
            or re.search(r"[¹²³⁴⁵⁶⁷⁸⁹]", stripped):
        return False
    if stripped[-1] in _SENTENCE_END or stripped[-1] in "”\"'":
        return False
    limit = 60 if _ENUMERATED.match(stripped) or has_cjk(stripped) else 80
    return len(stripped) <= limit


def _is_title(para: Paragraph, fmt: str) -> bool:
    if fmt in ("md", "html", "docx"):
        return re.match(r"^\s{0,3}#\s", para.text) is not None
    text = para.text.strip()
    return "\n" not in text and len(text) <= 100 and text[-1] not in "。.；;:："


def _starts_new(previous: str, line: str) -> bool:
    return bool(
        _MD_HEADING.match(line) or _MD_HEADING.match(previous)
        or _LIST_ITEM.match(line) or ENTRY_START.match(line)
        or has_cjk(line) or has_cjk(previous)
        or re.fullmatch(r"\s*https?://\S+\s*", line)
    )


def _looks_like_reference(text: str) -> bool:
    return len(text) >= 30 and re.search(r"\b(?:19|20)\d{2}\b", text) is not None


def _leading_space(line: str) -> int:
    return len(line) - len(line.lstrip())


def _trailing_space(line: str) -> int:
    return len(line) - len(line.rstrip())
