"""Key terms of a text as glossary concepts, with negation and direction.

Chinese runs are matched against the glossary by longest match first and the rest is
segmented with jieba; Latin tokens (MSC, SLE, BILAG, COVID-19) and English words go through
the same stem-based glossary lookup. A word the glossary does not know stays a term of its
own: ``~stem`` for English, ``zh:词`` for Chinese (which an English source can never match).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck.evidence.drugclass import CLASSES, implied
from claimcheck.evidence.glossary import Glossary, reads_as_noun
from claimcheck.evidence.lexicon import DRUG_SUFFIX_ORDER, Lexicon
from claimcheck.evidence.text import has_cjk, stem, words

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


@dataclass(frozen=True)
class Terms:
    """What a piece of text talks about."""

    key: frozenset[str]  # maximal concepts: what a claim must find
    all: frozenset[str]  # every concept, sub-phrases included: what a source offers
    stems: frozenset[str]  # English stems present (sources: for phrase containment)
    negated: bool = False
    direction: int = 0  # +1 up, -1 down, 0 none or both
    surface: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: where negation cues, antonyms and direction words stand:
    #: (offset, "neg" | "anti" | "up" | "down"); a clause is negated by a cue or an antonym,
    #: not by both ("not unsafe")
    marks: tuple[tuple[int, str], ...] = field(default=(), hash=False, compare=False)
    #: key concepts after the first direction word: what the change is stated of
    #: ("X reduced the rates of A and B" → A, B)
    changed: frozenset[str] = field(default=frozenset(), hash=False, compare=False)
    #: Chinese concepts written right after a one-character negation prefix (未分化, 无保护),
    #: and those of them whose prefix was read as the clause's negation (not a description)
    prefixed: frozenset[str] = field(default=frozenset(), hash=False, compare=False)
    prefix_negates: frozenset[str] = field(default=frozenset(), hash=False, compare=False)


_POPULATION_ZH = ("患者|病人|成年人|成人|人群|受试者|参与者|儿童|婴儿|新生儿|孕妇|妇女|女性|男性|"
                  "老年人|个体|猴子|小鼠|大鼠|动物|人|者")
#: "没有糖尿病的超重或肥胖成年人": a negation inside an attributive phrase before a population
_DESCRIPTIVE_ZH = re.compile(rf"[^，,。；;：:]{{0,12}}?的[^，,。；;：:]{{0,10}}?(?:{_POPULATION_ZH})")
#: "没有偏头痛者", "未用药婴儿": the cue and its object name people directly (not "没有患者死亡"
#: or "没有一名患者…", where the negation denies that any did)
_DESCRIPTIVE_ZH_DIRECT = re.compile(
    rf"(?![一任哪])(?:(?!改善|降低|增加|减少|提高|影响|导致|升高|下降|缓解|加重|使|让)"
    rf"[^，,。；;：:的\d]){{1,8}}?(?:{_POPULATION_ZH})(?=的|相比|比|中|组|[，,])")
#: "非携带者", "非吸烟者", "非糖尿病患者": 非 as the prefix "non-" of a group's name, no denial
_NON_GROUP_ZH = re.compile(rf"[^，,。；;：:的\d]{{0,8}}?(?:{_POPULATION_ZH})")
#: "与同样数量的未手术患者匹配", "和未用药者相比": the cue stands inside the phrase that names
#: the group compared or matched with, not in a denial
_IN_COMPARATOR_ZH = re.compile(r"(?:与|和|同)[^，,。；;：:与和同]{0,20}$")
_COMPARATOR_ZH_AFTER = re.compile(r"[^，,。；;：:]{0,24}?(?:相比|比较|对比|匹配|配对|对照)")
#: "比没有ART时低35%", "比未治疗组高": the cue stands inside the 比 phrase of a comparative,
#: which names the group compared with (session 15); not 比例, 比值, 比率, 风险比, 比如
_IN_THAN_ZH = re.compile(r"(?<![相对优几])比(?![例值率重如较为是\d])[^，,。；;：:比]{0,12}$")
_THAN_ZH_AFTER = re.compile(r"[^，,。；;：:比]{0,16}?(?:时|者|组|的)?(?:更|还|要)?"
                            r"(?:高|低|多|少|大|小|长|短|快|慢|好|差|强|弱)")
#: measure nouns: what a rate or level is of is what changes, not the rate ("抑郁症的发生率":
#: the change is of depression)
MEASURE_NOUNS = frozenset({"incidence", "risk", "prevalence", "mortality rate", "level", "score",
                           "rate", "proportion", "concentration", "frequency",
                           "number of patients"})
_POPULATION_EN = (r"patients|adults|people|participants|women|men|children|persons|subjects|"
                  r"individuals|those|volunteers|smokers|infants|mice|rats|babies|newborns|"
                  r"neonates|girls|boys|mothers|parents|students|workers|residents|users|macaques|monkeys|"
                  r"drinkers|nurses|physicians|doctors|survivors|carriers|recipients|animals")
_DESCRIPTIVE_EN_BEFORE = re.compile(
    rf"\b(?:{_POPULATION_EN})\s+(?:(?:who|that)\s+(?:had|have|has|did|do|does|were|was|are)"
    rf"\s*|with\s*)?$", re.I)
#: "greater than 40%", "smaller than two centimetres": a bound of a figure, no change
_BOUND_BEFORE_FIGURE = re.compile(
    r"(?:greater|smaller)\s+than\s+(?:(?:about|around|approximately|half|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twice|[0-9][0-9.,]*)\b|[0-9])", re.I)
#: a comparative bounding a threshold rather than stating a change (session 18): "身高低于第三
#: 百分位", "高于正常上限", "低于诊断阈值", "below/above the 3rd percentile" is who was counted
_BOUND_BEFORE_THRESHOLD = re.compile(
    r"(?:低于|高于|超过|不足|小于|大于|(?:(?:higher|lower|greater|less)\s+than)\s+)"
    r"(?:第[\d一二三四五六七八九十]{1,4}(?:个)?百分位|the\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:percentile|centile)|(?:the\s+)?(?:first|third|fifth|tenth)\s+(?:percentile|centile)|"
    r"正常(?:值|范围|水平|上限|下限)|参考(?:值|范围|上限|下限)|(?:诊断)?(?:阈值|临界值|切点|界值))",
    re.I)
#: "less" / "fewer" that is no smaller amount: a bound or a comparison with another group
#: ("less than 5%", "less than in PIH women"), a graded adjective or adverb ("less severe",
#: "less often"; "less likely" is read before this, as a change of odds)
_LESS_NO_AMOUNT = re.compile(
    r"(?:less|fewer)\s+(?:than\b|\w+(?:ly|ive|ful|ous|ble|ent|ant|ed|ish|ile)\b|"
    r"(?:severe|likely|common|often|frequent|safe|sure|clear|good|well|bad|stable|prone|"
    r"sensitive|aware|active|mature|dense|toxic|potent|healthy|easy|hard|high|low|long|short|"
    r"much|so|and|or|is|was|are|were)\b)", re.I)
#: "mice that lacked Atg7", "cells which lack p53": the subjects of an experiment, described
_LACKED_BY = re.compile(rf"\b(?:{_POPULATION_EN}|cells|strains|lines|embryos|tissues?)\s+"
                        r"(?:who|that|which)\s+$", re.I)
#: "patients who never took …": who they were, unless the clause is what is counted ("the
#: percentage of participants who abstained")
_DESCRIPTIVE_EN_WHO = re.compile(rf"\b(?:{_POPULATION_EN})\s+who\s+$", re.I)
_COUNTED_WHO = re.compile(r"\b(?:percentage|proportion|number|rate|share|fraction)s?\s+of\s+"
                          rf"(?:\w+\s+){{0,2}}(?:{_POPULATION_EN})\s+who\s+$", re.I)


#: "71,243 women aged 40 to 70 years enrolled during 1996-2000 who never smoked": a relative
#: clause on the people counted, with no finite verb of the sentence between them and it (not
#: "the percentage of participants who abstained", where the clause is what is measured); the
#: number may already be blanked out (`analysis` blanks figures before reading terms)
_AUX = r"(?:was|were|is|are|had|has|have|did|do|does)"  # finite auxiliaries
#: "by not voicing", "the risk of not treating": a negated gerund after a preposition names
#: a lack, the object of the preposition, not a denial of the sentence (session 13)
_GERUND_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|for|from|with|about|through)\s+$", re.I)
_NOT_GERUND = re.compile(r"(?:not|never)\s+[a-z]{2,}ing\b", re.I)
_RELATIVE_EN_BEFORE = re.compile(
    rf"(?:\d[\d,]*\s+|\s{{2,}})(?:[A-Za-z-]+\s+){{0,2}}(?:{_POPULATION_EN})\b"
    rf"(?:(?!\b(?:{_AUX}|showed)\b)[^.;:])*?\b(?:who|that)\s+(?:{_AUX}\s+)?$", re.I)

_COMPARATOR_BEFORE = re.compile(r"(?:\bvs\.?|\bversus|\bcompared (?:with|to)|\bthan|与|和|相比)\s*$",
                                re.I)
#: inside a comparison phrase that runs to the cue with no clause break: "compared with when
#: antidepressants were not being used", "than in patients who did not receive it"
_IN_COMPARATOR = re.compile(
    r"(?:\bversus|\bcompared (?:with|to)|\bthan|\brelative to)\b(?:"
    # no finite verb before the cue ("… than placebo-free patients not …"), or one inside a
    # clause of the comparison group's own ("… when antidepressants were not …"); not the
    # sentence's verb ("… compared with normal reserve were not associated …")
    rf"(?:(?!\b{_AUX}\b)[^,;.:()])*"
    r"|[^,;.:()]*?\b(?:when|who|that|where|whom|which|if)\b[^,;.:()]*"
    # the counterfactual: "than it would have been without screening", "than would be
    # expected in the absence of ART" (session 15)
    r"|\s+(?:(?:it|they|there|that|those|what)\s+)?(?:would|might|could)(?:\s+otherwise)?"
    r"\s+(?:have\s+been|be|have)\b[^,;.:()]*)$", re.I)
_CATEGORY_BEFORE = re.compile(r"(?:[(（\[,，、/]|\bor|\band)\s*$")


def _category_item(text: str, at: int) -> bool:
    """The cue is an item of a bracketed list of categories: "(never, former, current)"."""
    if not _CATEGORY_BEFORE.search(text[max(0, at - 5):at]):
        return False
    open_at = max(text.rfind("(", 0, at), text.rfind("（", 0, at), text.rfind("[", 0, at))
    if open_at == -1 or any(ch in text[open_at:at] for ch in ")）]"):
        return False
    close = min((i for i in (text.find(")", at), text.find("）", at), text.find("]", at))
                 if i != -1), default=-1)
    return close != -1 and any(sep in text[open_at:close] for sep in ",，、/")


#: "adults … with chronic kidney disease and no history of gout": one more trait of a population
_DESCRIPTIVE_EN_LIST = re.compile(
    rf"\b(?:{_POPULATION_EN})\b[^.;:]{{0,100}}?(?:\bwith\b[^.;:]{{1,80}}?(?:\band|\bor|,)|"
    rf",\s*(?:who|that)\s+(?:had|have|has|did|do|does|were|was))\s*$", re.I)


#: 不等 "varying, unequal" (jieba cuts it 不 + 等), not 不等于 / 不等同 "is not the same as"
#: nor 不等式 "inequality"
_VARIES_ZH = re.compile(r"不等(?![于同式])")

_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do|been|be|could|would|"
                          r"can|may|will|showed|occurred|reduced|increased|improved)\b", re.I)


#: one-character negation cues that Chinese also writes as a term's prefix ("un-", "non-")
_NEGATION_PREFIXES_ZH = frozenset("未非无不")
#: a bare comparative after a 比 phrase, with what may close it (高出, 低了): "比对照组高出44%"
_THAN_WORD_ZH = re.compile(r"(?:更|还|要|略|稍)?([高低多少长短])(?:出|了)?")
#: what follows a comparative that states an amount or ends the clause (not 高血压, 多项)
_AFTER_THAN_WORD = re.compile(r"(?:[\d０-９一二两三四五六七八九十几百约近达逾超]|[，,。；;：:\[]|$|得多|的?幅度|"
                              r" )")  # a figure blanked out (`analysis._without`)
_THAN_BEFORE_ZH = re.compile(r"(?<![相对优几])比(?![例值率重如较为是\d])[^，,。；;：:比]{1,16}$")


def than_comparative(token: str, text: str, at: int) -> int | None:
    """Where the bare comparative of a Chinese 比 phrase begins in a token ("时低" → 1, "高出"
    → 0), if the token closes one: "A比B高/低/多/少/长/短 + a figure or the clause's end", the
    claim's direction of change (session 15). None if the token is no such comparative."""
    for cut in range(len(token)):
        m = _THAN_WORD_ZH.fullmatch(token, cut)
        if m is None:
            continue
        if cut and token[cut - 1] not in _CLOSING:
            return None  # 最高, 偏低, 提高: a word of its own
        end = at + len(token)
        if _THAN_BEFORE_ZH.search(text[max(0, at + cut - 17):at + cut]) and \
                _AFTER_THAN_WORD.match(text, end):
            return cut
        return None
    return None


