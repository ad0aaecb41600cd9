"""What a contradiction needs beyond shared words (session 8, docs/statuses.md).

Three readings that keep a `contradicted` to evidence:

- *Change or level.* A figure said as an amount of change ("fell by 1.3%", "下降了1.3%") and
  one said as a level ("from 8.4% to 7.1%", "降至7.1%") are answers to different questions:
  neither is another value of the other.
- *No change in other words.* "remained stable", "was unchanged", "stayed the same",
  "comparable", 基本没变, 无明显变化, 持平 state no change without a negation cue; "did not
  change", "no difference" state it with one. Two such statements agree.
- *A hedge is no finding.* "tended to", "a trend toward", "may", 有…趋势, 可能, 略有 state a
  change as a possibility or a trend: against a denial of that change, or a result that was
  not significant, it is neither the same finding nor the opposite one.
"""

from __future__ import annotations

import re
from typing import Literal

from claimcheck.models import Quantity

#: "start" and "end" are levels too: the first and the last of "from 8.4% to 7.1%"
Framing = Literal["change", "level", "start", "end", ""]

_VERBS_EN = (r"(?:fell|falls?|decreased|decreases?|dropped|drops?|declined|declines?|rose|rises?|"
             r"increased|increases?|reduced|reduces?|lowered|lowers?|improved|improves?|lost|"
             r"gained|went (?:up|down))")
#: "fell by 1.3%", "a reduction of 1.3%", "lost 4.2 kg", "a mean decrease in HbA1c of 1.3%"
_CHANGE_EN = re.compile(
    rf"(?:\bby|\b{_VERBS_EN}|\b(?:reduction|decrease|decline|drop|fall|increase|rise|change|"
    rf"difference|improvement|loss|gain)s?(?: in [\w -]{{1,40}}?)?(?: of| was| were)?)"
    rf"\s+(?:a mean of |an average of |a median of |about |approximately |around |nearly |"
    rf"almost |only |just |~)?$", re.I)
#: "from 8.4% to 7.1%", "fell to 7.1%", "at baseline 8.4%", "reached 7.1%"
_LEVEL_EN = re.compile(
    r"(?:\bfrom|\bto|\bbaseline(?: of| was| values? of)?|\breached|\breaching)\s+"
    r"(?:a mean of |an average of |a median of |about |approximately |around |nearly |"
    r"almost |~)?$", re.I)
_VERBS_ZH = "下降|降低|减少|减轻|增加|升高|提高|上升|增长|改善|减小|缩小|增大|降|升|减|增"
_CHANGE_ZH = re.compile(rf"(?:{_VERBS_ZH})了?(?:约|近|平均|大约|仅)?$|(?:降幅|增幅|变化|差值)(?:为|是|达)?$")
_LEVEL_ZH = re.compile(rf"(?:(?:{_VERBS_ZH})(?:至|到)|从|由|达到|基线(?:时|值)?(?:为)?)"
                       r"(?:了)?(?:约|近|平均|大约)?$")


_START = re.compile(r"(?:\bfrom|从|由)\s*(?:a mean of |an average of |a median of |about |"
                    r"approximately |约|平均)?$", re.I)
_END = re.compile(rf"(?:\b(?:{_VERBS_EN}\s+)?to|(?:{_VERBS_ZH})(?:至|到))\s*(?:a mean of |an average of |"
                  r"a median of |about |approximately |约|平均)?$", re.I)


def framing(text: str, q: Quantity) -> Framing:
    """Whether the figure is said as an amount of change or as a level, by the words just
    before it (within its own sentence); "" where neither is said."""
    before = text[max(0, q.start - 60):q.start]
    if _START.search(before):
        return "start"
    if _END.search(before):
        return "end"
    if _LEVEL_ZH.search(before) or _LEVEL_EN.search(before):
        return "level"
    if _CHANGE_ZH.search(before) or _CHANGE_EN.search(before):
        return "change"
    after = text[q.end:q.end + 12]
    if re.match(r"\s*(?:to|→|->|至|到)\s*[\d.]", after):
        return "start"  # "8.4% to 7.1%": the first value of a pair of levels
    return ""


_LEVELS = frozenset({"level", "start", "end"})


def other_questions(a: Framing, b: Framing) -> bool:
    """One figure is a change and the other a level, or one is where a change started and
    the other where it ended ("from 138 to 135 mmHg"): no answer to each other."""
    return (a == "change" and b in _LEVELS) or (b == "change" and a in _LEVELS) or \
        {a, b} == {"start", "end"}


