"""A claim's subject (or object) that its source never names (session 14).

"Bariatric surgery increases rates of postmenopausal breast cancer" is not stated, and not
opposed, by an abstract on birth weight and breast cancer that never writes bariatric surgery,
however many of the claim's other words ("increases", "postmenopausal breast cancer") one of
its sentences carries; nor is "In British men, haplogroup I increases the risk of
cardiovascular disease by 50%" contradicted by "… would reduce cardiovascular disease events by
76%" in a source that never names haplogroup I. The subject is what the claim says before its
first verb (a leading "In X," / "在X中，" set aside); it counts as never named when each of its
specific words (one no everyday English list holds, a glossary concept with such a word, a
Chinese word read as such a word) is missing from the whole source, read loosely: any concept
or stem of the source (`match.has_term`), or the word's first letters written anywhere in it.
Words for who took part (participants, volunteers, researchers) are no subject of this kind.
What an English claim says after its verb (verbs and past forms set aside: "leads to reduced
lifespan" → "lifespan") is read the same way, unless it holds a figure.
"""

from __future__ import annotations

import re

from claimcheck.evidence.drugclass import classes_of
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.lexicon import is_drug_name
from claimcheck.evidence.match import common_zipf, has_term
from claimcheck.evidence.names import squeezed, written_in
from claimcheck.evidence.terms import Terms, analyze_positions
from claimcheck.evidence.text import has_cjk, stem

#: a word this frequent in English (Zipf) is no specific name of what a claim is about
SPECIFIC_ZIPF = 4.5
#: letters of a word that, written anywhere in the source, count as naming it
_PREFIX = 6
_INTRO_EN = re.compile(r"(?i)^\s*(?:in|among|for|during|after|before|within|across|at|"
                       r"under|with|without|compared with|relative to|unlike|like)\b[^,]{0,80},")
_VERB_EN = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|can|cannot|could|may|might|will|would|should|"
    r"must|does|do|did|has|have|had|not|no longer|"
    r"(?:increase|decrease|reduce|raise|lower|lead|cause|induce|promote|inhibit|prevent|"
    r"regulate|protect|improve|impair|enhance|suppress|activate|mediate|affect|influence|"
    r"contribute|play|show|depend|require|drive|result|correlate|predict|confer|trigger|"
    r"block|stimulate|exacerbate|worsen|attenuate|modulate|control|determine|alter|elevate|"
    r"lack|act|work|occur|interact|bind|produce|reverse|restore|rescue|delay|accelerate|"
    r"ameliorate|aggravate|diminish|deplete|limit|facilitate|mitigate|offer|provide|remain|"
    r"become|carry|carries|help|reflect|represent|appear|seem|tend|fail|give|yield|"
    r"outperform|exceed|double|halve|cut|boost|rise|fall|drop|decline|associate)(?:s|es|d|ed)?)"
    r"\b")
#: a past form after the first word ("The trial randomly assigned …")
_PAST_EN = re.compile(r"(?<=\w )(?:[a-z]+ed)\b")
_INTRO_ZH = re.compile(r"^\s*(?:在|对于|对|与|相比|于)[^，,。]{0,40}?[，,]")
_VERB_ZH = re.compile(r"会|可以|可|能够|能|是|为|导致|引起|增加|降低|减少|减轻|升高|提高|促进|"
                      r"抑制|阻止|依赖|参与|影响|使|与|和|调控|调节|介导|具有|有助于|不|未|没有|"
                      r"并非|对|在")
#: a citation marker ("[1]", "[2, 3]")
_MARKER = re.compile(r"\[\d[\d,\s\u2013-]*\]")
#: a figure or a clause break inside what precedes the verb: it is no subject phrase
_FIGURE_OR_BREAK = re.compile(r"(?<![A-Za-z0-9-])\d|[，；;：:]")
#: stems of words that say who took part or who studied, not what a claim is about
_WHO = frozenset(stem(w) for w in (
    "participant", "volunteer", "researcher", "investigator", "author", "scientist", "team",
    "respondent", "subject", "individual", "resident", "user", "clinician", "physician",
    "recipient", "enrollee", "cohort", "trial", "study", "analysis", "review"))


def subject_text(text: str, glossary: Glossary) -> str:
    """The words of a claim before its first verb or word of change, a leading "In X," set
    aside."""
    cjk = has_cjk(text)
    intro = (_INTRO_ZH if cjk else _INTRO_EN).match(text)
    rest = text[intro.end():] if intro else text
    ends = [m.start() for m in (_VERB_ZH.search(rest, 1),) if m] if cjk else \
        [m.start() for m in (_VERB_EN.search(rest, 1), _PAST_EN.search(rest)) if m]
    ends += [at for at, mark in analyze_positions(rest, glossary)[0].marks
             if mark in ("up", "down") and at > 0]
    return rest[:min(ends)] if ends else ""


