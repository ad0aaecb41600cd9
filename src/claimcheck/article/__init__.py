"""Stage 1: article file → `Article` (sentences, claims with citation links, reference list).

Public face: `parse_article`, `parse_text`, `parse_reference`, and the editable claims file:
`load_claims`, `apply_claims`, `dump_claims` (format in docs/claims-file.md).
"""

from __future__ import annotations

from claimcheck.article.claimsfile import apply_claims, dump_claims, load_claims
from claimcheck.article.parse import parse_article, parse_text
from claimcheck.article.refparse import parse_reference

__all__ = ["apply_claims", "dump_claims", "load_claims", "parse_article", "parse_reference",
           "parse_text"]