_STASIS_EN = re.compile(
    r"\b(?:unchanged|unaltered|unaffected|(?:remain|stay)(?:ed|s|ing)?\s+(?:\w+\s+)?"
    r"(?:stable|steady|constant|unchanged|the same|similar|level|flat)|"
    r"(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:stable|steady|constant)|"
    r"(?:maintain|kept|keep|held|hold)(?:ed|s|ing)?\s+(?:at\s+)?(?:an?\s+)?(?:\w+\s+)?"
    r"(?:stable|steady|constant|unchanged)|"
    r"(?:nearly|almost|virtually|essentially|largely|relatively)\s+(?:constant|stable|"
    r"steady|flat)|little\s+(?:or\s+no\s+)?change|"
    r"(?:barely|hardly|scarcely)\s+(?:\w+\s+)?(?:chang|alter|mov|shift|var|differ)\w*|"
    r"(?:chang|alter|var|mov|shift)(?:ed|es|ied|ing|s)?\s+(?:only\s+|very\s+)*little\b(?!\s+\w+\s+than)|"
    r"little[\s-]changed|"
    r"(?:did|does|do|was|were|is|are)\s+not\s+(?:\w+\s+)?(?:change|differ|alter|vary)\w*|"
    r"no\s+(?:\w+\s+){0,2}(?:change|difference|alteration|variation)s?|"
    r"similar|comparable|identical|equivalent|the same|no different|plateau\w*|"
    r"level(?:l)?(?:ed|ing|s)?\s+off|flat(?:ten)?(?:ed|ing|s)?\s+out)\b", re.I)
_STASIS_ZH = re.compile(
    r"不变|没变|未变|没有(?:明显|显著)?(?:的)?(?:变化|改变|差异|差别|区别)|无(?:明显|显著)?(?:变化|改变|差异|差别)|"
    r"未见(?:明显|显著)?(?:变化|改变|差异)|变化不大|持平|稳定|相当|相近|相似|相同|一样|"
    r"差异无(?:统计学)?意义|(?:差异|差别)不(?:显著|明显)|平稳|趋稳")


#: a degree or course word before a statement of no change, part of its wording: 基本没变,
#: 几乎没有变化, 趋于平稳, 保持稳定, "essentially unchanged" (session 12)
_STASIS_LEAD_ZH = re.compile(r"(?:基本上?|几乎|大致|大体上?|总体上?|趋于|渐趋|逐渐|保持|维持|一直|"
                             r"仍然?|依然)+$")
_STASIS_LEAD_EN = re.compile(r"\b(?:(?:essentially|largely|virtually|nearly|almost|relatively|"
                             r"basically|practically|remained|stayed)\s+)+$", re.I)


def stasis_spans(text: str) -> list[tuple[int, int]]:
    """Where the text words no change, with the degree or course words before it
    ("基本没有变化", "趋于平稳", "remained essentially unchanged")."""
    spans = []
    for pattern, lead in ((_STASIS_EN, _STASIS_LEAD_EN), (_STASIS_ZH, _STASIS_LEAD_ZH)):
        for m in pattern.finditer(text):
            before = lead.search(text, max(0, m.start() - 30), m.start())
            spans.append((before.start() if before else m.start(), m.end()))
    return spans


def states_no_change(text: str) -> bool:
    """The text says something did not change or did not differ, in any wording."""
    return _STASIS_EN.search(text) is not None or _STASIS_ZH.search(text) is not None


_CHANGE_WORDS_EN = (r"(?:increas|decreas|reduc|lower|rais|rise|rose|fall|fell|declin|drop|improv|"
                    r"worsen|prevent|protect|benefit|shorten|lengthen|prolong|slow|accelerat|"
                    r"attenuat|alleviat|relie|help|fewer|less|more|higher|greater|smaller|"
                    r"better|worse|shorter|longer)\w*")
#: "tended to reduce", "a trend toward fewer", "slightly lower", "a non-significant reduction"
_TREND_EN = re.compile(
    rf"\b(?:tend(?:s|ed|ing)?\s+to(?:ward|wards)?\s+(?:\w+\s+){{0,2}}?|tendency\s+(?:to|toward|"
    rf"towards|for)\s+(?:\w+\s+){{0,3}}?|trend(?:ed|s)?\s+(?:toward|towards|to|for)\s+"
    rf"(?:\w+\s+){{0,3}}?|slight(?:ly)?\s+|marginal(?:ly)?\s+|non-?significant(?:ly)?\s+)"
    rf"{_CHANGE_WORDS_EN}", re.I)
#: "may reduce", "could lower", "possibly improves"
_POSSIBLE_EN = re.compile(
    rf"\b(?:may|might|could|possibly|potentially)\s+(?:\w+\s+){{0,2}}?{_CHANGE_WORDS_EN}", re.I)
_MOVE_ZH = ("降低|增加|减少|升高|下降|上升|提高|改善|减轻|加重|恶化|缩短|延长|增多|降|升|增|减|"
              "高|低|好转")
_TREND_ZH = re.compile(rf"有[^，,。；;]{{0,12}}?(?:{_MOVE_ZH})[^，,。；;]{{0,4}}?(?:的)?趋势|"
                       rf"(?:{_MOVE_ZH})趋势|倾向于|(?:略|略微|稍|稍微|轻微|小幅)(?:有)?(?:{_MOVE_ZH})")
_POSSIBLE_ZH = re.compile(rf"(?:可能|或许|也许|或可)(?:会|有助于|能|可以)?[^，,。；;]{{0,4}}?"
                          rf"(?:{_MOVE_ZH})")

Hedge = Literal["trend", "possible", ""]


def hedge(text: str) -> Hedge:
    """How the text holds back from stating a change: as a trend ("tended to reduce", 有降低的
    趋势, 略有下降), as a possibility ("may reduce", 可能降低), or not at all ("")."""
    if _TREND_EN.search(text) or _TREND_ZH.search(text):
        return "trend"
    if _POSSIBLE_EN.search(text) or _POSSIBLE_ZH.search(text):
        return "possible"
    return ""
