"""Loss-of-function experiments: a finding about the absence of X read as one about X.

"Gpr124 knockout resulted in BBB disruption" says that Gpr124 protects the BBB; "inhibition
of FAK reduces scarring" that FAK promotes it. Where one side of a comparison states its change
after removing or blocking a subject (knockout, knock-down, deletion, deficiency, loss of,
lacking, null, silencing, depletion, ablation, inhibition / inhibitor / antagonist / blockade
of X, X-/-; 敲除, 敲低, 缺失, 缺乏, 缺陷, 沉默, 抑制X, X抑制剂) and the other speaks of that
subject plainly (or as overexpressed, activated), their directions of change are compared
with one of them turned round; where both sides remove it, as they stand. The word that removes
the subject is no change stated: "inhibition of X increased Y" states an increase.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from claimcheck.evidence.analysis import Clause, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import (
    Polarity,
    changed_content,
    has_term,
    polarity_at,
    reversed_direction,
    same_direction,
)
from claimcheck.evidence.terms import Terms, analyze

#: the cue before its subject: "knockout of X", "mice lacking X", "inhibition of X"
_BEFORE_EN = re.compile(
    r"\b(?:knock[- ]?(?:out|down)s?\s+of|knocking\s+(?:out|down)|deletion\s+of|deleting|"
    r"deficien(?:cy|t)\s+(?:of|in|for)|loss\s+of|lack\s+of|absence\s+of|lacking|lacked|lacks?|"
    r"depletion\s+of|depleting|silencing(?:\s+of)?|ablation\s+of|ablating|"
    r"inhibition\s+of|inhibiting|inhibitors?\s+of|antagonists?\s+of|blockade\s+of|blocking)"
    r"\s+(?:the\s+|an?\s+)?", re.I)
#: the cue after its subject: "X knockout", "X-deficient", "X inhibitor", "X-/-"
_AFTER_EN = re.compile(
    r"(?:[\s-]+(?:(?:conditional|specific|genetic|targeted|global|inducible|homozygous|"
    r"heterozygous)\s+)?(?:knock[- ]?outs?|knock[- ]?downs?|KO|CKO|cKO|deletions?|"
    r"deficiency|deficient|null|depletion|depleted|silencing|silenced|ablation|inhibitors?|"
    r"inhibition|antagonists?|blockade)\b|\s*\(?[-−–]/[-−–]\)?)", re.I)
#: the subject, then its removal in the passive: "TH17 cells were markedly depleted"
_PASSIVE_EN = re.compile(
    r"\s+(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:depleted|deleted|ablated|silenced|"
    r"knocked[- ]?(?:out|down))\b", re.I)
_BEFORE_ZH = re.compile(r"(?:敲除|敲低|缺失|缺乏|沉默|耗竭|阻断|拮抗|抑制)了?")
_AFTER_ZH = re.compile(r"(?:基因)?(?:敲除|敲低|缺失|缺乏|缺陷|沉默|耗竭|耗尽|抑制剂|拮抗剂|阻断剂)|"
                       r"(?<=的)(?:抑制|阻断)")
#: the noun phrase of a subject: up to three words, none of them a function word
_SUBJECT_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+'αβγδκ-]*")
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or",
    "but", "that", "which", "who", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "this", "these", "those", "its", "their", "his", "her", "not", "no", "as", "via",
    "we", "it", "than", "mice", "mouse", "rats", "cells", "cell", "animals", "patients",
    "also", "both", "either", "neither", "after", "before", "during", "upon", "when", "while"})
#: nouns that name their subject with the word before them ("ORX-1 receptor")
_HEADS = frozenset({"receptor", "receptors", "kinase", "gene", "genes", "channel", "protein",
                    "transporter", "pathway", "signaling", "signalling"})
#: a removal that is itself the outcome ("SIV infection results in depletion of TH17 cells")
_OUTCOME_BEFORE = re.compile(
    r"\b(?:caus|induc|result|lead|led|trigger|promot|produc|confer|mediat|exhibit|display|"
    r"show|reveal|observ|accompan)\w*(?:\s+(?:in|to|by|with))?\s+(?:(?:a|an|the|marked|"
    r"significant|severe|complete|partial|progressive)\s+)?$", re.I)
_VERB = re.compile(
    r"(?:is|are|was|were|be|been|has|have|had|does|did|do|can|may|might|could|would|will|"
    r"leads?|led|results?|causes?|induces?|promotes?|prevents?|protects?|impairs?|triggers?|"
    r"blocks?|abolishe?s?|abrogates?|rescues?|restores?|confers?|renders?|makes?|occurs?|"
    r"affects?|alters?|\w{2,}(?:ates|izes|ises|ifies|uces|otes))", re.I)
#: a removal a finding is traced to: "we link the effects of KLF2 to the inhibition of NF-κB",
#: "acts via inhibition of mTOR" (session 14): what the subject does, not what was done to it
_MECHANISM_BEFORE = re.compile(r"\b(?:to|via|through)\s+(?:the\s+)?$", re.I)
#: … unless the removal was the experiment: "genetically induced deficiency of mast cells"
_EXPERIMENT_BEFORE = re.compile(r"\b(?:genetically|experimentally|conditionally)\s+\w+\s*$",
                                re.I)
_REPORTING = re.compile(
    r"^(?:(?:here|in this study|together|thus|collectively)\s*,?\s*)?(?:we|these (?:results|"
    r"findings|data))\s+(?:\w+\s+)?(?:show|showed|found|find|demonstrate|demonstrated|report|"
    r"reveal|revealed|suggest|indicate)\s+that\s*$|^[^，,。]{0,12}(?:发现|表明|显示|证实|提示)[，,]?$",
    re.I)
#: characters that begin no subject after a cue: verbs, particles ("缺失会导致", "缺乏的")
#: a setting that opens a Chinese sentence without a verb: "在小鼠中", "在胚胎皮层中"
_SETTING_ZH = re.compile(r"在[^，,。；;]{1,15}?(?:中|时|后|内|里)[，,]?")
_ZH_NOT_SUBJECT = frozenset("的了会可能不使将对是也并而则与和导致被在")
#: the word a Chinese cue after its subject is said of ("Sirt1缺失", "蛋白的缺失")
_ZH_WORD_END = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9_.+-]*|[\u3400-\u9fff]{1,4})$")
_ZH_SUBJECT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]*|[\u3400-\u9fff]{1,4}")


@dataclass(frozen=True)
class Removal:
    """One subject removed or blocked, and where the words that say so stand."""

    start: int
    end: int
    subject: frozenset[str]  # concepts of what is removed
    words: str = ""  # the words that name it


#: share of what the claim's change is stated of that the source's change must be stated of
CHANGED_SHARE = 0.5
#: precision guards (evidence/guards.py) that compare the words of change as they stand
UNFRAMED_GUARDS = frozenset({"object_direction", "contrast", "conjunct"})
#: prefix of this module's keys in `Glossary.memo` (no text analysed there starts with it)
_MEMO = "\x00removals\x00"


def removals(text: str, glossary: Glossary) -> tuple[Removal, ...]:
    """Every loss-of-function statement of a text, bound to the subject it applies to."""
    key = (_MEMO + text, False)
    cached = glossary.memo.get(key)
    if isinstance(cached, tuple):
        return cached
    found: list[Removal] = []
    for m in _BEFORE_EN.finditer(text):
        head = text[max(0, m.start() - 40):m.start()]
        if _OUTCOME_BEFORE.search(head) and not _EXPERIMENT_BEFORE.search(head) or \
                _MECHANISM_BEFORE.search(head):
            continue
        if m.group().lower().startswith(("inhibiting", "blocking", "deleting", "depleting",
                                         "ablating", "silencing", "knocking")) and \
                not _sentence_start(text, m.start()):
            continue  # "… by inhibiting LKB1": what the subject does, not what was done to it
        words = _words_after(text, m.end(), glossary)
        _add(found, m.start(), m.end(), words, glossary)
    for pattern in (_AFTER_EN, _PASSIVE_EN):
        for m in pattern.finditer(text):
            if pattern is _AFTER_EN and re.match(r"\s+of\b", text[m.end():]):
                continue  # "muscle-specific deletion of Atg7": the subject follows
            _add(found, m.start(), m.end(), _words_before(text, m.start()), glossary)
    for m in _BEFORE_ZH.finditer(text):
        nxt = _ZH_SUBJECT.match(text, m.end())
        if nxt is None or nxt.group()[0] in _ZH_NOT_SUBJECT:
            continue  # "Sirt1缺失的小鼠", "…的缺失会导致": the subject stands before the cue
        if m.group().startswith(("抑制", "阻断", "拮抗")) and \
                not _sentence_start(text, m.start()):
            continue  # "X抑制Y": a verb of X, not what was done to Y
        _add(found, m.start(), m.end(), nxt.group(), glossary)
    for m in _AFTER_ZH.finditer(text):
        if re.match(r"了?[A-Za-z0-9]", text[m.end():]):
            continue  # "急性敲除KRAS": the subject follows
        # "Sirt1缺失", "蛋白的缺失", "辅助性T细胞17（Th17）的耗竭": the word before, past 的
        # and a bracketed abbreviation
        head = re.sub(r"的$", "", text[:m.start()])
        head = re.sub(r"[（(]([A-Za-z0-9][A-Za-z0-9_.+-]*)[)）]$", r" \1", head)
        before = _ZH_WORD_END.search(head)
        if before is None:
            continue
        word = before.group()
        lexicon = glossary.lexicon()
        if word.endswith("免疫") or any(lexicon.knows(word[i:] + m.group() + text[m.end():m.end() + k])
               for i in range(len(word)) for k in range(3)):
            continue  # 免疫缺陷 (immunodeficiency), 功能缺失 …: one word, no removal
        _add(found, m.start(), m.end(), word, glossary)
    result = tuple(found)
    glossary.memo[key] = result
    return result


#: gain of function, the opposite experiment: "overexpression of X", "mice overexpressing X",
#: "X-overexpressing", "X transgenic", 过表达X, X过表达
_GAIN_BEFORE_EN = re.compile(r"\b(?:over-?expression\s+of|over-?expressing|over-?expressed|"
                             r"transgenic|gain[- ]of[- ]function\s+(?:of|in))\s+(?:the\s+)?",
                             re.I)
_GAIN_AFTER_EN = re.compile(r"[\s-]+(?:over-?expression|over-?expressing|over-?expressed|"
                            r"transgenic|gain-of-function)\b", re.I)
_GAIN_BEFORE_ZH = re.compile(r"(?:过表达|过度表达)了?")
_GAIN_AFTER_ZH = re.compile(r"(?:基因)?(?:过表达|过度表达)")


def gains(text: str, glossary: Glossary) -> tuple[Removal, ...]:
    """Every gain-of-function statement of a text (overexpression, transgenic), bound to its
    subject as `removals` binds a removal."""
    found: list[Removal] = []
    for m in _GAIN_BEFORE_EN.finditer(text):
        _add(found, m.start(), m.end(), _words_after(text, m.end(), glossary), glossary)
    for m in _GAIN_AFTER_EN.finditer(text):
        _add(found, m.start(), m.end(), _words_before(text, m.start()), glossary)
    for m in _GAIN_BEFORE_ZH.finditer(text):
        nxt = _ZH_SUBJECT.match(text, m.end())
        if nxt is not None and nxt.group()[0] not in _ZH_NOT_SUBJECT:
            _add(found, m.start(), m.end(), nxt.group(), glossary)
    for m in _GAIN_AFTER_ZH.finditer(text):
        before = _ZH_WORD_END.search(re.sub(r"的$", "", text[:m.start()]))
        if before is not None:
            _add(found, m.start(), m.end(), before.group(), glossary)
    return tuple(found)


def opposite_experiment(claim_text: str, sentence: str, glossary: Glossary) -> str:
    """The subject one side removes and the other overexpresses ("mice lacking Sirt1" against
    "mice overexpressing SIRT1"), where the sentence does not remove it too: "" if none."""
    pairs = ((removals(claim_text, glossary), gains(sentence, glossary),
              removals(sentence, glossary)),
             (gains(claim_text, glossary), removals(sentence, glossary),
              gains(sentence, glossary)))
    for mine, opposed, same in pairs:
        for r in mine:
            if any(r.subject & o.subject for o in opposed) and \
                    not any(r.subject & o.subject for o in same):
                return r.words
    return ""


def _sentence_start(text: str, at: int) -> bool:
    """The word opens the sentence (after a reporting clause at most: "Here we show that",
    "研究发现，"). A verb opening a later clause has the sentence's subject ("…, inhibiting
    tumour progression"; Chinese leaves it unsaid: "二甲双胍激活AMPK，抑制肿瘤生长")."""
    head = _REPORTING.sub("", text[:at].strip())
    return head in ("", "通过", "经", "对", "在") or _SETTING_ZH.fullmatch(head) is not None


