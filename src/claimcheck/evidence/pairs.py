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
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit, analyse, bracket_depths
from claimcheck.evidence.arms import _NON, _group
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.lists import _joined
from claimcheck.evidence.match import coverage, number_equal, value_match


@dataclass(frozen=True)
class Pair:
    """Two figures of one measure in a sentence, each with the words naming its group."""

    first: QuantityInfo
    second: QuantityInfo
    first_label: str
    second_label: str
    #: each label read where nothing but a joint stands between the first figure and the
    #: second group: "men, 11.1% vs women, 14.2%" (not "66,105 women from …, 85,104 women")
    firm: bool = True


#: the joint between the two items of a pair
_JOINT = re.compile(r"\s*(?:,\s*)?(?:\band\b|\bvs\.?|\bv\b|\bversus\b|\bagainst\b|"
                    r"\bcompared (?:with|to)\b|\bthan\b|对(?!照|于|象)|和|与|及|，|,|、|而|；)\s*", re.I)
#: a group named after its figure: "for men", "in the WBRT + SRS group", "on the combination"
_AFTER = re.compile(r"\b(?:for|in|among|with|on|of)\s+(?P<label>[^,;:()\[\]\d]+?)\s*$", re.I)
_SECOND_MEASURE = re.compile(r"^\s*and\s+\S*\d\S*")
_AFTER_END = re.compile(r"[,;:()\[\]，；。]|\b(?:and|vs\.?|v|versus|while|whereas|but|"
                        r"compared)\b|\.(?:\s|$)", re.I)
#: where a group named before its figure begins
_BEFORE_START = re.compile(r"[,;:(\[，；：（。、]|\b(?:and|vs\.?|v|versus|while|whereas|but|between|"
                           r"among|than|against|compared (?:with|to))\b|"
                           r"对(?!照|于|象)|和|与|及|而", re.I)
#: a copula or measure word between a group and its figure ("women, ", "女性为", "was")
_LEAD_OUT = re.compile(r"(?:\s|[,:=：，]|\b(?:was|were|is|are|of|at|with)\b|为|是|达|有|的)+$", re.I)
#: "手术组和非手术组的…分别为", "A与B分别是": two groups, then their figures in order
_RESPECTIVELY_ZH = re.compile(r"(?P<a>[^，,；;：:（(]{1,20}?)(?:和|与|及)(?P<b>[^，,；;：:（(的]{1,20})"
                              r"(?:的[^，,；;：:（(]{0,20}?)?分别(?:为|是|有|达)?\s*$")
#: "dose" too: a measure in units, "5.2公斤对2.1公斤", "40 ng/mL vs 95 ng/mL" (session 14)
#: "干预组与对照组的体重下降5.2公斤对2.1公斤": two groups, then their figures set against
#: each other in order (session 14)
_TWO_VS = re.compile(r"(?P<a>[^，,；;：:（(与和]{1,20}?)(?:和|与)(?P<b>[^，,；;：:（(的与和]{1,20})"
                     r"的[^，,；;：:（(\d]{0,20}?$")
_VS = re.compile(r"\s*(?:对(?!照|于|象)|vs\.?|versus)\s*", re.I)
_KINDS = frozenset({"percent", "number", "count", "duration", "mean_sd", "rate", "ratio",
                    "dose"})


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
        if b is None or value_match(a.quantity, b.quantity) or \
                min(depths[a.quantity.start:b.quantity.start], default=level) < level:
            continue  # one value twice, or two brackets ("(5.21; …) … (3.28; …)")
        # "30 men and 12 women": counts of two nouns, each its group (session 14)
        nouns = b.quantity.unit != a.quantity.unit
        if nouns and a.quantity.kind != "count":
            continue
        labels = _labels(text, depths, a, b, level, nouns_only=nouns)
        if labels is not None and a.quantity.kind == "dose" and not labels[2]:
            continue  # "40 mg of folic acid, 100 mg of B6": a dose's "of" names no group
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
        if not _LEAD_IN.fullmatch(text[opening + 1:start]) or \
                any(o == opening for o, _, _ in firsts):
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
        level = depths[m.start("pair")] if m.start("pair") < len(depths) else 0
        inner = [q for q in quantities if m.start("pair") <= q.quantity.start < m.end("pair")
                 and q.quantity.kind in _KINDS and q.quantity.value is not None
                 and _depth(depths, q) == level
                 and not _P_BEFORE.search(text, 0, q.quantity.start)]
        if len(inner) == 2 and inner[0].quantity.kind == inner[1].quantity.kind and \
                not value_match(inner[0].quantity, inner[1].quantity):
            second = re.split(r"之间|中|组间", m["b"])[0]  # "厨师之间差别明显": 厨师
            first, second = m["a"].strip(), second.strip()
            if (first, second) == ("男", "女"):  # "男女": men and women (session 14)
                first, second = "男性", "女性"
            out.append(Pair(inner[0], inner[1], first, second))
    return out


