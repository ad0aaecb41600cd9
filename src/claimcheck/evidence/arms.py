"""Study arms a source defines once and then counts by name.

A trial abstract often says what each arm received in its methods ("… to an intervention
group, which received free e-cigarettes and e-liquids, …, or to a control group, which
received standard counseling and a voucher") and then reports by the arm's name only ("622
participants were assigned to the intervention group, and 624 to the control group"). An
article says it the other way: "622 received free e-cigarettes …". Each figure bound to a
named arm is therefore read with the words of that arm's definition as its own context.
"""

from __future__ import annotations

import dataclasses
import re

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit, analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage, value_match
from claimcheck.evidence.quantities import MULTIPLE, RELATIVE_DOWN, RELATIVE_UP, elliptical
from claimcheck.models import Quantity

#: "an intervention group, which received …", "the usual-care group, who were given …"
_DEFINITION = re.compile(
    r"\b(?:an?|the)\s+(?P<arm>(?:[A-Za-z-]+\s+){1,2}?)(?:group|arm),?\s+(?:which|who|that)\s+"
    r"(?:received|were given|was given|got|underwent|were offered|was offered)\s+"
    r"(?P<what>.+?)(?=,?\s+or\s+(?:to\s+)?(?:an?|the)\s|;|\.(?:\s|$)|$)", re.I)


@dataclasses.dataclass(frozen=True)
class ArmDefinition:
    """One arm: the concepts of its name and of what it received."""

    name: frozenset[str]
    received: frozenset[str]
    label: str = ""  # the arm's own words ("intervention", "usual-care")


def arm_definitions(units: list[Unit], glossary: Glossary) -> list[ArmDefinition]:
    """The arms the source's sentences define, in order."""
    found: list[ArmDefinition] = []
    for unit in units:
        for m in _DEFINITION.finditer(unit.text):
            # the name with its noun: "intervention group" (~intervent, ~group), "control
            # group" (one glossary concept)
            name = analyse(f"{m['arm']}group", glossary).terms.all
            received = analyse(m["what"], glossary).terms.all - name
            if name and received:
                found.append(ArmDefinition(name, received, m["arm"].strip().lower()))
    return found


def with_arm_definitions(units: list[Unit], glossary: Glossary) -> list[Unit]:
    """The units, each figure bound to a defined arm by name ("624 to the control group")
    given the concepts of what that arm received (the same units if no arm is defined)."""
    arms = arm_definitions(units, glossary)
    if not arms:
        return units
    return [_lent(unit, arms) for unit in units]


def _lent(unit: Unit, arms: list[ArmDefinition]) -> Unit:
    infos: list[QuantityInfo] = []
    changed = False
    for info in unit.quantities:
        named = [a for a in arms if a.name <= info.context]
        if len(named) > 1:  # "622 … to the intervention group, and 624 to the control group"
            named = _nearest_after(unit.text, info.quantity.end, named)
        if len(named) == 1 and not named[0].received <= info.context:
            info = dataclasses.replace(info, context=info.context | named[0].received)
            changed = True
        infos.append(info)
    return dataclasses.replace(unit, quantities=tuple(infos)) if changed else unit


_NEAR = 60  # characters after a figure where the arm it belongs to is named


def _nearest_after(text: str, end: int, arms: list[ArmDefinition]) -> list[ArmDefinition]:
    """The arm named first after the figure ("624 to the control group"), if one is."""
    after = text[end:end + _NEAR].lower()
    placed = [(after.find(a.label), a) for a in arms if a.label and a.label in after]
    return [min(placed, key=lambda p: p[0])[1]] if placed else []


#: the unit of a ratio worked out from two figures of one source sentence ("22.8% … and
#: 19.3% …"): it answers a claim's multiple ("doubled") or relative change ("30% lower") and
#: nothing else
PAIR_MULTIPLE = "× (two figures)"
_ABOUT = 0.10  # the tolerance of "about" (`match.number_equal`)
_POINTS = "percentage points"
#: the claim figures `pair_figures` answers
PAIRED_UNITS = frozenset({MULTIPLE, RELATIVE_UP, RELATIVE_DOWN, _POINTS})


def pair_figures(unit: Unit, claim: QuantityInfo, glossary: Glossary
                 ) -> tuple[QuantityInfo, ...]:
    """A sentence that states one measure in two groups ("in 20.4% of the vitamin D group and
    10.1% of the placebo group") states how they compare too, for a claim that says so: a
    multiple ("twice as common": 20.4 / 10.1), a relative change ("30% fewer falls": the
    ratio, read by `significance.relative_percent`) or a difference in percentage points (10.3).
    The claim's group is the one whose own words (`_group_words`, less those of the other)
    the claim names; where it names both or neither, no ratio is read (a difference needs no
    order). Only where the sentence gives exactly two point values of a kind (plain
    percentages, or rates in one unit), each above zero. A multiple in whole units or a
    relative change is held to about 10%: 1.55 is neither "twice" nor another multiple, so
    that pair is left out."""
    c = claim.quantity
    if c.unit not in PAIRED_UNITS or not c.value:
        return ()
    out: list[QuantityInfo] = []
    for kind in ("percent", "rate"):
        two = _two(unit, kind)
        if not two:
            continue
        derived = _difference(two) if c.unit == _POINTS else _ratio(two, claim, unit, glossary)
        if derived is not None:
            out.append(derived)
    return tuple(out)


