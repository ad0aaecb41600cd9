"""Overstatement flags: a claim stated more strongly than the source it cites.

`overstatement_flags(claim, verdict, records)` compares the claim's strength with the source's
conclusion (and the verdict's supporting sentences from it) and the source's study design.
Statuses whose source bears on the claim get all three flags; others (not `uncited`) only the
design flag `animal_to_human`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimcheck.models import Claim, Flag, ResolvedReference, SourceRecord, Verdict
from claimcheck.strength.classify import Strength, claim_strength
from claimcheck.strength.design import StudyDesign, study_design

CODES = ("overstated_causal", "overstated_certainty", "animal_to_human")
# Statuses whose cited source was read and bears on the claim.
_JUDGED = frozenset({"supported", "partially_supported", "contradicted", "retracted_source"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|(?<=[。！？])")
_ABBREVIATION = re.compile(r"\b(?:vs|et al|i\.e|e\.g|Fig|no|approx|ca)\.$", re.I)
_CONCLUSION_LABEL = re.compile(r"conclusion|interpretation|implication", re.I)
# The claim says it is about animals or cells, so an animal source is no overstatement.
_NOT_HUMAN = re.compile(
    r"\b(?:mice|mouse|murine|rats?|rodents?|animals?|in vitro|cells?|cell lines?|primates?|"
    r"monkeys?|dogs?|pigs?|zebrafish|laboratory)\b|小鼠|大鼠|鼠|动物|细胞|体外|猴|犬|猪|斑马鱼|实验室",
    re.I)


@dataclass(frozen=True)
class SourceSentence:
    """A source sentence with where it is and its strength."""

    text: str
    section: str
    strength: Strength


def conclusion(record: SourceRecord) -> tuple[str, str] | None:
    """(sentence(s), section) of the record's conclusion: CONCLUSIONS, else the last sentence."""
    for section in record.abstract:
        names = " ".join(x for x in (section.category, section.label) if x)
        if _CONCLUSION_LABEL.search(names) and section.text.strip():
            return section.text.strip(), section.label or section.category or "CONCLUSIONS"
    if not record.abstract:
        return None
    last = record.abstract[-1]
    sentences = split_sentences(last.text)
    if not sentences:
        return None
    return sentences[-1], (last.label or last.category or "Abstract") + " (last sentence)"


def split_sentences(text: str) -> list[str]:
    """Sentences of an abstract section ("vs." and "et al." do not end one)."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        elif piece.strip():
            parts.append(piece.strip())
    return parts


def overstatement_flags(claim: Claim, verdict: Verdict,
                        records: Mapping[str, SourceRecord]) -> list[Flag]:
    """The overstatement flags of one claim against its cited records (label → record).

    `overstated_causal` and `overstated_certainty` compare wording, so they need a source that
    bears on the claim (a judged status). `animal_to_human` is about the cited source's design,
    so it is raised whatever the judge found (`not_found` included), but not for an `uncited`
    claim, whose citation only reaches it by scope and was found not to address it.
    """
    if claim.kind != "claim" or verdict.status == "uncited":
        return []
    cited = [(label, records[label]) for label in claim.citations if label in records]
    if not cited:
        return []
    strength = claim_strength(claim.text)
    sources = {label: _source_sentences(label, record, verdict) for label, record in cited}
    designs = {label: study_design(record) for label, record in cited}
    flags: list[Flag] = []
    if verdict.status in _JUDGED:
        causal = _causal(strength, sources, designs)
        if causal:
            flags.append(causal)
        certainty = _certainty(strength, sources, designs)
        if certainty:
            flags.append(certainty)
    flags.extend(_animal(claim, strength, sources, designs, judged=verdict.status in _JUDGED))
    return flags


def with_overstatement_flags(claims: Sequence[Claim], verdicts: Sequence[Verdict],
                             references: Sequence[ResolvedReference]) -> list[Verdict]:
    """The verdicts with each claim's overstatement flags added (statuses unchanged)."""
    records = {ref.label: ref.record for ref in references if ref.record is not None}
    return [verdict.model_copy(update={
        "flags": [*verdict.flags, *overstatement_flags(claim, verdict, records)]})
        for claim, verdict in zip(claims, verdicts, strict=True)]