#: what may stand in a bracket before its figure: "(mean, 5.21; …)", "(median 7.5 months)"
_LEAD_IN = re.compile(r"\s*(?:(?:mean|median|average)\b[,:]?\s*)?", re.I)
#: "between men and women (14.2% vs 11.1%)", "男性与女性的死亡率…（14.2%对11.1%）"
_TWO_THEN_PAIR = (
    re.compile(r"\bbetween\s+(?P<a>[^,;()]{2,40}?)\s+and\s+(?P<b>[^,;()]{2,40}?)\s*[(\[]"
               r"(?P<pair>[^()\[\]]*?\b(?:vs\.?|versus|v)\s[^()\[\]]*)[)\]]", re.I),
    re.compile(r"(?P<a>[^，,；;：:（(与和]{1,12}?)(?:与|和)(?P<b>[^，,；;：:（(与和的]{1,12})"
               r"[^，,；;：:（(]{0,20}（(?P<pair>[^（）]*?对[^（）]*)）"),
    # "男女患者的死亡率…（14.2%对11.1%）": the two sexes in one word, men first (session 14)
    re.compile(r"(?P<a>男(?=女))(?P<b>女)[^，,；;：:（(]{0,20}（(?P<pair>[^（）]*?对[^（）]*)）"),
    # "greater in the specific exercise group than in the control exercise group (24 points
    # (95% CI 19 to 28.0) v 9 points (5 to 13); …)": the pair before the bracket's ";" (s14)
    re.compile(r"\b(?:in|among|for)\s+(?P<a>[^,;()\[\]]{2,50}?)\s+than\s+(?:in\s+|among\s+|"
               r"for\s+)?(?P<b>[^,;()\[\]]{2,50}?)\s*\((?P<pair>(?:[^()\[\];]|\([^()]*\))*?"
               r"\b(?:vs\.?|versus|v)\s(?:[^()\[\];]|\([^()]*\))*)[);]", re.I),
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
            level: int, *, nouns_only: bool = False) -> tuple[str, str, bool] | None:
    """The two groups' words, read after each figure, else before each; None unless both."""
    between = _flat(text, depths, a.quantity.end, b.quantity.start, level)
    joints = list(_JOINT.finditer(between))
    if not joints:
        return None
    pre = between[:joints[-1].start()]
    # "8.0 months and 28.4% (…) for SRS alone": a second measure's figure before the group
    tail = _SECOND_MEASURE.sub("", _flat(text, depths, b.quantity.end, len(text), level))
    la, lb = _AFTER.search(pre), _AFTER.search(_cut(tail))
    la = None if la and _NO_GROUP.match(la["label"].strip()) else la
    if la and lb and not _AFTER_END.search(la["label"]) and \
            not re.search(r"\d", _cut(tail)[:lb.start()]):
        return la["label"].strip(), lb["label"].strip(), True
    bare = _bare_labels(text, a, b, pre, _cut(tail), between[joints[-1].end():])
    if bare is not None or nouns_only:
        return bare
    opening = max((i for i in range(a.quantity.start) if depths[i] < level), default=-1)
    head = _flat(text, depths, opening + 1, a.quantity.start, level)
    both = _RESPECTIVELY_ZH.search(head) or _COMPARED_ZH.search(head) or (
        _TWO_VS.search(head) if _VS.fullmatch(between[joints[0].start():joints[0].end()])
        else None)
    if both and not _LEAD_OUT.sub("", between[joints[0].end():]).strip():
        return both["a"].strip(), both["b"].strip(), True
    first, second = _before(head), _before(between)
    first = "" if _NO_GROUP.match(first) else first
    firm = not re.search(r"[^\W\d_]", between[:joints[0].start()])  # no word before the joint
    if first and second and not _NO_GROUP.match(second):
        return first, second, firm
    # "Night-shift nurses had a rate of 72 against 84 for day-shift nurses": the first group
    # named before its figure, the second after its own (session 14)
    if first and lb and la is None and not re.search(r"\d", _cut(tail)[:lb.start()]) \
            and not _OPEN_END.search(first) and not re.search(r"\brespectively\b", tail, re.I):
        return first, lb["label"].strip(), firm
    return None


