"""Find strength cues in a sentence, with spans and the scope of modals and negations."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from claimcheck.strength.lexicon import EN, FUTURE_EN, FUTURE_ZH, MONTH_MAY, ZH

RELATIONS = ("correlational", "causal", "effective", "trend")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A modal or negation scopes over a relation cue later in the same clause, a few words on.
_CLAUSE_EN = re.compile(r"[,;:()\[\]]|\b(?:but|whereas|while|although|though|however)\b", re.I)
_CLAUSE_ZH = re.compile(r"[，,；;：:（）()、。！？]|但|而|然而|不过")
# The clause of a hedge, for telling a hedge on the finding from one on future work.
_HEDGE_CLAUSE_EN = re.compile(
    r"[,;:()\[\]]|\.(?:\s|$)|\b(?:and|but|whereas|while|although|though|however)\b", re.I)
_HEDGE_CLAUSE_ZH = re.compile(r"[，,；;：:（）()。！？]|但|而|然而|不过|并且")
_FUTURE = {"en": re.compile("|".join(f"(?:{p})" for p in FUTURE_EN), re.I),
           "zh": re.compile("|".join(f"(?:{p})" for p in FUTURE_ZH))}
_FUTURE_REACH_EN = 3  # words after a hedge in which future-work wording makes it about future work
_FUTURE_REACH_ZH = 6  # characters
_TITLE = re.compile(r"《[^》]{0,80}》")
_MONTH_MAY = [re.compile(p) for p in MONTH_MAY]
_WINDOW_EN = 6  # words between a modal/negation and the relation it scopes over
_WINDOW_ZH = 10  # characters
# "with increased risk", "the reduced dose": a causal word used as an adjective, not a verb.
_NOMINAL_BEFORE = re.compile(
    r"\b(?:with|of|a|an|the|and|or|in|for|to|by|than|their|its|his|her|these|those)\s+$", re.I)
# 治疗方法, 治疗组, 接受治疗: a causal word used as a noun, not a verb.
_NOMINAL_AFTER_ZH = re.compile(
    r"(?:方法|方案|手段|措施|组|期间|过程|领域|指南|费用|效果|作用|的(?:患者|人|方法|药物)"
    r"|与|和|者|(?:后|前|中|时)(?=[，,。；;、]))")
_NOMINAL_BEFORE_ZH = re.compile(r"(?:接受|进行|经过?|予以|给予|开展|常规|标准|一种|的)$")
_PURPOSE_EN = re.compile(r"\b(?:to|for|in|aim\w* at|order to)\s+(?:\w+ly\s+)?$", re.I)
_PURPOSE_ZH = re.compile(r"(?:用于|用来|旨在|以期|为了|以便|用以|(?<![可所得足难加予])以)$")


class Cue(BaseModel):
    """One cue found in the text: its class, the words and where they are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str  # correlational, causal, effective, modal, hedge, booster, negation, advice, ...
    text: str
    start: int
    end: int
    modal: str | None = None  # for a relation cue: the modal scoping over it ("may", "可能")
    negated: str | None = None  # for a relation cue: the negation scoping over it ("not", "未")
    nominal: bool = False  # an English causal word used as an adjective ("increased risk")
    infinitive: bool = False  # a purpose clause, not a finding ("strategies to reduce", 用于治疗)


def language_of(text: str) -> str:
    """'zh' when the sentence is mostly Han characters, else 'en'."""
    han = len(_HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if han and han >= latin / 4 else "en"


@lru_cache(maxsize=2)
def _compiled(language: str) -> dict[str, re.Pattern[str]]:
    lexicon = ZH if language == "zh" else EN
    flags = 0 if language == "zh" else re.IGNORECASE
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), flags)
            for kind, patterns in lexicon.items()}


