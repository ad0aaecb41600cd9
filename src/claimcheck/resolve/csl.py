"""CSL-JSON export of a bibliography: the record's data when resolved, the citation's otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.models import Author, Reference, ResolvedReference
from claimcheck.resolve.normalize import clean_record_title
from claimcheck.resolve.screen import NON_JOURNAL_TYPES

_CSL_TYPES = {"M": "book", "N": "article-newspaper", "D": "thesis", "S": "standard",
              "P": "patent", "DB": "dataset", "CP": "software", "EB": "webpage",
              "R": "report", "C": "paper-conference", "A": "chapter"}


def to_csl_json(
    resolved_refs: Sequence[ResolvedReference], references: Sequence[Reference]
) -> list[dict[str, Any]]:
    """One CSL-JSON item per reference, in the order of `references`."""
    by_label = {r.label: r for r in resolved_refs}
    return [_item(ref, by_label.get(ref.label)) for ref in references]


def _item(ref: Reference, resolved: ResolvedReference | None) -> dict[str, Any]:
    record = resolved.record if resolved and resolved.status == "resolved" else None
    if record is not None:
        item: dict[str, Any] = {
            "id": ref.label, "type": "article-journal",
            "title": clean_record_title(record.title),
            "author": [_name(a) for a in record.authors],
            "container-title": record.journal, "container-title-short": record.journal_iso,
            "issued": _issued(record.year), "volume": record.volume, "issue": record.issue,
            "page": record.pages or record.elocation, "DOI": record.doi,
            "PMID": record.pmid, "PMCID": record.pmcid,
        }
    else:
        code = (ref.publication_type or "J").upper().split("/")[0]
        item = {
            "id": ref.label, "type": _CSL_TYPES.get(code, "article-journal"),
            "title": ref.title, "author": [_name(a) for a in ref.authors],
            "container-title": ref.journal if code not in NON_JOURNAL_TYPES else None,
            "issued": _issued(ref.year), "volume": ref.volume, "issue": ref.issue,
            "page": ref.pages, "DOI": ref.doi, "PMID": ref.pmid, "PMCID": ref.pmcid,
            "URL": ref.url or (ref.urls[0] if ref.urls else None),
        }
        if resolved is not None and resolved.reason:
            item["note"] = f"{resolved.status}: {resolved.reason}"
    return {key: value for key, value in item.items() if value not in (None, [], "")}


def _name(author: Author) -> dict[str, str]:
    if author.collective:
        return {"literal": author.collective}
    name = {"family": author.last or "", "given": author.fore or author.initials or ""}
    return {key: value for key, value in name.items() if value}


def _issued(year: int | None) -> dict[str, list[list[int]]] | None:
    return {"date-parts": [[year]]} if year else None
