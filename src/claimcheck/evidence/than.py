"""A Chinese 比 comparative against a source's difference between two groups (session 15).

"TT基因型者的同型半胱氨酸比CC基因型者高出3.12微摩尔/升" against "difference between
individuals with TT versus CC genotype, 3·12 μmol/L": the source's difference is the first
group's level less the second's, so a positive one is the claim's "higher", where the two
groups stand in the same order on both sides.
"""

from __future__ import annotations

import re

from claimcheck.evidence.analysis import QuantityInfo, Unit, analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage

#: "A比B高出" right before the figure: the two groups and the comparative
_THAN = re.compile(r"(?P<a>[^，,。；;：:比]{1,24})比(?P<b>[^，,。；;：:比]{1,24}?)(?:更|还|要)?"
                   r"(?P<way>[高低多少长短])(?:出|了)?(?:约|近)?\s*$")
#: "difference between A versus B, " right before the figure
_DIFFERENCE = re.compile(r"\bdifferences?\b[^.;]{0,40}?\bbetween\s+(?P<a>[^.;]{1,80}?)\s+"
                         r"(?:versus|vs\.?|and)\s+(?P<b>[^.;,]{1,80}?)\s*[,:(=]?\s*$", re.I)


def difference_agrees(claim_text: str, info: QuantityInfo, unit: Unit, stated: QuantityInfo,
                      glossary: Glossary) -> bool:
    """The claim's "A比B高出 x" is the source's positive "difference between A versus B, x"
    (or "低 x" its negative one), A and B read in the same order."""
    mine = _THAN.search(claim_text[:info.quantity.start])
    theirs = _DIFFERENCE.search(unit.text[:stated.quantity.start])
    value = stated.quantity.value
    if mine is None or theirs is None or value is None or value == 0:
        return False
    if (value > 0) != (mine["way"] in "高多长"):
        return False
    return _same_order(mine["a"], mine["b"], theirs["a"], theirs["b"], glossary)


def _same_order(a: str, b: str, first: str, second: str, glossary: Glossary) -> bool:
    """The words that tell A from B are read in the source's first group and not its second,
    and those that tell B from A the other way round."""
    mine = [analyse(x, glossary, claim=True).terms for x in (a, b)]
    theirs = [analyse(x, glossary).terms for x in (first, second)]
    for own, other in ((0, 1), (1, 0)):
        distinct = mine[own].key - mine[other].key
        found = [coverage(mine[own], t, glossary).found & distinct for t in theirs]
        if not found[own] or found[other]:
            return False
    return True
