"""Test doubles for the resolver: an in-memory Entrez client and reference/record builders.

No tests live here; `test_resolve_*.py` modules import these helpers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.entrez import CitMatchQuery
from claimcheck.models import Author, Correction, Reference, SourceRecord


def authors(*names: str) -> list[Author]:
    """Author("Tsokos GC") style: surname then initials."""
    out = []
    for name in names:
        last, _, initials = name.rpartition(" ")
        out.append(Author(last=last or initials, initials=initials if last else None))
    return out


def record(pmid: str, title: str, names: Sequence[str] = ("Smith J",), year: int = 2020,
           **fields: Any) -> SourceRecord:
    """A SourceRecord with sensible defaults for the fields a test does not care about."""
    fields.setdefault("journal", "Journal of Testing")
    fields.setdefault("journal_iso", "J Test")
    return SourceRecord(pmid=pmid, title=title, authors=authors(*names), year=year, **fields)


def cite(label: str, rec: SourceRecord | None = None, **fields: Any) -> Reference:
    """A Reference printed from a record (override any field), or from fields alone."""
    values: dict[str, Any] = {}
    if rec is not None:
        values = {"title": rec.title.rstrip("."), "authors": list(rec.authors),
                  "year": rec.year, "journal": rec.journal, "volume": rec.volume,
                  "issue": rec.issue, "pages": rec.pages}
    values.update(fields)
    raw = values.pop("raw", None) or f"[{label}] {values.get('title') or ''}"
    return Reference(label=label, raw=raw, **values)


def retraction(pmid: str) -> Correction:
    return Correction(type="retraction_in", pmid=pmid, source="J Test. 2021;1:1")


@dataclass
class MemoryClient:
    """Answers the resolver's calls from memory and counts them like HTTP requests."""

    records: list[SourceRecord] = field(default_factory=list)
    pmc_links: dict[str, str] = field(default_factory=dict)
    failures: dict[str, Exception] = field(default_factory=dict)
    calls: list[tuple[str, Any]] = field(default_factory=list)
    requests_made: int = 0
    mode: str = "live"

    def _count(self, name: str, argument: Any) -> None:
        self.requests_made += 1
        self.calls.append((name, argument))
        failure = self.failures.pop(name, None)
        if failure is not None:
            raise failure

    def efetch_pubmed(self, pmids: Sequence[str]) -> Mapping[str, SourceRecord]:
        self._count("efetch_pubmed", list(pmids))
        wanted = set(pmids)
        return {r.pmid: r for r in self.records if r.pmid in wanted}

    def esearch(self, term: str, *, db: str = "pubmed", retmax: int = 20) -> list[str]:
        self._count("esearch", term)
        hits: list[str] = []
        for value, tag in re.findall(r'"([^"]*)"\[(\w+)\]', term):
            for rec in self.records:
                if rec.pmid not in hits and _matches(rec, value, tag):
                    hits.append(rec.pmid)
        return hits[:retmax]

    def pmc_to_pubmed(self, pmcids: Sequence[str]) -> Mapping[str, str | None]:
        self._count("pmc_to_pubmed", list(pmcids))
        return {p: self.pmc_links.get(p) for p in pmcids}

    def ecitmatch(self, queries: Sequence[CitMatchQuery]) -> Mapping[str, str | None]:
        self._count("ecitmatch", [q.line() for q in queries])
        found: dict[str, str | None] = {}
        for query in queries:
            hits = [r for r in self.records if _citmatch(r, query)]
            found[query.key] = hits[0].pmid if len(hits) == 1 else None
        return found

    def called(self, name: str) -> int:
        return sum(1 for call, _ in self.calls if call == name)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _matches(rec: SourceRecord, value: str, tag: str) -> bool:
    if tag == "doi":
        return (rec.doi or "").lower() == value.lower()
    if tag == "ti":
        wanted = _words(value)
        return bool(wanted) and wanted <= _words(rec.title)
    return False


def _squash(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").lower())


def _citmatch(rec: SourceRecord, query: CitMatchQuery) -> bool:
    first_page = (rec.pages or "").split("-")[0]
    surname = rec.authors[0].last if rec.authors else ""
    return (
        _squash(query.journal) in {_squash(rec.journal), _squash(rec.journal_iso)}
        and str(query.year) == str(rec.year)
        and query.volume == rec.volume
        and query.first_page == first_page
        and _squash(query.author.split()[0]) == _squash(surname)
    )