#: a group named right after its count, no preposition: "5 rural", "were urban", "名男性"
_BARE = re.compile(r"\s*(?:(?:were|was|are|is)\s+)?(?!(?:from|of|in|for|with|on|to|by|at|"
                   r"among|after|before|during|per|than|due)\b)(?P<label>[A-Za-z][A-Za-z-]*"
                   r"(?:\s+[A-Za-z][A-Za-z-]*){0,2})\s*|(?:为|是)?(?P<zh>[\u4e00-\u9fff]{1,8})")
_COUNTED = frozenset({"count", "number"})
_WHOLE_BEFORE = re.compile(r"\b(?:of|among|in)\s+(?:the\s+|all\s+)?$|(?:共|在)$", re.I)


def _bare_labels(text: str, a: QuantityInfo, b: QuantityInfo, pre: str, tail: str,
                 lead: str) -> tuple[str, str, bool] | None:
    """Two counts each followed straight by its group's words, "5 rural, 7 urban", "30 men and
    12 women", "30名男性和12名女性" (the noun of "30 men" is its unit), the second figure right
    after the joint (session 14)."""
    if a.quantity.kind not in _COUNTED or b.quantity.kind not in _COUNTED or lead.strip() or \
            _WHOLE_BEFORE.search(text, 0, a.quantity.start):
        return None  # "Of the 12 clinics, 5 …": the whole, then its part
    labels = []
    for q, words in ((a, pre), (b, tail)):
        noun = _HEAD_COUNT.sub("", text[q.quantity.start:q.quantity.end])
        m = _BARE.fullmatch((noun + " " + words.strip()).strip() if noun and words.strip()
                            else noun or words.strip())
        label = m and (m["label"] or m["zh"])
        if not label or _NO_GROUP.match(label) or _OPEN_END.search(label):
            return None
        labels.append(label)
    return (labels[0], labels[1], True) if labels[0] != labels[1] else None


#: words that lead to a figure rather than name its group: "Anaemia developed in 15% and 4%
#: of …", "rates rose by"
_OPEN_END = re.compile(r"\b(?:in|of|for|among|between)$", re.I)
#: words after a figure that name no group: "3.28 points on average", "in total"
_NO_GROUP = re.compile(r"^(?:average|total|all|overall|the whole|each|both|median|mean)$", re.I)


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
        listed_pairs(text, quantities) + then_bracketed(text, quantities)


#: two groups named together, then (after a comma, a verb or "中") two figures in their order
#: without "respectively": "Of the 200 smokers and 300 non-smokers, 30 (15%) and 12 (4%) …",
#: "The rates in smokers and non-smokers were 15% and 4%", "在吸烟者和非吸烟者中，…15%和4%"
_LISTED = (
    re.compile(r"(?:^|[;:]\s*)\s*(?:of|among|in|for)\s+(?:the\s+|all\s+)?"
               r"(?P<a>[^,;:()\[\]]{2,40}?)\s+and\s+(?P<b>(?:(?!\band\b)[^,;:()\[\]]){2,40}?)"
               r",\s*(?:[^,;:()\[\]\d]{0,40}?\b(?:were|was|of|at|had|in)\s+)?$", re.I),
    re.compile(r"\b(?:in|among|for|of)\s+(?:the\s+)?(?P<a>[^,;:()\[\]\d]{2,40}?)\s+and\s+"
               r"(?P<b>(?:(?!\band\b)[^,;:()\[\]\d]){2,40}?)(?:\s+groups?)?\s+"
               r"(?:were|was|of|at|reached)\s+$", re.I),
    re.compile(r"(?:^|[，,；;。])\s*(?:在|于)?(?P<a>[^，,；;：:（()和与及]{1,20}?)(?:和|与|及)"
               r"(?P<b>[^，,；;：:（()和与及]{1,20}?)(?:中|当中|之中)[，,]?"
               r"(?:[^，,；;。：:（()\d]{0,20}?(?:为|是|达|有))?\s*$"))
