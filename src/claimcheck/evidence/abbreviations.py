"""Abbreviations a text defines ("cerebrospinal fluid (CSF)"), read as their long forms.

A source that defines CSF once and then writes only "CSF", or a claim that spells out
"AMP-activated protein kinase (AMPK)" against an abstract that writes "AMPK", states the
same thing in other letters. Pairs are found with the Schwartz–Hearst algorithm
(Schwartz & Hearst, PSB 2003): the short form in brackets, its letters found right to left
in the words before it, the first letter starting a word. A sentence that carries one form
of a pair is given the concepts of the other, so coverage sees them as the same term.
(The PyPI `abbreviations` package implements the same algorithm but configures the root
logger at import, which a library must not do to its users.)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping

from claimcheck.evidence.analysis import Clause, QuantityInfo, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.terms import analyze
from claimcheck.evidence.text import has_cjk

#: an abbreviation worth reading: two to ten characters, a capital among them ("CSF",
#: "mTECs", "HbA1c", "NF-κB"), no spaces
_ABBREVIATION = re.compile(r"^(?=.*[A-Z])[A-Za-z0-9][A-Za-z0-9αβγκ\-]{1,9}$")
#: the short form in round brackets, or in square ones inside a bracket ("(absolute risk
#: reduction [ARR], 12.3%", "(likelihood ratio [LR], 18", session 13)
_BRACKETED = re.compile(r"\(([^()\[\]]{2,40})\)|\[([^()\[\]]{2,40})\]")
_CLAUSE_START = re.compile(r".*(?:[.;:!?]\s|\()", re.S)


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation → long form for every pair the texts define; the first definition of an
    abbreviation wins. In Chinese the long form is the noun phrase before the bracket
    ("酪氨酸激酶抑制剂（TKI）"), in English the words that spell the letters."""
    pairs: dict[str, str] = {}
    for text in texts:
        if not text or ("(" not in text and "（" not in text and "[" not in text):
            continue
        if has_cjk(text):
            for m in _BRACKETED_ZH.finditer(text):
                phrase = _ZH_FUNCTION.split(m.group(1))[-1]
                if len(phrase) >= 2:
                    pairs.setdefault(m.group(2), phrase)
            continue
        for m in _BRACKETED.finditer(text):
            short = re.split(r"[,;]\s", m.group(1) or m.group(2))[0].strip()
            if short in pairs or not _ABBREVIATION.match(short):
                continue
            before = text[:m.start()]
            start = _CLAUSE_START.match(before)
            long = _long_form(short, before[start.end() if start else 0:].split())
            if long is not None:
                pairs[short] = long
    return pairs


#: "婴儿猝死综合征（SIDS）": Chinese words, then an abbreviation in brackets
_BRACKETED_ZH = re.compile(r"([\u3400-\u9fff]{2,16})\s*[（(]\s*([A-Za-z][A-Za-z0-9\-]{1,9})\s*[)）]")
#: where the noun phrase before the bracket begins: after a particle, preposition or
#: conjunction ("低细胞对酪氨酸激酶抑制剂" → 酪氨酸激酶抑制剂)
_ZH_FUNCTION = re.compile(r"[的是在对会和与及并将被把使让由从于为即或以]")


