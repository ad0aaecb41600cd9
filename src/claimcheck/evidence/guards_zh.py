"""Chinese claim-side cues of the precision guards (evidence/guards.py; docs/statuses.md).

A Chinese claim is checked against an English sentence: the claim's phrase (the object of a
change verb, what it is compared with, where a movement starts and ends) is read in Chinese and
looked for in the English sentence by the judge's own cross-language term test (`coverage`).
A guard trips only where that test can read the phrase: a phrase none of whose terms it can
find anywhere gives no verdict, so a gap of the dictionary never trips a guard.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import Terms

# ---------------------------------------------------------------- direction per object

_UP_ZH = ("增加", "增高", "升高", "提高", "提升", "增强", "加强", "上调", "增大", "扩大", "加快",
          "加速", "促进", "激活", "活化", "刺激", "加重", "加剧", "恶化")
_DOWN_ZH = ("减少", "降低", "下降", "减轻", "减弱", "削弱", "下调", "抑制", "阻止", "阻断", "阻碍",
            "预防", "防止", "减缓", "减慢", "延缓", "缓解", "损害", "消除", "失活", "灭活")
_VERB_ZH = "|".join(sorted(_UP_ZH + _DOWN_ZH, key=len, reverse=True))
#: verb + object: "减少细胞死亡和氧化应激"; not an attributive "活化的Cdk5" or "增加了的"
_VERB_OBJECT = re.compile(rf"({_VERB_ZH})(?!的)了?([^，,。；;：:、()（）\s]{{2,32}})")
#: 使/令/让 + object + verb: "使细胞死亡增加"
_CAUSE_OBJECT = re.compile(rf"(?:使|令|让|致使)([^，,。；;：:、()（）\s]{{2,16}}?)(?:显著|明显)?"
                           rf"({_VERB_ZH})")
_OBJECT_END = re.compile(r"(?:并|而|从而|进而|以(?!及)|来|通过|因此|是|会|可)")
_AND_ZH = re.compile(r"以及|和|与|及|或")


def _sign_zh(verb: str) -> int:
    return 1 if verb in _UP_ZH else -1


def directed_objects_zh(text: str) -> list[tuple[int, str]]:
    """(+1/−1, the object) for each Chinese verb of change bound to what changes:
    "减少细胞死亡和氧化应激" → (−1, 细胞死亡), (−1, 氧化应激); "使细胞凋亡增加" → (+1, 细胞凋亡)."""
    out: list[tuple[int, str]] = []
    for m in _VERB_OBJECT.finditer(text):
        obj = _OBJECT_END.split(m.group(2), maxsplit=1)[0]
        obj = re.split(_VERB_ZH, obj, maxsplit=1)[0]  # a second verb starts another clause
        out += [(_sign_zh(m.group(1)), part) for part in _coordinated(obj)]
    for m in _CAUSE_OBJECT.finditer(text):
        out += [(_sign_zh(m.group(2)), part) for part in _coordinated(m.group(1))]
    return out


def _coordinated(obj: str) -> list[str]:
    """The noun phrases of "A和B"; one phrase when a modifier joins them to one head
    ("A和B的风险", "A与B之间的相互作用")."""
    parts = _AND_ZH.split(obj)
    if len(parts) > 1 and re.search(r"的|之", "".join(parts[1:])):
        parts = [obj]
    return [part for part in parts if len(part) >= 2]


_UP_EN = ("increas", "elev", "rais", "higher", "greater", "enhanc", "upregul", "up-regul",
          "promot", "potenti", "augment", "acceler", "activat", "stimul", "exacerb", "aggrav")
_DOWN_EN = ("decreas", "reduc", "lower", "diminish", "attenu", "suppress", "inhibit",
            "downregul", "down-regul", "impair", "declin", "slow", "prevent", "block", "dampen",
            "abolish", "lessen", "allevi", "amelior", "deactivat", "inactivat")
_STOP_EN = re.compile(r"^(?:by|through|via|in|during|when|from|to|with|on|at|than|among|after|"
                      r"before|for|which|that|who|whereas|while|but|is|are|was|were|be|and|or)$",
                      re.I)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+-]*|[.,;:()\[\]]")


def _sign_en(word: str) -> int:
    w = word.lower()
    if w.startswith(("deactivat", "inactivat")):
        return -1
    return 1 if w.startswith(_UP_EN) else -1 if w.startswith(_DOWN_EN) else 0


def directed_phrases(text: str) -> list[tuple[int, str]]:
    """(+1/−1, the words after it) for each English word of change, up to six words and the
    first clause word, punctuation or "and"/"or": "a lower risk of type 2 diabetes, whereas"
    → (−1, "risk of type 2 diabetes")."""
    tokens = list(_TOKEN.finditer(text))
    out: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        sign = _sign_en(token.group())
        if not sign:
            continue
        start = end = None
        for t in tokens[i + 1 : i + 7]:
            word = t.group()
            if not word[0].isalnum() or _STOP_EN.match(word) or _sign_en(word):
                break
            start = t.start() if start is None else start
            end = t.end()
        if start is not None and end is not None:
            out.append((sign, text[start:end]))
    return out


def carries(phrase: str, english: str, glossary: Glossary) -> bool:
    """The English text carries every key term of the Chinese phrase (one at least)."""
    terms = analyse(phrase, glossary, claim=True).terms
    if not terms.key:
        return False
    cov = coverage(terms, analyse(english, glossary).terms, glossary)
    return not cov.missing


def object_reversed(claim: str, sentence: str, glossary: Glossary) -> tuple[str, int] | None:
    """The Chinese claim's (object, sign) the English sentence states only the other way: every
    sentence phrase carrying all of the object's terms is changed the opposite way."""
    stated = directed_phrases(sentence)
    for sign, obj in directed_objects_zh(claim):
        same = [s for s, phrase in stated if carries(obj, phrase, glossary)]
        if same and all(s == -sign for s in same):
            return obj, sign
    return None


