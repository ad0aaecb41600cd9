"""Study design of a PubMed record: publication types, then MeSH, then the abstract's wording."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models import SourceRecord

# Publication type → design, strongest evidence first (the first that applies wins).
_PUBLICATION_TYPES: tuple[tuple[str, str], ...] = (
    ("Meta-Analysis", "meta_analysis"),
    ("Systematic Review", "systematic_review"),
    ("Randomized Controlled Trial", "randomized_trial"),
    ("Pragmatic Clinical Trial", "randomized_trial"),
    ("Equivalence Trial", "randomized_trial"),
    ("Controlled Clinical Trial", "clinical_trial"),
    ("Clinical Trial", "clinical_trial"),
    ("Clinical Trial, Phase I", "clinical_trial"),
    ("Clinical Trial, Phase II", "clinical_trial"),
    ("Clinical Trial, Phase III", "clinical_trial"),
    ("Observational Study", "observational"),
    ("Case Reports", "case_report"),
    ("Practice Guideline", "guideline"),
    ("Guideline", "guideline"),
    ("Consensus Development Conference", "consensus"),
    ("Consensus Development Conference, NIH", "consensus"),
    ("Review", "review"),
)
_OBSERVATIONAL_MESH = frozenset({
    "Cohort Studies", "Case-Control Studies", "Cross-Sectional Studies", "Retrospective Studies",
    "Prospective Studies", "Longitudinal Studies", "Follow-Up Studies", "Observational Study",
})
# Abstract wording, used only where publication types and MeSH are silent.
_WORDING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("meta_analysis", re.compile(r"\bmeta-?analys[ie]s\b", re.I)),
    ("systematic_review", re.compile(r"\bsystematic(?:ally)? review", re.I)),
    ("randomized_trial", re.compile(
        r"\brandomi[sz]ed\b[^.]{0,40}\btrial\b|\b(?:were|was) randomi[sz]ed\b|\brandomly "
        r"(?:assigned|allocated)\b|\bdouble-blind\b|\bplacebo-controlled\b", re.I)),
    ("observational", re.compile(
        r"\b(?:cohort|case-control|cross-sectional|retrospective(?:ly)?|observational|"
        r"population-based|registry|nationwide|prospective(?:ly)? (?:followed|collected)|"
        r"longitudinal)\b", re.I)),
)
_ANIMAL = re.compile(
    r"\b(?:in (?:mice|rats|animals|rodents|pigs|dogs|monkeys|primates|zebrafish)|"
    r"(?:mouse|murine|rat|rodent|animal|porcine|canine|primate|zebrafish) models?|"
    r"(?:mice|rats) (?:were|fed|treated|received)|knockout mice|transgenic mice)\b", re.I)
_IN_VITRO = re.compile(
    r"\b(?:in vitro|cell lines?|cultured (?:\w+ )?cells|cell cultures?)\b", re.I)
_HUMAN = re.compile(
    r"\b(?:patients?|participants?|adults?|children|women|men|subjects|volunteers|people|"
    r"individuals|infants|adolescents)\b", re.I)
OBSERVATIONAL_KINDS = frozenset({"observational", "case_report"})
RANDOMIZED_KINDS = frozenset({"randomized_trial"})


class StudyDesign(BaseModel):
    """What kind of study a record reports, and why we think so."""

    model_config = ConfigDict(extra="forbid")

    kind: str = "unknown"  # meta_analysis, randomized_trial, observational, review, animal, …
    observational: bool = False  # the finding rests on observation, not intervention
    randomized: bool = False  # randomized evidence (a trial, or a meta-analysis of trials)
    animal: bool = False
    in_vitro: bool = False
    evidence: list[str] = Field(default_factory=list)  # "publication type: …", "MeSH: …", …

    def describe(self) -> str:
        """'randomized trial (publication type: Randomized Controlled Trial)'."""
        name = self.kind.replace("_", " ")
        if self.animal:
            name = "animal study" if self.kind == "unknown" else f"{name}, in animals"
        if self.in_vitro:
            name = "in-vitro study" if self.kind == "unknown" else f"{name}, in vitro"
        return name + (f" ({'; '.join(self.evidence)})" if self.evidence else "")


def study_design(record: SourceRecord) -> StudyDesign:
    """The design of `record` from its publication types, MeSH and abstract wording."""
    evidence: list[str] = []
    kind = "unknown"
    types = set(record.publication_types)
    for name, design in _PUBLICATION_TYPES:
        if name in types:
            kind = design
            evidence.append(f"publication type: {name}")
            break
    mesh = set(record.mesh_terms)
    observed = sorted(mesh & _OBSERVATIONAL_MESH)
    if kind in ("unknown", "observational") and observed:
        kind = "observational"
        evidence.append("MeSH: " + ", ".join(observed))
    text = " ".join([record.title, *(s.text for s in record.abstract)])
    if kind == "unknown":
        for design, pattern in _WORDING:
            match = pattern.search(text)
            if match:
                kind = design
                evidence.append(f"abstract: “{match.group(0)}”")
                break
    animal = "Animals" in mesh and "Humans" not in mesh
    if animal:
        evidence.append("MeSH: Animals, not Humans")
    in_vitro = "In Vitro Techniques" in mesh
    if in_vitro:
        evidence.append("MeSH: In Vitro Techniques")
    if not mesh:  # the record is silent: the abstract's wording decides
        animal_words = _ANIMAL.search(text)
        if animal_words and not _HUMAN.search(text):
            animal = True
            evidence.append(f"abstract: “{animal_words.group(0)}”")
        cell_words = _IN_VITRO.search(text)
        if cell_words and not _HUMAN.search(text) and not animal:
            in_vitro = True
            evidence.append(f"abstract: “{cell_words.group(0)}”")
    pooled = kind in ("meta_analysis", "systematic_review")
    observational = kind in OBSERVATIONAL_KINDS or (
        pooled and bool(_WORDING[3][1].search(text)) and not _WORDING[2][1].search(text))
    randomized = kind in RANDOMIZED_KINDS or (pooled and bool(_WORDING[2][1].search(text)))
    return StudyDesign(kind=kind, observational=observational, randomized=randomized,
                       animal=animal, in_vitro=in_vitro, evidence=evidence)
