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
                    r"\bcompared (?:with|to)\b|对|和|与|及|，|,|、|而|；)\s*", re.I)
#: a group named after its figure: "for men", "in the WBRT + SRS group", "on the combination"
_AFTER = re.compile(r"\b(?:for|in|among|with|on)\s+(?P<label>[^,;:()\[\]\d]+?)\s*$", re.I)
_SECOND_MEASURE = re.compile(r"^\s*and\s+\S*\d\S*")
_AFTER_END = re.compile(r"[,;:()\[\]，；。]|\b(?:and|vs\.?|v|versus|while|whereas|but|"
                        r"compared)\b|\.(?:\s|$)", re.I)
#: where a group named before its figure begins
_BEFORE_START = re.compile(r"[,;:(\[，；：（。、]|\b(?:and|vs\.?|v|versus|while|whereas|but)\b|"
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
                min(depths[a.quantity.start:b.quantity.start]) < level:
            continue  # one value twice, or two brackets ("(5.21; …) … (3.28; …)")
        labels = _labels(text, depths, a, b, level)
        if labels is not None:
            out.append(Pair(a, b, *labels))
    return out


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
    both = _RESPECTIVELY_ZH.search(head)
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
    for mine in pairs(analysed.text, analysed.quantities):
        for unit in units:
            for theirs in pairs(unit.text, unit.quantities):
                if _crossed(mine, theirs, glossary):
                    return mine.first, mine.second, unit
    return None


def _crossed(mine: Pair, theirs: Pair, glossary: Glossary) -> bool:
    """Each claim figure has the value of the source figure of the other group."""
    x, y = mine.first.quantity, mine.second.quantity
    a, b = theirs.first.quantity, theirs.second.quantity
    if not (value_match(x, b) and value_match(y, a)) or value_match(x, a):
        return False
    gx = _group(mine.first_label, theirs.first_label, theirs.second_label, glossary)
    gy = _group(mine.second_label, theirs.first_label, theirs.second_label, glossary)
    return gx == 0 and gy == 1