def _words_after(text: str, at: int, glossary: Glossary) -> str:
    """The subject after a cue: up to three words next to each other, ending before a
    function word, a verb or a word of change ("inhibition of FAK reduced …")."""
    out: list[str] = []
    pos = at
    for m in _SUBJECT_WORD.finditer(text, at, min(len(text), at + 80)):
        word = m.group()
        if text[pos:m.start()].strip(" ") or word.lower() in _FUNCTION_WORDS or \
                _VERB.fullmatch(word) or (out and word.lower().endswith("ed")):
            break
        if any(glossary.kind(c) in ("up", "down", "predicate")
               for c in analyze(word, glossary).key):
            break
        out.append(word)
        pos = m.end()
        if len(out) == 3:
            break
    return " ".join(out)


def _words_before(text: str, at: int) -> str:
    """The subject before a cue: the one word next to it ("Gpr124 conditional knockout")."""
    before = text[max(0, at - 80):at]
    before = re.sub(r"\s+(?:cells?|mice|mouse|rats?|neurons?|animals)$", "", before, flags=re.I)
    m = re.search(r"(?:([A-Za-z0-9][A-Za-z0-9_.+'αβγδκ-]*)\s+)?([A-Za-z0-9][A-Za-z0-9_.+'αβγδκ]*)$",
                  before)
    if m is None or m.group(2).lower() in _FUNCTION_WORDS or m.group(2).lower().endswith("ly"):
        return ""
    if m.group(1) and m.group(2).lower() in _HEADS and m.group(1).lower() not in _FUNCTION_WORDS:
        return f"{m.group(1)} {m.group(2)}"  # "ORX-1 receptor antagonists"
    return str(m.group(2))


