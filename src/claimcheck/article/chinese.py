"""Traditional Chinese and full-width forms, normalised for analysis without moving offsets.

`to_simplified(text)` returns a string of exactly the same length as `text`, so every offset
found in it (sentences, markers, quantities) is an offset into the original: the analysis reads
Simplified characters and ASCII digits, the report quotes the original characters.
Conversion is OpenCC's `t2s` (bundled dictionaries, no network).
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Full-width letters, digits and signs that are read the same as their ASCII forms anywhere.
_ALWAYS = {chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                             *range(0xFF41, 0xFF5B))}
_ALWAYS.update({"％": "%", "＜": "<", "＞": ">", "＝": "=", "＋": "+"})
# Full-width punctuation that is part of a number only between two digits: １，２００ ３．５ ３５～４５
_BETWEEN_DIGITS = {"，": ",", "．": ".", "：": ":", "／": "/", "－": "-", "～": "~"}
_WIDE = re.compile("[" + "".join(_ALWAYS) + "".join(_BETWEEN_DIGITS) + "]")


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def is_traditional(text: str) -> bool:
    """True when the text's Chinese is written in Traditional characters.

    Counts the characters OpenCC would change in each direction: Traditional text has many
    that `t2s` changes and few that `s2t` changes; Simplified text the other way round.
    """
    cjk = "".join(_CJK.findall(text))
    if not cjk:
        return False
    traditional = _changed(cjk, _converter("t2s").convert(cjk))
    simplified = _changed(cjk, _converter("s2t").convert(cjk))
    return traditional >= 2 and traditional > 2 * simplified


def to_simplified(text: str) -> str:
    """Traditional → Simplified characters and full-width digits/signs → ASCII, same length."""
    if text.isascii():
        return text
    converted = text
    if _CJK.search(text):
        converted = _converter("t2s").convert(text)
        if len(converted) != len(text):
            converted = _per_character(text)
    return narrow_width(converted)


def narrow_width(text: str) -> str:
    """Full-width digits, letters and %<>=+ as ASCII; ，．：／－～ too between two digits."""
    return _narrow(text) if _WIDE.search(text) else text


def _per_character(text: str) -> str:
    """Character by character, keeping any character whose conversion is not one character."""
    convert = _converter("t2s").convert
    out = []
    for ch in text:
        new = convert(ch) if _CJK.match(ch) else ch
        out.append(new if len(new) == 1 else ch)
    return "".join(out)


def _narrow(text: str) -> str:
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch in _ALWAYS:
            chars[i] = _ALWAYS[ch]
    for i, ch in enumerate(chars):
        if ch in _BETWEEN_DIGITS and 0 < i < len(chars) - 1 \
                and chars[i - 1].isdigit() and chars[i + 1].isdigit():
            chars[i] = _BETWEEN_DIGITS[ch]
    return "".join(chars)


def _changed(before: str, after: str) -> int:
    if len(before) != len(after):
        return abs(len(before) - len(after)) + 1
    return sum(1 for a, b in zip(before, after, strict=True) if a != b)
