"""Flags beside a status: citation errors, corrections, retractions, misattribution."""

from __future__ import annotations

from claimcheck.evidence.analysis import Analysed, QuantityInfo, Unit
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.match import value_match
from claimcheck.evidence.sources import Source
from claimcheck.models import Correction, Evidence, Flag

_CORRECTION_FLAGS = {"erratum_in": "erratum", "expression_of_concern_in": "expression_of_concern",
                     "corrected_and_republished_in": "erratum"}
_HANDLED = {"pmid_mismatch"}


def reference_flags(cited: list[Source]) -> list[Flag]:
    """Flags the cited references carry into every claim that cites them."""
    flags: list[Flag] = []
    for source in cited:
        ref = source.ref
        if ref is None:
            continue
        for d in ref.discrepancies:
            if d.severity == "info":
                continue
            detail = f"{d.field}: cited {d.cited!r}, PubMed {d.record!r}"
            flags.append(Flag(code="citation_error", label=source.label,
                              detail=detail + (f" ({d.note})" if d.note else "")))
        for code in ref.flags:
            note = "the printed PMID points to another record" if code in _HANDLED else ""
            flags.append(Flag(code=code, label=source.label, detail=note))
        corrections: list[Correction] = list(ref.corrections)
        if ref.record is not None:
            corrections += [c for c in ref.record.corrections if c not in corrections]
        for c in corrections:
            correction_code = _CORRECTION_FLAGS.get(c.type)
            if correction_code:
                flags.append(Flag(code=correction_code, label=source.label,
                                  detail=c.source or (f"PMID {c.pmid}" if c.pmid else c.type)))
        if source.retracted:
            notice = next((c.source or c.pmid for c in corrections if c.type == "retraction_in"),
                          None)
            flags.append(Flag(code="retracted_cited", label=source.label,
                              detail="retracted" + (f": {notice}" if notice else "")))
    return flags


def distinctive(info: QuantityInfo) -> bool:
    """A figure specific enough to recognise in another paper (not 3 patients or 2016)."""
    q = info.quantity
    if not info.is_anchor:
        return False
    if q.kind in ("percent", "mean_sd", "fraction", "rate", "ratio"):
        return True
    return q.decimals > 0 or (q.value or 0) >= 100


def misattribution(analysed: Analysed, found: set[str], others: list[Source],
                   glossary: Glossary) -> tuple[list[Flag], list[Evidence], str]:
    """Claim figures missing from the cited sources but stated by another reference."""
    flags: list[Flag] = []
    evidence: list[Evidence] = []
    notes: list[str] = []
    for info in analysed.quantities:
        if info.quantity.text in found or not distinctive(info):
            continue
        for source in others:
            unit = _unit_stating(info, source)
            if unit is None:
                continue
            differences = meaning_differences(info, unit, analysed, glossary)
            detail = (f"{info.quantity.text} is in {source.short_name()}, not in the cited "
                      f"source: \u201c{unit.text}\u201d")
            if differences:
                detail += " — " + "; ".join(differences)
            flags.append(Flag(code="misattributed", label=source.label, detail=detail))
            evidence.append(Evidence(label=source.label, pmid=source.pmid, pmcid=source.pmcid,
                                     section=unit.section, source=unit.source, text=unit.text,
                                     matched=[info.quantity.text], role="misattributed",
                                     score=1.0))
            notes.append(f"{info.quantity.text} appears in [{source.label}] instead"
                         + (f" ({differences[0]})" if differences else "") + ".")
            break
    return flags, evidence, " ".join(notes)


def _unit_stating(info: QuantityInfo, source: Source) -> Unit | None:
    for unit in source.units:
        if not (info.context & unit.terms.all):
            continue
        if any(value_match(info.quantity, s.quantity) for s in unit.quantities):
            return unit
    return None


def meaning_differences(info: QuantityInfo, unit: Unit, analysed: Analysed,
                        glossary: Glossary) -> list[str]:
    """Claim terms whose head word the source uses with another qualifier.

    "complete remission" (完全缓解) in the claim against "renal remission" in the source.
    """
    out: list[str] = []
    for concept in sorted(info.context - unit.terms.all):
        stems = glossary.concept_stems.get(concept)
        if not stems or len(stems) < 2:
            continue
        for other in sorted(unit.terms.key):
            other_stems = glossary.concept_stems.get(other)
            if other != concept and other_stems and other_stems[-1] == stems[-1]:
                printed = analysed.terms.surface.get(concept, concept)
                zh = f" ({printed})" if printed != concept else ""
                source_said = unit.terms.surface.get(other, other)
                out.append(f"the claim says '{concept}'{zh}, the source says '{source_said}'")
                break
    return out