def _add(found: list[Removal], start: int, end: int, words: str, glossary: Glossary) -> None:
    if not words:
        return
    terms = analyze(words, glossary)
    subject = frozenset(c for c in terms.key
                        if glossary.kind(c) not in ("generic", "up", "down", "design"))
    if subject:
        found.append(Removal(start, end, subject, words))


def framed_polarity(claim: Terms, claim_text: str, unit: Unit,
                    glossary: Glossary) -> tuple[Terms, Polarity]:
    """The claim's terms and the source's polarity where it speaks of the claim, read in one
    frame. Where both sides remove something they speak of one experiment: the words that
    remove it state no change, and the rest is compared as it stands. Where exactly one side
    removes a subject the other names, and both state a change of the same thing, the claim's
    direction is turned round. Otherwise both stand as they are."""
    polarity = polarity_at(claim, unit.terms, unit.clauses, glossary)
    mine = removals(claim_text, glossary)
    theirs = removals(unit.text, glossary)
    if not mine and not theirs:
        return claim, polarity
    framed = _without_cues(claim, mine, glossary)
    whole = _without_cues(unit.terms, theirs, glossary)
    clauses = tuple(_clause_without(c, unit.terms, theirs, glossary) for c in unit.clauses)
    turned = polarity_at(framed, whole, clauses, glossary)
    scope = next((c.span for c in clauses if c.concepts is turned.concepts), None)
    stated = [r for r in theirs if scope is None or scope[0] <= r.start < scope[1]]
    if mine and stated:
        if framed.direction and (same_direction(framed, turned, glossary)
                                 or reversed_direction(framed, turned, glossary)):
            return framed, turned
        return claim, polarity
    if not _frames_differ(framed, mine, unit.terms, stated, glossary):
        return claim, polarity
    if _same_change_of(claim, unit.terms, glossary):
        return dataclasses.replace(framed, direction=-framed.direction), turned
    # the change cannot be turned round: compared as the sentences stand (letting no change
    # of the sentence decide was measured on SciFact train and lost more than it saved)
    return claim, polarity


