"""claimcheck: check the claims of an article against the PubMed/PMC sources it cites.

Pipeline: article → claims → references resolved → evidence judged → report::

    import claimcheck
    report = claimcheck.check("article.txt", cassette="cassettes/msc-sle-2022.yaml")
    print(report.to_markdown())
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimcheck.article import apply_claims, dump_claims, load_claims, parse_article, parse_text
from claimcheck.entrez import EntrezClient, open_client
from claimcheck.errors import ClaimcheckError, InputError, NetworkError, OfflineMiss
from claimcheck.evidence import extract_quantities, judge_claims, load_glossary, verify
from claimcheck.models import (
    Article,
    Claim,
    ClaimResult,
    Evidence,
    Reference,
    Report,
    Resolution,
    ResolvedReference,
    SourceRecord,
    Verdict,
)
from claimcheck.pipeline import check
from claimcheck.resolve import resolve_one, resolve_references
from claimcheck.strength import Strength, claim_strength, study_design

__all__ = [
    "Article",
    "Claim",
    "ClaimResult",
    "ClaimcheckError",
    "EntrezClient",
    "Evidence",
    "InputError",
    "NetworkError",
    "OfflineMiss",
    "Reference",
    "Report",
    "Resolution",
    "ResolvedReference",
    "SourceRecord",
    "Strength",
    "Verdict",
    "__version__",
    "apply_claims",
    "check",
    "claim_strength",
    "dump_claims",
    "extract_quantities",
    "judge_claims",
    "load_claims",
    "load_glossary",
    "open_client",
    "parse_article",
    "parse_text",
    "resolve_one",
    "resolve_references",
    "study_design",
    "verify",
]
