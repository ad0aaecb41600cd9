"""A direction verb and its own object, against the other direction on the same object (session 13).

A sentence's polarity is mixed when it has verbs of both directions: "PDS reduces
proliferation of HR-defective cells by inducing DSB accumulation" reduces one thing and
induces another. Read verb by verb, the object the claim's verb acts on can still be found with
the other direction: "Pyridostatin prevents double-strand breaks accumulation" against
"inducing DSB accumulation". Each verb of a small lexicon of general direction verbs
(induce/promote/enhance/activate… and prevent/inhibit/reduce/suppress…, 促进/诱导/增强… and
抑制/阻止/降低…) is read with the words after it up to a joint as its object. The claim's verb
clashes with a source verb of the other direction whose object carries every key concept of
the claim's object, where the source never gives that object the claim's direction and no
negation stands just before its verb. A removal before the first verb on either side ("Trem2
knockout decreased …", "inhibition of Rock1 reduces …") turns the verbs and is left to
`function.py`; one inside an object ("reduces proliferation of HR-defective cells") does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.function import removals
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.terms import Terms

_UP_EN = (r"induc|promot|increas|enhanc|activat|stimulat|trigger|upregulat|up-regulat|elevat|"
          r"boost|accelerat|augment|potentiat|facilitat")
_DOWN_EN = (r"prevent|inhibit|reduc|suppress|block|decreas|attenuat|impair|abolish|diminish|"
            r"downregulat|down-regulat|deactivat|inactivat|abrogat|repress")
_VERB_EN = re.compile(rf"\b(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))(?:e|es|ed|ing|s)?\b", re.I)
_UP_ZH = "促进|诱导|增强|激活|上调|加速|刺激|引起|导致"
_DOWN_ZH = "抑制|阻止|阻断|防止|预防|削弱|下调|减弱|阻碍|损害"
_VERB_ZH = re.compile(rf"(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH})")
#: where an object ends: a joint, a means or a clause of its own
_OBJECT_END = re.compile(r"[,;:.()\[\]，。；：（）、]|\b(?:by|through|via|which|that|and|but|"
                         r"while|whereas|thereby|leading|resulting|in|during|after)\b|"
                         r"从而|进而|并|而|通过|以", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|without|fail(?:s|ed)? to|unable to)\s+(?:\w+\s+){0,2}$|"
                       r"(?:不|未|没有|无法)\S{0,2}$", re.I)
_WORDS = 6  # an object's words at most (English)


@dataclass(frozen=True)
class Action:
    """A direction verb and the concepts of its object."""

    direction: int  # +1 up, -1 down
    verb: str
    start: int
    obj: Terms
    negated: bool


def actions(text: str, glossary: Glossary, *, claim: bool = False,
            pairs: Mapping[str, str] | None = None) -> list[Action]:
    """Every direction verb of the lexicon with its object, in order; an abbreviation the
    source defines (`pairs`: "DSBs" → "double-strand breaks", also read without its plural
    s) is read with its long form."""
    out = []
    for pattern in (_VERB_EN, _VERB_ZH):
        for m in pattern.finditer(text):
            rest = text[m.end():m.end() + 80]
            end = _OBJECT_END.search(rest)
            phrase = rest[:end.start() if end else len(rest)]
            if pattern is _VERB_EN:
                phrase = " ".join(phrase.split()[:_WORDS])
            phrase += "".join(f" {long}" for short, long in (pairs or {}).items()
                              if re.search(rf"\b{re.escape(short.rstrip('s'))}s?\b", phrase))
            obj = analyse(phrase, glossary, claim=claim).terms
            if not obj.key:
                continue
            negated = _NEGATION.search(text[max(0, m.start() - 30):m.start()]) is not None
            out.append(Action(1 if m["up"] else -1, m.group(), m.start(), obj, negated))
    return sorted(out, key=lambda a: a.start)


def object_clash(claim_text: str, source_text: str, glossary: Glossary,
                 pairs: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """The claim's verb and the source verb that gives its object the other direction, or
    None (see the module docstring)."""
    mine = [a for a in actions(claim_text, glossary, claim=True) if not a.negated]
    if len(mine) != 1:
        return None  # one stated action: a chain ("A inhibits B, which prevents C") is not read
    claimed = mine[0]
    theirs = actions(source_text, glossary, pairs=pairs)
    if _removed_subject(claim_text, mine, glossary) or \
            _removed_subject(source_text, theirs, glossary):
        return None  # "Trem2 knockout decreased …": a removal turns the verb (function.py)
    carrying = [a for a in theirs if _carries(claimed.obj, a.obj)]
    if any(a.direction == claimed.direction or a.negated for a in carrying):
        return None
    other = next((a for a in carrying if a.direction != claimed.direction), None)
    return (claimed.verb, other.verb) if other else None


def _removed_subject(text: str, read: list[Action], glossary: Glossary) -> bool:
    """A removal before the text's first direction verb: its subject is removed or blocked."""
    first = read[0].start if read else len(text)
    return any(r.start < first for r in removals(text, glossary))


def _carries(claim_obj: Terms, source_obj: Terms) -> bool:
    """The source object names every key concept of the claim's object."""
    return all(k in source_obj.all or k.lstrip("~") in source_obj.stems for k in claim_obj.key)
