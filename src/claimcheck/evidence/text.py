"""Low-level text helpers: English tokens and stems, sentence splitting, script detection."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-\d+\b)?|[αβγδεζηθικλξπρστφχψω]")
#: a lower-case Greek letter is the word of its English name: "β-catenin" is "beta-catenin",
#: "TNF-α" "TNF-alpha" (session 12). Not μ, which is the micro of a unit, nor capitals (Δ, a
#: change)
_GREEK = dict(zip("αβγδεζηθικλξπρστφχψω", [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega"], strict=True))
#: prefixes a hyphen binds to a lower-case word ("anti-inflammatory", "over-expression",
#: "co-infection"): one word, the same as its closed spelling ("antiinflammatory"). A word after
#: the hyphen with capitals or digits is a name of its own ("anti-TNF", "pre-mRNA"). Not joined:
#: the negative prefixes (non-, un-), whose closed forms the matcher reads as antonyms of the
#: bare word, and pre-/post-, prepositions a paraphrase writes out ("after treatment")
BOUND_PREFIXES = frozenset({
    "anti", "co", "re", "sub", "semi", "multi", "inter", "intra", "extra", "over", "under",
    "mid", "pro", "ultra", "hyper", "hypo", "neo", "peri", "trans", "poly", "pan", "bi", "tri",
    "de", "counter"})
_PREFIXED = re.compile(r"\b(?i:" + "|".join(sorted(BOUND_PREFIXES, key=len, reverse=True))
                       + r")-[a-z]{3,}\b(?!-\d)")
_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem, lower-cased: one word family, one stem."""
    w = word.lower()
    if "-" in w and w.replace("-", "").isalpha():
        w = w.replace("-", "")  # a prefixed compound: "non-teaching" is "nonteaching"
    w = _IRREGULAR_PLURALS.get(w, w)
    w = _american().get(w, w)  # "centres", "tumour", "randomised": one family with American
    if "ae" in w or "oe" in w:
        w = _BRITISH_MEDICAL.sub(lambda m: m.group(1) or m.group(2) or "", w)
    if len(w) <= 3 or not w.isalpha():
        return w
    if w in _KEPT_WHOLE:
        return w.removesuffix("s")
    return str(_stemmer().stemWord(w))


@lru_cache(maxsize=1)
def _american() -> Mapping[str, str]:
    """British spellings → American (the `breame` package's list, about 1,700 words)."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return dict(BRITISH_ENGLISH_SPELLINGS)


#: medical British spellings no word list covers: "hyponatraemia", "ischaemic", "oedema",
#: "dyspnoea", "haemodialysis" (a or o dropped before e in these roots only)
_BRITISH_MEDICAL = re.compile(
    r"(?<=[a-z])a(?=emi)|^(h)a(?=em)|(?<=p)a(?=ed)|^a(?=etio)|^o(?=e(?:dem|soph|str))|"
    r"(?<=[a-z])o(?=ea$|eas$|eal$|eic$)|^(f)o(?=et)|(?<=gyn)a(?=ec)|(?<=c)o(?=eliac)|"
    r"(?<=an)a(?=esth)")


#: English plurals Porter2 leaves in a family of their own: "children" is "child"
_IRREGULAR_PLURALS = {
    "children": "child", "women": "woman", "men": "man", "mice": "mouse", "feet": "foot",
    "teeth": "tooth", "geese": "goose", "lice": "louse", "oxen": "ox",
    "businesswomen": "businesswoman", "businessmen": "businessman", "grandchildren": "grandchild",
    "schoolchildren": "schoolchild", "stepchildren": "stepchild"}


#: words Porter2 joins to another family: a hospital is no hospitalisation
_KEPT_WHOLE = frozenset({"hospital", "hospitals"})


def words(text: str, *, join_prefixes: bool = False) -> list[tuple[str, int, int]]:
    """Latin words with their spans: letters first, digits allowed ("Th17", "COVID-19").
    With `join_prefixes`, a prefix bound by a hyphen stays with its word ("non-teaching")."""
    found = [(_GREEK.get(m.group(), m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    if not join_prefixes or "-" not in text:
        return found
    joined = {m.start(): m.end() for m in _PREFIXED.finditer(text)}
    out: list[tuple[str, int, int]] = []
    skip_until = -1
    for word, start, end in found:
        if start < skip_until:
            continue
        if joined.get(start, -1) > end:
            end, skip_until = joined[start], joined[start]
            word = text[start:end]
        out.append((word, start, end))
    return out


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


_ABBREVIATIONS = (
    "et al", "vs", "e.g", "i.e", "fig", "figs", "approx", "no", "dr", "ref", "refs", "ca", "cf",
    "resp", "incl", "min", "max", "sd", "mo", "wk", "yr", "yrs", "vol", "suppl", "st", "mr", "ms",
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ZH_SENTENCE_END = re.compile(r"(?<=[。！？!?])\s*")


def split_sentences(text: str) -> list[str]:
    """Split English (and Chinese) prose into sentences.

    A break after "et al.", "vs.", "e.g.", a single initial ("J.") or a decimal point is not
    a sentence end.
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n", text):
        block = block.strip()
        if not block:
            continue
        start = 0
        for m in _SENTENCE_END.finditer(block):
            head = block[start : m.start()].rstrip("\"'”’)]")
            last = head.rsplit(None, 1)[-1].lower().rstrip(".") if head.split() else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            out.append(block[start : m.start()].strip())
            start = m.end()
        out.append(block[start:].strip())
    result: list[str] = []
    for sentence in out:
        if has_cjk(sentence):
            result.extend(s for s in _ZH_SENTENCE_END.split(sentence) if s.strip())
        elif sentence:
            result.append(sentence)
    return result


#: "12 percent", "12.5 per cent": a percentage spelt out after its digits (not "percentage
#: points", nor a number word: "fifteen percent" is read as words)
_PERCENT_WORD = re.compile(r"(?<=\d)\s?(?:percent|per cent)\b(?!age)", re.I)


def percent_signs(text: str) -> str:
    """A claim's "12 percent" as "12%", the way sources print a share, so that every check
    that reads a percentage reads it in either spelling (session 14)."""
    return _PERCENT_WORD.sub("%", text)
