"""Names a source never writes (session 13).

A gene, protein or other symbol a claim names ("PPM1D", "TNFAIP3", "PD-1", "CRP"), or a drug
by its INN stem ("semaglutide"), that its source writes nowhere, not even inside a longer word, is not what the source speaks of: a
sentence carrying the claim's other words (p53, activation, enhance) states no finding of it,
and opposes none.
The test is lenient on purpose, so that only a name truly absent counts: letters are compared
without case, hyphens or spaces ("NF-kB" / "NFkB"), a zero may be the letter O ("fox0"), a
numbered family member is written where its family is ("Dscam1" in "Dscam"), an
interleukin or interferon may be abbreviated ("interleukin-2" / "IL-2"), and an abbreviation
may be written out ("SREBP2" / "sterol regulatory element-binding protein-2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: symbols of general molecules, not names of one thing a study is about
_GENERIC = frozenset({"dna", "rna", "mrna", "mirna", "lncrna", "cdna", "dsdna", "atp", "adp",
                      "gtp", "nad", "nadh", "nadph", "ros", "hiv"})
#: long forms a name may be abbreviated from, as the squeezed text reads them
_LONG_FORMS = (("interleukin", "il"), ("interferon", "ifn"))
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LETTER_DIGIT = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")
_THREE_CAPITALS = re.compile(r"[A-Z].*[A-Z].*[A-Z]")
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]*[A-Z]\w*")  # "FoxO", "NFkB"
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]+s")  # "EVs", "ESCs": cells, vesicles, traps


def is_name(word: str) -> bool:
    """A symbol of three or more letters and digits with a digit or capitals inside it
    ("PPM1D", "CRP", "FoxO"), not a plural abbreviation of a common noun ("EVs") or a
    general molecule ("RNA")."""
    alnum = re.sub(r"[\W_]+", "", word)
    if len(alnum) < 3 or alnum.lower() in _GENERIC or _PLURAL_ABBREVIATION.fullmatch(alnum):
        return False
    return bool(_LETTER_DIGIT.search(alnum) or _THREE_CAPITALS.search(alnum)
                or _INNER_CAPITAL.fullmatch(alnum))


def squeezed(text: str) -> str:
    """Lower case, interleukin/interferon as IL/IFN, no spaces or signs, zero as O."""
    text = text.lower()
    for long, short in _LONG_FORMS:
        text = text.replace(long, short)
    return re.sub(r"[\W_]+", "", text).replace("0", "o")


def written_in(name: str, squeezed_text: str) -> bool:
    """Is the name in the (squeezed) text, or, for a numbered one, its family's name?"""
    mine = squeezed(name)
    family = mine.rstrip("0123456789")
    return mine in squeezed_text or (len(family) >= 3 and family != mine
                                     and family in squeezed_text)


def unwritten_names(claim_text: str, surfaces: Iterable[str], source_text: str,
                    drugs: Iterable[str] = ()) -> list[str]:
    """The names in these claim words, and these drug names (`lexicon.is_drug_name`), that
    the source text never writes; a name the claim defines in brackets ("(BIR)") is an
    abbreviation of its own words, not counted."""
    text = squeezed(source_text)
    out = [drug for drug in drugs if squeezed(drug) not in text]
    for surface in surfaces:
        for word in _WORD.findall(surface):
            if is_name(word) and f"({word}" not in claim_text and not written_in(word, text) \
                    and not spelled_out(word, source_text):
                out.append(word)
    return out


def spelled_out(name: str, text: str) -> bool:
    """An abbreviation the text writes out: words in a row whose first letters spell its
    capitals ("SREBP2": "sterol regulatory element-binding protein-2")."""
    letters = "".join(ch for ch in name if ch.isupper()).lower()
    if len(letters) < 3 or letters != re.sub(r"[^a-z]", "", name.lower()):
        return False
    initials = "".join(w[0].lower() for w in re.findall(r"[^\W\d_]+", text))
    return letters in initials
