"""Stage 2: every reference resolved to its PubMed record, checked, with retractions.

    resolution = resolve_references(article.references, client)

See docs/resolve.md for the strategies, the confidence formula and the discrepancy rules.
"""

from __future__ import annotations

from claimcheck.resolve.client import ResolverClient
from claimcheck.resolve.compare import compare_citation
from claimcheck.resolve.csl import to_csl_json
from claimcheck.resolve.engine import resolve_one, resolve_references

__all__ = [
    "ResolverClient",
    "compare_citation",
    "resolve_one",
    "resolve_references",
    "to_csl_json",
]