def _source_sentences(label: str, record: SourceRecord, verdict: Verdict) -> list[SourceSentence]:
    """The conclusion first, then the verdict's supporting sentences from this record."""
    found: list[SourceSentence] = []
    end = conclusion(record)
    if end:
        found.append(SourceSentence(end[0], end[1], _strongest(end[0])))
    for evidence in verdict.evidence:
        if (evidence.label == label and evidence.role == "supports"
                and evidence.source != "title" and all(evidence.text != s.text for s in found)):
            found.append(SourceSentence(evidence.text, evidence.section or evidence.source,
                                        claim_strength(evidence.text)))
    return found


def _strongest(text: str) -> Strength:
    """A conclusion may be several sentences: the strength of its strongest one."""
    parts = split_sentences(text) or [text]
    return max((claim_strength(p) for p in parts), key=lambda s: s.label)


def _causal(strength: Strength, sources: Mapping[str, list[SourceSentence]],
            designs: Mapping[str, StudyDesign]) -> Flag | None:
    """Direct causal claim; every cited source is correlational or observational."""
    if strength.label != 3:
        return None
    worst: tuple[str, SourceSentence, StudyDesign] | None = None
    for label, sentences in sources.items():
        design = designs[label]
        if design.randomized or not sentences:
            return None  # randomized evidence (or nothing to compare) licenses the claim
        top = max(sentences, key=lambda s: s.strength.label)
        if top.strength.label >= 3 and not design.observational:
            return None
        if top.strength.label == 0 and not design.observational:
            return None  # the source states no relationship we can compare with
        if worst is None:
            worst = (label, top, design)
    if worst is None:
        return None
    label, top, design = worst
    why = ("the source is an observational study" if design.observational else
           f"the source's {top.section} states it as {top.strength.name}")
    return _flag("overstated_causal", label, strength, top, design,
                 f"the claim states a direct cause ({_words(strength)}); {why}")


def _certainty(strength: Strength, sources: Mapping[str, list[SourceSentence]],
               designs: Mapping[str, StudyDesign]) -> Flag | None:
    """A booster the source lacks, or a hedge of the source's conclusion that the claim drops."""
    for label, sentences in sources.items():
        if not sentences:
            continue
        end = sentences[0]
        if strength.boosters and not end.strength.boosters:
            words = ", ".join(dict.fromkeys(c.text for c in strength.boosters))
            return _flag("overstated_certainty", label, strength, end, designs[label],
                         f"the claim says “{words}”; the source's {end.section} does not",
                         quote=words)
        if (end.strength.hedges and not strength.hedges and strength.label >= 1
                and end.strength.label >= 1 and not any(c.modal for c in strength.cues)):
            words = ", ".join(dict.fromkeys(c.text for c in end.strength.hedges))
            return _flag("overstated_certainty", label, strength, end, designs[label],
                         f"the source's {end.section} hedges (“{words}”); the claim does not")
    return None


def _animal(claim: Claim, strength: Strength, sources: Mapping[str, list[SourceSentence]],
            designs: Mapping[str, StudyDesign], *, judged: bool) -> list[Flag]:
    """An animal or in-vitro source for a claim that does not say it is about animals or cells
    (`judged`: the source was found to bear on the claim; else the detail says it was not)."""
    if strength.label == 0 or _NOT_HUMAN.search(claim.text):
        return []
    flags = []
    for label, design in designs.items():
        if design.animal or design.in_vitro:
            sentences = sources[label]
            top = sentences[0] if sentences else None
            what = "an animal" if design.animal else "an in-vitro"
            tail = "" if judged else " (the source was not found to state the claim itself)"
            flags.append(_flag("animal_to_human", label, strength, top, design,
                               f"the source is {what} study; the claim does not say so{tail}"))
    return flags


def _flag(code: str, label: str, strength: Strength, source: SourceSentence | None,
          design: StudyDesign, detail: str, quote: str | None = None) -> Flag:
    return Flag(
        code=code, label=label, detail=detail,
        claim_quote=quote or _words(strength) or strength.text,
        claim_strength=strength.label,
        source_quote=source.text if source else None,
        source_strength=source.strength.label if source else None,
        source_section=source.section if source else None,
        source_design=design.describe(),
    )


def _words(strength: Strength) -> str:
    return strength.wording()
