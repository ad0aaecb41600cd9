"""Does a record match a citation? Confirmation rules and the confidence formula.

Confidence is the weighted mean of the agreements that can be checked:

    title 0.50 × similarity/100, first author 0.20 (surname equal: 1),
    year 0.15 (equal: 1, one year apart: 0.8), journal 0.15 (same journal: 1)

divided by the sum of the weights of the parts both sides have. A reference that gives only
an identifier has nothing to compare and scores 1.0 (the identifier is the citation).

A year more than one apart rejects a record, unless title, first author, journal, volume and
first page all agree: then it is the same paper cited with a wrong year.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.models import Candidate, Reference, SourceRecord
from claimcheck.resolve.authors import same_author
from claimcheck.resolve.compare import title_similarity
from claimcheck.resolve.journals import same_journal
from claimcheck.resolve.normalize import clean_record_title, normalize_number, page_range

# A title found by search (not by identifier) must be at least this similar (0–100).
TITLE_CONFIRM = 90.0
# Weakest title similarity still worth showing as a rejected candidate.
TITLE_CANDIDATE = 50.0
WEIGHTS = {"title": 0.50, "first_author": 0.20, "year": 0.15, "journal": 0.15}


@dataclass
class Match:
    """How a record agrees with a citation, part by part (None: not comparable)."""

    record: SourceRecord
    title: float | None = None
    first_author: bool | None = None
    year: float | None = None
    journal: bool | None = None
    locator: bool | None = None  # volume and first page
    problems: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        parts = {
            "title": None if self.title is None else self.title / 100.0,
            "first_author": None if self.first_author is None else float(self.first_author),
            "year": self.year,
            "journal": None if self.journal is None else float(self.journal),
        }
        weight = sum(WEIGHTS[k] for k, v in parts.items() if v is not None)
        if weight == 0:
            return 1.0
        score = sum(WEIGHTS[k] * v for k, v in parts.items() if v is not None)
        return round(score / weight, 3)

    def agrees(self, *, found_by_search: bool) -> bool:
        """Confirmation: no part disagrees, and a search hit needs positive evidence.

        An identifier the citation gives is taken when nothing disagrees. A record found by
        search needs a similar title, or (without a cited title) the same first author and
        year plus the same volume/first page or journal.
        """
        if self.problems:
            return False
        if not found_by_search or self.title is not None:
            return True
        return bool(self.first_author and self.year and (self.locator or self.journal))

    def candidate(self, why_rejected: str) -> Candidate:
        first = self.record.authors[0].display() if self.record.authors else None
        return Candidate(pmid=self.record.pmid, title=clean_record_title(self.record.title),
                         first_author=first, year=self.record.year,
                         score=self.confidence, why_rejected=why_rejected)


def match(reference: Reference, record: SourceRecord, *, found_by_search: bool) -> Match:
    """Compare the identifying parts of a citation with a record."""
    result = Match(record=record)
    result.title = title_similarity(reference.title, record.title)
    threshold = TITLE_CONFIRM if found_by_search else TITLE_CONFIRM - 10
    if result.title is not None and result.title < threshold:
        result.problems.append(f"title differs (similarity {result.title:.0f}%)")
    if reference.authors and record.authors:
        result.first_author = same_author(reference.authors[0], record.authors[0])
        if not result.first_author:
            result.problems.append(
                f"first author {reference.authors[0].display()} ≠ "
                f"{record.authors[0].display()}")
    names = [n for n in (record.journal, record.journal_iso) if n]
    if reference.journal and names:
        result.journal = same_journal(reference.journal, names)
    result.locator = _same_locator(reference, record)
    if reference.year is not None and record.year is not None:
        gap = abs(reference.year - record.year)
        result.year = 1.0 if gap == 0 else 0.8 if gap == 1 else 0.0
        if gap > 1 and not _same_paper_misdated(result):
            result.problems.append(f"year {reference.year} ≠ {record.year}")
    return result


def _same_paper_misdated(found: Match) -> bool:
    """Title, first author, journal, volume and first page all agree: only the year is wrong.

    Then the year is a citation error (reported as a discrepancy), not a sign of another paper.
    """
    return bool((found.title or 0.0) >= TITLE_CONFIRM and found.first_author
                and found.journal and found.locator)


def _same_locator(reference: Reference, record: SourceRecord) -> bool | None:
    cited_pages, record_pages = page_range(reference.pages), page_range(record.pages)
    cited_volume = normalize_number(reference.volume)
    if not cited_volume or not normalize_number(record.volume):
        return None
    if cited_pages is None or record_pages is None:
        return None
    return cited_volume == normalize_number(record.volume) and cited_pages[0] == record_pages[0]
