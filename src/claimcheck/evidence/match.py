"""Matching a claim against source sentences: quantities first, then key terms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from claimcheck.evidence import paraphrase
from claimcheck.evidence.against import other_questions
from claimcheck.evidence.analysis import MINOR_KINDS, Clause, QuantityInfo, duration_days
from claimcheck.evidence.drugclass import distinct_members, other_member
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.lexicon import Lexicon
from claimcheck.evidence.numbers import round_half_up
from claimcheck.evidence.quantities import (
    DAYS_PER,
    MULTIPLE,
    POINTS_UNIT,
    RELATIVE_DOWN,
    RELATIVE_UP,
    past_remainder,
)
from claimcheck.evidence.significance import relative_match, relative_percent, same_interval
from claimcheck.evidence.terms import Terms
from claimcheck.evidence.text import has_cjk, stem
from claimcheck.models import Quantity

_TOLERANCE = {"about": 0.10, "nearly": 0.10}
_COUNTABLE = frozenset({"count", "number"})
#: "在所有患者中", "of all patients": the whole population a figure is about. A source figure
#: stated with no narrower group or part ("most", "some") is about the whole population too.
WHOLE_SCOPE = "all"
PART_SCOPES = frozenset({"most", "some", "few"})
#: share of a figure's lexicon-read (Chinese) measure words the source must state beside it
MEASURE_SHARE = 0.5
#: a word no glossary names, used this often (Zipf: log10 uses per billion words) or more, is
#: an everyday word and weighs what a generic word does (fitted on SciFact train, see
#: docs/statuses.md "Everyday words")
EVERYDAY_ZIPF = 5.0


_LOWER = {"more_than": True, "at_least": False}  # bound → strict
_UPPER = {"less_than": True, "up_to": False}


def number_equal(claim: float, claim_dec: int, source: float, source_dec: int,
                 qualifier: str | None = None, source_qualifier: str | None = None) -> bool:
    """Equal in meaning: rounded to the coarser printed precision, or within the qualifier.

    A bound on both sides the same way ("more than 25%" / "a more than 25% increase", "超过2.2万"
    / "over 22,000") holds when both bound the same number at the coarser precision, or when
    the source's bound implies the claim's and the claim's number is the rounder ("over 20%"
    for "over 25%"): "an ejection fraction of 49% or less" misstates a criterion of "35% or
    less", though the one implies the other (session 10)."""
    if qualifier in _CLOSE:
        if source_qualifier is not None:
            return source_qualifier == qualifier and number_equal(claim, claim_dec, source,
                                                                   source_dec)
        return _close_to(claim, claim_dec, source, source_dec, above=qualifier == "just_over")
    source_qualifier = _CLOSE.get(source_qualifier or "", source_qualifier)
    for bounds in (_LOWER, _UPPER):
        if qualifier in bounds and source_qualifier in bounds:
            places = min(claim_dec, source_dec)
            c, s = round_half_up(claim, places), round_half_up(source, places)
            if c == s:
                return bounds[source_qualifier] or not bounds[qualifier]
            implied = s > c if bounds is _LOWER else s < c
            return implied and _roundness(float(c)) > _roundness(float(s))
    if bound_side(qualifier) and bound_side(qualifier) == -bound_side(source_qualifier):
        return False  # "at least 42" is not stated by "up to 95" (session 14)
    if qualifier == "about":
        # a round figure ("约一成", "about 3万") spans half its last place either way: 约一成
        # is 5% to 15%, not anything up to 20%
        step = 10.0 ** -claim_dec if claim_dec >= 0 else 10.0 ** -claim_dec / 2
        return abs(source - claim) <= max(abs(claim) * _TOLERANCE["about"], step)
    if qualifier == "nearly":
        return claim * (1 - _TOLERANCE["nearly"]) <= source <= claim
    if qualifier == "more_than":
        return source > claim
    if qualifier == "at_least":
        return source >= claim
    if qualifier == "less_than":
        return source < claim
    if qualifier == "up_to":
        return source <= claim
    places = min(claim_dec, source_dec)
    return round_half_up(claim, places) == round_half_up(source, places)


def _copied_bound(claim: float, source: float, places: int) -> bool:
    """A bound on an age or time of 10 or more that no writer rounds to ("aged 42 or over",
    "最长达43年") copies a figure: another source figure inside the bound ("80 years", a
    "10-year interval") is another figure, not the claim's (session 14). A count's bound is
    `_bare_bound_far`'s."""
    return claim >= 10 and _roundness(claim) == 1 and \
        round_half_up(claim, places) != round_half_up(source, places)


def _roundness(value: float) -> int:
    """The largest of 1000, 500, 100, 50, 10, 5 and 1 that divides the number (0 for a
    fraction): how round a writer's bound is."""
    if value != int(value):
        return 0
    return next((k for k in (1000, 500, 100, 50, 10, 5) if int(value) % k == 0), 1)


#: a bound said to be close ("just over 33", 略高于30%) and the open bound it implies
_CLOSE = {"just_over": "more_than", "just_under": "less_than"}


def bound_side(qualifier: str | None) -> int:
    """Which side of its number a bound lies: +1 above ("more than", "at least", "just
    over"), −1 below, 0 for no bound."""
    bound = _CLOSE.get(qualifier or "", qualifier)
    return 1 if bound in _LOWER else -1 if bound in _UPPER else 0


def _close_to(claim: float, claim_dec: int, source: float, source_dec: int, *,
              above: bool) -> bool:
    """"just over 33" is 33.3 (above 33, within the tolerance of "nearly"), not 44 nor 981;
    "just under 5 mg" is 4.8 mg."""
    margin = abs(claim) * _TOLERANCE["nearly"]
    if above:
        return claim < source <= claim + margin
    return claim - margin <= source < claim


def _bare_bound_far(c: Quantity, s: Quantity) -> bool:
    """An open bound on a number or count ("over 33", "more than 300 children") is no
    statement of any number beyond it: a bound is said at about the size of what it bounds, so
    "over 33" is not the "N = 981" of the sentence, nor "more than 300" the "2318 infants" (at
    most twice or half the bound; counts since session 11)."""
    if c.kind not in _COUNTABLE or s.kind not in _COUNTABLE or s.qualifier or \
            c.value is None or s.value is None or c.value <= 0:
        return False
    if any(q.kind == "number" and q.unit for q in (c, s)):
        return False  # a number with a unit of its own is not a count
    if c.qualifier in _LOWER:
        return s.value > 2 * c.value
    if c.qualifier in _UPPER:
        return s.value < c.value / 2
    return False


def _same_period(c: Quantity, s: Quantity) -> bool:
    """Two periods in days, the same where their starts agree (0 or 1 is the start) and their
    ends agree, an end counted either way: "the first two weeks" is "days 0 to 13"."""
    if None in (c.low, c.high, s.low, s.high) or c.unit is None or s.unit is None:
        return False
    cu, su = DAYS_PER[c.unit], DAYS_PER[s.unit]
    c_lo, c_hi = (c.low or 0.0) * cu, (c.high or 0.0) * cu
    s_lo, s_hi = (s.low or 0.0) * su, (s.high or 0.0) * su
    if max(c.low or 0.0, s.low or 0.0) <= 1:
        c_lo = s_lo = 0.0  # "weeks 1 to 4" and "the first four weeks" both start at the start
    if not _days_equal(c_lo, s_lo):
        return False
    step = min(cu, su)  # an end counted either way: days 0 to 13 are the first 14 days
    return any(_days_equal(a, b) for a in (c_hi, c_hi + step) for b in (s_hi, s_hi + step))


def _pct(q: Quantity) -> float | None:
    if q.kind == "fraction" and q.denominator and q.value is not None:
        return 100.0 * q.value / q.denominator
    return None