def descriptive_negation(text: str, at: int) -> bool:
    """A negation cue that describes who was studied rather than denying the statement:
    "patients without diabetes", "adults who did not have diabetes", "没有糖尿病的成年人"."""
    cue = re.match(r"[A-Za-z']+|[\u3400-\u9fff]{1,2}", text[at:])
    if cue is None:
        return False
    if re.match(r"[\u3400-\u9fff]", cue.group()):
        if _VARIES_ZH.match(text, at):
            return True  # "从哥伦比亚的33%到尼日利亚的81%不等", "大小不等": the values vary,
            # nothing is denied (but "不等于" does not equal)
        if text.startswith("非", at) and _NON_GROUP_ZH.match(text, at + 1):
            return True  # "非携带者为6.01%": the non-carriers' figure, nothing is denied
        after = at + len(cue.group())
        return (_DESCRIPTIVE_ZH.match(text, after) is not None
                or _DESCRIPTIVE_ZH_DIRECT.match(text, after) is not None
                or _IN_COMPARATOR_ZH.search(text[max(0, at - 30):at]) is not None
                and _COMPARATOR_ZH_AFTER.match(text, after) is not None
                or _IN_THAN_ZH.search(text[max(0, at - 13):at]) is not None
                and _THAN_ZH_AFTER.match(text, after) is not None)
    if _COMPARATOR_BEFORE.search(text[max(0, at - 20):at]):
        return True  # "(vs no high biomarkers)": the comparison group, not a denial
    if _IN_COMPARATOR.search(text[max(0, at - 80):at]):
        return True  # "… compared with when antidepressants were not being used"
    if _category_item(text, at):
        return True  # "(never, former, some days, daily)": a category of a list, not a denial
    if re.match(r"(?:lack|absence|loss)\s+of\b", text[at:], re.I):
        return True  # "Lack of FGF21 leads to …": the deficiency is the subject, not a denial
    if _GERUND_AFTER_PREPOSITION.search(text[max(0, at - 12):at]) and \
            _NOT_GERUND.match(text, at):
        return True  # "by not voicing their expectations": a lack named as a noun, as "lack
        # of voicing" is (session 13)
    if _LACKED_BY.search(text[max(0, at - 40):at]) and re.match(r"lack", text[at:], re.I):
        return True  # "mice that lacked Atg7": what the animals were, not a denial
    if _DESCRIPTIVE_EN_BEFORE.search(text[max(0, at - 40):at]) is not None:
        return True
    if _DESCRIPTIVE_EN_WHO.search(text[max(0, at - 40):at]) is not None and \
            _COUNTED_WHO.search(text[max(0, at - 80):at]) is None:
        return True
    if _RELATIVE_EN_BEFORE.search(text[max(0, at - 160):at]) is not None:
        return True  # "71,243 women aged 40 to 70 years … who never smoked": who they were
    # one more trait in a list ("… with CKD and no history of gout"), not a clause of its own
    # ("… with metformin, and no benefit was seen")
    rest = re.match(r"[^.;:,]*", text[at:])
    return _DESCRIPTIVE_EN_LIST.search(text[max(0, at - 120):at]) is not None and (
        rest is None or _FINITE_VERB.search(rest.group()) is None)


