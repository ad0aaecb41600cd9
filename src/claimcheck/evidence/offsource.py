"""Another value that is no value of the claim's measure (session 15).

A claim figure is contradicted by a source figure of another value only where that figure
measures what the claim's does. On a source that does not state the claim (a neighbouring
abstract, or the cited one without the sentence of the finding) the judge used to take a
figure of a nearby measure for the claim's: a sample-size assumption, the complement of the
claim's share, the non-X of the claim's X, a change per year for a share, or a sentence that
carries too little of the claim to be about it. `other_value_unfit` names why such a figure
answers nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit, analyse, states_result
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import (
    PEOPLE,
    Coverage,
    changed_content,
    has_term,
    measure_terms,
    term_weight,
)
from claimcheck.evidence.subject import rare_words
from claimcheck.evidence.terms import Terms

#: the part of a claim's key terms below which a sentence is about something else: it may
#: not contradict the claim's figure by a value of its own
OFF_TOPIC = 0.3

#: a study's design figure, no result: "Sample size was based on a minimal clinically
#: important difference of 5 points", "powered to detect a 20% reduction", "assuming a
#: response of 30%"
_DESIGN_FIGURE = re.compile(
    r"\b(?:sample size|power(?:ed)? to detect|(?:minimal(?:ly)?|minimum) clinically important"
    r" difference|to detect an? (?:\w+ )?(?:difference|reduction|increase)|assuming an?\b)"
    r"|样本量|检验效能", re.I)

#: a figure of change per unit of time printed on the figure itself: "−3.3%/y", "2% per
#: year", "1.5% a year", "每年下降2%"
_PER_YEAR_AFTER = re.compile(r"^\s*(?:/\s*(?:y|yr|year)\b|(?:per|a|each|every) year\b|"
                             r"annually\b|yearly\b|/年)", re.I)
_PER_YEAR_WORDS = re.compile(r"\b(?:per|a|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|"
                             r"/\s*(?:y|yr)\b|每年|年均|逐年", re.I)


#: a group the source figure is given for, before it in its sentence: "Among the population
#: aged 15–49 years, …", "… among individuals with rs2965667-TT genotype (… OR, 0.66 …)"
_GROUP_OPENING = re.compile(r"^\s*(?:[A-Z][A-Z ]+:?\s+)?(?:in|among)\s+([^,;:()]{3,60}?),", re.I)
_GROUP_AMONG = re.compile(
    r"\bamong\s+(?:the\s+)?(?:individuals|patients|participants|subjects|women|men|people|"
    r"persons|children|adults|carriers|those|population)\s+((?:with|aged|carrying)\s+"
    r"[^,;:()]{2,50})", re.I)
#: a dispersion printed after a mean: "a mean (SD) of 20.7% (8.6%)", "12.1 ± 3.4"
_SD_LABEL = re.compile(r"\(\s*SD\s*\)|\bstandard deviation\b|\bmean\s*\(SD\)", re.I)
_AFTER_FIGURE = re.compile(r"\d\s*%?\s*(?:\(\s*|±\s*|\+/-\s*)$")
#: an acronym of the claim ("AMH", "FSH", "HCMV"): a name of what was measured or compared
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9]{1,6}(?![A-Za-z])")


def other_value_unfit(analysed: Analysed, info: QuantityInfo, s: QuantityInfo, unit: Unit,
                      cov: Coverage, glossary: Glossary,
                      others: Sequence[Unit] = ()) -> str | None:
    """Why the source figure `s` of `unit` is no other value of the claim figure `info`
    (a reason in a few words), or None where it may contradict it; `others` are the
    source's other sentences."""
    claim_text = analysed.text
    if not states_result(unit) or _DESIGN_FIGURE.search(unit.text):
        return "a design or methods figure"
    if cov.score < OFF_TOPIC:
        return "a sentence about something else"
    if dispersion(unit.text, s):
        return "the spread of another figure"
    title = next((o.terms for o in others if o.source == "title"), None)
    if group_unnamed(analysed, s, unit, glossary, title):
        return "a subgroup the claim does not name"
    if name_elsewhere(claim_text, unit, others):
        return "a figure of another named thing"
    if complement(info, s):
        return "the complement of the claim's share"
    if negated_measure(info, unit, glossary):
        return "the non- form of the claim's measure"
    if per_year(unit.text, s) and not _PER_YEAR_WORDS.search(claim_text):
        return "a change per year"
    return None


def complement(info: QuantityInfo, s: QuantityInfo) -> bool:
    """Two shares that add up to the whole ("八成 … at least three times a week" and "Twenty
    percent … 2 or fewer"): the source counts the rest of the claim's group, not the claim's
    group at another value."""
    c, q = info.quantity, s.quantity
    if c.value is None or q.value is None or c.kind != "percent" or q.kind != "percent":
        return False
    return abs(c.value - 50.0) > 0.5 and abs(c.value + q.value - 100.0) <= 0.5


