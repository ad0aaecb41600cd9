"""`claim_strength(text)`: how strongly a sentence states a relationship, with its cues."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.strength.cues import RELATIONS, Cue, about_future_work, find_cues, language_of
from claimcheck.strength.features import features, word_features
from claimcheck.strength.model import contributions, load_weights, scores

LABEL_NAMES = {0: "no relationship", 1: "correlational", 2: "conditional causal",
               3: "direct causal"}
# A booster right after a negation is not a booster: "not proven", 尚未证实, 不确定.
_NEGATED_BOOSTER_EN = re.compile(r"\b(?:not|never|yet to be|un)\s*$", re.I)
_NEGATED_BOOSTER_ZH = re.compile(r"(?:不|未|尚未|无法|没有|并未|未能|难以)$")


class Strength(BaseModel):
    """The strength of one sentence: label 0–3 and the cues that decided it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    language: str  # "en" or "zh"
    label: int  # 0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal
    name: str  # LABEL_NAMES[label]
    probabilities: list[float] = Field(default_factory=list)  # per label, 0..3
    cues: list[Cue] = Field(default_factory=list)  # relation cues, with modal/negation scope
    boosters: list[Cue] = Field(default_factory=list)  # "proven", 证实, 根治, …
    # Hedges on the finding ("may", "suggests", 可能, 提示, …); one in a clause about future
    # work ("might be tested in people", "further studies should …") is not one.
    hedges: list[Cue] = Field(default_factory=list)
    why: list[str] = Field(default_factory=list)  # the features that pushed the label most

    def wording(self) -> str:
        """The cue words behind the label: "may reduce" for 2, "reduces" for 3, "linked to" for 1."""
        wanted = {3: ("causal", "effective"), 2: ("causal", "effective"), 1: ("correlational",)}
        kinds = wanted.get(self.label, ())
        chosen = [c for c in self.cues if c.kind in kinds and not c.negated and not c.nominal
                  and not c.infinitive and (bool(c.modal) == (self.label == 2) or self.label == 1)]
        chosen = chosen or [c for c in self.cues if not c.negated]
        words = [f"{c.modal} {c.text.strip()}" if c.modal else c.text.strip() for c in chosen]
        return ", ".join(dict.fromkeys(words))

    def describe(self) -> str:
        """'3 direct causal (导致)' — the label with its deciding relation cue words."""
        words = self.wording()
        return f"{self.label} {self.name}" + (f" ({words})" if words else "")


def sentence_features(text: str, language: str | None, *, words: bool) -> dict[str, float]:
    """The model's features for one sentence (cue features; English word n-grams if `words`)."""
    lang = language or language_of(text)
    cues = find_cues(text, lang)
    found = features(cues, lang)
    if words and lang == "en":
        found.update(word_features(text, cues))
    return found


def claim_strength(text: str, language: str | None = None) -> Strength:
    """Classify a sentence on the 0–3 claim-strength scale (English or Chinese).

    English uses the model over cue features and word n-grams; Chinese the model over the
    language-independent cue features alone. Both are fitted by scripts/fit_strength.py.
    """
    lang = language or language_of(text)
    cues = find_cues(text, lang)
    feats = features(cues, lang)
    shipped = load_weights()
    name = "en" if lang == "en" else "cues"
    if lang == "en":
        feats.update(word_features(text, cues))
    weights = shipped["models"][name]
    # "ovr": four one-vs-rest logistic regressions (the English model since issue 9g)
    probs = scores(feats, weights, ovr=shipped.get("losses", {}).get(name) == "ovr")
    label = max(range(len(probs)), key=lambda k: probs[k])
    why = [name for name, value in contributions(feats, weights, label)[:4] if value > 0]
    return Strength(
        text=text, language=lang, label=label, name=LABEL_NAMES[label],
        probabilities=[round(p, 4) for p in probs],
        cues=[c for c in cues if c.kind in RELATIONS],
        boosters=[c for c in cues if c.kind == "booster" and not _negated(c, text, lang)],
        hedges=[c for c in cues if c.kind == "hedge" and not about_future_work(c, text, lang)],
        why=why,
    )


def _negated(cue: Cue, text: str, lang: str) -> bool:
    pattern = _NEGATED_BOOSTER_ZH if lang == "zh" else _NEGATED_BOOSTER_EN
    return bool(pattern.search(text[:cue.start]))