def _days_equal(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(abs(a), abs(b), 1e-9)


def value_match(c: Quantity, s: Quantity) -> bool:
    """Does the source quantity state the claim's value (any compatible kind)?"""
    if past_remainder(c, s):
        return False  # "1.1万余" is short of 12,000 (numbers helper, session 6)
    if _intervals_differ(c, s):
        return False  # "1.93 (1.06 to 4.82)" is no "1.93 (1.06-3.52)" (session 14)
    qual, s_qual = c.qualifier, s.qualifier
    if s.kind == "ratio" and relative_percent(c, s) is not None:
        return relative_match(c, s)  # "62% higher risk" for HR 1.62 (numbers helper, session 6)
    if _points(c, s) and c.value is not None and s.value is not None:
        # "降低11个百分点" and "ARR, 11.3%": one difference in points (numbers helper, s11)
        return number_equal(c.value, c.decimals, s.value, s.decimals, qual, s_qual)
    if qual == "up_to" and c.kind in ("percent", "number", "count", "dose") and \
            s.kind == "range" and s.high is not None and c.value is not None and \
            (s.unit is None or s.unit == c.unit or c.kind == "number"):
        # "最高也只有42%" / "as high as 42%" and "ranged from 0% to 42%": the span's top (s18)
        return number_equal(c.value, c.decimals, s.high, s.decimals)
    if c.kind == "percent" and c.value is not None:
        if s.kind == "percent" and s.value is not None:
            if {c.unit, s.unit} == {RELATIVE_UP, RELATIVE_DOWN}:
                return False  # "30% higher" is no "30% lower" (numbers helper, session 7)
            return number_equal(c.value, c.decimals, s.value, s.decimals, qual, s_qual)
        if s.kind == "mean_sd" and s.unit == "%" and s.value is not None:
            # "ejection fraction 68%" and "68+/-9%": the mean of a percentage (session 18)
            return number_equal(c.value, c.decimals, s.value, s.decimals, qual)
        pct = _pct(s)
        return pct is not None and number_equal(c.value, c.decimals, pct, 6, qual)
    if c.kind == "fraction" and c.value is not None:
        if s.kind == "fraction":
            return c.value == s.value and c.denominator == s.denominator
        pct = _pct(c)
        if s.kind == "percent" and s.value is not None and pct is not None:
            if qual is None and _in_words(c):
                qual = "about"  # "one in five" is about 20%: 20.3% is one in five
            return number_equal(pct, 6, s.value, s.decimals, qual)
        return False
    if c.kind == "count" and c.denominator is not None and s.kind == "fraction":
        # "368名婴儿中有34名": 34 of a group of 368, as "34/368" (or a count of 34) says
        return qual is None and c.value == s.value and c.denominator == s.denominator
    if c.kind == "number" and s.kind == "ratio" and same_interval(
            c.model_copy(update={"kind": "ratio"}), s):
        # "1.73倍（95%置信区间1.31～2.29）" and "relative risk 1.73, 95% CI 1.31 to 2.29": a
        # value with both bounds of the ratio's interval is that ratio (numbers helper, s7)
        return True
    if c.kind in ("number", "dose") and _is_mean_of(c, s):
        return True  # "fell from 4.48 to 1.09": the means of "4.48 ± 2.60 … 1.09 ± 0.83"
    if c.kind == "number" and c.unit is None and s.kind == "rate" and c.value is not None \
            and s.value is not None:  # "每100次心跳38次对19次" and "38 vs. 19 impulses/100 beats"
        return number_equal(c.value, c.decimals, s.value, s.decimals, qual)  # (session 18)
    if c.kind in _COUNTABLE and c.value is not None:
        if s.kind in _COUNTABLE and s.value is not None:
            if _bare_bound_far(c, s):
                return False
            return number_equal(c.value, c.decimals, s.value, s.decimals, qual, s_qual)
        # a count is a fraction's numerator; its denominator counts another group (49/81)
        return s.kind == "fraction" and qual is None and c.value == s.value
    if c.kind == "mean_sd" and c.value is not None:
        if s.kind != "mean_sd" or s.value is None or not units_compatible(c, s):
            return False
        if c.unit != s.unit and c.unit is not None and s.unit is not None:
            return _same_duration(c, s)  # 43.4 weeks is not 43.4 months
        return number_equal(c.value, c.decimals, s.value, s.decimals) and (
            c.sd is None or s.sd is None or number_equal(c.sd, c.decimals, s.sd, s.decimals))
    if c.kind == "rate" and s.kind == "number" and c.value is not None and s.value is not None \
            and s.unit is None:  # "每10万人263.3例" and "rates per 100 000 … from 263.3"
        return number_equal(c.value, c.decimals, s.value, s.decimals, qual)  # (numbers, s6)
    if c.kind == "rate" and s.kind == "mean_sd" and c.unit == s.unit and \
            c.value is not None and s.value is not None:  # "每百次心跳43次", "43±9 bursts/100 hb"
        return number_equal(c.value, c.decimals, s.value, s.decimals, qual)  # (session 18)
    if c.kind == "range" and c.unit == "year_of" and s.kind == "range" and s.unit == "date_of":
        # "from 1999 to 2003" and "between October 1999 and December 2003" (numbers, s6)
        return s.low is not None and s.high is not None and \
            (c.low, c.high) == (_year_of(s.low), _year_of(s.high))
    if c.kind == "range" and s.kind == "range" and c.unit in DAYS_PER and s.unit in DAYS_PER:
        return _same_period(c, s)  # "the first two weeks" and "days 0 to 13" (numbers, s9)
    if c.kind in ("range", "rate"):
        if s.kind != c.kind or not units_compatible(c, s):
            return False
        if c.low is not None and c.high is not None:
            # each bound at the coarser printed precision, as one value is ("roughly 18 to 30
            # in every 1,000" for 18·2 to 30·4 per 1000; numbers helper, session 10)
            near = qual if qual in ("about", "nearly") else None  # (a bound is no range's)
            return s.low is not None and s.high is not None and \
                number_equal(c.low, c.decimals, s.low, s.decimals, near) and \
                number_equal(c.high, c.decimals, s.high, s.decimals, near)
        return c.value is not None and s.value is not None and number_equal(
            c.value, c.decimals, s.value, s.decimals, qual)
    if c.kind == "duration" and c.unit == "year" and s.kind == "range" and \
            s.unit == "year_of" and c.value is not None and s.low is not None and \
            s.high is not None:  # "four decades" for "between 1940 and 1980" (session 13),
        # a span, not a bound ("at least a year" is no 1990-1993)
        return qual in (None, "about") and number_equal(c.value, c.decimals, s.high - s.low, 0,
                                                        qual)
    if c.kind == "duration":
        cd = duration_days(c)
        sd = duration_days(s) if s.kind in ("duration", "mean_sd") else None
        if cd is None or sd is None:
            return False
        if c.unit == s.unit and c.value is not None and s.value is not None:
            if bound_side(qual) and s_qual is None and \
                    _copied_bound(c.value, s.value, min(c.decimals, s.decimals)):
                return False
            # "不到45岁" and "less than 45 years": the same bound (numbers helper, session 6)
            return number_equal(c.value, c.decimals, s.value, s.decimals, qual, s_qual)
        return _days_equal(cd, sd)
    if c.kind in ("year", "date"):
        return _year_match(c, s)
    if c.kind == "phase":
        return s.kind == "phase" and c.value == s.value
    if c.kind in ("ratio", "dose") and c.value is not None:
        # "smaller than 3 cm" and "less than 3 cm": the same bound (numbers helper, session 6)
        return (s.kind == c.kind and s.value is not None and units_compatible(c, s)
                and number_equal(c.value, c.decimals, s.value, s.decimals, qual, s_qual))
    return False


#: kinds whose low and high, beside a value, are the value's interval (not a range's ends)
_WITH_INTERVAL = frozenset({"ratio", "percent", "number", "dose", "mean_sd"})


def _intervals_differ(c: Quantity, s: Quantity) -> bool:
    """Both figures are printed with an interval and a bound differs at the coarser printed
    precision: the claim's interval is part of what it states."""
    if c.kind not in _WITH_INTERVAL or s.kind not in _WITH_INTERVAL or c.qualifier or \
            s.qualifier or c.value is None or s.value is None:
        return False
    if c.low is None or c.high is None or s.low is None or s.high is None:
        return False
    places = min(c.decimals, s.decimals)
    return any(round_half_up(a, places) != round_half_up(b, places)
               for a, b in ((c.low, s.low), (c.high, s.high)))


def _points(c: Quantity, s: Quantity) -> bool:
    """A difference in percentage points against a percentage named as one ("11 percentage
    points" and "ARR, 11.3%", either way round)."""
    return {c.kind, s.kind} == {"number", "percent"} and c.unit == s.unit == POINTS_UNIT


def _in_words(q: Quantity) -> bool:
    """A proportion said in words ("one in five", "nine in ten"), not counted (34/368)."""
    return re.search(r"\bin\b", q.text, re.I) is not None


def _is_mean_of(c: Quantity, s: Quantity) -> bool:
    """A bare value (or a dose in the same unit) is the mean of a mean ± SD."""
    if s.kind != "mean_sd" or c.value is None or s.value is None or c.qualifier is not None:
        return False
    if c.kind == "dose" and c.unit != s.unit:
        return False
    return number_equal(c.value, c.decimals, s.value, s.decimals)


def _same_duration(c: Quantity, s: Quantity) -> bool:
    cd, sd = duration_days(c), duration_days(s)
    if cd is None or sd is None or not _days_equal(cd, sd):
        return False
    if c.sd is None or s.sd is None:
        return True
    scale_c, scale_s = cd / (c.value or 1.0), sd / (s.value or 1.0)
    return _days_equal(c.sd * scale_c, s.sd * scale_s)


def _year_match(c: Quantity, s: Quantity) -> bool:
    cv = c.value or 0.0
    if s.kind == "range" and s.unit == "year_of":
        return cv in (s.low, s.high)
    if s.kind == "range" and s.unit == "date_of":  # a span of dates (numbers helper, s6)
        ends = [int(e) for e in (s.low, s.high) if e is not None]
        return any(int(_year_of(cv)) == int(_year_of(e)) if c.kind == "year" or cv <= 9999
                   else _same_date(int(cv), e) for e in ends)
    if s.kind not in ("year", "date") or s.value is None:
        return False
    if c.kind == "year" or s.kind == "year":
        return int(_year_of(cv)) == int(_year_of(s.value))
    return _same_date(int(cv), int(s.value))  # "June 2020" is stated by "June 30, 2020"


def _year_of(value: float) -> float:
    return value // 10000 if value > 9999 else value


def units_compatible(c: Quantity, s: Quantity) -> bool:
    """The two figures' units can state one value (a daily dose is a dose; any durations)."""
    if c.unit is None or s.unit is None or c.unit == s.unit:
        return True
    if c.kind == s.kind == "ratio" and MULTIPLE in (c.unit, s.unit):
        return True  # "twice as likely" and "OR 2.25" (numbers helper, session 7)
    if c.kind == "dose" and s.kind == "dose" and _per_day(c.unit) == _per_day(s.unit):
        return True  # "5 mg of risedronate daily" and "5 mg/d": a daily dose is a dose
    cd, sd = duration_days(c), duration_days(s)
    return cd is not None and sd is not None


def _per_day(unit: str) -> str:
    """A dose unit without its "per day", week, month or year ("mg/d" → "mg", "mg/kg/d" →
    "mg/kg", "kg/mo" → "kg": the claim may say "每月" or "daily" in words); other units as
    they are."""
    head, _, per = unit.rpartition("/")
    return head if head and per in _PER_TIME and unit.count("/") <= 2 else unit


#: the time units a rate's "/…" may end in
_PER_TIME = frozenset({"d", "wk", "week", "mo", "month", "y", "yr", "year"})


def comparable(c: Quantity, s: Quantity) -> bool:
    """Same kind of figure (so a different value would be a different answer)."""
    if c.kind == "percent":  # a relative change and a ratio (numbers helper, session 6)
        return s.kind == "percent" or relative_percent(c, s) is not None
    if c.kind == "mean_sd":
        return s.kind == "mean_sd" and units_compatible(c, s)
    if c.kind in ("range", "rate", "ratio", "dose"):
        return s.kind == c.kind and units_compatible(c, s)
    if c.kind == "fraction":
        # n of another N is another group's share (52/338 in the controls, 32/368 treated);
        # a proportion in words ("one in two") has no group size
        return s.kind == "fraction" and (c.denominator == s.denominator or _in_words(c)
                                         or _in_words(s))
    if c.kind == "number" and c.unit:  # scores in points (numbers helper, session 6)
        return s.kind == "number" and s.unit == c.unit
    return False  # bare counts and numbers differ too easily to call a contradiction


def same_sort(c: Quantity, s: Quantity) -> bool:
    """Figures of one sort: the same kind, or a count and a bare number ("80082 women",
    "999,378"); never a year, date or duration."""
    return s.kind not in MINOR_KINDS and (s.kind == c.kind or {c.kind, s.kind} <= {"count",
                                                                                  "number"})


def non_generic(concepts: frozenset[str], glossary: Glossary) -> frozenset[str]:
    return frozenset(c for c in concepts if glossary.kind(c) != "generic")


def same_measure(c: QuantityInfo, s: QuantityInfo, glossary: Glossary) -> bool:
    """Same measure, group and time point: shared meaning words, compatible time points."""
    if not times_compatible(c, s) or other_member(c.context, _as_terms(s.context, glossary),
                                                  glossary):
        return False  # "12% with empagliflozin" is no other value of "16.3% with dapagliflozin"
    if other_questions(c.framing, s.framing):
        return False  # "下降了1.3%" (a change) is no other value of "from 8.4% to 7.1%" (levels)
    mine = frozenset(t for t in non_generic(c.context, glossary) if term_weight(t, glossary))
    # what the figure measures, not which way it moved nor who was counted: "fell" is shared
    # by any two falls, and "9% of participants reported headache" is no other value of "14%
    # of participants reported gastrointestinal symptoms" (contradiction helper, session 8)
    measured = frozenset(t for t in mine if glossary.kind(t) not in ("up", "down")
                         and not _counts_people(t))
    mine = measured or mine
    if not mine:
        return False
    if _value_beside_closer(c, s, glossary):
        return False
    clause = _as_terms(s.context, glossary)
    shared = mine & s.context | frozenset(
        t for t in mine if t.startswith("zh:") and has_term(t, clause, glossary))
    return len(shared) >= max(1, (len(mine) + 1) // 2)


def measure_said_apart(c: QuantityInfo, sentence: Terms, others: Sequence[Terms],
                       glossary: Glossary, title: Terms | None = None) -> bool:
    """A word of what the claim figure measures is missing from the source figure's sentence
    but written in another sentence of the source ("lung cancer" in the conclusion, and "the
    HR for light smokers was 0.44"): the source names that measure where it means it, so
    this figure is of another outcome or group, no other value of the claim's (session 14).
    Where the sentence carries two or more of the measure's other words, a word the `title`
    names is the whole study's ("knee" of "… surgery for knee osteoarthritis"), said of every
    sentence."""
    mine = frozenset(t for t in non_generic(c.context, glossary) if term_weight(t, glossary)
                     and glossary.kind(t) not in ("up", "down") and not _counts_people(t))
    missing = [t for t in mine if not has_term(t, sentence, glossary)
               and any(has_term(t, o, glossary) for o in others)]
    if title is not None and len(mine) - len(missing) >= 2:
        # the sentence names the claim's measure otherwise: a missing word the title names
        # is the whole study's
        missing = [t for t in missing if not has_term(t, title, glossary)]
    return bool(missing)


def _counts_people(concept: str) -> bool:
    """A word naming who was counted ("participants", 患者), not what was measured."""
    word = concept[1:] if concept.startswith("~") else concept
    return word in _COUNTED_STEMS or concept.startswith("zh:") and concept[3:] in _COUNTED_ZH


_ATTACHED = 8  # characters between a figure and its own SD or interval ("5.2 mmHg (SD 9.8)")


def _value_beside_closer(c: QuantityInfo, s: QuantityInfo, glossary: Glossary) -> bool:
    """The source sentence gives the claim's number itself, as a figure of any kind, beside
    as many of the claim's words as the figure of another value, or more: "31 participants had a gout
    flare" answers "31 gout flares per 1000", and "2.1 per 1000" for the incidence of gout in
    the same sentence is no other value of it (contradiction helper, session 8)."""
    value = c.quantity.value
    if value is None:
        return False
    mine = _bound(c, s, glossary, loose=False)
    for p, times, dates in s.peers:
        if p is s.quantity or p.value is None or p.start == s.quantity.start or \
                round_half_up(p.value, c.quantity.decimals) != round_half_up(value,
                                                                              c.quantity.decimals):
            continue
        peer = QuantityInfo(p, frozenset(p.context), times, dates=dates)
        if not times_compatible(c, peer):
            continue  # "5-year and 8-year … 90.4% and 88.9%": 90.4% is the 5-year figure
        # as many words, as a figure of another kind (a count beside a rate): the sentence
        # does not say which is the claim's; but a figure's own SD or interval just after it
        # ("5.2 mmHg (SD 9.8)") is no figure of its own, and two of one kind in a list
        # ("sensitivity and specificity of 91.2% and 70.4%") are paired by their order
        attached = 0 <= p.start - s.quantity.end <= _ATTACHED
        bound = _bound(c, peer, glossary, loose=False)
        if bound > mine or (bound == mine and not attached and p.kind != s.quantity.kind):
            return True
    return False


def _named_beside(concept: str, clause: Terms, glossary: Glossary) -> bool:
    return has_term(concept, clause, glossary) or any(
        len(x) >= 4 and x in clause.stems for x in glossary.concept_stems.get(concept, ()))


def _bound(c: QuantityInfo, s: QuantityInfo, glossary: Glossary, *, loose: bool = True) -> int:
    """How many of the claim's words (common ones too, not its direction; the whole claim's,
    since its group may stand in a clause of its own: "Among patients who had never been
    treated, …") are named beside the source figure, at least by one of their stems."""
    clause = _as_terms(s.context, glossary)
    words = c.context | (c.sentence.key if c.sentence is not None else frozenset())
    return sum(1 for t in words if term_weight(t, glossary)
               and glossary.kind(t) not in ("up", "down") and (
                   _named_beside(t, clause, glossary) if loose else has_term(t, clause, glossary)))


def stated_closer(c: QuantityInfo, stated: QuantityInfo, other: QuantityInfo,
                  glossary: Glossary) -> bool:
    """A source figure with the claim's value (`stated`) names every word of what the claim
    measures, at least by a stem ("objective response" for "response rate"), and more of the
    claim's words than the figure of another value (`other`) does: "in 60 of 133
    treatment-naive patients (45%)" answers "among patients never treated, 45%", and an
    overall 33% elsewhere is no contradiction of it (contradiction helper, session 8)."""
    measured = frozenset(t for t in non_generic(c.context, glossary) if term_weight(t, glossary)
                         and glossary.kind(t) not in ("up", "down") and not _counts_people(t))
    clause = _as_terms(stated.context, glossary)
    if not measured or not all(_named_beside(t, clause, glossary) for t in measured):
        return False
    return _bound(c, stated, glossary) > _bound(c, other, glossary)


def measure_terms(c: QuantityInfo, glossary: Glossary) -> frozenset[str]:
    """What a claim figure measures: the concepts of its clause that can be checked (glossary
    concepts, and Chinese words the lexicon reads), less common words and directions of
    change."""
    return frozenset(t for t in c.context if not t.startswith("~")
                     and not (t.startswith("zh:") and not term_weight(t, glossary))
                     and glossary.kind(t) not in ("generic", "up", "down", "design"))


#: count nouns that name people: a count of them with its description is a study's sample
PEOPLE = frozenset({
    "persons", "person", "patients", "patient", "participants", "participant", "subjects",
    "subject", "individuals", "individual", "people", "women", "men", "children", "adults",
    "infants", "volunteers", "smokers", "users", "respondents", "students", "residents",
    "survivors", "nurses", "physicians"})


#: who was counted, in words that name no group of their own ("participants", 患者): "women",
#: "children" or "smokers" name a group, and a figure for another group is no other value
_COUNTED = ("participants", "patients", "subjects", "individuals", "people", "persons",
            "respondents", "volunteers")
_COUNTED_STEMS = frozenset({stem(w) for w in _COUNTED} | set(_COUNTED))
_COUNTED_ZH = frozenset({"患者", "病人", "参与者", "受试者", "个体", "研究对象"})


_ENROLMENT = re.compile(r"\b(?:enrol|recruit|includ|randomi[sz]|assign|screen|allocat)\w*",
                        re.I)


#: a sentence that says who took part: it enrols, recruits or admits them, or opens with the
#: population its finding is about ("In patients with … and overweight or obesity, …")
_DESCRIBES_SAMPLE = re.compile(
    rf"{_ENROLMENT.pattern}|\b(?:eligib|inclusion criteri)\w*|^(?:\w+:\s*)?(?:in|among)\s+"
    rf"(?:\w+\s+){{0,2}}(?:{'|'.join(sorted(PEOPLE))})\b", re.I)


def describes_sample(text: str) -> bool:
    """Does this sentence (or title) say who the study's participants were?"""
    return _DESCRIBES_SAMPLE.search(text) is not None


def sample_size(c: Quantity, s: Quantity, unit_text: str,
                others: tuple[QuantityInfo, ...], *, labelled: bool = False) -> bool:
    """A count of people answered by the count of people a source sentence gives as the
    study's sample: described where the source says who took part, not in one clause. The
    sentence enrols them ("we enrolled 1961 adults with …, who did not have diabetes") and
    gives one count of people; or (session 12) it says who took part in another way — a
    section label (`labelled`: "PARTICIPANTS Two hundred Chinese patients …"), "Among 1202
    patients …", "The study population consists of … 17 766 adolescents", "women (N = 981)"
    — and the figure is its first count of people, any later one nested in it ("211 (71%) of
    whom", "(including 3933 …)"). A count of people an outcome befell ("45 patients died")
    is no sample, and counts by arm ("121 in the intervention group vs 53") are bare numbers:
    both keep to their clause."""
    if c.kind != "count" or c.unit not in PEOPLE:
        return False
    if s.kind == "count" and s.unit in PEOPLE and _ENROLMENT.search(unit_text) is not None \
            and sum(1 for o in others if o.quantity.kind == "count"
                    and o.quantity.unit in PEOPLE) == 1:
        return True
    if not (labelled or describes_sample(unit_text) or _POPULATION.search(unit_text)):
        return False
    if not _counts_people_at(s, unit_text):
        return False
    for o in others:
        q = o.quantity
        if q is s or q.start == s.start or not _counts_people_at(q, unit_text):
            continue
        if q.start < s.start or q.value is None or s.value is None or q.value >= s.value or \
                not _nested(q, unit_text):
            return False  # an earlier count, or a group of its own beside it
    return True


def _nested(q: Quantity, text: str) -> bool:
    """Is this later count of a sentence a part of its sample: "211 (71%) of whom",
    "(including 3933 …)", "n=30,091"?"""
    return _NESTED_AFTER.match(text, q.end) is not None or \
        _NESTED_BEFORE.search(text[max(0, q.start - 14):q.start]) is not None


#: a sentence that says what the study population was ("The study population consists of",
#: "The international sample comprised")
_POPULATION = re.compile(r"\b(?:study population|(?:the|our|international|whole) sample|"
                         r"cohort)\s+(?:consist|compris|includ)\w*", re.I)
#: a later count nested in the sample: "211 (71%) of whom", "(including 3933 …)", "n=30,091"
_NESTED_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:of (?:whom|these|them)|among them)\b",
                           re.I)
