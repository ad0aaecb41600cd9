"""Who a finding is stated of, and whether the source asserts it at all (session 15).

Three readings a count of shared words cannot make:

- *A group the finding is denied of.* "… decreased blood flow in sighted controls, which was
  not seen in early-blind individuals" names early-blind people only to deny them the finding;
  a claim that states the finding of them ("fell in the early-blind participants but not in
  the sighted group") shares every word and says the reverse. The phrases after a group
  denial ("not seen in", "not in", "but not", "nor in", "neither in", "except for") are read
  on each side;
  a group (the first concept of a denied phrase: "episodic" of "chronic but not episodic
  headache", whose head both share) one side denies the finding of and the other states it
  of, with no other negation beside it, is `contradicted`.
- *A belief the source reports.* "Among these is the belief that systematic reviews are
  applicable only to randomised trials": the sentence reports a view ("the belief that",
  "it was previously thought that"), and one it calls wrong where it or the sentence before
  says so ("misconception", "myth", "wrongly believed", "contrary to"). A claim that states
  the view as fact is `contradicted` by a view called wrong and `not_found` by one only
  reported.
- *A change on what the source leaves untouched.* "TAT-CBD3 was mildly anxiolytic without
  affecting memory retrieval, sensorimotor function or depression": each item after a no-effect
  cue ("without affecting", "had no effect on", "did not alter") is stated unchanged by the
  sentence's subject. A claim that the same subject changed one of them ("TAT-CBD3 impaired
  memory retrieval"), in a clause with a word of change and no negation, is `contradicted`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.evidence.analysis import Analysed, Unit, analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.guards import directed_objects
from claimcheck.evidence.match import term_weight
from claimcheck.evidence.sources import Source
from claimcheck.evidence.terms import analyze_positions
from claimcheck.evidence.text import has_cjk
from claimcheck.models import Status

#: a denial of a finding for the group that follows ("was not seen in", "but not in", "nor in")
_GROUP_DENIAL = re.compile(
    r"\b(?:not|never)\s+(?:(?:be(?:en)?\s+)?(?:seen|observed|found|detected|evident|apparent|"
    r"present|noted)\s+)?(?:in|among|for)\b|\bbut\s+not\b|\bnor\s+(?:in|among|for)?\b|"
    r"\bneither\s+(?:in|among|for)\b|\bexcept\s+(?:for\s+)?(?:in\s+)?", re.I)
#: where a denied group's phrase ends
_PHRASE_END = re.compile(r"[,;:.()\[\]]|\b(?:but|whereas|while|although|nor|and not)\b", re.I)
#: a negation outside the group phrases ("without" names a group: "patients without diabetes")
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|none|cannot|fail(?:s|ed)?\s+to|"
                       r"unable)\b|n't\b", re.I)
#: words of a view reported, not asserted
_VIEW = re.compile(
    r"\b(?:the|a|this|common|popular|widespread|widely held|prevailing)\s+(?:\w+\s+)?"
    r"(?:belief|notion|assumption|perception|misconception|myth|view|idea)\s+that\b|"
    r"\b(?:previously|once|long|commonly|widely|often|traditionally|generally)\s+"
    r"(?:been\s+)?(?:thought|believed|assumed|held)\b|"
    r"\b(?:is|was|are|were|has been)\s+(?:often\s+|commonly\s+|widely\s+)?"
    r"(?:thought|believed|assumed)\s+that\b", re.I)
#: words that call a reported view wrong
_WRONG = re.compile(r"\b(?:misconceptions?|myths?|fallac(?:y|ies)|misunderstandings?|"
                    r"misperceptions?|(?:wrongly|mistakenly|erroneously|falsely|incorrectly)\s+"
                    r"(?:believed|thought|assumed|held)|contrary to|misguided|unfounded)\b",
                    re.I)
#: a close sentence (share of the claim's key terms) read for a denied group beside the best
ROLE_NEAR = 0.5
_SENTENCE_VIEW = re.compile(_VIEW.pattern + "|" + _WRONG.pattern, re.I)


@dataclass(frozen=True)
class RoleClash:
    """A claim the source denies of its group, or reports as a view only."""

    status: Status  # "contradicted" or "not_found"
    reason: str
    unit: Unit  # the sentence that denies or reports it


# ---------------------------------------------------------------- denied groups


def _denied_phrases(text: str) -> list[tuple[int, int]]:
    """The spans of the phrases a group denial governs."""
    spans = []
    for m in _GROUP_DENIAL.finditer(text):
        end = _PHRASE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if stop > m.end():
            spans.append((m.end(), stop))
    return spans


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans (and their cues) blanked out."""
    out, at = [], 0
    for start, end in spans:
        cue = max((m.start() for m in _GROUP_DENIAL.finditer(text, at, start)), default=start)
        out.append(text[at:cue])
        at = end
    out.append(text[at:])
    return " ".join(out)


def _concepts(text: str, glossary: Glossary, *, claim: bool) -> frozenset[str]:
    """The weighted, non-generic concepts of a text (every one, sub-phrases included)."""
    terms = analyse(text, glossary, claim=claim).terms
    return frozenset(c for c in terms.all if _telling(c, glossary))


def _telling(concept: str, glossary: Glossary) -> bool:
    return glossary.kind(concept) not in ("generic", "up", "down") and \
        term_weight(concept, glossary) > 0


def _lead(phrase: str, glossary: Glossary) -> str | None:
    """The first telling concept of a phrase: what names its group ("episodic" of "episodic
    tension-type headache", whose head the contrast shares: "chronic but not episodic …")."""
    _, events = analyze_positions(phrase, glossary)
    return next((c for _, c, maximal in sorted(events) if maximal and _telling(c, glossary)),
                None)