#: nouns of how much of an exposure a person had: "higher intake", "greater consumption"
_LEVEL_NOUNS = frozenset({
    "intake", "intakes", "consumption", "level", "levels", "concentration", "concentrations",
    "exposure", "exposures", "use", "adherence", "amount", "amounts", "dose", "doses",
    "frequency", "number", "score", "scores", "activity", "expression"})
#: words that relate an exposure to an outcome in an observational finding
_RELATION_WORDS = frozenset({
    "associated", "association", "linked", "related", "correlated", "correlation",
    "predicted", "predicts", "predictive", "predictor"})
_LEVEL_WINDOW = 3  # tokens between the direction word and its level noun
_RELATION_WINDOW = 12  # tokens between the level noun and the relation word


def _exposure_level(tokens: list[tuple[str, int, int]], after: int, glossary: Glossary,
                    concept: str) -> bool:
    """A direction word that grades an exposure, in "Higher intake of whole grains was
    associated with a lower risk of …": it says how much was taken, not what changed. The
    direction of the finding is the other word ("lower")."""
    if glossary.kind(concept) not in ("up", "down"):
        return False
    ahead = [t[0].lower() for t in tokens[after : after + _LEVEL_WINDOW + _RELATION_WINDOW]]
    for j, word in enumerate(ahead[:_LEVEL_WINDOW]):
        if word in _LEVEL_NOUNS:
            return any(w in _RELATION_WORDS for w in ahead[j + 1 : j + 1 + _RELATION_WINDOW])
    return False


_OUTCOME_NOUNS = frozenset({"outcome", "outcomes", "endpoint", "endpoints", "point", "points",
                            "composite", "events", "event"})


def _names_outcome(tokens: list[tuple[str, int, int]], at: int, glossary: Glossary,
                   concept: str) -> bool:
    """A change word that names an event counted as an outcome: "the primary outcome of
    worsening heart failure or cardiovascular death" (an event, not a change stated)."""
    if glossary.kind(concept) not in ("up", "down") or at < 2:
        return False
    before = [t[0].lower() for t in tokens[max(0, at - 2):at]]
    if before[-1] == "of" and before[0] in _OUTCOME_NOUNS:
        return True  # "the outcome of worsening …"
    # a later item of that list: "… of kidney failure, worsening kidney function or …"
    return (before[-1] in ("or", "and") or tokens[at][0].lower().endswith("ing")) and \
        _outcome_list(tokens, at)