def pair_shares_left(unit: Unit, claim: Quantity) -> tuple[QuantityInfo, ...]:
    """The sentence's figures a claim figure is compared with: all of them, except that a
    relative change is never compared with either of two shares `pair_figures` reads it from
    ("cut the risk of falls by 10%" is not stated by "10.1% of the vitamin D group")."""
    if claim.unit not in (RELATIVE_UP, RELATIVE_DOWN):
        return unit.quantities
    used = {id(i) for i in _two(unit, "percent")}
    return tuple(i for i in unit.quantities if id(i) not in used) if used else unit.quantities


def _two(unit: Unit, kind: str) -> list[QuantityInfo]:
    """The sentence's two point values of a kind (plain percentages, rates in one unit), or
    none."""
    two = [i for i in unit.quantities if i.quantity.kind == kind
           and (i.quantity.value or 0) > 0 and i.quantity.qualifier is None
           and (kind == "rate" or i.quantity.unit == "%")]
    return two if len(two) == 2 and two[0].quantity.unit == two[1].quantity.unit else []


def _info(two: list[QuantityInfo], q: Quantity) -> QuantityInfo:
    a, b = two
    return QuantityInfo(q, a.context | b.context, a.times | b.times, a.key_context | b.key_context)


def _difference(two: list[QuantityInfo]) -> QuantityInfo | None:
    a, b = (i.quantity for i in two)
    places = max(a.decimals, b.decimals)
    diff = round(abs((a.value or 0) - (b.value or 0)), places)
    return _info(two, Quantity(text=f"{a.text} vs {b.text}", kind="number", value=diff,
                               decimals=places, unit=_POINTS, start=a.start, end=b.end))


def _group_words(text: str, q: Quantity, glossary: Glossary) -> frozenset[str]:
    """The words a figure is said of: after it up to the next joint or bracket ("20.4% of the
    vitamin D group and …"), or else before it since the last one ("men, 11.1% vs …")."""
    end = _GROUP_END.search(text, q.end)
    after = text[q.end:end.start() if end else len(text)]
    words = analyse(after, glossary).terms.key if after.strip(" .") else frozenset()
    if words:
        return words
    starts = [m.end() for m in _GROUP_END.finditer(text, 0, q.start)]
    return analyse(text[starts[-1] if starts else 0:q.start], glossary).terms.key


def _ratio(two: list[QuantityInfo], claim: QuantityInfo, unit: Unit,
           glossary: Glossary) -> QuantityInfo | None:
    first, second = two
    g1 = _group_words(unit.text, first.quantity, glossary)
    g2 = _group_words(unit.text, second.quantity, glossary)
    mine, theirs = g1 - g2, g2 - g1
    if claim.context & mine and not claim.context & theirs:
        top, bottom = first.quantity, second.quantity
    elif claim.context & theirs and not claim.context & mine:
        top, bottom = second.quantity, first.quantity
    else:
        return None  # which figure is the claim's group's is not told
    ratio = (top.value or 0) / (bottom.value or 1)
    c = claim.quantity
    said = c.value or 0.0
    # the claim's figure as a ratio: "twice" 2.0, "30% lower" 0.70, "30% higher" 1.30
    as_ratio = said if c.unit == MULTIPLE else 1 - said / 100 if c.unit == RELATIVE_DOWN \
        else 1 + said / 100
    if c.unit != MULTIPLE and abs(abs((top.value or 0) - (bottom.value or 0)) - said) <= \
            max(0.5, _ABOUT * said):
        return None  # "by 10%" for 20.4% and 10.1%: the points, said as a relative change
    near = abs(ratio - as_ratio) <= _ABOUT * as_ratio
    far = abs(ratio - as_ratio) > 2.5 * _ABOUT * as_ratio
    if not near and not far:
        return None  # 1.55 for "twice": neither the claim's nor clearly another
    if near:
        ratio = as_ratio  # within the claim's rounding: its own value
    q = Quantity(text=f"{top.text} vs {bottom.text}", kind="ratio", value=round(ratio, 4),
                 decimals=4, unit=PAIR_MULTIPLE, start=first.quantity.start,
                 end=second.quantity.end)
    return _info(two, q)


