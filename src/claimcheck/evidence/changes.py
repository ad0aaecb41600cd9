"""How a source confirms a claim's change at a found figure (session 13, docs/statuses.md).

Two readings beside the judge's clause directions:

- *A denied change and a null ratio.* A claim that denies a change of risk ("并不会增加膀胱癌
  风险", "did not raise the risk") at a ratio whose source interval spans 1 ("HR 1.06; 95% CI
  0.89-1.26", "was not associated with") states what the interval says: no change either way.
- *From one level to another.* A claim's pair "从54%降到了11%" found in the source as its own
  pair "from 54% to 11%": the two levels, in that order, say which way the measure went,
  whatever other direction words the sentence carries ("… with slightly higher values in …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.evidence.analysis import QuantityInfo, Unit
from claimcheck.evidence.match import value_match
from claimcheck.evidence.significance import interval_side

#: a negation cue that denies the change itself, right before its verb ("并不会增加", "未降低",
#: "did not increase", "was not associated with a higher"): not one that describes a group
#: ("未实行强化的地区", "patients without diabetes")
_DENIED_CHANGE = re.compile(
    r"(?:并不|并未|不会|没有|未|不)(?:会|能|明显|显著|再)?(?:增加|升高|提高|增高|上升|降低|减少|"
    r"下降|减低)|\b(?:not|no|never)\s+(?:\w+\s+)?(?:increase|raise|elevate|reduce|lower|"
    r"decrease|associated with (?:an? )?(?:increased|higher|lower|reduced|decreased))\w*",
    re.I)


def denies_change(text: str) -> bool:
    """The claim denies a change in so many words (`_DENIED_CHANGE`)."""
    return _DENIED_CHANGE.search(text) is not None


def null_ratio_denies(info: QuantityInfo, s: QuantityInfo, direction: int,
                      clause: str) -> bool:
    """The claim's `clause` denies a change (`direction` ±1, its cue right before the verb)
    at a ratio whose source interval spans 1, and whose own interval, if printed, spans 1
    too."""
    if not direction or not info.negated or not denies_change(clause):
        return False
    return interval_side(s.quantity) == 0 and interval_side(info.quantity) in (None, 0)


def _level_pair(qs: Sequence[QuantityInfo], info: QuantityInfo
                ) -> tuple[QuantityInfo, QuantityInfo] | None:
    """The (start, end) pair of levels `info` belongs to: a "start" figure and the next
    figure of the same kind after it said as a level ("降到了11%" reads as one, "to 11%" as an
    end)."""
    ordered = sorted(qs, key=lambda q: q.quantity.start)
    for i, q in enumerate(ordered):
        if q.framing != "start":
            continue
        end = next((o for o in ordered[i + 1:] if o.framing in ("end", "level")
                    and o.quantity.kind == q.quantity.kind), None)
        if end is not None and info in (q, end):
            return q, end
    return None


def _rise(start: QuantityInfo, end: QuantityInfo) -> int:
    """+1 where the end level is above the start, -1 below, 0 equal or unreadable."""
    a, b = start.quantity.value, end.quantity.value
    if a is None or b is None or a == b:
        return 0
    return 1 if b > a else -1


def levels_agree(claim: Sequence[QuantityInfo], info: QuantityInfo, unit: Unit,
                 direction: int) -> bool:
    """The claim's change (`direction`) from one level to another, with `info` one of the
    two, is the source sentence's own pair of levels in the same order: both values found,
    and the end above (or below) the start as the claim says."""
    mine = _level_pair(claim, info)
    if mine is None or not direction or _rise(*mine) != direction:
        return False
    for start in unit.quantities:
        theirs = _level_pair(unit.quantities, start)
        if theirs is None or theirs[0] is not start:
            continue
        if value_match(mine[0].quantity, theirs[0].quantity) and \
                value_match(mine[1].quantity, theirs[1].quantity):
            return _rise(*theirs) == direction
    return False
