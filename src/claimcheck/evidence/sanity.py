"""Figures a claim cannot state as written: a span that runs backwards ("2011年至1996年",
"weeks 27 to 26") or a part larger than its whole ("Of 395 trials …, 818 qualified",
"367人中…有4620人"). Found in the source, such figures were read off another order: the
claim is not `supported` by them."""

from __future__ import annotations

import re

_UNIT_ZH = r"(?:年|岁|周|个月|月|天)"
#: two figures joined as a span: "2011年至1996年", "27至26周", "1999–1996"
_SPAN = re.compile(
    rf"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>{_UNIT_ZH})?\s*(?:至|到|~|～|–|—)\s*"
    rf"(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>{_UNIT_ZH})|"
    r"\b(?P<ya>(?:18|19|20)\d\d)\s*(?:[-–—]|to|through|until)\s*(?P<yb>(?:18|19|20)\d\d)\b")
#: a count and a part of it counted after it: "Of 395 trials …, 818 …", "367人中，…有4620人"
_PART_EN = re.compile(r"\b[Oo]f\s+(?:the\s+)?(?P<whole>\d[\d,]*)\s+[^.;]*?,\s*(?P<part>\d[\d,]*)\b"
                      r"(?!\s*%)")
_PART_ZH = re.compile(r"(?P<whole>\d[\d,]*)\s*(?:名|人|例|只)[^。；;]{0,6}?中[，,]?[^。；;]*?"
                      r"(?P<part>\d[\d,]*)\s*(?:名|人|例|只)")


def impossible_figures(claim_text: str) -> str | None:
    """Why the claim's figures cannot be right as written, or None."""
    for m in _SPAN.finditer(claim_text):
        a, b = (m["a"], m["b"]) if m["a"] else (m["ya"], m["yb"])
        if (m["a"] is None or m["ua"] in (None, m["ub"])) and float(a) > float(b):
            return f"the claim's span runs backwards ({m.group().strip()})"
    for pattern in (_PART_EN, _PART_ZH):
        for m in pattern.finditer(claim_text):
            whole, part = (int(m[g].replace(",", "")) for g in ("whole", "part"))
            if part > whole:
                return (f"the claim counts {m['part']} out of {m['whole']}, a part larger than "
                        "its whole")
    return None