def pair_answers(analysed: Analysed, matched: dict[int, tuple[Unit, QuantityInfo]]
                 ) -> dict[int, tuple[Unit, QuantityInfo]]:
    """A claim's pair of figures said of two groups, the second's noun left to the first ("60
    amputations in the vitamin group and 73 in the placebo group"), against a source pair of
    the same shape ("60 amputations in the vitamin group vs 53 for placebo"): where the first
    is found (`matched`: by the id of its claim figure, the sentence and the source figure),
    the source's second figure answers the claim's second. Returned by the id of the claim's
    second figure, only where the two values differ and the sentence names the second's own
    group words (what the first does not say: "placebo")."""
    out: dict[int, tuple[Unit, QuantityInfo]] = {}
    infos = analysed.quantities
    for j, i, _ in elliptical(analysed.text, [info.quantity for info in infos]):
        first, second = infos[i], infos[j]
        if id(first) not in matched or id(second) in matched:
            continue
        unit, s_first = matched[id(first)]
        own = second.context - first.context
        if not own or not own <= unit.terms.all:
            continue
        pairs = elliptical(unit.text, [info.quantity for info in unit.quantities])
        for sj, si, _ in pairs:
            s_second = unit.quantities[sj]
            if unit.quantities[si] is s_first and s_second.quantity.value != \
                    second.quantity.value:
                out[id(second)] = (unit, s_second)
    return out


_GROUP_END = re.compile(r"[,;:()\[\]]|\b(?:and|vs\.?|versus|compared with|while|whereas|but)\b",
                        re.I)


def _pair_groups(text: str, quantities: list[QuantityInfo], glossary: Glossary
                 ) -> list[tuple[QuantityInfo, frozenset[str], QuantityInfo, frozenset[str]]]:
    """Each pair of figures said of two groups (`quantities.elliptical`) with the words of
    the group each is said of, read from just after it to the next joint or bracket: "60
    amputations in the vitamin group vs 53 for placebo" gives (60, {vitamin, group}, 53,
    {placebo})."""
    out = []
    for j, i, noun in elliptical(text, [info.quantity for info in quantities]):
        first, second = quantities[i], quantities[j]
        start = first.quantity.end + (text.find(noun, first.quantity.end) - first.quantity.end
                                      + len(noun) if noun else 0)
        groups = []
        for at in (start, second.quantity.end):
            end = _GROUP_END.search(text, at)
            groups.append(analyse(text[at:end.start() if end else len(text)], glossary).terms.key)
        out.append((first, groups[0], second, groups[1]))
    return out


def pair_swapped(analysed: Analysed, units: list[Unit], glossary: Glossary
                 ) -> tuple[QuantityInfo, QuantityInfo, Unit] | None:
    """A claim's pair said of two groups ("53 amputations in the vitamin group and 60 in the
    placebo group") whose values a source pair of the same shape gives each to the other
    group ("60 amputations in the vitamin group vs 53 for placebo"): the right numbers on
    swapped groups. Each claim figure's own group words (those the other's lack) must be
    those of the source figure with the other value, and none of those of its own value's."""
    for c1, g1, c2, g2 in _pair_groups(analysed.text, list(analysed.quantities), glossary):
        mine, theirs = g1 - g2, g2 - g1
        if c1.quantity.value == c2.quantity.value or not mine or not theirs:
            continue
        for unit in units:
            for s1, h1, s2, h2 in _pair_groups(unit.text, list(unit.quantities), glossary):
                values = (s1.quantity.value, s2.quantity.value)
                if values == (c1.quantity.value, c2.quantity.value):
                    same, other = h1 - h2, h2 - h1  # the source groups of c1's and c2's values
                elif values == (c2.quantity.value, c1.quantity.value):
                    same, other = h2 - h1, h1 - h2
                else:
                    continue
                if mine & other and theirs & same and not mine & same and not theirs & other:
                    return c1, c2, unit
    return None


#: "lower in vegetarians than in non-vegetarians (182 v 246 pmol/L)": the two groups of a
#: comparison, then their pair in the same order
_COMPARED_PAIR = re.compile(
    r"\b(?:in|among|for)\s+(?P<a>[^,;()]{2,50}?)\s+(?:than|compared\s+(?:with|to))\s+(?:in\s+|among\s+|for\s+)?"
    r"(?P<b>[^,;()]{2,50}?)\s*\((?P<pair>[^()]*?\b(?:v|vs\.?|versus)\s[^(),;]*)[^()]*\)", re.I)
#: a group named as the other's complement: non-smokers, 非吸烟者, without diabetes
_NON = re.compile(r"\bnon[- ]?|\bwithout\b|非|未|没有|不")


