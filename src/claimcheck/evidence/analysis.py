"""Analysis computed once per text: sentences, their terms, and quantities with context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.quantities import DAYS_PER, extract_quantities
from claimcheck.evidence.terms import Terms, analyze_positions
from claimcheck.evidence.text import split_sentences
from claimcheck.models import FullText, Quantity, SourceRecord

SourceKind = Literal["title", "abstract", "full_text"]
MINOR_KINDS = frozenset({"year", "date", "duration"})
_CLAUSE = re.compile(r"[,，;；:：]\s*|\s+(?:whereas|while|but)\s+")
_MARKERS = re.compile(r"\[\s*\d+(?:\s*[,，\-–]\s*\d+)*\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


@dataclass(frozen=True)
class QuantityInfo:
    """A quantity with the meaning words of its clause and the time points beside it."""

    quantity: Quantity
    context: frozenset[str]  # concepts of its clause (claim side: maximal; source: all)
    times: frozenset[int]  # other durations in the clause, in days

    @property
    def is_minor(self) -> bool:
        """A year, date or duration: a time point beside the figures, checked but not decisive."""
        q = self.quantity
        return q.kind in MINOR_KINDS or (q.kind == "range" and q.unit in ("year_of", *DAYS_PER))

    @property
    def is_anchor(self) -> bool:
        """A figure that carries the claim (not a year, date or duration)."""
        q = self.quantity
        if q.kind in MINOR_KINDS or (q.kind == "range" and q.unit in ("year_of", *DAYS_PER)):
            return False
        if q.kind == "number":
            return (q.value or 0) >= 10 or q.decimals > 0
        return True


@dataclass(frozen=True)
class Unit:
    """One sentence of evidence, analysed."""

    text: str
    section: str | None
    source: SourceKind
    terms: Terms
    quantities: tuple[QuantityInfo, ...]


@dataclass(frozen=True)
class Analysed:
    terms: Terms
    quantities: tuple[QuantityInfo, ...]
    text: str = ""


def strip_markers(text: str) -> str:
    """Remove citation markers ("[1]", "[1,2]", "³") so they are not read as numbers."""
    return _MARKERS.sub("", text)


def duration_days(q: Quantity) -> float | None:
    if q.unit in DAYS_PER and q.value is not None:
        return q.value * DAYS_PER[q.unit]
    return None


def analyse(text: str, glossary: Glossary, *, claim: bool = False) -> Analysed:
    """Terms of the whole text and its quantities with clause context."""
    memo_key = (text, claim)
    cached = glossary.memo.get(memo_key)
    if isinstance(cached, Analysed):
        return cached
    result = _analyse(text, glossary, claim)
    if len(glossary.memo) > 50_000:
        glossary.memo.clear()
    glossary.memo[memo_key] = result
    return result


def _analyse(text: str, glossary: Glossary, claim: bool) -> Analysed:
    clean = strip_markers(text) if claim else text
    quantities = extract_quantities(clean)
    terms, events = analyze_positions(_without(clean, quantities, 0) if quantities else clean,
                                      glossary)
    if not quantities:
        return Analysed(terms, (), clean)
    bounds = _clauses(clean)
    clause_key: list[set[str]] = [set() for _ in bounds]
    clause_all: list[set[str]] = [set() for _ in bounds]
    for at, concept, maximal in events:
        idx = _clause_of(bounds, at)
        clause_all[idx].add(concept)
        if maximal:
            clause_key[idx].add(concept)
    infos: list[QuantityInfo] = []
    for q in quantities:
        idx = _clause_of(bounds, q.start)
        own = clause_key[idx] if claim else clause_all[idx]
        context = set(own)
        if len([c for c in clause_key[idx] if glossary.kind(c) != "generic"]) < 2 and idx > 0:
            context |= clause_key[idx - 1] if claim else clause_all[idx - 1]
        s, e = bounds[idx]
        times = {round(d) for other in quantities
                 if other is not q and s <= other.start < e
                 and (d := duration_days(other)) is not None}
        infos.append(QuantityInfo(q.model_copy(update={"context": sorted(context)}),
                                  frozenset(context), frozenset(times)))
    return Analysed(terms, tuple(infos), clean)


def _clause_of(bounds: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (s, e) in enumerate(bounds) if s <= at < e), len(bounds) - 1)


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE.finditer(text):
        if _inside_number(text, m.start()):
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _inside_number(text: str, pos: int) -> bool:
    """A comma of digit grouping (25,871) does not end a clause."""
    return (text[pos] == "," and 0 < pos < len(text) - 1 and text[pos - 1].isdigit()
            and text[pos + 1].isdigit())


def _without(clause: str, quantities: list[Quantity], offset: int) -> str:
    """The clause with its quantities blanked (their unit words are not meaning words)."""
    chars = list(clause)
    for q in quantities:
        for i in range(max(q.start - offset, 0), min(q.end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def source_units(record: SourceRecord | None, full_text: FullText | None,
                 glossary: Glossary) -> list[Unit]:
    """Title, abstract sentences (with section labels) and full-text passages, analysed."""
    units: list[Unit] = []
    if record is not None:
        if record.title:
            units.append(_unit(record.title, "Title", "title", glossary))
        for section in record.abstract:
            label = section.label or section.category
            for sentence in split_sentences(section.text):
                units.append(_unit(sentence, label, "abstract", glossary))
    if full_text is not None:
        for passage in full_text.passages:
            source: SourceKind = "title" if passage.kind == "title" else "full_text"
            label = passage.section or passage.kind
            for sentence in split_sentences(passage.text):
                units.append(_unit(sentence, label, source, glossary))
    return units


def _unit(text: str, section: str | None, source: SourceKind, glossary: Glossary) -> Unit:
    analysed = analyse(text, glossary)
    return Unit(text, section, source, analysed.terms, analysed.quantities)
