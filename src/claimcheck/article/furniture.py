"""Page furniture in text: breadcrumb trails and metadata lines (date, source, author, views).

A rule about the shape of a line, not a list of site phrases:
- a *breadcrumb* is a short line of short, digit-free names joined by "›", "»" or "→" (two
  or more), or by ">" or " / " (three or more): "首页 > 细胞科普 > 干细胞科普";
- a *metadata line* is a short line made only of dates/times and "label: value" fields, with a
  date or at least two fields: "2022/07/12 / 来源:沈阳细胞中心公众号", "2023-01-05 来源:健康报 作者:王五".
Neither ends like a sentence or carries a citation marker. HTML pages are cleaned by the
main-content extractor first (`article.webpage`); this rule catches what text copies keep.
"""

from __future__ import annotations

import re

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    rf"|\b\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d{{2}}\b|\b{_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b",
    re.IGNORECASE,
)
_PLACEHOLDER = "\x00"
_SEPARATORS = re.compile(r"[\s/|｜·•,，]+")
_FIELD = re.compile(r"^[^\W\d_]{1,10}[:：]")
# "›", "»" and "→" are trail separators; ">" and " / " also compare and divide, so they need
# three names ("首页 > 细胞科普 > 干细胞科普", not "结果 > 对照组").
_TRAIL_SEPARATORS = ((re.compile(r"\s*[›»→]\s*"), 2), (re.compile(r"\s*[>＞]\s*"), 3),
                     (re.compile(r"\s+/\s+"), 3))
_CRUMB_NAME = re.compile(r"[^\d，。,.!?！？;；:：()（）\[\]【】]{1,20}")
_SENTENCE_END = tuple("。！？!?；;")
_MARKER = re.compile(r"[\[［【]\s*\d")
_MAX_LENGTH = 120
_MAX_VALUE_WORDS = 4


def is_furniture(text: str) -> bool:
    """A breadcrumb trail or a metadata line (see the module docstring)."""
    line = text.strip()
    if not line or "\n" in line or len(line) > _MAX_LENGTH or line.endswith(_SENTENCE_END) \
            or _MARKER.search(line):
        return False
    return is_breadcrumb(line) or is_metadata(line)


def is_breadcrumb(line: str) -> bool:
    for separator, least in _TRAIL_SEPARATORS:
        names = [name.strip() for name in separator.split(line.strip())]
        if len(names) >= least and all(_is_crumb(name) for name in names):
            return True
    return False


def is_metadata(line: str) -> bool:
    dates = len(_DATE.findall(line))
    tokens = [t for t in _SEPARATORS.split(_DATE.sub(f" {_PLACEHOLDER} ", line)) if t]
    fields = 0
    value_words = _MAX_VALUE_WORDS  # no field open yet: a bare word is not metadata
    for token in tokens:
        if token == _PLACEHOLDER:
            value_words = _MAX_VALUE_WORDS
        elif _FIELD.match(token):
            fields += 1
            value_words = 0 if token.endswith((":", "：")) else 1
        elif value_words < _MAX_VALUE_WORDS:
            value_words += 1
        else:
            return False
    return bool(tokens) and (dates >= 1 or fields >= 2)


def _is_crumb(name: str) -> bool:
    return bool(_CRUMB_NAME.fullmatch(name)) and len(name.split()) <= 4