def compared_swapped(analysed: Analysed, units: list[Unit], glossary: Glossary
                     ) -> tuple[QuantityInfo, QuantityInfo, Unit] | None:
    """A claim's two figures, each said of one of two groups, that a source comparison gives
    each to the other group: "素食者…246，而非素食者只有182" against "lower in vegetarians than
    in non-vegetarians (182 v 246 pmol/L)"."""
    figures = [q for q in analysed.quantities if q.is_anchor]
    if len(figures) != 2:
        return None
    for unit in units:
        for m, (start, end) in _compared_pairs(unit.text):
            pair = [q for q in unit.quantities if q.is_anchor
                    and start <= q.quantity.start < end]
            if len(pair) != 2:
                continue
            groups = _groups_of(analysed.text, figures, m["a"], m["b"], glossary)
            if groups is None:
                continue
            for claim_fig, group in zip(figures, groups, strict=True):
                given = pair[0] if group == 0 else pair[1]
                other = pair[1] if group == 0 else pair[0]
                if not (value_match(claim_fig.quantity, other.quantity)
                        and not value_match(claim_fig.quantity, given.quantity)):
                    break
            else:
                return figures[0], figures[1], unit
    return None


def _compared_pairs(text: str) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """Each "in A than in B" comparison with the span of every "(x vs y)" pair that gives its
    figures: the bracket right after it, and those later in its sentence ("greater in pregnant
    than in nonpregnant women, whether expressed as burst frequency (+17±13 versus +7±8 …) or
    burst incidence (+17±9 versus +6±11 …)": session 18), each in the order A, B."""
    out = []
    for m in _COMPARED_PAIR.finditer(text):
        out.append((m, m.span("pair")))
        sentence_end = _SENTENCE_END.search(text, m.end())
        rest_end = sentence_end.start() if sentence_end else len(text)
        out += [(m, later.span("pair")) for later in _LATER_PAIR.finditer(text, m.end(), rest_end)]
    for m in _COMPARED_THEN.finditer(text):  # the first bracket after a clause of its own
        sentence_end = _SENTENCE_END.search(text, m.end())
        rest_end = sentence_end.start() if sentence_end else len(text)
        out += [(m, later.span("pair")) for later in _LATER_PAIR.finditer(text, m.end(), rest_end)]
    return out


#: "in A than in B," with its figures given later in the sentence, not in a bracket at once
_COMPARED_THEN = re.compile(
    r"\b(?:in|among|for)\s+(?P<a>[^,;()]{2,50}?)\s+(?:than|compared\s+(?:with|to))\s+(?:in\s+|among\s+|for\s+)?"
    r"(?P<b>[^,;()]{2,50}?)\s*,", re.I)
#: (the pair ends at its first comma: "(+17±9 versus +6±11 bursts/100 hb, P=0.03)")
_LATER_PAIR = re.compile(r"\((?P<pair>[^()]*?\b(?:v|vs\.?|versus)\s[^(),;]*)[^()]*\)", re.I)
_SENTENCE_END = re.compile(r"[;；。]|\.(?:\s|$)")


def _groups_of(text: str, figures: list[QuantityInfo], a: str, b: str,
               glossary: Glossary) -> tuple[int, int] | None:
    """Which of the groups a (0) and b (1) each claim figure is said of, read from the words
    before each figure, else after each, else before the first and after the second (segments
    that do not overlap); None unless the two differ."""
    starts = [q.quantity.start for q in figures]
    ends = [q.quantity.end for q in figures]
    before = [text[0:starts[0]], text[ends[0]:starts[1]]]
    after = [text[ends[0]:starts[1]], text[ends[1]:]]
    for segments in (before, after, [before[0], after[1]]):
        read = [_group(s, a, b, glossary) for s in segments]
        if None not in read and read[0] != read[1]:
            return read[0], read[1]  # type: ignore[return-value]
    return None


def _group(segment: str, a: str, b: str, glossary: Glossary) -> int | None:
    """0 or 1 where the words name group a or b, by their terms, or by the complement word
    where one group is the other's complement (vegetarians / non-vegetarians)."""
    words = analyse(segment, glossary, claim=True).terms
    groups = [analyse(g, glossary).terms for g in (a, b)]
    fits = [coverage(words, g, glossary).score for g in groups]
    if not max(fits):
        return None
    non_a, non_b = bool(_NON.search(a)), bool(_NON.search(b))
    if non_a != non_b and min(fits) > 0:
        return 1 if bool(_NON.search(segment)) == non_b else 0
    if fits[0] == fits[1]:
        # "day-shift nurses" against "night-shift nurses" and "day-shift nurses" (no word of
        # "day" kept): the group with none of its own words missing from the segment (s14)
        fits = [coverage(g, words, glossary).score for g in groups]
    return None if fits[0] == fits[1] else (0 if fits[0] > fits[1] else 1)