def _specific(concept: str, glossary: Glossary) -> bool:
    if glossary.kind(concept) not in ("term", "group"):
        return False
    if concept.startswith("zh:"):
        return _rare_reading(concept[3:], glossary)
    if concept.startswith("~"):
        return _rare(concept[1:])
    return rare_words(concept)


def _rare_reading(word: str, glossary: Glossary) -> bool:
    """A Chinese word no glossary names is specific when the lexicon reads it as a drug by its
    INN stem ("利妥昔单抗" -ximab); dictionary senses ("结论" conclusion) are too loose a cut
    to trust (session 14)."""
    reading = glossary.lexicon().read(word)
    return reading is not None and reading.how == "drug"


def _stem_written(concept: str, source: Terms, glossary: Glossary) -> bool:
    """A Chinese drug name counts as named where the source writes any drug of its INN stem
    ("罗格列酮" in "rosiglitazone", whatever its first letters): which member is the drug
    guards' to judge."""
    reading = glossary.lexicon().read(concept[3:]) if concept.startswith("zh:") else None
    if reading is None or reading.how != "drug":
        return False
    endings = [alt[0].lstrip("*") for alt in reading.alternatives if alt and alt[0][:1] == "*"]
    return any(e and e in s for e in endings for s in source.stems)


def rare_words(phrase: str) -> bool:
    """Some word of this English phrase is no everyday word."""
    return any(_rare(stem(w)) for w in re.findall(r"[A-Za-z]{4,}", phrase))


def _rare(word_stem: str) -> bool:
    word_stem = word_stem.lstrip("*")
    return len(word_stem) >= 4 and word_stem not in _WHO and not word_stem.isdigit() and \
        common_zipf(word_stem) < SPECIFIC_ZIPF


def unnamed_subject(claim_text: str, source_terms: Terms, source_text: str,
                    glossary: Glossary) -> list[str]:
    """The claim's specific subject words when the source names none of the subject's
    words, or (an English claim) the same of what follows its verb; else []."""
    subject = subject_text(claim_text, glossary)
    if _FIGURE_OR_BREAK.search(subject) or \
            any(stem(w) in _WHO for w in re.findall(r"[A-Za-z]+", subject)):
        return []  # "具体而言，发生率从每千个住院患者日10.4次…": no subject phrase to read;
        # "The Norwegian trial enrolled …": a claim about the study, not a topic
    rest = _MARKER.sub(" ", claim_text[claim_text.find(subject) + len(subject):]) \
        if subject.strip() and not has_cjk(claim_text) else ""
    if _FIGURE_OR_BREAK.search(rest):
        rest = ""  # a figure's claim speaks of its figure: the figure rules' to read
    for phrase in (subject, _PAST_EN.sub(" ", _VERB_EN.sub(" ", rest))):
        unnamed = _unnamed(phrase, source_terms, source_text, glossary)
        if unnamed:
            return unnamed
    return []


def _unnamed(phrase: str, source_terms: Terms, source_text: str,
             glossary: Glossary) -> list[str]:
    terms, events = analyze_positions(phrase, glossary)
    concepts = {c: terms.surface.get(c, "") for _, c, maximal in events if maximal
                and glossary.kind(c) not in ("generic", "up", "down", "design")}
    specific = [surface or c for c, surface in concepts.items() if _specific(c, glossary)]
    # a part the phrase's concept is made of names it too ("relapse" of 复发率 "relapse rate")
    parts = {c: terms.surface.get(c, "") for _, c, maximal in events if not maximal
             and c not in concepts and glossary.kind(c) not in ("generic", "up", "down", "design")}
    if not specific or any(has_term(c, source_terms, glossary, surface)
                           or _class_named(c, source_terms)
                           or _stem_written(c, source_terms, glossary)
                           for c, surface in (*concepts.items(), *parts.items())):
        return []  # (a drug whose class the source names is `drugclass.unnamed_member`'s)
    lowered, squeezed_text = source_text.lower(), squeezed(source_text)
    if any(w.lower()[:_PREFIX] in lowered or written_in(w, squeezed_text)
           for w in _words(phrase, glossary)):
        return []
    return specific


def _class_named(concept: str, source: Terms) -> bool:
    return is_drug_name(concept) and bool(set(classes_of(concept[1:], stemmed=True))
                                           & source.all)


def _words(subject: str, glossary: Glossary) -> list[str]:
    """The subject's English words that could name it (not stop words, not who took part)."""
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", subject) if len(w) >= 3
            and stem(w) not in glossary.stop_en and stem(w) not in _WHO]