#: two figures, then their two groups in order: "15% and 4% of smokers and non-smokers,
#: respectively"
_LISTED_AFTER = re.compile(r"\s*(?:[^\s\d,;:()\[\]]+\s+)?(?:of|in|for|among)\s+(?:the\s+)?"
                           r"(?P<a>[^,;:()\[\]\d]{2,40}?)\s+and\s+"
                           r"(?P<b>(?:(?!\band\b)[^,;:()\[\]\d]){2,40}?)(?:\s+groups?)?,?\s+"
                           r"respectively\b", re.I)
#: a group's count before its name: "200 smokers", "300名非吸烟者"
_HEAD_COUNT = re.compile(r"^\s*\d[\d,. ]*(?:名|例|人|位)?\s*")


def listed_pairs(text: str, quantities: tuple[QuantityInfo, ...]) -> list[Pair]:
    """Two groups named together and then exactly two figures of one kind in the same order,
    each figure (and the one figure of its bracket) the group's in order, as "respectively"
    would pair them (session 14)."""
    depths = bracket_depths(text)
    top = sorted((q for q in quantities if q.quantity.kind in _KINDS
                  and q.quantity.value is not None and _depth(depths, q) == 0),
                 key=lambda q: q.quantity.start)
    out: list[Pair] = []
    for i, (a, b) in enumerate(zip(top, top[1:], strict=False)):
        m = next((m for pattern in _LISTED if (m := pattern.search(text, 0, a.quantity.start))),
                 None) or _LISTED_AFTER.match(text, b.quantity.end)
        if m is None or a.quantity.kind != b.quantity.kind or \
                not _joined(text, a.quantity, b.quantity) or value_match(a.quantity, b.quantity) \
                or (i > 0 and _joined(text, top[i - 1].quantity, a.quantity)) or \
                (i + 2 < len(top) and _joined(text, b.quantity, top[i + 2].quantity)):
            continue  # not two figures alone, in a run of their own
        first, second = (_HEAD_COUNT.sub("", m[g]).strip() for g in ("a", "b"))
        if not _SHORT.fullmatch(first) or not _SHORT.fullmatch(second):
            continue  # "In 2001 and 2002, …": times, no groups
        out.append(Pair(a, b, first, second))
        inner = [_bracketed(text, depths, quantities, q) for q in (a, b)]
        if inner[0] and inner[1] and inner[0].quantity.kind == inner[1].quantity.kind and \
                not value_match(inner[0].quantity, inner[1].quantity):
            out.append(Pair(inner[0], inner[1], first, second))
    return out


def _bracketed(text: str, depths: list[int], quantities: tuple[QuantityInfo, ...],
               q: QuantityInfo) -> QuantityInfo | None:
    """The one figure of a bracket opening right after a figure: "30 (15%)" gives 15%."""
    m = re.match(r"\s*[(（]", text[q.quantity.end:])
    if m is None:
        return None
    opening = q.quantity.end + m.end() - 1
    closing = next((i for i in range(opening + 1, len(text)) if depths[i] == 0), len(text))
    inside = [o for o in quantities if opening < o.quantity.start < closing
              and o.quantity.kind in _KINDS and o.quantity.value is not None]
    return inside[0] if len(inside) == 1 else None


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
    # "8.0 months on the combination and 7.5 months on radiosurgery alone" against "… in the
    # WBRT + SRS group and … for SRS alone": a label that names neither group is the other
    # of the one named (session 14)
    sure = theirs.firm and all(_SHORT.fullmatch(g) for g in groups)
    if not sure:
        pass
    elif gx is None and gy is not None and _names_neither(mine.first_label, groups, glossary):
        gx = 1 - gy
    elif gy is None and gx is not None and _names_neither(mine.second_label, groups, glossary):
        gy = 1 - gx
    if gx is None or gy is None or gx == gy:
        return False
    values = (theirs.first.quantity, theirs.second.quantity)
    x, y = mine.first.quantity, mine.second.quantity
    return value_match(x, values[gy]) and value_match(y, values[gx]) and \
        not value_match(x, values[gx])