_NESTED_BEFORE = re.compile(r"(?:\(|\bincluding\s+|\bn\s*=\s*)$")
#: a bare number that counts people or other units: followed (after at most one word) by a
#: plural noun ("999,378 liveborn singletons", "17 766 US adolescents"), or the N of a group
_PLURAL_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?([a-z]{3,}s)\b")
#: plural nouns of places and units of study, not of people
_SITES = frozenset({
    "cities", "countries", "hospitals", "centers", "centres", "sites", "practices", "schools",
    "clinics", "states", "regions", "provinces", "counties", "studies", "trials", "units",
    "wards", "villages", "communities", "districts", "programs", "programmes", "continents",
    "articles", "papers", "cohorts", "databases", "records", "samples", "visits", "episodes",
    "events", "cases", "doses", "items", "questions", "times"})
_BIG_N = re.compile(r"\bN\s*=\s*$")


def _counts_people_at(q: Quantity, text: str) -> bool:
    """Does this figure of a source sentence count people: a count of people, or a bare
    number before a plural noun or after "N ="?"""
    if q.kind == "count":
        return q.unit in PEOPLE
    if q.kind != "number" or q.unit is not None or text[q.start:q.end] != q.text:
        return False
    after = _PLURAL_AFTER.match(text, q.end)
    return after is not None and after.group(1).lower() not in _SITES or \
        _BIG_N.search(text[max(0, q.start - 6):q.start]) is not None


