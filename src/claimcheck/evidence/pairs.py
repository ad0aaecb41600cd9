"""Two figures each said of its own group, given each to the other group (session 13).

A results sentence often gives one measure for two groups side by side, the group named after
each figure ("2·9 years (95% UI 2·9–3·0) for men and 3·5 years (3·4–3·7) for women", "7.5
months … in the WBRT + SRS group and 8.0 months … for SRS alone") or before it ("(men, 11.1% vs
women, 14.2%)", "男性为14.2%，女性为11.1%", "手术组和非手术组…分别为39.07分和38.32分"). A claim
with the same two values, each beside the words of the other group, states the right numbers
on swapped groups: `contradicted`, resting on the source's own pair. Each claim label must
read as one source group and the other as the other (`arms._group`: shared words, or the
complement "non-"/非 of one group), else nothing is decided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit, bracket_depths
from claimcheck.evidence.arms import _group
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import value_match


@dataclass(frozen=True)
class Pair:
    """Two figures of one measure in a sentence, each with the words naming its group."""

    first: QuantityInfo
    second: QuantityInfo
    first_label: str
    second_label: str


#: the joint between the two items of a pair
_JOINT = re.compile(r"\s*(?:,\s*)?(?:\band\b|\bvs\.?|\bv\b|\bversus\b|\bagainst\b|"
                    r"\bcompared (?:with|to)\b|\bthan\b|对|和|与|及|，|,|、|而|；)\s*", re.I)
#: a group named after its figure: "for men", "in the WBRT + SRS group", "on the combination"
_AFTER = re.compile(r"\b(?:for|in|among|with|on|of)\s+(?P<label>[^,;:()\[\]\d]+?)\s*$", re.I)
_SECOND_MEASURE = re.compile(r"^\s*and\s+\S*\d\S*")
_AFTER_END = re.compile(r"[,;:()\[\]，；。]|\b(?:and|vs\.?|v|versus|while|whereas|but|"
                        r"compared)\b|\.(?:\s|$)", re.I)
#: where a group named before its figure begins
_BEFORE_START = re.compile(r"[,;:(\[，；：（。、]|\b(?:and|vs\.?|v|versus|while|whereas|but|between|"
                           r"among|than)\b|"
                           r"对|和|与|及|而", re.I)
#: a copula or measure word between a group and its figure ("women, ", "女性为", "was")
_LEAD_OUT = re.compile(r"(?:\s|[,:=：，]|\b(?:was|were|is|are|of|at|with)\b|为|是|达|有|的)+$", re.I)
#: "手术组和非手术组的…分别为", "A与B分别是": two groups, then their figures in order
_RESPECTIVELY_ZH = re.compile(r"(?P<a>[^，,；;：:（(]{1,20}?)(?:和|与|及)(?P<b>[^，,；;：:（(的]{1,20})"
                              r"(?:的[^，,；;：:（(]{0,20}?)?分别(?:为|是)?\s*$")
_KINDS = frozenset({"percent", "number", "count", "duration", "mean_sd", "rate", "ratio"})


def pairs(text: str, quantities: tuple[QuantityInfo, ...]) -> list[Pair]:
    """Every two figures of one kind in one bracket (or none), no other such figure between
    them, joined by a joint and each read with the label of its group (after it, else before
    it)."""
    depths = bracket_depths(text)
    figures = sorted((q for q in quantities if q.quantity.kind in _KINDS
                      and q.quantity.value is not None), key=lambda q: q.quantity.start)
    out = []
    for i, a in enumerate(figures):
        level = _depth(depths, a)
        b = next((q for q in figures[i + 1:] if _depth(depths, q) == level
                  and q.quantity.kind == a.quantity.kind), None)
        if b is None or b.quantity.unit != a.quantity.unit or \
                value_match(a.quantity, b.quantity) or \
                min(depths[a.quantity.start:b.quantity.start], default=level) < level:
            continue  # one value twice, or two brackets ("(5.21; …) … (3.28; …)")
        labels = _labels(text, depths, a, b, level)
        if labels is not None:
            out.append(Pair(a, b, *labels))
    return out


def bracket_pairs(text: str, quantities: tuple[QuantityInfo, ...]) -> list[Pair]:
    """Two groups each named just before a bracket that opens on its figure ("between men
    (14.2%) and women (11.1%)", "男性（14.2%）和女性（11.1%）"), or named together before one
    bracket holding the two figures in their order ("between men and women (14.2% vs 11.1%)",
    "男性与女性…（14.2%对11.1%）")."""
    depths = bracket_depths(text)
    firsts: list[tuple[int, int, QuantityInfo]] = []  # (opening, closing, first figure)
    for q in sorted(quantities, key=lambda q: q.quantity.start):
        start = q.quantity.start
        if _depth(depths, q) != 1 or q.quantity.value is None or \
                q.quantity.kind not in _KINDS:
            continue
        opening = max((i for i in range(start) if depths[i] < 1), default=-1) + 1  # "("
        if text[opening + 1:start].strip() or any(o == opening for o, _, _ in firsts):
            continue
        closing = next((i for i in range(start, len(text)) if depths[i] < 1), len(text))
        firsts.append((opening, closing, q))
    out = []
    for (o1, c1, a), (o2, _, b) in zip(firsts, firsts[1:], strict=False):
        between = text[c1 + 1:o2]
        if a.quantity.kind != b.quantity.kind or value_match(a.quantity, b.quantity) or \
                not _JOINT.search(between) or re.search(r"\d", between):
            continue
        first, second = _before(text[:o1]), _before(between)
        if first and second:
            out.append(Pair(a, b, first, second))
    for m in (m for pattern in _TWO_THEN_PAIR for m in pattern.finditer(text)):
        inner = [q for q in quantities if m.start("pair") <= q.quantity.start < m.end("pair")
                 and q.quantity.kind in _KINDS and q.quantity.value is not None
                 and not _P_BEFORE.search(text, 0, q.quantity.start)]
        if len(inner) == 2 and inner[0].quantity.kind == inner[1].quantity.kind and \
                not value_match(inner[0].quantity, inner[1].quantity):
            second = re.split(r"之间|中|组间", m["b"])[0]  # "厨师之间差别明显": 厨师
            out.append(Pair(inner[0], inner[1], m["a"].strip(), second.strip()))
    return out


#: "between men and women (14.2% vs 11.1%)", "男性与女性的死亡率…（14.2%对11.1%）"
_TWO_THEN_PAIR = (
    re.compile(r"\bbetween\s+(?P<a>[^,;()]{2,40}?)\s+and\s+(?P<b>[^,;()]{2,40}?)\s*[(\[]"
               r"(?P<pair>[^()\[\]]*?\b(?:vs\.?|versus|v)\s[^()\[\]]*)[)\]]", re.I),
    re.compile(r"(?P<a>[^，,；;：:（(与和]{1,12}?)(?:与|和)(?P<b>[^，,；;：:（(与和的]{1,12})"
               r"[^，,；;：:（(]{0,20}（(?P<pair>[^（）]*?对[^（）]*)）"),
    # "Pregnant women had … (1,811 ± 148 vs. 1,140 ± 55 au) relative to controls": the
    # sentence's subject, then the pair, then the group it is set against
    re.compile(r"(?:^|[.;:]\s+)(?P<a>[A-Z][A-Za-z -]{2,40}?)\s+(?:had|showed|exhibited|"
               r"displayed|has|have)\b(?:vs\.|\d\.\d|[^.;]){0,200}?\((?P<pair>[^()]*?\b(?:vs\.?|versus|v)\s"
               r"[^()]*)\)\s*(?:relative to|compared (?:with|to)|versus|vs\.?|than)\s+"
               r"(?:the\s+|those of\s+|that of\s+)?(?P<b>[A-Za-z -]{2,40}?)"
               r"(?=[,;.]|\s+(?:and|but|while|whereas)\b|$)"))
#: a P value's figure ("P < 0.01"), no group's
_P_BEFORE = re.compile(r"\bP\s*(?:[<=>≤≥]\s*)?$", re.I)
#: "孕妇的总交感神经活动低于对照组，分别为": the group compared, the group it is compared
#: with, then their figures in that order
_COMPARED_ZH = re.compile(r"(?P<a>[^，,；;：:（(]{1,20}?)(?:的[^，,；;：:（(]{0,20}?)?"
                          r"(?:反而|均|都|明显|显著)?(?:高于|低于|多于|少于|大于|小于|长于|短于)"
                          r"(?P<b>[^，,；;：:（(的]{1,12})[，,]?\s*分别(?:为|是)?\s*$")


def _depth(depths: list[int], q: QuantityInfo) -> int:
    return depths[q.quantity.start] if q.quantity.start < len(depths) else 0


def _flat(text: str, depths: list[int], start: int, end: int, level: int) -> str:
    """The text between two positions with what stands in deeper brackets blanked."""
    return "".join(ch if depths[i] <= level and ch not in "()（）[]" else " "
                   for i, ch in zip(range(start, end), text[start:end], strict=True))


def _labels(text: str, depths: list[int], a: QuantityInfo, b: QuantityInfo,
            level: int) -> tuple[str, str] | None:
    """The two groups' words, read after each figure, else before each; None unless both."""
    between = _flat(text, depths, a.quantity.end, b.quantity.start, level)
    joints = list(_JOINT.finditer(between))
    if not joints:
        return None
    pre = between[:joints[-1].start()]
    # "8.0 months and 28.4% (…) for SRS alone": a second measure's figure before the group
    tail = _SECOND_MEASURE.sub("", _flat(text, depths, b.quantity.end, len(text), level))
    la, lb = _AFTER.search(pre), _AFTER.search(_cut(tail))
    if la and lb and not _AFTER_END.search(la["label"]) and \
            not re.search(r"\d", _cut(tail)[:lb.start()]):
        return la["label"].strip(), lb["label"].strip()
    opening = max((i for i in range(a.quantity.start) if depths[i] < level), default=-1)
    head = _flat(text, depths, opening + 1, a.quantity.start, level)
    both = _RESPECTIVELY_ZH.search(head) or _COMPARED_ZH.search(head)
    if both and not _LEAD_OUT.sub("", between[joints[0].end():]).strip():
        return both["a"].strip(), both["b"].strip()
    first, second = _before(head), _before(between)
    if first and second:
        return first, second
    return None


def _cut(words: str) -> str:
    """The words after a figure up to the first joint: "points for the surgical group"."""
    end = _AFTER_END.search(words)
    return words[:end.start()] if end else words


def _before(head: str) -> str:
    """A group's words just before its figure: from the last joint or bracket on."""
    head = _LEAD_OUT.sub("", head)
    starts = [m.end() for m in _BEFORE_START.finditer(head)]
    return head[starts[-1] if starts else 0:].strip()


def labels_swapped(analysed: Analysed, units: list[Unit], glossary: Glossary
                   ) -> tuple[QuantityInfo, QuantityInfo, Unit] | None:
    """A claim pair whose two values a source pair gives, each to the group the other claim
    figure is said of: the claim's two figures and the source sentence, or None."""
    for mine in _all_pairs(analysed.text, analysed.quantities):
        for unit in units:
            for theirs in _all_pairs(unit.text, unit.quantities):
                if _crossed(mine, theirs, glossary):
                    return mine.first, mine.second, unit
    return None


def _all_pairs(text: str, quantities: tuple[QuantityInfo, ...]) -> list[Pair]:
    return pairs(text, quantities) + bracket_pairs(text, quantities) + \
        then_bracketed(text, quantities)


def then_bracketed(text: str, quantities: tuple[QuantityInfo, ...]) -> list[Pair]:
    """A figure said of the group before it, then the other group named just before a bracket
    that opens on its figure ("男性的死亡率为34%，几乎是女性（18%）的两倍", "34% in men, twice
    the rate in women (18%)"; session 14): each figure with the words naming its group."""
    depths = bracket_depths(text)
    figures = sorted((q for q in quantities if q.quantity.kind in _KINDS
                      and q.quantity.value is not None), key=lambda q: q.quantity.start)
    out = []
    for i, a in enumerate(figures):
        b = next((q for q in figures[i + 1:] if q.quantity.kind == a.quantity.kind), None)
        if b is None or _depth(depths, a) != 0 or _depth(depths, b) != 1 or \
                value_match(a.quantity, b.quantity):
            continue
        start = b.quantity.start
        opening = max((i for i in range(start) if depths[i] < 1), default=-1) + 1
        between = text[a.quantity.end:opening]
        if text[opening + 1:start].strip() or not _JOINT.search(between) or \
                re.search(r"\d", between):
            continue
        after = _NAMED_AFTER.match(_cut(between))
        first = after["label"].strip() if after else _before(text[:a.quantity.start])
        second = _before(between)
        if first and second:
            out.append(Pair(a, b, first, second))
    return out


#: a group named just after its figure, up to the first joint: "30% in boys"
_NAMED_AFTER = re.compile(r"\s*(?:for|in|among|with|on|of)\s+(?P<label>[^\d]+)$", re.I)


def _crossed(mine: Pair, theirs: Pair, glossary: Glossary) -> bool:
    """Each claim figure has the value of the source figure of the other group (the claim
    may name the two groups in either order)."""
    groups = (theirs.first_label, theirs.second_label)
    gx = _group(mine.first_label, *groups, glossary)
    gy = _group(mine.second_label, *groups, glossary)
    if gx is None or gy is None or gx == gy:
        return False
    values = (theirs.first.quantity, theirs.second.quantity)
    x, y = mine.first.quantity, mine.second.quantity
    return value_match(x, values[gy]) and value_match(y, values[gx]) and \
        not value_match(x, values[gx])
