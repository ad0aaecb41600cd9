"""Numbers as printed → values: Arabic digits with grouping, Chinese numerals, English words."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: a scale word's article in words: "a million", "half a million"
_ONE_OF_SCALE = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5}
#: every scale word a printed number may end in ("200 million", "10万")
SCALE_WORDS: dict[str, float] = {**_EN_SCALE, **{k: float(v) for k, v in _ZH_BIG.items()}}

#: a printed number: "17,802", "17 802", "0.61" and (session 14) ".61", the leading zero left
#: out as many journals print it ("AOR of.61 (CI:.48-.76)", "(.48 to .76)"), never after a digit
#: or another word ("Fig.3", "2010.5"), nor after "=" or "<" (a P value, read by
#: `significance`)
#: (The pattern is left unbracketed as it always was: a suffix written after it in another
#: pattern binds to its last alternative only.)
ARABIC = (r"(?:(?<![\w.=<>≤≥\s])|(?<=[^=<>≤≥\s]\s)|(?<=\bof)|(?<=\bwas)|(?<=\bis))\.\d+"
          r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
          r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])"
          r"|\d+(?:\.\d+)?")
#: (百 of 百分位 "percentile" is no numeral: "第三百分位" is the third percentile, session 18)
ZH_NUMERAL = r"(?:[零〇一二两三四五六七八九十千]|百(?!分位))+(?:[万亿](?:[零〇一二两三四五六七八九十千]|百(?!分位))+)*"
_EN_SMALL = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three"
             r"|four|five|six|seven|eight|nine)\b)?|zero|one|two|three|four|five|six|seven|eight"
             r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
             r"|nineteen)")
#: an English number in words: "twelve", "twenty-five" (or "Ninety two", unhyphenated: session 18), "two hundred", "one hundred and fifty",
#: "three thousand" (hundreds and thousands need their multiplier: "two hundred", not "two")
EN_WORD = (rf"(?:{_EN_SMALL}\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_EN_SMALL}(?![\s-]+(?:hundred"
           rf"|thousand)))?(?![\s-]+(?:hundred|thousand))|{_EN_SMALL}(?![\s-]+(?:hundred|thousand))"
           rf"|hundred)")
#: a scale word after the digits: 万, 亿, "thousand"; 千 after Arabic digits ("1千名", not the
#: 千 of 千克 kg or 千米 km)
SCALE = r"(?:\s*[万亿]|(?<=\d)千(?![克米卡瓦焦帕])|\s+(?:thousand|million|billion)\b)"
NUM = rf"(?:(?:{ARABIC})|(?:{ZH_NUMERAL})){SCALE}?"


def zh_numeral(text: str) -> float:
    """一百二十 → 120, 三 → 3, 十五 → 15, 两千 → 2000, 百万 → 1,000,000 (read by `cn2an`)."""
    import cn2an

    if text[:1] in ("百", "千"):
        text = "一" + text  # "近百万", "每千名": a scale word with its one unsaid

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):  # a run cn2an does not accept ("二三"): digit by digit
        return float("".join(str(_ZH_DIGITS.get(ch, 0)) for ch in text) or 0)


def en_word(text: str) -> float:
    """"Eleven" → 11, "twenty-five" → 25, "Two hundred" → 200 (read by `text2num`)."""
    from text_to_num import text2num

    words = " ".join(text.lower().split())
    try:
        return float(text2num(words, "en"))
    except ValueError:  # a form text2num does not take: the sum of its known words
        return float(sum(_EN_WORDS.get(p, 0) for p in re.split(r"[\s-]+", words)))


def parse_number(text: str) -> tuple[float, int]:
    """A printed number (with its scale word) → (value, decimals printed)."""
    raw = text.strip()
    scale = 1.0
    for word, factor in _EN_SCALE.items():
        if raw.lower().endswith(word):
            raw, scale = raw[: -len(word)].strip(), factor
            break
    if raw.endswith("千") and re.fullmatch(r"[\d.,]+千", raw):  # "1千", "2.5千"
        scale, raw = 1000.0, raw[:-1]
    if raw and raw[-1] in _ZH_BIG and not re.fullmatch(ZH_NUMERAL + "[万亿]", raw):
        scale *= _ZH_BIG[raw[-1]]
        raw = raw[:-1].strip() or "1"  # "近万": the one unsaid
    if re.fullmatch(r"[\d,.\s\u00a0\u2009\u202f]+", raw):
        digits = re.sub(r"[,\s\u00a0\u2009\u202f]", "", raw)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        # "1.76万" is printed to the hundred: 17,604 is the same number at that precision
        return float(digits) * scale, decimals - round(math.log10(scale))
    if raw.lower() in _ONE_OF_SCALE:  # "a million", "half a million"
        return _ONE_OF_SCALE[raw.lower()] * scale, 0
    if raw.lower().replace("-", "").isalpha() and raw.isascii():
        return en_word(raw) * scale, 0
    return zh_numeral(raw) * scale, 0


def round_half_up(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