def states_measure(c: QuantityInfo, s: QuantityInfo, sentence: Terms,
                   clauses: tuple[Clause, ...], title: frozenset[str],
                   glossary: Glossary, *, whole_sentence: bool = False,
                   described: Terms | None = None,
                   others: tuple[QuantityInfo, ...] = (), paired: bool = False,
                   partnered: bool = False,
                   rare: bool = False, setting: Terms | None = None,
                   matching: bool = False,
                   elsewhere: tuple[tuple[QuantityInfo, Terms], ...] = ()) -> bool:
    """The source figure measures what the claim figure does (`_states_measure`), or, where
    the claim's value is matched, its lacking words are told elsewhere in the source and of
    no other figure (`_told_elsewhere`)."""
    if _states_measure(c, s, sentence, clauses, title, glossary,
                       whole_sentence=whole_sentence, described=described, others=others,
                       paired=paired, partnered=partnered, rare=rare, setting=setting,
                       matching=matching):
        return True
    if not (matching and setting is not None and elsewhere):
        return False
    return _told_elsewhere(c, s, clauses, title, glossary, others, setting, elsewhere)


def _told_elsewhere(c: QuantityInfo, s: QuantityInfo, clauses: tuple[Clause, ...],
                    title: frozenset[str], glossary: Glossary,
                    others: tuple[QuantityInfo, ...], setting: Terms,
                    elsewhere: tuple[tuple[QuantityInfo, Terms], ...]) -> bool:
    """The claim's value, found in the source, with a measure word the source names only in
    another clause or sentence ("healthy lifestyle factors" defined in the methods, "pregnancy"
    in the aim): the word is the study's, not another figure's. The figure is no count, most
    of its measure words are beside it, no lacking word names a group or a part ("SLE
    patients", "most"), every lacking glossary concept is named somewhere in the source (one
    the source never mentions is the claim's own: "glaucoma" against a figure for diabetes),
    and none stands in a sentence with any other figure of the source ("412 diabetic older
    adults" against "412 older adults …; of 300 older adults with diabetes, …")."""
    if c.quantity.kind in _COUNTABLE or _predicate_untold(c, s) or \
            _another_items(c, s, glossary) or _covariate_taken(c, s, glossary):
        return False  # who a count is of is told where it is (`sample_size` for a sample)
    if other_member(c.context, _as_terms(s.context | title, glossary), glossary) or \
            _named_for_another(c, s, others) or other_questions(c.framing, s.framing):
        return False
    needed = measure_terms(c, glossary) - {WHOLE_SCOPE}
    if not needed:
        return False
    free = (frozenset().union(*(cl.concepts for cl in clauses if not cl.has_figure))
            - s.foreign) | s.also
    clause = _as_terms(s.context | free, glossary)
    stated = frozenset(t for t in needed if t in s.context | free | title
                       or has_term(t, clause, glossary))
    lacking = needed - stated
    # a Chinese word with no reading anywhere in the source is the claim's phrasing
    # (`_held_words`); a glossary concept the source never names is the claim's own
    absent = frozenset(t for t in lacking if not has_term(t, setting, glossary))
    if not lacking or any(not t.startswith("zh:") for t in absent) or any(
            glossary.kind(t) == "group" or t in PART_SCOPES for t in lacking):
        return False  # a group or part is named beside its figure ("SLE patients", "most")
    if not stated or len(stated) < MEASURE_SHARE * len(needed - absent):
        return False
    told = lacking - absent
    # the claim's words no glossary reads ("diet") that the source figure lacks must not be
    # another figure's either ("a diet programme gained 2.10 kg; an exercise one 1.38 kg")
    plain = frozenset(t for t in c.context if t.startswith("~")) - s.context
    for o, terms in elsewhere:
        if o is s or o.quantity.start == s.quantity.start and o.quantity.text == s.quantity.text \
                or o.quantity.kind in MINOR_KINDS:
            continue
        if any(has_term(t, terms, glossary) for t in told):
            return False  # "died" and "infections" where a rate of infections is given
        if same_sort(c.quantity, o.quantity) and plain & o.context:
            return False  # the word is another figure's: "300 older adults with diabetes"
    return True


