"""HTML → plain text with paragraphs kept, headings as "#" lines and citations as "[n]" markers.

Citations: `<sup>1,2</sup>`, `<sup><a href="#ref1">1</a></sup>`, `<a href="#ref1">[1]</a>` and
`<a href="#ref1">1</a>`. Table cells are joined by " | ", a row per line. An `<ol>` becomes "1. …" lines (honouring `start=` and `value=`) unless
its items already carry their numbers; footnote back-links (↩) are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from claimcheck.article.layout import ENTRY_START

_BLOCKS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "table", "tr",
    "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dl", "dt", "dd", "body",
}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "nav", "head", "iframe", "button",
            "form", "select"}
_CITATION_SUP = re.compile(r"\[?\s*\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\s*\]?")
_BARE_NUMBERS = re.compile(r"\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*")
_BACK_LINK = re.compile(r"[↩↑^︎\ufe0e\s]+")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip_depth = 0
        self._in_title = False
        self._title_parts: list[str] = []
        self._sup: list[str] | None = None
        self._lists: list[list[int] | None] = []  # per open list: [counter] for <ol>, None for <ul>
        self._items: list[int] = []  # per open <li> of an <ol>: index of its "n. " prefix in parts
        self._anchors: list[tuple[int, bool]] = []  # per open <a>: (first part, in-page link)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            if "".join(self.parts[-2:]).strip(" ").endswith("\n") or not self.parts:
                return  # the row's first cell
            self.parts.append(" | ")
        elif tag == "sup":
            self._sup = []
        elif tag == "a" and self._sup is None:
            href = dict(attrs).get("href") or ""
            self._anchors.append((len(self.parts), href.startswith("#")))
        elif tag in _BLOCKS:
            self._block_break()
            if tag in ("ol", "ul"):
                self._lists.append([_number(attrs, "start", 1) - 1] if tag == "ol" else None)
            elif tag == "li" and self._lists and self._lists[-1] is not None:
                counter = self._lists[-1]
                counter[0] = _number(attrs, "value", counter[0] + 1)
                self._items.append(len(self.parts))
                self.parts.append(f"{counter[0]}. ")
            elif re.fullmatch(r"h[1-6]", tag):
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
        elif tag == "sup" and self._sup is not None:
            content = "".join(self._sup)
            self._sup = None
            self.parts.append(superscript_text(content, "".join(self.parts[-3:])))
        elif tag == "a" and self._sup is None and self._anchors:
            self._close_anchor(*self._anchors.pop())
        elif tag in _BLOCKS:
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
            elif tag == "li" and self._items and self._lists and self._lists[-1] is not None:
                self._close_item(self._items.pop())
            self._block_break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        elif self._skip_depth:
            return
        elif self._sup is not None:
            self._sup.append(data)
        else:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def _block_break(self) -> None:
        if self._items and not "".join(self.parts[self._items[-1] + 1:]).strip():
            return  # <li><p>…: keep the item's number on the line of its text
        self.parts.append("\n\n")

    def _close_anchor(self, first: int, in_page: bool) -> None:
        content = "".join(self.parts[first:]).strip()
        if in_page and _BARE_NUMBERS.fullmatch(content):
            self.parts[first:] = [f"[{content}]"]
        elif in_page and content and _BACK_LINK.fullmatch(content):
            del self.parts[first:]

    def _close_item(self, prefix: int) -> None:
        """Drop the generated "n. " when the item's text starts with its own number."""
        if ENTRY_START.match("".join(self.parts[prefix + 1:]).lstrip()):
            self.parts[prefix] = ""



def superscript_text(content: str, before: str) -> str:
    """A superscript as text: "[1,2]" for a citation, "^2" for an exponent ("m²" after a unit)."""
    content = content.strip()
    after_number = re.search(r"(?:\d|\b\d[\d.]*\s*[A-Za-zµμ]{1,3})$", before.rstrip())
    if _CITATION_SUP.fullmatch(content) and not after_number:
        return f"[{content.strip('[] ')}]"
    return f"^{content}" if content else ""
def _number(attrs: list[tuple[str, str | None]], name: str, default: int) -> int:
    value = (dict(attrs).get(name) or "").strip()
    return int(value) if value.isdigit() else default


def html_to_text(html: str) -> tuple[str, str | None]:
    """The readable text of an HTML page and its `<title>`."""
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    text = "".join(builder.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n", builder.title