def misbound(analysed: Analysed, found: Sequence[tuple[QuantityInfo, Sequence[tuple[Unit,
                                                                           QuantityInfo]]]],
             glossary: Glossary) -> tuple[QuantityInfo, Pair, Unit, int] | None:
    """A claim figure said of one group ("15% of non-smokers") whose value every source pair
    that holds it gives to the other group, and another value to the claim's ("30 (15%) and 12
    (4%)" of smokers and non-smokers): the claim figure, the source pair, its sentence and the
    side of the claim's group (session 14). `found`: each claim figure with the (sentence,
    figure) where its value was found."""
    labels = _claim_labels(analysed)
    for info, where in found:
        label = labels.get(id(info), "")
        wrong: list[tuple[Pair, Unit, int]] = []
        right = False
        for unit, s in where if label else ():
            for pair in _all_pairs(unit.text, unit.quantities):
                sides = (pair.first.quantity, pair.second.quantity)
                side = next((k for k, q in enumerate(sides) if q.start == s.quantity.start
                             and value_match(info.quantity, q)), None)
                group = None if side is None else _own_group(label, pair, glossary)
                if group is None:
                    continue
                right = right or group == side
                if group != side and not value_match(info.quantity, sides[group]):
                    wrong.append((pair, unit, group))
        if wrong and not right:
            return info, *wrong[0]
    return None


def _own_group(label: str, pair: Pair, glossary: Glossary) -> int | None:
    """Which of a firm pair's two short labels the claim's words name: words of that group
    the other lacks and none the other has alone, or the complement word ("non-smokers")."""
    a, b = pair.first_label, pair.second_label
    if not pair.firm or not all(_SHORT.fullmatch(x) for x in (a, b, label)):
        return None
    if bool(_NON.search(a)) != bool(_NON.search(b)):
        return _group(label, a, b, glossary)
    words = analyse(label, glossary, claim=True).terms
    # a group is named by a word of its own, not a generic one ("每天" of "fruit per day")
    found = [{t for t in coverage(words, analyse(g, glossary).terms, glossary).found
              if glossary.kind(t) != "generic"} for g in (a, b)]
    own = [found[0] - found[1], found[1] - found[0]]
    return 0 if own[0] and not own[1] else 1 if own[1] and not own[0] else None


#: a group's words: a few, no figure or bracket ("the WBRT + SRS group", "非吸烟者")
_SHORT = re.compile(r"[^\d()\[\]（）]{1,60}")


def _claim_labels(analysed: Analysed) -> dict[int, str]:
    """The group words of each claim figure: its pair's label, else its own (after it, else
    before it)."""
    text, depths = analysed.text, bracket_depths(analysed.text)
    out: dict[int, str] = {}
    for pair in _all_pairs(text, analysed.quantities):
        out.setdefault(id(pair.first), pair.first_label)
        out.setdefault(id(pair.second), pair.second_label)
    for q in analysed.quantities:
        if id(q) not in out and q.quantity.kind in _KINDS and q.quantity.value is not None:
            out[id(q)] = _own_label(text, depths, q)
    return out


def _own_label(text: str, depths: list[int], q: QuantityInfo) -> str:
    """A lone figure's group words: "15% of non-smokers", "non-smokers: 15%"."""
    level = _depth(depths, q)
    tail = _cut(_flat(text, depths, q.quantity.end, len(text), level))
    after = _AFTER.search(tail)
    if after and not re.search(r"\d", tail[:after.start()]):
        return after["label"].strip()
    opening = max((i for i in range(q.quantity.start) if depths[i] < level), default=-1)
    head = _LEAD_OUT.sub("", _flat(text, depths, opening + 1, q.quantity.start, level))
    joints = list(_BEFORE_START.finditer(head))
    if re.search(r"\brespectively\b|分别", text, re.I) or \
            joints and re.fullmatch(r"\s*(?:and|和|与|及|、)\s*", joints[-1].group(), re.I):
        return ""  # "A和B分别有41人": the last item of a list of groups, not this figure's
    return _before(head)


def _names_neither(label: str, groups: tuple[str, str], glossary: Glossary) -> bool:
    """No word of the label is either group's."""
    words = analyse(label, glossary, claim=True).terms
    return bool(words.key) and not any(
        coverage(words, analyse(g, glossary).terms, glossary).score for g in groups)


