"""HTML → plain text with paragraphs kept, headings as "#" lines and `<sup>` citations as markers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "table", "tr",
    "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dl", "dt", "dd", "body",
}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "nav", "head", "iframe", "button",
            "form", "select"}
_CITATION_SUP = re.compile(r"\[?\s*\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\s*\]?")


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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "sup":
            self._sup = []
        elif tag in _BLOCKS:
            self._block_break()
            if tag in ("ol", "ul"):
                self._lists.append([0] if tag == "ol" else None)
            elif tag == "li" and self._lists and self._lists[-1] is not None:
                counter = self._lists[-1]
                counter[0] += 1
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
            content = "".join(self._sup).strip()
            self._sup = None
            if _CITATION_SUP.fullmatch(content) and not self._after_number():
                self.parts.append(f"[{content.strip('[] ')}]")
            else:
                self.parts.append(f"^{content}" if content else "")
        elif tag in _BLOCKS:
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
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
        self.parts.append("\n\n")

    def _after_number(self) -> bool:
        tail = "".join(self.parts[-3:]).rstrip()
        return bool(re.search(r"(?:\d|\b\d[\d.]*\s*[A-Za-zµμ]{1,3})$", tail))


def html_to_text(html: str) -> tuple[str, str | None]:
    """The readable text of an HTML page and its `<title>`."""
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    text = "".join(builder.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n", builder.title
