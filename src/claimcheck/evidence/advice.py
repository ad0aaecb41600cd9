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


def advice_cue(claim_text: str) -> str | None:
    """The word by which a claim reports a recommendation, or None."""
    m = _CLAIM_ADVICE.search(claim_text)
    return m.group() if m else None


def gives_advice(sentence: str) -> bool:
    """The sentence recommends, urges or draws a consequence for practice or policy."""
    return _SOURCE_ADVICE.search(sentence) is not None
