"""A figure the source gives to another member of a list (contradiction helper, session 9).

A results sentence often lists one measure member by member: "orlistat reduced weight by
2.9 kg, sibutramine by 4.2 kg, and rimonabant by 4.7 kg"; "for stable ex-smokers, HR 0.17,
and for never smokers, HR 0.09"; "miscarriage (18.1) and induced abortion (34.7)". A claim
that gives one member's figure to another ("sibutramine … 4.7 kg") is contradicted by the
figure the list gives its own member. Each item of the list is read from the joint before
its figure to the joint after it (a figure in brackets ends with its bracket), and only the
words no other item has name a member (`Member`): what all items share, or what stands
before the first item's joint, is the measure they share.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TypeVar

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit, analyse, bracket_depths
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import (
    _counts_people,
    arms_compatible,
    comparable,
    has_term,
    term_weight,
    times_compatible,
    value_match,
)
from claimcheck.evidence.significance import interval_side, significance
from claimcheck.evidence.terms import MEASURE_NOUNS, Terms
from claimcheck.evidence.text import stem
from claimcheck.models import Quantity

#: where one item of a list ends and the next begins
_JOINT = re.compile(r"[,;:，；、：]|\.\s|\b(?:and|or|vs\.?|versus|compared (?:with|to)|than|"
                    r"whereas|while|but)\b|[和与而比及]", re.I)
#: an item's words before its figure are read this many words back at most: what stands
#: further back ("Tumour necrosis factor inhibitors were associated with increased overall
#: (HR 1.99 …)") is the subject all the items share
_WINDOW = 5
_WORD = re.compile(r"[A-Za-z][\w'-]*|[\u4e00-\u9fff]+")
#: the word that introduces a member before its figure: "The hazard ratio of hip fracture for
#: former drinkers was 1.24" names former drinkers, not hip fracture
_INTRODUCES = re.compile(r"\b(?:for|in|among|with|after|on|using|per|under)\s", re.I)
#: words of a figure's statistics or of a measure, said in any item: never a member's name
_STATISTICS = frozenset(stem(w) for w in (
    "hazard", "odds", "ratio", "ratios", "relative", "risk", "adjusted", "confidence",
    "interval", "ci", "hr", "or", "rr", "aor", "ahr", "irr", "sd", "se", "sem", "iqr", "mean",
    "median", "average", "p", "percent", "per", "rate", "rates", "incidence", "prevalence",
    "level", "levels", "score", "proportion", "change", "difference", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "kg", "mg", "mo", "y", "cm", "mm", "hg", "ml",
    "l", "dl", "mmol", "respectively", "was", "were", "is", "are", "by", "of", "in", "for",
    "with", "to", "the", "a", "an", "and", "than", "vs", "versus", "increase", "increased",
    "decrease", "decreased", "reduced", "reduction", "lower", "higher", "greater", "fell",
    "rose", "associated", "significantly", "only", "those", "patients", "participants",
    "group", "groups", "subgroup", "subgroups", "among", "from", "results", "conclusions",
    "findings", "methods", "background", "at", "after", "before", "during", "over"))
_DIRECTIONS = ("up", "down", "generic")

S = TypeVar("S")  # a source, passed through


@dataclasses.dataclass(frozen=True)
class Member:
    """One item of a list of figures: its figure and the words only it has."""

    figure: QuantityInfo
    own: Terms
    #: named in a comparison before a pair "(a vs b)", not by words beside its figure
    ordered: bool = False
    #: the item's words read with the head noun all items share after the last of them
    #: ("increased overall (…) and cancer (…) mortality": "overall mortality"), or None
    headed: Terms | None = None
    #: in a list of bracketed pairs (`bracket_members`), the figure's place in its bracket
    #: (0 for "1.23" of "(1.23 vs. 1.39)"), or None
    slot: int | None = None


def members(unit: Unit | Analysed, claim: QuantityInfo, glossary: Glossary) -> list[Member]:
    """The items of a list of figures of the claim figure's kind in one sentence, in order;
    none unless every item has words of its own (a list by time point or dose, "7.1% at week
    12 and 6.8% at week 24", names no members)."""
    figures = sorted((s for s in unit.quantities if comparable(claim.quantity, s.quantity)
                      or _bare_rate(claim.quantity, s.quantity)),
                     key=lambda s: s.quantity.start)
    if len(figures) < 2:
        return []
    text = unit.text
    depths = bracket_depths(text)
    if len(figures) == 2:
        pair = _ordered_pair(text, figures[0], figures[1], depths, glossary)
        if pair:
            return pair
    cuts: list[int] = []  # the joint between each figure and the next
    for a, b in zip(figures, figures[1:], strict=False):
        joints = [m.start() for m in _JOINT.finditer(text, a.quantity.end, b.quantity.start)
                  if depths[m.start()] == 0]
        if not joints:
            return []  # "0.44 (0.35-0.56)": no joint outside the brackets, no list
        cuts.append(joints[0])
    spans = []
    for i, s in enumerate(figures):
        if i:
            start = cuts[i - 1]
        else:  # the first item begins after the last joint before it: what precedes is shared
            before = [m.end() for m in _JOINT.finditer(text, 0, s.quantity.start)
                      if depths[m.start()] == 0]
            start = before[-1] if before else 0
        if depths[s.quantity.start] > 0:  # "miscarriage (18.1)": the item ends with its bracket
            close = _closing(text, s.quantity.start, depths)
            end = close if i == len(figures) - 1 else min(close, cuts[i])
        elif i < len(figures) - 1:
            end = cuts[i]
        elif not any(_wordy(text[a.quantity.end:cut]) and depths[a.quantity.end] == 0
                     for a, cut in zip(figures, cuts, strict=False)):
            end = s.quantity.end  # members before their figures: what follows the last is
            # said of all ("7.4% at 12 weeks and 7.0% at 24 weeks in the drug group")
        else:
            after = [m.start() for m in _JOINT.finditer(text, s.quantity.end)
                     if depths[m.start()] == 0]
            end = after[0] if after else len(text)
        start = _window(text, start, s.quantity.start, depths)
        spans.append((start, end))
    spans[0] = (_slot(text, spans, figures), spans[0][1])
    read = [analyse(_blank(text[a:b], a, figures), glossary).terms for a, b in spans]
    # a member's words are said once, of it alone: none of them anywhere else in the sentence
    # ("… between statin use and diabetes (1.09, …) and four between statin use and cataract")
    rest = [analyse(_blank(text[:a], 0, figures) + " " + _blank(text[b:], b, figures),
                    glossary).terms for a, b in spans]
    own = _own_words(read, glossary, rest)
    if any(not t.all and not t.stems for t in own):
        return []
    phrases = [_before_bracket(text[a:f.quantity.start]) for (a, _), f in zip(spans, figures,
                                                                            strict=True)]
    head = _shared_head(text, figures[-1], spans[-1][1], depths)
    inner = _WORD.findall(phrases[-1]) if depths[figures[-1].quantity.start] else []
    headed: list[Terms | None] = []
    for i, phrase in enumerate(phrases):
        if head:  # "overall (…) and cancer (…) mortality"
            headed.append(analyse(f"{phrase} {head}", glossary).terms)
        elif len(inner) >= 2 and i < len(phrases) - 1 and \
                not phrase.lower().endswith(inner[-1].lower()):
            # "overall (…) and cancer mortality (…)": the last item's noun is the others' too
            headed.append(analyse(f"{phrase} {inner[-1]}", glossary).terms)
        else:
            headed.append(None)
    return [Member(s, t, headed=h) for s, t, h in zip(figures, own, headed, strict=True)]


def bracket_members(unit: Unit | Analysed, like: QuantityInfo, glossary: Glossary
                    ) -> list[Member]:
    """A list whose items each hold their figures in a bracket of their own, as many in each:
    "after adjustment for soft LTM (1.23 vs. 1.39 l/min), leg soft LTM (1.20 vs. 1.43 l/min),
    and soft LTM and FM (1.23 vs. 1.39 l/min)". Every figure is a member of its bracket's
    item, with its place in the bracket (`Member.slot`); an item's words are those between
    the bracket before it and its own, and only one item (the list's base) may have none of
    its own (session 12). The figures are those of the sort of `like`, a figure of the list."""
    figures = sorted((s for s in unit.quantities if comparable(like.quantity, s.quantity)),
                     key=lambda s: s.quantity.start)
    text = unit.text
    depths = bracket_depths(text)
    groups: dict[int, list[QuantityInfo]] = {}
    for s in figures:
        if depths[s.quantity.start] == 0:
            return []
        opening = s.quantity.start
        while opening > 0 and depths[opening - 1] > 0:
            opening -= 1  # the outermost bracket the figure stands in
        groups.setdefault(opening, []).append(s)
    if len(groups) < 2 or len({len(g) for g in groups.values()}) != 1 or \
            len(next(iter(groups.values()))) < 2:
        return []
    openings = sorted(groups)
    spans = []
    for i, opening in enumerate(openings):
        if i:
            start = _closing(text, openings[i - 1] + 1, depths) + 1
            joint = re.match(r"[\s,;]*(?:(?:and|or)\s+)?", text[start:opening])
            start += joint.end() if joint else 0
        else:
            start = _window(text, 0, opening, depths)
        if re.search(r"[.;:]\s|\d", text[start:max(start, opening - 1)]):
            return []  # another statement or another figure between two items
        spans.append((start, max(start, opening - 1)))
    read = [analyse(text[a:b], glossary).terms for a, b in spans]
    own = _own_words(read, glossary)
    if sum(1 for t in own if not t.all and not t.stems) > 1:
        return []
    return [Member(s, own[i], slot=j) for i, opening in enumerate(openings)
            for j, s in enumerate(groups[opening])]


def _before_bracket(words: str) -> str:
    """An item's words before the bracket its figure stands in ("increased overall (adjusted
    hazard ratio [HR] " → "increased overall")."""
    cut = min((i for i in (words.find("("), words.find("（"), words.find("[")) if i >= 0),
              default=len(words))
    return words[:cut].strip()


def _shared_head(text: str, last: QuantityInfo, end: int, depths: list[int]) -> str:
    """The words after the last item's bracket, up to the next joint, where the items are
    modifiers of one noun said once after them all ("increased overall (HR 1.99 …) and
    cancer (HR 3.83 …) mortality"): "mortality". Empty where the last figure is not in
    brackets or nothing but a joint follows (session 10)."""
    if depths[last.quantity.start] == 0 or end >= len(text):
        return ""
    after = text[end:].lstrip(")）] ")
    joint = _JOINT.search(after)
    words = after[:joint.start()] if joint else after
    words = words.strip().rstrip(".")
    return words if 0 < len(_WORD.findall(words)) <= 3 and "(" not in words else ""


def _bare_rate(c: Quantity, s: Quantity) -> bool:
    """A rate per population and a bare number of a list whose rates the sentence names once
    ("the rates associated with miscarriage (18.1) and induced abortion (34.7)"), as
    `value_match` reads "每十万人18.1例" there (session 10)."""
    return c.kind == "rate" and s.kind == "number" and s.unit is None and s.qualifier is None


def _own_words(read: list[Terms], glossary: Glossary,
               rest: list[Terms] | None = None) -> list[Terms]:
    """Each item's words no other item has (nor the `rest` of the sentence outside it), less
    statistics, units and directions."""
    out = []
    for i, terms in enumerate(read):
        others = [t for j, t in enumerate(read) if j != i] + ([rest[i]] if rest else [])
        all_others = frozenset().union(*(t.all for t in others))
        stems_others = frozenset().union(*(t.stems for t in others))
        concepts = frozenset(c for c in terms.all - all_others if _names(c, glossary))
        stems = frozenset(x for x in terms.stems - stems_others
                          if len(x) > 1 and not any(ch.isdigit() for ch in x)
                          and x not in _STATISTICS and x not in glossary.stop_en)
        out.append(Terms(concepts, concepts, stems))
    return out


#: the joint of an ordered pair: "(128.4 vs 135.1 mmHg)", ": 20% (10/51) v 63% (29/46)"
_VERSUS = re.compile(r"^\s*(?:vs\.?|v\.?|versus|compared with)\s*$", re.I)
#: the group a comparison is made against: "… than with placebo (", "… compared with men ("
_AGAINST = re.compile(r"\b(?:than|compared (?:with|to)|versus|vs\.?)\s+", re.I)
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|higher|lower|greater|smaller|larger|better|"
                          r"worse|longer|shorter|faster|slower)\b", re.I)