def negated_measure(info: QuantityInfo, unit: Unit, glossary: Glossary) -> bool:
    """A word of the claim figure's measure that the source sentence writes only with a
    negative prefix ("nonvertebral fractures" for 椎体骨折, "non-fatal" for fatal): the
    source's figure is of the other events."""
    text = unit.text.lower()
    for term in measure_terms(info, glossary):
        word = term.lower()
        if not re.fullmatch(r"[a-z][a-z -]{2,}", word):
            continue
        if re.search(rf"\bnon-?\s?{re.escape(word)}", text) and \
                not _bare_elsewhere(text, word):
            return True
    return False


def _bare_elsewhere(text: str, word: str) -> bool:
    """The word also stands without the prefix somewhere in the sentence."""
    for m in re.finditer(rf"(?<![a-z]){re.escape(word)}", text):
        before = text[max(0, m.start() - 4):m.start()]
        if not before.endswith(("non", "non-", "non ")):
            return True
    return False


def per_year(text: str, s: QuantityInfo) -> bool:
    """The source figure is printed as a change per year ("−3.3%/y", "2% per year")."""
    return _PER_YEAR_AFTER.match(text[s.quantity.end:]) is not None


def dispersion(text: str, s: QuantityInfo) -> bool:
    """The source figure is the SD printed after a mean ("a mean (SD) of 20.7% (8.6%)")."""
    return _SD_LABEL.search(text) is not None and \
        _AFTER_FIGURE.search(text[:s.quantity.start]) is not None


def group_unnamed(analysed: Analysed, s: QuantityInfo, unit: Unit, glossary: Glossary,
                  title: Terms | None = None) -> bool:
    """The source figure is given for a group, named before it in its sentence, that the
    claim never names: a glossary word of the group the claim lacks ("rs2965667-TT
    genotype") and the `title` does not name either (the title's is the whole study's
    population: "Among patients with advanced melanoma" in a melanoma trial), or a figure of
    it the claim does not print ("aged 15–49 years")."""
    for m in (_GROUP_OPENING.match(unit.text), *_GROUP_AMONG.finditer(unit.text)):
        if m is None or m.end() > s.quantity.start:
            continue
        phrase = m.group(1)
        numbers = re.findall(r"\d+(?:\.\d+)?", phrase)
        if any(n not in analysed.text for n in numbers):
            return True
        named = [t for t in analyse(phrase, glossary).terms.key if t not in PEOPLE
                 and not t.startswith("~")
                 and glossary.kind(t) not in ("generic", "up", "down", "design")
                 and not (title is not None and has_term(t, title, glossary))]
        if named and not any(has_term(t, analysed.terms, glossary) for t in named):
            return True
    return False


def name_elsewhere(claim_text: str, unit: Unit, others: Sequence[Unit]) -> bool:
    """An acronym of the claim ("AMH") the source sentence lacks but another sentence of the
    source writes: the source names the claim's thing where it means it, so this sentence's
    figure is of another ("Women with high serum FSH values … 63%")."""
    text = unit.text
    for name in set(_ACRONYM.findall(claim_text)):
        if re.search(rf"(?<![A-Za-z]){name}(?![a-z])", text):
            continue
        if any(re.search(rf"(?<![A-Za-z]){name}(?![a-z])", o.text) for o in others):
            return True
    return False


def change_in_methods_only(analysed: Analysed, units: Sequence[Unit]) -> bool:
    """A claim of a change ("减半可以显著降低肺癌风险") whose figures are all found only in
    methods sentences, which define the groups ("reducers (reduced from ≥15 cigarettes/d by
    50%)"): the figures name who was studied, no sentence found states the change."""
    apart = any(c.has_figure and not c.moves for c in analysed.clauses) and \
        not any(c.has_figure and c.moves for c in analysed.clauses)
    # ("404 patients received MSC infusion, and MSC therapy can improve the signs": the
    # change is another clause's, not stated of the figures; `halves` reads the two apart)
    return bool(analysed.terms.direction) and bool(units) and not apart and \
        not any(states_result(u) for u in units)


def never_named(analysed: Analysed, whole: Terms, glossary: Glossary) -> list[str]:
    """What the claim's change is stated of (`changed_content`) that the whole source never
    names, where that is a named entity: an English glossary term at full weight, with a
    word no everyday text uses (`subject.rare_words`), of two or more words or with a
    disease's ending ("colorectal cancer", "cholangiocarcinoma"). A source that does not
    speak of colorectal cancer cannot state the opposite of what the claim says of it: its
    opposite sentence is about another outcome. (Chinese words are left out: the lexicon
    may lack their reading; a lone verb concept such as "repair" may be paraphrased.)"""
    terms = analysed.terms
    return sorted(terms.surface.get(c, c) for c in changed_content(terms, glossary)
                  if glossary.kind(c) == "term" and not c.startswith(("~", "zh:"))
                  and term_weight(c, glossary) >= 1.0 and rare_words(c)
                  and (" " in c or _DISEASE_END.search(c) is not None)
                  and not has_term(c, whole, glossary, terms.surface.get(c, "")))


#: the ending of a disease's name: "hepatitis", "carcinoma", "anaemia", "fibrosis"
_DISEASE_END = re.compile(r"(?:itis|oma|emia|aemia|osis|pathy|plasia)$")
