"""Something gone where the source has it arise, or the other way round (session 13).

"The mutations were present at diagnosis and disappeared at relapse" and "20 newly acquired
mutations not present at initial diagnosis" tell one course in two opposite directions:
what the claim says was lost, the source says was gained. Read here: a claim stating that its
subject disappeared (disappeared, vanished, was lost, 消失, 丢失) against a source sentence
carrying at least half of its other key terms that states the subject arose (newly acquired,
emerged, appeared, de novo, "not present at diagnosis", 新出现), where no sentence of the
source says it disappeared; and the reverse. The noun "loss" is not read ("loss of function",
"weight loss").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import counting_as_found, coverage

#: a source sentence must carry this share of the claim's key terms
PRESENCE_COVERAGE = 0.5

_GONE = re.compile(r"\b(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|(?:was|were|are|is|been|"
                   r"got)\s+lost|no longer (?:present|detect\w*|found))\b|消失|丢失|不复存在",
                   re.I)
_ARISEN = re.compile(r"\b(?:newly\s+(?:acquired|arising|emerged|appeared|arisen|detected)|"
                     r"(?:emerg|appear)(?:ed|ing)\b|arose|de novo|not present (?:at|before|"
                     r"in) (?:the )?(?:initial |first |original )?(?:diagnosis|baseline|"
                     r"onset|presentation))|新出现|新发(?:现)?的?(?=突变|变异|病灶)|新获得", re.I)


@dataclass(frozen=True)
class PresenceClash:
    """The source sentence telling the claim's course the other way."""

    unit: Unit
    reason: str


def _course(text: str) -> str:
    """"gone", "arisen", or "" for neither or both."""
    gone, arisen = bool(_GONE.search(text)), bool(_ARISEN.search(text))
    return "gone" if gone and not arisen else "arisen" if arisen and not gone else ""


def presence_clash(analysed: Analysed, units: list[Unit],
                   glossary: Glossary) -> PresenceClash | None:
    """A claim saying its subject disappeared where a source sentence on it says it arose,
    and no source sentence says it disappeared (or the reverse): `contradicted`."""
    mine = _course(analysed.text)
    if not mine:
        return None
    said_mine = _GONE if mine == "gone" else _ARISEN
    if any(said_mine.search(u.text) for u in units):
        return None  # the source tells the claim's course somewhere
    course = {c for c in analysed.terms.key
              if (said := analysed.terms.surface.get(c)) and (_GONE.search(said) or
                                                             _ARISEN.search(said))}
    for unit in units:
        if not _course(unit.text):
            continue
        cov = counting_as_found(analysed.terms, coverage(analysed.terms, unit.terms, glossary),
                                frozenset(course), glossary)
        if cov.score >= PRESENCE_COVERAGE and cov.strong_found >= 2:
            said = "disappeared" if mine == "gone" else "arose"
            other = "arose" if mine == "gone" else "disappeared"
            return PresenceClash(unit, f"The claim says its subject {said}; the source says it "
                                       f"{other}: \u201c{unit.text}\u201d")
    return None