def reframed(claim: Terms, claim_text: str, unit: Unit, glossary: Glossary) -> bool:
    """The claim and the sentence were compared in one frame other than as they stand: a
    check that reads their words of change as they stand (`UNFRAMED_GUARDS`) must not decide."""
    framed, _ = framed_polarity(claim, claim_text, unit, glossary)
    return framed is not claim


def frame_note(claim: Terms, claim_text: str, unit: Unit, glossary: Glossary) -> str:
    """What the rationale says of a comparison made in a turned frame ("" if none was)."""
    if not reframed(claim, claim_text, unit, glossary):
        return ""
    mine = removals(claim_text, glossary)
    theirs = removals(unit.text, glossary)
    if mine and theirs:
        return ("Both remove something (" + _cues(claim_text, mine) + "; " +
                _cues(unit.text, theirs) + "): compared without the words that remove it.")
    text, cues = (claim_text, mine) if mine else (unit.text, theirs)
    side = "The claim" if mine else "The sentence"
    return (f"{side} removes what the other names ({_cues(text, cues)}): its change is read "
            "the other way round.")


def _cues(text: str, cues: tuple[Removal, ...]) -> str:
    return ", ".join(f"{r.words} (\u201c{text[r.start:r.end].strip()}\u201d)" for r in cues[:2])