def _states_measure(c: QuantityInfo, s: QuantityInfo, sentence: Terms,
                    clauses: tuple[Clause, ...], title: frozenset[str],
                    glossary: Glossary, *, whole_sentence: bool = False,
                    described: Terms | None = None,
                    others: tuple[QuantityInfo, ...] = (), paired: bool = False,
                    partnered: bool = False,
                    rare: bool = False, setting: Terms | None = None,
                    matching: bool = False) -> bool:
    """The source figure measures what the claim figure does, in the same group.

    Every measure term of the claim's clause must be among the concepts of the source
    figure's own clause (with the clause before it when that one is thin), in a clause of the
    sentence that holds no other figure ("During the 12-month follow-up, …"), or in the
    source's title, which names the study's population and intervention (or in `described`,
    the whole source, for a study's sample found with the claim's value: there a group the
    claim names, SLE among autoimmune diseases, must still be named beside the figure or in
    the title). A scope over the whole
    population ("among all patients") needs no word in the source unless the source figure
    names a narrower group or part ("SLE patients", "most"). "Serious infections
    29.5%" is not stated by "infections 29.5%, and serious infections 12.9%", nor "SLE
    patients" by a figure for all autoimmune patients.
    """
    if other_member(c.context, _as_terms(s.context | title, glossary), glossary):
        return False  # "16.3% with empagliflozin" is not "16.3% with dapagliflozin"
    if _predicate_untold(c, s) or _another_items(c, s, glossary) or \
            _covariate_taken(c, s, glossary) or _numbered_sibling(c, sentence):
        return False
    needed = measure_terms(c, glossary)
    if WHOLE_SCOPE in needed and not _narrower(s.context - c.context, glossary):
        needed -= {WHOLE_SCOPE}
    named = {t for t in needed & s.context if t.endswith("end point")}
    if named:
        # "the primary outcome of worsening heart failure or cardiovascular death" against
        # "the primary outcome occurred in …": the end point named alike; its definition
        # lives in the methods, and only the groups it is counted in must be beside it
        needed = frozenset(named) | {t for t in needed if glossary.kind(t) == "group"}
    if _named_for_another(c, s, others):
        return False
    if other_questions(c.framing, s.framing):
        return False  # "increased by 350 m" is not stated by "from 350 m to 375 m"
    if not needed:  # (a pair of the claim's figures names its result: `paired` below)
        return paired or not c.context or any(
            t in s.context or has_term(t, sentence, glossary) for t in c.context)
    free = (frozenset().union(*(cl.concepts for cl in clauses if not cl.has_figure))
            - s.foreign) | s.also
    if whole_sentence:  # a sample described over the whole sentence (`sample_size`)
        free |= sentence.all
    stated = s.context | free | title
    # a Chinese word is stated where the lexicon finds one of its readings in the source
    # figure's own clause (运动组 43.8% is not stated by "43.8% in the diet group")
    clause = _as_terms(s.context | free, glossary)
    if whole_sentence:
        clause = Terms(clause.key, clause.all, clause.stems | sentence.stems)
    if described is not None:  # who took part, told anywhere; a group must still be named
        lent = frozenset(c for c in described.all if glossary.kind(c) != "group")
        stated |= lent
        clause = Terms(clause.key, clause.all | lent, clause.stems | described.stems)
    stated |= frozenset(t for t in needed if t.startswith("zh:") and has_term(t, clause, glossary))
    stated |= _read_in_written(needed - stated, s.context, sentence, glossary)
    if c.sentence is not None:
        # a glossary concept a Chinese claim names is also stated by its word's dictionary
        # readings beside the figure, as coverage reads it (`_read_from_surface`)
        stated |= frozenset(t for t in needed - stated if not t.startswith("zh:") and
                            _read_from_surface(c.sentence.surface.get(t), clause, glossary))
    lexicon = glossary.lexicon()
    if setting is not None and matching:  # a study's place is named once, for all of it
        stated |= frozenset(t for t in needed if t.startswith("zh:") and t not in stated
                            and lexicon.proper(t[3:]) and has_term(t, setting, glossary))
    # a Chinese word the dictionary knows only as a verb (提供 "to provide", 开展 "to carry
    # out") counts where the source has it, and is never required: the predicate, as an
    # English verb no glossary names is no measure word either
    # (but not one the sentence names beside another of its figures: 步行组 is "the walking
    # group", and "Walking and control groups lost 6.3% and 0.8%" gives 0.8% to the other)
    verbs = frozenset(t for t in needed if t.startswith("zh:") and t not in stated
                      and lexicon.verbal(t[3:]) and not _beside_another(t, s, others, glossary))
    if matching and verbs < needed:  # (another value must be described as strictly as ever)
        needed -= verbs
    if matching:
        needed = _without_hedges(needed, stated, lexicon, distinctive=rare or paired)
    if matching and setting is not None:
        needed = _held_words(needed, stated, setting, glossary)
    if matching and (c.quantity.kind == s.quantity.kind == "rate" or c.quantity.kind ==
                     s.quantity.kind == "ratio" and s.quantity.unit in _RATE_RATIOS) and \
            c.quantity.unit == s.quantity.unit:
        # "每千个住院患者日10.4" and "10.4 per 1000 patient-days"; an incidence rate ratio
        # measures an incidence ("患病率…（校正率比29.8）" and "the adjusted rate ratio … was
        # 29.8", session 13)
        stated |= needed & _RATE_WORDS
    if matching:
        # a concept said in its two-word form with its words apart in the figure's own
        # clause ("weight loss" / "lost a mean of 20.7% … of weight": "lost weight") (s12)
        own = _as_terms(s.context | s.also, glossary)
        stated |= frozenset(t for t in needed - stated if not t.startswith("zh:")
                            and glossary.kind(t) != "group" and _said_apart(t, own, glossary))
        stated |= frozenset(t for t in needed - stated if _rate_as_share(t, c, s, own, glossary, others))
    if matching and paired and _implicit_comparator(needed - stated, s, others, sentence, c,
                                                    glossary):
        stated |= needed  # "69% v 24%" with only the first figure's group named (s12)
    if matching and paired and _rate_beside(s, others):
        # a pair of the claim's figures given as rates ("从每千个住院患者日10.4次降到了3.5次"
        # and "from 10.4 per 1000 patient-days … to 3.5"): the second is a rate too (s12)
        stated |= needed & _RATE_WORDS
    if paired:
        # the claim's value found with another of its distinctive figures in one sentence
        # ("约六成（1437名）婴儿已经死亡" and "1437 (62%) had died"): the pair names the result,
        # so the people it counts need not be named beside it, and half of the Chinese words
        # suffice; a named measure must still be ("SLEDAI" is not "BILAG 4.48 → 1.09")
        # by a partner of another clause (`partnered`), a drug the claim names beside its
        # figure must be named ("阿米替林组为39.4%" is not "39.4% on amitriptylinoxide")
        people = frozenset(t for t in needed if t in PEOPLE or f"{t}s" in PEOPLE)
        read = frozenset(t for t in needed if t.startswith("zh:")
                         and not (partnered and _names_drug(t, lexicon)))
        return needed - read - people <= stated and len(read & stated) >= len(read) // 2
    if rare:
        # the claim's distinctive value said once in its sources ("80082 women", "20.7%"):
        # its group must be beside it; its other words (half of the Chinese words) may be
        # anywhere in a sentence that holds no other figure of its sort
        groups = frozenset(t for t in needed if glossary.kind(t) == "group")
        rest = needed - groups
        beside = [o for o in others if o is not s and same_sort(c.quantity, o.quantity)]
        if any(t in o.context or t.startswith("zh:") and has_term(
                t, _as_terms(o.context, glossary), glossary)
               for t in rest - stated for o in beside):
            return False  # "从不吸烟者 0.17" against "ex-smokers 0.17, and never smokers 0.09"
        anywhere = stated if beside else stated | sentence.all | frozenset(
            t for t in rest if t.startswith("zh:") and has_term(t, sentence, glossary))
        read = frozenset(t for t in rest if t.startswith("zh:"))
        return groups <= stated and rest - read <= anywhere and \
            len(read & anywhere) >= MEASURE_SHARE * len(read)
    if same_interval(c.quantity, s.quantity):
        # an estimate with both bounds of its interval as printed names one result of the
        # source: half of its measure words suffice (numbers helper, session 6)
        groups = frozenset(t for t in needed if glossary.kind(t) == "group")
        return groups <= stated and len(needed & stated) >= MEASURE_SHARE * len(needed)
    # every glossary concept must be named ("serious infections" is not "infections"); of
    # the Chinese words read through the general lexicon, most must be, so that a
    # paraphrase ("成年人" for "adults enrolled") is not lost for one word put another way
    read = frozenset(t for t in needed if t.startswith("zh:"))
    if not needed - read <= stated:
        return False
    return len(read & stated) >= MEASURE_SHARE * len(read)


_NUMBERED = re.compile(r"~?([a-z]{2,})-?(\d{1,2})")


def _numbered_sibling(c: QuantityInfo, sentence: Terms) -> bool:
    """The claim names a numbered member of a family (BRCA2, IL-6, CD4) its source sentence
    never names, while the sentence names another member of that family (BRCA1): the figure
    is the other member's (session 12)."""
    words = c.sentence.all if c.sentence is not None else c.context
    said = sentence.stems | frozenset(t.lstrip("~") for t in sentence.all)
    for t in words:
        m = _NUMBERED.fullmatch(t)
        if m is None or t.lstrip("~") in said:
            continue
        if any((o := _NUMBERED.fullmatch(x)) and o.group(1) == m.group(1)
               and o.group(2) != m.group(2) for x in said):
            return True
    return False


def _covariate_taken(c: QuantityInfo, s: QuantityInfo, glossary: Glossary) -> bool:
    """A word of a claim that speaks of no adjustment is one the source sentence names only
    as a covariate (`QuantityInfo.adjusters`: "Smoking … HR 0.82" against "… (HR 0.82) after
    adjustment for age, BMI and smoking"): a covariate is no finding (session 12)."""
    if not s.adjusters or c.adjusts:
        return False
    theirs = _as_terms(s.adjusters, glossary)
    return any(t in s.adjusters or t.startswith("zh:") and has_term(t, theirs, glossary)
               for t in c.context if glossary.kind(t) not in ("generic", "up", "down"))


def _another_items(c: QuantityInfo, s: QuantityInfo, glossary: Glossary) -> bool:
    """A word of the claim figure's names another item of the list the source figure is paired
    in (`QuantityInfo.foreign`: "58% for cycling" of "…, 46% and 58% for walking, swimming and
    cycling, respectively" against "swimming … 58%"), and not the source figure's own
    (session 12). A claim figure that names the figure's own item too is said of both ("两组都
    超过…"), not of another."""
    if not s.foreign:
        return False
    theirs = _as_terms(s.foreign, glossary)
    mine = _as_terms(s.context, glossary)
    own = _as_terms(s.item, glossary)
    if any(t in s.item or t.startswith("zh:") and has_term(t, own, glossary) for t in c.context):
        return False
    return any(t in s.foreign or t.startswith("zh:") and has_term(t, theirs, glossary)
               for t in c.context if t not in s.context and not has_term(t, mine, glossary))


#: the English words of a figure of progression or new cases, beside "prevalence"
_PROGRESSION_STEMS = frozenset({"incid", "develop", "progress", "convers", "convert",
                                "transform", "evolv"})


