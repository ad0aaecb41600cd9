"""Citation accuracy: each field as printed against the PubMed record.

Copy-paste damage (spaces, case, punctuation) is normalised away before any comparison. A
field the citation gives but the record lacks is "not checkable", never an error.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from claimcheck.models import Author, Discrepancy, Reference, Severity, SourceRecord
from claimcheck.resolve.authors import (
    compare_lists,
    display_list,
    first_initial,
    initials_key,
    persons,
    squash_words,
    surname_relation,
)
from claimcheck.resolve.journals import same_journal
from claimcheck.resolve.normalize import (
    clean_cited_title,
    clean_record_title,
    has_cjk,
    normalize_doi,
    normalize_number,
    normalize_pmcid,
    page_range,
    squash,
)

# Title similarity (0–100, on squashed text) at or above which a wording difference is minor.
MINOR_TITLE_DIFFERENCE = 95.0
# token-set similarity (0–100) at which a cited group name is the record's collective author.
GROUP_MATCH = 80.0


def title_similarity(cited: str | None, record: str | None) -> float | None:
    """0–100 similarity of two titles with spacing/case/punctuation damage removed."""
    a, b = squash(clean_cited_title(cited or "")), squash(clean_record_title(record or ""))
    if not a or not b:
        return None
    return float(fuzz.ratio(a, b))


def compare_citation(
    reference: Reference, record: SourceRecord
) -> tuple[list[Discrepancy], list[str]]:
    """Real differences between the citation and the record, and the fields not checkable."""
    found: list[Discrepancy] = []
    unchecked: list[str] = []
    for check in (_authors, _year, _title, _journal, _volume, _issue, _pages, _ids):
        check(reference, record, found, unchecked)
    return found, unchecked


def _add(found: list[Discrepancy], field: str, cited: object, record: object,
         severity: Severity, note: str = "") -> None:
    found.append(Discrepancy(field=field, cited=None if cited is None else str(cited),
                             record=None if record is None else str(record),
                             severity=severity, note=note))


def _authors(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
             unchecked: list[str]) -> None:
    if not ref.authors:
        return
    if not rec.authors:
        unchecked += ["first_author", "authors"]
        return
    cited_first = ref.authors[0]
    if cited_first.collective:
        _group_first(cited_first, rec, found)
    else:
        _person_first(cited_first, rec, found)
    notes = compare_lists(ref, rec.authors)
    if notes:
        _add(found, "authors", display_list(ref.authors), display_list(rec.authors), "warning",
             "; ".join(notes))


def _person_first(cited: Author, rec: SourceRecord, found: list[Discrepancy]) -> None:
    record_people = persons(rec.authors)
    record_first = record_people[0] if record_people else rec.authors[0]
    relation = surname_relation(cited, record_first)
    if relation == "other":
        _add(found, "first_author", cited.display(), record_first.display(), "error")
    elif relation == "near":
        _add(found, "first_author", cited.display(), record_first.display(), "warning",
             "surname misspelt or in another romanisation")
    elif (first_initial(cited) and first_initial(record_first)
          and first_initial(cited) != first_initial(record_first)):
        swapped = sorted(initials_key(cited)) == sorted(initials_key(record_first))
        _add(found, "first_author", cited.display(), record_first.display(), "info",
             "same surname, initials swapped" if swapped else "same surname, other initial")


def _group_first(cited: Author, rec: SourceRecord, found: list[Discrepancy]) -> None:
    """A group author cited alone: fine when the record names the group anywhere, or no group."""
    groups = [a for a in rec.authors if a.collective]
    if not groups or any(fuzz.token_set_ratio(squash_words(cited.collective),
                                              squash_words(g.collective)) >= GROUP_MATCH
                         for g in groups):
        return
    if rec.authors[0].collective:
        _add(found, "first_author", cited.display(), rec.authors[0].display(), "error")


def _year(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
          unchecked: list[str]) -> None:
    if ref.year is None:
        return
    if rec.year is None:
        unchecked.append("year")
        return
    gap = abs(ref.year - rec.year)
    if gap == 1:
        _add(found, "year", ref.year, rec.year, "info",
             "one year apart: often the online-first versus the print year")
    elif gap == 2:
        _add(found, "year", ref.year, rec.year, "warning", "two years apart")
    elif gap:
        _add(found, "year", ref.year, rec.year, "error")


def _title(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
           unchecked: list[str]) -> None:
    if not ref.title:
        return
    if not rec.title:
        unchecked.append("title")
        return
    if has_cjk(ref.title) != has_cjk(rec.title):
        return  # a translated title cannot be compared word for word
    similarity = title_similarity(ref.title, rec.title) or 0.0
    if similarity == 100.0:
        return
    severity: Severity = "info" if similarity >= MINOR_TITLE_DIFFERENCE else "warning"
    _add(found, "title", ref.title, clean_record_title(rec.title), severity,
         f"similarity {similarity:.0f}%")


def _journal(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
             unchecked: list[str]) -> None:
    if not ref.journal:
        return
    names = [n for n in (rec.journal, rec.journal_iso) if n]
    if not names:
        unchecked.append("journal")
    elif not same_journal(ref.journal, names):
        _add(found, "journal", ref.journal, " / ".join(names), "warning")


def _volume(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
            unchecked: list[str]) -> None:
    if (normalize_number(ref.volume) and normalize_number(ref.issue)
            and normalize_number(ref.volume) == normalize_number(rec.issue)
            and normalize_number(ref.issue) == normalize_number(rec.volume)
            and normalize_number(rec.volume) != normalize_number(rec.issue)):
        _add(found, "volume", f"{ref.volume}({ref.issue})", f"{rec.volume}({rec.issue})",
             "warning", "volume and issue swapped")
        return
    _number_field("volume", ref.volume, rec.volume, "error", found, unchecked)


def _issue(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
           unchecked: list[str]) -> None:
    if any(d.field == "volume" and d.note == "volume and issue swapped" for d in found):
        return
    _number_field("issue", ref.issue, rec.issue, "warning", found, unchecked)


def _number_field(field: str, cited: str | None, record: str | None, severity: Severity,
                  found: list[Discrepancy], unchecked: list[str]) -> None:
    if not normalize_number(cited):
        return
    if not normalize_number(record):
        unchecked.append(field)
    elif normalize_number(cited) != normalize_number(record):
        _add(found, field, cited, record, severity)


def _pages(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
           unchecked: list[str]) -> None:
    cited = page_range(ref.pages)
    if cited is None:
        return
    recorded = [r for r in (page_range(rec.pages), page_range(rec.elocation)) if r]
    if not recorded:
        unchecked.append("pages")
        return
    for first, last in recorded:
        if cited[0] == first and (cited[1] is None or last is None or cited[1] == last):
            return
    if any(cited[0] == first for first, _ in recorded):
        _add(found, "pages", ref.pages, rec.pages or rec.elocation, "warning",
             "same first page, other last page")
        return
    _add(found, "pages", ref.pages, rec.pages or rec.elocation, "error")


def _ids(ref: Reference, rec: SourceRecord, found: list[Discrepancy],
         unchecked: list[str]) -> None:
    cited_doi = normalize_doi(ref.doi)
    if cited_doi:
        record_doi = normalize_doi(rec.doi)
        if record_doi is None:
            unchecked.append("doi")
        elif cited_doi != record_doi:
            _add(found, "doi", ref.doi, rec.doi, "error")
    if ref.pmid and ref.pmid.strip() != rec.pmid:
        _add(found, "pmid", ref.pmid, rec.pmid, "error", "the cited PMID is another record")
    cited_pmcid = normalize_pmcid(ref.pmcid)
    if cited_pmcid:
        if rec.pmcid is None:
            unchecked.append("pmcid")
        elif cited_pmcid != normalize_pmcid(rec.pmcid):
            _add(found, "pmcid", ref.pmcid, rec.pmcid, "error")
