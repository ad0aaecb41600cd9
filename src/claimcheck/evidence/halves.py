"""One statement of a claim read against the piece of a sentence that speaks of it (session 15).

"Orlistat increased gastrointestinal side effects, and most patients regained the weight"
joins two statements; the source says "Orlistat reduced the incidence of diabetes … but
increased rates of gastrointestinal side effects and slightly lowered …". Read as a whole,
that clause states both directions, so it states no change of its own; its piece "increased
rates of gastrointestinal side effects" states the first statement's change. The piece, read
on its own, must state the statement as strictly as a whole sentence would.
"""

from __future__ import annotations

import dataclasses
import re

from claimcheck.evidence.analysis import Analysed, Unit, analyse, bracket_depths
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.guards import with_subject
from claimcheck.evidence.text import has_cjk

#: where a sentence's statements of change divide: "and", "but", "whereas", commas, semicolons
#: (outside brackets); Chinese commas, 以及, 并且, 而且, 但(是)
_PIECES = re.compile(r",?\s+(?:and|but|whereas|while)\s+|[,;]\s+|[，；、]|以及|并且|而且|但是?")
#: where a claim's clause joins a second statement without a comma of its own: "…and mean
#: that…", "…and recommend…", "…and should be…", ", so …", ", although …" (the comma-joined
#: clauses are cut by `judge._clause_pieces`)
_STATEMENTS = re.compile(r"\s+and\s+(?=(?:should|must|mean|recommend|advise|urge|call|say|"
                         r"suggest|propose|estimate|conclude|warn)s?\b)|"
                         r",\s+(?:so|although|though|which means)\s+", re.I)
#: a clause that says where, when, why or on what condition, not what was found: "在…中",
#: "为了解…", "无论…", "如果…", "当…时", "In patients lacking X", "To understand …",
#: "Regardless of …"; or a Chinese noun phrase headed by who it is about ("…甲基化程度高的女性",
#: the subject of the clause after the comma)
_NO_STATEMENT = re.compile(r"^(?:在.{0,40}(?:中|里|内|下|时|后|前)|为了?|无论|不论|不管|如果|假如|若|只要|"
                           r"当.{0,30}时|对于|关于).*$|"
                           r"^.*的(?:女性|男性|患者|病人|孕妇|产妇|儿童|孩子|老人|老年人|成年人|人群|"
                           r"人|者|小鼠|大鼠|动物)$|"
                           r"^(?:in|among|for|to|regardless|whether|if|when|once|after|before)\b"
                           r"[^,]*$", re.I)
#: a sentence naming its subject by a pronoun or quantifier alone
_PRONOUN = re.compile(r"^\s*(?:Many|Most|Some|All|Few|These|They|It|This|Both|None|Each)\s+"
                      r"(?:of (?:them|these|which)\s+)?(?:were|was|are|is|had|have|did|showed|"
                      r"could|can|may|[a-z]+ed)\b")
#: one half of a correlative ("越…越…", "the more …, the more …")
_CORRELATIVE = re.compile(r"越|^\s*the\s+(?:more|less|fewer|longer|shorter|higher|lower|"
                          r"greater|better|worse|earlier|later|[a-z]+er)\b", re.I)
#: a piece of a sentence needs this many characters to state something of its own
_MIN_PIECE = 6


def piece_units(part: Analysed, unit: Unit, glossary: Glossary) -> list[Unit]:
    """`unit` narrowed to each piece of its sentence that states a change, read on its own:
    a piece opening with its verb ("but increased rates of gastrointestinal side effects")
    takes the sentence's subject (`guards.with_subject`); one with a subject of its own ("and
    that associated with abortion was increased …") speaks of that subject only. Empty when
    the sentence is one piece."""
    texts = _pieces(unit.text)
    if len(texts) < 2 or not part.terms.direction:
        return []
    read = [analyse(with_subject(t, texts[0]) if i else t, glossary) for i, t in enumerate(texts)]
    # what the whole sentence holds that no piece read alone does (an abbreviation's
    # expansion, "SDI"): the sentence's setting, kept by every piece; never a change
    kept = unit.terms.all - _changes(unit, glossary) - frozenset().union(
        *(r.terms.all for r in read))
    return [dataclasses.replace(unit, text=r.text, terms=dataclasses.replace(
                r.terms, all=r.terms.all | kept), clauses=r.clauses, quantities=r.quantities,
                lent=frozenset(), lent_stems=frozenset())
            for r in read if r.terms.direction]


def _pieces(text: str) -> list[str]:
    depths = bracket_depths(text)
    out, start = [], 0
    for m in _PIECES.finditer(text):
        if depths[m.start()] == 0:
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [p.strip() for p in out if len(p.strip()) >= _MIN_PIECE]


def statements(pieces: list[str]) -> list[str]:
    """A claim's clauses cut where they join a second statement (`_STATEMENTS`), and a
    correlative across a comma kept whole: "下降越多的孕妇，日后越容易发生子痫前期", "the longer
    they stayed, the worse they fared" is one statement."""
    out: list[str] = []
    for piece in pieces:
        if out and _CORRELATIVE.search(out[-1]) and _CORRELATIVE.search(piece):
            out[-1] = f"{out[-1]}，{piece}" if has_cjk(piece) else f"{out[-1]}, {piece}"
            continue
        out.extend(p.strip(" ,") for p in _STATEMENTS.split(piece) if p.strip(" ,"))
    return out


def asserts(clause: str) -> bool:
    """The clause states a finding, not a setting, purpose, condition or a noun phrase."""
    return _NO_STATEMENT.match(clause.strip()) is None


def pronoun_subject(sentence: str) -> bool:
    """The sentence names its subject by a pronoun or quantifier ("Many were based on …")."""
    return _PRONOUN.match(sentence) is not None


def _changes(unit: Unit, glossary: Glossary) -> frozenset[str]:
    """The sentence's words of change, which its pieces do not inherit."""
    return frozenset(c for c in unit.terms.all if glossary.kind(c) in ("up", "down"))