def _predicate_untold(c: QuantityInfo, s: QuantityInfo) -> bool:
    """A claim's share with no measure noun that counts who went on to become something
    ("约有一成最终发展为卡波西肉瘤": `QuantityInfo.progression`) is no figure of a sentence
    that measures prevalence (who has it) and says nothing of new cases or progression
    (session 12)."""
    return c.progression and s.sentence is not None and "preval" in s.sentence.stems and \
        not s.sentence.stems & _PROGRESSION_STEMS


def _names_drug(concept: str, lexicon: Lexicon) -> bool:
    """A Chinese word the lexicon reads as a drug's name (阿米替林 "amitriptyline")."""
    reading = lexicon.read(concept[3:]) if concept.startswith("zh:") else None
    return reading is not None and any(alt[:1] and alt[0].startswith("*")
                                       for alt in reading.alternatives)


def _named_for_another(c: QuantityInfo, s: QuantityInfo, others: tuple[QuantityInfo, ...]) -> bool:
    """The claim's words no glossary reads ("strawberries", "prostate") are none of them beside
    the source figure, and one is beside another figure of the same kind in its sentence (the
    other `others`): "for strawberries, HR 0.93" is not stated by "0.93 (…) for apples, …,
    1.03 (…) for strawberries"."""
    words = frozenset(t for t in c.context if t.startswith("~"))
    if not words or words & s.context:
        return False
    return any(o is not s and comparable(c.quantity, o.quantity) and words & o.context
               for o in others)


def _as_terms(concepts: frozenset[str], glossary: Glossary) -> Terms:
    """Concepts as Terms whose stems are those of the words behind them."""
    stems: set[str] = set()
    for concept in concepts:
        if concept.startswith("~"):
            stems.add(concept[1:])
        else:
            stems.update(glossary.concept_stems.get(concept, ()))
    return Terms(concepts, concepts, frozenset(stems))


#: what a figure per so many people or patient-days is, told by its unit (session 10)
_RATE_WORDS = frozenset({"incidence"})
#: the ratio units that compare two incidence rates
_RATE_RATIOS = frozenset({"IRR"})


def _beside_another(concept: str, s: QuantityInfo, others: tuple[QuantityInfo, ...],
                    glossary: Glossary) -> bool:
    """Is the concept named beside another figure of the source sentence (session 12)?"""
    return any(o.quantity is not s.quantity and o.quantity.start != s.quantity.start
               and o.quantity.kind not in MINOR_KINDS
               and has_term(concept, _as_terms(o.context, glossary), glossary) for o in others)


#: the comparison group a two-group comparison may leave unnamed
_COMPARATORS = frozenset({"control group"})


def _implicit_comparator(lacking: frozenset[str], s: QuantityInfo,
                         others: tuple[QuantityInfo, ...], sentence: Terms, c: QuantityInfo,
                         glossary: Glossary) -> bool:
    """The claim's figure, found with its partner (`paired`), lacks only the control group
    where the source sentence compares two figures of its sort and names its groups no other
    way than the claim does ("more patients in the exercise group …: 69% v 24%" for "对照组中
    不到四分之一"): the second figure is the comparator's (session 12). A source figure that
    names a group of its own, or a sentence with a group the claim never names, keeps it."""
    if not lacking or not lacking <= _COMPARATORS:
        return False
    figures = {o.quantity.start for o in others
               if same_sort(c.quantity, o.quantity) and o.quantity.value is not None}
    if len(figures) != 2 or s.quantity.start not in figures:
        return False
    claimed = c.sentence.all if c.sentence is not None else c.context
    if any(glossary.kind(t) == "group" for t in s.context):
        return False
    return all(t in claimed for t in sentence.all if glossary.kind(t) == "group")


def _rate_as_share(concept: str, c: QuantityInfo, s: QuantityInfo, clause: Terms,
                   glossary: Glossary, others: tuple[QuantityInfo, ...] = ()) -> bool:
    """A claim's "X rate" as a percentage, stated by a percentage of the source whose own
    clause names X ("the response rate rose to 45 percent" and "an objective response … in
    60 of 133 … patients (45%)"): a share of those who had X is its rate (session 13). Not
    where the sentence gives another share too ("120 of 400 patients (30% …) and … 45 of 100
    patients with no prior therapy (45% …)"): which share is the whole's rate is not said."""
    if not concept.endswith(" rate") or not c.quantity.kind == s.quantity.kind == "percent":
        return False
    if any(o is not s and o.quantity.kind == "percent" and o.quantity.value != s.quantity.value
           and o.quantity.qualifier is None for o in others):
        return False
    head = set(glossary.concept_stems.get(concept, ())) - {"rate"}
    return bool(head) and head <= clause.stems


def _said_apart(concept: str, clause: Terms, glossary: Glossary) -> bool:
    """Does the clause hold both words of one of the concept's two-word forms, apart
    ("lost … of weight" for "lost weight", a form of "weight loss")? A form of two nouns
    counts only where no other concept of the clause takes one of its words: "renal flare …
    after a previous remission" says no "renal remission"."""
    named = set(concept.split())
    taken = {w for other in clause.all if other != concept and " " in other
             for w in other.split() if w in named}
    return any(set(stems) <= clause.stems and (set(stems) & _VERB_STEMS or not taken)
               for stems in _two_word_forms(glossary, concept))


#: verbs of a measure said as what happened to it ("lost … of weight", "gained … weight"): a
#: form of two nouns said apart ("renal flare … after a previous remission") names nothing
_VERB_STEMS = frozenset({"lost", "lose", "gain", "gained", "reduc", "rais", "rose", "fell",
                         "drop", "dropp", "increas", "decreas", "lower", "cut"})


def _two_word_forms(glossary: Glossary, concept: str) -> tuple[tuple[str, ...], ...]:
    """The stems of a concept's written forms of two words, its name too."""
    table = _TWO_WORD.get(id(glossary))
    if table is None or table[0] is not glossary:
        forms: dict[str, list[tuple[str, ...]]] = {}
        for stems, key in glossary.en_index.items():
            if len(stems) == 2 and len(set(stems)) == 2:
                forms.setdefault(key, []).append(stems)
        table = (glossary, {k: tuple(v) for k, v in forms.items()})
        _TWO_WORD[id(glossary)] = table
    return table[1].get(concept, ())


