"""The cited references as readable texts (or the reason they cannot be read)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from claimcheck.evidence.abbreviations import Expander, definitions, species, spelled_out
from claimcheck.evidence.analysis import Unit, source_units, states_finding
from claimcheck.evidence.arms import with_arm_definitions
from claimcheck.evidence.drugclass import with_appositives
from claimcheck.evidence.glossary import Glossary
from claimcheck.evidence.groups import with_compared_groups
from claimcheck.evidence.terms import Terms
from claimcheck.models import FullText, ResolvedReference, SourceRecord
from claimcheck.strength.design import study_design

_STATUS_REASON = {
    "not_indexed": "not reachable through PubMed",
    "not_found": "no PubMed record found",
    "ambiguous": "several PubMed records match; none confirmed",
    "error": "PubMed could not be queried",
}


@dataclass
class Source:
    """One reference: its analysed sentences, or why there are none."""

    label: str
    ref: ResolvedReference | None
    units: list[Unit] = field(default_factory=list)
    unreadable: str | None = None  # the reason, when nothing beyond a title can be read
    retracted: bool = False
    has_full_text: bool = False  # a PMC full-text body was read
    all_terms: frozenset[str] = frozenset()
    title_terms: frozenset[str] = frozenset()  # the study's subject: population, intervention
    full_text_without_body: bool = False  # PMC returned front matter and abstract only

    @property
    def pmid(self) -> str | None:
        return self.ref.pmid if self.ref else None

    @property
    def pmcid(self) -> str | None:
        if self.ref is None:
            return None
        return self.ref.pmcid or (self.ref.record.pmcid if self.ref.record else None)

    @property
    def readable(self) -> bool:
        return self.unreadable is None

    def short_name(self) -> str:
        """"[6] Liang 2018"; without authors the journal names it: "[5] Lupus 2018"."""
        record = self.ref.record if self.ref else None
        if record is None:
            return f"[{self.label}]"
        author = record.authors[0] if record.authors else None
        first = (author.last or author.collective) if author else None
        who = first or record.journal  # no author: name the journal instead
        named = " ".join(str(p) for p in (who, record.year) if p)
        return f"[{self.label}] {named}".strip()


def build_source(label: str, ref: ResolvedReference | None,
                 full_texts: Mapping[str, FullText], unavailable: Mapping[str, str],
                 glossary: Glossary) -> Source:
    """Analyse a reference once: title, abstract sentences, full text when given."""
    if ref is None:
        return Source(label, None, unreadable=f"[{label}] is not in the reference list")
    retracted = ref.retracted or bool(ref.record and ref.record.retracted)
    if ref.status != "resolved" or ref.record is None:
        why = _STATUS_REASON.get(ref.status, "no PubMed record")
        detail = f": {ref.reason}" if ref.reason else ""
        return Source(label, ref, unreadable=f"[{label}] {why}{detail}", retracted=retracted)
    pmcid = ref.pmcid or ref.record.pmcid
    full = full_texts.get(pmcid) if pmcid else None
    units = source_units(ref.record, full, glossary)
    texts = [u.text for u in units]
    units = _expanded(units, definitions(texts) | species(texts), glossary)
    units = with_appositives(units, glossary)  # "X, an inhibitor of Y": X names the class
    units = _with_study_design(units, ref.record, glossary)
    units = with_arm_definitions(units, glossary)
    units = with_compared_groups(units, glossary)  # "did not differ between the groups"
    has_body = full is not None and full.has_body and any(u.source == "full_text" for u in units)
    unreadable = None
    if not ref.record.abstract and not has_body:
        unreadable = f"[{label}] PubMed record has no abstract"
        if label in unavailable:
            unreadable += f"; full text unavailable: {unavailable[label]}"
        elif pmcid is None:
            unreadable += " and no PMC full text"
    all_terms, title = _terms_of(units)
    return Source(label, ref, units, unreadable, retracted, has_body, all_terms, title,
                  full is not None and not has_body)


def _expanded(units: list[Unit], pairs: dict[str, str], glossary: Glossary) -> list[Unit]:
    """The units, each given the other form of every abbreviation pair it uses."""
    if not pairs:
        return units
    expander = Expander(pairs, glossary)
    return [expander.unit(u) for u in units]


#: the study design (`claimcheck.strength.study_design`) as the glossary's design concepts
_DESIGN_CONCEPTS: dict[str, tuple[str, ...]] = {
    "randomized_trial": ("randomised trial", "clinical trial"),
    "clinical_trial": ("clinical trial",),
    "meta_analysis": ("meta-analysis",),
    "systematic_review": ("systematic review",),
    "observational": ("observational study",),
}
#: PubMed publication types and MeSH headings that name a design the kind above does not
_DESIGN_HEADINGS: dict[str, str] = {
    "Multicenter Study": "multicentre", "Cohort Studies": "cohort study",
    "Case-Control Studies": "case-control study", "Cross-Sectional Studies": "cross-sectional",
    "Prospective Studies": "prospective", "Retrospective Studies": "retrospective",
}


#: designs that exclude one another, by family: a claim's "meta-analysis" is wrong of a study
#: known to be a randomised trial (cohort, case-control and cross-sectional are observational)
DESIGN_FAMILY: dict[str, str] = {
    "randomised trial": "trial", "clinical trial": "trial",
    "meta-analysis": "pooled", "systematic review": "pooled",
    "observational study": "observational", "cohort study": "observational",
    "case-control study": "observational", "cross-sectional": "observational",
}


def study_concepts(units: list[Unit], record: SourceRecord, glossary: Glossary
                   ) -> frozenset[str]:
    """The design concepts true of the whole study: those any of its sentences names ("we
    randomly assigned …" in METHODS), its design read from the record (publication types,
    MeSH, wording), and design headings of the record."""
    named = {c for u in units for c in u.terms.all if glossary.kind(c) == "design"}
    named.update(_DESIGN_CONCEPTS.get(study_design(record).kind, ()))
    named.update(concept for heading, concept in _DESIGN_HEADINGS.items()
                 if heading in record.publication_types or heading in record.mesh_terms)
    return frozenset(c for c in named if glossary.kind(c) == "design")


def _with_study_design(units: list[Unit], record: SourceRecord, glossary: Glossary
                       ) -> list[Unit]:
    """Every finding of the study read as one of its study: a claim's "a randomised trial
    found …" is said of the study, so the design need not be named in the finding sentence
    itself. Background and aims sentences tell of other studies and get nothing."""
    design = study_concepts(units, record, glossary)
    out = []
    for unit in units:
        added = design - unit.terms.all
        if not added or not states_finding(unit):
            out.append(unit)
            continue
        terms = dataclasses.replace(unit.terms, all=unit.terms.all | added)
        out.append(dataclasses.replace(unit, terms=terms))
    return out


def _terms_of(units: list[Unit]) -> tuple[frozenset[str], frozenset[str]]:
    """Every concept of the units, and those of the title."""
    every = frozenset().union(*(u.terms.all for u in units))
    title = frozenset().union(*(u.terms.all for u in units if u.source == "title"))
    return every, title


def with_claim_abbreviations(source: Source, claim_text: str, glossary: Glossary) -> Source:
    """The source read with the abbreviations a claim defines ("cerebrospinal fluid (CSF)")
    that the source uses without defining them, and with a species the claim and the source
    write one in full and one abbreviated (the same source when there are none)."""
    if not source.units:
        return source
    # a species written in full on one side, abbreviated on the other
    texts = [u.text for u in source.units]
    pairs = definitions([claim_text]) | species([claim_text] + texts)
    # a common abbreviation one side writes undefined and the other spells out (session 10)
    pairs = spelled_out(claim_text, texts) | pairs
    units = _expanded(source.units, pairs, glossary)
    if all(new is old for new, old in zip(units, source.units, strict=True)):
        return source
    all_terms, title = _terms_of(units)
    return dataclasses.replace(source, units=units, all_terms=all_terms, title_terms=title)


def union_terms(sources: list[Source]) -> Terms:
    """Every concept and stem of the given sources, as one Terms (for coverage)."""
    concepts: set[str] = set()
    stems: set[str] = set()
    for source in sources:
        for unit in source.units:
            concepts |= unit.terms.all
            stems |= unit.terms.stems
            for info in unit.quantities:  # "17,604 patients": the noun is inside the figure
                concepts |= {c for c in info.context if not c.startswith("~")}
    return Terms(frozenset(concepts), frozenset(concepts), frozenset(stems))
