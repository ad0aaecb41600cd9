"""The separate statements of a claim with figures: clauses that assert something of their own.

"The mean follow-up was 43.4 ± 25.9 months, and MSC infusion cured most patients" has two
checkable parts: the figure, and "MSC infusion cured most patients". Finding the figure says
nothing about the second part, which must be found by the qualitative rule on its own.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, Unit, analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import Coverage

_SPLIT = re.compile(r"[,，;；:：]\s*|\s+(?:and|but|whereas|while)\s+", re.IGNORECASE)
#: Who reported it, not what was found ("the authors found that", "研究者认为").
_REPORTERS = frozenset({"~author", "~investigator", "~researcher", "zh:作者", "zh:研究者",
                        "zh:研究人员", "zh:学者", "zh:认为", "zh:发现", "zh:表明", "zh:显示"})
#: Not a term of a statement's own: who reported it, or how strongly ("明显改善").
_NOT_OWN = _REPORTERS | {"significantly", "~significant"}
#: A group named as an example of another: "SLE等自身免疫病", "autoimmune diseases such as SLE".
_EXAMPLE_AFTER = re.compile(r"^\s*(?:等等|等)")
_EXAMPLE_BEFORE = re.compile(r"(?:such as|including|e\.g\.,?|like)\s*$", re.IGNORECASE)
_ASSERTING = ("predicate", "up", "down")
#: "大庆研究的20年随访结果显示", "与对照组相比", "compared with placebo": who reported, or
#: against what, not what was found
_FRAME = re.compile(r"(?:显示|表明|发现|证实|提示|证明)\s*$|^\s*(?:与|和|同)[^，,；;]{1,20}?相比\s*$|"
                    r"^\s*(?:as )?compared (?:with|to)\b[^,;]{0,40}$|"
                    r"\b(?:showed|found|reported|demonstrated|suggested) that\s*$", re.I)
#: "In the EMPA-REG OUTCOME trial", "在STEP 1试验中": where, not what
_SETTING = re.compile(r"^\s*(?:(?:in|during|within)\s+(?:the|a|an|this|that|its)\b[^,;:]{0,60}?"
                      r"\b(?:trials?|study|studies|cohort|analysis|survey|registry)\s*$|"
                      r"在[^，,；;]{1,30}?(?:试验|研究|调查|分析)中\s*$)", re.I)
_QUANTIFIERS = frozenset({"all", "most", "some", "few"})
#: English words of its own, none of them the glossary's, that make a clause a statement
_UNNAMED_TERMS = 4
#: a comparison in words the glossary reads as no change ("more satisfied", "更满意")
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer)\s+[a-z]|更(?!多|少|高|低|大|小)", re.I)
#: "also": the same change stated of another subject ("…也明显下降", "and also fell")
_ALSO = re.compile(r"也|还|亦|\balso\b|\btoo\b|\bas well\b", re.I)
_LEADING = re.compile(r"\s*(?:(?:and|but|then|whereas|while)\s+|并且|而且)?", re.IGNORECASE)
_TRAILING = frozenset(" ,，;；:：。.!?！？")


@dataclass(frozen=True)
class Part:
    """A run of figure-free clauses of a claim that makes an assertion of its own."""

    text: str
    analysed: Analysed
    start: int  # its span in the claim's text (`Analysed.text`)
    end: int


def statement_parts(analysed: Analysed, glossary: Glossary) -> list[Part]:
    """The claim's figure-free clauses that assert something beyond its figures' measures.

    Consecutive figure-free clauses form one run ("结果表明,异体MSCs输注…是一种安全的治疗方
    法"). Counting only words the figure clauses do not use, a run is a separate part when it
    names a predicate (safe, cure); a quantifier (all, most), a word of change or a negation
    with a term of its own; or three terms of its own, one from the glossary. Common words, who reported it and
    "significantly" are not terms of its own, so connectives ("结果表明", "the authors found"),
    settings ("In a long-term retrospective study") and restated measures are not parts.
    """
    anchors = [q.quantity for q in analysed.quantities if q.is_anchor]
    if not anchors:
        return []
    text = analysed.text
    spans: list[tuple[int, int, bool]] = []  # (start, stop, holds a figure)
    start = 0
    cuts = [m for m in _SPLIT.finditer(text) if not _in_number(text, m.start())]
    for stop, resume in [*((m.start(), m.end()) for m in cuts), (len(text), len(text))]:
        has_figure = any(start <= q.start < stop for q in anchors)
        if not has_figure and spans and not spans[-1][2]:
            spans[-1] = (spans[-1][0], stop, False)  # consecutive free clauses: one run
        elif not has_figure and (_connective(text[start:stop], glossary)
                                 or _SETTING.match(text[start:stop])
                                 or _FRAME.search(text[start:stop])):
            pass  # "结果表明", "In the X trial": no part of the statement that follows
        elif text[start:stop].strip():
            spans.append((start, stop, has_figure))
        start = resume
    figure_terms: set[str] = set()
    for s, e, has_figure in spans:
        if has_figure:
            figure_terms |= analyse(text[s:e], glossary, claim=True).terms.all
    parts = []
    for s, e, has_figure in spans:
        if has_figure:
            continue
        head = _LEADING.match(text, s)
        s = head.end() if head else s
        while e > s and text[e - 1] in _TRAILING:
            e -= 1
        part = analyse(text[s:e], glossary, claim=True)
        if _asserts(part, figure_terms, glossary):
            parts.append(Part(part.text, _without_examples(part, glossary), s, e))
    return parts


def figures_only(analysed: Analysed, parts: list[Part], glossary: Glossary) -> Analysed:
    """The claim without its separate parts: whose polarity a found figure is tested against."""
    if not parts:
        return analysed
    chars = list(analysed.text)
    for part in parts:
        chars[part.start:part.end] = " " * (part.end - part.start)
    view = analyse("".join(chars), glossary, claim=True)
    return dataclasses.replace(analysed, terms=view.terms, clauses=view.clauses)


def _connective(segment: str, glossary: Glossary) -> bool:
    """A clause with no term of its own: "结果表明", "the authors found that"."""
    terms = analyse(segment, glossary, claim=True).terms
    return not (terms.key - _NOT_OWN) and not terms.negated


def _asserts(part: Analysed, figure_terms: set[str], glossary: Glossary) -> bool:
    new = part.terms.key - figure_terms
    if any(glossary.kind(c) == "predicate" and c not in _QUANTIFIERS for c in new):
        return True  # safe, cure, ineffective: always a statement to check
    own = {c for c in new if c not in _NOT_OWN
           and glossary.kind(c) not in ("generic", *_ASSERTING)}
    if part.terms.negated or _COMPARATIVE.search(part.text) or any(
            glossary.kind(c) in ("up", "down") or c in _QUANTIFIERS for c in new) or (
            part.terms.direction and _ALSO.search(part.text)):
        # "cancer in most patients", not a scope ("在所有患者中"); "抑郁症的发生率也明显下降":
        # the figures' change said again, "also", of a subject of its own
        return len(own) >= 1
    known = [c for c in own if not c.startswith(("~", "zh:"))]
    # four English words of its own assert something even where the glossary names none of
    # them ("it can already predict disease risk from a routine blood test"; session 14)
    return len(own) >= 3 and bool(known) or \
        sum(1 for c in own if c.startswith("~")) >= _UNNAMED_TERMS


def _without_examples(part: Analysed, glossary: Glossary) -> Analysed:
    """Drop a group named only as an example of another group the part names."""
    groups = [c for c in part.terms.key if glossary.kind(c) == "group"]
    if len(groups) < 2:
        return part
    examples = set()
    for concept in groups:
        surface = part.terms.surface.get(concept, "")
        at = part.text.find(surface) if surface else -1
        if at < 0:
            continue
        after, before = part.text[at + len(surface):], part.text[:at]
        if _EXAMPLE_AFTER.match(after) or _EXAMPLE_BEFORE.search(before):
            examples.add(concept)
    if not examples or len(examples) == len(groups):
        return part
    terms = dataclasses.replace(part.terms, key=part.terms.key - examples)
    return dataclasses.replace(part, terms=terms)


def _in_number(text: str, pos: int) -> bool:
    """A comma of digit grouping (25,871) does not end a clause."""
    return (text[pos] == "," and 0 < pos < len(text) - 1 and text[pos - 1].isdigit()
            and text[pos + 1].isdigit())


@dataclass(frozen=True)
class PartCheck:
    """What the sources say of one part: its best sentence and whether it states the part."""

    part: Part
    state: str  # "found" | "opposite" | "missing"
    unit: Unit | None = None
    coverage: Coverage | None = None

    @property
    def quoted(self) -> str:
        return f"\u201c{self.part.text.strip()}\u201d"
