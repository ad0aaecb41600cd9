"""Turn the cues of a sentence into the named features the strength model weighs."""

from __future__ import annotations

import re

from claimcheck.strength.cues import RELATIONS, Cue


def features(cues: list[Cue], language: str) -> dict[str, float]:
    """Language-independent cue features, plus the identity of each English relation cue."""
    found: dict[str, float] = {"bias": 1.0}
    kinds = {c.kind for c in cues}
    for kind in ("hedge", "booster", "negation", "advice", "no_difference", "modal",
                 "causal_noun", "frame"):
        if kind in kinds:
            found[f"has:{kind}"] = 1.0
    relations = [c for c in cues if c.kind in RELATIONS]
    if not relations:
        found["no_relation"] = 1.0
    for cue in relations:
        kind = cue.kind
        if cue.nominal:
            kind = "causal_nominal"
        elif cue.infinitive:
            kind = "causal_purpose"
        state = "negated" if cue.negated else "modal" if cue.modal else "plain"
        found[f"rel:{kind}"] = 1.0
        found[f"rel:{kind}:{state}"] = 1.0
        if language == "en":
            found[f"lex:{_lemma(cue.text)}"] = 1.0
            if cue.modal:
                found[f"lex:{_lemma(cue.text)}:modal"] = 1.0
    if relations:
        first = relations[0]
        found[f"first:{'causal_nominal' if first.nominal else first.kind}"] = 1.0
        states = {("modal" if c.modal else "plain") for c in relations if not c.negated}
        plain_causal = any(c.kind in ("causal", "effective") and not c.modal and not c.nominal
                           for c in relations)
        modal_causal = any(c.kind in ("causal", "effective") and c.modal for c in relations)
        corr = any(c.kind == "correlational" for c in relations)
        if plain_causal and not modal_causal and not corr:
            found["only:direct_causal"] = 1.0
        if modal_causal and not plain_causal:
            found["only:modal_causal"] = 1.0
        if corr and not plain_causal and not modal_causal:
            found["only:correlational"] = 1.0
        if states == {"modal"}:
            found["all_relations_modal"] = 1.0
    return found


def _lemma(word: str) -> str:
    """A crude English lemma for a cue ("reduced" → "reduc"), so word forms share a weight."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    return re.sub(r"(?:ing|ed|es|s|e|ion|ions|ly)$", "", word) if " " not in word else word


def word_features(text: str, cues: list[Cue] | None = None) -> dict[str, float]:
    """English word unigrams and bigrams (lower-cased), and the two words each side of every
    relation cue ("patients treated", "risk of"), for the English model."""
    words = re.findall(r"[a-z]+(?:'t)?", text.lower())
    found = {f"w:{w}": 1.0 for w in words}
    found.update({f"b:{a}_{b}": 1.0 for a, b in zip(words, words[1:], strict=False)})
    for cue in cues or []:
        if cue.kind in RELATIONS:
            for word in re.findall(r"[a-z]+", text[:cue.start].lower())[-2:]:
                found[f"L:{word}"] = 1.0
            for word in re.findall(r"[a-z]+", text[cue.end:].lower())[:2]:
                found[f"R:{word}"] = 1.0
    return found

