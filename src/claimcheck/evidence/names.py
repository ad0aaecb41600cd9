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


#: a symbol with digits in it, in Latin letters ("IL-6", "C797S", "R1b1b2", "interleukin-9")
_SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
#: a label and its number: "type 2", "class III", "grade 3", "stage IV", "phase 3"
_LABEL = re.compile(r"\b(type|class|grade|stage|phase)\s+([1-9]\d?|[IVX]{1,4})\b", re.I)
#: the numbers a label lists in a row: "grade 3 or 4", "types 1 and 2", "stage II-III"
_LISTED = re.compile(r"\b(?:types?|class(?:es)?|grades?|stages?|phases?)\s+((?:[1-9]\d?|[IVX]{1,4})"
                     r"(?:\s*(?:,|or|and|to|-|–|/)\s*(?:[1-9]\d?|[IVX]{1,4}))*)\b", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}


def renumbered_names(claim_text: str, source_text: str) -> list[tuple[str, str]]:
    """Numbered names of the claim the source writes nowhere while it writes the same name
    with another number: "IL-9" where the source has only "IL-6", "C1093S" for "C797S",
    "type 4 diabetes" for "type 2" (session 14). Each as (the claim's, one of the source's)."""
    text = squeezed(source_text)
    theirs: dict[str, str] = {}
    for m in _SYMBOL.finditer(source_text):
        if is_name(m.group()) and re.search(r"\d", m.group()):
            theirs.setdefault(_shape(m.group()), m.group())
    out = []
    for m in _SYMBOL.finditer(claim_text):
        word = m.group()
        if is_name(word) and re.search(r"\d", word) and squeezed(word) not in text and \
                _shape(word) in theirs:
            out.append((word, theirs[_shape(word)]))
    out += _recoded(claim_text, source_text, text)
    listed: dict[str, set[int]] = {}
    for m in _LISTED.finditer(source_text):
        label = m.group().split()[0].lower().rstrip("s").replace("classe", "class")
        listed.setdefault(label, set()).update(
            _label_number(n) for n in re.findall(r"[1-9]\d?|[IVX]{1,4}", m.group(1)))
    for m in _LABEL.finditer(claim_text):
        label, number = m.group(1).lower(), _label_number(m.group(2))
        if label in listed and number not in listed[label]:
            out.append((m.group(), f"{label} {min(listed[label])}"))
    return out


#: a code of two or three capitals, written alone: "XX", "XY", "HbS", "IgM" take a lower
#: case inside too
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,3}|[A-Z][a-z][A-Z])(?![A-Za-z0-9])")


def _recoded(claim_text: str, source_text: str, squeezed_source: str) -> list[tuple[str, str]]:
    """Short letter codes of the claim the source never writes while it writes one that
    differs only in its last letter: "XY" where the source has "XX" (a karyotype), "IgM" for
    "IgG", "HbA" for "HbS" (session 15)."""
    theirs = {m.group() for m in _CODE.finditer(source_text)}
    out = []
    for m in _CODE.finditer(claim_text):
        code = m.group()
        other = next((t for t in sorted(theirs) if len(t) == len(code) and t[:-1] == code[:-1]
                      and t != code), None)
        if other is not None and code.lower() not in squeezed_source:
            out.append((code, other))
    return out


def _shape(word: str) -> str:
    """A name with each run of digits as "#": "IL-6" and "interleukin-9" are both "il#"."""
    text = word.lower()
    for long, short in _LONG_FORMS:
        text = text.replace(long, short)
    return re.sub(r"\d+", "#", re.sub(r"[\W_]+", "", text))


def _label_number(text: str) -> int:
    return int(text) if text.isdigit() else _ROMAN.get(text.lower(), 0)
