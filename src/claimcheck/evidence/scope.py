"""A finding limited to a group against a source that states it for everyone.

"The benefit was confined to patients who had diabetes" / "仅限于糖尿病患者" is contradicted by
"… was lower with dapagliflozin than with placebo, regardless of the presence or absence of
diabetes": the claim narrows a finding to one condition, the source says the condition made no
difference. The reverse ("regardless of diabetes" in the claim, "only in patients with
diabetes" in the source) is the same opposition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import has_term, term_weight
from claimcheck.evidence.terms import Terms, analyze

#: "confined to X", "only in X", "limited to X", "restricted to X", "仅限于X", "只在X中"
_RESTRICTED = re.compile(
    r"\b(?:confined|limited|restricted)\s+to\s+(?P<en>[^.;,]{3,80})|"
    r"\bonly\s+(?:in|among|for)\s+(?P<en2>[^.;,]{3,80})|"
    r"(?:仅限于|只限于|局限于|仅见于|只见于|仅在|只在|仅对|只对)(?P<zh>[^。；，,]{2,30})")
#: "regardless of X", "irrespective of X", "whether or not X", "with or without X", "not
#: restricted to X", "无论是否X", "不论有无X"
_UNIVERSAL = re.compile(
    r"\b(?:regardless|irrespective)\s+of\s+(?:the\s+)?(?:presence\s+or\s+absence\s+of\s+)?"
    r"(?P<en>[^.;,()]{3,80})|"
    r"\bwhether\s+or\s+not\s+(?P<en2>[^.;,()]{3,80})|"
    r"\b(?:with\s+or\s+without|both\s+with\s+and\s+without)\s+(?P<en3>[^.;,()]{3,80})|"
    # a restriction denied: "not restricted only to carriers of X" (session 13)
    r"\bnot\s+(?:restricted|confined|limited)\s+(?:only\s+)?to\s+(?P<en4>[^.;,()]{3,80}?)"
    r"(?=\s+but\b|[.;,()]|$)|"
    r"(?:无论是否|不论是否|无论有无|不论有无|无论|不论)(?P<zh>[^。；，,]{2,30})")

#: words of the restriction itself, never what it restricts to
_FRAME = frozenset({"patient", "people", "participant", "subject", "~who", "~had", "~have"})


#: a subject that points back to the previous sentence: "this association", "这种关联"
_ANAPHOR = re.compile(r"\b(?:this|these|that|such|the same)\s+(?:\w+\s+)?(?:association|"
                      r"benefit|effect|link|relationship|finding|result|reduction|increase)s?\b|"
                      r"(?:这种|这一|该|此|这个|上述)(?:关联|联系|关系|益处|获益|效果|作用|结果|发现)",
                      re.I)


@dataclass(frozen=True)
class ScopeClash:
    """The claim limits its finding to a condition the source says made no difference."""

    unit: Unit
    condition: str  # the claim's words for the condition
    reason: str


def _condition(pattern: re.Pattern[str], text: str, glossary: Glossary
               ) -> tuple[str, Terms, re.Match[str]] | None:
    """The condition a restriction or universality cue names, its terms and the cue."""
    m = pattern.search(text)
    if m is None:
        return None
    phrase = next(g for g in m.groups() if g)
    return phrase.strip(), analyze(phrase, glossary), m


def _content(terms: Terms, glossary: Glossary) -> frozenset[str]:
    """The readable content words: no frame, generic or change word, none no layer reads."""
    return frozenset(c for c in terms.key if c not in _FRAME and term_weight(c, glossary) > 0
                     and glossary.kind(c) not in ("generic", "up", "down"))


#: (the claim's cue, the source's cue, how the rationale says it)
_CLASHES = (
    (_RESTRICTED, _UNIVERSAL,
     "The claim limits the finding to \u201c{mine}\u201d; the source states it regardless of "
     "\u201c{theirs}\u201d: \u201c{sentence}\u201d"),
    (_UNIVERSAL, _RESTRICTED,
     "The claim states the finding regardless of \u201c{mine}\u201d; the source states it "
     "only for \u201c{theirs}\u201d: \u201c{sentence}\u201d"),
)


def scope_clash(claim_text: str, units: list[Unit], glossary: Glossary) -> ScopeClash | None:
    """A source sentence stating for everyone (or only for some) what the claim states only
    for some (or for everyone), about the same condition and the same subject: the
    sentence carries at least half of the claim's other content words."""
    for mine, theirs, said in _CLASHES:
        found = _condition(mine, claim_text, glossary)
        if found is None:
            continue
        phrase, condition_terms, cue = found
        condition = _content(condition_terms, glossary)
        rest = claim_text[:cue.start()] + " " + claim_text[cue.end():]
        subject = _content(analyze(rest, glossary), glossary) - condition
        # "这种关联只见于…", "This benefit was confined to …": the subject is the previous
        # sentence's, so the condition alone is compared
        if not condition or not (subject or _ANAPHOR.search(rest)):
            continue
        for unit in units:
            other = _condition(theirs, unit.text, glossary)
            if other is None or not any(has_term(c, other[1], glossary) for c in condition):
                continue
            stated = [c for c in subject if has_term(c, unit.terms, glossary)]
            if len(stated) * 2 >= len(subject):
                return ScopeClash(unit, phrase, said.format(
                    mine=phrase, theirs=other[0].strip(), sentence=unit.text))
    return None
