"""Identifiers and links inside a reference: PMID, PMCID, DOI, URLs, Chinese databases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；、）)\]]+", re.IGNORECASE)
_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{1,9})", re.I)
_PMID_LABEL = re.compile(r"\bPMID\s*[:：]?\s*(\d{1,9})\b", re.I)
_PMCID = re.compile(r"\bPMC\s?(\d{3,9})\b", re.I)
_DOI_URL = re.compile(r"doi\.org/(10\.\d{4,9}/[^\s<>\"'，。；]+)", re.I)
_DOI_LABEL = re.compile(r"\bdoi\s*[:：]?\s*(10\.\d{4,9}/[^\s<>\"'，。；]+)", re.I)
_DOI_BARE = re.compile(r"(?<![\w/])(10\.\d{4,9}/[^\s<>\"'，。；]+)")
_DATABASES: tuple[tuple[str, str], ...] = (
    ("cnki", r"cnki\.(?:net|com\.cn)|\bCNKI\b|中国知网"),
    ("wanfang", r"wanfangdata\.com(?:\.cn)?|\bwanfang\b|万方"),
    ("cqvip", r"cqvip\.com|维普"),
    ("sinomed", r"sinomed\.ac\.cn|中国生物医学文献"),
)


@dataclass
class Identifiers:
    pmid: str | None = None
    pmcid: str | None = None
    doi: str | None = None
    urls: list[str] = field(default_factory=list)
    database: str | None = None


def find_identifiers(text: str) -> Identifiers:
    """Every identifier printed in a reference (its links included)."""
    urls = [_clean_tail(u) for u in URL.findall(text)]
    found = Identifiers(urls=list(dict.fromkeys(urls)))
    pmid = _PUBMED_URL.search(text) or _PMID_LABEL.search(text)
    found.pmid = pmid.group(1) if pmid else None
    pmcid = _PMCID.search(text)
    found.pmcid = f"PMC{pmcid.group(1)}" if pmcid else None
    doi = _DOI_URL.search(text) or _DOI_LABEL.search(text) or _DOI_BARE.search(text)
    found.doi = _clean_tail(doi.group(1)) if doi else None
    for name, pattern in _DATABASES:
        if re.search(pattern, text, re.IGNORECASE):
            found.database = name
            break
    return found


def remove_identifiers(text: str) -> str:
    """The citation proper: links, "PMID: …", "doi: …", "Available from …" taken out."""
    text = re.sub(r"(?:Available (?:from|at)|Retrieved from|链接|网址)\s*[:：]?\s*(?=https?://|www\.)",
                  "", text, flags=re.I)
    text = URL.sub("", text)
    for pattern in (_PMID_LABEL, _DOI_LABEL, re.compile(r"\bPMCID\s*[:：]?\s*PMC\d+", re.I)):
        text = pattern.sub("", text)
    return re.sub(r"(?:\s*[.;]\s*){2,}$", ".", text.strip()).strip()


def _clean_tail(value: str) -> str:
    return value.rstrip(".,;:)]}>」』】")
