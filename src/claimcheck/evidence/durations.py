"""Durations that are a claim's finding, not its time point (session 12).

"The first safety problem surfaced about six years after approval" says how long something
took: the duration is the result, and "the median time from approval to the first safety
event was 4.2 years" gives that result another value. A duration that only dates another
figure ("after 12 weeks, HbA1c fell") is a time point, and a time point stated for another time
is only not found. Read here: a claim with no other figure whose one duration is an interval
between two events ("six years after approval") or a bound ("for at least a year"), against a
source sentence carrying the claim's words whose duration is such a result too (a time, an
interval, a delay or a latency, or a bound of the same side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage, value_match
from claimcheck.evidence.quantities import DAYS_PER
from claimcheck.models import Quantity

#: a source sentence must carry this share of the claim's key terms
DURATION_COVERAGE = 0.5

_TIMED = ("duration", "range")
_LOWER = frozenset({"at_least", "more_than", "just_over"})
_UPPER = frozenset({"up_to", "less_than", "just_under"})
#: after a claim's duration: the event it is counted from ("six years after approval")
_INTERVAL_AFTER = re.compile(r"^\s*(?:after|before|later|earlier|from|since)\b|^\s*(?:后|之后|以后)", re.I)
#: before a source's duration in its clause: what was timed ("the median time from approval
#: to … was 4.2 years")
_TIMED_BEFORE = re.compile(r"(?:\btimes?\s+(?:from|to|until|between|since)\b|\b(?:interval|delay|"
                           r"latency|lag)\b)[^,;.]{0,80}$|(?:时间|间隔|潜伏期)[^，,。；;]{0,20}$", re.I)
#: an age is no time taken ("the median age at diagnosis was 54 years")
_AGE = re.compile(r"\b(?:age[ds]?|old)\b|岁|年龄", re.I)


@dataclass(frozen=True)
class DurationClash:
    """The source sentence giving the claim's resulting duration another value."""

    unit: Unit
    reason: str


def _side(info: QuantityInfo) -> str | None:
    q = info.quantity.qualifier
    return "lower" if q in _LOWER else "upper" if q in _UPPER else None


def _claim_result(analysed: Analysed) -> QuantityInfo | None:
    """The claim's one duration when it is its finding: no other figure, and an interval
    after an event or a bound."""
    timed = [i for i in analysed.quantities if i.quantity.kind in _TIMED and i.quantity.unit]
    others = [i for i in analysed.quantities if i not in timed and i.is_anchor]
    if len(timed) != 1 or others:
        return None
    info = timed[0]
    after = analysed.text[info.quantity.end:]
    return info if _side(info) or _INTERVAL_AFTER.match(after) else None


def _source_result(info: QuantityInfo, text: str, side: str | None) -> bool:
    """A source duration that is a result: a bound on the claim's side, or what was timed."""
    if info.quantity.kind not in _TIMED or not info.quantity.unit:
        return False
    if side is not None:
        return _side(info) == side
    clause = re.split(r"[,;:]", text[:info.quantity.start])[-1]
    return _TIMED_BEFORE.search(clause) is not None and not _AGE.search(clause)


def _days(q: Quantity, end: str) -> float | None:
    """A duration, or the low or high end of a range of durations, in days."""
    value = q.value if q.kind == "duration" else q.low if end == "low" else q.high
    per = DAYS_PER.get(q.unit or "")
    return None if value is None or per is None else value * per


def _implied(claim: Quantity, source: Quantity, side: str | None) -> bool:
    """A claim's bound the source's bound implies ("at least 2 years" where the source says
    at least 5): weaker, not another value. Only a stronger bound is stated the other way."""
    if side is None:
        return False
    mine = _days(claim, "low" if side == "lower" else "high")
    theirs = _days(source, "high" if side == "lower" else "low")
    if mine is None or theirs is None:
        return True
    return mine <= theirs if side == "lower" else mine >= theirs


def duration_clash(analysed: Analysed, units: list[Unit],
                   glossary: Glossary) -> DurationClash | None:
    """A source sentence giving another value to the duration that is the claim's finding,
    the claim's value stated nowhere in the source."""
    mine = _claim_result(analysed)
    if mine is None:
        return None
    claim = mine.quantity
    if any(value_match(claim, o.quantity) for u in units for o in u.quantities):
        return None
    side = _side(mine)
    for unit in units:
        if coverage(analysed.terms, unit.terms, glossary).score < DURATION_COVERAGE:
            continue
        for other in unit.quantities:
            if _source_result(other, unit.text, side) and \
                    not value_match(claim, other.quantity) and \
                    not _implied(claim, other.quantity, side):
                return DurationClash(unit, f"The claim's finding is a duration, {claim.text}; "
                                           f"the source gives {other.quantity.text} for it: "
                                           f"\u201c{unit.text}\u201d")
    return None