def _long_form(short: str, words: list[str]) -> str | None:
    """The words before the bracket that spell the short form (Schwartz–Hearst)."""
    window = words[-min(len(short) + 5, len(short) * 2):]
    candidate = " ".join(window)
    letters = [ch.lower() for ch in short if ch.isalnum()]
    at = len(candidate) - 1
    for i in range(len(letters) - 1, -1, -1):
        while at >= 0 and (candidate[at].lower() != letters[i] or (
                i == 0 and at > 0 and candidate[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return None
        at -= 1
    long = candidate[candidate.rfind(" ", 0, at + 1) + 1:]
    if len(long) < len(short) + 2 or short.lower() in long.lower().split() or \
            _DIGITS.findall(long) != _DIGITS.findall(short) or any(ch in long for ch in "()[]"):
        return None
    return long


#: a number in a long form is one the short form writes too: "type 2 diabetes mellitus
#: (T2DM)", "uncoupling protein 1 (UCP1)" (session 12), never a figure the letters skip
_DIGITS = re.compile(r"\d+")


#: an abbreviation written without a definition: three to six capitals ("TNF", "ICU", "LDL"),
#: a plural "s" allowed; two letters ("MI", "HR") are too many phrases' initials
_UNDEFINED = re.compile(r"(?<![A-Za-z0-9-])([A-Z]{3,6})s?(?![A-Za-z0-9-])")
_WORD = re.compile(r"[A-Za-z]+")
#: words no long form begins a part with ("the new finding" spells no TNF)
_NOT_INITIAL = frozenset({
    "the", "and", "of", "in", "to", "for", "with", "was", "were", "a", "an", "on", "at", "by",
    "from", "that", "this", "is", "are", "as", "or", "not", "but", "its", "their", "be", "been",
    "has", "have", "had", "than", "who", "which", "we", "our", "all", "no"})
_MIN_PART = 3  # letters of each word of a long form


def spelled_out(claim: str, texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation → long form where one side writes a common abbreviation without defining
    it and the other spells it out (session 10): a claim's "TNF inhibitors" against "tumour
    necrosis factor inhibitors", a claim's "low-density lipoprotein" against a source's
    "LDL". The long form is as many consecutive words (hyphens split) as the abbreviation
    has letters, each beginning with its letter, none a function word."""
    texts = [t for t in texts if t and not has_cjk(t)]
    if not claim or has_cjk(claim) or not texts:
        return {}
    pairs: dict[str, str] = {}
    source_text = " ".join(texts)
    for short in dict.fromkeys(m.group(1) for m in _UNDEFINED.finditer(claim)):
        if not _written(short).search(source_text):
            long = _spelled(short, source_text)
            if long is not None:
                pairs[short] = long
    for short in dict.fromkeys(m.group(1) for m in _UNDEFINED.finditer(source_text)):
        if short not in pairs and not _written(short).search(claim):
            long = _spelled(short, claim)
            if long is not None:
                pairs[short] = long
    return pairs


def _written(short: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9]){short}s?(?![A-Za-z0-9])")


def _spelled(short: str, text: str) -> str | None:
    """The first run of words in the text whose initials spell the abbreviation."""
    words = list(_WORD.finditer(text))
    letters = short.lower()
    n = len(letters)
    for i in range(len(words) - n + 1):
        run = words[i : i + n]
        if all(w.group()[0].lower() == ch and len(w.group()) >= _MIN_PART
               and w.group().lower() not in _NOT_INITIAL and not w.group().isupper()
               for w, ch in zip(run, letters, strict=True)) and all(
                re.fullmatch(r"[\s-]+", text[a.end():b.start()])
                for a, b in zip(run, run[1:], strict=False)):
            return text[run[0].start():run[-1].end()]
    return None


#: a species name in full ("Helicobacter pylori") and with its genus abbreviated ("H. pylori",
#: "H pylori", "H.pylori")
_BINOMIAL = re.compile(r"\b([A-Z][a-z]{3,})\s+([a-z]{4,})\b")
_SHORT_BINOMIAL = re.compile(r"(?<![A-Za-z])([A-Z])(?:\.\s?|\s)([a-z]{4,})\b")


def species(texts: Iterable[str]) -> dict[str, str]:
    """"H. pylori" → "Helicobacter pylori" where the texts write a species both ways."""
    texts = [t for t in texts if t]
    short = {(m.group(1), m.group(2)) for t in texts for m in _SHORT_BINOMIAL.finditer(t)}
    if not short:
        return {}
    pairs: dict[str, str] = {}
    for t in texts:
        for m in _BINOMIAL.finditer(t):
            genus, name = m.group(1), m.group(2)
            if (genus[0], name) in short:
                pairs.setdefault(f"{genus[0]}. {name}", f"{genus} {name}")
    return pairs


def _forms(abbreviation: str) -> re.Pattern[str]:
    """The abbreviation as a word, its plural too ("RVD" / "RVDs"); a genus abbreviation with
    or without its point and space ("H. pylori", "H pylori")."""
    binomial = re.fullmatch(r"([A-Z])\. ([a-z]+)", abbreviation)
    if binomial:
        return re.compile(rf"(?<![A-Za-z]){binomial.group(1)}(?:\.\s?|\s){binomial.group(2)}\b")
    stem = abbreviation[:-1] if abbreviation.endswith("s") and len(abbreviation) > 2 \
        else abbreviation
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(stem)}s?(?![A-Za-z0-9])")


class Expander:
    """Gives each sentence the concepts of the other form of every pair it uses."""

    def __init__(self, pairs: Mapping[str, str], glossary: Glossary) -> None:
        self.glossary = glossary
        self.pairs = [(_forms(short), self._lent(short), long.lower(), self._lent(long))
                      for short, long in pairs.items()]

    def _lent(self, form: str) -> tuple[frozenset[str], frozenset[str]]:
        """What a form lends a sentence: its concepts (not its direction words) and stems."""
        terms = analyze(form, self.glossary)
        return (frozenset(c for c in terms.all if self.glossary.kind(c) not in ("up", "down")),
                terms.stems)

    def unit(self, unit: Unit) -> Unit:
        """The unit with the missing form's concepts added (the same unit if none)."""
        lowered = unit.text.lower()
        added: set[str] = set()
        stems: set[str] = set()
        # a figure's clause that writes the short form measures the long one too ("880
        # infants developed IHPS"): (concepts of the form used, concepts of the other)
        beside: list[tuple[frozenset[str], frozenset[str]]] = []
        for short_form, short_lent, long_text, long_lent in self.pairs:
            has_short = short_form.search(unit.text) is not None
            has_long = long_text in lowered
            lent = long_lent if has_short and not has_long else \
                short_lent if has_long and not has_short else None
            if lent is not None:
                added |= lent[0]
                stems |= lent[1]
                used = short_lent[0] if lent is long_lent else long_lent[0]
                beside.append((used, lent[0]))
        if not added - unit.terms.all and not stems - unit.terms.stems:
            return unit
        concepts = frozenset(added)
        terms = dataclasses.replace(unit.terms, all=unit.terms.all | concepts,
                                    stems=unit.terms.stems | stems)
        quantities = tuple(_figure_with(q, beside) for q in unit.quantities)
        return dataclasses.replace(unit, terms=terms, clauses=_with(unit.clauses, concepts),
                                   quantities=quantities)


def _figure_with(info: QuantityInfo, beside: list[tuple[frozenset[str], frozenset[str]]]
                 ) -> QuantityInfo:
    """The figure with the other form's concepts where its clause uses one form of a pair."""
    extra = frozenset().union(*(lent for used, lent in beside if used and used <= info.context))
    if not extra - info.context - info.also:
        return info
    return dataclasses.replace(info, also=info.also | (extra - info.context))


def _with(clauses: tuple[Clause, ...], added: frozenset[str]) -> tuple[Clause, ...]:
    """A one-clause sentence carries the added concepts in its clause too."""
    if len(clauses) != 1:
        return clauses
    return (dataclasses.replace(clauses[0], concepts=clauses[0].concepts | added),)
