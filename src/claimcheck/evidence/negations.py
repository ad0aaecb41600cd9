"""Negation said on both sides, clause by clause (session 15).

A claim and a sentence may both deny the same thing in one clause and state the rest
undenied: "糖果并非新发明：古代阿拉伯人……" against "Candy is not a recent invention: the ancient
Arabs …". Read as wholes, the claim is negated; the sentence, read at its clause of most
shared words, is not, and the two look opposed. Paired clause by clause, each denial has its
counterpart: the negation agrees.
"""

from __future__ import annotations

from claimcheck.evidence.analysis import Analysed, Clause, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import Terms, analyze

#: the share of a denying clause's key terms its counterpart must carry
_PAIRED = 0.5


def negations_paired(claim: Analysed, unit: Analysed | Unit, glossary: Glossary) -> bool:
    """Each denying clause of the claim is closest to a denying clause of the sentence (which
    carries half its key terms or more), and each denying clause of the sentence that speaks
    of the claim's words to a denying clause of the claim; the claim also states something
    undenied (a claim that only denies is the whole sentence's polarity's to judge), and the
    two state no change the opposite way."""
    if claim.terms.direction * unit.terms.direction < 0 or \
            not any(c.negated for c in claim.clauses) or all(c.negated for c in claim.clauses):
        return False
    mine = _read(claim.text, claim.clauses, glossary)
    theirs = _read(unit.text, unit.clauses, glossary)
    if not any(negated for negated, _ in theirs):
        return False
    return all(_closest_denies(t, theirs, glossary) for negated, t in mine if negated) and all(
        _closest_denies(t, mine, glossary, back=True) for negated, t in theirs
        if negated and coverage(claim.terms, t, glossary).found)


def _read(text: str, clauses: tuple[Clause, ...], glossary: Glossary) -> list[tuple[bool, Terms]]:
    """Each clause's negation and its terms, read from its own words."""
    return [(c.negated, analyze(text[c.span[0]:c.span[1]], glossary)) for c in clauses
            if c.span[1] > c.span[0]]


def _closest_denies(terms: Terms, others: list[tuple[bool, Terms]], glossary: Glossary,
                    back: bool = False) -> bool:
    """A clause of `others` that denies carries half or more of `terms` (or, `back`, has half
    or more of its terms carried by `terms`), and no clause carries more."""
    if not terms.key:
        return False
    scored = [((coverage(o, terms, glossary) if back else coverage(terms, o, glossary)).score,
               negated) for negated, o in others if o.key]
    best = max((score for score, _ in scored), default=0.0)
    return best >= _PAIRED and any(negated for score, negated in scored if score == best)