def _superlative(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """"the most common", "most strongly", "most effective": "most" grades the word after it;
    "most patients" and "most of them" count a share."""
    before = tokens[at - 1][0].lower() if at else ""
    after = tokens[at + 1][0].lower() if at + 1 < len(tokens) else ""
    return before == "the" or after.endswith("ly") or after.endswith(_ADJECTIVE_ENDINGS) \
        or after in _SUPERLATIVE_HEADS


_ADJECTIVE_ENDINGS = ("ive", "ent", "ant", "ous", "ful", "able", "ible", "ic", "al")
_SUPERLATIVE_HEADS = frozenset({"common", "likely", "frequent", "severe", "strong", "marked",
                                "pronounced", "robust", "popular", "affected", "advanced",
                                "widely", "often"})


#: body parts and tracts "lower" locates rather than lowers (session 14)
_LOWER_PARTS = frozenset({
    "respiratory", "limb", "limbs", "back", "leg", "legs", "extremity", "extremities",
    "urinary", "gastrointestinal", "gi", "abdomen", "abdominal", "jaw", "lip", "eyelid",
    "lobe", "lobes", "airway", "airways", "esophageal", "oesophageal", "esophagus",
    "oesophagus", "uterine", "quadrant", "tract", "torso", "spine", "lumbar", "motor"})


def _part_of_body(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """ "lower" before a body part or tract ("lower respiratory infections", "lower limb
    amputation"): a place in the body, no decrease."""
    return tokens[i][0].lower() == "lower" and i + 1 < len(tokens) and \
        tokens[i + 1][0].lower() in _LOWER_PARTS


def _outcome_list(tokens: list[tuple[str, int, int]], at: int) -> bool:
    return any(tokens[j][0].lower() in _OUTCOME_NOUNS and tokens[j + 1][0].lower() == "of"
               for j in range(max(0, at - 12), at - 1))


#: "produced more TMAO than", "fewer events than": a comparison that states a direction;
#: "more than 300" (a figure follows) is a bound, not a direction. "More" without "than" is
#: left alone (it often grades an exposure: "lower X … more likely to develop Y"); "less" and
#: "fewer" before a noun state a smaller amount with or without it (session 12)
_COMPARATIVES = {"more": "increase", "less": "decrease", "fewer": "decrease"}
#: verbs that say "is more than" (session 11); before a figure they bound it
_EXCEEDS = frozenset({"exceed", "exceeds", "exceeded", "outnumber", "outnumbers",
                      "outnumbered"})
_COMPARATIVES.update(dict.fromkeys(_EXCEEDS, "increase"))


def _comparative(text: str, tokens: list[tuple[str, int, int]], i: int,
                 changed_before: bool = False) -> str | None:
    concept = _COMPARATIVES.get(tokens[i][0].lower())
    if concept is None or i + 1 >= len(tokens) or _FIGURE_NEXT.match(text, tokens[i][2]):
        return None
    if tokens[i][0].lower() in _EXCEEDS:  # "far exceeds the number of untreated cases";
        # "exceeded 10 mg" bounds a figure (blanked by the analysis: a run of spaces)
        return None if text.startswith("  ", tokens[i][2]) else concept
    if tokens[i + 1][0].lower() == "likely" and not changed_before:
        # "more likely to fall", "less likely to be readmitted": a change of odds, the one
        # change the sentence states (after "lower birth weight" it is the outcome's, and the
        # sentence states two)
        return concept
    if concept == "increase" and _after_loss(tokens, i):
        # "lost 2.35 kg more body weight than …": a larger loss, a decrease (session 13)
        return "decrease"
    if concept == "decrease":
        # "fewer falls", "less browning": an amount stated smaller (session 12); not a graded
        # adjective or adverb ("less severe (than)", "less often"), nor "less than in X"
        return None if _LESS_NO_AMOUNT.match(text, tokens[i][1]) else concept
    following = tokens[i + 1 : i + 11]
    than = next((t for t in following if t[0].lower() == "than"), None)
    if than is None or than is following[0] or _FIGURE_NEXT.match(text, than[2]):
        return None
    return concept


_OR_BOUND_AFTER = re.compile(r"\s*(?:[^\w\s]|$|(?:regardless|irrespective)\b)")


#: verbs of a loss, whose "more … than" is a larger loss ("lost 2.35 kg more weight than")
_LOSS_VERBS = frozenset({"lost", "lose", "loses", "losing", "shed", "sheds"})


def _after_loss(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Does a verb of loss stand among the three words before the comparative ("lost more",
    "lost 2.35 kg more"; a figure is blanked there)?"""
    return any(t[0].lower() in _LOSS_VERBS for t in tokens[max(0, i - 3):i])


def _bounds_a_threshold(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """A comparative that bounds a threshold rather than stating a change: "or higher" /
    "or lower" closing a phrase ("a count of 500/µL or higher (LR 15)", "stage 2 or higher,
    regardless of treatment"), and "higher than or equal to" (session 11)."""
    before = tokens[i - 1][0].lower() if i else ""
    if before == "or" and _OR_BOUND_AFTER.match(text, tokens[i][2]):
        return True
    ahead = [t[0].lower() for t in tokens[i + 1 : i + 4]]
    return ahead == ["than", "or", "equal"]


def _after_likely_to(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The verb after "likely to (be)": what is likely, not a change ("more likely to fall")."""
    before = [t[0].lower() for t in tokens[max(0, i - 3):i]]
    return before[-2:] == ["likely", "to"] or before[-3:] == ["likely", "to", "be"]


_FIGURE_NEXT = re.compile(r"\s*[\d.]")
#: a substance's level in the blood as one word: hyper-/hypo- + substance + -aemia/-emia
#: (hyperglycaemia, hypercholesterolemia, hyperuricaemia), and a disordered or normal level
#: with dys-/normo- (dysglycaemia, dyslipidaemia, normoglycaemia: session 10); the substance is a word of four
#: letters or more (glyc-, cholesterol-, lipid-, uric-); a disease in -aemia without the
#: prefix (leukaemia, ischaemia) names no substance
_IN_BLOOD = re.compile(r"(?P<prefix>hyper|hypo|dys|normo)(?P<root>[a-z]{4,}?)a?emi(?:a|c)$",
                       re.I)

#: light verbs: no content of their own ("the gains came early", "brought improvements",
#: "play a role"). They are read as the glossary's generic verb of occurrence, so that any of
#: them in a source carries any of them in a claim ("came early", "occurred early") and a
#: claim's light verb the source lacks costs half a term, as other common words do
_LIGHT_VERBS = frozenset({
    "come", "comes", "came", "coming", "bring", "brings", "brought", "bringing",
    "go", "goes", "went", "gone", "going", "get", "gets", "got", "gotten", "getting",
    "give", "gives", "gave", "given", "giving", "put", "puts", "putting",
    "seem", "seems", "seemed", "appear", "appears", "appeared", "tend", "tends", "tended",
    "become", "becomes", "became", "becoming", "play", "plays", "played", "playing",
    "represent", "represents", "represented", "see", "sees", "saw", "seen",
    "carry", "carries", "carried", "carrying"})  # "carried the highest risk" (session 11)
_LIGHT_CONCEPT = "occur"
#: words that state nothing a claim must find: the hedge of "no known association"; who
#: looked ("the team looked at a million patients"); a figure's hedge, read with the figure
#: ("roughly halved", "somewhere between 130 and 180"); "had already adopted" (session 11;
#: English words only: as stop words they would also leave the Chinese lexicon's glosses)
_EMPTY_EN = frozenset({"known", "look", "looks", "looked", "looking", "team", "teams",
                       "roughly", "nearly", "almost", "somewhere", "already"})
#: the second part of a compound modifier that only ties it to the first:
#: "treatment-related adverse events" names a kind of event, it states no association
_LINKERS = frozenset({"related", "associated", "linked", "based"})


def _light(tokens: list[tuple[str, int, int]], i: int, text: str) -> str:
    """What a one-word match is if it states no content: "verb" (a light verb), "empty"
    (a hedge, or the linking half of a hyphenated modifier: "treatment-related"), or ""."""
    word, start, _ = tokens[i]
    lowered = word.lower()
    if lowered in _LIGHT_VERBS:
        return "verb"
    if lowered == "contrast" and i > 0 and tokens[i - 1][0].lower() in ("by", "in"):
        return "empty"  # "by contrast", "in contrast": a connective (session 11)
    if lowered in _EMPTY_EN or (lowered in _LINKERS and i > 0 and start > 0
                                and text[start - 1] == "-" and tokens[i - 1][2] == start - 1):
        return "empty"
    return ""


#: quantifiers the stemmer joins to a concept's word ("several" and "severe" both stem to
#: "sever"): they count, and name nothing (session 11)
_QUANTIFIERS = frozenset({"several"})


def _adverb_of_another_word(word: str, stemmed: str, glossary: Glossary) -> bool:
    """An adverb in -ly ("clearly", "highly", "largely") read through its stem as a concept
    whose forms hold no such adverb: the stemmer joined it to another word ("cleared")."""
    return (len(word) > 5 and word.endswith("ly") and word not in glossary.ly_forms
            and stem(word[:-2]) == stemmed)


@lru_cache(maxsize=1)
def _jieba_cut() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.lcut


def _segment(text: str) -> list[str]:
    cut = _jieba_cut()
    return list(cut(text))  # type: ignore[operator]


_MAX_MERGED = 6  # characters
_MAX_WORD = 6  # the longest dictionary word read around a glossary term


def _shift_boundaries(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Move one character across a boundary jieba drew inside a dictionary word: 抗抑郁 + 药可
    → 抗抑郁药 (antidepressant) + 可, where the token it leaves was no word at all."""
    out = list(tokens)
    for j in range(1, len(out)):
        prev, token = out[j - 1], out[j]
        if len(token) < 2 or lexicon.knows(token) or not _CJK_RUN.fullmatch(prev + token):
            continue
        if lexicon.glosses(prev + token[0]):
            out[j - 1], out[j] = prev + token[0], token[1:]
    return [t for t in out if t]


def _jieba_word(token: str) -> bool:
    """Is the token in jieba's dictionary, not a guess of its hidden Markov model?"""
    import jieba

    jieba.dt.check_initialized()  # the frequencies are loaded with the dictionary
    return jieba.get_FREQ(token) is not None


#: characters that close the word or figure before them: suffixes (手术组, 获得性), measure
#: words (2318名, 三例) and localizers (患者中, 三年内, 用药后)
_CLOSING = frozenset("组者率期量后性于中内间时名人例位只个次项周月年天日")


def _split_guesses(tokens: list[str], glossary: Glossary, lexicon: Lexicon,
                   before: str = "") -> list[str]:
    """Cut a token no dictionary reads where jieba glued a closing character (`_CLOSING`) of
    what precedes to the next word: 名 + 胎龄 (2318名胎龄), 性 + 肺炎 (获得性肺炎: 获得性 is a
    word), and the guesses of jieba's model that a function character ends, 组 + 有 (手术组有),
    中 + 约 (患者中约有). A token whose rest is no word alone, or whose first part is one as
    well, is kept (胃出血, 活动量), and so is a word of jieba's dictionary unless what precedes
    takes its first character (组蛋白, histone)."""
    out: list[str] = []
    prev = before
    for token in tokens:
        out.extend(_split_guess(token, prev, glossary, lexicon))
        prev = token
    return out


def _split_guess(token: str, prev: str, glossary: Glossary, lexicon: Lexicon) -> list[str]:
    if _measure_of_figure(token, prev, glossary, lexicon):
        return [token[0], token[1:]]
    if (len(token) < 2 or token[0] not in _CLOSING or not _CJK_RUN.fullmatch(token)
            or token in glossary.zh_index or token in glossary.stop_zh
            or lexicon.read(token) is not None):
        return [token]
    if len(token) == 2:
        second = token[1]
        if not _jieba_word(token) and (second in glossary.stop_zh or second in _CLOSING):
            return list(token)
        return [token]
    rest, first = token[1:], token[:-1]
    if not _word(rest, glossary, lexicon) or _word(first, glossary, lexicon):
        return [token]
    taken = any(lexicon.knows(prev[-n:] + token[0]) for n in range(1, min(len(prev), 3) + 1))
    if _jieba_word(token) and not taken:
        return [token]
    return [token[0], rest]


#: measure words a figure takes (775人, 14只, 900例, 21周) and what ends a figure
_MEASURE = frozenset("名人例只位个项次周天年月日岁家")
_FIGURE_END = frozenset("0123456789%％一二三四五六七八九十百千万两")


def _measure_of_figure(token: str, prev: str, glossary: Glossary, lexicon: Lexicon) -> bool:
    """The token opens with the measure word of the figure just before it, glued to what
    follows: 775 + 人死于, 14 + 只食 (蟹猴), 4620 + 人中 (read as "philtrum"), 14 + 天后. A
    word the measure word begins is kept (一 + 年龄段, 百万 + 名单: 单 opens no closing)."""
    if (len(token) < 2 or not prev or prev[-1] not in _FIGURE_END
            or token[0] not in _MEASURE or not _CJK_RUN.fullmatch(token)
            or token in glossary.zh_index):
        return False
    if lexicon.read(token) is None:
        return True
    rest = token[1:]
    return rest in glossary.stop_zh or (len(rest) == 1 and rest in _CLOSING)


def _word(text: str, glossary: Glossary, lexicon: Lexicon) -> bool:
    return text in glossary.zh_index or lexicon.knows(text)


def _known_words(tokens: list[str], glossary: Glossary, before: str = "") -> list[str]:
    """jieba's tokens, with neighbours joined where the dictionary has them as one word
    (生活 + 方式 → 生活方式, lifestyle): a compound means more than its parts. Function words
    and glossary terms are never joined (中 + 的 is not 中的, "hit the target"), unless the
    glossary's own `senses:` name the compound (严重 + 程度 → 严重程度, severity); nor two
    single characters."""
    lexicon = glossary.lexicon()
    tokens = _split_guesses(_shift_boundaries(tokens, lexicon), glossary, lexicon, before)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        drug = _drug_name_at(tokens, i, glossary, lexicon)
        if drug:
            out.append("".join(tokens[i:drug]))
            i = drug
            continue
        for j in range(min(len(tokens), i + _MAX_MERGED), i + 1, -1):
            parts = tokens[i:j]
            joined = "".join(parts)
            if (len(joined) <= _MAX_MERGED and _CJK_RUN.fullmatch(joined)
                    and any(len(p) > 1 for p in parts)
                    and (joined in glossary.senses or not any(
                        p in glossary.negation_zh or p in glossary.zh_index
                        or p in glossary.stop_zh for p in _before_head(parts, glossary, lexicon)))
                    and lexicon.glosses(joined)):
                out.append(joined)
                i = j
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _before_head(parts: list[str], glossary: Glossary, lexicon: Lexicon) -> list[str]:
    """The parts a join must check: all of them, or all but a one-character glossary term
    that closes a dictionary word (阿尔茨海默 + 病 → 阿尔茨海默病 "Alzheimer's disease",
    session 12), which jieba cuts off and the glossary alone would read as "disease"."""
    head = parts[-1]
    if len(parts) > 1 and len(head) == 1 and len(parts[-2]) > 1 and \
            head in glossary.zh_index and lexicon.knows("".join(parts)):
        return parts[:-1]
    return parts


def _drug_name_at(tokens: list[str], i: int, glossary: Glossary, lexicon: Lexicon) -> int:
    """Where a drug name that jieba cut into pieces ends (阿托 + 伐 + 他 + 汀 → 阿托伐他汀,
    达格 + 列净 → 达格列净), or 0: the pieces end in an INN stem of two or more characters
    and what comes before it is no word of its own (服用 + 他汀 is "take a statin")."""
    if len(tokens[i]) == 1 and tokens[i] in glossary.stop_zh:
        return 0  # "与 + 阿替 + 洛尔": a function word before the name is no syllable of it
    for j in range(min(len(tokens), i + 6), i + 1, -1):
        joined = "".join(tokens[i:j])
        if not _CJK_RUN.fullmatch(joined) or len(joined) > 10:
            continue
        suffix = next((x for x in DRUG_SUFFIX_ORDER if len(x) >= 2 and joined.endswith(x)), None)
        if suffix is None or len(joined) == len(suffix):
            continue
        prefix = joined[: -len(suffix)]
        if len(prefix) == 1 and len(tokens[i]) == 1:
            continue  # "的他汀": a particle before the stem, not a name's first syllable
        prefix_tokens, length = [], 0  # the pieces that lie wholly before the stem
        for t in tokens[i:j]:
            length += len(t)
            if length > len(prefix):
                break
            prefix_tokens.append(t)
        if prefix in glossary.zh_index or (len(prefix) > 1 and lexicon.glosses(prefix)) or any(
                len(t) > 1 and (t in glossary.zh_index or lexicon.glosses(t))
                for t in prefix_tokens):
            continue
        return j
    return 0


_CLASS_CONCEPTS = frozenset(c.concept for c in CLASSES)
_DRUG = "drug"


def _drug_of(concept: str, classes: tuple[str, ...], glossary: Glossary) -> tuple[str, ...]:
    """A drug class (statin) or a member of one (atorvastatin) is also "a drug": "the drug"
    of a claim is the one its source names (session 10). Only where the glossary has the
    generic concept."""
    if _DRUG in glossary.kinds and concept != _DRUG and (
            concept in _CLASS_CONCEPTS or any(c in _CLASS_CONCEPTS for c in classes)):
        return (_DRUG,)
    return ()


class _Collector:
    def __init__(self, glossary: Glossary) -> None:
        self.g = glossary
        self.key: set[str] = set()
        self.all: set[str] = set()
        self.stems: set[str] = set()
        self.negated = False
        self.anti = False  # an odd number of antonyms read as their counterparts
        self.up = False
        self.down = False
        self.surface: dict[str, str] = {}
        self.events: list[tuple[int, str, bool]] = []  # (offset, concept, maximal)
        self.marks: list[tuple[int, str]] = []  # (offset, "neg" | "anti" | "up" | "down")
        self.prefixed: dict[str, bool] = {}  # concept → its negation prefix was counted
        self.offset = 0
        self.text = ""  # the whole text being read (for the scope of a negation cue)

    def concept(self, concept: str, surface: str, *, maximal: bool, at: int = 0,
                cued: bool = False, level: bool = False, attribute: bool = False) -> None:
        if level:
            return  # "Higher intake of X …": the exposure's level, not a change it states
        if self.g.kind(concept) in ("up", "down") and (
                self._bound_after_figure(self.offset + at)
                or _BOUND_BEFORE_FIGURE.match(self.text, self.offset + at)
                or _BOUND_BEFORE_THRESHOLD.match(self.text, self.offset + at)):
            return  # "15%或更多", "greater than 40%": part of the figure; "低于第三百分位": a bound
        if self.g.kind(concept) in ("up", "down") and self._attributive(self.offset + at):
            return  # "有较高遗传过敏风险的婴儿": who they were, not a change
        antonym_of = self.g.opposites.get(concept)
        if antonym_of is not None:  # "unsafe", "危险": "safe" stated the other way
            concept = antonym_of
            if maximal and not cued:  # "no response" is negated by its own cue already
                self.anti = not self.anti
                self.marks.append((self.offset + at, "anti"))
        broader_terms = self.g.implies.get(concept, ()) + implied(concept, surface, self.g)
        broader_terms += _drug_of(concept, broader_terms, self.g)
        for broader in broader_terms if maximal else ():
            self.events.append((self.offset + at, broader, False))
            self.all.add(broader)
        self.events.append((self.offset + at, concept, maximal))
        self.all.add(concept)
        if maximal:
            self.key.add(concept)
            self.surface.setdefault(concept, surface)
            self._prefix(concept, self.offset + at)
            kind = "" if attribute else self.g.kind(concept)
            if kind in ("up", "down"):
                self.marks.append((self.offset + at, kind))
            self.up |= kind == "up"
            self.down |= kind == "down"

    def _prefix(self, concept: str, at: int) -> None:
        """Note a Chinese concept right after a one-character negation prefix (未分化,
        非劣效, 无保护), and whether that prefix was counted as the negation (session 15)."""
        if at > 0 and self.text[at - 1] in _NEGATION_PREFIXES_ZH and \
                has_cjk(self.text[at:at + 1]):
            counted = any(mark == "neg" and where == at - 1 for where, mark in self.marks)
            self.prefixed[concept] = self.prefixed.get(concept, False) or counted

    def _attributive(self, at: int) -> bool:
        """"有较高遗传过敏风险的婴儿", "具有更高风险的患者": a Chinese comparative after 有 inside a
        phrase that ends in …的 + the people it describes."""
        return self.text[max(0, at - 2):at].endswith(("有", "具有")) and \
            _DESCRIPTIVE_ZH.match(self.text, at) is not None

    def _bound_after_figure(self, at: int) -> bool:
        """"15%或更多", "5%更多": a Chinese comparative right after a figure (or its 或)
        bounds the figure; it states no change."""
        before = self.text[max(0, at - 2):at]
        return has_cjk(self.text[at:at + 1]) and bool(before) and (
            before[-1] == "或" or before[-1].isdigit() or before[-1] in "%％岁")

    def negation(self, at: int) -> None:
        if descriptive_negation(self.text, self.offset + at):
            return
        self.negated = True
        self.marks.append((self.offset + at, "neg"))

    def leftover(self, term: str, surface: str, at: int = 0) -> None:
        classes = implied(term, surface, self.g)
        for broader in classes + _drug_of(term, classes, self.g):  # empagliflozin: an SGLT2
            # inhibitor, and a drug
            self.events.append((self.offset + at, broader, False))
            self.all.add(broader)
        self.events.append((self.offset + at, term, True))
        self.key.add(term)
        self.all.add(term)
        self.surface.setdefault(term, surface)
        self._prefix(term, self.offset + at)

    def english(self, text: str) -> None:
        tokens = words(text, join_prefixes=True)
        stems = [stem(w) for w, _, _ in tokens]
        self.stems.update(stems)
        for word, start, _ in tokens:
            if "-" in word:  # "non-teaching": the source also offers its parts
                self._parts(word, start)
            elif blood := _IN_BLOOD.match(word):  # hypercholesterolaemia: cholesterol in blood
                self._blood_level(blood, start)
        n = len(tokens)
        covered_until = 0
        changed_before = False
        for i in range(n):
            lowered = tokens[i][0].lower()
            if lowered in self.g.negation_en or (
                    lowered == "little" and (i == 0 or tokens[i - 1][0].lower() != "a")):
                self.negation(tokens[i][1])  # "had little effect" (but not "a little higher")
            comparative = _comparative(text, tokens, i, changed_before)
            if comparative is not None and i >= covered_until:
                self.concept(comparative, tokens[i][0], maximal=True, at=tokens[i][1])
                covered_until = i + 1
                continue
            best = 0
            for length in range(min(self.g.max_en, n - i), 0, -1):
                concept = self.g.en_index.get(tuple(stems[i : i + length]))
                if concept is None:
                    continue
                if length == 1 and lowered in self.g.noun_forms and reads_as_noun(text, tokens, i):
                    concept = self.g.noun_forms[lowered]  # "116 controls": the control group
                if length == 1 and _adverb_of_another_word(lowered, stems[i], self.g):
                    best = 1  # "clearly lower" names no clearance, "highly" no rise: a degree
                    break
                if length == 1 and lowered in _QUANTIFIERS:
                    best = 1  # "several of the outcomes": the stemmer's "sever", no severity
                    break
                if length == 1 and lowered == "most" and _superlative(tokens, i):
                    best = 1  # "most strongly linked", "the most common": a degree, no share
                    break
                if length == 1 and self.g.kind(concept) in ("up", "down") and \
                        _after_likely_to(tokens, i):
                    break  # "likely to fall", "likely to be lost": the event, no change of it
                if length == 1 and _part_of_body(tokens, i):
                    best = 1  # "lower respiratory infections", "lower limb": where, no fall
                    break
                if length == 1 and self.g.kind(concept) in ("up", "down") and \
                        _bounds_a_threshold(text, tokens, i):
                    best = 1  # "500/µL or higher", "higher than or equal to 160": a bound
                    break
                maximal = i >= covered_until and best == 0
                light = _light(tokens, i, text) if maximal and length == 1 else ""
                if light == "verb":
                    concept = _LIGHT_CONCEPT
                elif light:
                    maximal, best = False, length  # read, and covered, but no key term
                surface = text[tokens[i][1] : tokens[i + length - 1][2]]
                cued = any(t[0].lower() in self.g.negation_en for t in tokens[i : i + length])
                level = maximal and (_exposure_level(tokens, i + length, self.g, concept)
                                     or _names_outcome(tokens, i, self.g, concept))
                # "tumor suppressive", "a stimulative dose": an adjective names a kind of
                # thing, not a change the sentence states
                attribute = length == 1 and lowered.endswith("ive")
                self.concept(concept, surface, maximal=maximal, at=tokens[i][1], cued=cued,
                             level=level, attribute=attribute)
                changed_before |= self.g.kind(concept) in ("up", "down")
                if maximal:
                    best = length
            if best:
                covered_until = i + best
            elif i >= covered_until:
                s = stems[i]
                light = _light(tokens, i, text)
                if light == "verb":
                    self.concept(_LIGHT_CONCEPT, tokens[i][0], maximal=True, at=tokens[i][1])
                    continue
                if light == "empty" and s not in self.g.stop_en:
                    self.all.add("~" + s)  # a source's "nearly" still reads 接近
                    continue
                if s in self.g.stop_en or lowered in self.g.negation_en or len(s) < 2 or light:
                    continue
                self.leftover("~" + s, tokens[i][0], at=tokens[i][1])

    def _parts(self, word: str, at: int) -> None:
        """The parts of a prefixed compound, as a source offers them: "anti-inflammatory"
        also names inflammation, without making it a term a claim must find."""
        for part in word.split("-"):
            part_stem = stem(part)
            self.stems.add(part_stem)
            concept = self.g.en_index.get((part_stem,))
            if concept is not None:
                self.concept(concept, part, maximal=False, at=at)

    def _blood_level(self, m: re.Match[str], at: int) -> None:
        """A level in the blood named by one closed compound (hyperglycaemia,
        hypercholesterolemia, hyperuricaemia): the text also offers the substance and the
        blood, and the word without its prefix (glycaemia), as `_parts` offers a hyphenated
        compound's parts, none of them a key term."""
        parts = (m["root"], "blood", m.group().lower()[len(m["prefix"]):])
        for part in parts:
            part_stem = stem(part)
            self.stems.add(part_stem)
            concept = self.g.en_index.get((part_stem,))
            if concept is not None:
                self.concept(concept, part, maximal=False, at=at)
            else:  # a word no glossary names ("uric"): found, never a key term
                self.all.add("~" + part_stem)

    def chinese(self, run: str) -> None:
        g = self.g
        i, n = 0, len(run)
        rest_start = 0
        while i < n:
            found = 0
            stop = self._stop_word_at(run, i)
            for length in range(min(g.max_zh, n - i), max(stop, 1), -1):
                concept = g.zh_index.get(run[i : i + length])
                if concept is not None and not self._inside_longer_word(run, i, length, concept):
                    head = self._word_ending_here(run, rest_start, i, i + length)
                    over = self._word_over(run, rest_start, i, i + length)
                    if over is not None:  # 发展 + 中国 + 家: the word 发展中国家
                        self._chinese_rest(run[rest_start:over[0]], rest_start)
                        self._unknown_zh(run[over[0] : over[1]], over[0])
                        length = over[1] - i
                    elif head is not None:  # 中性粒 + 细胞: the word 中性粒细胞 (neutrophil)
                        self._chinese_rest(run[rest_start:head], rest_start)
                        self._unknown_zh(run[head : i + length], head)
                    else:
                        self._chinese_rest(run[rest_start:i], rest_start)
                        self.concept(concept, run[i : i + length], maximal=True, at=i)
                        self._sub_concepts(run[i : i + length], i)
                    found = length
                    break
            if found:
                i += found
                rest_start = i
            elif stop:  # "研究人员" (researchers) is not the concept 研究 (study) plus 人员
                self._chinese_rest(run[rest_start:i], rest_start)
                i += stop
                rest_start = i
            else:
                i += 1
        self._chinese_rest(run[rest_start:], rest_start)

    def _word_ending_here(self, run: str, rest_start: int, i: int, end: int) -> int | None:
        """Where a dictionary word that the glossary lacks begins, if one runs from the text
        before a glossary term through its end (中性粒细胞, whose tail 细胞 is "cell")."""
        lexicon = self.g.lexicon()
        for head in range(max(rest_start, end - _MAX_WORD), i):
            word = run[head:end]
            if word not in self.g.zh_index and lexicon.glosses(word) and \
                    not self._closes_word_before(run, head):
                return head
        return None

    def _word_over(self, run: str, rest_start: int, i: int, end: int) -> tuple[int, int] | None:
        """A dictionary word the glossary lacks that holds a glossary term inside it, with
        text on both sides: 发展中国家 "developing country" is no 中国 (China)."""
        lexicon = self.g.lexicon()
        for head in range(max(rest_start, end - _MAX_WORD), i):
            for tail in range(min(len(run), head + _MAX_WORD), end, -1):
                word = run[head:tail]
                if word not in self.g.zh_index and lexicon.glosses(word) and \
                        not self._closes_word_before(run, head):
                    return head, tail
        return None

    def _closes_word_before(self, run: str, head: int) -> bool:
        """The character at head ends a word of the text before it: 过敏 + 性 in 过敏性疾病
        (allergic disease) is 过敏性 "allergic", not the start of 性疾病 "sexual disease"."""
        if run[head] not in _CLOSING:
            return False
        lexicon = self.g.lexicon()
        return any(lexicon.knows(run[k : head + 1])
                   for k in range(max(0, head - 3), head))

    def _inside_longer_word(self, run: str, i: int, length: int, concept: str) -> bool:
        """A common word of the glossary that begins a longer dictionary word: 参与 (involved
        in) in 参与者 (participant) is that word, read by the lexicon; so is any glossary term
        that begins a word of the glossary's own `senses:` (严重 in 严重程度 "severity")."""
        longer = range(length + 1, min(len(run) - i, _MAX_MERGED) + 1)
        if any(run[i : i + n] in self.g.senses and run[i : i + n] not in self.g.zh_index
               for n in longer):
            return True
        if self.g.kind(concept) != "generic":
            return False
        lexicon = self.g.lexicon()
        return any(lexicon.knows(run[i : i + n]) and run[i : i + n] not in self.g.zh_index
                   for n in longer)

    def _stop_word_at(self, run: str, i: int) -> int:
        """Length of the longest stop word of two or more characters starting at i (0: none)."""
        stop_zh = self.g.stop_zh
        for length in range(min(self.g.max_zh, len(run) - i), 1, -1):
            if run[i : i + length] in stop_zh:
                return length
        return 0

    def _sub_concepts(self, span: str, at: int) -> None:
        for start in range(len(span)):
            for end in range(start + 2, len(span) + (1 if start else 0)):
                concept = self.g.zh_index.get(span[start:end])
                if concept is not None:
                    self.concept(concept, span[start:end], maximal=False, at=at + start)

    def _chinese_rest(self, text: str, at: int) -> None:
        if not text:
            return
        pos = at
        start = self.offset + at
        for token in _known_words(_segment(text), self.g, self.text[max(0, start - 3):start]):
            token_at, pos = pos, pos + len(token)
            if not token.strip():
                continue
            if token[0] == "比" and token[1:] in self.g.negation_zh:
                self.negation(token_at + 1)  # "比未治疗组": jieba's 比未, a cue after "than"
                continue
            cut = than_comparative(token, self.text, self.offset + token_at)
            if cut is not None:  # "比没有ART时低35%": 时 + the comparative 低 (session 15)
                if cut:
                    self._chinese_rest(token[:cut], token_at)
                word = token[cut:]
                self.concept("increase" if word[0] in "高多长" else "decrease", word,
                             maximal=True, at=token_at + cut)
                continue
            if token in self.g.negation_zh:
                self.negation(token_at)
            elif token in self.g.zh_index:
                self.concept(self.g.zh_index[token], token, maximal=True, at=token_at)
            elif token in self.g.stop_zh or len(token) < 2:
                if any(ch in self.g.negation_zh for ch in token) and len(token) == 1:
                    self.negation(token_at)
            else:
                self._unknown_zh(token, token_at)

    def _unknown_zh(self, token: str, at: int) -> None:
        """A word the glossary lacks: itself when the lexicon reads it, else its known parts."""
        head = _after_name(token, self.text, self.offset + at)
        if head:  # "DGKK基因", "caspase-11蛋白": read as English "the DGKK gene" is
            self.leftover(_NAME_KINDS_ZH[token[:head]], token[:head], at=at)
            rest = token[head:]  # "BRCA1基因突变": the mutation
            if rest in self.g.zh_index:
                self.concept(self.g.zh_index[rest], rest, maximal=True, at=at + head)
            elif rest:
                self._unknown_zh(rest, at + head)
            return
        lexicon = self.g.lexicon()
        reading = lexicon.read(token)
        if reading is None and lexicon.knows(token):
            return  # every gloss is a function word ("thus", "thereby"): nothing to check
        if reading is None or reading.how != "parts":
            self.leftover("zh:" + token, token, at=at)
            return
        offset = 0
        for part in reading.parts:
            offset = token.find(part, offset)
            if part in self.g.zh_index:
                self.concept(self.g.zh_index[part], part, maximal=True, at=at + offset)
            elif part not in self.g.stop_zh:
                self.leftover("zh:" + part, part, at=at + offset)
            offset += len(part)

    def _topic_before(self, move: int) -> frozenset[str]:
        """Chinese puts what changes before the verb: "…的夜间睡眠也有明显改善" changes the
        sleep, "抑郁症的发生率也明显下降" the incidence of depression. The concepts from the
        last 的 before the change word (back to the clause start when only measure nouns
        stand there); after 使/让/把 ("二甲双胍使糖尿病发病率降低"), what is changed follows the
        causer."""
        start = max(self.text.rfind(p, 0, move) for p in "，,；;。：:使让令把将") + 1
        of = self.text.rfind("的", start, move)
        def between(a: int) -> frozenset[str]:
            return frozenset(c for at, c, maximal in self.events
                             if maximal and a <= at < move and c in self.key)
        near = between(of + 1) if of >= 0 else frozenset()
        if near and any(self.g.kind(c) not in ("generic", "up", "down")
                        and c not in MEASURE_NOUNS for c in near):
            return near
        return between(start)

    def result(self) -> Terms:
        direction = 0 if self.up == self.down else (1 if self.up else -1)
        first_move = min((at for at, mark in self.marks if mark in ("up", "down")), default=None)
        changed = frozenset() if first_move is None else frozenset(
            c for at, c, maximal in self.events if maximal and at > first_move and c in self.key)
        if first_move is not None and not changed and has_cjk(self.text):
            changed = self._topic_before(first_move)
        return Terms(frozenset(self.key), frozenset(self.all), frozenset(self.stems),
                     self.negated != self.anti, direction, self.surface,
                     tuple(sorted(self.marks)), changed, frozenset(self.prefixed),
                     frozenset(c for c, counted in self.prefixed.items() if counted))


#: the kind of thing a Latin-script name is, as Chinese writes it after the name ("DGKK基因",
#: "caspase-11蛋白", "NT5C2基因上"), read as its English word: a light word (`match.light_word`),
#: as English often says the name alone ("DGKK", "caspase-11")
_NAME_KINDS_ZH = {"蛋白质": "~protein", "基因": "~gene", "蛋白": "~protein"}
_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9αβγκ/*+-]*[A-Z0-9αβγκ][A-Za-z0-9αβγκ/*+-]*$")


def _after_name(token: str, text: str, at: int) -> int:
    """The length of the kind word (`_NAME_KINDS_ZH`) a Chinese token opens with, where a
    Latin-script name with a capital or a digit stands right before it (session 14); else 0."""
    kind = next((k for k in _NAME_KINDS_ZH if token.startswith(k)), "")
    if not kind or _NAME_BEFORE.search(text[max(0, at - 24):at]) is None:
        return 0
    return len(kind)


def analyze(text: str, glossary: Glossary) -> Terms:
    """Concepts, negation and direction of one sentence or clause (Chinese or English)."""
    return analyze_positions(text, glossary)[0]


def analyze_positions(text: str, glossary: Glossary
                      ) -> tuple[Terms, list[tuple[int, str, bool]]]:
    """`analyze`, plus where each concept starts: (offset, concept, maximal)."""
    collector = _Collector(glossary)
    collector.text = text
    mixed = glossary.mixed_pattern()
    if mixed is not None and has_cjk(text):
        for m in mixed.finditer(text):
            collector.concept(glossary.zh_index[m.group()], m.group(), maximal=True,
                              at=m.start())
        text = mixed.sub(lambda m: "\u3000" * len(m.group()), text)
    pos = 0
    for m in _CJK_RUN.finditer(text):
        if m.start() > pos:
            collector.offset = pos
            collector.english(text[pos : m.start()])
        collector.offset = m.start()
        collector.chinese(m.group())
        pos = m.end()
    if pos < len(text):
        collector.offset = pos
        collector.english(text[pos:])
    return collector.result(), collector.events
