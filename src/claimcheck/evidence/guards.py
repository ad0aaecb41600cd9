"""Precision guards: checks a qualitative `supported` must also pass (docs/statuses.md).

The judge's sentence test counts shared key terms; these guards look at what the counting
cannot see: a methods sentence, a hyphenated qualifier with the opposite prefix
("UCP1-dependent" / "UCP1-independent"), a population the sentence does not name, a claim of
no difference against a stated difference, a change stated the other way for the same object,
a result stitched from two contrasting clauses, a comparison the sentence does not make. Each guard is a class of sentence, not an
item of a corpus; each was measured on SciFact train (the table in docs/statuses.md).
A guarded claim becomes `partially_supported` or `not_found`, and `contradicted` only where
the sentence states the opposite of what the claim says about the same object. A Chinese
claim's object, comparator and route are read by `guards_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from claimcheck.evidence import drugclass, function, guards_zh
from claimcheck.evidence.against import Hedge, hedge, stasis_spans, states_no_change
from claimcheck.evidence.analysis import (
    Analysed,
    Unit,
    analyse,
    asks_open_question,
    bracket_depths,
    states_result,
)
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import (
    changed_content,
    coverage,
    describes_sample,
    has_term,
    opposite,
    polarity_at,
    prefix_antonym,
    same_direction,
    term_weight,
    value_match,
)
from claimcheck.evidence.negations import negations_paired
from claimcheck.evidence.order import orders
from claimcheck.evidence.significance import significance
from claimcheck.evidence.sources import Source, union_terms
from claimcheck.evidence.terms import analyze_positions
from claimcheck.evidence.text import has_cjk, stem
from claimcheck.models import Quantity, Status

#: a part of a contrasting sentence must carry this share of the claim's key terms alone
PART_COVERAGE = 0.65


@dataclass(frozen=True)
class Guarded:
    """Why a `supported` verdict does not stand, and what it becomes."""

    guard: str
    status: Status
    reason: str


Check = Callable[[Analysed, Unit, str, Glossary], Guarded | None]


def check(claim: Analysed, unit: Unit, source: Source, glossary: Glossary) -> Guarded | None:
    """The first guard the claim and its deciding sentence trip, or None."""
    title = next((u.text for u in source.units if u.source == "title"), "")
    # who took part is told once for the whole study ("PARTICIPANTS 487 women with …")
    who = " ".join([title, *(u.text for u in source.units
                             if u.source != "title" and describes_sample(u.text))])
    for name, guard in _GUARDS:
        if name in ACTIVE:
            hit = guard(claim, unit, who if name == "population" else title, glossary)
            if hit is not None:
                return hit
    for name, source_guard in _SOURCE_GUARDS:
        if name in ACTIVE and (hit := source_guard(claim, unit, source, glossary)) is not None:
            return hit
    return None


# ---------------------------------------------------------------- methods sentence


def _methods(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A methods sentence (its section, a leading label such as INTERVENTIONS, "We compared
    …", "Eligible studies …") says what was done, not what was found."""
    if unit.source == "title" or (states_result(unit) and not _DESIGN.match(unit.text)) or \
            _ABOUT_DESIGN.search(claim.text):
        return None  # a claim about what a study did or measured is stated by its methods
    return Guarded("methods", "not_found",
                   "The closest sentence describes the study's methods, not a finding.")


_ABOUT_DESIGN = re.compile(r"\b(?:outcomes?|end ?points?|enrol\w*|recruit\w*|randomi[sz]\w*|"
                           r"assigned|design\w*|follow-up)\b|纳入|结局|终点|随机|入组|随访|设计",
                           re.I)
_DESIGN = re.compile(r"^(?:[A-Z][A-Za-z ]{0,40}\s)?(?:eligib\w*|inclusion criteria|exclusion "
                     r"criteria|data sources?|study selection|search strategy)\b", re.I)


# ---------------------------------------------------------------- hyphenated antonyms


def _compound(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A hyphenated qualifier stated with the opposite prefix for the same head: the claim's
    "UCP1-dependent" against the sentence's "UCP1-independent" (an "ATP-dependent" elsewhere in
    the sentence does not rescue it)."""
    said = {m.group(1).lower(): m.group(2).lower() for m in _HYPHENATED.finditer(unit.text)}
    claimed = [(m.group(), m.group(1), m.group(2)) for m in _HYPHENATED.finditer(claim.text)]
    claimed += [(m.group(), m.group(2), "independent" if m.group(1) else "dependent")
                for m in _DEPENDS_ZH.finditer(claim.text)]  # 依赖UCP1的 = UCP1-dependent
    for shown, head_, word_ in claimed:
        head, word = head_.lower(), word_.lower()
        other = said.get(head)
        if other and other != word and (other.endswith(word) or word.endswith(other)) and \
                re.match(_NEGATIVE, other.removesuffix(word) or word.removesuffix(other)):
            return Guarded("compound", "contradicted",
                           f"The claim says {shown}; the closest sentence says "
                           f"{head_}-{other}.")
    return None


_HYPHENATED = re.compile(r"\b([A-Za-z0-9]+)-([a-z]{4,})\b")
_DEPENDS_ZH = re.compile(r"(不|非)?依赖(?:于)?([A-Za-z0-9]+)")
_NEGATIVE = r"^(?:in|im|un|non-?|dis|ir|il)$"


# ---------------------------------------------------------------- populations


def _population(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """Who a claim is about (toddlers, women, pregnant women) is named by the sentence, its
    study's title or the sentences saying who took part (`title` holds both here): "the peak
    incidence occurs in toddlers" is not stated by "the peak incidence occurred between ages
    11 and 14 years"."""
    where = unit.text + " " + title
    for name, in_claim, in_source in _POPULATIONS:
        if in_claim.search(claim.text) and not in_source.search(where):
            return Guarded("population", "not_found",
                           f"The claim is about {name}; the closest sentence does not name them.")
    return None


