"""`parse_article` / `parse_text`: an article file or string → `Article` with claims and references."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Literal

from claimcheck.article import heuristics
from claimcheck.article.decode import decode_bytes, read_file_bytes
from claimcheck.article.html_text import html_to_text
from claimcheck.article.layout import Paragraph, classify, split_paragraphs
from claimcheck.article.markers import find_markers
from claimcheck.article.references import parse_reference_section
from claimcheck.article.scope import Mentions, Unit, link_paragraph
from claimcheck.article.sentences import split_sentences
from claimcheck.models import Article, Claim, Location, Reference, Sentence

Format = Literal["txt", "md", "html"]
_SUFFIXES: dict[str, Format] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                                ".xhtml": "html"}


def parse_article(path: str | Path) -> Article:
    """Read and parse an article file (.txt, .md, .html; UTF-8 ± BOM, GB18030/GBK).

    Raises `InputError` when the file is missing, empty, binary or undecodable; usable but odd
    input (no reference list, a marker with no reference, duplicate numbers) gives warnings.
    """
    file = Path(path)
    where = str(path)
    data = read_file_bytes(file, where=where, what="the file", missing="no such file",
                           missing_hint="check the path of the article",
                           not_file_hint="give the path of one article file")
    decoded = decode_bytes(data, path=where)
    fmt = _SUFFIXES.get(file.suffix.lower(), "txt")
    if fmt == "txt" and re.match(r"\s*<(?:!doctype html|html)", decoded.text, re.IGNORECASE):
        fmt = "html"
    article = parse_text(decoded.text, fmt=fmt, path=where)
    return article.model_copy(update={"encoding": decoded.encoding,
                                      "sha256": hashlib.sha256(data).hexdigest()})


def parse_text(text: str, *, fmt: Format = "txt", path: str | None = None) -> Article:
    """Parse an article given as a string (`fmt` "txt", "md" or "html"); never raises on text."""
    html_title = None
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if fmt == "html":
        text, html_title = html_to_text(text)
    where = path or "<text>"
    paragraphs = split_paragraphs(text)
    ref_start = classify(paragraphs, fmt)
    warnings: list[str] = []
    references: list[Reference] = []
    if ref_start is None:
        warnings.append(f"{where}: no reference list found (looked for a 参考文献 / References "
                        "heading or a trailing numbered list); claims will have no sources")
    else:
        references, ref_warnings = parse_reference_section(paragraphs[ref_start:], where)
        warnings.extend(ref_warnings)
    builder = _ClaimBuilder(text, references, where)
    for para in paragraphs:
        if para.kind == "body":
            builder.add_paragraph(para)
    warnings.extend(builder.warnings)
    return Article(
        path=path, format=fmt, text=text, title=_title(paragraphs, html_title),
        sentences=builder.sentences, claims=builder.claims, references=references,
        warnings=warnings,
    )


class _ClaimBuilder:
    """Turns body paragraphs into sentences and claims, numbering claims c01, c02, …"""

    def __init__(self, text: str, references: list[Reference], where: str) -> None:
        self.text = text
        self.where = where
        self.labels = [r.label for r in references]
        self.titles = {r.label: r.title for r in references if r.title}
        self.mentions = Mentions()
        self.sentences: list[Sentence] = []
        self.claims: list[Claim] = []
        self.warnings: list[str] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.parenthesised = _cites_in_parentheses(text, references)

    def add_paragraph(self, para: Paragraph) -> None:
        units = []
        for start, end in split_sentences(para.text):
            sentence = para.text[start:end]
            markers = find_markers(sentence, self.labels, parenthesised=self.parenthesised)
            offset = para.start + start
            units.append(Unit(
                text=sentence, start=offset, end=para.start + end,
                markers=[replace(m, start=m.start + offset, end=m.end + offset)
                         for m in markers],
                figure_credit=bool(markers) and heuristics.is_figure_credit(sentence),
            ))
        link_paragraph(units, self.titles, self.mentions)
        for unit in units:
            location = self._location(para.index, unit.start, unit.end)
            self.sentences.append(Sentence(text=unit.text, location=location))
            self._check_markers(unit, location.line)
            self._add_claim(unit, location)

    def _add_claim(self, unit: Unit, location: Location) -> None:
        if not unit.links and not heuristics.is_checkable(unit.text):
            return
        number = len(self.claims) + 1
        self.claims.append(Claim(
            id=f"c{number:02d}", text=unit.text,
            citations=[link.label for link in unit.links],
            kind="figure_credit" if unit.figure_credit else "claim",
            inherited=any(link.how == "inherited" for link in unit.links),
            links=unit.links, location=location,
        ))

    def _check_markers(self, unit: Unit, line: int) -> None:
        if not self.labels:
            return
        listed = f"[{self.labels[0]}]–[{self.labels[-1]}]" if len(self.labels) > 1 \
            else f"[{self.labels[0]}]"
        for marker in unit.markers:
            for label in marker.labels:
                if label not in self.labels:
                    self.warnings.append(
                        f"{self.where}:{line}: citation marker {marker.text} points to [{label}], "
                        f"which is not in the reference list ({listed})")

    def _location(self, paragraph: int, start: int, end: int) -> Location:
        line = bisect.bisect_right(self._line_starts, start)
        return Location(paragraph=paragraph, line=line, start=start, end=end)


def _title(paragraphs: list[Paragraph], html_title: str | None) -> str | None:
    for para in paragraphs:
        if para.kind == "title":
            return re.sub(r"^\s*#+\s*", "", para.text).strip() or None
    return html_title


def _cites_in_parentheses(text: str, references: list[Reference]) -> bool:
    """Does the body (the text before the reference list's first entry) cite as "(1)"?"""
    from claimcheck.article.markers import cites_in_parentheses

    start = text.find(references[0].raw[:15]) if references and references[0].raw else -1
    body = text[:start] if start > 0 else text
    return cites_in_parentheses(body, [r.label for r in references])
