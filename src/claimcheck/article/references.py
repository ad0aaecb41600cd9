"""The reference list: entries numbered [1] / 1. / 1), with URL lines joined to the entry above."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.article.layout import ENTRY_START, REFERENCE_HEADING, Paragraph, entry_label
from claimcheck.article.refparse import parse_reference
from claimcheck.models import Reference

# A paragraph of its own that still belongs to the entry above: a link or an identifier line.
_CONTINUATION = re.compile(
    r"(?:https?://|www\.|doi\b|PMID|PMCID|PMC\d|\[?PubMed|\[?Google Scholar|\[?CrossRef"
    r"|Available (?:from|at)|Retrieved from|URL\b|链接|网址|来源)", re.I)


@dataclass
class _Entry:
    label: str
    line: int
    lines: list[str] = field(default_factory=list)


def parse_reference_section(paragraphs: list[Paragraph], where: str) -> tuple[list[Reference],
                                                                              list[str]]:
    """Parse the paragraphs of the reference section; duplicates become warnings.

    Numbered entries keep their printed number as label. An unnumbered list gets labels 1, 2, …
    in order, one per paragraph. `where` names the file in warnings.
    """
    lines = _lines(paragraphs)
    if lines and _is_heading(lines[0][1]):
        lines = lines[1:]
    entries = _numbered_entries(lines)
    if not entries:
        entries = [_Entry(str(n), line, [text]) for n, (line, text) in
                   enumerate(((p.line, p.text) for p in paragraphs if not _is_heading(p.text)),
                             start=1)]
    references: list[Reference] = []
    warnings: list[str] = []
    first_line: dict[str, int] = {}
    for entry in entries:
        raw = "\n".join(entry.lines).strip()
        if entry.label in first_line:
            warnings.append(f"{where}:{entry.line}: duplicate reference number [{entry.label}] "
                            f"(first at line {first_line[entry.label]}); this entry is ignored")
            continue
        first_line[entry.label] = entry.line
        if not raw:
            warnings.append(f"{where}:{entry.line}: reference [{entry.label}] is empty")
        reference = parse_reference(raw, entry.label)
        reference.line = entry.line
        references.append(reference)
    return references, warnings


def _lines(paragraphs: list[Paragraph]) -> list[tuple[int, str, bool]]:
    """Non-blank lines: (line number, text, whether it starts a paragraph)."""
    out: list[tuple[int, str, bool]] = []
    for para in paragraphs:
        first = True
        for k, text in enumerate(para.text.split("\n")):
            if text.strip():
                out.append((para.line + k, text.strip(), first))
                first = False
    return out


def _numbered_entries(lines: list[tuple[int, str, bool]]) -> list[_Entry]:
    """Entries with their wrapped lines. A later paragraph joins the entry above only when it
    is an identifier or link line; any other paragraph (a copyright line, a page footer)
    closes the entry, so it is not read as part of the citation."""
    entries: list[_Entry] = []
    open_entry = False
    for number, text, starts_paragraph in lines:
        start = ENTRY_START.match(text)
        if start:
            entries.append(_Entry(entry_label(start), number, [text[start.end():].strip()]))
            open_entry = True
        elif entries and open_entry and (not starts_paragraph or _CONTINUATION.match(text)):
            entries[-1].lines.append(text)
        else:
            open_entry = False
    return entries


def _is_heading(text: str) -> bool:
    return REFERENCE_HEADING.match(text.split("\n", 1)[0]) is not None