#: before a duration: how long something took to start ("it took about 290 days", "within 4
#: days", "rapid (within 4 d)", "appeared after 3 weeks")
_ONSET_BEFORE = re.compile(
    r"(?:\b(?:took|takes|take|taking|within|onset(?:\s+(?:of|at|after|in))?|time\s+to\s+\w+|"
    r"(?:appear|develop|emerg|occurr?|aris|arose|detect|set)\w*\s+(?:after|in|within))|"
    r"\brapid(?:ly)?\s*\()\s*(?:about|around|approximately|nearly|almost|only|just|some|~)?\s*$",
    re.I)
#: after a duration: "… for antibodies to appear", "… before symptoms developed"
_ONSET_AFTER = re.compile(
    r"^\s*(?:for|before|until)\b[^.;,]{0,60}?\b(?:to\s+(?:appear|develop|emerge|form|occur|arise|"
    r"begin|start|set in|show|be detected|become detectable|take effect|work)|(?:appeared|"
    r"developed|emerged|occurred|arose|began|started|were detected|was detected))\b", re.I)
#: before a duration: how long something lasted ("long-lasting (>290 d)", "persisted for 6
#: months", "a durable response of 2 years")
_LASTING_BEFORE = re.compile(
    r"\b(?:lasting|long-lasting|long-lived|durable|durability|persist\w*|sustained|"
    r"maintained|lasted|lasts?|duration)\b[^,;.()]{0,30}?(?:\bfor\s+)?\(?\s*"
    r"(?:up to|at least|about|around|over|more than|~)?\s*$", re.I)


def duration_role(text: str, q: Quantity) -> str:
    """What a duration measures: "onset" (how long something took to begin), "lasting" (how
    long it lasted), or "" where its words say neither (session 13)."""
    before = text[max(0, q.start - 40):q.start]
    if _ONSET_BEFORE.search(before) or _ONSET_AFTER.match(text, q.end):
        return "onset"
    if _LASTING_BEFORE.search(before):
        return "lasting"
    return ""


@dataclass(frozen=True)
class RoleClash:
    """A claim's duration found in the source only as the other role's figure."""

    unit: Unit
    reason: str
    contradicts: bool  # the source gives the claim's role another value


def role_clash(analysed: Analysed, units: list[Unit], glossary: Glossary) -> RoleClash | None:
    """A claim whose one duration says how long something took to begin ("it took about 290
    days for antibodies to appear"), found in the source only as how long it lasted
    ("long-lasting (>290 d)"), or the other way round: not the claim's figure. Where that
    source sentence gives the claim's role another value ("rapid (within 4 d)"), it
    contradicts the claim (session 13)."""
    timed = [i for i in analysed.quantities if i.quantity.kind == "duration" and i.quantity.unit]
    if len(timed) != 1 or any(i.is_anchor for i in analysed.quantities):
        return None
    claim = timed[0].quantity
    mine = duration_role(analysed.text, claim)
    if not mine:
        return None
    other_role = "lasting" if mine == "onset" else "onset"
    found: list[tuple[Unit, Quantity]] = []
    for unit in units:
        for other in unit.quantities:
            if other.quantity.kind == "duration" and value_match(claim, other.quantity):
                if duration_role(unit.text, other.quantity) != other_role:
                    return None  # the claim's value in its own role, or in neither
                found.append((unit, other.quantity))
    if not found:
        return None
    unit, theirs = found[0]
    if coverage(analysed.terms, unit.terms, glossary).score < DURATION_COVERAGE:
        return None
    reason = (f"The claim's {claim.text} is {_ROLE[mine]}; the source's {theirs.text} is "
              f"{_ROLE[other_role]}")
    for other in unit.quantities:
        if other.quantity.kind == "duration" and other.quantity.unit and \
                duration_role(unit.text, other.quantity) == mine and \
                not value_match(claim, other.quantity):
            return RoleClash(unit, f"{reason}, and {other.quantity.text} {_ROLE[mine]}: "
                                   f"\u201c{unit.text}\u201d", True)
    return RoleClash(unit, f"{reason}: \u201c{unit.text}\u201d", False)


#: what a duration of each role says
_ROLE = {"onset": "how long it took to begin", "lasting": "how long it lasted"}