#: a whole's noun and the start of its parts: "14 countries (", "30 trials of … duration … :",
#: "14个国家（"
_PARTS_OPEN = re.compile(r"[^\d,;:()（）。；，]{0,60}?\s*(?P<open>[(（]|:)")
_COUNTS = ("count", "number")


def wholes(text: str, quantities: tuple[QuantityInfo, ...]
           ) -> list[tuple[QuantityInfo, list[QuantityInfo]]]:
    """Each count set out in two or more parts, in the bracket after it or after a colon:
    "14 countries (6 less developed, 8 developed)", "30 trials …: 16 orlistat (n=…), 10
    sibutramine (n=…)" (a part's own bracket holds none of them)."""
    depths = bracket_depths(text)
    figures = [q for q in quantities if q.quantity.kind in _COUNTS and q.quantity.value is not None]
    out = []
    for whole in figures:
        m = _PARTS_OPEN.match(text, whole.quantity.end)
        if m is None:
            continue
        level = _depth(depths, whole) + (m["open"] != ":")
        end = next((i for i in range(m.end(), len(text)) if depths[i] < level
                    or text[i] in ";；" or (m["open"] == ":" and text[i] == ".")), len(text))
        parts = [q for q in figures if m.end() <= q.quantity.start < end
                 and _depth(depths, q) == level]
        if len(parts) >= 2:
            out.append((whole, parts))
    return out


def whole_swapped(analysed: Analysed, units: list[Unit]
                  ) -> tuple[QuantityInfo, QuantityInfo, Unit] | None:
    """A claim's whole and one of its parts in each other's place: "6 countries (14 less
    developed, 8 developed)" against "14 countries (6 less developed, 8 developed)", the same
    figures set out the other way (session 14): the claim's whole, its part and the
    sentence."""
    for whole, parts in wholes(analysed.text, analysed.quantities):
        mine = sorted(q.quantity.value or 0.0 for q in (whole, *parts))
        for unit in units:
            for s_whole, s_parts in wholes(unit.text, unit.quantities):
                theirs = sorted(q.quantity.value or 0.0 for q in (s_whole, *s_parts))
                if mine != theirs or len(parts) != len(s_parts) or \
                        value_match(whole.quantity, s_whole.quantity):
                    continue
                part = next((q for q in parts if value_match(q.quantity, s_whole.quantity)),
                            None)
                if part is not None:
                    return whole, part, unit
    return None


def _shares(text: str, quantities: tuple[QuantityInfo, ...]
            ) -> list[tuple[QuantityInfo, QuantityInfo]]:
    """Each count with its percentage in the bracket after it and the sentence's count that
    percentage is of: "122 (14.2%) of 858" gives (122, 858) — read by arithmetic, in either
    language ("在858名…中，有122名（14.2%）")."""
    counts = [q for q in quantities if q.quantity.kind in _COUNTS and q.quantity.value]
    out = []
    for part in counts:
        m = re.match(r"\s*[(（]", text[part.quantity.end:])
        share = next((q for q in quantities if m and q.quantity.kind == "percent"
                      and q.quantity.start == part.quantity.end + m.end()
                      and q.quantity.value is not None), None)
        if share is None or share.quantity.value is None:
            continue
        for whole in counts:
            ratio = 100.0 * (part.quantity.value or 0.0) / (whole.quantity.value or 1.0)
            if whole is not part and number_equal(share.quantity.value, share.quantity.decimals,
                                                  ratio, 6, "about"):
                out.append((part, whole))
    return out


def share_swapped(analysed: Analysed, units: list[Unit]
                  ) -> tuple[QuantityInfo, QuantityInfo, Unit] | None:
    """A claim count with its percentage ("有858名（14.2%）") that is not that share of the
    claim's other count (122), where a source sentence gives the share to the other count of
    this one ("122 (14.2%) of 858"): the part and the whole in each other's place (session
    14)."""
    if _shares(analysed.text, analysed.quantities):
        return None  # the claim's own share adds up
    counts = [q for q in analysed.quantities if q.quantity.kind in _COUNTS]
    for unit in units:
        for part, whole in _shares(unit.text, unit.quantities):
            mine = next((q for q in counts if value_match(q.quantity, whole.quantity)), None)
            other = next((q for q in counts if value_match(q.quantity, part.quantity)), None)
            if mine is not None and other is not None and \
                    re.match(r"\s*[(（]", analysed.text[mine.quantity.end:]):
                return mine, other, unit
    return None
