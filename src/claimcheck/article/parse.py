"""`parse_article` / `parse_text`: an article file or string → `Article` with claims and references."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Literal

from claimcheck.article import heuristics
from claimcheck.article.chinese import is_traditional, narrow_width, to_simplified
from claimcheck.article.decode import decode_bytes, decode_html, read_file_bytes
from claimcheck.article.docx import docx_text, is_word_package
from claimcheck.article.fetch import fetch_page, is_url
from claimcheck.article.layout import Paragraph, classify, has_cjk, split_paragraphs
from claimcheck.article.markers import find_markers
from claimcheck.article.references import parse_reference_section
from claimcheck.article.scope import Mentions, Unit, link_paragraph
from claimcheck.article.sentences import split_sentences
from claimcheck.article.webpage import page_text
from claimcheck.models import Article, CitationLink, Claim, Location, Reference, Sentence

Format = Literal["txt", "md", "html", "docx"]
_SUFFIXES: dict[str, Format] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                                ".xhtml": "html"}


def parse_article(path: str | Path) -> Article:
    """Read and parse an article: a file (.txt, .md, .html, .docx) or an http(s):// web page.

    Text files may be UTF-8 (± BOM), UTF-16 with BOM or GB18030/GBK. Raises `InputError` when
    the input is missing, empty, binary, undecodable or not what its suffix says, and
    `NetworkError` when a web page cannot be fetched; usable but odd input (no reference list,
    a marker with no reference, duplicate numbers) gives warnings.
    """
    where = str(path)
    if isinstance(path, str) and is_url(path):
        return _parse_page(path.strip())
    file = Path(path)
    data = read_file_bytes(file, where=where, what="the file", missing="no such file",
                           missing_hint="check the path of the article",
                           not_file_hint="give the path of one article file")
    sha256 = hashlib.sha256(data).hexdigest()
    if file.suffix.lower() == ".docx" or is_word_package(data):
        article = parse_text(docx_text(data, where), fmt="docx", path=where)
        return article.model_copy(update={"encoding": "utf-8", "sha256": sha256})
    fmt = _SUFFIXES.get(file.suffix.lower(), "txt")
    decoded = decode_html(data, None, path=where) if fmt == "html" \
        else decode_bytes(data, path=where)
    if fmt == "txt" and re.match(r"\s*<(?:!doctype html|html)", decoded.text, re.IGNORECASE):
        fmt = "html"
    article = parse_text(decoded.text, fmt=fmt, path=where)
    return article.model_copy(update={"encoding": decoded.encoding, "sha256": sha256})


def _parse_page(url: str) -> Article:
    page = fetch_page(url)
    decoded = decode_html(page.data, page.charset, path=url)
    article = parse_text(decoded.text, fmt="html", path=url)
    return article.model_copy(update={"encoding": decoded.encoding, "url": page.url,
                                      "sha256": hashlib.sha256(page.data).hexdigest()})


def parse_text(text: str, *, fmt: Format = "txt", path: str | None = None) -> Article:
    """Parse an article given as a string (`fmt` "txt", "md", "html" or "docx" — the text
    `docx_text` makes); never raises on text.

    Traditional Chinese and full-width digits are read through `chinese.to_simplified` (same
    length, so every offset holds); texts, titles, markers and reference entries keep the
    original characters. Page furniture before the article's first paragraph (breadcrumbs,
    date/source lines) is dropped from the text; locations keep the input's line numbers.
    """
    html_title = None
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if fmt == "html":
        page = page_text(text)
        text, html_title = page.text, page.title
    where = path or "<text>"
    analysed = to_simplified(text) if is_traditional(text) else narrow_width(text)
    text, analysed, line_map = _drop_furniture(text, analysed, fmt)
    paragraphs = split_paragraphs(analysed)
    ref_start = classify(paragraphs, fmt)
    for para in paragraphs:
        para.line = line_map[para.line - 1] if line_map else para.index + 1
    originals = [replace(para, text=text[para.start:para.end]) for para in paragraphs]
    warnings: list[str] = []
    references: list[Reference] = []
    if ref_start is None:
        warnings.append(f"{where}: no reference list found (looked for a 参考文献 / References "
                        "heading or a trailing numbered list); claims will have no sources")
    else:
        references, ref_warnings = parse_reference_section(paragraphs[ref_start:], where)
        if analysed != text:
            _keep_printed(references, parse_reference_section(originals[ref_start:], where)[0])
        if line_map is None:
            for reference in references:
                reference.line = None
        warnings.extend(ref_warnings)
    builder = _ClaimBuilder(analysed, text, references, where, line_map)
    for para in paragraphs:
        if para.kind == "body":
            builder.add_paragraph(para)
    warnings.extend(builder.warnings)
    return Article(
        path=path, format=fmt, text=text, title=_title(originals, html_title),
        sentences=builder.sentences, claims=builder.claims, references=references,
        warnings=warnings,
    )


def _drop_furniture(text: str, analysed: str, fmt: Format) -> tuple[str, str, list[int] | None]:
    """Drop furniture paragraphs before the first body paragraph; map kept lines to input lines.

    Returns the text, its analysed twin and the input line number of each kept line (None
    for a .docx, which has paragraphs, not lines).
    """
    paragraphs = split_paragraphs(analysed)
    classify(paragraphs, fmt)
    first = next((p.index for p in paragraphs if p.kind in ("body", "references")),
                 len(paragraphs))
    dropped = {para.line + k for para in paragraphs[:first] if para.kind == "boilerplate"
               for k in range(para.text.count("\n") + 1)}
    lines, twins = text.split("\n"), analysed.split("\n")
    head_end = paragraphs[first].line if first < len(paragraphs) else len(lines) + 1
    keep: list[int] = []
    for i, twin in enumerate(twins):
        if i + 1 in dropped:
            continue
        if dropped and i + 1 < head_end and not twin.strip() \
                and (not keep or not twins[keep[-1]].strip()):
            continue  # in the head: no blank line first or doubled where a line was dropped
        keep.append(i)
    if dropped:
        text = "\n".join(lines[i] for i in keep)
        analysed = "\n".join(twins[i] for i in keep)
    return text, analysed, None if fmt == "docx" else [i + 1 for i in keep]


def _keep_printed(references: list[Reference], printed: list[Reference]) -> None:
    """Entries parsed from the analysed text keep the characters as printed: the raw entry, and
    each Chinese field (title, journal, group author) cut from the raw entry at the same place;
    numbers and Latin fields stay as read (ASCII digits)."""
    if [r.label for r in references] != [r.label for r in printed]:
        return
    for reference, original in zip(references, printed, strict=True):
        analysed_raw, reference.raw = reference.raw, original.raw
        if len(analysed_raw) != len(original.raw):
            continue
        for holder in (reference, *reference.authors):
            for name, value in holder:
                if isinstance(value, str) and has_cjk(value):
                    at = analysed_raw.find(value)
                    if at >= 0:
                        setattr(holder, name, original.raw[at:at + len(value)])


class _ClaimBuilder:
    """Turns body paragraphs into sentences and claims, numbering claims c01, c02, …

    Reads the analysed text (Simplified, narrow digits); every text it records is cut from the
    original at the same offsets.
    """

    def __init__(self, analysed: str, text: str, references: list[Reference], where: str,
                 line_map: list[int] | None) -> None:
        self.analysed = analysed
        self.text = text
        self.same = analysed == text
        self.where = where
        self.line_map = line_map
        self.labels = [r.label for r in references]
        self.titles = {r.label: r.title if self.same else to_simplified(r.title)
                       for r in references if r.title}
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
                figure_credit=(bool(markers) or bool(heuristics.credited_labels(sentence)))
                and heuristics.is_figure_credit(sentence),
            ))
        link_paragraph(units, self.titles, self.mentions)
        for unit in units:
            location = self._location(para.index, unit.start, unit.end)
            printed = self.text[unit.start:unit.end]
            self.sentences.append(Sentence(text=printed, location=location))
            self._check_markers(unit, para.index, location.line)
            self._add_claim(unit, printed, location)

    def _add_claim(self, unit: Unit, printed: str, location: Location) -> None:
        if not unit.links and not heuristics.is_checkable(unit.text):
            return
        number = len(self.claims) + 1
        links = [link.model_copy(update={"marker": self._printed(link.marker)})
                 for link in unit.links]
        if unit.figure_credit and not links:  # "Source: references 1 and 2." names them in words
            links = [CitationLink(label=label, marker=f"references {label}")
                     for label in heuristics.credited_labels(unit.text) if label in self.labels]
        self.claims.append(Claim(
            id=f"c{number:02d}", text=printed,
            citations=[link.label for link in links],
            kind="figure_credit" if unit.figure_credit else "claim",
            inherited=any(link.how == "inherited" for link in links),
            links=links, location=location,
        ))

    def _printed(self, marker: str | None) -> str | None:
        """A marker or title mention as printed in the original text."""
        if not marker or self.same:
            return marker
        at = self.analysed.find(marker)
        return self.text[at:at + len(marker)] if at >= 0 else marker

    def _check_markers(self, unit: Unit, paragraph: int, line: int | None) -> None:
        if not self.labels:
            return
        listed = f"[{self.labels[0]}]–[{self.labels[-1]}]" if len(self.labels) > 1 \
            else f"[{self.labels[0]}]"
        where = f"{self.where}:{line}" if line is not None \
            else f"{self.where}: paragraph {paragraph + 1}"
        for marker in unit.markers:
            for label in marker.labels:
                if label not in self.labels:
                    self.warnings.append(
                        f"{where}: citation marker {self._printed(marker.text)} points to "
                        f"[{label}], which is not in the reference list ({listed})")

    def _location(self, paragraph: int, start: int, end: int) -> Location:
        line = None
        if self.line_map is not None:
            line = self.line_map[bisect.bisect_right(self._line_starts, start) - 1]
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
