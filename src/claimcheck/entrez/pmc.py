"""PMC EFetch (JATS) → `FullText` passages.

JATS is parsed with `xml.etree.ElementTree`, not Bio.Entrez: Bio.Entrez turns records into
dicts and lists and drops the mixed content (paragraphs with <italic>, <xref>, nested tables)
that full-text passages need. The body is screened first (`xmlread.screen_xml`: no entity
declarations, internal subsets or external entities); ElementTree never loads the DTD, so the
named entities JATS may use are supplied from the HTML entity table.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from claimcheck.entrez.xmlread import screen_xml
from claimcheck.models import FullText, Passage, PassageKind

_SPACES = re.compile(r"\s+")
_BLOCKS = frozenset({"table-wrap", "fig", "sec", "table-wrap-foot", "disp-formula"})


def _parser() -> ET.XMLParser:
    parser = ET.XMLParser()
    parser.entity.update({name: chr(code) for name, code in html.entities.name2codepoint.items()})
    return parser


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: ET.Element, skip: frozenset[str] = _BLOCKS) -> str:
    """The element's text with nested blocks (tables, figures, sections) left out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if _local(child.tag) not in skip:
            parts.append(_text(child, skip))
        parts.append(child.tail or "")
    return _SPACES.sub(" ", "".join(parts)).strip()


def parse_pmc(data: bytes) -> list[FullText]:
    """Every <article> of an EFetch db=pmc answer."""
    screen_xml(data)  # refuses entity declarations, internal subsets, external entities
    root = ET.fromstring(data, parser=_parser())
    articles = [root] if _local(root.tag) == "article" else [
        a for a in root.iter() if _local(a.tag) == "article"]
    return [full_text(a) for a in articles]


def full_text(article: ET.Element) -> FullText:
    """One JATS article: title, abstract, and body paragraphs, table cells and captions."""
    ids = {el.get("pub-id-type", ""): (el.text or "").strip()
           for el in article.iter() if _local(el.tag) == "article-id"}
    pmc = ids.get("pmcid") or ids.get("pmc") or ids.get("pmcaid") or ""
    pmcid = pmc if pmc.upper().startswith("PMC") else f"PMC{pmc}"
    passages: list[Passage] = []
    meta = _first(article, "article-meta")
    if meta is not None:
        title = _first(meta, "article-title")
        if title is not None and _text(title):
            passages.append(Passage(section="Title", kind="title", text=_text(title)))
        for abstract in (a for a in meta if _local(a.tag) == "abstract"):
            passages.extend(_passages(abstract, "Abstract", paragraph_kind="abstract"))
    body = _first(article, "body")
    body_passages = list(_passages(body, None)) if body is not None else []
    return FullText(pmcid=pmcid, pmid=ids.get("pmid") or None,
                    passages=passages + body_passages, has_body=bool(body_passages))


def _first(element: ET.Element, name: str) -> ET.Element | None:
    return next((el for el in element.iter() if _local(el.tag) == name), None)


def _passages(element: ET.Element, section: str | None,
              paragraph_kind: PassageKind = "paragraph") -> Iterator[Passage]:
    """Walk a container in document order, keeping the nearest section title."""
    for child in element:
        tag = _local(child.tag)
        if tag == "sec":
            title = next((t for t in child if _local(t.tag) == "title"), None)
            name = _text(title) if title is not None else None
            yield from _passages(child, name or section, paragraph_kind)
        elif tag == "p":
            if _text(child):
                yield Passage(section=section, kind=paragraph_kind, text=_text(child))
            yield from _passages(child, section, paragraph_kind)  # tables/figures inside <p>
        elif tag in ("table-wrap", "fig"):
            yield from _float(child, section)
        elif tag not in ("title", "label"):
            yield from _passages(child, section, paragraph_kind)


def _float(element: ET.Element, section: str | None) -> Iterator[Passage]:
    label = next((_text(t) for t in element if _local(t.tag) == "label"), "")
    caption = next((c for c in element if _local(c.tag) == "caption"), None)
    if caption is not None and _text(caption, frozenset()):
        text = _text(caption, frozenset())
        yield Passage(section=section, kind="caption", text=f"{label}. {text}" if label else text)
    for cell in element.iter():
        if _local(cell.tag) in ("td", "th") and _text(cell, frozenset()):
            yield Passage(section=section, kind="table_cell", text=_text(cell, frozenset()))