def _same_change_of(claim: Terms, source: Terms, glossary: Glossary) -> bool:
    """Both state a change of one same thing: a word the claim's change is stated of is one
    the source's change is stated of too ("… have less inflammation" for "… promotes
    inflammation"), not only a word of the sentence's other findings."""
    mine = changed_content(claim, glossary)
    return bool(mine) and len(mine & source.changed) >= CHANGED_SHARE * len(mine)


def _frames_differ(claim: Terms, mine: tuple[Removal, ...], source: Terms,
                   theirs: list[Removal], glossary: Glossary) -> bool:
    """Exactly one side removes something, and the other names what it removes. Where both
    remove something they speak of one experiment, however they name it ("ACE inhibitors",
    "angiotensin converting enzyme inhibitors")."""
    if bool(mine) == bool(theirs):
        return False
    return any(_named(r.subject, source if mine else claim, glossary) for r in mine or theirs)


def _named(subject: frozenset[str], other: Terms, glossary: Glossary) -> bool:
    """The other text names most of what is removed ("focal adhesion formation" is not named
    by "scar formation")."""
    found = sum(1 for c in subject if has_term(c, other, glossary))
    return found > 0 and 2 * found >= len(subject)


def _cue_marks(terms: Terms, cues: tuple[Removal, ...]) -> set[int]:
    """Direction words that are the cue of a removal followed by a change of something else
    ("inhibition of FAK reduced scarring"); a removal alone ("inhibition of transcription
    occurs at …") is the change the text states."""
    moves = [at for at, mark in terms.marks if mark in ("up", "down")]
    out: set[int] = set()
    for r in cues:
        inside = [at for at in moves if r.start <= at < r.end]
        if inside and any(at >= r.end and not any(c.start <= at < c.end for c in cues)
                          for at in moves):
            out.update(inside)
    return out


def _cue_concepts(terms: Terms, removed: set[int], glossary: Glossary) -> frozenset[str]:
    """Direction concepts no longer stated once their cue words are set aside."""
    left = {mark for at, mark in terms.marks if at not in removed}
    kinds = {mark for at, mark in terms.marks if at in removed} - left
    return frozenset(c for c in terms.all if glossary.kind(c) in kinds)


def _direction(marks: list[str]) -> int:
    up, down = "up" in marks, "down" in marks
    return 0 if up == down else (1 if up else -1)


def _without_cues(terms: Terms, cues: tuple[Removal, ...], glossary: Glossary) -> Terms:
    removed = _cue_marks(terms, cues)
    if not removed:
        return terms
    gone = _cue_concepts(terms, removed, glossary)
    marks = tuple(m for m in terms.marks if m[0] not in removed)
    return dataclasses.replace(terms, key=terms.key - gone, all=terms.all - gone, marks=marks,
                               direction=_direction([m for _, m in marks]))


def _clause_without(clause: Clause, terms: Terms, cues: tuple[Removal, ...],
                    glossary: Glossary) -> Clause:
    removed = {at for at in _cue_marks(terms, cues) if clause.span[0] <= at < clause.span[1]}
    if not removed:
        return clause
    own = [(at, mark) for at, mark in terms.marks
           if clause.span[0] <= at < clause.span[1] and at not in removed]
    moves = [mark for _, mark in own if mark in ("up", "down")]
    kinds = {mark for at, mark in terms.marks if at in removed} - set(moves)
    concepts = frozenset(c for c in clause.concepts if glossary.kind(c) not in kinds)
    return dataclasses.replace(clause, concepts=concepts, direction=_direction(moves),
                               moves=bool(moves))