@dataclass(frozen=True)
class _Reading:
    """A sentence's groups denied a finding (each phrase's lead concept), and the concepts
    it states one of."""

    denied: frozenset[str]
    stated: frozenset[str]
    negated: bool  # a negation stands outside the denied phrases


def _read(text: str, glossary: Glossary, *, claim: bool) -> _Reading:
    spans = _denied_phrases(text)
    leads = (_lead(text[a:b], glossary) for a, b in spans)
    rest = _outside(text, spans)
    return _Reading(frozenset(c for c in leads if c), _concepts(rest, glossary, claim=claim),
                    _NEGATION.search(rest) is not None)


def denied_group(claim: str, sentence: str, glossary: Glossary) -> str | None:
    """A concept one side denies the finding of and the other states it of (module
    docstring), or None."""
    if has_cjk(claim) or has_cjk(sentence):
        return None
    mine = _read(claim, glossary, claim=True)
    theirs = _read(sentence, glossary, claim=False)
    if not mine.denied and not theirs.denied:
        return None
    for a, b in ((theirs, mine), (mine, theirs)):
        # denied by `a` alone and stated by `b` alone, no other negation by `b`
        hit = sorted((a.denied - a.stated) & (b.stated - b.denied),
                     key=lambda c: (-term_weight(c, glossary), c))
        if hit and not b.negated and not a.negated:  # "none changed except IL-6" affirms
            return hit[0]
    return None


# ---------------------------------------------------------------- a reported view


def reported_view(claim: str, unit: Unit, source: Source) -> RoleClash | None:
    """The sentence reports the claim as a view, perhaps one called wrong (module
    docstring); the claim itself reports no view."""
    if has_cjk(claim) or _SENTENCE_VIEW.search(claim) or not _VIEW.search(unit.text):
        return None
    units = source.units
    at = next((i for i, u in enumerate(units) if u is unit), None)
    before = units[at - 1].text if at else ""
    if _WRONG.search(unit.text) or _WRONG.search(before):
        return RoleClash("contradicted", "The closest sentence reports the claim as a view "
                         f"it calls mistaken: \u201c{unit.text}\u201d.", unit)
    return RoleClash("not_found", "The closest sentence reports the claim only as a view "
                     f"held, not as a finding: \u201c{unit.text}\u201d.", unit)


def group_or_view(claim: Analysed, units: Sequence[Unit], source: Source,
                  glossary: Glossary, *, views: bool = True) -> RoleClash | None:
    """A reported view in the deciding sentence (the first of `units`; only with `views`),
    or a group denied in it or in another close sentence (module docstring), or None."""
    if views and (view := reported_view(claim.text, units[0], source)) is not None:
        return view
    for unit in units:
        if (group := denied_group(claim.text, unit.text, glossary)) is not None:
            word = claim.terms.surface.get(group, group.lstrip("~"))
            return RoleClash("contradicted", f"The claim and a close sentence state the "
                             f"finding of different groups: one denies it of "
                             f"\u201c{word}\u201d, the other states it of them: "
                             f"\u201c{unit.text}\u201d.", unit)
    return None


# ---------------------------------------------------------------- a change on what stays untouched

#: a no-effect cue: what follows is stated unchanged ("without affecting", "had no effect on")
_NO_EFFECT = re.compile(
    r"\bwithout\s+(?:(?:any|obvious|significant|apparent|measurable|major)\s+)?(?:affecting|"
    r"altering|changing|influencing|impairing|effects?\s+on|changes?\s+(?:in|of))\s+|"
    r"\b(?:had|has|have|exerted|showed)\s+no\s+(?:(?:obvious|significant|apparent|"
    r"measurable|major)\s+)?(?:effects?|influence|impact)\s+on\s+|"
    r"\bdid\s+not\s+(?:significantly\s+)?(?:affect|alter|change|influence|impair)\s+", re.I)
#: where the list of untouched items ends, and what parts it
_ITEMS_END = re.compile(r"[.;:()\[\]]|\b(?:but|whereas|while|although|which|in\s+contrast)\b",
                        re.I)
_ITEM_SPLIT = re.compile(r",|\b(?:or|and|nor)\b", re.I)


def _untouched(sentence: str, glossary: Glossary
               ) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """(subject concepts, item concepts, item) for each item a no-effect cue states
    unchanged."""
    out = []
    for m in _NO_EFFECT.finditer(sentence):
        start = max(sentence.rfind(";", 0, m.start()), 0)
        subject = _concepts(sentence[start:m.start()], glossary, claim=False)
        end = _ITEMS_END.search(sentence, m.end())
        items = _ITEM_SPLIT.split(sentence[m.end():end.start() if end else len(sentence)])
        out += [(subject, c, item.strip()) for item in items
                if (c := _concepts(item, glossary, claim=False))]
    return out


def changed_untouched(claim: Analysed, units: Sequence[Unit],
                      glossary: Glossary) -> tuple[Unit, str] | None:
    """A sentence stating unchanged what the claim changes, for the same subject (module
    docstring): the sentence and its words for the item, or None."""
    if has_cjk(claim.text) or _NEGATION.search(claim.text):
        return None
    mine = _concepts(claim.text, glossary, claim=True)
    for unit in units:
        for subject, item, words in _untouched(unit.text, glossary):
            if not item <= mine or not (subject - item) & mine:
                continue
            clause = next((cl for cl in claim.clauses if item <= cl.concepts), None)
            if clause is not None and not clause.negated and (
                    clause.moves or _acted_on(claim.text, item)):
                return unit, words
    return None


def _acted_on(text: str, item: frozenset[str]) -> bool:
    """A word of change of the text acts on the item ("impaired memory retrieval")."""
    stems = {c.lstrip("~") for c in item}
    return any(stems & set(words) for _, words in directed_objects(text))
