"""Is a record the cited paper? Identity by the weight of evidence, and the confidence formula.

The title decides first; first author, year, journal and volume/first page corroborate or
contradict it. One disagreeing part is a citation error (a `Discrepancy`), never a reason to
lose the paper; a record is rejected only when the evidence says it is another paper. The rules
and thresholds are stated in docs/resolve.md ("Identity").

Confidence is the weighted mean of the agreements that can be checked:

    title 0.50 × similarity/100, first author 0.20 (same surname 1, near miss 0.5),
    year 0.15 (equal 1, one apart 0.8, two apart 0.6), journal 0.15 (same journal 1)

divided by the sum of the weights of the parts both sides have. A reference that gives only
an identifier has nothing to compare and scores 1.0 (the identifier is the citation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from claimcheck.models import Candidate, Reference, SourceRecord
from claimcheck.resolve.authors import Relation, persons, surname_relation
from claimcheck.resolve.compare import title_similarity
from claimcheck.resolve.journals import same_journal
from claimcheck.resolve.normalize import clean_record_title, normalize_number, page_range

# A title at least this similar (0–100) is the same title when the record came from a search.
TITLE_CONFIRM = 90.0
# ... and when the citation's own identifier (PMID, PMCID, DOI) or ECitMatch pointed to it.
TITLE_SAME_BY_ID = 80.0
# Weakest title similarity still worth showing as a rejected candidate.
TITLE_CANDIDATE = 50.0
# Years this far apart or less are a citation slip (online-first vs print), not another paper.
YEAR_SLACK = 2
WEIGHTS = {"title": 0.50, "first_author": 0.20, "year": 0.15, "journal": 0.15}
AUTHOR_SCORE = {"same": 1.0, "near": 0.5, "other": 0.0}
YEAR_SCORE = {0: 1.0, 1: 0.8, 2: 0.6}

# Records that are notices about a paper; cited by the paper's details they are another record.
NOTICES = frozenset({"Published Erratum", "Retraction of Publication", "Expression of Concern"})
_NOTICE_TITLE = re.compile(r"^\W*(erratum|correction|corrigendum|retraction|notice of retraction|"
                           r"expression of concern)\b", re.I)

How = Literal["identifier", "citmatch", "search"]


@dataclass
class Match:
    """How a record agrees with a citation, part by part (None: not comparable)."""

    record: SourceRecord
    how: How = "search"
    title: float | None = None
    first_author: Relation | None = None
    year_gap: int | None = None
    journal: bool | None = None
    locator: bool | None = None  # volume and first page
    notice: bool = False  # the record is an erratum/retraction notice, the citation is not
    problems: list[str] = field(default_factory=list)

    @property
    def year(self) -> float | None:
        return None if self.year_gap is None else YEAR_SCORE.get(self.year_gap, 0.0)

    @property
    def confidence(self) -> float:
        parts = {
            "title": None if self.title is None else self.title / 100.0,
            "first_author": (None if self.first_author is None
                             else AUTHOR_SCORE[self.first_author]),
            "year": self.year,
            "journal": None if self.journal is None else float(self.journal),
        }
        weight = sum(WEIGHTS[k] for k, v in parts.items() if v is not None)
        if weight == 0:
            return 1.0
        score = sum(WEIGHTS[k] * v for k, v in parts.items() if v is not None)
        return round(score / weight, 3)

    @property
    def author_agrees(self) -> bool:
        return self.first_author in ("same", "near")

    @property
    def year_agrees(self) -> bool:
        return self.year_gap is not None and self.year_gap <= YEAR_SLACK

    def votes(self) -> tuple[float, int]:
        """(agreeing, disagreeing) parts among first author, year, journal, volume/page; a
        near-miss surname agrees by half."""
        agree = 0.0 if self.first_author is None else AUTHOR_SCORE[self.first_author]
        agree += sum(1 for p in (self.year_agrees if self.year_gap is not None else None,
                                 self.journal, self.locator) if p is True)
        parts = (self.first_author == "other" if self.first_author is not None else None,
                 None if self.year_gap is None else not self.year_agrees,
                 None if self.journal is None else not self.journal,
                 None if self.locator is None else not self.locator)
        return agree, sum(1 for p in parts if p is True)

    def title_verdict(self) -> Literal["same", "close", "other"] | None:
        if self.title is None:
            return None
        same_at = TITLE_CONFIRM if self.how == "search" else TITLE_SAME_BY_ID
        if self.title >= same_at:
            return "same"
        return "close" if self.title >= TITLE_SAME_BY_ID else "other"

    def agrees(self) -> bool:
        """Is the record the cited paper, on the evidence as a whole? (docs/resolve.md)"""
        if self.notice:
            return False
        agree, against = self.votes()
        verdict = self.title_verdict()
        if verdict == "same":
            return not (against >= 2 and against > agree)
        if verdict == "close":
            return self.author_agrees and self.year_agrees and against == 0
        if verdict == "other":
            return (self.how == "identifier" and self.author_agrees and self.year_agrees
                    and against == 0
                    and ((self.title or 0.0) >= TITLE_CANDIDATE or self.locator is True))
        if self.how == "identifier":
            return not (against >= 2 or (against and not agree))
        return bool(self.author_agrees and self.year_agrees and against == 0
                    and (self.locator or self.journal))

    def candidate(self, why_rejected: str) -> Candidate:
        first = self.record.authors[0].display() if self.record.authors else None
        return Candidate(pmid=self.record.pmid, title=clean_record_title(self.record.title),
                         first_author=first, year=self.record.year,
                         score=self.confidence, why_rejected=why_rejected)


def match(reference: Reference, record: SourceRecord, *, how: How) -> Match:
    """Compare the identifying parts of a citation with a record."""
    result = Match(record=record, how=how)
    if NOTICES & set(record.publication_types) and not _NOTICE_TITLE.match(reference.title or ""):
        result.notice = True
        result.problems.append("the record is a notice (erratum, retraction) about the paper")
    result.title = title_similarity(reference.title, record.title)
    if result.title is not None and result.title_verdict() != "same":
        result.problems.append(f"title differs (similarity {result.title:.0f}%)")
    cited_people = persons(reference.authors)
    record_people = persons(record.authors)
    if cited_people and record_people and reference.authors[0] is cited_people[0]:
        result.first_author = surname_relation(cited_people[0], record_people[0])
        if result.first_author == "other":
            result.problems.append(
                f"first author {cited_people[0].display()} ≠ {record_people[0].display()}")
    names = [n for n in (record.journal, record.journal_iso) if n]
    if reference.journal and names:
        result.journal = same_journal(reference.journal, names)
        if not result.journal:
            result.problems.append(f"journal {reference.journal} ≠ {names[0]}")
    result.locator = _same_locator(reference, record)
    if result.locator is False:
        result.problems.append(f"volume/first page {reference.volume}:{reference.pages} ≠ "
                               f"{record.volume}:{record.pages}")
    if reference.year is not None and record.year is not None:
        result.year_gap = abs(reference.year - record.year)
        if result.year_gap > YEAR_SLACK:
            result.problems.append(f"year {reference.year} ≠ {record.year}")
    return result


def _same_locator(reference: Reference, record: SourceRecord) -> bool | None:
    """Volume and first page agree (None when either side lacks one); swapped volume/issue
    with the right first page still agrees."""
    cited_pages, record_pages = page_range(reference.pages), page_range(record.pages)
    cited_volume = normalize_number(reference.volume)
    record_volume = normalize_number(record.volume)
    if not cited_volume or not record_volume or cited_pages is None or record_pages is None:
        return None
    same_page = cited_pages[0] == record_pages[0]
    same_volume = cited_volume in (record_volume, normalize_number(record.issue))
    return same_page and same_volume