def find_cues(text: str, language: str | None = None) -> list[Cue]:
    """Every cue in `text`, relation cues annotated with the modal/negation in their scope."""
    lang = language or language_of(text)
    text = _TITLE.sub(lambda m: "\u3000" * len(m.group(0)), text)  # a cited title states nothing
    if lang == "en":
        text = mask_month_may(text)
    raw: list[Cue] = []
    for kind, pattern in _compiled(lang).items():
        raw.extend(Cue(kind=kind, text=m.group(0), start=m.start(), end=m.end())
                   for m in pattern.finditer(text) if m.group(0).strip())
    relations = _relations(raw)
    others = [c for c in raw if c.kind not in RELATIONS]
    scoped = [_scope(cue, others, text, lang) for cue in relations]
    return sorted(scoped + others, key=lambda c: (c.start, c.kind))


def mask_month_may(text: str) -> str:
    """`text` with each month "May" ("in May 2019", "since May", "April–May") blanked out, so
    that only the modal "may" is left to be matched; spans keep their offsets."""
    spans = {m.span("may") for pattern in _MONTH_MAY for m in pattern.finditer(text)}
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _relations(cues: list[Cue]) -> list[Cue]:
    """Relation cues with overlaps resolved: the longer span wins; correlational over causal."""
    priority = {"trend": 0, "correlational": 1, "effective": 2, "causal": 3}
    ranked = sorted((c for c in cues if c.kind in RELATIONS),
                    key=lambda c: (-(c.end - c.start), priority[c.kind], c.start))
    kept: list[Cue] = []
    for cue in ranked:
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return kept


def _scope(cue: Cue, others: list[Cue], text: str, lang: str) -> Cue:
    before = text[:cue.start]
    boundary = _CLAUSE_ZH if lang == "zh" else _CLAUSE_EN
    cut = max((m.end() for m in boundary.finditer(before)), default=0)
    if lang == "zh":
        window_start = max(cut, cue.start - _WINDOW_ZH)
    else:
        words = list(re.finditer(r"\S+", before[cut:]))
        window_start = cut + (words[-_WINDOW_EN].start() if len(words) >= _WINDOW_EN else 0)
    modal = negated = None
    for other in others:
        if other.start >= window_start and other.end <= cue.start:
            if other.kind == "modal":
                modal = other.text
            elif other.kind == "negation":
                negated = other.text
    if lang == "zh":
        nominal = cue.kind == "causal" and bool(
            _NOMINAL_AFTER_ZH.match(text, cue.end) or _NOMINAL_BEFORE_ZH.search(before))
    else:
        nominal = (cue.kind == "causal" and bool(re.search(r"(?:ed|ing)$", cue.text, re.I))
                   and bool(_NOMINAL_BEFORE.search(before)))
    infinitive = cue.kind == "causal" and bool(
        _PURPOSE_ZH.search(before) if lang == "zh" else _PURPOSE_EN.search(before))
    return cue.model_copy(update={"modal": modal, "negated": negated, "nominal": nominal,
                                  "infinitive": infinitive})


def about_future_work(cue: Cue, text: str, language: str) -> bool:
    """Whether a (hedge) cue is about future work, not about the finding: future-work wording
    before it in its clause ("further studies may clarify …", 有待进一步验证) or right after it
    ("… and might be tested in people", "may warrant further study", 可能值得进一步验证)."""
    boundary = _HEDGE_CLAUSE_ZH if language == "zh" else _HEDGE_CLAUSE_EN
    start = max((m.end() for m in boundary.finditer(text, 0, cue.start)), default=0)
    after = boundary.search(text, cue.end)
    end = after.start() if after else len(text)
    if language == "zh":
        reach = cue.end + _FUTURE_REACH_ZH
    else:
        words = list(re.finditer(r"\S+", text[cue.end:end]))
        reach = cue.end + (words[_FUTURE_REACH_EN].start() if len(words) > _FUTURE_REACH_EN
                           else end - cue.end)
    future = _FUTURE["zh" if language == "zh" else "en"]
    return any(m.start() < reach for m in future.finditer(text, start, end))
