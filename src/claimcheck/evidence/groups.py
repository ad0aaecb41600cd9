"""Result sentences that speak of "the groups" without naming them.

A trial abstract names its arms once ("1500 mg of oral glucosamine (n = 125) or placebo
(n = 125)") and its title names what was tested ("Effect of glucosamine on …"); a result
sentence then says "No statistically significant difference in change between groups was
found" or "Mortality did not differ between the groups". An article writes the arms out:
"Glucosamine did no better than placebo". Such a sentence is read with the title's nouns
and the study's comparator (placebo, sham, a control group, usual care) as its own words.
A sentence naming a group of its own ("in the placebo group") is read as written; one of no
difference that names no side at all ("Hospital mortality did not differ.") speaks of the
groups too.
"""

from __future__ import annotations

import dataclasses
import re

from claimcheck.evidence.analysis import Unit, analyse, states_result
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import NOT_LENT

#: "between (the) groups", "between the two treatment groups", "between-group", "in either
#: group", "across the three arms"
_THE_GROUPS = re.compile(
    r"\b(?:between|among|across)(?:\s+the)?(?:\s+(?:two|three|four|both|study|treatment|"
    r"randomi[sz]ed|intervention))*\s+(?:groups|arms)\b|\bbetween-groups?\b|"
    r"\bin\s+(?:either|both|each)\s+(?:study\s+|treatment\s+)?(?:group|arm)s?\b", re.I)
#: "Hospital mortality did not differ.", "Rates of infection were similar.": a comparison of
#: the arms that names none of them (nor any comparison word of its own)
_NO_DIFFERENCE = re.compile(r"\b(?:did not differ|no (?:statistically )?(?:significant )?"
                            r"differences?|(?:was|were) (?:similar|comparable|unchanged))\b",
                            re.I)
_NAMES_A_SIDE = re.compile(r"\b(?:groups?|arms?|placebo|controls?|versus|vs|compared|than|"
                           r"between|among|with|without|patients who|those who)\b", re.I)
#: the comparators a trial names in its methods
_COMPARATORS = ("placebo", "sham", "control group", "usual care", "standard care")
#: kinds never lent: what a sentence states is its own (as for `match.completed_by_title`);
#: the design is lent to findings already (`sources._with_study_design`)
_NOT_LENT = NOT_LENT | {"design"}


def with_compared_groups(units: list[Unit], glossary: Glossary) -> list[Unit]:
    """The units, each result sentence about "the groups" given what the title says was
    compared and in whom, and the comparators the abstract names (the same units when no
    sentence needs them). The title's outcome ("Effect of X on Y") is not lent: the sentence
    says which outcome it reports."""
    referring = [i for i, u in enumerate(units)
                 if u.source != "title" and states_result(u) and (
                     _THE_GROUPS.search(u.text) or _NO_DIFFERENCE.search(u.text)
                     and not _NAMES_A_SIDE.search(u.text))]
    if not referring:
        return units
    lent = set(_comparators(units, glossary))
    stems: set[str] = set()  # so that a Chinese claim's words find the title's English ones
    for unit in units:
        if unit.source == "title":
            for part in compared_in_title(unit.text):
                terms = analyse(part, glossary).terms
                lent |= {c for c in terms.all if glossary.kind(c) not in _NOT_LENT}
                stems |= terms.stems
    out = list(units)
    for i in referring:
        unit = units[i]
        added = frozenset(lent) - unit.terms.all
        if added:
            new_stems = frozenset(stems) - unit.terms.stems
            terms = dataclasses.replace(unit.terms, all=unit.terms.all | added,
                                        stems=unit.terms.stems | new_stems)
            out[i] = dataclasses.replace(unit, terms=terms, lent=unit.lent | added,
                                         lent_stems=unit.lent_stems | new_stems)
    return out


#: "…: a randomised controlled trial", "… (the XYZ study)": what the study was, not what
_SUBTITLE = re.compile(r"\s*(?::|\.|\s-\s|\().*$")
_EFFECT_OF = re.compile(r"^(?:the\s+)?(?:effects?|impact|efficacy|safety|role)\s+of\s+(?P<x>.+?)"
                        r"\s+(?:on|in terms of)\s+(?P<y>.+?)(?:\s+(?:in|among|for)\s+(?P<z>.+))?$",
                        re.I)
_VERSUS = re.compile(r"^(?P<x>.+?)\s+(?:versus|vs\.?|compared with|or)\s+(?P<x2>.+?)"
                     r"(?:\s+(?:in|for|among)\s+(?P<z>.+))?$", re.I)
_IN_WHOM = re.compile(r"^(?P<x>.+?)\s+(?:in|for|among)\s+(?P<z>.+)$", re.I)


def compared_in_title(title: str) -> list[str]:
    """What a trial's title says was given and to whom: "Effect of glucosamine on pain …
    in patients with chronic low back pain" → glucosamine, patients with chronic low back
    pain; "Multiple-dose activated charcoal in acute self-poisoning" → both halves. A title
    of no such shape lends nothing."""
    head = _SUBTITLE.sub("", title.strip())
    for pattern in (_EFFECT_OF, _VERSUS, _IN_WHOM):
        m = pattern.match(head)
        if m is not None:
            return [v for k, v in m.groupdict().items() if v and k != "y"]
    return []


def _comparators(units: list[Unit], glossary: Glossary) -> set[str]:
    """The comparator concepts some sentence of the source names."""
    wanted = {c for word in _COMPARATORS for c in analyse(word, glossary).terms.key}
    return {c for u in units for c in u.terms.all if c in wanted}
