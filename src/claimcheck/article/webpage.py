"""A web page's article: main content by trafilatura, with citations checked against the page.

trafilatura drops navigation, breadcrumbs, share bars, "related" boxes, comments and footers,
but it may also drop what claimcheck needs: a figure caption with its marker, a `<sup>` around a
link, a reference list it took for boilerplate. So both texts are made with `html_to_text`
(markers as "[n]"), and the main text is repaired from the full page text:
- a kept paragraph whose full-page counterpart carries more citation markers is taken from
  the page;
- a dropped paragraph that carries a marker and sits inside the article on the page — after
  its `<h1>` (or the first kept paragraph) and before the reference list or the last kept
  paragraph, not in a sidebar or a comment thread — comes back;
- the page's `<h1>` before the article comes back when the main text has no title;
- when more paragraphs had to come back than the extractor kept, it missed most of the article:
  the page's prose paragraphs (ending like a sentence) in the same span come back too;
- the page's own reference list is used unless the main text has a longer one (trafilatura
  loses `<ol start=…>` / `<li value=…>` numbering and may drop the list altogether).
If trafilatura finds nothing, the full page text is the article.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

from claimcheck.article.furniture import is_furniture
from claimcheck.article.html_text import html_to_text
from claimcheck.article.layout import ENTRY_START, Paragraph, classify, split_paragraphs
from claimcheck.article.markers import find_markers, strip_markers
from claimcheck.article.references import parse_reference_section

logging.getLogger("trafilatura").setLevel(logging.ERROR)

# trafilatura's XML body → HTML that html_to_text reads.
_TAGS = {"p": "p", "item": "li", "lb": "br", "quote": "blockquote", "row": "tr", "cell": "td",
         "code": "code", "table": "table", "div": "div"}
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "”", "\"")
_HI = {"#sup": "sup", "#sub": "sub", "#b": "b", "#i": "i", "#u": "u", "#t": "code"}


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    extractor: str  # "trafilatura", "trafilatura+page" (repaired from the page) or "page"


def page_text(html: str) -> PageText:
    """The article text of an HTML page (see the module docstring)."""
    full, title = html_to_text(html)
    main_html = _main_content(html)
    if main_html is None:
        return PageText(full, title, "page")
    main, _ = html_to_text(main_html)
    if not main.strip():
        return PageText(full, title, "page")
    repaired, changed = _repair(main, full)
    return PageText(repaired, title, "trafilatura+page" if changed else "trafilatura")


def _main_content(html: str) -> str | None:
    try:
        document = trafilatura.bare_extraction(
            html, include_formatting=True, include_links=True, include_tables=True,
            include_comments=False, include_images=False, with_metadata=False,
            favor_recall=True)
    except Exception:  # a page trafilatura cannot parse: read the whole page instead
        return None
    body = getattr(document, "body", None)
    if body is None or not len(body):
        return None
    for element in body.iter():
        _to_html(element)
    return str(etree.tostring(body, method="html", encoding="unicode"))


def _to_html(element: etree._Element) -> None:
    tag = element.tag
    attrs = dict(element.attrib)
    element.attrib.clear()
    if tag == "head":
        rend = attrs.get("rend", "")
        element.tag = rend if re.fullmatch(r"h[1-6]", rend) else "h2"
    elif tag == "list":
        element.tag = "ol" if attrs.get("rend") == "ol" else "ul"
    elif tag == "hi":
        element.tag = _HI.get(attrs.get("rend", ""), "span")
    elif tag == "ref":
        element.tag = "a"
        if attrs.get("target"):
            element.set("href", attrs["target"])
    elif tag == "cell" and attrs.get("role") == "head":
        element.tag = "th"
    elif tag == "graphic":
        element.tag = "span"
    elif isinstance(tag, str):
        element.tag = _TAGS.get(tag, tag)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", strip_markers(text)).lower()


def _marker_count(text: str) -> int:
    return sum(len(m.labels) for m in find_markers(text))


def _repair(main: str, full: str) -> tuple[str, bool]:
    main_paras = split_paragraphs(main)
    full_paras = split_paragraphs(full)
    main_start, main_refs = _reference_section(main_paras)
    page_start, page_refs = _reference_section(full_paras)
    full_keys = [_key(p.text) for p in full_paras]
    aligned: list[tuple[Paragraph, int | None]] = []
    cursor = 0
    for para in main_paras[:main_start]:
        found = _align(_key(para.text), full_keys, cursor)
        aligned.append((para, found))
        cursor = found + 1 if found is not None else cursor
    kept = [found for _, found in aligned if found is not None]
    if not kept:
        return main, False
    span_end = page_start if page_refs else None
    out, restored = _merge(aligned, full_paras, span_end, prose=False)
    if restored > len(kept):  # the extractor missed most of the article: take its prose too
        out, restored = _merge(aligned, full_paras, span_end, prose=True)
    use_page = bool(page_refs) and len(_entries(page_refs)) >= len(_entries(main_refs))
    out.extend(p.text for p in (page_refs if use_page else main_refs))
    changed = restored > 0 or out[0] != aligned[0][0].text \
        or (use_page and _entries(page_refs) != _entries(main_refs))
    return "\n\n".join(out).strip("\n") + "\n", changed


def _merge(aligned: list[tuple[Paragraph, int | None]], full_paras: list[Paragraph],
           span_end: int | None, *, prose: bool) -> tuple[list[str], int]:
    """The main paragraphs with the page's dropped ones put back; how many were put back."""
    out: list[str] = []
    restored = 0

    def restore(low: int, high: int) -> None:
        nonlocal restored
        for dropped in full_paras[low:high]:
            text = dropped.text
            if is_furniture(text) or text.startswith("#"):
                continue
            if find_markers(text) or (prose and text.rstrip().endswith(_SENTENCE_END)):
                out.append(text)
                restored += 1

    kept = [found for _, found in aligned if found is not None]
    previous = kept[0] - 1
    if not any(para.text.startswith("# ") for para, _ in aligned):
        title = next((i for i in range(kept[0] - 1, -1, -1)
                      if full_paras[i].text.startswith("# ")), None)
        if title is not None:  # trafilatura may keep the headline only as metadata
            out.append(full_paras[title].text)
            previous = title
    for para, found in aligned:
        if found is None:
            out.append(para.text)
            continue
        restore(previous + 1, found)
        page_para = full_paras[found]
        more = _marker_count(page_para.text) > _marker_count(para.text)
        out.append(page_para.text if more else para.text)
        restored += more
        previous = found
    if span_end is not None:
        restore(previous + 1, span_end)
    return out, restored


def _align(key: str, full_keys: list[str], start: int) -> int | None:
    if not key:
        return None
    for index in range(start, len(full_keys)):
        candidate = full_keys[index]
        if candidate == key or (len(key) >= 12 and len(candidate) >= 12
                                and (key in candidate or candidate in key)):
            return index
    return None


def _reference_section(paragraphs: list[Paragraph]) -> tuple[int, list[Paragraph]]:
    """Where the reference list starts, and its heading and entries without what follows the
    last entry on a page (tags, share links, related stories, comments, the footer)."""
    fresh = [Paragraph(p.index, p.start, p.end, p.line, p.text) for p in paragraphs]
    start = classify(fresh, "html")
    if start is None:
        return len(paragraphs), []
    section = fresh[start:]
    references, _ = parse_reference_section(section, "<page>")
    raws = [_key(r.raw) for r in references]
    last = 0
    for index, para in enumerate(section):
        key = _key(ENTRY_START.sub("", para.text.split("\n", 1)[0], count=1))
        if key and any(key in raw for raw in raws):
            last = index
    return start, section[:last + 1]


def _entries(section: list[Paragraph]) -> list[str]:
    if not section:
        return []
    references, _ = parse_reference_section(section, "<page>")
    return [r.label for r in references]