_GROUP_BEFORE = re.compile(r"\b(?:with|in|among|for|after|on|using)\s+(?!\w+ing\b)"
                           r"(?P<g>[^,;:()]+)$", re.I)
_SUBJECT = re.compile(r"^(?:[A-Z][A-Z ,]{2,40}\s)?(?P<g>[^,;:()]{2,80}?)\s+(?:was|were|is|are|"
                      r"had|has|have|did|showed)\b")
#: a group named alone before a pair: "patients in the exercise group chose surgery: 20% v 63%"
_ONE_GROUP = re.compile(r"\b(?:in|among|with|for)\s+(?:the\s+)?(?P<g>[\w +-]{1,40}?\b(?:group|"
                        r"arm|cohort))\b", re.I)


def _ordered_pair(text: str, a: QuantityInfo, b: QuantityInfo, depths: list[int],
                  glossary: Glossary) -> list[Member]:
    """The two figures of a pair "(a vs b)" that follows a comparison, each bound to a
    group by order: the first to the group compared (the comparison's subject, or the group
    named before "than"), the second to the group it is compared against: "Systolic pressure
    was lower with the drug than with placebo (128.4 vs 135.1 mmHg)" gives 128.4 to the
    drug. With one group named ("… in the exercise group chose surgery: 20% v 63%") only the
    first figure has a group."""
    between = "".join(ch for i, ch in enumerate(text[a.quantity.end:b.quantity.start],
                                                 a.quantity.end)
                      if depths[i] <= depths[a.quantity.start] and ch not in "()[]")
    head = text[:a.quantity.start].rstrip()
    if not _VERSUS.match(between) or not head.endswith(("(", ":", "[")):
        return []
    head = head[:-1]
    against = list(_AGAINST.finditer(head))
    if against:
        second = head[against[-1].end():]
        before = head[:against[-1].start()]
        comparative = list(_COMPARATIVE.finditer(before))
        if not comparative:
            return []
        tail = before[comparative[-1].end():]
        m = _GROUP_BEFORE.search(tail)
        subject = _SUBJECT.match(before)
        first = m["g"] if m else subject["g"] if subject else ""
    else:
        groups = list(_ONE_GROUP.finditer(head))
        first, second = (groups[-1]["g"], "") if groups else ("", "")
    if not first.strip():
        return []
    read = [analyse(first, glossary).terms, analyse(second, glossary).terms]
    own = _own_words(read, glossary)
    if not own[0].all and not own[0].stems:
        return []
    return [Member(a, own[0], ordered=True), Member(b, own[1], ordered=True)]


