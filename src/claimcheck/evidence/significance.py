"""Statistical significance as a text states it: significant (+1), not significant (-1), silent (0).

A claim that a difference "was not significant" (并无显著差异, 没有统计学意义) is opposed by a
source sentence saying the same comparison was "significantly more effective" or giving
P = 0.049, and the other way round ("significantly reduced" against "did not differ
significantly", P = 0.35). Reading both sides the same way is what lets the judge call that
`contradicted` on evidence, and leave two negative statements ("did not reduce" and "was not
associated with a lower risk") in agreement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.evidence.numbers import round_half_up
from claimcheck.evidence.quantities import RELATIVE_DOWN, RELATIVE_UP, extract_quantities
from claimcheck.models import Quantity

ALPHA = 0.05

_NOT_SIGNIFICANT = re.compile(
    r"\b(?:not|no|nor|without|non)[- ](?:\w+[- ]){0,3}?(?:statistically[- ])?"
    r"significant(?:ly)?\b|\bnonsignificant(?:ly)?\b|\binsignificant\b|"
    r"\bdid not differ(?:\s+(?:statistically\s+)?significantly)?\b|\bno (?:\w+ ){0,2}differences?\b|\bdid not (?:\w+ )?(?:reach|achieve)"
    r" (?:statistical )?significance\b|\bwas similar\b|\bwere similar\b|\bsimilar between\b|"
    r"\bcomparable (?:between|to|with)\b|\bno evidence (?:that|of|for)\b",
    re.I)
_SIGNIFICANT = re.compile(r"\b(?:statistically )?significant(?:ly)?\b", re.I)
_NOT_SIGNIFICANT_ZH = re.compile(
    r"(?:无|没有|并无|未见|未达到|不具有|无明显|没有明显|并没有)(?:统计学?)?(?:显著|明显)?(?:性)?"
    r"(?:差异|差别|意义|统计学意义|相关|影响|作用|变化|改变)|差异无(?:统计学)?意义|(?:差异|差别)不(?:显著|明显)|"
    r"不显著|相近|相似|相当|无关")
_SIGNIFICANT_ZH = re.compile(r"显著|有统计学意义|差异有(?:统计学)?意义|明显(?:更|高于|低于|降低|升高|减少|增加)|"
                             r"明显(?:多|少|优|劣|好|差|大|小|长|短|强|弱)于|"
                             r"远(?:不如|高于|低于|优于|劣于|多于|少于|大于|小于|好于|差于)")
_P_VALUE = re.compile(r"\bP\s*(?P<op>[=<>≤≥]|&lt;|&gt;)\s*(?P<v>0?\.\d+|1(?:\.0+)?)", re.I)


@lru_cache(maxsize=20_000)
def significance(text: str) -> int:
    """+1 where the text states a significant result, -1 a non-significant one, else 0.

    Explicit words win over P values; where a text states both kinds of result ("A was
    significant, B was not") it is read as silent (0), since which one a figure belongs to
    is not known here.
    """
    negative = bool(_NOT_SIGNIFICANT.search(text) or _NOT_SIGNIFICANT_ZH.search(text))
    cleaned = _NOT_SIGNIFICANT_ZH.sub(" ", _NOT_SIGNIFICANT.sub(" ", text))
    positive = bool(_SIGNIFICANT.search(cleaned) or _SIGNIFICANT_ZH.search(cleaned))
    if not negative and not positive:
        positive, negative = _by_interval(text)
    elif positive and not negative and _by_interval(text)[1]:
        # "significant" beside a ratio whose interval spans 1 ("significantly higher with
        # aura (2.16, 1.53 to 3.03) than without (1.23, 0.90 to 1.69)"): both kinds of result.
        # (Not the other way: "no difference in X" beside a subgroup's ratio below 1 still
        # speaks of X, as measured on the article probe.)
        return 0
    if not negative and not positive:
        for m in _P_VALUE.finditer(text):
            value = float(m["v"])
            op = m["op"].replace("&lt;", "<").replace("&gt;", ">")
            if op in "<≤" and value <= ALPHA or op == "=" and value < ALPHA:
                positive = True
            elif op in ">≥" and value >= ALPHA or op == "=" and value >= ALPHA:
                negative = True
    if positive == negative:
        return 0
    return 1 if positive else -1


def interval_side(q: Quantity) -> int | None:
    """Where a ratio's 95% CI lies: above 1 (+1), below 1 (-1), across 1 (0); None when the
    quantity is no ratio with an interval."""
    if q.kind != "ratio" or q.low is None or q.high is None or q.low > q.high:
        return None
    return 1 if q.low > 1.0 else -1 if q.high < 1.0 else 0


def same_interval(c: Quantity, s: Quantity) -> bool:
    """The claim's figure and its interval's two bounds are the source's, each equal at the
    coarser printed precision ("风险比为0.57（95%置信区间0.44～0.74）" and "0.57 (0.44-0.74)"):
    three numbers that name one estimate of the source."""
    if c.value is None or s.value is None or None in (c.low, c.high, s.low, s.high):
        return False
    if c.kind != s.kind or c.unit and s.unit and c.unit != s.unit:
        return False
    places = max(0, min(c.decimals, s.decimals))
    pairs = ((c.value, s.value), (c.low, s.low), (c.high, s.high))
    return all(a is not None and b is not None and
               round_half_up(a, places) == round_half_up(b, places) for a, b in pairs)


def relative_percent(c: Quantity, s: Quantity) -> float | None:
    """The source ratio as the claim's relative change, in percent: "62% higher risk" reads HR
    1.62 as 62, "cut the risk by 39%" reads RR 0.61 as 39 (a ratio on the other side of 1 gives
    a negative figure). None unless the claim's percentage is a relative change
    (`quantities.RELATIVE_UP` / `RELATIVE_DOWN`) and the source figure a ratio."""
    if c.kind != "percent" or s.kind != "ratio" or s.value is None or s.value <= 0:
        return None
    if c.unit == RELATIVE_UP:
        return (s.value - 1.0) * 100.0
    if c.unit == RELATIVE_DOWN:
        return (1.0 - s.value) * 100.0
    return None


def relative_match(c: Quantity, s: Quantity) -> bool:
    """The claim's relative change is the source ratio's, at the ratio's printed precision
    (1.62 → 62%, 0.74 → 26%, which "about a quarter" holds within its tolerance)."""
    from claimcheck.evidence.match import number_equal  # match reads this module

    derived = relative_percent(c, s)
    if derived is None or c.value is None:
        return False
    places = max(0, s.decimals - 2)
    return number_equal(c.value, c.decimals, derived, places, c.qualifier)


def ratio_confirms(c: Quantity, s: Quantity, direction: int) -> bool:
    """A claim's change of risk (`direction` +1 / -1) stated through the very ratio it gives:
    "a lower risk of type 2 diabetes (hazard ratio 0.74; 95% CI, 0.66 to 0.83)" found in a
    source ratio whose interval lies below 1 (and the claim's own interval, if it gives one)."""
    if relative_match(c, s):  # "62% higher risk" for HR 1.62: the change is the ratio's own
        return True
    if not direction or c.kind != "ratio" or s.kind != "ratio":
        return False
    side = interval_side(s)
    own = interval_side(c)
    return side == direction and own in (None, direction)


@lru_cache(maxsize=20_000)
def _by_interval(text: str) -> tuple[bool, bool]:
    """Ratios with their 95% CI ("HR, 1.41; 95% CI, 1.16-1.71"): an interval that excludes 1
    is a significant result, one that spans 1 is not."""
    sides = {interval_side(q) for q in extract_quantities(text)} - {None}
    return bool(sides - {0}), 0 in sides