_TWO_WORD: dict[int, tuple[Glossary, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _rate_beside(s: QuantityInfo, others: tuple[QuantityInfo, ...]) -> bool:
    """Is the source figure, or another of its sentence's figures of the same kind in the
    same clause-run, a rate per population or time ("10.4 per 1000 patient-days … to 3.5")?"""
    if s.quantity.kind == "rate":
        return True
    return s.quantity.kind == "number" and any(
        o.quantity.kind == "rate" and o.quantity is not s.quantity for o in others)


def _without_hedges(needed: frozenset[str], stated: frozenset[str], lexicon: Lexicon, *,
                    distinctive: bool) -> frozenset[str]:
    """The claim's measure words without the Chinese hedges the source does not say
    (`Lexicon.hedge`: 差不多, 大约, 几乎): "almost" or "roughly" beside a figure tells how near
    the claim's value is, not what it measures, and English claims never need one (session
    13), and nor do the words that frame it (`Lexicon.framing`: 数据 "data", 汇集 "collect",
    始终 "from beginning to end", session 14). A figure left with no measure word at all keeps
    them unless its value is distinctive (said once in the source, or with a partner figure)."""
    hedges = frozenset(t for t in needed if t.startswith("zh:") and t not in stated
                       and (lexicon.hedge(t[3:]) or lexicon.framing(t[3:])))
    if not hedges or (hedges == needed and not distinctive):
        return needed
    return needed - hedges


def _held_words(needed: frozenset[str], stated: frozenset[str], setting: Terms,
                glossary: Glossary) -> frozenset[str]:
    """The claim's measure words a source could hold: a Chinese word with no reading anywhere
    in the source (开始新抗病毒方案 for "prescribed new antiretroviral therapies", 寄发问卷 for
    "mail survey") is the claim's phrasing, not a word the source gives another figure, and
    is not required beside the claim's value, once every other measure word is (Chinese
    claims, session 10): a word the source names elsewhere (糖尿病 for another group's figure)
    still tells that the figure is another's, and then nothing is dropped."""
    absent = frozenset(t for t in needed if t.startswith("zh:") and t not in stated
                       and not has_term(t, setting, glossary))
    kept = needed - absent
    if not absent or not kept or not kept <= stated:
        return needed
    return kept


def _narrower(concepts: frozenset[str], glossary: Glossary) -> bool:
    """Names a group or a part of the population ("SLE patients", "most", "some")."""
    return any(glossary.kind(t) == "group" or t in PART_SCOPES for t in concepts)


def _times_overlap(a: frozenset[int], b: frozenset[int]) -> bool:
    return any(_days_equal(x, y) or _same_end(x, y) for x in a for y in b)


def _same_end(x: int, y: int) -> bool:
    """Two periods from the start (their ends negated, `analysis._time_point`) with the same
    end, counted either way: the first two weeks (-14) and days 0 to 13 (-13)."""
    return x < 0 and y < 0 and abs(x - y) <= max(1.0, 0.04 * max(-x, -y))


def arms_compatible(c: QuantityInfo, s: QuantityInfo) -> bool:
    """Not bound to different dose arms (a figure stated without an arm fits any)."""
    return not (c.arms and s.arms) or bool(c.arms & s.arms)


def times_compatible(c: QuantityInfo, s: QuantityInfo) -> bool:
    """Not bound to different time points: durations ("week 52"/"week 68") nor dates ("by
    December 2014"/"by June 30, 2020"); a figure without one fits any."""
    if c.dates and s.dates and not any(_same_date(a, b) for a in c.dates for b in s.dates):
        return False
    return not (c.times and s.times) or _times_overlap(c.times, s.times)


def _same_date(a: int, b: int) -> bool:
    """Equal to the coarser precision given (yyyymmdd, 00 where a month or day is not)."""
    if a // 10000 != b // 10000:
        return False
    ma, mb = a // 100 % 100, b // 100 % 100
    if not ma or not mb:
        return True
    da, db = a % 100, b % 100
    return ma == mb and (not da or not db or da == db)


@dataclass(frozen=True)
class Coverage:
    """How much of a claim's key terms one source text carries."""

    score: float
    found: frozenset[str]
    missing: frozenset[str]
    predicates_ok: bool
    strong_found: int  # non-generic key terms found
    #: key terms found only as their negative-prefix antonym ("dependent" / "independent",
    #: "accurate" / "inaccurate"): an odd number states the claim the other way
    antonyms: int = 0
    #: the score with everyday words at full weight: what a contradiction must reach
    strict: float = 0.0


def term_weight(concept: str, glossary: Glossary) -> float:
    """Generic words count half, and so do everyday English words no glossary names ("put",
    "already"); a Chinese word no lexicon layer can read counts nothing against an
    English source (it cannot be checked there, so it neither helps nor hurts)."""
    return _weights(concept, glossary)[0]


def _weights(concept: str, glossary: Glossary) -> tuple[float, float]:
    """`term_weight`, and the weight with everyday words whole (`Coverage.strict`)."""
    if concept.startswith("zh:") and glossary.lexicon().read(concept[3:]) is None:
        return 0.0, 0.0
    if glossary.kind(concept) == "generic":
        return 0.5, 0.5
    return (0.5 if everyday(concept) else 1.0), 1.0


#: what a light word the source lacks weighs in a match (found, it weighs what a generic or
#: everyday word does, 0.5); a contradiction (`Coverage.strict`) weighs it as before
#: (session 12)
LIGHT_WEIGHT = 0.25
#: light words: a light verb (the glossary's generic verb of occurrence, which
#: `terms._LIGHT_VERBS` read as, "took", "was taking", "began", "built") and a generic noun
#: of how a finding is told ("the study", "new factors", "the amount of"): they state no
#: content of their own, so a faithful paraphrase that adds one ("when the study began",
#: "the team built nine models") is not kept from its sentence; where the source has the
#: word, it still counts (session 12)
_LIGHT_CONCEPTS = frozenset({"occur", "taking medication", "study", "factor"})
_LIGHT_EN = frozenset({"~begin", "~began", "~begun", "~build", "~built", "~fare",
                       "~amount", "~gene", "~protein"})


def light_word(concept: str) -> bool:
    """A light verb or generic noun (`_LIGHT_CONCEPTS`, `_LIGHT_EN`): missing, it weighs
    `LIGHT_WEIGHT`, and it is never one of a match's strong terms."""
    return concept in _LIGHT_CONCEPTS or concept in _LIGHT_EN


@lru_cache(maxsize=1)
def _common_en() -> dict[str, float]:
    text = resources.files("claimcheck").joinpath("data/common_en.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {stem: float(zipf) for stem, zipf in rows}


def common_zipf(word_stem: str) -> float:
    """The wordfreq Zipf frequency of an English stem, 0 for one below the shipped list's
    floor (4.5): a rarer, more specific word."""
    return _common_en().get(word_stem, 0.0)


@lru_cache(maxsize=65536)
def everyday(concept: str) -> bool:
    """An English stem no glossary names (``~put``) of everyday use, by the wordfreq list
    shipped as package data. (Chinese words by jieba's frequencies were measured and
    dropped: docs/statuses.md, "Everyday words".)"""
    if concept.startswith("~"):
        return _common_en().get(concept[1:], 0.0) >= EVERYDAY_ZIPF
    return False


def has_term(concept: str, source: Terms, glossary: Glossary, surface: str = "") -> bool:
    if concept in source.all:
        return True
    stems = glossary.concept_stems.get(concept)
    if stems and len(stems) > 1 and set(stems) <= source.stems:
        return True
    if concept.startswith("zh:") and source.stems and \
            glossary.lexicon().found_in(concept[3:], source.stems):
        return True
    if concept.startswith("~") and glossary.lexicon().compound_found(concept[1:], source.stems):
        return True  # "toxicity" in "hepatotoxicity", "hepatotoxicity" in "liver toxicity"
    if concept.startswith("~") and paraphrase.found(concept[1:], source.stems, surface,
                                                    _names(source)):
        return True  # "thymus" / "thymic", "kids" / "children", "Norwegian" / "Norway"
    if concept.startswith("~") and len(concept) >= 7:
        word = concept[1:]
        return any(fuzz.ratio(word, other) >= 90 and not distinct_members(word, other)
                   for other in source.stems if len(other) >= 6)
    return False


def _names(source: Terms) -> frozenset[str]:
    """Stems of the capitalised words of a text that no glossary names ("Norway")."""
    return frozenset(c[1:] for c, written in source.surface.items()
                     if c.startswith("~") and written[:1].isupper())


def _read_in_written(needed: frozenset[str], concepts: frozenset[str], sentence: Terms,
                     glossary: Glossary) -> frozenset[str]:
    """The Chinese words of `needed` found in the source's own written words of the common
    (generic) concepts beside its figure: "medical" read as the concept of drugs is still the
    word "medical", which 内科 means ("十例内科并发症" and "Ten medical complications"; session
    13). Not a direction's word: "reductions" is the change, not what changed."""
    words = frozenset(stem(w) for t in concepts if glossary.kind(t) == "generic"
                      for w in re.findall(r"[a-z]+", sentence.surface.get(t, "").lower()))
    if not words:
        return frozenset()
    lexicon = glossary.lexicon()
    return frozenset(t for t in needed if t.startswith("zh:") and lexicon.found_in(t[3:], words))


def _read_from_surface(surface: str | None, source: Terms, glossary: Glossary) -> bool:
    """A Chinese word the glossary reads one way (损伤 "impaired") is also found by its
    dictionary readings in an English source ("damage")."""
    if not surface or len(surface) < 2 or not source.stems or not has_cjk(surface):
        return False
    return glossary.lexicon().found_in(surface, source.stems)


def coverage(claim: Terms, source: Terms, glossary: Glossary) -> Coverage:
    """Share of the claim's key terms the source carries. A direction word (increase,
    decline) counts as carried when the source states any direction: whether it is the
    same one is the polarity test's to decide."""
    found: set[str] = set()
    missing: set[str] = set()
    source_moves = any(mark in ("up", "down") for _, mark in source.marks)
    antonyms = 0
    for concept in claim.key:
        moves = source_moves and glossary.kind(concept) in ("up", "down")
        if moves or has_term(concept, source, glossary, claim.surface.get(concept, "")) or (
                not concept.startswith(("zh:", "~")) and
                _read_from_surface(claim.surface.get(concept), source, glossary)):
            found.add(concept)
        elif prefix_antonym(concept, source.stems):
            found.add(concept)
            # "from unstable to stable": a claim naming both words states no antonym
            antonyms += not prefix_antonym(concept, claim.stems)
        elif prefixed_in_source(concept, claim.surface.get(concept, ""), source, glossary):
            found.add(concept)  # 分化 against "undifferentiated": the other way, unless the
            # claim writes it with a prefix that is no negation of its clause (无保护的男性);
            # 未分化 read as a negation has it cancelled by this antonym
            antonyms += concept not in claim.prefixed or concept in claim.prefix_negates
        else:
            missing.add(concept)
    return _scored(claim, frozenset(found), frozenset(missing), antonyms, glossary)


def counting_as_found(claim: Terms, cov: Coverage, concepts: frozenset[str],
                      glossary: Glossary) -> Coverage:
    """`cov` with these of the claim's key terms counted as found."""
    given = concepts & claim.key
    return _scored(claim, cov.found | given, cov.missing - given, cov.antonyms, glossary)


def _scored(claim: Terms, found: frozenset[str], missing: frozenset[str], antonyms: int,
            glossary: Glossary) -> Coverage:
    total = got = strict_total = strict_got = 0.0
    for c in claim.key:  # one pass: the weight, and the weight with everyday words whole
        weight, strict = _weights(c, glossary)
        if c not in found and light_word(c):
            weight = min(weight, LIGHT_WEIGHT)  # a light word the source lacks costs less
        total += weight
        strict_total += strict
        if c in found:
            got += weight
            strict_got += strict
    predicates_ok = all(c in found for c in claim.key if glossary.kind(c) == "predicate")
    strong = sum(1 for c in found if glossary.kind(c) != "generic" and not light_word(c))
    return Coverage(got / total if total else 0.0, found, missing, predicates_ok, strong,
                    antonyms, strict_got / strict_total if strict_total else 0.0)


#: kinds a title never lends a sentence: what a claim asserts, and which way things moved
NOT_LENT = frozenset({"predicate", "up", "down"})


def completed_by_title(claim: Terms, sentence: Terms, title: Terms,
                       glossary: Glossary) -> Coverage:
    """`coverage` of a finding sentence read with its study's title, which names the subject
    ("Hypoglycemic episodes and risk of dementia in older patients …") that the finding
    sentence leaves implicit ("… had a graded increase in risk"). The title lends nouns only:
    never a predicate (safe, effective), a direction of change or a negation."""
    lent = frozenset(c for c in title.all if glossary.kind(c) not in NOT_LENT)
    merged = Terms(sentence.key, sentence.all | lent, sentence.stems | title.stems,
                   sentence.negated, sentence.direction, sentence.surface, sentence.marks)
    cov = coverage(claim, merged, glossary)
    borrowed = frozenset(c for c in cov.found - coverage(claim, sentence, glossary).found
                         if glossary.kind(c) in NOT_LENT)
    if not borrowed:
        return cov
    return _scored(claim, cov.found - borrowed, cov.missing | borrowed, cov.antonyms, glossary)


_NEGATIVE_PREFIXES = ("non", "un", "in", "im", "ir", "il", "dis")
_MIN_ROOT = 4


def prefix_antonym(concept: str, stems: frozenset[str]) -> bool:
    """An English word the other text carries with (or without) a negative prefix."""
    if not concept.startswith("~") or len(concept) - 1 < _MIN_ROOT:
        return False
    word = concept[1:]
    if any(p + word in stems for p in _NEGATIVE_PREFIXES):
        return True
    return any(word.startswith(p) and len(word) - len(p) >= _MIN_ROOT and word[len(p):] in stems
               for p in _NEGATIVE_PREFIXES)


#: roots whose prefixed form words no change ("unchanged", "unaltered", "unaffected"): a
#: statement read sentence by sentence by the no-change rules (`guards.no_change_in_piece`,
#: `guards.stasis_antonyms`), not a term found anywhere in the source (session 15)
_STASIS_ROOTS = frozenset({"chang", "alt", "alter", "affect"})


def prefixed_in_source(concept: str, surface: str, source: Terms, glossary: Glossary) -> bool:
    """A Chinese word of the glossary whose one English stem the source writes only with a
    negative prefix: 分化 against "undifferentiated", 可逆 against "irreversible" (session 15).
    Chinese writes the prefix as a negation cue (未, 非, 不, 无) the claim reads apart; the
    antonym this counts cancels it, so "未分化" agrees with "undifferentiated"."""
    if concept.startswith("~") or not has_cjk(surface):
        return False
    if concept.startswith("zh:"):
        readings = glossary.lexicon().glosses(concept[3:]) or ()
    else:
        readings = (glossary.concept_stems.get(concept, ()),)
    roots = {r[0] for r in readings if len(r) == 1 and len(r[0]) >= _MIN_ROOT} - _STASIS_ROOTS
    return not roots & source.stems and any(
        p + root in source.stems for root in roots for p in _NEGATIVE_PREFIXES)


@dataclass(frozen=True)
class Polarity:
    negated: bool
    direction: int  # +1 up, -1 down, 0 none or both
    concepts: frozenset[str] = frozenset()  # of the clause (or sentence) it was read from
    #: clauses speaking of the claim disagree on negation ("X did not reduce A, although B
    #: was lower"; "correlates with T cells in the lymph node but not in the blood")
    mixed: bool = False


def polarity_at(claim: Terms, whole: Terms, clauses: tuple[Clause, ...],
                glossary: Glossary) -> Polarity:
    """The source's polarity where it speaks of the claim's subject.

    That is the clause sharing most of the claim's key terms (on a tie, one with a negation
    cue or direction word): "Although SLE has no cure, treatment can help decrease its signs"
    is not negated about treatment. A clause without cues of its own, or a missing direction,
    falls back to the whole sentence.
    """
    best: Clause | None = None
    best_n = (0, 0, 0)
    content = frozenset(c for c in claim.key if glossary.kind(c) not in ("up", "down", "generic"))
    for clause in clauses:
        # what the clause is about first (the claim's content words), then what the claim's
        # change is stated of ("increased gastrointestinal side effects"), then any shared word
        shared = content & clause.concepts | _read_in_clause(content, clause, glossary)
        n = (len(shared), len(claim.changed & clause.concepts), len(claim.key & clause.concepts))
        if n > best_n or (n == best_n and n[2] and best is not None and clause.marked
                          and not best.marked):
            best, best_n = clause, n
    mixed = _mixed_negation(claim, clauses, glossary)
    excepted = _excepted(claim, content, clauses, glossary)
    if excepted is not None:
        return Polarity(True, 0, excepted.concepts | (best.concepts if best else frozenset()))
    if best is None or not best.marked:
        # the whole sentence, but a negation only from a clause that speaks of the claim's
        # subject ("One in five trials are discontinued early, … are frequently not
        # contacted" is not negated about discontinuation)
        negated = whole.negated and (best is None or any(
            c.negated and claim.key & c.concepts for c in clauses))
        return Polarity(negated, whole.direction, whole.all, mixed)
    if not best.moves:
        return Polarity(best.negated, whole.direction, whole.all, mixed)
    return Polarity(best.negated, best.direction, best.concepts, mixed)


def _excepted(claim: Terms, content: frozenset[str], clauses: tuple[Clause, ...],
              glossary: Glossary) -> Clause | None:
    """A clause that excepts from the sentence's statement ("…, but not gender") the one
    content word of an affirmative claim that no other clause names: the sentence denies the
    claim of it."""
    if claim.negated:
        return None
    for clause in clauses:
        if not (clause.excepted and clause.negated):
            continue
        own = content & clause.concepts | _read_in_clause(content, clause, glossary)
        others = frozenset().union(*(
            content & c.concepts | _read_in_clause(content, c, glossary)
            for c in clauses if c is not clause))
        if own - others:
            return clause
    return None


def _read_in_clause(content: frozenset[str], clause: Clause,
                    glossary: Glossary) -> frozenset[str]:
    """A Chinese claim's words no glossary names (zh:性别) that the lexicon reads in an English
    clause's words ("but not gender"): the clause speaks of them too."""
    words = [c[3:] for c in content if c.startswith("zh:")]
    if not words:
        return frozenset()
    stems = frozenset(c[1:] for c in clause.concepts if c.startswith("~")).union(
        *(glossary.concept_stems.get(c, ()) for c in clause.concepts))
    lexicon = glossary.lexicon()
    return frozenset("zh:" + w for w in words if stems and lexicon.found_in(w, stems))


def changed_content(terms: Terms, glossary: Glossary) -> frozenset[str]:
    """The content words a text's change is stated of ("X reduced the rates of A" → A): no
    direction or generic word."""
    return frozenset(c for c in terms.changed
                     if glossary.kind(c) not in ("up", "down", "generic"))


def _mixed_negation(claim: Terms, clauses: tuple[Clause, ...], glossary: Glossary) -> bool:
    """A negated clause and an affirmative clause stating a change both speak of the claim,
    and the affirmative one carries more of what the claim's change is stated of: "did not
    reduce allergies overall, although eczema was lower" does not deny "lower eczema";
    "no differences in the rates of X, but lower rates of Y" still denies X."""
    changed = changed_content(claim, glossary)
    negated = [c for c in clauses if c.negated and claim.key & c.concepts]
    if not changed or not negated:
        return False
    denied = changed & frozenset().union(*(c.concepts for c in negated))
    return any(not c.negated and c.moves and len(changed & c.concepts) > len(denied)
               for c in clauses)


def partly_negated(clauses: tuple[Clause, ...]) -> bool:
    """One clause denies and another states a change undenied: "A rose, but B did not",
    "只有高强度组提高，中等强度组并没有" (session 12)."""
    return any(c.negated for c in clauses) and any(
        not c.negated and c.moves and c.concepts for c in clauses)


def opposite(claim: Terms, source: Polarity, glossary: Glossary) -> bool:
    """Opposite finding: negation on one side only, or the reverse direction of change (of
    the same sort: "worsened" is not the reverse of "increased")."""
    return (claim.negated != source.negated and not (source.negated and source.mixed)) or \
        reversed_direction(claim, source, glossary)


def reversed_direction(claim: Terms, source: Polarity, glossary: Glossary) -> bool:
    """The source states the claim's change the other way (of the same sort)."""
    return (claim.direction != 0 and _direction(claim, source, glossary) == -claim.direction
            and same_sort_of_change(claim, source, glossary))


def _direction(claim: Terms, source: Polarity, glossary: Glossary) -> int:
    """The source's direction, read from its words of the claim's sort of change when the
    claim uses one sort only: "improve … by promoting X and inhibiting Y" improves."""
    sorts = sorts_of_change(claim.key, glossary)
    if len(sorts) != 1:
        return source.direction
    [sort] = sorts
    kinds = {glossary.kind(c) for c in source.concepts
             if glossary.kind(c) in ("up", "down") and (c in glossary.valence) == sort}
    if not kinds:
        return source.direction
    return 0 if len(kinds) == 2 else (1 if kinds == {"up"} else -1)


def same_sort_of_change(claim: Terms, source: Polarity, glossary: Glossary) -> bool:
    """Both speak of amounts (increase, decline) or both of worth (improve, worsen), or either
    states no change: a score that "declined" may have improved or worsened."""
    mine = sorts_of_change(claim.key, glossary)
    theirs = sorts_of_change(source.concepts, glossary)
    return not mine or not theirs or bool(mine & theirs)


def sorts_of_change(concepts: frozenset[str], glossary: Glossary) -> set[bool]:
    """The sorts of change the concepts state: True judges worth (improve), False amounts."""
    return {c in glossary.valence for c in concepts if glossary.kind(c) in ("up", "down")}


def same_direction(claim: Terms, source: Polarity, glossary: Glossary) -> bool:
    """A claim of change (increase, decline) needs a source stating the same change, of the
    same sort, and not the other one too."""
    if claim.direction == 0:
        return True
    if not same_sort_of_change(claim, source, glossary):
        return False
    # a source stating both directions ("incidence is increasing and mortality is
    # decreasing") does not say which one the claim's subject took: not the same change
    return _direction(claim, source, glossary) == claim.direction


def strictly_same_direction(claim: Terms, source: Polarity, glossary: Glossary) -> bool:
    """The source states the claim's change the same way and of the same sort ("decreased"
    is not confirmed by "improved"): for evidence that needs help from the title."""
    if claim.direction == 0:
        return True
    stated = sorts_of_change(claim.key, glossary) & sorts_of_change(source.concepts, glossary)
    return bool(stated) and same_direction(claim, source, glossary)