def _group(name: str, claim: str, source: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    return name, re.compile(claim, re.I), re.compile(source, re.I)


_POPULATIONS = (
    _group("newborns", r"\b(?:newborns?|neonat\w*)|新生儿",
           r"\b(?:newborns?|neonat\w*|perinatal|infan\w*|birth)"),
    _group("infants", r"\binfan\w*|婴儿|婴幼儿", r"\b(?:infan\w*|newborns?|neonat\w*|bab(?:y|ies))"),
    _group("toddlers", r"\btoddlers?\b|幼儿", r"\b(?:toddlers?|preschool\w*|infan\w*)"),
    _group("children", r"\b(?:child\w*|p(?:a)?ediatric)|儿童|孩子|小儿",
           r"\b(?:child\w*|p(?:a)?ediatric|boys?|girls?|kids?|infan\w*|adolescen\w*|school\w*|"
           r"youth|juvenile)"),
    _group("adolescents", r"\b(?:adolescen\w*|teen\w*)|青少年",
           r"\b(?:adolescen\w*|teen\w*|youth|young|puberty|pubertal|child\w*|school\w*)"),
    _group("older people", r"\b(?:elderly|older (?:adults|people|patients|women|men))|老年",
           r"\b(?:elderly|older|aged|old|geriatric|senior\w*|late life|later life)\b"),
    _group("women", r"\b(?:women|woman|females?)\b|女性|妇女|女(?:学生|生|孩|童|子)",
           r"\b(?:women|woman|females?|mothers?|maternal|girls?|pregnan\w*|wom[ae]n)\b"),
    _group("men", r"\b(?:men|man|males?)\b|男性|男(?:学生|生|孩|童|子)", r"\b(?:men|man|males?|boys?|fathers?|paternal)\b"),
    _group("pregnant women", r"\bpregnan\w*|孕妇|妊娠|怀孕", r"\b(?:pregnan\w*|gestation\w*|gravid\w*)"),
)


# ---------------------------------------------------------------- comparisons


def _comparison(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim that one thing does more than another ("X is more effective than Y") is not
    stated by a sentence that makes no comparison ("X is effective")."""
    if not _COMPARES_CLAIM.search(claim.text) or _COMPARES.search(unit.text):
        return None
    if orders(claim.text) and orders(unit.text):
        return None  # "发热早于皮疹出现" and "Fever appeared before the rash" (session 12)
    return Guarded("comparison", "partially_supported",
                   "The claim compares; the closest sentence states no comparison.")


_COMPARES_CLAIM = re.compile(r"\bthan\b|\b(?:superior|inferior) to\b|\boutperform|比[^，。]*更|"
                             r"(?:高|低|优|劣|多|少|强|弱|快|慢|早|晚|大|小|长|短|好|差)于|"
                             r"(?:与|和|同|跟)[^，。；]{1,30}?(?:相比|相较)|相比于|相较于|相对于", re.I)
_COMPARES = re.compile(r"\b(?:than|compared|comparison|comparing|versus|vs\b|relative to|"
                       r"superior|inferior|outperform\w*|in contrast to|over)\b|比|相比|于", re.I)


def _sameness(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim of no difference ("at the same rate as", "similar to") against a sentence
    stating a difference ("associated with a slower rate") is stated the other way."""
    if not _SAME.search(claim.text) or _SAME.search(unit.text) or \
            not _DIFFERENT.search(unit.text) or _NO_DIFFERENCE.search(unit.text):
        return None
    return Guarded("sameness", "contradicted",
                   "The claim says there is no difference; the closest sentence states one.")


_SAME = re.compile(r"\b(?:the same (?:\w+ ){0,3}as|the same (?:for|in|between|across|among)|"
                   r"identical|similar(?:ly)?|equally|comparable|"
                   r"equivalent|no different|(?:does|do|did) not differ|as (?:\w+ ){1,2}as)\b|"
                   r"相同|相似|相当|相近|一样|无差异|没有差异|无显著差异|无明显差异", re.I)
_DIFFERENT = re.compile(r"\b(?:slower|faster|higher|lower|greater|smaller|larger|better|worse|"
                        r"shorter|longer|earlier|later|fewer|more|less|increased|decreased|"
                        r"reduced|elevated)\b|\b\w{3,}er\b(?=[^.;]{0,60}\bthan\b)", re.I)
_NO_DIFFERENCE = re.compile(r"\b(?:no|not)\b[^.;]{0,40}\b(?:differ\w*|change\w*|associat\w*)\b",
                            re.I)


def same_by_other_words(claim_text: str, unit_text: str) -> bool:
    """A claim of sameness ("scores were identical in the two groups", 两组相近) and a
    sentence of no difference ("No significant difference between groups", "the same for
    both groups") say one thing, one with a negation and one without: not opposed."""
    return _SAME.search(claim_text) is not None and (
        _SAME.search(unit_text) is not None or _NO_DIFFERENCE.search(unit_text) is not None)


#: a change stated of the time something takes ("halved the time to decision", "shortened
#: the delay", "a longer time to relapse") and one stated of its speed ("accelerated",
#: "slowed", "hastened"): the same change read the other way round (session 11)
_OF_TIME = re.compile(r"\b(?:the |a |its |their )?(?:\w+ ){0,2}(?:time|times|delay|delays|"
                      r"duration|interval|wait|waiting)\b(?! points?\b)", re.I)
_OF_SPEED = re.compile(r"\b(?:accelerat\w*|hasten\w*|sped|speed(?:s|ed)? up|quicken\w*|"
                       r"slow(?:s|ed|ing)?(?: down)?|decelerat\w*|faster|quicker|slower|"
                       r"more rapid(?:ly)?|more quickly|more slowly)\b", re.I)


def time_against_speed(claim_text: str, unit_text: str) -> bool:
    """One side states a change of a time ("roughly halved the time it took to decide"), the
    other a change of speed ("accelerated decisions"), and not each both: a direction word
    of one is the other's reversed, so neither opposes the other."""
    claim_time, unit_time = bool(_OF_TIME.search(claim_text)), bool(_OF_TIME.search(unit_text))
    claim_speed = bool(_OF_SPEED.search(claim_text))
    unit_speed = bool(_OF_SPEED.search(unit_text))
    return (claim_time and not claim_speed and unit_speed and not unit_time) or (
        claim_speed and not claim_time and unit_time and not unit_speed)


#: "no longer": an effect that stopped (under a condition, or from a time) and so had been
#: there before (session 12)
_NO_LONGER = re.compile(r"\bno longer\b", re.I)


def ceased_effect(claim_text: str, unit: Analysed | Unit) -> bool:
    """The claim says an effect no longer holds ("when the gene was switched off, the drug
    no longer lowered blood sugar"), the sentence states the effect without denying it: the
    claim presupposes that effect, so the sentence does not oppose it."""
    return bool(_NO_LONGER.search(claim_text)) and not _NO_LONGER.search(unit.text) and \
        not unit.terms.negated


def _denies(analysed: Analysed | Unit) -> bool:
    """A text that denies a change: a negation cue, a result called not significant, or no
    change in other words ("remained stable", 基本没变)."""
    return analysed.terms.negated or significance(analysed.text) < 0 or \
        states_no_change(analysed.text)


_PIECES = re.compile(r"[,;，；。]\s*|\s+(?:whereas|while|but|although|however|and)\s+", re.I)


def _piece_about(claim: Analysed, text: str, glossary: Glossary) -> str:
    """The piece of a sentence (between commas, semicolons, "and", "but") that carries most of
    the claim's key terms: "…reduced the incidence of diabetes …, but … slightly lowered HDL"
    hedges HDL, not diabetes."""
    pieces = [p for p in _PIECES.split(text) if p and p.strip()]
    if len(pieces) < 2:
        return text
    return max(pieces, key=lambda p: coverage(claim.terms, analyse(p, glossary).terms,
                                              glossary).score)


def hedged_apart(claim: Analysed, unit: Analysed | Unit, glossary: Glossary) -> Hedge:
    """One side states its change only as a trend or a possibility ("tended to reduce",
    "may improve", 有降低的趋势, 可能改善) and the other denies it or calls it not significant:
    neither the same finding nor the opposite one. The hedge's kind, or "". The sentence's
    hedge counts in the piece that speaks of the claim."""
    mine = hedge(claim.text)
    theirs = hedge(unit.text) and hedge(_piece_about(claim, unit.text, glossary))
    if theirs and not mine and _denies(claim):
        return theirs
    if mine and not theirs and _denies(unit) and (
            unit.terms.negated or unit.terms.direction in (0, claim.terms.direction)):
        return mine  # (a sentence stating the change the other way, unhedged, opposes it)
    return ""


def no_change_agrees(claim_text: str, unit_text: str) -> bool:
    """Both say nothing changed, one perhaps with a negation cue and the other without
    ("did not change" / "remained stable", 无明显变化 / "was unchanged", "stayed the same" /
    "no significant change"), and neither states a difference beside it."""
    return states_no_change(claim_text) and states_no_change(unit_text) and \
        not _DIFFERENT.search(claim_text) and not _DIFFERENT.search(unit_text)


#: where a sentence turns from one statement to another: "…unchanged for women, but … higher
#: for men", "… rose … before leveling off", "…, while HIV prevalence dropped"
_TURNS = re.compile(r"\s*[;；]\s*|,?\s+(?:but|whereas|while|although|though|however|yet|before|"
                    r"after|then)\s+|,\s+and\s+|，\s*(?:而|但是?|却)|但是|然而", re.I)


def stasis_words(claim: Analysed) -> frozenset[str]:
    """The claim's key terms that word its no change ("基本", "变化" of 基本没有变化, "平稳"
    and "趋于" of 趋于平稳, "change" of "did not change")."""
    spans = [claim.text[s:e] for s, e in stasis_spans(claim.text)]
    return frozenset(c for c in claim.terms.key
                     if (said := claim.terms.surface.get(c)) and any(said in x for x in spans))


def stasis_antonyms(claim: Analysed, unit: Analysed | Unit) -> int:
    """How many of the claim's prefix antonyms are words of its no change that the sentence
    words as no change too ("barely changed" against "remained unchanged", "hardly altered"
    against "unaltered"): one wording of no change, not a word and its opposite (session 13)."""
    if not states_no_change(unit.text):
        return 0
    return sum(1 for c in stasis_words(claim)
               if prefix_antonym(c, unit.terms.stems) and not prefix_antonym(c, claim.terms.stems))


def _pieces_about(claim: Analysed, text: str, glossary: Glossary,
                  figures: Sequence[Quantity] = ()) -> list[str]:
    """The pieces of a sentence (`_TURNS`) that speak of what the claim states no change of:
    those naming the claim's groups ("for women", not "for men"), else those holding the
    claim's figures ("before leveling off at 372.9"), else the whole sentence."""
    pieces = [p for p in _TURNS.split(text) if p and p.strip()]
    if len(pieces) < 2:
        return [text]
    read = [(p, analyse(p, glossary)) for p in pieces]
    groups = [c for c in claim.terms.key if glossary.kind(c) == "group"]
    named = [p for p, a in read if any(has_term(g, a.terms, glossary) for g in groups)]
    if named:
        return named
    held = [p for p, a in read if any(value_match(f, q.quantity)
                                      for f in figures for q in a.quantities)]
    return held or [text]  # (a piece naming the subject may go on, "before they rose", in
    # another whose subject is a pronoun or left out)


def no_change_in_piece(claim: Analysed, text: str, glossary: Glossary,
                       figures: Sequence[Quantity] = ()) -> bool:
    """`no_change_agrees`, read in the pieces of the sentence that speak of the claim's
    subject (`_pieces_about`): "The risk remained unchanged for women, but it was 60%
    higher for men" states no change of women's risk, and none of men's (session 12)."""
    if not states_no_change(claim.text) or _DIFFERENT.search(claim.text):
        return False
    about = _pieces_about(claim, text, glossary, figures)
    return any(states_no_change(p) for p in about) and not any(_DIFFERENT.search(p) for p in about)


#: an open question worded with a negation cue or without one: "remains elusive", "is
#: unknown", "poorly understood", 仍不清楚, 尚不明确, 尚无定论 (session 13)
_UNKNOWN = re.compile(
    r"\b(?:elusive|unknown|unclear|uncertain|poorly understood|not (?:yet |well |fully |clearly )?"
    r"(?:known|understood|clear|established)|remains? to be (?:determined|established|"
    r"elucidated|clarified))\b|(?:仍|尚|还|至今)?(?:不清楚|不明确|不明|未明|未知|不清|无定论|"
    r"有待(?:阐明|明确|研究))", re.I)


def unknown_agrees(claim_text: str, unit_text: str) -> bool:
    """Both call something not yet known, one perhaps with a negation cue ("仍不清楚") and
    the other without ("remains elusive"): the same statement, not its opposite."""
    return _UNKNOWN.search(claim_text) is not None and _UNKNOWN.search(unit_text) is not None


def not_opposed_by_wording(claim: Analysed, unit: Analysed | Unit, glossary: Glossary) -> bool:
    """The claim and the sentence differ in negation only by how they word no change, an open
    question or a hedge: not the opposite finding (contradiction helper, session 8). A hedge
    does not make them the same finding either: `_hedged` keeps such a sentence from
    supporting."""
    return no_change_agrees(claim.text, unit.text) or unknown_agrees(claim.text, unit.text) or \
        no_change_in_piece(claim, unit.text, glossary) or bool(hedged_apart(claim, unit, glossary)) \
        or negations_paired(claim, unit, glossary)


def hedge_unsettled(claim: Analysed, unit: Unit, glossary: Glossary) -> bool:
    """A hedge on one side and a denial on the other, not both called not significant: the
    change is not confirmed (`_hedged`; for claims with figures, the judge's "the same change
    not found there")."""
    return bool(hedged_apart(claim, unit, glossary)) and not (
        significance(claim.text) < 0 and significance(unit.text) < 0)


def _hedged(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim that denies a change, supported only by a sentence stating it as a trend or a
    possibility (or the other way round), is not supported; unless both call it not
    significant ("did not significantly reduce" / "tended to reduce, … not significant")."""
    kind = hedged_apart(claim, unit, glossary)
    if not kind or not hedge_unsettled(claim, unit, glossary):
        return None
    said = "as a trend" if kind == "trend" else "only as a possibility"
    return Guarded("hedge", "partially_supported" if kind == "trend" else "not_found",
                   f"One side states the change {said}, the other denies it: neither the "
                   "same finding nor its opposite.")


def outcome_unnamed(claim: Analysed, unit: Unit, glossary: Glossary) -> list[str]:
    """What the claim's change is stated of ("did not lower admissions for pneumonia",
    "没有改善…情绪") that the sentence stating the opposite never names: that sentence speaks
    of another outcome ("… a lower rate of admission for angina"), and the claim's is not
    found, not contradicted (contradiction helper, session 8). Only where none of it is named,
    not even in part: a claim's outcome is often paraphrased word by word. Groups are left to
    the population guard; words no lexicon reads weigh nothing."""
    if _COMPARATIVE.search(claim.text):
        return []  # "higher in patients with wasting than in those without", "低于标准治疗组":
        # what follows the word of change is the group compared, not the outcome
    changed = [c for c in changed_content(claim.terms, glossary)
               if term_weight(c, glossary) and glossary.kind(c) != "group"]
    likely = _LIKELY_TO.search(claim.text)
    if not changed and likely is not None:
        # "more likely to miscarry", "less likely to be readmitted": the act is the outcome
        word = stem(likely["act"])
        changed = [glossary.en_index.get((word,), "~" + word)]
    unnamed = [c for c in changed if not has_term(c, unit.terms, glossary)
               and not _partly_named(c, unit, glossary)]
    if not changed or len(unnamed) < len(changed):
        return []
    return sorted(claim.terms.surface.get(c, c.lstrip("~")) for c in unnamed)


_LIKELY_TO = re.compile(r"\b(?:more|less)\s+likely\s+to\s+(?:be\s+|have\s+|get\s+)?"
                        r"(?P<act>[a-z]{4,})\b", re.I)
_COMPARATIVE = re.compile(r"\bthan\b|[高低多少大小长短快慢好差优劣强弱]于|比")


def _partly_named(concept: str, unit: Unit, glossary: Glossary) -> bool:
    """A word of a concept the sentence carries ("disease" of "cardiovascular disease" in
    "coronary artery disease"): a narrower or broader form of the outcome is named."""
    stems = glossary.concept_stems.get(concept, ())
    return any(len(s) >= 4 and s in unit.terms.stems for s in stems)


_PREVENTS = re.compile(r"\b(?:prevent(?:s|ed|ing)?|protect(?:s|ed|ing)?\b[^.;]{0,80}?\bfrom|"
                       r"avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?)\b|防止|预防|避免|免受|免于|保护[^。；]{0,20}?免",
                       re.I)


def prevention_agrees(claim: Analysed, unit: Unit) -> bool:
    """"X kept renal function from deteriorating" / "肾功能不因造影剂而恶化" (a negated change)
    and "X protects patients from deterioration in renal function" (a prevented one) say one
    thing: one side negates the change, the other prevents it. Not opposed."""
    claim_prevents = _PREVENTS.search(claim.text) is not None
    unit_prevents = _PREVENTS.search(unit.text) is not None
    if claim_prevents == unit_prevents:
        return False
    negated = unit.terms.negated if claim_prevents else claim.terms.negated
    preventer = claim.terms.negated if claim_prevents else unit.terms.negated
    return negated and not preventer


def _comparator(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim compared with one group ("… higher risk than patients taking warfarin") is not
    stated by a comparison with another ("Compared with patients without prior use of OACs,
    the risk was higher …"): the claim's own words for its comparator must be in the
    sentence's."""
    stated = [m.group(1) for m in _AGAINST.finditer(unit.text)]
    if has_cjk(claim.text):  # 与华法林相比 / 比华法林更 / 高于华法林
        phrase = guards_zh.comparator_missing(claim.text, stated, glossary)
        return None if phrase is None else Guarded(
            "comparator", "not_found", f"The claim compares with {phrase}; the closest "
            f"sentence compares with {stated[0].strip()}.")
    said = _AGAINST_CLAIM.search(claim.text)
    if said is None or not stated:
        return None
    subject = _stems(claim.text[:said.start()])
    own = _stems(said.group(1)) - subject
    if not own or any(own & _stems(phrase) for phrase in stated):
        return None
    return Guarded("comparator", "not_found",
                   f"The claim compares with {said.group(1).strip()}; the closest sentence "
                   f"compares with {stated[0].strip()}.")


_AGAINST_CLAIM = re.compile(r"\b(?:than|compared (?:with|to)|versus|vs\.?|relative to)\s+"
                            r"([^,;.()]+)", re.I)
_AGAINST = re.compile(r"\b(?:than|compared (?:with|to)|versus|vs\.?|relative to|in comparison "
                      r"(?:with|to))\s+([^,;.()]+)", re.I)


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", text)
                     if w.lower() not in _STOP and w.lower() not in _END)


def _drug(claim: Analysed, unit: Unit, source: Source, glossary: Glossary) -> Guarded | None:
    """A claim naming a drug is not stated by a sentence naming another drug of its class
    ("losartan" against "valsartan"), nor by one naming only the class in a source that never
    names the drug ("ARBs"; evidence/drugclass.py)."""
    title = next((u.terms for u in source.units if u.source == "title"), None)
    hit = drugclass.unnamed_member(claim.terms, unit.terms, title or analyse("", glossary).terms,
                                   union_terms([source]), glossary)
    return None if hit is None else Guarded("drug", "not_found", hit)


# ---------------------------------------------------------------- places and amounts


def _route(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A movement "from A to B" needs a sentence naming both places: "release of cytochrome c
    … of the intermembrane space" does not say it goes there from the cytosol."""
    zh = has_cjk(claim.text)  # 从细胞质到细胞核 / 由A向B
    route = guards_zh.route_zh(claim.text) if zh else _claim_route(claim.text)
    if route is None:
        return None
    reversed_ = _reversed_route(route, unit.text, glossary)
    if reversed_:
        return Guarded("route", "contradicted",
                       f"The claim says from {route[0]} to {route[1]}; the closest sentence "
                       f"says from {reversed_[0]} to {reversed_[1]}.")
    words = _stems(unit.text)
    missing = [p for p in route if (guards_zh.place_missing(p, unit.text, glossary) if zh
                                    else _stems(p) and not _stems(p) & words)]
    return Guarded("route", "not_found", f"The claim says from {route[0]} to {route[1]}; the "
                   f"closest sentence does not name {missing[0]}.") if missing else None


def _claim_route(text: str) -> tuple[str, str] | None:
    """(A, B) of an English "from A to B" movement ("differed from one fruit to another" is
    variation, not a movement)."""
    m = _FROM_TO.search(text)
    if m is None or _ONE_TO_ANOTHER.match(m.group(0)):
        return None
    return m.group(1).strip(), m.group(2).strip()


def _reversed_route(route: tuple[str, str], sentence: str,
                    glossary: Glossary) -> tuple[str, str] | None:
    """The sentence's own "from X to Y" when it runs the claim's route the other way: the
    claim's origin reads better as the sentence's destination, and its destination as the
    sentence's origin ("from developing countries to the developed world" against
    "disseminated from the developed world to the developing countries")."""
    theirs = _claim_route(sentence)
    if theirs is None:
        return None
    (a, b), (x, y) = route, theirs
    def fit(place: str, part: str) -> float:
        return coverage(analyse(place, glossary, claim=True).terms,
                        analyse(part, glossary).terms, glossary).score
    return theirs if fit(a, y) > fit(a, x) and fit(b, x) > fit(b, y) else None


_ONE_TO_ANOTHER = re.compile(r"from (?:one|each)\b[\w -]* to (?:another|the next|the other)\b",
                             re.I)
_FROM_TO = re.compile(r"\bfrom (?:the )?([a-z][\w -]{2,40}?) (?:in)?to (?:the )?([a-z][\w -]{2,60}?)"
                      r"(?=[,;.]| during| in | at | by | after | when |$)", re.I)


def _abundance(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """"Scarce", "rare", "depleted" against "expanded", "abundant", "enriched" (or the
    reverse), with none of the claim's own kind in the sentence: stated the other way."""
    for mine, other in ((_FEW, _MANY), (_MANY, _FEW)):
        if mine.search(claim.text) and other.search(unit.text) and not mine.search(unit.text):
            return Guarded("abundance", "contradicted",
                           f"The claim says {mine.search(claim.text).group()}; the closest "  # type: ignore[union-attr]
                           f"sentence says {other.search(unit.text).group()}.")  # type: ignore[union-attr]
    return None


_FEW = re.compile(r"\b(?:scarce|scarcity|rare|sparse|depleted|absent|lacking|deficient)\b|"
                  r"稀少|罕见|缺乏|匮乏", re.I)
_MANY = re.compile(r"\b(?:expanded|expansion|abundant|abundance|enriched|accumulat\w*|"
                   r"proliferat\w*|plentiful)\b|扩增|富集|大量", re.I)


def _harm(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim that something worsens a harm ("exacerbates the deficits", "damages viral
    control") against a sentence saying it relieves it ("rescues the deficits"), with no
    word of harm in the sentence: stated the other way."""
    if _WORSENS.search(claim.text) and _RELIEVES.search(unit.text) and \
            not _WORSENS.search(unit.text) and not claim.terms.negated and \
            not _RELIEVES.search(claim.text):  # "保护…，使其肾功能不…恶化" says relief too
        return Guarded("harm", "contradicted",
                       f"The claim says it {_WORSENS.search(claim.text).group()}; the closest "  # type: ignore[union-attr]
                       f"sentence says it {_RELIEVES.search(unit.text).group()}.")  # type: ignore[union-attr]
    return None


_WORSENS = re.compile(r"\b(?:exacerbat\w*|worsen\w*|aggravat\w*|damag(?:es|ed|ing)|impairs?|"
                      r"impaired)\b|损害|加重|恶化|加剧", re.I)
_RELIEVES = re.compile(r"\b(?:rescu\w*|restor\w*|reverses?|reversed|ameliorat\w*|alleviat\w*|"
                       r"relieve[sd]?|repairs?|repaired|protects?|protected)\b|挽救|恢复|逆转|"
                       r"缓解|修复|保护", re.I)


def _only_one(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim that only one of them does it ("只有U87表达A20", "only girls improved") against
    a sentence saying all or each did ("All four cell lines expressed A20"): no support, the
    quantifier is the other way (session 14). "Only 4%" and "只有4%" bound a figure, no one."""
    only, every = _ONLY.search(claim.text), _EVERY.search(unit.text)
    if only is None or every is None or _EVERY.search(claim.text):
        return None
    return Guarded("only", "not_found",
                   f"The claim says {only.group().strip()}; the closest sentence says "
                   f"{every.group()}.")


_NUMBER_NEXT = r"(?!\s*(?:\d|[一二两三四五六七八九十百千几数半]|about|around|a\b|an\b|one\b|two\b|"\
    r"three\b|four\b|five\b|half\b|slightly\b|marginally\b|modestly\b))"
_ONLY = re.compile(rf"(?<!不)(?:只有|仅有|唯有|唯独){_NUMBER_NEXT}|\bonly\b{_NUMBER_NEXT}", re.I)
_EVERY = re.compile(r"\b(?:all|every|each|both)\b|所有|全部|均|都", re.I)


# ---------------------------------------------------------------- contrasting clauses


def _contrast(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A sentence of contrasting parts ("X lowered the risk, whereas Y raised it"; "A is
    reduced; however, little is known about B") states the claim only if one part carries it
    alone, the same way."""
    parts = contrast_parts(unit.text)
    if len(parts) < 2:
        return None
    by_part = _part_by_part(claim, parts, glossary)
    if by_part is not None:
        return by_part or None
    open_part = _left_open(claim, parts, glossary)
    if open_part is not None:
        return open_part
    scored = []
    for i, part in enumerate(parts):
        analysed = analyse(_completed(part, parts[0]) if i else part, glossary)
        scored.append((coverage(claim.terms, analysed.terms, glossary).score, analysed))
    score, best = max(scored, key=lambda sa: sa[0])
    if score < PART_COVERAGE:
        return Guarded("contrast", "not_found",
                       "The closest sentence contrasts two statements and neither part states "
                       f"the claim on its own (best part carries {score:.0%} of its key terms).")
    polarity = polarity_at(claim.terms, best.terms, best.clauses, glossary)
    if opposite(claim.terms, polarity, glossary) and not not_opposed_by_wording(claim, best, glossary):
        return Guarded("contrast", "contradicted",
                       f"The part of the closest sentence that speaks of the claim states it "
                       f"the other way: \u201c{best.text.strip()}\u201d.")
    if not same_direction(claim.terms, polarity, glossary):
        return Guarded("contrast", "not_found",
                       "The part of the closest sentence that speaks of the claim does not "
                       "state its change.")
    return None


def _left_open(claim: Analysed, parts: list[str], glossary: Glossary) -> Guarded | None:
    """A statement followed by an open question ("Admissions fell after the ban, but whether
    the ban caused the fall remains unclear"): a claim that does not itself call something
    unknown, and names what only the open part names ("caused"), states what the sentence
    leaves open (session 14)."""
    if asks_open_question(claim.text) or _UNKNOWN.search(claim.text):
        return None
    said = frozenset().union(*(analyse(p, glossary).terms.all for p in parts
                               if not asks_open_question(p)))
    for part in parts[1:]:
        if not asks_open_question(part):
            continue
        asked = analyse(_completed(part, parts[0]), glossary).terms.all - said
        if claim.terms.key & asked:
            return Guarded("contrast", "not_found",
                           "The closest sentence leaves open what the claim states: "
                           f"\u201c{part.strip()}\u201d.")
    return None


def _part_by_part(claim: Analysed, parts: list[str],
                  glossary: Glossary) -> Guarded | Literal[False] | None:
    """A claim that is itself a contrast ("A did X, but B did not") is read part against part:
    each of its parts against the source part that carries it. Contradicted where a part is
    stated the other way; False (no objection) where every part is carried the same way; None
    where the parts cannot be read so (the whole claim is then read against each part)."""
    own = claim_contrast_parts(claim.text)
    pieces = [analyse(_completed(p, own[0]) if i else p, glossary) for i, p in enumerate(own)]
    pieces = [p for p in pieces if len(p.terms.key) >= 2]
    if len(pieces) < 2:
        return None
    source = [analyse(_completed(p, parts[0]) if i else p, glossary) for i, p in enumerate(parts)]
    for piece in pieces:
        score, best = max(((coverage(piece.terms, s.terms, glossary).score, s) for s in source),
                          key=lambda sa: sa[0])
        if score < PART_COVERAGE:
            return None
        polarity = polarity_at(piece.terms, best.terms, best.clauses, glossary)
        if opposite(piece.terms, polarity, glossary) and \
                not not_opposed_by_wording(piece, best, glossary):
            return Guarded("contrast", "contradicted",
                           f"The part of the closest sentence that speaks of \u201c"
                           f"{piece.text.strip(' ,，。.')}\u201d states it the other way: "
                           f"\u201c{best.text.strip()}\u201d.")
        if not same_direction(piece.terms, polarity, glossary):
            return None
    return False


#: a Chinese clause that turns the sentence ("但…", "…却…", "而…", "然而…", "不过…")
_ZH_TURN = re.compile(r"^\s*(?:但是?|然而|不过|可是|而)|却")


def claim_contrast_parts(text: str) -> list[str]:
    """The claim cut at its contrasts: English as a source sentence is; Chinese at the comma
    before a clause that turns ("…补充，患者却没有")."""
    if not has_cjk(text):
        return contrast_parts(text)
    parts: list[str] = []
    for clause in re.split(r"(?<=[，；,;])", text):
        if parts and _ZH_TURN.search(clause):
            parts.append(clause)
        elif parts:
            parts[-1] += clause
        else:
            parts.append(clause)
    return parts


_CONTRAST = re.compile(r"[,;]?\s*\b(?:whereas|while|but(?! not\b)|however|although|though|yet|"
                       r"in contrast)\b,?\s*", re.I)


#: a part that opens with its verb ("…, but did not increase dropout rates"): its subject is
#: the first part's
_VERB_FIRST = re.compile(r"^\s*(?:did|does|do|was|were|is|are|has|have|had|could|can|may|"
                         r"might|also|not|[a-z]+ed)\b", re.I)
_SUBJECT = re.compile(r"^\s*(?P<subject>[^,;()]{2,80}?)\s+(?:was|were|is|are|did|does|do|had|"
                      r"has|have|could|can|may|might|[a-z]+ed)\b", re.I)


def with_subject(part: str, first: str) -> str:
    """The part with the first part's subject when it has none of its own: "did not increase
    dropout rates" after "Tricyclics were more likely to cause adverse effects" is said of
    tricyclics."""
    if not _VERB_FIRST.match(part):
        return part
    m = _SUBJECT.match(first)
    return f"{m['subject']} {part.strip()}" if m else part


_ELLIPSIS = re.compile(r"\s*(?P<subject>[^,;()]{2,60}?)\s+(?P<aux>did|does|do|was|were|is|are|"
                       r"has|have|had|could|can|would|will)\s+not\s*[.;]?\s*", re.I)


def _completed(part: str, first: str) -> str:
    """A later part with what it leaves out taken from the first part: its subject ("…, but did
    not increase dropout rates") or its predicate ("controls replenished their stores, but
    patients did not" → "patients did not replenished their stores")."""
    m, head = _ELLIPSIS.fullmatch(part), _SUBJECT.match(first)
    if m and head:
        return f"{m['subject']} {m['aux']} not {first[head.end('subject'):].strip()}"
    return with_subject(part, first)


def contrast_parts(sentence: str) -> list[str]:
    """The sentence cut at contrasts outside brackets; a leading "Although …," is a part."""
    depths = bracket_depths(sentence)
    cuts = [m for m in _CONTRAST.finditer(sentence) if depths[m.start()] == 0
            and not _temporal_while(sentence, m)]
    parts, start = [], 0
    for m in cuts:
        parts.append(sentence[start:m.start()])
        start = m.end()
    parts.append(sentence[start:])
    if len(parts) == 2 and not parts[0].strip() and "," in parts[1]:
        head, _, tail = parts[1].partition(",")  # "Although X, Y"
        parts = [head, tail]
    return [p for p in parts if len(p.split()) >= 3]


def _temporal_while(sentence: str, m: re.Match[str]) -> bool:
    """"while" of time ("while maintaining", "while on treatment") joins, it does not contrast."""
    return m.group().strip(" ,;").lower() == "while" and re.match(
        r"\s*(?:\w+ing|on|in|under|during|receiving)\b", sentence[m.end():]) is not None


# ---------------------------------------------------------------- joined statements


#: where a claim joins two statements of change ("The mice burned less fat, and their white
#: fat showed less browning"; "…减少，…增加")
_JOINED = re.compile(r",\s+and\s+|;\s+|，(?:并且|而且|且|并)?|；")


def _conjunct(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A claim joining statements that each state a change is read statement by statement:
    each against the clause of the sentence that speaks of what it alone names. Contradicted
    where one of them is stated the other way there; the whole claim, read at once, may have
    matched only the other statement's clause."""
    if claim.terms.negated:
        return None
    texts = _JOINED.split(claim.text)
    if len(texts) < 2:
        return None
    pieces = [analyse(with_subject(t, texts[0]) if i else t, glossary, claim=True)
              for i, t in enumerate(texts)]
    pieces = [p for p in pieces if p.terms.direction and len(p.terms.key) >= 2]
    if len(pieces) < 2:
        return None
    for i, piece in enumerate(pieces):
        others = frozenset().union(*(p.terms.key for j, p in enumerate(pieces) if j != i))
        own = frozenset(c for c in piece.terms.key - others
                        if glossary.kind(c) not in ("generic", "up", "down"))
        polarity = polarity_at(piece.terms, unit.terms, unit.clauses, glossary)
        if not any(_named_in(c, polarity.concepts, glossary) for c in own):
            continue  # the clause chosen speaks of the other statement's words only
        if opposite(piece.terms, polarity, glossary) and \
                not not_opposed_by_wording(piece, unit, glossary):
            return Guarded("conjunct", "contradicted",
                           f"The claim joins two statements; the sentence states "
                           f"\u201c{piece.text.strip(' ,，。.')}\u201d the other way.")
    return None


def _named_in(concept: str, concepts: frozenset[str], glossary: Glossary) -> bool:
    """The concept is among a clause's concepts, or (a Chinese word) read in their stems."""
    if concept in concepts:
        return True
    if not concept.startswith("zh:"):
        return False
    stems = frozenset(c[1:] for c in concepts if c.startswith("~")).union(
        *(glossary.concept_stems.get(c, ()) for c in concepts))
    return bool(stems) and glossary.lexicon().found_in(concept[3:], stems)


# ---------------------------------------------------------------- direction per object


def _object_direction(claim: Analysed, unit: Unit, title: str,
                      glossary: Glossary) -> Guarded | None:
    """A change the claim states for an object ("decreasing cell death") that the sentence
    states the other way for the same object ("increased cell death"), and never the same
    way, is contradicted: the sentence's whole-sentence direction hid it."""
    if has_cjk(claim.text):  # 减少细胞死亡 against "increased cell death"
        hit = guards_zh.object_reversed(claim.text, unit.text, glossary)
        return None if hit is None else Guarded(
            "object_direction", "contradicted",
            f"The claim says “{hit[0]}” {'rises' if hit[1] > 0 else 'falls'}; the closest "
            f"sentence says it {'falls' if hit[1] > 0 else 'rises'}.")
    pairs = [(directed_objects(claim.text, levels=levels),
              directed_objects(unit.text, levels=levels)) for levels in (False, True)]
    for sign, words, stated in ((sign, words, stated) for claimed, stated in pairs
                                for sign, words in claimed):
        same = [s for s, w in stated if _same_object(words, w)]
        if same and all(s == -sign for s in same):
            obj = _surface(claim.text, words)
            return Guarded("object_direction", "contradicted",
                           f"The claim says “{obj}” {'rises' if sign > 0 else 'falls'}; the "
                           f"closest sentence says it {'falls' if sign > 0 else 'rises'}.")
    return None


_UP = ("increas", "elev", "rais", "higher", "greater", "enhanc", "upregul", "up-regul",
       "promot", "potenti", "augment", "acceler", "activat", "stimul", "exacerb", "aggrav",
       "strengthen")
_DOWN = ("decreas", "reduc", "lower", "diminish", "attenu", "suppress", "inhibit", "downregul",
         "down-regul", "impair", "declin", "slow", "prevent", "block", "dampen", "abolish",
         "lessen", "allevi", "amelior", "deactivat", "inactivat", "antagoniz", "antagonis",
         "loosen", "weaken")
#: level words read only as whole words ("high levels of X"; not "highly", "lowland")
_LEVEL = {"high": 1, "low": -1}
#: agent nouns built on a word of change ("an HDAC6 inhibitor significantly improved …")
_AGENT_NOUN = re.compile(r"[a-z-]+ors?|(?:promot|enhanc|block|boost)ers?")
_STOP = frozenset({"the", "a", "an", "of", "its", "their", "his", "her", "this", "these", "that",
                   "significantly", "markedly", "substantially", "greatly", "strongly", "also",
                   "s"})  # "p53's association": the possessive's s
_END = frozenset({"by", "through", "via", "in", "during", "when", "from", "to", "with", "on",
                  "at", "than", "among", "after", "before", "for", "which", "that", "who",
                  "whereas", "while", "but", "and", "or", "is", "are", "was", "were", "be",
                  "have", "has", "had"})
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9+-]*|[.,;:()\[\]]")


def _sign(word: str) -> int:
    w = word.lower()
    if w in _LEVEL:
        return _LEVEL[w]
    if _AGENT_NOUN.fullmatch(w):
        return 0  # "inhibitor", "activators", "promoter": what acts, not a change
    if w.startswith(("deactivat", "inactivat")):
        return -1
    if w.startswith(_UP):
        return 1
    if w.startswith(_DOWN):
        return -1
    return 0


def directed_objects(text: str, *, levels: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """(+1/−1, the stems of its object) for each word of change followed by what changes:
    "decreasing cell death and oxidative stress" → (−1, cell death), (−1, oxidative stress).
    With `levels`, the level words instead ("high levels of X"): a level is read against a
    level, not against a change ("very high cholesterol" / "lowered cholesterol")."""
    tokens = _WORDS.findall(text)
    out: list[tuple[int, tuple[str, ...]]] = []
    for i, token in enumerate(tokens):
        sign = _sign(token) if (token.lower() in _LEVEL) == levels else 0
        if not sign:
            continue
        obj: list[str] = []
        j = i + 1
        while j < len(tokens) and len(obj) < 3:
            word = tokens[j].lower()
            if word in ("and", "or") and obj:
                out.append((sign, tuple(obj)))
                obj = []
            elif not word[0].isalpha() or word in _END or _sign(word):
                break
            elif word not in _STOP:
                obj.append(stem(word))
            j += 1
        if obj:
            out.append((sign, tuple(obj)))
    return out


def _surface(text: str, stems: tuple[str, ...]) -> str:
    """The claim's own words for an object given by its stems."""
    found = [w for w in _WORDS.findall(text) if w[0].isalpha() and stem(w.lower()) in stems]
    return " ".join(dict.fromkeys(found)) or " ".join(stems)


def _same_object(claim: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """The source's object starts with the claim's (two words, or the one it has), or
    carries both of two in another order ("acetylation of p53" / "p53 acetylation")."""
    need = claim[:2]
    return source[:len(need)] == need or (len(need) == 2 and set(need) <= set(source))


# ---------------------------------------------------------------- opposite experiment


def _experiment(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """A finding after removing X ("mice lacking Sirt1 are resistant") is not stated by one
    after overexpressing X ("mice overexpressing SIRT1 are more resistant"), nor the reverse:
    the experiments are opposite, and what one shows of the other is an inference."""
    subject = function.opposite_experiment(claim.text, unit.text, glossary)
    if not subject:
        return None
    return Guarded("experiment", "not_found",
                   f"The claim and the closest sentence speak of opposite experiments on "
                   f"{subject} (removed on one side, overexpressed on the other).")


# ---------------------------------------------------------------- superlative per item

#: superlatives by pole: the item ranked first (+1) or last (−1) of a scale
_SUPERLATIVE_EN = re.compile(
    r"\b(?P<up>strongest|highest|largest|greatest|biggest|longest|commonest|most\s+"
    r"(?:strongly|closely|common(?:ly)?|frequent(?:ly)?|likely|important|pronounced|marked(?:ly)?"
    r"|affected|prevalent|severe(?:ly)?))\b|\b(?P<down>weakest|lowest|smallest|fewest|shortest|"
    r"rarest|least\s+(?:strongly|closely|common(?:ly)?|frequent(?:ly)?|likely|important|"
    r"pronounced|marked(?:ly)?|affected|prevalent|severe(?:ly)?))\b", re.I)
_SUPERLATIVE_ZH = re.compile(r"(?P<up>最(?:强|高|大|多|常见|密切|明显|严重|显著))|"
                             r"(?P<down>最(?:弱|低|小|少|罕见|轻))")


def _superlative_pole(text: str) -> int:
    """+1 / −1 where every superlative of the text ranks at one pole, else 0."""
    pattern = _SUPERLATIVE_ZH if has_cjk(text) else _SUPERLATIVE_EN
    poles = {1 if m["up"] else -1 for m in pattern.finditer(text)}
    return poles.pop() if len(poles) == 1 else 0


def _superlative(claim: Analysed, unit: Unit, title: str,
                 glossary: Glossary) -> Guarded | None:
    """A claim ranking an item at one end of a scale ("most strongly tied to aneurysm", "与
    动脉瘤的关联最强") against a sentence that ranks the claim's items and puts each of them
    it ranks at the other end ("strongest for haemorrhage …, and weakest for abdominal aortic
    aneurysm"): the sentence says the opposite of the claim about that item."""
    pole = _superlative_pole(claim.text)
    if pole and (ranked_of := _ranked_unnamed(claim, unit, title, glossary)) is not None:
        return ranked_of
    marks = [(m.start(), 1 if m["up"] else -1) for m in _SUPERLATIVE_EN.finditer(unit.text)]
    if not pole or not marks:
        return None
    lowered = unit.text.lower()
    ranked: list[tuple[int, str, int]] = []
    for concept in claim.terms.key & unit.terms.all:
        if glossary.kind(concept) in ("up", "down", "generic"):
            continue
        surface = unit.terms.surface.get(concept)
        at = lowered.find(surface.lower()) if surface else -1
        before = [sign for start, sign in marks if start < at]
        if at >= 0 and before:
            ranked.append((at, unit.text[at:at + len(surface or "")], before[-1]))
    if ranked and all(sign == -pole for _, _, sign in ranked):
        items = " ".join(dict.fromkeys(w for _, w, _ in sorted(ranked)))
        return Guarded("superlative", "contradicted",
                       f"The claim ranks “{items}” {'first' if pole > 0 else 'last'}; the "
                       f"closest sentence ranks it {'last' if pole > 0 else 'first'}.")
    return None


#: an English claim's subject, then the verb that ranks it: "Waiting times for surgery were
#: longest …"
_RANKED_SUBJECT = re.compile(r"^\s*(?P<subject>[^,;:()]{3,60}?)\s+(?:was|were|is|are)\s+"
                             r"(?:the\s+)?(?:\w+est|most|least)\b", re.I)


def _ranked_unnamed(claim: Analysed, unit: Unit, title: str,
                    glossary: Glossary) -> Guarded | None:
    """A claim that ranks its subject ("Waiting times for surgery were longest for …")
    against a sentence and title that name none of that subject: the sentence ranks or
    compares something else ("less likely to receive preferred procedures")."""
    m = _RANKED_SUBJECT.match(claim.text)
    if m is None:
        return None
    # its head: the words before a preposition ("Waiting times" of "… for surgery")
    head = re.split(r"\s+(?:for|of|in|among|with|from|after|at|on|during)\s+", m["subject"])[0]
    subject = analyse(head, glossary, claim=True).terms
    content = [c for c in subject.key if glossary.kind(c) not in ("generic", "up", "down",
                                                                   "design", "group")
               and term_weight(c, glossary)]
    named = analyse(title, glossary).terms if title else None
    if not content or any(has_term(c, unit.terms, glossary) or named is not None and
                          has_term(c, named, glossary) for c in content):
        return None
    return Guarded("superlative", "not_found",
                   f"The claim ranks \u201c{head.strip()}\u201d; the closest sentence "
                   "names none of it.")


# ---------------------------------------------------------------- a stated cause

#: a claim's cause: "… because (of) X", "due to X", "owing to X", "as a result of X"
_CAUSE = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+"
                    r"(?P<cause>[^,;.\[]+)", re.I)
#: a Chinese claim's cause: "因为X", "由于X", "得益于X", "归因于X", "是X所致" (not the verb
#: 导致: "X导致Y" is the finding itself, not the cause of one)
_CAUSE_ZH = re.compile(r"(?:(?:是|系|乃|为)(?P<made>[^，,；;。：:\[]{2,30}?)所致|"
                       r"(?:因为|由于|得益于|归因于|归功于|归咎于)(?P<cause>[^，,；;。：:\[]+))")
#: a concessive phrase of a sentence: what it names did not bring the finding about
_CONCESSIVE = re.compile(r"\b(?:in\s+spite\s+of|despite|notwithstanding|regardless\s+of|"
                         r"even\s+though|although|though)\b[^,;]*", re.I)
#: the share of a cause's key terms (weighted) a sentence must carry to state it
CAUSE_SHARE = 0.65


def _cause(claim: Analysed, unit: Unit, title: str, glossary: Glossary) -> Guarded | None:
    """The claim gives a cause ("insulin resistance arises because nicotine makes the body
    store more fat") that the sentence does not carry outside a concessive phrase ("… IR in
    spite of reductions in adiposity"): the sentence states the finding, not its cause
    (session 14)."""
    m = _CAUSE.search(claim.text) or _CAUSE_ZH.search(claim.text)
    if m is None:
        return None
    cause = analyse(m.group("cause") or m.group("made"), glossary).terms
    content = [c for c in cause.key if glossary.kind(c) not in ("generic", "up", "down")]
    weights = {c: term_weight(c, glossary) for c in content}
    total = sum(weights.values())
    if not total:
        return None
    rest = analyse(_CONCESSIVE.sub(" ", unit.text), glossary).terms
    carried = sum(w for c, w in weights.items()
                  if has_term(c, rest, glossary, cause.surface.get(c, "")))
    if carried >= CAUSE_SHARE * total:
        return None
    return Guarded("cause", "partially_supported",
                   f"The claim gives a cause (\u201c{m.group(0).strip()}\u201d) that the "
                   "closest sentence does not state; it states the finding only.")


# ---------------------------------------------------------------- subject as comparator

def _subject_compared(claim: Analysed, unit: Unit, title: str,
                      glossary: Glossary) -> Guarded | None:
    """The claim's subject is the sentence's comparison group: "Tricyclics carried the highest
    risk" is not stated by "SSRIs … were associated with an increased risk … compared with
    tricyclic antidepressants". The subject is the claim's first content word; it must stand
    in the sentence's "compared with / than / versus X" and nowhere else in it."""
    if _AGAINST_CLAIM.search(claim.text) or guards_zh.comparator_zh(claim.text) is not None:
        return None  # a claim with a comparison of its own is the comparator guard's
    subject = _first_content(claim.text, glossary)
    if subject is None:
        return None
    for m in _AGAINST.finditer(unit.text):
        against = analyse(m.group(1), glossary).terms
        rest = analyse(unit.text[:m.start()] + " " + unit.text[m.end():], glossary).terms
        if has_term(subject, against, glossary) and not has_term(subject, rest, glossary):
            return Guarded("subject_compared", "not_found",
                           f"The claim is about \u201c{claim.terms.surface.get(subject, subject)}"
                           f"\u201d; in the closest sentence it is the comparison group "
                           f"(\u201c{m.group(0).strip()}\u201d).")
    return None


_MIN_SUBJECT_STEM = 5  # an unknown English word as a subject: a stem longer than this


def _first_content(text: str, glossary: Glossary) -> str | None:
    """The first content concept of a text (not generic, not a change word): its subject."""
    _, events = analyze_positions(text, glossary)
    for _, concept, maximal in sorted(events):
        if maximal and glossary.kind(concept) not in ("generic", "up", "down", "design") \
                and (not concept.startswith("~") or len(concept) > _MIN_SUBJECT_STEM):
            return concept
    return None


_GUARDS: tuple[tuple[str, Check], ...] = (
    ("methods", _methods),
    ("compound", _compound),
    ("population", _population),
    ("sameness", _sameness),
    ("hedge", _hedged),
    ("object_direction", _object_direction),
    ("experiment", _experiment),
    ("superlative", _superlative),
    ("contrast", _contrast),
    ("conjunct", _conjunct),
    ("cause", _cause),
    ("comparison", _comparison),
    ("comparator", _comparator),
    ("subject_compared", _subject_compared),
    ("route", _route),
    ("abundance", _abundance),
    ("harm", _harm),
    ("only", _only_one),
)
#: guards that read the whole source, not only the sentence and its title
_SOURCE_GUARDS: tuple[tuple[str, Callable[[Analysed, Unit, Source, Glossary],
                                          Guarded | None]], ...] = (("drug", _drug),)
#: every guard's name, in the order they are tried
GUARDS = tuple(name for name, _ in _GUARDS) + tuple(name for name, _ in _SOURCE_GUARDS)
#: the guards in use (the measurement in docs/statuses.md turns them on one at a time)
ACTIVE: set[str] = set(GUARDS)
