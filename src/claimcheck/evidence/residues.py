"""Residue numbers bound to the protein they belong to (session 14).

"… phosphorylates MKP1 at serine 334 …; … phosphorylation of IRS1 at serine 307" gives
serine 307 to IRS1: a claim that "MKP1 is phosphorylated at serine 307" takes a number of one
protein for another. A residue is an amino acid named with its position ("serine 307",
"Ser-307", "Ser307", "S307"); the protein it is bound to is the symbol written just before it
in its clause ("IRS1 at serine 307", "MKP1 (…) at Ser334"), or just after it ("Ser307 of
IRS1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.names import is_name, squeezed

_AMINO = {
    "alanine": "ala", "arginine": "arg", "asparagine": "asn", "aspartate": "asp",
    "cysteine": "cys", "glutamate": "glu", "glutamine": "gln", "glycine": "gly",
    "histidine": "his", "isoleucine": "ile", "leucine": "leu", "lysine": "lys",
    "methionine": "met", "phenylalanine": "phe", "proline": "pro", "serine": "ser",
    "threonine": "thr", "tryptophan": "trp", "tyrosine": "tyr", "valine": "val"}
_ONE_LETTER = {"A": "ala", "R": "arg", "N": "asn", "D": "asp", "C": "cys", "E": "glu",
               "Q": "gln", "G": "gly", "H": "his", "I": "ile", "L": "leu", "K": "lys",
               "M": "met", "F": "phe", "P": "pro", "S": "ser", "T": "thr", "W": "trp",
               "Y": "tyr", "V": "val"}
_RESIDUE = re.compile(
    r"\b(?:(?P<name>(?i:" + "|".join(sorted(_AMINO, key=len, reverse=True)) + "|"
    + "|".join(sorted(set(_AMINO.values()))) + r"))[\s-]?(?P<n>\d{1,4})"
    r"|(?P<one>[ARNDCEQGHILKMFPSTWYV])(?P<n1>\d{2,4}))\b")
#: a symbol in a window of text: a word with capitals or digits inside ("MKP1", "IRS1")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]")
_AFTER = re.compile(r"\s*(?:of|in|on|within)\s+(?:the\s+)?(?:protein\s+)?"
                    r"(?P<e>[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])")
_WINDOW = 90


@dataclass(frozen=True)
class Residue:
    """An amino acid at a position, the protein bound to it, and where it is printed."""

    amino: str
    number: int
    protein: str  # squeezed symbol, "" when none is bound
    start: int  # where the number is printed
    end: int


def residues(text: str) -> list[Residue]:
    """Every residue a text prints, with the protein each is bound to."""
    out = []
    for m in _RESIDUE.finditer(text):
        if m.group("name"):
            word = m.group("name").lower()
            amino, digits, at = _AMINO.get(word, word), m.group("n"), m.start("n")
        else:
            amino, digits, at = _ONE_LETTER[m.group("one")], m.group("n1"), m.start("n1")
        out.append(Residue(amino, int(digits), _bound(text, m.start(), m.end()), at,
                           m.end()))
    return out


def _bound(text: str, start: int, end: int) -> str:
    after = _AFTER.match(text, end)
    if after and is_name(after.group("e")):
        return squeezed(after.group("e"))
    window = re.split(r"[;,.:]\s", text[max(0, start - _WINDOW):start])[-1]
    names = [w for w in _TOKEN.findall(window) if is_name(w) and not _RESIDUE.fullmatch(w)]
    return squeezed(names[-1]) if names else ""


def other_protein(claim: Residue, source: list[Residue]) -> bool:
    """The source gives the claim's residue to another protein and never to the claim's."""
    same = [r for r in source if (r.amino, r.number) == (claim.amino, claim.number)]
    return bool(claim.protein) and bool(same) and all(
        r.protein and r.protein != claim.protein for r in same)


def own_other_number(claim: Residue, source: list[Residue]) -> Residue | None:
    """A residue of the same amino acid the source binds to the claim's protein, at another
    position ("MKP1 at serine 334" for "MKP1 … at serine 307")."""
    return next((r for r in source if r.protein == claim.protein and r.amino == claim.amino
                 and r.number != claim.number), None)
