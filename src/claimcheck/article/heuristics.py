"""Which sentences are claims: statements, checkable facts, figure credits, continuation cues.

The rules (documented in docs/citation-scope.md):
- a *statement* is any sentence that is not a question, a list lead-in ending in ':' / '：'
  or an exhortation ("仍有必要…", "we should…", a '!' sentence with nothing checkable);
- an uncited statement is a claim only when it is *checkable*: it has a number (not a year or a
  list number, not a digit inside a name such as "Th17"), or an outcome, effect or comparison
  word (有效, 改善, 死亡率, improved, survival, higher than, …), or a regulatory fact (获批,
  上市, approved, licensed).
"""

from __future__ import annotations

import re

from claimcheck.article.markers import strip_markers

_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?!\d)")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[,，.、．)）]\s*")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_EFFECT_ZH = (
    "有效", "无效", "疗效", "安全", "改善", "提高", "降低", "下降", "升高", "增加", "减少", "缓解",
    "死亡", "病死", "生存", "复发", "不良反应", "不良事件", "副作用", "发生率", "发病率", "患病率",
    "风险", "显著", "明显", "证实", "表明", "显示", "导致", "引起", "抑制", "促进", "治愈", "优于",
    "高于", "低于", "相比", "耐受", "毒性", "并发症", "预后", "修复", "调节", "增殖", "凋亡",
    "获批", "批准", "上市",
)
_EFFECT_EN = re.compile(
    r"\b(?:effective\w*|ineffective|efficacy|safe(?:ty|ly)?|improv\w+|reduc\w+|increas\w+|"
    r"decreas\w+|declin\w+|lower|higher|mortality|surviv\w+|died|deaths?|remission|relaps\w+|"
    r"flares?|adverse|side effects?|risks?|significant\w*|associated|caus\w+|prevent\w+|cur\w+|"
    r"halv\w+|doubl\w+|outperform\w*|better|worse|compared|incidence|prevalence|rates?|showed|"
    r"shown|demonstrat\w+|prov(?:ed|en)|respond\w*|response|toleran\w+|toxic\w*|suppress\w+|"
    r"inhibit\w+|promot\w+|induc\w+|enhanc\w+|approv(?:ed|al)|licen[sc]ed)\b",
    re.IGNORECASE,
)
_EXHORTATION = re.compile(
    r"有必要|应当|应该|让我们|一起来|期待|定能|必将|希望|敬请|欢迎|请关注|"
    r"\b(?:let us|let's|we should|we must|you should|should be encouraged|stay tuned)\b",
    re.IGNORECASE,
)
_FIGURE_CREDIT = re.compile(
    r"(?:图片|图像|图源|插图|上图|下图|左图|右图|图\s*\d+)[^。；]{0,40}?(?:来自|来源|引自|源自|改编自|摘自|出自)"
    r"|图片来源|图源|数据来源|资料来源|"
    r"^\s*[(（]\s*(?:图|表|chart|figure|fig\.?|table|graph|infographic)\s*\d*\s*[:：][^()（）]*"
    r"(?:来源|source|credit)[^()（）]*[)）]\s*$|"
    r"\b(?:fig(?:ure)?\.?|image|photo|illustration|graphic|diagram)\s*\d*[a-z]?\b[^.;]{0,40}?"
    r"\b(?:adapted|reproduced|modified|taken|redrawn|courtesy|from)\b"
    r"|^\s*(?:source|credit|image credit|image source|figure source)\s*[:：]"
    r"|^\s*(?:adapted|reproduced|modified|redrawn) from\b",
    re.IGNORECASE,
)
_CONNECTIVES = re.compile(
    r"^\s*(?:此外|另外|同时|而且|并且|其次|最后|moreover|in addition|furthermore|also|overall|"
    r"notably|importantly)\s*[,，、]?\s*",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^(?:这些患者|所有患者|全部患者|该研究|此项研究|这项研究|本研究|该试验|这项试验|该队列|这些病人|"
    r"研究结果|结果表明|结果显示|研究者|研究人员|作者|其中|他们|"
    r"the (?:trial|study|authors?|researchers|investigators|cohort|results?|same study)\b|"
    r"this (?:trial|study|cohort)\b|these patients\b|all patients\b|all (?:of the )?participants\b|"
    r"they\b|their\b|in (?:that|this) (?:study|trial)\b)",
    re.IGNORECASE,
)


def core_text(sentence: str) -> str:
    """The sentence without markers, list numbers and surrounding space."""
    return _LIST_NUMBER.sub("", strip_markers(sentence)).strip()


def is_question(sentence: str) -> bool:
    return core_text(sentence).rstrip("”’\"') ").endswith(("?", "？"))


def is_lead_in(sentence: str) -> bool:
    return core_text(sentence).rstrip().endswith((":", "："))


def has_number(sentence: str) -> bool:
    return any(not _YEAR.match(m.group()) for m in _NUMBER.finditer(core_text(sentence)))


def has_effect_words(sentence: str) -> bool:
    text = core_text(sentence)
    return any(word in text for word in _EFFECT_ZH) or _EFFECT_EN.search(text) is not None


def is_exhortation(sentence: str) -> bool:
    text = core_text(sentence)
    if _EXHORTATION.search(text):
        return True
    exclaimed = text.rstrip("”’\"') ").endswith(("!", "！"))
    return exclaimed and not has_number(sentence) and not has_effect_words(sentence)


def is_statement(sentence: str) -> bool:
    """A sentence that asserts something: not a question, lead-in or exhortation."""
    return bool(core_text(sentence)) and not (
        is_question(sentence) or is_lead_in(sentence) or is_exhortation(sentence)
    )


def is_checkable(sentence: str) -> bool:
    """An uncited statement worth keeping as a claim: numbers, outcomes, comparisons."""
    return is_statement(sentence) and (has_number(sentence) or has_effect_words(sentence))


def is_figure_credit(sentence: str) -> bool:
    return _FIGURE_CREDIT.search(strip_markers(sentence)) is not None


_TEXT_REFERENCES = re.compile(
    r"\b(?:references?|refs?\.?)\s+(\d{1,3}(?:\s*(?:,|and|&|-|–|to)\s*\d{1,3})*)", re.I)


def credited_labels(sentence: str) -> list[str]:
    """Reference numbers a credit line names in words: "Source: references 1 and 2"."""
    labels: list[str] = []
    for m in _TEXT_REFERENCES.finditer(sentence):
        numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group(1))]
        ranged = re.search(r"\d\s*(?:-|–|to)\s*\d", m.group(1))
        if ranged and len(numbers) == 2 and numbers[0] < numbers[1] <= numbers[0] + 50:
            numbers = list(range(numbers[0], numbers[1] + 1))
        labels += [str(n) for n in numbers if str(n) not in labels]
    return labels


def continues_previous(sentence: str) -> bool:
    """The sentence goes on describing the study just cited ("这些患者…", "The trial…")."""
    return _CONTINUATION.match(_CONNECTIVES.sub("", core_text(sentence))) is not None
