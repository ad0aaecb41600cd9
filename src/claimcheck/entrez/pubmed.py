"""PubMed EFetch XML (parsed by Bio.Entrez) → `SourceRecord`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.entrez.xmlread import entrez_read
from claimcheck.models import AbstractSection, Author, Correction, CorrectionType, SourceRecord

REF_TYPES: dict[str, CorrectionType] = {
    "RetractionIn": "retraction_in",
    "RetractionOf": "retraction_of",
    "ErratumIn": "erratum_in",
    "ErratumFor": "erratum_for",
    "ExpressionOfConcernIn": "expression_of_concern_in",
    "ExpressionOfConcernFor": "expression_of_concern_for",
    "CorrectedandRepublishedIn": "corrected_and_republished_in",
    "CorrectedandRepublishedFrom": "corrected_and_republished_from",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_INLINE_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_SPACES = re.compile(r"\s+")


def plain(value: object) -> str:
    """Text of a Bio.Entrez string with inline markup (<i>, <sup>, MathML) removed."""
    return _SPACES.sub(" ", _INLINE_TAG.sub("", str(value))).strip()


def _attr(value: object, name: str) -> str | None:
    attributes = getattr(value, "attributes", None) or {}
    found = attributes.get(name)
    return str(found) if found else None


def parse_pubmed(data: bytes) -> list[SourceRecord]:
    """Every PubmedArticle of an EFetch db=pubmed answer, in document order."""
    parsed = entrez_read(data)
    return [source_record(article) for article in parsed.get("PubmedArticle", [])]


def source_record(article: Mapping[str, Any]) -> SourceRecord:
    """One Bio.Entrez PubmedArticle as a SourceRecord."""
    citation = article["MedlineCitation"]
    body = citation.get("Article", {})
    journal = body.get("Journal", {})
    issue = journal.get("JournalIssue", {})
    ids = _article_ids(article.get("PubmedData", {}).get("ArticleIdList", []))
    year, month = _pub_date(issue.get("PubDate", {}))
    elocations = {(_attr(e, "EIdType") or ""): str(e) for e in body.get("ELocationID", [])}
    return SourceRecord(
        pmid=str(citation["PMID"]),
        pmcid=ids.get("pmc"),
        doi=elocations.get("doi") or ids.get("doi"),
        title=plain(body.get("ArticleTitle", "")),
        authors=_authors(body.get("AuthorList", [])),
        journal=_optional(journal.get("Title")),
        journal_iso=_optional(journal.get("ISOAbbreviation")),
        year=year,
        month=month,
        volume=_optional(issue.get("Volume")),
        issue=_optional(issue.get("Issue")),
        pages=_pages(body.get("Pagination", {})),
        elocation=next((v for k, v in elocations.items() if k != "doi"), None),
        abstract=_abstract(body.get("Abstract", {})),
        publication_types=[str(t) for t in body.get("PublicationTypeList", [])],
        mesh_terms=[str(h["DescriptorName"]) for h in citation.get("MeshHeadingList", [])],
        keywords=[plain(k) for group in citation.get("KeywordList", []) for k in group],
        language=[str(lang) for lang in body.get("Language", [])],
        corrections=_corrections(citation.get("CommentsCorrectionsList", [])),
    )


def _optional(value: object) -> str | None:
    text = plain(value) if value is not None else ""
    return text or None


def _article_ids(ids: Iterable[object]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value in ids:
        kind = _attr(value, "IdType")
        if kind and kind not in found:
            found[kind] = str(value)
    if "pmc" in found and not found["pmc"].upper().startswith("PMC"):
        found["pmc"] = "PMC" + found["pmc"]
    return found


def _pub_date(date: Mapping[str, Any]) -> tuple[int | None, str | None]:
    year = str(date.get("Year", "")).strip()
    month = str(date.get("Month", "")).strip() or None
    if not year and date.get("MedlineDate"):
        medline = str(date["MedlineDate"])  # e.g. "2019 Nov-Dec", "1998 Dec-1999 Jan"
        found = re.search(r"\b(1[89]\d\d|20\d\d)\b", medline)
        year = found.group(1) if found else ""
        named = re.search(r"\b(" + "|".join(_MONTHS) + r")\b", medline)
        month = named.group(1) if named else None
    if month and month.isdigit() and 1 <= int(month) <= 12:
        month = _MONTHS[int(month) - 1]
    return (int(year) if year.isdigit() else None), month


def _pages(pagination: Mapping[str, Any]) -> str | None:
    if pagination.get("MedlinePgn"):
        return str(pagination["MedlinePgn"])
    start, end = pagination.get("StartPage"), pagination.get("EndPage")
    if start:
        return f"{start}-{end}" if end else str(start)
    return None


def _authors(authors: Iterable[Mapping[str, Any]]) -> list[Author]:
    out: list[Author] = []
    for author in authors:
        if author.get("CollectiveName"):
            out.append(Author(collective=plain(author["CollectiveName"])))
        else:
            out.append(Author(last=_optional(author.get("LastName")),
                              fore=_optional(author.get("ForeName")),
                              initials=_optional(author.get("Initials"))))
    return out


def _abstract(abstract: Mapping[str, Any]) -> list[AbstractSection]:
    return [AbstractSection(label=_attr(text, "Label"), category=_attr(text, "NlmCategory"),
                            text=plain(text))
            for text in abstract.get("AbstractText", []) if plain(text)]


def _corrections(items: Iterable[object]) -> list[Correction]:
    out: list[Correction] = []
    for item in items:
        kind = REF_TYPES.get(_attr(item, "RefType") or "")
        if kind is None:
            continue  # CommentOn, Cites, UpdateOf, ...: not corrections
        fields: Mapping[str, Any] = item if isinstance(item, Mapping) else {}
        out.append(Correction(type=kind, pmid=_optional(fields.get("PMID")),
                              source=_optional(fields.get("RefSource"))))
    return out
