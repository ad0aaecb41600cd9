"""What needs an editor's attention: status labels, risk order, reference problems, counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from claimcheck.models import (
    STATUS_PRECEDENCE,
    ClaimResult,
    Report,
    ResolvedReference,
    Status,
)

STATUS_LABELS: dict[str, str] = {
    "supported": "supported",
    "partially_supported": "partially supported",
    "contradicted": "contradicted",
    "not_found": "not found in source",
    "unverifiable": "unverifiable",
    "uncited": "uncited",
    "retracted_source": "retracted source",
    "figure_credit": "figure credit",
}

STATUS_MEANINGS: dict[str, str] = {
    "supported": "the cited source states it",
    "partially_supported": "part of the claim is in the source, part is not",
    "contradicted": "the source gives another value or says the opposite",
    "not_found": "the source was read but says nothing on the claim",
    "unverifiable": "the source could not be read through PubMed/PMC",
    "uncited": "a factual claim with no citation",
    "retracted_source": "every resolvable cited source is retracted",
    "figure_credit": "a citation used only to credit an image",
}

# The order counts are listed in, for people ("3 supported, 2 partially supported, …").
STATUS_DISPLAY_ORDER: tuple[Status, ...] = get_args(Status)  # declaration order

# Riskiest first; "misattributed" is a flag that outranks the status it sits beside.
RISK_ORDER: tuple[str, ...] = (
    "retracted_source",
    "contradicted",
    "misattributed",
    "unverifiable",
    "partially_supported",
    "not_found",
    "uncited",
    "supported",
    "figure_credit",
)

FLAG_LABELS: dict[str, str] = {
    "misattributed": "misattributed: the figure appears in another reference of this article",
    "citation_error": "citation error: the printed reference differs from the record",
    "pmid_mismatch": "PMID mismatch: the printed PMID points to another article",
    "erratum": "an erratum was published for the source",
    "expression_of_concern": "an expression of concern was published for the source",
    "inherited_citation": "citation inherited from its context, not the sentence's own marker",
    "retracted_cited": "cites a retracted source",
    "secondary_citation": "secondary citation: the source quotes other studies",
    "overstated_causal": "overstated causal: the claim states a cause the source does not",
    "overstated_certainty": "overstated certainty: the claim is surer than the source",
    "animal_to_human": "animal to human: the source studied animals or cells, the claim does not say so",
}

# The claim-strength scale of overstatement flags (docs/strength.md).
STRENGTH_NAMES: dict[int, str] = {0: "no relationship", 1: "correlational",
                                  2: "conditional causal", 3: "direct causal"}


def strength_name(label: int | None) -> str:
    """'3 direct causal' for a claim-strength label; '' when there is none."""
    return f"{label} {STRENGTH_NAMES.get(label, '')}".strip() if label is not None else ""

# Where an inherited citation came from (CitationLink.via), for people.
INHERITED_VIA: dict[str | None, str] = {
    "later_marker": "from a marker later in the paragraph",
    "study_continuation": "from the earlier sentence that introduces the study",
    "title_mention": "from the document named earlier in the paragraph",
    None: "from its context",
}


def inherited_from(claim: ClaimResult) -> str:
    """'inherited from …' for a claim whose citations reach it by scope, else ''."""
    if not claim.inherited:
        return ""
    vias = [link.via for link in claim.links if link.how == "inherited"]
    return "inherited " + INHERITED_VIA.get(vias[0] if vias else None, INHERITED_VIA[None])


# Flags serious enough to put an otherwise supported claim on the attention list.
ATTENTION_FLAGS = frozenset(
    {"misattributed", "pmid_mismatch", "retracted_cited", "expression_of_concern", "citation_error",
     "overstated_causal", "overstated_certainty", "animal_to_human"}
)

REFERENCE_CODES: tuple[str, ...] = (
    "retracted",
    "erratum",
    "expression_of_concern",
    "citation_error",
    "pmid_mismatch",
    "not_indexed",
    "not_found",
    "ambiguous",
    "error",
)

FAIL_ON_VALUES: frozenset[str] = frozenset(STATUS_LABELS) | frozenset(FLAG_LABELS) | frozenset(
    REFERENCE_CODES
)

_RESOLUTION_PROBLEMS: dict[str, str] = {
    "not_indexed": "not indexed in PubMed",
    "not_found": "not found in PubMed",
    "ambiguous": "several PubMed records fit; none confirmed",
    "error": "could not be checked: NCBI did not answer",
}

_CORRECTION_PROBLEMS: dict[str, tuple[str, str]] = {
    "erratum_in": ("erratum", "erratum published"),
    "expression_of_concern_in": ("expression_of_concern", "expression of concern published"),
    "retraction_of": ("retraction_notice", "this record is a retraction notice"),
    "erratum_for": ("erratum_notice", "this record is an erratum notice"),
}


def status_label(status: str) -> str:
    """The human label of a status ("partially_supported" → "partially supported")."""
    return STATUS_LABELS.get(status, status.replace("_", " "))


def flag_label(code: str) -> str:
    """A short explanation of a flag code."""
    return FLAG_LABELS.get(code, code.replace("_", " "))


def risk_rank(claim: ClaimResult) -> int:
    """Lower is riskier: the status's place in RISK_ORDER, raised by a misattributed flag."""
    ranks = [_rank(claim.status)]
    if any(flag.code == "misattributed" for flag in claim.flags):
        ranks.append(_rank("misattributed"))
    return min(ranks)