def _wordy(text: str) -> bool:
    """Holds a word other than a statistic, a unit or a time ("at 12 weeks" holds none)."""
    return any(stem(m.group().lower()) not in _STATISTICS for m in _WORD.finditer(text))


def _names(concept: str, glossary: Glossary) -> bool:
    """A concept that can name a member: not a direction, a generic word nor a measure."""
    word = concept[1:] if concept.startswith("~") else concept
    return glossary.kind(concept) not in _DIRECTIONS and concept not in MEASURE_NOUNS and \
        word not in _STATISTICS and bool(term_weight(concept, glossary))


def _closing(text: str, at: int, depths: list[int]) -> int:
    """Where the bracket open at `at` closes (the end of the text if it never does)."""
    level = depths[at]
    for i in range(at, len(text)):
        if depths[i] < level:
            return i
    return len(text)


#: the word that joins each member to its figure: "a sensitivity of 85% and a specificity of
#: 62%", "sensitivity was 85% and specificity was 62%"
_CONNECTOR = re.compile(r"\b(?P<w>of|was|were|is|are)\s*$|(?P<s>[:=])\s*$", re.I)
_SLOT = 4  # words before the connector at most that name the first item's member
#: where a member's name before its connector begins, at the latest: "had a", "the", "its"
_SLOT_START = frozenset({"a", "an", "the", "its", "their", "had", "has", "have", "was", "were",
                         "showed", "with", "for", "in", "and"})