# ---------------------------------------------------------------- comparator

_AGAINST_ZH = (
    re.compile(r"(?:与|和|同|跟)([^，,。；;：:、与和]{2,24}?)(?:相比|相较|比较|对比)"),
    re.compile(r"(?:相比于|相较于|相对于|较之于?)([^，,。；;：:、]{2,24}?)(?=[，,。；;]|而言|，|$)"),
    re.compile(r"(?<![相对类])比(?!例|率|值|重|较|如)([^，,。；;：:、比]{2,20}?)(?:更|还|要|高|低|多|少|大|小|好|差|强|弱|快|慢|长|短|"
               r"早|晚|有效|明显|显著)"),
    re.compile(r"(?:高|低|优|劣|多|少|强|弱|快|慢|大|小|长|短|早|晚|好)于([^，,。；;：:、]{2,20})"),
)


def comparator_zh(claim: str) -> tuple[str, str] | None:
    """(what the Chinese claim is compared with, the rest of the claim), or None."""
    for pattern in _AGAINST_ZH:
        m = pattern.search(claim)
        if m:
            return m.group(1), claim[: m.start()] + "，" + claim[m.end() :]
    return None


def comparator_missing(claim: str, stated: list[str], glossary: Glossary) -> str | None:
    """The Chinese claim's comparator when its own terms (those not also in the rest of the
    claim) are all readable in English and none is in the sentence's comparator phrases."""
    found = comparator_zh(claim)
    if found is None or not stated:
        return None
    phrase, rest = found
    own = _own_terms(phrase, rest, glossary)
    if own is None or not readable(own, glossary) or \
            any(coverage(own, analyse(s, glossary).terms, glossary).score > 0 for s in stated):
        return None
    return phrase


def readable(terms: Terms, glossary: Glossary) -> bool:
    """Every key term has an English form: a glossary concept, or a Chinese word the
    dictionary reads (a word it cannot read gives no verdict)."""
    return all(not c.startswith("zh:") or glossary.lexicon().read(c[3:]) is not None
               for c in terms.key)


def _own_terms(phrase: str, rest: str, glossary: Glossary) -> Terms | None:
    terms = analyse(phrase, glossary, claim=True).terms
    key = terms.key - analyse(rest, glossary, claim=True).terms.all
    key = frozenset(c for c in key if glossary.kind(c) not in ("up", "down"))
    return replace(terms, key=key) if key else None


# ---------------------------------------------------------------- route

#: 从/由/自 A (转移/迁移 …) 到/至/向/进入 B, or 由 A 转变为/转化为 B (a change of state)
_FROM_TO_ZH = re.compile(r"(?:从(?!头|而|未|不|中|此)|由(?!于|此)|自(?=[^身我然发主体动己]))"
                         r"([^，,。；;：:、从由自]{2,16}?)(?:(?:转移|迁移|移动|转运|转位|易位|输送|运输|"
                         r"释放|扩散|流动|移位)?(?:到|至|向|进入|入)|(?:转变|转化|转换|变)(?:为|成))"
                         r"([^，,。；;：:、]{2,16}?)(?=[，,。；;：:]|中|内|里|时|后|$)")


def route_zh(claim: str) -> tuple[str, str] | None:
    """(A, B) of a Chinese "从A到B" / "由A向B" in the claim, or None."""
    m = _FROM_TO_ZH.search(claim)
    return (m.group(1), m.group(2)) if m else None


def place_missing(place: str, sentence: str, glossary: Glossary) -> bool:
    """The sentence names none of the place's terms, all of which read in English."""
    terms = analyse(place, glossary, claim=True).terms
    if not terms.key or not readable(terms, glossary):
        return False
    return coverage(terms, analyse(sentence, glossary).terms, glossary).score == 0
