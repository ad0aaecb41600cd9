"""Text normalisation that makes copy-paste damage (spaces, case, punctuation) invisible."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_RETRACTED_PREFIX = re.compile(r"^\s*(retracted|withdrawn)\s*(article)?\s*[:.\-]\s*", re.I)
_DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.I)
_PAGE_SPLIT = re.compile(r"\s*[-\u2010-\u2015\u2212~]\s*")
_PMC = re.compile(r"^(?:PMC)?(\d+)$", re.I)


@lru_cache(maxsize=65536)
def squash(text: str | None) -> str:
    """Lower-case, NFKC-folded text with every space and punctuation mark removed.

    "The New Englandjournal of medicine" and "The New England Journal of Medicine." squash
    to the same string, which is how copy-paste damage is normalised away.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return _NOT_WORD.sub("", folded.replace("&", "and"))


def words(text: str | None) -> list[str]:
    """Lower-case words (accents folded, '&' read as 'and')."""
    if not text:
        return []
    folded = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return [w for w in _NOT_WORD.split(folded) if w]


def has_cjk(text: str | None) -> bool:
    """True when the text contains Chinese characters."""
    return bool(text and _CJK.search(text))


def clean_record_title(title: str) -> str:
    """A PubMed title without a "RETRACTED:" prefix or the brackets of a translated title."""
    title = _RETRACTED_PREFIX.sub("", title.strip())
    if title.startswith("[") and title.rstrip(".").endswith("]"):
        title = title.rstrip(".")[1:-1]
    return title


_INTERNET = re.compile(r"\s*\[(?:[\w ]*\s)?internet\]\s*", re.I)


def clean_cited_title(title: str) -> str:
    """A cited title without "RETRACTED:" or "[Internet]" (neither is part of the title)."""
    return _INTERNET.sub(" ", _RETRACTED_PREFIX.sub("", title.strip())).strip()


def normalize_doi(doi: str | None) -> str | None:
    """A DOI without its resolver prefix, lower-cased (DOIs are case-insensitive)."""
    if not doi:
        return None
    value = _DOI_PREFIX.sub("", doi.strip()).rstrip(".").strip()
    return value.lower() or None


def normalize_pmcid(pmcid: str | None) -> str | None:
    """'PMC8516390' from 'pmc8516390' or '8516390'."""
    if not pmcid:
        return None
    match = _PMC.match(pmcid.strip())
    return f"PMC{match.group(1)}" if match else None


@lru_cache(maxsize=65536)
def normalize_number(value: str | None) -> str:
    """A volume or issue without leading zeros or decoration: '01' → '1', 'Vol. 9' → '9'."""
    if not value:
        return ""
    text = squash(value)
    text = re.sub(r"^(vol|volume|no|issue|suppl)", "", text)
    return text.lstrip("0") or ("0" if text else "")


@lru_cache(maxsize=65536)
def page_range(pages: str | None) -> tuple[str, str | None] | None:
    """(first, last) of a page range with an abbreviated end expanded: '2110-21' → 2110, 2121.

    Article numbers and e-locations ('728190', 'e1002') give (first, None).
    """
    if not pages:
        return None
    text = unicodedata.normalize("NFKC", pages).strip().rstrip(".")
    text = re.sub(r"^(pp?\.?\s*)", "", text, flags=re.I)
    parts = [p for p in _PAGE_SPLIT.split(text) if p]
    if not parts:
        return None
    first = squash(parts[0])
    if len(parts) == 1:
        return first, None
    last = squash(parts[1])
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        expanded = int(first[: len(first) - len(last)] + last)
        if expanded < int(first):  # "1995-08": the range runs past a hundred, to 2008
            expanded += 10 ** len(last)
        last = str(expanded)
    return first, last