def _slot(text: str, spans: list[tuple[int, int]], figures: list[QuantityInfo]) -> int:
    """Where the first item's member begins: where every item joins its member to its
    figure by one word ("of", "was"), the first item's member is the words just before
    that word, as in the others ("The rapid test had a sensitivity of 85%": sensitivity),
    not the subject all items share."""
    joined = [_CONNECTOR.search(text[a:f.quantity.start]) for (a, _), f in zip(spans, figures,
                                                                               strict=True)]
    if not all(joined) or len({(m.group().strip().lower()) for m in joined if m}) != 1:
        return spans[0][0]
    first = joined[0]
    assert first is not None
    at = spans[0][0] + first.start()
    words = list(_WORD.finditer(text, spans[0][0], at))[-_SLOT:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() in _SLOT_START:
            return words[i].end()
    return words[0].start() if words else spans[0][0]


def _window(text: str, start: int, at: int, depths: list[int]) -> int:
    """Where an item's words before its figure begin: at most `_WINDOW` words back from the
    figure, or from the bracket the figure stands in ("ritonavir (AOR, 8.6 …)")."""
    opening = at
    while opening > start and depths[opening - 1] >= depths[at] > 0:
        opening -= 1
    words = [m.start() for m in _WORD.finditer(text, start, max(start, opening - 1))]
    start = max(start, words[-_WINDOW]) if len(words) >= _WINDOW else start
    introduced = [m.end() for m in _INTRODUCES.finditer(text, start, max(start, opening - 1))]
    return introduced[-1] if introduced else start


def _blank(span: str, offset: int, figures: list[QuantityInfo]) -> str:
    """The item's text with every figure in it blanked (its words only)."""
    chars = list(span)
    for s in figures:
        for i in range(max(s.quantity.start, offset), min(s.quantity.end, offset + len(span))):
            chars[i - offset] = " "
    return "".join(chars)


def member_answer(claim: QuantityInfo, stated: QuantityInfo, unit: Unit,
                  glossary: Glossary, setting: Terms,
                  own: frozenset[str] | None = None) -> QuantityInfo | None:
    """The figure of the member the claim names, where the claim's value (`stated`) is the
    figure of another member of the same list: "sibutramine … 4.7 kg" against "…,
    sibutramine by 4.2 kg (…), and rimonabant by 4.7 kg (…)" gives 4.2 kg. The claim must
    name the words of exactly one member, not those of the member whose figure has its
    value; that member's figure must be of the same kind, time point and arm, and another
    value. Every Chinese word of the claim's must be read somewhere in the source (`setting`):
    one that is not may name the member whose figure the claim gives."""
    items = members(unit, claim, glossary) or bracket_members(unit, stated, glossary)
    mine = next((m for m in items if m.figure is stated), None)
    if mine is None:
        return None
    words = _claim_words(claim, glossary) if own is None else own
    named = [m for m in items if any(has_term(c, m.own, glossary) for c in words)
             and m.slot == mine.slot]
    if any(c.startswith("zh:") and not has_term(c, setting, glossary) for c in words) and \
            not _named_by_several(words, named, stated, glossary):
        return None  # a Chinese word the source's English is not read for may be the member
    if not named:  # "all-cause mortality" by "overall (…) and cancer (…) mortality" (s10):
        # a word of the claim's the stated figure's own words do not read
        stated_words = Terms(stated.context, stated.context, frozenset())
        headed = [m for m in items if m.headed is not None and any(
            has_term(c, m.headed, glossary) for c in words
            if not has_term(c, stated_words, glossary))]
        if len(headed) == 1 and headed[0].figure is not stated:
            return _answer(claim, headed[0].figure)
    if len(named) > 1 and named[0] is items[0] and items[0].figure is not stated:
        named = named[1:]  # the first item's words may be the measure all share ("amlodipine
        # lowered systolic pressure by 8.1 mmHg, losartan by 6.4 mmHg"): a later one names
    if len(named) != 1 or named[0].figure is stated:
        return None
    if named[0] is items[0] and not named[0].ordered:
        # named only by words the source reads with the claim's value too ("Systolic
        # pressure fell by 5.2 mmHg" against "amlodipine lowered systolic pressure by 8.1
        # mmHg, …, and hydrochlorothiazide by 5.2 mmHg"): the measure all items share
        context = Terms(stated.context, stated.context, frozenset())
        if all(has_term(c, context, glossary) for c in words if has_term(c, named[0].own,
                                                                          glossary)):
            return None
    return _answer(claim, named[0].figure)


def _named_by_several(words: frozenset[str], named: list[Member], stated: QuantityInfo,
                      glossary: Glossary) -> bool:
    """The claim names one member alone, not the stated figure's, by two or more of its
    words ("美洲、澳大利亚和新西兰" for "America, Australia, and New Zealand"): a Chinese word
    the source is not read for cannot then be the name of the stated figure's member as well
    (session 12)."""
    if len(named) != 1 or named[0].figure is stated:
        return False
    return sum(1 for c in words if has_term(c, named[0].own, glossary)) >= 2


def _answer(claim: QuantityInfo, answer: QuantityInfo) -> QuantityInfo | None:
    """The named member's figure, where it is another value at the claim's time and arm."""
    if value_match(claim.quantity, answer.quantity) or \
            not times_compatible(claim, answer) or not arms_compatible(claim, answer):
        return None
    return answer


def _claim_words(claim: QuantityInfo, glossary: Glossary) -> frozenset[str]:
    """The claim's words that may name a member (its figure's clause and its sentence: a
    claim with one figure of the kind says all of it of that figure)."""
    return frozenset(c for c in claim.context | (claim.sentence.key if claim.sentence else
                                                 frozenset()) if _names(c, glossary))


def another_members(claim: QuantityInfo, other: QuantityInfo, unit: Unit,
                    glossary: Glossary, own: frozenset[str] | None = None) -> bool:
    """The source figure of another value (`other`) is one member's figure in a list that
    gives the claim's value to another member, and the claim does not name `other`'s member:
    "Hip fracture risk was raised, with a hazard ratio of 1.62" is not contradicted by the
    former drinkers' 1.24 of a list whose current heavy drinkers have 1.62."""
    items = members(unit, claim, glossary)
    mine = next((m for m in items if m.figure is other), None)
    if mine is None or not any(value_match(claim.quantity, m.figure.quantity) for m in items
                               if m is not mine):
        return False
    words = _claim_words(claim, glossary) if own is None else own
    return not any(has_term(c, mine.own, glossary) for c in words)


def settle_by_members(claim: QuantityInfo, matched: list[tuple[S, Unit, QuantityInfo]],
                      mismatched: list[tuple[S, Unit, QuantityInfo]],
                      elsewhere: list[tuple[S, Unit, QuantityInfo]], glossary: Glossary,
                      setting: Callable[[S], Terms], own: frozenset[str] | None = None
                      ) -> None:
    """Read a claim figure's findings (changed in place) against the lists of members of
    their sentences: where every sentence with the claim's value gives it to another member
    than the one the claim names, that member's own figure is another value of the claim's
    (first among them: "Losartan cut systolic pressure by 5.2 mmHg" against "…, losartan by
    6.4 mmHg, and hydrochlorothiazide by 5.2 mmHg"), and the value is not found; where the
    claim names no member, another member's figure is no other value of it
    (`another_members`). `own`: the words of the claim figure's own member where the claim
    lists several (`claim_member`), instead of all its clause's and sentence's."""
    pool = list(matched or elsewhere)
    answers = [member_answer(claim, s, unit, glossary, setting(source), own)
               for source, unit, s in pool]
    found = [(p[0], p[1], a) for p, a in zip(pool, answers, strict=True) if a is not None]
    # (the claim's value said twice in that sentence, "20% (10/51) v 63% (29/46)", is the
    # other member's both times)
    units = {id(unit) for _, unit, _ in found}
    if matched and all(id(unit) in units for _, unit, _ in matched):
        matched.clear()
    if not found:
        mismatched[:] = [m for m in mismatched if not another_members(claim, m[2], m[1],
                                                                       glossary, own)]
    elif not matched:
        mismatched.insert(0, found[0])
        # the claim's value there is another member's, not the claim's own stated closer
        taken = {id(p[2]) for p, a in zip(pool, answers, strict=True) if a is not None}
        elsewhere[:] = [e for e in elsewhere if id(e[2]) not in taken]


def claim_member(analysed: Analysed, claim: QuantityInfo, glossary: Glossary
                 ) -> frozenset[str] | None:
    """The words of a claim figure's own member where the claim itself lists figures of its
    kind member by member ("Claims data were more sensitive than clinical criteria (69.7% vs
    32.3%)": 69.7% is the claims data's); None where it does not say whose each is."""
    for m in members(analysed, claim, glossary):
        if m.figure is claim:
            words = frozenset(c for c in m.own.all if _names(c, glossary))
            return words or None
    return None


#: words of significance and of a figure's kind: never what it measures
_SIGNIFICANCE_WORDS = frozenset({"significantly", "markedly"})


def interval_against(claim_text: str, claim: QuantityInfo,
                     found: list[tuple[S, Unit, QuantityInfo]], glossary: Glossary
                     ) -> tuple[S, Unit, QuantityInfo] | None:
    """The claim's ratio (or relative change) found by value in a source sentence that
    names what it measures, whose 95% interval says the other thing about significance than
    the claim does: "显著增加12%" against "(1.12, 0.95 to 1.32)", "风险比为0.62，…差异并不显著"
    against "0.62 (95% CI: 0.45 to 0.86)". What it measures is read without the words of
    significance, direction, measure nouns ("risk") or who was counted: every glossary
    concept and English word of the claim figure's clause, and half its Chinese words, must
    be in the source sentence."""
    said = significance(claim_text)
    if not said or interval_side(claim.quantity) is not None:
        return None  # the claim's own interval is the claim's own reading
    needed = frozenset(t for t in claim.context if _names(t, glossary)
                       and t not in _SIGNIFICANCE_WORDS and not _counts_people(t))
    read = frozenset(t for t in needed if t.startswith("zh:"))
    if not needed - read and not read:
        return None
    for source, unit, s in found:
        side = interval_side(s.quantity)
        if side is None or (side == 0) != (said > 0):
            continue
        if all(has_term(t, unit.terms, glossary) for t in needed - read) and \
                sum(has_term(t, unit.terms, glossary) for t in read) * 2 >= len(read):
            return source, unit, s
    return None
