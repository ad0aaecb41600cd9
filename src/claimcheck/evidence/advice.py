"""Recommendations: a claim that reports advice needs a source that gives advice.

"作者因此呼吁把每日体育课列为必修课", "the authors urge doctors to screen every child": a
recommendation is a statement of its own, and a source that only reports findings ("few
adolescents took part") does not make it, however many of its words it shares.
"""

from __future__ import annotations

import re

#: a claim reporting advice: what someone recommends, urges, calls for, or what should be done
_CLAIM_ADVICE = re.compile(
    r"\b(?:recommend(?:s|ed|ing)?|recommendations?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|"
    r"advocat(?:e|es|ed|ing)|should|ought\s+to)\b|呼吁|建议|主张|提倡|倡导|应当|应该|必须", re.I)
#: a source sentence that gives advice or draws a consequence for practice or policy
_SOURCE_ADVICE = re.compile(
    r"\b(?:recommend\w*|should|must|ought|needs?\s+to|needed|call(?:s|ed)?\s+for|urg(?:e|es|ed|"
    r"ent|ently)|advocat\w+|warrant\w*|encourag\w+|implement\w*|guidelines?|polic(?:y|ies)|"
    r"priorit\w+|essential|important\s+to|efforts?|strateg(?:y|ies)|justif\w+|"
    r"support(?:s|ed)?\s+(?:the\s+)?(?:use|routine)|benefit\s+from|interventions?\s+to)\b|"
    r"建议|应当|应该|必须|需要|呼吁|推荐|提倡", re.I)


#: a claim proposing a use: "drugs blocking autophagy could treat obesity", "可用于治疗", "有望
#:成为治疗…的新靶点"
_CLAIM_USE = re.compile(
    r"\b(?:could|might|may|can)\s+(?:one\s+day\s+)?(?:be\s+used\s+to\s+)?(?:treat|cure)\b|"
    r"\b(?:new|novel|potential)\s+(?:drug|therapeutic)\s+targets?\b|"
    r"(?:有望|可能|可以|可)(?:用于|用来)?(?:治疗|治愈)|(?:治疗|药物)(?:的)?(?:新)?靶点", re.I)
#: a source sentence that speaks of treating: the use a claim proposes, named at all
_SOURCE_USE = re.compile(r"\b(?:treat\w*|therap\w+|drugs?|pharmacolog\w*|targets?|"
                         r"targeting|interventions?|clinical)\b|治疗|药物|靶点", re.I)


def advice_cue(claim_text: str) -> str | None:
    """The word by which a claim reports a recommendation or proposes a treatment, or None."""
    m = _CLAIM_ADVICE.search(claim_text) or _CLAIM_USE.search(claim_text)
    return m.group() if m else None


def gives_advice(sentence: str, cue: str = "") -> bool:
    """The sentence recommends, urges or draws a consequence for practice or policy; for a
    proposed treatment (`cue` one of `_CLAIM_USE`), it speaks of treating at all."""
    if cue and _CLAIM_USE.fullmatch(cue):
        return _SOURCE_USE.search(sentence) is not None
    return _SOURCE_ADVICE.search(sentence) is not None