def needs_attention(claim: ClaimResult) -> bool:
    """Everything but a clean `supported` or `figure_credit` needs an editor's look."""
    if claim.status not in ("supported", "figure_credit"):
        return True
    return any(flag.code in ATTENTION_FLAGS for flag in claim.flags)


def ordered_by_risk(claims: Iterable[ClaimResult]) -> list[ClaimResult]:
    """Claims needing attention first, riskiest first, then in article order."""
    indexed = list(enumerate(claims))

    def key(item: tuple[int, ClaimResult]) -> tuple[bool, int, int, int]:
        position, claim = item
        start = claim.location.start if claim.location else position
        return (not needs_attention(claim), risk_rank(claim), start, position)

    return [claim for _, claim in sorted(indexed, key=key)]


def summarize(claims: Sequence[ClaimResult]) -> dict[str, int]:
    """Counts by status, in precedence order, zero counts left out."""
    counts = dict.fromkeys(STATUS_PRECEDENCE, 0)
    for claim in claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return {status: n for status, n in counts.items() if n}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a reference, as a code (for --fail-on) and a sentence."""

    code: str
    text: str
    severity: str = "warning"


def reference_problems(ref: ResolvedReference) -> list[Problem]:
    """Everything an editor should know about a reference: resolution, retraction, citation."""
    problems: list[Problem] = []
    if ref.status in _RESOLUTION_PROBLEMS:
        text = _RESOLUTION_PROBLEMS[ref.status]
        if ref.reason:
            text += f" ({ref.reason})"
        severity = "error" if ref.status == "error" else "warning"
        problems.append(Problem(ref.status, text, severity))
    if ref.retracted:
        notices = [c.source or (f"PMID {c.pmid}" if c.pmid else "") for c in ref.corrections
                   if c.type == "retraction_in"]
        where = "; ".join(n for n in notices if n)
        problems.append(Problem("retracted", "retracted" + (f": {where}" if where else ""), "error"))
    for correction in ref.corrections:
        if correction.type in _CORRECTION_PROBLEMS:
            code, text = _CORRECTION_PROBLEMS[correction.type]
            detail = correction.source or (f"PMID {correction.pmid}" if correction.pmid else "")
            problems.append(Problem(code, text + (f": {detail}" if detail else "")))
    for flag in ref.flags:
        problems.append(Problem(flag, flag_label(flag), "error"))
    for d in ref.discrepancies:
        if d.severity == "info":
            continue
        text = f"{d.field}: cited “{d.cited or '—'}”, record “{d.record or '—'}”"
        if d.note:
            text += f" ({d.note})"
        problems.append(Problem("citation_error", text, d.severity))
    return problems


def references_with_problems(report: Report) -> list[tuple[ResolvedReference, list[Problem]]]:
    """The references that have at least one problem, in list order."""
    found = [(ref, reference_problems(ref)) for ref in report.references]
    return [(ref, problems) for ref, problems in found if problems]


def fail_on_matches(report: Report, codes: Iterable[str]) -> dict[str, int]:
    """How many claims or references match each --fail-on code (only codes that matched)."""
    wanted = set(codes)
    hits: dict[str, int] = {}
    for claim in report.claims:
        found = {claim.status} | {flag.code for flag in claim.flags}
        for code in found & wanted:
            hits[code] = hits.get(code, 0) + 1
    for ref in report.references:
        for code in {p.code for p in reference_problems(ref)} & wanted:
            hits[code] = hits.get(code, 0) + 1
    return hits


def summary_line(report: Report, outputs: Sequence[str | Path] = ()) -> str:
    """One line for the end of a run: counts by status, problem references, where it went."""
    counts = summarize(report.claims)
    total = len(report.claims)
    noun = "claim" if total == 1 else "claims"
    parts = [f"{counts[s]} {status_label(s)}" for s in STATUS_DISPLAY_ORDER if counts.get(s)]
    line = f"{total} {noun}" + (": " + ", ".join(parts) if parts else "")
    bad = len(references_with_problems(report))
    if bad:
        line += f"; {bad} of {len(report.references)} references with problems"
    if outputs:
        line += " — " + ", ".join(str(p) for p in outputs)
    return line


def _rank(code: str) -> int:
    return RISK_ORDER.index(code) if code in RISK_ORDER else len(RISK_ORDER)
