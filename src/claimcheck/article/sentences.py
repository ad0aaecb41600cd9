"""Sentence splitting for Chinese and English prose, keeping character offsets."""

from __future__ import annotations

import re

from claimcheck.article.layout import has_cjk

_ALWAYS_END = "。！？!?"
_CLOSERS = "”’\"')）]】」』》"
_ABBREVIATIONS = {
    "al", "e.g", "i.e", "eg", "ie", "vs", "etc", "fig", "figs", "no", "nos", "dr", "prof", "mr",
    "mrs", "ms", "st", "vol", "vols", "ref", "refs", "approx", "ca", "cf", "inc", "ltd", "jr",
    "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "eq", "resp", "suppl", "p", "pp", "ed", "eds", "min", "max",
}
_TRAILING_MARKER = re.compile(
    r"\s?(?:(?:<sup>)?\[\[?\^?\d[\d\s,，、;；\-–—~～]*\]?\]\([^()\s]{0,300}\)(?:</sup>)?"
    r"|[\[［【]\s*\d[\d\s,，、;；\-–—~～]*[\]］】]|\[\^[\w-]{1,40}\](?!:)"
    r"|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[˒,⁻‐\-–][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*|<sup>[^<]{0,20}</sup>)",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+|www\.\S+|\b10\.\d{4,9}/\S+")
_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\s*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within `text`, stripped of surrounding whitespace.

    Ends at 。！？!? (and ；; in Chinese text), at "." before a space unless it closes an
    abbreviation ("et al.", "e.g.", "vs.", "No."), an initial or a list number ("三. ").
    Markers and closing quotes right after the end ("….[1]", "…。”") stay with the sentence.
    """
    chinese = has_cjk(text)
    protected = _protected_spans(text)
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    while i < len(text):
        if protected[i] or not _ends_here(text, i, start, chinese):
            i += 1
            continue
        end = _absorb_tail(text, i + 1)
        spans.append((start, end))
        start = end
        i = end
    spans.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def _ends_here(text: str, i: int, start: int, chinese: bool) -> bool:
    ch = text[i]
    if ch in _ALWAYS_END:
        return True
    if ch in "；" or (ch == ";" and chinese):
        return True
    if ch == "." or ch == "．":
        return _period_ends(text, i, start)
    return ch == "…" and (i + 1 == len(text) or text[i + 1].isspace())


def _period_ends(text: str, i: int, start: int) -> bool:
    after = text[i + 1:i + 2]
    glued = after and not after.isspace() and after not in _CLOSERS and not has_cjk(after)
    if glued and not _TRAILING_MARKER.match(text, i + 1):
        return False
    if has_cjk(after) and i > 0 and text[i - 1].isdigit():
        return False
    head = text[start:i]
    if _ENUMERATOR.match(head):
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", head[-40:])
    if word:
        token = word.group(1).lower()
        if token in _ABBREVIATIONS or (len(token) == 1 and head[-1].isupper()):
            return False
    between_numbers = i > 0 and text[i - 1].isdigit() and re.match(r"\s*\d", text[i + 1:])
    return not between_numbers


def _absorb_tail(text: str, i: int) -> int:
    """Extend past repeated terminators, closing quotes and citation markers."""
    while i < len(text):
        marker = _TRAILING_MARKER.match(text, i)
        if text[i] in _ALWAYS_END + _CLOSERS + "；;.…":
            i += 1
        elif marker and marker.group().strip():
            i = marker.end()
        else:
            break
    return i


def _protected_spans(text: str) -> list[bool]:
    protected = [False] * len(text)
    for match in _URL.finditer(text):
        for k in range(match.start(), match.end() - 1):
            protected[k] = True
    for match in re.finditer(r"\d\.\d|[.](?=[A-Za-z]{1,4}\.)", text):
        protected[match.start() + (1 if match.group()[0].isdigit() else 0)] = True
    for match in _CAPTION.finditer(text):  # "（图：……。图片来源：文献[2]）" is one unit
        for k in range(match.start(), match.end() - 1):
            protected[k] = True
    return protected


#: A caption or credit line in brackets on its own: it stays one sentence.
_CAPTION = re.compile(r"(?:^|(?<=\n))\s*[(（]\s*(?:图|表|chart|figure|fig\.?|table|graph|"
                      r"infographic)\s*\d*\s*[:：][^()（）\n]{0,300}[)）]\s*(?=\n|$)", re.I)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
