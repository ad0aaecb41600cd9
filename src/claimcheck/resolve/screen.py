"""Round 0, no request: identifiers hidden in links, and references PubMed cannot hold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.models import Reference, ResolutionStatus
from claimcheck.resolve.normalize import has_cjk, normalize_doi, normalize_pmcid

CHINESE_DATABASES = {
    "cnki": "CNKI",
    "wanfang": "Wanfang Data",
    "cqvip": "CQVIP",
    "vip": "CQVIP",
    "sinomed": "SinoMed",
    "cbm": "SinoMed (CBM)",
}
# GB/T 7714 type codes of works that are not journal articles.
NON_JOURNAL_TYPES = {
    "M": "book", "N": "newspaper article", "D": "thesis", "S": "standard", "P": "patent",
    "DB": "database", "CP": "software", "EB": "web page", "G": "compilation", "R": "report",
}

_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d+)")
_PMC_URL = re.compile(r"(?:/pmc/articles/|pmc\.ncbi\.nlm\.nih\.gov/articles/)(PMC\d+)", re.I)
_DOI_URL = re.compile(r"doi\.org/(10\.\d{4,9}/\S+)", re.I)


@dataclass(frozen=True)
class Identifiers:
    """The identifiers a reference gives, from its fields or its links."""

    pmid: str | None
    pmcid: str | None
    doi: str | None


def identifiers(reference: Reference) -> Identifiers:
    """PMID, PMCID and DOI from the parsed fields, falling back to the printed links."""
    links = " ".join(u for u in [reference.url, *reference.urls] if u)
    pmid = (reference.pmid or "").strip() or _first(_PUBMED_URL, links)
    pmcid = normalize_pmcid(reference.pmcid) or normalize_pmcid(_first(_PMC_URL, links))
    doi = normalize_doi(reference.doi) or normalize_doi(_first(_DOI_URL, links))
    return Identifiers(pmid=pmid if pmid and pmid.isdigit() else None, pmcid=pmcid, doi=doi)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(1) if found else None


def not_searchable(reference: Reference) -> tuple[ResolutionStatus, str] | None:
    """(status, reason) for a reference not worth a request, else None."""
    ids = identifiers(reference)
    if ids.pmid or ids.pmcid or ids.doi:
        return None
    reasons: list[str] = []
    database = CHINESE_DATABASES.get((reference.database or "").lower())
    if database:
        reasons.append(f"cited from {database}, a Chinese-only database")
    if has_cjk(reference.journal):
        reasons.append(f"Chinese-language journal {reference.journal}")
    elif has_cjk(reference.title) and not reference.journal:
        reasons.append("a Chinese-language work with no journal named")
    if reasons:
        return "not_indexed", "; ".join(reasons) + " — not searched in PubMed"
    code = (reference.publication_type or "").upper().split("/")[0].strip()
    if code in NON_JOURNAL_TYPES:
        kind = NON_JOURNAL_TYPES[code]
        return "not_indexed", f"a {kind} [{code}], not a journal article — not searched in PubMed"
    if not reference.title and not reference.journal:
        if reference.url or reference.urls:
            return "not_indexed", ("a web link with no title or journal, not a journal article "
                                   "— not searched in PubMed")
        return "not_found", "too little to search: no identifier, title or journal"
    return None
